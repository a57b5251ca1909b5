// Registers the service worker (src/integrations/service-worker/), so the site works offline after one visit and
// can be installed. Small on purpose, on every page: what tells the reader a new version is ready (./update-ready.ts)
// loads only once one is. A waiting worker is looked for as the page opens, when one finishes installing, and (the
// browser checks on each navigation) whenever the page comes back into view, for an app left open for days.
const workers = navigator.serviceWorker;
/** A worker that cannot register (a private window, storage blocked) or a check that fails offline changes nothing. */
const ignore = () => {};

if (import.meta.env.PROD && workers) {
  workers.register('/sw.js').then((registration) => {
    // A browser that blocks workers by policy (as the browser tests do) may resolve with nothing.
    if (!registration) return;
    // On a first visit the new worker is "waiting" for an instant too, with no worker yet controlling the page.
    const offer = () => registration.waiting && workers.controller && import('./update-ready').then((update) => update.offerUpdate(registration));
    offer();
    registration.onupdatefound = () => registration.installing?.addEventListener('statechange', offer);
    document.addEventListener('visibilitychange', () => registration.update().catch(ignore));
  }, ignore);
}
