"""The LLM layer: one backend protocol, backends registered by name."""

from models.base import (
    BackendState,
    GenerationCancelled,
    GenerationOptions,
    ModelBackend,
    Usage,
    generate,
)
from models.registry import available_backends, create_backend, register_backend

__all__ = [
    "BackendState",
    "GenerationCancelled",
    "GenerationOptions",
    "ModelBackend",
    "Usage",
    "available_backends",
    "create_backend",
    "generate",
    "register_backend",
]
