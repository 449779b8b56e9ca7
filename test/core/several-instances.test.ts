import { expect } from '@esm-bundle/chai';
import '../../src/widgets/faq/define.js';
import '../../src/widgets/policy-sections/define.js';
import { setLocale } from '../../src/core/locale.js';
import { frames, mount, nextEvent, resetKit, shadow, shippedDocument } from '../helpers.js';
import type { TcFaq } from '../../src/widgets/faq/faq.js';
import type { TcPolicySections } from '../../src/widgets/policy-sections/policy-sections.js';
import type { FaqDocument } from '../../src/core/content-types.js';

/**
 * Pages with two of the same widget: a short FAQ in a sidebar and the full one in the main column,
 * the same FAQ twice by mistake, two columns of policy sections. An id then occurs in two shadow
 * roots, and a link to it goes where the browser goes for an id that occurs twice: to the first.
 */
describe('several instances of a widget on one page', () => {
  const placed: Element[] = [];

  /** Two places on the page, far apart, each with a screenful below it to scroll into. */
  function twoPlaces(): [HTMLElement, HTMLElement] {
    const places = [0, 1].map(() => {
      const place = document.createElement('div');
      const room = document.createElement('div');
      room.style.height = '3000px';
      document.body.append(place, room);
      placed.push(place, room);
      return place;
    });
    return [places[0], places[1]];
  }

  /** Waits until a deep link has been followed: the FAQ scrolls two frames after the answer is drawn open. */
  async function followed(): Promise<void> {
    for (let frame = 0; frame < 3; frame++) await frames();
  }

  async function goToFragment(id: string): Promise<void> {
    const heard = nextEvent(window, 'hashchange');
    location.hash = id;
    await heard;
  }

  /** Whether `element` in `widget`'s shadow root is at the top of the view and has keyboard focus. */
  function landedOn(widget: Element, element: Element): { atTop: boolean; focused: boolean } {
    return {
      atTop: Math.abs(element.getBoundingClientRect().top) < 20,
      focused: document.activeElement === widget && shadow(widget).activeElement === element,
    };
  }

  afterEach(async () => {
    if (location.href.includes('#')) history.replaceState(history.state, '', location.pathname + location.search);
    for (const element of placed.splice(0)) element.remove();
    await resetKit();
    scrollTo(0, 0);
  });

  // Both FAQs opened the entry and scrolled to it: the page ended on the second (the last to
  // scroll), while focus, taken on load only from nothing, went to the first's question, a page
  // away: the reader's next Tab scrolled back up there.
  for (const locale of ['en', 'zh-CN']) {
    it(`goes to the first of two FAQs that hold the entry a page is loaded with, scroll and focus alike, in ${locale}`, async () => {
      await setLocale(locale);
      const [top, bottom] = twoPlaces();
      history.replaceState(null, '', '#faq-audits');
      const first = await mount<TcFaq>('tc-faq', {}, {}, top);
      await mount<TcFaq>('tc-faq', {}, {}, bottom);
      await followed();
      expect(landedOn(first, shadow(first).getElementById('faq-audits')!)).to.deep.equal({ atTop: true, focused: true });
      expect(first.openEntries).to.deep.equal(['faq-audits']);
    });

    // The second FAQ scrolled last and took focus last: a link followed went to the copy further down.
    it(`goes to the first of two FAQs that hold the entry a followed link names, in ${locale}`, async () => {
      await setLocale(locale);
      const [top, bottom] = twoPlaces();
      const first = await mount<TcFaq>('tc-faq', {}, {}, top);
      const second = await mount<TcFaq>('tc-faq', {}, {}, bottom);
      await goToFragment('faq-audits');
      await followed();
      expect(landedOn(first, shadow(first).getElementById('faq-audits')!)).to.deep.equal({ atTop: true, focused: true });
      expect(landedOn(second, shadow(second).getElementById('faq-audits')!).focused).to.equal(false);
    });
  }

  it('goes to the second FAQ for an entry only it has (the first, short, lacks it)', async () => {
    const [top, bottom] = twoPlaces();
    const full = await shippedDocument<FaqDocument>('en', 'faq.json');
    const short = await mount<TcFaq>('tc-faq', {}, { content: { ...full, entries: full.entries.slice(0, 2) } }, top);
    const second = await mount<TcFaq>('tc-faq', {}, {}, bottom);
    await goToFragment('faq-audits');
    await followed();
    expect(short.openEntries).to.deep.equal([]);
    expect(landedOn(second, shadow(second).getElementById('faq-audits')!)).to.deep.equal({ atTop: true, focused: true });
  });

  for (const how of ['a page loaded with it', 'a followed link']) {
    it(`goes to the first of two policy-sections elements that show the section ${how} names`, async () => {
      const [top, bottom] = twoPlaces();
      if (how === 'a page loaded with it') history.replaceState(null, '', '#data_retention');
      const first = await mount<TcPolicySections>('tc-policy-sections', { sections: 'data_retention' }, {}, top);
      await mount<TcPolicySections>('tc-policy-sections', { sections: 'data_retention leave_service' }, {}, bottom);
      if (how === 'a followed link') await goToFragment('data_retention');
      await frames();
      const heading = shadow(first).querySelector('#data_retention > h3, #data_retention > h2')!;
      expect(landedOn(first, heading)).to.deep.equal({ atTop: true, focused: true });
    });
  }
  // A page that lays out the FAQ twice, one copy for each width (a sidebar's, display:none on a
  // wide screen), or two tab panels that both show a section, the first panel hidden: the copy
  // that cannot be seen held the id first, went there (nowhere), and the one in view did nothing.
  it('goes to the second FAQ that holds the entry when the first is not displayed', async () => {
    const [top, bottom] = twoPlaces();
    top.hidden = true;
    await mount<TcFaq>('tc-faq', {}, {}, top);
    const second = await mount<TcFaq>('tc-faq', {}, {}, bottom);
    await goToFragment('faq-audits');
    await followed();
    expect(landedOn(second, shadow(second).getElementById('faq-audits')!)).to.deep.equal({ atTop: true, focused: true });
  });

  it('goes to the second policy-sections element that shows the section when the first is not displayed', async () => {
    const [top, bottom] = twoPlaces();
    top.hidden = true;
    await mount<TcPolicySections>('tc-policy-sections', { sections: 'data_retention' }, {}, top);
    const second = await mount<TcPolicySections>('tc-policy-sections', { sections: 'data_retention' }, {}, bottom);
    await goToFragment('data_retention');
    await frames();
    const heading = shadow(second).querySelector('#data_retention > h3, #data_retention > h2')!;
    expect(landedOn(second, heading)).to.deep.equal({ atTop: true, focused: true });
  });

  // A page as the demo's privacy page was: a first element shows the document's title and
  // introduction alone, its sections hidden through ::part, and the next ones show the sections. The
  // first is displayed and holds every id: a link to a section went there, to nothing drawn, and the
  // page did not move.
  it('goes to the second policy-sections element when the first is displayed but hides the section through ::part', async () => {
    const [top, bottom] = twoPlaces();
    const style = document.createElement('style');
    style.textContent = '.intro-only::part(section) { display: none; }';
    document.head.append(style);
    placed.push(style);
    const introOnly = await mount<TcPolicySections>('tc-policy-sections', { class: 'intro-only' }, {}, top);
    const second = await mount<TcPolicySections>('tc-policy-sections', { sections: 'leave_service' }, {}, bottom);
    expect(introOnly.getClientRects().length, 'the first is displayed').to.equal(1);
    await goToFragment('data_retention');
    await frames();
    const heading = shadow(second).querySelector('#data_retention > h3')!;
    expect(landedOn(second, heading)).to.deep.equal({ atTop: true, focused: true });
  });

  it('goes to the second FAQ when the first is displayed but hides its entries through ::part', async () => {
    const [top, bottom] = twoPlaces();
    const style = document.createElement('style');
    style.textContent = '.title-only::part(entry) { display: none; }';
    document.head.append(style);
    placed.push(style);
    await mount<TcFaq>('tc-faq', { class: 'title-only' }, {}, top);
    const second = await mount<TcFaq>('tc-faq', {}, {}, bottom);
    await goToFragment('faq-audits');
    await followed();
    expect(landedOn(second, shadow(second).getElementById('faq-audits')!)).to.deep.equal({ atTop: true, focused: true });
  });
});
