import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** The class of the invisible element a widget renders for a WidthBreakpoint to watch. */
export const WIDTH_PROBE_CLASS = 'width-probe';

/**
 * Styles for a widget with a WidthBreakpoint: the probe spans the widget's .root. In the flow, its
 * negative margin giving back the room it takes: absolutely placed, it needed a positioned .root,
 * which a page's sticky header without a z-index then had drawn over it (isolation.test.ts).
 * Its top margin lays it out above .root's content (a block formatting context, where it stays): a
 * bottom one collapsed with the content's top margin, and swallowed a negative one a page gave a
 * part. Moved back down by top, where it counts as overflow: above, it added a line to what a page's
 * column-reverse scroller scrolls. Hidden, it is neither drawn nor hit, though positioned.
 */
export const widthProbeStyles = css`
  .width-probe {
    position: relative;
    top: 1lh;
    margin-top: -1lh;
    /* One line at line height 1: as high as the text is drawn, so a new text size alone (a page's
       text-size control setting --tc-font-size, Firefox's zoom of text only) resizes it, and its
       line height is the size to count ems in. Not 1em: Firefox draws text at the reader's minimum font
       size, and sizes line heights from it, but keeps ems at the CSS size. */
    height: 1lh;
    line-height: 1;
    visibility: hidden;
  }
`;

/**
 * Tells a widget whether its own width reaches `ems` of its text size, so it can switch layouts.
 *
 * Why not a container query: `container-type: inline-size` sizes the element as if it were empty
 * wherever the host page lets content decide its width (a flex item, a float, an inline-block, a
 * table cell, a dialog), and the widget then collapses to one letter per line. It also makes
 * Chromium lay a large table out twice (500 rows: 73 ms instead of 46).
 *
 * Why ems of the widget: its text is sized from the reader's default size, not from the page's
 * root, so a page with `html { font-size: 62.5% }` must not change where the layout switches. And
 * ems of the text as drawn, which the probe's computed line height gives: a reader's minimum font size enlarges
 * small text in Firefox but not its ems, and the table's columns then broke words inside ("Locati|on").
 *
 * The observer watches a probe one line of text high (class WIDTH_PROBE_CLASS, across the widget's .root,
 * taking no room; widthProbeStyles) rather than the element, whose height the switch itself changes: that
 * would be a ResizeObserver loop error on the host page. It reports before the frame is painted,
 * but only after a first layout; so the first render of content reads the element's width once,
 * before the content exists, or Chromium counts the switch as a layout shift.
 */
export class WidthBreakpoint implements ReactiveController {
  /** Whether the widget is at least the breakpoint's width. */
  wide = false;

  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot?: ParentNode };
  readonly #ems: number | (() => number);
  #probe?: Element;
  /** The last width measured, and the text size it was measured in. */
  #width = 0;
  #em = 16;
  #observer?: ResizeObserver;

  /** `ems` may be a function, read at every update: a breakpoint that depends on the content. */
  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot?: ParentNode }, ems: number | (() => number)) {
    this.#host = host;
    this.#ems = ems;
    host.addController(this);
  }

  hostUpdate(): void {
    if (!this.#host.isConnected) return;
    // Watched already: the width is known, the content (and with it the breakpoint) may be new.
    if (this.#probe) return this.#decide();
    // The probe will span .root, which the loading state has usually rendered already.
    // Its used width, in fractions of a pixel as the observer reports it: clientWidth rounds, and
    // 543.6 px (a width of 125 % or 150 % display scaling) was 544, wide, until the observer said not.
    this.#measure(this.#host.renderRoot?.querySelector('.root') ?? this.#host, 'fontSize');
  }

  hostUpdated(): void {
    const probe = this.#host.renderRoot?.querySelector(`.${WIDTH_PROBE_CLASS}`) ?? undefined;
    if (probe === this.#probe) return;
    this.#unobserve();
    // An observer of the window the widget is in: one of the kit's window, watching a widget in a
    // frame or a Picture-in-Picture window, reported a ResizeObserver loop error on the page once
    // that window closed. None where there is no ResizeObserver (jsdom, in an app's unit tests):
    // the width is then read once, at the first render, and the layout stays as it was decided.
    // Its size only says when to measure: the em is the probe's line height as computed, not its
    // height, which WebKit floors to whole pixels as drawn: at 80 % page zoom 16 px ems measured 15
    // (17.6 px ones 17), and a table stacked in its first frame was drawn, too narrow, in the next.
    // It reports while the browser lays the page out, before painting: a layout switched then
    // resized what a page's own ResizeObserver watches around the widget (its column, the body an
    // embed script sizes a frame by), and the page heard "ResizeObserver loop completed with
    // undelivered notifications", which error monitors log. The width is read, and the layout
    // switched, in the next frame, before it is laid out; the old layout shows for that one frame.
    // But not in its first report, nor after a width of none (display: none around it, in a tab
    // panel or an accordion): no layout has been drawn yet, and the first frame drew the wrong one
    // where the width had changed since the first render (a page's layout script, the scrollbar the
    // content brought, a minimum font size in Firefox), or where the widget had been hidden.
    const view = probe?.ownerDocument.defaultView;
    const Observer = view?.ResizeObserver;
    let reported: unknown;
    if (Observer)
      (this.#observer = new Observer(() =>
        reported && this.#width > 0
          ? view!.requestAnimationFrame(() => this.#probe == probe && this.#measure(probe!, 'lineHeight'))
          : ((reported = 1), this.#measure(probe!, 'lineHeight')),
      )).observe(probe!);
    this.#probe = probe;
  }

  hostDisconnected(): void {
    this.#unobserve();
  }

  #unobserve(): void {
    this.#observer?.disconnect();
    this.#probe = undefined;
  }

  /** Reads `element`'s used width and the size to count ems in, `em` of its computed style. */
  #measure(element: Element, em: 'fontSize' | 'lineHeight'): void {
    const style = getComputedStyle(element);
    this.#width = parseFloat(style.width);
    this.#em = parseFloat(style[em]) || 16;
    this.#decide();
  }

  #decide(): void {
    const wide = this.#width >= (typeof this.#ems === 'number' ? this.#ems : this.#ems()) * this.#em;
    if (wide === this.wide) return;
    this.wide = wide;
    this.#host.requestUpdate();
    // A switch made inside a report (the first, or after a width of none) can resize the probe
    // again before the report is over (a page's scrollbar that comes or goes with the widget's
    // height): the page then heard a ResizeObserver loop error. The observer stops until the next
    // task, then reports the width as it is.
    this.#observer?.disconnect();
    setTimeout(() => this.#probe && this.#observer?.observe(this.#probe), 0);
  }
}
