"""A blind review: three posts per request, shuffled, their sources hidden from the readers.

For each request of an evaluation report (``sandesh eval --split test``) the sheet holds:

* ``draft``: Sandesh's first draft for the request, as a user gets it;
* ``template``: Sandesh's template fallback for the same request (the composer with a
  phrasebook headline: what a user gets when no model headline passes);
* ``writer``: the post a skilled writer wrote for the same facts, in the tuning data (written by
  a separate pass before any of Sandesh's drafts existed, so it never saw them).

The readers see the request (facts, audience, call to action) and posts ``A``, ``B`` and ``C``
in an order drawn per request; the key that maps letters to sources is kept apart. They score
each post (:data:`RUBRIC`) and rank the three.

    .venv/bin/python -m models.tuning.blind make REPORT.json SHEET.jsonl KEY.json [--seed N]
    .venv/bin/python -m models.tuning.blind split SHEET.jsonl N PREFIX   # one file per reader
    .venv/bin/python -m models.tuning.blind check PART.jsonl             # a reader's file is done
    .venv/bin/python -m models.tuning.blind merge SHEET.jsonl PART.jsonl ...
    .venv/bin/python -m models.tuning.blind render SHEET.jsonl KEY.json OUT.md
    .venv/bin/python -m models.tuning.blind brief PART.jsonl             # a reader's instructions
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evaluation.checks import PlatformLimits, measure
from evaluation.fit import check_fit
from models.tuning.dataset import DATA_DIR, HOLDOUT_DIR, load
from service.compose import Request, compose

SOURCES = ("draft", "template", "writer")
LETTERS = ("A", "B", "C")
SCORES = (0, 1, 2)
FIELDS = ("fidelity", "fluency", "value", "tone")

RUBRIC = """\
Score each post as the editor of a district information office would, before publishing it.

fidelity 2: says what the facts say and nothing else (the call to action, when given, is
            carried); 1: a fact dropped or blurred, or the call to action left out or
            weakened; 0: a fact changed or contradicted, or a claim no fact makes (an apology,
            congratulations, "free", a deadline, a promise).
fluency  2: natural Hindi a worker would post unchanged; 1: understandable, with a slip (an
            odd word, a clumsy or cut line, a wrong emoji); 0: hard to follow.
value    2: makes the facts readable and worth stopping for (a headline or hook built from
            them, a layout that fits the platform, a fitting address, greeting and close);
            1: some of that; 0: the facts handed back, or framing that does not fit.
tone     2: fits the tone asked for and the occasion (an urgent post is direct, a festival
            post greets, a notice does not celebrate); 1: slightly off; 0: wrong.
publishable: yes if you would post it exactly as it is.
ranking: the three posts from best to worst, e.g. ["B", "A", "C"].
Write a short reason for any score below 2 and for a post you would not publish."""


# What each reader is told, with the rubric: the same words every round, kept here because a
# prompt kept beside the sheet was lost twice with the machine's /tmp (round32's readers had it
# written anew).
BRIEF = """\
You are a senior editor at a district information office in India, reviewing Hindi social-media
posts before they go out under your office's name. Be strict and consistent, as an editor whose
name goes on the post.

The file {part} has one JSON object per line: a request (kind, platform, tone, audience,
call_to_action, facts) and three posts written for it, "A", "B" and "C", in "posts". You do not
know who or what wrote each post; judge each on its own against the request. Read every post in
full. Lengths are already within each platform's limit (on X, a post may be a thread marked
🧵 1/2). A line saying the post was made with AI is not shown; do not ask for one.

{rubric}

Fill in, for every line, "scores" -> "A", "B", "C" -> "fidelity", "fluency", "value", "tone" (0,
1 or 2), "publishable" (true or false) and "reason" (a short reason, in English or Hindi, for
any score below 2 and for every post you would not publish), and "ranking" (the three letters,
best first). Change nothing else. Write the file back in place with the same line order, one
JSON object per line, UTF-8 with Devanagari unescaped. Then run, from /work/main:

    .venv/bin/python -m models.tuning.blind check {part}

and fix what it reports until it prints "every row is scored". Do not read any other file of the
repository, its reports or other readers' files, and do not run git. When done, reply with how
many posts of each letter you would publish and the faults you saw most often."""


def _body(text: str, disclosure: str) -> str:
    return text.removesuffix(disclosure).strip()


def make(report: dict[str, Any], seed: int = 2026) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(sheet rows, key) for every case of ``report``."""
    files = sorted(DATA_DIR.glob("*.jsonl")) + sorted(HOLDOUT_DIR.glob("*.jsonl"))
    examples = {e.id: e for e in load(files)[0]}
    limits = PlatformLimits()
    rows, key = [], {}
    for number, case in enumerate(report["cases"]):
        request = case["case"]
        response = case["response"]
        disclosure = response["disclosure"]
        example = examples[request["id"]]
        composed = Request(
            kind=request["kind"],
            platform=request["platform"],
            tone=request["tone"],
            facts=tuple(request["facts"]),
            audience=request.get("audience"),
            call_to_action=request.get("call_to_action"),
        )
        platform = request["platform"]

        def fits(text: str, platform: str = platform) -> bool:
            return measure(text, platform)[0] <= limits.limit(platform)

        template, _ = compose(composed, headline=None, disclosure=disclosure, fits=fits)
        first = response["drafts"][0]
        posts = {
            "draft": _body(first["text"], disclosure),
            "template": _body(template, disclosure),
            "writer": example.post.strip(),
        }
        order = list(SOURCES)
        random.Random(seed + number).shuffle(order)
        letters = dict(zip(LETTERS, order, strict=True))
        key[request["id"]] = {"letters": letters, "draft_source": first["source"]}
        rows.append(
            {
                "id": request["id"],
                "kind": request["kind"],
                "platform": platform,
                "tone": request["tone"],
                "audience": request.get("audience"),
                "call_to_action": request.get("call_to_action"),
                "facts": request["facts"],
                "posts": {letter: posts[source] for letter, source in letters.items()},
                "scores": {letter: _blank() for letter in LETTERS},
                "ranking": [],
            }
        )
    return rows, key


def _blank() -> dict[str, Any]:
    return {**dict.fromkeys(FIELDS), "publishable": None, "reason": ""}


def problems(rows: Sequence[dict[str, Any]]) -> list[str]:
    """What a reader left out or got wrong in the sheet."""
    out = []
    for row in rows:
        for letter in LETTERS:
            score = row["scores"][letter]
            bad = [f for f in FIELDS if score.get(f) not in SCORES]
            out += [f"{row['id']} {letter}: {f} must be 0, 1 or 2" for f in bad]
            if not isinstance(score.get("publishable"), bool):
                out.append(f"{row['id']} {letter}: publishable must be true or false")
            low = not bad and min(score[f] for f in FIELDS) < 2
            if (low or score.get("publishable") is False) and not score.get("reason"):
                out.append(f"{row['id']} {letter}: a score below 2 needs its reason")
        if sorted(row.get("ranking") or []) != list(LETTERS):
            out.append(f"{row['id']}: ranking must order A, B and C")
    return out


def by_source(rows: Sequence[dict[str, Any]], key: dict[str, Any]) -> dict[str, list[dict]]:
    """Every scored post, unblinded: source -> [{id, post, scores, rank}]."""
    out: dict[str, list[dict[str, Any]]] = {source: [] for source in SOURCES}
    for row in rows:
        letters = key[row["id"]]["letters"]
        for letter, source in letters.items():
            out[source].append(
                {
                    "id": row["id"],
                    "letter": letter,
                    "post": row["posts"][letter],
                    "rank": row["ranking"].index(letter) + 1,
                    **row["scores"][letter],
                }
            )
    return out


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def summary(rows: Sequence[dict[str, Any]], key: dict[str, Any]) -> dict[str, Any]:
    """The issue's figures: per source, and the draft against the template."""
    posts = by_source(rows, key)
    out: dict[str, Any] = {"requests": len(rows)}
    for source, scored in posts.items():
        out[source] = {
            "publishable": sum(bool(p["publishable"]) for p in scored),
            "publishable_share": round(sum(bool(p["publishable"]) for p in scored) / len(scored), 3)
            if scored
            else None,
            **{f"mean_{f}": _mean([p[f] for p in scored]) for f in FIELDS},
            "fidelity_below_2": sum(p["fidelity"] < 2 for p in scored),
            "mean_rank": _mean([p["rank"] for p in scored]),
        }
    drafts = {p["id"]: p for p in posts["draft"]}
    templates = {p["id"]: p for p in posts["template"]}
    above = [i for i in drafts if drafts[i]["rank"] < templates[i]["rank"]]
    out["draft_above_template"] = len(above)
    out["draft_above_template_share"] = round(len(above) / len(drafts), 3) if drafts else None
    out["drafts_from_template"] = sum(k["draft_source"] == "template" for k in key.values())
    # Where the model's headline led the draft, against the template on the same request: what
    # the model's headline adds (or costs) over the phrasebook's.
    model = [i for i in drafts if key[i]["draft_source"] == "model"]
    out["model_drafts"] = {
        "requests": len(model),
        "publishable": sum(bool(drafts[i]["publishable"]) for i in model),
        "template_publishable": sum(bool(templates[i]["publishable"]) for i in model),
        "above_template": sum(drafts[i]["rank"] < templates[i]["rank"] for i in model),
        "below_template": sum(drafts[i]["rank"] > templates[i]["rank"] for i in model),
    }
    # The issue's two rules for every draft, read by the fit check (not a reader).
    with_cta = [r for r in rows if r.get("call_to_action")]
    greeting = [r for r in rows if r["kind"] == "greeting"]
    out["drafts_with_cta_carrying_it"] = (
        sum(not _fails(r, drafts[r["id"]]["post"], "missing_cta") for r in with_cta),
        len(with_cta),
    )
    out["greeting_drafts_that_greet"] = (
        sum(not _fails(r, drafts[r["id"]]["post"], "no_greeting") for r in greeting),
        len(greeting),
    )
    return out


def _fails(row: dict[str, Any], post: str, category: str) -> bool:
    sources = [*row["facts"], *(s for s in (row.get("audience"), row.get("call_to_action")) if s)]
    result = check_fit(
        post,
        facts=row["facts"],
        sources=sources,
        kind=row["kind"],
        tone=row["tone"],
        call_to_action=row.get("call_to_action"),
    )
    return any(issue.category == category for issue in result.issues)


def render(rows: Sequence[dict[str, Any]], key: dict[str, Any]) -> str:
    """The sheet with its sources revealed, and the summary."""
    s = summary(rows, key)
    held = {e.id for e in load(sorted(HOLDOUT_DIR.glob("*.jsonl")))[0]}
    where = (
        "a held-out set (models/tuning/holdout/: topics the tuning data never has, written "
        "after the test split was spent, never looked at while the composer was changed)"
        if rows and all(row["id"] in held for row in rows)
        else "the tuning data's test split (topics never trained on, and never looked at "
        "while the composer, phrasebook and fit check were built)"
    )
    lines = [
        "# Blind review: Sandesh's draft, its template fallback and a skilled writer's post",
        "",
        f"{s['requests']} requests of {where}. Each "
        "request's three posts were shown to the readers as A, B and C in a shuffled order, "
        "their sources hidden; the key was kept apart. The rubric is in "
        "`models/tuning/blind.py`.",
        "",
        "| | publishable as-is | fidelity | fluency | value | tone | fidelity < 2 | mean rank |",
        "|---|---|---|---|---|---|---|---|",
    ]
    names = {"draft": "Sandesh draft", "template": "Sandesh template", "writer": "skilled writer"}
    for source in SOURCES:
        t = s[source]
        lines.append(
            f"| {names[source]} | {t['publishable']} of {s['requests']} "
            f"({t['publishable_share']:.0%}) | {t['mean_fidelity']} | {t['mean_fluency']} | "
            f"{t['mean_value']} | {t['mean_tone']} | {t['fidelity_below_2']} | {t['mean_rank']} |"
        )
    cta, greet = s["drafts_with_cta_carrying_it"], s["greeting_drafts_that_greet"]
    m = s["model_drafts"]
    lines += [
        "",
        f"- The draft was ranked above the template in **{s['draft_above_template']} of "
        f"{s['requests']} requests ({s['draft_above_template_share']:.0%})**.",
        f"- {s['drafts_from_template']} first drafts came from the template (no model headline "
        "passed).",
        f"- Where the model's headline led the draft ({m['requests']} requests): "
        f"{m['publishable']} publishable, against {m['template_publishable']} for the template "
        f"on the same requests; ranked above the template {m['above_template']} times, below "
        f"it {m['below_template']}.",
        f"- Drafts with a given call to action that carry it (fit check): {cta[0]} of {cta[1]}.",
        f"- Greeting drafts that greet (fit check): {greet[0]} of {greet[1]}.",
        "",
        "## The posts",
        "",
    ]
    for row in rows:
        letters = key[row["id"]]["letters"]
        lines += [f"### {row['id']} ({row['kind']}, {row['platform']}, {row['tone']})", ""]
        lines += [f"- तथ्य: {fact}" for fact in row["facts"]]
        lines += [f"- पाठक: {row['audience']}"] if row.get("audience") else []
        lines += [f"- अपील: {row['call_to_action']}"] if row.get("call_to_action") else []
        lines += ["", f"Ranking: {' > '.join(f'{x} ({letters[x]})' for x in row['ranking'])}", ""]
        for letter in LETTERS:
            sc = row["scores"][letter]
            verdict = "publishable" if sc["publishable"] else "not publishable"
            marks = ", ".join(f"{f} {sc[f]}" for f in FIELDS)
            reason = f": {sc['reason']}" if sc.get("reason") else ""
            lines += [f"**{letter} ({letters[letter]})**: {marks}; {verdict}{reason}", ""]
            lines += ["```text", row["posts"][letter], "```", ""]
    return "\n".join(lines)


def _read(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _write(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )


def main(argv: list[str]) -> int:
    command, args = (argv[0], argv[1:]) if argv else ("", [])
    if command == "make" and len(args) in (3, 5):
        seed = int(args[4]) if len(args) == 5 and args[3] == "--seed" else 2026
        rows, key = make(json.loads(Path(args[0]).read_text(encoding="utf-8")), seed)
        _write(Path(args[1]), rows)
        Path(args[2]).write_text(json.dumps(key, indent=1), encoding="utf-8")
        return 0
    if command == "split" and len(args) == 3:
        rows, parts = _read(Path(args[0])), int(args[1])
        for i in range(parts):
            _write(Path(f"{args[2]}{i + 1}.jsonl"), rows[i::parts])
        return 0
    if command == "check" and len(args) == 1:
        found = problems(_read(Path(args[0])))
        print("\n".join(found) or "every row is scored")
        return 1 if found else 0
    if command == "merge" and len(args) >= 2:
        scored = {r["id"]: r for part in args[1:] for r in _read(Path(part))}
        rows = [scored.get(r["id"], r) for r in _read(Path(args[0]))]
        _write(Path(args[0]), rows)
        found = problems(rows)
        print("\n".join(found) or "every row is scored")
        return 1 if found else 0
    if command == "render" and len(args) == 3:
        rows = _read(Path(args[0]))
        found = problems(rows)
        if found:
            print("\n".join(found), file=sys.stderr)
            return 1
        key = json.loads(Path(args[1]).read_text(encoding="utf-8"))
        Path(args[2]).write_text(render(rows, key), encoding="utf-8")
        print(json.dumps(summary(rows, key), ensure_ascii=False))
        return 0
    if command == "brief" and len(args) == 1:
        print(BRIEF.format(part=args[0], rubric=RUBRIC))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
