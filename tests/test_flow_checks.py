"""The requirement checks that read control flow: ``order A < B`` and ``when [!]COND > ITEM``
(flutr/dart_api/requirements.py, flutr/dart_api/flow.py)."""

from __future__ import annotations

import pytest

from flutr.dart import parse_dart
from flutr.dart_api.flow import branches, inside
from flutr.dart_api.requirements import CheckSyntaxError, failed_checks, parse_check

REMOVE_THEN_DELETE = "void f() async { setState(() => items.removeAt(i)); await db.delete(id); }"
DELETE_THEN_REMOVE = "void f() async { await db.delete(id); setState(() => items.removeAt(i)); }"
RECORD_WAIT_THROW = "void f() async { record(id); await Future.delayed(latency); if (offline) throw Exception('x'); }"
THROW_FIRST = "void f() async { if (offline) throw Exception('x'); record(id); await Future.delayed(latency); }"


@pytest.mark.parametrize(
    ("code", "check", "holds"),
    [
        (REMOVE_THEN_DELETE, "order removeAt | remove < delete", True),
        (DELETE_THEN_REMOVE, "order removeAt | remove < delete", False),
        (REMOVE_THEN_DELETE, "order delete < removeAt", False),
        (RECORD_WAIT_THROW, "order record < Future.delayed < throw", True),
        (THROW_FIRST, "order record < Future.delayed < throw", False),
        ("void f() { save(); }", "order save < Navigator.pop", False),  # a step missing: no order to confirm
        ("void f() { t.text = 'Kaydedildi'; Navigator.pop(context); }", "order 'Kaydedildi' < Navigator.pop", True),
    ],
)
def test_order_asks_for_the_steps_in_their_order(code: str, check: str, holds: bool) -> None:
    assert (failed_checks(code, [check]) == []) is holds


CHIPS = "Widget b() => Wrap(children: [if (item.negotiable) Chip(label: Text('Pazarlık var'))]);"
BORDER = "final b = Border.all(color: order.urgent ? Colors.red : Colors.transparent, width: 2);"
LAUNCH_VAR = "void f() async { final ok = await launchUrl(uri); if (!ok) { show(SnackBar(content: Text('x'))); } }"
LAUNCH_NOT = "void f() async { if (!await launchUrl(uri)) { show(SnackBar(content: Text('x'))); } }"
GUARD = "void f() { if (_fetching) return; _fetching = true; load(); }"
SWITCH = """String f(Species s) {
  switch (s) {
    case Species.cat:
      return 'cat.png';
    case Species.bird:
    case Species.parrot:
      return 'bird.png';
    default:
      return 'dog.png';
  }
}"""


@pytest.mark.parametrize(
    ("code", "check", "holds"),
    [
        (CHIPS, "when negotiable > Chip", True),
        ("Widget b() => Wrap(children: [Chip(label: Text('Pazarlık var'))]);", "when negotiable > Chip", False),
        (BORDER, "when urgent > Colors.red", True),
        (BORDER, "when !urgent > Colors.transparent | null", True),
        (BORDER, "when !urgent > Colors.red", False),
        ("final b = Border.all(color: Colors.red, width: order.urgent ? 2 : 1);", "when urgent > Colors.red", False),
        (LAUNCH_VAR, "when !launchUrl > SnackBar", True),  # the condition's variable read with its initializer
        (LAUNCH_NOT, "when !launchUrl > SnackBar", True),
        (LAUNCH_NOT, "when launchUrl > SnackBar", False),
        (
            "void f() async { if (phone == null) show(SnackBar()); await launchUrl(u); }",
            "when !launchUrl > SnackBar",
            False,
        ),
        (GUARD, "when !_fetching > load", True),  # after a guard that returns
        ("void f() { _fetching = true; load(); }", "when !_fetching > load", False),
        ("String g(int n) => n > 100 ? 'Çok' : 'Az';", "when n > 100 > 'Çok'", True),  # a `>` inside the condition
        ("String g(int n) => n > 100 ? 'Az' : 'Çok';", "when n > 100 > 'Çok'", False),
        ("String g(String? p) => p == null ? 'Yok' : p;", "when p == null > 'Yok'", True),
        # the condition written the other way round: its sides swapped
        ("Widget b() => items.isNotEmpty ? List() : Text('Boş');", "when isEmpty > 'Boş'", True),
        ("Widget b() => items.isNotEmpty ? Text('Boş') : List();", "when isEmpty > 'Boş'", False),
        ("void f() { if (changed != true) return; reload(); }", "when == true > reload", True),
        ("void f() { if (changed != true) reload(); }", "when == true > reload", False),
        ("String g(int n) => n <= 100 ? 'Az' : 'Çok';", "when n > 100 > 'Çok'", True),
        # switch cases: the pattern is the condition (an empty case falls through)
        (SWITCH, "when Species.cat | cat > 'cat.png'", True),
        (SWITCH, "when Species.bird > 'bird.png'", True),
        (SWITCH.replace("'cat.png'", "'x.png'"), "when Species.cat > 'cat.png'", False),
        (
            "String g(Species s) => switch (s) { Species.cat => 'cat.png', _ => 'dog.png' };",
            "when cat > 'cat.png'",
            True,
        ),
        (
            "String g(Species s) => switch (s) { Species.cat => 'dog.png', _ => 'cat.png' };",
            "when cat > 'cat.png'",
            False,
        ),
        ("void f() { if (failNext) _changes.sink.add(1); }", "when failNext > _changes.sink.add", True),  # two dots
        ("void f() { if (!items.any((i) => !i.loaded)) done(); }", "when every | !items.any > done", True),  # its `!`
        ("void f() { if (!items.any((i) => !i.loaded)) done(); }", "when items.any > done", False),
        ("void f() { if (!items.any((i) => !i.loaded)) done(); }", "when !items.any > done", True),  # `when !COND`
        ("void f() { if (plot != null) add(plot); }", "when != null > add", True),  # `!=` is no `when !`
        ("void f() { if (plot != null) add(plot); }", "when !== null > add", True),  # `!` + `== null`
        # a mention negated where it stands, inside && / ||
        (
            "void f() async { if (!await launchUrl(u) && context.mounted) show(SnackBar()); }",
            "when !launchUrl > SnackBar",
            True,
        ),
        (
            "void f() async { if (await launchUrl(u) && context.mounted) show(SnackBar()); }",
            "when !launchUrl > SnackBar",
            False,
        ),
        ("void f() { if (!form.validate() || busy) return; submit(); }", "when validate > submit", True),
        ("void f() { if (!(ready && ok)) return; go(); }", "when ready > go", True),
        ("void f() { if (!_key.currentState!.validate()) return; submit(); }", "when validate > submit", True),
        ("void f() { if (!Navigator.of(context).canPop()) return; back(); }", "when canPop > back", True),
        # a variable's initializer: the `!` before the variable counts (`!leave` where leave = await confirm())
        (
            "void f() async { final leave = await confirm(); if (!leave && mounted) pop(); }",
            "when confirm > pop",
            False,
        ),
        ("void f() async { final leave = await confirm(); if (leave && mounted) pop(); }", "when confirm > pop", True),
        ("void f() { if (r.statusCode != 200) throw ApiException(); }", "when >= 300 | != 200 > ApiException", True),
        (
            "void f() { final all = !items.any((i) => !i.loaded); if (all) done(); }",
            "when every | !items.any > done",
            True,
        ),
        ("void f() { final bool signedIn = auth.isSignedIn; if (signedIn) go(); }", "when isSignedIn > go", True),
    ],
)
def test_when_asks_for_code_on_the_side_its_condition_names(code: str, check: str, holds: bool) -> None:
    assert (failed_checks(code, [check]) == []) is holds


def test_a_guard_has_the_statements_after_it_as_its_other_side() -> None:
    source = "void f() { if (!ready) { log(); return; } go(); }"
    (branch,) = branches(parse_dart(source).root_node)
    assert branch.negated
    assert inside(source.index("log"), branch.then) and not inside(source.index("go"), branch.then)
    assert inside(source.index("go"), branch.otherwise)


@pytest.mark.parametrize("bad", ["order save", "order < save", "when > Chip", "when negotiable Chip"])
def test_malformed_flow_checks_are_refused_with_the_grammar(bad: str) -> None:
    with pytest.raises(CheckSyntaxError, match="order A < B"):
        parse_check(bad)
