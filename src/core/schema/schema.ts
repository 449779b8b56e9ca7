/*
 * A schema language just large enough for the content model, in about 1.2 kB min+gzip (validate()
 * alone, esbuild) where the general-purpose library it replaced (valibot) cost 2.9 kB with one
 * document kind's schema. Schemas are
 * plain data: validate() interprets them in the browser (no eval, so strict CSPs are fine),
 * Infer<> gives their TypeScript types, and json-schema.ts turns them into the published JSON
 * Schemas in Node. doc('...', schema) texts are for those JSON Schemas only; the build drops them.
 */

/** A schema that accepts values of type T. `T` exists only for type inference. */
export type Schema<T = unknown> = SchemaNode & { readonly __output?: T; readonly isOptional?: true };

export type SchemaNode =
  | { kind: 'string'; pattern?: RegExp; message?: string; maxLength?: number; accepts?: (value: string) => boolean; description?: string }
  | { kind: 'literal'; value: string; description?: string }
  | { kind: 'picklist'; values: readonly string[]; description?: string }
  | { kind: 'boolean'; description?: string }
  | { kind: 'integer'; min: number; max: number; description?: string }
  | { kind: 'array'; item: SchemaNode; min: number; accepts?: (value: unknown[]) => boolean; message?: string; description?: string }
  | { kind: 'object'; entries: Record<string, Schema>; keys: readonly string[]; optional: readonly string[]; title?: string; description?: string }
  | { kind: 'union'; options: readonly SchemaNode[]; description?: string }
  | { kind: 'variant'; key: string; options: readonly ObjectNode[]; tags: readonly string[]; description?: string };

type ObjectNode = Extract<SchemaNode, { kind: 'object' }>;

/** The type a schema accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Marks an object entry that may be left out. */
export type Optional<T> = Schema<T> & { readonly __optional: true };

type OptionalKeys<E> = { [K in keyof E]: E[K] extends { __optional: true } ? K : never }[keyof E];
type Flatten<T> = { [K in keyof T]: T[K] } & {};
type ObjectOutput<E extends Record<string, Schema>> = Flatten<
  { [K in Exclude<keyof E, OptionalKeys<E>>]: Infer<E[K]> } & { [K in OptionalKeys<E>]?: Infer<E[K]> }
>;

/** `accepts` is a check a pattern cannot express; `message` explains a failure of either. */
export const string = (pattern?: RegExp, message?: string, maxLength?: number, accepts?: (value: string) => boolean): Schema<string> => ({
  kind: 'string',
  pattern,
  message,
  maxLength,
  accepts,
});
export const literal = <L extends string>(value: L): Schema<L> => ({ kind: 'literal', value });
export const picklist = <const L extends readonly string[]>(values: L): Schema<L[number]> => ({ kind: 'picklist', values });
export const boolean = (): Schema<boolean> => ({ kind: 'boolean' });
export const integer = (min: number, max: number): Schema<number> => ({ kind: 'integer', min, max });
/** `accepts` checks the list as a whole once its items are valid (JSON Schema cannot say it); `message` explains a failure. */
export const array = <T>(item: Schema<T>, min = 0, accepts?: (value: T[]) => boolean, message?: string): Schema<T[]> =>
  ({ kind: 'array', item, min, accepts, message }) as Schema<T[]>;
/** An object entry that may be left out. */
export const optional = <T>(schema: Schema<T>): Optional<T> => ({ ...schema, isOptional: true }) as Optional<T>;

/** An object with exactly these entries: unknown properties are mistakes (typos), not extras. */
export function object<E extends Record<string, Schema>>(entries: E): Schema<ObjectOutput<E>> {
  const keys = Object.keys(entries);
  return { kind: 'object', entries, keys, optional: keys.filter((key) => entries[key].isOptional) };
}

export const union = <S extends Schema[]>(...options: S): Schema<Infer<S[number]>> => ({ kind: 'union', options });

/** Objects told apart by the literal value of `key` (here always "type"). */
export const variant = <S extends Schema<Record<string, unknown>>[]>(key: string, ...options: S): Schema<Infer<S[number]>> => ({
  kind: 'variant',
  key,
  options: options as unknown as ObjectNode[],
  // The value of `key` that picks each option, listed here so that check() needs no closure.
  tags: (options as unknown as ObjectNode[]).map((option) => (option.entries[key] as { value: string }).value),
});

/** Documentation for editors, kept in the JSON Schemas and dropped from shipped code. */
export const doc = <S extends Schema>(description: string, schema: S): S => ({ ...schema, description });
export const titled = <S extends Schema>(title: string, schema: S): S => ({ ...schema, title });

/** A problem found in a value: where (keys from the root) and what. */
export interface Problem {
  path: (string | number)[];
  message: string;
  /** The value had the wrong type altogether: the least telling kind of problem. */
  wrongType?: boolean;
}

/**
 * The problems of `value`, at most `limit` (widgets need only the first one). Ids must also be
 * unique in the whole value: they become deep-link anchors.
 */
export function validate(schema: Schema, value: unknown, limit = Infinity): Problem[] {
  const walk: Walk = { problems: [], limit, ids: new Map() };
  check(schema, value, [], walk);
  return walk.problems;
}

/** A path as JSONPath, such as `$.entries[3].question`. */
export function jsonPath(path: readonly (string | number)[]): string {
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

/** What one validation collects: its problems, up to `limit`, and where each id was first seen. */
interface Walk {
  problems: Problem[];
  limit: number;
  ids: Map<string, Problem['path']>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const quoted = (values: readonly string[]) => values.map((value) => JSON.stringify(value)).join(' | ');

/** A problem at `path`, or at its child `key`: the shared path stack is copied only here. */
function problemAt(path: Problem['path'], message: string, key?: string, wrongType = false): Problem {
  return { path: key === undefined ? [...path] : [...path, key], message, wrongType };
}

/**
 * A page validates a document once, in code the engine has not optimized, so what the walk
 * allocates is garbage collected while the page draws the content. Hence:
 * - `path` is one stack shared by the whole walk and copied only into a problem (copying a path
 *   per value took most of the 7 ms that validating 500 regions cost);
 * - no closure anywhere in check(): one that uses its variables, even in a case that never runs,
 *   makes V8 allocate a context for them at every call (the variant case's find() and map() did:
 *   about 100 bytes per value);
 * - no for…of (an object per step) and no Object.keys() (an array per value): for…in over the
 *   value, whose keys come from the engine's cache for objects of one shape, and an indexed loop
 *   over the schema's keys. The union (rich text's inline parts) still allocates per value: its
 *   for…of, and each option's trial walk (a list, a map, and a problem for an option that fails).
 * The benchmark's 500-region table allocated 694 kB from insertion to rendered, and now 315 kB
 * (Chromium's sampling heap profiler; the native table, 251 kB).
 */
function check(schema: SchemaNode, value: unknown, path: Problem['path'], walk: Walk): void {
  const { problems, limit } = walk;
  let problem: Problem | undefined;
  switch (schema.kind) {
    case 'string':
      if (typeof value !== 'string') problem = problemAt(path, 'must be text', undefined, true);
      // Counted in characters (code points), as the published schema's maxLength counts them;
      // .length counts UTF-16 units, two for an emoji, and is only an upper bound.
      else if (value.length > schema.maxLength! && [...value].length > schema.maxLength!) problem = problemAt(path, `must be at most ${schema.maxLength} characters long`);
      else if ((schema.pattern && !schema.pattern.test(value)) || (schema.accepts && !schema.accepts(value))) {
        problem = problemAt(path, schema.message ?? `must match ${schema.pattern}`);
      }
      break;
    case 'literal':
      if (value !== schema.value) problem = problemAt(path, `must be ${JSON.stringify(schema.value)}`);
      break;
    case 'picklist':
      if (!schema.values.includes(value as string)) problem = problemAt(path, `must be one of ${quoted(schema.values)}`);
      break;
    case 'boolean':
      if (typeof value !== 'boolean') problem = problemAt(path, 'must be true or false', undefined, true);
      break;
    case 'integer':
      if (typeof value !== 'number') problem = problemAt(path, 'must be a number', undefined, true);
      else if (!Number.isInteger(value) || value < schema.min || value > schema.max) {
        problem = problemAt(path, `must be a whole number from ${schema.min} to ${schema.max}`);
      }
      break;
    case 'array':
      if (!Array.isArray(value)) problem = problemAt(path, 'must be a list', undefined, true);
      else if (value.length < schema.min) problem = problemAt(path, 'must not be empty');
      else {
        const before = problems.length;
        for (let index = 0; index < value.length && problems.length < limit; index++) {
          path.push(index);
          check(schema.item, value[index], path, walk);
          path.pop();
        }
        if (problems.length === before && schema.accepts && !schema.accepts(value)) problem = problemAt(path, schema.message!);
      }
      break;
    case 'object': {
      if (!isRecord(value)) {
        problem = problemAt(path, 'must be an object', undefined, true);
        break;
      }
      // Own keys only, here and below: a page's script may have added an enumerable property to
      // Object.prototype (old libraries did), which no document has and for…in visits. hasOwn, not
      // `in`: every object has a "constructor" and a "__proto__", which are no entries. The
      // schema's keys are listed by object(): for…in over its entries would visit such a property
      // too, and call it missing.
      for (const key in value) {
        if (!Object.hasOwn(value, key) || Object.hasOwn(schema.entries, key)) continue;
        // The name comes from the document: escaped (a line break would forge a console line) and
        // shortened (a million characters would be a million-character message). A shortened name
        // is no key of the file, so then the path names the object that has it.
        const long = key.length > 40;
        problems.push(problemAt(path, `unknown property ${JSON.stringify(long ? key.slice(0, 40) + '…' : key)}`, long ? undefined : key));
      }
      for (let at = 0; at < schema.keys.length; at++) {
        const key = schema.keys[at];
        if (problems.length >= limit) return;
        if (Object.hasOwn(value, key) && value[key] !== undefined) {
          path.push(key);
          check(schema.entries[key], value[key], path, walk);
          path.pop();
        } else if (!schema.optional.includes(key)) problems.push(problemAt(path, `missing required property "${key}"`, key));
      }
      // Checked in the same walk (a second walk over the document cost a third of the time).
      if (Object.hasOwn(schema.entries, 'id') && typeof value.id === 'string') {
        const first = walk.ids.get(value.id);
        if (first) problem = problemAt(path, `id "${value.id}" is already used at ${jsonPath(first)}.id`, 'id');
        else walk.ids.set(value.id, path.slice());
      }
      break;
    }
    case 'variant': {
      if (!isRecord(value)) {
        problem = problemAt(path, 'must be an object', undefined, true);
        break;
      }
      // Not options[indexOf()]: options[-1] is whatever a page may have put on Object.prototype.
      const at = schema.tags.indexOf(value[schema.key] as string);
      if (at >= 0) return check(schema.options[at], value, path, walk);
      problem = problemAt(path, `must be one of ${quoted(schema.tags)}`, schema.key);
      break;
    }
    case 'union': {
      // Each option reports what it found wrong; the deepest report names the real mistake, and
      // "must be text" from an option the author did not mean is the least useful.
      let best: Problem | undefined;
      for (const option of schema.options) {
        const found: Problem[] = [];
        // Tried with ids of its own: an option that does not fit must leave no id behind, or the
        // one that fits would find its own id "already used". If the one that fits has ids, it is
        // checked again against the document's (rich text, the common union, has none).
        const ids = new Map();
        check(option, value, path, { problems: found, limit: 1, ids });
        if (found.length === 0) {
          if (ids.size > 0) check(option, value, path, walk);
          return;
        }
        const candidate = found[0];
        if (
          !best ||
          candidate.path.length > best.path.length ||
          (candidate.path.length === best.path.length && best.wrongType && !candidate.wrongType)
        ) {
          best = candidate;
        }
      }
      problem = best;
      break;
    }
  }
  if (problem) problems.push(problem);
}
