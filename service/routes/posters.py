"""POST /v1/posters, POST /v1/posters/bulk (CSV in, ZIP out), GET /v1/poster-templates."""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

import regex
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from service.auth import Principal
from service.config import Settings
from service.deps import BulkMakerDep, PosterMakerDep, SettingsDep, StoreDep
from service.errors import BadRequestError, PayloadTooLargeError, ServiceError, field_error
from service.posters.jobs import (
    CSV_COLUMNS,
    BulkRowsError,
    bulk_zip,
    check_template,
    job_from_request,
    parse_csv,
)
from service.posters.layout import get_layouts
from service.posters.metadata import Provenance
from service.posters.render import (
    CONTENT_TYPES,
    PosterInputError,
    PosterJob,
    RenderedPoster,
    ShapingUnavailableError,
    fits,
    render,
)
from service.schemas import PosterFormat, PosterRequest, PosterTemplateInfo, layout_names
from service.store import Store

router = APIRouter(tags=["posters"])


class ShapingUnavailableServiceError(ServiceError):
    """Posters cannot be rendered correctly on this machine."""

    status_code = 503
    code = "posters_unavailable"


# A JSON Schema can say only that a CSV is some text; what makes one readable is said here.
_BULK_DESCRIPTION = (
    "The body is CSV in UTF-8: the first row names the columns (`title` is required; the others "
    f"are {', '.join(sorted(CSV_COLUMNS - {'title'}))}), then one row per poster, each checked "
    "as POST /v1/posters checks its body. `lines` holds a poster's lines separated by `|`. A "
    "CSV that cannot be read, or any row that cannot be made, gets a 422 naming every bad row "
    "and column (`row 3: qr`), and no poster is made."
)

_BULK_EXAMPLE = (
    "title,lines,cta,qr\n"
    'पीएम-किसान,"हर साल ₹6,000|तीन किस्तों में",आज ही आवेदन करें,https://pmkisan.gov.in\n'
    "स्वास्थ्य शिविर,14 दिसंबर|सुबह 9 बजे से,,+91 98765 43210\n"
)


def _disposition(title: str, template: str, extension: str, settings: Settings) -> str:
    """The file named from the poster's title and the day it was made ("रक्तदान-शिविर-14-जून-
    2026-12-05.png"; issue 15: every poster was "scheme_square.png"), and an ASCII name for
    browsers that take no other."""
    day = datetime.now(ZoneInfo(settings.timezone)).date().isoformat()
    words = regex.sub(r'[\\/:*?"<>|\p{Cc}\p{Cf}]+', " ", title).split()
    stem = ""
    for word in words:  # whole words, up to 60 characters
        if len(stem) + len(word) + 1 > 60:
            break
        stem = f"{stem}-{word}" if stem else word
    ascii_name = f"sandesh-{template}-{day}.{extension}"
    if not stem:
        return f'inline; filename="{ascii_name}"'
    named = quote(f"{stem}-{day}.{extension}")
    return f"inline; filename=\"{ascii_name}\"; filename*=UTF-8''{named}"


def _name_layouts_that_fit(exc: PosterInputError, job: PosterJob) -> None:
    """Words too long for their layout may fit another: the error names those layouts
    (``layouts``, and in Hindi ``layouts_hi``) so the page can offer them (issue 15)."""
    others = [
        layout
        for name, layout in get_layouts().items()
        if name != job.layout.name and fits(replace(job, layout=layout))
    ]
    if others:
        exc.params["layouts"] = ",".join(layout.name for layout in others)
        exc.params["layouts_hi"] = " या ".join(
            f"«{layout.description.split(' — ')[0].split(' (')[0]}»" for layout in others
        )


def _input_error(exc: PosterInputError) -> ServiceError:
    message = exc.message.removeprefix(f"{exc.field}: ")
    detail = [field_error(exc.field, message, exc.code, exc.params)]
    return PayloadTooLargeError(detail) if exc.too_large else BadRequestError(detail)


@router.get("/v1/poster-templates", response_model=list[PosterTemplateInfo])
def list_poster_templates() -> list[PosterTemplateInfo]:
    default = PosterRequest.model_fields["template"].default
    return [
        PosterTemplateInfo(
            name=layout.name,
            description=layout.description,
            platforms=layout.platforms,
            order=layout.order,
            default=layout.name == default,
            width=layout.size[0],
            height=layout.size[1],
            dpi=layout.dpi,
            fields=layout.fields(),
            formats=list(CONTENT_TYPES),
            label_share=round(layout.regions["label"].area / (layout.size[0] * layout.size[1]), 4),
            colors={
                "background": layout.colors.background
                or layout.background.color
                or (layout.background.gradient or ("#ffffff",))[0],
                "text": layout.colors.text,
                "accent": layout.colors.accent,
            },
        )
        for layout in get_layouts().values()
    ]


@router.post(
    "/v1/posters",
    response_class=Response,
    responses={
        200: {
            "content": {t: {} for t in CONTENT_TYPES.values()},
            "description": "The poster file. X-Sandesh-Warning lists anything dropped.",
        }
    },
    summary="Render one poster",
)
def create_poster(
    req: PosterRequest, settings: SettingsDep, store: StoreDep, principal: PosterMakerDep
) -> Response:
    job = None
    try:
        job = job_from_request(req, settings)
        rendered = render(job)
    except PosterInputError as exc:
        if job is not None and exc.code == "text_does_not_fit":
            _name_layouts_that_fit(exc, job)
        raise _input_error(exc) from exc
    except ShapingUnavailableError as exc:
        raise ShapingUnavailableServiceError(str(exc)) from exc
    # Recorded before it is sent: a poster that cannot be recorded is not handed out (503).
    record_id = record_poster(store, principal, req, job, rendered)
    extension = "jpg" if req.format == "jpeg" else req.format
    headers = {
        "Content-Disposition": _disposition(req.title, req.template, extension, settings),
        "X-Sandesh-Label-Share": str(rendered.label_share),
        # To mark it published later (POST /v1/records/{id}/marks).
        "X-Sandesh-Record": record_id,
    }
    if rendered.warnings:
        headers["X-Sandesh-Warning"] = "; ".join(rendered.warnings)
    return Response(rendered.data, media_type=rendered.content_type, headers=headers)


@router.post(
    "/v1/posters/bulk",
    response_class=Response,
    responses={200: {"content": {"application/zip": {}}}},
    summary="Many posters from a CSV (one row per poster, columns are fields), as a ZIP",
    description=_BULK_DESCRIPTION,
    openapi_extra={
        "requestBody": {
            "content": {
                "text/csv": {
                    "schema": {"type": "string", "minLength": 1},
                    "example": _BULK_EXAMPLE,
                }
            },
            "required": True,
        }
    },
)
async def create_posters_bulk(
    request: Request,
    settings: SettingsDep,
    store: StoreDep,
    principal: BulkMakerDep,
    template: Annotated[
        str | None,
        Query(description="Layout for rows that name none", json_schema_extra=layout_names),
    ] = None,
    format: Annotated[
        PosterFormat | None, Query(description="Format for rows that name none")
    ] = None,
) -> Response:
    if template is not None:
        # Named and typed as FastAPI's error for the format parameter is.
        try:
            check_template(template, "query.template", "literal_error")
        except PosterInputError as exc:
            raise _input_error(exc) from exc
    # Decoded by parse_csv, which names the row and column of any byte that is not UTF-8.
    raw = await request.body()

    def work() -> bytes:
        requests = parse_csv(raw, settings, template=template, fmt=format)
        data = bulk_zip(requests, settings)
        record_bulk(store, principal, raw, requests, data, settings)
        return data

    try:
        data = await run_in_threadpool(work)
    except BulkRowsError as exc:
        raise BadRequestError(exc.errors) from exc
    except PosterInputError as exc:
        raise _input_error(exc) from exc
    except ShapingUnavailableError as exc:
        raise ShapingUnavailableServiceError(str(exc)) from exc
    return Response(
        data,
        media_type="application/zip",
        headers={"Content-Disposition": 'attachment; filename="posters.zip"'},
    )


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _spec(req: PosterRequest) -> dict[str, Any]:
    """The request as recorded: uploads by their hash and size, not their bytes."""
    spec = req.model_dump()
    for name in ("logo", "photo"):
        value = spec.get(name)
        if value:
            spec[name] = {"sha256": _sha256(value.encode("ascii", "replace")), "chars": len(value)}
    return spec


def _provenance(job: PosterJob) -> dict[str, Any]:
    made = Provenance(
        ai_generated=job.ai_generated,
        has_photo=job.photo is not None,
        organisation=job.organisation,
        tool=job.tool,
        label=job.label,
        created=datetime.now(UTC),
    )
    return {
        "label": job.label if job.ai_generated else None,
        "ai_generated": job.ai_generated,
        "organisation": made.organisation,
        "tool": made.tool,
        "digital_source_type": made.source_type,
        "description": made.summary,
    }


def record_poster(
    store: Store, principal: Principal, req: PosterRequest, job: PosterJob, rendered: RenderedPoster
) -> str:
    digest = _sha256(rendered.data)
    return store.add(
        "poster",
        principal.account,
        request=_spec(req),
        response={
            "sha256": digest,
            "bytes": len(rendered.data),
            "content_type": rendered.content_type,
            "label_share": rendered.label_share,
            "warnings": rendered.warnings,
            "metadata": _provenance(job),
        },
        summary=req.title,
        disclosure=job.label if job.ai_generated else None,
        content_sha256=digest,
    )


def record_bulk(
    store: Store,
    principal: Principal,
    raw: bytes,
    requests: list[PosterRequest],
    data: bytes,
    settings: Settings,
) -> None:
    """One record for the job: the CSV's hash, and each poster's title, file name and hash."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        files = [n for n in archive.namelist() if n != "warnings.txt"]
        posters = [
            {
                "file": name,
                "title": req.title,
                "template": req.template,
                "sha256": _sha256(archive.read(name)),
            }
            for name, req in zip(files, requests, strict=True)
        ]
    store.add(
        "bulk",
        principal.account,
        request={
            "csv_sha256": _sha256(raw),
            "rows": len(requests),
            "posters": [_spec(r) for r in requests],
        },
        response={"zip_sha256": _sha256(data), "bytes": len(data), "posters": posters},
        summary=f"{len(requests)} पोस्टर: {requests[0].title}" if requests else "0 पोस्टर",
        disclosure=settings.poster_label,
        content_sha256=_sha256(data),
    )
