import { css } from 'lit';

export const dataLocationStyles = css`
  :host {
    container-type: inline-size;
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
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.8125em;
    color: var(--tc-color-muted, #595959);
    padding: 0 0 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 0.75em;
    border-bottom: 1px solid var(--tc-color-border, #d0d0d0);
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
    background: var(--tc-color-stripe, #f5f5f5);
  }
  .note {
    display: block;
    font-size: 0.875em;
    color: var(--tc-color-muted, #595959);
  }
  @container (max-width: 30rem) {
    th,
    td {
      padding: 0.375em 0.375em;
    }
    thead th {
      white-space: normal;
    }
  }
`;
