"""POST /v1/drafts (JSON), POST /v1/drafts/stream (Server-Sent Events), GET /v1/drafts/{id}."""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
from fastapi import APIRouter
from sse_starlette import EventSourceResponse
from starlette.concurrency import iterate_in_threadpool

from models.base import BackendState, GenerationCancelled, ModelBackend
from service.config import Settings
from service.deps import BackendDep, PromptsDep, SettingsDep, StoreDep
from service.errors import (
    BackendUnavailableError,
    BadRequestError,
    GenerationTimeoutError,
    ModelNotReadyError,
    NotFoundError,
    ServiceError,
    field_error,
)
from service.pipeline import DraftPipeline
from service.schemas import DraftRequest, DraftResponse
from service.store import DraftStore

router = APIRouter(prefix="/v1/drafts", tags=["drafts"])


def fact_limit_errors(facts: list[str], settings: Settings) -> list[dict[str, str]]:
    errors = []
    if len(facts) > settings.max_facts:
        errors.append(field_error("facts", f"at most {settings.max_facts} facts, got {len(facts)}"))
    for i, fact in enumerate(facts):
        if len(fact) > settings.max_fact_chars:
            errors.append(
                field_error(
                    f"facts[{i}]", f"at most {settings.max_fact_chars} characters, got {len(fact)}"
                )
            )
    return errors


def validate_limits(req: DraftRequest, settings: Settings) -> None:
    """Size limits are settings, so they are checked here rather than in the schema."""
    errors = [] if req.facts else [field_error("facts", "give at least one fact")]
    errors.extend(fact_limit_errors(req.facts, settings))
    for name in ("audience", "call_to_action"):
        value = getattr(req, name)
        if value is not None and len(value) > settings.max_field_chars:
            errors.append(
                field_error(
                    name, f"at most {settings.max_field_chars} characters, got {len(value)}"
                )
            )
    if errors:
        raise BadRequestError(errors)


def require_ready(backend: ModelBackend) -> None:
    if backend.state is BackendState.READY:
        return
    if backend.state is BackendState.FAILED:
        raise ModelNotReadyError(f"the model failed to load: {backend.error}")
    raise ModelNotReadyError("the model is still loading; try again in a minute")


def _translate(exc: Exception) -> ServiceError | None:
    if isinstance(exc, GenerationCancelled):
        return GenerationTimeoutError(
            f"{exc}; ask for fewer variants or raise SANDESH_GENERATION_TIMEOUT_S"
        )
    if isinstance(exc, httpx.HTTPError) or type(exc).__name__ == "OpenAIBackendError":
        return BackendUnavailableError(f"the model server failed: {exc}")
    return None


def _events(
    req: DraftRequest,
    pipeline: DraftPipeline,
    store: DraftStore,
    cancel: threading.Event | None = None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    for event in pipeline.run(req, cancel):
        if event.name == "done":
            store.add(event.data["id"], req.model_dump(), event.data)
        yield event.name, event.data


@router.post("", response_model=DraftResponse, summary="Checked Hindi drafts for the facts given")
def create_drafts(
    req: DraftRequest,
    settings: SettingsDep,
    backend: BackendDep,
    prompts: PromptsDep,
    store: StoreDep,
) -> dict[str, Any]:
    validate_limits(req, settings)
    require_ready(backend)
    pipeline = DraftPipeline(backend, prompts, settings)
    try:
        for name, data in _events(req, pipeline, store):
            if name == "done":
                return data
    except Exception as exc:
        if (translated := _translate(exc)) is not None:
            raise translated from exc
        raise
    raise RuntimeError("the pipeline ended without a result")


@router.post(
    "/stream",
    summary="The same, as Server-Sent Events",
    description="Events: `prompt` (the rendered prompt), `token` (model text as it arrives, with "
    "its candidate index), `candidate` (each raw candidate with its checks), `draft` (each chosen "
    "draft), `done` (the full response, as from POST /v1/drafts), or `error` (status, detail).",
    response_class=EventSourceResponse,
)
def stream_drafts(
    req: DraftRequest,
    settings: SettingsDep,
    backend: BackendDep,
    prompts: PromptsDep,
    store: StoreDep,
) -> EventSourceResponse:
    validate_limits(req, settings)
    require_ready(backend)
    pipeline = DraftPipeline(backend, prompts, settings)

    # Set when the client disconnects, so the model stops instead of writing for nobody.
    cancel = threading.Event()

    def guarded() -> Iterator[dict[str, str]]:
        try:
            for name, data in _events(req, pipeline, store, cancel):
                yield {"event": name, "data": json.dumps(data, ensure_ascii=False)}
        except Exception as exc:
            translated = _translate(exc)
            if translated is None:
                raise
            body = {"status": translated.status_code, "detail": translated.detail}
            yield {"event": "error", "data": json.dumps(body, ensure_ascii=False)}

    async def events() -> AsyncIterator[dict[str, str]]:
        try:
            async for item in iterate_in_threadpool(guarded()):
                yield item
        finally:
            cancel.set()

    return EventSourceResponse(events(), ping=15)


@router.get("/{draft_id}", summary="A stored response, as it was generated")
def get_draft(draft_id: str, store: StoreDep) -> dict[str, Any]:
    record = store.get(draft_id)
    if record is None:
        raise NotFoundError(f"no draft with id {draft_id!r}")
    return record
