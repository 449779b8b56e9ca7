import { navigationDocument } from '../schema/navigation.js';
import type { ContentProblem, DocumentSpec } from '../validate.js';
import type { NavigationDocument, NavigationPage } from '../content-types.js';

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

/**
 * The page `id` of a navigation document, or the problem to report when there is none (for the
 * widgets that show one page's breadcrumb or sidebar).
 */
export function findPage(document: NavigationDocument, id: string | undefined): NavigationPage | ContentProblem {
  const page = id ? document.pages.find((candidate) => candidate.id === id) : undefined;
  return page ?? { path: '$.pages', message: id ? `no page has the id "${id}"` : 'no page chosen: set the page attribute' };
}
