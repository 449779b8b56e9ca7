import { dataLocationsDocument } from '../schema/data-locations.js';
import type { DocumentSpec } from '../validate.js';

export const dataLocationsSpec: DocumentSpec<'data-locations'> = {
  kind: 'data-locations',
  schema: dataLocationsDocument,
  checkReferences: (document) => {
    const ids = new Set(document.regions.map((region) => region.id));
    return document.regions.flatMap((region, index) =>
      region.replicationPartner === undefined || (ids.has(region.replicationPartner) && region.replicationPartner !== region.id)
        ? []
        : [{ path: `$.regions[${index}].replicationPartner`, message: `"${region.replicationPartner}" is not the id of another region` }],
    );
  },
};
