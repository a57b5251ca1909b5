// What the work log form keeps behind "More details": project, level, unpaid hours (split by kind behind their own
// disclosure), tasks, quality, rejections and notes. Loaded when "More details" first opens (./EntryFormFields.tsx).
import { useEffect, useState } from 'preact/hooks';
import { Field } from '../../ui/Field';
import { MAX_NOTES, UNPAID_PARTS } from '../../lib/work-log/fields';
import { MORE_FIELDS, fieldKit, focusField, type FieldsProps } from './EntryFormFields';

const NOTES_HINT = `Optional, up to ${MAX_NOTES.toLocaleString('en-US')} characters: feedback, rubric changes.`;

export function EntryMoreFields({ form, errors, onChange: change, levels }: FieldsProps) {
  const { number, field, control } = fieldKit({ form, errors, onChange: change });
  // "Split by kind" opens by itself when the entry has a split or a message needs it.
  const [splitOpen, setSplitOpen] = useState(false);
  const showSplit = splitOpen || UNPAID_PARTS.some((part) => form[part] !== '' || errors[part]);
  // Opened by a message (the form could not focus a field not yet here): the first field at fault takes the focus.
  useEffect(() => {
    const first = MORE_FIELDS.find((name) => errors[name]);
    if (first) focusField(first);
  }, []);
  return (
    <>
      <div class="work-log__grid">
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
        {number('unpaidHours', 'decimal', 'Time this work took that was not paid: waiting for tasks, reading guidelines, unpaid tests.')}
        {number('tasks', 'numeric', 'Optional: without it, a day with paid hours counts as active.')}
        {number('qualityPct', 'decimal', 'Optional, 0 to 100.')}
        {number('rejected', 'numeric', 'Optional.')}
      </div>
      <details class="work-log__split" open={showSplit} onToggle={(e) => setSplitOpen(e.currentTarget.open)}>
        <summary>Split the unpaid hours by kind</summary>
        <p class="field__hint">Optional. The kinds must add up to the unpaid hours; leave them blank to count all of it as other unpaid time.</p>
        <div class="work-log__grid">{UNPAID_PARTS.map((part) => number(part))}</div>
      </details>
      <Field {...field('notes', NOTES_HINT)}>
        <textarea rows={3} value={form.notes} onInput={(e) => change('notes', e.currentTarget.value)} {...control('notes', NOTES_HINT)} />
      </Field>
    </>
  );
}
