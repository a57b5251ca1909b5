// The work log form's fields, each with its label, hint and message: a quick entry (date, platform, paid hours,
// earnings) and the rest behind "More details" (./EntryMoreFields.tsx), loaded when it first opens: the page shows
// "This week" beside the form at load, and both must fit in what a tool page may load at once. Not an island.
import { Field, controlProps } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';
import { useEffect, useState } from 'preact/hooks';
import { EMPTY_FORM, FIELD_LABELS, FIRST_DATE, OTHER_PLATFORM, UNPAID_PARTS, type EntryErrors, type EntryField, type EntryForm } from '../../lib/work-log/fields';
import type { EntryMoreFields } from './EntryMoreFields';

export interface LevelOption {
  rank: number;
  label: string;
}

export interface FieldsProps {
  form: EntryForm;
  errors: EntryErrors;
  onChange: (field: EntryField, value: string) => void;
  levels: LevelOption[];
}

interface Props extends FieldsProps {
  /** Platform names from platforms.yaml, in the data's order ("Other" is added here). */
  platforms: string[];
  /** The reader's date, the latest a day can be; '' until mounted. */
  today: string;
  /** Show every field (an entry being edited). */
  expand: boolean;
}

/** The id of a field's control, which its label, hint and message hang on. */
const id = (field: EntryField) => `log-${field}`;
export { id as entryFieldId };
/** The fields a quick entry asks for, shown at once. */
export const QUICK_FIELDS = ['date', 'platform', 'paidHours', 'earningsUsd'] as const satisfies readonly EntryField[];

/** Every field, in the order the form shows them: the first at fault takes the focus. */
export const FIELD_ORDER: readonly EntryField[] = [...QUICK_FIELDS, 'project', 'level', 'unpaidHours', ...UNPAID_PARTS, 'tasks', 'qualityPct', 'rejected', 'notes'];
export const focusField = (field: EntryField) => document.getElementById(id(field))?.focus();

/** What the quick fields hold as the form wakes (`client:interaction`): the reader may have typed before it did. */
export const typedBeforeWaking = (): EntryForm =>
  typeof document === 'undefined'
    ? EMPTY_FORM
    : { ...EMPTY_FORM, ...Object.fromEntries(QUICK_FIELDS.map((field) => [field, document.querySelector<HTMLInputElement>(`#${id(field)}`)?.value ?? ''])) };

/** The fields behind "More details": a quick entry asks only for the date, platform, paid hours and earnings. */
export const MORE_FIELDS: readonly EntryField[] = ['project', 'level', 'unpaidHours', ...UNPAID_PARTS, 'tasks', 'qualityPct', 'rejected', 'notes'];

/** Each field's parts, tied to the form's values and messages. */
export function fieldKit({ form, errors, onChange: change }: Omit<FieldsProps, 'levels'>) {
  return {
    number: (field: EntryField, inputMode: 'decimal' | 'numeric' = 'decimal', hint?: string) => (
      <NumberField id={id(field)} label={FIELD_LABELS[field]} value={form[field]} onValue={(value) => change(field, value)} error={errors[field] ?? null} inputMode={inputMode} hint={hint} />
    ),
    field: (name: EntryField, hint?: string) => ({ id: id(name), label: FIELD_LABELS[name], hint, error: errors[name] ?? null }),
    control: (name: EntryField, hint?: string) => controlProps(id(name), { hint, error: errors[name] ?? null }),
  };
}

export function EntryFormFields({ form, errors, onChange: change, platforms, levels, today, expand }: Props) {
  const platformOptions = form.platform && ![...platforms, OTHER_PLATFORM].includes(form.platform) ? [...platforms, form.platform] : platforms;
  // "More details" opens by itself when an edit or a message needs what it holds.
  const [moreOpen, setMoreOpen] = useState(false);
  const showMore = moreOpen || expand || MORE_FIELDS.some((field) => errors[field]);
  const { number, field, control } = fieldKit({ form, errors, onChange: change });
  const [More, setMore] = useState<typeof EntryMoreFields | null>(null);
  useEffect(() => {
    if (showMore && !More) void import('./EntryMoreFields').then((module) => setMore(() => module.EntryMoreFields));
  }, [showMore]);
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
        {number('paidHours')}
        {number('earningsUsd')}
      </div>
      <details class="work-log__more" open={showMore} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
        <summary>More details</summary>
        {More ? <More form={form} errors={errors} onChange={change} levels={levels} /> : <p class="field__hint">Opening…</p>}
      </details>
    </>
  );
}
