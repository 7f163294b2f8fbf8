/*
 * The poster request the form makes, and what comes back besides the image: field errors on
 * their fields, a request error in the alert, the server's warnings, the AI label's share.
 */

import { $, $$, el, scrollIntoViewIfNeeded } from "./dom.js";
import { fieldErrorUI, fillRequestError } from "./errors.js";
import {
  ERRORS,
  KNOWN_FIELD_MESSAGE,
  NETWORK_MESSAGE,
  POSTER,
  posterFieldMessage,
  posterStatusMessage,
  warningHindi,
} from "./messages.js";
import { COLOURS, store } from "./store.js";

/** The request body the poster form makes now, and `map`: lines[k] sent -> UI row map[k]. */
export function posterRequest(format) {
  const f = store.poster.form;
  const lines = [];
  const map = []; // lines[k] sent -> UI row map[k]
  f.lines.forEach((line, i) => {
    const value = line.replace(/\s+/g, " ").trim();
    if (value) {
      lines.push(value);
      map.push(i);
    }
  });
  const body = {
    // None before GET /v1/poster-templates has answered: the server's default layout.
    ...(f.template ? { template: f.template } : {}),
    title: f.title.replace(/\s+/g, " ").trim(),
    lines,
    format,
    ai_generated: f.ai_generated,
  };
  for (const name of ["cta", "footer", "qr", "organisation"]) {
    const value = f[name].replace(/\s+/g, " ").trim();
    if (value) body[name] = value;
  }
  if (f.topic) body.topic = f.topic; // none: the server finds it from the words
  for (const kind of ["logo", "photo"]) {
    if (f[kind] && f[kind].data) body[kind] = f[kind].data;
  }
  const colors = {};
  for (const c of COLOURS) if (f.colors[c]) colors[c] = f.colors[c];
  if (Object.keys(colors).length) body.colors = colors;
  return { body, map };
}

function posterTargets(field) {
  const row = /^lines\[(\d+)\]$/.exec(field);
  if (row) {
    const li = $(`.line-row[data-index="${row[1]}"]`, $("#poster-lines"));
    if (li) return { box: li, error: $(".field-error", li), inputs: [$(".line-input", li)] };
    field = "lines";
  }
  const colour = /^colors\.(\w+)$/.exec(field);
  if (colour) {
    const input = document.getElementById(`poster-color-${colour[1]}`);
    return { box: $("#field-poster-colors"), error: $("#error-poster-colors"), inputs: input ? [input] : [] };
  }
  const box = document.getElementById(`field-poster-${field}`);
  if (!box) return null;
  let inputs = $$("input, textarea, select", box).filter((x) => x.type !== "radio" || x.checked);
  if (field === "lines") inputs = $$(".line-input", box);
  if (field === "template") inputs = $$('input[name="poster-template"]:checked', box);
  return { box, error: document.getElementById(`error-poster-${field}`), inputs };
}

export const posterErrors = fieldErrorUI($("#screen-poster"), $("#poster-errors"), posterTargets);

/** The server's errors on their fields; while typing, the same set is not shown again. */
export function showPosterErrors(errors, options) {
  if (!errors.length) {
    posterErrors.clearAll();
    return;
  }
  const key = JSON.stringify(errors.map((e) => [e.field, e.text]));
  if (key === posterErrors.current() && options && options.focus === false) return;
  posterErrors.show(errors, options);
}

function posterErrorList(detail, map) {
  const list = Array.isArray(detail) ? detail : [];
  return list.map((raw) => {
    const err = raw;
    let field = String(err.field || "body");
    const params = err.params || {};
    if (field === "lines" && err.type === "string_too_long" && Number.isInteger(params.index)) {
      field = `lines[${params.index}]`; // which line is too long, from the server's params
    }
    let m;
    if ((m = /^lines(?:\[(\d+)\]|\.(\d+))$/.exec(field))) {
      const sent = Number(m[1] ?? m[2]);
      field = `lines[${map && map[sent] !== undefined ? map[sent] : sent}]`;
    }
    const text = posterFieldMessage(field, err);
    return { field, text, english: KNOWN_FIELD_MESSAGE(text) ? null : raw.message };
  });
}

/** A failed poster request: field errors on their fields, anything else in the alert. */
export function posterFailed(status, detail, map, options, retry, message, code, params) {
  const onFields = (status === 422 || status === 413) && Array.isArray(detail);
  const fields = onFields ? posterErrorList(detail, map) : [];
  if (fields.length) {
    $("#poster-request-error").hidden = true;
    showPosterErrors(fields, options);
    return;
  }
  const box = $("#poster-request-error");
  fillRequestError(
    box,
    status ? posterStatusMessage(status, detail, message, code, params) : NETWORK_MESSAGE,
    detail,
    retry,
  );
  box.dataset.status = String(status || "network");
  if (!options || options.focus !== false) scrollIntoViewIfNeeded(box);
}

export function showWarning(header) {
  const box = $("#poster-warning");
  if (!header) {
    box.hidden = true;
    return;
  }
  box.replaceChildren(
    el("p", { class: "notice-title" }, POSTER.notice),
    el("ul", {}, warningHindi(header).map((w) => el("li", {}, w))),
    el("p", { class: "technical" }, ERRORS.technical, el("span", { lang: "en" }, header)),
  );
  box.hidden = false;
}

export function showLabelShare(header) {
  const box = $("#label-share");
  const share = Number(header);
  if (!header || !Number.isFinite(share) || share <= 0) {
    box.hidden = true;
    return;
  }
  const percent = `${(share * 100).toFixed(1)}%`;
  const enough = share >= 0.1;
  box.replaceChildren(
    el("span", { class: "share-icon", "aria-hidden": "true" }, enough ? "✓" : "⚠"),
    POSTER.labelShare,
    el("strong", { id: "label-share-value" }, percent),
    POSTER.labelSharePart,
    enough ? POSTER.labelEnough : POSTER.labelTooSmall,
  );
  box.classList.toggle("low", !enough);
  box.hidden = false;
}
