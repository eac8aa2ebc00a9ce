// A leaderboard page: live updates of the first page (server-sent events), and the reader's own rank with the
// entries around it. Everything is written as text, never as HTML: names come from players.
import { t } from './common.js';

const GUEST_KEY = 'quiz-arena.guest'; // kept by play.js: the signed guest id this browser plays under
const table = document.querySelector('[data-test=board-table]');
const board = table.dataset.board;
const rowsBody = document.getElementById('board-rows');
const status = document.getElementById('live-status');
const me = myKey();

function myKey() {
  if (table.dataset.user) return `user:${table.dataset.user}`;
  const guest = localStorage.getItem(GUEST_KEY);
  if (!guest) return null;
  const dot = guest.lastIndexOf('.');
  return `guest:${dot > 0 ? guest.slice(0, dot) : guest}`; // boards show the public half only
}

// Two entries under one name carry a short tag from the server (never the player's id): "Ada #3f2a".
function nameTag(r) {
  const span = document.createElement('span');
  span.className = 'name-tag';
  span.title = t('tagHint');
  span.textContent = `#${r.tag}`;
  return span;
}

function row(r) {
  const tr = document.createElement('tr');
  tr.dataset.entrant = r.entrant;
  if (r.entrant === me) tr.classList.add('me');
  const cells = [['td', r.rank], ['th', r.name], ['td', r.points], ['td', r.correct], ['td', r.games]];
  for (const [kind, value] of cells) {
    const cell = document.createElement(kind);
    if (kind === 'th') cell.scope = 'row';
    cell.textContent = String(value);
    if (kind === 'th' && r.tag) cell.append(' ', nameTag(r));
    tr.append(cell);
  }
  return tr;
}

function markMe() {
  for (const tr of rowsBody.querySelectorAll('tr')) tr.classList.toggle('me', tr.dataset.entrant === me);
}

function follow() {
  const source = new EventSource(`/api/leaderboards/${encodeURIComponent(board)}/live?limit=${table.dataset.limit || 25}`);
  source.onmessage = (event) => {
    const page = JSON.parse(event.data);
    if (page.rows.length === 0) return;
    rowsBody.replaceChildren(...page.rows.map((r) => row(r)));
    document.querySelector('[data-test=board-empty]')?.remove();
    status.textContent = t('liveUpdated');
    showMine();
  };
  // EventSource reconnects by itself; say so while it does
  source.onerror = () => { status.textContent = t('liveReconnecting'); };
}

async function showMine() {
  if (!me || table.dataset.kind === 'teams') return;
  const response = await fetch(`/api/leaderboards/${encodeURIComponent(board)}/entrants/${encodeURIComponent(me)}?neighbours=5`);
  if (!response.ok) return; // not on this board (yet)
  const around = await response.json();
  const list = document.getElementById('me-list');
  const items = [...around.above, around.entrant, ...around.below].map((r) => {
    const li = document.createElement('li');
    li.textContent = `#${r.rank} ${r.name}`;
    if (r.tag) li.append(' ', nameTag(r));
    li.append(` · ${r.points}` + (r.entrant === me ? ` (${t('you')})` : ''));
    if (r.entrant === me) li.classList.add('me');
    return li;
  });
  list.replaceChildren(...items);
  document.getElementById('me').hidden = false;
}

markMe();
showMine();
if (table.dataset.live === 'true' && 'EventSource' in window) follow();
