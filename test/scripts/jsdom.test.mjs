// node --test test/scripts/ (after the build): a product team's unit tests run under jsdom (vitest's
// or Jest's jsdom environment); the README says the widgets render there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { JSDOM } from 'jsdom';

/**
 * Makes jsdom's window the global scope, as vitest's jsdom environment does: its constructors
 * (HTMLElement, Event, CustomEvent, …) replace Node's, and what Node lacks (window, document,
 * customElements) is added. Node keeps its own timers, fetch, URL and text codecs.
 */
function installJsdom() {
  const { window } = new JSDOM('<!doctype html><html lang="en"><body></body></html>', { url: 'http://localhost/', pretendToBeVisual: true });
  const nodeKeeps = new Set(['URL', 'URLSearchParams', 'TextDecoder', 'TextEncoder', 'Infinity', 'NaN']);
  for (const key of Object.getOwnPropertyNames(window)) {
    const constructorOfDom = /^[A-Z]/.test(key) && !nodeKeeps.has(key);
    if (constructorOfDom || !(key in globalThis)) Object.defineProperty(globalThis, key, { configurable: true, get: () => window[key] });
  }
  return window;
}

const window = installJsdom();

test('a widget renders and works under jsdom: content given as a property, an entry opened by a click', async () => {
  await import('../../dist/widgets/faq/define.js');
  const faq = document.createElement('tc-faq');
  faq.content = JSON.parse(readFileSync('content/en/faq.json', 'utf8'));
  const settled = new Promise((ready, failed) => {
    faq.addEventListener('tc-ready', ready);
    faq.addEventListener('tc-error', (event) => failed(new Error(event.detail.message)));
  });
  document.body.append(faq);
  await settled;
  await faq.updateComplete;
  assert.equal(faq.status, 'ready');
  const questions = [...faq.shadowRoot.querySelectorAll('button.question')];
  assert.equal(questions.length, faq.content.entries.length);
  assert.equal(questions[0].textContent.trim(), faq.content.entries[0].question);
  questions[0].click();
  await faq.updateComplete;
  assert.equal(questions[0].getAttribute('aria-expanded'), 'true');
  assert.deepEqual(faq.openEntries, [faq.content.entries[0].id]);
});

// Jest 29's jsdom environment has jsdom 20, whose AbortSignal lacks throwIfAborted (jsdom 21 added
// it; every browser the kit supports has it). A product team that gave a widget `src` and served it
// from a fetch mock or a test server got "could not show … TypeError: signal?.throwIfAborted is not
// a function" (code `network`) before any request. The test takes the method away from jsdom's
// AbortSignal, as jsdom 20 has it, and loads from a real server.
test('a widget given src loads under a jsdom without AbortSignal.prototype.throwIfAborted (jsdom 20, Jest 29)', async (t) => {
  const { throwIfAborted } = window.AbortSignal.prototype;
  delete window.AbortSignal.prototype.throwIfAborted;
  t.after(() => (window.AbortSignal.prototype.throwIfAborted = throwIfAborted));
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(readFileSync(`content${request.url}`));
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  t.after(() => server.close());
  await import('../../dist/widgets/faq/define.js');
  const faq = document.createElement('tc-faq');
  faq.src = `http://127.0.0.1:${server.address().port}/{locale}/faq.json`;
  const settled = new Promise((ready, failed) => {
    faq.addEventListener('tc-ready', ready);
    faq.addEventListener('tc-error', (event) => failed(new Error(event.detail.message)));
  });
  document.body.append(faq);
  await settled;
  await faq.updateComplete;
  assert.equal(faq.shadowRoot.querySelector('button.question').textContent.trim(), JSON.parse(readFileSync('content/en/faq.json', 'utf8')).entries[0].question);
});

/**
 * The README's unit test ("In your app's tests"), run as written but for what Node needs and
 * Vitest does not: its `vitest` import gives way to node:test and an `expect` with the one matcher
 * it uses, its JSON imports take `with { type: 'json' }`, and the package's names are resolved
 * here (the package refers to itself by its name) for a module loaded from a data: URL.
 */
async function readmeUnitTests() {
  const snippet = /```js\n(import \{ expect, test \} from 'vitest';\n[\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1];
  assert.ok(snippet, "the README's unit test");
  const tests = [];
  globalThis.readmeTest = (name, body) => tests.push([name, body]);
  globalThis.readmeExpect = (actual) => ({ toBe: (expected) => assert.equal(actual, expected) });
  const source = snippet
    .replace("import { expect, test } from 'vitest';", 'const { readmeTest: test, readmeExpect: expect } = globalThis;')
    .replace(/'(trust-widgets\/[^']+)'/g, (_, name) => `'${import.meta.resolve(name)}'`)
    .replace(/(\.json');/g, "$1 with { type: 'json' };");
  await import(`data:text/javascript,${encodeURIComponent(source)}`);
  assert.deepEqual(tests.map(([name]) => name), ['an answer opens', 'in Chinese']);
  return tests;
}

// Last: it switches the kit to Chinese.
test("the README's unit test passes under jsdom", async (t) => {
  for (const [name, body] of await readmeUnitTests()) await t.test(name, body);
});
