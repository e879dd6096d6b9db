"""What flutr itself doubts in an answer it offers: the reference-free checks that choose between two candidates
inside code (``flutr.in_place``), told to the user when the offered code still fails them.

An answer is offered whenever it fits the file; when every candidate still calls an API that does not exist, uses
a nullable value as non-null, says the request comment over and over, or leaves out a number or quoted text the
comment states, the user is told so, with the line and the reason. Read blind, such answers are almost never right
(experiments/doubts: about 3 in 100, against about a third of the others): the warning says "check this one" where
checking pays.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from flutr.comments import CommentBlock, request_echoes
from flutr.dart_api import rejecting_findings
from flutr.dart_api.project_names import names_from_project, names_in_file
from flutr.edits import AnswerEdit, with_code
from flutr.stated_values import left_out

# A middle that says the request comment again twice or more is degenerate output (a reader rejects it; once is an
# echo above the code, which is harmless).
ECHOES_REJECTED = 2

# The Turkish name of a finding's kind (or of its prefix, ``nullable-…``), shown before its English detail; a kind
# not listed is "şüpheli kod".
_KIND_TR = {
    "unknown": "böyle bir API yok",
    "override-unknown": "böyle bir API yok",
    "widget-member": "böyle bir API yok",
    "undefined-name": "tanımsız ad",
    "removed-api": "kaldırılmış API",
    "nullable": "null olabilecek değer",
    "setstate-outside-state": "State dışında setState",
    "empty-set-state": "boş setState",
    "field-without-setstate": "setState olmadan alan değişiyor",
    "await-outside-async": "async olmayan yerde await",
    "unawaited-future": "beklenmeyen Future",
    "future": "Future tipi uymuyor",
    "callback": "geri çağırma imzası uymuyor",
    "override-signature": "override imzası uymuyor",
    "positional-arity": "argüman sayısı uymuyor",
    "missing-return": "dönüş değeri yok",
    "null-return": "null döndürülemez",
    "async-callback": "async geri çağırma değer döndürmeli",
    "duplicate": "tekrarlanan tanım",
    "final-assignment": "final alana atama",
    "late-never-assigned": "late alan hiç atanmıyor",
    "const-nonconstant": "const içinde sabit olmayan değer",
    "abstract-instantiation": "soyut sınıf örneklenmiş",
    "not-callable": "çağrılamayan değer çağrılıyor",
    "void-result": "tip uyuşmuyor",
    "iterable-as-list": "tip uyuşmuyor",
    "int-as-double": "tip uyuşmuyor",
    "json-cast": "tip uyuşmuyor",
    "json-dynamic-list": "tip uyuşmuyor",
    "ticker-future": "tip uyuşmuyor",
    "string-url": "tip uyuşmuyor",
    "index-type": "tip uyuşmuyor",
    "argument-type": "tip uyuşmuyor",
    "not-a-bool": "tip uyuşmuyor",
    "set-in-list": "listede küme",
}


@dataclass(frozen=True)
class Doubt:
    """One reason to doubt an answer: ``line`` is the 0-based line of the inserted code it is on (None: the answer
    as a whole), ``kind`` a finding's check or ``echo`` / ``stated-value``, ``detail`` the English reason."""

    kind: str
    detail: str
    line: int | None = None

    def describe(self, first_line: int | None = None) -> str:
        """Turkish, then the English detail; ``first_line``: the file line (0-based) the inserted code starts on,
        to name the file's line number instead of the answer's."""
        if self.kind == "stated-value":
            text = f"yorumdaki '{self.detail}' kodda yok / the comment's '{self.detail}' is not in the code"
        elif self.kind == "echo":
            text = "yorumu tekrar tekrar yazıyor / it repeats the comment"
        else:
            text = f"{kind_in_turkish(self.kind)} / {self.detail}"
        if self.line is None:
            return text
        number = self.line + 1 if first_line is None else first_line + self.line + 1
        return f"satır {number}: {text}"


def kind_in_turkish(kind: str) -> str:
    """A finding's kind in Turkish: its own entry, else its prefix's (``nullable-argument`` → ``nullable``)."""
    if kind in _KIND_TR:
        return _KIND_TR[kind]
    return _KIND_TR.get(kind.split("-")[0], "şüpheli kod")


@functools.lru_cache(maxsize=8)
def check_doubts(source: str, block: CommentBlock, code: str) -> tuple[Doubt, ...]:
    """The doubts that reject a candidate inside code (``flutr.in_place.rejected_in_file``): the request comment
    said again ``ECHOES_REJECTED`` times or more, and every rejecting finding on the inserted lines of ``source``
    with ``code`` under ``block`` (the file's own names are known there, and the names the comment gives when the
    file imports the app's code: ``flutr.dart_api.project_names``, as the judge reads them). Kept for the last few
    candidates: the selection asks it of the first candidate again, and the server of the code it offers; each time
    it parses the whole file with the code in it."""
    found: list[Doubt] = []
    if request_echoes(code, block.text) >= ECHOES_REJECTED:
        found.append(Doubt("echo", "it repeats the comment"))
    changed, inserted = with_code(source, block, code)
    project = names_from_project(source, block.text) | names_in_file(source)  # as the judge reads them
    found.extend(
        Doubt(finding.check, finding.message, finding.line - inserted.start)
        for finding in rejecting_findings(changed, lines=inserted, project_names=project)
    )
    return tuple(found)


def doubts(source: str, block: CommentBlock, code: str) -> tuple[Doubt, ...]:
    """Every doubt about ``code`` offered under ``block``: :func:`check_doubts`, then each number or quoted text the
    comment states that the code does not (``flutr.stated_values.left_out``). Empty for code with none."""
    if not code.strip():
        return ()
    stated = tuple(Doubt("stated-value", value) for value in left_out(code, block.text))
    return check_doubts(source, block, code) + stated


def first_code_line(edit: AnswerEdit, block: CommentBlock) -> int:
    """The 0-based line of the edited document where ``edit``'s code starts: under the comment, moved down by the
    import lines the edit inserts above it."""
    above = sum(insertion.text.count("\n") for insertion in edit.insertions[:-1] if insertion.line <= block.end_line)
    return block.end_line + 1 + above
