// On every page: sends the sessions kept on this device (session-queue.js) when the page loads and when the network
// comes back, asks for a background sync while some wait, and on Today lists them with their state: saved on this
// device (will be sent), saved (in the history), not saved yet (unfinished here), or refused.

const queue = self.SuppleSessions;
const account = document.querySelector('meta[name="supple-account"]')?.content;
const list = document.getElementById('device-sessions');

import { dateTime, translator } from './message.js';

/** The sentences of the offline queue, in the page's language (Resources/PlayerText*.resx, the Shared. keys). */
const text = translator('supple-session-text');

async function render() {
  if (!list || !queue) return;
  let records = [];
  try {
    records = await queue.list(account);
  } catch {
    records = [];
  }

  const items = records.filter(queue.shown).map((record) => {
    const state = queue.status(record);
    const li = document.createElement('li');
    li.dataset.state = { onDevice: 'on-device' }[state] || state;
    li.dataset.clientId = record.clientId;
    const sentence = state === 'refused'
      ? text('refused', { reason: record.refused })
      : { onDevice: text('onDevice'), saved: text('saved'), unfinished: text('unfinished') }[state];
    const strong = document.createElement('strong');
    strong.textContent = `${text('sessionOf', { date: dateTime(record.startedAt) })} `;
    li.append(strong, sentence);
    if (state === 'unfinished') {
      const link = document.createElement('a');
      link.href = '/player';
      link.textContent = ' →';
      link.setAttribute('aria-label', text('openPlayer'));
      li.append(link);
    }

    return li;
  });
  list.querySelector('ul').replaceChildren(...items);
  list.hidden = items.length === 0;
}

let retry = 0;
let delay = 2000;

async function flush() {
  if (!queue || !account) return;
  clearTimeout(retry);
  try {
    const outcome = await queue.flush(account);
    if (outcome.pending > 0 && outcome.offline) {
      await queue.requestSync();
      // `online` can come before the server is reachable: while the browser says online, try again a little later.
      if (navigator.onLine) retry = setTimeout(flush, delay);
      delay = Math.min(delay * 2, 60000);
    } else {
      delay = 2000;
    }
  } catch {
    // IndexedDB refused (private window, storage full): nothing was kept, nothing to send.
  }

  await render();
  // How many sends this page has tried (lets a test, or a curious person, see that the queue ran).
  if (list) list.dataset.flushed = String(Number(list.dataset.flushed || 0) + 1);
}

// The player sends its own session as it goes; here only what waits from before.
if (!document.getElementById('player')) {
  await render();
  await flush();
  window.addEventListener('online', flush);
  if (queue) queue.onChange(render);
}
