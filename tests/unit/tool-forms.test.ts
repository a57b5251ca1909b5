// Form rules that used to sit inside the islands, with hand-worked expectations.
import { describe, expect, it } from 'vitest';
import { changedEntries } from '../../src/lib/core/changes';
import { defaultPayForm, type PayLevel } from '../../src/lib/pay/pay';
import { applyStoredChange, chooseLevel, compactRateText, rateFollowsLevel, rateForLevel, switchPayMode } from '../../src/lib/pay/form';
import { windowText } from '../../src/lib/timeline/text';
import { readTimelineForm, timelineAddressCodec, timelineFormFrom } from '../../src/lib/timeline/form';

// A fixture, so the expectations do not move with the data: midpoints 25, 37.5 and 60.
const levels: PayLevel[] = [
  { rank: 1, role: 'Tasker', pay: { min: 15, max: 35 } },
  { rank: 2, role: 'Advanced', pay: { min: 25, max: 50 } },
  { rank: 3, role: 'Reviewer', pay: { min: 40, max: 80 } },
];
const form = defaultPayForm(levels);

describe('pay form rules', () => {
  it('a level opens at its midpoint, or at the reader’s stored rate', () => {
    expect(rateForLevel(levels, 2)).toBe('37.5');
    expect(rateForLevel(levels, 2, 41)).toBe('41');
    expect(chooseLevel(levels, { ...form, rate: '90' }, 3)).toMatchObject({ level: 3, rate: '60' });
  });
  it('a rate at the midpoint follows the level; any other rate is the reader’s own', () => {
    expect(rateFollowsLevel(levels, { level: 2, rate: '37.50' })).toBe(true);
    expect(rateFollowsLevel(levels, { level: 2, rate: '38' })).toBe(false);
  });
  it('switching to per-task pay carries the hourly rate over: $30 at 10 tasks an hour is $3 a task', () => {
    const perTask = switchPayMode({ ...form, rate: '30' }, 'perTask', 30);
    expect(perTask).toMatchObject({ mode: 'perTask', perTask: '3', tasksPerHour: '10' });
    // Back by the hour: 1.5 × 12 = $18.
    expect(switchPayMode({ ...perTask, perTask: '1.5', tasksPerHour: '12' }, 'hourly', 18)).toMatchObject({ mode: 'hourly', rate: '18' });
    expect(switchPayMode(perTask, 'perTask', 30)).toBe(perTask);
  });
  it('a value changed in another tab enters the form; a field already showing it keeps its text', () => {
    const typed = { ...form, hours: '20.0', fees: '5' };
    expect(applyStoredChange(levels, typed, { hours: 20 }, undefined)).toBe(typed);
    expect(applyStoredChange(levels, typed, { hours: 32 }, undefined)).toEqual({ ...typed, hours: '32' });
    // A removed setting returns to its default (fees 0).
    expect(applyStoredChange(levels, typed, { fees: undefined }, undefined)).toEqual({ ...typed, fees: '0' });
    // A new level brings its midpoint, or the stored rate.
    expect(applyStoredChange(levels, typed, { level: 3 }, undefined)).toMatchObject({ level: 3, rate: '60' });
    expect(applyStoredChange(levels, typed, { level: 3 }, 70)).toMatchObject({ level: 3, rate: '70' });
  });
  it('the compact estimator shows the hourly rate a per-task setting comes to', () => {
    expect(compactRateText({ ...form, mode: 'perTask' }, 18)).toBe('18');
    expect(compactRateText({ ...form, rate: '33' }, 33)).toBe('33');
  });
  it('lists what changed between two settings records, a removed entry as undefined', () => {
    expect(changedEntries<Record<string, number>>({ a: 1, b: 2 }, { a: 1, c: 3 })).toEqual({ b: 2, c: undefined });
  });
});

describe('timeline form rules', () => {
  const start = { year: 2027, month: 3, day: 1 };
  it('says when a level is reached as a window of months', () => {
    // 1 March 2027 + 4 months = July 2027; + 9 months = December 2027.
    expect(windowText(start, 4, 9)).toBe('between July 2027 and December 2027');
    expect(windowText(start, 4, 4)).toBe('in July 2027');
    // + 22 months = January 2029.
    expect(windowText(start, 22, null)).toBe('from January 2029 at the earliest, with no latest date');
  });
  it('the link wins, then the stored profile, then the defaults', () => {
    expect(timelineFormFrom({ from: 2, hours: 12, written: { hours: '12' } }, { level: 3, hours: 30 }, '2027-03-01')).toEqual({
      level: 2,
      target: null,
      hours: '12',
      start: '2027-03-01',
      horizon: '24',
    });
    expect(timelineFormFrom({ written: {} }, { level: null, hours: 30 }, '2027-03-01')).toMatchObject({ level: 1, hours: '30' });
  });
  it('checks the target against the levels it has', () => {
    const top = timelineFormFrom({ from: 3, written: {} }, { level: null, hours: 20 }, '2027-03-01');
    expect(readTimelineForm(top, 3, true).errors.target).toBe('You are at the top level; there is no higher level to plan for.');
    expect(readTimelineForm({ ...top, level: 2, target: 1 }, 3, true).errors.target).toBe('Choose a target level above your current level.');
    expect(readTimelineForm({ ...top, level: 1 }, 3, true).targetRank).toBe(2);
    expect(readTimelineForm({ ...top, start: '' }, 3, false).errors.start).toBeNull();
    expect(readTimelineForm({ ...top, hours: '0.5' }, 3, true).errors.hours).toBe('Enter hours per week as a number from 1 to 168.');
  });
  it('a link round-trips through the address codec', () => {
    const codec = timelineAddressCodec(3);
    const query = '?from=1&to=3&hours=12.5&start=2027-01-31&horizon=36';
    const linked = codec.read(query);
    expect(codec.write(timelineFormFrom(linked, { level: null, hours: 20 }, '2030-01-01'))).toBe(query);
  });
});
