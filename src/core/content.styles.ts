import { css } from 'lit';

/**
 * What widgets that show a content document add: rich text, the loading and error states, and
 * text for screen readers only. The locale switch shows none of these and does not pay for them (a module of its own: bundlers drop unused modules, not unused css`` calls).
 */
export const contentStyles = css`
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
  @media print {
    .retry {
      display: none;
    }
  }
`;
