// Compiled on its own by test/scripts/types.test.mjs, in a folder where node_modules/trust-widgets
// holds the package's published files: the way docs/bundling.md gives a widget a default document
// imported from the package's JSON, through exports (bundler) or, without them (node10),
// typesVersions.
import 'trust-widgets/faq.js';
import faqJson from 'trust-widgets/content/en/faq.json';
import type { FaqDocument } from 'trust-widgets/api.js';

const faq = document.createElement('tc-faq');
faq.content = faqJson as FaqDocument;
export { faq };
