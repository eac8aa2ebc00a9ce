// An assignment's share page: its link with a copy button, and what the team will find there, from
// GET /api/assignments/{id} (docs/training-api.md). The QR code is an image the server draws.
import { t, pick } from './common.js';
import { api } from './problems.js';

const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
const id = document.getElementById('share').dataset.id;
const byId = (name) => document.getElementById(name);

/** The reader's local time, in their language (as on the list). */
function localTime(instant) {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant ?? '');
  return new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function fill(a) {
  const title = pick(a.title, lang);
  byId('share-title').textContent = title;
  document.title = `${title} · ${document.title}`;
  byId('share-link').href = a.link;
  byId('share-link').textContent = a.link;
  byId('fact-status').textContent = a.closed ? t('closed') : t('open');
  byId('fact-deadline').replaceChildren(Object.assign(document.createElement('time'), { dateTime: a.deadline, textContent: localTime(a.deadline) }));
  byId('fact-questions').textContent = String(a.questionCount);
  byId('fact-attempts').textContent = String(a.attemptsAllowed);
  byId('fact-explanations').textContent = a.showExplanations ? t('shown') : t('hidden');
  byId('fact-order').textContent = a.shuffle ? t('shuffled') : t('inOrder');
  byId('fact-time-limit').textContent = a.timeLimitSeconds == null ? t('noLimit') : t('seconds', a.timeLimitSeconds);
  byId('fact-scoring').textContent = a.scoring === 'SPEED' ? t('speed') : t('accuracy');
}

async function copy() {
  const link = byId('share-link');
  try {
    await navigator.clipboard.writeText(link.textContent);
    byId('share-copied').textContent = t('copied');
  } catch {
    // no clipboard (plain http on a LAN address): leave the link selected for the reader to copy
    getSelection().selectAllChildren(link);
    byId('share-copied').textContent = t('copyFailed');
  }
}

byId('share-copy').addEventListener('click', copy);

try {
  fill(await api(`/api/assignments/${encodeURIComponent(id)}`));
} catch (err) {
  byId('share-title').textContent = err.status === 404 ? t('notFound') : t('unknownError', err.message);
  byId('share').hidden = true;
}
