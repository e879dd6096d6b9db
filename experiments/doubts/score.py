"""How often the answers flutr doubts (``flutr.doubts``: the server's warning) are right, read blind, against the
answers it offers without a doubt — on every answer already read; no new generation, no new label.

    python experiments/doubts/score.py > experiments/doubts/results.txt

- Inside code, the full held-out batches (3–7, ``data/in_context/holdout.jsonl``; the answer the default offers:
  ``fim``, or ``fim+rag`` when the selection takes the second candidate), each batch on its own: batch 7 was written and
  read after every rule the doubts use (but the format rule of ``flutr.stated_values``, read off one of its
  answers), batches 3–6 helped write some of them.
- Inside code, the 168 test rows: every distinct answer of the 1.5B that was read and fits the file.
- Questions: the 1.5B's answer (one retrieved example, the default at top level) on the 255 test questions read,
  as the server would check it under the question written as a comment at the top of an empty file.

Only answers that fit the file count (one that does not goes in as a comment and the user is told that instead).
Fisher's exact test: doubted answers right less often than the others.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from scipy.stats import fisher_exact

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, ROOT / "experiments", ROOT / "experiments/stated-values", ROOT / "experiments/placement"):
    sys.path.insert(0, str(extra))

from labelled import readings as test_readings  # noqa: E402

from benchmarks.judge.in_context import InContextRow  # noqa: E402
from flutr.comments import request_comment_at  # noqa: E402
from flutr.dataset import load_split  # noqa: E402
from flutr.doubts import Doubt, doubts  # noqa: E402
from flutr.edits import file_problem  # noqa: E402
from flutr.in_context import read_in_context  # noqa: E402


def _module(name: str, path: Path):  # type: ignore[no-untyped-def]
    """A sibling experiment's ``score.py`` by its path (several experiments name theirs ``score``)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


stated = _module("stated_values_score", ROOT / "experiments/stated-values/score.py")
sample = _module("sample102_score", ROOT / "experiments/sample102/score.py")

Case = tuple[tuple[Doubt, ...], bool]  # an offered answer's doubts, and whether it was read correct
KINDS: Counter[str] = Counter()
KINDS_RIGHT: Counter[str] = Counter()


def fitting(row: InContextRow, code: str) -> bool:
    return bool(code.strip()) and file_problem(row.file, row.block(), code) is None


def report(title: str, cases: Iterable[Case]) -> None:
    cases = list(cases)
    doubted = [right for found, right in cases if found]
    clean = [right for found, right in cases if not found]
    wrong = [found for found, right in cases if not right]
    table = [[sum(doubted), len(doubted) - sum(doubted)], [sum(clean), len(clean) - sum(clean)]]
    _, p = fisher_exact(table, alternative="less")
    print(f"\n## {title}")
    print(f"answers {len(cases)}, read right {sum(right for _, right in cases)}")
    print(f"doubted: {len(doubted)}, read right {sum(doubted)}")
    print(f"not doubted: {len(clean)}, read right {sum(clean)}")
    print(f"wrong answers doubted: {sum(bool(found) for found in wrong)}/{len(wrong)}")
    print(f"Fisher exact (doubted right less often): p = {p:.2g}")
    for found, right in cases:
        for kind in {doubt.kind for doubt in found}:
            KINDS[kind] += 1
            KINDS_RIGHT[kind] += right


def held_out(run: Path, rows: dict[str, InContextRow], read) -> list[Case]:  # type: ignore[no-untyped-def]
    """The default's offered answer on each row of a full held-out run, with its reading."""
    cases = []
    for row_id, codes in sorted(stated.cached(run / "generations.jsonl").items()):
        row = rows[row_id]
        first, second = stated.candidate(codes["fim"], row), stated.candidate(codes["fim+rag"], row)
        offered, _ = stated.kept_now(first, second, row)
        variant = "fim" if offered is first else "fim+rag"
        right = read(variant, row_id)
        if right is not None and fitting(row, offered.code):
            cases.append((doubts(row.file, row.block(), offered.code), right))
    return cases


def test_rows() -> list[Case]:
    rows = {row.id: row for row in read_in_context(Path("data/in_context/test.jsonl"))}
    return [
        (doubts(rows[row_id].file, rows[row_id].block(), code), right)
        for (row_id, code), right in sorted(test_readings().items())
        if row_id in rows and fitting(rows[row_id], code)
    ]


def questions() -> list[Case]:
    first, added = sample.sample102_labels()
    read = {**first, **added}
    with contextlib.redirect_stdout(io.StringIO()):
        read = sample.extension(255, sample.extension(204, read, set()), set())
    run = ROOT / "benchmarks/results/judge-v2/qwen2.5-coder-1.5b-corpus2636-sample255/generations.jsonl"
    codes = {g["row_id"]: g["code"] for g in stated.read_jsonl(run) if g["variant"] == "rag"}
    asked = {row.id: row.question for row in load_split("test")}
    cases = []
    for row_id, right in sorted(read.items()):
        source = f"// {' '.join(asked[row_id].split())}\n"
        block = request_comment_at(source, 0)
        code = codes[row_id]
        if block is not None and code.strip() and file_problem(source, block, code) is None:
            cases.append((doubts(source, block, code), right))
    return cases


def main() -> None:
    rows = {row.id: row for row in read_in_context(stated.HOLDOUT)}
    read = stated.readings()
    print("# Answers flutr doubts (flutr.doubts) against the others, read blind")
    every: list[Case] = []
    for title, run in stated.FULL_RUNS.items():
        cases = held_out(run, rows, read)
        every += cases
        report(f"inside code, held-out {title}", cases)
    report("inside code, every full held-out batch above together", every)
    test, asked = test_rows(), questions()
    report("inside code, the 168 test rows: every distinct answer read (1.5B)", test)
    report("questions: the 255 test questions read (1.5B, one example)", asked)
    KINDS.clear()
    KINDS_RIGHT.clear()
    report("all of the above together (for the kinds below)", [*every, *test, *asked])
    print("\n## by kind: answers with it, of them read right")
    for kind, count in KINDS.most_common():
        print(f"{kind}: {count}, {KINDS_RIGHT[kind]} right")


if __name__ == "__main__":
    main()
