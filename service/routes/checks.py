"""POST /v1/checks: check any text, the same way drafts are checked."""

from __future__ import annotations

from fastapi import APIRouter

from service.checking import CheckRequest, CheckResponse, check_text
from service.deps import CheckerDep, SettingsDep

router = APIRouter(prefix="/v1/checks", tags=["checks"])


@router.post("", response_model=CheckResponse, summary="Check a text as drafts are checked")
def create_check(req: CheckRequest, settings: SettingsDep, _caller: CheckerDep) -> CheckResponse:
    return check_text(req, settings)
