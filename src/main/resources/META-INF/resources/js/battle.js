// A battle on a phone: search for an opponent (/ws/matchmaking) or open a challenge for a friend
// (POST /api/battles/challenges), then play on /ws/battle/{id}: the question on both phones at once, the opponent's
// progress (never their answer), the reveal and both scores, then the result with both ratings, a rematch and a
// review of every question. The server is the only clock and the only judge. Names come from players: they are only
// ever set as text.
import { t, pick, choiceLook, setRich, show as showScreen, el, Countdown } from './common.js';
import { LiveSocket } from './socket.js';
import { choiceText, drawMove, reviewItems } from './battle-result.js';

const GUEST_KEY = 'quiz-arena.guest'; // the signed guest id this browser plays under (play.js keeps the same one)
const NICKNAME_KEY = 'quiz-arena.battle.nickname';
const IN_BATTLE = new Set(['versus', 'get-ready', 'question', 'result']);

const root = document.getElementById('battle');
const lang = root.dataset.lang;
const $ = (id) => document.getElementById(id);

const state = {
  mode: root.dataset.mode,
  topic: root.dataset.topic || 'mixed', // what the player asked for; a mixed seeker may play another's topic
  nickname: root.dataset.nickname || '',
  search: null, // the matchmaking socket while searching
  socket: null, // the battle's socket
  battle: null, // the battle being played: see fresh()
};

// when time runs out before this player answered, the choices lock (the server refuses late answers anyway)
const countdown = new Countdown(() => {
  const b = state.battle;
  if (b && !b.answered) {
    lockChoices(null);
    if (!b.pending) $('answer-state').textContent = t('timeUp');
  }
});

// for the browser tests and for anyone debugging in the console
window.quizArena = {
  state,
  get socket() {
    return state.socket;
  },
};

function fresh(id) {
  return {
    id,
    playerId: null,
    kind: null,
    topic: null,
    questionCount: 0,
    you: { nickname: state.nickname, rating: null, provisional: false, score: 0 },
    opponent: { nickname: null, rating: null, provisional: false, ghost: false, joined: false, score: 0 },
    question: null, // the open question frame
    answered: false, // acknowledged by the server
    pending: null, // an answer sent, not acknowledged yet
    reveal: null,
    over: null, // the battle_over frame
    ratings: null,
    askedWho: false, // sent sync once to learn who took the other side of a challenge
    rematchAsked: false,
    rematchOffered: false,
  };
}

// ---- screens and the scoreboard

function show(name) {
  showScreen(root, name);
  const inBattle = IN_BATTLE.has(name);
  $('scoreboard').hidden = !inBattle;
  $('brand').hidden = inBattle;
  $('topic-name').hidden = inBattle;
  if (!inBattle || name === 'versus') hideAway();
}

function topicName(id) {
  if (!id || id === 'mixed') return t('mixed');
  return t('topic' + camel(id));
}

function camel(code) {
  return code
    .split(/[_-]/)
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : ''))
    .join('');
}

function opponentName() {
  return state.battle?.opponent.nickname || t('opponent');
}

function drawSides() {
  const b = state.battle;
  if (!b) return;
  $('me-name').textContent = b.you.nickname || state.nickname;
  $('me-score').textContent = String(b.you.score);
  $('opp-name').textContent = b.opponent.nickname || '…';
  $('opp-score').textContent = String(b.opponent.score);
  $('opp-ghost').hidden = !b.opponent.ghost;
  $('vs-me-name').textContent = b.you.nickname || state.nickname;
  $('vs-me-rating').textContent = b.you.rating != null ? ratingText(b.you.rating, b.you.provisional) : '';
  $('vs-opp-name').textContent = b.opponent.nickname || '…';
  $('vs-opp-ghost').hidden = !b.opponent.ghost;
  $('vs-opp-rating').textContent = b.opponent.rating != null ? ratingText(b.opponent.rating, b.opponent.provisional) : '';
  for (const explain of [$('ghost-explain'), $('ready-ghost')]) {
    explain.hidden = !(b.opponent.ghost && b.opponent.nickname);
    explain.textContent = b.opponent.ghost ? t('ghostExplain', b.opponent.nickname) : '';
  }
}

function ratingText(rating, provisional) {
  return `${t('rating')} ${rating}` + (provisional ? ` · ${t('provisional')}` : '');
}

function announce(text) {
  $('announce').textContent = text;
}

function connection(status) {
  const conn = $('conn');
  if (status === 'open') {
    conn.textContent = '';
  } else if (status === 'reconnecting') {
    conn.textContent = t('reconnecting');
  } else {
    conn.textContent = '';
  }
}

function ended(text, again = true) {
  countdown.stop();
  stopSearch();
  if (state.socket) state.socket.stop();
  $('ended-title').textContent = text;
  $('ended-again').hidden = !again;
  $('ended-again').href = newBattleHref();
  show('ended');
}

function newBattleHref() {
  const topic = state.mode === 'join' ? state.battle?.topic || 'mixed' : state.topic;
  return `/battle?topic=${encodeURIComponent(topic)}&nickname=${encodeURIComponent(state.nickname)}`;
}

function withGuest(message) {
  const guestId = localStorage.getItem(GUEST_KEY);
  if (guestId) message.guestId = guestId;
  return message;
}

function keepGuest(guestId) {
  if (guestId) localStorage.setItem(GUEST_KEY, guestId);
}

/** The key the ratings know this player by: user:<name> when signed in, else the public half of the guest id. */
function myKey() {
  if (root.dataset.user) return `user:${root.dataset.user}`;
  const guest = localStorage.getItem(GUEST_KEY);
  if (!guest) return null;
  const dot = guest.lastIndexOf('.');
  return `guest:${dot > 0 ? guest.slice(0, dot) : guest}`;
}

// ---- the start: a nickname, then searching, a challenge, or a battle by id

function start() {
  if (root.dataset.error) {
    $('ended-title').textContent = root.dataset.error;
    show('ended');
    return;
  }
  if (!state.nickname) {
    askNickname('');
    return;
  }
  localStorage.setItem(NICKNAME_KEY, state.nickname);
  if (state.mode === 'join') {
    enter(root.dataset.battle, null);
  } else if (state.mode === 'challenge') {
    openChallenge();
  } else {
    seek();
  }
}

function askNickname(error) {
  countdown.stop();
  $('nickname-error').textContent = error;
  $('invite').hidden = !(state.mode === 'join' && root.dataset.code);
  const input = $('nickname-input');
  input.value = state.nickname || localStorage.getItem(NICKNAME_KEY) || '';
  show('nickname');
  input.focus();
}

$('nickname-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const nickname = $('nickname-input').value.trim();
  if (!nickname) return;
  state.nickname = nickname;
  localStorage.setItem(NICKNAME_KEY, nickname);
  if (state.socket && state.socket.open) {
    // the battle refused the nickname: try again on the same socket
    show('connecting');
    joinBattle();
  } else {
    start();
  }
});

// ---- searching

function seek() {
  stopSearch();
  show('searching');
  $('search-topic').textContent = topicName(state.topic);
  $('search-rating').textContent = '';
  $('ghost-note').textContent = '';
  const since = Date.now();
  const elapsed = () => {
    $('search-elapsed').textContent = t('searchingFor', Math.floor((Date.now() - since) / 1000));
  };
  elapsed();
  state.elapsedTimer = setInterval(elapsed, 1000);
  const socket = new LiveSocket('/ws/matchmaking', {
    // after a drop the old socket's close takes the player out of the queue; this one searches again
    onOpen: () => socket.send(withGuest({ type: 'seek', topic: state.topic, nickname: state.nickname })),
    onMessage: (m) => {
      if (socket === state.search) searching(m);
    },
    onStatus: (status) => {
      if (socket === state.search) connection(status);
    },
  });
  state.search = socket;
  socket.connect();
}

function stopSearch() {
  clearInterval(state.elapsedTimer);
  if (state.search) {
    state.search.stop();
    state.search = null;
  }
}

function searching(m) {
  switch (m.type) {
    case 'searching':
      keepGuest(m.guestId);
      $('search-rating').textContent = t('yourRating', m.rating) + (m.provisional ? ` (${t('provisional')})` : '');
      $('ghost-note').textContent = t('ghostNote', m.ghostAfterSeconds);
      return;
    case 'matched':
      stopSearch();
      enter(m.battleId, m.opponent || null);
      return;
    case 'search_cancelled':
      stopSearch();
      show('cancelled');
      return;
    case 'error':
      return searchRefused(m);
    default:
  }
}

function searchRefused(m) {
  switch (m.code) {
    case 'already_queued':
      if (state.search && state.search.connections > 1) {
        // came back before the server noticed the old socket had gone: ask again in a moment
        setTimeout(() => state.search?.send(withGuest({ type: 'seek', topic: state.topic, nickname: state.nickname })), 1000);
        return;
      }
      return ended(t('errAlreadyQueued'), false);
    case 'nickname_invalid':
    case 'nickname_blocked':
      stopSearch();
      return askNickname(t('err' + camel(m.code)));
    default:
      return ended(t('errGeneric', m.message || m.code));
  }
}

$('cancel-search').addEventListener('click', () => {
  if (state.search && state.search.open) {
    state.search.send({ type: 'cancel' }); // search_cancelled follows
  } else {
    stopSearch(); // closing the socket takes the player out of the queue
    show('cancelled');
  }
});

$('search-again').addEventListener('click', () => seek());

// ---- a challenge for a friend

async function openChallenge() {
  show('connecting');
  let response;
  try {
    response = await fetch('/api/battles/challenges', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(withGuest({ topic: state.topic, nickname: state.nickname })),
    });
  } catch (e) {
    return ended(t('errGeneric', e.message));
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const nickname = (problem.errors || []).find((v) => v.field === '/nickname');
    if (nickname) return askNickname(t(nickname.message === 'nickname_blocked' ? 'errNicknameBlocked' : 'errNicknameInvalid'));
    return ended(t('errGeneric', problem.detail || response.status));
  }
  const challenge = await response.json();
  keepGuest(challenge.guestId);
  enter(challenge.battleId, null);
  showChallenge(challenge.code);
}

function showChallenge(code) {
  const link = `${location.origin}/battle/c/${code}`;
  $('challenge-code').textContent = code;
  $('challenge-link').value = link;
  $('share-link').hidden = typeof navigator.share !== 'function';
  show('challenge');
}

$('copy-link').addEventListener('click', async () => {
  const box = $('challenge-link');
  try {
    await navigator.clipboard.writeText(box.value);
  } catch (e) {
    box.select(); // no clipboard (a page not served over https): the link is selected for the reader to copy
    document.execCommand?.('copy');
  }
  $('copy-state').textContent = t('copied');
});

$('share-link').addEventListener('click', () => {
  const code = $('challenge-code').textContent;
  navigator.share({ text: t('shareText', code), url: $('challenge-link').value }).catch(() => {});
});

// ---- the battle's socket

function enter(id, opponent) {
  if (state.socket) state.socket.stop();
  const b = fresh(id);
  state.battle = b;
  if (opponent) {
    Object.assign(b.opponent, { nickname: opponent.nickname, rating: opponent.rating ?? null, ghost: !!opponent.ghost });
  }
  // a reload joins this battle again
  history.replaceState(null, '', `/battle?battle=${encodeURIComponent(id)}&nickname=${encodeURIComponent(state.nickname)}`);
  drawSides();
  versus(opponent ? t('found') : t('connecting'));
  const socket = new LiveSocket(`/ws/battle/${encodeURIComponent(id)}`, {
    onOpen: () => joinBattle(), // again after every drop: the server gives a snapshot
    onMessage: (m) => {
      if (socket === state.socket) receive(m);
    },
    onStatus: (status, code) => {
      if (socket !== state.socket) return;
      connection(status);
      if (status === 'closed') closedBy(code);
    },
  });
  state.socket = socket;
  socket.connect();
}

function joinBattle() {
  state.socket.send(withGuest({ type: 'join', nickname: state.nickname }));
}

function versus(title) {
  $('versus-title').textContent = title;
  drawSides();
  show('versus');
}

function closedBy(code) {
  const b = state.battle;
  if (code === 4409) return ended(t('replaced'), false);
  if (b && b.over) return closedAfterTheEnd();
  ended(t('gone'));
}

function closedAfterTheEnd() {
  $('rematch').disabled = true;
  $('rematch-note').textContent = t('roomClosed');
}

function receive(m) {
  const b = state.battle;
  switch (m.type) {
    case 'welcome':
      return welcome(m);
    case 'battle_welcome':
      return battleWelcome(m);
    case 'get_ready':
      return getReady(m);
    case 'question':
      return openQuestion(m, m.timeLimitMillis);
    case 'answer_ack':
      return acknowledged(m);
    case 'opponent_answered':
      return opponentAnswered(m);
    case 'reveal':
      b.reveal = m;
      countdown.stop();
      return;
    case 'result':
      return result(m);
    case 'standings':
    case 'podium':
      return scores(m.top);
    case 'opponent_left':
      return opponentLeft(m.returnWithinSeconds);
    case 'opponent_back':
      hideAway();
      return announce(t('opponentBack', opponentName()));
    case 'battle_over':
      return over(m);
    case 'rating_changed':
      return ratingsKnown(m);
    case 'rematch_offered':
      return rematchOffered();
    case 'rematch_ready':
      return enter(m.next, b.opponent.ghost ? null : { nickname: b.opponent.nickname, ghost: false });
    case 'battle_expired':
      return ended(t('expired'));
    case 'room_closed':
      state.socket.stop();
      return b.over ? closedAfterTheEnd() : ended(t('gone'));
    case 'error':
      return refused(m);
    default:
  }
}

/** The game's snapshot: after joining, after every return, and after sync. */
function welcome(m) {
  const b = state.battle;
  b.playerId = m.playerId;
  keepGuest(m.guestId);
  if (m.nickname) b.you.nickname = m.nickname; // a nickname the opponent has too gets a mark
  b.you.score = m.you.score;
  b.questionCount = m.room.questionCount;
  drawSides();
  const current = m.current;
  if (!current) return; // battle_welcome says what the battle waits for
  if (current.type === 'get_ready') {
    getReady(current);
  } else if (current.type === 'question') {
    const mine = m.you.answeredCurrent;
    openQuestion(current, m.remainingMillis ?? 0, mine);
    if (!mine && b.pending && b.pending.questionIndex === current.questionIndex) {
      state.socket.send(b.pending); // dropped before the answer was acknowledged: send it again
    }
  } else if (current.type === 'reveal' || current.type === 'standings') {
    const index = current.questionIndex;
    const own = (m.you.answers || []).find((a) => a.questionIndex === index);
    if (current.type === 'reveal') b.reveal = current;
    result({ questionIndex: index, answered: !!own, correct: !!own?.correct, points: own ? own.points : 0, score: m.you.score });
    if (current.top) scores(current.top);
  } else if (current.type === 'podium') {
    scores(current.top); // battle_over follows
  }
}

/** Who is who; sent after the game's snapshot. */
function battleWelcome(m) {
  const b = state.battle;
  b.kind = m.kind;
  b.topic = m.topic;
  b.questionCount = m.questionCount;
  Object.assign(b.you, { nickname: m.you.nickname, rating: m.you.rating, provisional: m.you.provisional });
  const o = m.opponent;
  b.opponent.joined = o.joined;
  b.opponent.ghost = o.ghost;
  if (o.nickname) Object.assign(b.opponent, { nickname: o.nickname, rating: o.rating, provisional: !!o.provisional });
  $('topic-name').textContent = topicName(m.topic);
  drawSides();
  if (m.status === 'waiting') {
    if (m.kind === 'challenge' && !o.joined && m.code) {
      showChallenge(m.code);
    } else {
      versus(o.joined ? t('found') : t('waitingOpponent'));
    }
  } else if (m.status === 'expired') {
    ended(t('expired'));
  }
  // playing: the game's snapshot already shows where it is; finished or aborted: battle_over follows
}

// ---- a question

function getReady(m) {
  const b = state.battle;
  countdown.stop();
  hideOpponentAnswered();
  if (!b.opponent.nickname && !b.askedWho) {
    // a challenge's creator hears no frame when the friend takes the other side: ask who it is
    b.askedWho = true;
    state.socket.send({ type: 'sync' });
  }
  b.questionCount = m.questionCount || b.questionCount;
  $('ready-index').textContent = t('questionOf', m.questionIndex + 1, b.questionCount);
  const count = $('ready-count');
  let left = m.seconds ?? 3;
  count.textContent = left > 0 ? String(left) : '';
  clearInterval(state.readyTimer);
  state.readyTimer = setInterval(() => {
    left--;
    count.textContent = left > 0 ? String(left) : '';
    if (left <= 0) clearInterval(state.readyTimer);
  }, 1000);
  show('get-ready');
}

function openQuestion(m, remainingMillis, alreadyAnswered = false) {
  const b = state.battle;
  clearInterval(state.readyTimer);
  const freshQuestion = b.question == null || b.question.questionIndex !== m.questionIndex;
  b.question = m;
  b.answered = alreadyAnswered;
  if (freshQuestion) {
    b.pending = null;
    hideOpponentAnswered();
  }
  b.questionCount = m.questionCount || b.questionCount;
  $('q-index').textContent = t('questionOf', m.questionIndex + 1, b.questionCount);
  const text = $('q-text');
  text.dataset.questionId = m.question.id;
  setRich(text, pick(m.question.text, lang));
  const answerState = $('answer-state');
  answerState.textContent = '';
  answerState.classList.remove('received');
  const area = $('answer-area');
  area.replaceChildren(...(m.question.choices || []).map((c, i) => choiceButton(c, i)));
  if (alreadyAnswered) acknowledged({ questionIndex: m.questionIndex });
  countdown.start(m.timeLimitMillis, remainingMillis);
  show('question');
}

function choiceButton(choice, index) {
  const look = choiceLook(index);
  const text = choiceText(choice, lang);
  const label = el('span', { class: 'label' });
  setRich(label, text);
  const button = el(
    'button',
    { type: 'button', class: `choice ${look.css}`, 'data-choice': choice.id, 'data-test': 'choice', 'aria-label': `${look.letter}: ${text}` },
    el('span', { class: 'shape', 'aria-hidden': 'true' }, look.shape),
    el('span', { class: 'letter', 'aria-hidden': 'true' }, look.letter),
    label,
  );
  button.addEventListener('click', () => answer([choice.id]));
  return button;
}

function answer(choiceIds) {
  const b = state.battle;
  if (b.answered || b.pending || !b.question) return;
  const message = { type: 'answer', questionIndex: b.question.questionIndex, choiceIds };
  b.pending = message;
  lockChoices(message);
  $('answer-state').textContent = t('sending');
  state.socket.send(message); // when offline, the snapshot after the reconnect sends it again
}

function lockChoices(message) {
  $('answer-area')
    .querySelectorAll('button')
    .forEach((button) => {
      button.disabled = true;
      if (message) button.setAttribute('aria-pressed', String(message.choiceIds.includes(button.dataset.choice)));
    });
}

function acknowledged(m) {
  const b = state.battle;
  if (!b.question || m.questionIndex !== b.question.questionIndex) return;
  b.answered = true;
  lockChoices(b.pending);
  const answerState = $('answer-state');
  answerState.textContent = t('answerReceived');
  answerState.classList.add('received');
}

function opponentAnswered(m) {
  const b = state.battle;
  if (m.playerId === b.playerId) return;
  if (b.question && m.questionIndex !== b.question.questionIndex) return;
  $('opp-state').textContent = `✓ ${t('opponentAnswered')}`;
  $('opp-flag').classList.add('on');
}

function hideOpponentAnswered() {
  $('opp-state').textContent = '';
  $('opp-flag').classList.remove('on'); // its room is kept, so the scoreboard does not jump
}

// ---- after a question

function result(m) {
  const b = state.battle;
  countdown.stop();
  hideOpponentAnswered();
  const badge = $('result-badge');
  badge.className = 'result-badge';
  if (!m.answered) {
    badge.textContent = t('noAnswer');
    badge.classList.add('wrong');
  } else if (m.correct) {
    badge.textContent = `✓ ${t('correct')}`;
    badge.classList.add('right');
  } else {
    badge.textContent = `✗ ${t('wrong')}`;
    badge.classList.add('wrong');
  }
  $('result-points').textContent = `+${m.points}`;
  b.you.score = m.score;
  drawSides();
  const reveal = b.reveal && b.reveal.questionIndex === m.questionIndex ? b.reveal : null;
  const key = reveal ? keyText(reveal.correct, b.question) : '';
  setRich($('result-correct'), key ? `${t('correctAnswer')}: ${key}` : '');
  const explanation = reveal ? pick(reveal.explanation, lang) : '';
  setRich($('result-explanation'), explanation);
  $('result-explain').hidden = !explanation;
  $('lead').textContent = '';
  show('result');
}

/** The answer key in words, from the question on screen. */
function keyText(key, frame) {
  const q = frame && key && key.choiceIds ? frame.question : null;
  if (!q || !q.choices) return '';
  return q.choices
    .map((c, i) => (key.choiceIds.includes(c.id) ? `${choiceLook(i).letter}. ${choiceText(c, lang)}` : null))
    .filter(Boolean)
    .join('; ');
}

/** Both scores, from the standings (or the podium): the top list has both sides. */
function scores(top) {
  const b = state.battle;
  if (!top || !top.length) return;
  const isMine = (r) => (b.playerId ? r.playerId === b.playerId : r.nickname === b.you.nickname);
  const mine = top.find(isMine);
  const theirs = top.find((r) => !isMine(r));
  if (mine) b.you.score = mine.score;
  if (theirs) {
    b.opponent.score = theirs.score;
    if (!b.opponent.nickname) b.opponent.nickname = theirs.nickname;
  }
  drawSides();
  const gap = b.you.score - b.opponent.score;
  $('lead').textContent = gap > 0 ? t('leading', gap) : gap < 0 ? t('trailing', -gap) : t('level');
}

// ---- the opponent away

function opponentLeft(seconds) {
  const banner = $('away');
  clearInterval(state.awayTimer);
  const deadline = Date.now() + seconds * 1000;
  const draw = () => {
    const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    banner.textContent = t('opponentLeft', opponentName(), left);
    if (left <= 0) clearInterval(state.awayTimer);
  };
  draw();
  banner.hidden = false;
  announce(t('opponentLeft', opponentName(), seconds)); // once: the banner counts down silently
  state.awayTimer = setInterval(draw, 1000);
}

function hideAway() {
  clearInterval(state.awayTimer);
  $('away').hidden = true;
}

// ---- the end

function over(m) {
  const b = state.battle;
  countdown.stop();
  clearInterval(state.readyTimer);
  hideAway();
  b.over = m;
  b.you.score = m.you.score;
  b.opponent.score = m.opponent.score;
  b.opponent.ghost = m.opponent.ghost;
  if (m.opponent.nickname) b.opponent.nickname = m.opponent.nickname;
  const title = $('over-title');
  title.className = `over-title ${m.outcome}`;
  title.textContent = { win: t('win'), loss: t('loss'), draw: t('draw'), aborted: t('aborted') }[m.outcome] || m.outcome;
  let detail = '';
  if (m.outcome === 'aborted') detail = t('abortedText');
  else if (m.opponent.forfeited) detail = t('opponentForfeited', m.opponent.nickname);
  else if (m.you.forfeited) detail = t('youForfeited');
  else if (m.opponent.ghost) detail = t('ghostExplain', m.opponent.nickname);
  $('over-detail').textContent = detail;
  $('final-me-name').textContent = m.you.nickname;
  $('final-me-score').textContent = String(m.you.score);
  $('final-opp-name').textContent = m.opponent.nickname;
  $('final-opp-score').textContent = String(m.opponent.score);
  $('final-opp-ghost').hidden = !m.opponent.ghost;
  drawRatings();
  const rematch = $('rematch');
  rematch.textContent = t('rematch');
  rematch.disabled = m.outcome === 'aborted' || b.rematchAsked;
  rematch.hidden = m.outcome === 'aborted';
  $('rematch-note').textContent = '';
  $('new-battle').href = newBattleHref();
  const key = myKey();
  const mine = $('my-battles');
  mine.hidden = !key;
  if (key) mine.href = `/players/${encodeURIComponent(key)}/battles`;
  $('review').replaceChildren(...reviewItems(m.review || [], b.opponent.nickname || t('opponent'), lang));
  show('over');
  title.focus();
  if (m.outcome !== 'aborted') ratingsFromHistory(b.id, 1);
}

function ratingsKnown(m) {
  const b = state.battle;
  b.ratings = m;
  drawRatings();
}

function drawRatings() {
  const b = state.battle;
  const aborted = b.over && b.over.outcome === 'aborted';
  const me = $('final-me-rating');
  const them = $('final-opp-rating');
  if (aborted) {
    me.textContent = t('notRated');
    them.textContent = t('notRated');
  } else if (!b.ratings) {
    me.textContent = t('ratingPending');
    them.textContent = t('ratingPending');
  } else {
    drawMove(me, b.ratings.you, false);
    drawMove(them, b.ratings.opponent, b.opponent.ghost);
  }
  me.classList.toggle('pending', !aborted && !b.ratings);
  them.classList.toggle('pending', !aborted && !b.ratings);
}

/**
 * rating_changed comes to whoever is connected when the ratings are known, and again to a page that comes back while
 * the battle is still held (a reload on the result screen); a page that comes back later, or whose ratings are late,
 * reads its own change from the player's battles instead.
 */
function ratingsFromHistory(id, attempt) {
  setTimeout(async () => {
    const b = state.battle;
    const key = myKey();
    if (!b || b.id !== id || b.ratings || !key) return;
    try {
      const response = await fetch(`/api/battles/players/${encodeURIComponent(key)}/battles?limit=10`);
      const past = response.ok ? (await response.json()).find((p) => p.battleId === id) : null;
      if (past && past.ratingBefore != null && !state.battle.ratings && state.battle.id === id) {
        const change = past.ratingAfter - past.ratingBefore;
        drawMove($('final-me-rating'), { before: past.ratingBefore, after: past.ratingAfter, change, counted: true }, false);
        const them = $('final-opp-rating'); // only the player's own battles are listed: the other change stays unsaid
        if (them.classList.contains('pending')) {
          them.classList.remove('pending');
          them.textContent = '';
        }
        return;
      }
    } catch (e) {
      // the next attempt may do better
    }
    if (attempt < 4) {
      ratingsFromHistory(id, attempt + 1);
    } else if (!state.battle.ratings && state.battle.id === id) {
      // the projection is late (its broker may be away): say so rather than count for ever
      for (const cell of [$('final-me-rating'), $('final-opp-rating')]) {
        if (cell.classList.contains('pending')) cell.textContent = t('ratingLater');
      }
    }
  }, 5000 * attempt);
}

$('rematch').addEventListener('click', () => {
  const b = state.battle;
  if (!b || !b.over || b.rematchAsked) return;
  b.rematchAsked = true;
  $('rematch').disabled = true;
  state.socket.send({ type: 'rematch' }); // rematch_ready follows once both asked (at once against a ghost)
  if (!b.rematchOffered && !b.opponent.ghost) $('rematch-note').textContent = t('rematchWaiting', opponentName());
});

function rematchOffered() {
  const b = state.battle;
  b.rematchOffered = true;
  $('rematch-note').textContent = t('rematchOffered', opponentName());
  if (!b.rematchAsked) $('rematch').textContent = t('rematchAccept');
}

// ---- refusals

function refused(m) {
  const b = state.battle;
  switch (m.code) {
    case 'nickname_invalid':
    case 'nickname_blocked':
      return askNickname(t('err' + camel(m.code)));
    case 'too_late':
    case 'not_open':
      $('answer-state').textContent = t('errTooLate');
      b.pending = null;
      return;
    case 'already_answered':
      return acknowledged({ questionIndex: b.question ? b.question.questionIndex : -1 });
    case 'not_your_battle':
      return ended(t('errNotYourBattle'));
    case 'battle_full':
      return ended(t('errBattleFull'));
    case 'battle_over':
      return ended(t('gone'));
    case 'no_rematch':
    case 'not_now':
      $('rematch-note').textContent = m.code === 'no_rematch' ? t('errNoRematch') : t('errGeneric', m.message || m.code);
      return;
    default:
      $('answer-state').textContent = t('errGeneric', m.message || m.code);
      if (b.pending && !b.answered) {
        // a refused answer may be given again
        b.pending = null;
        $('answer-area')
          .querySelectorAll('button')
          .forEach((button) => {
            button.disabled = false;
            button.removeAttribute('aria-pressed');
          });
      }
  }
}

start();
