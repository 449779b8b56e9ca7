/**
 * Registers `tag` unless it is taken. The kit may be loaded twice on one page (two script tags, or
 * the script plus an ES import); the first definition wins and the second load is a no-op instead
 * of a NotSupportedError.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
