"""POST /v1/posters, POST /v1/posters/bulk (CSV in, ZIP out), GET /v1/poster-templates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from service.deps import SettingsDep
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
from service.posters.render import (
    CONTENT_TYPES,
    PosterInputError,
    ShapingUnavailableError,
    render,
)
from service.schemas import PosterFormat, PosterRequest, PosterTemplateInfo, layout_names

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


def _input_error(exc: PosterInputError) -> ServiceError:
    message = exc.message.removeprefix(f"{exc.field}: ")
    detail = [field_error(exc.field, message, exc.code, exc.params)]
    return PayloadTooLargeError(detail) if exc.too_large else BadRequestError(detail)


@router.get("/v1/poster-templates", response_model=list[PosterTemplateInfo])
def list_poster_templates() -> list[PosterTemplateInfo]:
    return [
        PosterTemplateInfo(
            name=layout.name,
            description=layout.description,
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
def create_poster(req: PosterRequest, settings: SettingsDep) -> Response:
    try:
        rendered = render(job_from_request(req, settings))
    except PosterInputError as exc:
        raise _input_error(exc) from exc
    except ShapingUnavailableError as exc:
        raise ShapingUnavailableServiceError(str(exc)) from exc
    extension = "jpg" if req.format == "jpeg" else req.format
    headers = {
        "Content-Disposition": f'inline; filename="{req.template}.{extension}"',
        "X-Sandesh-Label-Share": str(rendered.label_share),
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
        return bulk_zip(requests, settings)

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
