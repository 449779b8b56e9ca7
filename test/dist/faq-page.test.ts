import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { pressWith } from '../helpers.js';

/*
 * The built dist/trust-widgets.js on a plain page that has nothing but the script tag and
 * <tc-faq searchable></tc-faq>, used with the keyboard alone, in both locales; and the FAQ's ES
 * entry, as an application's bundler takes it in, in Chinese. The builds rewrite @lit/localize
 * (vite.config.ts: messages keyed by their text, not a hash), which the unit tests, run from the
 * sources, never see: these pages show its UI strings, plain and with a value ("2 个结果").
 * (npm test builds first.)
 */

interface FaqElement extends HTMLElement {
  updateComplete: Promise<unknown>;
}

async function openPage(url: string): Promise<{ frame: HTMLIFrameElement; win: Window & { pageErrors: string[] }; faq: FaqElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const faq = frame.contentDocument!.querySelector('tc-faq') as FaqElement;
  for (let tries = 0; faq.getAttribute('status') !== 'ready'; tries++) {
    if (tries > 100) throw new Error(`<tc-faq> did not become ready (status ${faq.getAttribute('status')})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await faq.updateComplete;
  return { frame, win: frame.contentWindow as Window & { pageErrors: string[] }, faq };
}

const shiftTab = (): Promise<void> => pressWith('Shift', 'Tab');

const expected = {
  en: { query: 'audit', results: '2 results', expandAll: 'Expand all', collapseAll: 'Collapse all', copied: 'Link copied' },
  'zh-CN': { query: '审核', results: '2 个结果', expandAll: '全部展开', collapseAll: '全部折叠', copied: '链接已复制' },
};

describe('dist/trust-widgets.js: <tc-faq searchable> on a plain page, by keyboard alone', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  const pages = [
    { locale: 'en', page: 'faq-en', build: 'the script' },
    { locale: 'zh-CN', page: 'faq-zh-CN', build: 'the script' },
    { locale: 'zh-CN', page: 'faq-module-zh-CN', build: 'the ES entry' },
  ] as const;
  for (const { locale, page: name, build } of pages) {
    it(`searches, opens, moves, copies a link and clears, in ${locale}, with ${build}`, async () => {
      const page = await openPage(`/test/dist/pages/${name}.html`);
      frame = page.frame;
      const root = page.faq.shadowRoot!;
      const text = expected[locale];
      const focused = () => root.activeElement as HTMLElement | null;
      const writes: string[] = [];
      Object.defineProperty(page.win.navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void writes.push(value) } });
      expect(root.querySelector('.root')!.getAttribute('lang')).to.equal(locale);

      // The first Tab reaches the search box.
      page.win.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused()?.getAttribute('type')).to.equal('search');
      await sendKeys({ type: text.query });
      await page.faq.updateComplete;
      expect(root.querySelector('.results')!.textContent!.trim()).to.equal(text.results);
      const shown = [...root.querySelectorAll('.entry:not([hidden]) .question')].map((button) => button.id);
      expect(shown).to.deep.equal(['faq-audits', 'faq-custom-audits']);

      // Tab: Expand all; Tab: the first question shown. Enter opens it.
      await sendKeys({ press: 'Tab' });
      expect(focused()?.textContent!.trim()).to.equal(text.expandAll);
      await sendKeys({ press: 'Tab' });
      expect(focused()?.id).to.equal('faq-audits');
      await sendKeys({ press: 'Enter' });
      await page.faq.updateComplete;
      expect(focused()!.getAttribute('aria-expanded')).to.equal('true');

      // Tab goes into the open answer, to its copy-link button.
      await sendKeys({ press: 'Tab' });
      expect(focused()?.classList.contains('copy-link')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await page.faq.updateComplete;
      expect(writes).to.have.length(1);
      expect(writes[0].endsWith('#faq-audits')).to.equal(true);
      expect(root.querySelector('.visually-hidden[role="status"]')!.textContent!.trim()).to.equal(text.copied);

      // Back to the question; the arrow keys move between the questions the search shows.
      await shiftTab();
      expect(focused()?.id).to.equal('faq-audits');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()?.id).to.equal('faq-custom-audits');
      await sendKeys({ press: ' ' });
      await page.faq.updateComplete;
      expect(focused()!.getAttribute('aria-expanded')).to.equal('true');
      expect(root.querySelector('.toggle-all')!.textContent!.trim()).to.equal(text.collapseAll);
      await sendKeys({ press: 'Home' });
      expect(focused()?.id).to.equal('faq-audits');

      // Back in the search box, Escape clears the search.
      await shiftTab();
      await shiftTab();
      expect(focused()?.getAttribute('type')).to.equal('search');
      await sendKeys({ press: 'Escape' });
      await page.faq.updateComplete;
      expect(root.querySelectorAll('.entry:not([hidden])')).to.have.length(12);
      expect(page.win.pageErrors).to.deep.equal([]);
    });
  }

  it('opens and shows the entry a link points to', async () => {
    const page = await openPage('/test/dist/pages/faq-en.html#faq-privacy-statement');
    frame = page.frame;
    const question = page.faq.shadowRoot!.getElementById('faq-privacy-statement')!;
    expect(question.getAttribute('aria-expanded')).to.equal('true');
    // The page scrolls once a frame has shown the entry open (no layout shift on screen).
    await new Promise((resolve) => page.win.requestAnimationFrame(() => page.win.requestAnimationFrame(resolve)));
    const { top, bottom } = question.getBoundingClientRect();
    expect(top).to.be.at.least(0);
    expect(bottom).to.be.at.most(page.frame.clientHeight);
  });
});
