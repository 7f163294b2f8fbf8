"""The blind review: readers cannot tell the sources apart, and the summary reads them back."""

from __future__ import annotations

from typing import Any

from models.tuning.blind import LETTERS, SOURCES, make, problems, render, summary
from models.tuning.dataset import DATA_DIR, load, split_of

DISCLOSURE = "(एआई)"


def _report(ids: list[str]) -> dict[str, Any]:
    examples = {e.id: e for e in load(sorted(DATA_DIR.glob("*.jsonl")))[0]}
    cases = []
    for i in ids:
        e = examples[i]
        request = {
            "id": e.id,
            "kind": e.kind,
            "platform": e.platform,
            "tone": e.tone,
            "audience": e.audience,
            "call_to_action": e.call_to_action,
            "facts": e.facts,
        }
        draft = f"*मॉडल का शीर्षक*\n\n{' '.join(e.facts)}\n\n{DISCLOSURE}"
        response = {"disclosure": DISCLOSURE, "drafts": [{"text": draft, "source": "model"}]}
        cases.append({"case": request, "response": response})
    return {"cases": cases}


def _dev_ids(n: int) -> list[str]:
    examples = load(sorted(DATA_DIR.glob("*.jsonl")))[0]
    return [e.id for e in examples if split_of(e.topic) == "dev"][:n]


def test_each_request_shows_three_posts_in_a_shuffled_order_with_the_key_kept_apart() -> None:
    rows, key = make(_report(_dev_ids(12)))
    orders = {tuple(key[r["id"]]["letters"].values()) for r in rows}
    assert len(orders) > 1  # the draft is not always A
    for row in rows:
        assert set(row["posts"]) == set(LETTERS)
        assert set(key[row["id"]]["letters"].values()) == set(SOURCES)
        assert not any("(एआई)" in post for post in row["posts"].values())
        assert "draft" not in str(row) and "template" not in str(row)
    assert problems(rows)  # nothing scored yet


def test_the_summary_unblinds_scores_and_counts_the_draft_above_the_template() -> None:
    rows, key = make(_report(_dev_ids(2)))
    for row in rows:
        letters = {source: letter for letter, source in key[row["id"]]["letters"].items()}
        for source, (score, ok) in {
            "draft": (2, True),
            "template": (1, False),
            "writer": (2, True),
        }.items():
            row["scores"][letters[source]] = {
                "fidelity": 2,
                "fluency": 2,
                "value": score,
                "tone": 2,
                "publishable": ok,
                "reason": "" if ok else "नीरस",
            }
        row["ranking"] = [letters["writer"], letters["draft"], letters["template"]]
    assert problems(rows) == []
    s = summary(rows, key)
    assert s["draft"]["publishable"] == 2 and s["template"]["publishable"] == 0
    assert s["draft"]["mean_value"] == 2 and s["template"]["mean_value"] == 1
    assert s["draft_above_template"] == 2 and s["writer"]["mean_rank"] == 1
    assert s["model_drafts"] == {
        "requests": 2,
        "publishable": 2,
        "template_publishable": 0,
        "above_template": 2,
        "below_template": 0,
    }
    sheet = render(rows, key)
    assert "ranked above the template in **2 of 2 requests (100%)**" in sheet
    assert "(2 requests): 2 publishable, against 0 for the template" in sheet


def _sheet(folder: Any, name: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    import json

    text = (folder / f"{name}.jsonl").read_text(encoding="utf-8")
    key = json.loads((folder / f"{name}-key.json").read_text(encoding="utf-8"))
    return [json.loads(line) for line in text.splitlines() if line], key


def test_the_shipped_review_is_complete_and_the_card_and_setting_follow_it() -> None:
    import json

    from models.adapter import ADAPTERS_DIR, EMBEDDED_ADAPTER
    from service.config import Settings

    assert EMBEDDED_ADAPTER is not None
    folder = ADAPTERS_DIR / EMBEDDED_ADAPTER
    card = (folder / "README.md").read_text(encoding="utf-8")
    for name, size in (("review", 105), ("review-holdout", 40), ("review-holdout3", 40)):
        text = (folder / f"{name}.jsonl").read_text(encoding="utf-8")
        rows = [json.loads(line) for line in text.splitlines() if line]
        key = json.loads((folder / f"{name}-key.json").read_text(encoding="utf-8"))
        assert problems(rows) == [] and len(rows) == len(key) == size
        assert (folder / f"{name}.md").read_text(encoding="utf-8") == render(rows, key)
        s = summary(rows, key)
        for source in ("draft", "template", "writer"):
            assert f"| {s[source]['publishable']} of {size} |" in card
    s = summary(*_sheet(folder, "review"))
    # The phrasebook's draft leads because the model's headlines were less often publishable.
    m = s["model_drafts"]
    assert m["publishable"] < m["template_publishable"]
    assert Settings.model_fields["first_draft"].default == "phrasebook"


def test_a_readers_brief_names_their_file_and_the_rubric_but_no_source(capsys: Any) -> None:
    from models.tuning.blind import RUBRIC, main

    assert main(["brief", "/tmp/part3.jsonl"]) == 0
    brief = capsys.readouterr().out
    assert "/tmp/part3.jsonl" in brief and RUBRIC in brief
    assert "models.tuning.blind check /tmp/part3.jsonl" in brief
    # Blind: nothing tells a reader which post is the model's, the template's or the writer's.
    said = brief.replace("models.tuning.blind", "").lower()
    assert not any(word in said for word in (*SOURCES, "sandesh", "model", "template"))
