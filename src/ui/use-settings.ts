// The reader's settings for an island: the defaults on the first render (what the server rendered), then the stored
// settings once mounted, following every change made in this tab or another.
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../lib/settings/reader-settings';
import { $settings } from '../stores/reader-settings';

export function useSettings(): ReaderSettings {
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  useEffect(() => {
    setSettings($settings.get());
    return $settings.listen(setSettings);
  }, []);
  return settings;
}
