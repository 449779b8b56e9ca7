import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { mount, resetKit, shadow, visibleText } from '../helpers.js';

/*
 * The kit run inside an SES Compartment (LavaMoat runs each package of an app in one), whose Date
 * is tamed: Date.now() is NaN and new Date() an invalid date, so that code cannot read the time.
 * The widgets still show their content; the timeline cannot say how many days are left.
 */
describe('a realm whose Date cannot tell the time', () => {
  const RealDate = Date;
  afterEach(async () => {
    window.Date = RealDate;
    await resetKit();
  });

  /** As SES tames Date in its compartments (%SharedDate%): dates from a time given still work. */
  function tameDate(): void {
    const Tamed = function (this: unknown, ...args: unknown[]) {
      if (!new.target) return 'Invalid Date';
      return Reflect.construct(RealDate, args.length ? args : [NaN], new.target);
    } as unknown as DateConstructor;
    Object.assign(Tamed, { now: () => NaN, UTC: RealDate.UTC, parse: RealDate.parse, prototype: RealDate.prototype });
    window.Date = Tamed;
  }

  // From an audit of hardened realms: the calculator said "NaN days left", and the timer for the
  // reader's next day came due at once, every time: the timeline rendered again some 230 times a
  // second for as long as the page was open.
  it('gives the deletion date without a count of days, and sets no timer that is due at once', async () => {
    tameDate();
    const delays: unknown[] = [];
    const setTimer = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      delays.push(delay);
      return setTimer(handler, delay, ...args);
    }) as typeof setTimeout;
    let widget: HTMLElement;
    try {
      widget = await mount('tc-retention-timeline', { 'end-date': '2025-01-31' });
    } finally {
      window.setTimeout = setTimer;
    }
    const answer = visibleText(shadow(widget).querySelector('.calculator .result'));
    expect(answer).to.equal('The retention period ends and your data is deleted on May 1, 2025.');
    expect(delays.filter((delay) => !(Number(delay) >= 0)), 'timers with no delay a browser can wait').to.deep.equal([]);
    // Nor a timer of no delay, due at once as surely: nothing changes here, nothing is rendered.
    const timeline = widget as HTMLElement & { requestUpdate: (...args: unknown[]) => void };
    let renders = 0;
    const requestUpdate = timeline.requestUpdate;
    timeline.requestUpdate = (...args) => (renders++, requestUpdate.apply(timeline, args));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(renders, 'renders asked for in half a second').to.equal(0);
  });

  // The count left out on screen was still in the event, as NaN: a page that shows it, or sends it
  // to its own server as JSON, said "NaN days" or sent null, where the event's type promises a
  // number or null.
  it('tells the page the dates it knows, and null for the days left', async () => {
    tameDate();
    const details: unknown[] = [];
    const listener = (event: Event) => details.push((event as CustomEvent).detail);
    document.addEventListener('tc-retention-date-change', listener);
    try {
      await mount('tc-retention-timeline', { 'end-date': '2025-01-31' });
    } finally {
      document.removeEventListener('tc-retention-date-change', listener);
    }
    expect(details, 'events').to.have.length(1);
    expect((details[0] as { daysLeft: unknown }).daysLeft, 'days left').to.equal(null);
    expect(details[0]).to.deep.equal({ endDate: '2025-01-31', deletionDate: '2025-05-01', daysLeft: null });
  });
});
