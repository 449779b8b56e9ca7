import * as v from 'valibot';
import { days, id, richText, schemaReference, text } from './rich-text.js';

export const retentionPhase = v.strictObject({
  id,
  title: text,
  durationDays: v.optional(v.pipe(days, v.description('How long the phase lasts; leave out when it has no fixed length.'))),
  description: richText,
  notices: v.optional(v.pipe(text, v.description('What the customer is told during the phase.'))),
});

export const retentionException = v.strictObject({
  id,
  title: text,
  description: richText,
  retentionDays: v.optional(v.pipe(days, v.description('The retention period that applies instead, where known (0: deleted at once).'))),
});

export const retentionPolicyDocument = v.pipe(
  v.strictObject({
    $schema: schemaReference,
    kind: v.literal('retention-policy'),
    title: text,
    intro: v.optional(richText),
    retentionPeriodDays: v.pipe(days, v.description('Days from the end of a subscription until its data is deleted.')),
    phases: v.pipe(v.array(retentionPhase), v.minLength(1, 'must not be empty'), v.description('The life of customer data, in order.')),
    exceptions: v.pipe(v.array(retentionException), v.description('Cases where the phases do not apply as written.')),
    notes: v.optional(richText),
  }),
  v.title('Retention policy'),
  v.description('What happens to customer data after a subscription ends (<tc-retention-timeline>).'),
);
