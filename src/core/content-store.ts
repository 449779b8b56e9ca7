import { ContentError } from './content-error.js';
import { kitBaseUrl } from './kit-base.js';
import { contentSourceListeners, sourceLocale, type Locale } from './locale.js';
import { validateDocument, type DocumentSpec } from './validate.js';
import type { DocumentKind, DocumentsByKind } from './content-types.js';
import { contentStoreDefaults, storeOptions as options, withinTime, type ContentStoreOptions } from './content-store-options.js';

export { contentStoreDefaults, type ContentStoreOptions };

export function configureContentStore(changes: Partial<ContentStoreOptions>): void {
  const { contentBase, timeoutMs, maxBytes } = options;
  // A limit given as undefined (a page's own setting that is not set) keeps the one in force: as a
  // number, it would have timed out every request at once.
  Object.assign(options, changes, { timeoutMs: changes.timeoutMs ?? timeoutMs, maxBytes: changes.maxBytes ?? maxBytes });
  if (options.contentBase !== contentBase) for (const listener of contentSourceListeners) listener();
}

/**
 * Calls `listener` when what a widget's document comes from may have changed: the page names another
 * folder for the default content (an app's bundle may define a widget, which renders and starts
 * loading at once, before the module that configures the store runs), or a locale switch begins
 * (locale.ts). Returns the function that unsubscribes.
 */
export function onContentSourceChange(listener: () => void): () => void {
  contentSourceListeners.add(listener);
  return () => contentSourceListeners.delete(listener);
}

/** The URL template of a document of the kit's default content. */
export function defaultContentUrl(documentFile: string): string {
  // A folder named without its final slash ('/trust') is that folder, not a prefix of its name.
  return `${options.contentBase?.replace(/\/?$/, '/') ?? kitBaseUrl}content/{locale}/${documentFile}`;
}

/** A loaded, validated document and where it came from. */
export interface LoadedDocument<K extends DocumentKind> {
  document: DocumentsByKind[K];
  /** The locale the document is written in: the requested one, or the fallback's. */
  locale: Locale;
  url: string;
}

interface PendingFetch {
  result: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

// One request and one result per URL per page: every widget that asks for a URL shares them.
// Failures but a 404 are dropped from the cache so that a retry asks the network again.
const cache = new Map<string, PendingFetch>();

/**
 * Forgets every cached document, so that the next load fetches it again (for hosts that publish
 * new content live). That fetch goes through the browser's HTTP cache, which answers by itself
 * while the document's max-age lasts: live content is served with no-cache (docs/embedding.md, "Publishing a
 * new version"). Requests under way go on for the widgets waiting for them: cancelling them
 * would show those widgets a network error that never happened.
 */
export function clearContentCache(): void {
  cache.clear();
}

/**
 * Loads the document described by `spec` from `urlTemplate`, where `{locale}` stands for `locale`. When that
 * document does not exist (HTTP 404), falls back to the source locale's. Rejects with a
 * ContentError naming the URL and JSON path, or with the signal's reason once it aborts.
 * `revalidate` (a retry) asks the server again, past both this cache and the browser's. A relative
 * URL resolves against `base`: the base URL of the widget's own document, which may be a frame's.
 */
export async function loadDocument<K extends DocumentKind>(
  spec: DocumentSpec<K>,
  urlTemplate: string,
  locale: Locale,
  signal?: AbortSignal,
  { revalidate = false, base = document.baseURI } = {},
): Promise<LoadedDocument<K>> {
  const url = new URL(urlTemplate.replaceAll('{locale}', locale), base).href;
  try {
    if (revalidate) forget(url);
    const json = await fetchJson(url, signal, revalidate);
    try {
      return { document: validateOnce(spec, json, url), locale, url };
    } catch (invalid) {
      // An invalid document is not kept: once its author fixes it, a retry must fetch it again.
      forget(url);
      throw invalid;
    }
  } catch (error) {
    // No document in this locale: the source locale's (which, being the fallback, has none of its own).
    if (urlTemplate.includes('{locale}') && locale !== sourceLocale && error instanceof ContentError && error.status === 404) {
      return loadDocument(spec, urlTemplate, sourceLocale, signal, { revalidate, base });
    }
    throw error;
  }
}

// Widgets that share a URL share its parsed document: it is validated for the first of them only.
const validatedAs = new WeakMap<object, DocumentKind>();

function validateOnce<K extends DocumentKind>(spec: DocumentSpec<K>, json: unknown, url: string): DocumentsByKind[K] {
  if (typeof json === 'object' && json !== null && validatedAs.get(json) === spec.kind) return json as DocumentsByKind[K];
  const document = validateDocument(spec, json, url);
  validatedAs.set(document as object, spec.kind);
  return document;
}

/** Drops a settled result from the cache (a pending request stays shared). */
function forget(url: string): void {
  if (cache.get(url)?.settled) cache.delete(url);
}

function fetchJson(url: string, signal?: AbortSignal, revalidate = false): Promise<unknown> {
  if (signal?.aborted) throw signal.reason;
  let pending = cache.get(url);
  if (!pending) {
    const controller = new AbortController();
    const entry: PendingFetch = { result: request(url, controller, revalidate), controller, waiting: 0, settled: false };
    entry.result.then(
      () => (entry.settled = true),
      (error) => {
        entry.settled = true;
        // A missing document stays missing for the page, as a found one stays found: a reader who
        // switches languages back and forth asks for a missing translation once. A retry
        // (revalidate) asks again; any other failure is forgotten at once.
        if (cache.get(url) === entry && !(error instanceof ContentError && error.status === 404)) cache.delete(url);
      },
    );
    cache.set(url, entry);
    pending = entry;
  }
  const shared = pending;
  shared.waiting++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      shared.waiting--;
      signal?.removeEventListener('abort', onAbort);
    };
    // The last widget to lose interest cancels the request; the others keep it alive.
    const onAbort = () => {
      leave();
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (cache.get(url) === shared) cache.delete(url);
      }
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.result.then(
      (value) => (leave(), resolve(value)),
      (error) => (leave(), reject(error)),
    );
  });
}

function request(url: string, controller: AbortController, revalidate: boolean): Promise<unknown> {
  // The limits in force when the request starts apply to it, and are what its errors report.
  const { timeoutMs, maxBytes } = options;
  let responded = false;
  // The time limit fails the request by itself, not only through its signal: a page's fetch wrapper
  // (analytics, an old polyfill) that does not pass the signal on would leave it waiting for ever.
  // Failed, the request is aborted: a refused answer (too large, an error status, not JSON) is not
  // downloaded on in the background, nor one that took too long.
  return withinTime(
    fetchAndRead(url, controller.signal, revalidate, maxBytes, () => (responded = true)),
    timeoutMs,
    () => new ContentError('timeout', url, '$', `no ${responded ? 'complete ' : ''}response within ${timeoutMs} ms`),
  ).catch((error) => {
    controller.abort();
    throw error;
  });
}

async function fetchAndRead(url: string, signal: AbortSignal, revalidate: boolean, maxBytes: number, onResponse: () => void): Promise<unknown> {
  let text: string;
  // The body can fail as its headers cannot: a connection that drops halfway, a truncated gzip
  // stream. That is a network error of this URL too, not an unnamed one of the widget's src.
  try {
    const response = await fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      cache: revalidate ? 'no-cache' : 'default',
    });
    onResponse();
    if (!response.ok) {
      throw new ContentError('http', url, '$', `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
    }
    const type = response.headers.get('content-type');
    // An HTML error page served with status 200 (a common CDN or SPA fallback) is not content.
    if (type && !/^(application|text)\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
      throw new ContentError('type', url, '$', `expected JSON but the server sent ${type}`);
    }
    text = await readLimited(response, url, maxBytes);
  } catch (error) {
    if (signal.aborted || error instanceof ContentError) throw error;
    throw new ContentError('network', url, '$', `network error (${(error as Error).message})`);
  }
  try {
    // Its objects without a prototype: an optional property a document leaves out is then absent,
    // even on a page whose Object.prototype has one of that name (an old library's, or an attacker's
    // through a prototype-pollution bug). The widgets showed it as the document's own (a note in
    // every table row, a link), and the documents' own checks refused every valid document. A loop,
    // not JSON.parse's reviver, which recurses: a document nested half a million deep crashed WebKit.
    // Object.keys, not Object.values: Prototype.js replaces the latter with a for-in, which gives a
    // list's inherited properties too (a list on Object.prototype, then that list's own, for ever).
    const values = [JSON.parse(text)];
    for (const value of values) {
      if (typeof value == 'object' && value) {
        if (!Array.isArray(value)) Object.setPrototypeOf(value, null);
        for (const key of Object.keys(value)) values.push(value[key]);
      }
    }
    return values[0];
  } catch (error) {
    // On one line: Chromium's message quotes the end of the document over several.
    throw new ContentError('parse', url, '$', `invalid JSON (${(error as Error).message.replace(/\s+/g, ' ')})`);
  }
}

async function readLimited(response: Response, url: string, maxBytes: number): Promise<string> {
  const tooLarge = () => new ContentError('size', url, '$', `document larger than the limit of ${maxBytes} bytes`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  // Content is UTF-8 whatever the host page's charset is. Fatal: a file saved as GBK or UTF-16 is
  // refused with a reason instead of shown garbled. NUL bytes are UTF-8 but mark UTF-16 text (and
  // are never valid JSON).
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    if (!text.includes('\0')) return text;
  } catch {
    // Not UTF-8.
  }
  throw new ContentError('parse', url, '$', 'not UTF-8 text: save the file as UTF-8');
}
