/** Schemes a link may use. Relative URLs resolve to the page's own scheme and are allowed. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Parsing against a fixed http base tells relative URLs (kept) from ones with their own scheme. */
const PARSE_BASE = 'https://relative.invalid/';

// White space and control characters have no place in a link target; browsers strip or ignore
// some of them while parsing ("java\tscript:"), so refusing them all closes that family of tricks.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007F-\u009F\u2028\u2029]/;

/**
 * Returns `href` when it is safe to render as a link target, otherwise `undefined`: the caller then
 * renders the link's text without a link. Decided by the URL parser, the same one the browser uses,
 * so mixed case, entities in JSON strings or percent-encoding cannot smuggle a scheme through.
 */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string' || href === '' || CONTROL_OR_SPACE.test(href)) return undefined;
  let protocol: string;
  try {
    protocol = new URL(href, PARSE_BASE).protocol;
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(protocol) ? href : undefined;
}

/**
 * The href an allowed link is rendered with. A link to a part of this page (`#id`) resolves against
 * the page's base URL like any other: on a page with a `<base href>` elsewhere (Angular's
 * `<base href="/">`) it would lead away, to the base's page. There it is written out against the
 * page's own address.
 */
export function renderedHref(href: string): string {
  return href[0] === '#' && document.baseURI !== location.href ? location.href.replace(/#.*/s, '') + href : href;
}

/**
 * The address printed after a link on paper (`data-href`, read by content.styles.ts): absolute,
 * since a reader of paper has no page to resolve a relative one against; none for a link to a
 * place on the same page, nor for a relative one on a page that has no base to resolve it against
 * (a data: URL page), where it renders as a link all the same.
 */
export function printedHref(href: string, base = document.baseURI): string | undefined {
  if (href.startsWith('#')) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
