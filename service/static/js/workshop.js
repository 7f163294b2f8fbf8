/*
 * Workshop mode: the prompt, the candidates as they stream, rejections, the choice; after a
 * reload, the last run's trace; and a deliberately wrong draft to show what the checks stop.
 */

import { api, checkBody } from "./api.js";
import { $, el, scrollIntoViewIfNeeded } from "./dom.js";
import { sourceTag } from "./drafts.js";
import { issueList, renderMarked } from "./issues.js";
import { CHECKS, WORKSHOP } from "./messages.js";
import { saveDrafts, store } from "./store.js";
import { cpLen } from "./text.js";

export function showPrompt(data) {
  const prompt = $("#prompt-text");
  prompt.textContent = data.text || "";
  prompt.scrollTop = prompt.scrollHeight; // the request itself is at the end
  $("#prompt-meta").textContent = WORKSHOP.promptMeta(data.name, data.version, cpLen(data.text));
  $("#workshop-empty").hidden = true;
}

export function showStats({ stats = {}, timing_ms: ms, model }, before = "") {
  $("#run-stats").textContent = before + WORKSHOP.stats(stats, ms, model);
}

/** The last finished run's trace, drawn again after a reload, said to be the last run's. */
export function replayTrace(trace) {
  if (!trace || !trace.prompt || !trace.done) return;
  resetWorkshop();
  showPrompt(trace.prompt);
  const past = { candidates: new Map() };
  for (const data of trace.candidates) {
    if (!data || !Number.isInteger(data.index)) continue;
    const cand = candidateBox(past, data.index);
    cand.text = String(data.text || "");
    cand.textNode.appendData(cand.text);
    finishCandidate(cand, data);
  }
  trace.drafts.forEach((draft, i) => addChoice(past, draft, i));
  showStats(trace.done, WORKSHOP.lastRun);
  const r = store.draft.result;
  $("#bad-example").hidden = !(r && r.drafts.length);
}

/** A workshop demo for a room where every candidate passed: the first draft with a line the
 * facts do not back, checked by the server as drafting checks, shown as a rejected example
 * and labelled as no model's (issue 15: "no way to show a rejected candidate"). */
async function showBadExample() {
  const r = store.draft.result;
  if (!r || !r.drafts.length || !r.context) return;
  const sources = r.context.sources.join(" ");
  let amount = 99999;
  while (sources.includes(amount.toLocaleString("en-IN"))) amount -= 1111;
  const figure = `₹${amount.toLocaleString("en-IN")}`;
  const added = WORKSHOP.addedLine(figure);
  const lines = r.drafts[0].text.split("\n");
  const text = [lines[0], added, ...lines.slice(1)].join("\n");
  const button = $("#bad-example");
  button.disabled = true;
  try {
    const ctx = r.context;
    const response = await api("/v1/checks", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: checkBody(text, ctx),
    });
    if (!response.ok) return;
    const data = await response.json();
    const old = document.getElementById("candidate-example");
    if (old) old.remove();
    const cand = candidateBox({ candidates: new Map() }, "example", WORKSHOP.exampleTitle);
    cand.text = text;
    cand.textNode.appendData(text);
    finishCandidate(cand, { text, checks: data.checks, passed: data.passed });
    cand.meta.textContent = WORKSHOP.exampleMeta(added);
    scrollIntoViewIfNeeded(cand.root);
  } catch (_) {
    // The demo is an extra: a network failure leaves the trace as it was.
  } finally {
    button.disabled = false;
  }
}

export function resetWorkshop() {
  $("#prompt-text").textContent = "";
  $("#prompt-meta").textContent = "";
  $("#candidates").replaceChildren();
  $("#choices").replaceChildren();
  $("#run-stats").textContent = "";
  $("#workshop-empty").hidden = false;
  $("#bad-example").hidden = true;
}

/** The candidate's box in `r` (a run, or a trace drawn again), made on its first token. */
export function candidateBox(r, index, title) {
  let cand = r.candidates.get(index);
  if (cand) return cand;
  const textNode = document.createTextNode("");
  const body = el("div", { class: "cand-text", lang: "hi" }, textNode);
  const verdict = el("span", { class: "verdict verdict-streaming" }, WORKSHOP.streaming);
  const meta = el("span", { class: "cand-meta" });
  const tip = el("div", { class: "tip", role: "tooltip", id: `cand-${index}-tip`, hidden: true });
  const root = el(
    "article",
    { class: "candidate", id: `candidate-${index}`, "data-state": "streaming" },
    el("header", { class: "cand-head" }, el("h4", {}, title || WORKSHOP.candidate(index + 1)), verdict, meta),
    el("div", { class: "draft-body" }, body, tip),
  );
  $("#candidates").append(root);
  cand = { index, root, body, textNode, verdict, meta, tip, text: "", data: null };
  r.candidates.set(index, cand);
  return cand;
}

export function finishCandidate(cand, data) {
  cand.data = data;
  cand.root.dataset.state = data.passed ? "passed" : "rejected";
  cand.verdict.className = `verdict ${data.passed ? "verdict-pass" : "verdict-fail"}`;
  cand.verdict.textContent = data.passed ? WORKSHOP.pass : WORKSHOP.reject;
  const temp = WORKSHOP.temperature(data.temperature);
  cand.meta.textContent = WORKSHOP.candidateMeta(temp, data.tokens, Number(data.seconds || 0).toFixed(1));
  const issues = renderMarked(cand.body, data.text, data.checks, cand.tip);
  const failed = CHECKS.filter(([name]) => data.checks && data.checks[name] && !data.checks[name].passed);
  if (failed.length) {
    cand.root.append(
      el("p", { class: "reject-reason" }, WORKSHOP.rejectedBy, failed.map(([, label]) => label).join(", ")),
    );
    const list = issueList(issues);
    if (list) cand.root.append(list);
  }
}

export function addChoice(r, draft, i) {
  let text;
  if (draft.source === "model") {
    const cand = Array.from(r.candidates.values()).find((c) => c.data && c.data.text === draft.text);
    text = cand ? WORKSHOP.fromCandidate(i + 1, cand.index + 1) : WORKSHOP.fromModel(i + 1);
  } else {
    text = WORKSHOP.fromTemplate(i + 1);
  }
  $("#choices").append(el("li", { class: `choice choice-${draft.source}` }, sourceTag(draft), " ", text));
}

export function setWorkshop(on) {
  store.draft.workshop = on;
  $("#workshop-toggle").checked = on;
  document.documentElement.classList.toggle("workshop", on);
  $("#workshop").hidden = !on;
  saveDrafts();
}

export function initWorkshop() {
  $("#bad-example").addEventListener("click", showBadExample);
  $("#workshop-toggle").addEventListener("change", (event) => setWorkshop(event.target.checked));
}
