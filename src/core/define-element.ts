/**
 * Registers `tag` unless it is taken. The kit may be loaded twice on one page (two script tags, or
 * the script plus an ES import); the first definition wins and the second load is a no-op instead
 * of a NotSupportedError. A class the app already defined under a tag of its own (from
 * `<widget>/class.js`) cannot be defined twice: `tag` gets a subclass of it.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, constructor);
  } catch {
    // Unless a page's wrapper of define defined it and then threw (its own bug): a second
    // definition would throw, and stop the script before the next widget.
    if (!customElements.get(tag)) customElements.define(tag, class extends constructor {});
  }
}
