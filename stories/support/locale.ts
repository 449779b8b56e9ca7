/**
 * The locale toolbar: every story follows the `locale` global, switched at run time through the
 * kit's public setLocale() (widgets already on the page switch in place, without a reload).
 * <html lang> follows too, as on a real host page. And the toolbar follows the kit: a switch made
 * inside a story (with <tc-locale-switch>) becomes the `locale` global, so the toolbar, the URL and
 * the next story agree with what the widgets show.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { useEffect, useGlobals } from 'storybook/preview-api';
import { onLocaleChange, resolveLocale, setLocale } from '../../src/core/locale.js';

export const localeToolbar = {
  locale: {
    description: 'Language of the widgets (UI strings and content)',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: [
        { value: 'en', title: 'English', right: 'en' },
        { value: 'zh-CN', title: '简体中文', right: 'zh-CN' },
      ],
      dynamicTitle: true,
    },
  },
};

export const withLocale: Decorator = (story, { globals }) => {
  const locale = resolveLocale(globals.locale as string | undefined);
  const [, updateGlobals] = useGlobals();
  useEffect(() => onLocaleChange((switched) => switched !== locale && updateGlobals({ locale: switched })), [locale]);
  void setLocale(locale);
  document.documentElement.lang = locale;
  return story();
};
