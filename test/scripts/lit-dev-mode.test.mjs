// npm run test:scripts: every widget on Lit's development build, which a product team's dev
// server resolves (Vite's "development" export condition) and which warns on the console of what
// it finds wrong or wasteful; the browser tests run Lit's production build, which says nothing.
// The page (test/dist/pages/lit-dev-mode.html) maps Lit to its development build with an import
// map; the test drives each widget through its states and expects no warning but Lit's own note
// that it is in dev mode. Needs a built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumLaunchOptions, sharePriority } from '../../scripts/browsers.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const CONTENT_WIDGETS = 'tc-breadcrumb, tc-sidebar, tc-data-location, tc-retention-timeline, tc-policy-sections, tc-faq:not(#unavailable)';

// From an audit of polyfilled host pages: a FAQ loaded with an entry's #link opened it in a
// second render, scheduled from the first one's updated(), and Lit's dev mode said "Element tc-faq
// scheduled an update … after an update completed" on every deep-linked load. The same for a page
// that gives a widget a mirror's src from its tc-error listener (the event came from updated()).
test("Lit's development build finds nothing to warn of in any widget, through loading, a deep link, a locale switch, a narrow width, a search, an error and a mirror", { skip: !existsSync(CHROMIUM_PATH) && `no ${CHROMIUM_PATH}` }, async () => {
  const server = await startStaticServer({ port: 0 });
  const browser = await puppeteer.launch(chromiumLaunchOptions());
  sharePriority(browser.process());
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const warnings = [];
    page.on('console', (message) => {
      if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
    });
    page.on('pageerror', (error) => warnings.push(`page error: ${error.message}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/test/dist/pages/lit-dev-mode.html#faq-data-location`);
    const allIn = (locale) =>
      page.waitForFunction(
        (selector, locale) => [...document.querySelectorAll(selector)].every((widget) => widget.getAttribute('status') === 'ready' && widget.shadowRoot.querySelector('.root').lang === locale),
        { timeout: 10_000 },
        CONTENT_WIDGETS,
        locale,
      );
    await allIn('en');
    await page.waitForFunction(() => document.querySelector('#unavailable').getAttribute('status') === 'error', { timeout: 10_000 });
    assert.deepEqual(await page.evaluate(() => document.querySelector('tc-faq').openEntries), ['faq-data-location'], 'the deep-linked entry is open');

    await page.evaluate(() => document.querySelector('tc-locale-switch').shadowRoot.querySelector('button[lang="zh-CN"]').click());
    await allIn('zh-CN');
    await page.setViewport({ width: 375, height: 900 });
    await page.waitForFunction(() => document.querySelector('tc-data-location').shadowRoot.querySelector('.table-region.narrow'), { timeout: 10_000 });
    await page.evaluate(async () => {
      const faq = document.querySelector('tc-faq');
      faq.shadowRoot.querySelector('button.question').click();
      await faq.updateComplete;
      const search = faq.shadowRoot.querySelector('input');
      search.value = 'Azure';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      await faq.updateComplete;
      const unavailable = document.querySelector('#unavailable');
      unavailable.shadowRoot.querySelector('button.retry').click();
    });
    await page.waitForFunction(() => document.querySelector('#unavailable').getAttribute('status') === 'error', { timeout: 10_000 });
    // Warnings wait for a microtask, a render for the next: two frames let the last ones arrive.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

    assert.ok(warnings.some((warning) => warning.includes('lit.dev/msg/dev-mode')), `Lit's development build ran: ${JSON.stringify(warnings)}`);
    assert.deepEqual(warnings.filter((warning) => !warning.includes('lit.dev/msg/dev-mode')), []);
  } finally {
    await browser.close();
    server.close();
  }
});
