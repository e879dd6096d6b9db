# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 11 (holdout-k2): 10 hand-written rows, 2 per position
(statements, callback, class_body, element, argument), topics platform, images_assets, testing, performance, forms
(2 each, spread over the positions); app domains a scuba-diving log app (DalisLog: dives with depth profile
samples, dive computers synced over a native Bluetooth bridge, dive sites with cover photos, nitrox gas mixes and
maximum operating depth, buddies, tank pressures) and a wedding-photographer proofing app (KareProva: proof
galleries of a couple, watermarked preview photos, selections sent to the photographer, album approval before
print).

Run: .venv/bin/python experiments/in-context-authoring/holdout-k2.py  -> data/in_context/drafts/holdout-k2.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-k2", "holdk2")
row = ROWS.row


# ================================================================ statements

# Parts: call 'downloadDives' on the platform channel with the serial and the last sync time in milliseconds;
# a PlatformException gives an empty list (a try/catch: no control-flow check can say "inside the catch").
row(
    "platform",
    "statements",
    r"""
import 'package:flutter/services.dart';

import '../models/dive.dart';
import '../models/dive_computer.dart';
import '../repositories/dive_repository.dart';

/// Talks to the native dive computer bridge (Bluetooth LE on Android and iOS).
class DiveComputerSync {
  DiveComputerSync(this._repository);

  static const _channel = MethodChannel('app.dalislog/dive_computer');

  final DiveRepository _repository;

  Future<List<DiveComputer>> pairedComputers() async {
    final raw = await _channel.invokeListMethod<Map<Object?, Object?>>('pairedComputers');
    return (raw ?? const []).map(DiveComputer.fromPlatform).toList();
  }

  Future<bool> isBluetoothOn() async {
    final on = await _channel.invokeMethod<bool>('isBluetoothOn');
    return on ?? false;
  }

  Future<List<Dive>> downloadNewDives(DiveComputer computer) async {
    final lastSync = await _repository.lastSyncOf(computer.serial);
    // seri no ve son senkron zamanı (ms) ile 'downloadDives' çağır, PlatformException gelirse boş liste dön
    final dives = raw.map(Dive.fromPlatform).where((dive) => dive.samples.isNotEmpty).toList();
    await _repository.saveAll(dives);
    await _repository.setLastSync(computer.serial, DateTime.now());
    return dives;
  }

  Future<void> forget(DiveComputer computer) async {
    await _channel.invokeMethod<void>('forget', {'serial': computer.serial});
    await _repository.setLastSync(computer.serial, null);
  }
}
""",
    r"""
final List<Map<Object?, Object?>> raw;
try {
  raw = await _channel.invokeListMethod<Map<Object?, Object?>>('downloadDives', {
        'serial': computer.serial,
        'since': lastSync?.millisecondsSinceEpoch,
      }) ??
      const [];
} on PlatformException {
  return const [];
}
""",
    [
        "_channel.invokeListMethod | _channel.invokeMethod",
        "computer.serial",
        "lastSync",
        "millisecondsSinceEpoch",
        "PlatformException",
        "return",
    ],
    must_not=["EventChannel", "microsecondsSinceEpoch", "toIso8601String", "rethrow"],
    checks=["call .invokeListMethod | .invokeMethod > 'downloadDives'"],
)

# Parts: the image cache holds at most 250 images and at most 400 MB (an assignment's value cannot be tied to its
# property by a check: two literals).
row(
    "performance",
    "statements",
    r"""
import 'package:flutter/foundation.dart';
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import 'router.dart';
import 'services/proofing_api.dart';
import 'services/selection_store.dart';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  // galerilerde yüzlerce büyük prova var: resim önbelleği en fazla 250 resim ve 400 MB tutsun
  FlutterError.onError = (details) {
    FlutterError.presentError(details);
    if (kReleaseMode) ProofingApi.reportError(details.exception, details.stack);
  };
  final api = ProofingApi(
    baseUrl: const String.fromEnvironment('API_URL', defaultValue: 'https://api.kareprova.app'),
  );
  final store = await SelectionStore.open();
  runApp(
    MultiProvider(
      providers: [
        Provider<ProofingApi>.value(value: api),
        ChangeNotifierProvider<SelectionStore>.value(value: store),
      ],
      child: const KareProvaApp(),
    ),
  );
}

class KareProvaApp extends StatelessWidget {
  const KareProvaApp({super.key});

  static const _seed = Color(0xFFB08968);

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(
      title: 'Kare Prova',
      debugShowCheckedModeBanner: false,
      theme: ThemeData(
        colorScheme: ColorScheme.fromSeed(seedColor: _seed),
        fontFamily: 'Cormorant',
      ),
      darkTheme: ThemeData(
        colorScheme: ColorScheme.fromSeed(seedColor: _seed, brightness: Brightness.dark),
        fontFamily: 'Cormorant',
      ),
      routerConfig: appRouter,
    );
  }
}
""",
    r"""
PaintingBinding.instance.imageCache
  ..maximumSize = 250
  ..maximumSizeBytes = 400 * 1024 * 1024;
""",
    ["imageCache", "maximumSize", "maximumSizeBytes"],
    must_not=["clear()", "evict"],
    checks=["literal 250", "literal 400 | 419430400 | 400000000"],
)


# ================================================================ callback

# Steps: the page is pumped, p1 and p3 are tapped before 'Seçimi gönder', and the expectation comes last.
row(
    "testing",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:kareprova/models/proof_gallery.dart';
import 'package:kareprova/models/proof_photo.dart';
import 'package:kareprova/screens/proof_gallery_page.dart';

import '../fakes/fake_proofing_api.dart';

final _gallery = ProofGallery(
  id: 'g7',
  coupleName: 'Elif & Can',
  photos: [
    ProofPhoto(id: 'p1', previewUrl: 'https://cdn.test/p1.jpg'),
    ProofPhoto(id: 'p2', previewUrl: 'https://cdn.test/p2.jpg'),
    ProofPhoto(id: 'p3', previewUrl: 'https://cdn.test/p3.jpg'),
  ],
  maxSelections: 2,
);

void main() {
  late FakeProofingApi api;

  setUp(() => api = FakeProofingApi());

  Future<void> pumpPage(WidgetTester tester) async {
    await tester.pumpWidget(MaterialApp(home: ProofGalleryPage(gallery: _gallery, api: api)));
    await tester.pumpAndSettle();
  }

  testWidgets('çiftin adı başlıkta görünür', (tester) async {
    await pumpPage(tester);

    expect(find.text('Elif & Can'), findsOneWidget);
  });

  testWidgets('seçilen fotoğraflar fotoğrafçıya gönderilir', (tester) async {
    // p1 ve p3'ün kalbine bas, sonra 'Seçimi gönder'e dokun; api'ye sadece bu ikisi gitmeli
  });

  testWidgets('seçim sınırı aşılınca uyarı çıkar', (tester) async {
    await pumpPage(tester);
    for (final id in ['p1', 'p2', 'p3']) {
      await tester.tap(find.byKey(ValueKey('heart-$id')));
      await tester.pump();
    }

    expect(find.text('En fazla 2 fotoğraf seçebilirsiniz'), findsOneWidget);
    expect(api.submittedSelections, isEmpty);
  });
}
""",
    r"""
await pumpPage(tester);
await tester.tap(find.byKey(const ValueKey('heart-p1')));
await tester.tap(find.byKey(const ValueKey('heart-p3')));
await tester.pump();
await tester.tap(find.text('Seçimi gönder'));
await tester.pumpAndSettle();

expect(api.submittedSelections.single, unorderedEquals(['p1', 'p3']));
""",
    [
        "pumpPage | tester.pumpWidget",
        "tester.tap",
        "tester.pump | tester.pumpAndSettle",
        "expect",
        "api.submittedSelections",
    ],
    must_not=["findsNothing"],
    checks=[
        "literal 'Seçimi gönder'",
        "order pumpPage | .pumpWidget < 'p1' < 'Seçimi gönder' < expect",
        "order 'p3' < 'Seçimi gönder'",
    ],
)

# Parts: O2 percentage parsed from the text, MOD at ppO2 1.4 in metres (fraction of O2: /100, factor 10),
# rounded down, written to _modController.
row(
    "forms",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/gas_mix.dart';

/// Gas section of the dive log form: O2 percentage and the resulting maximum operating depth.
class GasMixFields extends StatefulWidget {
  const GasMixFields({super.key, required this.initial, required this.onSaved});

  final GasMix initial;
  final ValueChanged<GasMix> onSaved;

  @override
  State<GasMixFields> createState() => _GasMixFieldsState();
}

class _GasMixFieldsState extends State<GasMixFields> {
  late final _o2Controller = TextEditingController(text: '${widget.initial.oxygenPercent}');
  final _modController = TextEditingController();

  @override
  void dispose() {
    _o2Controller.dispose();
    _modController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Row(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Expanded(
          child: TextFormField(
            controller: _o2Controller,
            decoration: const InputDecoration(labelText: 'O₂ (%)', helperText: 'Hava için 21'),
            keyboardType: TextInputType.number,
            inputFormatters: [FilteringTextInputFormatter.digitsOnly, LengthLimitingTextInputFormatter(3)],
            validator: (value) {
              final o2 = int.tryParse(value ?? '');
              if (o2 == null || o2 < 21 || o2 > 40) return '21 ile 40 arası bir değer girin';
              return null;
            },
            onChanged: (value) {
              // ppO2 1.4'e gore MOD'u hesapla, asagi yuvarlayip metre olarak _modController'a yaz
            },
            onSaved: (value) => widget.onSaved(GasMix(oxygenPercent: int.parse(value!))),
          ),
        ),
        const SizedBox(width: 12),
        Expanded(
          child: TextFormField(
            controller: _modController,
            readOnly: true,
            decoration: const InputDecoration(labelText: 'MOD (m)'),
          ),
        ),
      ],
    );
  }
}
""",
    r"""
final o2 = int.tryParse(value);
if (o2 == null || o2 <= 0) {
  _modController.clear();
  return;
}
final mod = (1.4 / (o2 / 100) - 1) * 10;
_modController.text = mod.floor().toString();
""",
    [
        "tryParse",
        "_modController.text",
        "floor | toInt | truncate | ~/",
    ],
    must_not=["round()", "ceil"],
    checks=["literal 1.4 | 140", "literal 10", "literal 100 | 140 | 0.01"],
)


# ================================================================ class_body

# Parts: precached in didChangeDependencies (initState has no MediaQuery for precacheImage yet): the watermark
# asset and the photo the viewer opens on (the same URL as its Image.network).
row(
    "images_assets",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/proof_photo.dart';
import '../widgets/selection_heart.dart';

class ProofViewer extends StatefulWidget {
  const ProofViewer({super.key, required this.photos, this.initialIndex = 0, required this.onToggle});

  final List<ProofPhoto> photos;
  final int initialIndex;
  final ValueChanged<ProofPhoto> onToggle;

  @override
  State<ProofViewer> createState() => _ProofViewerState();
}

class _ProofViewerState extends State<ProofViewer> {
  static const _watermark = AssetImage('assets/brand/watermark.png');

  late final PageController _pages = PageController(initialPage: widget.initialIndex);
  late int _index = widget.initialIndex;

  // filigranı ve açılan ilk fotoğrafı ilk karede hazır olsun diye önceden yükle

  @override
  void dispose() {
    _pages.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      backgroundColor: Colors.black,
      appBar: AppBar(title: Text('${_index + 1} / ${widget.photos.length}')),
      body: PageView.builder(
        controller: _pages,
        itemCount: widget.photos.length,
        onPageChanged: (i) => setState(() => _index = i),
        itemBuilder: (context, i) {
          final photo = widget.photos[i];
          return Stack(
            fit: StackFit.expand,
            children: [
              InteractiveViewer(child: Image.network(photo.previewUrl, fit: BoxFit.contain)),
              const Center(child: Opacity(opacity: 0.35, child: Image(image: _watermark, width: 220))),
              Positioned(
                right: 16,
                bottom: 16,
                child: SelectionHeart(selected: photo.isSelected, onPressed: () => widget.onToggle(photo)),
              ),
            ],
          );
        },
      ),
    );
  }
}
""",
    r"""
@override
void didChangeDependencies() {
  super.didChangeDependencies();
  precacheImage(_watermark, context);
  precacheImage(NetworkImage(widget.photos[widget.initialIndex].previewUrl), context);
}
""",
    [
        "didChangeDependencies",
        "precacheImage",
        "_watermark | AssetImage",
        "initialIndex | _index",
        "previewUrl",
    ],
    must_not=["initState"],
    checks=["call precacheImage > NetworkImage"],
)

# Condition: failNextSave set -> it is reset and a StateError thrown; otherwise the dives are added to saved.
row(
    "testing",
    "class_body",
    r"""
import 'package:dalislog/models/dive.dart';
import 'package:dalislog/models/dive_computer.dart';
import 'package:dalislog/repositories/dive_repository.dart';
import 'package:dalislog/services/dive_computer_sync.dart';
import 'package:flutter/services.dart';
import 'package:flutter_test/flutter_test.dart';

class FakeDiveRepository extends Fake implements DiveRepository {
  final saved = <Dive>[];
  final lastSyncs = <String, DateTime>{};
  bool failNextSave = false;

  @override
  Future<DateTime?> lastSyncOf(String serial) async => lastSyncs[serial];

  @override
  Future<void> setLastSync(String serial, DateTime? at) async {
    if (at == null) {
      lastSyncs.remove(serial);
    } else {
      lastSyncs[serial] = at;
    }
  }

  // saveAll: failNextSave açıksa bir kereliğine StateError fırlatsın, değilse dalışları saved'e eklesin
}

void main() {
  TestWidgetsFlutterBinding.ensureInitialized();
  const channel = MethodChannel('app.dalislog/dive_computer');
  final computer = DiveComputer(serial: 'SH-4412', model: 'Shearwater Peregrine');
  late FakeDiveRepository repository;

  setUp(() {
    repository = FakeDiveRepository();
    TestDefaultBinaryMessengerBinding.instance.defaultBinaryMessenger.setMockMethodCallHandler(channel, (call) async {
      if (call.method != 'downloadDives') return null;
      return [
        {
          'number': 214,
          'maxDepth': 28.4,
          'durationSeconds': 3120,
          'samples': [0.0, 12.5, 28.4, 15.0, 5.0, 0.0],
        },
      ];
    });
  });

  tearDown(() {
    TestDefaultBinaryMessengerBinding.instance.defaultBinaryMessenger.setMockMethodCallHandler(channel, null);
  });

  test('indirilen dalışlar kaydedilir ve senkron zamanı güncellenir', () async {
    final dives = await DiveComputerSync(repository).downloadNewDives(computer);

    expect(dives, hasLength(1));
    expect(repository.saved.single.maxDepth, 28.4);
    expect(repository.lastSyncs, contains('SH-4412'));
  });

  test('kayıt başarısız olursa senkron zamanı ilerlemez', () async {
    repository.failNextSave = true;

    await expectLater(DiveComputerSync(repository).downloadNewDives(computer), throwsStateError);
    expect(repository.lastSyncs, isEmpty);
  });
}
""",
    r"""
@override
Future<void> saveAll(List<Dive> dives) async {
  if (failNextSave) {
    failNextSave = false;
    throw StateError('Dalışlar kaydedilemedi');
  }
  saved.addAll(dives);
}
""",
    ["saveAll", "failNextSave = false", "StateError", "saved"],
    must_not=["Exception("],
    checks=[
        "call StateError",
        "when failNextSave > throw | Future.error",
        "when !failNextSave > .addAll | .add",
    ],
)


# ================================================================ element

# Parts: the profile painter of the file drawn 200 high, behind its own repaint boundary (or a CustomPaint hinted
# as complex and not changing, which the raster cache keeps).
row(
    "performance",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/dive.dart';
import '../widgets/dive_profile_painter.dart';
import '../widgets/stat_tile.dart';

class DiveDetailPage extends StatelessWidget {
  const DiveDetailPage({super.key, required this.dive});

  final Dive dive;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    final profile = DiveProfilePainter(
      samples: dive.samples,
      maxDepth: dive.maxDepth,
      lineColor: scheme.primary,
      fillColor: scheme.primaryContainer,
    );
    return Scaffold(
      appBar: AppBar(title: Text('#${dive.number} · ${dive.siteName}')),
      body: ListView(
        padding: const EdgeInsets.symmetric(vertical: 16),
        children: [
          // profil grafigi 200 yuksekliginde olsun, kaydirirken yeniden boyanmasin
          Padding(
            padding: const EdgeInsets.symmetric(horizontal: 16),
            child: Wrap(
              spacing: 12,
              runSpacing: 12,
              children: [
                StatTile(label: 'Maks. derinlik', value: '${dive.maxDepth.toStringAsFixed(1)} m'),
                StatTile(label: 'Süre', value: '${dive.duration.inMinutes} dk'),
                StatTile(label: 'Su sıcaklığı', value: '${dive.waterTemp} °C'),
                StatTile(label: 'Tüp', value: '${dive.startBar} → ${dive.endBar} bar'),
              ],
            ),
          ),
          const Divider(height: 32),
          ListTile(
            leading: const Icon(Icons.group_outlined),
            title: const Text('Eş dalıcı'),
            subtitle: Text(dive.buddy ?? '—'),
          ),
          ListTile(
            leading: const Icon(Icons.event),
            title: const Text('Tarih'),
            subtitle: Text(DateFormat.yMMMd('tr').add_Hm().format(dive.startedAt)),
          ),
          if (dive.notes.isNotEmpty) Padding(padding: const EdgeInsets.all(16), child: Text(dive.notes)),
        ],
      ),
    );
  }
}
""",
    r"""
RepaintBoundary(
  child: SizedBox(
    height: 200,
    width: double.infinity,
    child: CustomPaint(painter: profile),
  ),
),
""",
    ["RepaintBoundary | isComplex", "CustomPaint", "profile"],
    must_not=["DiveProfilePainter(", "setState"],
    checks=[
        "call CustomPaint(painter)",
        "call SizedBox | Size.fromHeight | Size | Container | ConstrainedBox | BoxConstraints.tightFor | LimitedBox > 200",
    ],
)

# Parts: a form field of the approval (validated with the form), a checkbox titled with the stated text, its
# change reported to the field, and the error text shown under it.
row(
    "forms",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/album_draft.dart';
import '../services/proofing_api.dart';

class AlbumApprovalForm extends StatefulWidget {
  const AlbumApprovalForm({super.key, required this.draft, required this.api});

  final AlbumDraft draft;
  final ProofingApi api;

  @override
  State<AlbumApprovalForm> createState() => _AlbumApprovalFormState();
}

class _AlbumApprovalFormState extends State<AlbumApprovalForm> {
  final _formKey = GlobalKey<FormState>();
  final _noteController = TextEditingController();
  bool _sending = false;

  @override
  void dispose() {
    _noteController.dispose();
    super.dispose();
  }

  Future<void> _submit() async {
    if (!_formKey.currentState!.validate()) return;
    setState(() => _sending = true);
    try {
      await widget.api.approveAlbum(widget.draft.id, note: _noteController.text.trim());
      if (!mounted) return;
      Navigator.of(context).pop(true);
    } finally {
      if (mounted) setState(() => _sending = false);
    }
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          Text(
            '${widget.draft.spreadCount} sayfa, ${widget.draft.photoCount} fotoğraf',
            style: Theme.of(context).textTheme.titleMedium,
          ),
          const SizedBox(height: 16),
          TextFormField(
            controller: _noteController,
            maxLines: 4,
            maxLength: 500,
            decoration: const InputDecoration(
              labelText: 'Fotoğrafçıya not (isteğe bağlı)',
              border: OutlineInputBorder(),
            ),
          ),
          // 'Baskıya gitmesini onaylıyorum' kutusu: işaretlenmeden form geçmesin, hata altında görünsün
          const SizedBox(height: 24),
          FilledButton(
            onPressed: _sending ? null : _submit,
            child: _sending
                ? const SizedBox.square(dimension: 20, child: CircularProgressIndicator(strokeWidth: 2))
                : const Text('Albümü onayla'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
FormField<bool>(
  initialValue: false,
  validator: (value) => value == true ? null : 'Devam etmek için onay vermelisiniz',
  builder: (field) => Column(
    crossAxisAlignment: CrossAxisAlignment.start,
    children: [
      CheckboxListTile(
        value: field.value ?? false,
        onChanged: field.didChange,
        title: const Text('Baskıya gitmesini onaylıyorum'),
        controlAffinity: ListTileControlAffinity.leading,
        contentPadding: EdgeInsets.zero,
      ),
      if (field.hasError)
        Text(
          field.errorText!,
          style: TextStyle(color: Theme.of(context).colorScheme.error),
        ),
    ],
  ),
),
""",
    ["FormField", "validator", "CheckboxListTile | Checkbox", "didChange", "errorText"],
    must_not=["CheckboxFormField"],
    checks=["literal 'Baskıya gitmesini onaylıyorum'", "call FormField(validator, builder)"],
)


# ================================================================ argument

# Condition: only a blocked pop (didPop false) asks; only a confirmed dialog pops the page.
row(
    "platform",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/proof_gallery.dart';
import '../services/proofing_api.dart';
import '../widgets/proof_grid.dart';

class ProofSelectionPage extends StatefulWidget {
  const ProofSelectionPage({super.key, required this.gallery, required this.api});

  final ProofGallery gallery;
  final ProofingApi api;

  @override
  State<ProofSelectionPage> createState() => _ProofSelectionPageState();
}

class _ProofSelectionPageState extends State<ProofSelectionPage> {
  late final Set<String> _selected = {...widget.gallery.selectedIds};
  bool _dirty = false;

  void _toggle(String photoId) {
    setState(() {
      if (!_selected.remove(photoId)) _selected.add(photoId);
      _dirty = true;
    });
  }

  Future<bool> _confirmDiscard() async {
    final leave = await showDialog<bool>(
      context: context,
      builder: (context) => AlertDialog(
        title: const Text('Seçimler gönderilmedi'),
        content: const Text('Çıkarsanız bu oturumdaki seçimleriniz kaybolacak.'),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Kal')),
          TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Çık')),
        ],
      ),
    );
    return leave ?? false;
  }

  Future<void> _send() async {
    await widget.api.submitSelection(widget.gallery.id, _selected.toList());
    if (!mounted) return;
    setState(() => _dirty = false);
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('Seçimleriniz fotoğrafçıya iletildi')),
    );
  }

  @override
  Widget build(BuildContext context) {
    return PopScope(
      canPop: !_dirty,
      // geri basınca onay sor, Çık derse kapat
      child: Scaffold(
        appBar: AppBar(
          title: Text(widget.gallery.coupleName),
          actions: [
            TextButton(
              onPressed: _selected.isEmpty ? null : _send,
              child: Text('Gönder (${_selected.length})'),
            ),
          ],
        ),
        body: ProofGrid(photos: widget.gallery.photos, selectedIds: _selected, onToggle: _toggle),
      ),
    );
  }
}
""",
    r"""
onPopInvokedWithResult: (didPop, result) async {
  if (didPop) return;
  final leave = await _confirmDiscard();
  if (leave && context.mounted) Navigator.of(context).pop();
},
""",
    ["onPopInvokedWithResult", "_confirmDiscard", ".pop | maybePop"],
    must_not=["WillPopScope", "onWillPop", "onPopInvoked:", "SystemNavigator"],
    checks=[
        "when !didPop | popped > _confirmDiscard",
        "when _confirmDiscard > .pop | .maybePop",
    ],
)

# Condition: a frame loaded synchronously (from the cache) is shown as it is; otherwise the image fades in over
# 300 ms once its first frame arrives.
row(
    "images_assets",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/dive_site.dart';

/// Collapsing header of a dive site page: cover photo, site name and maximum depth.
class DiveSiteHeader extends StatelessWidget {
  const DiveSiteHeader({super.key, required this.site});

  final DiveSite site;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return SliverAppBar(
      expandedHeight: 260,
      pinned: true,
      flexibleSpace: FlexibleSpaceBar(
        title: Text(site.name),
        background: Stack(
          fit: StackFit.expand,
          children: [
            ColoredBox(color: theme.colorScheme.primaryContainer),
            Image.network(
              site.coverUrl,
              fit: BoxFit.cover,
              // onbellekten aninda geldiyse direkt goster, yoksa ilk kare gelince 300 ms'de belirsin
              errorBuilder: (context, error, stackTrace) => const Center(
                child: Icon(Icons.scuba_diving, size: 64, color: Colors.white70),
              ),
            ),
            const DecoratedBox(
              decoration: BoxDecoration(
                gradient: LinearGradient(
                  begin: Alignment.topCenter,
                  end: Alignment.bottomCenter,
                  colors: [Colors.transparent, Colors.black54],
                ),
              ),
            ),
            Positioned(
              right: 16,
              bottom: 56,
              child: Chip(
                avatar: const Icon(Icons.arrow_downward, size: 16),
                label: Text('${site.maxDepth} m'),
              ),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
frameBuilder: (context, child, frame, wasSynchronouslyLoaded) {
  if (wasSynchronouslyLoaded) return child;
  return AnimatedOpacity(
    opacity: frame == null ? 0 : 1,
    duration: const Duration(milliseconds: 300),
    curve: Curves.easeOut,
    child: child,
  );
},
""",
    [
        "frameBuilder",
        "wasSynchronouslyLoaded | synchronouslyLoaded | sync | isSync | wasSync | synchronous | loadedSync",
        "AnimatedOpacity | FadeTransition | AnimatedSwitcher | TweenAnimationBuilder",
        "frame",
    ],
    must_not=["loadingBuilder", "FadeInImage"],
    checks=[
        "call Duration(milliseconds: 300)",
        "when !wasSynchronouslyLoaded | synchronouslyLoaded | sync | isSync | wasSync | synchronous | loadedSync > AnimatedOpacity | FadeTransition | AnimatedSwitcher | TweenAnimationBuilder",
    ],
)


if __name__ == "__main__":
    ROWS.write()
