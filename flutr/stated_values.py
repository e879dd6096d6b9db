"""The values a request comment states — numbers and quoted texts — and which of them a candidate leaves out.

`// ayırıcıyı soldan 72 piksel içeriden başlat` or `// 'Geri al' butonlu bir SnackBar göster`: a middle without
`72` or without `'Geri al'` skips a part the developer spelled out. Inside code the server makes a second candidate
for such a middle and keeps the one that has every stated value (``flutr.in_place``; measured on the held-out rows:
experiments/stated-values). A value counts where the code says it: comment lines of the candidate are left out, so
a middle that only repeats the request does not count; string literals count (a stated text belongs in one).

What is a value: a number written with digits (``72``, ``0.5``, ``1024``), not one glued to a word (``v2``, ``3D``,
``md5``) or written with a Turkish decimal comma (``1,5`` may be written ``1.5`` or ``1500`` milliseconds); a time
of day, a date or a percentage (``18:00``, ``04:09``, ``12.05.2024``, ``%50``) is not one either: it is rarely
written with the same digits in code; nor is a number that names a format (``24 saat formatında``, ``ISO 8601``).
A quoted text is one in '…', "…" or typographic quotes that opens after a space or a bracket and closes before one,
so Turkish suffixes (``_controller'ı``, ``10'dan``) are not quotes; a quoted text without a letter
(``'25.11.2024'``, ``'04:09'``) shows a format by example and is not a value.
"""

from __future__ import annotations

import re

_QUOTED = re.compile(
    r"""(?:(?<=^)|(?<=[\s(\[:,]))(?:'(?P<single>[^'\n]+?)'|"(?P<double>[^"\n]+?)"|[“”](?P<curly>[^“”\n]+?)[“”]|‘(?P<curly_single>[^‘’\n]+?)’)"""
    r"""(?![\wçğıöşüÇĞİÖŞÜ])"""
)
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?!\w|\.\d)")
# a date, a time of day, a decimal comma, a percentage (``%50`` is often written ``0.5``), the name of a format
# (``24 saat formatı``, ``12 saatlik düzen``: ``alwaysUse24HourFormat``; ``ISO 8601``: ``toIso8601String``)
_NOT_A_NUMBER = re.compile(
    r"\d+[:.]\d+[:.]\d+|\d+:\d+|\d+,\d+|%\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*%"
    r"|\b(?:12|24)\s*saat(?:lik)?\s+(?:format|d[uü]zen|bi[cç]im|g[oö]sterim)|\bISO[\s-]*\d+",
    re.IGNORECASE,
)
_LINE_COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)


def stated_values(request: str) -> tuple[str, ...]:
    """The numbers and quoted texts of ``request`` (a request comment's text), each once, in order."""
    values: list[str] = []
    texts = []
    for match in _QUOTED.finditer(request):
        text = next(group for group in match.groups() if group is not None).strip()
        if any(character.isalpha() for character in text):  # '25.11.2024', '04:09': a format's example
            texts.append(text)
    unquoted = _QUOTED.sub(" ", request)
    unquoted = _NOT_A_NUMBER.sub(" ", unquoted)
    for value in [*texts, *_NUMBER.findall(unquoted)]:
        if value not in values:
            values.append(value)
    return tuple(values)


def _number_pattern(number: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + re.escape(number) + r"(?![\w]|\.\d*[1-9])")


def left_out(code: str, request: str) -> tuple[str, ...]:
    """The values ``request`` states that ``code`` does not say outside its comment lines: a number as a number
    (``72`` matches ``72`` and ``72.0``, not ``720`` or ``7.2``), a quoted text anywhere in the code."""
    searchable = _LINE_COMMENT.sub("", code)
    missing = []
    for value in stated_values(request):
        if re.fullmatch(r"\d+(?:\.\d+)?", value):
            if not _number_pattern(value).search(searchable):
                missing.append(value)
        elif value not in searchable:
            missing.append(value)
    return tuple(missing)
