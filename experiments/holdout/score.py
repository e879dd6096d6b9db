"""The held-out confirmation of ``checkApi: review`` (experiments/holdout/README.md): 100 in-context rows written
after the rule was fixed, answered by the 1.5B with the server's default inside code (``fim+select``) and with
``fim+review``, beside the ``copy1`` baseline; read blind and judged.

    python experiments/holdout/score.py > experiments/holdout/results/score.txt

Every answer's reading comes from the blind labels (benchmarks/judge/labels-in-context-holdout-*.jsonl through
worklist-key.jsonl; the same code from two variants was read once). Paired exact McNemar tests; the in-context
judge against the same labels (fresh when batch 2 was scored; session 15 read rules off both batches since, so its
numbers here are fitted — batch 3's are the fresh ones, score_b3.py).
"""

from __future__ import annotations

import statistics
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0]))
sys.path.insert(0, str(HERE.parents[0] / "placement"))
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from labelled import readings  # noqa: E402
from worklist import PREFIXES, batch_of  # noqa: E402
from worklists import agreement_line, current_in_context, in_context_rows, read_jsonl, versus  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from benchmarks.in_context.run import Record, judge_cached  # noqa: E402
from benchmarks.judge.calibration import agreement  # noqa: E402
from benchmarks.metrics.significance import paired  # noqa: E402

MODEL = "qwen2.5-coder-1.5b"
OUT = Path("benchmarks/results/in-context-holdout")
HOLDOUT = Path("data/in_context/holdout.jsonl")
DEFAULT, REVIEW, COPY = "fim+select", "fim+review", "copy1"


def judged() -> dict[tuple[str, str], Record]:
    return {(r.variant, r.id): r for r in judge_cached(InContextConfig(out=OUT, data_file=str(HOLDOUT)))}


def labels(records: dict[tuple[str, str], Record]) -> tuple[dict[tuple[str, str], bool], list[tuple[str, bool]]]:
    """(row id, code) → read correct for the held-out answers, and (label id, read correct) of the controls."""
    keys = {}
    for prefix in PREFIXES.values():
        path = HERE / f"{prefix}-key.jsonl"
        if path.exists():
            keys.update({e["hash"]: e for e in read_jsonl(path)})
    codes = {f"{r.model}/{r.variant}/{r.id}": r.code for r in records.values()}
    read, controls = {}, []
    for path in sorted(Path("benchmarks/judge").glob("labels-in-context-holdout-*.jsonl")):
        for label in read_jsonl(path):
            entry = keys[label["hash"]]
            if not entry.get("control") and entry["label_id"] not in codes:
                continue  # batch 3 is scored by score_b3.py
            ok = label["label"] == "correct"
            if entry.get("control"):
                controls.append((entry["label_id"], ok))
            else:
                row_id = entry["label_id"].split("/")[2]
                read[(row_id, codes[entry["label_id"]])] = ok
    return read, controls


def report(title: str, ids: list[str], records: dict[tuple[str, str], Record], read: dict) -> None:
    readings_of = {v: [read[(i, records[(v, i)].code)] for i in ids] for v in (DEFAULT, REVIEW, COPY)}
    judge_of = {v: [records[(v, i)].correct for i in ids] for v in (DEFAULT, REVIEW, COPY)}
    same = sum(records[(DEFAULT, i)].code == records[(REVIEW, i)].code for i in ids)
    print(f"## {title}: {len(ids)} rows inside code (1.5B, one thread per run, two runs side by side)\n")
    print("| variant | read correct | judge correct | fits the file | median s | median tokens |")
    print("|---|---:|---:|---:|---:|---:|")
    for variant in (DEFAULT, REVIEW, COPY):
        rows = [records[(variant, i)] for i in ids]
        print(
            f"| {variant} | {sum(readings_of[variant])}/{len(ids)} | {sum(judge_of[variant])}/{len(ids)} | "
            f"{sum(r.fits for r in rows)} | {statistics.median(r.seconds for r in rows):.1f} | "
            f"{statistics.median(r.completion_tokens for r in rows):.0f} |"
        )
    print(
        f"\n{REVIEW} vs {DEFAULT} (same answer on {same} rows): read "
        f"{versus(paired(readings_of[REVIEW], readings_of[DEFAULT]))}; judge "
        f"{versus(paired(judge_of[REVIEW], judge_of[DEFAULT]))}"
    )
    print(f"{DEFAULT} vs {COPY}: read {versus(paired(readings_of[DEFAULT], readings_of[COPY]))}\n")
    by_position: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for n, i in enumerate(ids):
        counts = by_position[records[(DEFAULT, i)].position]
        counts[0] += 1
        counts[1] += readings_of[DEFAULT][n]
        counts[2] += readings_of[REVIEW][n]
    print(f"| position | rows | {DEFAULT} | {REVIEW} |\n|---|---:|---:|---:|")
    for position, (n, x, y) in sorted(by_position.items()):
        print(f"| {position} | {n} | {x} | {y} |")
    print()
    for name, variants in (("the 1.5B's", (DEFAULT, REVIEW)), ("all", (DEFAULT, REVIEW, COPY))):
        distinct = {(i, records[(v, i)].code): records[(v, i)].correct for v in variants for i in ids}
        found = agreement([(correct, read[answer]) for answer, correct in distinct.items()])
        print(
            f"in-context judge on {name} {found.n} distinct answers (session 15 read rules off them): "
            f"{agreement_line(found)}"
        )
    print()


def main() -> None:
    records = judged()
    read, controls = labels(records)
    ids = sorted(i for v, i in records if v == DEFAULT)
    missing = [(v, i) for i in ids for v in (REVIEW, COPY) if (v, i) not in records]
    unread = sorted({batch_of(i) for (v, i), r in records.items() if (i, r.code) not in read})
    if missing:
        print(f"missing {len(missing)} answers: {missing[:5]}")
        return
    batches = [b for b in sorted(PREFIXES) if b not in unread and any(batch_of(i) == b for i in ids)]
    for batch in batches:
        report(f"batch {batch}", [i for i in ids if batch_of(i) == batch], records, read)
    if len(batches) > 1:
        report("both batches", [i for i in ids if batch_of(i) in batches], records, read)
    if unread:
        print(f"batch {', '.join(map(str, unread))} not read yet\n")
    earlier = readings()
    current = current_in_context(MODEL, in_context_rows())
    agree = sum(
        earlier[(lid.split("/")[2], current[(DEFAULT, lid.split("/")[2])]["code"])] == ok for lid, ok in controls
    )
    print(f"controls (test-split answers read before, read again blind): {agree}/{len(controls)} agree")


if __name__ == "__main__":
    main()
