import * as v from 'valibot';
import { id, richText, schemaReference, text } from './rich-text.js';

const sectionEntries = { id, title: text, body: richText };

export const policySubsection = v.strictObject(sectionEntries);
export const policySection = v.strictObject({ ...sectionEntries, subsections: v.optional(v.array(policySubsection)) });

export const policySectionsDocument = v.pipe(
  v.strictObject({
    $schema: schemaReference,
    kind: v.literal('policy-sections'),
    title: text,
    intro: v.optional(richText),
    sections: v.pipe(v.array(policySection), v.minLength(1, 'must not be empty')),
  }),
  v.title('Policy sections'),
  v.description('Titled sections of rich text, each deep-linkable by its id (#id).'),
);
