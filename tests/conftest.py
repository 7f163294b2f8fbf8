from __future__ import annotations

import os

# Never reach a model hub from tests, whatever the environment says.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from models.fake import FakeBackend
from service.config import Settings
from service.main import create_app
from tests.pg import PostgresServer, postgres_server


def make_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {"backend": "fake", "data_dir": tmp_path / "var"}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def fake() -> FakeBackend:
    return FakeBackend()


def wait_ready(client: TestClient, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while client.get("/health").status_code != 200:
        if time.monotonic() > deadline:
            raise AssertionError(f"not ready: {client.get('/health').json()}")
        time.sleep(0.01)


@pytest.fixture
def client(settings: Settings, fake: FakeBackend) -> Iterator[TestClient]:
    with TestClient(create_app(settings, backend=fake)) as test_client:
        wait_ready(test_client)
        yield test_client


SCHEME_FACTS = [
    "पीएम-किसान में पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं",
    "यह राशि ₹2,000 की तीन किस्तों में सीधे बैंक खाते में आती है",
    "हेल्पलाइन नंबर 155261 है",
]
# Posts on SCHEME_FACTS that pass every check: each carries every figure of the facts.
SCHEME_POSTS = (
    (
        "*पीएम-किसान की जानकारी*\n\nपात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं। "
        "यह राशि ₹2,000 की तीन किस्तों में आती है। हेल्पलाइन: 155261 पर कॉल करें।"
    ),
    (
        "किसान भाइयों-बहनों, पीएम-किसान में हर साल ₹६,००० की सहायता ₹2,000 की तीन किस्तों में मिलती है। "
        "सवाल हों तो 155261 पर कॉल करें।"
    ),
    (
        "पीएम-किसान योजना: हर साल ₹6,000, ₹2,000 की तीन किस्तें सीधे बैंक खाते में। "
        "यह जानकारी सबको बताएँ, और सवाल हों तो हेल्पलाइन 155261 पर पूछें।"
    ),
)


@pytest.fixture
def draft_body() -> Callable[..., dict[str, object]]:
    """A valid POST /v1/drafts body, with any field overridden."""

    def make(**overrides: object) -> dict[str, object]:
        body: dict[str, object] = {
            "kind": "scheme",
            "facts": list(SCHEME_FACTS),
            "platform": "whatsapp",
            "tone": "respectful",
        }
        body.update(overrides)
        return body

    return make


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One real PostgreSQL server for the session (Debian's package; see tests/pg.py)."""
    with postgres_server() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str | None:
    """Each store test runs on both databases: SQLite in the data directory (None) and an empty
    database of its own on the real PostgreSQL server."""
    if request.param == "sqlite":
        return None
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.new_database()
