"""llama.cpp (GGUF) backend via llama-cpp-python, with optional LoRA adapter and prompt-lookup decoding."""

from __future__ import annotations

import functools
import logging
import math
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from flutr.backends.base import SEED, BackendError, CancelToken, Generation, TokenCallback
from flutr.gguf_header import GGUFHeader
from flutr.hardware import LoadMonitor, physical_cores, threads_for_load
from flutr.models import ModelError, architecture_mismatch, check_gguf

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LlamaCppConfig:
    model_path: Path
    lora_path: Path | None = None
    n_ctx: int = 4096
    n_threads: int = 0  # 0 = by load: one per physical core the other processes leave free (threads_for_load)
    n_batch: int = 512
    prefill_chunk: int = 64  # prompt tokens evaluated between two checks for cancellation
    seed: int = SEED
    prompt_lookup_tokens: int = 0  # >0 enables llama.cpp prompt-lookup (speculative) decoding


class LlamaCppBackend:
    name = "llama.cpp"

    def __init__(self, config: LlamaCppConfig) -> None:
        header = check_gguf(
            config.model_path, tensors=config.lora_path is not None, known_architecture=_llama_cpp_knows
        )
        if config.lora_path is not None:
            _check_lora(config.lora_path, config.model_path, header)
        import llama_cpp

        draft = None
        if config.prompt_lookup_tokens > 0:
            from llama_cpp.llama_speculative import LlamaPromptLookupDecoding

            draft = LlamaPromptLookupDecoding(num_pred_tokens=config.prompt_lookup_tokens)
        self.config = config
        self._cores = physical_cores()
        # auto: measured from before the load, so the warm-up already sees the machine as it is
        self._monitor = LoadMonitor().start() if config.n_threads <= 0 else None
        threads = config.n_threads or self._cores
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
            if self._monitor is not None:
                self._monitor.stop()
            if mismatch := architecture_mismatch(header):
                raise ModelError(
                    f"{config.model_path}: llama.cpp could not load it: {mismatch}. The header is inconsistent: "
                    "re-export it with llama.cpp's convert_hf_to_gguf.py or download it again"
                ) from exc
            what = f"LoRA adapter {config.lora_path}" if config.lora_path else f"model {config.model_path}"
            raise ModelError(
                f"{what}: llama.cpp could not load it ({exc}). Check that the file is a complete GGUF "
                "(re-download or re-export it) and that a LoRA adapter was trained for this base model."
            ) from exc
        self._threads = threads
        self._lock = threading.Lock()
        self._active = 0
        metadata = self._llm.metadata
        self._chat_template = metadata.get("tokenizer.chat_template")
        self.architecture = metadata.get("general.architecture", "?")
        logger.info(
            "loaded %s (arch %s, %s threads%s)",
            config.model_path,
            self.architecture,
            f"up to {threads}" if self._monitor else threads,
            f", LoRA {config.lora_path}" if config.lora_path else "",
        )

    @property
    def chat_template(self) -> str | None:
        return self._chat_template

    @property
    def active_generations(self) -> int:
        return self._active

    @property
    def threads(self) -> int:
        """The llama.cpp threads the next generation uses (the auto policy may change it before each)."""
        return self._threads

    def use_threads(self, threads: int) -> None:
        """Decode and evaluate prompts with ``threads`` threads from now on (no reload)."""
        import llama_cpp

        threads = max(1, threads)
        if threads != self._threads:
            llama_cpp.llama_set_n_threads(self._llm.ctx, threads, threads)
            self._threads = threads

    def _fit_threads(self) -> None:
        """Auto policy (``n_threads`` 0), before each generation: a thread per core the others leave free."""
        if self._monitor is None:
            return
        others = self._monitor.others_busy()
        threads = threads_for_load(self._cores, others)
        if threads != self._threads:
            logger.info("llama.cpp threads %d → %d: others keep %.1f cores busy", self._threads, threads, others)
            self.use_threads(threads)

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
        self._fit_threads()
        first = 0.0
        pieces: list[str] = []
        finish = "length"
        tokens = self._prompt_tokens(prompt)
        prompt_tokens = len(tokens)
        if prompt_tokens + max_tokens > self.config.n_ctx:
            max_tokens = max(16, self.config.n_ctx - prompt_tokens)
        if prompt_tokens < self.config.n_ctx and not self._prefill(tokens, cancel):
            total = time.perf_counter() - start
            return Generation("", prompt_tokens, 0, total, total, "cancelled")
        stream = self._llm.create_completion(
            tokens,
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

    def _prompt_tokens(self, prompt: str) -> list[int]:
        """The tokens ``create_completion(prompt)`` would evaluate (BOS where the model wants one)."""
        return list(self._llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=True))

    def _prefill(self, tokens: Sequence[int], cancel: CancelToken | None) -> bool:
        """Evaluate all but the last prompt token into the KV cache, ``prefill_chunk`` tokens at a time, checking
        ``cancel`` between chunks (a CPU evaluates ~80 prompt tokens/s: one 512-token batch would ignore a cancel
        for seconds). What is already cached from an earlier prompt is kept; ``create_completion`` then finds the
        prefix cached and evaluates only the last token. Returns False when cancelled; the KV keeps what was done."""
        llm = self._llm
        cached = llm.input_ids[: llm.n_tokens]
        keep = 0
        for a, b in zip(cached, tokens[:-1], strict=False):
            if a != b:
                break
            keep += 1
        todo = list(tokens[keep:-1])
        if not todo:
            return not (cancel is not None and cancel.cancelled)
        llm.n_tokens = keep  # eval() drops the KV after this position first
        chunk = max(1, self.config.prefill_chunk)
        for i in range(0, len(todo), chunk):
            if cancel is not None and cancel.cancelled:
                return False
            llm.eval(todo[i : i + chunk])
        return True

    def prefill(self, prompt: str, cancel: CancelToken | None = None) -> bool:
        """Evaluate ``prompt`` ahead of a request (e.g. while the user looks at the code action), so that a
        ``generate`` of the same prompt starts at once. Returns False when cancelled or too long."""
        with self._lock:
            tokens = self._prompt_tokens(prompt)
            if len(tokens) >= self.config.n_ctx:
                return False
            self._fit_threads()
            return self._prefill(tokens, cancel)

    def continuation_logprob(self, prompt: str, continuation: str, cancel: CancelToken | None = None) -> float | None:
        """The summed log-probability of ``continuation``'s tokens after ``prompt``, one token at a time (what is
        cached of ``prompt`` is kept, as for ``generate``); None when cancelled or too long for the context."""
        with self._lock:
            tokens = self._prompt_tokens(prompt)
            following = list(self._llm.tokenize(continuation.encode("utf-8"), add_bos=False, special=False))
            if not following or len(tokens) + len(following) >= self.config.n_ctx:
                return None
            self._fit_threads()
            if not self._prefill(tokens, cancel):
                return None
            llm = self._llm
            llm.n_tokens = len(tokens) - 1  # the KV holds all but the prompt's last token now
            llm.eval(tokens[-1:])
            vocabulary = llm.n_vocab()
            total = 0.0
            for token in following:
                if cancel is not None and cancel.cancelled:
                    return None
                # the logits of the last evaluated token (llama-cpp-python keeps only those without logits_all)
                logits = np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(vocabulary,)).astype(np.float64)
                top = float(logits.max())
                total += float(logits[token]) - top - math.log(float(np.exp(logits - top).sum()))
                llm.eval([token])
            return total

    def warm_up(self, prompt: str) -> None:
        """Page the weights in and leave ``prompt``'s KV in llama.cpp's cache for the next request to reuse."""
        self.generate(prompt, max_tokens=1)

    def close(self) -> None:
        if self._monitor is not None:
            self._monitor.stop()
        with self._lock:
            self._llm.close()


def _check_lora(path: Path, model_path: Path, base: GGUFHeader) -> None:
    """Check a LoRA adapter against the base model before llama.cpp sees it.

    llama.cpp rejects an adapter whose tensors do not fit the base ("has incorrect shape (hint: maybe wrong base
    model?)"), but llama-cpp-python (0.3.36) still gets an adapter back, raises nothing, and the first decode
    segfaults. So the same checks run here first: architecture, then every ``lora_a``/``lora_b`` pair against the
    base tensor it adapts (ggml order: ``a`` is ne0 × r, ``b`` is r × ne1).
    """
    try:
        adapter = check_gguf(path, tensors=True)
    except ModelError as exc:
        raise BackendError(str(exc).replace("--model", "--lora").replace("model file", "LoRA adapter")) from exc
    fix = "pass an adapter trained for this base model with --lora, or the base model it was trained for with --model"
    if adapter.file_type not in (None, "adapter"):
        raise BackendError(
            f"{path}: not a LoRA adapter (general.type is {adapter.file_type!r}); pass a LoRA adapter GGUF with "
            "--lora, or the model itself with --model"
        )
    if adapter.architecture != base.architecture:
        raise BackendError(
            f"LoRA adapter {path} was trained for another base model: its architecture is "
            f"{adapter.architecture!r}, the base model {model_path} is {base.architecture!r}; {fix}"
        )
    if problem := lora_shape_problem(adapter.tensors, base.tensors):
        raise BackendError(
            f"LoRA adapter {path} was trained for another base model than {model_path}: {problem}; {fix}"
        )


def lora_shape_problem(adapter: dict[str, tuple[int, ...]], base: dict[str, tuple[int, ...]]) -> str | None:
    """The first reason the adapter's ``<tensor>.lora_a``/``.lora_b`` pairs cannot apply to ``base``, if any.

    Shapes are in ggml order (ne0 first), as llama.cpp checks them: ``a.ne0 == w.ne0``, ``b.ne1 == w.ne1`` and
    ``a.ne1 == b.ne0`` (the rank).
    """

    def ne(shape: tuple[int, ...], i: int) -> int:
        return shape[i] if i < len(shape) else 1

    for name in sorted(adapter):
        if not name.endswith(".lora_a"):
            if name.endswith(".lora_b") and name[: -len(".lora_b")] + ".lora_a" not in adapter:
                return f"{name} has no lora_a"
            continue
        target = name[: -len(".lora_a")]
        a, b = adapter[name], adapter.get(target + ".lora_b")
        if b is None:
            return f"{name} has no lora_b"
        weight = base.get(target)
        if weight is None:
            return f"the base model has no tensor {target}"
        if ne(a, 0) != ne(weight, 0) or ne(b, 1) != ne(weight, 1):
            return (
                f"{target} is {'×'.join(map(str, weight))} in the base model, but the adapter's lora_a/lora_b "
                f"({'×'.join(map(str, a))}, {'×'.join(map(str, b))}) do not fit that shape"
            )
        if ne(a, 1) != ne(b, 0):
            return f"{target}: lora_a and lora_b have different ranks ({ne(a, 1)} vs {ne(b, 0)})"
    return None


@functools.cache
def _llama_cpp_knows(architecture: str) -> bool:
    """Whether the loaded libllama knows ``architecture``: its name must be among the library's strings.

    llama.cpp has no API that lists architectures; it compares ``general.architecture`` with the C string literals
    of its name table, so a name absent from the library (as ``name\\0``) cannot load. Unsure → True: llama.cpp
    decides.
    """
    try:
        import llama_cpp.llama_cpp as bindings

        library = Path(bindings._lib._name)  # type: ignore[attr-defined]
        return architecture.encode() + b"\0" in library.read_bytes()
    except Exception as exc:  # noqa: BLE001 - a guess only; never block a model on it
        logger.debug("cannot list llama.cpp's architectures: %s", exc)
        return True
