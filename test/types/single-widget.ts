// Compiled on its own against the built declarations (test/scripts/types.test.mjs): what an app
// that imports one widget sees. Only the files this one reaches are in the program, as in the app.
import '../../dist/widgets/faq/define.js';
import '../../dist/widgets/retention-timeline/define.js';
import { TcLocaleChangeEvent, type TcLocaleChangeDetail } from '../../dist/widgets/locale-switch/define.js';
import { setLocale, type Locale, type LoadStatus, type HeadingLevel } from '../../dist/api.js';

const faq = document.createElement('tc-faq');
faq.addEventListener('tc-faq-toggle', (event) => event.detail.id.toUpperCase());
faq.addEventListener('tc-ready', (event) => event.detail.locale.toUpperCase());
faq.addEventListener('tc-error', (event) => event.detail.url.toUpperCase());
const timeline = document.createElement('tc-retention-timeline');
timeline.addEventListener('tc-retention-date-change', (event) => event.detail.daysLeft?.toFixed());
// The events bubble: a host listens once, on the document or the window.
document.addEventListener('tc-error', (event) => event.detail.path.toUpperCase());
document.addEventListener('tc-faq-toggle', (event) => event.detail.open.valueOf());
window.addEventListener('tc-locale-change', (event) => {
  const detail: TcLocaleChangeDetail = event.detail;
  return event instanceof TcLocaleChangeEvent && detail.locale.toUpperCase();
});
window.addEventListener('tc-retention-date-change', (event) => event.detail.deletionDate?.toUpperCase());
const locale: Locale = 'zh-CN';
// A wrapper library that emits declarations names the status type from the entry it imports.
const status: LoadStatus = faq.status;
void setLocale(locale);
// A heading level is 2 to 6: the kit draws h2 to h6 (1 and 7 would be clamped to 2 and 6).
const level: HeadingLevel = 4;
faq.headingLevel = level;
// @ts-expect-error not a level the widget draws
timeline.headingLevel = 7;
export { faq, timeline, status };
