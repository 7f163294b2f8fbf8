"""GET /health, /v1/models, /v1/prompts and /v1/limits: what the service runs and accepts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from models.base import BackendState
from service.deps import BackendDep, PromptsDep, SettingsDep
from service.schemas import HealthResponse, ModelInfo, PromptInfo

router = APIRouter()


@router.get(
    "/health",
    response_model=HealthResponse,
    tags=["health"],
    responses={503: {"model": HealthResponse, "description": "The model is loading or failed"}},
)
def health(backend: BackendDep) -> Any:
    state = backend.state
    if state is BackendState.READY:
        return HealthResponse(status="ok", backend=backend.name, model_id=backend.model_id)
    failed = state is BackendState.FAILED
    body = HealthResponse(
        status="failed" if failed else "loading",
        detail=f"the model failed to load: {backend.error}"
        if failed
        else "the model is loading (the first start converts it once, about a minute)",
        backend=backend.name,
        model_id=backend.model_id,
    )
    return JSONResponse(status_code=503, content=body.model_dump())


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


@router.get("/v1/limits", tags=["limits"], summary="Input limits and platform length limits")
def limits(settings: SettingsDep) -> dict[str, Any]:
    return {
        "max_body_bytes": settings.max_body_bytes,
        "max_facts": settings.max_facts,
        "max_fact_chars": settings.max_fact_chars,
        "max_field_chars": settings.max_field_chars,
        "variants": {"min": 1, "max": 5, "default": 3},
        "platform_length": {
            "whatsapp": settings.whatsapp_soft_limit,
            "facebook": settings.facebook_soft_limit,
            "x": 280,
            "instagram": 2200,
        },
    }
