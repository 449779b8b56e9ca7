import type { FaqEntry } from '../../core/content-types.js';
import { runText, type Highlighter } from '../../core/rich-text-dom.js';

/*
 * Search over FAQ entries: case-insensitive substring matching that works for Chinese, where words
 * are not separated by spaces. Every run of text of a document (the question, a paragraph, a list
 * item) is folded once, when the document arrives; a keystroke then costs one substring scan per
 * entry, and highlighting reuses the folded runs to find where matches are.
 */

/**
 * Folds text for matching: lower case, and full-width ASCII (what a Chinese input method types for
 * Latin letters and digits) to ASCII. The result has the same length as the input, so a match's
 * position in the folded text is its position in the original.
 */
export function fold(text: string): string {
  let folded = text.toLowerCase();
  // A few characters change length in lower case (U+0130 İ becomes "i̇"): keep those as they are.
  // (Spread, not Array.from(text, map): Prototype.js's Array.from drops the map function.)
  if (folded.length !== text.length) {
    folded = [...text].map((char) => {
      const lower = char.toLowerCase();
      return lower.length === char.length ? lower : char;
    }).join('');
  }
  return folded.replace(/[\uff01-\uff5e\u3000]/g, (char) => (char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
}

/**
 * The terms of a query: folded, split at white space and where an ASCII letter or digit meets a
 * Chinese character (\b beside a Han: the content spaces them, "Azure 数据", and Chinese readers
 * seldom do); an entry matches when it contains every term.
 */
export function parseQuery(query: string): string[] {
  return [...new Set(fold(query).split(/\s+|\b(?=\p{sc=Han})|(?<=\p{sc=Han})\b/u).filter(Boolean))];
}

/** The runs of text of an entry in reading order: the question, each paragraph, each list item. */
function entryRuns(entry: FaqEntry): string[] {
  return [entry.question, ...entry.answer.flatMap((block) => (block.type === 'paragraph' ? [block.content] : block.items)).map(runText)];
}

/** The searchable text of one document's entries, built once per document. */
export class FaqSearchIndex {
  /** Folded question and answer text of each entry, in document order. */
  readonly #haystacks: string[];
  /** Every run of text of the document and its folded form, for highlighting. */
  readonly #folded = new Map<string, string>();

  constructor(entries: readonly FaqEntry[]) {
    const foldOnce = (text: string) => {
      let folded = this.#folded.get(text);
      if (folded === undefined) this.#folded.set(text, (folded = fold(text)));
      return folded;
    };
    // A run's strings join as they read (a term may span "Customer " and a bold "Data");
    // "\n" between runs keeps a term from matching across the question and a paragraph.
    this.#haystacks = entries.map((entry) => entryRuns(entry).map(foldOnce).join('\n'));
  }

  /** Which entries contain every term (all of them when there is no term). */
  filter(terms: readonly string[]): boolean[] {
    return this.#haystacks.map((haystack) => terms.every((term) => haystack.includes(term)));
  }

  /**
   * A highlighter for `terms`: splits a string of the document at every occurrence of any term in
   * its run (overlapping occurrences merged), using the folded text indexed with the document.
   */
  highlighter(terms: readonly string[]): Highlighter {
    // Which characters of the last run are inside a match (overlapping matches merge). The strings
    // of a run come one after the other: the run is scanned once, not once per string (a run of
    // 4,000 one-letter strings took 16 million steps a paragraph, and a search froze the page).
    let lastRun: string | undefined;
    let matched = new Uint8Array();
    return (text, run = text, at = 0) => {
      if (run !== lastRun) {
        const folded = this.#folded.get((lastRun = run)) ?? fold(run);
        matched = new Uint8Array(run.length);
        for (const term of terms) {
          for (let found = folded.indexOf(term); found !== -1; found = folded.indexOf(term, found + term.length)) matched.fill(1, found, found + term.length);
        }
      }
      // Then each stretch of matched, or of unmatched, characters of `text` (`at` in the run) is a
      // piece, cut from `text` where the next starts: joined a character at a time, the pieces of a
      // thousand questions took 5 to 10 times as long, on each keystroke.
      const pieces: Array<[string, boolean]> = [];
      for (let start = 0, end = 0; start < text.length; start = end) {
        const match = matched[at + start];
        while (++end < text.length && matched[at + end] === match);
        pieces.push([text.slice(start, end), match === 1]);
      }
      // Pieces alternate: with two or more, one is a match.
      return pieces[1] || pieces[0]?.[1] ? pieces : undefined;
    };
  }
}
