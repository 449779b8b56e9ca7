import { css } from 'lit';

export const localeSwitchStyles = css`
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  button {
    cursor: pointer;
    min-height: 2.75em;
    padding: 0.25em 0.875em;
    border: 1px solid var(--tc-color-link, var(--_tc-accent));
    border-radius: var(--tc-radius, 4px);
    background: var(--tc-color-surface, var(--_tc-surface));
    color: var(--tc-color-link, var(--_tc-accent));
  }
  /* Not colour alone: the current locale is also bold and filled. */
  [aria-current='true'] {
    background: var(--tc-color-link, var(--_tc-accent));
    color: var(--tc-color-surface, var(--_tc-surface));
    font-weight: 600;
  }
  /* Only where a pointer hovers: after a tap, a touch screen keeps :hover on what was tapped. */
  @media (hover) {
    button:hover {
      text-decoration: underline;
    }
  }
  @media (forced-colors: active) {
    /* Opting out of forced colours keeps the kit's blue border and focus ring: the reader's palette. */
    [aria-current='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
      outline-color: CanvasText;
    }
  }
  /* A language switch does nothing on paper. */
  @media print {
    .root {
      display: none;
    }
  }
`;
