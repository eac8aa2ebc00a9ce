// The player's controller: joins (or resumes) over /ws/play/{pin}, shows each phase, sends answers.
import { t, pick, choiceLook, setRich, show, el, Countdown, preferRoomServer } from './common.js';
import { LiveSocket } from './socket.js';

// when time runs out before this player answered, the inputs lock (the server refuses late answers anyway)
const countdown = new Countdown(() => {
  if (!game.answered) {
    lockInputs(null);
    if (!game.pending) $('answer-state').textContent = t('timeUp');
  }
});

const root = document.getElementById('play');
const pin = root.dataset.pin;
const lang = root.dataset.lang;
const storeKey = `quiz-arena.play.${pin}`;
const GUEST_KEY = 'quiz-arena.guest';
const $ = (id) => document.getElementById(id);

// the resume token lives in this tab's sessionStorage: a reload resumes, another tab joins as someone new
const saved = JSON.parse(sessionStorage.getItem(storeKey) || '{}');
let nickname = saved.nickname || root.dataset.nickname;

const game = {
  questionIndex: -1,
  questionCount: 0,
  question: null, // the open question frame
  answered: false, // acknowledged by the server
  pending: null, // an answer sent but not yet acknowledged
  reveal: null,
  deadline: 0,
  total: 0,
  timer: null,
  announced: new Set(),
  pausedScreen: null,
  over: false,
};

preferRoomServer(pin);
const socket = new LiveSocket(`/ws/play/${pin}`, {
  onOpen: hello,
  onMessage: receive,
  onStatus: connection,
});
// for the browser tests and for anyone debugging in the console
window.quizArena = { socket, game };
socket.connect();

function hello() {
  if (saved.resumeToken) {
    socket.send({ type: 'resume', resumeToken: saved.resumeToken });
  } else {
    join();
  }
}

function join() {
  const message = { type: 'join', nickname };
  if (root.dataset.team) message.team = root.dataset.team; // a team room balances players who leave it empty
  const guestId = localStorage.getItem(GUEST_KEY);
  if (guestId) message.guestId = guestId;
  socket.send(message);
}

function remember() {
  sessionStorage.setItem(storeKey, JSON.stringify(saved));
}

function connection(state, code) {
  const conn = $('conn');
  if (state === 'open') {
    conn.textContent = '';
    conn.classList.add('ok');
  } else if (state === 'reconnecting') {
    conn.classList.remove('ok');
    conn.textContent = t('reconnecting');
  } else if (state === 'closed') {
    conn.classList.remove('ok');
    conn.textContent = '';
    ended(code);
  }
}

function ended(code) {
  countdown.stop();
  if (game.over && code === 1000) return; // the podium stays on screen when the room closes
  const reason = { 1000: 'roomClosed', 4003: 'kicked', 4404: 'noRoom', 4409: 'replaced' }[code] || 'roomClosed';
  $('ended-title').textContent = t(reason);
  if (code === 4404 || code === 4003) {
    sessionStorage.removeItem(storeKey);
  }
  show(root, 'ended');
}

function receive(m) {
  switch (m.type) {
    case 'welcome':
      return welcome(m);
    case 'get_ready':
      return getReady(m);
    case 'question':
      return openQuestion(m, m.timeLimitMillis);
    case 'answer_ack':
      return acknowledged(m);
    case 'reveal':
      game.reveal = m;
      countdown.stop();
      return;
    case 'result':
      return result(m);
    case 'standing':
      return standing(m);
    case 'podium':
      game.over = true;
      return;
    case 'final':
      return final(m);
    case 'paused':
      return paused(m);
    case 'resumed':
      return resumed(m);
    case 'skipped':
      countdown.stop();
      $('answer-state').textContent = t('skipped');
      return;
    case 'kicked':
      socket.stop();
      return ended(4003);
    case 'room_closed':
      socket.stop();
      return ended(1000);
    case 'error':
      return refused(m);
    default:
      return;
  }
}

function welcome(m) {
  saved.resumeToken = m.resumeToken;
  saved.nickname = m.nickname;
  nickname = m.nickname;
  remember();
  if (m.guestId) localStorage.setItem(GUEST_KEY, m.guestId);
  $('me').textContent = m.nickname;
  setScore(m.you.score);
  game.questionCount = m.room.questionCount;
  $('quiz-title').textContent = pick(m.room.quizTitle, lang);
  const current = m.current;
  if (m.room.paused) {
    game.pausedScreen = 'lobby';
  }
  if (!current) {
    show(root, 'lobby');
  } else if (current.type === 'get_ready') {
    getReady(current);
  } else if (current.type === 'question') {
    const mine = m.you.answeredCurrent;
    openQuestion(current, m.remainingMillis ?? 0, mine);
    if (!mine && game.pending && game.pending.questionIndex === current.questionIndex) {
      // the connection dropped before the answer was acknowledged: send it again
      send(game.pending);
    }
  } else if (current.type === 'reveal') {
    game.reveal = current;
    const own = (m.you.answers || []).find((a) => a.questionIndex === current.questionIndex);
    result({
      questionIndex: current.questionIndex,
      answered: !!own,
      correct: own ? own.correct : false,
      credit: own && own.correct ? 1 : 0,
      points: own ? own.points : 0,
      score: m.you.score,
      rank: m.you.rank,
      playerCount: m.room.playerCount,
      streak: m.you.streak,
    });
  } else if (current.type === 'standings') {
    standing({ rank: m.you.rank, score: m.you.score, gapToAbove: null, playerCount: m.room.playerCount });
  } else if (current.type === 'podium') {
    game.over = true;
    final({ rank: m.you.rank, score: m.you.score, correctCount: m.you.correctCount, playerCount: m.room.playerCount });
  }
  if (m.room.paused) paused({ reason: 'host' });
}

function setScore(score) {
  $('score').textContent = String(score ?? 0);
}

function indexText(index, count) {
  return t('questionOf', index + 1, count || game.questionCount);
}

function getReady(m) {
  countdown.stop();
  game.questionIndex = m.questionIndex;
  game.questionCount = m.questionCount || game.questionCount;
  $('ready-index').textContent = indexText(m.questionIndex, m.questionCount);
  const count = $('ready-count');
  let left = m.seconds ?? 3;
  count.textContent = left > 0 ? String(left) : '';
  clearInterval(game.readyTimer);
  game.readyTimer = setInterval(() => {
    left--;
    count.textContent = left > 0 ? String(left) : '';
    if (left <= 0) clearInterval(game.readyTimer);
  }, 1000);
  show(root, 'get-ready');
}

// ---- the question

function openQuestion(m, remainingMillis, alreadyAnswered = false) {
  clearInterval(game.readyTimer);
  const fresh = game.question == null || game.question.questionIndex !== m.questionIndex;
  game.question = m;
  game.questionIndex = m.questionIndex;
  game.questionCount = m.questionCount;
  game.answered = alreadyAnswered;
  if (fresh) game.pending = null;
  $('q-index').textContent = indexText(m.questionIndex, m.questionCount);
  setRich($('q-text'), pick(m.question.text, lang));
  const state = $('answer-state');
  state.textContent = '';
  state.classList.remove('received');
  renderInputs(m.question);
  if (alreadyAnswered) acknowledged({ questionIndex: m.questionIndex });
  countdown.start(m.timeLimitMillis, remainingMillis);
  show(root, 'question');
}

function renderInputs(q) {
  const area = $('answer-area');
  area.className = 'answer-area';
  area.replaceChildren();
  switch (q.type) {
    case 'single':
    case 'true_false':
      area.classList.add('choices');
      q.choices.forEach((c, i) => area.append(choiceButton(c, i, () => send({ choiceIds: [c.id] }))));
      break;
    case 'multi': {
      area.classList.add('choices');
      const picked = new Set();
      const submit = el('button', { class: 'button primary big', type: 'button', disabled: true, 'data-test': 'submit' }, t('submit'));
      q.choices.forEach((c, i) => {
        const button = choiceButton(c, i, () => {
          if (picked.has(c.id)) picked.delete(c.id);
          else picked.add(c.id);
          button.setAttribute('aria-pressed', String(picked.has(c.id)));
          submit.disabled = picked.size === 0;
        });
        button.setAttribute('aria-pressed', 'false');
        area.append(button);
      });
      submit.addEventListener('click', () => send({ choiceIds: q.choices.map((c) => c.id).filter((id) => picked.has(id)) }));
      area.append(submit);
      break;
    }
    case 'numeric':
      area.append(numericInput(q.numeric));
      break;
    case 'ordering':
      area.append(orderingInput(q.items));
      break;
    case 'typed':
      area.append(typedInput(q.maxLength || 200));
      break;
    default:
      break;
  }
}

function choiceButton(choice, index, onChoose) {
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

function numericInput(n) {
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
  const submit = el('button', { class: 'button primary big', type: 'button', 'data-test': 'submit' }, t('submit'));
  submit.addEventListener('click', () => {
    const value = Number(box.value);
    if (Number.isFinite(value)) send({ value: Math.min(max, Math.max(min, value)) });
  });
  return el('div', { class: 'numeric' }, output, slider, el('div', { class: 'row' }, box, unit ? el('span', {}, unit) : null), submit);
}

function orderingInput(items) {
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
  const submit = el('button', { class: 'button primary big', type: 'button', 'data-test': 'submit' }, t('submit'));
  submit.addEventListener('click', () => send({ order: [...list.children].map((li) => li.dataset.item) }));
  return el('div', { class: 'ordering' }, hint, list, submit);
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

function typedInput(maxLength) {
  const input = el('input', { type: 'text', maxlength: maxLength, autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', 'aria-label': t('typeHere'), placeholder: t('typeHere'), 'data-test': 'typed' });
  const submit = el('button', { class: 'button primary big', type: 'submit', 'data-test': 'submit' }, t('submit'));
  const form = el('form', { class: 'typed stack' }, input, submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim()) send({ text: input.value.trim() });
  });
  return form;
}

function send(answer) {
  if (game.answered || !game.question) return;
  const message = answer.type ? answer : { type: 'answer', questionIndex: game.question.questionIndex, ...answer };
  game.pending = message;
  lockInputs(message);
  $('answer-state').textContent = t('sending');
  socket.send(message); // when offline, welcome after the reconnect sends it again
}

function lockInputs(message) {
  const area = $('answer-area');
  area.querySelectorAll('button, input').forEach((b) => {
    b.disabled = true;
  });
  const order = area.querySelector('.order');
  if (order) order.dataset.locked = 'true';
  if (message && message.choiceIds) {
    area.querySelectorAll('[data-choice]').forEach((b) => {
      b.setAttribute('aria-pressed', String(message.choiceIds.includes(b.dataset.choice)));
    });
  }
}

function acknowledged(m) {
  if (!game.question || m.questionIndex !== game.question.questionIndex) return;
  game.answered = true;
  lockInputs(game.pending);
  const state = $('answer-state');
  state.textContent = t('answerReceived');
  state.classList.add('received');
}

// ---- the timer: drawn from the time the server gave us; the server alone decides what is late

// ---- after the question

function result(m) {
  countdown.stop();
  const badge = $('result-badge');
  badge.className = 'result-badge';
  if (!m.answered) {
    badge.textContent = t('noAnswer');
    badge.classList.add('wrong');
  } else if (m.correct) {
    badge.textContent = `✓ ${t('correct')}`;
    badge.classList.add('right');
  } else if (m.credit > 0) {
    badge.textContent = `◐ ${t('partly')}`;
    badge.classList.add('partial');
  } else {
    badge.textContent = `✗ ${t('wrong')}`;
    badge.classList.add('wrong');
  }
  $('result-points').textContent = `+${m.points}`;
  $('result-rank').textContent = t('rankOf', m.rank, m.playerCount);
  $('result-streak').textContent = m.streak > 1 ? t('streak', m.streak) : '';
  setScore(m.score);
  const reveal = game.reveal && game.reveal.questionIndex === m.questionIndex ? game.reveal : null;
  const explanation = reveal ? pick(reveal.explanation, lang) : '';
  setRich($('result-explanation'), explanation);
  // open on every result, and not there at all when the question has no explanation
  $('result-explain').open = true;
  $('result-explain').hidden = !explanation;
  showKey($('result-correct'), reveal ? reveal.correct : null);
  show(root, 'result');
}

/** The answer key under the result: an order as a numbered list, anything else as one line. */
function showKey(box, key) {
  const q = game.question ? game.question.question : null;
  if (key && key.order && q && q.items) {
    const list = el('ol', { class: 'answer-order', 'data-test': 'result-order' });
    key.order.forEach((id) => {
      const li = el('li', { 'data-item': id });
      setRich(li, pick((q.items.find((x) => x.id === id) || {}).text, lang));
      list.append(li);
    });
    box.replaceChildren(el('span', {}, `${t('correctAnswer')}:`), list);
    return;
  }
  setRich(box, key ? `${t('correctAnswer')}: ${keyText(key)}` : '');
}

/** The answer key in words, from the question on screen. */
function keyText(key) {
  const q = game.question ? game.question.question : null;
  if (!key) return '';
  if (key.choiceIds && q && q.choices) {
    return q.choices
      .map((c, i) => (key.choiceIds.includes(c.id) ? `${choiceLook(i).letter}. ${pick(c.text, lang)}` : null))
      .filter(Boolean)
      .join('; ');
  }
  if (key.answer != null) {
    const unit = q && q.numeric ? pick(q.numeric.unit, lang) : '';
    return `${key.answer}${key.tolerance ? ' ± ' + key.tolerance : ''}${unit ? ' ' + unit : ''}`;
  }
  if (key[lang]) return key[lang].join(' / ');
  return '';
}

function standing(m) {
  $('standing-rank').textContent = t('rankOf', m.rank, m.playerCount);
  $('standing-score').textContent = t('finalScore', m.score);
  $('standing-gap').textContent = m.rank === 1 ? t('leader') : m.gapToAbove ? t('gap', m.gapToAbove) : '';
  setScore(m.score);
  show(root, 'standing');
}

function final(m) {
  countdown.stop();
  game.over = true;
  $('final-rank').textContent = t('rankOf', m.rank, m.playerCount);
  $('final-score').textContent = t('finalScore', m.score);
  $('final-correct').textContent = t('finalCorrect', m.correctCount, game.questionCount);
  setScore(m.score);
  show(root, 'final');
}

function paused(m) {
  if (root.dataset.current !== 'paused') game.pausedScreen = root.dataset.current;
  if (countdown.running) {
    game.pausedLeft = countdown.left();
    countdown.stop();
  }
  $('paused-reason').textContent = m.reason === 'host_away' ? t('pausedAway') : t('pausedHost');
  show(root, 'paused');
}

function resumed(m) {
  show(root, game.pausedScreen || 'lobby');
  if (root.dataset.current === 'question' && game.question) {
    countdown.start(countdown.total || game.question.timeLimitMillis, m.remainingMillis ?? game.pausedLeft ?? 0);
  }
}

function refused(m) {
  switch (m.code) {
    case 'nickname_taken':
    case 'nickname_invalid':
    case 'nickname_blocked':
    case 'nickname_kicked':
      return chooseNickname(t('err' + camel(m.code)));
    case 'bad_resume_token':
    case 'resume_expired':
      delete saved.resumeToken;
      remember();
      return join();
    case 'room_locked':
    case 'room_full':
    case 'game_over':
      $('ended-title').textContent = t('err' + camel(m.code));
      socket.stop();
      return show(root, 'ended');
    case 'too_late':
    case 'not_open':
      $('answer-state').textContent = t('errTooLate');
      game.pending = null;
      return;
    case 'already_answered':
      return acknowledged({ questionIndex: game.questionIndex });
    case 'already_joined':
      return;
    default:
      $('answer-state').textContent = t('errGeneric', m.message || m.code);
      if (game.pending && !game.answered) {
        // a refused answer may be corrected and sent again
        game.pending = null;
        $('answer-area').querySelectorAll('button, input').forEach((b) => {
          b.disabled = false;
        });
      }
      return;
  }
}

function camel(code) {
  return code.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

function chooseNickname(message) {
  $('nickname-error').textContent = message;
  const input = $('nickname-again');
  input.value = nickname;
  show(root, 'nickname');
  input.focus();
}

$('nickname-form').addEventListener('submit', (e) => {
  e.preventDefault();
  nickname = $('nickname-again').value.trim();
  if (!nickname) return;
  $('me').textContent = nickname;
  show(root, 'connecting');
  join();
});
