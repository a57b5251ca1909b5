// The promotion timeline's four inputs (current level, target, hours a week, start date), shared by the full tool and
// the small one on the guide. `after hours` holds what the full tool puts under the hours (its "Use my logged hours").
import type { ComponentChildren } from 'preact';
import { Field, controlProps } from '../../ui/Field';
import { LevelSelect } from '../../ui/LevelSelect';
import { NumberField } from '../../ui/NumberField';
import { FIRST_START_YEAR, LAST_START_YEAR } from '../../lib/timeline/url';
import type { Timeline } from './use-timeline';

export function TimelineInputs({ id, timeline, afterHours }: { id: string; timeline: Timeline; afterHours?: ComponentChildren }) {
  const { form, reading, options, update, pickLevel, editHours } = timeline;
  const { errors } = reading;
  return (
    <div class="timeline-tool__inputs">
      <LevelSelect id={`${id}-current`} label="Current level" options={options} value={reading.level} onPick={pickLevel} />
      <LevelSelect
        id={`${id}-target`}
        label="Target level"
        options={options}
        value={reading.targetRank}
        onPick={(rank) => update({ target: rank })}
        error={errors.target}
      />
      <NumberField id={`${id}-hours`} label="Hours per week" value={form.hours} onValue={editHours} error={errors.hours} />
      {afterHours}
      <Field id={`${id}-start`} label="Start date" error={errors.start}>
        <input
          {...controlProps(`${id}-start`, { error: errors.start })}
          type="date"
          value={form.start}
          min={`${FIRST_START_YEAR}-01-01`}
          max={`${LAST_START_YEAR}-12-31`}
          onInput={(event) => update({ start: event.currentTarget.value })}
        />
      </Field>
    </div>
  );
}
