# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 11 (holdout-k3): 10 hand-written rows, 2 per position
(statements, callback, class_body, element, argument), topics state, async, http_json, storage, navigation
(2 each, spread over the positions); app domains a food-bank donation pickup app (volunteer pickup routes,
donation offers with pickup windows and box counts, donor search, refrigerated-only preferences, handover forms)
and a bus-driver shift app (weekly rosters from the depot API, an offline roster cache, the on-duty dashboard with
breaks, closing a shift with the end odometer, go_router routes to shift details).

Run: .venv/bin/python experiments/in-context-authoring/holdout-k3.py  -> data/in_context/drafts/holdout-k3.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-k3", "holdk3")
row = ROWS.row


# ================================================================ statements

row(
    "state",
    "statements",
    r"""
import 'package:flutter/foundation.dart';

import '../models/donation_pickup.dart';
import '../services/pickup_api.dart';

/// Today's pickup route of one volunteer driver.
class PickupRouteNotifier extends ChangeNotifier {
  PickupRouteNotifier(this._api);

  final PickupApi _api;
  List<DonationPickup> _pickups = [];
  int _collectedBoxes = 0;
  bool _loading = false;
  Object? _error;

  List<DonationPickup> get pickups => List.unmodifiable(_pickups);
  int get collectedBoxes => _collectedBoxes;
  bool get loading => _loading;
  Object? get error => _error;
  int get remainingStops => _pickups.where((p) => p.status != PickupStatus.collected).length;

  Future<void> loadRoute(String volunteerId, DateTime day) async {
    _loading = true;
    _error = null;
    notifyListeners();
    try {
      _pickups = [...await _api.routeFor(volunteerId, day)];
      _collectedBoxes = _pickups
          .where((p) => p.status == PickupStatus.collected)
          .fold(0, (sum, p) => sum + p.boxCount);
    } catch (e) {
      _error = e;
    } finally {
      _loading = false;
      notifyListeners();
    }
  }

  void markCollected(String pickupId, int boxCount) {
    final index = _pickups.indexWhere((p) => p.id == pickupId);
    if (index == -1) return;
    // zaten toplandıysa çık; değilse durumu collected yap, kutuları _collectedBoxes'a ekle ve bildir
  }

  void skip(String pickupId, String reason) {
    final index = _pickups.indexWhere((p) => p.id == pickupId);
    if (index == -1) return;
    _pickups[index] = _pickups[index].copyWith(status: PickupStatus.skipped, skipReason: reason);
    notifyListeners();
    _api.reportSkipped(pickupId, reason);
  }
}
""",
    r"""
final pickup = _pickups[index];
if (pickup.status == PickupStatus.collected) return;
_pickups[index] = pickup.copyWith(status: PickupStatus.collected, boxCount: boxCount);
_collectedBoxes += boxCount;
notifyListeners();
""",
    ["PickupStatus.collected", "copyWith | DonationPickup", "_collectedBoxes", "boxCount", "notifyListeners"],
    must_not=["PickupStatus.skipped", "_api.routeFor"],
    checks=[
        "call .copyWith | DonationPickup(status: PickupStatus.collected)",
        "when !== PickupStatus.collected > _collectedBoxes",
    ],
)

row(
    "http_json",
    "statements",
    r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/shift.dart';
import 'auth_store.dart';

class ShiftApiException implements Exception {
  ShiftApiException(this.statusCode, this.message);

  final int statusCode;
  final String message;

  @override
  String toString() => 'ShiftApiException($statusCode): $message';
}

/// Depot roster API used by the driver app.
class ShiftApi {
  ShiftApi({required this.baseUrl, required this.auth, http.Client? client}) : _client = client ?? http.Client();

  final String baseUrl;
  final AuthStore auth;
  final http.Client _client;

  Map<String, String> get _headers => {
        'Authorization': 'Bearer ${auth.token}',
        'Accept': 'application/json',
      };

  Future<List<Shift>> fetchWeek(String driverId, DateTime weekStart) async {
    final week = weekStart.toIso8601String().substring(0, 10);
    final uri = Uri.parse('$baseUrl/drivers/$driverId/shifts').replace(queryParameters: {'week': week});
    final response = await _client.get(uri, headers: _headers);
    // 200 degilse ShiftApiException firlat, yoksa govdedeki 'shifts' listesini Shift.fromJson ile cevirip don
  }

  Future<void> requestSwap(String shiftId, String colleagueId) async {
    final response = await _client.post(
      Uri.parse('$baseUrl/shifts/$shiftId/swap-requests'),
      headers: {..._headers, 'Content-Type': 'application/json'},
      body: jsonEncode({'colleague_id': colleagueId}),
    );
    if (response.statusCode != 201) {
      throw ShiftApiException(response.statusCode, response.body);
    }
  }
}
""",
    r"""
if (response.statusCode != 200) {
  throw ShiftApiException(response.statusCode, response.body);
}
final body = jsonDecode(response.body) as Map<String, dynamic>;
final shifts = body['shifts'] as List<dynamic>;
return shifts.map((e) => Shift.fromJson(e as Map<String, dynamic>)).toList();
""",
    ["statusCode", "ShiftApiException", "jsonDecode | json.decode", "Shift.fromJson"],
    must_not=["_client.get", "jsonEncode", "http.get"],
    checks=[
        "when statusCode != 200 > ShiftApiException",
        "literal 'shifts'",
        "call jsonDecode | json.decode",
    ],
)


# ================================================================ callback

row(
    "async",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/shift.dart';
import '../services/shift_service.dart';

class EndShiftSheet extends StatefulWidget {
  const EndShiftSheet({super.key, required this.shift, required this.service});

  final Shift shift;
  final ShiftService service;

  @override
  State<EndShiftSheet> createState() => _EndShiftSheetState();
}

class _EndShiftSheetState extends State<EndShiftSheet> {
  final _odometer = TextEditingController();
  bool _closing = false;

  @override
  void dispose() {
    _odometer.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: EdgeInsets.fromLTRB(16, 16, 16, MediaQuery.viewInsetsOf(context).bottom + 16),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          Text('${widget.shift.lineNumber} hattı vardiyasını bitir', style: Theme.of(context).textTheme.titleLarge),
          const SizedBox(height: 12),
          TextField(
            controller: _odometer,
            keyboardType: TextInputType.number,
            decoration: const InputDecoration(labelText: 'Bitiş kilometresi', suffixText: 'km'),
          ),
          const SizedBox(height: 16),
          FilledButton(
            onPressed: _closing
                ? null
                : () async {
                    final km = int.tryParse(_odometer.text);
                    if (km == null) return;
                    setState(() => _closing = true);
                    // closeShift'i km ile çağır, 10 sn'de cevap gelmezse 'Bağlantı yavaş' snackbar'ı göster; başarılıysa sheet'i kapat
                    if (mounted) setState(() => _closing = false);
                  },
            child: _closing
                ? const SizedBox.square(dimension: 20, child: CircularProgressIndicator(strokeWidth: 2))
                : const Text('Vardiyayı bitir'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
try {
  await widget.service
      .closeShift(widget.shift.id, endOdometerKm: km)
      .timeout(const Duration(seconds: 10));
  if (!context.mounted) return;
  Navigator.pop(context, true);
} on TimeoutException {
  if (!context.mounted) return;
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Bağlantı yavaş, tekrar deneyin')),
  );
}
""",
    ["closeShift", "km", "timeout", "TimeoutException | onTimeout", "showSnackBar", "pop"],
    must_not=["Future.delayed", "maybePop"],
    checks=[
        "call .timeout",
        "call Duration > 10 | 10000",
        "literal 'Bağlantı yavaş'",
        "order closeShift < .pop",
    ],
)

row(
    "navigation",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/donation_pickup.dart';
import '../widgets/box_count_stepper.dart';

class HandoverFormPage extends StatefulWidget {
  const HandoverFormPage({super.key, required this.pickup});

  final DonationPickup pickup;

  @override
  State<HandoverFormPage> createState() => _HandoverFormPageState();
}

class _HandoverFormPageState extends State<HandoverFormPage> {
  final _notes = TextEditingController();
  int _boxes = 0;
  bool _dirty = false;

  @override
  void dispose() {
    _notes.dispose();
    super.dispose();
  }

  Future<bool> _confirmDiscard() async {
    final result = await showDialog<bool>(
      context: context,
      builder: (context) => AlertDialog(
        title: const Text('Teslim formu kaydedilmedi'),
        content: const Text('Girdiğiniz kutu sayısı ve notlar silinsin mi?'),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
          TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Sil')),
        ],
      ),
    );
    return result ?? false;
  }

  @override
  Widget build(BuildContext context) {
    return PopScope<Object?>(
      canPop: !_dirty,
      onPopInvokedWithResult: (didPop, result) async {
        // sayfa zaten kapandıysa çık; yoksa _confirmDiscard ile sor, onay gelirse sayfayı kapat
      },
      child: Scaffold(
        appBar: AppBar(title: Text(widget.pickup.donorName)),
        body: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            BoxCountStepper(
              value: _boxes,
              onChanged: (value) => setState(() {
                _boxes = value;
                _dirty = true;
              }),
            ),
            const SizedBox(height: 12),
            TextField(
              controller: _notes,
              maxLines: 3,
              decoration: const InputDecoration(labelText: 'Teslim notu'),
              onChanged: (_) => setState(() => _dirty = true),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
if (didPop) return;
final discard = await _confirmDiscard();
if (discard && context.mounted) {
  Navigator.of(context).pop();
}
""",
    ["didPop", "_confirmDiscard", "pop"],
    must_not=["maybePop", "WillPopScope", "showDialog", "canPop"],
    checks=[
        "when !didPop > _confirmDiscard",
        "when _confirmDiscard > .pop",
    ],
)


# ================================================================ class_body

row(
    "http_json",
    "class_body",
    r"""
import '../models/donation_category.dart';

/// A donor's offer to hand over food, picked up by a volunteer within a time window.
class DonationOffer {
  const DonationOffer({
    required this.id,
    required this.donorName,
    required this.address,
    required this.category,
    required this.boxCount,
    required this.pickupFrom,
    required this.pickupUntil,
    this.refrigerated = false,
    this.note,
  });

  factory DonationOffer.fromJson(Map<String, dynamic> json) {
    return DonationOffer(
      id: json['id'] as String,
      donorName: json['donor_name'] as String,
      address: json['address'] as String,
      category: DonationCategory.values.byName(json['category'] as String),
      boxCount: json['box_count'] as int,
      pickupFrom: DateTime.parse(json['pickup_from'] as String),
      pickupUntil: DateTime.parse(json['pickup_until'] as String),
      refrigerated: json['refrigerated'] as bool? ?? false,
      note: json['note'] as String?,
    );
  }

  final String id;
  final String donorName;
  final String address;
  final DonationCategory category;
  final int boxCount;
  final DateTime pickupFrom;
  final DateTime pickupUntil;
  final bool refrigerated;
  final String? note;

  // fromJson'un tersi toJson; tarihler ISO 8601, not null ise anahtar hiç yazılmasın

  bool get isOpenNow {
    final now = DateTime.now();
    return now.isAfter(pickupFrom) && now.isBefore(pickupUntil);
  }
}
""",
    r"""
Map<String, dynamic> toJson() => {
      'id': id,
      'donor_name': donorName,
      'address': address,
      'category': category.name,
      'box_count': boxCount,
      'pickup_from': pickupFrom.toIso8601String(),
      'pickup_until': pickupUntil.toIso8601String(),
      'refrigerated': refrigerated,
      if (note != null) 'note': note,
    };
""",
    ["toJson", "toIso8601String", "category.name", "refrigerated"],
    must_not=["millisecondsSinceEpoch", "category.index", "toString()", "jsonEncode"],
    checks=[
        "literal 'donor_name'",
        "literal 'box_count'",
        "literal 'pickup_until'",
        "when != null > 'note'",
    ],
)

row(
    "storage",
    "class_body",
    r"""
import 'dart:convert';
import 'dart:io';

import 'package:path_provider/path_provider.dart';

import '../models/shift.dart';

/// Keeps the driver's weekly roster on the device so the app works without signal at the depot.
class RosterCache {
  RosterCache({this.fileName = 'roster.json'});

  final String fileName;

  Future<File> _file() async {
    final dir = await getApplicationSupportDirectory();
    final folder = Directory('${dir.path}/offline');
    if (!await folder.exists()) await folder.create(recursive: true);
    return File('${folder.path}/$fileName');
  }

  Future<void> save(List<Shift> shifts) async {
    if (shifts.isEmpty) {
      await clear();
      return;
    }
    final file = await _file();
    final data = {
      'saved_at': DateTime.now().toIso8601String(),
      'shifts': shifts.map((s) => s.toJson()).toList(),
    };
    await file.writeAsString(jsonEncode(data), flush: true);
  }

  // kayıtlı çizelgeyi oku; dosya yoksa ya da 12 saatten eskiyse null dön

  Future<void> clear() async {
    final file = await _file();
    if (await file.exists()) await file.delete();
  }
}
""",
    r"""
Future<List<Shift>?> load() async {
  final file = await _file();
  if (!await file.exists()) return null;
  final data = jsonDecode(await file.readAsString()) as Map<String, dynamic>;
  final savedAt = DateTime.parse(data['saved_at'] as String);
  if (DateTime.now().difference(savedAt) > const Duration(hours: 12)) return null;
  return (data['shifts'] as List<dynamic>)
      .map((e) => Shift.fromJson(e as Map<String, dynamic>))
      .toList();
}
""",
    [
        "_file",
        "exists | existsSync | PathNotFoundException | FileSystemException",
        "readAsString | readAsStringSync",
        "jsonDecode | json.decode",
        "difference | isBefore | isAfter",
        "Shift.fromJson",
        "null",
    ],
    must_not=["SharedPreferences", "writeAsString", "delete"],
    checks=["literal 12 | 720 | 43200"],
)


# ================================================================ element

row(
    "state",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../models/duty_session.dart';
import '../widgets/route_progress_card.dart';

class DutyDashboard extends StatelessWidget {
  const DutyDashboard({super.key});

  @override
  Widget build(BuildContext context) {
    final session = context.watch<DutySession>();
    return Scaffold(
      appBar: AppBar(
        title: Text('Hat ${session.lineNumber} · ${session.vehiclePlate}'),
        actions: [
          if (session.onBreak)
            TextButton(onPressed: session.endBreak, child: const Text('Molayı bitir')),
        ],
      ),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          RouteProgressCard(
            stopsDone: session.stopsDone,
            stopsTotal: session.stopsTotal,
            delayMinutes: session.delayMinutes,
          ),
          const SizedBox(height: 16),
          // moladaysa breakRemaining'i dakika olarak göster, değilse startBreak'e bağlı 'Molayı başlat' butonu
          const SizedBox(height: 16),
          OutlinedButton.icon(
            onPressed: session.reportIncident,
            icon: const Icon(Icons.report_problem_outlined),
            label: const Text('Olay bildir'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
session.onBreak
    ? ListTile(
        leading: const Icon(Icons.free_breakfast),
        title: Text('Molada: ${session.breakRemaining.inMinutes} dk kaldı'),
      )
    : FilledButton.icon(
        onPressed: session.startBreak,
        icon: const Icon(Icons.free_breakfast_outlined),
        label: const Text('Molayı başlat'),
      ),
""",
    ["onBreak", "breakRemaining", "inMinutes | inSeconds", "startBreak"],
    must_not=["endBreak", "context.read", "setState"],
    checks=[
        "when onBreak > breakRemaining",
        "when !onBreak > startBreak",
        "literal 'Molayı başlat'",
    ],
)

row(
    "storage",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class VolunteerPreferencesPage extends StatefulWidget {
  const VolunteerPreferencesPage({super.key, required this.prefs});

  final SharedPreferences prefs;

  @override
  State<VolunteerPreferencesPage> createState() => _VolunteerPreferencesPageState();
}

class _VolunteerPreferencesPageState extends State<VolunteerPreferencesPage> {
  static const _radiusKey = 'pickup_radius_km';
  static const _refrigeratedKey = 'refrigerated_only';
  static const _vehicleKey = 'vehicle_type';

  late double _radiusKm = widget.prefs.getDouble(_radiusKey) ?? 10;
  late bool _refrigeratedOnly = widget.prefs.getBool(_refrigeratedKey) ?? false;
  late String _vehicle = widget.prefs.getString(_vehicleKey) ?? 'car';

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Alım tercihleri')),
      body: ListView(
        children: [
          ListTile(
            title: const Text('Alım yarıçapı'),
            subtitle: Slider(
              value: _radiusKm,
              min: 2,
              max: 40,
              divisions: 19,
              label: '${_radiusKm.round()} km',
              onChanged: (value) => setState(() => _radiusKm = value),
              onChangeEnd: (value) => widget.prefs.setDouble(_radiusKey, value),
            ),
          ),
          // sadece sogutmali bagislar icin anahtar, degisince prefs'e yaz
          Padding(
            padding: const EdgeInsets.all(16),
            child: SegmentedButton<String>(
              segments: const [
                ButtonSegment(value: 'car', label: Text('Otomobil'), icon: Icon(Icons.directions_car)),
                ButtonSegment(value: 'van', label: Text('Kamyonet'), icon: Icon(Icons.local_shipping)),
              ],
              selected: {_vehicle},
              onSelectionChanged: (selection) {
                setState(() => _vehicle = selection.first);
                widget.prefs.setString(_vehicleKey, _vehicle);
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
SwitchListTile(
  title: const Text('Sadece soğutmalı bağışlar'),
  secondary: const Icon(Icons.ac_unit),
  value: _refrigeratedOnly,
  onChanged: (value) {
    setState(() => _refrigeratedOnly = value);
    widget.prefs.setBool(_refrigeratedKey, value);
  },
),
""",
    ["_refrigeratedOnly", "setState", "setBool", "_refrigeratedKey"],
    must_not=["getBool", "setString", "SharedPreferences.getInstance"],
    checks=[
        "call SwitchListTile | SwitchListTile.adaptive | Switch | Switch.adaptive",
        "call SwitchListTile | SwitchListTile.adaptive | Switch | Switch.adaptive(onChanged: .setBool)",
    ],
)


# ================================================================ argument

row(
    "async",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/donor.dart';
import '../services/donor_directory.dart';

class DonorSearchField extends StatelessWidget {
  const DonorSearchField({super.key, required this.directory, required this.onDonorSelected});

  final DonorDirectory directory;
  final ValueChanged<Donor> onDonorSelected;

  @override
  Widget build(BuildContext context) {
    return Autocomplete<Donor>(
      // 3 harften sonra directory.search ile ara
      displayStringForOption: (donor) => donor.displayName,
      onSelected: onDonorSelected,
      fieldViewBuilder: (context, controller, focusNode, onFieldSubmitted) => TextField(
        controller: controller,
        focusNode: focusNode,
        onSubmitted: (_) => onFieldSubmitted(),
        decoration: const InputDecoration(
          labelText: 'Bağışçı',
          hintText: 'Market, restoran ya da kişi adı',
          prefixIcon: Icon(Icons.storefront_outlined),
        ),
      ),
      optionsViewBuilder: (context, onSelected, options) => Align(
        alignment: Alignment.topLeft,
        child: Material(
          elevation: 4,
          child: ConstrainedBox(
            constraints: const BoxConstraints(maxHeight: 280, maxWidth: 360),
            child: ListView(
              padding: EdgeInsets.zero,
              shrinkWrap: true,
              children: [
                for (final donor in options)
                  ListTile(
                    title: Text(donor.displayName),
                    subtitle: Text(donor.district),
                    onTap: () => onSelected(donor),
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
  if (query.length < 3) return const Iterable<Donor>.empty();
  return directory.search(query);
},
""",
    ["optionsBuilder", "directory.search", "text", "length"],
    must_not=["onDonorSelected", "setState"],
    checks=["when !length < 3 | length <= 2 > search"],
)

row(
    "navigation",
    "argument",
    r"""
import 'package:go_router/go_router.dart';

import '../screens/driver_profile_page.dart';
import '../screens/login_screen.dart';
import '../screens/route_error_page.dart';
import '../screens/shift_detail_page.dart';
import '../screens/shift_list_page.dart';
import '../services/driver_auth.dart';

GoRouter buildDriverRouter(DriverAuth auth) {
  return GoRouter(
    initialLocation: '/shifts',
    refreshListenable: auth,
    redirect: (context, state) {
      final atLogin = state.matchedLocation == '/login';
      if (!auth.isSignedIn) return atLogin ? null : '/login';
      return atLogin ? '/shifts' : null;
    },
    errorBuilder: (context, state) => RouteErrorPage(message: state.error?.message ?? 'Sayfa bulunamadı'),
    routes: [
      GoRoute(path: '/login', builder: (context, state) => const LoginScreen()),
      GoRoute(
        path: '/profile',
        builder: (context, state) => const DriverProfilePage(),
      ),
      GoRoute(
        path: '/shifts',
        builder: (context, state) => const ShiftListPage(),
        routes: [
          GoRoute(
            path: ':shiftId',
            // yoldaki shiftId'yi int'e çevir; geçersizse 'Vardiya bulunamadı' hata sayfası, geçerliyse detay
          ),
        ],
      ),
    ],
  );
}
""",
    r"""
builder: (context, state) {
  final id = int.tryParse(state.pathParameters['shiftId'] ?? '');
  if (id == null) return const RouteErrorPage(message: 'Vardiya bulunamadı');
  return ShiftDetailPage(shiftId: id);
},
""",
    ["builder | pageBuilder", "pathParameters", "tryParse", "RouteErrorPage", "ShiftDetailPage"],
    must_not=["queryParameters", "extra", "int.parse"],
    checks=[
        "literal 'shiftId'",
        "literal 'Vardiya bulunamadı'",
        "when == null > RouteErrorPage",
        "when !== null > ShiftDetailPage",
    ],
)


if __name__ == "__main__":
    ROWS.write()
