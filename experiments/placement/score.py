"""Two placement levers of the 1.5B, read and judged against the default (``fim+select``) on the same rows.

    python experiments/placement/score.py > experiments/placement/results/score.txt

- **The example first inside code** (``fim+rag+select``: fill-in-the-middle with the retrieved example as another
  file, and without it when that middle fails the checks; the default does the reverse), all 168 in-context rows.
- **Top-level comments** (28 rows): the standalone question with the file's lines around the comment (what the
  server does at top level today) against fill-in-the-middle (what it does inside code).

An answer keeps the reading of the same code read before (``labelled.readings``); new answers were read blind
(benchmarks/judge/labels-placement-*.jsonl through worklist-key.jsonl), beside re-read controls of the default.
Paired exact McNemar tests; the judge (in-context judge v2) over the same answers; time per answer from the runs.
"""

from __future__ import annotations

import functools
import statistics
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from labelled import MODEL, read_again, readings  # noqa: E402
from worklist import RUNS  # noqa: E402
from worklists import read_jsonl, versus  # noqa: E402

from benchmarks.in_context.config import InContextConfig  # noqa: E402
from benchmarks.in_context.run import Record, judge_cached  # noqa: E402
from benchmarks.judge.calibration import agreement  # noqa: E402
from benchmarks.metrics.significance import paired  # noqa: E402

DEFAULT = "fim+select"


@functools.cache
def records(out: Path) -> dict[tuple[str, str], Record]:
    """Every cached answer of the 1.5B in ``out``, judged (once per folder)."""
    found = judge_cached(InContextConfig(out=out))
    return {(r.variant, r.id): r for r in found if r.model == MODEL}


def compare(variant: str, out: Path, read: dict[tuple[str, str], bool]) -> None:
    judged = records(out)
    ids = sorted(row_id for v, row_id in judged if v == variant)
    new = {i: judged[(variant, i)] for i in ids}
    old = {i: judged[(DEFAULT, i)] for i in ids}
    unread = [i for i in ids if (i, new[i].code) not in read]
    if unread:
        print(f"{variant}: UNREAD {len(unread)} of {len(ids)}; scoring the read ones only")
        ids = [i for i in ids if i not in unread]
    a = {i: read[(i, new[i].code)] for i in ids}
    b = {i: read[(i, old[i].code)] for i in ids}
    by_reading = paired([a[i] for i in ids], [b[i] for i in ids])
    by_judge = paired([new[i].correct for i in ids], [old[i].correct for i in ids])
    same = sum(new[i].code == old[i].code for i in ids)
    print(
        f"{variant} vs {DEFAULT} on {len(ids)} rows (same answer on {same}): read {sum(a.values())} vs "
        f"{sum(b.values())} ({versus(by_reading)}); judge {sum(new[i].correct for i in ids)} vs "
        f"{sum(old[i].correct for i in ids)} ({versus(by_judge)}); fits "
        f"{sum(new[i].fits for i in ids)} vs {sum(old[i].fits for i in ids)}; median "
        f"{statistics.median(new[i].seconds for i in ids):.1f} vs {statistics.median(old[i].seconds for i in ids):.1f}"
        f" s, {statistics.median(new[i].completion_tokens for i in ids):.0f} vs "
        f"{statistics.median(old[i].completion_tokens for i in ids):.0f} tokens (one thread, two runs side by side)"
    )
    by_position: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for i in ids:
        counts = by_position[new[i].position]
        counts[0] += 1
        counts[1] += a[i]
        counts[2] += b[i]
    print("| position | rows | " + variant + " | " + DEFAULT + " |\n|---|---:|---:|---:|")
    for position, (n, x, y) in sorted(by_position.items()):
        print(f"| {position} | {n} | {x} | {y} |")
    print()


def reviewer_selection(read: dict[tuple[str, str], bool]) -> None:
    """The comment-given-code selector (reviewer.py) between the default and the example-first answer."""
    path = HERE / "results" / "reviewer.jsonl"
    if not path.exists():
        return
    judged = records(RUNS["fim+rag+select"].parent)
    scores: dict[str, dict[str, float]] = defaultdict(dict)
    for entry in read_jsonl(path):
        scores[entry["id"]][entry["variant"]] = entry["logprob"]
    ids = sorted(i for v, i in judged if v == "fim+rag+select")
    new, old, chosen, picked, decisive, right = {}, {}, {}, {}, 0, 0
    for i in ids:
        a, b = judged[("fim+rag+select", i)], judged[(DEFAULT, i)]
        new[i], old[i] = read[(i, a.code)], read[(i, b.code)]
        if a.code == b.code:
            chosen[i], picked[i] = old[i], b
            continue
        if len(scores.get(i, {})) < 2:
            print(f"reviewer: row {i} not scored")
            return
        pick_new = scores[i]["fim+rag+select"] > scores[i][DEFAULT]
        chosen[i], picked[i] = (new[i], a) if pick_new else (old[i], b)
        if new[i] != old[i]:
            decisive += 1
            right += chosen[i]
    against = versus(paired([chosen[i] for i in ids], [old[i] for i in ids]))
    print(
        f"reviewer selection on {len(ids)} rows: read {sum(chosen.values())} (default {sum(old.values())}, "
        f"example-first {sum(new.values())}, oracle {sum(old[i] or new[i] for i in ids)}; selected vs default "
        f"{against}); where exactly one of the two is right it picks that one on {right} of {decisive}; judge "
        f"{sum(r.correct for r in picked.values())}, fits {sum(r.fits for r in picked.values())}"
    )
    inside = [i for i in ids if picked[i].position != "top_level"]
    print(
        f"inside code only ({len(inside)} rows): reviewer {sum(chosen[i] for i in inside)}, default "
        f"{sum(old[i] for i in inside)}, example-first {sum(new[i] for i in inside)}; reviewer vs default "
        f"{versus(paired([chosen[i] for i in inside], [old[i] for i in inside]))}\n"
    )


def fresh_judge() -> None:
    """The in-context judge against the new labels (answers no judge rule was tuned on): a held-out measurement."""
    keys = {e["hash"]: e for e in read_jsonl(HERE / "worklist-key.jsonl")}
    judged = {**records(RUNS["fim+rag+select"].parent), **records(RUNS["standalone"].parent)}
    pairs = []
    for path in sorted(Path("benchmarks/judge").glob("labels-placement-*.jsonl")):
        for label in read_jsonl(path):
            entry = keys[label["hash"]]
            if not entry.get("control"):
                _, variant, row_id = entry["label_id"].split("/")
                pairs.append((judged[(variant, row_id)].correct, label["label"] == "correct"))
    found = agreement(pairs)
    print(
        f"in-context judge on the {found.n} new answers (fresh): agreement {found.both_correct + found.both_wrong}/"
        f"{found.n}, precision {found.both_correct}/{found.both_correct + found.judge_only}, recall "
        f"{found.both_correct}/{found.both_correct + found.label_only}\n"
    )


def main() -> None:
    read = readings(tuple(RUNS.values()))
    again = read_again()
    if again:
        codes = records(RUNS["fim+rag+select"].parent)
        rows = {label_id: label_id.split("/")[2] for label_id in again}
        agree = sum(read[(rows[lid], codes[(DEFAULT, rows[lid])].code)] == ok for lid, ok in again.items())
        print(f"controls: {len(again)} answers of the default read again blind, {agree} agree with the first reading\n")
    for variant, path in RUNS.items():
        compare(variant, path.parent, read)
    fresh_judge()
    reviewer_selection(read)


if __name__ == "__main__":
    main()
