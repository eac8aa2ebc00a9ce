// The answer inputs of every question type and the answer key in words, shared by the live controller (play.js) and
// the self-paced player (train.js). They draw the question's public part only and hand each answer to a callback.
import { t, pick, choiceLook, setRich, el } from './common.js';

/**
 * Fills the area with the inputs of the question's type; `send` gets `{choiceIds} | {value} | {order} | {text}`.
 * Returns `current()`, the answer as the inputs stand now (for a time limit that runs out before a submit).
 */
export function renderInputs(area, q, lang, send) {
  area.className = 'answer-area';
  area.replaceChildren();
  let current = () => null;
  switch (q.type) {
    case 'single':
    case 'true_false':
      area.classList.add('choices');
      q.choices.forEach((c, i) => area.append(choiceButton(c, i, lang, () => send({ choiceIds: [c.id] }))));
      current = () => ({ choiceIds: [] });
      break;
    case 'multi': {
      area.classList.add('choices');
      const picked = new Set();
      const chosen = () => q.choices.map((c) => c.id).filter((id) => picked.has(id));
      const submit = el('button', { class: 'button primary big', type: 'button', disabled: true, 'data-test': 'submit' }, t('submit'));
      q.choices.forEach((c, i) => {
        const button = choiceButton(c, i, lang, () => {
          if (picked.has(c.id)) picked.delete(c.id);
          else picked.add(c.id);
          button.setAttribute('aria-pressed', String(picked.has(c.id)));
          submit.disabled = picked.size === 0;
        });
        button.setAttribute('aria-pressed', 'false');
        area.append(button);
      });
      submit.addEventListener('click', () => send({ choiceIds: chosen() }));
      area.append(submit);
      current = () => ({ choiceIds: chosen() });
      break;
    }
    case 'numeric': {
      const input = numericInput(q.numeric, lang, send);
      area.append(input.node);
      current = input.current;
      break;
    }
    case 'ordering': {
      const input = orderingInput(q.items, lang, send);
      area.append(input.node);
      current = input.current;
      break;
    }
    case 'typed': {
      const input = typedInput(q.maxLength || 200, send);
      area.append(input.node);
      current = input.current;
      break;
    }
    default:
      break;
  }
  return { current };
}

function choiceButton(choice, index, lang, onChoose) {
  const look = choiceLook(index);
  const label = el('span', { class: 'label' });
  const text = choice.id === 'true' || choice.id === 'false' ? pick(choice.text, lang) || t(choice.id) : pick(choice.text, lang);
  setRich(label, text);
  const button = el(
    'button',
    { type: 'button', class: `choice ${look.css}`, 'data-choice': choice.id, 'data-test': 'choice' },
    el('span', { class: 'shape', 'aria-hidden': 'true' }, look.shape),
    el('span', { class: 'letter', 'aria-hidden': 'true' }, look.letter),
    label,
  );
  button.setAttribute('aria-label', `${look.letter}: ${text}`);
  button.addEventListener('click', onChoose);
  return button;
}

function numericInput(n, lang, send) {
  const min = Number(n.min);
  const max = Number(n.max);
  const step = Number(n.step) || 1;
  const start = Math.min(max, Math.max(min, Math.round((min + max) / 2 / step) * step));
  const unit = pick(n.unit, lang);
  const output = el('output', { 'aria-live': 'off', 'data-test': 'numeric-value' }, `${start}${unit ? ' ' + unit : ''}`);
  const slider = el('input', { type: 'range', min, max, step, value: start, 'aria-label': t('yourAnswer'), 'data-test': 'slider' });
  const box = el('input', { type: 'number', min, max, step, value: start, inputmode: 'decimal', 'aria-label': t('yourAnswer'), 'data-test': 'numeric-input' });
  const sync = (value) => {
    output.textContent = `${value}${unit ? ' ' + unit : ''}`;
  };
  slider.addEventListener('input', () => {
    box.value = slider.value;
    sync(slider.value);
  });
  box.addEventListener('input', () => {
    if (box.value !== '') {
      slider.value = box.value;
      sync(box.value);
    }
  });
  const value = () => {
    const v = Number(box.value);
    return Number.isFinite(v) && box.value !== '' ? { value: Math.min(max, Math.max(min, v)) } : null;
  };
  const submit = el('button', { class: 'button primary big', type: 'button', 'data-test': 'submit' }, t('submit'));
  submit.addEventListener('click', () => {
    const answer = value();
    if (answer) send(answer);
  });
  const node = el('div', { class: 'numeric' }, output, slider, el('div', { class: 'row' }, box, unit ? el('span', {}, unit) : null), submit);
  return { node, current: value };
}

function orderingInput(items, lang, send) {
  const list = el('ol', { class: 'order', 'aria-describedby': 'order-hint', 'data-test': 'order' });
  const hint = el('p', { id: 'order-hint', class: 'hint' }, t('dragHint'));
  const renumber = () => {
    [...list.children].forEach((li, i) => {
      li.querySelector('.pos').textContent = String(i + 1);
      li.querySelector('[data-move="up"]').disabled = i === 0;
      li.querySelector('[data-move="down"]').disabled = i === list.children.length - 1;
    });
  };
  items.forEach((item) => {
    const text = pick(item.text, lang);
    const label = el('span', { class: 'text' });
    setRich(label, text);
    const up = el('button', { type: 'button', 'data-move': 'up', 'aria-label': `${t('moveUp')}: ${text}` }, '↑');
    const down = el('button', { type: 'button', 'data-move': 'down', 'aria-label': `${t('moveDown')}: ${text}` }, '↓');
    const li = el('li', { 'data-item': item.id }, el('span', { class: 'pos grip', 'aria-hidden': 'true' }), label, up, down);
    up.addEventListener('click', () => {
      if (li.previousElementSibling) list.insertBefore(li, li.previousElementSibling);
      renumber();
      up.disabled ? down.focus() : up.focus();
    });
    down.addEventListener('click', () => {
      if (li.nextElementSibling) list.insertBefore(li.nextElementSibling, li);
      renumber();
      down.disabled ? up.focus() : down.focus();
    });
    dragToReorder(li, list, renumber);
    list.append(li);
  });
  renumber();
  const order = () => ({ order: [...list.children].map((li) => li.dataset.item) });
  const submit = el('button', { class: 'button primary big', type: 'button', 'data-test': 'submit' }, t('submit'));
  submit.addEventListener('click', () => send(order()));
  return { node: el('div', { class: 'ordering' }, hint, list, submit), current: order };
}

/**
 * Pointer dragging (touch, pen, mouse): the item follows the finger and takes the place of the item it passes. The
 * listeners sit on the window, because moving the item in the page releases any pointer capture it had.
 */
function dragToReorder(li, list, renumber) {
  li.addEventListener('pointerdown', (down) => {
    if (down.target.closest('button') || list.dataset.locked) return;
    down.preventDefault();
    li.classList.add('dragging');
    const move = (e) => {
      if (e.pointerId !== down.pointerId) return;
      const siblings = [...list.children].filter((s) => s !== li);
      const after = siblings.find((s) => {
        const box = s.getBoundingClientRect();
        return e.clientY < box.top + box.height / 2;
      }) || null;
      if (li.nextElementSibling !== after) list.insertBefore(li, after);
    };
    const up = (e) => {
      if (e.pointerId !== down.pointerId) return;
      li.classList.remove('dragging');
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      renumber();
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
  });
}

function typedInput(maxLength, send) {
  const input = el('input', { type: 'text', maxlength: maxLength, autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', 'aria-label': t('typeHere'), placeholder: t('typeHere'), 'data-test': 'typed' });
  const submit = el('button', { class: 'button primary big', type: 'submit', 'data-test': 'submit' }, t('submit'));
  const form = el('form', { class: 'typed stack' }, input, submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim()) send({ text: input.value.trim() });
  });
  return { node: form, current: () => ({ text: input.value.trim() }) };
}

/** Disables the inputs once an answer is on its way; the chosen choices stay marked. */
export function lockInputs(area, answer) {
  area.querySelectorAll('button, input').forEach((b) => {
    b.disabled = true;
  });
  const order = area.querySelector('.order');
  if (order) order.dataset.locked = 'true';
  if (answer && answer.choiceIds) {
    area.querySelectorAll('[data-choice]').forEach((b) => {
      b.setAttribute('aria-pressed', String(answer.choiceIds.includes(b.dataset.choice)));
    });
  }
}

/** Enables the inputs again (a refused answer may be corrected and sent again). */
export function unlockInputs(area) {
  area.querySelectorAll('button, input').forEach((b) => {
    b.disabled = false;
  });
  const order = area.querySelector('.order');
  if (order) delete order.dataset.locked;
}

/** The answer key under a result: an order as a numbered list, anything else as one line. */
export function showKey(box, q, key, lang, label = t('correctAnswer')) {
  if (key && key.order && q && q.items) {
    const list = el('ol', { class: 'answer-order', 'data-test': 'result-order' });
    key.order.forEach((id) => {
      const li = el('li', { 'data-item': id });
      setRich(li, pick((q.items.find((x) => x.id === id) || {}).text, lang));
      list.append(li);
    });
    box.replaceChildren(el('span', {}, `${label}:`), list);
    return;
  }
  setRich(box, key ? `${label}: ${keyText(q, key, lang)}` : '');
}

/**
 * An answer key, or a player's own answer (the same shapes: choiceIds, answer or value, order, spellings or text), in
 * words from the question's public part.
 */
export function keyText(q, key, lang) {
  if (!key) return '';
  if (key.choiceIds && q && q.choices) {
    return q.choices
      .map((c, i) => (key.choiceIds.includes(c.id) ? `${choiceLook(i).letter}. ${pick(c.text, lang) || t(c.id)}` : null))
      .filter(Boolean)
      .join('; ');
  }
  const number = key.answer ?? key.value;
  if (number != null) {
    const unit = q && q.numeric ? pick(q.numeric.unit, lang) : '';
    return `${number}${key.tolerance ? ' ± ' + key.tolerance : ''}${unit ? ' ' + unit : ''}`;
  }
  if (key.order && q && q.items) {
    return key.order.map((id, i) => `${i + 1}. ${pick((q.items.find((x) => x.id === id) || {}).text, lang)}`).join('  ');
  }
  if (key.text != null) return key.text;
  const spellings = key[lang] && key[lang].length ? key[lang] : key.en || key.zh;
  return spellings ? spellings.join(' / ') : '';
}
