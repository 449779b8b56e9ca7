import { nothing } from 'lit';
import { msg } from '@lit/localize';
import { printedHref, renderedHref, safeHref } from './safe-url.js';
import { uiStringsLocale } from './locale.js';
import type { Block, Inline, Link } from './content-types.js';

/**
 * Pieces of one string of text: plain runs, and runs that match the search (`true`), in order.
 * Joined, the pieces are the string.
 */
export type TextPieces = ReadonlyArray<readonly [text: string, match: boolean]>;

/**
 * Splits a string of content into plain and matching pieces, or says it has no match (undefined).
 * A string inside a longer run of text (`run`, where the string starts `at`) gets its part of each
 * match in the run, so that a match from a link into the text after it is marked in both.
 */
export type Highlighter = (text: string, run?: string, at?: number) => TextPieces | undefined;

/** The text of a run as it reads, strings, emphasis and links joined (a link's file info after a space). */
export function runText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => (typeof inline === 'string' ? inline : inline.type === 'link' && inline.fileInfo ? `${inline.text} ${inline.fileInfo}` : inline.text))
    .join('');
}

/*
 * Rich text built with DOM calls: the same elements and safety rules as the templates of
 * rich-text.ts (text only ever becomes text nodes, a link only exists when safeHref allows its
 * target), at the cost of a native page. For what repeats hundreds of times: an FAQ renders the
 * answers of all its entries up front, closed ones included, so the browser's find-in-page can find
 * them, and a regions table may have hundreds of rows; there a template instance per paragraph,
 * list item, emphasis or cell costs several times what the browser takes to show the same content
 * built natively. Widgets build such DOM once per document and locale and hand it to Lit as a value.
 */

/** The body of an answer: its paragraphs and lists in one element, search matches in `<mark>`. */
export function buildAnswer(blocks: readonly Block[], highlight?: Highlighter): HTMLElement {
  const body = element('div', 'answer-body');
  const appendHighlighted = <T extends HTMLElement>(parent: T, inlines: readonly Inline[]) => {
    // Each string is highlighted within its run: the strings come in reading order, so each is the
    // next occurrence of itself in the run's text.
    const run = runText(inlines);
    let end = 0;
    return appendRun(
      parent,
      inlines,
      highlight &&
        ((text) => {
          const at = run.indexOf(text, end);
          end = at + text.length;
          return highlight(text, run, at);
        }),
    );
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      body.append(appendHighlighted(element('p', undefined, 'paragraph'), block.content));
    } else {
      const list = element(block.ordered ? 'ol' : 'ul', undefined, 'list');
      for (const item of block.items) list.append(appendHighlighted(element('li'), item));
      body.append(list);
    }
  }
  return body;
}

/**
 * The entry's "Copy link" button, at the end of its answer. The question (`id`) describes it, so
 * each of the identical buttons says which entry it copies. `lang` marks a label in another
 * language than the content.
 */
export function buildCopyLink(id: string, label: string, lang: string | typeof nothing): HTMLElement {
  const tools = element('p', 'tools');
  const button = element('button', 'copy-link', 'copy-link');
  button.type = 'button';
  button.setAttribute('aria-describedby', id);
  // On the paragraph: the outcome of a copy shows beside the button, in the same language.
  if (lang !== nothing) tools.lang = lang;
  button.textContent = label;
  tools.append(button);
  return tools;
}

/**
 * A question's text with its search matches in `<mark>`, in a `<span>`; the question itself when
 * nothing in it matches.
 */
export function markQuestion(question: string, highlight: Highlighter): HTMLElement | string {
  return highlight(question) ? appendText(element('span'), question, highlight) : question;
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, part?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (part) created.setAttribute('part', part);
  return created;
}

export function appendRun<T extends HTMLElement>(parent: T, inlines: readonly Inline[], highlight?: Highlighter): T {
  for (const inline of inlines) {
    if (typeof inline === 'string') appendText(parent, inline, highlight);
    else if (inline.type === 'link') appendLink(parent, inline, highlight);
    else parent.append(appendText(element(inline.type), inline.text, highlight));
  }
  return parent;
}

function appendText<T extends HTMLElement>(parent: T, text: string, highlight?: Highlighter): T {
  const pieces = highlight?.(text);
  if (!pieces) {
    parent.append(text);
    return parent;
  }
  for (const [piece, match] of pieces) {
    if (!match) parent.append(piece);
    else {
      const mark = element('mark', undefined, 'match');
      mark.textContent = piece;
      parent.append(mark);
    }
  }
  return parent;
}

/**
 * A link, or only its text when the target is not allowed. A link that opens a new tab says so to
 * screen readers, and a file link tells its type and size before anyone follows it.
 */
function appendLink(parent: HTMLElement, link: Link, highlight?: Highlighter): void {
  const href = safeHref(link.href);
  // In a span of its own, as core/rich-text.ts renders it (the FAQ's answers are built anew for new
  // content, but the two stay alike for the page's styles and the tests that compare them).
  const text = appendText(element('span', href === undefined ? 'unlinked' : undefined), link.text, highlight);
  let target = parent;
  if (href !== undefined) {
    target = element('a', undefined, 'link');
    target.setAttribute('href', renderedHref(href));
    const printed = printedHref(href);
    if (printed) target.setAttribute('data-href', printed);
    parent.append(target);
  }
  target.append(text);
  if (link.fileInfo) {
    const info = element('span', 'file-info');
    info.append('(');
    appendText(info, link.fileInfo, highlight);
    info.append(')');
    // The space before the size: in a link, inside its text's span, as core/rich-text.ts has it.
    (href === undefined ? target : text).append(' ');
    target.append(info);
  }
  if (href !== undefined && link.newTab) {
    target.setAttribute('target', '_blank');
    target.setAttribute('rel', 'noopener noreferrer');
    const note = element('span', 'visually-hidden');
    note.textContent = ` ${msg('(opens in a new tab)', { desc: 'Hidden from sight: screen readers read it after the text of a link that opens in a new tab.' })}`;
    note.lang = uiStringsLocale();
    target.append(note);
  }
}
