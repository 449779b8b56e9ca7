import { css } from 'lit';

export const faqStyles = css`
  :host {
    --_tc-highlight: light-dark(#fff0a8, #5c4c00);
  }
  [part~='title'] {
    margin-top: 0;
    font-size: 1.5em;
    font-weight: 600;
    line-height: 1.3;
  }
  p[part~='title'] {
    margin: 0 0 0.5em;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5em 1em;
    margin: 0 0 0.5em;
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 16em;
    min-width: 0;
  }
  .search label {
    font-weight: 600;
  }
  .search input {
    font: inherit;
    color: inherit;
    box-sizing: border-box;
    width: 100%;
    min-height: 2.5em;
    padding: 0.375em 0.625em;
    border: 1px solid var(--tc-color-control-border, var(--_tc-control));
    border-radius: var(--tc-radius, 4px);
    background: var(--tc-color-surface, var(--_tc-surface));
  }
  .toggle-all,
  .copy-link {
    cursor: pointer;
    min-height: 2.5em;
    padding: 0.375em 1em;
    border: 1px solid currentColor;
    border-radius: var(--tc-radius, 4px);
    background: var(--tc-color-surface, var(--_tc-surface));
  }
  /* Expand all while a search finds nothing: nothing to open. */
  :disabled {
    cursor: auto;
    opacity: 0.5;
  }
  .results {
    margin: 0 0 0.5em;
    color: var(--tc-color-muted, var(--_tc-muted));
  }
  .results:empty {
    margin: 0;
  }
  .empty {
    color: var(--tc-color-muted, var(--_tc-muted));
  }

  .entries {
    border-top: 1px solid var(--tc-color-border, var(--_tc-rule));
  }
  .entry {
    border-bottom: 1px solid var(--tc-color-border, var(--_tc-rule));
  }
  /*
   * In a long FAQ (.long, faq.ts says from when), closed entries out of view skip layout and paint,
   * so it costs what the screen shows; their text stays in the accessibility tree and in
   * find-in-page. So do entries opened together (Expand all: their answers are .quiet), which open
   * without the fade: faded, an answer out of view would fade in later, as it scrolls into view.
   * An entry opened on its own always renders: estimated itself, the entry a deep link opened
   * and scrolled to ended 40 px off its place in Firefox.
   * Only where the browser keeps what the reader sees in place as entries above take their own
   * height (scroll anchoring): Safari has none, and each scroll up from a deep link went 1.8 times
   * as far.
   */
  @supports (overflow-anchor: none) {
    .long > :has(> [hidden], > .quiet) {
      content-visibility: auto;
      contain-intrinsic-size: auto 3em;
    }
  }
  [part~='question-heading'] {
    margin: 0;
    font-size: 1em;
  }
  .question {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 1em;
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75em;
    margin: 0;
    padding: 0.625em 0.5em;
    border: 0;
    background: none;
    font-weight: 600;
    line-height: 1.4;
    text-align: start;
    cursor: pointer;
  }
  /* Inside the button: a long FAQ's closed entry clips what overflows it (paint containment). */
  .question:focus-visible {
    outline-offset: -3px;
  }
  /* Only where a pointer hovers: after a tap, a touch screen keeps :hover on what was tapped. */
  @media (hover) {
    .question:hover {
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
  }
  /* The chevron: no element per entry, only a border drawn in the text colour (forced colours too). */
  .question::after {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin-inline-end: 0.25em;
    /* Physical sides: rotated, they draw a chevron pointing down in either writing direction. */
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-0.2em) rotate(45deg);
    transition: transform 0.2s ease;
  }
  .question[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  /* hidden="until-found" keeps the panel's box (content-visibility: hidden): no padding while closed. */
  .answer:not([hidden]) {
    padding: 0 0.5em 0.75em;
    animation: tc-faq-reveal 0.2s ease-out;
  }
  /* After the rule above, as specific. */
  .long .quiet {
    animation: none;
  }
  @keyframes tc-faq-reveal {
    from {
      opacity: 0;
      transform: translateY(-0.25em);
    }
  }
  .tools {
    margin: 0;
  }
  /* Left out of a selection: an answer copied with its question ended in "Copy link". */
  .copy-link {
    -webkit-user-select: none;
    min-height: 2em;
    padding: 0.125em 0.75em;
    font-size: 0.875em;
    border-color: var(--tc-color-border, var(--_tc-rule));
    color: var(--tc-color-link, var(--_tc-accent));
  }
  /* What the last copy did ("Link copied"), which the status region says to screen readers only:
     shown here, and kept out of the accessibility tree (the alternative text ''). */
  .tools::after {
    content: attr(data-status) / '';
    margin-inline-start: 0.75em;
    font-size: 0.875em;
  }
  /* The highlight is pale on the page (1.15:1 on white, Mark on a light forced palette 1.07:1): an
     outline in the text colour edges each match, so that a match is seen without telling colours
     apart (WCAG 1.4.1). */
  mark {
    background: var(--tc-color-highlight, var(--_tc-highlight));
    color: inherit;
    border-radius: 2px;
    outline: 1px solid;
  }

  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
    }
  }
  /* Without light-dark() (see baseStyles) the highlight would be transparent: the system's. */
  @supports not (color: light-dark(#fff,#2b2b2b)) {
    mark {
      background: Mark;
      color: MarkText;
    }
  }

  /* On paper every answer shows, whatever is open or filtered, without the controls. */
  @media print {
    .toolbar,
    .results,
    .tools,
    .question::after {
      display: none;
    }
    .entry[hidden] {
      display: block;
    }
    .answer[hidden] {
      display: block;
      content-visibility: visible;
      padding: 0 0.5em 0.75em;
    }
    /* !important: a long FAQ's rule for closed entries out of view is more specific. */
    .entry {
      content-visibility: visible !important;
      break-inside: avoid;
    }
    .title {
      break-after: avoid;
    }
  }
`;
