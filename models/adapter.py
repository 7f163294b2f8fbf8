"""Where tuned LoRA adapters live, and how settings name them."""

from __future__ import annotations

from pathlib import Path

ADAPTERS_DIR = Path(__file__).resolve().parent / "adapters"
# Written beside a merged model: how to prompt it and which vocabulary it was tuned over.
TUNED_INFO = "sandesh-tuned.json"


def adapter_path(ref: str | None) -> Path | None:
    """A LoRA adapter by name (under models/adapters/) or directory; None or 'none' for none."""
    if not ref or ref == "none":
        return None
    path = Path(ref)
    return path if path.is_dir() else ADAPTERS_DIR / ref
