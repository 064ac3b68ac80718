// Supple's daily reminder, while the app is open in this browser.
//
// The time comes from GET /api/v1/reminders (the same setting as `supple remind --at`). At that local time the
// module shows a notification when the person has allowed them (asked from a button, never on load), and a banner
// on the page otherwise. Each day's reminder is shown once, whichever tab or page is open.

import { translator } from './message.js';

// The words are the page's, in its language (the layout's #supple-session-text).
const text = translator('supple-session-text');
const SHOWN_KEY = 'supple.reminder.shown';
const GRACE_MS = 30 * 60 * 1000; // a laptop that wakes a little late still gets the day's reminder
const MAX_WAIT_MS = 60 * 1000; // re-check at least once a minute (timers sleep with the machine)

let dailyAt = null;
let timer = 0;

const dayKey = (date) => `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;

function todayAt(now) {
  const [hours, minutes] = dailyAt.split(':').map(Number);
  const at = new Date(now);
  at.setHours(hours, minutes, 0, 0);
  return at;
}

function shownToday(now) {
  try {
    return localStorage.getItem(SHOWN_KEY) === dayKey(now);
  } catch {
    return false;
  }
}

function markShown(now) {
  try {
    localStorage.setItem(SHOWN_KEY, dayKey(now));
  } catch {
    // Without storage the reminder may show once per open tab; that is all.
  }
}

function isDue(now) {
  if (!dailyAt) return false;
  const at = todayAt(now);
  return now >= at && now - at < GRACE_MS && !shownToday(now);
}

function schedule() {
  clearTimeout(timer);
  if (!dailyAt) return;
  const now = new Date();
  let at = todayAt(now);
  if (at <= now) at = new Date(at.getTime() + 24 * 60 * 60 * 1000);
  timer = setTimeout(check, Math.max(0, Math.min(at - now, MAX_WAIT_MS)));
}

function check() {
  const now = new Date();
  if (isDue(now)) {
    markShown(now);
    remind();
  }
  schedule();
}

function notificationsAllowed() {
  return 'Notification' in window && Notification.permission === 'granted';
}

// This device gets the daily reminder by Web Push (set on the plan page): the pushed one is enough.
async function pushedHere() {
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    return Boolean(await registration?.pushManager?.getSubscription());
  } catch {
    return false;
  }
}

async function remind() {
  // The time as the setting is written (HH:MM, as `supple remind --at` takes it), in every language.
  const due = text('reminderDue', { time: dailyAt });
  if (document.getElementById('player')) return; // a session is open: no need to remind
  if (await pushedHere()) return;
  if (notificationsAllowed()) {
    try {
      const notification = new Notification('Supple', { body: due, tag: 'supple-daily' });
      notification.addEventListener('click', () => {
        window.focus();
        window.location.href = '/';
      });
      return;
    } catch {
      // Some browsers only notify from a service worker: fall back to the banner.
    }
  }
  showBanner(due);
}

function showBanner(sentence) {
  if (document.getElementById('reminder-banner')) return;
  const banner = document.createElement('div');
  banner.id = 'reminder-banner';
  banner.className = 'reminder-banner';
  banner.setAttribute('role', 'alert');
  const message = document.createElement('p');
  message.textContent = sentence;
  const start = document.createElement('a');
  start.href = '/';
  start.className = 'button primary';
  start.textContent = text('reminderGo');
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = text('reminderDismiss');
  dismiss.addEventListener('click', () => banner.remove());
  banner.append(message, start, dismiss);
  const main = document.getElementById('main') || document.body;
  main.prepend(banner);
}

// ---- the "Allow notifications" button (on the plan page) -------------------------------------------------------

function describePermission(status) {
  if (!('Notification' in window)) {
    status.textContent = text('notificationsUnsupported');
  } else if (Notification.permission === 'granted') {
    status.textContent = text('notificationsOn');
  } else if (Notification.permission === 'denied') {
    status.textContent = text('notificationsBlocked');
  } else {
    status.textContent = '';
  }
}

function wirePermissionButton() {
  const button = document.getElementById('reminder-permission');
  const status = document.getElementById('reminder-permission-status');
  if (!button || !status) return;
  const canAsk = 'Notification' in window && Notification.permission === 'default';
  button.hidden = !canAsk;
  describePermission(status);
  button.addEventListener('click', async () => {
    try {
      await Notification.requestPermission();
    } catch {
      // Older browsers take a callback instead; the status below still tells what happened.
    }
    button.hidden = !('Notification' in window) || Notification.permission !== 'default';
    describePermission(status);
  });
}

async function start() {
  wirePermissionButton();
  try {
    const response = await fetch('/api/v1/reminders', { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const settings = await response.json();
    // No reminder to stretch while a "see a doctor first" outcome stands (the server says why in heldBack).
    dailyAt = !settings.heldBack && typeof settings.dailyAt === 'string' && /^\d{2}:\d{2}$/.test(settings.dailyAt) ? settings.dailyAt : null;
  } catch {
    return; // offline or signed out: no reminder this time
  }
  check();
}

start();
