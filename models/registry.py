"""Backends register, by name, their own options class and a factory that takes those options.

The model layer never reads the service's settings: the caller builds a backend's options (the
service from its settings, service/config.py) and passes them to :func:`create_backend`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from models.base import ModelBackend

OptionsT = TypeVar("OptionsT")
BackendT = TypeVar("BackendT", bound="ModelBackend")

_FACTORIES: dict[str, tuple[type[Any], Callable[[Any], ModelBackend]]] = {}
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
    name: str, options: type[OptionsT]
) -> Callable[[Callable[[OptionsT], BackendT]], Callable[[OptionsT], BackendT]]:
    def decorator(factory: Callable[[OptionsT], BackendT]) -> Callable[[OptionsT], BackendT]:
        _FACTORIES[name] = (options, factory)
        return factory

    return decorator


def available_backends() -> list[str]:
    return sorted(set(_FACTORIES) | set(_BUILTIN_MODULES))


def _registered(name: str) -> tuple[type[Any], Callable[[Any], ModelBackend]]:
    if name not in _FACTORIES and name in _BUILTIN_MODULES:
        importlib.import_module(_BUILTIN_MODULES[name])
    if name not in _FACTORIES:
        known = ", ".join(available_backends())
        raise UnknownBackendError(f"unknown backend {name!r}; known backends: {known}")
    return _FACTORIES[name]


def options_class(name: str) -> type[Any]:
    """The options the backend registered as ``name`` takes."""
    return _registered(name)[0]


def create_backend(name: str, options: object) -> ModelBackend:
    options_type, factory = _registered(name)
    if not isinstance(options, options_type):
        raise TypeError(
            f"backend {name!r} takes {options_type.__name__}, not {type(options).__name__}"
        )
    return factory(options)
