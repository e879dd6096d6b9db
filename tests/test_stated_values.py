"""The values a request comment states (flutr.stated_values) and the server's second candidate for a middle that
leaves one out (flutr.in_place.wants_second / kept_candidate)."""

from __future__ import annotations

import pytest

from flutr.answering import Answer
from flutr.comments import find_request_comments
from flutr.in_place import kept_candidate, wants_second
from flutr.stated_values import left_out, stated_values


@pytest.mark.parametrize(
    ("request_text", "values"),
    [
        ("ayırıcıyı soldan 72 piksel içeriden başlat", ("72",)),
        ("'Geri al' butonlu bir SnackBar 3 saniye göster", ("Geri al", "3")),
        ('“Kaydet” yazan bir buton ve "İptal" yazan bir buton', ("Kaydet", "İptal")),
        ("boşlukları 8, 16 ve 0.5 yap; 1024 genişlikte küçült", ("8", "16", "0.5", "1024")),
        # Turkish suffixes after an apostrophe are not quotes; glued numbers are no values
        ("_controller'ı serbest bırak, liste 10'dan uzunsa v2 uç noktasını md5 ile 3D çiz", ("10",)),
        # a time of day, a date, a decimal comma and a percentage are written otherwise in code
        ("saat 18:00'de, 12.05.2024 tarihinde 1,5 saniyede %50 saydamlık", ()),
        ("mm:ss (04:09) biçiminde yaz", ()),
        ("tarihi '25.11.2024' gibi, süreyi '04:09' gibi göster; '35 dk' yazsın", ("35 dk",)),
        # a number that names a format is no value (alwaysUse24HourFormat, toIso8601String); a duration is one
        ("saat seçici 24 saat formatında açılsın; tarih ISO 8601 olsun", ()),
        ("24 saat sonra hatırlat, 12 saatlik düzende göster", ("24",)),
        ("listeyi yenile", ()),
    ],
)
def test_the_values_a_comment_states(request_text: str, values: tuple[str, ...]) -> None:
    assert stated_values(request_text) == values


def test_a_value_counts_in_code_and_strings_not_in_comment_lines() -> None:
    request = "'Geri al' butonlu SnackBar, soldan 72 piksel"
    assert left_out("Divider(indent: 72.0)\nSnackBarAction(label: 'Geri al')", request) == ()
    assert left_out("// 'Geri al', 72\nDivider(indent: 16)", request) == ("Geri al", "72")
    assert left_out("Divider(indent: 720)", "72 piksel") == ("72",)
    assert left_out("Opacity(opacity: 7.2)", "72 piksel") == ("72",)
    assert left_out("Divider(indent: 72.5)", "72 piksel") == ("72",)


FILE = """import 'package:flutter/material.dart';

class _S extends State<S> {
  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        // araya soldan 72 piksel içeriden başlayan bir ayırıcı koy
        const Text('a'),
      ],
    );
  }
}
"""


def _answer(code: str) -> Answer:
    from flutr.edits import file_problem

    block = find_request_comments(FILE)[0]
    problem = file_problem(FILE, block, code)
    return Answer(code, (), problem is None, problem, 1, ())


def test_a_middle_leaving_out_a_stated_value_wants_a_second_and_the_complete_one_is_kept() -> None:
    block = find_request_comments(FILE)[0]
    without, complete = _answer("const Divider(),"), _answer("const Divider(indent: 72),")
    assert wants_second(without, FILE, block) and not wants_second(complete, FILE, block)
    assert kept_candidate(without, complete, FILE, block) is complete
    assert kept_candidate(complete, without, FILE, block) is complete
    # neither better by the rules: the caller keeps the first (or lets the review decide)
    assert kept_candidate(without, _answer("const Divider(thickness: 2),"), FILE, block) is None
    # a complete middle that breaks the file never wins over one that fits
    broken = _answer("const Divider(indent: 72)) {")
    assert not broken.parses and kept_candidate(without, broken, FILE, block) is without
    # both doubted: the one that fits the file is offered (with its doubts), not the one that breaks it
    invented = _answer("const Divider(indent: 72, glow: true),")
    assert invented.parses and wants_second(invented, FILE, block)
    assert kept_candidate(broken, invented, FILE, block) is invented
    assert kept_candidate(invented, broken, FILE, block) is invented
