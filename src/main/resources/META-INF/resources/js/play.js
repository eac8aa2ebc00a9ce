// The player's controller: joins (or resumes) over /ws/play/{pin}, shows each phase, sends answers.
import { t, pick, setRich, show, Countdown, preferRoomServer } from './common.js';
import { renderInputs, lockInputs, unlockInputs, showKey } from './answer-inputs.js';
import { LiveSocket } from './socket.js';

// when time runs out before this player answered, the inputs lock (the server refuses late answers anyway)
const countdown = new Countdown(() => {
  if (!game.answered) {
    lockInputs($('answer-area'), null);
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
  renderInputs($('answer-area'), m.question, lang, send);
  if (alreadyAnswered) acknowledged({ questionIndex: m.questionIndex });
  countdown.start(m.timeLimitMillis, remainingMillis);
  show(root, 'question');
}

function send(answer) {
  if (game.answered || !game.question) return;
  const message = answer.type ? answer : { type: 'answer', questionIndex: game.question.questionIndex, ...answer };
  game.pending = message;
  lockInputs($('answer-area'), message);
  $('answer-state').textContent = t('sending');
  socket.send(message); // when offline, welcome after the reconnect sends it again
}

function acknowledged(m) {
  if (!game.question || m.questionIndex !== game.question.questionIndex) return;
  game.answered = true;
  lockInputs($('answer-area'), game.pending);
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
  showKey($('result-correct'), game.question ? game.question.question : null, reveal ? reveal.correct : null, lang);
  show(root, 'result');
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
  if (m.gameId) {
    // the saved game's review of this player's own answers (the final frame names the game once it is saved)
    $('final-review').href = `/games/${encodeURIComponent(m.gameId)}/review`;
    $('final-review').hidden = false;
  }
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
        unlockInputs($('answer-area'));
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
