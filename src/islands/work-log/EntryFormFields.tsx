// The work log form's fields: the day's work and the notes, each with its label, hint and message. Not an island.
import { Field, controlProps } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';
import { FIELD_LABELS, FIRST_DATE, MAX_NOTES, OTHER_PLATFORM, type EntryErrors, type EntryField, type EntryForm } from '../../lib/work-log/fields';

export interface LevelOption {
  rank: number;
  label: string;
}

interface Props {
  form: EntryForm;
  errors: EntryErrors;
  onChange: (field: EntryField, value: string) => void;
  /** Platform names from platforms.yaml, in the data's order ("Other" is added here). */
  platforms: string[];
  levels: LevelOption[];
  /** The reader's date, the latest a day can be; '' until mounted. */
  today: string;
}

/** The id of a field's control, which its label, hint and message hang on. */
const id = (field: EntryField) => `log-${field}`;
export { id as entryFieldId };
const NOTES_HINT = `Optional, up to ${MAX_NOTES.toLocaleString('en-US')} characters: feedback, rubric changes.`;

export function EntryFormFields({ form, errors, onChange: change, platforms, levels, today }: Props) {
  const platformOptions = form.platform && ![...platforms, OTHER_PLATFORM].includes(form.platform) ? [...platforms, form.platform] : platforms;
  const number = (field: EntryField, inputMode: 'decimal' | 'numeric' = 'decimal', hint?: string) => (
    <NumberField id={id(field)} label={FIELD_LABELS[field]} value={form[field]} onValue={(value) => change(field, value)} error={errors[field] ?? null} inputMode={inputMode} hint={hint} />
  );
  const field = (name: EntryField, hint?: string) => ({ id: id(name), label: FIELD_LABELS[name], hint, error: errors[name] ?? null });
  const control = (name: EntryField, hint?: string) => controlProps(id(name), { hint, error: errors[name] ?? null });
  return (
    <>
      <div class="work-log__grid">
        <Field {...field('date')}>
          <input type="date" min={FIRST_DATE} max={today || undefined} value={form.date} onInput={(e) => change('date', e.currentTarget.value)} {...control('date')} />
        </Field>
        <Field {...field('platform')}>
          <select value={form.platform} onChange={(e) => change('platform', e.currentTarget.value)} {...control('platform')}>
            <option value="">Choose a platform</option>
            {[...platformOptions, OTHER_PLATFORM].map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        <Field {...field('project', 'Optional.')}>
          <input type="text" autoComplete="off" value={form.project} onInput={(e) => change('project', e.currentTarget.value)} {...control('project', 'Optional.')} />
        </Field>
        <Field {...field('level')}>
          <select value={form.level} onChange={(e) => change('level', e.currentTarget.value)} {...control('level')}>
            {levels.map((level) => (
              <option key={level.rank} value={String(level.rank)}>
                {level.label}
              </option>
            ))}
          </select>
        </Field>
        {number('paidHours')}
        {number('unpaidHours', 'decimal', 'Time this work took that was not paid: waiting for tasks, reading guidelines, unpaid tests.')}
        {number('tasks', 'numeric')}
        {number('earningsUsd')}
        {number('qualityPct', 'decimal', 'Optional, 0 to 100.')}
        {number('rejected', 'numeric', 'Optional.')}
      </div>
      <Field {...field('notes', NOTES_HINT)}>
        <textarea rows={3} value={form.notes} onInput={(e) => change('notes', e.currentTarget.value)} {...control('notes', NOTES_HINT)} />
      </Field>
    </>
  );
}
