import { expect } from '@esm-bundle/chai';
import { inWebKit } from '../helpers.js';

/*
 * docs/embedding.md, "Asking for the content early": a page that preloads a widget's document
 * (<link rel="preload" as="fetch" crossorigin>) gets it with one request, the widget's own fetch
 * finding the preload, as long as the kit asks as the link does (a CORS request, credentials to the
 * same origin only, no header that needs a preflight). A change to the kit's request would make
 * every such page download each document twice, with nothing on screen to show it. Counted by
 * Resource Timing in the page's frame: a preload the widget used is one entry, one it did not
 * use is a second.
 */

/** This page's origin at its other name: 127.0.0.1 beside localhost, another site (a CDN). */
function cdn(): string {
  const url = new URL(location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.origin;
}

/**
 * A page (a frame of this one) with the kit's script from `kitFolder`, a FAQ showing the default
 * content, and a preload of that content written `link`. Resolves with how many times the frame
 * fetched the document, once the FAQ shows it.
 */
async function fetchesOfPreloaded(kitFolder: string, link: (href: string) => string): Promise<number> {
  const document = new URL(`${kitFolder}content/en/faq.json`, location.href).href;
  const frame = window.document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>${link(document)}</head><body><tc-faq></tc-faq><script src="${kitFolder}trust-widgets.js"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  window.document.body.append(frame);
  try {
    await loaded;
    const faq = frame.contentDocument!.querySelector('tc-faq')!;
    for (let tries = 0; faq.getAttribute('status') !== 'ready'; tries++) {
      if (tries === 200) throw new Error(`Waited 10 s for the FAQ to show its content (status ${faq.getAttribute('status')})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return frame.contentWindow!.performance.getEntriesByType('resource').filter((entry) => entry.name === document).length;
  } finally {
    frame.remove();
  }
}

describe('a page that preloads a widget\'s document', () => {
  it('from the kit\'s CDN (another origin), with crossorigin: one request, the preload', async () => {
    const folder = `${cdn()}/fixture/cdn/none/star/`;
    expect(await fetchesOfPreloaded(folder, (href) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`)).to.equal(1);
  });

  // WebKit keeps a preloaded resource only for a request with the same headers: its preload of a
  // same-origin document carries Origin, a same-origin fetch() does not, and it fetches again
  // (WebKitGTK 2.50; reported for Safari too). The docs say so.
  it('from the page\'s own origin, with crossorigin: one request, the preload (two in WebKit)', async () => {
    expect(await fetchesOfPreloaded('/dist/', (href) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`)).to.equal(inWebKit ? 2 : 1);
  });

  // What the docs warn of: without crossorigin, the preload asks with credentials of any origin,
  // which the widget's request does not match.
  it('without crossorigin: two requests, the preload wasted', async () => {
    expect(await fetchesOfPreloaded('/dist/', (href) => `<link rel="preload" href="${href}" as="fetch">`)).to.equal(2);
  });
});
