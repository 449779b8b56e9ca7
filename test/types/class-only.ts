// Compiled on its own against the built declarations (test/scripts/types.test.mjs): an app that
// imports a widget's class only and registers it under its own name.
import { TcFaq, TcFaqToggleEvent } from '../../dist/widgets/faq/faq.js';
import { TcRetentionTimeline, TcRetentionDateChangeEvent } from '../../dist/widgets/retention-timeline/retention-timeline.js';
import type { FaqDocument } from '../../dist/api.js';

customElements.define('acme-faq', TcFaq);
customElements.define('acme-retention', TcRetentionTimeline);
const faq = new TcFaq();
faq.addEventListener('tc-faq-toggle', (event) => {
  if (event instanceof TcFaqToggleEvent) event.detail.open.valueOf();
});
const timeline = new TcRetentionTimeline();
timeline.addEventListener('tc-retention-date-change', (event) => {
  if (event instanceof TcRetentionDateChangeEvent) event.detail.daysLeft?.toFixed();
});
// The content property takes the widget's own kind of document.
const given: FaqDocument | undefined = faq.content;
faq.content = given;
// @ts-expect-error a number is not a FAQ document
faq.content = 42;
export { faq, timeline };
