// The promotion timeline's state, shared by the full tool and the small one on the guide: the form, how it opens from
// a link and this browser's profile, how it follows the profile changed in another tool or tab, and the plan it gives.
import { useState } from 'preact/hooks';
import { useProfileChanges } from '../../ui/use-profile';
import { useDrawingCode } from '../../ui/hooks';
import { $currentLevel, $hoursPerWeek, $weeksPerYear, setCurrentLevel, setHoursPerWeek } from '../../stores/profile';
import { DEFAULT_WEEKS_PER_YEAR } from '../../lib/core/defaults';
import { readerToday } from '../../lib/core/dates';
import { levelLabel, levelOptionLabel } from '../../lib/core/format';
import { levelByRank } from '../../lib/core/levels';
import { readHoursPerWeek, readLevelRank } from '../../lib/core/profile';
import { planClimb, type StepData } from '../../lib/timeline/timeline';
import type { LevelPay } from '../../lib/timeline/earnings';
import { defaultTimelineForm, readTimelineForm, timelineFormFrom, type TimelineForm, type TimelineLink } from '../../lib/timeline/form';

type PlanChartModule = typeof import('./PlanChart');
// The server draws the plan's chart for the defaults, so the page shows it without JavaScript; the browser loads its
// code only once the plan differs (stored or linked values, an edit), which keeps it out of the JavaScript at load.
const serverPlanChart: PlanChartModule | null = import.meta.env.SSR ? await import('./PlanChart') : null;

export interface TimelineLevel extends LevelPay {
  role: string;
}

export function useTimeline(levels: readonly TimelineLevel[], steps: readonly StepData[]) {
  const topRank = levels.length;
  // Until mounted every value is the build-time default, so the server HTML and the first client render agree.
  const [form, setForm] = useState(defaultTimelineForm(''));
  const [weeksPerYear, setWeeksPerYear] = useState(DEFAULT_WEEKS_PER_YEAR);
  const [mounted, setMounted] = useState(false);
  const update = (change: Partial<TimelineForm>) => setForm((current) => ({ ...current, ...change }));

  /** Once mounted: the link's values first, then this browser's stored profile, then the defaults. */
  const open = (linked: TimelineLink | null) => {
    const stored = { level: readLevelRank($currentLevel.get(), topRank), hours: $hoursPerWeek.get() };
    setForm(timelineFormFrom(linked ?? { written: {} }, stored, readerToday()));
    setWeeksPerYear($weeksPerYear.get());
    setMounted(true);
  };
  // The profile changed in another tool or tab: show it; a field already showing that number keeps its text.
  useProfileChanges(topRank, ({ level, hours, weeks }) => {
    if (level !== undefined) update({ level });
    if (hours !== undefined) setForm((current) => (readHoursPerWeek(current.hours) === hours ? current : { ...current, hours: String(hours) }));
    if (weeks !== undefined) setWeeksPerYear(weeks);
  });

  const reading = readTimelineForm(form, topRank, mounted);
  const plan = reading.hours === null ? null : planClimb(steps, reading.level, reading.targetRank, reading.hours);
  const roleOf = (rank: number) => levelByRank(levels, rank).role;
  const planChart = useDrawingCode(() => import('./PlanChart'), serverPlanChart, JSON.stringify([reading.level, reading.targetRank, reading.hours]));
  return {
    planChart,
    form,
    setForm,
    update,
    open,
    mounted,
    weeksPerYear,
    reading,
    plan,
    roleOf,
    labelOf: (rank: number) => levelLabel(levelByRank(levels, rank)),
    options: levels.map((l) => ({ rank: l.rank, label: levelOptionLabel(l) })),
    pickLevel: (rank: number) => {
      update({ level: rank });
      setCurrentLevel(rank);
    },
    editHours: (raw: string) => {
      update({ hours: raw });
      setHoursPerWeek(raw);
    },
  };
}

export type Timeline = ReturnType<typeof useTimeline>;
