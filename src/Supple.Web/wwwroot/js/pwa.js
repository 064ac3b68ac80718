// Registers Supple's service worker (/sw.js, scope /) and offers a waiting new version.
//
// A deploy changes the worker (its caches are named by a hash of what it serves). The browser installs the new one
// in the background; it then waits, so that nothing changes under a page that is open. This module shows "A new
// version is ready — Reload" (the banner is in the layout, hidden) and, on click, lets the new worker take over and
// reloads the page once it has.

const banner = document.getElementById('update-ready');
const reload = document.getElementById('update-reload');
let reloadRequested = false;

function offer(worker) {
  // The very first worker is not an update: there is nothing to reload into.
  if (!navigator.serviceWorker.controller || !banner || !reload) return;
  banner.hidden = false;
  reload.onclick = () => {
    reloadRequested = true;
    reload.disabled = true;
    worker.postMessage({ type: 'skip-waiting' });
  };
}

function watch(registration) {
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
}

async function start() {
  if (!('serviceWorker' in navigator)) return; // an old browser, or not a secure context: the site works as before
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadRequested) window.location.reload();
  });
  try {
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' });
    watch(registration);
    // Once a worker is active, it keeps the pages this person needs offline (it does this once per version).
    const ready = await navigator.serviceWorker.ready;
    if (navigator.onLine && ready.active) ready.active.postMessage({ type: 'warm' });
  } catch {
    // Registration can fail (private mode, storage full): the site still works online.
  }
}

start();
