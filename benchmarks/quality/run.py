"""``flutr-bench quality``: answer the test/qual questions through the server's own pipeline
(:class:`flutr.answering.Answerer`: prompt, generation, extraction, Dart check, one repair retry), cache every
generation, then score each (split, variant) with :func:`benchmarks.metrics.score_rows`.

Generation is the slow part (seconds per question on a CPU), so it is cached per (model, adapter, variant, row,
prompt settings) in a JSONL file and resumed; scoring and the report are recomputed from the cache each run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.environment import RunEnvironment
from benchmarks.generation_cache import GenerationCache, GenerationRecord, cache_key
from benchmarks.metrics import CorpusScore, score_rows
from benchmarks.quality.config import QualityConfig
from benchmarks.variants import FileIdentity, Variant, parse_variants, resolve_model
from flutr.answering import Answer, Answerer
from flutr.backends.base import Backend
from flutr.dataset import QARow, load_split
from flutr.pipeline import GenerationSettings, ModelSpec, answerer_for, build_backend
from flutr.prompting import prompt_digest

logger = logging.getLogger(__name__)


@dataclass
class VariantRun:
    """One (split, variant) cell of the table: its rows, their generations and their scores."""

    split: str
    variant: Variant
    rows: list[QARow]
    records: list[GenerationRecord]
    score: CorpusScore
    generated_now: int


@dataclass
class QualityResult:
    config: QualityConfig
    environment: RunEnvironment
    model: FileIdentity
    lora: FileIdentity | None
    out_dir: Path
    cache_path: Path
    runs: list[VariantRun] = field(default_factory=list)
    warmup_seconds: dict[str, float] = field(default_factory=dict)  # backend label → seconds (not in timings)
    generation_seconds: float = 0.0  # wall time spent generating in this invocation

    @property
    def generated_now(self) -> int:
        return sum(run.generated_now for run in self.runs)


def generation_settings(config: QualityConfig, variant: Variant, row: QARow, retrieved: list[str]) -> dict[str, Any]:
    return {
        "prompt": prompt_digest(),
        "question": hashlib.sha256(row.question.encode("utf-8")).hexdigest()[:16],
        "retrieval_k": variant.retrieval_k(config.retrieval_k),
        "retrieved": retrieved,
        "max_tokens": config.max_tokens,
        "temperature": config.temperature,
        "seed": config.seed,
        "n_ctx": config.n_ctx,
        "repair": True,
        "check_api": config.check_api == "all",  # the only setting under which the check touches a Q&A answer
    }


def record_from_answer(
    base: dict[str, Any], answer: Answer | None, elapsed: float, error: str | None
) -> GenerationRecord:
    if answer is None:
        return GenerationRecord(**base, code="", scored_code="", total_time=elapsed, error=error)
    first = answer.generations[0] if answer.generations else None
    return GenerationRecord(
        **base,
        code=answer.code,
        scored_code=answer.code,
        imports=list(answer.imports),
        raw_generations=[g.text for g in answer.generations],
        parses=answer.parses,
        warning=answer.warning,
        attempts=answer.attempts,
        prompt_tokens=first.prompt_tokens if first else 0,
        completion_tokens=answer.completion_tokens,
        time_to_first_token=first.time_to_first_token if first else 0.0,
        total_time=sum(g.total_time for g in answer.generations) or elapsed,
        decode_tokens_per_second=first.tokens_per_second if first else 0.0,
        finish_reasons=[g.finish_reason for g in answer.generations],
        error=error,
    )


class Backends:
    """Loads at most one backend per adapter setting, only when a generation is actually needed."""

    def __init__(self, config: QualityConfig, model_path: Path) -> None:
        self.config = config
        self.model_path = model_path
        self._loaded: dict[bool, Backend] = {}
        self._warmed: set[tuple[bool, int]] = set()
        self._vocab: Any = None
        self.warmup_seconds: dict[str, float] = {}

    def count_tokens(self, text: str) -> int:
        """The model's token count (the retrieval budget's measure), before any backend is loaded."""
        if self._loaded:
            return next(iter(self._loaded.values())).count_tokens(text)
        if self._vocab is None:
            from llama_cpp import Llama

            self._vocab = Llama(str(self.model_path), vocab_only=True, verbose=False)
        return len(self._vocab.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def retrieved(self, question: str, k: int) -> list[str]:
        """Ids of the rows the rag prompt shows for ``question`` (part of the cache key)."""
        if not k:
            return []
        from flutr.retrieval import default_retriever

        hits = default_retriever().select(question, k, budget=self.config.retrieval_tokens, count=self.count_tokens)
        return [hit.row.id for hit in hits]

    def answerer(self, variant: Variant) -> Answerer:
        backend = self._loaded.get(variant.lora)
        if backend is None:
            started = time.perf_counter()
            lora = self.config.lora if variant.lora else None
            spec = ModelSpec(
                model_path=str(self.model_path),
                lora_path=str(lora) if lora else "none",
                n_ctx=self.config.n_ctx,
                threads=self.config.threads,
            )
            backend = build_backend(spec, seed=self.config.seed)
            self._loaded[variant.lora] = backend
            self.warmup_seconds[f"load{'+lora' if variant.lora else ''}"] = time.perf_counter() - started
        k = variant.retrieval_k(self.config.retrieval_k)
        answerer = answerer_for(backend, GenerationSettings.of(self.config, retrieval_k=k))
        if (variant.lora, k) not in self._warmed:
            started = time.perf_counter()
            backend.warm_up(answerer.stable_prefix())  # as the server does at start; excluded from timings
            self.warmup_seconds[f"warm-up {variant.name}"] = time.perf_counter() - started
            self._warmed.add((variant.lora, k))
        return answerer

    def close(self) -> None:
        for backend in self._loaded.values():
            backend.close()
        self._loaded.clear()
        if self._vocab is not None:
            self._vocab.close()
            self._vocab = None


@contextmanager
def progress_bar(total: int, initial: int, description: str, enabled: bool) -> Iterator[Any]:
    from tqdm import tqdm

    bar = tqdm(total=total, initial=initial, desc=description, unit="q", disable=not enabled, dynamic_ncols=True)
    try:
        yield bar
    finally:
        bar.close()


def stratified_sample(rows: list[QARow], size: int) -> list[QARow]:
    """``size`` rows spread evenly over topics (round robin over topics in id order), in the split's order: a
    smaller run that still covers every topic, the same rows every time."""
    by_topic: dict[str, list[QARow]] = {}
    for row in rows:
        by_topic.setdefault(row.topic, []).append(row)
    chosen: set[str] = set()
    queues = [list(group) for _, group in sorted(by_topic.items())]
    while len(chosen) < min(size, len(rows)):
        for queue in queues:
            if queue and len(chosen) < size:
                chosen.add(queue.pop(0).id)
    return [row for row in rows if row.id in chosen]


def load_rows(config: QualityConfig) -> dict[str, list[QARow]]:
    rows = {}
    for split in config.splits:
        loaded = load_split(split)
        if config.sample is not None:
            loaded = stratified_sample(loaded, config.sample)
        rows[split] = loaded[: config.limit] if config.limit is not None else loaded
    return rows


def generate(
    config: QualityConfig,
    variant: Variant,
    split: str,
    rows: list[QARow],
    cache: GenerationCache,
    backends: Backends,
    model: FileIdentity,
    lora: FileIdentity | None,
    command: str = "",
) -> tuple[list[GenerationRecord], int]:
    """The records of ``rows`` for ``variant``, generating only the ones not in ``cache``. Never raises for a
    single row: an exception while answering is recorded as the row's ``error`` (it then scores as empty)."""
    if variant.copies:
        return copy_records(variant, split, rows, command), 0
    lora_key = lora.key if (lora and variant.lora) else ""
    k = variant.retrieval_k(config.retrieval_k)
    planned: list[tuple[QARow, str, dict[str, Any]]] = []
    for row in rows:
        retrieved = backends.retrieved(row.question, k)
        settings = generation_settings(config, variant, row, retrieved)
        planned.append((row, cache_key(model.key, lora_key, variant.name, row.id, settings), settings))
    missing = [item for item in planned if cache.get(item[1]) is None]
    if missing:
        answerer = backends.answerer(variant)
        with progress_bar(len(rows), len(rows) - len(missing), f"{variant.name} {split}", config.progress) as bar:
            for row, key, settings in missing:
                base = {
                    "key": key,
                    "model": model.key,
                    "lora": lora_key,
                    "variant": variant.name,
                    "split": split,
                    "row_id": row.id,
                    "settings": settings,
                    "retrieved_ids": settings["retrieved"],
                    "generated_by": command,
                    "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                    "threads": config.threads,
                }
                started = time.perf_counter()
                answer: Answer | None = None
                error: str | None = None
                try:
                    answer = answerer.answer(row.question, "", use_cache=False)
                except Exception as exc:  # noqa: BLE001 - one bad row must not abort a long run
                    error = f"{type(exc).__name__}: {exc}"
                    logger.exception("%s %s %s: answering failed", variant.name, split, row.id)
                record = record_from_answer(base, answer, time.perf_counter() - started, error)
                cache.put(record)
                bar.update(1)
    records = []
    for _row, key, _settings in planned:
        cached = cache.get(key)
        assert cached is not None  # every missing key was just put
        records.append(cached)
    return records, len(missing)


def copy_records(variant: Variant, split: str, rows: list[QARow], command: str = "") -> list[GenerationRecord]:
    """The no-model baseline: each question answered by pasting its top retrieved training answers (BM25, the
    server's retriever, no token budget). Instant, so never cached."""
    from flutr.retrieval import default_retriever

    records = []
    for row in rows:
        hits = default_retriever().search(row.question, variant.copies)
        code = "\n\n".join(hit.row.answer for hit in hits)
        ids = [hit.row.id for hit in hits]
        records.append(
            GenerationRecord(
                key=cache_key("copy", "", variant.name, row.id, {"retrieved": ids}),
                model="copy",
                lora="",
                variant=variant.name,
                split=split,
                row_id=row.id,
                settings={"retrieved": ids},
                code=code,
                scored_code=code,
                parses=True,
                retrieved_ids=ids,
                generated_by=command,
            )
        )
    return records


def run_quality(config: QualityConfig) -> QualityResult:
    """Generate (or reuse) every answer, score every (split, variant), return the result (not yet written)."""
    variants = parse_variants(config.variants)
    if any(v.lora for v in variants) and config.lora is None:
        raise ValueError("the lora variants need --lora ADAPTER.gguf")
    model_path = resolve_model(config.model)
    model = FileIdentity.of(model_path)
    lora = FileIdentity.of(config.lora) if config.lora is not None else None
    environment = RunEnvironment.capture(seeds={"llama.cpp": config.seed}, command=config.command)
    out_dir = config.output_dir(model_path.stem.lower())
    cache_path = config.cache or out_dir / "generations.jsonl"
    cache = GenerationCache(cache_path)
    rows_by_split = load_rows(config)
    result = QualityResult(config, environment, model, lora, out_dir, cache_path)
    backends = Backends(config, model_path)
    started = time.perf_counter()
    generated: list[tuple[str, Variant, list[QARow], list[GenerationRecord], int]] = []
    try:
        for variant in variants:
            for split, rows in rows_by_split.items():
                records, count = generate(
                    config, variant, split, rows, cache, backends, model, lora, environment.command
                )
                generated.append((split, variant, rows, records, count))
    finally:
        backends.close()
    result.generation_seconds = time.perf_counter() - started
    result.warmup_seconds = dict(backends.warmup_seconds)
    for split, variant, rows, records, count in generated:
        logger.info("scoring %s %s (%d rows)", variant.name, split, len(rows))
        score = score_rows([r.scored_code for r in records], rows, bertscore=config.bertscore, extract=False)
        result.runs.append(VariantRun(split, variant, rows, records, score, count))
    return result


def save_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
