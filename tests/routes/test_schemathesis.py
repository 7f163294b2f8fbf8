"""Schemathesis over the app's own OpenAPI schema, on the fake backend: every check, positive and
negative data, a fixed seed. Any request the schema allows must be served, any it forbids
refused with a documented 4xx, and every answer must match the schema. The one exception is
what no JSON Schema can state (SCHEMA_CANNOT_STATE): there a documented 422 is the answer."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from models.fake import FakeBackend
from service.main import create_app
from tests.conftest import make_settings

# Per operation and phase; the whole run stays under two minutes on two cores.
MAX_EXAMPLES = 200

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": 18,
        "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True, "database": "none"},
    }
)
# Schemathesis reads the schema when the module is collected; pytest 9 cannot give it a fixture
# (schemathesis.pytest.from_fixture), so the app and its data directory are made here.
_DATA = tempfile.TemporaryDirectory(prefix="sandesh-schemathesis-")
app = create_app(make_settings(Path(_DATA.name)), backend=FakeBackend())
schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=CONFIG)


def _poster_fact(entry: dict[str, Any]) -> bool:
    # Whether text fits its place depends on each glyph's width in the layout's font at the
    # layout's smallest size; whether base64 holds a readable PNG, JPEG or WebP, on the bytes.
    return entry.get("type") in {"text_does_not_fit", "image_unreadable"}


def _about_the_csv(entry: dict[str, Any]) -> bool:
    # A text/csv body's schema is a string: the CSV grammar and each row's rules are in the
    # operation's description. An error about the parameters is not one of these.
    field = str(entry.get("field", ""))
    return field == "csv" or field.startswith("row ")


def _roman_fact(entry: dict[str, Any]) -> bool:
    # A fact with more Roman letters than Devanagari ones is refused: a share of letters, which
    # no JSON Schema pattern can state.
    return entry.get("type") == "not_devanagari"


# The 422s a request the schema allows may still get, by the errors in them: what no JSON Schema
# can state. Each of these is documented (the 422 and its ErrorResponse body are checked).
SCHEMA_CANNOT_STATE: dict[str, Callable[[dict[str, Any]], bool]] = {
    "POST /v1/posters": _poster_fact,
    "POST /v1/posters/bulk": _about_the_csv,
    "POST /v1/drafts": _roman_fact,
    "POST /v1/drafts/stream": _roman_fact,
}


def positive_data_served(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> bool | None:
    """Schemathesis's positive_data_acceptance, but a 422 passes when every error in it is one
    the operation's schema cannot state."""
    cannot_state = SCHEMA_CANNOT_STATE.get(case.operation.label)
    if cannot_state is not None and response.status_code == 422:
        detail = response.json().get("detail")
        if isinstance(detail, list) and detail and all(cannot_state(e) for e in detail):
            return None
    return positive_data_acceptance(ctx, response, case)


@schema.parametrize()
@settings(deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_the_api_does_what_its_schema_says(case: schemathesis.Case) -> None:
    case.call_and_validate(
        excluded_checks=[positive_data_acceptance], additional_checks=[positive_data_served]
    )
