"""The app factory. The model loads in the lifespan, in a thread, never at import."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from models.base import ModelBackend
from models.registry import create_backend
from service.config import Settings, get_settings
from service.errors import install_error_handlers
from service.posters.render import ShapingUnavailableError, require_raqm
from service.routes import checks, drafts, meta, posters, studio
from service.store import DraftStore

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
        detail = json.dumps(
            {"detail": f"the request body is over {limit} bytes; send less (limit: {setting})"}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": detail})


def _load_in_background(backend: ModelBackend) -> threading.Thread:
    def run() -> None:
        try:
            backend.load()
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
        app.state.backend = backend or create_backend(settings)
        app.state.store = DraftStore(settings.data_dir / "sandesh.sqlite3")
        try:
            require_raqm()
        except ShapingUnavailableError as exc:
            # Drafts still work; posters answer 503 with this same reason.
            log.error("posters disabled: %s", exc)
        app.state.load_thread = _load_in_background(app.state.backend)
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(
        title="Sandesh (संदेश)",
        summary="Grounded Hindi civic post drafts from an open LLM",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_error_handlers(app)
    app.include_router(meta.router)
    app.include_router(drafts.router)
    app.include_router(checks.router)
    app.include_router(posters.router)
    studio.mount_studio(app)
    app.add_middleware(
        BodySizeLimit,
        max_bytes=settings.max_body_bytes,
        large_prefix="/v1/posters",
        large_bytes=settings.poster_max_body_bytes,
    )
    return app
