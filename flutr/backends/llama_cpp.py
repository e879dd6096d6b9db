"""llama.cpp (GGUF) backend via llama-cpp-python, with optional LoRA adapter and prompt-lookup decoding."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flutr.backends.base import BackendError, CancelToken, Generation, TokenCallback
from flutr.hardware import physical_cores
from flutr.models import ModelError, check_gguf

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LlamaCppConfig:
    model_path: Path
    lora_path: Path | None = None
    n_ctx: int = 4096
    n_threads: int = 0  # 0 = physical cores
    n_batch: int = 512
    seed: int = 1234
    prompt_lookup_tokens: int = 0  # >0 enables llama.cpp prompt-lookup (speculative) decoding


class LlamaCppBackend:
    name = "llama.cpp"

    def __init__(self, config: LlamaCppConfig) -> None:
        check_gguf(config.model_path)
        if config.lora_path is not None:
            _check_lora(config.lora_path)
        import llama_cpp

        draft = None
        if config.prompt_lookup_tokens > 0:
            from llama_cpp.llama_speculative import LlamaPromptLookupDecoding

            draft = LlamaPromptLookupDecoding(num_pred_tokens=config.prompt_lookup_tokens)
        self.config = config
        threads = config.n_threads or physical_cores()
        try:
            self._llm = llama_cpp.Llama(
                model_path=str(config.model_path),
                lora_path=str(config.lora_path) if config.lora_path else None,
                n_ctx=config.n_ctx,
                n_threads=threads,
                n_threads_batch=threads,
                n_batch=config.n_batch,
                seed=config.seed,
                draft_model=draft,
                verbose=False,
            )
        except (ValueError, RuntimeError) as exc:
            what = f"LoRA adapter {config.lora_path}" if config.lora_path else f"model {config.model_path}"
            raise ModelError(
                f"{what}: llama.cpp could not load it ({exc}). Check that the file is a complete GGUF "
                "(re-download or re-export it) and that a LoRA adapter was trained for this base model."
            ) from exc
        self._lock = threading.Lock()
        self._active = 0
        metadata = self._llm.metadata
        self._chat_template = metadata.get("tokenizer.chat_template")
        self.architecture = metadata.get("general.architecture", "?")
        logger.info(
            "loaded %s (arch %s, %d threads%s)",
            config.model_path,
            self.architecture,
            threads,
            f", LoRA {config.lora_path}" if config.lora_path else "",
        )

    @property
    def chat_template(self) -> str | None:
        return self._chat_template

    @property
    def active_generations(self) -> int:
        return self._active

    def count_tokens(self, text: str) -> int:
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=True))

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
        """Stream tokens; stops at a stop sequence, ``max_tokens`` or as soon as ``cancel`` is set."""
        with self._lock:  # one generation at a time on one model
            self._active += 1
            try:
                return self._generate(prompt, max_tokens, stop, temperature, on_token, cancel)
            finally:
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
        first = 0.0
        pieces: list[str] = []
        finish = "length"
        prompt_tokens = self.count_tokens(prompt)
        if prompt_tokens + max_tokens > self.config.n_ctx:
            max_tokens = max(16, self.config.n_ctx - prompt_tokens)
        stream = self._llm.create_completion(
            prompt,
            max_tokens=max_tokens,
            stop=list(stop),
            temperature=temperature,
            top_k=1 if temperature <= 0 else 40,
            repeat_penalty=1.05,
            stream=True,
            seed=self.config.seed,
        )
        completion_tokens = 0
        try:
            for chunk in stream:
                if cancel is not None and cancel.cancelled:
                    finish = "cancelled"
                    break
                choice: Any = chunk["choices"][0]  # type: ignore[index]
                piece = str(choice["text"])
                if not first:
                    first = time.perf_counter() - start
                completion_tokens += 1
                if piece:
                    pieces.append(piece)
                    if on_token:
                        on_token(piece)
                if choice.get("finish_reason"):
                    finish = str(choice["finish_reason"])
        finally:
            stream.close()  # type: ignore[union-attr]
        total = time.perf_counter() - start
        return Generation("".join(pieces), prompt_tokens, completion_tokens, first or total, total, finish)

    def warm_up(self, prompt: str) -> None:
        """Page the weights in and leave ``prompt``'s KV in llama.cpp's cache for the next request to reuse."""
        self.generate(prompt, max_tokens=1)

    def close(self) -> None:
        with self._lock:
            self._llm.close()


def _check_lora(path: Path) -> None:
    try:
        check_gguf(path)
    except ModelError as exc:
        raise BackendError(str(exc).replace("--model", "--lora").replace("model file", "LoRA adapter")) from exc
