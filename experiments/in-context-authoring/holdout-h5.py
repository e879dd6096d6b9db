"""In-context held-out rows, batch 8 (holdout-h5): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics dart_language, async, widgets_layout, navigation,
state (4 each, spread over the positions); app domains a city bicycle-sharing app and a bakery
production-planning app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-h5.py  -> data/in_context/drafts/holdout-h5.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-h5", "holdh5")
row = ROWS.row


# ================================================================ statements

row(
    "dart_language",
    "statements",
    r"""
import 'package:flutter/foundation.dart';

import '../models/ride.dart';
import '../services/ride_api.dart';

typedef BikeQr = ({String bikeId, String stationId});

/// Turns a scanned QR payload into an unlock request for the bike at the dock.
class UnlockController extends ChangeNotifier {
  UnlockController(this._api);

  final RideApi _api;

  bool _busy = false;
  String? _error;
  Ride? _activeRide;

  bool get busy => _busy;
  String? get error => _error;
  Ride? get activeRide => _activeRide;

  BikeQr? parseQr(String raw) {
    // 'BSK:<bikeId>:<stationId>' biçimini parçala; önek ya da parça sayısı tutmazsa null dön
  }

  Future<void> onScanned(String raw) async {
    if (_busy) return;
    final qr = parseQr(raw);
    if (qr == null) {
      _error = 'Geçersiz QR kodu';
      notifyListeners();
      return;
    }
    _busy = true;
    _error = null;
    notifyListeners();
    try {
      _activeRide = await _api.unlock(bikeId: qr.bikeId, stationId: qr.stationId);
    } on RideApiException catch (e) {
      _error = e.message;
    } finally {
      _busy = false;
      notifyListeners();
    }
  }

  void clearError() {
    _error = null;
    notifyListeners();
  }
}
""",
    r"""
final parts = raw.trim().split(':');
if (parts.length != 3 || parts[0] != 'BSK') return null;
return (bikeId: parts[1], stationId: parts[2]);
""",
    ["split | RegExp | firstMatch", "length | RegExp | case | switch", "null", "bikeId", "stationId"],
    must_not=["throw"],
    checks=["literal 'BSK'"],
)

row(
    "async",
    "statements",
    r"""
import 'dart:async';

import '../models/branch.dart';
import '../models/branch_order.dart';
import 'orders_api.dart';

/// Collects tomorrow's orders from every branch so the night shift can plan the bake.
class OrderCollector {
  OrderCollector(this._api, this._branches);

  final OrdersApi _api;
  final List<Branch> _branches;
  final Map<String, List<BranchOrder>> _cache = {};

  Future<List<BranchOrder>> ordersFor(DateTime day) async {
    final key = '${day.year}-${day.month}-${day.day}';
    final cached = _cache[key];
    if (cached != null) return cached;
    final orders = await _fetchAll(day);
    _cache[key] = orders;
    return orders;
  }

  Future<List<BranchOrder>> ordersOfBranch(Branch branch, DateTime day) => _api.fetchOrders(branch.id, day);

  Future<List<BranchOrder>> _fetchAll(DateTime day) async {
    // tüm şubelerin siparişlerini aynı anda çek, her biri için 10 sn timeout; sonuçları tek listede birleştir
  }

  Map<String, int> totalsByProduct(List<BranchOrder> orders) {
    final totals = <String, int>{};
    for (final order in orders) {
      for (final line in order.lines) {
        totals.update(line.productId, (q) => q + line.quantity, ifAbsent: () => line.quantity);
      }
    }
    return totals;
  }

  void clearCache() => _cache.clear();
}
""",
    r"""
final perBranch = await Future.wait([
  for (final branch in _branches)
    _api.fetchOrders(branch.id, day).timeout(const Duration(seconds: 10)),
]);
return [for (final orders in perBranch) ...orders];
""",
    [
        "Future.wait | .wait",
        "_api.fetchOrders | ordersOfBranch",
        "_branches",
        "timeout",
        "expand | addAll | ... | fold | flattened",
    ],
    checks=["literal 10 | 10000"],
)

row(
    "navigation",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import '../models/ride.dart';
import '../services/ride_api.dart';

class ActiveRidePage extends StatefulWidget {
  const ActiveRidePage({super.key, required this.ride, required this.api});

  final Ride ride;
  final RideApi api;

  @override
  State<ActiveRidePage> createState() => _ActiveRidePageState();
}

class _ActiveRidePageState extends State<ActiveRidePage> {
  bool _ending = false;

  Future<void> _endRide() async {
    setState(() => _ending = true);
    try {
      final receipt = await widget.api.endRide(widget.ride.id);
      // makbuzu extra ile /receipt'e gönder, geri tuşu bu sayfaya dönmesin
    } on RideApiException catch (e) {
      if (!mounted) return;
      setState(() => _ending = false);
      ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text(e.message)));
    }
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('Bisiklet ${widget.ride.bikeId}')),
      body: Center(
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            const Icon(Icons.pedal_bike, size: 96),
            const SizedBox(height: 16),
            Text('Başlangıç: ${widget.ride.startStationName}'),
            TextButton(
              onPressed: () => context.push('/support?ride=${widget.ride.id}'),
              child: const Text('Sorun bildir'),
            ),
          ],
        ),
      ),
      bottomNavigationBar: Padding(
        padding: const EdgeInsets.all(16),
        child: FilledButton(
          onPressed: _ending ? null : _endRide,
          child: Text(_ending ? 'Bitiriliyor…' : 'Sürüşü bitir'),
        ),
      ),
    );
  }
}
""",
    r"""
if (!mounted) return;
context.go('/receipt', extra: receipt);
""",
    [".go( | goNamed | pushReplacement | pushReplacementNamed | replace", "extra", "receipt"],
    must_not=[".push(", "pushNamed(", "Navigator.pop"],
    checks=["literal 'receipt'"],
)

row(
    "state",
    "statements",
    r"""
import 'package:flutter/foundation.dart';

import '../models/plan_item.dart';

/// Tonight's production plan as the shift lead edits it, with undo.
class PlanEditor extends ChangeNotifier {
  PlanEditor(List<PlanItem> items) : _items = List.of(items);

  final List<PlanItem> _items;
  final List<List<PlanItem>> _undoStack = [];

  List<PlanItem> get items => List.unmodifiable(_items);
  bool get canUndo => _undoStack.isNotEmpty;
  bool get isEmpty => _items.isEmpty;
  int get totalTrays => _items.fold(0, (sum, item) => sum + item.trays);

  int traysFor(String productId) =>
      _items.where((item) => item.productId == productId).fold(0, (sum, item) => sum + item.trays);

  void removeItem(String itemId) {
    // önce mevcut listeyi _undoStack'e kopyala (en fazla 20 adım tut), sonra satırı sil ve haber ver
  }

  void undo() {
    if (_undoStack.isEmpty) return;
    _items
      ..clear()
      ..addAll(_undoStack.removeLast());
    notifyListeners();
  }

  List<Map<String, Object>> toJson() => [
        for (final item in _items) {'product_id': item.productId, 'trays': item.trays, 'oven': item.ovenId},
      ];
}
""",
    r"""
_undoStack.add(List.of(_items));
if (_undoStack.length > 20) _undoStack.removeAt(0);
_items.removeWhere((item) => item.id == itemId);
notifyListeners();
""",
    [
        "_undoStack",
        ".of( | .from( | toList | [...",
        "length",
        "removeWhere | remove | removeAt",
        "itemId",
        "notifyListeners",
    ],
    checks=["literal 20", "call notifyListeners"],
)


# ================================================================ callback

row(
    "async",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../services/smart_lock.dart';

class RideTimerCard extends StatefulWidget {
  const RideTimerCard({super.key, required this.lock, required this.pricePerMinute});

  final SmartLock lock;
  final double pricePerMinute;

  @override
  State<RideTimerCard> createState() => _RideTimerCardState();
}

class _RideTimerCardState extends State<RideTimerCard> {
  StreamSubscription<LockStatus>? _lockSub;
  Timer? _ticker;
  Duration _elapsed = Duration.zero;

  @override
  void initState() {
    super.initState();
    _lockSub = widget.lock.statusStream.listen((status) {
      // unlocked gelince her saniye _elapsed'i artiran timer kur, locked gelince durdur
    });
  }

  @override
  void dispose() {
    _ticker?.cancel();
    _lockSub?.cancel();
    super.dispose();
  }

  String _format(Duration d) {
    final m = d.inMinutes.toString().padLeft(2, '0');
    final s = (d.inSeconds % 60).toString().padLeft(2, '0');
    return '$m:$s';
  }

  @override
  Widget build(BuildContext context) {
    final cost = (_elapsed.inSeconds / 60).ceil() * widget.pricePerMinute;
    return Card(
      child: ListTile(
        leading: Icon(_ticker == null ? Icons.lock : Icons.lock_open),
        title: Text(_format(_elapsed)),
        subtitle: Text('${cost.toStringAsFixed(2)} ₺'),
      ),
    );
  }
}
""",
    r"""
if (status == LockStatus.unlocked) {
  _ticker ??= Timer.periodic(const Duration(seconds: 1), (_) {
    setState(() => _elapsed += const Duration(seconds: 1));
  });
} else if (status == LockStatus.locked) {
  _ticker?.cancel();
  setState(() => _ticker = null);
}
""",
    ["unlocked", "Timer.periodic | Stream.periodic", "_elapsed", "setState", "cancel"],
    must_not=["Future.delayed"],
    checks=["call Timer.periodic | Stream.periodic", "literal 1 | 1000"],
)

row(
    "widgets_layout",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/oven.dart';
import '../models/production_batch.dart';
import 'oven_status_panel.dart';
import 'production_plan_list.dart';

class ProductionDashboard extends StatelessWidget {
  const ProductionDashboard({
    super.key,
    required this.batches,
    required this.ovens,
    required this.onBatchTap,
    required this.onPrint,
  });

  final List<ProductionBatch> batches;
  final List<Oven> ovens;
  final ValueChanged<ProductionBatch> onBatchTap;
  final VoidCallback onPrint;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Üretim planı'),
        actions: [
          IconButton(
            tooltip: 'Yazdır',
            icon: const Icon(Icons.print_outlined),
            onPressed: onPrint,
          ),
        ],
      ),
      body: SafeArea(
        child: LayoutBuilder(
          builder: (context, constraints) {
            final plan = ProductionPlanList(batches: batches, onTap: onBatchTap);
            final ovenPanel = OvenStatusPanel(ovens: ovens);
            // 720'den genişse plan ve fırın paneli yan yana (plan 2 kat geniş), darsa alt alta
          },
        ),
      ),
    );
  }
}
""",
    r"""
if (constraints.maxWidth > 720) {
  return Row(
    crossAxisAlignment: CrossAxisAlignment.stretch,
    children: [
      Expanded(flex: 2, child: plan),
      const VerticalDivider(width: 1),
      Expanded(child: ovenPanel),
    ],
  );
}
return Column(
  children: [
    Expanded(flex: 2, child: plan),
    const Divider(height: 1),
    Expanded(child: ovenPanel),
  ],
);
""",
    ["constraints.maxWidth", "Row | Flex", "Column | Flex", "Expanded | Flexible", "flex", "plan", "ovenPanel"],
    must_not=["MediaQuery"],
    checks=["literal 720", "literal 2"],
)

row(
    "navigation",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/recipe.dart';
import '../services/recipe_repository.dart';

class RecipeEditPage extends StatefulWidget {
  const RecipeEditPage({super.key, required this.recipe, required this.repository});

  final Recipe recipe;
  final RecipeRepository repository;

  @override
  State<RecipeEditPage> createState() => _RecipeEditPageState();
}

class _RecipeEditPageState extends State<RecipeEditPage> {
  late final _name = TextEditingController(text: widget.recipe.name);
  late final _hydration = TextEditingController(text: '${widget.recipe.hydrationPercent}');
  bool _dirty = false;

  @override
  void dispose() {
    _name.dispose();
    _hydration.dispose();
    super.dispose();
  }

  Future<void> _save() async {
    await widget.repository.save(
      widget.recipe.copyWith(name: _name.text, hydrationPercent: int.parse(_hydration.text)),
    );
    if (!mounted) return;
    setState(() => _dirty = false);
    Navigator.of(context).pop(true);
  }

  @override
  Widget build(BuildContext context) {
    return PopScope(
      canPop: !_dirty,
      onPopInvokedWithResult: (didPop, result) async {
        // sayfa kapanmadıysa 'Kaydedilmemiş değişiklikler var' diye sor, 'Çık' denirse sayfayı kapat
      },
      child: Scaffold(
        appBar: AppBar(
          title: const Text('Tarifi düzenle'),
          actions: [TextButton(onPressed: _dirty ? _save : null, child: const Text('Kaydet'))],
        ),
        body: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextField(
              controller: _name,
              decoration: const InputDecoration(labelText: 'Tarif adı'),
              onChanged: (_) => setState(() => _dirty = true),
            ),
            const SizedBox(height: 12),
            TextField(
              controller: _hydration,
              keyboardType: TextInputType.number,
              decoration: const InputDecoration(labelText: 'Hidrasyon', suffixText: '%'),
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
final leave = await showDialog<bool>(
  context: context,
  builder: (context) => AlertDialog(
    title: const Text('Kaydedilmemiş değişiklikler var'),
    content: const Text('Çıkarsanız yaptığınız değişiklikler kaybolacak.'),
    actions: [
      TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
      TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Çık')),
    ],
  ),
);
if (leave == true && context.mounted) Navigator.of(context).pop();
""",
    ["didPop", "showDialog | showAdaptiveDialog | showCupertinoDialog", "pop"],
    must_not=["WillPopScope", "onWillPop", "maybePop"],
    checks=[
        "call showDialog | showAdaptiveDialog | showCupertinoDialog",
        "literal 'Kaydedilmemiş değişiklikler var'",
        "literal 'Çık'",
    ],
)

row(
    "state",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/station.dart';
import 'station_marker.dart';
import 'station_preview_card.dart';

class StationMapLayer extends StatefulWidget {
  const StationMapLayer({super.key, required this.stations, required this.project});

  final List<Station> stations;
  final Offset Function(Station station) project;

  @override
  State<StationMapLayer> createState() => _StationMapLayerState();
}

class _StationMapLayerState extends State<StationMapLayer> {
  final _selected = ValueNotifier<Station?>(null);

  @override
  void dispose() {
    _selected.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ValueListenableBuilder<Station?>(
      valueListenable: _selected,
      builder: (context, selected, _) {
        return Stack(
          children: [
            for (final station in widget.stations)
              Positioned(
                left: widget.project(station).dx - 18,
                top: widget.project(station).dy - 36,
                child: GestureDetector(
                  onTap: () {
                    // seçili istasyonu _selected'a yaz, zaten seçiliyse seçimi kaldır
                  },
                  child: StationMarker(station: station, highlighted: station.id == selected?.id),
                ),
              ),
            if (selected != null)
              Positioned(
                left: 16,
                right: 16,
                bottom: 16,
                child: StationPreviewCard(station: selected),
              ),
          ],
        );
      },
    );
  }
}
""",
    r"""
_selected.value = _selected.value?.id == station.id ? null : station;
""",
    ["_selected.value", "null", "station"],
    must_not=["notifyListeners"],
)


# ================================================================ class_body

row(
    "dart_language",
    "class_body",
    r"""
import 'package:intl/intl.dart';

import 'product.dart';

enum BatchStage { planned, mixing, proofing, baking, cooling, done }

/// One oven load of a single product on the production plan.
class ProductionBatch implements Comparable<ProductionBatch> {
  const ProductionBatch({
    required this.id,
    required this.product,
    required this.trays,
    required this.ovenAt,
    this.stage = BatchStage.planned,
    this.ovenId,
  });

  final String id;
  final Product product;
  final int trays;
  final DateTime ovenAt;
  final BatchStage stage;
  final String? ovenId;

  static final _hm = DateFormat.Hm();

  String get productName => product.name;
  int get pieces => trays * product.piecesPerTray;
  String get ovenTimeLabel => _hm.format(ovenAt);
  bool get isLate => stage.index < BatchStage.baking.index && DateTime.now().isAfter(ovenAt);

  ProductionBatch copyWith({BatchStage? stage, String? ovenId, DateTime? ovenAt}) => ProductionBatch(
        id: id,
        product: product,
        trays: trays,
        ovenAt: ovenAt ?? this.ovenAt,
        stage: stage ?? this.stage,
        ovenId: ovenId ?? this.ovenId,
      );

  // once ovenAt'e gore, saat ayniysa urun adina gore sirala

  @override
  String toString() => 'ProductionBatch($id, $productName x$trays @ $ovenTimeLabel)';
}
""",
    r"""
@override
int compareTo(ProductionBatch other) {
  final byTime = ovenAt.compareTo(other.ovenAt);
  if (byTime != 0) return byTime;
  return productName.compareTo(other.productName);
}
""",
    ["int compareTo", "ovenAt", "productName | product.name"],
    must_not=["sort("],
)

row(
    "async",
    "class_body",
    r"""
import 'dart:async';

import 'package:flutter/foundation.dart';

import 'dough.dart';

/// A tray of dough resting in the proofing cabinet.
@immutable
class ProofingSlot {
  const ProofingSlot({
    required this.cabinetShelf,
    required this.dough,
    required this.startedAt,
    required this.proofTime,
  });

  final int cabinetShelf;
  final Dough dough;
  final DateTime startedAt;
  final Duration proofTime;

  DateTime get readyAt => startedAt.add(proofTime);

  bool get isReady => !DateTime.now().isBefore(readyAt);

  double get progress {
    final done = DateTime.now().difference(startedAt).inSeconds / proofTime.inSeconds;
    return done.clamp(0.0, 1.0);
  }

  // readyAt'e kalan süreyi saniyede bir yayınlayan stream getter; süre bitince kapansın

  ProofingSlot moveTo(int shelf) => ProofingSlot(
        cabinetShelf: shelf,
        dough: dough,
        startedAt: startedAt,
        proofTime: proofTime,
      );

  @override
  String toString() => 'ProofingSlot(shelf $cabinetShelf, ${dough.name}, ready at $readyAt)';
}
""",
    r"""
Stream<Duration> get remaining async* {
  while (true) {
    final left = readyAt.difference(DateTime.now());
    if (left <= Duration.zero) {
      yield Duration.zero;
      return;
    }
    yield left;
    await Future<void>.delayed(const Duration(seconds: 1));
  }
}
""",
    [
        "Stream",
        "get",
        "readyAt",
        "async* | .periodic | StreamController",
        "return | break | takeWhile | take | close | while",
    ],
    checks=["literal 1 | 1000"],
)

row(
    "widgets_layout",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/station.dart';

/// Collapsing header of the station detail page: photo and name, shrinking to a plain bar.
class StationHeaderDelegate extends SliverPersistentHeaderDelegate {
  StationHeaderDelegate({required this.station, required this.topPadding});

  final Station station;
  final double topPadding;

  @override
  double get minExtent => kToolbarHeight + topPadding;

  // tam açıkken 200 yüksekliğinde olsun

  @override
  Widget build(BuildContext context, double shrinkOffset, bool overlapsContent) {
    final t = (shrinkOffset / (maxExtent - minExtent)).clamp(0.0, 1.0);
    final theme = Theme.of(context);
    return Stack(
      fit: StackFit.expand,
      children: [
        Opacity(
          opacity: 1 - t,
          child: Image.network(station.photoUrl, fit: BoxFit.cover),
        ),
        ColoredBox(color: theme.colorScheme.surface.withValues(alpha: t)),
        Positioned(
          left: 16,
          right: 16,
          bottom: 12,
          child: Text(
            station.name,
            maxLines: 1,
            overflow: TextOverflow.ellipsis,
            style: theme.textTheme.titleLarge,
          ),
        ),
      ],
    );
  }

  @override
  bool shouldRebuild(covariant StationHeaderDelegate oldDelegate) =>
      oldDelegate.station != station || oldDelegate.topPadding != topPadding;
}
""",
    r"""
@override
double get maxExtent => 200 + topPadding;
""",
    ["maxExtent"],
    must_not=["minExtent"],
    checks=["literal 200"],
)

row(
    "state",
    "class_body",
    r"""
import 'package:flutter/widgets.dart';

import '../models/ride.dart';

/// Holds the rider's current ride; lives above the navigator so every screen can show it.
class RideSession extends ChangeNotifier {
  Ride? _ride;
  DateTime? _startedAt;

  Ride? get ride => _ride;
  bool get isRiding => _ride != null;
  Duration get elapsed => _startedAt == null ? Duration.zero : DateTime.now().difference(_startedAt!);

  void start(Ride ride) {
    _ride = ride;
    _startedAt = DateTime.now();
    notifyListeners();
  }

  void finish() {
    _ride = null;
    _startedAt = null;
    notifyListeners();
  }
}

class RideScope extends InheritedNotifier<RideSession> {
  const RideScope({super.key, required RideSession session, required super.child})
      : super(notifier: session);

  // of(context): RideSession'ı döndür, session değişince çağıran widget yeniden çizilsin

  /// For callbacks that only act on the session and must not rebuild.
  static RideSession read(BuildContext context) {
    final scope = context.getInheritedWidgetOfExactType<RideScope>();
    assert(scope != null, 'No RideScope above this context');
    return scope!.notifier!;
  }
}
""",
    r"""
static RideSession of(BuildContext context) {
  final scope = context.dependOnInheritedWidgetOfExactType<RideScope>();
  assert(scope != null, 'No RideScope above this context');
  return scope!.notifier!;
}
""",
    ["static", "of(", "dependOnInheritedWidgetOfExactType", "notifier"],
    must_not=["getInheritedWidgetOfExactType", "findAncestorWidgetOfExactType"],
)


# ================================================================ element

row(
    "dart_language",
    "element",
    r"""
import 'package:intl/intl.dart';

import '../models/product.dart';
import 'label_printer.dart';

/// Builds the text lines printed on the shelf label of each packed product.
class ShelfLabelBuilder {
  ShelfLabelBuilder(this._printer);

  final LabelPrinter _printer;
  final _date = DateFormat('dd.MM.yyyy');
  final _price = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');

  static const _mustWarn = {'fıstık', 'susam', 'ceviz'};

  bool needsWarningSticker(Product product) => product.allergens.any(_mustWarn.contains);

  List<String> linesFor(Product product, DateTime bakedAt) {
    final bestBefore = bakedAt.add(Duration(days: product.shelfLifeDays));
    return [
      product.name.toUpperCase(),
      '${product.weightGrams} g · ${_price.format(product.price)}',
      // alerjen varsa 'İçerir: ' ile virgülle birleştirip ekle
      'Üretim: ${_date.format(bakedAt)}',
      'Son tüketim: ${_date.format(bestBefore)}',
      if (product.isVegan) 'Vegan',
    ];
  }

  Future<void> printLabels(Product product, DateTime bakedAt, int copies) async {
    final lines = linesFor(product, bakedAt);
    for (var i = 0; i < copies; i++) {
      await _printer.printLines(lines, warning: needsWarningSticker(product));
    }
  }
}
""",
    r"""
if (product.allergens.isNotEmpty) 'İçerir: ${product.allergens.join(', ')}',
""",
    ["if", "product.allergens", "join"],
    must_not=["toString()"],
    checks=["literal 'İçerir'", "literal ','"],
)

row(
    "widgets_layout",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/station.dart';

class _StatBox extends StatelessWidget {
  const _StatBox({required this.icon, required this.label, required this.value});

  final IconData icon;
  final String label;
  final int value;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return DecoratedBox(
      decoration: BoxDecoration(
        color: theme.colorScheme.surfaceContainerHighest,
        borderRadius: BorderRadius.circular(12),
      ),
      child: Padding(
        padding: const EdgeInsets.all(12),
        child: Column(
          children: [
            Icon(icon),
            Text('$value', style: theme.textTheme.headlineSmall),
            Text(label, style: theme.textTheme.labelMedium),
          ],
        ),
      ),
    );
  }
}

class StationSheet extends StatelessWidget {
  const StationSheet({super.key, required this.station, required this.onNavigate});

  final Station station;
  final VoidCallback onNavigate;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.fromLTRB(16, 8, 16, 24),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          Text(station.name, style: Theme.of(context).textTheme.titleLarge),
          Text(station.address),
          const SizedBox(height: 16),
          // müsait bisiklet ve boş dock kutuları yan yana, eşit genişlikte, arada 12 boşluk
          if (station.availableBikes == 0) const Text('Şu an bu istasyonda bisiklet yok'),
          if (station.freeDocks == 0) const Text('İstasyon dolu, bisiklet bırakılamaz'),
          const SizedBox(height: 16),
          FilledButton.icon(
            onPressed: onNavigate,
            icon: const Icon(Icons.directions_walk),
            label: const Text('Yol tarifi'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
Row(
  children: [
    Expanded(
      child: _StatBox(icon: Icons.pedal_bike, label: 'Bisiklet', value: station.availableBikes),
    ),
    const SizedBox(width: 12),
    Expanded(
      child: _StatBox(icon: Icons.local_parking, label: 'Boş dock', value: station.freeDocks),
    ),
  ],
),
""",
    ["Row", "Expanded | Flexible", "_StatBox", "availableBikes", "freeDocks"],
    must_not=["Column("],
    checks=["call Row > _StatBox", "literal 12"],
)

row(
    "navigation",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import '../models/ride_receipt.dart';
import '../screens/map_screen.dart';
import '../screens/qr_scan_page.dart';
import '../screens/ride_history_page.dart';
import '../screens/ride_receipt_page.dart';
import '../screens/wallet_page.dart';
import 'home_shell.dart';

final _rootNavigatorKey = GlobalKey<NavigatorState>();

final GoRouter appRouter = GoRouter(
  navigatorKey: _rootNavigatorKey,
  initialLocation: '/map',
  routes: [
    StatefulShellRoute.indexedStack(
      builder: (context, state, navigationShell) => HomeShell(navigationShell: navigationShell),
      branches: [
        StatefulShellBranch(routes: [
          GoRoute(path: '/map', builder: (context, state) => const MapScreen()),
        ]),
        StatefulShellBranch(routes: [
          GoRoute(path: '/rides', builder: (context, state) => const RideHistoryPage()),
        ]),
        StatefulShellBranch(routes: [
          GoRoute(path: '/wallet', builder: (context, state) => const WalletPage()),
        ]),
      ],
    ),
    // /scan: QrScanPage tam ekran dialog olarak açılsın, ?station= değerini stationId'ye ver
    GoRoute(
      path: '/receipt',
      builder: (context, state) => RideReceiptPage(receipt: state.extra! as RideReceipt),
    ),
  ],
);
""",
    r"""
GoRoute(
  path: '/scan',
  pageBuilder: (context, state) => MaterialPage(
    key: state.pageKey,
    fullscreenDialog: true,
    child: QrScanPage(stationId: state.uri.queryParameters['station']),
  ),
),
""",
    ["GoRoute", "pageBuilder", "fullscreenDialog | CustomTransitionPage", "QrScanPage", "queryParameters", "stationId"],
    must_not=["state.queryParameters", "pathParameters"],
    checks=["call GoRoute > QrScanPage", "literal '/scan'", "literal 'station'"],
)

row(
    "state",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import 'app.dart';
import 'models/oven.dart';
import 'services/bakery_api.dart';
import 'services/oven_service.dart';
import 'state/plan_editor.dart';
import 'state/staff_session.dart';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  final api = BakeryApi(baseUrl: const String.fromEnvironment('API_URL'));
  final session = await StaffSession.restore(api);

  runApp(
    MultiProvider(
      providers: [
        ChangeNotifierProvider<StaffSession>.value(value: session),
        Provider<BakeryApi>.value(value: api),
        Provider<OvenService>(
          create: (_) => OvenService(api),
          dispose: (_, service) => service.close(),
        ),
        // fırın durumları için OvenService.watchOvens stream'i, başta boş liste
        ChangeNotifierProvider<PlanEditor>(
          create: (context) => PlanEditor(const []),
        ),
      ],
      child: const BakeryApp(),
    ),
  );
}

/// Small helper used by the oven screens.
extension OvenLookup on BuildContext {
  Oven? ovenById(String id) {
    final ovens = watch<List<Oven>>();
    for (final oven in ovens) {
      if (oven.id == id) return oven;
    }
    return null;
  }
}
""",
    r"""
StreamProvider<List<Oven>>(
  create: (context) => context.read<OvenService>().watchOvens(),
  initialData: const [],
),
""",
    ["StreamProvider", "watchOvens", "initialData"],
    must_not=["FutureProvider", "StreamBuilder", "initialData: null"],
    checks=["call StreamProvider | StreamProvider.value"],
)


# ================================================================ argument

row(
    "dart_language",
    "argument",
    r"""
import '../models/dock.dart';
import '../models/station.dart';
import 'dock_api.dart';

class StationFullException implements Exception {
  StationFullException(this.stationId);

  final String stationId;

  @override
  String toString() => 'StationFullException: $stationId has no free dock';
}

/// Picks a dock for a bike that is being returned and holds it for two minutes.
class DockAssigner {
  DockAssigner(this._api);

  final DockApi _api;
  final Map<String, DateTime> _reservedUntil = {};

  bool _isReserved(Dock dock) {
    final until = _reservedUntil[dock.id];
    return until != null && until.isAfter(DateTime.now());
  }

  Future<Dock> reserveFor(Station station) async {
    final dock = station.docks.firstWhere(
      (d) => d.bikeId == null && d.isOperational && !_isReserved(d),
      // boş dock yoksa StationFullException fırlat
    );
    _reservedUntil[dock.id] = DateTime.now().add(const Duration(minutes: 2));
    await _api.reserve(station.id, dock.id);
    return dock;
  }

  void release(Dock dock) => _reservedUntil.remove(dock.id);

  int freeDocks(Station station) =>
      station.docks.where((d) => d.bikeId == null && d.isOperational && !_isReserved(d)).length;
}
""",
    r"""
orElse: () => throw StationFullException(station.id),
""",
    ["orElse", "throw", "StationFullException", "station.id"],
    must_not=["null"],
)

row(
    "async",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/station.dart';
import '../services/station_api.dart';
import '../widgets/station_tile.dart';

class NearbyStationsPage extends StatefulWidget {
  const NearbyStationsPage({super.key, required this.api, required this.latitude, required this.longitude});

  final StationApi api;
  final double latitude;
  final double longitude;

  @override
  State<NearbyStationsPage> createState() => _NearbyStationsPageState();
}

class _NearbyStationsPageState extends State<NearbyStationsPage> {
  late Future<List<Station>> _stations = _load();

  Future<List<Station>> _load() => widget.api.nearby(widget.latitude, widget.longitude, radiusMeters: 800);

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Yakındaki istasyonlar')),
      body: RefreshIndicator(
        // asagi cekince istasyonlari yeniden yukle
        child: FutureBuilder<List<Station>>(
          future: _stations,
          builder: (context, snapshot) {
            if (snapshot.hasError) {
              return ListView(children: const [ListTile(title: Text('İstasyonlar yüklenemedi'))]);
            }
            final stations = snapshot.data;
            if (stations == null) return const Center(child: CircularProgressIndicator());
            return ListView.builder(
              physics: const AlwaysScrollableScrollPhysics(),
              itemCount: stations.length,
              itemBuilder: (context, index) => StationTile(station: stations[index]),
            );
          },
        ),
      ),
    );
  }
}
""",
    r"""
onRefresh: () {
  final next = _load();
  setState(() => _stations = next);
  return next;
},
""",
    ["onRefresh", "_load | widget.api.nearby", "setState", "_stations"],
    must_not=["onPressed"],
)

row(
    "widgets_layout",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/product.dart';

/// Grid the shift lead picks tonight's products from.
class ProductPickerGrid extends StatelessWidget {
  const ProductPickerGrid({
    super.key,
    required this.products,
    required this.selectedIds,
    required this.onToggle,
  });

  final List<Product> products;
  final Set<String> selectedIds;
  final ValueChanged<Product> onToggle;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return GridView.builder(
      padding: const EdgeInsets.all(16),
      // kartlar en fazla 180 genislikte olsun, yatay ve dikey 8 bosluk
      itemCount: products.length,
      itemBuilder: (context, index) {
        final product = products[index];
        final selected = selectedIds.contains(product.id);
        return Card(
          clipBehavior: Clip.antiAlias,
          color: selected ? scheme.primaryContainer : null,
          child: InkWell(
            onTap: () => onToggle(product),
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.stretch,
              children: [
                Expanded(child: Image.asset(product.imageAsset, fit: BoxFit.cover)),
                Padding(
                  padding: const EdgeInsets.all(8),
                  child: Text(product.name, maxLines: 2, overflow: TextOverflow.ellipsis),
                ),
              ],
            ),
          ),
        );
      },
    );
  }
}
""",
    r"""
gridDelegate: const SliverGridDelegateWithMaxCrossAxisExtent(
  maxCrossAxisExtent: 180,
  mainAxisSpacing: 8,
  crossAxisSpacing: 8,
),
""",
    ["gridDelegate", "SliverGridDelegateWithMaxCrossAxisExtent", "mainAxisSpacing", "crossAxisSpacing"],
    must_not=["SliverGridDelegateWithFixedCrossAxisCount"],
    checks=[
        "call SliverGridDelegateWithMaxCrossAxisExtent(maxCrossAxisExtent, mainAxisSpacing, crossAxisSpacing)",
        "literal 180",
        "literal 8",
    ],
)

row(
    "navigation",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import '../auth/staff_session.dart';
import '../screens/login_page.dart';
import '../screens/plan_edit_page.dart';
import '../screens/plan_page.dart';
import '../screens/recipes_page.dart';

GoRouter buildRouter(StaffSession session) {
  return GoRouter(
    initialLocation: '/plan',
    refreshListenable: session,
    redirect: (context, state) {
      final loggingIn = state.matchedLocation == '/login';
      if (!session.isSignedIn) return loggingIn ? null : '/login';
      return loggingIn ? '/plan' : null;
    },
    routes: [
      GoRoute(path: '/login', builder: (context, state) => const LoginPage()),
      GoRoute(
        path: '/plan',
        builder: (context, state) => const PlanPage(),
        routes: [
          GoRoute(
            path: 'edit/:day',
            // isShiftLead degilse duzenleme ekrani acilmasin, /plan'a donsun
            builder: (context, state) => PlanEditPage(day: DateTime.parse(state.pathParameters['day']!)),
          ),
        ],
      ),
      GoRoute(
        path: '/recipes',
        builder: (context, state) => const RecipesPage(),
      ),
    ],
  );
}
""",
    r"""
redirect: (context, state) => session.isShiftLead ? null : '/plan',
""",
    ["redirect", "isShiftLead", "null"],
    must_not=["context.go", "builder:"],
    checks=["literal '/plan'"],
)


if __name__ == "__main__":
    ROWS.write()
