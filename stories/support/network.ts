/**
 * Deterministic network states for stories, without a test server: a static Storybook has only
 * files, which answer at once or 404. Requests under STALLED never answer, which is how the
 * loading and timeout stories get a document that does not arrive.
 */
import { ReactiveElement } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { configureContentStore } from '../../src/core/content-store.js';

/** A URL path segment whose requests stay pending until they are aborted. */
export const STALLED = 'stalled-request/';

/** The store's documented default (README: "a timeout (10 s by default)"). */
const DEFAULT_TIMEOUT_MS = 10_000;

/** Wraps window.fetch once, in preview.ts: only requests under STALLED are held back. */
export function installStalledRequests(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.pathname.includes(`/${STALLED}`)) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
}

/**
 * Put on a widget (`<tc-x ${timesOutAfter(300)}>`): its request gets a `timeoutMs` of `ms`. The
 * store reads the limit when a request starts, which is during the widget's first update, so the
 * limit is set just before that update (a microtask after the widget is put on the page, ahead of
 * the update's own) and restored to the default right after it: no other story is affected.
 * Copies that are never put on the page (the docs' source snippet renders one) change nothing.
 */
export function timesOutAfter(ms: number) {
  return ref((element?: Element) => {
    if (!(element instanceof ReactiveElement)) return;
    queueMicrotask(() => {
      if (!element.isConnected || element.hasUpdated) return;
      configureContentStore({ timeoutMs: ms });
      void element.updateComplete.finally(() => configureContentStore({ timeoutMs: DEFAULT_TIMEOUT_MS }));
    });
  });
}
