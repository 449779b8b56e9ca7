import * as v from 'valibot';
import { id, richText, schemaReference, text } from './rich-text.js';

export const faqEntry = v.strictObject({ id, question: text, answer: richText });

export const faqDocument = v.pipe(
  v.strictObject({
    $schema: schemaReference,
    kind: v.literal('faq'),
    title: text,
    updated: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be a date: YYYY-MM or YYYY-MM-DD'),
        v.description('When the answers were last reviewed.'),
      ),
    ),
    entries: v.array(faqEntry),
  }),
  v.title('Frequently asked questions'),
  v.description('Questions and answers (<tc-faq>). Entry ids become deep links (#id).'),
);
