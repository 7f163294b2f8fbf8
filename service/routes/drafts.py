"""POST /v1/drafts (JSON), POST /v1/drafts/stream (Server-Sent Events), GET /v1/drafts/{id}."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from fastapi import APIRouter, Request
from sse_starlette import EventSourceResponse

from models.adapter import adapter_version
from models.base import BackendError, BackendState, GenerationCancelled, ModelBackend
from service.auth import Principal, forbidden
from service.deps import (
    BackendDep,
    DrafterDep,
    PrincipalDep,
    PromptsDep,
    SettingsDep,
    StoreDep,
    WorkerDep,
)
from service.errors import (
    BackendUnavailableError,
    GenerationTimeoutError,
    ModelFailedError,
    ModelNotReadyError,
    NotFoundError,
    ServiceBusyError,
    ServiceError,
    StorageError,
    error_content,
)
from service.limits import validate_limits
from service.pipeline import DraftPipeline, Event
from service.schemas import DraftRequest, DraftResponse
from service.store import StorageFailure, Store
from service.worker import Job

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1/drafts", tags=["drafts"])


def require_ready(backend: ModelBackend) -> None:
    if backend.state is BackendState.READY:
        return
    if backend.state is BackendState.FAILED:
        raise ModelFailedError(f"the model failed to load: {backend.error}")
    raise ModelNotReadyError("the model is still loading; try again in a minute")


def _translate(exc: Exception, job: Job | None = None) -> ServiceError | None:
    if isinstance(exc, ServiceError):
        return exc
    if isinstance(exc, GenerationCancelled) and job is not None and job.shutdown:
        return ServiceBusyError("the service is shutting down; try again shortly", retry_after=30)
    if isinstance(exc, GenerationCancelled):
        return GenerationTimeoutError(
            f"{exc}; ask for fewer variants or raise SANDESH_GENERATION_TIMEOUT_S"
        )
    if isinstance(exc, StorageFailure):
        return StorageError(str(exc))
    if isinstance(exc, BackendError):
        return BackendUnavailableError(f"the model server failed: {exc}")
    return None


def _job(
    req: DraftRequest, pipeline: DraftPipeline, store: Store, principal: Principal
) -> Callable[[threading.Event], Iterator[Event]]:
    """The work of one request, as the worker thread runs it: the pipeline's events, with the
    response recorded (on the worker thread too) before ``done`` goes out."""

    def run(cancel: threading.Event) -> Iterator[Event]:
        for event in pipeline.run(req, cancel):
            if event.name == "done":
                record_draft(store, principal, req, event.data, pipeline.backend)
            yield event

    return run


def record_draft(
    store: Store,
    principal: Principal,
    req: DraftRequest,
    response: dict[str, Any],
    backend: ModelBackend,
) -> None:
    """The response as it went out (every candidate with its checks, the chosen drafts), who
    asked, and the model, adapter and disclosure that made it."""
    drafts = response.get("drafts") or [{}]
    first_line = next((ln for ln in str(drafts[0].get("text", "")).splitlines() if ln.strip()), "")
    store.add(
        "draft",
        principal.account,
        record_id=response["id"],
        request=req.model_dump(),
        response=response,
        summary=first_line.strip("* ") or "; ".join(req.facts)[:200],
        model=response.get("model"),
        adapter=adapter_version(getattr(backend, "adapter", None)),
        disclosure=response.get("disclosure"),
    )


async def _watch_disconnect(request: Request, job: Job) -> None:
    """Cancel the job when the client goes away (FastAPI has read the body already, so the next
    message is the disconnect)."""
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            job.cancel.set()
            return


@router.post("", response_model=DraftResponse, summary="Checked Hindi drafts for the facts given")
async def create_drafts(
    req: DraftRequest,
    request: Request,
    settings: SettingsDep,
    backend: BackendDep,
    prompts: PromptsDep,
    store: StoreDep,
    worker: WorkerDep,
    principal: DrafterDep,
) -> dict[str, Any]:
    validate_limits(req, settings)
    require_ready(backend)
    job = worker.submit(_job(req, DraftPipeline(backend, prompts, settings), store, principal))
    watcher = asyncio.create_task(_watch_disconnect(request, job))
    try:
        async for event in job.events():
            if event.name == "done":
                result: dict[str, Any] = event.data
                return result
    except Exception as exc:
        if (translated := _translate(exc, job)) is not None:
            raise translated from exc
        raise
    finally:
        # Whatever ended the wait (a result, an error, the client leaving, a shutdown), the
        # model stops writing for this request.
        job.cancel.set()
        watcher.cancel()
    raise ServiceBusyError("the service is shutting down", retry_after=30)


@router.post(
    "/stream",
    summary="The same, as Server-Sent Events",
    description="Events: `prompt` (the rendered prompt), `token` (model text as it arrives, with "
    "its candidate index), `candidate` (each raw candidate with its checks), `draft` (each chosen "
    "draft), `done` (the full response, as from POST /v1/drafts), or `error` (status, detail).",
    response_class=EventSourceResponse,
)
async def stream_drafts(
    req: DraftRequest,
    settings: SettingsDep,
    backend: BackendDep,
    prompts: PromptsDep,
    store: StoreDep,
    worker: WorkerDep,
    principal: DrafterDep,
) -> EventSourceResponse:
    validate_limits(req, settings)
    require_ready(backend)
    # Queued before the response starts, so a full queue is a plain 503, not a broken stream.
    job = worker.submit(_job(req, DraftPipeline(backend, prompts, settings), store, principal))

    async def events() -> AsyncIterator[dict[str, str]]:
        try:
            async for event in job.events():
                yield {"event": event.name, "data": json.dumps(event.data, ensure_ascii=False)}
        except Exception as exc:
            translated = _translate(exc, job)
            if translated is None:
                log.exception("drafting failed")
                translated = ServiceError("drafting failed; the server log has the cause")
            body = {
                "status": translated.status_code,
                **error_content(translated.code, translated.detail, translated.params),
            }
            yield {"event": "error", "data": json.dumps(body, ensure_ascii=False)}
        finally:
            # A client that closes the stream cancels this generator: the model stops too.
            job.cancel.set()

    # On a shutdown the job ends at once with its error event; the grace lets that event out
    # before the stream is closed (without it the two raced, and the client sometimes got a
    # cut stream). Well inside uvicorn's own shutdown grace (service.server.SHUTDOWN_GRACE_S).
    return EventSourceResponse(events(), ping=15, shutdown_grace_period=2)


@router.get("/{draft_id}", summary="A stored response, as it was generated")
def get_draft(draft_id: str, store: StoreDep, principal: PrincipalDep) -> dict[str, Any]:
    record = store.get(draft_id)
    if record is None or record["kind"] != "draft":
        raise NotFoundError(f"no draft with id {draft_id!r}")
    if record["account"] != principal.name and not principal.can("all_records"):
        raise forbidden(principal.role, ["admin"], "another account's draft")
    return {
        "created_at": record["created_at"],
        "account": record["account"],
        "state": record["state"],
        "request": record["request"],
        "response": record["response"],
    }
