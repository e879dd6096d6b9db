"""In-context held-out rows, batch 6 (holdout-f1): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics lists, forms, navigation, dialogs (5 each, one per
position); app domains a hiking-trail guide app and a food-delivery courier app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-f1.py  -> data/in_context/drafts/holdout-f1.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-f1", "holdf1")
row = ROWS.row


# ================================================================ statements

row(
    "lists",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/delivery.dart';
import '../services/courier_api.dart';

class DeliveryHistoryPage extends StatefulWidget {
  const DeliveryHistoryPage({super.key, required this.api});

  final CourierApi api;

  @override
  State<DeliveryHistoryPage> createState() => _DeliveryHistoryPageState();
}

class _DeliveryHistoryPageState extends State<DeliveryHistoryPage> {
  final _deliveries = <Delivery>[];
  final _scrollController = ScrollController();
  int _page = 0;
  bool _loading = false;
  bool _hasMore = true;

  @override
  void initState() {
    super.initState();
    _scrollController.addListener(() {
      if (_scrollController.position.extentAfter < 300) _loadMore();
    });
    _refresh();
  }

  @override
  void dispose() {
    _scrollController.dispose();
    super.dispose();
  }

  Future<void> _refresh() async {
    final first = await widget.api.deliveries(page: 1, perPage: 20);
    if (!mounted) return;
    setState(() {
      _deliveries
        ..clear()
        ..addAll(first);
      _page = 1;
      _hasMore = first.length == 20;
    });
  }

  Future<void> _loadMore() async {
    if (_loading || !_hasMore) return;
    // sıradaki sayfayı 20'şer kayıtla çek ve listenin sonuna ekle; 20'den az gelirse _hasMore'u kapat
  }

  @override
  Widget build(BuildContext context) {
    final time = DateFormat('d MMM HH:mm', 'tr');
    return Scaffold(
      appBar: AppBar(title: const Text('Geçmiş teslimatlar')),
      body: RefreshIndicator(
        onRefresh: _refresh,
        child: ListView.builder(
          controller: _scrollController,
          itemCount: _deliveries.length + (_hasMore ? 1 : 0),
          itemBuilder: (context, index) {
            if (index == _deliveries.length) {
              return const Padding(
                padding: EdgeInsets.all(16),
                child: Center(child: CircularProgressIndicator()),
              );
            }
            final delivery = _deliveries[index];
            return ListTile(
              title: Text(delivery.restaurantName),
              subtitle: Text(time.format(delivery.deliveredAt)),
              trailing: Text('${delivery.fee.toStringAsFixed(2)} ₺'),
            );
          },
        ),
      ),
    );
  }
}
""",
    r"""
setState(() => _loading = true);
try {
  final next = await widget.api.deliveries(page: _page + 1, perPage: 20);
  if (!mounted) return;
  setState(() {
    _page++;
    _deliveries.addAll(next);
    _hasMore = next.length == 20;
  });
} finally {
  if (mounted) setState(() => _loading = false);
}
""",
    ["widget.api.deliveries", "_page | _deliveries.length", "addAll | add | insertAll", "_hasMore", "setState"],
    must_not=["clear", "page: 1"],
    checks=["literal 20", "call setState"],
)

row(
    "forms",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../services/hike_plan_service.dart';

class PlanHikePage extends StatefulWidget {
  const PlanHikePage({super.key, required this.trailId, required this.service});

  final String trailId;
  final HikePlanService service;

  @override
  State<PlanHikePage> createState() => _PlanHikePageState();
}

class _PlanHikePageState extends State<PlanHikePage> {
  final _formKey = GlobalKey<FormState>();
  final _dateController = TextEditingController();
  final _groupController = TextEditingController(text: '1');
  final _dateFormat = DateFormat('dd.MM.yyyy');
  DateTime? _date;

  @override
  void dispose() {
    _dateController.dispose();
    _groupController.dispose();
    super.dispose();
  }

  Future<void> _pickDate() async {
    // tarih seçtir: bugünden 1 yıl sonrasına kadar; seçilen günü _date'e ve _dateController'a yaz
  }

  Future<void> _save() async {
    if (!_formKey.currentState!.validate()) return;
    await widget.service.plan(widget.trailId, _date!, int.parse(_groupController.text));
    if (mounted) Navigator.of(context).pop(true);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Yürüyüş planla')),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextFormField(
              controller: _dateController,
              readOnly: true,
              onTap: _pickDate,
              decoration: const InputDecoration(labelText: 'Tarih', suffixIcon: Icon(Icons.event)),
              validator: (value) => _date == null ? 'Tarih seçin' : null,
            ),
            const SizedBox(height: 12),
            TextFormField(
              controller: _groupController,
              keyboardType: TextInputType.number,
              decoration: const InputDecoration(labelText: 'Kişi sayısı'),
              validator: (value) => (int.tryParse(value ?? '') ?? 0) < 1 ? 'En az 1 kişi' : null,
            ),
            const SizedBox(height: 24),
            FilledButton(onPressed: _save, child: const Text('Planı kaydet')),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
final now = DateTime.now();
final picked = await showDatePicker(
  context: context,
  initialDate: _date ?? now,
  firstDate: now,
  lastDate: DateTime(now.year + 1, now.month, now.day),
);
if (picked == null) return;
setState(() => _date = picked);
_dateController.text = _dateFormat.format(picked);
""",
    [
        "showDatePicker",
        "firstDate",
        "lastDate",
        "year + 1 | 365 | 366",
        "_date =",
        "_dateController.text",
        "_dateFormat.format | DateFormat",
    ],
    must_not=["showTimePicker", "showDateRangePicker"],
    checks=["call showDatePicker(firstDate, lastDate)"],
)

row(
    "navigation",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import '../models/order_offer.dart';
import '../services/dispatch_service.dart';

class OfferPage extends StatefulWidget {
  const OfferPage({super.key, required this.offer, required this.dispatch});

  final OrderOffer offer;
  final DispatchService dispatch;

  @override
  State<OfferPage> createState() => _OfferPageState();
}

class _OfferPageState extends State<OfferPage> {
  bool _busy = false;

  Future<void> _accept() async {
    setState(() => _busy = true);
    final ok = await widget.dispatch.accept(widget.offer.orderId);
    if (!mounted) return;
    setState(() => _busy = false);
    if (!ok) {
      ScaffoldMessenger.of(context).showSnackBar(
        const SnackBar(content: Text('Sipariş başka bir kuryeye verildi')),
      );
      context.pop();
      return;
    }
    // bu ekranin yerine 'pickup' adli rotayi ac, orderId path parametresi olarak gitsin
  }

  @override
  Widget build(BuildContext context) {
    final offer = widget.offer;
    return Scaffold(
      appBar: AppBar(title: const Text('Yeni sipariş')),
      body: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            Text(offer.restaurantName, style: Theme.of(context).textTheme.headlineSmall),
            const SizedBox(height: 8),
            Text('Alış: ${offer.pickupDistanceKm.toStringAsFixed(1)} km'),
            Text('Teslim: ${offer.dropoffDistanceKm.toStringAsFixed(1)} km'),
            Text('Kazanç: ${offer.fee.toStringAsFixed(2)} ₺'),
            const Spacer(),
            Row(
              children: [
                Expanded(
                  child: OutlinedButton(onPressed: _busy ? null : () => context.pop(), child: const Text('Reddet')),
                ),
                const SizedBox(width: 12),
                Expanded(
                  child: FilledButton(onPressed: _busy ? null : _accept, child: const Text('Kabul et')),
                ),
              ],
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
context.pushReplacementNamed('pickup', pathParameters: {'orderId': widget.offer.orderId});
""",
    ["pushReplacementNamed | replaceNamed | goNamed", "pathParameters", "widget.offer.orderId"],
    must_not=["pushNamed", "Navigator", "queryParameters", "extra"],
    checks=["literal 'pickup'", "literal 'orderId'"],
)

row(
    "dialogs",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../services/track_recorder.dart';
import 'tracking_page.dart';

enum Difficulty { easy, moderate, hard }

class Trail {
  const Trail({required this.id, required this.name, required this.difficulty, required this.lengthKm});

  final String id;
  final String name;
  final Difficulty difficulty;
  final double lengthKm;
}

class TrailStartPage extends StatefulWidget {
  const TrailStartPage({super.key, required this.trail, required this.recorder});

  final Trail trail;
  final TrackRecorder recorder;

  @override
  State<TrailStartPage> createState() => _TrailStartPageState();
}

class _TrailStartPageState extends State<TrailStartPage> {
  Future<void> _start() async {
    // parkur zorsa önce uyar: 'Zorlu parkur' başlıklı dialog, 'Devam' ve 'Vazgeç' butonları olsun; Vazgeç'te başlatma
    final session = await widget.recorder.start(widget.trail.id);
    if (!mounted) return;
    Navigator.of(context).push(
      MaterialPageRoute(builder: (_) => TrackingPage(session: session)),
    );
  }

  @override
  Widget build(BuildContext context) {
    final trail = widget.trail;
    return Scaffold(
      appBar: AppBar(title: Text(trail.name)),
      body: Center(
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            Icon(
              trail.difficulty == Difficulty.hard ? Icons.warning_amber : Icons.hiking,
              size: 64,
            ),
            const SizedBox(height: 12),
            Text('${trail.lengthKm.toStringAsFixed(1)} km'),
            const SizedBox(height: 24),
            FilledButton.icon(
              onPressed: _start,
              icon: const Icon(Icons.play_arrow),
              label: const Text('Yürüyüşü başlat'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
if (widget.trail.difficulty == Difficulty.hard) {
  final goOn = await showDialog<bool>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Zorlu parkur'),
      content: const Text('Bu parkur deneyim ve iyi ekipman gerektirir. Yine de başlamak istiyor musunuz?'),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
        FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('Devam')),
      ],
    ),
  );
  if (goOn != true) return;
}
""",
    [
        "Difficulty.hard",
        "showDialog | showAdaptiveDialog | showCupertinoDialog",
        "Navigator.pop | Navigator.of | context.pop",
        "true",
        "return",
    ],
    must_not=["SnackBar", "showModalBottomSheet"],
    checks=["literal 'Zorlu parkur'", "literal 'Devam'", "literal 'Vazgeç'"],
)


# ================================================================ callback

row(
    "lists",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/trail.dart';
import '../widgets/trail_map.dart';

class TrailStopsPage extends StatefulWidget {
  const TrailStopsPage({super.key, required this.trail});

  final Trail trail;

  @override
  State<TrailStopsPage> createState() => _TrailStopsPageState();
}

class _TrailStopsPageState extends State<TrailStopsPage> {
  static const _rowHeight = 72.0;
  final _listController = ScrollController();
  int? _selected;

  @override
  void dispose() {
    _listController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final stops = widget.trail.waypoints;
    return Scaffold(
      appBar: AppBar(title: Text(widget.trail.name)),
      body: Column(
        children: [
          SizedBox(
            height: 260,
            child: TrailMap(
              track: widget.trail.track,
              waypoints: stops,
              highlighted: _selected,
              onWaypointTap: (index) {
                // bu duragi secili yap ve listede ona 400 ms'de kaydir
              },
            ),
          ),
          Expanded(
            child: ListView.builder(
              controller: _listController,
              itemExtent: _rowHeight,
              itemCount: stops.length,
              itemBuilder: (context, index) {
                final stop = stops[index];
                return ListTile(
                  selected: index == _selected,
                  leading: CircleAvatar(child: Text('${index + 1}')),
                  title: Text(stop.name),
                  subtitle: Text('${stop.elevationM} m · ${stop.distanceKm.toStringAsFixed(1)} km'),
                  onTap: () => setState(() => _selected = index),
                );
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
setState(() => _selected = index);
_listController.animateTo(
  index * _rowHeight,
  duration: const Duration(milliseconds: 400),
  curve: Curves.easeInOut,
);
""",
    ["setState", "_selected", "_listController.animateTo", "index"],
    must_not=["jumpTo"],
    checks=["literal 400", "call .animateTo(duration, curve)"],
)

row(
    "forms",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/courier_order.dart';

class CashCollectionSheet extends StatefulWidget {
  const CashCollectionSheet({super.key, required this.order, required this.onCollected});

  final CourierOrder order;
  final ValueChanged<double> onCollected;

  @override
  State<CashCollectionSheet> createState() => _CashCollectionSheetState();
}

class _CashCollectionSheetState extends State<CashCollectionSheet> {
  final _formKey = GlobalKey<FormState>();
  final _amountController = TextEditingController();

  @override
  void dispose() {
    _amountController.dispose();
    super.dispose();
  }

  void _confirm() {
    if (!_formKey.currentState!.validate()) return;
    widget.onCollected(double.parse(_amountController.text.replaceAll(',', '.')));
    Navigator.of(context).pop();
  }

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: EdgeInsets.fromLTRB(16, 16, 16, MediaQuery.viewInsetsOf(context).bottom + 16),
      child: Form(
        key: _formKey,
        child: Column(
          mainAxisSize: MainAxisSize.min,
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            Text('Kapıda ödeme: ${widget.order.total.toStringAsFixed(2)} ₺',
                style: Theme.of(context).textTheme.titleMedium),
            const SizedBox(height: 12),
            TextFormField(
              controller: _amountController,
              autofocus: true,
              keyboardType: const TextInputType.numberWithOptions(decimal: true),
              decoration: const InputDecoration(labelText: 'Alınan nakit', suffixText: '₺'),
              validator: (value) {
                // virgüllü girişi de kabul et; sayı değilse 'Geçerli bir tutar girin', sipariş tutarından azsa 'Tutar eksik' dön
              },
            ),
            const SizedBox(height: 16),
            FilledButton(onPressed: _confirm, child: const Text('Ödemeyi aldım')),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
final amount = double.tryParse((value ?? '').trim().replaceAll(',', '.'));
if (amount == null) return 'Geçerli bir tutar girin';
if (amount < widget.order.total) return 'Tutar eksik';
return null;
""",
    ["tryParse | parse", "replaceAll | replaceFirst | NumberFormat", "widget.order.total", "return null | : null"],
    must_not=["> widget.order.total"],
    checks=["literal 'Geçerli bir tutar girin'", "literal 'Tutar eksik'"],
)

row(
    "navigation",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

/// The shell around the four tabs of the trail guide (one branch per tab).
class HomeShell extends StatelessWidget {
  const HomeShell({super.key, required this.navigationShell});

  final StatefulNavigationShell navigationShell;

  @override
  Widget build(BuildContext context) {
    final onMap = navigationShell.currentIndex == 1;
    return Scaffold(
      body: navigationShell,
      floatingActionButton: onMap
          ? FloatingActionButton.extended(
              onPressed: () => context.push('/kayit'),
              icon: const Icon(Icons.fiber_manual_record),
              label: const Text('Kaydı başlat'),
            )
          : null,
      bottomNavigationBar: NavigationBar(
        selectedIndex: navigationShell.currentIndex,
        onDestinationSelected: (index) {
          // o sekmeye geç; açık olan sekmeye tekrar basılırsa sekmenin ilk sayfasına dönsün
        },
        destinations: const [
          NavigationDestination(
            icon: Icon(Icons.terrain_outlined),
            selectedIcon: Icon(Icons.terrain),
            label: 'Parkurlar',
          ),
          NavigationDestination(
            icon: Icon(Icons.map_outlined),
            selectedIcon: Icon(Icons.map),
            label: 'Harita',
          ),
          NavigationDestination(
            icon: Icon(Icons.bookmark_border),
            selectedIcon: Icon(Icons.bookmark),
            label: 'Kaydedilenler',
          ),
          NavigationDestination(
            icon: Icon(Icons.person_outline),
            selectedIcon: Icon(Icons.person),
            label: 'Profil',
          ),
        ],
      ),
    );
  }
}
""",
    r"""
navigationShell.goBranch(index, initialLocation: index == navigationShell.currentIndex);
""",
    ["navigationShell.goBranch", "initialLocation", "currentIndex"],
    must_not=["context.go(", "context.push"],
    checks=["call .goBranch(initialLocation)"],
)

row(
    "dialogs",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/order_offer.dart';
import '../services/dispatch_service.dart';
import '../widgets/offer_dialog.dart';

class OnlineHomePage extends StatefulWidget {
  const OnlineHomePage({super.key, required this.dispatch});

  final DispatchService dispatch;

  @override
  State<OnlineHomePage> createState() => _OnlineHomePageState();
}

class _OnlineHomePageState extends State<OnlineHomePage> {
  StreamSubscription<OrderOffer>? _offerSub;
  bool _online = false;

  void _setOnline(bool value) {
    setState(() => _online = value);
    if (value) {
      widget.dispatch.goOnline();
      _offerSub = widget.dispatch.offers().listen((offer) async {
        // OfferDialog'u ac, disari dokununca kapanmasin; true donerse _accept(offer) cagir
      });
    } else {
      _offerSub?.cancel();
      _offerSub = null;
      widget.dispatch.goOffline();
    }
  }

  Future<void> _accept(OrderOffer offer) async {
    final ok = await widget.dispatch.accept(offer.orderId);
    if (!mounted) return;
    ScaffoldMessenger.of(context).showSnackBar(
      SnackBar(content: Text(ok ? 'Sipariş sizde' : 'Sipariş başka kuryeye gitti')),
    );
  }

  @override
  void dispose() {
    _offerSub?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Kurye')),
      body: Center(
        child: SwitchListTile(
          title: Text(_online ? 'Çevrimiçi' : 'Çevrimdışı'),
          subtitle: const Text('Çevrimiçiyken yeni siparişler gelir'),
          value: _online,
          onChanged: _setOnline,
        ),
      ),
    );
  }
}
""",
    r"""
if (!mounted) return;
final accepted = await showDialog<bool>(
  context: context,
  barrierDismissible: false,
  builder: (context) => OfferDialog(offer: offer),
);
if (accepted == true) await _accept(offer);
""",
    [
        "showDialog | showAdaptiveDialog",
        "barrierDismissible: false",
        "OfferDialog",
        "_accept",
        "== true | ?? false | != true",
    ],
    must_not=["showModalBottomSheet", "barrierDismissible: true"],
)


# ================================================================ class_body

row(
    "lists",
    "class_body",
    r"""
import 'dart:collection';

import 'package:flutter/foundation.dart';

import '../services/dispatch_service.dart';

enum OrderStatus { waiting, pickedUp, delivered }

class DeliveryOrder {
  DeliveryOrder({required this.id, required this.restaurant, required this.dueAt, this.status = OrderStatus.waiting});

  final String id;
  final String restaurant;
  final DateTime dueAt;
  OrderStatus status;
}

class OrderQueue extends ChangeNotifier {
  OrderQueue(this._dispatch);

  final DispatchService _dispatch;
  final List<DeliveryOrder> _orders = [];
  bool _syncing = false;

  bool get syncing => _syncing;

  // henüz teslim edilmemiş siparişler, teslim saati en yakın olan başta; dışarıdan değiştirilemesin

  int get deliveredToday => _orders.where((o) => o.status == OrderStatus.delivered).length;

  Future<void> sync() async {
    _syncing = true;
    notifyListeners();
    try {
      final fresh = await _dispatch.assignedOrders();
      _orders
        ..clear()
        ..addAll(fresh);
    } finally {
      _syncing = false;
      notifyListeners();
    }
  }

  void markPickedUp(String id) {
    _orders.firstWhere((o) => o.id == id).status = OrderStatus.pickedUp;
    notifyListeners();
  }

  void markDelivered(String id) {
    _orders.firstWhere((o) => o.id == id).status = OrderStatus.delivered;
    notifyListeners();
  }
}
""",
    r"""
UnmodifiableListView<DeliveryOrder> get pending => UnmodifiableListView(
      _orders.where((o) => o.status != OrderStatus.delivered).toList()
        ..sort((a, b) => a.dueAt.compareTo(b.dueAt)),
    );
""",
    [
        "get",
        "_orders",
        "status",
        "sort",
        "dueAt",
        "UnmodifiableListView | List.unmodifiable | toUnmodifiable | unmodifiable",
    ],
    must_not=["b.dueAt.compareTo(a.dueAt)", "notifyListeners"],
)

row(
    "forms",
    "class_body",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class ElevationInputFormatter extends TextInputFormatter {
  // bos birakilabilsin; rakam disi karakter ya da 8848'den buyuk bir deger yazilirsa eski degeri koru
}

class SummitLogForm extends StatefulWidget {
  const SummitLogForm({super.key, required this.onSaved});

  final void Function(String peak, int elevation) onSaved;

  @override
  State<SummitLogForm> createState() => _SummitLogFormState();
}

class _SummitLogFormState extends State<SummitLogForm> {
  final _formKey = GlobalKey<FormState>();
  final _peakController = TextEditingController();
  final _elevationController = TextEditingController();

  @override
  void dispose() {
    _peakController.dispose();
    _elevationController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _peakController,
            decoration: const InputDecoration(labelText: 'Zirve'),
            validator: (value) => (value == null || value.trim().isEmpty) ? 'Zirve adını girin' : null,
          ),
          TextFormField(
            controller: _elevationController,
            keyboardType: TextInputType.number,
            inputFormatters: [ElevationInputFormatter()],
            decoration: const InputDecoration(labelText: 'Rakım', suffixText: 'm'),
            validator: (value) => (value == null || value.isEmpty) ? 'Rakımı girin' : null,
          ),
          const SizedBox(height: 16),
          FilledButton(
            onPressed: () {
              if (!_formKey.currentState!.validate()) return;
              widget.onSaved(_peakController.text.trim(), int.parse(_elevationController.text));
            },
            child: const Text('Zirveyi kaydet'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
@override
TextEditingValue formatEditUpdate(TextEditingValue oldValue, TextEditingValue newValue) {
  if (newValue.text.isEmpty) return newValue;
  final meters = int.tryParse(newValue.text);
  if (meters == null || meters < 0 || meters > 8848 || !RegExp(r'^\d+$').hasMatch(newValue.text)) {
    return oldValue;
  }
  return newValue;
}
""",
    ["formatEditUpdate", "oldValue", "newValue", "tryParse | RegExp | parse | codeUnits"],
    must_not=["FilteringTextInputFormatter", "LengthLimitingTextInputFormatter"],
    checks=["literal 8848"],
)

row(
    "navigation",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../main.dart' show routeObserver;
import '../services/earnings_service.dart';

class EarningsPage extends StatefulWidget {
  const EarningsPage({super.key, required this.service});

  final EarningsService service;

  @override
  State<EarningsPage> createState() => _EarningsPageState();
}

class _EarningsPageState extends State<EarningsPage> with RouteAware {
  late Future<EarningsSummary> _summary = widget.service.today();

  void _refresh() {
    setState(() => _summary = widget.service.today());
  }

  @override
  void didChangeDependencies() {
    super.didChangeDependencies();
    final route = ModalRoute.of(context);
    if (route is PageRoute) routeObserver.subscribe(this, route);
  }

  @override
  void dispose() {
    routeObserver.unsubscribe(this);
    super.dispose();
  }

  // üstteki sayfa kapanınca kazancı yeniden yükle

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Bugünkü kazanç')),
      body: FutureBuilder<EarningsSummary>(
        future: _summary,
        builder: (context, snapshot) {
          if (snapshot.hasError) return Center(child: Text('Yüklenemedi: ${snapshot.error}'));
          final summary = snapshot.data;
          if (summary == null) return const Center(child: CircularProgressIndicator());
          return ListView(
            padding: const EdgeInsets.all(16),
            children: [
              ListTile(title: const Text('Teslimat'), trailing: Text('${summary.deliveries}')),
              ListTile(title: const Text('Bahşiş'), trailing: Text('${summary.tips.toStringAsFixed(2)} ₺')),
              ListTile(title: const Text('Toplam'), trailing: Text('${summary.total.toStringAsFixed(2)} ₺')),
            ],
          );
        },
      ),
    );
  }
}
""",
    r"""
@override
void didPopNext() => _refresh();
""",
    ["didPopNext", "_refresh | widget.service.today"],
    must_not=["didPush()", "didPushNext", "didPop()"],
)

row(
    "dialogs",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/trail.dart';
import '../services/offline_maps.dart';

class DownloadMapDialog extends StatelessWidget {
  const DownloadMapDialog({super.key, required this.trailName, required this.sizeMb});

  final String trailName;
  final double sizeMb;

  static Future<bool> show(BuildContext context, Trail trail, double sizeMb) async {
    final result = await showDialog<bool>(
      context: context,
      builder: (_) => DownloadMapDialog(trailName: trail.name, sizeMb: sizeMb),
    );
    return result ?? false;
  }

  // build: 'Çevrimdışı harita' başlıklı AlertDialog, içinde boyutu MB olarak yaz; İndir true, İptal false döndürsün
}

class OfflineMapTile extends StatelessWidget {
  const OfflineMapTile({super.key, required this.trail, required this.maps});

  final Trail trail;
  final OfflineMaps maps;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: const Icon(Icons.download_for_offline_outlined),
      title: const Text('Haritayı indir'),
      subtitle: const Text('Kapsama alanı dışında da kullan'),
      onTap: () async {
        final sizeMb = await maps.estimateSizeMb(trail.id);
        if (!context.mounted) return;
        final confirmed = await DownloadMapDialog.show(context, trail, sizeMb);
        if (!confirmed) return;
        await maps.download(trail.id);
        if (!context.mounted) return;
        ScaffoldMessenger.of(context).showSnackBar(
          SnackBar(content: Text('${trail.name} haritası indirildi')),
        );
      },
    );
  }
}
""",
    r"""
@override
Widget build(BuildContext context) {
  return AlertDialog(
    title: const Text('Çevrimdışı harita'),
    content: Text('$trailName haritası ${sizeMb.toStringAsFixed(1)} MB yer kaplayacak.'),
    actions: [
      TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('İptal')),
      FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('İndir')),
    ],
  );
}
""",
    ["build", "AlertDialog", "Navigator.pop | Navigator.of | context.pop", "true", "false"],
    must_not=["showDialog", "SimpleDialog"],
    checks=["literal 'Çevrimdışı harita'", "literal 'MB'", "literal 'İndir'", "literal 'İptal'"],
)


# ================================================================ element

row(
    "lists",
    "element",
    r"""
import 'package:flutter/material.dart';

class Review {
  const Review({required this.author, required this.body, required this.stars});

  final String author;
  final String body;
  final int stars;
}

class TrailSummary {
  const TrailSummary({required this.name, required this.lengthKm, required this.ascentM, required this.reviews});

  final String name;
  final double lengthKm;
  final int ascentM;
  final List<Review> reviews;
}

class TrailDetailPage extends StatelessWidget {
  const TrailDetailPage({super.key, required this.trail});

  final TrailSummary trail;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Scaffold(
      body: CustomScrollView(
        slivers: [
          SliverAppBar.large(title: Text(trail.name)),
          SliverToBoxAdapter(
            child: Padding(
              padding: const EdgeInsets.all(16),
              child: Row(
                mainAxisAlignment: MainAxisAlignment.spaceAround,
                children: [
                  Chip(avatar: const Icon(Icons.straighten), label: Text('${trail.lengthKm} km')),
                  Chip(avatar: const Icon(Icons.trending_up), label: Text('${trail.ascentM} m')),
                ],
              ),
            ),
          ),
          SliverToBoxAdapter(
            child: Padding(
              padding: const EdgeInsets.fromLTRB(16, 8, 16, 4),
              child: Text('Yorumlar (${trail.reviews.length})', style: theme.textTheme.titleMedium),
            ),
          ),
          // yorumlar için SliverList: başlıkta yazar adı, altında yorum metni
        ],
      ),
    );
  }
}
""",
    r"""
SliverList.builder(
  itemCount: trail.reviews.length,
  itemBuilder: (context, index) {
    final review = trail.reviews[index];
    return ListTile(
      title: Text(review.author),
      subtitle: Text(review.body),
    );
  },
),
""",
    ["SliverList | SliverFixedExtentList | SliverPrototypeExtentList", "trail.reviews", "ListTile", "author", "body"],
    must_not=["shrinkWrap", "SliverToBoxAdapter"],
    checks=["call ListTile(title, subtitle)"],
)

row(
    "forms",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../services/delivery_service.dart';

enum FailureReason {
  customerAbsent('Müşteri yok'),
  wrongAddress('Adres yanlış'),
  refused('Müşteri reddetti');

  const FailureReason(this.label);

  final String label;
}

class DeliveryFailedPage extends StatefulWidget {
  const DeliveryFailedPage({super.key, required this.orderId, required this.service});

  final String orderId;
  final DeliveryService service;

  @override
  State<DeliveryFailedPage> createState() => _DeliveryFailedPageState();
}

class _DeliveryFailedPageState extends State<DeliveryFailedPage> {
  final _formKey = GlobalKey<FormState>();
  final _noteController = TextEditingController();
  FailureReason? _reason;

  @override
  void dispose() {
    _noteController.dispose();
    super.dispose();
  }

  Future<void> _submit() async {
    if (!_formKey.currentState!.validate()) return;
    await widget.service.reportFailure(widget.orderId, _reason!, _noteController.text.trim());
    if (mounted) Navigator.of(context).pop();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Teslim edilemedi')),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            // neden seçimi için dropdown (FailureReason.values), seçilmemişse 'Bir neden seçin' hatası
            const SizedBox(height: 12),
            TextFormField(
              controller: _noteController,
              maxLines: 3,
              decoration: const InputDecoration(labelText: 'Not (isteğe bağlı)'),
            ),
            const SizedBox(height: 24),
            FilledButton(onPressed: _submit, child: const Text('Bildir')),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
DropdownButtonFormField<FailureReason>(
  decoration: const InputDecoration(labelText: 'Neden'),
  items: [
    for (final reason in FailureReason.values)
      DropdownMenuItem(value: reason, child: Text(reason.label)),
  ],
  onChanged: (value) => setState(() => _reason = value),
  validator: (value) => value == null ? 'Bir neden seçin' : null,
),
""",
    [
        "DropdownButtonFormField | DropdownMenuFormField | FormField",
        "FailureReason.values",
        "_reason",
        "validator",
        "null",
    ],
    must_not=["DropdownButton(", "DropdownButton<"],
    checks=["literal 'Bir neden seçin'"],
)

row(
    "navigation",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'pages/home_shell.dart';
import 'pages/map_tab.dart';
import 'pages/profile_tab.dart';
import 'pages/saved_tab.dart';
import 'pages/trail_detail_page.dart';
import 'pages/trail_tracking_page.dart';
import 'pages/trails_tab.dart';

final _rootNavigatorKey = GlobalKey<NavigatorState>();

final router = GoRouter(
  navigatorKey: _rootNavigatorKey,
  initialLocation: '/parkurlar',
  routes: [
    StatefulShellRoute.indexedStack(
      builder: (context, state, navigationShell) => HomeShell(navigationShell: navigationShell),
      branches: [
        StatefulShellBranch(
          routes: [
            GoRoute(
              path: '/parkurlar',
              builder: (context, state) => const TrailsTab(),
              routes: [
                GoRoute(
                  path: ':trailId',
                  builder: (context, state) => TrailDetailPage(trailId: state.pathParameters['trailId']!),
                  routes: [
                    // 'takip' alt rotası: TrailTrackingPage tam ekran açılsın, alt menü görünmesin
                  ],
                ),
              ],
            ),
          ],
        ),
        StatefulShellBranch(
          routes: [GoRoute(path: '/harita', builder: (context, state) => const MapTab())],
        ),
        StatefulShellBranch(
          routes: [GoRoute(path: '/kaydedilenler', builder: (context, state) => const SavedTab())],
        ),
        StatefulShellBranch(
          routes: [GoRoute(path: '/profil', builder: (context, state) => const ProfileTab())],
        ),
      ],
    ),
  ],
);

class TrailGuideApp extends StatelessWidget {
  const TrailGuideApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(
      title: 'Patika',
      theme: ThemeData(colorSchemeSeed: Colors.green),
      routerConfig: router,
    );
  }
}
""",
    r"""
GoRoute(
  path: 'takip',
  parentNavigatorKey: _rootNavigatorKey,
  builder: (context, state) => TrailTrackingPage(trailId: state.pathParameters['trailId']!),
),
""",
    ["GoRoute", "parentNavigatorKey", "_rootNavigatorKey", "TrailTrackingPage", "pathParameters"],
    must_not=["queryParameters", "extra"],
    checks=["literal 'takip'", "call GoRoute(path, parentNavigatorKey)"],
)

row(
    "dialogs",
    "element",
    r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:image_picker/image_picker.dart';

class ProofOfDeliveryDialog extends StatefulWidget {
  const ProofOfDeliveryDialog({super.key, required this.customerName});

  final String customerName;

  @override
  State<ProofOfDeliveryDialog> createState() => _ProofOfDeliveryDialogState();
}

class _ProofOfDeliveryDialogState extends State<ProofOfDeliveryDialog> {
  final _picker = ImagePicker();
  XFile? _photo;

  Future<void> _takePhoto() async {
    final photo = await _picker.pickImage(source: ImageSource.camera, maxWidth: 1280, imageQuality: 70);
    if (photo != null) setState(() => _photo = photo);
  }

  @override
  Widget build(BuildContext context) {
    return AlertDialog(
      title: const Text('Teslimat fotoğrafı'),
      content: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          Text('${widget.customerName} siparişini kapıya bıraktıysanız fotoğraf ekleyin.'),
          const SizedBox(height: 12),
          if (_photo != null)
            ClipRRect(
              borderRadius: BorderRadius.circular(8),
              child: Image.file(File(_photo!.path), height: 160, fit: BoxFit.cover),
            )
          else
            OutlinedButton.icon(
              onPressed: _takePhoto,
              icon: const Icon(Icons.photo_camera),
              label: const Text('Fotoğraf çek'),
            ),
        ],
      ),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context), child: const Text('Vazgeç')),
        // 'Teslim edildi' butonu: fotoğraf yokken pasif, basınca dialogu fotoğrafla kapatsın
      ],
    );
  }
}
""",
    r"""
FilledButton(
  onPressed: _photo == null ? null : () => Navigator.pop(context, _photo),
  child: const Text('Teslim edildi'),
),
""",
    [
        "_photo == null | _photo != null",
        "Navigator.pop | Navigator.of | context.pop",
        "pop(context, _photo | pop(_photo",
    ],
    must_not=["_takePhoto", "pickImage"],
    checks=["literal 'Teslim edildi'"],
)


# ================================================================ argument

row(
    "lists",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/courier_order.dart';

class OrderSearchPage extends StatefulWidget {
  const OrderSearchPage({super.key, required this.orders});

  final List<CourierOrder> orders;

  @override
  State<OrderSearchPage> createState() => _OrderSearchPageState();
}

class _OrderSearchPageState extends State<OrderSearchPage> {
  String _query = '';

  List<CourierOrder> get _filtered {
    final q = _query.trim().toLowerCase();
    if (q.isEmpty) return widget.orders;
    return widget.orders
        .where((o) => o.customerName.toLowerCase().contains(q) || o.code.toLowerCase().contains(q))
        .toList();
  }

  @override
  Widget build(BuildContext context) {
    final results = _filtered;
    return Scaffold(
      appBar: AppBar(
        title: TextField(
          autofocus: true,
          decoration: const InputDecoration(hintText: 'Müşteri adı veya sipariş kodu', border: InputBorder.none),
          onChanged: (value) => setState(() => _query = value),
        ),
      ),
      body: ListView.builder(
        itemCount: results.length,
        // liste kaydırılınca klavye kapansın
        itemBuilder: (context, index) {
          final order = results[index];
          return ListTile(
            leading: const Icon(Icons.receipt_long),
            title: Text(order.customerName),
            subtitle: Text('#${order.code} · ${order.address}'),
            onTap: () => Navigator.of(context).pop(order),
          );
        },
      ),
    );
  }
}
""",
    r"""
keyboardDismissBehavior: ScrollViewKeyboardDismissBehavior.onDrag,
""",
    ["keyboardDismissBehavior", "ScrollViewKeyboardDismissBehavior.onDrag"],
    must_not=["unfocus", "ScrollViewKeyboardDismissBehavior.manual"],
)

row(
    "forms",
    "argument",
    r"""
import 'package:flutter/material.dart';

enum TrailCondition { good, muddy, snowy, blocked }

class TrailReportForm extends StatefulWidget {
  const TrailReportForm({super.key, required this.onSubmit});

  final void Function(String title, TrailCondition condition, String notes) onSubmit;

  @override
  State<TrailReportForm> createState() => _TrailReportFormState();
}

class _TrailReportFormState extends State<TrailReportForm> {
  final _formKey = GlobalKey<FormState>();
  final _titleController = TextEditingController();
  final _notesController = TextEditingController();
  final _notesFocus = FocusNode();
  TrailCondition _condition = TrailCondition.good;

  @override
  void dispose() {
    _titleController.dispose();
    _notesController.dispose();
    _notesFocus.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _titleController,
            textInputAction: TextInputAction.next,
            decoration: const InputDecoration(labelText: 'Başlık'),
            // klavyede ileri'ye basınca durum seçimini atlayıp doğrudan notlar alanına geçsin
          ),
          const SizedBox(height: 12),
          SegmentedButton<TrailCondition>(
            segments: const [
              ButtonSegment(value: TrailCondition.good, label: Text('İyi')),
              ButtonSegment(value: TrailCondition.muddy, label: Text('Çamurlu')),
              ButtonSegment(value: TrailCondition.snowy, label: Text('Karlı')),
              ButtonSegment(value: TrailCondition.blocked, label: Text('Kapalı')),
            ],
            selected: {_condition},
            onSelectionChanged: (value) => setState(() => _condition = value.first),
          ),
          const SizedBox(height: 12),
          TextFormField(
            controller: _notesController,
            focusNode: _notesFocus,
            maxLines: 4,
            decoration: const InputDecoration(labelText: 'Notlar'),
          ),
          const SizedBox(height: 16),
          FilledButton(
            onPressed: () => widget.onSubmit(_titleController.text, _condition, _notesController.text),
            child: const Text('Raporu gönder'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
onFieldSubmitted: (_) => _notesFocus.requestFocus(),
""",
    ["onFieldSubmitted | onEditingComplete", "_notesFocus", "requestFocus"],
    must_not=["nextFocus", "unfocus"],
)

row(
    "navigation",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/courier_order.dart';
import '../widgets/delivery_map.dart';

class ActiveDeliveryPage extends StatefulWidget {
  const ActiveDeliveryPage({super.key, required this.order});

  final CourierOrder order;

  @override
  State<ActiveDeliveryPage> createState() => _ActiveDeliveryPageState();
}

class _ActiveDeliveryPageState extends State<ActiveDeliveryPage> {
  bool _inProgress = true;

  Future<void> _confirmLeave() async {
    final leave = await showDialog<bool>(
      context: context,
      builder: (context) => AlertDialog(
        title: const Text('Teslimat sürüyor'),
        content: const Text('Ekrandan çıkarsanız navigasyon durur. Çıkmak istiyor musunuz?'),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Kal')),
          TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Çık')),
        ],
      ),
    );
    if (leave == true && mounted) Navigator.of(context).pop();
  }

  void _finish() {
    setState(() => _inProgress = false);
    Navigator.of(context).pop(true);
  }

  @override
  Widget build(BuildContext context) {
    return PopScope(
      canPop: !_inProgress,
      // geri engellenince _confirmLeave cagrilsin
      child: Scaffold(
        appBar: AppBar(title: Text(widget.order.customerName)),
        body: DeliveryMap(destination: widget.order.location),
        bottomNavigationBar: SafeArea(
          child: Padding(
            padding: const EdgeInsets.all(12),
            child: FilledButton(onPressed: _finish, child: const Text('Teslim ettim')),
          ),
        ),
      ),
    );
  }
}
""",
    r"""
onPopInvokedWithResult: (didPop, result) {
  if (!didPop) _confirmLeave();
},
""",
    ["onPopInvokedWithResult", "_confirmLeave", "didPop | popped | if (!"],
    must_not=["onPopInvoked:", "WillPopScope", "onWillPop"],
)

row(
    "dialogs",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/trail.dart';

class WaypointsButton extends StatelessWidget {
  const WaypointsButton({super.key, required this.trail});

  final Trail trail;

  void _showWaypoints(BuildContext context) {
    showModalBottomSheet<void>(
      context: context,
      isScrollControlled: true,
      showDragHandle: true,
      // içerik yarım ekran açılsın, %90'a kadar yukarı çekilebilsin; içinde durak listesi kaysın
    );
  }

  @override
  Widget build(BuildContext context) {
    return OutlinedButton.icon(
      onPressed: trail.waypoints.isEmpty ? null : () => _showWaypoints(context),
      icon: const Icon(Icons.place_outlined),
      label: Text('${trail.waypoints.length} durak'),
    );
  }
}

class WaypointTile extends StatelessWidget {
  const WaypointTile({super.key, required this.waypoint, required this.order});

  final Waypoint waypoint;
  final int order;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: CircleAvatar(child: Text('$order')),
      title: Text(waypoint.name),
      subtitle: Text('${waypoint.elevationM} m'),
      trailing: waypoint.hasWater ? const Icon(Icons.water_drop_outlined) : null,
    );
  }
}
""",
    r"""
builder: (context) => DraggableScrollableSheet(
  expand: false,
  initialChildSize: 0.5,
  maxChildSize: 0.9,
  builder: (context, scrollController) => ListView.builder(
    controller: scrollController,
    itemCount: trail.waypoints.length,
    itemBuilder: (context, index) => WaypointTile(waypoint: trail.waypoints[index], order: index + 1),
  ),
),
""",
    ["builder", "DraggableScrollableSheet", "initialChildSize", "maxChildSize", "controller:", "waypoints"],
    must_not=["SingleChildScrollView(child: Column"],
    checks=["literal 0.5", "literal 0.9", "call DraggableScrollableSheet(initialChildSize, maxChildSize)"],
)


if __name__ == "__main__":
    ROWS.write()
