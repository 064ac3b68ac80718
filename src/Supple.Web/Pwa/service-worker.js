// Supple's service worker, served at /sw.js (scope /) by PwaApi. The server puts `const CONFIG = {...}` in front of
// this file: the version (a hash of this file, every precached file and the build of the pages, so a deploy changes
// it), the app shell to precache, the pages and programme data to keep per account, and the offline page.
//
// Caches:
//   supple-static-<version>   the app shell: stylesheets, scripts, pictures, icons, manifest, offline page. No
//                             personal data; fetched without the person's answers in them. Replaced on each deploy.
//   supple-pages-v1-<account>~<language>
//                             pages and programme data as one account saw them (Today, History… hold personal data),
//                             in one language (the server's Content-Language: the pages and the timelines' names and
//                             steps are in the person's language). Only the account and language of the latest answer
//                             from the server have one: when another account (or nobody) is signed in, or the language
//                             changes, every other cache of pages is deleted first, so a German timeline is never
//                             served to an English page. The new language's pages are kept again as they are opened
//                             and by the next `warm`.
//   supple-meta               which partition (account and language) that is.
// API answers with personal data are never cached, except the timelines the player reads (CONFIG.dataPaths: they
// follow the person's plan and paused stretches), which are kept in that account's cache like its pages, so that a
// session can start offline. Non-GET requests are never touched.
//
// Later features plug in through the two tables below: `messages` (a page posts {type, ...} to the worker) and
// `syncs` (a background-sync tag). The offline session queue (js/session-queue.js, shared with the pages) is sent
// from here by background sync, where the browser has it, for the account whose pages this worker keeps.
/* global CONFIG, SuppleSessions */
// The server puts js/session-queue.js in front of this file too (not importScripts: the browser would fetch it again
// on every update check), so `SuppleSessions` is defined here.

const STATIC_CACHE = `supple-static-${CONFIG.version}`;
const PAGES_PREFIX = 'supple-pages-v1-';
const META_CACHE = 'supple-meta';
const ACCOUNT_KEY = '/__supple/account';
const ANONYMOUS = 'anonymous';

const messages = {
  // The page's "Reload" button: the waiting worker takes over, and the page reloads when it has.
  'skip-waiting': () => self.skipWaiting(),
  // Every page asks once it is loaded: keep the pages a person needs offline (once per version and account).
  warm: async (event) => {
    await warmPages();
    event.ports[0]?.postMessage({ warmed: true });
  },
  // Lets a page (and the tests) ask which version is running.
  version: (event) => event.ports[0]?.postMessage({ version: CONFIG.version }),
  // {tag, action}: acts on a shown notification as a click on that action would. No browser lets a test click a
  // notification, so the tests come in here; a page of this origin could do the same itself anyway.
  'notification-action': async (event) => {
    const [notification] = await self.registration.getNotifications({ tag: event.data.tag });
    if (notification) {
      notification.close();
      await actOnNotification(event.data.action, notification.data || {});
    }
    event.ports[0]?.postMessage({ done: Boolean(notification) });
  },
};

const syncs = {
  // The network is back (Chromium fires it even with no page open): send the sessions kept on this device. Only the
  // current account's; the server refuses them anyway if someone else is signed in (409 other-account).
  [SuppleSessions.SYNC_TAG]: async () => {
    const account = await currentAccount();
    const outcome = await SuppleSessions.flush(account);
    // Rejecting makes the browser try again later, with its own back-off.
    if (outcome.offline) throw new Error('Sessions still waiting for the network.');
  },
};

const pushKinds = new Set(['daily', 'break', 'test']);

// ---- install, activate ------------------------------------------------------------------------------------------

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(STATIC_CACHE);
    // Credentials are left out so that nothing personal can land in the shared cache.
    await cache.addAll(CONFIG.precache.map((url) => new Request(url, { credentials: 'omit', cache: 'reload' })));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith('supple-static-') && name !== STATIC_CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const handler = event.data && messages[event.data.type];
  if (handler) event.waitUntil(Promise.resolve(handler(event)));
});

self.addEventListener('sync', (event) => {
  const handler = syncs[event.tag];
  if (handler) event.waitUntil(handler(event));
});

// ---- fetch ------------------------------------------------------------------------------------------------------

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isStatic(url)) {
    event.respondWith(staticFirst(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(isCacheablePage(url) ? pageNetworkFirst(request) : pageNetworkOnly(request));
  } else if (CONFIG.data.includes(url.pathname + url.search) || CONFIG.dataPaths.includes(url.pathname)) {
    event.respondWith(dataNetworkFirst(request));
  }
  // Everything else (the personal API, posted forms) goes to the network as if there were no worker.
});

function isStatic(url) {
  return CONFIG.staticPaths.some((prefix) => url.pathname === prefix || (prefix.endsWith('/') && url.pathname.startsWith(prefix)));
}

function isCacheablePage(url) {
  return !CONFIG.neverCache.some((prefix) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
}

async function staticFirst(request) {
  const cache = await caches.open(STATIC_CACHE);
  // Pages ask for /css/site.css?v=<hash>: the cache holds this deploy's copy, whatever the query says.
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function pageNetworkFirst(request) {
  try {
    const response = await fetch(request);
    await keep(request, response);
    return response;
  } catch (error) {
    const cache = await currentPages();
    const cached = cache && ((await cache.match(request)) || (await cache.match(request, { ignoreSearch: true })));
    if (cached) return cached;
    const offline = await caches.match(CONFIG.offline);
    if (offline) return offline;
    throw error;
  }
}

// Sign-in pages and the like are never kept, but their answer still says who is signed in now (signing out lands
// here), so the previous account's pages go at once.
async function pageNetworkOnly(request) {
  try {
    const response = await fetch(request);
    const account = response.headers.get('Supple-Account');
    if (account) await switchAccount(partitionOf(response));
    return response;
  } catch (error) {
    const offline = await caches.match(CONFIG.offline);
    if (offline) return offline;
    throw error;
  }
}

async function dataNetworkFirst(request) {
  try {
    const response = await fetch(request);
    await keep(request, response);
    return response;
  } catch (error) {
    const cache = await currentPages();
    const cached = cache && (await cache.match(request));
    if (cached) return cached;
    throw error;
  }
}

// The partition an answer belongs to: the account it was made for and the language it is in ("a~de").
function partitionOf(response) {
  const account = response.headers.get('Supple-Account');
  const language = (response.headers.get('Content-Language') || '').toLowerCase();
  return language ? `${account}~${language}` : account;
}

const accountOf = (partition) => (partition ? partition.split('~')[0] : null);

// Keeps a copy of an answer in the cache of the account and language it was made for; an answer for another
// account (or for nobody), or in another language, first removes every cache of the previous one.
async function keep(request, response) {
  const account = response.headers.get('Supple-Account');
  if (!account) return;
  const partition = partitionOf(response);
  await switchAccount(partition);
  if (account === ANONYMOUS || !response.ok || response.redirected || response.type !== 'basic') return;
  const cache = await caches.open(PAGES_PREFIX + partition);
  await cache.put(request, response.clone());
}

async function switchAccount(partition) {
  const meta = await caches.open(META_CACHE);
  const stored = await meta.match(ACCOUNT_KEY);
  const current = stored ? await stored.text() : null;
  if (current === partition) return;
  const names = await caches.keys();
  await Promise.all(names
    .filter((name) => name.startsWith(PAGES_PREFIX) && name !== PAGES_PREFIX + partition)
    .map((name) => caches.delete(name)));
  await meta.put(ACCOUNT_KEY, new Response(partition));
}

async function currentPartition() {
  const meta = await caches.open(META_CACHE);
  const stored = await meta.match(ACCOUNT_KEY);
  return stored ? stored.text() : null;
}

async function currentAccount() {
  return accountOf(await currentPartition());
}

async function currentPages() {
  const partition = await currentPartition();
  const account = accountOf(partition);
  if (!account || account === ANONYMOUS) return null;
  return caches.open(PAGES_PREFIX + partition);
}

// The pages a person needs offline, fetched as the person whose page asked (see the `warm` message), once per
// version and account. Best effort: a page that cannot be fetched now is kept the next time it is opened.
let warming = null;

function warmPages() {
  warming = warming || (async () => {
    try {
      const meta = await caches.open(META_CACHE);
      const first = await fetch(new Request(CONFIG.pages[0], { credentials: 'same-origin' }));
      const account = first.headers.get('Supple-Account');
      if (!account || account === ANONYMOUS) return;
      const done = `/__supple/warmed/${CONFIG.version}/${partitionOf(first)}`;
      if (await meta.match(done)) return;
      await keep(new Request(CONFIG.pages[0]), first);
      for (const url of [...CONFIG.pages.slice(1), ...CONFIG.data]) {
        try {
          const request = new Request(url, { credentials: 'same-origin' });
          await keep(request, await fetch(request));
        } catch {
          // offline or refused: nothing to keep
        }
      }

      await meta.put(done, new Response('1'));
    } catch {
      // offline: the next page load asks again
    } finally {
      warming = null;
    }
  })();
  return warming;
}

// ---- push reminders ----------------------------------------------------------------------------------------------
// The server sends {v: 1, kind, title, body, tag, url, actions: [{action, title}], snooze: {url, token}} (see
// docs/WEB.md). Every word shown comes from the server, so it arrives in the person's language.

self.addEventListener('push', (event) => {
  let message = null;
  try {
    message = event.data ? event.data.json() : null;
  } catch {
    message = null;
  }

  if (!message || message.v !== 1 || !pushKinds.has(message.kind)) return;
  event.waitUntil(self.registration.showNotification(message.title, {
    body: message.body,
    tag: message.tag,
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-maskable-192.png',
    renotify: true,
    data: { url: message.url, snooze: message.snooze },
    actions: (message.actions || []).map(({ action, title }) => ({ action, title })),
  }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(actOnNotification(event.action, event.notification.data || {}));
});

// "Later" asks the server to send the reminder again later; "Start now" (or a click on the notification itself)
// opens the player the reminder names.
async function actOnNotification(action, data) {
  if (action === 'later' && data.snooze) {
    try {
      await fetch(data.snooze.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: data.snooze.token }),
      });
    } catch {
      // offline: the reminder is simply not repeated
    }
    return;
  }

  await openPage(data.url || '/');
}

async function openPage(path) {
  const target = new URL(path, self.location.origin).href;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const client of windows) {
    if (new URL(client.url).origin === self.location.origin) {
      // focus() is allowed only while the click is being handled; the page changes either way.
      await client.focus().catch(() => undefined);
      // navigate() works only on a window this worker controls: otherwise try the next, or open one.
      const navigated = await client.navigate(target).catch(() => null);
      if (navigated) return navigated;
    }
  }

  return self.clients.openWindow(target);
}
