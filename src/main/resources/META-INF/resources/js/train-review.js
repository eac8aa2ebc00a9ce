// A review of answered questions (an attempt's or a live game's ReviewItems): the question, the player's answer, the
// key and the explanation. Choice questions show every choice with the key and the player's picks marked in words, not
// colour alone. Everything is set as text (or typeset by common.js), never as HTML.
import { t, pick, choiceLook, setRich, el } from './common.js';
import { keyText, showKey } from './answer-inputs.js';

/** Missed means less than full credit: a wrong, partial, timed-out or missing answer. */
export const missed = (item) => !(item.credit >= 1);

export function reviewItems(items, lang) {
  return items.map((item) => reviewItem(item, lang));
}

function reviewItem(item, lang) {
  const q = item.question;
  const text = el('div', { class: 'review-q rich' });
  setRich(text, pick(q.text, lang));
  const parts = [el('p', { class: 'eyebrow' }, t('questionNumber', item.index + 1)), text];
  if (q.choices && q.choices.length) {
    parts.push(choiceList(q, item.submission, lang));
  } else {
    const yours = el('p', { class: 'review-answer', 'data-test': 'review-yours' });
    setRich(yours, `${t('yourAnswer')}: ${item.submission ? keyText(q, item.submission, lang) : t('noAnswer')}`);
    const key = el('div', { class: 'review-answer rich', 'data-test': 'review-key' });
    showKey(key, q, q.correct, lang);
    parts.push(yours, key);
  }
  parts.push(el('p', { class: 'review-verdicts', 'data-test': 'review-verdict' }, verdict(item)));
  const explanation = pick(q.explanation, lang);
  if (explanation) {
    const body = el('div', { class: 'rich' });
    setRich(body, explanation);
    parts.push(el('div', { class: 'review-explanation', 'data-test': 'review-explanation' }, el('strong', {}, t('explanation')), body));
  }
  return el('li', { class: `review-item ${missed(item) ? 'is-missed' : ''}`, 'data-test': 'review-item', 'data-index': item.index }, ...parts);
}

function choiceList(q, submission, lang) {
  const key = new Set((q.correct && q.correct.choiceIds) || []);
  const mine = new Set((submission && submission.choiceIds) || []);
  const list = el('ul', { class: 'review-choices' });
  q.choices.forEach((c, i) => {
    const look = choiceLook(i);
    const label = el('span', { class: 'label rich' });
    setRich(label, pick(c.text, lang) || t(c.id));
    const tags = [];
    if (key.has(c.id)) tags.push(el('span', { class: 'tag right' }, `✓ ${t('correctAnswer')}`));
    if (mine.has(c.id)) tags.push(el('span', { class: 'tag mine' }, t('yourAnswer')));
    const css = key.has(c.id) ? 'is-key' : mine.has(c.id) ? 'is-wrong' : '';
    list.append(
      el(
        'li',
        { class: css, 'data-choice': c.id },
        el('span', { class: `chip ${look.css}`, 'aria-hidden': 'true' }, look.shape),
        el('span', { class: 'letter' }, `${look.letter}.`),
        el('span', { class: 'choice-body' }, label, ...tags),
      ),
    );
  });
  return list;
}

function verdict(item) {
  const what = !item.submission
    ? t('noAnswer')
    : item.correct
      ? `✓ ${t('correct')}`
      : item.credit > 0
        ? `◐ ${t('partly')}`
        : `✗ ${t('wrong')}`;
  return `${what} (+${item.points || 0} ${t('pointsShort')})`;
}
