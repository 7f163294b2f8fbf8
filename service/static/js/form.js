/*
 * The draft form: the facts (one row each, or a pasted paragraph split into rows), the choices,
 * a worked example to start from, and the request they make. Every edit is saved at once.
 */

import { $, $$, announce, autoGrow } from "./dom.js";
import { fieldErrorUI } from "./errors.js";
import { EXAMPLES, FACT_PLACEHOLDERS, FORM } from "./messages.js";
import { onSave, saveDrafts as save, store } from "./store.js";
import { cpLen } from "./text.js";

const form = $("#draft-form");
const factsList = $("#facts-list");
const factTemplate = $("#fact-row");

function renderFacts(focusIndex) {
  const f = store.draft.form;
  factsList.replaceChildren();
  const placeholder = FACT_PLACEHOLDERS[f.kind];
  f.facts.forEach((value, i) => {
    const row = factTemplate.content.firstElementChild.cloneNode(true);
    const id = `fact-${i}`;
    const label = $(".fact-label", row);
    const input = $(".fact-input", row);
    const remove = $(".fact-remove", row);
    const error = $(".field-error", row);
    row.dataset.index = String(i);
    label.textContent = FORM.fact(i + 1);
    label.htmlFor = id;
    input.id = id;
    input.value = value;
    input.placeholder = i === 0 ? placeholder : "";
    error.id = `error-fact-${i}`;
    $(".fact-note", row).id = `note-fact-${i}`;
    input.setAttribute("aria-describedby", `${error.id} note-fact-${i}`);
    remove.setAttribute("aria-label", FORM.removeFact(i + 1));
    factsList.append(row);
    updateFactCount(row);
    autoGrow(input);
  });
  if (focusIndex !== undefined) {
    const target = $(`#fact-${Math.max(0, Math.min(focusIndex, f.facts.length - 1))}`);
    if (target) target.focus();
  }
}

// A web or mail address is Latin in any Hindi fact: its letters are not counted (the
// server's ADDRESS rule in service/limits.py).
const ADDRESS = /(?:https?:\/\/)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?/g;

/** A fact mostly in Roman letters gets no Hindi post: say so while it is typed, by the rule
 * the server refuses it with (service/limits.py roman_fact_errors). */
function romanFact(text) {
  text = text.replace(ADDRESS, " ");
  const latin = (text.match(/[A-Za-z]/g) || []).length;
  const devanagari = (text.match(/[\u0900-\u097F]/g) || []).length;
  return latin >= 8 && latin > devanagari;
}

/** The English words in Latin letters among a Hindi fact's words ("कल गाँव में health camp
 * है"): a hint only, drafting goes on. What a Hindi notice writes as it is stays unnamed: an
 * all-caps code (BPL, NFSA), a hyphenated one (e-KYC, PM-KISAN, PMAY-G), and anything with a
 * digit, a dot or an "@" (1800-180-1551, an address). */
function englishWords(text) {
  text = text.replace(ADDRESS, " ");
  if (!/[\u0900-\u097F]/.test(text)) return [];
  const words = [];
  for (const chunk of text.split(/[\s,;:!?()[\]{}"'«»“”‘’।॥/]+/)) {
    const word = chunk.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
    if (!/[A-Za-z]/.test(word) || /[0-9.@]/.test(word) || !/[a-z]/.test(word)) continue;
    const parts = word.split("-");
    if (parts.length > 1 && parts.some((part) => /^[A-Z]{2,}$/.test(part))) continue;
    if (!words.includes(word)) words.push(word);
  }
  return words;
}

function updateFactNote(row) {
  const note = $(".fact-note", row);
  const text = $(".fact-input", row).value;
  const roman = romanFact(text);
  const english = roman ? [] : englishWords(text);
  note.hidden = !roman && english.length === 0;
  note.textContent = roman ? FORM.roman : english.length ? FORM.mixed(english) : "";
}

export function updateFactCount(row) {
  updateFactNote(row);
  const input = $(".fact-input", row);
  const count = $(".fact-count", row);
  const n = cpLen(input.value);
  count.textContent = `${n}/${store.limits.max_fact_chars}`;
  count.classList.toggle("over", n > store.limits.max_fact_chars);
}

/** Split a pasted paragraph into facts: on ।, ॥, a full stop before a space, and line breaks. */
function splitParagraph(text) {
  return String(text || "")
    .split(/\r?\n|[।॥]|[.!?](?=\s|$)/u)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

function setMode(mode) {
  store.draft.form.mode = mode;
  for (const button of $$(".mode-btn")) {
    button.setAttribute("aria-pressed", String(button.dataset.mode === mode));
  }
  $("#facts-list-mode").hidden = mode !== "list";
  $("#facts-paste-mode").hidden = mode !== "paste";
  save();
}

/** Move the pasted paragraph into the list of facts; returns how many facts it gave. */
export function splitPasteIntoFacts() {
  const f = store.draft.form;
  const parts = splitParagraph(f.paste);
  if (!parts.length) return 0;
  const hasFacts = f.facts.some((x) => x.trim());
  f.facts = hasFacts ? [...f.facts.filter((x) => x.trim()), ...parts] : parts;
  f.paste = "";
  $("#facts-paste").value = "";
  setMode("list");
  renderFacts();
  return parts.length;
}

export function fillForm() {
  const f = store.draft.form;
  for (const name of ["kind", "platform", "tone", "variants"]) {
    const radio = $(`input[name="${name}"][value="${f[name]}"]`);
    if (radio) radio.checked = true;
  }
  $("#audience").value = f.audience;
  $("#call_to_action").value = f.call_to_action;
  $("#facts-paste").value = f.paste;
  renderFacts();
  setMode(f.mode);
}

/** The request body the form makes now, and `map`: facts[k] sent -> UI row map[k]. */
export function buildRequest() {
  const f = store.draft.form;
  const facts = [];
  const map = []; // facts[k] sent -> UI row map[k]
  f.facts.forEach((fact, i) => {
    const value = fact.trim();
    if (value) {
      facts.push(value);
      map.push(i);
    }
  });
  const body = { kind: f.kind, facts, platform: f.platform, tone: f.tone, variants: f.variants };
  const audience = f.audience.trim();
  const cta = f.call_to_action.trim();
  if (audience) body.audience = audience;
  if (cta) body.call_to_action = cta;
  return { body, map };
}

/** Drafts on screen that came from other facts or choices than the form's now say so
 * (issue 15: after an edit or a reload they looked current). */
export function markStale() {
  const note = document.getElementById("drafts-stale");
  const r = store.draft.result;
  if (!note) return;
  let stale = false;
  const busy = form.getAttribute("aria-busy") === "true";
  if (r && r.context && r.drafts && r.drafts.length && !busy) {
    const { body } = buildRequest();
    const c = r.context;
    const now = [body.kind, body.facts, body.audience || null, body.call_to_action || null, body.platform, body.tone];
    const then = [c.kind, c.facts, c.audience || null, c.call_to_action || null, c.platform, c.tone];
    stale = JSON.stringify(now) !== JSON.stringify(then);
  }
  note.hidden = !stale;
}

function fieldTargets(field) {
  const m = /^facts\[(\d+)\]$/.exec(field);
  if (m) {
    const row = $(`.fact-row[data-index="${m[1]}"]`);
    if (row) return { box: row, error: $(".field-error", row), inputs: [$(".fact-input", row)] };
  }
  const box = document.getElementById(`field-${field}`);
  if (!box) return null;
  const inputs = $$("input, textarea", box).filter((x) => x.type !== "radio" || x.checked);
  if (field === "facts") inputs.splice(0, inputs.length, ...$$(".fact-input", box));
  return { box, error: document.getElementById(`error-${field}`), inputs };
}

/** The draft form's field errors: [{field, text, english?}]; field is the UI's field name
 * (facts[i] = the UI row). */
export const draftErrors = fieldErrorUI(form, $("#form-errors"), fieldTargets);

export function initForm() {
  const f = store.draft.form;
  onSave(markStale);

  factsList.addEventListener("input", (event) => {
    const input = event.target.closest(".fact-input");
    if (!input) return;
    const row = input.closest(".fact-row");
    const i = Number(row.dataset.index);
    f.facts[i] = input.value;
    updateFactCount(row);
    autoGrow(input);
    draftErrors.clearRow(row);
    draftErrors.clear("facts");
    save();
  });

  factsList.addEventListener("keydown", (event) => {
    const input = event.target.closest(".fact-input");
    if (!input || event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    // Enter starts the next fact: a fact is one line.
    event.preventDefault();
    const i = Number(input.closest(".fact-row").dataset.index);
    f.facts.splice(i + 1, 0, "");
    save();
    renderFacts(i + 1);
  });

  factsList.addEventListener("paste", (event) => {
    const input = event.target.closest(".fact-input");
    if (!input || !event.clipboardData) return;
    const text = event.clipboardData.getData("text/plain");
    const parts = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
    if (parts.length < 2) return;
    // Several lines pasted into one fact: one fact per line.
    event.preventDefault();
    const facts = f.facts;
    const i = Number(input.closest(".fact-row").dataset.index);
    const before = input.value.slice(0, input.selectionStart);
    const after = input.value.slice(input.selectionEnd);
    facts[i] = (before + parts[0]).trim();
    const rest = parts.slice(1);
    rest[rest.length - 1] = (rest[rest.length - 1] + after).trim();
    facts.splice(i + 1, 0, ...rest);
    save();
    renderFacts(i + rest.length);
  });

  factsList.addEventListener("click", (event) => {
    const button = event.target.closest(".fact-remove");
    if (!button) return;
    const facts = f.facts;
    const i = Number(button.closest(".fact-row").dataset.index);
    if (facts.length === 1) facts[0] = "";
    else facts.splice(i, 1);
    save();
    renderFacts(Math.min(i, facts.length - 1));
    announce(FORM.factRemoved(i + 1));
  });

  $("#add-fact").addEventListener("click", () => {
    f.facts.push("");
    save();
    renderFacts(f.facts.length - 1);
  });

  for (const button of $$(".mode-btn")) {
    button.addEventListener("click", () => {
      setMode(button.dataset.mode);
      (button.dataset.mode === "paste" ? $("#facts-paste") : $(".fact-input")).focus();
    });
  }

  $("#facts-paste").addEventListener("input", (event) => {
    f.paste = event.target.value;
    draftErrors.clear("facts");
    save();
  });

  $("#split-paste").addEventListener("click", () => {
    const n = splitPasteIntoFacts();
    if (!n) {
      draftErrors.show([{ field: "facts", text: FORM.nothingToSplit }]);
      return;
    }
    announce(FORM.split(n));
    $("#fact-0").focus();
  });

  for (const name of ["kind", "platform", "tone", "variants"]) {
    for (const radio of $$(`input[name="${name}"]`)) {
      radio.addEventListener("change", () => {
        f[name] = name === "variants" ? Number(radio.value) : radio.value;
        draftErrors.clear(name);
        if (name === "kind") {
          const first = $("#fact-0");
          if (first) first.placeholder = FACT_PLACEHOLDERS[f.kind];
        }
        save();
      });
    }
  }

  for (const name of ["audience", "call_to_action"]) {
    $(`#${name}`).addEventListener("input", (event) => {
      f[name] = event.target.value;
      draftErrors.clear(name);
      save();
    });
  }

  $("#fill-example").addEventListener("click", () => {
    const example = EXAMPLES[f.kind] || EXAMPLES.scheme;
    Object.assign(f, {
      facts: [...example.facts],
      audience: example.audience,
      call_to_action: example.call_to_action,
      tone: example.tone,
      mode: "list",
    });
    save();
    fillForm();
    $("#fact-0").focus();
    announce(FORM.exampleFilled);
  });
}
