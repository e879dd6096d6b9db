"""What a llama.cpp LoRA adapter costs in speed: the same prompts on the base model with and without the adapter.

Both models are loaded in one process and take turns per question (alternating which goes first), so a busy
machine slows both alike. Each answer is forced to the same length (no stop sequences), so decoding speed is
compared on equal work; prompts are the server's (retrieval k=2) with the shared prefix cached, as after the
server's warm-up. Prints and writes medians and the ratios adapter / base::

    python experiments/lora-cost/lora_cost.py --lora flutr/adapters/flutr-qwen2.5-coder-0.5b-h200-qlora.gguf --limit 8
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from benchmarks.speed.compare import Setup, compare
from benchmarks.variants import resolve_model

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # experiments/: the shared script_io
from script_io import parse_args, write_result  # noqa: E402

OUT = Path(__file__).resolve().parent / "results"


def measure(args: argparse.Namespace) -> dict[str, Any]:
    model = resolve_model(args.model)
    setups = [Setup("base", model), Setup("lora", model, args.lora)]
    result = compare(setups, limit=args.limit, tokens=args.tokens, threads=args.threads)
    return {"command": "python experiments/lora-cost/lora_cost.py " + " ".join(args.argv), **result}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--model", default="default", help="GGUF file or a packaged model name")
    parser.add_argument("--lora", type=Path, required=True, help="llama.cpp LoRA adapter GGUF")
    parser.add_argument("--limit", type=int, default=8, help="test-split questions")
    parser.add_argument("--tokens", type=int, default=96, help="tokens generated per answer (no stop sequences)")
    parser.add_argument("--threads", type=int, default=0, help="llama.cpp threads (0 = physical cores)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parse_args(parser, argv)
    write_result(args.out / "lora_cost.json", measure(args))


if __name__ == "__main__":
    main()
