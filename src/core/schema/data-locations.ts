import * as v from 'valibot';
import { id, inlines, richText, schemaReference, text } from './rich-text.js';

export const region = v.strictObject({
  id,
  name: v.pipe(text, v.description('Display name, e.g. "China East".')),
  location: v.pipe(text, v.description('City or location, e.g. "Shanghai".')),
  services: v.pipe(v.array(text), v.minLength(1, 'must not be empty'), v.description('Services whose customer data is stored here.')),
  replicationPartner: v.optional(v.pipe(id, v.description('Id of the region this one replicates to.'))),
  note: v.optional(inlines),
});

export const dataLocationsDocument = v.pipe(
  v.strictObject({
    $schema: schemaReference,
    kind: v.literal('data-locations'),
    title: text,
    intro: v.pipe(richText, v.description('Text before the regions table.')),
    regionsCaption: v.pipe(text, v.description('Caption of the regions table.')),
    regions: v.pipe(v.array(region), v.description('One row per region.')),
    notes: v.optional(v.pipe(richText, v.description('Notes after the table.'))),
  }),
  v.title('Data locations'),
  v.description('Where customer data is stored: the regions table and its notes (<tc-data-location>).'),
);
