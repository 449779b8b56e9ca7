import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/widgets/locale-switch/define.js';
import '../../src/widgets/data-location/define.js';
import '../../src/widgets/breadcrumb/define.js';
import { getLocale, prefetchLocale } from '../../src/core/locale.js';
import { mount, mountWidget, nextEvent, recordFetches, resetKit, shadow, visibleText, waitUntil } from '../helpers.js';

/*
 * A reader about to switch languages: a pointer resting on 简体中文, or focus on it. What the switch
 * will need loads then, so that on a slow network the switch is over sooner.
 * The first test must run on a page that has not loaded the Chinese UI strings yet: this file's.
 */

const TEMPLATE = '/content/{locale}/data-locations.json';
const switches: HTMLElement[] = [];

async function mountPage(attributes: Record<string, string> = { src: TEMPLATE }) {
  const locales = await mountWidget('tc-locale-switch', {});
  switches.push(locales);
  const table = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('tc-data-location', attributes);
  const chinese = [...shadow(locales).querySelectorAll('button')].find((button) => button.lang === 'zh-CN')!;
  const box = chinese.getBoundingClientRect();
  return { table, chinese, centre: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] as [number, number] };
}

const stringsLoads = () => performance.getEntriesByType('resource').filter((entry) => /generated\/locales\/zh-CN/.test(entry.name)).length;
const chineseRequests = (urls: string[]) => urls.filter((url) => url.includes('/zh-CN/'));

describe('a switch the reader is about to make', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    for (const widget of switches.splice(0)) widget.remove();
    await resetKit();
  });

  it('loads the Chinese UI strings and documents while the pointer rests on 简体中文, and the click finds them', async () => {
    const { table, centre } = await mountPage();
    const breadcrumb = await mount('tc-breadcrumb', { page: 'privacy-control' });
    expect(stringsLoads(), 'UI strings before').to.equal(0);
    const fetches = recordFetches();
    try {
      await sendMouse({ type: 'move', position: centre });
      await waitUntil(() => chineseRequests(fetches.urls).length === 2 && stringsLoads() === 1, 'the Chinese files are asked for', { timeout: 3000 });
      expect(chineseRequests(fetches.urls).map((url) => url.replace(/^.*\/zh-CN\//, ''))).to.have.members(['data-locations.json', 'navigation.json']);
      // Asked for, not shown: the page is still English, and nothing says otherwise.
      expect(getLocale()).to.equal('en');
      expect(table.getAttribute('status')).to.equal('ready');
      expect(shadow(table).querySelector('.root')!.getAttribute('aria-busy')).to.equal('false');
      expect(visibleText(shadow(table).querySelector('tbody'))).to.include('China East');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const shown = Promise.all([nextEvent(table, 'tc-ready'), nextEvent(breadcrumb, 'tc-ready')]);
      await sendMouse({ type: 'click', position: centre });
      await shown;
      expect(visibleText(shadow(table).querySelector('tbody'))).to.include('中国东部');
      expect(chineseRequests(fetches.urls), 'after the click: no request again').to.have.length(2);
      expect(stringsLoads(), 'UI strings after the click').to.equal(1);
    } finally {
      fetches.restore();
    }
  });

  it('loads the document when the button gets focus, the keyboard’s way there', async () => {
    const { table, chinese } = await mountPage();
    const fetches = recordFetches();
    try {
      (shadow(switches[0]).querySelector('button') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(switches[0]).activeElement === chinese, '简体中文 has focus').to.equal(true);
      await waitUntil(() => chineseRequests(fetches.urls).length === 1, 'the Chinese document is asked for', { timeout: 3000 });
      expect(table.getAttribute('status')).to.equal('ready');
    } finally {
      fetches.restore();
    }
  });

  it('asks for no document for the current language, a fixed document, or a reader who saves data', async () => {
    const { centre } = await mountPage({ src: '/content/en/data-locations.json' });
    const english = [...shadow(switches[0]).querySelectorAll('button')].find((button) => button.lang === 'en')!;
    const fetches = recordFetches();
    const connection = Object.getOwnPropertyDescriptor(navigator, 'connection');
    try {
      english.dispatchEvent(new PointerEvent('pointerenter'));
      english.focus();
      // A document without {locale} is the same in every language: nothing to load.
      await sendMouse({ type: 'move', position: centre });
      const withTemplate = await mount('tc-data-location', { src: TEMPLATE });
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
      prefetchLocale('zh-CN');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fetches.urls, 'requests').to.deep.equal([]);
      expect(withTemplate.getAttribute('status')).to.equal('ready');
    } finally {
      fetches.restore();
      if (connection) Object.defineProperty(navigator, 'connection', connection);
      else delete (navigator as { connection?: unknown }).connection;
    }
  });

  it('says nothing of a document that fails to load before the click, and the click loads it again', async () => {
    const { table, centre } = await mountPage();
    const realFetch = window.fetch;
    const chineseTries: string[] = [];
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const heardErrors: Event[] = [];
    const hear = (event: Event) => heardErrors.push(event);
    document.addEventListener('tc-error', hear);
    // The first request for the Chinese document fails as a dropped connection does.
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('/zh-CN/')) chineseTries.push(url);
      return chineseTries.length === 1 && url.includes('/zh-CN/') ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    };
    try {
      await sendMouse({ type: 'move', position: centre });
      await waitUntil(() => chineseTries.length === 1, 'the Chinese document is asked for', { timeout: 3000 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect({ errors, events: heardErrors.length, status: table.getAttribute('status') }).to.deep.equal({ errors: [], events: 0, status: 'ready' });
      const shown = nextEvent(table, 'tc-ready');
      await sendMouse({ type: 'click', position: centre });
      await shown;
      expect(visibleText(shadow(table).querySelector('tbody'))).to.include('中国东部');
      expect(chineseTries, 'requests').to.have.length(2);
    } finally {
      window.fetch = realFetch;
      console.error = consoleError;
      document.removeEventListener('tc-error', hear);
    }
  });
});
