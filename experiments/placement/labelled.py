"""Every in-context answer of the 1.5B read so far, by (row id, code as generated): one reading per distinct
answer, whatever variant or run produced it (an unchanged answer keeps its reading)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worklists import current_in_context, in_context_rows, read_jsonl  # noqa: E402

MODEL = "qwen2.5-coder-1.5b"
JUDGE = Path("benchmarks/judge")
PLACEMENT_KEY = Path("experiments/placement/worklist-key.jsonl")
KEYS = (
    Path("experiments/select/in-context-worklist-key.jsonl"),
    Path("experiments/select/full-worklist-key.jsonl"),
    PLACEMENT_KEY,
    Path("experiments/stated-values/worklist-test-key.jsonl"),
)
HASHED = ("labels-select.jsonl", "labels-full-*.jsonl", "labels-placement-*.jsonl", "labels-stated-values-test.jsonl")


def codes_by_label_id(extra: tuple[Path, ...] = ()) -> dict[str, str]:
    """``model/variant/row id`` → the code of that answer: the in-context cache, and the other runs' caches."""
    current = current_in_context(MODEL, in_context_rows())
    found = {f"{MODEL}/{variant}/{row_id}": g["code"] for (variant, row_id), g in current.items()}
    for path in extra:
        for g in read_jsonl(path):
            found.setdefault(f"{g['model']}/{g['variant']}/{g['id']}", g["code"])
    return found


def readings(extra: tuple[Path, ...] = ()) -> dict[tuple[str, str], bool]:
    """(row id, code) → accepted, for every labelled answer of the 1.5B inside code; a later reading of the same
    answer (a control read again) does not replace the first."""
    codes = codes_by_label_id(extra)
    keys = {}
    for path in KEYS:
        if path.exists():
            keys.update({entry["hash"]: entry["label_id"] for entry in read_jsonl(path)})
    found: dict[tuple[str, str], bool] = {}

    def add(label_id: str, label: str) -> None:
        model, _, row_id = label_id.split("/")
        if model == MODEL and label_id in codes:
            found.setdefault((row_id, codes[label_id]), label == "correct")

    for label in read_jsonl(JUDGE / "labels-in-context.jsonl"):
        add(label["label_id"], label["label"])
    for pattern in HASHED:
        for path in sorted(JUDGE.glob(pattern)):
            for label in read_jsonl(path):
                if label["hash"] in keys:
                    add(keys[label["hash"]], label["label"])
    return found


def read_again() -> dict[str, bool]:
    """Control re-readings in the placement worklists: label id → accepted."""
    keys = {e["hash"]: e for e in read_jsonl(PLACEMENT_KEY)}
    out = {}
    for path in sorted(JUDGE.glob("labels-placement-*.jsonl")):
        for label in read_jsonl(path):
            entry = keys.get(label["hash"])
            if entry is not None and entry.get("control"):
                out[entry["label_id"]] = label["label"] == "correct"
    return out


if __name__ == "__main__":
    print(json.dumps({"readings": len(readings())}))
