"""The cookbook: a training question close enough to the user's that its curated answer is offered as it is.

The dataset's answers are written and checked by people; when the user asks a task the train split already
covers, pasting that answer beats generating one. :func:`cookbook_match` decides "close enough" without a model:

- **closeness** is the top BM25 hit's score over the question's own self-score (``Retriever.self_score``): 1.0 for
  a training question asked verbatim, comparable across questions (raw BM25 grows with the question's length);
  it separated judge-correct pastes from wrong ones better than the raw score or the top-1/top-2 margin;
- **named APIs**: every API the question names (``Selector``, ``bloc_test``, ``context.select``) must occur in the
  answer's code, and none it rules out ("``ScrollController`` kullanmadan"): a close question about another API
  (``Selector`` vs ``context.select``, with or without ``bloc_test``) is another task;
- :data:`THRESHOLD`, chosen on the evaluation data for precision (experiments/cookbook/results).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flutr.answering import Answer
from flutr.comments import CommentBlock
from flutr.dart_api import code_only
from flutr.dataset import QARow
from flutr.edits import AnswerEdit, edit_for
from flutr.extraction import extract_code
from flutr.position import position_of
from flutr.retrieval import Retriever, default_retriever
from flutr.turkish import fold_diacritics

# Closeness at or above which the closest training answer is offered: chosen for precision, since a wrong paste
# looks as confident as a right one; just below it, half the pastes answer a neighbouring task when read
# carefully (experiments/cookbook/results).
THRESHOLD = 0.75

_SENTENCE = re.compile(r"(?:^|[.!?:;]\s+)(\S)")
_WORD = re.compile(r"[0-9A-Za-zÇĞİÖŞÜçğıöşüâîû_]+(?:\.[A-Za-z_]\w*)*")
# "ScrollController kullanmadan" (without), "Opacity yerine" (instead of): the API is ruled out, not asked for.
# Quoted text is a label or a message ('Kaydedildi', "There are multiple heroes…"), not an API.
_QUOTED = re.compile(r"(?<!\w)'[^'\n]+'(?!\w)|\"[^\"\n]+\"")
_RULED_OUT = re.compile(r"^(?:'\w+)?\s*,?\s*(?:kullanmadan|olmadan|yerine|kullanmayan|olmayan)\b")
# Capitalised words that name no API (platforms, the language, generic nouns).
_NOT_APIS = frozenset("api ui url json flutter dart android ios web".split())


@dataclass(frozen=True)
class Match:
    """The training row offered for a question, how close it is (1.0: asked verbatim) and its code split as the
    answer pipeline splits a model's (imports aside, they go at the top of the file)."""

    row: QARow
    closeness: float
    code: str
    imports: tuple[str, ...]

    @property
    def question(self) -> str:
        return self.row.question


@dataclass(frozen=True)
class NamedApis:
    asked: tuple[str, ...]  # the APIs the answer must use
    ruled_out: tuple[str, ...]  # the APIs it must not use ("X kullanmadan", "X yerine")


def named_apis(question: str) -> NamedApis:
    """The APIs a question names: identifiers with an inner capital, an underscore or a dot (``ListView.builder``,
    ``bloc_test``, ``context.select``) and capitalised words that do not start a sentence (``Selector``; Turkish
    capitalises only proper nouns there); apostrophe suffixes are cut (``Provider'da`` → ``Provider``), quoted
    text is skipped. Those followed by "kullanmadan", "olmadan", "yerine" are ruled out instead."""
    question = _QUOTED.sub(lambda quoted: " " * len(quoted.group()), question)
    starts = {m.start(1) for m in _SENTENCE.finditer(question)}
    asked: list[str] = []
    ruled_out: list[str] = []
    for match in _WORD.finditer(question):
        word = match.group()
        inner = any(ch.isupper() for ch in word[1:]) or "_" in word or "." in word
        capitalised = word[0].isupper() and match.start() not in starts and word.isascii()
        if not (inner or capitalised) or word.lower() in _NOT_APIS:
            continue
        negated = _RULED_OUT.match(fold_diacritics(question[match.end() :]))
        (ruled_out if negated else asked).append(word)
    return NamedApis(tuple(dict.fromkeys(asked)), tuple(dict.fromkeys(ruled_out)))


def names_covered(question: str, answer: str) -> bool:
    """Whether the code of ``answer`` (comments and strings blanked) uses every API ``question`` asks for and
    neither it nor its imports (``package:bloc_test``) any it rules out; inside longer names too (``Cupertino``
    in ``CupertinoSwitch``)."""
    names = named_apis(question)
    if not names.asked and not names.ruled_out:
        return True
    code = _key(code_only(answer))
    imports = _key(" ".join(line for line in answer.splitlines() if line.lstrip().startswith("import ")))
    return all(_key(n) in code for n in names.asked) and not any(
        _key(n) in code or _key(n) in imports for n in names.ruled_out
    )


def _key(text: str) -> str:
    """Names compared case-insensitively and without underscores: ``bloc_test`` is used as ``blocTest``,
    ``go_router`` as ``GoRouter``."""
    return text.lower().replace("_", "")


def closeness(retriever: Retriever, question: str, score: float) -> float:
    """A hit's ``score`` relative to ``question``'s self-score: comparable across questions, 1.0 when verbatim."""
    own = retriever.self_score(question)
    return score / own if own > 0 else 0.0


def cookbook_match(question: str, *, threshold: float = THRESHOLD, retriever: Retriever | None = None) -> Match | None:
    """The closest training row when it is close enough (``threshold``) and its answer covers the APIs the
    question names; else None. Pure and fast (one BM25 search, no model): the server calls it while listing."""
    retriever = retriever or default_retriever()
    hits = retriever.search(question, 1)
    if not hits:
        return None
    hit = hits[0]
    near = closeness(retriever, question, hit.score)
    if near < threshold or not names_covered(question, hit.row.answer):
        return None
    extracted = extract_code(hit.row.answer, prefilled=True)
    return Match(hit.row, near, extracted.code, extracted.imports)


def cookbook_edit(
    source: str, block: CommentBlock, *, threshold: float = THRESHOLD, retriever: Retriever | None = None
) -> tuple[Match, AnswerEdit] | None:
    """The curated answer for ``block`` as an edit of ``source`` (``edits.edit_for``, the generated answer's path:
    the paste under the comment, its missing imports at the top), or None: no close training question, a comment
    inside code (a standalone example there breaks the file, and ``place`` would only paste it as a comment
    block), or a paste that would not fit where it lands."""
    if position_of(source, block).inside_code:
        return None
    match = cookbook_match(block.text, threshold=threshold, retriever=retriever)
    if match is None:
        return None
    edit = edit_for(source, block, Answer(match.code, match.imports, parses=True, warning=None, attempts=0))
    return (match, edit) if edit.fits else None
