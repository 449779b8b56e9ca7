import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';

/** Panels are `<id>:answer`: ":" cannot occur in a content id, so no entry's id can collide. */
export const ANSWER_SUFFIX = ':answer';

/** The question headings' tags, as static parts of one entry template per level. */
const HEADING_TAGS = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/**
 * One FAQ entry: its question, a button in a heading of `level`, and its answer. A module of its
 * own because lit/static-html is what lets one template name its heading tag, and the build's
 * template minifier cannot parse it: this file is left as written, and faq.ts is minified.
 *
 * There is no white space between its elements (line breaks fall inside tags): a thousand-entry
 * FAQ pays for this template on every render.
 */
export function renderEntry(
  level: 2 | 3 | 4 | 5 | 6,
  id: string,
  shown: boolean,
  open: boolean,
  region: boolean,
  question: unknown,
  answer: unknown,
): TemplateResult {
  const heading = HEADING_TAGS[level];
  const answerId = id + ANSWER_SUFFIX;
  return staticHtml`<div class="entry" part="entry" ?hidden=${!shown}
    ><${heading} part="question-heading"
      ><button class="question" part="question" type="button" id=${id} aria-expanded=${open ? 'true' : 'false'} aria-controls=${answerId}
        >${question}</button
    ></${heading}
    ><div
      class="answer"
      part="answer"
      id=${answerId}
      role=${region ? 'region' : nothing}
      aria-labelledby=${region ? id : nothing}
      hidden=${open ? nothing : 'until-found'}
      >${answer}</div
  ></div>`;
}
