from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from evaluation.checks import CHECK_NAMES
from models.fake import FakeBackend

FACTS = ["पीएम-किसान में पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं"]


def test_checks_report_every_check_with_spans(client: TestClient) -> None:
    text = "पीएम-किसान में हर साल ₹60,327 मिलते हैं। अबे, जल्दी आवेदन कर।"
    response = client.post("/v1/checks", json={"text": text, "facts": FACTS, "tone": "urgent"})
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["passed"] is False
    assert list(data["checks"]) == list(CHECK_NAMES)
    [invented] = data["checks"]["grounding"]["issues"]
    assert text[invented["start"] : invented["end"]] == "₹60,327"
    assert [i["span"] for i in data["checks"]["register"]["issues"]] == ["अबे"]
    assert data["checks"]["language"]["language"] == "hi"
    assert data["checks"]["conduct"]["passed"] is True


def test_issues_carry_params_the_page_words_them_from(client: TestClient) -> None:
    facts = ["आवेदन की अंतिम तिथि 15 दिसंबर 2026 है", "शिविर 20 दिसंबर 2026 को लगेगा", "शुल्क ₹50 है"]
    text = "आवेदन की अंतिम तिथि 20 दिसंबर है। शिविर 20 दिसंबर 2025 को लगेगा।"
    body = {"text": text, "facts": facts, "tone": "celebratory"}
    checks = client.post("/v1/checks", json=body).json()["checks"]
    # Issue 16: the page words these in Hindi from the params, not by parsing the English.
    coverage = {i["category"]: i["params"] for i in checks["coverage"]["issues"]}
    assert coverage["conflict"] == {"given": "15 दिसंबर 2026"}
    assert {"fact": 3, "figure": "₹50"} in [
        i["params"] for i in checks["coverage"]["issues"] if i["category"] == "dropped"
    ]
    [date] = [i for i in checks["grounding"]["issues"] if i["span"] == "20 दिसंबर 2025"]
    assert date["params"] == {"differs": "year"}
    [tone] = checks["register"]["issues"]
    assert (tone["category"], tone["params"]) == ("tone_fit", {"tone": "celebratory"})


def test_a_clean_text_passes_and_without_facts_grounding_is_not_judged(client: TestClient) -> None:
    text = "पीएम-किसान योजना की जानकारी अपने गाँव के किसानों तक पहुँचाएँ।"
    data = client.post("/v1/checks", json={"text": text}).json()
    assert data["passed"] is True
    assert "skipped" in data["checks"]["grounding"]["details"]
    # With an empty list of facts, the scheme name is unsupported.
    strict = client.post("/v1/checks", json={"text": text, "facts": []}).json()
    assert strict["checks"]["grounding"]["issues"][0]["category"] == "name"


def test_conduct_flags_a_caste_appeal_but_not_a_caste_certificate_camp(client: TestClient) -> None:
    appeal = client.post(
        "/v1/checks", json={"text": "सभी यादव भाई इस बार अपनी बिरादरी के प्रत्याशी को ही वोट दें।"}
    ).json()
    assert appeal["checks"]["conduct"]["issues"][0]["category"] == "caste_appeal"
    camp = client.post(
        "/v1/checks", json={"text": "जाति प्रमाण पत्र बनवाने के लिए सोमवार को तहसील में शिविर लगेगा।"}
    ).json()
    assert camp["checks"]["conduct"]["passed"] is True


def test_a_threat_worded_without_listed_words_is_flagged_with_a_hindi_reason(
    client: TestClient,
) -> None:
    text = "जिन घरों से हमारे ख़िलाफ़ वोट पड़ा है, उनका नल कनेक्शन चुनाव के बाद कटवा देंगे।"
    conduct = client.post("/v1/checks", json={"text": text}).json()["checks"]["conduct"]
    [issue] = conduct["issues"]
    assert issue["category"] == "intimidation"
    assert issue["part"] == "model"
    assert "धमकाता" in issue["reason_hi"]
    assert conduct["details"]["parts"] == ["model"]


def test_x_length_counts_as_x_does(client: TestClient) -> None:
    data = client.post("/v1/checks", json={"text": "क" * 281, "platform": "x"}).json()
    assert data["checks"]["length"]["details"] == {
        "count": 281,
        "limit": 280,
        "unit": "weighted characters",
    }
    assert data["checks"]["length"]["passed"] is False


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": "   "}, "text"),
        ({"text": "क" * 5001}, "text"),
        ({"text": "नमस्ते\x00"}, "text"),
        ({"text": "नमस्ते", "platform": "orkut"}, "platform"),
        ({"text": "नमस्ते", "tone": "angry"}, "tone"),
        ({"text": "नमस्ते", "facts": ["दो\nपंक्ति"]}, "facts[0]"),
        ({"text": "नमस्ते", "facts": ["क"] * 21}, "facts"),
        ({"text": "नमस्ते", "extra": 1}, "extra"),
    ],
)
def test_bad_check_requests_get_422_naming_the_field(
    client: TestClient, body: dict[str, object], field: str
) -> None:
    response = client.post("/v1/checks", json=body)
    assert response.status_code == 422
    assert field in [e["field"] for e in response.json()["detail"]]


def test_check_jsonl_answers_each_line_in_order_and_survives_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "हर साल ₹60,327 मिलते हैं।", "facts": ["हर साल ₹6,000"]}),
        "{not json",
        json.dumps(
            {"text": "पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं।", "facts": ["हर साल ₹6,000"]}
        ),
        json.dumps({"text": "नमस्ते", "tone": "angry"}),
    ]
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", "check", "--jsonl"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    assert out[0]["checks"]["grounding"]["issues"][0]["span"] == "₹60,327"
    assert out[1]["error"]["status"] == 422
    assert out[2]["passed"] is True
    assert out[3]["error"]["detail"][0]["field"] == "tone"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ({"text": "   "}, "blank"),
        ({"text": "क" * 5001}, "string_too_long"),
        ({"text": "नमस्ते\x00"}, "control_character"),
    ],
)
def test_text_errors_have_a_stable_type_and_a_hindi_message(
    client: TestClient, body: dict[str, object], kind: str
) -> None:
    response = client.post("/v1/checks", json=body)
    assert response.status_code == 422
    [entry] = [e for e in response.json()["detail"] if e["field"] == "text"]
    assert entry["type"] == kind
    assert any("\u0900" <= ch <= "\u097f" for ch in entry["message_hi"])


def test_a_draft_rechecked_with_its_request_gets_the_verdicts_it_was_drafted_with(
    client: TestClient, fake: FakeBackend, draft_body: Callable[..., dict[str, object]]
) -> None:
    """The studio re-checks an edited draft with the request it came from: the audience and
    call to action may be stated (a figure from the audience is not a dropped fact), and the
    call to action must be carried."""
    body = draft_body(
        variants=1,
        audience="वार्ड 7 के किसान",
        call_to_action="हेल्पलाइन 155261 पर कॉल करें",
    )
    drafted = client.post("/v1/drafts", json=body).json()["drafts"][0]
    request = {k: body[k] for k in ("facts", "platform", "tone", "kind", "audience")}
    request["call_to_action"] = body["call_to_action"]
    again = client.post("/v1/checks", json={"text": drafted["text"], **request}).json()
    assert {n: c["passed"] for n, c in again["checks"].items()} == {
        n: c["passed"] for n, c in drafted["checks"].items()
    }
    # Without its call to action the post no longer does what was asked.
    cut = drafted["text"].replace("👉 हेल्पलाइन 155261 पर कॉल करें।", "")
    verdict = client.post("/v1/checks", json={"text": cut, **request}).json()
    assert [i["category"] for i in verdict["checks"]["fit"]["issues"]] == ["missing_cta"]


def test_a_greeting_post_that_greets_no_one_fails_fit(client: TestClient) -> None:
    facts = ["होली का त्योहार 14 मार्च को है", "रंग खेलते समय पानी बचाएँ"]
    bare = {"text": "होली का त्योहार 14 मार्च को है। रंग खेलते समय पानी बचाएँ। 🙏", "facts": facts}
    wished = {**bare, "text": "होली की हार्दिक शुभकामनाएँ! 🌈\n\n" + bare["text"]}
    fit = client.post("/v1/checks", json={**bare, "kind": "greeting"}).json()["checks"]["fit"]
    assert [i["category"] for i in fit["issues"]] == ["no_greeting"]
    assert client.post("/v1/checks", json={**wished, "kind": "greeting"}).json()["passed"]


def _agreement_cases() -> list[dict[str, object]]:
    """Every case of the evaluation suites, and every request of the held-out sets."""
    from evaluation.harness import load_suite
    from models.tuning.dataset import HOLDOUT_DIR, load

    fields = ("kind", "facts", "platform", "tone", "audience", "call_to_action")
    cases = [
        {f: getattr(case, f) for f in fields}
        for path in sorted(Path("evaluation/suites").glob("*.yaml"))
        for case in load_suite(path).cases
    ]
    held, _ = load(sorted(HOLDOUT_DIR.glob("*.jsonl")))
    cases += [{f: getattr(example, f) for f in fields} for example in held]
    return cases


def test_every_draft_rechecked_as_the_studio_does_gets_the_verdict_it_was_drafted_with(
    client: TestClient,
) -> None:
    """The one check context (service/checking.py): on every suite case and held-out request,
    each draft sent back to /v1/checks with its request gets exactly the report it came with,
    issue for issue; and a line echoing any prompt's label fails both ways alike."""
    cases = _agreement_cases()
    assert len(cases) > 200
    compared = 0
    for case in cases:
        drafted = client.post("/v1/drafts", json={**case, "variants": 2})
        assert drafted.status_code == 200, (case, drafted.text)
        for draft in drafted.json()["drafts"]:
            again = client.post("/v1/checks", json={"text": draft["text"], **case}).json()
            assert again["checks"] == draft["checks"], case["facts"]
            compared += 1
    assert compared >= len(cases)

    case = cases[0]
    draft = client.post("/v1/drafts", json={**case, "variants": 1}).json()["drafts"][0]
    echoed = "शीर्षक: " + draft["text"]
    verdict = client.post("/v1/checks", json={"text": echoed, **case}).json()
    assert "prompt_echo" in [i["category"] for i in verdict["checks"]["format"]["issues"]]
