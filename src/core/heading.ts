import { html, nothing, type TemplateResult } from 'lit';

/**
 * A `heading-level` value as a real heading level, 2 to 6. What is not a level (the attribute
 * removed or empty, which Lit makes null or 0; text, which is NaN; 0 or less) gives `fallback`,
 * the widget's default.
 */
export function clampHeadingLevel(level: number, fallback = 2): 2 | 3 | 4 | 5 | 6 {
  const whole = Math.trunc(level);
  return (whole > 0 ? Math.min(6, Math.max(2, whole)) : fallback) as 2 | 3 | 4 | 5 | 6;
}

/**
 * A native heading at `level`, so a widget fits the host page's outline. Lit cannot bind a tag
 * name; five small templates cost less than lit/static-html.
 */
export function renderHeading(level: number, content: unknown, part: string, headingId?: string): TemplateResult {
  const id = headingId ?? nothing;
  switch (clampHeadingLevel(level)) {
    case 2:
      return html`<h2 part=${part} id=${id}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${id}>${content}</h6>`;
  }
}
