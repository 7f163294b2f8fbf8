"""Run a YAML suite against a model: draft each case, check it, report, compare.

A suite is a list of draft requests with expectations, plus thresholds on the totals. The report
says, for each case, what the model wrote and what the checks found, and in total how many of
the model's own candidates passed each check; ``sandesh eval`` exits non-zero when a threshold
is missed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2
import yaml
from markupsafe import Markup, escape
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from evaluation.checks import CHECK_NAMES

SUITES_DIR = Path(__file__).resolve().parent / "suites"


class SuiteError(Exception):
    """A suite file is missing or malformed."""


class Expect(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # Each of these strings must appear in at least one draft.
    mentions: list[str] = Field(default_factory=list)
    # Every returned draft must pass every check (fallback drafts included).
    drafts_pass: bool = True


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    kind: str
    facts: list[str] = Field(min_length=1)
    platform: str = "whatsapp"
    tone: str = "respectful"
    audience: str | None = None
    call_to_action: str | None = None
    variants: int | None = None
    seed: int | None = None
    source: str | None = Field(None, description="Official source of scheme facts.")
    checked: str | None = Field(None, description="When the facts were last checked.")
    expect: Expect = Field(default_factory=Expect)


class Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid")
    drafts_passing: float = 1.0
    model_candidates_passing: float = 0.0
    # The share of returned drafts that the model wrote (the rest are template fallbacks).
    drafts_from_model: float = 0.0
    # Optional floors per check on the share of model candidates passing it.
    checks: dict[str, float] = Field(default_factory=dict)


class Suite(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    version: str = "1"
    description: str = ""
    defaults: dict[str, Any] = Field(default_factory=dict)
    thresholds: Thresholds = Field(default_factory=Thresholds)
    cases: list[Case] = Field(min_length=1)


def load_suite(path: Path) -> Suite:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SuiteError(f"cannot read suite {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise SuiteError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise SuiteError(f"{path}: a suite is a mapping with name, thresholds and cases")
    defaults = raw.get("defaults") or {}
    raw["cases"] = [{**defaults, **case} for case in raw.get("cases") or []]
    try:
        suite = Suite.model_validate(raw)
    except ValidationError as exc:
        raise SuiteError(f"{path}: {exc}") from exc
    ids = [case.id for case in suite.cases]
    if len(ids) != len(set(ids)):
        raise SuiteError(f"{path}: case ids must be unique")
    unknown = set(suite.thresholds.checks) - set(CHECK_NAMES)
    if unknown:
        raise SuiteError(f"{path}: unknown checks in thresholds: {', '.join(sorted(unknown))}")
    return suite


def _share(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def run_suite(
    suite: Suite,
    draft: Callable[[dict[str, Any]], dict[str, Any]],
    *,
    model: str,
    backend: str,
    progress: Callable[[Iterable[Case]], Iterable[Case]] = lambda cases: cases,
) -> dict[str, Any]:
    """Draft every case with ``draft`` (a request body -> a DraftResponse dict) and score it."""
    started = time.monotonic()
    cases_out: list[dict[str, Any]] = []
    candidates = candidates_passing = tokens = 0
    per_check = dict.fromkeys(CHECK_NAMES, 0)
    drafts_total = drafts_passing = drafts_model = 0
    generating_s = 0.0
    for case in progress(suite.cases):
        body = case.model_dump(
            include={"kind", "facts", "platform", "tone", "audience", "call_to_action", "seed"},
            exclude_none=True,
        )
        body["variants"] = case.variants or 1
        response = draft(body)
        texts = [d["text"] for d in response["drafts"]]
        problems = []
        if case.expect.drafts_pass:
            problems += [
                f"draft {i + 1} fails its checks"
                for i, d in enumerate(response["drafts"])
                if not d["passed"]
            ]
        problems += [
            f"no draft mentions {m!r}"
            for m in case.expect.mentions
            if not any(m in t for t in texts)
        ]
        for cand in response["candidates"]:
            candidates += 1
            candidates_passing += cand["passed"]
            tokens += cand["tokens"]
            generating_s += cand["seconds"]
            for name in CHECK_NAMES:
                per_check[name] += cand["checks"][name]["passed"]
        for d in response["drafts"]:
            drafts_total += 1
            drafts_passing += d["passed"]
            drafts_model += d["source"] == "model"
        cases_out.append(
            {
                "case": case.model_dump(),
                "response": response,
                "passed": not problems,
                "problems": problems,
            }
        )
    totals = {
        "cases": len(cases_out),
        "cases_passing": sum(c["passed"] for c in cases_out),
        "model_candidates": candidates,
        "model_candidates_passing": _share(candidates_passing, candidates),
        "model_candidates_passing_check": {
            name: _share(count, candidates) for name, count in per_check.items()
        },
        "drafts": drafts_total,
        "drafts_passing": _share(drafts_passing, drafts_total),
        "drafts_from_model": _share(drafts_model, drafts_total),
        "drafts_from_template": _share(drafts_total - drafts_model, drafts_total),
        "tokens": tokens,
        "tokens_per_s": round(tokens / generating_s, 2) if generating_s else None,
        "seconds": round(time.monotonic() - started, 1),
    }
    return {
        "suite": {"name": suite.name, "version": suite.version, "description": suite.description},
        "model": model,
        "backend": backend,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "totals": totals,
        "thresholds": judge(suite.thresholds, totals),
        "cases": cases_out,
    }


def judge(thresholds: Thresholds, totals: dict[str, Any]) -> list[dict[str, Any]]:
    """Each threshold with the value reached and whether it was met."""
    wanted = {
        "drafts_passing": thresholds.drafts_passing,
        "model_candidates_passing": thresholds.model_candidates_passing,
        "drafts_from_model": thresholds.drafts_from_model,
    }
    rows = []
    for name, floor in wanted.items():
        value = totals[name]
        rows.append(
            {
                "name": name,
                "floor": floor,
                "value": value,
                "met": value is not None and value >= floor,
            }
        )
    for check, floor in thresholds.checks.items():
        value = totals["model_candidates_passing_check"][check]
        rows.append(
            {
                "name": f"model_candidates_passing_check.{check}",
                "floor": floor,
                "value": value,
                "met": value is not None and value >= floor,
            }
        )
    return rows


def passed(report: dict[str, Any]) -> bool:
    return all(row["met"] for row in report["thresholds"]) and all(
        case["passed"] for case in report["cases"]
    )


# --- reports -----------------------------------------------------------------------------------


def highlight(text: str, issues: list[dict[str, Any]]) -> str:
    """HTML of ``text`` with each issue's span marked; the reason shows on hover."""
    out: list[str] = []
    position = 0
    for issue in sorted(issues, key=lambda i: (i["start"], -i["end"])):
        start, end = issue["start"], issue["end"]
        # A whole-text issue (tone, script) would hide the others; the badge already says it.
        if start < position or end - start >= len(text) - 1 or start == end:
            continue
        out.append(escape(text[position:start]))
        reason = escape(f"{issue['check']}: {issue['reason']}")
        span = escape(text[start:end])
        out.append(f'<mark class="{issue["check"]}" title="{reason}">{span}</mark>')
        position = end
    out.append(escape(text[position:]))
    return "".join(str(part) for part in out)


def _issues(checks: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {**issue, "check": name} for name, result in checks.items() for issue in result["issues"]
    ]


def render_html(report: dict[str, Any]) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["highlight"] = lambda text, checks: Markup(highlight(text, _issues(checks)))
    return env.get_template("report.html.j2").render(
        report=report, check_names=CHECK_NAMES, font=_embedded_font()
    )


def _embedded_font() -> str:
    """Mukta as a data: URL, so the report shows Hindi on machines with no Devanagari font."""
    import base64

    import fontpkg_mukta

    data = (Path(fontpkg_mukta.ROOT) / "files" / "Mukta-Regular.ttf").read_bytes()
    return "data:font/ttf;base64," + base64.b64encode(data).decode("ascii")


def write_reports(report: dict[str, Any], out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{report['suite']['name']}-{report['created_at'].replace(':', '')}"
    json_path = out_dir / f"{stem}.json"
    html_path = out_dir / f"{stem}.html"
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    html_path.write_text(render_html(report), encoding="utf-8")
    return json_path, html_path


def compare(a: dict[str, Any], b: dict[str, Any]) -> str:
    """A plain-text table of the totals of two reports, B against A."""
    rows = [("", f"A: {a['model']}", f"B: {b['model']}", "B - A")]

    def add(label: str, x: Any, y: Any) -> None:
        diff = f"{y - x:+.3g}" if isinstance(x, int | float) and isinstance(y, int | float) else ""
        rows.append((label, str(x), str(y), diff))

    ta, tb = a["totals"], b["totals"]
    for key in (
        "cases_passing",
        "model_candidates_passing",
        "drafts_passing",
        "drafts_from_model",
        "tokens_per_s",
    ):
        add(key, ta[key], tb[key])
    for name in CHECK_NAMES:
        add(
            f"  {name}",
            ta["model_candidates_passing_check"][name],
            tb["model_candidates_passing_check"][name],
        )
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows)
