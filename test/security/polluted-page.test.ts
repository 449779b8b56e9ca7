import { expect } from '@esm-bundle/chai';
import { contentWidgets, shadow, visibleText } from '../helpers.js';
import { fold } from '../../src/widgets/faq/faq-search.js';

/** What a reader meets in a widget: its state, its text, and each link's address and where it opens. */
const seen = (widget: Element) => ({
  status: widget.getAttribute('status'),
  text: visibleText(shadow(widget)),
  links: [...shadow(widget).querySelectorAll('a')].map((link) => `${link.getAttribute('href')} ${link.target}`),
});
const shown = (page: Document) => Object.fromEntries(contentWidgets.map(([tag]) => [tag, seen(page.querySelector(tag)!)]));

/**
 * A page of its own (its own built-ins, and the kit's modules new, as on a page that loads them)
 * with every content widget, once each has settled; `setup` runs before the kit loads. The caller
 * removes the frame, which is pushed onto `frames`.
 */
async function pageWithWidgetsAfter(setup: string, frames: HTMLIFrameElement[]): Promise<Document> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  const kit = new URL('../../src/index.ts', import.meta.url).href;
  const widgets = contentWidgets.map(([tag, attributes]) => `<${tag} ${Object.entries(attributes).map(([name, value]) => `${name}="${value}"`).join(' ')}></${tag}>`);
  const key = crypto.randomUUID();
  const settled = new Promise<void>((resolve) => addEventListener('message', function done(event) {
    if (event.data !== key) return;
    removeEventListener('message', done);
    resolve();
  }));
  frame.srcdoc = `<!doctype html><html lang="en"><body>${widgets.join('')}
    <script>${setup}</script>
    <script type="module">
      await import(${JSON.stringify(kit)});
      const widgets = [...document.querySelectorAll('[status]')];
      while (widgets.some((widget) => widget.getAttribute('status') === 'loading')) {
        await new Promise((resolve) => ['tc-ready', 'tc-error'].forEach((type) => document.addEventListener(type, resolve, { once: true })));
      }
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      parent.postMessage(${JSON.stringify(key)}, '*');
    </script></body></html>`;
  document.body.append(frame);
  await settled;
  return frame.contentDocument!;
}

/*
 * A page whose Object.prototype has enumerable properties named like the content's optional ones:
 * a careless script's, or an attacker's through a prototype-pollution bug in one of the page's
 * libraries (`?__proto__[notes]=...` read by an old query-string parser or a deep merge). Each
 * widget shows its document as it is, nothing more, and its content comes from where the page
 * said.
 */
describe('a page whose Object.prototype has properties named like the content\'s', function () {
  this.timeout(20_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  const injected = [{ type: 'paragraph', content: ['Your account is locked: ', { type: 'link', text: 'unlock it', href: 'https://unlock.example/' }] }];
  const pollution = {
    intro: injected,
    notes: injected,
    note: ['Closing soon'],
    sectionLabel: 'Injected label',
    subsections: [{ id: 'injected', title: 'Injected section' }],
    newTab: true,
    fileInfo: 'EXE, 2 MB',
    ordered: true,
    notices: 'Injected notice',
    durationDays: 999,
    retentionDays: 999,
    replicationPartner: 'nowhere',
    sidebar: ['nowhere'],
  };

  /** A page of its own with every content widget, its Object.prototype given `additions` before the kit loads. */
  const pageWithWidgets = (additions: object) =>
    pageWithWidgetsAfter(`for (const [name, value] of Object.entries(${JSON.stringify(additions)})) Object.prototype[name] = value;`, frames);

  it('loads the default content from beside the kit, not from a contentBase on Object.prototype', async () => {
    const page = await pageWithWidgets({ contentBase: '/no-such-folder/' });
    const notReady = contentWidgets.map(([tag]) => page.querySelector(tag)!).filter((widget) => widget.getAttribute('status') !== 'ready');
    expect(notReady.map((widget) => `<${widget.localName}>: ${visibleText(widget.shadowRoot)}`)).to.deep.equal([]);
  });

  it('shows exactly its document in every widget, and refuses none', async () => {
    const [clean, polluted] = [await pageWithWidgets({}), await pageWithWidgets(pollution)];
    expect(shown(polluted)).to.deep.equal(shown(clean));
  });
});

/*
 * Prototype.js, to this day on old portals and shops (Magento 1, Rails apps of its time), mixes its
 * Enumerable into Array.prototype: its `entries` is Enumerable's, a copy of the array (not the
 * built-in iterator of [index, value] pairs), and Array.from is its $A, which drops a map function
 * and reads a string with String#toArray. As Prototype 1.7.3, its last release, leaves them.
 */
describe('a page with Prototype.js', function () {
  this.timeout(20_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  /** Prototype's Enumerable#entries on Array.prototype: a copy of the array. */
  function prototypeEntries(): void {
    Array.prototype.entries = function (this: unknown[]) {
      return this.map((value) => value);
    } as unknown as typeof Array.prototype.entries;
  }
  /** Prototype's $A as Array.from, and its String#toArray, which $A uses on a string. */
  function prototypeArrayFrom(): void {
    Object.assign(String.prototype, { toArray: function (this: string) { return this.split(''); } });
    Array.from = function $A(iterable: unknown) {
      if (!iterable) return [];
      if ('toArray' in Object(iterable)) return (iterable as { toArray(): unknown[] }).toArray();
      const list = iterable as ArrayLike<unknown>;
      let length = list.length || 0;
      const results = new Array(length);
      while (length--) results[length] = list[length];
      return results;
    } as typeof Array.from;
  }
  /**
   * Prototype's Object.values: every enumerable property, its own or inherited (a for-in without a
   * hasOwnProperty check). Cut short after 100,000 calls, which no page's documents need: a walk
   * that never ends would otherwise hang the test runner, where Prototype's own hangs the tab.
   */
  function prototypeObjectValues(): void {
    let calls = 0;
    Object.values = function values(object: Record<string, unknown>) {
      if (++calls > 100_000) throw new Error('Object.values called 100,000 times');
      const results = [];
      for (const property in object) results.push(object[property]);
      return results;
    } as typeof Object.values;
  }
  const prototypeJs = `(${prototypeEntries})(); (${prototypeArrayFrom})(); (${prototypeObjectValues})();`;

  // From an audit of pages that change built-ins: every widget showed "The content could not be
  // loaded: the network is unavailable", its details "Error: unreachable": the store took each
  // locale's name for an [index, locale] pair, and asked for content/n/faq.json.
  it('shows every widget as on a page without it', async () => {
    const [clean, withPrototypeJs] = [await pageWithWidgetsAfter('', frames), await pageWithWidgetsAfter(prototypeJs, frames)];
    expect(shown(withPrototypeJs)).to.deep.equal(shown(clean));
  });

  // From a review: on a page with Prototype.js whose Object.prototype had a list (a prototype-
  // pollution bug's `?__proto__[note][0]=…`), the tab froze as the first document arrived. The
  // store walked each fetched document with Object.values, which Prototype replaces by a for-in:
  // every list's values then included the inherited list, and that list's values itself again.
  it('shows every widget as on a page without it when Object.prototype also has a list', async () => {
    const pollution = `Object.prototype.note = ['Closing soon'];`;
    const [clean, polluted] = [await pageWithWidgetsAfter('', frames), await pageWithWidgetsAfter(prototypeJs + pollution, frames)];
    expect(shown(polluted)).to.deep.equal(shown(clean));
  });

  // A search for "stanbul" found no "İSTANBUL" there: the FAQ's search folds text through
  // Array.from(text, map), and $A returned the characters unmapped.
  it('folds text for the FAQ\'s search as on a page without it', () => {
    const from = Array.from;
    const toArray = Object.getOwnPropertyDescriptor(String.prototype, 'toArray');
    const without = fold('İSTANBUL ＡＺＵＲＥ');
    // Only for this call, on this page, which the test runner shares.
    prototypeArrayFrom();
    let withPrototypeJs: string;
    try {
      withPrototypeJs = fold('İSTANBUL ＡＺＵＲＥ');
    } finally {
      Array.from = from;
      if (toArray) Object.defineProperty(String.prototype, 'toArray', toArray);
      else delete (String.prototype as { toArray?: unknown }).toArray;
    }
    expect(without).to.equal('İstanbul azure');
    expect(withPrototypeJs).to.equal(without);
  });
});
