"""``python -m benchmarks.in_context`` (until ``flutr-bench in-context`` is wired): run and report."""

from __future__ import annotations

import argparse
import logging
import shlex
import sys
from pathlib import Path

from benchmarks.in_context.config import InContextConfig
from benchmarks.in_context.report import write_report
from benchmarks.in_context.run import judge_cached, run_in_context


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.in_context")
    parser.add_argument("--mechanisms", default="standalone,instruct,fim")
    parser.add_argument("--model", default="small", choices=("small", "large", "auto"))
    parser.add_argument("--model-path", default="")
    parser.add_argument("--lora-path", default="")
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--data-file", default="")
    parser.add_argument("--no-baselines", action="store_true")
    parser.add_argument("--label", default="")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/in-context"))
    parser.add_argument("--report-only", action="store_true", help="judge every cached answer of --out, no model")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    config = InContextConfig(
        mechanisms=tuple(m for m in args.mechanisms.split(",") if m),
        model=args.model,
        model_path=args.model_path,
        lora_path=args.lora_path,
        threads=args.threads,
        sample=args.sample,
        data_file=args.data_file,
        baselines=not args.no_baselines,
        label=args.label,
        out=args.out,
    )
    records = judge_cached(config) if args.report_only else run_in_context(config)
    command = "python -m benchmarks.in_context " + shlex.join(argv if argv is not None else sys.argv[1:])
    summary = write_report(records, args.out, command)
    for variant in summary["variants"]:
        print(
            f"{variant['model']:>28} {variant['variant']:>10}: {variant['correct']}/{variant['n']} correct, "
            f"{variant['fits']}/{variant['n']} fit"
        )


if __name__ == "__main__":
    main()
