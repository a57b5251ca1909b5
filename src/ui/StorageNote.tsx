// Honest saving: where this browser will not keep data (storage blocked or full), the tool says so. Not an island.
import { useEffect, useState } from 'preact/hooks';
import { $storageRefused, probeStorage } from '../stores/persistent';
import './StorageNote.css';

/** Whether this browser refuses to keep what the reader enters; false until mounted, as on the server. */
export function useStorageRefused(): boolean {
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    probeStorage();
    return $storageRefused.subscribe(setRefused);
  }, []);
  return refused;
}

export function StorageNote() {
  const refused = useStorageRefused();
  if (!refused) return null;
  return (
    <p class="storage-note" role="note">
      This browser is not keeping data for this site (its storage is blocked or full), so what you enter here will not
      be kept after you leave the page.
    </p>
  );
}
