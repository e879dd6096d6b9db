"""Paired comparisons of in-context variants by careful reading (not by the judge): for each pair of
model/variant sources in ``benchmarks/judge/labels-in-context.jsonl``, the rows both have labels for, correct in
each, only-A / only-B and the exact McNemar p.

    .venv/bin/python experiments/judge-labels/in_context_reading.py
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from benchmarks.metrics.significance import mcnemar_p

LABELS = Path("benchmarks/judge/labels-in-context.jsonl")


def main() -> None:
    correct: dict[str, dict[str, bool]] = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            correct.setdefault(f"{label['model']}/{label['variant']}", {})[label["id"]] = label["label"] == "correct"
    print("| A | B | n | A correct | B correct | only A | only B | p |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for a, b in itertools.combinations(sorted(correct), 2):
        ids = sorted(set(correct[a]) & set(correct[b]))
        if len(ids) < 10:
            continue
        only_a = sum(correct[a][i] and not correct[b][i] for i in ids)
        only_b = sum(correct[b][i] and not correct[a][i] for i in ids)
        print(
            f"| {a} | {b} | {len(ids)} | {sum(correct[a][i] for i in ids)} | {sum(correct[b][i] for i in ids)} "
            f"| {only_a} | {only_b} | {mcnemar_p(only_a, only_b):.3f} |"
        )


if __name__ == "__main__":
    main()
