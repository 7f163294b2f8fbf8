"""The review sheet: scores are complete, and only the model's 2/2 posts count as publishable."""

from __future__ import annotations

from typing import Any

from models.tuning.review import problems, render, summary


def _row(id: str, source: str, fluency: int, fidelity: int, reason: str = "") -> dict[str, Any]:
    return {
        "id": id,
        "kind": "event",
        "platform": "x",
        "tone": "warm",
        "facts": ["शिविर 12 दिसंबर को"],
        "source": source,
        "post": "शिविर 12 दिसंबर को है।",
        "fluency": fluency,
        "fidelity": fidelity,
        "reason": reason,
    }


def test_publishable_means_the_model_wrote_it_and_both_scores_are_two() -> None:
    rows = [
        _row("a", "model", 2, 2),
        _row("b", "model", 2, 1, "drops the time"),
        _row("c", "template", 2, 2),
        _row("d", "model", 2, 2),
    ]
    assert problems(rows) == []
    s = summary(rows)
    assert (s["publishable"], s["posts"], s["publishable_share"]) == (2, 4, 0.5)
    sheet = render(rows)
    assert "**2 of 4 (50%)**" in sheet and "| b | x | 2 | 1 | drops the time |" in sheet


def test_a_blank_sheet_shows_the_reader_the_requests_own_words() -> None:
    from models.tuning.review import blank

    case = {
        "id": "e1",
        "kind": "event",
        "platform": "whatsapp",
        "tone": "urgent",
        "facts": ["शिविर 12 दिसंबर को"],
        "audience": None,
        "call_to_action": "नाम लिखाने के लिए 9829405163 पर कॉल करें",
    }
    disclosure = "(एआई की सहायता से तैयार)"
    draft = {"text": f"शिविर 12 दिसंबर को है। 9829405163 पर कॉल करें।\n\n{disclosure}"}
    report = {
        "cases": [
            {
                "case": case,
                "response": {
                    "disclosure": disclosure,
                    "drafts": [{**draft, "source": "model", "passed": True}],
                },
            }
        ]
    }
    [row] = blank(report)
    assert row["post"] == "शिविर 12 दिसंबर को है। 9829405163 पर कॉल करें।"
    assert row["call_to_action"] == case["call_to_action"]
    scored = {**row, "fluency": 2, "fidelity": 2}
    assert "- अपील: नाम लिखाने के लिए 9829405163 पर कॉल करें" in render([scored])


def test_a_low_score_without_its_reason_or_a_missing_score_is_refused() -> None:
    rows = [_row("a", "model", 1, 2), {**_row("b", "model", 2, 2), "fidelity": None}]
    assert problems(rows) == [
        "a: a score below 2 needs its reason",
        "b: fidelity must be 0, 1 or 2",
    ]


def test_the_shipped_review_sheet_is_complete_and_its_card_reports_it() -> None:
    import json

    from models.adapter import ADAPTERS_DIR, POSTS_ADAPTER

    folder = ADAPTERS_DIR / POSTS_ADAPTER
    lines = (folder / "review.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line]
    assert problems(rows) == []
    s = summary(rows)
    card = (folder / "README.md").read_text(encoding="utf-8")
    assert f"**{s['publishable']} ({s['publishable_share']:.1%})**" in card
    assert f"| {s['from_model']} of {s['posts']} |" in card
