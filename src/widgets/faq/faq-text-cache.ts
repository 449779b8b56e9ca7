import type { nothing } from 'lit';
import { buildAnswer, buildCopyLink, markQuestion, type Highlighter } from '../../core/rich-text-dom.js';
import type { FaqDocument, FaqEntry } from '../../core/content-types.js';

/**
 * The DOM of the entries' texts, kept between renders: each answer is built once per document and
 * locale, and the marked versions of questions and open answers once per search query (and label). Lit
 * re-renders a thousand entries on each toggle or keystroke; with these, an unchanged entry costs a
 * few comparisons and no DOM work.
 */
export class FaqTextCache {
  readonly #answers = new Map<FaqEntry, HTMLElement>();
  readonly #markedAnswers = new Map<FaqEntry, HTMLElement>();
  readonly #markedQuestions = new Map<FaqEntry, HTMLElement | string>();
  #document?: FaqDocument;
  #locale = '';
  #query = '';
  #copyLabel = '';
  #uiLang: string | typeof nothing = '';

  /**
   * Called before each render: forgets what a new document, locale or query has made stale. A
   * locale of '' keeps the answers in the one they were built in.
   */
  prepare(document: FaqDocument, locale: string, terms: readonly string[], copyLabel: string, uiLang: string | typeof nothing): void {
    // Marked answers hold the label too: one built while the next locale's document loads (the
    // answers kept) is in that locale's, and a switch back keeps the document it was built for.
    // (Never '', with the label: '' below marks the marked texts stale.)
    const query = terms.join('\n') + copyLabel;
    if (document !== this.#document || (locale && locale !== this.#locale)) {
      this.#document = document;
      this.#locale = locale;
      this.#answers.clear();
      this.#query = '';
    }
    if (query !== this.#query) {
      this.#query = query;
      this.#markedAnswers.clear();
      this.#markedQuestions.clear();
    }
    this.#copyLabel = copyLabel;
    this.#uiLang = uiLang;
  }

  /** An answer's body with its copy-link button; search matches marked when `highlight` is given. */
  answer(entry: FaqEntry, highlight?: Highlighter): HTMLElement {
    const cache = highlight ? this.#markedAnswers : this.#answers;
    let body = cache.get(entry);
    if (!body) {
      body = buildAnswer(entry.answer, highlight);
      body.append(buildCopyLink(entry.id, this.#copyLabel, this.#uiLang));
      cache.set(entry, body);
    }
    return body;
  }

  /** A question with its search matches marked (the plain string when nothing in it matches). */
  question(entry: FaqEntry, highlight: Highlighter): HTMLElement | string {
    let text = this.#markedQuestions.get(entry);
    if (text === undefined) this.#markedQuestions.set(entry, (text = markQuestion(entry.question, highlight)));
    return text;
  }
}
