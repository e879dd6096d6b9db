"""Draw a third held-out set of 120 answers for judge v2 (``holdout3``), stratified by verdict yet blind to it.

Run once from the repository root of a checkout that does not change meanwhile (a ``git worktree`` of one commit),
with the repository's ``.venv`` and that checkout first on the path::

    PYTHONPATH=. /work/main/.venv/bin/python experiments/judge-labels/holdout3_worklist.py

Sources: the committed answers of ``benchmarks/results/judge-v2/`` on the test split only (names as in
``sample.py`` and ``holdout2_worklist.py``):

* ``qwen0.5b-fast+lora:rag`` -- the fast model with one retrieved example, from ``fast-model/`` and
  ``fast-model-corpus2235-sample51/`` (the same model rerun on the 2,235-row corpus);
* ``qwen1.5b:rag`` -- Qwen2.5-Coder-1.5B untuned with one retrieved example, ``qwen2.5-coder-1.5b-sample51/``;
* ``copy:copy1`` / ``copy:copy2`` -- the no-model baselines, rebuilt as ``holdout2_worklist.py`` rebuilds them
  (the retrieved training answers joined by a blank line) from the retrieved ids in the ``results.json`` of
  ``fast-model/`` and ``fast-model-corpus2235-sample51/``, with the answers of the current ``data/train.jsonl``.
  Only ``id`` and ``retrieved`` of those rows are read.

An answer is left out when its code is empty, when its (source, id) or the sha256 of its code is already in
``benchmarks/judge/labels.jsonl``, ``benchmarks/judge/labels-holdout2.jsonl`` or
``experiments/judge-labels/holdout2-worklist.jsonl``, or when it repeats a drawn answer. A (source, id) is drawn
at most once, and copy1 and copy2 are drawn on distinct rows (copy2 starts with copy1's answer).

Stratified so that the held-out labels measure precision: judge v2 (``judge`` with the row's requirements, as
``flutr-bench quality`` and ``judge-calibrate`` call it) judges every eligible answer in memory; then, with
``random.Random(3033)``, 60 answers it calls correct and 60 it calls incorrect are drawn, each half spread as
evenly as the pools allow over the sources (the source with the fewest drawn goes next) and, within a source,
over the topics (the least drawn topic of that half goes next).

Blind: the verdicts stay in memory. Nothing a judge computed (verdict, reasons, notes, scores, counts by verdict)
is printed or written; the worklist keeps only ``source, id, question, answer, reference`` (the reference is the
row's answer in ``data/test.jsonl``), in a shuffled order, so the reader cannot tell which half a line is from.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout2_worklist import digest, generated, read_jsonl, write_worklist  # noqa: E402

from benchmarks.judge.verdict import judge  # noqa: E402
from benchmarks.metrics.scoring import requirements_of  # noqa: E402
from flutr.dataset import load_split  # noqa: E402

SEED = 3033
PER_VERDICT = 60
RESULTS = Path("benchmarks/results/judge-v2")
OUT = Path("experiments/judge-labels/holdout3-worklist.jsonl")
FAST = "qwen0.5b-fast+lora:rag"
MODEL_RUNS = {
    FAST: ("fast-model", "fast-model-corpus2235-sample51"),
    "qwen1.5b:rag": ("qwen2.5-coder-1.5b-sample51",),
}
COPY_RUNS = ("fast-model", "fast-model-corpus2235-sample51")
SOURCES = (FAST, "qwen1.5b:rag", "copy:copy1", "copy:copy2")


def copies(run: str, train: dict[str, dict]) -> list[dict]:
    """copy1 and copy2 of one run rebuilt from the retrieved ids only (the rows' scores are never read)."""
    data = json.loads((RESULTS / run / "results.json").read_text(encoding="utf-8"))
    items = []
    for variant in ("copy1", "copy2"):
        for row in data["splits"]["test"][variant]["rows"]:
            ids = list(row["retrieved"])
            if not ids or any(i not in train for i in ids):
                continue  # a retrieved row the current corpus no longer has: the baseline cannot be rebuilt
            code = "\n\n".join(train[i]["answer"] for i in ids)
            items.append({"source": f"copy:{variant}", "id": row["id"], "answer": code})
    del data
    return items


def already_labelled() -> tuple[set[tuple[str, str]], set[str]]:
    labels = read_jsonl(Path("benchmarks/judge/labels.jsonl"))
    holdout2 = read_jsonl(Path("benchmarks/judge/labels-holdout2.jsonl"))
    worklist2 = read_jsonl(Path("experiments/judge-labels/holdout2-worklist.jsonl"))
    keys = {(label["source"], label["row_id"]) for label in labels}
    keys |= {(label["source"], label["id"]) for label in holdout2 + worklist2}
    hashes = {label["hash"] for label in labels} | {digest(item["answer"]) for item in labels + worklist2}
    return keys, hashes


def draw(pool: list[dict], n: int, rng: random.Random, taken: dict) -> list[dict]:
    """n items of one verdict half, the sources and then the topics taken in turn (the least drawn first)."""
    by_source: dict[str, list[dict]] = {source: [] for source in SOURCES}
    for item in pool:
        by_source[item["source"]].append(item)
    for items in by_source.values():
        items.sort(key=lambda item: (item["id"], item["hash"]))
        rng.shuffle(items)
    per_source: Counter = Counter()
    per_topic: Counter = Counter()
    chosen: list[dict] = []

    def usable(item: dict) -> bool:
        if item["hash"] in taken["hashes"] or (item["source"], item["id"]) in taken["keys"]:
            return False
        return not (item["source"].startswith("copy:") and item["id"] in taken["copy_rows"])

    while len(chosen) < n:
        open_sources = [s for s in SOURCES if any(usable(item) for item in by_source[s])]
        if not open_sources:
            break
        source = min(open_sources, key=lambda s: (per_source[s], SOURCES.index(s)))
        candidates = [item for item in by_source[source] if usable(item)]
        item = min(candidates, key=lambda item: per_topic[item["topic"]])  # first of the least drawn topic
        taken["hashes"].add(item["hash"])
        taken["keys"].add((item["source"], item["id"]))
        if item["source"].startswith("copy:"):
            taken["copy_rows"].add(item["id"])
        per_source[source] += 1
        per_topic[item["topic"]] += 1
        chosen.append(item)
    return chosen


def main() -> None:
    test = {row.id: row for row in load_split("test")}
    train = {row["id"]: row for row in read_jsonl(Path("data/train.jsonl"))}
    seen_keys, seen_hashes = already_labelled()

    everything: list[dict] = []
    for source, runs in MODEL_RUNS.items():
        for run in runs:
            everything += generated(RESULTS / run / "generations.jsonl", source)
    for run in COPY_RUNS:
        everything += copies(run, train)

    eligible: list[dict] = []
    for item in everything:
        if not item["answer"].strip() or item["id"] not in test:
            continue
        h = digest(item["answer"])
        if (item["source"], item["id"]) in seen_keys or h in seen_hashes:
            continue
        eligible.append({**item, "hash": h, "topic": test[item["id"]].topic})
    print(f"{len(eligible)} eligible answers (before repeats are dropped); judging them in memory")

    halves: dict[bool, list[dict]] = {True: [], False: []}
    for item in eligible:
        verdict = judge(replace(requirements_of(test[item["id"]]), answer=item["answer"]))
        halves[verdict.correct].append(item)

    rng = random.Random(SEED)
    taken = {"hashes": set(), "keys": set(), "copy_rows": set()}
    picked = draw(halves[True], PER_VERDICT, rng, taken) + draw(halves[False], PER_VERDICT, rng, taken)
    del halves
    if len(picked) != 2 * PER_VERDICT:
        raise SystemExit(f"the pools were too small for {2 * PER_VERDICT} answers; nothing written")
    rng.shuffle(picked)  # mixed order: neither the half nor the source of a line shows in its place
    write_worklist(picked, {i: (row.question, row.answer) for i, row in test.items()}, OUT)


if __name__ == "__main__":
    main()
