"""Verify and select, simulated on answers already generated and read (issue #19 lever 3).

For each in-context test row that has both a fill-in-the-middle answer and one with the retrieved example
(benchmarks/results/in-context/generations.jsonl), the selector keeps the first candidate that passes the
reference-free checks the server runs (``flutr.in_place.rejected_in_file``: code, the edited file parses, no
rejecting finding on the inserted lines), and the careful-reading labels (benchmarks/judge/labels-in-context.jsonl)
say whether the kept answer is right. Nothing here sees a reference or a label before choosing.

    python experiments/select/simulate_in_context.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.metrics.significance import mcnemar_p  # noqa: E402
from flutr.answering import Answer  # noqa: E402
from flutr.edits import file_problem  # noqa: E402
from flutr.in_context import InContextRow, load_in_context  # noqa: E402
from flutr.in_place import rejected_in_file  # noqa: E402


def passes(row: InContextRow, code: str) -> bool:
    """The server's check on a middle (``flutr.in_place.rejected_in_file``), on a cached answer's code."""
    block = row.block()
    fits = bool(code.strip()) and file_problem(row.file, block, code) is None
    return not rejected_in_file(Answer(code, (), fits, None, 1), row.file, block)


def main() -> None:
    rows = {r.id: r for r in load_in_context("test")}
    gens: dict[tuple[str, str, str], str] = {}
    for line in open(ROOT / "benchmarks/results/in-context/generations.jsonl", encoding="utf-8"):
        g = json.loads(line)
        gens[(g["model"], g["variant"], g["id"])] = g["code"]
    labels: dict[tuple[str, str, str], bool] = {}
    for line in open(ROOT / "benchmarks/judge/labels-in-context.jsonl", encoding="utf-8"):
        lab = json.loads(line)
        labels[(lab["model"], lab["variant"], lab["id"])] = lab["label"] == "correct"
    report = {}
    for model in ("qwen2.5-coder-1.5b", "flutr-fast-0.5b"):
        ids = sorted(i for (m, v, i) in labels if m == model and v == "fim+rag" and (model, "fim", i) in labels)
        for order in (("fim+rag", "fim"), ("fim", "fim+rag")):
            chosen, first, fallbacks = [], [], 0
            for i in ids:
                row = rows[i]
                kept = order[0]
                for variant in order:
                    if passes(row, gens[(model, variant, i)]):
                        kept = variant
                        break
                fallbacks += kept != order[0]
                chosen.append(labels[(model, kept, i)])
                first.append(labels[(model, order[0], i)])
            either = [labels[(model, "fim", i)] or labels[(model, "fim+rag", i)] for i in ids]
            b, c = (
                sum(x and not y for x, y in zip(chosen, first, strict=True)),
                sum(y and not x for x, y in zip(chosen, first, strict=True)),
            )
            key = f"{model}: {order[0]} then {order[1]}"
            report[key] = {
                "rows": len(ids),
                "first alone (read correct)": sum(first),
                "selected (read correct)": sum(chosen),
                "fell back": fallbacks,
                "gained/lost vs first": [b, c],
                "mcnemar p": round(mcnemar_p(b, c), 3),
                "either right (oracle)": sum(either),
            }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
