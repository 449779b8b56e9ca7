import { expect } from '@esm-bundle/chai';
import '../../src/widgets/locale-switch/define.js';
import { TcBreadcrumb } from '../../src/widgets/breadcrumb/breadcrumb.js';
import { TcDataLocation } from '../../src/widgets/data-location/data-location.js';
import { TcFaq } from '../../src/widgets/faq/faq.js';
import { TcLocaleSwitch } from '../../src/widgets/locale-switch/locale-switch.js';
import { TcPolicySections } from '../../src/widgets/policy-sections/policy-sections.js';
import { TcRetentionTimeline } from '../../src/widgets/retention-timeline/retention-timeline.js';
import { TcSidebar } from '../../src/widgets/sidebar/sidebar.js';
import { frames, nextEvent, resetKit, settled, shadow, visibleText, waitUntil } from '../helpers.js';

/*
 * A product team's app in the portal's page (docs/bundling.md, "In a micro-frontend"): it imports the classes
 * and defines them under names of its own in a scoped custom element registry of its shadow root.
 * Chrome and Edge 146 and Safari 26 have scoped registries; Firefox has none, and this WebKitGTK
 * throws "Illegal constructor" at `new CustomElementRegistry()`: the tests are skipped there.
 */

type Registry = CustomElementRegistry & { define(name: string, constructor: CustomElementConstructor): void };
const Registry = CustomElementRegistry as unknown as new () => Registry;
const scopedRegistries = (() => {
  try {
    return !!new Registry();
  } catch {
    return false;
  }
})();

/** A shadow root of the app, on the page, whose elements the registry defines. */
function appRoot(registry: Registry): ShadowRoot {
  const host = document.createElement('div');
  host.className = 'app';
  document.body.append(host);
  return host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
}

const updated = (element: Element) => (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
const rootLang = (widget: Element) => shadow(widget).querySelector('.root')!.getAttribute('lang');
const choose = (localeSwitch: Element, locale: string) => shadow(localeSwitch).querySelector<HTMLButtonElement>(`button[lang="${locale}"]`)!.click();

describe('widgets in a scoped custom element registry', function () {
  this.timeout(20_000);
  before(function () {
    if (!scopedRegistries) this.skip();
  });
  afterEach(async () => {
    for (const element of document.querySelectorAll('.app, tc-locale-switch')) element.remove();
    history.replaceState(history.state, '', location.pathname + location.search);
    await resetKit();
  });

  it("every widget, under the app's names, shows its content, follows the page's switch and the app's, and its events reach the page", async () => {
    const registry = new Registry();
    const classes = { faq: TcFaq, regions: TcDataLocation, retention: TcRetentionTimeline, policy: TcPolicySections, crumbs: TcBreadcrumb, sidebar: TcSidebar, language: TcLocaleSwitch };
    for (const [name, constructor] of Object.entries(classes)) registry.define(`acme-${name}`, constructor);
    const ready: string[] = [];
    const onReady = (event: Event) => ready.push((event.composedPath()[0] as Element).localName);
    document.addEventListener('tc-ready', onReady);
    try {
      const root = appRoot(registry);
      root.innerHTML =
        '<acme-language></acme-language><acme-crumbs page="privacy-control"></acme-crumbs><acme-sidebar page="privacy-control"></acme-sidebar>' +
        '<acme-faq></acme-faq><acme-regions></acme-regions><acme-retention></acme-retention><acme-policy></acme-policy>';
      const [appSwitch, ...widgets] = [...root.children];
      await Promise.all(widgets.map((widget) => settled(widget as HTMLElement)));
      expect(ready.sort(), 'tc-ready heard on the page').to.deep.equal(['acme-crumbs', 'acme-faq', 'acme-policy', 'acme-regions', 'acme-retention', 'acme-sidebar']);
      expect(visibleText(shadow(root.querySelector('acme-crumbs')!).querySelector('[aria-current="page"]'))).to.equal('You control your Customer Data');

      const pageSwitch = document.body.appendChild(document.createElement('tc-locale-switch'));
      await updated(pageSwitch);
      for (const [localeSwitch, locale] of [[pageSwitch, 'zh-CN'], [appSwitch, 'en']] as const) {
        const changed = nextEvent(document, 'tc-locale-change');
        const shown = Promise.all(widgets.map((widget) => settled(widget as HTMLElement)));
        choose(localeSwitch, locale);
        await Promise.all([changed, shown]);
        await Promise.all([...widgets, appSwitch, pageSwitch].map(updated));
        expect(widgets.map(rootLang), `the widgets after ${localeSwitch.localName}'s ${locale}`).to.deep.equal(widgets.map(() => locale));
        for (const each of [appSwitch, pageSwitch]) expect(shadow(each).querySelector('[aria-current]')?.getAttribute('lang'), each.localName).to.equal(locale);
      }
    } finally {
      document.removeEventListener('tc-ready', onReady);
    }
  });

  it('opens the FAQ entry a link names, in each of two registries that define the class, and again once moved to the page and to the other root', async () => {
    const [first, second] = [new Registry(), new Registry()];
    first.define('acme-faq', TcFaq);
    second.define('other-faq', TcFaq);
    const [firstRoot, secondRoot] = [appRoot(first), appRoot(second)];
    firstRoot.innerHTML = '<a href="#faq-audits">Audits</a><acme-faq searchable></acme-faq>';
    const moved = firstRoot.querySelector<TcFaq>('acme-faq')!;
    const other = document.createElement('other-faq', { customElementRegistry: second } as ElementCreationOptions) as TcFaq;
    const bothReady = Promise.all([settled(moved), settled(other)]);
    secondRoot.append(other);
    await bothReady;
    const link = firstRoot.querySelector('a')!;
    for (const place of ['its root', 'the page', 'the other root']) {
      if (place === 'the page') document.body.append(moved);
      if (place === 'the other root') secondRoot.append(moved);
      for (const faq of [moved, other]) faq.toggle('faq-audits', false);
      if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
      const navigated = nextEvent(window, 'hashchange');
      link.click();
      await navigated;
      await Promise.all([moved.updateComplete, other.updateComplete]);
      await frames();
      for (const faq of [moved, other]) expect(faq.openEntries, `<${faq.localName}> in ${place}`).to.deep.equal(['faq-audits']);
    }
    // Its search still finds, once moved.
    const input = shadow(moved).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'audit';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await moved.updateComplete;
    expect(visibleText(shadow(moved).querySelector('.results'))).to.match(/^(1 result|\d+ results)$/);
    // Its Copy link, which docs/bundling.md names too, writes the entry's address, and says so.
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    try {
      shadow(moved).getElementById('faq-audits:answer')!.querySelector<HTMLButtonElement>('.copy-link')!.click();
      await waitUntil(() => written.length > 0, 'Copy link wrote to the clipboard');
      const expected = new URL(location.href);
      expected.hash = 'faq-audits';
      expect(written).to.deep.equal([expected.href]);
      const status = shadow(moved).querySelector('.visually-hidden[role="status"]');
      await waitUntil(() => visibleText(status) === 'Link copied', 'says "Link copied"');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});
