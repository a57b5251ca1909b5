// A labelled select of levels (current level, target level). Not an island itself.
import type { ComponentChildren } from 'preact';
import { Field, controlProps } from './Field';

export interface LevelOption {
  rank: number;
  /** What the option reads, e.g. "Level 3 — Reviewer/QA". */
  label: string;
}

interface Props {
  id: string;
  label: string;
  options: readonly LevelOption[];
  value: number;
  onPick: (rank: number) => void;
  hint?: ComponentChildren;
  error?: string | null;
}

export function LevelSelect({ id, label, options, value, onPick, hint, error }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <select {...controlProps(id, { hint, error })} value={value} onChange={(event) => onPick(Number(event.currentTarget.value))}>
        {options.map((option) => (
          <option key={option.rank} value={option.rank}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
