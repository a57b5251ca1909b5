// "Today" for the work log's islands: the reader's own date, '' until mounted (the server does not know it), and kept
// true while the page stays open: a tab left open past midnight moves on to the new day.
import { useEffect, useState } from 'preact/hooks';
import { readerToday } from '../../lib/core/dates';

/** Checks the date this often, and whenever the reader comes back to the tab. */
const CHECK_EVERY_MS = 60_000;

export function useToday(): string {
  const [today, setToday] = useState('');
  useEffect(() => {
    const check = () => setToday(readerToday());
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
    };
  }, []);
  return today;
}
