"""Where tuned LoRA adapters live, and how settings name them."""

from __future__ import annotations

from pathlib import Path

ADAPTERS_DIR = Path(__file__).resolve().parent / "adapters"
# What the embedded model runs with when SANDESH_ADAPTER is 'auto' (the default): a tuned
# adapter once it beats the base model on the evaluation *and* on the review sheet. None yet:
# sandesh-hi-lora passes the checks far more often than the base model, but a careful reading
# found only 6 of its 89 test-split posts publishable, and 44 changed or added a fact, which the
# template drafts a base-model request falls back on never do (see its model card).
EMBEDDED_ADAPTER: str | None = None
TUNED_ADAPTER = "sandesh-hi-lora"
# Written beside a merged model: how to prompt it and which vocabulary it was tuned over.
TUNED_INFO = "sandesh-tuned.json"


def adapter_path(ref: str | None, *, embedded: bool = True) -> Path | None:
    """A LoRA adapter by name (under models/adapters/) or directory; None or 'none' for none;
    'auto' for the embedded model's own adapter (none for any other model)."""
    if ref == "auto":
        ref = EMBEDDED_ADAPTER if embedded else None
    if not ref or ref == "none":
        return None
    path = Path(ref)
    return path if path.is_dir() else ADAPTERS_DIR / ref
