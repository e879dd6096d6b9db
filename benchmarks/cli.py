"""``flutr-bench``: turn command-line options into a runner config and call the runner's ``main(config)``."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import click

from benchmarks.quality.config import SPLIT_CHOICES, QualityConfig
from benchmarks.reliability.cli import reliability
from benchmarks.speed.config import SpeedConfig
from benchmarks.variants import parse_variants
from flutr.logs import setup_logging
from flutr.options import click_option
from flutr.options import field_help as _help
from flutr.tiers import TIERS


class RecordingGroup(click.Group):
    """Keeps the arguments as given, so every result can record the exact command that produced it."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["flutr_bench.argv"] = list(args)
        return super().parse_args(ctx, args)


def tier_option(default: str) -> Any:
    """``--model small|large|auto``: the model tier, as the server's ``model`` setting."""
    return click.option(
        "--model", type=click.Choice(TIERS), default=default, show_default=True, help="model tier (the `model` setting)"
    )


def recorded_command() -> str:
    ctx = click.get_current_context()
    return " ".join(["flutr-bench", *(shlex.quote(arg) for arg in ctx.meta.get("flutr_bench.argv", []))])


@click.group(cls=RecordingGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--log-level",
    default="INFO",
    type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False),
)
def main(log_level: str) -> None:
    """flutr ölçümleri: kalite (Tablo 1, Şekil 6–8) ve hız / flutr benchmarks: quality and speed."""
    setup_logging(log_level)


@main.command()
@click.option("--model", default="default", show_default=True, help=_help(QualityConfig, "model"))
@click.option("--lora", type=click.Path(exists=True, dir_okay=False, path_type=Path), help=_help(QualityConfig, "lora"))
@click.option(
    "--split",
    "split",
    type=click.Choice(sorted(SPLIT_CHOICES)),
    default="both",
    show_default=True,
    help="test (100 rows), qual (10 rows) or both",
)
@click.option("--variants", default="base,rag", show_default=True, help=_help(QualityConfig, "variants"))
@click.option("--limit", type=click.IntRange(1), default=None, help=_help(QualityConfig, "limit"))
@click.option("--sample", type=click.IntRange(1), default=None, help=_help(QualityConfig, "sample"))
@click_option(QualityConfig, "retrieval_k", min=1)
@click_option(QualityConfig, "retrieval_tokens")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help=_help(QualityConfig, "out"))
@click.option("--cache", type=click.Path(dir_okay=False, path_type=Path), help=_help(QualityConfig, "cache"))
@click_option(QualityConfig, "max_tokens")
@click_option(QualityConfig, "check_api")
@click_option(QualityConfig, "threads", min=0, max=256)
@click_option(QualityConfig, "bertscore")
@click_option(QualityConfig, "charts")
@click_option(QualityConfig, "progress")
def quality(split: str, **options: Any) -> None:
    """Kalite: Tablo 1 benzeri tablo, JSON, Markdown ve grafikler / quality: Table-1-style table, JSON,
    Markdown and charts for each variant."""
    from benchmarks.quality.report import main as quality_main

    config = QualityConfig(splits=SPLIT_CHOICES[split], command=recorded_command(), **options)
    try:
        variants = parse_variants(config.variants)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--variants") from exc
    if any(v.lora for v in variants) and config.lora is None:
        raise click.UsageError("the lora variants need --lora ADAPTER.gguf")
    quality_main(config)


@main.command()
@click.option("--model", default="default", show_default=True, help=_help(SpeedConfig, "model"))
@click.option("--lora", type=click.Path(exists=True, dir_okay=False, path_type=Path), help=_help(SpeedConfig, "lora"))
@click.option(
    "--split",
    type=click.Choice(["test", "qual"]),
    default="test",
    show_default=True,
    help=_help(SpeedConfig, "split"),
)
@click_option(SpeedConfig, "limit", min=1)
@click_option(SpeedConfig, "configs")
@click_option(SpeedConfig, "retrieval_k", min=1)
@click_option(SpeedConfig, "retrieval_tokens")
@click_option(SpeedConfig, "prompt_lookup_tokens", min=1, max=64)
@click_option(SpeedConfig, "max_tokens")
@click_option(SpeedConfig, "threads", min=0, max=256)
@click_option(SpeedConfig, "lsp")
@click_option(SpeedConfig, "prefetch_ttft")
@click_option(SpeedConfig, "probe_interval", min=0.001, max=5)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help=_help(SpeedConfig, "out"))
@click_option(SpeedConfig, "progress")
@click.option(
    "--render-only",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="re-render DIR/README.md from DIR/results.json without measuring",
)
def speed(render_only: Path | None, **options: Any) -> None:
    """Hız: ham llama.cpp ile LSP yolu aynı koşuda, oranlarıyla / speed: raw backend vs a real LSP session in one
    run, with ratios."""
    from benchmarks.speed.report import main as speed_main
    from benchmarks.speed.report import render
    from benchmarks.speed.run import parse_configs

    if render_only is not None:
        click.echo(f"wrote {render(render_only)}")
        return
    config = SpeedConfig(command=recorded_command(), **options)
    try:
        parse_configs(config.configs, config.retrieval_k, config.prompt_lookup_tokens, config.retrieval_tokens)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--configs") from exc
    speed_main(config)


@main.command()
@click.option(
    "--setup",
    "setups",
    multiple=True,
    required=True,
    help="NAME=MODEL[,lora=ADAPTER][,k=K][,tokens=T], two or more; the first is the reference of the ratios",
)
@click.option("--limit", type=click.IntRange(1), default=8, show_default=True, help="test-split questions")
@click.option(
    "--tokens", type=click.IntRange(1), default=120, show_default=True, help="tokens per answer (no stop sequences)"
)
@click.option(
    "--threads", type=click.IntRange(0, 256), default=0, show_default=True, help="llama.cpp threads, 0 = cores"
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="write the result JSON here")
def compare(setups: tuple[str, ...], limit: int, tokens: int, threads: int, out: Path | None) -> None:
    """Kurulumların hızı / speed of model setups (model, adapter, retrieval) taking turns on the same questions in
    one process: prompt seconds, tokens/s and answer seconds, medians and ratios to the first setup."""
    import json

    from benchmarks.speed.compare import compare as compare_setups
    from benchmarks.speed.compare import parse_setup
    from flutr.models import ModelError

    try:
        parsed = [parse_setup(text) for text in setups]
    except (ValueError, ModelError) as exc:
        raise click.BadParameter(str(exc), param_hint="--setup") from exc
    if len(parsed) < 2 or len({s.name for s in parsed}) != len(parsed):
        raise click.BadParameter("two or more setups with different names", param_hint="--setup")
    result = {"command": recorded_command(), **compare_setups(parsed, limit=limit, tokens=tokens, threads=threads)}
    text = json.dumps(result, indent=2) + "\n"
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {out}")
    click.echo(json.dumps({k: v for k, v in result.items() if k != "rows"}, indent=2))


@main.command()
@click.option(
    "--conditions",
    default="idle,busy,model",
    show_default=True,
    help="neighbours taking turns: idle (none of ours), busy (a busy loop on the last core), model (a 1-thread "
    "llama.cpp process)",
)
@click.option("--rounds", type=click.IntRange(0), default=4, show_default=True, help="thread rounds (0 = skip)")
@click.option("--tokens", type=click.IntRange(2), default=48, show_default=True, help="tokens per thread measurement")
@click.option(
    "--prefetched/--cold",
    default=False,
    show_default=True,
    help="time only what follows the server's prefetch (the whole prompt evaluated first, untimed)",
)
@tier_option("auto")
@click.option(
    "--answers", type=click.IntRange(0), default=0, show_default=True, help="test questions answered before/after"
)
@click.option("--answers-beside", default="busy", show_default=True, help="the neighbour of the answers")
@click.option(
    "--before-cap", type=click.FloatRange(1), default=60.0, show_default=True, help="seconds a before answer may run"
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("benchmarks/results/threads-neighbour"),
    show_default=True,
)
def neighbour(
    conditions: str,
    rounds: int,
    tokens: int,
    prefetched: bool,
    model: str,
    answers: int,
    answers_beside: str,
    before_cap: float,
    out: Path,
) -> None:
    """Komşu işlem varken hız / speed beside a controlled neighbour: llama.cpp thread policies per condition in one
    run, and the longest answers before/after the time budget and auto threads."""
    from benchmarks.speed.neighbour import CONDITIONS
    from benchmarks.speed.neighbour import main as neighbour_main

    names = [c.strip() for c in conditions.split(",") if c.strip()]
    if not names or any(c not in CONDITIONS for c in [*names, answers_beside]):
        raise click.BadParameter(f"expected some of {', '.join(CONDITIONS)}", param_hint="--conditions")
    readme = neighbour_main(
        out,
        conditions=names,
        rounds=rounds,
        tokens=tokens,
        prefetched=prefetched,
        tier=model,
        answers=answers,
        answers_condition=answers_beside,
        cap=before_cap,
        command=recorded_command(),
    )
    click.echo(readme.read_text(encoding="utf-8"))


@main.command()
@click.option(
    "--results",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="results folder (default benchmarks/results)",
)
@click.option(
    "--notes",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Markdown put under the title (default: <results>/notes.md when it exists)",
)
def summary(results: Path | None, notes: Path | None) -> None:
    """Özet: tüm sonuçların başlık tablosu / the headline tables of all results in benchmarks/results/README.md."""
    from benchmarks.quality.config import RESULTS_DIR
    from benchmarks.summary import write_summary

    folder = results or RESULTS_DIR
    notes = notes or (folder / "notes.md" if (folder / "notes.md").exists() else None)
    path = write_summary(folder, notes.read_text(encoding="utf-8") if notes else "")
    click.echo(f"wrote {path}")


@main.command()
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="write the verdicts here (JSONL)")
def judge(source: Path, out: Path | None) -> None:
    """Yanıtları değerlendir / judge answers: one JSON line per row of SOURCE.

    SOURCE is JSONL with {question, answer, must_contain[, must_not, checks]} per line (any extra fields are
    kept). Each output line is the row's id (or line number) with verdict, reasons and notes.
    """
    from benchmarks.judge.cli import judge_file

    judge_file(source, out)


@main.command("in-context")
@click.option(
    "--mechanisms",
    default="standalone,instruct,fim",
    show_default=True,
    help="fim, fim+rag (with the retrieved examples), fim+select (the server: a second candidate when the first "
    "fails the checks), fim+rag+select (the same, the example first), fim+review (both, the one the comment fits "
    "better), instruct, standalone",
)
@tier_option("small")
@click.option("--model-path", default="", help="a GGUF file instead of the tier's model")
@click.option("--lora-path", default="", help="LoRA adapter GGUF; none = off")
@click.option("--threads", type=click.IntRange(0, 256), default=1, show_default=True, help="llama.cpp threads")
@click.option("--sample", type=click.IntRange(0), default=0, show_default=True, help="rows per position (0 = all)")
@click.option("--data-file", default="", help="in-context rows JSONL instead of data/in_context/test.jsonl")
@click.option("--positions", default="", help="only rows at these positions, comma-separated (e.g. top_level)")
@click.option("--baselines/--no-baselines", default=True, show_default=True, help="also score copy1")
@click.option("--label", default="", help="the model's name in the report")
@click.option("--report-only", is_flag=True, help="judge every cached answer of --out; no model")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("benchmarks/results/in-context"),
    show_default=True,
    help="results folder (generations.jsonl is the cache)",
)
def in_context(mechanisms: str, positions: str, report_only: bool, out: Path, **options: Any) -> None:
    """Yorumun yerinde yanıtlar / answers where the comment stands: each mechanism on the in-context test rows,
    judged in the file (benchmarks/in_context)."""
    from benchmarks.in_context.config import InContextConfig
    from benchmarks.in_context.report import write_report
    from benchmarks.in_context.run import judge_cached, run_in_context

    config = InContextConfig(
        mechanisms=tuple(m for m in mechanisms.split(",") if m),
        positions=tuple(p for p in positions.split(",") if p),
        out=out,
        **options,
    )
    records = judge_cached(config) if report_only else run_in_context(config)
    source = config.data_file or f"data/in_context/{config.split}.jsonl"
    summary = write_report(records, out, recorded_command(), source)
    for variant in summary["variants"]:
        click.echo(f"{variant['model']} {variant['variant']}: {variant['correct']}/{variant['n']} correct")


@main.command("judge-calibrate")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("benchmarks/results/judge-calibration"),
    show_default=True,
    help="report folder",
)
def judge_calibrate(out: Path) -> None:
    """Yargıcı etiketlerle karşılaştır / agreement of judge v2 with the labelled answers (dev and held-out)."""
    from benchmarks.judge.cli import calibrate

    calibrate(out, recorded_command())


main.add_command(reliability)


if __name__ == "__main__":
    main()
