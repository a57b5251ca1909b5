// "This week", first on the page: hours paid and unpaid, earnings, what an hour really paid, the weekly goal's
// progress and, once the reader follows payouts, what is owed, in one glance on a phone. It reads the copy of the week
// the log keeps (src/lib/work-log/week-snapshot.ts), not the log itself, so it shows at load without the log's
// storage code; it opens the log only where a log exists and the copy is missing (a log kept before the copy was).
import { useEffect, useState } from 'preact/hooks';
import { formatDate, formatSpan } from '../../lib/core/dates';
import { formatCents } from '../../lib/core/format';
import { snapshotCovers, type WeekSnapshot } from '../../lib/work-log/week-snapshot';
import { weekGlance, weekOf } from '../../lib/work-log/week-glance';
import { hasSavedLog } from '../../browser/saved-log';
import { $weekSnapshot } from '../../stores/week-snapshot';
import { Money, RatesNote } from '../../ui/Money';
import { useSettings } from '../../ui/use-settings';
import { useToday } from './use-today';
import { loadLogStore } from './log-store';
import './work-log.css';

const one = (value: number) => String(Math.round(value * 10) / 10);
const NO_LOG: WeekSnapshot = { writtenOn: '', days: [], owed: null };

export default function WorkLogThisWeek() {
  const settings = useSettings();
  const today = useToday();
  const [snapshot, setSnapshot] = useState<WeekSnapshot | null>(null);
  useEffect(() => {
    const unsubscribe = $weekSnapshot.listen(setSnapshot);
    setSnapshot($weekSnapshot.get());
    return unsubscribe;
  }, []);
  const from = today && weekOf(today, settings.weekStart).from;
  const usable = snapshot !== null && (snapshot === NO_LOG || snapshotCovers(snapshot, from));
  useEffect(() => {
    // No copy of the week, or one from a week ago on a clock turned back: open the log if there is one (it writes a
    // fresh copy), else the week is empty.
    if (!today || usable) return;
    void hasSavedLog().then((saved) => (saved ? loadLogStore().then((log) => log.loadWorkLog()) : setSnapshot(NO_LOG)));
  }, [today, usable]);

  const week = usable && today ? weekGlance(snapshot.days, today, settings) : null;
  const { goal, currency } = settings;
  const owed = snapshot?.owed;
  return (
    <section aria-labelledby="log-week-heading" class="work-log__week" data-ready={week ? '' : undefined}>
      <h2 id="log-week-heading">This week</h2>
      {/* One line before the week is known as after, so nothing below moves when it shows. */}
      <p class="work-log__week-span">{week ? formatSpan(week.from, week.to) : '\u00a0'}</p>
      <dl class="week-figures">
        <div>
          <dt>Paid hours</dt>
          <dd>{week ? one(week.paidHours) : '–'}</dd>
        </div>
        <div>
          <dt>Unpaid hours</dt>
          <dd>{week ? one(week.unpaidHours) : '–'}</dd>
        </div>
        <div>
          <dt>Earnings</dt>
          <dd>{week ? <Money usd={week.earnings} date={today} currency={currency} /> : '–'}</dd>
        </div>
        <div>
          <dt>An hour really paid</dt>
          <dd>
            {!week ? '–' : week.effectiveRate === null ? 'no hours yet' : <Money usd={week.effectiveRate} date={today} currency={currency} />}
            {week && week.advertisedRate !== null && week.unpaidHours > 0 && (
              <span class="week-figures__note"> ({formatCents(week.advertisedRate)} before unpaid time)</span>
            )}
          </dd>
        </div>
      </dl>
      {goal ? (
        <div class="week-goal">
          <label for="log-week-goal">
            Goal:{' '}
            {!week || week.goalShare === null
              ? '–'
              : `${goal.kind === 'paidHours' ? `${one(week.paidHours)} of ${one(goal.amount)} paid hours` : `${formatCents(week.earnings)} of ${formatCents(goal.amount)}`} (${Math.round(week.goalShare * 100)} %)`}
          </label>
          <progress id="log-week-goal" max={1} value={week?.goalShare ? Math.min(1, week.goalShare) : 0} />
        </div>
      ) : (
        <p class="week-goal">
          <a href="#log-settings-heading">Set a weekly goal</a> to see your progress here.
        </p>
      )}
      {week && owed && (
        <p>
          Owed to you{owed.on === today ? '' : ` on ${formatDate(owed.on, true)}`}: <strong>{formatCents(owed.amount)}</strong>
          {owed.overdue > 0 && <>, {formatCents(owed.overdue)} of it overdue</>}. <a href="#log-money-heading">What is owed, and when</a>
        </p>
      )}
      {week && <RatesNote currency={currency} />}
    </section>
  );
}
