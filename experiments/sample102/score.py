"""The larger tier (Qwen2.5-Coder-1.5B untuned, the `auto` default) read on 102, 204 and 255 test questions, beside
the judge and the copy baselines; and the same model without its retrieved example on the first 51.

    python experiments/sample102/score.py

Reads the blind labels (benchmarks/judge/labels-sample51.jsonl for the first 51, labels-s102-{1,2}.jsonl for the
51 that ``--sample 102`` adds, labels-s204-* / labels-s255-* for what ``--sample 204`` / ``255`` add,
labels-k0-{1,2}.jsonl for the run without an example) through their worklist keys, and the judge's per-row
verdicts from each run's results.json. Paired exact McNemar tests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "experiments"))

from worklists import read_jsonl  # noqa: E402

from benchmarks.metrics.significance import mcnemar_p  # noqa: E402
from flutr.dataset import load_split  # noqa: E402

JUDGE = ROOT / "benchmarks/judge"
RESULTS = ROOT / "benchmarks/results/judge-v2"
EXPERIMENTS = ROOT / "experiments"
SOURCE = "qwen1.5b:rag:corpus2636"


def keyed_labels(labels: list[str], key: Path) -> dict[str, bool]:
    """Row id → read correct, for labels written against a blind worklist's hashes."""
    rows = {entry["hash"]: entry["row_id"] for entry in read_jsonl(key)}
    return {rows[label["hash"]]: label["label"] == "correct" for name in labels for label in read_jsonl(JUDGE / name)}


def judged(run: str, variant: str) -> dict[str, bool]:
    result = json.loads((RESULTS / run / "results.json").read_text(encoding="utf-8"))
    return {row["id"]: bool(row["correct"]) for row in result["splits"]["test"][variant]["rows"]}


def paired(name: str, a: dict[str, bool], b: dict[str, bool]) -> str:
    shared = sorted(set(a) & set(b))
    only_a = sum(a[i] and not b[i] for i in shared)
    only_b = sum(b[i] and not a[i] for i in shared)
    return f"{name}: n {len(shared)}, {only_a} vs {only_b} (p = {mcnemar_p(only_a, only_b):.3f})"


def against_reading(name: str, judge: dict[str, bool], labels: dict[str, bool]) -> str:
    """The judge's agreement, precision and recall against the readings ``labels``."""
    agree = sum(judge[r] == labels[r] for r in labels)
    accepted = [r for r in labels if judge[r]]
    right = sum(labels[r] for r in accepted)
    recall = sum(judge[r] for r in labels if labels[r])
    return (
        f"judge vs reading, {name}: agreement {agree}/{len(labels)}, precision {right}/{len(accepted)}, "
        f"recall {recall}/{sum(labels.values())}"
    )


def count(verdicts: dict[str, bool], ids: set[str] | None = None) -> str:
    chosen = [ok for row, ok in verdicts.items() if ids is None or row in ids]
    return f"{sum(chosen)}/{len(chosen)}"


def sample102_labels() -> tuple[dict[str, bool], dict[str, bool]]:
    """The readings of sample102: its first 51 (labels-sample51) and the 51 it adds (labels-s102-*)."""
    first = {
        label["id"]: label["label"] == "correct"
        for label in read_jsonl(JUDGE / "labels-sample51.jsonl")
        if label["source"] == SOURCE
    }
    key = EXPERIMENTS / "sample102/worklist-key.jsonl"
    return first, keyed_labels(["labels-s102-1.jsonl", "labels-s102-2.jsonl"], key)


def main() -> None:
    api_free = {row.id for row in load_split("test") if row.api_free}
    first, added = sample102_labels()
    read = {**first, **added}
    judge = judged("qwen2.5-coder-1.5b-corpus2636-sample102", "rag")
    copy1 = judged("copy-baselines-sample102", "copy1")
    copy2 = judged("copy-baselines-sample102", "copy2")
    print("## Qwen2.5-Coder-1.5B untuned, 1 example (the default tier), 102 test questions")
    print(f"read: {count(read)} (first 51: {count(first)}, added 51: {count(added)}); API-free {count(read, api_free)}")
    print(f"judge: {count(judge)}; copy1 {count(copy1)}, copy2 {count(copy2)} (judge)")
    print(against_reading("all 102", judge, read))
    print(against_reading("added 51, never used to develop the judge", judge, added))
    print(paired("judge, 1.5B vs copy2", judge, copy2))
    print(paired("judge, 1.5B vs copy1", judge, copy1))
    k0_key = EXPERIMENTS / "retrieval-k-large/worklist-k0-key.jsonl"
    if k0_key.exists() and (JUDGE / "labels-k0-1.jsonl").exists():
        none = keyed_labels(["labels-k0-1.jsonl", "labels-k0-2.jsonl"], k0_key)
        print("\n## Without the retrieved example (retrievalK 0), the first 51")
        print(f"read: no example {count(none)}, one example {count(first)}")
        print(paired("read, one example vs none", first, none))
        print(
            paired(
                "judge, one example vs none",
                {r: judge[r] for r in first},
                judged("qwen2.5-coder-1.5b-k0-sample51", "base"),
            )
        )
    read = extension(204, read, api_free)
    extension(255, read, api_free)


def extension(size: int, earlier: dict[str, bool], api_free: set[str]) -> dict[str, bool]:
    """``--sample size``: the questions beyond the sample read before (``earlier``: its readings), once their
    labels exist; the readings of all ``size`` (``earlier`` when there are none yet)."""
    key = EXPERIMENTS / f"sample102/worklist-s{size}-key.jsonl"
    parts = sorted(path.name for path in JUDGE.glob(f"labels-s{size}-*.jsonl"))
    if not key.exists() or not parts:
        return earlier
    added = keyed_labels(parts, key)
    read = {**earlier, **added}
    judge = judged(f"qwen2.5-coder-1.5b-corpus2636-sample{size}", "rag")
    copy2 = judged(f"copy-baselines-sample{size}", "copy2")
    copy1 = judged(f"copy-baselines-sample{size}", "copy1")
    print(f"\n## The same, {len(read)} test questions (--sample {size}; labels {', '.join(parts)})")
    print(
        f"read: {count(read)} (the {len(earlier)} before: {count(earlier)}, added: {count(added)}); "
        f"API-free {count(read, api_free)}"
    )
    print(f"judge: {count(judge)}; copy1 {count(copy1)}, copy2 {count(copy2)} (judge)")
    print(against_reading("the added, fresh", judge, added))
    print(paired("judge, 1.5B vs copy2", judge, copy2))
    return read


if __name__ == "__main__":
    main()
