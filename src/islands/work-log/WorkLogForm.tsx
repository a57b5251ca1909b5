// The work log's form: add an entry, or edit the one chosen in the list. Every rule lives in src/lib/work-log/validate.ts,
// which loads with the log's store when the reader saves; a message sits beside each field at fault and nothing is
// saved until none is left.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { readerToday } from '../../lib/core/dates';
import { NumberField } from '../../ui/NumberField';
import {
  EMPTY_FORM,
  FIELD_LABELS,
  FIRST_DATE,
  MAX_NOTES,
  OTHER_PLATFORM,
  formFromEntry,
  type Entry,
  type EntryErrors,
  type EntryField,
  type EntryForm,
} from '../../lib/work-log/fields';
import { $logEditing, stopEditing } from '../../stores/work-log-editing';
import './work-log.css';

export interface LevelOption {
  rank: number;
  label: string;
}

interface Props {
  /** Platform names from platforms.yaml, in the data's order ("Other" is added here). */
  platforms: string[];
  levels: LevelOption[];
}

/** The validator and the log, loaded on the first save. */
const loadSaving = () => Promise.all([import('../../lib/work-log/validate'), import('../../stores/work-log')]);

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

export default function WorkLogForm({ platforms, levels }: Props) {
  const [form, setForm] = useState<EntryForm>(EMPTY_FORM);
  const [errors, setErrors] = useState<EntryErrors>({});
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  // The first render is the server's: no date yet, the JavaScript notice shown.
  const [today, setToday] = useState('');
  const [editing, setEditing] = useState<Entry | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (field: EntryField) => (value: string) => setForm((previous) => ({ ...previous, [field]: value }));

  useEffect(() => {
    const date = readerToday();
    setToday(date);
    setForm((previous) => ({ ...previous, date }));
    return $logEditing.listen((entry) => {
      setEditing(entry);
      setErrors({});
      setStatus('');
      if (entry) {
        setForm(formFromEntry(entry));
        formRef.current?.scrollIntoView({ block: 'start' });
        formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
      } else setForm((previous) => ({ ...EMPTY_FORM, date: previous.date || date, platform: previous.platform, level: previous.level }));
    });
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    // The last save's message goes, so the next one is announced (and read) as new even when it says the same.
    setStatus('');
    try {
      const [{ validateEntry, hoursByDate }, log] = await loadSaving();
      await log.loadWorkLog();
      const others = log.$workLog.get().entries.filter((entry) => entry.id !== editing?.id);
      const { fields, errors: found } = validateEntry(form, { today, topLevel: levels.length, hoursByDate: hoursByDate(others) });
      setErrors(found);
      if (fields === null) {
        const first = ORDER.find((field) => found[field]);
        if (first) document.getElementById(id(first))?.focus();
        return;
      }
      await log.saveEntry(fields, editing?.id);
      const { notice, keepNote, storage } = log.$workLog.get();
      const memory = storage === 'memory' ? ' This browser keeps it only until the tab closes.' : '';
      setStatus(`${notice}${memory} ${keepNote}`);
      // Date, platform, project and level usually repeat from one entry to the next.
      setForm((previous) => ({ ...EMPTY_FORM, date: previous.date, platform: previous.platform, project: previous.project, level: previous.level }));
      stopEditing();
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
    // data-ready marks that the form has its date (tests wait for it before typing).
    <form ref={formRef} class="work-log__form" noValidate onSubmit={submit} data-acts-on-submit aria-labelledby="log-form-heading" data-ready={today ? '' : undefined}>
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
          <button type="button" class="button" onClick={stopEditing}>
            Cancel editing
          </button>
        )}
      </div>
      <p class="work-log__status" role="status">
        {status}
      </p>
    </form>
  );
}
