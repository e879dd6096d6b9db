"""In-context rows: schema, validator (flutr-train data validate-in-context) and judge v2 for inserted code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.judge.in_context import has_code, judge_in_context
from flutr.in_context import IN_CONTEXT_DIR, InContextRow, read_in_context, standalone, with_code
from model_training.in_context_validate import check_in_context_row, near_duplicates, validate_in_context

FILE = """import 'package:flutter/material.dart';

class Arama extends StatefulWidget {
  const Arama({super.key});

  @override
  State<Arama> createState() => _AramaState();
}

class _AramaState extends State<Arama> {
  final _controller = TextEditingController();

  @override
  void dispose() {
    // Controller'ı serbest bırak
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => TextField(controller: _controller);
}
"""
ROW = InContextRow(
    id="ctx-forms-001",
    topic="forms",
    position="statements",
    file=FILE,
    answer="_controller.dispose();",
    must_contain=("_controller.dispose",),
)


def test_a_good_row_has_no_problems() -> None:
    assert list(check_in_context_row(ROW)) == []


def test_the_validator_matches_requirements_as_the_judge_does() -> None:
    """A name written into a string (``'$name'``) is in the code for the judge, so for the validator too."""
    row = InContextRow.from_dict(
        {**ROW.to_dict(), "answer": "debugPrint('closing $_controller');", "must_contain": ["_controller"]}
    )
    assert list(check_in_context_row(row)) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"position": "callback"}, "stands at 'statements'"),
        ({"answer": "class Yeni {}"}, "does not parse"),
        ({"must_contain": ("_controller.clear",)}, "must_contain '_controller.clear'"),
        ({"file": FILE.replace("// Controller'ı serbest bırak", "// Controller'ı serbest bırak\n    x(")}, "parse"),
        ({"file": FILE.replace("  @override\n  Widget", "  // Bir buton ekle\n  @override\n  Widget")}, "2 Turkish"),
        ({"id": "forms-001"}, "ctx-<topic>-<number>"),
    ],
)
def test_problems_name_the_cause(change: dict, expected: str) -> None:
    data = {**ROW.to_dict(), **change}
    problems = list(check_in_context_row(InContextRow.from_dict(data)))
    assert any(expected in p for p in problems), problems


def test_validator_reports_file_line_and_cross_split_leaks(tmp_path: Path) -> None:
    row = ROW.to_dict()
    (tmp_path / "train.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n")
    (tmp_path / "test.jsonl").write_text("{broken\n" + json.dumps({**row, "id": "ctx-forms-002"}) + "\n")
    _, problems = validate_in_context([tmp_path])
    text = [str(p) for p in problems]
    assert any("test.jsonl:1: malformed JSON" in t for t in text)
    assert any("near-duplicate" in t and "leaks across splits" in t for t in text), text


def test_a_reviewed_twin_is_kept_within_a_split_but_never_across(tmp_path: Path) -> None:
    row = ROW.to_dict()
    twin = {**row, "id": "ctx-forms-002"}
    (tmp_path / "holdout.jsonl").write_text(json.dumps(row) + "\n" + json.dumps(twin) + "\n")
    pair = frozenset({frozenset({"ctx-forms-001", "ctx-forms-002"})})
    items, problems = validate_in_context([tmp_path / "holdout.jsonl"])
    assert any("near-duplicate" in str(p) for p in problems)
    assert near_duplicates(items, reviewed=pair) == []
    (tmp_path / "holdout.jsonl").write_text(json.dumps(row) + "\n")
    (tmp_path / "test.jsonl").write_text(json.dumps(twin) + "\n")
    items, _ = validate_in_context([tmp_path / "holdout.jsonl", tmp_path / "test.jsonl"])
    assert any("leaks across splits" in str(p) for p in near_duplicates(items, reviewed=pair))


@pytest.mark.parametrize(
    ("code", "correct", "reason"),
    [
        ("_controller.dispose();", True, ""),
        ("class ChatField extends StatelessWidget {}", False, "breaks the file"),
        ("final c = TextEditingController();\nc.dispose();", False, "missing in code: _controller.dispose"),
        ("_kontrol.dispose();", False, "undefined-name"),
        ("_controller.close();", False, "unknown-member"),
        ("// _controller.dispose();", False, "no Dart code"),
    ],
)
def test_judge_reads_the_snippet_in_its_file(code: str, correct: bool, reason: str) -> None:
    verdict = judge_in_context(ROW, code)
    assert verdict.correct is correct
    assert all(reason in " ".join(verdict.reasons) for _ in [0])


@pytest.mark.parametrize(
    ("code", "position"),
    [
        ("keyboardType: TextInputType.emailAddress,", "argument"),
        ("fit: BoxFit.cover,", "argument"),
        ("GlobalMaterialLocalizations.delegate,", "element"),
        ("if (isAdmin) ...adminEntries,", "element"),
    ],
)
def test_one_line_arguments_and_elements_are_code(code: str, position: str) -> None:
    assert has_code(code, position)
    assert not has_code("// " + code, position)


def test_with_code_inserts_under_the_comment_reindented() -> None:
    changed, lines = with_code(FILE, ROW.block(), "_controller.dispose();")
    assert changed.split("\n")[lines.start] == "    _controller.dispose();"
    assert standalone("Divider(),", "element").startswith("final _wrapper = [")


@pytest.mark.parametrize("split", ["train", "test", "holdout"])
def test_committed_rows_validate_and_every_reference_is_judged_correct(split: str) -> None:
    path = IN_CONTEXT_DIR / f"{split}.jsonl"
    if not path.exists():
        pytest.fail(f"{path} is missing")
    rows = read_in_context(path)
    wrong = [(row.id, judge_in_context(row, row.answer).reasons) for row in rows]
    assert [w for w in wrong if w[1]] == []
