import { expect } from '@esm-bundle/chai';
import type { Clock } from '@sinonjs/fake-timers';
import { resetKit, withFakeTimeouts } from '../helpers.js';

const nativeSetTimeout = window.setTimeout;
const faked = () => window.setTimeout !== nativeSetTimeout;

/*
 * withFakeTimeouts() gives the browser's timers back as its `run` ends: the tests of the kit's
 * pauses assert what a reader heard after it, and wait on fetches and frames there.
 */
describe('withFakeTimeouts()', () => {
  afterEach(resetKit);

  it('gives the browser its own timers back once `run` returns, with what it returned', async () => {
    const returned = await withFakeTimeouts(async (clock) => {
      let ran = false;
      setTimeout(() => (ran = true), 1000);
      await clock.tickAsync(1000);
      return { faked: faked(), ran };
    });
    expect(returned).to.deep.equal({ faked: true, ran: true });
    expect(faked(), 'setTimeout faked after the call').to.be.false;
  });

  it('gives them back when `run` throws, and throws what it threw', async () => {
    const failure = new Error('an assertion in run');
    const thrown = await withFakeTimeouts(async () => {
      throw failure;
    }).catch((error: unknown) => error);
    expect(thrown === failure, 'the error of run').to.be.true;
    expect(faked(), 'setTimeout faked after the call').to.be.false;
  });
});

/*
 * A test that times out while it awaits in withFakeTimeouts()'s `run` (a document that never
 * comes, a key never typed) never reaches the helper's `finally`: the clock it left held every
 * later timer in the file, the test runner's own report of the file with them, and the file showed
 * no result at all, only "Browser tests did not finish within 300000ms", five minutes later.
 */
describe('withFakeTimeouts() in a test that never reaches its finally', () => {
  let left: Clock | undefined;
  afterEach(resetKit);
  // Here, not in the test below: a clock still installed at the end would hang this file too.
  after(() => left?.uninstall());

  it('leaves its clock installed, as a test that timed out does', () => {
    // A run that never ends, as one awaiting what never comes.
    void withFakeTimeouts((clock) => {
      left = clock;
      return new Promise<never>(() => undefined);
    });
    expect(faked(), 'setTimeout faked').to.be.true;
  });

  it('does not leave it to the next test', async () => {
    expect(faked(), "setTimeout is the browser's own again").to.be.false;
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Nothing of the last clock is left in the way of the next.
    await withFakeTimeouts(async () => undefined);
  });
});
