"""The blind worklist for the default inside code (``fim+select``, Qwen2.5-Coder-1.5B) on the in-context rows
outside the 60-row sample that was read before: every current answer, without model or variant, split into parts
for several readers.

    python experiments/select/in_context_full_worklist.py [--parts 3]

Writes experiments/select/full-worklist-<i>.jsonl (what a reader needs) and experiments/select/full-worklist-key.jsonl
(``hash`` → label id). Rows of the sample (``benchmarks.in_context.run.rows_for`` with ``--sample 10``) are left out:
their labels exist (benchmarks/judge/labels-in-context.jsonl, labels-select.jsonl).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "judge-labels"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from in_context_worklist import item  # noqa: E402
from worklists import blind_in_context, current_in_context, in_context_rows, write_worklist  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from benchmarks.in_context.run import rows_for  # noqa: E402

MODEL, VARIANT = "qwen2.5-coder-1.5b", "fim+select"
OUT = Path("experiments/select")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parts", type=int, default=3)
    args = parser.parse_args()
    rows = in_context_rows()
    sampled = {row.id for row in rows_for(InContextConfig(sample=10))}
    current = current_in_context(MODEL, rows)
    items, key = [], []
    for (variant, row_id), generated in sorted(current.items()):
        if variant == VARIANT and row_id not in sampled:
            shown, line = blind_in_context(item(generated, rows[row_id]))
            items.append(shown)
            key.append(line)
    write_worklist(OUT, "full-worklist", items, key, args.parts)
    print(f"{len(items)} answers in {args.parts} parts (rows outside the sample: {len(rows) - len(sampled)})")


if __name__ == "__main__":
    main()
