"""Where tuned LoRA adapters live, and how settings name them."""

from __future__ import annotations

import json
from pathlib import Path

ADAPTERS_DIR = Path(__file__).resolve().parent / "adapters"
# What the embedded model runs with when SANDESH_ADAPTER is 'auto' (the default): a tuned
# adapter once what a request returns with it (model drafts, or the template fallback) is at
# least as often publishable on a blind review sheet as what the base model returns, and changes a
# fact no more often. sandesh-hi-faithful with closed lines (models/lines.py) passes: on one sheet
# of the 105 test-split requests, 72 of its drafts were publishable as-is and none changed or
# added a fact, against 66 and 6 for the base model (nearly all template fallbacks); see its model
# card. Without closed lines it did not (63 against 76 on the sheet before). sandesh-hi-lora
# changed or added a fact in half its posts and is kept for comparison.
EMBEDDED_ADAPTER: str | None = "sandesh-hi-faithful"
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


def adapter_task(adapter: Path | None) -> str:
    """ "headlines" for an adapter tuned on the headline task (its training.json says so),
    "posts" for one tuned on whole posts, or for no adapter."""
    info = adapter / "training.json" if adapter is not None else None
    if info is None or not info.is_file():
        return "posts"
    args = json.loads(info.read_text(encoding="utf-8")).get("args", {})
    return "headlines" if args.get("task") == "headline" else "posts"
