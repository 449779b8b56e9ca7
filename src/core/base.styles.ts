import { css } from 'lit';

/**
 * Styles every widget shares. The host page's CSS reaches inside a shadow root only through
 * inherited properties, custom properties and ::part: `.root` sets every inherited property that
 * could break the layout, so only the documented --tc-* properties theme the inside.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
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
    line-height: var(--tc-line-height, 1.6);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    color: var(--tc-color-heading, inherit);
    font-weight: 600;
    line-height: 1.3;
    margin: 1.25em 0 0.5em;
  }
  p,
  ul,
  ol {
    margin: 0 0 0.75em;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  a {
    color: var(--tc-color-link, #0b57d0);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--tc-color-focus, #0b57d0);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .loading {
    min-height: var(--tc-loading-min-height, 3rem);
    margin: 0;
    color: var(--tc-color-muted, #595959);
  }
  .error {
    border: 1px solid var(--tc-color-error, #b3261e);
    border-inline-start-width: 4px;
    border-radius: var(--tc-radius, 4px);
    padding: 0.75em 1em;
    background: var(--tc-color-error-background, #fdf1f0);
  }
  .error p {
    margin: 0 0 0.5em;
  }
  .error-title {
    font-weight: 600;
  }
  .error details {
    margin: 0 0 0.75em;
    font-size: 0.875em;
  }
  .error code {
    overflow-wrap: anywhere;
  }
  .retry {
    cursor: pointer;
    padding: 0.375em 1em;
    border: 1px solid currentColor;
    border-radius: var(--tc-radius, 4px);
    background: var(--tc-color-surface, #fff);
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
  @media print {
    .retry {
      display: none;
    }
  }
`;
