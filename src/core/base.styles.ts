import { css } from 'lit';

/**
 * Styles every widget shares. The host page's CSS reaches inside a shadow root only through
 * inherited properties, custom properties and ::part: `.root` sets every inherited property that
 * could break the layout or the look, so only the documented --tc-* properties theme the inside.
 * It is a block formatting context, so margins inside stay inside and the page places the widget.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    display: flow-root;
    color: var(--tc-color-text, #1f1f1f);
    font-family: var(
      --tc-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'PingFang SC',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      sans-serif
    );
    /* medium is the reader's default size, whatever the host sets on html or body. */
    font-size: var(--tc-font-size, medium);
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
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
    outline: 3px solid var(--tc-color-focus, #0b57d0);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
