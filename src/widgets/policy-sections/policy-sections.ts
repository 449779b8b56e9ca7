import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { ContentElement } from '../../core/content-element.js';
import { policySectionsSpec } from '../../core/documents/policy-sections.js';
import { renderRichText } from '../../core/rich-text.js';
import { clampHeadingLevel, renderHeading, type HeadingLevel } from '../../core/heading.js';
import { deepLinkMayFocus, holdsFragmentFirst, idFromHash, onFragmentNavigation, scrollToTarget } from '../../core/deep-link.js';
import { policySectionsStyles } from './policy-sections.styles.js';
import type { ContentProblem } from '../../core/validate.js';
import type { PolicySection, PolicySectionsDocument, PolicySubsection } from '../../core/content-types.js';

/**
 * A policy document of titled sections and subsections of rich text. Every section and subsection
 * carries its content id, and the page's `#id` links reach them: ids inside a shadow root are out
 * of the browser's reach, so the widget scrolls to the section and focuses its heading itself, when
 * it loads and whenever the URL's fragment changes.
 *
 * @summary Deep-linkable sections of a policy page.
 * @csspart title - The document's heading (not shown when `sections` picks sections).
 * @csspart section - A section (its `id` is the section's content id).
 * @csspart section-title - A section's heading.
 * @csspart subsection - A subsection (its `id` is the subsection's content id).
 * @csspart subsection-title - A subsection's heading.
 * @csspart paragraph - A paragraph of the content.
 * @csspart list - A list of the content.
 * @csspart link - Links in the content.
 * @cssprop --tc-scroll-margin - Space kept above a section scrolled to by a link, for a sticky page header.
 * @cssprop --tc-color-muted - Colour of the loading message.
 * @cssprop --tc-color-surface - Background of the Try again button.
 * @cssprop --tc-radius - Corner radius of the error box and the Try again button.
 * @cssprop --tc-color-heading - Colour of the headings (default: the text colour).
 * @cssprop --tc-color-error-background - Background of the error box.
 * @cssprop --tc-loading-min-height - Least height of the loading message, which the content then replaces.
 * @cssprop --tc-line-height - Line height of the widget's text.
 */
export class TcPolicySections extends ContentElement<'policy-sections'> {
  static override styles = [...ContentElement.styles, policySectionsStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    sections: {},
    intro: { type: Boolean },
  };

  /**
   * Level of the section headings (2 to 6); subsections are one level deeper (at 6, level 6 too:
   * HTML has no seventh), and the document's title is one level higher (but never above 2).
   */
  headingLevel: HeadingLevel = 2;

  /**
   * Space-separated ids of the sections and subsections to show, in the document's order, without
   * the document's title and introduction: several elements can then place other content between
   * sections. A named section comes with all its subsections, or with only those named too; a
   * subsection named without its section comes on its own, one level below the sections. Without
   * it, the whole document. An id the document lacks is a content error (`tc-error`, path `$.sections`).
   */
  sections?: string;

  /**
   * With `sections`, the document's introduction too, before them, without the title (the page
   * gives its own heading). For the top of a page: one element loads and appears whole, where an
   * introduction in an element of its own moves what is under it when it arrives (at any width its
   * reserved height was not measured at).
   */
  intro = false;

  protected readonly spec = policySectionsSpec;
  protected readonly defaultDocument = 'policy-sections.json';

  // Once per element: a page that moves the widget later (into a tab panel, a drawer) must not
  // have focus and scroll jump back to the fragment's section.
  #revealOnLoad = true;
  #stopFollowing?: () => void;
  // A section that a displayed element of this kind before this one shows too is gone to there.
  // (revealLocationHash(), called by a router, reveals it where it is asked to.)
  readonly #followFragment = () => holdsFragmentFirst(this) && this.revealLocationHash();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopFollowing = onFragmentNavigation(this.#followFragment);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopFollowing?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The new choice may name what the document lacks: check it again (the document is cached).
    if (changed.has('sections')) this.reselect();
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.document) return;
    // The page's #fragment was read before this content existed: honour it once the sections are here.
    // (revealLocationHash() reads #revealOnLoad: still true while it reveals.)
    if (this.#revealOnLoad) {
      this.#followFragment();
      this.#revealOnLoad = false;
    }
  }

  /**
   * Scrolls the section or subsection named by the URL's fragment into view and focuses its heading,
   * so keyboard and screen reader users start reading there too. Returns whether it was found here.
   */
  revealLocationHash(): boolean {
    const id = idFromHash();
    // Only sections have ids here (headings and rich text have none): whatever is found is one.
    const root = this.renderRoot as ShadowRoot | undefined;
    // (getElementById('') is null: no fragment finds nothing.)
    const target = root?.getElementById(id);
    if (!target) return false;
    // First, so that a heading in a collapsed <details> of the page is shown and can take focus.
    scrollToTarget(target);
    const heading = target.querySelector<HTMLElement>(':scope>:is(h2,h3,h4,h5,h6)');
    // As the FAQ's: on the first load only from nothing, and never from a field the reader types in.
    if (heading && deepLinkMayFocus(this.#revealOnLoad)) {
      // In the tab order while it has focus, and only then: from a heading focused with tabindex=-1
      // in a shadow root, Chromium's Tab goes back to the root's first link when nothing after the
      // heading there takes focus, instead of on to the page.
      // Not as the window loses focus (the reader in another tab or app), when the heading keeps
      // it: out of the tab order, it could not be given focus back when the reader returned.
      heading.tabIndex = 0;
      heading.onblur = () => root!.activeElement != heading && heading.removeAttribute('tabindex');
      heading.focus({ preventScroll: true });
      // A heading that could not take focus (the widget in a hidden tab panel, or inert) would
      // never lose it, and stay a stop for everyone who tabs by. (Not `:focus`: Chromium and
      // Firefox match it only while the window has focus, and a link opened in a background tab
      // would lose the heading it focused.)
      if (root!.activeElement != heading) heading.removeAttribute('tabindex');
    }
    return true;
  }

  /** The sections' level; the title and the subsections are counted from it. */
  get #level(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  protected contentName(): string {
    return msg('Data policies', { desc: 'Names the policy sections (how customer data is located, accessed and deleted) for screen readers when they cannot be shown, before the error ("Data policies: The content could not be loaded…") and after Try again.' });
  }

  protected renderDocument(document: PolicySectionsDocument): TemplateResult {
    const wanted = this.#wantedIds();
    const shown = (part: { id: string }) => !wanted || wanted.has(part.id);
    return html`
      ${wanted ? nothing : renderHeading(this.#level - 1, document.title, 'title')}${wanted && !this.intro ? nothing : renderRichText(document.intro)}
      ${document.sections.map((section) => {
        const all = section.subsections ?? [];
        const named = all.filter(shown);
        return shown(section) ? this.#renderSection(section, named.length > 0 ? named : all) : named.map((subsection) => this.#renderSubsection(subsection));
      })}
    `;
  }

  #renderSection(section: PolicySection, subsections: PolicySubsection[]): TemplateResult {
    return html`<section id=${section.id} part="section">
      ${renderHeading(this.#level, section.title, 'section-title')} ${renderRichText(section.body)}
      ${subsections.map((subsection) => this.#renderSubsection(subsection))}
    </section>`;
  }

  #renderSubsection(subsection: PolicySubsection): TemplateResult {
    return html`<section id=${subsection.id} part="subsection">
      ${renderHeading(this.#level + 1, subsection.title, 'subsection-title')} ${renderRichText(subsection.body)}
    </section>`;
  }

  #wantedIds(): Set<string> | undefined {
    const ids = this.sections?.split(/\s+/).filter(Boolean) ?? [];
    return ids.length > 0 ? new Set(ids) : undefined;
  }

  /** A section id the page names and the document lacks is shown and reported as a content error, as the sidebar's groups are. */
  protected override findSelectionProblem(document: PolicySectionsDocument): ContentProblem | undefined {
    const known = new Set(document.sections.flatMap((section) => [section, ...(section.subsections ?? [])]).map((part) => part.id));
    const unknown = [...(this.#wantedIds() ?? [])].filter((id) => !known.has(id));
    return unknown.length > 0 ? { path: '$.sections', message: `no section or subsection has the id ${unknown.map((id) => `"${id}"`).join(', ')}` } : undefined;
  }
}
