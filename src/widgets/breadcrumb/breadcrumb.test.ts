import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import { setLocale } from '../../core/locale.js';
import { accessibleNames, axeViolations, frameOf, inChromium, itShowsAccessibleStates, languageOf, mount, nextEvent, quietly, resetKit, shadow, shippedDocument, visibleText } from '../../../test/helpers.js';
import type { TcBreadcrumb } from './breadcrumb.js';
import type { NavigationDocument } from '../../core/content-types.js';

const SRC = '/content/{locale}/navigation.json';
const items = (widget: Element) => [...shadow(widget).querySelectorAll('ol > li')].map((item) => visibleText(item));
const separator = (item: Element) => getComputedStyle(item, '::before').content;

describe('<tc-breadcrumb>', () => {
  afterEach(resetKit);

  it('shows the trail of the page as a labelled navigation landmark with an ordered list', async () => {
    const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'data-location' });
    const nav = shadow(widget).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Breadcrumb');
    expect(Boolean(nav.querySelector('ol'))).to.equal(true);
    expect(items(widget)).to.deep.equal(['Trust Center', 'Transparency', 'Where your Customer Data is stored']);
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['../default.html', '../transparency/default.html']);
  });

  it('ends with the page itself: not a link, and the only item marked aria-current="page"', async () => {
    const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'privacy-control' });
    const last = shadow(widget).querySelector('ol > li:last-child')!;
    expect(Boolean(last.querySelector('a'))).to.equal(false);
    const current = shadow(widget).querySelectorAll('[aria-current]');
    expect(current).to.have.length(1);
    expect(current[0].getAttribute('aria-current')).to.equal('page');
    expect(visibleText(current[0])).to.equal('You control your Customer Data');
    expect(last.contains(current[0])).to.equal(true);
  });

  it('shows the trail in Chinese, with a Chinese landmark label and lang', async () => {
    await setLocale('zh-CN');
    const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'data-location' });
    expect(shadow(widget).querySelector('.root')!.getAttribute('lang')).to.equal('zh-CN');
    // Screen readers add the role's name (导航, "navigation") after the label: "面包屑导航" was
    // heard as "面包屑导航 导航", as "Breadcrumb navigation" would be in English.
    expect(shadow(widget).querySelector('nav')!.getAttribute('aria-label')).to.equal('面包屑');
    expect(items(widget)).to.deep.equal(['信任中心', '透明度', '您的客户数据存储在何处']);
  });

  // The trail is content: where Chinese is missing it is English, and read with an English voice.
  it('marks an English trail as English on a Chinese page', async () => {
    await setLocale('zh-CN');
    const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { src: '/fixture/en-only/{locale}/navigation', page: 'privacy-control' });
    const link = shadow(widget).querySelector('ol a')!;
    expect(visibleText(link)).to.equal('Trust Center');
    expect(languageOf(link.firstChild!)).to.equal('en');
  });

  it('switches language at runtime without losing its page', async () => {
    const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'faq' });
    expect(items(widget)).to.deep.equal(['Trust Center', 'Frequently Asked Questions (FAQ)']);
    const ready = nextEvent(widget, 'tc-ready');
    await setLocale('zh-CN');
    await ready;
    await widget.updateComplete;
    expect(items(widget)).to.deep.equal(['信任中心', '常见问题']);
    expect(shadow(widget).querySelector('nav')!.getAttribute('aria-label')).to.equal('面包屑');
  });

  it('follows a change of its page attribute', async () => {
    const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'data-location' });
    const ready = nextEvent(widget, 'tc-ready');
    widget.setAttribute('page', 'privacy-control');
    await ready;
    await widget.updateComplete;
    expect(items(widget)).to.deep.equal(['Trust Center', 'Privacy', 'You control your Customer Data']);
  });

  it('loads the kit\'s default navigation content when it has no src', async () => {
    const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { page: 'faq' });
    expect(items(widget)).to.deep.equal(['Trust Center', 'Frequently Asked Questions (FAQ)']);
  });

  describe('separators', () => {
    it('come from CSS between the items, hidden from screen readers, not before the first', async () => {
      const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'data-location' });
      const [first, second, third] = shadow(widget).querySelectorAll('li');
      expect(separator(first)).to.equal('none');
      expect(separator(second)).to.include('›');
      expect(separator(third)).to.include('›');
      // Not in the DOM: the accessible names and the text are only the items.
      expect(shadow(widget).querySelector('ol')!.textContent).to.not.include('›');
    });

    it('are not in the accessibility tree either', async function () {
      if (!inChromium) this.skip(); // the accessibility tree is read over CDP
      await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'data-location' });
      const names = await accessibleNames();
      expect(names, 'the trail is in the tree').to.include('Trust Center');
      expect(names.filter((name) => name.includes('›'))).to.deep.equal([]);
    });

    // The trail is English or Chinese: it reads left to right wherever the page puts it.
    it('keep pointing from the home page to the current one on a right-to-left page', async () => {
      const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'data-location', dir: 'rtl' });
      const [first, second] = shadow(widget).querySelectorAll('li');
      expect(separator(second)).to.include('›');
      expect(second.getBoundingClientRect().left).to.be.at.least(first.getBoundingClientRect().right - 1);
    });
  });

  describe('keyboard', () => {
    it('reaches each ancestor link with Tab, in order, and skips the current page', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      const after = document.createElement('button');
      after.textContent = 'after';
      document.body.append(before);
      const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'data-location' });
      document.body.append(after);
      try {
        before.focus();
        const visited: string[] = [];
        for (let step = 0; step < 3; step++) {
          await sendKeys({ press: 'Tab' });
          const focused = document.activeElement === widget ? shadow(widget).activeElement : document.activeElement;
          visited.push(visibleText(focused));
        }
        expect(visited).to.deep.equal(['Trust Center', 'Transparency', 'after']);
      } finally {
        before.remove();
        after.remove();
      }
    });

    it('shows a focus ring on the focused link', async function () {
      // :focus-visible matches only in the focused window; Firefox runs test pages side by side.
      if (!document.hasFocus()) this.skip();
      const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'data-location' });
      const before = document.createElement('button');
      document.body.prepend(before);
      try {
        before.focus();
        await sendKeys({ press: 'Tab' });
        const link = shadow(widget).activeElement as HTMLElement;
        expect(link.localName).to.equal('a');
        const style = getComputedStyle(link);
        expect(style.outlineStyle).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      } finally {
        before.remove();
      }
    });
  });

  describe('an unknown page', () => {
    it('is a content error: an alert, tc-error naming $.pages and the missing id, a console message', async () => {
      const errors: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      const event = nextEvent<CustomEvent>(document.body, 'tc-error');
      let widget: TcBreadcrumb;
      try {
        widget = await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'no-such-page' });
      } finally {
        console.error = original;
      }
      const { detail } = await event;
      expect(detail).to.deep.include({ path: '$.pages', code: 'schema' });
      expect(detail.url).to.match(/\/content\/en\/navigation\.json$/);
      expect(detail.message).to.include('"no-such-page"');
      expect(String(errors[0][0])).to.include('no-such-page');
      expect(widget.status).to.equal('error');
      expect(visibleText(shadow(widget).querySelector('[role="alert"]'))).to.equal('Breadcrumb: The content contains a mistake and cannot be shown.');
      expect(visibleText(shadow(widget).querySelector('[part="error"] details'))).to.include('$.pages');
      expect(Boolean(shadow(widget).querySelector('nav'))).to.equal(false);
      expect(await axeViolations(widget)).to.deep.equal([]);
    });

    it('is shown in Chinese on a Chinese page, and passes axe', async () => {
      await setLocale('zh-CN');
      const widget = await quietly(() => mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'nope' }));
      expect(visibleText(shadow(widget).querySelector('[role="alert"]'))).to.equal('面包屑：内容有误，无法显示。');
      expect(shadow(widget).querySelector('.root')!.getAttribute('lang')).to.equal('zh-CN');
      expect(await axeViolations(widget)).to.deep.equal([]);
    });

    it('is an error without any page attribute too', async () => {
      const event = nextEvent<CustomEvent>(document.body, 'tc-error');
      const widget = await quietly(() => mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC }));
      expect((await event).detail.path).to.equal('$.pages');
      expect(widget.status).to.equal('error');
    });

    it('goes away when the page attribute is corrected', async () => {
      const widget = await quietly(() => mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'typo' }));
      const ready = nextEvent(widget, 'tc-ready');
      widget.page = 'faq';
      await ready;
      await widget.updateComplete;
      expect(widget.status).to.equal('ready');
      expect(Boolean(shadow(widget).querySelector('[role="alert"]'))).to.equal(false);
      expect(items(widget)).to.deep.equal(['Trust Center', 'Frequently Asked Questions (FAQ)']);
    });
  });

  // The documented parts are a page's way to style the trail: a part dropped from a template left
  // the page's rules with nothing to match, and no error to tell.
  it('exposes the nav, list, link and current parts to the page\'s ::part() rules', async () => {
    const style = document.createElement('style');
    style.textContent = `
      tc-breadcrumb::part(nav) { color: rgb(1, 0, 0); }
      tc-breadcrumb::part(list) { color: rgb(2, 0, 0); }
      tc-breadcrumb::part(link) { color: rgb(3, 0, 0); }
      tc-breadcrumb::part(current) { color: rgb(4, 0, 0); }`;
    document.head.append(style);
    try {
      const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'data-location' });
      const colour = (element: Element | null) => (element ? getComputedStyle(element).color : 'missing');
      const root = shadow(widget);
      expect(colour(root.querySelector('nav'))).to.equal('rgb(1, 0, 0)');
      expect(colour(root.querySelector('ol'))).to.equal('rgb(2, 0, 0)');
      expect([...root.querySelectorAll('ol a')].map(colour)).to.deep.equal(['rgb(3, 0, 0)', 'rgb(3, 0, 0)']);
      expect(colour(root.querySelector('[aria-current]'))).to.equal('rgb(4, 0, 0)');
    } finally {
      style.remove();
    }
  });

  it('renders content given as a property, markup in it as text', async () => {
    const content = await shippedDocument<NavigationDocument>('en', 'navigation.json');
    content.pages[2].title = '<img src=x onerror=alert(1)>Title';
    const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { page: 'faq' }, { content });
    expect(Boolean(shadow(widget).querySelector('img'))).to.equal(false);
    expect(visibleText(shadow(widget).querySelector('[aria-current]'))).to.equal('<img src=x onerror=alert(1)>Title');
  });

  it('reflows at 320 px in both languages: the trail wraps, nothing scrolls sideways', async () => {
    const frame = frameOf(320);
    try {
      for (const locale of ['en', 'zh-CN']) {
        await setLocale(locale);
        const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'data-location' }, {}, frame);
        expect(widget.scrollWidth, locale).to.be.at.most(320);
        const list = shadow(widget).querySelector('ol')!;
        expect(list.scrollWidth, locale).to.be.at.most(list.clientWidth + 1);
        if (locale === 'en') {
          // The long title goes to a line of its own rather than off the edge.
          const [first, , last] = list.querySelectorAll('li');
          expect(last.getBoundingClientRect().top).to.be.above(first.getBoundingClientRect().top);
        }
        expect(await axeViolations(widget)).to.deep.equal([]);
        widget.remove();
      }
    } finally {
      frame.remove();
    }
  });

  // The page's own reserve (docs/embedding.md) is the trail's height: a loading line taller than the trail
  // it stands for pushed the page down, then back up when the trail came (0.8 rem at 1280 px).
  it('is as tall while loading as its one-line trail once ready, in both languages', async () => {
    const frame = frameOf(1000);
    try {
      for (const locale of ['en', 'zh-CN']) {
        await setLocale(locale);
        const loading = document.createElement('tc-breadcrumb') as TcBreadcrumb;
        loading.setAttribute('page', 'faq');
        loading.setAttribute('src', `/fixture/stall?ms=4000&breadcrumb-height-${locale}`);
        frame.append(loading);
        await loading.updateComplete;
        expect(loading.status).to.equal('loading');
        const ready = await mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'faq' }, {}, frame);
        const trail = shadow(ready).querySelector('ol')!;
        // One line: the test measures the state the page reserves for.
        expect(trail.getBoundingClientRect().height, locale).to.be.below(2 * parseFloat(getComputedStyle(trail).lineHeight));
        expect(loading.getBoundingClientRect().height, locale).to.be.closeTo(ready.getBoundingClientRect().height, 1);
        loading.remove();
        ready.remove();
      }
    } finally {
      frame.remove();
    }
  });

  describe('states', () => {
    itShowsAccessibleStates('tc-breadcrumb', { page: 'faq' }, () => mount<TcBreadcrumb>('tc-breadcrumb', { src: SRC, page: 'privacy-control' }));
  });
});
