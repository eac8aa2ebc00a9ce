// The trainer's assignments (docs/training-api.md): the list from GET /api/assignments, and the form that sets a new
// one through POST /api/assignments, then opens its share page. The server judges the input; its violations are shown
// next to their fields.
import { t, pick, el } from './common.js';
import { api, ApiError, pointerParts } from './problems.js';

const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
const form = document.getElementById('assign-form');
const error = document.getElementById('assign-error');
const sending = document.getElementById('assign-sending');
const list = document.getElementById('assign-list');
const listStatus = document.getElementById('assign-list-status');

const WEEK = 7 * 24 * 60 * 60 * 1000;

/** The reader's local time, in their language: the server speaks instants, people read clocks. */
function localTime(instant) {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant ?? '');
  return new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A datetime-local value (local wall-clock time, minutes). */
function localInput(date) {
  const two = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}

function item(a) {
  const title = pick(a.title, lang);
  const id = encodeURIComponent(a.id);
  return el(
    'li',
    { class: 'assign-item', 'data-test': 'assign-item', 'data-id': a.id },
    el('p', { class: 'assign-what' }, el('strong', { 'data-test': 'item-title' }, title), ' ',
      el('span', { class: a.closed ? 'badge closed' : 'badge open', 'data-test': 'item-state' }, a.closed ? t('closed') : t('open'))),
    el('p', { class: 'meta' },
      el('time', { datetime: a.deadline, 'data-test': 'item-deadline' }, t('deadlineAt', localTime(a.deadline))),
      ' · ', el('span', { 'data-test': 'item-attempts' }, t('attempts', a.attemptsAllowed)),
      ' · ', el('span', { 'data-test': 'item-questions' }, t('questions', a.questionCount))),
    el('p', { class: 'actions' },
      // the visible word is short; a screen reader's list of links names the assignment too
      el('a', { class: 'button secondary', href: `/assignments/${id}`, 'data-test': 'item-share', 'aria-label': t('shareFor', title) }, t('share')),
      el('a', { class: 'button secondary', href: `/reports/assignments/${id}`, 'data-test': 'item-report', 'aria-label': t('reportFor', title) }, t('report'))),
  );
}

async function load() {
  try {
    const assignments = await api('/api/assignments');
    list.replaceChildren(...assignments.map(item));
    list.hidden = assignments.length === 0;
    listStatus.textContent = assignments.length === 0 ? t('none') : '';
    listStatus.hidden = assignments.length > 0;
  } catch (err) {
    listStatus.textContent = t('listFailed', err.message);
    listStatus.classList.add('error');
  }
}

function clearErrors() {
  error.hidden = true;
  form.querySelectorAll('.field-error').forEach((n) => n.remove());
  form.querySelectorAll('[aria-invalid]').forEach((n) => {
    n.removeAttribute('aria-invalid');
    n.removeAttribute('aria-describedby');
  });
}

/** The field a violation names: "/attemptsAllowed", "attemptsAllowed" or a bean path ending in ".attemptsAllowed". */
function fieldOf(pointer) {
  const parts = pointerParts(pointer.startsWith('/') ? pointer : `/${pointer}`);
  const name = (parts[0] ?? '').split('.').pop();
  return name ? form.querySelector(`[data-field="${CSS.escape(name)}"]`) : null;
}

let noteNumber = 0;
function showProblem(err) {
  clearErrors();
  const rest = [];
  let first = null;
  for (const v of err.violations ?? []) {
    const field = fieldOf(v.pointer);
    if (!field) {
      rest.push(`${v.pointer}: ${v.message}`);
      continue;
    }
    const note = el('p', { class: 'field-error', id: `assign-error-${++noteNumber}`, 'data-test': 'field-error', 'data-field': field.dataset.field }, v.message);
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', note.id);
    // after the checkbox's label, or right under the input inside its label
    (field.type === 'checkbox' ? field.closest('label') : field).after(note);
    first ??= field;
  }
  error.textContent = [first ? t('fixBelow') : err.message, ...rest].filter(Boolean).join(' — ');
  error.hidden = false;
  (first ?? error).focus?.();
}

function body() {
  const data = new FormData(form);
  const limit = String(data.get('timeLimitSeconds') ?? '').trim();
  const deadline = new Date(String(data.get('deadline'))); // a datetime-local value is local time
  return {
    quizId: data.get('quizId'),
    deadline: Number.isNaN(deadline.getTime()) ? null : deadline.toISOString(),
    attemptsAllowed: Number(data.get('attemptsAllowed')),
    showExplanations: data.get('showExplanations') === 'on',
    shuffle: data.get('shuffle') === 'on',
    timeLimitSeconds: limit === '' ? null : Number(limit),
    scoring: data.get('speed') === 'on' ? 'SPEED' : 'ACCURACY',
  };
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  clearErrors();
  const submit = form.querySelector('[type=submit]');
  submit.disabled = true;
  sending.textContent = t('sending');
  try {
    const created = await api('/api/assignments', { method: 'POST', body: JSON.stringify(body()) });
    location.assign(`/assignments/${encodeURIComponent(created.id)}`);
  } catch (err) {
    if (err instanceof ApiError) showProblem(err);
    else showProblem({ message: t('unknownError', err.message), violations: [] });
  } finally {
    submit.disabled = false;
    sending.textContent = '';
  }
});

form.addEventListener('input', (e) => {
  // a field being corrected loses its mark
  if (e.target.getAttribute('aria-invalid') === 'true') {
    document.getElementById(e.target.getAttribute('aria-describedby'))?.remove();
    e.target.removeAttribute('aria-invalid');
    e.target.removeAttribute('aria-describedby');
  }
});

const deadline = document.getElementById('deadline');
const now = new Date();
deadline.min = localInput(now);
deadline.value = localInput(new Date(now.getTime() + WEEK));
load();
