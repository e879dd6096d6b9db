"""``flutr-train data validate-in-context``: every problem of an in-context file as ``file:line: reason``.

Each row must hold exactly one Turkish request comment that the server's comment finder sees, at the position the
row names (:func:`flutr.position.position_of` decides), in a file that parses; the file with the answer inserted
the way the server inserts must still parse; the answer must satisfy the row's ``must_contain`` (in code),
``must_not`` and ``checks``. Across rows: unique ids, and no near-duplicates (same question and same answer)
within a split or across train/test.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from flutr.comments import find_request_comments
from flutr.dart import find_syntax_errors
from flutr.dart_api.requirements import CheckSyntaxError, failed_checks, missing_groups, present_forbidden
from flutr.dart_api.syntax import code_only
from flutr.in_context import IN_CONTEXT_DIR, InContextRow, standalone, with_code
from flutr.position import POSITION_KINDS, position_of
from flutr.turkish import is_turkish
from model_training.dataset_leaks import load_decisions
from model_training.dataset_validate import TOPICS, TWINS_FILE, Problem, QuestionVectors, answer_shingles, jaccard

REQUIRED = {"id": str, "topic": str, "position": str, "file": str, "answer": str}
OPTIONAL = ("must_contain", "must_not", "checks")
_ID = re.compile(r"^ctx-[a-z_]+-\d{3,}$")
MAX_ANSWER_LINES = 40
MAX_FILE_LINES = 160


@dataclass(frozen=True)
class LocatedInContext:
    path: Path
    line: int
    row: InContextRow

    @property
    def split(self) -> str:
        return self.path.stem


def _field_problem(data: object) -> str | None:
    if not isinstance(data, dict):
        return f"a JSON object is expected, got {type(data).__name__}"
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        return f"missing field(s) {', '.join(missing)}; every row needs {', '.join(REQUIRED)} and must_contain"
    for key, kind in REQUIRED.items():
        if not isinstance(data[key], kind):
            return f"field {key!r} must be a {kind.__name__}, got {type(data[key]).__name__}"
    extra = set(data) - set(REQUIRED) - set(OPTIONAL)
    if extra:
        return f"unknown field(s) {', '.join(sorted(extra))}; optional fields are {', '.join(OPTIONAL)}"
    for key in OPTIONAL:
        items = data.get(key, [])
        if not isinstance(items, list) or not all(isinstance(m, str) and m.strip() for m in items):
            return f"field {key!r} must be a list of non-empty strings"
    return None


def read_in_context_located(path: Path, problems: list[Problem]) -> list[LocatedInContext]:
    rows: list[LocatedInContext] = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(path, 0, f"cannot read the file as UTF-8 ({exc})"))
        return rows
    for number, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(Problem(path, number, f"malformed JSON ({exc.msg} at column {exc.colno})"))
            continue
        error = _field_problem(data)
        if error:
            problems.append(Problem(path, number, error))
            continue
        rows.append(LocatedInContext(path, number, InContextRow.from_dict(data)))
    return rows


def check_in_context_row(row: InContextRow) -> Iterable[str]:
    if not _ID.match(row.id):
        yield f"id {row.id!r} must look like 'ctx-<topic>-<number>' (e.g. ctx-state-007)"
    elif not row.id.startswith(f"ctx-{row.topic}-"):
        yield f"id {row.id!r} does not start with ctx-{row.topic}-"
    if row.topic not in TOPICS:
        yield f"unknown topic {row.topic!r}; one of {', '.join(TOPICS)}"
    if row.position not in POSITION_KINDS:
        yield f"unknown position {row.position!r}; one of {', '.join(POSITION_KINDS)}"
    if not row.must_contain:
        yield "must_contain is empty: name at least one identifier the answer must use"
    file_lines = row.file.count("\n") + 1
    if file_lines > MAX_FILE_LINES:
        yield f"file has {file_lines} lines; keep excerpts ≤ {MAX_FILE_LINES}"
    answer_lines = row.answer.strip("\n").count("\n") + 1
    if not row.answer.strip() or answer_lines > MAX_ANSWER_LINES:
        yield f"answer must have 1–{MAX_ANSWER_LINES} lines, has {answer_lines if row.answer.strip() else 0}"
    errors = find_syntax_errors(row.file, limit=1)
    if errors:
        yield f"file does not parse as Dart ({errors[0].describe()})"
        return
    blocks = find_request_comments(row.file)
    if len(blocks) != 1:
        yield (
            f"file holds {len(blocks)} Turkish request comments; exactly one is needed (other comments must not "
            "read as a request: write them in English or as code notes)"
        )
        return
    block = blocks[0]
    if not is_turkish(block.text):
        yield f"the request comment does not read as Turkish: {block.text!r}"
    found = position_of(row.file, block).kind
    if found != row.position:
        yield f"position is {row.position!r} but the comment stands at {found!r} (line {block.start_line + 1})"
    changed, inserted = with_code(row.file, block, row.answer)
    errors = find_syntax_errors(changed, limit=1)
    if errors:
        yield f"the file with the answer inserted does not parse ({errors[0].describe()})"
    yield from _requirement_problems(row)


def _requirement_problems(row: InContextRow) -> Iterable[str]:
    code = code_only(row.answer)  # matched as the judge matches (an interpolated '$price' holds price)
    for group in missing_groups(code, row.must_contain):
        yield f"must_contain {group!r} does not occur in the answer's code as a whole identifier"
    for group in present_forbidden(code, row.must_not):
        yield f"must_not {group!r} occurs in the row's own answer"
    try:
        failed = failed_checks(standalone(row.answer, row.position), row.checks)
    except CheckSyntaxError as exc:
        yield str(exc)
    else:
        for check in failed:
            yield f"check {check!r} does not hold for the row's own answer"


def near_duplicates(
    items: Sequence[LocatedInContext],
    within: float = 0.8,
    across: float = 0.6,
    reviewed: frozenset[frozenset[str]] = frozenset(),
) -> list[Problem]:
    """Two rows whose question AND answer are near-identical: one task written twice. Within a split both must
    reach ``within``; between train and test ``across`` already leaks (the test set must ask for new things).
    A ``reviewed`` pair within one split (``in_context/twins.jsonl``, read as ``data/twins.jsonl`` is) is kept; a
    pair across splits never is."""
    vectors = QuestionVectors([i.row.question if _one_comment(i.row) else "" for i in items])
    shingles = [answer_shingles(i.row.answer) for i in items]
    problems = []
    for a in range(len(items)):
        for b in range(a + 1, len(items)):
            same_split = items[a].split == items[b].split
            if same_split and frozenset((items[a].row.id, items[b].row.id)) in reviewed:
                continue
            bar = within if same_split else across
            q = vectors.cosine(a, b)
            if q < bar:
                continue
            s = jaccard(shingles[a], shingles[b])
            if s >= bar:
                first, second = items[a], items[b]
                problems.append(
                    Problem(
                        second.path,
                        second.line,
                        f"near-duplicate of {first.path}:{first.line} ({first.row.id}): question {q:.2f}, "
                        f"answer {s:.2f}" + ("" if first.split == second.split else " — leaks across splits"),
                    )
                )
    return problems


def _one_comment(row: InContextRow) -> bool:
    return len(find_request_comments(row.file)) == 1


def validate_in_context(paths: Sequence[Path]) -> tuple[list[LocatedInContext], list[Problem]]:
    problems: list[Problem] = []
    items: list[LocatedInContext] = []
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(p for p in path.glob("*.jsonl") if p.name != TWINS_FILE) if path.is_dir() else [path])
    for file in files:
        if not file.exists():
            problems.append(Problem(file, 0, "file not found"))
            continue
        items.extend(read_in_context_located(file, problems))
    seen: dict[str, LocatedInContext] = {}
    for item in items:
        problems.extend(Problem(item.path, item.line, reason) for reason in check_in_context_row(item.row))
        first = seen.setdefault(item.row.id, item)
        if first is not item:
            problems.append(
                Problem(item.path, item.line, f"duplicate id {item.row.id!r} (first at {first.path}:{first.line})")
            )
    reviewed = frozenset(load_decisions(IN_CONTEXT_DIR / TWINS_FILE))
    problems.extend(near_duplicates(items, reviewed=reviewed))
    return items, sorted(problems, key=lambda p: (str(p.path), p.line))
