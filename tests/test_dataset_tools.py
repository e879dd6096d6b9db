"""The dataset tools on the committed data and on broken fixtures (written here, line by line)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from flutr.dataset import load_split
from model_training.cli import main
from model_training.dataset_validate import validate_paths

GOOD = {
    "id": "lists-001",
    "question": "Listeyi aşağı çekince nasıl yenilerim?",
    "answer": "Future<void> yenile() async {\n  await Future.delayed(const Duration(seconds: 1));\n}\n",
    "topic": "lists",
    "difficulty": "kolay",
    "kind": "code",
    "must_contain": ["Future.delayed"],
}


def test_committed_dataset_is_valid_and_split() -> None:
    items, problems = validate_paths([Path(__file__).parent.parent / "data"])
    assert not problems, [str(p) for p in problems[:5]]
    assert len(items) >= 1500
    test = load_split("test")
    assert len(test) >= 400 and len(load_split("qual")) == 10
    assert sum(row.api_free for row in test) >= 100  # questions that name no API, reported separately
    assert sum(1 for row in test if int(row.id.rsplit("-", 1)[1]) >= 301) >= 300  # tasks authored for the test
    assert all(row.must_contain for row in test + load_split("qual"))
    assert {row.difficulty for row in load_split("qual")} == {"kolay", "orta", "zor"}


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_broken_rows_are_reported_with_file_and_line(tmp_path: Path) -> None:
    rows = [
        json.dumps(GOOD, ensure_ascii=False),
        "{not json",
        json.dumps({k: v for k, v in GOOD.items() if k != "answer"}),
        json.dumps({**GOOD, "id": "lists-003", "difficulty": 3}),
        json.dumps({**GOOD, "id": "lists-004", "question": "How do I refresh a list when pulled down?"}),
        json.dumps(
            {
                **GOOD,
                "id": "lists-005",
                "question": "Bir sınıf yaz lütfen",
                "answer": "class A {\n  int x = \n}",
            }
        ),
        json.dumps({**GOOD, "id": "lists-006", "question": "Sayacı artıran buton yaz", "must_contain": ["setState"]}),
        json.dumps({**GOOD, "id": "lists-007"}, ensure_ascii=False),
    ]
    path = _write(tmp_path / "train.jsonl", rows)
    _, problems = validate_paths([path])
    by_line: dict[int, str] = {}
    for problem in problems:
        by_line[problem.line] = by_line.get(problem.line, "") + " | " + problem.reason
    assert "malformed JSON" in by_line[2]
    assert "missing field(s) answer" in by_line[3]
    assert "'difficulty' must be a str" in by_line[4]
    assert "does not read as Turkish" in by_line[5]
    assert "does not parse as Dart" in by_line[6]
    assert "must_contain 'setState'" in by_line[7]
    assert "duplicate" in by_line[8]
    assert 1 not in by_line


def test_leakage_across_splits_and_missing_must_contain(tmp_path: Path) -> None:
    _write(tmp_path / "train.jsonl", [json.dumps(GOOD, ensure_ascii=False)])
    leaked = {
        **GOOD,
        "id": "lists-002",
        "question": "Listeyi aşağı çekince nasıl yenilerim acaba?",
        "must_contain": [],
    }
    _write(tmp_path / "test.jsonl", [json.dumps(leaked, ensure_ascii=False)])
    _, problems = validate_paths([tmp_path])
    reasons = " | ".join(p.reason for p in problems)
    assert "leaks across splits" in reasons
    assert "evaluation rows (test/qual) need must_contain" in reasons


def test_validate_cli_exit_status_and_no_traceback(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.jsonl", ["{", "\xff"])
    result = CliRunner().invoke(main, ["data", "validate", str(path)])
    assert result.exit_code == 1 and f"{path}:1: malformed JSON" in result.output
    assert "Traceback" not in result.output
    (tmp_path / "latin1.jsonl").write_bytes(b'{"id": "\xe7"}\n')
    result = CliRunner().invoke(main, ["data", "validate", str(tmp_path / "latin1.jsonl")])
    assert result.exit_code == 1 and "not valid UTF-8" in result.output


def test_hf_datasets_loader() -> None:
    pytest.importorskip("datasets")
    from flutr.dataset import load_hf_splits

    splits = load_hf_splits()
    assert splits["test"].num_rows == len(load_split("test")) and "must_contain" in splits["test"].column_names
    assert splits["train"].num_rows == len(load_split("train"))


def test_python_m_entry_point() -> None:
    out = subprocess.run([sys.executable, "-m", "model_training", "data", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "validate" in out.stdout


def test_requirements_of_evaluation_rows_are_checked_on_code(tmp_path: Path) -> None:
    row = dict(GOOD, id="lists-301", must_contain=["setState"], answer="// setState kullan\nvoid f() {}")
    test = _write(tmp_path / "test.jsonl", [json.dumps(row, ensure_ascii=False)])
    _, problems = validate_paths([test])
    assert any("comments and strings do not count" in p.reason for p in problems)
    bad_check = dict(GOOD, id="lists-302", checks=["calls Foo"])
    api_named = dict(GOOD, id="lists-303", question="setState ile ListView nasıl yenilenir?", api_free=True)
    other = _write(
        tmp_path / "train.jsonl", [json.dumps(bad_check, ensure_ascii=False), json.dumps(api_named, ensure_ascii=False)]
    )
    _, problems = validate_paths([other])
    reasons = " ".join(p.reason for p in problems)
    assert "is not 'call NAME" in reasons and "api_free question names code: setState, ListView" in reasons


def test_twins_across_splits_are_leaks() -> None:
    from model_training.dataset_leaks import Decision, Twin, clusters, crossing_twins

    decisions = {
        frozenset(("a", "b")): Decision("a", "b", True, "same task"),
        frozenset(("c", "d")): Decision("c", "d", False, "different"),
        frozenset(("e", "gone")): Decision("e", "gone", True, "row removed since"),
    }
    split_of = {"a": "train", "b": "test", "c": "train", "d": "test", "e": "test"}
    assert [d.first for d in crossing_twins(decisions, split_of)] == ["a"]
    twins = [Twin("a", "b", 0.9, 0.1), Twin("b", "c", 0.2, 0.7)]
    assert clusters(["a", "b", "c", "d"], twins) == [["a", "b", "c"]]


def test_committed_twins_stay_in_one_split() -> None:
    from flutr.dataset import SPLITS
    from model_training.dataset_leaks import crossing_twins, load_decisions

    split_of = {row.id: split for split in SPLITS for row in load_split(split)}
    decisions = load_decisions(Path(__file__).parent.parent / "data" / "twins.jsonl")
    assert sum(d.twin for d in decisions.values()) >= 40
    assert crossing_twins(decisions, split_of) == []


def test_normalised_code_ignores_the_snippets_own_names() -> None:
    from model_training.dataset_leaks import jaccard, normalised_tokens, shingles

    a = "class CounterPage extends StatelessWidget { final int count = 3; }"
    b = "class SayacEkrani extends StatelessWidget { final int sayi = 7; } // yorum"
    assert normalised_tokens(a) == normalised_tokens(b)
    assert jaccard(shingles(normalised_tokens(a)), shingles(normalised_tokens(b))) == 1.0
