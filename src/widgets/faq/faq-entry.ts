import { html, nothing, type TemplateResult } from 'lit';

/** Panels are `<id>:answer`: ":" cannot occur in a content id, so no entry's id can collide. */
export const ANSWER_SUFFIX = ':answer';

/**
 * One FAQ entry: its question, a button in a heading of `level`, and its answer. Lit cannot bind a
 * tag name, so there is one template per level, as in core/heading.ts: 270 B less than naming the
 * tag through lit/static-html, whose templates the build's minifier could not read either.
 *
 * There is no white space between its elements: a thousand-entry FAQ pays for this template on
 * every render.
 */
export function renderEntry(
  level: 2 | 3 | 4 | 5 | 6,
  id: string,
  shown: boolean,
  open: boolean,
  region: boolean,
  question: unknown,
  answer: unknown,
): TemplateResult {
  const answerId = id + ANSWER_SUFFIX;
  const expanded = open ? 'true' : 'false';
  const role = region ? 'region' : nothing;
  const labelledBy = region ? id : nothing;
  const part = open ? 'question open' : 'question';
  const hidden = open ? nothing : 'until-found';
  switch (level) {
    case 2:
      return html`<div class="entry" part="entry" ?hidden=${!shown}><h2 part="question-heading"><button class="question" part=${part} type="button" id=${id} aria-expanded=${expanded} aria-controls=${answerId}>${question}</button></h2><div class="answer" part="answer" id=${answerId} role=${role} aria-labelledby=${labelledBy} hidden=${hidden}>${answer}</div></div>`;
    case 3:
      return html`<div class="entry" part="entry" ?hidden=${!shown}><h3 part="question-heading"><button class="question" part=${part} type="button" id=${id} aria-expanded=${expanded} aria-controls=${answerId}>${question}</button></h3><div class="answer" part="answer" id=${answerId} role=${role} aria-labelledby=${labelledBy} hidden=${hidden}>${answer}</div></div>`;
    case 4:
      return html`<div class="entry" part="entry" ?hidden=${!shown}><h4 part="question-heading"><button class="question" part=${part} type="button" id=${id} aria-expanded=${expanded} aria-controls=${answerId}>${question}</button></h4><div class="answer" part="answer" id=${answerId} role=${role} aria-labelledby=${labelledBy} hidden=${hidden}>${answer}</div></div>`;
    case 5:
      return html`<div class="entry" part="entry" ?hidden=${!shown}><h5 part="question-heading"><button class="question" part=${part} type="button" id=${id} aria-expanded=${expanded} aria-controls=${answerId}>${question}</button></h5><div class="answer" part="answer" id=${answerId} role=${role} aria-labelledby=${labelledBy} hidden=${hidden}>${answer}</div></div>`;
    case 6:
      return html`<div class="entry" part="entry" ?hidden=${!shown}><h6 part="question-heading"><button class="question" part=${part} type="button" id=${id} aria-expanded=${expanded} aria-controls=${answerId}>${question}</button></h6><div class="answer" part="answer" id=${answerId} role=${role} aria-labelledby=${labelledBy} hidden=${hidden}>${answer}</div></div>`;
  }
}
