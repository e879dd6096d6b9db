"""OpenAI-compatible HTTP backend (llama-server, vLLM, Ollama, ``python -m llama_cpp.server``): one big model
served to many editors.

Uses ``POST {base_url}/completions`` with the rendered prompt (so the pre-filled fence and stop sequence work as
with the local backend) and streams Server-Sent Events. Standard library only. Cancelling closes the connection;
servers stop generating for a closed client.
"""

from __future__ import annotations

import http.client
import json
import logging
import threading
import time
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass

from flutr.backends.base import BackendError, CancelToken, Generation, TokenCallback, approx_tokens

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenAIConfig:
    base_url: str = "http://127.0.0.1:8080/v1"
    model: str = ""
    api_key: str = ""
    timeout: float = 60.0  # seconds without a byte from the server before giving up
    chat_template: str | None = None  # None: ChatML (Qwen, SmolLM2), or the server's /props template if it has one


class OpenAIBackend:
    name = "openai"

    def __init__(self, config: OpenAIConfig) -> None:
        url = urllib.parse.urlsplit(config.base_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise BackendError(f"--base-url {config.base_url!r}: expected http(s)://HOST[:PORT]/v1")
        self.config = config
        self._url = url
        self._active = 0
        self._lock = threading.Lock()
        self._chat_template = config.chat_template or self._server_template()

    @property
    def chat_template(self) -> str | None:
        return self._chat_template

    @property
    def active_generations(self) -> int:
        return self._active

    def _connection(self) -> http.client.HTTPConnection:
        cls = http.client.HTTPSConnection if self._url.scheme == "https" else http.client.HTTPConnection
        return cls(self._url.hostname or "", self._url.port, timeout=self.config.timeout)

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "text/event-stream"}
        if self.config.api_key:
            headers["Authorization"] = f"Bearer {self.config.api_key}"
        return headers

    def _server_template(self) -> str | None:
        """llama-server publishes its model's chat template at /props; other servers: None (ChatML)."""
        try:
            connection = self._connection()
            connection.timeout = min(self.config.timeout, 5.0)
            root = self._url.path.rsplit("/v1", 1)[0]
            connection.request("GET", f"{root}/props", headers=self._headers())
            response = connection.getresponse()
            if response.status == 200:
                template = json.loads(response.read()).get("chat_template")
                return template if isinstance(template, str) and template else None
        except (OSError, ValueError, http.client.HTTPException):
            logger.debug("no /props on %s", self.config.base_url, exc_info=True)
        return None

    def generate(
        self,
        prompt: str,
        *,
        max_tokens: int,
        stop: Sequence[str] = (),
        temperature: float = 0.0,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Generation:
        with self._lock:
            self._active += 1
        try:
            return self._generate(prompt, max_tokens, stop, temperature, on_token, cancel)
        finally:
            with self._lock:
                self._active -= 1

    def _generate(
        self,
        prompt: str,
        max_tokens: int,
        stop: Sequence[str],
        temperature: float,
        on_token: TokenCallback | None,
        cancel: CancelToken | None,
    ) -> Generation:
        start = time.perf_counter()
        if cancel is not None and cancel.cancelled:
            return Generation("", 0, 0, 0.0, 0.0, "cancelled")
        body = {
            "prompt": prompt,
            "max_tokens": max_tokens,
            "stop": list(stop),
            "temperature": temperature,
            "stream": True,
        }
        if self.config.model:
            body["model"] = self.config.model
        where = self.config.base_url
        connection = self._connection()
        try:
            connection.request("POST", self._url.path.rstrip("/") + "/completions", json.dumps(body), self._headers())
            response = connection.getresponse()
            if response.status != 200:
                detail = response.read(300).decode("utf-8", "replace")
                raise BackendError(f"{where}: server answered HTTP {response.status}: {detail}")
            pieces: list[str] = []
            first = 0.0
            tokens = 0
            finish = "length"
            prompt_tokens = 0
            for raw in response:
                if cancel is not None and cancel.cancelled:
                    finish = "cancelled"
                    break
                line = raw.decode("utf-8", "replace").strip()
                if not line.startswith("data:"):
                    continue
                payload = line[5:].strip()
                if payload == "[DONE]":
                    break
                try:
                    event = json.loads(payload)
                    choice = event["choices"][0]
                    piece = str(choice.get("text") or "")
                except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
                    raise BackendError(
                        f"{where}: not an OpenAI-compatible completion stream ({payload[:80]!r})"
                    ) from exc
                if not first:
                    first = time.perf_counter() - start
                tokens += 1
                if piece:
                    pieces.append(piece)
                    if on_token:
                        on_token(piece)
                if choice.get("finish_reason"):
                    finish = str(choice["finish_reason"])
                usage = event.get("usage") or {}
                prompt_tokens = int(usage.get("prompt_tokens") or prompt_tokens)
            total = time.perf_counter() - start
            return Generation("".join(pieces), prompt_tokens, tokens, first or total, total, finish)
        except TimeoutError as exc:
            raise BackendError(
                f"{where}: no answer within {self.config.timeout:.0f} s; is the server overloaded?"
            ) from exc
        except ConnectionRefusedError as exc:
            raise BackendError(f"{where}: connection refused; start the server or fix --base-url") from exc
        except (OSError, http.client.HTTPException) as exc:
            raise BackendError(f"{where}: {type(exc).__name__}: {exc}") from exc
        finally:
            connection.close()  # also what stops a cancelled generation on the server

    def count_tokens(self, text: str) -> int:
        return approx_tokens(text)  # the server's tokenizer is not part of the OpenAI API

    def prefill(self, prompt: str, cancel: CancelToken | None = None) -> bool:
        """Nothing to do: the remote server keeps its own prompt cache."""
        return not (cancel is not None and cancel.cancelled)

    def warm_up(self, prompt: str) -> None:
        """Check the server is there (and let it cache the stable prefix) with a one-token request."""
        self.generate(prompt, max_tokens=1)

    def close(self) -> None:
        pass
