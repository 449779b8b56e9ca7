import { array, boolean, doc, integer, literal, object, optional, picklist, string, union, variant } from './schema.js';
import { supportedLocales } from '../supported-locales.js';
import { safeHref } from '../safe-url.js';

/*
 * The content model, written once: validation in the browser runs these schemas, the types the
 * templates use are inferred from them, and content/schema/*.schema.json (the contract editors
 * see) is generated from them by scripts/build-schemas.ts.
 */

/**
 * Longest text run allowed: 4.6 times the longest of the shipped content (867 characters). A
 * 100,000-character word froze a table for 30 s in Chromium (line breaking of unbreakable words
 * grows faster than their length), so a document with one is refused instead.
 */
export const MAX_TEXT_LENGTH = 4000;

export const text = doc(
  `Visible text, at most ${MAX_TEXT_LENGTH} characters. Never HTML: markup in it is shown as text. Must contain a character a reader sees, not only white space or invisible characters.`,
  string(/\S/, 'must not be empty', MAX_TEXT_LENGTH),
);

export const id = doc(
  'A stable identifier: a letter, then up to 63 letters, digits, "-" or "_". Unique in its document (across all its parts) and the same in every locale. The ids of FAQ entries and of policy sections and subsections become deep links (#id); references such as replicationPartner and sidebar name ids.',
  string(/^[A-Za-z][\w-]{0,63}$/, 'must be an id: a letter, then up to 63 letters, digits, "-" or "_"'),
);

/**
 * http:, https:, mailto: or relative, without white space, control characters or line and paragraph
 * separators (the characters core/safe-url.ts refuses). A relative target is not an address typed
 * not quite right, which the URL parser takes for a page under the current one: one with a
 * full-width colon ("https：//", a Chinese input method's), or "www." with no scheme. ("https//", a colon
 * left out, and "https:/x", one slash, are not caught here: index.js had not the bytes to spare. The
 * published schema refuses them, scripts/build-schemas.ts.)
 * The pattern is
 * what an editor's JSON Schema can check; validation also asks the URL parser, as the renderer does
 * (core/safe-url.ts), so a target the widget would show as plain text ("https://", a bad port) is
 * refused with a path instead. The published schema also refuses a target without a host ("https://",
 * "http:/", "//"), the commonest of those (scripts/build-schemas.ts).
 */
export const href = doc(
  'A link target: http:, https:, mailto: or a relative URL.',
  string(
    /^(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):|(?![A-Za-z][\w+.-]*[:\uFF1A]|[Ww]{3}\.))[^\u0000-\u0020\u007F-\u009F\u2028\u2029]+$/,
    'link target not allowed: use a complete http:, https: or mailto: URL, or a relative one, without spaces',
    2048,
    (value) => safeHref(value) !== undefined,
  ),
);

const linkEntries = {
  text,
  href,
  newTab: optional(doc('Opens in a new tab; screen readers are told.', boolean())),
  fileInfo: optional(doc('Type and size of a linked file, e.g. "PDF, 864 KB".', text)),
};

export const link = doc('A link: its visible text and its target, e.g. {"text": "Privacy statement", "href": "https://example.com/privacy"}.', object(linkEntries));

export const inline = doc(
  'A piece of a run of text: plain text, or {"type": "strong" | "em", "text": ...}, or {"type": "link", "text": ..., "href": ...}.',
  union(
    text,
    variant(
      'type',
      doc('Strong importance, shown bold.', object({ type: literal('strong'), text })),
      doc('Stress emphasis, shown italic.', object({ type: literal('em'), text })),
      doc('A link inside the text.', object({ type: literal('link'), ...linkEntries })),
    ),
  ),
);

/**
 * A run's text (its strings and its parts' texts) as one, at most MAX_TEXT_LENGTH characters (code
 * points). Its UTF-16 length is never less, so characters are counted only when that is over the
 * limit: spreading every text into an array of its characters made most of what validating a
 * 1,000-entry FAQ allocated (2 MB).
 */
const fitsLimit = (run: ReadonlyArray<string | { text: string }>) => {
  const text = run.map((part) => (typeof part === 'string' ? part : part.text)).join('');
  return text.length <= MAX_TEXT_LENGTH || [...text].length <= MAX_TEXT_LENGTH;
};

export const inlines = doc(
  `A run of text: plain strings and inline parts, in reading order, e.g. ["See ", {"type": "link", "text": "the policy", "href": "/policy"}, "."]. At most ${MAX_TEXT_LENGTH} characters in all: adjacent parts read as one text.`,
  array(inline, 1, fitsLimit, `must be at most ${MAX_TEXT_LENGTH} characters in all (split it into paragraphs)`),
);

export const block = doc(
  'A paragraph or a list.',
  variant(
    'type',
    doc('A paragraph: {"type": "paragraph", "content": [run of text]}.', object({ type: literal('paragraph'), content: inlines })),
    doc(
      'A bulleted list (numbered with "ordered": true): {"type": "list", "items": [[run of text], ...]}.',
      object({ type: literal('list'), ordered: optional(doc('Numbers the items.', boolean())), items: doc('One run of text per item.', array(inlines, 1)) }),
    ),
  ),
);

export const richText = doc(
  'Rich text: paragraphs ({"type": "paragraph", "content": [...]}) and lists ({"type": "list", "items": [[...]]}).',
  array(block, 1),
);

/** Every document may name its JSON Schema, for editors. */
export const schemaReference = optional(
  doc(
    'Where editors find the JSON Schema of this kind of document, to help as you type: "../schema/<kind>.schema.json" beside the locale folders (a copy of the kit\'s content/schema/ in a folder of your own), or a path to the kit\'s own. The widgets do not read it.',
    string(),
  ),
);

/**
 * A document at a URL with `{locale}` is in the locale it was asked for (or the fallback's); one at
 * a fixed URL, or given as a property, cannot be told from its address. Screen readers choose their
 * voice by the `lang` the widget sets, so such a document can say what it is written in.
 */
export const documentLanguage = optional(
  doc(
    'The language the document is written in. Without it, a document is taken to be in the locale it was loaded for: the one in place of {locale} in its URL, or the page\'s when its URL has no {locale} or it is given as a property.',
    picklist(supportedLocales),
  ),
);

export const days = integer(0, 3650);
