import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { axeViolations, inChromium, luminance, mount, mountWidget, resetKit, resetPageColours, shadow } from '../helpers.js';
import type { TcFaq } from '../../src/widgets/faq/faq.js';

/*
 * A widget has no background of its own: it sits on the page's. On a page that says it is dark
 * (`color-scheme: dark`, or `light dark` for a reader who prefers dark), the default colours must
 * be the dark ones, or the text is near-black on near-black (1.1:1), which axe alone does not see
 * unless the page's background is known: these pages state theirs.
 */

const widgets: Array<[tag: string, attributes: Record<string, string>]> = [
  ['tc-data-location', {}],
  ['tc-faq', { searchable: '' }],
  ['tc-retention-timeline', { 'end-date': '2025-01-31', today: '2025-02-10' }],
  ['tc-policy-sections', {}],
  ['tc-breadcrumb', { page: 'privacy-control' }],
  ['tc-sidebar', { page: 'privacy-control' }],
  ['tc-locale-switch', {}],
];

describe('colour scheme', function () {
  this.timeout(20_000);
  afterEach(async () => {
    resetPageColours();
    for (const element of document.querySelectorAll('tc-locale-switch, meta[name="color-scheme"]')) element.remove();
    await resetKit();
  });

  describe('on a dark page', () => {
    beforeEach(() => {
      document.documentElement.style.colorScheme = 'dark';
      document.body.style.background = '#121212';
      document.body.style.color = '#e3e3e3';
    });

    for (const [tag, attributes] of widgets) {
      it(`<${tag}> keeps every text readable (axe, WCAG 2.2 AA)`, async () => {
        const widget = await mountWidget(tag, attributes);
        if (tag === 'tc-faq') {
          (widget as TcFaq).expandAll();
          const search = shadow(widget).querySelector<HTMLInputElement>('input[type="search"]')!;
          search.value = 'data';
          search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await (widget as TcFaq).updateComplete;
          expect(Boolean(shadow(widget).querySelector('mark')), 'a search highlight').to.equal(true);
        }
        expect(await axeViolations(widget)).to.deep.equal([]);
      });
    }

    it('shows a readable error', async () => {
      const widget = await mount<HTMLElement>('tc-faq', { src: '/fixture/nowhere/{locale}/faq.json' });
      expect(Boolean(shadow(widget).querySelector('[role="alert"]')), 'the alert').to.equal(true);
      expect(await axeViolations(widget)).to.deep.equal([]);
    });
  });

  it('follows a page that offers both schemes to a reader who prefers dark', async function () {
    if (!inChromium) this.skip(); // emulateMedia's colour scheme is Chrome's protocol
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
    document.head.append(meta);
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const widget = await mount<HTMLElement>('tc-faq', {});
      const text = getComputedStyle(shadow(widget).querySelector('.root')!).color;
      expect(luminance(text), `text ${text}`).to.be.above(0.5);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('keeps the light colours on a page that says nothing', async () => {
    const widget = await mount<HTMLElement>('tc-faq', {});
    const text = getComputedStyle(shadow(widget).querySelector('.root')!).color;
    expect(luminance(text), `text ${text}`).to.be.below(0.05);
  });
});
