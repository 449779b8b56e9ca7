import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { ContentElement } from '../../core/content-element.js';
import { findPage, navigationSpec } from '../../core/documents/navigation.js';
import { renderLink } from '../../core/rich-text.js';
import { breadcrumbStyles } from './breadcrumb.styles.js';
import type { ContentProblem } from '../../core/validate.js';
import type { NavigationDocument } from '../../core/content-types.js';

/**
 * The trail from the top of the site to the current page (WAI-ARIA APG breadcrumb pattern): a
 * labelled navigation landmark with an ordered list of links, ending in the page's own title,
 * which is not a link and carries `aria-current="page"`. The separators are drawn by CSS, so screen
 * readers do not read them.
 *
 * @summary The breadcrumb trail of a trust-center page.
 * @csspart nav - The navigation landmark.
 * @csspart list - The ordered list of the trail.
 * @csspart link - The links to the ancestors of the page.
 * @csspart current - The title of the current page, the last item.
 * @cssprop --tc-breadcrumb-separator-color - Colour of the separators between the items (default: --tc-color-muted).
 * @cssprop --tc-color-muted - Colour of the current page's title, the separators and the loading message.
 * @cssprop --tc-color-surface - Background of the Try again button.
 * @cssprop --tc-radius - Corner radius of the error box and the Try again button.
 * @cssprop --tc-color-error-background - Background of the error box.
 * @cssprop --tc-loading-min-height - Least height of the loading message, which the content then replaces.
 * @cssprop --tc-line-height - Line height of the widget's text.
 */
export class TcBreadcrumb extends ContentElement<'navigation'> {
  static override styles = [...ContentElement.styles, breadcrumbStyles];

  static override properties: PropertyDeclarations = {
    page: { reflect: true },
  };

  /** Id of the page whose trail is shown, as in the navigation content's `pages[].id`. */
  page?: string;

  protected readonly spec = navigationSpec;
  protected readonly defaultDocument = 'navigation.json';

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another page may be missing from the document: check it again (the document itself is cached).
    if (changed.has('page')) this.reselect();
    super.willUpdate(changed);
  }

  protected override findSelectionProblem(document: NavigationDocument): ContentProblem | undefined {
    const found = findPage(document, this.page);
    return 'path' in found ? found : undefined;
  }

  protected contentName(): string {
    return msg('Breadcrumb', { desc: 'Name of the breadcrumb navigation (the trail of pages above this one), read by screen readers.' });
  }

  protected renderDocument(document: NavigationDocument): TemplateResult | typeof nothing {
    const page = findPage(document, this.page);
    // Only while a new choice of page is being checked.
    if ('path' in page) return nothing;
    // The nav's label is a UI string, read in the nav's language; the trail is the document's.
    return html`<nav part="nav" aria-label=${this.contentName()} lang=${this.uiLang}>
      <ol part="list" lang=${this.documentLocale}>
        ${page.breadcrumb.map((link) => html`<li>${renderLink(link)}</li>`)}
        <li><span part="current" aria-current="page" .textContent=${page.title}></span></li>
      </ol>
    </nav>`;
  }
}
