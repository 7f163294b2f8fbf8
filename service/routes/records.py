"""The record of everything generated: GET /v1/records, marks on a record (published, takedown
requested, taken down), GET /v1/takedowns, GET /v1/records/export; and who the caller is
(GET /v1/me) and workshop keys (POST /v1/workshop-keys)."""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse
from pydantic import StringConstraints
from starlette.concurrency import iterate_in_threadpool

from service.auth import CAN, Principal, forbidden
from service.deps import PrincipalDep, SettingsDep, StoreDep, allowed
from service.errors import (
    BadRequestError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    field_error,
)
from service.export import day_range, export_lines
from service.schemas import (
    MarkRequest,
    MeResponse,
    RecordDetail,
    RecordKind,
    RecordList,
    RecordState,
    RecordSummary,
    TakedownList,
    WorkshopKeysRequest,
    WorkshopKeysResponse,
)
from service.store import TAKEDOWN_WITHIN, MarkRefused

router = APIRouter(tags=["records"])

STATE_HI = {
    "generated": "बनाया गया",
    "published": "प्रकाशित",
    "takedown_requested": "हटाने का अनुरोध",
    "taken_down": "हटाया गया",
}
AdminDep = Annotated[Principal, allowed("all_records")]
# A day as 2026-12-05; read in the organisation's time zone (SANDESH_TIMEZONE).
_DAY = StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_FROM = Query(
    alias="from", description="First day, in SANDESH_TIMEZONE", json_schema_extra={"format": "date"}
)
_TO = Query(alias="to", description="Last day, included", json_schema_extra={"format": "date"})


def _forbidden(principal: Principal, what: str) -> ForbiddenError:
    return forbidden(principal.role, ["admin"], what)


def _own_or_admin(record: dict[str, Any], principal: Principal) -> None:
    if record["account"] != principal.name and not principal.can("all_records"):
        raise _forbidden(principal, "another account's record")


@router.get("/v1/me", response_model=MeResponse, summary="Who this key is, and what it may do")
def me(principal: PrincipalDep, settings: SettingsDep) -> MeResponse:
    account = principal.account
    return MeResponse(
        name=principal.name,
        role=principal.role,
        auth="key" if account else ("off" if settings.auth == "off" else "local"),
        can=[action for action, roles in CAN.items() if principal.role in roles],
        expires_at=account.expires_at.isoformat(timespec="seconds")
        if account and account.expires_at
        else None,
    )


@router.get(
    "/v1/records",
    response_model=RecordList,
    summary="Records, newest first; a worker sees their own, an admin everyone's",
)
def list_records(
    store: StoreDep,
    settings: SettingsDep,
    principal: PrincipalDep,
    account: Annotated[str | None, Query(max_length=100)] = None,
    kind: RecordKind | None = None,
    state: RecordState | None = None,
    first: Annotated[str | None, _DAY, _FROM] = None,
    last: Annotated[str | None, _DAY, _TO] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> dict[str, Any]:
    if not principal.can("all_records"):
        if account not in (None, principal.name):
            raise _forbidden(principal, "a list of another account's records")
        account = principal.name
    since, until = _days(first, last, settings.timezone)
    found = store.find(
        account=account,
        kind=kind,
        state=state,
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )
    return {"records": found, "limit": limit, "offset": offset}


def _day(value: str | None, field: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise BadRequestError(
            [
                field_error(
                    field,
                    f"{value!r} is not a day; write it as 2026-12-05",
                    "date_invalid",
                )
            ]
        ) from exc


def _days(
    first: str | None, last: str | None, timezone: str
) -> tuple[datetime | None, datetime | None]:
    # 'to' before 'from' is an empty range, not an error.
    return day_range(_day(first, "from"), _day(last, "to"), timezone)


@router.get(
    "/v1/records/export",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}}}},
    summary="Every record of the days asked for, as CSV or JSONL (admin)",
)
def export_records(
    store: StoreDep,
    settings: SettingsDep,
    _admin: AdminDep,
    first: Annotated[str, _DAY, _FROM],
    last: Annotated[str, _DAY, _TO],
    format: Literal["csv", "jsonl"] = "csv",
) -> StreamingResponse:
    since, until = _days(first, last, settings.timezone)
    # Read before the response starts, so a database that is down is a plain 503.
    lines = list(export_lines(store, format, since=since, until=until, timezone=settings.timezone))
    media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson"
    name = f"sandesh-records-{first}-{last}.{format}"
    return StreamingResponse(
        iterate_in_threadpool(iter(lines)),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/v1/records/{record_id}", response_model=RecordDetail, summary="One record, whole")
def get_record(record_id: str, store: StoreDep, principal: PrincipalDep) -> dict[str, Any]:
    record = store.get(record_id)
    if record is None:
        raise NotFoundError(f"no record with id {record_id!r}")
    _own_or_admin(record, principal)
    return record


@router.post(
    "/v1/records/{record_id}/marks",
    response_model=RecordSummary,
    status_code=201,
    summary="Mark a record published (its maker or an admin), or a takedown requested or done "
    "(an admin)",
)
def mark_record(
    record_id: str, mark: MarkRequest, store: StoreDep, principal: PrincipalDep
) -> dict[str, Any]:
    record = store.get(record_id)
    if record is None:
        raise NotFoundError(f"no record with id {record_id!r}")
    if mark.state == "published":
        _own_or_admin(record, principal)
        if not mark.platform:
            raise BadRequestError(
                [field_error("platform", "say where it was published", "missing")]
            )
    elif not principal.can("takedown"):
        raise _forbidden(principal, "a takedown")
    if mark.state == "takedown_requested" and not mark.note:
        raise BadRequestError(
            [field_error("note", "say who asked for the takedown and why", "missing")]
        )
    try:
        store.mark(
            record_id,
            mark.state,
            principal.account,
            platform=mark.platform,
            link=mark.link,
            note=mark.note,
        )
    except MarkRefused as exc:
        raise ConflictError(
            str(exc), params={"state": record["state"], "state_hi": STATE_HI[record["state"]]}
        ) from exc
    summary = store.get(record_id)
    assert summary is not None
    return summary


@router.get(
    "/v1/takedowns",
    response_model=TakedownList,
    summary="Takedown requests still open, oldest first; overdue past 3 hours (admin)",
)
def list_takedowns(store: StoreDep, _admin: AdminDep) -> dict[str, Any]:
    items = store.takedowns()
    return {
        "within_hours": int(TAKEDOWN_WITHIN.total_seconds() // 3600),
        "overdue": sum(item["overdue"] for item in items),
        "open": items,
    }


@router.post(
    "/v1/workshop-keys",
    response_model=WorkshopKeysResponse,
    status_code=201,
    summary="Short-lived keys for a room of trainees (trainer or admin)",
)
def create_workshop_keys(
    body: WorkshopKeysRequest,
    store: StoreDep,
    trainer: Annotated[Principal, allowed("workshop_keys")],
) -> dict[str, Any]:
    now = datetime.now(UTC)
    expires = now + timedelta(hours=body.hours)
    # A batch tag keeps two batches made in one second apart.
    stamp = f"{now:%Y%m%d-%H%M}-{secrets.token_hex(2)}"
    keys = []
    for number in range(1, body.count + 1):
        account, key = store.add_account(
            f"{trainer.name}-workshop-{stamp}-{number:02d}",
            "trainee",
            created_by=trainer.name,
            expires_at=expires,
        )
        keys.append({"name": account.name, "key": key})
    return {"expires_at": expires.isoformat(timespec="seconds"), "keys": keys}
