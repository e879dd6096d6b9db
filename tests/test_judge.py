"""Judge v2 and the reference-free checks it uses (flutr.dart_api, benchmarks.judge)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from benchmarks.judge import JudgeInput, judge
from flutr.dart import parse_dart
from flutr.dart_api import Vocabulary, code_only, sanity_findings
from flutr.dart_api.requirements import CheckSyntaxError, failed_checks, missing_groups, parse_check
from flutr.dart_api.syntax import chains, declarations
from flutr.must_contain import alternatives, contains_any

REFRESH = """class Liste extends StatefulWidget {
  const Liste({super.key});

  @override
  State<Liste> createState() => _ListeState();
}

class _ListeState extends State<Liste> {
  final List<String> _items = ['a'];

  Future<void> _yenile() async {
    await Future.delayed(const Duration(seconds: 1));
    setState(() => _items.add('b'));
  }

  @override
  Widget build(BuildContext context) {
    return RefreshIndicator(
      onRefresh: _yenile,
      child: ListView.builder(
        itemCount: _items.length,
        itemBuilder: (context, index) => ListTile(title: Text('${_items[index]} öğe')),
      ),
    );
  }
}"""

TINY = {
    "classes": {
        "Widget": {"kind": "abstract"},
        "StatelessWidget": {"kind": "abstract", "extends": "Widget"},
        "StatefulWidget": {"kind": "abstract", "extends": "Widget"},
        "State": {"kind": "abstract", "members": {"setState": None, "context": "BuildContext", "mounted": "bool"}},
        "BuildContext": {"kind": "abstract", "members": {"widget": "Widget", "mounted": "bool"}},
        "Icon": {"extends": "StatelessWidget", "constructors": {"": ["key", "size", "color"]}},
        "Icons": {"open_static": True},
        "Text": {"extends": "StatelessWidget", "constructors": {"": ["key", "style"]}},
        "Scaffold": {"extends": "StatefulWidget", "constructors": {"": ["key", "appBar", "body"]}},
        "MediaQuery": {"extends": "Widget", "static": {"of": "MediaQueryData", "sizeOf": "Size"}},
        "MediaQueryData": {"members": {"size": "Size", "padding": None}},
        "Size": {"members": {"width": "double", "height": "double"}},
        "StatefulBuilder": {"extends": "StatefulWidget", "constructors": {"": ["key", "builder"]}},
        "ListView": {"extends": "Widget", "constructors": {"": ["children"], "builder": ["itemCount", "itemBuilder"]}},
    },
    "functions": {"showDialog": ["context", "builder"]},
    "removed": {"RaisedButton": "ElevatedButton", "ThemeData.accentColor": "colorScheme.secondary"},
}


@pytest.fixture(scope="module")
def tiny() -> Vocabulary:
    vocabulary = Vocabulary()
    vocabulary.add(TINY)
    return vocabulary


def checks_of(code: str, vocabulary: Vocabulary) -> set[str]:
    return {f.check for f in sanity_findings(code, vocabulary)}


def test_code_only_blanks_comments_and_string_text_but_keeps_interpolation() -> None:
    code = "// setState kullan\nfinal s = 'RefreshIndicator ${user.name}';\n/* Navigator */ f();"
    text = code_only(code)
    assert "setState" not in text and "RefreshIndicator" not in text and "Navigator" not in text
    assert "user.name" in text and "f();" in text
    assert text.count("\n") == code.count("\n")


def test_chains_read_calls_and_named_arguments() -> None:
    calls = [
        (names, sorted(args.named)) for chain in chains(parse_dart(REFRESH).root_node) for names, args in chain.calls()
    ]
    assert (("RefreshIndicator",), ["child", "onRefresh"]) in calls
    assert (("ListView", "builder"), ["itemBuilder", "itemCount"]) in calls
    assert (("Future", "delayed"), []) in calls
    assert (("Duration",), ["seconds"]) in calls  # a const object expression


def test_declarations_know_the_snippets_own_names_and_types() -> None:
    found = declarations(parse_dart(REFRESH).root_node)
    assert {"Liste", "_ListeState"} <= found.types
    assert found.variables["context"] == "BuildContext"
    assert found.superclasses["_ListeState"] == "State"


@pytest.mark.parametrize(
    ("item", "parts"),
    [
        ("setState", ["setState"]),
        ("Navigator.pop | context.pop", ["Navigator.pop", "context.pop"]),
        ("a || b", ["a || b"]),
    ],
)
def test_alternatives(item: str, parts: list[str]) -> None:
    assert alternatives(item) == parts


def test_must_contain_groups_match_in_code_only() -> None:
    code = "// Navigator.pop burada\nvoid f(BuildContext context) => context.pop();"
    assert contains_any(code, "Navigator.pop | context.pop")
    assert missing_groups(code_only(code), ["Navigator.pop"]) == ["Navigator.pop"]
    assert missing_groups(code_only(code), ["Navigator.pop | context.pop"]) == []


@pytest.mark.parametrize(
    ("check", "holds"),
    [
        ("call RefreshIndicator", True),
        ("call RefreshIndicator(onRefresh)", True),
        ("call RefreshIndicator(onRefresh, child: ListView.builder | ListView.separated)", True),
        ("call RefreshIndicator(child: GridView.builder)", False),
        ("call RefreshIndicator(displacement)", False),
        ("call RefreshIndicator > ListTile", True),
        ("call RefreshIndicator > Card | Column", False),
        ("call .add", True),
        ("call ListView.builder", True),
        ("call ListView", False),  # the unnamed constructor is another call
        ("call setState", True),
        ("extends State | ChangeNotifier", True),
        ("extends ChangeNotifier", False),
    ],
)
def test_structural_checks(check: str, holds: bool) -> None:
    assert (failed_checks(REFRESH, [check]) == []) is holds


LABELS = """
class SortMenu extends StatelessWidget {
  const SortMenu({super.key});

  @override
  Widget build(BuildContext context) {
    // Fiyat seçeneği sonra eklenecek
    return PopupMenuButton<String>(
      itemBuilder: (context) => const [
        PopupMenuItem(value: 'date', child: Text('Tarihe göre')),
        PopupMenuItem(value: 'name', child: Text("İSİM")),
      ],
      offset: const Offset(0, 200),
      elevation: 2.5,
    );
  }
}
"""


@pytest.mark.parametrize(
    ("check", "holds"),
    [
        ("literal 'tarihe gore'", True),  # case and Turkish letters folded
        ("literal 'isim' | 'name'", True),
        ("literal 'Fiyat'", False),  # only in a comment
        ("literal 200", True),
        ("literal 200.0", True),
        ("literal 2.5", True),
        ("literal 300 | 'kapat'", False),
    ],
)
def test_literal_checks_ask_for_the_values_the_question_names(check: str, holds: bool) -> None:
    assert (failed_checks(LABELS, [check]) == []) is holds


@pytest.mark.parametrize(
    ("check", "holds"),
    [
        ("call Offset > 200", True),  # a value anywhere in the call's arguments
        ("call Offset > 300 | 'x'", False),
        ("call PopupMenuButton(elevation: 2.5)", True),  # a number tied to its argument
        ("call PopupMenuButton(elevation: 200)", False),  # 200 is the offset's, not the elevation's
        ("call PopupMenuItem(child: 'isim')", True),  # a text in the argument, folded as `literal` reads it
        ("call PopupMenuItem(value: 'fiyat' | Text)", False),
        ("call PopupMenuItem(child: 'Fiyat' | Text)", True),  # names and values mix as alternatives
    ],
)
def test_checks_tie_a_value_to_its_call_or_argument(check: str, holds: bool) -> None:
    assert (failed_checks(LABELS, [check]) == []) is holds


def test_true_false_and_null_are_values_of_an_argument_and_of_a_literal_check() -> None:
    code = "void f(Batch batch) { batch.commit(noResult: true); }"
    assert failed_checks(code, ["call .commit(noResult: true)"]) == []
    assert failed_checks(code, ["call .commit(noResult: false | null)"]) != []
    assert failed_checks(code, ["literal true"]) == []
    assert failed_checks(code, ["literal null | false"]) == ["literal null | false"]


def test_an_argument_name_is_not_its_value() -> None:
    """``themeMode:`` names the argument; only what follows it is the value (nor is a local ``locale`` variable
    the value of ``locale: 'tr_TR'``)."""
    check = "call MaterialApp(themeMode: themeMode)"
    assert failed_checks("final a = MaterialApp(themeMode: ThemeMode.dark);", [check]) == [check]
    assert failed_checks("final a = MaterialApp(themeMode: themeMode);", [check]) == []
    local = "final locale = Localizations.localeOf(context);\nfinal f = NumberFormat.currency(locale: 'tr_TR');"
    assert failed_checks(local, ["call NumberFormat.currency(locale: Localizations.localeOf)"]) != []


@pytest.mark.parametrize("bad", ["calls Foo", "call Foo(bar: )", "extends", "call Foo(a b)", "literal Tarih"])
def test_malformed_checks_are_refused_with_the_grammar(bad: str) -> None:
    with pytest.raises(CheckSyntaxError, match="call NAME|NAME: INNER"):
        parse_check(bad)


def test_invented_named_argument_static_and_member(tiny: Vocabulary) -> None:
    code = """class A extends StatelessWidget {
  @override
  Widget build(BuildContext context) {
    final w = MediaQuery.of(context).maxCrossAxisExtent;
    final h = MediaQuery.of(context).size.height;
    return Scaffold(length: 2, body: Icon.of(context));
  }
}"""
    findings = sanity_findings(code, tiny)
    messages = {f.message for f in findings}
    assert "Scaffold has no named parameter 'length'" in messages
    assert "Icon has no static member or constructor 'of'" in messages
    assert "MediaQueryData has no member 'maxCrossAxisExtent'" in messages
    assert not any("height" in m for m in messages)  # size.height is real
    assert all(f.line in (3, 5) for f in findings if f.check != "unknown-type")


def test_set_state_outside_a_state_is_found_but_not_in_a_state_or_a_stateful_builder(tiny: Vocabulary) -> None:
    stateless = """class A extends StatelessWidget {
  void tap() { setState(() {}); }
}"""
    assert "setstate-outside-state" in checks_of(stateless, tiny)
    in_state = "class _S extends State<A> { void tap() { setState(() {}); } }"
    assert "setstate-outside-state" not in checks_of(in_state, tiny)
    builder = """class A extends StatelessWidget {
  Widget b() => StatefulBuilder(builder: (context, setState) { setState(() {}); return Text('x'); });
}"""
    assert "setstate-outside-state" not in checks_of(builder, tiny)
    top = "void f() { setState(() {}); }"
    assert "setstate-outside-state" in checks_of(top, tiny)


def test_unknown_types_are_told_apart(tiny: Vocabulary) -> None:
    code = "final a = ListViewDelegate(); final b = HomePage(); final c = RaisedButton(); final i = Icons.home;"
    findings = {f.message.split()[0]: f for f in sanity_findings(code, tiny)}
    assert findings["ListViewDelegate"].detail == "framework-like"
    assert findings["HomePage"].detail == "placeholder"
    assert findings["RaisedButton"].check == "removed-api"
    assert "Icons" not in findings  # open_static: any icon name is accepted


def test_undeclared_prefix_and_the_pubspec_convention(tiny: Vocabulary) -> None:
    code = "Future<void> f() async { await http.get(Uri.parse('x')); }"
    assert "undeclared-prefix" in checks_of(code, tiny)
    assert "undeclared-prefix" not in checks_of("// pubspec.yaml: http\n" + code, tiny)


def test_judge_gives_reasons() -> None:
    good = judge(JudgeInput("q", REFRESH, ("RefreshIndicator", "onRefresh"), (), ("call RefreshIndicator(onRefresh)",)))
    assert good.correct and good.reasons == ()
    commented = "// RefreshIndicator ile yenile\nvoid f() {}"
    bad = judge(JudgeInput("q", commented, ("RefreshIndicator",)))
    assert not bad.correct and bad.reasons == ("missing in code: RefreshIndicator",)
    forbidden = judge(JudgeInput("q", REFRESH, (), ("ListView.builder",)))
    assert forbidden.reasons == ("uses ListView.builder, which this question rules out",)
    broken = judge(JudgeInput("q", "void f( {", ()))
    assert not broken.parses and broken.reasons[0].startswith("does not parse as Dart")
    assert judge(JudgeInput("q", "  ")).reasons == ("empty answer",)


def test_flutr_bench_judge_prints_one_verdict_per_row(tmp_path) -> None:
    source = tmp_path / "rows.jsonl"
    rows = [
        {"id": "ok", "question": "yenile", "answer": REFRESH, "must_contain": ["RefreshIndicator"]},
        {
            "id": "no",
            "question": "yenile",
            "answer": "// RefreshIndicator\nvoid f() {}",
            "must_contain": ["RefreshIndicator"],
        },
    ]
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "judge", str(source)], capture_output=True, text=True, check=True
    )
    verdicts = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(v["id"], v["verdict"]) for v in verdicts] == [("ok", "correct"), ("no", "incorrect")]
    assert verdicts[1]["reasons"] == ["missing in code: RefreshIndicator"]
    assert "1/2 correct" in done.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"answer": "x"}\nnot json\n', encoding="utf-8")
    failed = subprocess.run([sys.executable, "-m", "benchmarks", "judge", str(bad)], capture_output=True, text=True)
    assert failed.returncode != 0 and "bad.jsonl:2: malformed JSON" in failed.stderr


def test_names_the_snippet_never_declares(tiny: Vocabulary) -> None:
    code = """class _S extends State<A> {
  int count = 0;
  void tap() {
    setState(() => count++);
    _missing.dispose();
    loadData();
    print(limit);
  }
}"""
    found = {(f.check, f.detail, f.message) for f in sanity_findings(code, tiny)}
    assert ("undefined-name", "private", "'_missing' is used but never declared") in found
    assert ("undefined-name", "public-call", "'loadData' is used but never declared") in found
    assert ("undefined-name", "public", "'limit' is used but never declared") in found
    assert not any("'setState'" in m or "'count'" in m or "'print'" in m for _, _, m in found)


def test_compile_errors_tree_sitter_does_not_see(tiny: Vocabulary) -> None:
    code = """class Failure {
  const Failure(this.message);
  final String message;
}
void f() { final x = await g(); }
Future<int> g() async => 1;
void f2() {}
void f2() {}
final e = Failure('x', stackTrace: null);"""
    found = {(f.check, f.message) for f in sanity_findings(code, tiny)}
    assert ("await-outside-async", "await in a function that is not async") in found
    assert ("duplicate-declaration", "'f2' is declared twice in the same scope") in found
    assert ("unknown-named-argument", "Failure has no named parameter 'stackTrace'") in found


def test_narrowed_variables_and_own_extensions_are_not_flagged(tiny: Vocabulary) -> None:
    narrowed = "void f(Size s, Object o) { if (o is Size) { print(o.width); } print(s.width); }"
    assert "unknown-member" not in checks_of(narrowed, tiny)
    extended = "extension on Size { double get area => width * height; }\nvoid f(Size s) => print(s.area);"
    assert "unknown-member" not in checks_of(extended, tiny)
    assert "unknown-member" in checks_of("void f(Size s) => print(s.area);", tiny)


@pytest.mark.parametrize(
    ("code", "call"),
    [
        ("void f() { final box = Hive.box<Note>('n'); }", ("Hive", "box")),  # read as (Hive.box < Note) > ('n')
        ("final p = FutureProvider.autoDispose<int>((ref) async => 1);", ("FutureProvider", "autoDispose")),
        ("final c = StreamController<int>.broadcast();", ("StreamController", "broadcast")),
        ("void f() { final x = (jsonDecode(b) as List).map((e) => e); }", ("map",)),
        # an arrow body in an argument that goes on with a generic or a cascade call (session 22 reviewers)
        ("final t = ListTile(onTap: () => context.push<bool>('/x').then((v) => f(v)));", ("context", "push")),
        ("final t = ListTile(onTap: () => context.push<bool>('/x').then((v) => f(v)));", ("then",)),
        ("final t = ListTile(onTap: () => _channel.invokeMethod<void>('open'));", ("_channel", "invokeMethod")),
        ("final p = Provider(create: (_) => Draft(a)..restore(), child: c);", ("restore",)),
    ],
)
def test_calls_tree_sitter_reads_oddly_are_still_calls(code: str, call: tuple[str, ...]) -> None:
    assert call in [names for chain in chains(parse_dart(code).root_node) for names, _ in chain.calls()]


def test_every_reference_answer_passes_the_sanity_checks() -> None:
    """No false "invented API" on the dataset's own answers (the vocabulary covers what they use)."""
    from benchmarks.judge.verdict import JudgeConfig, rejects
    from flutr.dataset import SPLITS, load_split

    config = JudgeConfig()
    flagged = [
        f"{row.id}: {finding.describe()}"
        for split in SPLITS
        for row in load_split(split)
        for finding in sanity_findings(row.answer)
        if rejects(finding, config)
    ]
    assert flagged == []


def test_committed_calibration_is_what_the_judge_says_now() -> None:
    """benchmarks/results/judge-calibration holds the agreement of today's judge: a change to the judge, its
    vocabulary or the rows' requirements must be followed by `flutr-bench judge-calibrate`."""
    from pathlib import Path

    from benchmarks.judge.calibration import judge_labels, load_labels, report

    committed = json.loads(Path("benchmarks/results/judge-calibration/agreement.json").read_text())
    assert report(judge_labels(load_labels())) == {k: v for k, v in committed.items() if k != "command"}


def test_members_of_a_package_prefix_must_exist() -> None:
    code = "// pubspec.yaml: http\nFuture<void> f(Uri u) async {\n  await http.get(u);\n  http.MultipartStream(u);\n}"
    found = {(f.check, f.message) for f in sanity_findings(code)}
    assert ("unknown-static", "package http has no 'MultipartStream'") in found
    assert not any("'get'" in message for _, message in found)
