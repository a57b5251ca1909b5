// "Record a payout" (and editing one): the platform, the day the money came, the amount and the last day of work it
// covers, each with its message beside it. Saving marks the covered work as paid; what the work earned and what
// arrived are set side by side before saving, so a difference is never hidden. Not an island.
import { useState } from 'preact/hooks';
import { Field, controlProps } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';
import { FIRST_DATE, type Entry } from '../../lib/work-log/fields';
import {
  EMPTY_PAYOUT_FORM,
  PAYOUT_LABELS,
  earnedBy,
  payoutFormOf,
  rateReceived,
  validatePayout,
  type Payout,
  type PayoutErrors,
  type PayoutField,
  type PayoutFields,
} from '../../lib/work-log/payouts';
import { formatDay } from '../../lib/core/dates';
import { formatCents } from '../../lib/core/format';
import { rateText } from '../../lib/settings/currency';

interface Props {
  entries: readonly Entry[];
  /** Platform names in the log, the most recently worked first. */
  platforms: string[];
  today: string;
  /** The payout being edited, or null for a new one. */
  editing: Payout | null;
  /** The reader's currency, for the amount that arrived in it (optional); null with none chosen. */
  localCode: string | null;
  /** What the form starts with when recording (a platform chosen from its "Money owed" line). */
  start?: Partial<Record<PayoutField, string>>;
  onSave: (fields: PayoutFields, covered: Entry[]) => Promise<void>;
  onCancel: () => void;
}

const id = (field: PayoutField) => `payout-${field}`;

export function PayoutForm({ entries, platforms, today, editing, localCode, start, onSave, onCancel }: Props) {
  const [form, setForm] = useState(() => (editing ? payoutFormOf(editing) : { ...EMPTY_PAYOUT_FORM, receivedOn: today, ...start }));
  const [errors, setErrors] = useState<PayoutErrors>({});
  const [busy, setBusy] = useState(false);
  const change = (field: PayoutField, value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  // What saving now would cover, shown as the reader types (only once the fields read).
  const preview = validatePayout(form, { entries, today, editing, localCode });
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = validatePayout(form, { entries, today, editing, localCode });
    setErrors(result.errors);
    if (!result.fields) {
      const first = (Object.keys(result.errors) as PayoutField[])[0];
      if (first) requestAnimationFrame(() => document.getElementById(id(first))?.focus());
      return;
    }
    setBusy(true);
    try {
      await onSave(result.fields, result.covered);
    } finally {
      setBusy(false);
    }
  };
  const field = (name: PayoutField, hint?: string) => ({ id: id(name), label: PAYOUT_LABELS[name], hint, error: errors[name] ?? null });
  const control = (name: PayoutField, hint?: string) => controlProps(id(name), { hint, error: errors[name] ?? null });
  const options = form.platform && !platforms.includes(form.platform) ? [...platforms, form.platform] : platforms;
  const earned = earnedBy(preview.covered);
  const amount = preview.fields?.amountUsd;
  const code = editing?.local?.code ?? localCode;
  const received = preview.fields && rateReceived(preview.fields);
  return (
    <form class="work-log__form" aria-label={editing ? 'Edit the payout' : 'Record a payout'} onSubmit={(event) => void submit(event)} noValidate data-acts-on-submit>
      <div class="work-log__grid">
        <Field {...field('platform')}>
          <select value={form.platform} onChange={(e) => change('platform', e.currentTarget.value)} {...control('platform')}>
            <option value="">Choose a platform</option>
            {options.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        <Field {...field('receivedOn')}>
          <input type="date" min={FIRST_DATE} max={today || undefined} value={form.receivedOn} onInput={(e) => change('receivedOn', e.currentTarget.value)} {...control('receivedOn')} />
        </Field>
        <NumberField
          id={id('amountUsd')}
          label={PAYOUT_LABELS.amountUsd}
          value={form.amountUsd}
          onValue={(value) => change('amountUsd', value)}
          error={errors.amountUsd ?? null}
          inputMode="decimal"
          hint="What arrived, which may differ from what the work earned (fees, holds, a rate change)."
        />
        {code && (
          <NumberField
            id={id('localAmount')}
            label={`Amount that arrived (${code})`}
            value={form.localAmount}
            onValue={(value) => change('localAmount', value)}
            error={errors.localAmount ?? null}
            inputMode="decimal"
            hint="Optional: what your bank or wallet showed. It gives the rate you really got."
          />
        )}
        <Field {...field('coversUpTo', 'Every unpaid entry of the platform up to this day is marked as paid by this payout.')}>
          <input
            type="date"
            min={FIRST_DATE}
            max={today || undefined}
            value={form.coversUpTo}
            onInput={(e) => change('coversUpTo', e.currentTarget.value)}
            {...control('coversUpTo', 'Every unpaid entry of the platform up to this day is marked as paid by this payout.')}
          />
        </Field>
      </div>
      <p class="field__hint" role="status">
        {preview.covered.length > 0 &&
          `It covers ${preview.covered.length.toLocaleString('en-US')} ${preview.covered.length === 1 ? 'entry' : 'entries'} from ${formatDay(preview.covered.reduce((a, e) => (e.date < a ? e.date : a), preview.covered[0]!.date))}, which earned ${formatCents(earned)}${
            amount === undefined ? '.' : amount === earned ? '; the amount received is the same.' : `; ${formatCents(Math.abs(amount - earned))} ${amount < earned ? 'less' : 'more'} arrived.`
          }${received && code ? ` You got ${rateText(received, code)}.` : ''}`}
      </p>
      <div class="work-log__actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {editing ? 'Save the payout' : 'Record the payout'}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
