import { css } from 'lit';

/*
 * The timeline runs down a line of markers, and across once every phase has room for a readable
 * column (13 ems each: the widget sets .across from its own width). Markers, lines and bars are
 * borders, not backgrounds: borders print, and they stay visible in forced colours. A bar's filled part is --tc-fraction of its track, set from code.
 * On paper, the timeline runs down whatever the window's width was (paper is narrower than most
 * screens, and a row of phases cannot break across pages), no phase or exception is split across
 * pages, and the calculator shows only an answer: the end date written out as the deletion date is
 * (a date field prints in the browser's format), and no days left, which would be counted from the
 * day of printing.
 * (The build's template minifier drops comments inside css``; tests and Storybook load them as written.)
 */
export const retentionTimelineStyles = css`
  /* On .root, where baseStyles gives a browser without light-dark() its fallbacks. */
  .root {
    --_tc-track: light-dark(#c7c7c7, #5e5e5e);
    --_accent: var(--tc-color-accent, var(--_tc-accent));
    --_border: var(--tc-color-border, var(--_tc-control));
  }
  [part='title'] {
    margin-top: 0;
    font-size: 1.5em;
  }
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.125em;
  }
  .timeline {
    list-style: none;
    margin: 1em 0 1.5em;
    padding: 0;
  }
  .phase {
    position: relative;
    padding: 0 0 1.25em 2.25em;
  }
  .phase::before,
  .phase::after {
    content: '';
    position: absolute;
    box-sizing: border-box;
  }
  .phase::before {
    top: 0.2em;
    inset-inline-start: 0;
    width: 1.25em;
    height: 1.25em;
    border: 0.25em solid var(--_accent);
    border-radius: 50%;
    background: var(--tc-color-surface, var(--_tc-surface));
  }
  .phase:last-child::before {
    border-width: 0.625em;
  }
  .phase::after {
    inset-block: 1.45em 0;
    inset-inline-start: 0.5em;
    border-inline-start: 0.25em solid var(--_accent);
  }
  .phase:last-child::after {
    display: none;
  }
  [part='phase-title'] {
    margin-top: 0;
  }
  .notices {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_border);
  }
  .notices strong {
    display: block;
  }
  @media screen {
    .timeline.across {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      column-gap: 1.5em;
    }
    .across .phase {
      padding: 2em 0 0;
    }
    .across .phase::after {
      /* Through the markers' middle: 0.2em down, 1.25em high, less half the line's 0.25em. */
      inset-block: 0.7em auto;
      inset-inline: 1.25em -1.5em;
      border-inline-start: 0;
      border-top: 0.25em solid var(--_accent);
    }
  }
  .duration,
  dt,
  label,
  time {
    font-weight: 600;
  }
  .track {
    position: relative;
    display: block;
    max-width: 20em;
    border-top: 0.5em solid var(--tc-color-track, var(--_tc-track));
  }
  .fill {
    position: absolute;
    top: -0.5em;
    inset-inline-start: 0;
    width: calc(var(--tc-fraction, 0) * 100%);
    border-top: 0.5em solid var(--_accent);
  }
  dd {
    margin: 0 0 1em 1em;
  }
  /* The side padding narrows with the widget (a percentage of its width): a date field cannot wrap
     its date, and needs the room in a narrow widget, or one of large text. */
  section.calculator {
    margin: 1.5em 0;
    padding: 0 min(1em, 2.5%) 1em;
    border: 1px solid var(--_border);
    border-radius: var(--tc-radius, 4px);
  }
  label,
  time {
    display: block;
  }
  input {
    box-sizing: border-box;
    max-width: 100%;
    min-height: 2.75em;
    margin-bottom: 0.75em;
    padding: 0.25em 0.5em;
    font: inherit;
    color: inherit;
    background: var(--tc-color-surface, var(--_tc-surface));
    /* A control's border, as the FAQ's search box's: --tc-color-border is the pages' light rule, and
       the field's only outline needs 3:1 (WCAG 1.4.11). */
    border: 1px solid var(--tc-color-control-border, var(--_tc-control));
    border-radius: var(--tc-radius, 4px);
  }
  /* WebKit (Safari) never matches :focus-visible on a date field: its focus is on the month, day or
     year inside. Chromium and Firefox match it on any focus of the field, as on any text field.
     :focus-within, not :focus: on Chromium's calendar button, the field's last Tab stop, the field
     matches only :focus-within, and showed no ring at all. */
  input:focus-within {
    outline: 3px solid;
    outline-color: var(--tc-color-focus, var(--_tc-accent));
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--tc-color-error, var(--_tc-error));
  }
  .result p {
    margin: 0 0 0.25em;
  }
  time {
    font-size: 1.25em;
  }
  .invalid-date {
    color: var(--tc-color-error, var(--_tc-error));
    font-weight: 600;
  }
  .hint,
  .caveat {
    color: var(--tc-color-muted, var(--_tc-muted));
  }
  .caveat {
    margin: 0.75em 0 0;
    font-size: 0.875em;
  }
  /* A bar's empty part is edged where it is faint for the reader (1.7:1 on white); in forced
     colours it is hollow, Canvas in GrayText: a GrayText track stood 1.2:1 from the Highlight fill. */
  @media (prefers-contrast: more), (forced-colors: active) {
    .track {
      outline: 1px solid var(--_border);
    }
  }
  @media (forced-colors: active) {
    .track {
      border-color: Canvas;
      outline-color: GrayText;
    }
    .fill {
      border-color: Highlight;
    }
  }
  .printed-end-date {
    display: none;
  }
  @media print {
    .phase,
    .exception,
    section.calculator {
      break-inside: avoid;
    }
    .empty,
    .invalid,
    input,
    .days-left {
      display: none;
    }
    .printed-end-date {
      display: block;
      margin-bottom: 0.75em;
    }
  }
`;
