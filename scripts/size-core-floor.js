// The floor plus the kit's shared core, measured by `npm run size` from the built dist/: a content
// widget that renders one paragraph of the navigation document. It has what every content widget
// has (the store with its fallback, timeout and limits, validation with JSON paths, the loading and
// error states, the shared styles, locale following) and nothing of any widget.
import { html } from 'lit';
import { ContentElement } from '../dist/core/content-element.js';
import { navigationSpec } from '../dist/core/documents/navigation.js';

class SizeCoreFloor extends ContentElement {
  spec = navigationSpec;
  defaultDocument = 'navigation.json';
  renderDocument(document) {
    return html`<p>${document.pages.length}</p>`;
  }
}
customElements.define('tc-size-core-floor', SizeCoreFloor);
