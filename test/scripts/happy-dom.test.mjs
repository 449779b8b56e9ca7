// npm run test:scripts (after the build): a product team's unit tests run under happy-dom
// (Vitest's `environment: 'happy-dom'`, which many Vite apps use); docs/bundling.md says the widgets
// render there. happy-dom has constructable style sheets, which jsdom lacks: Lit adopts the
// widgets' styles there, as in a browser, where under jsdom it writes <style> elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GlobalWindow } from 'happy-dom';
import { guideUnitTests } from './guide-snippets.mjs';

/**
 * Makes happy-dom's window the global scope, as Vitest's happy-dom environment does (a
 * GlobalWindow at http://localhost:3000, its DOM constructors over Node's, and what Node lacks
 * added). Node keeps its own timers, fetch, URL and text codecs, as under jsdom.test.mjs.
 */
function installHappyDom() {
  const window = new GlobalWindow({ url: 'http://localhost:3000/', console, settings: { disableErrorCapturing: true } });
  const nodeKeeps = new Set(['URL', 'URLSearchParams', 'TextDecoder', 'TextEncoder', 'Infinity', 'NaN']);
  for (const key of Object.getOwnPropertyNames(window)) {
    const constructorOfDom = /^[A-Z]/.test(key) && !nodeKeeps.has(key);
    if (key !== 'window' && (constructorOfDom || !(key in globalThis))) {
      const value = window[key];
      // Vitest binds the window's functions (addEventListener, getComputedStyle, …) to it.
      const bound = typeof value === 'function' && !/^[A-Z]/.test(key) ? value.bind(window) : undefined;
      Object.defineProperty(globalThis, key, { configurable: true, get: () => bound ?? window[key] });
    }
  }
  Object.defineProperty(globalThis, 'window', { configurable: true, get: () => globalThis });
  document.documentElement.lang = 'en';
  return window;
}

const window = installHappyDom();
const documentOf = (locale, name) => JSON.parse(readFileSync(`content/${locale}/${name}.json`, 'utf8'));

async function show(tag, content, attributes = {}) {
  const widget = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  widget.content = content;
  const settled = new Promise((ready) => {
    widget.addEventListener('tc-ready', () => ready('ready'));
    widget.addEventListener('tc-error', (event) => ready(`tc-error: ${event.detail.message}`));
  });
  document.body.append(widget);
  assert.equal(await settled, 'ready', `<${tag}>`);
  await widget.updateComplete;
  return widget;
}

test('every widget renders under happy-dom from content given as a property, its styles adopted', async () => {
  await import('../../dist/index.js');
  const widgets = [
    ['tc-faq', 'faq', {}, (faq) => faq.entries[0].question],
    ['tc-data-location', 'data-locations', {}, (regions) => regions.title],
    ['tc-policy-sections', 'policy-sections', {}, (policy) => policy.title],
    ['tc-retention-timeline', 'retention-policy', { 'end-date': '2026-01-31' }, (retention) => retention.title],
    ['tc-sidebar', 'navigation', { page: 'data-location' }, (navigation) => navigation.linkGroups[0].title],
    ['tc-breadcrumb', 'navigation', { page: 'faq' }, (navigation) => navigation.pages.find(({ id }) => id === 'faq').title],
  ];
  for (const [tag, name, attributes, shownText] of widgets) {
    const content = documentOf('en', name);
    const widget = await show(tag, content, attributes);
    assert.equal(widget.status, 'ready');
    assert.ok(widget.shadowRoot.textContent.includes(shownText(content)), `<${tag}> shows "${shownText(content)}"`);
    assert.ok(widget.shadowRoot.adoptedStyleSheets.length > 0 && !widget.shadowRoot.querySelector('style'), `<${tag}>'s styles are adopted`);
  }
  const faq = document.querySelector('tc-faq');
  const question = faq.shadowRoot.querySelector('[part~="question"]');
  question.click();
  await faq.updateComplete;
  assert.equal(question.getAttribute('aria-expanded'), 'true');
});

test('a document with a mistake shows the alert under happy-dom', async () => {
  const broken = documentOf('en', 'faq');
  broken.entries[0].question = '';
  const faq = document.createElement('tc-faq');
  faq.content = broken;
  const failed = new Promise((fired) => faq.addEventListener('tc-error', (event) => fired(event.detail)));
  const logged = [];
  const { error } = console;
  console.error = (...line) => logged.push(line.join(' '));
  try {
    document.body.append(faq);
    assert.equal((await failed).path, '$.entries[0].question');
    await faq.updateComplete;
  } finally {
    console.error = error;
  }
  assert.equal(faq.getAttribute('status'), 'error');
  assert.equal(faq.shadowRoot.querySelector('[role="alert"]').textContent.replace(/\s+/g, ' ').trim(), 'Frequently asked questions: The content contains a mistake and cannot be shown.');
  assert.deepEqual(logged, ['[trust-widgets] <tc-faq> could not show (content property) at $.entries[0].question: must not be empty']);
});

// Last: it switches the kit to Chinese (the UI strings' dynamic import, under happy-dom).
test("the unit test of docs/bundling.md passes under happy-dom", async (t) => {
  for (const [name, body] of await guideUnitTests()) await t.test(name, body);
});

// The timeline's midnight timer (Node's own setTimeout) would keep the process for up to a day:
// the widgets are removed, as a test framework's cleanup removes what a test mounted.
test.after(async () => {
  document.body.replaceChildren();
  await window.happyDOM.abort();
  window.close();
});
