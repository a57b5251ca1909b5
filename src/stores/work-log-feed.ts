// The work log's figures for the other tools. The log (and its storage code) loads only when a reader asks for it,
// so the pay estimator, the timeline and the readiness check carry none of it at load. A figure the receiving tool
// would refuse (no hours a week, a rate of $0) is not filled: the tool says which it takes (`accepts`), the message
// says why a figure was left out, and the reader's value stays.
import { atom } from 'nanostores';
import { formatSpan, readerToday } from '../lib/core/dates';
import { countText } from '../lib/core/format';
import { FEED_DAYS, readinessFeed, recentPay, recentWeeklyHours, windowEnding, type CoveredSpan } from '../lib/work-log/figures';
import type { EntryFields } from '../lib/work-log/fields';

export type LogFeedKind = 'readiness' | 'rate' | 'hours';

export interface LogFeed {
  /** Figures to fill in, by the receiving field's id; null when the log has nothing the tool can use. */
  values: Record<string, number> | null;
  /** What was filled and the entries and dates it covers, or why nothing was. */
  message: string;
}

/** What the asking tool is showing, where the answer depends on it, and the figures it takes. */
export interface FeedRequest {
  /** The pay estimator's level: the log's entries at that level, where it has some. */
  level?: number;
  /** Whether the tool takes this value in this field (its own validator); every value when not given. */
  accepts?: (field: string, value: number) => boolean;
}

/** The latest answer for each tool, so a tool's status line can show it. */
export const $logFeed = atom<Partial<Record<LogFeedKind, LogFeed>>>({});

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export async function readLogFeed(kind: LogFeedKind, request: FeedRequest = {}): Promise<LogFeed> {
  const log = await import('./work-log');
  await log.loadWorkLog();
  const { entries, status, failure } = log.$workLog.get();
  if (status === 'failed') return { values: null, message: `${failure} Nothing was filled in.` };
  const today = readerToday();
  const feed = entries.length === 0 ? emptyFeed() : computeFeed(kind, entries, today, request);
  $logFeed.set({ ...$logFeed.get(), [kind]: feed });
  return feed;
}

const emptyFeed = (): LogFeed => ({
  values: null,
  message: 'Your work log has no entries yet, so there is nothing to fill in. Add your days in the work log first.',
});

/** "over 10 days (1 Dec 2026 to 10 Dec 2026)": the span a figure was averaged over. */
const over = (span: CoveredSpan) => `over ${countText(span.days, 'day')} of your log (${formatSpan(span.from, span.to)})`;

function computeFeed(kind: LogFeedKind, entries: readonly EntryFields[], today: string, request: FeedRequest): LogFeed {
  const accepts = request.accepts ?? (() => true);
  if (kind === 'rate') return rateFeed(entries, today, request.level ?? 1, accepts);
  if (kind === 'hours') return hoursFeed(entries, today, accepts);
  const feed = readinessFeed(entries, today)!;
  const values: Record<string, number> = { activeDaysLast30: feed.activeDaysLast30, tasksCompleted: feed.tasksCompleted };
  if (feed.qualityScorePercent !== null) values.qualityScorePercent = round(feed.qualityScorePercent, 1);
  const quality = feed.qualityScorePercent === null ? ' No entry in those days gave a quality score, so that field was left as it was.' : '';
  return {
    values,
    message: `Filled from your work log: days active${quality ? '' : ' and quality score'} from ${formatSpan(feed.activity.from, feed.activity.to)}; tasks completed from ${formatSpan(feed.tasks.from, feed.tasks.to)}.${quality}`,
  };
}

type Accepts = NonNullable<FeedRequest['accepts']>;

function hoursFeed(entries: readonly EntryFields[], today: string, accepts: Accepts): LogFeed {
  const recent = recentWeeklyHours(entries, today);
  if (recent === null) return { values: null, message: `Your work log has no paid hours from ${lastFourWeeks(today)}, so it has no weekly hours to use.` };
  const hours = round(recent.hours, 1);
  if (!accepts('hours', hours)) {
    return { values: null, message: `Your work log comes to ${hours} paid hours a week ${over(recent)}, fewer than the timeline takes, so your hours were left as they were.` };
  }
  return { values: { hours }, message: `Hours filled from your work log: ${hours} paid hours a week on average ${over(recent)}.` };
}

function rateFeed(entries: readonly EntryFields[], today: string, level: number, accepts: Accepts): LogFeed {
  const recent = recentPay(entries, today, level);
  if (recent === null) return { values: null, message: `Your work log has no entries from ${lastFourWeeks(today)}, so it has no pay to use.` };
  const which = `${countText(recent.entries, 'entry', 'entries')} ${recent.level === null ? `at any level (none is at Level ${level})` : `at Level ${level}`}`;
  const values: Record<string, number> = {};
  const said: string[] = [];
  const rate = recent.ratePerPaidHour === null ? null : round(recent.ratePerPaidHour, 2);
  if (rate !== null && accepts('rate', rate)) {
    values.rate = rate;
    said.push(`$${rate.toFixed(2)} per paid hour`);
  } else {
    said.push(
      rate === null
        ? 'no paid hours, so no rate (your rate stays as it was)'
        : `$${rate.toFixed(2)} per paid hour, which the estimator does not take, so your rate stays as it was`,
    );
  }
  const unpaid = round(recent.unpaidPerWeek, 1);
  if (accepts('unpaid', unpaid)) {
    values.unpaid = unpaid;
    said.push(`${unpaid} unpaid ${unpaid === 1 ? 'hour' : 'hours'} a week`);
  }
  return {
    values: Object.keys(values).length > 0 ? values : null,
    message: `From your work log, ${which} ${over(recent)}: ${said.join('; ')}.`,
  };
}

/** The last four weeks, for messages. */
function lastFourWeeks(today: string): string {
  const { from, to } = windowEnding(today, FEED_DAYS);
  return formatSpan(from, to);
}
