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
  /*
   * Not colour alone: the current locale is also bold and filled. White on blue in either scheme,
   * not a light-dark() pair: software that darkens a light page assumes light text on dark fills.
   * With the pair, Dark Reader (which keeps the dark value of a light-dark() of hex colours it
   * cannot parse) drew dark grey on its darkened blue, 1.7:1, and Chrome's Darken websites light
   * text on the pale blue, 1.4:1. background-color: Dark Reader left the blue undarkened in the
   * shorthand. A dark page that sets one of the two colours sets both (docs/theming.md). Keeping
   * the pair where a page sets only one (color-mix(in srgb, var(--_tc-surface),
   * var(--tc-color-link) 0%), valid only when the other is set) cost 44 B, and Dark Reader copies
   * the color-mix() unparsed: docs/theming.md's #0a5d8f link colour came out 1.5:1 under it.
   */
  [aria-current='true'] {
    background-color: var(--tc-color-link, #0b57d0);
    color: var(--tc-color-surface, #fff);
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
