import * as v from 'valibot';

/*
 * The content model, written once: validation in the browser runs these schemas, the types the
 * templates use are inferred from them, and content/schema/*.schema.json (the contract editors
 * see) is generated from them by scripts/build-schemas.ts.
 */

export const text = v.pipe(
  v.string(),
  v.regex(/\S/, 'must not be empty'),
  v.description('Visible text. Never HTML: markup in it is shown as text. Must contain more than white space.'),
);

export const id = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][\w-]{0,63}$/, 'must be an id: a letter, then up to 63 letters, digits, "-" or "_"'),
  v.description('A stable identifier, the same in every locale. Ids become deep links (#id).'),
);

/**
 * http:, https:, mailto: or relative, without white space or control characters. The renderer
 * checks again with the URL parser (core/safe-url.ts); this catches mistakes while editing.
 */
export const href = v.pipe(
  v.string(),
  v.regex(
    /^(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):|(?![A-Za-z][\w+.-]*:))[^\u0000-\u0020\u007F-\u009F]+$/,
    'link target not allowed: use http:, https:, mailto: or a relative URL, without spaces',
  ),
  v.description('A link target: http:, https:, mailto: or a relative URL.'),
);

const linkEntries = {
  text,
  href,
  newTab: v.optional(v.pipe(v.boolean(), v.description('Opens in a new tab; screen readers are told.'))),
  fileInfo: v.optional(v.pipe(text, v.description('Type and size of a linked file, e.g. "PDF, 864 KB".'))),
};

export const link = v.strictObject(linkEntries);

export const inline = v.union([
  text,
  v.variant('type', [
    v.strictObject({ type: v.literal('strong'), text }),
    v.strictObject({ type: v.literal('em'), text }),
    v.strictObject({ type: v.literal('link'), ...linkEntries }),
  ]),
]);

export const inlines = v.pipe(v.array(inline), v.minLength(1, 'must not be empty'));

export const block = v.variant('type', [
  v.strictObject({ type: v.literal('paragraph'), content: inlines }),
  v.strictObject({
    type: v.literal('list'),
    ordered: v.optional(v.boolean()),
    items: v.pipe(v.array(inlines), v.minLength(1, 'must not be empty')),
  }),
]);

export const richText = v.pipe(
  v.array(block),
  v.minLength(1, 'must not be empty'),
  v.description('Rich text: paragraphs ({"type": "paragraph", "content": [...]}) and lists ({"type": "list", "items": [[...]]}).'),
);

/** Every document may name its JSON Schema, for editors. */
export const schemaReference = v.optional(v.string());

export const days = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3650));
