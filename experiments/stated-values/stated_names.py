"""Stated names (session 17; README here): the stated-values step tried for a code name the comment gives.

A name is a ``_name``, a camelCase word, a PascalCase word with a second capital, a dotted name or ``name()`` in
the request comment (``_retry``, ``scooterId``, ``AnimatedSwitcher``, ``settings.themeMode``); platform words
(``iOS``, ``iPhone``, …) are not names. Prints (1) how often a held-out answer leaving out such a name is read
correct, against one using every name (the kept answer of batches 1–2, the first candidate of the later ones);
(2) the server's ``fim+select`` replayed on the batches with both candidates cached, with the step as it is
(values) and with names added, and the rows where the kept answer changes.

    python experiments/stated-values/stated_names.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[0]))
sys.path.insert(0, str(HERE.parents[1]))

import score  # noqa: E402
from worklists import versus  # noqa: E402

import flutr.in_place as in_place  # noqa: E402
from benchmarks.metrics.significance import paired  # noqa: E402
from flutr.in_context import read_in_context  # noqa: E402
from flutr.stated_values import left_out  # noqa: E402

_NAME = re.compile(
    r"(?<![\w'])(?:_[A-Za-z]\w*|[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*|[A-Za-z_]\w*\.[A-Za-z_][\w.]*|[A-Za-z_]\w*\(\))"
)
NOT_NAMES = frozenset({"iOS", "iPhone", "iPad", "iPadOS", "macOS", "watchOS", "tvOS", "kWh"})


def stated_names(request: str) -> list[str]:
    names = []
    for match in _NAME.finditer(request):
        name = match.group(0).rstrip(".").removesuffix("()")
        if name and name not in NOT_NAMES and name not in names:
            names.append(name)
    return names


def left_out_names(code: str, request: str) -> tuple[str, ...]:
    """The stated values and names ``code`` leaves out (a name by its last part, outside comment lines)."""
    searchable = re.sub(r"^\s*//.*$", "", code, flags=re.MULTILINE)
    missing = list(left_out(code, request))
    for name in stated_names(request):
        last = re.escape(name.split(".")[-1])
        if not re.search(rf"(?<![\w$]){last}(?!\w)", searchable):
            missing.append(name)
    return tuple(missing)


def main() -> None:
    rows = {row.id: row for row in read_in_context(score.HOLDOUT)}
    read = score.readings()
    tally: Counter[tuple[str, bool]] = Counter()
    for variant, row_id, code, _ in score.held_out_answers(kept_only=True):
        request, correct = rows[row_id].block().text, read(variant, row_id)
        names = stated_names(request)
        if correct is None or not names:
            continue
        gaps = left_out_names(code, request)
        kind = "leaves one out" if any(name in gaps for name in names) else "uses every name"
        tally[(kind, correct)] += 1
    print("## Read correct, of the comments that give a code name")
    for kind in ("leaves one out", "uses every name"):
        print(f"{kind}: {tally[(kind, True)]}/{tally[(kind, True)] + tally[(kind, False)]}")

    print("\n## fim+select replayed: stated values (served) vs values and names")
    values, names, changed = [], [], []
    for title, run in score.FULL_RUNS.items():
        generations = run / "generations.jsonl"
        if not generations.exists():
            continue
        for row_id, codes in sorted(score.cached(generations).items()):
            if "fim" not in codes or "fim+rag" not in codes:
                continue
            row = rows[row_id]
            first, second = score.candidate(codes["fim"], row), score.candidate(codes["fim+rag"], row)
            shown = {id(first): "fim", id(second): "fim" if second.code == first.code else "fim+rag"}
            kept_values, _ = score.kept_now(first, second, row)
            in_place.left_out = left_out_names  # the served step with names added
            try:
                kept_names, _ = score.kept_now(first, second, row)
            finally:
                in_place.left_out = left_out
            a, b = read(shown[id(kept_values)], row_id), read(shown[id(kept_names)], row_id)
            values.append(a)
            names.append(b)
            if kept_values.code != kept_names.code:
                changed.append(f"  {title.split(' (')[0]} {row_id}: {a} -> {b}")
    known = [(a, b) for a, b in zip(values, names, strict=True) if a is not None and b is not None]
    print(f"rows {len(values)}: values {sum(bool(v) for v in values)}, values and names {sum(bool(v) for v in names)}")
    print("values and names vs values: " + versus(paired([b for _, b in known], [a for a, _ in known])))
    print("\n".join(changed))


if __name__ == "__main__":
    main()
