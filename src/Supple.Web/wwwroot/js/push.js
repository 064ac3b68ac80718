// Reminders that reach this device when Supple is closed (Web Push), on the plan page.
//
// "Send reminders to this device" asks for permission (only on that click), subscribes this browser with the
// server's public key, and tells the server which reminders it takes (daily, desk breaks) and the browser's time
// zone. The service worker (/sw.js) shows what the server pushes. Every sentence shown comes from the page
// (data-* attributes of #push-settings), so it is translated with the page.

const root = document.getElementById('push-settings');
const unavailable = document.getElementById('push-unavailable');
const status = document.getElementById('push-status');
const daily = document.getElementById('push-daily');
const breaks = document.getElementById('push-breaks');
const on = document.getElementById('push-on');
const test = document.getElementById('push-test');
const off = document.getElementById('push-off');

let registration = null;
let subscription = null;

const say = (key) => { status.textContent = root.dataset[key] || ''; };

async function call(method, url, body) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  if (!response.ok && response.status !== 404) throw new Error(`HTTP ${response.status}`);
  return response;
}

const endpointQuery = () => `/api/v1/push/subscription?endpoint=${encodeURIComponent(subscription.endpoint)}`;

function keyBytes(base64url) {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

function sameKey(a, b) {
  if (!a || !b) return false;
  const x = new Uint8Array(a);
  return x.length === b.length && x.every((v, i) => v === b[i]);
}

function show(active) {
  on.textContent = active ? on.dataset.save || 'Save' : on.dataset.label;
  test.hidden = !active;
  off.hidden = !active;
  root.dataset.active = active ? '1' : '';
}

async function refresh() {
  subscription = await registration.pushManager.getSubscription();
  if (!subscription) {
    show(false);
    say('off');
    return;
  }
  const response = await call('GET', endpointQuery());
  if (response.status === 404) {
    show(false);
    say('off');
    return;
  }
  const choices = await response.json();
  daily.checked = choices.daily;
  breaks.checked = choices.breaks;
  show(true);
  say('on');
}

async function turnOn() {
  const wasActive = Boolean(root.dataset.active);
  on.disabled = true;
  try {
    if ((await Notification.requestPermission()) !== 'granted') {
      say('denied');
      return;
    }
    const { publicKey } = await (await call('GET', '/api/v1/push/key')).json();
    const key = keyBytes(publicKey);
    subscription = await registration.pushManager.getSubscription();
    if (subscription && !sameKey(subscription.options.applicationServerKey, key)) {
      // The server has a new key (a new database): a subscription made for the old one cannot be used.
      await subscription.unsubscribe();
      subscription = null;
    }
    if (!subscription) {
      try {
        subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
      } catch {
        // The browser's push service refused or is missing (Chromium without Google's services, for one).
        say('noService');
        return;
      }
    }
    const json = subscription.toJSON();
    await call('PUT', '/api/v1/push/subscription', {
      endpoint: json.endpoint,
      keys: json.keys,
      daily: daily.checked,
      breaks: breaks.checked,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    show(true);
    say(wasActive ? 'saved' : 'on');
  } catch {
    say('failed');
  } finally {
    on.disabled = false;
  }
}

async function turnOff() {
  off.disabled = true;
  try {
    if (subscription) {
      await call('DELETE', endpointQuery());
      await subscription.unsubscribe();
    }
    subscription = null;
    show(false);
    say('off');
  } catch {
    say('failed');
  } finally {
    off.disabled = false;
  }
}

async function sendTest() {
  test.disabled = true;
  try {
    const response = await call('POST', '/api/v1/push/test', { endpoint: subscription.endpoint });
    say(response.status === 202 ? 'testSent' : 'failed');
  } catch {
    say('failed');
  } finally {
    test.disabled = false;
  }
}

async function start() {
  if (!root) return;
  const supported = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window && window.isSecureContext;
  if (!supported) {
    if (unavailable) unavailable.hidden = false;
    return;
  }
  on.dataset.label = on.textContent;
  registration = await navigator.serviceWorker.ready;
  root.hidden = false;
  on.addEventListener('click', turnOn);
  off.addEventListener('click', turnOff);
  test.addEventListener('click', sendTest);
  for (const box of [daily, breaks]) {
    box.addEventListener('change', () => { if (root.dataset.active) turnOn(); });
  }
  try {
    await refresh();
  } catch {
    say('failed');
  }
}

start();
