// Sessions kept on this device (IndexedDB) until the server has them: the offline queue of the player.
//
// A plain script, not a module, because two kinds of code load it: every page (a <script defer> in the layout's head,
// before the page's modules run) and the service worker (the server puts this file in front of /sw.js, for background
// sync). Both reach it as `self.SuppleSessions`.
//
// One record per session, keyed by the id the client made for it (clientId), scoped to the account that played it
// (the `Supple-Account` key the server puts in every page): a record is only ever read, shown or sent for that
// account, and every request that sends it says which account it is for (the server refuses it, 409 other-account,
// when someone else is signed in). A record holds what the player needs to carry on after a reload (the timeline,
// where it was) and what the server needs to save it: the routine, startedAt, painBefore, every step report (the
// shape of POST /api/v1/sessions/{id}/steps) and how it was closed (pain after).
//
// Sending (flush) is safe to repeat, from any number of tabs and the worker at once: a session the server already has
// is the same session (clientId), steps already received are skipped. A session started online (serverId) sends its
// steps to /sessions/{id}/steps as it goes; one started offline goes whole to /sessions/completed once it has ended.
// A refusal (4xx) is kept with its reason and not sent again; a network error or a 5xx is tried again later.
(function (global) {
  'use strict';

  const DB_NAME = 'supple';
  const DB_VERSION = 1;
  const SESSIONS = 'sessions';
  const META = 'meta';
  const SYNC_TAG = 'supple-sessions';
  const LOCK = 'supple-session-queue';
  // A session that had to wait (played offline, or a send failed) is shown as saved for a day once it is, then
  // forgotten by this device (the history has it). One saved at once is forgotten at once.
  const SHOW_SAVED_MS = 24 * 3600 * 1000;

  const CHANNEL = 'supple-sessions';
  let opening = null;
  // Tells every page (and the worker) that a record changed, so what they show follows whoever sent it.
  const channel = typeof global.BroadcastChannel === 'function' ? new global.BroadcastChannel(CHANNEL) : null;

  function open() {
    if (!global.indexedDB) return Promise.reject(new Error('IndexedDB is not available.'));
    opening = opening || new Promise((resolve, reject) => {
      const request = global.indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(SESSIONS)) db.createObjectStore(SESSIONS, { keyPath: 'clientId' }).createIndex('account', 'account');
        if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: 'key' });
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab with a newer version asks to upgrade: let it, and open again next time.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      request.onerror = () => {
        opening = null;
        reject(request.error);
      };
    });
    return opening;
  }

  async function run(store, mode, work) {
    const db = await open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(store, mode);
      let result;
      Promise.resolve(work(tx.objectStore(store))).then((r) => {
        result = r;
      });
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error('The transaction was aborted.'));
    });
  }

  const wrap = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

  // What the queue learnt from the server (sent marks, a refusal). The device's copy is the only truth for these: a page
  // writing its record never sets them back, and the queue marking a record never touches its steps.
  const SENT = ['sentSteps', 'sentWhole', 'sentClosing', 'refused', 'lastError', 'waited', 'savedAt'];

  /** Writes a record's steps, position and closing as they are now (a copy), keeping what the queue marked on it. */
  function put(record) {
    const copy = JSON.parse(JSON.stringify(record));
    copy.updatedAt = new Date().toISOString();
    return run(SESSIONS, 'readwrite', async (store) => {
      const stored = await wrap(store.get(copy.clientId));
      if (stored) for (const key of SENT) copy[key] = stored[key];
      store.put(copy);
    }).then(() => {
      for (const key of SENT) record[key] = copy[key];
    });
  }

  /** Records what the server said about a record (sent marks, a refusal) without touching the rest of it. */
  function mark(clientId, fields) {
    return run(SESSIONS, 'readwrite', async (store) => {
      const stored = await wrap(store.get(clientId));
      if (!stored) return;
      Object.assign(stored, fields, { updatedAt: new Date().toISOString() });
      store.put(stored);
    }).then(() => {
      if (channel) channel.postMessage({ clientId });
    });
  }

  /** Calls back whenever a record is marked by any sender (this page, another tab, the worker). */
  function onChange(callback) {
    if (typeof global.BroadcastChannel !== 'function') return;
    new global.BroadcastChannel(CHANNEL).onmessage = (event) => callback(event.data || {});
  }

  function remove(clientId) {
    return run(SESSIONS, 'readwrite', (store) => {
      store.delete(clientId);
    });
  }

  function get(clientId) {
    return run(SESSIONS, 'readonly', (store) => wrap(store.get(clientId)));
  }

  /** Every record of one account, oldest first. */
  async function list(account) {
    if (!account) return [];
    const records = await run(SESSIONS, 'readonly', (store) => wrap(store.index('account').getAll(account)));
    return records.sort((a, b) => String(a.startedAt).localeCompare(String(b.startedAt)));
  }

  function getMeta(account, key) {
    return run(META, 'readonly', (store) => wrap(store.get(`${account}:${key}`))).then((row) => (row ? row.value : null));
  }

  function putMeta(account, key, value) {
    return run(META, 'readwrite', (store) => {
      store.put({ key: `${account}:${key}`, value });
    });
  }

  // ---- what a record's state is ---------------------------------------------------------------------------------

  /** True while a record still has something the server has not confirmed (and it was not refused). */
  function pending(record) {
    if (record.refused) return false;
    if (record.serverId == null) {
      // Started offline: sent whole once it has ended (or was put aside / finished early).
      if (!record.ended && !record.closing) return false;
      return !record.sentWhole || (record.closing && record.sentClosing !== closingKey(record.closing));
    }

    return (record.sentSteps || 0) < record.steps.length || Boolean(record.closing && record.sentClosing !== closingKey(record.closing));
  }

  /** Still being played on this device (nothing to send yet, for a session started offline). */
  function unfinished(record) {
    return !record.refused && !record.ended && !record.closing;
  }

  /** saved | onDevice | unfinished | refused: what the screen says about a record. */
  function status(record) {
    if (record.refused) return 'refused';
    if (pending(record)) return 'onDevice';
    if (record.serverId == null && unfinished(record)) return 'unfinished';
    return 'saved';
  }

  /** True when the session had to wait on this device (so Today says when it is saved). */
  const waited = (record) => record.serverId == null || Boolean(record.waited);

  /** What Today lists: what waits, what was refused, what is unfinished here, and what waited and is now saved. */
  function shown(record) {
    const state = status(record);
    if (state === 'saved') return waited(record) && !unfinished(record);
    return true;
  }

  const closingKey = (closing) => (closing ? `${closing.kind}:${closing.painAfter ?? ''}` : null);

  // ---- sending ----------------------------------------------------------------------------------------------------

  class SendError extends Error {
    constructor(message, status, reason) {
      super(message);
      this.status = status;
      this.reason = reason;
    }
  }

  async function send(account, url, body) {
    let response;
    const text = JSON.stringify(body ?? {});
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Supple-Account': account },
        credentials: 'same-origin',
        body: text,
        // A report sent as the page goes away ("this hurts", then the tab is shut) still reaches the server. Browsers
        // cap keepalive bodies at 64 KB; a larger one (a long offline session) goes as a plain request.
        keepalive: text.length < 60000,
      });
    } catch {
      throw new SendError('The server cannot be reached.', 0, 'network');
    }

    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const errors = data && data.errors ? Object.values(data.errors).flat().join(' ') : '';
      const message = [data && (data.detail || data.title), errors].filter(Boolean).join(' ') || `HTTP ${response.status}`;
      throw new SendError(message, response.status, data && data.reason);
    }

    return data;
  }

  /** The body of POST /api/v1/sessions/completed for a session played offline. */
  function completedBody(record) {
    return {
      clientId: record.clientId,
      routine: record.routine,
      startedAt: record.startedAt,
      painBefore: record.painBefore ?? null,
      painAfter: record.closing ? record.closing.painAfter ?? null : null,
      steps: record.steps,
    };
  }

  async function sendOne(account, record) {
    if (record.serverId == null) {
      if (record.steps.length === 0) {
        // Put aside before a single step ended: there is nothing to save.
        await remove(record.clientId);
        return;
      }

      await send(account, '/api/v1/sessions/completed', completedBody(record));
      await mark(record.clientId, { sentWhole: true, sentSteps: record.steps.length, sentClosing: closingKey(record.closing), lastError: null, savedAt: new Date().toISOString() });
      return;
    }

    const sent = record.sentSteps || 0;
    if (sent < record.steps.length) {
      const count = record.steps.length;
      await send(account, `/api/v1/sessions/${record.serverId}/steps`, { steps: record.steps.slice(sent) });
      await mark(record.clientId, { sentSteps: count, lastError: null, savedAt: new Date().toISOString() });
    }

    if (record.closing && record.sentClosing !== closingKey(record.closing)) {
      const { kind, painAfter } = record.closing;
      const path = { finish: 'finish', 'stop-for-pain': 'stop-for-pain', abandon: 'abandon' }[kind];
      await send(account, `/api/v1/sessions/${record.serverId}/${path}`, kind === 'abandon' ? {} : { painAfter: painAfter ?? null });
      await mark(record.clientId, { sentClosing: closingKey(record.closing), lastError: null, savedAt: new Date().toISOString() });
    }
  }

  /**
   * Sends every pending session of the account, oldest first. Resolves to { pending, offline, otherAccount }: how
   * many are still waiting, and whether the network (or the signed-in account) stopped it.
   */
  async function flush(account) {
    if (!account || account === 'anonymous') return { pending: 0, offline: false, otherAccount: false };
    const work = async () => {
      const outcome = { pending: 0, offline: false, otherAccount: false };
      const records = await list(account);
      // Forgetting is left to the pages: a page's clock is the one that dated the save it showed.
      if (global.document) {
        const now = Date.now();
        for (const record of records.filter((r) => status(r) === 'saved' && !unfinished(r))) {
          if (!waited(record) || now - Date.parse(record.savedAt || 0) > SHOW_SAVED_MS) await remove(record.clientId);
        }
        // Written at Start, then the page went before a timeline was played: nothing was done.
        for (const record of records.filter((r) => r.serverId == null && !r.timeline && r.steps.length === 0)) {
          if (now - Date.parse(record.updatedAt || 0) > 60000) await remove(record.clientId);
        }
      }

      for (const record of records) {
        if (!pending(record)) continue;

        if (outcome.offline || outcome.otherAccount) {
          outcome.pending += 1;
          continue;
        }

        try {
          await sendOne(account, record);
        } catch (error) {
          if (error.reason === 'other-account' || error.status === 401 || error.status === 403) {
            // Someone else is signed in now, or nobody (signed out, or the sign-in expired): kept for its account.
            outcome.otherAccount = true;
          } else if (error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) {
            // The server refuses it: say so, keep it, never send it again.
            await mark(record.clientId, { refused: error.message });
            continue;
          } else {
            outcome.offline = true; // the network, or a server error: later
            await mark(record.clientId, { lastError: error.message, waited: true });
          }

          outcome.pending += 1;
        }
      }

      return outcome;
    };

    // One sender at a time per browser (tabs and the worker): repeats are harmless, but pointless.
    const locks = global.navigator && global.navigator.locks;
    return locks ? locks.request(LOCK, work) : work();
  }

  /**
   * Offline: asks the browser to run the worker's sync when the network is back (Chromium), even if every page is
   * closed by then; elsewhere the next page load or `online` sends it. Online, an open page retries by itself.
   */
  async function requestSync() {
    if (global.navigator.onLine !== false) return;
    try {
      const registration = global.navigator.serviceWorker && (await global.navigator.serviceWorker.ready);
      if (registration && registration.sync) await registration.sync.register(SYNC_TAG);
    } catch {
      // Not allowed here (no worker, or background sync switched off): the next page load or `online` sends it.
    }
  }

  global.SuppleSessions = {
    SYNC_TAG, open, put, mark, onChange, get, list, remove, getMeta, putMeta, pending, unfinished, status, shown, completedBody, flush, requestSync,
  };
})(self);
