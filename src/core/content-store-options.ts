// Apart from content-store.ts, which imports the locale runtime: content:check reads the limits in
// Node before `npm run generate` has made the Chinese UI strings that runtime loads.

/** Limits for every fetch of the store; `configureContentStore` changes them for the whole page. */
export interface ContentStoreOptions {
  /** Milliseconds before a request that has not completed is given up. */
  timeoutMs: number;
  /** Largest document accepted, in bytes of the response body. */
  maxBytes: number;
  /**
   * URL of the folder that holds the kit's default content (`content/<locale>/*.json`), ending in
   * a slash. Default: the kit's own folder (beside trust-widgets.js, or the package's dist/). An
   * app that bundles the kit copies the package's dist/content/ folder into its public files and says
   * where it is served.
   */
  contentBase?: string;
}

/** The limits a page starts with (10 s, 1 MiB), which docs/widgets.md and the content authors' page state. */
export const contentStoreDefaults: Readonly<ContentStoreOptions> = { timeoutMs: 10_000, maxBytes: 1_048_576 };

/**
 * The limits in force: configureContentStore changes them; the UI strings' loads keep to the same time limit (locale.ts).
 * Without a prototype: a contentBase on the page's Object.prototype (a prototype-pollution bug in
 * one of its libraries) would otherwise be read as the page's, and every widget shows what is there.
 */
export const storeOptions = { __proto__: null, ...contentStoreDefaults } as ContentStoreOptions;

/**
 * Settles as `work` does, or rejects with what `expire` returns once `ms` have passed while the page
 * could run. Over a second late, it could not (a tab frozen in the background, a phone's browser
 * behind another app, a computer asleep): its overdue timers run as it resumes, before the answer
 * that came meanwhile is read, so `work` gets its time again. The documents' time limit
 * (content-store.ts) and the UI strings' (locale.ts).
 */
export const withinTime = <T>(work: Promise<T>, ms: number, expire: () => unknown): Promise<T> =>
  new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout>;
    const wait = (): unknown => (timer = setTimeout((since: number) => (Date.now() - since > ms + 1000 ? wait() : reject(expire())), ms, Date.now()));
    wait();
    work.then(resolve, reject).then(() => clearTimeout(timer));
  });
