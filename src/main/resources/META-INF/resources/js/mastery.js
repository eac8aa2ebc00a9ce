// The mastery page: the learner's share correct per topic, weakest first, with a six-week trend, when they last
// practised and what waits for review (GET /api/mastery, docs/training-api.md). Everything is written as text.
import { t, pick, el } from './common.js';

const GUEST_KEY = 'quiz-arena.guest'; // kept by the play pages: the signed guest id this browser answers under
const SVG = 'http://www.w3.org/2000/svg';
const root = document.getElementById('mastery');
const lang = root.dataset.lang;
const locale = lang === 'zh' ? 'zh-CN' : 'en';
const status = document.getElementById('mastery-status');
const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
const fullDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
const weekDate = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Weakest first, as the server sends them; kept here too so the page never depends on the order it receives. */
export function weakestFirst(a, b) {
  const unseen = Number(a.answered === 0) - Number(b.answered === 0);
  if (unseen !== 0) return unseen;
  return (a.shareCorrect ?? 0) - (b.shareCorrect ?? 0)
    || (b.reviewsDue ?? 0) - (a.reviewsDue ?? 0)
    || (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0);
}

function level(share) {
  if (share == null) return 'none';
  return share < 0.5 ? 'low' : share < 0.8 ? 'mid' : 'high';
}

const UNITS = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60]];

/** "3 days ago", "yesterday", "3 天前": the largest unit that fits; a clock ahead of the server reads as now. */
function relative(iso) {
  const seconds = Math.min(0, (new Date(iso).getTime() - Date.now()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), unit);
  }
  return relativeFormat.format(0, 'minute');
}

function weekText(week) {
  const day = weekDate.format(new Date(`${week.weekStart}T00:00:00Z`));
  return t('week', day, week.share == null ? t('weekNone') : percent.format(week.share));
}

/** One bar per week, its height the share correct; a week without answers is a flat dash, not a zero. */
function sparkline(trend) {
  const width = 14;
  const gap = 5;
  const height = 40;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${Math.max(1, trend.length * (width + gap) - gap)} ${height}`);
  svg.setAttribute('class', 'trend-bars');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('trendLabel', trend.map(weekText).join('; ')));
  svg.setAttribute('data-test', 'trend');
  trend.forEach((week, i) => {
    const bar = document.createElementNS(SVG, 'rect');
    const h = week.share == null ? 2 : Math.max(3, week.share * (height - 2));
    bar.setAttribute('x', String(i * (width + gap)));
    bar.setAttribute('y', String(height - h));
    bar.setAttribute('width', String(width));
    bar.setAttribute('height', String(h));
    bar.setAttribute('rx', '2');
    bar.setAttribute('class', `bar-${level(week.share)}`);
    const title = document.createElementNS(SVG, 'title');
    title.textContent = weekText(week);
    bar.append(title);
    svg.append(bar);
  });
  return svg;
}

function dueLine(m) {
  const due = m.reviewsDue ?? 0;
  const text = due === 0 ? t('dueNone') : due === 1 ? t('dueOne') : t('due', due);
  return el('p', { class: `mastery-due${due > 0 ? ' has-due' : ''}`, 'data-test': 'reviews-due' },
    el('span', { text }),
    due > 0 ? el('a', { class: 'button secondary small', href: '/review', 'data-test': 'review-link', text: t('review') }) : null);
}

function practiseLink(m, name) {
  return el('a', { class: 'button primary', href: `/practice?topic=${encodeURIComponent(m.topic)}`, 'data-test': 'practise-topic' },
    t('practise'), el('span', { class: 'sr-only', text: `: ${name}` }));
}

function card(m) {
  const name = pick(m.name, lang) || m.topic;
  const share = m.shareCorrect ?? 0;
  return el('li', { class: `card mastery-card level-${level(m.shareCorrect)}`, 'data-test': 'mastery-topic', 'data-topic': m.topic },
    el('h2', { class: 'mastery-name', text: name }),
    el('p', { class: 'mastery-share' },
      el('strong', { 'data-test': 'share', text: t('share', percent.format(share)) }), ' ',
      el('span', { class: 'meta', text: t('counts', m.correct, m.answered) })),
    el('div', { class: 'share-meter', 'aria-hidden': 'true' }, el('span', { style: `width: ${Math.round(share * 100)}%` })),
    el('div', { class: 'mastery-trend' }, el('span', { class: 'meta', text: t('trend') }), sparkline(m.trend ?? [])),
    m.lastPractisedAt
      ? el('p', { class: 'meta' }, el('time', { datetime: m.lastPractisedAt, title: fullDate.format(new Date(m.lastPractisedAt)), 'data-test': 'last-practised', text: t('last', relative(m.lastPractisedAt)) }))
      : null,
    dueLine(m),
    el('p', { class: 'mastery-actions' }, practiseLink(m, name)));
}

function chip(m) {
  const name = pick(m.name, lang) || m.topic;
  const due = m.reviewsDue ?? 0;
  return el('li', { 'data-topic': m.topic },
    el('a', { class: 'topic-chip', href: `/practice?topic=${encodeURIComponent(m.topic)}`, 'data-test': 'practise-unpractised' },
      name, due > 0 ? el('span', { class: 'chip-due', text: `· ${due === 1 ? t('dueOne') : t('due', due)}` }) : null));
}

function render(topics) {
  const sorted = [...topics].sort(weakestFirst);
  const practised = sorted.filter((m) => m.answered > 0);
  const unpractised = sorted.filter((m) => !(m.answered > 0));
  document.getElementById('mastery-topics').replaceChildren(...practised.map(card));
  document.getElementById('mastery-empty').hidden = practised.length > 0;
  document.getElementById('mastery-unpractised-list').replaceChildren(...unpractised.map(chip));
  document.getElementById('mastery-unpractised').hidden = unpractised.length === 0;
  const due = topics.reduce((sum, m) => sum + (m.reviewsDue ?? 0), 0);
  document.getElementById('mastery-due-text').textContent = t('dueTotal', due);
  document.getElementById('mastery-due-total').hidden = due === 0;
  status.textContent = '';
  root.dataset.loaded = 'true';
}

async function load() {
  const headers = { Accept: 'application/json' };
  const guest = localStorage.getItem(GUEST_KEY);
  if (guest) headers['X-Guest-Id'] = guest;
  try {
    const response = await fetch('/api/mastery', { credentials: 'same-origin', headers });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || body.title || '');
    render(body.topics ?? []);
  } catch (e) {
    status.textContent = t('failed', e.message || t('errGeneric'));
    status.classList.add('error');
    root.dataset.loaded = 'failed';
  }
}

load();
