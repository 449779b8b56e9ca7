import { policySectionsDocument } from '../schema/policy-sections.js';
import type { DocumentSpec } from '../validate.js';

export const policySectionsSpec: DocumentSpec<'policy-sections'> = {
  kind: 'policy-sections',
  schema: policySectionsDocument,
  // JSON Schema could say "body or subsections" only with anyOf, whose editor messages are opaque.
  checkReferences: (document) =>
    document.sections.flatMap((section, index) =>
      section.body || section.subsections?.length ? [] : [{ path: `$.sections[${index}]`, message: 'a section needs a body, subsections, or both' }],
    ),
};
