// Supple's guided session player.
//
// It plays the timeline the server compiled for the session (POST /api/v1/sessions answers with it, after every
// rule: the safety gate, the plan, pain of 7 or more → gentle, paused stretches left out). Time is kept with
// performance.now() deadlines: each step ends at the previous step's deadline plus its own duration, so the count
// never drifts however late a timer fires. The player computes no records: it reports how each step ended
// (POST .../steps: played, skipped, skipped-stretch, hurt, stopped) and the server folds the steps into stretch
// records with the same Core code as the terminal. Every report can be repeated: the session has an id made here
// (clientId) and steps already received are skipped.
//
// Kept on the device as it goes: the session is a record in IndexedDB (session-queue.js, `self.SuppleSessions`),
// written before anything is sent: its timeline, where it is, every step report and the pain scores. The queue sends
// it; the screen says "saved" only once the server has it, and "saved on this device" while it waits. When the server
// cannot be reached at Start, the session still plays: the timeline is the one the service worker kept (built by the
// server, with its rules; for pain of 7 or more the gentle one, or no session), the safety answers are the last ones
// kept on this device, and the whole session goes to POST /api/v1/sessions/completed once it has ended. A reload
// resumes it at the start of the step that was playing.

import { dateTime, language, translator } from './message.js';

const $ = (id) => document.getElementById(id);
const root = $('player');
const CIRCUMFERENCE = 339.292;
const SCREENS = ['loading', 'refused', 'error', 'disclaimer', 'resume', 'before', 'play', 'after', 'stopped', 'done'];
// Every word shown comes from the page, in its language (#player-text: the player's; #supple-session-text: what every
// page says about sessions kept on the device), as messages that js/message.js fills in.
const t = translator('player-text');
const TEXT = translator('supple-session-text');
// Enum values are kebab-case in every JSON the server writes; the labels are the page's.
const KIND_LABELS = {
  'get-into-position': 'Kind.GetIntoPosition',
  hold: 'Kind.Hold',
  flow: 'Kind.Flow',
  release: 'Kind.Release',
  'switch-side': 'Kind.SwitchSide',
  'rest-between-sets': 'Kind.Rest',
  done: 'Kind.Done',
};
// Whether the language writes a stretch's name or a step's kind in lower case inside a sentence (not German nouns).
const inSentence = (text) => (t('LowercaseNames') === 'yes' ? text.toLocaleLowerCase(language) : text);
const RETRY_FIRST_MS = 1000;
const RETRY_LONGEST_MS = 15000;
const queue = self.SuppleSessions;
const account = document.querySelector('meta[name="supple-account"]')?.content || 'anonymous';

const state = {
  timeline: null,
  session: null,
  index: 0,
  deadline: 0,
  remaining: 0,
  playing: false,
  paused: false,
  timer: 0,
  shownSecond: null,
  record: null,
  offline: false,
  syncing: null,
  syncAgain: false,
  retryTimer: 0,
  retryDelay: RETRY_FIRST_MS,
  saveError: null,
  leaving: false,
  wakeLock: null,
  audio: null,
  settings: loadSettings(),
};

// ---- server ---------------------------------------------------------------------------------------------------

async function request(method, url, body) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
    // keepalive: a report sent just before the tab closes (e.g. "this hurts", then the tab is shut) still reaches the
    // server. Browsers cap keepalive bodies at 64 KB; a larger one (a long offline batch) goes as a plain request.
    init.keepalive = init.body.length < 60000;
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    // No answer at all (offline, or the server is down): not a refusal.
    const error = new Error(TEXT('onDevice'));
    error.network = true;
    error.cause = cause;
    throw error;
  }
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const errors = data && data.errors ? Object.values(data.errors).flat().join(' ') : '';
    const error = new Error([data && (data.detail || data.title), errors].filter(Boolean).join(' ') || t('ServerProblem', { status: response.status }));
    error.status = response.status;
    error.reason = data && data.reason;
    error.title = data && data.title;
    throw error;
  }
  return data;
}

const get = (url) => request('GET', url);
const post = (url, body) => request('POST', url, body ?? {});

function timelineUrl(level, only, painBefore) {
  const query = new URLSearchParams();
  if (level) query.set('level', level);
  if (only && only.length) query.set('only', only.join(','));
  if (painBefore != null) query.set('painBefore', String(painBefore));
  return `/api/v1/timeline?${query}`;
}

// ---- reporting steps -----------------------------------------------------------------------------------------

/** Records how a step ended: on the device first, then to the server (in order, retried until saved). */
function report(step, end, elapsedMs) {
  const record = state.record;
  record.steps.push({ step: step.index, end, seconds: Math.max(0, elapsedMs) / 1000, at: new Date().toISOString() });
  if (end === 'hurt' || step.kind === 'done') record.ended = true;
  return sync();
}

/** Writes the record to IndexedDB (best effort: a browser that refuses storage still plays, online only). */
async function keep() {
  if (!state.record || !queue) return false;
  try {
    await queue.put(state.record);
    state.kept = true;
  } catch {
    state.kept = false;
  }
  return state.kept;
}

/**
 * Keeps the record, then has the queue send whatever the server does not have yet; on a network error, tries again
 * with a growing delay while the page is open (and the worker's background sync, or the next page load, when not).
 * Resolves once this attempt is over; state.saveError says whether the server has everything.
 */
function sync() {
  const kept = keep();
  if (state.syncing) {
    state.syncAgain = true;
    return state.syncing;
  }
  state.syncing = (async () => {
    await kept;
    do {
      state.syncAgain = false;
      await sendQueue();
      if (state.syncAgain) await keep();
    } while (state.syncAgain);
    state.syncing = null;
  })();
  return state.syncing;
}

async function sendQueue() {
  const record = state.record;
  if (!record) return;
  let outcome = { pending: 0, offline: false, otherAccount: false };
  if (state.kept) {
    outcome = await queue.flush(account).catch(() => ({ pending: 1, offline: true }));
    const fresh = await queue.get(record.clientId).catch(() => null);
    if (fresh) {
      // What the queue sent is written back on its copy: carry the sent marks over (the steps are this page's).
      record.sentSteps = fresh.sentSteps;
      record.sentWhole = fresh.sentWhole;
      record.sentClosing = fresh.sentClosing;
      record.refused = fresh.refused;
    }
  } else {
    outcome = await sendWithoutStore(record);
  }

  if (record.refused) {
    // Not a passing failure: the server refuses these steps. Say so; retrying cannot help.
    state.saveError = { message: record.refused, refused: true };
    saveStatus(TEXT('refused', { reason: record.refused }));
  } else if (queue && queue.pending(record)) {
    state.saveError = { message: TEXT('onDevice') };
    if (outcome.otherAccount) saveStatus(TEXT('otherAccount'));
    else saveStatus(state.kept ? TEXT('onDevice') : TEXT('notSaved'));
    if (outcome.offline) retryLater();
  } else {
    if (state.saveError) saveStatus(state.offline ? '' : TEXT('saved'));
    state.saveError = null;
    state.retryDelay = RETRY_FIRST_MS;
  }
  // The end screens say where the session is: keep them true as it moves from this device to the server.
  if (!$('screen-stopped').hidden) showHurtSaved();
  if (!$('screen-done').hidden && state.doneText) renderDone();
}

function retryLater() {
  clearTimeout(state.retryTimer);
  state.retryTimer = setTimeout(() => sync(), state.retryDelay);
  state.retryDelay = Math.min(state.retryDelay * 2, RETRY_LONGEST_MS);
  if (queue) queue.requestSync();
}

/** Without IndexedDB (a private window may refuse it): the steps go straight to the server, as the queue would send them. */
async function sendWithoutStore(record) {
  if (record.serverId == null) return { pending: 1, offline: false };
  try {
    const sent = record.sentSteps || 0;
    if (sent < record.steps.length) {
      const count = record.steps.length;
      await post(`/api/v1/sessions/${record.serverId}/steps`, { steps: record.steps.slice(sent) });
      record.sentSteps = count;
    }
    return { pending: 0, offline: false };
  } catch (error) {
    if (!error.network && error.status >= 400 && error.status < 500) record.refused = error.message;
    return { pending: 1, offline: Boolean(error.network) || error.status >= 500 };
  }
}

/** True once the server has everything of this session (steps, and how it was closed). */
const savedOnServer = () => Boolean(state.record) && (queue ? queue.status(state.record) === 'saved' : !state.record.refused && !state.saveError);

function saveStatus(text) {
  // The done screen says where the session is itself: no second line above it.
  if (text && !$('screen-done').hidden) return;
  const status = $('save-status');
  status.hidden = !text;
  status.textContent = text || '';
  if (text) $('alerter').textContent = text;
}

// ---- screens --------------------------------------------------------------------------------------------------

function show(name) {
  for (const screen of SCREENS) $(`screen-${screen}`).hidden = screen !== name;
  const heading = document.querySelector(`#screen-${name} h1[tabindex]`);
  if (heading) heading.focus();
}

function fail(error) {
  stopClock();
  $('error-text').textContent = error.message || String(error);
  show('error');
}

function announce(text) {
  $('announcer').textContent = text;
}

function checkedPain(name) {
  const input = document.querySelector(`input[name="pain-${name}"]:checked`);
  return input ? Number(input.value) : null;
}

const minutes = (seconds) => Math.max(1, Math.round(seconds / 60));

function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

// ---- start, resume --------------------------------------------------------------------------------------------

function refuse(error) {
  stopClock();
  $('refused-title').textContent = error.title || t('RefusedTitle');
  $('refused-text').textContent = error.message;
  show('refused');
}

async function init() {
  // Whatever waits from before goes first, so the server's answers below include it.
  if (queue) await queue.flush(account).catch(() => null);
  let answers;
  try {
    const [acceptance, open, gate] = await Promise.all([
      get('/api/v1/disclaimer/acceptance'),
      get('/api/v1/sessions/open'),
      get('/api/v1/assessment/gate'),
    ]);
    answers = { acceptance, open, gate };
    rememberAnswers({ acceptance, gate });
  } catch (error) {
    if (!error.network) {
      if (error.status === 409) refuse(error);
      else fail(error);
      return;
    }
    await initOffline();
    return;
  }

  try {
    const { acceptance, open, gate } = answers;
    state.gate = gate;
    if (gate.closed && !open) {
      refuse({ title: gate.refusal.title, message: gate.refusal.message });
      return;
    }
    if (!acceptance.accepted) {
      show('disclaimer');
      $('accept-disclaimer').focus();
      await new Promise((resolve) => $('accept-disclaimer').addEventListener('click', resolve, { once: true }));
      const accepted = await post('/api/v1/disclaimer/acceptance');
      rememberAnswers({ acceptance: accepted || { accepted: true }, gate });
    }
    const local = await unfinishedHere();
    if (open) {
      offerResume(open);
    } else if (local && !gate.closed) {
      offerLocalResume(local);
    } else {
      await prepareNew();
    }
  } catch (error) {
    if (error.status === 409) refuse(error);
    else fail(error);
  }
}

/** The safety answers, kept per account so that a session can start offline only where it could online. */
function rememberAnswers(answers) {
  if (queue) queue.putMeta(account, 'answers', { ...answers, at: new Date().toISOString() }).catch(() => {});
}

/**
 * Offline: the last answers kept on this device decide. Nothing known, or the gate last seen closed: no session.
 * An unfinished session of this device is offered first.
 */
async function initOffline() {
  const kept = queue ? await queue.getMeta(account, 'answers').catch(() => null) : null;
  if (!kept || !kept.gate) {
    refuse({ title: TEXT('offlineTitle'), message: TEXT('offlineNoGate') });
    return;
  }
  state.gate = kept.gate;
  if (kept.gate.closed) {
    refuse({ title: kept.gate.refusal.title, message: kept.gate.refusal.message });
    return;
  }
  if (!kept.acceptance || !kept.acceptance.accepted) {
    refuse({ title: TEXT('offlineTitle'), message: TEXT('offlineNoDisclaimer') });
    return;
  }
  const local = await unfinishedHere();
  if (local) {
    offerLocalResume(local);
    return;
  }
  try {
    await prepareNew();
  } catch (error) {
    if (error.network) refuse({ title: TEXT('offlineTitle'), message: TEXT('offlineNoTimeline') });
    else fail(error);
  }
}

/** The latest session this account left unfinished on this device, if any. */
async function unfinishedHere() {
  if (!queue) return null;
  const records = await queue.list(account).catch(() => []);
  return records.filter((r) => queue.unfinished(r) && r.timeline).pop() || null;
}

function newClientId() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  // Older browsers: a random version-4 UUID from getRandomValues.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// With ?plan=1 the routine is today's session from the saved plan (GET /api/v1/plan/timeline): each stretch at the
// level the safety rules give it, paused stretches left out, and everything gentle when pain before is 7 or more.
const fromPlan = () => root.dataset.plan === '1';
const planTimelineUrl = (painBefore) => `/api/v1/plan/timeline${painBefore === null ? '' : `?painBefore=${painBefore}`}`;
const onlyIds = () => (root.dataset.only || '').split(',').filter(Boolean);
/** The timeline the server builds for this routine with a pain before (null: not rated). */
const routineTimelineUrl = (painBefore) => (fromPlan() ? planTimelineUrl(painBefore) : timelineUrl(root.dataset.level, onlyIds(), painBefore));

async function prepareNew() {
  state.timeline = await get(routineTimelineUrl(null));
  const names = state.timeline.stretches.map((s) => s.name);
  const summary = { count: names.length, names: names.join(', '), minutes: minutes(state.timeline.totalSeconds), level: state.timeline.level };
  $('routine-summary').textContent = t(fromPlan() ? 'SummaryPlan' : 'Summary', summary);
  show('before');
  $('start').focus();
  keepHighPainTimelines();
}

/**
 * Online, with a service worker to keep them: fetches the timelines the server builds for a high pain before (from
 * the server's own threshold up), so that a session with high pain can start offline with the gentle routine.
 */
function keepHighPainTimelines() {
  const from = state.timeline.gentleFromPain;
  if (!navigator.onLine || !Number.isInteger(from) || !(navigator.serviceWorker && navigator.serviceWorker.controller)) return;
  // The body is read so that the request ends: the service worker keeps its own copy, and a response left unread
  // holds the connection open as if it were still loading.
  for (let pain = from; pain <= 10; pain++) fetch(routineTimelineUrl(pain)).then((r) => r.arrayBuffer()).catch(() => {});
}

async function startNew(event) {
  event.preventDefault();
  $('start').disabled = true;
  const painBefore = checkedPain('before');
  try {
    unlockAudio();
    // On the device before anything is sent: a session the server never answered for is still kept.
    state.clientId = state.clientId || newClientId();
    state.record = {
      clientId: state.clientId, account, startedAt: new Date().toISOString(), painBefore, serverId: null, timeline: null,
      routine: null, steps: [], next: 0, ended: false, closing: null,
    };
    await keep();
    // The server decides what is played (pain of 7 or more makes it gentle): play the timeline it answers with.
    let session;
    try {
      session = await post('/api/v1/sessions', {
        clientId: state.clientId,
        level: fromPlan() ? null : root.dataset.level || null,
        only: fromPlan() ? null : onlyIds(),
        plan: fromPlan(),
        painBefore,
      });
    } catch (error) {
      if (!error.network) {
        await queue?.remove(state.clientId).catch(() => {});
        throw error;
      }
      await startOffline(painBefore);
      return;
    }
    state.session = session;
    state.timeline = session.timeline;
    Object.assign(state.record, { serverId: session.id, startedAt: session.startedAt, timeline: session.timeline, routine: session.timeline.routine });
    await keep();
    showAdvice(session.advice || []);
    begin(0);
  } catch (error) {
    if (error.status === 409) refuse(error);
    else fail(error);
  } finally {
    $('start').disabled = false;
  }
}

/**
 * The server cannot be reached: play the timeline the server built for this routine and this pain, as the worker
 * kept it. For a pain from the server's threshold up that is the gentle one; when it was not kept, no session.
 */
async function startOffline(painBefore) {
  let timeline = state.timeline;
  const high = painBefore !== null && Number.isInteger(timeline.gentleFromPain) && painBefore >= timeline.gentleFromPain;
  if (high) {
    try {
      timeline = await get(routineTimelineUrl(painBefore));
    } catch {
      await queue?.remove(state.clientId).catch(() => {});
      refuse({ title: TEXT('offlineTitle'), message: TEXT('offlineNoGentle') });
      return;
    }
  }
  state.offline = true;
  state.timeline = timeline;
  state.session = { id: null, nextStep: 0 };
  Object.assign(state.record, { timeline, routine: timeline.routine });
  if (!(await keep())) {
    // Nowhere to keep it: playing would lose it. Say so rather than pretend.
    fail(new Error(TEXT('notSaved')));
    return;
  }
  showAdvice(timeline.advice || []);
  saveStatus(TEXT('playingOffline'));
  begin(0);
}

/** What the server changed for safety when it started the session (e.g. pain of 7 or more: gentle), shown while it plays. */
function showAdvice(advice) {
  const box = $('play-advice');
  box.replaceChildren(...advice.map((a) => {
    const p = document.createElement('p');
    const title = document.createElement('strong');
    title.textContent = `${a.title}. `;
    p.append(title, a.message);
    return p;
  }));
  box.hidden = advice.length === 0;
}

function offerResume(open) {
  state.session = open;
  state.resume = 'server';
  const started = dateTime(open.startedAt);
  const saved = new Set(open.stretches.filter((s) => !s.skipped && !s.partial).map((s) => s.stretchId)).size;
  // While a "see a doctor first" outcome stands, an unfinished session can be ended, not continued.
  $('resume-continue').hidden = Boolean(state.gate && state.gate.closed) || !open.timeline;
  $('resume-text').textContent = t('ResumeText', { date: started, saved });
  show('resume');
  $('resume-continue').focus();
}

/** A session left unfinished on this device (played offline, or its steps not sent yet): carried on from here. */
function offerLocalResume(record) {
  state.resume = 'local';
  state.record = record;
  state.clientId = record.clientId;
  state.offline = record.serverId == null;
  state.session = { id: record.serverId, nextStep: record.next || 0 };
  $('resume-continue').hidden = false;
  $('resume-text').textContent = TEXT('offlineResume', { date: dateTime(record.startedAt) });
  show('resume');
  $('resume-continue').focus();
}

async function resumeOpen() {
  try {
    unlockAudio();
    if (state.resume === 'local') {
      // Where it was: the step that was playing starts again from its beginning.
      state.timeline = state.record.timeline;
      if (state.offline) saveStatus(TEXT('playingOffline'));
      const next = steps()[state.record.next || 0];
      if (next && next.kind !== 'done') begin(state.record.next || 0);
      else await reachEnd();
      return;
    }
    // The server keeps what the session plays and which step comes next, so any browser can carry on.
    state.timeline = state.session.timeline;
    state.record = await recordForServerSession(state.session);
    const next = steps()[state.session.nextStep];
    if (next && next.kind !== 'done') {
      begin(state.session.nextStep);
    } else {
      await reachEnd();
    }
  } catch (error) {
    fail(error);
  }
}

/** The device's record of a session the server has open (made now when this device has none). */
async function recordForServerSession(session) {
  const stored = queue ? await queue.get(session.clientId).catch(() => null) : null;
  if (stored && stored.account === account) return stored;
  const record = {
    clientId: session.clientId, account, startedAt: session.startedAt, painBefore: session.painBefore, serverId: session.id,
    timeline: session.timeline, routine: session.timeline ? session.timeline.routine : null, steps: [], next: session.nextStep,
    ended: false, closing: null, sentSteps: 0,
  };
  state.record = record;
  await keep();
  return record;
}

async function discardOpen() {
  try {
    if (state.resume === 'local') {
      // Put aside: what was done is sent as it is (the step in progress cut short), and a new session offered.
      state.record.closing = { kind: 'abandon', painAfter: null };
      await sync();
      state.record = null;
      state.offline = false;
      state.clientId = null;
      if (navigator.onLine) await init();
      else await initOffline();
      return;
    }
    // Put aside: the server keeps what was done, the stretch in progress as cut short.
    await post(`/api/v1/sessions/${state.session.id}/abandon`);
    state.session = null;
    await prepareNew();
  } catch (error) {
    fail(error);
  }
}

// ---- the clock ------------------------------------------------------------------------------------------------

const steps = () => state.timeline.steps;
const current = () => steps()[state.index];
const durationMs = (step) => step.durationSeconds * 1000;

/** Fetches every picture of the routine once, so no step waits for its picture (and a flaky network matters less). */
function preloadPictures() {
  const seen = new Set();
  for (const step of steps()) {
    if (step.picture && !seen.has(step.picture)) {
      seen.add(step.picture);
      new Image().src = step.picture;
    }
  }
}

function begin(index) {
  preloadPictures();
  state.index = index;
  state.playing = true;
  state.paused = false;
  state.deadline = performance.now() + durationMs(current());
  show('play');
  $('pause').focus();
  enterStep();
  tick();
  holdScreenAwake();
}

function schedule() {
  clearTimeout(state.timer);
  if (state.playing && !state.paused) {
    const left = state.deadline - performance.now();
    // Wake at the next whole second (when the count changes) or at the end of the step, never later than 250 ms.
    const toNextSecond = left > 0 ? left % 1000 || 1000 : 0;
    state.timer = setTimeout(tick, Math.min(250, toNextSecond));
  }
}

function tick() {
  if (!state.playing || state.paused) return;
  const now = performance.now();
  while (state.playing && now >= state.deadline) {
    if (!advance('played', 0)) return;
    state.deadline += durationMs(current());
  }
  render(now);
  schedule();
}

function stopClock() {
  state.playing = false;
  $('progress-text').textContent = '';
  clearTimeout(state.timer);
  releaseScreen();
  if (window.speechSynthesis) window.speechSynthesis.cancel();
}

/** Ends the current step (played or skipped) and moves on. Returns false when the session is over. */
function advance(end, elapsedMs) {
  const step = current();
  report(step, end, end === 'played' ? durationMs(step) : elapsedMs);
  const next = steps()[state.index + 1];
  if (!next || next.kind === 'done') {
    stopClock();
    reachEnd();
    return false;
  }
  state.index += 1;
  enterStep();
  return true;
}

/** The last step played: the closing "done" step is reported, and the after screen shown. */
async function reachEnd() {
  const done = steps().find((s) => s.kind === 'done');
  const reported = state.record.steps.some((s) => s.step === done?.index);
  if (done && !reported && (state.session.nextStep ?? 0) <= done.index) {
    state.record.next = done.index;
    report(done, 'played', 0);
  } else {
    state.record.ended = true;
    sync();
  }
  showAfter();
  await state.syncing;
}

function skip() {
  if (!state.playing) return;
  const now = performance.now();
  if (advance('skipped', elapsedInStep(now))) {
    state.deadline = now + durationMs(current());
    if (state.paused) state.remaining = durationMs(current());
    render(now);
    schedule();
  }
}

function skipStretch() {
  if (!state.playing) return;
  const now = performance.now();
  const step = current();
  // One report: the server marks the rest of the stretch skipped, on every side.
  report(step, 'skipped-stretch', elapsedInStep(now));
  const stretch = state.timeline.stretches[step.stretchIndex];
  const next = steps()[stretch.firstStep + stretch.stepCount];
  if (!next || next.kind === 'done') {
    stopClock();
    reachEnd();
    return;
  }
  state.index = next.index;
  enterStep();
  state.deadline = now + durationMs(current());
  if (state.paused) state.remaining = durationMs(current());
  render(now);
  schedule();
}

function togglePause() {
  if (!state.playing) return;
  const now = performance.now();
  if (state.paused) {
    state.paused = false;
    state.deadline = now + state.remaining;
    $('pause').textContent = t('Pause');
    $('pause').setAttribute('aria-pressed', 'false');
    announce(t('Resumed'));
    holdScreenAwake();
    tick();
  } else {
    state.paused = true;
    state.remaining = Math.max(0, state.deadline - now);
    clearTimeout(state.timer);
    $('pause').textContent = t('Resume');
    $('pause').setAttribute('aria-pressed', 'true');
    announce(t('Paused'));
    if (window.speechSynthesis) window.speechSynthesis.cancel();
    releaseScreen();
  }
}

/** "This hurts": stops at once, at any step (getting into position too); the server records where. */
async function hurts() {
  if (!state.playing) return;
  const step = current();
  const elapsed = elapsedInStep(performance.now());
  stopClock();
  $('stopped-stretch').textContent = inSentence(state.timeline.stretches[step.stretchIndex].name);
  $('stopped-saved').textContent = TEXT('sending');
  show('stopped');
  $('alerter').textContent = t('StoppedAlert', { message: $('screen-stopped').querySelector('strong').textContent });
  await report(step, 'hurt', elapsed);
  showHurtSaved();
}

/** Says where the hurt is kept now: on the server, on this device (to be sent), or refused. */
function showHurtSaved() {
  if (savedOnServer()) $('stopped-saved').textContent = TEXT('hurtSaved');
  else if (state.record.refused) $('stopped-saved').textContent = TEXT('refused', { reason: state.record.refused });
  else $('stopped-saved').textContent = state.kept ? TEXT('hurtOnDevice') : TEXT('notSaved');
}

function elapsedInStep(now) {
  const left = state.paused ? state.remaining : Math.max(0, state.deadline - now);
  return Math.max(0, durationMs(current()) - left);
}

// ---- drawing --------------------------------------------------------------------------------------------------

function kindLabel(step) {
  if (step.kind === 'flow' && step.phaseName) return step.phaseName;
  return KIND_LABELS[step.kind] ? t(KIND_LABELS[step.kind]) : step.kind;
}

function countersText(step) {
  const c = step.counters;
  if (!c) return '';
  const parts = [];
  if (c.reps > 1) parts.push(t('Rep', { rep: c.rep, reps: c.reps }));
  if (c.sets > 1) parts.push(t('Set', { set: c.set, sets: c.sets }));
  if (c.side && c.side !== 'none') parts.push(t('Side', { side: c.side }));
  return parts.join(' · ');
}

function nextText() {
  const step = current();
  const next = steps()[state.index + 1];
  if (!next || next.kind === 'done') return t('NextFinish');
  if (next.stretchIndex !== step.stretchIndex) return t('Next', { name: state.timeline.stretches[next.stretchIndex].name });
  return t('Next', { name: kindLabel(next) });
}

function enterStep() {
  const step = current();
  const stretch = state.timeline.stretches[step.stretchIndex];
  const pose = $('pose');
  if (pose.getAttribute('src') !== step.picture) {
    pose.src = step.picture;
    pose.alt = t('PictureAlt', { name: stretch.name, kind: inSentence(kindLabel(step)) });
  }
  if (state.record) {
    // Where to carry on after a reload: this step, from its start.
    state.record.next = state.index;
    keep();
  }
  $('stretch-heading').textContent = stretch.name;
  $('stretch-name').textContent = t('StretchOf', { name: stretch.name, position: step.stretchIndex + 1, count: state.timeline.stretches.length });
  $('step-kind').textContent = kindLabel(step);
  $('instruction').textContent = step.instruction;
  $('counters').textContent = countersText(step);
  $('next').textContent = nextText();
  state.shownSecond = null;
  const seconds = Math.round(step.durationSeconds);
  announce(t('StepAnnouncement', { name: stretch.name, kind: kindLabel(step), seconds, instruction: step.instruction, counters: countersText(step) }));
  speak(step.instruction);
  beep(step.kind === 'hold' || step.kind === 'flow' ? 880 : 660, 0.12);
}

function render(now) {
  const step = current();
  const left = state.paused ? state.remaining : Math.max(0, state.deadline - now);
  const second = Math.ceil(left / 1000);
  const duration = durationMs(step);
  if (second !== state.shownSecond) {
    if (state.shownSecond !== null && second > 0 && second <= 3 && step.kind === 'hold') beep(520, 0.08);
    state.shownSecond = second;
    $('count').textContent = String(second);
    const total = state.timeline.totalSeconds - step.startsAtSeconds - (duration - left) / 1000;
    $('progress-text').textContent = t('TimeLeft', { time: clock(total) });
  }
  const fraction = duration > 0 ? left / duration : 0;
  $('ring-bar').setAttribute('stroke-dashoffset', String(CIRCUMFERENCE * (1 - fraction)));
}

function showAfter() {
  const count = state.timeline ? state.timeline.stretches.length : 0;
  $('after-text').textContent = count ? t('AfterText', { count }) : t('ReadyToFinish');
  show('after');
  announce(t('Complete'));
}

async function finish(event) {
  event.preventDefault();
  $('finish').disabled = true;
  try {
    // "Finish it now" on a session the server has open: this device keeps its end until the server has it.
    if (!state.record) state.record = await recordForServerSession(state.session);
    state.record.closing = { kind: 'finish', painAfter: checkedPain('after') };
    await sync();
    showDone(TEXT('doneTextSaved'));
  } catch (error) {
    fail(error);
  } finally {
    $('finish').disabled = false;
  }
}

/** The end: "Saved" only when the server has it all; "Saved on this device" while it waits; a refusal as it is. */
function showDone(savedText) {
  state.doneText = savedText;
  renderDone();
  saveStatus(''); // the done screen itself says where the session is
  show('done');
}

function renderDone() {
  if (state.record.refused) {
    $('done-title').textContent = TEXT('notSaved');
    $('done-text').textContent = TEXT('refused', { reason: state.record.refused });
    $('done-title').dataset.state = 'refused';
    return;
  }
  const saved = savedOnServer();
  const before = $('done-title').dataset.state;
  $('done-title').textContent = saved ? TEXT('doneTitleSaved') : state.kept ? TEXT('doneTitleOnDevice') : TEXT('notSaved');
  $('done-text').textContent = saved ? state.doneText : state.kept ? TEXT('doneTextOnDevice') : TEXT('notSaved');
  $('done-title').dataset.state = saved ? 'saved' : state.kept ? 'on-device' : 'not-saved';
  // Sent while the screen was open (the network came back): say so to a screen reader too.
  if (saved && before === 'on-device') $('alerter').textContent = TEXT('saved');
}

async function savePainAfterStop(event) {
  event.preventDefault();
  const score = checkedPain('stopped');
  if (score === null) return;
  try {
    state.record.closing = { kind: 'stop-for-pain', painAfter: score };
    await sync();
    showDone(t('PainSavedAfterStop'));
  } catch (error) {
    fail(error);
  }
}

// ---- sound, voice, screen -------------------------------------------------------------------------------------

function loadSettings() {
  try {
    return { voice: true, beeps: true, ...JSON.parse(localStorage.getItem('supple.player') || '{}') };
  } catch {
    return { voice: true, beeps: true };
  }
}

function storeSettings() {
  try {
    localStorage.setItem('supple.player', JSON.stringify(state.settings));
  } catch {
    // Private windows may refuse storage; the toggles still work for this visit.
  }
}

function unlockAudio() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!state.audio && Context) {
    try {
      state.audio = new Context();
    } catch {
      state.audio = null;
    }
  }
}

function beep(frequency, seconds) {
  if (!state.settings.beeps || !state.audio) return;
  try {
    const t = state.audio.currentTime;
    const oscillator = state.audio.createOscillator();
    const gain = state.audio.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.2, t);
    gain.gain.exponentialRampToValueAtTime(0.001, t + seconds);
    oscillator.connect(gain).connect(state.audio.destination);
    oscillator.start(t);
    oscillator.stop(t + seconds);
  } catch {
    // No audio device: beeps are a nicety.
  }
}

function speak(text) {
  if (!state.settings.voice || !window.speechSynthesis || !text) return;
  try {
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    // The cues are in the page's language: say so, and use a voice of that language when the device has one (without
    // one, the browser picks by utterance.lang, or reads it with its default voice).
    utterance.lang = language;
    const voice = voiceFor(language);
    if (voice) utterance.voice = voice;
    window.speechSynthesis.speak(utterance);
  } catch {
    // A voice is a nicety: the session goes on without it.
  }
}

/** The device's voice for the language: the exact tag first (fr-CH), then any of the language (fr-FR), default first. */
function voiceFor(tag) {
  let voices = [];
  try {
    voices = window.speechSynthesis.getVoices() || [];
  } catch {
    return null;
  }
  const lower = tag.toLowerCase();
  const base = lower.split('-')[0];
  const of = (v) => String(v.lang || '').toLowerCase().replace('_', '-');
  const exact = voices.filter((v) => of(v) === lower);
  const same = voices.filter((v) => of(v) === base || of(v).startsWith(`${base}-`));
  const pick = (list) => list.find((v) => v.default) || list[0] || null;
  return pick(exact) || pick(same);
}

async function holdScreenAwake() {
  if (!('wakeLock' in navigator) || state.wakeLock) return;
  try {
    state.wakeLock = await navigator.wakeLock.request('screen');
    state.wakeLock.addEventListener('release', () => {
      state.wakeLock = null;
    });
  } catch {
    state.wakeLock = null;
  }
}

function releaseScreen() {
  if (state.wakeLock) state.wakeLock.release().catch(() => {});
  state.wakeLock = null;
}

function toggleFullscreen() {
  if (!document.fullscreenEnabled) return;
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  request.catch(() => {});
}

// ---- wiring ---------------------------------------------------------------------------------------------------

function onKey(event) {
  if ($('screen-play').hidden || $('leave-dialog').open || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  const onControl = target instanceof HTMLButtonElement || target instanceof HTMLInputElement || target instanceof HTMLAnchorElement;
  if (onControl && (event.key === ' ' || event.key === 'Enter')) return; // the control itself handles these
  switch (event.key) {
    case ' ':
    case 'p':
    case 'P':
      togglePause();
      break;
    case 'n':
    case 'ArrowRight':
      skip();
      break;
    case 'N':
      skipStretch();
      break;
    case 'h':
    case 'H':
      hurts();
      break;
    case 'v':
    case 'V':
      $('voice-toggle').click();
      break;
    case 'b':
    case 'B':
      $('beep-toggle').click();
      break;
    case 'f':
    case 'F':
      toggleFullscreen();
      break;
    default:
      return;
  }
  event.preventDefault();
}

$('before-form').addEventListener('submit', startNew);
$('after-form').addEventListener('submit', finish);
$('stopped-form').addEventListener('submit', savePainAfterStop);
$('resume-continue').addEventListener('click', resumeOpen);
$('resume-finish').addEventListener('click', showAfter);
window.addEventListener('beforeunload', (event) => {
  // Steps kept nowhere would be lost with the page: ask first. Kept on this device, they are sent later.
  if (!state.leaving && state.record && !state.kept && !savedOnServer()) {
    event.preventDefault();
    event.returnValue = '';
  }
});
$('resume-discard').addEventListener('click', discardOpen);
// "← Leave" mid-session asks first: the clock pauses while the question is open, and "Keep going" carries on.
$('leave').addEventListener('click', (event) => {
  if (!state.playing) return;
  event.preventDefault();
  const wasPaused = state.paused;
  if (!wasPaused) togglePause();
  const dialog = $('leave-dialog');
  dialog.returnValue = '';
  dialog.showModal();
  $('leave-stay').focus();
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'leave' && !wasPaused && state.paused) togglePause();
  }, { once: true });
});
$('leave-stay').addEventListener('click', () => $('leave-dialog').close('stay'));
$('leave-confirm').addEventListener('click', (event) => {
  // What was played so far is sent as the page changes: the reports go with keepalive, so they outlive the page.
  // Only while saving is failing does the browser's own "leave the page?" question still come (nothing is lost silently).
  event.preventDefault();
  $('leave-dialog').close('leave');
  sync();
  state.leaving = state.kept || !state.saveError;
  window.location.href = '/';
});
$('pause').addEventListener('click', togglePause);
$('skip').addEventListener('click', skip);
$('skip-stretch').addEventListener('click', skipStretch);
$('hurt').addEventListener('click', hurts);
$('fullscreen').hidden = !document.fullscreenEnabled;
$('fullscreen').addEventListener('click', toggleFullscreen);
document.addEventListener('fullscreenchange', () => {
  $('fullscreen').setAttribute('aria-pressed', String(Boolean(document.fullscreenElement)));
});
$('voice-toggle').checked = state.settings.voice;
$('beep-toggle').checked = state.settings.beeps;
$('voice-toggle').addEventListener('change', (e) => {
  state.settings.voice = e.target.checked;
  if (!state.settings.voice && window.speechSynthesis) window.speechSynthesis.cancel();
  storeSettings();
});
$('beep-toggle').addEventListener('change', (e) => {
  state.settings.beeps = e.target.checked;
  storeSettings();
});
document.addEventListener('keydown', onKey);
// The network is back: what waits goes now (the queue also tries on every page load, and by background sync).
window.addEventListener('online', () => {
  if (state.record) sync();
});
// Another tab or the worker sent this session: take its marks, so the screen says where it is now.
if (queue) {
  queue.onChange(async ({ clientId }) => {
    if (!state.record || clientId !== state.record.clientId || state.syncing) return;
    await sync();
  });
}
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && state.playing && !state.paused) {
    holdScreenAwake();
    tick();
  }
});

init();
