"""A task in several wordings (``phrasings``): one row, learnt and retrieved in each of its wordings, kept out of
the evaluation splits and out of their tasks."""

from __future__ import annotations

import json
from pathlib import Path

from flutr.dataset import QARow, asked_forms, task_id
from flutr.retrieval import Retriever
from model_training.dataset_leaks import cross_split_candidates, phrasing_twins
from model_training.dataset_validate import validate_paths

ANSWER = "Future<void> yenile() async {\n  await Future.delayed(const Duration(seconds: 1));\n}\n"


# Unrelated answers: the validator and the leak check compare answers too.
DELAYS = [
    "void bekle() {\n  Future.delayed(const Duration(milliseconds: 300), () => print('tamam'));\n}\n",
    "Stream<int> sayac() async* {\n  for (var i = 0; i < 3; i++) {\n"
    "    await Future.delayed(Duration.zero);\n    yield i;\n  }\n}\n",
    "Future<int> gecikmeli() {\n  // iki saniye sonra 42\n"
    "  return Future.delayed(const Duration(seconds: 2), () => 42);\n}\n",
]


def row(row_id: str, question: str, *phrasings: str, answer: str = ANSWER) -> QARow:
    return QARow(
        row_id, question, answer, row_id.split("-")[0], "kolay", "code", ("Future.delayed",), phrasings=phrasings
    )


def test_a_row_is_asked_in_each_of_its_wordings() -> None:
    refresh = row(
        "lists-001", "Listeyi aşağı çekince nasıl yenilerim?", "asagi cekince listeyi yenile", "Kaydırınca yenile"
    )
    forms = asked_forms(refresh)
    assert [f.id for f in forms] == ["lists-001", "lists-001~1", "lists-001~2"]
    assert [f.question for f in forms[1:]] == list(refresh.phrasings)
    assert {f.answer for f in forms} == {ANSWER} and not any(f.phrasings for f in forms[1:])
    assert {task_id(f.id) for f in forms} == {"lists-001"}
    assert asked_forms(row("lists-002", "Izgara yap")) == [row("lists-002", "Izgara yap")]
    assert QARow.from_dict(refresh.to_dict()) == refresh
    assert "phrasings" not in row("lists-002", "Izgara yap").to_dict()


def test_retrieval_matches_a_phrasing_and_finds_the_row_once() -> None:
    rows = [
        row(
            "lists-001", "RefreshIndicator nasıl kullanılır?", "asagi cekince listeyi yenile", "listeyi cekip yenileme"
        ),
        row("lists-002", "Izgara görünümünde resimler", answer="class A {}\n"),
        row("lists-003", "Liste elemanını sola kaydırınca sil", answer="class B {}\n"),
    ]
    retriever = Retriever(rows)
    hits = retriever.search("aşağı çekince listeyi yenile", 3)
    assert [h.row.id for h in hits][:1] == ["lists-001"] and len({h.row.id for h in hits}) == len(hits)
    assert hits[0].asked == "asagi cekince listeyi yenile"  # the wording that matched is the example's question
    (example,) = retriever.examples("aşağı çekince listeyi yenile", 1)
    assert (example.question, example.answer) == ("asagi cekince listeyi yenile", ANSWER)
    assert retriever.search("RefreshIndicator", 1)[0].asked == "RefreshIndicator nasıl kullanılır?"


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_the_validator_reads_phrasings(tmp_path: Path) -> None:
    good = row("lists-001", "Listeyi aşağı çekince nasıl yenilerim?", "asagi cekince listeyi yenile").to_dict()
    repeated = row("lists-002", "Sayfayı yenileme nasıl yapılır?", "sayfayi yenileme nasil yapilir?", answer=DELAYS[0])
    commented = row("lists-003", "Butona basınca sayaç artsın", "// butona basinca sayaci artir", answer=DELAYS[1])
    evaluated = row("lists-004", "Ekranı kaydırınca başlık küçülsün", "kaydirinca basligi kucult", answer=DELAYS[2])
    _write(tmp_path / "train.jsonl", [good, repeated.to_dict(), commented.to_dict()])
    _write(tmp_path / "test.jsonl", [evaluated.to_dict()])
    items, problems = validate_paths([tmp_path])
    reasons: dict[tuple[str, int], str] = {}
    for p in problems:
        reasons[(p.path.name, p.line)] = reasons.get((p.path.name, p.line), "") + p.reason + "; "
    assert len(items) == 4
    assert ("train.jsonl", 1) not in reasons
    assert "repeats the question" in reasons[("train.jsonl", 2)]
    assert "contains '//'" in reasons[("train.jsonl", 3)]
    assert "move 'phrasings' to a train row" in reasons[("test.jsonl", 1)]
    _write(tmp_path / "bad.jsonl", [{**good, "phrasings": "tek metin"}])
    _, problems = validate_paths([tmp_path / "bad.jsonl"])
    assert any("'phrasings' must be a list" in p.reason for p in problems)


def test_a_phrasing_that_asks_another_splits_task_is_a_leak_candidate() -> None:
    test_row = row("lists-301", "Listeyi aşağı çekince yenile")
    leaking = row("forms-001", "Form alanını doğrula", "listeyi asagi cekince yenile", answer=DELAYS[1])
    harmless = row("forms-002", "Şifre alanında göz ikonu", "sifreyi goster gizle butonu", answer=DELAYS[2])
    splits = {"train": [leaking, harmless], "test": [test_row]}
    twins = phrasing_twins(splits, 0.78)
    assert [(t.first, t.second) for t in twins] == [("forms-001", "lists-301")] and twins[0].question >= 0.78
    pairs = {frozenset((t.first, t.second)) for t, *_ in cross_split_candidates(splits)}
    assert frozenset(("forms-001", "lists-301")) in pairs
    assert frozenset(("forms-002", "lists-301")) not in pairs
