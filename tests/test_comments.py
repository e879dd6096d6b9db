from __future__ import annotations

import pytest

from flutr.comments import find_request_comments, is_request_text, request_comment_at

TURKISH = [
    "Bir ListView içinde liste elemanlarını nasıl yenileyebilirim?",
    "listeyi asagi cekince nasil yenilerim",
    "LİSTEYİ AŞAĞI ÇEKİNCE NASIL YENİLERİM?",
    "Kullanıcı girişi için bir form yaz",
    "İki sayfa arasında veri nasıl gönderilir?",
    "ISIK temasi nasil eklenir?",
    "GridView ile 3 sütunlu liste",
    "kullanici adini dogrulayan fonksiyon olustur",
    "Sayfa açılınca API'den veri çek ve göster 🚀",
    "butona tıklayınca snackbar göster",
    "StatelessWidget ile StatefulWidget farkı nedir?",
    "Bu widget'ı animasyonlu yapabilir misin?",
    "http ile json verisi getir",
]
NOT_REQUESTS = [
    "Returns the list of users",
    "This widget shows the list of items",
    "fetch data from api",
    "TODO: burayı düzelt",
    "FIXME: listeyi yenile",
    "final x = foo(bar);",
    "setState(() {});",
    "return Text('merhaba');",
    "}",
    "ignore_for_file: prefer_const_constructors",
    "",
    "ok",
]


@pytest.mark.parametrize("text", TURKISH)
@pytest.mark.parametrize("marker", ["//", "///"])
def test_turkish_comments_are_requests(text: str, marker: str) -> None:
    (block,) = find_request_comments(f"class A {{}}\n{marker} {text}\n")
    assert block.start_line == block.end_line == 1 and block.marker == marker


def test_a_doc_comment_over_a_declaration_documents_it() -> None:
    documented = "/// Sepetteki ürünleri tutan model sınıfı\nclass Cart {}\n"
    assert find_request_comments(documented) == []
    assert request_comment_at(documented, 0) is None
    # over nothing, a closing brace or a blank line, a `///` comment is a request as `//` is
    for after in ("", "}\n", "\nclass Cart {}\n"):
        (block,) = find_request_comments("class A {\n  /// Sepeti boşaltan bir metod yaz\n" + after)
        assert block.marker == "///"
    assert len(find_request_comments("// Sepeti boşaltan bir metod yaz\nclass Cart {}\n")) == 1


@pytest.mark.parametrize("text", NOT_REQUESTS)
def test_other_comments_are_not(text: str) -> None:
    assert find_request_comments(f"class A {{}}\n// {text}\n") == []


def test_license_header_is_not_a_request() -> None:
    source = "// Copyright 2024 Acme. Tüm hakları saklıdır.\n// Lisans: MIT, nasıl kullanılacağı LICENSE'ta\n"
    assert find_request_comments(source) == []


def test_multi_line_block_and_code_lines_inside() -> None:
    source = "  // Kullanıcı listesini çeken\n  // ve ListView ile gösteren widget yaz\n  // final x = 1;\nfoo();\n"
    (block,) = find_request_comments(source)
    assert (block.start_line, block.end_line, block.indent) == (0, 2, "  ")
    assert block.text == "Kullanıcı listesini çeken ve ListView ile gösteren widget yaz"


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_crlf_tabs_and_last_line(eol: str) -> None:
    source = eol.join(["class A {", "\t// Sayacı artıran metodu yaz", "}", "// Son satırdaki istek nasıl olur"])
    blocks = find_request_comments(source)
    assert [(b.start_line, b.indent) for b in blocks] == [(1, "\t"), (3, "")]
    assert blocks[0].text == "Sayacı artıran metodu yaz"


def test_request_comment_at_cursor_positions() -> None:
    source = "// Sayacı artıran buton yaz\n\nvoid main() {}\n"
    assert request_comment_at(source, 0) is not None
    assert request_comment_at(source, 1) is not None  # blank line right after the comment
    assert request_comment_at(source, 2) is None
    assert request_comment_at(source, 99) is None
    assert request_comment_at("// Sayacı artıran buton yaz\nfoo();\n", 1) is None


@pytest.mark.parametrize(
    ("text", "is_request"),
    [
        ("TODO burada listeyi yenile", False),
        ("todo: listeyi yenile", False),
        ("NOTE: bu sınıf yalnızca test için", False),
        ("ignore: dead_code", False),
        ("Note için bir TypeAdapter yaz", True),  # about a `Note` class, not a marker
        ("note.tags listesindeki etiketleri alfabetik sırala", True),
    ],
)
def test_markers_are_upper_case_words_or_followed_by_a_colon(text: str, is_request: bool) -> None:
    assert is_request_text(text) is is_request


@pytest.mark.parametrize(
    ("text", "is_request"),
    [
        ("Hakkında satırı ekle, tıklayınca lisans sayfasını açsın", True),
        ("kaynaklari serbest birak, bellek sizintisi olmasin", True),
        ("Bu dosya MIT License ile lisanslanmıştır", False),
        ("Licensed under the Apache License, Version 2.0", False),
    ],
)
def test_licence_words_only_in_headers(text: str, is_request: bool) -> None:
    assert is_request_text(text) is is_request


def test_a_licence_line_alone_is_not_a_request() -> None:
    assert not is_request_text("Lisans: MIT, nasıl kullanılacağı LICENSE dosyasında")
