"""The blind worklist for verify and select inside code: every ``fim+select`` answer of the 1.5B that differs from
its labelled ``fim`` answer, beside that ``fim`` answer, shuffled, without model or variant.

    python experiments/select/in_context_worklist.py

Reads benchmarks/results/in-context/generations.jsonl (current keys only). Writes
experiments/select/in-context-worklist.jsonl (``hash`` + what a reader needs: question, position, the file with the
inserted lines marked, reference) and experiments/select/in-context-worklist-key.jsonl (``hash`` → model/variant/id).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "judge-labels"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from in_context_worklist import item  # noqa: E402
from worklists import blind_in_context, current_in_context, in_context_rows, write_jsonl  # noqa: E402

SEED = 17
MODEL = "qwen2.5-coder-1.5b"
OUT = Path("experiments/select")


def main() -> None:
    rows = in_context_rows()
    current = current_in_context(MODEL, rows)
    items, key = [], []
    for (variant, row_id), selected in sorted(current.items()):
        plain = current.get(("fim", row_id))
        if variant != "fim+select" or plain is None or plain["code"] == selected["code"]:
            continue
        for generated in (plain, selected):
            shown, line = blind_in_context(item(generated, rows[row_id]))
            items.append(shown)
            key.append(line)
    random.Random(SEED).shuffle(items)
    write_jsonl(OUT / "in-context-worklist.jsonl", items)
    write_jsonl(OUT / "in-context-worklist-key.jsonl", key)
    print(f"{len(items)} answers ({len(items) // 2} rows)")


if __name__ == "__main__":
    main()
