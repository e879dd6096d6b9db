"""How far judge v2 agrees with careful reading: ``flutr-bench judge-calibrate``.

``benchmarks/judge/labels.jsonl`` holds answers of several models and variants, each labelled accept/reject by
careful reading with a one-line reason, keyed by the sha256 of the answer. The labels were written before the
judge was tuned; a third of them (``set: holdout``, chosen by the hash) was kept out of the judge's development
and is what the agreement is measured on. The report gives the confusion matrix, agreement, precision (of the
answers the judge calls correct, the share the labels accept) and every disagreement with both reasons.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.judge.verdict import JudgeConfig, Verdict, judge
from benchmarks.metrics.correctness import judge_answer
from benchmarks.metrics.scoring import requirements_of
from flutr.dataset import SPLITS, QARow, load_split

LABELS_PATH = Path(__file__).resolve().parent / "labels.jsonl"


@dataclass(frozen=True)
class Label:
    hash: str
    label: str  # accept | reject
    reason: str
    set: str  # dev | holdout
    row_id: str
    split: str
    source: str
    answer: str

    @property
    def accepted(self) -> bool:
        return self.label == "accept"


def load_labels(path: Path = LABELS_PATH) -> list[Label]:
    labels = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        data = json.loads(line)
        try:
            labels.append(Label(**{k: data[k] for k in Label.__dataclass_fields__}))
        except KeyError as exc:
            raise ValueError(f"{path}:{number}: label without field {exc}") from exc
    return labels


@dataclass(frozen=True)
class Agreement:
    n: int
    both_correct: int  # judge correct, label accept
    judge_only: int  # judge correct, label reject (false accept)
    label_only: int  # judge incorrect, label accept (false reject)
    both_wrong: int

    @property
    def agreement(self) -> float:
        return (self.both_correct + self.both_wrong) / self.n if self.n else 0.0

    @property
    def precision(self) -> float:
        called = self.both_correct + self.judge_only
        return self.both_correct / called if called else 0.0

    @property
    def recall(self) -> float:
        accepted = self.both_correct + self.label_only
        return self.both_correct / accepted if accepted else 0.0

    def to_dict(self) -> dict:
        return {
            "n": self.n,
            "confusion": {
                "judge correct, label accept": self.both_correct,
                "judge correct, label reject": self.judge_only,
                "judge incorrect, label accept": self.label_only,
                "judge incorrect, label reject": self.both_wrong,
            },
            "agreement": round(self.agreement, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
        }


def agreement(pairs: Sequence[tuple[bool, bool]]) -> Agreement:
    """``pairs`` of (judge says correct, label accepts)."""
    counts = Counter(pairs)
    return Agreement(
        len(pairs), counts[(True, True)], counts[(True, False)], counts[(False, True)], counts[(False, False)]
    )


def rows_by_id() -> dict[str, QARow]:
    return {row.id: row for split in SPLITS for row in load_split(split)}


@dataclass(frozen=True)
class Judged:
    label: Label
    verdict: Verdict
    keywords: bool  # the old rule's verdict


def judge_labels(labels: Sequence[Label], config: JudgeConfig | None = None) -> list[Judged]:
    rows = rows_by_id()
    judged = []
    for label in labels:
        row = rows.get(label.row_id)
        if row is None:
            raise ValueError(f"label {label.hash}: row {label.row_id} is in no split of data/")
        verdict = judge(replace(requirements_of(row), answer=label.answer), config)
        judged.append(Judged(label, verdict, judge_answer(label.answer, row.must_contain).correct))
    return judged


def report(judged: Sequence[Judged]) -> dict:
    out: dict = {}
    for name in ("dev", "holdout", "all"):
        part = [j for j in judged if name == "all" or j.label.set == name]
        out[name] = {
            "judge_v2": agreement([(j.verdict.correct, j.label.accepted) for j in part]).to_dict(),
            "keywords": agreement([(j.keywords, j.label.accepted) for j in part]).to_dict(),
        }
    return out


def disagreements(judged: Sequence[Judged]) -> list[dict]:
    return [
        {
            "hash": j.label.hash,
            "set": j.label.set,
            "row_id": j.label.row_id,
            "source": j.label.source,
            "label": j.label.label,
            "label_reason": j.label.reason,
            "judge": j.verdict.verdict,
            "judge_reasons": list(j.verdict.reasons),
            "judge_notes": list(j.verdict.notes),
        }
        for j in judged
        if j.verdict.correct != j.label.accepted
    ]
