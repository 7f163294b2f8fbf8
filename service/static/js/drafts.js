/*
 * Drafts: cards with badges, marks, length; edit and re-check (POST /v1/checks, debounced);
 * copy; share on the draft's platform; start a poster from one; mark it published.
 */

import { api, checkBody, readError } from "./api.js";
import { $, autoGrow, el } from "./dom.js";
import { markStale } from "./form.js";
import { allIssues, badges, issueList, lengthText, renderMarked } from "./issues.js";
import { DRAFTS, NETWORK_MESSAGE, SHARE_LABEL, hindiFieldMessage, requestMessage } from "./messages.js";
import { startPosterFromDraft } from "./poster-start.js";
import { publishControl } from "./publish.js";
import { keptMarks, resultRecord, saveDrafts as save, store } from "./store.js";

const CHECK_DEBOUNCE_MS = 500;

const draftsBox = $("#drafts");
const cards = []; // per draft: {root, view, tip, issues, badges, length, status, textarea, timer, controller}

export function sourceTag(draft) {
  if (draft.source === "template") {
    const title = draft.lead ? DRAFTS.phrasebookTitle : DRAFTS.templateTitle;
    return el("span", { class: "source source-template", title }, DRAFTS.template);
  }
  if (draft.model_wrote === "headline") {
    return el("span", { class: "source source-model", title: DRAFTS.headlineTitle }, DRAFTS.headline);
  }
  return el("span", { class: "source source-model", title: DRAFTS.modelTitle }, DRAFTS.model);
}

/** `record`: {id, platform} of the response the drafts came from; null while streaming, or
 * for a saved result with no record id (nothing to mark on the server). */
export function renderDrafts(drafts, live, record) {
  for (const card of cards) {
    // The old cards go away: their pending re-checks go with them.
    clearTimeout(card.timer);
    if (card.controller) card.controller.abort();
  }
  draftsBox.replaceChildren();
  draftsBox.classList.remove("stale");
  cards.length = 0;
  const has = drafts && drafts.length;
  $("#drafts-empty").hidden = Boolean(has) || Boolean(live);
  $("#drafts-heading").hidden = !has;
  if (!has) return;
  drafts.forEach((draft, i) => draftsBox.append(draftCard(draft, i, live, live ? null : record)));
}

/** The saved result's drafts, drawn again (on load, and after a stopped run). */
export function restoreDrafts() {
  const r = store.draft.result;
  renderDrafts(r ? r.drafts : [], false, resultRecord());
  markStale();
}

function draftCard(draft, i, live, record) {
  const id = `draft-${i}`;
  const tip = el("div", { class: "tip", role: "tooltip", id: `${id}-tip`, hidden: true });
  const view = el("div", { class: "draft-text", id: `${id}-text`, lang: "hi" });
  const textarea = el("textarea", { id: `${id}-edit`, class: "draft-edit", rows: "3", lang: "hi" });
  textarea.value = draft.text;
  const editArea = el(
    "div",
    { class: "edit-area", id: `${id}-edit-area`, hidden: true },
    el("label", { for: `${id}-edit` }, DRAFTS.editLabel),
    textarea,
    el("p", { class: "hint" }, DRAFTS.editHint),
  );
  const status = el("p", { class: "check-status", role: "status", "aria-live": "polite" });
  const length = el("span", { class: "length", title: DRAFTS.lengthTitle });
  const badgeBox = el("div", { class: "badge-box" });
  const issueBox = el("div", { class: "issue-box" });
  const editButton = el("button", {
    type: "button",
    class: "btn",
    "aria-expanded": "false",
    "aria-controls": `${id}-edit-area`,
    text: DRAFTS.edit,
  });
  const copyButton = el("button", { type: "button", class: "btn", text: DRAFTS.copy });
  // A link to post on the draft's own platform, where the platform takes text in a link
  // (WhatsApp, X); Facebook and Instagram take none, so copy and the share sheet serve them.
  const platform = draftPlatform();
  const shareLink = el("a", {
    class: `btn btn-share btn-${platform}`,
    target: "_blank",
    rel: "noopener noreferrer",
    text: SHARE_LABEL[platform] || "",
    hidden: !SHARE_LABEL[platform],
  });
  shareLink.dataset.platform = platform;
  const shareButton = el("button", {
    type: "button",
    class: "btn",
    text: DRAFTS.share,
    hidden: typeof navigator.share !== "function",
  });
  shareButton.addEventListener("click", async () => {
    try {
      await navigator.share({ text: draft.text });
    } catch (_) {
      // Dismissed, or not allowed here: copy still works.
    }
  });
  const posterButton = el("button", { type: "button", class: "btn", text: DRAFTS.poster });
  const revert = el("button", { type: "button", class: "btn btn-quiet", text: DRAFTS.revert, hidden: true });
  const root = el(
    "article",
    { class: "panel draft", id, "aria-labelledby": `${id}-title` },
    el("header", { class: "draft-head" }, el("h3", { id: `${id}-title` }, DRAFTS.draft(i + 1)), sourceTag(draft), length),
    badgeBox,
    el("div", { class: "draft-body" }, view, tip),
    issueBox,
    editArea,
    status,
    el("div", { class: "draft-actions" }, editButton, copyButton, shareButton, shareLink, posterButton, revert),
  );
  if (record) {
    // All drafts of one response share its record: marking any of them marks the response.
    draft.published = keptMarks(draft.published);
    const publish = publishControl({
      prefix: id,
      recordId: record.id,
      platform: record.platform,
      marks: draft.published,
      keep: save,
    });
    $(".draft-actions", root).insertBefore(publish.toggle, revert);
    root.append(publish.panel);
  }
  const card = { root, view, tip, issueBox, badgeBox, length, status, textarea, share: shareLink, revert, draft };
  cards[i] = card;
  updateCard(card);

  if (live) {
    for (const b of [editButton, copyButton, posterButton]) b.disabled = true;
  }
  posterButton.addEventListener("click", () => startPosterFromDraft(draft, i));
  editButton.addEventListener("click", () => {
    const open = editArea.hidden;
    editArea.hidden = !open;
    editButton.setAttribute("aria-expanded", String(open));
    editButton.textContent = open ? DRAFTS.endEdit : DRAFTS.edit;
    if (open) {
      autoGrow(textarea);
      textarea.focus();
    }
  });
  textarea.addEventListener("input", () => {
    autoGrow(textarea);
    draft.text = textarea.value;
    draft.checkedText = null;
    save();
    // Offsets of the last check no longer fit: show the text unmarked until the re-check.
    card.view.textContent = draft.text;
    card.share.href = shareHref(draft.text, card.share.dataset.platform);
    card.revert.hidden = draft.text === draft.original;
    card.status.textContent = DRAFTS.willCheck;
    scheduleCheck(card);
  });
  copyButton.addEventListener("click", async () => {
    const ok = await copyText(draft.text);
    card.status.textContent = ok ? DRAFTS.copied : DRAFTS.notCopied;
  });
  revert.addEventListener("click", () => {
    draft.text = draft.original;
    textarea.value = draft.text;
    autoGrow(textarea);
    draft.checkedText = null;
    save();
    card.view.textContent = draft.text;
    card.share.href = shareHref(draft.text, card.share.dataset.platform);
    revert.hidden = true;
    scheduleCheck(card, 0);
  });
  if (!live && draft.checkedText === null) scheduleCheck(card, 0);
  return root;
}

/** The platform the drafts on screen were written for. */
function draftPlatform() {
  const { run } = store;
  const { result, form } = store.draft;
  const context = (run && run.context) || (result && result.context);
  return (context && context.platform) || form.platform;
}

/** The draft's link on its platform: WhatsApp's (its app's own link when this computer is
 * offline and wa.me cannot load), or X's, with an X thread's first post. */
function shareHref(text, platform) {
  if (platform === "x") {
    const first = text.split(/\n\n(?=🧵 )/u)[0].replace(/^🧵 \d+\/\d+\n/u, "");
    return `https://x.com/intent/post?text=${encodeURIComponent(first)}`;
  }
  if (platform !== "whatsapp") return "";
  const encoded = encodeURIComponent(text);
  return navigator.onLine === false ? `whatsapp://send?text=${encoded}` : `https://wa.me/?text=${encoded}`;
}

function updateCard(card) {
  const { draft } = card;
  const issues = renderMarked(card.view, draft.text, draft.checks, card.tip);
  card.badgeBox.replaceChildren(badges(draft.checks));
  const list = issueList(issues);
  card.issueBox.replaceChildren(...(list ? [list] : []));
  card.length.textContent = lengthText(draft.length);
  card.length.classList.toggle("over", Boolean(draft.length && draft.length.count > draft.length.limit));
  card.root.dataset.passed = String(Boolean(draft.passed));
  card.share.href = shareHref(draft.text, card.share.dataset.platform);
  card.revert.hidden = draft.text === draft.original;
}

function scheduleCheck(card, delay) {
  clearTimeout(card.timer);
  card.timer = setTimeout(() => runCheck(card), delay === undefined ? CHECK_DEBOUNCE_MS : delay);
}

async function runCheck(card) {
  const { draft } = card;
  const ctx = store.draft.result && store.draft.result.context;
  if (!ctx) return;
  const text = draft.text;
  if (!text.trim()) {
    card.status.textContent = DRAFTS.empty;
    return;
  }
  if (card.controller) card.controller.abort();
  const controller = new AbortController();
  card.controller = controller;
  card.status.textContent = DRAFTS.checking;
  card.root.setAttribute("aria-busy", "true");
  let response;
  try {
    response = await api("/v1/checks", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: checkBody(text, ctx),
      signal: controller.signal,
    });
  } catch (err) {
    if (err.name !== "AbortError") card.status.textContent = NETWORK_MESSAGE;
    return;
  } finally {
    if (card.controller === controller) card.root.removeAttribute("aria-busy");
  }
  if (card.controller !== controller || draft.text !== text) return; // a newer edit is on its way
  if (!response.ok) {
    const { status, detail, message } = await readError(response);
    if (status === 422 && Array.isArray(detail)) {
      card.status.textContent = detail.map((e) => hindiFieldMessage(String(e.field || "text"), e)).join(" ");
    } else {
      card.status.textContent = requestMessage(status, detail, message);
    }
    return;
  }
  const data = await response.json();
  draft.checks = data.checks;
  draft.passed = data.passed;
  const d = data.checks && data.checks.length && data.checks.length.details;
  if (d && d.count !== undefined) draft.length = { count: d.count, limit: d.limit, unit: d.unit };
  draft.checkedText = text;
  save();
  updateCard(card);
  const n = allIssues(data.checks).length;
  card.status.textContent = data.passed ? DRAFTS.rechecked : DRAFTS.recheckedIssues(n);
}

async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch (_) {
    // fall through to the old way
  }
  // Over plain http on a LAN address there is no clipboard API: copy through a selection.
  const area = el("textarea", { class: "copy-buffer", readonly: true, "aria-hidden": "true" });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch (_) {
    ok = false;
  }
  area.remove();
  return ok;
}
