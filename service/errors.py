"""Service errors, each with its HTTP status and stable code, converted to responses in one place.

Every error body is ``{"detail", "code", "message_hi", "params"}``: ``detail`` says in English what
to do next (a list of field errors on a 422), ``code`` is stable for the page to match on,
``message_hi`` is the Hindi sentence from ``service/messages.py`` and ``params`` the figures it
names.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from service.messages import hindi
from service.schemas import ErrorResponse

Params = Mapping[str, Any]


class ServiceError(Exception):
    """Base class: the HTTP status, a stable code, and a message that says what to do next."""

    status_code = 500
    code = "internal_error"
    # Seconds a client should wait before trying again, sent as Retry-After (always on a 503).
    retry_after: int | None = None

    def __init__(self, detail: Any, *, params: Params | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.params = dict(params or {})


class BadRequestError(ServiceError):
    """The request is well-formed JSON but asks for something that cannot be done."""

    status_code = 422
    code = "invalid_input"


class NotFoundError(ServiceError):
    """No such resource."""

    status_code = 404
    code = "not_found"


class PayloadTooLargeError(ServiceError):
    """The request body is over the size limit."""

    status_code = 413
    code = "body_too_large"


class ModelNotReadyError(ServiceError):
    """The model is still loading."""

    status_code = 503
    code = "model_loading"
    retry_after = 10


class ModelFailedError(ModelNotReadyError):
    """The model failed to load; it will not be ready until the service is restarted."""

    code = "model_failed"
    retry_after = 60


class GenerationTimeoutError(ServiceError):
    """Generation ran over its time limit."""

    status_code = 504
    code = "timeout"


class BackendUnavailableError(ServiceError):
    """The model server could not be reached or answered with an error."""

    status_code = 502
    code = "model_server_failed"


class ServiceBusyError(ServiceError):
    """The model is busy and its queue is full, or the service is shutting down."""

    status_code = 503
    code = "busy"

    def __init__(self, detail: Any, *, retry_after: int = 10) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


class StorageError(ServiceError):
    """The record of what was generated cannot be kept now (a full disk, a database down)."""

    status_code = 503
    code = "storage_failed"
    retry_after = 30


class AuthError(ServiceError):
    """No key was sent where one is needed, or the key is unknown, revoked or expired."""

    status_code = 401
    code = "auth_required"

    def __init__(self, detail: Any, *, code: str = "auth_required") -> None:
        super().__init__(detail)
        self.code = code


class ForbiddenError(ServiceError):
    """The key's role may not do this; the message names the roles that may."""

    status_code = 403
    code = "role_forbidden"


class RateLimitedError(ServiceError):
    """This key asked for more than its share; Retry-After says when to ask again."""

    status_code = 429
    code = "rate_limited"

    def __init__(self, detail: Any, *, retry_after: int, params: Params | None = None) -> None:
        super().__init__(detail, params=params)
        self.retry_after = retry_after


class ConflictError(ServiceError):
    """The record's state does not allow this mark (it is already taken down)."""

    status_code = 409
    code = "state_conflict"


class HostNotAllowedError(ServiceError):
    """The request's Host is not one this service answers to (see SANDESH_ALLOWED_HOSTS)."""

    status_code = 400
    code = "host_not_allowed"


class CrossOriginError(ServiceError):
    """A browser on another site tried to change something here."""

    status_code = 403
    code = "cross_origin"


class UnsupportedMediaTypeError(ServiceError):
    """The body is not in the content type the endpoint reads."""

    status_code = 415
    code = "unsupported_media_type"


class MethodNotAllowedError(ServiceError):
    """The path exists, but not with this HTTP method."""

    status_code = 405
    code = "method_not_allowed"


def _scalars(params: Params | None) -> dict[str, str | int | float | bool]:
    # Only JSON scalars travel in a body; pydantic's ctx may hold the exception itself.
    return {str(k): v for k, v in (params or {}).items() if isinstance(v, str | int | float | bool)}


def field_error(
    field: str, message: str, kind: str = "limit", params: Params | None = None
) -> dict[str, Any]:
    """One entry of a 422 body: the field, what to fix in English, a stable ``type`` and the same
    in Hindi (``message_hi``, worded from ``type`` and ``params``)."""
    values = _scalars(params)
    return {
        "field": field,
        "message": f"{field}: {message}",
        "type": kind,
        "message_hi": hindi(kind, values, field=field),
        "params": values,
    }


def too_long_error(field: str, value: str, limit: int) -> dict[str, Any]:
    """The 422 entry for a text over its limit, with the figures the page words it from."""
    return field_error(
        field,
        f"at most {limit} characters, got {len(value)}",
        "string_too_long",
        {"max_length": limit, "actual_length": len(value)},
    )


def _with_hindi(detail: Any) -> Any:
    # Entries made by hand still get their Hindi sentence.
    if not isinstance(detail, list):
        return detail
    out = []
    for entry in detail:
        if isinstance(entry, dict) and "message_hi" not in entry:
            field = str(entry.get("field", "body"))
            kind = str(entry.get("type", "limit"))
            entry = {
                **entry,
                "type": kind,
                "message_hi": hindi(kind, entry.get("params"), field=field),
                "params": _scalars(entry.get("params")),
            }
        out.append(entry)
    return out


def error_content(code: str, detail: Any, params: Params | None = None) -> dict[str, Any]:
    """The body of every error response; ``params`` the figures its message names (a 413's
    ``max_bytes``), for a page to word it without reading ``detail``'s English."""
    return {
        "detail": _with_hindi(detail),
        "code": code,
        "message_hi": hindi(code, params),
        "params": _scalars(params),
    }


def error_headers(exc: ServiceError) -> dict[str, str]:
    retry_after = exc.retry_after
    if retry_after is None and exc.status_code == 503:
        retry_after = 10
    return {} if retry_after is None else {"Retry-After": str(retry_after)}


def error_response(exc: ServiceError, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        status_code=exc.status_code,
        content=error_content(exc.code, exc.detail, exc.params),
        headers={**error_headers(exc), **(headers or {})},
    )


def _field(loc: tuple[Any, ...]) -> str:
    # ("body", "facts", 2) -> "facts[2]"; the "body" prefix tells the user nothing.
    parts = [p for p in loc if p != "body"]
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


def _json_error(err: Mapping[str, Any], document: Any) -> dict[str, Any]:
    # FastAPI puts the byte offset in the location; say where that is in words instead.
    loc = tuple(err.get("loc", ()))
    position = loc[-1] if loc and isinstance(loc[-1], int) else 0
    reason = str((err.get("ctx") or {}).get("error", "not valid JSON"))
    if isinstance(document, str | bytes) and position <= len(document):
        text = document if isinstance(document, str) else document.decode("utf-8", "replace")
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        where = f"at line {line}, column {column}"
        params: dict[str, Any] = {"line": line, "column": column, "error": reason}
    else:
        where, params = "", {"error": reason}
    message = f"the JSON is broken {where}: {reason}; send valid JSON".replace("  ", " ")
    return field_error("body", message, "json_invalid", params)


def _missing_json_type(request: Request, err: Mapping[str, Any]) -> bool:
    # With no Content-Type, FastAPI does not read the body as JSON (a CSRF guard).
    return (
        err.get("type") == "model_attributes_type"
        and tuple(err.get("loc", ())) == ("body",)
        and "content-type" not in request.headers
    )


async def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = []
    for err in exc.errors():
        kind = str(err.get("type", "value_error"))
        if kind == "json_invalid":
            errors.append(_json_error(err, exc.body))
            continue
        if _missing_json_type(request, err):
            errors.append(
                field_error(
                    "body",
                    "send the body as JSON, with the header Content-Type: application/json",
                    "model_attributes_type",
                )
            )
            continue
        field = _field(tuple(err.get("loc", ())))
        message = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        errors.append(field_error(field, message, kind, err.get("ctx")))
    return error_response(BadRequestError(errors))


def _body_error(cause: BaseException) -> dict[str, Any]:
    if isinstance(cause, UnicodeDecodeError):
        return field_error(
            "body",
            f"is not UTF-8 text (byte {cause.start}); send JSON encoded as UTF-8",
            "body_not_utf8",
            {"position": cause.start},
        )
    if isinstance(cause, RecursionError):
        return field_error(
            "body",
            "nests lists or objects too deeply to read; send a flatter body",
            "json_too_deep",
        )
    return field_error("body", "cannot be read; send valid JSON", "body_unreadable")


_HTTP_ERRORS: dict[int, type[ServiceError]] = {
    404: NotFoundError,
    405: MethodNotAllowedError,
    413: PayloadTooLargeError,
    415: UnsupportedMediaTypeError,
}


async def _http_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    # FastAPI answers 400 for a body it cannot parse; the README promises 422 naming the body.
    if exc.status_code == 400 and exc.__cause__ is not None:
        return error_response(BadRequestError([_body_error(exc.__cause__)]))
    error_class = _HTTP_ERRORS.get(exc.status_code)
    detail = exc.detail or HTTPStatus(exc.status_code).phrase
    if error_class is None:
        error = ServiceError(detail)
        error.status_code = exc.status_code
        error.code = "invalid_input" if exc.status_code < 500 else "internal_error"
    else:
        error = error_class(detail)
    return error_response(error, exc.headers)


def install_error_handlers(app: FastAPI, headers: Mapping[str, str] | None = None) -> None:
    """Every error answers as JSON; ``headers`` go on a 500, which no middleware sees."""

    async def service_handler(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ServiceError)
        return error_response(exc)

    async def unhandled(request: Request, exc: Exception) -> JSONResponse:
        return error_response(ServiceError("internal error; the server log says why"), headers)

    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(HTTPException, _http_handler)
    app.add_exception_handler(ServiceError, service_handler)
    app.add_exception_handler(Exception, unhandled)


ERROR_REF = "#/components/schemas/ErrorResponse"


def error_schemas() -> dict[str, Any]:
    """The OpenAPI components that ``error_responses`` refers to."""
    schema = ErrorResponse.model_json_schema(ref_template="#/components/schemas/{model}")
    return {**schema.pop("$defs", {}), "ErrorResponse": schema}


def error_responses(*errors: type[ServiceError]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for these errors: the shared body, and Retry-After on a 503.

    The app adds ``error_schemas()`` to the schema's components."""
    by_status: dict[int, list[type[ServiceError]]] = {}
    for error in errors:
        by_status.setdefault(error.status_code, []).append(error)
    responses: dict[int | str, dict[str, Any]] = {}
    for status, classes in sorted(by_status.items()):
        codes = ", ".join(f"`{c.code}`" for c in _unique(classes))
        reasons = " ".join(
            (c.__doc__ or "").strip().splitlines()[0] for c in _unique(classes) if c.__doc__
        )
        # A $ref, not a model: FastAPI would file a model under the route's own media type,
        # and errors are JSON even where success is an image or an event stream.
        response: dict[str, Any] = {
            "description": f"{reasons} (code: {codes})",
            "content": {"application/json": {"schema": {"$ref": ERROR_REF}}},
        }
        if status == 503 or any(c.retry_after is not None for c in classes):
            response["headers"] = {
                "Retry-After": {
                    "description": "Seconds to wait before trying again.",
                    "schema": {"type": "integer"},
                }
            }
        responses[status] = response
    return responses


def _unique(classes: Iterable[type[ServiceError]]) -> list[type[ServiceError]]:
    seen: dict[str, type[ServiceError]] = {}
    for c in classes:
        seen.setdefault(c.code, c)
    return list(seen.values())


def body_json(exc: ServiceError) -> bytes:
    """An error body as bytes, for the middleware that answers before the app does."""
    return json.dumps(error_content(exc.code, exc.detail, exc.params), ensure_ascii=False).encode()
