/**
 * A story's play function that waits until its widgets have shown their content or their error.
 * Storybook runs the accessibility addon's checks right after play, so the a11y panel judges
 * what a reader sees, not the loading message. Stories tagged `loading` are judged as they are.
 */
import type { StoryContext } from '@storybook/web-components-vite';

const LIMIT_MS = 15_000;

export async function untilSettled({ canvasElement, tags }: StoryContext): Promise<void> {
  if (tags.includes('loading')) return;
  const widgets = [...canvasElement.querySelectorAll('*')].filter((element) => element.localName.startsWith('tc-'));
  await Promise.all(widgets.map((element) => customElements.whenDefined(element.localName)));
  await Promise.all(widgets.map(settled));
}

function settled(element: Element): Promise<void> {
  // Widgets without content to load (the locale switch) have no status.
  if (!element.hasAttribute('status') || element.getAttribute('status') !== 'loading') {
    return (element as Element & { updateComplete?: Promise<unknown> }).updateComplete?.then(() => undefined) ?? Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => element.getAttribute('status') !== 'loading' && done());
    observer.observe(element, { attributes: true, attributeFilter: ['status'] });
    const timer = setTimeout(done, LIMIT_MS);
  });
}
