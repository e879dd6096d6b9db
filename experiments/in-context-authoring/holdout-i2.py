"""In-context held-out rows, batch 9 (holdout-i2): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics platform, images_assets, testing, performance
(5 each, one per position); app domains a ski-resort lift-pass app (ZirvePass) and a hotel housekeeping task app
(OdaTakip).

Run: .venv/bin/python experiments/in-context-authoring/holdout-i2.py  -> data/in_context/drafts/holdout-i2.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-i2", "holdi2")
row = ROWS.row


# ================================================================ statements

row(
    "platform",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/lift_pass.dart';
import '../widgets/pass_qr.dart';

/// Shown at the turnstile: the pass QR at full size.
class PassQrPage extends StatefulWidget {
  const PassQrPage({super.key, required this.pass});

  final LiftPass pass;

  @override
  State<PassQrPage> createState() => _PassQrPageState();
}

class _PassQrPageState extends State<PassQrPage> {
  static const _screen = MethodChannel('zirvepass/screen');

  @override
  void initState() {
    super.initState();
    // turnike okuyabilsin: native 'setBrightness' ile parlaklığı 1.0 yap, ekranı dikeye kilitle
  }

  @override
  void dispose() {
    _screen.invokeMethod<void>('resetBrightness');
    SystemChrome.setPreferredOrientations(DeviceOrientation.values);
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final pass = widget.pass;
    return Scaffold(
      backgroundColor: Colors.white,
      appBar: AppBar(title: Text(pass.productName)),
      body: SafeArea(
        child: Column(
          children: [
            const SizedBox(height: 24),
            Center(child: PassQr(data: pass.gateToken, size: 280)),
            const SizedBox(height: 16),
            Text(pass.holderName, style: Theme.of(context).textTheme.titleLarge),
            Text('Geçerli: ${pass.validFromLabel} – ${pass.validUntilLabel}'),
            const Spacer(),
            Padding(
              padding: const EdgeInsets.all(16),
              child: Text(
                'Telefonu turnikedeki okuyucuya 10 cm mesafede tutun.',
                textAlign: TextAlign.center,
                style: Theme.of(context).textTheme.bodySmall,
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
_screen.invokeMethod<void>('setBrightness', 1.0);
SystemChrome.setPreferredOrientations([DeviceOrientation.portraitUp]);
""",
    ["_screen.invokeMethod", "SystemChrome.setPreferredOrientations", "DeviceOrientation.portraitUp"],
    must_not=["landscapeLeft", "landscapeRight", "DeviceOrientation.values", "resetBrightness"],
    checks=["literal 'setBrightness'", "literal 1.0", "call SystemChrome.setPreferredOrientations"],
)

row(
    "images_assets",
    "statements",
    r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:image_picker/image_picker.dart';

import '../models/room_issue.dart';
import '../services/issue_service.dart';

class ReportIssuePage extends StatefulWidget {
  const ReportIssuePage({super.key, required this.roomNumber, required this.service});

  final String roomNumber;
  final IssueService service;

  @override
  State<ReportIssuePage> createState() => _ReportIssuePageState();
}

class _ReportIssuePageState extends State<ReportIssuePage> {
  final _picker = ImagePicker();
  final _note = TextEditingController();
  final List<XFile> _photos = [];
  IssueCategory _category = IssueCategory.damage;

  Future<void> _addPhoto() async {
    if (_photos.length >= 4) {
      ScaffoldMessenger.of(context).showSnackBar(
        const SnackBar(content: Text('En fazla 4 fotoğraf eklenebilir')),
      );
      return;
    }
    // kamerayı aç, 1280 px genişliğe küçült, kalite 70; vazgeçerse bir şey yapma, çekerse _photos'a ekle
  }

  Future<void> _submit() async {
    await widget.service.report(
      roomNumber: widget.roomNumber,
      category: _category,
      note: _note.text.trim(),
      photos: [for (final p in _photos) File(p.path)],
    );
    if (mounted) Navigator.pop(context);
  }

  @override
  void dispose() {
    _note.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('Oda ${widget.roomNumber} · Arıza bildir')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          SegmentedButton<IssueCategory>(
            segments: const [
              ButtonSegment(value: IssueCategory.damage, label: Text('Hasar')),
              ButtonSegment(value: IssueCategory.missingItem, label: Text('Eksik')),
              ButtonSegment(value: IssueCategory.maintenance, label: Text('Bakım')),
            ],
            selected: {_category},
            onSelectionChanged: (s) => setState(() => _category = s.first),
          ),
          const SizedBox(height: 12),
          TextField(controller: _note, maxLines: 3, decoration: const InputDecoration(labelText: 'Not')),
          const SizedBox(height: 12),
          Wrap(
            spacing: 8,
            runSpacing: 8,
            children: [
              for (final p in _photos) Image.file(File(p.path), width: 72, height: 72, fit: BoxFit.cover),
              IconButton.filledTonal(onPressed: _addPhoto, icon: const Icon(Icons.add_a_photo_outlined)),
            ],
          ),
        ],
      ),
      bottomNavigationBar: Padding(
        padding: const EdgeInsets.all(16),
        child: FilledButton(onPressed: _submit, child: const Text('Gönder')),
      ),
    );
  }
}
""",
    r"""
final shot = await _picker.pickImage(source: ImageSource.camera, maxWidth: 1280, imageQuality: 70);
if (shot == null) return;
setState(() => _photos.add(shot));
""",
    ["_picker.pickImage", "ImageSource.camera", "null", "setState", "_photos.add | _photos.insert | _photos = ["],
    must_not=["ImageSource.gallery", "getImage", "pickMultiImage"],
    checks=["call .pickImage(maxWidth: 1280)", "call .pickImage(imageQuality: 70)"],
)

row(
    "testing",
    "statements",
    r"""
import 'dart:async';
import 'dart:io';

import 'package:zirvepass/models/gate_scan.dart';
import 'package:zirvepass/models/lift_status.dart';
import 'package:zirvepass/services/lift_gate_api.dart';

/// Test double for the turnstile validation backend.
class FakeLiftGateApi implements LiftGateApi {
  FakeLiftGateApi({this.nextResult = const GateScanResult.accepted(remainingRides: 7)});

  GateScanResult nextResult;
  bool offline = false;
  Duration latency = Duration.zero;

  final List<String> validatedPassIds = [];
  final List<String> openedGates = [];
  final _liftStatus = StreamController<Map<String, LiftStatus>>.broadcast();

  void emitLiftStatus(Map<String, LiftStatus> status) => _liftStatus.add(status);

  @override
  Future<GateScanResult> validate({required String passId, required String gateId}) async {
    // passId'yi kaydet, latency kadar bekle; offline ise SocketException at, degilse nextResult don
  }

  @override
  Future<void> openGate(String gateId) async {
    if (offline) throw const SocketException('gate backend offline');
    openedGates.add(gateId);
  }

  @override
  Stream<Map<String, LiftStatus>> watchLiftStatus() => _liftStatus.stream;

  Future<void> close() => _liftStatus.close();
}
""",
    r"""
validatedPassIds.add(passId);
await Future<void>.delayed(latency);
if (offline) throw const SocketException('gate backend offline');
return nextResult;
""",
    [
        "validatedPassIds.add",
        "Future.delayed | Future<void>.delayed | Future<dynamic>.delayed | Future<Object?>.delayed | Timer",
        "latency",
        "offline",
        "throw | Future.error",
        "SocketException",
        "nextResult",
    ],
    must_not=["openedGates", "HttpException"],
    checks=["call SocketException"],
)

row(
    "performance",
    "statements",
    r"""
import 'package:sqflite/sqflite.dart';

import '../models/room.dart';

/// Local copy of the day's room board so housekeepers can keep working on floors without Wi-Fi.
class RoomCache {
  RoomCache(this._db);

  final Database _db;

  static const _schema = 'CREATE TABLE rooms('
      'number TEXT PRIMARY KEY, floor INTEGER NOT NULL, status TEXT NOT NULL, '
      'assigned_to TEXT, updated_at INTEGER NOT NULL)';

  static Future<RoomCache> open(String path) async {
    final db = await openDatabase(
      path,
      version: 2,
      onCreate: (db, _) => db.execute(_schema),
      onUpgrade: (db, _, __) async {
        await db.execute('DROP TABLE IF EXISTS rooms');
        await db.execute(_schema);
      },
    );
    return RoomCache(db);
  }

  Future<List<Room>> roomsOnFloor(int floor) async {
    final rows = await _db.query('rooms', where: 'floor = ?', whereArgs: [floor], orderBy: 'number');
    return rows.map(Room.fromMap).toList();
  }

  Future<void> replaceAll(List<Room> rooms) async {
    await _db.delete('rooms');
    // odalari tek tek insert etme, hepsini tek batch'te yaz; sonuclari geri isteme
  }

  Future<void> updateStatus(String number, RoomStatus status) async {
    await _db.update(
      'rooms',
      {'status': status.name, 'updated_at': DateTime.now().millisecondsSinceEpoch},
      where: 'number = ?',
      whereArgs: [number],
    );
  }
}
""",
    r"""
final batch = _db.batch();
for (final room in rooms) {
  batch.insert('rooms', room.toMap(), conflictAlgorithm: ConflictAlgorithm.replace);
}
await batch.commit(noResult: true);
""",
    ["batch", "insert", "rooms", "commit", "noResult: true"],
    must_not=["_db.insert", "Future.wait"],
    checks=["call .batch", "call .commit(noResult)", "literal 'rooms'"],
)


# ================================================================ callback

row(
    "platform",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/cleaning_task.dart';
import '../widgets/checklist_tile.dart';

class RoomChecklistPage extends StatefulWidget {
  const RoomChecklistPage({super.key, required this.task, required this.onComplete});

  final CleaningTask task;
  final Future<void> Function(CleaningTask task) onComplete;

  @override
  State<RoomChecklistPage> createState() => _RoomChecklistPageState();
}

class _RoomChecklistPageState extends State<RoomChecklistPage> {
  late final Set<String> _done = {...widget.task.completedSteps};

  bool get _allDone => _done.length == widget.task.steps.length;

  void _toggle(String stepId, bool checked) {
    setState(() {
      if (checked) {
        _done.add(stepId);
      } else {
        _done.remove(stepId);
      }
    });
  }

  @override
  Widget build(BuildContext context) {
    final task = widget.task;
    return PopScope(
      canPop: _done.isEmpty || _allDone,
      onPopInvokedWithResult: (didPop, result) {
        // geri tuşuyla çıkılamadıysa 'Oda yarım kaldı' diye snackbar göster
      },
      child: Scaffold(
        appBar: AppBar(title: Text('Oda ${task.roomNumber} · ${task.typeLabel}')),
        body: ListView(
          children: [
            for (final step in task.steps)
              ChecklistTile(
                label: step.label,
                checked: _done.contains(step.id),
                onChanged: (v) => _toggle(step.id, v),
              ),
          ],
        ),
        floatingActionButton: FloatingActionButton.extended(
          onPressed: _allDone
              ? () async {
                  await widget.onComplete(task);
                  if (context.mounted) Navigator.pop(context);
                }
              : null,
          icon: const Icon(Icons.check),
          label: const Text('Oda hazır'),
        ),
      ),
    );
  }
}
""",
    r"""
if (didPop) return;
ScaffoldMessenger.of(context).showSnackBar(
  const SnackBar(content: Text('Oda yarım kaldı')),
);
""",
    ["didPop", "showSnackBar", "SnackBar"],
    must_not=["WillPopScope", "onWillPop", "Navigator.pop", "Navigator.of(context).pop"],
    checks=["literal 'Oda yarım kaldı'", "call SnackBar"],
)

row(
    "images_assets",
    "callback",
    r"""
import 'dart:typed_data';
import 'dart:ui' as ui;

import 'package:flutter/material.dart';
import 'package:flutter/rendering.dart';

import '../models/lift_pass.dart';
import '../widgets/pass_card_face.dart';

class PassDetailPage extends StatefulWidget {
  const PassDetailPage({super.key, required this.pass, required this.onSaveImage});

  final LiftPass pass;

  /// Writes PNG bytes to the photo gallery (the platform side lives in GallerySaver).
  final Future<void> Function(Uint8List pngBytes) onSaveImage;

  @override
  State<PassDetailPage> createState() => _PassDetailPageState();
}

class _PassDetailPageState extends State<PassDetailPage> {
  final _cardKey = GlobalKey();

  @override
  Widget build(BuildContext context) {
    final pass = widget.pass;
    return Scaffold(
      appBar: AppBar(title: Text(pass.productName)),
      body: ListView(
        padding: const EdgeInsets.all(20),
        children: [
          RepaintBoundary(
            key: _cardKey,
            child: PassCardFace(pass: pass),
          ),
          const SizedBox(height: 16),
          Text(
            'Pistte internet olmayabilir; kartı galeriye kaydedip kasada gösterebilirsiniz.',
            style: Theme.of(context).textTheme.bodySmall,
          ),
          const SizedBox(height: 24),
          OutlinedButton.icon(
            icon: const Icon(Icons.download_outlined),
            label: const Text('Galeriye kaydet'),
            onPressed: () async {
              // kartı 3 kat çözünürlükte png'ye çevir, baytları onSaveImage'e ver
            },
          ),
        ],
      ),
    );
  }
}
""",
    r"""
final boundary = _cardKey.currentContext!.findRenderObject()! as RenderRepaintBoundary;
final image = await boundary.toImage(pixelRatio: 3);
final data = await image.toByteData(format: ui.ImageByteFormat.png);
image.dispose();
if (data == null) return;
await widget.onSaveImage(data.buffer.asUint8List());
""",
    [
        "_cardKey",
        "RenderRepaintBoundary",
        "toImage | toImageSync",
        "toByteData",
        "ImageByteFormat.png",
        "asUint8List | Uint8List.view | Uint8List.sublistView",
        "widget.onSaveImage",
    ],
    must_not=["ImageByteFormat.rawRgba", "ImageByteFormat.rawStraightRgba", "Screenshot"],
    checks=["call .toImage | .toImageSync(pixelRatio: 3)", "call .toByteData(format: ImageByteFormat.png)"],
)

row(
    "testing",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:odatakip/models/room.dart';
import 'package:odatakip/screens/floor_board_page.dart';
import 'package:odatakip/services/room_repository.dart';

class FakeRoomRepository implements RoomRepository {
  int fetchCount = 0;
  List<Room> rooms = const [
    Room(number: '301', floor: 3, status: RoomStatus.dirty),
    Room(number: '302', floor: 3, status: RoomStatus.inspected),
    Room(number: '303', floor: 3, status: RoomStatus.occupied),
  ];

  @override
  Future<List<Room>> fetchFloor(int floor) async {
    fetchCount++;
    return rooms.where((r) => r.floor == floor).toList();
  }

  @override
  Future<void> updateStatus(String number, RoomStatus status) async {}
}

void main() {
  late FakeRoomRepository repository;

  setUp(() => repository = FakeRoomRepository());

  Widget host() => MaterialApp(home: FloorBoardPage(floor: 3, repository: repository));

  testWidgets('shows every room of the floor', (tester) async {
    await tester.pumpWidget(host());
    await tester.pumpAndSettle();

    expect(find.text('301'), findsOneWidget);
    expect(find.text('303'), findsOneWidget);
    expect(repository.fetchCount, 1);
  });

  testWidgets('pull to refresh loads the floor again', (tester) async {
    await tester.pumpWidget(host());
    await tester.pumpAndSettle();
    repository.rooms = const [Room(number: '301', floor: 3, status: RoomStatus.clean)];

    // listeyi aşağı çekip bırak, yenileme bitsin; fetchFloor 2 kez çağrılmış olmalı
  });
}
""",
    r"""
await tester.fling(find.byType(ListView), const Offset(0, 400), 1000);
await tester.pumpAndSettle();
expect(repository.fetchCount, 2);
""",
    [
        "fling | drag | dragFrom | flingFrom | timedDrag | timedDragFrom | startGesture",
        "pumpAndSettle | pump",
        "expect",
        "repository.fetchCount",
    ],
    must_not=["RefreshIndicatorState", "Offset(0, -", "Offset(0.0, -"],
    checks=["literal 2"],
)

row(
    "performance",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/piste.dart';
import '../widgets/piste_marker.dart';

class PisteMapPage extends StatelessWidget {
  const PisteMapPage({super.key, required this.pistes, required this.onPisteTap});

  static const _mapAsset = 'assets/maps/piste_map_2025.jpg';
  static const _mapAspect = 3200 / 2000;

  final List<Piste> pistes;
  final ValueChanged<Piste> onPisteTap;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Pist haritası')),
      body: SingleChildScrollView(
        child: AspectRatio(
          aspectRatio: _mapAspect,
          child: Stack(
            children: [
              Positioned.fill(
                child: LayoutBuilder(
                  builder: (context, constraints) {
                    // haritayi 3200 px tam boyutta acma; ekrandaki kutunun piksel genisligine gore kucuk decode et
                  },
                ),
              ),
              for (final p in pistes)
                Align(
                  alignment: Alignment(p.mapX * 2 - 1, p.mapY * 2 - 1),
                  child: PisteMarker(
                    piste: p,
                    onTap: () => onPisteTap(p),
                  ),
                ),
            ],
          ),
        ),
      ),
    );
  }
}
""",
    r"""
final dpr = MediaQuery.devicePixelRatioOf(context);
return Image.asset(
  _mapAsset,
  fit: BoxFit.cover,
  cacheWidth: (constraints.maxWidth * dpr).round(),
);
""",
    [
        "_mapAsset",
        "cacheWidth | ResizeImage",
        "constraints.maxWidth | constraints.biggest | constraints.constrainWidth",
        "devicePixelRatio | devicePixelRatioOf",
        "return",
    ],
    must_not=["cacheWidth: 3200", "Image.network"],
)


# ================================================================ class_body

row(
    "platform",
    "class_body",
    r"""
import 'dart:async';

import 'package:flutter/services.dart';

import '../models/scan_event.dart';

/// Wraps the built-in barcode reader of the handhelds the housekeeping team carries.
class HandheldScanner {
  HandheldScanner._();

  static final instance = HandheldScanner._();

  static const _control = MethodChannel('odatakip/scanner/control');
  static const _events = EventChannel('odatakip/scanner/events');

  bool _enabled = false;

  bool get isEnabled => _enabled;

  Future<bool> get isSupported async => await _control.invokeMethod<bool>('isSupported') ?? false;

  Future<void> enable() async {
    if (_enabled) return;
    await _control.invokeMethod<void>('enable', {
      'symbologies': ['qr', 'code128'],
    });
    _enabled = true;
  }

  Future<void> disable() async {
    if (!_enabled) return;
    await _control.invokeMethod<void>('disable');
    _enabled = false;
  }

  // okutulan her kapı etiketini ScanEvent olarak veren stream getter; native taraf Map gönderiyor

  Future<void> beep({bool error = false}) =>
      _control.invokeMethod<void>('beep', {'tone': error ? 'error' : 'ok'});
}
""",
    r"""
Stream<ScanEvent> get scans => _events
    .receiveBroadcastStream()
    .map((event) => ScanEvent.fromMap(Map<String, dynamic>.from(event as Map)));
""",
    ["Stream", "_events", "receiveBroadcastStream", "ScanEvent.fromMap"],
    must_not=["_control.invokeMethod", "_control.setMethodCallHandler"],
    checks=["call .receiveBroadcastStream", "call ScanEvent.fromMap"],
)

row(
    "images_assets",
    "class_body",
    r"""
import 'dart:convert';

import 'package:flutter/services.dart';

import '../models/lift.dart';

/// Lift and piste metadata bundled with the app; live status comes from LiftStatusApi.
class LiftCatalog {
  LiftCatalog({AssetBundle? bundle}) : _bundle = bundle ?? rootBundle;

  final AssetBundle _bundle;
  List<Lift>? _lifts;

  List<Lift> get lifts {
    final lifts = _lifts;
    if (lifts == null) throw StateError('LiftCatalog.load() has not completed');
    return lifts;
  }

  bool get isLoaded => _lifts != null;

  // assets/data/lifts.json'u bir kez okuyup _lifts'e yazan load() metodu

  Lift? byId(String id) {
    for (final lift in lifts) {
      if (lift.id == id) return lift;
    }
    return null;
  }

  List<Lift> inSector(String sector) => lifts.where((l) => l.sector == sector).toList();

  List<Lift> servingPiste(String pisteId) =>
      lifts.where((l) => l.topStationPistes.contains(pisteId)).toList();

  int get totalCapacityPerHour => lifts.fold(0, (sum, l) => sum + l.capacityPerHour);
}
""",
    r"""
Future<void> load() async {
  if (_lifts != null) return;
  final raw = await _bundle.loadString('assets/data/lifts.json');
  final data = jsonDecode(raw) as List<dynamic>;
  _lifts = [for (final item in data) Lift.fromJson(item as Map<String, dynamic>)];
}
""",
    [
        "load",
        "_bundle",
        "loadString | loadStructuredData",
        "jsonDecode | json.decode",
        "Lift.fromJson",
        "_lifts",
        "!= null | == null | isLoaded | ??=",
    ],
    must_not=["rootBundle", "File("],
    checks=["literal 'assets/data/lifts.json'"],
)

row(
    "testing",
    "class_body",
    r"""
import 'package:flutter_test/flutter_test.dart';
import 'package:odatakip/models/room.dart';
import 'package:odatakip/services/shift_planner.dart';

class _HasStatus extends CustomMatcher {
  _HasStatus(Object? matcher) : super('a room with status', 'status', matcher);

  // eşleşen Room'un status alanını döndür
}

Matcher hasStatus(RoomStatus status) => _HasStatus(status);

void main() {
  final planner = ShiftPlanner(staff: const ['Ayşe', 'Mehmet', 'Selin'], maxRoomsPerPerson: 14);

  final rooms = [
    for (var i = 1; i <= 30; i++)
      Room(
        number: '4${i.toString().padLeft(2, '0')}',
        floor: 4,
        status: i.isEven ? RoomStatus.checkout : RoomStatus.stayover,
      ),
  ];

  test('checkout rooms are cleaned before stayovers', () {
    final plan = planner.assign(rooms);

    expect(plan['Ayşe']!.first, hasStatus(RoomStatus.checkout));
    expect(plan['Selin']!.last, hasStatus(RoomStatus.stayover));
  });

  test('nobody gets more than the limit', () {
    final plan = planner.assign(rooms);

    for (final list in plan.values) {
      expect(list.length, lessThanOrEqualTo(14));
    }
  });

  test('out-of-order rooms are skipped', () {
    final plan = planner.assign([
      ...rooms,
      const Room(number: '431', floor: 4, status: RoomStatus.outOfOrder),
    ]);

    expect(plan.values.expand((l) => l), everyElement(isNot(hasStatus(RoomStatus.outOfOrder))));
  });
}
""",
    r"""
@override
Object? featureValueOf(dynamic actual) => (actual as Room).status;
""",
    ["featureValueOf", "status"],
    must_not=["describeMismatch", "matches("],
)

row(
    "performance",
    "class_body",
    r"""
import 'dart:ui' as ui;

import 'package:flutter/material.dart';

/// Elevation profile of today's runs, with a marker at the skier's current position.
class ElevationProfilePainter extends CustomPainter {
  ElevationProfilePainter({required this.altitudes, required this.progress, required this.lineColor});

  /// Altitude samples in metres, oldest first. The list is replaced, never mutated.
  final List<double> altitudes;

  /// 0..1 position of the marker along the profile.
  final double progress;
  final Color lineColor;

  @override
  void paint(Canvas canvas, Size size) {
    if (altitudes.length < 2) return;
    final minAlt = altitudes.reduce((a, b) => a < b ? a : b);
    final maxAlt = altitudes.reduce((a, b) => a > b ? a : b);
    final range = (maxAlt - minAlt).clamp(1.0, double.infinity);
    final dx = size.width / (altitudes.length - 1);
    double yAt(int i) => size.height - (altitudes[i] - minAlt) / range * size.height;

    final path = Path()..moveTo(0, yAt(0));
    for (var i = 1; i < altitudes.length; i++) {
      path.lineTo(i * dx, yAt(i));
    }
    canvas.drawPath(
      path,
      Paint()
        ..color = lineColor
        ..style = PaintingStyle.stroke
        ..strokeWidth = 2,
    );

    final fill = Path.from(path)
      ..lineTo(size.width, size.height)
      ..lineTo(0, size.height)
      ..close();
    canvas.drawPath(
      fill,
      Paint()
        ..shader = ui.Gradient.linear(Offset.zero, Offset(0, size.height), [
          lineColor.withValues(alpha: 0.35),
          lineColor.withValues(alpha: 0.0),
        ]),
    );

    final index = (progress * (altitudes.length - 1)).round();
    canvas.drawCircle(Offset(index * dx, yAt(index)), 5, Paint()..color = lineColor);
  }

  // sadece irtifa listesi, konum ya da renk degisince yeniden cizilsin
}
""",
    r"""
@override
bool shouldRepaint(ElevationProfilePainter oldDelegate) =>
    !identical(oldDelegate.altitudes, altitudes) ||
    oldDelegate.progress != progress ||
    oldDelegate.lineColor != lineColor;
""",
    ["shouldRepaint", "altitudes", "progress", "lineColor"],
    must_not=["=> true", "shouldRebuildSemantics"],
)


# ================================================================ element

row(
    "platform",
    "element",
    r"""
import 'package:flutter/material.dart';

import 'routes.dart';
import 'theme/zirve_colors.dart';

ThemeData buildZirveTheme(Brightness brightness) {
  final scheme = ColorScheme.fromSeed(seedColor: ZirveColors.glacier, brightness: brightness);
  return ThemeData(
    colorScheme: scheme,
    scaffoldBackgroundColor: brightness == Brightness.light ? ZirveColors.snow : scheme.surface,
    appBarTheme: AppBarTheme(
      backgroundColor: scheme.surface,
      foregroundColor: scheme.onSurface,
      centerTitle: false,
      elevation: 0,
    ),
    filledButtonTheme: FilledButtonThemeData(
      style: FilledButton.styleFrom(minimumSize: const Size.fromHeight(52)),
    ),
    pageTransitionsTheme: const PageTransitionsTheme(
      builders: {
        TargetPlatform.iOS: CupertinoPageTransitionsBuilder(),
        // Android'de de iOS'taki gibi sağdan kayan geçiş olsun
      },
    ),
  );
}

class ZirveApp extends StatelessWidget {
  const ZirveApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(
      title: 'ZirvePass',
      debugShowCheckedModeBanner: false,
      theme: buildZirveTheme(Brightness.light),
      darkTheme: buildZirveTheme(Brightness.dark),
      routerConfig: zirveRouter,
    );
  }
}
""",
    r"""
TargetPlatform.android: CupertinoPageTransitionsBuilder(),
""",
    ["TargetPlatform.android", "CupertinoPageTransitionsBuilder"],
    must_not=["ZoomPageTransitionsBuilder", "FadeUpwardsPageTransitionsBuilder", "TargetPlatform.iOS"],
)

row(
    "images_assets",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/staff_member.dart';

class HousekeepingDrawer extends StatelessWidget {
  const HousekeepingDrawer({
    super.key,
    required this.staff,
    required this.onOpenBoard,
    required this.onOpenLostAndFound,
    required this.onSignOut,
  });

  final StaffMember staff;
  final VoidCallback onOpenBoard;
  final VoidCallback onOpenLostAndFound;
  final VoidCallback onSignOut;

  @override
  Widget build(BuildContext context) {
    final text = Theme.of(context).textTheme;
    return Drawer(
      child: ListView(
        padding: EdgeInsets.zero,
        children: [
          DrawerHeader(
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                // otel logosu: koyu temada assets/branding/logo_dark.png, açık temada logo_light.png; yüksekliği 28
                const Spacer(),
                Text(staff.fullName, style: text.titleMedium),
                Text('${staff.roleLabel} · Kat ${staff.floors.join(', ')}', style: text.bodySmall),
              ],
            ),
          ),
          ListTile(
            leading: const Icon(Icons.grid_view),
            title: const Text('Oda panosu'),
            onTap: onOpenBoard,
          ),
          ListTile(
            leading: const Icon(Icons.inventory_2_outlined),
            title: const Text('Kayıp eşya'),
            onTap: onOpenLostAndFound,
          ),
          const Divider(),
          ListTile(
            leading: const Icon(Icons.logout),
            title: const Text('Vardiyayı kapat'),
            onTap: onSignOut,
          ),
        ],
      ),
    );
  }
}
""",
    r"""
Image.asset(
  Theme.of(context).brightness == Brightness.dark
      ? 'assets/branding/logo_dark.png'
      : 'assets/branding/logo_light.png',
  height: 28,
),
""",
    ["Image.asset | AssetImage", "brightness | Brightness | platformBrightnessOf"],
    must_not=["Image.network", "SvgPicture"],
    checks=["literal 'assets/branding/logo_dark.png'", "literal 'logo_light.png'", "literal 28"],
)

row(
    "testing",
    "element",
    r"""
import 'package:flutter_test/flutter_test.dart';
import 'package:zirvepass/models/lift_pass.dart';
import 'package:zirvepass/services/pass_validity.dart';

void main() {
  final validity = PassValidity(
    seasonStart: DateTime(2025, 12, 13),
    seasonEnd: DateTime(2026, 4, 5),
    liftsCloseAt: const Duration(hours: 16, minutes: 30),
  );

  final cases = <({PassType type, DateTime soldAt, DateTime scanAt, bool valid})>[
    (
      type: PassType.fullDay,
      soldAt: DateTime(2026, 1, 10, 8, 40),
      scanAt: DateTime(2026, 1, 10, 16, 29),
      valid: true,
    ),
    (
      type: PassType.fullDay,
      soldAt: DateTime(2026, 1, 10, 8, 40),
      scanAt: DateTime(2026, 1, 11, 9, 0),
      valid: false,
    ),
    (
      type: PassType.halfDayAfternoon,
      soldAt: DateTime(2026, 1, 10, 8, 40),
      scanAt: DateTime(2026, 1, 10, 13, 0),
      valid: true,
    ),
    // öğleden sonra bileti 12:59'da okutulursa henüz geçersiz olmalı
    (
      type: PassType.fourHours,
      soldAt: DateTime(2026, 1, 10, 10, 0),
      scanAt: DateTime(2026, 1, 10, 14, 1),
      valid: false,
    ),
  ];

  for (final c in cases) {
    test('${c.type.name} sold ${c.soldAt} scanned ${c.scanAt} -> ${c.valid}', () {
      expect(validity.isValid(c.type, soldAt: c.soldAt, scanAt: c.scanAt), c.valid);
    });
  }

  test('nothing is valid after the season ends', () {
    expect(
      validity.isValid(PassType.season, soldAt: DateTime(2025, 11, 1), scanAt: DateTime(2026, 4, 6, 10)),
      isFalse,
    );
  });
}
""",
    r"""
(
  type: PassType.halfDayAfternoon,
  soldAt: DateTime(2026, 1, 10, 8, 40),
  scanAt: DateTime(2026, 1, 10, 12, 59),
  valid: false,
),
""",
    ["PassType.halfDayAfternoon", "soldAt:", "scanAt:", "valid: false"],
    must_not=["valid: true", "PassType.fullDay"],
    checks=["call DateTime > 59"],
)

row(
    "performance",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/room.dart';
import '../widgets/room_row.dart';
import '../widgets/status_summary.dart';

class HotelBoardPage extends StatelessWidget {
  const HotelBoardPage({super.key, required this.rooms, required this.onRoomTap, required this.onRefresh});

  /// Every room of the hotel, already sorted by number.
  final List<Room> rooms;
  final ValueChanged<Room> onRoomTap;
  final Future<void> Function() onRefresh;

  @override
  Widget build(BuildContext context) {
    final counts = <RoomStatus, int>{};
    for (final r in rooms) {
      counts[r.status] = (counts[r.status] ?? 0) + 1;
    }
    return Scaffold(
      body: RefreshIndicator(
        onRefresh: onRefresh,
        child: CustomScrollView(
          slivers: [
            const SliverAppBar.medium(title: Text('Tüm odalar')),
            SliverToBoxAdapter(
              child: Padding(
                padding: const EdgeInsets.fromLTRB(16, 8, 16, 12),
                child: StatusSummary(counts: counts),
              ),
            ),
            // 450 oda var: satirlar sadece gorunurken kurulsun, liste her satirin 64 px sabit oldugunu bilsin
            const SliverPadding(padding: EdgeInsets.only(bottom: 88)),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
SliverFixedExtentList(
  itemExtent: 64,
  delegate: SliverChildBuilderDelegate(
    (context, index) => RoomRow(room: rooms[index], onTap: () => onRoomTap(rooms[index])),
    childCount: rooms.length,
  ),
),
""",
    [
        "SliverFixedExtentList | SliverPrototypeExtentList | itemExtent",
        "builder | SliverChildBuilderDelegate",
        "RoomRow",
        "rooms",
    ],
    must_not=["SliverChildListDelegate", "SliverToBoxAdapter", "shrinkWrap", "children:"],
    checks=["literal 64"],
)


# ================================================================ argument

row(
    "platform",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../services/auth_service.dart';

class StaffLoginPage extends StatefulWidget {
  const StaffLoginPage({super.key, required this.auth, required this.onSignedIn});

  final AuthService auth;
  final VoidCallback onSignedIn;

  @override
  State<StaffLoginPage> createState() => _StaffLoginPageState();
}

class _StaffLoginPageState extends State<StaffLoginPage> {
  final _staffNo = TextEditingController();
  final _pin = TextEditingController();
  bool _busy = false;
  String? _error;

  Future<void> _signIn() async {
    setState(() {
      _busy = true;
      _error = null;
    });
    final ok = await widget.auth.signIn(staffNo: _staffNo.text.trim(), pin: _pin.text);
    if (!mounted) return;
    setState(() {
      _busy = false;
      if (!ok) _error = 'Personel no ya da PIN hatalı';
    });
    if (ok) widget.onSignedIn();
  }

  @override
  void dispose() {
    _staffNo.dispose();
    _pin.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: SafeArea(
        child: Padding(
          padding: const EdgeInsets.all(24),
          child: Column(
            mainAxisAlignment: MainAxisAlignment.center,
            children: [
              TextField(
                controller: _staffNo,
                keyboardType: TextInputType.number,
                textInputAction: TextInputAction.next,
                decoration: const InputDecoration(labelText: 'Personel no'),
                // şifre yöneticisi bunu kullanıcı adı olarak doldurabilsin
              ),
              const SizedBox(height: 12),
              TextField(
                controller: _pin,
                obscureText: true,
                keyboardType: TextInputType.number,
                maxLength: 6,
                decoration: InputDecoration(labelText: 'PIN', errorText: _error),
                onSubmitted: (_) => _signIn(),
              ),
              const SizedBox(height: 24),
              FilledButton(
                onPressed: _busy ? null : _signIn,
                child: _busy
                    ? const SizedBox.square(dimension: 20, child: CircularProgressIndicator(strokeWidth: 2))
                    : const Text('Vardiyaya başla'),
              ),
            ],
          ),
        ),
      ),
    );
  }
}
""",
    r"""
autofillHints: const [AutofillHints.username],
""",
    ["autofillHints", "AutofillHints.username"],
    must_not=["AutofillHints.password", "AutofillHints.newUsername", "AutofillHints.email"],
)

row(
    "images_assets",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/lift_pass.dart';

class PassCard extends StatelessWidget {
  const PassCard({super.key, required this.pass, required this.onShowQr});

  final LiftPass pass;
  final VoidCallback onShowQr;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    final text = Theme.of(context).textTheme;
    final until = DateFormat('d MMM HH:mm', 'tr').format(pass.validUntil);
    final String? photoUrl = pass.holderPhotoUrl;
    return Card(
      clipBehavior: Clip.antiAlias,
      child: InkWell(
        onTap: onShowQr,
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: Row(
            children: [
              CircleAvatar(
                radius: 28,
                backgroundColor: scheme.secondaryContainer,
                backgroundImage: const AssetImage('assets/images/skier_silhouette.png'),
                // sahibin fotoğrafı varsa ağdan gelsin, yüklenene kadar siluet kalsın
              ),
              const SizedBox(width: 16),
              Expanded(
                child: Column(
                  crossAxisAlignment: CrossAxisAlignment.start,
                  children: [
                    Text(pass.holderName, style: text.titleMedium),
                    Text(pass.productName),
                    Text('Son geçerlilik: $until', style: text.bodySmall),
                  ],
                ),
              ),
              if (pass.ridesLeft != null) Chip(label: Text('${pass.ridesLeft} geçiş')),
              const Icon(Icons.qr_code_2),
            ],
          ),
        ),
      ),
    );
  }
}
""",
    r"""
foregroundImage: photoUrl == null ? null : NetworkImage(photoUrl),
""",
    ["foregroundImage", "NetworkImage | CachedNetworkImageProvider", "photoUrl"],
    must_not=["backgroundImage", "Image.network", "child:"],
)

row(
    "testing",
    "argument",
    r"""
import 'package:flutter_test/flutter_test.dart';
import 'package:http/http.dart' as http;
import 'package:http/testing.dart';
import 'package:odatakip/models/room.dart';
import 'package:odatakip/services/room_api.dart';

void main() {
  final baseUrl = Uri.parse('https://hk.example-hotel.com/api/');

  group('RoomApi.fetchFloor', () {
    test('parses the rooms of a floor', () async {
      final api = RoomApi(
        baseUrl: baseUrl,
        client: MockClient((request) async {
          expect(request.url.path, '/api/floors/5/rooms');
          return http.Response(
            '[{"number":"501","floor":5,"status":"dirty"},{"number":"502","floor":5,"status":"clean"}]',
            200,
            headers: {'content-type': 'application/json'},
          );
        }),
      );

      final rooms = await api.fetchFloor(5);

      expect(rooms.map((r) => r.number), ['501', '502']);
      expect(rooms.first.status, RoomStatus.dirty);
    });

    test('maps a server outage to RoomApiException', () async {
      final api = RoomApi(
        baseUrl: baseUrl,
        // her isteğe boş gövdeli 503 dönen sahte client
      );

      await expectLater(api.fetchFloor(5), throwsA(isA<RoomApiException>()));
    });
  });
}
""",
    r"""
client: MockClient((request) async => http.Response('', 503)),
""",
    ["client:", "MockClient", "Response"],
    must_not=["200", "throw"],
    checks=["literal 503", "call MockClient"],
)

row(
    "performance",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/lift_pass.dart';
import '../widgets/pass_qr.dart';

/// Gate screen: the frame around the QR pulses so staff can tell a live pass from a screenshot.
class LivePassQr extends StatefulWidget {
  const LivePassQr({super.key, required this.pass});

  final LiftPass pass;

  @override
  State<LivePassQr> createState() => _LivePassQrState();
}

class _LivePassQrState extends State<LivePassQr> with SingleTickerProviderStateMixin {
  late final AnimationController _pulse = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 1200),
  )..repeat(reverse: true);

  @override
  void dispose() {
    _pulse.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final pass = widget.pass;
    if (pass.isExpired) {
      return PassQr(data: pass.gateToken, size: 240, dimmed: true);
    }
    final scheme = Theme.of(context).colorScheme;
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        AnimatedBuilder(
          animation: _pulse,
          // QR her karede yeniden kurulmasın, bir kez kurulup builder'a verilsin
          builder: (context, child) {
            final t = Curves.easeInOut.transform(_pulse.value);
            return DecoratedBox(
              decoration: BoxDecoration(
                borderRadius: BorderRadius.circular(20),
                border: Border.all(color: Color.lerp(scheme.primary, scheme.tertiary, t)!, width: 3 + 3 * t),
              ),
              child: Padding(padding: const EdgeInsets.all(12), child: child),
            );
          },
        ),
        const SizedBox(height: 12),
        Text(pass.productName, style: Theme.of(context).textTheme.titleMedium),
        Text(pass.holderName),
      ],
    );
  }
}
""",
    r"""
child: PassQr(data: pass.gateToken, size: 240),
""",
    ["child:", "PassQr"],
    must_not=["setState", "_pulse.value", "dimmed: true"],
)


if __name__ == "__main__":
    ROWS.write()
