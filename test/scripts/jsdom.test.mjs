// npm run test:scripts (after the build): a product team's unit tests run under jsdom (vitest's
// or Jest's jsdom environment); docs/bundling.md says the widgets render there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { JSDOM } from 'jsdom';
import { guideUnitTests } from './guide-snippets.mjs';

/**
 * Makes jsdom's window the global scope, as vitest's jsdom environment does: its constructors
 * (HTMLElement, Event, CustomEvent, …) replace Node's, and what Node lacks (window, document,
 * customElements) is added. Node keeps its own timers, fetch, URL and text codecs, and the
 * AbortController and AbortSignal its fetch takes: Node 24's fetch refuses jsdom's signal
 * ("RequestInit: Expected signal ("AbortSignal {}") to be an instance of AbortSignal"), so Vitest's
 * environment keeps Node's there too (earlier releases did not, and fail so on Node 24).
 */
function installJsdom() {
  const { window } = new JSDOM('<!doctype html><html lang="en"><body></body></html>', { url: 'http://localhost/', pretendToBeVisual: true });
  const nodeKeeps = new Set(['URL', 'URLSearchParams', 'TextDecoder', 'TextEncoder', 'AbortController', 'AbortSignal', 'Infinity', 'NaN']);
  for (const key of Object.getOwnPropertyNames(window)) {
    const constructorOfDom = /^[A-Z]/.test(key) && !nodeKeeps.has(key);
    if (constructorOfDom || !(key in globalThis)) Object.defineProperty(globalThis, key, { configurable: true, get: () => window[key] });
  }
  return window;
}

const window = installJsdom();

/** Appends `widget` and waits until its content is shown (an error it shows instead fails). */
async function appendShown(widget) {
  const settled = new Promise((ready, failed) => {
    widget.addEventListener('tc-ready', ready);
    widget.addEventListener('tc-error', (event) => failed(new Error(event.detail.message)));
  });
  document.body.append(widget);
  await settled;
  await widget.updateComplete;
}

test('a widget renders and works under jsdom: content given as a property, an entry opened by a click', async () => {
  await import('../../dist/widgets/faq/define.js');
  const faq = document.createElement('tc-faq');
  faq.content = JSON.parse(readFileSync('content/en/faq.json', 'utf8'));
  await appendShown(faq);
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
// a function" (code `network`) before any request. The test puts jsdom's AbortController in place of
// Node's, as Jest's environment (jsdom's window as the global scope) has it, takes the method away
// from jsdom's AbortSignal, as jsdom 20 has it, and answers from a fetch mock: that environment has
// no fetch of its own, and Node 24's fetch would refuse jsdom's signal.
test('a widget given src loads under a jsdom without AbortSignal.prototype.throwIfAborted (jsdom 20, Jest 29)', async (t) => {
  const { AbortController: NodeAbortController, fetch: nodeFetch } = globalThis;
  const { throwIfAborted } = window.AbortSignal.prototype;
  delete window.AbortSignal.prototype.throwIfAborted;
  globalThis.AbortController = window.AbortController;
  const requested = [];
  globalThis.fetch = async (url, init) => {
    requested.push({ url: String(url), jsdomSignal: init?.signal instanceof window.AbortSignal });
    return new Response(readFileSync(`content${new URL(url).pathname.replace('/trust', '')}`), { headers: { 'content-type': 'application/json' } });
  };
  t.after(() => {
    window.AbortSignal.prototype.throwIfAborted = throwIfAborted;
    globalThis.AbortController = NodeAbortController;
    globalThis.fetch = nodeFetch;
  });
  await import('../../dist/widgets/faq/define.js');
  const faq = document.createElement('tc-faq');
  // Left in the page, it would load its Chinese document when the docs' unit test switches the kit to
  // Chinese, from a fetch mock that is gone by then, and log that it could not.
  t.after(() => faq.remove());
  faq.src = 'http://127.0.0.1/trust/{locale}/faq.json';
  await appendShown(faq);
  assert.deepEqual(requested, [{ url: 'http://127.0.0.1/trust/en/faq.json', jsdomSignal: true }], "one request, with jsdom 20's signal");
  assert.equal(faq.shadowRoot.querySelector('button.question').textContent.trim(), JSON.parse(readFileSync('content/en/faq.json', 'utf8')).entries[0].question);
});

// docs/bundling.md, In your app's tests, Fake timers: a request's time limit is a timer, which a test's fake
// timers run too. Run before the (mocked) answer has come, they give the timeout alert.
test('a widget given src shows the timeout alert when a test runs its fake timers before the answer', async (t) => {
  const server = createServer(() => {}); // answers nothing: the answer is still on its way
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  t.after(() => (server.closeAllConnections(), server.close()));
  await import('../../dist/widgets/faq/define.js');
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const faq = document.createElement('tc-faq');
  t.after(() => faq.remove());
  faq.src = `http://127.0.0.1:${server.address().port}/{locale}/faq.json`;
  const failed = new Promise((fired) => faq.addEventListener('tc-error', (event) => fired(event.detail)));
  const { error } = console;
  console.error = () => {}; // the kit's line for the error shown
  t.after(() => (console.error = error));
  document.body.append(faq);
  await new Promise((requested) => setImmediate(requested));
  t.mock.timers.runAll();
  // The error comes within the same turn (no answer to wait for), or not at all.
  const shown = await Promise.race([failed, new Promise((none) => setImmediate(() => none(null)))]);
  assert.equal(shown?.code, 'timeout');
  await faq.updateComplete;
  assert.equal(faq.shadowRoot.querySelector('[role="alert"]').textContent.replace(/\s+/g, ' ').trim(), 'Frequently asked questions: The content took too long to load.');
});

// Last: it switches the kit to Chinese.
test("the unit test of docs/bundling.md passes under jsdom", async (t) => {
  for (const [name, body] of await guideUnitTests()) await t.test(name, body);
});
