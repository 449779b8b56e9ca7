import { css } from 'lit';

/**
 * Styles every widget shares. The host page's CSS reaches inside a shadow root only through
 * inherited properties, custom properties and ::part: `.root` sets every inherited property that
 * could break the layout or the look, so only the documented --tc-* properties theme the inside.
 * It is a block formatting context, so margins inside stay inside and the page places the widget.
 */
export const baseStyles = css`
  /*
   * The default colours, light or dark as the page's color-scheme says: a widget has no background
   * of its own, so a page on a dark background declares \`color-scheme: dark\` (or \`light dark\`, to
   * follow the reader's preference). Each --tc-color-* property overrides its colour in both.
   * The colours only content widgets use are in contentStyles (or a widget's own styles): the locale
   * switch does not pay for them.
   */
  :host {
    display: block;
    --_tc-text: light-dark(#1f1f1f, #e3e3e3);
    --_tc-accent: light-dark(#0b57d0, #a8c7fa);
    --_tc-surface: light-dark(#fff, #2b2b2b);
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    display: flow-root;
    color: var(--tc-color-text, var(--_tc-text));
    /*
     * The shorthand resets every font property to its initial value (style, weight, variant,
     * stretch, kerning, feature and variation settings, size-adjust, optical sizing, language
     * override) in fewer bytes than naming them. The kit's own size, family and line height follow
     * as longhands: a --tc-* value that is invalid then spoils only its own property, not the font.
     */
    font: medium serif;
    /* On one line: the minifier keeps a space for every line break inside var(), in every entry. */
    font-family: var(--tc-font-family,system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif);
    /* medium is the reader's default size, whatever the host sets on html or body. */
    font-size: var(--tc-font-size, medium);
    line-height: var(--tc-line-height, 1.6);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    word-break: normal;
    line-break: auto;
    hyphens: manual;
    overflow-wrap: anywhere;
    text-shadow: none;
    text-emphasis: none;
    -webkit-text-stroke: 0;
    cursor: auto;
  }
  :focus-visible {
    outline: 3px solid var(--tc-color-focus, var(--_tc-accent));
    outline-offset: 2px;
  }
  /* code: the error's URL and path. In the generic monospace alone, browsers size text from their
     fixed-width size (13 px), not from the reader's text size. */
  button,
  code {
    font: inherit;
    color: inherit;
  }
  /* Nothing moves for a reader who asks so, nor on paper (a fade caught at its start prints blank). */
  @media print, (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
