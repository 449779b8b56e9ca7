// The guides' code as the Node tests run it (not a test file: node --test runs *.test.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/**
 * The unit test of docs/bundling.md ("In your app's tests"), run as written but for what Node needs and
 * Vitest does not: its `vitest` import gives way to node:test and an `expect` with the one matcher
 * it uses, its JSON imports take `with { type: 'json' }`, and the package's names are resolved
 * here (the package refers to itself by its name) for a module loaded from a data: URL. Resolves
 * to its tests, [name, body] each, for the caller to run under the DOM it installed
 * (jsdom.test.mjs, happy-dom.test.mjs).
 */
export async function guideUnitTests() {
  const snippet = /```js\n(import \{ expect, test \} from 'vitest';\n[\s\S]*?)```/.exec(readFileSync('docs/bundling.md', 'utf8'))?.[1];
  assert.ok(snippet, "docs/bundling.md's unit test");
  const tests = [];
  globalThis.guideTest = (name, body) => tests.push([name, body]);
  globalThis.guideExpect = (actual) => ({ toBe: (expected) => assert.equal(actual, expected) });
  const source = snippet
    .replace("import { expect, test } from 'vitest';", 'const { guideTest: test, guideExpect: expect } = globalThis;')
    .replace(/'(trust-widgets\/[^']+)'/g, (_, name) => `'${import.meta.resolve(name)}'`)
    .replace(/(\.json');/g, "$1 with { type: 'json' };");
  await import(`data:text/javascript,${encodeURIComponent(source)}`);
  assert.deepEqual(tests.map(([name]) => name), ['an answer opens', 'in Chinese']);
  return tests;
}
