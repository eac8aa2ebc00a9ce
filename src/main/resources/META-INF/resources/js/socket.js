// A WebSocket that comes back: on an unexpected close it reconnects with exponential backoff and jitter, and again
// at once when the browser goes back online or the page becomes visible (phones that slept).

/** Close codes after which reconnecting cannot help (docs/asyncapi.yaml). */
const FINAL = new Set([1000, 1008, 1009, 4003, 4401, 4403, 4404, 4409]);
const RATE_LIMITED = 4429;

export class LiveSocket {
  constructor(path, { onOpen, onMessage, onStatus }) {
    this.url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
    this.onOpen = onOpen;
    this.onMessage = onMessage;
    this.onStatus = onStatus;
    this.attempt = 0;
    this.timer = null;
    this.stopped = false;
    this.ws = null;
    this.connections = 0; // sockets opened so far; more than one means it came back after a drop
    this.awayUntil = 0;
    window.addEventListener('online', () => this.retryNow());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.retryNow();
    });
  }

  connect() {
    clearTimeout(this.timer);
    this.timer = null;
    const ws = new WebSocket(this.url);
    this.ws = ws;
    ws.onopen = () => {
      this.attempt = 0;
      this.connections++;
      this.onStatus('open');
      this.onOpen();
    };
    ws.onmessage = (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      this.onMessage(message);
    };
    ws.onclose = (event) => {
      if (ws !== this.ws) return; // an old socket we replaced
      this.ws = null;
      if (this.stopped) return;
      if (FINAL.has(event.code)) {
        this.stopped = true;
        this.onStatus('closed', event.code);
        return;
      }
      this.schedule(event.code === RATE_LIMITED ? 60000 : null);
    };
  }

  schedule(fixedDelay) {
    const base = Math.min(10000, 500 * 2 ** this.attempt);
    const away = Math.max(0, this.awayUntil - Date.now()); // after drop(awayMillis)
    const delay = Math.max(away, fixedDelay ?? Math.round(base * (0.75 + Math.random() * 0.5)));
    this.attempt++;
    this.onStatus('reconnecting', this.attempt, delay);
    this.timer = setTimeout(() => this.connect(), delay);
  }

  retryNow() {
    if (!this.stopped && !this.ws && this.timer && Date.now() >= this.awayUntil) this.connect();
  }

  get open() {
    return this.ws != null && this.ws.readyState === WebSocket.OPEN;
  }

  send(message) {
    if (!this.open) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  /**
   * Drops the connection as a network failure would (used by the browser tests); the socket then reconnects, not
   * before `awayMillis` have passed when given (a player out of reach for a while).
   */
  drop(awayMillis = 0) {
    this.awayUntil = Date.now() + awayMillis;
    if (this.ws) this.ws.close(4000, 'dropped');
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.ws) this.ws.close(1000, 'bye');
  }
}
