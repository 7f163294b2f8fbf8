"""The llamacpp backend's own parts, without the model: its logits processors apply the same
Guard as the hf backend's and mask exactly what they mask, the model's log-probability is read
before any rule, and a PEFT adapter converts to the GGUF LoRA llama.cpp reads."""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np
import pytest
import torch
from safetensors.numpy import load_file

from models import hf_decoding
from models.adapter import ADAPTERS_DIR, EMBEDDED_ADAPTER
from models.base import Usage
from models.constraints import DecodeConstraints, Guard, TokenIndex, allowed_numbers, for_platform
from models.llamacpp import (
    GuardProcessor,
    LlamaCppBackend,
    LogprobRecorder,
    TrimmedVocab,
    refuse_amx,
    write_lora_gguf,
)
from models.slots import SlotSpec
from prompts.phrasebook import get_phrasebook
from service.config import Settings
from tests.conftest import make_settings

PIECES = [
    "",  # 0: end of sequence
    *"0123456789",  # 1-10
    ",",
    ".",
    " ",
    "₹",
    " हर साल",
    " मिलते हैं।",
    "\n",
    "###",
    " #किसान",
    "नेत्र",
    " जाँच",
    " शिविर",
    " के",
    " नदी",
    " 14",
    " 15",
    ":",
]
INDEX = TokenIndex(PIECES, [0])
ID = {p: i for i, p in enumerate(PIECES)}
FACTS = ["पीएम-किसान में हर साल ₹6,000 मिलते हैं", "रामगढ़ ताल में 14 जनवरी को नेत्र जाँच शिविर"]


def _constraints(kind: str) -> DecodeConstraints:
    if kind == "slot":
        spec = SlotSpec(tuple(FACTS), get_phrasebook().common_words)
        return DecodeConstraints(numbers=allowed_numbers(FACTS), hashtags=False, slot=spec)
    return for_platform(kind, FACTS, facts=FACTS, coverage=False)


@pytest.mark.parametrize("kind", ["whatsapp", "x", "slot"])
@pytest.mark.parametrize(
    "written",
    [[], ["₹"], ["₹", "6"], ["₹", "6", ","], [" हर साल", " #किसान"], ["नेत्र", " जाँच", " के"]],
)
def test_the_numpy_guard_masks_exactly_what_the_hf_guard_masks(
    kind: str, written: list[str]
) -> None:
    """The same Guard behind both engines' logits processors: for the same text and the same
    model scores, the same tokens stay and the same count of steered digits is kept."""
    prompt = [ID[" "], ID["₹"]]
    ids = prompt + [ID[p] for p in written]
    scores = np.random.default_rng(len(ids)).normal(size=len(PIECES)).astype(np.float32)
    scores[ID["7"]] = 9.0  # the model wants a digit no fact has
    usage_np, usage_torch = Usage(), Usage()
    ours = GuardProcessor(
        Guard(_constraints(kind), INDEX), PIECES, len(prompt), usage_np, INDEX.digit_ids
    )
    theirs = hf_decoding.GuardProcessor(
        Guard(_constraints(kind), INDEX), PIECES, len(prompt), usage_torch, INDEX.digit_ids
    )
    masked = ours(np.array(ids, dtype=np.intc), scores.copy())
    expected = theirs(torch.tensor([ids]), torch.tensor(scores).unsqueeze(0))[0].numpy()
    np.testing.assert_array_equal(masked, expected)
    assert usage_np.steered == usage_torch.steered


def test_the_log_probability_is_the_models_own_before_the_rules_mask() -> None:
    """A token the guard forces (the model gave it little weight) is scored by what the model
    thought of it, over the vocabulary it was tuned on: low, not the 0 of a forced choice."""
    usage = Usage()
    trimmed = TrimmedVocab([0, ID["6"], ID["7"]], len(PIECES))
    recorder = LogprobRecorder(usage)
    guard = GuardProcessor(Guard(_constraints("whatsapp"), INDEX), PIECES, prompt_len=1)
    scores = np.zeros(len(PIECES), dtype=np.float32)
    scores[ID["7"]] = 4.0
    scores[ID["9"]] = 50.0  # outside the tuned vocabulary: never counts
    ids = np.array([ID["₹"]], dtype=np.intc)
    out = guard(ids, recorder(ids, trimmed(ids, scores)))
    assert np.isinf(out[ID["7"]]) and np.isinf(out[ID["9"]])  # 7 is no fact's; 9 not tuned
    assert int(out.argmax()) == ID["6"]
    recorder.score(ID["6"])
    expected = -np.log(np.exp(4.0) + 2.0)  # log softmax of 0 over {0, 0, 4}
    assert usage.scored == 1 and usage.logprob == pytest.approx(expected, abs=1e-5)


def test_a_step_where_nothing_allowed_has_weight_ends_the_text() -> None:
    spec = SlotSpec(tuple(FACTS), get_phrasebook().common_words)
    constraints = DecodeConstraints(numbers=allowed_numbers(FACTS), hashtags=False, slot=spec)
    processor = GuardProcessor(Guard(constraints, INDEX), PIECES, prompt_len=0)
    scores = np.full(len(PIECES), -np.inf, dtype=np.float32)
    scores[ID[" नदी"]] = 1.0  # the only word the model will write is no word of the request
    out = processor(np.array([], dtype=np.intc), scores)
    assert int(out.argmax()) == 0 and np.isfinite(out).sum() == 1


def test_the_tuned_adapter_converts_to_a_gguf_lora_llama_cpp_reads(tmp_path: Path) -> None:
    assert EMBEDDED_ADAPTER is not None
    adapter = ADAPTERS_DIR / EMBEDDED_ADAPTER
    out = tmp_path / "adapter.gguf"
    write_lora_gguf(adapter, out)
    reader = gguf.GGUFReader(out)
    fields = {name: field.contents() for name, field in reader.fields.items()}
    assert fields["general.architecture"] == "gemma3"
    assert fields["general.type"] == "adapter" and fields["adapter.type"] == "lora"
    assert fields["adapter.lora.alpha"] == 32.0
    tensors = {t.name: t for t in reader.tensors}
    peft = load_file(str(adapter / "adapter_model.safetensors"))
    assert len(tensors) == len(peft) == 18 * 7 * 2  # 18 blocks, 7 modules, A and B
    a = peft["base_model.model.model.layers.3.self_attn.q_proj.lora_A.weight"]
    b = peft["base_model.model.model.layers.3.mlp.down_proj.lora_B.weight"]
    np.testing.assert_array_equal(tensors["blk.3.attn_q.weight.lora_a"].data, a)
    np.testing.assert_array_equal(tensors["blk.3.ffn_down.weight.lora_b"].data, b)


def test_an_adapter_that_is_not_a_plain_lora_is_refused(tmp_path: Path) -> None:
    adapter = tmp_path / "dora"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text('{"peft_type": "LORA", "use_dora": true}')
    with pytest.raises(ValueError, match="plain LoRA"):
        write_lora_gguf(adapter, tmp_path / "out.gguf")


def test_llamacpp_settings_take_the_embedded_model_or_a_local_gguf_file(tmp_path: Path) -> None:
    make_settings(tmp_path, backend="llamacpp")
    gguf_file = tmp_path / "other.gguf"
    gguf_file.write_bytes(b"GGUF")
    assert make_settings(tmp_path, backend="llamacpp", model=str(gguf_file)).model == str(gguf_file)
    with pytest.raises(ValueError, match="never downloaded"):
        make_settings(tmp_path, backend="llamacpp", model="google/gemma-3-270m")
    with pytest.raises(ValueError, match="SANDESH_ADAPTER"):
        make_settings(tmp_path, backend="llamacpp", adapter="sandesh-hi-lora-v9")


def test_llama_cpp_serves_the_embedded_model_by_default() -> None:
    assert Settings.model_fields["backend"].default == "llamacpp"
    assert Settings.model_fields["model"].default == "embedded"


def test_the_compiled_llama_cpp_leaves_out_amx_whose_matmul_crashes_the_model() -> None:
    import llama_cpp

    # On a CPU with AMX, a native build turned on ggml's AMX matmul, and the embedded model
    # segfaulted on its first decode (2026-12-05, llama.cpp issue 20824): the Makefile's flags
    # leave it out, and the backend refuses a build that has it.
    info = llama_cpp.llama_print_system_info().decode()
    assert "AVX2 = 1" in info and "AMX_INT8 = 1" not in info, info
    refuse_amx()


def test_a_llama_cpp_built_with_amx_is_refused_with_a_reason_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import llama_cpp

    info = llama_cpp.llama_print_system_info()
    monkeypatch.setattr(llama_cpp, "llama_print_system_info", lambda: info + b"AMX_INT8 = 1 | ")
    backend = LlamaCppBackend(cache_dir=tmp_path)
    with pytest.raises(RuntimeError, match="AMX"):
        backend.load()
    # /health shows why; nothing was converted or loaded.
    assert backend.state.value == "failed" and not any(tmp_path.iterdir())
    assert "AMX" in (backend.error or "") and "make run" in (backend.error or "")
