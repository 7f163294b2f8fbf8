/*
 * The poster's preview: a PNG from POST /v1/posters, debounced while editing; an older request
 * is cancelled by a newer one. On a phone a thumbnail stays in view and leads to it.
 */

import { api, readError } from "./api.js";
import { $, announce } from "./dom.js";
import { POSTER, layoutHindi } from "./messages.js";
import { posterErrors, posterFailed, posterRequest, showLabelShare, showPosterErrors, showWarning } from "./poster-errors.js";
import { currentTemplate, savePoster, store } from "./store.js";

const PREVIEW_DEBOUNCE_MS = 600;
const posterScreen = $("#screen-poster");

let previewTimer = null;
let previewRun = null;
// The poster now previewed, as the server sent it: what «शेयर करें» hands over.
let shown = null;

/** The previewed poster: its PNG blob, title, layout and Content-Disposition; or null. */
export const shownPoster = () => shown;

/** Say `text` in the preview's status line, where the poster screen's news is read. */
export const announcePoster = (text) => announce(text, $("#preview-status"));

/** A field of the poster form changed: its error goes, the form is kept, the preview redrawn. */
export function posterEdited(field, delay) {
  posterErrors.clear(field);
  savePoster();
  schedulePreview(delay);
}

// data-pending on the frame: "true" from an edit until the preview for it is drawn (or fails).
export function schedulePreview(delay) {
  clearTimeout(previewTimer);
  $("#preview-frame").dataset.pending = "true";
  previewTimer = setTimeout(renderPreview, delay === undefined ? PREVIEW_DEBOUNCE_MS : delay);
}

function previewSettled() {
  if (previewTimer === null && previewRun === null) $("#preview-frame").dataset.pending = "false";
}

function blobToDataURL(blob) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener("load", () => resolve(String(reader.result)));
    reader.addEventListener("error", () => reject(reader.error));
    reader.readAsDataURL(blob);
  });
}

function setPreviewState(name, status) {
  const frame = $("#preview-frame");
  frame.dataset.state = name;
  frame.setAttribute("aria-busy", String(name === "loading"));
  $("#preview-progress").hidden = name !== "loading";
  $("#preview-empty").hidden = name !== "empty";
  if (status !== undefined) $("#preview-status").textContent = status;
}

async function renderPreview() {
  const poster = store.poster;
  clearTimeout(previewTimer);
  previewTimer = null;
  if (previewRun) previewRun.abort();
  previewRun = null;
  if (posterScreen.hidden) {
    previewSettled(); // drawn when the screen is shown
    return;
  }
  const { body, map } = posterRequest("png");
  if (!body.title) {
    previewSettled();
    $("#poster-preview").hidden = true;
    poster.shown = null;
    shown = null;
    $("#poster-size").textContent = "";
    $("#label-share").hidden = true;
    setPreviewState("empty", "");
    return;
  }
  const controller = new AbortController();
  previewRun = controller;
  setPreviewState("loading", POSTER.previewing);
  try {
    const response = await api("/v1/posters", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "image/png" },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    if (!response.ok) {
      const { status, detail, message, code, params } = await readError(response);
      if (previewRun !== controller) return;
      const retry = () => schedulePreview(0);
      posterFailed(status, detail, map, { focus: false }, retry, message, code, params);
      setPreviewState(poster.shown ? "stale" : "error", POSTER.previewFailed);
      return;
    }
    const share = response.headers.get("X-Sandesh-Label-Share");
    const warning = response.headers.get("X-Sandesh-Warning");
    // A data: URL, not an object URL: the page's CSP allows images from 'self' and data: only.
    const blob = await response.blob();
    const url = await blobToDataURL(blob);
    if (previewRun !== controller) return;
    const img = $("#poster-preview");
    img.src = url;
    img.alt = POSTER.previewAlt(body.title);
    await img.decode().catch(() => undefined);
    if (previewRun !== controller) return;
    img.hidden = false;
    const disposition = response.headers.get("Content-Disposition");
    shown = { blob, title: body.title, template: body.template, disposition };
    $("img", $("#preview-thumb")).src = url;
    updateThumb();
    poster.shown = { template: body.template, width: img.naturalWidth, height: img.naturalHeight };
    const t = currentTemplate();
    $("#poster-size").textContent = t ? layoutHindi(t).short : "";
    $("#poster-request-error").hidden = true;
    showPosterErrors([], { focus: false });
    showLabelShare(body.ai_generated ? share : null);
    showWarning(warning);
    setPreviewState("ready", POSTER.previewReady);
  } catch (err) {
    if (err.name === "AbortError" || previewRun !== controller) return;
    posterFailed(0, null, map, { focus: false }, () => schedulePreview(0));
    setPreviewState(poster.shown ? "stale" : "error", "");
  } finally {
    if (previewRun === controller) {
      previewRun = null;
      previewSettled();
    }
  }
}

// The thumbnail shows while the preview panel is out of view (a phone's single column).
let previewInView = false;
function updateThumb() {
  const thumb = $("#preview-thumb");
  const has = Boolean($("img", thumb).getAttribute("src"));
  thumb.hidden = !has || previewInView || $("#screen-poster").hidden;
  $(".poster-layout").classList.toggle("thumb-floats", has);
}

export function initPreview() {
  if ("IntersectionObserver" in window) {
    new IntersectionObserver((entries) => {
      previewInView = entries.some((e) => e.isIntersecting);
      updateThumb();
    }).observe($("#preview-frame"));
  }
  $("#preview-thumb").addEventListener("click", () => {
    $("#poster-preview-panel").scrollIntoView({ block: "start" });
    $("#poster-preview-panel").focus({ preventScroll: true });
  });
}
