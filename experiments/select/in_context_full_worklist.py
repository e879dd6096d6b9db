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
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "judge-labels"))

from in_context_worklist import current_keys, item  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from benchmarks.in_context.run import rows_for  # noqa: E402
from flutr.in_context import read_in_context  # noqa: E402

MODEL, VARIANT = "qwen2.5-coder-1.5b", "fim+select"
GENERATIONS = Path("benchmarks/results/in-context/generations.jsonl")
OUT = Path("experiments/select")
SHOWN = ("hash", "id", "position", "question", "fits", "inserted", "inserted_lines", "file_shown", "reference")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parts", type=int, default=3)
    args = parser.parse_args()
    rows = {row.id: row for row in read_in_context(Path("data/in_context/test.jsonl"))}
    sampled = {row.id for row in rows_for(InContextConfig(sample=10))}
    current: dict[str, dict] = {}
    for line in GENERATIONS.read_text(encoding="utf-8").splitlines():
        generated = json.loads(line)
        row = rows.get(generated["id"])
        if generated["model"] != MODEL or generated["variant"] != VARIANT or row is None or row.id in sampled:
            continue
        if generated["key"] in current_keys(MODEL, VARIANT, row):
            current[row.id] = generated
    items, key = [], []
    for row_id, generated in sorted(current.items()):
        entry = item(generated, rows[row_id])
        entry["hash"] = hashlib.sha256(entry["label_id"].encode()).hexdigest()[:12]
        items.append({name: entry[name] for name in SHOWN})
        key.append({"hash": entry["hash"], "label_id": entry["label_id"]})
    for part in range(args.parts):
        chunk = items[part :: args.parts]
        path = OUT / f"full-worklist-{part + 1}.jsonl"
        path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in chunk), encoding="utf-8")
    (OUT / "full-worklist-key.jsonl").write_text("".join(json.dumps(k) + "\n" for k in key), encoding="utf-8")
    print(f"{len(items)} answers in {args.parts} parts (rows outside the sample: {len(rows) - len(sampled)})")


if __name__ == "__main__":
    main()
