// The document kinds, for the Node scripts: file names in content/<locale>/ and their specs.
import { dataLocationsSpec } from '../src/core/documents/data-locations.js';
import { faqSpec } from '../src/core/documents/faq.js';
import { navigationSpec } from '../src/core/documents/navigation.js';
import { policySectionsSpec } from '../src/core/documents/policy-sections.js';
import { retentionPolicySpec } from '../src/core/documents/retention-policy.js';
import type { DocumentSpec } from '../src/core/validate.js';
import type { DocumentKind } from '../src/core/content-types.js';

export const documentSpecs: DocumentSpec<DocumentKind>[] = [
  dataLocationsSpec,
  faqSpec,
  navigationSpec,
  policySectionsSpec,
  retentionPolicySpec,
] as DocumentSpec<DocumentKind>[];

export const locales = ['en', 'zh-CN'] as const;
