"""In-context held-out rows, batch 7 (holdout-g4): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics platform, images_assets, testing, performance
(5 each, one per position); app domains a photo-contest app and an HVAC technician field-service app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-g4.py  -> data/in_context/drafts/holdout-g4.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-g4", "holdg4")
row = ROWS.row


# ================================================================ statements

row(
    "platform",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/contest_entry.dart';
import '../widgets/vote_bar.dart';

class EntryFullscreenPage extends StatefulWidget {
  const EntryFullscreenPage({super.key, required this.entry, required this.onVote});

  final ContestEntry entry;
  final VoidCallback onVote;

  @override
  State<EntryFullscreenPage> createState() => _EntryFullscreenPageState();
}

class _EntryFullscreenPageState extends State<EntryFullscreenPage> {
  bool _showInfo = true;

  @override
  void initState() {
    super.initState();
    // durum ve gezinme çubuklarını gizle; telefon yan çevrilince fotoğraf da yatay dönebilsin
  }

  @override
  void dispose() {
    SystemChrome.setEnabledSystemUIMode(SystemUiMode.edgeToEdge);
    SystemChrome.setPreferredOrientations([DeviceOrientation.portraitUp]);
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final entry = widget.entry;
    return Scaffold(
      backgroundColor: Colors.black,
      body: GestureDetector(
        onTap: () => setState(() => _showInfo = !_showInfo),
        child: Stack(
          fit: StackFit.expand,
          children: [
            InteractiveViewer(
              maxScale: 5,
              child: Image.network(entry.fullUrl, fit: BoxFit.contain),
            ),
            if (_showInfo)
              Positioned(
                left: 0,
                right: 0,
                bottom: 0,
                child: VoteBar(
                  title: entry.title,
                  photographer: entry.photographerName,
                  votes: entry.voteCount,
                  onVote: widget.onVote,
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
SystemChrome.setEnabledSystemUIMode(SystemUiMode.immersiveSticky);
SystemChrome.setPreferredOrientations([
  DeviceOrientation.portraitUp,
  DeviceOrientation.landscapeLeft,
  DeviceOrientation.landscapeRight,
]);
""",
    [
        "setEnabledSystemUIMode",
        "SystemUiMode.immersiveSticky | SystemUiMode.immersive | SystemUiMode.leanBack | SystemUiMode.manual",
        "setPreferredOrientations",
        "DeviceOrientation.landscapeLeft | DeviceOrientation.landscapeRight | DeviceOrientation.values | []",
    ],
    must_not=["setEnabledSystemUIOverlays", "SystemUiMode.edgeToEdge"],
    checks=["call SystemChrome.setEnabledSystemUIMode", "call SystemChrome.setPreferredOrientations"],
)

row(
    "images_assets",
    "statements",
    r"""
import 'dart:io';
import 'dart:math' as math;

import 'package:flutter/material.dart';
import 'package:image_picker/image_picker.dart';

import '../models/contest.dart';
import '../services/submission_service.dart';

class SubmitEntryPage extends StatefulWidget {
  const SubmitEntryPage({super.key, required this.contest, required this.submissions});

  final Contest contest;
  final SubmissionService submissions;

  @override
  State<SubmitEntryPage> createState() => _SubmitEntryPageState();
}

class _SubmitEntryPageState extends State<SubmitEntryPage> {
  final _picker = ImagePicker();
  final _titleController = TextEditingController();
  File? _photo;
  String? _error;
  bool _sending = false;

  @override
  void dispose() {
    _titleController.dispose();
    super.dispose();
  }

  Future<void> _pickPhoto() async {
    final picked = await _picker.pickImage(source: ImageSource.gallery);
    if (picked == null) return;
    final bytes = await picked.readAsBytes();
    // çözünürlüğü kontrol et: kısa kenar 2000 pikselden azsa 'En az 2000 px olmalı' hatası göster, fotoğrafı alma
    setState(() {
      _photo = File(picked.path);
      _error = null;
    });
  }

  Future<void> _send() async {
    final photo = _photo;
    if (photo == null) return;
    setState(() => _sending = true);
    await widget.submissions.submit(widget.contest.id, photo, title: _titleController.text.trim());
    if (mounted) Navigator.of(context).pop(true);
  }

  @override
  Widget build(BuildContext context) {
    final photo = _photo;
    return Scaffold(
      appBar: AppBar(title: Text(widget.contest.title)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          AspectRatio(
            aspectRatio: 4 / 3,
            child: photo == null
                ? OutlinedButton.icon(
                    onPressed: _pickPhoto,
                    icon: const Icon(Icons.add_photo_alternate_outlined),
                    label: const Text('Fotoğraf seç'),
                  )
                : Image.file(photo, fit: BoxFit.cover),
          ),
          if (_error != null)
            Padding(
              padding: const EdgeInsets.only(top: 8),
              child: Text(_error!, style: TextStyle(color: Theme.of(context).colorScheme.error)),
            ),
          const SizedBox(height: 16),
          TextField(
            controller: _titleController,
            maxLength: math.min(60, widget.contest.maxTitleLength),
            decoration: const InputDecoration(labelText: 'Fotoğrafın adı'),
          ),
          FilledButton(
            onPressed: photo == null || _sending ? null : _send,
            child: const Text('Yarışmaya gönder'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
final image = await decodeImageFromList(bytes);
final shortSide = math.min(image.width, image.height);
image.dispose();
if (shortSide < 2000) {
  if (!mounted) return;
  setState(() => _error = 'En az 2000 px olmalı');
  return;
}
""",
    [
        "decodeImageFromList | instantiateImageCodec | ImageDescriptor | decodeImage | ImmutableBuffer",
        "width",
        "height",
        "_error",
        "setState",
        "return",
    ],
    must_not=["_photo ="],
    checks=["literal 2000", "literal 'En az 2000 px olmalı'", "call setState"],
)

row(
    "testing",
    "statements",
    r"""
import 'dart:io';

import 'package:flutter_test/flutter_test.dart';
import 'package:kadraj/services/entry_uploader.dart';
import 'package:kadraj/state/submission_controller.dart';

class FakeEntryUploader implements EntryUploader {
  final uploadedPaths = <String>[];
  bool failNext = false;

  @override
  Future<String> upload(File photo, {required String contestId}) async {
    // failNext açıksa bir kereliğine UploadException fırlat; değilse yolu kaydet ve 'entry-<sıra no>' döndür
  }
}

void main() {
  late FakeEntryUploader uploader;
  late SubmissionController controller;
  final photo = File('test/fixtures/sunset.jpg');

  setUp(() {
    uploader = FakeEntryUploader();
    controller = SubmissionController(uploader: uploader);
  });

  test('submits the photo and keeps the entry id', () async {
    await controller.submit(photo, contestId: 'golden-hour');

    expect(uploader.uploadedPaths, [photo.path]);
    expect(controller.lastEntryId, 'entry-1');
    expect(controller.error, isNull);
  });

  test('shows an error when the upload fails, then retries cleanly', () async {
    uploader.failNext = true;

    await controller.submit(photo, contestId: 'golden-hour');
    expect(controller.error, isNotNull);
    expect(uploader.uploadedPaths, isEmpty);

    await controller.submit(photo, contestId: 'golden-hour');
    expect(controller.error, isNull);
    expect(controller.lastEntryId, 'entry-1');
  });

  test('numbers entries in upload order', () async {
    await controller.submit(photo, contestId: 'golden-hour');
    await controller.submit(File('test/fixtures/harbour.jpg'), contestId: 'golden-hour');

    expect(controller.lastEntryId, 'entry-2');
  });
}
""",
    r"""
if (failNext) {
  failNext = false;
  throw UploadException('upload failed');
}
uploadedPaths.add(photo.path);
return 'entry-${uploadedPaths.length}';
""",
    ["failNext", "failNext = false", "throw | Future.error", "UploadException", "uploadedPaths", "photo.path", "return"],
    checks=["call UploadException", "literal 'entry-'"],
)

row(
    "performance",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/work_order.dart';
import '../widgets/work_order_tile.dart';

class DispatchBoard extends StatefulWidget {
  const DispatchBoard({super.key, required this.orders, required this.technicianId, required this.onOpen});

  final List<WorkOrder> orders;
  final String technicianId;
  final ValueChanged<WorkOrder> onOpen;

  @override
  State<DispatchBoard> createState() => _DispatchBoardState();
}

class _DispatchBoardState extends State<DispatchBoard> {
  late List<WorkOrder> _mine;

  List<WorkOrder> _computeMine() {
    return widget.orders.where((o) => o.assigneeId == widget.technicianId).toList()
      ..sort((a, b) {
        final byPriority = b.priority.index.compareTo(a.priority.index);
        return byPriority != 0 ? byPriority : a.scheduledAt.compareTo(b.scheduledAt);
      });
  }

  @override
  void initState() {
    super.initState();
    _mine = _computeMine();
  }

  @override
  void didUpdateWidget(covariant DispatchBoard oldWidget) {
    super.didUpdateWidget(oldWidget);
    // liste ya da teknisyen degistiyse _mine'i yeniden hesapla, degismediyse dokunma
  }

  @override
  Widget build(BuildContext context) {
    if (_mine.isEmpty) {
      return const Center(child: Text('Bugün için atanmış iş emri yok'));
    }
    return ListView.separated(
      itemCount: _mine.length,
      separatorBuilder: (_, __) => const Divider(height: 1),
      itemBuilder: (context, index) {
        final order = _mine[index];
        return WorkOrderTile(order: order, onTap: () => widget.onOpen(order));
      },
    );
  }
}
""",
    r"""
if (!identical(oldWidget.orders, widget.orders) || oldWidget.technicianId != widget.technicianId) {
  _mine = _computeMine();
}
""",
    ["oldWidget.orders", "oldWidget.technicianId", "_mine", "_computeMine | where"],
    must_not=["super.didUpdateWidget"],
)


# ================================================================ callback

row(
    "platform",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:url_launcher/url_launcher.dart';

import '../models/service_visit.dart';

class VisitContactCard extends StatelessWidget {
  const VisitContactCard({super.key, required this.visit, required this.onNavigate});

  final ServiceVisit visit;
  final VoidCallback onNavigate;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Card(
      margin: const EdgeInsets.all(12),
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(visit.customerName, style: theme.textTheme.titleMedium),
            const SizedBox(height: 4),
            Text(visit.address, style: theme.textTheme.bodyMedium),
            const SizedBox(height: 4),
            Text('Randevu: ${visit.windowLabel}', style: theme.textTheme.bodySmall),
            const SizedBox(height: 12),
            Row(
              children: [
                FilledButton.icon(
                  onPressed: () async {
                    // müşteriyi telefonla ara; arama açılamazsa 'Arama başlatılamadı' snackbar'ı göster
                  },
                  icon: const Icon(Icons.call),
                  label: const Text('Ara'),
                ),
                const SizedBox(width: 8),
                OutlinedButton.icon(
                  onPressed: onNavigate,
                  icon: const Icon(Icons.directions_car),
                  label: const Text('Yol tarifi'),
                ),
              ],
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
final uri = Uri(scheme: 'tel', path: visit.customerPhone);
final launched = await launchUrl(uri);
if (!launched && context.mounted) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Arama başlatılamadı')),
  );
}
""",
    ["launchUrl | launchUrlString", "ScaffoldMessenger", "showSnackBar", "SnackBar"],
    must_not=["launch(", "canLaunch("],
    checks=["literal 'tel'", "literal 'Arama başlatılamadı'", "call SnackBar"],
)

row(
    "images_assets",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/unit_photo.dart';

class UnitPhotoGrid extends StatelessWidget {
  const UnitPhotoGrid({super.key, required this.photos, required this.onOpen});

  final List<UnitPhoto> photos;
  final ValueChanged<UnitPhoto> onOpen;

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      padding: const EdgeInsets.all(8),
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
        crossAxisCount: 3,
        mainAxisSpacing: 6,
        crossAxisSpacing: 6,
      ),
      itemCount: photos.length,
      itemBuilder: (context, index) {
        final photo = photos[index];
        return GestureDetector(
          onTap: () => onOpen(photo),
          child: ClipRRect(
            borderRadius: BorderRadius.circular(8),
            child: Stack(
              fit: StackFit.expand,
              children: [
                ColoredBox(color: Colors.grey.shade200),
                Image.network(
                  photo.thumbnailUrl,
                  fit: BoxFit.cover,
                  frameBuilder: (context, child, frame, wasSynchronouslyLoaded) {
                    // önbellekten geldiyse direkt göster, değilse ilk kare gelince 250 ms'de yavaşça belirsin
                  },
                  errorBuilder: (context, error, stackTrace) => const Icon(Icons.broken_image_outlined),
                ),
                Positioned(
                  left: 4,
                  bottom: 4,
                  child: DecoratedBox(
                    decoration: BoxDecoration(color: Colors.black54, borderRadius: BorderRadius.circular(4)),
                    child: Padding(
                      padding: const EdgeInsets.symmetric(horizontal: 6, vertical: 2),
                      child: Text(
                        photo.isAfterService ? 'Sonra' : 'Önce',
                        style: const TextStyle(color: Colors.white, fontSize: 11),
                      ),
                    ),
                  ),
                ),
              ],
            ),
          ),
        );
      },
    );
  }
}
""",
    r"""
if (wasSynchronouslyLoaded) return child;
return AnimatedOpacity(
  opacity: frame == null ? 0 : 1,
  duration: const Duration(milliseconds: 250),
  curve: Curves.easeOut,
  child: child,
);
""",
    [
        "wasSynchronouslyLoaded",
        "frame",
        "AnimatedOpacity | FadeTransition | TweenAnimationBuilder | AnimatedSwitcher | FadeInImage",
        "child",
    ],
    must_not=["loadingBuilder", "loadingProgress"],
    checks=["literal 250"],
)

row(
    "testing",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:kadraj/models/contest.dart';
import 'package:kadraj/screens/vote_screen.dart';

import '../fakes/fake_vote_api.dart';

void main() {
  late FakeVoteApi api;

  setUp(() => api = FakeVoteApi());

  Contest contest() => Contest(id: 'street-2025', title: 'Sokak Fotoğrafçılığı', entryId: 'e-42');

  Widget app(Duration left) => MaterialApp(
        home: VoteScreen(contest: contest(), api: api, remaining: left),
      );

  testWidgets('vote button sends a vote while voting is open', (tester) async {
    await tester.pumpWidget(app(const Duration(minutes: 5)));

    await tester.tap(find.widgetWithText(FilledButton, 'Oy ver'));
    await tester.pump();

    expect(api.votes, ['e-42']);
    expect(find.text('Oyunuz alındı'), findsOneWidget);
  });

  testWidgets('voting closes when the countdown reaches zero', (tester) async {
    await tester.pumpWidget(app(const Duration(seconds: 30)));
    expect(find.text('00:30'), findsOneWidget);

    // 31 saniye ilerlet; 'Oylama kapandı' yazısı çıksın ve 'Oy ver' butonu pasif olsun
  });

  testWidgets('countdown shows minutes and seconds', (tester) async {
    await tester.pumpWidget(app(const Duration(minutes: 2, seconds: 5)));
    expect(find.text('02:05'), findsOneWidget);

    await tester.pump(const Duration(seconds: 1));
    expect(find.text('02:04'), findsOneWidget);
  });
}
""",
    r"""
await tester.pump(const Duration(seconds: 31));
expect(find.text('Oylama kapandı'), findsOneWidget);
final button = tester.widget<FilledButton>(find.widgetWithText(FilledButton, 'Oy ver'));
expect(button.onPressed, isNull);
""",
    ["tester.pump | tester.pumpAndSettle", "expect", "onPressed | enabled", "isNull | null | isFalse | false"],
    must_not=["pumpAndSettle()", "tester.tap"],
    checks=["literal 31", "literal 'Oylama kapandı'", "literal 'Oy ver'"],
)

row(
    "performance",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/contest_entry.dart';
import '../widgets/entry_tile.dart';

class GalleryPage extends StatefulWidget {
  const GalleryPage({super.key, required this.entries, required this.onOpen});

  final List<ContestEntry> entries;
  final ValueChanged<ContestEntry> onOpen;

  @override
  State<GalleryPage> createState() => _GalleryPageState();
}

class _GalleryPageState extends State<GalleryPage> {
  final _scrollController = ScrollController();
  bool _showBackToTop = false;

  @override
  void initState() {
    super.initState();
    _scrollController.addListener(() {
      // 'yukari cik' butonu 600 pikselden sonra gorunsun; setState sadece durum degisince cagrilsin
    });
  }

  @override
  void dispose() {
    _scrollController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Tüm katılımlar')),
      floatingActionButton: _showBackToTop
          ? FloatingActionButton.small(
              onPressed: () => _scrollController.animateTo(
                0,
                duration: const Duration(milliseconds: 400),
                curve: Curves.easeOutCubic,
              ),
              child: const Icon(Icons.arrow_upward),
            )
          : null,
      body: GridView.builder(
        controller: _scrollController,
        padding: const EdgeInsets.all(4),
        gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 2, childAspectRatio: 0.8),
        itemCount: widget.entries.length,
        itemBuilder: (context, index) {
          final entry = widget.entries[index];
          return EntryTile(entry: entry, onTap: () => widget.onOpen(entry));
        },
      ),
    );
  }
}
""",
    r"""
final show = _scrollController.offset > 600;
if (show != _showBackToTop) {
  setState(() => _showBackToTop = show);
}
""",
    [
        "offset | pixels",
        "_showBackToTop != | != _showBackToTop | _showBackToTop == | == _showBackToTop | !_showBackToTop",
        "setState",
    ],
    checks=["literal 600", "call setState"],
)


# ================================================================ class_body

row(
    "platform",
    "class_body",
    r"""
import 'package:flutter/widgets.dart';

import '../services/sync_service.dart';
import '../state/work_order_store.dart';

class SyncOnResume extends StatefulWidget {
  const SyncOnResume({super.key, required this.sync, required this.store, required this.child});

  final SyncService sync;
  final WorkOrderStore store;
  final Widget child;

  @override
  State<SyncOnResume> createState() => _SyncOnResumeState();
}

class _SyncOnResumeState extends State<SyncOnResume> with WidgetsBindingObserver {
  DateTime? _lastSync;
  bool _syncing = false;

  @override
  void initState() {
    super.initState();
    WidgetsBinding.instance.addObserver(this);
    _syncPending();
  }

  @override
  void dispose() {
    WidgetsBinding.instance.removeObserver(this);
    super.dispose();
  }

  Future<void> _syncPending() async {
    if (_syncing) return;
    _syncing = true;
    try {
      final sent = await widget.sync.pushPending(widget.store.pendingChanges);
      widget.store.markSynced(sent);
      _lastSync = DateTime.now();
    } finally {
      _syncing = false;
    }
  }

  // uygulama öne gelince bekleyenleri senkronize et, son senkrondan 2 dakika geçmediyse atla

  @override
  Widget build(BuildContext context) => widget.child;
}
""",
    r"""
@override
void didChangeAppLifecycleState(AppLifecycleState state) {
  if (state != AppLifecycleState.resumed) return;
  final last = _lastSync;
  if (last != null && DateTime.now().difference(last) < const Duration(minutes: 2)) return;
  _syncPending();
}
""",
    [
        "didChangeAppLifecycleState | AppLifecycleListener",
        "resumed | onResume",
        "_syncPending | pushPending",
        "_lastSync",
        "difference | isBefore | isAfter | subtract | add",
    ],
    must_not=["AppLifecycleState.paused", "AppLifecycleState.inactive"],
    checks=["literal 2 | 120 | 120000"],
)

row(
    "images_assets",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/contest_entry.dart';
import '../services/judging_service.dart';

class JudgingViewer extends StatefulWidget {
  const JudgingViewer({super.key, required this.entry, required this.judging});

  final ContestEntry entry;
  final JudgingService judging;

  @override
  State<JudgingViewer> createState() => _JudgingViewerState();
}

class _JudgingViewerState extends State<JudgingViewer> {
  late final NetworkImage _full = NetworkImage(widget.entry.fullResUrl);
  double _score = 5;

  Future<void> _submit() async {
    await widget.judging.score(widget.entry.id, _score.round());
    if (mounted) Navigator.of(context).pop(true);
  }

  // sayfa kapanınca bu büyük fotoğrafı görsel önbelleğinden at

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      backgroundColor: Colors.black,
      appBar: AppBar(title: Text('#${widget.entry.number}')),
      body: Column(
        children: [
          Expanded(
            child: InteractiveViewer(
              maxScale: 8,
              child: Center(child: Image(image: _full, fit: BoxFit.contain)),
            ),
          ),
          SafeArea(
            top: false,
            child: Padding(
              padding: const EdgeInsets.symmetric(horizontal: 16),
              child: Row(
                children: [
                  Expanded(
                    child: Slider(
                      value: _score,
                      min: 1,
                      max: 10,
                      divisions: 9,
                      label: _score.round().toString(),
                      onChanged: (value) => setState(() => _score = value),
                    ),
                  ),
                  FilledButton(onPressed: _submit, child: const Text('Puanla')),
                ],
              ),
            ),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
@override
void dispose() {
  _full.evict();
  super.dispose();
}
""",
    ["dispose", "evict", "super.dispose"],
    must_not=["clear", "clearLiveImages"],
    checks=["call .evict"],
)

row(
    "testing",
    "class_body",
    r"""
import 'dart:async';

import 'package:flutter_test/flutter_test.dart';
import 'package:servisci/models/pressure_reading.dart';
import 'package:servisci/services/connectivity_service.dart';
import 'package:servisci/sync/offline_queue.dart';

import '../fakes/recording_readings_api.dart';

class FakeConnectivityService implements ConnectivityService {
  final _changes = StreamController<bool>.broadcast();
  bool online = false;

  void setOnline(bool value) {
    online = value;
    _changes.add(value);
  }

  @override
  Future<bool> isOnline() async => online;

  // onlineChanges akisini _changes'ten ver, ayni deger ust uste gelirse tekrar yayinlanmasin

  Future<void> close() => _changes.close();
}

void main() {
  late FakeConnectivityService connectivity;
  late RecordingReadingsApi api;
  late OfflineQueue queue;

  setUp(() {
    connectivity = FakeConnectivityService();
    api = RecordingReadingsApi();
    queue = OfflineQueue(connectivity: connectivity, api: api);
  });

  tearDown(() => connectivity.close());

  test('keeps readings while offline and flushes them when back online', () async {
    queue.enqueue(PressureReading(unitId: 'AC-118', suctionBar: 8.4, dischargeBar: 26.1));
    await pumpEventQueue();
    expect(api.sent, isEmpty);

    connectivity.setOnline(true);
    await pumpEventQueue();
    expect(api.sent, hasLength(1));
  });

  test('a repeated online event does not send twice', () async {
    queue.enqueue(PressureReading(unitId: 'AC-118', suctionBar: 8.1, dischargeBar: 25.7));
    connectivity.setOnline(true);
    connectivity.setOnline(true);
    await pumpEventQueue();
    expect(api.sent, hasLength(1));
  });
}
""",
    r"""
@override
Stream<bool> get onlineChanges => _changes.stream.distinct();
""",
    ["onlineChanges", "_changes.stream", "distinct"],
    must_not=["StreamController"],
    checks=["call .distinct"],
)

row(
    "performance",
    "class_body",
    r"""
import 'package:flutter/widgets.dart';

import '../models/technician.dart';
import '../models/work_order.dart';

class ShiftScope extends InheritedWidget {
  const ShiftScope({
    super.key,
    required this.technician,
    required this.activeOrder,
    required this.lastLocationAt,
    required super.child,
  });

  final Technician technician;
  final WorkOrder? activeOrder;
  final DateTime lastLocationAt;

  static ShiftScope of(BuildContext context) {
    final scope = context.dependOnInheritedWidgetOfExactType<ShiftScope>();
    assert(scope != null, 'No ShiftScope found in context');
    return scope!;
  }

  static ShiftScope? maybeOf(BuildContext context) {
    return context.dependOnInheritedWidgetOfExactType<ShiftScope>();
  }

  // konum her 10 sn değişiyor; bağımlılar sadece teknisyen ya da aktif iş emri değişince yeniden kurulsun
}

class ActiveOrderBanner extends StatelessWidget {
  const ActiveOrderBanner({super.key});

  @override
  Widget build(BuildContext context) {
    final shift = ShiftScope.of(context);
    final order = shift.activeOrder;
    if (order == null) return const SizedBox.shrink();
    return Material(
      color: Theme.of(context).colorScheme.primaryContainer,
      child: ListTile(
        leading: const Icon(Icons.build_circle_outlined),
        title: Text(order.customerName),
        subtitle: Text('${shift.technician.name} · ${order.unitModel}'),
      ),
    );
  }
}
""",
    r"""
@override
bool updateShouldNotify(ShiftScope oldWidget) {
  return technician != oldWidget.technician || activeOrder != oldWidget.activeOrder;
}
""",
    ["updateShouldNotify", "technician", "activeOrder"],
    must_not=["lastLocationAt", "return true;"],
)


# ================================================================ element

row(
    "platform",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class NotificationSettingsPage extends StatefulWidget {
  const NotificationSettingsPage({super.key, required this.prefs});

  final SharedPreferences prefs;

  @override
  State<NotificationSettingsPage> createState() => _NotificationSettingsPageState();
}

class _NotificationSettingsPageState extends State<NotificationSettingsPage> {
  static const _newContestsKey = 'notify_new_contests';
  static const _resultsKey = 'notify_results';

  late bool _newContests;
  late bool _results;

  @override
  void initState() {
    super.initState();
    _newContests = widget.prefs.getBool(_newContestsKey) ?? true;
    _results = widget.prefs.getBool(_resultsKey) ?? true;
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Bildirimler')),
      body: ListView(
        children: [
          CheckboxListTile.adaptive(
            title: const Text('Yeni yarışmalar'),
            subtitle: const Text('Takip ettiğin kategorilerde yarışma açılınca'),
            value: _newContests,
            onChanged: (value) {
              setState(() => _newContests = value ?? false);
              widget.prefs.setBool(_newContestsKey, _newContests);
            },
          ),
          // 'Oylama sonuçları' anahtarı: iOS'ta Cupertino görünümlü olsun, değişince _resultsKey ile kaydet
          const Divider(),
          ListTile(
            leading: const Icon(Icons.bedtime_outlined),
            title: const Text('Sessiz saatler'),
            subtitle: const Text('22:00 - 08:00'),
            onTap: () => Navigator.of(context).pushNamed('/settings/quiet-hours'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
SwitchListTile.adaptive(
  title: const Text('Oylama sonuçları'),
  value: _results,
  onChanged: (value) {
    setState(() => _results = value);
    widget.prefs.setBool(_resultsKey, value);
  },
),
""",
    [
        "adaptive | CupertinoSwitch | Platform.isIOS | defaultTargetPlatform | TargetPlatform.iOS",
        "_results",
        "setBool",
        "_resultsKey",
        "setState",
    ],
    must_not=["_newContestsKey"],
    checks=["literal 'Oylama sonuçları'", "call setState"],
)

row(
    "images_assets",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/hvac_unit.dart';

class UnitHeader extends StatelessWidget {
  const UnitHeader({super.key, required this.unit, this.onScanLabel});

  final HvacUnit unit;
  final VoidCallback? onScanLabel;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Padding(
      padding: const EdgeInsets.fromLTRB(16, 12, 16, 8),
      child: Row(
        crossAxisAlignment: CrossAxisAlignment.center,
        children: [
          // marka logosu: assets/brands/<marka küçük harf>.png, 32 yükseklik; dosya yoksa klima ikonu
          const SizedBox(width: 12),
          Expanded(
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                Text('${unit.brand} ${unit.model}', style: theme.textTheme.titleMedium),
                const SizedBox(height: 2),
                Text(
                  'Seri no: ${unit.serialNumber} · ${unit.capacityBtu} BTU',
                  style: theme.textTheme.bodySmall,
                ),
                if (unit.lastServiceAt != null)
                  Text(
                    'Son bakım: ${MaterialLocalizations.of(context).formatMediumDate(unit.lastServiceAt!)}',
                    style: theme.textTheme.bodySmall,
                  ),
              ],
            ),
          ),
          IconButton(
            tooltip: 'Etiketi tara',
            onPressed: onScanLabel,
            icon: const Icon(Icons.qr_code_scanner),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
Image.asset(
  'assets/brands/${unit.brand.toLowerCase()}.png',
  height: 32,
  errorBuilder: (context, error, stackTrace) => const Icon(Icons.ac_unit, size: 32),
),
""",
    ["Image.asset | AssetImage", "errorBuilder | onError", "Icon"],
    must_not=["Image.network", "NetworkImage"],
    checks=["literal 'assets/brands/'", "literal '.png'", "literal 32"],
)

row(
    "testing",
    "element",
    r"""
import 'package:flutter_test/flutter_test.dart';
import 'package:servisci/diagnostics/refrigerant.dart';
import 'package:servisci/diagnostics/suction_check.dart';

void main() {
  group('classifySuction for R32', () {
    const cases = <({double bar, SuctionStatus expected})>[
      (bar: 3.5, expected: SuctionStatus.low),
      (bar: 5.9, expected: SuctionStatus.low),
      (bar: 8.4, expected: SuctionStatus.normal),
      (bar: 11.0, expected: SuctionStatus.normal),
      (bar: 12.6, expected: SuctionStatus.high),
      // tam 6 bar alt sınır, normal sayılsın
    ];

    for (final c in cases) {
      test('${c.bar} bar -> ${c.expected.name}', () {
        expect(classifySuction(c.bar, Refrigerant.r32), c.expected);
      });
    }
  });

  group('classifySuction for R410A', () {
    test('uses the higher R410A band', () {
      expect(classifySuction(8.4, Refrigerant.r410a), SuctionStatus.low);
      expect(classifySuction(9.5, Refrigerant.r410a), SuctionStatus.normal);
    });

    test('rejects negative gauge readings', () {
      expect(() => classifySuction(-0.5, Refrigerant.r410a), throwsArgumentError);
    });
  });

  group('SuctionStatus.label', () {
    test('has a Turkish label for the technician screen', () {
      expect(SuctionStatus.low.label, 'Düşük');
      expect(SuctionStatus.normal.label, 'Normal');
      expect(SuctionStatus.high.label, 'Yüksek');
    });
  });
}
""",
    r"""
(bar: 6.0, expected: SuctionStatus.normal),
""",
    ["bar:", "expected:", "SuctionStatus.normal"],
    must_not=["SuctionStatus.low", "SuctionStatus.high"],
    checks=["literal 6"],
)

row(
    "performance",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/contest.dart';
import '../models/ranked_entry.dart';
import '../widgets/podium_row.dart';

class LeaderboardRow extends StatelessWidget {
  const LeaderboardRow({super.key, required this.entry, required this.rank});

  final RankedEntry entry;
  final int rank;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: SizedBox(width: 40, child: Text('$rank.', textAlign: TextAlign.end)),
      title: Text(entry.title, maxLines: 1, overflow: TextOverflow.ellipsis),
      subtitle: Text(entry.photographerName),
      trailing: Text('${entry.votes} oy'),
    );
  }
}

class LeaderboardPage extends StatelessWidget {
  const LeaderboardPage({super.key, required this.contest, required this.ranking});

  final Contest contest;
  final List<RankedEntry> ranking;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: CustomScrollView(
        slivers: [
          SliverAppBar.medium(title: Text(contest.title)),
          SliverToBoxAdapter(
            child: PodiumRow(top: ranking.take(3).toList()),
          ),
          const SliverToBoxAdapter(child: Divider(height: 1)),
          // kalan binlerce sıra: tembel kurulsun, satırlar sabit 64 yükseklikte; liste her satırı tek tek ölçmesin
        ],
      ),
    );
  }
}
""",
    r"""
SliverFixedExtentList(
  itemExtent: 64,
  delegate: SliverChildBuilderDelegate(
    (context, index) => LeaderboardRow(entry: ranking[index + 3], rank: index + 4),
    childCount: ranking.length > 3 ? ranking.length - 3 : 0,
  ),
),
""",
    [
        "SliverFixedExtentList | SliverVariedExtentList | SliverPrototypeExtentList | itemExtent",
        "SliverChildBuilderDelegate | .builder",
        "LeaderboardRow",
        "ranking",
    ],
    must_not=["SliverChildListDelegate", "SliverList.list", "shrinkWrap", "SliverToBoxAdapter"],
    checks=["literal 64", "literal 3"],
)


# ================================================================ argument

row(
    "platform",
    "argument",
    r"""
import 'dart:ui' as ui;

import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../widgets/signature_painter.dart';

class SignaturePage extends StatefulWidget {
  const SignaturePage({super.key, required this.customerName});

  final String customerName;

  @override
  State<SignaturePage> createState() => _SignaturePageState();
}

class _SignaturePageState extends State<SignaturePage> {
  final _strokes = <List<Offset>>[];
  final _canvasKey = GlobalKey();

  void _clear() {
    HapticFeedback.mediumImpact();
    setState(_strokes.clear);
  }

  Future<void> _done() async {
    final boundary = _canvasKey.currentContext!.findRenderObject()! as RenderRepaintBoundary;
    final image = await boundary.toImage(pixelRatio: 2);
    final png = await image.toByteData(format: ui.ImageByteFormat.png);
    if (!mounted) return;
    Navigator.of(context).pop(png?.buffer.asUint8List());
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      backgroundColor: Colors.white,
      appBar: AppBar(
        backgroundColor: Colors.white,
        foregroundColor: Colors.black87,
        elevation: 0,
        // beyaz zeminde durum cubugu ikonlari koyu olsun
        title: Text('${widget.customerName} - imza'),
        actions: [
          IconButton(onPressed: _clear, icon: const Icon(Icons.refresh), tooltip: 'Temizle'),
          TextButton(onPressed: _strokes.isEmpty ? null : _done, child: const Text('Onayla')),
        ],
      ),
      body: RepaintBoundary(
        key: _canvasKey,
        child: GestureDetector(
          onPanStart: (details) => setState(() => _strokes.add([details.localPosition])),
          onPanUpdate: (details) => setState(() => _strokes.last.add(details.localPosition)),
          child: CustomPaint(
            painter: SignaturePainter(strokes: _strokes),
            size: Size.infinite,
          ),
        ),
      ),
    );
  }
}
""",
    r"""
systemOverlayStyle: SystemUiOverlayStyle.dark,
""",
    ["systemOverlayStyle", "SystemUiOverlayStyle.dark | Brightness.dark"],
    must_not=["SystemUiOverlayStyle.light", "brightness:"],
)

row(
    "images_assets",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/contest_entry.dart';

class ContestGrid extends StatelessWidget {
  const ContestGrid({super.key, required this.entries, required this.onOpen});

  final List<ContestEntry> entries;
  final ValueChanged<ContestEntry> onOpen;

  @override
  Widget build(BuildContext context) {
    final columnWidth = MediaQuery.sizeOf(context).width / 3;
    return GridView.builder(
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
        crossAxisCount: 3,
        mainAxisSpacing: 2,
        crossAxisSpacing: 2,
      ),
      itemCount: entries.length,
      itemBuilder: (context, index) {
        final entry = entries[index];
        return InkWell(
          onTap: () => onOpen(entry),
          child: Stack(
            fit: StackFit.expand,
            children: [
              Image.network(
                entry.photoUrl,
                fit: BoxFit.cover,
                // 12 MP orijinali tam boyutta çözmesin, sütun genişliği kadar fiziksel pikselle decode et
              ),
              if (entry.isShortlisted)
                const Positioned(
                  top: 4,
                  right: 4,
                  child: Icon(Icons.star, color: Colors.amber, size: 18),
                ),
            ],
          ),
        );
      },
    );
  }
}
""",
    r"""
cacheWidth: (columnWidth * MediaQuery.devicePixelRatioOf(context)).round(),
""",
    ["cacheWidth | cacheHeight", "devicePixelRatio | devicePixelRatioOf", "round | toInt | ceil | floor"],
    must_not=["width:", "height:", "filterQuality"],
)

row(
    "testing",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:kadraj/models/contest_entry.dart';
import 'package:kadraj/widgets/entry_card.dart';

void main() {
  final sampleEntry = ContestEntry(
    id: 'e-7',
    title: 'Galata Köprüsünde sabah sisi ve balıkçılar',
    photographerName: 'Zeynep Karaoğlu',
    photoUrl: 'https://example.com/e-7.jpg',
    voteCount: 1284,
  );

  testWidgets('entry card fits a phone screen', (tester) async {
    await tester.pumpWidget(MaterialApp(home: Scaffold(body: EntryCard(entry: sampleEntry))));

    expect(find.text('1284 oy'), findsOneWidget);
    expect(tester.takeException(), isNull);
  });

  testWidgets('entry card does not overflow with large text', (tester) async {
    await tester.pumpWidget(
      MaterialApp(
        home: MediaQuery(
          data: MediaQueryData(
            size: const Size(360, 740),
            // yazılar 2 kat büyük olsun
          ),
          child: Scaffold(body: EntryCard(entry: sampleEntry)),
        ),
      ),
    );

    expect(tester.takeException(), isNull);
    expect(find.textContaining('Galata'), findsOneWidget);
  });
}
""",
    r"""
textScaler: TextScaler.linear(2),
""",
    ["textScaler", "TextScaler.linear"],
    must_not=["textScaleFactor"],
    checks=["literal 2"],
)

row(
    "performance",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/work_order.dart';
import '../services/work_order_repository.dart';
import '../widgets/work_order_tile.dart';

class TodayJobsPage extends StatefulWidget {
  const TodayJobsPage({super.key, required this.repository, required this.technicianId});

  final WorkOrderRepository repository;
  final String technicianId;

  @override
  State<TodayJobsPage> createState() => _TodayJobsPageState();
}

class _TodayJobsPageState extends State<TodayJobsPage> {
  late Future<List<WorkOrder>> _jobs;

  @override
  void initState() {
    super.initState();
    _jobs = widget.repository.jobsFor(widget.technicianId, DateTime.now());
  }

  Future<void> _reload() async {
    setState(() => _jobs = widget.repository.jobsFor(widget.technicianId, DateTime.now()));
    await _jobs;
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Bugünkü işler')),
      body: RefreshIndicator(
        onRefresh: _reload,
        child: FutureBuilder<List<WorkOrder>>(
          // her rebuild'de servise yeniden istek atmasin
          builder: (context, snapshot) {
            if (snapshot.hasError) {
              return ListView(children: [ListTile(title: Text('Yüklenemedi: ${snapshot.error}'))]);
            }
            final jobs = snapshot.data;
            if (jobs == null) return const Center(child: CircularProgressIndicator());
            return ListView.builder(
              itemCount: jobs.length,
              itemBuilder: (context, index) => WorkOrderTile(order: jobs[index]),
            );
          },
        ),
      ),
    );
  }
}
""",
    r"""
future: _jobs,
""",
    ["future:", "_jobs"],
    must_not=["jobsFor", "repository"],
)


if __name__ == "__main__":
    ROWS.write()
