/*
 * Every request to this service, and nothing beyond it:
 *   POST /v1/drafts/stream  (Server-Sent Events over a POST, parsed by hand: EventSource cannot POST)
 *   POST /v1/checks         (re-check after an edit, debounced)
 *   POST /v1/posters        (the poster screen: a PNG preview, debounced, and the download)
 *   POST /v1/records/{id}/marks  («प्रकाशित किया»: a draft's record, a downloaded poster's)
 *   GET  /v1/poster-templates, /v1/limits, /health
 *   GET  /v1/me             (whose access key this is; the key dialog checks a key with it)
 *
 * Access keys: a server with accounts answers 401 to a /v1 request without
 * `Authorization: Bearer KEY`. The key the user types is kept in sessionStorage — this tab only,
 * forgotten when it is closed; never in localStorage with the form — and sent with every /v1
 * request. A 401 opens the key dialog (keys.js); once GET /v1/me accepts a key, the refused
 * request is sent again, so what the user asked for still happens and nothing typed is lost.
 */

const KEY_STORE = "sandesh.studio.key";

let pageKey = ""; // if sessionStorage is unavailable, the key lasts as long as this page

export function keptKey() {
  try {
    return sessionStorage.getItem(KEY_STORE) || "";
  } catch (_) {
    return pageKey;
  }
}

export function keepKey(key) {
  pageKey = key;
  try {
    sessionStorage.setItem(KEY_STORE, key);
  } catch (_) {
    // kept in pageKey instead
  }
}

export function forgetKey() {
  pageKey = "";
  try {
    sessionStorage.removeItem(KEY_STORE);
  } catch (_) {
    // nothing was kept there
  }
}

// The key dialog, set by keys.js (which calls this module, so this one cannot import it):
// ask(message) resolves true once a key is accepted; forgot() says no key is in use.
const keyDialog = { ask: async () => false, forgot: () => {} };

export function useKeyDialog(ask, forgot) {
  keyDialog.ask = ask;
  keyDialog.forgot = forgot;
}

/** fetch() with `key` (default: the kept key) as a Bearer header on /v1 paths: the one place it is set. */
export function keyedFetch(path, options, key) {
  const init = { ...(options || {}) };
  const headers = new Headers(init.headers || {});
  const sent = key === undefined ? keptKey() : key;
  if (sent && path.startsWith("/v1/")) headers.set("Authorization", `Bearer ${sent}`);
  init.headers = headers;
  return fetch(path, init);
}

/**
 * A request to this service. On a 401 the key dialog opens (once, for every request refused
 * meanwhile); when a key is accepted the same request is sent again and its answer returned.
 * If the user closes the dialog, the 401 itself is returned, shown like any failed request.
 */
export async function api(path, options) {
  for (;;) {
    const key = keptKey();
    const response = await keyedFetch(path, options, key);
    if (response.status !== 401 || !path.startsWith("/v1/")) return response;
    const now = keptKey();
    if (now && now !== key) continue; // a key was accepted while this request was on its way
    if (key) {
      forgetKey(); // revoked or expired: it will not work again
      keyDialog.forgot();
    }
    const { message } = await readError(response.clone());
    if (!(await keyDialog.ask(message))) return response;
  }
}

/** A failed response's JSON error body: {status, detail, message (message_hi), code, params}. */
export async function readError(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    body = null;
  }
  const message = body && typeof body.message_hi === "string" ? body.message_hi : "";
  const code = body && typeof body.code === "string" ? body.code : "";
  const params = body && body.params && typeof body.params === "object" ? body.params : {};
  return { status: response.status, detail: body ? body.detail : null, message, code, params };
}

/** A /v1/checks body: the text with the request its draft came from, so it is judged as
 * drafting judged it (issue 16: one way to check a text). */
export function checkBody(text, ctx) {
  return JSON.stringify({
    text,
    facts: ctx.facts,
    audience: ctx.audience,
    call_to_action: ctx.call_to_action,
    kind: ctx.kind,
    platform: ctx.platform,
    tone: ctx.tone,
  });
}

// ---------------------------------------------------------------------------------------
// Server-Sent Events, read from a fetch() body by hand: EventSource cannot POST
// ---------------------------------------------------------------------------------------

/** Yield {name, data} for each event of an SSE body (a fetch() ReadableStream). */
export async function* readEvents(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
    // A "\r\n" may be split across chunks: hold a trailing "\r" back until the next one.
    let keep = "";
    if (!done && buffer.endsWith("\r")) {
      keep = "\r";
      buffer = buffer.slice(0, -1);
    }
    buffer = buffer.replace(/\r\n?/g, "\n");
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const event = parseEvent(buffer.slice(0, cut));
      buffer = buffer.slice(cut + 2);
      if (event) yield event;
    }
    buffer += keep;
    if (done) {
      const event = parseEvent(buffer);
      if (event) yield event;
      return;
    }
  }
}

function parseEvent(block) {
  let name = "message";
  const data = [];
  for (const line of block.split("\n")) {
    if (!line || line.startsWith(":")) continue; // comments are keep-alive pings
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") name = value;
    else if (field === "data") data.push(value);
  }
  if (!data.length) return null;
  const raw = data.join("\n");
  try {
    return { name, data: JSON.parse(raw) };
  } catch (_) {
    return { name, data: raw };
  }
}
