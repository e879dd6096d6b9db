"""Worklist for labelling in-context answers by careful reading, blind to every verdict.

Run from the repository root with the repository's ``.venv``::

    .venv/bin/python experiments/judge-labels/in_context_worklist.py [--generations PATH] [--lines N]
        [--pair MODEL/VARIANT ...] [--out PATH]

Input: the cached generations of ``python -m benchmarks.in_context`` (``/tmp/ctx/bench/generations.jsonl``; one
line per answer with ``key, model, variant, id, code, seconds, ...`` and no verdict) and the rows of
``data/in_context/test.jsonl``.  ``--lines N`` reads only the first N lines of the cache (the benchmark appends as
it goes, so a worklist is rebuilt exactly from the same first lines).

The committed ``benchmarks/judge/in-context-worklist.jsonl`` was built on 2026-12-06 with ``--lines 108``: the
first 108 lines are every answer cached before a rerun of ``qwen2.5-coder-1.5b``/``fim`` began appending (the
``flutr-fast-0.5b`` fim/standalone run and its ``copy1`` baseline had stopped after 11/10/10 rows).  The other
pairs then held 31 current answers in all, fewer than 60, so all of them are in the worklist.

Which generations count: the last line per (model, variant, id) whose ``key`` is the benchmark's
``record_key`` for the row as it is now (same file, same prompt digest; for ``fim`` any cut-rules version up to
the current one; every variant whose name starts with ``fim``, such as ``fim+rag``, is keyed like ``fim``).
Lines generated for an older version of a row's file are stale and left out.

Selection: every current answer of ``qwen2.5-coder-1.5b`` / ``fim`` (60), and up to 60 others drawn with
``random.Random(2026)`` from the other model/variant pairs, spread evenly over them (a pair with fewer answers
than its share gives the rest to the others).

``--pair MODEL/VARIANT`` (repeatable) replaces that selection: the worklist holds exactly the current answers of
the named pairs, in the order named, each sorted by row id, and nothing is drawn at random.  The committed
``benchmarks/judge/in-context-worklist-fim-rag.jsonl`` (60 items) was built on 2026-12-06 from
``benchmarks/results/in-context/generations.jsonl`` with ``--pair qwen2.5-coder-1.5b/fim+rag``: every current
answer of Qwen2.5-Coder-1.5B fill-in-the-middle shown one retrieved Q&A example.

For each answer the worklist has what the server would insert (``flutr.edits.place``: the code, or the code as a
comment block when it would break the file, with ``fits``) and the file with that insertion in place
(``flutr.in_context.with_code``), its inserted lines marked ``>>`` and given as a 1-based line range.  The row's
reference answer is there for orientation only.  Nothing a judge computes is read or written.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

from benchmarks.in_context.run import record_key
from flutr.edits import place
from flutr.in_context import InContextRow, read_in_context, with_code

SEED = 2026
PRIMARY = ("qwen2.5-coder-1.5b", "fim")
OTHERS = 60
GENERATIONS = Path("/tmp/ctx/bench/generations.jsonl")
ROWS = Path("data/in_context/test.jsonl")
OUT = Path("benchmarks/judge/in-context-worklist.jsonl")


def current_keys(model: str, variant: str, row: InContextRow) -> set[str]:
    """The cache key of ``benchmarks.in_context.run.record_key`` for this row as it is now. (The committed
    worklists were built when the key still held the prompt digest for every variant, and any cut-rules version
    up to the current one for ``fim``; the generations were re-keyed since, their codes unchanged.)"""
    return {record_key(model, variant, row)}


def read_generations(path: Path, lines: int | None) -> tuple[list[dict], int]:
    text = path.read_text(encoding="utf-8").splitlines()
    if lines is not None:
        text = text[:lines]
    return [json.loads(line) for line in text if line.strip()], len(text)


def shown(changed: str, inserted: range) -> str:
    """The file with 1-based line numbers, the inserted lines (``inserted`` is 0-based) marked ``>>``."""
    out = []
    for index, line in enumerate(changed.split("\n")):
        mark = ">>" if index in inserted else "  "
        out.append(f"{index + 1:4d}{mark} {line}")
    return "\n".join(out)


def item(generated: dict, row: InContextRow) -> dict:
    block = row.block()
    code = generated["code"]
    placement = place(row.file, block, code) if code.strip() else None
    inserted = placement.code if placement else ""
    fits = bool(placement and placement.fits)
    changed, lines = with_code(row.file, block, inserted) if inserted else (row.file, range(0))
    return {
        "label_id": f"{generated['model']}/{generated['variant']}/{row.id}",
        "model": generated["model"],
        "variant": generated["variant"],
        "id": row.id,
        "position": row.position,
        "question": row.question,
        "fits": fits,
        "inserted": inserted,
        "code": code,
        "inserted_lines": [lines.start + 1, lines.stop] if len(lines) else [],  # 1-based, inclusive
        "file_with_insert": changed,
        "file_shown": shown(changed, lines),
        "reference": row.answer,
        "key": generated["key"],
    }


def default_selection(pools: dict[tuple[str, str], list[dict]]) -> list[dict]:
    """Every current answer of ``PRIMARY`` and up to ``OTHERS`` drawn evenly from the other pairs."""
    chosen = list(pools.get(PRIMARY, []))
    others = sorted(pair for pair in pools if pair != PRIMARY)
    rng = random.Random(SEED)
    left, remaining = OTHERS, list(others)
    # even shares; a pair smaller than its share gives the rest to the others
    shares: dict[tuple[str, str], int] = {}
    for pair in sorted(remaining, key=lambda pair: len(pools[pair])):
        share = min(len(pools[pair]), left // len(remaining))
        shares[pair] = share
        left -= share
        remaining.remove(pair)
    for pair in others:
        chosen += sorted(rng.sample(pools[pair], shares[pair]), key=lambda generated: generated["id"])
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--generations", type=Path, default=GENERATIONS)
    parser.add_argument("--lines", type=int, default=None, help="read only the first N lines of the cache")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--pair",
        action="append",
        default=[],
        metavar="MODEL/VARIANT",
        help="take exactly the current answers of this pair (repeatable) instead of the default selection",
    )
    args = parser.parse_args()
    pairs: list[tuple[str, str]] = []
    for text in args.pair:
        model, slash, variant = text.partition("/")
        if not slash or not model or not variant:
            parser.error(f"--pair wants MODEL/VARIANT, got {text!r}")
        pairs.append((model, variant))

    rows = {row.id: row for row in read_in_context(ROWS)}
    generations, read = read_generations(args.generations, args.lines)
    latest: dict[tuple[str, str, str], dict] = {}
    for generated in generations:
        row = rows.get(generated["id"])
        if row is not None and generated["key"] in current_keys(generated["model"], generated["variant"], row):
            latest[(generated["model"], generated["variant"], generated["id"])] = generated

    pools: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for (model, variant, _), generated in sorted(latest.items()):
        pools[(model, variant)].append(generated)

    chosen = [generated for pair in pairs for generated in pools.get(pair, [])] if pairs else default_selection(pools)

    items = [item(generated, rows[generated["id"]]) for generated in chosen]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for entry in items:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    counts = defaultdict(int)
    for entry in items:
        counts[f"{entry['model']}/{entry['variant']}"] += 1
    summary = {
        "generations": str(args.generations),
        "lines_read": read,
        "current_answers": {f"{m}/{v}": len(p) for (m, v), p in sorted(pools.items())},
        "chosen": dict(sorted(counts.items())),
        "out": str(args.out),
    }
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
