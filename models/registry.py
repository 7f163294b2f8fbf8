"""Backends register a factory by name; settings pick one."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.base import ModelBackend
    from service.config import Settings


_FACTORIES: dict[str, Callable[[Settings], ModelBackend]] = {}
# Modules that register the built-in backends. Imported lazily so that `fake` never imports torch.
_BUILTIN_MODULES = {
    "hf": "models.hf",
    "llamacpp": "models.llamacpp",
    "openai": "models.openai_compat",
    "fake": "models.fake",
}


class UnknownBackendError(ValueError):
    """No backend is registered under that name."""


def register_backend(
    name: str,
) -> Callable[[Callable[[Settings], ModelBackend]], Callable[[Settings], ModelBackend]]:
    def decorator(
        factory: Callable[[Settings], ModelBackend],
    ) -> Callable[[Settings], ModelBackend]:
        _FACTORIES[name] = factory
        return factory

    return decorator


def available_backends() -> list[str]:
    return sorted(set(_FACTORIES) | set(_BUILTIN_MODULES))


def create_backend(settings: Settings) -> ModelBackend:
    name = settings.backend
    if name not in _FACTORIES and name in _BUILTIN_MODULES:
        importlib.import_module(_BUILTIN_MODULES[name])
    if name not in _FACTORIES:
        known = ", ".join(available_backends())
        raise UnknownBackendError(f"unknown backend {name!r}; known backends: {known}")
    return _FACTORIES[name](settings)
