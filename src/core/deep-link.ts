/**
 * The id a URL fragment names (`#faq-audits` → `faq-audits`), or '' for no fragment or one that is
 * not valid percent-encoding: no content id is ''. Widgets use it to open or scroll to a
 * deep-linked part of their shadow root, which the browser's own fragment navigation cannot reach.
 * `hash` is a location's or a URL's: '' or '#' and the fragment.
 */
export function idFromHash(hash: string = location.hash): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * Calls `listener` whenever the reader goes to a fragment: the URL's fragment changes (hashchange),
 * or a link to the fragment the URL already names is followed again, which fires no hashchange (nor
 * popstate in Firefox). The browser scrolls to such a fragment anew, but cannot reach an id in a
 * shadow root: the widget must. Returns the function that stops listening.
 */
export function onFragmentNavigation(listener: () => void): () => void {
  const onClick = (event: MouseEvent) => {
    // The link may be in a shadow root (another widget's content): the path reaches into it.
    const link = (event.composedPath()[0] as Element).closest?.('a');
    // A link with a target, or a click with a modifier, opens a tab, a window or a frame (or, with
    // Alt, a download): this page goes nowhere.
    if (link?.hash && !link.target && link.href === location.href && !event.defaultPrevented && !(event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)) {
      listener();
    }
  };
  window.addEventListener('hashchange', listener);
  window.addEventListener('click', onClick);
  return () => {
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('click', onClick);
  };
}

/**
 * Scrolls a widget's deep-link target to the top of the view, first opening each closed `<details>`
 * of the page around the widget, and showing each panel hidden until found (an app's accordion or
 * tabs on `hidden="until-found"`, told with a bubbling beforematch first, so that it marks its
 * button expanded), as the browser does around a fragment it finds by itself: a FAQ in a collapsed
 * section of the page otherwise opened its entry out of sight, and nothing moved.
 */
export function scrollToTarget(target: Element): void {
  // Through the rendered (flat) tree, as the browser does: into the shadow root of a page's
  // component that shows the widget through a <slot> (an accordion built on <details>).
  for (let node: Node | undefined = target; node; node = (node as Element).assignedSlot ?? node.parentNode ?? (node as ShadowRoot).host) {
    // (By name: a widget moved into another document's frame meets that window's elements.)
    if (node.nodeName == 'DETAILS') (node as HTMLDetailsElement).open = true;
    else if ((node as { hidden?: unknown }).hidden == 'until-found') {
      node.dispatchEvent(new Event('beforematch', { bubbles: true }));
      (node as HTMLElement).hidden = false;
    }
  }
  target.scrollIntoView({ block: 'start' });
}

/**
 * Whether `widget` is the first of its kind in its document (or shadow root), among those that
 * display it, to hold the element of the id the URL's fragment names. Only that one goes there, as
 * the browser goes to the first of two elements with one id: on a page with the same FAQ twice, or a
 * short one beside the full one, both scrolled and took focus, the page ended on the last of them,
 * and focus (taken on load only from nothing) stayed on the first, a page away.
 */
export const holdsFragmentFirst = (widget: Element): boolean => {
  const target = (holder: Element) => holder.shadowRoot?.getElementById(idFromHash());
  const holders = [...(widget.getRootNode() as ParentNode).querySelectorAll(widget.localName)].filter(target);
  // One laid out before one that is not (a copy of the FAQ for narrow screens, display:none on a wide
  // one; a hidden tab panel) would be gone to, and scroll nowhere: the one in view would do nothing.
  // The target's box, not the widget's: a page that shows a policy's introduction alone, its
  // sections hidden through ::part (the demo's privacy page did, before `intro`), has a displayed
  // widget that holds every section first.
  return (holders.find((holder) => target(holder)!.getClientRects().length) ?? holders[0]) == widget;
};

/**
 * Whether a deep link may move focus to what it shows, as a followed link gives focus up: on the
 * page's first load only from nothing (on a slow network the reader may have gone on, typing in the
 * page's search, before the content came), and later never from a field or an editable region the
 * reader types in (a page's tab, "back to top" or router sets the fragment itself): the rest of the
 * words typed went nowhere.
 */
export function deepLinkMayFocus(onLoad: boolean): boolean {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  // :read-write, not input or [contenteditable]: a checkbox, a radio button or a button input takes
  // no typing, and focus goes on from it as from a link; contenteditable="false" edits nothing.
  // (A <select> keeps it: one that changes the hash as the reader arrows through it.)
  return onLoad ? !active || active == document.body : !active?.matches(':read-write,select');
}
