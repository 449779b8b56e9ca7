/**
 * The folder the kit is served from; its default content lives in `content/<locale>/` there
 * (unless the page sets configureContentStore({ contentBase })).
 * In the ES build this module is `dist/core/kit-base.js`, so the kit root is one level up; the
 * script build defines import.meta.url from document.currentScript to the same effect (vite.config.ts).
 */
export const kitBaseUrl: string = resolveUrl('../', import.meta.url);

/**
 * `path` resolved against `base`. A function of its own, so that the shipped code never calls the
 * URL constructor with import.meta.url written as its base: an app's bundler takes that for an
 * asset import. Vite and Parcel
 * inlined the file a literal names (dist/index.js, as a data: URL) in place of the folder; webpack 5
 * put a stub that threw "Cannot find module '../'" for a path it could not follow, and no widget
 * of a webpack app was ever defined. test/scripts/bundler-safe.test.mjs checks dist/.
 */
function resolveUrl(path: string, base: string): string {
  return new URL(path, base).href;
}
