"""FastAPI dependencies. Tests override these (``app.dependency_overrides``), never globals."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from models.base import ModelBackend
from prompts import PromptLibrary, get_library
from service.auth import Authenticator, Principal
from service.config import Settings
from service.store import Store
from service.worker import ModelWorker

_bearer = HTTPBearer(
    auto_error=False,
    description="An API key (`sandesh users add NAME --role worker` prints one). Not needed on "
    "a server on 127.0.0.1 that has no accounts.",
)


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_backend(request: Request) -> ModelBackend:
    backend: ModelBackend = request.app.state.backend
    return backend


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_worker(request: Request) -> ModelWorker:
    worker: ModelWorker = request.app.state.worker
    return worker


def get_prompts() -> PromptLibrary:
    return get_library()


def get_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> Principal:
    """The caller (sync: a key is looked up in the database, off the event loop)."""
    auth: Authenticator = request.app.state.auth
    return auth.principal(credentials.credentials if credentials else None)


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def allowed(action: str, *, limited: bool = False) -> Any:
    """The caller, if their role may do ``action`` (403 if not); ``limited`` spends one of their
    key's requests a minute (429 past it)."""

    def dependency(request: Request, principal: PrincipalDep) -> Principal:
        principal.require(action)
        if limited:
            auth: Authenticator = request.app.state.auth
            auth.limiter.take(principal)
        return principal

    dependency.__name__ = f"allowed_{action}"
    return Depends(dependency)


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
BackendDep = Annotated[ModelBackend, Depends(get_backend)]
StoreDep = Annotated[Store, Depends(get_store)]
WorkerDep = Annotated[ModelWorker, Depends(get_worker)]
PromptsDep = Annotated[PromptLibrary, Depends(get_prompts)]
DrafterDep = Annotated[Principal, allowed("draft", limited=True)]
CheckerDep = Annotated[Principal, allowed("check")]
PosterMakerDep = Annotated[Principal, allowed("poster", limited=True)]
BulkMakerDep = Annotated[Principal, allowed("bulk", limited=True)]
