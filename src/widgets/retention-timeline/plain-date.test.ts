import { expect } from '@esm-bundle/chai';
import { formatIsoDate, formatLongDate, localToday, parseIsoDate } from './plain-date.js';
import { calculateDeletion, LAST_DELETION_DATE } from './deletion-date.js';
import { fakeZones, withFakeTimeZone, withoutLocalTime } from '../../../test/fixtures/retention-timeline/time-zones.js';

const day = (text: string) => {
  const parsed = parseIsoDate(text);
  if (parsed === undefined) throw new Error(`${text} did not parse`);
  return parsed;
};
const plus90 = (text: string) => formatIsoDate(day(text) + 90);

describe('plain dates', () => {
  it('reads and writes YYYY-MM-DD dates', () => {
    expect(parseIsoDate('1970-01-01')).to.equal(0);
    expect(parseIsoDate('1970-01-02')).to.equal(1);
    expect(parseIsoDate('1969-12-31')).to.equal(-1);
    for (const text of ['2025-01-31', '2024-02-29', '2000-02-29', '9999-12-31', '1000-01-01']) {
      expect(formatIsoDate(day(text)), text).to.equal(text);
    }
  });

  it('adds 90 days across month ends', () => {
    expect(plus90('2025-01-31')).to.equal('2025-05-01');
    expect(plus90('2024-01-31')).to.equal('2024-04-30');
    expect(plus90('2023-11-30')).to.equal('2024-02-28');
    expect(plus90('2024-11-30')).to.equal('2025-02-28');
  });

  it('knows leap years: 2024 and 2000 are, 2025 and 2100 are not', () => {
    expect(plus90('2024-02-29')).to.equal('2024-05-29');
    expect(parseIsoDate('2000-02-29')).to.not.equal(undefined);
    expect(parseIsoDate('2025-02-29')).to.equal(undefined);
    expect(parseIsoDate('2100-02-29')).to.equal(undefined);
    // 2099-12-01 + 90 passes through a 28-day February 2100.
    expect(plus90('2099-12-01')).to.equal('2100-03-01');
  });

  it('crosses year ends', () => {
    expect(plus90('2024-10-03')).to.equal('2025-01-01');
    expect(plus90('2024-12-31')).to.equal('2025-03-31');
    expect(formatIsoDate(day('2024-12-31') + 1)).to.equal('2025-01-01');
  });

  it('rejects text that is not a real date', () => {
    for (const text of [
      '',
      'tomorrow',
      '2025-02-30',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '2025-1-5',
      '25-01-31',
      '0000-01-01',
      // Years of fewer than four digits: a year being typed, or a two-digit one (25, not 2025).
      '0025-01-31',
      '0999-12-31',
      '+02025-01-31',
      '2025-01-31T00:00',
      '2025/01/31',
      ' 2025-01-31',
      '２０２５-01-31',
    ]) {
      expect(parseIsoDate(text), JSON.stringify(text)).to.equal(undefined);
    }
    expect(parseIsoDate(undefined)).to.equal(undefined);
    expect(parseIsoDate(null)).to.equal(undefined);
  });

  it('writes dates the locale\'s way, in both locales', () => {
    expect(formatLongDate(day('2025-05-01'), 'en')).to.equal('May 1, 2025');
    expect(formatLongDate(day('2025-05-01'), 'zh-CN')).to.equal('2025年5月1日');
    expect(formatLongDate(day('2024-02-29'), 'en')).to.equal('February 29, 2024');
  });

  it('takes today from the reader\'s calendar, up to the last millisecond of the day', () => {
    expect(formatIsoDate(localToday(new Date(2024, 1, 29, 23, 59, 59, 999)))).to.equal('2024-02-29');
    expect(formatIsoDate(localToday(new Date(2024, 2, 1, 0, 0, 0, 0)))).to.equal('2024-03-01');
    expect(formatIsoDate(localToday(new Date(2024, 11, 31, 23, 59)))).to.equal('2024-12-31');
  });

  it('never reads local time: every local getter of Date throws, and the answers are the same', () => {
    withoutLocalTime(() => {
      expect(plus90('2025-01-31')).to.equal('2025-05-01');
      expect(formatLongDate(day('2025-05-01'), 'en')).to.equal('May 1, 2025');
      expect(calculateDeletion('2024-02-29', 90, day('2024-03-01'))).to.deep.equal({
        kind: 'valid',
        endDate: day('2024-02-29'),
        deletionDate: day('2024-05-29'),
        daysLeft: 89,
      });
      expect(() => localToday(new Date())).to.throw();
    });
  });

  // From UTC-12 to UTC+14: the dates never move, and only "today" follows the reader's zone.
  for (const zone of fakeZones) {
    const { offset } = zone;
    it(`gives the same dates in ${zone.name}`, () => {
      withFakeTimeZone(zone, () => {
        expect(plus90('2025-01-31')).to.equal('2025-05-01');
        expect(plus90('2024-02-29')).to.equal('2024-05-29');
        expect(plus90('2099-12-01')).to.equal('2100-03-01');
        // Days around daylight-saving changes in the USA and Europe are days like any other.
        expect(formatIsoDate(day('2025-03-09') + 1)).to.equal('2025-03-10');
        expect(formatIsoDate(day('2025-03-30') + 1)).to.equal('2025-03-31');
        expect(formatIsoDate(day('2025-10-26') + 1)).to.equal('2025-10-27');
        expect(formatLongDate(day('2025-05-01'), 'en')).to.equal('May 1, 2025');
        expect(formatLongDate(day('2025-05-01'), 'zh-CN')).to.equal('2025年5月1日');
        // 23:30 UTC on January 31 is February 1 east of UTC+0:30, and January 31 elsewhere.
        const lateEvening = new Date(Date.UTC(2025, 0, 31, 23, 30));
        expect(formatIsoDate(localToday(lateEvening))).to.equal(offset >= 30 ? '2025-02-01' : '2025-01-31');
        // The fake zone is real to Intl too: the same instant, written without a zone.
        expect(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(lateEvening)).to.equal(offset >= 30 ? 'February 1, 2025' : 'January 31, 2025');
      });
    });
  }
});

describe('calculateDeletion', () => {
  const today = day('2025-02-10');

  it('counts the days left until the deletion date', () => {
    expect(calculateDeletion('2025-01-31', 90, today)).to.deep.equal({ kind: 'valid', endDate: day('2025-01-31'), deletionDate: day('2025-05-01'), daysLeft: 80 });
    expect(calculateDeletion('2025-02-10', 0, today)).to.deep.include({ deletionDate: today, daysLeft: 0 });
    expect(calculateDeletion('2024-10-01', 90, today)).to.deep.include({ daysLeft: -42 });
  });

  it('tells a missing date from an invalid one, and never throws', () => {
    expect(calculateDeletion(undefined, 90, today)).to.deep.equal({ kind: 'empty' });
    expect(calculateDeletion('', 90, today)).to.deep.equal({ kind: 'empty' });
    expect(calculateDeletion('2025-02-30', 90, today)).to.deep.equal({ kind: 'invalid' });
    expect(calculateDeletion('not a date', 90, today)).to.deep.equal({ kind: 'invalid' });
    expect(calculateDeletion(' 2025-01-31 ', 90, today)).to.deep.include({ kind: 'valid', daysLeft: 80 });
    // While the reader types it, a date that is not one yet is not an error yet either.
    expect(calculateDeletion('0202-01-31', 90, today, true)).to.deep.equal({ kind: 'empty' });
    expect(calculateDeletion('0202-01-31', 90, today)).to.deep.equal({ kind: 'invalid' });
  });

  // A deletion date in year 10000 was shown ("February 29, 10000") and given to the page as
  // "10000-02-29": an end date is taken up to the one deleted on December 31, 9999.
  it('gives no deletion date after December 31, 9999, but the last end date there is', () => {
    expect(formatIsoDate(LAST_DELETION_DATE)).to.equal('9999-12-31');
    expect(calculateDeletion('9999-10-02', 90, today)).to.deep.include({ kind: 'valid', deletionDate: LAST_DELETION_DATE });
    expect(calculateDeletion('9999-10-03', 90, today)).to.deep.equal({ kind: 'invalid', latest: day('9999-10-02') });
    // A whole date, not one on its way: said at once, not only once the reader leaves the field.
    expect(calculateDeletion('9999-12-01', 90, today, true)).to.deep.equal({ kind: 'invalid', latest: day('9999-10-02') });
    expect(calculateDeletion('9998-12-31', 365, today)).to.deep.include({ kind: 'valid', deletionDate: LAST_DELETION_DATE });
    expect(calculateDeletion('9999-01-01', 365, today)).to.deep.equal({ kind: 'invalid', latest: day('9998-12-31') });
  });
});
