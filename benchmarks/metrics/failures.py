"""Why a pair could not be scored, and the decoding step that turns raw inputs into text or a failure.

Runners read generations from caches and references from JSONL; either may be missing, empty or not valid
UTF-8 (bytes that do not decode, or ``str`` carrying lone surrogates from ``errors="surrogateescape"``). Such
pairs are *scored as failures with a reason* instead of raising, so one bad row never aborts a benchmark run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

logger = logging.getLogger(__name__)

RawText = str | bytes | None


class FailureReason(str, Enum):
    """Every way a pair can fail before its metrics are computed. Values are stable strings for JSON."""

    EMPTY_GENERATION = "empty_generation"
    NO_CODE = "no_code"
    NON_UTF8_GENERATION = "non_utf8_generation"
    MISSING_REFERENCE = "missing_reference"
    NON_UTF8_REFERENCE = "non_utf8_reference"

    @property
    def blames_generation(self) -> bool:
        """True when the model's output is at fault (the reference itself was usable)."""
        return self in (
            FailureReason.EMPTY_GENERATION,
            FailureReason.NO_CODE,
            FailureReason.NON_UTF8_GENERATION,
        )


@dataclass(frozen=True)
class Failure:
    reason: FailureReason
    detail: str

    def describe(self) -> str:
        return f"{self.reason.value}: {self.detail}"


@dataclass(frozen=True)
class Decoded:
    """The outcome of :func:`decode_text`: exactly one of ``text`` / ``error`` is set (``None`` input →
    neither)."""

    text: str | None
    error: str | None = None


def decode_text(value: RawText) -> Decoded:
    """Return ``value`` as a valid-UTF-8 ``str``, or the reason it is not one. Never raises."""
    if value is None:
        return Decoded(None)
    if isinstance(value, bytes | bytearray):
        try:
            return Decoded(bytes(value).decode("utf-8"))
        except UnicodeDecodeError as exc:
            return Decoded(None, f"invalid UTF-8 at byte {exc.start}: {bytes(value)[exc.start : exc.start + 4]!r}")
    if not isinstance(value, str):
        return Decoded(None, f"expected str or bytes, got {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return Decoded(None, f"unencodable character at index {exc.start} (lone surrogate from undecodable bytes)")
    return Decoded(value)
