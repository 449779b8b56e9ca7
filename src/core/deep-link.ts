/**
 * The id a URL fragment names (`#faq-audits` → `faq-audits`), or undefined for no fragment or one
 * that is not valid percent-encoding. Widgets use it to open or scroll to a deep-linked part of their
 * shadow root, which the browser's own fragment navigation cannot reach.
 */
export function idFromHash(hash: string = location.hash): string | undefined {
  try {
    const id = decodeURIComponent(hash.replace(/^#/, ''));
    return id === '' ? undefined : id;
  } catch {
    return undefined;
  }
}
