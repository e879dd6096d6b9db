"""Development score of judge v2: the ``dev`` labels of ``labels.jsonl`` plus holdout2 (development data since
2026-12-07), in-process; never reads the ``holdout`` set of ``labels.jsonl``.

    .venv/bin/python experiments/judge-labels/dev_score.py [--show]   # --show lists every disagreement
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from benchmarks.judge.calibration import agreement, load_labels, rows_by_id
from benchmarks.judge.verdict import judge
from benchmarks.metrics.scoring import requirements_of


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    show = "--show" in sys.argv
    rows = rows_by_id()
    items = []  # (part, key, row_id, answer, accepted, reason)
    for label in load_labels():
        if label.set == "dev":
            items.append(("dev", label.hash[:10], label.row_id, label.answer, label.accepted, label.reason))
    worklist = read_jsonl(Path("experiments/judge-labels/holdout2-worklist.jsonl"))
    answers = {f"{a['source']}|{a['id']}": a for a in worklist}
    for lab in read_jsonl(Path("benchmarks/judge/labels-holdout2.jsonl")):
        k = f"{lab['source']}|{lab['id']}"
        items.append(("holdout2", k, lab["id"], answers[k]["answer"], lab["label"] == "correct", lab["reason"]))
    results: dict[str, list[tuple[bool, bool]]] = {"dev": [], "holdout2": [], "all-dev": []}
    for part, k, row_id, answer, accepted, reason in items:
        verdict = judge(replace(requirements_of(rows[row_id]), answer=answer))
        results[part].append((verdict.correct, accepted))
        results["all-dev"].append((verdict.correct, accepted))
        if show and verdict.correct != accepted:
            print(f"--- {part} {k} {row_id} label={'accept' if accepted else 'reject'} judge={verdict.verdict}")
            print("   label:", reason)
            print("   judge:", list(verdict.reasons))
    for part, pairs in results.items():
        a = agreement(pairs)
        called, accepted = a.both_correct + a.judge_only, a.both_correct + a.label_only
        print(
            f"{part:9} n={a.n} agreement {100 * a.agreement:.1f}% precision {a.both_correct}/{called}"
            f" ({100 * a.precision:.1f}%) recall {a.both_correct}/{accepted} ({100 * a.recall:.1f}%)"
        )


if __name__ == "__main__":
    main()
