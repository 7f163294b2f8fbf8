/*
 * The studio's shared state, in one object, and the small functions that keep and change it.
 *
 * The form, the drafts and their edits live in localStorage, so nothing typed is lost; the poster
 * form too, under its own key (without images over ~500 KB). The access key is not here: it
 * lives in sessionStorage only (api.js), never with the form.
 */

const STORE_KEY = "sandesh.studio.v1";
const POSTER_KEY = "sandesh.studio.poster.v1";

const KINDS = ["scheme", "local_issue", "event", "appeal", "greeting"];
export const PLATFORMS = ["whatsapp", "facebook", "x", "instagram"];
const TONES = ["respectful", "warm", "urgent", "celebratory"];

export const POSTER_MAX_LINES = 8;
export const COLOURS = ["background", "text", "accent"];
// WebP is not offered in the studio (its name means nothing to most users); the API keeps it.
const POSTER_FORMATS = ["png", "jpeg", "pdf"];
const TOPIC = /^[a-z_]+$/;
// A data: URL longer than this is not kept in localStorage (which holds ~5 MB in all).
export const STORE_IMAGE_CHARS = 500 * 1024;

const DEFAULT_FORM = {
  kind: "scheme",
  mode: "list",
  facts: [""],
  paste: "",
  platform: "whatsapp",
  tone: "respectful",
  audience: "",
  call_to_action: "",
  variants: 3,
};

const DEFAULT_POSTER = {
  template: "", // none yet: GET /v1/poster-templates names the default (poster-layouts.js)
  title: "",
  lines: [""],
  cta: "",
  footer: "",
  qr: "",
  topic: "", // the icon's topic; "" lets the server find it from the words
  logo: null, // {name, size, data}: data is a data: URL, which the service takes as it is
  photo: null,
  colors: { background: null, text: null, accent: null }, // null: the layout's own colour
  format: "png",
  ai_generated: true,
  organisation: "",
  source: "", // what the form was filled from, shown above it
};

// The two `form` objects are changed in place, never replaced: a module may hold on to one.
export const store = {
  // The draft screen, kept whole in localStorage under STORE_KEY.
  draft: {
    form: JSON.parse(JSON.stringify(DEFAULT_FORM)),
    workshop: false,
    result: null,
    // The last run's workshop trace (prompt, candidates and their checks, choices, figures),
    // kept so a trainer's reload does not lose what the room was looking at (issue 15).
    trace: null,
  },
  // The poster screen; its form, `open` and `download` are kept under POSTER_KEY.
  poster: {
    form: JSON.parse(JSON.stringify(DEFAULT_POSTER)),
    open: false, // the poster screen was the last one shown
    templates: null, // from GET /v1/poster-templates
    topics: null, // the icon topics, from GET /v1/limits
    forgotten: {}, // images too big to have been stored: {logo: "name.png"}
    shown: null, // {template, width, height} of the preview on screen
    // The last poster downloaded, to mark published:
    // {record, name, title, template, platform, published}.
    download: null,
  },
  // The request being streamed (generate.js), or null: {controller, context, candidates, ...}.
  run: null,
  // The service's input limits; these defaults match its defaults until GET /v1/limits answers.
  limits: { max_facts: 20, max_fact_chars: 300, max_field_chars: 200 },
};

const saved = []; // called after every saveDrafts()

/** `listener()` runs after the draft screen's state is saved (to say the drafts are stale). */
export function onSave(listener) {
  saved.push(listener);
}

export function loadDrafts() {
  let kept;
  try {
    kept = JSON.parse(localStorage.getItem(STORE_KEY) || "null");
  } catch (_) {
    kept = null;
  }
  if (!kept || typeof kept !== "object") return;
  const f = kept.form || {};
  const form = store.draft.form;
  if (KINDS.includes(f.kind)) form.kind = f.kind;
  if (f.mode === "list" || f.mode === "paste") form.mode = f.mode;
  if (Array.isArray(f.facts) && f.facts.length) form.facts = f.facts.map((x) => String(x ?? ""));
  if (typeof f.paste === "string") form.paste = f.paste;
  if (PLATFORMS.includes(f.platform)) form.platform = f.platform;
  if (TONES.includes(f.tone)) form.tone = f.tone;
  if (typeof f.audience === "string") form.audience = f.audience;
  if (typeof f.call_to_action === "string") form.call_to_action = f.call_to_action;
  if (Number.isInteger(f.variants) && f.variants >= 1 && f.variants <= 5) form.variants = f.variants;
  store.draft.workshop = kept.workshop === true;
  const r = kept.result;
  if (r && Array.isArray(r.drafts) && r.context && Array.isArray(r.context.sources)) {
    store.draft.result = r;
  }
  const t = kept.trace;
  if (t && typeof t === "object" && Array.isArray(t.candidates) && Array.isArray(t.drafts)) {
    store.draft.trace = t;
  }
}

export function saveDrafts() {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(store.draft));
  } catch (_) {
    // Storage full or disabled: the page still works, it just forgets on reload.
  }
  for (const listener of saved) listener();
}

/** The drafts' result (from a finished or a stopped run) and the run's trace, kept. */
export function setResult(result, trace) {
  store.draft.result = result;
  if (trace !== undefined) store.draft.trace = trace;
  saveDrafts();
}

/** The record the saved result's drafts belong to, if the server gave it one. */
export function resultRecord() {
  const r = store.draft.result;
  if (!r || typeof r.id !== "string" || !r.id) return null;
  return { id: r.id, platform: r.context && r.context.platform };
}

/** The marks kept with an item, as far as they are readable: [{platform, link}]. */
export function keptMarks(list) {
  if (!Array.isArray(list)) return [];
  return list
    .filter((m) => m && typeof m.platform === "string" && m.platform.trim())
    // Only a web address is ever a link here (the server takes no other).
    .map((m) => ({ platform: m.platform, link: typeof m.link === "string" && /^https?:\/\/\S+$/.test(m.link) ? m.link : null }));
}

/** `run` is now the request being streamed; the one before it, if any, is stopped. */
export function startRun(run) {
  if (store.run) store.run.controller.abort();
  store.run = run;
}

/** `run` has ended; a newer run that replaced it is left alone. */
export function endRun(run) {
  if (store.run === run) store.run = null;
}

export function setLimits(data) {
  for (const key of Object.keys(store.limits)) {
    if (Number.isInteger(data[key])) store.limits[key] = data[key];
  }
  if (Array.isArray(data.poster_topics)) {
    store.poster.topics = data.poster_topics.filter((t) => typeof t === "string" && TOPIC.test(t));
  }
}

export function loadPoster() {
  let kept;
  try {
    kept = JSON.parse(localStorage.getItem(POSTER_KEY) || "null");
  } catch (_) {
    kept = null;
  }
  if (!kept || typeof kept !== "object") return;
  const f = kept.form || {};
  const poster = store.poster;
  const form = poster.form;
  for (const name of ["template", "title", "cta", "footer", "qr", "organisation", "source"]) {
    if (typeof f[name] === "string") form[name] = f[name];
  }
  // Checked against the server's list once GET /v1/limits answers (poster-topics.js).
  if (typeof f.topic === "string" && (f.topic === "" || TOPIC.test(f.topic))) form.topic = f.topic;
  if (Array.isArray(f.lines) && f.lines.length) {
    form.lines = f.lines.slice(0, POSTER_MAX_LINES).map((x) => String(x ?? ""));
  }
  for (const kind of ["logo", "photo"]) {
    const img = f[kind];
    if (img && typeof img.name === "string" && typeof img.data === "string" && img.data.startsWith("data:")) {
      form[kind] = { name: img.name, size: Number(img.size) || 0, data: img.data };
    } else if (img && typeof img.name === "string") {
      poster.forgotten[kind] = img.name;
    }
  }
  const colours = f.colors || {};
  for (const c of COLOURS) {
    if (typeof colours[c] === "string" && /^#[0-9a-f]{6}$/i.test(colours[c])) form.colors[c] = colours[c];
  }
  if (POSTER_FORMATS.includes(f.format)) form.format = f.format;
  if (typeof f.ai_generated === "boolean") form.ai_generated = f.ai_generated;
  poster.open = kept.open === true;
  const d = kept.download;
  if (d && typeof d.record === "string" && d.record && typeof d.name === "string") {
    poster.download = {
      record: d.record,
      name: d.name,
      title: typeof d.title === "string" ? d.title : "",
      template: typeof d.template === "string" ? d.template : "",
      platform: typeof d.platform === "string" ? d.platform : null,
      published: keptMarks(d.published),
    };
  }
}

export function savePoster() {
  const poster = store.poster;
  const f = poster.form;
  // A big image is kept by name only: on the next visit the note asks for it again.
  const small = (img) => (img && img.data.length > STORE_IMAGE_CHARS ? { name: img.name } : img);
  const full = { ...f, logo: small(f.logo), photo: small(f.photo) };
  for (const form of [full, { ...full, logo: null, photo: null }]) {
    try {
      localStorage.setItem(POSTER_KEY, JSON.stringify({ form, open: poster.open, download: poster.download }));
      return;
    } catch (_) {
      // Storage full: try again without the images; failing that, the page just forgets.
    }
  }
}

/** The layout chosen in the poster form, once GET /v1/poster-templates has answered. */
export function currentTemplate() {
  return (store.poster.templates || []).find((t) => t.name === store.poster.form.template) || null;
}

/** Where a poster of the layout `name` is most likely posted, as the server lists its
 * platforms ("other" for a layout made to be printed); null until it has answered. */
export function layoutPlatform(name) {
  const t = (store.poster.templates || []).find((x) => x.name === name);
  if (!t) return null;
  return t.platforms.length ? t.platforms[0] : "other";
}
