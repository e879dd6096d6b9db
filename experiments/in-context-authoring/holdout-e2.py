"""In-context held-out rows, batch 5 (holdout-e2): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics lists, async, theming, localization (5 each, one per
position); app domains a laundry-service app and a chess-club app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-e2.py  -> data/in_context/drafts/holdout-e2.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-e2", "holde2")
row = ROWS.row


# ================================================================ statements

row("lists", "statements", r"""
import 'package:flutter/material.dart';

class ClubPlayer {
  const ClubPlayer({required this.id, required this.name, required this.rating});

  final int id;
  final String name;
  final int rating;
}

class Pairing {
  const Pairing({required this.board, required this.white, required this.black});

  final int board;
  final ClubPlayer white;
  final ClubPlayer black;
}

class RoundController extends ChangeNotifier {
  RoundController(this.players);

  final List<ClubPlayer> players;
  List<Pairing> pairings = [];
  ClubPlayer? bye;
  int round = 0;

  void startNextRound() {
    round++;
    // oyunculari ratinge gore buyukten kucuge sirala, ikiser ikiser masalara esle; tek kalan olursa bye'a yaz
    notifyListeners();
  }
}

class RoundView extends StatelessWidget {
  const RoundView({super.key, required this.controller});

  final RoundController controller;

  @override
  Widget build(BuildContext context) {
    return ListenableBuilder(
      listenable: controller,
      builder: (context, _) => Column(
        children: [
          Text('${controller.round}. tur', style: Theme.of(context).textTheme.titleLarge),
          for (final p in controller.pairings)
            ListTile(
              leading: CircleAvatar(child: Text('${p.board}')),
              title: Text('${p.white.name} - ${p.black.name}'),
            ),
          if (controller.bye != null) Text('Bye: ${controller.bye!.name}'),
          FilledButton(onPressed: controller.startNextRound, child: const Text('Sonraki tur')),
        ],
      ),
    );
  }
}
""", r"""
final sorted = List.of(players)..sort((a, b) => b.rating.compareTo(a.rating));
pairings = [
  for (var i = 0; i + 1 < sorted.length; i += 2)
    Pairing(board: i ~/ 2 + 1, white: sorted[i], black: sorted[i + 1]),
];
bye = sorted.length.isOdd ? sorted.last : null;
""", ["sort | sorted", "b.rating.compareTo(a.rating) | b.rating - a.rating | -a.rating.compareTo(b.rating) | reversed",
      "pairings", "Pairing", "bye",
      "isOdd | isEven | % 2 | .last | removeLast | .first | removeAt | isEmpty | isNotEmpty | length == 1"],
    checks=["call Pairing(board, white, black)"])

row("async", "statements", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class LaundryOrder {
  const LaundryOrder({required this.id, required this.customerName, required this.pieces, required this.status});

  final String id;
  final String customerName;
  final int pieces;
  final String status;
}

abstract class OrdersApi {
  Future<List<LaundryOrder>> fetchOrders();
}

class OrdersPage extends StatefulWidget {
  const OrdersPage({super.key, required this.api});

  final OrdersApi api;

  @override
  State<OrdersPage> createState() => _OrdersPageState();
}

class _OrdersPageState extends State<OrdersPage> {
  List<LaundryOrder> _orders = [];
  bool _loading = false;
  String? _error;

  @override
  void initState() {
    super.initState();
    _loadOrders();
  }

  Future<void> _loadOrders() async {
    setState(() {
      _loading = true;
      _error = null;
    });
    // siparisleri api'den cek; 10 saniyede gelmezse ya da hata olursa _error'a 'Siparişler yüklenemedi' yaz, her durumda yukleniyor'u kapat
  }

  @override
  Widget build(BuildContext context) {
    final Widget body;
    if (_loading) {
      body = const Center(child: CircularProgressIndicator());
    } else if (_error != null) {
      body = Center(child: TextButton(onPressed: _loadOrders, child: Text('$_error — tekrar dene')));
    } else {
      body = ListView.builder(
        itemCount: _orders.length,
        itemBuilder: (context, index) {
          final order = _orders[index];
          return ListTile(
            title: Text(order.customerName),
            subtitle: Text('${order.pieces} parça · ${order.status}'),
          );
        },
      );
    }
    return Scaffold(appBar: AppBar(title: const Text('Siparişler')), body: body);
  }
}
""", r"""
try {
  final orders = await widget.api.fetchOrders().timeout(const Duration(seconds: 10));
  if (!mounted) return;
  setState(() => _orders = orders);
} catch (_) {
  if (!mounted) return;
  setState(() => _error = 'Siparişler yüklenemedi');
} finally {
  if (mounted) setState(() => _loading = false);
}
""", ["fetchOrders", "timeout", "catch | catchError | onError", "_orders", "_error",
      "_loading = false", "setState"],
    checks=["call .timeout | Future.any", "literal 10", "literal 'yuklenemedi'"])

row("theming", "statements", r"""
import 'package:flutter/material.dart';

import 'screens/club_home_page.dart';

const clubGreen = Color(0xFF1B5E20);

ThemeData buildClubTheme(Brightness brightness) {
  // clubGreen'den brightness'a göre ColorScheme üret, AppBar başlıkları ortada dursun, temayı döndür
}

void main() => runApp(const ChessClubApp());

class ChessClubApp extends StatelessWidget {
  const ChessClubApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Satranç Kulübü',
      debugShowCheckedModeBanner: false,
      theme: buildClubTheme(Brightness.light),
      darkTheme: buildClubTheme(Brightness.dark),
      home: const ClubHomePage(),
    );
  }
}

class ClubBadge extends StatelessWidget {
  const ClubBadge({super.key, required this.label});

  final String label;

  @override
  Widget build(BuildContext context) {
    final colors = Theme.of(context).colorScheme;
    return Container(
      padding: const EdgeInsets.symmetric(horizontal: 10, vertical: 4),
      decoration: BoxDecoration(
        color: colors.secondaryContainer,
        borderRadius: BorderRadius.circular(12),
      ),
      child: Text(label, style: TextStyle(color: colors.onSecondaryContainer)),
    );
  }
}
""", r"""
final colorScheme = ColorScheme.fromSeed(seedColor: clubGreen, brightness: brightness);
return ThemeData(
  colorScheme: colorScheme,
  appBarTheme: const AppBarTheme(centerTitle: true),
);
""", ["ColorScheme.fromSeed | colorSchemeSeed", "clubGreen", "brightness", "ThemeData", "return",
      "AppBarTheme", "centerTitle: true"],
    checks=["call AppBarTheme(centerTitle)"])

row("localization", "statements", r"""
import 'package:flutter/material.dart';
import 'package:intl/date_symbol_data_local.dart';
import 'package:intl/intl.dart';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  // tarih formatları için Türkçe verileri yükle, varsayılan dili tr_TR yap, sonra LaundryApp'i başlat
}

class LaundryApp extends StatelessWidget {
  const LaundryApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Temiz Çamaşır',
      theme: ThemeData(colorSchemeSeed: Colors.lightBlue),
      home: const PickupListPage(),
    );
  }
}

class PickupListPage extends StatelessWidget {
  const PickupListPage({super.key});

  @override
  Widget build(BuildContext context) {
    final now = DateTime.now();
    final pickups = [
      now.add(const Duration(days: 1, hours: 2)),
      now.add(const Duration(days: 2)),
      now.add(const Duration(days: 4, hours: 5)),
    ];
    final format = DateFormat('d MMMM EEEE, HH:mm');
    return Scaffold(
      appBar: AppBar(title: const Text('Teslim alma günleri')),
      body: ListView(
        children: [
          for (final pickup in pickups)
            ListTile(
              leading: const Icon(Icons.local_laundry_service),
              title: Text(format.format(pickup)),
            ),
        ],
      ),
    );
  }
}
""", r"""
await initializeDateFormatting('tr_TR');
Intl.defaultLocale = 'tr_TR';
runApp(const LaundryApp());
""", ["initializeDateFormatting", "await | then", "Intl.defaultLocale", "runApp", "LaundryApp"],
    checks=["call initializeDateFormatting", "literal 'tr'"])

# ================================================================ callback

row("lists", "callback", r"""
import 'package:flutter/material.dart';

class BasketItem {
  const BasketItem({required this.id, required this.name, required this.unitPrice, required this.quantity});

  final int id;
  final String name;
  final double unitPrice;
  final int quantity;
}

class BasketPage extends StatefulWidget {
  const BasketPage({super.key, required this.initialItems});

  final List<BasketItem> initialItems;

  @override
  State<BasketPage> createState() => _BasketPageState();
}

class _BasketPageState extends State<BasketPage> {
  late final List<BasketItem> _items = List.of(widget.initialItems);

  double get _total => _items.fold(0, (sum, item) => sum + item.unitPrice * item.quantity);

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Sepet')),
      body: ListView.builder(
        itemCount: _items.length,
        itemBuilder: (context, index) {
          final item = _items[index];
          return Dismissible(
            key: ValueKey(item.id),
            direction: DismissDirection.endToStart,
            background: Container(
              color: Colors.red,
              alignment: Alignment.centerRight,
              padding: const EdgeInsets.only(right: 16),
              child: const Icon(Icons.delete, color: Colors.white),
            ),
            onDismissed: (direction) {
              // sepetten çıkar; snackbarda 'Geri al' butonu olsun, basılırsa ürünü aynı sırasına geri koy
            },
            child: ListTile(
              title: Text(item.name),
              subtitle: Text('${item.quantity} adet'),
              trailing: Text('${(item.unitPrice * item.quantity).toStringAsFixed(2)} ₺'),
            ),
          );
        },
      ),
      bottomNavigationBar: Padding(
        padding: const EdgeInsets.all(16),
        child: Text('Toplam: ${_total.toStringAsFixed(2)} ₺', textAlign: TextAlign.end),
      ),
    );
  }
}
""", r"""
setState(() => _items.removeAt(index));
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(
    content: Text('${item.name} sepetten çıkarıldı'),
    action: SnackBarAction(
      label: 'Geri al',
      onPressed: () => setState(() => _items.insert(index, item)),
    ),
  ),
);
""", ["setState", "_items", "removeAt | remove", "showSnackBar", "SnackBar", "SnackBarAction", "insert"],
    must_not=["_items.add"],
    checks=["call SnackBarAction(label, onPressed: .insert)", "literal 'Geri al'"])

row("async", "callback", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class ChessClock extends StatefulWidget {
  const ChessClock({super.key, required this.minutes, required this.onTimeout});

  final int minutes;
  final void Function(bool whiteLost) onTimeout;

  @override
  State<ChessClock> createState() => _ChessClockState();
}

class _ChessClockState extends State<ChessClock> {
  late int _whiteSeconds = widget.minutes * 60;
  late int _blackSeconds = widget.minutes * 60;
  bool _whiteToMove = true;
  Timer? _timer;

  void _start() {
    _timer?.cancel();
    _timer = Timer.periodic(const Duration(seconds: 1), (timer) {
      // sırası gelen oyuncunun süresini bir saniye düşür; süresi biterse timer'ı durdur ve onTimeout'u çağır
    });
  }

  void _switchTurn() {
    if (_timer == null) _start();
    setState(() => _whiteToMove = !_whiteToMove);
  }

  String _format(int seconds) => '${seconds ~/ 60}:${(seconds % 60).toString().padLeft(2, '0')}';

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  Widget _side(String label, int seconds, bool active) {
    return InkWell(
      onTap: active ? _switchTurn : null,
      child: Container(
        alignment: Alignment.center,
        color: active ? Colors.amber.shade200 : Colors.grey.shade300,
        child: Text('$label\n${_format(seconds)}', textAlign: TextAlign.center, style: const TextStyle(fontSize: 40)),
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Expanded(child: RotatedBox(quarterTurns: 2, child: _side('Siyah', _blackSeconds, !_whiteToMove))),
        Expanded(child: _side('Beyaz', _whiteSeconds, _whiteToMove)),
      ],
    );
  }
}
""", r"""
setState(() {
  if (_whiteToMove) {
    _whiteSeconds--;
  } else {
    _blackSeconds--;
  }
});
final left = _whiteToMove ? _whiteSeconds : _blackSeconds;
if (left <= 0) {
  timer.cancel();
  widget.onTimeout(_whiteToMove);
}
""", ["setState", "_whiteToMove", "_whiteSeconds", "_blackSeconds", "<= 0 | == 0 | < 1 | > 0", "cancel",
      "widget.onTimeout"],
    checks=["call .cancel", "call widget.onTimeout"])

row("theming", "callback", r"""
import 'package:flutter/material.dart';

enum WashProgram { quick, standard, delicate, wool }

class ProgramSelector extends StatelessWidget {
  const ProgramSelector({super.key, required this.selected, required this.onChanged, this.enabled = true});

  final WashProgram selected;
  final ValueChanged<WashProgram> onChanged;
  final bool enabled;

  static const _labels = {
    WashProgram.quick: 'Hızlı',
    WashProgram.standard: 'Standart',
    WashProgram.delicate: 'Hassas',
    WashProgram.wool: 'Yünlü',
  };

  @override
  Widget build(BuildContext context) {
    final colors = Theme.of(context).colorScheme;
    return SegmentedButton<WashProgram>(
      segments: [
        for (final program in WashProgram.values)
          ButtonSegment(value: program, label: Text(_labels[program]!)),
      ],
      selected: {selected},
      showSelectedIcon: false,
      onSelectionChanged: enabled ? (selection) => onChanged(selection.first) : null,
      style: ButtonStyle(
        backgroundColor: WidgetStateProperty.resolveWith((states) {
          // devre disiysa gri, seciliyse temanin primaryContainer rengi, digerlerinde surface donsun
        }),
        foregroundColor: WidgetStateProperty.resolveWith(
          (states) => states.contains(WidgetState.selected) ? colors.onPrimaryContainer : colors.onSurface,
        ),
      ),
    );
  }
}
""", r"""
if (states.contains(WidgetState.disabled)) {
  return Colors.grey.shade300;
}
if (states.contains(WidgetState.selected)) {
  return colors.primaryContainer;
}
return colors.surface;
""", ["WidgetState.disabled | MaterialState.disabled", "WidgetState.selected | MaterialState.selected",
      "colors.primaryContainer | colorScheme.primaryContainer",
      "colors.surface | colorScheme.surface",
      "Colors.grey | Colors.blueGrey | disabledColor | CupertinoColors.systemGrey"],
    must_not=["colors.primary | colorScheme.primary"])

row("localization", "callback", r"""
import 'package:flutter/material.dart';
import 'package:flutter_gen/gen_l10n/app_localizations.dart';

class NewMemberForm extends StatefulWidget {
  const NewMemberForm({super.key, required this.onSave});

  final void Function(String name, int rating) onSave;

  @override
  State<NewMemberForm> createState() => _NewMemberFormState();
}

class _NewMemberFormState extends State<NewMemberForm> {
  final _formKey = GlobalKey<FormState>();
  final _nameController = TextEditingController();
  final _ratingController = TextEditingController();

  @override
  void dispose() {
    _nameController.dispose();
    _ratingController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _nameController,
            decoration: InputDecoration(labelText: l10n.memberName),
            validator: (value) => (value == null || value.trim().isEmpty) ? l10n.requiredField : null,
          ),
          TextFormField(
            controller: _ratingController,
            keyboardType: TextInputType.number,
            decoration: InputDecoration(labelText: l10n.ratingLabel),
            validator: (value) {
              // bossa l10n.requiredField, 1000 ile 3000 arasinda bir sayi degilse l10n.ratingOutOfRange dondursun
            },
          ),
          FilledButton(
            onPressed: () {
              if (_formKey.currentState!.validate()) {
                widget.onSave(_nameController.text.trim(), int.parse(_ratingController.text.trim()));
              }
            },
            child: Text(l10n.save),
          ),
        ],
      ),
    );
  }
}
""", r"""
if (value == null || value.trim().isEmpty) {
  return l10n.requiredField;
}
final rating = int.tryParse(value.trim());
if (rating == null || rating < 1000 || rating > 3000) {
  return l10n.ratingOutOfRange;
}
return null;
""", ["requiredField", "ratingOutOfRange", "isEmpty | isNotEmpty | == ''", "int.tryParse | num.tryParse | double.tryParse"],
    must_not=["int.parse", "double.parse", "num.parse"],
    checks=["literal 1000", "literal 3000"])

# ================================================================ class_body

row("lists", "class_body", r"""
import 'package:flutter/material.dart';

enum GameResult { win, draw, loss }

class PlayerRecord {
  const PlayerRecord({required this.name, required this.results});

  final String name;
  final List<GameResult> results;

  int get wins => results.where((r) => r == GameResult.win).length;

  // toplam puan getter'i lazim: galibiyet tam puan, beraberlik yarim puan, maglubiyet sifir

  int get gamesPlayed => results.length;
}

class StandingsTable extends StatelessWidget {
  const StandingsTable({super.key, required this.records});

  final List<PlayerRecord> records;

  @override
  Widget build(BuildContext context) {
    final sorted = [...records]..sort((a, b) => b.score.compareTo(a.score));
    return DataTable(
      columns: const [
        DataColumn(label: Text('Oyuncu')),
        DataColumn(label: Text('O'), numeric: true),
        DataColumn(label: Text('G'), numeric: true),
        DataColumn(label: Text('Puan'), numeric: true),
      ],
      rows: [
        for (final record in sorted)
          DataRow(cells: [
            DataCell(Text(record.name)),
            DataCell(Text('${record.gamesPlayed}')),
            DataCell(Text('${record.wins}')),
            DataCell(Text(record.score.toStringAsFixed(1))),
          ]),
      ],
    );
  }
}
""", r"""
double get score => wins + results.where((r) => r == GameResult.draw).length * 0.5;
""", ["score", "wins | GameResult.win", "GameResult.draw | .draw", "0.5 | / 2 | .5"])

row("async", "class_body", r"""
import 'dart:async';

import 'package:flutter/material.dart';

enum OrderStatus { received, washing, ironing, ready, delivered }

class OrderTracker extends StatefulWidget {
  const OrderTracker({super.key, required this.orderId, required this.statusStream});

  final String orderId;
  final Stream<OrderStatus> statusStream;

  @override
  State<OrderTracker> createState() => _OrderTrackerState();
}

class _OrderTrackerState extends State<OrderTracker> {
  static const _labels = {
    OrderStatus.received: 'Teslim alındı',
    OrderStatus.washing: 'Yıkanıyor',
    OrderStatus.ironing: 'Ütüleniyor',
    OrderStatus.ready: 'Hazır',
    OrderStatus.delivered: 'Teslim edildi',
  };

  StreamSubscription<OrderStatus>? _subscription;
  OrderStatus _status = OrderStatus.received;

  // initState'te statusStream'i dinleyip gelen durumu _status'a yaz, dispose'da aboneliği iptal etmeyi unutma

  @override
  Widget build(BuildContext context) {
    final step = OrderStatus.values.indexOf(_status);
    return Card(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          ListTile(
            leading: const Icon(Icons.local_laundry_service_outlined),
            title: Text('Sipariş #${widget.orderId}'),
            subtitle: Text(_labels[_status]!),
          ),
          Padding(
            padding: const EdgeInsets.fromLTRB(16, 0, 16, 16),
            child: LinearProgressIndicator(value: (step + 1) / OrderStatus.values.length),
          ),
        ],
      ),
    );
  }
}
""", r"""
@override
void initState() {
  super.initState();
  _subscription = widget.statusStream.listen((status) {
    setState(() => _status = status);
  });
}

@override
void dispose() {
  _subscription?.cancel();
  super.dispose();
}
""", ["initState", "super.initState", "widget.statusStream", "listen", "_subscription", "setState", "_status",
      "dispose", "cancel", "super.dispose"],
    must_not=["StreamBuilder"],
    checks=["call .listen", "call .cancel"])

row("theming", "class_body", r"""
import 'package:flutter/material.dart';

class BoardColors extends ThemeExtension<BoardColors> {
  const BoardColors({required this.lightSquare, required this.darkSquare, required this.highlight});

  final Color lightSquare;
  final Color darkSquare;
  final Color highlight;

  static const classic = BoardColors(
    lightSquare: Color(0xFFF0D9B5),
    darkSquare: Color(0xFFB58863),
    highlight: Color(0xFFCDD26A),
  );

  static const night = BoardColors(
    lightSquare: Color(0xFF9E9E9E),
    darkSquare: Color(0xFF424242),
    highlight: Color(0xFF64B5F6),
  );

  // ThemeExtension icin copyWith ve lerp'i yaz, lerp renkleri t'ye gore karistirsin
}

class BoardSquare extends StatelessWidget {
  const BoardSquare({super.key, required this.file, required this.rank, this.selected = false, this.onTap});

  final int file;
  final int rank;
  final bool selected;
  final VoidCallback? onTap;

  @override
  Widget build(BuildContext context) {
    final colors = Theme.of(context).extension<BoardColors>() ?? BoardColors.classic;
    final isLight = (file + rank).isOdd;
    return GestureDetector(
      onTap: onTap,
      child: Container(
        color: selected
            ? colors.highlight
            : isLight
                ? colors.lightSquare
                : colors.darkSquare,
      ),
    );
  }
}
""", r"""
@override
BoardColors copyWith({Color? lightSquare, Color? darkSquare, Color? highlight}) {
  return BoardColors(
    lightSquare: lightSquare ?? this.lightSquare,
    darkSquare: darkSquare ?? this.darkSquare,
    highlight: highlight ?? this.highlight,
  );
}

@override
BoardColors lerp(BoardColors? other, double t) {
  if (other is! BoardColors) return this;
  return BoardColors(
    lightSquare: Color.lerp(lightSquare, other.lightSquare, t)!,
    darkSquare: Color.lerp(darkSquare, other.darkSquare, t)!,
    highlight: Color.lerp(highlight, other.highlight, t)!,
  );
}
""", ["copyWith", "lerp", "Color.lerp", "lightSquare", "darkSquare", "highlight", "??"],
    checks=["call Color.lerp", "call BoardColors"])

row("localization", "class_body", r"""
import 'package:flutter/material.dart';
import 'package:flutter_gen/gen_l10n/app_localizations.dart';
import 'package:intl/intl.dart';

enum OrderStatus { received, washing, ready, delivered }

class LaundryOrder {
  const LaundryOrder({required this.id, required this.customerName, required this.pickupAt, required this.status});

  final String id;
  final String customerName;
  final DateTime pickupAt;
  final OrderStatus status;
}

class OrderCard extends StatelessWidget {
  const OrderCard({super.key, required this.order, this.onTap});

  final LaundryOrder order;
  final VoidCallback? onTap;

  // order.status'u çeviriye çeviren _statusLabel(context) metodunu yaz; ARB anahtarları statusReceived, statusWashing, statusReady, statusDelivered

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    final pickup = DateFormat.MMMEd(l10n.localeName).format(order.pickupAt);
    return Card(
      child: ListTile(
        onTap: onTap,
        title: Text(order.customerName),
        subtitle: Text(l10n.pickupOn(pickup)),
        trailing: Chip(label: Text(_statusLabel(context))),
      ),
    );
  }
}
""", r"""
String _statusLabel(BuildContext context) {
  final l10n = AppLocalizations.of(context)!;
  return switch (order.status) {
    OrderStatus.received => l10n.statusReceived,
    OrderStatus.washing => l10n.statusWashing,
    OrderStatus.ready => l10n.statusReady,
    OrderStatus.delivered => l10n.statusDelivered,
  };
}
""", ["_statusLabel", "AppLocalizations.of", "order.status", "statusReceived", "statusWashing", "statusReady",
      "statusDelivered"],
    must_not=[".name"])

# ================================================================ element

row("lists", "element", r"""
import 'package:flutter/material.dart';

class LaundryService {
  const LaundryService({required this.id, required this.name, required this.price});

  final int id;
  final String name;
  final double price;
}

class ServicePicker extends StatefulWidget {
  const ServicePicker({super.key, required this.services, required this.onChanged});

  final List<LaundryService> services;
  final ValueChanged<Set<LaundryService>> onChanged;

  @override
  State<ServicePicker> createState() => _ServicePickerState();
}

class _ServicePickerState extends State<ServicePicker> {
  final Set<LaundryService> _selected = {};

  void _toggle(LaundryService service, bool selected) {
    setState(() {
      if (selected) {
        _selected.add(service);
      } else {
        _selected.remove(service);
      }
    });
    widget.onChanged(Set.of(_selected));
  }

  @override
  Widget build(BuildContext context) {
    final total = _selected.fold<double>(0, (sum, s) => sum + s.price);
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Text('Hizmetler', style: Theme.of(context).textTheme.titleMedium),
        const SizedBox(height: 8),
        Wrap(
          spacing: 8,
          runSpacing: 4,
          children: [
            // her hizmet için bir FilterChip: adı ve fiyatı yazsın, seçiliyse işaretli görünsün, tıklayınca _toggle çağrılsın
          ],
        ),
        const SizedBox(height: 12),
        Text('Toplam: ${total.toStringAsFixed(2)} ₺'),
      ],
    );
  }
}
""", r"""
for (final service in widget.services)
  FilterChip(
    label: Text('${service.name} · ${service.price.toStringAsFixed(2)} ₺'),
    selected: _selected.contains(service),
    onSelected: (selected) => _toggle(service, selected),
  ),
""", ["for | map", "widget.services", "FilterChip", "contains", "_toggle"],
    must_not=["ChoiceChip"],
    checks=["call FilterChip(label, selected, onSelected: _toggle)"])

row("async", "element", r"""
import 'package:flutter/material.dart';

class Pairing {
  const Pairing({required this.board, required this.white, required this.black});

  final int board;
  final String white;
  final String black;
}

abstract class TournamentRepository {
  Future<List<Pairing>> fetchPairings(int round);
}

class RoundPage extends StatefulWidget {
  const RoundPage({super.key, required this.repo, required this.round});

  final TournamentRepository repo;
  final int round;

  @override
  State<RoundPage> createState() => _RoundPageState();
}

class _RoundPageState extends State<RoundPage> {
  late Future<List<Pairing>> _pairingsFuture;

  @override
  void initState() {
    super.initState();
    _pairingsFuture = widget.repo.fetchPairings(widget.round);
  }

  void _reload() {
    setState(() {
      _pairingsFuture = widget.repo.fetchPairings(widget.round);
    });
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text('${widget.round}. Tur'),
        actions: [IconButton(icon: const Icon(Icons.refresh), onPressed: _reload)],
      ),
      body: Column(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          Padding(
            padding: const EdgeInsets.all(16),
            child: Text('Masa eşleşmeleri', style: Theme.of(context).textTheme.titleMedium),
          ),
          // eşleşmeleri FutureBuilder'la göster: beklerken spinner, hata olursa 'Eşleşmeler alınamadı' yazsın, gelince her masa bir ListTile
        ],
      ),
    );
  }
}
""", r"""
Expanded(
  child: FutureBuilder<List<Pairing>>(
    future: _pairingsFuture,
    builder: (context, snapshot) {
      if (snapshot.connectionState != ConnectionState.done) {
        return const Center(child: CircularProgressIndicator());
      }
      if (snapshot.hasError) {
        return const Center(child: Text('Eşleşmeler alınamadı'));
      }
      final pairings = snapshot.data ?? [];
      return ListView.builder(
        itemCount: pairings.length,
        itemBuilder: (context, index) {
          final pairing = pairings[index];
          return ListTile(
            leading: CircleAvatar(child: Text('${pairing.board}')),
            title: Text('${pairing.white} - ${pairing.black}'),
          );
        },
      );
    },
  ),
),
""", ["FutureBuilder", "_pairingsFuture", "hasError | error", "CircularProgressIndicator | CupertinoActivityIndicator",
      "ListTile", "snapshot.data | requireData | .data"],
    must_not=["fetchPairings"],
    checks=["call FutureBuilder(future: _pairingsFuture, builder)", "literal 'alinamadi'"])

row("theming", "element", r"""
import 'package:flutter/material.dart';

class Customer {
  const Customer({required this.name, required this.phone, required this.address, required this.activeOrders});

  final String name;
  final String phone;
  final String address;
  final int activeOrders;
}

class CustomerHeader extends StatelessWidget {
  const CustomerHeader({super.key, required this.customer});

  final Customer customer;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Padding(
      padding: const EdgeInsets.all(16),
      child: Row(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          CircleAvatar(
            radius: 28,
            backgroundColor: theme.colorScheme.primaryContainer,
            child: Text(customer.name[0], style: TextStyle(color: theme.colorScheme.onPrimaryContainer)),
          ),
          const SizedBox(width: 16),
          Expanded(
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                // müşterinin adını temanın titleLarge stiliyle, kalın ve primary renkte yaz
                Text(customer.phone, style: theme.textTheme.bodyMedium),
                Text(
                  customer.address,
                  style: theme.textTheme.bodySmall,
                  maxLines: 2,
                  overflow: TextOverflow.ellipsis,
                ),
              ],
            ),
          ),
          Badge.count(count: customer.activeOrders, child: const Icon(Icons.shopping_bag_outlined)),
        ],
      ),
    );
  }
}
""", r"""
Text(
  customer.name,
  style: theme.textTheme.titleLarge?.copyWith(
    fontWeight: FontWeight.bold,
    color: theme.colorScheme.primary,
  ),
),
""", ["Text", "customer.name", "titleLarge",
      "FontWeight.bold | FontWeight.w600 | FontWeight.w700 | FontWeight.w800 | FontWeight.w900",
      "colorScheme.primary | primaryColor"],
    checks=["call Text(style)"])

row("localization", "element", r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

class Member {
  const Member({required this.name, required this.rating, required this.memberSince, this.title});

  final String name;
  final int rating;
  final DateTime memberSince;
  final String? title;
}

class MemberProfileCard extends StatelessWidget {
  const MemberProfileCard({super.key, required this.member, required this.onChallenge});

  final Member member;
  final VoidCallback onChallenge;

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(member.name, style: textTheme.headlineSmall),
            if (member.title != null) Text(member.title!, style: textTheme.labelLarge),
            Text('ELO ${member.rating}', style: textTheme.titleMedium),
            // üyelik tarihini uygulamanın diline göre, ay adı uzun yazılarak göster (Mart gibi)
            const SizedBox(height: 12),
            OutlinedButton.icon(
              onPressed: onChallenge,
              icon: const Icon(Icons.sports_esports),
              label: const Text('Maç teklif et'),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
Text(
  DateFormat.yMMMMd(Localizations.localeOf(context).toString()).format(member.memberSince),
  style: textTheme.bodyMedium,
),
""", ["Text", "DateFormat", "yMMMMd | yMMMMEEEEd | MMMMd | DateFormat(",
      "Localizations.localeOf | Localizations.maybeLocaleOf | localeName", "member.memberSince", "format"],
    must_not=["yMd", "yMMMd", "MMMd", "yMMMEd"])

# ================================================================ argument

row("lists", "argument", r"""
import 'package:flutter/material.dart';

class MoveHistory extends StatelessWidget {
  const MoveHistory({super.key, required this.moves, this.currentPly, this.onSelectPly});

  final List<String> moves;
  final int? currentPly;
  final ValueChanged<int>? onSelectPly;

  Widget _move(BuildContext context, int ply) {
    if (ply >= moves.length) return const Expanded(child: SizedBox());
    final selected = ply == currentPly;
    return Expanded(
      child: InkWell(
        onTap: onSelectPly == null ? null : () => onSelectPly!(ply),
        child: Container(
          padding: const EdgeInsets.symmetric(horizontal: 8, vertical: 6),
          color: selected ? Theme.of(context).colorScheme.secondaryContainer : null,
          child: Text(moves[ply], style: const TextStyle(fontFamily: 'monospace')),
        ),
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      padding: const EdgeInsets.symmetric(vertical: 8),
      // her satırda beyazın ve siyahın hamlesi yan yana; satır sayısını buna göre ver, tek kalan hamle de görünsün
      itemBuilder: (context, index) {
        return Row(
          children: [
            SizedBox(width: 40, child: Text('${index + 1}.', textAlign: TextAlign.end)),
            _move(context, index * 2),
            _move(context, index * 2 + 1),
          ],
        );
      },
    );
  }
}
""", r"""
itemCount: (moves.length + 1) ~/ 2,
""", ["itemCount", "moves.length", "/ 2 | ~/ 2 | >> 1", "+ 1 | ceil | round | % 2 | isOdd"])

row("async", "argument", r"""
import 'package:flutter/material.dart';

class PickupSlot {
  const PickupSlot({required this.start, required this.end, required this.available});

  final DateTime start;
  final DateTime end;
  final bool available;
}

abstract class PickupApi {
  Future<List<PickupSlot>> fetchSlots(DateTime day);
}

class PickupSlotsPage extends StatefulWidget {
  const PickupSlotsPage({super.key, required this.api, required this.day, required this.initialSlots});

  final PickupApi api;
  final DateTime day;
  final List<PickupSlot> initialSlots;

  @override
  State<PickupSlotsPage> createState() => _PickupSlotsPageState();
}

class _PickupSlotsPageState extends State<PickupSlotsPage> {
  late List<PickupSlot> _slots = widget.initialSlots;

  String _hm(DateTime t) => '${t.hour.toString().padLeft(2, '0')}:${t.minute.toString().padLeft(2, '0')}';

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Teslim alma saatleri')),
      body: RefreshIndicator(
        // aşağı çekince api'den o günün saatlerini tekrar al ve listeyi yenile
        child: ListView.builder(
          physics: const AlwaysScrollableScrollPhysics(),
          itemCount: _slots.length,
          itemBuilder: (context, index) {
            final slot = _slots[index];
            return ListTile(
              enabled: slot.available,
              leading: const Icon(Icons.schedule),
              title: Text('${_hm(slot.start)} – ${_hm(slot.end)}'),
              trailing: slot.available ? const Icon(Icons.chevron_right) : const Text('Dolu'),
              onTap: slot.available ? () => Navigator.pop(context, slot) : null,
            );
          },
        ),
      ),
    );
  }
}
""", r"""
onRefresh: () async {
  final slots = await widget.api.fetchSlots(widget.day);
  if (!mounted) return;
  setState(() => _slots = slots);
},
""", ["onRefresh", "widget.api.fetchSlots", "widget.day", "setState", "_slots", "async | then"],
    checks=["call .fetchSlots"])

row("theming", "argument", r"""
import 'package:flutter/material.dart';

import 'screens/tournaments_page.dart';
import 'settings/club_settings.dart';

class ChessClubApp extends StatelessWidget {
  const ChessClubApp({super.key, required this.settings});

  final ClubSettings settings;

  static const _seed = Color(0xFF5D4037);

  @override
  Widget build(BuildContext context) {
    return ListenableBuilder(
      listenable: settings,
      builder: (context, _) => MaterialApp(
        title: 'Satranç Kulübü',
        debugShowCheckedModeBanner: false,
        theme: ThemeData(colorSchemeSeed: _seed, brightness: Brightness.light),
        // aynı renkten koyu tema da ver; hangisinin kullanılacağı settings.themeMode'a göre olsun
        home: const TournamentsPage(),
      ),
    );
  }
}

class ThemeModeTile extends StatelessWidget {
  const ThemeModeTile({super.key, required this.settings});

  final ClubSettings settings;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: const Text('Görünüm'),
      trailing: DropdownButton<ThemeMode>(
        value: settings.themeMode,
        onChanged: (mode) {
          if (mode != null) settings.setThemeMode(mode);
        },
        items: const [
          DropdownMenuItem(value: ThemeMode.system, child: Text('Sistem')),
          DropdownMenuItem(value: ThemeMode.light, child: Text('Açık')),
          DropdownMenuItem(value: ThemeMode.dark, child: Text('Koyu')),
        ],
      ),
    );
  }
}
""", r"""
darkTheme: ThemeData(colorSchemeSeed: _seed, brightness: Brightness.dark),
themeMode: settings.themeMode,
""", ["darkTheme", "Brightness.dark", "_seed", "themeMode", "settings.themeMode"],
    must_not=["ThemeMode.dark", "ThemeData.dark"])

row("localization", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter_gen/gen_l10n/app_localizations.dart';

import 'pages/orders_home_page.dart';
import 'pages/settings_page.dart';

void main() => runApp(const LaundryApp());

class LaundryApp extends StatefulWidget {
  const LaundryApp({super.key});

  static void setLocale(BuildContext context, Locale locale) =>
      context.findAncestorStateOfType<_LaundryAppState>()?.changeLocale(locale);

  @override
  State<LaundryApp> createState() => _LaundryAppState();
}

class _LaundryAppState extends State<LaundryApp> {
  Locale? _locale;

  void changeLocale(Locale locale) => setState(() => _locale = locale);

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      onGenerateTitle: (context) => AppLocalizations.of(context)!.appTitle,
      locale: _locale,
      theme: ThemeData(colorSchemeSeed: Colors.lightBlue),
      // gen-l10n'in urettigi ceviri delegelerini ve desteklenen dilleri bagla
      initialRoute: '/',
      routes: {
        '/': (context) => const OrdersHomePage(),
        '/settings': (context) => const SettingsPage(),
      },
    );
  }
}
""", r"""
localizationsDelegates: AppLocalizations.localizationsDelegates,
supportedLocales: AppLocalizations.supportedLocales,
""", ["localizationsDelegates", "supportedLocales", "AppLocalizations.localizationsDelegates | AppLocalizations.delegate",
      "AppLocalizations.supportedLocales | Locale("])


ROWS.write()
