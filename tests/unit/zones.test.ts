// Clocks in other time zones (src/lib/core/zones.ts) and the pay week in words (src/lib/platforms/zoned-week.ts).
// Every expected value is worked by hand from the zones' offsets.
import { describe, expect, it } from 'vitest';
import { currentZonedWeek, formatWallClock, instantInZone, isTimeZone, zoneOffsetMinutes } from '../../src/lib/core/zones';

describe('a week set in another time zone, converted with its IANA name', () => {
  const mercor = { zone: 'Asia/Kolkata', startDay: 'Saturday', startTime: '00:00' } as const;

  it('reads a zone’s offset, with daylight saving where the zone has it', () => {
    expect(zoneOffsetMinutes(new Date('2026-12-07T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Asia/Kathmandu')).toBe(345);
  });
  it('finds the instant a wall-clock time names, on either side of a clock change', () => {
    // Saturday 5 December 2026, 00:00 in India is 18:30 UTC the evening before (UTC+5:30).
    expect(instantInZone('2026-12-05', 0, 'Asia/Kolkata').toISOString()).toBe('2026-12-04T18:30:00.000Z');
    // New York moved its clocks forward at 02:00 on 8 March 2026: 01:00 is UTC−5, 03:00 is UTC−4.
    expect(instantInZone('2026-03-08', 60, 'America/New_York').toISOString()).toBe('2026-03-08T06:00:00.000Z');
    expect(instantInZone('2026-03-08', 180, 'America/New_York').toISOString()).toBe('2026-03-08T07:00:00.000Z');
  });
  it('finds the week that contains now: Saturday 00:00 to Friday 23:59, India time', () => {
    // Monday 7 December 2026, noon UTC: the week began on Saturday 5 December in India.
    const week = currentZonedWeek(mercor, new Date('2026-12-07T12:00:00Z'));
    expect(week.start.toISOString()).toBe('2026-12-04T18:30:00.000Z');
    expect(week.last.toISOString()).toBe('2026-12-11T18:29:00.000Z');
    // Friday 4 December 18:29 UTC is Friday 23:59 in India: still the week before.
    expect(currentZonedWeek(mercor, new Date('2026-12-04T18:29:00Z')).start.toISOString()).toBe('2026-11-27T18:30:00.000Z');
    // One minute later the new week has begun.
    expect(currentZonedWeek(mercor, new Date('2026-12-04T18:30:00Z')).start.toISOString()).toBe('2026-12-04T18:30:00.000Z');
  });
  it('words an instant on the reader’s clocks, across a change to summer time', () => {
    const week = currentZonedWeek(mercor, new Date('2026-12-07T12:00:00Z'));
    expect(formatWallClock(week.start, 'Europe/London')).toBe('Friday 4 December, 18:30');
    expect(formatWallClock(week.start, 'America/Sao_Paulo')).toBe('Friday 4 December, 15:30');
    expect(formatWallClock(week.last, 'Asia/Kolkata')).toBe('Friday 11 December, 23:59');
    // New York changes to summer time on 8 March 2026: the week from 7 March starts at 13:30 EST (UTC−5), and ends at
    // 14:29 EDT (UTC−4), because the clocks there went forward during it.
    const march = currentZonedWeek(mercor, new Date('2026-03-10T12:00:00Z'));
    expect(formatWallClock(march.start, 'America/New_York')).toBe('Friday 6 March, 13:30');
    expect(formatWallClock(march.last, 'America/New_York')).toBe('Friday 13 March, 14:29');
  });
  it('knows a time zone from a typing slip', () => {
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('Asia/Kolkatta')).toBe(false);
  });
});

describe('the pay week in words (src/lib/platforms/zoned-week.ts)', () => {
  const mercor = { zone: 'Asia/Kolkata', zoneName: 'India Standard Time', startDay: 'Saturday', startTime: '00:00' } as const;
  const monday = new Date('2026-12-07T12:00:00Z');

  it('without JavaScript: the zone’s offset, both of them where the zone has summer time', async () => {
    const { zoneOffsetSentence } = await import('../../src/lib/platforms/zoned-week');
    expect(zoneOffsetSentence(mercor, 2026)).toBe('India Standard Time is UTC+05:30 all year.');
    expect(zoneOffsetSentence({ ...mercor, zone: 'America/New_York', zoneName: 'New York time' }, 2026)).toBe(
      'New York time is UTC−05:00 in January and UTC−04:00 in July.',
    );
  });
  it('on the reader’s clock, or said to be their own zone', async () => {
    const { weekOnReaderClock } = await import('../../src/lib/platforms/zoned-week');
    expect(weekOnReaderClock(mercor, monday, 'Africa/Lagos')).toBe(
      'On your clock (Africa/Lagos), this week runs from Friday 4 December, 19:30 to Friday 11 December, 19:29.',
    );
    expect(weekOnReaderClock(mercor, monday, 'Asia/Kolkata')).toBe(
      'That is your own time zone: this week runs from Saturday 5 December, 00:00 to Friday 11 December, 23:59.',
    );
  });
});

describe('one zone under two names', () => {
  it('Asia/Calcutta, the name some browsers report, is Asia/Kolkata', async () => {
    const { sameTimeZone } = await import('../../src/lib/core/zones');
    expect(sameTimeZone('Asia/Calcutta', 'Asia/Kolkata')).toBe(true);
    expect(sameTimeZone('Asia/Kolkata', 'Asia/Kolkata')).toBe(true);
    expect(sameTimeZone('Asia/Dhaka', 'Asia/Kolkata')).toBe(false);
  });
});
