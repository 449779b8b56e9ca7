import { faqDocument } from '../schema/faq.js';
import type { DocumentSpec } from '../validate.js';

export const faqSpec: DocumentSpec<'faq'> = { kind: 'faq', schema: faqDocument };
