"""``flutr-train data``: validate, split and describe the dataset."""

from __future__ import annotations

from pathlib import Path

import click

from flutr.dataset import default_data_dir


@click.group()
def data() -> None:
    """Veri kümesi araçları / dataset tools."""


@data.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def validate(paths: tuple[Path, ...]) -> None:
    """JSONL dosyalarını doğrula / validate dataset files (a folder = its *.jsonl).

    Every problem is printed as FILE:LINE: reason; the exit status is 1 when there is any.
    """
    from model_training.dataset_validate import validate_paths

    targets = list(paths) or [default_data_dir()]
    items, problems = validate_paths(targets)
    for problem in problems:
        click.echo(str(problem))
    files = len({i.path for i in items})
    if problems:
        click.echo(f"{len(problems)} sorun / problems in {len(items)} rows ({files} files)", err=True)
        raise SystemExit(1)
    click.echo(f"OK: {len(items)} satır / rows in {files} files, no problems")


@data.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where train/test/qual.jsonl go (default: the checkout's data/).",
)
@click.option("--seed", type=int, default=20261125, show_default=True)
def split(sources: tuple[Path, ...], out_dir: Path | None, seed: int) -> None:
    """Konu dosyalarından sabit train/test/qual bölümleri üret / write fixed splits from authored topic files."""
    from model_training.dataset_split import SplitConfig, split_rows, write_splits
    from model_training.dataset_validate import Limits, validate_paths

    items, problems = validate_paths(list(sources), Limits(leak_question_similarity=1.1, leak_answer_similarity=1.1))
    if problems:
        for problem in problems:
            click.echo(str(problem), err=True)
        raise click.ClickException(f"{len(problems)} problems in the sources; fix them first")
    splits = split_rows(items, SplitConfig(seed=seed), Limits())
    write_splits(splits, out_dir or default_data_dir())
    click.echo(", ".join(f"{name}: {len(rows)}" for name, rows in splits.items()))


@data.command()
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None)
@click.option(
    "--model",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="GGUF whose tokenizer counts tokens (default: the embedded Qwen model).",
)
@click.option(
    "--card",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Dataset card to update (default: DATA_DIR/README.md).",
)
def stats(data_dir: Path | None, model: Path | None, card: Path | None) -> None:
    """Sayımlar, token uzunluğu histogramları ve veri kartı / counts, token-length histograms, card update."""
    from model_training.dataset_stats import write_stats

    directory = data_dir or default_data_dir()
    summary = write_stats(directory, model=model, card=card or directory / "README.md")
    click.echo(summary)
