"""Score the in-context judge against the careful-reading labels -- run only after the labels were committed.

From the repository root, with the repository's ``.venv``::

    .venv/bin/python experiments/judge-labels/in_context_score.py

For every line of ``benchmarks/judge/labels-in-context.jsonl`` it takes the code the server would insert (the
``inserted`` field of ``benchmarks/judge/in-context-worklist*.jsonl`` — the first worklist and the later ones of
one model/variant each (``--pair``): the answer, or the answer as a comment block
when it would break the file, exactly what ``benchmarks.in_context.run.judged`` gives the judge), runs
``benchmarks.judge.in_context.judge_in_context(row, inserted)`` with the row of ``data/in_context/test.jsonl``, and
compares: agreement, precision (of the answers the judge accepts, the share labelled correct), recall (of the
answers labelled correct, the share the judge accepts) with TP/FP/FN/TN, for ``dev``, ``holdout`` and all, and per
position and per model/variant.  Writes ``benchmarks/results/judge-calibration/in-context.json`` and
``in-context-disagreements.jsonl`` (the label's reason beside the judge's reasons and notes).  The judge is not
changed.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.judge.in_context import judge_in_context
from flutr.in_context import read_in_context

LABELS = Path("benchmarks/judge/labels-in-context.jsonl")
WORKLISTS = sorted(Path("benchmarks/judge").glob("in-context-worklist*.jsonl"))
ROWS = Path("data/in_context/test.jsonl")
OUT = Path("benchmarks/results/judge-calibration")
COMMAND = ".venv/bin/python experiments/judge-labels/in_context_score.py"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def confusion(pairs: list[tuple[bool, bool]]) -> dict:
    """``pairs``: (labelled correct, judge accepts)."""
    tp = sum(1 for label, judge in pairs if label and judge)
    fp = sum(1 for label, judge in pairs if not label and judge)
    fn = sum(1 for label, judge in pairs if label and not judge)
    tn = sum(1 for label, judge in pairs if not label and not judge)
    n = len(pairs)

    def share(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    return {
        "n": n,
        "labelled_correct": tp + fn,
        "judge_correct": tp + fp,
        "agreement": share(tp + tn, n),
        "precision": share(tp, tp + fp),
        "recall": share(tp, tp + fn),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
    }


def main() -> None:
    rows = {row.id: row for row in read_in_context(ROWS)}
    work = {item["label_id"]: item for path in WORKLISTS for item in read_jsonl(path)}
    labels = read_jsonl(LABELS)
    assert {label["label_id"] for label in labels} == set(work), "labels and worklist must cover the same answers"

    judged = []
    for label in labels:
        item = work[label["label_id"]]
        verdict = judge_in_context(rows[label["id"]], item["inserted"])
        judged.append((label, item, verdict))

    def pairs(select) -> list[tuple[bool, bool]]:
        return [(label["label"] == "correct", verdict.correct) for label, item, verdict in judged if select(label)]

    names = sorted({label["set"] for label in labels})
    sets = {name: confusion(pairs(lambda label, name=name: label["set"] == name)) for name in names}
    sets["all"] = confusion(pairs(lambda label: True))
    positions = sorted({label["position"] for label in labels})
    sources = sorted({f"{label['model']}/{label['variant']}" for label in labels})
    result = {
        "command": COMMAND,
        "judge": "benchmarks.judge.in_context.judge_in_context(row, inserted)",
        "labels": str(LABELS),
        "worklists": [str(path) for path in WORKLISTS],
        "note": "precision: of the answers the judge accepts, the share labelled correct; recall: of the answers "
        "labelled correct, the share the judge accepts",
        "sets": sets,
        "by_position": {
            name: {
                scope: confusion(
                    pairs(
                        lambda label, name=name, scope=scope: (
                            label["position"] == name and (scope == "all" or label["set"] == scope)
                        )
                    )
                )
                for scope in ("all", "dev", "holdout")
            }
            for name in positions
        },
        "by_source": {
            name: confusion(pairs(lambda label, name=name: f"{label['model']}/{label['variant']}" == name))
            for name in sources
        },
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "in-context.json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    with (OUT / "in-context-disagreements.jsonl").open("w", encoding="utf-8") as handle:
        for label, item, verdict in judged:
            if (label["label"] == "correct") == verdict.correct:
                continue
            handle.write(
                json.dumps(
                    {
                        "label_id": label["label_id"],
                        "set": label["set"],
                        "position": label["position"],
                        "question": item["question"],
                        "label": label["label"],
                        "judge": verdict.verdict,
                        "kind": "false accept" if verdict.correct else "false reject",
                        "label_reason": label["reason"],
                        "judge_reasons": list(verdict.reasons),
                        "judge_notes": list(verdict.notes),
                        "fits": item["fits"],
                        "inserted": item["inserted"],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    for name, numbers in sets.items():
        print(name, json.dumps(numbers))
    for name, scopes in result["by_position"].items():
        print("position", name, json.dumps(scopes["all"]))
    for name, numbers in result["by_source"].items():
        print("source", name, json.dumps(numbers))


if __name__ == "__main__":
    main()
