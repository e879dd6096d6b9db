"""CodeBLEU for Dart, written here because the ``codebleu`` package pins tree-sitter < 0.23 and
tree-sitter-dart needs ABI 15 (tree-sitter ≥ 0.23).

    CodeBLEU = α·ngram_match + β·weighted_ngram_match + γ·syntax_match + δ·dataflow_match

with α = β = γ = δ = 0.25 by default:

- **ngram_match**: BLEU-4 over Dart tokens (:func:`benchmarks.metrics.tokenizer.tokenize`, case kept): clipped
  n-gram precision, brevity penalty, and Chen & Cherry "method 1" smoothing (ε = 0.1 for an order with no
  match); 0 when no unigram matches. This is exactly nltk's ``corpus_bleu(..., smoothing_function=method1)``,
  which the tests check. (The reference code splits on whitespace instead; Dart tokens make ``setState(()``
  three tokens.)
- **weighted_ngram_match**: the same shape, but — as in the reference implementation — recall-oriented
  (clipped counts over the *reference* n-grams) and, for unigrams, each reference token weighs 1.0 if it is a
  Dart keyword (:mod:`.dart_keywords`) and 0.2 otherwise. Unlike the reference code, the unigram denominator
  is not floored at 1, so references with fewer than five non-keyword tokens are not capped below 1.0.
- **syntax_match**: clipped AST subtree match (:mod:`.dart_ast`).
- **dataflow_match**: normalised data-flow match (:mod:`.dart_dataflow`).

**The data-flow substitution.** The reference implementation computes ``δ · (dataflow_match or 1)``: a
data-flow score of 0 is replaced by 1. That happens when the reference has no data flow at all (the score is
undefined) — but also when it has some and the candidate matches none of it, which *rewards* a candidate for
getting data flow entirely wrong. :class:`CodeBleu` therefore reports:

- ``codebleu``: the reference formula, substitution included (comparable with published CodeBLEU numbers);
- ``dataflow_substituted`` and ``substitution_reason`` (``"no_reference_dataflow"`` or
  ``"zero_dataflow_match"``);
- ``dataflow_match``: the real component, ``None`` when undefined;
- ``codebleu_strict``: no substitution — a 0 stays 0, and an undefined data-flow score drops out with the
  other three weights renormalised.

Sentence-level and corpus-level scores come from the same sufficient statistics (:class:`CodeBleuStats`): a
corpus score sums the statistics of its pairs, as the reference implementation does.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.metrics.dart_ast import SyntaxMatch, syntax_match
from benchmarks.metrics.dart_dataflow import DataFlowMatch, dataflow_match
from benchmarks.metrics.dart_keywords import token_weight
from benchmarks.metrics.tokenizer import tokenize

logger = logging.getLogger(__name__)

DEFAULT_WEIGHTS: tuple[float, float, float, float] = (0.25, 0.25, 0.25, 0.25)
MAX_ORDER = 4
SMOOTHING_EPSILON = 0.1
NO_REFERENCE_DATAFLOW = "no_reference_dataflow"
ZERO_DATAFLOW_MATCH = "zero_dataflow_match"


@dataclass(frozen=True)
class NgramStats:
    """Per-order clipped match counts and their denominators, plus lengths for the brevity penalty."""

    matches: tuple[float, ...] = (0.0,) * MAX_ORDER
    totals: tuple[float, ...] = (0.0,) * MAX_ORDER
    candidate_length: int = 0
    reference_length: int = 0

    def __add__(self, other: NgramStats) -> NgramStats:
        return NgramStats(
            matches=tuple(a + b for a, b in zip(self.matches, other.matches, strict=True)),
            totals=tuple(a + b for a, b in zip(self.totals, other.totals, strict=True)),
            candidate_length=self.candidate_length + other.candidate_length,
            reference_length=self.reference_length + other.reference_length,
        )

    def score(self) -> float:
        """Geometric mean of the smoothed per-order ratios times the brevity penalty (BLEU's formula)."""
        if self.matches[0] == 0 or self.candidate_length == 0:
            return 0.0
        log_sum = 0.0
        for matched, total in zip(self.matches, self.totals, strict=True):
            ratio = matched / total if matched else SMOOTHING_EPSILON / max(total, 1.0)
            log_sum += math.log(ratio) / MAX_ORDER
        return brevity_penalty(self.candidate_length, self.reference_length) * math.exp(log_sum)


def brevity_penalty(candidate_length: int, reference_length: int) -> float:
    if candidate_length > reference_length:
        return 1.0
    if candidate_length == 0:
        return 0.0
    return math.exp(1 - reference_length / candidate_length)


def _ngrams(tokens: Sequence[str], order: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + order]) for i in range(len(tokens) - order + 1))


def ngram_stats(candidate: Sequence[str], reference: Sequence[str]) -> NgramStats:
    """BLEU statistics: clipped candidate n-grams / candidate n-grams (denominator ≥ 1, as in nltk)."""
    matches, totals = [], []
    for order in range(1, MAX_ORDER + 1):
        candidate_counts = _ngrams(candidate, order)
        reference_counts = _ngrams(reference, order)
        matches.append(float(sum(min(c, reference_counts[g]) for g, c in candidate_counts.items())))
        totals.append(float(max(1, sum(candidate_counts.values()))))
    return NgramStats(tuple(matches), tuple(totals), len(candidate), len(reference))


def weighted_ngram_stats(candidate: Sequence[str], reference: Sequence[str]) -> NgramStats:
    """Keyword-weighted statistics: clipped *reference* n-grams / reference n-grams; unigrams weighted."""
    matches, totals = [], []
    for order in range(1, MAX_ORDER + 1):
        candidate_counts = _ngrams(candidate, order)
        reference_counts = _ngrams(reference, order)
        if order == 1:
            matches.append(sum(token_weight(g[0]) * min(c, candidate_counts[g]) for g, c in reference_counts.items()))
            totals.append(sum(token_weight(g[0]) * c for g, c in reference_counts.items()))
        else:
            matches.append(float(sum(min(c, candidate_counts[g]) for g, c in reference_counts.items())))
            totals.append(float(max(1, sum(reference_counts.values()))))
    return NgramStats(tuple(matches), tuple(totals), len(candidate), len(reference))


@dataclass(frozen=True)
class CodeBleuStats:
    """Sufficient statistics of one pair or, summed, of a corpus."""

    ngram: NgramStats = NgramStats()
    weighted_ngram: NgramStats = NgramStats()
    syntax: SyntaxMatch = SyntaxMatch(0, 0)
    dataflow: DataFlowMatch = DataFlowMatch(0, 0)

    def __add__(self, other: CodeBleuStats) -> CodeBleuStats:
        return CodeBleuStats(
            self.ngram + other.ngram,
            self.weighted_ngram + other.weighted_ngram,
            self.syntax + other.syntax,
            self.dataflow + other.dataflow,
        )


def codebleu_stats(prediction: str, reference: str) -> CodeBleuStats:
    candidate_tokens = tokenize(prediction, lower=False)
    reference_tokens = tokenize(reference, lower=False)
    return CodeBleuStats(
        ngram=ngram_stats(candidate_tokens, reference_tokens),
        weighted_ngram=weighted_ngram_stats(candidate_tokens, reference_tokens),
        syntax=syntax_match(prediction, reference),
        dataflow=dataflow_match(prediction, reference),
    )


@dataclass(frozen=True)
class CodeBleu:
    codebleu: float  # the reference formula: δ·(dataflow or 1)
    ngram_match: float
    weighted_ngram_match: float
    syntax_match: float
    dataflow_match: float | None  # None: the reference has no data flow, the component is undefined
    dataflow_substituted: bool  # True when `codebleu` used 1.0 in place of the data-flow component
    substitution_reason: str | None  # NO_REFERENCE_DATAFLOW or ZERO_DATAFLOW_MATCH
    codebleu_strict: float  # no substitution (see the module docstring)
    weights: tuple[float, float, float, float] = DEFAULT_WEIGHTS

    @classmethod
    def from_stats(cls, stats: CodeBleuStats, weights: tuple[float, float, float, float] = DEFAULT_WEIGHTS) -> CodeBleu:
        alpha, beta, gamma, delta = weights
        ngram = stats.ngram.score()
        weighted = stats.weighted_ngram.score()
        syntax = stats.syntax.score
        dataflow = stats.dataflow.score
        reason = None
        if dataflow is None:
            reason = NO_REFERENCE_DATAFLOW
        elif dataflow == 0.0:
            reason = ZERO_DATAFLOW_MATCH
        first_three = alpha * ngram + beta * weighted + gamma * syntax
        codebleu = first_three + delta * (1.0 if reason else float(dataflow or 0.0))
        if dataflow is not None:
            strict = first_three + delta * dataflow
        else:
            strict = first_three / (alpha + beta + gamma) if alpha + beta + gamma else 0.0
        return cls(
            codebleu=codebleu,
            ngram_match=ngram,
            weighted_ngram_match=weighted,
            syntax_match=syntax,
            dataflow_match=dataflow,
            dataflow_substituted=reason is not None,
            substitution_reason=reason,
            codebleu_strict=strict,
            weights=weights,
        )


def code_bleu(
    prediction: str, reference: str, *, weights: tuple[float, float, float, float] = DEFAULT_WEIGHTS
) -> CodeBleu:
    """Sentence-level CodeBLEU of one Dart answer against its reference."""
    return CodeBleu.from_stats(codebleu_stats(prediction, reference), weights)


def corpus_code_bleu(
    predictions: Sequence[str],
    references: Sequence[str],
    *,
    weights: tuple[float, float, float, float] = DEFAULT_WEIGHTS,
) -> CodeBleu:
    """Corpus-level CodeBLEU: statistics summed over pairs, then combined once (as the reference does)."""
    if len(predictions) != len(references):
        raise ValueError(f"{len(predictions)} predictions but {len(references)} references")
    total = CodeBleuStats()
    for prediction, reference in zip(predictions, references, strict=True):
        total = total + codebleu_stats(prediction, reference)
    return CodeBleu.from_stats(total, weights)
