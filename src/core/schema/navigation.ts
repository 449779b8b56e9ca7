import * as v from 'valibot';
import { href, id, link, schemaReference, text } from './rich-text.js';

export const navigationPage = v.strictObject({
  id,
  title: v.pipe(text, v.description("The page's title: the current, last item of its breadcrumb.")),
  tagline: v.optional(text),
  breadcrumb: v.pipe(v.array(link), v.description('The ancestors of the page, from the top.')),
  sidebar: v.optional(v.pipe(v.array(id), v.description('Ids of the link groups shown beside the page, in order.'))),
  alternates: v.optional(v.array(v.strictObject({ locale: v.picklist(['en', 'zh-CN']), text, href }))),
});

export const linkGroup = v.strictObject({ id, title: text, links: v.pipe(v.array(link), v.minLength(1, 'must not be empty')) });

export const navigationDocument = v.pipe(
  v.strictObject({
    $schema: schemaReference,
    kind: v.literal('navigation'),
    pages: v.pipe(v.array(navigationPage), v.minLength(1, 'must not be empty')),
    linkGroups: v.array(linkGroup),
  }),
  v.title('Navigation'),
  v.description('Pages with their breadcrumb trails and sidebars, and the link groups (<tc-breadcrumb>, <tc-sidebar>).'),
);
