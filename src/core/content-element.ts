import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { ContentError } from './content-error.js';
import { loadDocument, defaultContentUrl, onContentSourceChange, type LoadedDocument } from './content-store.js';
import { getLocale, onLocaleChange, prefetchListeners, setLocale, uiStringsLocale, whenUiStringsReady, type Locale } from './locale.js';
import { validateDocument, type ContentProblem, type DocumentSpec } from './validate.js';
import { TcErrorEvent, TcReadyEvent } from './events.js';
import { KitElement } from './moved-styles.js';
import { baseStyles } from './base.styles.js';
import { contentStyles } from './content.styles.js';
import type { DocumentKind, DocumentsByKind } from './content-types.js';

export type LoadStatus = 'loading' | 'ready' | 'error';

/** What `url` says in errors and events when content came from the `content` property. */
export const CONTENT_PROPERTY_URL = '(content property)';

/**
 * The source of a widget with a `content` attribute and no property: React 19 and Vue set an
 * object as an attribute ("[object Object]") on an element not yet defined. The document is lost;
 * the widget says so rather than show the default content as if it were the one given.
 */
const LOST_CONTENT = {};

/**
 * The base of every widget that shows a content document: it asks the content store for the
 * document (or validates one given directly), follows the kit's locale, and renders the loading
 * and error states, so a widget only renders a valid document. After a `network` or `timeout`
 * error it loads again by itself when its window comes back online (the `online` event), as Try
 * again does.
 *
 * @csspart error - The error box: the message (role="alert"), its details and the retry button.
 * @csspart retry-button - The button that loads the content again after an error.
 * @csspart loading - The loading message.
 * @cssprop --tc-font-family - Font of the widget's text.
 * @cssprop --tc-font-size - Base font size (default: the reader's default size).
 * @cssprop --tc-color-text - Text colour.
 * @cssprop --tc-color-link - Link colour, and the bar along the top of content that waits for its replacement (a locale switch on a slow network).
 * @cssprop --tc-color-focus - Focus ring colour.
 * @cssprop --tc-color-error - Border colour of the error box.
 * @fires {TcReadyEvent} tc-ready - The content is rendered. `detail: {url, locale}`. Again after a successful Try again or reload when the connection is back, or a successful load once put back on the page after an error.
 * @fires {TcErrorEvent} tc-error - The content could not be loaded or is invalid. `detail: {url, path, message, code}`. Again after a Try again, a reload when the connection is back, or a load once put back on the page after an error, that fails.
 */
export abstract class ContentElement<K extends DocumentKind> extends KitElement {
  static override styles = [baseStyles, contentStyles];

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    content: { attribute: false },
    status: { reflect: true },
    document: { state: true },
    documentLocale: { state: true },
    error: { state: true },
  };

  /**
   * URL of the content document. `{locale}` in it is replaced by the active locale (falling back
   * to English when that locale's document does not exist). A URL without `{locale}` names one
   * document, which keeps its language when the locale switches: its `lang`, or else the locale it
   * was loaded in. A relative URL resolves against the base URL of the document the widget is in.
   * Without `src`, the kit's default content.
   */
  src?: string;

  /**
   * A content document given directly; it is validated like a fetched one and wins over `src`. It is
   * in its `lang`, or else taken to be in the locale active when it is given: on a switch, give the
   * other locale's document.
   * It is read as immutable, like any Lit property: to change it, give a new object (a copy), not
   * the same one changed in place.
   */
  content?: DocumentsByKind[K];

  /** Whether the widget shows its content, is loading it, or shows an error. */
  readonly status: LoadStatus = 'loading';

  protected document?: DocumentsByKind[K];
  protected documentLocale: Locale = 'en';
  protected error?: ContentError;

  /** The kind of document this widget shows. */
  protected abstract readonly spec: DocumentSpec<K>;
  /** File name of the kit's default content document for this widget. */
  protected abstract readonly defaultDocument: string;
  /** Renders a validated document. */
  protected abstract renderDocument(document: DocumentsByKind[K]): unknown;

  /**
   * What the widget shows, in a few words, for its error: screen readers hear several widgets fail
   * at once when their content's host is down, each alert cutting off the one before, and list a
   * Try again button for each. All were alike; now each names its widget.
   */
  protected abstract contentName(): string;

  /**
   * What is wrong with this element's choice inside a valid document (say, a page id the document
   * lacks), or undefined. It is shown and reported like any content error. A subclass whose choice
   * is an attribute calls reselect() when it changes.
   */
  protected findSelectionProblem(_document: DocumentsByKind[K]): ContentProblem | undefined {
    return undefined;
  }

  #loadedSource?: unknown;
  #loadedLocale?: Locale;
  #loading?: AbortController;
  #loadedUrl = '';
  /**
   * What the next update shows is reported once it is over: tc-ready, or tc-error and its console
   * line. (Not #announce: the widgets' announcements are what their live regions say.) A load that
   * starts before then (a page that gave another src, locale or content folder as another widget
   * heard the same shared answer) drops the report: it was of the request the page replaced.
   */
  #report = false;
  /** Set by reload(): the next load asks the server anew. */
  #revalidate = false;
  #unsubscribe: Array<() => void> = [];
  /** Whether the content property has been given, which makes a content attribute a leftover. */
  #contentGiven = false;
  /** The next render removes what has focus (the retry button, or content an error replaces): focus must not be lost. */
  #keepFocus = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const update = () => this.requestUpdate();
    // A switch the reader is about to make: this locale's document of a {locale} source (the kit's
    // own content included) loads into the store, where the switch will find it. Silently: the
    // switch reports what goes wrong, and loads again what did not load.
    const prefetch = (next: Locale) => {
      const source = this.#loadedSource;
      if (typeof source == 'string' && source.includes('{locale}')) loadDocument(this.spec, source, next, undefined, { base: this.baseURI }).catch(() => {});
    };
    prefetchListeners.add(prefetch);
    // A locale switch, as it begins, or a new default-content folder: willUpdate sees whether the
    // widget's URL changed (only a {locale} src, or the default content, can), and a load under way
    // for the old one is then abandoned. The new UI strings, once in: not over the content shown
    // while the next document loads (Chinese headings over English rows), which they replace
    // together when it is in; but at once in the loading message that stands for content an alert
    // replaced (render()), which has no document to wait for.
    this.#unsubscribe = [
      onLocaleChange(() => (this.document && !this.error && this.status == 'loading') || update()),
      onContentSourceChange(update),
      () => prefetchListeners.delete(prefetch),
    ];
    // Listeners on the element's own window, which may be a frame's or a Picture-in-Picture one.
    const view = this.ownerDocument.defaultView;
    const listen = <E extends Event>(type: string, listener: (event: E) => unknown) => {
      view?.addEventListener(type, listener as EventListener);
      this.#unsubscribe.push(() => view?.removeEventListener(type, listener as EventListener));
    };
    // A load that failed for want of a connection goes again when the window is back online (a
    // reader on a train), as Try again would, events included: one request per document for all
    // the widgets that failed on it, since the store shares a request under way. Focus follows as
    // after Try again only if the reader was in the widget; anywhere else, it stays put.
    listen('online', () => {
      // UI strings that could not load (a reader offline switched to Chinese) load again too, first:
      // the reload waits for them. (setLocale of the active locale does nothing once they are in.)
      void setLocale(getLocale());
      // (#load keeps focus in the widget if the reader was in it.)
      if (this.status == 'error' && ['network', 'timeout'].includes(this.error!.code)) this.reload();
    });
    // In a frame or a Picture-in-Picture window that closes with the element in it, no
    // disconnectedCallback comes: what it listens to would keep it, and the closed document, for
    // ever. (Not for a page kept in the back-forward cache: it comes back as it was.)
    if (view && view !== window) listen<PageTransitionEvent>('pagehide', (event) => event.persisted || this.disconnectedCallback());
    // willUpdate loads what changed while the element was away (its source, the locale, the
    // content folder); what it showed, it keeps showing, without a loading state or tc-ready.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    // A load under way is abandoned, unless the element is back in the same task (moved by a keyed
    // list or a layout): its request then goes on. Back later, it loads again, and a retry the
    // reader left behind takes no focus. One that had shown its document keeps it; one that had
    // shown an error loads again when it is back (a single-page app's route, revisited once the
    // connection, whose `online` it did not hear, has come back), as an element created anew
    // would. An element in a closed frame is still connected, to a document without a window.
    queueMicrotask(() => {
      if (this.isConnected && this.ownerDocument.defaultView) return;
      if (this.status != 'ready') this.#loadedSource = undefined;
      this.#loading?.abort();
      this.#loading = undefined;
      this.#keepFocus = false;
    });
  }

  /** The language of the UI strings, to mark them where they differ from the content's. */
  protected get uiLang(): Locale | typeof nothing {
    const locale = uiStringsLocale();
    return locale === this.documentLocale ? nothing : locale;
  }

  readonly #retry = () => {
    this.#keepFocus = true;
    this.reload();
  };

  /**
   * Checks the element's choice in the document again (a subclass whose choice is an attribute
   * calls this when it changes). The document comes from the store's cache: one request per page.
   */
  protected reselect(): void {
    this.#loadedSource = undefined;
  }

  /**
   * Loads the content again, asking the server anew (the retry button after an error does this, as
   * does the connection coming back after a network or timeout error).
   */
  reload(): void {
    this.#loadedSource = undefined;
    this.#revalidate = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A content attribute counts until the property is given: a framework leaves it in place.
    this.#contentGiven ||= changed.has('content');
    // Lit updates a removed element too: it must not fetch or fire events for a page that no
    // longer shows it. connectedCallback loads what it was given last.
    if (!this.isConnected) return;
    const source = this.content ?? (this.hasAttribute('content') && !this.#contentGiven ? LOST_CONTENT : this.src ?? defaultContentUrl(this.defaultDocument));
    const locale = getLocale();
    // Only a URL with {locale} has another document for another locale. Content given directly, or
    // from a fixed URL, stays what it is, in the language it was loaded in; just the UI strings switch.
    const followsLocale = typeof source === 'string' && source.includes('{locale}');
    if (source !== this.#loadedSource || (followsLocale && locale !== this.#loadedLocale)) this.#load(source, locale);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#keepFocus) this.#placeFocus();
    // Once the update is over: a page's listener that gives the widget another src (a mirror, on
    // tc-error) or opens an entry would schedule an update from inside this one, which Lit's
    // development build warns of. An update scheduled meanwhile (from another widget's listener)
    // reports instead, in its own updated(), or drops the report if it loads anew.
    if (this.#report)
      queueMicrotask(() => {
        if (!this.#report || this.isUpdatePending) return;
        this.#report = false;
        const error = this.status == 'error' && this.error!;
        if (error) console.error(`[trust-widgets] <${this.localName}> could not show ${error.describe()}`);
        this.dispatchEvent(error ? new TcErrorEvent(error) : new TcReadyEvent({ url: this.#loadedUrl, locale: this.documentLocale }));
      });
  }

  #load(source: unknown, locale: Locale): void {
    this.#loadedSource = source;
    this.#loadedLocale = locale;
    this.#report = false;
    // The loading message, or the content, replaces an alert the reader is on (Try again, Details):
    // focus moves on with it, as after a retry, not down to the page.
    this.#keepFocus ||= !!(this.renderRoot as ShadowRoot).activeElement;
    // The load it replaces is cancelled only once this one waits for its document: the store
    // cancels a request nobody waits for, and a new page, group or section chosen while the
    // document loads would request it again.
    const previous = this.#loading;
    const loading = (this.#loading = new AbortController());
    const revalidate = this.#revalidate;
    this.#revalidate = false;
    // Content given directly is shown in this very update when it is valid and its UI strings are
    // in place: a product team that awaits updateComplete finds it rendered, and the widget
    // renders and lays out once instead of twice. Anything else takes the path below, which
    // reports problems as it does for fetched content.
    // The given content as a document, and the document with the element's choice in it: each
    // throws the ContentError that is reported, for a problem.
    const given = () => {
      if (source === LOST_CONTENT) throw new ContentError('schema', CONTENT_PROPERTY_URL, '$', 'given as an attribute: content is a property');
      return { document: validateDocument(this.spec, source, CONTENT_PROPERTY_URL), locale, url: CONTENT_PROPERTY_URL };
    };
    const selected = (result: LoadedDocument<K>) => {
      const problem = this.findSelectionProblem(result.document);
      if (problem) throw new ContentError('schema', result.url, problem.path, problem.message);
      return result;
    };
    if (typeof source !== 'string' && uiStringsLocale() === locale) {
      try {
        const shown = selected(given());
        previous?.abort();
        return this.#show(shown);
      } catch {
        // The path below finds the problem again, and reports it as it does a fetched document's.
      }
    }
    (this as { status: LoadStatus }).status = 'loading';
    const loaded = (typeof source === 'string' ? loadDocument(this.spec, source, locale, loading.signal, { revalidate, base: this.baseURI }) : Promise.resolve().then(given)).then(selected);
    previous?.abort();
    // Show the content, or the error, and the UI strings of a new locale together, not one after
    // the other: an alert that appears in English and then turns Chinese is announced in English.
    // Not Promise.allSettled: a page's own Promise library (zone.js before 0.10.3 on Angular 8
    // pages, Bluebird) replaces the global Promise with one that lacks it.
    const settled = loaded.then(
      (value) => ({ status: 'fulfilled' as const, value }),
      (reason: unknown) => ({ status: 'rejected' as const, reason }),
    );
    void whenUiStringsReady()
      .catch(() => undefined)
      .then(() => settled)
      .then((outcome) => {
        if (loading.signal.aborted) return;
        if (outcome.status == 'fulfilled') this.#show(outcome.value);
        else {
          const reason: unknown = outcome.reason;
          const error =
            reason instanceof ContentError
              ? reason
              : new ContentError('network', typeof source === 'string' ? source : CONTENT_PROPERTY_URL, '$', String(reason));
          this.error = error;
          // The alert replaces what was shown, focus included (a language switch started by the
          // page): it goes to Try again, as after a retry.
          this.#keepFocus ||= !!(this.renderRoot as ShadowRoot).activeElement;
          (this as { status: LoadStatus }).status = 'error';
          this.#report = true;
        }
      });
  }

  #show(result: { document: DocumentsByKind[K]; locale: Locale; url: string }): void {
    this.document = result.document;
    // What the document says it is written in counts over what it was loaded for.
    this.documentLocale = result.document.lang ?? result.locale;
    this.#loadedUrl = result.url;
    this.error = undefined;
    this.#report = true;
    (this as { status: LoadStatus }).status = 'ready';
  }

  /**
   * After a retry, focus goes where the reader can go on from: to the loading message while the
   * content loads, to the new retry button if it fails again, to the content once it is shown.
   * Unless the reader has moved focus elsewhere meanwhile.
   */
  #placeFocus(): void {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    // Lost: on nothing inside its document's <body>. The element's own document: in a frame or a
    // Picture-in-Picture window, the page's has focus on the frame (or nowhere), and focus removed
    // with the retry button was left on the frame's <body>. But a frame the reader left for the page
    // around it shows its <body> too: not lost then, or the content would pull the reader back into
    // the frame (the top page lacks focus as well when the reader is in another app: lost then).
    const owner = this.ownerDocument;
    const lost = !active && !owner.activeElement?.matches('body *') && (owner.hasFocus() || !topHasFocus(owner));
    if (!lost && !active?.matches('.loading, .retry')) {
      this.#keepFocus = false;
      return;
    }
    const target = this.renderRoot.querySelector<HTMLElement>(this.status == 'loading' ? '.loading' : this.status == 'error' ? '.retry' : '.root');
    if (this.status != 'loading') this.#keepFocus = false;
    if (!target || target === active) return;
    if (target.tabIndex < 0) {
      // Focusable for this once: a click elsewhere in the widget must not focus it later. The
      // content becomes a group (the loading message keeps its role): Chromium names a focused
      // plain element after all its text, which a screen reader then reads out whole (every
      // question of an FAQ). A group without a name is not announced, so it may stay one.
      // Not as the window loses focus (the reader in another tab or app), when it keeps focus: out
      // of the tab order, it could not be given focus back when the reader returned.
      target.tabIndex = -1;
      target.role ??= 'group';
      target.onblur = () => (this.renderRoot as ShadowRoot).activeElement != target && target.removeAttribute('tabindex');
    }
    target.focus();
  }

  // Both locales are written left to right, so the content keeps that direction on a
  // right-to-left page (where it would draw a sentence's full stop at its start).
  protected override render(): TemplateResult {
    if (this.status == 'error' && this.error) {
      return html`<div class="root" dir="ltr" lang=${uiStringsLocale()}>${this.#renderError(this.error)}</div>`;
    }
    // Content that an alert has replaced does not come back while the next load runs (Try again
    // after a failed language switch): the loading message shows, and takes focus.
    if (!this.document || this.error) {
      return html`<div class="root" dir="ltr" lang=${uiStringsLocale()}>
        <p class="loading" part="loading" role="status">${msg('Loading…', { desc: 'Shown in place of a widget while its content loads.' })}</p>
      </div>`;
    }
    // While another locale loads, the current content stays in place (no flash of a spinner).
    return html`<div class="root" dir="ltr" lang=${this.documentLocale} aria-busy=${this.status == 'loading'}>
      ${this.renderDocument(this.document)}
    </div>`;
  }

  #renderError(error: ContentError): TemplateResult {
    // Only the message is the alert. role="alert" is aria-atomic: a screen reader reads the whole
    // region at any change inside it, so opening Details in it read everything again (message,
    // URL, path, "Try again"), and its appearance ended in "Details Try again" as plain text.
    return html`<div class="error" part="error">
      <p class="error-title" role="alert"><span class="visually-hidden">${this.contentName() + labelSeparator()}</span>${describeError(error)}</p>
      <details>
        <summary>${msg('Details', { desc: 'Opens the technical details of an error: the address of the content and what went wrong.' })}</summary>
        <p lang="en"><code>${error.url}</code></p>
        <p lang="en"><code>${error.path}</code>: ${error.message}</p>
      </details>
      <button class="retry" part="retry-button" type="button" @click=${this.#retry}>${msg('Try again', { desc: 'Button under an error: loads the content again.' })}<span class="visually-hidden">${labelSeparator() + this.contentName()}</span></button>
    </div>`;
  }
}

/** Between a label and its value ("Location: Shanghai"); Chinese has a full-width colon and no space. */
export const labelSeparator = (): string => msg(': ', { id: 'label-separator', desc: 'Between a label and what it labels: a column name and its value ("Location: Shanghai"), a widget\'s name and its error, Try again and the widget\'s name.' });

/**
 * Whether the top page of a document's tab has focus (the document's own included). Across origins
 * (a frame of a CDN's page, or one inside such a frame), nothing of the page around it can be read:
 * the reader may be there, so yes. (frameElement only sees one level up, and only within an origin.)
 */
function topHasFocus(document: Document): boolean {
  try {
    return document.defaultView!.top!.document.hasFocus();
  } catch {
    return true;
  }
}

/** The localized, user-facing sentence for an error; the technical detail stays in English. */
function describeError(error: ContentError): string {
  const sentences: Record<ContentError['code'], () => string> = {
    http: () => msg('The content could not be loaded: the server answered with an error.'),
    network: () => msg('The content could not be loaded: the network is unavailable.'),
    timeout: () => msg('The content took too long to load.'),
    parse: () => msg('The content could not be read: it is not valid JSON.'),
    type: () => msg('The content could not be read: the server did not send JSON.'),
    size: () => msg('The content is too large to show.'),
    schema: () => msg('The content contains a mistake and cannot be shown.', { desc: 'Error shown to readers when the content document breaks its rules (its editors are told where, elsewhere).' }),
  };
  return sentences[error.code]();
}
