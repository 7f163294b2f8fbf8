"""Security headers on every response, only trusted Host names, no writes from other sites, and
API docs that work offline."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from models.fake import FakeBackend
from service.main import create_app
from service.security import API_CSP, allowed_hosts, same_origin
from tests.conftest import make_settings

CHECK = {"text": "पीएम-किसान योजना की जानकारी अपने गाँव तक पहुँचाएँ।"}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/health"),
        ("GET", "/v1/limits"),
        ("GET", "/static/studio.css"),
        ("GET", "/docs"),
        ("GET", "/redoc"),
        ("GET", "/docs/assets/swagger-ui.css"),
        ("GET", "/openapi.json"),
        ("GET", "/"),
        ("GET", "/no/such/page"),
        ("POST", "/v1/checks"),
    ],
)
def test_every_response_carries_the_security_headers(
    client: TestClient, method: str, path: str
) -> None:
    response = client.request(method, path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_api_answers_may_run_nothing_and_the_studio_keeps_its_own_policy(
    client: TestClient,
) -> None:
    assert client.get("/v1/limits").headers["content-security-policy"] == API_CSP
    page = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in page and "unsafe" not in page


def test_the_docs_load_only_this_servers_files(client: TestClient) -> None:
    for path in ("/docs", "/redoc"):
        response = client.get(path)
        assert response.status_code == 200
        policy = response.headers["content-security-policy"]
        assert "script-src 'self';" in policy and "unsafe-eval" not in policy
        # No inline script: every <script> names a file here.
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", response.text, re.S)
        assert scripts and all('src="/' in attrs and not body.strip() for attrs, body in scripts)
        for url in re.findall(r'(?:src|href|spec-url|data-spec-url)="([^"]+)"', response.text):
            assert url.startswith("/"), f"{path} loads {url} from elsewhere"
            assert client.get(url).status_code == 200, url


@pytest.mark.parametrize(
    "host", ["localhost", "127.0.0.1:8000", "[::1]:8000", "testserver", "LOCALHOST:9"]
)
def test_the_local_host_names_are_trusted(client: TestClient, host: str) -> None:
    assert client.get("/v1/limits", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.evil.example:8000", "[::2]"])
def test_another_host_gets_400_with_the_json_error(client: TestClient, host: str) -> None:
    response = client.get("/v1/limits", headers={"host": host})
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "host_not_allowed"
    assert "SANDESH_ALLOWED_HOSTS" in body["detail"]
    assert body["message_hi"]
    assert response.headers["x-frame-options"] == "DENY"


def test_the_configured_host_and_the_setting_are_trusted(tmp_path: Path) -> None:
    # Open on purpose: a server beyond loopback with no accounts would refuse to start.
    settings = make_settings(
        tmp_path, host="sandesh.lan", allowed_hosts=["192.168.1.5"], auth="off"
    )
    with TestClient(create_app(settings, backend=FakeBackend())) as client:
        for host in ("sandesh.lan:8000", "192.168.1.5"):
            assert client.get("/v1/limits", headers={"host": host}).status_code == 200
        assert client.get("/v1/limits", headers={"host": "localhost"}).status_code == 400
    anywhere = make_settings(tmp_path, allowed_hosts=["*"])
    with TestClient(create_app(anywhere, backend=FakeBackend())) as client:
        assert client.get("/v1/limits", headers={"host": "evil.example"}).status_code == 200


def test_allowed_hosts_skip_wildcard_addresses_and_bracket_ipv6() -> None:
    assert allowed_hosts(["::1"], "0.0.0.0") == ["::1", "[::1]"]


@pytest.mark.parametrize(
    ("path", "kwargs"),
    [
        ("/v1/checks", {"json": CHECK}),
        ("/v1/drafts", {"json": {"kind": "scheme", "facts": ["नमस्ते"]}}),
        ("/v1/posters/bulk", {"content": b"title\nx", "headers": {"content-type": "text/plain"}}),
    ],
)
@pytest.mark.parametrize(
    "browser",
    [
        {"origin": "http://evil.example"},
        {"origin": "null"},
        {"origin": "http://localhost"},  # another origin than the Host the page was served from
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site"},
    ],
)
def test_writes_from_another_site_get_403(
    client: TestClient, path: str, kwargs: dict[str, object], browser: dict[str, str]
) -> None:
    headers = {**browser, **kwargs.pop("headers", {})}  # type: ignore[dict-item]
    response = client.post(path, headers=headers, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 403, response.text
    assert response.json()["code"] == "cross_origin"


@pytest.mark.parametrize(
    "headers",
    [
        {},  # curl, scripts
        {"origin": "http://testserver"},
        {"origin": "http://testserver:80"},
        {"sec-fetch-site": "same-origin"},
        {"sec-fetch-site": "none"},
    ],
)
def test_writes_from_this_site_or_no_page_are_served(
    client: TestClient, headers: dict[str, str]
) -> None:
    assert client.post("/v1/checks", json=CHECK, headers=headers).status_code == 200


def test_reads_from_another_site_are_not_refused(client: TestClient) -> None:
    response = client.get("/v1/limits", headers={"origin": "http://evil.example"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/v1/checks", "text/plain"),
        ("/v1/drafts", "application/x-www-form-urlencoded"),
        ("/v1/posters", "multipart/form-data; boundary=x"),
        ("/v1/posters/bulk", "text/plain"),
        ("/v1/posters/bulk", "application/x-www-form-urlencoded"),
    ],
)
def test_a_body_in_a_type_the_endpoint_does_not_read_gets_415(
    client: TestClient, path: str, content_type: str
) -> None:
    response = client.post(path, content=b"title\nx", headers={"content-type": content_type})
    assert response.status_code == 415, response.text
    assert response.json()["code"] == "unsupported_media_type"


def test_json_with_a_charset_or_a_json_suffix_is_json(client: TestClient) -> None:
    for content_type in ("application/json; charset=utf-8", "application/merge-patch+json"):
        response = client.post(
            "/v1/checks",
            content='{"text": "नमस्ते"}'.encode(),
            headers={"content-type": content_type},
        )
        assert response.status_code != 415, content_type


@pytest.mark.parametrize(
    ("origin", "host", "site", "expected"),
    [
        (None, "x", None, True),
        ("https://sandesh.example", "sandesh.example:443", None, True),
        ("https://sandesh.example", "sandesh.example:8443", None, False),
        ("http://127.0.0.1:8000", "127.0.0.1:8000", "same-origin", True),
        ("http://127.0.0.1:8001", "127.0.0.1:8000", None, False),
        ("file://", "127.0.0.1:8000", None, False),
    ],
)
def test_same_origin(origin: str | None, host: str, site: str | None, expected: bool) -> None:
    assert same_origin(origin, host, site) is expected
