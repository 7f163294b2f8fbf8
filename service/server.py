"""The uvicorn server ``sandesh serve`` runs, with a shutdown that cancels generation first.

Uvicorn waits for open requests before it runs the app's shutdown, and a draft can take a
minute; so on SIGINT/SIGTERM the model worker cancels its jobs at once (their clients get a 503
that says the service is shutting down), and whatever is still open after
``SHUTDOWN_GRACE_S`` is cancelled by uvicorn. The process exits within about 10 s.
"""

from __future__ import annotations

from types import FrameType

import uvicorn
from fastapi import FastAPI

SHUTDOWN_GRACE_S = 5


class SandeshServer(uvicorn.Server):
    def __init__(self, app: FastAPI, host: str, port: int, log_level: str = "info") -> None:
        self.app = app
        super().__init__(
            uvicorn.Config(
                app,
                host=host,
                port=port,
                log_level=log_level,
                lifespan="on",
                timeout_graceful_shutdown=SHUTDOWN_GRACE_S,
            )
        )

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        worker = getattr(self.app.state, "worker", None)
        if worker is not None:
            worker.cancel_all()
        super().handle_exit(sig, frame)
