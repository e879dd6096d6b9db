"""``must_contain`` matching: how a dataset row's required identifiers are found in an answer.

Used by the dataset validator (every reference answer must satisfy its own row) and by the correctness metric.
An item matches case-sensitively, with word boundaries on the sides where it starts/ends with an identifier
character (``pop`` does not match ``popUntil``; ``tap(`` matches ``tester.tap(``), and with flexible whitespace
inside (``reverse: true`` matches ``reverse:true``; ``widget.api.submit`` matches the chain broken over lines before
a dot). An item may list alternatives separated by `` | ``
(``"Navigator.pop | context.pop"``): it matches when any of them does.
"""

from __future__ import annotations

import functools
import re

_IDENTIFIER_CHAR = re.compile(r"[\w$]")
_ALTERNATIVE = re.compile(r"\s+\|\s+")


@functools.lru_cache(maxsize=1024)
def item_pattern(item: str) -> re.Pattern[str]:
    parts = item.split()
    pattern = ""
    for index, part in enumerate(parts):
        if index:
            both_words = _IDENTIFIER_CHAR.match(parts[index - 1][-1]) and _IDENTIFIER_CHAR.match(part[0])
            pattern += r"\s+" if both_words else r"\s*"
        pattern += re.escape(part).replace(r"\.", r"\s*\.")  # a chain may break before its dots
    if _IDENTIFIER_CHAR.match(item.strip()[0]):
        pattern = r"(?<![\w$])" + pattern
    if _IDENTIFIER_CHAR.match(item.strip()[-1]):
        pattern += r"(?![\w$])"
    return re.compile(pattern)


def contains_item(code: str, item: str) -> bool:
    """Whether ``item`` occurs in ``code`` as described in the module docstring (no comment stripping
    here)."""
    if not item.strip():
        return True
    return item_pattern(item.strip()).search(code) is not None


def alternatives(item: str) -> list[str]:
    """``"Navigator.pop | context.pop"`` → ``["Navigator.pop", "context.pop"]``; a plain item → ``[item]``."""
    return [part.strip() for part in _ALTERNATIVE.split(item.strip()) if part.strip()]


def contains_any(code: str, item: str) -> bool:
    """Whether one of ``item``'s alternatives occurs in ``code``."""
    return any(contains_item(code, alternative) for alternative in alternatives(item))
