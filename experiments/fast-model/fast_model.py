"""What the fast build buys: the embedded Q4_K_M model with flutr's adapter applied at run time (how the server
served it before) against the fast build (adapter merged, IQ4_NL throughout; the server's default), other
quantizations of the same merge, and the Q4_K_M model without any adapter, on the same prompts in one process
(``benchmarks.speed.compare``)::

    python experiments/fast-model/fast_model.py --limit 12 --tokens 120 --also IQ4_NL/Q8_0

``--also`` takes ``QUANT`` or ``QUANT/OUTPUT`` (the output projection's type; without it, llama.cpp's choice, so
the default build is ``IQ4_NL/IQ4_NL``).
Building one quantization only (for the quality benchmark) is a product command::

    flutr-bench quality --model "$(flutr-lsp models --build IQ4_NL/Q8_0)" --variants rag …

Quality of the fast build: ``flutr-bench quality --model fast --variants rag`` (its adapter is merged, so those
are the ``rag+lora`` answers of the Q4_K_M runs).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.speed.compare import Setup, compare
from benchmarks.variants import resolve_model
from flutr.fast_model import FAST_OUTPUT, FAST_QUANT, fast_model_path, parse_quant
from flutr.models import default_adapter_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # experiments/: the shared script_io
from script_io import parse_args, write_result  # noqa: E402

OUT = Path(__file__).resolve().parent / "results"


def _adapter(args: argparse.Namespace) -> Path:
    adapter = args.adapter or default_adapter_path()
    if adapter is None:
        raise SystemExit("flutr's adapter is missing from this install (flutr/adapters/*.gguf); pass --adapter")
    if not adapter.is_file():
        raise SystemExit(f"{adapter}: no such adapter file")
    return adapter


def _quant_spec(text: str) -> tuple[str, str | None]:
    """argparse's reading of ``QUANT[/OUTPUT]``."""
    try:
        return parse_quant(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _label(quant: str, output: str | None) -> str:
    return f"merged-{quant.lower()}" + (f"-out-{output.lower()}" if output and output != quant else "")


def measure(args: argparse.Namespace) -> dict[str, Any]:
    base = resolve_model("default")
    adapter = _adapter(args)
    started = time.perf_counter()
    fast = fast_model_path(base, adapter, threads=args.threads)
    build_seconds = time.perf_counter() - started
    setups = [Setup("q4_k_m+lora", base, adapter), Setup("fast", fast)]
    for quant, output in args.also:  # other quantizations of the same merge, built once
        merged = fast_model_path(base, adapter, threads=args.threads, quant=quant, output=output)
        setups.append(Setup(_label(quant, output), merged))
    setups.append(Setup("q4_k_m", base))
    result = compare(setups, limit=args.limit, tokens=args.tokens, threads=args.threads)
    return {
        "command": "python experiments/fast-model/fast_model.py " + " ".join(args.argv),
        "fast_model": fast.name,
        "fast_model_recipe": {"quant": FAST_QUANT, "output": FAST_OUTPUT},
        "fast_model_bytes": fast.stat().st_size,
        "build_or_lookup_seconds": round(build_seconds, 1),
        **result,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--limit", type=int, default=8, help="test-split questions")
    parser.add_argument("--tokens", type=int, default=120, help="tokens generated per answer (no stop sequences)")
    parser.add_argument("--threads", type=int, default=0, help="llama.cpp threads (0 = physical cores)")
    parser.add_argument(
        "--also",
        nargs="*",
        type=_quant_spec,
        default=[("IQ4_NL", "Q8_0")],
        help="other quantizations of the merge: QUANT or QUANT/OUTPUT",
    )
    parser.add_argument("--adapter", type=Path, help="LoRA adapter GGUF to merge (default: flutr's)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parse_args(parser, argv)
    write_result(args.out / "fast_model.json", measure(args))


if __name__ == "__main__":
    main()
