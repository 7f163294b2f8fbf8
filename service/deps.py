"""FastAPI dependencies. Tests override these (``app.dependency_overrides``), never globals."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from models.base import ModelBackend
from prompts import PromptLibrary, get_library
from service.config import Settings
from service.store import DraftStore
from service.worker import ModelWorker


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_backend(request: Request) -> ModelBackend:
    backend: ModelBackend = request.app.state.backend
    return backend


def get_store(request: Request) -> DraftStore:
    store: DraftStore = request.app.state.store
    return store


def get_worker(request: Request) -> ModelWorker:
    worker: ModelWorker = request.app.state.worker
    return worker


def get_prompts() -> PromptLibrary:
    return get_library()


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
BackendDep = Annotated[ModelBackend, Depends(get_backend)]
StoreDep = Annotated[DraftStore, Depends(get_store)]
WorkerDep = Annotated[ModelWorker, Depends(get_worker)]
PromptsDep = Annotated[PromptLibrary, Depends(get_prompts)]
