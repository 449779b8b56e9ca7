import { array, doc, literal, object, optional, picklist, titled } from './schema.js';
import { documentLanguage, href, id, link, schemaReference, text } from './rich-text.js';
import { supportedLocales } from '../supported-locales.js';

export const navigationPage = object({
  id,
  title: doc("The page's title: the current, last item of its breadcrumb.", text),
  tagline: optional(
    doc('A short line about the page, e.g. "You are in control of your data". No widget shows it: it is there for the host page (a hero under its title).', text),
  ),
  breadcrumb: doc('The ancestors of the page, from the top.', array(link)),
  sidebar: optional(doc('Ids of the link groups shown beside the page, in order.', array(id))),
  alternates: optional(
    doc(
      "The same page in other languages: its locale, link text and address. No widget shows them (<tc-locale-switch> switches the widgets in place): they are there for the host page's own language links.",
      array(object({ locale: doc('The language of that version of the page.', picklist(supportedLocales)), text, href })),
    ),
  ),
});

export const linkGroup = object({ id, title: text, links: doc('The links of the group, in order.', array(link, 1)) });

export const navigationDocument = titled(
  'Navigation',
  doc(
    'Pages with their breadcrumb trails and sidebars, and the link groups (<tc-breadcrumb>, <tc-sidebar>).',
    object({
      $schema: schemaReference,
      lang: documentLanguage,
      kind: doc('The kind of document, always "navigation": the one <tc-breadcrumb> and <tc-sidebar> show.', literal('navigation')),
      pages: doc('The pages of the trust center, each with its breadcrumb and the link groups of its sidebar (<tc-breadcrumb page>, <tc-sidebar page>).', array(navigationPage, 1)),
      linkGroups: doc('Titled groups of links, which pages name in their sidebar.', array(linkGroup)),
    }),
  ),
);
