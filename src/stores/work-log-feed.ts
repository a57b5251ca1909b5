// The work log's figures for the other tools. The log (and its storage code) loads only when a reader asks for it,
// so the pay estimator, the timeline and the readiness check carry none of it at load.
import { atom } from 'nanostores';
import { formatSpan, readerToday } from '../lib/core/dates';
import { FEED_DAYS, readinessFeed, recentRate, recentWeeklyHours, windowEnding } from '../lib/work-log/figures';

export type LogFeedKind = 'readiness' | 'rate' | 'hours';

export interface LogFeed {
  /** Figures to fill in, by the receiving field's id; null when the log has nothing to use. */
  values: Record<string, number> | null;
  /** What was filled and the dates it covers, or why nothing was. */
  message: string;
}

/** The latest answer for each tool, so a tool's status line can show it. */
export const $logFeed = atom<Partial<Record<LogFeedKind, LogFeed>>>({});

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;


export async function readLogFeed(kind: LogFeedKind): Promise<LogFeed> {
  const log = await import('./work-log');
  await log.loadWorkLog();
  const { entries } = log.$workLog.get();
  const today = readerToday();
  const feed = entries.length === 0 ? emptyFeed() : computeFeed(kind, entries, today);
  $logFeed.set({ ...$logFeed.get(), [kind]: feed });
  return feed;
}

const emptyFeed = (): LogFeed => ({
  values: null,
  message: 'Your work log has no entries yet, so there is nothing to fill in. Add your days in the work log first.',
});

function computeFeed(kind: LogFeedKind, entries: Parameters<typeof readinessFeed>[0], today: string): LogFeed {
  if (kind === 'rate') {
    const recent = recentRate(entries, today);
    if (recent === null) return { values: null, message: `Your work log has no hours from ${lastFourWeeks(today)}, so it has no rate to use.` };
    return {
      values: { rate: round(recent.rate, 2) },
      message: `Rate filled from your work log: $${round(recent.rate, 2).toFixed(2)} an hour, earnings ÷ paid and unpaid hours, ${formatSpan(recent.from, recent.to)}.`,
    };
  }
  if (kind === 'hours') {
    const recent = recentWeeklyHours(entries, today);
    if (recent === null) return { values: null, message: `Your work log has no paid hours from ${lastFourWeeks(today)}, so it has no weekly hours to use.` };
    return {
      values: { hours: round(recent.hours, 1) },
      message: `Hours filled from your work log: ${round(recent.hours, 1)} paid hours a week on average, ${formatSpan(recent.from, recent.to)}.`,
    };
  }
  const feed = readinessFeed(entries, today)!;
  const values: Record<string, number> = { activeDaysLast30: feed.activeDaysLast30, tasksCompleted: feed.tasksCompleted };
  if (feed.qualityScorePercent !== null) values.qualityScorePercent = round(feed.qualityScorePercent, 1);
  const quality = feed.qualityScorePercent === null ? ' No entry in those days gave a quality score, so that field was left as it was.' : '';
  return {
    values,
    message: `Filled from your work log: days active${quality ? '' : ' and quality score'} from ${formatSpan(feed.activity.from, feed.activity.to)}; tasks completed from ${formatSpan(feed.tasks.from, feed.tasks.to)}.${quality}`,
  };
}

/** The last four weeks, for messages. */
function lastFourWeeks(today: string): string {
  const { from, to } = windowEnding(today, FEED_DAYS);
  return formatSpan(from, to);
}
