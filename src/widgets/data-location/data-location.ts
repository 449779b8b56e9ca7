import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { ContentElement } from '../../core/content-element.js';
import { dataLocationsSpec } from '../../core/documents/data-locations.js';
import { renderInlines, renderRichText } from '../../core/rich-text.js';
import { renderHeading } from '../../core/heading.js';
import { dataLocationStyles } from './data-location.styles.js';
import type { DataLocationsDocument, Region } from '../../core/content-types.js';

/**
 * Where customer data is stored: a table of regions with their location, services and
 * replication partner, between the notes that explain it.
 *
 *
 * @tag tc-data-location
 * @summary The regions table of the trust center.
 * @csspart title - The document's heading.
 * @csspart table - The regions table.
 * @csspart caption - The table's caption.
 * @csspart link - Links in the notes.
 * @cssprop --tc-color-border - Rules between table rows.
 * @cssprop --tc-color-stripe - Background of every other row.
 * @cssprop --tc-color-muted - Caption and note text.
 */
export class TcDataLocation extends ContentElement<'data-locations'> {
  static override styles = [...ContentElement.styles, dataLocationStyles];

  /** Level of the document's heading (2 to 6), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly spec = dataLocationsSpec;
  protected readonly defaultDocument = 'data-locations.json';

  protected renderDocument(document: DataLocationsDocument): TemplateResult {
    const namesById = new Map(document.regions.map((region) => [region.id, region.name]));
    const services = new Intl.ListFormat(this.documentLocale, { type: 'conjunction' });
    return html`
      ${renderHeading(this.headingLevel, document.title, 'title')}
      ${renderRichText(document.intro)}
      <div class="table-region" role="region" aria-labelledby="regions-caption" tabindex="0">
        <table part="table" role="table">
          <caption id="regions-caption" part="caption">${document.regionsCaption}</caption>
          <thead lang=${this.uiLang} role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">${msg('Region')}</th>
              <th scope="col" role="columnheader">${msg('Location')}</th>
              <th scope="col" role="columnheader">${msg('Services')}</th>
              <th scope="col" role="columnheader">${msg('Replication partner')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${document.regions.map((region) => this.renderRegion(region, namesById, services))}
          </tbody>
        </table>
      </div>
      ${renderRichText(document.notes)}
    `;
  }

  private renderRegion(region: Region, namesById: Map<string, string>, services: Intl.ListFormat): TemplateResult {
    const partner = region.replicationPartner === undefined ? undefined : namesById.get(region.replicationPartner);
    return html`<tr role="row">
      <th scope="row" role="rowheader">${region.name}${region.note ? html`<span class="note">${renderInlines(region.note)}</span>` : nothing}</th>
      <td role="cell" data-label=${msg('Location')}>${region.location}</td>
      <td role="cell" data-label=${msg('Services')}>${services.format(region.services)}</td>
      <td role="cell" data-label=${msg('Replication partner')}>
        ${partner ?? html`<span aria-hidden="true">—</span><span class="visually-hidden">${msg('None')}</span>`}
      </td>
    </tr>`;
  }
}
