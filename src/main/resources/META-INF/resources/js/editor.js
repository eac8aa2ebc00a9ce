// The quiz editor: a host's own quiz from bank questions, in order. Uses /api/quizzes and /api/questions. A question
// written in the question editor comes back as ?add=<id>; the quiz's unsaved fields wait in sessionStorage meanwhile.
import { t, setRich, el } from './common.js';
import { api, ApiError } from './problems.js';

const form = document.getElementById('editor');
const quizId = form.dataset.quizId || null;
const lang = form.dataset.lang;
const chosen = document.getElementById('chosen');
const bank = document.getElementById('bank');
const error = document.getElementById('editor-error');
const more = document.getElementById('more');
let page = 0;
let searchNumber = 0; // only the latest search may fill the list (answers can arrive out of order)
const draftKey = `quiz-arena.quiz-draft.${quizId ?? 'new'}`;

/** A {zh, en} text with the empty language left out: one language is enough (the server decides if it is). */
function localized(zh, en) {
  const text = {};
  if (zh.trim()) text.zh = zh.trim();
  if (en.trim()) text.en = en.trim();
  return text;
}

function chosenIds() {
  return [...chosen.children].map((li) => li.dataset.id);
}

function addChosen(q) {
  if (chosenIds().includes(q.id)) return;
  const text = el('span', { class: 'text' });
  setRich(text, q.text);
  const li = el('li', { 'data-id': q.id }, el('div', {}, el('span', { class: 'meta' }, `${q.id} · ${q.type} · ${q.timeLimitSeconds}${t('seconds')}`), el('br'), text));
  const ops = el('div', { class: 'ops' });
  if (!q.official) {
    const edit = el('a', { class: 'button secondary', href: `/questions/${encodeURIComponent(q.id)}/edit?quiz=${encodeURIComponent(quizId ?? 'new')}`, 'aria-label': `${t('edit')}: ${q.id}` }, '✎');
    edit.addEventListener('click', keepDraft);
    ops.append(edit);
  }
  const up = el('button', { type: 'button', class: 'button secondary', 'aria-label': `${t('moveUp')}: ${q.id}` }, '↑');
  const down = el('button', { type: 'button', class: 'button secondary', 'aria-label': `${t('moveDown')}: ${q.id}` }, '↓');
  const remove = el('button', { type: 'button', class: 'button danger', 'aria-label': `${t('remove')}: ${q.id}` }, '✕');
  up.addEventListener('click', () => {
    if (li.previousElementSibling) chosen.insertBefore(li, li.previousElementSibling);
    up.focus();
  });
  down.addEventListener('click', () => {
    if (li.nextElementSibling) chosen.insertBefore(li.nextElementSibling, li);
    down.focus();
  });
  remove.addEventListener('click', () => {
    li.remove();
    count();
  });
  ops.append(up, down, remove);
  li.append(ops);
  chosen.append(li);
  count();
}

function count() {
  document.getElementById('chosen-count').textContent = String(chosen.children.length);
}

async function search(reset) {
  const mine = ++searchNumber;
  if (reset) page = 0;
  const params = new URLSearchParams({ lang, size: '20', page: String(page) });
  const topic = document.getElementById('topic').value;
  const q = document.getElementById('search').value.trim();
  if (topic) params.set('topic', topic);
  if (q) params.set('q', q);
  try {
    const found = await api(`/api/questions?${params}`);
    if (mine !== searchNumber) return;
    if (reset) bank.replaceChildren();
    found.items.forEach((question) => {
      const text = el('span');
      setRich(text, question.text);
      const add = el('button', { type: 'button', class: 'button secondary', 'data-add': question.id, 'aria-label': `${t('add')}: ${question.id}` }, '+');
      add.addEventListener('click', () => addChosen(question));
      bank.append(el('li', {}, el('div', {}, el('span', { class: 'meta' }, `${question.id} · ${question.type}`), el('br'), text), add));
    });
    page++;
    more.hidden = page * 20 >= found.total;
  } catch (e) {
    showError(e.message);
  }
}

function showError(message) {
  error.textContent = t('errGeneric', message);
  error.hidden = false;
}

/** A refusal of the API: its detail and each violation, next to the field it names when there is one. */
function showProblem(err) {
  form.querySelectorAll('.field-error').forEach((n) => n.remove());
  const rest = [];
  for (const v of err.violations ?? []) {
    const field = [...form.querySelectorAll('[data-field]')].find((n) => v.pointer === n.dataset.field || v.pointer === n.dataset.field.replace(/\/[^/]*$/, ''));
    if (field) field.after(el('p', { class: 'field-error', 'data-test': 'field-error' }, v.message));
    else rest.push(`${v.pointer}: ${v.message}`);
  }
  showError([err.message, ...rest].join(' — '));
}

function keepDraft() {
  const data = new FormData(form);
  const draft = { chosen: chosenIds() };
  for (const name of ['titleZh', 'titleEn', 'descriptionZh', 'descriptionEn']) draft[name] = data.get(name);
  sessionStorage.setItem(draftKey, JSON.stringify(draft));
}

document.getElementById('topic').addEventListener('change', () => search(true));
let debounce;
document.getElementById('search').addEventListener('input', () => {
  clearTimeout(debounce);
  debounce = setTimeout(() => search(true), 300);
});
more.addEventListener('click', () => search(false));

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  error.hidden = true;
  const data = new FormData(form);
  const title = localized(data.get('titleZh'), data.get('titleEn'));
  const description = localized(data.get('descriptionZh'), data.get('descriptionEn'));
  if (!title.zh && !title.en) {
    showError(t('oneLanguage'));
    form.elements.titleZh.focus();
    return;
  }
  const body = { title, questionIds: chosenIds() };
  if (description.zh || description.en) body.description = description;
  try {
    const saved = await api(quizId ? `/api/quizzes/${encodeURIComponent(quizId)}` : '/api/quizzes', {
      method: quizId ? 'PUT' : 'POST',
      body: JSON.stringify(body),
    });
    sessionStorage.removeItem(draftKey);
    document.getElementById('editor-saved').textContent = t('saved');
    location.assign(`/quizzes/${encodeURIComponent(saved.id)}`);
  } catch (err) {
    if (err instanceof ApiError) showProblem(err);
    else showError(err.message);
  }
});

document.getElementById('write-question').addEventListener('click', keepDraft);

async function load() {
  const draft = JSON.parse(sessionStorage.getItem(draftKey) || 'null');
  if (draft) {
    for (const name of ['titleZh', 'titleEn', 'descriptionZh', 'descriptionEn']) form.elements[name].value = draft[name] ?? '';
  } else if (quizId) {
    // the texts as written: a view would fill a missing language with the other one, and saving would keep it
    const [written, shown] = await Promise.all([api(`/api/quizzes/${quizId}/document`), api(`/api/quizzes/${quizId}?lang=${lang}`)]);
    form.elements.titleZh.value = written.title?.zh ?? '';
    form.elements.titleEn.value = written.title?.en ?? '';
    form.elements.descriptionZh.value = written.description?.zh ?? '';
    form.elements.descriptionEn.value = written.description?.en ?? '';
    shown.questions.forEach(addChosen);
  }
  // the draft's questions, then the ones just written or imported, in that order
  const added = new URLSearchParams(location.search).get('add');
  const ids = [...(draft?.chosen ?? []), ...(added ? added.split(',') : [])].filter(Boolean);
  const questions = await Promise.all(ids.map((id) => api(`/api/questions/${encodeURIComponent(id)}?lang=${lang}`).catch(() => null)));
  questions.filter(Boolean).forEach(addChosen);
  if (draft || added) {
    sessionStorage.removeItem(draftKey);
    history.replaceState(null, '', location.pathname);
  }
  await search(true);
}

load().catch((e) => showError(e.message));
