// The self-paced pages (docs/training-api.md): an assignment's intro, practice's topic chooser, the mistakes review's
// queue and a live game's review; the first three then play the attempt (train-loop.js). An open attempt's id stays in
// localStorage, so a reload, or coming back later, continues it.
import { t, pick, show, el } from './common.js';
import { call, problemText } from './train-api.js';
import { reviewItems, missed } from './train-review.js';

const root = document.getElementById('train');
const mode = root.dataset.mode;
const id = root.dataset.id;
const lang = root.dataset.lang;
const signedIn = !!root.dataset.user;
const NICKNAME_KEY = 'quiz-arena.nickname';
const BATTLE_NICKNAME_KEY = 'quiz-arena.battle.nickname'; // battle.js's, a good first guess
const storeKey = `quiz-arena.attempt.${mode === 'assignment' ? id : mode}`;
const $ = (id) => document.getElementById(id);

let loop = null;

function online(ok) {
  $('conn').textContent = ok ? '' : t('reconnecting');
}

function fail(problem, retry) {
  $('error-title').textContent = problemText(problem);
  $('error-retry').hidden = !retry;
  $('error-retry').onclick = retry || null;
  show(root, 'error');
}

async function playAttempt(attempt) {
  localStorage.setItem(storeKey, attempt.id);
  loop.play(attempt, {
    root,
    lang,
    onLine: online,
    onFinished: () => localStorage.removeItem(storeKey),
    fail: (problem) => fail(problem),
  });
}

/** The open attempt this browser kept for this page, or null (finished, gone, or someone else's). */
async function savedAttempt() {
  const saved = localStorage.getItem(storeKey);
  if (!saved) return null;
  try {
    const attempt = await call('GET', `/api/attempts/${encodeURIComponent(saved)}`, undefined, online);
    if (!attempt.finished) return attempt;
  } catch (problem) {
    // unknown_attempt or not_your_attempt: forget it and start afresh
  }
  localStorage.removeItem(storeKey);
  return null;
}

/** Starts (or continues) with the request's attempt; a refusal shows under the start button. */
async function begin(request) {
  $('start-error').textContent = '';
  $('start').disabled = true;
  try {
    await playAttempt(await request());
  } catch (problem) {
    $('start-error').textContent = problemText(problem);
  } finally {
    $('start').disabled = false;
  }
}

// ---- an assignment: what it is, then Start (or Continue)

async function assignment() {
  let a;
  try {
    a = await call('GET', `/api/assignments/${encodeURIComponent(id)}`, undefined, online);
  } catch (problem) {
    return fail(problem, problem.code === 'unknown_assignment' ? null : assignment);
  }
  const title = pick(a.title, lang);
  $('intro-title').textContent = title;
  $('bar-title').textContent = title;
  const open = await savedAttempt();
  const facts = [
    t('deadline', when(a.deadline)),
    t('questionCount', a.questionCount),
    open ? t('attemptNumber', open.number, open.attemptsAllowed) : t('attemptsAllowed', a.attemptsAllowed),
    a.timeLimitSeconds ? t('timeLimit', a.timeLimitSeconds) : t('noTimeLimit'),
  ];
  $('intro-facts').replaceChildren(...facts.map((f) => el('li', {}, f)));
  $('intro-closed').hidden = !a.closed;
  $('start-form').hidden = a.closed;
  $('start').textContent = open ? t('continueAttempt') : t('start');
  const nickname = $('nickname');
  if (nickname) nickname.value = (open && open.nickname) || localStorage.getItem(NICKNAME_KEY) || localStorage.getItem(BATTLE_NICKNAME_KEY) || '';
  $('start-form').addEventListener('submit', (e) => {
    e.preventDefault();
    if (open) return begin(async () => open);
    const name = nickname ? nickname.value.trim() : '';
    if (nickname && (name.length < 1 || [...name].length > 40)) {
      $('start-error').textContent = t('nicknameInvalid');
      return nickname.focus();
    }
    if (name) localStorage.setItem(NICKNAME_KEY, name);
    return begin(() => call('POST', `/api/assignments/${encodeURIComponent(id)}/attempts`, signedIn ? {} : { nickname: name }, online));
  });
  show(root, 'intro');
}

function when(instant) {
  if (!instant) return '';
  return new Date(instant).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

// ---- practice: a topic or mixed

async function practice() {
  $('bar-title').textContent = t('titlePractice');
  const open = await savedAttempt();
  $('continue').hidden = !open;
  if (open) $('continue').addEventListener('click', () => playAttempt(open));
  $('start-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const topic = $('topic').value;
    begin(() => call('POST', '/api/practice', { topic: topic === 'mixed' ? null : topic }, online));
  });
  show(root, 'intro');
}

// ---- the mistakes review: what is due, then a session of up to ten cards

async function review() {
  $('bar-title').textContent = t('titleReview');
  let queue;
  const open = await savedAttempt();
  try {
    queue = await call('GET', '/api/review', undefined, online);
  } catch (problem) {
    return fail(problem, review);
  }
  $('due').textContent = queue.due > 0 ? t('reviewDue', queue.due) : t('reviewNone');
  $('due-total').textContent = queue.total > 0 ? t('reviewTotal', queue.total) : '';
  const next = queue.due > 0 ? '' : queue.nextDueAt ? t('reviewNext', when(queue.nextDueAt)) : t('reviewEmpty');
  $('due-next').textContent = next;
  $('due-next').hidden = !next;
  $('start').hidden = queue.due <= 0;
  $('continue').hidden = !open;
  if (open) $('continue').onclick = () => playAttempt(open);
  $('start').onclick = () => begin(() => call('POST', '/api/review/sessions', undefined, online));
  show(root, 'intro');
}

// ---- a live game's review: what the player missed first, everything on request

async function gameReview() {
  let game;
  try {
    game = await call('GET', `/api/games/${encodeURIComponent(id)}/review`, undefined, online);
  } catch (problem) {
    return fail(problem, problem.code === 'unknown_game' ? null : gameReview);
  }
  const items = game.items || [];
  const wrong = items.filter(missed);
  $('bar-title').textContent = pick(game.title, lang);
  $('game-summary').textContent = `${pick(game.title, lang)} · ${t('doneCorrect', items.length - wrong.length, items.length)}`;
  let all = false;
  const draw = () => {
    const shown = all ? items : wrong;
    $('list-heading').textContent = all ? t('allHeading') : t('missedHeading');
    $('missed-none').hidden = all || wrong.length > 0;
    $('review-list').replaceChildren(...reviewItems(shown, lang));
    $('toggle-all').textContent = all ? t('showMissed') : t('showAll', items.length);
    $('toggle-all').setAttribute('aria-expanded', String(all));
  };
  $('toggle-all').addEventListener('click', () => {
    all = !all;
    draw();
  });
  draw();
  show(root, 'game');
}

const starts = { assignment, practice, review, game: gameReview };
(async () => {
  if (mode !== 'game') loop = await import('./train-loop.js');
  await starts[mode]();
})();
