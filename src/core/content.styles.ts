import { css } from 'lit';

/**
 * What widgets that show a content document add: rich text, the loading and error states, and
 * text for screen readers only. The locale switch shows none of these and does not pay for them (a module of its own: bundlers drop unused modules, not unused css`` calls).
 */
export const contentStyles = css`
  /* The rest of the default colours (baseStyles says how they follow the page's color-scheme), but
     those of one widget alone, which are in its own styles: the others do not pay for them. */
  :host {
    --_tc-muted: light-dark(#595959, #ababab);
    --_tc-rule: light-dark(#d0d0d0, #5e5e5e);
    --_tc-control: light-dark(#767676, #8f8f8f);
    --_tc-error: light-dark(#b3261e, #f2b8b5);
    --_tc-error-background: light-dark(#fdf1f0, #3b1a18);
    /* A widget whose content is shorter sets its own (the breadcrumb's trail is one line). */
    --_tc-loading-height: 3rem;
  }
  /* A reader who asks for more contrast gets rules as strong as a field's border (4.5:1 on white,
     not 1.5:1): those between FAQ entries, table rows and sidebar groups, a copy-link button's. */
  @media (prefers-contrast: more) {
    :host {
      --_tc-rule: var(--_tc-control);
    }
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
    color: var(--tc-color-link, var(--_tc-accent));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* Only where a pointer hovers: after a tap, a touch screen keeps :hover on what was tapped. */
  @media (hover) {
    a:hover {
      text-decoration-thickness: 2px;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    /* Left out of a copy of the text around it, which read "where your Customer Data(opens in a
       new tab) is located", or a count twice (shown, and in its live region). The prefixed name is
       WebKit's only one, and Chromium's and Firefox's too. */
    -webkit-user-select: none;
  }
  /*
   * The content shown while the next one loads (a language switch on a slow network): it stays in
   * place, with a bar along its top edge that says its replacement is coming. Only after half a
   * second, when a reader starts to wonder: a switch from the cache, done in a frame, would flash
   * it. A border, which forced colours keep (they drop backgrounds). It pulses, and stands still
   * for a reader who asks for less motion (baseStyles), after the same half second.
   * In the flow, where its -3px margin takes back the 3px it is high, so nothing moves; not
   * absolutely placed in a positioned .root: that .root was drawn, text and all, over a page's
   * sticky header that sets no z-index, and took its clicks. Relative: drawn over the content (and,
   * as the opacity of its pulse would have it anyway, over such a header when scrolled under it:
   * it takes no clicks there, or anywhere).
   * Laid out above .root, by its top margin, and drawn 3px lower, along the content's top: a bottom
   * margin collapsed with the content's top margin, and swallowed a negative one a page gave a part.
   * 3px high with its border inside: a border is drawn a whole number of device pixels thick (2.4px
   * on a page zoomed to 80 %), which as its height left the margin's -3px to move the content.
   */
  [aria-busy='true']::before {
    content: '';
    display: block;
    position: relative;
    top: 3px;
    box-sizing: border-box;
    height: 3px;
    margin-top: -3px;
    pointer-events: none;
    border-top: 3px solid var(--tc-color-link, var(--_tc-accent));
    /* Five fades, then still: what moves on its own stops within 5 s (WCAG 2.2.2), and an odd count
       ends on the bar shown. */
    animation: tc-busy 0.8s 0.5s 5 alternate backwards;
  }
  @keyframes tc-busy {
    from {
      opacity: 0;
    }
  }
  .loading {
    min-height: var(--tc-loading-min-height, var(--_tc-loading-height));
    margin: 0;
    color: var(--tc-color-muted, var(--_tc-muted));
  }
  .error {
    border: 1px solid var(--tc-color-error, var(--_tc-error));
    border-inline-start-width: 4px;
    border-radius: var(--tc-radius, 4px);
    padding: 0.75em 1em;
    background: var(--tc-color-error-background, var(--_tc-error-background));
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
  .retry {
    cursor: pointer;
    padding: 0.375em 1em;
    border: 1px solid currentColor;
    border-radius: var(--tc-radius, 4px);
    background: var(--tc-color-surface, var(--_tc-surface));
  }
  /* On paper: no button, no heading left alone at the foot of a page, and where each link leads. */
  @media print {
    .retry {
      display: none;
    }
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
    a[data-href]::after {
      content: ' (' attr(data-href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
