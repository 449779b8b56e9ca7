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
  /* The note moves to the next line as a whole, and wraps only when it is longer than a line (a
     phone, large text). An inline block draws no underline of its link's: it draws its own. */
  .file-info {
    display: inline-block;
    text-decoration: inherit;
  }
  @media print {
    a {
      color: inherit;
    }
  }
`;
