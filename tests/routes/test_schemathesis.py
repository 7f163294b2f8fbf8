"""Schemathesis over the app's own OpenAPI schema, on the fake backend: every check, positive and
negative data, a fixed seed. Any request the schema allows must be served, any it forbids
refused with a documented 4xx, and every answer must match the schema."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

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

# Operations that still answer 422 to some requests their schema allows (issue 18). Strict: when
# one is fixed its test passes, fails as XPASS, and should leave this list.
KNOWN_FAILURES = {
    # A one-word title of 200 characters cannot fit any layout (text_does_not_fit); "0" is not
    # a link or a phone number, and the schema does not say what qr takes.
    "/v1/posters": "POST /v1/posters: text that cannot fit, and qr values, are not in its schema",
    # An empty body is a valid "string" (csv_empty); no JSON Schema states a valid CSV.
    "/v1/posters/bulk": "POST /v1/posters/bulk: its text/csv body schema is any string",
}


@schema.exclude(path=list(KNOWN_FAILURES)).parametrize()
@settings(deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_the_api_does_what_its_schema_says(case: schemathesis.Case) -> None:
    case.call_and_validate()


@schema.include(path=list(KNOWN_FAILURES)).parametrize()
@settings(deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@pytest.mark.xfail(strict=True, reason="; ".join(KNOWN_FAILURES.values()))
def test_known_schema_gaps(case: schemathesis.Case) -> None:
    case.call_and_validate()
