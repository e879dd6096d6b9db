"""A second candidate for a middle that leaves out a value the comment states (session 16; README here).

Replays which middle the server's ``fim+select`` offers, from cached greedy candidates, under two rules with the
same reference-free checks (those of the code this script runs with):

- ``before``: a second candidate only when the first is rejected (``flutr.in_place.rejected_in_file``), kept when
  it passes;
- ``now``: also when the first leaves out a number or quoted text of the comment
  (``flutr.in_place.wants_second``), and the one that states them all is kept (``kept_candidate``).

Batches whose run cached both candidates (``fim`` and ``fim+rag``) are replayed whole: batch 3 (where the rule was
read off: development), batch 4 (authored after the rule was committed: confirmation), batch 5 (a second
confirmation) and batch 6 (a third, session 17), 7–9 (sessions 18–20). Batches 1–2 cached the
kept answer (``fim+select``) and the review's (``fim+review``, the other candidate where the two differ), so only
a lower bound of the change is seen there. Every answer is scored by the blind readings of its batch
(``benchmarks/judge/labels-in-context-holdout-*.jsonl`` through the worklist keys); an answer nobody read is
listed as unread.

    python experiments/stated-values/score.py > experiments/stated-values/score.txt
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[0]))
sys.path.insert(0, str(HERE.parents[1]))

from worklists import read_jsonl, versus  # noqa: E402

from benchmarks.in_context.run import Generated, judged  # noqa: E402
from benchmarks.metrics.significance import paired  # noqa: E402
from flutr.answering import Answer  # noqa: E402
from flutr.edits import file_problem  # noqa: E402
from flutr.in_context import InContextRow, read_in_context  # noqa: E402
from flutr.in_place import kept_candidate, rejected_in_file, wants_second  # noqa: E402
from flutr.stated_values import left_out, stated_values  # noqa: E402

MODEL = "qwen2.5-coder-1.5b"
HOLDOUT = Path("data/in_context/holdout.jsonl")
FULL_RUNS = {
    "batch 3 (development: the rule was read off it)": Path("benchmarks/results/in-context-holdout-b3"),
    "batch 4 (confirmation: written after the rule was committed)": Path("benchmarks/results/in-context-holdout-b4"),
    "batch 5 (a second confirmation: written after batch 4 was read)": Path("benchmarks/results/in-context-holdout-b5"),
    "batch 6 (a third confirmation: session 17)": Path("benchmarks/results/in-context-holdout-b6"),
    "batch 7 (a fourth confirmation: session 18)": Path("benchmarks/results/in-context-holdout-b7"),
    "batch 8 (a fifth confirmation: session 19)": Path("benchmarks/results/in-context-holdout-b8"),
    "batch 9 (a sixth confirmation: session 20)": Path("benchmarks/results/in-context-holdout-b9"),
    "batch 10 (a seventh confirmation: session 22)": Path("benchmarks/results/in-context-holdout-b10"),
    "batch 11 (an eighth confirmation, 50 rows: session 22)": Path("benchmarks/results/in-context-holdout-b11"),
}
PARTIAL_RUN = Path("benchmarks/results/in-context-holdout/generations.jsonl")
LABELS = Path("benchmarks/judge")
KEYS = Path("experiments/holdout")

Reading = Callable[[str, str], "bool | None"]


def readings() -> Reading:
    """``read(variant, row id)``: the blind reading of the 1.5B's answer, ``None`` when nobody read it."""
    labels = {
        label["hash"]: label["label"] == "correct"
        for path in LABELS.glob("labels-in-context-holdout-*.jsonl")
        for label in read_jsonl(path)
    }
    hashes = {key["label_id"]: key["hash"] for path in KEYS.glob("worklist*key.jsonl") for key in read_jsonl(path)}

    def read(variant: str, row_id: str) -> bool | None:
        return labels.get(hashes.get(f"{MODEL}/{variant}/{row_id}", ""))

    return read


@functools.cache
def judge(row: InContextRow, code: str) -> tuple[int, int]:
    """(judged correct, fits) for ``code`` under ``row``'s comment, as the benchmark judges a cached answer."""
    record = judged(row, Generated("", MODEL, "fim+select", row.id, code, 0.0, 0, 1))
    return int(record.correct), int(record.fits)


def plus(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return a[0] + b[0], a[1] + b[1]


def candidate(code: str, row: InContextRow) -> Answer:
    block = row.block()
    problem = file_problem(row.file, block, code) if code.strip() else "model produced no code"
    return Answer(code, (), problem is None, problem, 1, ())


@functools.cache
def cached(run: Path) -> dict[str, dict[str, str]]:
    codes: dict[str, dict[str, str]] = {}
    for generated in read_jsonl(run):
        if generated["model"] == MODEL:
            codes.setdefault(generated["id"], {})[generated["variant"]] = generated["code"]
    return codes


def kept_before(first: Answer, second: Answer, row: InContextRow) -> tuple[Answer, int]:
    block = row.block()
    if not rejected_in_file(first, row.file, block):
        return first, 1
    return (first if rejected_in_file(second, row.file, block) else second), 2


def kept_now(first: Answer, second: Answer, row: InContextRow) -> tuple[Answer, int]:
    block = row.block()
    if not wants_second(first, row.file, block):
        return first, 1
    return kept_candidate(first, second, row.file, block) or first, 2


def report(
    title: str,
    before: list[bool | None],
    now: list[bool | None],
    made: tuple[int, int],
    changed: list[str],
    judged_counts: list[tuple[int, int]],
) -> None:
    print(f"\n## {title}")
    unread = sum(value is None for value in now) + sum(value is None for value in before)
    print(f"rows {len(now)}; a second candidate made on {made[0]} before, {made[1]} now")
    print(f"read correct: before {sum(bool(v) for v in before)}, now {sum(bool(v) for v in now)} (unread: {unread})")
    (judged_before, fits_before), (judged_now, fits_now) = judged_counts
    print(f"judge: before {judged_before}, now {judged_now}; fits: before {fits_before}, now {fits_now}")
    known = [(b, n) for b, n in zip(before, now, strict=True) if b is not None and n is not None]
    print("now vs before, rows read both ways: " + versus(paired([n for _, n in known], [b for b, _ in known])))
    for line in changed:
        print("  " + line)


def full_replay(title: str, run: Path, rows: dict[str, InContextRow], read: Reading) -> None:
    generations = run / "generations.jsonl"
    if not generations.exists():
        print(f"\n## {title}\nno run yet ({generations})")
        return
    before, now, changed, made, judged_counts = [], [], [], [0, 0], [(0, 0), (0, 0)]
    for row_id, codes in sorted(cached(generations).items()):
        if "fim" not in codes or "fim+rag" not in codes:
            continue
        row = rows[row_id]
        first, second = candidate(codes["fim"], row), candidate(codes["fim+rag"], row)
        # the same code from both candidates was read once, as the first's
        names = {id(first): "fim", id(second): "fim" if second.code == first.code else "fim+rag"}
        (old, old_made), (new, new_made) = kept_before(first, second, row), kept_now(first, second, row)
        made[0] += old_made == 2
        made[1] += new_made == 2
        old_read, new_read = read(names[id(old)], row_id), read(names[id(new)], row_id)
        judged_counts = [plus(judged_counts[0], judge(row, old.code)), plus(judged_counts[1], judge(row, new.code))]
        before.append(old_read)
        now.append(new_read)
        if old.code != new.code:
            gap = ", ".join(left_out(old.code, row.block().text))
            changed.append(f"{row_id}: {names[id(old)]} ({old_read}) -> {names[id(new)]} ({new_read}); left out: {gap}")
    report(title, before, now, (made[0], made[1]), changed, judged_counts)


def partial_replay(rows: dict[str, InContextRow], read: Reading) -> None:
    """Batches 1–2: where ``fim+select`` kept its first candidate (one attempt) and the review kept another, that
    other is the second candidate; elsewhere the second is unknown and both rules are taken to keep what
    ``fim+select`` kept (its first candidate after one attempt, else its second)."""
    records = {(g["variant"], g["id"]): g for g in read_jsonl(PARTIAL_RUN) if g["model"] == MODEL}
    before, now, changed, made, judged_counts = [], [], [], [0, 0], [(0, 0), (0, 0)]
    for (variant, row_id), selected in sorted(records.items()):
        if variant != "fim+select":
            continue
        row, reviewed = rows[row_id], records[("fim+review", row_id)]
        if selected["attempts"] != 1:  # the first was rejected: both rules make the second and keep the same
            verdict = judge(row, selected["code"])
            judged_counts = [plus(judged_counts[0], verdict), plus(judged_counts[1], verdict)]
            before.append(read("fim+select", row_id))
            now.append(read("fim+select", row_id))
            made[0] += 1
            made[1] += 1
            continue
        first, second = candidate(selected["code"], row), candidate(reviewed["code"], row)
        (old, old_made), (new, new_made) = kept_before(first, second, row), kept_now(first, second, row)
        made[0] += old_made == 2
        made[1] += new_made == 2
        if reviewed["code"] == selected["code"]:
            old = new = first
        judged_counts = [plus(judged_counts[0], judge(row, old.code)), plus(judged_counts[1], judge(row, new.code))]
        old_read = read("fim+select" if old is first else "fim+review", row_id)
        new_read = read("fim+select" if new is first else "fim+review", row_id)
        before.append(old_read)
        now.append(new_read)
        if old is not new:
            gap = ", ".join(left_out(old.code, row.block().text))
            changed.append(
                f"{row_id}: {'fim' if old is first else 'fim+rag'} ({old_read}) -> "
                f"{'fim' if new is first else 'fim+rag'} ({new_read}); left out: {gap}"
            )
    title = "batches 1–2 (development; the second candidate known on part of the rows: a lower bound)"
    report(title, before, now, (made[0], made[1]), changed, judged_counts)


def held_out_answers(kept_only: bool) -> list[tuple[str, str, str, str]]:
    """(variant, row id, code, batch) of the 1.5B's held-out answers: batches 1–2 the kept answer (and, unless
    ``kept_only``, the review's), batches 3–6 the first candidate (and, unless ``kept_only``, the second)."""
    partial = ("fim+select",) if kept_only else ("fim+select", "fim+review")
    answers = [
        (g["variant"], g["id"], g["code"], "batches 1–2")
        for g in read_jsonl(PARTIAL_RUN)
        if g["model"] == MODEL and g["variant"] in partial
    ]
    for title, run in FULL_RUNS.items():
        if (run / "generations.jsonl").exists():
            for row_id, codes in cached(run / "generations.jsonl").items():
                variants = ("fim",) if kept_only else ("fim", "fim+rag")
                answers += [(v, row_id, codes[v], title.split(" (")[0]) for v in variants]
    return answers


def read_rate(rows: dict[str, InContextRow], read: Reading) -> None:
    """Of the comments that state a value: how often an answer that leaves one out is read correct, and one that
    has them all (batches 1–2: the kept answer; 3–7: the first candidate, ``fim``)."""
    tally: dict[tuple[str, bool], list[int]] = {}
    for variant, row_id, code, batch in held_out_answers(kept_only=True):
        request = rows[row_id].block().text
        correct = read(variant, row_id)
        if correct is None or not stated_values(request):
            continue
        shown = f"{batch}, kept" if variant == "fim+select" else f"{batch}, fim"
        counts = tally.setdefault((shown, bool(left_out(code, request))), [0, 0])
        counts[0] += correct
        counts[1] += 1
    print("\n## Read correct, of the comments that state a value: answers leaving one out vs stating them all")
    for batch in dict.fromkeys(b for b, _ in tally):
        (right_out, n_out), (right_all, n_all) = tally.get((batch, True), [0, 0]), tally.get((batch, False), [0, 0])
        print(f"{batch}: leaves one out {right_out}/{n_out}, states them all {right_all}/{n_all}")


def as_judge_rule(rows: dict[str, InContextRow], read: Reading) -> None:
    """The judge's precision on every distinct answer read, and if it also rejected an answer leaving out a value."""
    seen, counts = set(), {}
    for variant, row_id, code, batch in held_out_answers(kept_only=False):
        correct = read(variant, row_id)
        if (row_id, code) in seen or correct is None:
            continue
        seen.add((row_id, code))
        if not judge(rows[row_id], code)[0]:
            continue
        # accepted: [right, all] by the judge as it is, and without those leaving a value out
        tally = counts.setdefault(batch, [0, 0, 0, 0])
        gap = bool(left_out(code, rows[row_id].block().text))
        tally[0] += correct
        tally[1] += 1
        tally[2] += correct and not gap
        tally[3] += not gap
    print("\n## As a judge rule: precision now -> if the judge also rejected answers leaving out a stated value")
    for batch, (right, accepted, right_kept, kept) in counts.items():
        print(f"{batch}: {right}/{accepted} -> {right_kept}/{kept}")


def test_split_replay() -> None:
    """The 168-row in-context test split: rows whose cached first middle (``fim``, or ``fim+select`` after one
    attempt) passes the checks but leaves out a stated value, and what the rule keeps there."""
    sys.path.insert(0, str(HERE.parents[0] / "placement"))
    from labelled import readings as test_readings
    from worklists import current_in_context, in_context_rows

    rows = in_context_rows()
    current = current_in_context(MODEL, rows)
    read = test_readings()
    fired, lines, judged_counts = 0, [], [(0, 0), (0, 0)]
    for (variant, row_id), selected in sorted(current.items()):
        if variant != "fim+select" or rows[row_id].position == "top_level":
            continue
        row = rows[row_id]
        kept_code = selected["code"]
        if ("fim", row_id) not in current and selected["attempts"] != 1:  # the first was rejected: no change
            judged_counts = [
                plus(judged_counts[0], judge(row, kept_code)),
                plus(judged_counts[1], judge(row, kept_code)),
            ]
            continue
        first_code = current[("fim", row_id)]["code"] if ("fim", row_id) in current else selected["code"]
        first = candidate(first_code, row)
        if not rejected_in_file(first, row.file, row.block()) and left_out(first.code, row.block().text):
            fired += 1
            second = current.get(("fim+rag", row_id))
            if second is None:
                lines.append(f"{row_id}: the second candidate is not cached")
            else:
                kept, _ = kept_now(first, candidate(second["code"], row), row)
                if kept.code != selected["code"]:
                    kept_code = kept.code
                    lines.append(
                        f"{row_id}: read {read.get((row_id, selected['code']))} -> {read.get((row_id, kept.code))}"
                    )
        judged_counts = [
            plus(judged_counts[0], judge(row, selected["code"])),
            plus(judged_counts[1], judge(row, kept_code)),
        ]
    print("\n## The in-context test split inside code (140 rows): the cached fim+select vs the rule")
    print(f"the rule fires on {fired} rows (a first middle passing the checks but leaving out a stated value)")
    (before, _), (now, _) = judged_counts
    print(f"judge: before {before}, now {now}; switched:")
    for line in lines:
        print("  " + line)


def main() -> None:
    rows = {row.id: row for row in read_in_context(HOLDOUT)}
    read = readings()
    print("# fim+select: a second candidate for a middle that leaves out a stated value (before vs now)")
    partial_replay(rows, read)
    for title, run in FULL_RUNS.items():
        full_replay(title, run, rows, read)
    read_rate(rows, read)
    as_judge_rule(rows, read)
    test_split_replay()
    stating = sum(bool(stated_values(row.block().text)) for row in rows.values())
    print(f"\nheld-out rows whose comment states a number or a quoted text: {stating} of {len(rows)}")


if __name__ == "__main__":
    main()
