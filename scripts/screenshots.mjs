// Screenshots of the demo portal for the README: docs/screenshots/<page>-<locale>-<wide|narrow>.png,
// the three trust-center pages in English and Chinese, at 1280 px and 375 px. Chinese is reached the
// way a reader reaches it, with the page's language switch. Needs a built dist/ (npm run build) and
// Debian's chromium; Chinese text needs a CJK font (apt-get install fonts-noto-cjk).
//
//   node scripts/screenshots.mjs                  every page
//   node scripts/screenshots.mjs faq              only the FAQ
import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from './static-server.mjs';
import { chromiumLaunchOptions } from './browsers.mjs';

const pages = ['data-location', 'privacy-control', 'faq'];
const locales = ['en', 'zh-CN'];
const widths = { wide: 1280, narrow: 375 };
/**
 * Pages taller than MAX_FULL are cut to MAX_CROP pixels: from the top, or from a little above the
 * part of the page that the screenshot is about (the privacy page is about its retention timeline;
 * its top looks like the other pages').
 */
const MAX_FULL = 3200;
const MAX_CROP = 1600;
const cropFrom = { 'privacy-control': '.retention-figure' };
/** What a reader does first, so the picture shows more than closed doors. */
const before = {
  faq: (page) => page.locator('tc-faq >>> button#faq-data-location').click(),
};
const outDir = 'docs/screenshots';

const only = process.argv.slice(2);
const chosen = only.length > 0 ? pages.filter((page) => only.includes(page)) : pages;

mkdirSync(outDir, { recursive: true });
const server = await startStaticServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch(chromiumLaunchOptions());

let failed = false;
try {
  for (const name of chosen) {
    for (const locale of locales) {
      for (const [size, width] of Object.entries(widths)) {
        const file = `${outDir}/${name}-${locale}-${size}.png`;
        const problems = await shoot(name, locale, width, file);
        if (problems.length > 0) {
          failed = true;
          console.error(`${file}:\n  ${problems.join('\n  ')}`);
        } else console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (failed) process.exitCode = 1;

/** Opens a page in a fresh context (the switch remembers its choice), takes it to `locale`, saves it. */
async function shoot(name, locale, width, file) {
  const context = await browser.createBrowserContext();
  const problems = [];
  try {
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.setViewport({ width, height: 900 });
    await page.goto(`${origin}/demo/${name}.html`, { waitUntil: 'networkidle0' });
    await allReady(page, 'en');
    await before[name]?.(page);
    if (locale !== 'en') {
      await page.locator(`tc-locale-switch >>> button[lang="${locale}"]`).click();
      await allReady(page, locale);
    }
    await page.evaluate(() => document.fonts.ready);
    // A viewport as tall as the page: the capture takes only what the viewport shows
    // (captureBeyondViewport: false), and a long FAQ (faq.ts, LONG_FAQ) skips painting closed
    // entries out of view. The demo's FAQ, of 12 entries, lays out whole.
    const fullHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({ width, height: fullHeight });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0); // no hover underline where the reader clicked
    // Two frames for the browser to lay out and paint what the taller viewport uncovers.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { height, top } = await page.evaluate((selector) => {
      const focus = selector ? document.querySelector(selector) : null;
      const top = focus ? Math.max(0, Math.round(focus.getBoundingClientRect().top + window.scrollY - 24)) : 0;
      return { height: document.documentElement.scrollHeight, top };
    }, cropFrom[name]);
    const clip = height > MAX_FULL ? { x: 0, y: top, width, height: Math.min(MAX_CROP, height - top) } : { x: 0, y: 0, width, height };
    // Headless Chromium sometimes captures a frame whose lower part is not painted yet: keep the
    // picture only once two captures in a row agree.
    let previous;
    for (let attempt = 0; ; attempt++) {
      const shot = Buffer.from(await page.screenshot({ clip, captureBeyondViewport: false }));
      if (previous?.equals(shot)) {
        writeFileSync(file, shot);
        break;
      }
      if (attempt === 5) throw new Error('the page did not stop changing');
      previous = shot;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } catch (error) {
    problems.push(String(error));
  } finally {
    await context.close();
  }
  return problems;
}

/** Every widget ready, showing `locale`, and the page's own text switched with it. */
async function allReady(page, locale) {
  await page.waitForFunction(
    (expected) =>
      document.documentElement.lang === expected &&
      document.querySelector('h1')?.lang === expected &&
      [...document.querySelectorAll('[status]')].every(
        (widget) => widget.getAttribute('status') === 'ready' && widget.shadowRoot?.querySelector('.root')?.lang === expected,
      ),
    { timeout: 10_000 },
    locale,
  );
}
