import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { ContentElement, labelSeparator } from '../../core/content-element.js';
import { dataLocationsSpec } from '../../core/documents/data-locations.js';
import { renderRichText } from '../../core/rich-text.js';
import { appendRun, element } from '../../core/rich-text-dom.js';
import { renderHeading, type HeadingLevel } from '../../core/heading.js';
import { WIDTH_PROBE_CLASS, WidthBreakpoint, widthProbeStyles } from '../../core/width-breakpoint.js';
import { dataLocationStyles } from './data-location.styles.js';
import type { DataLocationsDocument } from '../../core/content-types.js';

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\d]/u;

/**
 * A list as `format` joins it, with a space on each side of a Chinese list word (和) that meets a
 * Latin letter or digit: Chinese content spaces Chinese from Latin words, Intl.ListFormat does not
 * ("Azure和Office 365"). The enumeration comma (、) and Chinese names stay unspaced.
 */
function spacedList(format: Intl.ListFormat, list: string[]): string {
  const space = (char = '') => (LATIN_OR_DIGIT.test(char) ? ' ' : '');
  return format
    .formatToParts(list)
    .map(({ type, value }, at, parts) => (type === 'literal' && HAN.test(value) ? space(parts[at - 1].value.at(-1)) + value + space(parts[at + 1].value[0]) : value))
    .join('');
}

/**
 * Where customer data is stored: a table of regions with their location, services and
 * replication partner, between the notes that explain it.
 *
 * @summary The regions table of the trust center.
 * @csspart section-label - The short label above the heading, naming the part of the trust center.
 * @csspart title - The document's heading.
 * @csspart table - The regions table.
 * @csspart caption - The table's caption.
 * @csspart head - The table's row of column names, for a brand's fill and text colour (a narrow table shows no such row: each cell is labelled).
 * @csspart empty - The message shown instead of the table when the document lists no regions.
 * @csspart paragraph - A paragraph of the introduction or the notes.
 * @csspart list - A list in the introduction or the notes.
 * @csspart link - Links in the introduction, the notes and the regions' notes.
 * @cssprop --tc-color-border - Rules between table rows.
 * @cssprop --tc-color-stripe - Background of every other row.
 * @cssprop --tc-color-muted - The section label, the caption, the regions' notes, the message that no regions are published and the loading message.
 * @cssprop --tc-color-surface - Background of the Try again button.
 * @cssprop --tc-radius - Corner radius of the error box and the Try again button.
 * @cssprop --tc-color-heading - Colour of the headings (default: the text colour).
 * @cssprop --tc-color-error-background - Background of the error box.
 * @cssprop --tc-loading-min-height - Least height of the loading message, which the content then replaces.
 * @cssprop --tc-line-height - Line height of the widget's text.
 */
export class TcDataLocation extends ContentElement<'data-locations'> {
  static override styles = [...ContentElement.styles, widthProbeStyles, dataLocationStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Level of the document's heading (2 to 6), to fit the host page's outline. */
  headingLevel: HeadingLevel = 2;

  protected readonly spec = dataLocationsSpec;
  protected readonly defaultDocument = 'data-locations.json';

  /** Below 34 ems of its text the table stacks, one block per region. */
  readonly #width = new WidthBreakpoint(this, 34);

  /** The link of a new table body to give keyboard focus to once it is in place (#regionRows). */
  #focusNext?: HTMLElement;

  /**
   * Narrow layouts label each value with its column's name. Three custom properties on the table,
   * read by CSS, cost less than three attributes on each of hundreds of rows; they are set through
   * the CSSOM, which a strict Content-Security-Policy allows (style attributes it does not).
   */
  protected override updated(changed: PropertyValues<this>): void {
    this.#focusNext?.focus();
    this.#focusNext = undefined;
    super.updated(changed);
    const table = this.renderRoot.querySelector('table');
    const separator = labelSeparator();
    const labels: Array<[string, string]> = [
      ['--tc-label-location', msg('Location', { desc: 'Column heading of the data locations table, and a label before a value on narrow screens: where the region\'s data centres are.' })],
      ['--tc-label-services', msg('Services', { desc: 'Column heading of the data locations table, and a label before a value on narrow screens: the cloud services offered in the region.' })],
      ['--tc-label-partner', msg('Replication partner', { desc: 'Column heading of the data locations table, and a label before a value on narrow screens: the region that keeps copies of the data for disaster recovery.' })],
    ];
    for (const [name, label] of labels) table?.style.setProperty(name, JSON.stringify(label + separator));
  }

  protected contentName(): string {
    return msg('Data locations', { desc: 'Names the regions table for screen readers when it cannot be shown, before the error ("Data locations: The content could not be loaded…") and after Try again.' });
  }

  protected renderDocument(document: DataLocationsDocument): TemplateResult {
    return html`
      <div class=${WIDTH_PROBE_CLASS}></div>
      ${document.sectionLabel ? html`<p class="section-label" part="section-label">${document.sectionLabel}</p>` : nothing}
      ${renderHeading(this.headingLevel, document.title, 'title')}
      ${renderRichText(document.intro)}
      ${document.regions.length === 0
        ? html`<p class="empty" part="empty" lang=${this.uiLang}>${msg('No regions published yet.')}</p>`
        : this.#renderTable(document)}
      ${renderRichText(document.notes)}
    `;
  }

  #renderTable(document: DataLocationsDocument): TemplateResult {
    return html`
      <div class=${this.#width.wide ? 'table-region' : 'table-region narrow'}>
        <table part="table" role="table">
          <caption part="caption">${document.regionsCaption}</caption>
          <thead part="head" lang=${this.uiLang} role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">${msg('Region', { desc: 'Column heading of the data locations table: the name of a cloud region.' })}</th>
              <th scope="col" role="columnheader">${msg('Location', { desc: 'Column heading of the data locations table, and a label before a value on narrow screens: where the region\'s data centres are.' })}</th>
              <th scope="col" role="columnheader">${msg('Services', { desc: 'Column heading of the data locations table, and a label before a value on narrow screens: the cloud services offered in the region.' })}</th>
              <th scope="col" role="columnheader">${msg('Replication partner', { desc: 'Column heading of the data locations table, and a label before a value on narrow screens: the region that keeps copies of the data for disaster recovery.' })}</th>
            </tr>
          </thead>
          ${this.#regionRows(document)}
        </table>
      </div>
    `;
  }

  #rows?: { document: DataLocationsDocument; key: string; body: HTMLTableSectionElement };

  /**
   * The table body, built with DOM calls once per document and locale (core/rich-text-dom.ts says
   * why): with a template per row, 500 regions took 1.5 times what the same table built natively
   * takes. The display-independent roles are stated on each element, as in the header.
   */
  #regionRows(document: DataLocationsDocument): HTMLTableSectionElement {
    const none = msg('None', { desc: 'In the Replication partner column: the region has no replication partner.' });
    const noneLang = this.uiLang;
    const key = `${none}|${String(noneLang)}`;
    if (this.#rows?.document === document && this.#rows.key === key) return this.#rows.body;
    // forEach, not for…of or pairs for the Map: this runs once per document, in code the engine has
    // not optimized, where each step of an iterator and each pair is garbage to collect mid-render.
    const namesById = new Map<string, string>();
    document.regions.forEach((region) => namesById.set(region.id, region.name));
    const services = new Intl.ListFormat(this.documentLocale, { type: 'conjunction' });
    const spaced = this.documentLocale === 'zh-CN';
    const body = element('tbody');
    body.setAttribute('role', 'rowgroup');
    // Each row is a clone of one empty row with its roles: cheaper than creating and setting up
    // four cells per region.
    const emptyRow = element('tr');
    emptyRow.setAttribute('role', 'row');
    for (const [tag, role] of [['th', 'rowheader'], ['td', 'cell'], ['td', 'cell'], ['td', 'cell']] as const) {
      const cell = element(tag);
      cell.setAttribute('role', role);
      emptyRow.append(cell);
    }
    (emptyRow.firstChild as HTMLTableCellElement).scope = 'row';
    const pause = element('span', 'visually-hidden');
    pause.textContent = ',';
    // New content or a language switch builds the body anew, and the link that has keyboard focus
    // goes with it: focus goes on to the same region's same link in the new body, not down to the
    // page (nor, as the content element would have it, to the whole widget). Not to the link at the
    // same place: with a region removed or moved, that is another region's. Without the region or
    // its link, the content element's focus on the whole widget stands.
    const focused = (this.renderRoot as ShadowRoot).activeElement as HTMLElement;
    const focusedRow = focused?.closest('tbody tr') as HTMLTableRowElement | null;
    const [focusedId, focusedLink] = focusedRow ? [this.#rows!.document.regions[focusedRow.sectionRowIndex].id, [...focusedRow.querySelectorAll('a')].indexOf(focused as HTMLAnchorElement)] : [];
    document.regions.forEach((region) => {
      const row = emptyRow.cloneNode(true) as HTMLTableRowElement;
      // Siblings, not row.children: iterating an HTMLCollection cost 2 ms over 500 rows.
      const name = row.firstChild as HTMLTableCellElement;
      const location = name.nextSibling as HTMLTableCellElement;
      const regionServices = location.nextSibling as HTMLTableCellElement;
      const partnerCell = regionServices.nextSibling as HTMLTableCellElement;
      name.textContent = region.name;
      // The space, unseen at the end of the name's line, parts name and note in copied text; an
      // unseen comma parts them for screen readers, which repeat the row header with every cell
      // of its row ("China North 3 Opened in 2023" ran the two numbers together).
      if (region.note) name.append(pause.cloneNode(true), ' ', appendRun(element('span', 'note'), region.note));
      if (region.id == focusedId) this.#focusNext = row.querySelectorAll('a')[focusedLink!];
      location.textContent = region.location;
      regionServices.textContent = spaced ? spacedList(services, region.services) : services.format(region.services);
      const partner = region.replicationPartner === undefined ? undefined : namesById.get(region.replicationPartner);
      if (partner !== undefined) partnerCell.textContent = partner;
      else {
        const dash = element('span');
        dash.setAttribute('aria-hidden', 'true');
        dash.textContent = '—';
        const spoken = element('span', 'visually-hidden');
        spoken.textContent = none;
        if (noneLang !== nothing) spoken.lang = noneLang;
        partnerCell.append(dash, spoken);
      }
      body.append(row);
    });
    this.#rows = { document, key, body };
    return body;
  }
}
