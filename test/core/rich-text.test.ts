import { expect } from '@esm-bundle/chai';
import { html, render } from 'lit';
import { renderLink, renderRichText } from '../../src/core/rich-text.js';
import { buildAnswer } from '../../src/core/rich-text-dom.js';
import { setLocale } from '../../src/core/locale.js';
import { resetKit } from '../helpers.js';
import { printedHref, safeHref } from '../../src/core/safe-url.js';
import type { Block } from '../../src/core/content-types.js';

function renderBlocks(blocks: Block[]): HTMLElement {
  const container = document.createElement('div');
  render(html`${renderRichText(blocks)}`, container);
  return container;
}

const linkTo = (href: string): Block[] => [{ type: 'paragraph', content: ['See ', { type: 'link', text: 'this page', href }] }];

describe('rich text', () => {
  it('renders paragraphs, lists, emphasis and links as elements', () => {
    const container = renderBlocks([
      { type: 'paragraph', content: [{ type: 'strong', text: 'Access.' }, ' Only ', { type: 'em', text: 'when needed' }, '.'] },
      { type: 'list', items: [['one'], ['two', { type: 'link', text: 'link', href: 'https://example.com/' }]] },
      { type: 'list', ordered: true, items: [['first']] },
    ]);
    expect(container.querySelector('p strong')!.textContent).to.equal('Access.');
    expect(container.querySelector('p em')!.textContent).to.equal('when needed');
    expect(container.querySelectorAll('ul > li')).to.have.length(2);
    expect(container.querySelector('ol > li')!.textContent).to.equal('first');
    expect(container.querySelector('ul a')!.getAttribute('href')).to.equal('https://example.com/');
  });

  it('shows markup in content as text and never creates elements from it', () => {
    const hostile = '<img src=x onerror="window.__pwned = true"><script>window.__pwned = true</script><b>bold</b>';
    const container = renderBlocks([{ type: 'paragraph', content: [hostile, { type: 'strong', text: hostile }] }]);
    expect(Boolean(container.querySelector('img, script, b'))).to.equal(false);
    expect(container.querySelector('p')!.textContent).to.equal(hostile + hostile);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  const unsafeTargets = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript\u0000:alert(1)',
    '\u001fjavascript:alert(1)',
    'javascript:alert(1)\u0000',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    ' data:text/html,x',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'vbscript\t:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.com/uuid',
    '',
  ];
  for (const target of unsafeTargets) {
    it(`does not render a link to ${JSON.stringify(target)}, only its text`, () => {
      const container = renderBlocks(linkTo(target));
      expect(Boolean(container.querySelector('a'))).to.equal(false);
      expect(Boolean(container.querySelector('[href]'))).to.equal(false);
      expect(container.textContent).to.include('this page');
    });
  }

  const safeTargets = ['https://example.com/a?b=c#d', 'HTTP://example.com/', 'mailto:privacy@example.com', '/support/legal/', '../privacy/default.html', '#leave_service', '?q=1', 'faq.html'];
  for (const target of safeTargets) {
    it(`renders a link to ${JSON.stringify(target)} unchanged`, () => {
      const container = renderBlocks(linkTo(target));
      expect(container.querySelector('a')!.getAttribute('href')).to.equal(target);
    });
  }

  it('tells that a link opens a new tab, and keeps the opener from the target page', () => {
    const container = renderBlocks([{ type: 'paragraph', content: [{ type: 'link', text: 'NIST', href: 'https://example.com/', newTab: true }] }]);
    const link = container.querySelector('a')!;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.include('noopener');
    expect(link.textContent).to.include('(opens in a new tab)');
  });

  it('shows the type and size of a linked file', () => {
    const container = renderBlocks([{ type: 'paragraph', content: [{ type: 'link', text: 'Whitepaper', href: '/a.pdf', fileInfo: 'PDF, 864 KB' }] }]);
    expect(container.querySelector('a')!.textContent).to.include('(PDF, 864 KB)');
  });
});

describe('safeHref', () => {
  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 1, {}, ['https://example.com']]) expect(safeHref(value)).to.equal(undefined);
  });
  // The public allowlist (docs/bundling.md) refuses what the schema's link targets exclude, white
  // space and line or paragraph separators anywhere, also where the URL parser would accept them.
  it('refuses a target with a space or a line or paragraph separator in it', () => {
    for (const href of ['https://example.com/a b', '/privacy\u2028policy', '/privacy\u2029']) expect(safeHref(href), JSON.stringify(href)).to.equal(undefined);
  });
  it('keeps relative URLs that only look like schemes after decoding, since the browser never decodes them', () => {
    // Entities and percent-escapes are not decoded in an href set from a script: these are paths.
    expect(safeHref('&#106;avascript:alert(1)')).to.equal('&#106;avascript:alert(1)');
    expect(safeHref('%6Aavascript:alert(1)')).to.equal('%6Aavascript:alert(1)');
  });
});

// An Angular shell's <base href="/">: a link to a part of the page is written out against the
// page's own address, and a reader who arrived by a deep link (the address has a #fragment
// already) must get the new fragment, not the old one with the new one after it.
describe('a link to a part of the page under a <base href> elsewhere', () => {
  it('leads to that part of this page, also when the address already has a fragment', () => {
    const address = location.href;
    const page = address.replace(/#.*/s, '');
    history.replaceState(history.state, '', `${page}#arrived-by-deep-link`);
    const base = document.head.appendChild(Object.assign(document.createElement('base'), { href: '/elsewhere/' }));
    try {
      const link = renderBlocks(linkTo('#leave_service')).querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(`${page}#leave_service`);
    } finally {
      history.replaceState(history.state, '', address);
      base.remove();
    }
  });
});

describe('printedHref', () => {
  it('writes a link out in full for paper, except a place on the same page', () => {
    expect(printedHref('../privacy/default.html', 'https://trust.example/en/faq/')).to.equal('https://trust.example/en/privacy/default.html');
    expect(printedHref('mailto:privacy@example.com', 'https://trust.example/')).to.equal('mailto:privacy@example.com');
    expect(printedHref('#audits', 'https://trust.example/')).to.equal(undefined);
  });
  it('prints nothing, and does not throw, where a relative link has no base (a data: URL page)', () => {
    expect(printedHref('../privacy/default.html', 'data:text/html,<tc-faq></tc-faq>')).to.equal(undefined);
  });
});

// Content falls back to English when a document has no Chinese version, but the hints come from
// the UI strings: a screen reader must read "（在新标签页中打开）" with a Chinese voice.
describe('screen-reader hints', () => {
  afterEach(resetKit);
  const newTab: Block[] = [{ type: 'paragraph', content: [{ type: 'link', text: 'Statement', href: 'https://example.com/', newTab: true }] }];

  it('carry the language of the UI strings, in templates and in built DOM', async () => {
    await setLocale('zh-CN');
    const fromTemplates = renderBlocks(newTab);
    const external = document.createElement('div');
    render(renderLink({ text: 'Elsewhere', href: 'https://example.com/' }, 'link', '（外部网站）'), external);
    const fromDom = buildAnswer(newTab);
    const hints = [fromTemplates, external, fromDom].flatMap((container) => [...container.querySelectorAll('.visually-hidden')]);
    expect(hints.map((hint) => hint.textContent!.trim())).to.deep.equal(['（在新标签页中打开）', '（外部网站）', '（在新标签页中打开）']);
    expect(hints.map((hint) => hint.getAttribute('lang'))).to.deep.equal(['zh-CN', 'zh-CN', 'zh-CN']);
  });
});
