/**
 * The locale toolbar: every story follows the `locale` global, switched at run time through the
 * kit's public setLocale() (widgets already on the page switch in place, without a reload).
 * <html lang> follows too, as on a real host page. And the toolbar follows the kit: a switch made
 * inside a story (with <tc-locale-switch>) becomes the `locale` global, so the toolbar, the URL and
 * the next story agree with what the widgets show.
 */
import type { Decorator, StoryObj } from '@storybook/web-components-vite';
import { useEffect, useGlobals } from 'storybook/preview-api';
import { onLocaleChange, resolveLocale, setLocale, supportedLocales, type Locale } from '../../src/core/locale.js';

export const localeToolbar = {
  locale: {
    description: 'Language of the widgets (UI strings and content)',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      // Named as the locale switch names them (a locale missing here fails tsc).
      items: supportedLocales.map((value) => ({ value, title: ({ en: 'English', 'zh-CN': '简体中文' } satisfies Record<Locale, string>)[value], right: value })),
      dynamicTitle: true,
    },
  },
};

export const withLocale: Decorator = (story, { globals, parameters }) => {
  const locale = resolveLocale(globals.locale as string | undefined);
  const [, updateGlobals] = useGlobals();
  useEffect(() => onLocaleChange((switched) => switched !== locale && updateGlobals({ locale: switched })), [locale]);
  void setLocale(locale);
  // The locale switch's stories show what the switch itself does to <html lang> (set-document-lang).
  if (!parameters.switchSetsDocumentLang) document.documentElement.lang = locale;
  return story();
};

/**
 * A story that pins a locale (`globals: { locale }`). The kit's locale is page-global, and a docs
 * page renders all its stories inline in one document, where the last story to render sets the
 * locale for all of them: the zh-CN story showed English there. In its own iframe (Storybook's
 * `inline: false`) it is the only story of its document, as on its own page. An iframe does not
 * size itself to its content: `height` (px) must hold the story's default content in that locale.
 */
export function pinnedLocale(locale: Locale, height: number): Pick<StoryObj, 'globals' | 'parameters'> {
  return { globals: { locale }, parameters: { docs: { story: { inline: false, iframeHeight: `${height}px` } } } };
}
