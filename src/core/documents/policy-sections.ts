import { policySectionsDocument } from '../schema/policy-sections.js';
import type { DocumentSpec } from '../validate.js';

export const policySectionsSpec: DocumentSpec<'policy-sections'> = { kind: 'policy-sections', schema: policySectionsDocument };
