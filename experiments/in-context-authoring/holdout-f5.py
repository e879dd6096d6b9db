"""In-context held-out rows, batch 6 (holdout-f5): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics dart_language, async, widgets_layout, navigation,
state (4 each, spread over the positions); app domains a car-service workshop app (work orders, invoices,
appointments, parts) and a beekeeping hive-log app (hives, inspections, harvests, hive scales).

Run: .venv/bin/python experiments/in-context-authoring/holdout-f5.py  -> data/in_context/drafts/holdout-f5.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-f5", "holdf5")
row = ROWS.row

CALENDAR_ICONS = (
    "Icons.calendar_month | Icons.calendar_month_outlined | Icons.calendar_month_rounded | Icons.calendar_today"
    " | Icons.calendar_today_outlined | Icons.calendar_today_rounded | Icons.event | Icons.event_outlined"
    " | Icons.event_note | Icons.event_note_outlined | Icons.date_range | Icons.date_range_outlined"
    " | Icons.edit_calendar | Icons.edit_calendar_outlined | Icons.today | Icons.today_outlined"
    " | Icons.event_available | Icons.event_available_outlined | CupertinoIcons.calendar"
)


# ================================================================ statements

row(
    "dart_language",
    "statements",
    r"""
import 'package:intl/intl.dart';

sealed class OrderLine {
  const OrderLine(this.description);

  final String description;
}

class PartLine extends OrderLine {
  const PartLine(super.description, {required this.partNo, required this.quantity, required this.unitPrice});

  final String partNo;
  final int quantity;
  final double unitPrice;
}

class LaborLine extends OrderLine {
  const LaborLine(super.description, {required this.hours, required this.hourlyRate, this.technician});

  final double hours;
  final double hourlyRate;
  final String? technician;
}

class InvoiceSummary {
  const InvoiceSummary({required this.parts, required this.labor, required this.vat});

  final double parts;
  final double labor;
  final double vat;

  double get total => parts + labor + vat;
}

class InvoiceCalculator {
  const InvoiceCalculator({this.vatRate = 0.20, this.laborDiscount = 0});

  final double vatRate;
  final double laborDiscount;

  static final _currency = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');

  InvoiceSummary summarize(List<OrderLine> lines) {
    var partsTotal = 0.0;
    var laborTotal = 0.0;
    // her satırı türüne göre ayır: parça satırları partsTotal'a, işçilik satırları laborTotal'a eklensin

    laborTotal *= 1 - laborDiscount;
    final vat = (partsTotal + laborTotal) * vatRate;
    return InvoiceSummary(parts: partsTotal, labor: laborTotal, vat: vat);
  }

  String format(InvoiceSummary summary) => _currency.format(summary.total);
}
""",
    r"""
for (final line in lines) {
  switch (line) {
    case PartLine(:final quantity, :final unitPrice):
      partsTotal += quantity * unitPrice;
    case LaborLine(:final hours, :final hourlyRate):
      laborTotal += hours * hourlyRate;
  }
}
""",
    ["lines", "PartLine", "LaborLine", "partsTotal", "laborTotal", "quantity", "unitPrice", "hours", "hourlyRate"],
    must_not=["runtimeType", "laborDiscount", "vatRate"],
)

row(
    "widgets_layout",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/bee_hive.dart';
import 'colony_card.dart';

class ApiaryOverview extends StatelessWidget {
  const ApiaryOverview({super.key, required this.apiaryName, required this.hives, required this.onOpen});

  final String apiaryName;
  final List<BeeHive> hives;
  final ValueChanged<BeeHive> onOpen;

  Widget _card(BeeHive hive) => ColonyCard(hive: hive, onTap: () => onOpen(hive));

  @override
  Widget build(BuildContext context) {
    if (hives.isEmpty) {
      return Center(
        child: Padding(
          padding: const EdgeInsets.all(24),
          child: Text('$apiaryName arılığında henüz kovan yok', textAlign: TextAlign.center),
        ),
      );
    }
    // 600 pikselden genis ekranda 3 sutunlu grid, dar ekranda duz liste dondur
  }
}

class ApiaryPage extends StatelessWidget {
  const ApiaryPage({super.key, required this.apiaryName, required this.hives});

  final String apiaryName;
  final List<BeeHive> hives;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(apiaryName)),
      body: ApiaryOverview(
        apiaryName: apiaryName,
        hives: hives,
        onOpen: (hive) => Navigator.of(context).pushNamed('/kovan', arguments: hive.id),
      ),
      floatingActionButton: FloatingActionButton.extended(
        onPressed: () => Navigator.of(context).pushNamed('/kovan/yeni'),
        icon: const Icon(Icons.add),
        label: const Text('Kovan ekle'),
      ),
    );
  }
}
""",
    r"""
final isWide = MediaQuery.sizeOf(context).width > 600;
if (isWide) {
  return GridView.count(
    crossAxisCount: 3,
    padding: const EdgeInsets.all(12),
    mainAxisSpacing: 12,
    crossAxisSpacing: 12,
    children: [for (final hive in hives) _card(hive)],
  );
}
return ListView.builder(
  itemCount: hives.length,
  itemBuilder: (context, index) => _card(hives[index]),
);
""",
    ["MediaQuery | LayoutBuilder", "GridView", "ListView", "hives", "_card | ColonyCard"],
    must_not=["Wrap(", "Row("],
    checks=["literal 600", "literal 3", "call GridView | GridView.count | GridView.builder | GridView.extent"],
)

row(
    "navigation",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/vehicle.dart';
import '../models/work_order_draft.dart';
import 'vehicle_picker_page.dart';

class NewWorkOrderPage extends StatefulWidget {
  const NewWorkOrderPage({super.key});

  @override
  State<NewWorkOrderPage> createState() => _NewWorkOrderPageState();
}

class _NewWorkOrderPageState extends State<NewWorkOrderPage> {
  final _complaintController = TextEditingController();
  Vehicle? _vehicle;

  Future<void> _pickVehicle() async {
    // araç seçme sayfasını aç, seçilen araç dönerse _vehicle'a ata
  }

  @override
  void dispose() {
    _complaintController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final vehicle = _vehicle;
    return Scaffold(
      appBar: AppBar(title: const Text('Yeni iş emri')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          ListTile(
            leading: const Icon(Icons.directions_car),
            title: Text(vehicle?.plate ?? 'Araç seçin'),
            subtitle: vehicle == null ? null : Text('${vehicle.make} ${vehicle.model} · ${vehicle.mileage} km'),
            trailing: const Icon(Icons.chevron_right),
            onTap: _pickVehicle,
          ),
          const SizedBox(height: 12),
          TextField(
            controller: _complaintController,
            maxLines: 4,
            decoration: const InputDecoration(labelText: 'Müşteri şikayeti', border: OutlineInputBorder()),
          ),
          const SizedBox(height: 24),
          FilledButton(
            onPressed: vehicle == null
                ? null
                : () => Navigator.pop(
                      context,
                      WorkOrderDraft(vehicle: vehicle, complaint: _complaintController.text.trim()),
                    ),
            child: const Text('İş emri aç'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
final selected = await Navigator.of(context).push<Vehicle>(
  MaterialPageRoute(builder: (_) => const VehiclePickerPage()),
);
if (selected == null || !mounted) return;
setState(() => _vehicle = selected);
""",
    ["push", "VehiclePickerPage", "await | then", "_vehicle", "setState"],
    must_not=["pushReplacement", "pushAndRemoveUntil", "Navigator.pop"],
    checks=["call MaterialPageRoute | CupertinoPageRoute | PageRouteBuilder > VehiclePickerPage"],
)

row(
    "state",
    "statements",
    r"""
import 'package:flutter/foundation.dart';

enum WorkOrderStatus { received, diagnosing, waitingParts, inProgress, ready, delivered }

@immutable
class WorkOrder {
  const WorkOrder({required this.id, required this.plate, required this.status, this.technician});

  final String id;
  final String plate;
  final WorkOrderStatus status;
  final String? technician;

  WorkOrder copyWith({WorkOrderStatus? status, String? technician}) => WorkOrder(
        id: id,
        plate: plate,
        status: status ?? this.status,
        technician: technician ?? this.technician,
      );
}

class WorkOrderBoard extends ChangeNotifier {
  WorkOrderBoard(List<WorkOrder> initial) : _orders = [...initial];

  final List<WorkOrder> _orders;

  List<WorkOrder> get orders => List.unmodifiable(_orders);

  int get readyCount => _orders.where((o) => o.status == WorkOrderStatus.ready).length;

  List<WorkOrder> byStatus(WorkOrderStatus status) => _orders.where((o) => o.status == status).toList();

  void add(WorkOrder order) {
    _orders.add(order);
    notifyListeners();
  }

  void moveTo(String orderId, WorkOrderStatus status) {
    // id'si eşleşen iş emrinin durumunu değiştir, bulunamazsa çık; sonra dinleyenlere haber ver
  }

  void remove(String orderId) {
    _orders.removeWhere((o) => o.id == orderId);
    notifyListeners();
  }
}
""",
    r"""
final index = _orders.indexWhere((o) => o.id == orderId);
if (index == -1) return;
_orders[index] = _orders[index].copyWith(status: status);
notifyListeners();
""",
    ["_orders", "orderId", "copyWith | WorkOrder(", "status", "return", "notifyListeners"],
    must_not=["_orders.add", "removeWhere", "copyWith(technician"],
)

# ================================================================ callback

row(
    "dart_language",
    "callback",
    r"""
import 'package:flutter/material.dart';

enum ColonyStrength { weak, medium, strong }

class BeeHive {
  const BeeHive({required this.id, required this.name, required this.strength, required this.lastInspected});

  final String id;
  final String name;
  final ColonyStrength strength;
  final DateTime lastInspected;
}

class HiveListPage extends StatelessWidget {
  const HiveListPage({super.key, required this.hives});

  final List<BeeHive> hives;

  List<BeeHive> get _sorted {
    final sorted = [...hives];
    sorted.sort((a, b) {
      // zayıftan güçlüye sırala, güç aynıysa kovan adına göre
    });
    return sorted;
  }

  IconData _icon(ColonyStrength strength) => switch (strength) {
        ColonyStrength.weak => Icons.battery_1_bar,
        ColonyStrength.medium => Icons.battery_4_bar,
        ColonyStrength.strong => Icons.battery_full,
      };

  @override
  Widget build(BuildContext context) {
    final hives = _sorted;
    return Scaffold(
      appBar: AppBar(title: const Text('Kovanlar')),
      body: ListView.builder(
        itemCount: hives.length,
        itemBuilder: (context, index) {
          final hive = hives[index];
          return ListTile(
            leading: Icon(_icon(hive.strength)),
            title: Text(hive.name),
            subtitle: Text('Son muayene: ${hive.lastInspected.day}.${hive.lastInspected.month}'),
          );
        },
      ),
    );
  }
}
""",
    r"""
final byStrength = a.strength.index.compareTo(b.strength.index);
if (byStrength != 0) return byStrength;
return a.name.compareTo(b.name);
""",
    ["strength", "index | indexOf", "name", "compareTo", "return"],
    must_not=["b.strength.index.compareTo(a.strength.index)", "b.name.compareTo(a.name)", "lastInspected"],
)

row(
    "async",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/appointment.dart';
import '../models/part_order.dart';

abstract interface class WorkshopApi {
  Future<List<Appointment>> todayAppointments();
  Future<List<PartOrder>> pendingPartOrders();
  Future<void> markArrived(String appointmentId);
}

class TodayPage extends StatefulWidget {
  const TodayPage({super.key, required this.api, required this.initialAppointments});

  final WorkshopApi api;
  final List<Appointment> initialAppointments;

  @override
  State<TodayPage> createState() => _TodayPageState();
}

class _TodayPageState extends State<TodayPage> {
  late List<Appointment> _appointments = widget.initialAppointments;
  List<PartOrder> _parts = [];

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Bugün')),
      body: RefreshIndicator(
        onRefresh: () async {
          // randevuları ve bekleyen parçaları paralel çek, ikisi gelince ekranı güncelle
        },
        child: ListView(
          children: [
            for (final appointment in _appointments)
              ListTile(
                leading: const Icon(Icons.event),
                title: Text('${appointment.time} · ${appointment.plate}'),
                subtitle: Text(appointment.service),
                trailing: appointment.arrived
                    ? const Icon(Icons.check_circle, color: Colors.green)
                    : TextButton(
                        onPressed: () => widget.api.markArrived(appointment.id),
                        child: const Text('Geldi'),
                      ),
              ),
            if (_parts.isNotEmpty) const Divider(),
            for (final part in _parts)
              ListTile(
                leading: const Icon(Icons.local_shipping_outlined),
                title: Text(part.name),
                subtitle: Text('Beklenen: ${part.expectedDate}'),
              ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
final (appointments, parts) = await (
  widget.api.todayAppointments(),
  widget.api.pendingPartOrders(),
).wait;
if (!mounted) return;
setState(() {
  _appointments = appointments;
  _parts = parts;
});
""",
    ["Future.wait | .wait", "todayAppointments", "pendingPartOrders", "setState", "_appointments", "_parts"],
    must_not=["markArrived"],
)

row(
    "navigation",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';
import 'package:intl/intl.dart';

import '../models/bee_hive.dart';

class HiveList extends StatelessWidget {
  const HiveList({super.key, required this.hives});

  final List<BeeHive> hives;

  @override
  Widget build(BuildContext context) {
    final dateFormat = DateFormat('d MMM', 'tr_TR');
    if (hives.isEmpty) {
      return const Center(child: Text('Bu arılıkta kovan yok'));
    }
    return ListView.separated(
      itemCount: hives.length,
      separatorBuilder: (context, index) => const Divider(height: 1),
      itemBuilder: (context, index) {
        final hive = hives[index];
        return ListTile(
          leading: const Icon(Icons.hive_outlined),
          title: Text(hive.name),
          subtitle: Text('Son muayene: ${dateFormat.format(hive.lastInspected)}'),
          trailing: IconButton(
            icon: const Icon(Icons.edit_note),
            tooltip: 'Yeni muayene',
            onPressed: () => context.push('/kovanlar/${hive.id}/muayene/yeni'),
          ),
          onTap: () {
            // /kovanlar/:id/muayeneler sayfasını aç, hive nesnesini extra olarak gönder
          },
        );
      },
    );
  }
}
""",
    r"""
context.push('/kovanlar/${hive.id}/muayeneler', extra: hive);
""",
    ["context.push | context.go | GoRouter.of", "hive.id", "extra: hive"],
    must_not=["Navigator.push", "queryParameters", "muayene/yeni"],
    checks=["literal '/kovanlar/'", "literal '/muayeneler'"],
)

row(
    "state",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../models/bee_hive.dart';

class HiveFilter extends ChangeNotifier {
  bool _onlyWeak = false;
  String? _apiaryId;

  bool get onlyWeak => _onlyWeak;
  String? get apiaryId => _apiaryId;

  set onlyWeak(bool value) {
    if (value == _onlyWeak) return;
    _onlyWeak = value;
    notifyListeners();
  }

  void selectApiary(String? id) {
    _apiaryId = id;
    notifyListeners();
  }

  bool matches(BeeHive hive) =>
      (!_onlyWeak || hive.strength == ColonyStrength.weak) && (_apiaryId == null || hive.apiaryId == _apiaryId);
}

class HiveFilterBar extends StatelessWidget {
  const HiveFilterBar({super.key});

  @override
  Widget build(BuildContext context) {
    final filter = context.watch<HiveFilter>();
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 8),
      child: Row(
        children: [
          FilterChip(
            label: const Text('Sadece zayıf kovanlar'),
            selected: filter.onlyWeak,
            onSelected: (selected) {
              // secimi HiveFilter'a kaydet, liste ona gore guncellensin
            },
          ),
          const Spacer(),
          IconButton(
            icon: const Icon(Icons.filter_alt_off),
            tooltip: 'Filtreyi temizle',
            onPressed: () {
              final f = context.read<HiveFilter>();
              f.onlyWeak = false;
              f.selectApiary(null);
            },
          ),
        ],
      ),
    );
  }
}
""",
    r"""
context.read<HiveFilter>().onlyWeak = selected;
""",
    ["onlyWeak", "selected", "context.read | filter | Provider.of"],
    must_not=["context.watch", "setState", "notifyListeners", "_onlyWeak", "selectApiary"],
)

# ================================================================ class_body

row(
    "dart_language",
    "class_body",
    r"""
import 'package:intl/intl.dart';

class Money implements Comparable<Money> {
  const Money(this.cents, [this.currency = 'TRY']);

  factory Money.fromDouble(double amount, [String currency = 'TRY']) => Money((amount * 100).round(), currency);

  final int cents;
  final String currency;

  static const zero = Money(0);

  bool get isZero => cents == 0;

  Money operator *(num factor) => Money((cents * factor).round(), currency);

  // iki tutari toplayan + operatoru yaz, para birimleri farkliysa ArgumentError firlatsin

  @override
  int compareTo(Money other) => cents.compareTo(other.cents);

  @override
  bool operator ==(Object other) => other is Money && other.cents == cents && other.currency == currency;

  @override
  int get hashCode => Object.hash(cents, currency);

  String format() => NumberFormat.currency(locale: 'tr_TR', name: currency).format(cents / 100);
}

class ServiceItem {
  const ServiceItem(this.title, this.price, {this.quantity = 1});

  final String title;
  final Money price;
  final int quantity;

  Money get total => price * quantity;
}

extension ServiceItemTotals on Iterable<ServiceItem> {
  Money get grandTotal => fold(Money.zero, (sum, item) => sum + item.total);
}
""",
    r"""
Money operator +(Money other) {
  if (other.currency != currency) {
    throw ArgumentError.value(other.currency, 'other', 'Para birimi $currency olmalı');
  }
  return Money(cents + other.cents, currency);
}
""",
    ["operator +", "currency", "cents", "throw", "ArgumentError"],
    must_not=["Exception(", "StateError", "operator -"],
    checks=["call ArgumentError | ArgumentError.value"],
)

row(
    "async",
    "class_body",
    r"""
import 'dart:convert';
import 'dart:io';

import 'package:http/http.dart' as http;

import '../models/inspection.dart';

class HiveCloudSync {
  HiveCloudSync(this._client, {required this.baseUrl});

  static const _maxAttempts = 3;
  static const _retryDelay = Duration(seconds: 5);

  final http.Client _client;
  final String baseUrl;

  // _withRetry: istek hata verirse _retryDelay kadar bekleyip tekrar denesin, _maxAttempts denemeden sonra hatayı fırlatsın

  Future<void> uploadInspection(Inspection inspection) async {
    final response = await _withRetry(
      () => _client.post(
        Uri.parse('$baseUrl/inspections'),
        headers: {'Content-Type': 'application/json'},
        body: jsonEncode(inspection.toJson()),
      ),
    );
    if (response.statusCode != 201) {
      throw HttpException('Muayene gönderilemedi (${response.statusCode})');
    }
  }

  Future<List<Inspection>> fetchForHive(String hiveId) async {
    final response = await _withRetry(() => _client.get(Uri.parse('$baseUrl/hives/$hiveId/inspections')));
    final data = jsonDecode(response.body) as List<dynamic>;
    return data.map((e) => Inspection.fromJson(e as Map<String, dynamic>)).toList();
  }

  void close() => _client.close();
}
""",
    r"""
Future<T> _withRetry<T>(Future<T> Function() request) async {
  var attempt = 0;
  while (true) {
    try {
      return await request();
    } on Exception {
      attempt++;
      if (attempt >= _maxAttempts) rethrow;
      await Future.delayed(_retryDelay);
    }
  }
}
""",
    [
        "_withRetry",
        "Future.delayed | Future<void>.delayed",
        "_retryDelay",
        "_maxAttempts",
        "try | catchError",
        "rethrow | throw | Error.throwWithStackTrace | Future.error",
    ],
    must_not=["sleep(", "Timer.periodic"],
)

row(
    "widgets_layout",
    "class_body",
    r"""
import 'package:flutter/material.dart';

class WorkshopAppBar extends StatelessWidget implements PreferredSizeWidget {
  const WorkshopAppBar({super.key, required this.plate, required this.customer, this.status});

  final String plate;
  final String customer;
  final Widget? status;

  // yüksekliği 72 olan preferredSize eksik

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return AppBar(
      toolbarHeight: 72,
      titleSpacing: 0,
      title: Row(
        children: [
          Container(
            padding: const EdgeInsets.symmetric(horizontal: 10, vertical: 6),
            decoration: BoxDecoration(
              color: scheme.surface,
              border: Border.all(color: scheme.onSurface, width: 2),
              borderRadius: BorderRadius.circular(4),
            ),
            child: Text(plate, style: const TextStyle(fontWeight: FontWeight.bold, letterSpacing: 1.5)),
          ),
          const SizedBox(width: 12),
          Expanded(child: Text(customer, overflow: TextOverflow.ellipsis)),
        ],
      ),
      actions: [
        if (status != null) Padding(padding: const EdgeInsets.only(right: 12), child: status),
      ],
    );
  }
}

class WorkOrderScaffold extends StatelessWidget {
  const WorkOrderScaffold({super.key, required this.plate, required this.customer, required this.body});

  final String plate;
  final String customer;
  final Widget body;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: WorkshopAppBar(plate: plate, customer: customer, status: const Chip(label: Text('Serviste'))),
      body: body,
    );
  }
}
""",
    r"""
@override
Size get preferredSize => const Size.fromHeight(72);
""",
    ["preferredSize", "Size.fromHeight | Size("],
    must_not=["kToolbarHeight", "PreferredSize("],
    checks=["literal 72"],
)

row(
    "state",
    "class_body",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/bee_hive.dart';
import '../services/scale_service.dart';

class HiveWeightTile extends StatefulWidget {
  const HiveWeightTile({super.key, required this.hive, required this.scale});

  final BeeHive hive;
  final ScaleService scale;

  @override
  State<HiveWeightTile> createState() => _HiveWeightTileState();
}

class _HiveWeightTileState extends State<HiveWeightTile> {
  late StreamSubscription<double> _sub;
  double? _kg;

  @override
  void initState() {
    super.initState();
    _sub = widget.scale.weights(widget.hive.id).listen(_onWeight);
  }

  void _onWeight(double kg) => setState(() => _kg = kg);

  // hive değişirse eski tartı aboneliğini kapatıp yeni kovanın ağırlık akışına abone ol

  @override
  void dispose() {
    _sub.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final kg = _kg;
    return ListTile(
      leading: const Icon(Icons.scale),
      title: Text(widget.hive.name),
      subtitle: Text(widget.hive.apiaryName),
      trailing: Text(
        kg == null ? '—' : '${kg.toStringAsFixed(1)} kg',
        style: Theme.of(context).textTheme.titleMedium,
      ),
    );
  }
}
""",
    r"""
@override
void didUpdateWidget(covariant HiveWeightTile oldWidget) {
  super.didUpdateWidget(oldWidget);
  if (oldWidget.hive.id != widget.hive.id) {
    _sub.cancel();
    _kg = null;
    _sub = widget.scale.weights(widget.hive.id).listen(_onWeight);
  }
}
""",
    ["didUpdateWidget", "super.didUpdateWidget", "hive", "_sub", "cancel", "weights", "listen"],
    must_not=["initState", "dispose"],
    checks=["call .cancel", "call .listen"],
)

# ================================================================ element

row(
    "dart_language",
    "element",
    r"""
import 'package:intl/intl.dart';

class Inspection {
  const Inspection({
    required this.hiveId,
    required this.date,
    required this.broodFrames,
    required this.queenSeen,
    this.varroaCount,
    this.notes,
  });

  final String hiveId;
  final DateTime date;
  final int broodFrames;
  final bool queenSeen;
  final int? varroaCount;
  final String? notes;

  factory Inspection.fromJson(Map<String, dynamic> json) => Inspection(
        hiveId: json['hiveId'] as String,
        date: DateTime.parse(json['date'] as String),
        broodFrames: json['broodFrames'] as int,
        queenSeen: json['queenSeen'] as bool? ?? false,
        varroaCount: json['varroaCount'] as int?,
        notes: json['notes'] as String?,
      );

  bool get needsTreatment => (varroaCount ?? 0) > 3;

  String get dayLabel => DateFormat('d MMMM y', 'tr_TR').format(date);

  Map<String, dynamic> toJson() => {
        'hiveId': hiveId,
        'date': date.toIso8601String(),
        'broodFrames': broodFrames,
        'queenSeen': queenSeen,
        // varroa sayıldıysa varroaCount'u, not girildiyse notes'u da ekle
      };
}
""",
    r"""
if (varroaCount != null) 'varroaCount': varroaCount,
if (notes != null && notes!.isNotEmpty) 'notes': notes,
""",
    ["if", "varroaCount", "notes"],
    must_not=["?? 0", "?? ''", "needsTreatment"],
    checks=["literal 'varroaCount'", "literal 'notes'"],
)

row(
    "async",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/bee_hive.dart';
import '../services/harvest_repository.dart';

class HiveSummaryPage extends StatefulWidget {
  const HiveSummaryPage({super.key, required this.hive, required this.harvests});

  final BeeHive hive;
  final HarvestRepository harvests;

  @override
  State<HiveSummaryPage> createState() => _HiveSummaryPageState();
}

class _HiveSummaryPageState extends State<HiveSummaryPage> {
  late final Future<double> _harvestFuture = widget.harvests.totalKg(widget.hive.id, season: DateTime.now().year);

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    return Scaffold(
      appBar: AppBar(title: Text(widget.hive.name)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          Text('Bu sezonki bal hasadı', style: textTheme.titleMedium),
          const SizedBox(height: 8),
          // _harvestFuture bitene kadar spinner göster, gelince toplam hasadı 'kg' ile yaz
          const Divider(height: 32),
          ListTile(
            leading: const Icon(Icons.hive),
            title: const Text('Ana arı yılı'),
            trailing: Text('${widget.hive.queenYear}'),
          ),
          ListTile(
            leading: const Icon(Icons.grid_view),
            title: const Text('Çerçeve sayısı'),
            trailing: Text('${widget.hive.frameCount}'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
FutureBuilder<double>(
  future: _harvestFuture,
  builder: (context, snapshot) {
    if (snapshot.connectionState != ConnectionState.done) {
      return const Center(child: CircularProgressIndicator());
    }
    if (snapshot.hasError) {
      return const Text('Hasat bilgisi alınamadı');
    }
    return Text('${snapshot.data!.toStringAsFixed(1)} kg', style: textTheme.headlineMedium);
  },
),
""",
    [
        "FutureBuilder",
        "_harvestFuture",
        "CircularProgressIndicator | CircularProgressIndicator.adaptive | LinearProgressIndicator",
        "data | requireData",
    ],
    must_not=["widget.harvests.totalKg", "StreamBuilder"],
    checks=["call FutureBuilder(future, builder)", "literal 'kg'"],
)

row(
    "widgets_layout",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/bee_hive.dart';

class HiveTile extends StatelessWidget {
  const HiveTile({super.key, required this.hive, this.onTap});

  final BeeHive hive;
  final VoidCallback? onTap;

  Color _strengthColor(ColonyStrength strength) => switch (strength) {
        ColonyStrength.weak => Colors.red,
        ColonyStrength.medium => Colors.orange,
        ColonyStrength.strong => Colors.green,
      };

  @override
  Widget build(BuildContext context) {
    return InkWell(
      onTap: onTap,
      child: Padding(
        padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 12),
        child: Row(
          children: [
            Icon(Icons.hive, color: Colors.amber.shade700),
            const SizedBox(width: 12),
            // kovan adı kalan alanı doldursun, sığmazsa tek satırda ... ile kesilsin
            const SizedBox(width: 8),
            Container(
              width: 12,
              height: 12,
              decoration: BoxDecoration(color: _strengthColor(hive.strength), shape: BoxShape.circle),
            ),
            const SizedBox(width: 8),
            Text('${hive.frameCount} çerçeve', style: Theme.of(context).textTheme.bodySmall),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
Expanded(
  child: Text(
    hive.name,
    maxLines: 1,
    overflow: TextOverflow.ellipsis,
    style: Theme.of(context).textTheme.titleMedium,
  ),
),
""",
    ["Expanded | Flexible", "hive.name", "TextOverflow.ellipsis", "maxLines | softWrap"],
    must_not=["TextOverflow.fade", "TextOverflow.clip", "FittedBox", "SizedBox(width:"],
    checks=["call Expanded | Flexible > Text"],
)

row(
    "navigation",
    "element",
    r"""
import 'package:flutter/material.dart';

import 'appointments_page.dart';
import 'new_work_order_page.dart';
import 'orders_page.dart';
import 'parts_page.dart';

class WorkshopHome extends StatefulWidget {
  const WorkshopHome({super.key});

  @override
  State<WorkshopHome> createState() => _WorkshopHomeState();
}

class _WorkshopHomeState extends State<WorkshopHome> {
  int _index = 0;

  static const _pages = [OrdersPage(), AppointmentsPage(), PartsPage()];

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: IndexedStack(index: _index, children: _pages),
      floatingActionButton: _index == 0
          ? FloatingActionButton(
              tooltip: 'Yeni iş emri',
              onPressed: () => Navigator.of(context).push(
                MaterialPageRoute(builder: (_) => const NewWorkOrderPage()),
              ),
              child: const Icon(Icons.add),
            )
          : null,
      bottomNavigationBar: NavigationBar(
        selectedIndex: _index,
        onDestinationSelected: (i) => setState(() => _index = i),
        destinations: const [
          NavigationDestination(
            icon: Icon(Icons.build_outlined),
            selectedIcon: Icon(Icons.build),
            label: 'İş emirleri',
          ),
          // takvim ikonlu bir 'Randevular' sekmesi ekle
          NavigationDestination(
            icon: Icon(Icons.inventory_2_outlined),
            selectedIcon: Icon(Icons.inventory_2),
            label: 'Parçalar',
          ),
        ],
      ),
    );
  }
}
""",
    r"""
NavigationDestination(
  icon: Icon(Icons.calendar_month_outlined),
  selectedIcon: Icon(Icons.calendar_month),
  label: 'Randevular',
),
""",
    ["NavigationDestination", CALENDAR_ICONS],
    must_not=["BottomNavigationBarItem", "NavigationRailDestination", "AppointmentsPage"],
    checks=["literal 'Randevular'", "call NavigationDestination(icon, label)"],
)

# ================================================================ argument

row(
    "async",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/work_order.dart';

abstract interface class WorkOrderService {
  Future<void> closeOrder(String orderId, {required int mileage, String? note});
}

class CloseOrderPage extends StatefulWidget {
  const CloseOrderPage({super.key, required this.order, required this.service});

  final WorkOrder order;
  final WorkOrderService service;

  @override
  State<CloseOrderPage> createState() => _CloseOrderPageState();
}

class _CloseOrderPageState extends State<CloseOrderPage> {
  final _mileageController = TextEditingController();
  final _noteController = TextEditingController();

  @override
  void dispose() {
    _mileageController.dispose();
    _noteController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('İş emri #${widget.order.number}')),
      body: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            TextField(
              controller: _mileageController,
              keyboardType: TextInputType.number,
              decoration: const InputDecoration(labelText: 'Teslim kilometresi'),
            ),
            const SizedBox(height: 12),
            TextField(
              controller: _noteController,
              maxLines: 3,
              decoration: const InputDecoration(labelText: 'Müşteriye not'),
            ),
            const Spacer(),
            FilledButton(
              // iş emrini kapat; bitince sayfadan çık, hata olursa snackbar göster
              child: const Text('Aracı teslim et'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
onPressed: () async {
  try {
    await widget.service.closeOrder(
      widget.order.id,
      mileage: int.parse(_mileageController.text),
      note: _noteController.text.trim(),
    );
    if (!context.mounted) return;
    Navigator.of(context).pop(true);
  } catch (e) {
    if (!context.mounted) return;
    ScaffoldMessenger.of(context).showSnackBar(
      SnackBar(content: Text('İş emri kapatılamadı: $e')),
    );
  }
},
""",
    [
        "onPressed",
        "async | then",
        "await | then",
        "closeOrder",
        "widget.order.id",
        "_mileageController",
        "pop | maybePop",
        "try | catchError | onError",
        "showSnackBar",
        "SnackBar",
    ],
    must_not=["Navigator.push", "pushReplacement"],
)

row(
    "widgets_layout",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/work_order.dart';

class WorkOrderCard extends StatelessWidget {
  const WorkOrderCard({super.key, required this.order, this.onTap});

  final WorkOrder order;
  final VoidCallback? onTap;

  @override
  Widget build(BuildContext context) {
    final time = DateFormat.Hm('tr_TR').format(order.promisedAt);
    return Card(
      margin: const EdgeInsets.symmetric(horizontal: 12, vertical: 6),
      clipBehavior: Clip.antiAlias,
      // köşeler 12 yuvarlak olsun, acil iş emirlerinde 2 kalınlığında kırmızı kenarlık çiz
      child: ListTile(
        onTap: onTap,
        leading: CircleAvatar(child: Text(order.bay.toString())),
        title: Text('${order.plate} · ${order.vehicleModel}'),
        subtitle: Text(order.complaint, maxLines: 2, overflow: TextOverflow.ellipsis),
        trailing: Column(
          mainAxisAlignment: MainAxisAlignment.center,
          crossAxisAlignment: CrossAxisAlignment.end,
          children: [
            if (order.urgent) const Icon(Icons.priority_high, color: Colors.red),
            Text('Teslim $time'),
          ],
        ),
      ),
    );
  }
}

class WorkOrderList extends StatelessWidget {
  const WorkOrderList({super.key, required this.orders, required this.onOpen});

  final List<WorkOrder> orders;
  final ValueChanged<WorkOrder> onOpen;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      padding: const EdgeInsets.symmetric(vertical: 8),
      itemCount: orders.length,
      itemBuilder: (context, index) => WorkOrderCard(order: orders[index], onTap: () => onOpen(orders[index])),
    );
  }
}
""",
    r"""
shape: RoundedRectangleBorder(
  borderRadius: BorderRadius.circular(12),
  side: order.urgent ? const BorderSide(color: Colors.red, width: 2) : BorderSide.none,
),
""",
    [
        "shape",
        "RoundedRectangleBorder",
        "circular",
        "BorderSide",
        "order.urgent",
        "Colors.red | Colors.redAccent | colorScheme.error | Colors.red.shade700 | Colors.red.shade600",
    ],
    must_not=["Border.all", "BeveledRectangleBorder", "StadiumBorder"],
    checks=["literal 12", "literal 2", "call RoundedRectangleBorder(borderRadius, side)"],
)

row(
    "navigation",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'pages/apiary_page.dart';
import 'pages/hive_detail_page.dart';
import 'pages/new_inspection_page.dart';

final router = GoRouter(
  initialLocation: '/kovanlar',
  routes: [
    GoRoute(
      path: '/kovanlar',
      builder: (context, state) => const ApiaryPage(),
      routes: [
        GoRoute(
          path: ':id',
          builder: (context, state) => HiveDetailPage(hiveId: state.pathParameters['id']!),
          routes: [
            GoRoute(
              path: 'muayene/yeni',
              // bu ekran alttan yukari kayarak acilsin, gecis 250 ms surmeli
            ),
          ],
        ),
      ],
    ),
  ],
);

class BeeLogApp extends StatelessWidget {
  const BeeLogApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(
      title: 'Arı Günlüğü',
      theme: ThemeData(colorSchemeSeed: Colors.amber),
      routerConfig: router,
    );
  }
}
""",
    r"""
pageBuilder: (context, state) => CustomTransitionPage(
  key: state.pageKey,
  transitionDuration: const Duration(milliseconds: 250),
  child: NewInspectionPage(hiveId: state.pathParameters['id']!),
  transitionsBuilder: (context, animation, secondaryAnimation, child) => SlideTransition(
    position: Tween(begin: const Offset(0, 1), end: Offset.zero)
        .chain(CurveTween(curve: Curves.easeOut))
        .animate(animation),
    child: child,
  ),
),
""",
    [
        "pageBuilder",
        "CustomTransitionPage",
        "transitionsBuilder",
        "SlideTransition",
        "Offset(0, 1) | Offset(0.0, 1.0) | Offset(0, 1.0) | Offset(0.0, 1)",
        "NewInspectionPage",
        "Duration",
    ],
    must_not=["FadeTransition", "Offset(1, 0)", "Offset(1.0, 0.0)", "Offset(0, -1)", "Offset(0.0, -1.0)"],
    checks=["literal 250", "call CustomTransitionPage(child, transitionsBuilder)"],
)

row(
    "state",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../state/work_order_board.dart';
import 'ready_vehicles_page.dart';

class ReadyBadgeButton extends StatelessWidget {
  const ReadyBadgeButton({super.key});

  @override
  Widget build(BuildContext context) {
    return Selector<WorkOrderBoard, int>(
      // sadece board.readyCount değişince yeniden çizilsin
      builder: (context, ready, child) => Badge(
        isLabelVisible: ready > 0,
        label: Text('$ready'),
        child: child,
      ),
      child: IconButton(
        icon: const Icon(Icons.car_repair),
        tooltip: 'Teslime hazır araçlar',
        onPressed: () => Navigator.of(context).push(
          MaterialPageRoute(builder: (_) => const ReadyVehiclesPage()),
        ),
      ),
    );
  }
}

class WorkshopTopBar extends StatelessWidget implements PreferredSizeWidget {
  const WorkshopTopBar({super.key, required this.title});

  final String title;

  @override
  Size get preferredSize => const Size.fromHeight(kToolbarHeight);

  @override
  Widget build(BuildContext context) {
    return AppBar(
      title: Text(title),
      actions: const [ReadyBadgeButton(), SizedBox(width: 8)],
    );
  }
}
""",
    r"""
selector: (context, board) => board.readyCount,
""",
    ["selector", "readyCount"],
    must_not=["context.watch", "orders.length", "Consumer"],
)


if __name__ == "__main__":
    ROWS.write()
