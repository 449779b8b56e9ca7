import { dataLocationsDocument } from '../schema/data-locations.js';
import type { ContentProblem, DocumentSpec } from '../validate.js';

export const dataLocationsSpec: DocumentSpec<'data-locations'> = {
  kind: 'data-locations',
  schema: dataLocationsDocument,
  checkReferences: ({ regions }) => {
    const ids = new Set(regions.map((region) => region.id));
    // Pushed, not flatMapped: an empty list per valid region is garbage a page collects while it draws the table.
    const problems: ContentProblem[] = [];
    regions.forEach(({ id, replicationPartner }, index) => {
      if (replicationPartner !== undefined && (replicationPartner === id || !ids.has(replicationPartner))) {
        problems.push({ path: `$.regions[${index}].replicationPartner`, message: `"${replicationPartner}" is not the id of another region` });
      }
    });
    return problems;
  },
};
