// The live preview of a question being written: as a player's phone and as the big screen show it. Built from the
// same pieces as play.js and host.js (rich text, choice looks, the pages' classes), so it looks as the room will.
import { pick, choiceLook, setRich, el } from './common.js';

/** Draws `q` (a question document, possibly half written) into the phone and big-screen stages. */
export function drawPreview(phone, big, q, lang, texts) {
  const text = pick(q.text, lang);
  const seconds = String(q.timeLimitSeconds || '');
  const head = (bigTimer) =>
    el(
      'div',
      { class: 'question-head' },
      el('p', { class: 'eyebrow' }, '1 / 1'),
      el(
        'div',
        { class: bigTimer ? 'timer big' : 'timer' },
        el('span', { class: 'timer-number' }, seconds),
        el('span', { class: 'timer-bar' }, el('span')),
      ),
    );
  const phoneText = el('h1', { class: 'question-text rich' });
  setRich(phoneText, text);
  const area = el('div', { class: 'answer-area' });
  phoneInputs(area, q, lang, texts);
  const explanation = pick(q.explanation, lang);
  const explain = el('div', { class: 'explain' }, el('p', { class: 'meta' }, texts.explanation));
  const explainText = el('div', { class: 'rich' });
  setRich(explainText, explanation);
  explain.append(explainText);
  phone.replaceChildren(el('section', { class: 'screen question-screen' }, head(false), phoneText, area, explanation ? explain : null));

  const bigText = el('h1', { class: 'question-text rich' });
  setRich(bigText, text);
  const body = el('div', { class: 'host-choices' });
  bigBody(body, q, lang, texts);
  big.replaceChildren(el('section', { class: 'screen host-question' }, head(true), bigText, body));
}

function choiceLabel(c, lang, texts) {
  return pick(c.text, lang) || (c.id === 'true' || c.id === 'false' ? texts[c.id] : '');
}

function choiceNode(tag, c, i, lang, texts) {
  const look = choiceLook(i);
  const label = el('span', { class: 'label' });
  setRich(label, choiceLabel(c, lang, texts));
  const attrs = { class: `choice ${look.css}`, 'data-choice': c.id };
  if (tag === 'button') Object.assign(attrs, { type: 'button', tabindex: '-1' });
  return el(tag, attrs, el('span', { class: 'shape', 'aria-hidden': 'true' }, look.shape), el('span', { class: 'letter' }, look.letter), label);
}

function phoneInputs(area, q, lang, texts) {
  if (q.choices) {
    area.classList.add('choices');
    q.choices.forEach((c, i) => area.append(choiceNode('button', c, i, lang, texts)));
    if (q.type === 'multi') area.append(el('button', { type: 'button', class: 'button primary big', tabindex: '-1' }, texts.submit));
  } else if (q.items) {
    const list = el('ol', { class: 'order' });
    // players see the items shuffled; the preview shows the order as written, which is the answer
    q.items.forEach((item, i) => {
      const label = el('span', { class: 'text' });
      setRich(label, pick(item.text, lang));
      list.append(el('li', {}, el('span', { class: 'pos' }, String(i + 1)), label, el('button', { type: 'button', tabindex: '-1' }, '↑'), el('button', { type: 'button', tabindex: '-1' }, '↓')));
    });
    area.append(el('div', { class: 'ordering' }, list));
  } else if (q.type === 'numeric') {
    const unit = pick(q.unit, lang);
    const min = Number(q.min);
    const max = Number(q.max);
    const middle = Number.isFinite(min) && Number.isFinite(max) ? (min + max) / 2 : '';
    area.append(
      el(
        'div',
        { class: 'numeric' },
        el('output', {}, `${middle}${unit ? ' ' + unit : ''}`),
        el('input', { type: 'range', min: q.min, max: q.max, step: q.step, value: middle, tabindex: '-1' }),
        el('div', { class: 'row' }, el('input', { type: 'number', value: middle, tabindex: '-1' }), unit ? el('span', {}, unit) : null),
        el('button', { type: 'button', class: 'button primary big', tabindex: '-1' }, texts.submit),
      ),
    );
  } else if (q.type === 'typed') {
    area.append(el('div', { class: 'typed stack' }, el('input', { type: 'text', placeholder: texts.typeHere, tabindex: '-1' }), el('button', { type: 'button', class: 'button primary big', tabindex: '-1' }, texts.submit)));
  }
}

function bigBody(body, q, lang, texts) {
  if (q.choices) {
    body.classList.add('choices');
    q.choices.forEach((c, i) => body.append(choiceNode('div', c, i, lang, texts)));
  } else if (q.items) {
    const list = el('ol');
    q.items.forEach((it) => {
      const li = el('li');
      setRich(li, pick(it.text, lang));
      list.append(li);
    });
    body.append(list);
  } else if (q.type === 'numeric') {
    const unit = pick(q.unit, lang);
    body.append(el('p', { class: 'hint-line' }, `${q.min ?? ''} – ${q.max ?? ''}${unit ? ' ' + unit : ''}`));
  }
}

/** Scales a stage drawn at its real size (390 px phone, 1280x720 screen) to the width of its frame. */
export function fitToFrame(frame, stage) {
  const fit = () => {
    const scale = Math.min(1, frame.clientWidth / stage.offsetWidth);
    stage.style.transform = `scale(${scale})`;
    const borders = frame.offsetHeight - frame.clientHeight; // the frame's height is its border box
    frame.style.height = `${Math.ceil(stage.offsetHeight * scale) + borders}px`;
  };
  new ResizeObserver(fit).observe(frame);
  new ResizeObserver(fit).observe(stage);
  fit();
}
