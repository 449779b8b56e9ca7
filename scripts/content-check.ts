// npm run content:check [-- --root DIR]: validates every content document against its schema and
// checks that the locales agree (same documents, same ids, same links and numbers). Each failure
// names the file and the JSON path, one per line; the exit code is the number of failures (max 1).
import Ajv from 'ajv';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProblems, type DocumentSpec } from '../src/core/validate.js';
import { documentSpecs, locales } from './documents.js';

const rootIndex = process.argv.indexOf('--root');
const root = rootIndex > 0 ? process.argv[rootIndex + 1] : 'content';
const failures: string[] = [];
const fail = (file: string, path: string, message: string) => failures.push(`${file}: ${path}: ${message}`);

// The published JSON Schemas must accept what the kit accepts: validate with them too.
const ajv = new Ajv({ allErrors: true, strict: false });
const publishedSchemas = new Map(
  documentSpecs.map((spec) => [spec.kind, ajv.compile(JSON.parse(readFileSync(`content/schema/${spec.kind}.schema.json`, 'utf8')))]),
);

const parsed = new Map<string, unknown>();
for (const locale of locales) {
  const dir = join(root, locale);
  const expected = new Set(documentSpecs.map((spec) => `${spec.kind}.json`));
  for (const file of existsSync(dir) ? readdirSync(dir) : []) {
    if (!expected.has(file)) fail(join(dir, file), '$', 'not a known document kind (expected one of ' + [...expected].join(', ') + ')');
  }
  for (const spec of documentSpecs) {
    const file = join(dir, `${spec.kind}.json`);
    if (!existsSync(file)) {
      fail(file, '$', `missing: every locale needs every document`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      fail(file, '$', `invalid JSON: ${(error as Error).message}`);
      continue;
    }
    const problems = findProblems(spec as DocumentSpec<never>, data);
    for (const problem of problems) fail(file, problem.path, problem.message);
    const published = publishedSchemas.get(spec.kind)!;
    if (problems.length === 0 && !published(data)) {
      for (const error of published.errors ?? []) fail(file, error.instancePath || '/', `published schema: ${error.message}`);
    }
    const schemaRef = (data as { $schema?: unknown }).$schema;
    if (schemaRef !== `../schema/${spec.kind}.schema.json`) fail(file, '$.$schema', `should be "../schema/${spec.kind}.schema.json" so editors can help`);
    if (problems.length === 0) parsed.set(file, data);
  }
}

/** What must be the same in every locale: ids, and the non-text values of each identified part. */
function fingerprint(document: unknown): Map<string, string> {
  const facts = new Map<string, string>();
  const hrefs: string[] = [];
  const visit = (value: unknown, path: string, owner: string): void => {
    if (Array.isArray(value)) return value.forEach((item, index) => visit(item, `${path}[${index}]`, owner));
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const id = typeof record.id === 'string' ? record.id : undefined;
    const here = id ? `#${id}` : owner;
    if (id) facts.set(`#${id}`, `id "${id}" at ${path}`);
    for (const [key, child] of Object.entries(record)) {
      if (key === 'href') hrefs.push(String(child));
      else if (typeof child === 'number' || typeof child === 'boolean') facts.set(`${here}.${key}`, `${key} = ${child}`);
      else if (key === 'replicationPartner' || key === 'sidebar' || key === 'kind' || key === 'type') {
        if (key !== 'type') facts.set(`${here}.${key}`, `${key} = ${JSON.stringify(child)}`);
      }
      visit(child, `${path}.${key}`, here);
    }
  };
  visit(document, '$', '$');
  facts.set('links', `link targets ${JSON.stringify(hrefs.sort())}`);
  return facts;
}

const [reference, ...others] = locales;
for (const spec of documentSpecs) {
  const referenceFile = join(root, reference, `${spec.kind}.json`);
  const referenceDocument = parsed.get(referenceFile);
  if (!referenceDocument) continue;
  const expected = fingerprint(referenceDocument);
  for (const locale of others) {
    const file = join(root, locale, `${spec.kind}.json`);
    const document = parsed.get(file);
    if (!document) continue;
    const actual = fingerprint(document);
    for (const [key, value] of expected) {
      if (actual.get(key) !== value) fail(file, key, `differs from ${referenceFile}: expected ${value}, found ${actual.get(key) ?? 'nothing'}`);
    }
    for (const [key, value] of actual) if (!expected.has(key)) fail(file, key, `not in ${referenceFile}: ${value}`);
  }
}

for (const failure of failures) console.error(failure);
console.log(failures.length === 0 ? `content: ${parsed.size} documents valid, locales agree` : `content: ${failures.length} problems`);
process.exitCode = failures.length === 0 ? 0 : 1;
