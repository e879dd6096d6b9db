"""The blind worklist for verify and select inside code: every ``fim+select`` answer of the 1.5B that differs from
its labelled ``fim`` answer, beside that ``fim`` answer, shuffled, without model or variant.

    python experiments/select/in_context_worklist.py

Reads benchmarks/results/in-context/generations.jsonl (current keys only). Writes
experiments/select/in-context-worklist.jsonl (``hash`` + what a reader needs: question, position, the file with the
inserted lines marked, reference) and experiments/select/in-context-worklist-key.jsonl (``hash`` → model/variant/id).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "judge-labels"))

from in_context_worklist import current_keys, item  # noqa: E402

from flutr.in_context import read_in_context  # noqa: E402

SEED = 17
MODEL = "qwen2.5-coder-1.5b"
GENERATIONS = Path("benchmarks/results/in-context/generations.jsonl")
OUT = Path("experiments/select")
SHOWN = ("hash", "id", "position", "question", "fits", "inserted", "inserted_lines", "file_shown", "reference")


def main() -> None:
    rows = {row.id: row for row in read_in_context(Path("data/in_context/test.jsonl"))}
    current: dict[tuple[str, str], dict] = {}
    for line in GENERATIONS.read_text(encoding="utf-8").splitlines():
        generated = json.loads(line)
        row = rows.get(generated["id"])
        if generated["model"] == MODEL and row is not None:
            if generated["key"] in current_keys(MODEL, generated["variant"], row):
                current[(generated["variant"], generated["id"])] = generated
    items, key = [], []
    for (variant, row_id), selected in sorted(current.items()):
        plain = current.get(("fim", row_id))
        if variant != "fim+select" or plain is None or plain["code"] == selected["code"]:
            continue
        for generated in (plain, selected):
            entry = item(generated, rows[row_id])
            entry["hash"] = hashlib.sha256(entry["label_id"].encode()).hexdigest()[:12]
            items.append({name: entry[name] for name in SHOWN})
            key.append({"hash": entry["hash"], "label_id": entry["label_id"]})
    random.Random(SEED).shuffle(items)
    (OUT / "in-context-worklist.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items))
    (OUT / "in-context-worklist-key.jsonl").write_text("".join(json.dumps(k) + "\n" for k in key))
    print(f"{len(items)} answers ({len(items) // 2} rows)")


if __name__ == "__main__":
    main()
