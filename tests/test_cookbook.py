"""The cookbook matcher (flutr.cookbook): closeness on a comparable scale, the named-API guard, where the curated
answer is offered and that it lands as code that parses."""

from __future__ import annotations

import pytest

from flutr.comments import request_comment_at
from flutr.cookbook import THRESHOLD, cookbook_edit, cookbook_match, named_apis, names_covered
from flutr.dart import find_syntax_errors
from flutr.dataset import QARow
from flutr.edits import apply_insertions
from flutr.retrieval import Retriever, default_retriever
from lsp_server.config import ServerConfig, parse_config
from lsp_server.messages import cookbook_title

REFRESH = "Listeyi asagi cekince nasil yenilerim?"  # a train question (lists-008)


def row(id_: str, question: str, answer: str) -> QARow:
    return QARow(id_, question, answer, "lists", "kolay", "code", ("x",))


SMALL = Retriever(
    [
        row("a", "Listeyi aşağı çekince nasıl yenilerim?", "RefreshIndicator(onRefresh: _load, child: list)"),
        row("b", "Provider'da context.select ile sadece bir alan değişince rebuild et", "context.select((M m) => m.a)"),
        row("c", "Butona basınca bir SnackBar göster", "ScaffoldMessenger.of(context).showSnackBar(bar)"),
        row("d", "Sayfalar arasında veri gönder", "Navigator.push(context, route)"),
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "Listeyi aşağı çekince nasıl yenilerim?",
        "listeyi asagi cekince nasil yenilerim",  # no Turkish letters, no punctuation
    ],
)
def test_a_training_question_asked_verbatim_is_closeness_one(question: str) -> None:
    match = cookbook_match(question, retriever=SMALL)
    assert match is not None and match.row.id == "a"
    assert match.closeness == pytest.approx(1.0)


def test_the_self_score_is_the_score_of_the_question_against_itself() -> None:
    (hit,) = SMALL.search("Butona basınca bir SnackBar göster", 1)
    assert hit.score == pytest.approx(SMALL.self_score("Butona basınca bir SnackBar göster"))


def test_a_question_only_near_a_training_question_is_not_offered() -> None:
    assert cookbook_match("Listeyi aşağı çekince Firestore'dan yeni mesajları yükle", retriever=SMALL) is None
    assert cookbook_match("Tamamen ilgisiz bir konu", retriever=SMALL) is None
    assert cookbook_match("", retriever=SMALL) is None


def test_the_threshold_decides() -> None:
    assert cookbook_match("Listeyi aşağı çekince yeni mesajları yükle", retriever=SMALL, threshold=0.1) is not None
    assert cookbook_match(REFRESH, retriever=SMALL, threshold=1.01) is None
    assert 0 < THRESHOLD < 1


def test_a_close_question_about_another_api_is_another_task() -> None:
    question = "Provider'da Selector ile sadece bir alan değişince rebuild et"
    assert cookbook_match(question, retriever=SMALL, threshold=0.1) is None


@pytest.mark.parametrize(
    ("question", "asked", "ruled_out"),
    [
        ("Provider'da sadece bir alan değişince Selector nasıl kullanılır?", ("Selector",), ()),
        ("bloc_test kullanmadan bir Cubit'in state'lerini test et", ("Cubit",), ("bloc_test",)),
        (
            "ScrollController kullanmadan, NotificationListener ile sonu algıla",
            ("NotificationListener",),
            ("ScrollController",),
        ),
        ("Bir widget'ı Opacity yerine Visibility ile gizle", ("Visibility",), ("Opacity",)),
        ("Bir ListView.builder ve context.select ile", ("ListView.builder", "context.select"), ()),
        ("Kaydet'e basınca 'Kaydedildi' yazısı AnimatedOpacity ile belirsin", ("AnimatedOpacity",), ()),
        ("Tüm geçişler Android'de de iOS gibi olsun, API'den veri çek", (), ()),
        ("Listeyi aşağı çekince yenile.", (), ()),  # a capital that starts a sentence is Turkish
    ],
)
def test_named_apis(question: str, asked: tuple[str, ...], ruled_out: tuple[str, ...]) -> None:
    names = named_apis(question)
    assert (names.asked, names.ruled_out) == (asked, ruled_out)


def test_names_are_looked_for_in_code_not_comments_and_without_underscores() -> None:
    assert names_covered("Bunu Selector ile yap", "Selector<M, String>(selector: (_, m) => m.a)")
    assert not names_covered("Bunu Selector ile yap", "// Selector yerine\ncontext.select((M m) => m.a);")
    assert not names_covered("bloc_test kullanmadan test et", "blocTest<C, int>('artar', build: C.new);")
    assert not names_covered("bloc_test kullanmadan test et", "import 'package:bloc_test/bloc_test.dart';\nvoid f() {}")
    assert names_covered("go_router ile yönlendir", "final router = GoRouter(routes: []);")


def test_the_served_retriever_offers_a_train_question_asked_verbatim() -> None:
    match = cookbook_match(REFRESH)
    assert match is not None and match.question == REFRESH and match.closeness == pytest.approx(1.0)
    assert match.code and "RefreshIndicator" in match.code
    assert default_retriever().search(REFRESH, 1)[0].row.id == match.row.id


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_at_top_level_the_paste_lands_below_the_comment_with_its_imports_and_the_file_parses(eol: str) -> None:
    source = eol.join(["import 'package:flutter/material.dart';", "", f"// {REFRESH}", "class A {}", ""])
    block = request_comment_at(source, 2)
    assert block is not None
    found = cookbook_edit(source, block)
    assert found is not None
    match, edit = found
    assert edit.fits and edit.insertions[-1].line == 2
    result = apply_insertions(source, list(edit.insertions))
    assert not find_syntax_errors(result)
    assert match.code.split("\n")[0] in result and result.endswith(f"class A {{}}{eol}")


@pytest.mark.parametrize(
    "source",
    [
        f"class A {{\n  // {REFRESH}\n}}\n",
        f"void f() {{\n  // {REFRESH}\n}}\n",
        f"Widget b() {{\n  return Column(\n    children: [\n      // {REFRESH}\n    ],\n  );\n}}\n",
    ],
)
def test_inside_code_no_paste_is_offered(source: str) -> None:
    line = next(i for i, text in enumerate(source.split("\n")) if REFRESH in text)
    block = request_comment_at(source, line)
    assert block is not None and cookbook_edit(source, block) is None


def test_the_setting_and_the_title() -> None:
    assert ServerConfig().cookbook is True
    config, errors = parse_config({"cookbook": False})
    assert errors == [] and config.cookbook is False
    assert cookbook_title(REFRESH) == f"flutr: Benzer örnek — {REFRESH}"
    long = cookbook_title("ç" * 200)
    assert long.endswith("…") and len(long) < 110
