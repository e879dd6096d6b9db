"""``flutr-train data validate``: every problem of a dataset file reported as ``file:line: reason``.

Checks the schema, that questions read as Turkish, that answers parse as Dart (tree-sitter-dart, no ERROR/MISSING
nodes), length bounds, ``must_contain`` identifiers present in the answer, exact and near duplicates (normalised
text, then a shingle-overlap similarity that catches paraphrases) and leakage of near-duplicates across splits.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from flutr.dart import find_syntax_errors
from flutr.dart_api.requirements import CheckSyntaxError, failed_checks
from flutr.dart_api.syntax import code_only
from flutr.dataset import DIFFICULTIES, KINDS, QARow
from flutr.must_contain import contains_any
from flutr.turkish import fold_diacritics, is_turkish, normalize_question

TOPICS = (
    "widgets_layout",
    "lists",
    "forms",
    "navigation",
    "state",
    "async",
    "http_json",
    "storage",
    "animations",
    "theming",
    "localization",
    "platform",
    "images_assets",
    "dialogs",
    "testing",
    "performance",
    "dart_language",
)
REQUIRED = {"id": str, "question": str, "answer": str, "topic": str, "difficulty": str, "kind": str}
OPTIONAL = ("must_contain", "must_not", "checks", "api_free", "phrasings")
EVALUATION_SPLITS = ("test", "qual")
TWINS_FILE = "twins.jsonl"  # reviewed twin decisions (model_training/dataset_leaks.py), not dataset rows
_ID = re.compile(r"^[a-z_]+-\d{3,}$")
_CODE_TOKEN = re.compile(r"[A-Za-z_]\w*|\d+|[^\sA-Za-z_\d]")


@dataclass(frozen=True)
class Limits:
    question_chars: tuple[int, int] = (12, 400)
    answer_lines: tuple[int, int] = (3, 80)
    question_similarity: float = 0.8  # TF-IDF cosine of folded questions: a paraphrase within a split
    answer_similarity: float = 0.9  # Jaccard of answer code-token 4-gram shingles
    leak_question_similarity: float = 0.6  # lower bars between splits: nothing close may leak into test/qual
    leak_answer_similarity: float = 0.6


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
    extra = set(data) - set(REQUIRED) - set(OPTIONAL)
    if extra:
        return f"unknown field(s) {', '.join(sorted(extra))}; optional fields are {', '.join(OPTIONAL)}"
    for key in ("must_contain", "must_not", "checks", "phrasings"):
        items = data.get(key, [])
        if not isinstance(items, list) or not all(isinstance(m, str) and m.strip() for m in items):
            return f"field {key!r} must be a list of non-empty strings"
    if not isinstance(data.get("api_free", False), bool):
        return "field 'api_free' must be true or false"
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
    for number, raw_line in enumerate(text.split("\n"), 1):
        if not raw_line.strip():
            continue
        try:
            data = json.loads(raw_line)
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
    yield from phrasing_problems(item, limits)
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
    yield from requirement_problems(item)


def phrasing_problems(item: LocatedRow, limits: Limits) -> Iterable[str]:
    """A row's other wordings: train rows only, each Turkish, within the question's length bounds, no comment
    marker, and different from the question and from each other (case and diacritics folded)."""
    row = item.row
    if not row.phrasings:
        return
    if item.split in EVALUATION_SPLITS:
        yield "evaluation rows (test/qual) have one wording: move 'phrasings' to a train row"
        return
    low, high = limits.question_chars
    seen = {fold_diacritics(row.question.strip().lower())}
    for number, text in enumerate(row.phrasings, 1):
        where = f"phrasing {number} ({text[:40]!r})"
        if not low <= len(text.strip()) <= high:
            yield f"{where} is {len(text.strip())} characters; keep it within {low}..{high}"
        if "//" in text:
            yield f"{where} contains '//': write the comment's text only"
        if not is_turkish(text):
            yield f"{where} does not read as Turkish"
        folded = fold_diacritics(text.strip().lower())
        if folded in seen:
            yield f"{where} repeats the question or another phrasing"
        seen.add(folded)


_API_WORD = re.compile(r"\b[a-z]+[A-Z]\w*|\b[A-Z][a-z0-9]+[A-Z]\w*|\w+\(\)|\b[a-z]+_[a-z_]+\b")


# Product and platform names that look like code identifiers but are words in a question.
PRODUCT_NAMES = frozenset(
    {
        "iOS",
        "macOS",
        "iPhone",
        "iPad",
        "iPadOS",
        "watchOS",
        "WhatsApp",
        "YouTube",
        "GitHub",
        "JavaScript",
        "TypeScript",
        "PostgreSQL",
        "MySQL",
        "SQLite",
        "LinkedIn",
        "TikTok",
        "PayPal",
        "OpenStreetMap",
        "WiFi",
        "AirPods",
        "FaceID",
        "TouchID",
        "PlayStation",
    }
)


def requirement_problems(item: LocatedRow) -> Iterable[str]:
    """must_contain / must_not / checks against the row's own answer. Training rows may name an item only in a
    comment (concept answers); evaluation rows are judged on code, so their items must be in code."""
    row = item.row
    evaluation = item.split in EVALUATION_SPLITS
    text = code_only(row.answer) if evaluation else row.answer
    where = "code (comments and strings do not count)" if evaluation else "text"
    for group in row.must_contain:
        if not contains_any(text, group):
            yield f"must_contain {group!r} does not occur in the answer's {where} as a whole identifier"
    for group in row.must_not:
        if contains_any(code_only(row.answer), group):
            yield f"must_not {group!r} occurs in the row's own answer"
    try:
        failed = failed_checks(row.answer, row.checks)
    except CheckSyntaxError as exc:
        yield str(exc)
    else:
        for check in failed:
            yield f"check {check!r} does not hold for the row's own answer"
    named = [word for word in _API_WORD.findall(row.question) if word not in PRODUCT_NAMES]
    if row.api_free and named:
        yield f"api_free question names code: {', '.join(named)}; reword it or set api_free to false"


class QuestionVectors:
    """TF-IDF vectors of folded question words: paraphrases share rare words, templates share common ones."""

    def __init__(self, questions: Sequence[str]) -> None:
        docs = [normalize_question(q).split() for q in questions]
        df = Counter(w for d in docs for w in set(d))
        n = max(1, len(docs))
        self.vectors = []
        for doc in docs:
            tf = Counter(doc)
            weights = {w: (1 + math.log(c)) * math.log((n + 1) / df[w]) for w, c in tf.items()}
            norm = math.sqrt(sum(x * x for x in weights.values())) or 1.0
            self.vectors.append({w: x / norm for w, x in weights.items()})

    def cosine(self, i: int, j: int) -> float:
        a, b = self.vectors[i], self.vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(x * b.get(w, 0.0) for w, x in a.items())


def answer_shingles(answer: str) -> frozenset[str]:
    tokens = _CODE_TOKEN.findall(answer)
    return frozenset(" ".join(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True)
class SimilarPair:
    first: int
    second: int
    question: float  # TF-IDF cosine of the questions
    answer: float  # Jaccard of answer code 4-gram shingles


def similar_pairs(items: Sequence[LocatedRow], min_question: float, min_answer: float) -> list[SimilarPair]:
    """Pairs whose questions reach ``min_question`` or answers reach ``min_answer``. Quadratic; fine for
    thousands of rows (about 2 s for 1,700)."""
    vectors = QuestionVectors([i.row.question for i in items])
    shingles = [answer_shingles(i.row.answer) for i in items]
    pairs = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            q = vectors.cosine(i, j)
            a = jaccard(shingles[i], shingles[j])
            if q >= min_question or a >= min_answer:
                pairs.append(SimilarPair(i, j, q, a))
    return pairs


def near_duplicate_problems(items: Sequence[LocatedRow], limits: Limits) -> list[Problem]:
    """Near-duplicates anywhere (strict thresholds) and, across splits, anything close enough to leak."""
    problems = []
    low_q = min(limits.question_similarity, limits.leak_question_similarity)
    low_a = min(limits.answer_similarity, limits.leak_answer_similarity)
    for pair in similar_pairs(items, low_q, low_a):
        a, b = items[pair.first], items[pair.second]
        crosses = a.split != b.split
        duplicate = pair.question >= limits.question_similarity or pair.answer >= limits.answer_similarity
        leak = crosses and (
            pair.question >= limits.leak_question_similarity or pair.answer >= limits.leak_answer_similarity
        )
        if not (duplicate or leak):
            continue
        what = "question" if pair.question >= pair.answer else "answer"
        score = max(pair.question, pair.answer)
        kind = "duplicate" if score >= 0.999 else f"near-duplicate (similarity {score:.2f})"
        suffix = f" — leaks across splits ({a.split} ↔ {b.split})" if crosses else ""
        problems.append(Problem(b.path, b.line, f"{what} is a {kind} of {a.path}:{a.line} ({a.row.id}){suffix}"))
    return problems


def validate_rows(items: Sequence[LocatedRow], limits: Limits | None = None) -> list[Problem]:
    limits = limits or Limits()
    problems = [Problem(i.path, i.line, reason) for i in items for reason in check_row(i, limits)]
    seen_ids: dict[str, LocatedRow] = {}
    for item in items:
        first = seen_ids.setdefault(item.row.id, item)
        if first is not item:
            problems.append(
                Problem(item.path, item.line, f"duplicate id {item.row.id!r} (first at {first.path}:{first.line})")
            )
    problems.extend(near_duplicate_problems(items, limits))
    return sorted(problems, key=lambda p: (str(p.path), p.line))


def collect_files(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.jsonl") if p.name != TWINS_FILE))
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
