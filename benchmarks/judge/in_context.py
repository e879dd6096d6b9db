"""Judge v2 for code inserted where the comment stands (in-context rows, :mod:`flutr.in_context`).

The inserted code is correct when the file still parses with it (no existing line is touched: the edit only
inserts), it has Dart code and does not write the request comment again and again, uses every ``must_contain``
group and nothing of ``must_not`` in its code (comments and strings blanked as the whole file has them), passes
the row's structural ``checks`` (run on the snippet wrapped for its position), and the reference-free findings of
:mod:`flutr.dart_api.sanity` — computed on the whole file,
so the file's own fields, parameters and locals are known names — reject nothing on the inserted lines. A snippet
that re-declares a member of the file is a duplicate declaration there. A name the comment itself names, in a
file that imports the app's own libraries, is taken as declared there (``flutr.dart_api.project_names``). The
Q&A judge's reference-similarity bar is not used: it was chosen on standalone answers, and a one-line snippet
(``_controller.dispose();``) has no n-gram statistics to speak of.
"""

from __future__ import annotations

from benchmarks.judge.verdict import JudgeConfig, Verdict, rejects
from flutr.comments import request_echoes
from flutr.dart import parses_as_dart
from flutr.dart_api import Vocabulary, code_only, default_vocabulary, sanity_findings
from flutr.dart_api.project_names import names_from_project, names_in_file
from flutr.dart_api.requirements import failed_checks, missing_groups, present_forbidden
from flutr.doubts import ECHOES_REJECTED
from flutr.edits import new_syntax_error
from flutr.extraction import contains_dart_code
from flutr.in_context import InContextRow, standalone, with_code


def has_code(code: str, position: str) -> bool:
    """Code, not prose or comments: a named argument or a list element (``fit: BoxFit.cover,``) does not parse
    alone, so the snippet also counts when it parses wrapped for its position."""
    if not code_only(code).strip():
        return False
    return contains_dart_code(code) or parses_as_dart(standalone(code, position))


def inserted_code_text(changed: str, inserted: range) -> str:
    """The code only (:func:`~flutr.dart_api.code_only`) of the ``inserted`` lines, read in the whole file: a
    snippet that does not parse alone (a map entry such as ``'qty': l.quantity,``) has its strings and comments
    found as the file has them, where the snippet alone let tree-sitter's recovery blank code between two strings."""
    return "\n".join(code_only(changed).split("\n")[inserted.start : inserted.stop])


def judge_in_context(
    row: InContextRow, code: str, config: JudgeConfig | None = None, vocabulary: Vocabulary | None = None
) -> Verdict:
    """The verdict on ``code`` inserted under the row's comment (what the server would put there)."""
    config = config or JudgeConfig()
    if not code.strip():
        return Verdict(False, True, ("empty answer",))
    if not has_code(code, row.position):
        return Verdict(False, True, ("no Dart code (prose or comments only)",))
    block = row.block()
    changed, inserted = with_code(row.file, block, code)
    reasons: list[str] = []
    problem = new_syntax_error(row.file, changed, inserted)
    if problem is not None:
        reasons.append(f"breaks the file ({problem})")
    echoes = request_echoes(code, block.text)
    if echoes >= ECHOES_REJECTED:
        reasons.append(f"writes the request comment {echoes} times (degenerate output)")
    text = inserted_code_text(changed, inserted)
    reasons += [f"missing in code: {group}" for group in missing_groups(text, row.must_contain)]
    reasons += [f"uses {group}, which this request rules out" for group in present_forbidden(text, row.must_not)]
    reasons += [f"structure: no {check}" for check in failed_checks(standalone(code, row.position), row.checks)]
    notes: list[str] = []
    project_names = names_from_project(row.file, block.text) | names_in_file(row.file)
    every = sanity_findings(changed, vocabulary or default_vocabulary(), project_names=project_names)
    findings = tuple(f for f in every if f.line in inserted)
    for finding in findings:
        (reasons if rejects(finding, config) else notes).append(f"{finding.check}: {finding.describe()}")
    return Verdict(not reasons, problem is None, tuple(reasons), tuple(notes), findings)
