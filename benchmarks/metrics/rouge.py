"""ROUGE-L (LCS F-measure, β = 1) via rouge-score with the Turkish/Dart tokenizer of :mod:`.tokenizer`.

rouge-score's default tokenizer drops every character outside ``[a-z0-9]`` (``Kullanıcı`` → ``kullan c``) and
all Dart operators, so it is replaced; no stemming (the Porter stemmer is English-only). On lower-case ASCII
words without punctuation both tokenizers agree, which the tests check.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from rouge_score.rouge_scorer import RougeScorer

from benchmarks.metrics.tokenizer import TurkishDartTokenizer

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RougeL:
    precision: float
    recall: float
    f1: float


@functools.lru_cache(maxsize=1)
def rouge_l_scorer() -> RougeScorer:
    return RougeScorer(["rougeL"], use_stemmer=False, tokenizer=TurkishDartTokenizer())


def rouge_l(prediction: str, reference: str) -> RougeL:
    """ROUGE-L of one pair. rouge-score's argument order is (target, prediction)."""
    score = rouge_l_scorer().score(reference, prediction)["rougeL"]
    return RougeL(precision=score.precision, recall=score.recall, f1=score.fmeasure)


def mean_rouge_l(predictions: Sequence[str], references: Sequence[str]) -> float:
    """Mean per-pair ROUGE-L F1 (the usual corpus figure); 0.0 for an empty corpus."""
    if len(predictions) != len(references):
        raise ValueError(f"{len(predictions)} predictions but {len(references)} references")
    if not predictions:
        return 0.0
    return sum(rouge_l(p, r).f1 for p, r in zip(predictions, references, strict=True)) / len(predictions)
