"""Score judge v2 (and the old keyword rule) against a held-out label set (``holdout2``, ``holdout3``) -- run only
after the labels were committed.

From the repository root, with the repository's ``.venv`` (SET = holdout2 or holdout3)::

    .venv/bin/python experiments/judge-labels/holdout_score.py input SET
    .venv/bin/flutr-bench judge benchmarks/results/judge-calibration/SET-judge-input.jsonl \
        --out benchmarks/results/judge-calibration/SET-verdicts.jsonl
    .venv/bin/python experiments/judge-labels/holdout_score.py score SET

``input`` writes one ``flutr-bench judge`` line per labelled answer: the answer of
``experiments/judge-labels/SET-worklist.jsonl`` with its row's requirements from ``data/test.jsonl``
(``must_contain``, ``must_not``, ``checks``, ``reference``: what ``requirements_of`` gives the quality report).
``score`` joins the judge's verdicts with ``benchmarks/judge/labels-SET.jsonl`` and the old keyword rule
(``judge_answer``: parses + every must_contain item), computes agreement/precision/recall as
``benchmarks/judge/calibration.py`` does (precision: of the answers the judge calls correct, the share labelled
correct; recall: of the answers labelled correct, the share the judge calls correct), and writes
``SET.json`` and ``SET-disagreements.jsonl`` under ``benchmarks/results/judge-calibration/``.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from benchmarks.judge.calibration import agreement
from benchmarks.metrics.correctness import judge_answer

OUT = Path("benchmarks/results/judge-calibration")
NOTES = {
    "holdout2": (
        "holdout2 labels, written and committed before the judge was first run on them; development data since "
        "2026-12-07 (rules and row fixes were read off its disagreements). "
    ),
    "holdout3": (
        "holdout3 labels (2026-12-06): 120 answers drawn blind, 60 the judge of commit 36498ee called correct and "
        "60 it called incorrect (experiments/judge-labels/holdout3_worklist.py), labelled and committed before "
        "judge round 4 was scored on them; no rule was developed on them. "
    ),
}
SET = sys.argv[2] if len(sys.argv) > 2 else "holdout2"
WORKLIST = Path(f"experiments/judge-labels/{SET}-worklist.jsonl")
LABELS = Path(f"benchmarks/judge/labels-{SET}.jsonl")
JUDGE_INPUT = OUT / f"{SET}-judge-input.jsonl"
VERDICTS = OUT / f"{SET}-verdicts.jsonl"
COMMAND = (
    f".venv/bin/python experiments/judge-labels/holdout_score.py input {SET} && "
    f".venv/bin/flutr-bench judge {JUDGE_INPUT} --out {VERDICTS} && "
    f".venv/bin/python experiments/judge-labels/holdout_score.py score {SET}"
)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def key(item: dict) -> str:
    return f"{item['source']}|{item['id']}"


def write_input() -> None:
    rows = {row["id"]: row for row in read_jsonl(Path("data/test.jsonl"))}
    OUT.mkdir(parents=True, exist_ok=True)
    with JUDGE_INPUT.open("w", encoding="utf-8") as handle:
        for item in read_jsonl(WORKLIST):
            row = rows[item["id"]]
            handle.write(
                json.dumps(
                    {
                        "id": key(item),
                        "question": row["question"],
                        "answer": item["answer"],
                        "must_contain": row.get("must_contain") or [],
                        "must_not": row.get("must_not") or [],
                        "checks": row.get("checks") or [],
                        "reference": row["answer"],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    print("wrote", JUDGE_INPUT)


def score() -> None:
    rows = {row["id"]: row for row in read_jsonl(Path("data/test.jsonl"))}
    answers = {key(item): item for item in read_jsonl(WORKLIST)}
    labels = {key(item): item for item in read_jsonl(LABELS)}
    verdicts = {item["id"]: item for item in read_jsonl(VERDICTS)}
    assert set(labels) == set(answers) == set(verdicts), "labels, worklist and verdicts must cover the same answers"

    joined = []
    for k, label in labels.items():
        answer = answers[k]
        keywords = judge_answer(answer["answer"], rows[answer["id"]]["must_contain"]).correct
        joined.append((label, verdicts[k], keywords))

    def matrix(pairs: list[tuple[bool, bool]]) -> dict:
        a = agreement(pairs)
        return {
            "n": a.n,
            "TP (judge correct, label correct)": a.both_correct,
            "FP (judge correct, label incorrect)": a.judge_only,
            "FN (judge incorrect, label correct)": a.label_only,
            "TN (judge incorrect, label incorrect)": a.both_wrong,
            "agreement": round(a.agreement, 4),
            "precision": round(a.precision, 4) if a.both_correct + a.judge_only else None,
            "recall": round(a.recall, 4) if a.both_correct + a.label_only else None,
        }

    def part(items: list) -> dict:
        return {
            "judge_v2": matrix([(v["verdict"] == "correct", lab["label"] == "correct") for lab, v, _ in items]),
            "keywords": matrix([(kw, lab["label"] == "correct") for lab, _, kw in items]),
        }

    by_source = collections.defaultdict(list)
    for item in joined:
        by_source[item[0]["source"]].append(item)
    result = {
        "command": COMMAND,
        "labels": str(LABELS),
        "note": NOTES[SET]
        + "Precision is None where the rule accepted nothing, recall None where nothing was labelled correct.",
        "label_counts": {
            source: dict(collections.Counter(lab["label"] for lab, _, _ in items))
            for source, items in sorted(by_source.items())
        },
        "all": part(joined),
        "by_source": {source: part(items) for source, items in sorted(by_source.items())},
    }
    (OUT / f"{SET}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with (OUT / f"{SET}-disagreements.jsonl").open("w", encoding="utf-8") as handle:
        for lab, verdict, keywords in joined:
            if (verdict["verdict"] == "correct") != (lab["label"] == "correct"):
                handle.write(
                    json.dumps(
                        {
                            "source": lab["source"],
                            "id": lab["id"],
                            "label": lab["label"],
                            "label_reason": lab["reason"],
                            "judge": verdict["verdict"],
                            "judge_reasons": verdict["reasons"],
                            "judge_notes": verdict["notes"],
                            "keywords": "correct" if keywords else "incorrect",
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    print(json.dumps(result["all"], indent=2))


if __name__ == "__main__":
    {"input": write_input, "score": score}[sys.argv[1]]()
