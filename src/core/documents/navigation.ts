import { navigationDocument } from '../schema/navigation.js';
import type { DocumentSpec } from '../validate.js';

export const navigationSpec: DocumentSpec<'navigation'> = {
  kind: 'navigation',
  schema: navigationDocument,
  checkReferences: (document) => {
    const groups = new Set(document.linkGroups.map((group) => group.id));
    return document.pages.flatMap((page, pageIndex) =>
      (page.sidebar ?? []).flatMap((groupId, index) =>
        groups.has(groupId) ? [] : [{ path: `$.pages[${pageIndex}].sidebar[${index}]`, message: `"${groupId}" is not the id of a link group` }],
      ),
    );
  },
};
