"""What the fast build buys: the embedded Q4_K_M model with flutr's adapter applied at run time (how the server
served it before) against the fast build (adapter merged, IQ4_NL; the server's default) and the Q4_K_M model
without any adapter, on the same prompts in one process (``benchmarks.setup_speed``)::

    python -m benchmarks.fast_model --limit 8 --tokens 120

Quality of the fast build: ``flutr-bench quality --model fast --variants base,rag`` (its adapter is merged, so
those are the ``lora`` and ``rag+lora`` answers of the Q4_K_M runs).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from benchmarks.quality_config import RESULTS_DIR
from benchmarks.script_io import parse_args, write_result
from benchmarks.setup_speed import Setup, compare
from benchmarks.variants import resolve_model
from flutr.fast_model import fast_model_path
from flutr.models import default_adapter_path


def measure(args: argparse.Namespace) -> dict[str, Any]:
    base = resolve_model("default")
    adapter = default_adapter_path()
    if adapter is None:
        raise SystemExit("flutr's adapter is missing from this install (flutr/adapters/*.gguf)")
    started = time.perf_counter()
    fast = fast_model_path(base, adapter, threads=args.threads)
    build_seconds = time.perf_counter() - started
    setups = [Setup("q4_k_m+lora", base, adapter), Setup("fast", fast)]
    for quant in args.also:  # other quantizations of the same merge, built (once) for the comparison
        merged = fast_model_path(base, adapter, threads=args.threads, quant=quant)
        setups.append(Setup(f"merged-{quant.lower()}", merged))
    setups.append(Setup("q4_k_m", base))
    result = compare(setups, limit=args.limit, tokens=args.tokens, threads=args.threads)
    return {
        "command": "python -m benchmarks.fast_model " + " ".join(args.argv),
        "fast_model": fast.name,
        "fast_model_bytes": fast.stat().st_size,
        "build_or_lookup_seconds": round(build_seconds, 1),
        **result,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--limit", type=int, default=8, help="test-split questions")
    parser.add_argument("--tokens", type=int, default=120, help="tokens generated per answer (no stop sequences)")
    parser.add_argument("--threads", type=int, default=0, help="llama.cpp threads (0 = physical cores)")
    parser.add_argument("--also", nargs="*", default=["Q8_0"], help="other quantizations of the merge to compare")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "fast-model")
    args = parse_args(parser, argv)
    write_result(args.out / "fast_model.json", measure(args))


if __name__ == "__main__":
    main()
