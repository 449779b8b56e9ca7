import { html, nothing, type TemplateResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { baseStyles } from '../../core/base.styles.js';
import { KitElement } from '../../core/moved-styles.js';
import { getLocale, onLocaleChange, prefetchLocale, setLocale, supportedLocales, uiStringsLocale, type Locale } from '../../core/locale.js';
import { localeSwitchStyles } from './locale-switch.styles.js';

/** Where `remember` keeps the reader's choice. */
export const LOCALE_STORAGE_KEY = 'trust-widgets-locale';

/** Each locale by its own name, which its readers recognise whatever language the page is in. */
const ownNames: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

export interface TcLocaleChangeDetail {
  locale: Locale;
}

/** The locale switch changed the kit's locale. Bubbles and crosses shadow roots.
 */
export class TcLocaleChangeEvent extends CustomEvent<TcLocaleChangeDetail> {
  constructor(locale: Locale) {
    super('tc-locale-change', { bubbles: true, composed: true, detail: { locale } });
  }
}

/**
 * Lets the reader choose the language of every widget on the page, which switches at once, without
 * a reload. The locales are buttons named in their own language; the current one is marked
 * `aria-current="true"`. Not a radio group: arrow keys would switch the whole page's language at
 * every step (WCAG 3.2.2), and nothing is submitted afterwards. What a language needs starts loading
 * when a pointer rests on its button or the button gets focus (`prefetchLocale`), so the click finds
 * it loaded or on its way.
 *
 * @summary Switches the kit between English and Simplified Chinese.
 * @csspart list - The list of locales, labelled "Language".
 * @csspart button - Each locale's button; the current one has `aria-current="true"`.
 * @csspart current - The current locale's button, a `button` part too: `::part(current)`, after a page's `::part(button)` rules, styles it apart. A `::part(button):hover` fill wins over it wherever it comes (the :hover is more specific): give `::part(current):hover` the current colours too.
 * @cssprop --tc-color-link - Border and text of the buttons, background of the current one.
 * @cssprop --tc-color-surface - Background of the buttons, text of the current one.
 * @cssprop --tc-color-focus - Focus ring colour.
 * @cssprop --tc-font-family - Font of the buttons.
 * @cssprop --tc-font-size - Base font size (default: the reader's default size).
 * @cssprop --tc-line-height - Line height of the buttons' text.
 * @cssprop --tc-radius - Corner radius of the buttons.
 * @fires {TcLocaleChangeEvent} tc-locale-change - The switch changed the locale, by the reader's choice or a remembered one. `detail: {locale}`.
 */
// A KitElement (core/moved-styles.ts): a page that builds a Picture-in-Picture window or a frame
// with the FAQ and a switch it created appends the switch there, and as a plain LitElement its
// first connection threw (every browser refuses the kit's document's style sheets in another
// document's shadow root), uncaught, which error monitors log, and it showed nothing. About 110 B
// of the switch's own entry; 3 B of the script, which has the content widgets' copy. It still
// belongs in the page's own header: a frame that closes with it inside stays in memory (its
// pageshow listener is on the kit's window; docs/embedding.md, "Other documents").
export class TcLocaleSwitch extends KitElement {
  static override styles = [baseStyles, localeSwitchStyles];

  static override properties: PropertyDeclarations = {
    setDocumentLang: { type: Boolean, reflect: true, attribute: 'set-document-lang' },
    remember: { type: Boolean, reflect: true },
  };

  /** Also sets `<html lang>` to the chosen locale, for the host page's own text and tools. */
  setDocumentLang = false;

  /**
   * Keeps the choice in localStorage ("trust-widgets-locale") and applies it when the page loads:
   * once, by the first switch with `remember` to connect, and only until a locale is chosen on a
   * switch of the page, so a switch mounted later (a single-page app's next route, a header moved
   * into a menu) or given `remember` later does not undo a choice made since. Applied again when the
   * browser brings the page back from its back/forward cache, as a page loaded anew would be.
   */
  remember = false;

  #unsubscribeLocale?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // The locale may also change elsewhere (another switch, setLocale, <html lang>), and may have
    // while the switch was off the page, unheard: it renders again when it is back.
    const stop = onLocaleChange(() => this.requestUpdate());
    // A page the browser kept in its back/forward cache comes back as it was left, in the language
    // of then: a choice made since on another page (or tab) is applied, as a page loaded anew (the
    // same Back without that cache) applies it. By a switch with `remember` only: one without,
    // after it, set the count back to none for good, and the next update of the one with undid a
    // locale set since (setLocale, <html lang>), or a switch mounted later did.
    const shown = (event: PageTransitionEvent) => event.persisted && this.remember && ((choicesMade = 0), this.#recall());
    addEventListener('pageshow', shown);
    this.#unsubscribeLocale = () => (stop(), removeEventListener('pageshow', shown));
    this.requestUpdate();
    // Now, before the content widgets' first updates ask for their documents in the default locale,
    // and again at each update: `remember` given as a property before the kit defined the tag (a
    // page's script, or an app's template, that ran first) is still false here, as Lit applies it
    // at the first update. (Not by calling willUpdate: a subclass's would get no changed properties.)
    this.#recall();
  }

  // (Declared with the changed properties Lit gives it, for a subclass's override.)
  protected override willUpdate(_changed: PropertyValues): void {
    this.#recall();
  }

  /** Applies the remembered choice, unless a choice has been made on this page already. */
  #recall(): void {
    const remembered = this.remember && !choicesMade++ && storage();
    if (remembered) void this.#choose(remembered);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeLocale?.();
  }

  async #choose(locale: Locale): Promise<void> {
    // The reader's choice, on any switch, or the remembered one: either is the page's from now on.
    choicesMade++;
    // Applying the stored choice stores it again: storage ignores a value it already holds.
    if (this.remember) storage(locale);
    // The choices still loading are compared with the locale before the first of them, not each with
    // the one it found: a second click on Chinese while its strings load (a double click, a slow
    // network) found Chinese already and, overtaken, the first told of nothing.
    choiceFrom ??= getLocale();
    const switching = (latestChoice = setLocale(locale));
    // After setLocale, so that the kit's own watch on <html lang> finds nothing left to do.
    if (this.setDocumentLang) document.documentElement.lang = locale;
    this.requestUpdate();
    await switching;
    // Unless a later choice, on any switch, or a locale set elsewhere overtook this one while the new
    // UI strings loaded: Chinese, English and Chinese again, quicker than the Chinese strings load,
    // is one change to Chinese, not two.
    if (switching !== latestChoice) return;
    const previous = choiceFrom;
    // Before the event: a listener may make the next choice.
    choiceFrom = undefined;
    if (locale !== previous && getLocale() === locale) this.dispatchEvent(new TcLocaleChangeEvent(locale));
  }

  protected override render(): TemplateResult {
    const current = getLocale();
    // (aria-current: true is written "true", nothing leaves it out.)
    // Marked in the language of its label, which stays English when the Chinese strings could not load.
    // role="list": WebKit takes a list without markers outside a navigation landmark for layout, and
    // VoiceOver read "Language, group", not a list of two.
    return html`<div class="root" dir="ltr" lang=${uiStringsLocale()}>
      <ul part="list" role="list" aria-label=${msg('Language', { desc: 'Name of the list of language buttons, read by screen readers.' })}>
        ${supportedLocales.map(
          (locale) =>
            html`<li>
              <button
                part="button ${locale === current ? 'current' : ''}"
                type="button"
                lang=${locale}
                aria-current=${locale === current || nothing}
                @click=${() => this.#choose(locale)}
                @pointerenter=${prefetch}
                @focus=${prefetch}
              >${ownNames[locale]}</button>
            </li>`,
        )}
      </ul>
    </div>`;
  }
}

/** A pointer on a language's button, or focus: the reader may be about to choose it (prefetchLocale). */
const prefetch = (event: Event) => prefetchLocale((event.currentTarget as HTMLElement).lang);

/**
 * How many times a switch with `remember` has read what was stored, or a switch has chosen a locale,
 * on this page. The first read alone applies what was stored, and not after a choice: a switch
 * with `remember` mounted later (a single-page app's next route), or given `remember` later, does
 * not undo a choice made since.
 */
let choicesMade = 0;
/** The latest choice on this page: only it tells of its locale (see #choose). */
let latestChoice: Promise<void> | undefined;
/** The locale before the pending choices, if any (see #choose). */
let choiceFrom: Locale | undefined;

// Storage can be missing or throw (disabled cookies, sandboxed frames, a full quota): the switch
// then still works, for this page only. One function stores `locale`, or without it reads what was
// stored (one of the switch's locales, or undefined).
function storage(locale?: Locale): Locale | undefined {
  try {
    if (locale) localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
    return supportedLocales.find((known) => known === stored);
  } catch {
    return undefined;
  }
}

declare global {
  // Bubbling out of shadow roots, it reaches the document and the window: typed there too.
  interface HTMLElementEventMap {
    'tc-locale-change': TcLocaleChangeEvent;
  }
  interface DocumentEventMap {
    'tc-locale-change': TcLocaleChangeEvent;
  }
  interface WindowEventMap {
    'tc-locale-change': TcLocaleChangeEvent;
  }
}
