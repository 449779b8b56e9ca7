// Writes content/schema/<kind>.schema.json from the schemas in src/core/schema/: the
// published contract that editors use through "$schema". With --check, fails instead when a
// committed file differs from what the schemas say (CI runs that).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { documentSpecs } from './documents.js';
import * as richText from '../src/core/schema/rich-text.js';
import { toJsonSchema } from '../src/core/schema/json-schema.js';

// Shared pieces become named definitions ($ref), so editors show "richText" rather than a copy.
const definitions = {
  text: richText.text,
  id: richText.id,
  href: richText.href,
  link: richText.link,
  inline: richText.inline,
  inlines: richText.inlines,
  block: richText.block,
  richText: richText.richText,
};

type JsonSchema = Record<string, any>;

/*
 * Checks the widgets make in code, which JSON Schema can say too: published, an editor flags them
 * as the author types rather than only content:check. Written here, not in the shared schemas,
 * because the widgets already make them (safeHref, checkReferences): the browser would pay bytes
 * for the same check twice.
 */
const HTTP_SCHEME = '[Hh][Tt][Tt][Pp][Ss]?';
/**
 * Not two slashes (or backslashes, which the URL parser reads as slashes) followed by no host, as in
 * a placeholder "https://" left in, "https://:443/", "https://user@/" or "//". More slashes before a
 * host are fine ("https:///x" is https://x/). Two start a host in a relative target and after
 * "http:" or "https:", which take no fewer (TWO_SLASHES).
 */
const HAS_HOST = String.raw`(?![/\\]{2}[/\\]*(?![/\\])(?:[^/\\?#]*@)?(?::\d*)?(?:[/\\?#]|$))`;
/**
 * An http(s) address typed not quite right, which the URL parser takes for a page of the current
 * site: "https:/example.com/x" or "https:example.com", with fewer than two slashes (on an https:
 * page a path, on an http: page so is "http:/example.com"), and "https//example.com/x", its colon
 * left out, or "https;//example.com/x", a key near it typed instead (a path under the current
 * page). The widgets take them, and link there: index.js had not the bytes to refuse them
 * (src/core/schema/rich-text.ts).
 */
const TWO_SLASHES = String.raw`(?=[/\\]{2})`;
/** Its colon left out, or a key near it typed instead: "https//", "https;//", "https.//", "https,//". */
const NO_COLON = String.raw`${HTTP_SCHEME}[;.,]?[/\\]{2}`;
/**
 * After "mailto:", not a host left out after a user name or before a port ("mailto://user@",
 * "mailto://:25"): the URL parser refuses those, though it takes "mailto://" with no host at all.
 * Only "//" starts one there (a backslash is no slash outside http(s)).
 */
const MAILTO_HAS_HOST = String.raw`(?!//(?:[^/?#]*@(?::\d*)?|:\d*)(?:[/?#]|$))`;

/**
 * Text must have a character a reader sees: not only white space (as the widgets check), nor only
 * zero-width, control, filler or blank-braille characters (a question of U+200B is a blank button;
 * a link group titled so, a navigation landmark without a name). The widgets render such text: the
 * editor and content:check refuse it.
 */
const VISIBLE = String.raw`[^\s\u0000-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFE00-\uFE0F\uFFA0]`;

/**
 * A date of the widgets' form, YYYY-MM or YYYY-MM-DD (src/core/schema/faq.ts), takes any day from 01
 * to 31 in any month. The published pattern also refuses the days no calendar has ("2015-02-30",
 * "2024-04-31", a 29 February outside a leap year), which a page showing the date would roll over
 * into the next month. Here, not in the shared schema, because no widget shows a date: the browser
 * would pay bytes for a check it needs not.
 */
const DATE = String.raw`^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$`;
/** A leap year: divisible by 4, but of the years that end in 00 only those divisible by 400 (2000, not 1900). */
const LEAP_YEAR = String.raw`(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)`;
const NO_SUCH_DAY = String.raw`(?!\d{4}-(?:02-3|(?:0[469]|11)-31)|(?!${LEAP_YEAR}-)\d{4}-02-29)`;
const CALENDAR_DATE = `^${NO_SUCH_DAY}${DATE.slice(1)}`;

function refine(kind: string, schema: JsonSchema): JsonSchema {
  const text = schema.$defs.text;
  if (text.pattern !== String.raw`\S`) throw new Error('build-schemas: the text pattern changed; update refine()');
  // Every text node, not only $defs.text: doc('...', text) is a copy with its own description,
  // which toJsonSchema writes out in place (sectionLabel, regions[].name, fileInfo, notices, ...).
  const visible = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visible);
    if (!node || typeof node !== 'object') return;
    const record = node as JsonSchema;
    if (record.type === 'string' && record.pattern === String.raw`\S`) Object.assign(record, { pattern: VISIBLE, patternErrorMessage: 'must contain visible text' });
    Object.values(record).forEach(visible);
  };
  visible(schema);
  // Every date, wherever a schema module declares one: by its pattern, as text is found above.
  const dates: JsonSchema[] = [];
  const findDates = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(findDates);
    if (!node || typeof node !== 'object') return;
    const record = node as JsonSchema;
    if (record.type === 'string' && record.pattern === DATE) dates.push(record);
    Object.values(record).forEach(findDates);
  };
  findDates(schema);
  if (kind === 'faq' && dates.length === 0) throw new Error('build-schemas: the date pattern of faq.updated changed; update refine()');
  for (const date of dates) Object.assign(date, { pattern: CALENDAR_DATE, patternErrorMessage: 'must be a date: YYYY-MM or YYYY-MM-DD, a day its month has' });
  const href = schema.$defs.href;
  const relative = String.raw`(?![A-Za-z][\w+.-]*[:\uFF1A]|[Ww]{3}\.))`;
  const refined = href.pattern
    .replace(`(?:${HTTP_SCHEME}|`, `(?:${HTTP_SCHEME}:${TWO_SLASHES}${HAS_HOST}|`)
    .replace('[Oo]):|', `[Oo]:${MAILTO_HAS_HOST})|`)
    .replace(relative, `${relative.slice(0, -2)}|${NO_COLON})${HAS_HOST})`);
  // Each replace must have found its place: a pattern that changed shape would lose a check silently.
  const placed = [`[Ss]?:${TWO_SLASHES}${HAS_HOST}|`, `[Oo]:${MAILTO_HAS_HOST})|`, `|${NO_COLON})${HAS_HOST})[`].every((part) => refined.includes(part));
  if (!placed) throw new Error('build-schemas: the href pattern changed; update refine()');
  href.pattern = refined;
  // defaultSnippets (VS Code's keyword): a new run part or block is completed whole, not as "{}".
  schema.$defs.inline.defaultSnippets = [
    { label: 'text', description: 'Plain text.', body: '$1' },
    { label: 'strong', description: 'Strong importance, shown bold.', body: { type: 'strong', text: '$1' } },
    { label: 'em', description: 'Stress emphasis, shown italic.', body: { type: 'em', text: '$1' } },
    { label: 'link', description: 'A link inside the text.', body: { type: 'link', text: '$1', href: '$2' } },
  ];
  schema.$defs.block.defaultSnippets = [
    { label: 'paragraph', description: 'A paragraph.', body: { type: 'paragraph', content: ['$1'] } },
    { label: 'list', description: 'A bulleted list.', body: { type: 'list', items: [['$1']] } },
  ];
  // The path for this kind, where the shared schema can only say <kind>.
  schema.properties.$schema.description = schema.properties.$schema.description.replace('<kind>', kind);
  if (kind === 'policy-sections') {
    // documents/policy-sections.ts: a section has a body, subsections, or both.
    // The whole subsections schema, made stricter: a property in a then is what an editor
    // completes and shows on hover when the then applies (without a type, it completes the bare key).
    const section = schema.properties.sections.items;
    Object.assign(section, {
      if: { not: { required: ['body'] } },
      then: { required: ['subsections'], properties: { subsections: { ...section.properties.subsections, minItems: 1 } } },
    });
  }
  return schema;
}

const check = process.argv.includes('--check');
let stale = 0;
for (const spec of documentSpecs) {
  const file = `content/schema/${spec.kind}.schema.json`;
  const schema = refine(spec.kind, { $id: `${spec.kind}.schema.json`, ...toJsonSchema(spec.schema, definitions) });
  const json = `${JSON.stringify(schema, null, 2)}\n`;
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== json) {
      console.error(`${file} is out of date: run npm run schemas`);
      stale++;
    }
  } else {
    writeFileSync(file, json);
    console.log(`wrote ${file}`);
  }
}
if (stale) process.exit(1);
