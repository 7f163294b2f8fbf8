/*
 * The poster form: title, lines (one row each, like the facts), topic (poster-topics.js),
 * button, footer, QR, layout, colours, the AI label. Every edit is saved and redraws the preview (poster-preview.js).
 */

import { $, autoGrow } from "./dom.js";
import { POSTER } from "./messages.js";
import { updateDownloadLabel } from "./poster-download.js";
import { posterErrors } from "./poster-errors.js";
import { renderFile } from "./poster-files.js";
import { fillColours } from "./poster-layouts.js";
import { announcePoster, posterEdited, schedulePreview } from "./poster-preview.js";
import { fillTopics } from "./poster-topics.js";
import { COLOURS, POSTER_MAX_LINES, savePoster, store } from "./store.js";
import { cpLen, plainLine } from "./text.js";

export const POSTER_LINE_CHARS = 300;
export const POSTER_TITLE_CHARS = 200;

const linesList = $("#poster-lines");
const lineTemplate = $("#poster-line-row");

export function fillPosterForm() {
  const f = store.poster.form;
  $("#poster-title").value = f.title;
  for (const name of ["cta", "footer", "qr", "organisation"]) $(`#poster-${name}`).value = f[name];
  $("#poster-ai").checked = f.ai_generated;
  const radio = $(`input[name="poster-format"][value="${f.format}"]`);
  if (radio) radio.checked = true;
  const layout = $(`input[name="poster-template"][value="${f.template}"]`);
  if (layout) layout.checked = true;
  renderPosterLines();
  fillTopics();
  updateTitleCount();
  autoGrow($("#poster-title"));
  fillColours();
  for (const kind of ["logo", "photo"]) renderFile(kind);
  updateLabelInfo();
  updateDownloadLabel();
  showPosterSource();
}

/** What the form was filled from, or how to start. */
export function showPosterSource() {
  const r = store.draft.result;
  const hasDrafts = Boolean(r && r.drafts && r.drafts.length);
  $("#poster-source").textContent =
    store.poster.form.source || (hasDrafts ? POSTER.startFromDraft : POSTER.startHere);
}

function updateTitleCount() {
  const n = cpLen(store.poster.form.title);
  const count = $("#poster-title-count");
  count.textContent = `${n}/${POSTER_TITLE_CHARS}`;
  count.classList.toggle("over", n > POSTER_TITLE_CHARS);
}

function renderPosterLines(focusIndex) {
  linesList.replaceChildren();
  const lines = store.poster.form.lines;
  lines.forEach((value, i) => {
    const row = lineTemplate.content.firstElementChild.cloneNode(true);
    const id = `poster-line-${i}`;
    const label = $(".fact-label", row);
    const input = $(".line-input", row);
    const remove = $(".line-remove", row);
    const error = $(".field-error", row);
    row.dataset.index = String(i);
    label.textContent = POSTER.line(i + 1);
    label.htmlFor = id;
    input.id = id;
    input.value = value;
    input.placeholder = i === 0 ? POSTER.linePlaceholder : "";
    error.id = `error-poster-line-${i}`;
    input.setAttribute("aria-describedby", error.id);
    remove.setAttribute("aria-label", POSTER.removeLine(i + 1));
    linesList.append(row);
    updateLineCount(row);
    autoGrow(input);
  });
  $("#poster-add-line").disabled = lines.length >= POSTER_MAX_LINES;
  if (focusIndex !== undefined) {
    const target = $(`#poster-line-${Math.max(0, Math.min(focusIndex, lines.length - 1))}`);
    if (target) target.focus();
  }
}

function updateLineCount(row) {
  const n = cpLen($(".line-input", row).value);
  const count = $(".fact-count", row);
  count.textContent = `${n}/${POSTER_LINE_CHARS}`;
  count.classList.toggle("over", n > POSTER_LINE_CHARS);
}

function linesChanged(focusIndex) {
  posterErrors.clear("lines");
  renderPosterLines(focusIndex);
  savePoster();
  schedulePreview();
}

function updateLabelInfo() {
  const on = store.poster.form.ai_generated;
  $("#label-info").hidden = !on;
  $("#label-off").hidden = on;
}

/** The lines' rows: typing, Enter for the next line, a paste of several lines, removing. */
function bindLines(f) {
  linesList.addEventListener("input", (event) => {
    const input = event.target.closest(".line-input");
    if (!input) return;
    const row = input.closest(".line-row");
    if (/[\r\n]/.test(input.value)) input.value = input.value.replace(/\s*[\r\n]+\s*/g, " ");
    f.lines[Number(row.dataset.index)] = input.value;
    updateLineCount(row);
    autoGrow(input);
    posterErrors.clearRow(row);
    posterEdited("lines");
  });

  linesList.addEventListener("keydown", (event) => {
    const input = event.target.closest(".line-input");
    if (!input || event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    // Enter starts the next line, while there is room for one.
    event.preventDefault();
    if (f.lines.length >= POSTER_MAX_LINES) {
      announcePoster(POSTER.maxLines);
      return;
    }
    const i = Number(input.closest(".line-row").dataset.index);
    f.lines.splice(i + 1, 0, "");
    linesChanged(i + 1);
  });

  linesList.addEventListener("paste", (event) => {
    const input = event.target.closest(".line-input");
    if (!input || !event.clipboardData) return;
    const parts = event.clipboardData
      .getData("text/plain")
      .split(/\r?\n/)
      .map(plainLine)
      .filter(Boolean);
    if (parts.length < 2) return;
    // Several lines pasted: one row each, as many as fit.
    event.preventDefault();
    const lines = f.lines;
    const i = Number(input.closest(".line-row").dataset.index);
    const before = input.value.slice(0, input.selectionStart);
    const after = input.value.slice(input.selectionEnd);
    const room = POSTER_MAX_LINES - lines.length + 1;
    const taken = parts.slice(0, room);
    taken[0] = (before + taken[0]).trim();
    taken[taken.length - 1] = (taken[taken.length - 1] + after).trim();
    lines.splice(i, 1, ...taken);
    linesChanged(i + taken.length - 1);
    if (parts.length > room) announcePoster(POSTER.linesDidNotFit(parts.length - room));
  });

  linesList.addEventListener("click", (event) => {
    const button = event.target.closest(".line-remove");
    if (!button) return;
    const i = Number(button.closest(".line-row").dataset.index);
    const lines = f.lines;
    if (lines.length === 1) lines[0] = "";
    else lines.splice(i, 1);
    linesChanged(Math.min(i, lines.length - 1));
    announcePoster(POSTER.lineRemoved(i + 1));
  });

  $("#poster-add-line").addEventListener("click", () => {
    if (f.lines.length >= POSTER_MAX_LINES) return;
    f.lines.push("");
    linesChanged(f.lines.length - 1);
  });
}

export function initPosterForm() {
  const f = store.poster.form;

  $("#poster-blank").addEventListener("click", () => {
    f.title = "";
    f.lines = [""];
    f.cta = "";
    f.footer = "";
    f.topic = ""; // the new words' topic is found from them, until one is chosen
    f.source = POSTER.blank;
    posterErrors.clearAll();
    fillPosterForm();
    savePoster();
    $("#poster-title").focus();
    schedulePreview(0);
  });

  $("#poster-title").addEventListener("input", (event) => {
    const input = event.target;
    if (/[\r\n]/.test(input.value)) input.value = input.value.replace(/\s*[\r\n]+\s*/g, " ");
    f.title = input.value;
    updateTitleCount();
    autoGrow(input);
    posterEdited("title");
  });

  $("#poster-title").addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.isComposing) return;
    // The title is one line: Enter goes on to the first line below it.
    event.preventDefault();
    const first = $("#poster-line-0");
    if (first) first.focus();
  });

  for (const name of ["cta", "footer", "qr", "organisation"]) {
    $(`#poster-${name}`).addEventListener("input", (event) => {
      f[name] = event.target.value;
      posterEdited(name);
    });
  }

  bindLines(f);

  // The layouts' radios are made when GET /v1/poster-templates answers: heard on their box.
  $("#poster-templates").addEventListener("change", (event) => {
    const input = event.target.closest('input[name="poster-template"]');
    if (!input) return;
    f.template = input.value;
    fillColours();
    posterEdited("template", 0);
  });

  for (const c of COLOURS) {
    $(`#poster-color-${c}`).addEventListener("input", (event) => {
      f.colors[c] = event.target.value.toLowerCase();
      $(`#poster-color-${c}-state`).textContent = POSTER.ownColour;
      $("#poster-colors-reset").disabled = false;
      posterErrors.clear(`colors.${c}`);
      posterEdited("colors");
    });
  }

  $("#poster-colors-reset").addEventListener("click", () => {
    f.colors = { background: null, text: null, accent: null };
    fillColours();
    $("#poster-color-background").focus();
    announcePoster(POSTER.coloursBack);
    posterEdited("colors", 0);
  });

  // The AI label.
  $("#poster-ai").addEventListener("change", (event) => {
    f.ai_generated = event.target.checked;
    updateLabelInfo();
    posterEdited("ai_generated", 0);
  });
}
