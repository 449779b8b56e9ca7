// The document kinds, for the Node scripts: file names in content/<locale>/ and their specs.
import { dataLocationsSpec } from '../src/core/documents/data-locations.js';
import { faqSpec } from '../src/core/documents/faq.js';
import { navigationSpec } from '../src/core/documents/navigation.js';
import { policySectionsSpec } from '../src/core/documents/policy-sections.js';
import { retentionPolicySpec } from '../src/core/documents/retention-policy.js';
import type { AnyDocumentSpec } from '../src/core/validate.js';

export const documentSpecs: AnyDocumentSpec[] = [
  dataLocationsSpec,
  faqSpec,
  navigationSpec,
  policySectionsSpec,
  retentionPolicySpec,
];

// The kit's own list, so that a locale added there is checked here too.
export { supportedLocales as locales } from '../src/core/supported-locales.js';
