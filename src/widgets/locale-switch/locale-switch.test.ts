import { expect } from '@esm-bundle/chai';
import type { PropertyValues } from 'lit';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import './define.js';
import '../breadcrumb/define.js';
import { getLocale, setLocale, whenUiStringsReady } from '../../core/locale.js';
import { translationLoaders } from '../../core/translation-loaders.js';
import { axeViolations, computedAccessibility, contrast, frameOf, inChromium, inWebKit, luminance, mount, nextEvent, pressWith, resetKit, shadow, visibleText, waitUntil } from '../../../test/helpers.js';
import { LOCALE_STORAGE_KEY, type TcLocaleSwitch, type TcLocaleChangeEvent } from './locale-switch.js';
import type { TcBreadcrumb } from '../breadcrumb/breadcrumb.js';

const switches: HTMLElement[] = [];

/** A switch on the page, rendered (it loads no content, so there is no tc-ready to wait for). */
async function mountSwitch(attributes: Record<string, string> = {}, parent: HTMLElement = document.body): Promise<TcLocaleSwitch> {
  const widget = document.createElement('tc-locale-switch');
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  parent.append(widget);
  switches.push(widget);
  await widget.updateComplete;
  return widget;
}

const buttons = (widget: Element) => [...shadow(widget).querySelectorAll('button')];
const button = (widget: Element, name: string) => buttons(widget).find((candidate) => visibleText(candidate) === name)!;
const current = (widget: Element) => buttons(widget).filter((candidate) => candidate.hasAttribute('aria-current')).map((candidate) => visibleText(candidate));
/** Waits until the kit has switched and the switch has rendered it. */
async function switched(widget: TcLocaleSwitch): Promise<TcLocaleChangeEvent> {
  const event = await nextEvent<TcLocaleChangeEvent>(widget, 'tc-locale-change');
  await widget.updateComplete;
  return event;
}

/**
 * Resolves once the UI strings of the locale chosen last are in place, however long they take to
 * load, and a switch has told of it: tc-locale-change follows them within the same task.
 */
async function stringsSettled(kit: { whenUiStringsReady(): Promise<void> } = { whenUiStringsReady }): Promise<void> {
  await kit.whenUiStringsReady();
  await new Promise((resolve) => setTimeout(resolve));
}

/** Collects the locale of every tc-locale-change that reaches the document. */
function recordLocaleChanges(): { locales: string[]; stop: () => void } {
  const locales: string[] = [];
  const listener = (event: Event) => locales.push((event as TcLocaleChangeEvent).detail.locale);
  document.addEventListener('tc-locale-change', listener);
  return { locales, stop: () => document.removeEventListener('tc-locale-change', listener) };
}

describe('<tc-locale-switch>', () => {
  afterEach(async () => {
    for (const widget of switches.splice(0)) widget.remove();
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    await resetKit();
  });

  it('lists the locales by their own names, each marked with its lang, in a list labelled "Language"', async () => {
    const widget = await mountSwitch();
    const list = shadow(widget).querySelector('ul')!;
    expect(list.getAttribute('aria-label')).to.equal('Language');
    expect(buttons(widget).map((candidate) => [visibleText(candidate), candidate.lang, candidate.type])).to.deep.equal([
      ['English', 'en', 'button'],
      ['简体中文', 'zh-CN', 'button'],
    ]);
    expect(shadow(widget).querySelector('.root')!.getAttribute('lang')).to.equal('en');
  });

  // From an accessibility audit: WebKit takes a list without markers outside a navigation landmark
  // for a layout list, and VoiceOver read the switch as "Language, group", not as a list of two.
  it('is a list labelled "Language" to VoiceOver too, though it draws no list markers', async function () {
    if (!inWebKit) this.skip(); // WebDriver's computed role: Chromium's and Firefox's trees keep the list
    await mountSwitch({ id: 'switch' });
    expect(await computedAccessibility('#switch', 'ul')).to.deep.equal({ role: 'list', label: 'Language' });
  });

  it('marks the current locale, and only it, with aria-current="true", and not by colour alone', async () => {
    const widget = await mountSwitch();
    expect(current(widget)).to.deep.equal(['English']);
    expect(button(widget, 'English').getAttribute('aria-current')).to.equal('true');
    const [selected, other] = buttons(widget).map((candidate) => getComputedStyle(candidate));
    expect(Number(selected.fontWeight)).to.be.above(Number(other.fontWeight));
    expect(selected.backgroundColor).to.not.equal(other.backgroundColor);
  });

  // From a designer's walkthrough: ::part() takes no attribute selector, so a page's
  // ::part(button):hover fill reached the current language too, and drew its white text on the
  // page's pale hover fill (1.2:1) under the pointer that had just chosen it.
  it('gives the current language a part of its own, which a page styles apart from the other buttons', async () => {
    const style = document.createElement('style');
    style.textContent = `
      tc-locale-switch::part(button) { background-color: rgb(230, 236, 245); }
      tc-locale-switch::part(current) { background-color: rgb(11, 37, 69); }`;
    document.head.append(style);
    try {
      const widget = await mountSwitch();
      const fills = () => buttons(widget).map((candidate) => `${visibleText(candidate)}: ${getComputedStyle(candidate).backgroundColor}`);
      expect(fills()).to.deep.equal(['English: rgb(11, 37, 69)', '简体中文: rgb(230, 236, 245)']);
      button(widget, '简体中文').click();
      await switched(widget);
      expect(fills()).to.deep.equal(['English: rgb(230, 236, 245)', '简体中文: rgb(11, 37, 69)']);
    } finally {
      style.remove();
    }
  });

  // The case above under the pointer. `::part(current)` does not win over `::part(button):hover`
  // by coming after it: the :hover makes that rule the more specific. The guide's rules
  // (docs/theming.md, "Hover, focus, current and open") give the current part its :hover too.
  it("keeps the current language's own fill under the pointer that chose it, with docs/theming.md's hover rules", async () => {
    const guide = await (await fetch('/docs/theming.md')).text();
    const rules = /\n## Hover, focus, current and open\n[\s\S]*?```css\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(rules, "docs/theming.md's rules for hover and the current language").to.be.a('string');
    const style = document.createElement('style');
    style.textContent = rules!;
    document.head.append(style);
    const widget = await mountSwitch();
    const fills = () => buttons(widget).map((candidate) => `${visibleText(candidate)}: ${getComputedStyle(candidate).backgroundColor} ${getComputedStyle(candidate).color}`);
    const centre = (name: string): [number, number] => {
      const box = button(widget, name).getBoundingClientRect();
      return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    };
    try {
      // Listening before the click: the switch may tell of it before the click's command returns.
      const chosen = switched(widget);
      await sendMouse({ type: 'click', position: centre('简体中文') });
      await chosen;
      expect(button(widget, '简体中文').matches(':hover'), 'the pointer is on 简体中文').to.equal(true);
      expect(fills()).to.deep.equal(['English: rgb(255, 255, 255) rgb(11, 87, 208)', '简体中文: rgb(11, 37, 69) rgb(255, 255, 255)']);
      await sendMouse({ type: 'move', position: centre('English') });
      // The guide's hover fill is for a pointer that hovers (headless Chromium has none).
      const englishUnderPointer = matchMedia('(hover)').matches ? 'rgb(230, 236, 245)' : 'rgb(255, 255, 255)';
      expect(fills()).to.deep.equal([`English: ${englishUnderPointer} rgb(11, 87, 208)`, '简体中文: rgb(11, 37, 69) rgb(255, 255, 255)']);
    } finally {
      await sendMouse({ type: 'move', position: [0, 0] });
      style.remove();
    }
  });

  // From a forced-darkening audit. Software that darkens a light page for its reader assumes light
  // text on dark fills: Dark Reader darkens fills and lightens text, but leaves a light-dark() it
  // cannot parse at its dark value (the page is dark to it); Chrome's Darken websites gives
  // light-dark() its dark value, then turns dark text light. The current language was dark grey on
  // the page's blue under Dark Reader (1.7:1), and near-white on pale blue under Chrome (1.4:1).
  it('keeps the current language light on a dark fill in a dark colour scheme, as darkening software expects', async () => {
    document.documentElement.style.colorScheme = 'dark';
    try {
      const widget = await mountSwitch();
      const style = getComputedStyle(button(widget, 'English'));
      expect(luminance(style.color), `text ${style.color} on ${style.backgroundColor}`).to.be.above(luminance(style.backgroundColor));
      expect(contrast(style.color, style.backgroundColor), `text ${style.color} on ${style.backgroundColor}`).to.be.at.least(4.5);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  // Its default pair is white on blue in either scheme; a dark page's pale link colour under that
  // white, or its dark surface on that blue, is under 3:1, so docs/theming.md tells a dark page
  // that sets one of the two to set both: then the page's own pair is what the reader gets.
  it("writes the current language in a dark page's own surface on its own link colour when it sets both", async () => {
    document.documentElement.style.colorScheme = 'dark';
    try {
      const widget = await mountSwitch();
      widget.style.setProperty('--tc-color-link', '#a8c7fa');
      widget.style.setProperty('--tc-color-surface', '#1e1e1e');
      const style = getComputedStyle(button(widget, 'English'));
      expect(`${style.color} on ${style.backgroundColor}`).to.equal('rgb(30, 30, 30) on rgb(168, 199, 250)');
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('keeps the current language readable where Chrome darkens the page (Darken websites)', async function () {
    if (!inChromium) this.skip(); // Chromium's automatic dark mode, emulated through its protocol
    const widget = await mountSwitch();
    const box = button(widget, 'English').getBoundingClientRect();
    // Inside the border, from the page's top left corner: the fill and the text's pixels.
    const png: string = await executeServerCommand('auto-dark-screenshot', { x: box.x + scrollX + 3, y: box.y + scrollY + 3, width: box.width - 6, height: box.height - 6 });
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const counts = new Map<string, number>();
    for (let index = 0; index < pixels.length; index += 4) {
      const key = `${pixels[index]},${pixels[index + 1]},${pixels[index + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // The fill is the commonest colour; the text's is the one, of those drawn in more than a few
    // pixels (not the edges of letters), that stands out most from it.
    const [fill, ...others] = [...counts].sort((a, b) => b[1] - a[1]).map(([key, count]) => [key.split(',').map(Number), count] as const);
    const text = others.filter(([, count]) => count > 8).map(([color]) => color).sort((a, b) => contrast(b, fill[0]) - contrast(a, fill[0]))[0];
    expect(contrast(text, fill[0]), `text rgb(${text}) on rgb(${fill[0]})`).to.be.at.least(4.5);
  });

  // As the FAQ's questions: on a touch screen the button just tapped kept its underline, the screen
  // keeping :hover on what was tapped. Headless Chromium has no pointer that hovers, so it reads as
  // a touch screen here; a browser with a mouse underlines the button under it.
  it('underlines the button under the pointer only where a pointer hovers', async () => {
    const widget = await mountSwitch();
    const chinese = button(widget, '简体中文');
    const box = chinese.getBoundingClientRect();
    try {
      await sendMouse({ type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + box.height / 2)] });
      expect(chinese.matches(':hover')).to.equal(true);
      expect(getComputedStyle(chinese).textDecorationLine).to.equal(matchMedia('(hover)').matches ? 'underline' : 'none');
    } finally {
      await sendMouse({ type: 'move', position: [0, 0] });
    }
  });

  it('switches every widget on the page to the chosen locale at once, without a reload', async () => {
    const breadcrumb = await mount<TcBreadcrumb>('tc-breadcrumb', { src: '/content/{locale}/navigation.json', page: 'faq' });
    const widget = await mountSwitch();
    (window as { notReloaded?: boolean }).notReloaded = true;
    const ready = nextEvent(breadcrumb, 'tc-ready');
    button(widget, '简体中文').click();
    const event = await switched(widget);
    await ready;
    await breadcrumb.updateComplete;
    expect(getLocale()).to.equal('zh-CN');
    expect(event.detail).to.deep.equal({ locale: 'zh-CN' });
    expect(visibleText(shadow(breadcrumb).querySelector('[aria-current]'))).to.equal('常见问题');
    expect(current(widget)).to.deep.equal(['简体中文']);
    expect(shadow(widget).querySelector('ul')!.getAttribute('aria-label')).to.equal('语言');
    expect(shadow(widget).querySelector('.root')!.getAttribute('lang')).to.equal('zh-CN');
    expect((window as { notReloaded?: boolean }).notReloaded).to.equal(true);
  });

  it('fires tc-locale-change once, bubbling out of shadow roots to the document, and not for the current locale', async () => {
    const widget = await mountSwitch();
    const changes = recordLocaleChanges();
    try {
      button(widget, 'English').click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(changes.locales).to.deep.equal([]);
      button(widget, '简体中文').click();
      await switched(widget);
      expect(changes.locales).to.deep.equal(['zh-CN']);
    } finally {
      changes.stop();
    }
  });

  // The switch's usual place is an app's own header component, in that component's shadow root: the
  // app listens on the document, which an event that stops at the shadow root never reaches.
  it("fires tc-locale-change out of the shadow root of a page's own component, to the document", async () => {
    const header = document.createElement('div');
    document.body.append(header);
    try {
      const widget = await mountSwitch({}, header.attachShadow({ mode: 'open' }) as unknown as HTMLElement);
      const changes = recordLocaleChanges();
      try {
        button(widget, '简体中文').click();
        await switched(widget);
        expect(changes.locales).to.deep.equal(['zh-CN']);
      } finally {
        changes.stop();
      }
    } finally {
      header.remove();
    }
  });

  // A reader who clicks Chinese and at once English ends in English: a host that follows
  // tc-locale-change (to reload its own texts) must not be told of the Chinese that never came.
  it('tells only of the locale the page ends up in when a choice is overtaken by the next', async () => {
    const widget = await mountSwitch();
    const changes = recordLocaleChanges();
    try {
      button(widget, '简体中文').click();
      button(widget, 'English').click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(getLocale()).to.equal('en');
      expect(changes.locales.filter((locale) => locale !== 'en')).to.deep.equal([]);
    } finally {
      changes.stop();
    }
  });

  // Chinese, English and Chinese again, quicker than the Chinese strings load: each Chinese click
  // announced Chinese, and a host that reloads its own texts on tc-locale-change did it twice.
  for (const where of ['one switch', 'two switches']) {
    it(`tells once of the locale chosen last when quick choices on ${where} overtake each other`, async () => {
      const first = await mountSwitch();
      const second = where === 'one switch' ? first : await mountSwitch();
      const changes = recordLocaleChanges();
      try {
        button(first, '简体中文').click();
        button(second, 'English').click();
        button(first, '简体中文').click();
        await stringsSettled();
        expect(getLocale()).to.equal('zh-CN');
        expect(changes.locales).to.deep.equal(['zh-CN']);
      } finally {
        changes.stop();
      }
    });
  }

  // A double click on Chinese, or a second click because the Chinese strings are slow to come:
  // the second click found Chinese already chosen (no change) and overtook the first, so no
  // tc-locale-change told the host of the change to Chinese at all. And Chinese then English before
  // the strings load is no change from English.
  for (const [clicks, expected] of [
    [['简体中文', '简体中文'], ['zh-CN']],
    [['简体中文', 'English'], []],
  ] as const) {
    it(`tells of ${expected.length ? 'the change' : 'no change'} when ${clicks.join(', then ')} are clicked quicker than the Chinese strings load`, async () => {
      const widget = await mountSwitch();
      const changes = recordLocaleChanges();
      try {
        for (const name of clicks) button(widget, name).click();
        await stringsSettled();
        expect(getLocale()).to.equal(clicks[1] === 'English' ? 'en' : 'zh-CN');
        expect(changes.locales).to.deep.equal(expected);
      } finally {
        changes.stop();
      }
    });
  }

  // On a slow connection the Chinese strings take seconds: the reader who clicked 简体中文 and saw
  // English still marked current took the click for lost, and clicked again.
  it('marks the chosen locale current at the click, while its UI strings are still loading', async () => {
    const widget = await mountSwitch();
    const load = translationLoaders['zh-CN'];
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    translationLoaders['zh-CN'] = (failedLoads) => held.then(() => load(failedLoads));
    try {
      const told = switched(widget);
      button(widget, '简体中文').click();
      await widget.updateComplete;
      expect(current(widget)).to.deep.equal(['简体中文']);
      release();
      expect((await told).detail.locale).to.equal('zh-CN');
    } finally {
      translationLoaders['zh-CN'] = load;
      release();
    }
  });

  it('is left out of a printed page, where it does nothing', async function () {
    if (!inChromium) this.skip(); // print media is emulated through Chrome's protocol
    const widget = await mountSwitch();
    expect(widget.getBoundingClientRect().height).to.be.above(0);
    await emulateMedia({ media: 'print' });
    try {
      expect(widget.getBoundingClientRect().height).to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('follows a locale changed elsewhere on the page', async () => {
    const widget = await mountSwitch();
    await setLocale('zh-CN');
    await widget.updateComplete;
    expect(current(widget)).to.deep.equal(['简体中文']);
    expect(shadow(widget).querySelector('ul')!.getAttribute('aria-label')).to.equal('语言');
  });

  it('leaves <html lang> alone unless set-document-lang asks for it', async () => {
    // A page in English, as resetKit leaves it after each test: the test page has no lang of its
    // own, and this test run alone (or first) found '' there, which the switch rightly left alone.
    document.documentElement.lang = 'en';
    const plain = await mountSwitch();
    button(plain, '简体中文').click();
    await switched(plain);
    expect(document.documentElement.lang).to.equal('en');
    plain.remove();
    await setLocale('en');

    const widget = await mountSwitch({ 'set-document-lang': '' });
    button(widget, '简体中文').click();
    await switched(widget);
    expect(document.documentElement.lang).to.equal('zh-CN');
    button(widget, 'English').click();
    await switched(widget);
    expect(document.documentElement.lang).to.equal('en');
    expect(getLocale()).to.equal('en');
  });

  // Forced colours (Windows High Contrast) replace every colour with the reader's palette, except
  // where the kit opts out to fill the current language with Highlight: its border and focus ring
  // must come from that palette too, not stay the kit's blue.
  it('draws the current language in the forced colours of the reader, border and focus ring included', async function () {
    if (!inChromium) this.skip(); // forced colours are emulated through Chrome's protocol
    const before = document.createElement('button');
    const probe = document.createElement('span');
    document.body.append(before, probe);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const widget = await mountSwitch();
      before.focus();
      await sendKeys({ press: 'Tab' });
      const chosen = shadow(widget).activeElement!;
      expect(chosen.getAttribute('aria-current')).to.equal('true');
      const style = getComputedStyle(chosen);
      const systemColor = (name: string) => ((probe.style.color = name), getComputedStyle(probe).color);
      expect(style.backgroundColor, 'fill').to.equal(systemColor('Highlight'));
      expect(style.borderTopColor, 'border').to.equal(systemColor('Highlight'));
      expect(style.outlineColor, 'focus ring').to.equal(systemColor('CanvasText'));
      expect(style.outlineStyle, 'focus ring').to.equal('solid');
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
      before.remove();
      probe.remove();
    }
  });

  // From an audit of single-page apps: a switch taken off the page (a closed menu, a kept-alive view)
  // while the locale changed came back marking the old language current, labelled in it.
  it('shows the current locale when it is put back after a switch made while it was away', async () => {
    const widget = await mountSwitch();
    widget.remove();
    await setLocale('zh-CN');
    document.body.append(widget);
    try {
      await widget.updateComplete;
      expect(shadow(widget).querySelector('[aria-current="true"]')!.getAttribute('lang')).to.equal('zh-CN');
      expect(shadow(widget).querySelector('ul')!.getAttribute('aria-label')).to.equal('语言');
    } finally {
      widget.remove();
    }
  });

  describe('keyboard', () => {
    it('is reached with Tab and chosen with Enter or Space; focus stays on the chosen button', async () => {
      const before = document.createElement('button');
      document.body.append(before);
      const widget = await mountSwitch();
      try {
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(visibleText(shadow(widget).activeElement)).to.equal('English');
        await sendKeys({ press: 'Tab' });
        expect(visibleText(shadow(widget).activeElement)).to.equal('简体中文');

        let change = switched(widget);
        await sendKeys({ press: 'Enter' });
        expect((await change).detail.locale).to.equal('zh-CN');
        expect(visibleText(shadow(widget).activeElement)).to.equal('简体中文');
        expect(current(widget)).to.deep.equal(['简体中文']);

        await pressWith('Shift', 'Tab');
        expect(visibleText(shadow(widget).activeElement)).to.equal('English');
        change = switched(widget);
        await sendKeys({ press: ' ' });
        expect((await change).detail.locale).to.equal('en');
        expect(getLocale()).to.equal('en');
        expect(current(widget)).to.deep.equal(['English']);
      } finally {
        before.remove();
      }
    });

    it('shows a focus ring on the focused button, current or not', async function () {
      // :focus-visible matches only in the focused window; Firefox runs test pages side by side.
      if (!document.hasFocus()) this.skip();
      const before = document.createElement('button');
      document.body.append(before);
      const widget = await mountSwitch();
      try {
        before.focus();
        for (const name of ['English', '简体中文']) {
          await sendKeys({ press: 'Tab' });
          expect(visibleText(shadow(widget).activeElement)).to.equal(name);
          const style = getComputedStyle(shadow(widget).activeElement!);
          expect(style.outlineStyle, name).to.equal('solid');
          expect(parseFloat(style.outlineWidth), name).to.be.at.least(2);
        }
      } finally {
        before.remove();
      }
    });
  });

  describe('remember', () => {
    /**
     * A new page of the same site, in a frame: its own copy of the kit (the remembered choice is
     * applied once per page), the same localStorage. `kit` is its locale API. `before` is the page's
     * own script, run before the kit's.
     */
    async function nextPage(before = ''): Promise<{ window: Window; kit: typeof import('../../core/locale.js') }> {
      const frame = document.createElement('iframe');
      // Whole URLs: WebKit resolves a srcdoc script's imports against about:srcdoc, not this page.
      const url = (path: string) => JSON.stringify(new URL(path, location.href).href);
      frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module">
        ${before}
        await import(${url('/src/widgets/locale-switch/define.ts')});
        window.kit = await import(${url('/src/core/locale.ts')});
      </script></body></html>`;
      frame.dataset.nextPage = '';
      document.body.append(frame);
      const view = frame.contentWindow as Window & { kit?: typeof import('../../core/locale.js') };
      for (let waited = 0; !view.kit; waited += 20) {
        if (waited > 10_000) throw new Error('the next page did not load the kit');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return { window: view, kit: view.kit };
    }

    /**
     * A switch with `remember` and `set-document-lang` connected to `page`, and its first
     * tc-locale-change, if any, once the UI strings of the locale it may have applied are in place:
     * the event comes after them. (A 300 ms wait for it failed whenever the next page took longer
     * to load its Chinese strings, as on a loaded machine.)
     */
    async function rememberingSwitch(page: Window): Promise<{ widget: TcLocaleSwitch; changed: Promise<string | undefined> }> {
      const widget = page.document.createElement('tc-locale-switch') as TcLocaleSwitch;
      widget.setAttribute('remember', '');
      widget.setAttribute('set-document-lang', '');
      let told: string | undefined;
      widget.addEventListener('tc-locale-change', (event) => (told ??= (event as TcLocaleChangeEvent).detail.locale));
      page.document.body.append(widget);
      await widget.updateComplete;
      const { kit } = page as Window & { kit: typeof import('../../core/locale.js') };
      const changed = stringsSettled(kit).then(() => told);
      return { widget, changed };
    }

    afterEach(() => {
      for (const frame of document.querySelectorAll('iframe[data-next-page]')) frame.remove();
    });

    it('keeps the choice in localStorage, and a new page applies it on load', async () => {
      const widget = await mountSwitch({ remember: '' });
      button(widget, '简体中文').click();
      await switched(widget);
      expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('zh-CN');

      const page = await nextPage();
      expect(page.kit.getLocale(), 'the next page starts from its <html lang>').to.equal('en');
      const { widget: restoring, changed } = await rememberingSwitch(page.window);
      expect(await changed).to.equal('zh-CN');
      await restoring.updateComplete;
      expect(page.kit.getLocale()).to.equal('zh-CN');
      expect(page.window.document.documentElement.lang).to.equal('zh-CN');
      expect(current(restoring)).to.deep.equal(['简体中文']);
    });

    it('applies it once per page: a switch mounted again later does not undo a choice made since', async () => {
      localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
      const page = await nextPage();
      const first = await rememberingSwitch(page.window);
      expect(await first.changed).to.equal('zh-CN');
      // The host (or a switch without remember) chooses English; the app re-renders its header.
      await page.kit.setLocale('en');
      first.widget.remove();
      const again = await rememberingSwitch(page.window);
      expect(await again.changed, 'no switch back').to.equal(undefined);
      expect(page.kit.getLocale()).to.equal('en');
      expect(current(again.widget)).to.deep.equal(['English']);
      // Moved elsewhere on the page, as a header into a menu: still no switch back.
      page.window.document.body.prepend(again.widget);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(page.kit.getLocale()).to.equal('en');
    });

    // The pattern of an app's template (Lit's .remember, Vue's .prop, Angular's [remember]) or a
    // page's script that runs before the kit: the property waits on the element until Lit applies
    // it, at the first update. Read when the switch connected, it was still false: the page
    // stayed in English.
    it('applies it when `remember` was given as a property before the kit defined the tag', async () => {
      localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
      const page = await nextPage(`const early = document.createElement('tc-locale-switch');
        early.remember = true;
        document.body.append(early);`);
      const widget = page.window.document.querySelector('tc-locale-switch') as TcLocaleSwitch;
      await widget.updateComplete;
      expect(page.kit.getLocale()).to.equal('zh-CN');
      expect(current(widget)).to.deep.equal(['简体中文']);
    });

    // A page whose switch comes after a content widget (a footer's switch, a header's below the
    // breadcrumb), both defined at once: the widget's first update asked for its English document,
    // which the remembered Chinese then replaced, a download for nothing and English for a moment.
    it('applies it before a content widget ahead of it on the page asks for its document', async () => {
      localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
      const breadcrumbModule = JSON.stringify(new URL('/src/widgets/breadcrumb/define.ts', location.href).href);
      const page = await nextPage(`window.fetched = [];
        const load = window.fetch;
        window.fetch = (input, init) => (fetched.push(input instanceof Request ? input.url : String(input)), load(input, init));
        await import(${breadcrumbModule});`);
      const doc = page.window.document;
      const breadcrumb = doc.createElement('tc-breadcrumb') as TcBreadcrumb;
      breadcrumb.setAttribute('src', `${location.origin}/content/{locale}/navigation.json`);
      breadcrumb.setAttribute('page', 'faq');
      const widget = doc.createElement('tc-locale-switch');
      widget.setAttribute('remember', '');
      doc.body.append(breadcrumb, widget);
      await waitUntil(() => breadcrumb.status === 'ready' && visibleText(shadow(breadcrumb).querySelector('[aria-current]')) === '常见问题', 'the breadcrumb shows Chinese', { timeout: 5000 });
      const fetched = (page.window as Window & { fetched: string[] }).fetched.filter((url) => url.includes('/content/'));
      expect(fetched).to.deep.equal([`${location.origin}/content/zh-CN/navigation.json`]);
    });

    // A choice the reader made on this page is the page's: a remembered one from an earlier visit
    // must not undo it, whether the switch gets `remember` afterwards (a site that sets it once the
    // reader accepts storage) or a switch with `remember` arrives afterwards (a single-page app's
    // next route, where the first route's switch did not remember).
    for (const [how, later] of [
      ['given `remember` after the reader chose on it', (chosenOn: TcLocaleSwitch) => (chosenOn.remember = true)],
      ['with `remember` mounted after the reader chose on another', (chosenOn: TcLocaleSwitch) => chosenOn.after(Object.assign(chosenOn.ownerDocument.createElement('tc-locale-switch'), { remember: true }))],
    ] as const) {
      it(`does not undo the reader's choice on this page: a switch ${how}`, async () => {
        localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
        const page = await nextPage();
        const widget = page.window.document.createElement('tc-locale-switch') as TcLocaleSwitch;
        page.window.document.body.append(widget);
        await widget.updateComplete;
        button(widget, '简体中文').click();
        await switched(widget);
        later(widget);
        for (const each of page.window.document.querySelectorAll<TcLocaleSwitch>('tc-locale-switch')) await each.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(page.kit.getLocale()).to.equal('zh-CN');
        for (const each of page.window.document.querySelectorAll('tc-locale-switch')) expect(current(each)).to.deep.equal(['简体中文']);
      });
    }

    // Once a page: a switch that found nothing stored as the page loaded does not apply a choice
    // stored later (by the reader, in another tab) when it is mounted again, over the page's own.
    it('reads what was stored once a page, even when nothing was', async () => {
      localStorage.removeItem(LOCALE_STORAGE_KEY);
      const page = await nextPage();
      const first = await rememberingSwitch(page.window);
      expect(await first.changed).to.equal(undefined);
      localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
      first.widget.remove();
      const again = await rememberingSwitch(page.window);
      expect(await again.changed).to.equal(undefined);
      expect(page.kit.getLocale()).to.equal('en');
    });

    // From the navigation audit: the reader chose 简体中文 on the next page and went Back. A page
    // loaded anew (a Back without the back/forward cache) comes in Chinese; the page Chromium and
    // Firefox kept in that cache came back in English, until reloaded.
    it('applies a choice made on another page since, when the page comes back from the back/forward cache', async () => {
      localStorage.removeItem(LOCALE_STORAGE_KEY);
      const page = await nextPage();
      const { widget, changed } = await rememberingSwitch(page.window);
      expect(await changed).to.equal(undefined);
      localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
      const show = (persisted: boolean) => page.window.dispatchEvent(new (page.window as typeof window).PageTransitionEvent('pageshow', { persisted }));
      // The page's first pageshow, after its load, is no return: a choice made since is not undone.
      show(false);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(page.kit.getLocale(), 'on load').to.equal('en');
      const told = Promise.race([nextEvent<TcLocaleChangeEvent>(widget, 'tc-locale-change').then((event) => event.detail.locale), new Promise((resolve) => setTimeout(resolve, 1000))]);
      show(true);
      expect(await told, 'tc-locale-change').to.equal('zh-CN');
      await widget.updateComplete;
      expect(page.kit.getLocale()).to.equal('zh-CN');
      expect(page.window.document.documentElement.lang).to.equal('zh-CN');
      expect(current(widget)).to.deep.equal(['简体中文']);
      // A switch taken off the page listens no more.
      widget.remove();
      localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
      show(true);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(page.kit.getLocale(), 'after the switch left').to.equal('zh-CN');
    });

    // A header's switch with remember, a footer's without. Back from the back/forward cache (real
    // Back in Chromium), the host's setLocale('zh-CN') was undone: the page drew Chinese, then
    // English again, with a tc-locale-change to English. The switch without remember set the
    // count of choices back to none after the one with remember had applied the stored choice.
    it('after a return from the back/forward cache, still does not undo a locale set since, with a switch without remember beside', async () => {
      localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
      // The browser's own pageshow runs the page's microtasks after each listener (a Lit update
      // among them), which dispatchEvent from a script does not: the page keeps the listeners.
      const page = await nextPage(`const add = addEventListener; window.shown = [];
        window.addEventListener = (type, listener, options) => (type === 'pageshow' && shown.push(listener), add(type, listener, options));`);
      const { widget } = await rememberingSwitch(page.window);
      const footer = page.window.document.createElement('tc-locale-switch') as TcLocaleSwitch;
      page.window.document.body.append(footer);
      await footer.updateComplete;
      for (const listener of (page.window as Window & { shown: EventListener[] }).shown) {
        listener(new (page.window as typeof window).PageTransitionEvent('pageshow', { persisted: true }));
        await new Promise((resolve) => setTimeout(resolve));
      }
      await widget.updateComplete;
      expect(page.kit.getLocale(), 'back').to.equal('en');
      const changes: string[] = [];
      widget.addEventListener('tc-locale-change', (event) => changes.push(event.detail.locale));
      await page.kit.setLocale('zh-CN');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(page.kit.getLocale()).to.equal('zh-CN');
      expect(current(widget)).to.deep.equal(['简体中文']);
      expect(changes, 'tc-locale-change').to.deep.equal([]);
    });

    // The class is exported for an app that registers it under its own name, or extends it. Lit
    // passes willUpdate the changed properties; the switch called it itself, with none, as it
    // connected, and a subclass that read them threw there.
    it('applies it in a subclass whose willUpdate reads the changed properties, which it is always given', async () => {
      localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
      const page = await nextPage();
      const errors: string[] = [];
      page.window.addEventListener('error', (event) => errors.push(event.message));
      const Base = page.window.customElements.get('tc-locale-switch') as unknown as typeof TcLocaleSwitch;
      const given: string[] = [];
      page.window.customElements.define(
        'my-locale-switch',
        class extends Base {
          protected override willUpdate(changed: PropertyValues<this>): void {
            super.willUpdate(changed);
            given.push(typeof changed?.has);
          }
        },
      );
      const widget = Object.assign(page.window.document.createElement('my-locale-switch') as TcLocaleSwitch, { remember: true });
      page.window.document.body.append(widget);
      await widget.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(given).to.deep.equal(['function']);
      expect(page.kit.getLocale()).to.equal('zh-CN');
      expect(current(widget)).to.deep.equal(['简体中文']);
    });

    it('neither stores nor applies anything without the attribute', async () => {
      localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
      const widget = await mountSwitch();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(getLocale()).to.equal('en');
      localStorage.removeItem(LOCALE_STORAGE_KEY);
      button(widget, '简体中文').click();
      await switched(widget);
      expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal(null);
    });

    it('ignores a stored value that is not one of its locales', async () => {
      localStorage.setItem(LOCALE_STORAGE_KEY, 'fr<script>');
      const page = await nextPage();
      const { widget, changed } = await rememberingSwitch(page.window);
      expect(await changed).to.equal(undefined);
      expect(page.kit.getLocale()).to.equal('en');
      expect(current(widget)).to.deep.equal(['English']);
      // Nor does it reach the page's own language (the switch has set-document-lang).
      expect(page.window.document.documentElement.lang).to.equal('en');
    });

    it('still switches when storage throws (disabled, sandboxed or full)', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const widget = await mountSwitch({ remember: '' });
        button(widget, '简体中文').click();
        await switched(widget);
        expect(getLocale()).to.equal('zh-CN');
        expect(current(widget)).to.deep.equal(['简体中文']);
      } finally {
        Storage.prototype.getItem = getItem;
        Storage.prototype.setItem = setItem;
      }
    });
  });

  it('reflows at 320 px in both locales, with targets of at least 24 by 24 px', async () => {
    const frame = frameOf(320);
    try {
      const widget = await mountSwitch({}, frame);
      for (const locale of ['en', 'zh-CN']) {
        await setLocale(locale);
        await widget.updateComplete;
        expect(widget.scrollWidth, locale).to.be.at.most(320);
        for (const candidate of buttons(widget)) {
          const box = candidate.getBoundingClientRect();
          expect(box.right, locale).to.be.at.most(frame.getBoundingClientRect().right);
          expect(box.width).to.be.at.least(24);
          expect(box.height).to.be.at.least(24);
        }
        expect(await axeViolations(widget)).to.deep.equal([]);
      }
    } finally {
      frame.remove();
    }
  });

  for (const locale of ['en', 'zh-CN']) {
    it(`passes axe (WCAG 2.2 AA) in ${locale}`, async () => {
      await setLocale(locale);
      const widget = await mountSwitch();
      expect(await axeViolations(widget)).to.deep.equal([]);
      // And with focus on the current locale, whose fill is the focus ring's colour.
      buttons(widget).find((candidate) => candidate.hasAttribute('aria-current'))!.focus();
      expect(await axeViolations(widget)).to.deep.equal([]);
    });
  }
});
