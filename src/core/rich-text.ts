import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { printedHref, renderedHref, safeHref } from './safe-url.js';
import { uiStringsLocale } from './locale.js';
import type { Block, Inline, Link } from './content-types.js';

/*
 * Rich text is data, and these templates are the only way it becomes DOM: every string lands in a
 * text node or an attribute value through Lit bindings, so markup in content is shown as text, and
 * a link is rendered only when its target passes safeHref.
 */

/** Renders paragraphs and lists. */
export function renderRichText(blocks: readonly Block[] | undefined): TemplateResult[] {
  return (blocks ?? []).map((block) =>
    block.type === 'list'
      ? block.ordered
        ? html`<ol part="list">${block.items.map((item) => html`<li>${renderInlines(item)}</li>`)}</ol>`
        : html`<ul part="list">${block.items.map((item) => html`<li>${renderInlines(item)}</li>`)}</ul>`
      : html`<p part="paragraph">${renderInlines(block.content)}</p>`,
  );
}

/** Renders a run of inline text. */
export function renderInlines(inlines: readonly Inline[]): Array<TemplateResult | string> {
  return inlines.map((inline) => {
    if (typeof inline === 'string') return inline;
    switch (inline.type) {
      case 'strong':
        return html`<strong>${inline.text}</strong>`;
      case 'em':
        return html`<em>${inline.text}</em>`;
      case 'link':
        return renderLink(inline);
    }
  });
}

/**
 * A link, or only its text when the target is not allowed. A link that opens a new tab says so to
 * screen readers, and a file link tells its type and size before anyone follows it. `hint` is more
 * text for screen readers only, inside the link's name (such as "(external site)"). Hints are UI
 * strings, marked with their language: the content may have fallen back to English.
 */
export function renderLink(link: Link, part = 'link', hint?: string): TemplateResult {
  const href = safeHref(link.href);
  // The space before the size ends the text's own node: the build's template minifier trims it from
  // markup, and as a text node of its own between Lit's markers Chromium left it out of the link's
  // name ("in the Cloud(PDF, 864 KB)"). Text without a link has no name and keeps the space after
  // its span, as core/rich-text-dom.ts builds it.
  // The text is a span's textContent, not a text binding: a page translation puts its own
  // nodes in place of the text node Lit rendered, and Lit writes a new text as `.data` of the node
  // after its marker, now the translator's <font>, where it shows nothing. On a translated page, a
  // breadcrumb moved to another page named the new link's target after the old one ("Transparency"
  // going to Privacy).
  const text = link.fileInfo ? link.text + ' ' : link.text;
  const fileInfo = link.fileInfo ? html`<span class="file-info">(${link.fileInfo})</span>` : nothing;
  if (href === undefined) return html`<span class="unlinked">${link.text}</span>${link.fileInfo ? [' ', fileInfo] : nothing}`;
  const hidden = hint ? html`<span class="visually-hidden" lang=${uiStringsLocale()}>${' ' + hint}</span>` : nothing;
  const printed = printedHref(href) ?? nothing;
  const rendered = renderedHref(href);
  return link.newTab
    ? html`<a part=${part} href=${rendered} data-href=${printed} target="_blank" rel="noopener noreferrer"
        ><span .textContent=${text}></span>${fileInfo}<span class="visually-hidden" lang=${uiStringsLocale()}>${' ' + msg('(opens in a new tab)', { desc: 'Hidden from sight: screen readers read it after the text of a link that opens in a new tab.' })}</span>${hidden}</a
      >`
    : html`<a part=${part} href=${rendered} data-href=${printed}><span .textContent=${text}></span>${fileInfo}${hidden}</a>`;
}
