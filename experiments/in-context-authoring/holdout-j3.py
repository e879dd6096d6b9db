# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 10 (holdout-j3): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics state, async, http_json, storage (5 each, one per
position); app domains a home-moving (nakliyat) company's job tracking app (moving jobs, rooms and inventory
boxes, loading progress, trucks and drivers, live truck tracking, price quotes, damage reports, delivery photos
and signatures, crew phones) and a neighbourhood tool-lending library app (tool catalog, members, loans with due
dates, bulk returns at the desk, shelf reservations held for pickup, recent searches, cached tool photos).

Run: .venv/bin/python experiments/in-context-authoring/holdout-j3.py  -> data/in_context/drafts/holdout-j3.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-j3", "holdj3")
row = ROWS.row


# ================================================================ statements

# Order: first mark the item loaded, then (only when every item is loaded) move the status to inTransit, then
# notify the listeners (always, after both).
row(
    "state",
    "statements",
    r"""
import 'package:flutter/foundation.dart';

import '../models/inventory_item.dart';
import '../models/move_job.dart';
import '../services/job_service.dart';

/// Tracks which boxes and furniture of a moving job are already on the truck.
class LoadingSession extends ChangeNotifier {
  LoadingSession({required this.job, required JobService service})
      : _service = service,
        _items = List.of(job.inventory);

  final MoveJob job;
  final JobService _service;
  final List<InventoryItem> _items;
  JobStatus _status = JobStatus.loading;

  List<InventoryItem> get items => List.unmodifiable(_items);
  JobStatus get status => _status;
  int get loadedCount => _items.where((item) => item.loaded).length;
  double get progress => _items.isEmpty ? 0 : loadedCount / _items.length;

  void markLoaded(String itemId) {
    final index = _items.indexWhere((item) => item.id == itemId);
    if (index == -1 || _items[index].loaded) return;
    // eşyayı yüklendi yap; hepsi yüklendiyse durumu inTransit'e çek, sonra dinleyicilere haber ver
  }

  void undoLoaded(String itemId) {
    final index = _items.indexWhere((item) => item.id == itemId);
    if (index == -1 || !_items[index].loaded) return;
    _items[index] = _items[index].copyWith(loaded: false);
    _status = JobStatus.loading;
    notifyListeners();
  }

  Future<void> sync() async {
    await _service.saveLoadingState(job.id, _items, _status);
  }
}
""",
    r"""
_items[index] = _items[index].copyWith(loaded: true);
if (_items.every((item) => item.loaded)) {
  _status = JobStatus.inTransit;
}
notifyListeners();
""",
    [
        "loaded: true | loaded = true",
        "every | loadedCount | progress | any",
        "JobStatus.inTransit",
        "_status",
        "notifyListeners",
    ],
    must_not=["JobStatus.delivered", "setState"],
    checks=["call notifyListeners", "call .copyWith(loaded: true)"],
)

# Order: three attempts at most, each with a 10 s timeout; wait 2 s between attempts (not after the last one),
# rethrow (or throw) after the third failure.
row(
    "async",
    "statements",
    r"""
import 'dart:async';

import '../models/move_quote.dart';
import '../models/move_request.dart';
import '../models/truck_size.dart';
import 'quote_api.dart';

/// Asks the pricing backend for a moving quote while the customer waits on the summary screen.
class QuoteService {
  QuoteService(this._api);

  final QuoteApi _api;
  final Map<String, MoveQuote> _cache = {};

  Future<MoveQuote> quoteFor(MoveRequest request) async {
    final cached = _cache[request.cacheKey];
    if (cached != null && !cached.isExpired) return cached;
    final quote = await _requestWithRetry(request);
    _cache[request.cacheKey] = quote;
    return quote;
  }

  /// A rough price for the first screen: no floor plan, no packing service.
  Future<MoveQuote> quickEstimate(MoveRequest request) {
    return _api.requestQuote(request.withoutExtras());
  }

  /// One quote per truck size, so the customer can compare them side by side.
  Future<List<MoveQuote>> quotesForAllTrucks(MoveRequest request) {
    return Future.wait([
      for (final size in TruckSize.values) quoteFor(request.withTruck(size)),
    ]);
  }

  Future<MoveQuote> _requestWithRetry(MoveRequest request) async {
    // en fazla 3 kez dene, her deneme 10 sn sonra zaman asimina ugrasin, aralarda 2 sn bekle
  }

  void invalidate(MoveRequest request) => _cache.remove(request.cacheKey);

  void clear() => _cache.clear();
}
""",
    r"""
for (var attempt = 1; ; attempt++) {
  try {
    return await _api.requestQuote(request).timeout(const Duration(seconds: 10));
  } on TimeoutException {
    if (attempt >= 3) rethrow;
    await Future<void>.delayed(const Duration(seconds: 2));
  }
}
""",
    [
        "requestQuote",
        "timeout",
        "delayed",
        "for | while",
        "catch | on TimeoutException | catchError",
    ],
    must_not=["sleep"],
    checks=[
        "call .timeout > Duration",
        "call Duration > 10 | 10000",
        "call Future.delayed > 2 | 2000",
        "literal 3",
    ],
)

# Condition: `category` goes into the query only when it was given; throw unless the status is 200.
row(
    "http_json",
    "statements",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/tool.dart';

class ToolApiException implements Exception {
  ToolApiException(this.statusCode, this.message);

  final int statusCode;
  final String message;

  @override
  String toString() => 'ToolApiException($statusCode): $message';
}

/// REST client of the neighbourhood tool library (catalog, loans, reservations).
class ToolApi {
  ToolApi({required this.baseUrl, required this.token, http.Client? client}) : _client = client ?? http.Client();

  final String baseUrl;
  final String token;
  final http.Client _client;

  Map<String, String> get _headers => {'Authorization': 'Bearer $token', 'Accept': 'application/json'};

  Future<Tool> fetchTool(String id) async {
    final response = await _client.get(Uri.parse('$baseUrl/tools/$id'), headers: _headers);
    if (response.statusCode != 200) {
      throw ToolApiException(response.statusCode, response.body);
    }
    return Tool.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
  }

  Future<List<Tool>> searchTools(String query, {String? category}) async {
    // /tools'a q parametresiyle GET at, kategori verildiyse onu da ekle; 200 değilse ToolApiException fırlat, listeyi Tool'a çevir
  }

  void close() => _client.close();
}
""",
    r"""
final uri = Uri.parse('$baseUrl/tools').replace(queryParameters: {
  'q': query,
  if (category != null) 'category': category,
});
final response = await _client.get(uri, headers: _headers);
if (response.statusCode != 200) {
  throw ToolApiException(response.statusCode, response.body);
}
final list = jsonDecode(response.body) as List<dynamic>;
return list.map((item) => Tool.fromJson(item as Map<String, dynamic>)).toList();
""",
    [
        "queryParameters | encodeQueryComponent | encodeComponent",
        "category",
        "statusCode",
        "ToolApiException",
        "jsonDecode | json.decode",
        "Tool.fromJson",
    ],
    must_not=["http.post", "_client.post"],
    checks=["call .get", "call ToolApiException", "literal '/tools'", "literal 'q'", "literal 200"],
)

# Order: the documents folder first, then the job's folder created (recursively: jobs/ may not exist yet), then
# the copy under a timestamped name.
row(
    "storage",
    "statements",
    r"""
import 'dart:io';

import 'package:path_provider/path_provider.dart';

import '../models/move_job.dart';

/// Keeps the crew's delivery photos on the phone until the job is synced to the office.
class DeliveryPhotoStore {
  Future<File> savePhoto(MoveJob job, File photo) async {
    // belgeler klasöründe jobs/<iş id> klasörünü oluştur, fotoğrafı oraya zaman damgalı adla kopyala
  }

  Future<List<File>> photosOf(MoveJob job) async {
    final docs = await getApplicationDocumentsDirectory();
    final dir = Directory('${docs.path}/jobs/${job.id}');
    if (!await dir.exists()) return [];
    final files = await dir.list().where((entity) => entity is File).cast<File>().toList();
    files.sort((a, b) => a.path.compareTo(b.path));
    return files;
  }

  Future<void> deleteJobPhotos(MoveJob job) async {
    final docs = await getApplicationDocumentsDirectory();
    final dir = Directory('${docs.path}/jobs/${job.id}');
    if (await dir.exists()) {
      await dir.delete(recursive: true);
    }
  }

  Future<int> totalBytes() async {
    final docs = await getApplicationDocumentsDirectory();
    final root = Directory('${docs.path}/jobs');
    if (!await root.exists()) return 0;
    var total = 0;
    await for (final entity in root.list(recursive: true)) {
      if (entity is File) total += await entity.length();
    }
    return total;
  }
}
""",
    r"""
final docs = await getApplicationDocumentsDirectory();
final dir = Directory('${docs.path}/jobs/${job.id}');
await dir.create(recursive: true);
final name = '${DateTime.now().millisecondsSinceEpoch}.jpg';
return photo.copy('${dir.path}/$name');
""",
    [
        "getApplicationDocumentsDirectory",
        "create | createSync",
        "copy | copySync",
        "DateTime.now | DateTime.timestamp",
        "job.id",
    ],
    must_not=["getTemporaryDirectory", "rename"],
    checks=["call .create | .createSync(recursive: true)", "call .copy | .copySync", "literal 'jobs'"],
)


# ================================================================ callback

row(
    "state",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/loan.dart';
import '../services/lending_service.dart';

/// The library desk: the volunteer ticks the tools a member brought back and returns them in one go.
class ReturnDeskScreen extends StatefulWidget {
  const ReturnDeskScreen({super.key, required this.memberName, required this.loans, required this.service});

  final String memberName;
  final List<Loan> loans;
  final LendingService service;

  @override
  State<ReturnDeskScreen> createState() => _ReturnDeskScreenState();
}

class _ReturnDeskScreenState extends State<ReturnDeskScreen> {
  final Set<String> _selectedLoanIds = {};
  bool _submitting = false;

  Future<void> _returnSelected() async {
    setState(() => _submitting = true);
    try {
      await widget.service.returnTools(_selectedLoanIds.toList());
      if (!mounted) return;
      Navigator.of(context).pop(true);
    } finally {
      if (mounted) setState(() => _submitting = false);
    }
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('${widget.memberName} · İade')),
      body: ListView.builder(
        itemCount: widget.loans.length,
        itemBuilder: (context, index) {
          final loan = widget.loans[index];
          return CheckboxListTile(
            value: _selectedLoanIds.contains(loan.id),
            title: Text(loan.toolName),
            subtitle: Text(loan.isOverdue ? 'Gecikmiş' : 'Son gün: ${loan.dueLabel}'),
            onChanged: (checked) {
              // isaretlenince secilenlere ekle, isaret kalkinca listeden cikar
            },
          );
        },
      ),
      bottomNavigationBar: SafeArea(
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: FilledButton(
            onPressed: _selectedLoanIds.isEmpty || _submitting ? null : _returnSelected,
            child: Text('${_selectedLoanIds.length} aleti iade al'),
          ),
        ),
      ),
    );
  }
}
""",
    r"""
setState(() {
  if (checked ?? false) {
    _selectedLoanIds.add(loan.id);
  } else {
    _selectedLoanIds.remove(loan.id);
  }
});
""",
    ["setState", "_selectedLoanIds", "add", "remove", "loan.id"],
    must_not=["clear", "returnTools"],
    checks=["call setState > .add", "call setState > .remove"],
)

# Condition: only when the time left reaches zero: stop the timer and release the reservation; otherwise just
# update the remaining time with setState.
row(
    "async",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/reservation.dart';
import '../services/reservation_service.dart';

/// Shown after a member reserves a tool: it is held at the shelf for 15 minutes.
class PickupCountdown extends StatefulWidget {
  const PickupCountdown({super.key, required this.reservation, required this.service});

  final Reservation reservation;
  final ReservationService service;

  @override
  State<PickupCountdown> createState() => _PickupCountdownState();
}

class _PickupCountdownState extends State<PickupCountdown> {
  Timer? _timer;
  late Duration _left;

  @override
  void initState() {
    super.initState();
    _left = widget.reservation.holdUntil.difference(DateTime.now());
    _timer = Timer.periodic(const Duration(seconds: 1), (timer) {
      // her saniye kalan süreyi güncelle; sıfıra inince zamanlayıcıyı durdur ve rezervasyonu bırak
    });
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  String get _label {
    final minutes = _left.inMinutes.remainder(60).toString().padLeft(2, '0');
    final seconds = _left.inSeconds.remainder(60).toString().padLeft(2, '0');
    return '$minutes:$seconds';
  }

  @override
  Widget build(BuildContext context) {
    final expired = _left <= Duration.zero;
    return ListTile(
      leading: Icon(expired ? Icons.timer_off_outlined : Icons.timer_outlined),
      title: Text(widget.reservation.toolName),
      subtitle: Text(expired ? 'Süre doldu, alet rafa geri döndü' : 'Teslim almak için kalan süre $_label'),
      trailing: expired
          ? null
          : TextButton(
              onPressed: () => widget.service.release(widget.reservation.id),
              child: const Text('Vazgeç'),
            ),
    );
  }
}
""",
    r"""
final left = widget.reservation.holdUntil.difference(DateTime.now());
if (left <= Duration.zero) {
  timer.cancel();
  setState(() => _left = Duration.zero);
  widget.service.release(widget.reservation.id);
  return;
}
setState(() => _left = left);
""",
    ["setState", "_left", "cancel", "release", "reservation.id"],
    must_not=["Timer.periodic", "Future.delayed"],
    checks=["call setState", "call .cancel", "call .release"],
)

# Order: POST the report as JSON; then only on 201 close the page, otherwise show the error in a SnackBar.
row(
    "http_json",
    "callback",
    r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;

import '../models/damage_report.dart';
import '../session/crew_session.dart';

/// A crew member reports a damaged item on site (a scratched wardrobe, a broken lamp).
class DamageReportScreen extends StatefulWidget {
  const DamageReportScreen({super.key, required this.jobId, required this.session});

  final String jobId;
  final CrewSession session;

  @override
  State<DamageReportScreen> createState() => _DamageReportScreenState();
}

class _DamageReportScreenState extends State<DamageReportScreen> {
  final _formKey = GlobalKey<FormState>();
  final _itemController = TextEditingController();
  final _noteController = TextEditingController();
  bool _sending = false;

  Uri get _endpoint => Uri.parse('${widget.session.apiBase}/jobs/${widget.jobId}/damages');

  DamageReport get _report => DamageReport(
        jobId: widget.jobId,
        itemName: _itemController.text.trim(),
        note: _noteController.text.trim(),
        reportedAt: DateTime.now(),
      );

  @override
  void dispose() {
    _itemController.dispose();
    _noteController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Hasar bildir')),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextFormField(
              controller: _itemController,
              decoration: const InputDecoration(labelText: 'Eşya'),
              validator: (value) => value == null || value.trim().isEmpty ? 'Eşyayı yazın' : null,
            ),
            const SizedBox(height: 12),
            TextFormField(
              controller: _noteController,
              maxLines: 3,
              decoration: const InputDecoration(labelText: 'Hasarın açıklaması'),
            ),
            const SizedBox(height: 24),
            FilledButton(
              onPressed: _sending
                  ? null
                  : () async {
                      if (!_formKey.currentState!.validate()) return;
                      setState(() => _sending = true);
                      // raporu JSON olarak POST et; 201 dönerse sayfayı kapat, değilse snackbar'da hata göster
                    },
              child: const Text('Gönder'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
final response = await http.post(
  _endpoint,
  headers: {...widget.session.authHeaders, 'Content-Type': 'application/json'},
  body: jsonEncode(_report.toJson()),
);
if (!mounted) return;
setState(() => _sending = false);
if (response.statusCode == 201) {
  Navigator.of(context).pop(true);
} else {
  ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(content: Text('Rapor gönderilemedi (${response.statusCode})')),
  );
}
""",
    [
        "post",
        "jsonEncode | json.encode",
        "toJson",
        "statusCode",
        "Navigator | context.pop",
        "ScaffoldMessenger",
        "SnackBar",
    ],
    must_not=["http.get", "Navigator.push", "showDialog"],
    checks=["call .post", "call jsonEncode | json.encode", "call SnackBar", "literal 201"],
)

# Order: put the query first, drop its earlier copy, keep at most 8; save the list (setStringList).
row(
    "storage",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

/// Search field of the tool catalog with the member's recent searches as chips below it.
class ToolSearchBar extends StatefulWidget {
  const ToolSearchBar({super.key, required this.onSearch});

  final ValueChanged<String> onSearch;

  @override
  State<ToolSearchBar> createState() => _ToolSearchBarState();
}

class _ToolSearchBarState extends State<ToolSearchBar> {
  static const _recentKey = 'recent_tool_searches';

  final _controller = TextEditingController();
  List<String> _recent = [];

  @override
  void initState() {
    super.initState();
    _loadRecent();
  }

  Future<void> _loadRecent() async {
    final prefs = await SharedPreferences.getInstance();
    if (!mounted) return;
    setState(() => _recent = prefs.getStringList(_recentKey) ?? []);
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        TextField(
          controller: _controller,
          textInputAction: TextInputAction.search,
          decoration: const InputDecoration(
            prefixIcon: Icon(Icons.search),
            hintText: 'Matkap, merdiven, çim biçme makinesi...',
          ),
          onSubmitted: (value) async {
            final query = value.trim();
            if (query.isEmpty) return;
            widget.onSearch(query);
            // aramayı son aramaların başına al, tekrarını sil, 8 taneyle sınırla ve kaydet
          },
        ),
        const SizedBox(height: 8),
        Wrap(
          spacing: 8,
          children: [
            for (final recent in _recent)
              ActionChip(
                label: Text(recent),
                onPressed: () {
                  _controller.text = recent;
                  widget.onSearch(recent);
                },
              ),
          ],
        ),
      ],
    );
  }
}
""",
    r"""
final updated = [query, ..._recent.where((q) => q != query)].take(8).toList();
setState(() => _recent = updated);
final prefs = await SharedPreferences.getInstance();
await prefs.setStringList(_recentKey, updated);
""",
    [
        "setStringList",
        "_recentKey",
        "setState",
        "_recent",
        "take | sublist | removeLast | removeRange | length",
        "where | remove | removeWhere | toSet | contains | indexOf",
    ],
    must_not=["setString(", "prefs.clear"],
    checks=["call .setStringList", "literal 8"],
)


# ================================================================ class_body

# Condition: only when the widget gets a different job (compare oldWidget's job with widget's): rebuild the done
# rooms from the new job and close the open room.
row(
    "state",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/move_job.dart';
import '../models/room.dart';

/// Room-by-room checklist the crew lead ticks while packing a home.
class RoomChecklist extends StatefulWidget {
  const RoomChecklist({super.key, required this.job, required this.onRoomDone});

  final MoveJob job;
  final ValueChanged<Room> onRoomDone;

  @override
  State<RoomChecklist> createState() => _RoomChecklistState();
}

class _RoomChecklistState extends State<RoomChecklist> {
  late Set<String> _doneRoomIds;
  Room? _expanded;

  @override
  void initState() {
    super.initState();
    _doneRoomIds = widget.job.rooms.where((room) => room.packed).map((room) => room.id).toSet();
  }

  // başka bir iş gelirse işaretli odaları yeni işten yeniden kur, açık odayı kapat

  @override
  Widget build(BuildContext context) {
    final rooms = widget.job.rooms;
    return ListView(
      children: [
        for (final room in rooms) ...[
          ListTile(
            selected: _expanded?.id == room.id,
            title: Text(room.name),
            subtitle: Text('${room.boxCount} koli'),
            trailing: _doneRoomIds.contains(room.id)
                ? const Icon(Icons.check_circle, color: Colors.green)
                : IconButton(
                    icon: const Icon(Icons.check_circle_outline),
                    onPressed: () {
                      setState(() => _doneRoomIds.add(room.id));
                      widget.onRoomDone(room);
                    },
                  ),
            onTap: () => setState(() => _expanded = _expanded?.id == room.id ? null : room),
          ),
          if (_expanded?.id == room.id)
            Padding(
              padding: const EdgeInsets.fromLTRB(32, 0, 16, 12),
              child: Text(room.notes.isEmpty ? 'Not yok' : room.notes),
            ),
        ],
      ],
    );
  }
}
""",
    r"""
@override
void didUpdateWidget(covariant RoomChecklist oldWidget) {
  super.didUpdateWidget(oldWidget);
  if (oldWidget.job.id != widget.job.id) {
    _doneRoomIds = widget.job.rooms.where((room) => room.packed).map((room) => room.id).toSet();
    _expanded = null;
  }
}
""",
    [
        "didUpdateWidget",
        "oldWidget.job",
        "widget.job",
        "_doneRoomIds",
        "_expanded",
        "packed",
        "null",
    ],
    must_not=["initState", "didChangeDependencies"],
)

# Condition: pause the subscription when the app goes to the background (paused, or hidden/inactive), resume it
# when the app is resumed.
row(
    "async",
    "class_body",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/move_job.dart';
import '../models/truck_position.dart';
import '../services/tracking_service.dart';
import '../widgets/truck_map.dart';

/// The office follows a truck on the way to the new home.
class LiveTrackingScreen extends StatefulWidget {
  const LiveTrackingScreen({super.key, required this.job, required this.tracking});

  final MoveJob job;
  final TrackingService tracking;

  @override
  State<LiveTrackingScreen> createState() => _LiveTrackingScreenState();
}

class _LiveTrackingScreenState extends State<LiveTrackingScreen> with WidgetsBindingObserver {
  StreamSubscription<TruckPosition>? _positionSub;
  TruckPosition? _last;

  @override
  void initState() {
    super.initState();
    WidgetsBinding.instance.addObserver(this);
    _positionSub = widget.tracking.watchTruck(widget.job.truckId).listen((position) {
      setState(() => _last = position);
    });
  }

  // uygulama arka plana geçince konum aboneliğini duraklat, geri gelince devam ettir

  @override
  void dispose() {
    WidgetsBinding.instance.removeObserver(this);
    _positionSub?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final last = _last;
    return Scaffold(
      appBar: AppBar(title: Text('${widget.job.customerName} · Yolda')),
      body: last == null
          ? const Center(child: CircularProgressIndicator())
          : TruckMap(position: last, destination: widget.job.destination),
    );
  }
}
""",
    r"""
@override
void didChangeAppLifecycleState(AppLifecycleState state) {
  if (state == AppLifecycleState.paused) {
    _positionSub?.pause();
  } else if (state == AppLifecycleState.resumed) {
    _positionSub?.resume();
  }
}
""",
    [
        "didChangeAppLifecycleState",
        "AppLifecycleState.paused | AppLifecycleState.hidden | AppLifecycleState.inactive",
        "AppLifecycleState.resumed",
        "pause | cancel",
        "resume | listen",
        "_positionSub",
    ],
    must_not=["removeObserver", "dispose"],
    checks=["call .pause | .cancel", "call .resume | .listen"],
)

# Condition: returned_at only when the loan was returned (condition_note may be written either way).
row(
    "http_json",
    "class_body",
    r"""
/// A tool lent to a member; the server speaks snake_case JSON.
class Loan {
  const Loan({
    required this.id,
    required this.toolId,
    required this.memberId,
    required this.borrowedAt,
    required this.dueAt,
    this.returnedAt,
    this.conditionNote,
  });

  factory Loan.fromJson(Map<String, dynamic> json) => Loan(
        id: json['id'] as String,
        toolId: json['tool_id'] as String,
        memberId: json['member_id'] as String,
        borrowedAt: DateTime.parse(json['borrowed_at'] as String),
        dueAt: DateTime.parse(json['due_at'] as String),
        returnedAt: json['returned_at'] == null ? null : DateTime.parse(json['returned_at'] as String),
        conditionNote: json['condition_note'] as String?,
      );

  final String id;
  final String toolId;
  final String memberId;
  final DateTime borrowedAt;
  final DateTime dueAt;
  final DateTime? returnedAt;
  final String? conditionNote;

  bool get isReturned => returnedAt != null;
  bool get isOverdue => !isReturned && DateTime.now().isAfter(dueAt);

  // toJson: fromJson ile ayni anahtarlar, tarihler UTC ISO 8601; iade edilmediyse returned_at gonderme

  Loan markReturned({String? note}) => Loan(
        id: id,
        toolId: toolId,
        memberId: memberId,
        borrowedAt: borrowedAt,
        dueAt: dueAt,
        returnedAt: DateTime.now(),
        conditionNote: note ?? conditionNote,
      );
}
""",
    r"""
Map<String, dynamic> toJson() => {
      'id': id,
      'tool_id': toolId,
      'member_id': memberId,
      'borrowed_at': borrowedAt.toUtc().toIso8601String(),
      'due_at': dueAt.toUtc().toIso8601String(),
      if (returnedAt != null) 'returned_at': returnedAt!.toUtc().toIso8601String(),
      'condition_note': conditionNote,
    };
""",
    ["toJson", "toUtc", "toIso8601String", "returnedAt", "borrowedAt", "dueAt"],
    must_not=["millisecondsSinceEpoch", "jsonDecode", "'returnedAt'"],
    checks=[
        "literal 'tool_id'",
        "literal 'member_id'",
        "literal 'borrowed_at'",
        "literal 'due_at'",
        "literal 'returned_at'",
    ],
)

# Condition: the draft is deleted and null returned only when it is older than 7 days; no draft: null.
row(
    "storage",
    "class_body",
    r"""
import 'dart:convert';

import 'package:shared_preferences/shared_preferences.dart';

import '../models/move_job_draft.dart';

/// The half-filled "new moving job" form, kept so the sales rep can continue after a phone call.
class JobDraftStore {
  JobDraftStore(this._prefs);

  static const _draftKey = 'new_job_draft';
  static const _stepKey = 'new_job_draft_step';

  final SharedPreferences _prefs;

  /// The form page the rep was on: 0 customer, 1 addresses, 2 inventory, 3 date and price.
  int get lastStep => _prefs.getInt(_stepKey) ?? 0;

  Future<void> saveStep(int step) => _prefs.setInt(_stepKey, step);

  /// Called on every page change of the form; stamps the draft with the time it was saved.
  Future<void> save(MoveJobDraft draft) async {
    final data = draft.copyWith(savedAt: DateTime.now()).toJson();
    await _prefs.setString(_draftKey, jsonEncode(data));
  }

  // kayitli taslagi oku; 7 gunden eskiyse silip null dondur

  Future<void> clear() async {
    await _prefs.remove(_draftKey);
    await _prefs.remove(_stepKey);
  }

  /// Drives the "continue where you left off" banner on the sales home screen.
  bool get hasDraft => _prefs.containsKey(_draftKey);
}
""",
    r"""
MoveJobDraft? load() {
  final raw = _prefs.getString(_draftKey);
  if (raw == null) return null;
  final draft = MoveJobDraft.fromJson(jsonDecode(raw) as Map<String, dynamic>);
  if (DateTime.now().difference(draft.savedAt) > const Duration(days: 7)) {
    _prefs.remove(_draftKey);
    return null;
  }
  return draft;
}
""",
    [
        "getString",
        "_draftKey",
        "jsonDecode | json.decode",
        "MoveJobDraft.fromJson",
        "savedAt",
        "remove | clear()",
    ],
    must_not=["_prefs.clear", "setString"],
    checks=["call .getString", "call MoveJobDraft.fromJson", "literal 7 | 168"],
)


# ================================================================ element

row(
    "state",
    "element",
    r"""
import 'package:flutter/foundation.dart';
import 'package:flutter/material.dart';

import '../models/truck.dart';

/// Card on the dispatcher's job page: the truck assigned to the move and how full it already is.
class TruckPanel extends StatelessWidget {
  const TruckPanel({super.key, required this.truck, required this.loadRatio, required this.onCallDriver});

  final Truck truck;
  final ValueListenable<double> loadRatio; // 0..1, pushed by the loading session
  final VoidCallback onCallDriver;

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    return Card(
      margin: const EdgeInsets.all(12),
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Row(
              children: [
                const Icon(Icons.local_shipping_outlined),
                const SizedBox(width: 8),
                Expanded(child: Text(truck.plate, style: textTheme.titleMedium)),
                Text('${truck.capacityM3} m³', style: textTheme.bodySmall),
              ],
            ),
            const SizedBox(height: 12),
            // doluluk oranını dinleyip çubukla göster, yanında yüzde yazsın; %90'ı geçince kırmızı olsun
            const SizedBox(height: 12),
            Text('Şoför: ${truck.driverName}'),
            TextButton.icon(
              onPressed: onCallDriver,
              icon: const Icon(Icons.phone_outlined),
              label: const Text('Şoförü ara'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
ValueListenableBuilder<double>(
  valueListenable: loadRatio,
  builder: (context, ratio, _) {
    final full = ratio > 0.9;
    return Row(
      children: [
        Expanded(
          child: LinearProgressIndicator(
            value: ratio,
            color: full ? Colors.red : null,
          ),
        ),
        const SizedBox(width: 8),
        Text('%${(ratio * 100).round()}'),
      ],
    );
  },
),
""",
    [
        "ValueListenableBuilder | ListenableBuilder | AnimatedBuilder",
        "loadRatio",
        "LinearProgressIndicator",
        "Colors.red | Colors.redAccent | error",
        "100 | percentPattern",
    ],
    must_not=["CircularProgressIndicator", "setState"],
    checks=["call LinearProgressIndicator(value)", "literal 0.9 | 90"],
)

row(
    "async",
    "element",
    r"""
import '../models/loan.dart';
import '../models/member.dart';
import '../models/reservation.dart';
import 'library_api.dart';

/// Everything the member's profile page shows, loaded in one go.
class MemberOverview {
  const MemberOverview({required this.member, required this.loans, required this.reservations});

  final Member member;
  final List<Loan> loans;
  final List<Reservation> reservations;

  int get overdueCount => loans.where((loan) => loan.isOverdue).length;
}

class MemberRepository {
  MemberRepository(this._api);

  final LibraryApi _api;

  Future<List<Loan>> loanHistory(String memberId) => _api.fetchLoans(memberId, status: LoanStatus.returned);

  Future<MemberOverview> overview(String memberId) async {
    final results = await Future.wait<Object>([
      _api.fetchMember(memberId),
      // aktif ödünçleri de aynı anda çek
      _api.fetchReservations(memberId),
    ]);
    return MemberOverview(
      member: results[0] as Member,
      loans: results[1] as List<Loan>,
      reservations: results[2] as List<Reservation>,
    );
  }

  Future<Loan> extend(Loan loan, {int days = 7}) {
    return _api.updateLoan(loan.id, dueAt: loan.dueAt.add(Duration(days: days)));
  }
}
""",
    r"""
_api.fetchLoans(memberId, status: LoanStatus.active),
""",
    ["fetchLoans", "LoanStatus.active", "memberId"],
    must_not=["await", "LoanStatus.returned", "fetchMember"],
    checks=["call .fetchLoans(status: LoanStatus.active)"],
)

row(
    "http_json",
    "element",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/move_job.dart';

/// Job endpoints the crew phone calls during a move.
class JobApi {
  JobApi(this._client, {required this.baseUrl, required this.token});

  final http.Client _client;
  final String baseUrl;
  final String token;

  Map<String, String> get _jsonHeaders => {
        'Authorization': 'Bearer $token',
        'Content-Type': 'application/json',
      };

  Uri _jobUri(String jobId) => Uri.parse('$baseUrl/jobs/$jobId');

  Future<MoveJob> fetchJob(String jobId) async {
    final response = await _client.get(_jobUri(jobId), headers: _jsonHeaders);
    if (response.statusCode != 200) throw http.ClientException('job ${response.statusCode}', _jobUri(jobId));
    return MoveJob.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
  }

  Future<void> confirmDelivery(MoveJob job, {required String signatureUrl, required int damagedCount}) async {
    final response = await _client.patch(
      _jobUri(job.id),
      headers: _jsonHeaders,
      body: jsonEncode({
        'status': JobStatus.delivered.name,
        'signature_url': signatureUrl,
        'damaged_items': damagedCount,
        // teslim zamanini UTC ISO 8601 olarak ekle
      }),
    );
    if (response.statusCode != 200 && response.statusCode != 204) {
      throw http.ClientException('delivery ${response.statusCode}', _jobUri(job.id));
    }
  }
}
""",
    r"""
'delivered_at': DateTime.now().toUtc().toIso8601String(),
""",
    ["DateTime.now | DateTime.timestamp", "toUtc | DateTime.timestamp", "toIso8601String"],
    must_not=["millisecondsSinceEpoch", "toLocal"],
    checks=["call DateTime.now | DateTime.timestamp", "call .toIso8601String"],
)

row(
    "storage",
    "element",
    r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:path_provider/path_provider.dart';
import 'package:shared_preferences/shared_preferences.dart';

import '../state/member_session.dart';

class SettingsScreen extends StatelessWidget {
  const SettingsScreen({super.key, required this.session});

  final MemberSession session;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ayarlar')),
      body: ListView(
        children: [
          ListTile(
            leading: const Icon(Icons.badge_outlined),
            title: const Text('Üyelik kartı'),
            subtitle: Text(session.cardNumber),
          ),
          ListTile(
            leading: const Icon(Icons.info_outline),
            title: const Text('Cihaz'),
            subtitle: Text(Platform.operatingSystem),
          ),
          const Divider(),
          // 'Önbelleği temizle' satırı: dokununca geçici klasördeki tool_photos'u silip snackbar göster
          ListTile(
            leading: const Icon(Icons.logout),
            title: const Text('Çıkış yap'),
            onTap: () async {
              final prefs = await SharedPreferences.getInstance();
              await prefs.clear();
              await session.signOut();
            },
          ),
        ],
      ),
    );
  }
}
""",
    r"""
ListTile(
  leading: const Icon(Icons.cleaning_services_outlined),
  title: const Text('Önbelleği temizle'),
  onTap: () async {
    final tmp = await getTemporaryDirectory();
    final photos = Directory('${tmp.path}/tool_photos');
    if (await photos.exists()) {
      await photos.delete(recursive: true);
    }
    if (!context.mounted) return;
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('Önbellek temizlendi')),
    );
  },
),
""",
    [
        "onTap",
        "getTemporaryDirectory",
        "delete | deleteSync",
        "ScaffoldMessenger",
        "SnackBar",
    ],
    must_not=["getApplicationDocumentsDirectory", "prefs.clear", "signOut"],
    checks=[
        "call Text > 'Önbelleği temizle'",
        "literal 'tool_photos'",
        "call .delete | .deleteSync(recursive: true)",
        "call SnackBar",
    ],
)


# ================================================================ argument

row(
    "state",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../state/tool_catalog.dart';
import '../widgets/tool_card.dart';

/// Line above the catalog grid: how many tools can be borrowed right now.
class CatalogHeader extends StatelessWidget {
  const CatalogHeader({super.key});

  @override
  Widget build(BuildContext context) {
    return Selector<ToolCatalog, int>(
      // sadece müsait alet sayısı değişince yeniden çizilsin
      builder: (context, available, _) => Padding(
        padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
        child: Text('$available alet şu an ödünç verilebilir'),
      ),
    );
  }
}

class CatalogGrid extends StatelessWidget {
  const CatalogGrid({super.key, required this.onOpen});

  final ValueChanged<String> onOpen;

  @override
  Widget build(BuildContext context) {
    final tools = context.watch<ToolCatalog>().tools;
    return GridView.builder(
      padding: const EdgeInsets.all(16),
      gridDelegate: const SliverGridDelegateWithMaxCrossAxisExtent(
        maxCrossAxisExtent: 220,
        mainAxisSpacing: 12,
        crossAxisSpacing: 12,
      ),
      itemCount: tools.length,
      itemBuilder: (context, index) {
        final tool = tools[index];
        return ToolCard(
          tool: tool,
          dimmed: !tool.isAvailable,
          onTap: () => onOpen(tool.id),
        );
      },
    );
  }
}
""",
    r"""
selector: (context, catalog) => catalog.tools.where((tool) => tool.isAvailable).length,
""",
    ["selector", "isAvailable", "tools"],
    must_not=["context.watch", "context.read", "Consumer"],
)

row(
    "async",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/move_job.dart';
import '../services/job_service.dart';
import '../widgets/status_timeline.dart';

/// Customer-facing card: where my move stands right now.
class JobStatusCard extends StatelessWidget {
  const JobStatusCard({super.key, required this.job, required this.service});

  final MoveJob job;
  final JobService service;

  @override
  Widget build(BuildContext context) {
    return StreamBuilder<JobStatus>(
      stream: service.watchStatus(job.id),
      // ilk karede işin bilinen durumunu göster, yükleniyor çarkı çıkmasın
      builder: (context, snapshot) {
        if (snapshot.hasError) {
          return const ListTile(
            leading: Icon(Icons.error_outline),
            title: Text('Durum alınamadı'),
          );
        }
        final status = snapshot.data;
        if (status == null) {
          return const Center(child: CircularProgressIndicator());
        }
        return Card(
          child: Column(
            children: [
              ListTile(
                title: Text(job.customerName),
                subtitle: Text('${job.fromCity} → ${job.toCity} · ${status.label}'),
              ),
              StatusTimeline(current: status),
            ],
          ),
        );
      },
    );
  }
}

class CrewBadge extends StatelessWidget {
  const CrewBadge({super.key, required this.crewSize});

  final int crewSize;

  @override
  Widget build(BuildContext context) {
    return Chip(avatar: const Icon(Icons.groups_outlined), label: Text('$crewSize kişilik ekip'));
  }
}
""",
    r"""
initialData: job.status,
""",
    ["initialData", "job.status"],
    must_not=["JobStatus.loading", "JobStatus.planned", "await"],
)

row(
    "http_json",
    "argument",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/loan.dart';
import '../session/member_session.dart';

/// Loan actions a member can do from the app.
class LoanApi {
  LoanApi(this._session, {this.baseUrl = 'https://api.aletkutuphanesi.org/v1'});

  final MemberSession _session;
  final String baseUrl;

  Future<Loan> reportReturn(String loanId, {required String condition, String? note}) async {
    final token = await _session.freshToken();
    final response = await http.post(
      Uri.parse('$baseUrl/loans/$loanId/return'),
      // JSON gönderdiğimizi ve token'ı Bearer olarak başlıklara ekle
      body: jsonEncode({'condition': condition, if (note != null) 'note': note}),
    );
    if (response.statusCode != 200) {
      throw http.ClientException('return failed: ${response.statusCode}', response.request?.url);
    }
    return Loan.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
  }

  Future<List<Loan>> myLoans() async {
    final token = await _session.freshToken();
    final response = await http.get(
      Uri.parse('$baseUrl/me/loans'),
      headers: {'Authorization': 'Bearer $token', 'Accept': 'application/json'},
    );
    final list = jsonDecode(response.body) as List<dynamic>;
    return list.map((item) => Loan.fromJson(item as Map<String, dynamic>)).toList();
  }
}
""",
    r"""
headers: {
  'Content-Type': 'application/json',
  'Authorization': 'Bearer $token',
},
""",
    ["headers", "token"],
    must_not=["freshToken", "Accept-Language"],
    checks=["literal 'application/json'", "literal 'Bearer'"],
)

row(
    "storage",
    "argument",
    r"""
import 'package:shared_preferences/shared_preferences.dart';

import '../models/crew_member.dart';

/// Small on-device state of the crew app: who is signed in on this phone and which job is open.
class CrewPrefs {
  CrewPrefs._(this._prefs);

  static const _activeJobKey = 'active_job_id';
  static const _crewIdKey = 'crew_member_id';
  static const _truckKey = 'assigned_truck_plate';

  final SharedPreferencesWithCache _prefs;

  static Future<CrewPrefs> open() async {
    final prefs = await SharedPreferencesWithCache.create(
      // yalnızca aktif iş, ekip üyesi ve kamyon plakası anahtarları önbellekte tutulsun
    );
    return CrewPrefs._(prefs);
  }

  String? get activeJobId => _prefs.getString(_activeJobKey);
  String? get crewMemberId => _prefs.getString(_crewIdKey);
  String? get truckPlate => _prefs.getString(_truckKey);

  Future<void> setActiveJob(String? jobId) async {
    if (jobId == null) {
      await _prefs.remove(_activeJobKey);
    } else {
      await _prefs.setString(_activeJobKey, jobId);
    }
  }

  Future<void> signIn(CrewMember member) async {
    await _prefs.setString(_crewIdKey, member.id);
    await _prefs.setString(_truckKey, member.truckPlate);
  }

  Future<void> signOut() => _prefs.clear();
}
""",
    r"""
cacheOptions: const SharedPreferencesWithCacheOptions(
  allowList: {_activeJobKey, _crewIdKey, _truckKey},
),
""",
    ["cacheOptions", "SharedPreferencesWithCacheOptions", "allowList"],
    must_not=["SharedPreferences.getInstance"],
    checks=[
        "call SharedPreferencesWithCacheOptions(allowList: _activeJobKey | 'active_job_id')",
        "call SharedPreferencesWithCacheOptions(allowList: _crewIdKey | 'crew_member_id')",
        "call SharedPreferencesWithCacheOptions(allowList: _truckKey | 'assigned_truck_plate')",
    ],
)


if __name__ == "__main__":
    ROWS.write()
