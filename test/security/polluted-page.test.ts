import { expect } from '@open-wc/testing';
import { contentWidgets, shadow, visibleText } from '../helpers.js';

/*
 * A page whose Object.prototype has enumerable properties named like the content's optional ones:
 * a careless script's, or an attacker's through a prototype-pollution bug in one of the page's
 * libraries (`?__proto__[notes]=...` read by an old query-string parser or a deep merge). Each
 * widget shows its document as it is, nothing more, and its content comes from where the page
 * said. In a frame of its own: its own Object.prototype, and the kit's modules new, as on a page
 * that loads them.
 */
describe('a page whose Object.prototype has properties named like the content\'s', function () {
  this.timeout(20_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  /** What a reader meets in a widget: its state, its text, and each link's address and where it opens. */
  const seen = (widget: Element) => ({
    status: widget.getAttribute('status'),
    text: visibleText(shadow(widget)),
    links: [...shadow(widget).querySelectorAll('a')].map((link) => `${link.getAttribute('href')} ${link.target}`),
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
  async function pageWithWidgets(additions: object): Promise<Document> {
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
      <script>for (const [name, value] of Object.entries(${JSON.stringify(additions)})) Object.prototype[name] = value;</script>
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

  it('loads the default content from beside the kit, not from a contentBase on Object.prototype', async () => {
    const page = await pageWithWidgets({ contentBase: '/no-such-folder/' });
    const notReady = contentWidgets.map(([tag]) => page.querySelector(tag)!).filter((widget) => widget.getAttribute('status') !== 'ready');
    expect(notReady.map((widget) => `<${widget.localName}>: ${visibleText(widget.shadowRoot)}`)).to.deep.equal([]);
  });

  it('shows exactly its document in every widget, and refuses none', async () => {
    const shown = (page: Document) => Object.fromEntries(contentWidgets.map(([tag]) => [tag, seen(page.querySelector(tag)!)]));
    const [clean, polluted] = [await pageWithWidgets({}), await pageWithWidgets(pollution)];
    expect(shown(polluted)).to.deep.equal(shown(clean));
  });
});
