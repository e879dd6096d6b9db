"""Judge v2: a verdict with reasons for one answer — the "Correct" column of every quality table.

An answer is correct when it has code, parses as Dart, uses every ``must_contain`` group in its code (comments
and strings do not count), uses nothing of ``must_not``, passes the row's structural ``checks``, and has none of
the reference-free findings of :mod:`flutr.dart_api.sanity` that :class:`JudgeConfig` counts as rejecting
(invented named arguments, members and constructors, removed APIs, ``setState`` outside a ``State``). The other
findings are kept as notes. Two reasons read the question: a dialog's result that it asks for ("döndür") but no
pop of the answer returns, and a quoted date sample the answer's ``DateFormat`` pattern cannot parse. Which
findings reject was decided on the development labels
(``benchmarks/judge/README.md``); the held-out labels measure the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flutr.dart import find_syntax_errors, parse_dart
from flutr.dart_api import Finding, Vocabulary, code_only, default_vocabulary, sanity_findings
from flutr.dart_api.requirements import failed_checks, missing_groups, present_forbidden, requirement_text
from flutr.dart_api.sanity import REJECTING_DETAILS, REJECTING_FINDINGS, is_rejecting
from flutr.dart_api.syntax import chains
from flutr.extraction import contains_dart_code


@dataclass(frozen=True)
class JudgeConfig:
    rejecting: frozenset[str] = REJECTING_FINDINGS  # finding checks that make an answer incorrect
    rejecting_details: frozenset[tuple[str, str]] = REJECTING_DETAILS  # (check, detail) pairs that do too
    reject_framework_like_types: bool = True  # an unknown type that reads as an API variant (invented API)
    # An answer whose CodeBLEU against the row's reference is below this does another task (0 turns it off);
    # chosen on the development labels (benchmarks/judge/README.md).
    min_reference_similarity: float = 0.25


@dataclass(frozen=True)
class JudgeInput:
    question: str
    answer: str
    must_contain: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    checks: tuple[str, ...] = ()
    reference: str = ""  # the row's reference answer; "" skips the similarity check

    @classmethod
    def from_dict(cls, data: dict) -> JudgeInput:
        return cls(
            question=str(data.get("question") or ""),
            answer=str(data.get("answer") or ""),
            must_contain=tuple(data.get("must_contain") or ()),
            must_not=tuple(data.get("must_not") or ()),
            checks=tuple(data.get("checks") or ()),
            reference=str(data.get("reference") or ""),
        )


@dataclass(frozen=True)
class Verdict:
    correct: bool
    parses: bool
    reasons: tuple[str, ...]  # why it is incorrect (empty when correct)
    notes: tuple[str, ...] = ()  # findings that did not decide the verdict
    findings: tuple[Finding, ...] = field(default=(), repr=False)

    @property
    def verdict(self) -> str:
        return "correct" if self.correct else "incorrect"

    def to_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "parses": self.parses,
            "reasons": list(self.reasons),
            "notes": list(self.notes),
        }


# A question that asks for a dialog's or sheet's result ("seçimi geri döndür", "girilen adı döndür").
ASKS_FOR_RESULT = re.compile(r"d[öo]nd[üu]r|geri\s+ver", re.IGNORECASE)
DIALOG_CALLS = frozenset(
    {
        "showDialog",
        "showModalBottomSheet",
        "showCupertinoModalPopup",
        "showCupertinoDialog",
        "showGeneralDialog",
        "showAdaptiveDialog",
    }
)


def dropped_result(answer: str) -> bool:
    """Whether the answer opens a dialog or sheet and pops it, but no pop carries a value
    (``Navigator.pop(context)`` / ``Navigator.of(context).pop()`` / ``context.pop()`` only)."""
    opens = False
    pops: list[bool] = []  # per pop: carries a value
    for chain in chains(parse_dart(answer).root_node):
        for names, arguments in chain.calls():
            given = arguments.positional + len(arguments.named)
            if len(names) == 1 and names[0] in DIALOG_CALLS:
                opens = True
            elif names == ("Navigator", "pop"):
                pops.append(given >= 2)
            elif names and names[-1] == "pop" and names[:1] != ("Navigator",):
                pops.append(given >= 1)
    return opens and bool(pops) and not any(pops)


# A quoted sample in the question that starts with a digit ('25.11.2024', '5 Mart 2024').
QUESTION_SAMPLE = re.compile(r"['\"‘’“”](\d[^'\"‘’“”\n]{3,30})['\"‘’“”]")
# intl DateFormat pattern letters → what they read when parsing (others: the pattern is not checked).
PATTERN_FIELDS = {
    "d": r"\d{1,2}",
    "M": r"\d{1,2}",
    "L": r"\d{1,2}",
    "y": r"\d+",
    "H": r"\d{1,2}",
    "h": r"\d{1,2}",
    "k": r"\d{1,2}",
    "K": r"\d{1,2}",
    "m": r"\d{1,2}",
    "s": r"\d{1,2}",
    "S": r"\d+",
}
NAME_FIELDS = {"MMM", "MMMM", "LLL", "LLLL", "E", "EE", "EEE", "EEEE", "a"}


def pattern_regex(pattern: str) -> re.Pattern[str] | None:
    """What ``DateFormat(pattern).parse`` accepts, roughly, as a regex; None for a pattern this does not read."""
    out = ""
    for run in re.finditer(r"'[^']*'|([A-Za-z])\1*|\s+|.", pattern):
        text = run.group(0)
        if text.startswith("'"):
            out += re.escape(text.strip("'"))
        elif text.isspace():
            out += r"\s*"
        elif text[0].isalpha():
            if text in NAME_FIELDS:
                out += r"[^\W\d_]+\.?"
            elif text[0] in PATTERN_FIELDS and not (text[0] in "ML" and len(text) > 2):
                out += PATTERN_FIELDS[text[0]]
            else:
                return None
        else:
            out += re.escape(text)
    return re.compile(out)


def unparsable_sample(question: str, answer: str) -> tuple[str, str] | None:
    """(pattern, sample) when the question quotes one date-like sample and the answer parses with a DateFormat
    pattern (a literal, or a variable initialized with one) that cannot read it."""
    samples = QUESTION_SAMPLE.findall(question)
    if len(samples) != 1:
        return None
    text = code_only_strings(answer)
    literals = dict(re.findall(r"\b(\w+)\s*=\s*'([^']*)'\s*;", text))
    for argument in re.findall(r"DateFormat\(\s*('[^']*'|\w+)\s*(?:,[^)]*)?\)\s*\.\s*(?:parse\w*|tryParse\w*)\(", text):
        pattern = argument.strip("'") if argument.startswith("'") else literals.get(argument)
        regex = pattern_regex(pattern) if pattern else None
        if pattern and regex is not None and not regex.fullmatch(samples[0].strip()):
            return pattern, samples[0]
    return None


def code_only_strings(answer: str) -> str:
    """The answer without ``//`` comments (string literals kept: the patterns are in them)."""
    return re.sub(r"(?m)^\s*//.*$", "", answer)


def rejects(finding: Finding, config: JudgeConfig) -> bool:
    return is_rejecting(
        finding,
        checks=config.rejecting,
        details=config.rejecting_details,
        framework_like_types=config.reject_framework_like_types,
    )


def reference_similarity(answer: str, reference: str) -> float:
    """CodeBLEU of the answer against the reference (imported here: benchmarks.metrics imports this module)."""
    from benchmarks.metrics.codebleu import CodeBleu, codebleu_stats

    return CodeBleu.from_stats(codebleu_stats(answer, reference)).codebleu


def judge(item: JudgeInput, config: JudgeConfig | None = None, vocabulary: Vocabulary | None = None) -> Verdict:
    config = config or JudgeConfig()
    answer = item.answer
    if not answer.strip():
        return Verdict(False, False, ("empty answer",))
    if not contains_dart_code(answer):
        return Verdict(False, False, ("no Dart code (prose or comments only)",))
    reasons: list[str] = []
    errors = find_syntax_errors(answer, limit=1)
    parses = not errors
    if errors:
        reasons.append(f"does not parse as Dart ({errors[0].describe()})")
    code_text = code_only(answer)
    for item_missing in missing_groups(requirement_text(answer), item.must_contain):
        reasons.append(f"missing in code: {item_missing}")
    for forbidden in present_forbidden(code_text, item.must_not):
        reasons.append(f"uses {forbidden}, which this question rules out")
    for failed in failed_checks(answer, item.checks):
        reasons.append(f"structure: no {failed}")
    if config.min_reference_similarity and item.reference.strip():
        similarity = reference_similarity(answer, item.reference)
        if similarity < config.min_reference_similarity:
            reasons.append(
                f"unrelated to the reference answer (CodeBLEU {similarity:.2f} < {config.min_reference_similarity})"
            )
    if ASKS_FOR_RESULT.search(item.question) and dropped_result(answer):
        reasons.append("the question asks for the dialog's result, but no pop returns a value")
    if (unparsable := unparsable_sample(item.question, answer)) is not None:
        reasons.append(f"DateFormat('{unparsable[0]}') cannot parse the question's '{unparsable[1]}'")
    findings = tuple(sanity_findings(answer, vocabulary or default_vocabulary()))
    notes: list[str] = []
    for finding in findings:
        (reasons if rejects(finding, config) else notes).append(f"{finding.check}: {finding.describe()}")
    return Verdict(not reasons, parses, tuple(reasons), tuple(notes), findings)
