"""Find the Turkish comments in a Dart document that are requests for code.

A request is a full-line ``//`` or ``///`` comment, or a block of consecutive ones with the same marker, whose text
is Turkish (see ``flutr.turkish``); a ``///`` block right above a line of code is that code's documentation.
Commented-out code, ``TODO:``-style markers, license headers and English comments are not requests. Lines are
split on ``\\n``; a trailing ``\\r`` (CRLF files) is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flutr.turkish import is_turkish, words

_COMMENT = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>///?)(?!/)(?P<body>.*)$")
# A marker is an upper-case word (`TODO listeyi yenile`) or any-case one followed by `:`/`(` (`todo: ...`,
# `ignore: dead_code`); "Note için bir TypeAdapter yaz" is a request about a `Note` class, not a marker.
_MARKERS = re.compile(
    r"^\s*(?:(?:TODO|FIXME|HACK|XXX|NOTE|BUG)\b|(?i:todo|fixme|hack|xxx|note|bug|ignore|ignore_for_file)\s*[:(])"
)
_LICENSE = re.compile(
    # "lisans" alone is not a header: "tıklayınca lisans sayfasını açsın" is a request
    r"copyright|\blicen[cs]ed? (under|to)|\blicense:|\blisans(ı|lı|lanmıştır)\b|\blisans\s*:|telif hakk|spdx-license|"
    r"all rights reserved|tüm hakları saklıdır|apache license|mit license|bsd license",
    re.IGNORECASE,
)
# Code-like line: statement/declaration punctuation, or a call/assignment pattern with no spaces in between.
_CODE_END = re.compile(r"[;{}]\s*$|^\s*[}\])]|=>|^\s*@\w+|^\s*(import|export|part|library)\s+['\w]")
_CODE_SHAPE = re.compile(r"^\s*[\w.<>?]+\s*(\(.*\)|=\s*\S.*|\.\w+\(.*)$")


@dataclass(frozen=True)
class CommentBlock:
    """A request comment: lines ``start_line..end_line`` (0-based, inclusive)."""

    start_line: int
    end_line: int
    indent: str
    marker: str
    text: str  # comment text without markers, lines joined by spaces

    def contains_line(self, line: int) -> bool:
        return self.start_line <= line <= self.end_line


def _strip_cr(line: str) -> str:
    return line[:-1] if line.endswith("\r") else line


def looks_like_code(text: str) -> bool:
    stripped = text.strip()
    if not stripped:
        return False
    if _CODE_END.search(stripped):
        return True
    # `foo(bar)` / `x = 3` with no Turkish sentence around it
    return bool(_CODE_SHAPE.match(stripped)) and len(words(stripped)) <= 6 and not is_turkish(stripped)


def is_request_text(text: str) -> bool:
    """True when comment ``text`` reads as a Turkish request for code."""
    stripped = text.strip()
    if len(words(stripped)) < 2:
        return False
    if _MARKERS.match(stripped) or _LICENSE.search(stripped):
        return False
    return is_turkish(stripped)


def _comment_match(line: str) -> re.Match[str] | None:
    return _COMMENT.match(_strip_cr(line))


def _classify(lines: list[str], start: int, end: int) -> CommentBlock | None:
    """The request comment made of lines ``start..end`` (all comments with one marker and indent), or None."""
    first = _comment_match(lines[start])
    assert first is not None
    bodies = [m.group("body") for m in (_comment_match(lines[n]) for n in range(start, end + 1)) if m]
    if start == 0 and _LICENSE.search(" ".join(b.strip() for b in bodies)):
        return None  # a license header at the top of the file
    if first.group("marker") == "///" and _documents_next_line(lines, end):
        return None  # a doc comment over a declaration documents it (`/// Kullanıcıyı temsil eder` + `class User`)
    prose = [b.strip() for b in bodies if b.strip() and not looks_like_code(b) and not _MARKERS.match(b.strip())]
    if not prose:
        return None
    text = " ".join(prose)
    if not is_request_text(text):
        return None
    return CommentBlock(start, end, first.group("indent"), first.group("marker"), text)


def _documents_next_line(lines: list[str], end: int) -> bool:
    """Whether the line after a comment block holds code the block can document (not a closing bracket)."""
    following = _strip_cr(lines[end + 1]).strip() if end + 1 < len(lines) else ""
    return bool(following) and not following.startswith(("}", ")", "]", "//"))


def _same_block(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return bool(a and b and a.group("marker") == b.group("marker") and a.group("indent") == b.group("indent"))


def find_request_comments(source: str) -> list[CommentBlock]:
    """All request comments of a Dart document, in order."""
    lines = source.split("\n")
    result = []
    number = 0
    while number < len(lines):
        match = _comment_match(lines[number])
        if not match:
            number += 1
            continue
        end = number
        while end + 1 < len(lines) and _same_block(match, _comment_match(lines[end + 1])):
            end += 1
        block = _classify(lines, number, end)
        if block:
            result.append(block)
        number = end + 1
    return result


def request_comment_at(source: str, line: int, *, max_block_lines: int = 200) -> CommentBlock | None:
    """The request comment covering ``line``, or the one ending right above it (cursor on the next line).

    Looks only at the lines around ``line``, so it stays fast in very large documents.
    """
    lines = source.split("\n")
    if not 0 <= line <= len(lines):
        return None
    for probe in (line, line - 1):
        if not 0 <= probe < len(lines):
            continue
        match = _comment_match(lines[probe])
        if not match:
            continue
        if probe == line - 1 and line < len(lines) and lines[line].strip():
            return None  # cursor line has content: not "right after the comment"
        start = end = probe
        while start > 0 and probe - start < max_block_lines and _same_block(match, _comment_match(lines[start - 1])):
            start -= 1
        while (
            end + 1 < len(lines)
            and end - probe < max_block_lines
            and _same_block(match, _comment_match(lines[end + 1]))
        ):
            end += 1
        if probe == line - 1 and end != probe:
            return None
        return _classify(lines, start, end)
    return None


def request_echoes(code: str, request: str) -> int:
    """How many comment lines of ``code`` say the request again (the whole text, or a cut-off start of it of ten
    characters or more): a middle that writes the comment over and over is degenerate output."""
    wanted = " ".join(request.split()).casefold()
    count = 0
    for line in code.splitlines():
        match = re.match(r"^\s*//+\s?(.*)$", line)
        said = " ".join(match.group(1).split()).casefold() if match else ""
        if said == wanted or (len(said) >= 10 and wanted.startswith(said)):
            count += 1
    return count
