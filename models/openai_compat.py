"""Any OpenAI-compatible server (vLLM, TGI, Ollama, llama.cpp server): how Sandesh scales out.

httpx's errors stay in this module: a request that fails raises one of the backend errors of
models/base.py, which callers catch whatever the backend.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from models.base import (
    BackendBadResponse,
    BackendError,
    BackendTimeout,
    BackendUnavailable,
    GenerationOptions,
    LoadStateMixin,
    stopped,
)
from models.registry import register_backend

log = logging.getLogger(__name__)

# The OpenAI API accepts at most four stop sequences; the rest are applied locally.
_MAX_SERVER_STOPS = 4


# The name this module's errors had before they joined the backend errors (issue 16).
OpenAIBackendError = BackendError


@dataclass(frozen=True)
class OpenAIOptions:
    """What the openai backend is built from: the server's URL, the model name it knows, an API
    key, which API to speak (chat for instruction-tuned models, completions for base models)
    and how long to wait for an answer."""

    base_url: str
    model: str
    api_key: str | None = None
    api: Literal["chat", "completions"] = "chat"
    timeout_s: float = 60.0


class OpenAICompatBackend(LoadStateMixin):
    name = "openai"
    # A served model gets the few-shot examples, as an untuned model does.
    few_shot = True

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        api: str = "chat",
        timeout_s: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__()
        self.model_id = model
        self.api = api
        self.timeout_s = timeout_s
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(
            base_url=base_url.rstrip("/") + "/",
            headers=headers,
            timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 10.0)),
            transport=transport,
        )

    def _load(self) -> None:
        # Nothing to load. A server that is down now may be up by the first request (each request
        # then says what failed), but one that lacks the model is a setting to fix.
        try:
            response = self._client.get("models")
        except httpx.HTTPError as exc:
            log.warning("cannot reach %s yet: %s", self._client.base_url, exc)
            return
        if response.status_code == 200:
            ids = [m.get("id") for m in response.json().get("data", [])]
            if ids and self.model_id not in ids:
                raise BackendUnavailable(
                    f"server has no model {self.model_id!r}; it serves: {', '.join(map(str, ids))}"
                )

    def _body(self, prompt: str, options: GenerationOptions) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model_id,
            "max_tokens": options.max_new_tokens,
            "temperature": options.temperature,
            "stream": True,
        }
        if options.temperature > 0:
            body["top_p"] = options.top_p
        if options.seed is not None:
            body["seed"] = options.seed
        if options.stop:
            body["stop"] = list(options.stop[:_MAX_SERVER_STOPS])
        if self.api == "chat":
            body["messages"] = [{"role": "user", "content": prompt}]
        else:
            body["prompt"] = prompt
        return body

    def _raw_stream(self, prompt: str, options: GenerationOptions) -> Generator[str, None, None]:
        try:
            yield from self._completion(prompt, options)
        except httpx.HTTPError as exc:
            url = self._client.base_url
            # A connect timeout is a server out of reach; any other, one that went quiet.
            if isinstance(exc, httpx.TimeoutException) and not isinstance(
                exc, httpx.ConnectTimeout
            ):
                raise BackendTimeout(f"{url} sent nothing for {self.timeout_s:g} s") from exc
            raise BackendUnavailable(f"cannot reach {url}: {exc!r}") from exc

    def _completion(self, prompt: str, options: GenerationOptions) -> Generator[str, None, None]:
        path = "chat/completions" if self.api == "chat" else "completions"
        with self._client.stream("POST", path, json=self._body(prompt, options)) as response:
            if response.status_code != 200:
                response.read()
                # 5xx: the server cannot serve now (loading, overloaded, out of memory); 4xx:
                # it refused this request.
                error = BackendUnavailable if response.status_code >= 500 else BackendBadResponse
                raise error(
                    f"{response.request.url} answered {response.status_code}: {response.text[:300]}"
                )
            for line in response.iter_lines():
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    return
                try:
                    choice = json.loads(data)["choices"][0]
                except (ValueError, KeyError, IndexError) as exc:
                    raise BackendBadResponse(f"unexpected stream line: {data[:200]}") from exc
                text = (choice.get("delta") or {}).get("content") or choice.get("text") or ""
                if text:
                    # Servers send about one token per event.
                    if options.usage is not None:
                        options.usage.tokens += 1
                    yield text
                if options.expired():
                    return

    def stream(self, prompt: str, options: GenerationOptions) -> Generator[str, None, None]:
        return stopped(self._raw_stream(prompt, options), options.stop)

    def close(self) -> None:
        """Close the connections kept open to the server."""
        self._client.close()


@register_backend("openai", OpenAIOptions)
def _create(options: OpenAIOptions) -> OpenAICompatBackend:
    return OpenAICompatBackend(
        options.base_url,
        options.model,
        api_key=options.api_key,
        api=options.api,
        timeout_s=options.timeout_s,
    )
