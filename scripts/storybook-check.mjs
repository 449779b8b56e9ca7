// npm run test:storybook (after build-storybook): opens every story of the static Storybook in
// headless Chromium and fails on a page error, a console error, a failed request, Storybook's error
// display, a widget that does not settle in the state its story promises, a narrow story that
// overflows its 320 px, a "Multiple versions of Lit" warning, or any axe violation of WCAG 2.2 AA.
// In each Theming story every CSS custom property's control must reach the widget, and a widget's
// docs page must write a theme tried in Controls into "Show code" as a style rule.
// Docs pages are opened too, without axe (their chrome is Storybook's, not ours). Last, in the
// manager: the locale toolbar follows a switch made with <tc-locale-switch> inside a story.
//
// Story tags (in each story, read from index.json) say what to expect:
//   expected-error  the widget ends in `status="error"` and logs its one
//                   "[trust-widgets] <tc-...> could not show ..." line; 404s under /fixtures/ are intended.
//   loading         the widget stays in `status="loading"` (its request never answers).
//   narrow          the story's 320 px frame must not overflow sideways (WCAG 1.4.10 reflow).
//
// Usage: node scripts/storybook-check.mjs [--dir storybook-static] [--only <id substring>] [--no-docs]
//        node scripts/storybook-check.mjs --url http://127.0.0.1:6006   (a running `npm run storybook`)
//        node scripts/storybook-check.mjs --browser firefox   (Firefox ESR, over WebDriver BiDi: about
//        2 min, 20 s more than Chromium; not in CI, whose browser tests already hold each widget to
//        320 px reflow and axe in Firefox)
// Prints one line per entry and finally exactly "N passed, M failed". CHROME_PATH (FIREFOX_PATH)
// picks the browser.
import { existsSync, readFileSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';
import { chromiumLaunchOptions, firefoxLaunchOptions, sharePriority } from './browsers.mjs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    url: { type: 'string' },
    only: { type: 'string', multiple: true },
    'no-docs': { type: 'boolean', default: false },
    browser: { type: 'string', default: 'chromium' },
  },
});

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STORY_TIMEOUT_MS = 20_000;
/** However a page misbehaves, the checker moves on: one entry may take this long at most. */
const ENTRY_TIMEOUT_MS = 60_000;
/** How long a `loading` story is watched to make sure it stays loading. */
const LOADING_GRACE_MS = 750;
const NARROW_WIDTH = 320;
const EXPECTED_WIDGET_ERROR = /^\[trust-widgets\] <tc-[a-z-]+> could not show \S/;

const root = resolve(options.dir);
if (!options.url && !existsSync(join(root, 'index.json'))) {
  console.error(`${options.dir}/index.json not found: run npm run build-storybook first`);
  process.exit(2);
}
const axeSource = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
/**
 * Where the checker's own server serves axe: a script the browser caches, and with it the code it
 * compiled. Evaluated as text, axe's 650 kB were compiled anew in each of 143 pages: 130 ms a page
 * (median), 68 ms as a cached script, 10 s of the check's browser time.
 */
const AXE_PATH = '/__storybook-check/axe-core/axe.min.js';

// The static build, served as any static host would (Storybook fetches index.json, so file:// won't do).
const server = options.url
  ? undefined
  : await startStaticServer({ root, index: '/index.html', validators: true, mounts: { [AXE_PATH.replace(/[^/]+$/, '')]: fileURLToPath(new URL('../node_modules/axe-core/', import.meta.url)) } });
const origin = options.url?.replace(/\/$/, '') ?? `http://127.0.0.1:${server.address().port}`;

const index = options.url ? await (await fetch(`${origin}/index.json`)).json() : JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter(
  (entry) =>
    (entry.type === 'story' || (entry.type === 'docs' && !options['no-docs'])) &&
    (!options.only || options.only.some((part) => entry.id.includes(part))),
);
/** Files with expected-error stories: docs pages that show their stories show those errors too. */
const filesWithErrors = new Set(
  Object.values(index.entries).filter((entry) => entry.tags?.includes('expected-error')).map((entry) => entry.importPath),
);
const docsShowErrors = (entry) => [entry.importPath, ...(entry.storiesImports ?? [])].some((file) => filesWithErrors.has(file));

/**
 * The text a stories file gives a story (the JSDoc comment on its export), by story id: a docs page
 * shows it above the story. Stories built from the shared states (stories/support/states.ts) carry
 * a shared text too, which must not take its place.
 */
const storyComments = new Map();
for (const entry of Object.values(index.entries)) {
  if (entry.type !== 'story' || !entry.exportName || !existsSync(entry.importPath)) continue;
  const source = readFileSync(entry.importPath, 'utf8');
  const comment = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export const ${entry.exportName}\\b`).exec(source)?.[1];
  if (comment) storyComments.set(entry.id, comment.replace(/^\s*\*\s?/gm, ' ').replace(/[`*]/g, '').replace(/\s+/g, ' ').trim());
}

// Two browsers, one page each, take the entries in turn: a page must be its browser's visible tab
// (Chromium pauses requestAnimationFrame and ResizeObserver in the others), and one browser alone
// left the second core idle while a story settled.
// They start one after the other (two starts at once are what the CI machine once failed), and
// the second is a help, not a need: if it does not start within 30 s, one browser checks them all.
const launchOptions = options.browser === 'firefox' ? firefoxLaunchOptions : options.browser === 'chromium' ? chromiumLaunchOptions : undefined;
if (!launchOptions) {
  console.error(`--browser ${options.browser}: chromium or firefox`);
  process.exit(2);
}
const browsers = [await puppeteer.launch(launchOptions())];
try {
  browsers.push(await puppeteer.launch({ ...launchOptions(), timeout: 30_000 }));
} catch (error) {
  console.log(`note: a second browser did not start (${error.message.split('\n')[0]}); checking with one`);
}
for (const launched of browsers) sharePriority(launched.process());
const browser = browsers[0];

let passed = 0;
let failed = 0;
/** Per widget tag, the CSS parts its stories rendered (read before any locale switch or control). */
const partsInStories = new Map();
try {
  const queue = [...entries];
  await Promise.all(browsers.map((own) => checkEntries(queue, own)));
  // A designer styling a part (::part(match)) must find a story that shows it.
  if (!options.only) {
    const problems = missingParts();
    if (problems.length === 0) passed++;
    else failed++;
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'}  every documented CSS part is shown by a story`);
    for (const problem of problems) console.log(`        ${problem}`);
  }
  // In the manager, not a story's own frame: the toolbar must follow a switch made in a story.
  if (!options.only) {
    const started = Date.now();
    const opened = {};
    const problems = await withTimeout(checkToolbarFollowsSwitch(opened), ENTRY_TIMEOUT_MS, 'the toolbar check').catch((error) => [
      `checker: ${error.message.split('\n')[0]}`,
    ]);
    await opened.page?.close().catch(() => {});
    const took = `${Date.now() - started} ms`;
    if (problems.length === 0) {
      passed++;
      console.log(`ok    manager: the locale toolbar follows <tc-locale-switch> (${took})`);
    } else {
      failed++;
      console.log(`FAIL  manager: the locale toolbar follows <tc-locale-switch> (${took})`);
      for (const problem of problems) console.log(`        ${problem}`);
    }
  }
} finally {
  await Promise.all(browsers.map((own) => own.close()));
  server?.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

/** Checks entries from the shared queue with `own` browser until none is left. */
async function checkEntries(queue, own) {
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    const started = Date.now();
    let problems;
    const opened = {};
    try {
      problems = await withTimeout(check(entry, opened, own), ENTRY_TIMEOUT_MS, 'the whole check');
    } catch (error) {
      problems = [`checker: ${error.message.split('\n')[0]}`];
      await withTimeout((opened.context ?? opened.page)?.close() ?? Promise.resolve(), 5_000, 'closing the page').catch(() => {});
    }
    const took = `${Date.now() - started} ms`;
    if (problems.length === 0) {
      passed++;
      console.log(`ok    ${entry.id} (${took})`);
    } else {
      failed++;
      console.log(`FAIL  ${entry.id} (${took})`);
      for (const problem of problems) console.log(`        ${problem}`);
    }
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  const late = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Opens the locale switch's first story in Storybook's manager, chooses 简体中文 with the switch,
 * and expects the manager's `locale` global (shown by the toolbar, kept in the URL) to follow.
 */
async function checkToolbarFollowsSwitch(opened) {
  const story = entries.find((entry) => entry.type === 'story' && entry.id.startsWith('widgets-locale-switch--'));
  if (!story) return ['no locale switch story'];
  const page = (opened.page = await browser.newPage());
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message.split('\n')[0]}`));
  await page.goto(`${origin}/?path=/story/${story.id}&globals=locale:en`, { waitUntil: 'load' });
  const frame = await (await page.waitForSelector('#storybook-preview-iframe', { timeout: STORY_TIMEOUT_MS })).contentFrame();
  const button = await frame.waitForFunction(() => document.querySelector('tc-locale-switch')?.shadowRoot?.querySelector('button[lang="zh-CN"]'), {
    timeout: STORY_TIMEOUT_MS,
  });
  await button.click();
  const followed = await page
    .waitForFunction(() => new URL(location.href).searchParams.get('globals')?.includes('locale:zh-CN'), { timeout: 10_000 })
    .then(() => true, () => false);
  if (!followed) problems.push(`after choosing 简体中文 in the story, the manager's URL says ${page.url()}`);
  return problems;
}

/**
 * Opens one entry in a fresh page (kept in `opened`), on storage no other entry has touched;
 * returns what went wrong, if anything.
 */
async function check(entry, opened, browser) {
  const isDocs = entry.type === 'docs';
  const tags = new Set(entry.tags ?? []);
  const errorsExpected = tags.has('expected-error') || (isDocs && docsShowErrors(entry));
  const problems = [];
  const widgetErrors = [];
  // An entry must not find what one before it in this browser stored (the queue's order varies from
  // run to run): a locale chosen on a remembering switch, kept in localStorage, shows the Remember
  // story in Chinese. Chromium clears the one origin (localStorage, IndexedDB, cookies, Cache
  // Storage, service workers; the HTTP cache stays, with the same files the server would send).
  // Firefox, without CDP, gets a browser context per entry: in Chromium that loaded Storybook's 3 MB
  // anew for each entry and made the check 55-90 % slower. Either page is its window's visible tab.
  const context = browser.protocol === 'cdp' ? undefined : (opened.context = await browser.createBrowserContext());
  const page = (opened.page = await (context ?? browser).newPage());
  if (!context) {
    const cdp = await page.createCDPSession();
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await cdp.detach();
  }
  // What happens while the page closes (requests cut off, say) is not the story's doing.
  let judged = false;
  const report = (problem) => judged || problems.push(problem);
  try {
    await page.setViewport({ width: 1280, height: 800 });
    page.on('pageerror', (error) => report(`page error: ${error.message.split('\n')[0]}`));
    page.on('console', (message) => {
      const text = message.text();
      if (/Multiple versions of Lit/i.test(text)) report(`console: ${text.split('\n')[0]}`);
      if (message.type() !== 'error') return;
      if (errorsExpected && EXPECTED_WIDGET_ERROR.test(text)) return void widgetErrors.push(text);
      // Chromium's own line for an intended 404 response (the response itself is judged below).
      const source = message.location()?.url;
      if (source && new URL(source).pathname === '/favicon.ico') return; // the browser's own request
      if (errorsExpected && /status of 404/.test(text) && source && new URL(source).pathname.startsWith('/fixtures/')) return;
      report(`console error: ${text.split('\n')[0]}${source && /^Failed to load resource/.test(text) ? ` (${source})` : ''}`);
    });
    page.on('requestfailed', (request) => {
      const { errorText } = request.failure() ?? {};
      // Chromium reports a fetch whose answer has arrived as ERR_ABORTED when the page is done with
      // its body (read in full, or not wanted after a 404). The answer's status is judged on its own
      // (below), and the widget's state tells whether the content arrived.
      if (errorText === 'net::ERR_ABORTED' && request.response()) return;
      report(`request failed: ${request.url()} (${errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() < 400) return;
      const { pathname } = new URL(response.url());
      if (pathname === '/favicon.ico') return; // the browser's own request (the dev server has none)
      if (errorsExpected && response.status() === 404 && pathname.startsWith('/fixtures/')) return;
      report(`HTTP ${response.status()}: ${response.url()}`);
    });

    // a11y.manual: the addon's own axe run stays off; this script runs axe itself, on the settled widget.
    const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${isDocs ? 'docs' : 'story'}&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });

    // Storybook shows the story (sb-show-main), its docs (sb-show-main + #storybook-docs), or an error.
    await page.waitForFunction(
      (docs) => {
        const classes = document.body.classList;
        if (classes.contains('sb-show-errordisplay') || classes.contains('sb-show-nopreview')) return true;
        if (!classes.contains('sb-show-main')) return false;
        return !docs || document.querySelector('#storybook-docs .sbdocs-content');
      },
      { timeout: STORY_TIMEOUT_MS },
      isDocs,
    );
    const errorDisplay = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay') || document.body.classList.contains('sb-show-nopreview')
        ? (document.querySelector('#error-message')?.textContent ?? 'no preview').trim().split('\n')[0]
        : null,
    );
    if (errorDisplay !== null) {
      problems.push(`Storybook error display: ${errorDisplay}`);
      return problems;
    }

    const scope = isDocs ? '#storybook-docs' : '#storybook-root';
    const wanted = tags.has('loading') ? 'loading' : tags.has('expected-error') ? 'error' : 'ready';
    const widgets = await settle(page, scope, isDocs ? null : wanted, !isDocs || (entry.storiesImports ?? []).length > 0 || !tags.has('unattached-mdx'));
    if (!isDocs) {
      if (widgets.length === 0) problems.push('no tc-* widget rendered');
      for (const widget of widgets) {
        if (widget.status !== undefined && widget.status !== wanted) problems.push(`<${widget.tag}> status "${widget.status}", expected "${wanted}"`);
        if (widget.empty) problems.push(`<${widget.tag}> rendered nothing`);
      }
      if (wanted === 'error' && widgetErrors.length === 0) problems.push('expected a "[trust-widgets] ... could not show" console error, saw none');
      if (widgetErrors.length > widgets.filter((widget) => widget.status === 'error').length) {
        problems.push(`more widget errors than widgets in error: ${widgetErrors.join(' | ')}`);
      }
      for (const [tag, parts] of await page.evaluate(partsShown, scope)) partsInStories.set(tag, new Set([...(partsInStories.get(tag) ?? []), ...parts]));
      if (wanted === 'error') problems.push(...(await errorAfterLocaleSwitch(page, scope)));
      if (/^widgets-locale-switch--(default|sets-document-lang)$/.test(entry.id)) problems.push(...(await documentLangAfterSwitch(page, entry.id)));
      if (entry.id.endsWith('--theming')) problems.push(...(await themingControlsApply(page, entry.id)));
    } else {
      const unsettled = widgets.filter((widget) => widget.status === 'loading' && !widget.stalled);
      if (unsettled.length) problems.push(`docs: ${unsettled.length} widget(s) still loading`);
      problems.push(...(await missingFromSnippets(page)), ...(await argsTableProblems(page)), ...(await descriptionProblems(page, entry)));
      problems.push(...(await brokenStorybookLinks(page)));
      if (entry.id.startsWith('content-authors-')) problems.push(...(await fieldTypeProblems(page)));
      if (entry.id.startsWith('widgets-')) problems.push(...(await themeInSnippet(page)));
      // Last, once its stories have played: a play function that clicked a question far down the
      // page (the FAQ's single mode keeps a clicked question in view) opened the FAQ's docs page
      // 7,000 px down, at its Chinese story, past its description.
      const scrolled = await page.evaluate(() => Math.round(scrollY));
      if (scrolled > 0) problems.push(`docs: opens scrolled ${scrolled} px down, not at its title`);
    }

    if (tags.has('narrow')) {
      const overflow = await page.evaluate((width) => {
        const frame = document.querySelector('#storybook-root .story-frame--narrow');
        if (!frame) return 'no .story-frame--narrow frame';
        if (frame.getBoundingClientRect().width > width + 0.5) return `frame is ${frame.getBoundingClientRect().width} px wide`;
        return frame.scrollWidth > frame.clientWidth + 1 ? `content is ${frame.scrollWidth} px wide in a ${width} px column` : null;
      }, NARROW_WIDTH);
      if (overflow) problems.push(`narrow: ${overflow}`);
    }

    if (!isDocs) {
      if (server) await page.addScriptTag({ url: `${origin}${AXE_PATH}` });
      else await page.evaluate(axeSource);
      const violations = await page.evaluate(
        async (selector, values) => {
          // target-size (WCAG 2.2, 2.5.8 AA) is off by default in axe 4: a tag alone does not run it.
          const result = await window.axe.run(selector, { runOnly: { type: 'tag', values }, rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] });
          return result.violations.map((violation) => ({
            id: violation.id,
            impact: violation.impact,
            help: violation.help,
            targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
          }));
        },
        scope,
        WCAG_TAGS,
      );
      for (const violation of violations) {
        problems.push(`axe ${violation.id} (${violation.impact}): ${violation.help} at ${violation.targets.join(', ')}`);
      }
    }
    return problems;
  } finally {
    judged = true;
    await (context ?? page).close();
  }
}

/**
 * The locale switch changes `<html lang>` only when set-document-lang asks it to: its story must
 * show that, so the toolbar's decorator leaves `<html lang>` alone in these stories.
 */
async function documentLangAfterSwitch(page, id) {
  const expected = id.endsWith('sets-document-lang') ? 'zh-CN' : 'en';
  const lang = await page.evaluate(async () => {
    document.documentElement.lang = 'en';
    // After the story's first renders, which set the toolbar's locale (English) again.
    await new Promise((done) => setTimeout(done, 500));
    document.querySelector('tc-locale-switch').shadowRoot.querySelector('button[lang="zh-CN"]').click();
    // The story may render anew for the toolbar's new locale: poll whichever switch is there.
    const chosen = () => document.querySelector('tc-locale-switch')?.shadowRoot?.querySelector('button[lang="zh-CN"][aria-current="true"]');
    for (let waited = 0; waited < 5_000 && !chosen(); waited += 50) await new Promise((done) => setTimeout(done, 50));
    await new Promise((done) => setTimeout(done, 300));
    return chosen() ? document.documentElement.lang : 'unknown: the switch did not take 简体中文';
  });
  return lang === expected ? [] : [`<html lang> is "${lang}" after choosing 简体中文, expected "${expected}"`];
}

/** In the page: [tag, parts rendered in its shadow root] for each widget under `scope`. */
function partsShown(scope) {
  return [...document.querySelectorAll(`${scope} *`)]
    .filter((element) => element.localName.startsWith('tc-') && element.shadowRoot)
    .map((element) => [element.localName, [...new Set([...element.shadowRoot.querySelectorAll('[part]')].flatMap((part) => part.getAttribute('part').split(/\s+/)))]]);
}

/** The CSS parts custom-elements.json documents that no story of their widget rendered. */
function missingParts() {
  const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
  const problems = [];
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName || !partsInStories.has(declaration.tagName)) continue;
    const shown = partsInStories.get(declaration.tagName);
    const missing = (declaration.cssParts ?? []).map((part) => part.name).filter((name) => !shown.has(name));
    if (missing.length > 0) problems.push(`<${declaration.tagName}>: no story shows the part(s) ${missing.join(', ')}`);
  }
  return problems;
}

/**
 * A designer tries a theme in the Controls panel: every CSS custom property the widget documents
 * has a control there, and what it is set to reaches the widget (the rows once had no control, so
 * nothing but editing the story's code could change a colour).
 */
async function themingControlsApply(page, id) {
  return page.evaluate(async (id) => {
    const problems = [];
    const story = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId: id });
    const properties = Object.entries(story.argTypes).filter(([, argType]) => argType.table?.category === 'CSS custom properties');
    if (properties.length === 0) return ['theming: no CSS custom properties among the argTypes'];
    const widget = () => [...document.querySelectorAll('#storybook-root *')].find((element) => element.localName.startsWith('tc-'));
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    // Looked at every frame (or 100 ms, should frames stop) until it holds or 2 s have passed.
    const within2s = async (holds) => {
      for (const end = performance.now() + 2_000; !holds() && performance.now() < end; ) await new Promise((done) => (requestAnimationFrame(done), setTimeout(done, 100)));
    };
    for (const [name, argType] of properties) {
      const type = argType.control && argType.control.type;
      if (!type) {
        problems.push(`theming: ${name} has no control`);
        continue;
      }
      const value = type === 'color' ? 'rgb(1, 2, 3)' : name.includes('font-family') ? 'monospace' : '17px';
      channel.emit('updateStoryArgs', { storyId: id, updatedArgs: { [name]: value } });
      const seen = () => (widget() ? getComputedStyle(widget()).getPropertyValue(name).trim() : '');
      await within2s(() => seen() === value);
      if (seen() !== value) problems.push(`theming: setting ${name} to ${value} in Controls left it "${seen()}" on the widget`);
      channel.emit('resetStoryArgs', { storyId: id, argNames: [name] });
      await within2s(() => !widget()?.style.getPropertyValue(name));
      if (widget()?.style.getPropertyValue(name)) problems.push(`theming: ${name} stayed on the widget after Reset controls`);
    }
    return problems;
  }, id);
}

/**
 * A theme tried in the docs page's Controls is what "Show code" hands over: a rule for the widget
 * with the custom property, not a style attribute (which a strict style-src CSP ignores).
 */
async function themeInSnippet(page) {
  const code = await page.evaluate(async () => {
    const primary = document.querySelector('#storybook-docs [id^="anchor--primary--"]');
    const widget = primary && [...primary.querySelectorAll('*')].find((element) => element.localName.startsWith('tc-'));
    if (!widget) return null;
    const storyId = primary.id.slice('anchor--primary--'.length);
    window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId, updatedArgs: { '--tc-color-link': 'rgb(1, 2, 3)' } });
    const snippet = () => [...primary.querySelectorAll('pre')].map((pre) => pre.textContent).find((text) => text.includes(`<${widget.localName}`));
    if (!snippet()) primary.querySelector('.docblock-code-toggle')?.click();
    // Looked at every frame (or 100 ms, should frames stop) for 5 s at most.
    for (const end = performance.now() + 5_000; !snippet()?.includes('rgb(1, 2, 3)') && performance.now() < end; ) {
      await new Promise((done) => (requestAnimationFrame(done), setTimeout(done, 100)));
    }
    const text = snippet() ?? '';
    window.__STORYBOOK_ADDONS_CHANNEL__.emit('resetStoryArgs', { storyId, argNames: ['--tc-color-link'] });
    return { tag: widget.localName, text };
  });
  if (code === null) return ['docs: no widget in the primary story'];
  const rule = new RegExp(`<style>\\s*${code.tag} \\{\\s*--tc-color-link: rgb\\(1, 2, 3\\);`);
  const problems = [];
  if (!rule.test(code.text)) problems.push(`docs: "Show code" after --tc-color-link was set in Controls has no rule for <${code.tag}>: ${code.text.slice(0, 120)}`);
  if (/ style="/.test(code.text)) problems.push(`docs: "Show code" carries the theme as a style attribute: ${code.text.slice(0, 160)}`);
  return problems;
}

/**
 * An error story shows its error in the toolbar's other locale too: the Too large stories once
 * loaded the Chinese document anew, under the usual limit, and showed content instead.
 */
async function errorAfterLocaleSwitch(page, scope) {
  const statuses = await page.evaluate(async (scope) => {
    const widgets = () => [...document.querySelectorAll(`${scope} *`)].filter((element) => element.localName.startsWith('tc-') && element.hasAttribute('status'));
    // Looked at every frame (or 50 ms, should frames stop) until it holds or 5 s have passed.
    const within5s = async (holds) => {
      for (const end = performance.now() + 5_000; !holds() && performance.now() < end; ) await new Promise((done) => (requestAnimationFrame(done), setTimeout(done, 50)));
    };
    window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { locale: 'zh-CN' } });
    await within5s(() => document.documentElement.lang === 'zh-CN');
    // Until the switch is over in every widget: what it loads has arrived (the fixtures answer at
    // once, or never) and the widget has rendered again in Chinese. A load the switch starts begins
    // as it does (status "loading"), and its outcome is rendered with the Chinese UI strings, which
    // mark the widget's root (lang) only once they have loaded: before that, the root keeps "en".
    const switched = (widget) => widget.getAttribute('status') !== 'loading' && widget.shadowRoot?.querySelector('.root')?.lang === 'zh-CN';
    await within5s(() => widgets().every(switched));
    await Promise.all(widgets().map((widget) => widget.updateComplete));
    return { lang: document.documentElement.lang, widgets: widgets().map((widget) => ({ tag: widget.localName, status: widget.getAttribute('status') })) };
  }, scope);
  if (statuses.lang !== 'zh-CN') return ['the switch of the toolbar to zh-CN did not reach the story'];
  return statuses.widgets.filter(({ status }) => status !== 'error').map(({ tag, status }) => `<${tag}> status "${status}" after a switch to zh-CN, expected "error"`);
}

/**
 * The docs page's table of the API: a method shows its signature, the `content` property is
 * edited as an object (as text, what a designer typed was taken for a URL and fetched), and
 * `heading-level` offers the levels 2 to 6.
 */
async function argsTableProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const rows = [...document.querySelectorAll('#storybook-docs tr')];
    const sectionOf = (row) => {
      // A section's row has fewer cells than an item's, and a button "Hide <section> items".
      for (let previous = row.previousElementSibling; previous; previous = previous.previousElementSibling) {
        if (previous.children.length < row.children.length) return /Hide (.+?) items/i.exec(previous.textContent)?.[1].toLowerCase() ?? '';
      }
      return '';
    };
    let methods = 0;
    for (const row of rows) {
      const [name, description] = row.querySelectorAll('td');
      if (!name || !description || row.children.length < 4) continue;
      if (sectionOf(row) === 'methods') methods++;
      const label = name.textContent.trim();
      if (sectionOf(row) === 'methods' && !/\(.*\): /.test(description.textContent)) problems.push(`docs: method ${label} shows no signature`);
      if (label === 'content' && (row.querySelector('textarea') || /Set string/.test(row.textContent))) problems.push('docs: the content property has a text control, not an object one');
      // A designer picks ids (sections, link groups) from those the kit's content has, not by typing them.
      if (/^Space-separated ids/.test(description.textContent.trim()) && !row.querySelector('input[type="checkbox"]')) problems.push(`docs: ${label} takes ids but its control offers none to tick`);
      // Nor a heading level by typing a number (7 was drawn as 6): the levels the widget draws, to pick.
      const radios = [...row.querySelectorAll('input[type="radio"]')].map((input) => input.value).join(' ');
      if (label === 'heading-level' && radios !== '2 3 4 5 6') problems.push(`docs: heading-level's control offers "${radios}", not the levels 2 3 4 5 6 to pick`);
    }
    // Every widget has public methods (reload() at least; the locale switch has none).
    const apiTable = rows.some((row) => /Hide attributes items/i.test(row.textContent));
    if (apiTable && methods === 0 && !document.querySelector('#storybook-docs tc-locale-switch')) problems.push('docs: no methods found in the API table');
    return problems;
  });
}

/**
 * The content authors' page lists each document's fields with their types: a field that takes the
 * shared text or id rules under a description of its own (a region's name, a replication partner)
 * is named for those rules, not as a plain string (an editor audit found them called "string").
 */
/**
 * A docs page's links to other pages of this Storybook (`?path=/docs/<id>` or `/story/<id>`, which
 * the docs blocks open in the manager) must name an entry of index.json: a story or page renamed
 * leaves a link that opens "Couldn't find story" with no error at build time.
 */
async function brokenStorybookLinks(page) {
  const hrefs = await page.evaluate(() => [...document.querySelectorAll('#storybook-docs a[href^="?path="]')].map((link) => link.getAttribute('href')));
  return hrefs
    .filter((href) => !Object.hasOwn(index.entries, href.replace(/^\?path=\/(docs|story)\//, '')))
    .map((href) => `docs: the link ${href} leads to no story or docs page`);
}

async function fieldTypeProblems(page) {
  const types = await page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('#storybook-docs tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.trim())).filter((cells) => cells.length > 2)),
  );
  const expected = { 'regions[].name': 'text', 'regions[].replicationPartner': 'id', 'regions[].id': 'id', title: 'text' };
  return Object.entries(expected).filter(([field, type]) => types[field] !== type).map(([field, type]) => `docs: the field ${field} is shown as ${types[field]}, not ${type}`);
}

async function descriptionProblems(page, entry) {
  const shown = await page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('#storybook-docs [id^="anchor--"]')].map((anchor) => [anchor.id.slice('anchor--'.length), anchor.textContent.replace(/[`*]/g, '').replace(/\s+/g, ' ')])),
  );
  const problems = [];
  for (const [id, text] of Object.entries(shown)) {
    const comment = storyComments.get(id);
    // The docs page's primary story has its own block; the comment's opening words are enough.
    if (comment && !text.includes(comment.slice(0, 60))) problems.push(`docs: ${id} does not show its stories file's description ("${comment.slice(0, 50)}…")`);
  }
  return entry.importPath ? problems : [];
}

/**
 * "Show code" must give what a reader needs to get the story: for every widget on a docs page whose
 * `content` or `today` property a story set (markup cannot carry them), a snippet's script must set
 * the same value (the same document, the same date) in the same story's block.
 */
async function missingFromSnippets(page) {
  const given = await page.evaluate(async () => {
    const toggles = document.querySelectorAll('#storybook-docs .docblock-code-toggle');
    for (const toggle of toggles) toggle.click();
    // The code blocks render once their highlighter has loaded, one after another: wait until each
    // story whose properties the snippets must set shows a block, and the blocks' text has held for
    // half a second (a story with nothing to show has a toggle and no block). Not only until their
    // number held: a busy page renders them in steps (17 of 20, then 19, at 8x CPU throttling), and
    // with WebKit's tests alongside, three stories down the data-location docs page (Schema error,
    // Empty, Long) were once reported as snippets that do not set their content.
    const markup = (within) => [...within.querySelectorAll('pre')].map((pre) => pre.textContent).filter((text) => text.trimStart().startsWith('<') && text.includes('<tc-'));
    const docs = document.querySelector('#storybook-docs');
    const withProperties = () => [...docs.querySelectorAll('*')].filter((widget) => widget.localName.startsWith('tc-') && (widget.content !== undefined || widget.today !== undefined));
    for (let waited = 0, shown = '', steady = 0; waited < 15_000 && steady < 10 && toggles.length > 0; waited += 50) {
      await new Promise((done) => setTimeout(done, 50));
      const now = markup(docs).join('\n');
      const eachShown = withProperties().every((widget) => markup(widget.closest('.sb-anchor') ?? docs).length > 0);
      steady = now === shown && now !== '' && eachShown ? steady + 1 : 0;
      shown = now;
    }
    // Each story's block (its anchor) holds its widget and its own snippet: another story's snippet
    // with the same document (Long's, say) does not count for it.
    return withProperties()
      .map((widget) => ({
        story: widget.closest('.sb-anchor')?.id.replace(/^anchor--/, '') ?? '(no story block)',
        tag: widget.localName,
        // The whole document, not its title: a navigation document has none.
        content: widget.content === undefined ? undefined : JSON.stringify(widget.content),
        today: widget.today,
        snippets: markup(widget.closest('.sb-anchor') ?? docs),
      }));
  });
  const problems = [];
  for (const { story, tag, content, today, snippets } of given) {
    const scripts = snippets.filter((snippet) => snippet.includes('<script type="module">'));
    for (const snippet of scripts) {
      if (snippet.split('<script type="module">').length > 2) problems.push(`docs: ${story}: its "Show code" snippet sets its properties twice: ${snippet.slice(0, 60)}…`);
    }
    const documents = scripts.map((script) => /widget\.content = ([\s\S]*?);\n(?: {2}widget\.|<\/script>)/.exec(script)?.[1]).filter(Boolean);
    if (content !== undefined && !documents.some((document) => JSON.stringify(JSON.parse(document)) === content)) {
      problems.push(`docs: ${story}: its "Show code" snippet does not set the content of <${tag}>: ${content.slice(0, 80)}…`);
    }
    if (today !== undefined && !scripts.some((script) => script.includes(`widget.today = ${JSON.stringify(today)};`))) {
      problems.push(`docs: ${story}: its "Show code" snippet does not set today = "${today}" on <${tag}>`);
    }
  }
  return problems;
}

/**
 * Waits until every tc-* element under `scope` is defined and updated, and every widget that loads
 * content (it reflects `status`) has left `loading`; a story tagged `loading` is watched for a while
 * instead. `wanted` is null for docs pages; `widgetsExpected` is false for pages without widgets.
 * Returns each widget's tag, final status and whether it rendered anything.
 */
async function settle(page, scope, wanted, widgetsExpected) {
  const deadline = Date.now() + STORY_TIMEOUT_MS;
  if (wanted === 'loading') await new Promise((done) => setTimeout(done, LOADING_GRACE_MS));
  for (;;) {
    const widgets = await page.evaluate(async (selector) => {
      const found = [...document.querySelectorAll(`${selector} *`)].filter((element) => element.localName.startsWith('tc-'));
      const defined = Promise.all(found.map((element) => customElements.whenDefined(element.localName)));
      // An element that never finishes updating is reported by its status, not by a hang here.
      await Promise.race([defined.then(() => Promise.all(found.map((element) => element.updateComplete))), new Promise((done) => setTimeout(done, 5_000))]);
      return found.map((element) => ({
        tag: element.localName,
        status: element.hasAttribute('status') ? element.getAttribute('status') : undefined,
        stalled: (element.getAttribute('src') ?? '').includes('stalled-request/'),
        empty: !element.shadowRoot || element.shadowRoot.childElementCount === 0,
      }));
    }, scope);
    // In docs pages, the loading and timeout stories' widgets (stalled requests) are not waited for.
    const waiting = widgets.some((widget) => widget.status === 'loading' && (wanted !== null || !widget.stalled));
    if ((!waiting && (widgets.length > 0 || !widgetsExpected)) || wanted === 'loading' || Date.now() > deadline) {
      // Let layout, fonts and any last render settle before measuring and running axe.
      await page.evaluate(() =>
        Promise.race([
          document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))),
          new Promise((done) => setTimeout(done, 2_000)),
        ]),
      );
      // And the animations a play function started (an FAQ answer fades in over 0.2 s): axe once
      // measured a Copy link button's colours halfway, on a busy CI machine.
      await page.evaluate(() => {
        const roots = [document, ...[...document.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))];
        const running = roots.flatMap((root) => root.getAnimations()).filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
        return Promise.race([Promise.all(running.map((animation) => animation.finished.catch(() => undefined))), new Promise((done) => setTimeout(done, 2_000))]);
      });
      return widgets;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}
