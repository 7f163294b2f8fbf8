"""From requests to poster jobs, one at a time or in bulk from a CSV, on every core."""

from __future__ import annotations

import csv
import io
import multiprocessing
import zipfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from pydantic import ValidationError

from service.config import Settings
from service.errors import field_error
from service.posters.layout import get_layouts
from service.posters.render import (
    JobResult,
    PosterInputError,
    PosterJob,
    PosterLimits,
    decode_upload,
    render_job,
)
from service.schemas import PosterRequest

TOOL = "Sandesh 0.1.0 (Pillow, RAQM)"
CSV_COLUMNS = {
    "template",
    "title",
    "lines",
    "footer",
    "cta",
    "qr",
    "format",
    "ai_generated",
    "organisation",
    "background",
    "text_colour",
    "accent",
}
_TRUE = {"1", "true", "yes", "y", "हाँ", "हां"}
_FALSE = {"0", "false", "no", "n", "नहीं"}


def job_from_request(req: PosterRequest, settings: Settings) -> PosterJob:
    layouts = get_layouts()
    if req.template not in layouts:
        raise PosterInputError(
            "template", f"no layout {req.template!r}; choose one of: {', '.join(layouts)}"
        )
    limits = PosterLimits(settings.poster_max_upload_bytes, settings.poster_max_upload_pixels)
    return PosterJob(
        layout=layouts[req.template],
        title=req.title,
        lines=list(req.lines),
        footer=req.footer,
        cta=req.cta,
        qr=req.qr,
        logo=decode_upload(req.logo, "logo", limits) if req.logo else None,
        photo=decode_upload(req.photo, "photo", limits) if req.photo else None,
        colors=req.colors.model_dump(exclude_none=True),
        format=req.format,
        ai_generated=req.ai_generated,
        organisation=req.organisation or settings.organisation,
        label=settings.poster_label,
        tool=TOOL,
        limits=limits,
    )


def _row_to_body(row: dict[str, str], template: str | None, fmt: str | None) -> dict[str, Any]:
    body: dict[str, Any] = {}
    colours = {}
    for key, raw in row.items():
        value = (raw or "").strip()
        if not value:
            continue
        if key == "lines":
            body["lines"] = [
                part.strip() for part in value.replace("\n", "|").split("|") if part.strip()
            ]
        elif key == "ai_generated":
            if value.lower() not in _TRUE | _FALSE:
                raise ValueError("ai_generated: write true or false")
            body["ai_generated"] = value.lower() in _TRUE
        elif key in ("background", "accent"):
            colours[key] = value
        elif key == "text_colour":
            colours["text"] = value
        else:
            body[key] = value
    if colours:
        body["colors"] = colours
    if template and "template" not in body:
        body["template"] = template
    if fmt and "format" not in body:
        body["format"] = fmt
    return body


def parse_csv(
    text: str, settings: Settings, *, template: str | None = None, fmt: str | None = None
) -> list[PosterRequest]:
    """Every row as a request, or a 422 listing every bad row and field."""
    reader = csv.DictReader(io.StringIO(text))
    columns = [c.strip() for c in reader.fieldnames or []]
    if "title" not in columns:
        raise PosterInputError("csv", "the first row must name the columns, and one must be title")
    unknown = [c for c in columns if c not in CSV_COLUMNS]
    if unknown:
        raise PosterInputError(
            "csv", f"unknown columns: {', '.join(unknown)}; known: {', '.join(sorted(CSV_COLUMNS))}"
        )
    requests: list[PosterRequest] = []
    errors: list[dict[str, str]] = []
    for number, row in enumerate(reader, start=2):
        if len(requests) + len(errors) >= settings.bulk_max_rows:
            raise PosterInputError("csv", f"at most {settings.bulk_max_rows} rows per request")
        row = {k.strip(): v for k, v in row.items() if k is not None}
        try:
            requests.append(PosterRequest.model_validate(_row_to_body(row, template, fmt)))
        except ValidationError as exc:
            for err in exc.errors():
                where = ".".join(str(p) for p in err["loc"]) or "row"
                errors.append(field_error(f"row {number}: {where}", err["msg"], "csv"))
        except ValueError as exc:
            errors.append(field_error(f"row {number}", str(exc), "csv"))
    if errors:
        raise BulkRowsError(errors)
    if not requests:
        raise PosterInputError("csv", "no rows after the header")
    return requests


class BulkRowsError(Exception):
    """Some rows of a bulk CSV are invalid; ``errors`` names each row and field."""

    def __init__(self, errors: list[dict[str, str]]) -> None:
        super().__init__(errors)
        self.errors = errors


def render_many(
    jobs: list[PosterJob],
    *,
    workers: int,
    progress: Callable[[Iterable[Any]], Iterable[Any]] = lambda it: it,
) -> Iterator[JobResult]:
    """Render in order, on ``workers`` processes (spawned: the parent may hold a torch model)."""
    if workers <= 1 or len(jobs) < 4:
        yield from progress(map(render_job, jobs))
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        chunk = max(1, len(jobs) // (workers * 4))
        yield from progress(pool.map(render_job, jobs, chunksize=chunk))


def bulk_zip(
    requests: list[PosterRequest],
    settings: Settings,
    *,
    progress: Callable[[Iterable[Any]], Iterable[Any]] = lambda it: it,
) -> bytes:
    jobs = []
    for number, req in enumerate(requests, start=2):
        try:
            jobs.append(job_from_request(req, settings))
        except PosterInputError as exc:
            error = field_error(f"row {number}: {exc.field}", exc.message, "csv")
            raise BulkRowsError([error]) from exc
    results = list(render_many(jobs, workers=settings.bulk_workers, progress=progress))
    failures = [
        field_error(f"row {number}: {result.field}", result.message, "csv")
        for number, result in enumerate(results, start=2)
        if isinstance(result, PosterInputError)
    ]
    if failures:
        raise BulkRowsError(failures)
    out = io.BytesIO()
    notes: list[str] = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for index, (result, req) in enumerate(zip(results, requests, strict=True), start=1):
            assert not isinstance(result, PosterInputError)
            data, warnings = result
            name = f"{index:03d}-{req.template}.{'jpg' if req.format == 'jpeg' else req.format}"
            archive.writestr(name, data)
            notes += [f"{name}: {w}" for w in warnings]
        if notes:
            archive.writestr("warnings.txt", "\n".join(notes) + "\n")
    return out.getvalue()
