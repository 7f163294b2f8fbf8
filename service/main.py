"""The app factory. The model loads in the lifespan, in a thread, never at import."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from models.base import ModelBackend
from models.registry import create_backend
from service.auth import Authenticator, check_startup
from service.config import Settings, get_settings
from service.errors import (
    AuthError,
    BackendUnavailableError,
    BadRequestError,
    ConflictError,
    CrossOriginError,
    ForbiddenError,
    GenerationTimeoutError,
    HostNotAllowedError,
    ModelFailedError,
    ModelNotReadyError,
    NotFoundError,
    PayloadTooLargeError,
    RateLimitedError,
    ServiceBusyError,
    ServiceError,
    StorageError,
    UnsupportedMediaTypeError,
    error_response,
    error_responses,
    error_schemas,
    install_error_handlers,
)
from service.posters.render import ShapingUnavailableError, require_raqm
from service.routes import checks, drafts, meta, posters, records, studio
from service.security import (
    SECURITY_HEADERS,
    UNSAFE_METHODS,
    SameOriginWrites,
    SecurityHeaders,
    TrustedHosts,
    allowed_hosts,
    send_error,
)
from service.store import StorageFailure, Store
from service.worker import ModelWorker, settle_heap

log = logging.getLogger("sandesh")


class BodySizeLimit:
    """Refuse bodies over the limit with 413, whether or not they declare a Content-Length.

    Poster requests carry base64 images, so paths under ``large_prefix`` get ``large_bytes``.
    """

    def __init__(
        self, app: ASGIApp, max_bytes: int, large_prefix: str = "", large_bytes: int = 0
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.large_prefix = large_prefix
        self.large_bytes = large_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        if self.large_prefix and scope["path"].startswith(self.large_prefix):
            limit = max(limit, self.large_bytes)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._refuse(send, limit)
            return
        # Read the body up front (it is small by definition) so an undeclared one is capped too.
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > limit:
                await self._refuse(send, limit)
                return
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send, limit: int) -> None:
        setting = (
            "SANDESH_POSTER_MAX_BODY_BYTES" if limit > self.max_bytes else "SANDESH_MAX_BODY_BYTES"
        )
        await send_error(
            send,
            PayloadTooLargeError(
                f"the request body is over {limit} bytes; send less (limit: {setting})",
                params={"max_bytes": limit},
            ),
        )


# What each operation can answer beside what every operation of its kind can (_document_errors).
_ROUTE_ERRORS: dict[tuple[str, str], tuple[type[ServiceError], ...]] = {
    ("post", "/v1/drafts"): (
        ModelNotReadyError,
        ModelFailedError,
        ServiceBusyError,
        BackendUnavailableError,
        GenerationTimeoutError,
        StorageError,
    ),
    # Later failures arrive as `error` events in the stream.
    ("post", "/v1/drafts/stream"): (ModelNotReadyError, ModelFailedError, ServiceBusyError),
    ("get", "/v1/drafts/{draft_id}"): (NotFoundError,),
    ("post", "/v1/posters"): (posters.ShapingUnavailableServiceError,),
    ("post", "/v1/posters/bulk"): (BadRequestError, posters.ShapingUnavailableServiceError),
    ("get", "/v1/records/{record_id}"): (NotFoundError,),
    ("post", "/v1/records/{record_id}/marks"): (NotFoundError, ConflictError),
}
# Operations that spend one of a key's requests a minute (service.deps.allowed(limited=True)).
_RATE_LIMITED = {
    ("post", "/v1/drafts"),
    ("post", "/v1/drafts/stream"),
    ("post", "/v1/posters"),
    ("post", "/v1/posters/bulk"),
}


def _document_errors(schema: dict[str, Any]) -> None:
    """Give every operation the error responses it can answer: its own (``_ROUTE_ERRORS``), a
    Host not allowed (any), a cross-site write or an oversized body (POST and the like), a body
    in the wrong type or not valid (any with a body) and bad parameters."""
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            errors: list[type[ServiceError]] = [HostNotAllowedError]
            if method.upper() in UNSAFE_METHODS:
                errors += [CrossOriginError, PayloadTooLargeError]
            if "requestBody" in operation:
                errors += [UnsupportedMediaTypeError, BadRequestError]
            if any(p.get("in") in ("query", "header") for p in operation.get("parameters", [])):
                errors.append(BadRequestError)
            errors += _ROUTE_ERRORS.get((method, path), ())
            if "security" in operation:
                # A key is looked up in the database, which may be down.
                errors += [AuthError, ForbiddenError, StorageError]
                # No key is needed on a loopback server with no accounts: say so ({} is "none").
                if {} not in operation["security"]:
                    operation["security"].append({})
            if (method, path) in _RATE_LIMITED:
                errors.append(RateLimitedError)
            responses = operation.setdefault("responses", {})
            # FastAPI's stock 422 ({loc, msg, type}) is not what this API sends.
            if "HTTPValidationError" in str(responses.get("422", "")):
                del responses["422"]
            for status, response in error_responses(*errors).items():
                responses.setdefault(str(status), response)


def _openapi(app: FastAPI, settings: Settings) -> None:
    """The schema states every error each operation can answer, and the limits that settings
    set, so it always matches what is enforced."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = generate()
        models = schema.setdefault("components", {}).setdefault("schemas", {})
        _document_errors(schema)
        for name in ("HTTPValidationError", "ValidationError"):
            models.pop(name, None)
        models.update(error_schemas())
        # The size limits are settings, checked in the routes (validate_limits); state them.
        draft = models.get("DraftRequest", {}).get("properties", {})
        check = models.get("CheckRequest", {}).get("properties", {})
        for facts in (draft.get("facts", {}), check.get("facts", {})):
            for array in _typed(facts, "array"):
                array["maxItems"] = settings.max_facts
                array["items"]["maxLength"] = settings.max_fact_chars
        for name in ("audience", "call_to_action"):
            for string in _typed(draft.get(name, {}), "string"):
                string["maxLength"] = settings.max_field_chars
        for string in _typed(check.get("text", {}), "string"):
            string["maxLength"] = settings.max_text_chars
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _typed(schema: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """The schema, or its ``anyOf`` branches, of this JSON type (``str | None`` is an anyOf)."""
    return [v for v in [*schema.get("anyOf", []), schema] if v.get("type") == kind]


def _load_in_background(backend: ModelBackend) -> threading.Thread:
    def run() -> None:
        try:
            backend.load()
            settle_heap()  # the model's objects, out of every full collection's walk
            log.info("model ready: %s (%s)", backend.model_id, backend.name)
        except Exception:
            log.exception("the model failed to load; /health reports why")

    thread = threading.Thread(target=run, name="model-load", daemon=True)
    thread.start()
    return thread


def create_app(settings: Settings | None = None, backend: ModelBackend | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Fails fast, naming SANDESH_DATA_DIR or SANDESH_DATABASE_URL, when the record of what is
        # generated cannot be kept; and refuses to open every endpoint to a network.
        app.state.store = Store(settings.data_dir, settings.database_url)
        try:
            check_startup(settings.auth, settings.host, app.state.store)
        except Exception:
            app.state.store.close()
            raise
        app.state.auth = Authenticator(
            app.state.store, settings.auth, settings.rate_limit_per_minute
        )
        app.state.backend = backend or create_backend(settings.backend, settings.backend_options())
        try:
            require_raqm()
        except ShapingUnavailableError as exc:
            # Drafts still work; posters answer 503 with this same reason.
            log.error("posters disabled: %s", exc)
        app.state.load_thread = _load_in_background(app.state.backend)
        # The one thread that runs the model (service/worker.py).
        app.state.worker = ModelWorker(settings.queue_depth, settings.generation_timeout_s)
        try:
            yield
        finally:
            # Cancel generation first, so the record is closed with nothing left writing to it.
            app.state.worker.stop()
            app.state.store.close()

    app = FastAPI(
        title="Sandesh (संदेश)",
        summary="Grounded Hindi civic post drafts from an open LLM",
        version="0.1.0",
        lifespan=lifespan,
        # Served from the app's own files instead (meta.mount_docs), so they work offline.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    install_error_handlers(app, SECURITY_HEADERS)

    async def storage_failed(request: Request, exc: Exception) -> JSONResponse:
        return error_response(StorageError(str(exc)))

    app.add_exception_handler(StorageFailure, storage_failed)
    app.include_router(meta.router)
    app.include_router(drafts.router)
    app.include_router(checks.router)
    app.include_router(posters.router)
    app.include_router(records.router)
    studio.mount_studio(app)
    meta.mount_docs(app)
    _openapi(app, settings)
    # The last added runs first: headers go on every answer, then the Host is checked, then
    # where a write comes from, and only then is the body read.
    app.add_middleware(
        BodySizeLimit,
        max_bytes=settings.max_body_bytes,
        large_prefix="/v1/posters",
        large_bytes=settings.poster_max_body_bytes,
    )
    app.add_middleware(SameOriginWrites)
    if "*" not in settings.allowed_hosts:
        app.add_middleware(
            TrustedHosts, allowed_hosts=allowed_hosts(settings.allowed_hosts, settings.host)
        )
    app.add_middleware(SecurityHeaders)
    return app
