"""The studio: a single Hindi page at ``/`` with its scripts and styles under ``/static``.

Everything the page needs is served here, fonts included, so it works with no internet. The page
talks only to this service (``/v1/drafts/stream``, ``/v1/checks``, ``/v1/posters``,
``/v1/poster-templates``, ``/v1/limits``, ``/v1/me``, ``/v1/records/{id}/marks``, ``/health``).
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.staticfiles import PathLike, StaticFiles
from starlette.types import Scope

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

# The page may load and fetch only from this service; nothing inline, nothing from elsewhere.
_PAGE_HEADERS = {
    "Cache-Control": "no-cache",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

# Mukta (OFL) ships with the fontpkg-mukta dependency; served so Devanagari renders well even on
# machines with no Hindi font installed.
_FONTS = ("Mukta-Regular.ttf", "Mukta-SemiBold.ttf")

router = APIRouter(include_in_schema=False)


def _font_dir() -> Path | None:
    try:
        import fontpkg_mukta
    except ImportError:  # pragma: no cover - a declared dependency; the page falls back
        return None
    return Path(fontpkg_mukta.ROOT) / "files"


@router.api_route("/", methods=["GET", "HEAD"])
def studio_page() -> FileResponse:
    return FileResponse(STATIC_DIR / "index.html", media_type="text/html", headers=_PAGE_HEADERS)


@router.api_route("/fonts/{name}", methods=["GET", "HEAD"])
def studio_font(name: str) -> FileResponse:
    folder = _font_dir()
    if name not in _FONTS or folder is None or not (folder / name).is_file():
        raise HTTPException(status_code=404, detail=f"no font {name!r}")
    return FileResponse(
        folder / name, media_type="font/ttf", headers={"Cache-Control": "public, max-age=604800"}
    )


class _StudioFiles(StaticFiles):
    """The studio's static files. Its scripts are ES modules (``js/main.js`` imports the rest):
    each is asked for again on every load (``no-cache``; a 304 while unchanged), so a browser
    never runs a module cached from one version with modules of another."""

    def file_response(
        self, full_path: PathLike, stat_result: os.stat_result, scope: Scope, status_code: int = 200
    ) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        if Path(full_path).suffix == ".js":
            response.headers["Cache-Control"] = "no-cache"
        return response


def mount_studio(app: FastAPI) -> None:
    """Serve the studio page, its fonts and its static files."""
    app.include_router(router)
    app.mount("/static", _StudioFiles(directory=STATIC_DIR), name="static")
