"""The transformers backend on a GPU: QLoRA-style serving (4-bit NF4 base via bitsandbytes, optional PEFT adapter).

The paper's GPU setting. Answers the first N test-split questions through ``flutr.answering.Answerer`` (the
server's pipeline: prompt with retrieval, greedy generation, extraction, Dart check) for the base model and, when
given, the base plus a LoRA adapter; prints one JSON object with parse/correct counts, tokens/s and time to first
token. Needs CUDA and bitsandbytes; on a CPU pass ``--quantization none`` (slow)::

    python experiments/transformers-check/transformers_check.py --model-dir DEQUANTIZED_DIR \\
        [--adapter RUN/adapter] [--limit 8]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

from flutr.backends.base import BackendError
from flutr.backends.transformers_backend import TransformersBackend, TransformersConfig
from flutr.dataset import load_split
from flutr.must_contain import contains_item
from flutr.pipeline import GenerationSettings, answerer_for


def check(model_dir: Path, adapter: Path | None, quantization: str, limit: int, retrieval_k: int) -> dict[str, Any]:
    started = time.perf_counter()
    backend = TransformersBackend(TransformersConfig(model_dir, adapter_dir=adapter, quantization=quantization))
    load_seconds = time.perf_counter() - started
    answerer = answerer_for(backend, GenerationSettings(retrieval_k=retrieval_k))
    rows = load_split("test")[:limit]
    backend.warm_up(answerer.prompt_for(answerer.messages_for(rows[0].question)))
    correct = parses = 0
    tps: list[float] = []
    ttft: list[float] = []
    seconds: list[float] = []
    for row in rows:
        answer = answerer.answer(row.question, use_cache=False)
        parses += answer.parses
        correct += answer.parses and all(contains_item(answer.code, item) for item in row.must_contain)
        first = answer.generations[0]
        tps.append(first.tokens_per_second)
        ttft.append(first.time_to_first_token)
        seconds.append(sum(g.total_time for g in answer.generations))
    backend.close()
    return {
        "adapter": str(adapter) if adapter else None,
        "quantization": quantization,
        "questions": len(rows),
        "parses": parses,
        "correct": correct,
        "load_seconds": round(load_seconds, 1),
        "median_tokens_per_second": round(statistics.median(tps), 1),
        "median_time_to_first_token_s": round(statistics.median(ttft), 3),
        "median_seconds_per_question": round(statistics.median(seconds), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", type=Path, required=True, help="Hugging Face model folder (base weights)")
    parser.add_argument("--adapter", type=Path, default=None, help="PEFT LoRA adapter folder, also checked")
    parser.add_argument("--quantization", default="nf4", choices=("nf4", "none", "auto"))
    parser.add_argument("--limit", type=int, default=8, help="first N test-split questions")
    parser.add_argument("--retrieval-k", type=int, default=2)
    args = parser.parse_args()
    import torch

    report: dict[str, Any] = {
        "device": torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu",
        "runs": [check(args.model_dir, None, args.quantization, args.limit, args.retrieval_k)],
    }
    if args.adapter is not None:
        try:
            report["runs"].append(check(args.model_dir, args.adapter, args.quantization, args.limit, args.retrieval_k))
        except BackendError as exc:  # keep the base run's numbers
            report["runs"].append({"adapter": str(args.adapter), "error": str(exc)})
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
