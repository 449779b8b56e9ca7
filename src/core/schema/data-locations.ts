import { array, doc, literal, object, optional, string, titled } from './schema.js';
import { documentLanguage, id, inlines, richText, schemaReference, text } from './rich-text.js';

export const region = object({
  id,
  // Shorter than other text: the partner column repeats a region's name in every row that names it,
  // and 2,000 rows naming one region of a 4,000-character name (a 173 kB document) made 8 million
  // characters of table, 3 s of frozen page (a 1 MiB document, 48 million).
  name: doc('Display name, e.g. "China East", at most 200 characters.', string(/\S/, 'must not be empty', 200)),
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
      kind: doc('The kind of document, always "data-locations": the one <tc-data-location> shows.', literal('data-locations')),
      sectionLabel: optional(doc('A short label above the title, naming the part of the trust center, e.g. "Location of Customer Data".', text)),
      title: text,
      intro: doc('Text before the regions table.', richText),
      regionsCaption: doc('Caption of the regions table.', text),
      regions: doc('One row per region.', array(region)),
      notes: optional(doc('Notes after the table.', richText)),
    }),
  ),
);
