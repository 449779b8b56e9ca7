import { array, doc, literal, object, optional, picklist, titled } from './schema.js';
import { href, id, link, schemaReference, text } from './rich-text.js';

export const navigationPage = object({
  id,
  title: doc("The page's title: the current, last item of its breadcrumb.", text),
  tagline: optional(text),
  breadcrumb: doc('The ancestors of the page, from the top.', array(link)),
  sidebar: optional(doc('Ids of the link groups shown beside the page, in order.', array(id))),
  alternates: optional(array(object({ locale: picklist(['en', 'zh-CN']), text, href }))),
});

export const linkGroup = object({ id, title: text, links: array(link, 1) });

export const navigationDocument = titled(
  'Navigation',
  doc(
    'Pages with their breadcrumb trails and sidebars, and the link groups (<tc-breadcrumb>, <tc-sidebar>).',
    object({
      $schema: schemaReference,
      kind: literal('navigation'),
      pages: array(navigationPage, 1),
      linkGroups: array(linkGroup),
    }),
  ),
);
