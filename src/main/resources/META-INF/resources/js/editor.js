// The quiz editor: a host's own quiz from bank questions, in order. Uses /api/quizzes and /api/questions.
import { t, setRich, el } from './common.js';

const form = document.getElementById('editor');
const quizId = form.dataset.quizId || null;
const lang = form.dataset.lang;
const chosen = document.getElementById('chosen');
const bank = document.getElementById('bank');
const error = document.getElementById('editor-error');
const more = document.getElementById('more');
let page = 0;
let searchNumber = 0; // only the latest search may fill the list (answers can arrive out of order)

const api = async (url, options = {}) => {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, ...options });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const details = (body.errors || []).map((v) => `${v.field}: ${v.message}`).join('; ');
    throw new Error([body.detail || response.statusText, details].filter(Boolean).join(' — '));
  }
  return body;
};

function chosenIds() {
  return [...chosen.children].map((li) => li.dataset.id);
}

function addChosen(q) {
  if (chosenIds().includes(q.id)) return;
  const text = el('span', { class: 'text' });
  setRich(text, q.text);
  const li = el('li', { 'data-id': q.id }, el('div', {}, el('span', { class: 'meta' }, `${q.id} · ${q.type} · ${q.timeLimitSeconds}${t('seconds')}`), el('br'), text));
  const ops = el('div', { class: 'ops' });
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
  const body = {
    title: { zh: data.get('titleZh'), en: data.get('titleEn') },
    description: { zh: data.get('descriptionZh'), en: data.get('descriptionEn') },
    questionIds: chosenIds(),
  };
  try {
    const saved = await api(quizId ? `/api/quizzes/${encodeURIComponent(quizId)}` : '/api/quizzes', {
      method: quizId ? 'PUT' : 'POST',
      body: JSON.stringify(body),
    });
    document.getElementById('editor-saved').textContent = t('saved');
    location.assign(`/quizzes/${encodeURIComponent(saved.id)}`);
  } catch (err) {
    showError(err.message);
  }
});

async function load() {
  if (quizId) {
    const [zh, en] = await Promise.all([api(`/api/quizzes/${quizId}?lang=zh`), api(`/api/quizzes/${quizId}?lang=en`)]);
    form.elements.titleZh.value = zh.title;
    form.elements.titleEn.value = en.title;
    form.elements.descriptionZh.value = zh.description;
    form.elements.descriptionEn.value = en.description;
    (lang === 'zh' ? zh : en).questions.forEach(addChosen);
  }
  await search(true);
}

load().catch((e) => showError(e.message));
