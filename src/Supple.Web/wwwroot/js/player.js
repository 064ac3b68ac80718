// Supple's guided session player.
//
// It plays the timeline the server compiled (GET /api/v1/timeline): every step and every duration comes from there.
// Time is kept with performance.now() deadlines: each step ends at the previous step's deadline plus its own
// duration, so the count never drifts however late a timer fires. Each stretch is saved (POST .../stretches) the
// moment it finishes, so closing the tab loses at most the stretch in progress.

const $ = (id) => document.getElementById(id);
const root = $('player');
const CIRCUMFERENCE = 339.292;
const SCREENS = ['loading', 'error', 'disclaimer', 'resume', 'before', 'play', 'after', 'stopped', 'done'];
const KIND_LABELS = {
  getIntoPosition: 'Get into position',
  hold: 'Hold',
  flow: 'Flow',
  release: 'Release',
  switchSide: 'Switch sides',
  restBetweenSets: 'Rest',
  done: 'Done',
};

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
  tallies: new Map(),
  saving: Promise.resolve(),
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
  }
  const response = await fetch(url, init);
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const errors = data && data.errors ? Object.values(data.errors).flat().join(' ') : '';
    const error = new Error([data && (data.detail || data.title), errors].filter(Boolean).join(' ') || `HTTP ${response.status}`);
    error.status = response.status;
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

/** Saves in order, retrying once; a failure is shown but never stops the session. */
function save(url, body) {
  state.saving = state.saving.then(async () => {
    try {
      await post(url, body);
    } catch (first) {
      if (first.status === 409) return; // already saved (an earlier try got through)
      await new Promise((resolve) => setTimeout(resolve, 1500));
      try {
        await post(url, body);
      } catch (error) {
        $('alerter').textContent = `Could not save: ${error.message}`;
      }
    }
  });
  return state.saving;
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

async function init() {
  try {
    const [acceptance, open] = await Promise.all([get('/api/v1/disclaimer/acceptance'), get('/api/v1/sessions/open')]);
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
    fail(error);
  }
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
    if (fromPlan() && checkedPain('before') !== null) state.timeline = await get(planTimelineUrl(checkedPain('before')));
    state.session = await post('/api/v1/sessions', {
      level: state.timeline.level,
      only: state.timeline.only,
      painBefore: checkedPain('before'),
    });
    rememberPlan(state.session.id, state.timeline.only);
    begin(0);
  } catch (error) {
    fail(error);
  } finally {
    $('start').disabled = false;
  }
}

function offerResume(open) {
  state.session = open;
  const started = new Date(open.startedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  const saved = new Set(open.stretches.map((s) => s.stretchId)).size;
  $('resume-text').textContent =
    `You started a session on ${started} and ${saved} stretch${saved === 1 ? ' was' : 'es were'} saved. ` +
    'You can carry on with the rest, finish it as it is, or put it aside and start again.';
  show('resume');
  $('resume-continue').focus();
}

async function resumeOpen() {
  try {
    unlockAudio();
    state.timeline = await get(timelineUrl(state.session.level, recallPlan(state.session.id)));
    const done = new Set(state.session.stretches.map((s) => s.stretchId));
    const next = state.timeline.stretches.find((s) => !done.has(s.stretchId));
    if (next) {
      begin(next.firstStep);
    } else {
      showAfter();
    }
  } catch (error) {
    fail(error);
  }
}

// The server keeps the level of a session; which stretches it planned is kept here, in the browser that started it.
// A session resumed elsewhere carries on with every stretch not yet saved.
function rememberPlan(id, only) {
  try {
    localStorage.setItem(`supple.session.${id}`, JSON.stringify(only || []));
  } catch {
    // Without storage a resumed session offers every stretch not yet saved.
  }
}

function recallPlan(id) {
  try {
    const only = JSON.parse(localStorage.getItem(`supple.session.${id}`) || '[]');
    return Array.isArray(only) ? only.filter((x) => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

async function discardOpen() {
  try {
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
    if (!advance(false, 0)) return;
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

/** Ends the current step (done or skipped) and moves on. Returns false when the session is over. */
function advance(skipped, elapsedMs) {
  const step = current();
  tally(step, skipped, skipped ? elapsedMs : durationMs(step));
  let next = steps()[state.index + 1];
  if (next && next.kind === 'done') next = undefined; // the closing "well done" step is the after screen
  if (!next || next.stretchIndex !== step.stretchIndex) saveStretch(step.stretchIndex, false);
  if (!next) {
    stopClock();
    showAfter();
    return false;
  }
  state.index += 1;
  enterStep();
  return true;
}

function skip() {
  if (!state.playing) return;
  const now = performance.now();
  if (advance(true, elapsedInStep(now))) {
    state.deadline = now + durationMs(current());
    if (state.paused) state.remaining = durationMs(current());
    render(now);
    schedule();
  }
}

function skipStretch() {
  if (!state.playing) return;
  const now = performance.now();
  const stretchIndex = current().stretchIndex;
  let elapsed = elapsedInStep(now);
  while (state.playing && current().stretchIndex === stretchIndex) {
    if (!advance(true, elapsed)) return;
    elapsed = 0;
  }
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

async function hurts() {
  if (!state.playing) return;
  const step = current();
  const side = step.counters ? step.counters.side : 'none';
  const record = tallyFor(step.stretchIndex);
  tally(step, true, elapsedInStep(performance.now()));
  sideTally(record, side).hurt = true;
  stopClock();
  saveStretch(step.stretchIndex, true);
  $('stopped-stretch').textContent = state.timeline.stretches[step.stretchIndex].name.toLowerCase();
  show('stopped');
  $('alerter').textContent = 'Session stopped. If a stretch is very painful, stop and see a doctor.';
  await save(`/api/v1/sessions/${state.session.id}/stop-for-pain`, { stretchId: step.stretchId, side });
}

// ---- what was done --------------------------------------------------------------------------------------------

function tallyFor(stretchIndex) {
  if (!state.tallies.has(stretchIndex)) state.tallies.set(stretchIndex, { sides: new Map(), saved: false });
  return state.tallies.get(stretchIndex);
}

function sideTally(record, side) {
  if (!record.sides.has(side)) record.sides.set(side, { reps: new Map(), seconds: 0, hurt: false });
  return record.sides.get(side);
}

function elapsedInStep(now) {
  const left = state.paused ? state.remaining : Math.max(0, state.deadline - now);
  return Math.max(0, durationMs(current()) - left);
}

function tally(step, skipped, elapsedMs) {
  if (step.kind !== 'hold' && step.kind !== 'flow') return;
  const counters = step.counters || { rep: 1, set: 1, side: 'none' };
  const side = sideTally(tallyFor(step.stretchIndex), counters.side);
  side.seconds += elapsedMs / 1000;
  if (!skipped) {
    if (!side.reps.has(counters.set)) side.reps.set(counters.set, new Set());
    side.reps.get(counters.set).add(counters.rep);
  }
}

function saveStretch(stretchIndex, hurt) {
  const record = tallyFor(stretchIndex);
  if (record.saved) return;
  record.saved = true;
  const stretch = state.timeline.stretches[stretchIndex];
  const planned = stretch.sides === 'none' ? ['none'] : stretch.sides === 'leftThenRight' ? ['left', 'right'] : ['right', 'left'];
  for (const side of planned) {
    if (hurt && !record.sides.has(side)) continue; // stopped before this side began
    const s = sideTally(record, side);
    const repsDone = Math.max(0, ...[...s.reps.values()].map((reps) => reps.size));
    const setsDone = [...s.reps.values()].filter((reps) => reps.size > 0).length;
    save(`/api/v1/sessions/${state.session.id}/stretches`, {
      stretchId: stretch.stretchId,
      side,
      repsDone,
      setsDone,
      secondsHeld: Math.round(s.seconds),
      skipped: repsDone === 0,
      hurt: s.hurt,
    });
  }
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
  $('after-text').textContent = count ? `You finished ${count} stretch${count === 1 ? '' : 'es'}.` : 'Your session is ready to finish.';
  show('after');
  announce('Session complete.');
}

async function finish(event) {
  event.preventDefault();
  $('finish').disabled = true;
  try {
    await state.saving;
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
    await state.saving;
    await post('/api/v1/pain', { score, note: 'After stopping a session because a stretch hurt.' });
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
  if ($('screen-play').hidden || event.altKey || event.ctrlKey || event.metaKey) return;
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
$('resume-discard').addEventListener('click', discardOpen);
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
