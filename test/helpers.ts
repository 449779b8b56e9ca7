import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import { install, type Clock } from '@sinonjs/fake-timers';
import type { AxeResults } from 'axe-core';
import { clearContentCache, configureContentStore, contentStoreDefaults } from '../src/core/content-store.js';
import { setLocale } from '../src/core/locale.js';

declare global {
  interface Window {
    axe: { run: (context: Element, options: object) => Promise<AxeResults> };
  }
}

/** Presses `key` with `modifier` (Shift, Control, Alt or Meta) held, in every browser the tests drive. */
export async function pressWith(modifier: 'Shift' | 'Control' | 'Alt' | 'Meta', key: string): Promise<void> {
  await executeServerCommand('press-with', { modifier, key });
}

/** Resolves with the next `name` event dispatched on `target`. */
export function nextEvent<T extends Event = CustomEvent>(target: EventTarget, name: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(name, (event) => resolve(event as T), { once: true }));
}

/**
 * The clock withFakeTimeouts() installed last, which resetKit() uninstalls: a test that times out
 * while it awaits never reaches the helper's `finally`, and the clock it left held every later
 * timer in the file, the test runner's report of the file included (no result, "did not finish"
 * minutes later).
 */
let fakeClock: Clock | undefined;

/**
 * Runs `run` with the page's setTimeout and clearTimeout taken over: a timer set meanwhile runs
 * only when `await clock.tickAsync(ms)` reaches its time, each in a task of its own as the browser
 * runs them (Lit's updates come between), so a test of the kit's pauses (the FAQ's result count,
 * the retention calculator's answer: a second each) says what a reader hears before and after one
 * without sitting it out. Only those two: Lit's updates (microtasks), frames and the date stay
 * real, and a timer set before is cleared for real. The clock is uninstalled as `run` ends,
 * returned or thrown, so the test goes on with the browser's own timers before it waits on
 * anything that needs one (a fetch's delay, `waitUntil`), which under the clock would never come:
 * what it asserts after waiting on such a thing, it asserts after this call.
 * With `now`, the date is taken over too, and starts there: the reader's clock at a time a test
 * needs (a second before midnight), moving only as the timers' clock ticks.
 */
export async function withFakeTimeouts<T>(run: (clock: Clock) => Promise<T>, { now }: { now?: Date } = {}): Promise<T> {
  const clock = (fakeClock = install({ toFake: now ? ['setTimeout', 'clearTimeout', 'Date'] : ['setTimeout', 'clearTimeout'], now, shouldClearNativeTimers: true }));
  try {
    return await run(clock);
  } finally {
    clock.uninstall();
  }
}

/**
 * Resolves once `holds()` is true, looked at every 50 ms; rejects with `what` after `timeout` ms
 * (1 s unless told), from the stack of the test that waited.
 */
export async function waitUntil(holds: () => unknown, what: string, { timeout = 1000 }: { timeout?: number } = {}): Promise<void> {
  const { stack } = new Error();
  for (const end = performance.now() + timeout; !holds(); await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (performance.now() > end) throw Object.assign(new Error(`Timeout: ${what}`), { stack });
  }
}

/** Resolves when `element` reports tc-ready or tc-error, with that event. */
export function settled(element: HTMLElement): Promise<CustomEvent> {
  return Promise.race([nextEvent<CustomEvent>(element, 'tc-ready'), nextEvent<CustomEvent>(element, 'tc-error')]);
}

/** A block of `width` px on the page, as a container gives a widget its width; the test removes it. */
export function frameOf(width: number): HTMLElement {
  const frame = document.createElement('div');
  frame.style.width = `${width}px`;
  document.body.append(frame);
  return frame;
}

/** Appends a fresh `tag` element with `attributes` to the page and waits until it has settled. */
export async function mount<T extends HTMLElement>(
  tag: string,
  attributes: Record<string, string> = {},
  properties: Record<string, unknown> = {},
  parent: HTMLElement = document.body,
): Promise<T> {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  const done = settled(element);
  parent.append(element);
  await done;
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  mounted.push(element);
  return element;
}

const mounted: HTMLElement[] = [];

/** The six content widgets, each with the attributes that show its default content. */
export const contentWidgets: Array<[tag: string, attributes: Record<string, string>]> = [
  ['tc-data-location', {}],
  ['tc-faq', {}],
  ['tc-retention-timeline', {}],
  ['tc-policy-sections', {}],
  ['tc-breadcrumb', { page: 'privacy-control' }],
  ['tc-sidebar', { page: 'privacy-control' }],
];

/**
 * mount() for any widget: the locale switch loads no content, so it is mounted once it has
 * rendered. The caller removes a locale switch (resetKit removes only content widgets).
 */
export async function mountWidget(tag: string, attributes: Record<string, string>): Promise<HTMLElement> {
  if (tag !== 'tc-locale-switch') return mount<HTMLElement>(tag, attributes);
  const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** Puts the page back as it was: widgets removed, caches and settings reset, English. */
export async function resetKit(): Promise<void> {
  fakeClock?.uninstall();
  fakeClock = undefined;
  for (const element of mounted.splice(0)) element.remove();
  clearContentCache();
  configureContentStore({ ...contentStoreDefaults, contentBase: undefined });
  document.documentElement.lang = 'en';
  await setLocale('en');
}

/** Gives the page back its own colour scheme and colours, after a test that set them. */
export function resetPageColours(): void {
  document.documentElement.style.colorScheme = '';
  document.body.style.background = '';
  document.body.style.color = '';
}

/** Resolves after two animation frames: layout, ResizeObserver reports and their re-render are done. */
export const frames = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * The reader goes to another window and comes back: a popup opens, then closes. Says whether the
 * page lost focus meanwhile, which only the test's Firefox gives a popup: elsewhere, skip.
 */
export async function leaveWindowAndComeBack(): Promise<boolean> {
  const popup = window.open('about:blank', '_blank', 'popup');
  await new Promise((resolve) => setTimeout(resolve, 300));
  const left = !document.hasFocus();
  popup?.close();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return left;
}

/**
 * Where a reader types on a page: a field, a rich-text editor (a comment box), and a list box a
 * page's navigation puts in the hash as the reader arrows through its choices.
 */
export const typingPlaces: Array<[kind: string, make: () => HTMLElement]> = [
  ['a field', () => document.createElement('input')],
  ['an editable region', () => Object.assign(document.createElement('div'), { contentEditable: 'true' })],
  [
    'a list box',
    () => {
      const select = document.createElement('select');
      select.append(new Option('One'), new Option('Two'));
      return select;
    },
  ],
];

/** The shadow root of a widget, asserted to exist. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** The language a node is read in: its nearest `lang`, through shadow roots to the document's. */
export function languageOf(node: Node): string {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element) {
    if (element.hasAttribute('lang')) return element.getAttribute('lang')!;
    element = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host ?? null);
  }
  return document.documentElement.lang;
}

/**
 * Every accessible name in the page, as Chromium computes them (read over CDP: Chromium only).
 * CSS generated content is in them unless its alternative text says otherwise.
 */
export async function accessibleNames(): Promise<string[]> {
  const names: string[] = [];
  const walk = (node: { name?: string; children?: unknown[] } | null) => {
    if (!node) return;
    if (node.name) names.push(node.name);
    for (const child of node.children ?? []) walk(child as never);
  };
  walk((await a11ySnapshot({})) as never);
  return names;
}

/**
 * Whether the tests run in Chromium, the one browser driven over Chrome's protocol: only there can
 * a test emulate print, colour schemes or forced colours, or read the accessibility tree.
 */
export const inChromium = navigator.userAgent.includes('Chrome/');

/** Whether the tests run in WebKit (Safari's engine), driven over WebDriver. */
export const inWebKit = !inChromium && !navigator.userAgent.includes('Firefox/');

/**
 * The role and accessible name WebKit gives an element, what VoiceOver reads (WebDriver's computed
 * role and label), or Chromium (its accessibility tree over Chrome's protocol, with its own role
 * names): not Firefox. `path` is a selector in the page, then one in each shadow root on the way:
 * `['#faq', 'button']`.
 */
export function computedAccessibility(...path: string[]): Promise<{ role: string; label: string }> {
  return executeServerCommand('computed-accessibility', { path });
}

/**
 * The elements of the page that respond to clicks, shadow roots included, each `tag` or
 * `tag.part`: links that navigate, and any element with a click listener of its own, which Chromium
 * exposes to assistive technology as clickable (Chromium only).
 */
export function clickableElements(): Promise<string[]> {
  return executeServerCommand('clickable-elements');
}

/**
 * The fonts Chromium drew an element's own text with, and how many glyphs each: a font fallback
 * shows as a second font. `path` as for computedAccessibility (Chromium only).
 */
export function platformFonts(...path: string[]): Promise<Array<{ familyName: string; glyphCount: number }>> {
  return executeServerCommand('platform-fonts', { path });
}

/** Text of a node with white space collapsed, as a reader would see it. */
export function visibleText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Runs `body` with console.error silenced (error states log on purpose). */
export async function quietly<T>(body: () => Promise<T>): Promise<T> {
  const original = console.error;
  console.error = () => undefined;
  try {
    return await body();
  } finally {
    console.error = original;
  }
}

/**
 * axe-core, loaded by the first test of a file that asks for it: most test files never do, and every
 * test page used to parse its 550 kB before its first test (some 0.2 s a file, in each browser).
 */
let axeLoaded: Promise<unknown> | undefined;

/** axe violations of WCAG 2.0, 2.1 and 2.2 A and AA rules inside `element`, target size included. */
export async function axeViolations(element: Element): Promise<string[]> {
  await (axeLoaded ??= import('axe-core/axe.min.js'));
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    // WCAG 2.2's target size (2.5.8, AA) is off by default in axe 4: a tag alone does not run it.
    rules: { 'target-size': { enabled: true } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** WCAG 2 relative luminance of a colour given as 0–255 channels, or as a computed `rgb(…)` string. */
export function luminance(color: string | readonly number[]): number {
  const channels = typeof color === 'string' ? (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) : color.slice(0, 3);
  return channels
    .map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    })
    .reduce((sum, c, index) => sum + c * [0.2126, 0.7152, 0.0722][index], 0);
}

/**
 * WCAG 2 contrast ratio of two colours, each given as 0–255 channels or as a computed `rgb(…)` /
 * `rgba(…)` string. A translucent colour (a system colour may be) is drawn over `page` first.
 */
export function contrast(first: string | readonly number[], second: string | readonly number[], page: string | readonly number[] = [255, 255, 255]): number {
  const channels = (color: string | readonly number[]) => (typeof color === 'string' ? (color.match(/[\d.]+/g) ?? []).map(Number) : [...color]);
  const under = channels(page);
  const opaque = (color: string | readonly number[]) => {
    const [r, g, b, alpha = 1] = channels(color);
    return [r, g, b].map((channel, index) => channel * alpha + under[index] * (1 - alpha));
  };
  const [light, dark] = [luminance(opaque(first)), luminance(opaque(second))].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** The kit's English content, read the way a product page would before passing it as `content`. */
export async function shippedDocument<T = Record<string, unknown>>(locale: string, file: string): Promise<T> {
  const response = await fetch(`/content/${locale}/${file}`);
  return (await response.json()) as T;
}

/** Records every fetch the page makes, without changing it. */
export function recordFetches(delayMs = 0): { urls: string[]; signals: AbortSignal[]; restore: () => void } {
  const original = window.fetch;
  const record = { urls: [] as string[], signals: [] as AbortSignal[], restore: () => (window.fetch = original) };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    record.urls.push(String(input instanceof Request ? input.url : input));
    if (init?.signal) record.signals.push(init.signal);
    // A slow network: the request goes out `delayMs` later.
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return original(input, init);
  };
  return record;
}

/**
 * Switches the kit to `locale` and waits until `widget` shows it, then empties the content store:
 * as on a page opened in that language, where no other locale's document has been loaded.
 */
export async function openedIn(widget: HTMLElement, locale: string): Promise<void> {
  const shown = nextEvent(widget, 'tc-ready');
  await setLocale(locale);
  await shown;
  clearContentCache();
}

/**
 * Holds back every request of `win` whose URL contains `part`, as a slow network would, until
 * `release()`; `restore()` gives the window its own fetch back (and releases what is held).
 */
export function holdFetches(part: string, win: Window & typeof globalThis = window): { release: () => void; restore: () => void } {
  const original = win.fetch;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  win.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input instanceof Request ? input.url : input).includes(part)) await held;
    return original.call(win, input, init);
  };
  return { release, restore: () => (release(), (win.fetch = original)) };
}

/**
 * The states every content widget shares, tested alike in each widget's file: while its content
 * loads, a polite "Loading…" status that axe passes; once ready, axe passes in both locales.
 * `attributes` are what the widget needs besides `src` (a page, say); `mountReady` mounts it with
 * real content, as the rest of its tests do.
 */
export function itShowsAccessibleStates(
  tag: string,
  attributes: Record<string, string>,
  mountReady: () => Promise<HTMLElement & { status: string }>,
): void {
  it('shows a polite loading status while the content loads, and passes axe', async () => {
    const widget = document.createElement(tag) as HTMLElement & { status: string; updateComplete: Promise<unknown> };
    for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
    // The test server answers this only after the test: the widget is still loading.
    widget.setAttribute('src', `/fixture/stall?ms=4000&${tag}-loading`);
    document.body.append(widget);
    await widget.updateComplete;
    try {
      expect(widget.status).to.equal('loading');
      expect(visibleText(shadow(widget).querySelector('[role="status"]'))).to.equal('Loading…');
      expect(await axeViolations(widget)).to.deep.equal([]);
    } finally {
      widget.remove();
    }
  });

  for (const locale of ['en', 'zh-CN']) {
    it(`passes axe (WCAG 2.2 AA) when ready in ${locale}`, async () => {
      await setLocale(locale);
      const widget = await mountReady();
      expect(widget.status).to.equal('ready');
      expect(await axeViolations(widget)).to.deep.equal([]);
    });
  }
}

/**
 * What a page translator does to the page (Google Translate's <font> pairs, as done in open shadow
 * roots by the extensions that reach into them, such as 划词翻译 and Linguist): it walks the
 * document and every open shadow root and replaces each text node with
 * `<font><font>translation</font></font>` (the text node itself leaves the page), skipping
 * scripts, styles and whatever carries translate="no" or class "notranslate"; then it marks `<html>`
 * as translated: class translated-ltr, and lang="ja", the target language, which some set (on an
 * English page the kit stays in English: resolveLocale('ja') is 'en'). The "translation" here is
 * the text with `prefix` before it. Called again after the page has changed, it translates the new
 * text, as the translators do with text added since.
 */
export function machineTranslate(prefix = '[ja] ', root: Node = document): void {
  const wrap = () => {
    const font = document.createElement('font');
    font.style.verticalAlign = 'inherit';
    return font;
  };
  const walk = (node: Node): void => {
    for (const child of [...node.childNodes]) {
      if (child instanceof Text) {
        if (!child.data.trim() || child.data.startsWith(prefix) || child.parentElement?.localName === 'font') continue;
        const outer = wrap();
        outer.append(wrap());
        outer.firstChild!.textContent = prefix + child.data;
        child.replaceWith(outer);
      } else if (child instanceof Element) {
        if (/^(script|style|template)$/.test(child.localName) || child.getAttribute('translate') === 'no' || child.classList.contains('notranslate')) continue;
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(root);
  document.documentElement.lang = 'ja';
  document.documentElement.classList.add('translated-ltr');
}

/** The text of a node as a reader of the translation sees it, with the translation's prefix removed. */
export function untranslatedText(node: Node | null | undefined, prefix = '[ja] '): string {
  return visibleText(node).split(prefix).join('');
}
