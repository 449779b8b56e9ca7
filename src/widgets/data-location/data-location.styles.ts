import { css } from 'lit';

export const dataLocationStyles = css`
  :host {
    --_tc-stripe: light-dark(#f5f5f5, #242424);
  }
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
  /*
   * The fixed table fits its width (its values wrap), so this is no scroll region with a tab stop
   * and a landmark of its own. Should a page's styles widen the table anyway, it scrolls here
   * rather than widening the page (WCAG 1.4.10), and browsers make such a scroller focusable.
   */
  .table-region {
    overflow-x: auto;
    margin: 0 0 1em;
  }
  /*
   * Fixed layout: column widths come from the header row, not from measuring every cell of every
   * region. With auto layout, 500 regions took 1.28 and 1.33 times the native table's time
   * (BENCH_ONLY=table npm run bench), on either side of the 1.3 goal; fixed, 1.18 to 1.20.
   * The services list, the longest value, gets the widest column, and the replication partner
   * room for a two-word name and its heading; the region and the place, usually a city's name,
   * share the rest: 20 % each, room at 34 ems for "Location" in bold even in DejaVu Sans,
   * Linux's wide usual sans (at 18 % it broke "Locatio|n" up to 563 px). Widths include the
   * cells' padding (border-box): as content widths, the padding came on top and left the place
   * column a few pixels at 600 px.
   */
  table {
    /* A page in quirks mode (no doctype) gives tables the browser's font, size, line height and
       colour instead of inheriting them (the quirks stylesheet): the widget's own apply. */
    font: inherit;
    color: inherit;
    white-space: inherit;
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  thead th {
    box-sizing: border-box;
    width: 20%;
    border-bottom-width: 2px;
    font-weight: 600;
  }
  thead th:nth-child(3) {
    width: 32%;
  }
  thead th:nth-child(4) {
    width: 28%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    letter-spacing: 0.04em;
    font-size: 0.8125em;
    color: var(--tc-color-muted, var(--_tc-muted));
    padding: 0 0 0.5em;
  }
  /* Chinese has no capitals: there they would fall on Latin brand names alone ("AZURE 区域"). */
  caption:lang(en) {
    text-transform: uppercase;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 0.75em;
    border-bottom: 1px solid var(--tc-color-border, var(--_tc-rule));
    /*
     * Chinese names break only between words (上海, not 上/海). A word wider than its fixed column
     * breaks inside itself rather than spill over the next cell.
     */
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  tbody th {
    font-weight: 600;
  }
  tbody tr:nth-child(even) {
    background: var(--tc-color-stripe, var(--_tc-stripe));
  }
  /*
   * A note is prose, not a name: Chinese breaks between any characters, never before a comma.
   * A line of its own, as an inline block: a block broke its row's copied text (a line per region,
   * a tab between values) into three lines in Chromium and Safari. At the top of that line, which is
   * at least as tall as the name's: on its baseline a note of one line sat lower than a longer one.
   */
  .note {
    display: inline-block;
    width: 100%;
    vertical-align: top;
    font-size: 0.875em;
    word-break: normal;
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
