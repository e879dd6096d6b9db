# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 9 (holdout-i3): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics state, async, http_json, storage (5 each, one per
position); app domains a tennis-club court booking app and a ship-cargo tracking app for a freight forwarder.

Run: .venv/bin/python experiments/in-context-authoring/holdout-i3.py  -> data/in_context/drafts/holdout-i3.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-i3", "holdi3")
row = ROWS.row


# ================================================================ statements

row(
    "state",
    "statements",
    r"""
import 'package:flutter/foundation.dart';

import '../models/court.dart';
import '../models/member.dart';

/// Players joining a doubles booking before the organizer confirms it.
class DoublesLineupModel extends ChangeNotifier {
  DoublesLineupModel({required this.court, required this.organizer}) : _players = [organizer];

  final Court court;
  final Member organizer;
  final List<Member> _players;
  bool _sameLevelOnly = false;

  List<Member> get players => List.unmodifiable(_players);

  bool get isComplete => _players.length == 4;

  bool get sameLevelOnly => _sameLevelOnly;

  bool canRemove(Member member) => member.id != organizer.id;

  void addPlayer(Member member) {
    // oyuncu zaten kadrodaysa ya da kadro doluysa çık; değilse ekle ve dinleyicilere haber ver
  }

  void removePlayer(Member member) {
    if (!canRemove(member)) return;
    _players.removeWhere((p) => p.id == member.id);
    notifyListeners();
  }

  void setSameLevelOnly(bool value) {
    if (_sameLevelOnly == value) return;
    _sameLevelOnly = value;
    if (value) {
      _players.removeWhere((p) => p.id != organizer.id && p.level != organizer.level);
    }
    notifyListeners();
  }

  /// Pairs for the court sheet: organizer's team first.
  List<List<Member>> get teams => [
        _players.take(2).toList(),
        _players.skip(2).toList(),
      ];
}
""",
    r"""
if (isComplete || _players.any((p) => p.id == member.id)) return;
_players.add(member);
notifyListeners();
""",
    [
        "_players",
        "contains | any | indexWhere | where",
        "isComplete | length",
        "add | insert",
        "notifyListeners",
    ],
    must_not=["setState", "removeWhere"],
    checks=["call notifyListeners"],
)

row(
    "async",
    "statements",
    r"""
import 'dart:async';

import '../models/container_status.dart';
import 'tracking_api.dart';

/// Wraps the carriers' tracking API; their endpoints time out often, so reads are retried.
class ContainerStatusRepository {
  ContainerStatusRepository(this._api);

  final TrackingApi _api;
  final Map<String, ContainerStatus> _lastKnown = {};

  ContainerStatus? lastKnown(String containerNo) => _lastKnown[containerNo];

  Future<ContainerStatus> _fetchWithRetry(String containerNo) async {
    // _api.fetchStatus'u en fazla 3 kez dene, denemeler arasında 2 sn bekle; hepsi başarısızsa son hatayı fırlat
  }

  Future<ContainerStatus> status(String containerNo) async {
    final status = await _fetchWithRetry(containerNo);
    _lastKnown[containerNo] = status;
    return status;
  }

  Future<Map<String, ContainerStatus>> statuses(List<String> containerNos) async {
    final results = await Future.wait(containerNos.map(status));
    return {for (var i = 0; i < containerNos.length; i++) containerNos[i]: results[i]};
  }

  Stream<ContainerStatus> watch(String containerNo, {Duration every = const Duration(minutes: 5)}) async* {
    while (true) {
      yield await status(containerNo);
      await Future<void>.delayed(every);
    }
  }
}
""",
    r"""
var attempt = 0;
while (true) {
  attempt++;
  try {
    return await _api.fetchStatus(containerNo);
  } catch (_) {
    if (attempt >= 3) rethrow;
    await Future<void>.delayed(const Duration(seconds: 2));
  }
}
""",
    [
        "_api.fetchStatus",
        "try | catchError",
        "rethrow | throw | Error.throwWithStackTrace",
        "Future.delayed | Future<void>.delayed | Timer",
    ],
    must_not=["Timer.periodic", "Future.wait", "_lastKnown"],
    checks=["literal 3", "call Duration > 2 | 2000"],
)

row(
    "http_json",
    "statements",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;
import 'package:intl/intl.dart';

import '../models/court.dart';
import '../models/court_slot.dart';
import 'api_exception.dart';

class CourtApi {
  CourtApi(this._client, this._baseUrl);

  /// Adds the member's bearer token to every request.
  final http.Client _client;
  final Uri _baseUrl;

  Future<List<Court>> fetchCourts() async {
    final response = await _client.get(_baseUrl.resolve('courts'));
    if (response.statusCode != 200) {
      throw ApiException(response.statusCode, response.body);
    }
    final list = jsonDecode(response.body) as List<dynamic>;
    return list.map((e) => Court.fromJson(e as Map<String, dynamic>)).toList();
  }

  Future<List<CourtSlot>> fetchSlots(String courtId, DateTime day) async {
    // courts/{courtId}/slots'a date=yyyy-MM-dd sorgusuyla GET at; 200 değilse ApiException, cevaptaki slots dizisini CourtSlot'a çevir
  }

  Future<void> cancelBooking(String bookingId) async {
    final response = await _client.delete(_baseUrl.resolve('bookings/$bookingId'));
    if (response.statusCode != 204) {
      throw ApiException(response.statusCode, response.body);
    }
  }
}
""",
    r"""
final date = DateFormat('yyyy-MM-dd').format(day);
final uri = _baseUrl.resolve('courts/$courtId/slots').replace(queryParameters: {'date': date});
final response = await _client.get(uri);
if (response.statusCode != 200) {
  throw ApiException(response.statusCode, response.body);
}
final data = jsonDecode(response.body) as Map<String, dynamic>;
return (data['slots'] as List<dynamic>)
    .map((e) => CourtSlot.fromJson(e as Map<String, dynamic>))
    .toList();
""",
    [
        "_client.get | http.get",
        "DateFormat | toIso8601String | padLeft",
        "statusCode",
        "ApiException",
        "jsonDecode | json.decode",
        "CourtSlot.fromJson",
    ],
    must_not=["_client.post", "http.post", "Court.fromJson"],
    checks=["literal 'slots'", "literal 'date'", "literal 200", "call ApiException"],
)

row(
    "storage",
    "statements",
    r"""
import 'package:shared_preferences/shared_preferences.dart';

/// Container numbers the user follows on the home screen, oldest first.
class WatchlistStore {
  WatchlistStore(this._prefs);

  final SharedPreferences _prefs;

  static final _containerNo = RegExp(r'^[A-Z]{4}\d{7}$');

  List<String> get containers => _prefs.getStringList('watched_containers') ?? const [];

  bool isWatched(String containerNo) => containers.contains(containerNo.trim().toUpperCase());

  bool isValid(String containerNo) => _containerNo.hasMatch(containerNo.trim().toUpperCase());

  Future<void> watch(String containerNo) async {
    // numarayi buyuk harfe cevir, listede yoksa sona ekle; 20'yi gecerse en eskisini at ve kaydet
  }

  Future<void> unwatch(String containerNo) async {
    final number = containerNo.trim().toUpperCase();
    final updated = containers.where((c) => c != number).toList();
    await _prefs.setStringList('watched_containers', updated);
  }

  Future<void> reorder(int oldIndex, int newIndex) async {
    final list = [...containers];
    final moved = list.removeAt(oldIndex);
    list.insert(newIndex > oldIndex ? newIndex - 1 : newIndex, moved);
    await _prefs.setStringList('watched_containers', list);
  }

  DateTime? get lastSyncedAt {
    final ms = _prefs.getInt('watchlist_synced_at');
    return ms == null ? null : DateTime.fromMillisecondsSinceEpoch(ms);
  }

  Future<void> clear() => _prefs.remove('watched_containers');
}
""",
    r"""
final number = containerNo.trim().toUpperCase();
final list = [...containers];
if (list.contains(number)) return;
list.add(number);
if (list.length > 20) list.removeAt(0);
await _prefs.setStringList('watched_containers', list);
""",
    [
        "toUpperCase",
        "contains | isWatched | any | indexOf",
        "containers | getStringList",
        "add | insert | ...containers",
        "length",
        "removeAt | removeRange | sublist | skip | removeLast | take",
        "setStringList",
    ],
    must_not=["setString(", "toLowerCase"],
    checks=["literal 20", "literal 'watched_containers'"],
)


# ================================================================ callback

row(
    "state",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/court_slot.dart';

/// Half-hour slots of one court for one day; a booking is one to four adjacent slots.
class SlotGrid extends StatefulWidget {
  const SlotGrid({super.key, required this.slots, required this.onSelectionChanged});

  final List<CourtSlot> slots;
  final ValueChanged<List<CourtSlot>> onSelectionChanged;

  @override
  State<SlotGrid> createState() => _SlotGridState();
}

class _SlotGridState extends State<SlotGrid> {
  final List<CourtSlot> _selected = [];
  static final _hm = DateFormat.Hm('tr_TR');

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Column(
      crossAxisAlignment: CrossAxisAlignment.stretch,
      children: [
        GridView.count(
          crossAxisCount: 4,
          shrinkWrap: true,
          physics: const NeverScrollableScrollPhysics(),
          mainAxisSpacing: 8,
          crossAxisSpacing: 8,
          childAspectRatio: 2,
          children: [
            for (final slot in widget.slots)
              InkWell(
                borderRadius: BorderRadius.circular(8),
                onTap: slot.isBooked
                    ? null
                    : () {
                        // slot seçimin hemen ardındaysa ekle (en fazla 4 slot), değilse seçimi bu slotla baştan başlat
                        widget.onSelectionChanged(List.of(_selected));
                      },
                child: Ink(
                  decoration: BoxDecoration(
                    color: _selected.contains(slot) ? scheme.primaryContainer : scheme.surfaceContainerHighest,
                    borderRadius: BorderRadius.circular(8),
                  ),
                  child: Center(child: Text(_hm.format(slot.startsAt))),
                ),
              ),
          ],
        ),
        if (_selected.isNotEmpty)
          Padding(
            padding: const EdgeInsets.only(top: 12),
            child: Text(
              '${_hm.format(_selected.first.startsAt)} – ${_hm.format(_selected.last.endsAt)}',
              textAlign: TextAlign.center,
            ),
          ),
      ],
    );
  }
}
""",
    r"""
setState(() {
  final adjacent = _selected.isNotEmpty && _selected.last.endsAt == slot.startsAt;
  if (adjacent && _selected.length < 4) {
    _selected.add(slot);
  } else {
    _selected
      ..clear()
      ..add(slot);
  }
});
""",
    [
        "setState",
        "_selected",
        "endsAt | difference",
        "startsAt",
        "length",
        "add | insert",
        "clear | removeRange | removeWhere | retainWhere",
    ],
    must_not=["notifyListeners"],
    checks=["literal 4", "call setState"],
)

row(
    "async",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/vessel.dart';
import '../models/vessel_position.dart';
import '../services/ais_tracker.dart';

class VesselPositionCard extends StatefulWidget {
  const VesselPositionCard({super.key, required this.vessel, required this.tracker});

  final Vessel vessel;
  final AisTracker tracker;

  @override
  State<VesselPositionCard> createState() => _VesselPositionCardState();
}

class _VesselPositionCardState extends State<VesselPositionCard> {
  VesselPosition? _position;
  bool _fetching = false;
  Timer? _poll;

  @override
  void initState() {
    super.initState();
    _poll = Timer.periodic(const Duration(seconds: 30), (_) async {
      // önceki istek bitmediyse bu turu atla; yoksa latestPosition ile son konumu çekip _position'a yaz
    });
  }

  @override
  void dispose() {
    _poll?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final position = _position;
    return Card(
      child: ListTile(
        leading: const Icon(Icons.directions_boat_filled_outlined),
        title: Text(widget.vessel.name),
        subtitle: position == null
            ? const Text('Konum bekleniyor…')
            : Text(
                '${position.lat.toStringAsFixed(3)}, ${position.lon.toStringAsFixed(3)} · ${position.speedKnots} kn',
              ),
        trailing: position == null ? null : Text(DateFormat.Hm('tr_TR').format(position.reportedAt)),
      ),
    );
  }
}
""",
    r"""
if (_fetching) return;
_fetching = true;
try {
  final position = await widget.tracker.latestPosition(widget.vessel.imo);
  if (mounted) setState(() => _position = position);
} finally {
  _fetching = false;
}
""",
    ["_fetching", "latestPosition", "await | then", "setState", "_position"],
    must_not=["Timer.periodic", "_poll"],
    checks=["call setState"],
)

row(
    "http_json",
    "callback",
    r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;

import '../models/club_match.dart';

class SetScore {
  SetScore(this.home, this.away);

  int home;
  int away;
}

class ScoreEntryPage extends StatefulWidget {
  const ScoreEntryPage({super.key, required this.match, required this.client, required this.baseUrl});

  final ClubMatch match;
  final http.Client client;
  final Uri baseUrl;

  @override
  State<ScoreEntryPage> createState() => _ScoreEntryPageState();
}

class _ScoreEntryPageState extends State<ScoreEntryPage> {
  final List<SetScore> _sets = [SetScore(0, 0)];

  Widget _counter(int value, ValueChanged<int> onChanged) => Row(
        mainAxisSize: MainAxisSize.min,
        children: [
          IconButton(onPressed: value == 0 ? null : () => onChanged(value - 1), icon: const Icon(Icons.remove)),
          Text('$value'),
          IconButton(onPressed: value == 7 ? null : () => onChanged(value + 1), icon: const Icon(Icons.add)),
        ],
      );

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('${widget.match.homeName} – ${widget.match.awayName}')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          for (final (i, s) in _sets.indexed)
            ListTile(
              title: Text('${i + 1}. set'),
              trailing: Row(
                mainAxisSize: MainAxisSize.min,
                children: [
                  _counter(s.home, (v) => setState(() => s.home = v)),
                  const SizedBox(width: 12),
                  _counter(s.away, (v) => setState(() => s.away = v)),
                ],
              ),
            ),
          if (_sets.length < 3)
            TextButton(onPressed: () => setState(() => _sets.add(SetScore(0, 0))), child: const Text('Set ekle')),
        ],
      ),
      bottomNavigationBar: Padding(
        padding: const EdgeInsets.all(16),
        child: FilledButton(
          onPressed: () async {
            // setleri {"sets": [{"home": 6, "away": 4}, ...]} olarak matches/{id}/score'a PUT et; 200 gelirse sayfayı true ile kapat
          },
          child: const Text('Skoru gönder'),
        ),
      ),
    );
  }
}
""",
    r"""
final response = await widget.client.put(
  widget.baseUrl.resolve('matches/${widget.match.id}/score'),
  headers: {'Content-Type': 'application/json'},
  body: jsonEncode({
    'sets': [
      for (final s in _sets) {'home': s.home, 'away': s.away},
    ],
  }),
);
if (!context.mounted) return;
if (response.statusCode == 200) Navigator.pop(context, true);
""",
    [
        "client.put | http.put",
        "match.id",
        "jsonEncode | json.encode",
        "_sets",
        "home",
        "away",
        "statusCode",
        "Navigator.pop | Navigator.of(context).pop | context.pop | maybePop",
        "true",
    ],
    must_not=["client.post", "http.post", "client.patch", "http.patch"],
    checks=["literal 'score'", "literal 'sets'", "literal 'home'", "literal 'away'", "literal 200"],
)

row(
    "storage",
    "callback",
    r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:intl/intl.dart';
import 'package:path/path.dart' as p;
import 'package:path_provider/path_provider.dart';

import '../models/shipment.dart';

class ShipmentExportButton extends StatelessWidget {
  const ShipmentExportButton({super.key, required this.shipments});

  final List<Shipment> shipments;

  static final _date = DateFormat('yyyy-MM-dd');

  String _toCsv() {
    final buffer = StringBuffer('container_no;bl_no;pol;pod;eta;status\n');
    for (final s in shipments) {
      buffer.writeln([
        s.containerNo,
        s.blNumber,
        s.portOfLoading,
        s.portOfDischarge,
        s.eta == null ? '' : _date.format(s.eta!),
        s.status.name,
      ].join(';'));
    }
    return buffer.toString();
  }

  @override
  Widget build(BuildContext context) {
    return IconButton(
      tooltip: 'CSV olarak dışa aktar',
      icon: const Icon(Icons.file_download_outlined),
      onPressed: shipments.isEmpty
          ? null
          : () async {
              // csv'yi uygulamanın belgeler klasörüne shipments_<bugünün tarihi>.csv adıyla yaz, bitince dosya yolunu snackbar'da göster
            },
    );
  }
}
""",
    r"""
final dir = await getApplicationDocumentsDirectory();
final file = File(p.join(dir.path, 'shipments_${_date.format(DateTime.now())}.csv'));
await file.writeAsString(_toCsv());
if (!context.mounted) return;
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(content: Text('Kaydedildi: ${file.path}')),
);
""",
    [
        "getApplicationDocumentsDirectory",
        "File",
        "_toCsv",
        "writeAsString | writeAsStringSync | openWrite",
        "DateTime.now",
        "showSnackBar",
    ],
    must_not=["getTemporaryDirectory", "writeAsBytes"],
    checks=["literal 'shipments_'", "literal '.csv'", "call SnackBar"],
)


# ================================================================ class_body

row(
    "state",
    "class_body",
    r"""
import 'package:flutter/foundation.dart';

import '../models/shipment.dart';
import '../services/shipment_repository.dart';

class ShipmentBoardModel extends ChangeNotifier {
  ShipmentBoardModel(this._repository);

  final ShipmentRepository _repository;

  List<Shipment> _all = const [];
  final Set<ShipmentStatus> _statuses = {};
  String _query = '';
  bool _loading = false;

  bool get loading => _loading;
  String get query => _query;
  Set<ShipmentStatus> get statuses => Set.unmodifiable(_statuses);
  int get delayedCount => _all.where((s) => s.isDelayed).length;

  // seçili durumlara (boşsa hepsi) ve _query'ye göre süzülmüş filtered getter'ı; containerNo ya da blNumber'da harf büyüklüğüne bakmadan ara

  Future<void> load() async {
    _loading = true;
    notifyListeners();
    try {
      _all = await _repository.activeShipments();
    } finally {
      _loading = false;
      notifyListeners();
    }
  }

  void setQuery(String value) {
    if (value == _query) return;
    _query = value;
    notifyListeners();
  }

  void toggleStatus(ShipmentStatus status) {
    if (!_statuses.remove(status)) _statuses.add(status);
    notifyListeners();
  }
}
""",
    r"""
List<Shipment> get filtered {
  final q = _query.trim().toLowerCase();
  return _all.where((s) {
    final statusOk = _statuses.isEmpty || _statuses.contains(s.status);
    final queryOk = q.isEmpty ||
        s.containerNo.toLowerCase().contains(q) ||
        s.blNumber.toLowerCase().contains(q);
    return statusOk && queryOk;
  }).toList();
}
""",
    [
        "get filtered",
        "_all",
        "_statuses",
        "isEmpty | isNotEmpty | length",
        "contains",
        "_query | query",
        "containerNo",
        "blNumber",
        "toLowerCase | toUpperCase | caseSensitive",
    ],
    must_not=["notifyListeners", "setState"],
)

row(
    "async",
    "class_body",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/slot_hold.dart';

/// Shown while a court slot is held for the member during checkout.
class HoldCountdownBanner extends StatefulWidget {
  const HoldCountdownBanner({super.key, required this.hold, required this.onExpired});

  final SlotHold hold;
  final VoidCallback onExpired;

  @override
  State<HoldCountdownBanner> createState() => _HoldCountdownBannerState();
}

class _HoldCountdownBannerState extends State<HoldCountdownBanner> {
  Timer? _ticker;
  late Duration _remaining = widget.hold.expiresAt.difference(DateTime.now());

  // initState'te her saniye _remaining'i güncelleyen bir Timer kur; süre dolunca timer'ı durdurup widget.onExpired'ı çağır

  @override
  void dispose() {
    _ticker?.cancel();
    super.dispose();
  }

  String get _label {
    final m = _remaining.inMinutes.remainder(60).toString().padLeft(2, '0');
    final s = _remaining.inSeconds.remainder(60).toString().padLeft(2, '0');
    return '$m:$s';
  }

  @override
  Widget build(BuildContext context) {
    final urgent = _remaining.inMinutes < 2;
    final scheme = Theme.of(context).colorScheme;
    return MaterialBanner(
      backgroundColor: urgent ? scheme.errorContainer : scheme.secondaryContainer,
      leading: const Icon(Icons.timer_outlined),
      content: Text('Kort $_label boyunca sizin için tutuluyor'),
      actions: [
        TextButton(onPressed: widget.onExpired, child: const Text('Vazgeç')),
      ],
    );
  }
}
""",
    r"""
@override
void initState() {
  super.initState();
  _ticker = Timer.periodic(const Duration(seconds: 1), (timer) {
    final left = widget.hold.expiresAt.difference(DateTime.now());
    if (left <= Duration.zero) {
      timer.cancel();
      setState(() => _remaining = Duration.zero);
      widget.onExpired();
      return;
    }
    setState(() => _remaining = left);
  });
}
""",
    [
        "initState",
        "super.initState",
        "Timer.periodic",
        "_ticker",
        "_remaining",
        "setState",
        "cancel",
        "onExpired",
    ],
    must_not=["Future.delayed", "dispose"],
    checks=["call Timer.periodic", "call Duration > 1 | 1000"],
)

row(
    "http_json",
    "class_body",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/booking.dart';
import '../models/shipment_document.dart';
import 'api_exception.dart';

class ForwarderApi {
  ForwarderApi(this._client, {required this.baseUrl, required this.apiKey});

  final http.Client _client;
  final Uri baseUrl;
  final String apiKey;

  Map<String, String> get _headers => {'X-Api-Key': apiKey, 'Accept': 'application/json'};

  Future<Booking> fetchBooking(String bookingNo) async {
    final response = await _client.get(baseUrl.resolve('bookings/$bookingNo'), headers: _headers);
    if (response.statusCode != 200) {
      throw ApiException(response.statusCode, response.body);
    }
    return Booking.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
  }

  // bookings/{bookingNo}/documents'i getiren fetchDocuments; yanit bir dizi, 404'te bos liste donsun

  Future<Uri> documentDownloadUrl(String documentId) async {
    final response = await _client.post(baseUrl.resolve('documents/$documentId/links'), headers: _headers);
    if (response.statusCode != 201) {
      throw ApiException(response.statusCode, response.body);
    }
    final data = jsonDecode(response.body) as Map<String, dynamic>;
    return Uri.parse(data['url'] as String);
  }
}
""",
    r"""
Future<List<ShipmentDocument>> fetchDocuments(String bookingNo) async {
  final response = await _client.get(baseUrl.resolve('bookings/$bookingNo/documents'), headers: _headers);
  if (response.statusCode == 404) return const [];
  if (response.statusCode != 200) {
    throw ApiException(response.statusCode, response.body);
  }
  final list = jsonDecode(response.body) as List<dynamic>;
  return list.map((e) => ShipmentDocument.fromJson(e as Map<String, dynamic>)).toList();
}
""",
    [
        "fetchDocuments",
        "_client.get | http.get",
        "_headers | apiKey",
        "statusCode",
        "[] | List.empty",
        "jsonDecode | json.decode",
        "ShipmentDocument.fromJson",
    ],
    must_not=["_client.post", "http.post", "Booking.fromJson"],
    checks=["literal 404", "literal 'documents'"],
)

row(
    "storage",
    "class_body",
    r"""
import 'package:sqflite/sqflite.dart';

import '../models/booking.dart';

/// Local copy of the member's court bookings so the "My bookings" tab works offline.
class BookingDao {
  BookingDao(this._db);

  final Database _db;

  Future<void> save(Booking b) => _db.insert(
        'bookings',
        {
          'id': b.id,
          'court_id': b.courtId,
          'court_name': b.courtName,
          'starts_at': b.startsAt.millisecondsSinceEpoch,
          'ends_at': b.endsAt.millisecondsSinceEpoch,
          'with_lights': b.withLights ? 1 : 0,
        },
        conflictAlgorithm: ConflictAlgorithm.replace,
      );

  Future<List<Booking>> upcoming() async {
    final rows = await _db.query(
      'bookings',
      where: 'ends_at >= ?',
      whereArgs: [DateTime.now().millisecondsSinceEpoch],
      orderBy: 'starts_at',
    );
    return rows.map(Booking.fromRow).toList();
  }

  // ends_at'i verilen tarihten once olan rezervasyonlari silen purgeBefore metodu, silinen satir sayisini dondursun

  Future<void> remove(String id) => _db.delete('bookings', where: 'id = ?', whereArgs: [id]);
}
""",
    r"""
Future<int> purgeBefore(DateTime cutoff) => _db.delete(
      'bookings',
      where: 'ends_at < ?',
      whereArgs: [cutoff.millisecondsSinceEpoch],
    );
""",
    ["purgeBefore", "int", "_db.delete | _db.rawDelete", "millisecondsSinceEpoch"],
    must_not=["starts_at", "_db.update", "toIso8601String"],
    checks=["literal 'bookings'", "literal 'ends_at'", "literal '<'"],
)


# ================================================================ element

row(
    "state",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/court.dart';
import '../models/court_slot.dart';

class BookingOptionsSheet extends StatefulWidget {
  const BookingOptionsSheet({super.key, required this.court, required this.slot, required this.onBook});

  final Court court;
  final CourtSlot slot;
  final void Function({required bool lights, required bool ballMachine, required int guests}) onBook;

  @override
  State<BookingOptionsSheet> createState() => _BookingOptionsSheetState();
}

class _BookingOptionsSheetState extends State<BookingOptionsSheet> {
  bool _lightsOn = false;
  bool _ballMachine = false;
  int _guests = 0;

  static final _money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');

  int get _totalCents =>
      widget.court.hourlyCents +
      (_lightsOn ? widget.court.lightsCents : 0) +
      (_ballMachine ? widget.court.ballMachineCents : 0) +
      _guests * widget.court.guestFeeCents;

  @override
  Widget build(BuildContext context) {
    return SafeArea(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          ListTile(
            title: Text(widget.court.name),
            subtitle: Text(DateFormat('d MMMM EEEE, HH:mm', 'tr_TR').format(widget.slot.startsAt)),
          ),
          const Divider(height: 1),
          // 'Işıklar' anahtarı _lightsOn'u değiştirsin; slot 18:00'den önce başlıyorsa pasif olsun
          SwitchListTile(
            title: const Text('Top atma makinesi'),
            value: _ballMachine,
            onChanged: (v) => setState(() => _ballMachine = v),
          ),
          ListTile(
            title: const Text('Misafir oyuncu'),
            trailing: DropdownButton<int>(
              value: _guests,
              items: [for (final n in [0, 1, 2, 3]) DropdownMenuItem(value: n, child: Text('$n'))],
              onChanged: (n) => setState(() => _guests = n ?? 0),
            ),
          ),
          Padding(
            padding: const EdgeInsets.all(16),
            child: FilledButton(
              onPressed: () => widget.onBook(lights: _lightsOn, ballMachine: _ballMachine, guests: _guests),
              child: Text('Rezerve et · ${_money.format(_totalCents / 100)}'),
            ),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
SwitchListTile(
  title: const Text('Işıklar'),
  value: _lightsOn,
  onChanged: widget.slot.startsAt.hour < 18 ? null : (value) => setState(() => _lightsOn = value),
),
""",
    ["SwitchListTile | Switch", "_lightsOn", "setState", "startsAt", "hour | isBefore", "null"],
    must_not=["_ballMachine"],
    checks=["literal 'Işıklar'", "literal 18", "call setState"],
)

row(
    "async",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/cargo_container.dart';
import '../services/reefer_telemetry.dart';
import 'widgets/milestone_timeline.dart';

class ContainerDetailPage extends StatefulWidget {
  const ContainerDetailPage({super.key, required this.container, required this.telemetry});

  final CargoContainer container;
  final ReeferTelemetry telemetry;

  @override
  State<ContainerDetailPage> createState() => _ContainerDetailPageState();
}

class _ContainerDetailPageState extends State<ContainerDetailPage> {
  late final Stream<double> _temperature = widget.telemetry.temperatureStream(widget.container.number);

  @override
  Widget build(BuildContext context) {
    final c = widget.container;
    final theme = Theme.of(context);
    return Scaffold(
      appBar: AppBar(title: Text(c.number)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          Text('${c.isoType} · ${c.portOfLoading} → ${c.portOfDischarge}', style: theme.textTheme.titleMedium),
          if (c.eta != null) Text('Tahmini varış: ${DateFormat('d MMM y, HH:mm', 'tr_TR').format(c.eta!)}'),
          const SizedBox(height: 16),
          // reefer sıcaklığını _temperature akışından canlı göster; -18 °C'nin üstüne çıkarsa kırmızı yaz
          const SizedBox(height: 24),
          Text('Olaylar', style: theme.textTheme.titleSmall),
          MilestoneTimeline(milestones: c.milestones),
        ],
      ),
    );
  }
}
""",
    r"""
StreamBuilder<double>(
  stream: _temperature,
  builder: (context, snapshot) {
    if (!snapshot.hasData) return const LinearProgressIndicator();
    final celsius = snapshot.data!;
    return Text(
      'Sıcaklık: ${celsius.toStringAsFixed(1)} °C',
      style: TextStyle(color: celsius > -18 ? Colors.red : null),
    );
  },
),
""",
    ["StreamBuilder", "_temperature", "data", "Colors.red | colorScheme.error | Colors.redAccent | Color("],
    must_not=["temperatureStream", "FutureBuilder"],
    checks=["call StreamBuilder(stream, builder)", "literal 18"],
)

row(
    "http_json",
    "element",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;
import 'package:intl/intl.dart';

import '../models/coach_lesson.dart';
import 'api_exception.dart';

enum LessonLevel { beginner, intermediate, advanced }

class LessonApi {
  LessonApi(this._client, {this.host = 'api.kortkulup.com.tr'});

  final http.Client _client;
  final String host;

  static final _day = DateFormat('yyyy-MM-dd');

  Future<List<CoachLesson>> searchLessons({
    required LessonLevel level,
    String? coachId,
    DateTime? day,
    bool groupOnly = false,
  }) async {
    final uri = Uri.https(host, '/v1/lessons', {
      'level': level.name,
      if (coachId != null) 'coach_id': coachId,
      // gun secildiyse date parametresini yyyy-MM-dd olarak ekle
      if (groupOnly) 'group': 'true',
    });
    final response = await _client.get(uri);
    if (response.statusCode != 200) {
      throw ApiException(response.statusCode, response.body);
    }
    final data = jsonDecode(response.body) as Map<String, dynamic>;
    return (data['lessons'] as List<dynamic>)
        .map((e) => CoachLesson.fromJson(e as Map<String, dynamic>))
        .toList();
  }

  Future<void> join(String lessonId) async {
    final response = await _client.post(Uri.https(host, '/v1/lessons/$lessonId/participants'));
    if (response.statusCode != 201) {
      throw ApiException(response.statusCode, response.body);
    }
  }
}
""",
    r"""
if (day != null) 'date': _day.format(day),
""",
    ["day", "!= null | case", "_day.format | DateFormat | toIso8601String | padLeft"],
    must_not=["toString()", "jsonEncode"],
    checks=["literal 'date'"],
)

row(
    "storage",
    "element",
    r"""
import 'package:sqflite/sqflite.dart';

import '../models/cargo_container.dart';

/// Offline cache of the containers the forwarder's customers follow.
class ContainerDao {
  ContainerDao(this._db);

  final Database _db;

  Future<void> upsert(CargoContainer c) => _db.insert(
        'containers',
        c.toRow(),
        conflictAlgorithm: ConflictAlgorithm.replace,
      );

  Future<CargoContainer?> byNumber(String number) async {
    final rows = await _db.query('containers', where: 'number = ?', whereArgs: [number], limit: 1);
    return rows.isEmpty ? null : CargoContainer.fromRow(rows.first);
  }

  /// Containers whose ETA has passed but that are not delivered yet.
  Future<List<CargoContainer>> overdue() async {
    final rows = await _db.query(
      'containers',
      where: 'eta IS NOT NULL AND eta < ? AND status != ?',
      whereArgs: [
        // şimdiki zaman, eta kolonu gibi ms cinsinden
        ContainerStatus.delivered.name,
      ],
      orderBy: 'eta',
    );
    return rows.map(CargoContainer.fromRow).toList();
  }

  Future<int> deleteDelivered() =>
      _db.delete('containers', where: 'status = ?', whereArgs: [ContainerStatus.delivered.name]);
}
""",
    r"""
DateTime.now().millisecondsSinceEpoch,
""",
    ["DateTime.now | clock.now", "millisecondsSinceEpoch"],
    must_not=["toIso8601String", "microsecondsSinceEpoch", "/ 1000", "delivered"],
)


# ================================================================ argument

row(
    "state",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../state/shipment_board_model.dart';
import 'delayed_shipments_page.dart';

class DelayedBadgeAction extends StatelessWidget {
  const DelayedBadgeAction({super.key});

  @override
  Widget build(BuildContext context) {
    return Selector<ShipmentBoardModel, int>(
      // sadece delayedCount değişince yeniden çizilsin
      builder: (context, delayed, child) {
        return IconButton(
          tooltip: delayed == 0 ? 'Gecikme yok' : '$delayed gecikmiş sevkiyat',
          onPressed: delayed == 0
              ? null
              : () => Navigator.of(context).push(
                    MaterialPageRoute<void>(builder: (_) => const DelayedShipmentsPage()),
                  ),
          icon: Badge(
            isLabelVisible: delayed > 0,
            label: Text('$delayed'),
            backgroundColor: Theme.of(context).colorScheme.error,
            child: child!,
          ),
        );
      },
      child: const Icon(Icons.schedule_outlined),
    );
  }
}

class ShipmentsAppBar extends StatelessWidget implements PreferredSizeWidget {
  const ShipmentsAppBar({super.key});

  @override
  Size get preferredSize => const Size.fromHeight(kToolbarHeight);

  @override
  Widget build(BuildContext context) {
    return AppBar(
      title: const Text('Sevkiyatlar'),
      actions: const [DelayedBadgeAction(), SizedBox(width: 8)],
    );
  }
}
""",
    r"""
selector: (_, board) => board.delayedCount,
""",
    ["selector", "delayedCount"],
    must_not=["context.watch", "Provider.of", "shipments"],
)

row(
    "async",
    "argument",
    r"""
import 'dart:async';

import '../models/court.dart';
import 'api_exception.dart';
import 'court_api.dart';
import 'court_cache.dart';

/// Courts for the booking screen: fresh from the club server when it answers in time, otherwise the saved list.
class CourtRepository {
  CourtRepository(this._api, this._cache);

  final CourtApi _api;
  final CourtCache _cache;

  final _updates = StreamController<List<Court>>.broadcast();

  Stream<List<Court>> get updates => _updates.stream;

  Future<List<Court>> courts() async {
    try {
      final fresh = await _api.fetchCourts().timeout(
            const Duration(seconds: 8),
            // sunucu gecikirse onbellekteki son listeyi dondur
          );
      await _cache.saveCourts(fresh);
      _updates.add(fresh);
      return fresh;
    } on ApiException {
      return _cache.loadCourts();
    }
  }

  Future<Court?> byId(String id) async {
    final all = await courts();
    for (final court in all) {
      if (court.id == id) return court;
    }
    return null;
  }

  Future<void> dispose() => _updates.close();
}
""",
    r"""
onTimeout: () => _cache.loadCourts(),
""",
    ["onTimeout", "_cache.loadCourts"],
    must_not=["saveCourts", "fetchCourts", "throw"],
)

row(
    "http_json",
    "argument",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/milestone_subscription.dart';
import 'api_exception.dart';

class NotificationApi {
  NotificationApi(this._client, this._baseUrl);

  final http.Client _client;
  final Uri _baseUrl;

  /// Subscribes [email] to milestone e-mails (departure, transshipment, arrival, customs) for the containers.
  Future<MilestoneSubscription> subscribe({
    required List<String> containerNumbers,
    required String email,
    Set<String> events = const {'departed', 'arrived', 'customs_released'},
  }) async {
    final response = await _client.post(
      _baseUrl.resolve('subscriptions'),
      headers: const {'Content-Type': 'application/json'},
      // gövde json: container_numbers, notify_email ve events (liste olarak)
    );
    if (response.statusCode != 201) {
      throw ApiException(response.statusCode, response.body);
    }
    return MilestoneSubscription.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
  }

  Future<void> unsubscribe(String subscriptionId) async {
    final response = await _client.delete(_baseUrl.resolve('subscriptions/$subscriptionId'));
    if (response.statusCode != 204) {
      throw ApiException(response.statusCode, response.body);
    }
  }
}
""",
    r"""
body: jsonEncode({
  'container_numbers': containerNumbers,
  'notify_email': email,
  'events': events.toList(),
}),
""",
    [
        "body",
        "jsonEncode | json.encode",
        "containerNumbers",
        "email",
        "events",
        "toList | [...events | List.of | List.from",
    ],
    must_not=["headers"],
    checks=["literal 'container_numbers'", "literal 'notify_email'", "literal 'events'"],
)

row(
    "storage",
    "argument",
    r"""
import 'package:path/path.dart' as p;
import 'package:sqflite/sqflite.dart';

class ClubDatabase {
  ClubDatabase._(this.db);

  final Database db;

  static Future<ClubDatabase> open() async {
    final db = await openDatabase(
      p.join(await getDatabasesPath(), 'kort_kulup.db'),
      version: 1,
      // ON DELETE CASCADE çalışsın diye foreign key'leri tablolar oluşmadan aç
      onCreate: (db, version) async {
        await db.execute('''
          CREATE TABLE members (
            id TEXT PRIMARY KEY,
            full_name TEXT NOT NULL,
            level TEXT NOT NULL
          )
        ''');
        await db.execute('''
          CREATE TABLE bookings (
            id TEXT PRIMARY KEY,
            court_id TEXT NOT NULL,
            starts_at INTEGER NOT NULL,
            ends_at INTEGER NOT NULL,
            member_id TEXT NOT NULL REFERENCES members (id) ON DELETE CASCADE
          )
        ''');
      },
    );
    return ClubDatabase._(db);
  }

  Future<void> close() => db.close();
}
""",
    r"""
onConfigure: (db) async {
  await db.execute('PRAGMA foreign_keys = ON');
},
""",
    ["onConfigure", "execute"],
    must_not=["onUpgrade", "onCreate", "DROP TABLE"],
    checks=["literal 'PRAGMA'", "literal 'foreign_keys'"],
)


if __name__ == "__main__":
    ROWS.write()
