import { describe, expect, it } from 'vitest';
import { $currentLevel, $hoursPerWeek, $weeksPerYear, setCurrentLevel, setHoursPerWeek, setWeeksPerYear } from '../../src/stores/profile';

describe('profile store actions never store an invalid value', () => {
  it('level', () => {
    setCurrentLevel('4');
    expect($currentLevel.get()).toBe(4);
    for (const bad of ['0', '6', 'two', '', '2.5', null]) setCurrentLevel(bad);
    expect($currentLevel.get()).toBe(4);
  });
  it('hours per week', () => {
    setHoursPerWeek(12.5);
    expect($hoursPerWeek.get()).toBe(12.5);
    for (const bad of ['0', '-3', '169', 'NaN', 'Infinity', '']) setHoursPerWeek(bad);
    expect($hoursPerWeek.get()).toBe(12.5);
  });
  it('weeks per year', () => {
    setWeeksPerYear('50');
    expect($weeksPerYear.get()).toBe(50);
    for (const bad of ['0', '53', '1e3']) setWeeksPerYear(bad);
    expect($weeksPerYear.get()).toBe(50);
  });
});
