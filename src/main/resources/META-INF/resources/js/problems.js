// Calls to the JSON API from the authoring pages, and what its problem details say went wrong.

/** A refused request: the problem's detail and its violations as { pointer, message }. */
export class ApiError extends Error {
  constructor(status, detail, violations) {
    super(detail);
    this.status = status;
    this.violations = violations;
  }
}

/**
 * The violations of a problem details body. Our API lists them as errors[].field; the Kahoot import (and RFC 9457
 * examples) as violations[].pointer: both are read, so the pages need no change when one side moves.
 */
export function violationsOf(body) {
  const list = [...(body?.violations ?? []), ...(body?.errors ?? [])];
  return list.map((v) => ({ pointer: v.pointer ?? v.field ?? '/', message: v.message ?? v.detail ?? '' }));
}

/** fetch with the session cookie; JSON in and out unless the options say otherwise. Throws ApiError. */
export async function api(url, options = {}) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json', ...(options.headers ?? {}) };
  const response = await fetch(url, { credentials: 'same-origin', ...options, headers });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiError(response.status, body.detail || body.title || response.statusText, violationsOf(body));
  }
  return body;
}

/** The parts of a JSON Pointer ("/rows/3/Time limit (sec)" -> ["rows", "3", "Time limit (sec)"]). */
export function pointerParts(pointer) {
  if (!pointer || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}
