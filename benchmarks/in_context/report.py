"""The in-context table: per variant, correct (judge v2 on what the server inserts), raw answers that fit the
file, per position; paired McNemar tests between variants on the same rows."""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from pathlib import Path

from benchmarks.in_context.run import Record
from benchmarks.metrics.significance import paired
from flutr.position import POSITION_KINDS


def _by_variant(records: list[Record]) -> dict[tuple[str, str], dict[str, Record]]:
    table: dict[tuple[str, str], dict[str, Record]] = defaultdict(dict)
    for record in records:
        table[(record.model, record.variant)][record.id] = record
    return table


def summarize(records: list[Record]) -> dict:
    table = _by_variant(records)
    ids = sorted({r.id for r in records})
    variants = []
    for (model, variant), by_id in table.items():
        rows = [by_id[i] for i in ids if i in by_id]
        positions = {
            kind: {
                "n": sum(1 for r in rows if r.position == kind),
                "correct": sum(1 for r in rows if r.position == kind and r.correct),
                "fits": sum(1 for r in rows if r.position == kind and r.fits),
            }
            for kind in POSITION_KINDS
        }
        times = [r.seconds for r in rows if r.seconds]
        variants.append(
            {
                "model": model,
                "variant": variant,
                "n": len(rows),
                "correct": sum(r.correct for r in rows),
                "fits": sum(r.fits for r in rows),
                "offered_edits_parse": len(rows),  # place() inserts a comment block where the code would break it
                "median_seconds": round(statistics.median(times), 2) if times else None,
                "positions": positions,
            }
        )
    comparisons = []
    keys = list(table)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            common = [x for x in ids if x in table[a] and x in table[b]]
            result = paired([table[a][x].correct for x in common], [table[b][x].correct for x in common])
            comparisons.append(
                {
                    "a": "/".join(a),
                    "b": "/".join(b),
                    "n": len(common),
                    "only_a": result.only_a,
                    "only_b": result.only_b,
                    "p": round(result.p, 4),
                }
            )
    return {"rows": len(ids), "variants": variants, "comparisons": comparisons}


def _present(summary: dict) -> list[str]:
    """The positions some variant has rows at (a run restricted by ``--positions`` shows only those)."""
    return [k for k in POSITION_KINDS if any(v["positions"][k]["n"] for v in summary["variants"])]


def markdown(summary: dict, command: str, source: str = "data/in_context/test.jsonl") -> str:
    kinds = _present(summary)
    lines = [
        "# In-context answers: the code under a comment written inside a file",
        "",
        f"`{command}`",
        "",
        f"{summary['rows']} rows of {source}. *Correct*: judge v2 for inserted code "
        "(benchmarks/judge/in_context.py) on what the server would insert; *fits*: the raw answer leaves the file "
        "parsing (otherwise the server offers it as a comment block, so every offered edit parses).",
        "",
        "![correct by position](correct-by-position.png)",
        "",
        "| model | variant | correct | fits | median s | " + " | ".join(kinds) + " |",
        "|---|---|---:|---:|---:|" + "---:|" * len(kinds),
    ]
    for v in summary["variants"]:
        cells = " | ".join(f"{v['positions'][k]['correct']}/{v['positions'][k]['n']}" for k in kinds)
        lines.append(
            f"| {v['model']} | {v['variant']} | {v['correct']}/{v['n']} ({100 * v['correct'] / max(1, v['n']):.0f} %)"
            f" | {v['fits']}/{v['n']} | {v['median_seconds'] if v['median_seconds'] is not None else '–'} | {cells} |"
        )
    lines += ["", "Paired comparisons (exact McNemar on the same rows; only A / only B correct):", ""]
    lines += ["| A | B | n | only A | only B | p |", "|---|---|---:|---:|---:|---:|"]
    for c in summary["comparisons"]:
        lines.append(f"| {c['a']} | {c['b']} | {c['n']} | {c['only_a']} | {c['only_b']} | {c['p']:.3f} |")
    return "\n".join(lines) + "\n"


def chart(summary: dict, out: Path) -> Path:
    """Share correct per position, one bar per (model, variant)."""
    from benchmarks.charts import grouped_bars

    kinds = _present(summary)
    series = {
        f"{v['model']} {v['variant']}": [v["positions"][k]["correct"] / max(1, v["positions"][k]["n"]) for k in kinds]
        for v in summary["variants"]
    }
    return grouped_bars(
        out / "correct-by-position.png",
        f"In-context answers judged correct, by position ({summary['rows']} rows)",
        kinds,
        series,
        ylabel="share correct (judge v2)",
    )


def write_report(records: list[Record], out: Path, command: str, source: str = "data/in_context/test.jsonl") -> dict:
    summary = summarize(records)
    if summary["variants"]:
        chart(summary, out)
    (out / "summary.json").write_text(json.dumps({"command": command, **summary}, indent=2) + "\n")
    (out / "README.md").write_text(markdown(summary, command, source))
    return summary
