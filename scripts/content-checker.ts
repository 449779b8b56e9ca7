// What npm run content:check checks (scripts/content-check.ts prints it): every content document
// against its schema, and that the locales agree (same documents, same parts by id, items, links,
// numbers). Each failure names the file and the JSON path.
import Ajv, { type ErrorObject } from 'ajv';
import { parse as parseTolerantly, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { findProblems, type DocumentSpec } from '../src/core/validate.js';
import type { DocumentKind } from '../src/core/content-types.js';
import { jsonPath, validate } from '../src/core/schema/schema.js';
import { href as hrefSchema } from '../src/core/schema/rich-text.js';
import { contentStoreDefaults } from '../src/core/content-store-options.js';
import { documentSpecs, locales } from './documents.js';

/** What `checkContent` found: one line per failure (file, JSON path, message), and the documents that passed. */
export interface ContentCheck {
  failures: string[];
  validDocuments: number;
}

/** Adds a failure: the file, the JSON path, the message. */
type Fail = (file: string, path: string, message: string) => void;

/**
 * Checks the content under `root` (a folder per locale): what `npm run content:check` prints, as data.
 * A function, not only a command, so that its tests run a hundred checks in one process.
 */
export function checkContent(root: string): ContentCheck {
  const failures: string[] = [];
  const fail: Fail = (file, path, message) => void failures.push(`${file}: ${path}: ${message}`);
  const parsed = readDocuments(root, failures, fail);
  compareLocales(root, parsed, fail);
  checkRetentionPeriods(root, parsed, failures, fail);
  return { failures, validDocuments: parsed.size };
}

/** The line `npm run content:check` ends with. */
export const summaryOf = ({ failures, validDocuments }: ContentCheck) =>
  failures.length === 0 ? `content: ${validDocuments} documents valid, locales agree` : `content: ${failures.length} ${failures.length === 1 ? 'problem' : 'problems'}`;

// The published JSON Schemas must accept what the kit accepts: validate with them too.
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
const publishedSchemas = new Map(
  documentSpecs.map((spec) => [spec.kind, ajv.compile(JSON.parse(readFileSync(`content/schema/${spec.kind}.schema.json`, 'utf8')))]),
);
const publishedFaq = JSON.parse(readFileSync('content/schema/faq.schema.json', 'utf8'));
/** The published link target pattern, which refuses a target without a host too (build-schemas.ts). */
const publishedHref = new RegExp(publishedFaq.$defs.href.pattern, 'u');
/** The published message for a date, which also refuses a day its month has not (build-schemas.ts). */
const publishedDateMessage: string = publishedFaq.properties.updated.patternErrorMessage;

/**
 * Why a document's `$schema` does not lead an editor to the kit's schema of its kind, if it does not.
 * VS Code resolves it against the document's folder and reads the file: the kit's content/ has the
 * schemas beside its locale folders, and a provider's folder of its own either has a copy there
 * ("../schema/faq.schema.json") or names the kit's where they are (the package's
 * dist/content/schema/). The string alone passed without a file behind it, and VS Code checked nothing.
 */
function misleadingSchemaRef(root: string, file: string, kind: string, ref: unknown): string | undefined {
  const expected = `../schema/${kind}.schema.json`;
  const kitSchema = JSON.stringify(JSON.parse(readFileSync(`content/schema/${kind}.schema.json`, 'utf8')));
  const isKitSchema = (path: string) => {
    try {
      return JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))) === kitSchema;
    } catch {
      return false;
    }
  };
  const path = typeof ref === 'string' && !/^[A-Za-z][\w+.-]*:/.test(ref) ? resolve(dirname(file), ref) : undefined;
  const ofKind = path !== undefined && basename(path) === `${kind}.schema.json`;
  if (ofKind && isKitSchema(path)) return undefined;
  // Another kind's schema, a URL, a slip in a path where the copy is in place: the usual path.
  if (!ofKind || isKitSchema(resolve(dirname(file), expected))) return `should be "${expected}" so editors can help`;
  const copy = `copy the kit's schemas (content/schema/, dist/content/schema/ in its package) to ${join(root, 'schema')}/ so editors can help`;
  return existsSync(path) ? `"${ref}" is not the kit's ${kind} schema (an older copy?): ${copy}` : `"${ref}" is no file: ${copy}`;
}

/** What each kind of JSON syntax error (jsonc-parser's codes) means to a person editing the file. */
const syntaxErrors: Record<string, string> = {
  PropertyNameExpected: 'a property name is expected (JSON allows no comma before } or ])',
  ValueExpected: 'a value is expected (JSON allows no comma before } or ])',
  InvalidSymbol: 'an unexpected character (JSON strings take double quotes; true, false and null are lower case)',
  InvalidNumberFormat: 'a malformed number',
  ColonExpected: 'a colon is expected after the property name',
  CommaExpected: 'a comma is expected between two items',
  CloseBraceExpected: 'a } is expected',
  CloseBracketExpected: 'a ] is expected',
  EndOfFileExpected: 'nothing may follow the document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'an invalid escape in a string',
  InvalidCharacter: 'a control character in a string (write it as an escape, such as \\n)',
};

/**
 * Where and what a JSON syntax error is, as "file:line:column" and one line of message. JSON.parse's
 * own messages depend on the engine, sometimes give no position, and quote the file over several
 * lines; jsonc-parser (comments and trailing commas refused) names the first error and its offset.
 */
function describeSyntaxError(file: string, text: string, parseError: Error): { where: string; message: string } {
  const errors: ParseError[] = [];
  parseTolerantly(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  if (!first) return { where: file, message: parseError.message.replace(/\s+/g, ' ') };
  const before = text.slice(0, first.offset).split('\n');
  const code = printParseErrorCode(first.error);
  return { where: `${file}:${before.length}:${before.at(-1)!.length + 1}`, message: slipAt(text, first.offset) ?? syntaxErrors[code] ?? code };
}

/** Quotes that a word processor types in place of JSON's own (a Chinese input method's full-width forms are told by their code). */
const lookalikes: Record<string, string> = { '“': '"', '”': '"' };

/** Spaces that look like JSON's own, by the names an editor's character inspector gives them. */
const spaceNames: Record<string, string> = { '\u3000': 'an ideographic (full-width) space', '\u00A0': 'a no-break space' };

/**
 * Slips whose generic message ("an unexpected character … double quotes") misleads: punctuation,
 * digits and spaces that only look like JSON's (a Chinese input method types "９０", "，" and U+3000),
 * invisible characters, and a quote typed inside a text, which ends the text there (the parser then
 * stumbles on the next word).
 */
function slipAt(text: string, offset: number): string | undefined {
  const char = text[offset] ?? '';
  // First: a letter or digit right after a closing quote is text cut there ("保留"９０"天"), whatever
  // its width; JSON has no place for one after a string.
  if (/[\p{L}\p{N}]/u.test(char) && text.slice(0, offset).trimEnd().endsWith('"')) return 'a text ends at the " before this: a quote inside text is written \\"';
  const code = char.codePointAt(0) ?? 0;
  const unicode = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  // Full-width forms (U+FF01 to U+FF5E) are their ASCII character by compatibility.
  const meant = lookalikes[char] ?? (code >= 0xff01 && code <= 0xff5e ? char.normalize('NFKC') : undefined);
  if (meant) return `${code >= 0xff00 ? 'a full-width' : 'a typographic'} "${char}" (${unicode}) where JSON needs "${meant}"`;
  if (/\p{Zs}/u.test(char)) return `${spaceNames[char] ?? 'a space other than an ordinary one'} (${unicode}) where JSON needs an ordinary space`;
  if (/[\u200B-\u200D\u2060\uFEFF]/.test(char)) return `an invisible character (${unicode}): delete it`;
  return undefined;
}

/** Keys given twice in one object: JSON.parse keeps the last silently, so the first is lost. */
function duplicateKeys(file: string, text: string): string[] {
  const found: string[] = [];
  const open: Set<string>[] = [];
  visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (key, _offset, _length, line, column, pathOf) => {
      const keys = open.at(-1)!;
      if (keys.has(key)) found.push(`${file}:${line + 1}:${column + 1}: ${jsonPath([...pathOf(), key])}: "${key}" is given twice in this object, and JSON keeps only the last`);
      keys.add(key);
    },
  });
  return found;
}

/** What an id names, by the list its part is in, where that part is no link target. */
const UNLINKABLE: Record<string, string> = { regions: 'a region', phases: 'a phase', exceptions: 'an exception', pages: 'a page', linkGroups: 'a link group' };

/**
 * Links to `#id` inside a document whose parts have no such id (an FAQ entry, a section). Ids need
 * no percent-encoding (src/core/schema/rich-text.ts), so the fragment is compared as written. Only
 * FAQ entries and policy sections and subsections are targets: their widgets find the id in their
 * shadow roots. A region, phase, exception, page or link group has no element by its id.
 */
function danglingAnchors(document: unknown): { path: string; message: string }[] {
  const ids = new Set<string>();
  const unlinkable = new Map<string, string>();
  const anchors: { path: (string | number)[]; href: string }[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) return value.forEach((item, index) => walk(item, [...path, index]));
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const list = path.at(-2) as string;
    if (typeof record.id === 'string') {
      if (Object.hasOwn(UNLINKABLE, list)) unlinkable.set(record.id, UNLINKABLE[list]);
      else ids.add(record.id);
    }
    if (record.type === 'link' && typeof record.href === 'string' && record.href.startsWith('#')) anchors.push({ path: [...path, 'href'], href: record.href });
    for (const [key, item] of Object.entries(record)) walk(item, [...path, key]);
  };
  walk(document, []);
  return anchors
    .filter(({ href }) => !ids.has(href.slice(1)))
    .map(({ path, href }) => {
      const part = unlinkable.get(href.slice(1));
      const message = part ? `names ${part}: only FAQ entries and policy sections and subsections are link targets` : 'links to no id of this document';
      return { path: jsonPath(path), message: `${JSON.stringify(href)} ${message}` };
    });
}

/**
 * The widgets' message for text of white space alone is "must not be empty", which a space is not;
 * the editor's schema says "must contain visible text", as for invisible characters. Say that, and,
 * for a space written as a part of its own between two parts of a run ("no replication" in a strong
 * and an em), where it goes instead: inside a part beside it.
 */
function explainBlankText(document: unknown, problems: { path: string; message: string }[]): void {
  const blank = new Map<string, string>();
  // (Not isRecord, below: this runs before the declarations further down.)
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  const part = (item: unknown, space: 'before' | 'after'): string | undefined => {
    const add = (text: string) => (space === 'after' ? `${text} ` : ` ${text}`);
    if (typeof item === 'string') return JSON.stringify(add(item));
    if (!isObject(item) || typeof item.text !== 'string') return undefined;
    return `{"type": ${JSON.stringify(item.type)}, "text": ${JSON.stringify(add(item.text))}${item.type === 'link' ? ', …' : ''}}`;
  };
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'string' && item !== '' && item.trim() === '') {
          const [before, after] = [value[index - 1], value[index + 1]];
          // Beside the part before it, unless that is a link, whose underline would take the space.
          const beside = before === undefined || (isObject(before) && before.type === 'link' && after !== undefined) ? part(after, 'before') : part(before, 'after');
          // Only in a run of text with a link or emphasis: a list of services is no run.
          const run = value.some((other) => isObject(other) && typeof other.type === 'string');
          blank.set(jsonPath([...path, index]), run && beside ? `: a space between two parts goes inside one of them (${beside})` : '');
        } else walk(item, [...path, index]);
      });
      return;
    }
    if (!isObject(value)) return;
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && item !== '' && item.trim() === '') blank.set(jsonPath([...path, key]), '');
      else walk(item, [...path, key]);
    }
  };
  walk(document, []);
  for (const problem of problems) {
    if (problem.message === 'must not be empty' && blank.has(problem.path)) problem.message = `must contain visible text${blank.get(problem.path)}`;
  }
}

/**
 * The widgets' one message for a refused link target asks for "a complete URL without spaces". A
 * target that is one, by the published pattern, was refused by the URL parser: say that, at the same
 * path. One without a host ("https://") is no complete URL, by the published pattern (as VS Code
 * says): its message stands. An address typed not quite right (src/core/schema/rich-text.ts, and
 * for the published pattern alone scripts/build-schemas.ts) looks like a complete URL to its editor:
 * say what is wrong with it, and how to write a file of that name.
 */
function explainUnparsableTargets(document: unknown, problems: { path: string; message: string }[]): void {
  const { message } = hrefSchema as { message: string };
  const targets = new Map<string, string>();
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) return value.forEach((item, index) => walk(item, [...path, index]));
    if (typeof value !== 'object' || value === null) return;
    for (const [key, item] of Object.entries(value)) {
      if (key === 'href' && typeof item === 'string') targets.set(jsonPath([...path, key]), item);
      walk(item, [...path, key]);
    }
  };
  walk(document, []);
  for (const problem of problems) {
    const target = targets.get(problem.path);
    if (problem.message !== message || target === undefined) continue;
    const scheme = /^([A-Za-z][\w+.-]*)\uFF1A/.exec(target)?.[1];
    const address = scheme === undefined ? `https://${target}` : target.replace('\uFF1A', ':');
    const asFile = `./${target}`;
    // "https//…" (its colon left out, or "https;//…" with a key near it instead), "https:/…" or
    // "https:…" (fewer than two slashes): an address to its editor, a page of the current site to
    // the URL parser; the published pattern refuses it.
    const mistyped = /^(https?)(?:([;.,]?)([/\\]{2,})|:([/\\]?)(?![/\\]))/i.exec(target);
    const typedAddress = mistyped ? `${mistyped[1]}://${target.slice(mistyped[0].length)}` : '';
    // Only a way of writing it that passes, not a second mistake: a space in it, which the pattern
    // refuses, or a port above 65535, which the pattern takes and the URL parser, as the widgets ask
    // it, refuses ("https//example.com:99999" was told to write "https://example.com:99999").
    const passes = (fixed: string) => publishedHref.test(fixed) && validate(hrefSchema, fixed).length === 0;
    // An address with a second mistake is not taken for a file's name ("./https：//…") either.
    const webScheme = scheme !== undefined && /^(?:https?|mailto)$/i.test(scheme);
    if (publishedHref.test(target)) {
      problem.message = 'link target not allowed: no browser can open it (is the port at most 65535? are the host and any % escapes well formed?)';
    } else if (webScheme && passes(address)) {
      problem.message = `link target not allowed: a full-width "：" (U+FF1A) after "${scheme}": write "${address}"`;
    } else if (scheme !== undefined && !webScheme && passes(asFile)) {
      // "ISO27001：2013.pdf": to the URL parser a file, to the pattern a scheme typed as in "https：".
      problem.message = `link target not allowed: "${scheme}：" reads as a scheme typed with a full-width colon: for a file of that name, write "${asFile}"`;
    } else if (/^www\./i.test(target) && passes(address) && passes(asFile)) {
      problem.message = `link target not allowed: "${target}" opens a page under the current one: write "${address}" (or, for a file of that name, "${asFile}")`;
    } else if (mistyped && passes(typedAddress)) {
      const [, typedScheme, typedInstead, noColon, slash] = mistyped;
      problem.message =
        noColon !== undefined
          ? `link target not allowed: "${target}" opens a page under the current one (${typedInstead ? `"${typedInstead}" where ":" goes` : 'no ":"'} after "${typedScheme}"): write "${typedAddress}"`
          : `link target not allowed: "${target}" can open a page of the current site (${slash ? `one "${slash}"` : 'no "/"'} after "${typedScheme}:"): write "${typedAddress}"`;
    }
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The published schema's message for a date no calendar has ("2015-02-30") asks for "a day its month
 * has": say which day is not there, and how many days that month has in that year.
 */
function explainImpossibleDates(document: unknown, problems: { path: string; message: string }[]): void {
  const values = new Map<string, string>();
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') values.set(jsonPath(path), value);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(document, []);
  for (const problem of problems) {
    const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.get(problem.path) ?? '') ?? [];
    if (problem.message !== publishedDateMessage || day === undefined || Number(month) < 1 || Number(month) > 12) continue;
    // Day 0 of the next month is the last of this one. setUTCFullYear, not Date.UTC, which reads
    // the years 0 to 99 as 1900 to 1999.
    const last = new Date(0);
    last.setUTCFullYear(Number(year), Number(month), 0);
    const days = last.getUTCDate();
    if (Number(day) > days) problem.message = `there is no ${year}-${month}-${day}: ${MONTHS[Number(month) - 1]} ${Number(year)} has ${days} days`;
  }
}

/** The file's text, or why it is not UTF-8 text (an editor's "Unicode" is often UTF-16). */
function readUtf8(file: string): { text: string; bytes: number } | { problem: string } {
  const bytes = readFileSync(file);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length > 1 && (bytes[0] === 0 || bytes[1] === 0));
  if (utf16) return { problem: 'the file is UTF-16 text: save it as UTF-8' };
  try {
    // A byte order mark is allowed, as the widgets allow it (fetch's text() drops it).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), bytes: bytes.length };
  } catch {
    return { problem: 'the file is not UTF-8 text: save it as UTF-8' };
  }
}

/**
 * What the published schema (stricter than the widgets on a few points, see build-schemas.ts) says,
 * as the widgets' problems read: a JSON path, and the message an editor shows. One problem per
 * place: a value that no option of a union takes is reported by the option of its own type.
 */
function publishedSchemaProblems(errors: ErrorObject[]): Map<string, string> {
  const problems = new Map<string, { message: string; wrongType: boolean }>();
  // A part of a run that is an object, with a mistake inside (a link's invisible text), also fails
  // the plain-text option of the union: "must be string" at the part itself. The mistake inside is
  // the one to name, as VS Code does.
  const inside = (error: ErrorObject) => errors.some((other) => other.instancePath.startsWith(`${error.instancePath}/`));
  for (const error of errors) {
    if (['anyOf', 'if', 'allOf'].includes(error.keyword)) continue;
    if (error.keyword === 'type' && inside(error)) continue;
    const { missingProperty, additionalProperty } = error.params as { missingProperty?: string; additionalProperty?: string };
    const keys = error.instancePath.split('/').slice(1).map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
    // The widgets' path for a missing or unknown property ends in its name; ajv's, at its object.
    const path = jsonPath([...keys.map((key) => (/^\d+$/.test(key) ? Number(key) : key)), ...[missingProperty ?? additionalProperty ?? []].flat()]);
    const message =
      (error.keyword === 'pattern' && (error.parentSchema as { patternErrorMessage?: string } | undefined)?.patternErrorMessage) ||
      (missingProperty && `missing required property "${missingProperty}"`) ||
      (additionalProperty && `unknown property "${additionalProperty}"`) ||
      error.message!;
    const wrongType = error.keyword === 'type';
    if (!problems.has(path) || (problems.get(path)!.wrongType && !wrongType)) problems.set(path, { message, wrongType });
  }
  return new Map([...problems].map(([path, { message }]) => [path, message]));
}

/** Reads and validates each locale's documents; returns those that passed, by file, to compare. */
function readDocuments(root: string, failures: string[], fail: Fail): Map<string, unknown> {
  const parsed = new Map<string, unknown>();
  for (const locale of locales) {
    const dir = join(root, locale);
    const expected = new Set(documentSpecs.map((spec) => `${spec.kind}.json`));
    // Not hidden files and folders (Finder's .DS_Store, an editor's .vscode), which no widget asks
    // for and an editor may not see; a stray file is (faqs.json, a copy), as the widgets never load it.
    for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      if (entry.isFile() && !entry.name.startsWith('.') && !expected.has(entry.name)) {
        fail(join(dir, entry.name), '$', 'not a known document kind (expected one of ' + [...expected].join(', ') + ')');
      }
    }
    for (const spec of documentSpecs) {
      const file = join(dir, `${spec.kind}.json`);
      if (!existsSync(file)) {
        fail(file, '$', `missing: every locale needs every document`);
        continue;
      }
      let data: unknown;
      const read = readUtf8(file);
      if ('problem' in read) {
        fail(file, '$', read.problem);
        continue;
      }
      // The widgets count the bytes they receive; a page may raise the limit, but the kit's own
      // content (and most pages) keep it.
      const { maxBytes } = contentStoreDefaults;
      if (read.bytes > maxBytes) {
        fail(file, '$', `${read.bytes} bytes: widgets refuse a document over ${maxBytes} bytes (1 MiB) unless the page raises the limit with configureContentStore({maxBytes})`);
      }
      if (read.text.trim() === '') {
        fail(file, '$', 'the file is empty');
        continue;
      }
      try {
        data = JSON.parse(read.text);
      } catch (error) {
        const { where, message } = describeSyntaxError(file, read.text, error as Error);
        fail(where, '$', `invalid JSON: ${message}`);
        continue;
      }
      failures.push(...duplicateKeys(file, read.text));
      const problems = findProblems(spec as DocumentSpec<DocumentKind>, data);
      if (problems.length === 0) problems.push(...danglingAnchors(data));
      const published = publishedSchemas.get(spec.kind)!;
      // A document that fails the published schema is not compared either: its one slip, once.
      if (problems.length === 0 && !published(data)) {
        for (const [path, message] of publishedSchemaProblems(published.errors ?? [])) problems.push({ path, message });
      }
      explainUnparsableTargets(data, problems);
      explainBlankText(data, problems);
      explainImpossibleDates(data, problems);
      for (const problem of problems) fail(file, problem.path, problem.message);
      // (A document that is not an object at all, a list included, has been told so.)
      const schemaMistake = data !== null && typeof data === 'object' && !Array.isArray(data) ? misleadingSchemaRef(root, file, spec.kind, (data as { $schema?: unknown }).$schema) : undefined;
      if (schemaMistake) fail(file, '$.$schema', schemaMistake);
      // A document copied from the other folder keeps its lang: the widgets would mark it wrongly.
      const lang = data !== null && typeof data === 'object' ? (data as { lang?: unknown }).lang : undefined;
      if (problems.length === 0 && lang !== undefined && lang !== locale) fail(file, '$.lang', `says "${String(lang)}", but the document is in the ${locale} folder`);
      if (problems.length === 0) parsed.set(file, data);
    }
  }
  return parsed;
}

/*
 * What must be the same in every locale: the shape of each document (a fact dropped from a
 * translation is a missing item or key), ids, numbers, flags, references and link targets. Text
 * may differ, and so may how a translated sentence splits into runs; its links and emphasis not.
 * Parts with ids are matched by id, so one entry deleted is one problem, not one per entry after it.
 */
const SAME_STRINGS = new Set(['kind', 'type', 'id', 'href', 'replicationPartner', 'sidebar', 'updated', 'locale']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isRecord = (value: Json | undefined): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: Json | undefined) => (isRecord(value) && typeof value.id === 'string' ? value.id : undefined);
/** A value as JSON, at most 80 characters: a longer one is cut, and the cut is marked with an ellipsis. */
const describe = (value: Json | undefined) => {
  if (value === undefined) return 'nothing';
  // Counted in characters, not UTF-16 units: an emoji or a rare Han character is never cut in half.
  const characters = [...JSON.stringify(value)];
  return characters.length > 80 ? `${characters.slice(0, 79).join('')}…` : characters.join('');
};
const isInline = (item: Json) => isRecord(item) && ['strong', 'em', 'link'].includes(item.type as string);
/** A run of rich text with inline elements (one of plain strings is compared item by item). */
const isRun = (value: Json[]) => value.some(isInline) && value.every((item) => typeof item === 'string' || isInline(item));
/**
 * The numbers written in a text ("90 days", "24 hours", "4,000"), which a translation keeps however
 * it words them: a set, as a translation may say one twice or in another order. Full-width digits
 * count as digits, but a full-width comma separates (Chinese writes "80，443" for "80, 443", and
 * groups thousands with ","). A translation may write more numbers than its reference ("December
 * 2025" is "2025 年 12 月"), not fewer. In the reference, digits inside a word ("21Vianet", "3rd",
 * "v4.0") are a name, not a number; in the translation, a number is one even against a word, as
 * Chinese often writes a unit ("10GB" for "10 GB", "TLS1.2" for "TLS 1.2").
 */
const numbersIn = (texts: string[], inTranslation = false) =>
  [
    ...new Set(
      texts.flatMap((text) =>
        [...text.replace(/，/g, '、').normalize('NFKC').matchAll(inTranslation ? /\d+(?:,\d{3})*(?:\.\d+)?/g : /(?<![A-Za-z\d.])\d+(?:,\d{3})*(?:\.\d+)?(?![A-Za-z\d])/g)].map(([number]) =>
          number.replace(/,/g, ''),
        ),
      ),
    ),
  ].sort();
function compareNumbers(expected: string[], actual: string[], path: string, report: (path: string, message: string) => void): void {
  const [want, got] = [numbersIn(expected), numbersIn(actual, true)];
  if (want.some((number) => !got.includes(number))) report(path, `its numbers differ: ${got.join(', ') || 'none'} here, ${want.join(', ') || 'none'} in the reference: one of them is wrong`);
}

/**
 * A link target with its language left out: a translation may link to its own language's version of
 * a page where the address names the language as a part of its own (`/en-us/` and `/zh-cn/`,
 * `en.example.com` and `zh.example.com`, `?lang=en` and `?lang=zh-CN`). Any other difference is one
 * of them linking somewhere else.
 */
const withoutLanguage = (href: Json | undefined) =>
  typeof href === 'string' ? href.replace(/(?<=^|[/.=])(?:en(?:[-_](?:us|gb))?|zh(?:[-_](?:cn|hans(?:[-_]cn)?))?)(?=[/?#&.]|$)/gi, '{language}') : href;

/** What of a run must survive translation: its links and emphasis, in order. */
const runMarks = (run: Json[], target: (href: Json | undefined) => Json | undefined = (href) => href) =>
  run.filter(isRecord).map((inline) => (inline.type === 'link' ? `link to ${target(inline.href)}` : String(inline.type)));

function compare(expected: Json | undefined, actual: Json | undefined, path: string, key: string, report: (path: string, message: string) => void): void {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (isRun(expected) || isRun(actual)) {
      const [want, got] = [runMarks(expected), runMarks(actual)];
      if (JSON.stringify(runMarks(expected, withoutLanguage)) !== JSON.stringify(runMarks(actual, withoutLanguage))) {
        report(path, `its links and emphasis differ: expected [${want.join(', ')}], found [${got.join(', ')}]`);
      }
      // A translation splits a sentence around its links in its own way, and may link other words
      // of it ("NIST 800-88 [介质清理指南]" for "[NIST 800-88 Guidelines for Media Sanitization]"):
      // the numbers of the run's text as a whole, its links' and emphasis' text included.
      const texts = (run: Json[]) => run.map((item) => (typeof item === 'string' ? item : isRecord(item) && typeof item.text === 'string' ? item.text : ''));
      compareNumbers(texts(expected), texts(actual), path, report);
      // The nth inline of one run is compared with the nth of the other, at its own index: all but
      // its text, whose numbers count with the run's. Only when they are the same kinds in the same
      // order: after an emphasis dropped, a link paired with the English emphasis was reported as
      // a wrong type and an href "not in the reference", when the line above says what differs.
      const kinds = (run: Json[]) => run.filter(isRecord).map((inline) => inline.type).join();
      if (kinds(expected) !== kinds(actual)) return;
      const withoutText = ({ text: _text, ...inline }: { [key: string]: Json }) => inline;
      const actualInlines = actual.flatMap((item, index) => (isRecord(item) ? [[item, index] as const] : []));
      expected.filter(isRecord).forEach((inline, n) => {
        const [match, index] = actualInlines[n] ?? [];
        if (match) compare(withoutText(inline), withoutText(match), `${path}[${index}]`, '', report);
      });
      return;
    }
    const ids = expected.map(idOf);
    if (ids.length > 0 && ids.every(Boolean) && actual.every(idOf)) {
      const byId = new Map(actual.map((item, index) => [idOf(item)!, index]));
      expected.forEach((item, index) => {
        const match = byId.get(idOf(item)!);
        if (match === undefined) report(`${path}[${index}]`, `missing: the part with id "${idOf(item)}"`);
        else compare(item, actual[match], `${path}[${match}]`, '', report);
      });
      const known = new Set(ids);
      actual.forEach((item, index) => known.has(idOf(item)!) || report(`${path}[${index}]`, `not in the reference: the part with id "${idOf(item)}"`));
      const order = actual.map(idOf).filter((id) => known.has(id));
      const expectedOrder = ids.filter((id) => byId.has(id!));
      if (order.join() !== expectedOrder.join()) report(path, `in another order: expected ${expectedOrder.join(', ')}`);
      return;
    }
    if (expected.length !== actual.length) {
      report(path, `has ${actual.length} items, the reference ${expected.length}: every locale lists the same items`);
      return;
    }
    expected.forEach((item, index) => compare(item, actual[index], `${path}[${index}]`, key, report));
    return;
  }
  if (isRecord(expected) && isRecord(actual)) {
    for (const [name, value] of Object.entries(expected)) {
      if (!(name in actual)) report(`${path}.${name}`, `missing, the reference has ${describe(value)}`);
      else compare(value, actual[name], `${path}.${name}`, name, report);
    }
    for (const name of Object.keys(actual)) if (!(name in expected)) report(`${path}.${name}`, `not in the reference: ${describe(actual[name])}`);
    return;
  }
  const mustMatch = typeof expected !== 'string' || SAME_STRINGS.has(key);
  if (!mustMatch && typeof actual === 'string') compareNumbers([expected], [actual], path, report);
  const same = key === 'href' ? withoutLanguage(expected) === withoutLanguage(actual) : JSON.stringify(expected) === JSON.stringify(actual);
  if (mustMatch && !same) report(path, `${describe(actual)} here, ${describe(expected)} in the reference: one of them is wrong`);
}

/**
 * What of a document is its own, not its locale's to match: its lang (the folder's, checked with the
 * document) and its $schema (misleadingSchemaRef checks each file's: two right ones may name the
 * kit's schema by different paths, and a missing one is told there, once).
 */
const withoutOwnKeys = (document: Json): Json => {
  if (!isRecord(document)) return document;
  const { lang: _lang, $schema: _schema, ...rest } = document;
  return rest;
};

/** Compares each translation with the reference locale's document of its kind. */
function compareLocales(root: string, parsed: Map<string, unknown>, fail: Fail): void {
  const [reference, ...others] = locales;
  for (const spec of documentSpecs) {
    const referenceFile = join(root, reference, `${spec.kind}.json`);
    const referenceDocument = parsed.get(referenceFile) as Json | undefined;
    if (referenceDocument === undefined) continue;
    for (const locale of others) {
      const file = join(root, locale, `${spec.kind}.json`);
      const document = parsed.get(file) as Json | undefined;
      if (document === undefined) continue;
      const report = (path: string, message: string) => fail(file, path, `${message} (reference: ${referenceFile})`);
      // lang is each folder's own (checked above): a translation without it is told its own locale,
      // not the reference's "en", which the folder check would then refuse.
      if (isRecord(referenceDocument) && isRecord(document) && 'lang' in referenceDocument && !('lang' in document)) {
        report('$.lang', `missing: "lang": "${locale}" says what the document is written in, as the reference's says its own`);
      }
      compare(withoutOwnKeys(referenceDocument), withoutOwnKeys(document), '$', '', report);
    }
  }
}

/*
 * A text that names the retention period with a number of days ("for 90 days (the retention
 * period)", "90 天保留期") says what retentionPeriodDays says, in the retention policy and in the
 * documents beside it (the privacy policy's summary). The locales are compared with each other, not
 * a text with its number: a period changed in retentionPeriodDays and the phases of every locale
 * passed while the texts kept the old one, and the timeline showed both.
 * A text passes when one of its numbers of days is the period: the same text may give other spans
 * ("deleted within 30 days after the retention period"). An exception with a retentionDays of its
 * own may give that one instead ("a 30-day retention period applies to trials").
 */
// "90 days", "90-day", "90 calendar days", "90 天", "90 日", "90 个自然日"; not a date's day ("3 月 31 日").
const daysIn = (text: string) =>
  [...text.matchAll(/(?<![\d.,]|第\s*|月\s*)(\d+)(?:[ \u00a0-]?(?:(?:calendar|business|working)[ \u00a0-])?days?\b|\s*个?(?:自然|工作|日历)?[天日])/gi)].map(([, days]) => Number(days));
// "Without any retention period", "不提供任何保留期" (an exception deleted at once) names no period:
// its other numbers of days ("deleted within 7 days") are no length of it.
const namesRetentionPeriod = (text: string) =>
  /retention period|保留期/i.test(text.replace(/\b(?:without|no)\s+(?:any\s+)?retention period|(?:不提供|没有|无)(?:任何)?保留期/gi, ''));
/*
 * Days counted from the period are not its length, and need not come with it: "within 30 days after
 * the retention period ends", "after the retention period ends, … within 30 days", "7 days before
 * the end of the retention period", "保留期结束后 30 天内", "保留期届满前 7 天" (a day of it, "第 60 天",
 * is not a length either). Left out before the days are counted; a number given as the period ("the
 * 90-day retention period", "the retention period of 90 days", "90 天保留期") still counts.
 */
const countedFromPeriod = [
  /\d+[ \u00a0-]?(?:(?:calendar|business|working)[ \u00a0-])?days?\s+(?:(?:after|before|following|past|beyond|into|from)\s+(?:the\s+(?:end|start)\s+of\s+)?|of\s+the\s+(?:end|start)\s+of\s+)(?:(?:the|this|that|your)\s+)?retention period/gi,
  /\b(?:after|following|once|when|at\s+the\s+end\s+of)\s+(?:the|this|that|your)\s+retention period\b(?!\s*(?:of\b|is\b|lasts\b|[(:]))[^.;!?]*/gi,
  /保留期(?:结束|届满|期满|满|到期)(?:之)?[后前]?[^。；！？\d]{0,20}\d+\s*个?(?:自然|工作|日历)?[天日]/g,
];
const withoutDaysFromPeriod = (text: string) => countedFromPeriod.reduce((rest, span) => rest.replace(span, ' '), text);
/** Checks that every text naming the retention period gives its number of days. */
function checkRetentionPeriods(root: string, parsed: Map<string, unknown>, failures: string[], fail: Fail): void {
  for (const locale of locales) {
    const policyFile = join(root, locale, 'retention-policy.json');
    const period = (parsed.get(policyFile) as { retentionPeriodDays?: unknown } | undefined)?.retentionPeriodDays;
    if (typeof period !== 'number') continue;
    for (const spec of documentSpecs) {
      const file = join(root, locale, `${spec.kind}.json`);
      const where = file === policyFile ? '$.retentionPeriodDays' : `retentionPeriodDays in ${policyFile}`;
      const checkText = (text: string, path: string, ownPeriod: unknown) => {
        // A translation's number that differs from the reference's has been told so, at this path.
        if (!namesRetentionPeriod(text) || failures.some((failure) => failure.startsWith(`${file}: ${path}: `))) return;
        const days = [...new Set(daysIn(withoutDaysFromPeriod(text)))];
        if (days.length === 0 || days.includes(period) || days.includes(ownPeriod as number)) return;
        fail(file, path, `says ${days.join(' and ')} ${days.length === 1 && days[0] === 1 ? 'day' : 'days'} of the retention period, but it is ${period} days (${where}): one of them is wrong`);
      };
      const walk = (value: Json | undefined, path: string, ownPeriod?: unknown): void => {
        if (typeof value === 'string') checkText(value, path, ownPeriod);
        else if (Array.isArray(value) && isRun(value)) {
          checkText(value.map((item) => (typeof item === 'string' ? item : isRecord(item) && typeof item.text === 'string' ? item.text : '')).join(''), path, ownPeriod);
        } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, ownPeriod));
        else if (isRecord(value)) {
          for (const [key, item] of Object.entries(value)) if (!SAME_STRINGS.has(key)) walk(item, `${path}.${key}`, value.retentionDays ?? ownPeriod);
        }
      };
      if (parsed.has(file)) walk(parsed.get(file) as Json, '$');
    }
  }
}
