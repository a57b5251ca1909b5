// The reader's own currency in the pay estimator and the timeline, beside their US dollar figures, once the reader
// has entered a rate in the work log's settings. Most readers never do, so the code that reads the settings and
// converts (./local-money.ts) loads only when a rate is stored, here or in another tab, and then follows changes.
import { useEffect, useState } from 'preact/hooks';
import { SETTINGS_KEY } from '../lib/settings/settings-key';
import type { LocalMoney } from './local-money';

/** Whether the stored settings hold a rate at all (they are read and checked properly once loaded). */
function rateStored(): boolean {
  try {
    return localStorage.getItem(SETTINGS_KEY)?.includes('"perUsd"') === true;
  } catch {
    return false;
  }
}

/** How to show an amount in the reader's currency; null until (and unless) they have a rate. */
export function useLocalMoney(): LocalMoney | null {
  const [money, setMoney] = useState<LocalMoney | null>(null);
  useEffect(() => {
    let started = false;
    let stop = () => {};
    const start = () => {
      if (started || !rateStored()) return;
      started = true;
      void import('./local-money').then((module) => (stop = module.followLocalMoney(setMoney)));
    };
    start();
    window.addEventListener('storage', start);
    return () => {
      window.removeEventListener('storage', start);
      stop();
    };
  }, []);
  return money;
}
