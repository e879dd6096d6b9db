"""In-context held-out rows, batch 7 (holdout-g1): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics state, async, http_json, storage (5 each, one per
position); app domains a veterinary clinic app and a warehouse inventory-scanning app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-g1.py  -> data/in_context/drafts/holdout-g1.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-g1", "holdg1")
row = ROWS.row


# ================================================================ statements

row(
    "state",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../services/clinic_api.dart';

enum AppointmentStatus { scheduled, arrived, inExam, done }

class Appointment {
  const Appointment({
    required this.id,
    required this.petName,
    required this.ownerName,
    required this.startsAt,
    this.status = AppointmentStatus.scheduled,
    this.arrivedAt,
  });

  final String id;
  final String petName;
  final String ownerName;
  final DateTime startsAt;
  final AppointmentStatus status;
  final DateTime? arrivedAt;

  Appointment copyWith({AppointmentStatus? status, DateTime? arrivedAt}) => Appointment(
        id: id,
        petName: petName,
        ownerName: ownerName,
        startsAt: startsAt,
        status: status ?? this.status,
        arrivedAt: arrivedAt ?? this.arrivedAt,
      );
}

class FrontDeskBoard extends StatefulWidget {
  const FrontDeskBoard({super.key, required this.api, required this.initial});

  final ClinicApi api;
  final List<Appointment> initial;

  @override
  State<FrontDeskBoard> createState() => _FrontDeskBoardState();
}

class _FrontDeskBoardState extends State<FrontDeskBoard> {
  late List<Appointment> _appointments = List.of(widget.initial);
  final _time = DateFormat.Hm();

  void _markArrived(Appointment appointment) {
    // listedeki randevuyu copyWith ile arrived yap, geliş saati şimdi olsun
    widget.api.checkIn(appointment.id);
  }

  @override
  Widget build(BuildContext context) {
    return ListView.separated(
      itemCount: _appointments.length,
      separatorBuilder: (context, index) => const Divider(height: 1),
      itemBuilder: (context, index) {
        final a = _appointments[index];
        return ListTile(
          leading: const Icon(Icons.pets),
          title: Text('${a.petName} · ${a.ownerName}'),
          subtitle: Text(_time.format(a.startsAt)),
          trailing: a.status == AppointmentStatus.scheduled
              ? TextButton(onPressed: () => _markArrived(a), child: const Text('Geldi'))
              : Text(a.arrivedAt == null ? '' : 'Geldi ${_time.format(a.arrivedAt!)}'),
        );
      },
    );
  }
}
""",
    r"""
setState(() {
  _appointments = [
    for (final a in _appointments)
      if (a.id == appointment.id)
        a.copyWith(status: AppointmentStatus.arrived, arrivedAt: DateTime.now())
      else
        a,
  ];
});
""",
    ["setState", "_appointments", "copyWith", "AppointmentStatus.arrived", "DateTime.now"],
    must_not=["AppointmentStatus.inExam", "AppointmentStatus.done"],
    checks=["call setState", "call .copyWith(status, arrivedAt)"],
)

row(
    "async",
    "statements",
    r"""
import 'dart:async';

import '../models/scan_event.dart';
import 'inventory_api.dart';

/// Buffers scans made while the handheld is offline and uploads them in order.
class ScanSyncService {
  ScanSyncService(this._api);

  final InventoryApi _api;
  final List<ScanEvent> _pending = [];
  Timer? _timer;
  bool _syncing = false;

  int get pendingCount => _pending.length;

  void start() {
    _timer ??= Timer.periodic(const Duration(minutes: 1), (_) => flush());
  }

  void stop() {
    _timer?.cancel();
    _timer = null;
  }

  void enqueue(ScanEvent event) => _pending.add(event);

  Future<void> flush() async {
    if (_syncing || _pending.isEmpty) return;
    _syncing = true;
    try {
      final batch = List.of(_pending);
      await _uploadWithRetry(batch);
      _pending.removeRange(0, batch.length);
    } finally {
      _syncing = false;
    }
  }

  Future<void> _uploadWithRetry(List<ScanEvent> batch) async {
    // _api.uploadScans'i en fazla 3 kez dene, aralarda 2 sn bekle; yine olmazsa hatayı yukarı fırlat
  }
}
""",
    r"""
for (var attempt = 1; ; attempt++) {
  try {
    await _api.uploadScans(batch);
    return;
  } catch (_) {
    if (attempt >= 3) rethrow;
    await Future<void>.delayed(const Duration(seconds: 2));
  }
}
""",
    [
        "_api.uploadScans",
        "for | while",
        "Future.delayed | Future<void>.delayed",
        "rethrow | throw",
    ],
    must_not=["sleep(", "Timer.periodic"],
    checks=["literal 3", "literal 2 | 2000"],
)

row(
    "http_json",
    "statements",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;
import 'package:intl/intl.dart';

import '../models/appointment.dart';

class ApiException implements Exception {
  ApiException(this.statusCode, this.message);

  final int statusCode;
  final String message;

  @override
  String toString() => 'ApiException($statusCode): $message';
}

class ClinicApi {
  ClinicApi({required this.baseUrl, required this.token, http.Client? client})
      : _client = client ?? http.Client();

  final String baseUrl;
  final String token;
  final http.Client _client;
  final _day = DateFormat('yyyy-MM-dd');

  Map<String, String> get _headers => {
        'Authorization': 'Bearer $token',
        'Accept': 'application/json',
      };

  Future<List<Appointment>> appointmentsFor(DateTime day) async {
    // GET /appointments?date=yyyy-MM-dd; 200 değilse ApiException at, listeyi Appointment.fromJson ile çevir
  }

  Future<void> checkIn(String appointmentId) async {
    final response = await _client.post(
      Uri.parse('$baseUrl/appointments/$appointmentId/check-in'),
      headers: _headers,
    );
    if (response.statusCode != 204) {
      throw ApiException(response.statusCode, response.body);
    }
  }

  void close() => _client.close();
}
""",
    r"""
final uri = Uri.parse('$baseUrl/appointments').replace(queryParameters: {'date': _day.format(day)});
final response = await _client.get(uri, headers: _headers);
if (response.statusCode != 200) {
  throw ApiException(response.statusCode, response.body);
}
final list = jsonDecode(response.body) as List<dynamic>;
return list.map((e) => Appointment.fromJson(e as Map<String, dynamic>)).toList();
""",
    [
        "_client.get | http.get",
        "statusCode",
        "ApiException",
        "jsonDecode | json.decode",
        "Appointment.fromJson",
    ],
    must_not=["_client.post", "http.post"],
    checks=["literal 200", "literal 'appointments'", "literal 'date'", "call ApiException"],
)

row(
    "storage",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

enum ScanMode { single, continuous, count }

class ScanSetupPage extends StatefulWidget {
  const ScanSetupPage({super.key, required this.onStart});

  final void Function(String binCode, ScanMode mode) onStart;

  @override
  State<ScanSetupPage> createState() => _ScanSetupPageState();
}

class _ScanSetupPageState extends State<ScanSetupPage> {
  String? _binCode;
  ScanMode _mode = ScanMode.single;

  @override
  void initState() {
    super.initState();
    _restore();
  }

  Future<void> _restore() async {
    // prefs'ten last_bin ve scan_mode'u oku; scan_mode kayıtlı değilse single kalsın
  }

  Future<void> _start() async {
    final bin = _binCode;
    if (bin == null) return;
    final prefs = await SharedPreferences.getInstance();
    await prefs.setString('last_bin', bin);
    await prefs.setString('scan_mode', _mode.name);
    widget.onStart(bin, _mode);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Sayım başlat')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          ListTile(
            leading: const Icon(Icons.shelves),
            title: Text(_binCode ?? 'Raf seçilmedi'),
            subtitle: const Text('Son kullanılan raf'),
          ),
          const SizedBox(height: 12),
          SegmentedButton<ScanMode>(
            segments: const [
              ButtonSegment(value: ScanMode.single, label: Text('Tekli')),
              ButtonSegment(value: ScanMode.continuous, label: Text('Sürekli')),
              ButtonSegment(value: ScanMode.count, label: Text('Sayım')),
            ],
            selected: {_mode},
            onSelectionChanged: (selection) => setState(() => _mode = selection.first),
          ),
          const SizedBox(height: 24),
          FilledButton(onPressed: _binCode == null ? null : _start, child: const Text('Başlat')),
        ],
      ),
    );
  }
}
""",
    r"""
final prefs = await SharedPreferences.getInstance();
final bin = prefs.getString('last_bin');
final savedMode = prefs.getString('scan_mode');
if (!mounted) return;
setState(() {
  _binCode = bin;
  _mode = savedMode == null ? ScanMode.single : ScanMode.values.byName(savedMode);
});
""",
    [
        "SharedPreferences | SharedPreferencesAsync | SharedPreferencesWithCache",
        "getString",
        "_binCode",
        "_mode",
        "ScanMode.values | ScanMode.continuous",
        "setState",
    ],
    must_not=["setString", "remove("],
    checks=["literal 'last_bin'", "literal 'scan_mode'", "call setState"],
)


# ================================================================ callback

row(
    "state",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

class PickLine {
  const PickLine({required this.sku, required this.name, required this.binCode, required this.quantity});

  final String sku;
  final String name;
  final String binCode;
  final int quantity;
}

class PickListModel extends ChangeNotifier {
  PickListModel(List<PickLine> lines) : _lines = List.of(lines);

  final List<PickLine> _lines;

  List<PickLine> get lines => List.unmodifiable(_lines);

  void remove(PickLine line) {
    _lines.remove(line);
    notifyListeners();
  }

  void insert(int index, PickLine line) {
    _lines.insert(index, line);
    notifyListeners();
  }
}

class PickListView extends StatelessWidget {
  const PickListView({super.key});

  @override
  Widget build(BuildContext context) {
    final lines = context.watch<PickListModel>().lines;
    return ListView.builder(
      itemCount: lines.length,
      itemBuilder: (context, index) {
        final line = lines[index];
        return Dismissible(
          key: ValueKey(line.sku),
          direction: DismissDirection.endToStart,
          background: Container(
            color: Colors.red.shade400,
            alignment: Alignment.centerRight,
            padding: const EdgeInsets.only(right: 20),
            child: const Icon(Icons.delete_outline, color: Colors.white),
          ),
          onDismissed: (direction) {
            // satırı modelden çıkar; snackbarda 'Geri al' basılırsa aynı sıraya geri koy
          },
          child: ListTile(
            title: Text(line.name),
            subtitle: Text('${line.sku} · Raf ${line.binCode}'),
            trailing: Text('x${line.quantity}'),
          ),
        );
      },
    );
  }
}
""",
    r"""
final model = context.read<PickListModel>();
model.remove(line);
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(
    content: Text('${line.name} listeden çıkarıldı'),
    action: SnackBarAction(label: 'Geri al', onPressed: () => model.insert(index, line)),
  ),
);
""",
    [
        "context.read<PickListModel> | Provider.of<PickListModel>",
        "remove",
        "showSnackBar",
        "SnackBarAction",
        "insert",
    ],
    must_not=["context.watch", "notifyListeners"],
    checks=["literal 'Geri al'", "call SnackBarAction(label, onPressed)"],
)

row(
    "async",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/lab_result.dart';
import '../services/lab_service.dart';

class LabResultPage extends StatefulWidget {
  const LabResultPage({super.key, required this.sampleId, required this.labService});

  final String sampleId;
  final LabService labService;

  @override
  State<LabResultPage> createState() => _LabResultPageState();
}

class _LabResultPageState extends State<LabResultPage> {
  Timer? _pollTimer;
  LabResult? _result;

  @override
  void initState() {
    super.initState();
    _pollTimer = Timer.periodic(const Duration(seconds: 15), (timer) async {
      // labService.fetchResult null degilse timeri durdur ve sonucu goster
    });
  }

  @override
  void dispose() {
    _pollTimer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final result = _result;
    return Scaffold(
      appBar: AppBar(title: Text('Numune ${widget.sampleId}')),
      body: result == null
          ? const Center(
              child: Column(
                mainAxisSize: MainAxisSize.min,
                children: [
                  CircularProgressIndicator(),
                  SizedBox(height: 16),
                  Text('Laboratuvar sonucu bekleniyor'),
                ],
              ),
            )
          : ListView(
              padding: const EdgeInsets.all(16),
              children: [
                for (final value in result.values)
                  ListTile(
                    title: Text(value.name),
                    subtitle: Text('Referans: ${value.referenceRange}'),
                    trailing: Text('${value.value} ${value.unit}'),
                  ),
              ],
            ),
    );
  }
}
""",
    r"""
final result = await widget.labService.fetchResult(widget.sampleId);
if (result == null || !mounted) return;
timer.cancel();
setState(() => _result = result);
""",
    ["fetchResult", "cancel", "setState", "_result"],
    must_not=["Timer.periodic", "Timer("],
    checks=["call setState", "call .cancel"],
)

row(
    "http_json",
    "callback",
    r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;

import '../models/stock_item.dart';

enum AdjustReason { damaged, lost, found, recount }

class AdjustStockSheet extends StatefulWidget {
  const AdjustStockSheet({super.key, required this.item, required this.client, required this.baseUrl});

  final StockItem item;
  final http.Client client;
  final Uri baseUrl;

  @override
  State<AdjustStockSheet> createState() => _AdjustStockSheetState();
}

class _AdjustStockSheetState extends State<AdjustStockSheet> {
  int _delta = 0;
  AdjustReason _reason = AdjustReason.recount;
  bool _sending = false;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(16),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          Text('${widget.item.sku} · ${widget.item.name}', style: Theme.of(context).textTheme.titleMedium),
          Row(
            mainAxisAlignment: MainAxisAlignment.center,
            children: [
              IconButton(onPressed: () => setState(() => _delta--), icon: const Icon(Icons.remove)),
              Text('$_delta', style: Theme.of(context).textTheme.headlineSmall),
              IconButton(onPressed: () => setState(() => _delta++), icon: const Icon(Icons.add)),
            ],
          ),
          SegmentedButton<AdjustReason>(
            segments: const [
              ButtonSegment(value: AdjustReason.damaged, label: Text('Hasarlı')),
              ButtonSegment(value: AdjustReason.lost, label: Text('Kayıp')),
              ButtonSegment(value: AdjustReason.found, label: Text('Bulundu')),
              ButtonSegment(value: AdjustReason.recount, label: Text('Sayım')),
            ],
            selected: {_reason},
            onSelectionChanged: (selection) => setState(() => _reason = selection.first),
          ),
          const SizedBox(height: 16),
          FilledButton(
            onPressed: _delta == 0 || _sending
                ? null
                : () async {
                    // POST stock-adjustments: sku, delta, reason gönder; 201 gelirse sheet'i kapat, gelmezse snackbar göster
                  },
            child: const Text('Kaydet'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
setState(() => _sending = true);
final response = await widget.client.post(
  widget.baseUrl.resolve('stock-adjustments'),
  headers: {'Content-Type': 'application/json'},
  body: jsonEncode({'sku': widget.item.sku, 'delta': _delta, 'reason': _reason.name}),
);
if (!mounted) return;
setState(() => _sending = false);
if (response.statusCode == 201) {
  Navigator.pop(context, true);
} else {
  ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(content: Text('Kaydedilemedi (${response.statusCode})')),
  );
}
""",
    [
        "widget.client.post | http.post",
        "jsonEncode | json.encode",
        "widget.item.sku",
        "_delta",
        "_reason.name",
        "statusCode",
        "Navigator.pop | Navigator.of | context.pop",
        "showSnackBar",
    ],
    must_not=["client.get", "http.get"],
    checks=[
        "literal 201",
        "literal 'stock-adjustments'",
        "literal 'sku'",
        "literal 'delta'",
        "literal 'reason'",
        "call SnackBar",
    ],
)

row(
    "storage",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class ReminderSettingsPage extends StatefulWidget {
  const ReminderSettingsPage({super.key, required this.prefs});

  final SharedPreferences prefs;

  @override
  State<ReminderSettingsPage> createState() => _ReminderSettingsPageState();
}

class _ReminderSettingsPageState extends State<ReminderSettingsPage> {
  late bool _vaccineReminders = widget.prefs.getBool('vaccine_reminders') ?? true;
  late TimeOfDay _reminderTime = TimeOfDay(
    hour: widget.prefs.getInt('reminder_hour') ?? 9,
    minute: widget.prefs.getInt('reminder_minute') ?? 0,
  );

  void _setReminders(bool value) {
    setState(() => _vaccineReminders = value);
    widget.prefs.setBool('vaccine_reminders', value);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Hatırlatmalar')),
      body: ListView(
        children: [
          SwitchListTile(
            title: const Text('Aşı hatırlatmaları'),
            subtitle: const Text('Aşı günü yaklaşınca bildirim gönder'),
            value: _vaccineReminders,
            onChanged: _setReminders,
          ),
          ListTile(
            enabled: _vaccineReminders,
            leading: const Icon(Icons.schedule),
            title: const Text('Bildirim saati'),
            trailing: Text(_reminderTime.format(context)),
            onTap: () => showTimePicker(context: context, initialTime: _reminderTime).then((picked) {
              // seçilen saati prefs'e kaydet
            }),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
if (picked == null) return;
setState(() => _reminderTime = picked);
widget.prefs.setInt('reminder_hour', picked.hour);
widget.prefs.setInt('reminder_minute', picked.minute);
""",
    ["setInt", "hour", "minute", "_reminderTime", "null | case"],
    must_not=["setString", "setBool"],
    checks=["literal 'reminder_hour'", "literal 'reminder_minute'"],
)


# ================================================================ class_body

row(
    "state",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/clinic.dart';
import '../models/staff_member.dart';

class ClinicScope extends InheritedWidget {
  const ClinicScope({
    super.key,
    required this.clinic,
    required this.currentVet,
    required super.child,
  });

  final Clinic clinic;
  final StaffMember currentVet;

  static ClinicScope of(BuildContext context) {
    final scope = context.dependOnInheritedWidgetOfExactType<ClinicScope>();
    assert(scope != null, 'No ClinicScope found in context');
    return scope!;
  }

  static ClinicScope? maybeOf(BuildContext context) =>
      context.dependOnInheritedWidgetOfExactType<ClinicScope>();

  // sadece klinik ya da veteriner id'si değişince bağımlılar yeniden çizilsin
}

class ClinicHeader extends StatelessWidget {
  const ClinicHeader({super.key});

  @override
  Widget build(BuildContext context) {
    final scope = ClinicScope.of(context);
    final theme = Theme.of(context);
    return ListTile(
      leading: CircleAvatar(child: Text(scope.clinic.name.characters.first)),
      title: Text(scope.clinic.name, style: theme.textTheme.titleMedium),
      subtitle: Text('Nöbetçi: ${scope.currentVet.fullName} (#${scope.currentVet.id})'),
      trailing: Text('Şube ${scope.clinic.id}'),
    );
  }
}
""",
    r"""
@override
bool updateShouldNotify(ClinicScope oldWidget) =>
    clinic.id != oldWidget.clinic.id || currentVet.id != oldWidget.currentVet.id;
""",
    ["updateShouldNotify", "clinic.id", "currentVet.id"],
    must_not=["=> true", "return true", "&&"],
)

row(
    "async",
    "class_body",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../services/barcode_scanner.dart';

class BinScanView extends StatefulWidget {
  const BinScanView({super.key, required this.scanner, required this.onBinScanned});

  final BarcodeScanner scanner;
  final ValueChanged<String> onBinScanned;

  @override
  State<BinScanView> createState() => _BinScanViewState();
}

class _BinScanViewState extends State<BinScanView> {
  StreamSubscription<String>? _subscription;
  String? _lastCode;

  @override
  void initState() {
    super.initState();
    _subscription = widget.scanner.barcodes.listen(_onBarcode);
  }

  // scanner degisirse eski aboneligi iptal et ve yenisini dinle

  @override
  void dispose() {
    _subscription?.cancel();
    super.dispose();
  }

  void _onBarcode(String code) {
    if (!code.startsWith('BIN-')) return;
    setState(() => _lastCode = code);
    widget.onBinScanned(code);
  }

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Row(
          children: [
            const Icon(Icons.qr_code_scanner, size: 40),
            const SizedBox(width: 16),
            Expanded(
              child: Text(
                _lastCode ?? 'Raf etiketini okutun',
                style: Theme.of(context).textTheme.titleMedium,
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
@override
void didUpdateWidget(covariant BinScanView oldWidget) {
  super.didUpdateWidget(oldWidget);
  if (oldWidget.scanner != widget.scanner) {
    _subscription?.cancel();
    _subscription = widget.scanner.barcodes.listen(_onBarcode);
  }
}
""",
    ["didUpdateWidget", "super.didUpdateWidget", "widget.scanner", "cancel", "listen"],
    must_not=["initState", "didChangeDependencies"],
)

row(
    "http_json",
    "class_body",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

enum VaccineType { rabies, dhpp, leptospirosis, fvrcp, felv }

class VaccinationRecord {
  const VaccinationRecord({
    required this.id,
    required this.petId,
    required this.type,
    required this.givenAt,
    required this.batchNumber,
    this.nextDueAt,
  });

  final String id;
  final String petId;
  final VaccineType type;
  final DateTime givenAt;
  final String batchNumber;
  final DateTime? nextDueAt;

  bool get isOverdue => nextDueAt != null && nextDueAt!.isBefore(DateTime.now());

  // toJson'un tersi fromJson; next_due_at null gelebilir, type ismi enum'a çevrilsin

  Map<String, dynamic> toJson() => {
        'id': id,
        'pet_id': petId,
        'type': type.name,
        'given_at': givenAt.toIso8601String(),
        'batch_number': batchNumber,
        'next_due_at': nextDueAt?.toIso8601String(),
      };
}

class VaccinationTile extends StatelessWidget {
  const VaccinationTile({super.key, required this.record});

  final VaccinationRecord record;

  @override
  Widget build(BuildContext context) {
    final date = DateFormat('d MMM y', 'tr');
    final next = record.nextDueAt;
    return ListTile(
      leading: Icon(Icons.vaccines, color: record.isOverdue ? Colors.red : null),
      title: Text(record.type.name.toUpperCase()),
      subtitle: Text('${date.format(record.givenAt)} · Seri ${record.batchNumber}'),
      trailing: next == null ? null : Text('Sonraki: ${date.format(next)}'),
    );
  }
}
""",
    r"""
factory VaccinationRecord.fromJson(Map<String, dynamic> json) {
  final nextDue = json['next_due_at'] as String?;
  return VaccinationRecord(
    id: json['id'] as String,
    petId: json['pet_id'] as String,
    type: VaccineType.values.byName(json['type'] as String),
    givenAt: DateTime.parse(json['given_at'] as String),
    batchNumber: json['batch_number'] as String,
    nextDueAt: nextDue == null ? null : DateTime.parse(nextDue),
  );
}
""",
    ["fromJson", "VaccineType.values", "DateTime.parse | DateTime.tryParse", "null | tryParse | ?."],
    must_not=["VaccineType.values[", "toJson()"],
    checks=["literal 'next_due_at'", "literal 'given_at'", "literal 'batch_number'", "literal 'pet_id'"],
)

row(
    "storage",
    "class_body",
    r"""
import 'package:path/path.dart' as p;
import 'package:sqflite/sqflite.dart';

class ScanRecord {
  const ScanRecord({
    required this.id,
    required this.sku,
    required this.binCode,
    required this.quantity,
    required this.scannedAt,
  });

  factory ScanRecord.fromMap(Map<String, Object?> map) => ScanRecord(
        id: map['id'] as int,
        sku: map['sku'] as String,
        binCode: map['bin_code'] as String,
        quantity: map['quantity'] as int,
        scannedAt: DateTime.fromMillisecondsSinceEpoch(map['scanned_at'] as int),
      );

  final int id;
  final String sku;
  final String binCode;
  final int quantity;
  final DateTime scannedAt;
}

class ScanHistoryStore {
  ScanHistoryStore._(this._db);

  final Database _db;

  static Future<ScanHistoryStore> open() async {
    final path = p.join(await getDatabasesPath(), 'scan_history.db');
    final db = await openDatabase(
      path,
      version: 1,
      onCreate: (db, version) => db.execute(
        'CREATE TABLE scans (id INTEGER PRIMARY KEY AUTOINCREMENT, sku TEXT NOT NULL, '
        'bin_code TEXT NOT NULL, quantity INTEGER NOT NULL, scanned_at INTEGER NOT NULL)',
      ),
    );
    return ScanHistoryStore._(db);
  }

  Future<int> add(String sku, String binCode, int quantity) => _db.insert('scans', {
        'sku': sku,
        'bin_code': binCode,
        'quantity': quantity,
        'scanned_at': DateTime.now().millisecondsSinceEpoch,
      });

  // bir SKU'nun en yeni 20 taramasını getiren metot

  Future<int> purgeOlderThan(Duration age) {
    final cutoff = DateTime.now().subtract(age).millisecondsSinceEpoch;
    return _db.delete('scans', where: 'scanned_at < ?', whereArgs: [cutoff]);
  }

  Future<void> close() => _db.close();
}
""",
    r"""
Future<List<ScanRecord>> recentScans(String sku) async {
  final rows = await _db.query(
    'scans',
    where: 'sku = ?',
    whereArgs: [sku],
    orderBy: 'scanned_at DESC',
    limit: 20,
  );
  return rows.map(ScanRecord.fromMap).toList();
}
""",
    ["_db.query | _db.rawQuery", "ScanRecord.fromMap", "List<ScanRecord>"],
    must_not=["_db.delete", "_db.insert"],
    checks=["literal 20 | 'LIMIT 20'", "literal 'DESC'", "literal 'scanned_at'"],
)


# ================================================================ element

row(
    "state",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import 'screens/home_screen.dart';
import 'services/auth_session.dart';
import 'services/inventory_api.dart';

class StockCountModel extends ChangeNotifier {
  StockCountModel(this._api);

  final InventoryApi _api;
  final Map<String, int> counted = {};
  String? _warehouseId;

  String? get warehouseId => _warehouseId;

  void switchWarehouse(String? id) {
    if (id == _warehouseId) return;
    _warehouseId = id;
    counted.clear();
    notifyListeners();
  }

  void count(String sku, int quantity) {
    counted.update(sku, (value) => value + quantity, ifAbsent: () => quantity);
    notifyListeners();
  }

  Future<void> submit() async {
    final id = _warehouseId;
    if (id == null) return;
    await _api.submitCount(id, counted);
    counted.clear();
    notifyListeners();
  }
}

class ScannerApp extends StatelessWidget {
  const ScannerApp({super.key, required this.api});

  final InventoryApi api;

  @override
  Widget build(BuildContext context) {
    return MultiProvider(
      providers: [
        Provider<InventoryApi>.value(value: api),
        ChangeNotifierProvider(create: (_) => AuthSession(api)),
        // StockCountModel için proxy provider: AuthSession'ın warehouseId'si değişince switchWarehouse çağrılsın
      ],
      child: MaterialApp(
        title: 'Depo Sayım',
        theme: ThemeData(colorSchemeSeed: Colors.indigo),
        home: const HomeScreen(),
      ),
    );
  }
}
""",
    r"""
ChangeNotifierProxyProvider<AuthSession, StockCountModel>(
  create: (_) => StockCountModel(api),
  update: (_, session, model) => (model ?? StockCountModel(api))..switchWarehouse(session.warehouseId),
),
""",
    ["ChangeNotifierProxyProvider", "AuthSession", "StockCountModel(", "switchWarehouse", "warehouseId"],
    must_not=["ChangeNotifierProvider(", "ProxyProvider<"],
    checks=["call ChangeNotifierProxyProvider(create, update)"],
)

row(
    "async",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/queue_ticket.dart';
import '../services/waiting_queue_service.dart';

class QueueTicketPage extends StatefulWidget {
  const QueueTicketPage({super.key, required this.ticket, required this.queue});

  final QueueTicket ticket;
  final WaitingQueueService queue;

  @override
  State<QueueTicketPage> createState() => _QueueTicketPageState();
}

class _QueueTicketPageState extends State<QueueTicketPage> {
  late final Stream<int> _position = widget.queue.watchPosition(widget.ticket.id);

  Future<void> _cancel() async {
    await widget.queue.cancel(widget.ticket.id);
    if (mounted) Navigator.of(context).pop();
  }

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Scaffold(
      appBar: AppBar(title: const Text('Bekleme sırası')),
      body: Padding(
        padding: const EdgeInsets.all(24),
        child: Column(
          children: [
            const Icon(Icons.pets, size: 64),
            const SizedBox(height: 16),
            Text(widget.ticket.petName, style: theme.textTheme.headlineSmall),
            Text('Bilet no ${widget.ticket.number}', style: theme.textTheme.bodyMedium),
            const SizedBox(height: 24),
            // _position'ı dinle: veri yokken 'Sıra bekleniyor', gelince 'Önünüzde N hasta var'
            const Spacer(),
            OutlinedButton.icon(
              onPressed: _cancel,
              icon: const Icon(Icons.close),
              label: const Text('Sırayı iptal et'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
StreamBuilder<int>(
  stream: _position,
  builder: (context, snapshot) {
    if (!snapshot.hasData) return const Text('Sıra bekleniyor');
    return Text('Önünüzde ${snapshot.data} hasta var', style: theme.textTheme.titleLarge);
  },
),
""",
    ["StreamBuilder", "_position", "hasData | .data | requireData | connectionState"],
    must_not=["FutureBuilder", "watchPosition"],
    checks=["call StreamBuilder(stream, builder)", "literal 'Sıra bekleniyor'", "literal 'Önünüzde'"],
)

row(
    "http_json",
    "element",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

class TransferLine {
  const TransferLine({required this.sku, required this.quantity, required this.fromBin});

  final String sku;
  final int quantity;
  final String fromBin;
}

class StockTransfer {
  const StockTransfer({required this.fromWarehouse, required this.toWarehouse, required this.lines, this.note});

  final String fromWarehouse;
  final String toWarehouse;
  final List<TransferLine> lines;
  final String? note;
}

class TransferException implements Exception {
  TransferException(this.statusCode);

  final int statusCode;
}

class TransferApi {
  TransferApi(this._client, this._base, this._token);

  final http.Client _client;
  final Uri _base;
  final String _token;

  Future<String> submit(StockTransfer transfer) async {
    final response = await _client.post(
      _base.resolve('transfers'),
      headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer $_token'},
      body: jsonEncode({
        'from_warehouse': transfer.fromWarehouse,
        'to_warehouse': transfer.toWarehouse,
        // lines altina her satiri {sku, qty, from_bin} nesnesi olarak ekle
        if (transfer.note != null) 'note': transfer.note,
      }),
    );
    if (response.statusCode != 201) throw TransferException(response.statusCode);
    final data = jsonDecode(response.body) as Map<String, dynamic>;
    return data['transfer_id'] as String;
  }
}
""",
    r"""
'lines': [
  for (final line in transfer.lines)
    {'sku': line.sku, 'qty': line.quantity, 'from_bin': line.fromBin},
],
""",
    ["transfer.lines", "for | map"],
    must_not=["jsonEncode", "toString()"],
    checks=["literal 'lines'", "literal 'sku'", "literal 'qty'", "literal 'from_bin'"],
)

row(
    "storage",
    "element",
    r"""
import 'package:sqflite/sqflite.dart';

enum Species { dog, cat, bird, rabbit, other }

class Pet {
  const Pet({
    required this.id,
    required this.ownerId,
    required this.name,
    required this.species,
    required this.birthDate,
    this.microchipNo,
    this.neuteredAt,
    this.weightKg,
  });

  factory Pet.fromMap(Map<String, Object?> map) => Pet(
        id: map['id'] as String,
        ownerId: map['owner_id'] as String,
        name: map['name'] as String,
        species: Species.values.byName(map['species'] as String),
        birthDate: DateTime.fromMillisecondsSinceEpoch(map['birth_date'] as int),
        microchipNo: map['microchip_no'] as String?,
        neuteredAt: map['neutered_at'] == null ? null : DateTime.parse(map['neutered_at'] as String),
        weightKg: (map['weight_kg'] as num?)?.toDouble(),
      );

  final String id;
  final String ownerId;
  final String name;
  final Species species;
  final DateTime birthDate;
  final String? microchipNo;
  final DateTime? neuteredAt;
  final double? weightKg;

  Map<String, Object?> toMap() => {
        'id': id,
        'owner_id': ownerId,
        'name': name,
        'species': species.name,
        'birth_date': birthDate.millisecondsSinceEpoch,
        'microchip_no': microchipNo,
        // kısırlaştırma tarihi varsa ISO metin olarak ekle
        'weight_kg': weightKg,
      };
}

class PetDao {
  PetDao(this._db);

  final Database _db;

  Future<void> save(Pet pet) =>
      _db.insert('pets', pet.toMap(), conflictAlgorithm: ConflictAlgorithm.replace);

  Future<List<Pet>> forOwner(String ownerId) async {
    final rows = await _db.query('pets', where: 'owner_id = ?', whereArgs: [ownerId], orderBy: 'name');
    return rows.map(Pet.fromMap).toList();
  }
}
""",
    r"""
if (neuteredAt != null) 'neutered_at': neuteredAt!.toIso8601String(),
""",
    ["neuteredAt", "toIso8601String", "if | ?neuteredAt"],
    must_not=["millisecondsSinceEpoch", "toString()"],
    checks=["literal 'neutered_at'"],
)


# ================================================================ argument

row(
    "state",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../state/waiting_room_model.dart';
import 'waiting_room_page.dart';

class ClinicHomeAppBar extends StatelessWidget implements PreferredSizeWidget {
  const ClinicHomeAppBar({super.key, required this.clinicName});

  final String clinicName;

  @override
  Size get preferredSize => const Size.fromHeight(kToolbarHeight);

  void _openWaitingRoom(BuildContext context) {
    Navigator.of(context).push(
      MaterialPageRoute<void>(builder: (_) => const WaitingRoomPage()),
    );
  }

  @override
  Widget build(BuildContext context) {
    return AppBar(
      title: Text(clinicName),
      actions: [
        IconButton(
          tooltip: 'Yenile',
          icon: const Icon(Icons.refresh),
          onPressed: () => context.read<WaitingRoomModel>().refresh(),
        ),
        Selector<WaitingRoomModel, int>(
          // sadece waitingCount değişince yeniden çizilsin
          builder: (context, count, child) => Badge(
            isLabelVisible: count > 0,
            label: Text('$count'),
            child: child!,
          ),
          child: IconButton(
            tooltip: 'Bekleme salonu',
            icon: const Icon(Icons.event_seat),
            onPressed: () => _openWaitingRoom(context),
          ),
        ),
        const SizedBox(width: 8),
      ],
    );
  }
}
""",
    r"""
selector: (_, model) => model.waitingCount,
""",
    ["selector", "waitingCount"],
    must_not=["context.watch", "Consumer", "listen: true"],
)

row(
    "async",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/stock_item.dart';
import '../services/inventory_api.dart';

class SkuSearchField extends StatelessWidget {
  const SkuSearchField({super.key, required this.api, required this.onSelected});

  final InventoryApi api;
  final ValueChanged<StockItem> onSelected;

  @override
  Widget build(BuildContext context) {
    return Autocomplete<StockItem>(
      displayStringForOption: (item) => '${item.sku} · ${item.name}',
      // en az 2 karakter girilince api.searchSku ile ara, daha kısaysa boş liste
      onSelected: onSelected,
      fieldViewBuilder: (context, controller, focusNode, onFieldSubmitted) => TextField(
        controller: controller,
        focusNode: focusNode,
        textInputAction: TextInputAction.search,
        decoration: const InputDecoration(
          labelText: 'SKU veya ürün adı',
          prefixIcon: Icon(Icons.search),
          border: OutlineInputBorder(),
        ),
        onSubmitted: (_) => onFieldSubmitted(),
      ),
      optionsViewBuilder: (context, onOptionSelected, options) => Align(
        alignment: Alignment.topLeft,
        child: Material(
          elevation: 4,
          child: ConstrainedBox(
            constraints: const BoxConstraints(maxHeight: 280, maxWidth: 360),
            child: ListView(
              padding: EdgeInsets.zero,
              shrinkWrap: true,
              children: [
                for (final item in options)
                  ListTile(
                    title: Text(item.name),
                    subtitle: Text('${item.sku} · Stok ${item.onHand}'),
                    onTap: () => onOptionSelected(item),
                  ),
              ],
            ),
          ),
        ),
      ),
    );
  }
}
""",
    r"""
optionsBuilder: (textEditingValue) async {
  final query = textEditingValue.text.trim();
  if (query.length < 2) return const Iterable<StockItem>.empty();
  return api.searchSku(query);
},
""",
    ["optionsBuilder", "api.searchSku", "length"],
    must_not=["onSelected:"],
    checks=["literal 2"],
)

row(
    "http_json",
    "argument",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/invoice.dart';
import '../models/visit.dart';

class VisitHistoryApi {
  VisitHistoryApi(this._client, {required this.host, required this.token});

  final http.Client _client;
  final String host;
  final String token;

  Map<String, String> get _headers => {'Authorization': 'Bearer $token', 'Accept': 'application/json'};

  String _isoDate(DateTime d) => d.toIso8601String().substring(0, 10);

  Future<List<Visit>> completedVisits(String petId) async {
    final now = DateTime.now();
    final uri = Uri(
      scheme: 'https',
      host: host,
      path: '/v2/pets/$petId/visits',
      // son 6 ayin tamamlanmis ziyaretleri, sayfa basi 25 kayit
    );
    final response = await _client.get(uri, headers: _headers);
    if (response.statusCode != 200) throw http.ClientException(response.body, uri);
    final items = (jsonDecode(response.body) as Map<String, dynamic>)['items'] as List<dynamic>;
    return items.map((e) => Visit.fromJson(e as Map<String, dynamic>)).toList();
  }

  Future<List<Invoice>> paidInvoices(String ownerId, DateTime from, {int page = 1}) async {
    final uri = Uri.https(host, '/v2/owners/$ownerId/invoices', {
      'status': 'paid',
      'from': _isoDate(from),
      'page': '$page',
      'per_page': '20',
    });
    final response = await _client.get(uri, headers: _headers);
    if (response.statusCode != 200) throw http.ClientException(response.body, uri);
    final items = (jsonDecode(response.body) as Map<String, dynamic>)['items'] as List<dynamic>;
    return items.map((e) => Invoice.fromJson(e as Map<String, dynamic>)).toList();
  }
}
""",
    r"""
queryParameters: {
  'status': 'completed',
  'from': _isoDate(DateTime(now.year, now.month - 6, now.day)),
  'per_page': '25',
},
""",
    ["queryParameters"],
    must_not=["'paid'"],
    checks=[
        "literal 'completed'",
        "literal '25' | 25",
        "literal 6 | 180 | 181 | 182 | 183 | 184",
        "literal 'from'",
        "literal 'per_page'",
    ],
)

row(
    "storage",
    "argument",
    r"""
import 'dart:convert';
import 'dart:io';

import 'package:path_provider/path_provider.dart';

import '../models/scan_event.dart';

/// Append-only audit trail of every scan, kept on the device for stock disputes.
class ScanAuditLog {
  ScanAuditLog._(this._file);

  final File _file;

  static Future<ScanAuditLog> open() async {
    final dir = await getApplicationSupportDirectory();
    final file = File('${dir.path}/audit/scans.jsonl');
    await file.parent.create(recursive: true);
    return ScanAuditLog._(file);
  }

  Future<void> record(ScanEvent event) async {
    final line = jsonEncode(event.toJson());
    await _file.writeAsString(
      '$line\n',
      // her tarama dosyanin sonuna eklensin, eskiler silinmesin
      flush: true,
    );
  }

  Future<List<ScanEvent>> readAll() async {
    if (!await _file.exists()) return [];
    final lines = await _file.readAsLines();
    return [
      for (final l in lines)
        if (l.isNotEmpty) ScanEvent.fromJson(jsonDecode(l) as Map<String, dynamic>),
    ];
  }

  Future<void> rotateIfLarge({int maxBytes = 5 * 1024 * 1024}) async {
    if (!await _file.exists() || await _file.length() < maxBytes) return;
    final stamp = DateTime.now().millisecondsSinceEpoch;
    await _file.rename('${_file.path}.$stamp');
  }
}
""",
    r"""
mode: FileMode.append,
""",
    ["mode", "FileMode.append | FileMode.writeOnlyAppend"],
    must_not=["FileMode.write", "FileMode.writeOnly"],
)


if __name__ == "__main__":
    ROWS.write()
