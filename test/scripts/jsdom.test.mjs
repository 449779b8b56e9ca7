// node --test test/scripts/ (after the build): a product team's unit tests run under jsdom (vitest's
// or Jest's jsdom environment); the README says the widgets render there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

test('a widget renders and works under jsdom: content given as a property, an entry opened by a click', async () => {
  installJsdom();
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
