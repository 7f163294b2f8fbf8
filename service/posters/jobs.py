"""From requests to poster jobs, one at a time or in bulk from a CSV, on every core."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import multiprocessing
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from pydantic import ValidationError

from evaluation.fit import topic_hits
from service.config import Settings
from service.errors import field_error
from service.posters.icons import TOPICS
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
    "topic",
    "ai_generated",
    "organisation",
    "background",
    "text_colour",
    "accent",
}
_TRUE = {"1", "true", "yes", "y", "हाँ", "हां"}
_FALSE = {"0", "false", "no", "n", "नहीं"}
# Bytes that are not UTF-8, as decoding with errors="surrogateescape" leaves them.
_NOT_UTF8 = re.compile(r"[\udc80-\udcff]")
_SAVE_AS_UTF8 = "save the file as CSV UTF-8 (Excel: Save As, CSV UTF-8) and upload it again"


def check_template(name: str, field: str = "template", code: str = "unknown_template") -> None:
    """Refuse a layout name that is not one of the files (the schema's enum of ``template``)."""
    layouts = get_layouts()
    if name not in layouts:
        message = f"no layout {name!r}; choose one of: {', '.join(layouts)}"
        raise PosterInputError(field, message, code=code)


# Phrasebook topics (prompts/phrasebook.yaml) whose icon has another name.
_ICON_OF_TOPIC = {"schooling": "school", "savings": "finance"}


def topic_of(title: str, lines: Iterable[str]) -> str | None:
    """The icon topic a poster's words are about, by the phrasebook's topic words (the ones the
    composer marks a post's topic by): the title's words count twice, as it says what the poster
    is about, and a topic needs two counts, so one passing word in a line ("आधार कार्ड साथ
    लाएँ" at a health camp) draws no icon. None when no topic has two."""
    scores = topic_hits([title, *lines])
    for topic, hits in topic_hits([title]).items():
        scores[topic] = scores.get(topic, 0) + hits
    # Sorted is stable: of topics with the same count, the phrasebook's first.
    for topic, score in sorted(scores.items(), key=lambda item: -item[1]):
        if score < 2:
            break
        if (icon := _ICON_OF_TOPIC.get(topic, topic)) in TOPICS:
            return icon
    return None


def job_from_request(req: PosterRequest, settings: Settings) -> PosterJob:
    layouts = get_layouts()
    check_template(req.template)
    limits = PosterLimits(
        settings.poster_max_upload_bytes,
        settings.poster_max_upload_pixels,
        settings.poster_max_upload_side,
        settings.poster_max_aspect_ratio,
    )
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
        topic=req.topic or topic_of(req.title, req.lines),
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
        value = raw.strip()
        if not value:
            continue
        if key == "lines":
            body["lines"] = [
                part.strip() for part in value.replace("\n", "|").split("|") if part.strip()
            ]
        elif key == "ai_generated":
            if value.lower() not in _TRUE | _FALSE:
                # Pydantic's own code for a boolean it cannot read.
                raise PosterInputError("ai_generated", "write true or false", code="bool_parsing")
            body["ai_generated"] = value.lower() in _TRUE
        elif key in ("background", "accent"):
            colours[key] = value
        elif key == "text_colour":
            colours["text"] = value
        else:
            body[key] = value
    if colours:
        body["colors"] = colours
    if template is not None and "template" not in body:
        body["template"] = template
    if fmt is not None and "format" not in body:
        body["format"] = fmt
    return body


class CsvRows(list[PosterRequest]):
    """The requests of a CSV, with the spreadsheet row each came from (``numbers``)."""

    def __init__(self) -> None:
        super().__init__()
        self.numbers: list[int] = []


def _csv_text(data: bytes | str) -> str:
    """The CSV as text, with any bytes that are not UTF-8 kept as surrogates to name later."""
    if isinstance(data, bytes):
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise PosterInputError(
                "csv", f"is UTF-16 text, not UTF-8; {_SAVE_AS_UTF8}", code="csv_encoding"
            )
        text = data.decode("utf-8-sig", errors="surrogateescape")
    else:
        text = data.removeprefix("\ufeff")
    # Excel on old Macs ends lines with a bare CR, Windows with CRLF.
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _CsvRecordError(Exception):
    def __init__(self, number: int, start_line: int, error: csv.Error) -> None:
        super().__init__(number, start_line, error)
        self.number = number
        self.start_line = start_line
        self.error = error


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) for every record, numbered as a spreadsheet shows them: the header is
    row 1, a blank row counts, and a quoted cell over several lines is one row."""
    reader = csv.reader(io.StringIO(text))
    for number in itertools.count(1):
        start_line = reader.line_num
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _CsvRecordError(number, start_line, exc) from exc
        yield number, cells


def _overlong_cell(text: str, start_line: int, limit: int) -> int | None:
    """Which cell of the record starting at ``start_line`` runs past ``limit`` characters.

    The csv module says only that some cell did; this walks the record's quotes and commas.
    """
    lines = itertools.islice(text.split("\n"), start_line, None)
    index, length, quoted = 0, 0, False
    for char in itertools.chain.from_iterable(f"{line}\n" for line in lines):
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            index, length = index + 1, 0
        elif char == "\n" and not quoted:
            return None
        else:
            length += 1
            if length > limit:
                return index
    return None


def _record_error(exc: _CsvRecordError, text: str, columns: list[str]) -> dict[str, Any]:
    where = f"row {exc.number}"
    params: dict[str, int | str] = {"row": exc.number}
    if "field larger than field limit" in str(exc.error):
        limit = csv.field_size_limit()
        index = _overlong_cell(text, exc.start_line, limit)
        if index is not None:
            where += f": {_cell_name(columns, index)}"
            params["column"] = _cell_name(columns, index)
        return field_error(
            where,
            f"a cell is over {limit:,} characters (is a closing quote missing?); shorten it",
            "csv_field_too_long",
            {**params, "max_chars": limit},
        )
    return field_error(
        where, f"cannot be read as CSV ({exc.error}); check its quotes", "csv_parse", params
    )


def _cell_name(columns: list[str], index: int) -> str:
    if index < len(columns) and columns[index]:
        return columns[index]
    return f"column {index + 1}"


def parse_csv(
    data: bytes | str, settings: Settings, *, template: str | None = None, fmt: str | None = None
) -> CsvRows:
    """Every row as a request, or a 422 listing every bad row and column.

    Bytes are decoded here, so a byte that is not UTF-8 is named by its row and column.
    ``template`` and ``fmt`` apply to rows that name none; a template that is no layout is
    refused even when every row names its own.
    """
    if template is not None:
        check_template(template)
    text = _csv_text(data)
    if not text.strip():
        raise PosterInputError(
            "csv",
            "is empty; the first row must name the columns (one of them title), "
            "then one row per poster",
            code="csv_empty",
        )
    requests = CsvRows()
    errors: list[dict[str, Any]] = []
    columns: list[str] = []
    posters = 0
    try:
        for number, cells in _records(text):
            if number == 1:
                columns = [c.strip() for c in cells]
                _check_header(columns)
                continue
            if not any(cell.strip() for cell in cells):
                continue
            posters += 1
            if posters > settings.bulk_max_rows:
                raise PosterInputError(
                    "csv",
                    f"at most {settings.bulk_max_rows} rows per request",
                    code="csv_too_many_rows",
                    params={"max_rows": settings.bulk_max_rows},
                )
            row_errors = _cell_errors(number, cells, columns)
            if row_errors:
                errors += row_errors
                continue
            row = {name: cell for name, cell in zip(columns, cells, strict=False) if name}
            try:
                requests.append(PosterRequest.model_validate(_row_to_body(row, template, fmt)))
                requests.numbers.append(number)
            except ValidationError as exc:
                for err in exc.errors():
                    where = ".".join(str(p) for p in err["loc"]) or "row"
                    params = {"row": number, **err.get("ctx", {})}
                    errors.append(
                        field_error(f"row {number}: {where}", err["msg"], err["type"], params)
                    )
            except PosterInputError as exc:
                errors.append(_row_error(number, exc))
    except _CsvRecordError as exc:
        errors.append(_record_error(exc, text, columns))
    if errors:
        raise BulkRowsError(errors)
    if not requests:
        raise PosterInputError(
            "csv", "has a header row but no poster rows after it", code="csv_empty"
        )
    return requests


def _check_header(columns: list[str]) -> None:
    if errors := _cell_errors(1, columns, columns):
        raise BulkRowsError(errors)
    if "title" not in columns:
        raise PosterInputError(
            "csv", "the first row must name the columns, and one must be title", code="csv_columns"
        )
    named = [c for c in columns if c]
    unknown = [c for c in named if c not in CSV_COLUMNS]
    if unknown:
        raise PosterInputError(
            "csv",
            f"unknown columns: {', '.join(unknown)}; known: {', '.join(sorted(CSV_COLUMNS))}",
            code="csv_columns",
        )
    twice = sorted({c for c in named if named.count(c) > 1})
    if twice:
        raise PosterInputError(
            "csv", f"columns named twice: {', '.join(twice)}", code="csv_columns"
        )


def _cell_errors(number: int, cells: list[str], columns: list[str]) -> list[dict[str, Any]]:
    """Cells holding bytes that are not UTF-8, and values under no column name."""
    errors = []
    for index, cell in enumerate(cells):
        column = _cell_name(columns, index)
        where = f"row {number}: {column}"
        if bad := _NOT_UTF8.search(cell):
            byte = ord(bad.group()) - 0xDC00
            errors.append(
                field_error(
                    where,
                    f"has a byte that is not UTF-8 (0x{byte:02X}); {_SAVE_AS_UTF8}",
                    "csv_encoding",
                    {"row": number, "column": column, "byte": f"0x{byte:02X}"},
                )
            )
        elif cell.strip() and (index >= len(columns) or not columns[index]):
            errors.append(
                field_error(
                    where,
                    "has a value, but row 1 names no column here; is a comma in a cell "
                    'that is not in "quotes"?',
                    "csv_extra_values",
                    {"row": number, "column": index + 1},
                )
            )
    return errors


def _row_error(number: int, exc: PosterInputError) -> dict[str, Any]:
    message = exc.message.removeprefix(f"{exc.field}: ")
    return field_error(
        f"row {number}: {exc.field}", message, exc.code, {"row": number, **exc.params}
    )


class BulkRowsError(Exception):
    """Some rows of a bulk CSV are invalid; ``errors`` names each row and field."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
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
    numbers = requests.numbers if isinstance(requests, CsvRows) else range(2, len(requests) + 2)
    jobs = []
    for number, req in zip(numbers, requests, strict=True):
        try:
            jobs.append(job_from_request(req, settings))
        except PosterInputError as exc:
            raise BulkRowsError([_row_error(number, exc)]) from exc
    results = list(render_many(jobs, workers=settings.bulk_workers, progress=progress))
    failures = [
        _row_error(number, result)
        for number, result in zip(numbers, results, strict=True)
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
