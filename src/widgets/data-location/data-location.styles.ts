import { css } from 'lit';

export const dataLocationStyles = css`
  .section-label {
    margin: 0 0 0.25em;
    color: var(--tc-color-muted, var(--_tc-muted));
    font-size: 0.875em;
    font-weight: 600;
  }
  [part="title"] {
    margin-top: 0;
    font-size: 1.5em;
  }
  /* The table scrolls inside its own region rather than widening the page (WCAG 1.4.10 reflow). */
  .table-region {
    overflow-x: auto;
    margin: 0 0 1em;
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.8125em;
    color: var(--tc-color-muted, var(--_tc-muted));
    padding: 0 0 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 0.75em;
    border-bottom: 1px solid var(--tc-color-border, var(--_tc-rule));
    /* Chinese names break only between words (上海, not 上/海); the region scrolls if it must. */
    word-break: keep-all;
    overflow-wrap: normal;
  }
  thead th {
    border-bottom-width: 2px;
    font-weight: 600;
    white-space: nowrap;
  }
  tbody th {
    font-weight: 600;
  }
  tbody tr:nth-child(even) {
    background: var(--tc-color-stripe, var(--_tc-stripe));
  }
  .note {
    display: block;
    font-size: 0.875em;
  }
  .note,
  .empty {
    color: var(--tc-color-muted, var(--_tc-muted));
  }
  /*
   * Narrow widths (down to 320 px; the widget sets .narrow from its own width): one block per
   * region, each value under its column's name.
   * Display changes can strip table semantics in some browsers, so the template also states the roles.
   * Paper gets the table whatever the window's width was: a page is wide enough for it.
   */
  @media screen {
    .narrow table,
    .narrow caption,
    .narrow tbody,
    .narrow tr,
    .narrow th,
    .narrow td {
      display: block;
    }
    .narrow thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .narrow tbody tr {
      padding: 0.5em 0.75em;
      border-bottom: 1px solid var(--tc-color-border, var(--_tc-rule));
    }
    .narrow tbody th,
    .narrow tbody td {
      border: 0;
      padding: 0.125em 0;
    }
    .narrow tbody th {
      font-size: 1.0625em;
    }
    /* The visible label; the "/ ''" alternative text keeps screen readers from hearing it twice. */
    .narrow tbody td::before {
      font-weight: 600;
    }
    .narrow tbody td:nth-child(2)::before {
      content: var(--tc-label-location) / '';
    }
    .narrow tbody td:nth-child(3)::before {
      content: var(--tc-label-services) / '';
    }
    .narrow tbody td:nth-child(4)::before {
      content: var(--tc-label-partner) / '';
    }
  }
  @media print {
    tr {
      break-inside: avoid;
    }
  }
`;
