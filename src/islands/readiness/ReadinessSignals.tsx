// The readiness check's verdict for one step: each signal met, not yet, the reader's call or not known (the article's
// examples set beside the reader's figure without a verdict), the next steps, and what the source says platforms look
// for. Not an island itself.
import type { SignalState, StepReadiness } from '../../lib/readiness/readiness';
import { summarise } from '../../lib/readiness/readiness';

const STATE_TEXT: Record<SignalState, string> = {
  met: 'Met',
  notYet: 'Not yet',
  yourCall: 'Your call',
  compared: 'For comparison',
  unknown: 'Not known',
};

interface Props {
  readiness: StepReadiness;
  lookFor: readonly string[];
  guidePath: string;
  toRole: string;
}

export function ReadinessSignals({ readiness, lookFor, guidePath, toRole }: Props) {
  return (
    <section aria-labelledby="readiness-signals">
      <h2 id="readiness-signals">What platforms look for</h2>
      <p class="readiness__summary" aria-live="polite">
        {summarise(readiness)}
      </p>
      <ul class="readiness__signals" aria-label="Signals for this step">
        {readiness.results.map((result) => (
          <li key={result.signal.id} class={`signal signal--${result.state}`}>
            <span class="signal__state">{STATE_TEXT[result.state]}</span>
            <span class="signal__label">{result.signal.label}</span>
            <span class="signal__detail">
              Bar: {result.bar}. Yours: {result.yours ?? 'not given'}.
            </span>
          </li>
        ))}
      </ul>
      {readiness.nextSteps.length > 0 && (
        <>
          <h3>Your next steps</h3>
          <ul>
            {readiness.nextSteps.map((signal) => (
              <li key={signal.id}>
                {signal.nextStep}{' '}
                <a href={signal.guidePath}>
                  Read more in the guide<span class="visually-hidden"> about: {signal.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Everything the article says platforms look for at this step</h3>
      <p>Only some of these can be measured with a figure; the rest are for you to judge.</p>
      <ul>
        {lookFor.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p>
        <a href={guidePath}>Read the guide to reaching {toRole}</a>
      </p>
    </section>
  );
}
