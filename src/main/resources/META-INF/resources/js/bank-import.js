// The import page (docs/adr/0020): sends the chosen file as it is to the import API, which takes all of it or nothing,
// then shows what was imported or a table of the rows and columns it refused.
import { t, el } from './common.js';
import { api, ApiError, pointerParts } from './problems.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const KINDS = { json: 'application/json', csv: 'text/csv; charset=utf-8', xlsx: XLSX };

const form = document.getElementById('import-form');
const file = document.getElementById('import-file');
const kahoot = document.getElementById('kahoot-fields');
const status = document.getElementById('import-status');
const result = document.getElementById('import-result');
const errors = document.getElementById('import-errors');

const extension = (name) => (name.match(/\.([a-z0-9]+)$/i)?.[1] ?? '').toLowerCase();

file.addEventListener('change', () => {
  const chosen = file.files[0];
  const isKahoot = chosen != null && extension(chosen.name) === 'xlsx';
  kahoot.hidden = !isKahoot;
  if (isKahoot && !document.getElementById('kahoot-title').value) {
    document.getElementById('kahoot-title').value = chosen.name.replace(/\.xlsx$/i, '');
  }
});

/** Where a violation points, as a spreadsheet reader thinks of it: "/rows/12/Time limit (sec)" is row 12, that column. */
function place(pointer) {
  const parts = pointerParts(pointer);
  if (parts[0] === 'rows' && parts.length >= 2) return [parts[1], parts.slice(2).join('/') || '—'];
  if (parts[0] === 'questions' && /^\d+$/.test(parts[1] ?? '')) return [`#${Number(parts[1]) + 1}`, parts.slice(2).join('/') || '—'];
  if (parts.length === 0) return ['—', t('wholeFile')];
  return ['—', parts.join('/')];
}

function showErrors(detail, violations) {
  result.hidden = true;
  document.getElementById('import-error-detail').textContent = detail;
  const rows = violations.map((v) => {
    const [row, column] = place(v.pointer);
    return el('tr', { 'data-pointer': v.pointer }, el('td', { 'data-test': 'error-row' }, row), el('td', { 'data-test': 'error-column' }, column), el('td', {}, v.message));
  });
  errors.querySelector('tbody').replaceChildren(...rows);
  errors.querySelector('table').hidden = rows.length === 0;
  errors.hidden = false;
  errors.scrollIntoView({ block: 'nearest' });
}

function showResult(report) {
  errors.hidden = true;
  const created = report.questionsCreated ?? 0;
  const updated = report.questionsUpdated ?? 0;
  const questionIds = report.questionIds ?? [];
  const count = questionIds.length || created + updated;
  const quizIds = [...(report.quizIds ?? []), ...(report.quizId ? [report.quizId] : [])];
  document.getElementById('import-count').textContent = t('count', count, created, updated, quizIds.length);
  document.getElementById('import-quizzes').replaceChildren(
    ...quizIds.map((id) => el('li', {}, el('a', { href: `/quizzes/${encodeURIComponent(id)}`, 'data-test': 'imported-quiz' }, t('quizLink', id)))),
  );
  const make = document.getElementById('import-make-quiz');
  make.hidden = questionIds.length === 0 || quizIds.length > 0;
  make.href = `/quizzes/new?add=${questionIds.map(encodeURIComponent).join(',')}`;
  result.hidden = false;
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const chosen = file.files[0];
  if (!chosen) {
    status.textContent = t('chooseFile');
    return;
  }
  const kind = extension(chosen.name);
  if (!KINDS[kind]) {
    status.textContent = t('wrongKind');
    return;
  }
  const params = new URLSearchParams();
  let url = '/api/bank/import';
  if (kind !== 'xlsx' && document.getElementById('import-new-ids').checked) params.set('newIds', 'true');
  if (kind === 'xlsx') {
    url = '/api/bank/import/kahoot';
    params.set('title', document.getElementById('kahoot-title').value.trim() || chosen.name);
    params.set('lang', document.getElementById('kahoot-lang').value);
  }
  status.textContent = t('sending');
  try {
    // the file's bytes as they are: the server reads the encoding (CSV with or without its byte order mark) and zips
    const report = await api(params.toString() ? `${url}?${params}` : url, { method: 'POST', headers: { 'Content-Type': KINDS[kind] }, body: chosen });
    status.textContent = '';
    showResult(report);
  } catch (err) {
    status.textContent = '';
    if (err instanceof ApiError) showErrors(err.message, err.violations);
    else showErrors(t('errGeneric', err.message), []);
  }
});
