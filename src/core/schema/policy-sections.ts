import { array, doc, literal, object, optional, titled } from './schema.js';
import { id, richText, schemaReference, text } from './rich-text.js';

const sectionEntries = { id, title: text, body: richText };

export const policySubsection = object(sectionEntries);
export const policySection = object({ ...sectionEntries, subsections: optional(array(policySubsection)) });

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
