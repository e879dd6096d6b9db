"""In-context held-out rows, batch 5 (holdout-e5): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics widgets_layout, lists, forms, state, async (4 each);
app domains a cinema-ticket app and a home-energy-monitor app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-e5.py  -> data/in_context/drafts/holdout-e5.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-e5", "holde5")
row = ROWS.row


# ================================================================ statements

row("lists", "statements", r"""
import 'package:flutter/material.dart';

class Reading {
  const Reading({required this.deviceName, required this.kwh, required this.time});

  final String deviceName;
  final double kwh;
  final DateTime time;
}

class TopConsumersPage extends StatefulWidget {
  const TopConsumersPage({super.key, required this.readings});

  final List<Reading> readings;

  @override
  State<TopConsumersPage> createState() => _TopConsumersPageState();
}

class _TopConsumersPageState extends State<TopConsumersPage> {
  List<MapEntry<String, double>> _ranking = [];

  @override
  void initState() {
    super.initState();
    _buildRanking();
  }

  @override
  void didUpdateWidget(covariant TopConsumersPage oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (oldWidget.readings != widget.readings) _buildRanking();
  }

  void _buildRanking() {
    // okumalari cihaz bazinda topla (kWh), en cok tuketen basta olacak sekilde _ranking'e yaz
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('En çok tüketenler')),
      body: ListView.builder(
        itemCount: _ranking.length,
        itemBuilder: (context, index) {
          final entry = _ranking[index];
          return ListTile(
            leading: CircleAvatar(child: Text('${index + 1}')),
            title: Text(entry.key),
            trailing: Text('${entry.value.toStringAsFixed(1)} kWh'),
          );
        },
      ),
    );
  }
}
""", r"""
final totals = <String, double>{};
for (final reading in widget.readings) {
  totals.update(reading.deviceName, (sum) => sum + reading.kwh, ifAbsent: () => reading.kwh);
}
_ranking = totals.entries.toList()..sort((a, b) => b.value.compareTo(a.value));
""", ["_ranking", "widget.readings", "deviceName", "kwh", "+ | fold | sum", "entries | MapEntry", "sort", "compareTo"],
    must_not=["a.value.compareTo(b.value)"])

row("forms", "statements", r"""
import 'package:flutter/material.dart';

class CouponField extends StatefulWidget {
  const CouponField({super.key, required this.onApply});

  final ValueChanged<String> onApply;

  @override
  State<CouponField> createState() => _CouponFieldState();
}

class _CouponFieldState extends State<CouponField> {
  final _couponController = TextEditingController();
  String? _couponError;

  @override
  void dispose() {
    _couponController.dispose();
    super.dispose();
  }

  void _apply() {
    // kodu bosluksuz ve buyuk harfe cevir; 8 karakter degilse _couponError'a 'Kupon kodu 8 karakter olmalı' yaz, degilse hatayi temizleyip onApply ile gonder
  }

  @override
  Widget build(BuildContext context) {
    return Row(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Expanded(
          child: TextField(
            controller: _couponController,
            textCapitalization: TextCapitalization.characters,
            decoration: InputDecoration(
              labelText: 'İndirim kuponu',
              errorText: _couponError,
            ),
            onSubmitted: (_) => _apply(),
          ),
        ),
        const SizedBox(width: 8),
        Padding(
          padding: const EdgeInsets.only(top: 8),
          child: FilledButton(onPressed: _apply, child: const Text('Uygula')),
        ),
      ],
    );
  }
}
""", r"""
final code = _couponController.text.replaceAll(' ', '').toUpperCase();
if (code.length != 8) {
  setState(() => _couponError = 'Kupon kodu 8 karakter olmalı');
  return;
}
setState(() => _couponError = null);
widget.onApply(code);
""", ["_couponController.text", "toUpperCase", "trim | replaceAll", "length", "setState", "_couponError", "null",
      "widget.onApply"],
    must_not=["toLowerCase"],
    checks=["literal 8", "literal 'karakter olmal'", "call setState"])

row("state", "statements", r"""
import 'dart:async';

import 'package:flutter/material.dart';

abstract class PowerRepository {
  Stream<int> watchPower(String deviceId);
}

class LivePowerGauge extends StatefulWidget {
  const LivePowerGauge({super.key, required this.deviceId, required this.repository});

  final String deviceId;
  final PowerRepository repository;

  @override
  State<LivePowerGauge> createState() => _LivePowerGaugeState();
}

class _LivePowerGaugeState extends State<LivePowerGauge> {
  StreamSubscription<int>? _subscription;
  int? _watts;

  @override
  void initState() {
    super.initState();
    _subscription = widget.repository.watchPower(widget.deviceId).listen((watts) {
      setState(() => _watts = watts);
    });
  }

  @override
  void didUpdateWidget(covariant LivePowerGauge oldWidget) {
    super.didUpdateWidget(oldWidget);
    // baska cihaza gecildiyse eski dinlemeyi kapat, degeri sifirla ve yeni cihazi dinlemeye basla
  }

  @override
  void dispose() {
    _subscription?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final watts = _watts;
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        Text(
          watts == null ? '—' : '$watts W',
          style: Theme.of(context).textTheme.displayMedium,
        ),
        Text(widget.deviceId, style: Theme.of(context).textTheme.labelLarge),
      ],
    );
  }
}
""", r"""
if (oldWidget.deviceId != widget.deviceId) {
  _subscription?.cancel();
  _watts = null;
  _subscription = widget.repository.watchPower(widget.deviceId).listen((watts) {
    setState(() => _watts = watts);
  });
}
""", ["oldWidget.deviceId", "widget.deviceId", "!= | ==", "_subscription", "_watts = null | _watts = 0",
      "watchPower"],
    checks=["call .cancel", "call .listen"])

row("async", "statements", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class DailyUsage {
  const DailyUsage({required this.day, required this.kwh});

  final DateTime day;
  final double kwh;
}

abstract class UsageApi {
  Future<List<DailyUsage>> fetchLast30Days();
}

class UsageHistoryPage extends StatefulWidget {
  const UsageHistoryPage({super.key, required this.api});

  final UsageApi api;

  @override
  State<UsageHistoryPage> createState() => _UsageHistoryPageState();
}

class _UsageHistoryPageState extends State<UsageHistoryPage> {
  List<DailyUsage> _days = [];
  bool _loading = false;
  String? _error;

  @override
  void initState() {
    super.initState();
    _load();
  }

  Future<void> _load() async {
    // loading'i ac, api'den son 30 gunu cek; 15 sn icinde gelmezse ya da hata olursa _error'a mesaj yaz. her durumda loading kapansin
  }

  @override
  Widget build(BuildContext context) {
    Widget body;
    if (_loading) {
      body = const Center(child: CircularProgressIndicator());
    } else if (_error != null) {
      body = Center(
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            Text(_error!),
            TextButton(onPressed: _load, child: const Text('Tekrar dene')),
          ],
        ),
      );
    } else {
      body = RefreshIndicator(
        onRefresh: _load,
        child: ListView.builder(
          itemCount: _days.length,
          itemBuilder: (context, index) {
            final day = _days[index];
            return ListTile(
              title: Text('${day.day.day}.${day.day.month}.${day.day.year}'),
              trailing: Text('${day.kwh.toStringAsFixed(1)} kWh'),
            );
          },
        ),
      );
    }
    return Scaffold(appBar: AppBar(title: const Text('Son 30 gün')), body: body);
  }
}
""", r"""
setState(() {
  _loading = true;
  _error = null;
});
try {
  final days = await widget.api.fetchLast30Days().timeout(const Duration(seconds: 15));
  if (!mounted) return;
  setState(() => _days = days);
} on TimeoutException {
  if (mounted) setState(() => _error = 'Sunucu yanıt vermedi, tekrar deneyin');
} catch (e) {
  if (mounted) setState(() => _error = 'Veriler alınamadı');
} finally {
  if (mounted) setState(() => _loading = false);
}
""", ["_loading", "true", "false", "fetchLast30Days", "catch | catchError | onError", "_error", "_days",
      "setState"],
    checks=["call .timeout | Future.any", "literal 15"])

# ================================================================ callback

row("widgets_layout", "callback", r"""
import 'package:flutter/material.dart';

class Movie {
  const Movie({
    required this.title,
    required this.posterUrl,
    required this.genre,
    required this.durationMinutes,
    required this.synopsis,
  });

  final String title;
  final String posterUrl;
  final String genre;
  final int durationMinutes;
  final String synopsis;
}

class MovieDetailPage extends StatelessWidget {
  const MovieDetailPage({super.key, required this.movie});

  final Movie movie;

  Widget _poster() => ClipRRect(
        borderRadius: BorderRadius.circular(12),
        child: Image.network(movie.posterUrl, width: 220, fit: BoxFit.cover),
      );

  Widget _details(BuildContext context) => Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(movie.title, style: Theme.of(context).textTheme.headlineSmall),
          const SizedBox(height: 4),
          Text('${movie.genre} · ${movie.durationMinutes} dk'),
          const SizedBox(height: 12),
          Text(movie.synopsis),
        ],
      );

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(movie.title)),
      body: SingleChildScrollView(
        padding: const EdgeInsets.all(16),
        child: LayoutBuilder(
          builder: (context, constraints) {
            // genislik 600'den fazlaysa afis solda detaylar sagda yan yana dursun, degilse afis ustte detaylar altta
          },
        ),
      ),
    );
  }
}
""", r"""
if (constraints.maxWidth > 600) {
  return Row(
    crossAxisAlignment: CrossAxisAlignment.start,
    children: [
      _poster(),
      const SizedBox(width: 24),
      Expanded(child: _details(context)),
    ],
  );
}
return Column(
  crossAxisAlignment: CrossAxisAlignment.start,
  children: [
    _poster(),
    const SizedBox(height: 16),
    _details(context),
  ],
);
""", ["constraints.maxWidth", "Row", "Column", "_poster", "_details", "Expanded | Flexible", "return"],
    must_not=["MediaQuery"],
    checks=["literal 600"])

row("forms", "callback", r"""
import 'package:flutter/material.dart';

class MeterReadingForm extends StatefulWidget {
  const MeterReadingForm({super.key, required this.previousReading, required this.onSubmit});

  final double previousReading;
  final ValueChanged<double> onSubmit;

  @override
  State<MeterReadingForm> createState() => _MeterReadingFormState();
}

class _MeterReadingFormState extends State<MeterReadingForm> {
  final _formKey = GlobalKey<FormState>();
  final _readingController = TextEditingController();

  @override
  void dispose() {
    _readingController.dispose();
    super.dispose();
  }

  void _submit() {
    if (!_formKey.currentState!.validate()) return;
    widget.onSubmit(double.parse(_readingController.text.trim().replaceAll(',', '.')));
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          Text('Önceki endeks: ${widget.previousReading.toStringAsFixed(1)} kWh'),
          const SizedBox(height: 12),
          TextFormField(
            controller: _readingController,
            keyboardType: const TextInputType.numberWithOptions(decimal: true),
            decoration: const InputDecoration(labelText: 'Yeni endeks (kWh)'),
            validator: (value) {
              // boş olmasın, sayı olsun (virgülle yazılanı da kabul et) ve önceki endeksten küçük olmasın
            },
          ),
          const SizedBox(height: 16),
          FilledButton(onPressed: _submit, child: const Text('Kaydet')),
        ],
      ),
    );
  }
}
""", r"""
final text = (value ?? '').trim();
if (text.isEmpty) return 'Endeks boş olamaz';
final reading = double.tryParse(text.replaceAll(',', '.'));
if (reading == null) return 'Geçerli bir sayı girin';
if (reading < widget.previousReading) return 'Önceki endeksten küçük olamaz';
return null;
""", ["isEmpty | isNotEmpty", "double.tryParse | num.tryParse | double.parse | num.parse", "replaceAll | replaceFirst",
      "< widget.previousReading | >= widget.previousReading | widget.previousReading > | widget.previousReading <=",
      "return null"],
    must_not=["int.parse | int.tryParse"])

row("state", "callback", r"""
import 'package:flutter/material.dart';

class Seat {
  const Seat({required this.id, required this.row, required this.number, required this.isTaken});

  final String id;
  final String row;
  final int number;
  final bool isTaken;
}

class SeatMap extends StatefulWidget {
  const SeatMap({super.key, required this.seats, required this.maxSeats, required this.onChanged});

  final List<Seat> seats;
  final int maxSeats;
  final ValueChanged<Set<String>> onChanged;

  @override
  State<SeatMap> createState() => _SeatMapState();
}

class _SeatMapState extends State<SeatMap> {
  final Set<String> _selected = {};

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      padding: const EdgeInsets.all(12),
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
        crossAxisCount: 10,
        mainAxisSpacing: 6,
        crossAxisSpacing: 6,
      ),
      itemCount: widget.seats.length,
      itemBuilder: (context, index) {
        final seat = widget.seats[index];
        final isSelected = _selected.contains(seat.id);
        return InkWell(
          onTap: () {
            // dolu koltuğa basılırsa bir şey yapma; seçiliyse bırak, değilse seç ama en fazla widget.maxSeats kadar. sonra onChanged'e haber ver
          },
          child: DecoratedBox(
            decoration: BoxDecoration(
              color: seat.isTaken
                  ? Colors.grey.shade400
                  : isSelected
                      ? Colors.amber
                      : Colors.green.shade200,
              borderRadius: BorderRadius.circular(4),
            ),
            child: Center(child: Text('${seat.number}', style: const TextStyle(fontSize: 10))),
          ),
        );
      },
    );
  }
}
""", r"""
if (seat.isTaken) return;
setState(() {
  if (isSelected) {
    _selected.remove(seat.id);
  } else if (_selected.length < widget.maxSeats) {
    _selected.add(seat.id);
  }
});
widget.onChanged(Set.of(_selected));
""", ["seat.isTaken", "setState", "_selected", "remove", "add", "widget.maxSeats", "length", "widget.onChanged"],
    must_not=["clear"],
    checks=["call setState"])

row("async", "callback", r"""
import 'package:flutter/material.dart';

class Showtime {
  const Showtime({required this.id, required this.start, required this.hall, required this.seatsLeft});

  final int id;
  final DateTime start;
  final String hall;
  final int seatsLeft;
}

abstract class CinemaApi {
  Future<List<Showtime>> fetchShowtimes(int movieId, DateTime day);
}

class ShowtimesPage extends StatefulWidget {
  const ShowtimesPage({super.key, required this.api, required this.movieId, required this.movieTitle, required this.initial});

  final CinemaApi api;
  final int movieId;
  final String movieTitle;
  final List<Showtime> initial;

  @override
  State<ShowtimesPage> createState() => _ShowtimesPageState();
}

class _ShowtimesPageState extends State<ShowtimesPage> {
  late List<Showtime> _showtimes = widget.initial;
  final DateTime _day = DateUtils.dateOnly(DateTime.now());

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.movieTitle)),
      body: RefreshIndicator(
        onRefresh: () async {
          // seçili günün seanslarını yeniden çek, listeyi güncelle; hata olursa 'Seanslar yenilenemedi' snackbar'ı göster
        },
        child: ListView.builder(
          itemCount: _showtimes.length,
          itemBuilder: (context, index) {
            final showtime = _showtimes[index];
            final time = TimeOfDay.fromDateTime(showtime.start).format(context);
            return ListTile(
              leading: const Icon(Icons.schedule),
              title: Text('$time · ${showtime.hall}'),
              trailing: Text('${showtime.seatsLeft} boş koltuk'),
            );
          },
        ),
      ),
    );
  }
}
""", r"""
try {
  final showtimes = await widget.api.fetchShowtimes(widget.movieId, _day);
  if (!mounted) return;
  setState(() => _showtimes = showtimes);
} catch (_) {
  if (!mounted) return;
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Seanslar yenilenemedi')),
  );
}
""", ["fetchShowtimes", "widget.movieId", "_day", "await | return", "setState", "_showtimes",
      "catch | catchError | onError", "ScaffoldMessenger", "showSnackBar", "SnackBar"],
    checks=["literal 'yenilenemedi'"])

# ================================================================ class_body

row("widgets_layout", "class_body", r"""
import 'package:flutter/material.dart';

class UsageSummary {
  const UsageSummary({
    required this.currentWatts,
    required this.todayKwh,
    required this.monthKwh,
    required this.estimatedCost,
  });

  final int currentWatts;
  final double todayKwh;
  final double monthKwh;
  final double estimatedCost;
}

class UsageSummaryCard extends StatelessWidget {
  const UsageSummaryCard({super.key, required this.summary});

  final UsageSummary summary;

  // _statTile metodunu yazar mısın? ikon, değer ve etiket alt alta ortalı dursun, değer kalın ve büyük olsun

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.symmetric(vertical: 16),
        child: Row(
          mainAxisAlignment: MainAxisAlignment.spaceAround,
          children: [
            _statTile(context, Icons.bolt, '${summary.currentWatts} W', 'Şu an'),
            _statTile(context, Icons.today, '${summary.todayKwh.toStringAsFixed(1)} kWh', 'Bugün'),
            _statTile(context, Icons.calendar_month, '${summary.monthKwh.toStringAsFixed(0)} kWh', 'Bu ay'),
            _statTile(context, Icons.payments_outlined, '${summary.estimatedCost.toStringAsFixed(0)} ₺', 'Tahmini'),
          ],
        ),
      ),
    );
  }
}
""", r"""
Widget _statTile(BuildContext context, IconData icon, String value, String label) {
  final theme = Theme.of(context);
  return Column(
    mainAxisSize: MainAxisSize.min,
    children: [
      Icon(icon, color: theme.colorScheme.primary),
      const SizedBox(height: 4),
      Text(value, style: theme.textTheme.titleLarge?.copyWith(fontWeight: FontWeight.bold)),
      Text(label, style: theme.textTheme.bodySmall),
    ],
  );
}
""", ["_statTile", "BuildContext", "Column", "Icon", "Text",
      "FontWeight.bold | FontWeight.w600 | FontWeight.w700 | FontWeight.w800 | FontWeight.w900",
      "fontSize | titleLarge | titleMedium | headlineSmall | headlineMedium | headlineLarge | displaySmall"],
    must_not=["Row", "ListTile"])

row("lists", "class_body", r"""
import 'package:flutter/material.dart';

class Movie {
  const Movie({required this.id, required this.title, required this.director, required this.year});

  final int id;
  final String title;
  final String director;
  final int year;
}

class MovieSearchPage extends StatefulWidget {
  const MovieSearchPage({super.key, required this.movies, required this.onSelect});

  final List<Movie> movies;
  final ValueChanged<Movie> onSelect;

  @override
  State<MovieSearchPage> createState() => _MovieSearchPageState();
}

class _MovieSearchPageState extends State<MovieSearchPage> {
  final _searchController = TextEditingController();
  String _query = '';

  @override
  void dispose() {
    _searchController.dispose();
    super.dispose();
  }

  // _results getter'ı lazım: arama boşsa tüm filmler, değilse adında ya da yönetmeninde aranan kelime geçenler (büyük/küçük harf fark etmesin)

  @override
  Widget build(BuildContext context) {
    final results = _results;
    return Scaffold(
      appBar: AppBar(
        title: TextField(
          controller: _searchController,
          decoration: const InputDecoration(hintText: 'Film ya da yönetmen ara', border: InputBorder.none),
          onChanged: (value) => setState(() => _query = value),
        ),
      ),
      body: results.isEmpty
          ? const Center(child: Text('Sonuç yok'))
          : ListView.builder(
              itemCount: results.length,
              itemBuilder: (context, index) {
                final movie = results[index];
                return ListTile(
                  title: Text(movie.title),
                  subtitle: Text('${movie.director} · ${movie.year}'),
                  onTap: () => widget.onSelect(movie),
                );
              },
            ),
    );
  }
}
""", r"""
List<Movie> get _results {
  final query = _query.trim().toLowerCase();
  if (query.isEmpty) return widget.movies;
  return widget.movies
      .where((movie) =>
          movie.title.toLowerCase().contains(query) || movie.director.toLowerCase().contains(query))
      .toList();
}
""", ["_results", "_query", "widget.movies", "isEmpty | isNotEmpty", "where | for", "title", "director",
      "toLowerCase | toUpperCase | caseSensitive: false", "contains", "||"],
    must_not=["startsWith"])

row("state", "class_body", r"""
import 'package:flutter/material.dart';

enum TicketType { full, student, child }

extension TicketTypePrice on TicketType {
  double get price => switch (this) {
        TicketType.full => 180.0,
        TicketType.student => 120.0,
        TicketType.child => 100.0,
      };
}

class TicketCart extends ChangeNotifier {
  final Map<TicketType, int> _counts = {};

  int countOf(TicketType type) => _counts[type] ?? 0;

  int get totalTickets => _counts.values.fold(0, (sum, count) => sum + count);

  double get total => _counts.entries.fold<double>(0, (sum, e) => sum + e.key.price * e.value);

  // add(type) ve remove(type) metodlari: remove 0'in altina dusurmesin, sifira inen turu map'ten silsin; ikisi de dinleyicilere haber versin

  void clear() {
    _counts.clear();
    notifyListeners();
  }
}

class TicketCounter extends StatelessWidget {
  const TicketCounter({super.key, required this.cart, required this.type, required this.label});

  final TicketCart cart;
  final TicketType type;
  final String label;

  @override
  Widget build(BuildContext context) {
    return ListenableBuilder(
      listenable: cart,
      builder: (context, _) => Row(
        children: [
          Text('$label (${type.price.toStringAsFixed(0)} ₺)'),
          const Spacer(),
          IconButton(
            icon: const Icon(Icons.remove_circle_outline),
            onPressed: cart.countOf(type) == 0 ? null : () => cart.remove(type),
          ),
          Text('${cart.countOf(type)}'),
          IconButton(
            icon: const Icon(Icons.add_circle_outline),
            onPressed: () => cart.add(type),
          ),
        ],
      ),
    );
  }
}
""", r"""
void add(TicketType type) {
  _counts[type] = countOf(type) + 1;
  notifyListeners();
}

void remove(TicketType type) {
  final current = countOf(type);
  if (current == 0) return;
  if (current == 1) {
    _counts.remove(type);
  } else {
    _counts[type] = current - 1;
  }
  notifyListeners();
}
""", ["void add", "void remove", "_counts", "countOf | ?? | containsKey | update | putIfAbsent", "_counts.remove",
      "== 0 | <= 0 | > 0 | < 1 | >= 1 | == 1 | <= 1 | > 1 | < 2 | >= 2 | == null | != null"],
    checks=["call notifyListeners"])

row("async", "class_body", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class MeterSnapshot {
  const MeterSnapshot({required this.watts, required this.voltage, required this.takenAt});

  final int watts;
  final double voltage;
  final DateTime takenAt;
}

abstract class MeterClient {
  Future<MeterSnapshot> read();
}

class LiveMeterPanel extends StatefulWidget {
  const LiveMeterPanel({super.key, required this.client});

  final MeterClient client;

  @override
  State<LiveMeterPanel> createState() => _LiveMeterPanelState();
}

class _LiveMeterPanelState extends State<LiveMeterPanel> {
  Timer? _timer;
  MeterSnapshot? _snapshot;

  Future<void> _poll() async {
    try {
      final snapshot = await widget.client.read();
      if (mounted) setState(() => _snapshot = snapshot);
    } catch (_) {
      return;
    }
  }

  // acilista hemen bir kez _poll calissin, sonra her 5 saniyede bir tekrarlasin; sayfa kapaninca timer dursun

  @override
  Widget build(BuildContext context) {
    final snapshot = _snapshot;
    if (snapshot == null) {
      return const Center(child: CircularProgressIndicator());
    }
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        Text('${snapshot.watts} W', style: Theme.of(context).textTheme.displaySmall),
        Text('${snapshot.voltage.toStringAsFixed(1)} V'),
        Text('Son okuma: ${TimeOfDay.fromDateTime(snapshot.takenAt).format(context)}'),
      ],
    );
  }
}
""", r"""
@override
void initState() {
  super.initState();
  _poll();
  _timer = Timer.periodic(const Duration(seconds: 5), (_) => _poll());
}

@override
void dispose() {
  _timer?.cancel();
  super.dispose();
}
""", ["initState", "super.initState", "_poll", "Timer.periodic | Stream.periodic", "_timer", "dispose", "cancel",
      "super.dispose"],
    checks=["literal 5"])

# ================================================================ element

row("widgets_layout", "element", r"""
import 'package:flutter/material.dart';

class Movie {
  const Movie({required this.title, required this.posterUrl, required this.ageRating});

  final String title;
  final String posterUrl;
  final int ageRating;
}

class PosterCard extends StatelessWidget {
  const PosterCard({super.key, required this.movie, required this.onTap});

  final Movie movie;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTap: onTap,
      child: AspectRatio(
        aspectRatio: 2 / 3,
        child: ClipRRect(
          borderRadius: BorderRadius.circular(12),
          child: Stack(
            fit: StackFit.expand,
            children: [
              Image.network(movie.posterUrl, fit: BoxFit.cover),
              Positioned(
                left: 0,
                right: 0,
                bottom: 0,
                child: Container(
                  padding: const EdgeInsets.all(8),
                  decoration: const BoxDecoration(
                    gradient: LinearGradient(
                      begin: Alignment.bottomCenter,
                      end: Alignment.topCenter,
                      colors: [Colors.black87, Colors.transparent],
                    ),
                  ),
                  child: Text(
                    movie.title,
                    maxLines: 2,
                    overflow: TextOverflow.ellipsis,
                    style: const TextStyle(color: Colors.white, fontWeight: FontWeight.w600),
                  ),
                ),
              ),
              // sağ üst köşeye yaş sınırı rozeti koy: kırmızı, köşeleri yuvarlak kutuda beyaz '+13' gibi yazsın
            ],
          ),
        ),
      ),
    );
  }
}
""", r"""
Positioned(
  top: 8,
  right: 8,
  child: Container(
    padding: const EdgeInsets.symmetric(horizontal: 6, vertical: 2),
    decoration: BoxDecoration(
      color: Colors.red,
      borderRadius: BorderRadius.circular(4),
    ),
    child: Text(
      '+${movie.ageRating}',
      style: const TextStyle(color: Colors.white, fontSize: 12, fontWeight: FontWeight.bold),
    ),
  ),
),
""", ["Positioned | Align", "top | topRight | topEnd", "right | topRight | topEnd | end", "movie.ageRating",
      "Colors.red | Colors.redAccent | colorScheme.error | Color(0x",
      "borderRadius | StadiumBorder | RoundedRectangleBorder", "Colors.white | onError"],
    must_not=["Alignment.topLeft | Alignment.bottomLeft | Alignment.bottomRight | bottom:"],
    checks=["literal '+'"])

row("lists", "element", r"""
import 'package:flutter/material.dart';

class Device {
  const Device({required this.name, required this.watts, required this.icon});

  final String name;
  final int watts;
  final IconData icon;
}

class ActiveDevicesCard extends StatelessWidget {
  const ActiveDevicesCard({super.key, required this.devices, required this.onSeeAll});

  final List<Device> devices;
  final VoidCallback onSeeAll;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          ListTile(
            title: const Text('Şu an açık cihazlar'),
            trailing: TextButton(onPressed: onSeeAll, child: const Text('Tümü')),
          ),
          const Divider(height: 1),
          // en fazla ilk 3 cihazi listele (ikon, ad, watt); daha fazlasi varsa en alta 've X cihaz daha' yaz
        ],
      ),
    );
  }
}
""", r"""
for (final device in devices.take(3))
  ListTile(
    leading: Icon(device.icon),
    title: Text(device.name),
    trailing: Text('${device.watts} W'),
  ),
if (devices.length > 3)
  Padding(
    padding: const EdgeInsets.all(16),
    child: Text('ve ${devices.length - 3} cihaz daha'),
  ),
""", ["for | map", "take(3) | sublist | < 3 | min(", "icon", "name", "watts", "length - 3 | skip(3)", "if"],
    checks=["literal 'cihaz daha'", "literal 3"])

row("forms", "element", r"""
import 'package:flutter/material.dart';

class Showtime {
  const Showtime({required this.id, required this.label, required this.hall});

  final int id;
  final String label;
  final String hall;
}

class BookingForm extends StatefulWidget {
  const BookingForm({super.key, required this.showtimes, required this.onBook});

  final List<Showtime> showtimes;
  final void Function(Showtime showtime, int count) onBook;

  @override
  State<BookingForm> createState() => _BookingFormState();
}

class _BookingFormState extends State<BookingForm> {
  final _formKey = GlobalKey<FormState>();
  Showtime? _selectedShowtime;
  int _ticketCount = 1;

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          // seans secimi icin dropdown: widget.showtimes'tan saat ve salonla doldur, secilen _selectedShowtime'a yazilsin, secilmezse 'Lütfen seans seçin' hatasi versin
          const SizedBox(height: 16),
          Row(
            children: [
              const Text('Bilet adedi'),
              const Spacer(),
              IconButton(
                icon: const Icon(Icons.remove),
                onPressed: _ticketCount > 1 ? () => setState(() => _ticketCount--) : null,
              ),
              Text('$_ticketCount'),
              IconButton(
                icon: const Icon(Icons.add),
                onPressed: _ticketCount < 10 ? () => setState(() => _ticketCount++) : null,
              ),
            ],
          ),
          FilledButton(
            onPressed: () {
              if (_formKey.currentState!.validate()) {
                widget.onBook(_selectedShowtime!, _ticketCount);
              }
            },
            child: const Text('Devam'),
          ),
        ],
      ),
    );
  }
}
""", r"""
DropdownButtonFormField<Showtime>(
  value: _selectedShowtime,
  decoration: const InputDecoration(labelText: 'Seans'),
  items: [
    for (final showtime in widget.showtimes)
      DropdownMenuItem(value: showtime, child: Text('${showtime.label} · ${showtime.hall}')),
  ],
  onChanged: (showtime) => setState(() => _selectedShowtime = showtime),
  validator: (showtime) => showtime == null ? 'Lütfen seans seçin' : null,
),
""", ["DropdownButtonFormField | FormField", "widget.showtimes", "DropdownMenuItem", "label", "hall",
      "_selectedShowtime", "onChanged", "validator"],
    must_not=["DropdownButton", "DropdownMenu"],
    checks=["literal 'seans seçin'"])

row("async", "element", r"""
import 'package:flutter/material.dart';

class Review {
  const Review({required this.author, required this.rating, required this.text});

  final String author;
  final int rating;
  final String text;
}

abstract class ReviewApi {
  Future<List<Review>> fetchReviews(int movieId);
}

class MovieReviewsSection extends StatefulWidget {
  const MovieReviewsSection({super.key, required this.api, required this.movieId});

  final ReviewApi api;
  final int movieId;

  @override
  State<MovieReviewsSection> createState() => _MovieReviewsSectionState();
}

class _MovieReviewsSectionState extends State<MovieReviewsSection> {
  late final Future<List<Review>> _reviewsFuture = widget.api.fetchReviews(widget.movieId);

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Padding(
          padding: const EdgeInsets.fromLTRB(16, 16, 16, 8),
          child: Text('Yorumlar', style: Theme.of(context).textTheme.titleMedium),
        ),
        // _reviewsFuture'ı bekle: yüklenirken spinner, hata olursa 'Yorumlar yüklenemedi', boşsa 'Henüz yorum yok', gelince her yorum için yazar, puan ve metinli bir ListTile
      ],
    );
  }
}
""", r"""
FutureBuilder<List<Review>>(
  future: _reviewsFuture,
  builder: (context, snapshot) {
    if (snapshot.connectionState != ConnectionState.done) {
      return const Padding(
        padding: EdgeInsets.all(24),
        child: Center(child: CircularProgressIndicator()),
      );
    }
    if (snapshot.hasError) {
      return const ListTile(title: Text('Yorumlar yüklenemedi'));
    }
    final reviews = snapshot.data ?? const <Review>[];
    if (reviews.isEmpty) {
      return const ListTile(title: Text('Henüz yorum yok'));
    }
    return Column(
      children: [
        for (final review in reviews)
          ListTile(
            title: Text(review.author),
            subtitle: Text(review.text),
            trailing: Text('${review.rating}/5'),
          ),
      ],
    );
  },
),
""", ["FutureBuilder", "_reviewsFuture", "CircularProgressIndicator | LinearProgressIndicator",
      "hasError | .error", ".data | requireData", "isEmpty | isNotEmpty", "ListTile", ".author", ".rating", ".text"],
    must_not=["fetchReviews"],
    checks=["literal 'yorumlar yuklenemedi'", "literal 'yorum yok'"])

# ================================================================ argument

row("widgets_layout", "argument", r"""
import 'package:flutter/material.dart';

class Device {
  const Device({required this.name, required this.room, required this.watts, required this.isOn});

  final String name;
  final String room;
  final int watts;
  final bool isOn;
}

class DeviceCard extends StatelessWidget {
  const DeviceCard({super.key, required this.device, required this.onToggle});

  final Device device;
  final ValueChanged<bool> onToggle;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Card(
      // kart koseleri 16 yuvarlak olsun, golge olmasin (elevation 0) ama ince gri bir kenarlik ciz
      margin: const EdgeInsets.symmetric(horizontal: 12, vertical: 6),
      child: ListTile(
        leading: Icon(
          device.isOn ? Icons.power : Icons.power_off,
          color: device.isOn ? scheme.primary : scheme.outline,
        ),
        title: Text(device.name),
        subtitle: Text(device.isOn ? '${device.room} · ${device.watts} W' : device.room),
        trailing: Switch(value: device.isOn, onChanged: onToggle),
      ),
    );
  }
}
""", r"""
elevation: 0,
shape: RoundedRectangleBorder(
  borderRadius: BorderRadius.circular(16),
  side: BorderSide(color: Colors.grey.shade300),
),
""", ["elevation", "shape", "RoundedRectangleBorder", "BorderRadius.circular | BorderRadius.all | Radius.circular",
      "side", "BorderSide",
      "Colors.grey | Colors.blueGrey | outlineVariant | outline | dividerColor | Colors.black12 | Colors.black26 "
      "| Colors.black38 | Color(0x"],
    checks=["literal 16", "literal 0"])

row("lists", "argument", r"""
import 'package:flutter/material.dart';

class Showtime {
  const Showtime({required this.start, required this.hall, required this.soldOut});

  final DateTime start;
  final String hall;
  final bool soldOut;
}

class ShowtimeStrip extends StatelessWidget {
  const ShowtimeStrip({super.key, required this.showtimes, required this.selected, required this.onSelected});

  final List<Showtime> showtimes;
  final Showtime? selected;
  final ValueChanged<Showtime> onSelected;

  String _hhmm(DateTime t) => '${t.hour.toString().padLeft(2, '0')}:${t.minute.toString().padLeft(2, '0')}';

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      height: 56,
      child: ListView.separated(
        // yatay kaydırılsın, başta ve sonda 16 boşluk kalsın
        itemCount: showtimes.length,
        separatorBuilder: (context, index) => const SizedBox(width: 8),
        itemBuilder: (context, index) {
          final showtime = showtimes[index];
          return ChoiceChip(
            label: Text('${_hhmm(showtime.start)} · ${showtime.hall}'),
            selected: showtime == selected,
            onSelected: showtime.soldOut ? null : (_) => onSelected(showtime),
          );
        },
      ),
    );
  }
}
""", r"""
scrollDirection: Axis.horizontal,
padding: const EdgeInsets.symmetric(horizontal: 16),
""", ["scrollDirection: Axis.horizontal", "padding",
      "EdgeInsets.symmetric | EdgeInsets.only | EdgeInsets.fromLTRB | EdgeInsetsDirectional | EdgeInsets.all"],
    must_not=["reverse"],
    checks=["literal 16"])

row("forms", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class ContractSettingsForm extends StatefulWidget {
  const ContractSettingsForm({super.key, required this.onSave});

  final void Function(String installationNo, double tariff) onSave;

  @override
  State<ContractSettingsForm> createState() => _ContractSettingsFormState();
}

class _ContractSettingsFormState extends State<ContractSettingsForm> {
  final _formKey = GlobalKey<FormState>();
  final _installationController = TextEditingController();
  final _tariffController = TextEditingController();
  final _tariffFocus = FocusNode();

  @override
  void dispose() {
    _installationController.dispose();
    _tariffController.dispose();
    _tariffFocus.dispose();
    super.dispose();
  }

  void _save() {
    if (!_formKey.currentState!.validate()) return;
    widget.onSave(
      _installationController.text,
      double.tryParse(_tariffController.text.replaceAll(',', '.')) ?? 0,
    );
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _installationController,
            decoration: const InputDecoration(labelText: 'Tesisat numarası'),
            keyboardType: TextInputType.number,
            inputFormatters: [FilteringTextInputFormatter.digitsOnly],
            // klavyede 'ileri' tuşu çıksın, basınca birim fiyat alanına geçsin
            validator: (v) => (v == null || v.length != 10) ? 'Tesisat numarası 10 haneli olmalı' : null,
          ),
          TextFormField(
            controller: _tariffController,
            focusNode: _tariffFocus,
            decoration: const InputDecoration(labelText: 'Birim fiyat', suffixText: '₺/kWh'),
            keyboardType: const TextInputType.numberWithOptions(decimal: true),
            textInputAction: TextInputAction.done,
            onFieldSubmitted: (_) => _save(),
          ),
          const SizedBox(height: 16),
          FilledButton(onPressed: _save, child: const Text('Kaydet')),
        ],
      ),
    );
  }
}
""", r"""
textInputAction: TextInputAction.next,
onFieldSubmitted: (_) => _tariffFocus.requestFocus(),
""", ["textInputAction: TextInputAction.next", "onFieldSubmitted | onEditingComplete",
      "_tariffFocus | nextFocus", "requestFocus | nextFocus"],
    must_not=["TextInputAction.done", "unfocus", "_save"])

row("state", "argument", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

class TicketCart extends ChangeNotifier {
  final Map<String, double> _items = {};

  int get count => _items.length;

  double get total => _items.values.fold<double>(0, (sum, price) => sum + price);

  void toggleSeat(String seatId, double price) {
    if (_items.remove(seatId) == null) _items[seatId] = price;
    notifyListeners();
  }
}

class CheckoutBar extends StatelessWidget {
  const CheckoutBar({super.key, required this.onCheckout});

  final VoidCallback onCheckout;

  @override
  Widget build(BuildContext context) {
    return Material(
      elevation: 8,
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Row(
          children: [
            Expanded(
              child: Selector<TicketCart, double>(
                // sepetten sadece toplam tutarı seç, değişince 'Toplam: 360.00 ₺' gibi kalın yazsın
              ),
            ),
            Consumer<TicketCart>(
              builder: (context, cart, _) => FilledButton(
                onPressed: cart.count == 0 ? null : onCheckout,
                child: Text('Ödemeye geç (${cart.count})'),
              ),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
selector: (context, cart) => cart.total,
builder: (context, total, child) => Text(
  'Toplam: ${total.toStringAsFixed(2)} ₺',
  style: const TextStyle(fontSize: 18, fontWeight: FontWeight.bold),
),
""", ["selector", ".total", "builder", "Text", "toStringAsFixed | NumberFormat",
      "FontWeight.bold | FontWeight.w600 | FontWeight.w700 | FontWeight.w800 | FontWeight.w900"],
    must_not=["context.watch", ".count"],
    checks=["literal 'Toplam'"])


ROWS.write()
