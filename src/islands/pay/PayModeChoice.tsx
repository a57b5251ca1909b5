// The pay estimator's "How you are paid" choice: by the hour or by the task. Not an island itself.
import type { PayMode } from '../../lib/pay/pay';

const PAY_MODES: readonly (readonly [PayMode, string])[] = [
  ['hourly', 'By the hour'],
  ['perTask', 'By the task'],
];

interface Props {
  /** The radio group's name, distinct for each estimator on a page. */
  name: string;
  mode: PayMode;
  onPick: (mode: PayMode) => void;
}

export function PayModeChoice({ name, mode, onPick }: Props) {
  return (
    <fieldset class="pay-mode">
      <legend>How you are paid</legend>
      {PAY_MODES.map(([value, label]) => (
        <label class="pay-mode__option">
          <input type="radio" name={name} value={value} checked={mode === value} onChange={() => onPick(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
