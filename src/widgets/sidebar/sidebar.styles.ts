import { css } from 'lit';

export const sidebarStyles = css`
  nav + nav {
    margin-block-start: 1.5em;
  }
  [part='heading'] {
    margin-block-start: 0;
    padding-block-start: 0.5em;
    border-block-start: 2px solid var(--tc-color-border, var(--_tc-rule));
    font-size: 1.125em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li + li {
    margin-block-start: 0.5em;
  }
  .file-info {
    white-space: nowrap;
  }
  @media print {
    a {
      color: inherit;
    }
  }
`;
