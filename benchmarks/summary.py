"""``flutr-bench summary``: the headline tables of every committed result (``benchmarks/results/*/results.json``)
in one README with one chart, and the exact commands that produced them."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import charts
from benchmarks.quality.config import RESULTS_DIR

logger = logging.getLogger(__name__)

HEADLINE = (
    ("correct", "Correct", "pct"),
    ("parse", "Parse", "pct"),
    ("bleu", "BLEU", "f3"),
    ("rouge_l", "ROUGE-L", "f3"),
    ("meteor", "METEOR", "f3"),
    ("bertscore", "BERTScore", "f3"),
    ("codebleu", "CodeBLEU", "f3"),
    ("codebleu_strict", "CodeBLEU strict", "f3"),
    ("tokens_per_second", "tok/s", "f1"),
    ("seconds", "s/q", "f1"),
)


@dataclass(frozen=True)
class Loaded:
    folder: Path
    data: dict[str, Any]

    @property
    def label(self) -> str:
        model = str(self.data["model"]["name"]).removesuffix(".gguf")
        return model


def load_results(results_dir: Path) -> list[Loaded]:
    found = []
    for path in sorted(results_dir.glob("*/results.json")):
        try:
            found.append(Loaded(path.parent, json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError) as exc:
            logger.warning("%s: unreadable (%s); skipped", path, exc)
    return found


def _format(value: Any, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "pct":
        return f"{100 * value:.0f}%"
    return f"{value:.{kind[1]}f}"


def headline_rows(loaded: list[Loaded], split: str) -> list[dict[str, Any]]:
    rows = []
    for result in loaded:
        if result.data.get("benchmark") != "quality" or split not in result.data.get("splits", {}):
            continue
        for variant, cell in result.data["splits"][split].items():
            rows.append({"model": result.label, "variant": variant, "folder": result.folder.name, **cell["table"]})
    return rows


def headline_table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| Model | Variant | n | " + " | ".join(title for _, title, _ in HEADLINE) + " |",
        "|---|---|---:|" + "---:|" * len(HEADLINE),
    ]
    for row in rows:
        cells = [_format(row.get(key), kind) for key, _, kind in HEADLINE]
        cells[0] = f"{row['correct_count']}/{row['n']} ({cells[0]})"
        lines.append(
            f"| [{row['model']}]({row['folder']}/README.md) | {row['variant']} | {row['n']} | "
            + " | ".join(cells)
            + " |"
        )
    return "\n".join(lines)


def speed_lines(loaded: list[Loaded]) -> list[str]:
    lines: list[str] = []
    for result in loaded:
        if result.data.get("benchmark") != "speed":
            continue
        lines += [
            f"[{result.label}]({result.folder.name}/README.md) — medians (min–max), seconds:",
            "",
            "| Config | raw llama.cpp | LSP code action → edit | LSP / raw | TTFT | decode tok/s "
            "| list while generating p99 (ms) | server RSS (MiB) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for name, s in result.data["summaries"].items():
            lines.append(
                f"| {name} | {_spread(s['raw_backend_s'])} | {_spread(s['lsp_wall_s'])} "
                f"| {_spread(s['overhead_lsp_over_raw'], 3)} | {_spread(s['time_to_first_token_s'])} "
                f"| {_spread(s['decode_tokens_per_second'], 1)} "
                f"| {_format(s['list_while_generating_ms']['p99'], 'f1')} | {_format(s['server_rss_mib'], 'f0')} |"
            )
        lines.append("")
    return lines


def _spread(stats: dict[str, Any], digits: int = 2) -> str:
    if not stats or stats.get("median") is None:
        return "–"
    return f"{stats['median']:.{digits}f} ({stats['min']:.{digits}f}–{stats['max']:.{digits}f})"


def write_summary(results_dir: Path = RESULTS_DIR, notes: str = "") -> Path:
    loaded = load_results(results_dir)
    lines = ["# flutr benchmark results", "", notes.strip(), ""] if notes.strip() else ["# flutr benchmark results", ""]
    chart_rows: list[dict[str, Any]] = []
    chart_split = ""
    titles = (("test", "Test split (held-out questions)"), ("qual", "Qual split (cf. the paper's Figure 8)"))
    for split, title in titles:
        rows = headline_rows(loaded, split)
        if not rows:
            continue
        lines += [f"## {title}", "", headline_table(rows), ""]
        if not chart_rows:
            chart_rows, chart_split = rows, split
    if chart_rows:
        chart = charts.grouped_bars(
            results_dir / "headline.png",
            f"{chart_split} split: correct, parse, CodeBLEU (strict), BERTScore",
            ["Correct", "Parse", "CodeBLEU", "CodeBLEU strict", "BERTScore"],
            {
                f"{row['model'].split('-instruct')[0]} {row['variant']}": [
                    row["correct"],
                    row["parse"],
                    row["codebleu"],
                    row["codebleu_strict"],
                    row["bertscore"] or 0.0,
                ]
                for row in chart_rows
            },
        )
        lines += [f"![headline]({chart.name})", ""]
    speed = speed_lines(loaded)
    if speed:
        lines += ["## Speed", "", *speed]
    lines += ["## Commands", "", "Each result folder's README repeats its command, machine and versions.", "", "```sh"]
    lines += [f"{result.data['command']}   # → {result.folder.name}/" for result in loaded]
    lines += ["flutr-bench summary", "```", ""]
    path = results_dir / "README.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    logger.info("wrote %s", path)
    return path
