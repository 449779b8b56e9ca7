// npm run test:scripts: the demo portal printed (saved as PDF) in Chromium and Firefox, each
// where it is installed. The browser tests cannot print in Firefox: its driver emulates no print
// media (test/core/print.test.ts runs in Chromium only), so this one prints for real, with
// puppeteer's page.pdf(), and reads the link addresses on each page of the PDF. Needs a built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, FIREFOX_PATH, chromiumLaunchOptions, firefoxLaunchOptions, sharePriority } from '../../scripts/browsers.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

/**
 * The link addresses on each page of a PDF, in page order. Enough of PDF for Chromium's files
 * (plain objects) and Firefox's (objects packed in compressed object streams).
 */
function linksByPage(pdf) {
  const text = pdf.toString('latin1');
  const objects = new Map();
  for (const match of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = match.index + match[0].length;
    const body = text.slice(start, text.indexOf('endobj', start));
    const stream = /stream\r?\n/.exec(body);
    const dict = stream ? body.slice(0, stream.index) : body;
    objects.set(match[1], dict);
    if (!stream || !/\/Type\s*\/ObjStm/.test(dict)) continue;
    const from = start + stream.index + stream[0].length;
    const data = inflateSync(pdf.subarray(from, text.indexOf('endstream', from))).toString('latin1');
    const first = Number(/\/First\s+(\d+)/.exec(dict)[1]);
    const pairs = data.slice(0, first).trim().split(/\s+/).map(Number);
    for (let at = 0; at < pairs.length; at += 2) {
      objects.set(String(pairs[at]), data.slice(first + pairs[at + 1], at + 3 < pairs.length ? first + pairs[at + 3] : undefined));
    }
  }
  const refs = (value) => [...value.matchAll(/(\d+) 0 R/g)].map((ref) => objects.get(ref[1]) ?? '');
  /** An array entry of a dictionary, written in place or as a reference to an array object. */
  const entries = (dict, key) => {
    const value = new RegExp(`/${key}\\s*(\\[[^\\]]*\\]|\\d+ 0 R)`).exec(dict)?.[1];
    if (!value) return [];
    return refs(value.startsWith('[') ? value : refs(value)[0]);
  };
  const catalog = [...objects.values()].find((dict) => /\/Type\s*\/Catalog/.test(dict));
  const pages = [];
  const walk = (node) => (/\/Type\s*\/Pages/.test(node) ? entries(node, 'Kids').forEach(walk) : pages.push(node));
  walk(refs(/\/Pages\s+(\d+ 0 R)/.exec(catalog)[1])[0]);
  return pages.map((page) => entries(page, 'Annots').flatMap((annot) => /\/URI\s*\(((?:\\.|[^\\)])*)\)/.exec(annot)?.[1] ?? []));
}

const browsers = [
  ['Chromium', CHROMIUM_PATH, chromiumLaunchOptions],
  ['Firefox', FIREFOX_PATH, firefoxLaunchOptions],
];

/**
 * The links of each page of demo/privacy-control.html printed on A4 from a 1280 px window, once
 * every widget's status is `status`; `prepare` runs on the page before it loads.
 */
async function printedPrivacyPage(launchOptions, status, prepare = async () => {}) {
  const server = await startStaticServer({ port: 0 });
  const browser = await puppeteer.launch(launchOptions());
  sharePriority(browser.process());
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await prepare(page);
    await page.goto(`http://127.0.0.1:${server.address().port}/demo/privacy-control.html`);
    await page.waitForFunction(
      (status) => customElements.get('tc-policy-sections') && [...document.querySelectorAll('[status]')].every((widget) => widget.getAttribute('status') === status),
      { timeout: 10_000 },
      status,
    );
    return linksByPage(Buffer.from(await page.pdf({ format: 'A4' })));
  } finally {
    await browser.close();
    server.close();
  }
}

for (const [name, path, launchOptions] of browsers) {
  // From a Firefox audit: the demo's two columns are a grid, which Firefox moved whole to the next
  // page when it did not fit under the title. Printed from Firefox, every demo page began with a
  // page holding only the title and the breadcrumb (and the FAQ's entries, printed whole in
  // Chromium, split across pages).
  test(`${name}: the printed privacy page starts its policy on the first page, under the title`, { skip: !existsSync(path) && `no ${path}` }, async () => {
    const pages = await printedPrivacyPage(launchOptions, 'ready');
    // The policy's introduction ends with a list of its four sections, each a link.
    const sections = (links) => new Set(links.filter((link) => link.includes('/You-are-in-control-of-your-data#'))).size;
    assert.equal(sections(pages.flat()), 4, 'the four links are printed');
    assert.equal(sections(pages[0]), 4, `on the first page, not on page ${pages.findIndex((links) => sections(links) > 0) + 1} of ${pages.length}`);
  });

  // From a print audit: the heights the demo reserves for its widgets while their content loads
  // applied on paper too: printed before the content arrived, the privacy page came out as five
  // sheets of blank space around a few "Loading…" lines, in both browsers. They are the screen's
  // only (@media screen, which neither browser needs told apart): in Chromium, the quicker to
  // print, as these tests run beside WebKit's and bound that phase of CI.
  test(`${name}: the privacy page printed before its content arrives fits one sheet`, { skip: (!existsSync(path) && `no ${path}`) || (name !== 'Chromium' && 'Chromium prints it') }, async () => {
    // The content never answers: every widget stays loading.
    const pages = await printedPrivacyPage(launchOptions, 'loading', (page) =>
      page.evaluateOnNewDocument(() => {
        const { fetch } = window;
        window.fetch = (input, init) => (/\.json\b/.test(String(input instanceof Request ? input.url : input)) ? new Promise(() => {}) : fetch(input, init));
      }),
    );
    assert.equal(pages.length, 1, 'sheets printed');
  });
}
