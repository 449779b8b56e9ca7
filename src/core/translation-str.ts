/**
 * The `str` tag of the generated translations (src/generated/locales/, see vite.config.ts): it only
 * builds the object @lit/localize's runtime reads by its shape ('strTag' in it). The translations get
 * this copy instead of @lit/localize's str-tag module, which also holds what msg() needs in every
 * widget: shared between a widget and the on-demand strings, it became a chunk of its own in an
 * app's bundle, loaded up front beside the widget.
 */
export const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });
