// Rules on the readiness data that a per-entry schema cannot see.
import type { Transition } from '../../schemas/transitions';
import type { DataProblem } from '../problems';
import { DATA_FILES } from '../files';
import { INPUT_SPECS } from '../../lib/readiness/readiness';

/**
 * Problems with the readiness data that a per-entry schema cannot see: a bar no valid figure could ever meet, and a
 * step with nothing but examples to show (its summary would count no signal).
 */
export function findReadinessProblems(transitions: readonly Transition[]): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const step of transitions) {
    if (step.readiness.signals.every((signal) => signal.rule.kind === 'example')) {
      problems.push({
        file: DATA_FILES.transitions,
        entry: step.id,
        problem: 'every readiness signal of the step is an example, so the check has no bar to count',
        fix: 'add a signal with a bar (atMost, atLeast) or one the reader judges (judged)',
      });
    }
    for (const signal of step.readiness.signals) {
      if (signal.rule.kind === 'judged') continue;
      const bar = step.thresholds[signal.rule.threshold];
      const spec = INPUT_SPECS[signal.input];
      if (bar !== undefined && (bar > spec.max || bar < spec.min)) {
        problems.push({
          file: DATA_FILES.transitions,
          entry: step.id,
          problem: `signal "${signal.id}" needs thresholds.${signal.rule.threshold} = ${bar}, but "${spec.label}" only accepts ${spec.min} to ${spec.max}, so no reader could meet it`,
          fix: `set thresholds.${signal.rule.threshold} between ${spec.min} and ${spec.max}, or measure the signal with another input`,
        });
      }
    }
  }
  return problems;
}
