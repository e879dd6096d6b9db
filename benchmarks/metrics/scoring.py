"""One entry point for every quality metric: :func:`score_corpus` (and :func:`score_pair` for one answer).

Each pair goes through: decode (bytes / str / None) → extract the Dart code from the generation → failure
checks → metrics. A pair that fails is **scored as a failure with a reason**, never raised:

- ``non_utf8_generation``: the generation is bytes that do not decode as UTF-8 (or a str with lone surrogates)
- ``empty_generation``: nothing but whitespace (or only empty code fences) was generated
- ``no_code``: the generation is prose or comments only (:func:`flutr.extraction.contains_dart_code`)
- ``missing_reference``: the reference is ``None`` or blank
- ``non_utf8_reference``: the reference does not decode as UTF-8

How failures count:

- Per pair, every reference-based metric of a failed pair is 0.0 (exact match False) and the corpus means are
  over *all* pairs, so failures pull the means down instead of vanishing.
- Corpus BLEU and corpus CodeBLEU sum statistics over pairs. A generation failure enters them as an empty
  candidate against its reference (zero matches, full reference length); a pair whose *reference* is missing
  or undecodable has no statistics to contribute and is left out of those two numbers only.
- Correctness is judged on the generation alone: generation failures are incorrect (and do not parse); a pair
  with a bad reference is still judged from its generation and ``must_contain``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from benchmarks.judge.verdict import JudgeInput, Verdict, judge
from benchmarks.metrics import bertscore as bertscore_metric
from benchmarks.metrics.bleu import bleu_signature, corpus_bleu, sentence_bleu
from benchmarks.metrics.codebleu import (
    DEFAULT_WEIGHTS,
    CodeBleu,
    CodeBleuStats,
    codebleu_stats,
)
from benchmarks.metrics.correctness import Correctness, correct_rate, judge_answer, parse_rate
from benchmarks.metrics.exact import exact_match
from benchmarks.metrics.failures import Failure, FailureReason, RawText, decode_text
from benchmarks.metrics.meteor import meteor
from benchmarks.metrics.rouge import rouge_l
from flutr.dataset import QARow
from flutr.extraction import contains_dart_code, extract_code

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PairScore:
    """All metrics of one (generation, reference) pair. Scores are on a 0–1 scale."""

    index: int
    code: str  # the code extracted from the generation (the prose for `no_code`; "" if empty or undecodable)
    bleu: float  # sacrebleu sentence BLEU
    rouge_l: float  # F1
    meteor: float
    bertscore_f1: float | None  # None when BERTScore was not requested
    exact_match: bool
    codebleu: float  # reference formula (see CodeBleu); 0.0 for a failed pair
    codebleu_detail: CodeBleu | None  # components and the substitution flag; None for a failed pair
    correctness: Correctness  # the old keyword rule (parses + must_contain anywhere), reported as "Keywords"
    failure: Failure | None = None
    verdict: Verdict | None = None  # judge v2, the "Correct" column; None when no requirements were given

    @property
    def failed(self) -> bool:
        return self.failure is not None


@dataclass(frozen=True)
class CorpusScore:
    """Corpus-level metrics (the Table 1 row of one model/variant) plus every pair's scores."""

    n: int
    bleu: float  # sacrebleu corpus BLEU / 100
    bleu_signature: str
    sentence_bleu_mean: float
    rouge_l: float  # mean F1
    meteor: float  # mean
    bertscore_f1: float | None  # mean F1; None when not requested
    bertscore_model: str | None
    exact_match: float  # rate
    codebleu: CodeBleu  # corpus-level, with components, substitution flag and codebleu_strict
    correct_rate: float  # the old keyword rule ("Keywords")
    parse_rate: float
    judged_rate: float | None = None  # judge v2 ("Correct"); None when no requirements were given
    failures: dict[str, int] = field(default_factory=dict)  # FailureReason value → count
    pairs: tuple[PairScore, ...] = ()

    @property
    def n_failed(self) -> int:
        return sum(self.failures.values())


@dataclass
class _Prepared:
    code: str
    reference: str | None
    failure: Failure | None


def _prepare(generation: RawText, reference: RawText, *, extract: bool) -> _Prepared:
    decoded_generation = decode_text(generation)
    decoded_reference = decode_text(reference)
    reference_text = decoded_reference.text if decoded_reference.text and decoded_reference.text.strip() else None
    code = ""
    failure: Failure | None = None
    if decoded_generation.error is not None:
        failure = Failure(FailureReason.NON_UTF8_GENERATION, decoded_generation.error)
    elif not decoded_generation.text or not decoded_generation.text.strip():
        failure = Failure(FailureReason.EMPTY_GENERATION, "the generation is empty")
    else:
        code = extract_code(decoded_generation.text, prefilled=None).code if extract else decoded_generation.text
        if not code.strip():
            failure = Failure(FailureReason.EMPTY_GENERATION, "the generation has only empty code fences")
        elif not contains_dart_code(code):
            preview = " ".join(code.split())[:60]
            failure = Failure(FailureReason.NO_CODE, f"no Dart code in the generation: {preview!r}")
    if failure is None and decoded_reference.error is not None:
        failure = Failure(FailureReason.NON_UTF8_REFERENCE, decoded_reference.error)
    elif failure is None and reference_text is None:
        failure = Failure(FailureReason.MISSING_REFERENCE, "no reference answer for this row")
    return _Prepared(code=code, reference=reference_text, failure=failure)


def score_corpus(
    predictions: Sequence[RawText],
    references: Sequence[RawText],
    must_contain: Sequence[Sequence[str]] | None = None,
    *,
    bertscore: bool = True,
    extract: bool = True,
    codebleu_weights: tuple[float, float, float, float] = DEFAULT_WEIGHTS,
    requirements: Sequence[JudgeInput] | None = None,
) -> CorpusScore:
    """Score generations against references (same order). ``must_contain[i]`` lists the identifiers row
    ``i``'s answer must use (the keyword rule); ``requirements[i]`` is row ``i`` for judge v2 (its ``answer`` is
    replaced by the extracted code); ``extract`` pulls the code out of fenced/prose generations first;
    ``bertscore=False`` skips loading the BERTScore model (everything else is fast and model-free).

    Raises ``ValueError`` only for a programming error (sequences of different lengths), never for bad data.
    """
    if len(predictions) != len(references):
        raise ValueError(f"{len(predictions)} predictions but {len(references)} references")
    if must_contain is not None and len(must_contain) != len(predictions):
        raise ValueError(f"{len(must_contain)} must_contain lists for {len(predictions)} predictions")
    if requirements is not None and len(requirements) != len(predictions):
        raise ValueError(f"{len(requirements)} requirements for {len(predictions)} predictions")
    prepared = [_prepare(p, r, extract=extract) for p, r in zip(predictions, references, strict=True)]
    scorable = [i for i, item in enumerate(prepared) if item.failure is None]

    bert_f1: dict[int, float] = {}
    if bertscore and scorable:
        results = bertscore_metric.bertscore(
            [prepared[i].code for i in scorable], [prepared[i].reference or "" for i in scorable]
        )
        bert_f1 = {i: result.f1 for i, result in zip(scorable, results, strict=True)}

    pairs: list[PairScore] = []
    corpus_stats = CodeBleuStats()
    bleu_candidates: list[str] = []
    bleu_references: list[str] = []
    for index, item in enumerate(prepared):
        items = tuple(must_contain[index]) if must_contain is not None else ()
        if item.failure is not None and item.failure.reason.blames_generation:
            correctness = Correctness.failed(item.failure.describe())
        else:
            correctness = judge_answer(item.code, items)
        verdict: Verdict | None = None
        if requirements is not None:
            if item.failure is not None and item.failure.reason.blames_generation:
                verdict = Verdict(False, False, (item.failure.describe(),))
            else:
                verdict = judge(dataclasses.replace(requirements[index], answer=item.code))
        generation_failed = item.failure is not None and item.failure.reason.blames_generation
        if item.reference is not None and (item.failure is None or generation_failed):
            bleu_candidates.append("" if generation_failed else item.code)
            bleu_references.append(item.reference)
        if item.failure is not None:
            if item.reference is not None:
                corpus_stats = corpus_stats + codebleu_stats("", item.reference)
            logger.debug("pair %d failed: %s", index, item.failure.describe())
            pairs.append(
                PairScore(
                    index=index,
                    code=item.code,
                    bleu=0.0,
                    rouge_l=0.0,
                    meteor=0.0,
                    bertscore_f1=0.0 if bertscore else None,
                    exact_match=False,
                    codebleu=0.0,
                    codebleu_detail=None,
                    correctness=correctness,
                    failure=item.failure,
                    verdict=verdict,
                )
            )
            continue
        assert item.reference is not None  # guaranteed by _prepare when there is no failure
        stats = codebleu_stats(item.code, item.reference)
        corpus_stats = corpus_stats + stats
        detail = CodeBleu.from_stats(stats, codebleu_weights)
        pairs.append(
            PairScore(
                index=index,
                code=item.code,
                bleu=sentence_bleu(item.code, item.reference),
                rouge_l=rouge_l(item.code, item.reference).f1,
                meteor=meteor(item.code, item.reference),
                bertscore_f1=bert_f1.get(index) if bertscore else None,
                exact_match=exact_match(item.code, item.reference),
                codebleu=detail.codebleu,
                codebleu_detail=detail,
                correctness=correctness,
                verdict=verdict,
            )
        )

    n = len(pairs)

    def mean(values: Sequence[float]) -> float:
        return sum(values) / len(values) if values else 0.0

    failures = Counter(pair.failure.reason.value for pair in pairs if pair.failure is not None)
    if failures:
        logger.info("%d of %d pairs failed: %s", sum(failures.values()), n, dict(failures))
    return CorpusScore(
        n=n,
        bleu=corpus_bleu(bleu_candidates, bleu_references),
        bleu_signature=bleu_signature(),
        sentence_bleu_mean=mean([p.bleu for p in pairs]),
        rouge_l=mean([p.rouge_l for p in pairs]),
        meteor=mean([p.meteor for p in pairs]),
        bertscore_f1=mean([p.bertscore_f1 or 0.0 for p in pairs]) if bertscore else None,
        bertscore_model=bertscore_metric.describe_model() if bertscore else None,
        exact_match=mean([float(p.exact_match) for p in pairs]),
        codebleu=CodeBleu.from_stats(corpus_stats, codebleu_weights),
        correct_rate=correct_rate([p.correctness for p in pairs]),
        parse_rate=parse_rate([p.correctness for p in pairs]),
        judged_rate=mean([float(p.verdict.correct) for p in pairs if p.verdict]) if requirements is not None else None,
        failures=dict(failures),
        pairs=tuple(pairs),
    )


def score_pair(
    prediction: RawText,
    reference: RawText,
    must_contain: Sequence[str] = (),
    *,
    bertscore: bool = True,
    extract: bool = True,
    codebleu_weights: tuple[float, float, float, float] = DEFAULT_WEIGHTS,
) -> PairScore:
    """Every metric of one generation against its reference (see :func:`score_corpus`)."""
    corpus = score_corpus(
        [prediction],
        [reference],
        [must_contain],
        bertscore=bertscore,
        extract=extract,
        codebleu_weights=codebleu_weights,
    )
    return corpus.pairs[0]


def score_rows(
    predictions: Sequence[RawText], rows: Sequence[QARow], *, bertscore: bool = True, extract: bool = True
) -> CorpusScore:
    """:func:`score_corpus` for dataset rows: the reference is ``row.answer``, the keyword rule uses
    ``row.must_contain``, judge v2 the row's requirements."""
    return score_corpus(
        predictions,
        [row.answer for row in rows],
        [row.must_contain for row in rows],
        bertscore=bertscore,
        extract=extract,
        requirements=[requirements_of(row) for row in rows],
    )


def requirements_of(row: QARow) -> JudgeInput:
    return JudgeInput(row.question, "", row.must_contain, row.must_not, row.checks, reference=row.answer)
