/*
 * A poster from a draft: its title, lines and button from the server's words while the draft
 * is as it came, else read from the edited text; the form says what it was filled from.
 */

import { $ } from "./dom.js";
import { OLD_DISCLOSURE, POSTER } from "./messages.js";
import { posterErrors } from "./poster-errors.js";
import { POSTER_LINE_CHARS, POSTER_TITLE_CHARS, fillPosterForm } from "./poster-form.js";
import { schedulePreview } from "./poster-preview.js";
import { showScreen } from "./screens.js";
import { POSTER_MAX_LINES, savePoster, store } from "./store.js";
import { clip, plainLine } from "./text.js";

const sameLine = (a, b) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/** Title and lines from a draft's text: its first line, then the rest, less the disclosure. */
function posterTextFromDraft(text, disclosure) {
  let rows = String(text || "")
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  let dropped = false;
  // The disclosure is the draft's last line (the response's `disclosure`): the poster has its own
  // label. Older saved results have no `disclosure`; their last line is recognised by its words.
  const last = rows[rows.length - 1] || "";
  if (rows.length > 1 && (disclosure ? sameLine(last, disclosure) : OLD_DISCLOSURE.test(last))) {
    rows = rows.slice(0, -1);
    dropped = true;
  }
  if (disclosure) {
    const before = rows.length;
    rows = rows.filter((row) => !sameLine(row, disclosure));
    dropped = dropped || rows.length < before;
  }
  // Not on a poster: an X thread's "🧵 1/2", hashtags, lines of emoji alone; the call to
  // action ("👉 ...") goes to the poster's button.
  let cta = "";
  rows = rows.filter((row) => {
    if (/^🧵/u.test(row) || /^#/.test(row) || !/[\p{L}\p{N}]/u.test(row)) return false;
    if (/^👉/u.test(row) && !cta) {
      cta = plainLine(row).replace(/[।.!]+$/u, "");
      return false;
    }
    return true;
  });
  const plain = rows.map(plainLine).filter(Boolean);
  return clipped(plain[0] || "", plain.slice(1), cta, dropped);
}

/** The poster form's words within its limits, saying what was cut. */
function clipped(first, rest, cta, dropped) {
  const title = clip(first, POSTER_TITLE_CHARS);
  const lines = rest.slice(0, POSTER_MAX_LINES).map((line) => clip(line, POSTER_LINE_CHARS));
  const shortened = (first && title !== first) || lines.some((line, i) => line !== rest[i]);
  return { title, lines, cta, dropped, left: rest.length - lines.length, shortened };
}

/** A poster's words from a draft: the server's (its headline, facts and call to action) while
 * the draft is as it came, else read from the edited text. */
function posterWords(draft, disclosure) {
  const words = draft.poster;
  if (words && draft.text === draft.original) {
    return clipped(words.title || "", words.lines || [], words.cta || "", true);
  }
  return posterTextFromDraft(draft.text, disclosure);
}

export function startPosterFromDraft(draft, index) {
  const result = store.draft.result;
  const disclosure = (result && result.disclosure) || "";
  const got = posterWords(draft, disclosure);
  const f = store.poster.form;
  f.title = got.title;
  f.lines = got.lines.length ? got.lines : [""];
  f.cta = got.cta;
  f.topic = ""; // found from the draft's words, until one is chosen
  const parts = got.lines.length ? [POSTER.fromDraft(index + 1, got.lines.length)] : [POSTER.fromOneLine(index + 1)];
  if (got.dropped) parts.push(POSTER.disclosureDropped);
  if (got.left > 0) parts.push(POSTER.linesLeft(got.left));
  if (got.shortened) parts.push(POSTER.shortened);
  f.source = parts.join(" ");
  posterErrors.clearAll();
  fillPosterForm();
  savePoster();
  showScreen("poster");
  $("#poster-title").focus();
  window.scrollTo(0, 0);
  schedulePreview(0);
}
