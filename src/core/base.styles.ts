import { css } from 'lit';

/**
 * Styles every widget shares. The host page's CSS reaches inside a shadow root only through
 * inherited properties, custom properties and ::part: `.root` resets every inherited property,
 * so only the documented --tc-* properties theme the inside.
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
    /*
     * Every property to its initial value, those a list would forget too (writing-mode,
     * -webkit-text-fill-color and -security, text-align-last, caption-side, list-style...), in
     * fewer bytes than naming the usual ones; custom properties, direction (dir="ltr") and
     * unicode-bidi are not reset by all. The language of lang="..." is a presentational hint that
     * an author's all would override in Chromium and WebKit (CJK glyph forms, line breaking):
     * revert-layer gives it back.
     */
    all: initial;
    -webkit-locale: revert-layer;
    display: flow-root;
    /* What stays the page's: a panel it hides, a region it makes inert, its colour scheme (see
       above), and iOS's text inflation, which the page switches off for its own text. */
    visibility: inherit;
    pointer-events: inherit;
    color-scheme: inherit;
    -webkit-text-size-adjust: inherit;
    color: var(--tc-color-text, var(--_tc-text));
    /*
     * The kit's own size and line height (and family, below), as longhands: a --tc-* value that is
     * invalid spoils only its own property.
     * medium is the reader's default size, whatever the host sets on html or body.
     */
    font-size: var(--tc-font-size, medium);
    line-height: var(--tc-line-height, 1.6);
    overflow-wrap: anywhere;
  }
  /*
   * Each element that says its language (the root, and UI strings or a language's name in another)
   * has that language's fonts, its own after .root's all: initial. Chinese text in a Chinese font
   * first: behind a Latin one, every run of Han characters went through font fallback and was
   * shaped twice (the benchmark's 500 regions in Chinese: 30.2 ms, 24.1 with a Chinese font
   * first). The Chinese fonts' Latin letters and digits match their Han; English among Chinese (the
   * locale switch's "English") stays in the Latin font, as it is on an English page. On one line:
   * the minifier keeps a space for every line break inside var(), in every entry.
   */
  [lang] {
    font-family: var(--tc-font-family,system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif);
  }
  [lang|=zh] {
    font-family: var(--tc-font-family,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif);
  }
  /* The colour as a longhand of its own: a page's --tc-color-focus that the browser finds invalid
     (a light-dark() pair, as the theming guide writes them, in a Chromium before 123) then leaves
     the ring drawn in the text colour; in the shorthand it unset the whole ring. */
  :focus-visible {
    outline: 3px solid;
    outline-color: var(--tc-color-focus, var(--_tc-accent));
    outline-offset: 2px;
  }
  /*
   * A browser without light-dark() (Chromium before 123: the browsers of many Chinese apps lag
   * Chrome's) finds every default colour invalid where it is used, and the property unset: text
   * takes the page's colour and backgrounds vanish, which stays readable, but focus rings, fields'
   * borders and the timeline's markers are not drawn at all. There they take CanvasText, the
   * colour of text on the page's canvas, which follows color-scheme as light-dark() does (not
   * currentcolor: the current language's focus ring was white, its text colour, on a white page).
   * On .root, not :host: the timeline's own colours, made of these, are set there too. The pair
   * is --_tc-surface's, without a space (the minifier keeps a condition as written): fewer bytes.
   */
  @supports not (color: light-dark(#fff,#2b2b2b)) {
    .root {
      --_tc-accent: canvastext;
      --_tc-control: canvastext;
      --_tc-error: canvastext;
    }
  }
  /* code: the error's URL and path. In the generic monospace alone, browsers size text from their
     fixed-width size (13 px), not from the reader's text size. */
  button,
  code {
    font: inherit;
    color: inherit;
  }
  /*
   * Nothing moves for a reader who asks so, nor on paper (a fade caught at its start prints blank).
   * Every animation lasts 0 s rather than none: its delay stays, so what appears only after a wait
   * (the bar of content waiting for its replacement, contentStyles) still does, all at once; shown
   * at once instead, it flashed for two frames at a switch back to Chinese from the cache.
   */
  @media print, (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
