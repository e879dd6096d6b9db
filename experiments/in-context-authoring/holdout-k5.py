# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 11 (holdout-k5): 10 hand-written rows, 2 per position
(statements, callback, class_body, element, argument), topics dart_language, state, widgets_layout, storage,
dialogs (2 each, spread over the positions); app domains a vineyard harvest-tracking app (parcels and grape
varieties, crate-scale readings over Bluetooth, weighed loads with net kilos and brix, ripeness against a target
brix, an offline JSON-lines log of loads, yield tables per parcel) and a hackathon team-matching app (participants
with roles and skills, teams with an idea, needed roles and open seats, join requests, a cached profile in
shared_preferences, provider wiring, leaving a team).

Run: .venv/bin/python experiments/in-context-authoring/holdout-k5.py  -> data/in_context/drafts/holdout-k5.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-k5", "holdk5")
row = ROWS.row


# ================================================================ statements

# Condition: throw a FormatException only when the line does not have exactly 3 parts; otherwise build the reading
# (the check asks for the reading on the "exactly 3 parts" side).
row(
    "dart_language",
    "statements",
    r"""
import 'dart:async';
import 'dart:convert';

import '../services/scale_connection.dart';

/// One weighing from the Bluetooth crate scale at the press house.
class ScaleReading {
  const ScaleReading({required this.parcelCode, required this.kilos, required this.brix});

  final String parcelCode;
  final double kilos;
  final double brix;
}

class ScaleReader {
  ScaleReader(this._connection);

  final ScaleConnection _connection;
  final _readings = StreamController<ScaleReading>.broadcast();
  StreamSubscription<String>? _subscription;

  Stream<ScaleReading> get readings => _readings.stream;

  void start() {
    _subscription = _connection.bytes
        .cast<List<int>>()
        .transform(utf8.decoder)
        .transform(const LineSplitter())
        .where((line) => line.trim().isNotEmpty)
        .listen((line) {
      try {
        _readings.add(parseLine(line.trim()));
      } on FormatException catch (e) {
        _readings.addError(e);
      }
    });
  }

  ScaleReading parseLine(String line) {
    // 'P07;1250.5;23.4' gibi satırı parsel kodu, kilo ve brix olarak ayır; 3 parça değilse FormatException fırlat
  }

  Future<void> stop() async {
    await _subscription?.cancel();
    _subscription = null;
  }

  Future<void> dispose() async {
    await stop();
    await _readings.close();
  }
}
""",
    r"""
final parts = line.split(';');
if (parts.length != 3) {
  throw FormatException('Beklenmeyen tartı satırı', line);
}
return ScaleReading(
  parcelCode: parts[0],
  kilos: double.parse(parts[1]),
  brix: double.parse(parts[2]),
);
""",
    ["split", "ScaleReading", "double.parse | double.tryParse | num.parse | num.tryParse", "FormatException"],
    must_not=["int.parse"],
    checks=[
        "literal ';'",
        "call FormatException",
        # the success side, so that `if (parts case [...])` and switch patterns pass too (the throw then sits in a
        # default / `_` case, which a `when !...` check cannot see)
        "when == 3 | case | [final | [var | [String > ScaleReading",
    ],
)

# Condition: only when the cache is older than maxAge are both keys removed and null returned; otherwise the
# profile is decoded from JSON.
row(
    "storage",
    "statements",
    r"""
import 'dart:convert';

import 'package:shared_preferences/shared_preferences.dart';

import '../models/participant_profile.dart';

/// Keeps the signed-in participant's profile on the device so the matching screen opens offline.
class ProfileCache {
  ProfileCache(this._prefs);

  static const _profileKey = 'cached_profile';
  static const _savedAtKey = 'cached_profile_saved_at';
  static const maxAge = Duration(hours: 6);

  final SharedPreferences _prefs;

  Future<void> save(ParticipantProfile profile) async {
    await _prefs.setString(_profileKey, jsonEncode(profile.toJson()));
    await _prefs.setInt(_savedAtKey, DateTime.now().millisecondsSinceEpoch);
  }

  Future<ParticipantProfile?> read() async {
    final raw = _prefs.getString(_profileKey);
    final savedAt = _prefs.getInt(_savedAtKey);
    if (raw == null || savedAt == null) return null;
    // maxAge'den eskiyse iki anahtarı da silip null dön, değilse profili json'dan oluştur
  }

  Future<void> updateSkills(List<String> skills) async {
    final profile = await read();
    if (profile == null) return;
    await save(profile.copyWith(skills: skills));
  }

  Future<void> clear() async {
    await _prefs.remove(_profileKey);
    await _prefs.remove(_savedAtKey);
  }
}
""",
    r"""
final age = DateTime.now().difference(DateTime.fromMillisecondsSinceEpoch(savedAt));
if (age > maxAge) {
  await _prefs.remove(_profileKey);
  await _prefs.remove(_savedAtKey);
  return null;
}
return ParticipantProfile.fromJson(jsonDecode(raw) as Map<String, dynamic>);
""",
    [
        "maxAge",
        "_profileKey | clear",
        "_savedAtKey | clear",
        "jsonDecode | json.decode",
        "ParticipantProfile.fromJson",
    ],
    must_not=["_prefs.clear", "setString"],
    checks=[
        "when > maxAge | >= maxAge | isBefore | isAfter > remove | clear",
        "when !> maxAge | >= maxAge | isBefore | isAfter > ParticipantProfile.fromJson",
    ],
)


# ================================================================ callback

# Order: _sending true first, then requestToJoin, then false again, also when the request fails.
row(
    "state",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/team.dart';
import '../services/matching_service.dart';
import '../widgets/member_avatar.dart';

class TeamDetailPage extends StatefulWidget {
  const TeamDetailPage({super.key, required this.team, required this.matching});

  final Team team;
  final MatchingService matching;

  @override
  State<TeamDetailPage> createState() => _TeamDetailPageState();
}

class _TeamDetailPageState extends State<TeamDetailPage> {
  bool _sending = false;

  @override
  Widget build(BuildContext context) {
    final team = widget.team;
    final theme = Theme.of(context);
    return Scaffold(
      appBar: AppBar(title: Text(team.name)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          Text(team.idea, style: theme.textTheme.bodyLarge),
          const SizedBox(height: 16),
          Text('Üyeler (${team.members.length}/${team.maxSize})', style: theme.textTheme.titleMedium),
          const SizedBox(height: 8),
          Wrap(
            spacing: 8,
            runSpacing: 8,
            children: [for (final member in team.members) MemberAvatar(participant: member)],
          ),
        ],
      ),
      bottomNavigationBar: SafeArea(
        minimum: const EdgeInsets.all(16),
        child: FilledButton(
          onPressed: _sending || team.isFull
              ? null
              : () async {
                  // önce _sending'i true yap, requestToJoin ile isteği gönder, hata olsa bile sonunda false'a çek
                },
          child: _sending
              ? const SizedBox.square(dimension: 20, child: CircularProgressIndicator(strokeWidth: 2))
              : const Text('Katılma isteği gönder'),
        ),
      ),
    );
  }
}
""",
    r"""
setState(() => _sending = true);
try {
  await widget.matching.requestToJoin(team.id);
} finally {
  if (mounted) setState(() => _sending = false);
}
""",
    ["setState", "_sending", "requestToJoin", "finally | whenComplete | catch | catchError"],
    checks=["order true < requestToJoin < false", "call setState > true", "call setState > false"],
)

# Condition: only when the dialog is confirmed is the load deleted and 'Yük silindi' shown.
row(
    "dialogs",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/harvest_load.dart';
import '../services/harvest_repository.dart';

class DayLoadsList extends StatelessWidget {
  const DayLoadsList({super.key, required this.loads, required this.repository});

  final List<HarvestLoad> loads;
  final HarvestRepository repository;

  static final _time = DateFormat.Hm('tr_TR');

  @override
  Widget build(BuildContext context) {
    if (loads.isEmpty) {
      return const Center(child: Text('Bugün henüz tartım yok'));
    }
    return ListView.separated(
      itemCount: loads.length,
      separatorBuilder: (context, index) => const Divider(height: 1),
      itemBuilder: (context, index) {
        final load = loads[index];
        return ListTile(
          leading: CircleAvatar(child: Text(load.parcelCode)),
          title: Text('${load.netKilos.toStringAsFixed(1)} kg · ${load.variety}'),
          subtitle: Text('${_time.format(load.weighedAt)} · Brix ${load.brix}'),
          trailing: IconButton(
            icon: const Icon(Icons.delete_outline),
            tooltip: 'Yükü sil',
            onPressed: () async {
              // silmeden önce onay sor; sadece onaylanırsa repository'den sil ve 'Yük silindi' göster
            },
          ),
        );
      },
    );
  }
}
""",
    r"""
final confirmed = await showDialog<bool>(
  context: context,
  builder: (context) => AlertDialog(
    title: const Text('Yük silinsin mi?'),
    content: Text('${load.parcelCode} · ${load.netKilos.toStringAsFixed(1)} kg'),
    actions: [
      TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
      FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('Sil')),
    ],
  ),
);
if (confirmed != true || !context.mounted) return;
await repository.deleteLoad(load.id);
if (!context.mounted) return;
ScaffoldMessenger.of(context).showSnackBar(const SnackBar(content: Text('Yük silindi')));
""",
    [
        "showDialog | showAdaptiveDialog | showCupertinoDialog",
        ".pop",
        "repository",
        "showSnackBar",
    ],
    checks=[
        "call showDialog | showAdaptiveDialog | showCupertinoDialog",
        "literal 'Yük silindi'",
        "when == true | ?? false | showDialog > repository",
        "when == true | ?? false | showDialog > showSnackBar | SnackBar",
    ],
)


# ================================================================ class_body

row(
    "dart_language",
    "class_body",
    r"""
import 'participant.dart';
import 'role.dart';

/// A hackathon team looking for members; shown on the matching screen.
class Team {
  Team({
    required this.id,
    required this.name,
    required this.idea,
    required this.members,
    required this.neededRoles,
    this.maxSize = 5,
  });

  factory Team.fromJson(Map<String, dynamic> json) => Team(
        id: json['id'] as String,
        name: json['name'] as String,
        idea: json['idea'] as String,
        members: [
          for (final m in json['members'] as List<dynamic>) Participant.fromJson(m as Map<String, dynamic>),
        ],
        neededRoles: {
          for (final r in json['neededRoles'] as List<dynamic>) Role.values.byName(r as String),
        },
        maxSize: json['maxSize'] as int? ?? 5,
      );

  final String id;
  final String name;
  final String idea;
  final List<Participant> members;
  final Set<Role> neededRoles;
  final int maxSize;

  bool get isFull => members.length >= maxSize;

  int get openSeats => maxSize - members.length;

  // hicbir uyenin karsilamadigi ihtiyac rollerini veren getter

  bool canJoin(Participant candidate) {
    if (isFull || members.any((m) => m.id == candidate.id)) return false;
    return candidate.roles.any(missingRoles.contains);
  }
}
""",
    r"""
Set<Role> get missingRoles => neededRoles.difference({for (final member in members) ...member.roles});
""",
    [
        "get missingRoles",
        "neededRoles",
        "members",
        "roles",
        "difference | removeAll | where | contains | any",
    ],
    must_not=["intersection", "retainAll"],
)

row(
    "storage",
    "class_body",
    r"""
import 'dart:convert';
import 'dart:io';

import 'package:path_provider/path_provider.dart';

import '../models/harvest_load.dart';

/// Offline log of weighed loads, kept as JSON lines until the tractor is back in coverage.
class HarvestLogFile {
  HarvestLogFile({this.fileName = 'harvest_log.jsonl'});

  final String fileName;

  Future<File> _file() async {
    final dir = await getApplicationDocumentsDirectory();
    return File('${dir.path}/$fileName');
  }

  // yuku json satiri olarak dosyanin sonuna ekleyen append metodu, uzerine yazmasin

  Future<List<HarvestLoad>> readAll() async {
    final file = await _file();
    if (!await file.exists()) return [];
    final lines = await file.readAsLines();
    return [
      for (final line in lines)
        if (line.trim().isNotEmpty) HarvestLoad.fromJson(jsonDecode(line) as Map<String, dynamic>),
    ];
  }

  Future<int> pendingCount() async => (await readAll()).length;

  Future<void> clear() async {
    final file = await _file();
    if (await file.exists()) await file.delete();
  }
}
""",
    r"""
Future<void> append(HarvestLoad load) async {
  final file = await _file();
  await file.writeAsString('${jsonEncode(load.toJson())}\n', mode: FileMode.append, flush: true);
}
""",
    ["append", "_file", "jsonEncode | json.encode", "toJson", "FileMode.append | FileMode.writeOnlyAppend"],
    must_not=["FileMode.write,", "readAsLines"],
    checks=[
        "call .writeAsString | .writeAsStringSync | .openWrite | .openSync | .writeAsBytes(mode: FileMode.append | FileMode.writeOnlyAppend)",
    ],
)


# ================================================================ element

row(
    "widgets_layout",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/parcel.dart';

/// Card of one vineyard parcel on the harvest planning screen.
class ParcelCard extends StatelessWidget {
  const ParcelCard({super.key, required this.parcel, required this.onOpen});

  final Parcel parcel;
  final VoidCallback onOpen;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    final ready = parcel.lastBrix >= parcel.targetBrix;
    return Card(
      clipBehavior: Clip.antiAlias,
      child: InkWell(
        onTap: onOpen,
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: Column(
            crossAxisAlignment: CrossAxisAlignment.start,
            children: [
              Row(
                children: [
                  Expanded(child: Text(parcel.name, style: theme.textTheme.titleMedium)),
                  if (ready) const Chip(label: Text('Hasada hazır')),
                ],
              ),
              Text('${parcel.variety} · ${parcel.hectares} ha', style: theme.textTheme.bodySmall),
              const SizedBox(height: 12),
              // brix'in hedefe oranını 8 yüksekliğinde, köşeleri yuvarlak bir çubukla göster
              const SizedBox(height: 4),
              Text(
                'Brix ${parcel.lastBrix.toStringAsFixed(1)} / ${parcel.targetBrix.toStringAsFixed(1)}',
                style: theme.textTheme.labelMedium,
              ),
            ],
          ),
        ),
      ),
    );
  }
}
""",
    r"""
LinearProgressIndicator(
  value: (parcel.lastBrix / parcel.targetBrix).clamp(0.0, 1.0),
  minHeight: 8,
  borderRadius: BorderRadius.circular(4),
),
""",
    ["LinearProgressIndicator", "lastBrix", "targetBrix", "/", "borderRadius | ClipRRect | StadiumBorder"],
    must_not=["CircularProgressIndicator"],
    checks=["call LinearProgressIndicator(value)", "call LinearProgressIndicator | SizedBox > 8"],
)

row(
    "state",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';
import 'package:shared_preferences/shared_preferences.dart';

import 'app.dart';
import 'services/auth_service.dart';
import 'services/hackathon_api.dart';
import 'services/match_queue.dart';
import 'services/profile_cache.dart';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  final prefs = await SharedPreferences.getInstance();
  final api = HackathonApi(baseUrl: 'https://api.hackmatch.app');
  final cache = ProfileCache(prefs);

  runApp(
    MultiProvider(
      providers: [
        Provider<HackathonApi>.value(value: api),
        Provider<ProfileCache>.value(value: cache),
        ChangeNotifierProvider(create: (_) => AuthService(api, prefs)..restoreSession()),
        // oturumdaki kullanıcı değişince MatchQueue'nun userId'sini güncelleyen proxy provider
      ],
      child: const HackMatchApp(),
    ),
  );
}

/// Debug banner listing who is signed in, shown above the app in internal builds.
class SignedInBanner extends StatelessWidget {
  const SignedInBanner({super.key, required this.child});

  final Widget child;

  @override
  Widget build(BuildContext context) {
    final auth = context.watch<AuthService>();
    final queue = context.watch<MatchQueue>();
    return Banner(
      message: auth.userId == null ? 'anon' : '${queue.length} eşleşme',
      location: BannerLocation.topEnd,
      child: child,
    );
  }
}
""",
    r"""
ChangeNotifierProxyProvider<AuthService, MatchQueue>(
  create: (_) => MatchQueue(api),
  update: (_, auth, queue) => (queue ?? MatchQueue(api))..userId = auth.userId,
),
""",
    ["ChangeNotifierProxyProvider | ProxyProvider", "AuthService", "MatchQueue", "userId"],
    must_not=["ChangeNotifierProvider(", "ChangeNotifierProvider<"],
    checks=["call ChangeNotifierProxyProvider | ProxyProvider(update: userId)"],
)


# ================================================================ argument

# Two buttons: 'İptal' pops false, the red 'Ayrıl' pops true.
row(
    "dialogs",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/team.dart';
import '../services/matching_service.dart';

Future<bool> confirmLeaveTeam(BuildContext context, Team team) async {
  final lastMember = team.members.length == 1;
  final leave = await showDialog<bool>(
    context: context,
    builder: (context) => AlertDialog(
      icon: const Icon(Icons.group_remove_outlined),
      title: Text('${team.name} takımından ayrıl'),
      content: Text(
        lastMember ? 'Son üye sensin, takım silinecek.' : 'Takım arkadaşlarına bildirim gidecek.',
      ),
      // İptal ve kırmızı 'Ayrıl' butonları; Ayrıl true, İptal false döndürsün
    ),
  );
  return leave ?? false;
}

class LeaveTeamButton extends StatelessWidget {
  const LeaveTeamButton({super.key, required this.team, required this.matching});

  final Team team;
  final MatchingService matching;

  @override
  Widget build(BuildContext context) {
    return OutlinedButton.icon(
      icon: const Icon(Icons.logout),
      label: const Text('Takımdan ayrıl'),
      onPressed: () async {
        if (!await confirmLeaveTeam(context, team)) return;
        await matching.leaveTeam(team.id);
        if (context.mounted) Navigator.of(context).pop();
      },
    );
  }
}
""",
    r"""
actions: [
  TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('İptal')),
  TextButton(
    style: TextButton.styleFrom(foregroundColor: Theme.of(context).colorScheme.error),
    onPressed: () => Navigator.pop(context, true),
    child: const Text('Ayrıl'),
  ),
],
""",
    ["actions", ".pop", "error | red | redAccent"],
    checks=[
        "call TextButton | FilledButton | ElevatedButton | OutlinedButton(onPressed: true, child: 'Ayrıl')",
        "call TextButton | FilledButton | ElevatedButton | OutlinedButton(onPressed: false, child: 'İptal')",
    ],
)

row(
    "widgets_layout",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/parcel_yield.dart';

/// Yield per parcel for the selected vintage: name, net kilos and average brix.
class ParcelYieldTable extends StatelessWidget {
  const ParcelYieldTable({super.key, required this.rows});

  final List<ParcelYield> rows;

  static final _kilos = NumberFormat.decimalPattern('tr_TR');

  Widget _cell(String text, {TextStyle? style, TextAlign align = TextAlign.start}) {
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 8, vertical: 10),
      child: Text(text, style: style, textAlign: align),
    );
  }

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    final header = theme.textTheme.labelLarge;
    return Table(
      border: TableBorder(horizontalInside: BorderSide(color: theme.dividerColor)),
      // ilk sutun kalan alani alsin, kg ve brix sutunlari 88 genislikte sabit olsun
      defaultVerticalAlignment: TableCellVerticalAlignment.middle,
      children: [
        TableRow(
          children: [
            _cell('Parsel', style: header),
            _cell('Kg', style: header, align: TextAlign.end),
            _cell('Brix', style: header, align: TextAlign.end),
          ],
        ),
        for (final row in rows)
          TableRow(
            children: [
              _cell(row.parcelName),
              _cell(_kilos.format(row.netKilos), align: TextAlign.end),
              _cell(row.averageBrix.toStringAsFixed(1), align: TextAlign.end),
            ],
          ),
      ],
    );
  }
}
""",
    r"""
columnWidths: const {
  0: FlexColumnWidth(),
  1: FixedColumnWidth(88),
  2: FixedColumnWidth(88),
},
""",
    ["columnWidths", "FixedColumnWidth"],
    must_not=["IntrinsicColumnWidth", "FractionColumnWidth"],
    checks=["call FixedColumnWidth > 88", "literal 1", "literal 2"],
)


if __name__ == "__main__":
    ROWS.write()
