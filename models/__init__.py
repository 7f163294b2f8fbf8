"""The LLM layer: one backend protocol, backends registered by name."""

from models.base import BackendState, GenerationCancelled, GenerationOptions, ModelBackend, generate
from models.registry import available_backends, create_backend, register_backend

__all__ = [
    "BackendState",
    "GenerationCancelled",
    "GenerationOptions",
    "ModelBackend",
    "available_backends",
    "create_backend",
    "generate",
    "register_backend",
]
