"""``flutr-bench reliability``: options → ``ReliabilityConfig`` → ``runner.main``."""

from __future__ import annotations

import dataclasses
import shlex
import sys
from pathlib import Path
from typing import Any

import click

from benchmarks.reliability.config import ReliabilityConfig


def _help(name: str) -> str:
    return next(str(f.metadata.get("help", "")) for f in dataclasses.fields(ReliabilityConfig) if f.name == name)


def _command() -> str:
    """The command as typed (``flutr-bench``'s group records its arguments in the context's meta)."""
    argv = click.get_current_context().meta.get("flutr_bench.argv")
    if argv is None:
        return " ".join(["flutr-bench", *(shlex.quote(a) for a in sys.argv[1:])])
    return " ".join(["flutr-bench", *(shlex.quote(a) for a in argv)])


@click.command()
@click.option("--messages", type=click.IntRange(0), default=10_000, show_default=True, help=_help("messages"))
@click.option("--cancels", type=click.IntRange(1), default=100, show_default=True, help=_help("cancels"))
@click.option("--soak", type=click.IntRange(0), default=1000, show_default=True, help=_help("soak"))
@click.option("--scenarios", default=ReliabilityConfig.scenarios, show_default=True, help=_help("scenarios"))
@click.option("--model", type=click.Path(exists=True, dir_okay=False, path_type=Path), help=_help("model"))
@click.option("--threads", type=click.IntRange(0, 256), default=1, show_default=True, help=_help("threads"))
@click.option("--seed", type=int, default=ReliabilityConfig.seed, show_default=True, help=_help("seed"))
@click.option(
    "--soak-max-tokens", type=click.IntRange(16, 4096), default=16, show_default=True, help=_help("soak_max_tokens")
)
@click.option("--rss-bound-mib", type=click.FloatRange(0), default=64.0, show_default=True, help=_help("rss_bound_mib"))
@click.option(
    "--slowdown-bound", type=click.FloatRange(1), default=1.5, show_default=True, help=_help("slowdown_bound")
)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help=_help("out"))
@click.option("--work-dir", type=click.Path(file_okay=False, path_type=Path), help=_help("work_dir"))
@click.option("--progress/--no-progress", default=True, show_default=True, help=_help("progress"))
def reliability(**options: Any) -> None:
    """Güvenilirlik: protokol fuzz, iptal fırtınası, bozuk modeller, belge güvenliği, çevrimdışı/gizlilik, uzun koşu
    / reliability: protocol fuzzing, cancel storm, broken models, document safety, offline/private, soak."""
    from benchmarks.reliability.runner import main as reliability_main

    config = ReliabilityConfig(command=_command(), **options)
    try:
        config.selected()
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--scenarios") from exc
    report = reliability_main(config)
    click.echo(f"{'passed' if report.passed else 'FAILED: ' + ', '.join(report.failed)}; wrote {config.output_dir()}")
    if not report.passed:
        sys.exit(1)
