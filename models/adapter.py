"""Where tuned LoRA adapters live, and how settings name them."""

from __future__ import annotations

from pathlib import Path

ADAPTERS_DIR = Path(__file__).resolve().parent / "adapters"
# What the embedded model runs with when SANDESH_ADAPTER is 'auto' (the default): the adapter
# tuned on this project's data, chosen because it beats the base model on the evaluation (see
# its model card).
EMBEDDED_ADAPTER = "sandesh-hi-lora"
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
