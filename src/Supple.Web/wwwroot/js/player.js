// Supple's guided session player.
//
// It plays the timeline the server compiled for the session (POST /api/v1/sessions answers with it, after every
// rule: the safety gate, the plan, pain of 7 or more → gentle, paused stretches left out). Time is kept with
// performance.now() deadlines: each step ends at the previous step's deadline plus its own duration, so the count
// never drifts however late a timer fires. The player computes no records: it reports how each step ended
// (POST .../steps: played, skipped, skipped-stretch, hurt, stopped) and the server folds the steps into stretch
// records with the same Core code as the terminal. Reports go in order and are retried until saved; the screen says
// "saved" only once they are. Every report can be repeated: the session has an id made here (clientId) and steps
// already received are skipped.

const $ = (id) => document.getElementById(id);
const root = $('player');
const CIRCUMFERENCE = 339.292;
const SCREENS = ['loading', 'refused', 'error', 'disclaimer', 'resume', 'before', 'play', 'after', 'stopped', 'done'];
// Enum values are kebab-case in every JSON the server writes.
const KIND_LABELS = {
  'get-into-position': 'Get into position',
  hold: 'Hold',
  flow: 'Flow',
  release: 'Release',
  'switch-side': 'Switch sides',
  'rest-between-sets': 'Rest',
  done: 'Done',
};
const RETRY_FIRST_MS = 1000;
const RETRY_LONGEST_MS = 15000;

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
  reports: [],
  reporting: null,
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
  const response = await fetch(url, init);
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const errors = data && data.errors ? Object.values(data.errors).flat().join(' ') : '';
    const error = new Error([data && (data.detail || data.title), errors].filter(Boolean).join(' ') || `HTTP ${response.status}`);
    error.status = response.status;
    error.reason = data && data.reason;
    error.title = data && data.title;
    throw error;
  }
  return data;
}

const get = (url) => request('GET', url);
const post = (url, body) => request('POST', url, body ?? {});

function timelineUrl(level, only) {
  const query = new URLSearchParams();
  if (level) query.set('level', level);
  if (only && only.length) query.set('only', only.join(','));
  return `/api/v1/timeline?${query}`;
}

// ---- reporting steps -----------------------------------------------------------------------------------------

/** Queues how a step ended; reports go to the server in order, retried until saved. */
function report(step, end, elapsedMs) {
  state.reports.push({ step: step.index, end, seconds: Math.max(0, elapsedMs) / 1000, at: new Date().toISOString() });
  return flushReports();
}

/** Sends every queued report (in one request), retrying with a growing delay; resolves once all are saved. */
function flushReports() {
  if (!state.reporting) {
    state.reporting = (async () => {
      let delay = RETRY_FIRST_MS;
      while (state.reports.length) {
        const batch = state.reports.slice();
        try {
          state.session = await post(`/api/v1/sessions/${state.session.id}/steps`, { steps: batch });
          state.reports.splice(0, batch.length);
          if (state.saveError) saveStatus('Saved again: everything you did so far is in your history.');
          state.saveError = null;
          delay = RETRY_FIRST_MS;
        } catch (error) {
          if (error.status === 400 || error.status === 404 || error.status === 409) {
            // Not a passing failure: the server refuses these steps. Say so; retrying cannot help.
            state.saveError = error;
            saveStatus(`Could not save: ${error.message}`);
            state.reports.length = 0;
            break;
          }
          state.saveError = error;
          saveStatus(`Not saved yet (${error.message}). Supple keeps trying…`);
          await new Promise((resolve) => setTimeout(resolve, delay));
          delay = Math.min(delay * 2, RETRY_LONGEST_MS);
        }
      }
      state.reporting = null;
    })();
  }
  return state.reporting;
}

function saveStatus(text) {
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

function minutes(seconds) {
  const m = Math.max(1, Math.round(seconds / 60));
  return `${m} minute${m === 1 ? '' : 's'}`;
}

function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

// ---- start, resume --------------------------------------------------------------------------------------------

function refuse(error) {
  stopClock();
  $('refused-title').textContent = error.title || 'No session today';
  $('refused-text').textContent = error.message;
  show('refused');
}

async function init() {
  try {
    const [acceptance, open, gate] = await Promise.all([
      get('/api/v1/disclaimer/acceptance'),
      get('/api/v1/sessions/open'),
      get('/api/v1/assessment/gate'),
    ]);
    state.gate = gate;
    if (gate.closed && !open) {
      refuse({ title: gate.refusal.title, message: gate.refusal.message });
      return;
    }
    if (!acceptance.accepted) {
      show('disclaimer');
      $('accept-disclaimer').focus();
      await new Promise((resolve) => $('accept-disclaimer').addEventListener('click', resolve, { once: true }));
      await post('/api/v1/disclaimer/acceptance');
    }
    if (open) {
      offerResume(open);
    } else {
      await prepareNew();
    }
  } catch (error) {
    if (error.status === 409) refuse(error);
    else fail(error);
  }
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

async function prepareNew() {
  const only = (root.dataset.only || '').split(',').filter(Boolean);
  state.timeline = await get(fromPlan() ? planTimelineUrl(null) : timelineUrl(root.dataset.level, only));
  const names = state.timeline.stretches.map((s) => s.name);
  $('routine-summary').textContent = fromPlan()
    ? `From your plan: ${names.length} stretch${names.length === 1 ? '' : 'es'} (${names.join(', ')}), about ${minutes(state.timeline.totalSeconds)}.`
    : `${names.length} stretch${names.length === 1 ? '' : 'es'} (${names.join(', ')}), about ${minutes(state.timeline.totalSeconds)}, ${state.timeline.level} level.`;
  show('before');
  $('start').focus();
}

async function startNew(event) {
  event.preventDefault();
  $('start').disabled = true;
  try {
    unlockAudio();
    // The server decides what is played (pain of 7 or more makes it gentle): play the timeline it answers with.
    const only = (root.dataset.only || '').split(',').filter(Boolean);
    state.session = await post('/api/v1/sessions', {
      clientId: state.clientId || (state.clientId = newClientId()),
      level: fromPlan() ? null : root.dataset.level || null,
      only: fromPlan() ? null : only,
      plan: fromPlan(),
      painBefore: checkedPain('before'),
    });
    state.timeline = state.session.timeline;
    showAdvice(state.session.advice || []);
    begin(0);
  } catch (error) {
    if (error.status === 409) refuse(error);
    else fail(error);
  } finally {
    $('start').disabled = false;
  }
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
  const started = new Date(open.startedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  const saved = new Set(open.stretches.filter((s) => !s.skipped && !s.partial).map((s) => s.stretchId)).size;
  // While a "see a doctor first" outcome stands, an unfinished session can be ended, not continued.
  $('resume-continue').hidden = Boolean(state.gate && state.gate.closed) || !open.timeline;
  $('resume-text').textContent =
    `You started a session on ${started} and ${saved} stretch${saved === 1 ? ' was' : 'es were'} saved. ` +
    'You can carry on with the rest, finish it as it is, or put it aside and start again.';
  show('resume');
  $('resume-continue').focus();
}

async function resumeOpen() {
  try {
    unlockAudio();
    // The server keeps what the session plays and which step comes next, so any browser can carry on.
    state.timeline = state.session.timeline;
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

async function discardOpen() {
  try {
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

/** The last step played: the closing "done" step is reported, and the after screen shown once all is saved. */
async function reachEnd() {
  const done = steps().find((s) => s.kind === 'done');
  if (done && state.session.nextStep <= done.index) report(done, 'played', 0);
  showAfter();
  await flushReports();
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
    $('pause').textContent = 'Pause';
    $('pause').setAttribute('aria-pressed', 'false');
    announce('Resumed.');
    holdScreenAwake();
    tick();
  } else {
    state.paused = true;
    state.remaining = Math.max(0, state.deadline - now);
    clearTimeout(state.timer);
    $('pause').textContent = 'Resume';
    $('pause').setAttribute('aria-pressed', 'true');
    announce('Paused.');
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
  $('stopped-stretch').textContent = state.timeline.stretches[step.stretchIndex].name.toLowerCase();
  $('stopped-saved').textContent = 'Saving what you did…';
  show('stopped');
  $('alerter').textContent = `Session stopped. ${$('screen-stopped').querySelector('strong').textContent}`;
  await report(step, 'hurt', elapsed);
  // report() resolves once the server has the hurt; a refusal (it cannot be retried) leaves saveError set.
  $('stopped-saved').textContent = state.saveError
    ? `It could not be saved: ${state.saveError.message}`
    : 'What you did before stopping is saved, and that it hurt.';
}

function elapsedInStep(now) {
  const left = state.paused ? state.remaining : Math.max(0, state.deadline - now);
  return Math.max(0, durationMs(current()) - left);
}

// ---- drawing --------------------------------------------------------------------------------------------------

function kindLabel(step) {
  if (step.kind === 'flow' && step.phaseName) return step.phaseName;
  return KIND_LABELS[step.kind] || step.kind;
}

function countersText(step) {
  const c = step.counters;
  if (!c) return '';
  const parts = [];
  if (c.reps > 1) parts.push(`Rep ${c.rep} of ${c.reps}`);
  if (c.sets > 1) parts.push(`Set ${c.set} of ${c.sets}`);
  if (c.side && c.side !== 'none') parts.push(`${c.side === 'left' ? 'Left' : 'Right'} side`);
  return parts.join(' · ');
}

function nextText() {
  const step = current();
  const next = steps()[state.index + 1];
  if (!next || next.kind === 'done') return 'Next: finish';
  if (next.stretchIndex !== step.stretchIndex) return `Next: ${state.timeline.stretches[next.stretchIndex].name}`;
  return `Next: ${kindLabel(next)}`;
}

function enterStep() {
  const step = current();
  const stretch = state.timeline.stretches[step.stretchIndex];
  const pose = $('pose');
  if (pose.getAttribute('src') !== step.picture) {
    pose.src = step.picture;
    pose.alt = `${stretch.name}: ${kindLabel(step).toLowerCase()}`;
  }
  $('stretch-heading').textContent = stretch.name;
  $('stretch-name').textContent = `${stretch.name} · ${step.stretchIndex + 1} of ${state.timeline.stretches.length}`;
  $('step-kind').textContent = kindLabel(step);
  $('instruction').textContent = step.instruction;
  $('counters').textContent = countersText(step);
  $('next').textContent = nextText();
  state.shownSecond = null;
  const seconds = Math.round(step.durationSeconds);
  announce(`${stretch.name}. ${kindLabel(step)}, ${seconds} second${seconds === 1 ? '' : 's'}. ${step.instruction} ${countersText(step)}`);
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
    $('progress-text').textContent = `${clock(total)} left`;
  }
  const fraction = duration > 0 ? left / duration : 0;
  $('ring-bar').setAttribute('stroke-dashoffset', String(CIRCUMFERENCE * (1 - fraction)));
}

function showAfter() {
  const count = state.timeline ? state.timeline.stretches.length : 0;
  $('after-text').textContent = count ? `You came to the end of ${count} stretch${count === 1 ? '' : 'es'}.` : 'Your session is ready to finish.';
  show('after');
  announce('Session complete.');
}

async function finish(event) {
  event.preventDefault();
  $('finish').disabled = true;
  try {
    await flushReports();
    if (state.saveError) throw state.saveError;
    await post(`/api/v1/sessions/${state.session.id}/finish`, { painAfter: checkedPain('after') });
    show('done');
  } catch (error) {
    fail(error);
  } finally {
    $('finish').disabled = false;
  }
}

async function savePainAfterStop(event) {
  event.preventDefault();
  const score = checkedPain('stopped');
  if (score === null) return;
  try {
    await flushReports();
    await post(`/api/v1/sessions/${state.session.id}/stop-for-pain`, { painAfter: score });
    $('done-text').textContent = 'Your pain score is saved. Please see a doctor before you do this stretch again.';
    show('done');
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
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
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
  // Steps not yet saved would be lost with the page: ask first (not after "Leave", whose reports are on their way).
  if (!state.leaving && (state.reports.length || state.reporting)) {
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
  flushReports();
  state.leaving = !state.saveError;
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
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && state.playing && !state.paused) {
    holdScreenAwake();
    tick();
  }
});

init();
