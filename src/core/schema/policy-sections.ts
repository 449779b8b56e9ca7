import { array, doc, literal, object, optional, titled } from './schema.js';
import { documentLanguage, id, richText, schemaReference, text } from './rich-text.js';

export const policySubsection = object({ id, title: text, body: richText });
export const policySection = object({
  id,
  title: text,
  body: optional(doc('Text under the section\'s heading, before its subsections. A section has a body, subsections, or both.', richText)),
  subsections: optional(doc('Titled parts of the section, one heading level below it; each id is a deep link too.', array(policySubsection))),
});

export const policySectionsDocument = titled(
  'Policy sections',
  doc(
    'Titled sections of rich text, each deep-linkable by its id (#id).',
    object({
      $schema: schemaReference,
      lang: documentLanguage,
      kind: doc('The kind of document, always "policy-sections": the one <tc-policy-sections> shows.', literal('policy-sections')),
      title: text,
      intro: optional(richText),
      sections: doc('The sections, in order. <tc-policy-sections sections="id id"> shows only the named ones.', array(policySection, 1)),
    }),
  ),
);
