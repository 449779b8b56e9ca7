/**
 * The kit's main ES entry: defines every widget and exports the public API. Import a single
 * widget instead (`trust-widgets/data-location.js`) to pay only for that one.
 */
import './widgets/data-location/define.js';
import './widgets/faq/define.js';
import './widgets/retention-timeline/define.js';
import './widgets/policy-sections/define.js';
import './widgets/breadcrumb/define.js';
import './widgets/sidebar/define.js';
import './widgets/locale-switch/define.js';

export { TcDataLocation } from './widgets/data-location/data-location.js';
export { TcFaq, type FaqMode } from './widgets/faq/faq.js';
export { TcFaqToggleEvent, type TcFaqToggleDetail } from './widgets/faq/faq-events.js';
export { TcRetentionTimeline } from './widgets/retention-timeline/retention-timeline.js';
export { TcRetentionDateChangeEvent, type TcRetentionDateChangeDetail } from './widgets/retention-timeline/date-change-event.js';
export { TcPolicySections } from './widgets/policy-sections/policy-sections.js';
export { TcBreadcrumb } from './widgets/breadcrumb/breadcrumb.js';
export { TcSidebar } from './widgets/sidebar/sidebar.js';
export { TcLocaleSwitch, TcLocaleChangeEvent, LOCALE_STORAGE_KEY, type TcLocaleChangeDetail } from './widgets/locale-switch/locale-switch.js';
export { ContentElement, type LoadStatus } from './core/content-element.js';
export { defineElement } from './core/define-element.js';
export * from './api.js';
