"""Service errors, each with its HTTP status, converted to responses in one place."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse


class ServiceError(Exception):
    """Base class: carries the HTTP status and a message that says what to do next."""

    status_code = 500

    def __init__(self, detail: Any) -> None:
        super().__init__(detail)
        self.detail = detail


class BadRequestError(ServiceError):
    """The request is well-formed JSON but asks for something that cannot be done."""

    status_code = 422


class NotFoundError(ServiceError):
    """No such resource."""

    status_code = 404


class PayloadTooLargeError(ServiceError):
    """The request body is over the size limit."""

    status_code = 413


class ModelNotReadyError(ServiceError):
    """The model is still loading, or failed to load."""

    status_code = 503


class GenerationTimeoutError(ServiceError):
    """Generation ran over its time limit."""

    status_code = 504


class BackendUnavailableError(ServiceError):
    """The model server could not be reached or answered with an error."""

    status_code = 502


def field_error(field: str, message: str, kind: str = "limit") -> dict[str, str]:
    """One entry of a 422 body, shaped like the validation errors: the field, then what to fix."""
    return {"field": field, "message": f"{field}: {message}", "type": kind}


def _field(loc: tuple[Any, ...]) -> str:
    # ("body", "facts", 2) -> "facts[2]"; the "body" prefix tells the user nothing.
    parts = [p for p in loc if p != "body"]
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


async def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = []
    for err in exc.errors():
        field = _field(tuple(err.get("loc", ())))
        message = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        errors.append({"field": field, "message": f"{field}: {message}", "type": err.get("type")})
    return JSONResponse(status_code=422, content={"detail": errors})


async def _service_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServiceError)
    headers = {"Retry-After": "10"} if isinstance(exc, ModelNotReadyError) else None
    return JSONResponse(
        status_code=exc.status_code, content={"detail": exc.detail}, headers=headers
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(ServiceError, _service_handler)
