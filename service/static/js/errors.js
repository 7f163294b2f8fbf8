/*
 * Errors as both screens show them: field errors (client-side and 422) on their fields with a
 * summary that links to them, and request errors (413, 503, 504, 502, ...) in an alert box.
 */

import { $, $$, el, scrollIntoViewIfNeeded } from "./dom.js";
import { ERRORS, detailText } from "./messages.js";

/**
 * Field errors of one form: each shown on its field, plus a summary that links to them.
 * `targets(field)` finds {box, error, inputs} for a UI field name. Used by both screens.
 */
export function fieldErrorUI(root, summary, targets) {
  function clearAll() {
    for (const box of $$(".invalid", root)) box.classList.remove("invalid");
    for (const p of $$(".field-error", root)) p.hidden = true;
    for (const x of $$("[aria-invalid]", root)) x.removeAttribute("aria-invalid");
    summary.hidden = true;
    summary.dataset.errors = "";
  }

  /** errors: [{field, text, english?}]. options.focus = false: no focus, no scrolling. */
  function show(errors, options) {
    const moveFocus = !options || options.focus !== false;
    clearAll();
    const items = [];
    let first = null;
    for (const err of errors) {
      const t = targets(err.field);
      if (t) {
        t.box.classList.add("invalid");
        if (t.error) {
          t.error.hidden = false;
          t.error.textContent = err.text;
        }
        for (const input of t.inputs) input.setAttribute("aria-invalid", "true");
        if (!first) first = t.inputs[0] || t.box;
      }
      const item = el("li", {}, err.text);
      if (err.english) item.append(el("span", { class: "english", lang: "en" }, ` (${err.english})`));
      if (t && t.inputs[0]) {
        const target = t.inputs[0];
        const link = el("button", { type: "button", class: "link", text: ERRORS.fix });
        link.addEventListener("click", () => target.focus());
        item.append(" ", link);
      }
      items.push(item);
    }
    summary.replaceChildren(el("p", { class: "error-title" }, ERRORS.summaryTitle), el("ul", {}, items));
    summary.hidden = false;
    summary.dataset.errors = JSON.stringify(errors.map((e) => [e.field, e.text]));
    if (!moveFocus) return;
    if (first && typeof first.focus === "function") first.focus();
    else summary.focus();
    scrollIntoViewIfNeeded(summary);
  }

  function clear(field) {
    const t = targets(field);
    if (!t || !t.box.classList.contains("invalid")) return;
    summary.dataset.errors = ""; // what is shown is no longer the set it was made from
    t.box.classList.remove("invalid");
    if (t.error) t.error.hidden = true;
    for (const input of $$("[aria-invalid]", t.box)) {
      // A row (a fact, a poster line) keeps its own error until that row is edited.
      if (!input.closest(".fact-row.invalid, .line-row.invalid")) input.removeAttribute("aria-invalid");
    }
    if (!$$(".invalid", root).length) summary.hidden = true;
  }

  function clearRow(row) {
    row.classList.remove("invalid");
    $(".field-error", row).hidden = true;
    for (const input of $$("[aria-invalid]", row)) input.removeAttribute("aria-invalid");
    if (!$$(".invalid", root).length) summary.hidden = true;
    summary.dataset.errors = "";
  }

  /** The errors shown now, as [[field, text], ...] in JSON: to skip showing the same again. */
  const current = () => (summary.hidden ? "" : summary.dataset.errors || "");

  return { show, clear, clearRow, clearAll, current };
}

/** Fill an alert box: the Hindi message, the English detail, and a retry button. */
export function fillRequestError(box, message, detail, retry) {
  const parts = [el("p", { class: "error-title" }, message)];
  const english = detailText(detail);
  if (english) {
    parts.push(el("p", { class: "technical" }, ERRORS.technical, el("span", { lang: "en" }, english)));
  }
  const button = el("button", { type: "button", class: "btn", text: ERRORS.retry });
  button.addEventListener("click", retry);
  parts.push(button);
  box.replaceChildren(...parts);
  box.hidden = false;
}
