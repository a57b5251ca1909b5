import { describe, expect, it } from 'vitest';
import { transitionSchema } from '../../src/schemas/transitions';
import { rawDataFile } from '../support/content';

type Step = Record<string, unknown> & { readiness: { inputs: Record<string, unknown>[]; signals: Record<string, unknown>[] } };
const real = rawDataFile('transitions.yaml') as Step[];
const first = real[0]!;

function problems(value: unknown): string {
  const result = transitionSchema.safeParse(value);
  return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

const withReadiness = (readiness: Partial<Step['readiness']>, extra: Record<string, unknown> = {}) => ({
  ...first,
  ...extra,
  readiness: { ...first.readiness, ...readiness },
});
const signal0 = first.readiness.signals[0]!;

describe('readiness data in transitions.yaml', () => {
  it('every step has signals and the real data passes', () => {
    for (const step of real) {
      expect(problems(step)).toBe('');
      expect(step.readiness.signals.length).toBeGreaterThan(0);
    }
  });

  it('signals never re-type a figure: rules name a thresholds key only', () => {
    for (const step of real) {
      for (const s of step.readiness.signals) {
        // Every value of a rule is a name or words (alsoJudged), never a number.
        expect(JSON.stringify(s.rule)).not.toMatch(/:\s*-?\d/);
        expect(`${s.label} ${s.nextStep}`).not.toMatch(/\d/);
      }
    }
  });

  it.each([
    ['a rule reading a threshold the step does not set', withReadiness({}, { thresholds: {} }), 'thresholds.qualityTopPercent is not set'],
    ['an unknown threshold key', withReadiness({ signals: [{ ...signal0, rule: { kind: 'atMost', threshold: 'speed' } }] }), 'rule.threshold'],
    ['a number instead of a threshold key', withReadiness({ signals: [{ ...signal0, rule: { kind: 'atMost', threshold: 20 } }] }), 'rule.threshold'],
    ['an unknown rule kind', withReadiness({ signals: [{ ...signal0, rule: { kind: 'between' } }] }), 'rule'],
    ['a signal whose input is not asked for', withReadiness({ signals: [{ ...signal0, input: 'monthsAtCurrentLevel' }] }), 'is not in readiness.inputs'],
    ['an unknown input', withReadiness({ inputs: [{ id: 'speed' }] }), 'inputs.0.id'],
    ['an input listed twice', withReadiness({ inputs: [...first.readiness.inputs, { id: 'qualityRankTopPercent' }] }), 'listed twice'],
    ['an input no signal reads, without a note', withReadiness({ inputs: [...first.readiness.inputs, { id: 'monthsAtCurrentLevel' }] }), 'add a note'],
    ['a signal id used twice', withReadiness({ signals: [signal0, signal0] }), 'used twice'],
    ['a guide path that is not a site path', withReadiness({ signals: [{ ...signal0, guidePath: 'https://example.com/' }] }), 'must be a site path'],
    ['an empty next step', withReadiness({ signals: [{ ...signal0, nextStep: ' ' }] }), 'nextStep: must not be empty'],
    ['no signals', withReadiness({ signals: [] }), 'readiness.signals'],
    ['a missing readiness block', { ...first, readiness: undefined }, 'readiness'],
  ])('rejects %s', (_name, value, expected) => {
    expect(problems(value)).toContain(expected);
  });
});
