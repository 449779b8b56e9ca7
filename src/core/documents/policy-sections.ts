import { policySectionsDocument } from '../schema/policy-sections.js';
import type { DocumentSpec } from '../validate.js';

export const policySectionsSpec: DocumentSpec<'policy-sections'> = {
  kind: 'policy-sections',
  schema: policySectionsDocument,
  // In code, not in the shared schema: with anyOf its editor messages were opaque. The published
  // schema says it with if/then (scripts/build-schemas.ts).
  checkReferences: (document) =>
    document.sections.flatMap((section, index) =>
      section.body || section.subsections?.length ? [] : [{ path: `$.sections[${index}]`, message: 'a section needs a body, subsections, or both' }],
    ),
};
