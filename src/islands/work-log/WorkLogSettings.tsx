// "Your settings", in one place: currency and rates, the floor (my minimum hourly rate), the weekly goal, the day the
// week starts and the share to set aside. Each is saved as soon as it reads, shared live with every tool and tab,
// and carried in the log's backup; a value that does not read gets a message beside it and changes nothing.
import { useEffect, useState } from 'preact/hooks';
import { Field, controlProps } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';
import { useSettings } from '../../ui/use-settings';
import { WEEKDAYS } from '../../lib/core/weekdays';
import type { WeeklyGoal } from '../../lib/work-log/week-glance';
import { readFloor, readGoalAmount, readSetAside, type SettingReading } from '../../lib/settings/setting-inputs';
import { changeSettings } from '../../stores/reader-settings-actions';
import { CurrencySettings } from './CurrencySettings';
import { useToday } from './use-today';
import './work-log.css';

/** A number setting typed as text: saved when it reads, its message shown while it does not. */
function SettingField({
  id,
  label,
  hint,
  stored,
  read,
  save,
}: {
  id: string;
  label: string;
  hint: string;
  stored: number | null;
  read: (raw: string) => SettingReading<number | null>;
  save: (value: number | null) => void;
}) {
  const [text, setText] = useState(stored === null ? '' : String(stored));
  const [error, setError] = useState<string | null>(null);
  // Said once a typed value is kept, so the reader knows it was.
  const [kept, setKept] = useState('');
  // A change made in another tab shows here, unless this field is being typed into.
  useEffect(() => {
    const shown = read(text);
    if (error === null && (!('value' in shown) || shown.value !== stored)) setText(stored === null ? '' : String(stored));
  }, [stored]);
  return (
    <div>
      <NumberField
        id={id}
        label={label}
        hint={hint}
        value={text}
        error={error}
        inputMode="decimal"
        onValue={(raw) => {
          setText(raw);
          const reading = read(raw);
          setError('error' in reading ? reading.error : null);
          setKept('value' in reading ? (reading.value === null ? 'Cleared.' : 'Saved.') : '');
          if ('value' in reading) save(reading.value);
        }}
      />
      <p class="settings__kept" role="status">
        {kept}
      </p>
    </div>
  );
}

export default function WorkLogSettings() {
  const settings = useSettings();
  const today = useToday();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  // The goal's kind, chosen before an amount is typed; a goal's own kind once there is one.
  const [kindChosen, setKindChosen] = useState<WeeklyGoal['kind']>('paidHours');
  const kind = settings.goal?.kind ?? kindChosen;
  return (
    <section aria-labelledby="log-settings-heading" class="work-log__settings" data-ready={mounted && today ? '' : undefined}>
      <h2 id="log-settings-heading">Your settings</h2>
      <p>Kept in this browser beside your log, used by every tool, and carried in the log’s backup.</p>
      {!mounted ? (
        <p>Your settings appear here once the page has loaded.</p>
      ) : (
        <>
          <CurrencySettings settings={settings} today={today} />
          <SettingField
            id="settings-floor"
            label="My minimum hourly rate (USD)"
            hint="Weeks when an hour paid less than this, unpaid time counted, are marked. Blank for none."
            stored={settings.floorUsd}
            read={readFloor}
            save={(floorUsd) => changeSettings(() => ({ floorUsd }))}
          />
          <div class="work-log__grid">
            <Field id="settings-goal-kind" label="Weekly goal in">
              <select
                value={kind}
                onChange={(e) => {
                  const next = e.currentTarget.value === 'earnings' ? 'earnings' : 'paidHours';
                  setKindChosen(next);
                  changeSettings((current) => ({ goal: current.goal ? { ...current.goal, kind: next } : null }));
                }}
                {...controlProps('settings-goal-kind', {})}
              >
                <option value="paidHours">Paid hours</option>
                <option value="earnings">Earnings (USD)</option>
              </select>
            </Field>
            <SettingField
              key={`goal-${kind}`}
              id="settings-goal"
              label={kind === 'paidHours' ? 'Paid hours a week' : 'Earnings a week (USD)'}
              hint="This week’s progress shows at the top. Blank for no goal."
              stored={settings.goal?.amount ?? null}
              read={(raw) => readGoalAmount(raw, kind)}
              save={(amount) => changeSettings(() => ({ goal: amount === null ? null : { kind, amount } }))}
            />
            <Field id="settings-week-start" label="My week starts on">
              <select
                value={settings.weekStart}
                onChange={(e) => changeSettings(() => ({ weekStart: WEEKDAYS.find((day) => day === e.currentTarget.value) ?? 'Monday' }))}
                {...controlProps('settings-week-start', {})}
              >
                {WEEKDAYS.map((day) => (
                  <option key={day} value={day}>
                    {day}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <SettingField
            id="settings-set-aside"
            label="Set aside (% of earnings)"
            hint="For tax or savings: “Your figures” shows the amount for this week and this month. Tax rules depend on your country, and this site states no rate."
            stored={settings.setAsidePct}
            read={readSetAside}
            save={(setAsidePct) => changeSettings(() => ({ setAsidePct }))}
          />
        </>
      )}
    </section>
  );
}
