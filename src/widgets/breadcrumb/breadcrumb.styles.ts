import { css } from 'lit';

export const breadcrumbStyles = css`
  /* Loading, one line like the trail it stands for, so a page reserves one height for both. */
  :host {
    --_tc-loading-height: 0;
  }
  ol {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Each separator leads the item it introduces, so a wrapped line starts with one, not the page. */
  li + li::before {
    content: '›';
    content: '›' / '';
    margin-inline: 0.5em;
    color: var(--tc-breadcrumb-separator-color, var(--tc-color-muted, var(--_tc-muted)));
  }
  [part='current'] {
    color: var(--tc-color-muted, var(--_tc-muted));
  }
  /* On paper the trail is where the page sits, as text: its addresses would only crowd it. */
  @media print {
    a {
      color: inherit;
      text-decoration: none;
    }
    a[data-href]::after {
      content: none;
    }
  }
`;
