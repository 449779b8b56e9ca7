import { array, doc, literal, object, optional, titled } from './schema.js';
import { id, richText, schemaReference, text } from './rich-text.js';

export const policySubsection = object({ id, title: text, body: richText });
export const policySection = object({
  id,
  title: text,
  body: optional(doc('Text under the section\'s heading, before its subsections. A section has a body, subsections, or both.', richText)),
  subsections: optional(array(policySubsection)),
});

export const policySectionsDocument = titled(
  'Policy sections',
  doc(
    'Titled sections of rich text, each deep-linkable by its id (#id).',
    object({
      $schema: schemaReference,
      kind: literal('policy-sections'),
      title: text,
      intro: optional(richText),
      sections: array(policySection, 1),
    }),
  ),
);
