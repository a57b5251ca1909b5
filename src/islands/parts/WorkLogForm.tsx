// The work log's form: add an entry, or edit one. Every rule lives in src/lib/work-log.ts; a message sits beside
// each field at fault and nothing is saved until none is left. Not an island itself.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { NumberField } from './NumberField';
import {
  EMPTY_FORM,
  FIELD_LABELS,
  FIRST_DATE,
  MAX_NOTES,
  OTHER_PLATFORM,
  formFromEntry,
  hoursByDate,
  validateEntry,
  type Entry,
  type EntryErrors,
  type EntryField,
  type EntryForm,
} from '../../lib/work-log';
import { saveEntry } from '../../stores/work-log';

export interface LevelOption {
  rank: number;
  label: string;
}

interface Props {
  platforms: string[];
  levels: LevelOption[];
  /** The reader's local date; "" until mounted. */
  today: string;
  entries: Entry[];
  /** The entry being edited, or null to add one. */
  editing: Entry | null;
  onDone: () => void;
}

const ORDER: EntryField[] = ['date', 'platform', 'project', 'level', 'paidHours', 'unpaidHours', 'tasks', 'earningsUsd', 'qualityPct', 'rejected', 'notes'];
const id = (field: EntryField) => `log-${field}`;

function Field({ field, error, hint, children }: { field: EntryField; error?: string; hint?: string; children: ComponentChildren }) {
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id(field)}>{FIELD_LABELS[field]}</label>
      {children}
      {hint && (
        <p class="field__hint" id={`${id(field)}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${id(field)}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The accessibility attributes of a control in a Field. */
const described = (field: EntryField, error: string | undefined, hint = false) => ({
  id: id(field),
  'aria-invalid': error ? ('true' as const) : undefined,
  'aria-describedby': [hint ? `${id(field)}-hint` : '', error ? `${id(field)}-error` : ''].filter(Boolean).join(' ') || undefined,
});

export function WorkLogForm({ platforms, levels, today, entries, editing, onDone }: Props) {
  const [form, setForm] = useState<EntryForm>(EMPTY_FORM);
  const [errors, setErrors] = useState<EntryErrors>({});
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (field: EntryField) => (value: string) => setForm((previous) => ({ ...previous, [field]: value }));

  useEffect(() => {
    if (today && form.date === '') setForm((previous) => ({ ...previous, date: today }));
  }, [today]);
  useEffect(() => {
    setErrors({});
    if (editing) {
      setForm(formFromEntry(editing));
      formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
    } else setForm((previous) => ({ ...EMPTY_FORM, date: previous.date || today, platform: previous.platform, level: previous.level }));
  }, [editing]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const others = editing ? entries.filter((entry) => entry.id !== editing.id) : entries;
    const { fields, errors: found } = validateEntry(form, { today, topLevel: levels.length, hoursByDate: hoursByDate(others) });
    setErrors(found);
    if (fields === null) {
      const first = ORDER.find((field) => found[field]);
      if (first) document.getElementById(id(first))?.focus();
      return;
    }
    setSaving(true);
    try {
      await saveEntry(fields, editing?.id);
      // Date, platform, project and level usually repeat from one entry to the next.
      setForm((previous) => ({ ...EMPTY_FORM, date: previous.date, platform: previous.platform, project: previous.project, level: previous.level }));
      onDone();
    } catch {
      setErrors({ notes: 'The browser refused to save the entry (storage may be full). Nothing was saved; try again.' });
    } finally {
      setSaving(false);
    }
  };

  const platformOptions = form.platform && ![...platforms, OTHER_PLATFORM].includes(form.platform) ? [...platforms, form.platform] : platforms;
  const number = (field: EntryField, inputMode: 'decimal' | 'numeric' = 'decimal', hint?: string) => (
    <NumberField id={id(field)} label={FIELD_LABELS[field]} value={form[field]} onValue={set(field)} error={errors[field] ?? null} inputMode={inputMode} hint={hint} />
  );
  return (
    <form ref={formRef} class="work-log__form" noValidate onSubmit={submit} aria-labelledby="log-form-heading">
      <h2 id="log-form-heading">{editing ? `Edit the entry for ${editing.date}` : 'Add an entry'}</h2>
      <div class="work-log__grid">
        <Field field="date" error={errors.date}>
          <input type="date" min={FIRST_DATE} max={today || undefined} value={form.date} onInput={(e) => set('date')(e.currentTarget.value)} {...described('date', errors.date)} />
        </Field>
        <Field field="platform" error={errors.platform}>
          <select value={form.platform} onChange={(e) => set('platform')(e.currentTarget.value)} {...described('platform', errors.platform)}>
            <option value="">Choose a platform</option>
            {[...platformOptions, OTHER_PLATFORM].map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        <Field field="project" error={errors.project} hint="Optional.">
          <input type="text" autoComplete="off" value={form.project} onInput={(e) => set('project')(e.currentTarget.value)} {...described('project', errors.project, true)} />
        </Field>
        <Field field="level" error={errors.level}>
          <select value={form.level} onChange={(e) => set('level')(e.currentTarget.value)} {...described('level', errors.level)}>
            {levels.map((level) => (
              <option key={level.rank} value={String(level.rank)}>
                {level.label}
              </option>
            ))}
          </select>
        </Field>
        {number('paidHours')}
        {number('unpaidHours', 'decimal', 'Tests, guidelines, waiting for tasks.')}
        {number('tasks', 'numeric')}
        {number('earningsUsd')}
        {number('qualityPct', 'decimal', 'Optional, 0 to 100.')}
        {number('rejected', 'numeric', 'Optional.')}
      </div>
      <Field field="notes" error={errors.notes} hint={`Optional, up to ${MAX_NOTES.toLocaleString('en-US')} characters: feedback, rubric changes.`}>
        <textarea rows={3} value={form.notes} onInput={(e) => set('notes')(e.currentTarget.value)} {...described('notes', errors.notes, true)} />
      </Field>
      <div class="work-log__actions">
        <button type="submit" class="button button--primary" disabled={today === '' || saving}>
          {editing ? 'Save changes' : 'Add entry'}
        </button>
        {editing && (
          <button type="button" class="button" onClick={onDone}>
            Cancel editing
          </button>
        )}
      </div>
    </form>
  );
}
