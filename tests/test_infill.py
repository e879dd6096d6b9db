"""Fill-in-the-middle prompt and the rules that end a middle (flutr.infill)."""

from __future__ import annotations

from flutr.comments import find_request_comments
from flutr.infill import FIM_MIDDLE, FIM_PREFIX, FIM_SUFFIX, MiddleStop, cut_middle, infill_prompt

FILE = """class _S extends State<S> {
  @override
  void dispose() {
    // Controller'ı serbest bırak
    super.dispose();
  }
}
"""


def test_prompt_is_prefix_suffix_middle_with_the_comment_indentation() -> None:
    (block,) = find_request_comments(FILE)
    prompt = infill_prompt(FILE, block)
    assert prompt.text.startswith(FIM_PREFIX + "class _S")
    assert prompt.text.endswith(FIM_MIDDLE)
    before, after = prompt.text[len(FIM_PREFIX) : -len(FIM_MIDDLE)].split(FIM_SUFFIX)
    assert before.endswith("// Controller'ı serbest bırak\n    ")
    assert after.startswith("\n    super.dispose();")
    assert prompt.indent == "    "


def test_cut_at_dedent_out_of_the_block() -> None:
    middle = "_controller.dispose();\n    super.dispose();\n  }\n\n  void other() {}\n"
    cut = cut_middle(middle, "    ", "\n    super.dispose();\n  }\n}\n")
    assert cut.code == "    _controller.dispose();"
    assert cut.done


def test_cut_when_the_suffix_is_written_again() -> None:
    cut = cut_middle("a();\n    b();\n    super.dispose();\n", "    ", "\n    super.dispose();\n  }")
    assert cut.code == "    a();\n    b();"


def test_cut_when_a_bracket_closes_the_enclosing_list() -> None:
    cut = cut_middle("const Divider(),\n        ],\n", "        ", "\n        Text('a'),\n      ],")
    assert cut.code == "        const Divider(),"
    top = cut_middle("int f() => 1;\n}\n", "", "\n")
    assert top.code == "int f() => 1;"


def test_one_item_positions_end_at_the_first_blank_line_after_code() -> None:
    middle = "int _sayac = 0;\n\n  @override\n  Widget build(BuildContext context) {\n"
    assert cut_middle(middle, "  ", "\n  int x = 0;", one_item=True).code == "  int _sayac = 0;"
    assert cut_middle(middle, "  ", "\n  int x = 0;", one_item=False).code.count("\n") >= 2


def test_streaming_stop_fires_once_the_middle_is_done() -> None:
    (block,) = find_request_comments(FILE)
    stop = MiddleStop(infill_prompt(FILE, block, position="statements"))
    for piece in ["_controller", ".dispose();", "\n", "    super", ".dispose();\n"]:
        stop(piece)
        if stop.done:
            break
    assert stop.done
    assert stop.code(stop.text) == "    _controller.dispose();"
    assert "_controller.dispose();\n" == stop.text.split("    super")[0]


def test_a_closing_brace_of_the_member_is_not_the_suffix_repeated() -> None:
    middle = "bool operator ==(Object other) {\n    return other is Money && other.amount == amount;\n  }\n"
    cut = cut_middle(middle, "  ", "\n}\n", one_item=True)
    assert cut.code.endswith("amount;\n  }")


def test_an_under_indented_closing_line_of_the_middles_own_call_is_kept() -> None:
    middle = (
        "Navigator.pushReplacement(\n        context,\n"
        "        MaterialPageRoute(builder: (_) => const Home()),\n      );\n    },\n"
    )
    cut = cut_middle(middle, "          ", "\n        },")
    assert cut.code.endswith("      );")
    assert "}," not in cut.code


def test_retrieved_examples_come_first_as_other_files_of_the_project() -> None:
    from flutr.infill import FILE_SEP, REPO_NAME, project_files
    from flutr.prompting import Example

    (block,) = find_request_comments(FILE)
    plain = infill_prompt(FILE, block)
    example = Example("Controller'ı serbest bırak", "void dispose() {\n  _c.dispose();\n}\n")
    shown = infill_prompt(FILE, block, examples=[example])
    files = project_files([example])
    assert shown.text == files + plain.text  # the file's own prompt is unchanged, after the project's files
    assert files.startswith(REPO_NAME) and files.endswith(f"{FILE_SEP}lib/main.dart\n")
    assert (
        f"{FILE_SEP}lib/ornek_1.dart\n// Controller'ı serbest bırak\nvoid dispose() {{\n  _c.dispose();\n}}\n" in files
    )
    assert project_files([]) == "" and (shown.indent, shown.suffix) == (plain.indent, plain.suffix)
