"""Speed of model setups (a GGUF file, with or without a LoRA adapter, and its retrieval settings) compared on the
same questions.

All setups are loaded in one process and take turns per question (rotating which goes first), so a busy machine
slows them alike. Each answer is forced to the same length (no stop sequences), so decoding speed is compared on
equal work; prompts are the server's (its retrieval settings unless a setup names others) with the shared prefix
cached, as after the server's warm-up. ``flutr-bench compare``; the experiments (``experiments/fast-model``,
``lora-cost``, ``retrieval-budget``) call :func:`compare` directly.
"""

from __future__ import annotations

import json
import platform
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.speed.config import SpeedConfig
from benchmarks.speed.run import ServingConfig, build_answerer, questions_for
from flutr.dataset import load_split
from flutr.retrieval import DEFAULT_BUDGET, DEFAULT_K


@dataclass(frozen=True)
class Setup:
    name: str
    model: Path
    lora: Path | None = None
    retrieval_k: int = DEFAULT_K
    retrieval_tokens: int = DEFAULT_BUDGET


def parse_setup(text: str) -> Setup:
    """``NAME=MODEL[,lora=ADAPTER][,k=K][,tokens=T]`` → a setup; MODEL is a GGUF file or a packaged model name
    (``benchmarks.variants.resolve_model``). Raises ``ValueError`` naming what is wrong."""
    from benchmarks.variants import resolve_model

    name, sep, rest = text.partition("=")
    model, *options = rest.split(",")
    if not sep or not name.strip() or not model.strip():
        raise ValueError(f"{text!r}: expected NAME=MODEL[,lora=ADAPTER][,k=K][,tokens=T]")
    values: dict[str, str] = {}
    for option in options:
        key, eq, value = option.partition("=")
        if not eq or key.strip() not in ("lora", "k", "tokens"):
            raise ValueError(f"{option!r} in {text!r}: expected lora=ADAPTER, k=K or tokens=T")
        values[key.strip()] = value.strip()
    try:
        k = int(values.get("k", DEFAULT_K))
        tokens = int(values.get("tokens", DEFAULT_BUDGET))
    except ValueError as exc:
        raise ValueError(f"{text!r}: k and tokens are whole numbers") from exc
    lora = Path(values["lora"]) if values.get("lora") else None
    return Setup(name.strip(), resolve_model(model.strip()), lora, k, tokens)


def compare(setups: list[Setup], *, limit: int, tokens: int, threads: int) -> dict[str, Any]:
    """Per-question prompt seconds, decoding tokens/s and answer seconds (prompt + ``tokens`` tokens) of every
    setup, their medians and each setup's ratios to the first one."""
    answerers = {
        s.name: build_answerer(
            SpeedConfig(model=str(s.model), lora=s.lora, threads=threads),
            ServingConfig("rag", s.retrieval_k, prompt_lookup_tokens=0, retrieval_tokens=s.retrieval_tokens),
            s.model,
        )
        for s in setups
    }
    names = [s.name for s in setups]
    rows: list[dict[str, Any]] = []
    try:
        for index, question in enumerate(questions_for(load_split("test"))[:limit]):
            row: dict[str, Any] = {"row_id": question.row_id}
            shift = index % len(names)
            for name in names[shift:] + names[:shift]:
                answerer = answerers[name]
                prompt = answerer.prompt_for(answerer.messages_for(question.text))
                answerer.backend.warm_up(answerer.stable_prefix())  # only the shared prefix cached
                generation = answerer.backend.generate(prompt, max_tokens=tokens, stop=())
                row[f"{name}_prompt_seconds"] = round(generation.time_to_first_token, 3)
                row[f"{name}_tokens_per_second"] = round(generation.tokens_per_second, 2)
                row[f"{name}_answer_seconds"] = round(generation.total_time, 3)
                row[f"{name}_prompt_tokens"] = generation.prompt_tokens
                row[f"{name}_tokens"] = generation.completion_tokens
            rows.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
    finally:
        for answerer in answerers.values():
            answerer.backend.close()

    def median(key: str) -> float:
        return round(statistics.median(r[key] for r in rows), 3)

    measures = ("prompt_seconds", "tokens_per_second", "answer_seconds", "prompt_tokens")
    medians = {f"{n}_{what}": median(f"{n}_{what}") for n in names for what in measures}
    first = names[0]
    ratios = {
        f"{n}_over_{first}": {
            what: round(medians[f"{n}_{what}"] / medians[f"{first}_{what}"], 3) if medians[f"{first}_{what}"] else None
            for what in measures
        }
        for n in names[1:]
    }
    return {
        "setups": {
            s.name: {
                "model": s.model.name,
                "lora": s.lora.name if s.lora else None,
                "retrieval_k": s.retrieval_k,
                "retrieval_tokens": s.retrieval_tokens,
            }
            for s in setups
        },
        "threads": threads,
        "questions": len(rows),
        "tokens_per_answer": tokens,
        "medians": medians,
        "ratios": ratios,
        "machine": platform.processor() or platform.machine(),
        "load_average_at_end": Path("/proc/loadavg").read_text().split()[0],
        "rows": rows,
    }
