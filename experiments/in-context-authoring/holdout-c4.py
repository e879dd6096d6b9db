"""In-context held-out rows, batch 3 (holdout-c4): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics widgets_layout, platform, testing, performance,
dart_language (4 each); app domains: a parking app and a gym-booking app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-c4.py  -> data/in_context/drafts/holdout-c4.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-c4", "holdc4")
row = ROWS.row


# ================================================================ statements

row("platform", "statements", r"""
import 'package:flutter/material.dart';
import 'package:url_launcher/url_launcher.dart';

class ParkingLot {
  const ParkingLot({required this.name, required this.address, required this.supportPhone});

  final String name;
  final String address;
  final String supportPhone;
}

class LotDetailPage extends StatefulWidget {
  const LotDetailPage({super.key, required this.lot});

  final ParkingLot lot;

  @override
  State<LotDetailPage> createState() => _LotDetailPageState();
}

class _LotDetailPageState extends State<LotDetailPage> {
  Future<void> _callSupport() async {
    // otoparkin destek hattini telefondan ara, arama acilamazsa 'Arama başlatılamadı' snackbar'i goster
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.lot.name)),
      body: ListTile(
        leading: const Icon(Icons.location_on),
        title: Text(widget.lot.address),
      ),
      floatingActionButton: FloatingActionButton(
        onPressed: _callSupport,
        child: const Icon(Icons.phone),
      ),
    );
  }
}
""", r"""
final uri = Uri(scheme: 'tel', path: widget.lot.supportPhone);
final launched = await launchUrl(uri);
if (!launched && mounted) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Arama başlatılamadı')),
  );
}
""", ["launchUrl | launchUrlString", "supportPhone", "showSnackBar", "mounted"],
    must_not=["launch("],
    checks=["literal 'tel'", "literal 'Arama başlatılamadı'", "call SnackBar(content)"])

row("testing", "statements", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

class GymClass {
  const GymClass({required this.title, required this.capacity, required this.booked});

  final String title;
  final int capacity;
  final int booked;
}

abstract class ClassRepository {
  Future<List<GymClass>> todaysClasses();
}

class FakeClassRepository implements ClassRepository {
  FakeClassRepository(this.classes);

  final List<GymClass> classes;

  @override
  Future<List<GymClass>> todaysClasses() async => classes;
}

class TodayClassesPage extends StatelessWidget {
  const TodayClassesPage({super.key, required this.repository});

  final ClassRepository repository;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: FutureBuilder<List<GymClass>>(
        future: repository.todaysClasses(),
        builder: (context, snapshot) {
          final classes = snapshot.data ?? const <GymClass>[];
          return ListView(
            children: [
              for (final c in classes)
                ListTile(title: Text(c.title), trailing: Text('${c.booked}/${c.capacity}')),
            ],
          );
        },
      ),
    );
  }
}

Future<void> pumpTodayPage(WidgetTester tester, List<GymClass> classes) async {
  // sayfayi FakeClassRepository ile MaterialApp icinde ac, dersler gelene kadar bekle
}

void main() {
  testWidgets('bugünkü dersler listelenir', (tester) async {
    await pumpTodayPage(tester, const [GymClass(title: 'Pilates', capacity: 20, booked: 12)]);

    expect(find.text('Pilates'), findsOneWidget);
    expect(find.text('12/20'), findsOneWidget);
  });
}
""", r"""
await tester.pumpWidget(
  MaterialApp(home: TodayClassesPage(repository: FakeClassRepository(classes))),
);
await tester.pumpAndSettle();
""", ["tester.pumpWidget", "FakeClassRepository", "tester.pumpAndSettle | tester.pump"],
    checks=["call MaterialApp > TodayClassesPage", "call TodayClassesPage(repository: FakeClassRepository)"])

row("performance", "statements", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class LotSearchField extends StatefulWidget {
  const LotSearchField({super.key, required this.onSearch});

  final Future<void> Function(String query) onSearch;

  @override
  State<LotSearchField> createState() => _LotSearchFieldState();
}

class _LotSearchFieldState extends State<LotSearchField> {
  final _controller = TextEditingController();
  Timer? _debounce;

  void _onChanged(String query) {
    // her harfte istek atmasin, 400 ms debounce yapip sonra widget.onSearch'u cagirir misin?
  }

  @override
  void dispose() {
    _debounce?.cancel();
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: _controller,
      onChanged: _onChanged,
      decoration: const InputDecoration(
        hintText: 'Otopark ara',
        prefixIcon: Icon(Icons.search),
      ),
    );
  }
}
""", r"""
_debounce?.cancel();
_debounce = Timer(const Duration(milliseconds: 400), () => widget.onSearch(query));
""", ["_debounce =", ".cancel()", "widget.onSearch"],
    must_not=["Timer.periodic", "Future.delayed"],
    checks=["call Timer > .onSearch", "literal 400"])

row("dart_language", "statements", r"""
import 'package:flutter/material.dart';

sealed class BookingResult {
  const BookingResult();
}

class BookingConfirmed extends BookingResult {
  const BookingConfirmed(this.bookingId);

  final String bookingId;
}

class BookingWaitlisted extends BookingResult {
  const BookingWaitlisted(this.position);

  final int position;
}

class BookingFull extends BookingResult {
  const BookingFull();
}

class BookingResultBanner extends StatelessWidget {
  const BookingResultBanner({super.key, required this.result});

  final BookingResult result;

  String _messageFor(BookingResult result) {
    // switch ile sec: onaylandiysa 'Rezervasyon onaylandı', bekleme listesindeyse 'Bekleme listesinde N. sıradasınız' (N = position), doluysa 'Ders dolu'
  }

  @override
  Widget build(BuildContext context) {
    return MaterialBanner(
      content: Text(_messageFor(result)),
      actions: [
        TextButton(
          onPressed: () => ScaffoldMessenger.of(context).hideCurrentMaterialBanner(),
          child: const Text('Tamam'),
        ),
      ],
    );
  }
}
""", r"""
return switch (result) {
  BookingConfirmed() => 'Rezervasyon onaylandı',
  BookingWaitlisted(:final position) => 'Bekleme listesinde $position. sıradasınız',
  BookingFull() => 'Ders dolu',
};
""", ["switch", "BookingConfirmed", "BookingWaitlisted", "BookingFull", "position"],
    checks=["literal 'Rezervasyon onaylandı'", "literal 'sıradasınız'", "literal 'Ders dolu'"])

# ================================================================ callback

row("widgets_layout", "callback", r"""
import 'package:flutter/material.dart';

class ParkingSpot {
  const ParkingSpot({required this.code, required this.floor, required this.isOccupied});

  final String code;
  final int floor;
  final bool isOccupied;
}

class SpotList extends StatelessWidget {
  const SpotList({super.key, required this.spots});

  final List<ParkingSpot> spots;

  @override
  Widget build(BuildContext context) {
    return ListView.separated(
      itemCount: spots.length,
      separatorBuilder: (context, index) => const Divider(height: 1),
      itemBuilder: (context, index) {
        final spot = spots[index];
        // ListTile dondur: solda park ikonu, baslikta spot.code, sagda doluysa kirmizi 'Dolu' degilse yesil 'Boş' yazsin
      },
    );
  }
}
""", r"""
return ListTile(
  leading: const Icon(Icons.local_parking),
  title: Text(spot.code),
  trailing: spot.isOccupied
      ? const Text('Dolu', style: TextStyle(color: Colors.red))
      : const Text('Boş', style: TextStyle(color: Colors.green)),
);
""", [
    "ListTile",
    "Icons.local_parking | Icons.local_parking_outlined | Icons.local_parking_rounded | Icons.local_parking_sharp",
    "spot.code",
    "spot.isOccupied",
    "Colors.red | Colors.redAccent",
    "Colors.green | Colors.greenAccent",
], checks=["call ListTile(leading: Icon, title, trailing)", "literal 'Dolu'", "literal 'Boş'"])

row("testing", "callback", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

class ClassCard extends StatelessWidget {
  const ClassCard({
    super.key,
    required this.title,
    required this.booked,
    required this.capacity,
    required this.onBook,
  });

  final String title;
  final int booked;
  final int capacity;
  final VoidCallback onBook;

  bool get isFull => booked >= capacity;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          Text(title),
          Text(isFull ? 'Dolu' : '${capacity - booked} yer kaldı'),
          ElevatedButton(
            onPressed: isFull ? null : onBook,
            child: const Text('Rezerve et'),
          ),
        ],
      ),
    );
  }
}

void main() {
  testWidgets('dolu derste rezervasyon kapalı', (tester) async {
    await tester.pumpWidget(
      MaterialApp(
        home: Scaffold(
          body: ClassCard(title: 'Spinning', booked: 15, capacity: 15, onBook: () {}),
        ),
      ),
    );

    // ekranda 'Dolu' yazdigini ve Rezerve et butonunun pasif oldugunu dogrula
  });
}
""", r"""
expect(find.text('Dolu'), findsOneWidget);
final button = tester.widget<ElevatedButton>(find.widgetWithText(ElevatedButton, 'Rezerve et'));
expect(button.onPressed, isNull);
""", [
    "find.text | find.textContaining",
    "findsOneWidget | findsWidgets",
    "onPressed | enabled",
    "isNull | isFalse | null | false",
], checks=["literal 'Dolu'", "call expect"])

row("performance", "callback", r"""
import 'package:flutter/material.dart';

class LotMap extends StatelessWidget {
  const LotMap({super.key});

  @override
  Widget build(BuildContext context) {
    return Image.asset('assets/lot_map.png', fit: BoxFit.cover);
  }
}

class ActiveSessionView extends StatelessWidget {
  const ActiveSessionView({super.key, required this.remainingSeconds});

  final ValueNotifier<int> remainingSeconds;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Aktif park')),
      body: ValueListenableBuilder<int>(
        valueListenable: remainingSeconds,
        child: const LotMap(),
        builder: (context, seconds, child) {
          // ustte kalan sure dk:sn (04:09 gibi), altinda harita; harita her saniye bastan kurulmasin
        },
      ),
    );
  }
}
""", r"""
final minutes = (seconds ~/ 60).toString().padLeft(2, '0');
final secs = (seconds % 60).toString().padLeft(2, '0');
return Column(
  children: [
    Text('$minutes:$secs', style: Theme.of(context).textTheme.headlineMedium),
    Expanded(child: child!),
  ],
);
""", ["child! | child ?? | child != null", "seconds", "padLeft | DateFormat"],
    must_not=["LotMap()"],
    checks=["call Column | ListView > Text"])

row("dart_language", "callback", r"""
import 'package:flutter/material.dart';

class GymSession {
  const GymSession({
    required this.title,
    required this.trainer,
    required this.startsAt,
    required this.isPremium,
  });

  final String title;
  final String trainer;
  final DateTime startsAt;
  final bool isPremium;
}

class SessionSchedule extends StatelessWidget {
  const SessionSchedule({super.key, required this.sessions});

  final List<GymSession> sessions;

  List<GymSession> get _ordered {
    final list = [...sessions];
    list.sort((a, b) {
      // premium dersler en basta olsun, kendi aralarinda en erken baslayan once gelsin
    });
    return list;
  }

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        for (final s in _ordered)
          ListTile(
            leading: s.isPremium ? const Icon(Icons.star) : null,
            title: Text(s.title),
            subtitle: Text('${s.trainer} · ${s.startsAt.hour}:00'),
          ),
      ],
    );
  }
}
""", r"""
if (a.isPremium != b.isPremium) return a.isPremium ? -1 : 1;
return a.startsAt.compareTo(b.startsAt);
""", ["isPremium", "startsAt", "compareTo | isBefore | isAfter"],
    must_not=["b.startsAt.compareTo(a.startsAt)", "a.isPremium ? 1 : -1", "b.isPremium ? -1 : 1"])

# ================================================================ class_body

row("widgets_layout", "class_body", r"""
import 'package:flutter/material.dart';

class Trainer {
  const Trainer({
    required this.name,
    required this.specialty,
    required this.photoUrl,
    required this.rating,
  });

  final String name;
  final String specialty;
  final String photoUrl;
  final double rating;
}

class TrainerCard extends StatelessWidget {
  const TrainerCard({super.key, required this.trainer, required this.onTap});

  final Trainer trainer;
  final VoidCallback onTap;

  // _buildHeader yaz: solda 28 yaricapli yuvarlak fotograf, saginda kalin isim ve altinda uzmanlik alani

  @override
  Widget build(BuildContext context) {
    return Card(
      child: InkWell(
        onTap: onTap,
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: Column(
            crossAxisAlignment: CrossAxisAlignment.start,
            children: [
              _buildHeader(),
              const SizedBox(height: 12),
              Row(
                children: [
                  const Icon(Icons.star, color: Colors.amber, size: 18),
                  Text(trainer.rating.toStringAsFixed(1)),
                ],
              ),
            ],
          ),
        ),
      ),
    );
  }
}
""", r"""
Widget _buildHeader() {
  return Row(
    children: [
      CircleAvatar(radius: 28, backgroundImage: NetworkImage(trainer.photoUrl)),
      const SizedBox(width: 12),
      Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(trainer.name, style: const TextStyle(fontWeight: FontWeight.bold)),
          Text(trainer.specialty),
        ],
      ),
    ],
  );
}
""", [
    "_buildHeader",
    "CircleAvatar",
    "trainer.photoUrl",
    "trainer.name",
    "trainer.specialty",
    "FontWeight.bold | FontWeight.w600 | FontWeight.w700 | FontWeight.w800",
], checks=["call CircleAvatar(radius)", "literal 28"])

row("platform", "class_body", r"""
import 'dart:async';

import 'package:flutter/material.dart';
import 'package:geolocator/geolocator.dart';

class SessionTracker extends StatefulWidget {
  const SessionTracker({super.key, required this.sessionId, required this.loadRemaining});

  final String sessionId;
  final Future<Duration> Function(String sessionId) loadRemaining;

  @override
  State<SessionTracker> createState() => _SessionTrackerState();
}

class _SessionTrackerState extends State<SessionTracker> with WidgetsBindingObserver {
  StreamSubscription<Position>? _locationSub;
  Duration _remaining = Duration.zero;
  Position? _lastPosition;

  @override
  void initState() {
    super.initState();
    WidgetsBinding.instance.addObserver(this);
    _locationSub = Geolocator.getPositionStream().listen((p) => setState(() => _lastPosition = p));
    _refreshSession();
  }

  Future<void> _refreshSession() async {
    final remaining = await widget.loadRemaining(widget.sessionId);
    if (!mounted) return;
    setState(() => _remaining = remaining);
  }

  // uygulama arka plana gecince konum aboneligini duraklat, one gelince devam ettir ve _refreshSession cagir

  @override
  void dispose() {
    WidgetsBinding.instance.removeObserver(this);
    _locationSub?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final position = _lastPosition;
    return ListTile(
      title: Text('Kalan süre: ${_remaining.inMinutes} dk'),
      subtitle: Text(position == null ? 'Konum bekleniyor' : '${position.latitude}, ${position.longitude}'),
    );
  }
}
""", r"""
@override
void didChangeAppLifecycleState(AppLifecycleState state) {
  if (state == AppLifecycleState.paused) {
    _locationSub?.pause();
  } else if (state == AppLifecycleState.resumed) {
    _locationSub?.resume();
    _refreshSession();
  }
}
""", [
    "didChangeAppLifecycleState",
    "AppLifecycleState.paused | AppLifecycleState.hidden | AppLifecycleState.inactive",
    "AppLifecycleState.resumed",
    "_refreshSession",
    "_locationSub",
], checks=["call .pause | .cancel", "call .resume | .listen"])

row("performance", "class_body", r"""
import 'package:flutter/material.dart';

class OccupancyChartPainter extends CustomPainter {
  OccupancyChartPainter({required this.values, required this.barColor});

  final List<double> values;
  final Color barColor;

  @override
  void paint(Canvas canvas, Size size) {
    if (values.isEmpty) return;
    final paint = Paint()..color = barColor;
    final barWidth = size.width / values.length;
    for (var i = 0; i < values.length; i++) {
      final height = size.height * values[i].clamp(0.0, 1.0);
      canvas.drawRect(
        Rect.fromLTWH(i * barWidth + 2, size.height - height, barWidth - 4, height),
        paint,
      );
    }
  }

  // her build'de bosuna yeniden cizmesin, sadece values ya da barColor degisince ciz
}

class WeeklyOccupancy extends StatelessWidget {
  const WeeklyOccupancy({super.key, required this.hourlyRates});

  final List<double> hourlyRates;

  @override
  Widget build(BuildContext context) {
    return CustomPaint(
      size: const Size(double.infinity, 160),
      painter: OccupancyChartPainter(
        values: hourlyRates,
        barColor: Theme.of(context).colorScheme.primary,
      ),
    );
  }
}
""", r"""
@override
bool shouldRepaint(covariant OccupancyChartPainter oldDelegate) {
  return !listEquals(oldDelegate.values, values) || oldDelegate.barColor != barColor;
}
""", ["shouldRepaint", ".values", ".barColor"])

row("dart_language", "class_body", r"""
import 'package:flutter/material.dart';

class ParkingSession {
  const ParkingSession({
    required this.plate,
    required this.zoneId,
    required this.endsAt,
    required this.fee,
  });

  final String plate;
  final String zoneId;
  final DateTime endsAt;
  final double fee;

  // json'dan fromJson factory ekle; anahtarlar alan adlariyla ayni, endsAt ISO metin, fee bazen int gelir

  bool get isExpired => DateTime.now().isAfter(endsAt);
}

class SessionTile extends StatelessWidget {
  const SessionTile({super.key, required this.session});

  final ParkingSession session;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text(session.plate),
      subtitle: Text('Bölge ${session.zoneId}'),
      trailing: Text(
        session.isExpired ? 'Süre doldu' : '${session.fee.toStringAsFixed(2)} TL',
      ),
    );
  }
}
""", r"""
factory ParkingSession.fromJson(Map<String, dynamic> json) {
  return ParkingSession(
    plate: json['plate'] as String,
    zoneId: json['zoneId'] as String,
    endsAt: DateTime.parse(json['endsAt'] as String),
    fee: (json['fee'] as num).toDouble(),
  );
}
""", ["factory ParkingSession.fromJson", "DateTime.parse | DateTime.tryParse", "toDouble"],
    must_not=["as double"],
    checks=["literal 'plate'", "literal 'zoneId'", "literal 'endsAt'", "literal 'fee'"])

# ================================================================ element

row("widgets_layout", "element", r"""
import 'package:flutter/material.dart';

class ClassFilterBar extends StatefulWidget {
  const ClassFilterBar({super.key, required this.days, required this.onDayChanged});

  final List<String> days;
  final ValueChanged<String> onDayChanged;

  @override
  State<ClassFilterBar> createState() => _ClassFilterBarState();
}

class _ClassFilterBarState extends State<ClassFilterBar> {
  late String _selectedDay = widget.days.first;

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Text('Ders programı', style: Theme.of(context).textTheme.titleLarge),
        const SizedBox(height: 8),
        // gunleri yana kaydirilan ChoiceChip'ler olarak diz; secilince _selectedDay guncellensin ve onDayChanged cagrilsin
        const Divider(),
      ],
    );
  }
}
""", r"""
SingleChildScrollView(
  scrollDirection: Axis.horizontal,
  child: Row(
    children: [
      for (final day in widget.days)
        Padding(
          padding: const EdgeInsets.only(right: 8),
          child: ChoiceChip(
            label: Text(day),
            selected: day == _selectedDay,
            onSelected: (_) {
              setState(() => _selectedDay = day);
              widget.onDayChanged(day);
            },
          ),
        ),
    ],
  ),
),
""", ["ChoiceChip", "Axis.horizontal", "widget.days", "_selectedDay", "setState", "onDayChanged"],
    checks=["call ChoiceChip(label, selected, onSelected)"])

row("platform", "element", r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:url_launcher/url_launcher.dart';

class ParkingLot {
  const ParkingLot({required this.name, required this.lat, required this.lng, required this.pricePerHour});

  final String name;
  final double lat;
  final double lng;
  final double pricePerHour;
}

class LotActions extends StatelessWidget {
  const LotActions({super.key, required this.lot, required this.onReserve});

  final ParkingLot lot;
  final VoidCallback onReserve;

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.stretch,
      children: [
        Text(lot.name, style: Theme.of(context).textTheme.titleMedium),
        Text('Saatlik ${lot.pricePerHour.toStringAsFixed(2)} TL'),
        FilledButton(onPressed: onReserve, child: const Text('Yer ayır')),
        // yol tarifi butonu ekle: iOS'ta Apple Haritalar, digerlerinde Google Maps acilsin
      ],
    );
  }
}
""", r"""
OutlinedButton.icon(
  icon: const Icon(Icons.directions),
  label: const Text('Yol tarifi'),
  onPressed: () {
    final uri = Platform.isIOS
        ? Uri.parse('https://maps.apple.com/?daddr=${lot.lat},${lot.lng}')
        : Uri.parse('https://www.google.com/maps/dir/?api=1&destination=${lot.lat},${lot.lng}');
    launchUrl(uri, mode: LaunchMode.externalApplication);
  },
),
""", [
    "launchUrl | launchUrlString",
    "lot.lat",
    "lot.lng",
    "Platform.isIOS | Platform.isAndroid | TargetPlatform.iOS | TargetPlatform.android",
], checks=[
    "literal 'maps.apple.com' | 'maps://'",
    "literal 'google' | 'geo:'",
    "call OutlinedButton | TextButton | ElevatedButton | FilledButton | IconButton | OutlinedButton.icon"
    " | TextButton.icon | ElevatedButton.icon | FilledButton.icon | ListTile",
])

row("testing", "element", r"""
import 'package:flutter/material.dart';
import 'package:flutter_riverpod/flutter_riverpod.dart';
import 'package:flutter_test/flutter_test.dart';

class Membership {
  const Membership(this.plan, this.daysLeft);

  final String plan;
  final int daysLeft;
}

abstract class MembershipRepository {
  Future<Membership> current();
}

class HttpMembershipRepository implements MembershipRepository {
  @override
  Future<Membership> current() => throw UnimplementedError();
}

class FakeMembershipRepository implements MembershipRepository {
  @override
  Future<Membership> current() async => const Membership('Gold', 12);
}

final membershipRepositoryProvider = Provider<MembershipRepository>((ref) => HttpMembershipRepository());

final membershipProvider = FutureProvider<Membership>(
  (ref) => ref.watch(membershipRepositoryProvider).current(),
);

class MembershipBadge extends ConsumerWidget {
  const MembershipBadge({super.key});

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    return switch (ref.watch(membershipProvider)) {
      AsyncData(:final value) => Text('${value.plan} · ${value.daysLeft} gün'),
      AsyncError() => const Text('Hata'),
      _ => const CircularProgressIndicator(),
    };
  }
}

void main() {
  testWidgets('üyelik rozeti plan ve kalan günü gösterir', (tester) async {
    await tester.pumpWidget(
      ProviderScope(
        overrides: [
          // testte gercek repository yerine FakeMembershipRepository kullanilsin
        ],
        child: const MaterialApp(home: Scaffold(body: MembershipBadge())),
      ),
    );
    await tester.pumpAndSettle();

    expect(find.text('Gold · 12 gün'), findsOneWidget);
  });
}
""", r"""
membershipRepositoryProvider.overrideWithValue(FakeMembershipRepository()),
""", ["membershipRepositoryProvider", "overrideWithValue | overrideWith", "FakeMembershipRepository"],
    must_not=["membershipProvider"])

row("dart_language", "element", r"""
import 'package:flutter/material.dart';

class ParkingSession {
  const ParkingSession({required this.plate, required this.zoneId, required this.endsAt});

  final String plate;
  final String zoneId;
  final DateTime endsAt;
}

class ActiveSessionCard extends StatelessWidget {
  const ActiveSessionCard({super.key, required this.session});

  final ParkingSession session;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: ListTile(
        leading: const Icon(Icons.timer),
        title: Text(session.plate),
        subtitle: Text('Bitiş ${session.endsAt.hour}:${session.endsAt.minute.toString().padLeft(2, '0')}'),
      ),
    );
  }
}

class SessionsPage extends StatelessWidget {
  const SessionsPage({super.key, required this.active, required this.history});

  final ParkingSession? active;
  final List<ParkingSession> history;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Park oturumlarım')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          // aktif oturum varsa ActiveSessionCard; gecmis bos degilse 'Geçmiş' basligi ve her oturum icin plakali bir ListTile
        ],
      ),
    );
  }
}
""", r"""
if (active case final session?) ActiveSessionCard(session: session),
if (history.isNotEmpty) ...[
  const Text('Geçmiş'),
  for (final past in history)
    ListTile(title: Text(past.plate), subtitle: Text(past.zoneId)),
],
""", [
    "if",
    "active",
    "ActiveSessionCard",
    "history.isNotEmpty | history.isEmpty | history.length",
    "for | .map",
    ".plate",
], checks=["literal 'Geçmiş'", "call ListTile"])

# ================================================================ argument

row("widgets_layout", "argument", r"""
import 'package:flutter/material.dart';

class ParkingSpot {
  const ParkingSpot({required this.code, required this.isOccupied});

  final String code;
  final bool isOccupied;
}

class FloorGrid extends StatelessWidget {
  const FloorGrid({super.key, required this.spots, required this.onTap});

  final List<ParkingSpot> spots;
  final ValueChanged<ParkingSpot> onTap;

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      padding: const EdgeInsets.all(12),
      itemCount: spots.length,
      // her satirda 4 park yeri, yatay ve dikey aralik 8 olsun
      itemBuilder: (context, index) {
        final spot = spots[index];
        return InkWell(
          onTap: spot.isOccupied ? null : () => onTap(spot),
          child: Container(
            alignment: Alignment.center,
            decoration: BoxDecoration(
              color: spot.isOccupied ? Colors.red.shade100 : Colors.green.shade100,
              borderRadius: BorderRadius.circular(8),
            ),
            child: Text(spot.code),
          ),
        );
      },
    );
  }
}
""", r"""
gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
  crossAxisCount: 4,
  mainAxisSpacing: 8,
  crossAxisSpacing: 8,
),
""", ["gridDelegate", "SliverGridDelegateWithFixedCrossAxisCount"],
    must_not=["SliverGridDelegateWithMaxCrossAxisExtent"],
    checks=[
        "call SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount, mainAxisSpacing, crossAxisSpacing)",
        "literal 4",
        "literal 8",
    ])

row("platform", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class WorkoutDetailPage extends StatelessWidget {
  const WorkoutDetailPage({super.key, required this.title, required this.imageUrl});

  final String title;
  final String imageUrl;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      extendBodyBehindAppBar: true,
      appBar: AppBar(
        backgroundColor: Colors.transparent,
        elevation: 0,
        foregroundColor: Colors.white,
        // koyu fotoğrafın üstünde status bar ikonları beyaz görünsün, nasıl yaparım?
      ),
      body: Stack(
        fit: StackFit.expand,
        children: [
          Image.network(imageUrl, fit: BoxFit.cover),
          Positioned(
            left: 16,
            bottom: 24,
            child: Text(
              title,
              style: const TextStyle(color: Colors.white, fontSize: 28, fontWeight: FontWeight.bold),
            ),
          ),
        ],
      ),
    );
  }
}
""", r"""
systemOverlayStyle: SystemUiOverlayStyle.light,
""", ["systemOverlayStyle", "SystemUiOverlayStyle.light | statusBarIconBrightness: Brightness.light"],
    must_not=["SystemUiOverlayStyle.dark", "brightness:"])

row("testing", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

class AutoRenewTile extends StatefulWidget {
  const AutoRenewTile({super.key});

  @override
  State<AutoRenewTile> createState() => _AutoRenewTileState();
}

class _AutoRenewTileState extends State<AutoRenewTile> {
  bool _autoRenew = false;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: const Text('Süre bitince otomatik uzat'),
      trailing: Switch.adaptive(
        value: _autoRenew,
        onChanged: (v) => setState(() => _autoRenew = v),
      ),
    );
  }
}

void main() {
  testWidgets(
    'otomatik uzatma anahtarı açılır',
    (tester) async {
      await tester.pumpWidget(const MaterialApp(home: Scaffold(body: AutoRenewTile())));

      await tester.tap(find.byType(Switch));
      await tester.pump();

      expect(tester.widget<Switch>(find.byType(Switch)).value, isTrue);
    },
    // bu test hem iOS hem Android icin ayri ayri kossun
  );
}
""", r"""
variant: TargetPlatformVariant.mobile(),
""", [
    "variant:",
    "TargetPlatformVariant",
    "TargetPlatformVariant.mobile | TargetPlatform.iOS",
    "TargetPlatformVariant.mobile | TargetPlatform.android",
], must_not=["TargetPlatformVariant.only"])

row("performance", "argument", r"""
import 'package:flutter/material.dart';

class Trainer {
  const Trainer({required this.name, required this.photoUrl});

  final String name;
  final String photoUrl;
}

class TrainerGrid extends StatelessWidget {
  const TrainerGrid({super.key, required this.trainers});

  final List<Trainer> trainers;

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 2),
      itemCount: trainers.length,
      itemBuilder: (context, index) {
        final trainer = trainers[index];
        return Column(
          children: [
            Expanded(
              child: Image.network(
                trainer.photoUrl,
                fit: BoxFit.cover,
                width: double.infinity,
                // kaydirirken kasmasin: fotografi 300 px genislige gore decode et, yuklenirken gri kutu goster
              ),
            ),
            Text(trainer.name),
          ],
        );
      },
    );
  }
}
""", r"""
cacheWidth: 300,
loadingBuilder: (context, child, progress) =>
    progress == null ? child : Container(color: Colors.grey.shade300),
""", ["cacheWidth", "loadingBuilder | frameBuilder", "Colors.grey | Colors.blueGrey"],
    checks=["literal 300"])

ROWS.write()
