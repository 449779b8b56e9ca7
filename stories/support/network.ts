/**
 * Deterministic network states for stories, without a test server: a static Storybook has only
 * files, which answer at once or 404. Requests under STALLED never answer, which is how the
 * loading and timeout stories get a document that does not arrive; requests under DROPPED fail as
 * a dropped connection does, which is how the network-error stories get one.
 */
import { ReactiveElement } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { configureContentStore, contentStoreDefaults, type ContentStoreOptions } from '../../src/core/content-store.js';

/** A URL path segment whose requests stay pending until they are aborted. */
export const STALLED = 'stalled-request/';

/** A URL path segment whose requests fail at once, like a connection that drops (fetch's TypeError). */
export const DROPPED = 'dropped-request/';


/** Wraps window.fetch once, in preview.ts: only requests under STALLED and DROPPED are changed. */
export function installStalledRequests(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    if (url.pathname.includes(`/${DROPPED}`)) {
      // What Chromium's fetch rejects with when the connection fails (Firefox: "NetworkError when
      // attempting to fetch resource."). No request is made: the checker sees no failed request.
      return signal?.aborted ? Promise.reject(signal.reason) : Promise.reject(new TypeError('Failed to fetch'));
    }
    if (!url.pathname.includes(`/${STALLED}`)) return realFetch(input, init);
    return new Promise<Response>((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
}

/**
 * Put on a widget (`<tc-x ${withStoreLimits({ maxBytes: 64 })}>`): its request gets these content
 * store limits, and no other request does. The store reads its limits when a request starts, which
 * is during the widget's first update; so that update is run right here, between setting the limits
 * and restoring the defaults (a microtask after the widget is put on the page, ahead of the update
 * Lit has scheduled, which then finds nothing left to do). No other widget's request can start in
 * between, even on a docs page that renders several stories at once.
 * Copies that are never put on the page (the docs' source snippet renders one) change nothing.
 */
export function withStoreLimits(limits: Partial<ContentStoreOptions>) {
  return ref((element?: Element) => {
    if (!(element instanceof ReactiveElement)) return;
    queueMicrotask(() => {
      if (!element.isConnected || element.hasUpdated) return;
      updateWithin(element, limits);
    });
  });
}

/** Runs `element`'s pending update, and the request it starts, under `limits`; then the defaults again. */
function updateWithin(element: ReactiveElement, limits: Partial<ContentStoreOptions>): void {
  const restore = Object.fromEntries(Object.keys(limits).map((key) => [key, contentStoreDefaults[key as keyof ContentStoreOptions]]));
  configureContentStore(limits);
  try {
    // Lit's documented way to process a pending update synchronously (protected in its types).
    (element as unknown as { performUpdate(): void }).performUpdate();
  } finally {
    configureContentStore(restore);
  }
}

/** The widget's request gives up after `ms` instead of the store's 10 s. */
export const timesOutAfter = (ms: number) => withStoreLimits({ timeoutMs: ms });

/** The widget's request accepts at most `bytes` of document instead of the store's 1 MiB. */
export const acceptsAtMost = (bytes: number) => withStoreLimits({ maxBytes: bytes });

/** How long the stories whose request never answers wait for it: longer than anyone watches. */
export const ONE_DAY_MS = 86_400_000;

/**
 * Put on a widget (`<tc-x ${replacedBy(url)}>`): once it shows its document, it is given `src`,
 * whose request may never answer (under STALLED). What it shows then waits for its replacement, as
 * it does while a locale switch loads the next document on a slow network; for a day, not the
 * store's 10 s, after which the story showed the timeout alert instead.
 */
export function replacedBy(src: string) {
  const given = new WeakSet<Element>();
  return ref((element?: Element) => {
    if (!(element instanceof ReactiveElement) || given.has(element)) return;
    given.add(element);
    element.addEventListener(
      'tc-ready',
      () => {
        element.setAttribute('src', src);
        updateWithin(element, { timeoutMs: ONE_DAY_MS });
      },
      { once: true },
    );
  });
}
