import { array, doc, literal, object, optional, titled } from './schema.js';
import { days, documentLanguage, id, richText, schemaReference, text } from './rich-text.js';

export const retentionPhase = object({
  id,
  title: text,
  durationDays: optional(doc('How long the phase lasts; leave out when it has no fixed length.', days)),
  description: richText,
  notices: optional(doc('What the customer is told during the phase.', text)),
});

export const retentionException = object({
  id,
  title: text,
  description: richText,
  retentionDays: optional(doc('The retention period that applies instead, where known (0: deleted at once).', days)),
});

export const retentionPolicyDocument = titled(
  'Retention policy',
  doc(
    'What happens to customer data after a subscription ends (<tc-retention-timeline>).',
    object({
      $schema: schemaReference,
      lang: documentLanguage,
      kind: doc('The kind of document, always "retention-policy": the one <tc-retention-timeline> shows.', literal('retention-policy')),
      title: text,
      intro: optional(richText),
      retentionPeriodDays: doc('Days from the end of a subscription until its data is deleted: the phases with a length add up to it.', days),
      phases: doc('The life of customer data, in order.', array(retentionPhase, 1)),
      exceptions: doc('Cases where the phases do not apply as written.', array(retentionException)),
      notes: optional(richText),
    }),
  ),
);
