/**
 * Decorators that put a story in a host page's situation: a narrow column (320 px, the WCAG
 * reflow width), a wide one, a dark page or a right-to-left page. The frames are plain elements with classes
 * styled in preview.css, so a story needs no inline styles.
 */
import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

export const narrow: Decorator = (story) => html`<div class="story-frame story-frame--narrow">${story()}</div>`;
export const wide: Decorator = (story) => html`<div class="story-frame story-frame--wide">${story()}</div>`;
/** A dashed box where the widget is, for a story in which it renders nothing. */
export const outlined: Decorator = (story) => html`<div class="story-frame story-frame--outlined">${story()}</div>`;
/** A host page on a dark background that says so (color-scheme: dark), which the widgets follow. */
export const darkPage: Decorator = (story) => html`<div class="story-frame story-frame--dark">${story()}</div>`;
/** Where it applies: the kit's locales are left-to-right, but a host page may not be. */
export const rightToLeft: Decorator = (story) => html`<div class="story-frame" dir="rtl">${story()}</div>`;
