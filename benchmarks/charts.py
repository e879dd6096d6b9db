"""PNG charts in the paper's shapes: grouped metric bars (Figures 6a/6b), correct answers per variant (Figure 8),
and time per question / tokens per second (Figure 7). Pure: data in, file out (matplotlib's Agg backend)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

logger = logging.getLogger(__name__)

COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b")


def _pyplot():  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _save(plt, fig, path: Path) -> Path:  # type: ignore[no-untyped-def]
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    logger.info("wrote %s", path)
    return path


def grouped_bars(
    path: Path,
    title: str,
    groups: Sequence[str],
    series: Mapping[str, Sequence[float]],
    *,
    ylabel: str = "score",
    ylim: tuple[float, float] | None = (0.0, 1.0),
    value_format: str = "{:.2f}",
) -> Path:
    """One group of bars per entry of ``groups`` (e.g. metrics), one bar per series (e.g. variant)."""
    plt = _pyplot()
    width = 0.8 / max(1, len(series))
    fig, ax = plt.subplots(figsize=(max(6.0, 1.6 * len(groups) + 2), 4.2))
    for index, (name, values) in enumerate(series.items()):
        offsets = [g + (index - (len(series) - 1) / 2) * width for g in range(len(groups))]
        bars = ax.bar(offsets, values, width, label=name, color=COLORS[index % len(COLORS)])
        ax.bar_label(bars, labels=[value_format.format(v) for v in values], fontsize=7, padding=2)
    ax.set_xticks(range(len(groups)), list(groups))
    ax.set_ylabel(ylabel)
    if ylim is not None:
        ax.set_ylim(*ylim)
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=8, frameon=False)
    ax.grid(axis="y", alpha=0.3)
    return _save(plt, fig, path)


def count_bars(
    path: Path,
    title: str,
    labels: Sequence[str],
    counts: Sequence[int],
    total: int,
    *,
    secondary: Sequence[int] | None = None,
    secondary_label: str = "",
) -> Path:
    """Figure 8: correct answers (out of ``total``) per variant; ``secondary`` (e.g. parsing answers) drawn
    as a lighter bar behind each."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(max(5.0, 1.3 * len(labels) + 2), 4.0))
    positions = range(len(labels))
    if secondary is not None:
        ax.bar(positions, secondary, 0.6, color="#cccccc", label=secondary_label)
    bars = ax.bar(positions, counts, 0.6, color=[COLORS[i % len(COLORS)] for i in positions], label="correct")
    ax.bar_label(bars, labels=[f"{c}/{total}" for c in counts], fontsize=8, padding=2)
    ax.set_xticks(list(positions), list(labels))
    ax.set_ylim(0, total * 1.12)
    ax.set_ylabel("questions")
    ax.set_title(title, fontsize=10)
    if secondary is not None:
        ax.legend(fontsize=8, frameon=False, loc="upper right")
    ax.grid(axis="y", alpha=0.3)
    return _save(plt, fig, path)


def range_bars(
    path: Path,
    title: str,
    labels: Sequence[str],
    medians: Sequence[float],
    lows: Sequence[float],
    highs: Sequence[float],
    *,
    ylabel: str,
    colors: Sequence[str] | None = None,
) -> Path:
    """Figure 7: medians with min–max whiskers; ``colors`` per bar (default: one colour per bar)."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(max(6.0, 1.1 * len(labels) + 2), 4.2))
    positions = list(range(len(labels)))
    errors = [
        [m - lo for m, lo in zip(medians, lows, strict=True)],
        [hi - m for m, hi in zip(medians, highs, strict=True)],
    ]
    palette = list(colors) if colors is not None else [COLORS[i % len(COLORS)] for i in positions]
    bars = ax.bar(positions, medians, 0.6, yerr=errors, capsize=4, color=palette)
    ax.bar_label(bars, labels=[f"{m:.2f}" for m in medians], fontsize=7, padding=2)
    ax.set_xticks(positions, list(labels), rotation=20, ha="right", fontsize=8)
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize=10)
    ax.grid(axis="y", alpha=0.3)
    return _save(plt, fig, path)


def tradeoff(
    path: Path,
    title: str,
    labels: Sequence[str],
    xs: Sequence[float],
    ys: Sequence[float],
    *,
    xlabel: str,
    ylabel: str,
) -> Path:
    """One labelled point per setting: what it costs (x) against what it gives (y)."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    for index, (label, x, y) in enumerate(zip(labels, xs, ys, strict=True)):
        ax.scatter([x], [y], s=60, color=COLORS[index % len(COLORS)], zorder=3, label=f"{label}: {x:.2f} s, {y:.0f}")
    ax.legend(fontsize=8, frameon=False, loc="lower right")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_xlim(0, max(xs) * 1.25)
    ax.set_ylim(0, max(ys) * 1.3 if max(ys) > 0 else 1)
    ax.set_title(title, fontsize=10)
    ax.grid(alpha=0.3)
    return _save(plt, fig, path)
