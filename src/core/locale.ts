import { configureLocalization } from '@lit/localize';
import { sourceLocale, supportedLocales, type Locale, type TargetLocale } from './supported-locales.js';
import { translationLoaders } from './translation-loaders.js';
import { storeOptions, withinTime } from './content-store-options.js';

export { sourceLocale, supportedLocales, type Locale };

/**
 * Maps any BCP 47 tag to a supported locale: Simplified Chinese tags (zh, zh-Hans, zh-Hans-CN,
 * zh-CN, zh-SG, and the old Windows tag zh-CHS) to zh-CN; everything else, Traditional Chinese
 * included (zh-TW, zh-Hant, and zh-CHT, which a region check alone would take for Simplified), to
 * English.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  // Extensions and private use (`-u-nu-hanidec`, `-x-…`) end what is read: their subtags are no
  // regions. "_" separates subtags as "-" does (zh_CN, as POSIX locales write it).
  const subtags = (tag ?? '').trim().toLowerCase().replace(/[-_][a-z\d][-_].*/, '').split(/[-_]/);
  if (subtags[0] !== 'zh' || subtags.includes('hant') || subtags.includes('cht')) return 'en';
  if (subtags.includes('hans')) return 'zh-CN';
  const region = subtags.slice(1).find((subtag) => /^[a-z]{2}$/.test(subtag));
  return region === undefined || region === 'cn' || region === 'sg' ? 'zh-CN' : 'en';
}

type LocalizationRuntime = ReturnType<typeof configureLocalization>;
let runtime: LocalizationRuntime | undefined;
let activeLocale: Locale | undefined;
let uiStringsReady: Promise<void> = Promise.resolve();
let uiStringsFailed = false;
let latestSwitch = 0;
/** How many loads of UI strings have failed on this page (a retry asks for them under another URL). */
let failedLoads = 0;
const listeners = new Set<(locale: Locale) => void>();
/**
 * What a content widget's document may come from has changed (content-store.ts's
 * onContentSourceChange adds the widgets): another locale, told as its switch begins, before the new
 * UI strings have loaded, so that the documents load alongside the strings and not one round trip
 * after them (the widgets show them once the strings are in); or another content folder.
 */
export const contentSourceListeners = new Set<() => void>();

// @lit/localize may be configured once per module instance. The kit bundles its own private copy
// (see vite.config.ts), so configuring it here never collides with a host page's own copy.
function ensureRuntime(): LocalizationRuntime {
  if (runtime) return runtime;
  runtime = configureLocalization({
    sourceLocale,
    // supportedLocales lists the source locale first.
    targetLocales: supportedLocales.slice(1),
    // Within the content's time limit, as the documents that wait for them: a request never answered
    // (a connection that died on a train without closing) kept every widget on its old content,
    // busy, for good. A load that failed or timed out is asked for anew (translation-loaders.script.ts).
    loadLocale: (locale) =>
      withinTime(translationLoaders[locale as TargetLocale](failedLoads), storeOptions.timeoutMs, () => 'timeout').catch((error: unknown) => {
        failedLoads++;
        throw error;
      }) as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
  });
  activeLocale = resolveLocale(document.documentElement.lang);
  if (activeLocale !== sourceLocale) void loadUiStrings(activeLocale);
  // Follow the page: a host that changes <html lang> switches the kit too. Only a change of the
  // page's language counts: a framework that writes the same lang again on every render (or en
  // for en-US) must not undo the reader's switch to Chinese made since. (An attributeFilter alone
  // observes attributes: `attributes: true` would only repeat it.)
  let pageLocale = activeLocale;
  new MutationObserver(() => {
    const locale = resolveLocale(document.documentElement.lang);
    if (locale !== pageLocale) void setLocale((pageLocale = locale));
  }).observe(document.documentElement, { attributeFilter: ['lang'] });
  return runtime;
}

/** The kit's active locale; it starts from `<html lang>`. */
export function getLocale(): Locale {
  ensureRuntime();
  return activeLocale!;
}

/**
 * The language of the UI strings on screen, which is what marks them (`lang`) and formats the
 * numbers and dates inside them. It follows getLocale() once that locale's strings have loaded,
 * and stays on the previous language if they could not be.
 */
export function uiStringsLocale(): Locale {
  return ensureRuntime().getLocale() as Locale;
}

/** Resolves once the UI strings of the active locale are loaded. */
export function whenUiStringsReady(): Promise<void> {
  ensureRuntime();
  return uiStringsReady;
}

/**
 * Switches every widget of this copy of the kit to `locale` (any BCP 47 tag; see resolveLocale),
 * UI strings and content, without a reload. Resolves when the new UI strings are in place. Asking
 * for the active locale again retries its UI strings if they could not be loaded.
 */
export async function setLocale(locale: string): Promise<void> {
  ensureRuntime();
  const next = resolveLocale(locale);
  if (next === activeLocale && !uiStringsFailed) return uiStringsReady;
  activeLocale = next;
  // They update in a microtask: loadUiStrings has begun by then, and they wait for what it loads.
  contentSourceListeners.forEach((listener) => listener());
  await loadUiStrings(next);
}

/** Loads the UI strings of `locale`, then tells the listeners, including on a page's first load. */
async function loadUiStrings(locale: Locale): Promise<void> {
  const thisSwitch = ++latestSwitch;
  const { setLocale: setUiLocale } = runtime!;
  // @lit/localize answers a request for the locale whose load failed with that same failure;
  // passing through the source locale (whose strings are built in) makes it load anew.
  if (uiStringsFailed) void setUiLocale(sourceLocale);
  uiStringsFailed = false;
  uiStringsReady = setUiLocale(locale).catch((error: unknown) => {
    // Content still switches; the UI strings stay in the previous language.
    if (thisSwitch === latestSwitch) uiStringsFailed = true;
    console.error(`[trust-widgets] could not load ${locale} UI strings`, error);
  });
  await uiStringsReady;
  // A later call may have overtaken this one while its strings loaded; only the last one announces.
  // Each listener on its own: one that throws (a page's) must neither keep the others (every
  // widget's) from hearing of the switch nor fail the switch; its error goes to the console.
  if (thisSwitch === latestSwitch)
    for (const listener of listeners)
      try {
        listener(locale);
      } catch (error) {
        console.error('[trust-widgets]', error);
      }
}

/**
 * Hears of a switch the reader is about to make (prefetchLocale): content-element.ts adds each
 * widget, which then loads its document in that locale into the content store.
 */
export const prefetchListeners = new Set<(locale: Locale) => void>();

/**
 * Starts loading what a switch to `locale` (any BCP 47 tag) will need, before the reader asks for
 * it: its UI strings, and each widget's document in it. `<tc-locale-switch>` calls it when a pointer
 * rests on a language's button or the button gets focus, so that the switch itself finds them loaded
 * or on their way: a mouse rests on its button for a few hundred milliseconds before it clicks,
 * which on a slow network is most of the wait. Nothing is shown or reported; a load that fails is
 * tried again by the switch. Not when the reader has asked browsers to save data.
 */
export function prefetchLocale(tag: string): void {
  const locale = resolveLocale(tag);
  // Nor while the browser knows it is offline: nothing would load, and Firefox keeps a module that
  // failed failed, which the ES modules cannot ask for under another URL: the switch made once back
  // online kept English labels for the page's life.
  if (locale === getLocale() || !navigator.onLine || (navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return;
  // A failed load is counted as a switch's is: the switch asks under another URL (translation-loaders.script.ts).
  if (locale !== sourceLocale) translationLoaders[locale as TargetLocale](failedLoads).catch(() => failedLoads++);
  prefetchListeners.forEach((listener) => listener(locale));
}

/** Calls `listener` after each locale switch; returns the function that unsubscribes it. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
