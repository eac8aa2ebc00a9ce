// The training API as the self-paced pages call it (docs/training-api.md): as the signed-in user, or as this browser's
// guest (X-Guest-Id), keeping a guest id a response issues. A lost connection is retried until it comes back; the
// server's refusals come back as a Problem with its machine-readable code.

import { t } from './common.js';

const GUEST_KEY = 'quiz-arena.guest'; // the same signed guest id play.js and battle.js keep
const RETRY_MILLIS = [500, 1000, 2000, 4000, 8000];

/** A refusal of the API: problem details with a `code` (or `http_<status>` when the body has none). */
export class Problem extends Error {
  constructor(status, body) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.status = status;
    this.code = body.code || `http_${status}`;
    this.body = body;
  }
}

/**
 * Calls the API; `onLine(false)` when the connection is lost (the page says it is reconnecting) and `onLine(true)` once
 * a retry reaches the server. Servers that are away (502, 503, 504) count as a lost connection. Asking again is safe:
 * the API changes nothing on a refused answer, and a repeated answer comes back as 409 already_answered.
 */
export async function call(method, path, body, onLine = () => {}) {
  for (let attempt = 0; ; attempt++) {
    let response;
    try {
      response = await fetch(path, request(method, body));
    } catch (offline) {
      response = null;
    }
    if (response && ![502, 503, 504].includes(response.status)) {
      if (attempt > 0) onLine(true);
      return read(response);
    }
    onLine(false);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MILLIS[Math.min(attempt, RETRY_MILLIS.length - 1)]));
  }
}

function request(method, body) {
  const headers = { Accept: 'application/json' };
  const guest = localStorage.getItem(GUEST_KEY);
  if (guest) headers['X-Guest-Id'] = guest;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

async function read(response) {
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Problem(response.status, json);
  if (json && json.guestId) localStorage.setItem(GUEST_KEY, json.guestId);
  return json;
}

/** The problem's code in the player's words ("err" + the code in camel case), else a general line with the code. */
export function problemText(problem) {
  const key = 'err' + String(problem.code).split('_').map((w) => (w ? w[0].toUpperCase() + w.slice(1) : '')).join('');
  const texts = document.getElementById('i18n')?.dataset ?? {};
  return texts[key] ?? t('errGeneric', problem.code);
}
