import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { setLocale } from '../../src/core/locale.js';
import { frames, inChromium, languageOf, mount, mountWidget, platformFonts, resetKit, shadow } from '../helpers.js';

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

// Found measuring the regions table in Chinese: with the kit's Latin fonts first, every run of Han
// characters went through font fallback and was shaped twice, and 500 regions in Chinese took 1.6
// to 1.8 times the native table (1.2 to 1.3 in English). Chinese is drawn in a Chinese font, Latin letters and
// digits among it included; English stays in the Latin one. Read over Chrome's protocol.
describe('fonts: Chinese text in a Chinese font, English in a Latin one', () => {
  afterEach(resetKit);
  const CJK_FONT = /CJK|PingFang|YaHei|Hei|Song|Ming/i;
  /** The fonts of an element's text once Chromium has drawn it (it reports none before). */
  async function shapedFonts(...path: string[]) {
    for (let frame = 0; frame < 60; frame++) {
      const fonts = await platformFonts(...path);
      if (fonts.length > 0) return fonts;
      await frames();
    }
    throw new Error(`Chromium drew no text of ${path.join(' >> ')} in 60 frames`);
  }

  for (const [tag, selector] of [
    ['tc-data-location', 'caption'],
    ['tc-faq', 'button.question'],
  ]) {
    it(`<${tag}>: draws mixed Chinese and Latin text in one font, a Chinese one; English in a Latin one`, async function () {
      if (!inChromium) this.skip();
      await setLocale('zh-CN');
      const chinese = await mount(tag, { id: 'in-chinese' });
      const text = shadow(chinese).querySelector(selector)!.textContent!;
      // The text mixes the two, or this would check nothing ("Azure 区域", "Microsoft 在……").
      expect(HAN.test(text) && /[A-Za-z]/.test(text), `mixed text: ${text}`).to.be.true;
      const fonts = await shapedFonts('#in-chinese', selector);
      expect(fonts.map(({ familyName }) => familyName), `fonts of "${text}"`).to.have.lengthOf(1);
      expect(fonts[0].familyName).to.match(CJK_FONT);

      await setLocale('en');
      await (chinese as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      chinese.remove();
      const english = await mount(tag, { id: 'in-english' });
      const latin = await shapedFonts('#in-english', selector);
      expect(latin.filter(({ familyName }) => CJK_FONT.test(familyName)), `fonts of "${shadow(english).querySelector(selector)!.textContent}"`).to.deep.equal([]);
    });
  }
});

// The locale switch names each language in that language, its button marked lang="en" or
// lang="zh-CN". In a Chinese switch (a Chinese page), "English" was drawn in the Chinese font
// (its Latin) and in the Latin one on an English page: the label changed its look and width as the
// reader switched. A name is drawn in its own language's font, whatever the page's language.
describe("fonts: the locale switch's names of languages", () => {
  afterEach(async () => {
    document.getElementById('switch')?.remove();
    await resetKit();
  });
  const CJK = /CJK|PingFang|YaHei|Hei|Song|Ming/i;
  for (const lang of ['en', 'zh-CN']) {
    it(`draws the name of ${lang} in the same font in both locales`, async function () {
      if (!inChromium) this.skip();
      const widget = await mountWidget('tc-locale-switch', {});
      widget.id = 'switch';
      const fontsIn = async (locale: 'en' | 'zh-CN') => {
        await setLocale(locale);
        await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(languageOf(shadow(widget).querySelector('.root')!), 'the switch is in the locale').to.equal(locale);
        await frames();
        return (await platformFonts('#switch', `button[lang="${lang}"]`)).map(({ familyName }) => familyName);
      };
      const [english, chinese] = [await fontsIn('en'), await fontsIn('zh-CN')];
      expect(english.length > 0, `fonts reported: ${english}`).to.be.true;
      expect(chinese, `on a Chinese page, as on an English one`).to.deep.equal(english);
      expect(english.some((family) => CJK.test(family)), `the name of ${lang} (${english}) in a Chinese font`).to.equal(lang === 'zh-CN');
    });
  }
});
