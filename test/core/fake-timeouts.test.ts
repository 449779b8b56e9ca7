import { expect } from '@open-wc/testing';
import { fakeTimeouts, resetKit } from '../helpers.js';

/*
 * fakeTimeouts() takes setTimeout over until the test uninstalls it in a `finally`. A test that
 * times out while it awaits (a document that never comes, a key never typed) never reaches that
 * `finally`: the clock it left held every later timer in the file, the test runner's own report
 * of the file with them, and the file showed no result at all, only "Browser tests did not finish
 * within 300000ms", five minutes later.
 */
describe('fakeTimeouts() in a test that never reaches its finally', () => {
  const nativeSetTimeout = window.setTimeout;
  let left: ReturnType<typeof fakeTimeouts> | undefined;
  afterEach(resetKit);
  // Here, not in the test below: a clock still installed at the end would hang this file too.
  after(() => left?.uninstall());

  it('leaves its clock installed, as a test that timed out does', () => {
    left = fakeTimeouts();
    expect(window.setTimeout === nativeSetTimeout, 'setTimeout faked').to.be.false;
  });

  it('does not leave it to the next test', async () => {
    expect(window.setTimeout === nativeSetTimeout, "setTimeout is the browser's own again").to.be.true;
    await new Promise((resolve) => setTimeout(resolve, 0));
    fakeTimeouts().uninstall();
  });
});
