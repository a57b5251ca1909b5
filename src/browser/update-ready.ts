// "A new version is ready": shown once a new service worker has installed beside the one serving the page. Nothing
// changes until the reader presses "Reload" (so nothing being typed is lost); then the new worker takes over and the
// page reloads once, with everything stored kept (the log and the settings live in the browser, not in the cache).
let shown = false;

export function offerUpdate(registration: ServiceWorkerRegistration): void {
  if (shown) return;
  shown = true;
  const banner = document.createElement('div');
  banner.className = 'update-ready';
  banner.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = 'A new version is ready.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button button--primary';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    if (registration.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  });
  banner.append(text, reload);
  document.body.append(banner);
}
