"""Speed of model setups (a GGUF file, with or without a LoRA adapter) compared on the same prompts.

All setups are loaded in one process and take turns per question (rotating which goes first), so a busy machine
slows them alike. Each answer is forced to the same length (no stop sequences), so decoding speed is compared on
equal work; prompts are the server's (retrieval k=2) with the shared prefix cached, as after the server's
warm-up. Used by ``benchmarks.lora_cost`` and ``benchmarks.fast_model``.
"""

from __future__ import annotations

import json
import platform
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.speed import ServingConfig, build_answerer, questions_for
from benchmarks.speed_config import SpeedConfig
from flutr.dataset import load_split


@dataclass(frozen=True)
class Setup:
    name: str
    model: Path
    lora: Path | None = None


def compare(setups: list[Setup], *, limit: int, tokens: int, threads: int) -> dict[str, Any]:
    """Per-question prompt seconds and decoding tokens/s of every setup, their medians and each setup's ratios
    to the first one."""
    serving = ServingConfig("rag", retrieval_k=2, prompt_lookup_tokens=0)
    answerers = {
        s.name: build_answerer(SpeedConfig(model=str(s.model), lora=s.lora, threads=threads), serving, s.model)
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
                row[f"{name}_tokens"] = generation.completion_tokens
            rows.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
    finally:
        for answerer in answerers.values():
            answerer.backend.close()

    def median(key: str) -> float:
        return round(statistics.median(r[key] for r in rows), 3)

    medians = {f"{n}_{what}": median(f"{n}_{what}") for n in names for what in ("prompt_seconds", "tokens_per_second")}
    first = names[0]
    ratios = {
        f"{n}_over_{first}": {
            what: round(medians[f"{n}_{what}"] / medians[f"{first}_{what}"], 3)
            for what in ("prompt_seconds", "tokens_per_second")
        }
        for n in names[1:]
    }
    return {
        "setups": {s.name: {"model": s.model.name, "lora": s.lora.name if s.lora else None} for s in setups},
        "threads": threads,
        "questions": len(rows),
        "tokens_per_answer": tokens,
        "medians": medians,
        "ratios": ratios,
        "machine": platform.processor() or platform.machine(),
        "load_average_at_end": Path("/proc/loadavg").read_text().split()[0],
        "rows": rows,
    }
