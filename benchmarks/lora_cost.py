"""What a llama.cpp LoRA adapter costs in speed: the same prompts on the base model with and without the adapter.

Both models are loaded in one process and take turns per question (alternating which goes first), so a busy
machine slows both alike. Each answer is forced to the same length (no stop sequences), so decoding speed is
compared on equal work; prompts are the server's (retrieval k=2) with the shared prefix cached, as after the
server's warm-up. Prints and writes medians and the ratios adapter / base::

    python -m benchmarks.lora_cost --lora flutr/adapters/flutr-qwen2.5-coder-0.5b-h200-qlora.gguf --limit 8
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
from pathlib import Path
from typing import Any

from benchmarks.quality_config import RESULTS_DIR
from benchmarks.script_io import parse_args, write_result
from benchmarks.speed import ServingConfig, build_answerer, questions_for
from benchmarks.speed_config import SpeedConfig
from benchmarks.variants import resolve_model
from flutr.dataset import load_split


def measure(args: argparse.Namespace) -> dict[str, Any]:
    model = resolve_model(args.model)
    serving = ServingConfig("rag", retrieval_k=2, prompt_lookup_tokens=0)
    answerers = {
        name: build_answerer(SpeedConfig(model=args.model, lora=lora, threads=args.threads), serving, model)
        for name, lora in (("base", None), ("lora", args.lora))
    }
    rows: list[dict[str, Any]] = []
    try:
        for index, question in enumerate(questions_for(load_split("test"))[: args.limit]):
            row: dict[str, Any] = {"row_id": question.row_id}
            order = ("base", "lora") if index % 2 == 0 else ("lora", "base")
            for name in order:
                answerer = answerers[name]
                prompt = answerer.prompt_for(answerer.messages_for(question.text))
                answerer.backend.warm_up(answerer.stable_prefix())  # only the shared prefix cached
                generation = answerer.backend.generate(prompt, max_tokens=args.tokens, stop=())
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

    medians = {
        f"{name}_{what}": median(f"{name}_{what}")
        for name in ("base", "lora")
        for what in ("prompt_seconds", "tokens_per_second")
    }
    return {
        "command": "python -m benchmarks.lora_cost " + " ".join(args.argv),
        "model": model.name,
        "lora": args.lora.name,
        "threads": args.threads,
        "questions": len(rows),
        "tokens_per_answer": args.tokens,
        "medians": medians,
        "ratio_lora_over_base": {
            "prompt_seconds": round(medians["lora_prompt_seconds"] / medians["base_prompt_seconds"], 3),
            "tokens_per_second": round(medians["lora_tokens_per_second"] / medians["base_tokens_per_second"], 3),
        },
        "machine": platform.processor() or platform.machine(),
        "load_average_at_end": Path("/proc/loadavg").read_text().split()[0],
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--model", default="default", help="GGUF file or a packaged model name")
    parser.add_argument("--lora", type=Path, required=True, help="llama.cpp LoRA adapter GGUF")
    parser.add_argument("--limit", type=int, default=8, help="test-split questions")
    parser.add_argument("--tokens", type=int, default=96, help="tokens generated per answer (no stop sequences)")
    parser.add_argument("--threads", type=int, default=0, help="llama.cpp threads (0 = physical cores)")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "lora-cost")
    args = parse_args(parser, argv)
    write_result(args.out / "lora_cost.json", measure(args))


if __name__ == "__main__":
    main()
