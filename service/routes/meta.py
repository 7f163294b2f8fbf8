"""GET /health, /v1/models, /v1/prompts and /v1/limits: what the service runs and accepts; and
its API docs, /docs (Swagger UI) and /redoc (ReDoc), served from the app's own files."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.staticfiles import StaticFiles

from models.base import BackendState
from prompts import PLATFORMS
from service.checking import limits_from
from service.deps import BackendDep, PromptsDep, SettingsDep, StoreDep, WorkerDep
from service.posters.icons import TOPICS
from service.schemas import HealthResponse, ModelInfo, PromptInfo
from service.security import DOCS_CSP

router = APIRouter()


@router.get(
    "/health",
    response_model=HealthResponse,
    tags=["health"],
    responses={
        503: {
            "model": HealthResponse,
            "description": "The model is loading, failed or stuck, or drafts cannot be recorded",
        }
    },
)
def health(backend: BackendDep, worker: WorkerDep, store: StoreDep) -> Any:
    work = worker.status()
    base = {
        "backend": backend.name,
        "model_id": backend.model_id,
        "busy": work.busy,
        "queued": work.queued,
    }
    state = backend.state
    if state is not BackendState.READY:
        failed = state is BackendState.FAILED
        body = HealthResponse(
            status="failed" if failed else "loading",
            detail=f"the model failed to load: {backend.error}"
            if failed
            else "the model is loading (the first start converts it once, about a minute)",
            **base,
        )
    elif work.stuck:
        body = HealthResponse(
            status="stuck",
            detail=f"a generation has run {work.running_s:g} s, past its limit of "
            f"{worker.timeout_s:g} s, and has not stopped",
            **base,
        )
    elif (problem := store.problem()) is not None:
        body = HealthResponse(status="storage", detail=problem, **base)
    else:
        return HealthResponse(status="ok", **base)
    return JSONResponse(status_code=503, content=body.model_dump(), headers={"Retry-After": "10"})


@router.get("/v1/models", response_model=list[ModelInfo], tags=["models"])
def list_models(backend: BackendDep) -> list[ModelInfo]:
    return [
        ModelInfo(
            backend=backend.name,
            model_id=backend.model_id,
            state=str(backend.state),
            error=backend.error,
        )
    ]


@router.get("/v1/prompts", response_model=list[PromptInfo], tags=["prompts"])
def list_prompts(prompts: PromptsDep) -> list[PromptInfo]:
    return [
        PromptInfo(
            name=t.name,
            version=t.version,
            description=t.meta.description,
            variables=t.meta.variables,
        )
        for t in prompts
    ]


@router.get(
    "/v1/limits", tags=["limits"], summary="Input limits, platform length limits and poster topics"
)
def limits(settings: SettingsDep) -> dict[str, Any]:
    platform = limits_from(settings)
    return {
        "max_body_bytes": settings.max_body_bytes,
        "max_facts": settings.max_facts,
        "max_fact_chars": settings.max_fact_chars,
        "max_field_chars": settings.max_field_chars,
        "variants": {"min": 1, "max": 5, "default": 3},
        # The limits the length check holds every draft to, from the one place it gets them.
        "platform_length": {p: platform.limit(p) for p in PLATFORMS},
        "instagram_hashtags": platform.instagram_hashtags,
        # The topics a poster's icon may be chosen from (POST /v1/posters `topic`), in the
        # order the studio offers them.
        "poster_topics": list(TOPICS),
    }


# Swagger UI and ReDoc ship in the fastapi-offline package; the pages set them up from
# static/docs/ with no inline script, so their Content-Security-Policy needs none.
_DOCS_ASSETS = "/docs/assets"
_DOCS_HEADERS = {"Content-Security-Policy": DOCS_CSP, "Cache-Control": "no-cache"}

docs_router = APIRouter(include_in_schema=False)


def _docs_page(request: Request, title: str, body: str) -> HTMLResponse:
    app: FastAPI = request.app
    root = html.escape(request.scope.get("root_path", "").rstrip("/"))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(app.title)} - {title}</title>
<link rel="icon" href="{root}/static/favicon.svg" type="image/svg+xml">
</head>
<body>
{body.format(root=root, spec=f"{root}{html.escape(app.openapi_url or '')}")}
</body>
</html>
"""
    return HTMLResponse(page, headers=_DOCS_HEADERS)


@docs_router.get("/docs")
def swagger_ui(request: Request) -> HTMLResponse:
    return _docs_page(
        request,
        "API",
        f"""<link rel="stylesheet" href="{{root}}{_DOCS_ASSETS}/swagger-ui.css">
<div id="swagger-ui" data-spec-url="{{spec}}"></div>
<script src="{{root}}{_DOCS_ASSETS}/swagger-ui-bundle.js"></script>
<script src="{{root}}/static/docs/swagger-init.js"></script>""",
    )


@docs_router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    return _docs_page(
        request,
        "ReDoc",
        f"""<redoc spec-url="{{spec}}"></redoc>
<script src="{{root}}{_DOCS_ASSETS}/redoc.standalone.js"></script>""",
    )


def _assets_dir() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).resolve().parent / "static"


def mount_docs(app: FastAPI) -> None:
    """Serve /docs and /redoc, and the viewers' scripts under /docs/assets."""
    app.include_router(docs_router)
    app.mount(_DOCS_ASSETS, StaticFiles(directory=_assets_dir()), name="docs-assets")
