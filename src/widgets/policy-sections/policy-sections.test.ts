import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './define.js';
import { setLocale } from '../../core/locale.js';
import { axeViolations, frameOf, inChromium, itShowsAccessibleStates, leaveWindowAndComeBack, mount, nextEvent, quietly, resetKit, shadow, shippedDocument, typingPlaces, visibleText } from '../../../test/helpers.js';
import type { TcPolicySections } from './policy-sections.js';
import type { PolicySectionsDocument } from '../../core/content-types.js';

const SRC = '/content/{locale}/policy-sections.json';

const $ = <T extends Element = HTMLElement>(widget: Element, selector: string) => shadow(widget).querySelector<T>(selector)!;
const $$ = (widget: Element, selector: string) => [...shadow(widget).querySelectorAll<HTMLElement>(selector)];
const headings = (widget: Element) => $$(widget, 'h2, h3, h4, h5, h6').map((heading) => `${heading.localName} ${visibleText(heading)}`);
const focusedHeading = (widget: Element) => {
  const active = shadow(widget).activeElement;
  return active ? `${active.localName} ${visibleText(active)}` : null;
};

function mountSections(attributes: Record<string, string> = {}, properties: Record<string, unknown> = {}, parent?: HTMLElement) {
  return mount<TcPolicySections>('tc-policy-sections', { src: SRC, ...attributes }, properties, parent);
}

/** Sets the URL's fragment the way a link does, and waits for the page to hear it. */
async function goToFragment(id: string): Promise<void> {
  const heard = nextEvent(window, 'hashchange');
  location.hash = id;
  await heard;
}

/** A place for a widget with room below it, so that any section can be scrolled to the top of the viewport. */
function placeWithRoomBelow(): { place: HTMLElement; remove: () => void } {
  const place = document.createElement('div');
  const room = document.createElement('div');
  room.style.height = '3000px';
  document.body.append(place, room);
  return { place, remove: () => (place.remove(), room.remove()) };
}

/** A page's table of contents: a link to the "If you leave" section above a place with room below. */
function placeBelowLinkToLeaveService(): { place: HTMLElement; link: HTMLAnchorElement; remove: () => void } {
  const room = placeWithRoomBelow();
  const link = document.createElement('a');
  link.href = '#leave_service';
  link.textContent = 'If you leave';
  document.body.prepend(link);
  return { place: room.place, link, remove: () => (link.remove(), room.remove()) };
}

describe('<tc-policy-sections>', () => {
  afterEach(async () => {
    await resetKit();
    history.replaceState(null, '', location.pathname + location.search);
    window.scrollTo(0, 0);
  });

  it('renders the sections of page 001 with their headings, text and links', async () => {
    const widget = await mountSections();
    expect(headings(widget)).to.deep.equal([
      'h2 You control your Customer Data',
      'h2 You know where your Customer Data is located',
      'h2 You control access to your Customer Data',
      'h3 Access by 21Vianet personnel',
      'h3 Access by subcontractors',
      'h3 Limits to access',
      'h3 Law enforcement or third party requests',
      'h2 You control your Customer Data if you leave the service',
      'h3 Data portability',
      'h3 Data deletion',
      'h3 Data retention',
      'h3 Destruction of physical storage devices',
      'h2 You have options to control the security of your Customer Data',
    ]);
    expect(visibleText($(widget, '#access_personnel'))).to.include('21Vianet engineers do not have default access to your Customer Data.');
    expect(visibleText($(widget, '#access_subcontractors'))).to.include('Subcontractors are prohibited from using Customer Data for any other purpose');
    expect(visibleText($(widget, '#device_destruction'))).to.include('securely erased or destroyed');
    const nist = $<HTMLAnchorElement>(widget, '#device_destruction a');
    expect(nist.href).to.equal('http://nvlpubs.nist.gov/nistpubs/SpecialPublications/NIST.SP.800-88r1.pdf');
    expect(visibleText($(widget, '#security_options'))).to.include('industry-standard encryption');
    // The page's "Learn more" follows the law enforcement paragraph: it is that subsection's link.
    const learnMore = $<HTMLAnchorElement>(widget, '#law_enforcement a');
    expect(visibleText(learnMore)).to.equal('Learn more');
    expect(learnMore.href).to.match(/Responding-to-govt-agency-requests-for-customer-data$/);
  });

  it('gives every section and subsection its content id', async () => {
    const widget = await mountSections();
    expect($$(widget, 'section').map((section) => section.id)).to.deep.equal([
      'you_know_where',
      'you_control_access',
      'access_personnel',
      'access_subcontractors',
      'access_limits',
      'law_enforcement',
      'leave_service',
      'data_portability',
      'data_deletion',
      'data_retention',
      'device_destruction',
      'security_options',
    ]);
    expect($(widget, '#leave_service > h2').textContent).to.equal('You control your Customer Data if you leave the service');
    expect($(widget, '#leave_service #data_retention > h3').textContent).to.equal('Data retention');
  });

  it('renders the sections in Chinese, with lang', async () => {
    await setLocale('zh-CN');
    const widget = await mountSections();
    expect($(widget, '.root').getAttribute('lang')).to.equal('zh-CN');
    expect(visibleText($(widget, '#access_personnel > h3'))).to.equal('世纪互联人员的访问');
    expect(visibleText($(widget, '#device_destruction > h3'))).to.equal('物理存储设备的销毁');
    expect(visibleText($(widget, '#leave_service > h2'))).to.equal('即使退出服务，您仍掌控自己的客户数据');
  });

  it('uses the heading level the host asks for: title one above the sections, subsections one below', async () => {
    const widget = await mountSections({ 'heading-level': '3' });
    expect(headings(widget).slice(0, 4)).to.deep.equal([
      'h2 You control your Customer Data',
      'h3 You know where your Customer Data is located',
      'h3 You control access to your Customer Data',
      'h4 Access by 21Vianet personnel',
    ]);
  });

  // A page's attribute may say any number (the property's type takes 2 to 6 only): the sections'
  // level is clamped first, and the title and subsections counted from it, keeping the outline (the
  // title never above h2, so at 1 it is level with the sections).
  it('keeps the outline at a heading level out of range: subsections below the sections', async () => {
    const low = await mountSections({ 'heading-level': '1' });
    expect(headings(low).slice(0, 4)).to.deep.equal([
      'h2 You control your Customer Data',
      'h2 You know where your Customer Data is located',
      'h2 You control access to your Customer Data',
      'h3 Access by 21Vianet personnel',
    ]);
    const high = await mountSections({ 'heading-level': '9' });
    expect(headings(high).slice(0, 2)).to.deep.equal(['h5 You control your Customer Data', 'h6 You know where your Customer Data is located']);
  });

  it('shows only the sections named in `sections`, in the document\'s order, without the title', async () => {
    const widget = await mountSections({ sections: ' security_options  leave_service ' });
    expect($$(widget, '.root > section').map((section) => section.id)).to.deep.equal(['leave_service', 'security_options']);
    expect(visibleText($(widget, '.root'))).to.not.include('You control your Customer Data In Microsoft Azure');
    expect(Boolean($(widget, '[part="title"]'))).to.equal(false);
    widget.sections = undefined;
    await widget.updateComplete;
    expect($$(widget, '.root > section')).to.have.length(4);
  });

  // A page that gives the document's title itself (the demo's hero) shows the introduction with the
  // first sections in one element, which loads and appears whole: with the introduction in an
  // element of its own, its arrival moved the sections under it (test/e2e/demo.test.ts).
  it('shows the introduction before the sections named in `sections` with `intro`, still without the title', async () => {
    const intro = 'In Microsoft Azure and Office 365 operated by 21Vianet, the Customer Data you host';
    const widget = await mountSections({ sections: 'security_options leave_service', intro: '' });
    expect(Boolean($(widget, '[part="title"]'))).to.equal(false);
    expect(visibleText($(widget, '.root'))).to.match(new RegExp(`^${intro}`));
    expect($$(widget, '.root > section').map((section) => section.id)).to.deep.equal(['leave_service', 'security_options']);
    expect(headings(widget)[0]).to.equal('h2 You control your Customer Data if you leave the service');
    // Only rendered again: the same content, so no tc-ready.
    let readyAgain = 0;
    widget.addEventListener('tc-ready', () => readyAgain++);
    widget.intro = false;
    await widget.updateComplete;
    expect(visibleText($(widget, '.root'))).to.not.include(intro);
    // (A choice checked again, as a new `sections` is, reports by then: from the cache.)
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readyAgain, 'tc-ready').to.equal(0);
    // The whole document has its title and introduction anyway, once.
    widget.sections = undefined;
    widget.intro = true;
    await widget.updateComplete;
    expect(visibleText($(widget, '.root')).split(intro)).to.have.length(2);
    expect(Boolean($(widget, '[part="title"]'))).to.equal(true);
  });

  it('shows a subsection named without its section on its own, one level below the sections', async () => {
    // How the privacy page puts the retention timeline inside "leave the service" without a second
    // "Data retention" heading: the section up to deletion, the timeline, then the next subsection.
    const before = await mountSections({ sections: 'leave_service data_portability data_deletion' });
    const after = await mountSections({ sections: 'device_destruction security_options', 'heading-level': '2' });
    expect(headings(before)).to.deep.equal([
      'h2 You control your Customer Data if you leave the service',
      'h3 Data portability',
      'h3 Data deletion',
    ]);
    expect(visibleText($(before, '.root'))).to.not.include('Data retention');
    expect(headings(after)).to.deep.equal([
      'h3 Destruction of physical storage devices',
      'h2 You have options to control the security of your Customer Data',
    ]);
    expect($$(after, '.root > section').map((section) => `${section.id} ${section.getAttribute('part')}`)).to.deep.equal([
      'device_destruction subsection',
      'security_options section',
    ]);
  });

  // Page authors write a long list over several lines of their HTML: any white space parts ids.
  it('takes ids in `sections` parted by line breaks and tabs, as written across lines of a page', async () => {
    const widget = await mountSections({ sections: '\n\tsecurity_options\n\tleave_service\n' });
    expect(widget.status).to.equal('ready');
    expect($$(widget, '.root > section').map((section) => section.id)).to.deep.equal(['leave_service', 'security_options']);
  });

  it('reaches a subsection shown on its own through a deep link', async () => {
    const room = placeWithRoomBelow();
    try {
      const widget = await mountSections({ sections: 'device_destruction' }, {}, room.place);
      await goToFragment('device_destruction');
      expect(focusedHeading(widget)).to.equal('h3 Destruction of physical storage devices');
    } finally {
      room.remove();
    }
  });

  // As the sidebar does with an unknown group: a warning in the console alone left a page that
  // named only missing sections empty and "ready", with nothing for the reader or the host.
  it('an unknown section id is a content error naming $.sections and the id', async () => {
    const event = nextEvent<CustomEvent>(document.body, 'tc-error');
    const widget = await quietly(() => mountSections({ sections: 'leave_service data_retention leave-service' }));
    const { detail } = await event;
    expect(widget.status).to.equal('error');
    expect(detail).to.deep.include({ path: '$.sections', code: 'schema' });
    expect(detail.message).to.include('"leave-service"');
    expect(detail.message).to.not.include('data_retention');
    expect(shadow(widget).querySelectorAll('section')).to.have.length(0);
    expect(visibleText(shadow(widget).querySelector('[part="error"] details'))).to.include('leave-service');
    expect(await axeViolations(widget)).to.deep.equal([]);
  });

  it('shows the sections again once the page names ids the document has', async () => {
    const widget = await quietly(() => mountSections({ sections: 'no-such-section' }));
    expect(widget.status).to.equal('error');
    const ready = nextEvent(widget, 'tc-ready');
    widget.setAttribute('sections', 'data_retention');
    await ready;
    await widget.updateComplete;
    expect([...shadow(widget).querySelectorAll('section')].map((section) => section.id)).to.deep.equal(['data_retention']);
  });

  describe('deep links', () => {
    it('scrolls to the section in the URL when it loads, and focuses its heading', async () => {
      const room = placeWithRoomBelow();
      try {
        history.replaceState(null, '', '#device_destruction');
        const widget = await mountSections({}, {}, room.place);
        expect(focusedHeading(widget)).to.equal('h3 Destruction of physical storage devices');
        expect(document.activeElement === widget, 'focus on the widget').to.equal(true);
        const top = $(widget, '#device_destruction').getBoundingClientRect().top;
        expect(top).to.be.closeTo(16, 2); // --tc-scroll-margin's default, 1rem
      } finally {
        room.remove();
      }
    });

    // Only fields the reader types in keep focus: a radio button of the page's tabs, or a button
    // input, that sets the hash goes on, focus and all, to the section like a link (from the
    // keyboard, the reader would otherwise tab on from the control, not from the section).
    for (const type of ['radio', 'button']) {
      it(`takes focus to the section from a page's ${type} input that changes the hash`, async () => {
        const room = placeWithRoomBelow();
        const control = Object.assign(document.createElement('input'), { type, ariaLabel: 'Retention' });
        document.body.prepend(control);
        try {
          const widget = await mountSections({}, {}, room.place);
          control.focus();
          await goToFragment('device_destruction');
          expect(focusedHeading(widget)).to.equal('h3 Destruction of physical storage devices');
        } finally {
          control.remove();
          room.remove();
          history.replaceState(null, '', location.pathname + location.search);
        }
      });
    }

    // Left at stop 45: a page that changes its hash itself (a tab, a "back to top", a router) took
    // the reader out of the field or the rich-text editor they were typing in, as the FAQ no longer
    // did: the rest of the words typed went nowhere. The section is still scrolled to.
    for (const [kind, makeField] of typingPlaces) {
      it(`scrolls to the section of a hash change without taking focus from ${kind} the reader is in`, async () => {
        const room = placeWithRoomBelow();
        const field = makeField();
        field.setAttribute('aria-label', 'Elsewhere on the page');
        document.body.prepend(field);
        try {
          const widget = await mountSections({}, {}, room.place);
          field.focus();
          await goToFragment('device_destruction');
          // (A boolean, not the element: chai's message for a failed DOM comparison can hang the run.)
          expect(document.activeElement === field, 'focus stays where the reader is').to.equal(true);
          expect($(widget, '#device_destruction').getBoundingClientRect().top).to.be.closeTo(16, 2);
          expect($(widget, '#device_destruction > h3').hasAttribute('tabindex'), 'no heading left in the tab order').to.equal(false);
        } finally {
          field.remove();
          room.remove();
          history.replaceState(null, '', location.pathname + location.search);
        }
      });
    }

    // From an accessibility audit: on a slow network the reader had gone on before the sections came
    // (typing in the page's search field, or on one of its links), and the heading of the section the
    // page was loaded with took focus from there: the rest of the words typed went nowhere. As the
    // FAQ does, focus is taken on load only from nothing; the section is still scrolled to.
    for (const [where, makeElement] of [
      ['a field', () => document.createElement('input')],
      ['a link', () => Object.assign(document.createElement('a'), { href: '#top' })],
    ] as const) {
      it(`leaves focus in ${where} the reader went to before the sections came, and scrolls to the section`, async () => {
        const room = placeWithRoomBelow();
        const element = makeElement();
        element.textContent = 'Elsewhere on the page';
        document.body.prepend(element);
        try {
          history.replaceState(null, '', '#device_destruction');
          element.focus();
          const widget = await mountSections({}, {}, room.place);
          // (A boolean, not the element: chai's message for a failed DOM comparison can hang the run.)
          expect(document.activeElement === element, 'focus stays where the reader is').to.equal(true);
          expect($(widget, '#device_destruction').getBoundingClientRect().top).to.be.closeTo(16, 2);
          expect($(widget, '#device_destruction > h3').hasAttribute('tabindex'), 'no heading left in the tab order').to.equal(false);
          // A link followed later (from the keyboard: focus on it, then Enter) still takes the
          // reader, focus and all, to its section.
          const link = Object.assign(document.createElement('a'), { href: '#data_retention', textContent: 'Data retention' });
          element.after(link);
          link.focus();
          const heard = nextEvent(window, 'hashchange');
          link.click();
          await heard;
          expect(focusedHeading(widget)).to.equal('h3 Data retention');
          link.remove();
        } finally {
          element.remove();
          room.remove();
        }
      });
    }

    // Found by an accessibility audit: in Chromium, Tab from a heading focused with tabindex=-1
    // inside a shadow root, with nothing focusable after it there, went back to the widget's first
    // link (and scrolled up to it) instead of on to the page.
    it('continues with Tab from the focused heading to what follows the widget, and the heading leaves the tab order', async () => {
      const room = placeWithRoomBelow();
      const after = document.createElement('button');
      after.textContent = 'After the widget';
      room.place.after(after);
      try {
        history.replaceState(null, '', '#data_deletion');
        // As on the demo's privacy page: the deep-linked subsection is the widget's last part.
        const widget = await mountSections({ sections: 'you_control_access leave_service data_deletion' }, {}, room.place);
        const heading = $(widget, '#data_deletion > :is(h2, h3, h4)');
        expect(focusedHeading(widget)).to.equal(`${heading.localName} ${visibleText(heading)}`);
        const tabbable = $$(widget, 'a[href], button, input');
        expect(tabbable.length, 'links before the heading').to.be.above(0);
        expect(tabbable.some((candidate) => heading.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING), 'links after the heading').to.equal(false);
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement?.textContent).to.equal('After the widget');
        // Focusable for the reader who arrived by the link, not a stop for everyone who tabs by.
        expect(heading.hasAttribute('tabindex')).to.equal(false);
      } finally {
        after.remove();
        room.remove();
      }
    });

    // From an audit of widgets in containers: a link to a section while the widget was in a
    // hidden tab panel (or under an inert ancestor) could not focus the heading, which then never
    // lost focus and kept its tabindex: once the panel was shown, every reader who tabbed through
    // the policy met a stop on that heading, a focus ring on no control.
    it('leaves no heading in the tab order when a link names a section it cannot focus (a hidden panel, inert)', async () => {
      const room = placeWithRoomBelow();
      try {
        for (const [how, hide] of [
          ['hidden', (panel: HTMLElement) => (panel.hidden = true)],
          ['inert', (panel: HTMLElement) => (panel.inert = true)],
        ] as const) {
          const panel = document.createElement('div');
          hide(panel);
          room.place.append(panel);
          const widget = await mountSections({}, {}, panel);
          await goToFragment('device_destruction');
          panel.hidden = panel.inert = false;
          expect(Boolean(focusedHeading(widget)), how).to.equal(false);
          const tabbable = $$(widget, 'h2, h3, h4').filter((heading) => heading.hasAttribute('tabindex'));
          expect(tabbable.map((heading) => visibleText(heading)), how).to.deep.equal([]);
          panel.remove();
          history.replaceState(null, '', location.pathname + location.search);
        }
      } finally {
        room.remove();
      }
    });

    // From a review of the one above: it asked `:focus` whether the heading took focus, which
    // Chromium and Firefox match only while the window itself has focus. A link opened in a
    // background tab (or a page loading while the reader is in another window) lost the heading's
    // focus: back in the tab, Tab and the screen reader started from the top of the page, not from
    // the section. (A popup takes the window's focus in the test's Firefox only.)
    it('keeps the heading focused for the reader when the window does not have focus (a background tab)', async function () {
      const room = placeWithRoomBelow();
      const popup = window.open('about:blank', '_blank', 'popup');
      try {
        const widget = await mountSections({}, {}, room.place);
        await new Promise((resolve) => setTimeout(resolve, 300));
        if (document.hasFocus()) this.skip();
        await goToFragment('device_destruction');
        expect(focusedHeading(widget)).to.equal('h3 Destruction of physical storage devices');
        expect($(widget, '#device_destruction > h3').tabIndex).to.equal(0);
      } finally {
        popup?.close();
        room.remove();
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    // Found at stop 45 and left then: the heading left the tab order as the window lost focus (the
    // reader in another tab or app, the heading's blur), so the browser, back in the window, could
    // not give it focus back: Tab and the screen reader started from the top of the page again.
    it('gives the heading its focus back when the reader comes back to the window', async function () {
      const room = placeWithRoomBelow();
      try {
        const widget = await mountSections({}, {}, room.place);
        if (!document.hasFocus()) this.skip();
        await goToFragment('device_destruction');
        expect(focusedHeading(widget)).to.equal('h3 Destruction of physical storage devices');
        if (!(await leaveWindowAndComeBack())) this.skip();
        expect(focusedHeading(widget), 'back in the window').to.equal('h3 Destruction of physical storage devices');
      } finally {
        room.remove();
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('reveals the fragment once, on the first load: moving the widget later keeps focus and scroll where the reader is', async () => {
      const room = placeWithRoomBelow();
      const reader = document.createElement('button');
      reader.textContent = 'Where the reader is';
      try {
        history.replaceState(null, '', '#device_destruction');
        const widget = await mountSections({}, {}, room.place);
        expect(focusedHeading(widget)).to.equal('h3 Destruction of physical storage devices');
        document.body.prepend(reader);
        reader.focus();
        window.scrollTo(0, 0);
        // A page that rearranges its layout (a tab panel, a drawer) moves the widget. (It keeps its
        // document, so nothing loads again; time is left for a reveal that should not come.)
        room.place.after(widget);
        await widget.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 200));
        // (Compared as text: a failing comparison of two elements hangs the test runner's reporter.)
        expect(document.activeElement?.textContent).to.equal('Where the reader is');
        expect(window.scrollY).to.equal(0);
      } finally {
        reader.remove();
        room.remove();
      }
    });

    // From an audit of host pages: in a collapsed <details> of the page, a link to a section
    // scrolled nowhere and focused nothing, where the browser opens such a <details> for a
    // fragment it finds itself.
    it('opens a collapsed <details> of the page around the widget to show the section a link names', async () => {
      const room = placeWithRoomBelow();
      const section = document.createElement('details');
      section.append(Object.assign(document.createElement('summary'), { textContent: 'Our policies' }));
      room.place.append(section);
      try {
        const widget = await mountSections({}, {}, section);
        await goToFragment('device_destruction');
        expect(section.open, 'the page\'s section is open').to.equal(true);
        expect(focusedHeading(widget)).to.equal('h3 Destruction of physical storage devices');
        expect($(widget, '#device_destruction').getBoundingClientRect().top).to.be.closeTo(16, 2);
      } finally {
        room.remove();
      }
    });

    // From an audit of widgets inside containers: the same in a page's panel hidden until found
    // (an accordion or tabs built on hidden="until-found"), which the browser reveals around a
    // fragment it finds itself, after a beforematch event.
    it('reveals a panel of the page hidden until found around the widget to show the section a link names', async () => {
      const room = placeWithRoomBelow();
      const panel = document.createElement('div');
      panel.setAttribute('hidden', 'until-found');
      let told = 0;
      panel.addEventListener('beforematch', () => told++);
      room.place.append(panel);
      try {
        const widget = await mountSections({}, {}, panel);
        await goToFragment('device_destruction');
        expect(panel.hidden, 'the panel is shown').to.equal(false);
        expect(told, 'beforematch').to.equal(1);
        expect(focusedHeading(widget)).to.equal('h3 Destruction of physical storage devices');
        expect($(widget, '#device_destruction').getBoundingClientRect().top).to.be.closeTo(16, 2);
      } finally {
        room.remove();
      }
    });

    it('keeps #leave_service-style links of the seed pages working when the fragment changes', async () => {
      const room = placeWithRoomBelow();
      try {
        const widget = await mountSections({}, {}, room.place);
        expect(Boolean(shadow(widget).activeElement)).to.equal(false);
        await goToFragment('leave_service');
        expect(focusedHeading(widget)).to.equal('h2 You control your Customer Data if you leave the service');
        expect($(widget, '#leave_service').getBoundingClientRect().top).to.be.closeTo(16, 2);
        await goToFragment('access_personnel');
        expect(focusedHeading(widget)).to.equal('h3 Access by 21Vianet personnel');
      } finally {
        room.remove();
      }
    });

    // A router that changes the URL with history.pushState (no hashchange) calls revealLocationHash()
    // on each element of the page, and stops at the first one that says it holds the section.
    it('tells a router that it revealed the section of the URL, and that it holds none of another', async () => {
      const room = placeWithRoomBelow();
      try {
        const widget = await mountSections({}, {}, room.place);
        history.replaceState(null, '', '#data_retention'); // as pushState: no hashchange
        expect(widget.revealLocationHash(), 'a section it holds').to.equal(true);
        expect(focusedHeading(widget)).to.equal('h3 Data retention');
        history.replaceState(null, '', '#not_a_section');
        expect(widget.revealLocationHash(), 'a section it lacks').to.equal(false);
        expect(focusedHeading(widget)).to.equal('h3 Data retention');
      } finally {
        room.remove();
      }
    });

    it('follows an in-page link of the content from the keyboard, then Tab continues from the section', async () => {
      const content = await shippedDocument<PolicySectionsDocument>('en', 'policy-sections.json');
      content.sections[0].body!.push({ type: 'paragraph', content: [{ type: 'link', text: 'How long we keep data', href: '#data_retention' }] });
      const room = placeWithRoomBelow();
      try {
        const widget = await mountSections({}, { content }, room.place);
        $(widget, 'a[href="#data_retention"]').focus();
        const heard = nextEvent(window, 'hashchange');
        await sendKeys({ press: 'Enter' });
        await heard;
        expect(focusedHeading(widget)).to.equal('h3 Data retention');
        await sendKeys({ press: 'Tab' });
        // The next focusable thing after the Data retention subsection: the NIST link below it.
        expect(visibleText(shadow(widget).activeElement)).to.include('NIST 800-88');
      } finally {
        room.remove();
      }
    });

    // Review finding: a table of contents on the page, followed twice to the same section.
    it('scrolls to the section again when the reader follows the same #link a second time', async () => {
      const room = placeBelowLinkToLeaveService();
      const link = room.link;
      try {
        const widget = await mountSections({}, {}, room.place);
        link.click();
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect($(widget, '#leave_service').getBoundingClientRect().top).to.be.closeTo(16, 2);
        window.scrollTo(0, 0);
        link.click(); // same fragment: popstate, no hashchange
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect($(widget, '#leave_service').getBoundingClientRect().top).to.be.closeTo(16, 2);
      } finally {
        room.remove();
      }
    });

    // A click the page handles itself (a router's preventDefault), or one with a modifier (a new tab
    // or window, a download), takes the reader nowhere on this page: focus and scroll stay put.
    it('leaves focus alone when a click on a #link to its section goes nowhere on this page', async () => {
      const room = placeBelowLinkToLeaveService();
      const link = room.link;
      try {
        await mountSections({}, {}, room.place);
        history.replaceState(null, '', '#leave_service');
        // After the widget's own listener: what it sees is not yet prevented; no tab opens here.
        const noNewTab = (event: Event) => event.preventDefault();
        window.addEventListener('click', noNewTab);
        const handled = (event: Event) => event.preventDefault();
        link.addEventListener('click', handled);
        const clicks: Array<[string, MouseEventInit]> = [
          ['handled by the page', {}],
          ['Ctrl', { ctrlKey: true }],
          ['Meta', { metaKey: true }],
          ['Shift', { shiftKey: true }],
          ['Alt', { altKey: true }],
        ];
        try {
          for (const [what, init] of clicks) {
            if (what !== 'handled by the page') link.removeEventListener('click', handled);
            link.focus();
            link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ...init }));
            await new Promise((resolve) => setTimeout(resolve, 50));
            expect(document.activeElement === link, what).to.equal(true);
          }
        } finally {
          window.removeEventListener('click', noNewTab);
        }
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
        room.remove();
      }
    });

    it('leaves a fragment that names none of its sections alone, and survives malformed ones', async () => {
      const first = await mountSections({ sections: 'you_know_where' });
      const second = await mountSections({ sections: 'leave_service' });
      await goToFragment('data_retention');
      expect(Boolean(shadow(first).activeElement)).to.equal(false);
      expect(focusedHeading(second)).to.equal('h3 Data retention');
      for (const fragment of ['%E0%A4%A', 'nowhere', '_deletion-result']) {
        await goToFragment(fragment);
        expect(first.revealLocationHash()).to.equal(false);
      }
    });
  });

  it('reflows at 320 px in both locales, and passes axe there', async () => {
    const frame = frameOf(320);
    try {
      for (const locale of ['en', 'zh-CN']) {
        await setLocale(locale);
        const widget = await mountSections({}, {}, frame);
        expect(widget.scrollWidth, locale).to.be.at.most(320);
        for (const element of $$(widget, '.root *')) {
          expect(element.getBoundingClientRect().right, `${locale} <${element.localName}>`).to.be.at.most(widget.getBoundingClientRect().right + 1);
        }
        expect(await axeViolations(widget)).to.deep.equal([]);
        widget.remove();
      }
    } finally {
      frame.remove();
    }
  });

  it('prints where its links lead', async function () {
    const widget = await mountSections();
    // Firefox (WebDriver BiDi) and WebKit (WebDriver) cannot emulate print media: puppeteer needs CDP
    // for it. Asked first: the refused command would log an error in the run's output.
    if (!inChromium) this.skip();
    await emulateMedia({ media: 'print' });
    try {
      const nist = $(widget, '#device_destruction a');
      expect(getComputedStyle(nist, '::after').content).to.include('NIST.SP.800-88r1.pdf');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  describe('states', () => {
    itShowsAccessibleStates('tc-policy-sections', {}, () => mountSections());

    it('shows a localized alert when the content is missing, and passes axe', async () => {
      await quietly(async () => {
        await setLocale('zh-CN');
        const widget = await mountSections({ src: '/fixture/status/404' });
        expect(visibleText($(widget, '[role="alert"]'))).to.equal('数据政策：无法加载内容：服务器返回了错误。');
        expect(await axeViolations(widget)).to.deep.equal([]);
      });
    });
  });
});
