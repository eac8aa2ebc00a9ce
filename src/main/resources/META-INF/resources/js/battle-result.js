// The battle's result screen, drawn from the server's frames: a side's rating move and the review of every question.
// Everything is set as text (or typeset by common.js), never as HTML.
import { t, pick, choiceLook, setRich, el } from './common.js';

/** A choice's text; true/false choices fall back to the page's own words. */
export function choiceText(choice, lang) {
  const text = pick(choice.text, lang);
  return choice.id === 'true' || choice.id === 'false' ? text || t(choice.id) : text;
}

/** "Rating 1500 → 1662, ▲ +162": the arrow and the sign say it as well as any colour. */
export function drawMove(target, move, ghost) {
  target.classList.remove('pending');
  if (!move) {
    target.replaceChildren(el('span', { class: 'rm-note' }, ghost ? t('notRatedGhost') : t('notRated')));
    return;
  }
  const label = el('span', { class: 'rm-label' }, t('rating'));
  if (!move.counted) {
    target.replaceChildren(label, ' ', el('span', { class: 'rm-values' }, String(move.before)), ' ', el('span', { class: 'rm-note' }, t('notCounted')));
    return;
  }
  const change = move.change ?? move.after - move.before;
  const delta = change > 0 ? `▲ +${change}` : change < 0 ? `▼ −${-change}` : '= ±0';
  target.replaceChildren(
    label,
    ' ',
    el('span', { class: 'rm-values' }, `${move.before} → ${move.after}`),
    ' ',
    el('span', { class: `rm-delta ${change > 0 ? 'up' : change < 0 ? 'down' : ''}` }, delta),
    move.provisional ? ' ' : null,
    move.provisional ? el('span', { class: 'rm-note' }, t('provisional')) : null,
  );
}

/** The review of every question: its text, the choices with the key and the player's answer, both verdicts, the explanation. */
export function reviewItems(items, opponentName, lang) {
  return items.map((item) => reviewItem(item, items.length, opponentName, lang));
}

function reviewItem(item, count, opponentName, lang) {
  const q = item.question;
  const key = new Set((q.correct && q.correct.choiceIds) || []);
  const mine = new Set((item.you.submission && item.you.submission.choiceIds) || []);
  const text = el('div', { class: 'review-q rich' });
  setRich(text, pick(q.text, lang));
  const choices = el('ul', { class: 'review-choices' });
  (q.choices || []).forEach((c, i) => {
    const look = choiceLook(i);
    const label = el('span', { class: 'label rich' });
    setRich(label, choiceText(c, lang));
    const tags = [];
    if (key.has(c.id)) tags.push(el('span', { class: 'tag right' }, `✓ ${t('correctAnswer')}`));
    if (mine.has(c.id)) tags.push(el('span', { class: 'tag mine' }, t('yourAnswer')));
    const css = key.has(c.id) ? 'is-key' : mine.has(c.id) ? 'is-wrong' : '';
    choices.append(
      el(
        'li',
        { class: css, 'data-choice': c.id },
        el('span', { class: `chip ${look.css}`, 'aria-hidden': 'true' }, look.shape),
        el('span', { class: 'letter' }, `${look.letter}.`),
        el('span', { class: 'choice-body' }, label, ...tags),
      ),
    );
  });
  const verdicts = el(
    'p',
    { class: 'review-verdicts' },
    el('span', { 'data-test': 'review-you' }, verdict(t('you'), item.you)),
    el('span', { 'data-test': 'review-opponent' }, verdict(opponentName, item.opponent)),
  );
  const explanation = el('div', { class: 'review-explanation', 'data-test': 'review-explanation' });
  const explanationText = el('div', { class: 'rich' });
  setRich(explanationText, pick(q.explanation, lang));
  explanation.append(el('strong', {}, t('explanation')), explanationText);
  return el(
    'li',
    { class: 'review-item', 'data-test': 'review-item' },
    el('p', { class: 'eyebrow' }, t('questionOf', item.questionIndex + 1, count)),
    text,
    choices,
    verdicts,
    explanation,
  );
}

function verdict(who, a) {
  const what = !a.answered ? t('noAnswer') : a.correct ? `✓ ${t('correct')}` : `✗ ${t('wrong')}`;
  return `${who}: ${what}${a.points ? ` (+${a.points})` : ''}`;
}
