"""Middleware that keeps the service to its own site: security headers on every response, only
trusted Host names, and no writes from pages on other sites.

All three are plain ASGI, so Server-Sent Events stream through them untouched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.errors import (
    CrossOriginError,
    HostNotAllowedError,
    ServiceError,
    UnsupportedMediaTypeError,
    body_json,
    error_headers,
)

# JSON, files and errors: nothing may run, load or frame anything.
API_CSP = "default-src 'none'; frame-ancestors 'none'"
# /docs and /redoc: the viewers' own scripts and styles from this service, nothing inline but
# styles (Swagger UI and ReDoc set style attributes), and fetches only of /openapi.json and this
# API ("Try it out").
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": API_CSP,
}
# The methods that change something; the rest must be safe to send from anywhere.
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


async def send_error(send: Send, exc: ServiceError) -> None:
    """Answer with the JSON error body, before the app (and its exception handlers) ever run."""
    headers = {"content-type": "application/json", **error_headers(exc)}
    await send(
        {
            "type": "http.response.start",
            "status": exc.status_code,
            "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        }
    )
    await send({"type": "http.response.body", "body": body_json(exc)})


class SecurityHeaders:
    """Add ``headers`` to every response that does not set its own (the studio page and the API
    docs set their own Content-Security-Policy)."""

    def __init__(self, app: ASGIApp, headers: Mapping[str, str] = SECURITY_HEADERS) -> None:
        self.app = app
        self.headers = dict(headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


class TrustedHosts:
    """Starlette's TrustedHostMiddleware, answering a Host it does not know with the JSON error.

    A page on another site that rebinds its own name to 127.0.0.1 still sends its own name as
    the Host, so this keeps it from reading the API.
    """

    def __init__(self, app: ASGIApp, allowed_hosts: Sequence[str]) -> None:
        self.app = app
        self.allowed_hosts = list(allowed_hosts)
        self._check = TrustedHostMiddleware(_allowed, allowed_hosts, www_redirect=False)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        verdict: dict[str, bool] = {}
        await self._check({**scope, "state": verdict}, receive, _discard)
        if verdict.get("allowed"):
            await self.app(scope, receive, send)
            return
        host = Headers(scope=scope).get("host", "")
        await send_error(
            send,
            HostNotAllowedError(
                f"this server does not answer to the host {host!r}; use one of "
                f"{', '.join(self.allowed_hosts)}, or add it to SANDESH_ALLOWED_HOSTS"
            ),
        )


async def _allowed(scope: Scope, receive: Receive, send: Send) -> None:
    scope["state"]["allowed"] = True


async def _discard(message: Message) -> None:
    return None


class SameOriginWrites:
    """Refuse a request that changes something when a browser sends it from another site (403),
    and a body in a content type its endpoint does not read (415).

    A browser names the page's origin in ``Origin`` on every POST, or failing that says
    ``Sec-Fetch-Site``; scripts and curl send neither and are let through. The body types are
    the ones the OpenAPI schema lists for the operation, so a form on another site cannot post
    ``text/plain`` even to the CSV endpoint; a body with no content type is left to the endpoint
    (FastAPI reads none as JSON).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._bodies: list[tuple[str, re.Pattern[str], frozenset[str]]] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in UNSAFE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if not same_origin(origin, headers.get("host", ""), headers.get("sec-fetch-site")):
            await send_error(
                send,
                CrossOriginError(
                    f"a page on {origin or 'another site'} may not change anything here; "
                    "open the studio on this server itself"
                ),
            )
            return
        content_type = headers.get("content-type")
        accepted = self._accepted(scope)
        if content_type is not None and accepted and media_type(content_type) not in accepted:
            await send_error(
                send,
                UnsupportedMediaTypeError(
                    f"this endpoint reads {' or '.join(sorted(accepted))}, not "
                    f"{media_type(content_type)!r}; send the header "
                    f"Content-Type: {sorted(accepted)[0]}"
                ),
            )
            return
        await self.app(scope, receive, send)

    def _accepted(self, scope: Scope) -> frozenset[str]:
        if self._bodies is None:
            # The app sets itself in the scope before any middleware runs.
            openapi = getattr(scope.get("app"), "openapi", None)
            schema: dict[str, Any] = openapi() if callable(openapi) else {}
            self._bodies = [
                (method.upper(), compile_path(path)[0], frozenset(map(media_type, content)))
                for path, operations in schema.get("paths", {}).items()
                for method, operation in operations.items()
                if (content := operation.get("requestBody", {}).get("content"))
            ]
        for method, pattern, types in self._bodies:
            if method == scope["method"] and pattern.match(scope["path"]):
                return types
        return frozenset()


def media_type(content_type: str) -> str:
    """``application/json; charset=utf-8`` -> ``application/json``; any ``+json`` is JSON."""
    media = content_type.split(";")[0].strip().lower()
    if media.startswith("application/") and media.endswith("+json"):
        return "application/json"
    return media


_DEFAULT_PORTS = {"http": "80", "https": "443"}


def same_origin(origin: str | None, host: str, fetch_site: str | None) -> bool:
    """Whether a request comes from this server's own pages, or from no page at all."""
    if origin is None:
        # Older browsers omit Origin on same-origin requests but say Sec-Fetch-Site.
        return fetch_site in (None, "same-origin", "none")
    parts = urlsplit(origin)
    if parts.scheme not in _DEFAULT_PORTS or not parts.netloc:
        return False  # "null": a sandboxed frame, a file: page
    default = f":{_DEFAULT_PORTS[parts.scheme]}"
    return parts.netloc.lower().removesuffix(default) == host.lower().removesuffix(default)


def allowed_hosts(configured: Sequence[str], host: str) -> list[str]:
    """The hosts to trust: the setting, the address the server listens on, and each IPv6
    address in brackets too (as a Host header writes it)."""
    hosts = [*configured, host]
    out: list[str] = []
    for name in hosts:
        name = name.strip().lower()
        if not name or name in ("0.0.0.0", "::"):
            # Listening everywhere names no host; SANDESH_ALLOWED_HOSTS must.
            continue
        for form in (name, f"[{name}]" if ":" in name and not name.startswith("[") else None):
            if form and form not in out:
                out.append(form)
    return out
