import * as v from 'valibot';
import { ContentError } from './content-error.js';
import type { DocumentKind, DocumentsByKind } from './content-types.js';

/** A problem in a document: where (a JSONPath such as `$.entries[3].question`) and what. */
export interface ContentProblem {
  path: string;
  message: string;
}

/** Everything the store needs to know about one kind of document. */
export interface DocumentSpec<K extends DocumentKind> {
  kind: K;
  schema: v.GenericSchema<unknown, DocumentsByKind[K]>;
  /** Checks that need the whole document, such as references between its parts. */
  checkReferences?: (document: DocumentsByKind[K]) => ContentProblem[];
}

/** A spec of any kind, for code that handles every kind alike (content checks, tests). */
export type AnyDocumentSpec = { [K in DocumentKind]: DocumentSpec<K> }[DocumentKind];

/**
 * Validates `data` as a document of `spec.kind`; returns it typed, or throws a ContentError
 * naming `url` and the JSON path of the first problem.
 */
export function validateDocument<K extends DocumentKind>(spec: DocumentSpec<K>, data: unknown, url: string): DocumentsByKind[K] {
  const [problem] = findProblems(spec, data, { abortEarly: true });
  if (problem) throw new ContentError('schema', url, problem.path, problem.message);
  return data as DocumentsByKind[K];
}

/**
 * The problems of a document: schema problems first (only the first one with abortEarly, which is
 * all a widget needs), then ids used twice and broken references.
 */
export function findProblems<K extends DocumentKind>(
  spec: DocumentSpec<K>,
  data: unknown,
  { abortEarly = false } = {},
): ContentProblem[] {
  const result = v.safeParse(spec.schema, data, { abortEarly });
  if (!result.success) {
    return result.issues.map((reported) => {
      const [issue, path] = mostSpecific(reported, reported.path ?? []);
      return { path: jsonPath(path), message: describeIssue(issue) };
    });
  }
  return [...findDuplicateIds(result.output), ...(spec.checkReferences?.(result.output) ?? [])];
}

// A union (text, or a typed inline object) reports one issue per option it tried: the deepest names
// the real mistake, and "expected string" from the option the author did not mean is the least useful.
// The options' paths continue the union's own path.
type PathItem = { key: unknown };
function mostSpecific(issue: v.BaseIssue<unknown>, path: readonly PathItem[]): [v.BaseIssue<unknown>, readonly PathItem[]] {
  if (issue.type !== 'union' || !issue.issues?.length) return [issue, path];
  const options = issue.issues.map((option) => mostSpecific(option, [...path, ...(option.path ?? [])]));
  const deepest = options.filter(([, optionPath]) => optionPath.length === Math.max(...options.map(([, p]) => p.length)));
  return (
    deepest.find(([option]) => !(option.kind === 'schema' && (option.type === 'string' || option.expected === 'Object'))) ?? deepest[0]
  );
}

// Valibot words object-key problems as type problems ("Expected never but received ..."): say what they mean.
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const key = issue.path?.at(-1)?.key;
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.path) {
    if (issue.expected === 'never') return `unknown property "${String(key)}"`;
    if (issue.received === 'undefined') return `missing required property "${String(key)}"`;
  }
  return issue.message;
}

function jsonPath(path: readonly PathItem[]): string {
  return path.reduce(
    (path, item) =>
      typeof item.key === 'number'
        ? `${path}[${item.key}]`
        : typeof item.key === 'string' && /^[A-Za-z_$][\w$]*$/.test(item.key)
          ? `${path}.${item.key}`
          : `${path}[${JSON.stringify(item.key)}]`,
    '$',
  );
}

/** Ids become deep-link anchors, so each must be unique in its document. */
export function findDuplicateIds(document: unknown): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((item, index) => visit(item, `${path}[${index}]`));
    if (value === null || typeof value !== 'object') return;
    const id = (value as { id?: unknown }).id;
    if (typeof id === 'string') {
      const first = seen.get(id);
      if (first) problems.push({ path: `${path}.id`, message: `id "${id}" is already used at ${first}` });
      else seen.set(id, `${path}.id`);
    }
    for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
  };
  visit(document, '$');
  return problems;
}
