"""Rules for mistakes a Flutter reviewer sees at once and tree-sitter does not (null safety, values of the wrong
kind, field initializers, a shown field changed without setState, a middle that repeats the request): each found
where it is wrong and left alone where the code is right."""

from __future__ import annotations

from benchmarks.judge.in_context import judge_in_context
from flutr.comments import request_echoes
from flutr.dart_api import sanity_findings
from flutr.in_context import InContextRow


def _checks(code: str, check: str) -> list[int]:
    return [f.line for f in sanity_findings(code) if f.check == check]


def test_a_member_used_through_a_mutable_nullable_field_is_found() -> None:
    code = """class _S extends State<W> {
  Timer? _timer;
  void restart() {
    if (_timer != null) _timer.cancel();
    _timer?.cancel();
    _timer!.cancel();
    print(_timer.toString());
  }
}"""
    assert _checks(code, "nullable-field-member") == [3]
    final = code.replace("Timer? _timer;", "final Timer? _timer = null;")  # private final fields promote
    assert _checks(final, "nullable-field-member") == []
    with_extension = "extension on Timer? { void cancel() {} }\n" + code
    assert _checks(with_extension, "nullable-field-member") == []


DIALOG = "showDialog<bool>(context: c, builder: (_) => const Text('a'))"


def test_the_bool_a_route_returns_used_as_a_condition_is_found() -> None:
    awaited = """Future<void> f(BuildContext context) async {
  final added = await Navigator.push<bool>(context, MaterialPageRoute(builder: (_) => const Text('a')));
  if (added) {
    print('eklendi');
  }
}"""
    assert _checks(awaited, "nullable-condition") == [2]
    then = """void f(BuildContext context) {
  showDialog<bool>(context: context, builder: (_) => const Text('a')).then((ok) {
    if (!ok) return;
  });
}"""
    assert _checks(then, "nullable-condition") == [2]
    typed = f"Future<void> f(BuildContext c) async {{\n  bool ok = await {DIALOG};\n}}"
    assert _checks(typed, "nullable-condition") == [1]


def test_a_route_result_compared_defaulted_or_tested_for_null_is_fine() -> None:
    for fixed in (
        "if (added == true) {",
        "if (added ?? false) {",
        "if (added != null && added) {",
    ):
        code = f"""Future<void> f(BuildContext context) async {{
  final added = await Navigator.push<bool>(context, MaterialPageRoute(builder: (_) => const Text('a')));
  {fixed}
    print('eklendi');
  }}
}}"""
        assert _checks(code, "nullable-condition") == [], fixed
    defaulted = f"Future<void> f(BuildContext c) async {{\n  final ok = await {DIALOG} ?? false;\n  if (ok) {{}}\n}}"
    assert _checks(defaulted, "nullable-condition") == []
    untyped = defaulted.replace(" ?? false", "").replace("<bool>", "")
    assert _checks(untyped, "nullable-condition") == []  # dynamic: the compiler takes it


def test_spreading_a_nullable_collection_is_found_unless_null_aware_or_tested() -> None:
    code = "Map<String, String> q(Map<String, String>? filters) => {'page': '1', ...filters};"
    assert _checks(code, "nullable-spread") == [0]
    assert _checks(code.replace("...filters", "...?filters"), "nullable-spread") == []
    tested = code.replace("...filters", "if (filters != null) ...filters")
    assert _checks(tested, "nullable-spread") == []


def test_a_field_initializer_that_reads_the_object_is_found() -> None:
    code = """class _S extends State<W> with SingleTickerProviderStateMixin {
  late final AnimationController _controller = AnimationController(vsync: this);
  final Animation<double> _fade = CurvedAnimation(parent: _controller, curve: Curves.easeIn);
  final _name = TextEditingController(text: widget.initial);
  final _items = <int>[];
  final _label = (String context) => context.toUpperCase();
  static const _gap = 8.0;
  final double _half = _gap / 2;
}"""
    found = [(f.line, f.message) for f in sanity_findings(code) if f.check == "instance-in-initializer"]
    assert [line for line, _ in found] == [2, 3]
    assert "'_controller'" in found[0][1] and "'widget'" in found[1][1]


def test_void_list_methods_iterables_ints_and_entry_records_of_the_wrong_kind_are_found() -> None:
    code = """class Playlist {
  List<String> _tracks = [];
  Map<String, int> scores = {};
  void shuffleAll() {
    final List<String> shuffled = _tracks.shuffle();
    for (final (name, score) in scores.entries) {
      print('$name $score');
    }
  }
  double get progress {
    return (3 / 4 * 100).round();
  }
  List<String> recent() {
    return _tracks.reversed;
  }
  List<String> firstTwo() => _tracks.where((t) => t.isNotEmpty);
  void sortAll() {
    _tracks = _tracks.sort();
    _tracks = [..._tracks]..sort();
  }
}"""
    assert _checks(code, "void-result") == [4, 17]
    assert _checks(code, "entry-record-pattern") == [5]
    assert _checks(code, "int-as-double") == [10]
    assert _checks(code, "iterable-as-list") == [13, 15]


def test_cascades_to_list_round_to_double_and_map_entry_patterns_are_fine() -> None:
    code = """class Playlist {
  List<String> _tracks = [];
  Map<String, int> scores = {};
  void shuffleAll() {
    final shuffled = [..._tracks]..shuffle();
    for (final MapEntry(:key, :value) in scores.entries) {
      print('$key $value $shuffled');
    }
  }
  double get progress => (3 / 4 * 100).roundToDouble();
  int get count => _tracks.length;
  List<String> recent() => _tracks.reversed.toList();
  Iterable<String> lazy() => _tracks.where((t) => t.isNotEmpty);
}"""
    for check in ("void-result", "entry-record-pattern", "int-as-double", "iterable-as-list"):
        assert _checks(code, check) == [], check


STATE = """class _QuizState extends State<Quiz> {
  int _score = 0;
  List<String> _questions = [];
  String _lastTap = '';

  Future<void> _load() async {
    _score = 0;
    final text = await rootBundle.loadString('assets/q.json');
    _questions = text.split(',');
  }

  void _reset() => setState(() => _score = 0);

  @override
  Widget build(BuildContext context) {
    return Column(children: [
      Text('$_score ${_questions.length}'),
      TextButton(onPressed: () { _score++; }, child: const Text('+')),
      TextButton(onPressed: () { _lastTap = 'x'; }, child: const Text('tap')),
      TextButton(onPressed: () { _score = 5; _reset(); }, child: const Text('sifirla')),
      TextButton(onPressed: () => setState(() { _score = 1; }), child: const Text('1')),
      StatefulBuilder(builder: (c, setInner) => TextButton(onPressed: () { _score = 2; }, child: const Text('2'))),
    ]);
  }
}"""


def test_a_shown_field_changed_later_without_set_state_is_found() -> None:
    found = [(f.line, f.message) for f in sanity_findings(STATE) if f.check == "field-without-setstate"]
    assert [line for line, _ in found] == [8, 17]
    assert "'_questions'" in found[0][1] and "'_score'" in found[1][1]


def test_set_state_a_method_that_calls_it_unshown_fields_and_code_before_the_first_await_are_fine() -> None:
    fixed = STATE.replace("_questions = text.split(',');", "setState(() => _questions = text.split(','));").replace(
        "onPressed: () { _score++; }", "onPressed: () => setState(() => _score++)"
    )
    assert _checks(fixed, "field-without-setstate") == []


def _row(file: str, position: str) -> InContextRow:
    return InContextRow("ctx-forms-001", "forms", position, file, "keyboardType: TextInputType.phone,")


PHONE = """import 'package:flutter/material.dart';

class PhoneField extends StatelessWidget {
  const PhoneField({super.key, required this.controller});

  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: controller,
      // telefonun numara klavyesi acilsin
    );
  }
}
"""


def test_a_middle_that_writes_the_request_comment_again_and_again_is_rejected() -> None:
    row = _row(PHONE, "argument")
    assert judge_in_context(row, row.answer).correct
    repeated = "keyboardType: TextInputType.phone,\n// telefonun numara klavyesi acilsin\n// telefonun numara klav"
    verdict = judge_in_context(row, repeated)
    assert not verdict.correct and any("2 times" in r for r in verdict.reasons)
    assert request_echoes("// Telefonun  numara klavyesi acilsin\nx();", "telefonun numara klavyesi acilsin") == 1
    assert request_echoes("// telefon\n// telefon", "telefonun numara klavyesi acilsin") == 0  # under ten characters


def test_an_argument_inserted_into_a_call_above_is_judged_on_its_own_line() -> None:
    row = _row(PHONE, "argument")
    verdict = judge_in_context(row, "keyboardType: TextInputType.phone,\ndisabled: true,")
    assert any("no named parameter 'disabled'" in r for r in verdict.reasons), verdict.reasons
    themed = "style: Theme.of(context).textTheme.titleMedium?.copyWith(color: theme.colorScheme.secondary),"
    verdict = judge_in_context(row, themed)  # `theme` is declared nowhere: a named argument's value is a reference
    assert any("'theme' is used but never declared" in r for r in verdict.reasons), verdict.reasons


def test_a_generic_constructor_call_is_a_call_with_its_named_arguments() -> None:
    """tree-sitter-dart reads ``MaterialPageRoute<bool>(builder: …)`` in an argument or initializer as a
    comparison with a record; requirement checks and the named-argument check still see the call."""
    from flutr.dart_api.requirements import failed_checks

    code = "void f(BuildContext c) {\n  Navigator.push(c, MaterialPageRoute<bool>(builder: (_) => const Text('a')));\n}"
    assert failed_checks(code, ["call MaterialPageRoute(builder)"]) == []
    invented = code.replace("builder:", "fullscreen: true, builder:")
    assert any("no named parameter 'fullscreen'" in f.message for f in sanity_findings(invented))


def test_a_parameter_of_another_function_does_not_type_a_library_name() -> None:
    code = """import 'dart:convert';

class Ride {
  Ride({required this.id});
  final String id;
  factory Ride.fromJson(Map<String, dynamic> json) => Ride(id: json['id'] as String);
}

List<dynamic> rides(String body) => json.decode(body) as List<dynamic>;
"""
    assert [f for f in sanity_findings(code) if f.check == "unknown-member"] == []
    wrong = code.replace("json['id'] as String", "json.decode('id') as String")  # that json is the Map
    assert any(f.check == "unknown-member" for f in sanity_findings(wrong))


def test_own_constructors_called_positionally_sets_in_widget_lists_and_returned_void_are_found() -> None:
    code = """class StallList extends StatelessWidget {
  const StallList({super.key, required this.stalls});
  final List<String> stalls;
  @override
  Widget build(BuildContext context) => Text('${stalls.length}');
}

class Market {
  List<String> names = [];
  List<String> get sorted => names.sort();
  Widget build(bool open) {
    return Column(children: [
      StallList(names),
      if (open) { const Text('Açık') },
    ]);
  }
}"""
    assert _checks(code, "void-result") == [9]
    assert _checks(code, "positional-arity") == [12]
    assert _checks(code, "set-in-list") == [13]


def test_named_arguments_spread_lists_maps_and_cascades_are_fine() -> None:
    code = """class StallList extends StatelessWidget {
  const StallList(this.title, {super.key, required this.stalls});
  final String title;
  final List<String> stalls;
  @override
  Widget build(BuildContext context) => Text(title);
}

class Market {
  List<String> names = [];
  List<String> get sorted => names..sort();
  List<Map<String, int>> counts(bool open) => [if (open) {'open': 1}];
  Widget build(bool open) {
    return Column(children: [
      StallList('Pazar', stalls: names),
      StallList(Map<String, String>.from(const {}).keys.first, stalls: names),
      if (open) ...[const Text('Açık')],
    ]);
  }
}"""
    for check in ("void-result", "positional-arity", "set-in-list"):
        assert _checks(code, check) == [], check


def test_a_form_fields_starting_value_needs_no_set_state_but_a_dropdown_button_does() -> None:
    code = """class _DonorFormState extends State<DonorForm> {
  String? _bloodType;

  @override
  Widget build(BuildContext context) {
    return DropdownButtonFormField<String>(
      value: _bloodType,
      items: const [DropdownMenuItem(value: 'A+', child: Text('A+'))],
      onChanged: (value) => _bloodType = value,
    );
  }
}"""
    assert _checks(code, "field-without-setstate") == []
    button = code.replace("DropdownButtonFormField<String>(", "DropdownButton<String>(")
    assert _checks(button, "field-without-setstate") == [8]


def test_a_constructor_parameter_used_in_its_initializer_list_is_seen_only_there() -> None:
    code = """import 'dart:convert';

class QuizQuestion {
  QuizQuestion.fromJson(Map<String, dynamic> json) : text = json['text'] as String;
  final String text;
}

List<dynamic> questions(String raw) => json.decode(raw) as List<dynamic>;
"""
    assert [f for f in sanity_findings(code) if f.check == "unknown-member"] == []


def test_a_negated_number_parse_and_a_typed_cast_of_decoded_json_are_found() -> None:
    code = """import 'dart:convert';
String? check(String value, String body) {
  if (!int.tryParse(value)) return 'Sayı girin';
  final items = jsonDecode(body)['items'] as List<Map<String, dynamic>>;
  final names = json.decode(body) as Map<String, String>;
  return '$items $names';
}"""
    assert _checks(code, "not-a-bool") == [2]
    assert _checks(code, "json-cast") == [3, 4]


def test_null_checks_loose_casts_and_converted_lists_are_fine() -> None:
    code = """import 'dart:convert';
String? check(String value, String body) {
  if (int.tryParse(value) == null) return 'Sayı girin';
  final ok = !(int.tryParse(value) == null) && int.tryParse(value)! > 3;
  final map = jsonDecode(body) as Map<String, dynamic>;
  final items = jsonDecode(body)['items'] as List<dynamic>;
  final list = (jsonDecode(body) as List).cast<Map<String, dynamic>>();
  final typed = List<Map<String, dynamic>>.from(map['items'] as List);
  final count = json.decode(body)['count'] as int;
  return '$ok $items $list $typed $count';
}"""
    for check in ("not-a-bool", "json-cast"):
        assert _checks(code, check) == [], check


STATIC_OWNER = """class SkipDoseDialog extends StatefulWidget {
  const SkipDoseDialog({super.key});
  static const reasons = ['Unuttum', 'Yan etki'];
  static String label(String reason) => reason.toUpperCase();
  @override
  State<SkipDoseDialog> createState() => _SkipDoseDialogState();
}
"""


def test_a_widgets_static_member_used_bare_in_its_state_is_found() -> None:
    code = (
        STATIC_OWNER
        + """class _SkipDoseDialogState extends State<SkipDoseDialog> {
  @override
  Widget build(BuildContext context) {
    return Column(children: [for (final r in reasons) Text(label(r))]);
  }
}"""
    )
    assert _checks(code, "static-unqualified") == [10, 10]


def test_a_static_member_through_its_class_or_in_its_class_is_fine_and_a_subclass_is_left_alone() -> None:
    """Whether a subclass sees its superclass's statics by their bare names is not judged (conservative)."""
    code = (
        STATIC_OWNER
        + """class _SkipDoseDialogState extends State<SkipDoseDialog> {
  @override
  Widget build(BuildContext context) {
    return Column(children: [for (final r in SkipDoseDialog.reasons) Text(SkipDoseDialog.label(r))]);
  }
}
class LoudDialog extends SkipDoseDialog {
  const LoudDialog({super.key});
  String first() => label(reasons.first);
}"""
    )
    assert _checks(code, "static-unqualified") == []


def test_an_undeclared_name_as_a_variables_value_or_a_loops_iterable_is_found() -> None:
    assert _checks("void f() { final x = fooBar; print(x); }", "undefined-name") == [0]
    assert _checks("void f() { for (final r in fooBar) print(r); }", "undefined-name") == [0]
    assert (
        _checks("void f(List<int> a) { final x = a; for (final r in a) print(r + x.length); }", "undefined-name") == []
    )


NULLABLE_VALUES = """import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:go_router/go_router.dart';
import 'package:shared_preferences/shared_preferences.dart';

class CountBadge extends StatelessWidget {
  const CountBadge({super.key, required this.count});
  final int count;
  @override
  Widget build(BuildContext context) => Text('$count');
}

class _S extends State<W> {
  static const _channel = MethodChannel('lock');
  bool _unlocked = false;
  List<String>? _lines;

  Widget page(GoRouterState state) => Detail(id: int.parse(state.pathParameters['id']));

  Future<void> unlock() async {
    final result = await _channel.invokeMethod<bool>('unlock');
    setState(() => _unlocked = result);
  }

  Future<void> load(SharedPreferences prefs) async {
    final name = Text(prefs.getString('name'));
    _lines = compute(split, 'a b');
  }

  Widget badge(Future<int> f) => FutureBuilder<int>(
        future: f,
        builder: (context, snapshot) => CountBadge(count: snapshot.data),
      );
}
"""


def test_a_nullable_api_value_used_where_a_value_is_needed_and_an_unawaited_future_are_found() -> None:
    assert _checks(NULLABLE_VALUES, "nullable-argument") == [17, 25, 31]
    assert _checks(NULLABLE_VALUES, "nullable-assignment") == [21]
    assert _checks(NULLABLE_VALUES, "unawaited-future") == [26]
    message = next(f.message for f in sanity_findings(NULLABLE_VALUES) if f.check == "nullable-argument")
    assert "state.pathParameters[…]" in message


def test_nullable_api_values_defaulted_forced_tested_or_stored_nullable_are_fine() -> None:
    fixed = (
        NULLABLE_VALUES.replace("pathParameters['id'])", "pathParameters['id']!)")
        .replace(
            "setState(() => _unlocked = result);",
            "if (result == null) return;\n    setState(() => _unlocked = result);",
        )
        .replace("prefs.getString('name'))", "prefs.getString('name') ?? '')")
        .replace("_lines = compute(", "_lines = await compute(")
        .replace("count: snapshot.data)", "count: snapshot.data ?? 0)")
    )
    for check in ("nullable-argument", "nullable-assignment", "unawaited-future"):
        assert _checks(fixed, check) == [], check
    # a local bound without a type, a field declared nullable, a dynamic channel result: no finding
    loose = """Future<void> f(MethodChannel channel, String text) async {
  final ml = int.tryParse(text);
  int? count = int.tryParse(text);
  count = int.tryParse(text);
  dynamic value = await channel.invokeMethod<dynamic>('x');
  final answer = await channel.invokeMethod<dynamic>('y');
  print(int.parse(answer));
}"""
    for check in ("nullable-argument", "nullable-assignment", "unawaited-future"):
        assert _checks(loose, check) == [], check


def test_the_getters_an_object_pattern_matches_are_not_undeclared_names() -> None:
    """``AsyncSnapshot(hasError: true)`` in a switch names a getter of the matched snapshot (batch 6's author f5);
    a name the code uses elsewhere is still checked."""
    code = """Widget view(Future<int> load) => FutureBuilder<int>(
      future: load,
      builder: (context, snapshot) => switch (snapshot) {
        AsyncSnapshot(hasError: true) => const Text('hata'),
        AsyncSnapshot(:final data?) => Text('$data'),
        AsyncSnapshot(connectionState: ConnectionState.waiting) => const CircularProgressIndicator(),
        _ => Text(fallbackText),
      },
    );"""
    undefined = [f.message for f in sanity_findings(code) if f.check == "undefined-name"]
    assert undefined == ["'fallbackText' is used but never declared"]


def test_braces_after_a_collection_if_or_for_in_a_map_literal_are_found() -> None:
    entries = """Map<String, Object> toJson() => {
      'count': count,
      if (notes != null) {'notes': notes},
    };"""
    assert _checks(entries, "map-in-map") == [2]
    assert _checks(entries.replace("if (notes != null)", "for (final n in notes)"), "map-in-map") == [2]
    assert _checks("final typed = <String, int>{if (open) {'open': 1}};", "map-in-map") == [0]


def test_entries_spreads_and_sets_of_maps_are_fine() -> None:
    code = """Map<String, Object> toJson() => {
      'count': count,
      if (notes != null) 'notes': notes else 'notes': '',
      if (extra) ...{'extra': true},
      for (final e in extras.entries) e.key: e.value,
    };
final sets = {if (open) {'open': 1}};"""
    assert _checks(code, "map-in-map") == []


def test_a_selector_callback_takes_the_context_and_the_value() -> None:
    code = """Widget badge() => Selector<WorkOrderBoard, int>(
      selector: (board) => board.readyCount,
      builder: (context, ready, child) => Text('$ready'),
    );"""
    assert _checks(code, "callback-arity") == [1]
    assert _checks(code.replace("(board)", "(context, board)"), "callback-arity") == []
    assert _checks(code.replace("(board)", "(_, board)"), "callback-arity") == []


TRANSFER = """Map<String, Object> transferJson(Transfer transfer) {
  return {
    'id': transfer.id,
    // satırları sku, qty ve from_bin anahtarlarıyla ekle
  };
}
"""


def test_strings_of_a_map_entry_are_blanked_as_the_file_has_them() -> None:
    """A map entry does not parse alone: read alone, tree-sitter's recovery blanked the code between its first and
    last string (``l.quantity`` was missing); read in the file, only the strings are blanked."""
    row = InContextRow(
        "ctx-http_json-001",
        "http_json",
        "element",
        TRANSFER,
        "'lines': [for (final l in transfer.lines) {'sku': l.sku}],",
        must_contain=("quantity", "fromBin"),
        must_not=("from_bin",),
    )
    entry = "'lines': [for (final l in transfer.lines) {'sku': l.sku, 'qty': l.quantity, 'from_bin': l.fromBin}],"
    assert judge_in_context(row, entry).reasons == ()
    assert judge_in_context(row, entry.replace("l.quantity", "l.count")).reasons == ("missing in code: quantity",)


LERPED = """import 'package:flutter/material.dart';

class ZoneColors extends ThemeExtension<ZoneColors> {
  const ZoneColors({required this.easy, required this.hard, this.edge});
  final Color easy;
  final Color hard;
  final Color? edge;

  @override
  ZoneColors copyWith({Color? easy, Color? hard}) => ZoneColors(easy: easy ?? this.easy, hard: hard ?? this.hard);

  @override
  ZoneColors lerp(ThemeExtension<ZoneColors>? other, double t) {
    if (other is! ZoneColors) return this;
    return ZoneColors(
      easy: Color.lerp(easy, other.easy, t),
      hard: Color.lerp(hard, other.hard, t)!,
      edge: Color.lerp(edge, other.edge, t),
    );
  }
}
"""


def test_a_nullable_lerp_given_to_a_non_nullable_field_is_found_and_a_forced_or_nullable_one_is_fine() -> None:
    assert _checks(LERPED, "nullable-argument") == [15]
    assert _checks(LERPED.replace("other.easy, t),", "other.easy, t) ?? easy,"), "nullable-argument") == []
    width = "class Bar {\n  const Bar(this.w);\n  final double w;\n  Bar mix(Bar o, double t) => Bar(w: 0);\n}\n"
    assert _checks(
        width.replace("Bar(w: 0)", "Bar(w: lerpDouble(w, o.w, t))").replace("this.w", "{required this.w}"),
        "nullable-argument",
    ) == [3]


NULL_RETURNS = """class WaitlistEntry {}

class Waitlist {
  final List<WaitlistEntry> _entries = [];

  WaitlistEntry callNext() {
    if (_entries.isEmpty) return null;
    return _entries.removeAt(0);
  }

  String validate(String? value) => value == null ? 'Gerekli' : null;

  Future<WaitlistEntry> fetch() async {
    return null;
  }
}
"""


def test_null_returned_where_the_written_return_type_is_not_nullable_is_found() -> None:
    assert _checks(NULL_RETURNS, "null-return") == [6, 13]
    message = next(f.message for f in sanity_findings(NULL_RETURNS) if f.check == "null-return")
    assert "'callNext' is declared to return WaitlistEntry" in message


def test_null_returned_from_nullable_void_dynamic_generic_and_nested_functions_is_fine() -> None:
    code = """class Entry {}
Entry? first(List<Entry> all) { return null; }
void nothing() { return null; }
dynamic any() { return null; }
T? pick<T>() { return null; }
T pickOr<T>() { return null; }
Future<Entry?> later() async { return null; }
Future<void> done() async { return null; }
Entry make() {
  final Entry? Function() f = () {
    return null;
  };
  return f() ?? Entry();
}
"""
    assert _checks(code, "null-return") == []


def test_an_async_function_given_to_a_callback_that_returns_a_value_is_found() -> None:
    code = """import 'package:flutter/material.dart';

class Form1 extends StatelessWidget {
  const Form1({super.key});

  Future<String?> _check(String? value) async => value == null ? 'Gerekli' : null;

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextFormField(validator: (value) async {
          return null;
        }),
        TextFormField(validator: _check),
        ListView.builder(itemCount: 3, itemBuilder: (context, index) async => Text('$index')),
      ],
    );
  }
}
"""
    assert _checks(code, "async-callback") == [11, 14, 15]


def test_async_functions_where_a_callback_may_return_a_future_are_fine() -> None:
    code = """import 'package:flutter/material.dart';

class Search1 extends StatelessWidget {
  const Search1({super.key, required this.load});
  final Future<void> Function() load;

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        ElevatedButton(onPressed: () async => load(), child: const Text('Yükle')),
        RefreshIndicator(onRefresh: () async => load(), child: const SizedBox()),
        Autocomplete<String>(optionsBuilder: (value) async => const ['a']),
        TextFormField(validator: (value) => value == null ? 'Gerekli' : null),
      ],
    );
  }
}
"""
    assert _checks(code, "async-callback") == []


def test_a_mapped_json_list_returned_as_a_typed_list_is_found_and_a_cast_or_typed_map_is_fine() -> None:
    code = """import 'dart:convert';

class Guest {
  Guest.fromJson(Map<String, dynamic> json) : name = json['name'] as String;
  final String name;
}

class GuestStore {
  Future<List<Guest>> load(String contents) async {
    return jsonDecode(contents).map((g) => Guest.fromJson(g)).toList();
  }

  List<Guest> items(String body) => json.decode(body)['items'].map((g) => Guest.fromJson(g)).toList();
  List<Guest> cast(String s) => (jsonDecode(s) as List).map((g) => Guest.fromJson(g)).toList();
  List<Guest> typed(String s) => jsonDecode(s).map<Guest>((g) => Guest.fromJson(g)).toList();
  List<dynamic> loose(String s) => jsonDecode(s).map((g) => g).toList();
}
"""
    assert _checks(code, "json-dynamic-list") == [9, 12]


def test_a_ticker_future_stored_in_an_animation_is_found() -> None:
    code = """import 'package:flutter/material.dart';

class _GaugeState extends State<Gauge> with SingleTickerProviderStateMixin {
  late final AnimationController _controller;
  late Animation<double> _fill;
  TickerFuture? _run;

  @override
  void initState() {
    super.initState();
    _controller = AnimationController(vsync: this, duration: const Duration(milliseconds: 900));
    _fill = _controller.animateTo(0.5, curve: Curves.easeOut);
    _run = _controller.forward();
    _fill = Tween<double>(begin: 0, end: 0.5).animate(_controller);
    _controller.forward();
  }
}
"""
    assert _checks(code, "ticker-future") == [11]


def test_a_member_read_through_a_callbacks_nullable_parameter_without_a_null_check_is_found() -> None:
    code = """import 'package:flutter/material.dart';

Widget form() => Column(
      children: [
        TextFormField(validator: (value) {
          if (value.isEmpty) return 'Gerekli';
          return null;
        }),
        MaterialApp(localeResolutionCallback: (deviceLocale, supported) => Locale(deviceLocale.languageCode)),
      ],
    );
"""
    assert _checks(code, "nullable-parameter") == [5, 8]


def test_a_checked_forced_defaulted_or_typed_parameter_is_fine() -> None:
    code = """import 'package:flutter/material.dart';

Widget form() => Column(
      children: [
        TextFormField(validator: (value) => value == null || value.isEmpty ? 'Gerekli' : null),
        TextFormField(validator: (value) => value!.isEmpty ? 'Gerekli' : null),
        TextFormField(validator: (value) => (value ?? '').isEmpty ? 'Gerekli' : null),
        TextFormField(validator: (value) => value?.isEmpty ?? true ? 'Gerekli' : null),
        TextFormField(validator: (value) => value.toString().isEmpty ? 'Gerekli' : null),
      ],
    );
"""
    assert _checks(code, "nullable-parameter") == []


def test_a_member_or_update_through_a_typed_map_lookup_is_found_and_guarded_ones_are_fine() -> None:
    code = """class QuoteGroups {
  final Map<String, List<int>> _byRoom = {};
  final _totals = <String, double>{};
  final Map<String, dynamic> json = {};

  void add(String room, int line) {
    _byRoom[room].add(line);
    _totals[room] += 2.5;
    _byRoom[room]!.add(line);
    _byRoom[room]?.add(line);
    _totals[room] = (_totals[room] ?? 0) + 1;
    json['a'].length;
    _byRoom.putIfAbsent(room, () => []).add(line);
    print(_byRoom[room].toString());
  }
}
"""
    assert _checks(code, "nullable-index") == [6, 7]


def test_a_string_given_to_an_http_method_is_found_and_a_uri_is_fine() -> None:
    code = """import 'package:http/http.dart' as http;

class Lookup {
  Lookup(this.client);
  final http.Client client;

  Future<void> find(String base, String plate) async {
    await client.get('$base/vehicles/lookup?plate=$plate');
    await http.post('https://api.example.com/items', body: '{}');
    await client.get(Uri.parse('$base/vehicles'));
    final names = {'a': 'b'};
    names.remove('a');
  }
}
"""
    assert _checks(code, "string-url") == [7, 8]
