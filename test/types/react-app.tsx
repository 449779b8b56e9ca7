// Compiled on its own against the built declarations (test/scripts/types.test.mjs): a React 19 app
// that opts in to the kit's JSX types (dist/react.d.ts, generated from custom-elements.json).
import type {} from '../../dist/react.js';
import '../../dist/widgets/faq/define.js';
import type { FaqDocument } from '../../dist/api.js';

export function Trust({ faq, onOpen }: { faq: FaqDocument; onOpen: (id: string) => void }) {
  return (
    <>
      <tc-faq content={faq} heading-level={2} mode="single" searchable sync-hash ontc-faq-toggle={(event) => event.detail.open && onOpen(event.detail.id)} />
      <tc-data-location src="/trust/{locale}/data-locations.json" ontc-error={(event) => console.warn(event.detail.path)} />
      <tc-retention-timeline end-date="2026-03-31" today="2026-04-01" ontc-retention-date-change={(event) => event.detail.daysLeft?.toFixed()} />
      <tc-breadcrumb page="faq" ontc-ready={(event) => event.detail.locale.toUpperCase()} />
      <tc-sidebar groups="helpful-information" heading-level={3} className="aside" />
      <tc-policy-sections sections="data-location" heading-level="3" />
      <tc-locale-switch remember set-document-lang ontc-locale-change={(event) => event.detail.locale.toUpperCase()} />
      {/* @ts-expect-error not a mode of the FAQ */}
      <tc-faq mode="sideways" />
      {/* @ts-expect-error content takes the widget's own kind of document, not HTML's string attribute */}
      <tc-faq content="text" />
      {/* @ts-expect-error a FAQ document is not a regions document */}
      <tc-data-location content={faq} />
      {/* @ts-expect-error a heading level is a number */}
      <tc-sidebar heading-level={[3]} />
      {/* @ts-expect-error a heading level is a number, or a string of digits */}
      <tc-sidebar heading-level="three" />
      {/* @ts-expect-error a heading level is 2 to 6: the page's own h1 is above the widget, and HTML has no h7 */}
      <tc-faq heading-level={7} />
      {/* @ts-expect-error a heading level is 2 to 6, as a string too */}
      <tc-data-location heading-level="1" />
    </>
  );
}
