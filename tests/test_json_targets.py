"""``json-typed-target`` (flutr/dart_api/json_targets.py): decoded JSON given as it is to something the file declares
with a typed collection throws at run time or does not compile."""

from __future__ import annotations

import pytest

from flutr.dart_api import sanity_findings
from flutr.dart_api.sanity import is_rejecting

FIELD = """class Tool {
  Tool({required this.tags, this.count = 0});
  final List<String> tags;
  final int count;
  factory Tool.fromJson(Map<String, dynamic> json) => Tool(tags: TAGS, count: json['count'] ?? 0);
}"""

LOCAL = """class Lifts {
  List<Lift>? _lifts;
  Future<void> load() async {
    final data = DECODED;
    _lifts = data.map((j) => Lift.fromJson(j)).toList();
  }
}"""

POSITIONAL = """class MealL10n {
  MealL10n(this.locale, this._strings);
  final Locale locale;
  final Map<String, String> _strings;
}

Future<MealL10n> load(Locale locale, String s) async {
  final Map<String, dynamic> jsonMap = jsonDecode(s);
  return MealL10n(locale, VALUE);
}"""


def _found(code: str) -> list[int]:
    found = [f for f in sanity_findings(code) if f.check == "json-typed-target"]
    assert all(is_rejecting(f) for f in found)
    return [f.line for f in found]


@pytest.mark.parametrize(
    ("tags", "wrong"),
    [
        ("json['tags'] ?? []", True),  # dynamic: a List<dynamic> at run time, a TypeError
        ("json['tags']", True),
        ("json['tags'] as List<dynamic>", True),  # does not compile
        ("json['tags'].map((e) => e.toString()).toList()", True),  # map on dynamic: List<dynamic>
        ("List<String>.from(json['tags'] ?? [])", False),
        ("(json['tags'] as List).cast<String>()", False),
        ("(json['tags'] as List).map((e) => e.toString()).toList()", False),  # typed by the closure
        ("json['tags'] as List<String>", False),  # json-cast says it (a cast that always throws)
    ],
)
def test_a_named_argument_of_the_files_own_class(tags: str, wrong: bool) -> None:
    assert _found(FIELD.replace("TAGS", tags)) == ([4] if wrong else [])


def test_a_loose_field_takes_decoded_json() -> None:
    loose = FIELD.replace("final List<String> tags;", "final List<dynamic> tags;")
    assert _found(loose.replace("TAGS", "json['tags'] ?? []")) == []


@pytest.mark.parametrize(("decoded", "wrong"), [("jsonDecode(r)", True), ("jsonDecode(r) as List", False)])
def test_an_assignment_from_an_untyped_decoded_local(decoded: str, wrong: bool) -> None:
    assert _found(LOCAL.replace("DECODED", decoded)) == ([4] if wrong else [])


@pytest.mark.parametrize(
    ("value", "wrong"),
    [("jsonMap", True), ("jsonMap.map((k, v) => MapEntry(k, v.toString()))", False)],
)
def test_a_positional_this_parameter(value: str, wrong: bool) -> None:
    assert _found(POSITIONAL.replace("VALUE", value)) == ([8] if wrong else [])


def test_a_name_also_declared_without_a_type_is_left_alone() -> None:
    code = """class Feed {
  Feed({required this.items});
  final List<String> items;
  Future<List<dynamic>> fetch(String body) async {
    final items = jsonDecode(body) as List<dynamic>;
    return items;
  }
}"""
    assert _found(code) == []
