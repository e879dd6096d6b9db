"""Building the answer pipeline, in one place for the server, the benchmarks and the experiments: which model
(``ModelSpec``), how to answer (``GenerationSettings``, every default written here once), the LoRA adapter that
goes with the model (``resolved_lora``), the backend (``build_backend``) and the warmed-up ``Answerer``
(``build_answerer``).

Configs embed these dataclasses by inheriting them (``lsp_server.config.ServerConfig`` inherits both; the
benchmark configs inherit ``GenerationSettings``), so a setting's default, range and help text are written once and
the server's settings stay one flat camelCase object.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flutr.answering import Answerer, AnswerSettings
from flutr.backends.base import Backend, BackendError
from flutr.backends.llama_cpp import LlamaCppConfig
from flutr.retrieval import DEFAULT_BUDGET, DEFAULT_K
from flutr.tiers import TierChoice, choose_tier

logger = logging.getLogger(__name__)

BuildProgress = Callable[[str, int, int], None]  # (stage, done, total), see flutr.fast_model.fast_model_path


@dataclass(frozen=True)
class ModelSpec:
    """Which backend and model answer, and how the model is loaded."""

    backend: str = field(
        default="llamacpp",
        metadata={
            "choices": ("llamacpp", "openai", "transformers"),
            "help": "llamacpp (GGUF), openai (HTTP), transformers",
        },
    )
    base_url: str = field(default="http://127.0.0.1:8080/v1", metadata={"help": "OpenAI-compatible server (openai)"})
    api_model: str = field(default="", metadata={"help": "model name sent to the HTTP server (openai)"})
    request_timeout: float = field(default=60.0, metadata={"min": 1.0, "max": 3600.0, "help": "HTTP timeout, seconds"})
    model: str = field(
        default="auto",
        metadata={
            "choices": ("small", "large", "auto"),
            "help": "small (0.5B + flutr's adapter), large (Qwen2.5-Coder-1.5B), auto (by cores and memory)",
        },
    )
    model_path: str = field(default="", metadata={"help": "GGUF model file; empty = the tier chosen by model"})
    lora_path: str = field(  # empty: flutr's adapter on the embedded model (benchmarks/results), none on others
        default="", metadata={"help": "LoRA adapter (GGUF); empty = flutr's own on the default model; none = off"}
    )
    fast_model: bool = field(  # same answers' quality, faster on a CPU: experiments/fast-model/results
        default=True,
        metadata={"help": "embedded model: serve it with its adapter merged, requantized to IQ4_NL (built once)"},
    )
    n_ctx: int = field(default=LlamaCppConfig.n_ctx, metadata={"min": 512, "max": 32768, "help": "model context size"})
    threads: int = field(  # why by load: benchmarks/results/threads-neighbour
        default=0,
        metadata={"min": 0, "max": 256, "help": "0 = auto: one per physical core other processes leave free"},
    )
    prompt_lookup_tokens: int = field(
        default=0, metadata={"min": 0, "max": 64, "help": "prompt-lookup speculative decoding (0 = off)"}
    )


@dataclass(frozen=True)
class GenerationSettings:
    """How a question is answered: the answer's length and sampling, and the retrieved examples in its prompt."""

    max_tokens: int = field(
        default=AnswerSettings.max_tokens, metadata={"min": 16, "max": 4096, "help": "token limit per answer"}
    )
    temperature: float = field(
        default=AnswerSettings.temperature, metadata={"min": 0.0, "max": 2.0, "help": "0 = greedy"}
    )
    retrieval_k: int = field(  # why 1: flutr.retrieval.DEFAULT_K
        default=DEFAULT_K, metadata={"min": 0, "max": 8, "help": "similar dataset examples added to the prompt"}
    )
    retrieval_tokens: int = field(  # experiments/retrieval-budget/results
        default=DEFAULT_BUDGET,
        metadata={"min": 0, "max": 4096, "help": "token budget of the retrieved examples (0 = no limit)"},
    )

    fim_examples: bool = field(  # benchmarks/results/in-context
        default=AnswerSettings.fim_examples,
        metadata={"help": "fill-in-the-middle also sees the retrieved examples, as other files of the project"},
    )

    check_api: str = field(  # benchmarks/results/api-check
        default=AnswerSettings.check_api,
        metadata={
            "choices": ("inside", "all", "review", "off"),
            "help": "inside code a second candidate when the first breaks the file or calls a missing API; "
            "all: standalone answers are also retried on it; review: inside code always two candidates (with and "
            "without the example), keeping the one the comment fits better (about 3x the work; no gain on held-out "
            "rows: experiments/holdout)",
        },
    )

    # A full-length answer at the speed of a laptop whose other core is busy with the IDE (~7 tokens/s), with room
    # to spare: 20 s left README's demo with no code on a fresh clone beside one busy process; the minutes-long
    # answers the budget exists for (99-253 s) are still stopped (benchmarks/results/threads-neighbour).
    time_budget: float = field(
        default=60.0,
        metadata={
            "min": 0.0,
            "max": 600.0,
            "help": "seconds per answer; past it the model stops and what fits is offered, or why it is slow (0 = off)",
        },
    )

    def answer_settings(self) -> AnswerSettings:
        return AnswerSettings(
            max_tokens=self.max_tokens,
            temperature=self.temperature,
            time_budget=self.time_budget,
            fim_examples=self.fim_examples,
            check_api=self.check_api,
        )

    @classmethod
    def of(cls, config: Any, **changes: Any) -> GenerationSettings:
        """The ``GenerationSettings`` part of a config that embeds them, with ``changes``."""
        values = {f.name: getattr(config, f.name) for f in dataclasses.fields(cls)}
        return cls(**{**values, **changes})


class BackendUnavailableError(Exception):
    """The HTTP backend did not answer at start; ``answerer`` is still usable once the server is up."""

    def __init__(self, message: str, answerer: Answerer) -> None:
        super().__init__(message)
        self.answerer = answerer


def resolved_lora(spec: ModelSpec) -> Path | None:
    """The adapter to load: ``loraPath`` when set (``none``: no adapter); else flutr's bundled adapter when the
    model is the embedded default, and none for any other model (an adapter fits only the base it was trained on)."""
    from flutr.models import default_adapter_path

    value = spec.lora_path.strip()
    if value.lower() == "none":
        return None
    if value:
        return Path(value).expanduser()
    if spec.model_path or spec.backend != "llamacpp":
        return None
    return default_adapter_path()


def tier_for(spec: ModelSpec) -> TierChoice | None:
    """The model tier the ``model`` setting picks on this machine; None when a model file or another backend is
    set explicitly."""
    if spec.backend != "llamacpp" or spec.model_path:
        return None
    from flutr.hardware import physical_cores, total_memory_gib
    from flutr.models import QWEN_15B

    # `large` takes the model wherever it is (an assembled copy in the cache will do); `auto` only where this
    # environment installed it (flutr's dependencies): a cache shared with another checkout is no request.
    installed = QWEN_15B.installed() if spec.model == "large" else QWEN_15B.packages_installed()
    return choose_tier(spec.model, cores=physical_cores(), memory_gib=total_memory_gib(), large_installed=installed)


def build_backend(
    spec: ModelSpec, progress: BuildProgress | None = None, *, seed: int | None = None, n_batch: int | None = None
) -> Backend:
    """The backend ``spec`` names; ``progress`` hears of the fast model's build when loading needs one. ``seed``
    and ``n_batch`` (llama.cpp) are for the benchmarks; None keeps the backend's own default."""
    if spec.backend == "openai":
        from flutr.backends.openai_http import OpenAIBackend, OpenAIConfig

        return OpenAIBackend(
            OpenAIConfig(
                base_url=spec.base_url,
                model=spec.api_model,
                api_key=os.environ.get("FLUTR_API_KEY", ""),
                timeout=spec.request_timeout,
            )
        )
    if spec.backend == "transformers":
        from flutr.backends.transformers_backend import TransformersBackend, TransformersConfig

        if not spec.model_path:
            raise BackendError("the transformers backend needs modelPath: a Hugging Face model folder")
        return TransformersBackend(
            TransformersConfig(
                model_dir=Path(spec.model_path).expanduser(),
                adapter_dir=resolved_lora(spec),
                threads=spec.threads,
            )
        )
    from flutr.backends.llama_cpp import LlamaCppBackend, LlamaCppConfig
    from flutr.models import ModelError, default_model_path

    tier = tier_for(spec)
    if tier is not None and tier.large:
        from flutr.models import QWEN_15B, assemble

        logger.info("model tier: %s", tier.reason)
        model = assemble(QWEN_15B)
        lora = Path(spec.lora_path).expanduser() if spec.lora_path.strip() not in ("", "none") else None
    else:
        model = Path(spec.model_path).expanduser() if spec.model_path else default_model_path()
        lora = resolved_lora(spec)
        if spec.fast_model and not spec.model_path:
            from flutr.fast_model import fast_model_path

            try:
                model, lora = fast_model_path(model, lora, threads=spec.threads, progress=progress), None
            except ModelError as exc:  # nothing is lost: the slower Q4_K_M model with the adapter still answers
                logger.warning("%s; serving %s with the adapter applied at run time instead", exc, model.name)
                if progress is not None:
                    progress("failed", 0, 1)
    extra: dict[str, int] = {}
    if seed is not None:
        extra["seed"] = seed
    if n_batch is not None:
        extra["n_batch"] = n_batch
    return LlamaCppBackend(
        LlamaCppConfig(
            model_path=model,
            lora_path=lora,
            n_ctx=spec.n_ctx,
            n_threads=spec.threads,
            prompt_lookup_tokens=spec.prompt_lookup_tokens,
            **extra,
        )
    )


def answerer_for(backend: Backend, settings: GenerationSettings) -> Answerer:
    """An ``Answerer`` on ``backend`` with ``settings``' retrieved examples (none when the dataset is missing)."""
    examples = None
    if settings.retrieval_k > 0:
        from flutr.retrieval import default_retriever

        try:
            examples = default_retriever().examples_source(
                settings.retrieval_k, settings.retrieval_tokens, backend.count_tokens
            )
        except FileNotFoundError as exc:  # an install without the dataset: answer without retrieved examples
            logger.warning("retrieval off: %s", exc)
    return Answerer(backend, settings.answer_settings(), examples=examples)


def build_answerer(
    spec: ModelSpec, settings: GenerationSettings | None = None, progress: BuildProgress | None = None
) -> Answerer:
    """Load the model ``spec`` names (the embedded default when none is set) and warm up the prompt prefix every
    request shares. ``settings`` defaults to ``spec``'s own when it embeds them (a server config does). Raises
    ``BackendUnavailableError`` when an HTTP backend does not answer yet: its answerer is usable later."""
    started = time.perf_counter()
    if settings is None:
        settings = GenerationSettings.of(spec) if isinstance(spec, GenerationSettings) else GenerationSettings()
    backend = build_backend(spec, progress)
    answerer = answerer_for(backend, settings)
    try:
        backend.warm_up(answerer.stable_prefix())
    except BackendError as exc:  # a remote server may come up later: keep the backend, tell the user now
        if spec.backend != "openai":
            raise
        logger.warning("warm-up failed: %s", exc)
        raise BackendUnavailableError(str(exc), answerer) from exc
    logger.info("model ready in %.1f s", time.perf_counter() - started)
    return answerer
