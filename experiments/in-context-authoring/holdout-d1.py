"""In-context held-out rows, batch 4 (holdout-d1): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics navigation, storage, theming, testing (5 each, one per
position); app domains a bus/train timetable app and a plant-care reminder app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-d1.py  -> data/in_context/drafts/holdout-d1.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-d1", "holdd1")
row = ROWS.row


# ================================================================ statements

row("navigation", "statements", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

class Station {
  const Station({required this.code, required this.name});

  final String code;
  final String name;
}

class TripSearchPage extends StatefulWidget {
  const TripSearchPage({super.key, required this.stations});

  final List<Station> stations;

  @override
  State<TripSearchPage> createState() => _TripSearchPageState();
}

class _TripSearchPageState extends State<TripSearchPage> {
  Station? _from;
  Station? _to;
  DateTime _date = DateTime.now();

  void _swapStations() {
    setState(() {
      final from = _from;
      _from = _to;
      _to = from;
    });
  }

  void _search() {
    if (_from == null || _to == null) {
      ScaffoldMessenger.of(context).showSnackBar(
        const SnackBar(content: Text('Kalkış ve varış istasyonunu seçin')),
      );
      return;
    }
    // 'trip-results' sayfasına git: kalkış ve varış istasyon kodları from/to, tarih de yyyy-MM-dd olarak date query parametresiyle gitsin
  }

  Widget _stationField(String label, Station? value, ValueChanged<Station?> onChanged) {
    return DropdownButtonFormField<Station>(
      value: value,
      decoration: InputDecoration(labelText: label),
      items: [
        for (final s in widget.stations) DropdownMenuItem(value: s, child: Text(s.name)),
      ],
      onChanged: onChanged,
    );
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Sefer Ara')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          _stationField('Nereden', _from, (s) => setState(() => _from = s)),
          IconButton(icon: const Icon(Icons.swap_vert), onPressed: _swapStations),
          _stationField('Nereye', _to, (s) => setState(() => _to = s)),
          ListTile(
            leading: const Icon(Icons.calendar_today),
            title: Text('${_date.day}.${_date.month}.${_date.year}'),
            onTap: () async {
              final picked = await showDatePicker(
                context: context,
                initialDate: _date,
                firstDate: DateTime.now(),
                lastDate: DateTime.now().add(const Duration(days: 60)),
              );
              if (picked != null) setState(() => _date = picked);
            },
          ),
          const SizedBox(height: 16),
          FilledButton(onPressed: _search, child: const Text('Ara')),
        ],
      ),
    );
  }
}
""", r"""
final date = _date.toIso8601String().substring(0, 10);
context.pushNamed(
  'trip-results',
  queryParameters: {'from': _from!.code, 'to': _to!.code, 'date': date},
);
""", ["pushNamed | goNamed", "queryParameters", "_from", "_to", ".code", "_date",
      "toIso8601String | DateFormat | padLeft"],
    must_not=["Navigator", "pathParameters"],
    checks=["call .pushNamed | .goNamed(queryParameters)", "literal 'trip-results'", "literal 'from'",
            "literal 'date'"])

row("storage", "statements", r"""
import 'package:sqflite/sqflite.dart';

class Plant {
  const Plant({
    required this.id,
    required this.name,
    required this.room,
    required this.waterEveryDays,
    required this.nextWatering,
  });

  final int id;
  final String name;
  final String room;
  final int waterEveryDays;
  final DateTime nextWatering;

  factory Plant.fromMap(Map<String, Object?> map) => Plant(
        id: map['id'] as int,
        name: map['name'] as String,
        room: map['room'] as String,
        waterEveryDays: map['water_every_days'] as int,
        nextWatering: DateTime.fromMillisecondsSinceEpoch(map['next_watering'] as int),
      );
}

class PlantRepository {
  PlantRepository(this._db);

  final Database _db;

  Future<void> markWatered(Plant plant) async {
    final next = DateTime.now().add(Duration(days: plant.waterEveryDays));
    await _db.update(
      'plants',
      {'next_watering': next.millisecondsSinceEpoch},
      where: 'id = ?',
      whereArgs: [plant.id],
    );
  }

  Future<List<Plant>> dueToday() async {
    // bugün bitmeden sulanması gereken bitkileri getir (gecikenler de dahil), en acil olan en üstte
  }

  Future<int> countInRoom(String room) async {
    final result = await _db.rawQuery('SELECT COUNT(*) FROM plants WHERE room = ?', [room]);
    return Sqflite.firstIntValue(result) ?? 0;
  }
}
""", r"""
final now = DateTime.now();
final endOfToday = DateTime(now.year, now.month, now.day + 1);
final rows = await _db.query(
  'plants',
  where: 'next_watering < ?',
  whereArgs: [endOfToday.millisecondsSinceEpoch],
  orderBy: 'next_watering ASC',
);
return rows.map(Plant.fromMap).toList();
""", ["_db.query | _db.rawQuery", "DateTime.now", "day + 1 | 23 | days: 1", "millisecondsSinceEpoch",
      "orderBy | rawQuery", "Plant.fromMap", "toList | for ( | List.of | List.from"],
    checks=["literal 'next_watering'", "literal 'plants'"])

row("theming", "statements", r"""
import 'package:flutter/material.dart';

import 'pages/plant_list_page.dart';

const leafGreen = Color(0xFF2E7D32);

ThemeData buildPlantTheme(Brightness brightness) {
  // leafGreen'den brightness'a uygun renk semasi uret; kartlarin koseleri 16 yuvarlak, FAB'lar da tertiary renkte olsun
}

class PlantCareApp extends StatelessWidget {
  const PlantCareApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Yeşil Köşe',
      debugShowCheckedModeBanner: false,
      theme: buildPlantTheme(Brightness.light),
      darkTheme: buildPlantTheme(Brightness.dark),
      themeMode: ThemeMode.system,
      home: const PlantListPage(),
    );
  }
}

void main() {
  WidgetsFlutterBinding.ensureInitialized();
  runApp(const PlantCareApp());
}
""", r"""
final scheme = ColorScheme.fromSeed(seedColor: leafGreen, brightness: brightness);
return ThemeData(
  colorScheme: scheme,
  useMaterial3: true,
  cardTheme: CardThemeData(
    shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(16)),
  ),
  floatingActionButtonTheme: FloatingActionButtonThemeData(
    backgroundColor: scheme.tertiary,
    foregroundColor: scheme.onTertiary,
  ),
);
""", ["ColorScheme.fromSeed | colorSchemeSeed", "leafGreen", "brightness", "cardTheme", "CardThemeData | CardTheme",
      "BorderRadius.circular | Radius.circular", "floatingActionButtonTheme", "FloatingActionButtonThemeData",
      "tertiary | tertiaryContainer"],
    must_not=["Colors."],
    checks=["call ThemeData", "literal 16"])

row("testing", "statements", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

class PlantCard extends StatelessWidget {
  const PlantCard({super.key, required this.name, required this.daysLeft, required this.onWater});

  final String name;
  final int daysLeft;
  final VoidCallback onWater;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: ListTile(
        leading: const Icon(Icons.eco),
        title: Text(name),
        subtitle: Text(daysLeft <= 0 ? 'Bugün sulanmalı' : '$daysLeft gün sonra'),
        trailing: IconButton(
          icon: const Icon(Icons.water_drop),
          tooltip: 'Sula',
          onPressed: onWater,
        ),
      ),
    );
  }
}

Future<void> waterPlant(WidgetTester tester, String plantName) async {
  // plantName yazan karttaki sulama butonuna bas, animasyonlar bitene kadar bekle
}

void main() {
  testWidgets('sadece seçilen bitki sulanır', (tester) async {
    final watered = <String>[];
    await tester.pumpWidget(
      MaterialApp(
        home: Scaffold(
          body: ListView(
            children: [
              for (final name in ['Monstera', 'Kaktüs', 'Fesleğen'])
                PlantCard(name: name, daysLeft: 0, onWater: () => watered.add(name)),
            ],
          ),
        ),
      ),
    );

    await waterPlant(tester, 'Kaktüs');

    expect(watered, ['Kaktüs']);
  });
}
""", r"""
final card = find.widgetWithText(Card, plantName);
await tester.tap(find.descendant(of: card, matching: find.byIcon(Icons.water_drop)));
await tester.pumpAndSettle();
""", ["find.descendant | find.ancestor | find.widgetWithText | find.widgetWithIcon", "plantName", "tester.tap",
      "find.byIcon | find.byTooltip | IconButton | find.widgetWithIcon", "pumpAndSettle"])

# ================================================================ callback

row("navigation", "callback", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'pages/plant_list_page.dart';
import 'pages/settings_page.dart';
import 'pages/today_page.dart';

class PlantShell extends StatelessWidget {
  const PlantShell({super.key, required this.navigationShell});

  final StatefulNavigationShell navigationShell;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: navigationShell,
      bottomNavigationBar: NavigationBar(
        selectedIndex: navigationShell.currentIndex,
        onDestinationSelected: (index) {
          // ilgili sekmeye gec; zaten acik olan sekmeye tekrar basilirsa o sekmenin ilk sayfasina donsun
        },
        destinations: const [
          NavigationDestination(icon: Icon(Icons.eco_outlined), selectedIcon: Icon(Icons.eco), label: 'Bitkilerim'),
          NavigationDestination(
            icon: Icon(Icons.water_drop_outlined),
            selectedIcon: Icon(Icons.water_drop),
            label: 'Bugün',
          ),
          NavigationDestination(icon: Icon(Icons.settings_outlined), label: 'Ayarlar'),
        ],
      ),
    );
  }
}

final plantRouter = GoRouter(
  initialLocation: '/plants',
  routes: [
    StatefulShellRoute.indexedStack(
      builder: (context, state, navigationShell) => PlantShell(navigationShell: navigationShell),
      branches: [
        StatefulShellBranch(routes: [GoRoute(path: '/plants', builder: (context, state) => const PlantListPage())]),
        StatefulShellBranch(routes: [GoRoute(path: '/today', builder: (context, state) => const TodayPage())]),
        StatefulShellBranch(routes: [GoRoute(path: '/settings', builder: (context, state) => const SettingsPage())]),
      ],
    ),
  ],
);
""", r"""
navigationShell.goBranch(
  index,
  initialLocation: index == navigationShell.currentIndex,
);
""", ["navigationShell.goBranch", "index", "initialLocation", "currentIndex"],
    must_not=["context.go", "Navigator"],
    checks=["call .goBranch(initialLocation)"])

row("storage", "callback", r"""
import 'package:flutter/material.dart';
import 'package:hive_flutter/hive_flutter.dart';

class Plant {
  Plant({required this.id, required this.name, required this.species});

  final String id;
  final String name;
  final String species;
}

class PlantListPage extends StatelessWidget {
  const PlantListPage({super.key, required this.box});

  final Box<Plant> box;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Bitkilerim')),
      body: ValueListenableBuilder<Box<Plant>>(
        valueListenable: box.listenable(),
        builder: (context, box, _) {
          final plants = box.values.toList();
          if (plants.isEmpty) {
            return const Center(child: Text('Henüz bitki eklemedin'));
          }
          return ListView.builder(
            itemCount: plants.length,
            itemBuilder: (context, index) {
              final plant = plants[index];
              return Dismissible(
                key: ValueKey(plant.id),
                direction: DismissDirection.endToStart,
                background: Container(
                  color: Colors.red,
                  alignment: Alignment.centerRight,
                  padding: const EdgeInsets.only(right: 16),
                  child: const Icon(Icons.delete, color: Colors.white),
                ),
                onDismissed: (direction) {
                  // bitkiyi kutudan sil, 'Geri al' butonlu bir snackbar göster; geri alınırsa aynı id ile tekrar kaydet
                },
                child: ListTile(title: Text(plant.name), subtitle: Text(plant.species)),
              );
            },
          );
        },
      ),
    );
  }
}
""", r"""
box.delete(plant.id);
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(
    content: Text('${plant.name} silindi'),
    action: SnackBarAction(
      label: 'Geri al',
      onPressed: () => box.put(plant.id, plant),
    ),
  ),
);
""", ["box.delete | box.deleteAt", "ScaffoldMessenger", "SnackBar", "SnackBarAction", "box.put", ".id"],
    must_not=["box.add", "box.clear"],
    checks=["call SnackBarAction(onPressed: .put)", "literal 'Geri al'"])

row("theming", "callback", r"""
import 'package:dynamic_color/dynamic_color.dart';
import 'package:flutter/material.dart';

import 'pages/departure_board_page.dart';

class TransitApp extends StatelessWidget {
  const TransitApp({super.key, required this.themeMode});

  static const _brandBlue = Color(0xFF1565C0);

  final ThemeMode themeMode;

  @override
  Widget build(BuildContext context) {
    return DynamicColorBuilder(
      builder: (lightDynamic, darkDynamic) {
        // cihaz dinamik renk veriyorsa onu kullan, vermiyorsa _brandBlue seed'li şema; açık ve koyu temalı MaterialApp döndür
      },
    );
  }
}

final themeModeNotifier = ValueNotifier(ThemeMode.system);

void main() {
  WidgetsFlutterBinding.ensureInitialized();
  runApp(
    ValueListenableBuilder<ThemeMode>(
      valueListenable: themeModeNotifier,
      builder: (context, mode, _) => TransitApp(themeMode: mode),
    ),
  );
}
""", r"""
final light = lightDynamic ?? ColorScheme.fromSeed(seedColor: _brandBlue);
final dark = darkDynamic ?? ColorScheme.fromSeed(seedColor: _brandBlue, brightness: Brightness.dark);
return MaterialApp(
  title: 'Durak Saati',
  theme: ThemeData(colorScheme: light, useMaterial3: true),
  darkTheme: ThemeData(colorScheme: dark, useMaterial3: true),
  themeMode: themeMode,
  home: const DepartureBoardPage(),
);
""", ["lightDynamic", "darkDynamic", "?? | != null | == null", "ColorScheme.fromSeed", "_brandBlue",
      "Brightness.dark", "MaterialApp", "DepartureBoardPage"],
    checks=["call MaterialApp(theme, darkTheme)"])

row("testing", "callback", r"""
import 'package:flutter_test/flutter_test.dart';
import 'package:mocktail/mocktail.dart';

class Departure {
  const Departure(this.line, this.minutes);

  final String line;
  final int minutes;
}

abstract class TimetableRepository {
  Future<List<Departure>> fetchDepartures(String stopId);
}

class MockTimetableRepository extends Mock implements TimetableRepository {}

class NextBusService {
  NextBusService(this.repository);

  final TimetableRepository repository;

  Future<Departure?> nextBus(String stopId, String line) async {
    final departures = await repository.fetchDepartures(stopId);
    final matching = departures.where((d) => d.line == line).toList()
      ..sort((a, b) => a.minutes.compareTo(b.minutes));
    return matching.isEmpty ? null : matching.first;
  }
}

void main() {
  late MockTimetableRepository repository;
  late NextBusService service;

  setUp(() {
    // mock'u olustur; hangi durak sorulursa sorulsun 42 hattinin 12 ve 5 dk sonraki seferlerini donsun, service'i de kur
  });

  test('aynı hattın en yakın seferini döner', () async {
    final next = await service.nextBus('durak-1', '42');

    expect(next?.minutes, 5);
    verify(() => repository.fetchDepartures('durak-1')).called(1);
  });

  test('hat yoksa null döner', () async {
    expect(await service.nextBus('durak-1', '15F'), isNull);
  });
}
""", r"""
repository = MockTimetableRepository();
when(() => repository.fetchDepartures(any())).thenAnswer(
  (_) async => const [Departure('42', 12), Departure('42', 5)],
);
service = NextBusService(repository);
""", ["repository = MockTimetableRepository()", "when(", "repository.fetchDepartures", "any() | any<String>()",
      "thenAnswer | thenReturn", "Departure(", "service = NextBusService(repository)"],
    checks=["literal '42'", "literal 12", "literal 5"])

# ================================================================ class_body

row("navigation", "class_body", r"""
import 'package:flutter/material.dart';

class BusStop {
  const BusStop({required this.id, required this.name, required this.lines});

  final String id;
  final String name;
  final List<String> lines;
}

class StopDetailPage extends StatelessWidget {
  const StopDetailPage({super.key, required this.stop});

  final BusStop stop;

  // static route(stop) yaz: sayfa alttan yukari kayarak acilsin (PageRouteBuilder ile), gecis 300 ms surede olsun

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(stop.name)),
      body: ListView(
        children: [
          for (final line in stop.lines)
            ListTile(leading: const Icon(Icons.directions_bus), title: Text('Hat $line')),
        ],
      ),
    );
  }
}

class NearbyStopsList extends StatelessWidget {
  const NearbyStopsList({super.key, required this.stops});

  final List<BusStop> stops;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: stops.length,
      itemBuilder: (context, index) {
        final stop = stops[index];
        return ListTile(
          title: Text(stop.name),
          subtitle: Text(stop.lines.join(', ')),
          trailing: const Icon(Icons.chevron_right),
          onTap: () => Navigator.of(context).push(StopDetailPage.route(stop)),
        );
      },
    );
  }
}
""", r"""
static Route<void> route(BusStop stop) {
  return PageRouteBuilder<void>(
    transitionDuration: const Duration(milliseconds: 300),
    pageBuilder: (context, animation, secondaryAnimation) => StopDetailPage(stop: stop),
    transitionsBuilder: (context, animation, secondaryAnimation, child) {
      final offset = Tween(begin: const Offset(0, 1), end: Offset.zero).animate(animation);
      return SlideTransition(position: offset, child: child);
    },
  );
}
""", ["static", "route(", "PageRouteBuilder", "StopDetailPage(", "SlideTransition | Transform.translate",
      "Offset(0, 1) | Offset(0.0, 1.0) | Offset(0, 1.0) | Offset(0.0, 1)", "transitionDuration"],
    must_not=["MaterialPageRoute", "CupertinoPageRoute"],
    checks=["call PageRouteBuilder(pageBuilder, transitionsBuilder, transitionDuration)", "literal 300"])

row("storage", "class_body", r"""
import 'dart:convert';
import 'dart:io';

import 'package:path_provider/path_provider.dart';

class Departure {
  const Departure({required this.line, required this.destination, required this.time});

  final String line;
  final String destination;
  final DateTime time;

  factory Departure.fromJson(Map<String, dynamic> json) => Departure(
        line: json['line'] as String,
        destination: json['destination'] as String,
        time: DateTime.parse(json['time'] as String),
      );

  Map<String, dynamic> toJson() => {'line': line, 'destination': destination, 'time': time.toIso8601String()};
}

class TimetableCache {
  Future<File> _fileFor(String stopId) async {
    final dir = await getApplicationCacheDirectory();
    return File('${dir.path}/timetable_$stopId.json');
  }

  Future<void> save(String stopId, List<Departure> departures) async {
    final file = await _fileFor(stopId);
    await file.writeAsString(jsonEncode([for (final d in departures) d.toJson()]));
  }

  Future<List<Departure>?> load(String stopId) async {
    final file = await _fileFor(stopId);
    if (!await file.exists()) return null;
    final data = jsonDecode(await file.readAsString()) as List<dynamic>;
    return data.map((e) => Departure.fromJson(e as Map<String, dynamic>)).toList();
  }

  // isStale(stopId) ekle: dosya hiç yoksa ya da son yazılışının üzerinden 30 dakikadan fazla geçtiyse true dönsün
}

class TimetableService {
  TimetableService(this.cache, this.fetchRemote);

  final TimetableCache cache;
  final Future<List<Departure>> Function(String stopId) fetchRemote;

  Future<List<Departure>> departures(String stopId) async {
    if (!await cache.isStale(stopId)) {
      final cached = await cache.load(stopId);
      if (cached != null) return cached;
    }
    final fresh = await fetchRemote(stopId);
    await cache.save(stopId, fresh);
    return fresh;
  }
}
""", r"""
Future<bool> isStale(String stopId) async {
  final file = await _fileFor(stopId);
  if (!await file.exists()) return true;
  final modified = await file.lastModified();
  return DateTime.now().difference(modified) > const Duration(minutes: 30);
}
""", ["isStale", "_fileFor", "exists | existsSync", "lastModified | lastModifiedSync | stat | statSync",
      "DateTime.now", "difference | isBefore | isAfter | subtract"],
    checks=["literal 30"])

row("theming", "class_body", r"""
import 'package:flutter/material.dart';

enum DepartureStatus { onTime, delayed, cancelled }

class Departure {
  const Departure({
    required this.line,
    required this.destination,
    required this.time,
    required this.status,
    this.delayMinutes = 0,
  });

  final String line;
  final String destination;
  final DateTime time;
  final DepartureStatus status;
  final int delayMinutes;
}

class DepartureRow extends StatelessWidget {
  const DepartureRow({super.key, required this.departure});

  final Departure departure;

  // _statusColor(context): zamanindaysa temanin primary, gecikmeliyse error, iptalse outline rengi donsun; sabit renk kullanma

  String get _statusText => switch (departure.status) {
        DepartureStatus.onTime => 'Zamanında',
        DepartureStatus.delayed => '+${departure.delayMinutes} dk',
        DepartureStatus.cancelled => 'İptal',
      };

  @override
  Widget build(BuildContext context) {
    final color = _statusColor(context);
    final t = departure.time;
    final time = '${t.hour.toString().padLeft(2, '0')}:${t.minute.toString().padLeft(2, '0')}';
    return ListTile(
      leading: CircleAvatar(
        backgroundColor: color,
        foregroundColor: Theme.of(context).colorScheme.surface,
        child: Text(departure.line),
      ),
      title: Text(departure.destination),
      subtitle: Text(time),
      trailing: Text(_statusText, style: TextStyle(color: color, fontWeight: FontWeight.w600)),
    );
  }
}
""", r"""
Color _statusColor(BuildContext context) {
  final scheme = Theme.of(context).colorScheme;
  return switch (departure.status) {
    DepartureStatus.onTime => scheme.primary,
    DepartureStatus.delayed => scheme.error,
    DepartureStatus.cancelled => scheme.outline,
  };
}
""", ["_statusColor", "Theme.of(context) | ColorScheme.of(context)", "colorScheme | ColorScheme.of", "primary",
      "error", "outline", "departure.status", "delayed"],
    must_not=["Colors."])

row("testing", "class_body", r"""
import 'package:flutter_test/flutter_test.dart';

class Plant {
  const Plant({required this.id, required this.name, required this.waterEveryDays});

  final String id;
  final String name;
  final int waterEveryDays;
}

abstract class ReminderScheduler {
  Future<void> schedule(String plantId, DateTime at);

  Future<void> cancel(String plantId);
}

class WateringPlanner {
  WateringPlanner(this.scheduler, {DateTime Function()? clock}) : _clock = clock ?? DateTime.now;

  final ReminderScheduler scheduler;
  final DateTime Function() _clock;

  Future<void> plantAdded(Plant plant) =>
      scheduler.schedule(plant.id, _clock().add(Duration(days: plant.waterEveryDays)));

  Future<void> plantRemoved(Plant plant) => scheduler.cancel(plant.id);
}

class FakeReminderScheduler implements ReminderScheduler {
  final scheduled = <String, DateTime>{};

  // iki metodu da override et: schedule map'e yazsin, cancel o bitkiyi map'ten silsin
}

void main() {
  final now = DateTime(2025, 4, 1, 9);
  const basil = Plant(id: 'p1', name: 'Fesleğen', waterEveryDays: 3);

  test('yeni bitki için 3 gün sonraya hatırlatma kurulur', () async {
    final fake = FakeReminderScheduler();
    final planner = WateringPlanner(fake, clock: () => now);

    await planner.plantAdded(basil);

    expect(fake.scheduled['p1'], DateTime(2025, 4, 4, 9));
  });

  test('silinen bitkinin hatırlatması kalkar', () async {
    final fake = FakeReminderScheduler();
    final planner = WateringPlanner(fake, clock: () => now);

    await planner.plantAdded(basil);
    await planner.plantRemoved(basil);

    expect(fake.scheduled, isEmpty);
  });
}
""", r"""
@override
Future<void> schedule(String plantId, DateTime at) async {
  scheduled[plantId] = at;
}

@override
Future<void> cancel(String plantId) async {
  scheduled.remove(plantId);
}
""", ["@override", "schedule(", "cancel(", "scheduled[", "scheduled.remove"],
    must_not=["UnimplementedError", "Mock"])

# ================================================================ element

row("navigation", "element", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'pages/add_plant_page.dart';
import 'pages/plant_detail_page.dart';
import 'pages/plant_list_page.dart';
import 'pages/watering_history_page.dart';

final GlobalKey<NavigatorState> rootNavigatorKey = GlobalKey<NavigatorState>();

final GoRouter router = GoRouter(
  navigatorKey: rootNavigatorKey,
  initialLocation: '/plants',
  routes: [
    GoRoute(
      path: '/plants',
      builder: (context, state) => const PlantListPage(),
      routes: [
        GoRoute(
          path: 'new',
          builder: (context, state) => const AddPlantPage(),
        ),
        // ':plantId' detay sayfasi: id'yi path'ten alip PlantDetailPage'e ver; onun altinda da 'history' olsun (WateringHistoryPage, ayni id)
      ],
    ),
  ],
);

class PlantCareApp extends StatelessWidget {
  const PlantCareApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(
      title: 'Yeşil Köşe',
      theme: ThemeData(colorSchemeSeed: Colors.green, useMaterial3: true),
      routerConfig: router,
    );
  }
}

void main() => runApp(const PlantCareApp());
""", r"""
GoRoute(
  path: ':plantId',
  builder: (context, state) => PlantDetailPage(plantId: state.pathParameters['plantId']!),
  routes: [
    GoRoute(
      path: 'history',
      builder: (context, state) => WateringHistoryPage(plantId: state.pathParameters['plantId']!),
    ),
  ],
),
""", ["GoRoute", "pathParameters", "PlantDetailPage", "WateringHistoryPage", "routes:"],
    must_not=["queryParameters", "extra"],
    checks=["call GoRoute(path, builder, routes)", "literal ':plantId'", "literal 'history'"])

row("storage", "element", r"""
import 'package:flutter/material.dart';
import 'package:sqflite/sqflite.dart';

class TimetableSettingsPage extends StatelessWidget {
  const TimetableSettingsPage({
    super.key,
    required this.db,
    required this.homeStopName,
    required this.onCacheCleared,
  });

  final Database db;
  final String homeStopName;
  final VoidCallback onCacheCleared;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ayarlar')),
      body: ListView(
        children: [
          ListTile(
            leading: const Icon(Icons.home_outlined),
            title: const Text('Ev durağı'),
            subtitle: Text(homeStopName),
          ),
          const Divider(),
          // 'Çevrimdışı saatleri sil' satırı: basınca departures tablosunu boşalt, onCacheCleared'ı çağır, kaç kayıt silindiğini snackbar'da göster
          const AboutListTile(
            applicationName: 'Durak Saati',
            applicationVersion: '2.3.0',
          ),
        ],
      ),
    );
  }
}
""", r"""
ListTile(
  leading: const Icon(Icons.delete_sweep_outlined),
  title: const Text('Çevrimdışı saatleri sil'),
  onTap: () async {
    final count = await db.delete('departures');
    onCacheCleared();
    if (!context.mounted) return;
    ScaffoldMessenger.of(context).showSnackBar(
      SnackBar(content: Text('$count kayıt silindi')),
    );
  },
),
""", ["ListTile | TextButton | FilledButton | ElevatedButton | OutlinedButton",
      "= await db.delete | = await db.rawDelete | .then(", "onCacheCleared", "ScaffoldMessenger", "SnackBar"],
    must_not=["deleteDatabase", "db.execute", "DROP"],
    checks=["literal 'Cevrimdisi saatleri sil'", "literal 'departures'"])

row("theming", "element", r"""
import 'package:flutter/material.dart';

class Plant {
  const Plant({required this.name, required this.room});

  final String name;
  final String room;
}

class PlantListPage extends StatelessWidget {
  const PlantListPage({
    super.key,
    required this.plants,
    required this.onAddPlant,
    required this.onToggleTheme,
  });

  final List<Plant> plants;
  final VoidCallback onAddPlant;
  final VoidCallback onToggleTheme;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Bitkilerim'),
        actions: [
          // tema butonu: koyu temadaysak gunes, acik temadaysak ay ikonu gostersin, basinca onToggleTheme calissin
          IconButton(
            icon: const Icon(Icons.add),
            tooltip: 'Bitki ekle',
            onPressed: onAddPlant,
          ),
        ],
      ),
      body: ListView.builder(
        itemCount: plants.length,
        itemBuilder: (context, index) => ListTile(
          leading: const Icon(Icons.local_florist),
          title: Text(plants[index].name),
          subtitle: Text(plants[index].room),
        ),
      ),
    );
  }
}
""", r"""
IconButton(
  tooltip: 'Temayı değiştir',
  icon: Icon(
    Theme.of(context).brightness == Brightness.dark ? Icons.light_mode : Icons.dark_mode,
  ),
  onPressed: onToggleTheme,
),
""", ["IconButton", "brightness | brightnessOf", "Brightness.dark | Brightness.light",
      "Icons.light_mode | Icons.light_mode_outlined | Icons.wb_sunny | Icons.wb_sunny_outlined | Icons.sunny",
      "Icons.dark_mode | Icons.dark_mode_outlined | Icons.nightlight | Icons.nightlight_round | Icons.mode_night | "
      "Icons.bedtime",
      "onToggleTheme"],
    must_not=["platformBrightness",
              "== Brightness.dark ? Icons.dark_mode | == Brightness.light ? Icons.light_mode | "
              "== Brightness.dark ? Icons.nightlight | == Brightness.light ? Icons.wb_sunny | "
              "isDark ? Icons.dark_mode | isDark ? Icons.nightlight"],
    checks=["call IconButton(onPressed)"])

row("testing", "element", r"""
import 'package:flutter_test/flutter_test.dart';

/// Remaining time on the departure board: 'Şimdi' under a minute, '12 dk' under an hour,
/// '2 saat' on the hour, '1 sa 5 dk' otherwise.
String formatWait(Duration wait) {
  if (wait.inMinutes < 1) return 'Şimdi';
  if (wait.inMinutes < 60) return '${wait.inMinutes} dk';
  final minutes = wait.inMinutes % 60;
  return minutes == 0 ? '${wait.inHours} saat' : '${wait.inHours} sa $minutes dk';
}

void main() {
  group('formatWait', () {
    final cases = <(Duration, String)>[
      (const Duration(seconds: 30), 'Şimdi'),
      (const Duration(minutes: 12), '12 dk'),
      // tam 1 saat ile 1 saat 5 dakika durumlarini da ekle
    ];

    for (final (wait, expected) in cases) {
      test('$wait -> $expected', () {
        expect(formatWait(wait), expected);
      });
    }

    test('kaçmış sefer için de Şimdi yazar', () {
      expect(formatWait(const Duration(minutes: -3)), 'Şimdi');
    });
  });
}
""", r"""
(const Duration(hours: 1), '1 saat'),
(const Duration(hours: 1, minutes: 5), '1 sa 5 dk'),
""", ["Duration(", "hours: 1 | minutes: 60 | minutes: 65", "minutes: 5 | minutes: 65"],
    checks=["literal '1 saat'", "literal '1 sa 5 dk'"])

# ================================================================ argument

row("navigation", "argument", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'pages/departures_page.dart';
import 'pages/login_page.dart';
import 'pages/my_tickets_page.dart';

class AuthController extends ChangeNotifier {
  String? _token;

  bool get isLoggedIn => _token != null;

  void signIn(String token) {
    _token = token;
    notifyListeners();
  }

  void signOut() {
    _token = null;
    notifyListeners();
  }
}

GoRouter buildRouter(AuthController auth) {
  return GoRouter(
    initialLocation: '/departures',
    refreshListenable: auth,
    // giris yapmamis kullanici /tickets altina girmeye calisirsa /login'e gonder; giris yapmis biri /login'deyse /tickets'a al
    routes: [
      GoRoute(path: '/departures', builder: (context, state) => const DeparturesPage()),
      GoRoute(path: '/login', builder: (context, state) => const LoginPage()),
      GoRoute(path: '/tickets', builder: (context, state) => const MyTicketsPage()),
    ],
  );
}

class TimetableApp extends StatelessWidget {
  const TimetableApp({super.key, required this.auth});

  final AuthController auth;

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(
      title: 'Durak Saati',
      routerConfig: buildRouter(auth),
    );
  }
}
""", r"""
redirect: (context, state) {
  final atLogin = state.matchedLocation == '/login';
  if (!auth.isLoggedIn && state.matchedLocation.startsWith('/tickets')) return '/login';
  if (auth.isLoggedIn && atLogin) return '/tickets';
  return null;
},
""", ["redirect:", "auth.isLoggedIn", "matchedLocation | uri | fullPath", "null"],
    must_not=["context.go", "Navigator"],
    checks=["literal '/login'", "literal '/tickets'"])

row("storage", "argument", r"""
import 'package:flutter/material.dart';
import 'package:sqflite/sqflite.dart';

class RoomPlantsPage extends StatefulWidget {
  const RoomPlantsPage({super.key, required this.db, required this.room});

  final Database db;
  final String room;

  @override
  State<RoomPlantsPage> createState() => _RoomPlantsPageState();
}

class _RoomPlantsPageState extends State<RoomPlantsPage> {
  late Future<List<Map<String, Object?>>> _plants;

  @override
  void initState() {
    super.initState();
    _plants = _load();
  }

  Future<List<Map<String, Object?>>> _load() {
    return widget.db.query(
      'plants',
      columns: ['id', 'name', 'next_watering'],
      // sadece bu odadaki ve arşivlenmemiş (archived = 0) bitkiler gelsin, isme göre alfabetik
    );
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.room)),
      body: FutureBuilder<List<Map<String, Object?>>>(
        future: _plants,
        builder: (context, snapshot) {
          final rows = snapshot.data;
          if (rows == null) {
            return const Center(child: CircularProgressIndicator());
          }
          return ListView(
            children: [
              for (final row in rows) ListTile(title: Text(row['name'] as String)),
            ],
          );
        },
      ),
    );
  }
}
""", r"""
where: 'room = ? AND archived = ?',
whereArgs: [widget.room, 0],
orderBy: 'name ASC',
""", ["where:", "whereArgs:", "widget.room", "orderBy:"],
    checks=["literal 'room'", "literal 'archived'", "literal 'name'"])

row("theming", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter_localizations/flutter_localizations.dart';

import 'pages/home_page.dart';

class GreenCornerApp extends StatelessWidget {
  const GreenCornerApp({super.key});

  static const _seed = Color(0xFF388E3C);

  @override
  Widget build(BuildContext context) {
    final scheme = ColorScheme.fromSeed(seedColor: _seed);
    return MaterialApp(
      title: 'Yeşil Köşe',
      debugShowCheckedModeBanner: false,
      theme: ThemeData(
        colorScheme: scheme,
        useMaterial3: true,
        // yazı tipi assets'teki 'Nunito' olsun; AppBar başlığı ortada, arka planı primaryContainer, kaydırınca gölge çıkmasın
      ),
      locale: const Locale('tr'),
      supportedLocales: const [Locale('tr'), Locale('en')],
      localizationsDelegates: GlobalMaterialLocalizations.delegates,
      home: const HomePage(),
    );
  }
}

void main() => runApp(const GreenCornerApp());
""", r"""
fontFamily: 'Nunito',
appBarTheme: AppBarTheme(
  centerTitle: true,
  backgroundColor: scheme.primaryContainer,
  foregroundColor: scheme.onPrimaryContainer,
  scrolledUnderElevation: 0,
),
""", ["fontFamily", "appBarTheme", "AppBarTheme | AppBarThemeData", "centerTitle: true", "backgroundColor",
      "scheme.primaryContainer", "scrolledUnderElevation"],
    checks=["literal 'Nunito'", "call AppBarTheme | AppBarThemeData(centerTitle, backgroundColor, scrolledUnderElevation)",
            "literal 0"])

row("testing", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

class DepartureTile extends StatelessWidget {
  const DepartureTile({super.key, required this.line, required this.destination, required this.time});

  final String line;
  final String destination;
  final String time;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: CircleAvatar(child: Text(line)),
      title: Text(destination, maxLines: 1, overflow: TextOverflow.ellipsis),
      trailing: Text(time, style: Theme.of(context).textTheme.titleMedium),
    );
  }
}

void main() {
  testWidgets('büyük yazıda tabela satırı taşmaz', (tester) async {
    await tester.pumpWidget(
      MaterialApp(
        home: MediaQuery(
          data: const MediaQueryData(
            // yazi olcegi 2 kat olsun, erisilebilirlikteki kalin yazi da acik olsun
          ),
          child: const Scaffold(
            body: DepartureTile(line: '500T', destination: 'Kadıköy - Tuzla Şifa Mahallesi', time: '23:45'),
          ),
        ),
      ),
    );

    expect(tester.takeException(), isNull);
    expect(find.text('23:45'), findsOneWidget);
  });
}
""", r"""
textScaler: TextScaler.linear(2),
boldText: true,
""", ["textScaler | textScaleFactor", "boldText: true"],
    checks=["literal 2"])


ROWS.write()
