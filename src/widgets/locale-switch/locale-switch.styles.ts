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
   * Not colour alone: the current locale is also bold and filled. White on blue in either scheme:
   * software that darkens a light page assumes light text on dark fills. Dark Reader darkens the
   * fill (the page's --tc-color-link, or this blue) and lightens plain colours, but keeps the dark
   * value of a light-dark() it cannot parse (the page is dark to it): dark grey on its dark blue,
   * 1.7:1. Chrome's Darken websites gives light-dark() its dark value too, then turns the dark
   * text light and keeps the pale blue fill: 1.4:1. background-color: Dark Reader left the page's
   * blue undarkened in the shorthand with this fallback. A dark page that sets one of the two
   * colours sets both (README, Theming): white on its pale link colour is 1.7 to 2.1:1, its dark
   * surface on this blue 2.2 to 2.9:1. Keeping the light-dark() pair where the page sets only one
   * (a fallback that is valid only when the other is set: color-mix(in srgb, var(--_tc-surface),
   * var(--tc-color-link) 0%)) fixes that, for 44 B, but Dark Reader copies the color-mix() as it
   * is: the README's #0a5d8f link colour on a light page came out 1.5:1 under it, 7.6:1 with this.
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
