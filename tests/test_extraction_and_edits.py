from __future__ import annotations

import pytest

from flutr.comments import find_request_comments
from flutr.dart import find_syntax_errors, parses_as_dart
from flutr.edits import apply_insertions, import_insertion, insertion_for, reindent
from flutr.extraction import extract_code


def test_prefilled_output_stops_at_fence() -> None:
    out = "class A {}\n```\nBu kod A sınıfını tanımlar ve kullanıma hazırdır."
    result = extract_code(out)
    assert result.code == "class A {}" and not result.truncated


def test_unprefilled_output_with_prose_and_fence() -> None:
    out = "İşte istediğiniz kod aşağıdadır:\n```dart\nimport 'package:http/http.dart' as http;\nvoid f() {}\n```\n"
    result = extract_code(out, prefilled=False)
    assert result.code == "void f() {}"
    assert result.imports == ("import 'package:http/http.dart' as http;",)


def test_prose_at_edges_becomes_comments_and_middle_is_kept() -> None:
    out = "Bu widget bir sayaç gösterir ve artırır\nclass A {\n  int x = 0; // sayaç değeri burada\n}\n```"
    code = extract_code(out).code
    assert code.splitlines()[0] == "// Bu widget bir sayaç gösterir ve artırır"
    assert "  int x = 0; // sayaç değeri burada" in code
    assert parses_as_dart(code)


def test_truncated_output_is_flagged() -> None:
    assert extract_code("class A {\n  void f() {").truncated


@pytest.mark.parametrize("indent", ["", "  ", "\t"])
def test_reindent(indent: str) -> None:
    code = "    void f() {\n      print(1);\n    }"
    assert reindent(code, indent).split("\n") == [
        f"{indent}void f() {{",
        f"{indent}  print(1);",
        f"{indent}}}",
    ]


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_insertion_below_comment(eol: str) -> None:
    source = eol.join(["class A {", "  // Sayacı artıran metodu yaz", "}", ""])
    (block,) = find_request_comments(source)
    result = apply_insertions(source, [insertion_for(source, block, "void artir() {\n  x++;\n}")])
    assert result == eol.join(
        ["class A {", "  // Sayacı artıran metodu yaz", "  void artir() {", "    x++;", "  }", "}", ""]
    )


def test_insertion_at_last_line_without_newline_and_emoji() -> None:
    source = "class A {}\n// 🚀 Sayacı artıran fonksiyon yaz"
    (block,) = find_request_comments(source)
    insertion = insertion_for(source, block, "void f() {}")
    assert insertion.line == 1 and insertion.character == len("// 🚀 Sayacı artıran fonksiyon yaz") + 1  # UTF-16
    assert apply_insertions(source, [insertion]) == source + "\nvoid f() {}\n"


def test_missing_imports_go_after_last_import() -> None:
    source = "import 'a.dart';\nimport 'b.dart';\n\nvoid main() {}\n"
    insertion = import_insertion(source, ("import 'b.dart';", "import 'c.dart';"))
    assert insertion is not None and insertion.line == 2 and insertion.text == "import 'c.dart';\n"
    assert import_insertion(source, ("import 'a.dart';",)) is None


def test_an_answer_that_would_break_the_file_is_placed_as_a_comment() -> None:
    from flutr.comments import request_comment_at
    from flutr.edits import comment_out, place

    source = "class _S {\n  void dispose() {\n    // Controller'ı serbest bırak\n    super.dispose();\n  }\n}\n"
    block = request_comment_at(source, 2)
    assert block is not None
    fitting = place(source, block, "_controller.dispose();")
    assert fitting.fits and fitting.code == "_controller.dispose();" and fitting.problem is None
    pasted = "class ChatField extends StatefulWidget {\n  const ChatField({super.key});\n}"
    broken = place(source, block, pasted)
    assert not broken.fits and broken.problem and broken.code == comment_out(pasted)
    result = apply_insertions(source, [insertion_for(source, block, broken.code)])
    assert not find_syntax_errors(result) and "    // class ChatField extends StatefulWidget {" in result


def test_a_document_that_is_already_broken_only_may_not_get_worse() -> None:
    from flutr.edits import new_syntax_error

    typing = "class A {\n  void f() {\n    final x = \n  }\n}\n"  # the user is mid-edit
    assert new_syntax_error(typing, typing + "void g() {}\n", range(5, 6)) is None
    assert new_syntax_error(typing, typing + "void g( {\n", range(5, 6)) is not None
    clean = "void f() {}\n"
    assert new_syntax_error(clean, clean + "void g( {\n", range(1, 2)) is not None


def test_comment_out_keeps_comments_and_blank_lines() -> None:
    from flutr.edits import comment_out

    assert comment_out("// not\nint x = 1;\n\nf();") == "// not\n// int x = 1;\n//\n// f();"
