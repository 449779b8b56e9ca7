import { jsonPath, validate, type Schema } from './schema/schema.js';
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
 * The problems of a document: schema problems and ids used twice, then (for a document without
 * those) broken references. With abortEarly only the first problem, which is all a widget needs.
 */
export function findProblems<K extends DocumentKind>(
  spec: DocumentSpec<K>,
  data: unknown,
  { abortEarly = false } = {},
): ContentProblem[] {
  // A document of another kind (a page that gave the FAQ the data locations' URL) breaks every
  // rule; its first unknown property would hide the one problem there is.
  const kind = typeof data === 'object' && data !== null ? (data as { kind?: unknown }).kind : spec.kind;
  if (typeof kind === 'string' && kind !== spec.kind) return [{ path: '$.kind', message: `must be "${spec.kind}": this document is for another widget` }];
  const problems = validate(spec.schema, data, abortEarly ? 1 : Infinity);
  if (problems.length > 0) return problems.map((problem) => ({ path: jsonPath(problem.path), message: problem.message }));
  return spec.checkReferences?.(data as DocumentsByKind[K]) ?? [];
}
