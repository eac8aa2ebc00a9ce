// Shared by the pages: texts from the page (server-side message bundles), rich text (code and math), shapes.

const texts = document.getElementById('i18n')?.dataset ?? {};

/** A text of the page in its language; %1, %2... are filled from the arguments. */
export function t(key, ...args) {
  const text = texts[key] ?? key;
  return text.replace(/%(\d)/g, (_, i) => String(args[Number(i) - 1] ?? ''));
}

/** The text of a {zh, en} object in the page's language (falls back to the other one). */
export function pick(text, lang) {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? text.zh ?? '';
}

/** Choice decorations: colour, shape and letter together, so no choice is told apart by colour alone. */
export const SHAPES = ['▲', '◆', '●', '■', '★', '⬟'];
export function choiceLook(index) {
  return { css: 'c' + (index % SHAPES.length), shape: SHAPES[index % SHAPES.length], letter: String.fromCharCode(65 + index) };
}

/**
 * Fills an element with a question's text: ```lang fenced blocks``` become highlighted code, `backticks` inline
 * code, and $...$ / \(...\) math is typeset by KaTeX. Text is never parsed as HTML.
 */
export function setRich(el, text) {
  el.replaceChildren(...richNodes(String(text ?? '')));
  typeset(el);
}

function richNodes(text) {
  const nodes = [];
  const fence = /```([\w+#-]*)[ \t]*\n?([\s\S]*?)```/g;
  let last = 0;
  let m;
  while ((m = fence.exec(text)) !== null) {
    nodes.push(...inlineNodes(text.slice(last, m.index)));
    const pre = document.createElement('pre');
    const code = document.createElement('code');
    code.className = 'language-' + (m[1] ? m[1].toLowerCase() : 'none');
    code.textContent = m[2].replace(/\n$/, '');
    pre.append(code);
    nodes.push(pre);
    last = fence.lastIndex;
  }
  nodes.push(...inlineNodes(text.slice(last)));
  return nodes;
}

function inlineNodes(text) {
  const nodes = [];
  const parts = text.split(/`([^`\n]+)`/);
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      const code = document.createElement('code');
      code.textContent = part;
      nodes.push(code);
    } else if (part) {
      nodes.push(document.createTextNode(part));
    }
  });
  return nodes;
}

const MATH = {
  delimiters: [
    { left: '$$', right: '$$', display: true },
    { left: '\\[', right: '\\]', display: true },
    { left: '\\(', right: '\\)', display: false },
    { left: '$', right: '$', display: false },
  ],
  ignoredTags: ['script', 'noscript', 'style', 'textarea', 'pre', 'code', 'option'],
  throwOnError: false,
};

/** Typesets math and highlights code in an element (again when the libraries arrive after the page's script). */
export function typeset(el) {
  if (typeof window.renderMathInElement !== 'function') {
    window.addEventListener('load', () => typeset(el), { once: true });
    return;
  }
  window.renderMathInElement(el, MATH);
  if (window.Prism && typeof window.Prism.highlightElement === 'function') {
    el.querySelectorAll('pre code[class*="language-"]').forEach((c) => window.Prism.highlightElement(c));
  }
}

/** Shows one screen of a page (sections with data-screen) and hides the others. */
export function show(root, name) {
  root.querySelectorAll('[data-screen]').forEach((s) => {
    s.hidden = s.dataset.screen !== name;
  });
  root.dataset.current = name;
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    // through the CSSOM: the pages' Content-Security-Policy refuses style attributes set as markup in older browsers
    else if (k === 'style') node.style.cssText = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  node.append(...children.filter((c) => c != null));
  return node;
}

export const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The countdown on both screens (#timer, #timer-number, #timer-fill, #timer-announce), drawn from the time the server
 * says is left: the server alone decides lateness. Screen readers hear 10 s, 5 s and "time up", not every second.
 */
export class Countdown {
  constructor(onTimeUp = () => {}) {
    this.onTimeUp = onTimeUp;
    this.handle = null;
    this.total = 0;
  }

  /** Starts (or restarts) from `remaining` milliseconds of a `total`-millisecond limit. */
  start(total, remaining = total) {
    this.stop();
    this.total = total;
    this.deadline = performance.now() + Math.max(0, remaining ?? total);
    this.announced = new Set();
    this.tick();
    this.handle = setInterval(() => this.tick(), 200);
  }

  get running() {
    return this.handle !== null;
  }

  left() {
    return Math.max(0, this.deadline - performance.now());
  }

  stop() {
    clearInterval(this.handle);
    this.handle = null;
  }

  tick() {
    const left = this.left();
    const seconds = Math.ceil(left / 1000);
    const byId = (id) => document.getElementById(id);
    byId('timer-number').textContent = String(seconds);
    byId('timer-fill').style.width = `${this.total ? (100 * left) / this.total : 0}%`;
    byId('timer').classList.toggle('low', seconds <= 5);
    for (const mark of [10, 5]) {
      if (seconds === mark && !this.announced.has(mark) && this.total > mark * 1000) {
        this.announced.add(mark);
        byId('timer-announce').textContent = t('secondsLeft', mark);
      }
    }
    if (left <= 0) {
      this.stop();
      byId('timer-announce').textContent = t('timeUp');
      this.onTimeUp();
    }
  }
}

/**
 * Asks the load balancer to send this room's sockets to one server (a consistent hash on this cookie; see
 * k8s/overlays/production/gateway.yaml). Only a shortcut: any server serves any room.
 */
export function preferRoomServer(pin) {
  document.cookie = `quiz_arena_room=${encodeURIComponent(pin)}; path=/; max-age=3600; SameSite=Lax`;
}
