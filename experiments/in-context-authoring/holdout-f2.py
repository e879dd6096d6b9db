"""In-context held-out rows, batch 6 (holdout-f2): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics state, async, http_json, storage (5 rows each, one per
position); app domains a flight check-in app and a yoga-studio class booking app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-f2.py  -> data/in_context/drafts/holdout-f2.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-f2", "holdf2")
row = ROWS.row


# ================================================================ statements

row(
    "state",
    "statements",
    r"""
import 'package:flutter/foundation.dart';

import '../models/yoga_session.dart';
import '../services/studio_api.dart';

class MembershipModel extends ChangeNotifier {
  MembershipModel(this._api, {required int credits}) : _credits = credits;

  final StudioApi _api;
  int _credits;
  final List<YogaSession> _bookings = [];
  bool _syncing = false;

  int get credits => _credits;
  bool get syncing => _syncing;
  List<YogaSession> get bookings => List.unmodifiable(_bookings);

  bool isBooked(YogaSession session) => _bookings.any((b) => b.id == session.id);

  /// Books [session] optimistically before the server confirms it.
  bool reserveLocally(YogaSession session) {
    if (isBooked(session)) return true;
    // kredi kalmadıysa false dön; varsa bir kredi düş, seansı rezervasyonlara ekle ve dinleyenlere haber ver
  }

  void cancelLocally(YogaSession session) {
    final before = _bookings.length;
    _bookings.removeWhere((b) => b.id == session.id);
    if (_bookings.length < before) {
      _credits++;
      notifyListeners();
    }
  }

  Future<void> sync() async {
    _syncing = true;
    notifyListeners();
    try {
      final remote = await _api.fetchMyBookings();
      _bookings
        ..clear()
        ..addAll(remote);
      _credits = await _api.fetchCredits();
    } finally {
      _syncing = false;
      notifyListeners();
    }
  }
}
""",
    r"""
if (_credits <= 0) return false;
_credits--;
_bookings.add(session);
notifyListeners();
return true;
""",
    [
        "return false",
        "_credits-- | --_credits | _credits -= 1 | _credits = _credits - 1",
        "_bookings.add | _bookings.insert",
        "notifyListeners",
        "return true",
    ],
    must_not=["_credits++", "_credits += 1", "_bookings.clear"],
    checks=["call notifyListeners"],
)

row(
    "async",
    "statements",
    r"""
import 'dart:async';

import '../models/check_in_status.dart';
import 'airline_api.dart';

/// Waits for the online check-in window of a booking to open (it opens 24 hours before departure).
class CheckInWindowWatcher {
  CheckInWindowWatcher(this._api);

  final AirlineApi _api;
  bool _cancelled = false;

  void cancel() => _cancelled = true;

  Future<Duration?> timeUntilOpen(String pnr) async {
    final CheckInStatus status = await _api.checkInStatus(pnr);
    if (status.isOpen) return Duration.zero;
    return status.opensAt?.difference(DateTime.now());
  }

  /// Returns true once check-in opens for [pnr], false when it gives up or is cancelled.
  Future<bool> waitUntilOpen(String pnr) async {
    _cancelled = false;
    // durumu 30 saniyede bir sor, acilinca true don; en fazla 20 kez dene, iptal edilirse birak
    return false;
  }

  Future<bool> openOrNotify(String pnr, void Function(Duration left) onWaiting) async {
    final left = await timeUntilOpen(pnr);
    if (left == Duration.zero) return true;
    if (left != null) onWaiting(left);
    return waitUntilOpen(pnr);
  }
}

class CheckInClosedException implements Exception {
  const CheckInClosedException(this.pnr);

  final String pnr;

  @override
  String toString() => 'Check-in is not open yet for $pnr';
}
""",
    r"""
for (var attempt = 0; attempt < 20 && !_cancelled; attempt++) {
  final status = await _api.checkInStatus(pnr);
  if (status.isOpen) return true;
  await Future<void>.delayed(const Duration(seconds: 30));
}
""",
    ["_api.checkInStatus", "isOpen", "return true", "Future.delayed | Future<void>.delayed | Timer", "_cancelled"],
    must_not=["Timer.periodic"],
    checks=["literal 30", "literal 20"],
)

row(
    "http_json",
    "statements",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/booking.dart';

class ClassFullException implements Exception {
  const ClassFullException(this.classId);

  final String classId;
}

class BookingApi {
  BookingApi({required this.baseUrl, required this.token, http.Client? client}) : _client = client ?? http.Client();

  final String baseUrl;
  final String token;
  final http.Client _client;

  Map<String, String> get _headers => {
        'Authorization': 'Bearer $token',
        'Content-Type': 'application/json',
      };

  Future<List<Booking>> myBookings() async {
    final res = await _client.get(Uri.parse('$baseUrl/bookings/me'), headers: _headers);
    if (res.statusCode != 200) {
      throw http.ClientException('Rezervasyonlar alınamadı (${res.statusCode})');
    }
    final list = jsonDecode(res.body) as List<dynamic>;
    return list.map((e) => Booking.fromJson(e as Map<String, dynamic>)).toList();
  }

  Future<Booking> book(String classId, {required String memberId, bool rentMat = false}) async {
    // POST /bookings ile rezervasyon yap; 409 dönerse ClassFullException, 201 değilse hata fırlat, olursa Booking döndür
  }

  Future<void> cancel(String bookingId) async {
    final res = await _client.delete(Uri.parse('$baseUrl/bookings/$bookingId'), headers: _headers);
    if (res.statusCode != 204) {
      throw http.ClientException('İptal edilemedi (${res.statusCode})');
    }
  }
}
""",
    r"""
final res = await _client.post(
  Uri.parse('$baseUrl/bookings'),
  headers: _headers,
  body: jsonEncode({'classId': classId, 'memberId': memberId, 'rentMat': rentMat}),
);
if (res.statusCode == 409) throw ClassFullException(classId);
if (res.statusCode != 201) {
  throw http.ClientException('Rezervasyon yapılamadı (${res.statusCode})');
}
return Booking.fromJson(jsonDecode(res.body) as Map<String, dynamic>);
""",
    [
        ".post",
        "jsonEncode | json.encode",
        "memberId",
        "statusCode",
        "ClassFullException",
        "throw",
        "Booking.fromJson",
        "jsonDecode | json.decode",
    ],
    must_not=["_client.get", "_client.put"],
    checks=["literal '/bookings'", "literal 409", "literal 201"],
)

row(
    "storage",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

import '../services/lookup_api.dart';
import 'itinerary_page.dart';

class ManageBookingPage extends StatefulWidget {
  const ManageBookingPage({super.key, required this.api});

  final LookupApi api;

  @override
  State<ManageBookingPage> createState() => _ManageBookingPageState();
}

class _ManageBookingPageState extends State<ManageBookingPage> {
  static const _pnrKey = 'last_pnr';
  static const _lastNameKey = 'last_surname';

  final _pnr = TextEditingController();
  final _lastName = TextEditingController();
  bool _remember = false;
  bool _loading = false;

  @override
  void initState() {
    super.initState();
    _restore();
  }

  Future<void> _restore() async {
    final prefs = await SharedPreferences.getInstance();
    if (!mounted) return;
    setState(() {
      _pnr.text = prefs.getString(_pnrKey) ?? '';
      _lastName.text = prefs.getString(_lastNameKey) ?? '';
      _remember = _pnr.text.isNotEmpty;
    });
  }

  Future<void> _submit() async {
    setState(() => _loading = true);
    final lookup = await widget.api.find(pnr: _pnr.text, lastName: _lastName.text);
    // beni hatirla isaretliyse pnr ve soyadini sakla, degilse ikisini de sil
    if (!mounted) return;
    setState(() => _loading = false);
    Navigator.of(context).push(MaterialPageRoute(builder: (_) => ItineraryPage(lookup: lookup)));
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Rezervasyonum')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          TextField(controller: _pnr, decoration: const InputDecoration(labelText: 'Rezervasyon kodu (PNR)')),
          const SizedBox(height: 12),
          TextField(controller: _lastName, decoration: const InputDecoration(labelText: 'Soyadı')),
          CheckboxListTile(
            value: _remember,
            onChanged: (v) => setState(() => _remember = v ?? false),
            title: const Text('Beni hatırla'),
            controlAffinity: ListTileControlAffinity.leading,
          ),
          FilledButton(
            onPressed: _loading ? null : _submit,
            child: const Text('Rezervasyonu bul'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
final prefs = await SharedPreferences.getInstance();
if (_remember) {
  await prefs.setString(_pnrKey, _pnr.text.trim());
  await prefs.setString(_lastNameKey, _lastName.text.trim());
} else {
  await prefs.remove(_pnrKey);
  await prefs.remove(_lastNameKey);
}
""",
    [
        "SharedPreferences.getInstance | SharedPreferencesAsync | SharedPreferencesWithCache",
        "_remember",
        "setString",
        "remove",
        "_pnrKey",
        "_lastNameKey",
        "_pnr.text",
        "_lastName.text",
    ],
    must_not=["clear", "setBool"],
    checks=["call .setString", "call .remove"],
)


# ================================================================ callback

row(
    "state",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/seat.dart';

class SeatMapPage extends StatefulWidget {
  const SeatMapPage({super.key, required this.seats, required this.onConfirm});

  final List<Seat> seats;
  final ValueChanged<Seat> onConfirm;

  @override
  State<SeatMapPage> createState() => _SeatMapPageState();
}

class _SeatMapPageState extends State<SeatMapPage> {
  Seat? _selected;

  @override
  Widget build(BuildContext context) {
    final colors = Theme.of(context).colorScheme;
    return Scaffold(
      appBar: AppBar(title: const Text('Koltuk seçimi')),
      body: GridView.builder(
        padding: const EdgeInsets.all(16),
        gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
          crossAxisCount: 6,
          mainAxisSpacing: 8,
          crossAxisSpacing: 8,
        ),
        itemCount: widget.seats.length,
        itemBuilder: (context, index) {
          final seat = widget.seats[index];
          final isSelected = _selected?.code == seat.code;
          return GestureDetector(
            onTap: () {
              // dolu koltuğa basılırsa hiçbir şey yapma, seçili koltuğa tekrar basılırsa seçimi kaldır
            },
            child: DecoratedBox(
              decoration: BoxDecoration(
                color: seat.isTaken
                    ? colors.outlineVariant
                    : isSelected
                        ? colors.primary
                        : colors.surfaceContainerHighest,
                borderRadius: BorderRadius.circular(6),
              ),
              child: Center(
                child: Text(seat.code, style: TextStyle(color: isSelected ? colors.onPrimary : null)),
              ),
            ),
          );
        },
      ),
      bottomNavigationBar: SafeArea(
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: FilledButton(
            onPressed: _selected == null ? null : () => widget.onConfirm(_selected!),
            child: Text(_selected == null ? 'Koltuk seçin' : '${_selected!.code} koltuğunu onayla'),
          ),
        ),
      ),
    );
  }
}
""",
    r"""
if (seat.isTaken) return;
setState(() {
  _selected = isSelected ? null : seat;
});
""",
    ["seat.isTaken", "setState", "_selected", "null"],
    must_not=["widget.onConfirm"],
    checks=["call setState"],
)

row(
    "async",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../services/waitlist_service.dart';

class WaitlistUpdate {
  const WaitlistUpdate({required this.position, required this.promoted});

  final int position;
  final bool promoted;
}

class WaitlistBanner extends StatefulWidget {
  const WaitlistBanner({super.key, required this.service, required this.classId});

  final WaitlistService service;
  final String classId;

  @override
  State<WaitlistBanner> createState() => _WaitlistBannerState();
}

class _WaitlistBannerState extends State<WaitlistBanner> {
  StreamSubscription<WaitlistUpdate>? _sub;
  int? _position;

  @override
  void initState() {
    super.initState();
    _sub = widget.service.updates(widget.classId).listen((update) {
      // yer açıldıysa aboneliği kapat ve 'Yerin ayrıldı' snackbar'ı göster, değilse sıramızı güncelle
    });
  }

  @override
  void dispose() {
    _sub?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final position = _position;
    if (position == null) return const SizedBox.shrink();
    return MaterialBanner(
      leading: const Icon(Icons.hourglass_top),
      content: Text('Bekleme listesinde $position. sıradasınız'),
      actions: [
        TextButton(
          onPressed: () => widget.service.leave(widget.classId),
          child: const Text('Listeden çık'),
        ),
      ],
    );
  }
}
""",
    r"""
if (update.promoted) {
  _sub?.cancel();
  setState(() => _position = null);
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Yerin ayrıldı')),
  );
} else {
  setState(() => _position = update.position);
}
""",
    ["update.promoted", "cancel", "showSnackBar", "setState", "update.position"],
    must_not=["showDialog"],
    checks=["call .cancel", "call .showSnackBar", "literal 'Yerin ayrıldı'"],
)

row(
    "http_json",
    "callback",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

class FlightSegment {
  const FlightSegment({
    required this.flightNo,
    required this.from,
    required this.to,
    required this.departure,
    this.gate,
  });

  final String flightNo;
  final String from;
  final String to;
  final DateTime departure;
  final String? gate;
}

class Itinerary {
  const Itinerary({required this.pnr, required this.segments});

  final String pnr;
  final List<FlightSegment> segments;
}

class ItineraryApi {
  ItineraryApi(this._client, this._baseUrl);

  final http.Client _client;
  final String _baseUrl;

  Future<Itinerary> fetch(String pnr, String lastName) async {
    final uri = Uri.parse('$_baseUrl/itineraries/$pnr').replace(queryParameters: {'lastName': lastName});
    final res = await _client.get(uri, headers: {'Accept': 'application/json'});
    if (res.statusCode == 404) throw StateError('Rezervasyon bulunamadı');
    if (res.statusCode != 200) throw http.ClientException('HTTP ${res.statusCode}', uri);
    final json = jsonDecode(res.body) as Map<String, dynamic>;
    final segments = (json['segments'] as List<dynamic>).map((raw) {
      final s = raw as Map<String, dynamic>;
      // departure ISO string geliyor, yerel saate çevir; gate henüz atanmadıysa null olabilir
    }).toList();
    return Itinerary(pnr: json['pnr'] as String, segments: segments);
  }
}
""",
    r"""
return FlightSegment(
  flightNo: s['flightNo'] as String,
  from: s['from'] as String,
  to: s['to'] as String,
  departure: DateTime.parse(s['departure'] as String).toLocal(),
  gate: s['gate'] as String?,
);
""",
    ["return", "FlightSegment", "DateTime.parse | DateTime.tryParse", "toLocal", "String? | ?.toString() | ??"],
    must_not=["toUtc", "json['departure']"],
    checks=["call FlightSegment(flightNo, from, to, departure, gate)", "literal 'departure'", "literal 'gate'"],
)

row(
    "storage",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:sqflite/sqflite.dart';

import '../models/yoga_class.dart';

class FavoriteClassesPage extends StatefulWidget {
  const FavoriteClassesPage({super.key, required this.db});

  final Database db;

  @override
  State<FavoriteClassesPage> createState() => _FavoriteClassesPageState();
}

class _FavoriteClassesPageState extends State<FavoriteClassesPage> {
  List<YogaClass> _favorites = [];

  @override
  void initState() {
    super.initState();
    _load();
  }

  Future<void> _load() async {
    final rows = await widget.db.query('favorite_classes', orderBy: 'starts_at');
    if (!mounted) return;
    setState(() => _favorites = rows.map(YogaClass.fromMap).toList());
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Favori derslerim')),
      body: ListView.builder(
        itemCount: _favorites.length,
        itemBuilder: (context, index) {
          final yogaClass = _favorites[index];
          return Dismissible(
            key: ValueKey(yogaClass.id),
            direction: DismissDirection.endToStart,
            background: Container(
              color: Colors.red,
              alignment: Alignment.centerRight,
              padding: const EdgeInsets.only(right: 20),
              child: const Icon(Icons.delete, color: Colors.white),
            ),
            onDismissed: (_) async {
              // listeden hemen çıkar, sonra veritabanından da sil
            },
            child: ListTile(
              title: Text(yogaClass.title),
              subtitle: Text(yogaClass.instructorName),
            ),
          );
        },
      ),
    );
  }
}
""",
    r"""
setState(() => _favorites.removeAt(index));
await widget.db.delete('favorite_classes', where: 'id = ?', whereArgs: [yogaClass.id]);
""",
    [
        "setState",
        "_favorites.removeAt | _favorites.remove | _favorites.removeWhere | _favorites =",
        "widget.db.delete | widget.db.rawDelete",
        "yogaClass.id | .id",
    ],
    must_not=["_load()", "widget.db.insert"],
    checks=["call setState", "literal 'favorite_classes'"],
)


# ================================================================ class_body

row(
    "state",
    "class_body",
    r"""
import 'package:flutter/material.dart';

enum ClassLevel { beginner, intermediate, advanced }

class YogaClass {
  const YogaClass({required this.id, required this.title, required this.level, required this.startsAt});

  final String id;
  final String title;
  final ClassLevel level;
  final DateTime startsAt;
}

class ScheduleModel extends ChangeNotifier {
  ScheduleModel(List<YogaClass> classes) : _classes = [...classes];

  final List<YogaClass> _classes;
  DateTime _selectedDay = DateUtils.dateOnly(DateTime.now());
  ClassLevel? _level;

  DateTime get selectedDay => _selectedDay;
  ClassLevel? get level => _level;

  // seçili günün derslerini saate göre sıralı döndüren getter; seviye seçiliyse ona göre de filtrele

  void selectDay(DateTime day) {
    final normalized = DateUtils.dateOnly(day);
    if (normalized == _selectedDay) return;
    _selectedDay = normalized;
    notifyListeners();
  }

  void selectLevel(ClassLevel? level) {
    _level = level;
    notifyListeners();
  }

  void replaceAll(List<YogaClass> classes) {
    _classes
      ..clear()
      ..addAll(classes);
    notifyListeners();
  }
}
""",
    r"""
List<YogaClass> get classesOfDay {
  final result = _classes
      .where((c) => DateUtils.isSameDay(c.startsAt, _selectedDay))
      .where((c) => _level == null || c.level == _level)
      .toList();
  result.sort((a, b) => a.startsAt.compareTo(b.startsAt));
  return result;
}
""",
    [
        "get",
        "_classes",
        "_selectedDay",
        "isSameDay | .day | dateOnly",
        "_level",
        "sort | sorted | sortedBy | compareTo",
    ],
    must_not=["notifyListeners", "_classes.sort"],
)

row(
    "async",
    "class_body",
    r"""
import 'package:flutter/material.dart';

class BoardingCountdown extends StatefulWidget {
  const BoardingCountdown({super.key, required this.gate, required this.gateClosesAt});

  final String gate;
  final DateTime gateClosesAt;

  @override
  State<BoardingCountdown> createState() => _BoardingCountdownState();
}

class _BoardingCountdownState extends State<BoardingCountdown> {
  late final Stream<Duration> _countdown = _remaining();

  // kapı kapanana kadar kalan süreyi saniyede bir yayınlayan stream, süre bitince dursun

  String _format(Duration d) {
    final minutes = d.inMinutes.remainder(60).toString().padLeft(2, '0');
    final seconds = d.inSeconds.remainder(60).toString().padLeft(2, '0');
    return d.inHours > 0 ? '${d.inHours}:$minutes:$seconds' : '$minutes:$seconds';
  }

  @override
  Widget build(BuildContext context) {
    final text = Theme.of(context).textTheme;
    return StreamBuilder<Duration>(
      stream: _countdown,
      builder: (context, snapshot) {
        final left = snapshot.data;
        if (left == null) return const SizedBox.shrink();
        final closed = left <= Duration.zero;
        return ListTile(
          leading: Icon(closed ? Icons.block : Icons.timer_outlined),
          title: Text('Kapı ${widget.gate}'),
          subtitle: Text(closed ? 'Biniş kapandı' : 'Kapanışa ${_format(left)}'),
          titleTextStyle: text.titleMedium,
        );
      },
    );
  }
}
""",
    r"""
Stream<Duration> _remaining() async* {
  while (true) {
    final left = widget.gateClosesAt.difference(DateTime.now());
    if (left.isNegative) {
      yield Duration.zero;
      return;
    }
    yield left;
    await Future<void>.delayed(const Duration(seconds: 1));
  }
}
""",
    [
        "_remaining",
        "widget.gateClosesAt",
        "DateTime.now",
        "difference | isAfter | isBefore",
        "Stream.periodic | async* | StreamController | Timer.periodic",
        "takeWhile | isNegative | isAfter | isBefore | Duration.zero | inSeconds | close | cancel",
    ],
    must_not=["setState"],
    checks=["literal 1 | 1000"],
)

row(
    "http_json",
    "class_body",
    r"""
class Instructor {
  const Instructor({required this.id, required this.name, this.photoUrl});

  final String id;
  final String name;
  final String? photoUrl;

  factory Instructor.fromJson(Map<String, dynamic> json) => Instructor(
        id: json['id'] as String,
        name: json['name'] as String,
        photoUrl: json['photoUrl'] as String?,
      );

  Map<String, dynamic> toJson() => {'id': id, 'name': name, 'photoUrl': photoUrl};
}

enum ClassStyle { hatha, vinyasa, yin, ashtanga }

class YogaClass {
  const YogaClass({
    required this.id,
    required this.title,
    required this.style,
    required this.instructor,
    required this.startsAt,
    required this.capacity,
    required this.equipment,
  });

  final String id;
  final String title;
  final ClassStyle style;
  final Instructor instructor;
  final DateTime startsAt;
  final int capacity;
  final List<String> equipment;

  // fromJson factory'si: style enum adıyla gelir, instructor iç içe obje; capacity yoksa 20, equipment yoksa boş liste

  Map<String, dynamic> toJson() => {
        'id': id,
        'title': title,
        'style': style.name,
        'instructor': instructor.toJson(),
        'startsAt': startsAt.toIso8601String(),
        'capacity': capacity,
        'equipment': equipment,
      };
}
""",
    r"""
factory YogaClass.fromJson(Map<String, dynamic> json) => YogaClass(
      id: json['id'] as String,
      title: json['title'] as String,
      style: ClassStyle.values.byName(json['style'] as String),
      instructor: Instructor.fromJson(json['instructor'] as Map<String, dynamic>),
      startsAt: DateTime.parse(json['startsAt'] as String),
      capacity: json['capacity'] as int? ?? 20,
      equipment: (json['equipment'] as List<dynamic>? ?? const []).cast<String>(),
    );
""",
    ["YogaClass.fromJson", "ClassStyle.values", "Instructor.fromJson", "DateTime.parse | DateTime.tryParse", "[]"],
    must_not=["values[", ".index"],
    checks=["call YogaClass(id, title, style, instructor, startsAt, capacity, equipment)", "literal 20"],
)

row(
    "storage",
    "class_body",
    r"""
import 'package:sqflite/sqflite.dart';

import '../models/boarding_pass.dart';

class BoardingPassDao {
  BoardingPassDao(this._db);

  final Database _db;
  static const table = 'boarding_passes';

  static Future<void> createTable(Database db) => db.execute('''
    CREATE TABLE $table (
      id TEXT PRIMARY KEY,
      pnr TEXT NOT NULL,
      flight_no TEXT NOT NULL,
      seat TEXT NOT NULL,
      departure_ms INTEGER NOT NULL,
      barcode TEXT NOT NULL
    )
  ''');

  Future<void> upsert(BoardingPass pass) =>
      _db.insert(table, pass.toMap(), conflictAlgorithm: ConflictAlgorithm.replace);

  Future<List<BoardingPass>> upcoming() async {
    final rows = await _db.query(
      table,
      where: 'departure_ms >= ?',
      whereArgs: [DateTime.now().millisecondsSinceEpoch],
      orderBy: 'departure_ms',
    );
    return rows.map(BoardingPass.fromMap).toList();
  }

  // kalkisindan 24 saatten fazla gecmis kartlari silen metot, silinen kayit sayisini donsun

  Future<BoardingPass?> byPnr(String pnr) async {
    final rows = await _db.query(table, where: 'pnr = ?', whereArgs: [pnr], limit: 1);
    return rows.isEmpty ? null : BoardingPass.fromMap(rows.first);
  }
}
""",
    r"""
Future<int> deleteExpired() {
  final cutoff = DateTime.now().subtract(const Duration(hours: 24));
  return _db.delete(
    table,
    where: 'departure_ms < ?',
    whereArgs: [cutoff.millisecondsSinceEpoch],
  );
}
""",
    [
        "Future<int>",
        "_db.delete | _db.rawDelete",
        "DateTime.now",
        "millisecondsSinceEpoch",
        "Duration | 86400000 | 86400",
    ],
    must_not=["_db.query", "Future<void>"],
    checks=["literal 'departure_ms'", "literal 24 | 1 | 1440 | 86400 | 86400000"],
)


# ================================================================ element

row(
    "state",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import 'models/auth_model.dart';
import 'models/boarding_pass_model.dart';
import 'models/check_in_model.dart';
import 'screens/home_screen.dart';
import 'services/airline_api.dart';

void main() {
  WidgetsFlutterBinding.ensureInitialized();
  final api = AirlineApi(baseUrl: 'https://api.skyway.com.tr/v2');
  runApp(SkywayApp(api: api));
}

class SkywayApp extends StatelessWidget {
  const SkywayApp({super.key, required this.api});

  final AirlineApi api;

  @override
  Widget build(BuildContext context) {
    return MultiProvider(
      providers: [
        Provider<AirlineApi>.value(value: api),
        ChangeNotifierProvider(create: (_) => AuthModel(api)),
        ChangeNotifierProvider(create: (_) => CheckInModel(api)),
        // BoardingPassModel'i ekle, AuthModel degisince yeni token'i setToken ile versin
      ],
      child: MaterialApp(
        title: 'Skyway',
        debugShowCheckedModeBanner: false,
        theme: ThemeData(
          colorSchemeSeed: const Color(0xFF0B3D91),
          useMaterial3: true,
        ),
        home: const HomeScreen(),
      ),
    );
  }
}
""",
    r"""
ChangeNotifierProxyProvider<AuthModel, BoardingPassModel>(
  create: (_) => BoardingPassModel(api),
  update: (_, auth, passes) => passes!..setToken(auth.token),
),
""",
    ["ChangeNotifierProxyProvider", "AuthModel", "BoardingPassModel", "setToken"],
    must_not=["ChangeNotifierProvider(", "context.watch"],
    checks=["call ChangeNotifierProxyProvider(create, update)"],
)

row(
    "async",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/yoga_class.dart';
import '../services/studio_api.dart';

class ClassDetailPage extends StatelessWidget {
  const ClassDetailPage({super.key, required this.yogaClass, required this.api});

  final YogaClass yogaClass;
  final StudioApi api;

  @override
  Widget build(BuildContext context) {
    final text = Theme.of(context).textTheme;
    return Scaffold(
      appBar: AppBar(title: Text(yogaClass.title)),
      body: ListView(
        padding: const EdgeInsets.all(20),
        children: [
          Text(yogaClass.title, style: text.headlineSmall),
          const SizedBox(height: 4),
          Text('${yogaClass.instructorName} · ${yogaClass.durationMinutes} dk'),
          const SizedBox(height: 16),
          // kalan yer sayısını api.watchSpots ile canlı göster, 0 olunca kırmızı 'Dolu' yazsın
          const SizedBox(height: 16),
          Text(yogaClass.description, style: text.bodyLarge),
          const SizedBox(height: 24),
          OutlinedButton.icon(
            onPressed: () => Navigator.of(context).pop(),
            icon: const Icon(Icons.arrow_back),
            label: const Text('Programa dön'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
StreamBuilder<int>(
  stream: api.watchSpots(yogaClass.id),
  builder: (context, snapshot) {
    if (!snapshot.hasData) return const LinearProgressIndicator();
    final left = snapshot.data!;
    if (left == 0) {
      return Text('Dolu', style: text.titleMedium?.copyWith(color: Colors.red));
    }
    return Text('$left yer kaldı', style: text.titleMedium);
  },
),
""",
    [
        "StreamBuilder",
        "api.watchSpots",
        "yogaClass.id",
        "== 0 | <= 0 | < 1 | > 0",
        "colorScheme.error | Colors.red | Colors.redAccent",
    ],
    must_not=["FutureBuilder", ".listen("],
    checks=["call StreamBuilder(stream, builder)", "literal 'Dolu'"],
)

row(
    "http_json",
    "element",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/check_in_lookup.dart';

class LookupNotFound implements Exception {
  const LookupNotFound();
}

class LookupApi {
  LookupApi(this._client);

  final http.Client _client;
  static const _host = 'api.skyway.com.tr';

  Future<CheckInLookup> find({required String pnr, required String lastName, String? ffNumber}) async {
    final uri = Uri.https(_host, '/v2/check-in/lookup', {
      'pnr': pnr.trim().toUpperCase(),
      // soyadı 'surname' olarak gitsin, trim edilip büyük harfe çevrilmiş halde
      if (ffNumber != null) 'ffNumber': ffNumber,
    });
    final res = await _client.get(uri, headers: {'Accept': 'application/json'});
    if (res.statusCode == 404) throw const LookupNotFound();
    if (res.statusCode != 200) {
      throw http.ClientException('Lookup failed: ${res.statusCode}', uri);
    }
    return CheckInLookup.fromJson(jsonDecode(res.body) as Map<String, dynamic>);
  }

  Future<bool> isCheckInOpen(String pnr) async {
    final res = await _client.get(Uri.https(_host, '/v2/check-in/$pnr/status'));
    if (res.statusCode != 200) return false;
    return (jsonDecode(res.body) as Map<String, dynamic>)['open'] == true;
  }

  Future<void> logout(String sessionId) async {
    await _client.delete(Uri.https(_host, '/v2/sessions/$sessionId'));
  }
}
""",
    r"""
'surname': lastName.trim().toUpperCase(),
""",
    ["lastName", "trim", "toUpperCase"],
    must_not=["toLowerCase"],
    checks=["literal 'surname'"],
)

row(
    "storage",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class StudioSettingsPage extends StatefulWidget {
  const StudioSettingsPage({super.key, required this.prefs});

  final SharedPreferences prefs;

  @override
  State<StudioSettingsPage> createState() => _StudioSettingsPageState();
}

class _StudioSettingsPageState extends State<StudioSettingsPage> {
  static const _matKey = 'own_mat';
  static const _remindersKey = 'class_reminders';

  late bool _ownMat = widget.prefs.getBool(_matKey) ?? false;
  late bool _reminders = widget.prefs.getBool(_remindersKey) ?? true;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ayarlar')),
      body: ListView(
        children: [
          CheckboxListTile(
            title: const Text('Kendi matımı getiriyorum'),
            subtitle: const Text('Rezervasyonlarda mat kiralama sorulmaz'),
            value: _ownMat,
            onChanged: (value) async {
              setState(() => _ownMat = value ?? false);
              await widget.prefs.setBool(_matKey, _ownMat);
            },
          ),
          // 'Ders hatırlatmaları' için bir switch; açılıp kapanınca _remindersKey ile kaydedilsin
          const Divider(),
          ListTile(
            leading: const Icon(Icons.logout),
            title: const Text('Çıkış yap'),
            onTap: () => Navigator.of(context).pushNamedAndRemoveUntil('/login', (_) => false),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
SwitchListTile(
  title: const Text('Ders hatırlatmaları'),
  value: _reminders,
  onChanged: (value) async {
    setState(() => _reminders = value);
    await widget.prefs.setBool(_remindersKey, value);
  },
),
""",
    [
        "SwitchListTile | Switch | SwitchListTile.adaptive | Switch.adaptive",
        "_reminders",
        "setState",
        "setBool",
        "_remindersKey",
    ],
    must_not=["_matKey", "setString"],
    checks=["literal 'Ders hatırlatmaları'", "call .setBool"],
)


# ================================================================ argument

row(
    "state",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/membership_model.dart';
import '../models/schedule_model.dart';

class BookButton extends StatelessWidget {
  const BookButton({super.key, required this.membership, required this.schedule, required this.classId});

  final MembershipModel membership;
  final ScheduleModel schedule;
  final String classId;

  @override
  Widget build(BuildContext context) {
    return ListenableBuilder(
      // hem üyelik hem ders programı değişince yeniden çizilsin
      builder: (context, _) {
        final yogaClass = schedule.byId(classId);
        if (yogaClass == null) return const SizedBox.shrink();
        if (membership.isBookedId(classId)) {
          return OutlinedButton.icon(
            onPressed: () => membership.cancel(classId),
            icon: const Icon(Icons.event_busy),
            label: const Text('Rezervasyonu iptal et'),
          );
        }
        final noCredits = membership.credits == 0;
        final full = schedule.spotsLeft(classId) == 0;
        return FilledButton.icon(
          onPressed: noCredits || full ? null : () => membership.book(yogaClass),
          icon: const Icon(Icons.self_improvement),
          label: Text(full
              ? 'Dolu'
              : noCredits
                  ? 'Kredin kalmadı'
                  : 'Rezervasyon yap (1 kredi)'),
        );
      },
    );
  }
}
""",
    r"""
listenable: Listenable.merge([membership, schedule]),
""",
    ["listenable", "Listenable.merge", "membership", "schedule"],
    must_not=["listenable: membership,", "listenable: schedule,"],
    checks=["call Listenable.merge"],
)

row(
    "async",
    "argument",
    r"""
import 'dart:async';

import '../models/boarding_pass.dart';
import 'airline_api.dart';

class CheckInTimeoutException implements Exception {
  const CheckInTimeoutException(this.pnr);

  final String pnr;

  @override
  String toString() => 'Check-in for $pnr timed out';
}

class CheckInService {
  CheckInService(this._api);

  final AirlineApi _api;

  Future<BoardingPass> completeCheckIn(String pnr, {required String seat, int bags = 0}) {
    return _api.submitCheckIn(pnr, seat: seat, bags: bags).timeout(
          const Duration(seconds: 20),
          // sure dolarsa CheckInTimeoutException firlatsin
        );
  }

  Future<void> cancelCheckIn(String pnr) async {
    try {
      await _api.cancelCheckIn(pnr);
    } on Exception catch (e) {
      throw StateError('Could not cancel check-in for $pnr: $e');
    }
  }

  Future<List<BoardingPass>> passesFor(String pnr) async {
    final passes = await _api.boardingPasses(pnr);
    passes.sort((a, b) => a.departure.compareTo(b.departure));
    return passes;
  }
}
""",
    r"""
onTimeout: () => throw CheckInTimeoutException(pnr),
""",
    ["onTimeout", "throw", "CheckInTimeoutException"],
    must_not=["TimeoutException(", "return null"],
    checks=["call CheckInTimeoutException"],
)

row(
    "http_json",
    "argument",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;
import 'package:intl/intl.dart';

import '../models/yoga_class.dart';

class ScheduleApi {
  ScheduleApi({required this.host, required this.studioId, http.Client? client}) : _client = client ?? http.Client();

  final String host;
  final String studioId;
  final http.Client _client;

  Future<List<YogaClass>> classesOn(DateTime day, {ClassLevel? level}) async {
    final uri = Uri(
      scheme: 'https',
      host: host,
      path: '/v1/studios/$studioId/classes',
      // gün 'date' (yyyy-MM-dd), seviye 'level' olarak eklensin; seviye seçilmediyse level hiç gitmesin
    );
    final res = await _client.get(uri, headers: {'Accept': 'application/json'});
    if (res.statusCode != 200) {
      throw http.ClientException('Program alınamadı (${res.statusCode})', uri);
    }
    final data = jsonDecode(res.body) as Map<String, dynamic>;
    return (data['classes'] as List<dynamic>)
        .map((e) => YogaClass.fromJson(e as Map<String, dynamic>))
        .toList();
  }

  String dayLabel(DateTime day) => DateFormat('d MMMM EEEE', 'tr').format(day);

  DateTime weekStart(DateTime day) => DateTime(day.year, day.month, day.day - (day.weekday - 1));

  void close() => _client.close();
}
""",
    r"""
queryParameters: {
  'date': DateFormat('yyyy-MM-dd').format(day),
  if (level != null) 'level': level.name,
},
""",
    ["queryParameters", "day", "level != null | level == null | ?level", "level.name | level!.name | level?.name"],
    must_not=["query: '", "'level': level.toString()"],
    checks=["literal 'date'", "literal 'level'"],
)

row(
    "storage",
    "argument",
    r"""
import 'dart:io';

import 'package:path_provider/path_provider.dart';

/// Keeps a local log of check-in steps so support can see what happened while offline.
class CheckInLog {
  CheckInLog._(this._file);

  final File _file;

  static Future<CheckInLog> open() async {
    final dir = await getApplicationSupportDirectory();
    final file = File('${dir.path}/checkin_log.txt');
    if (!await file.exists()) await file.create(recursive: true);
    return CheckInLog._(file);
  }

  Future<void> add(String pnr, String step) async {
    final line = '${DateTime.now().toIso8601String()}\t$pnr\t$step\n';
    await _file.writeAsString(
      line,
      // eskilerin üstüne yazmasın, sona eklesin
    );
  }

  Future<List<String>> lines() async {
    final all = await _file.readAsLines();
    return all.where((l) => l.isNotEmpty).toList();
  }

  Future<void> trim({int keep = 500}) async {
    final all = await lines();
    if (all.length <= keep) return;
    await _file.writeAsString('${all.sublist(all.length - keep).join('\n')}\n');
  }

  Future<void> clear() => _file.writeAsString('');
}
""",
    r"""
mode: FileMode.append,
""",
    ["mode", "FileMode.append | FileMode.writeOnlyAppend"],
    must_not=["FileMode.write,"],
)


if __name__ == "__main__":
    ROWS.write()
