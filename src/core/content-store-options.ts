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

/** The limits in force: configureContentStore changes them; the UI strings' loads keep to the same time limit (locale.ts). */
export const storeOptions: ContentStoreOptions = { ...contentStoreDefaults };
