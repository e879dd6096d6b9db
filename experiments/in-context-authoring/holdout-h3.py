# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 8 (holdout-h3): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics state, async, http_json, storage (5 each, one per
position); app domains a parking-garage payment app and a dental clinic appointment app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-h3.py  -> data/in_context/drafts/holdout-h3.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-h3", "holdh3")
row = ROWS.row


# ================================================================ statements

row(
    "state",
    "statements",
    r"""
import 'package:flutter/foundation.dart';

import '../models/parking_session.dart';
import '../services/tariff_calculator.dart';

class Voucher {
  const Voucher({required this.code, required this.amount, required this.isPercentage, required this.expiresAt});

  final String code;
  final int amount;
  final bool isPercentage;
  final DateTime expiresAt;
}

class CheckoutModel extends ChangeNotifier {
  CheckoutModel({required this.session, required TariffCalculator calculator}) : _calculator = calculator;

  final ParkingSession session;
  final TariffCalculator _calculator;

  Voucher? _voucher;
  String? _voucherError;
  bool _paying = false;

  Voucher? get voucher => _voucher;
  String? get voucherError => _voucherError;
  bool get paying => _paying;

  Duration get parkedFor => DateTime.now().difference(session.enteredAt);

  int get grossCents => _calculator.feeCents(session.garageId, parkedFor);

  int get discountCents {
    final v = _voucher;
    if (v == null) return 0;
    if (v.isPercentage) return grossCents * v.amount ~/ 100;
    return v.amount > grossCents ? grossCents : v.amount;
  }

  int get totalCents => grossCents - discountCents;

  void applyVoucher(Voucher voucher) {
    // kuponun süresi geçmişse _voucherError'a 'Kuponun süresi dolmuş' yaz, değilse kuponu uygula ve hatayı temizle
  }

  void removeVoucher() {
    _voucher = null;
    _voucherError = null;
    notifyListeners();
  }

  void setPaying(bool value) {
    if (_paying == value) return;
    _paying = value;
    notifyListeners();
  }
}
""",
    r"""
if (voucher.expiresAt.isBefore(DateTime.now())) {
  _voucherError = 'Kuponun süresi dolmuş';
} else {
  _voucher = voucher;
  _voucherError = null;
}
notifyListeners();
""",
    [
        "expiresAt",
        "isBefore | isAfter | compareTo",
        "DateTime.now",
        "_voucherError",
        "_voucher",
        "null",
        "notifyListeners",
    ],
    must_not=["setState"],
    checks=["literal 'Kuponun süresi dolmuş'"],
)

row(
    "async",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/patient.dart';
import '../models/slot_hold.dart';
import '../models/time_slot.dart';
import '../services/clinic_api.dart';
import 'booking_confirm_page.dart';

class BookingSummary {
  const BookingSummary({required this.slot, required this.hold, required this.patient});

  final TimeSlot slot;
  final SlotHold hold;
  final Patient patient;
}

class SlotConfirmSheet extends StatefulWidget {
  const SlotConfirmSheet({super.key, required this.api, required this.slot, required this.patientId});

  final ClinicApi api;
  final TimeSlot slot;
  final String patientId;

  @override
  State<SlotConfirmSheet> createState() => _SlotConfirmSheetState();
}

class _SlotConfirmSheetState extends State<SlotConfirmSheet> {
  bool _loading = false;

  Future<BookingSummary> _prepareSummary() async {
    // holdSlot ile fetchPatient'ı aynı anda başlat, ikisi de bitince özeti döndür
  }

  Future<void> _continue() async {
    setState(() => _loading = true);
    try {
      final summary = await _prepareSummary();
      if (!mounted) return;
      await Navigator.of(context).push(
        MaterialPageRoute<void>(builder: (_) => BookingConfirmPage(summary: summary)),
      );
    } finally {
      if (mounted) setState(() => _loading = false);
    }
  }

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(24),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          Text(widget.slot.label, style: Theme.of(context).textTheme.titleLarge),
          const SizedBox(height: 16),
          FilledButton(
            onPressed: _loading ? null : _continue,
            child: _loading
                ? const SizedBox.square(dimension: 20, child: CircularProgressIndicator(strokeWidth: 2))
                : const Text('Devam'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
final (hold, patient) = await (
  widget.api.holdSlot(widget.slot.id),
  widget.api.fetchPatient(widget.patientId),
).wait;
return BookingSummary(slot: widget.slot, hold: hold, patient: patient);
""",
    ["holdSlot", "fetchPatient", "Future.wait | .wait", "BookingSummary"],
    must_not=["await widget.api.holdSlot", "await widget.api.fetchPatient"],
    checks=["call BookingSummary(slot, hold, patient)"],
)

row(
    "http_json",
    "statements",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/appointment.dart';
import 'api_exception.dart';

class SlotTakenException implements Exception {
  const SlotTakenException(this.slotId);

  final String slotId;

  @override
  String toString() => 'Slot $slotId is no longer available';
}

class AppointmentApi {
  AppointmentApi(this._client, {required this.baseUrl, required this.tokenProvider});

  final http.Client _client;
  final Uri baseUrl;
  final Future<String> Function() tokenProvider;

  Future<Map<String, String>> _headers() async => {
        'Authorization': 'Bearer ${await tokenProvider()}',
        'Content-Type': 'application/json',
      };

  Future<Appointment> book({
    required String slotId,
    required String dentistId,
    required String treatmentCode,
    String? note,
  }) async {
    // POST appointments, gövdede slot_id, dentist_id, treatment ve varsa note; 409 gelirse SlotTakenException, 201'de Appointment döndür
  }

  Future<void> cancel(String appointmentId) async {
    final response = await _client.delete(
      baseUrl.resolve('appointments/$appointmentId'),
      headers: await _headers(),
    );
    if (response.statusCode != 204) {
      throw ApiException(response.statusCode, response.body);
    }
  }
}
""",
    r"""
final response = await _client.post(
  baseUrl.resolve('appointments'),
  headers: await _headers(),
  body: jsonEncode({
    'slot_id': slotId,
    'dentist_id': dentistId,
    'treatment': treatmentCode,
    if (note != null) 'note': note,
  }),
);
if (response.statusCode == 409) throw SlotTakenException(slotId);
if (response.statusCode != 201) {
  throw ApiException(response.statusCode, response.body);
}
return Appointment.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
""",
    [
        "_client.post | http.post",
        "_headers | tokenProvider",
        "jsonEncode | json.encode",
        "slotId",
        "dentistId",
        "treatmentCode",
        "note",
        "statusCode",
        "SlotTakenException",
        "Appointment.fromJson",
        "jsonDecode | json.decode",
    ],
    must_not=["_client.get", "_client.put", "http.get"],
    checks=[
        "literal 409",
        "literal 201",
        "literal 'appointments'",
        "literal 'slot_id'",
        "literal 'dentist_id'",
        "literal 'treatment'",
        "literal 'note'",
        "call SlotTakenException",
    ],
)

row(
    "storage",
    "statements",
    r"""
import 'dart:convert';

import 'package:shared_preferences/shared_preferences.dart';

import '../models/parked_spot.dart';

/// Remembers where the driver left the car and since when, across app restarts.
class ParkingMemory {
  ParkingMemory(this._prefs);

  final SharedPreferences _prefs;

  Future<void> remember(ParkedSpot spot) async {
    // spot'u json olarak last_spot'a, şimdiki zamanı ms olarak parked_at'e yaz
  }

  ParkedSpot? get lastSpot {
    final raw = _prefs.getString('last_spot');
    if (raw == null) return null;
    return ParkedSpot.fromJson(jsonDecode(raw) as Map<String, dynamic>);
  }

  DateTime? get parkedAt {
    final ms = _prefs.getInt('parked_at');
    return ms == null ? null : DateTime.fromMillisecondsSinceEpoch(ms);
  }

  Duration? get parkedFor {
    final at = parkedAt;
    return at == null ? null : DateTime.now().difference(at);
  }

  bool get hasSpot => _prefs.containsKey('last_spot');

  Future<void> forget() async {
    await _prefs.remove('last_spot');
    await _prefs.remove('parked_at');
  }
}
""",
    r"""
await _prefs.setString('last_spot', jsonEncode(spot.toJson()));
await _prefs.setInt('parked_at', DateTime.now().millisecondsSinceEpoch);
""",
    [
        "_prefs.setString",
        "jsonEncode | json.encode",
        "toJson | jsonEncode(spot) | json.encode(spot)",
        "_prefs.setInt",
        "DateTime.now",
        "millisecondsSinceEpoch",
    ],
    must_not=["toIso8601String", "setStringList", "SharedPreferences.getInstance"],
    checks=["literal 'last_spot'", "literal 'parked_at'"],
)


# ================================================================ callback

row(
    "state",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/time_slot.dart';

enum DayPeriod { morning, afternoon, evening }

class SlotPicker extends StatefulWidget {
  const SlotPicker({super.key, required this.slots, required this.onPicked});

  final List<TimeSlot> slots;
  final ValueChanged<TimeSlot> onPicked;

  @override
  State<SlotPicker> createState() => _SlotPickerState();
}

class _SlotPickerState extends State<SlotPicker> {
  DayPeriod _period = DayPeriod.morning;
  TimeSlot? _selectedSlot;
  final _hour = DateFormat.Hm('tr_TR');

  DayPeriod _periodOf(TimeSlot slot) {
    final h = slot.startsAt.hour;
    if (h < 12) return DayPeriod.morning;
    if (h < 17) return DayPeriod.afternoon;
    return DayPeriod.evening;
  }

  @override
  Widget build(BuildContext context) {
    final visible = widget.slots.where((s) => _periodOf(s) == _period).toList();
    return Column(
      crossAxisAlignment: CrossAxisAlignment.stretch,
      children: [
        SegmentedButton<DayPeriod>(
          segments: const [
            ButtonSegment(value: DayPeriod.morning, label: Text('Sabah')),
            ButtonSegment(value: DayPeriod.afternoon, label: Text('Öğleden sonra')),
            ButtonSegment(value: DayPeriod.evening, label: Text('Akşam')),
          ],
          selected: {_period},
          onSelectionChanged: (selection) {
            // seçilen dilime geç, önceki saat seçimini temizle
          },
        ),
        const SizedBox(height: 12),
        Wrap(
          spacing: 8,
          runSpacing: 8,
          children: [
            for (final slot in visible)
              ChoiceChip(
                label: Text(_hour.format(slot.startsAt)),
                selected: slot == _selectedSlot,
                onSelected: slot.isTaken
                    ? null
                    : (_) {
                        setState(() => _selectedSlot = slot);
                        widget.onPicked(slot);
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
setState(() {
  _period = selection.first;
  _selectedSlot = null;
});
""",
    ["setState", "_period", "first | single | elementAt | last", "_selectedSlot", "null"],
    must_not=["widget.onPicked", "notifyListeners"],
    checks=["call setState"],
)

row(
    "async",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/parking_session.dart';
import '../services/gate_controller.dart';

class ExitGateButton extends StatefulWidget {
  const ExitGateButton({super.key, required this.gate, required this.session});

  final GateController gate;
  final ParkingSession session;

  @override
  State<ExitGateButton> createState() => _ExitGateButtonState();
}

class _ExitGateButtonState extends State<ExitGateButton> {
  bool _opening = false;

  @override
  Widget build(BuildContext context) {
    final paid = widget.session.isPaid;
    return SizedBox(
      width: double.infinity,
      height: 56,
      child: FilledButton.icon(
        icon: _opening
            ? const SizedBox.square(dimension: 18, child: CircularProgressIndicator(strokeWidth: 2))
            : const Icon(Icons.door_sliding_outlined),
        label: Text(paid ? 'Bariyeri aç' : 'Önce ödeme yapın'),
        onPressed: !paid || _opening
            ? null
            : () async {
                // gate.open'ı çağır, 10 sn'de cevap gelmezse 'Bariyer yanıt vermedi' snackbarı göster; beklerken buton kilitli
              },
      ),
    );
  }
}
""",
    r"""
setState(() => _opening = true);
try {
  await widget.gate.open(widget.session.id).timeout(const Duration(seconds: 10));
} on TimeoutException {
  if (context.mounted) {
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('Bariyer yanıt vermedi')),
    );
  }
} finally {
  if (mounted) setState(() => _opening = false);
}
""",
    [
        "gate.open",
        "timeout | Future.any",
        "TimeoutException | onTimeout | catch | Future.any",
        "showSnackBar",
        "_opening",
        "setState",
    ],
    must_not=["Future.delayed(const Duration(seconds: 10))", "sleep("],
    checks=["literal 10 | 10000", "literal 'Bariyer yanıt vermedi'", "call SnackBar", "call setState"],
)

row(
    "http_json",
    "callback",
    r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;

import '../models/vehicle.dart';

class AddVehiclePage extends StatefulWidget {
  const AddVehiclePage({super.key, required this.client, required this.baseUrl});

  final http.Client client;
  final Uri baseUrl;

  @override
  State<AddVehiclePage> createState() => _AddVehiclePageState();
}

class _AddVehiclePageState extends State<AddVehiclePage> {
  final _plateController = TextEditingController();
  Vehicle? _vehicle;
  String? _error;

  @override
  void dispose() {
    _plateController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Araç ekle')),
      body: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          children: [
            TextField(
              controller: _plateController,
              textCapitalization: TextCapitalization.characters,
              decoration: InputDecoration(labelText: 'Plaka', errorText: _error),
            ),
            const SizedBox(height: 12),
            FilledButton(
              onPressed: () async {
                // plakayı vehicles/lookup?plate= ile sorgula; 404 ise _error 'Kayıtlı araç bulunamadı' olsun, bulunursa _vehicle'a ata
              },
              child: const Text('Sorgula'),
            ),
            if (_vehicle != null)
              ListTile(
                leading: const Icon(Icons.directions_car),
                title: Text(_vehicle!.plate),
                subtitle: Text('${_vehicle!.brand} ${_vehicle!.model}'),
                trailing: FilledButton.tonal(
                  onPressed: () => Navigator.pop(context, _vehicle),
                  child: const Text('Ekle'),
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
final plate = _plateController.text.trim().toUpperCase();
final uri = widget.baseUrl.resolve('vehicles/lookup').replace(queryParameters: {'plate': plate});
final response = await widget.client.get(uri);
if (!mounted) return;
if (response.statusCode == 404) {
  setState(() {
    _vehicle = null;
    _error = 'Kayıtlı araç bulunamadı';
  });
  return;
}
final data = jsonDecode(response.body) as Map<String, dynamic>;
setState(() {
  _vehicle = Vehicle.fromJson(data);
  _error = null;
});
""",
    [
        "client.get | http.get",
        "statusCode",
        "setState",
        "_error",
        "jsonDecode | json.decode",
        "Vehicle.fromJson",
        "_vehicle",
    ],
    must_not=["client.post", "http.post"],
    checks=[
        "literal 404",
        "literal 'lookup'",
        "literal 'plate'",
        "literal 'Kayıtlı araç bulunamadı'",
        "call setState",
    ],
)

row(
    "storage",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

import '../services/reminder_scheduler.dart';

class ReminderSettingsPage extends StatefulWidget {
  const ReminderSettingsPage({super.key, required this.prefs, required this.scheduler});

  final SharedPreferences prefs;
  final ReminderScheduler scheduler;

  @override
  State<ReminderSettingsPage> createState() => _ReminderSettingsPageState();
}

class _ReminderSettingsPageState extends State<ReminderSettingsPage> {
  late bool _dayBefore = widget.prefs.getBool('remind_day_before') ?? true;
  late bool _sms = widget.prefs.getBool('remind_sms') ?? false;
  late int _hoursBefore = widget.prefs.getInt('remind_hours_before') ?? 2;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Hatırlatmalar')),
      body: ListView(
        children: [
          SwitchListTile(
            title: const Text('Randevudan bir gün önce hatırlat'),
            value: _dayBefore,
            onChanged: (value) {
              // tercihi kaydet; kapatilirsa gun oncesi hatirlatmalari scheduler.cancel ile iptal et, acilirsa reschedule et
            },
          ),
          SwitchListTile(
            title: const Text('SMS ile de gönder'),
            value: _sms,
            onChanged: (value) {
              setState(() => _sms = value);
              widget.prefs.setBool('remind_sms', value);
            },
          ),
          ListTile(
            title: const Text('Aynı gün hatırlatma'),
            subtitle: Text('Randevudan $_hoursBefore saat önce'),
            trailing: DropdownButton<int>(
              value: _hoursBefore,
              items: [for (final h in [1, 2, 4]) DropdownMenuItem(value: h, child: Text('$h sa'))],
              onChanged: (h) {
                if (h == null) return;
                setState(() => _hoursBefore = h);
                widget.prefs.setInt('remind_hours_before', h);
                widget.scheduler.reschedule(ReminderKind.sameDay, hoursBefore: h);
              },
            ),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
setState(() => _dayBefore = value);
widget.prefs.setBool('remind_day_before', value);
if (value) {
  widget.scheduler.reschedule(ReminderKind.dayBefore);
} else {
  widget.scheduler.cancel(ReminderKind.dayBefore);
}
""",
    [
        "setState",
        "_dayBefore",
        "prefs.setBool",
        "scheduler.cancel",
        "scheduler.reschedule",
        "ReminderKind.dayBefore",
    ],
    must_not=["ReminderKind.sameDay", "setString", "setInt"],
    checks=["literal 'remind_day_before'", "call setState"],
)


# ================================================================ class_body

row(
    "state",
    "class_body",
    r"""
import 'dart:async';

import 'package:flutter/foundation.dart';

import '../services/garage_api.dart';

/// Live free-spot counts per level for one garage, refreshed from the gate sensors.
class SpotAvailabilityModel extends ChangeNotifier {
  SpotAvailabilityModel(this._api, this.garageId);

  final GarageApi _api;
  final String garageId;

  final Map<int, int> _freeByLevel = {};
  StreamSubscription<Map<int, int>>? _sub;

  Map<int, int> get freeByLevel => Map.unmodifiable(_freeByLevel);

  int get totalFree => _freeByLevel.values.fold(0, (sum, n) => sum + n);

  bool get isFull => totalFree == 0;

  // boş yeri olan en alt katı döndüren getter, hepsi doluysa null

  void start() {
    _sub ??= _api.watchFreeSpots(garageId).listen((counts) {
      _freeByLevel
        ..clear()
        ..addAll(counts);
      notifyListeners();
    });
  }

  Future<void> refresh() async {
    final counts = await _api.freeSpots(garageId);
    _freeByLevel
      ..clear()
      ..addAll(counts);
    notifyListeners();
  }

  @override
  void dispose() {
    _sub?.cancel();
    super.dispose();
  }
}
""",
    r"""
int? get lowestLevelWithSpace {
  final levels = [
    for (final entry in _freeByLevel.entries)
      if (entry.value > 0) entry.key,
  ]..sort();
  return levels.isEmpty ? null : levels.first;
}
""",
    ["get", "_freeByLevel", "> 0 | >= 1 | != 0", "null | firstOrNull | minOrNull", "sort | min | reduce | < | sorted"],
    must_not=["notifyListeners", "setState"],
)

row(
    "async",
    "class_body",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/dentist.dart';
import '../services/clinic_api.dart';

class DentistSearchPage extends StatefulWidget {
  const DentistSearchPage({super.key, required this.api});

  final ClinicApi api;

  @override
  State<DentistSearchPage> createState() => _DentistSearchPageState();
}

class _DentistSearchPageState extends State<DentistSearchPage> {
  final _controller = TextEditingController();
  Timer? _debounce;
  List<Dentist> _results = const [];

  // her harfte değil, yazma 400 ms durunca searchDentists'i çağıran _onQueryChanged

  @override
  void dispose() {
    _debounce?.cancel();
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: TextField(
          controller: _controller,
          autofocus: true,
          decoration: const InputDecoration(hintText: 'Hekim ya da uzmanlık ara', border: InputBorder.none),
          onChanged: _onQueryChanged,
        ),
      ),
      body: ListView.builder(
        itemCount: _results.length,
        itemBuilder: (context, index) {
          final d = _results[index];
          return ListTile(
            leading: CircleAvatar(backgroundImage: NetworkImage(d.photoUrl)),
            title: Text(d.fullName),
            subtitle: Text(d.specialty),
            onTap: () => Navigator.pop(context, d),
          );
        },
      ),
    );
  }
}
""",
    r"""
void _onQueryChanged(String query) {
  _debounce?.cancel();
  _debounce = Timer(const Duration(milliseconds: 400), () async {
    final results = await widget.api.searchDentists(query.trim());
    if (!mounted) return;
    setState(() => _results = results);
  });
}
""",
    ["_onQueryChanged", "_debounce", "cancel", "Timer", "searchDentists", "setState", "_results"],
    must_not=["Timer.periodic", "sleep("],
    checks=["literal 400", "call Timer", "call setState"],
)

row(
    "http_json",
    "class_body",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/garage.dart';
import '../models/parking_session.dart';
import '../models/tariff.dart';
import 'api_exception.dart';

class GarageApi {
  GarageApi(this._client, this._baseUrl, this._token);

  final http.Client _client;
  final Uri _baseUrl;
  final String _token;

  Map<String, String> get _headers => {
        'Authorization': 'Bearer $_token',
        'Accept': 'application/json',
      };

  // GET istekleri için ortak _getJson: 200 değilse ApiException, değilse gövdeyi map olarak parse'a ver

  Future<Garage> garage(String id) => _getJson('garages/$id', Garage.fromJson);

  Future<Tariff> tariff(String garageId) => _getJson('garages/$garageId/tariff', Tariff.fromJson);

  Future<ParkingSession> activeSession() => _getJson('sessions/active', ParkingSession.fromJson);

  Future<List<Garage>> nearby(double lat, double lng) async {
    final uri = _baseUrl.resolve('garages').replace(queryParameters: {
      'lat': '$lat',
      'lng': '$lng',
      'radius_m': '2000',
    });
    final response = await _client.get(uri, headers: _headers);
    if (response.statusCode != 200) {
      throw ApiException(response.statusCode, response.body);
    }
    final list = jsonDecode(response.body) as List<dynamic>;
    return [for (final g in list) Garage.fromJson(g as Map<String, dynamic>)];
  }
}
""",
    r"""
Future<T> _getJson<T>(String path, T Function(Map<String, dynamic> json) parse) async {
  final response = await _client.get(_baseUrl.resolve(path), headers: _headers);
  if (response.statusCode != 200) {
    throw ApiException(response.statusCode, response.body);
  }
  return parse(jsonDecode(response.body) as Map<String, dynamic>);
}
""",
    [
        "_getJson",
        "_client.get | http.get",
        "_headers",
        "statusCode",
        "ApiException",
        "jsonDecode | json.decode",
        "Map<String, dynamic>",
    ],
    must_not=["_client.post", "http.post"],
    checks=["literal 200", "call ApiException"],
)

row(
    "storage",
    "class_body",
    r"""
import 'dart:io';
import 'dart:typed_data';

import 'package:path_provider/path_provider.dart';

/// Keeps downloaded PDF receipts on the device so they open offline.
class ReceiptStore {
  // makbuz yolu: belgeler klasöründe receipts/<sessionId>.pdf, klasör yoksa oluşturulsun

  Future<File> save(String sessionId, Uint8List pdfBytes) async {
    final file = await _receiptFile(sessionId);
    return file.writeAsBytes(pdfBytes, flush: true);
  }

  Future<File?> find(String sessionId) async {
    final file = await _receiptFile(sessionId);
    return await file.exists() ? file : null;
  }

  Future<List<File>> all() async {
    final dir = await getApplicationDocumentsDirectory();
    final folder = Directory('${dir.path}/receipts');
    if (!await folder.exists()) return [];
    final files = await folder.list().where((e) => e is File && e.path.endsWith('.pdf')).cast<File>().toList();
    files.sort((a, b) => b.lastModifiedSync().compareTo(a.lastModifiedSync()));
    return files;
  }

  Future<void> deleteOlderThan(Duration age) async {
    final cutoff = DateTime.now().subtract(age);
    for (final file in await all()) {
      if ((await file.lastModified()).isBefore(cutoff)) await file.delete();
    }
  }
}
""",
    r"""
Future<File> _receiptFile(String sessionId) async {
  final dir = await getApplicationDocumentsDirectory();
  final folder = Directory('${dir.path}/receipts');
  await folder.create(recursive: true);
  return File('${folder.path}/$sessionId.pdf');
}
""",
    ["_receiptFile", "getApplicationDocumentsDirectory", "create | createSync", "File"],
    must_not=["getTemporaryDirectory", "writeAsBytes"],
    checks=["literal 'receipts'", "literal '.pdf'"],
)


# ================================================================ element

row(
    "state",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/booking_draft.dart';
import 'widgets/booking_summary.dart';
import 'widgets/dentist_list.dart';
import 'widgets/treatment_list.dart';

class BookingStepperPage extends StatefulWidget {
  const BookingStepperPage({super.key, required this.onConfirm});

  final Future<void> Function(BookingDraft draft) onConfirm;

  @override
  State<BookingStepperPage> createState() => _BookingStepperPageState();
}

class _BookingStepperPageState extends State<BookingStepperPage> {
  int _currentStep = 0;
  final BookingDraft _draft = BookingDraft();

  bool get _canContinue => switch (_currentStep) {
        0 => _draft.treatment != null,
        1 => _draft.dentist != null,
        _ => true,
      };

  Future<void> _next() async {
    if (!_canContinue) return;
    if (_currentStep < 2) {
      setState(() => _currentStep++);
    } else {
      await widget.onConfirm(_draft);
    }
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Randevu al')),
      body: Stepper(
        currentStep: _currentStep,
        onStepContinue: _next,
        onStepCancel: _currentStep == 0 ? null : () => setState(() => _currentStep--),
        onStepTapped: (step) {
          if (step < _currentStep) setState(() => _currentStep = step);
        },
        steps: [
          Step(
            title: const Text('Tedavi'),
            content: TreatmentList(
              selected: _draft.treatment,
              onChanged: (t) => setState(() => _draft.treatment = t),
            ),
            isActive: _currentStep >= 0,
            state: _currentStep > 0 ? StepState.complete : StepState.indexed,
          ),
          Step(
            title: const Text('Hekim'),
            content: DentistList(
              treatment: _draft.treatment,
              selected: _draft.dentist,
              onChanged: (d) => setState(() => _draft.dentist = d),
            ),
            isActive: _currentStep >= 1,
            state: _currentStep > 1 ? StepState.complete : StepState.indexed,
          ),
          // son adım: 'Onay' başlığı, içerik BookingSummary, bu adıma gelince aktif olsun
        ],
      ),
    );
  }
}
""",
    r"""
Step(
  title: const Text('Onay'),
  content: BookingSummary(draft: _draft),
  isActive: _currentStep >= 2,
),
""",
    ["Step", "BookingSummary", "_draft", "_currentStep"],
    must_not=["StepState.complete", "setState"],
    checks=["call Step(title, content, isActive)", "literal 'Onay'", "literal 2"],
)

row(
    "async",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/receipt.dart';
import '../services/payment_api.dart';
import 'widgets/receipt_card.dart';

class PaymentDonePage extends StatefulWidget {
  const PaymentDonePage({super.key, required this.api, required this.paymentId});

  final PaymentApi api;
  final String paymentId;

  @override
  State<PaymentDonePage> createState() => _PaymentDonePageState();
}

class _PaymentDonePageState extends State<PaymentDonePage> {
  late final Future<Receipt> _receiptFuture = widget.api.fetchReceipt(widget.paymentId);

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Scaffold(
      appBar: AppBar(title: const Text('Ödeme tamamlandı'), automaticallyImplyLeading: false),
      body: ListView(
        padding: const EdgeInsets.all(20),
        children: [
          Icon(Icons.check_circle, size: 72, color: theme.colorScheme.primary),
          const SizedBox(height: 12),
          Text(
            'Çıkış için 15 dakikanız var',
            textAlign: TextAlign.center,
            style: theme.textTheme.titleMedium,
          ),
          const SizedBox(height: 24),
          // makbuzu yükle: beklerken spinner, hata olursa 'Makbuz alınamadı', gelince ReceiptCard
          const SizedBox(height: 24),
          OutlinedButton(
            onPressed: () => Navigator.of(context).popUntil((route) => route.isFirst),
            child: const Text('Ana sayfaya dön'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
FutureBuilder<Receipt>(
  future: _receiptFuture,
  builder: (context, snapshot) {
    if (snapshot.hasError) return const Text('Makbuz alınamadı', textAlign: TextAlign.center);
    if (!snapshot.hasData) return const Center(child: CircularProgressIndicator());
    return ReceiptCard(receipt: snapshot.data!);
  },
),
""",
    [
        "FutureBuilder",
        "_receiptFuture",
        "hasError | .error",
        "CircularProgressIndicator | LinearProgressIndicator",
        "ReceiptCard",
    ],
    must_not=["fetchReceipt", "StreamBuilder"],
    checks=["call FutureBuilder(future, builder)", "literal 'Makbuz alınamadı'"],
)

row(
    "http_json",
    "element",
    r"""
import '../models/treatment.dart';

/// A dentist as returned by GET /dentists/{id}.
class DentistProfile {
  const DentistProfile({
    required this.id,
    required this.fullName,
    required this.title,
    required this.photoUrl,
    required this.treatments,
    this.bio,
    this.rating,
  });

  final String id;
  final String fullName;
  final String title;
  final String photoUrl;
  final List<Treatment> treatments;
  final String? bio;
  final double? rating;

  String get displayName => '$title $fullName';

  factory DentistProfile.fromJson(Map<String, dynamic> json) {
    return DentistProfile(
      id: json['id'] as String,
      fullName: json['full_name'] as String,
      title: json['title'] as String? ?? 'Dt.',
      photoUrl: json['photo_url'] as String,
      bio: json['bio'] as String?,
      rating: (json['rating'] as num?)?.toDouble(),
      treatments: [
        // treatments dizisini Treatment.fromJson ile ekle, alan gelmezse liste bos kalsin
      ],
    );
  }

  Map<String, dynamic> toJson() => {
        'id': id,
        'full_name': fullName,
        'title': title,
        'photo_url': photoUrl,
        if (bio != null) 'bio': bio,
        if (rating != null) 'rating': rating,
        'treatments': [for (final t in treatments) t.toJson()],
      };
}
""",
    r"""
for (final t in json['treatments'] as List<dynamic>? ?? const [])
  Treatment.fromJson(t as Map<String, dynamic>),
""",
    ["Treatment.fromJson", "for | map", "?? | ?. | ...? | != null | is List | case"],
    must_not=["jsonDecode", "toJson"],
    checks=["literal 'treatments'"],
)

row(
    "storage",
    "element",
    r"""
import 'package:sqflite/sqflite.dart';

import '../models/appointment.dart';

/// Offline copy of the patient's upcoming appointments.
class AppointmentDao {
  AppointmentDao(this._db);

  final Database _db;

  Future<void> upsert(Appointment a) async {
    await _db.insert(
      'appointments',
      {
        'id': a.id,
        'dentist_id': a.dentistId,
        'dentist_name': a.dentistName,
        'treatment': a.treatment.name,
        'starts_at': a.startsAt.millisecondsSinceEpoch,
        'duration_min': a.duration.inMinutes,
        // reminderSent'i de ekle, sqflite bool tutmadığı için 1/0 olarak
      },
      conflictAlgorithm: ConflictAlgorithm.replace,
    );
  }

  Future<List<Appointment>> upcoming() async {
    final rows = await _db.query(
      'appointments',
      where: 'starts_at >= ?',
      whereArgs: [DateTime.now().millisecondsSinceEpoch],
      orderBy: 'starts_at',
    );
    return rows.map(Appointment.fromRow).toList();
  }

  Future<List<Appointment>> needingReminder(DateTime until) async {
    final rows = await _db.query(
      'appointments',
      where: 'reminder_sent = 0 AND starts_at <= ?',
      whereArgs: [until.millisecondsSinceEpoch],
    );
    return rows.map(Appointment.fromRow).toList();
  }

  Future<void> markReminded(String id) =>
      _db.update('appointments', {'reminder_sent': 1}, where: 'id = ?', whereArgs: [id]);
}
""",
    r"""
'reminder_sent': a.reminderSent ? 1 : 0,
""",
    ["reminderSent"],
    must_not=["toString()"],
    checks=["literal 'reminder_sent'", "literal 1", "literal 0"],
)


# ================================================================ argument

row(
    "state",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../state/active_session.dart';
import '../state/tariff_notifier.dart';

class FeeTicker extends StatelessWidget {
  const FeeTicker({super.key, required this.session, required this.tariff});

  final ActiveSession session;
  final TariffNotifier tariff;

  static final _money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return ListenableBuilder(
      // oturum ya da tarife degisince yeniden cizilsin
      builder: (context, child) {
        final elapsed = session.elapsed;
        final fee = tariff.current.feeFor(elapsed);
        final cap = tariff.current.dailyCapCents;
        return Card(
          child: Padding(
            padding: const EdgeInsets.all(16),
            child: Column(
              mainAxisSize: MainAxisSize.min,
              children: [
                Text(
                  '${elapsed.inHours} sa ${elapsed.inMinutes.remainder(60)} dk',
                  style: theme.textTheme.headlineSmall,
                ),
                const SizedBox(height: 8),
                Text(_money.format(fee / 100), style: theme.textTheme.displaySmall),
                if (cap != null) Text('Günlük üst sınır: ${_money.format(cap / 100)}'),
                child!,
              ],
            ),
          ),
        );
      },
      child: const Text('Çıkışta bu tutar tahsil edilir'),
    );
  }
}
""",
    r"""
listenable: Listenable.merge([session, tariff]),
""",
    ["listenable", "Listenable.merge", "session", "tariff"],
    must_not=["AnimatedBuilder", "setState"],
    checks=["call Listenable.merge"],
)

row(
    "async",
    "argument",
    r"""
import 'dart:async';

import 'package:flutter/foundation.dart';

import '../models/queue_update.dart';
import '../services/clinic_socket.dart';

/// Keeps the reception tablet's waiting-room list in sync with the clinic's live queue.
class LiveQueueModel extends ChangeNotifier {
  LiveQueueModel(this._socket, this.clinicId);

  final ClinicSocket _socket;
  final String clinicId;

  StreamSubscription<QueueUpdate>? _sub;
  List<QueueEntry> _entries = const [];
  bool _offline = false;
  bool _disposed = false;

  List<QueueEntry> get entries => _entries;
  bool get offline => _offline;

  void start() => _connect();

  void _connect() {
    if (_disposed) return;
    _sub?.cancel();
    _sub = _socket.queueUpdates(clinicId).listen(
      _onUpdate,
      onError: (Object error) {
        _offline = true;
        notifyListeners();
      },
      // akis kapanirsa 5 sn bekleyip yeniden baglan
    );
  }

  void _onUpdate(QueueUpdate update) {
    _entries = update.entries;
    _offline = false;
    notifyListeners();
  }

  @override
  void dispose() {
    _disposed = true;
    _sub?.cancel();
    super.dispose();
  }
}
""",
    r"""
onDone: () => Future<void>.delayed(const Duration(seconds: 5), _connect),
""",
    ["onDone", "Timer | Future.delayed | Future<void>.delayed", "_connect"],
    must_not=["onError", "cancelOnError", "Timer.periodic"],
    checks=["literal 5 | 5000"],
)

row(
    "http_json",
    "argument",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/payment_result.dart';
import 'api_exception.dart';

class PaymentDeclinedException implements Exception {
  const PaymentDeclinedException(this.reason);

  final String? reason;
}

class PaymentApi {
  PaymentApi(this._client, this._baseUrl);

  /// Already adds the bearer token to every request.
  final http.Client _client;
  final Uri _baseUrl;

  /// [requestId] is created once per checkout screen and reused on retries.
  Future<PaymentResult> paySession({
    required String sessionId,
    required String cardToken,
    required int amountCents,
    required String requestId,
  }) async {
    final response = await _client.post(
      _baseUrl.resolve('sessions/$sessionId/payments'),
      // json içerik tipi ve tekrar tahsilatı önlemek için requestId'yi Idempotency-Key olarak ekle
      body: jsonEncode({'card_token': cardToken, 'amount_cents': amountCents}),
    );
    if (response.statusCode == 402) {
      final body = jsonDecode(response.body) as Map<String, dynamic>;
      throw PaymentDeclinedException(body['reason'] as String?);
    }
    if (response.statusCode != 201) {
      throw ApiException(response.statusCode, response.body);
    }
    return PaymentResult.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
  }
}
""",
    r"""
headers: {'Content-Type': 'application/json', 'Idempotency-Key': requestId},
""",
    ["headers", "requestId"],
    must_not=["body:", "sessionId"],
    checks=["literal 'Content-Type'", "literal 'application/json'", "literal 'Idempotency-Key'"],
)

row(
    "storage",
    "argument",
    r"""
import 'package:path/path.dart' as p;
import 'package:sqflite/sqflite.dart';

class ClinicDatabase {
  ClinicDatabase._(this.db);

  final Database db;

  static const _createAppointments = '''
    CREATE TABLE appointments (
      id TEXT PRIMARY KEY,
      dentist_id TEXT NOT NULL,
      dentist_name TEXT NOT NULL,
      treatment TEXT NOT NULL,
      starts_at INTEGER NOT NULL,
      duration_min INTEGER NOT NULL,
      reminder_sent INTEGER NOT NULL DEFAULT 0,
      cancelled_at INTEGER
    )
  ''';

  static Future<ClinicDatabase> open() async {
    final path = p.join(await getDatabasesPath(), 'clinic.db');
    final db = await openDatabase(
      path,
      version: 2,
      onCreate: (db, version) async {
        await db.execute(_createAppointments);
        await db.execute('CREATE INDEX idx_appointments_starts_at ON appointments (starts_at)');
      },
      // v1'den yukseltenlerde appointments tablosuna cancelled_at INTEGER sutunu ekle
    );
    return ClinicDatabase._(db);
  }

  Future<void> markCancelled(String id, DateTime at) => db.update(
        'appointments',
        {'cancelled_at': at.millisecondsSinceEpoch},
        where: 'id = ?',
        whereArgs: [id],
      );

  Future<void> close() => db.close();
}
""",
    r"""
onUpgrade: (db, oldVersion, newVersion) async {
  if (oldVersion < 2) {
    await db.execute('ALTER TABLE appointments ADD COLUMN cancelled_at INTEGER');
  }
},
""",
    ["onUpgrade", "execute"],
    must_not=["onCreate", "DROP TABLE", "onDowngrade"],
    checks=["literal 'ALTER TABLE'", "literal 'ADD'", "literal 'cancelled_at'", "literal 'INTEGER'"],
)


if __name__ == "__main__":
    ROWS.write()
