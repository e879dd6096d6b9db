"""Retrieval few-shot: the k training questions most similar to the user's, by BM25 over normalised Turkish.

Normalisation folds case and diacritics (``nasil`` = ``nasıl``) and words are cut to a 5-letter stem prefix, a
cheap stand-in for Turkish morphology (``listeyi``, ``listede`` → ``liste``). API identifiers in the question
(``RefreshIndicator``) are kept whole as well, they are the most telling words. Examples longer than
``max_answer_lines`` are skipped: every prompt token costs ~5–12 ms on a 2-core CPU. A token budget caps what the
examples add to the prompt: an example that does not fit is passed over for the next best of the ``WINDOW × k`` best
matches, so a tight budget picks shorter neighbours rather than fewer (experiments/retrieval-budget/results).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from flutr.backends.base import approx_tokens
from flutr.dataset import QARow, load_split
from flutr.prompting import Example
from flutr.turkish import fold_diacritics

_WORD = re.compile(r"[0-9A-Za-zÇĞİÖŞÜçğıöşüâîû_]+")
# The server's retrievalK and retrievalTokens, training's retrieval_k and retrieval_tokens (0 = no limit). One
# example, whole: 29 of 110 correct (k=2: 27), a 120-token answer in 0.71x the time of k=2 (3.1 s). A budget of 150
# with k=2 is faster (0.67x, 2.9 s) but drops the closest example when it is long: 25 of 110, 0 of the 10 qual
# questions (experiments/retrieval-budget/results).
DEFAULT_K = 1
DEFAULT_BUDGET = 0
WINDOW = 4  # with a budget, candidates are the WINDOW * k best matches

TokenCounter = Callable[[str], int]

_STOP = frozenset("bir ve ile icin bu su o da de mi mu ne nasil nedir gibi olan olarak yaz yap".split())


def example_tokens(row: QARow | Example, count: TokenCounter) -> int:
    """What a retrieved example adds to the prompt, chat markup aside (~10 tokens per example)."""
    return count(row.question) + count(row.answer)


def terms(text: str, stem: int = 5) -> list[str]:
    """Index terms: folded word stems, plus CamelCase identifiers whole."""
    result = []
    for word in _WORD.findall(text):
        if any(ch.isupper() for ch in word[1:]) or "_" in word:
            result.append(word.lower())  # an API identifier: keep whole
        folded = fold_diacritics(word)
        if folded in _STOP or len(folded) < 2:
            continue
        result.append(folded[:stem])
    return result


@dataclass(frozen=True)
class Hit:
    row: QARow
    score: float
    asked: str  # the wording of the row that matched (its question or one of its phrasings)


class Retriever:
    """Okapi BM25 (k1=1.2, b=0.75) over the questions of ``rows`` and their phrasings; a row scores as its best
    matching wording, and is found once."""

    def __init__(self, rows: Sequence[QARow], *, k1: float = 1.2, b: float = 0.75, max_answer_lines: int = 40):
        self.rows = list(rows)
        self.k1, self.b, self.max_answer_lines = k1, b, max_answer_lines
        self._wordings = [
            (index, text) for index, row in enumerate(self.rows) for text in (row.question, *row.phrasings)
        ]
        self._docs = [Counter(terms(text)) for _, text in self._wordings]
        self._lengths = [sum(doc.values()) for doc in self._docs]
        self._avg = sum(self._lengths) / max(1, len(self._lengths))
        df = Counter(term for doc in self._docs for term in doc)
        n = len(self._docs)
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self._postings: dict[str, list[int]] = {}
        for index, doc in enumerate(self._docs):
            for term in doc:
                self._postings.setdefault(term, []).append(index)

    def search(self, question: str, k: int = 2, skip: Callable[[QARow], bool] | None = None) -> list[Hit]:
        """The ``k`` best rows for ``question``, best first; rows with over-long answers, and rows ``skip`` returns
        true for, are passed over."""
        scores: dict[int, float] = {}
        for term in set(terms(question)):
            idf = self._idf.get(term)
            if idf is None:
                continue
            for index in self._postings[term]:
                tf = self._docs[index][term]
                norm = tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * self._lengths[index] / self._avg))
                scores[index] = scores.get(index, 0.0) + idf * norm
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        hits: list[Hit] = []
        found: set[int] = set()
        for doc, score in ranked:
            index, wording = self._wordings[doc]
            row = self.rows[index]
            if index in found:
                continue  # a better wording of this row came first
            found.add(index)
            if row.answer.count("\n") + 1 > self.max_answer_lines or (skip is not None and skip(row)):
                continue
            hits.append(Hit(row, score, wording))
            if len(hits) == k:
                break
        return hits

    def self_score(self, question: str) -> float:
        """``question``'s score against itself as a row of this index: the scale on which its hits' scores are
        comparable with another question's (raw BM25 grows with the question's length and rare words). A term no
        row has counts with the idf of a term in no row, so a word the corpus never saw lowers every relative
        score (``flutr.cookbook``)."""
        doc = Counter(terms(question))
        length = sum(doc.values())
        unseen = math.log(1 + (len(self._docs) + 0.5) / 0.5)
        scale = self.k1 * (1 - self.b + self.b * length / self._avg)
        return sum(self._idf.get(term, unseen) * tf * (self.k1 + 1) / (tf + scale) for term, tf in doc.items())

    def select(
        self,
        question: str,
        k: int,
        skip: Callable[[QARow], bool] | None = None,
        *,
        budget: int = 0,
        count: TokenCounter = approx_tokens,
    ) -> list[Hit]:
        """The hits whose examples go into the prompt, best first: the ``k`` best, or with a ``budget`` (> 0) the
        best of the ``WINDOW * k`` best matches whose examples fit into ``budget`` tokens together (``count``
        measures them: the model's tokenizer when there is one). May be fewer than ``k``, or none."""
        if budget <= 0:
            return self.search(question, k, skip)
        chosen, used = [], 0
        for hit in self.search(question, WINDOW * k, skip):
            cost = example_tokens(hit.row, count)
            if used + cost <= budget:
                chosen.append(hit)
                used += cost
                if len(chosen) == k:
                    break
        return chosen

    def examples(
        self,
        question: str,
        k: int,
        skip: Callable[[QARow], bool] | None = None,
        *,
        budget: int = 0,
        count: TokenCounter = approx_tokens,
    ) -> list[Example]:
        """The prompt's retrieved examples for ``question`` (``select``), least similar first so the closest sits
        next to the question (the order the server prompts and training share)."""
        hits = self.select(question, k, skip, budget=budget, count=count)
        return [Example(h.asked, h.row.answer) for h in reversed(hits)]

    def examples_source(
        self, k: int, budget: int = 0, count: TokenCounter = approx_tokens
    ) -> Callable[[str], list[Example]]:
        """For ``Answerer``: ``examples`` with these settings (the server's retrievalK and retrievalTokens)."""

        def source(question: str) -> list[Example]:
            return self.examples(question, k, budget=budget, count=count)

        return source


@functools.lru_cache(maxsize=1)
def default_retriever() -> Retriever:
    """BM25 over the dataset's train split (never test/qual: that would leak answers into the benchmark)."""
    return Retriever(load_split("train"))
