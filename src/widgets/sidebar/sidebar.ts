import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { ContentElement } from '../../core/content-element.js';
import { findPage, navigationSpec } from '../../core/documents/navigation.js';
import { renderLink } from '../../core/rich-text.js';
import { renderHeading, type HeadingLevel } from '../../core/heading.js';
import { sidebarStyles } from './sidebar.styles.js';
import type { ContentProblem } from '../../core/validate.js';
import type { Link, LinkGroup, NavigationDocument } from '../../core/content-types.js';

/**
 * Groups of related links beside a page ("Key privacy information", "Helpful information"): each
 * group a navigation landmark named by its visible heading, with a list of links. Links that leave
 * the site or open a new tab say so to screen readers; links to files show their type and size.
 *
 * @summary The link groups of a trust-center page's sidebar.
 * @csspart group - A group's navigation landmark.
 * @csspart heading - A group's heading.
 * @csspart list - A group's list of links.
 * @csspart link - The links.
 * @cssprop --tc-color-border - The rule above each group.
 * @cssprop --tc-color-muted - Colour of the loading message.
 * @cssprop --tc-color-surface - Background of the Try again button.
 * @cssprop --tc-radius - Corner radius of the error box and the Try again button.
 * @cssprop --tc-color-heading - Colour of the headings (default: the text colour).
 * @cssprop --tc-color-error-background - Background of the error box.
 * @cssprop --tc-loading-min-height - Least height of the loading message, which the content then replaces.
 * @cssprop --tc-line-height - Line height of the widget's text.
 */
export class TcSidebar extends ContentElement<'navigation'> {
  static override styles = [...ContentElement.styles, sidebarStyles];

  static override properties: PropertyDeclarations = {
    page: { reflect: true },
    groups: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Id of the page whose sidebar is shown: its `sidebar` lists the groups, in order. */
  page?: string;

  /** Space-separated ids of the link groups to show, in order; wins over `page`. */
  groups?: string;

  /** Level of the groups' headings (2 to 6), to fit the host page's outline. */
  headingLevel: HeadingLevel = 2;

  protected readonly spec = navigationSpec;
  protected readonly defaultDocument = 'navigation.json';

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The new choice may name what the document lacks: check it again (the document is cached).
    if (changed.has('page') || changed.has('groups')) this.reselect();
    super.willUpdate(changed);
  }

  /** The chosen groups, or what is wrong with the choice. */
  #select(document: NavigationDocument): LinkGroup[] | ContentProblem {
    let ids = this.groups?.split(/\s+/).filter(Boolean);
    if (!ids?.length) {
      const page = findPage(document, this.page);
      if ('path' in page) return this.page ? page : { path: '$.pages', message: 'no page or groups chosen: set the page or groups attribute' };
      ids = page.sidebar ?? [];
    }
    const groups: LinkGroup[] = [];
    // Each group once: named again and again (a few bytes each), one group of many links made a
    // 13 kB document render 400,000 links and freeze the page for seconds.
    for (const id of new Set(ids)) {
      const group = document.linkGroups.find((candidate) => candidate.id === id);
      if (!group) return { path: '$.linkGroups', message: `no link group has the id "${id}"` };
      groups.push(group);
    }
    return groups;
  }

  protected override findSelectionProblem(document: NavigationDocument): ContentProblem | undefined {
    const selected = this.#select(document);
    return 'path' in selected ? selected : undefined;
  }

  protected contentName(): string {
    return msg('Related links', { desc: 'Names the sidebar of links to related pages and documents for screen readers when it cannot be shown, before the error ("Related links: The content could not be loaded…") and after Try again.' });
  }

  protected renderDocument(document: NavigationDocument): TemplateResult[] {
    const selected = this.#select(document);
    // Not an array only while a new choice is being checked.
    return Array.isArray(selected) ? selected.map((group) => this.#renderGroup(group)) : [];
  }

  // The title is a span's textContent, for page translators (see core/rich-text.ts): a host that
  // shows other groups otherwise kept the old group's translated title, the landmark's name too.
  #renderGroup(group: LinkGroup): TemplateResult {
    const headingId = `group-${group.id}`;
    return html`<nav part="group" aria-labelledby=${headingId}>
      ${renderHeading(this.headingLevel, html`<span .textContent=${group.title}></span>`, 'heading', headingId)}
      <ul part="list">
        ${group.links.map((link) => html`<li>${renderLink(link, 'link', isExternal(link) ? msg('(external site)', { desc: 'Hidden from sight: screen readers read it after the text of a sidebar link to another website.' }) : undefined)}</li>`)}
      </ul>
    </nav>`;
  }
}

/**
 * Whether a link leaves the site: an http(s) target on another host (or port) than the page's. Not
 * the origin: a portal served over https whose content links to its own pages as http:// (the
 * shipped navigation does) does not send its readers to another site.
 */
function isExternal(link: Link): boolean {
  try {
    const url = new URL(link.href, document.baseURI);
    return /^https?:$/.test(url.protocol) && url.host !== location.host;
  } catch {
    return false;
  }
}
