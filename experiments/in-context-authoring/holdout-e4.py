"""In-context held-out rows, batch 5 (holdout-e4): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics state, animations, platform, performance (5 each, one
per position); app domains an electric-scooter rental app and a school-cafeteria menu app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-e4.py  -> data/in_context/drafts/holdout-e4.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-e4", "holde4")
row = ROWS.row


# ================================================================ statements

row("state", "statements", r"""
import 'package:flutter/foundation.dart';

abstract class RideApi {
  Future<void> unlockScooter(String scooterId);
  Future<void> lockScooter(String scooterId);
}

class Ride {
  const Ride({required this.scooterId, required this.startedAt});

  final String scooterId;
  final DateTime startedAt;
}

class RideController extends ChangeNotifier {
  RideController(this._api);

  static const double unlockFee = 10;
  static const double perMinute = 3.5;

  final RideApi _api;
  Ride? _activeRide;
  double? _lastFare;
  bool _busy = false;

  Ride? get activeRide => _activeRide;
  double? get lastFare => _lastFare;
  bool get busy => _busy;

  Future<void> startRide(String scooterId) async {
    _busy = true;
    notifyListeners();
    try {
      await _api.unlockScooter(scooterId);
      _activeRide = Ride(scooterId: scooterId, startedAt: DateTime.now());
    } finally {
      _busy = false;
      notifyListeners();
    }
  }

  Future<void> endRide() async {
    final ride = _activeRide;
    if (ride == null) return;
    await _api.lockScooter(ride.scooterId);
    // geçen süreyi dakikaya yukarı yuvarla, açılış ücreti + dakika ücretiyle _lastFare'i hesapla, aktif sürüşü temizleyip haber ver
  }
}
""", r"""
final elapsed = DateTime.now().difference(ride.startedAt);
final minutes = (elapsed.inSeconds / 60).ceil();
_lastFare = unlockFee + minutes * perMinute;
_activeRide = null;
notifyListeners();
""", ["difference", "startedAt", "ceil | % | + 59", "_lastFare", "unlockFee", "perMinute", "_activeRide = null",
      "notifyListeners"],
    must_not=["floor", "round"])

row("animations", "statements", r"""
import 'package:flutter/material.dart';

class DishOfDayCard extends StatefulWidget {
  const DishOfDayCard({super.key, required this.dishName, required this.calories});

  final String dishName;
  final int calories;

  @override
  State<DishOfDayCard> createState() => _DishOfDayCardState();
}

class _DishOfDayCardState extends State<DishOfDayCard> with SingleTickerProviderStateMixin {
  late final AnimationController _controller;
  late final Animation<double> _scale;

  @override
  void initState() {
    super.initState();
    // 600 ms'lik controller kur, _scale 0.8'den 1'e easeOutBack eğrisiyle büyüsün, ekran açılınca hemen başlasın
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ScaleTransition(
      scale: _scale,
      child: Card(
        margin: const EdgeInsets.all(16),
        child: ListTile(
          leading: const Icon(Icons.restaurant),
          title: const Text('Günün yemeği'),
          subtitle: Text(widget.dishName),
          trailing: Text('${widget.calories} kcal'),
        ),
      ),
    );
  }
}
""", r"""
_controller = AnimationController(vsync: this, duration: const Duration(milliseconds: 600));
_scale = Tween<double>(begin: 0.8, end: 1).animate(
  CurvedAnimation(parent: _controller, curve: Curves.easeOutBack),
);
_controller.forward();
""", ["_controller", "AnimationController", "vsync: this", "_scale", "Tween", "animate | drive", "Curves.easeOutBack",
      "forward"],
    must_not=["repeat"],
    checks=["call AnimationController(vsync, duration)", "literal 600", "literal 0.8"])

row("platform", "statements", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class UnlockPage extends StatefulWidget {
  const UnlockPage({super.key, required this.scooterId});

  final String scooterId;

  @override
  State<UnlockPage> createState() => _UnlockPageState();
}

class _UnlockPageState extends State<UnlockPage> {
  static const _bluetooth = MethodChannel('com.scootr/bluetooth');

  bool _unlocking = false;
  bool _unlocked = false;
  String? _error;

  Future<void> _unlock() async {
    setState(() {
      _unlocking = true;
      _error = null;
    });
    // native'deki 'unlockScooter' metodunu scooterId ile çağır; olursa _unlocked true, PlatformException gelirse mesajını _error'a yaz, en sonda _unlocking false olsun
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('Scooter ${widget.scooterId}')),
      body: Center(
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            Icon(_unlocked ? Icons.lock_open : Icons.lock, size: 64),
            if (_error != null)
              Padding(
                padding: const EdgeInsets.all(8),
                child: Text(_error!, style: const TextStyle(color: Colors.red)),
              ),
            FilledButton(
              onPressed: _unlocking || _unlocked ? null : _unlock,
              child: _unlocking ? const CircularProgressIndicator() : const Text('Kilidi aç'),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
try {
  await _bluetooth.invokeMethod<void>('unlockScooter', {'scooterId': widget.scooterId});
  _unlocked = true;
} on PlatformException catch (e) {
  _error = e.message ?? e.code;
} finally {
  if (mounted) setState(() => _unlocking = false);
}
""", ["_bluetooth.invokeMethod | _bluetooth.invokeMapMethod", "widget.scooterId", "_unlocked =",
      "PlatformException", "_error", ".message", "_unlocking = false", "setState"],
    checks=["literal 'unlockScooter'"])

row("performance", "statements", r"""
import 'dart:convert';

import 'package:flutter/foundation.dart';
import 'package:http/http.dart' as http;

class MenuItem {
  const MenuItem({required this.date, required this.name, required this.calories, required this.allergens});

  factory MenuItem.fromJson(Map<String, dynamic> json) => MenuItem(
        date: DateTime.parse(json['date'] as String),
        name: json['name'] as String,
        calories: json['calories'] as int,
        allergens: List<String>.from(json['allergens'] as List),
      );

  final DateTime date;
  final String name;
  final int calories;
  final List<String> allergens;
}

List<MenuItem> parseMenu(String body) {
  final list = jsonDecode(body) as List<dynamic>;
  return list.map((e) => MenuItem.fromJson(e as Map<String, dynamic>)).toList();
}

class MenuRepository {
  MenuRepository(this._client, {required this.baseUrl});

  final http.Client _client;
  final String baseUrl;
  List<MenuItem>? _cache;

  Future<List<MenuItem>> monthlyMenu() async {
    final cached = _cache;
    if (cached != null) return cached;
    final response = await _client.get(Uri.parse('$baseUrl/menu/monthly'));
    if (response.statusCode != 200) {
      throw Exception('Menü alınamadı: ${response.statusCode}');
    }
    // json cok buyuk, parse ederken ekran donuyor; parseMenu'yu compute ile arka planda calistir, sonucu _cache'e koyup dondur
  }
}
""", r"""
final items = await compute(parseMenu, response.body);
_cache = items;
return items;
""", ["compute | Isolate.run", "parseMenu", "response.body", "_cache", "return"],
    must_not=["jsonDecode", "fromJson"])

# ================================================================ callback

row("state", "callback", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

class Dish {
  const Dish({required this.id, required this.name, required this.price});

  final int id;
  final String name;
  final double price;
}

class TrayModel extends ChangeNotifier {
  final List<Dish> _items = [];

  List<Dish> get items => List.unmodifiable(_items);
  double get total => _items.fold(0, (sum, dish) => sum + dish.price);

  void add(Dish dish) {
    _items.add(dish);
    notifyListeners();
  }
}

class DishTile extends StatelessWidget {
  const DishTile({super.key, required this.dish});

  final Dish dish;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text(dish.name),
      subtitle: Text('${dish.price.toStringAsFixed(2)} ₺'),
      trailing: IconButton(
        icon: const Icon(Icons.add_circle_outline),
        tooltip: 'Tepsiye ekle',
        onPressed: () {
          // bunu tepsiye ekle, altta 'Tepsiye eklendi' yazan kısa bir snackbar çıksın
        },
      ),
    );
  }
}
""", r"""
context.read<TrayModel>().add(dish);
ScaffoldMessenger.of(context).showSnackBar(
  const SnackBar(content: Text('Tepsiye eklendi'), duration: Duration(seconds: 1)),
);
""", ["context.read<TrayModel> | Provider.of<TrayModel>", ".add(dish)", "showSnackBar", "SnackBar"],
    must_not=["context.watch", "Provider.of<TrayModel>(context)"],
    checks=["literal 'Tepsiye eklendi'"])

row("animations", "callback", r"""
import 'package:flutter/material.dart';

class Scooter {
  const Scooter({required this.id, required this.batteryPercent, required this.rangeKm, required this.distanceMeters});

  final String id;
  final int batteryPercent;
  final int rangeKm;
  final int distanceMeters;
}

class ScooterInfoCard extends StatefulWidget {
  const ScooterInfoCard({super.key, required this.scooter, required this.onReserve});

  final Scooter scooter;
  final VoidCallback onReserve;

  @override
  State<ScooterInfoCard> createState() => _ScooterInfoCardState();
}

class _ScooterInfoCardState extends State<ScooterInfoCard> with SingleTickerProviderStateMixin {
  late final AnimationController _controller =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 250));
  late final Animation<double> _size = CurvedAnimation(parent: _controller, curve: Curves.easeOut);
  bool _expanded = false;

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final s = widget.scooter;
    return Card(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          ListTile(
            leading: const Icon(Icons.electric_scooter),
            title: Text('Scooter ${s.id}'),
            subtitle: Text('%${s.batteryPercent} · ${s.rangeKm} km menzil'),
            trailing: Icon(_expanded ? Icons.expand_less : Icons.expand_more),
            onTap: () {
              // _expanded'i tersine cevir, acildiysa animasyonu ileri, kapandiysa geri oynat
            },
          ),
          SizeTransition(
            sizeFactor: _size,
            child: Padding(
              padding: const EdgeInsets.fromLTRB(16, 0, 16, 12),
              child: Row(
                children: [
                  Expanded(child: Text('${s.distanceMeters} m uzakta')),
                  FilledButton(onPressed: widget.onReserve, child: const Text('Rezerve et')),
                ],
              ),
            ),
          ),
        ],
      ),
    );
  }
}
""", r"""
setState(() => _expanded = !_expanded);
if (_expanded) {
  _controller.forward();
} else {
  _controller.reverse();
}
""", ["setState", "_expanded", "_controller.forward", "_controller.reverse"],
    must_not=["repeat", "reset"],
    checks=["call setState"])

row("platform", "callback", r"""
import 'package:flutter/material.dart';
import 'package:url_launcher/url_launcher.dart';

class DietitianCard extends StatelessWidget {
  const DietitianCard({super.key, required this.name, required this.phone, required this.officeHours});

  final String name;
  final String phone;
  final String officeHours;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(name, style: Theme.of(context).textTheme.titleMedium),
            const SizedBox(height: 4),
            Text('Görüşme saatleri: $officeHours'),
            const SizedBox(height: 8),
            Align(
              alignment: Alignment.centerRight,
              child: TextButton.icon(
                icon: const Icon(Icons.phone),
                label: const Text('Ara'),
                onPressed: () async {
                  // telefon uygulamasını bu numarayla aç, açılamazsa 'Arama yapılamıyor' snackbar'ı göster
                },
              ),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
final uri = Uri(scheme: 'tel', path: phone);
final opened = await launchUrl(uri);
if (!opened && context.mounted) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Arama yapılamıyor')),
  );
}
""", ["launchUrl | launchUrlString | launch", "if | catch", "showSnackBar"],
    checks=["literal 'tel'", "literal 'Arama yapilamiyor'"])

row("performance", "callback", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class Place {
  const Place({required this.name, required this.address});

  final String name;
  final String address;
}

class DestinationSearch extends StatefulWidget {
  const DestinationSearch({super.key, required this.searchPlaces});

  final Future<List<Place>> Function(String query) searchPlaces;

  @override
  State<DestinationSearch> createState() => _DestinationSearchState();
}

class _DestinationSearchState extends State<DestinationSearch> {
  Timer? _debounce;
  List<Place> _results = [];

  Future<void> _search(String query) async {
    final results = await widget.searchPlaces(query);
    if (!mounted) return;
    setState(() => _results = results);
  }

  @override
  void dispose() {
    _debounce?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Padding(
          padding: const EdgeInsets.all(12),
          child: TextField(
            decoration: const InputDecoration(prefixIcon: Icon(Icons.search), hintText: 'Nereye gidiyorsun?'),
            onChanged: (query) {
              // her harfte istek atiyor; onceki zamanlayiciyi iptal et, yazmayi 400 ms birakinca _search'u cagir
            },
          ),
        ),
        Expanded(
          child: ListView.builder(
            itemCount: _results.length,
            itemBuilder: (context, index) => ListTile(
              leading: const Icon(Icons.place_outlined),
              title: Text(_results[index].name),
              subtitle: Text(_results[index].address),
            ),
          ),
        ),
      ],
    );
  }
}
""", r"""
_debounce?.cancel();
_debounce = Timer(const Duration(milliseconds: 400), () => _search(query));
""", ["_debounce", "cancel", "Timer", "_search"],
    must_not=["Future.delayed"],
    checks=["call Timer > _search", "literal 400"])

# ================================================================ class_body

row("state", "class_body", r"""
import 'package:flutter/foundation.dart';

class WalletTransaction {
  const WalletTransaction({required this.amount, required this.description, required this.at});

  final double amount;
  final String description;
  final DateTime at;
}

class WalletModel extends ChangeNotifier {
  WalletModel({double initialBalance = 0}) : _balance = initialBalance;

  double _balance;
  final List<WalletTransaction> _history = [];

  double get balance => _balance;
  List<WalletTransaction> get history => List.unmodifiable(_history);
  bool get isLow => _balance < 20;

  void clearHistory() {
    _history.clear();
    notifyListeners();
  }

  void topUp(double amount) {
    _balance += amount;
    _history.add(WalletTransaction(amount: amount, description: 'Bakiye yükleme', at: DateTime.now()));
    notifyListeners();
  }

  // sürüş ücretini bakiyeden düşen metot lazım: yetmiyorsa false dönsün; yetiyorsa düşsün, geçmişe eksi tutarla 'Sürüş ücreti' diye yazsın, haber verip true dönsün
}
""", r"""
bool charge(double amount) {
  if (amount > _balance) return false;
  _balance -= amount;
  _history.add(WalletTransaction(amount: -amount, description: 'Sürüş ücreti', at: DateTime.now()));
  notifyListeners();
  return true;
}
""", ["bool", "_balance", "-= | = _balance -", "_history.add", "WalletTransaction", "amount: -", "return false",
      "return true", "notifyListeners"],
    must_not=["throw"],
    checks=["literal 'Surus ucreti'"])

row("animations", "class_body", r"""
import 'package:flutter/material.dart';

class MenuSkeleton extends StatefulWidget {
  const MenuSkeleton({super.key, required this.isLoading, required this.child});

  final bool isLoading;
  final Widget child;

  @override
  State<MenuSkeleton> createState() => _MenuSkeletonState();
}

class _MenuSkeletonState extends State<MenuSkeleton> with SingleTickerProviderStateMixin {
  late final AnimationController _shimmer =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 1200));

  @override
  void initState() {
    super.initState();
    if (widget.isLoading) _shimmer.repeat();
  }

  // isLoading sonradan değişince shimmer takılı kalıyor; true olursa tekrar tekrar oynat, false olursa durdur

  @override
  void dispose() {
    _shimmer.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    if (!widget.isLoading) return widget.child;
    return AnimatedBuilder(
      animation: _shimmer,
      builder: (context, _) {
        final shift = 2 * _shimmer.value;
        return Column(
          children: [
            for (var i = 0; i < 4; i++)
              Container(
                height: 56,
                margin: const EdgeInsets.symmetric(horizontal: 16, vertical: 6),
                decoration: BoxDecoration(
                  borderRadius: BorderRadius.circular(8),
                  gradient: LinearGradient(
                    begin: Alignment(-2 + shift, 0),
                    end: Alignment(shift, 0),
                    colors: [Colors.grey.shade300, Colors.grey.shade100, Colors.grey.shade300],
                  ),
                ),
              ),
          ],
        );
      },
    );
  }
}
""", r"""
@override
void didUpdateWidget(covariant MenuSkeleton oldWidget) {
  super.didUpdateWidget(oldWidget);
  if (widget.isLoading == oldWidget.isLoading) return;
  if (widget.isLoading) {
    _shimmer.repeat();
  } else {
    _shimmer.stop();
  }
}
""", ["didUpdateWidget", "super.didUpdateWidget", "widget.isLoading", "_shimmer.repeat",
      "_shimmer.stop | _shimmer.reset"])

row("platform", "class_body", r"""
import 'dart:async';

import 'package:flutter/material.dart';
import 'package:geolocator/geolocator.dart';

class RideMapPage extends StatefulWidget {
  const RideMapPage({super.key});

  @override
  State<RideMapPage> createState() => _RideMapPageState();
}

class _RideMapPageState extends State<RideMapPage> with WidgetsBindingObserver {
  StreamSubscription<Position>? _positionSub;
  Position? _current;

  @override
  void initState() {
    super.initState();
    WidgetsBinding.instance.addObserver(this);
    _startTracking();
  }

  void _startTracking() {
    _positionSub ??= Geolocator.getPositionStream(
      locationSettings: const LocationSettings(accuracy: LocationAccuracy.high, distanceFilter: 10),
    ).listen((position) => setState(() => _current = position));
  }

  void _stopTracking() {
    _positionSub?.cancel();
    _positionSub = null;
  }

  // uygulama arka plana atilinca konum takibini durdur, tekrar one gelince yeniden baslat, pil bitiyor

  @override
  void dispose() {
    WidgetsBinding.instance.removeObserver(this);
    _stopTracking();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final position = _current;
    return Scaffold(
      appBar: AppBar(title: const Text('Sürüş')),
      body: Center(
        child: position == null
            ? const CircularProgressIndicator()
            : Text('${position.latitude.toStringAsFixed(5)}, ${position.longitude.toStringAsFixed(5)}'),
      ),
    );
  }
}
""", r"""
@override
void didChangeAppLifecycleState(AppLifecycleState state) {
  if (state == AppLifecycleState.paused) {
    _stopTracking();
  } else if (state == AppLifecycleState.resumed) {
    _startTracking();
  }
}
""", ["didChangeAppLifecycleState", "AppLifecycleState.resumed", "_stopTracking", "_startTracking"])

row("performance", "class_body", r"""
import 'dart:math' as math;

import 'package:flutter/material.dart';

class CalorieRingPainter extends CustomPainter {
  CalorieRingPainter({required this.percent, required this.color, this.strokeWidth = 10});

  final double percent;
  final Color color;
  final double strokeWidth;

  @override
  void paint(Canvas canvas, Size size) {
    final center = size.center(Offset.zero);
    final radius = (size.shortestSide - strokeWidth) / 2;
    final track = Paint()
      ..color = color.withAlpha(40)
      ..style = PaintingStyle.stroke
      ..strokeWidth = strokeWidth;
    final arc = Paint()
      ..color = color
      ..style = PaintingStyle.stroke
      ..strokeCap = StrokeCap.round
      ..strokeWidth = strokeWidth;
    canvas.drawCircle(center, radius, track);
    canvas.drawArc(
      Rect.fromCircle(center: center, radius: radius),
      -math.pi / 2,
      2 * math.pi * percent.clamp(0.0, 1.0),
      false,
      arc,
    );
  }

  // her build'de bastan ciziliyor; sadece percent, color ya da strokeWidth degisirse yeniden boyansin
}

class CalorieRing extends StatelessWidget {
  const CalorieRing({super.key, required this.consumed, required this.goal});

  final int consumed;
  final int goal;

  @override
  Widget build(BuildContext context) {
    return CustomPaint(
      size: const Size.square(120),
      painter: CalorieRingPainter(percent: consumed / goal, color: Theme.of(context).colorScheme.primary),
      child: Center(child: Text('$consumed / $goal kcal')),
    );
  }
}
""", r"""
@override
bool shouldRepaint(covariant CalorieRingPainter oldDelegate) {
  return oldDelegate.percent != percent ||
      oldDelegate.color != color ||
      oldDelegate.strokeWidth != strokeWidth;
}
""", ["shouldRepaint", ".percent", ".color", ".strokeWidth", "!= | =="],
    must_not=["&&", "=> true;"])

# ================================================================ element

row("state", "element", r"""
import 'package:flutter/material.dart';

class DayMenu {
  const DayMenu({required this.label, required this.dishes});

  final String label;
  final List<String> dishes;
}

class WeeklyMenuPage extends StatefulWidget {
  const WeeklyMenuPage({super.key, required this.week});

  final List<DayMenu> week;

  @override
  State<WeeklyMenuPage> createState() => _WeeklyMenuPageState();
}

class _WeeklyMenuPageState extends State<WeeklyMenuPage> {
  final ValueNotifier<int> _selectedDay = ValueNotifier(0);

  @override
  void dispose() {
    _selectedDay.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Haftalık menü')),
      body: Column(
        children: [
          SizedBox(
            height: 56,
            child: ListView.builder(
              scrollDirection: Axis.horizontal,
              itemCount: widget.week.length,
              itemBuilder: (context, index) => Padding(
                padding: const EdgeInsets.symmetric(horizontal: 4),
                child: ActionChip(
                  label: Text(widget.week[index].label),
                  onPressed: () => _selectedDay.value = index,
                ),
              ),
            ),
          ),
          const Divider(height: 1),
          // seçili günün yemeklerini listele; gün değişince sayfanın tamamı değil sadece burası yeniden çizilsin
        ],
      ),
    );
  }
}
""", r"""
Expanded(
  child: ValueListenableBuilder<int>(
    valueListenable: _selectedDay,
    builder: (context, day, _) {
      final dishes = widget.week[day].dishes;
      return ListView.builder(
        itemCount: dishes.length,
        itemBuilder: (context, index) => ListTile(title: Text(dishes[index])),
      );
    },
  ),
),
""", ["ValueListenableBuilder | ListenableBuilder | AnimatedBuilder", "_selectedDay", "widget.week", "dishes"],
    must_not=["setState"])

row("animations", "element", r"""
import 'package:flutter/material.dart';

class UnlockStatusPanel extends StatelessWidget {
  const UnlockStatusPanel({super.key, required this.unlocked, required this.scooterCode, required this.onUnlock});

  final bool unlocked;
  final String scooterCode;
  final VoidCallback onUnlock;

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    return Padding(
      padding: const EdgeInsets.all(24),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          // kilit açılınca ikon lock_open'a 300 ms'de yumuşak geçsin (AnimatedSwitcher), açıkken yeşil olsun
          const SizedBox(height: 16),
          Text(
            unlocked ? 'Scooter açıldı, iyi sürüşler!' : 'Scooter $scooterCode kilitli',
            style: textTheme.titleMedium,
          ),
          const SizedBox(height: 24),
          FilledButton.icon(
            onPressed: unlocked ? null : onUnlock,
            icon: const Icon(Icons.qr_code_scanner),
            label: const Text('Kilidi aç'),
          ),
        ],
      ),
    );
  }
}
""", r"""
AnimatedSwitcher(
  duration: const Duration(milliseconds: 300),
  child: Icon(
    unlocked ? Icons.lock_open : Icons.lock,
    key: ValueKey(unlocked),
    size: 72,
    color: unlocked ? Colors.green : null,
  ),
),
""", ["AnimatedSwitcher", "unlocked",
      "Icons.lock_open | Icons.lock_open_rounded | Icons.lock_open_outlined | Icons.lock_open_sharp",
      "Icons.lock | Icons.lock_outline | Icons.lock_rounded | Icons.lock_outlined | Icons.lock_sharp",
      "key:", "Colors.green | Colors.lightGreen | Colors.greenAccent"],
    checks=["call AnimatedSwitcher(duration, child)", "literal 300"])

row("platform", "element", r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class NotificationSettingsPage extends StatefulWidget {
  const NotificationSettingsPage({super.key});

  @override
  State<NotificationSettingsPage> createState() => _NotificationSettingsPageState();
}

class _NotificationSettingsPageState extends State<NotificationSettingsPage> {
  static const _channel = MethodChannel('okul_menu/notifications');

  bool _dailyMenu = true;
  bool _allergenAlerts = true;

  Future<void> _openChannelSettings() {
    return _channel.invokeMethod<void>('openChannelSettings', {'channelId': 'daily_menu'});
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Bildirimler')),
      body: ListView(
        children: [
          SwitchListTile(
            title: const Text('Günün menüsü'),
            subtitle: const Text('Her sabah 08:00'),
            value: _dailyMenu,
            onChanged: (value) => setState(() => _dailyMenu = value),
          ),
          SwitchListTile(
            title: const Text('Alerjen uyarıları'),
            value: _allergenAlerts,
            onChanged: (value) => setState(() => _allergenAlerts = value),
          ),
          // kanal ayarı sadece Android'de var; orada 'Ses ve titreşim' satırı çıksın, tıklayınca _openChannelSettings çalışsın
        ],
      ),
    );
  }
}
""", r"""
if (Platform.isAndroid)
  ListTile(
    leading: const Icon(Icons.tune),
    title: const Text('Ses ve titreşim'),
    trailing: const Icon(Icons.chevron_right),
    onTap: _openChannelSettings,
  ),
""", ["Platform.isAndroid | TargetPlatform.android", "_openChannelSettings", "onTap | onPressed | onChanged"],
    must_not=["Platform.isIOS", "TargetPlatform.iOS"],
    checks=["literal 'Ses ve titresim'"])

row("performance", "element", r"""
import 'package:flutter/material.dart';

import '../widgets/scooter_map.dart';

class PulsingDot extends StatefulWidget {
  const PulsingDot({super.key, this.color = Colors.blue, this.size = 18});

  final Color color;
  final double size;

  @override
  State<PulsingDot> createState() => _PulsingDotState();
}

class _PulsingDotState extends State<PulsingDot> with SingleTickerProviderStateMixin {
  late final AnimationController _controller =
      AnimationController(vsync: this, duration: const Duration(seconds: 1))..repeat(reverse: true);

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ScaleTransition(
      scale: Tween<double>(begin: 0.8, end: 1.3).animate(_controller),
      child: Container(
        width: widget.size,
        height: widget.size,
        decoration: BoxDecoration(
          color: widget.color,
          shape: BoxShape.circle,
          border: Border.all(color: Colors.white, width: 3),
        ),
      ),
    );
  }
}

class NearbyScootersView extends StatelessWidget {
  const NearbyScootersView({super.key, required this.scooters, required this.onLocate});

  final List<ScooterMarker> scooters;
  final VoidCallback onLocate;

  @override
  Widget build(BuildContext context) {
    return Stack(
      children: [
        Positioned.fill(child: ScooterMap(scooters: scooters)),
        // kullanicinin konumunu ekranin ortasinda PulsingDot ile goster; surekli animasyonlu, haritayi her karede tekrar boyatmasin
        Positioned(
          right: 16,
          bottom: 24,
          child: FloatingActionButton(onPressed: onLocate, child: const Icon(Icons.my_location)),
        ),
      ],
    );
  }
}
""", r"""
Center(
  child: RepaintBoundary(
    child: PulsingDot(color: Theme.of(context).colorScheme.primary),
  ),
),
""", ["RepaintBoundary", "PulsingDot", "Center | Align | Positioned"],
    checks=["call RepaintBoundary > PulsingDot"])

# ================================================================ argument

row("state", "argument", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import 'models/auth_model.dart';
import 'models/ride_history_model.dart';
import 'screens/home_screen.dart';

void main() {
  runApp(const ScootApp());
}

class ScootApp extends StatelessWidget {
  const ScootApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MultiProvider(
      providers: [
        ChangeNotifierProvider(create: (_) => AuthModel()),
        ChangeNotifierProxyProvider<AuthModel, RideHistoryModel>(
          // create'te bos bir RideHistoryModel olustur, auth degistikce ayni nesneye updateUser ile userId'yi ver
        ),
      ],
      child: MaterialApp(
        title: 'Scoot',
        theme: ThemeData(colorSchemeSeed: Colors.teal, useMaterial3: true),
        home: const HomeScreen(),
      ),
    );
  }
}
""", r"""
create: (_) => RideHistoryModel(),
update: (_, auth, history) => (history ?? RideHistoryModel())..updateUser(auth.userId),
""", ["create:", "update:", "RideHistoryModel()", "updateUser", "userId", "?? | !. | == null"])

row("animations", "argument", r"""
import 'package:flutter/material.dart';

class MealOptionCard extends StatelessWidget {
  const MealOptionCard({
    super.key,
    required this.title,
    required this.calories,
    required this.selected,
    required this.onTap,
  });

  final String title;
  final int calories;
  final bool selected;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTap: onTap,
      child: AnimatedContainer(
        // seçilince 250 ms'de easeInOut ile yeşil kenarlık ve hafif gölge gelsin, seçili değilken ikisi de olmasın
        padding: const EdgeInsets.all(12),
        child: Row(
          children: [
            Expanded(
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text(title, style: Theme.of(context).textTheme.titleMedium),
                  Text('$calories kcal'),
                ],
              ),
            ),
            if (selected) const Icon(Icons.check_circle, color: Colors.green),
          ],
        ),
      ),
    );
  }
}
""", r"""
duration: const Duration(milliseconds: 250),
curve: Curves.easeInOut,
decoration: BoxDecoration(
  color: Theme.of(context).colorScheme.surface,
  borderRadius: BorderRadius.circular(12),
  border: Border.all(color: selected ? Colors.green : Colors.transparent, width: 2),
  boxShadow: selected
      ? const [BoxShadow(color: Colors.black26, blurRadius: 8, offset: Offset(0, 2))]
      : const [],
),
""", ["duration:", "Curves.easeInOut", "decoration:", "border: | side:",
      "Colors.green | Colors.lightGreen | Colors.greenAccent", "boxShadow: | shadows:", "selected"],
    must_not=["AnimationController"],
    checks=["literal 250"])

row("platform", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../widgets/scooter_map.dart';

class MapScreen extends StatelessWidget {
  const MapScreen({super.key, required this.scooters});

  final List<ScooterMarker> scooters;

  @override
  Widget build(BuildContext context) {
    return AnnotatedRegion<SystemUiOverlayStyle>(
      // harita tam ekran; durum cubugu seffaf olsun, ikonlari da koyu gorunsun (android ve ios ikisinde de)
      child: Scaffold(
        extendBodyBehindAppBar: true,
        body: Stack(
          children: [
            Positioned.fill(child: ScooterMap(scooters: scooters)),
            const SafeArea(
              child: Padding(
                padding: EdgeInsets.all(12),
                child: SearchBar(hintText: 'Scooter ara', leading: Icon(Icons.search)),
              ),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
value: const SystemUiOverlayStyle(
  statusBarColor: Colors.transparent,
  statusBarIconBrightness: Brightness.dark,
  statusBarBrightness: Brightness.light,
),
""", ["value:", "statusBarColor: Colors.transparent | statusBarColor: Color(0x00",
      "statusBarIconBrightness: Brightness.dark | SystemUiOverlayStyle.dark",
      "statusBarBrightness: Brightness.light | SystemUiOverlayStyle.dark"],
    must_not=["SystemUiOverlayStyle.light", "statusBarIconBrightness: Brightness.light",
              "statusBarBrightness: Brightness.dark", "SystemChrome"])

row("performance", "argument", r"""
import 'package:flutter/material.dart';

class Dish {
  const Dish({required this.name, required this.photoUrl, required this.calories});

  final String name;
  final String photoUrl;
  final int calories;
}

class DishListTile extends StatelessWidget {
  const DishListTile({super.key, required this.dish, required this.onTap});

  final Dish dish;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      onTap: onTap,
      leading: ClipRRect(
        borderRadius: BorderRadius.circular(8),
        child: Image.network(
          dish.photoUrl,
          width: 56,
          height: 56,
          fit: BoxFit.cover,
          // fotograflar 4000px geliyor, bellek sisiyor; 56'lik kutuya gore cihazin piksel oraniyla decode etsin, yuklenirken gri kutu gorunsun
        ),
      ),
      title: Text(dish.name),
      subtitle: Text('${dish.calories} kcal'),
    );
  }
}
""", r"""
cacheWidth: (56 * MediaQuery.devicePixelRatioOf(context)).round(),
loadingBuilder: (context, child, progress) =>
    progress == null ? child : Container(width: 56, height: 56, color: Colors.grey.shade300),
""", ["cacheWidth | cacheHeight", "devicePixelRatioOf | devicePixelRatio", "round | toInt | ceil | floor",
      "loadingBuilder | frameBuilder", "== null | != null | wasSynchronouslyLoaded",
      "grey | Colors.blueGrey | Colors.black12 | Colors.black26 | Colors.black38 | Color( | surfaceContainerHighest | surfaceVariant"],
    checks=["literal 56"])

ROWS.write()
