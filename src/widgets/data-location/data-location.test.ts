import { expect } from '@esm-bundle/chai';
import './define.js';
import { setLocale } from '../../core/locale.js';
import { accessibleNames, axeViolations, computedAccessibility, frameOf, frames, holdFetches, inChromium, inWebKit, itShowsAccessibleStates, languageOf, mount, nextEvent, quietly, resetKit, shadow, shippedDocument, visibleText, withFakeTimeouts } from '../../../test/helpers.js';
import { TcDataLocation as TcDataLocationClass, type TcDataLocation } from './data-location.js';
import type { DataLocationsDocument } from '../../core/content-types.js';

const SRC = '/content/{locale}/data-locations.json';
const rows = (widget: Element) =>
  [...shadow(widget).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => visibleText(cell)));

describe('<tc-data-location>', () => {
  afterEach(resetKit);

  it('shows the regions in a native table with a caption, column headers and row headers', async () => {
    const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC });
    const table = shadow(widget).querySelector('table')!;
    expect(visibleText(table.querySelector('caption'))).to.equal('Azure regions');
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map((th) => visibleText(th))).to.deep.equal(['Region', 'Location', 'Services', 'Replication partner']);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect([...table.querySelectorAll('tbody tr > :first-child')].every((cell) => cell.localName === 'th' && cell.getAttribute('scope') === 'row')).to.equal(true);
    expect(rows(widget)).to.deep.equal([
      // The seed's table lists Azure regions; Office 365 is stored in both datacenters (the notes).
      ['China East', 'Shanghai', 'Azure', 'China North'],
      ['China North', 'Beijing', 'Azure', 'China East'],
    ]);
  });

  it('shows every note and bullet of the page around the table', async () => {
    const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC });
    const text = visibleText(shadow(widget).querySelector('.root'));
    expect(visibleText(shadow(widget).querySelector('h2'))).to.equal('Where your Customer Data is stored');
    expect(visibleText(shadow(widget).querySelector('[part="section-label"]'))).to.equal('Location of Customer Data');
    expect(text).to.include('datacenters located exclusively in mainland China');
    expect(text).to.include('Office 365 customers have their Customer Data stored and replicated');
    expect(shadow(widget).querySelectorAll('ul > li')).to.have.length(4);
    expect(text).to.include('We do not control or limit the geographic locations');
  });

  it('shows the table in Chinese', async () => {
    await setLocale('zh-CN');
    const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC });
    expect(shadow(widget).querySelector('.root')!.getAttribute('lang')).to.equal('zh-CN');
    expect(rows(widget)[0][0]).to.equal('中国东部');
    expect(rows(widget)[0][1]).to.equal('上海');
    expect(rows(widget)[1][0]).to.equal('中国北部');
    expect(rows(widget)[1][1]).to.equal('北京');
    expect(rows(widget)[0][3]).to.equal('中国北部');
    expect(rows(widget)[0][2]).to.equal('Azure');
    expect(visibleText(shadow(widget).querySelector('[part="section-label"]'))).to.equal('客户数据的位置');
  });

  // Found in an audit as a reader in mainland China: Chinese has no capitals, so the caption's
  // capitals fell on the brand name alone, "AZURE 区域", written "Azure" everywhere else on the page.
  it('writes the caption in capitals in English only, leaving a Chinese caption as written', async () => {
    for (const [locale, shown] of [
      ['en', 'AZURE REGIONS'],
      ['zh-CN', 'Azure 区域'],
    ]) {
      await setLocale(locale);
      const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC });
      expect((shadow(widget).querySelector('caption') as HTMLElement).innerText.trim(), locale).to.equal(shown);
      widget.remove();
    }
  });

  // Found by a bilingual review: Intl.ListFormat joins "Azure和Office 365", while every sentence of
  // the Chinese content puts a space between Chinese and Latin words.
  it('spaces a Chinese list word from Latin service names, and not from Chinese ones', async () => {
    await setLocale('zh-CN');
    const content = await shippedDocument<DataLocationsDocument>('zh-CN', 'data-locations.json');
    const services = [['Azure', 'Office 365', 'Power BI'], ['云服务', '存储'], ['Azure', '存储'], ['Azure']];
    content.regions = services.map((list, index) => ({ id: `r${index}`, name: `区域 ${index}`, location: '上海', services: list }));
    const widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
    expect(rows(widget).map((row) => row[2])).to.deep.equal(['Azure、Office 365 和 Power BI', '云服务和存储', 'Azure 和存储', 'Azure']);
  });

  // From a designer's walkthrough: a brand's table has a header row in its own fill, which nothing
  // on the page could reach (::part() took only the whole table).
  it('gives the row of column names a part of its own, which a page fills in its colours', async () => {
    const style = document.createElement('style');
    style.textContent = 'tc-data-location::part(head) { background-color: rgb(11, 37, 69); color: rgb(255, 255, 255); }';
    document.head.append(style);
    try {
      const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC }, {}, frameOf(1000));
      const header = shadow(widget).querySelector('thead th')!;
      const cell = shadow(widget).querySelector('tbody td')!;
      expect([getComputedStyle(header.parentElement!.parentElement!).backgroundColor, getComputedStyle(header).color, getComputedStyle(cell).color === 'rgb(255, 255, 255)'])
        .to.deep.equal(['rgb(11, 37, 69)', 'rgb(255, 255, 255)', false]);
    } finally {
      style.remove();
    }
  });

  it('shows no section label, nor room for one, when the document has none', async () => {
    const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
    delete content.sectionLabel;
    const widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
    expect(shadow(widget).querySelector('[part="section-label"]') === null).to.equal(true);
    expect(visibleText(shadow(widget).querySelector('[part="title"]'))).to.equal('Where your Customer Data is stored');
  });

  it('uses the heading level the host asks for', async () => {
    const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC, 'heading-level': '4' });
    expect(shadow(widget).querySelector('h4')!.textContent).to.equal('Where your Customer Data is stored');
    // A page's attribute may say any number (the property's type takes 2 to 6 only): clamped to h6.
    widget.setAttribute('heading-level', '9');
    await widget.updateComplete;
    expect(Boolean(shadow(widget).querySelector('h6'))).to.equal(true);
  });

  it('loads the kit\'s default content when it has no src', async () => {
    const widget = await mount<TcDataLocation>('tc-data-location');
    expect(rows(widget)).to.have.length(2);
    expect(rows(widget)[0][0]).to.equal('China East');
  });

  it('renders content given as a property without fetching it', async () => {
    const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
    content.regions = [{ id: 'only', name: 'Only Region', location: 'Somewhere', services: ['Azure'] }];
    const widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
    expect(rows(widget).map((row) => row.slice(0, 3))).to.deep.equal([['Only Region', 'Somewhere', 'Azure']]);
    // No partner: a dash to the eye, "None" to a screen reader.
    const partner = shadow(widget).querySelector('tbody td:last-child')!;
    expect(partner.querySelector('[aria-hidden="true"]')!.textContent).to.equal('—');
    expect(partner.querySelector('.visually-hidden')!.textContent).to.equal('None');
  });

  it('marks the Chinese column headers of an English table that stands in for a missing translation', async () => {
    await setLocale('zh-CN');
    const widget = await mount<TcDataLocation>('tc-data-location', { src: '/fixture/en-only/{locale}/data-locations' });
    expect(shadow(widget).querySelector('.root')!.getAttribute('lang')).to.equal('en');
    expect(shadow(widget).querySelector('thead')!.getAttribute('lang')).to.equal('zh-CN');
    expect(rows(widget)[0]).to.deep.equal(['China East', 'Shanghai', 'Azure', 'China North']);
  });

  // "None" is a UI string: on an English page showing the Chinese document, it is read in English.
  it('says "None" for a region without a partner in the UI language, marked with it', async () => {
    const content = await shippedDocument<DataLocationsDocument>('zh-CN', 'data-locations.json');
    delete content.regions[0].replicationPartner;
    const widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
    expect(shadow(widget).querySelector('.root')!.getAttribute('lang')).to.equal('zh-CN');
    const none = shadow(widget).querySelector('tbody .visually-hidden')!;
    expect(none.textContent).to.equal('None');
    expect(languageOf(none)).to.equal('en');
  });

  // As "None": the message is a UI string, read in English on an English page showing the Chinese
  // document, whose language the rest of the widget is marked with.
  it('says that no regions are published yet in the UI language, marked with it, in a document of another', async () => {
    const content = await shippedDocument<DataLocationsDocument>('zh-CN', 'data-locations.json');
    content.regions = [];
    const widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
    expect(shadow(widget).querySelector('.root')!.getAttribute('lang')).to.equal('zh-CN');
    const empty = shadow(widget).querySelector('[part="empty"]')!;
    expect(visibleText(empty)).to.equal('No regions published yet.');
    expect(languageOf(empty)).to.equal('en');
  });

  it('builds its rows again when the locale changes', async () => {
    const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
    content.regions = [{ id: 'only', name: 'Only Region', location: 'Somewhere', services: ['Azure'] }];
    const widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
    expect(shadow(widget).querySelector('tbody .visually-hidden')!.textContent).to.equal('None');
    // The given document stays; its rows are built again with the Chinese UI strings.
    await setLocale('zh-CN');
    await widget.updateComplete;
    expect(shadow(widget).querySelector('tbody .visually-hidden')!.textContent).to.equal('无');
  });

  // The table's body is built anew for new content (a page's reload(), a new content object) and
  // for a language switch: a reader on a link in a region's note was dropped to the page's <body>.
  it('keeps keyboard focus on a link in a region\'s note when its rows are built again', async () => {
    const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
    content.regions[1].note = ['See ', { type: 'link', text: 'the status page', href: 'https://example.com/status' }];
    const widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
    const focusedLink = () => shadow(widget).activeElement?.closest('tbody a')?.textContent;
    shadow(widget).querySelector<HTMLElement>('tbody a')!.focus();
    await setLocale('zh-CN');
    await widget.updateComplete;
    expect(focusedLink(), 'after a language switch').to.equal('the status page');
    widget.content = structuredClone(content);
    await widget.updateComplete;
    expect(focusedLink(), 'after new content').to.equal('the status page');
  });

  // A note may hold several links: the reader stays on the one they were on, not the note's first.
  it('keeps keyboard focus on the same link of a note with two when its rows are built again', async () => {
    const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
    content.regions[0].note = [
      { type: 'link', text: 'East status', href: 'https://example.com/east' },
      ' and ',
      { type: 'link', text: 'East history', href: 'https://example.com/east/history' },
    ];
    const widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
    shadow(widget).querySelectorAll<HTMLElement>('tbody a')[1].focus();
    await setLocale('zh-CN');
    await widget.updateComplete;
    expect(shadow(widget).activeElement?.textContent).to.equal('East history');
  });

  // Focus is given back once, in the update that built the rows: a later update (here a new heading
  // level) must not pull the reader back from where they have gone since.
  it('gives focus back to a note\'s link once, not again on a later update after the reader moved on', async () => {
    const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
    content.regions[1].note = ['See ', { type: 'link', text: 'the status page', href: 'https://example.com/status' }];
    const widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
    const elsewhere = document.createElement('button');
    elsewhere.textContent = 'Elsewhere on the page';
    document.body.append(elsewhere);
    try {
      shadow(widget).querySelector<HTMLElement>('tbody a')!.focus();
      await setLocale('zh-CN');
      await widget.updateComplete;
      expect(shadow(widget).activeElement?.textContent, 'after the language switch').to.equal('the status page');
      elsewhere.focus();
      widget.headingLevel = 3;
      await widget.updateComplete;
      expect(document.activeElement === elsewhere, 'focus left where the reader put it').to.equal(true);
    } finally {
      elsewhere.remove();
    }
  });

  // From review: focus went back to the link at the same place in the new body, which after new
  // content can be another region's: a reader on China East's link was put on China North's when
  // China East was removed, or when the regions changed places, with nothing to say so.
  it('keeps keyboard focus on the same region\'s link, or else on the widget, when the regions change', async () => {
    const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
    content.regions[0].note = ['See ', { type: 'link', text: 'East status', href: 'https://example.com/east' }];
    content.regions[1].note = ['See ', { type: 'link', text: 'North status', href: 'https://example.com/north' }];
    const widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
    const focused = () => shadow(widget).activeElement?.textContent;
    shadow(widget).querySelector<HTMLElement>('tbody a')!.focus();
    const reordered = structuredClone(content);
    reordered.regions.reverse();
    widget.content = reordered;
    await widget.updateComplete;
    expect(focused(), 'after the regions changed places').to.equal('East status');
    const withoutEast = structuredClone(content);
    withoutEast.regions.splice(0, 1);
    delete withoutEast.regions[0].replicationPartner;
    widget.content = withoutEast;
    await widget.updateComplete;
    expect(shadow(widget).activeElement?.classList.contains('root'), `after its region was removed, focus on ${focused()}`).to.equal(true);
  });

  // As the FAQ says "No questions yet.": a table of column headers alone read as a broken page.
  it('says that no regions are published yet, in the reader\'s language, instead of an empty table', async () => {
    for (const [locale, message] of [['en', 'No regions published yet.'], ['zh-CN', '暂未公布任何区域。']] as const) {
      await setLocale(locale);
      const content = await shippedDocument<DataLocationsDocument>(locale, 'data-locations.json');
      content.regions = [];
      const widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
      expect(shadow(widget).querySelector('table') === null, `${locale}: no table`).to.equal(true);
      const empty = shadow(widget).querySelector('[part="empty"]')!;
      expect(visibleText(empty)).to.equal(message);
      // The notes after the table are still shown.
      expect(visibleText(shadow(widget).querySelector('.root'))).to.include(visibleText(shadow(widget).querySelector('[part="paragraph"]:last-of-type')));
      expect(await axeViolations(widget)).to.deep.equal([]);
    }
  });

  it('stays usable with 500 regions', async () => {
    const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
    content.regions = Array.from({ length: 500 }, (_, index) => ({
      id: `region-${index}`,
      name: `Region ${index}`,
      location: `City ${index}`,
      services: ['Azure', 'Office 365'],
      replicationPartner: `region-${(index + 1) % 500}`,
    }));
    const widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
    expect(rows(widget)).to.have.length(500);
    expect(rows(widget)[499]).to.deep.equal(['Region 499', 'City 499', 'Azure and Office 365', 'Region 0']);
  });

  it('reflows at 320 px: nothing wider than the viewport it is given', async () => {
    const frame = frameOf(320);
    try {
      for (const locale of ['en', 'zh-CN']) {
        await setLocale(locale);
        const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC }, {}, frame);
        // The width observer reports after layout; its change is applied before the next paint.
        await frames();
        await widget.updateComplete;
        expect(widget.scrollWidth).to.be.at.most(320);
        const region = shadow(widget).querySelector('.table-region')!;
        expect(region.scrollWidth, `table region in ${locale}`).to.be.at.most(region.clientWidth + 1);
        // Stacked, each value keeps its column's name beside it, and the table keeps its roles.
        const cell = shadow(widget).querySelector('tbody td')!;
        expect(getComputedStyle(cell).display).to.equal('block');
        const caption = shadow(widget).querySelector('caption')!;
        expect(caption.getBoundingClientRect().width).to.be.above(200);
        // Chromium resolves the label into the computed content, Firefox reports the var() expression.
        const label = getComputedStyle(cell, '::before').content;
        expect(label).to.match(locale === 'en' ? /Location|var\(--tc-label-location\)/ : /位置|var\(--tc-label-location\)/);
        expect(getComputedStyle(shadow(widget).querySelector('table')!).getPropertyValue('--tc-label-location')).to.equal(
          JSON.stringify(locale === 'en' ? 'Location: ' : '位置：'),
        );
        expect(await axeViolations(widget)).to.deep.equal([]);
        widget.remove();
      }
    } finally {
      frame.remove();
    }
  });

  // The stacked blocks are display: block, which strips table semantics in some browsers (the
  // template states the roles): VoiceOver must still get a table, rows and both kinds of header.
  it('is still a table to VoiceOver when stacked, named by its caption, with its headers', async function () {
    if (!inWebKit) this.skip(); // WebDriver's computed role
    const frame = frameOf(320);
    try {
      const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC, id: 'stacked' }, {}, frame);
      await frames();
      await widget.updateComplete;
      expect(shadow(widget).querySelector('.narrow') !== null, 'stacked').to.equal(true);
      const roles = [];
      for (const selector of ['table', 'thead tr', 'thead th', 'tbody tr', 'tbody th', 'tbody td']) roles.push((await computedAccessibility('#stacked', selector)).role);
      expect(roles).to.deep.equal(['table', 'row', 'columnheader', 'row', 'rowheader', 'cell']);
      expect((await computedAccessibility('#stacked', 'table')).label.toLowerCase()).to.equal('azure regions');
    } finally {
      frame.remove();
    }
  });

  // The test above cannot fail in the WebKit the suite runs: it keeps table roles for display: block
  // cells even with every role attribute removed (checked in a mutation audit). The roles the
  // template states for the browsers that drop them are held here, where they are set.
  it('states the table roles on every element, for the browsers that drop them from a stacked table', async () => {
    const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC });
    const roles = (selector: string) => [...new Set([...shadow(widget).querySelectorAll(selector)].map((element) => element.getAttribute('role')))];
    expect(['table', 'thead', 'thead tr', 'thead th', 'tbody', 'tbody tr', 'tbody th', 'tbody td'].map((selector) => `${selector}: ${roles(selector).join()}`)).to.deep.equal([
      'table: table',
      'thead: rowgroup',
      'thead tr: row',
      'thead th: columnheader',
      'tbody: rowgroup',
      'tbody tr: row',
      'tbody th: rowheader',
      'tbody td: cell',
    ]);
  });

  // Stacked, a value is named by a CSS label before it; a screen reader, which has the column
  // header already, must not hear the label as well.
  it('names every stacked value with its column, and only once to screen readers', async function () {
    if (!inChromium) this.skip(); // the accessibility tree is read over CDP
    const frame = frameOf(320);
    try {
      const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC }, {}, frame);
      await frames();
      await widget.updateComplete;
      const cells = [...shadow(widget).querySelectorAll('tbody tr:first-child td')];
      expect(cells.map((cell) => getComputedStyle(cell, '::before').content)).to.deep.equal([
        '"Location: " / ""',
        '"Services: " / ""',
        '"Replication partner: " / ""',
      ]);
      expect((await accessibleNames()).filter((name) => /Location:|Services:|Replication partner:/.test(name))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  // The table's columns are fixed by its header row (a fast layout for hundreds of regions), so a
  // long value must wrap inside its own column, and no column may be squeezed to nothing.
  it('keeps long values inside their columns and every column readable at 600 px', async () => {
    const frame = frameOf(600);
    try {
      for (const locale of ['en', 'zh-CN']) {
        await setLocale(locale);
        const content = await shippedDocument<DataLocationsDocument>(locale, 'data-locations.json');
        content.regions = [
          { id: 'long', name: 'Nordrheinwestfalenrechenzentrumsregion', location: '内蒙古自治区乌兰察布市集宁区', services: ['Azure', 'Office 365', 'Dynamics 365', 'Power Platform'], replicationPartner: 'short' },
          { id: 'short', name: '中国北部', location: '北京', services: ['Azure'] },
        ];
        const widget = await mount<TcDataLocation>('tc-data-location', {}, { content }, frame);
        await frames();
        const table = shadow(widget).querySelector('table')!;
        expect(getComputedStyle(shadow(widget).querySelector('tbody td')!).display, locale).to.equal('table-cell');
        const region = shadow(widget).querySelector('.table-region')!;
        expect(region.scrollWidth, `table region in ${locale}`).to.be.at.most(region.clientWidth + 1);
        for (const cell of table.querySelectorAll('th, td')) {
          expect(cell.scrollWidth, `${cell.textContent} in ${locale}`).to.be.at.most(cell.clientWidth + 1);
        }
        const tableWidth = table.getBoundingClientRect().width;
        for (const header of table.querySelectorAll('thead th')) {
          expect(header.getBoundingClientRect().width / tableWidth, `${header.textContent} in ${locale}`).to.be.at.least(0.15);
        }
        widget.remove();
      }
    } finally {
      frame.remove();
    }
  });

  // At the breakpoint itself (34 ems: 544 px) the place column, 18 % of the table, left 74 px for
  // "Location" in bold, which DejaVu Sans (Linux's usual sans, system-ui there) draws 77 px wide:
  // the table broke "Locatio|n" and "Shangha|i" from 544 to 563 px, at every page and CSS zoom, in
  // Chromium and Firefox alike. Every word of the table must be whole, on one line.
  it('keeps every word of the table whole at its narrowest, 34 ems', async () => {
    const frame = frameOf(544);
    try {
      const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC }, {}, frame);
      expect(await cellDisplayOnceLaidOut(widget)).to.equal('table-cell');
      const broken: string[] = [];
      for (const cell of shadow(widget).querySelectorAll('th, td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
          for (const match of text.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            if (new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size > 1) broken.push(match[0]);
          }
        }
      }
      expect(broken).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  // From a screen-reader audit: a region's note, on a line of its own, ran into the region's name
  // in the row header's name, which a screen reader repeats with every cell of the row: "China
  // North 3 Opened in 2023" read its two numbers as one run. A pause parts them now.
  it('parts a region\'s name and its note with a pause in the row header\'s accessible name', async function () {
    if (!inChromium) this.skip(); // the accessibility tree is read over CDP (WebKit's WebDriver gives a cell no label)
    const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
    content.regions[1].name = 'China North 3';
    content.regions[1].note = ['Opened in 2023'];
    const widget = await mount<TcDataLocation>('tc-data-location', { id: 'noted' }, { content });
    // (Chromium spaces the unseen comma as it spaces a block: "China North 3 , Opened in 2023".)
    expect((await computedAccessibility('#noted', 'tbody tr:nth-child(2) th')).label).to.match(/^China North 3 ?, Opened in 2023$/);
    // Seen, the note is on its own line, without the comma.
    expect(visibleText(shadow(widget).querySelector('tbody tr:nth-child(2) .note'))).to.equal('Opened in 2023');
  });

  // Found in an audit as a reader in mainland China: the cells keep Chinese words whole
  // (word-break: keep-all), so a clause of a region's note wider than its column was broken
  // anywhere, and a line of the note began with its "，" alone, which Chinese never does.
  it('breaks a Chinese note of a region as Chinese text, never starting a line with a comma', async () => {
    await setLocale('zh-CN');
    const content = await shippedDocument<DataLocationsDocument>('zh-CN', 'data-locations.json');
    content.regions[0].note = ['该区域自二零二四年起向企业客户开放，仅提供部分服务，复制伙伴为中国北部区域，详情请咨询客户支持团队。'];
    for (const width of [560, 600, 640, 700, 800]) {
      const frame = frameOf(width);
      try {
        const widget = await mount<TcDataLocation>('tc-data-location', {}, { content }, frame);
        await frames();
        expect(getComputedStyle(shadow(widget).querySelector('tbody td')!).display, 'as a table').to.equal('table-cell');
        const text = shadow(widget).querySelector('.note')!.firstChild as Text;
        const starts: string[] = [];
        let bottom = -Infinity;
        for (let at = 0; at < text.length; at++) {
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + 1);
          // Bottoms, not tops: WebKit's box for the first character of a line reaches up into the
          // line before (from where the line broke).
          const { bottom: charBottom } = range.getBoundingClientRect();
          if (charBottom > bottom + 1) starts.push(text.data[at]);
          bottom = charBottom;
        }
        expect(starts.length, `lines at ${width} px`).to.be.above(2);
        expect(starts.filter((char) => '，。、；：'.includes(char)), `lines starting with punctuation at ${width} px`).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    }
  });

  // From a review of the note as an inline block (so that a copied row stays one line): a block's
  // line is its own height, an inline block's is at least the cell's line, the name's, so a note
  // of one line sat 2 to 3 px lower under its name than a note of two or more lines, in every
  // engine, as a table and stacked.
  it('starts a note the same distance under its name, however many lines the note has', async () => {
    const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
    content.regions[0].note = ['Opens in 2027'];
    content.regions[1].note = ['Opens to enterprise customers first, with a reduced set of services; ask support for details.'];
    for (const width of [360, 800]) {
      const frame = frameOf(width);
      try {
        const widget = await mount('tc-data-location', {}, { content }, frame);
        await frames();
        const [short, long] = [...shadow(widget).querySelectorAll('.note')].map((note) => {
          const { top, height } = note.getBoundingClientRect();
          return { below: top - note.closest('th')!.getBoundingClientRect().top, lines: Math.round(height / parseFloat(getComputedStyle(note).lineHeight)) };
        });
        expect([short.lines, long.lines > 1], `lines at ${width} px`).to.deep.equal([1, true]);
        expect(short.below, `a note of one line under its name at ${width} px`).to.be.closeTo(long.below, 0.5);
      } finally {
        frame.remove();
      }
    }
  });

  // From an accessibility audit: once the fixed table could no longer overflow, its focusable
  // scroll region was a tab stop and an "Azure regions" landmark that did nothing.
  it('adds no tab stop or landmark around the table', async () => {
    const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC });
    expect(shadow(widget).querySelectorAll('[tabindex], [role="region"]').length).to.equal(0);
    expect(visibleText(shadow(widget).querySelector('table caption'))).to.equal('Azure regions');
  });

  // Drawing the table first and stacking it a frame later moves every row on the reader's screen
  // (a layout shift the demo's Chinese pages measured at 375 px): the first rendered frame must
  // already have the right layout. tc-ready is fired right after that render, before any frame.
  // 543.75 px is a quarter pixel short of the breakpoint (34 ems of 16 px): widths in fractions of
  // a pixel are common at 125 % or 150 % display scaling or page zoom, and the first width read,
  // rounded to 544, drew the table for a frame before the observer's 543.75 stacked it (CLS 0.09).
  for (const [width, stacked] of [[375, true], [543.75, true], [900, false]] as const) {
    it(`renders ${stacked ? 'stacked' : 'as a table'} from its first frame at ${width} px`, async () => {
      const frame = frameOf(width);
      try {
        const widget = document.createElement('tc-data-location') as TcDataLocation;
        widget.setAttribute('src', SRC);
        const layoutWhenReady = new Promise<string>((resolve) =>
          widget.addEventListener('tc-ready', () => resolve(getComputedStyle(shadow(widget).querySelector('tbody td')!).display), { once: true }),
        );
        frame.append(widget);
        expect(await layoutWhenReady).to.equal(stacked ? 'block' : 'table-cell');
      } finally {
        frame.remove();
      }
    });
  }

  // The observer's em was the probe's height, one line high: WebKit floors line heights to whole
  // pixels as drawn, so at 80 % page zoom (Safari's Cmd-minus, or CSS zoom on the page) the 16 px
  // ems read 15, and at a text size of 1.1rem (17.6 px) 17. The first frame stacked the table, the
  // observer's smaller ems drew it as a table the next moment, in a width it did not fit. Chromium's
  // height at 80 % was 15.98 px, and 543.75 px went the same way.
  for (const [width, zoom, fontSize] of [[536, '0.8', ''], [543.75, '0.8', ''], [590, '', '17.6px']] as const) {
    it(`keeps the layout of its first frame at ${width} px${zoom ? ` at ${zoom} zoom` : ''}${fontSize ? ` in ${fontSize} text` : ''}`, async () => {
      const frame = frameOf(width);
      frame.style.zoom = zoom;
      try {
        const widget = document.createElement('tc-data-location') as TcDataLocation;
        widget.setAttribute('src', SRC);
        widget.style.setProperty('--tc-font-size', fontSize);
        const layoutWhenReady = new Promise<string>((resolve) =>
          widget.addEventListener('tc-ready', () => resolve(getComputedStyle(shadow(widget).querySelector('tbody td')!).display), { once: true }),
        );
        frame.append(widget);
        expect(await layoutWhenReady, 'first frame').to.equal('block');
        expect(await cellDisplayOnceLaidOut(widget), 'laid out').to.equal('block');
      } finally {
        frame.remove();
      }
    });
  }

  it('switches between table and stacked layout as its width changes', async () => {
    const frame = frameOf(900);
    try {
      const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC }, {}, frame);
      await frames();
      const cell = () => shadow(widget).querySelector('tbody td')!;
      expect(getComputedStyle(cell()).display).to.equal('table-cell');
      frame.style.width = '400px';
      await frames();
      await widget.updateComplete;
      expect(getComputedStyle(cell()).display).to.equal('block');
      frame.style.width = '900px';
      await frames();
      await widget.updateComplete;
      expect(getComputedStyle(cell()).display).to.equal('table-cell');
    } finally {
      frame.remove();
    }
  });

  /**
   * A 600 px box of the page whose scrollbar takes room (Windows, or any page that styles its
   * scrollbar), and the errors the page hears while `run` uses it. Firefox's scrollbars take room
   * here; WebKitGTK's float over the content, unless styled; headless Chromium draws none at all
   * (Puppeteer starts it with --hide-scrollbars), so `run` skips there.
   */
  async function inScrollingBox(run: (box: HTMLElement) => Promise<void>): Promise<string[]> {
    const box = frameOf(600);
    const scrollbar = document.createElement('style');
    scrollbar.textContent = '.scroller { overflow-y: auto } .scroller::-webkit-scrollbar { width: 15px }';
    document.head.append(scrollbar);
    box.className = 'scroller';
    const errors: string[] = [];
    const record = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', record);
    try {
      await run(box);
      return errors;
    } finally {
      window.removeEventListener('error', record);
      box.remove();
      scrollbar.remove();
    }
  }
  const scrollbarTakesRoom = (box: HTMLElement) => box.offsetWidth - box.clientWidth >= 10;

  // A page whose scrollbar comes or goes with the widget's own height: the switch to the taller
  // stacked layout, made while the observer reported, brought the scrollbar, which narrowed the
  // widget again before the report was over; the page then got "ResizeObserver loop completed with
  // undelivered notifications", which error monitors log, and the switch back to the table took
  // the scrollbar away again.
  it('reports no ResizeObserver error when its switch brings or takes away a scrollbar', async function () {
    const errors = await inScrollingBox(async (box) => {
      const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC }, {}, box);
      const stacked = () => stackedOnceSettled(widget);
      expect(await stacked(), 'stacked at 600 px').to.equal(false);
      // As high as the table: the stacked layout overflows, and the box shows its scrollbar.
      box.style.height = `${Math.ceil(widget.offsetHeight * 1.1)}px`;
      expect(box.scrollHeight > box.clientHeight, 'scrollbar at 600 px').to.equal(false);
      box.style.width = '500px';
      expect(await stacked(), 'stacked at 500 px').to.equal(true);
      if (!scrollbarTakesRoom(box)) this.skip();
      box.style.width = '600px';
      expect(await stacked(), 'stacked at 600 px again').to.equal(false);
      expect(box.offsetWidth - box.clientWidth, 'scrollbar width at 600 px again').to.equal(0);
    });
    expect(errors).to.deep.equal([]);
  });

  // The same on the observer's first report, which switches inside it (nothing drawn yet): a box
  // narrowed after the first render, where the stacked layout brings the box's scrollbar.
  it('reports no ResizeObserver error when its first report switches and brings a scrollbar', async function () {
    const errors = await inScrollingBox(async (box) => {
      const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
      const sized = await mount<TcDataLocation>('tc-data-location', {}, { content }, box);
      box.style.height = `${Math.ceil(sized.offsetHeight * 1.1)}px`;
      sized.remove();
      await frames();
      const widget = document.createElement('tc-data-location') as TcDataLocation;
      widget.content = content;
      box.append(widget);
      await widget.updateComplete;
      box.style.width = '540px';
      await frames();
      await frames();
      if (!scrollbarTakesRoom(box)) this.skip();
      expect(getComputedStyle(shadow(widget).querySelector('tbody td')!).display, 'stacked at 540 px').to.equal('block');
    });
    expect(errors).to.deep.equal([]);
  });

  // After a switch the widget watches its width again from a timer of 0 ms (the test above says
  // why). An app's browser tests under fake timers (Vitest's browser mode, Playwright's page.clock)
  // then see a second resize only once the timers advance, as docs/bundling.md tells them to.
  it('follows a second resize under fake timers once they advance, as the guide says', async () => {
    const box = frameOf(600);
    const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC }, {}, box);
    const stacked = () => stackedOnceSettled(widget);
    try {
      await withFakeTimeouts(async (clock) => {
        box.style.width = '500px';
        expect(await stacked(), 'stacked at 500 px').to.equal(true);
        box.style.width = '600px';
        await clock.tickAsync(1);
        expect(await stacked(), 'stacked at 600 px again, the timers advanced').to.equal(false);
      });
    } finally {
      box.remove();
    }
  });

  // The widget's text follows the reader's default size, so must its breakpoint: a page that sets
  // html { font-size: 62.5% } to count in tens of pixels must not get a table squeezed into 500 px.
  // An app's unit tests run widgets in jsdom, which has no ResizeObserver: the widget threw there
  // while it was created, and the test run failed.
  it('renders where there is no ResizeObserver, deciding its layout from its first width', async () => {
    const { ResizeObserver: observer } = window;
    Reflect.deleteProperty(window, 'ResizeObserver');
    try {
      const wide = await mount<TcDataLocation>('tc-data-location', { src: SRC });
      expect(wide.getAttribute('status')).to.equal('ready');
      expect(shadow(wide).querySelectorAll('tbody tr').length).to.be.above(0);
      expect(shadow(wide).querySelector('.table-region')!.classList.contains('narrow')).to.equal(false);
    } finally {
      window.ResizeObserver = observer;
    }
  });

  /** A body cell's display (table-cell wide, block stacked) once the widget has laid out again. */
  async function cellDisplayOnceLaidOut(widget: TcDataLocation): Promise<string> {
    await frames();
    await widget.updateComplete;
    return getComputedStyle(shadow(widget).querySelector('tbody td')!).display;
  }

  /** Whether the widget is stacked once a frame has passed (in which a ResizeObserver loop error is reported) and it has laid out again. */
  async function stackedOnceSettled(widget: TcDataLocation): Promise<boolean> {
    await frames();
    return (await cellDisplayOnceLaidOut(widget)) === 'block';
  }

  // A host that themes the kit with larger text (--tc-font-size) gets the stacked layout where the
  // table's columns would no longer fit that text: the breakpoint is in the widget's own ems.
  it('stacks sooner when the host sets a larger text size', async () => {
    const frame = frameOf(700);
    try {
      const layout = async (fontSize?: string) => {
        const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC }, {}, frame);
        if (fontSize) widget.style.setProperty('--tc-font-size', fontSize);
        const display = await cellDisplayOnceLaidOut(widget);
        widget.remove();
        return display;
      };
      expect(await layout(), 'at 16 px').to.equal('table-cell');
      expect(await layout('24px'), 'at 24 px').to.equal('block');
    } finally {
      frame.remove();
    }
  });

  // A page's text-size control, or Firefox's zoom of text only, changes the size after the first
  // layout: the widget measured its ems once, and stayed a table too wide for the larger text.
  it('stacks when the host enlarges its text after it has laid out', async () => {
    const frame = frameOf(700);
    try {
      const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC }, {}, frame);
      expect(await cellDisplayOnceLaidOut(widget), 'at 16 px').to.equal('table-cell');
      widget.style.setProperty('--tc-font-size', '24px');
      expect(await cellDisplayOnceLaidOut(widget), 'at 24 px').to.equal('block');
      widget.style.removeProperty('--tc-font-size');
      expect(await cellDisplayOnceLaidOut(widget), 'at 16 px again').to.equal('table-cell');
    } finally {
      frame.remove();
    }
  });

  // Firefox draws text no smaller than the reader's minimum font size, but its ems stay those of
  // the CSS size: the breakpoint, in those ems, kept a table whose words broke inside ("Locati|on",
  // "Shang|hai") where the text at the reader's size no longer fit. The test's Firefox has a minimum
  // size for Japanese text only (web-test-runner.config.mjs), which the widget's text here is marked as.
  it('stacks by the size its text is drawn at, which a reader\'s minimum font size raises in Firefox', async function () {
    if (inChromium || inWebKit) this.skip();
    const frame = frameOf(700);
    try {
      const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC }, {}, frame);
      expect(await cellDisplayOnceLaidOut(widget), 'at 16 px').to.equal('table-cell');
      shadow(widget).querySelector('.root')!.setAttribute('lang', 'ja');
      expect(await cellDisplayOnceLaidOut(widget), 'drawn at the minimum of 24 px').to.equal('block');
    } finally {
      frame.remove();
    }
  });

  it('stacks by its own text size, not the page\'s root font size', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const frame = frameOf(500);
    try {
      const widget = await mount<TcDataLocation>('tc-data-location', { src: SRC }, {}, frame);
      expect(getComputedStyle(shadow(widget).querySelector('tbody td')!).display).to.equal('block');
    } finally {
      frame.remove();
      document.documentElement.style.fontSize = '';
    }
  });

  it('keeps its layout against hostile host CSS, and takes theming through custom properties and parts', async () => {
    const style = document.createElement('style');
    style.textContent = `
      table, th, td, caption { display: none !important; }
      tc-data-location { --tc-color-link: rgb(1, 2, 3); }
      tc-data-location::part(table) { outline: 3px solid rgb(4, 5, 6); }
      tc-data-location::part(caption) { color: rgb(7, 8, 9); }
      tc-data-location::part(title) { color: rgb(10, 11, 12); }`;
    document.head.append(style);
    const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
    content.notes!.push({ type: 'paragraph', content: [{ type: 'link', text: 'Privacy statement', href: '/privacy/' }] });
    try {
      const widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
      const table = shadow(widget).querySelector('table')!;
      expect(getComputedStyle(table).display).to.equal('table');
      expect(getComputedStyle(table).outlineColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(table.querySelector('caption')!).color).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(shadow(widget).querySelector('h2')!).color).to.equal('rgb(10, 11, 12)');
      expect(getComputedStyle(shadow(widget).querySelector('a')!).color).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  describe('states', () => {
    itShowsAccessibleStates('tc-data-location', {}, () => mount<TcDataLocation>('tc-data-location', { src: SRC }));

    it('renders content given as a property in its first update, without a loading state', async () => {
      const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
      const widget = document.createElement('tc-data-location') as TcDataLocation;
      const statuses: Array<string | null> = [];
      const watch = new MutationObserver(() => statuses.push(widget.getAttribute('status')));
      watch.observe(widget, { attributeFilter: ['status'] });
      const ready = nextEvent(widget, 'tc-ready');
      widget.content = content;
      document.body.append(widget);
      try {
        // What a product team writes: after the first update, the table is there to query.
        await widget.updateComplete;
        expect(widget.status).to.equal('ready');
        expect(rows(widget)).to.have.length(2);
        await ready;
        watch.disconnect();
        expect(statuses).to.deep.equal(['ready']);
      } finally {
        widget.remove();
      }
    });

    // Content given while the widget's src still loads wins, as it does over src: the src's answer,
    // coming after, replaced the document the page gave with the one it had stopped asking for.
    it('keeps content given while its src loaded when the src answers after it', async () => {
      const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
      content.regions = [{ id: 'only', name: 'Only Region', location: 'Somewhere', services: ['Azure'] }];
      const network = holdFetches('?given-meanwhile');
      const widget = document.createElement('tc-data-location') as TcDataLocation;
      widget.src = '/content/en/data-locations.json?given-meanwhile';
      document.body.append(widget);
      try {
        await widget.updateComplete;
        widget.content = content;
        await widget.updateComplete;
        expect(rows(widget).map((row) => row[0]), 'once given').to.deep.equal(['Only Region']);
        network.release();
        await new Promise((resolve) => setTimeout(resolve, 200));
        await widget.updateComplete;
        expect(rows(widget).map((row) => row[0]), 'after the src answered').to.deep.equal(['Only Region']);
      } finally {
        network.restore();
        widget.remove();
      }
    });

    it('shows a localized alert, fires tc-error and logs the URL and path when the content is invalid', async () => {
      const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
      (content.regions[1] as { name: string }).name = '';
      const errors: unknown[][] = [];
      const originalError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      let widget: TcDataLocation;
      const event = nextEvent<CustomEvent>(document.body, 'tc-error');
      try {
        widget = await mount<TcDataLocation>('tc-data-location', {}, { content });
      } finally {
        console.error = originalError;
      }
      const { detail } = await event;
      expect(detail).to.deep.include({ url: '(content property)', path: '$.regions[1].name', code: 'schema' });
      expect(String(errors[0][0])).to.include('$.regions[1].name');
      expect(widget.status).to.equal('error');
      expect(visibleText(shadow(widget).querySelector('[role="alert"]'))).to.equal('Data locations: The content contains a mistake and cannot be shown.');
      expect(Boolean(shadow(widget).querySelector('table'))).to.equal(false);
    });

    // From a framework audit: React 19 and Vue set `content` as an attribute ("[object Object]") on
    // an element rendered before its module was imported. The widget showed the kit's default
    // content, as if it were the document given, without a word.
    it('says so when content was given as an attribute, before the element was defined', async () => {
      const widget = document.createElement('tc-late-data-location') as TcDataLocation;
      widget.setAttribute('content', '[object Object]');
      document.body.append(widget);
      const logged: unknown[][] = [];
      const originalError = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const event = nextEvent<CustomEvent>(widget, 'tc-error');
        customElements.define('tc-late-data-location', class extends TcDataLocationClass {});
        const { detail } = await event;
        expect(detail).to.deep.include({ url: '(content property)', path: '$', code: 'schema' });
        expect(detail.message).to.include('content is a property');
        await widget.updateComplete;
        expect(widget.status).to.equal('error');
        expect(Boolean(shadow(widget).querySelector('[role="alert"]'))).to.equal(true);
        expect(Boolean(shadow(widget).querySelector('table'))).to.equal(false);
        expect(String(logged[0]?.[0])).to.include('given as an attribute');
        // The app renders again, now setting the property: the document shows.
        const ready = nextEvent(widget, 'tc-ready');
        widget.content = await shippedDocument<DataLocationsDocument>('zh-CN', 'data-locations.json');
        await ready;
        expect(visibleText(shadow(widget).querySelector('caption'))).to.equal('Azure 区域');
        // The framework leaves the attribute; the app later drops the document for a src.
        const fromSrc = nextEvent<CustomEvent>(widget, 'tc-ready');
        widget.src = '/content/en/data-locations.json';
        widget.content = undefined;
        expect((await fromSrc).detail.url).to.include('/content/en/data-locations.json');
      } finally {
        console.error = originalError;
        widget.remove();
      }
    });

    it('shows the error in Chinese on a Chinese page, and passes axe', async () => {
      await setLocale('zh-CN');
      await quietly(async () => {
        const widget = await mount<TcDataLocation>('tc-data-location', { src: '/fixture/status/404' });
        expect(visibleText(shadow(widget).querySelector('[role="alert"]'))).to.equal('数据位置：无法加载内容：服务器返回了错误。');
        expect(visibleText(shadow(widget).querySelector('[part="error"] button'))).to.equal('重试：数据位置');
        expect(shadow(widget).querySelector('.root')!.getAttribute('lang')).to.equal('zh-CN');
        expect(await axeViolations(widget)).to.deep.equal([]);
      });
    });

    // From an audit of readers' settings: the failed URL and the path, in <code>, were drawn at
    // 11 px (Firefox 10.5) beside the details' 14, and stayed at 11 for a reader whose browser
    // text size is Very large (details 21 px): browsers size text whose only font is the generic
    // monospace from their own fixed-width size (13 px), not from the reader's text size.
    it('shows the error details\' URL and path as large as the text around them', async () => {
      await quietly(async () => {
        const widget = await mount<TcDataLocation>('tc-data-location', { src: '/fixture/status/404' });
        const details = shadow(widget).querySelector('[part="error"] details')!;
        details.toggleAttribute('open', true);
        const codes = [...details.querySelectorAll('code')];
        expect(codes).to.have.length(2);
        for (const code of codes) expect(getComputedStyle(code).fontSize, code.textContent!).to.equal(getComputedStyle(details).fontSize);
      });
    });

    it('loads again with the retry button once the fault is gone', async () => {
      await quietly(async () => {
        const widget = await mount<TcDataLocation>('tc-data-location', { src: `/fixture/fail-once/widget-retry-${crypto.randomUUID()}/{locale}/data-locations` });
        expect(widget.status).to.equal('error');
        const ready = nextEvent(widget, 'tc-ready');
        shadow(widget).querySelector<HTMLButtonElement>('button.retry')!.click();
        await ready;
        await widget.updateComplete;
        expect(widget.status).to.equal('ready');
        expect(rows(widget)).to.have.length(2);
      });
    });

    // From an audit of single-page apps: a reader pressed Try again, then left the view before the
    // retry answered; when the app put the same widget back, it took focus and scrolled the page.
    it('does not take focus when it comes back after a retry the reader left', async () => {
      await quietly(async () => {
        const widget = await mount<TcDataLocation>('tc-data-location', { src: '/fixture/status/404' });
        const retry = shadow(widget).querySelector<HTMLButtonElement>('button.retry')!;
        retry.focus();
        retry.click();
        await widget.updateComplete;
        widget.remove();
        (document.activeElement as HTMLElement | null)?.blur();
        // Later: the reader has left the view, and comes back to it.
        await new Promise((resolve) => setTimeout(resolve));
        const failed = nextEvent(widget, 'tc-error');
        document.body.append(widget);
        try {
          await failed;
          await widget.updateComplete;
          expect(document.activeElement === document.body, `focus on <${document.activeElement?.localName}>`).to.equal(true);
          expect(Boolean(shadow(widget).activeElement)).to.equal(false);
        } finally {
          widget.remove();
        }
      });
    });

    // The review of that fix: a widget moved in one task (a keyed list) while its retry loads is
    // no reader leaving: focus goes on to Try again when the retry fails again.
    it('keeps focus on Try again when it is moved while its retry loads', async () => {
      await quietly(async () => {
        const parking = document.createElement('div');
        document.body.append(parking);
        try {
          const widget = await mount<TcDataLocation>('tc-data-location', { src: '/fixture/status/404' });
          const retry = shadow(widget).querySelector<HTMLButtonElement>('button.retry')!;
          retry.focus();
          retry.click();
          await widget.updateComplete;
          const failed = nextEvent(widget, 'tc-error');
          parking.append(widget);
          await failed;
          await widget.updateComplete;
          expect(shadow(widget).activeElement?.className).to.equal('retry');
        } finally {
          parking.remove();
        }
      });
    });

    // From a keyboard fuzz run: the reader was on the error box (Try again, or Details) when the page
    // switched the language back; the loading message replaced the box, and focus fell to <body>.
    it('keeps focus in the widget when a language switch replaces the error the reader is on', async () => {
      await quietly(async () => {
        const widget = await mount<TcDataLocation>('tc-data-location', { src: '/fixture/broken-zh/{locale}/data-locations' });
        const failed = nextEvent(widget, 'tc-error');
        await setLocale('zh-CN');
        await failed;
        await widget.updateComplete;
        for (const selector of ['summary', '.retry']) {
          shadow(widget).querySelector<HTMLElement>(selector)!.focus();
          const ready = nextEvent(widget, 'tc-ready');
          void setLocale('en');
          await widget.updateComplete;
          expect(document.activeElement === widget, `${selector}: while it loads, focus on <${document.activeElement?.localName}>`).to.equal(true);
          await ready;
          await widget.updateComplete;
          expect(document.activeElement === widget, `${selector}: once it is shown, focus on <${document.activeElement?.localName}>`).to.equal(true);
          const failedAgain = nextEvent(widget, 'tc-error');
          await setLocale('zh-CN');
          await failedAgain;
          await widget.updateComplete;
        }
      });
    });

    // The editor has published the fix; the browser still holds the broken answer it was given.
    it('gets the fixed document with the retry button, past a broken one the browser cached', async () => {
      await quietly(async () => {
        const src = `/fixture/fail-once/cached-retry-${crypto.randomUUID()}/{locale}/data-locations?cached`;
        const failed = nextEvent<CustomEvent>(document, 'tc-error');
        const widget = await mount<TcDataLocation>('tc-data-location', { src });
        expect((await failed).detail.code).to.equal('parse');
        const ready = nextEvent(widget, 'tc-ready');
        shadow(widget).querySelector<HTMLButtonElement>('button.retry')!.click();
        await ready;
        expect(rows(widget)).to.have.length(2);
      });
    });
  });
});
