import { array, doc, literal, object, optional, string, titled } from './schema.js';
import { documentLanguage, id, richText, schemaReference, text } from './rich-text.js';

export const faqEntry = object({ id, question: text, answer: richText });

export const faqDocument = titled(
  'Frequently asked questions',
  doc(
    'Questions and answers (<tc-faq>). Entry ids become deep links (#id).',
    object({
      $schema: schemaReference,
      lang: documentLanguage,
      kind: doc('The kind of document, always "faq": the one <tc-faq> shows.', literal('faq')),
      title: text,
      // Any day from 01 to 31 here: the published schema also refuses a day its month has not
      // ("2015-02-30", scripts/build-schemas.ts), which no widget shows, so the browser need not check.
      updated: optional(
        doc(
          'When the answers were last reviewed: YYYY-MM or YYYY-MM-DD. <tc-faq> does not show it: it is there for the host page and for editors.',
          string(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be a date: YYYY-MM or YYYY-MM-DD'),
        ),
      ),
      entries: doc('The questions and their answers, in the order shown. Each id becomes the deep link to its entry (#id).', array(faqEntry)),
    }),
  ),
);
