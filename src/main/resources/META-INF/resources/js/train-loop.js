// The self-paced question loop of one attempt (an assignment, practice or a review session): ask the server for the
// question to answer now, send the answer, show the verdict with the key and the explanation, on to the next; at the
// end the score and a review of every answer. The server is the clock and the judge: a countdown only draws the time
// it says is left, and when it runs out the answer as it stands goes anyway, for the server to call timed out.
import { t, pick, setRich, show, el, Countdown } from './common.js';
import { renderInputs, lockInputs, unlockInputs, showKey } from './answer-inputs.js';
import { call, problemText } from './train-api.js';
import { reviewItems } from './train-review.js';

const $ = (id) => document.getElementById(id);

const state = { attempt: null, served: null, inputs: null, sending: false, answered: false, finished: false };
let options = null;

const countdown = new Countdown(() => {
  if (!state.sending && !state.answered && state.served) send(state.inputs.current() || {}, true);
});

/**
 * Plays an attempt from where the server has it. `options`: root, lang, onLine(online) for the connection banner,
 * onFinished(attempt) once it is over, fail(problem) for a refusal the loop cannot get past.
 */
export function play(attempt, opts) {
  options = opts;
  state.attempt = attempt;
  $('bar-title').textContent = pick(attempt.title, opts.lang);
  $('bar-score').hidden = false;
  setScore(attempt.score);
  if (attempt.finished) return finish();
  return ask();
}

function path(what = '') {
  const attempt = `/api/attempts/${encodeURIComponent(state.attempt.id)}`;
  return what ? `${attempt}/${what}` : attempt;
}

async function ask() {
  $('next').disabled = true;
  let served;
  try {
    served = await call('POST', path('next'), undefined, options.onLine);
  } catch (problem) {
    if (problem.code === 'attempt_finished') return finish();
    return options.fail(problem);
  } finally {
    $('next').disabled = false;
  }
  openQuestion(served);
}

function openQuestion(served) {
  state.served = served;
  state.answered = false;
  state.sending = false;
  $('q-index').textContent = t('questionOf', served.index + 1, served.total);
  setRich($('q-text'), pick(served.question.text, options.lang));
  state.inputs = renderInputs($('answer-area'), served.question, options.lang, (answer) => send(answer, false));
  $('answer-state').textContent = '';
  show(options.root, 'question');
  if (served.limitMillis) {
    $('timer').hidden = false;
    countdown.start(served.limitMillis, served.remainingMillis ?? served.limitMillis);
  } else {
    $('timer').hidden = true;
    countdown.stop();
  }
}

async function send(answer, expired) {
  if (state.sending || state.answered || !state.served) return;
  state.sending = true;
  countdown.stop();
  lockInputs($('answer-area'), answer);
  $('answer-state').textContent = expired ? t('timeUp') : t('sending');
  let result;
  try {
    result = await call('POST', path('answers'), { index: state.served.index, ...answer }, options.onLine);
  } catch (problem) {
    state.sending = false;
    return refused(problem, expired);
  }
  state.sending = false;
  state.answered = true;
  showResult(result);
}

function refused(problem, expired) {
  switch (problem.code) {
    case 'already_answered':
      // an answer whose reply was lost on the way: the server has it, so on to the next question
      state.answered = true;
      return alreadySaved();
    case 'not_served':
      return ask();
    case 'attempt_finished':
      return finish();
    case 'invalid_answer':
    case 'unknown_choice':
    case 'answer_too_long':
      if (expired) return ask(); // nothing answerable was chosen in time: the server moves on by itself
      $('answer-state').textContent = problemText(problem);
      return unlockInputs($('answer-area'));
    default:
      return options.fail(problem);
  }
}

function showResult(r) {
  const badge = $('result-badge');
  badge.className = 'result-badge';
  if (r.correct) {
    badge.textContent = `✓ ${t('correct')}`;
    badge.classList.add('right');
  } else if (r.credit > 0) {
    badge.textContent = `◐ ${t('partly')}`;
    badge.classList.add('partial');
  } else {
    badge.textContent = `✗ ${t('wrong')}`;
    badge.classList.add('wrong');
  }
  $('result-points').parentElement.hidden = false;
  $('result-points').textContent = `+${r.points ?? 0}`;
  note(r.timedOut ? t('timedOut') : '');
  setScore(r.score);
  showKey($('result-correct'), state.served.question, r.key, options.lang);
  const explanation = pick(r.explanation, options.lang);
  setRich($('result-explanation'), explanation);
  $('result-explain').open = true;
  $('result-explain').hidden = !explanation;
  toResult(r.finished);
}

async function alreadySaved() {
  const badge = $('result-badge');
  badge.className = 'result-badge';
  badge.textContent = t('alreadySaved');
  $('result-points').parentElement.hidden = true;
  note('');
  $('result-correct').replaceChildren();
  $('result-explain').hidden = true;
  let finished = false;
  try {
    const attempt = await call('GET', path(), undefined, options.onLine);
    setScore(attempt.score);
    finished = attempt.finished;
  } catch (problem) {
    finished = false; // the next question's request says whether anything is left
  }
  toResult(finished);
}

function note(text) {
  $('result-note').textContent = text;
  $('result-note').hidden = !text;
}

function toResult(finished) {
  state.finished = finished;
  $('next').textContent = finished ? t('seeResult') : t('nextQuestion');
  show(options.root, 'result');
  $('next').focus({ preventScroll: true });
}

$('next').addEventListener('click', () => (state.finished ? finish() : ask()));

async function finish() {
  countdown.stop();
  let attempt;
  try {
    attempt = await call('GET', path(), undefined, options.onLine);
  } catch (problem) {
    return options.fail(problem);
  }
  state.attempt = attempt;
  setScore(attempt.score);
  $('done-score').textContent = t('doneScore', attempt.score);
  $('done-correct').textContent = t('doneCorrect', attempt.correctCount, attempt.questionCount);
  $('answers').hidden = true;
  $('answers').replaceChildren();
  $('show-answers').hidden = false;
  options.onFinished(attempt);
  show(options.root, 'done');
  $('done-heading').focus({ preventScroll: true });
}

$('show-answers').addEventListener('click', async () => {
  $('show-answers').disabled = true;
  try {
    const review = await call('GET', path('review'), undefined, options.onLine);
    $('answers').replaceChildren(...reviewItems(review.items || [], options.lang));
    $('answers').hidden = false;
    $('show-answers').hidden = true;
  } catch (problem) {
    $('answers').replaceChildren(el('li', { class: 'error', role: 'alert' }, problemText(problem)));
    $('answers').hidden = false;
  } finally {
    $('show-answers').disabled = false;
  }
});

function setScore(score) {
  $('score').textContent = String(score ?? 0);
}
