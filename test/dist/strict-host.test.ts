import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import { inChromium } from '../helpers.js';

/*
 * The script tag from another site (a CDN) on portal pages with strict headers: a page that is
 * cross-origin isolated (Cross-Origin-Embedder-Policy), a CDN that sends
 * Cross-Origin-Resource-Policy, a page in a sandboxed frame, a page whose Permissions-Policy denies
 * the clipboard. What docs/embedding.md tells a page to do, proven: each
 * page is a frame of this one, given the headers (test/server/fixtures.mjs, strict-host and cdn).
 * A frame's own COEP applies to what it loads as it does at the top (only crossOriginIsolated
 * also needs the top's COOP).
 */

interface Report {
  script: 'loaded' | 'blocked';
  defined: boolean;
  status: string | null;
  alert: string | null;
  fallbackShown: boolean;
}

/** This page's origin at its other name: 127.0.0.1 beside localhost, another site. */
function cdn(): string {
  const url = new URL(location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.origin;
}

/** The script's address on the CDN, which sends CORP `corp` (or none) and ACAO * (or none). */
const kit = (corp: 'none' | 'cross-origin' | 'same-site' | 'same-origin', acao: 'star' | 'none') => `${cdn()}/fixture/cdn/${corp}/${acao}/trust-widgets.js`;

/** Opens the portal page with `query` in a frame (sandboxed with `sandbox`), and returns what it reports. */
async function host(query: Record<string, string>, sandbox?: string): Promise<Report> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  let listener!: (event: MessageEvent) => void;
  const report = new Promise<Report>((resolve) => {
    listener = (event) => event.source === frame.contentWindow && resolve(event.data);
    addEventListener('message', listener);
  });
  frame.src = `/fixture/strict-host?${new URLSearchParams(query)}`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    removeEventListener('message', listener);
    frame.remove();
  }
}

function expectBlocked(report: Report, what: string) {
  expect(report.script, `${what}: the script`).to.equal('blocked');
  expect(report.defined, `${what}: <tc-faq> defined`).to.equal(false);
  expect(report.fallbackShown, `${what}: the tag's fallback link shown`).to.equal(true);
}

function expectShown(report: Report, what: string) {
  expect(report.script, `${what}: the script`).to.equal('loaded');
  expect(report.status, `${what}: the FAQ's status (alert: ${report.alert})`).to.equal('ready');
  expect(report.fallbackShown, `${what}: the fallback link shown`).to.equal(false);
}

// The FAQ's alert, which names the widget for screen readers.
const NETWORK_ALERT = 'Frequently asked questions: The content could not be loaded: the network is unavailable.';

describe('the script tag on pages with strict isolation headers', () => {
  // A plain script tag is a no-cors request: under require-corp the answer must say it may be
  // embedded (CORP cross-origin), or the tag asks with CORS (crossorigin) and the answer allows it.
  it('on a page with COEP require-corp: blocked without CORP, shown with CORP cross-origin or with crossorigin', async () => {
    expectBlocked(await host({ coep: 'require-corp', kit: kit('none', 'star') }), 'no crossorigin, no CORP');
    expectShown(await host({ coep: 'require-corp', kit: kit('cross-origin', 'star') }), 'no crossorigin, CORP cross-origin');
    expectShown(await host({ coep: 'require-corp', crossorigin: '', kit: kit('none', 'star') }), 'crossorigin, ACAO');
    expectBlocked(await host({ coep: 'require-corp', crossorigin: '', kit: kit('cross-origin', 'none') }), 'crossorigin, no ACAO');
  });

  // The default content and the Chinese UI strings are CORS requests, whatever the script tag.
  it('on a page with COEP require-corp, a script let in by CORP alone gives the network alert without ACAO', async () => {
    const report = await host({ coep: 'require-corp', kit: kit('cross-origin', 'none') });
    expect(report.script).to.equal('loaded');
    expect(report.status).to.equal('error');
    expect(report.alert).to.equal(NETWORK_ALERT);
  });

  // credentialless sends a no-cors request without cookies and needs no CORP. (WebKit does not
  // know credentialless: its page is not isolated, and the script is loaded all the same.)
  it('on a page with COEP credentialless: shown without CORP or crossorigin', async () => {
    expectShown(await host({ coep: 'credentialless', kit: kit('none', 'star') }), 'credentialless');
  });

  // CORP applies to no-cors requests on every page, isolated or not; a CORS request is not checked.
  for (const corp of ['same-site', 'same-origin'] as const) {
    it(`from a CDN that sends CORP ${corp}: blocked without crossorigin, shown with it`, async () => {
      expectBlocked(await host({ kit: kit(corp, 'star') }), 'no crossorigin');
      expectShown(await host({ crossorigin: '', kit: kit(corp, 'star') }), 'crossorigin');
    });
  }

  // A sandboxed frame without allow-same-origin has an opaque origin: its requests say Origin: null,
  // which only ACAO * (or null) allows.
  it('in <iframe sandbox="allow-scripts">: the default content with ACAO *, the network alert without', async () => {
    expectShown(await host({ kit: kit('none', 'star') }, 'allow-scripts'), 'ACAO *');
    const report = await host({ kit: kit('none', 'none') }, 'allow-scripts');
    expect(report.script).to.equal('loaded');
    expect(report.alert).to.equal(NETWORK_ALERT);
  });
});

describe('Copy link on a page whose Permissions-Policy denies clipboard-write', () => {
  before(function () {
    // Firefox and WebKit do not apply clipboard-write from Permissions-Policy: there the Clipboard API copies.
    if (!inChromium) this.skip();
  });

  // Chromium refuses navigator.clipboard.writeText there (and says so in the console); the FAQ's
  // copy command, which the policy does not cover, copies the link.
  it('copies the link with the copy command and says Link copied', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px; border: 0';
    const loaded = new Promise<Report>((resolve) => {
      const listener = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow) return;
        removeEventListener('message', listener);
        resolve(event.data);
      };
      addEventListener('message', listener);
    });
    frame.src = `/fixture/strict-host?${new URLSearchParams({ permissions: 'clipboard-write=()', kit: '/fixture/cdn/none/none/trust-widgets.js' })}`;
    document.body.prepend(frame);
    try {
      expect((await loaded).status).to.equal('ready');
      const win = frame.contentWindow as Window & typeof globalThis;
      expect((win.document as unknown as { featurePolicy: { allowsFeature(name: string): boolean } }).featurePolicy.allowsFeature('clipboard-write'), 'the policy applies').to.equal(false);
      const faq = win.document.querySelector('tc-faq') as HTMLElement & { updateComplete: Promise<unknown> };
      const root = faq.shadowRoot!;
      (root.querySelector('.question') as HTMLElement).click();
      await faq.updateComplete;
      const copy = root.querySelector('.answer:not([hidden]) .copy-link') as HTMLElement;
      await Promise.all(root.getAnimations().map((animation) => animation.finished));
      const copied: string[] = [];
      win.document.addEventListener('copy', (event) => copied.push((event.composedPath()[0] as HTMLTextAreaElement).value));
      const [frameBox, box] = [frame.getBoundingClientRect(), copy.getBoundingClientRect()];
      await sendMouse({ type: 'click', position: [Math.round(frameBox.left + box.left + box.width / 2), Math.round(frameBox.top + box.top + box.height / 2)] });
      const status = () => copy.parentElement!.dataset.status;
      for (let tries = 0; !status(); tries++) {
        if (tries > 100) throw new Error('Copy link said nothing');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(status()).to.equal('Link copied');
      expect(copied, 'what the copy command copied').to.deep.equal([`${win.location.href.replace(/#.*/, '')}#${copy.getAttribute('aria-describedby')}`]);
    } finally {
      frame.remove();
    }
  });
});
