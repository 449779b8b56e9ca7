import { retentionPolicyDocument } from '../schema/retention-policy.js';
import type { DocumentSpec } from '../validate.js';

export const retentionPolicySpec: DocumentSpec<'retention-policy'> = { kind: 'retention-policy', schema: retentionPolicyDocument };
