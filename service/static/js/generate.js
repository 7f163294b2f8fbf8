/*
 * Generating: POST /v1/drafts/stream, read as Server-Sent Events (api.js readEvents); the
 * progress in plain words, the drafts as they pass, Stop, and what went wrong.
 */

import { api, readError, readEvents } from "./api.js";
import { $, announce, scrollIntoViewIfNeeded } from "./dom.js";
import { renderDrafts, restoreDrafts } from "./drafts.js";
import { fillRequestError } from "./errors.js";
import { buildRequest, draftErrors, markStale, splitPasteIntoFacts } from "./form.js";
import { pollHealth } from "./health.js";
import {
  ERRORS,
  FORM,
  KNOWN_FIELD_MESSAGE,
  NETWORK_MESSAGE,
  PROGRESS,
  detailText,
  hindiFieldMessage,
  requestMessage,
} from "./messages.js";
import { endRun, resultRecord, setResult, startRun, store } from "./store.js";
import { addChoice, candidateBox, finishCandidate, resetWorkshop, showPrompt, showStats } from "./workshop.js";

const form = $("#draft-form");
const draftsBox = $("#drafts");

function setBusy(busy) {
  const button = $("#generate");
  button.disabled = busy;
  button.textContent = busy ? PROGRESS.busy : PROGRESS.generate;
  form.setAttribute("aria-busy", String(busy));
  $("#stop").hidden = !busy;
  $("#progress").hidden = !busy;
  draftsBox.classList.toggle("stale", busy); // the last drafts, until the new ones arrive
  markStale();
}

function progress(status, counts) {
  $("#progress-status").textContent = status;
  if (counts !== undefined) $("#progress-counts").textContent = counts;
}

function showRequestError(status, detail, serverMessage) {
  const box = $("#request-error");
  const message = status ? requestMessage(status, detail, serverMessage) : NETWORK_MESSAGE;
  fillRequestError(box, message, detail, () => generate());
  box.dataset.status = String(status || "network");
  scrollIntoViewIfNeeded(box);
  if (status === 503 || !status) pollHealth(); // busy, loading or gone: the header says which
}

function handle422(detail, map) {
  const list = Array.isArray(detail) ? detail : [];
  const errors = list.map((err) => {
    let field = String(err.field || "body");
    const m = /^facts\[(\d+)\]$/.exec(field);
    if (m && map && map[Number(m[1])] !== undefined) field = `facts[${map[Number(m[1])]}]`;
    const text = hindiFieldMessage(field, err);
    return { field, text, english: KNOWN_FIELD_MESSAGE(text) ? null : err.message };
  });
  if (!errors.length) {
    errors.push({ field: "body", text: ERRORS.badRequest, english: detailText(detail) });
  }
  draftErrors.show(errors);
}

async function generate() {
  const f = store.draft.form;
  draftErrors.clearAll();
  $("#request-error").hidden = true;
  $("#stopped-note").hidden = true;
  if (f.mode === "paste" && f.paste.trim()) splitPasteIntoFacts();
  const { body, map } = buildRequest();
  if (!body.facts.length) {
    draftErrors.show([{ field: "facts", text: FORM.noFacts }]);
    return;
  }
  const controller = new AbortController();
  const context = {
    kind: body.kind,
    facts: body.facts,
    audience: body.audience || null,
    call_to_action: body.call_to_action || null,
    sources: [...body.facts, ...[body.audience, body.call_to_action].filter(Boolean)],
    platform: body.platform,
    tone: body.tone,
  };
  const thisRun = {
    controller,
    context,
    candidates: new Map(),
    drafts: [],
    tokens: 0,
    following: null,
    checked: 0,
    passed: 0,
    done: false,
    started: performance.now(),
    trace: { prompt: null, candidates: [], drafts: [], done: null },
  };
  startRun(thisRun);
  resetWorkshop();
  setBusy(true);
  progress(PROGRESS.sending, "");
  $("#progress-live").textContent = "";
  scrollIntoViewIfNeeded(store.draft.workshop ? $("#workshop") : $("#progress"));

  let response;
  try {
    response = await api("/v1/drafts/stream", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    if (!response.ok) {
      const { status, detail, message } = await readError(response);
      if (status === 422) handle422(detail, map);
      else showRequestError(status, detail, message);
      return;
    }
    let failed = false;
    for await (const event of readEvents(response.body)) {
      if (event.name === "error") {
        const data = event.data || {};
        if (data.status === 422) handle422(data.detail, map);
        else showRequestError(Number(data.status) || 500, data.detail, data.message_hi);
        failed = true;
        break;
      }
      onEvent(thisRun, event);
    }
    if (!failed && !thisRun.done) {
      showRequestError(0, null);
      $("#request-error .error-title").textContent = PROGRESS.cutOff;
    }
  } catch (err) {
    if (err.name === "AbortError") {
      if (store.run === thisRun) stopped(thisRun);
    } else {
      showRequestError(0, null);
    }
  } finally {
    if (store.run === thisRun) {
      setBusy(false);
      endRun(thisRun);
    }
  }
}

/** Stop: the drafts that had already passed stay (the server keeps and records them too);
 * the page says so where it can be seen (issue 15: Stop showed nothing). */
function stopped(r) {
  const note = $("#stopped-note");
  if (r.drafts.length) {
    const before = store.draft.result;
    setResult({
      id: null,
      context: r.context,
      disclosure: (before && before.disclosure) || "",
      drafts: r.drafts,
    });
    note.textContent = PROGRESS.stoppedKept(r.drafts.length);
  } else {
    note.textContent = PROGRESS.stoppedNone;
  }
  note.hidden = false;
  announce(note.textContent);
  restoreDrafts();
}

function onEvent(r, { name, data }) {
  if (store.run !== r) return;
  if (name === "prompt") {
    r.trace.prompt = { text: data.text, name: data.name, version: data.version };
    showPrompt(data);
    progress(PROGRESS.prompt);
  } else if (name === "token") {
    const cand = candidateBox(r, data.candidate);
    cand.text += data.text || "";
    cand.textNode.appendData(data.text || "");
    r.tokens += 1;
    // Candidates may be written side by side (llama.cpp decodes them together): the live text
    // follows one until it ends, not whichever wrote the last token.
    if (r.following == null) r.following = data.candidate;
    if (data.candidate !== r.following) return;
    const live = $("#progress-live");
    live.textContent = cand.text;
    live.scrollTop = live.scrollHeight;
    progress(PROGRESS.writing(data.candidate + 1), counts(r));
  } else if (name === "candidate") {
    const cand = candidateBox(r, data.index);
    r.trace.candidates.push(data);
    r.checked += 1;
    if (data.passed) r.passed += 1;
    finishCandidate(cand, data);
    if (r.following === data.index) r.following = null;
    progress(data.passed ? PROGRESS.passed(data.index + 1) : PROGRESS.rejected(data.index + 1), counts(r));
  } else if (name === "draft") {
    r.drafts.push({ ...data, original: data.text, checkedText: data.text });
    r.trace.drafts.push({ source: data.source, text: data.text });
    addChoice(r, data, r.drafts.length - 1);
    progress(PROGRESS.choosing, counts(r));
    renderDrafts(r.drafts, true);
  } else if (name === "done") {
    r.done = true;
    r.trace.done = { stats: data.stats || {}, timing_ms: data.timing_ms, model: data.model };
    const result = {
      id: data.id,
      context: r.context,
      disclosure: typeof data.disclosure === "string" ? data.disclosure : "",
      drafts: (data.drafts || []).map((d) => ({ ...d, original: d.text, checkedText: d.text })),
    };
    setResult(result, r.trace);
    $("#bad-example").hidden = !result.drafts.length;
    renderDrafts(result.drafts, false, resultRecord());
    const stats = data.stats || {};
    showStats(r.trace.done);
    // The first draft may be the composer's own by design; only the rest fill in for the model.
    const fromTemplate = (stats.drafts_from_template || 0) - (stats.first_from_phrasebook ? 1 : 0);
    const why = stats.prompt_too_long
      ? PROGRESS.tooLong
      : stats.timed_out
        ? PROGRESS.timedOut
        : PROGRESS.failedChecks;
    announce(PROGRESS.ready(result.drafts.length) + (fromTemplate > 0 ? PROGRESS.fromTemplate(fromTemplate, why) : ""));
  }
}

/** Progress in plain words (issue 15: "टोकन" and "उम्मीदवार" are developers' words); the
 * workshop panel keeps them for trainers. */
function counts(r) {
  const seconds = Math.round((performance.now() - r.started) / 1000);
  return PROGRESS.counts(r.checked, r.passed, seconds);
}

export function initGenerate() {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    generate();
  });
  $("#stop").addEventListener("click", () => {
    if (store.run) store.run.controller.abort();
  });
}
