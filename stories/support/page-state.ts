/**
 * `<story-page-state>`: what a locale switch changes outside the widgets, the page's `<html lang>`
 * and the choice it remembers in localStorage, read again after every `tc-locale-change`. Without
 * it the Sets <html lang> and Remember stories look exactly like the default one.
 */
import { html, type TemplateResult } from 'lit';
import { LOCALE_STORAGE_KEY } from '../../src/widgets/locale-switch/locale-switch.js';

class StoryPageState extends HTMLElement {
  readonly #show = () =>
    // After the switch's own work for the event (it sets <html lang> and stores the choice first).
    setTimeout(() => {
      const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
      this.textContent = `Page: <html lang="${document.documentElement.lang}">, localStorage ${LOCALE_STORAGE_KEY}: ${stored === null ? 'nothing stored' : `"${stored}"`}`;
    });

  connectedCallback(): void {
    this.#show();
    document.addEventListener('tc-locale-change', this.#show);
  }

  disconnectedCallback(): void {
    document.removeEventListener('tc-locale-change', this.#show);
  }
}

/** The line, as a story renders it. (A function, not an import for effect: the build would drop that.) */
export function pageState(): TemplateResult {
  if (!customElements.get('story-page-state')) customElements.define('story-page-state', StoryPageState);
  return html`<p><story-page-state></story-page-state></p>`;
}
