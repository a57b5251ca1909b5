// "Money owed to you": per platform, the earnings not yet received, when each amount should land (from the
// platform's sourced schedule, worked out in its time zone and given on the reader's calendar, or the reader's own
// estimate), and what is overdue, with the platform's help on missing payments. Payouts are recorded, edited and
// deleted (with Undo) here; what the reader's payouts teach is in "Your figures".
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Entry } from '../../lib/work-log/fields';
import type { Payout, PayoutFields } from '../../lib/work-log/payouts';
import { owedByPlatform, type PayRules } from '../../lib/work-log/schedules';
import { addDays, formatDay, readerZone } from '../../lib/core/dates';
import { formatCents } from '../../lib/core/format';
import { Field, controlProps } from '../../ui/Field';
import { announce, dismissUndo } from '../../stores/work-log';
import { deletePayout, editPayout, recordPayout, settleBefore, undoPayoutDelete } from '../../stores/work-log-actions';
import { finishPayoutPrompt } from '../../stores/reader-settings-actions';
import { noteOwed } from '../../stores/week-snapshot';
import { useSettings } from '../../ui/use-settings';
import { OwedCard } from './OwedCard';
import { PayoutList } from './PayoutList';
import { PayoutForm } from './PayoutForm';
import { useToday } from './use-today';
import { useWorkLog } from './use-work-log';
import './work-log.css';

interface Props {
  /** Each platform's sourced pay rules, read at build time. */
  rules: PayRules[];
  /** Each comparison platform's answers on /answers/, by the name the log writes (written at build time). */
  answersLinks: Record<string, string>;
}

export default function WorkLogPayouts({ rules, answersLinks }: Props) {
  const log = useWorkLog();
  const today = useToday();
  const settings = useSettings();
  const [formFor, setFormFor] = useState<{ editing: Payout | null; platform?: string } | null>(null);
  const [settleDate, setSettleDate] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const { entries, payouts, status, notice, noticeFor, payoutUndo } = log;

  const owed = useMemo(
    () =>
      status === 'ready' && today
        ? owedByPlatform(entries, { rules, settings, paidBefore: new Set(payouts.filter((p) => !p.settled).map((p) => p.platform)), today, readerZone: readerZone() })
        : [],
    [entries, payouts, settings, today, status],
  );
  const shown = status === 'ready' && today !== '';
  useEffect(() => {
    // The benchmark measures load to this mark: the first render with what is owed.
    if (shown) performance.mark('work-log:money-shown');
  }, [shown]);
  const totals = owed.reduce((sum, platform) => ({ owed: sum.owed + platform.amount, overdue: sum.overdue + platform.overdue }), { owed: 0, overdue: 0 });
  // "This week" shows what is owed at load, from the copy of the week (the log rewrites it on every change, owed unset).
  useEffect(() => {
    if (shown) noteOwed(payouts.length > 0 ? { on: today, amount: totals.owed, overdue: totals.overdue } : null);
  }, [shown, entries, payouts, totals.owed, totals.overdue, today]);
  // The log's platforms, the most recently worked first.
  const platforms = [...new Set(entries.map((entry) => entry.platform))];
  /** The payout methods a platform's sources name, when it has several schedules. */
  const methodsOf = (platform: string) =>
    (rules.find((rule) => rule.platform === platform)?.schedules ?? []).flatMap((schedule) => ('method' in schedule && schedule.method ? [schedule.method] : []));
  // A log with unpaid work over a month old and no payout yet was most likely kept before it followed payouts.
  const monthAgo = today ? addDays(today, -30) : '';
  const hasOldUnpaid = entries.some((entry) => entry.payoutId === null && entry.earningsUsd > 0 && entry.date < monthAgo);
  const offerSettle = status === 'ready' && !settings.payoutPromptDone && payouts.length === 0 && hasOldUnpaid;

  const act = async (action: () => Promise<unknown>, failure: string) => {
    try {
      await action();
      return true;
    } catch {
      announce(failure, 'payouts');
      return false;
    }
  };
  const save = async (fields: PayoutFields, covered: Entry[]) => {
    const editing = formFor?.editing ?? null;
    const saved = await act(
      () => (editing ? editPayout(editing, fields, covered) : recordPayout(fields, covered)),
      'The browser refused to save the payout; nothing was changed.',
    );
    if (saved) {
      setFormFor(null);
      requestAnimationFrame(() => heading.current?.focus());
    }
  };

  return (
    <section aria-labelledby="log-money-heading" class="work-log__money" data-ready={shown ? '' : undefined}>
      <h2 id="log-money-heading" ref={heading} tabIndex={-1}>
        Money owed to you
      </h2>
      <p class="work-log__status" role="status">
        {noticeFor === 'payouts' ? notice : ''}
      </p>
      {payoutUndo && (
        <p class="work-log__undo">
          The payout from {payoutUndo.payout.platform} received on {formatDay(payoutUndo.payout.receivedOn)} was deleted.{' '}
          <button type="button" class="button" onClick={() => void act(undoPayoutDelete, 'The browser refused to put the payout back; try Undo again.')}>
            Undo
          </button>
        </p>
      )}
      {!shown ? (
        <p>What you are owed appears here once the log has been read.</p>
      ) : (
        <>
          {offerSettle && (
            <div class="work-log__notice">
              <p>
                Until you record payouts, all the earnings in your log read as owed, some of it from over a month ago. If you
                were already paid for the work before a date, mark that work as paid: it then counts for nothing in the
                figures about payouts.
              </p>
              <div class="work-log__actions">
                <Field id="settle-before" label="Mark everything before this date as paid">
                  <input type="date" max={today} value={settleDate} onInput={(e) => setSettleDate(e.currentTarget.value)} {...controlProps('settle-before', {})} />
                </Field>
              </div>
              <div class="work-log__actions">
                <button
                  type="button"
                  class="button"
                  disabled={!settleDate}
                  onClick={() =>
                    void act(async () => {
                      await settleBefore(settleDate);
                      finishPayoutPrompt();
                    }, 'The browser refused to save the change; nothing was marked.')
                  }
                >
                  {settleDate ? `Mark everything before ${formatDay(settleDate)} as paid` : 'Mark as paid'}
                </button>
                <button type="button" class="button" onClick={() => finishPayoutPrompt()}>
                  Keep it all as owed
                </button>
              </div>
            </div>
          )}
          {owed.length === 0 ? (
            <p>{entries.length === 0 ? 'Nothing yet: add the work you are paid for above.' : 'Nothing is owed to you: every entry with earnings has been paid.'}</p>
          ) : (
            <>
              <p class="owed__totals">
                Owed: <strong>{formatCents(totals.owed)}</strong>
                {totals.overdue > 0 ? (
                  <>
                    , of which <strong>{formatCents(totals.overdue)} overdue</strong>
                  </>
                ) : (
                  ', none of it overdue'
                )}
                .
              </p>
              {owed.map((platform) => (
                <OwedCard
                  key={platform.platform}
                  owed={platform}
                  methods={methodsOf(platform.platform)}
                  hasSchedule={rules.some((rule) => rule.platform === platform.platform && rule.schedules.length > 0)}
                  answers={answersLinks[platform.platform] ? `${answersLinks[platform.platform]}#paid` : null}
                  settings={settings}
                  onRecord={() => (dismissUndo(), setFormFor({ editing: null, platform: platform.platform }))}
                />
              ))}
            </>
          )}
          {formFor ? (
            <PayoutForm
              key={formFor.editing?.id ?? formFor.platform ?? 'new'}
              entries={entries}
              platforms={platforms}
              today={today}
              editing={formFor.editing}
              localCode={settings.currency?.code ?? null}
              start={formFor.platform ? { platform: formFor.platform } : undefined}
              onSave={save}
              onCancel={() => setFormFor(null)}
            />
          ) : (
            entries.length > 0 && (
              <button type="button" class="button button--primary" onClick={() => (dismissUndo(), setFormFor({ editing: null }))}>
                Record a payout
              </button>
            )
          )}
          {payouts.length > 0 && (
            <PayoutList
              payouts={payouts}
              entries={entries}
              onEdit={(payout) => (dismissUndo(), setFormFor({ editing: payout }))}
              onDelete={(payout) => void act(() => deletePayout(payout), 'The browser refused to delete the payout; it is still in your log.')}
              currency={settings.currency}
            />
          )}
        </>
      )}
    </section>
  );
}
