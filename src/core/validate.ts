import { validate, type Schema } from './schema/schema.js';
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
  schema: Schema<DocumentsByKind[K]>;
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
  const problems = validate(spec.schema, data, abortEarly ? 1 : Infinity);
  if (problems.length > 0) return problems.map((problem) => ({ path: jsonPath(problem.path), message: problem.message }));
  const document = data as DocumentsByKind[K];
  return [...findDuplicateIds(document), ...(spec.checkReferences?.(document) ?? [])];
}

function jsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (result, key) =>
      typeof key === 'number'
        ? `${result}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${result}.${key}`
          : `${result}[${JSON.stringify(key)}]`,
    '$',
  );
}

/** Ids become deep-link anchors, so each must be unique in its document. */
export function findDuplicateIds(document: unknown): ContentProblem[] {
  const seen = new Map<string, (string | number)[]>();
  const problems: ContentProblem[] = [];
  // Keys on one shared stack, copied for ids only and written out only for a duplicate.
  const path: (string | number)[] = [];
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        path.push(index);
        visit(item);
        path.pop();
      });
      return;
    }
    const id = (value as { id?: unknown }).id;
    if (typeof id === 'string') {
      const at = [...path, 'id'];
      const first = seen.get(id);
      if (first) problems.push({ path: jsonPath(at), message: `id "${id}" is already used at ${jsonPath(first)}` });
      else seen.set(id, at);
    }
    for (const key in value) {
      path.push(key);
      visit((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  visit(document);
  return problems;
}
