// The host's big screen, or with ?view=remote the phone controls: /ws/host/{pin} with the host token host-lobby.js
// kept when this browser opened the room, or else with the screen pass the server gives the room's owner on any device
// (docs/adr/0019). The seat holds one screen and one remote at once; both hear everything and either may command.
import { t, pick, choiceLook, setRich, show, el, Countdown, preferRoomServer } from './common.js';
import { LiveSocket } from './socket.js';

const countdown = new Countdown();

/**
 * The pacing commands that do something on each screen (see game/PacingCommands); the bar shows only these, so a
 * host never presses a button that does nothing. Full screen always applies.
 */
const COMMANDS_ON = {
  'get-ready': ['pause', 'skip', 'end'],
  question: ['pause', 'skip', 'end'],
  reveal: ['next', 'pause', 'end'],
  standings: ['next', 'pause', 'end'],
  paused: ['pause', 'end'],
};
/** The remote also starts and locks from its bar: on a phone the lobby's own buttons are out of thumb reach. */
const REMOTE_COMMANDS_ON = { ...COMMANDS_ON, lobby: ['start', 'lock'] };
/** Commands whose shortcut does nothing while their button is hidden (start and lock live beside the players). */
const BAR_COMMANDS = ['next', 'pause', 'skip', 'end'];

const root = document.getElementById('host');
const pin = root.dataset.pin;
const lang = root.dataset.lang;
const $ = (id) => document.getElementById(id);
const view = root.dataset.view === 'remote' ? 'remote' : 'screen';

const game = {
  players: new Map(), // playerId -> nickname
  count: 0,
  questionCount: 0,
  question: null,
  timer: null,
  deadline: 0,
  total: 0,
  paused: false,
  locked: false,
  state: 'LOBBY',
  announced: new Set(),
};

let socket = null;
connect();

async function connect() {
  const token = localStorage.getItem(`quiz-arena.host.${pin}`) || (await screenPass());
  if (!token) return;
  preferRoomServer(pin);
  socket = new LiveSocket(`/ws/host/${pin}`, {
    onOpen: () => socket.send({ type: 'hello', hostToken: token, view }),
    onMessage: receive,
    onStatus: connection,
  });
  window.quizArena = { socket, game };
  socket.connect();
}

/** On a device that did not open the room: the owner's screen pass; null, with the reason on screen, otherwise. */
async function screenPass() {
  let response = null;
  try {
    response = await fetch(`/api/rooms/${pin}/screen`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'same-origin',
      body: '{}',
    });
  } catch (e) {
    response = null;
  }
  if (response && response.ok) {
    const pass = await response.json().catch(() => ({}));
    if (pass.hostToken) return pass.hostToken;
  }
  const status = response ? response.status : 0;
  $('no-token-title').textContent = t(status === 403 ? 'notOwner' : status === 404 ? 'noRoom' : 'passFailed');
  screen('no-token');
  return null;
}

/** Shows a screen and the controls that apply on it. */
function screen(name) {
  show(root, name);
  const applies = (view === 'remote' ? REMOTE_COMMANDS_ON : COMMANDS_ON)[name] || [];
  root.querySelectorAll('.host-controls [data-command]').forEach((b) => {
    if (b.dataset.command !== 'fullscreen') b.hidden = !applies.includes(b.dataset.command);
  });
}

function command(type) {
  if (!socket) return;
  // a shortcut for a control that is hidden here does nothing either
  if (BAR_COMMANDS.includes(type) && root.querySelector(`.host-controls [data-command="${type}"]`)?.hidden) return;
  if (type === 'fullscreen') {
    if (document.fullscreenElement) document.exitFullscreen();
    else document.documentElement.requestFullscreen?.().catch(() => {});
    return;
  }
  if (type === 'pause') type = game.paused ? 'resume' : 'pause';
  if (type === 'lock') type = game.locked ? 'unlock' : 'lock';
  if (type === 'end' && !window.confirm(t('confirmEnd'))) return;
  $('host-error').textContent = '';
  socket.send({ type });
}

root.querySelectorAll('[data-command]').forEach((b) => b.addEventListener('click', () => command(b.dataset.command)));

// keyboard shortcuts, so a host with a clicker or a laptop never reaches for the mouse
document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || e.target.closest('input, textarea, select')) return;
  const key = e.key.toLowerCase();
  const map = { s: 'start', n: 'next', arrowright: 'next', p: 'pause', k: 'skip', e: 'end', l: 'lock', f: 'fullscreen' };
  if (map[key]) {
    e.preventDefault();
    command(map[key]);
  }
});

function connection(state, code) {
  const conn = $('conn');
  if (state === 'open') {
    conn.textContent = '';
  } else if (state === 'reconnecting') {
    conn.textContent = t('reconnecting');
  } else if (state === 'closed') {
    conn.textContent = '';
    countdown.stop();
    const reason = { 4403: 'badToken', 4404: 'noRoom', 4409: 'replaced' }[code] || 'roomClosed';
    if (reason === 'roomClosed' && game.state === 'PODIUM') return;
    $('ended-title').textContent = t(reason);
    screen('ended');
  }
}

function receive(m) {
  switch (m.type) {
    case 'host_welcome':
      return welcome(m);
    case 'players':
      return players(m);
    case 'answer_count':
      $('answered').textContent = String(m.answered);
      $('connected').textContent = String(m.connected);
      return;
    case 'get_ready':
      return getReady(m);
    case 'question':
      return question(m, m.timeLimitMillis);
    case 'reveal':
      return reveal(m);
    case 'standings':
      return standings(m);
    case 'podium':
      return podium(m);
    case 'paused':
      return paused(true);
    case 'resumed':
      paused(false);
      if (game.state === 'QUESTION_OPEN') countdown.start(countdown.total, m.remainingMillis);
      return;
    case 'skipped':
      countdown.stop();
      return;
    case 'locked':
    case 'unlocked':
      game.locked = m.type === 'locked';
      lockLabels();
      return;
    case 'host_views':
      return views(m.views || []);
    case 'game_saved':
      $('results-link').href = `/results/${m.gameId}`;
      $('results-link-box').hidden = false;
      return;
    case 'room_closed':
      socket.stop();
      return connection('closed', 1000);
    case 'error':
      $('host-error').textContent = m.message || m.code;
      return;
    default:
      return;
  }
}

function welcome(m) {
  // the page shows the link at its own address (docs/adr/0016); the socket's is the one the room was opened from
  const link = $('join-url').textContent.trim() || m.joinUrl;
  $('join-url').replaceChildren(...breakable(link));
  $('quiz-title').textContent = pick(m.room.quizTitle, lang);
  game.questionCount = m.room.questionCount;
  game.locked = m.room.locked;
  lockLabels();
  game.players = new Map(m.players.map((p) => [p.playerId, p.nickname]));
  game.count = m.room.playerCount;
  drawPlayers();
  const current = m.current;
  game.state = m.room.state;
  if (!current) screen('lobby');
  else if (current.type === 'get_ready') getReady(current);
  else if (current.type === 'question') question(current, current.timeLimitMillis);
  else if (current.type === 'reveal') reveal(current);
  else if (current.type === 'standings') standings(current);
  else if (current.type === 'podium') podium(current);
  if (m.answered != null) $('answered').textContent = String(m.answered);
  paused(m.room.paused);
}

/** Lock or Unlock on both lock buttons (the lobby's and the remote's bar). */
function lockLabels() {
  root.querySelectorAll('[data-command="lock"]').forEach((b) => {
    b.firstChild.textContent = `${t(game.locked ? 'unlock' : 'lock')} `;
  });
}

/** Which of the host's connections are on: the remote says whether the projector is, the screen when a phone is. */
function views(seated) {
  const line = $('host-views');
  if (view === 'remote') line.textContent = t(seated.includes('screen') ? 'screenOn' : 'screenOff');
  else line.textContent = seated.includes('remote') ? t('remoteOn') : '';
  line.dataset.views = seated.join(' ');
}

/** A link that may wrap after a slash or before its query, never in the middle of the PIN. */
function breakable(url) {
  return String(url ?? '')
    .split(/(?<=\/)|(?=\?)/)
    .flatMap((part, i) => (i === 0 ? [part] : [document.createElement('wbr'), part]));
}

function players(m) {
  m.joined.forEach((p) => game.players.set(p.playerId, p.nickname));
  game.count = m.count;
  drawPlayers(new Set(m.left));
}

function drawPlayers(left = new Set()) {
  $('player-count').textContent = String(game.count);
  $('lobby-count').textContent = String(game.count);
  $('connected').textContent = String(game.count);
  const list = $('nicknames');
  list.replaceChildren(
    ...[...game.players.entries()].slice(-200).map(([id, name]) => el('li', { class: left.has(id) ? 'gone' : null, 'data-player': id }, name)),
  );
}

function progress(index) {
  $('host-progress').textContent = index >= 0 ? t('questionOf', index + 1, game.questionCount) : '';
}

function getReady(m) {
  game.state = 'GET_READY';
  countdown.stop();
  game.questionCount = m.questionCount;
  progress(m.questionIndex);
  $('ready-index').textContent = t('questionOf', m.questionIndex + 1, m.questionCount);
  let left = m.seconds ?? 3;
  $('ready-count').textContent = String(left);
  clearInterval(game.readyTimer);
  game.readyTimer = setInterval(() => {
    left--;
    $('ready-count').textContent = left > 0 ? String(left) : '';
    if (left <= 0) clearInterval(game.readyTimer);
  }, 1000);
  screen('get-ready');
}

function question(m, remaining) {
  game.state = 'QUESTION_OPEN';
  clearInterval(game.readyTimer);
  game.question = m;
  progress(m.questionIndex);
  $('q-index').textContent = t('questionOf', m.questionIndex + 1, m.questionCount);
  setRich($('q-text'), pick(m.question.text, lang));
  $('answered').textContent = '0';
  const body = $('q-body');
  body.className = 'host-choices';
  body.replaceChildren();
  const q = m.question;
  if (q.choices) {
    body.classList.add('choices');
    q.choices.forEach((c, i) => body.append(choiceTile(c, i)));
  } else if (q.items) {
    const list = el('ol');
    q.items.forEach((it) => {
      const li = el('li');
      setRich(li, pick(it.text, lang));
      list.append(li);
    });
    body.append(list);
  } else if (q.numeric) {
    const unit = pick(q.numeric.unit, lang);
    body.append(el('p', { class: 'hint-line' }, `${q.numeric.min} – ${q.numeric.max}${unit ? ' ' + unit : ''}`));
  }
  countdown.start(m.timeLimitMillis, remaining);
  screen('question');
}

function choiceTile(c, i) {
  const look = choiceLook(i);
  const label = el('span', { class: 'label' });
  setRich(label, pick(c.text, lang) || t(c.id));
  return el(
    'div',
    { class: `choice ${look.css}`, 'data-choice': c.id },
    el('span', { class: 'shape', 'aria-hidden': 'true' }, look.shape),
    el('span', { class: 'letter' }, look.letter),
    label,
  );
}

function reveal(m) {
  game.state = 'REVEAL';
  countdown.stop();
  const q = game.question && game.question.questionIndex === m.questionIndex ? game.question.question : null;
  $('reveal-index').textContent = t('questionOf', m.questionIndex + 1, game.questionCount);
  setRich($('reveal-text'), q ? pick(q.text, lang) : '');
  const chart = $('chart');
  chart.replaceChildren();
  const distribution = m.distribution || {};
  const ids = Object.keys(distribution);
  chart.classList.toggle('many', ids.length > 3); // four to six choices: two columns on a wide screen
  const max = Math.max(1, ...Object.values(distribution));
  ids.forEach((id, i) => {
    const look = choiceLook(i);
    const choice = q && q.choices ? q.choices.find((c) => c.id === id) : null;
    const right = m.correct.choiceIds && m.correct.choiceIds.includes(id);
    const count = distribution[id];
    const label = el('span', { class: 'text' });
    setRich(label, choice ? pick(choice.text, lang) || t(id) : id);
    chart.append(
      el(
        'div',
        { class: `bar-row ${right ? 'right' : 'not'}`, 'data-choice': id, 'data-count': count, 'data-correct': String(!!right) },
        el('div', { class: 'bar-label' }, el('span', { class: 'shape', 'aria-hidden': 'true' }, look.shape), el('span', { class: 'letter' }, `${look.letter}.`), label, right ? el('span', { class: 'verdict' }, `✓ ${t('correct')}`) : null),
        el('div', { class: 'bar-track' }, el('div', { class: `bar ${look.css}`, style: `width:${(100 * count) / max}%` })),
        el('span', { class: 'bar-count' }, String(count)),
      ),
    );
  });
  if (m.correct.order && q && q.items) $('reveal-key').replaceChildren(el('span', {}, `${t('correctAnswer')}:`), orderList(m.correct.order, q));
  else setRich($('reveal-key'), keyText(m.correct, q));
  $('reveal-stats').textContent = `${t('answeredOf', m.answered, m.playerCount)} · ${t('correct')}: ${m.correctCount}`;
  setRich($('reveal-explanation'), pick(m.explanation, lang));
  screen('reveal');
}

/** The right order, one numbered line per item (numbers as text, so the list reads the same when copied). */
function orderList(order, q) {
  return el(
    'ol',
    { class: 'key-order' },
    ...order.map((id, i) => {
      const text = el('span');
      setRich(text, pick((q.items.find((x) => x.id === id) || {}).text, lang));
      return el('li', { 'data-item': id }, el('span', { class: 'n' }, `${i + 1}. `), text);
    }),
  );
}

function keyText(key, q) {
  if (key.choiceIds) return '';
  if (key.order) {
    return `${t('correctAnswer')}: ` + key.order.map((id, i) => `${i + 1}. ${q ? pick((q.items.find((x) => x.id === id) || {}).text, lang) : id}`).join('   ');
  }
  if (key.answer != null) {
    const unit = q && q.numeric ? pick(q.numeric.unit, lang) : '';
    return `${t('correctAnswer')}: ${key.answer}${key.tolerance ? ` (${t('tolerance')} ± ${key.tolerance})` : ''}${unit ? ' ' + unit : ''}`;
  }
  const accepted = key[lang] || key.en || [];
  return `${t('accepted')}: ${accepted.join(' / ')}`;
}

function rankRow(p) {
  return el('li', { 'data-rank': p.rank }, el('span', { class: 'r' }, `${p.rank}.`), el('span', { class: 'n' }, p.nickname), el('span', { class: 's' }, `${p.score} ${t('points')}`));
}

function standings(m) {
  game.state = 'STANDINGS';
  $('standings-list').replaceChildren(...m.top.map(rankRow));
  teamScores('standings-teams', m.teams);
  screen('standings');
}

/** A team room (or players with team codes): each team's mean, best first. */
function teamScores(listId, teams) {
  const list = $(listId);
  list.parentElement.hidden = !teams || teams.length === 0;
  if (!teams) return;
  list.replaceChildren(
    ...teams.map((team) =>
      el('li', { 'data-rank': team.rank, 'data-team': team.team },
        el('span', { class: 'r' }, `${team.rank}.`),
        el('span', { class: 'n' }, `${team.team} · ${t('teamMembers', team.members)}`),
        el('span', { class: 's', 'data-test': 'team-score' }, `${team.score} ${t('points')}`)),
    ),
  );
}

function podium(m) {
  game.state = 'PODIUM';
  countdown.stop();
  progress(-1);
  const steps = m.top.slice(0, 3).map((p, i) =>
    el('div', { class: `step p${i + 1}`, 'data-place': i + 1, 'data-test': 'podium-step' }, el('div', { class: 'name' }, p.nickname), el('div', { class: 'pts' }, `${p.score} ${t('points')}`), el('div', { class: 'block' }, String(p.rank))),
  );
  $('podium').replaceChildren(...steps);
  $('podium-rest').replaceChildren(...m.top.slice(3).map(rankRow));
  teamScores('podium-teams', m.teams);
  screen('podium');
}

function paused(isPaused) {
  game.paused = isPaused;
  $('pause-button').firstChild.textContent = `${t(isPaused ? 'resume' : 'pause')} `;
  if (isPaused) {
    game.beforePause = root.dataset.current;
    countdown.stop();
    screen('paused');
  } else if (root.dataset.current === 'paused') {
    screen(game.beforePause || 'lobby');
  }
}

