import type * as v from 'valibot';
import type { block, inline, link } from './schema/rich-text.js';
import type { dataLocationsDocument, region } from './schema/data-locations.js';
import type { faqDocument, faqEntry } from './schema/faq.js';
import type { retentionException, retentionPhase, retentionPolicyDocument } from './schema/retention-policy.js';
import type { policySection, policySectionsDocument, policySubsection } from './schema/policy-sections.js';
import type { linkGroup, navigationDocument, navigationPage } from './schema/navigation.js';

/** The typed shape of content documents, inferred from the schemas in ./schema/. */

export type Inline = v.InferOutput<typeof inline>;
export type Block = v.InferOutput<typeof block>;
export type RichText = Block[];
export type Link = v.InferOutput<typeof link>;
export type Region = v.InferOutput<typeof region>;
export type DataLocationsDocument = v.InferOutput<typeof dataLocationsDocument>;
export type FaqEntry = v.InferOutput<typeof faqEntry>;
export type FaqDocument = v.InferOutput<typeof faqDocument>;
export type RetentionPhase = v.InferOutput<typeof retentionPhase>;
export type RetentionException = v.InferOutput<typeof retentionException>;
export type RetentionPolicyDocument = v.InferOutput<typeof retentionPolicyDocument>;
export type PolicySubsection = v.InferOutput<typeof policySubsection>;
export type PolicySection = v.InferOutput<typeof policySection>;
export type PolicySectionsDocument = v.InferOutput<typeof policySectionsDocument>;
export type NavigationPage = v.InferOutput<typeof navigationPage>;
export type LinkGroup = v.InferOutput<typeof linkGroup>;
export type NavigationDocument = v.InferOutput<typeof navigationDocument>;

/** Every document kind, by the value of its `kind` field. */
export interface DocumentsByKind {
  'data-locations': DataLocationsDocument;
  faq: FaqDocument;
  'retention-policy': RetentionPolicyDocument;
  'policy-sections': PolicySectionsDocument;
  navigation: NavigationDocument;
}

export type DocumentKind = keyof DocumentsByKind;
