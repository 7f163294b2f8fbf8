"""The API says what it does: its OpenAPI schema, its error bodies and their Hindi messages."""

from __future__ import annotations

import re
import threading
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from models.fake import FakeBackend
from service import errors
from service.main import create_app
from service.messages import GENERIC_HI, MESSAGES_HI, hindi
from service.schemas import CONTROL_RANGES, LINE_PATTERN, TEXT_PATTERN, DraftRequest
from tests.conftest import make_settings

Body = Any
DEVANAGARI = re.compile(r"[\u0900-\u097f]")


def _schema(client: TestClient) -> dict[str, Any]:
    schema: dict[str, Any] = client.get("/openapi.json").json()
    return schema


def test_the_schema_documents_the_error_body_the_api_sends(client: TestClient) -> None:
    schema = _schema(client)
    models = schema["components"]["schemas"]
    assert "HTTPValidationError" not in models and "ValidationError" not in models
    assert set(models["ErrorResponse"]["required"]) == {"detail", "code", "message_hi"}
    assert set(models["FieldError"]["properties"]) == {
        "field",
        "message",
        "type",
        "message_hi",
        "params",
    }
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            assert "400" in responses, f"{method} {path} does not document host_not_allowed"
            for status, response in responses.items():
                if status.startswith(("4", "5")) and path != "/health":
                    ref = response["content"]["application/json"]["schema"]["$ref"]
                    assert ref.endswith("/ErrorResponse"), (method, path, status)


@pytest.mark.parametrize(
    ("method", "path", "statuses"),
    [
        # 401: no key or a bad one, 403 also a role that may not, 429 past a key's rate, 503
        # also a record that cannot be kept (a full disk, a database that is down).
        (
            "post",
            "/v1/drafts",
            {"400", "401", "403", "413", "415", "422", "429", "502", "503", "504"},
        ),
        ("post", "/v1/drafts/stream", {"400", "401", "403", "413", "415", "422", "429", "503"}),
        ("get", "/v1/drafts/{draft_id}", {"400", "401", "403", "404", "503"}),
        ("post", "/v1/checks", {"400", "401", "403", "413", "415", "422", "503"}),
        ("post", "/v1/posters", {"400", "401", "403", "413", "415", "422", "429", "503"}),
        ("post", "/v1/posters/bulk", {"400", "401", "403", "413", "415", "422", "429", "503"}),
        ("get", "/v1/records", {"400", "401", "403", "422", "503"}),
        # A mark is made: 201.
        (
            "post",
            "/v1/records/{record_id}/marks",
            {"201", "400", "401", "403", "404", "409", "413", "415", "422", "503"},
        ),
        ("get", "/v1/limits", {"400"}),
    ],
)
def test_every_operation_lists_the_statuses_it_can_answer(
    client: TestClient, method: str, path: str, statuses: set[str]
) -> None:
    responses = _schema(client)["paths"][path][method]["responses"]
    success = set() if "201" in statuses else {"200"}
    assert set(responses) == {*success, *statuses}
    if "503" in responses:
        assert "Retry-After" in responses["503"]["headers"]


def test_the_schema_states_the_limits_the_settings_set(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, max_facts=7, max_fact_chars=50, max_field_chars=40)
    with TestClient(create_app(settings, backend=FakeBackend())) as client:
        models = _schema(client)["components"]["schemas"]
    facts = models["DraftRequest"]["properties"]["facts"]
    assert (facts["minItems"], facts["maxItems"], facts["items"]["maxLength"]) == (1, 7, 50)
    assert facts["items"]["pattern"] == LINE_PATTERN
    audience = models["DraftRequest"]["properties"]["audience"]["anyOf"][0]
    assert audience["maxLength"] == 40
    assert models["CheckRequest"]["properties"]["text"]["pattern"] == TEXT_PATTERN
    variants = models["DraftRequest"]["properties"]["variants"]
    assert (variants["type"], variants["minimum"], variants["maximum"]) == ("integer", 1, 5)


@pytest.mark.parametrize(
    ("overrides", "field", "kind"),
    [
        ({"facts": []}, "facts", "too_short"),
        ({"variants": True}, "variants", "int_type"),
        ({"seed": False}, "seed", "int_type"),
        ({"variants": "3"}, "variants", "int_type"),
        ({"variants": 2.5}, "variants", "int_type"),
        ({"facts": ["दो\nपंक्ति"]}, "facts[0]", "line_break"),
        ({"facts": ["छिपा\u202eपाठ"]}, "facts[0]", "control_character"),
        ({"facts": ["   "]}, "facts[0]", "blank"),
    ],
)
def test_422_entries_carry_a_type_params_and_a_hindi_message(
    client: TestClient, draft_body: Body, overrides: dict[str, object], field: str, kind: str
) -> None:
    response = client.post("/v1/drafts", json=draft_body(**overrides))
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["code"] == "invalid_input"
    assert DEVANAGARI.search(body["message_hi"])
    [entry] = [e for e in body["detail"] if e["field"] == field]
    assert entry["type"] == kind
    assert DEVANAGARI.search(entry["message_hi"]) and entry["message_hi"] != GENERIC_HI
    assert isinstance(entry["params"], dict)


def test_a_whole_number_sent_as_a_float_is_an_integer(client: TestClient, draft_body: Body) -> None:
    response = client.post("/v1/drafts", json=draft_body(variants=2.0))
    assert response.status_code == 200, response.text
    assert len(response.json()["drafts"]) == 2


def test_broken_json_names_the_body_and_says_where_in_words(client: TestClient) -> None:
    response = client.post(
        "/v1/drafts",
        content=b'{"kind": "scheme",\n "facts": [}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422
    [entry] = response.json()["detail"]
    assert entry["field"] == "body"
    assert entry["type"] == "json_invalid"
    assert "line 2, column 12" in entry["message"]
    assert entry["params"]["line"] == 2 and entry["params"]["column"] == 12
    assert "पंक्ति 2" in entry["message_hi"]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b'{"kind": "\xff\xfe"}', "body_not_utf8"),
        (b"[" * 5000 + b"]" * 5000, "json_too_deep"),
    ],
)
def test_unreadable_bodies_get_422_naming_the_body(
    client: TestClient, content: bytes, kind: str
) -> None:
    response = client.post(
        "/v1/checks", content=content, headers={"content-type": "application/json"}
    )
    assert response.status_code == 422, response.text
    [entry] = response.json()["detail"]
    assert (entry["field"], entry["type"]) == ("body", kind)


def test_a_body_without_a_content_type_is_told_to_send_json(client: TestClient) -> None:
    response = client.post("/v1/checks", content='{"text": "नमस्ते"}'.encode())
    assert response.status_code == 422
    assert "Content-Type: application/json" in response.json()["detail"][0]["message"]


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("GET", "/v1/drafts/no-such-id", 404, "not_found"),
        ("GET", "/no/such/page", 404, "not_found"),
        ("DELETE", "/v1/checks", 405, "method_not_allowed"),
    ],
)
def test_errors_outside_validation_keep_the_shape(
    client: TestClient, method: str, path: str, status: int, code: str
) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    body = response.json()
    assert body["code"] == code and DEVANAGARI.search(body["message_hi"])
    assert isinstance(body["detail"], str)


def test_a_loading_model_gets_503_with_its_code_and_retry_after(
    tmp_path: Path, draft_body: Body
) -> None:
    gate = threading.Event()
    with TestClient(
        create_app(make_settings(tmp_path), backend=FakeBackend(load_gate=gate))
    ) as client:
        response = client.post("/v1/drafts", json=draft_body())
        gate.set()
    assert response.status_code == 503
    assert response.json()["code"] == "model_loading"
    assert int(response.headers["retry-after"]) > 0


def test_an_oversized_body_gets_413_with_its_code(client: TestClient) -> None:
    response = client.post(
        "/v1/checks", json={"text": "क" * 70_000}, headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["code"] == "body_too_large"
    assert DEVANAGARI.search(response.json()["message_hi"])


def test_every_service_error_has_its_own_code_and_hindi() -> None:
    classes = [
        c
        for c in vars(errors).values()
        if isinstance(c, type) and issubclass(c, errors.ServiceError)
    ]
    codes = {c.code for c in classes}
    assert len(codes) == len(classes), "two error classes share a code"
    for code in codes:
        text = MESSAGES_HI[code]
        assert isinstance(text, str) and DEVANAGARI.search(text), code
    for cls in classes:
        if cls.status_code == 503:
            assert errors.error_headers(cls("x"))["Retry-After"]


@pytest.mark.parametrize(
    ("code", "params", "field", "expected"),
    [
        ("too_long", {"max_length": 20, "actual_length": 21}, "facts", "20 तथ्य"),
        ("too_long", {}, "facts", "कुछ तथ्य हटाएँ"),
        ("string_too_long", {"max_length": 300, "actual_length": 301}, "facts[0]", "301 अक्षर"),
        ("upload_too_large", {"max_bytes": 5 * 1024 * 1024}, "logo", "5 एमबी"),
        ("csv_empty", {}, "csv", "title"),
        ("image_aspect_ratio", {"max_ratio": 10}, "photo", "10 गुना"),
        ("missing", {}, "row 3: title", "शीर्षक"),
        ("no_such_code", {}, "x", GENERIC_HI),
    ],
)
def test_hindi_messages_are_filled_from_params_or_fall_back(
    code: str, params: dict[str, object], field: str, expected: str
) -> None:
    assert expected in hindi(code, params, field=field)


def test_hindi_messages_are_devanagari_and_polite() -> None:
    for code, texts in MESSAGES_HI.items():
        for text in (texts,) if isinstance(texts, str) else texts:
            assert DEVANAGARI.search(text), code
            # आप form: no तुम/तू imperatives of the familiar kind.
            assert not re.search(r"\b(तुम|तू|करो|भेजो|लिखो)\b", text), code


def _is_control(ch: str) -> bool:
    category = unicodedata.category(ch)
    if ch in "\u200c\u200d":
        return False
    if category == "Co" and ord(ch) >= 0xF0000:
        return False  # planes 15-16: see CONTROL_RANGES
    return category in ("Cc", "Cs", "Co", "Cf")


def test_the_control_table_is_unicodes() -> None:
    table = {cp for start, end in CONTROL_RANGES for cp in range(start, end + 1)}
    expected = {cp for cp in range(0x110000) if _is_control(chr(cp))}
    assert table == expected


@pytest.mark.parametrize(
    "value",
    ["नमस्ते", " दो  शब्द ", "", "   ", "\u3000", "क\u200dष", "a\tb", "a\nb", "x\u202e", "\u00ad"],
)
def test_the_line_pattern_accepts_what_the_validator_accepts(value: str) -> None:
    accepted = True
    try:
        DraftRequest(kind="scheme", facts=[value])
    except ValueError:
        accepted = False
    assert bool(re.fullmatch(LINE_PATTERN, value)) == accepted
