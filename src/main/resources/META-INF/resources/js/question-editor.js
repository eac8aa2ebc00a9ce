// The question editor (docs/adr/0020): one question of any of the six types, with a live preview as the player's phone
// and the big screen show it. Saves through /api/questions, which judges it; its violations show next to the fields.
import { t, el } from './common.js';
import { api, ApiError } from './problems.js';
import { drawPreview, fitToFrame } from './question-preview.js';

const form = document.getElementById('question-form');
let questionId = form.dataset.questionId || null;
const returnTo = form.dataset.return || null;
const choiceList = document.getElementById('choice-list');
const itemList = document.getElementById('item-list');
const summary = document.getElementById('q-errors');
const previewLang = document.getElementById('preview-lang');
const f = form.elements;
const MAX_CHOICES = 6;
const MAX_ITEMS = 8;
// the two choices of a true-or-false question, in both languages as the bank stores them
const TRUTH = { true: { zh: '正确', en: 'True' }, false: { zh: '错误', en: 'False' } };

/** A {zh, en} text with the empty language left out: one language is enough (the server decides if it is). */
function localized(zh, en) {
  const text = {};
  if (zh.trim()) text.zh = zh.trim();
  if (en.trim()) text.en = en.trim();
  return text;
}

const empty = (text) => !text.zh && !text.en;

function textRow(list, kind, values = {}, extra = null) {
  const zh = el('input', { lang: 'zh', maxlength: 400, 'data-part': 'zh', value: values.zh ?? '' });
  const en = el('input', { lang: 'en', maxlength: 400, 'data-part': 'en', value: values.en ?? '' });
  const up = el('button', { type: 'button', class: 'button secondary', 'data-move': 'up' }, '↑');
  const down = el('button', { type: 'button', class: 'button secondary', 'data-move': 'down' }, '↓');
  const remove = el('button', { type: 'button', class: 'button danger', 'data-remove': '' }, '✕');
  const li = el('li', { 'data-test': `${kind}-row` }, el('label', {}, el('span', {}), zh), el('label', {}, el('span', {}), en), el('div', { class: 'ops' }, extra, up, down, remove));
  up.addEventListener('click', () => {
    if (li.previousElementSibling) list.insertBefore(li, li.previousElementSibling);
    changed();
  });
  down.addEventListener('click', () => {
    if (li.nextElementSibling) list.insertBefore(li.nextElementSibling, li);
    changed();
  });
  remove.addEventListener('click', () => {
    li.remove();
    changed();
  });
  list.append(li);
  return li;
}

function addChoice(choice = {}) {
  const correct = el('input', { type: 'checkbox', 'data-part': 'correct', checked: choice.correct === true });
  correct.addEventListener('change', () => {
    // a single-choice question has one correct choice: ticking one unticks the others
    if (correct.checked && f.type.value === 'single') {
      choiceList.querySelectorAll('[data-part=correct]').forEach((c) => {
        if (c !== correct) c.checked = false;
      });
    }
  });
  textRow(choiceList, 'choice', choice.text, el('label', {}, correct, el('span', {}, t('correct'))));
}

function addItem(item = {}) {
  const li = textRow(itemList, 'item', item.text);
  li.dataset.id = item.id ?? freeItemId();
}

function freeItemId() {
  const used = new Set([...itemList.children].map((li) => li.dataset.id));
  return 'abcdefghijklmnopqrstuvwxyz'.split('').find((c) => !used.has(c));
}

/** Numbers the rows, names their inputs for screen readers and points them at their place in the document. */
function renumber() {
  [...choiceList.children].forEach((li, i) => label(li, `/choices/${i}`, 'choice', i));
  [...itemList.children].forEach((li, i) => label(li, `/items/${i}`, 'item', i));
  document.getElementById('add-choice').disabled = choiceList.children.length >= MAX_CHOICES;
  document.getElementById('add-item').disabled = itemList.children.length >= MAX_ITEMS;
}

function label(li, pointer, kind, i) {
  li.dataset.field = pointer;
  const spans = li.querySelectorAll(':scope > label > span');
  spans[0].textContent = t(`${kind}Zh`, i + 1);
  spans[1].textContent = t(`${kind}En`, i + 1);
  li.querySelector('[data-part=zh]').dataset.field = `${pointer}/text/zh`;
  li.querySelector('[data-part=en]').dataset.field = `${pointer}/text/en`;
  li.querySelector('[data-move=up]').setAttribute('aria-label', `${t('moveUp')} ${i + 1}`);
  li.querySelector('[data-move=down]').setAttribute('aria-label', `${t('moveDown')} ${i + 1}`);
  li.querySelector('[data-remove]').setAttribute('aria-label', `${t('remove')} ${i + 1}`);
}

function showKind() {
  const type = f.type.value;
  const kind = type === 'single' || type === 'multi' ? 'choices' : type;
  form.querySelectorAll('fieldset[data-kind]').forEach((s) => {
    s.hidden = s.dataset.kind !== kind;
  });
  form.querySelectorAll('[data-for]').forEach((p) => {
    p.hidden = p.dataset.for !== type;
  });
}

const rowText = (li) => localized(li.querySelector('[data-part=zh]').value, li.querySelector('[data-part=en]').value);
const lines = (value) => value.split('\n').map((s) => s.trim()).filter(Boolean);
const number = (value) => (value.trim() === '' ? null : Number(value));

/** The question document the form describes, in the bank format (fields of other types left out). */
function collect() {
  const type = f.type.value;
  const q = {
    topic: f.topic.value,
    difficulty: Number(f.difficulty.value),
    type,
    text: localized(f.textZh.value, f.textEn.value),
    explanation: localized(f.explanationZh.value, f.explanationEn.value),
    timeLimitSeconds: number(f.timeLimitSeconds.value),
  };
  if (type === 'single' || type === 'multi') {
    q.choices = [...choiceList.children].map((li, i) => ({
      id: String.fromCharCode(97 + i),
      text: rowText(li),
      correct: li.querySelector('[data-part=correct]').checked,
    }));
  } else if (type === 'true_false') {
    q.choices = ['true', 'false'].map((id) => ({ id, text: TRUTH[id], correct: f.truth.value === id }));
  } else if (type === 'numeric') {
    for (const name of ['answer', 'tolerance', 'min', 'max', 'step']) q[name] = number(f[name].value);
    q.unit = localized(f.unitZh.value, f.unitEn.value);
  } else if (type === 'ordering') {
    q.items = [...itemList.children].map((li) => ({ id: li.dataset.id, text: rowText(li) }));
  } else if (type === 'typed') {
    q.accepted = {};
    const zh = lines(f.acceptedZh.value);
    const en = lines(f.acceptedEn.value);
    if (zh.length) q.accepted.zh = zh;
    if (en.length) q.accepted.en = en;
  }
  return q;
}

/** What the page can tell before asking the server: a language for every text, numbers where numbers go. */
function check(q) {
  const out = [];
  const need = (text, pointer) => {
    if (empty(text)) out.push({ pointer, message: t('oneLanguage') });
  };
  need(q.text, '/text');
  need(q.explanation, '/explanation');
  if (!Number.isInteger(q.timeLimitSeconds) || q.timeLimitSeconds < 5 || q.timeLimitSeconds > 240) {
    out.push({ pointer: '/timeLimitSeconds', message: t('timeRange') });
  }
  (q.choices ?? []).forEach((c, i) => need(c.text, `/choices/${i}/text`));
  if ((q.type === 'single' || q.type === 'multi') && !q.choices.some((c) => c.correct)) {
    out.push({ pointer: '/choices', message: t('needCorrect') });
  }
  (q.items ?? []).forEach((item, i) => need(item.text, `/items/${i}/text`));
  if (q.type === 'numeric') {
    for (const name of ['answer', 'tolerance', 'min', 'max', 'step']) {
      if (q[name] === null || !Number.isFinite(q[name])) out.push({ pointer: `/${name}`, message: t('needNumber') });
    }
    need(q.unit, '/unit');
  }
  if (q.type === 'typed' && !q.accepted.zh && !q.accepted.en) need({}, '/accepted');
  return out;
}

/** The field a violation is about: its pointer, else the nearest enclosing one shown on the page. */
function fieldFor(pointer) {
  for (let p = pointer; p; p = p.replace(/\/[^/]*$/, '')) {
    const found = [...form.querySelectorAll('[data-field]')].find((n) => n.dataset.field === p && !n.closest('[hidden]'));
    if (found) return found;
  }
  return null;
}

function clearErrors() {
  summary.hidden = true;
  summary.replaceChildren();
  form.querySelectorAll('.field-error').forEach((n) => n.remove());
  form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
}

let errorNumber = 0;
function showErrors(violations, detail) {
  clearErrors();
  const unplaced = [];
  let first = null;
  for (const v of violations) {
    const field = fieldFor(v.pointer);
    if (!field) {
      unplaced.push(v);
      continue;
    }
    const note = el('p', { class: 'field-error', id: `field-error-${++errorNumber}`, 'data-test': 'field-error', 'data-pointer': v.pointer }, v.message);
    if (field.matches('input, select, textarea')) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', note.id);
      field.after(note);
    } else {
      const legend = field.querySelector(':scope > legend, :scope > label');
      if (field.matches('li')) field.append(note);
      else if (legend) legend.after(note);
      else field.prepend(note);
    }
    first ??= field;
  }
  summary.append(el('p', {}, detail || t('fixBelow')));
  if (unplaced.length) summary.append(el('ul', {}, ...unplaced.map((v) => el('li', {}, `${v.pointer}: ${v.message}`))));
  summary.hidden = false;
  (first?.matches('input, select, textarea') ? first : summary).focus?.();
  summary.scrollIntoView({ block: 'nearest' });
}

let previewTimer;
function changed() {
  renumber();
  clearTimeout(previewTimer);
  previewTimer = setTimeout(preview, 120);
}

const previewTexts = () => ({ submit: t('submit'), typeHere: t('typeHere'), explanation: t('explanation'), true: t('true'), false: t('false') });
function preview() {
  drawPreview(document.getElementById('preview-phone'), document.getElementById('preview-big'), collect(), previewLang.value, previewTexts());
}

function fill(doc) {
  f.type.value = doc.type;
  f.topic.value = doc.topic;
  f.difficulty.value = String(doc.difficulty);
  f.timeLimitSeconds.value = String(doc.timeLimitSeconds);
  f.textZh.value = doc.text?.zh ?? '';
  f.textEn.value = doc.text?.en ?? '';
  f.explanationZh.value = doc.explanation?.zh ?? '';
  f.explanationEn.value = doc.explanation?.en ?? '';
  choiceList.replaceChildren();
  itemList.replaceChildren();
  if (doc.type === 'true_false') {
    f.truth.value = doc.choices.find((c) => c.correct)?.id ?? 'true';
  } else if (doc.choices) {
    doc.choices.forEach(addChoice);
  }
  (doc.items ?? []).forEach(addItem);
  for (const name of ['answer', 'tolerance', 'min', 'max', 'step']) if (doc[name] != null) f[name].value = String(doc[name]);
  f.unitZh.value = doc.unit?.zh ?? '';
  f.unitEn.value = doc.unit?.en ?? '';
  f.acceptedZh.value = (doc.accepted?.zh ?? []).join('\n');
  f.acceptedEn.value = (doc.accepted?.en ?? []).join('\n');
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const q = collect();
  const problems = check(q);
  if (problems.length) {
    showErrors(problems);
    return;
  }
  clearErrors();
  try {
    const url = questionId ? `/api/questions/${encodeURIComponent(questionId)}` : '/api/questions';
    const saved = await api(url, { method: questionId ? 'PUT' : 'POST', body: JSON.stringify(q) });
    document.getElementById('q-saved').textContent = t('saved');
    if (returnTo) {
      location.assign(`${returnTo}${returnTo.includes('?') ? '&' : '?'}add=${encodeURIComponent(saved.id)}`);
      return;
    }
    questionId = saved.id;
    history.replaceState(null, '', `/questions/${encodeURIComponent(saved.id)}/edit`);
  } catch (err) {
    if (err instanceof ApiError) showErrors(err.violations, err.message);
    else showErrors([], t('errGeneric', err.message));
  }
});

form.addEventListener('input', (e) => {
  // a field being corrected loses its mark; the others keep theirs until the next save
  if (e.target.getAttribute('aria-invalid') === 'true') {
    e.target.removeAttribute('aria-invalid');
    document.getElementById(e.target.getAttribute('aria-describedby'))?.remove();
    e.target.removeAttribute('aria-describedby');
  }
  changed();
});
form.addEventListener('change', () => {
  showKind();
  changed();
});
previewLang.addEventListener('change', preview);
document.getElementById('add-choice').addEventListener('click', () => {
  addChoice();
  changed();
});
document.getElementById('add-item').addEventListener('click', () => {
  addItem();
  changed();
});

async function start() {
  if (questionId) {
    fill(await api(`/api/questions/${encodeURIComponent(questionId)}/document`));
  } else {
    for (let i = 0; i < 4; i++) addChoice();
    for (let i = 0; i < 3; i++) addItem();
  }
  showKind();
  renumber();
  preview();
  fitToFrame(document.querySelector('[data-test=phone-frame]'), document.getElementById('preview-phone'));
  fitToFrame(document.querySelector('[data-test=big-frame]'), document.getElementById('preview-big'));
}

start().catch((err) => showErrors([], t('errGeneric', err.message)));
