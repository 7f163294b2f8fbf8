from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from evaluation import harness
from evaluation.checks import CHECK_NAMES
from models.fake import FakeBackend
from prompts import KINDS, PLATFORMS, TONES, get_library
from service.pipeline import DraftPipeline
from service.schemas import DraftRequest
from tests.conftest import make_settings

CORE = harness.SUITES_DIR / "core.yaml"


def test_the_shipped_suite_covers_every_kind_platform_and_tone_with_sourced_schemes() -> None:
    suite = harness.load_suite(CORE)
    assert len(suite.cases) >= 20
    assert {c.kind for c in suite.cases} == set(KINDS)
    assert {c.platform for c in suite.cases} == set(PLATFORMS)
    assert {c.tone for c in suite.cases} == set(TONES)
    for case in suite.cases:
        DraftRequest.model_validate(
            case.model_dump(include={"kind", "facts", "platform", "tone", "audience"})
        )
        if case.kind == "scheme":
            assert case.source and case.source.startswith("https://"), case.id
            assert case.checked, case.id
    # Facts with figures, dates and names, so grounding has work to do.
    facts = " ".join(f for c in suite.cases for f in c.facts)
    for needle in ("₹", "दिसंबर", "1950", "वार्ड"):
        assert needle in facts


def _run(tmp_path: Path, fake: FakeBackend, suite: harness.Suite) -> dict[str, object]:
    pipeline = DraftPipeline(fake, get_library(), make_settings(tmp_path))

    def draft(body: dict[str, object]) -> dict[str, object]:
        req = DraftRequest.model_validate(body)
        return next(e for e in pipeline.run(req) if e.name == "done").data

    return harness.run_suite(suite, draft, model=fake.model_id, backend="fake")


def _suite(**thresholds: float) -> harness.Suite:
    return harness.Suite.model_validate(
        {
            "name": "mini",
            "thresholds": thresholds,
            "cases": [
                {
                    "id": "kisan",
                    "kind": "scheme",
                    "facts": ["पीएम-किसान में हर साल ₹6,000 मिलते हैं"],
                    "expect": {"mentions": ["₹6,000"]},
                },
                {"id": "camp", "kind": "event", "facts": ["14 दिसंबर को शिविर लगेगा"]},
            ],
        }
    )


def test_report_counts_model_candidates_per_check_and_the_fallback_share(tmp_path: Path) -> None:
    fake = FakeBackend()
    # kisan: one invented amount, then a good post; camp: two posts in Marathi.
    fake.enqueue(
        "पीएम-किसान में हर साल ₹60,327 मिलते हैं। सब आवेदन करें।",
        "पीएम-किसान में पात्र परिवारों को हर साल ₹6,000 मिलते हैं। जानकारी साझा करें।",
        "14 दिसंबर रोजी शिबिर आहे. सर्व नागरिकांनी यावे आणि लाभ घ्यावा.",
        "14 दिसंबर रोजी आरोग्य शिबिर आहे. आपल्या गावात सर्वांनी यावे.",
    )
    report = _run(tmp_path, fake, _suite(model_candidates_passing=0.5))
    totals = report["totals"]
    assert isinstance(totals, dict)
    assert totals["model_candidates"] == 4
    assert totals["model_candidates_passing"] == 0.25
    assert totals["model_candidates_passing_check"]["grounding"] == 0.75
    assert totals["model_candidates_passing_check"]["language"] == 0.5
    assert totals["drafts_from_model"] == 0.5 and totals["drafts_from_template"] == 0.5
    assert totals["drafts_passing"] == 1.0
    assert [row["met"] for row in report["thresholds"]] == [True, False, True]  # type: ignore[union-attr]
    assert harness.passed(report) is False


def test_a_case_fails_when_no_draft_mentions_an_expected_fact(tmp_path: Path) -> None:
    fake = FakeBackend()
    fake.enqueue(
        "पीएम-किसान योजना से किसानों को हर साल ₹6,000 की सहायता मिलती है। जानकारी साझा करें।",
        "पीएम-किसान में हर साल ₹6,000 मिलते हैं, यह बात अपने गाँव में सबको बताएँ।",
    )
    suite = _suite()
    suite.cases = suite.cases[:1]
    suite.cases[0].variants = 2
    suite.cases[0].expect.mentions = ["ई-केवाईसी"]
    report = _run(tmp_path, fake, suite)
    [case] = report["cases"]  # type: ignore[misc]
    assert [d["source"] for d in case["response"]["drafts"]] == ["model", "model"]
    assert case["passed"] is False
    assert case["problems"] == ["no draft mentions 'ई-केवाईसी'"]


def test_html_report_highlights_the_invented_span_with_its_reason(tmp_path: Path) -> None:
    fake = FakeBackend()
    fake.enqueue("पीएम-किसान में हर साल ₹60,327 मिलते हैं। <b>सब</b> आवेदन करें।")
    report = _run(tmp_path, fake, _suite())
    json_path, html_path = harness.write_reports(report, tmp_path / "reports")
    assert json.loads(json_path.read_text(encoding="utf-8"))["totals"] == report["totals"]
    html = html_path.read_text(encoding="utf-8")
    assert '<mark class="grounding" title="grounding: ₹60,327 (60327) appears in no fact">' in html
    # The model's own markup is shown as text and marked, never rendered.
    assert "&lt;b&gt;</mark>सब" in html
    assert "<b>सब" not in html
    for name in CHECK_NAMES:
        assert f">{name}<" in html


def test_compare_lines_up_two_reports(tmp_path: Path) -> None:
    good, bad = FakeBackend(), FakeBackend()
    bad.enqueue(*["पीएम-किसान में ₹99 मिलते हैं। आवेदन करें।"] * 4)
    a = _run(tmp_path, bad, _suite())
    b = _run(tmp_path, good, _suite())
    table = harness.compare(a, b)
    lines = {line.split()[0]: line for line in table.splitlines()[1:]}
    # Every candidate of the bad model invents ₹99; every one of the good model passes.
    assert lines["model_candidates_passing"].split()[1:] == ["0.0", "1.0", "+1"]
    assert "grounding" in lines


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name: x\ncases: []\n", "cases"),
        ("- a\n- b\n", "mapping"),
        (
            "name: x\ncases:\n  - {id: a, kind: scheme, facts: [क]}\n"
            "  - {id: a, kind: event, facts: [ख]}\n",
            "unique",
        ),
        (
            "name: x\nthresholds: {checks: {spelling: 0.5}}\n"
            "cases:\n  - {id: a, kind: scheme, facts: [क]}\n",
            "spelling",
        ),
        ("name: [unclosed\n", "YAML"),
    ],
)
def test_malformed_suites_are_refused_with_the_reason(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "suite.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(harness.SuiteError, match=message):
        harness.load_suite(path)


def test_eval_command_writes_reports_and_exits_by_the_thresholds(tmp_path: Path) -> None:
    suite = tmp_path / "strict.yaml"
    suite.write_text(
        "name: strict\nthresholds: {model_candidates_passing: 1.0}\ncases:\n"
        "  - {id: a, kind: scheme, facts: ['पीएम-किसान में हर साल ₹6,000 मिलते हैं']}\n",
        encoding="utf-8",
    )

    def sandesh(*args: str, reply: str) -> subprocess.CompletedProcess[str]:
        env = {"SANDESH_BACKEND": "fake", "SANDESH_FAKE_REPLY": reply, "PATH": "/usr/bin:/bin"}
        return subprocess.run(
            [sys.executable, "-m", "service.cli", "eval", *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=120,
            check=False,
        )

    good = sandesh(str(suite), "--out", "good", reply="पीएम-किसान में हर साल ₹6,000 मिलते हैं। साझा करें।")
    assert good.returncode == 0, good.stderr
    bad = sandesh(str(suite), "--out", "bad", reply="पीएम-किसान में हर साल ₹9,999 मिलते हैं। साझा करें।")
    assert bad.returncode == 1
    assert "MISSED" in bad.stdout
    assert len(list((tmp_path / "bad").glob("*.html"))) == 1
    [a] = (tmp_path / "bad").glob("*.json")
    [b] = (tmp_path / "good").glob("*.json")
    compared = sandesh("--compare", str(a), str(b), reply="")
    assert compared.returncode == 0
    assert "model_candidates_passing" in compared.stdout
    missing = sandesh(str(tmp_path / "nope.yaml"), reply="")
    assert missing.returncode == 2 and "cannot read suite" in missing.stderr


def test_no_suite_case_reuses_the_facts_of_a_few_shot_example() -> None:
    """A model that copies an example post must not pass a case for being 'grounded'."""
    example_facts = {f for t in get_library() for e in t.meta.examples for f in e.facts}
    for case in harness.load_suite(CORE).cases:
        assert not example_facts & set(case.facts), case.id
