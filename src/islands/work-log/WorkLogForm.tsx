// The work log's form: add an entry, or edit the one chosen in the list. Every rule lives in src/lib/work-log/validate.ts,
// which loads with the log's store when the reader saves; a message sits beside each field at fault and nothing is
// saved until none is left. An edit saves only over the version it started from (EditConflict.tsx). It wakes when the
// reader first reaches into it (`client:interaction`), starting from what its fields hold by then.
import { useEffect, useRef, useState } from 'preact/hooks';
import { readerToday } from '../../lib/core/dates';
import {
  EMPTY_FORM,
  formFromEntry,
  type Entry,
  type EntryErrors,
  type EntryField,
  type EntryFields,
  type EntryForm,
} from '../../lib/work-log/fields';
import { $logEditing, stopEditing } from '../../stores/work-log-editing';
import type { Conflict, EditConflict } from './EditConflict';
import { EntryFormFields, FIELD_ORDER, focusField, typedBeforeWaking } from './EntryFormFields';
import { useToday } from './use-today';
import { useLeaveWarning } from './use-leave-warning';
import { lastOnPlatform, loadLogStore } from './log-store';
import type { LevelOption } from './EntryFormFields';
import './work-log.css';

interface Props {
  /** Platform names from platforms.yaml, in the data's order ("Other" is added here). */
  platforms: string[];
  levels: LevelOption[];
}

/** The validator, the log and what an edit that clashes with another tab's shows, loaded on the first save. */
const loadSaving = () =>
  Promise.all([import('../../lib/work-log/validate'), loadLogStore(), import('../../stores/work-log-actions'), import('./EditConflict')]);


/** The form after a save: date, platform, project and level usually repeat from one entry to the next. */
const nextForm = (previous: EntryForm): EntryForm => ({ ...EMPTY_FORM, date: previous.date, platform: previous.platform, project: previous.project, level: previous.level });

export default function WorkLogForm({ platforms, levels }: Props) {
  const [form, setForm] = useState<EntryForm>(typedBeforeWaking);
  // What the form held when it opened or last saved: the page asks before it is left with changes not saved.
  const [start, setStart] = useState<EntryForm>(EMPTY_FORM);
  const [errors, setErrors] = useState<EntryErrors>({});
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<Entry | null>(null);
  const [conflict, setConflict] = useState<{ conflict: Conflict; fields: EntryFields; View: typeof EditConflict } | null>(null);
  // '' on the server and until mounted; follows the clock, so a tab left open past midnight accepts the new day.
  const today = useToday();
  const formRef = useRef<HTMLFormElement>(null);
  const set = (field: EntryField) => (value: string) => setForm((previous) => ({ ...previous, [field]: value }));
  /**
   * Choosing a platform brings back its last entry's level and project, unless the reader has typed their own: a
   * second entry for the same platform is usually at the same level, on the same project.
   */
  const choosePlatform = (platform: string) => {
    setForm((previous) => ({ ...previous, platform }));
    if (editing) return;
    void lastOnPlatform(platform).then((last) =>
      setForm((previous) => (last && previous.platform === platform && previous.project === start.project && previous.level === start.level ? { ...previous, ...last } : previous)),
    );
  };
  const open = (next: EntryForm) => {
    setForm(next);
    setStart(next);
  };
  useLeaveWarning(editing !== null && JSON.stringify(form) !== JSON.stringify(start));

  // The date starts as today, and moves on with it while the reader has not chosen another.
  const [dayShown, setDayShown] = useState('');
  useEffect(() => {
    if (today === '' || editing) return;
    setForm((previous) => (previous.date === dayShown || previous.date === '' ? { ...previous, date: today } : previous));
    setStart((previous) => (previous.date === dayShown || previous.date === '' ? { ...previous, date: today } : previous));
    setDayShown(today);
  }, [today]);

  // An edit chosen in the list (before the form woke, too: "Edit" wakes it by moving the focus here).
  useEffect(() => {
    const follow = (entry: Entry | null) => {
      setEditing(entry);
      setErrors({});
      setStatus('');
      setConflict(null);
      if (entry) {
        open(formFromEntry(entry));
        formRef.current?.scrollIntoView({ block: 'start' });
        formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
        return;
      }
      const fresh = (previous: EntryForm) => ({ ...EMPTY_FORM, date: readerToday(), platform: previous.platform, level: previous.level });
      setForm(fresh);
      setStart(fresh);
    };
    if ($logEditing.get()) follow($logEditing.get());
    else if (form.platform) choosePlatform(form.platform);
    return $logEditing.listen(follow);
  }, []);

  const saved = (notice: string) => {
    setStatus(notice);
    open(nextForm(form));
    setConflict(null);
    stopEditing();
    focusField('date');
  };

  /** Writes `fields`: a new entry, or an edit over the version it started from (`force`: over whatever is there). */
  const save = async (fields: EntryFields, force = false) => {
    const [, log, actions, { EditConflict: View }] = await loadSaving();
    if (editing) {
      const result = await actions.saveEdit(fields, editing, force);
      if (!result.saved) {
        setConflict({ conflict: result.conflict === 'gone' ? { kind: 'gone' } : { kind: 'changed', current: result.current }, fields, View });
        return;
      }
    } else if (!(await actions.addEntry(fields))) {
      setStatus(log.$workLog.get().notice);
      return;
    }
    const { notice, keepNote, storage } = log.$workLog.get();
    const kept = storage === 'tab' ? ' This browser keeps it only while this tab is open.' : storage === 'page' ? ' This browser keeps it only until you leave or reload this page.' : '';
    saved(`${notice}${kept} ${keepNote}`.trim());
  };

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
      // Today as it is now, not as it was when the page opened.
      const { fields, errors: found } = validateEntry(form, { today: readerToday(), topLevel: levels.length, hoursByDate: hoursByDate(others) });
      setErrors(found);
      if (fields === null) {
        const first = FIELD_ORDER.find((field) => found[field]);
        if (first) focusField(first);
        return;
      }
      await save(fields);
    } catch {
      setStatus('The browser refused to save the entry (its storage may be full or closed). Nothing was saved; try again.');
    } finally {
      setSaving(false);
    }
  };

  const resolve = async (keepMine: boolean) => {
    if (!conflict) return;
    if (keepMine) {
      await save(conflict.fields, true).catch(() => setStatus('The browser refused to save the entry. Nothing was saved; try again.'));
      return;
    }
    if (conflict.conflict.kind === 'changed') {
      setEditing(conflict.conflict.current);
      open(formFromEntry(conflict.conflict.current));
      setConflict(null);
      setStatus('The form now shows the other tab’s version of the entry.');
    } else {
      setConflict(null);
      stopEditing();
      setStatus('Your changes to the deleted entry were discarded.');
    }
  };

  return (
    // data-ready marks that the form has its date (tests wait for it before typing).
    <form ref={formRef} class="work-log__form" noValidate onSubmit={submit} data-acts-on-submit aria-labelledby="log-form-heading" data-ready={today ? '' : undefined}>
      <h2 id="log-form-heading">{editing ? `Edit the entry for ${editing.date}` : 'Add an entry'}</h2>
      <EntryFormFields
        form={form}
        errors={errors}
        onChange={(field, value) => (field === 'platform' ? choosePlatform(value) : set(field)(value))}
        platforms={platforms}
        levels={levels}
        today={today}
        expand={editing !== null}
      />
      {conflict && <conflict.View conflict={conflict.conflict} onKeepMine={() => void resolve(true)} onTakeTheirs={() => void resolve(false)} />}
      <div class="work-log__actions">
        <button type="submit" class="button button--primary" disabled={saving || conflict !== null}>
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
