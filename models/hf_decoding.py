"""Decoding pieces of the hf backend that need torch: a trimmed output layer and the guard."""

from __future__ import annotations

from typing import Any

import torch

from models.base import Usage
from models.constraints import GuardStep


class TrimmedHead(torch.nn.Module):
    """The output layer over a subset of ids; every other id scores -inf.

    Same interface as the ``lm_head`` it replaces, so ``generate`` and its logits processors see
    full-size logits. :meth:`allow` adds a request's own ids (a name in its facts) to the set.
    """

    def __init__(self, weight: Any, vocab: list[int], vocab_size: int) -> None:
        super().__init__()
        self.weight = weight  # shared with the embeddings; not copied
        self.base = set(vocab)
        self.vocab_size = vocab_size
        self.ids = torch.tensor(sorted(self.base))
        self.rows = weight[self.ids].detach()

    def allow(self, extra: list[int]) -> None:
        """Decode over the tuned vocabulary plus ``extra`` (a prompt's ids) from now on."""
        ids = torch.tensor(sorted(self.base.union(extra)))
        if not torch.equal(self.ids, ids):
            self.ids = ids
            self.rows = self.weight[ids].detach()

    def forward(self, hidden: Any) -> Any:
        out = hidden.new_full((*hidden.shape[:-1], self.vocab_size), float("-inf"))
        out[..., self.ids] = torch.matmul(hidden, self.rows.T)
        return out


class LogprobRecorder:
    """A logits processor that changes nothing: it adds to ``usage`` the model's own
    log-probability of each token generated, read from the raw scores of the step before (it
    runs first, ahead of any rule and of the sampling temperature)."""

    def __init__(self, usage: Usage, prompt_len: int) -> None:
        self.usage = usage
        self.prompt_len = prompt_len
        self._last: Any = None

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        if self._last is not None and input_ids.shape[1] > self.prompt_len:
            chosen = int(input_ids[0, -1])
            self.usage.logprob += float(self._last[chosen])
            self.usage.scored += 1
        self._last = torch.log_softmax(scores[0].float(), dim=-1)
        return scores


class GuardProcessor(GuardStep):
    """A logits processor that applies a :class:`Guard` to the text generated so far."""

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        for row in range(scores.shape[0]):
            first_choice = int(scores[row].argmax())
            only, ids = self.rule(input_ids[row, self.prompt_len :].tolist())
            if only:
                keep = torch.tensor(sorted(ids) or sorted(self.guard.end_ids), dtype=torch.long)
                kept = scores[row, keep]
                scores[row] = float("-inf")
                scores[row, keep] = kept
                if torch.isinf(kept).all():  # nothing allowed would be chosen: end instead
                    scores[row, sorted(self.guard.end_ids)] = 0.0
            elif ids:
                scores[row, torch.tensor(sorted(ids), dtype=torch.long)] = float("-inf")
            self.note(ids, first_choice, bool(torch.isinf(scores[row, first_choice])))
        return scores
