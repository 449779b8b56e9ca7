/**
 * The folder the kit is served from; its default content lives in `content/<locale>/` there.
 * In the ES build this module is `dist/core/kit-base.js`, so the kit root is one level up; the
 * script build defines import.meta.url from document.currentScript to the same effect (vite.config.ts).
 */
// Not a literal argument to new URL(): Vite would take that for an asset import and inline a file.
const kitRootFromHere = '../';
export const kitBaseUrl: string = new URL(kitRootFromHere, import.meta.url).href;

/** The URL template of a document of the kit's default content. */
export function defaultContentUrl(documentFile: string): string {
  return `${kitBaseUrl}content/{locale}/${documentFile}`;
}
