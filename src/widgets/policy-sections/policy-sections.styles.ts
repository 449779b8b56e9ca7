import { css } from 'lit';

export const policySectionsStyles = css`
  [part='title'] {
    margin-top: 0;
    font-size: 1.5em;
  }
  section {
    /* Room above a section reached by a link, for host pages with a sticky header. */
    scroll-margin-block-start: var(--tc-scroll-margin, 1rem);
  }
  [part='section-title'] {
    font-size: 1.25em;
  }
  [part='subsection-title'] {
    font-size: 1.0625em;
  }
`;
