// Compiled on its own by test/scripts/types.test.mjs, in a folder where node_modules/trust-widgets
// is this package: an app importing the kit by its name, through the package's exports (bundler,
// node16) or, for older configurations without exports (node10), its typesVersions.
import 'trust-widgets/faq.js';
import { TcRetentionTimeline, TcRetentionDateChangeEvent } from 'trust-widgets/retention-timeline/class.js';
import { setLocale, type Locale, type FaqDocument } from 'trust-widgets/api.js';
import type {} from 'trust-widgets/trust-widgets.js';
// The JSX types resolve too (a .tsx file would use them: test/types/react-app.tsx), and Vue's
// template types (a .vue file would use them, with vue-tsc: test/types/vue-app.vue).
import type {} from 'trust-widgets/react';
import type {} from 'trust-widgets/vue';

// The tag's type comes from the define module alone (the root entry is not imported here).
const faq = document.createElement('tc-faq');
faq.addEventListener('tc-faq-toggle', (event) => event.detail.id.toUpperCase());
const given: FaqDocument | undefined = faq.content;
// @ts-expect-error a number is not a FAQ document
faq.content = 42;
const timeline = new TcRetentionTimeline();
timeline.addEventListener('tc-retention-date-change', (event) => {
  if (event instanceof TcRetentionDateChangeEvent) event.detail.daysLeft?.toFixed();
});
const locale: Locale = 'zh-CN';
void setLocale(locale);
void window.TrustWidgets?.setLocale('en');
export { faq, given, timeline };
