"""Where tuned LoRA adapters live, and how settings name them."""

from __future__ import annotations

from pathlib import Path

ADAPTERS_DIR = Path(__file__).resolve().parent / "adapters"
# What the embedded model runs with when SANDESH_ADAPTER is 'auto' (the default): a tuned
# adapter once what a request returns with it (model drafts, or the template fallback) is at
# least as often publishable on the review sheet as what the base model returns, and changes a
# fact no more often. None yet: with sandesh-hi-faithful, 63 of 105 test-split drafts were
# publishable as-is and 8 changed or added a fact; with the base model (nearly all template
# fallbacks) 76 and 6 (see its model card). sandesh-hi-lora changed or added a fact in half its
# posts and is kept for comparison.
EMBEDDED_ADAPTER: str | None = None
TUNED_ADAPTER = "sandesh-hi-faithful"
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
