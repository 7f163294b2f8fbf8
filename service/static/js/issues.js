/*
 * Issues: the text with its issue spans marked, the list of reasons, the badges per check.
 * Offsets in check issues are Unicode code points (Python str indices); JS strings are UTF-16,
 * so text is sliced as Array.from(text), never with String.prototype.slice.
 */

import { el } from "./dom.js";
import { CHECKS, CHECK_HI, ISSUES, UNIT_HI, issueHindi } from "./messages.js";

export function allIssues(checks) {
  const list = [];
  for (const [name] of CHECKS) {
    const result = checks && checks[name];
    if (!result || !Array.isArray(result.issues)) continue;
    for (const issue of result.issues) list.push({ check: name, issue, hindi: issueHindi(name, issue) });
  }
  return list;
}

const CHECK_ORDER = Object.fromEntries(CHECKS.map(([name], i) => [name, i]));

/** Issues to mark inside the text: valid offsets, not the whole text, no overlaps. */
function inlineIssues(cps, issues) {
  const n = cps.length;
  const usable = issues.filter(({ issue }) => {
    const { start, end } = issue;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > n || start >= end) {
      return false;
    }
    if (end - start >= Math.max(1, n * 0.8)) return false; // the whole post: listed, not marked
    return cps.slice(start, end).join("") === issue.span; // stale offsets are never marked
  });
  usable.sort(
    (a, b) => a.issue.start - b.issue.start || CHECK_ORDER[a.check] - CHECK_ORDER[b.check],
  );
  const chosen = [];
  let lastEnd = 0;
  for (const item of usable) {
    if (item.issue.start < lastEnd) continue;
    chosen.push(item);
    lastEnd = item.issue.end;
  }
  return chosen;
}

/** Fill `container` with `text`, its issue spans wrapped in focusable <mark>s. */
export function renderMarked(container, text, checks, tip) {
  const cps = Array.from(text || "");
  const issues = allIssues(checks);
  const marks = inlineIssues(cps, issues);
  const nodes = [];
  let at = 0;
  for (const item of marks) {
    const { start, end } = item.issue;
    if (start > at) nodes.push(document.createTextNode(cps.slice(at, start).join("")));
    const mark = el(
      "mark",
      {
        class: `issue issue-${item.check}`,
        tabindex: "0",
        title: `${CHECK_HI[item.check]}: ${item.hindi}`,
        "data-check": item.check,
        "data-reason": item.hindi,
        "data-english": item.issue.reason || "",
      },
      cps.slice(start, end).join(""),
    );
    nodes.push(mark);
    at = end;
  }
  if (at < cps.length) nodes.push(document.createTextNode(cps.slice(at).join("")));
  container.replaceChildren(...nodes);
  if (tip) bindTips(container, tip);
  return issues;
}

function bindTips(container, tip) {
  if (container.dataset.tips) return;
  container.dataset.tips = "1";
  const show = (mark) => {
    tip.replaceChildren(
      el("strong", {}, `${CHECK_HI[mark.dataset.check] || ""}: `),
      mark.dataset.reason,
      mark.dataset.english ? el("span", { class: "english", lang: "en" }, mark.dataset.english) : null,
    );
    tip.hidden = false;
    const box = container.getBoundingClientRect();
    const rect = mark.getBoundingClientRect();
    const width = Math.min(tip.offsetWidth, box.width);
    const left = Math.max(0, Math.min(rect.left - box.left, box.width - width));
    tip.style.left = `${left}px`;
    tip.style.top = `${rect.bottom - box.top + container.offsetTop + 6}px`;
    mark.setAttribute("aria-describedby", tip.id);
  };
  const hide = (mark) => {
    tip.hidden = true;
    if (mark) mark.removeAttribute("aria-describedby");
  };
  container.addEventListener("focusin", (e) => {
    if (e.target.matches("mark.issue")) show(e.target);
  });
  container.addEventListener("focusout", (e) => {
    if (e.target.matches("mark.issue")) hide(e.target);
  });
  container.addEventListener("mouseover", (e) => {
    const mark = e.target.closest("mark.issue");
    if (mark) show(mark);
  });
  container.addEventListener("mouseout", (e) => {
    const mark = e.target.closest("mark.issue");
    if (mark && mark !== document.activeElement) hide(mark);
  });
  container.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && e.target.matches("mark.issue")) hide(e.target);
  });
}

export function issueList(issues) {
  if (!issues.length) return null;
  return el(
    "ul",
    { class: "issues", "aria-label": ISSUES.list },
    issues.map(({ check, issue, hindi }) =>
      el(
        "li",
        { class: `issue-item issue-item-${check}` },
        el("span", { class: "issue-check" }, CHECK_HI[check] || check),
        " ",
        hindi,
        issue.reason ? el("span", { class: "english", lang: "en" }, issue.reason) : null,
      ),
    ),
  );
}

export function badges(checks) {
  return el(
    "ul",
    { class: "badges", "aria-label": ISSUES.badges },
    CHECKS.map(([name, label]) => {
      const result = checks && checks[name];
      const skipped = result && result.details && result.details.skipped;
      const passed = !result || result.passed;
      const count = result && Array.isArray(result.issues) ? result.issues.length : 0;
      const stateWord = skipped ? ISSUES.skipped : passed ? ISSUES.passed : count ? ISSUES.problems(count) : ISSUES.problem;
      return el(
        "li",
        {
          class: `badge ${skipped ? "skip" : passed ? "pass" : "fail"}`,
          "data-check": name,
          "data-passed": String(passed),
        },
        el("span", { class: "badge-icon", "aria-hidden": "true" }, skipped ? "–" : passed ? "✓" : "✗"),
        ` ${label}`,
        el("span", { class: passed ? "visually-hidden" : "badge-state" }, passed ? `: ${stateWord}` : ` (${stateWord})`),
      );
    }),
  );
}

export function lengthText(length) {
  if (!length) return "";
  return `${length.count} / ${length.limit} ${UNIT_HI[length.unit] || length.unit}`;
}
