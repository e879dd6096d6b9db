"""The quality report: the Table-1-style table (printed, Markdown), ``results.json`` and the charts.

``main(config)`` is what ``flutr-bench quality`` calls: run (or resume) the generations, score, write, print.
"""

from __future__ import annotations

import logging
import statistics
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from benchmarks import charts
from benchmarks.metrics.significance import paired
from benchmarks.quality.config import QualityConfig
from benchmarks.quality.run import QualityResult, VariantRun, run_quality, save_json
from flutr.retrieval import WINDOW

logger = logging.getLogger(__name__)

COLUMNS = (
    ("variant", "Variant"),
    ("n", "n"),
    ("correct", "Correct"),
    ("api_free", "Correct, API-free"),
    ("keywords", "Keywords"),
    ("parse", "Parse"),
    ("bleu", "BLEU"),
    ("rouge_l", "ROUGE-L"),
    ("meteor", "METEOR"),
    ("bertscore", "BERTScore"),
    ("codebleu", "CodeBLEU"),
    ("codebleu_strict", "CodeBLEU strict"),
    ("exact", "EM"),
    ("failed", "Failed"),
    ("tokens_per_second", "tok/s"),
    ("seconds", "s/q (median)"),
)


def _median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def timing(run: VariantRun) -> dict[str, Any]:
    """Generation timings of one cell, from the records (cached records keep the timings of their run).
    ``tokens_per_second`` is end to end: all completion tokens over all generation time, prompt included."""
    records = [r for r in run.records if r.error is None]
    tokens = sum(r.completion_tokens for r in records)
    seconds = sum(r.total_time for r in records)
    return {
        "questions_timed": len(records),
        "tokens_per_second": tokens / seconds if seconds else 0.0,
        "decode_tokens_per_second_median": _median([r.decode_tokens_per_second for r in records]),
        "seconds_per_question_median": _median([r.total_time for r in records]),
        "seconds_per_question_mean": seconds / len(records) if records else 0.0,
        "time_to_first_token_median": _median([r.time_to_first_token for r in records]),
        "prompt_tokens_median": _median([float(r.prompt_tokens) for r in records]),
        "completion_tokens_median": _median([float(r.completion_tokens) for r in records]),
        "repaired": sum(1 for r in run.records if r.attempts > 1),
        "runner_errors": sum(1 for r in run.records if r.error is not None),
        "generated_this_invocation": run.generated_now,
    }


def _rate(values: Sequence[bool]) -> float:
    return sum(values) / len(values) if values else 0.0


def judged(run: VariantRun) -> list[bool]:
    """Judge v2's verdict per question, in row order."""
    return [bool(p.verdict and p.verdict.correct) for p in run.score.pairs]


def table_row(run: VariantRun) -> dict[str, Any]:
    score = run.score
    times = timing(run)
    api_free = [ok for ok, row in zip(judged(run), run.rows, strict=True) if row.api_free]
    return {
        "variant": run.variant.name,
        "n": score.n,
        "correct": score.judged_rate,
        "correct_count": sum(bool(p.verdict and p.verdict.correct) for p in score.pairs),
        "api_free": _rate(api_free) if api_free else None,
        "api_free_count": sum(api_free),
        "api_free_n": len(api_free),
        "keywords": score.correct_rate,
        "keywords_count": sum(p.correctness.correct for p in score.pairs),
        "parse": score.parse_rate,
        "parse_count": sum(p.correctness.parses for p in score.pairs),
        "bleu": score.bleu,
        "rouge_l": score.rouge_l,
        "meteor": score.meteor,
        "bertscore": score.bertscore_f1,
        "codebleu": score.codebleu.codebleu,
        "codebleu_strict": score.codebleu.codebleu_strict,
        "exact": score.exact_match,
        "failed": score.n_failed,
        "tokens_per_second": times["tokens_per_second"],
        "seconds": times["seconds_per_question_median"],
    }


def _cell(key: str, value: Any) -> str:
    if value is None:
        return "–"
    if key in ("correct", "parse", "exact", "keywords", "api_free"):
        return f"{100 * value:.0f}%"
    if key in ("tokens_per_second", "seconds"):
        return f"{value:.1f}"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def markdown_table(rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]] = COLUMNS) -> str:
    header = "| " + " | ".join(title for _, title in columns) + " |"
    rule = "|" + "|".join("---" if key == "variant" else "---:" for key, _ in columns) + "|"
    lines = [header, rule]
    for row in rows:
        cells = []
        for key, _ in columns:
            cell = _cell(key, row.get(key))
            if key in ("correct", "keywords") and f"{key}_count" in row:
                cell = f"{row[f'{key}_count']}/{row['n']} ({cell})"
            if key == "api_free" and row.get("api_free_n"):
                cell = f"{row['api_free_count']}/{row['api_free_n']} ({cell})"
            cells.append(cell)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def components_table(runs: Sequence[VariantRun]) -> str:
    lines = [
        "| Variant | n-gram | weighted n-gram | syntax (AST) | data-flow | data-flow substituted "
        "| sentence BLEU (mean) |",
        "|---|---:|---:|---:|---:|---|---:|",
    ]
    for run in runs:
        c = run.score.codebleu
        dataflow = "undefined" if c.dataflow_match is None else f"{c.dataflow_match:.3f}"
        substituted = f"yes ({c.substitution_reason})" if c.dataflow_substituted else "no"
        lines.append(
            f"| {run.variant.name} | {c.ngram_match:.3f} | {c.weighted_ngram_match:.3f} | {c.syntax_match:.3f} | "
            f"{dataflow} | {substituted} | {run.score.sentence_bleu_mean:.3f} |"
        )
    return "\n".join(lines)


def failures_table(runs: Sequence[VariantRun]) -> str:
    lines = [
        "| Variant | not parsing | missing must_contain | failures (reason: count) | repaired | runner errors |",
        "|---|---:|---:|---|---:|---:|",
    ]
    for run in runs:
        pairs = run.score.pairs
        not_parsing = sum(1 for p in pairs if not p.correctness.parses)
        missing = sum(1 for p in pairs if p.correctness.missing)
        failures = ", ".join(f"{k}: {v}" for k, v in sorted(run.score.failures.items())) or "–"
        times = timing(run)
        lines.append(
            f"| {run.variant.name} | {not_parsing} | {missing} | {failures} | {times['repaired']} | "
            f"{times['runner_errors']} |"
        )
    return "\n".join(lines)


def paired_table(runs: Sequence[VariantRun]) -> str:
    """Every variant against every other, question by question (judge v2): who alone is right, and the exact
    McNemar p-value of the difference."""
    lines = ["| A | B | only A correct / only B correct (p) |", "|---|---|---|"]
    for i, a in enumerate(runs):
        for b in runs[i + 1 :]:
            lines.append(f"| {a.variant.name} | {b.variant.name} | {paired(judged(a), judged(b)).describe()} |")
    return "\n".join(lines)


def row_details(run: VariantRun) -> list[dict[str, Any]]:
    details = []
    for row, record, pair in zip(run.rows, run.records, run.score.pairs, strict=True):
        details.append(
            {
                "id": row.id,
                "correct": bool(pair.verdict and pair.verdict.correct),
                "judge_reasons": list(pair.verdict.reasons) if pair.verdict else [],
                "judge_notes": list(pair.verdict.notes) if pair.verdict else [],
                "keywords": pair.correctness.correct,
                "parses": pair.correctness.parses,
                "missing": list(pair.correctness.missing),
                "reason": pair.correctness.reason,
                "failure": pair.failure.describe() if pair.failure else None,
                "runner_error": record.error,
                "bleu": pair.bleu,
                "rouge_l": pair.rouge_l,
                "meteor": pair.meteor,
                "bertscore_f1": pair.bertscore_f1,
                "codebleu": pair.codebleu,
                "codebleu_strict": pair.codebleu_detail.codebleu_strict if pair.codebleu_detail else 0.0,
                "exact_match": pair.exact_match,
                "attempts": record.attempts,
                "prompt_tokens": record.prompt_tokens,
                "completion_tokens": record.completion_tokens,
                "seconds": record.total_time,
                "retrieved": record.retrieved_ids,
            }
        )
    return details


def to_json(result: QualityResult) -> dict[str, Any]:
    splits: dict[str, Any] = {}
    for run in result.runs:
        score = run.score
        splits.setdefault(run.split, {})[run.variant.name] = {
            "table": table_row(run),
            "metrics": {
                "bleu": score.bleu,
                "sentence_bleu_mean": score.sentence_bleu_mean,
                "rouge_l": score.rouge_l,
                "meteor": score.meteor,
                "bertscore_f1": score.bertscore_f1,
                "exact_match": score.exact_match,
                "codebleu": asdict(score.codebleu),
                "correct_rate": score.judged_rate,
                "keywords_rate": score.correct_rate,
                "parse_rate": score.parse_rate,
                "failures": score.failures,
            },
            "timing": timing(run),
            "rows": row_details(run),
        }
    first = result.runs[0].score if result.runs else None
    return {
        "benchmark": "quality",
        "command": result.environment.command,
        "environment": result.environment.to_json(),
        "config": {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(result.config).items()},
        "model": asdict(result.model),
        "lora": asdict(result.lora) if result.lora else None,
        "metric_notes": {
            "bleu_signature": first.bleu_signature if first else None,
            "bertscore_model": next((r.score.bertscore_model for r in result.runs if r.score.bertscore_model), None),
            "correct": "judge v2 (benchmarks/judge): code, parses, must_contain groups in code, must_not, structural "
            "checks, no invented or removed API (calibrated: benchmarks/results/judge-calibration)",
            "keywords": "the old rule: parses as Dart and contains every must_contain item, comments included",
            "tokens_per_second": "completion tokens / generation seconds (prompt processing included)",
        },
        "warmup_seconds": result.warmup_seconds,
        "generation_seconds_this_invocation": result.generation_seconds,
        "generated_this_invocation": result.generated_now,
        "generated_by": generating_commands(result),
        "cache": str(result.cache_path),
        "splits": splits,
    }


def generating_commands(result: QualityResult) -> dict[str, int]:
    """The command of each run that generated some of the answers in this report (a resumed or extended run
    reuses earlier answers, whose timings come from their own run)."""
    counts: dict[str, int] = {}
    for run in result.runs:
        for record in run.records:
            command = record.generated_by or "(not recorded)"
            counts[command] = counts.get(command, 0) + 1
    return counts


def write_charts(result: QualityResult) -> list[Path]:
    paths = []
    for split in dict.fromkeys(run.split for run in result.runs):
        runs = [run for run in result.runs if run.split == split]
        names = [run.variant.name for run in runs]
        n = runs[0].score.n
        model = result.model.name.removesuffix(".gguf")
        lexical = {run.variant.name: [run.score.bleu, run.score.rouge_l, run.score.meteor] for run in runs}
        paths.append(
            charts.grouped_bars(
                result.out_dir / f"fig6a-{split}.png",
                f"{model} – {split} ({n}): BLEU, ROUGE-L, METEOR",
                ["BLEU", "ROUGE-L", "METEOR"],
                lexical,
            )
        )
        semantic = {
            run.variant.name: [
                run.score.codebleu.codebleu,
                run.score.codebleu.codebleu_strict,
                run.score.bertscore_f1 or 0.0,
            ]
            for run in runs
        }
        paths.append(
            charts.grouped_bars(
                result.out_dir / f"fig6b-{split}.png",
                f"{model} – {split} ({n}): CodeBLEU and BERTScore",
                ["CodeBLEU", "CodeBLEU strict", "BERTScore F1"],
                semantic,
            )
        )
        paths.append(
            charts.count_bars(
                result.out_dir / f"fig8-{split}.png",
                f"{model} – {split}: correct answers (judge v2)",
                names,
                [sum(judged(run)) for run in runs],
                n,
                secondary=[sum(p.correctness.parses for p in run.score.pairs) for run in runs],
                secondary_label="parses as Dart",
            )
        )
    return paths


def markdown(result: QualityResult, chart_paths: Sequence[Path]) -> str:
    data = to_json(result)
    model = result.model
    lines = [
        f"# Quality: {model.name}" + (f" + LoRA {result.lora.name}" if result.lora else ""),
        "",
        "Command:",
        "",
        "```sh",
        result.environment.command,
        "```",
        "",
        f"Model file: `{model.name}` ({model.size:,} bytes, fingerprint {model.fingerprint})"
        + (f"; adapter `{result.lora.name}` ({result.lora.fingerprint})" if result.lora else "")
        + ". Answers come from `flutr.answering.Answerer`, the server's pipeline (prompt, greedy generation, "
        "extraction, Dart check, one repair retry); `rag` adds the "
        f"{result.config.retrieval_k} most similar train-split questions (BM25) to the prompt"
        + (
            f", within {result.config.retrieval_tokens} tokens (shorter neighbours among the "
            f"{WINDOW * result.config.retrieval_k} best when the best do not fit)."
            if result.config.retrieval_tokens
            else "."
        ),
        "",
    ]
    for split in dict.fromkeys(run.split for run in result.runs):
        runs = [run for run in result.runs if run.split == split]
        lines += [
            f"## {split} split ({runs[0].score.n} questions)",
            "",
            markdown_table([table_row(r) for r in runs]),
            "",
        ]
        lines += ["Paired comparisons (judge v2, exact McNemar):", "", paired_table(runs), ""]
        lines += ["CodeBLEU components (corpus level):", "", components_table(runs), ""]
        lines += ["Why answers are not correct:", "", failures_table(runs), ""]
        for path in chart_paths:
            if path.stem.endswith(split):
                lines.append(f"![{path.stem}]({path.name})")
        lines.append("")
    notes = data["metric_notes"]
    lines += [
        "## How to read this",
        "",
        "- **Correct**: judge v2 (`benchmarks/judge`): the answer has code, parses as Dart, uses every `must_contain` "
        "group in code (not comments or strings), nothing of `must_not`, passes the row's structural checks, and "
        "calls no invented or removed API (checked against the API vocabulary). Its agreement with careful reading "
        "is in `benchmarks/results/judge-calibration`. **Correct, API-free**: the same on the questions that name no "
        "API. **Keywords**: the old rule (parses + every `must_contain` item anywhere, comments included). "
        "**copy1 / copy2**: no model, the top-1 / top-2 retrieved training answers pasted. **Parse**: parses as Dart.",
        f"- BLEU: sacrebleu corpus BLEU / 100, signature `{notes['bleu_signature']}`. ROUGE-L: mean F1 with a "
        "Turkish/Dart tokenizer. METEOR: nltk, exact + stem matches, no WordNet synonyms.",
        f"- BERTScore: {notes['bertscore_model']} — raw F1 on this model's own scale (unrelated Dart ≈ 0.4): compare "
        "variants here, not with the paper's numbers.",
        "- CodeBLEU: the reference formula, which substitutes 1 for a data-flow score of 0; **CodeBLEU strict** "
        "does not. Components are listed above.",
        "- Failures (empty generation, no code, ...) score 0 on every metric and stay in the means.",
        "- tok/s: completion tokens / generation time, prompt processing included; s/q: median seconds per "
        "question (both attempts when repaired). Timings come from the run that generated each answer (listed "
        "below) on a shared CPU: compare them only between variants generated by the same command. Warm-up "
        + (
            "(" + ", ".join(f"{k} {v:.1f} s" for k, v in result.warmup_seconds.items()) + ") is excluded."
            if result.warmup_seconds
            else "(model load, prompt-prefix warm-up) is excluded; this invocation generated nothing."
        ),
        f"- Generations (raw text of every attempt): `{result.cache_path.name}`; per-row scores: `results.json`. "
        "The answers were generated by:",
        "",
        *[f"  - `{command}` — {count} answers" for command, count in generating_commands(result).items()],
        "",
        "## Environment",
        "",
        result.environment.markdown(),
        "",
    ]
    return "\n".join(lines)


def write(result: QualityResult) -> dict[str, Path]:
    out = result.out_dir
    out.mkdir(parents=True, exist_ok=True)
    chart_paths = write_charts(result) if result.config.charts else []
    save_json(out / "results.json", to_json(result))
    (out / "README.md").write_text(markdown(result, chart_paths), encoding="utf-8")
    return {"json": out / "results.json", "markdown": out / "README.md"}


def print_tables(result: QualityResult) -> None:
    for split in dict.fromkeys(run.split for run in result.runs):
        runs = [run for run in result.runs if run.split == split]
        click.echo(f"\n{result.model.name} — {split} ({runs[0].score.n} questions)")
        click.echo(markdown_table([table_row(r) for r in runs]))


def main(config: QualityConfig) -> QualityResult:
    result = run_quality(config)
    paths = write(result)
    print_tables(result)
    click.echo(f"\ngenerated {result.generated_now} new answers; wrote {paths['markdown']} and {paths['json']}")
    return result
