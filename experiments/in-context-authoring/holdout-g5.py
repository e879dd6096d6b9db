"""In-context held-out rows, batch 7 (holdout-g5): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics dart_language, async, widgets_layout, navigation,
state (4 each, spread over the positions); app domains a board-game café app and a marine weather app for sailors.

Run: .venv/bin/python experiments/in-context-authoring/holdout-g5.py  -> data/in_context/drafts/holdout-g5.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-g5", "holdg5")
row = ROWS.row


# ================================================================ statements

row(
    "dart_language",
    "statements",
    r"""
/// Apparent or true wind from an NMEA 0183 MWV sentence.
class MwvReading {
  const MwvReading({required this.angleDeg, required this.speedKnots, required this.isTrue});

  final double angleDeg;
  final double speedKnots;
  final bool isTrue;

  @override
  String toString() => '${isTrue ? 'TWA' : 'AWA'} ${angleDeg.round()}° ${speedKnots.toStringAsFixed(1)} kn';
}

/// Parses sentences coming from the boat's NMEA multiplexer.
class NmeaParser {
  const NmeaParser();

  static const _knotsPerMs = 1.943844;
  static const _knotsPerKmh = 0.539957;

  bool hasValidChecksum(String sentence) {
    final star = sentence.lastIndexOf('*');
    if (!sentence.startsWith(r'$') || star < 0 || star + 3 > sentence.length) return false;
    var sum = 0;
    for (final unit in sentence.substring(1, star).codeUnits) {
      sum ^= unit;
    }
    final expected = sentence.substring(star + 1, star + 3).toUpperCase();
    return sum.toRadixString(16).padLeft(2, '0').toUpperCase() == expected;
  }

  double _toKnots(double value, String unit) => switch (unit) {
        'N' => value,
        'M' => value * _knotsPerMs,
        'K' => value * _knotsPerKmh,
        _ => double.nan,
      };

  MwvReading? parseMwv(String sentence) {
    if (!hasValidChecksum(sentence)) return null;
    // '*' öncesini virgülle böl; açı ve hızı oku, hızı knota çevir, durum alanı 'A' değilse null dön
  }
}
""",
    r"""
final fields = sentence.substring(0, sentence.indexOf('*')).split(',');
if (fields.length < 6 || fields[5] != 'A') return null;
final angle = double.tryParse(fields[1]);
final speed = double.tryParse(fields[3]);
if (angle == null || speed == null) return null;
final knots = _toKnots(speed, fields[4]);
if (knots.isNaN) return null;
return MwvReading(angleDeg: angle, speedKnots: knots, isTrue: fields[2] == 'T');
""",
    [
        "split",
        "double.tryParse | double.parse | num.tryParse | num.parse",
        "_toKnots | _knotsPerMs",
        "MwvReading",
        "null",
    ],
    must_not=["int.parse", "int.tryParse"],
    checks=["call .split", "literal ','", "literal 'A'", "call MwvReading(angleDeg, speedKnots, isTrue)"],
)

row(
    "async",
    "statements",
    r"""
import 'dart:async';

import '../models/harbor.dart';
import '../models/marine_forecast.dart';
import 'marine_api.dart';

/// Forecasts for the user's saved harbours, cached for half an hour.
class HarborForecastRepository {
  HarborForecastRepository(this._api);

  final MarineApi _api;
  final _cache = <String, MarineForecast>{};
  DateTime? _fetchedAt;

  bool get isStale =>
      _fetchedAt == null || DateTime.now().difference(_fetchedAt!) > const Duration(minutes: 30);

  MarineForecast? cached(String harborId) => _cache[harborId];

  Future<MarineForecast> refreshOne(Harbor harbor) async {
    final forecast = await _api.forecast(harbor.id);
    _cache[harbor.id] = forecast;
    return forecast;
  }

  Future<Map<String, MarineForecast>> forecastsFor(List<Harbor> harbors) async {
    if (!isStale && harbors.every((h) => _cache.containsKey(h.id))) {
      return {for (final h in harbors) h.id: _cache[h.id]!};
    }
    // tüm limanları paralel iste, 15 sn'de zaman aşımı olsun; sonuçları önbelleğe yazıp id'ye göre döndür
  }

  void clear() {
    _cache.clear();
    _fetchedAt = null;
  }
}
""",
    r"""
final results = await Future.wait(
  harbors.map((h) => _api.forecast(h.id)),
).timeout(const Duration(seconds: 15));
for (var i = 0; i < harbors.length; i++) {
  _cache[harbors[i].id] = results[i];
}
_fetchedAt = DateTime.now();
return {for (final h in harbors) h.id: _cache[h.id]!};
""",
    [
        "Future.wait | .wait",
        "_api.forecast | refreshOne",
        "timeout",
        "_cache | refreshOne",
        "return",
    ],
    must_not=["Future.forEach"],
    checks=["literal 15", "call .timeout"],
)

row(
    "navigation",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/table_reservation.dart';
import '../services/reservation_service.dart';
import 'reservation_confirmed_page.dart';

class ReservationFormPage extends StatefulWidget {
  const ReservationFormPage({super.key, required this.service, required this.tableId});

  final ReservationService service;
  final String tableId;

  @override
  State<ReservationFormPage> createState() => _ReservationFormPageState();
}

class _ReservationFormPageState extends State<ReservationFormPage> {
  int _partySize = 4;
  DateTime _startsAt = DateTime.now().add(const Duration(hours: 1));
  bool _saving = false;

  Future<void> _submit() async {
    setState(() => _saving = true);
    final TableReservation reservation;
    try {
      reservation = await widget.service.create(
        tableId: widget.tableId,
        partySize: _partySize,
        startsAt: _startsAt,
      );
    } on ReservationConflict {
      if (!mounted) return;
      setState(() => _saving = false);
      ScaffoldMessenger.of(context).showSnackBar(const SnackBar(content: Text('Bu saatte masa dolu')));
      return;
    }
    if (!mounted) return;
    // onay sayfasına geç, form geçmişten silinsin ki geri tuşu forma dönmesin
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Masa ayırt')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          ListTile(
            title: const Text('Kişi sayısı'),
            trailing: DropdownButton<int>(
              value: _partySize,
              items: [for (var n = 2; n <= 8; n++) DropdownMenuItem(value: n, child: Text('$n'))],
              onChanged: (n) => setState(() => _partySize = n ?? _partySize),
            ),
          ),
          ListTile(
            title: const Text('Saat'),
            subtitle: Text(TimeOfDay.fromDateTime(_startsAt).format(context)),
          ),
          const SizedBox(height: 24),
          FilledButton(
            onPressed: _saving ? null : _submit,
            child: const Text('Rezervasyonu onayla'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
Navigator.of(context).pushReplacement(
  MaterialPageRoute(builder: (_) => ReservationConfirmedPage(reservation: reservation)),
);
""",
    [
        "pushReplacement | pushAndRemoveUntil",
        "ReservationConfirmedPage",
        "reservation",
    ],
    must_not=[".push(", "Navigator.pop"],
    checks=["call ReservationConfirmedPage"],
)

row(
    "state",
    "statements",
    r"""
import 'package:flutter/foundation.dart';

import '../models/board_game.dart';

class GameLoan {
  const GameLoan({required this.game, required this.tableNo, required this.since});

  final BoardGame game;
  final int tableNo;
  final DateTime since;

  Duration get elapsed => DateTime.now().difference(since);
}

/// The café's game shelf: which boxes are on which table right now.
class GameShelf extends ChangeNotifier {
  GameShelf(List<BoardGame> games) : _games = List.of(games);

  final List<BoardGame> _games;
  final Map<String, GameLoan> _loans = {};

  List<BoardGame> get available =>
      _games.where((g) => !_loans.containsKey(g.id)).toList(growable: false);

  List<GameLoan> get activeLoans =>
      _loans.values.toList()..sort((a, b) => a.since.compareTo(b.since));

  GameLoan? loanOf(String gameId) => _loans[gameId];

  void checkOut(BoardGame game, int tableNo) {
    // oyun zaten bir masadaysa StateError fırlat; değilse şimdiki zamanla _loans'a ekle ve dinleyicilere bildir
  }

  void giveBack(String gameId) {
    if (_loans.remove(gameId) != null) notifyListeners();
  }

  void addToShelf(BoardGame game) {
    if (_games.any((g) => g.id == game.id)) return;
    _games.add(game);
    notifyListeners();
  }
}
""",
    r"""
final current = _loans[game.id];
if (current != null) {
  throw StateError('${game.name} zaten ${current.tableNo} numaralı masada');
}
_loans[game.id] = GameLoan(game: game, tableNo: tableNo, since: DateTime.now());
notifyListeners();
""",
    ["throw", "StateError", "_loans", "GameLoan", "DateTime.now", "notifyListeners"],
    must_not=["Exception("],
    checks=["call StateError", "call GameLoan(game, tableNo, since)", "call notifyListeners"],
)


# ================================================================ callback

row(
    "async",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

/// Countdown shown on the table tablet while a rented game is in play.
class RentalCountdown extends StatefulWidget {
  const RentalCountdown({super.key, required this.gameName, required this.endsAt, required this.onExpired});

  final String gameName;
  final DateTime endsAt;
  final VoidCallback onExpired;

  @override
  State<RentalCountdown> createState() => _RentalCountdownState();
}

class _RentalCountdownState extends State<RentalCountdown> {
  Timer? _timer;
  late Duration _remaining;

  @override
  void initState() {
    super.initState();
    _remaining = widget.endsAt.difference(DateTime.now());
    _timer = Timer.periodic(const Duration(seconds: 1), (timer) {
      // kalan süreyi 1 sn azalt; sıfıra inince timer'ı durdur ve onExpired'ı çağır
    });
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  String get _label {
    final minutes = _remaining.inMinutes.toString().padLeft(2, '0');
    final seconds = (_remaining.inSeconds % 60).toString().padLeft(2, '0');
    return '$minutes:$seconds';
  }

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    final warn = _remaining < const Duration(minutes: 10);
    return ListTile(
      leading: const Icon(Icons.hourglass_bottom),
      title: Text(widget.gameName),
      trailing: Text(
        _label,
        style: TextStyle(fontSize: 20, color: warn ? scheme.error : scheme.onSurface),
      ),
    );
  }
}
""",
    r"""
final next = _remaining - const Duration(seconds: 1);
if (next <= Duration.zero) {
  timer.cancel();
  setState(() => _remaining = Duration.zero);
  widget.onExpired();
  return;
}
setState(() => _remaining = next);
""",
    ["setState", "_remaining", "cancel", "widget.onExpired"],
    must_not=["Future.delayed"],
    checks=["call setState", "call .cancel", "literal 1"],
)

row(
    "widgets_layout",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/harbor.dart';
import '../models/marine_forecast.dart';
import '../widgets/forecast_table.dart';
import '../widgets/harbor_map.dart';

class HarborForecastPage extends StatelessWidget {
  const HarborForecastPage({super.key, required this.harbor, required this.forecast});

  final Harbor harbor;
  final MarineForecast forecast;

  @override
  Widget build(BuildContext context) {
    final map = HarborMap(center: harbor.position, markers: [harbor.position]);
    final table = ForecastTable(hours: forecast.hourly);
    return Scaffold(
      appBar: AppBar(
        title: Text(harbor.name),
        actions: [
          IconButton(
            tooltip: 'VHF ${harbor.vhfChannel}',
            icon: const Icon(Icons.settings_input_antenna),
            onPressed: () {},
          ),
        ],
      ),
      body: SafeArea(
        child: LayoutBuilder(
          builder: (context, constraints) {
            // 700'den genişse harita solda, tablo sağda (2'ye 3); dar ekranda harita 240 yüksekliğinde üstte
          },
        ),
      ),
    );
  }
}
""",
    r"""
if (constraints.maxWidth > 700) {
  return Row(
    crossAxisAlignment: CrossAxisAlignment.stretch,
    children: [
      Expanded(flex: 2, child: map),
      Expanded(flex: 3, child: table),
    ],
  );
}
return Column(
  children: [
    SizedBox(height: 240, child: map),
    Expanded(child: table),
  ],
);
""",
    ["constraints.maxWidth", "Row | Flex", "Column | Flex | ListView | CustomScrollView", "map | HarborMap", "table | ForecastTable", "flex"],
    must_not=["MediaQuery"],
    checks=["literal 700", "literal 240", "literal 2", "literal 3", "call Expanded | Flexible(flex)"],
)

row(
    "navigation",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/harbor.dart';
import '../services/favorites_store.dart';
import 'harbor_detail_page.dart';

class FavoriteHarborsPage extends StatefulWidget {
  const FavoriteHarborsPage({super.key, required this.store});

  final FavoritesStore store;

  @override
  State<FavoriteHarborsPage> createState() => _FavoriteHarborsPageState();
}

class _FavoriteHarborsPageState extends State<FavoriteHarborsPage> {
  late Future<List<Harbor>> _favorites = widget.store.favorites();

  void _reloadFavorites() {
    setState(() => _favorites = widget.store.favorites());
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Favori limanlar')),
      body: FutureBuilder<List<Harbor>>(
        future: _favorites,
        builder: (context, snapshot) {
          if (snapshot.connectionState != ConnectionState.done) {
            return const Center(child: CircularProgressIndicator());
          }
          final harbors = snapshot.data ?? const <Harbor>[];
          return ListView.separated(
            itemCount: harbors.length,
            separatorBuilder: (_, __) => const Divider(height: 1),
            itemBuilder: (context, index) {
              final harbor = harbors[index];
              return ListTile(
                leading: const Icon(Icons.anchor),
                title: Text(harbor.name),
                subtitle: Text('${harbor.freeBerths} boş yer · VHF ${harbor.vhfChannel}'),
                onTap: () async {
                  // detay sayfasini ac, donuste true gelirse listeyi yenile
                },
              );
            },
          );
        },
      ),
    );
  }
}
""",
    r"""
final changed = await Navigator.of(context).push<bool>(
  MaterialPageRoute(builder: (_) => HarborDetailPage(harbor: harbor)),
);
if (changed == true) _reloadFavorites();
""",
    ["Navigator | context.push", "HarborDetailPage", "await", "true | ?? false", "_reloadFavorites"],
    must_not=["pushReplacement", "pushAndRemoveUntil"],
    checks=["call HarborDetailPage"],
)

row(
    "state",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../settings/unit_settings.dart';

class UnitsSettingsPage extends StatelessWidget {
  const UnitsSettingsPage({super.key});

  @override
  Widget build(BuildContext context) {
    final units = context.watch<UnitSettings>();
    final titleStyle = Theme.of(context).textTheme.titleSmall;
    return Scaffold(
      appBar: AppBar(title: const Text('Birimler')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          Text('Rüzgar hızı', style: titleStyle),
          const SizedBox(height: 8),
          SegmentedButton<WindUnit>(
            segments: const [
              ButtonSegment(value: WindUnit.knots, label: Text('kn')),
              ButtonSegment(value: WindUnit.beaufort, label: Text('Bft')),
              ButtonSegment(value: WindUnit.metersPerSecond, label: Text('m/s')),
            ],
            selected: {units.windUnit},
            onSelectionChanged: (selection) {
              // secilen birimi ayarlara yaz
            },
          ),
          const SizedBox(height: 24),
          SwitchListTile(
            contentPadding: EdgeInsets.zero,
            title: const Text('Hamleleri göster'),
            subtitle: const Text('Ortalama rüzgârın yanında en yüksek hamle'),
            value: units.showGusts,
            onChanged: units.setShowGusts,
          ),
          SwitchListTile(
            contentPadding: EdgeInsets.zero,
            title: const Text('Dalga yüksekliği feet olarak'),
            value: units.wavesInFeet,
            onChanged: units.setWavesInFeet,
          ),
        ],
      ),
    );
  }
}
""",
    r"""
context.read<UnitSettings>().setWindUnit(selection.first);
""",
    ["setWindUnit | windUnit =", "selection.first | selection.single"],
    must_not=["context.watch", "setState"],
)


# ================================================================ class_body

row(
    "dart_language",
    "class_body",
    r"""
import 'package:flutter/material.dart';

/// Douglas sea scale, by significant wave height in metres.
enum SeaState {
  calm(0.1, 'Sakin'),
  smooth(0.5, 'Hafif dalgalı'),
  slight(1.25, 'Az dalgalı'),
  moderate(2.5, 'Orta dalgalı'),
  rough(4, 'Dalgalı'),
  veryRough(6, 'Çok dalgalı'),
  high(9, 'Kaba'),
  veryHigh(14, 'Çok kaba'),
  phenomenal(double.infinity, 'Olağanüstü');

  const SeaState(this.maxWaveM, this.label);

  final double maxWaveM;
  final String label;

  Color get color => switch (this) {
        SeaState.calm || SeaState.smooth || SeaState.slight => Colors.green,
        SeaState.moderate || SeaState.rough => Colors.orange,
        _ => Colors.red,
      };

  // dalga yüksekliğinden (m) uygun SeaState'i bulan fromWaveHeight ekle
}

class SeaStateBadge extends StatelessWidget {
  const SeaStateBadge({super.key, required this.waveHeightM});

  final double waveHeightM;

  @override
  Widget build(BuildContext context) {
    final state = SeaState.fromWaveHeight(waveHeightM);
    return Chip(
      avatar: Icon(Icons.waves, color: state.color),
      label: Text('${state.label} · ${waveHeightM.toStringAsFixed(1)} m'),
    );
  }
}
""",
    r"""
static SeaState fromWaveHeight(double meters) =>
    values.firstWhere((state) => meters <= state.maxWaveM, orElse: () => phenomenal);
""",
    ["fromWaveHeight", "maxWaveM", "values"],
    must_not=["byName"],
)

row(
    "async",
    "class_body",
    r"""
import 'dart:async';
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/wind_reading.dart';

/// Live readings from a coastal weather station.
class WindStationService {
  WindStationService(this._client, {required this.stationId});

  final http.Client _client;
  final String stationId;

  static final _base = Uri.parse('https://api.seawind.example/v2/');

  Future<WindReading> current() async {
    final response = await _client.get(_base.resolve('stations/$stationId/latest'));
    if (response.statusCode != 200) {
      throw http.ClientException('Station $stationId: ${response.statusCode}', response.request?.url);
    }
    return WindReading.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
  }

  Future<List<WindReading>> history(Duration span) async {
    final uri = _base.resolve('stations/$stationId/history').replace(
      queryParameters: {'minutes': '${span.inMinutes}'},
    );
    final response = await _client.get(uri);
    final list = jsonDecode(response.body) as List<dynamic>;
    return [for (final item in list) WindReading.fromJson(item as Map<String, dynamic>)];
  }

  // her 30 saniyede current()'ı çağırıp okumaları yayan bir watch() stream'i; ilk değer hemen gelsin
}
""",
    r"""
Stream<WindReading> watch() async* {
  while (true) {
    yield await current();
    await Future<void>.delayed(const Duration(seconds: 30));
  }
}
""",
    ["Stream", "watch", "current", "async* | .periodic | StreamController"],
    must_not=["Timer.periodic(const Duration(seconds: 30), (_) async"],
    checks=["literal 30"],
)

row(
    "widgets_layout",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/board_game.dart';

class GameCard extends StatelessWidget {
  const GameCard({super.key, required this.game, this.onTap});

  final BoardGame game;
  final VoidCallback? onTap;

  String get _players => game.minPlayers == game.maxPlayers
      ? '${game.minPlayers} oyuncu'
      : '${game.minPlayers}-${game.maxPlayers} oyuncu';

  // build: Card içinde üstte 4:3 kapak (coverUrl), altında 12 padding ile ad ve oyuncu sayısı; tıklanınca onTap
}

class GameGrid extends StatelessWidget {
  const GameGrid({super.key, required this.games, required this.onOpen});

  final List<BoardGame> games;
  final ValueChanged<BoardGame> onOpen;

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      padding: const EdgeInsets.all(12),
      gridDelegate: const SliverGridDelegateWithMaxCrossAxisExtent(
        maxCrossAxisExtent: 220,
        childAspectRatio: 0.72,
        crossAxisSpacing: 12,
        mainAxisSpacing: 12,
      ),
      itemCount: games.length,
      itemBuilder: (context, index) => GameCard(
        game: games[index],
        onTap: () => onOpen(games[index]),
      ),
    );
  }
}
""",
    r"""
@override
Widget build(BuildContext context) {
  final theme = Theme.of(context);
  return Card(
    clipBehavior: Clip.antiAlias,
    child: InkWell(
      onTap: onTap,
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          AspectRatio(
            aspectRatio: 4 / 3,
            child: Image.network(game.coverUrl, fit: BoxFit.cover),
          ),
          Padding(
            padding: const EdgeInsets.all(12),
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                Text(game.name, style: theme.textTheme.titleMedium, maxLines: 1, overflow: TextOverflow.ellipsis),
                Text(_players, style: theme.textTheme.bodySmall),
              ],
            ),
          ),
        ],
      ),
    ),
  );
}
""",
    [
        "build",
        "Card",
        "AspectRatio",
        "Image.network | NetworkImage",
        "coverUrl",
        "game.name",
        "_players | minPlayers",
        "onTap",
    ],
    must_not=["Image.asset"],
    checks=["call Card", "call AspectRatio(aspectRatio)", "literal 4 | 1.33 | 1.333", "literal 12"],
)

row(
    "state",
    "class_body",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../models/waitlist_entry.dart';

/// Walk-in groups waiting for a free table on a busy game night.
class TableWaitlist extends ChangeNotifier {
  final List<WaitlistEntry> _entries = [];

  List<WaitlistEntry> get entries => List.unmodifiable(_entries);

  int get length => _entries.length;

  Duration estimatedWait(int position) => Duration(minutes: 15 * position);

  void join(WaitlistEntry entry) {
    if (_entries.any((e) => e.phone == entry.phone)) return;
    _entries.add(entry);
    notifyListeners();
  }

  void leave(String phone) {
    final before = _entries.length;
    _entries.removeWhere((e) => e.phone == phone);
    if (_entries.length != before) notifyListeners();
  }

  // sıradaki grubu listeden çıkarıp döndüren callNext(); liste boşsa null, değişince dinleyicilere haber ver
}

class CallNextButton extends StatelessWidget {
  const CallNextButton({super.key, required this.onCalled});

  final ValueChanged<WaitlistEntry> onCalled;

  @override
  Widget build(BuildContext context) {
    final waitlist = context.watch<TableWaitlist>();
    return FilledButton.icon(
      onPressed: waitlist.length == 0
          ? null
          : () {
              final next = context.read<TableWaitlist>().callNext();
              if (next != null) onCalled(next);
            },
      icon: const Icon(Icons.campaign_outlined),
      label: Text('Sıradakini çağır (${waitlist.length})'),
    );
  }
}
""",
    r"""
WaitlistEntry? callNext() {
  if (_entries.isEmpty) return null;
  final next = _entries.removeAt(0);
  notifyListeners();
  return next;
}
""",
    ["callNext", "_entries", "removeAt | removeFirst | remove(", "notifyListeners", "null"],
    must_not=["removeLast"],
    checks=["call notifyListeners"],
)


# ================================================================ element

row(
    "dart_language",
    "element",
    r"""
import 'package:intl/intl.dart';

import 'board_game.dart';

enum SeatingArea { window, mainHall, privateRoom }

class TableReservation {
  const TableReservation({
    required this.id,
    required this.tableId,
    required this.partySize,
    required this.startsAt,
    required this.duration,
    this.games = const [],
    this.area = SeatingArea.mainHall,
  });

  final String id;
  final String tableId;
  final int partySize;
  final DateTime startsAt;
  final Duration duration;
  final List<BoardGame> games;
  final SeatingArea area;

  DateTime get endsAt => startsAt.add(duration);

  String get timeLabel =>
      '${DateFormat('d MMMM HH:mm', 'tr').format(startsAt)} - ${DateFormat.Hm('tr').format(endsAt)}';

  bool overlaps(TableReservation other) =>
      tableId == other.tableId && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);

  Map<String, Object?> toJson() => {
        'id': id,
        'table_id': tableId,
        'party_size': partySize,
        'starts_at': startsAt.toUtc().toIso8601String(),
        'duration_min': duration.inMinutes,
        'area': area.name,
        // ayrılan oyun varsa id'lerini 'game_ids' listesi olarak ekle
      };
}
""",
    r"""
if (games.isNotEmpty) 'game_ids': [for (final game in games) game.id],
""",
    ["if", "games.isNotEmpty | games.isEmpty | games.length", ".id"],
    must_not=["toString()"],
    checks=["literal 'game_ids'"],
)

row(
    "widgets_layout",
    "element",
    r"""
import 'dart:math' as math;

import 'package:flutter/material.dart';

import '../models/hourly_forecast.dart';

class WindRow extends StatelessWidget {
  const WindRow({super.key, required this.hour, this.unit = 'kn'});

  final HourlyForecast hour;
  final String unit;

  Color _gustColor(double gustKnots) {
    if (gustKnots >= 34) return Colors.red.shade700;
    if (gustKnots >= 22) return Colors.orange.shade700;
    return Colors.green.shade700;
  }

  String get _compass {
    const points = ['K', 'KD', 'D', 'GD', 'G', 'GB', 'B', 'KB'];
    return points[((hour.windDirDeg % 360) / 45).round() % 8];
  }

  @override
  Widget build(BuildContext context) {
    final text = Theme.of(context).textTheme;
    final time = '${hour.time.hour.toString().padLeft(2, '0')}:00';
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
      child: Row(
        children: [
          SizedBox(width: 56, child: Text(time, style: text.labelLarge)),
          // ok ikonu rüzgârın yönünü göstersin: windDirDeg kadar döndür, boyut 20
          const SizedBox(width: 8),
          Text(_compass, style: text.bodyMedium),
          const Spacer(),
          Text('${hour.windKnots.round()} $unit', style: text.titleMedium),
          const SizedBox(width: 12),
          Text(
            'Hamle ${hour.gustKnots.round()}',
            style: text.bodySmall?.copyWith(color: _gustColor(hour.gustKnots)),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
Transform.rotate(
  angle: hour.windDirDeg * math.pi / 180,
  child: const Icon(Icons.north, size: 20),
),
""",
    [
        "Transform.rotate | AnimatedRotation | RotationTransition | Transform(",
        "hour.windDirDeg",
        "pi | 360",
        "Icon",
    ],
    must_not=["RotatedBox"],
    checks=["literal 20", "call Icon(size)"],
)

row(
    "navigation",
    "element",
    r"""
import 'package:go_router/go_router.dart';

import 'pages/game_detail_page.dart';
import 'pages/game_library_page.dart';
import 'pages/home_page.dart';
import 'pages/login_page.dart';
import 'pages/reservation_page.dart';
import 'services/session_store.dart';

GoRouter buildRouter(SessionStore session) {
  return GoRouter(
    initialLocation: '/',
    refreshListenable: session,
    redirect: (context, state) {
      final loggedIn = session.isLoggedIn;
      final atLogin = state.matchedLocation == '/login';
      if (!loggedIn && state.matchedLocation.startsWith('/reservations')) {
        return Uri(path: '/login', queryParameters: {'from': state.uri.toString()}).toString();
      }
      if (loggedIn && atLogin) return '/';
      return null;
    },
    routes: [
      GoRoute(path: '/', builder: (context, state) => const HomePage()),
      GoRoute(
        path: '/games',
        builder: (context, state) => GameLibraryPage(
          initialCategory: state.uri.queryParameters['category'],
        ),
        routes: [
          // :gameId alt rotası, id'yi GameDetailPage'e geçir
        ],
      ),
      GoRoute(path: '/reservations', builder: (context, state) => const ReservationPage()),
      GoRoute(
        path: '/login',
        builder: (context, state) => LoginPage(from: state.uri.queryParameters['from']),
      ),
    ],
  );
}
""",
    r"""
GoRoute(
  path: ':gameId',
  builder: (context, state) => GameDetailPage(gameId: state.pathParameters['gameId']!),
),
""",
    ["GoRoute", "pathParameters", "GameDetailPage"],
    must_not=["queryParameters", "state.params"],
    checks=["literal ':gameId'", "call GoRoute > GameDetailPage"],
)

row(
    "state",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;
import 'package:provider/provider.dart';
import 'package:shared_preferences/shared_preferences.dart';

import 'app.dart';
import 'data/forecast_repository.dart';
import 'data/marine_api.dart';
import 'settings/unit_settings.dart';
import 'state/anchor_watch.dart';
import 'state/route_planner.dart';

/// Version 1 stored the wind unit as a free string; version 2 stores the enum's name.
Future<void> _migrateLegacyUnits(SharedPreferences prefs) async {
  final legacy = prefs.getString('wind_unit_label');
  if (legacy == null) return;
  final unit = switch (legacy) {
    'kt' || 'kn' => WindUnit.knots,
    'bft' => WindUnit.beaufort,
    _ => WindUnit.metersPerSecond,
  };
  await prefs.setString('wind_unit', unit.name);
  await prefs.remove('wind_unit_label');
}

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  final prefs = await SharedPreferences.getInstance();
  await _migrateLegacyUnits(prefs);
  runApp(
    MultiProvider(
      providers: [
        Provider<http.Client>(create: (_) => http.Client(), dispose: (_, client) => client.close()),
        Provider<MarineApi>(create: (context) => MarineApi(context.read<http.Client>())),
        Provider<ForecastRepository>(create: (context) => ForecastRepository(context.read<MarineApi>())),
        ChangeNotifierProvider<UnitSettings>(create: (_) => UnitSettings(prefs)),
        // RoutePlanner'ı ForecastRepository ile kur; UnitSettings değiştikçe updateUnits ile güncellensin
        ChangeNotifierProvider<AnchorWatch>(create: (_) => AnchorWatch(radiusMeters: 40)),
      ],
      child: const SailorApp(),
    ),
  );
}
""",
    r"""
ChangeNotifierProxyProvider<UnitSettings, RoutePlanner>(
  create: (context) => RoutePlanner(context.read<ForecastRepository>()),
  update: (context, units, planner) => planner!..updateUnits(units),
),
""",
    [
        "ChangeNotifierProxyProvider | ChangeNotifierProxyProvider2",
        "RoutePlanner",
        "ForecastRepository",
        "UnitSettings",
        "updateUnits",
    ],
    must_not=["context.watch"],
    checks=["call ChangeNotifierProxyProvider | ChangeNotifierProxyProvider2(create, update)"],
)


# ================================================================ argument

row(
    "dart_language",
    "argument",
    r"""
import '../models/board_game.dart';
import '../models/play_session.dart';

/// Monthly statistics for the café's game library, shown on the staff dashboard.
class LibraryStats {
  LibraryStats(this.sessions, this.games);

  final List<PlaySession> sessions;
  final List<BoardGame> games;

  Map<String, int> playCountsByGame() {
    final counts = <String, int>{};
    for (final session in sessions) {
      counts.update(
        session.gameId,
        (count) => count + 1,
        // ilk kez gelen oyunda sayac 1'den baslasin
      );
    }
    return counts;
  }

  List<BoardGame> mostPlayed(int n) {
    final counts = playCountsByGame();
    final sorted = [...games]..sort((a, b) => (counts[b.id] ?? 0).compareTo(counts[a.id] ?? 0));
    return sorted.take(n).toList();
  }

  List<BoardGame> neverPlayed() {
    final played = {for (final s in sessions) s.gameId};
    return games.where((g) => !played.contains(g.id)).toList();
  }

  Duration averageLength(String gameId) {
    final lengths = [
      for (final s in sessions)
        if (s.gameId == gameId) s.endedAt.difference(s.startedAt),
    ];
    if (lengths.isEmpty) return Duration.zero;
    final total = lengths.fold(Duration.zero, (sum, d) => sum + d);
    return total ~/ lengths.length;
  }
}
""",
    r"""
ifAbsent: () => 1,
""",
    ["ifAbsent"],
    must_not=["0"],
    checks=["literal 1"],
)

row(
    "async",
    "argument",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/menu_item.dart';
import '../services/menu_api.dart';
import '../services/menu_cache.dart';

/// Drinks and snacks menu; the café's Wi-Fi is often slow on busy nights.
class MenuRepository {
  MenuRepository(this._api, this._cache);

  final MenuApi _api;
  final MenuCache _cache;

  Future<List<MenuItem>> _cachedMenu() async => await _cache.read() ?? const <MenuItem>[];

  Future<List<MenuItem>> load() async {
    final menu = await _api.fetchMenu().timeout(
      const Duration(seconds: 8),
      // sure dolarsa onbellekteki menuyu don
    );
    await _cache.save(menu);
    return menu;
  }
}

class MenuPage extends StatelessWidget {
  const MenuPage({super.key, required this.repository});

  final MenuRepository repository;

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<List<MenuItem>>(
      future: repository.load(),
      builder: (context, snapshot) {
        final items = snapshot.data;
        if (items == null) return const Center(child: CircularProgressIndicator());
        return ListView(
          children: [
            for (final item in items)
              ListTile(title: Text(item.name), trailing: Text('${item.price} ₺')),
          ],
        );
      },
    );
  }
}
""",
    r"""
onTimeout: _cachedMenu,
""",
    ["onTimeout", "_cachedMenu | _cache.read"],
    must_not=["throw"],
)

row(
    "widgets_layout",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/board_game.dart';
import '../widgets/game_card.dart';

class GameLibraryPage extends StatelessWidget {
  const GameLibraryPage({super.key, required this.games, required this.onOpen});

  final List<BoardGame> games;
  final ValueChanged<BoardGame> onOpen;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Oyun kütüphanesi'),
        actions: [
          IconButton(
            icon: const Icon(Icons.casino_outlined),
            tooltip: 'Rastgele oyun',
            onPressed: games.isEmpty ? null : () => onOpen((games.toList()..shuffle()).first),
          ),
        ],
      ),
      body: GridView.builder(
        padding: const EdgeInsets.all(12),
        itemCount: games.length,
        // genislige gore sutun sayisi: kart en fazla 220 px, en/boy 0.7, aralar 12
        itemBuilder: (context, index) => GameCard(
          game: games[index],
          onTap: () => onOpen(games[index]),
        ),
      ),
    );
  }
}
""",
    r"""
gridDelegate: const SliverGridDelegateWithMaxCrossAxisExtent(
  maxCrossAxisExtent: 220,
  childAspectRatio: 0.7,
  crossAxisSpacing: 12,
  mainAxisSpacing: 12,
),
""",
    [
        "gridDelegate",
        "SliverGridDelegateWithMaxCrossAxisExtent | SliverGridDelegateWithFixedCrossAxisCount",
        "childAspectRatio",
        "crossAxisSpacing",
        "mainAxisSpacing",
    ],
    must_not=["crossAxisCount: 2"],
    checks=["literal 220", "literal 0.7", "literal 12"],
)

row(
    "navigation",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'pages/harbors_page.dart';
import 'pages/route_page.dart';
import 'pages/tides_page.dart';
import 'pages/wind_page.dart';

class SailorShell extends StatelessWidget {
  const SailorShell({super.key, required this.navigationShell});

  final StatefulNavigationShell navigationShell;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: navigationShell,
      bottomNavigationBar: NavigationBar(
        selectedIndex: navigationShell.currentIndex,
        // sekmeye basınca o dala geç; açık sekmeye tekrar basılırsa dalın ilk sayfasına dön
        destinations: const [
          NavigationDestination(icon: Icon(Icons.air), label: 'Rüzgâr'),
          NavigationDestination(icon: Icon(Icons.waves), label: 'Gelgit'),
          NavigationDestination(icon: Icon(Icons.anchor), label: 'Limanlar'),
          NavigationDestination(icon: Icon(Icons.route), label: 'Rota'),
        ],
      ),
    );
  }
}

final router = GoRouter(
  initialLocation: '/wind',
  routes: [
    StatefulShellRoute.indexedStack(
      builder: (context, state, shell) => SailorShell(navigationShell: shell),
      branches: [
        StatefulShellBranch(routes: [GoRoute(path: '/wind', builder: (_, __) => const WindPage())]),
        StatefulShellBranch(routes: [GoRoute(path: '/tides', builder: (_, __) => const TidesPage())]),
        StatefulShellBranch(routes: [GoRoute(path: '/harbors', builder: (_, __) => const HarborsPage())]),
        StatefulShellBranch(routes: [GoRoute(path: '/route', builder: (_, __) => const RoutePage())]),
      ],
    ),
  ],
);
""",
    r"""
onDestinationSelected: (index) => navigationShell.goBranch(
  index,
  initialLocation: index == navigationShell.currentIndex,
),
""",
    ["onDestinationSelected", "goBranch", "initialLocation", "currentIndex"],
    must_not=["context.go(", "Navigator"],
    checks=["call .goBranch(initialLocation)"],
)


if __name__ == "__main__":
    ROWS.write()
