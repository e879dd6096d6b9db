# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 10 (holdout-j2): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics platform, images_assets, testing, performance
(5 each, one per position); app domains an animal-shelter pet adoption app (PatiYuva: pets with species and
photos, shelters, favourites, visit requests, adoption applications saved as drafts) and a road-trip fuel and
expense log app (YolDefteri: trips, vehicles and fuel types, fill-ups with litres and L/100 km, receipts of tolls
and parking, nearby fuel stations, trip statistics).

Run: .venv/bin/python experiments/in-context-authoring/holdout-j2.py  -> data/in_context/drafts/holdout-j2.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-j2", "holdj2")
row = ROWS.row


# ================================================================ statements

# Steps: both asked parts (landscape only, system bars hidden) before the existing setState; no order between them.
row(
    "platform",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/trip.dart';
import '../widgets/drive_dashboard.dart';
import '../widgets/trip_summary_view.dart';

class TripDashboardPage extends StatefulWidget {
  const TripDashboardPage({super.key, required this.trip});

  final Trip trip;

  @override
  State<TripDashboardPage> createState() => _TripDashboardPageState();
}

class _TripDashboardPageState extends State<TripDashboardPage> {
  bool _driveMode = false;

  Future<void> _enterDriveMode() async {
    // sürüş modunda ekran sadece yatay dönsün, durum ve gezinme çubukları gizlensin
    setState(() => _driveMode = true);
  }

  Future<void> _exitDriveMode() async {
    await SystemChrome.setPreferredOrientations(DeviceOrientation.values);
    await SystemChrome.setEnabledSystemUIMode(SystemUiMode.edgeToEdge);
    setState(() => _driveMode = false);
  }

  @override
  void dispose() {
    if (_driveMode) {
      SystemChrome.setPreferredOrientations(DeviceOrientation.values);
      SystemChrome.setEnabledSystemUIMode(SystemUiMode.edgeToEdge);
    }
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    if (_driveMode) {
      return PopScope(
        canPop: false,
        onPopInvokedWithResult: (didPop, _) {
          if (!didPop) _exitDriveMode();
        },
        child: DriveDashboard(trip: widget.trip, onClose: _exitDriveMode),
      );
    }
    return Scaffold(
      appBar: AppBar(
        title: Text(widget.trip.title),
        actions: [
          IconButton(
            tooltip: 'Sürüş modu',
            icon: const Icon(Icons.directions_car),
            onPressed: _enterDriveMode,
          ),
        ],
      ),
      body: TripSummaryView(trip: widget.trip),
    );
  }
}
""",
    r"""
await SystemChrome.setPreferredOrientations([
  DeviceOrientation.landscapeLeft,
  DeviceOrientation.landscapeRight,
]);
await SystemChrome.setEnabledSystemUIMode(SystemUiMode.immersiveSticky);
""",
    [
        "SystemChrome.setPreferredOrientations",
        "DeviceOrientation.landscapeLeft | DeviceOrientation.landscapeRight",
        "SystemChrome.setEnabledSystemUIMode",
        "SystemUiMode.immersiveSticky | SystemUiMode.immersive | SystemUiMode.leanBack | SystemUiMode.manual",
    ],
    must_not=["DeviceOrientation.portraitUp", "DeviceOrientation.values", "SystemUiMode.edgeToEdge"],
    checks=["call SystemChrome.setPreferredOrientations", "call SystemChrome.setEnabledSystemUIMode"],
)

# Steps: copy the photo into <documents>/receipts/ named after the expense's id, then write the new path into the
# expense and save it (the save after the copy).
row(
    "images_assets",
    "statements",
    r"""
import 'dart:io';

import 'package:image_picker/image_picker.dart';
import 'package:path/path.dart' as p;
import 'package:path_provider/path_provider.dart';

import '../models/expense.dart';
import 'expense_repository.dart';

/// Attaches photos of paper receipts (tolls, parking, motels) to the expenses of a trip.
class ReceiptService {
  ReceiptService(this._repository, {ImagePicker? picker}) : _picker = picker ?? ImagePicker();

  final ExpenseRepository _repository;
  final ImagePicker _picker;

  Future<Expense?> attachReceipt(Expense expense) async {
    final photo = await _picker.pickImage(
      source: ImageSource.camera,
      maxWidth: 1600,
      imageQuality: 80,
    );
    if (photo == null) return null;
    // fotoğrafı belgeler klasöründe receipts/ altına masraf id'siyle kopyala, yolunu masrafa yazıp kaydet
  }

  Future<Expense> removeReceipt(Expense expense) async {
    final path = expense.receiptPath;
    if (path != null) {
      final file = File(path);
      if (await file.exists()) await file.delete();
    }
    final updated = expense.withReceiptPath(null);
    await _repository.save(updated);
    return updated;
  }

  Future<int> receiptsSizeInBytes(List<Expense> expenses) async {
    var total = 0;
    for (final expense in expenses) {
      final path = expense.receiptPath;
      if (path == null) continue;
      final file = File(path);
      if (await file.exists()) total += await file.length();
    }
    return total;
  }
}
""",
    r"""
final docs = await getApplicationDocumentsDirectory();
final folder = Directory(p.join(docs.path, 'receipts'));
await folder.create(recursive: true);
final saved = await File(photo.path).copy(p.join(folder.path, '${expense.id}.jpg'));
final updated = expense.withReceiptPath(saved.path);
await _repository.save(updated);
return updated;
""",
    [
        "getApplicationDocumentsDirectory",
        ".copy | saveTo | writeAsBytes",
        "expense.id",
        "withReceiptPath",
        "_repository.save",
    ],
    must_not=["getTemporaryDirectory", "getExternalStorageDirectory"],
    checks=["literal 'receipts'"],
)

# Steps: first the page is pumped (the repository given by a Provider above or around MaterialApp), then the test
# waits until loading is over (pumpAndSettle or pumps after pumpWidget).
row(
    "testing",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:provider/provider.dart';
import 'package:yoldefteri/models/fuel_entry.dart';
import 'package:yoldefteri/models/trip.dart';
import 'package:yoldefteri/repositories/trip_repository.dart';
import 'package:yoldefteri/screens/trip_detail_page.dart';

import '../fakes/fake_trip_repository.dart';

final _trip = Trip(id: 't1', title: 'Ege turu', startedAt: DateTime(2025, 7, 1), vehicleId: 'v1');

Future<void> pumpTripDetail(WidgetTester tester, FakeTripRepository repository) async {
  // TripDetailPage'i repository'yi Provider ile vererek MaterialApp içinde aç, yükleme bitene kadar bekle
}

FuelEntry _fill(String id, DateTime at, double liters) => FuelEntry(
      id: id,
      tripId: _trip.id,
      filledAt: at,
      liters: liters,
      pricePerLiter: 43.9,
      odometerKm: 120000,
    );

void main() {
  late FakeTripRepository repository;

  setUp(() => repository = FakeTripRepository()..trips.add(_trip));

  testWidgets('yakıt kayıtlarını tarih sırasıyla listeler', (tester) async {
    repository.fuelEntries[_trip.id] = [
      _fill('f2', DateTime(2025, 7, 3), 38.5),
      _fill('f1', DateTime(2025, 7, 1), 41.2),
    ];
    await pumpTripDetail(tester, repository);

    expect(find.text('Ege turu'), findsOneWidget);
    final first = tester.getTopLeft(find.text('41,2 L'));
    final second = tester.getTopLeft(find.text('38,5 L'));
    expect(first.dy, lessThan(second.dy));
  });

  testWidgets('kayıt yoksa boş durum gösterir', (tester) async {
    await pumpTripDetail(tester, repository);

    expect(find.text('Henüz yakıt kaydı yok'), findsOneWidget);
  });
}
""",
    r"""
await tester.pumpWidget(
  Provider<TripRepository>.value(
    value: repository,
    child: MaterialApp(home: TripDetailPage(tripId: _trip.id)),
  ),
);
await tester.pumpAndSettle();
""",
    [
        "tester.pumpWidget",
        "Provider | RepositoryProvider",
        "MaterialApp",
        "TripDetailPage",
        "repository",
        "pumpAndSettle | tester.pump",
    ],
    must_not=["runApp"],
    checks=["call MaterialApp > TripDetailPage"],
)

# Condition: more than 2000 entries -> computed on another isolate (compute / Isolate.run), otherwise computed
# directly on this one.
row(
    "performance",
    "statements",
    r"""
import 'package:flutter/foundation.dart';

import '../models/fuel_entry.dart';
import '../models/trip_stats.dart';
import '../repositories/trip_repository.dart';

/// Statistics screen of a trip: total litres, cost per km and L/100 km between fill-ups.
class TripStatsController extends ChangeNotifier {
  TripStatsController(this._repository);

  final TripRepository _repository;

  TripStats? _stats;
  bool _loading = false;
  Object? _error;

  TripStats? get stats => _stats;
  bool get loading => _loading;
  Object? get error => _error;

  Future<void> load(String tripId) async {
    _loading = true;
    _error = null;
    notifyListeners();
    try {
      final entries = await _repository.entriesFor(tripId);
      // 2000 kayittan fazlaysa istatistigi compute ile ayri isolate'te hesapla, azsa burada
    } catch (e) {
      _error = e;
    } finally {
      _loading = false;
      notifyListeners();
    }
  }

  /// Preview while the user edits the last fill-ups, never more than a few entries.
  TripStats preview(List<FuelEntry> lastEntries) => calculateTripStats(lastEntries);

  void clear() {
    _stats = null;
    _error = null;
    notifyListeners();
  }
}
""",
    r"""
_stats = entries.length > 2000
    ? await compute(calculateTripStats, entries)
    : calculateTripStats(entries);
""",
    ["compute | Isolate.run", "calculateTripStats", "entries.length", "_stats"],
    must_not=["Isolate.spawn"],
    checks=["literal 2000", "call compute | Isolate.run"],
)


# ================================================================ callback

row(
    "platform",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/pet.dart';
import '../widgets/pet_photo_carousel.dart';

class PetHeader extends StatelessWidget {
  const PetHeader({super.key, required this.pet});

  final Pet pet;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        PetPhotoCarousel(photoUrls: pet.photoUrls, height: 280),
        Padding(
          padding: const EdgeInsets.fromLTRB(16, 16, 16, 8),
          child: Row(
            children: [
              Expanded(
                child: Column(
                  crossAxisAlignment: CrossAxisAlignment.start,
                  children: [
                    Text(pet.name, style: theme.textTheme.headlineSmall),
                    Text('${pet.breed} · ${pet.ageLabel}', style: theme.textTheme.bodyMedium),
                  ],
                ),
              ),
              GestureDetector(
                onLongPress: () {
                  // uzun basınca ilan numarasını panoya kopyala, 'İlan no kopyalandı' yazsın
                },
                child: Chip(
                  avatar: const Icon(Icons.tag, size: 16),
                  label: Text(pet.listingNo),
                ),
              ),
            ],
          ),
        ),
        if (pet.isVaccinated)
          const Padding(
            padding: EdgeInsets.symmetric(horizontal: 16),
            child: Chip(avatar: Icon(Icons.vaccines, size: 16), label: Text('Aşıları tam')),
          ),
      ],
    );
  }
}
""",
    r"""
Clipboard.setData(ClipboardData(text: pet.listingNo));
ScaffoldMessenger.of(context).showSnackBar(
  const SnackBar(content: Text('İlan no kopyalandı')),
);
""",
    ["Clipboard.setData", "ClipboardData", "pet.listingNo", "showSnackBar"],
    must_not=["Clipboard.getData"],
    checks=["call ClipboardData(text: listingNo)", "literal 'İlan no kopyalandı'"],
)

# Condition: a cat gets assets/placeholders/cat.png, every other species (dog, rabbit, bird) dog.png.
row(
    "images_assets",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/pet.dart';

class PetCard extends StatelessWidget {
  const PetCard({super.key, required this.pet, required this.onTap});

  final Pet pet;
  final VoidCallback onTap;

  String get _speciesLabel => switch (pet.species) {
        PetSpecies.dog => 'Köpek',
        PetSpecies.cat => 'Kedi',
        PetSpecies.rabbit => 'Tavşan',
        PetSpecies.bird => 'Kuş',
      };

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Card(
      clipBehavior: Clip.antiAlias,
      child: InkWell(
        onTap: onTap,
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            AspectRatio(
              aspectRatio: 1,
              child: Image.network(
                pet.coverPhotoUrl,
                fit: BoxFit.cover,
                errorBuilder: (context, error, stackTrace) {
                  // yuklenemezse kediyse assets/placeholders/cat.png, degilse dog.png goster
                },
              ),
            ),
            Padding(
              padding: const EdgeInsets.all(12),
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text(pet.name, style: theme.textTheme.titleMedium),
                  Text('$_speciesLabel · ${pet.ageLabel}', style: theme.textTheme.bodySmall),
                ],
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
return Image.asset(
  pet.species == PetSpecies.cat ? 'assets/placeholders/cat.png' : 'assets/placeholders/dog.png',
  fit: BoxFit.cover,
);
""",
    ["Image.asset | AssetImage", "PetSpecies.cat"],
    must_not=["Image.network", "species.name"],
    checks=["literal 'assets/placeholders'", "literal 'cat.png'", "literal 'dog.png'"],
)

# Steps: fill only the name, tap the send button, pump; then the error text is shown and no request reached the
# fake api (the expectations after the tap).
row(
    "testing",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:patiyuva/screens/visit_request_page.dart';

import '../fakes/fake_adoption_api.dart';

void main() {
  late FakeAdoptionApi api;

  setUp(() => api = FakeAdoptionApi());

  Future<void> pumpForm(WidgetTester tester) => tester.pumpWidget(
        MaterialApp(home: VisitRequestPage(petId: 'p42', api: api)),
      );

  testWidgets('ziyaret talebi gönderilir', (tester) async {
    await pumpForm(tester);
    await tester.enterText(find.byKey(const Key('visit-name')), 'Ayşe Yılmaz');
    await tester.enterText(find.byKey(const Key('visit-phone')), '05321234567');
    await tester.tap(find.text('Talep gönder'));
    await tester.pumpAndSettle();

    expect(api.visitRequests.single.petId, 'p42');
    expect(find.text('Talebiniz barınağa iletildi'), findsOneWidget);
  });

  testWidgets('telefon boşsa hata gösterir, istek gitmez', (tester) async {
    // sadece adı doldurup gönder; 'Telefon gerekli' çıksın ve api'ye istek gitmesin
  });

  testWidgets('barınak kapalı günü seçilemez', (tester) async {
    api.closedWeekdays = {DateTime.monday};
    await pumpForm(tester);
    await tester.tap(find.byIcon(Icons.calendar_month));
    await tester.pumpAndSettle();

    expect(find.text('Pazartesi barınak kapalı'), findsNothing);
  });
}
""",
    r"""
await pumpForm(tester);
await tester.enterText(find.byKey(const Key('visit-name')), 'Ayşe Yılmaz');
await tester.tap(find.text('Talep gönder'));
await tester.pump();

expect(find.text('Telefon gerekli'), findsOneWidget);
expect(api.visitRequests, isEmpty);
""",
    [
        "pumpForm | tester.pumpWidget",
        "tester.enterText",
        "tester.tap",
        "tester.pump | tester.pumpAndSettle",
        "findsOneWidget | findsWidgets",
        "api.visitRequests",
        "isEmpty | hasLength(0) | length, 0",
    ],
    must_not=["visit-phone"],
    checks=["literal 'Telefon gerekli'", "call .enterText", "call .tap"],
)

# Condition: an emptied field searches at once (and drops the pending timer); any other text waits 350 ms after
# the last keystroke (the previous timer cancelled on every change).
row(
    "performance",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

class PetSearchBar extends StatefulWidget {
  const PetSearchBar({super.key, required this.onSearch});

  final ValueChanged<String> onSearch;

  @override
  State<PetSearchBar> createState() => _PetSearchBarState();
}

class _PetSearchBarState extends State<PetSearchBar> {
  final _controller = TextEditingController();
  Timer? _debounce;

  @override
  void dispose() {
    _debounce?.cancel();
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.fromLTRB(16, 8, 16, 8),
      child: SearchBar(
        controller: _controller,
        hintText: 'Ad, cins ya da barınak ara',
        leading: const Icon(Icons.search),
        onChanged: (query) {
          // yazmayı 350 ms bırakınca ara; alan boşaltılırsa beklemeden hemen ara
        },
        trailing: [
          IconButton(
            tooltip: 'Temizle',
            icon: const Icon(Icons.close),
            onPressed: () {
              _controller.clear();
              _debounce?.cancel();
              widget.onSearch('');
            },
          ),
        ],
      ),
    );
  }
}
""",
    r"""
_debounce?.cancel();
if (query.trim().isEmpty) {
  widget.onSearch('');
  return;
}
_debounce = Timer(const Duration(milliseconds: 350), () => widget.onSearch(query.trim()));
""",
    ["cancel", "Timer", "isEmpty | isNotEmpty | == ''", "widget.onSearch", "_debounce"],
    must_not=["Future.delayed", "Timer.periodic"],
    checks=["call Duration(milliseconds: 350)", "call Timer"],
)


# ================================================================ class_body

# Condition: the draft is saved only when the app goes to the background (paused / inactive / hidden), not on
# every lifecycle change.
row(
    "platform",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/adoption_application.dart';
import '../services/application_drafts.dart';
import '../widgets/experience_step.dart';
import '../widgets/home_info_step.dart';

class AdoptionFormPage extends StatefulWidget {
  const AdoptionFormPage({super.key, required this.petId, required this.drafts});

  final String petId;
  final ApplicationDrafts drafts;

  @override
  State<AdoptionFormPage> createState() => _AdoptionFormPageState();
}

class _AdoptionFormPageState extends State<AdoptionFormPage> with WidgetsBindingObserver {
  late AdoptionApplication _application = AdoptionApplication.empty(widget.petId);
  int _step = 0;

  @override
  void initState() {
    super.initState();
    WidgetsBinding.instance.addObserver(this);
    widget.drafts.load(widget.petId).then((draft) {
      if (draft != null && mounted) setState(() => _application = draft);
    });
  }

  // uygulama arka plana alininca yarim kalan basvuruyu taslak olarak kaydet

  @override
  void dispose() {
    WidgetsBinding.instance.removeObserver(this);
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Sahiplenme başvurusu'),
        actions: [
          TextButton(
            onPressed: () => widget.drafts.save(_application),
            child: const Text('Taslağı kaydet'),
          ),
        ],
      ),
      body: Stepper(
        currentStep: _step,
        onStepContinue: () => setState(() => _step = (_step + 1).clamp(0, 1)),
        onStepCancel: () => setState(() => _step = (_step - 1).clamp(0, 1)),
        steps: [
          Step(
            title: const Text('Ev bilgileri'),
            content: HomeInfoStep(
              application: _application,
              onChanged: (value) => setState(() => _application = value),
            ),
          ),
          Step(
            title: const Text('Deneyim'),
            content: ExperienceStep(
              application: _application,
              onChanged: (value) => setState(() => _application = value),
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
void didChangeAppLifecycleState(AppLifecycleState state) {
  if (state == AppLifecycleState.paused || state == AppLifecycleState.inactive) {
    widget.drafts.save(_application);
  }
}
""",
    [
        "didChangeAppLifecycleState",
        "AppLifecycleState.paused | AppLifecycleState.inactive | AppLifecycleState.hidden",
        "widget.drafts.save",
        "_application",
    ],
    must_not=["AppLifecycleState.resumed", "addObserver"],
)

row(
    "images_assets",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/pet.dart';
import '../widgets/adopt_button.dart';

class PetGalleryPage extends StatefulWidget {
  const PetGalleryPage({super.key, required this.pet});

  final Pet pet;

  @override
  State<PetGalleryPage> createState() => _PetGalleryPageState();
}

class _PetGalleryPageState extends State<PetGalleryPage> {
  final _pages = PageController();
  int _index = 0;

  // ilk iki fotoğrafı önceden yükle ki kaydırınca beklemesin

  @override
  void dispose() {
    _pages.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final photos = widget.pet.photoUrls;
    return Scaffold(
      appBar: AppBar(title: Text(widget.pet.name)),
      body: Column(
        children: [
          AspectRatio(
            aspectRatio: 4 / 3,
            child: PageView.builder(
              controller: _pages,
              itemCount: photos.length,
              onPageChanged: (index) => setState(() => _index = index),
              itemBuilder: (context, index) => Image.network(photos[index], fit: BoxFit.cover),
            ),
          ),
          Padding(
            padding: const EdgeInsets.all(8),
            child: Text('${_index + 1} / ${photos.length}'),
          ),
          Expanded(
            child: SingleChildScrollView(
              padding: const EdgeInsets.all(16),
              child: Text(widget.pet.story),
            ),
          ),
          AdoptButton(pet: widget.pet),
        ],
      ),
    );
  }
}
""",
    r"""
@override
void didChangeDependencies() {
  super.didChangeDependencies();
  for (final url in widget.pet.photoUrls.take(2)) {
    precacheImage(NetworkImage(url), context);
  }
}
""",
    ["precacheImage", "NetworkImage", "photoUrls"],
    must_not=["Image.network"],
    checks=["call precacheImage > NetworkImage", "literal 2 | 1"],
)

# Condition: when failNextWrite is set, throw a StateError once (and reset the flag); otherwise store the entry
# and emit the updated list.
row(
    "testing",
    "class_body",
    r"""
import 'dart:async';

import 'package:yoldefteri/models/fuel_entry.dart';
import 'package:yoldefteri/models/trip.dart';
import 'package:yoldefteri/repositories/trip_repository.dart';

/// In-memory [TripRepository] for widget tests; one trip is watched at a time.
class FakeTripRepository implements TripRepository {
  final List<Trip> trips = [];
  final Map<String, List<FuelEntry>> fuelEntries = {};
  final _changes = StreamController<List<FuelEntry>>.broadcast();
  bool failNextWrite = false;

  @override
  Future<List<Trip>> allTrips() async => List.unmodifiable(trips);

  @override
  Future<List<FuelEntry>> entriesFor(String tripId) async {
    final entries = [...?fuelEntries[tripId]];
    entries.sort((a, b) => a.filledAt.compareTo(b.filledAt));
    return entries;
  }

  @override
  Stream<List<FuelEntry>> watchEntries(String tripId) => _changes.stream;

  // addFuelEntry: failNextWrite açıksa bir kere StateError at, değilse kaydı ekleyip güncel listeyi yayınla

  @override
  Future<void> deleteFuelEntry(FuelEntry entry) async {
    fuelEntries[entry.tripId]?.removeWhere((e) => e.id == entry.id);
    _changes.add(await entriesFor(entry.tripId));
  }

  @override
  Future<void> saveTrip(Trip trip) async {
    trips.removeWhere((t) => t.id == trip.id);
    trips.add(trip);
  }

  Future<void> dispose() => _changes.close();
}
""",
    r"""
@override
Future<void> addFuelEntry(FuelEntry entry) async {
  if (failNextWrite) {
    failNextWrite = false;
    throw StateError('write failed');
  }
  fuelEntries.putIfAbsent(entry.tripId, () => []).add(entry);
  _changes.add(await entriesFor(entry.tripId));
}
""",
    [
        "addFuelEntry",
        "failNextWrite = false",
        "StateError",
        "throw | Future.error",
        "fuelEntries",
        "_changes.add | _changes.sink.add",
    ],
    must_not=["Exception(", "_changes.close"],
    checks=["call StateError"],
)

row(
    "performance",
    "class_body",
    r"""
import 'dart:math' as math;

import 'package:flutter/material.dart';

import '../models/consumption_point.dart';

/// Line chart of L/100 km per fill-up, drawn on every trip detail page.
class ConsumptionChartPainter extends CustomPainter {
  ConsumptionChartPainter({required this.points, required this.lineColor, this.targetConsumption});

  final List<ConsumptionPoint> points;
  final Color lineColor;
  final double? targetConsumption;

  @override
  void paint(Canvas canvas, Size size) {
    if (points.length < 2) return;
    final maxValue = points.map((p) => p.litersPer100Km).reduce(math.max) * 1.1;
    final dx = size.width / (points.length - 1);
    double y(double value) => size.height - value / maxValue * size.height;

    final path = Path()..moveTo(0, y(points.first.litersPer100Km));
    for (var i = 1; i < points.length; i++) {
      path.lineTo(i * dx, y(points[i].litersPer100Km));
    }
    canvas.drawPath(
      path,
      Paint()
        ..color = lineColor
        ..strokeWidth = 2
        ..style = PaintingStyle.stroke,
    );

    final target = targetConsumption;
    if (target != null) {
      canvas.drawLine(
        Offset(0, y(target)),
        Offset(size.width, y(target)),
        Paint()
          ..color = lineColor.withValues(alpha: 0.4)
          ..strokeWidth = 1,
      );
    }
  }

  // sadece noktalar, çizgi rengi ya da hedef değişince yeniden çiz
}
""",
    r"""
@override
bool shouldRepaint(covariant ConsumptionChartPainter oldDelegate) {
  return oldDelegate.points != points ||
      oldDelegate.lineColor != lineColor ||
      oldDelegate.targetConsumption != targetConsumption;
}
""",
    ["shouldRepaint", "points", "lineColor", "targetConsumption"],
    must_not=["=> true", "shouldRebuildSemantics"],
)


# ================================================================ element

row(
    "platform",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../settings/log_settings.dart';
import '../widgets/currency_picker_sheet.dart';

class LogSettingsPage extends StatelessWidget {
  const LogSettingsPage({super.key});

  @override
  Widget build(BuildContext context) {
    final settings = context.watch<LogSettings>();
    return Scaffold(
      appBar: AppBar(title: const Text('Ayarlar')),
      body: ListView(
        children: [
          ListTile(
            leading: const Icon(Icons.payments_outlined),
            title: const Text('Para birimi'),
            subtitle: Text(settings.currencyCode),
            onTap: () async {
              final code = await showModalBottomSheet<String>(
                context: context,
                builder: (_) => CurrencyPickerSheet(selected: settings.currencyCode),
              );
              if (code != null) settings.setCurrencyCode(code);
            },
          ),
          // litre yerine galon ayarı, iOS'ta Cupertino görünümlü switch'li satır
          SwitchListTile(
            secondary: const Icon(Icons.receipt_long_outlined),
            title: const Text('Fişleri buluta yedekle'),
            value: settings.backupReceipts,
            onChanged: settings.setBackupReceipts,
          ),
          const Divider(),
          ListTile(
            leading: const Icon(Icons.file_download_outlined),
            title: const Text('Kayıtları CSV olarak dışa aktar'),
            onTap: settings.exportCsv,
          ),
        ],
      ),
    );
  }
}
""",
    r"""
SwitchListTile.adaptive(
  secondary: const Icon(Icons.local_gas_station_outlined),
  title: const Text('Litre yerine galon kullan'),
  value: settings.useGallons,
  onChanged: settings.setUseGallons,
),
""",
    ["SwitchListTile.adaptive | Switch.adaptive | CupertinoSwitch", "useGallons", "onChanged"],
    must_not=["backupReceipts"],
)

row(
    "images_assets",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_svg/flutter_svg.dart';

import '../models/vehicle.dart';

class VehicleCard extends StatelessWidget {
  const VehicleCard({super.key, required this.vehicle, required this.onTap});

  final Vehicle vehicle;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Card(
      child: InkWell(
        onTap: onTap,
        borderRadius: BorderRadius.circular(12),
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: Row(
            children: [
              // yakıt tipinin svg ikonu, assets/icons/ altından, 28 boyutunda ve tema ana renginde
              const SizedBox(width: 12),
              Expanded(
                child: Column(
                  crossAxisAlignment: CrossAxisAlignment.start,
                  children: [
                    Text(vehicle.plate, style: theme.textTheme.titleMedium),
                    Text('${vehicle.make} ${vehicle.model} · ${vehicle.year}', style: theme.textTheme.bodySmall),
                  ],
                ),
              ),
              Text(
                '${vehicle.avgConsumption.toStringAsFixed(1)} L/100 km',
                style: theme.textTheme.labelLarge,
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
SvgPicture.asset(
  'assets/icons/${vehicle.fuelType.name}.svg',
  width: 28,
  height: 28,
  colorFilter: ColorFilter.mode(theme.colorScheme.primary, BlendMode.srcIn),
),
""",
    ["SvgPicture.asset", "fuelType", "colorFilter", "primary"],
    must_not=["Image.asset", "color:"],
    checks=["literal 28", "literal 'assets/icons/'"],
)

row(
    "testing",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:patiyuva/models/pet.dart';
import 'package:patiyuva/repositories/pet_repository.dart';
import 'package:patiyuva/screens/home_shell.dart';
import 'package:patiyuva/state/favorites_store.dart';
import 'package:provider/provider.dart';

import '../fakes/fake_pet_repository.dart';
import '../fakes/in_memory_favorites_storage.dart';

const _luna = Pet(id: 'p1', name: 'Luna', species: PetSpecies.cat, listingNo: 'PY-1041');
const _pamuk = Pet(id: 'p2', name: 'Pamuk', species: PetSpecies.dog, listingNo: 'PY-1042');

void main() {
  testWidgets('favoriye eklenen hayvan Favoriler sekmesinde görünür', (tester) async {
    final repository = FakePetRepository(pets: [_luna, _pamuk]);
    final favorites = FavoritesStore(storage: InMemoryFavoritesStorage());

    await tester.pumpWidget(
      MultiProvider(
        providers: [
          Provider<PetRepository>.value(value: repository),
          // favori deposunu da dinlenebilir şekilde ver
        ],
        child: const MaterialApp(home: HomeShell()),
      ),
    );
    await tester.pumpAndSettle();

    await tester.tap(find.byKey(const ValueKey('favorite-p2')));
    await tester.pump();
    await tester.tap(find.text('Favoriler'));
    await tester.pumpAndSettle();

    expect(favorites.ids, contains('p2'));
    expect(find.text('Pamuk'), findsOneWidget);
    expect(find.text('Luna'), findsNothing);
  });
}
""",
    r"""
ChangeNotifierProvider<FavoritesStore>.value(value: favorites),
""",
    ["ChangeNotifierProvider | ListenableProvider", "favorites"],
    must_not=["Provider<FavoritesStore>.value", "FavoritesStore("],
    checks=[
        "call ChangeNotifierProvider.value | ChangeNotifierProvider | ListenableProvider.value | ListenableProvider"
    ],
)

row(
    "performance",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/pet.dart';
import '../models/shelter.dart';
import '../widgets/pet_row.dart';
import '../widgets/shelter_info_header.dart';

class ShelterPetsPage extends StatelessWidget {
  const ShelterPetsPage({super.key, required this.shelter, required this.pets, required this.onOpen});

  final Shelter shelter;
  final List<Pet> pets;
  final ValueChanged<Pet> onOpen;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: CustomScrollView(
        slivers: [
          SliverAppBar.large(
            title: Text(shelter.name),
            actions: [
              IconButton(
                tooltip: 'Barınağı ara',
                icon: const Icon(Icons.call),
                onPressed: shelter.phone == null ? null : () => shelter.call(),
              ),
            ],
          ),
          SliverToBoxAdapter(child: ShelterInfoHeader(shelter: shelter)),
          SliverPadding(
            padding: const EdgeInsets.fromLTRB(16, 16, 16, 8),
            sliver: SliverToBoxAdapter(
              child: Text('${pets.length} hayvan yuva bekliyor', style: Theme.of(context).textTheme.titleMedium),
            ),
          ),
          // hayvanları sabit 112 yükseklikli satırlarla tembel listele, her satır PetRow
          const SliverToBoxAdapter(child: SizedBox(height: 24)),
        ],
      ),
    );
  }
}
""",
    r"""
SliverFixedExtentList.builder(
  itemExtent: 112,
  itemCount: pets.length,
  itemBuilder: (context, index) => PetRow(pet: pets[index], onTap: () => onOpen(pets[index])),
),
""",
    [
        "SliverFixedExtentList | SliverPrototypeExtentList",
        "SliverFixedExtentList.builder | SliverPrototypeExtentList.builder | SliverChildBuilderDelegate",
        "PetRow",
        "pets",
    ],
    must_not=["SliverList.list", "SliverChildListDelegate", "shrinkWrap"],
    checks=["literal 112"],
)


# ================================================================ argument

row(
    "platform",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/pet.dart';

class PetPhotoViewer extends StatefulWidget {
  const PetPhotoViewer({super.key, required this.pet, this.initialIndex = 0});

  final Pet pet;
  final int initialIndex;

  @override
  State<PetPhotoViewer> createState() => _PetPhotoViewerState();
}

class _PetPhotoViewerState extends State<PetPhotoViewer> {
  late final PageController _pages = PageController(initialPage: widget.initialIndex);
  late int _index = widget.initialIndex;

  @override
  void dispose() {
    _pages.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final photos = widget.pet.photoUrls;
    return Scaffold(
      backgroundColor: Colors.black,
      extendBodyBehindAppBar: true,
      appBar: AppBar(
        backgroundColor: Colors.transparent,
        foregroundColor: Colors.white,
        // durum çubuğu ikonları beyaz olsun
        title: Text('${_index + 1} / ${photos.length}'),
      ),
      body: PageView.builder(
        controller: _pages,
        itemCount: photos.length,
        onPageChanged: (index) => setState(() => _index = index),
        itemBuilder: (context, index) => InteractiveViewer(
          maxScale: 4,
          child: Center(child: Image.network(photos[index], fit: BoxFit.contain)),
        ),
      ),
    );
  }
}
""",
    r"""
systemOverlayStyle: SystemUiOverlayStyle.light,
""",
    ["systemOverlayStyle", "SystemUiOverlayStyle.light | statusBarIconBrightness: Brightness.light"],
    must_not=["SystemUiOverlayStyle.dark", "statusBarIconBrightness: Brightness.dark", "setSystemUIOverlayStyle"],
)

row(
    "images_assets",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/shelter.dart';

class ShelterHeader extends StatelessWidget {
  const ShelterHeader({super.key, required this.shelter, required this.onDirections});

  final Shelter shelter;
  final VoidCallback onDirections;

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    return Container(
      height: 220,
      padding: const EdgeInsets.all(20),
      alignment: Alignment.bottomLeft,
      // barınak fotoğrafı arka planı kaplasın, yazı okunsun diye %40 karartılsın
      child: Column(
        mainAxisSize: MainAxisSize.min,
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(shelter.name, style: textTheme.headlineSmall?.copyWith(color: Colors.white)),
          const SizedBox(height: 4),
          Text(
            '${shelter.district} · ${shelter.petCount} hayvan',
            style: textTheme.bodyMedium?.copyWith(color: Colors.white70),
          ),
          const SizedBox(height: 12),
          FilledButton.tonalIcon(
            onPressed: onDirections,
            icon: const Icon(Icons.directions),
            label: const Text('Yol tarifi'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
decoration: BoxDecoration(
  image: DecorationImage(
    image: NetworkImage(shelter.coverPhotoUrl),
    fit: BoxFit.cover,
    colorFilter: ColorFilter.mode(Colors.black.withValues(alpha: 0.4), BlendMode.darken),
  ),
),
""",
    [
        "decoration",
        "DecorationImage",
        "NetworkImage",
        "BoxFit.cover",
        "colorFilter | opacity",
    ],
    must_not=["withOpacity", "Image.network"],
    checks=["call BoxDecoration(image: DecorationImage)", "literal 0.4 | 0.6 | 102"],
)

row(
    "testing",
    "argument",
    r"""
import 'package:flutter/cupertino.dart';
import 'package:flutter/foundation.dart';
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:yoldefteri/screens/add_fuel_entry_page.dart';

import '../fakes/fake_trip_repository.dart';

void main() {
  late FakeTripRepository repository;

  setUp(() => repository = FakeTripRepository());

  testWidgets(
    'dolum tarihi seçici platforma uygun açılır',
    (tester) async {
      await tester.pumpWidget(
        MaterialApp(home: AddFuelEntryPage(tripId: 't1', repository: repository)),
      );
      await tester.tap(find.byIcon(Icons.calendar_today));
      await tester.pumpAndSettle();

      if (defaultTargetPlatform == TargetPlatform.iOS) {
        expect(find.byType(CupertinoDatePicker), findsOneWidget);
      } else {
        expect(find.byType(DatePickerDialog), findsOneWidget);
      }
    },
    // iOS ve Android icin ayri ayri kossun
  );

  testWidgets('litre boşsa kaydetmez', (tester) async {
    await tester.pumpWidget(
      MaterialApp(home: AddFuelEntryPage(tripId: 't1', repository: repository)),
    );
    await tester.tap(find.text('Kaydet'));
    await tester.pump();

    expect(find.text('Litre girin'), findsOneWidget);
    expect(repository.fuelEntries, isEmpty);
  });
}
""",
    r"""
variant: const TargetPlatformVariant({TargetPlatform.iOS, TargetPlatform.android}),
""",
    ["variant", "TargetPlatformVariant", "TargetPlatform.iOS | mobile", "TargetPlatform.android | mobile"],
    must_not=["TargetPlatformVariant.only", "TargetPlatformVariant.all", "debugDefaultTargetPlatformOverride"],
)

row(
    "performance",
    "argument",
    r"""
import 'dart:io';

import 'package:flutter/material.dart';

import '../models/expense.dart';

/// Horizontal strip of receipt photos under a trip's expense list.
class ReceiptThumbnailStrip extends StatelessWidget {
  const ReceiptThumbnailStrip({super.key, required this.expenses, required this.onOpen});

  final List<Expense> expenses;
  final ValueChanged<Expense> onOpen;

  static const double _thumbSize = 64;

  @override
  Widget build(BuildContext context) {
    final withReceipts = expenses.where((e) => e.receiptPath != null).toList();
    if (withReceipts.isEmpty) return const SizedBox.shrink();
    return SizedBox(
      height: _thumbSize + 16,
      child: ListView.separated(
        scrollDirection: Axis.horizontal,
        padding: const EdgeInsets.all(8),
        itemCount: withReceipts.length,
        separatorBuilder: (_, __) => const SizedBox(width: 8),
        itemBuilder: (context, index) {
          final expense = withReceipts[index];
          return GestureDetector(
            onTap: () => onOpen(expense),
            child: ClipRRect(
              borderRadius: BorderRadius.circular(8),
              child: Image.file(
                File(expense.receiptPath!),
                width: _thumbSize,
                height: _thumbSize,
                fit: BoxFit.cover,
                // 12 MP fis tam boy cozulmesin: kucuk resim boyutu x ekran yogunlugu kadar coz
              ),
            ),
          );
        },
      ),
    );
  }
}
""",
    r"""
cacheWidth: (_thumbSize * MediaQuery.devicePixelRatioOf(context)).round(),
""",
    [
        "cacheWidth | cacheHeight",
        "_thumbSize | 64",
        "devicePixelRatio | devicePixelRatioOf",
        "round | ceil | toInt",
    ],
    must_not=["ResizeImage", "filterQuality"],
)


if __name__ == "__main__":
    ROWS.write()
