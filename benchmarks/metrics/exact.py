"""Exact match after whitespace normalisation (the paper's Figure 8 is an exact-match count)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

logger = logging.getLogger(__name__)


def normalize_whitespace(text: str) -> str:
    """Collapse every run of whitespace (spaces, tabs, CR/LF, Unicode spaces) to one space and trim the ends.

    Only layout is forgiven: comments, quotes, trailing commas and identifier spelling still count.
    """
    return " ".join(text.split())


def exact_match(prediction: str, reference: str) -> bool:
    return normalize_whitespace(prediction) == normalize_whitespace(reference)


def exact_match_rate(predictions: Sequence[str], references: Sequence[str]) -> float:
    """Fraction of pairs that match exactly; 0.0 for an empty corpus."""
    if len(predictions) != len(references):
        raise ValueError(f"{len(predictions)} predictions but {len(references)} references")
    if not predictions:
        return 0.0
    return sum(exact_match(p, r) for p, r in zip(predictions, references, strict=True)) / len(predictions)
