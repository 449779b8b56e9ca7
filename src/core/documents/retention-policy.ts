import { retentionPolicyDocument } from '../schema/retention-policy.js';
import type { DocumentSpec } from '../validate.js';
import type { RetentionPhase } from '../content-types.js';

/** The days the phases with a length add up to, which a policy's retention period must be. */
export const phaseDaysTotal = (phases: readonly Pick<RetentionPhase, 'durationDays'>[]): number =>
  phases.reduce((sum, phase) => sum + (phase.durationDays ?? 0), 0);

export const retentionPolicySpec: DocumentSpec<'retention-policy'> = {
  kind: 'retention-policy',
  schema: retentionPolicyDocument,
  // The calculator counts retentionPeriodDays and the timeline shows the phases' lengths: when they
  // disagree, a reader is told two deletion dates. Phases without a length have nothing to add.
  checkReferences: ({ phases, retentionPeriodDays }) => {
    const phaseDays = phaseDaysTotal(phases);
    return phases.every((phase) => phase.durationDays === undefined) || phaseDays === retentionPeriodDays
      ? []
      : [{ path: '$.retentionPeriodDays', message: `${retentionPeriodDays} days, but the phases with a length add up to ${phaseDays}` }];
  },
};
