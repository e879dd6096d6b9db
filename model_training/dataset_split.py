"""``flutr-train data split``: fixed train/test/qual files from authored topic files.

- ``qual``: 10 rows spanning difficulty (3 kolay, 4 orta, 3 zor), each from a different topic, like the paper's
  held-out qualitative set.
- ``test``: 100 rows stratified by topic (largest-remainder allocation) and, within a topic, by difficulty.
- Evaluation rows are drawn only from rows with no close neighbour anywhere (similarity below the validator's
  leak thresholds), so no near-duplicate crosses splits; they are ``kind: code`` with a must_contain item that is
  a real identifier (≥ 4 characters), so the automatic correct/incorrect judgement means something.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from flutr.dataset import QARow, write_rows
from model_training.dataset_leaks import TaskRow
from model_training.dataset_validate import Limits, LocatedRow, similar_pairs

Row = TypeVar("Row", bound=TaskRow)

_STRONG_ITEM = re.compile(r"^[A-Za-z_][\w.]{3,}$")


@dataclass(frozen=True)
class SplitConfig:
    test_size: int = 100
    qual_difficulties: tuple[str, ...] = ("kolay",) * 3 + ("orta",) * 4 + ("zor",) * 3
    seed: int = 20261125


def allocate(counts: dict[str, int], total: int) -> dict[str, int]:
    """Largest-remainder allocation of ``total`` proportional to ``counts``."""
    size = sum(counts.values())
    exact = {k: total * v / size for k, v in counts.items()}
    result = {k: int(x) for k, x in exact.items()}
    for key in sorted(exact, key=lambda k: (exact[k] - result[k], k), reverse=True)[: total - sum(result.values())]:
        result[key] += 1
    return result


def evaluation_candidates(items: Sequence[LocatedRow], limits: Limits) -> set[int]:
    """Indexes of rows fit for test/qual: isolated, code, with a strong must_contain item."""
    crowded: set[int] = set()
    for pair in similar_pairs(items, limits.leak_question_similarity, limits.leak_answer_similarity):
        crowded.update((pair.first, pair.second))
    return {
        index
        for index, item in enumerate(items)
        if index not in crowded
        and item.row.kind == "code"
        and any(_STRONG_ITEM.match(m) for m in item.row.must_contain)
    }


def split_rows(items: Sequence[LocatedRow], config: SplitConfig, limits: Limits) -> dict[str, list[QARow]]:
    rng = random.Random(config.seed)
    candidates = evaluation_candidates(items, limits)
    by_topic: dict[str, list[int]] = defaultdict(list)
    for index in sorted(candidates):
        by_topic[items[index].row.topic].append(index)
    for indexes in by_topic.values():
        rng.shuffle(indexes)
    taken: set[int] = set()
    qual: list[int] = []
    topics = sorted(by_topic)
    rng.shuffle(topics)
    for difficulty in config.qual_difficulties:
        for topic in topics:
            if any(items[i].row.topic == topic for i in qual):
                continue
            pick = next((i for i in by_topic[topic] if items[i].row.difficulty == difficulty and i not in taken), None)
            if pick is not None:
                qual.append(pick)
                taken.add(pick)
                break
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[item.row.topic] += 1
    test: list[int] = []
    for topic, quota in sorted(allocate(dict(counts), config.test_size).items()):
        pool = [i for i in by_topic[topic] if i not in taken]
        # round-robin over difficulties keeps each topic's test rows mixed
        by_difficulty = defaultdict(list)
        for i in pool:
            by_difficulty[items[i].row.difficulty].append(i)
        order = ["orta", "kolay", "zor"]
        while quota and any(by_difficulty.values()):
            for difficulty in order:
                if quota and by_difficulty[difficulty]:
                    pick = by_difficulty[difficulty].pop()
                    test.append(pick)
                    taken.add(pick)
                    quota -= 1
        if quota:
            raise ValueError(f"topic {topic!r} has too few isolated code rows for its {quota} missing test rows")
    train = [i for i in range(len(items)) if i not in taken]
    return {
        "train": [items[i].row for i in train],
        "test": sorted((items[i].row for i in test), key=lambda r: r.id),
        "qual": sorted((items[i].row for i in qual), key=lambda r: r.id),
    }


def write_splits(splits: dict[str, list[QARow]], out_dir: Path) -> None:
    for name, rows in splits.items():
        write_rows(out_dir / f"{name}.jsonl", rows)


# --- validation rows held out of a training run, by task cluster --------------------------------------------


@dataclass(frozen=True)
class ValidationSplit(Generic[Row]):
    """Training rows and the rows held out to measure eval loss; no task cluster is on both sides."""

    train: list[Row]
    validation: list[Row]
    clustering: str  # which signals joined rows into clusters (MiniLM or the word fallback)
    n_clusters: int


def validation_split(rows: Sequence[Row], fraction: float, seed: int, clustering: str = "auto") -> ValidationSplit[Row]:
    """Hold out about ``fraction`` of ``rows`` for validation, whole task clusters at a time. Rows of both kinds
    (Q&A and in-context) are clustered together: a comment asked in a file and the same task asked as a question
    are twins too.

    Near-duplicate rows (``dataset_leaks.task_clusters``: same question in other words, or the same code) stay
    together, otherwise eval loss measures recall of a twin seen in training. Clusters are taken in a seeded
    random order until the target is reached; a cluster larger than what is still missing is passed over, so a
    big cluster cannot swallow the split. Fewer than one validation row at this fraction: no validation."""
    from model_training.dataset_leaks import task_clusters

    target = round(fraction * len(rows))
    if fraction <= 0 or target < 1 or len(rows) < 2:
        return ValidationSplit(list(rows), [], "none", 0)
    groups, described = task_clusters(rows, clustering)
    order = sorted(groups)  # deterministic before the seeded shuffle, whatever order the clusters came in
    random.Random(seed).shuffle(order)
    held: set[str] = set()
    for group in order:
        if len(held) >= target:
            break
        if len(held) + len(group) <= target:
            held.update(group)
    if len(held) == len(rows):  # never hold out everything
        held.clear()
    return ValidationSplit(
        train=[row for row in rows if row.id not in held],
        validation=[row for row in rows if row.id in held],
        clustering=described,
        n_clusters=len(groups),
    )
