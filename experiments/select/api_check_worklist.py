"""The blind worklist for the API check (issue #19 lever 3): every answer the check changed, beside the answer it
replaced, shuffled, so a reader labels both without knowing which is which.

    python experiments/select/api_check_worklist.py

For each model, a row enters when its answer with the check (benchmarks/results/api-check/<run>) differs from the
labelled answer without it (benchmarks/results/judge-v2/<run>) and both saw the same retrieved example. Writes
experiments/select/worklist.jsonl (``hash, row_id, question, reference, must_contain, kind, answer``, no source)
and experiments/select/worklist-key.jsonl (``hash`` → source), shuffled with ``random.Random(SEED)``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worklists import blind_hash, qa_item, test_rows, write_jsonl  # noqa: E402

SEED = 19
RUNS = {  # source → (without the check: labelled in benchmarks/judge/labels-sample51.jsonl, with it)
    "qwen1.5b": (
        "benchmarks/results/judge-v2/qwen2.5-coder-1.5b-corpus2636-sample51",
        "benchmarks/results/api-check/qwen2.5-coder-1.5b-sample51",
    ),
    "qwen0.5b-fast+lora": (
        "benchmarks/results/judge-v2/fast-model-corpus2537-sample51",
        "benchmarks/results/api-check/fast-model-sample51",
    ),
}
OUT = Path("experiments/select")


def final_answers(folder: str, check: bool) -> dict[str, dict]:
    """The ``rag`` answers of a quality run, by row: the last record per key, made with or without the check."""
    found: dict[str, dict] = {}
    for line in Path(folder, "generations.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else None
        if record is None or record["variant"] != "rag":
            continue
        if record["settings"].get("check_api", False) == check or not check:
            found[record["row_id"]] = record
    return found


def main() -> None:
    test = test_rows()
    items, key = [], []
    for source, (before_dir, after_dir) in RUNS.items():
        before = final_answers(before_dir, check=False)
        after = final_answers(after_dir, check=True)
        for row_id, old in sorted(before.items()):
            new = after.get(row_id)
            if new is None or new["retrieved_ids"] != old["retrieved_ids"] or new["scored_code"] == old["scored_code"]:
                continue
            for variant, record in (("nocheck", old), ("check", new)):
                digest = blind_hash(f"{source}:{variant}:{row_id}")
                items.append(qa_item(digest, test[row_id], record["scored_code"]))
                key.append({"hash": digest, "source": f"{source}:rag:{variant}", "row_id": row_id})
    random.Random(SEED).shuffle(items)
    write_jsonl(OUT / "worklist.jsonl", items)
    write_jsonl(OUT / "worklist-key.jsonl", key)
    print(f"{len(items)} answers ({len(items) // 2} rows) → {OUT / 'worklist.jsonl'}")


if __name__ == "__main__":
    main()
