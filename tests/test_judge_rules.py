"""Judge v2 rules added on the development labels (labels.jsonl dev + holdout2): each a general rule."""

from __future__ import annotations

from benchmarks.judge import JudgeInput, judge
from benchmarks.judge.in_context import inserted_code_text, judge_in_context
from flutr.dart_api import sanity_findings
from flutr.dart_api.requirements import failed_checks, missing_groups, present_forbidden, requirement_text
from flutr.dart_api.sanity import is_rejecting
from flutr.in_context import InContextRow

OWN_HANDLER = """void handleError(Object error, StackTrace stack) {
  print('Hata: $error');
}

Stream<String> veri() async* {
  yield 'a';
}

void main() {
  veri().listen(print, onError: handleError);
  handleError(Exception('x'), StackTrace.current);
}"""


def test_the_snippets_own_function_does_not_satisfy_a_requirement_naming_an_api() -> None:
    text = requirement_text(OWN_HANDLER)
    assert missing_groups(text, ["handleError"]) == ["handleError"]
    assert "onError:" in text  # a named argument's label stays
    assert failed_checks(OWN_HANDLER, ["call .handleError"]) == ["call .handleError"]
    verdict = judge(JudgeInput("q", OWN_HANDLER, ("handleError",), (), ("call .handleError",)))
    assert "missing in code: handleError" in verdict.reasons


def test_a_name_interpolated_in_a_string_counts_and_the_string_text_does_not() -> None:
    text = requirement_text("String f(Order o, int price) => 'price: $price TL, ${o.total} euro';")
    assert missing_groups(text, ["price", "o.total", "$price"]) == []
    assert missing_groups(text, ["TL", "euro"]) == ["TL", "euro"]
    assert missing_groups(requirement_text("final m = _$OrderFromJson(json);"), ["OrderFromJson"]) == ["OrderFromJson"]
    in_file = inserted_code_text("void f(int price) {\n  print('$price TL');\n}\n", range(1, 2))
    assert missing_groups(in_file, ["price"]) == [] and missing_groups(in_file, ["TL"]) == ["TL"]
    assert present_forbidden(requirement_text("final q = {'limit': '$limit'};"), [": limit }"]) == []


def test_a_quoted_number_is_not_found_inside_a_longer_number_and_a_text_is_found_anywhere() -> None:
    code = "final a = Text('Toplam 150 TL'); final b = Text('Mesajlar'); final c = RegExp(r'[a-zA-Z0-9._]');"
    found = ["literal '5'", "literal '15'", "literal 'mesaj'", "literal '150 TL'", "literal '0-9'", "literal 'oplam'"]
    assert failed_checks(code, found) == ["literal '5'", "literal '15'"]
    assert failed_checks("final d = Text('2.5 kg, 50 sn');", ["literal '2.5'", "literal '5'", "literal '50'"]) == [
        "literal '5'"
    ]


def test_a_check_matches_a_call_in_a_cascade_with_its_named_arguments() -> None:
    code = "void f(AnimationController c) { c..forward()..repeat(reverse: true); }"
    assert failed_checks(code, ["call repeat(reverse)", "call .repeat", "call .forward"]) == []
    bare = code.replace("repeat(reverse: true)", "repeat()")
    assert failed_checks(bare, ["call repeat(reverse)", "call .stop"]) == ["call repeat(reverse)", "call .stop"]


def test_a_real_use_of_the_api_and_a_method_declaration_still_count() -> None:
    used = "Stream<int> f(Stream<int> s) => s.handleError((Object e) {});"
    assert missing_groups(requirement_text(used), ["handleError"]) == []
    assert failed_checks(used, ["call .handleError"]) == []
    override = """class Upper extends TextInputFormatter {
  @override
  TextEditingValue formatEditUpdate(TextEditingValue oldValue, TextEditingValue newValue) => newValue;
}"""
    assert missing_groups(requirement_text(override), ["formatEditUpdate"]) == []
    declared_only = "void f() { final validator = 1; }"  # a variable's own name is no use of an API
    assert missing_groups(requirement_text(declared_only), ["validator"]) == ["validator"]
    assert missing_groups(requirement_text("void f() { final validator = 1; print(validator); }"), ["validator"]) == []
    labelled = "Widget f(String? Function(String?) validator) => TextFormField(validator: validator);"
    assert missing_groups(requirement_text(labelled), ["validator"]) == []


def test_a_parameter_or_local_is_seen_only_inside_its_function_block_or_clause() -> None:
    code = """void log(Object error, StackTrace stack) => print('$error $stack');

Stream<String> veri() async* {
  try {
    yield 'a';
  } catch (e) {
    log(e, stack);
  }
  for (final i in [1]) {
    print(i);
  }
  print(i);
}"""
    found = {(f.check, f.message) for f in sanity_findings(code)}
    assert ("undefined-name", "'stack' is used but never declared") in found
    assert ("undefined-name", "'i' is used but never declared") in found
    assert not any("'e'" in message or "'error'" in message for _, message in found)
    fine = """void f() {
  try {
    g();
  } catch (e, stack) {
    print('$e $stack');
  }
  final items = [1].map((x) => x + 1);
  print(items);
}
void g() {}"""
    assert not any(f.check == "undefined-name" for f in sanity_findings(fine))


def test_a_named_arguments_label_declares_nothing() -> None:
    code = "void f(Stream<int> s) { s.listen(print, onError: (Object e) {}); print(onError); }"
    found = {(f.check, f.message) for f in sanity_findings(code)}
    assert ("undefined-name", "'onError' is used but never declared") in found


def test_a_future_used_as_its_value_through_a_field_or_awaits_precedence() -> None:
    field = """class Ayarlar {
  static final _prefs = SharedPreferences.getInstance();
  static String? ad() {
    final prefs = _prefs;
    return prefs.getString('ad');
  }
}"""
    found = [f for f in sanity_findings(field) if f.check == "unknown-member"]
    assert [(f.detail, f.line) for f in found] == [("future", 4)]
    assert "Future has no member 'getString'" in found[0].message
    precedence = "// pubspec.yaml: http\nFuture<String> f(Uri u) async => await http.get(u).body;"
    assert ("unknown-member", "future") in {(f.check, f.detail) for f in sanity_findings(precedence)}
    dialog = "void f(BuildContext context) { showDialog(context: context, builder: (_) => Text('a')).value; }"
    assert ("unknown-member", "future") in {(f.check, f.detail) for f in sanity_findings(dialog)}


def test_an_awaited_or_parenthesized_future_and_its_own_members_are_fine() -> None:
    code = """// pubspec.yaml: http
Future<void> f(Uri u) async {
  final prefs = await SharedPreferences.getInstance();
  print(prefs.getString('ad'));
  final body = (await http.get(u)).body;
  final pending = SharedPreferences.getInstance();
  pending.then((p) => p.getString('ad'));
  http.get(u).then((r) => r.body).timeout(const Duration(seconds: 3));
  print(body);
}"""
    assert not [f for f in sanity_findings(code) if f.check == "unknown-member"]


def test_an_arguments_variable_is_read_with_its_initializer() -> None:
    check = "call BaseOptions(baseUrl: String.fromEnvironment)"
    through_variable = """const apiUrl = String.fromEnvironment('API_URL', defaultValue: 'https://test.example.com');
final dio = Dio(BaseOptions(baseUrl: apiUrl));"""
    assert failed_checks(through_variable, [check]) == []
    local = "Dio f() { final url = const String.fromEnvironment('API_URL'); return Dio(BaseOptions(baseUrl: url)); }"
    assert failed_checks(local, [check]) == []
    elsewhere = """final dio = Dio(BaseOptions(baseUrl: 'https://api.example.com'));
const brand = String.fromEnvironment('BRAND');"""
    assert failed_checks(elsewhere, [check]) == [check]


def test_extends_with_a_call_in_the_class_body() -> None:
    store = """class Gorevler with ChangeNotifier {
  Gorevler(this._db);
  final Database _db;
  Future<void> sil(int id) async {
    await _db.delete('gorev', where: 'id = ?', whereArgs: [id]);
    notifyListeners();
  }
}"""
    assert failed_checks(store, ["extends ChangeNotifier", "extends ChangeNotifier > .delete | .rawDelete"]) == []
    split = """class Gorevler extends ChangeNotifier {
  final List<String> _g = [];
  void ekle(String g) { _g.add(g); notifyListeners(); }
}
class Depo {
  Depo(this._db);
  final Database _db;
  Future<int> sil(int id) => _db.delete('gorev', where: 'id = ?', whereArgs: [id]);
}"""
    assert failed_checks(split, ["extends ChangeNotifier > .delete"]) == ["extends ChangeNotifier > .delete"]


def test_callback_parameters_get_the_signatures_types_arity_and_roles() -> None:
    code = """Widget f(Future<int> yukle, List<String> items, BuildContext context) => Column(children: [
  FutureBuilder<int>(future: yukle, builder: (context, snapshot) {
    if (snapshot.isLoading) return const CircularProgressIndicator();
    return Text('${snapshot.data}', style: TextStyle(color: Theme.of(context).colors.primary));
  }),
  ListView.builder(itemCount: items.length, itemBuilder: (index, context) => Text(items[index])),
  ElevatedButton(onPressed: (value) {}, child: const Text('a')),
]);

Widget app() => MaterialApp(
  localeListResolutionCallback: (deviceLocales, supported) =>
      supported.firstWhere((l) => l.languageCode == deviceLocales?.languageCode),
);"""
    found = {(f.check, f.message) for f in sanity_findings(code)}
    assert ("unknown-member", "AsyncSnapshot has no member 'isLoading'") in found
    assert ("unknown-member", "ThemeData has no member 'colors'") in found
    assert ("unknown-member", "List has no member 'languageCode'") in found
    assert ("callback-arity", "ElevatedButton's onPressed takes 0 parameter(s) (none), not 1") in found
    roles = [message for check, message in found if check == "callback-role"]
    assert len(roles) == 2 and all(message.startswith("ListView.builder's itemBuilder") for message in roles)
    assert "callback-role" in {r.split(":")[0] for r in judge(JudgeInput("q", code)).reasons}


def test_callbacks_used_in_their_roles_pass() -> None:
    code = """Widget f(Future<int> yukle, List<String> items) => Column(children: [
  FutureBuilder<int>(future: yukle, builder: (context, snapshot) {
    if (snapshot.connectionState == ConnectionState.waiting) return const CircularProgressIndicator();
    if (snapshot.hasError) return Text('${snapshot.error}');
    return Text('${snapshot.data}', style: TextStyle(color: Theme.of(context).colorScheme.primary));
  }),
  ListView.builder(itemCount: items.length, itemBuilder: (ctx, i) => Text(items[i])),
  ElevatedButton(onPressed: () async {}, child: const Text('a')),
  TextField(onChanged: (value) => print(value.trim().isEmpty)),
]);

Widget app() => MaterialApp(
  localeListResolutionCallback: (locales, supported) {
    for (final locale in locales ?? const <Locale>[]) {
      for (final s in supported) {
        if (s.languageCode == locale.languageCode) return s;
      }
    }
    return supported.first;
  },
);"""
    assert not [f for f in sanity_findings(code) if f.check in ("unknown-member", "callback-arity", "callback-role")]


def test_overrides_must_match_the_framework_method_and_exist() -> None:
    code = """class Kart extends StatelessWidget {
  @override
  Widget build() => const Text('a');
}

class Sayac extends StatefulWidget {
  @override
  State<Sayac> createState() => _SayacState();
}

class _SayacState extends State<Sayac> {
  @override
  void initState(BuildContext c) {
    super.initState();
  }

  @override
  Widget build(BuildContext context) => const Text('b');
}

class FadeRoute extends PageRouteBuilder {
  FadeRoute(Widget page) : super(pageBuilder: (context, a, b) => page);

  @override
  Widget build(BuildContext context) => const SizedBox();
}"""
    found = {(f.check, f.line) for f in sanity_findings(code)}
    assert ("override-signature", 2) in found
    assert ("override-signature", 12) in found
    assert ("override-unknown", 24) in found
    assert not any(line in (7, 17) for _, line in found)
    assert any(r.startswith("override-unknown") for r in judge(JudgeInput("q", code)).reasons)


def test_matching_overrides_and_unknown_supertypes_pass() -> None:
    code = """abstract class Taban extends StatelessWidget {
  const Taban({super.key});
  Widget govde(BuildContext context);
  @override
  Widget build(BuildContext context) => govde(context);
}

class Kart extends Taban {
  const Kart({super.key});
  @override
  Widget govde(BuildContext context) => const Text('a');
}

class _SayacState extends State<StatefulWidget> with SingleTickerProviderStateMixin {
  @override
  void initState() => super.initState();
  @override
  void didUpdateWidget(covariant StatefulWidget oldWidget) => super.didUpdateWidget(oldWidget);
  @override
  Widget build(BuildContext context) => const Text('b');
}

class Bilinmeyen extends UygulamaTabani {
  @override
  Widget build(BuildContext context, [int derinlik = 0]) => const Text('c');
}

class Ressam extends CustomPainter {
  @override
  void paint(Canvas canvas, Size size) {}
  @override
  bool shouldRepaint(covariant CustomPainter oldDelegate) => false;
}"""
    assert not [f for f in sanity_findings(code) if f.check.startswith("override")]


def test_assigning_a_final_field_local_top_level_or_a_getter_is_found() -> None:
    code = """final baslangic = DateTime.now();

class Sicaklik {
  Sicaklik(this.celsius, this.kelvin);
  final double celsius, kelvin;
  double get fahrenheit => celsius * 9 / 5 + 32;

  void ayarla(double deger) {
    celsius = deger;
    this.kelvin += 1;
    fahrenheit = 0;
    final adim = 2;
    adim++;
    baslangic = DateTime.now();
  }
}"""
    found = sorted((f.line, f.message) for f in sanity_findings(code) if f.check == "final-assignment")
    assert [line for line, _ in found] == [8, 9, 10, 12, 13]
    assert "'fahrenheit' is a getter without a setter" in dict(found)[10]
    assert any(r.startswith("final-assignment") for r in judge(JudgeInput("q", code)).reasons)


def test_late_final_setters_shadowing_and_initializer_lists_are_fine() -> None:
    code = """class Sayac {
  Sayac(int ilk) : deger = ilk;
  final int deger;
  late final String etiket;
  int _adim = 1;
  int get adim => _adim;
  set adim(int v) => _adim = v;

  void hazirla(int deger) {
    etiket = 'sayac';
    deger = deger + 1;
    adim = 3;
    final int sonuc;
    sonuc = deger * 2;
    var toplam = 0;
    toplam += sonuc;
    print(toplam);
  }
}"""
    assert not [f for f in sanity_findings(code) if f.check == "final-assignment"]


def test_a_tap_whose_only_statement_is_an_empty_set_state_changes_nothing() -> None:
    code = """class Sayi extends StatelessWidget {
  const Sayi({super.key, required this.deger});
  final int deger;

  @override
  Widget build(BuildContext context) => StatefulBuilder(
        builder: (context, setLocal) => ListTile(
          title: Text('$deger'),
          trailing: IconButton(icon: const Icon(Icons.add), onPressed: () => setLocal(() {})),
          onTap: () {
            setLocal(() {});
          },
        ),
      );
}"""
    found = [f for f in sanity_findings(code) if f.check == "empty-set-state"]
    assert {f.line for f in found} <= {8, 10} and len(found) >= 1
    assert any(r.startswith("empty-set-state") for r in judge(JudgeInput("q", code)).reasons)


def test_a_set_state_that_changes_something_or_follows_a_listenable_is_fine() -> None:
    code = """class _AlanState extends State<StatefulWidget> {
  final _odak = FocusNode();
  int _sayi = 0;

  @override
  void initState() {
    super.initState();
    _odak.addListener(() => setState(() {}));
  }

  @override
  Widget build(BuildContext context) => Column(children: [
        TextField(focusNode: _odak, onChanged: (_) => setState(() {})),
        IconButton(icon: const Icon(Icons.add), onPressed: () => setState(() => _sayi++)),
        TextButton(
          onPressed: () {
            _sayi = 0;
            setState(() {});
          },
          child: Text('$_sayi'),
        ),
      ]);
}"""
    assert not [f for f in sanity_findings(code) if f.check == "empty-set-state"]


def test_constructing_an_abstract_framework_class_is_found() -> None:
    code = """Widget f() => InheritedWidget(child: const Text('a'));
final formatter = TextInputFormatter();"""
    found = {(f.check, f.line) for f in sanity_findings(code)}
    assert found >= {("abstract-instantiation", 0), ("abstract-instantiation", 1)}
    assert any(r.startswith("abstract-instantiation") for r in judge(JudgeInput("q", code)).reasons)


def test_subclasses_and_factory_constructors_of_abstract_classes_are_fine() -> None:
    code = """class Ayar extends InheritedWidget {
  const Ayar({super.key, required super.child});
  @override
  bool updateShouldNotify(Ayar oldWidget) => false;
}

Widget f() => const Ayar(child: Text('a'));
final buyuk = TextInputFormatter.withFunction((eski, yeni) => yeni);
final hepsi = Listenable.merge([]);
final hata = Exception('x');"""
    assert not [f for f in sanity_findings(code) if f.check == "abstract-instantiation"]


def test_the_context_of_the_widget_that_builds_the_app_finds_no_navigator() -> None:
    code = """class Uygulama extends StatelessWidget {
  const Uygulama({super.key});

  void _bildir(BuildContext context) {
    Overlay.of(context).insert(OverlayEntry(builder: (_) => const Text('a')));
  }

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      home: Scaffold(
        body: Column(children: [
          ElevatedButton(onPressed: () => _bildir(context), child: const Text('a')),
          ElevatedButton(
            onPressed: () => showDialog(context: context, builder: (_) => const Text('b')),
            child: const Text('b'),
          ),
        ]),
      ),
    );
  }
}"""
    found = {(f.check, f.line) for f in sanity_findings(code)}
    assert found >= {("context-above-app", 12), ("context-above-app", 14)}
    assert any(r.startswith("context-above-app") for r in judge(JudgeInput("q", code)).reasons)


def test_a_context_below_the_app_is_fine() -> None:
    code = """class Uygulama extends StatelessWidget {
  const Uygulama({super.key});

  @override
  Widget build(BuildContext context) => MaterialApp(
        theme: ThemeData(useMaterial3: true),
        home: Builder(
          builder: (context) => ElevatedButton(
            onPressed: () => Navigator.of(context).push(MaterialPageRoute(builder: (_) => const Text('a'))),
            child: Text('a', style: Theme.of(context).textTheme.bodyLarge),
          ),
        ),
      );
}

class Sayfa extends StatelessWidget {
  const Sayfa({super.key});

  @override
  Widget build(BuildContext context) => Scaffold(
        body: ElevatedButton(
          onPressed: () => showDialog(context: context, builder: (_) => const Text('b')),
          child: const Text('b'),
        ),
      );
}"""
    assert not [f for f in sanity_findings(code) if f.check == "context-above-app"]


def test_a_string_called_as_a_function_and_a_string_keyed_map_indexed_by_int_are_found() -> None:
    code = """String? hepsi(String? deger, List<String> kurallar) {
  for (final kural in kurallar) {
    final sonuc = kural(deger);
    if (sonuc != null) return sonuc;
  }
  return null;
}

Widget liste(Map<String, List<String>> kategoriler) => ListView.builder(
      itemCount: kategoriler.length,
      itemBuilder: (context, i) => Text('${kategoriler[i]}'),
    );"""
    found = {(f.check, f.line) for f in sanity_findings(code)}
    assert found >= {("not-callable", 2), ("index-type", 10)}
    assert any(r.startswith("not-callable") for r in judge(JudgeInput("q", code)).reasons)


def test_functions_in_a_list_and_maps_read_by_key_or_entry_are_fine() -> None:
    code = """String? hepsi(String? deger, List<String? Function(String?)> kurallar) {
  for (final kural in kurallar) {
    final sonuc = kural(deger);
    if (sonuc != null) return sonuc;
  }
  return null;
}

Widget liste(Map<String, List<String>> kategoriler, Map<int, String> adlar) {
  final girdiler = kategoriler.entries.toList();
  return ListView.builder(
    itemCount: girdiler.length,
    itemBuilder: (context, i) => Text('${girdiler[i].key} ${kategoriler['a']} ${adlar[i]}'),
  );
}"""
    assert not [f for f in sanity_findings(code) if f.check in ("not-callable", "index-type")]


def test_a_callback_variable_of_another_shape_is_found() -> None:
    code = """class Secim extends StatelessWidget {
  const Secim({super.key, required this.secili, required this.degisti, required this.dokundu});
  final String secili;
  final ValueChanged<String> degisti;
  final VoidCallback dokundu;

  @override
  Widget build(BuildContext context) => Column(children: [
        SegmentedButton<String>(
          segments: const [ButtonSegment(value: 'a', label: Text('A'))],
          selected: {secili},
          onSelectionChanged: degisti,
        ),
        Switch(value: true, onChanged: dokundu),
      ]);
}"""
    found = {(f.check, f.line) for f in sanity_findings(code)}
    assert found >= {("callback-type", 11), ("callback-type", 13)}
    assert any(r.startswith("callback-type") for r in judge(JudgeInput("q", code)).reasons)


def test_callback_variables_of_the_right_shape_are_fine() -> None:
    code = """class Secim<T> extends StatelessWidget {
  const Secim({super.key, required this.degisti, required this.dokundu, required this.sec, required this.deger});
  final ValueChanged<Set<String>> degisti;
  final VoidCallback dokundu;
  final ValueChanged<T?> sec;
  final T deger;

  @override
  Widget build(BuildContext context) => Column(children: [
        SegmentedButton<String>(
          segments: const [ButtonSegment(value: 'a', label: Text('A'))],
          selected: const {'a'},
          onSelectionChanged: degisti,
        ),
        ElevatedButton(onPressed: dokundu, child: const Text('b')),
        Radio<T>(value: deger, groupValue: null, onChanged: sec),
      ]);
}"""
    assert not [f for f in sanity_findings(code) if f.check == "callback-type"]


def test_a_value_that_is_certainly_no_string_where_a_string_is_taken() -> None:
    code = """Future<void> yukle(Future<String> Function() a, Future<String> Function() b) async {
  final hepsi = await Future.wait([a(), b()]);
  debugPrint(hepsi);
}

class Sayac extends StatelessWidget {
  const Sayac({super.key, required this.sayi});
  final int sayi;
  @override
  Widget build(BuildContext context) => Text(sayi);
}"""
    found = {(f.check, f.line) for f in sanity_findings(code)}
    assert found >= {("argument-type", 2), ("argument-type", 9)}
    assert any(r.startswith("argument-type") for r in judge(JudgeInput("q", code)).reasons)


def test_strings_interpolations_and_shadowed_names_are_fine() -> None:
    code = """Future<void> yukle(Future<String> Function() a, Future<String> Function() b) async {
  final hepsi = await Future.wait([a(), b()]);
  debugPrint(hepsi.join(', '));
  final ilk = await a();
  debugPrint(ilk);
}

class Sayac extends StatelessWidget {
  const Sayac({super.key, required this.sayi});
  final int sayi;
  @override
  Widget build(BuildContext context) {
    final metin = switch ('$sayi'.split('/')) {
      [final sayi] => Text(sayi),
      _ => Text('$sayi'),
    };
    return metin;
  }
}"""
    assert not [f for f in sanity_findings(code) if f.check == "argument-type"]


def test_an_assigned_member_the_type_does_not_have_is_found() -> None:
    code = """class Yenile extends StatelessWidget {
  const Yenile({super.key});
  @override
  Widget build(BuildContext context) => StatefulBuilder(
        builder: (durum, setState) => TextButton(
          onPressed: () => setState(() => durum.durum = 'bos'),
          child: const Text('a'),
        ),
      );
}

void ayarla() {
  final kontrol = TextEditingController();
  kontrol.metin = 'a';
}"""
    found = {(f.check, f.message) for f in sanity_findings(code)}
    assert ("unknown-member", "BuildContext has no member 'durum'") in found
    assert ("unknown-member", "TextEditingController has no member 'metin'") in found


def test_assigned_members_that_exist_are_fine() -> None:
    code = """void ayarla(Object nesne) {
  final kontrol = TextEditingController();
  kontrol.text = 'a';
  kontrol.selection = const TextSelection.collapsed(offset: 1);
  final odak = FocusNode();
  odak.canRequestFocus = false;
  if (nesne is TextEditingController) nesne.text = 'b';
}"""
    assert not [f for f in sanity_findings(code) if f.check == "unknown-member"]


SHEET = """Future<String?> kaynakSec(BuildContext context) {
  return showModalBottomSheet<String>(
    context: context,
    builder: (ctx) => Column(mainAxisSize: MainAxisSize.min, children: [
      ListTile(title: const Text('Kamera'), onTap: () => Navigator.pop(ctx{kamera})),
      ListTile(title: const Text('Galeri'), onTap: () => Navigator.of(ctx).pop({galeri})),
    ]),
  );
}"""


def test_a_dialog_result_asked_for_but_never_popped_is_rejected() -> None:
    dropped = SHEET.replace("{kamera}", "").replace("{galeri}", "")
    verdict = judge(JudgeInput("Bir bottom sheet aç ve seçimi geri döndür.", dropped))
    assert "the question asks for the dialog's result, but no pop returns a value" in verdict.reasons


def test_a_popped_result_or_a_question_that_asks_for_none_is_fine() -> None:
    returned = SHEET.replace("{kamera}", ", 'kamera'").replace("{galeri}", "'galeri'")
    assert judge(JudgeInput("Bir bottom sheet aç ve seçimi geri döndür.", returned)).correct
    dropped = SHEET.replace("{kamera}", "").replace("{galeri}", "")
    assert judge(JudgeInput("Alttan açılan bir menü göster.", dropped)).correct


PARSE = """DateTime oku(String metin) {
  final kalip = '{kalip}';
  return DateFormat(kalip, 'tr_TR').parse(metin);
}"""


def test_a_date_pattern_that_cannot_read_the_questions_sample_is_rejected() -> None:
    question = "'25.11.2024' şeklinde gelen bir tarih string'ini DateTime'a dönüştür"
    verdict = judge(JudgeInput(question, PARSE.replace("{kalip}", "d. MMMM y")))
    assert "DateFormat('d. MMMM y') cannot parse the question's '25.11.2024'" in verdict.reasons


def test_a_matching_pattern_or_a_question_without_one_sample_is_fine() -> None:
    question = "'25.11.2024' şeklinde gelen bir tarih string'ini DateTime'a dönüştür"
    assert judge(JudgeInput(question, PARSE.replace("{kalip}", "dd.MM.yyyy"))).correct
    assert judge(JudgeInput("'5 Mart 2024' metnini oku", PARSE.replace("{kalip}", "d MMMM y"))).correct
    assert judge(JudgeInput("Bir tarih metnini oku", PARSE.replace("{kalip}", "d. MMMM y"))).correct


def test_a_non_nullable_return_type_with_no_return_in_its_body_is_found() -> None:
    code = """class RaporServisi {
  int sayimi(String kelime) {
    // buraya yazılacak
  }

  Future<List<String>> kelimeler() async {
    await Future<void>.delayed(const Duration(milliseconds: 10));
  }

  List<String> get basliklar {
    final liste = <String>['a'];
  }
}

class Kart extends StatelessWidget {
  const Kart({super.key});

  @override
  Widget build(BuildContext context) {
    final yazi = Text('Merhaba');
  }
}
"""
    found = [(f.line, f.message) for f in sanity_findings(code) if f.check == "missing-return"]
    assert [line for line, _ in found] == [1, 5, 9, 18]
    assert "'kelimeler' must return a Future<List<String>>" in found[1][1]
    assert any(r.startswith("missing-return") for r in judge(JudgeInput("q", code)).reasons)


def test_returns_throws_nullable_void_generic_generator_and_async_void_bodies_pass() -> None:
    code = """int? belki() {}
void yaz() {}
dynamic herhangi() {}
T ilk<T>(List<T> liste) {
  for (final x in liste) {
    return x;
  }
  throw StateError('boş');
}
Iterable<int> sayilar() sync* {
  yield 1;
}
Future<void> bekle() async {
  await Future<void>.delayed(Duration.zero);
}
Future<int?> bul() async {}
int sonsuz() {
  while (true) {}
}
String tekrar() {
  try {
    return 'ok';
  } catch (e) {
    rethrow;
  }
}
int ic() {
  final f = () {
    return 2;
  };
  return f();
}
"""
    assert not [f for f in sanity_findings(code) if f.check == "missing-return"]


def test_a_future_returned_where_the_function_declares_its_value_is_found() -> None:
    code = """class Urun {
  const Urun(this.fiyat);
  final double fiyat;
}

double toplam(Stream<Urun> urunler) => urunler.fold<double>(0, (t, u) => t + u.fiyat);

String govde(Uri adres) {
  final yanit = http.get(adres);
  return yanit;
}
"""
    found = [f.line for f in sanity_findings(code) if f.check == "future-return"]
    assert found == [5, 9]
    assert any(r.startswith("future-return") for r in judge(JudgeInput("q", code)).reasons)


def test_a_future_returned_as_a_future_or_awaited_in_an_async_body_passes() -> None:
    code = """class Urun {
  const Urun(this.fiyat);
  final double fiyat;
}

Future<double> toplam(Stream<Urun> urunler) => urunler.fold<double>(0, (t, u) => t + u.fiyat);

Future<String> govde(Uri adres) async {
  final yanit = await http.get(adres);
  return yanit.body;
}

int say(List<int> sayilar) => sayilar.fold(0, (a, b) => a + b);
"""
    assert not [f for f in sanity_findings(code) if f.check == "future-return"]


def test_a_field_parameter_final_local_widget_or_platform_inside_const_is_found() -> None:
    code = """class Baslik extends StatefulWidget {
  const Baslik({super.key, required this.metin});
  final String metin;

  @override
  State<Baslik> createState() => _BaslikState();
}

class _BaslikState extends State<Baslik> {
  @override
  Widget build(BuildContext context) {
    final boyut = 18.0;
    return const Column(
      children: [
        Text(widget.metin),
        Text('x', style: TextStyle(fontSize: boyut)),
      ],
    );
  }
}

Widget etiket(String yazi) => const Chip(label: Text(yazi));
Widget kok() => const MaterialApp(home: Platform.isIOS ? Text('iOS') : Text('Android'));
"""
    found = sorted((f.line, f.message.split("'")[1]) for f in sanity_findings(code) if f.check == "const-nonconstant")
    assert found == [(14, "widget"), (15, "boyut"), (21, "yazi"), (22, "Platform.isIOS")]
    assert any(r.startswith("const-nonconstant") for r in judge(JudgeInput("q", code)).reasons)


def test_constants_labels_members_and_names_the_snippet_does_not_declare_pass_inside_const() -> None:
    code = """const double kBosluk = 12;

class Kart extends StatelessWidget {
  const Kart({super.key});
  static const renk = Colors.teal;

  @override
  Widget build(BuildContext context) {
    const yazi = 'Merhaba';
    return const Padding(
      padding: EdgeInsets.all(kBosluk),
      child: Text(yazi, style: TextStyle(color: renk, fontWeight: FontWeight.bold)),
    );
  }
}

Widget ikon() => const Icon(Icons.add, size: kVarsayilan);
"""
    assert not [f for f in sanity_findings(code) if f.check == "const-nonconstant"]


def test_a_named_constructor_inside_const_is_not_the_field_of_the_same_name() -> None:
    code = """import 'package:flutter/material.dart';

class FestivalTheme {
  static const Color _neon = Color(0xFF39FF14);
  static final ThemeData dark = ThemeData(
    colorScheme: const ColorScheme.dark(primary: _neon),
  );
  static final Color light = Colors.pink.shade100;
  static final ThemeData pale = ThemeData(colorScheme: const ColorScheme.light(primary: light));
}
"""
    found = [f.message for f in sanity_findings(code) if f.check == "const-nonconstant"]
    assert len(found) == 1 and "'light'" in found[0]  # the field ``light`` as a value still counts


def test_a_future_declared_function_that_is_not_async_and_returns_a_literal_is_found() -> None:
    code = """Future<List<String>> sehirler() {
  return ['Ankara', 'İzmir'];
}

Future<int> sayac() => 3;

class Depo {
  Future<Map<String, int>> stok() {
    return {'elma': 4};
  }
}
"""
    found = [f.line for f in sanity_findings(code) if f.check == "future-literal"]
    assert found == [1, 4, 8]
    assert any(r.startswith("future-literal") for r in judge(JudgeInput("q", code)).reasons)


def test_async_bodies_future_value_and_other_return_types_pass_the_literal_rule() -> None:
    code = """Future<List<String>> sehirler() async {
  return ['Ankara', 'İzmir'];
}

Future<int> sayac() => Future.value(3);

Stream<int> akis() async* {
  yield 1;
}

List<String> adlar() {
  return ['a'];
}
"""
    assert not [f for f in sanity_findings(code) if f.check == "future-literal"]


WIDGET_WITH_TITLE = """class Kart extends StatefulWidget {
  const Kart({super.key, required this.baslik, this.onSecildi});
  final String baslik;
  final VoidCallback? onSecildi;

  @override
  State<Kart> createState() => _KartState();
}

class _KartState extends State<Kart> {
  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text(widget.baslik),
      onTap: () => widget.onKaydet(widget.baslik),
      trailing: Text('${widget.altBaslik}'),
    );
  }
}
"""


def test_a_member_the_files_widget_does_not_declare_read_through_widget_is_found() -> None:
    found = [(f.line, f.message) for f in sanity_findings(WIDGET_WITH_TITLE) if f.check == "widget-member"]
    assert [line for line, _ in found] == [14, 15]
    assert "onKaydet" in found[0][1] and "altBaslik" in found[1][1]


def test_declared_members_framework_members_and_widgets_of_other_files_pass() -> None:
    declared = WIDGET_WITH_TITLE.replace("widget.onKaydet(widget.baslik)", "widget.onSecildi?.call()")
    declared = declared.replace("widget.altBaslik", "widget.key")
    assert not [f for f in sanity_findings(declared) if f.check == "widget-member"]
    elsewhere = declared.split("class _KartState")[1].replace("widget.key", "widget.altBaslik")
    assert not [f for f in sanity_findings("class _KartState" + elsewhere) if f.check == "widget-member"]
    mixed = WIDGET_WITH_TITLE.replace("extends StatefulWidget", "extends StatefulWidget with Diagnosticable")
    assert not [f for f in sanity_findings(mixed) if f.check == "widget-member"]
    own = WIDGET_WITH_TITLE.replace(
        "Widget build(BuildContext context) {", "Widget build(BuildContext context) {\n    final widget = this.widget;"
    )
    assert not [f for f in sanity_findings(own) if f.check == "widget-member"]


OVERRIDE_FILE = """import 'package:flutter/material.dart';
import 'package:flutter_riverpod/flutter_riverpod.dart';
IMPORTS
void main() {
  runApp(
    ProviderScope(
      overrides: [
        // demo modunda apiClientProvider gerçek sunucu yerine FakeApiClient versin
      ],
      child: const MaterialApp(home: Text('tarifler')),
    ),
  );
}
"""


def _override_row(imports: str) -> InContextRow:
    return InContextRow(
        "ctx-state-001",
        "state",
        "element",
        OVERRIDE_FILE.replace("IMPORTS", imports),
        "apiClientProvider.overrideWithValue(FakeApiClient()),",
        ("overrideWithValue",),
    )


def test_names_the_comment_gives_are_declared_when_the_file_imports_the_apps_own_code() -> None:
    for imports in ("import 'api/api_client.dart';", "import 'package:recipes/api/client.dart';"):
        row = _override_row(imports)
        verdict = judge_in_context(row, row.answer)
        assert verdict.correct, verdict.reasons
        assert any("apiClientProvider" in note for note in verdict.notes)
    unnamed = _override_row("import 'api/api_client.dart';")
    assert not judge_in_context(unnamed, "otherProvider.overrideWithValue(FakeApiClient()),").correct


ZONE_FILE = """import 'package:flutter/material.dart';

import '../widgets/zone_detail.dart';

class ZonesPage extends StatelessWidget {
  const ZonesPage({super.key, required this.zones});

  final List<String> zones;

  void open(BuildContext context, String zone) {
    // seçilen bölgenin detay sayfasını aç
  }

  @override
  Widget build(BuildContext context) => ZoneDetail(zone: zones.first);
}
"""


def test_a_class_the_file_already_uses_is_no_invented_api_where_the_answer_uses_it_first() -> None:
    """``ZoneDetail`` reads as the known ``Zone`` + a word, but the file shows it further down: it exists."""
    row = InContextRow("ctx-navigation-001", "navigation", "statements", ZONE_FILE, "", ("push",))
    answer = "Navigator.of(context).push(MaterialPageRoute(builder: (_) => ZoneDetail(zone: zone)));"
    assert judge_in_context(row, answer).correct, judge_in_context(row, answer).reasons
    invented = answer.replace("ZoneDetail(", "ZoneDetailPage(")
    assert any("ZoneDetailPage" in r for r in judge_in_context(row, invented).reasons)
    local = ZONE_FILE.replace(
        "=> ZoneDetail(zone: zones.first);",
        "{\n    final first = zones.first;\n    return ZoneDetail(zone: first);\n  }",
    )
    other_scope = InContextRow("ctx-navigation-001", "navigation", "statements", local, "", ())
    assert any("'first'" in r for r in judge_in_context(other_scope, "debugPrint(first);").reasons)


def test_without_an_import_of_the_apps_code_a_name_from_the_comment_is_still_undefined() -> None:
    for imports in ("", "import 'package:dio/dio.dart';", "import 'dart:async';"):
        row = _override_row(imports)
        assert any(r.startswith("undefined-name") for r in judge_in_context(row, row.answer).reasons)


def test_a_named_argument_given_twice_is_found_on_every_occurrence() -> None:
    code = """Widget kod(TextEditingController c) {
  return TextField(
    controller: c,
    decoration: const InputDecoration(labelText: 'Kod'),
    keyboardType: TextInputType.number,
    decoration: const InputDecoration(labelText: 'Kod', counterText: ''),
  );
}
"""
    found = [f.line for f in sanity_findings(code) if f.check == "duplicate-named-argument"]
    assert found == [3, 5]
    distinct = code.replace("    decoration: const InputDecoration(labelText: 'Kod'),\n", "")
    assert not [f for f in sanity_findings(distinct) if f.check == "duplicate-named-argument"]


def test_mocktail_stubs_and_verifications_take_a_closure() -> None:
    """Read off the CPU adapter experiment's readings (ctx-testing-15202): mocktail's ``verifyNever`` given the
    call's result does not type-check; with mockito imported (whose API takes the result) nothing is found, nor for
    an AsyncValue's ``.when(`` or a closure written over two lines."""
    code = """import 'package:flutter_test/flutter_test.dart';
import 'package:mocktail/mocktail.dart';

void main() {
  test('boş mesaj gönderilmez', () async {
    await bloc.send('  ');
    verifyNever(repository.sendText(any(), any()));
    when(() => repository.load()).thenAnswer((_) async => []);
    verify(
      () => repository.save(any()),
    ).called(1);
    final shown = state.when(data: (d) => d, error: (e, s) => 0, loading: () => 1);
  });
}
"""
    found = [f for f in sanity_findings(code) if f.check == "mocktail-closure"]
    assert [(f.line, is_rejecting(f)) for f in found] == [(6, True)]
    assert "verifyNever(() => mock.method(...))" in found[0].message
    mockito = code.replace("package:mocktail/mocktail.dart", "package:mockito/mockito.dart")
    assert not [f for f in sanity_findings(mockito) if f.check == "mocktail-closure"]


def test_a_private_late_field_nothing_assigns_is_found() -> None:
    code = """class _SiparisState extends State<Siparis> {
  late Future<List<String>> _siparisler;
  late final Future<int> _toplam;
  late String baslik;
  late final _hazir = Future.value(1);

  @override
  void initState() {
    super.initState();
    _toplam = Future.value(3);
  }

  @override
  Widget build(BuildContext context) => FutureBuilder(future: _siparisler, builder: (c, s) => Text('$baslik'));
}
"""
    found = [(f.line, f.message) for f in sanity_findings(code) if f.check == "late-never-assigned"]
    assert [line for line, _ in found] == [1] and "_siparisler" in found[0][1]
    assigned = code.replace("_toplam = Future.value(3);", "_toplam = Future.value(3);\n    _siparisler ??= f();")
    assert not [f for f in sanity_findings(assigned) if f.check == "late-never-assigned"]
    in_parts = "part 'siparis.g.dart';\n" + code
    assert not [f for f in sanity_findings(in_parts) if f.check == "late-never-assigned"]


def test_objects_members_are_every_classs_and_the_motion_durations_are_known() -> None:
    code = """class Point {
  const Point(this.x);
  final int x;
  @override
  bool operator ==(Object other) => other is Point && other.runtimeType == runtimeType && other.x == x;
  @override
  int get hashCode => Object.hash(runtimeType, x);
}

final fade = Durations.medium4;
void log() => print(runtimeType);
"""
    found = [(f.check, f.line) for f in sanity_findings(code) if f.check in ("undefined-name", "unknown-type")]
    assert found == [("undefined-name", 10)]  # a top-level function has no runtimeType
    assert any(f.check == "unknown-static" for f in sanity_findings("final d = Durations.medium9;"))


def test_a_typed_pattern_declares_its_variable() -> None:
    """``case LaborLine labor:`` is a LaborLine inside the case, whatever a field named ``labor`` holds."""
    code = """class LaborLine {
  const LaborLine(this.hourlyRate, this.hours);
  final double hourlyRate;
  final double hours;
}

class Invoice {
  final double labor = 0;
  double total(List<Object> lines) {
    var sum = 0.0;
    for (final line in lines) {
      switch (line) {
        case LaborLine labor:
          sum += labor.hourlyRate * labor.hours;
      }
    }
    return sum;
  }
}
"""
    assert [f for f in sanity_findings(code) if f.check == "unknown-member"] == []


def test_the_material_theme_widgets_are_known() -> None:
    """``ListTileTheme``, ``ChipTheme`` and the other inherited theme widgets (an author's correct answer was
    rejected as an unknown type); their constructors still check their named arguments."""
    code = """Widget themed(BuildContext context, Widget tile, Widget chip) => ListTileTheme(
      textColor: Colors.white,
      child: ChipTheme(
        data: ChipTheme.of(context).copyWith(backgroundColor: Colors.teal),
        child: ExpansionTileTheme(data: const ExpansionTileThemeData(), child: Column(children: [tile, chip])),
      ),
    );
"""
    assert [f.check for f in sanity_findings(code) if is_rejecting(f)] == []
    wrong = code.replace("textColor:", "textColour:")
    assert [f.check for f in sanity_findings(wrong) if is_rejecting(f)] == ["unknown-named-argument"]


def test_an_awaited_value_of_a_known_async_api_has_its_class() -> None:
    """``final photo = await _picker.pickImage(…)`` is an ``XFile`` (the vocabulary drops a Future's type argument,
    so an invented ``photo.bytes`` passed); the same for a documents directory and the preferences."""
    code = """import 'package:image_picker/image_picker.dart';

class ReceiptService {
  final ImagePicker _picker = ImagePicker();

  Future<void> attach() async {
    final photo = await _picker.pickImage(source: ImageSource.camera);
    if (photo == null) return;
    final directory = await getApplicationDocumentsDirectory();
    final prefs = await SharedPreferences.getInstance();
    print([photo.path, await photo.readAsBytes(), directory.path, prefs.getString('k')]);
    print([photo.bytes, directory.openFile, prefs.putString]);
  }
}
"""
    found = sorted((f.line, f.message) for f in sanity_findings(code) if f.check == "unknown-member")
    assert found == [
        (11, "Directory has no member 'openFile'"),
        (11, "SharedPreferences has no member 'putString'"),
        (11, "XFile has no member 'bytes'"),
    ]


def test_a_for_in_loop_variable_is_declared() -> None:
    """``for (final p in parts) … p.label``: ``p`` is the loop's variable, not the ``path`` package's prefix (a batch 11
    author's correct answer got an undeclared-prefix note)."""
    code = """import 'package:flutter/material.dart';

Widget parts(List<VoicePart> parts) => Column(children: [for (final p in parts) Text(p.label)]);

void log(List<VoicePart> parts) {
  for (final VoicePart p in parts) {
    debugPrint(p.label);
  }
}
"""
    assert not [f for f in sanity_findings(code) if f.check == "undeclared-prefix"]
    assert [f.check for f in sanity_findings("void f() => print(p.join('a', 'b'));")] == ["undeclared-prefix"]
