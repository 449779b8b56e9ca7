import type { Infer } from './schema/schema.js';
import type { block, inline, link } from './schema/rich-text.js';
import type { dataLocationsDocument, region } from './schema/data-locations.js';
import type { faqDocument, faqEntry } from './schema/faq.js';
import type { retentionException, retentionPhase, retentionPolicyDocument } from './schema/retention-policy.js';
import type { policySection, policySectionsDocument, policySubsection } from './schema/policy-sections.js';
import type { linkGroup, navigationDocument, navigationPage } from './schema/navigation.js';

/** The typed shape of content documents, inferred from the schemas in ./schema/. */

export type Inline = Infer<typeof inline>;
export type Block = Infer<typeof block>;
export type RichText = Block[];
export type Link = Infer<typeof link>;
export type Region = Infer<typeof region>;
export type DataLocationsDocument = Infer<typeof dataLocationsDocument>;
export type FaqEntry = Infer<typeof faqEntry>;
export type FaqDocument = Infer<typeof faqDocument>;
export type RetentionPhase = Infer<typeof retentionPhase>;
export type RetentionException = Infer<typeof retentionException>;
export type RetentionPolicyDocument = Infer<typeof retentionPolicyDocument>;
export type PolicySubsection = Infer<typeof policySubsection>;
export type PolicySection = Infer<typeof policySection>;
export type PolicySectionsDocument = Infer<typeof policySectionsDocument>;
export type NavigationPage = Infer<typeof navigationPage>;
export type LinkGroup = Infer<typeof linkGroup>;
export type NavigationDocument = Infer<typeof navigationDocument>;

/** Every document kind, by the value of its `kind` field. */
export interface DocumentsByKind {
  'data-locations': DataLocationsDocument;
  faq: FaqDocument;
  'retention-policy': RetentionPolicyDocument;
  'policy-sections': PolicySectionsDocument;
  navigation: NavigationDocument;
}

export type DocumentKind = keyof DocumentsByKind;
