import { html, nothing, type TemplateResult } from 'lit';

/**
 * The levels a widget's `heading-level` takes: h2 to h6, below the host page's own h1. Editors
 * offer them (scripts/cem-expanded-types.mjs reads this alias), and an app's type checker refuses
 * `heading-level={7}`. An attribute is still read as any number and clamped (clampHeadingLevel).
 */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A `heading-level` value as a real heading level, 2 to 6. What is not a level (the attribute
 * removed or empty, which Lit makes null or 0; text, which is NaN; 0 or less) gives `fallback`,
 * the widget's default.
 */
export function clampHeadingLevel(level: number, fallback: HeadingLevel = 2): HeadingLevel {
  const whole = Math.trunc(level);
  return (whole > 0 ? Math.min(6, Math.max(2, whole)) : fallback) as HeadingLevel;
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
