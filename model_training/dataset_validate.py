"""``flutr-train data validate``: every problem of a dataset file reported as ``file:line: reason``.

Checks the schema, that questions read as Turkish, that answers parse as Dart (tree-sitter-dart, no ERROR/MISSING
nodes), length bounds, ``must_contain`` identifiers present in the answer, exact and near duplicates (normalised
text, then a shingle-overlap similarity that catches paraphrases) and leakage of near-duplicates across splits.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from flutr.dart import find_syntax_errors
from flutr.dataset import DIFFICULTIES, KINDS, QARow
from flutr.turkish import is_turkish, normalize_question

TOPICS = (
    "widgets_layout", "lists", "forms", "navigation", "state", "async", "http_json", "storage", "animations",
    "theming", "localization", "platform", "images_assets", "dialogs", "testing", "performance", "dart_language",
)
REQUIRED = {"id": str, "question": str, "answer": str, "topic": str, "difficulty": str, "kind": str}
EVALUATION_SPLITS = ("test", "qual")
_ID = re.compile(r"^[a-z_]+-\d{3,}$")
_CODE_TOKEN = re.compile(r"[A-Za-z_]\w*|\d+|[^\sA-Za-z_\d]")


@dataclass(frozen=True)
class Limits:
    question_chars: tuple[int, int] = (12, 400)
    answer_lines: tuple[int, int] = (3, 80)
    question_similarity: float = 0.75  # Jaccard over word-bigram shingles of the folded question
    answer_similarity: float = 0.92  # Jaccard over code-token 4-gram shingles


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass(frozen=True)
class LocatedRow:
    path: Path
    line: int
    row: QARow

    @property
    def split(self) -> str:
        return self.path.stem


def _check_fields(data: object) -> str | None:
    if not isinstance(data, dict):
        return f"a JSON object is expected, got {type(data).__name__}"
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        return f"missing field(s) {', '.join(missing)}; every row needs {', '.join(REQUIRED)} (+ must_contain)"
    for key, kind in REQUIRED.items():
        if not isinstance(data[key], kind):
            return f"field {key!r} must be a {kind.__name__}, got {type(data[key]).__name__}"
    extra = set(data) - set(REQUIRED) - {"must_contain"}
    if extra:
        return f"unknown field(s) {', '.join(sorted(extra))}"
    must = data.get("must_contain", [])
    if not isinstance(must, list) or not all(isinstance(m, str) and m.strip() for m in must):
        return "field 'must_contain' must be a list of non-empty strings"
    return None


def read_located(path: Path, problems: list[Problem]) -> list[LocatedRow]:
    """Rows of one JSONL file; unreadable lines become problems, never silently dropped."""
    rows: list[LocatedRow] = []
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(path, 0, f"cannot read file: {exc.strerror}"))
        return rows
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(path, line, "not valid UTF-8; save the file as UTF-8"))
        return rows
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(path, number, f"malformed JSON ({exc.msg} at column {exc.colno})"))
            continue
        error = _check_fields(data)
        if error:
            problems.append(Problem(path, number, error))
            continue
        rows.append(LocatedRow(path, number, QARow.from_dict(data)))
    return rows


def check_row(item: LocatedRow, limits: Limits) -> Iterable[str]:
    row = item.row
    if not _ID.match(row.id):
        yield f"id {row.id!r} must look like '<topic>-<number>' (e.g. lists-007)"
    elif not row.id.startswith(row.topic + "-"):
        yield f"id {row.id!r} does not start with its topic {row.topic!r}"
    if row.topic not in TOPICS:
        yield f"unknown topic {row.topic!r}; one of: {', '.join(TOPICS)}"
    if row.difficulty not in DIFFICULTIES:
        yield f"difficulty {row.difficulty!r} must be one of {', '.join(DIFFICULTIES)}"
    if row.kind not in KINDS:
        yield f"kind {row.kind!r} must be one of {', '.join(KINDS)}"
    low, high = limits.question_chars
    if not low <= len(row.question.strip()) <= high:
        yield f"question is {len(row.question.strip())} characters; keep it within {low}..{high}"
    if not is_turkish(row.question):
        yield f"question does not read as Turkish: {row.question[:60]!r}"
    lines = row.answer.strip("\n").count("\n") + 1
    low, high = limits.answer_lines
    if not low <= lines <= high:
        yield f"answer has {lines} lines; keep it within {low}..{high}"
    if "```" in row.answer:
        yield "answer contains a Markdown fence; answers are plain Dart"
    errors = find_syntax_errors(row.answer)
    if errors:
        yield f"answer does not parse as Dart: {errors[0].describe()}"
    if item.split in EVALUATION_SPLITS and not row.must_contain:
        yield "evaluation rows (test/qual) need must_contain: the identifiers a correct answer has"
    for identifier in row.must_contain:
        if identifier not in row.answer:
            yield f"must_contain {identifier!r} does not occur in the answer"


def question_shingles(question: str) -> frozenset[str]:
    words = normalize_question(question).split()
    return frozenset(words) | frozenset(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))


def answer_shingles(answer: str) -> frozenset[str]:
    tokens = _CODE_TOKEN.findall(answer)
    return frozenset(" ".join(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def near_duplicate_pairs(
    items: Sequence[LocatedRow], limits: Limits
) -> list[tuple[LocatedRow, LocatedRow, str, float]]:
    """Pairs whose questions or answers are (near) identical. Quadratic, fine for thousands of rows."""
    q_sets = [question_shingles(i.row.question) for i in items]
    a_sets = [answer_shingles(i.row.answer) for i in items]
    pairs = []
    for i in range(len(items)):
        qi, ai = q_sets[i], a_sets[i]
        for j in range(i + 1, len(items)):
            qj = q_sets[j]
            # Jaccard ≥ t needs min/max size ratio ≥ t: skip hopeless pairs cheaply
            if min(len(qi), len(qj)) >= limits.question_similarity * max(len(qi), len(qj)):
                score = jaccard(qi, qj)
                if score >= limits.question_similarity:
                    pairs.append((items[i], items[j], "question", score))
                    continue
            aj = a_sets[j]
            if min(len(ai), len(aj)) >= limits.answer_similarity * max(len(ai), len(aj)):
                score = jaccard(ai, aj)
                if score >= limits.answer_similarity:
                    pairs.append((items[i], items[j], "answer", score))
    return pairs


def validate_rows(items: Sequence[LocatedRow], limits: Limits | None = None) -> list[Problem]:
    limits = limits or Limits()
    problems = [Problem(i.path, i.line, reason) for i in items for reason in check_row(i, limits)]
    seen_ids: dict[str, LocatedRow] = {}
    for item in items:
        first = seen_ids.setdefault(item.row.id, item)
        if first is not item:
            problems.append(Problem(item.path, item.line, f"duplicate id {item.row.id!r} (first at {first.path}:{first.line})"))
    for a, b, what, score in near_duplicate_pairs(items, limits):
        kind = "duplicate" if score >= 0.999 else f"near-duplicate (similarity {score:.2f})"
        leak = " — leaks across splits" if a.split != b.split and {a.split, b.split} & set(EVALUATION_SPLITS) else ""
        problems.append(Problem(b.path, b.line, f"{what} is a {kind} of {a.path}:{a.line} ({a.row.id}){leak}"))
    return sorted(problems, key=lambda p: (str(p.path), p.line))


def collect_files(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.jsonl")))
        else:
            files.append(path)
    return files


def validate_paths(paths: Sequence[Path], limits: Limits | None = None) -> tuple[list[LocatedRow], list[Problem]]:
    problems: list[Problem] = []
    items: list[LocatedRow] = []
    files = collect_files(paths)
    if not files:
        problems.append(Problem(Path(paths[0]) if paths else Path("."), 0, "no .jsonl files found"))
    for file in files:
        if not file.exists():
            problems.append(Problem(file, 0, "file not found"))
            continue
        items.extend(read_located(file, problems))
    problems.extend(validate_rows(items, limits))
    return items, sorted(problems, key=lambda p: (str(p.path), p.line))
