"""The default inside code on every in-context test row: judge and careful reading, per position.

    python experiments/select/in_context_full_score.py

The answers: ``qwen2.5-coder-1.5b`` / ``fim+select`` in benchmarks/results/in-context/generations.jsonl (168 rows;
``flutr-bench in-context --threads 1 --model large --label qwen2.5-coder-1.5b --mechanisms fim+select
--no-baselines``). The labels: the 60 sampled rows from benchmarks/judge/labels-in-context.jsonl (the ``fim`` label
where the answer is byte-identical) and labels-select.jsonl; the other 108 from labels-full-{1,2,3}.jsonl (blind,
experiments/select/in_context_full_worklist.py). Also the judge against these labels on the 108 rows no judge rule
was ever tuned on: a fresh held-out measurement of the in-context judge.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worklists import current_in_context, in_context_rows  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from benchmarks.in_context.run import judge_cached, rows_for  # noqa: E402

MODEL, VARIANT = "qwen2.5-coder-1.5b", "fim+select"
JUDGE = Path("benchmarks/judge")


def read_labels() -> dict[str, bool]:
    """Read label per row id for the fim+select answer."""
    current = current_in_context(MODEL, in_context_rows())
    codes = {key: generated["code"] for key, generated in current.items()}
    labels: dict[str, bool] = {}
    for line in (JUDGE / "labels-in-context.jsonl").read_text("utf-8").splitlines():
        label = json.loads(line)
        if label["model"] == MODEL and label["variant"] == "fim":
            if codes.get(("fim", label["id"])) == codes.get((VARIANT, label["id"])):
                labels[label["id"]] = label["label"] == "correct"
    keys = {}
    for name in ("in-context-worklist-key.jsonl", "full-worklist-key.jsonl"):
        for line in Path("experiments/select", name).read_text("utf-8").splitlines():
            entry = json.loads(line)
            keys[entry["hash"]] = entry["label_id"]
    for path in [JUDGE / "labels-select.jsonl", *sorted(JUDGE.glob("labels-full-*.jsonl"))]:
        for line in path.read_text("utf-8").splitlines():
            label = json.loads(line)
            model, variant, row_id = keys[label["hash"]].split("/")
            if variant == VARIANT:
                labels[row_id] = label["label"] == "correct"
    return labels


def main() -> None:
    config = InContextConfig(sample=0, out=Path("benchmarks/results/in-context"))
    records = [r for r in judge_cached(config) if r.model == MODEL and r.variant == VARIANT]
    sampled = {row.id for row in rows_for(InContextConfig(sample=10))}
    labels = read_labels()
    by_position: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # n, judge, read, labelled
    fresh = defaultdict(int)
    for record in records:
        counts = by_position[record.position]
        counts[0] += 1
        counts[1] += record.correct
        if record.id in labels:
            counts[2] += labels[record.id]
            counts[3] += 1
            if record.id not in sampled:
                fresh[(record.correct, labels[record.id])] += 1
    total = [sum(c[i] for c in by_position.values()) for i in range(4)]
    print("| position | rows | judge | read (labelled) |\n|---|---:|---:|---:|")
    for position, (n, judged, read, labelled) in sorted(by_position.items()):
        print(f"| {position} | {n} | {judged} | {read}/{labelled} |")
    print(f"| **all** | {total[0]} | {total[1]} | **{total[2]}/{total[3]}** |")
    accepted = fresh[(True, True)] + fresh[(True, False)]
    right = fresh[(True, True)] + fresh[(False, True)]
    print(
        f"\nJudge on the {sum(fresh.values())} fresh rows: precision {fresh[(True, True)]}/{accepted}, "
        f"recall {fresh[(True, True)]}/{right}, agreement "
        f"{fresh[(True, True)] + fresh[(False, False)]}/{sum(fresh.values())}"
    )


if __name__ == "__main__":
    main()
