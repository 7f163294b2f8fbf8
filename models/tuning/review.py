"""The review sheet: a careful reader's scores for every test-split post a model wrote.

    .venv/bin/python -m models.tuning.review blank REPORT.json SHEET.jsonl
    .venv/bin/python -m models.tuning.review render SHEET.jsonl SHEET.md

``blank`` takes a ``sandesh eval --split test`` report and writes one row per case: the facts
(with the request's audience and call to action, which a post may quote), the draft returned
(and whether the model or the template wrote it), with empty scores. A reader
fills in ``fluency`` and ``fidelity`` (0-2 each) and a ``reason`` for any score below 2.
``render`` checks the scores and writes the sheet as Markdown with its summary: a post is
publishable as-is when both scores are 2.

Fluency: 2 natural Hindi a worker would post unchanged; 1 understandable but with a slip (a
garbled phrase, odd word, grammar); 0 hard to follow. Fidelity: 2 says what the facts say and
nothing else; 1 a fact dropped or blurred; 0 a fact changed or contradicted, or a new claim.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SCORES = (0, 1, 2)


def blank(report: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for case in report["cases"]:
        draft = case["response"]["drafts"][0]
        body = draft["text"].removesuffix(case["response"]["disclosure"]).strip()
        rows.append(
            {
                "id": case["case"]["id"],
                "kind": case["case"]["kind"],
                "platform": case["case"]["platform"],
                "tone": case["case"]["tone"],
                "facts": case["case"]["facts"],
                # The request's own words are facts too: a phone number in the call to action
                # is grounded, and a reader who cannot see it would score the post down.
                "audience": case["case"].get("audience"),
                "call_to_action": case["case"].get("call_to_action"),
                "source": draft["source"],
                "passed": draft["passed"],
                "post": body,
                "fluency": None,
                "fidelity": None,
                "reason": "",
            }
        )
    return rows


def problems(rows: list[dict[str, Any]]) -> list[str]:
    out = []
    for row in rows:
        bad = [key for key in ("fluency", "fidelity") if row.get(key) not in SCORES]
        out += [f"{row['id']}: {key} must be 0, 1 or 2" for key in bad]
        if not bad and min(row["fluency"], row["fidelity"]) < 2 and not row.get("reason"):
            out.append(f"{row['id']}: a score below 2 needs its reason")
    return out


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    model = [r for r in rows if r["source"] == "model"]
    publishable = [r for r in rows if r["source"] == "model" and r["fluency"] == r["fidelity"] == 2]
    return {
        "posts": len(rows),
        "from_model": len(model),
        "publishable": len(publishable),
        "publishable_share": round(len(publishable) / len(rows), 3) if rows else None,
        "mean_fluency": round(sum(r["fluency"] for r in model) / len(model), 2) if model else None,
        "mean_fidelity": round(sum(r["fidelity"] for r in model) / len(model), 2)
        if model
        else None,
    }


def render(rows: list[dict[str, Any]]) -> str:
    s = summary(rows)
    lines = [
        "# Review sheet: the tuned model on the test split",
        "",
        f"{s['posts']} posts, {s['from_model']} written by the model (the rest by the template "
        f"fallback, which counts as not publishable here). Publishable as-is (fluency 2 and "
        f"fidelity 2): **{s['publishable']} of {s['posts']} ({s['publishable_share']:.0%})**. "
        f"Mean fluency {s['mean_fluency']}, mean fidelity {s['mean_fidelity']} (model posts).",
        "",
        "| id | platform | fluency | fidelity | reason |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        reason = (r["reason"] or "").replace("|", "\\|").replace("\n", " ")
        source = "" if r["source"] == "model" else " (template)"
        lines.append(
            f"| {r['id']}{source} | {r['platform']} | {r['fluency']} | {r['fidelity']} | {reason} |"
        )
    lines += ["", "## The posts", ""]
    for r in rows:
        lines += [f"### {r['id']} ({r['kind']}, {r['platform']}, {r['tone']})", ""]
        lines += [f"- तथ्य: {fact}" for fact in r["facts"]]
        lines += [f"- पाठक: {r['audience']}"] if r.get("audience") else []
        lines += [f"- अपील: {r['call_to_action']}"] if r.get("call_to_action") else []
        lines += ["", "```text", r["post"], "```", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("blank", "render"):
        print(__doc__)
        return 2
    source, target = Path(argv[1]), Path(argv[2])
    if argv[0] == "blank":
        rows = blank(json.loads(source.read_text(encoding="utf-8")))
        target.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
        return 0
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line]
    found = problems(rows)
    for problem in found:
        print(problem, file=sys.stderr)
    if found:
        return 1
    target.write_text(render(rows), encoding="utf-8")
    print(json.dumps(summary(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
