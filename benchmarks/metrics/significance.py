"""Paired significance of a difference in correct answers: the exact McNemar test (checked against scipy's
exact binomial test in the tests)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


def mcnemar_p(only_a: int, only_b: int) -> float:
    """Exact two-sided McNemar p-value from the discordant pairs (binomial, p = 0.5)."""
    n = only_a + only_b
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, i) for i in range(min(only_a, only_b) + 1)) / 2**n
    return min(1.0, 2 * tail)


@dataclass(frozen=True)
class Paired:
    only_a: int  # questions only A answers correctly
    only_b: int
    p: float

    def describe(self) -> str:
        return f"{self.only_a} / {self.only_b} (p = {self.p:.3f})"


def paired(a: Sequence[bool], b: Sequence[bool]) -> Paired:
    """A and B judged on the same questions, in the same order."""
    if len(a) != len(b):
        raise ValueError(f"paired comparison needs the same questions: {len(a)} vs {len(b)}")
    only_a = sum(1 for x, y in zip(a, b, strict=True) if x and not y)
    only_b = sum(1 for x, y in zip(a, b, strict=True) if y and not x)
    return Paired(only_a, only_b, mcnemar_p(only_a, only_b))
