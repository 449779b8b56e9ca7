import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { ContentElement } from '../../core/content-element.js';
import { faqSpec } from '../../core/documents/faq.js';
import { clampHeadingLevel, renderHeading, type HeadingLevel } from '../../core/heading.js';
import { deepLinkMayFocus, holdsFragmentFirst, idFromHash, onFragmentNavigation, scrollToTarget } from '../../core/deep-link.js';
import { uiStringsLocale } from '../../core/locale.js';
import { copyText } from './faq-clipboard.js';
import { ANSWER_SUFFIX, renderEntry } from './faq-entry.js';
import { TcFaqToggleEvent } from './faq-events.js';
import { FaqSearchIndex, parseQuery } from './faq-search.js';
import { FaqTextCache } from './faq-text-cache.js';
import { faqStyles } from './faq.styles.js';
import type { FaqDocument, FaqEntry } from '../../core/content-types.js';

// The event's class, for an app that registers the element under its own name.
export { TcFaqToggleEvent, type TcFaqToggleDetail } from './faq-events.js';

export type FaqMode = 'single' | 'multiple';

/** APG: more regions than this, open at once, crowd the landmark list; then panels are plain. */
const MAX_REGIONS = 6;

/** How long typing pauses before the search's result count is announced (as the retention calculator's answer). */
const SEARCH_PAUSE_MS = 1000;

/**
 * From this many entries, closed entries out of view skip layout (faq.styles.ts). A shorter FAQ
 * lays out whole: its height is then exact from the first frame, where skipped entries are
 * estimated and grow when a deep link scrolls to them, moving what follows the FAQ on screen.
 */
const LONG_FAQ = 50;

/**
 * Frequently asked questions as an accordion (WAI-ARIA APG): each question is a button in a
 * heading that opens its answer. Arrow keys, Home and End move between questions. Answers stay in
 * the page while closed (`hidden="until-found"`), so the browser's find-in-page finds text in them
 * and opens them. Every entry is a deep link (`#<entry id>`). With `searchable`, a search box
 * filters the questions as you type, in English and Chinese.
 *
 * Built for long FAQs: one event listener per kind for the whole list, no per-entry objects, and
 * the search text of a document indexed once.
 * @summary The FAQ accordion of the trust center.
 * @csspart title - The FAQ's title.
 * @csspart toolbar - The bar with the search box and the expand-all button.
 * @csspart search-input - The search box.
 * @csspart toggle-all - The "Expand all" / "Collapse all" button.
 * @csspart results - The search's result count ("3 results", "No results"), as shown. Screen readers hear it from a polite live region once typing pauses.
 * @csspart entries - The list of entries.
 * @csspart entry - One question and its answer.
 * @csspart question-heading - The heading around a question.
 * @csspart question - The button that opens and closes an answer.
 * @csspart open - The question of an open answer, a `question` part too: `::part(open)`, after a page's `::part(question)` rules, styles it apart (and `::part(open):hover` after a `::part(question):hover`, which wins over `::part(open)` wherever it comes).
 * @csspart answer - An answer.
 * @csspart paragraph - A paragraph of an answer.
 * @csspart list - A list in an answer.
 * @csspart link - A link in an answer.
 * @csspart copy-link - The button that copies the link to an entry.
 * @csspart match - A search match (a `<mark>`).
 * @csspart empty - The message of an FAQ without questions.
 * @cssprop --tc-color-border - Rules between entries, and the border of the Copy link buttons.
 * @cssprop --tc-color-control-border - Border of the search box.
 * @cssprop --tc-color-highlight - Background of search matches.
 * @cssprop --tc-color-muted - Result count and secondary text.
 * @cssprop --tc-color-surface - Background of buttons and the search box.
 * @cssprop --tc-radius - Corner radius of buttons, the search box and the error box.
 * @cssprop --tc-color-heading - Colour of the FAQ's title (a heading when heading-level is 3 or more) and of the questions (default: the text colour).
 * @cssprop --tc-color-error-background - Background of the error box.
 * @cssprop --tc-loading-min-height - Least height of the loading message, which the content then replaces.
 * @cssprop --tc-line-height - Line height of the widget's text.
 * @fires {TcFaqToggleEvent} tc-faq-toggle - An entry opened or closed, whatever the cause. `detail: {id, open}`; bubbles out of shadow roots.
 */
export class TcFaq extends ContentElement<'faq'> {
  static override styles = [...ContentElement.styles, faqStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    mode: { reflect: true },
    searchable: { type: Boolean, reflect: true },
    syncHash: { type: Boolean, attribute: 'sync-hash' },
    openIds: { state: true },
    query: { state: true },
    announcement: { state: true },
  };

  /** Level of each question's heading (2 to 6); the FAQ's title is one level above. */
  headingLevel: HeadingLevel = 3;

  /** `multiple` lets any number of answers be open; `single` closes the others when one opens. */
  mode: FaqMode = 'multiple';

  /** Shows a search box that filters the entries by question and answer text. */
  searchable = false;

  /** Keeps the URL's fragment on the open entry (with history.replaceState: no history entries). */
  syncHash = false;

  private openIds: ReadonlySet<string> = new Set();
  private query = '';
  private announcement = '';
  /**
   * The UI locale `announcement` is in: after a switch it is not left in the live region, in a
   * language the region's lang no longer names, and is forgotten (''), not to be spoken again on
   * switching back.
   */
  #announcedIn?: string;

  protected readonly spec = faqSpec;
  protected readonly defaultDocument = 'faq.json';

  #index?: FaqSearchIndex;
  #terms: string[] = [];
  /** Whether each entry passes the search, in document order. */
  #shown: boolean[] = [];
  #lastOpened?: string;
  #hashHandled = false;
  #searchPause?: ReturnType<typeof setTimeout>;
  /** The "Copy link" button's paragraph that shows what its last copy did. */
  #copied?: HTMLElement;
  readonly #texts = new FaqTextCache();

  #stopFollowing?: () => void;
  readonly #followFragment = () => this.#revealFromHash(true);

  override connectedCallback(): void {
    super.connectedCallback();
    // On the shadow root, not on the list of entries: browsers tell assistive technology that an
    // element with a click listener is clickable (Chromium keeps the list's bare div in its
    // accessibility tree for it), and the whole list was one more thing to click besides its
    // buttons. (Added once: the same function added again is ignored.)
    this.renderRoot.addEventListener('click', this.#onClick);
    this.#stopFollowing = onFragmentNavigation(this.#followFragment);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopFollowing?.();
  }

  /** The ids of the open entries, in document order. */
  get openEntries(): string[] {
    return this.#entries.filter((entry) => this.openIds.has(entry.id)).map((entry) => entry.id);
  }

  /** Opens every entry. In `single` mode only one entry can be open, so this does nothing. */
  expandAll(): void {
    if (this.mode !== 'single') this.#setEntries(this.#entries.map((entry) => entry.id), true);
  }

  /** Closes every entry. */
  collapseAll(): void {
    const hashed = idFromHash();
    if (this.openIds.has(hashed)) this.#writeHash(hashed, false);
    this.#setOpen(new Set());
  }

  /**
   * Opens or closes (`force`) or toggles the entry `id`; returns whether it is open now. An entry
   * the current search hides is shown: the search is cleared, as for a deep link.
   */
  toggle(id: string, force?: boolean): boolean {
    const at = this.#entries.findIndex((entry) => entry.id === id);
    if (at === -1) return false;
    const open = force ?? !this.openIds.has(id);
    if (open && this.#shown[at] === false) this.query = '';
    this.#setEntry(id, open);
    return open;
  }

  get #entries(): readonly FaqEntry[] {
    return this.document?.entries ?? [];
  }

  /**
   * Keyboard focus in an entry that this update may rebuild (a new document or locale builds new
   * answers) or reuse for another entry (entries render in place, so in a document that orders
   * them differently, the focused question's button is another entry's): the entry's answer id, and
   * which of the answer's links and buttons had focus (-1: the question).
   */
  #entryFocus?: { id: string; index: number };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const active = (this.renderRoot as ShadowRoot | undefined)?.activeElement;
    // An entry's last element is its answer.
    const answer = active?.closest('.entry')?.lastElementChild;
    this.#entryFocus = answer ? { id: answer.id, index: [...answer.querySelectorAll('a, button')].indexOf(active!) } : undefined;
    const changedState = changed as Map<PropertyKey, unknown>;
    // A new document also empties the live region: what it said (a count, "Link copied") was of the
    // one before, as the count of a search typed while the next locale's document loaded.
    if (changedState.has('document')) {
      this.#index = this.document ? new FaqSearchIndex(this.document.entries) : undefined;
      this.#announcedIn = '';
    }
    if (changedState.has('document') || changedState.has('query') || changed.has('searchable')) {
      const before = '' + this.#shown;
      this.#terms = this.searchable ? parseQuery(this.query) : [];
      this.#shown = this.#index?.filter(this.#terms) ?? [];
      // A new document under a search (a language switch, Try again) that changes what it finds
      // says the count, as typing would: a reader who heard "2 results" while the Chinese FAQ
      // loaded met an empty list, and silence, when it came with none. Said once: the pause after
      // typing that was still running would have said it again.
      if (changedState.has('document') && '' + this.#shown != before) {
        this.#announce(this.#describeResults());
      }
    }
    if (changed.has('mode') && this.mode === 'single' && this.openIds.size > 1) {
      const keep = this.#lastOpened !== undefined && this.openIds.has(this.#lastOpened) ? this.#lastOpened : this.openEntries[0];
      this.#setOpen(new Set(keep === undefined ? [] : [keep]));
    }
    // The entry the page was loaded with opens in the first render of the content, not in a second
    // one after it (a thousand entries rendered twice, and Lit's dev mode warns of it). No search
    // can hide it yet: the search field comes with the content.
    if (this.document && !this.#hashHandled) {
      this.#hashHandled = true;
      this.#revealFromHash(false);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Focus went with the entry it was in: back to the same control of the new answer, or, when it
    // was on the question or the answer was closed (toggle(), collapseAll() from the host), to the
    // question, wherever the entry now is.
    // (A control in a closed answer may keep focus, unseen: that counts as lost.)
    const focus = this.#entryFocus;
    const root = this.renderRoot as ShadowRoot;
    const inOpenAnswer = () => root.activeElement?.closest('.answer:not([hidden])');
    if (focus && !inOpenAnswer()) {
      const answer = root.getElementById(focus.id);
      if (!answer?.hidden) answer?.querySelectorAll<HTMLElement>('a, button')[focus.index]?.focus();
      if (!inOpenAnswer()) root.getElementById(focus.id.slice(0, -ANSWER_SUFFIX.length))?.focus();
    }
    // New content or a new language under a search may hide the focused question, or disable
    // Expand all (no result left): focus would drop to the page. It goes to the search instead.
    if (root.activeElement?.matches(':disabled,[hidden] *')) root.querySelector('input')?.focus();
  }

  protected contentName(): string {
    return msg('Frequently asked questions', { desc: 'Names the FAQ for screen readers when it cannot be shown, before the error ("Frequently asked questions: The content could not be loaded…") and after Try again.' });
  }

  protected renderDocument(document: FaqDocument): TemplateResult {
    const level = clampHeadingLevel(this.headingLevel, 3);
    const uiLang = this.uiLang;
    const title =
      level > 2 ? renderHeading(level - 1, document.title, 'title') : html`<p class="title" part="title">${document.title}</p>`;
    if (document.entries.length === 0) {
      return html`${title}<p class="empty" part="empty" lang=${uiLang}>${msg('No questions yet.')}</p>`;
    }
    const highlight = this.#terms.length > 0 && this.#index ? this.#index.highlighter(this.#terms) : undefined;
    // While the next locale's document loads (a switch), the answers stay those of the document
    // shown: built again in the new UI strings, they would be rebuilt once more when it arrives
    // (a 1,000-entry FAQ's switch to English, whose strings come at once, took twice as long).
    this.#texts.prepare(document, this.status === 'loading' ? '' : uiStringsLocale(), this.#terms, msg('Copy link', { desc: 'Button beside a question: copies a link to that question to the clipboard.' }), uiLang);
    // Landmarks only where few panels can be open at once (APG); otherwise plain panels.
    const regions = this.mode === 'single' || document.entries.length <= MAX_REGIONS;
    // One template instance per entry: this loop is what a thousand-entry FAQ pays for on every
    // render. Closed answers are not marked: the marks would not be seen, and a long FAQ would pay
    // for each.
    return html`
      ${title} ${this.#renderToolbar(uiLang)}
      <div class=${document.entries.length < LONG_FAQ ? 'entries' : 'entries long'} part="entries" @keydown=${this.#onKeydown} @beforematch=${this.#onBeforeMatch}>
        ${document.entries.map((entry, at) => {
          const shown = this.#shown[at] ?? true;
          const open = this.openIds.has(entry.id);
          return renderEntry(
            level,
            entry.id,
            shown,
            open,
            regions,
            shown && highlight ? this.#texts.question(entry, highlight) : entry.question,
            this.#texts.answer(entry, shown && open ? highlight : undefined),
          );
        })}
      </div>
      <div class="visually-hidden" role="status" lang=${uiLang}>${this.#announcedIn === uiStringsLocale() ? this.announcement : (this.#announcedIn = '')}</div>
    `;
  }

  #renderToolbar(uiLang: string | typeof nothing): TemplateResult {
    const shownIds = this.#entries.filter((_, at) => this.#shown[at] ?? true).map((entry) => entry.id);
    const allOpen = shownIds.length > 0 && shownIds.every((id) => this.openIds.has(id));
    // Texts that change as the reader works are set as the element's textContent, not bound as text:
    // a page translator that reaches into shadow roots puts its own nodes in place of the text node
    // Lit rendered, and Lit goes on writing each new text as `.data` of the node after its marker,
    // now the translator's <font>, where it shows nothing. The label and the count stayed at what
    // the translator had found there first ("10 results" for every later search).
    // Expand all is expanded once every answer shown is open: a screen reader says so as it changes,
    // not the new name of the button it is on (Orca said nothing at all when it was pressed).
    return html`
      <div class="toolbar" part="toolbar" lang=${uiLang}>
        ${this.searchable
          ? html`<div class="search" role="search">
              <!-- "_": content ids, which are also element ids here, cannot start with it. -->
              <label for="_search">${msg('Search questions', { desc: 'Label of the field that filters the questions by the words typed.' })}</label>
              <input
                id="_search"
                part="search-input"
                type="search"
                autocomplete="off"
                enterkeyhint="search"
                .value=${this.query}
                @focus=${this.#onSearchFocus}
                @input=${this.#onSearchInput}
                @compositionend=${this.#onSearchInput}
                @keydown=${this.#onSearchKeydown}
              />
            </div>`
          : nothing}
        ${this.mode !== 'single'
          ? html`<button
              class="toggle-all"
              part="toggle-all"
              type="button"
              ?disabled=${!shownIds.length}
              aria-expanded=${allOpen}
              @click=${() => this.#setEntries(shownIds, !allOpen)}
              .textContent=${allOpen ? msg('Collapse all', { desc: 'Button: closes every answer.' }) : msg('Expand all', { desc: 'Button: opens every answer.' })}
            ></button>`
          : nothing}
      </div>
      ${this.searchable ? html`<p class="results" part="results" lang=${uiLang} .textContent=${this.#describeResults()}></p>` : nothing}
    `;
  }

  #describeResults(): string {
    if (this.#terms.length === 0) return '';
    const count = this.#shown.filter(Boolean).length;
    if (count === 0) return msg('No results', { desc: 'No question matches the search.' });
    if (count === 1) return msg('1 result');
    const formatted = count.toLocaleString(uiStringsLocale());
    return msg(str`${formatted} results`, { desc: 'How many questions match the search (2 or more); formatted is the number as written in the language.' });
  }

  /**
   * The first number a browser tab formats in a locale loads that locale's number data: 15 ms, and
   * 60 ms at a 4x slower CPU (Chromium), which the first keystroke of a search paid, on top of the
   * filtering, in a tab where nothing had formatted a number yet. It is paid as the reader comes to
   * the search box instead, where nothing else is being done: in a task after the frame that shows
   * the focus. Paid in the focus event itself, it held that frame back, and the click (or Tab) that
   * focused the box took 56 of its 88 ms there (4x).
   */
  #onSearchFocus(): void {
    requestAnimationFrame(() => setTimeout(() => (0).toLocaleString(uiStringsLocale())));
  }

  #onSearchInput(event: Event): void {
    // While an input method composes (pinyin), the field holds Latin letters that are not the query.
    // Against English content they are: Android's keyboards compose every English word as it is
    // typed, and the search stood still until the reader's space.
    if ((event as InputEvent).isComposing && this.documentLocale != 'en') return;
    this.query = (event.target as HTMLInputElement).value;
    // The count on screen follows each keystroke; screen readers hear it once typing pauses, not
    // a queue of counts ("12 results", "8 results", "5 results"…) for every word typed.
    clearTimeout(this.#searchPause);
    this.#searchPause = setTimeout(() => this.#announce(this.#describeResults()), SEARCH_PAUSE_MS);
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement;
    // Not the Enter or Escape of an input method (choosing or dismissing its candidates): Safari
    // sends them after compositionend, no longer composing, but with the input method's keyCode
    // (229), as Linux input methods can.
    if (event.isComposing || event.keyCode === 229) return;
    // Enter (a phone keyboard's Search key, enterkeyhint) goes to the results: to the first question
    // shown, from where the arrow keys go through them. Otherwise it did nothing, and a phone's
    // keyboard stayed up over the results. Not pressed on there too: it would open the answer.
    // With a modifier, Enter is the browser's, the host's or a screen reader's, as on a question.
    if (event.key == 'Enter' && !(event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)) {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('.entry:not([hidden]) .question')?.focus();
      return;
    }
    if (event.key !== 'Escape' || !input.value) return;
    // Handled here in every browser (Chromium alone clears search fields on Escape itself); a host's
    // dialog does not close on the Escape that only cleared the search.
    event.preventDefault();
    event.stopPropagation();
    input.value = '';
    // The count goes with the search: left in the live region, a reading cursor finds it there.
    this.query = this.announcement = '';
  }

  readonly #onClick = (event: Event): void => {
    const button = (event.target as Element).closest('button');
    if (button?.classList.contains('question')) {
      this.#setEntry(button.id, !this.openIds.has(button.id));
      // In single mode the question stays on screen: the answer that closes above it takes its
      // height away, and from a long answer read to its end (a phone) the question went off the top
      // of the view. Scroll anchoring cannot keep it when the view's top is in that answer; Safari
      // has none. Before the next frame is drawn, with the layout that frame would do anyway; at once
      // on a page that scrolls smoothly (Bootstrap's :root), where it went off the top and glided back.
      if (this.mode === 'single') requestAnimationFrame(() => button.scrollIntoView({ block: 'nearest', behavior: 'instant' }));
    } else if (button?.classList.contains('copy-link')) void this.#copyLink(button);
  };

  /** APG accordion keys: Down and Up move to the next and previous question, Home and End to the ends. */
  #onKeydown(event: KeyboardEvent): void {
    const target = event.target as Element;
    if (!target.classList.contains('question') || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // The entries the search leaves, in order; from either end, the keys go round to the other.
    const shown = [...(event.currentTarget as Element).children].filter((entry) => !(entry as HTMLElement).hidden);
    const at = shown.indexOf(target.closest('.entry')!);
    let next: Element | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = shown[(at + 1) % shown.length];
        break;
      case 'ArrowUp':
        next = shown.at(at - 1);
        break;
      case 'Home':
        next = shown[0];
        break;
      case 'End':
        next = shown.at(-1);
        break;
      default:
        return;
    }
    event.preventDefault();
    next?.querySelector<HTMLElement>('.question')?.focus();
  }

  /** Find-in-page (or a text fragment) is about to reveal a closed answer: open its entry. */
  #onBeforeMatch(event: Event): void {
    const answer = event.target as Element;
    if (answer.classList.contains('answer')) this.#setEntry(answer.id.slice(0, -ANSWER_SUFFIX.length), true);
  }

  #setEntry(id: string, open: boolean): void {
    if (open === this.openIds.has(id)) return;
    const next = new Set(open && this.mode === 'single' ? [] : this.openIds);
    if (open) {
      next.add(id);
      this.#lastOpened = id;
      this.#quiet(id, false);
    } else next.delete(id);
    this.#writeHash(id, open);
    this.#setOpen(next);
  }

  /**
   * Entries opened together (Expand all) are quiet: in a long FAQ they open without the fade, and
   * those out of view skip layout (faq.styles.ts). A thousand answers laid out and faded at once
   * froze the page for 1.6 s at a 4x slower CPU, and each keystroke of a search after it for 1 to
   * 2 s (0.2 s now, and 0.15 to 0.35 s). An entry opened on its own is not quiet.
   */
  #setEntries(ids: readonly string[], open: boolean): void {
    const next = new Set(this.openIds);
    for (const id of ids) {
      if (open) {
        next.add(id);
        this.#quiet(id, true);
      } else next.delete(id);
    }
    if (!open) {
      const hashed = idFromHash();
      if (ids.includes(hashed)) this.#writeHash(hashed, false);
    }
    this.#setOpen(next);
  }

  #quiet(id: string, quiet: boolean): void {
    (this.renderRoot as ShadowRoot | undefined)?.getElementById(id + ANSWER_SUFFIX)?.classList.toggle('quiet', quiet);
  }

  /** Applies a new set of open entries and reports each change, in document order. */
  #setOpen(next: ReadonlySet<string>): void {
    const before = this.openIds;
    this.openIds = next;
    for (const { id } of this.#entries) {
      const open = next.has(id);
      // (A listener may have changed the entry since: its own event said so.)
      if (open !== before.has(id) && open === this.openIds.has(id)) this.dispatchEvent(new TcFaqToggleEvent({ id, open }));
    }
  }

  /** With sync-hash, the URL names the entry just opened, and names none once it closes. */
  #writeHash(id: string, open: boolean): void {
    if (!this.syncHash) return;
    const url = new URL(location.href);
    if (open) url.hash = id;
    else if (idFromHash(url.hash) === id) url.hash = '';
    else return;
    try {
      if (url.href !== location.href) history.replaceState(history.state, '', url.href);
    } catch {
      // WebKit (Safari, every iOS browser) throws past 100 changes of the URL in 10 s: a reader
      // holding Enter down on a question, or a page's own scroll spy, gets there. The URL then
      // keeps its fragment; the entry opens or closes all the same.
    }
  }

  /** A page loaded with, or navigated to, `#<entry id>`: open that entry and bring it into view. */
  #revealFromHash(followed: boolean): void {
    const id = idFromHash();
    // As toggle() does, an entry the search hides is shown.
    if (!this.toggle(id, true)) return;
    this.#lastOpened = id;
    // The scroll waits until a frame has shown the opened entry where it is. Opened and scrolled to
    // in one frame, everything after it on the page would move on screen by the answer's height (a
    // layout shift: 0.19 at 375 px on the demo's FAQ page); drawn first, that move happens out of
    // view, and then the page only scrolls.
    void this.updateComplete.then(() => requestAnimationFrame(() => requestAnimationFrame(() => this.#scrollToEntry(id, followed))));
  }

  #scrollToEntry(id: string, followed: boolean): void {
    const question = (this.renderRoot as ShadowRoot | undefined)?.getElementById(id);
    // Another FAQ before this one that has the entry too goes there instead (it opens in both).
    if (!question || !holdsFragmentFirst(this)) return;
    // The browser cannot scroll to an element in a shadow root by itself.
    scrollToTarget(question.closest('.entry')!);
    // Keyboard users continue from the entry, as after any link to a part of the page: the link
    // just followed (the page's or another widget's) gives focus up. Focus is never taken from a
    // field the reader types in (this FAQ's search, a page's text field or editor), nor, on page load,
    // from anything.
    if (deepLinkMayFocus(!followed)) question.focus({ preventScroll: true });
  }

  async #copyLink(button: HTMLElement): Promise<void> {
    const url = new URL(location.href);
    url.hash = button.getAttribute('aria-describedby')!;
    const message = (await copyText(url.href, this.renderRoot as ShadowRoot)) ? msg('Link copied') : msg('The link could not be copied.');
    // The status region speaks only to screen readers: the outcome is shown beside the button too
    // (faq.styles.ts), for the last link copied only.
    this.#copied?.removeAttribute('data-status');
    (this.#copied = button.parentElement!).dataset.status = message;
    this.#announce(message);
  }

  /**
   * Says `message` through the polite live region, again even when it repeats. A count still waiting
   * for typing to pause is dropped: said after "Link copied", it was the last word, of a search the
   * reader had left.
   */
  #announce(message: string): void {
    clearTimeout(this.#searchPause);
    this.announcement = '';
    this.#announcedIn = uiStringsLocale();
    void this.updateComplete.then(() => (this.announcement = message));
  }
}
