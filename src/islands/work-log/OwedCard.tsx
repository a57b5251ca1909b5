// One platform's card in "Money owed to you": what it owes, each unpaid amount with when it should land and on what
// that rests (or why no date can be given), the reader's payout method where the platform has several, and their own
// estimate where no pay day is sourced. Not an island.
import { useState } from 'preact/hooks';
import type { OwedGroup, OwedPlatform } from '../../lib/work-log/schedules';
import { MAX_OWN_DAYS } from '../../lib/settings/reader-settings';
import { formatDay } from '../../lib/core/dates';
import { formatCents } from '../../lib/core/format';
import { parseIntInRange } from '../../lib/core/numbers';
import { NumberField } from '../../ui/NumberField';
import { moneyText } from '../../ui/Money';
import type { ReaderSettings } from '../../lib/settings/reader-settings';

type PaySettingsWithCurrency = Pick<ReaderSettings, 'methods' | 'ownDays' | 'currency'>;
import { choosePayoutMethod, setOwnDelay } from '../../stores/reader-settings-actions';

/** Unpaid amounts listed at first, oldest first; the rest summed, and listed on request. */
const GROUPS_SHOWN = 5;

/** One unpaid amount: when it should land and on what that rests, or why no date can be given. */
function GroupLine({ group, owed, currency }: { group: OwedGroup; owed: OwedPlatform; currency: PaySettingsWithCurrency['currency'] }) {
  const span = group.from === group.to ? formatDay(group.from) : `${formatDay(group.from)} to ${formatDay(group.to)}`;
  const basis = group.basis;
  const schedule =
    basis.kind === 'source' ? (
      <>
        on{' '}
        <a href={basis.href}>
          {basis.method ? `${owed.platform}'s ${basis.method} schedule` : `${owed.platform}'s pay schedule`}
          <span class="visually-hidden"> ({basis.name})</span>
        </a>
      </>
    ) : basis.kind === 'own' ? (
      <>on your own estimate of {basis.days} days after the work</>
    ) : null;
  const held = group.held && (
    <>
      , with {group.held.days} days added because a first payout is held (<a href={group.held.source.href}>source</a>)
    </>
  );
  return (
    <li class={group.overdueSince ? 'owed__group owed__group--overdue' : 'owed__group'}>
      <p>
        <strong>{moneyText(group.amount, currency, group.to)}</strong> for work on {span}
      </p>
      <p>
        {group.overdueSince ? (
          <>
            <strong>Overdue since {formatDay(group.overdueSince)}</strong>: expected by {formatDay(group.expected!)} {schedule}
            {held}.
          </>
        ) : group.expected ? (
          <>
            Expected by {formatDay(group.expected)} {schedule}
            {held}.
          </>
        ) : basis.kind === 'carried' ? (
          <>
            Under the {formatCents(basis.usd)} smallest payout, so it waits until the total reaches it (<a href={basis.href}>source</a>).
          </>
        ) : basis.kind === 'chooseMethod' ? (
          <>Choose how {owed.platform} pays you, above, to see when.</>
        ) : (
          <>No source we read gives {owed.platform}'s pay day: give your own estimate below to see when.</>
        )}
      </p>
      {group.overdueSince && owed.missingPayment && (
        <p>
          <a href={owed.missingPayment.href}>
            What {owed.platform} says to do about a missing payment<span class="visually-hidden"> ({owed.missingPayment.name})</span>
          </a>
        </p>
      )}
    </li>
  );
}

/** The reader's own delay for a platform no source gives a schedule for. */
function OwnDelay({ platform, days }: { platform: string; days: number | undefined }) {
  const [text, setText] = useState(days === undefined ? '' : String(days));
  const fieldId = `own-days-${platform.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const parsed = text.trim() === '' ? null : parseIntInRange(text, 0, MAX_OWN_DAYS);
  const error = text.trim() !== '' && parsed === null ? `Enter a whole number of days from 0 to ${MAX_OWN_DAYS}.` : null;
  return (
    <NumberField
      id={fieldId}
      label={`I am usually paid this many days after the work on ${platform}`}
      value={text}
      onValue={(value) => {
        setText(value);
        const read = value.trim() === '' ? null : parseIntInRange(value, 0, MAX_OWN_DAYS);
        if (value.trim() === '' || read !== null) setOwnDelay(platform, read);
      }}
      error={error}
      inputMode="numeric"
      hint="Your own estimate, kept in this browser and labelled as yours: no source we read gives this platform's pay day."
    />
  );
}

interface Props {
  owed: OwedPlatform;
  /** The payout methods the platform's sources name, when it has several schedules. */
  methods: string[];
  /** Whether a source gives the platform's pay day (else the reader may give their own). */
  hasSchedule: boolean;
  /** The platform's answer to "where is my payment?" on /answers/, for a platform of the comparison. */
  answers: string | null;
  settings: PaySettingsWithCurrency;
  onRecord: () => void;
}

export function OwedCard({ owed, methods, hasSchedule, answers, settings, onRecord }: Props) {
  const [all, setAll] = useState(false);
  const shown = all ? owed.groups : owed.groups.slice(0, GROUPS_SHOWN);
  const later = owed.groups.slice(GROUPS_SHOWN);
  return (
    <div class="owed">
      <h3>
        {owed.platform}: {moneyText(owed.amount, settings.currency)}
      </h3>
      <p>
        Oldest unpaid work: {formatDay(owed.oldestUnpaid)}.
        {answers && (
          <>
            {' '}
            <a href={answers}>
              Where is my payment?<span class="visually-hidden"> What the sources say for {owed.platform}</span>
            </a>
          </>
        )}
      </p>
      {methods.length > 1 && (
        <fieldset class="owed__methods">
          <legend>How does {owed.platform} pay you?</legend>
          {methods.map((method) => (
            <label key={method}>
              <input
                type="radio"
                name={`method-${owed.platform}`}
                value={method}
                checked={settings.methods[owed.platform] === method}
                onChange={() => choosePayoutMethod(owed.platform, method)}
              />{' '}
              {method}
            </label>
          ))}
        </fieldset>
      )}
      <ul class="owed__groups">
        {shown.map((group) => (
          <GroupLine key={`${group.from}-${group.expected}`} group={group} owed={owed} currency={settings.currency} />
        ))}
      </ul>
      {!all && later.length > 0 && (
        <p>
          {later.length} later amounts come to {formatCents(later.reduce((total, group) => total + group.amount, 0))}.{' '}
          <button type="button" class="button" onClick={() => setAll(true)}>
            Show them all<span class="visually-hidden"> for {owed.platform}</span>
          </button>
        </p>
      )}
      {!hasSchedule && <OwnDelay platform={owed.platform} days={settings.ownDays[owed.platform]} />}
      <button type="button" class="button" onClick={onRecord}>
        Record a payout<span class="visually-hidden"> from {owed.platform}</span>
      </button>
    </div>
  );
}
