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


@data.command()
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None)
@click.option(
    "--candidates",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the unread cross-split candidate pairs here (JSONL, most similar first) for a careful reading.",
)
def leaks(data_dir: Path | None, candidates: Path | None) -> None:
    """Bölümler arası görev sızıntısı / task-level leaks between splits.

    Fails when a pair that DATA_DIR/twins.jsonl marks as twins (the same task) sits in two splits; lists the
    cross-split pairs close by meaning (MiniLM) or by normalised code that nobody has read yet.
    """
    import json

    from flutr.dataset import SPLITS, load_split
    from model_training.dataset_leaks import cross_split_candidates, crossing_twins, load_decisions
    from model_training.dataset_validate import TWINS_FILE

    directory = data_dir or default_data_dir()
    rows = {split: load_split(split, directory) for split in SPLITS}
    split_of = {row.id: split for split, split_rows in rows.items() for row in split_rows}
    decisions = load_decisions(directory / TWINS_FILE)
    crossing = crossing_twins(decisions, split_of)
    for decision in crossing:
        click.echo(
            f"{decision.first} ({split_of.get(decision.first)}) and {decision.second} "
            f"({split_of.get(decision.second)}) are the same task ({decision.reason}): move one so both share a split"
        )
    click.echo("checking meaning and code similarity across splits (about a minute)…", err=True)
    unread = [c for c in cross_split_candidates(rows) if frozenset((c[0].first, c[0].second)) not in decisions]
    if candidates is not None:
        by_id = {row.id: row for split_rows in rows.values() for row in split_rows}
        with candidates.open("w", encoding="utf-8") as handle:
            for twin, first_split, second_split in unread:
                handle.write(
                    json.dumps(
                        {
                            "first": twin.first,
                            "second": twin.second,
                            "splits": [first_split, second_split],
                            "question_similarity": round(twin.question, 3),
                            "code_similarity": round(twin.answer, 3),
                            "first_question": by_id[twin.first].question,
                            "second_question": by_id[twin.second].question,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    click.echo(
        f"{len(decisions)} pairs read ({sum(d.twin for d in decisions.values())} twins); "
        f"{len(unread)} cross-split candidates not read yet" + (f" → {candidates}" if candidates else "")
    )
    if crossing:
        raise SystemExit(1)


@data.command("validate-in-context")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def validate_in_context_command(paths: tuple[Path, ...]) -> None:
    """Bağlam içi satırları doğrula / validate in-context rows (default: data/in_context/).

    Every problem is printed as FILE:LINE: reason; the exit status is 1 when there is any.
    """
    from flutr.in_context import IN_CONTEXT_DIR
    from model_training.in_context_validate import validate_in_context

    items, problems = validate_in_context(list(paths) or [IN_CONTEXT_DIR])
    for problem in problems:
        click.echo(str(problem))
    if problems:
        click.echo(f"{len(problems)} sorun / problems in {len(items)} rows", err=True)
        raise SystemExit(1)
    counts: dict[str, int] = {}
    for item in items:
        counts[item.row.position] = counts.get(item.row.position, 0) + 1
    detail = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))
    click.echo(f"OK: {len(items)} satır / rows, no problems ({detail})")
