import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { setLocale } from '../../src/core/locale.js';
import { languageOf, mount, resetKit, shadow } from '../helpers.js';

// A page's content and the kit's UI strings can be in different languages: the content may have
// fallen back to English where Chinese is missing, or be a fixed-language document on a page read
// in the other language. A screen reader picks its voice by `lang`, so every UI string, and every
// accessible name made of one, must sit under the `lang` of its own language, never inherit the
// content's (WCAG 3.1.2, language of parts).

interface WidgetCase {
  tag: string;
  /** The document's file name, without .json. */
  document: string;
  attributes?: Record<string, string>;
  properties?: Record<string, unknown>;
}

const widgets: WidgetCase[] = [
  { tag: 'tc-data-location', document: 'data-locations' },
  { tag: 'tc-retention-timeline', document: 'retention-policy', attributes: { 'end-date': '2025-01-31' }, properties: { today: '2025-02-10' } },
  { tag: 'tc-faq', document: 'faq', attributes: { searchable: '' } },
  { tag: 'tc-breadcrumb', document: 'navigation', attributes: { page: 'privacy-control' } },
  { tag: 'tc-sidebar', document: 'navigation', attributes: { page: 'privacy-control' } },
  { tag: 'tc-policy-sections', document: 'policy-sections' },
];

/** Every text a reader or a screen reader meets in `root`: text nodes and the attributes that name things. */
function readableTexts(root: ShadowRoot): Array<{ text: string; node: Node; where: string }> {
  const found: Array<{ text: string; node: Node; where: string }> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      if (node.data.trim() && !node.parentElement?.closest('style')) found.push({ text: node.data.trim(), node, where: `text in <${node.parentElement?.localName}>` });
      continue;
    }
    const element = node as Element;
    for (const name of ['aria-label', 'aria-description', 'placeholder', 'title', 'alt']) {
      const value = element.getAttribute(name);
      if (value?.trim()) found.push({ text: value.trim(), node: element, where: `${name} of <${element.localName}>` });
    }
  }
  return found;
}

const HAN = /\p{Script=Han}/u;

/** The document's strings, gathered so that text taken from it can be told from UI strings. */
function stringsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsOf(item, into);
  return into;
}

describe('languages of parts: UI strings are marked apart from content in another language', () => {
  afterEach(resetKit);

  for (const { tag, document: file, attributes = {}, properties = {} } of widgets) {
    it(`<${tag}>: Chinese UI strings around English content (a missing translation) are marked zh-CN`, async () => {
      await setLocale('zh-CN');
      const widget = await mount(tag, { src: `/fixture/en-only/{locale}/${file}`, ...attributes }, properties);
      expect(widget.getAttribute('status')).to.equal('ready');
      const texts = readableTexts(shadow(widget));
      const chinese = texts.filter(({ text }) => HAN.test(text));
      // The widget does show Chinese UI strings here, or this test would check nothing.
      expect(chinese.length, `Chinese UI strings in <${tag}>`).to.be.above(0);
      const unmarked = chinese.filter(({ node }) => languageOf(node) !== 'zh-CN').map(({ text, node, where }) => `${where}: "${text}" read as ${languageOf(node)}`);
      expect(unmarked).to.deep.equal([]);
    });

    it(`<${tag}>: English UI strings around Chinese content (a fixed-language document) are marked en`, async () => {
      const response = await fetch(`/content/zh-CN/${file}.json`);
      const contentStrings = [...stringsOf(await response.json())];
      const widget = await mount(tag, { src: `/content/zh-CN/${file}.json`, ...attributes }, properties);
      expect(widget.getAttribute('status')).to.equal('ready');
      // Latin text that is not part of any of the document's strings is the kit's own.
      const ui = readableTexts(shadow(widget)).filter(
        ({ text }) => /[A-Za-z]{2}/.test(text) && !HAN.test(text) && !contentStrings.some((string) => string.includes(text)),
      );
      expect(ui.length, `English UI strings in <${tag}>`).to.be.above(0);
      const unmarked = ui.filter(({ node }) => languageOf(node) !== 'en').map(({ text, node, where }) => `${where}: "${text}" read as ${languageOf(node)}`);
      expect(unmarked).to.deep.equal([]);
    });
  }
});
