// npm run build (after cem analyze): what HTML and CSS editors read to complete and document the
// kit's tags, made from custom-elements.json so that it lists what the widgets have and cannot
// drift from them. Published at the package's root, beside custom-elements.json:
// - vscode.html-custom-data.json (VS Code's "html.customData"): each tag, with its summary,
//   description, events, read-only attributes, parts and custom properties on hover; each attribute
//   a page sets, with its description and default; the values of one that takes a set of words
//   (mode="single|multiple") or of numbers (heading-level="2…6"); a boolean attribute (searchable)
//   completed without `=""`.
// - vscode.css-custom-data.json (VS Code's "css.customData"): each --tc-* custom property and each
//   ::part() once, described for every widget that reads or renders it (--tc-color-muted colours
//   different things in each widget; the FAQ's `list` part is not the breadcrumb's).
// - web-types.json (JetBrains IDEs, named by package.json's "web-types"): the same tags,
//   attributes, values, events, slots, parts and custom properties, in the web-types format.
// Read-only attributes (status, which the widget sets for host pages' CSS) are not offered as
// attributes to write: setting one changes nothing. The framework typings leave them out too.
//
// Why not break-stuff's custom-element-vs-code-integration and custom-element-jet-brains-integration:
// on this manifest they offered the type's name as a value (mode="FaqMode"), offered status to
// write, completed booleans as searchable="", listed --tc-color-muted 6 times and ::part(list) 7
// times with the first widget's description for all (VS Code keeps the first), and rewrote
// package.json through Prettier (their packageJson option).
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { name: packageName, version } = JSON.parse(readFileSync('package.json', 'utf8'));

const widgets = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const typeText = (entry) => entry.expandedType?.text ?? entry.type?.text ?? '';
const typeParts = (entry) => typeText(entry).split('|').map((part) => part.trim()).filter(Boolean);
/**
 * The words a union of literals allows (`'single' | 'multiple'`; `2 | 3 | 4 | 5 | 6`, which an
 * attribute writes as text: `heading-level="2"`), else none.
 */
const valuesOf = (entry) => {
  const literals = typeParts(entry).filter((part) => part !== 'undefined');
  return literals.length > 0 && literals.every((part) => /^('[^']*'|\d+)$/.test(part)) ? literals.map((part) => part.replace(/^'(.*)'$/, '$1')) : [];
};
const isBoolean = (entry) => typeParts(entry).every((part) => part === 'boolean' || part === 'undefined') && typeParts(entry).includes('boolean');
/** The attributes a page sets: not those the widget only reflects (status). */
const settable = (widget) => (widget.attributes ?? []).filter((attribute) => !attribute.readonly);
const readonlyAttributes = (widget) => (widget.attributes ?? []).filter((attribute) => attribute.readonly);
/** A default worth stating: not a boolean's false, an empty string or undefined. */
const stated = (entry) => {
  const text = entry.default;
  return text && text !== "''" && text !== 'undefined' && !(isBoolean(entry) && text === 'false') ? text.replace(/^'(.*)'$/, '$1') : null;
};
const code = (text) => `\`${text}\``;
const markdown = (value) => ({ kind: 'markdown', value });

function attributeText(attribute) {
  const fallback = stated(attribute);
  return [attribute.description ?? '', fallback && `Default: ${code(fallback)}.`].filter(Boolean).join('\n\n');
}

/** A tag's hover: what it is, then what a page can listen to, style and read on it. */
function tagText(widget) {
  const list = (title, entries, line) => (entries?.length ? `**${title}**\n\n${entries.map((entry) => `- ${line(entry)}`).join('\n')}` : '');
  const names = (title, entries) => (entries?.length ? `**${title}**: ${entries.map((entry) => code(entry.name)).join(', ')}` : '');
  return [
    widget.summary,
    widget.description,
    list('Events', widget.events, (event) => `${code(event.name)}: ${event.description ?? ''}`),
    list('Slots', widget.slots, (slot) => `${code(slot.name || '(default)')}: ${slot.description ?? ''}`),
    list('Read-only attributes', readonlyAttributes(widget), (attribute) => {
      const values = valuesOf(attribute);
      return `${code(attribute.name)}${values.length ? ` (${values.map(code).join(', ')})` : ''}: ${attribute.description ?? ''}`;
    }),
    names('CSS parts', widget.cssParts),
    names('CSS custom properties', widget.cssProperties),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function vscodeHtml() {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: widgets.map((widget) => ({
      name: widget.tagName,
      description: markdown(tagText(widget)),
      attributes: settable(widget).map((attribute) => {
        const values = valuesOf(attribute);
        return {
          name: attribute.name,
          description: markdown(attributeText(attribute)),
          // "v": an attribute without a value (VS Code then writes `searchable`, not `searchable=""`).
          ...(isBoolean(attribute) ? { valueSet: 'v' } : values.length ? { values: values.map((value) => ({ name: value })) } : {}),
        };
      }),
    })),
  };
}

/**
 * Each name of `key` (cssProperties, cssParts) once, with the widgets that have it: one description
 * if they all say the same, else each widget's. A custom property's default is stated per widget too.
 */
function merged(key) {
  const byName = new Map();
  for (const widget of widgets) {
    for (const entry of widget[key] ?? []) {
      if (!byName.has(entry.name)) byName.set(entry.name, []);
      byName.get(entry.name).push({ tag: widget.tagName, description: entry.description ?? '', fallback: entry.default });
    }
  }
  return [...byName].map(([name, uses]) => {
    const line = (use) => [use.description, use.fallback && `Default: ${code(use.fallback)}.`].filter(Boolean).join(' ');
    const same = uses.every((use) => line(use) === line(uses[0]));
    const tags = uses.map((use) => code(`<${use.tag}>`)).join(', ');
    const text = same ? `${line(uses[0])}\n\nOn ${tags}.` : uses.map((use) => `- ${code(`<${use.tag}>`)}: ${line(use)}`).join('\n');
    return { name, description: text };
  });
}

function vscodeCss() {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: merged('cssProperties').map(({ name, description }) => ({ name, description: markdown(description) })),
    pseudoElements: merged('cssParts').map(({ name, description }) => ({ name: `::part(${name})`, description: markdown(description) })),
  };
}

function webTypes() {
  const described = (entries) => (entries ?? []).map((entry) => ({ name: entry.name, description: entry.description ?? '' }));
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: packageName,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: widgets.map((widget) => ({
          name: widget.tagName,
          description: tagText(widget),
          attributes: settable(widget).map((attribute) => {
            const values = valuesOf(attribute);
            const fallback = stated(attribute);
            return {
              name: attribute.name,
              description: attributeText(attribute),
              // A union of string literals is what JetBrains IDEs offer as the attribute's values
              // (numbers too, as the text an attribute holds: `'2' | '3'`).
              value: {
                type: isBoolean(attribute) ? 'boolean' : values.length ? values.map((value) => `'${value}'`).join(' | ') : typeText(attribute).replace(/\s*\|\s*undefined/, ''),
                ...(isBoolean(attribute) ? { kind: 'no-value' } : {}),
                ...(fallback ? { default: fallback } : {}),
              },
            };
          }),
          events: (widget.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          slots: described(widget.slots),
          css: { properties: described(widget.cssProperties), parts: described(widget.cssParts) },
        })),
      },
      css: { properties: merged('cssProperties') },
    },
  };
}

const json = (data) => `${JSON.stringify(data, null, 2)}\n`;
writeFileSync('vscode.html-custom-data.json', json(vscodeHtml()));
writeFileSync('vscode.css-custom-data.json', json(vscodeCss()));
writeFileSync('web-types.json', json(webTypes()));
