"""Automatic correctness: an answer is correct when it parses as Dart and uses every ``must_contain`` item of
its dataset row.

The paper judged 10 answers by hand; this check is automatic so it can cover the whole test and qual splits.
``must_contain`` items are identifiers or short code fragments (``setState``, ``Future.delayed``, ``tap(``,
``await for``, ``reverse: true``, ``GlobalKey<FormState>``). An item matches:

- with word boundaries on the sides where it starts/ends with an identifier character (``pop`` does not match
  ``popUntil``; ``tap(`` still matches ``tester.tap(``; ``.wait`` matches ``[a, b].wait``);
- case-sensitively (Dart is);
- with flexible whitespace inside the item (``reverse: true`` matches ``reverse:true``; ``await for`` needs at
  least one space, because two words need one);
- anywhere in the answer, comments included, by default. Concept answers in the dataset legitimately name
  required items only in comments (``// pubspec: json_serializable, build_runner``): with comments blanked
  out, 47 of 1504 reference answers would fail their own row. ``ignore_comments=True`` gives the stricter,
  code-only check (``// setState kullan`` then does not satisfy ``setState``).

Checked against the dataset when written: with the default rule 1497 of 1504 reference answers are correct;
the other 7 have a ``must_contain`` item that only occurs inside a longer identifier (``Switch`` in
``SwitchListTile``, ``CurrentSnackBar`` in ``removeCurrentSnackBar``) — a data issue, not a matcher bug.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from flutr.dart import find_syntax_errors, parse_dart, parses_as_dart
from flutr.must_contain import contains_any

logger = logging.getLogger(__name__)

_COMMENT_TYPES = frozenset({"comment", "documentation_comment"})


@dataclass(frozen=True)
class Correctness:
    correct: bool
    parses: bool
    missing: tuple[str, ...] = ()  # must_contain items not found in the code
    reason: str | None = None  # why it is not correct; None when correct

    @classmethod
    def failed(cls, reason: str) -> Correctness:
        """An answer that could not be judged (empty generation, no code, undecodable bytes)."""
        return cls(correct=False, parses=False, reason=reason)


def strip_comments(code: str) -> str:
    """``code`` with every Dart comment replaced by spaces (newlines kept), using the tree-sitter tree."""
    encoded = bytearray(code.encode("utf-8"))
    stack = [parse_dart(code).root_node]
    while stack:
        node = stack.pop()
        if node.type in _COMMENT_TYPES:
            for position in range(node.start_byte, node.end_byte):
                if encoded[position] not in (0x0A, 0x0D):
                    encoded[position] = 0x20
            continue
        stack.extend(node.children)
    return encoded.decode("utf-8", errors="replace")


def judge_answer(code: str, must_contain: Iterable[str], *, ignore_comments: bool = False) -> Correctness:
    """Correct = parses as Dart and contains every ``must_contain`` item. The reason names what failed."""
    if not code.strip():
        return Correctness.failed("empty answer")
    parses = parses_as_dart(code)
    searchable = strip_comments(code) if ignore_comments else code
    missing = tuple(item for item in must_contain if not contains_any(searchable, item))
    problems = []
    if not parses:
        errors = find_syntax_errors(code, limit=1)
        where = f" ({errors[0].describe()})" if errors else ""
        problems.append(f"does not parse as Dart{where}")
    if missing:
        problems.append("missing " + ", ".join(repr(item) for item in missing))
    return Correctness(correct=not problems, parses=parses, missing=missing, reason="; ".join(problems) or None)


def correct_rate(results: Sequence[Correctness]) -> float:
    return sum(r.correct for r in results) / len(results) if results else 0.0


def parse_rate(results: Sequence[Correctness]) -> float:
    return sum(r.parses for r in results) / len(results) if results else 0.0
