import { array, doc, literal, object, optional, titled } from './schema.js';
import { documentLanguage, id, inlines, richText, schemaReference, text } from './rich-text.js';

export const region = object({
  id,
  name: doc('Display name, e.g. "China East".', text),
  location: doc('City or location, e.g. "Shanghai".', text),
  services: doc('Services whose customer data is stored here.', array(text, 1)),
  replicationPartner: optional(doc('Id of the region this one replicates to.', id)),
  note: optional(inlines),
});

export const dataLocationsDocument = titled(
  'Data locations',
  doc(
    'Where customer data is stored: the regions table and its notes (<tc-data-location>).',
    object({
      $schema: schemaReference,
      lang: documentLanguage,
      kind: literal('data-locations'),
      sectionLabel: optional(doc('A short label above the title, naming the part of the trust center, e.g. "Location of Customer Data".', text)),
      title: text,
      intro: doc('Text before the regions table.', richText),
      regionsCaption: doc('Caption of the regions table.', text),
      regions: doc('One row per region.', array(region)),
      notes: optional(doc('Notes after the table.', richText)),
    }),
  ),
);
