// A button that fills a tool's fields from the reader's work log. The log and its store load only when pressed, so
// the tool carries none of it at load; the message says what was filled and the dates it covers, or why nothing was.
// Not an island itself.
import { useEffect, useState } from 'preact/hooks';
import type { FeedRequest, LogFeedKind } from '../stores/work-log-feed';

const LABELS: Record<LogFeedKind, string> = {
  readiness: 'Fill from my work log',
  rate: 'Use my logged rate',
  hours: 'Use my logged hours',
};

interface Props {
  kind: LogFeedKind;
  /** What the tool shows that the answer depends on (the pay estimator's level). */
  request?: FeedRequest;
  /** Receives the figures by field id (e.g. { rate: 18.5 }); not called when the log has nothing to use. */
  onValues: (values: Record<string, number>) => void;
}

export function UseLogButton({ kind, request, onValues }: Props) {
  const [message, setMessage] = useState('');
  // Disabled until hydrated: a press before the code has loaded would do nothing, with no sign of why.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const use = async () => {
    setMessage('Reading your work log…');
    try {
      const { readLogFeed } = await import('../stores/work-log-feed');
      const feed = await readLogFeed(kind, request);
      if (feed.values) onValues(feed.values);
      setMessage(feed.message);
    } catch {
      setMessage('Your work log could not be read in this browser, so nothing was filled in.');
    }
  };
  return (
    <div class="use-log">
      <button type="button" class="button" disabled={!ready} onClick={() => void use()}>
        {LABELS[kind]}
      </button>
      <p class="field__hint use-log__message" role="status">
        {message}
      </p>
    </div>
  );
}
