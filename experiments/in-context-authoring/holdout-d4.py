"""In-context held-out rows, batch 4 (holdout-d4): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics state, dialogs, localization, dart_language
(5 rows each, one per position); app domains a pharmacy/medicine-reminder app and an amateur football league app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-d4.py  -> data/in_context/drafts/holdout-d4.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-d4", "holdd4")
row = ROWS.row


# ================================================================ statements

row("state", "statements", r"""
import 'package:flutter/material.dart';

class Goal {
  const Goal({required this.scorer, required this.minute, required this.isHome});

  final String scorer;
  final int minute;
  final bool isHome;
}

class LiveScorePage extends StatefulWidget {
  const LiveScorePage({super.key, required this.homeTeam, required this.awayTeam});

  final String homeTeam;
  final String awayTeam;

  @override
  State<LiveScorePage> createState() => _LiveScorePageState();
}

class _LiveScorePageState extends State<LiveScorePage> {
  final List<Goal> _goals = [];
  int _homeScore = 0;
  int _awayScore = 0;

  void addGoal(String scorer, int minute, {required bool isHome}) {
    setState(() {
      _goals.add(Goal(scorer: scorer, minute: minute, isHome: isHome));
      if (isHome) {
        _homeScore++;
      } else {
        _awayScore++;
      }
    });
  }

  void _undoLastGoal() {
    // yanlislikla girilen son golu geri al: liste bossa cik, sondaki golu sil ve hangi takiminsa onun skorunu bir dusur
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text('${widget.homeTeam} - ${widget.awayTeam}'),
        actions: [
          IconButton(
            icon: const Icon(Icons.undo),
            tooltip: 'Son golü geri al',
            onPressed: _goals.isEmpty ? null : _undoLastGoal,
          ),
        ],
      ),
      body: Column(
        children: [
          Padding(
            padding: const EdgeInsets.all(24),
            child: Text('$_homeScore - $_awayScore', style: Theme.of(context).textTheme.displayMedium),
          ),
          Expanded(
            child: ListView(
              children: [
                for (final goal in _goals.reversed)
                  ListTile(
                    leading: Icon(Icons.sports_soccer, color: goal.isHome ? Colors.blue : Colors.red),
                    title: Text(goal.scorer),
                    trailing: Text("${goal.minute}'"),
                  ),
              ],
            ),
          ),
        ],
      ),
    );
  }
}
""", r"""
if (_goals.isEmpty) return;
setState(() {
  final last = _goals.removeLast();
  if (last.isHome) {
    _homeScore--;
  } else {
    _awayScore--;
  }
});
""", ["_goals.isEmpty | _goals.isNotEmpty | _goals.length",
      "removeLast | removeAt | .remove(",
      "isHome",
      "_homeScore-- | --_homeScore | _homeScore -= 1 | _homeScore = _homeScore - 1",
      "_awayScore-- | --_awayScore | _awayScore -= 1 | _awayScore = _awayScore - 1",
      "setState"],
    must_not=["_homeScore++", "_awayScore++", "clear"])

row("dialogs", "statements", r"""
import 'package:flutter/material.dart';

class ReminderTimeTile extends StatefulWidget {
  const ReminderTimeTile({
    super.key,
    required this.medicineName,
    required this.initialTime,
    required this.onChanged,
  });

  final String medicineName;
  final TimeOfDay initialTime;
  final ValueChanged<TimeOfDay> onChanged;

  @override
  State<ReminderTimeTile> createState() => _ReminderTimeTileState();
}

class _ReminderTimeTileState extends State<ReminderTimeTile> {
  late TimeOfDay _reminderTime = widget.initialTime;

  Future<void> _pickTime() async {
    // saat seçiciyi 24 saat formatında aç; saat seçilirse _reminderTime'ı güncelle ve onChanged ile bildir
  }

  @override
  Widget build(BuildContext context) {
    final hh = _reminderTime.hour.toString().padLeft(2, '0');
    final mm = _reminderTime.minute.toString().padLeft(2, '0');
    return ListTile(
      leading: const Icon(Icons.alarm),
      title: Text(widget.medicineName),
      subtitle: const Text('Hatırlatma saati'),
      trailing: Text('$hh:$mm', style: Theme.of(context).textTheme.titleMedium),
      onTap: _pickTime,
    );
  }
}
""", r"""
final picked = await showTimePicker(
  context: context,
  initialTime: _reminderTime,
  builder: (context, child) => MediaQuery(
    data: MediaQuery.of(context).copyWith(alwaysUse24HourFormat: true),
    child: child!,
  ),
);
if (picked == null || !mounted) return;
setState(() => _reminderTime = picked);
widget.onChanged(picked);
""", ["showTimePicker", "initialTime", "alwaysUse24HourFormat: true", "null | case final", "setState", "_reminderTime =",
      "widget.onChanged"],
    must_not=["showDatePicker"])

row("localization", "statements", r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

class PharmacyProduct {
  const PharmacyProduct({
    required this.name,
    required this.price,
    required this.prescriptionRequired,
  });

  final String name;
  final double price;
  final bool prescriptionRequired;
}

class ProductPriceRow extends StatelessWidget {
  const ProductPriceRow({super.key, required this.product, required this.onAdd});

  final PharmacyProduct product;
  final VoidCallback onAdd;

  String _formatPrice(BuildContext context) {
    // fiyatı uygulamanın o anki diline göre para birimi olarak formatla, sembol ₺ olsun
  }

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
      child: Row(
        children: [
          Expanded(child: Text(product.name)),
          if (product.prescriptionRequired)
            const Padding(
              padding: EdgeInsets.only(right: 8),
              child: Icon(Icons.receipt_long, size: 18),
            ),
          Text(_formatPrice(context), style: const TextStyle(fontWeight: FontWeight.bold)),
          IconButton(icon: const Icon(Icons.add_shopping_cart), onPressed: onAdd),
        ],
      ),
    );
  }
}
""", r"""
final locale = Localizations.localeOf(context).toString();
return NumberFormat.currency(locale: locale, symbol: '₺').format(product.price);
""", ["Localizations.localeOf | Localizations.maybeLocaleOf | Intl.getCurrentLocale",
      "NumberFormat.currency | NumberFormat.simpleCurrency | NumberFormat.compactCurrency",
      "format", "product.price", "return"],
    checks=["call NumberFormat.currency | NumberFormat.simpleCurrency | NumberFormat.compactCurrency(locale)",
            "literal '₺'"])

row("dart_language", "statements", r"""
import 'package:flutter/material.dart';

class GoalRecord {
  const GoalRecord({required this.scorer, required this.team, required this.minute, this.ownGoal = false});

  final String scorer;
  final String team;
  final int minute;
  final bool ownGoal;
}

class MatchReport {
  const MatchReport({required this.homeTeam, required this.awayTeam, required this.goals});

  final String homeTeam;
  final String awayTeam;
  final List<GoalRecord> goals;
}

List<(String, int)> topScorers(List<MatchReport> reports) {
  // tum maclardaki golleri oyuncuya gore say (kendi kalesine atilanlar sayilmasin), en cok atan 5 oyuncuyu coktan aza dondur
}

class TopScorersCard extends StatelessWidget {
  const TopScorersCard({super.key, required this.reports});

  final List<MatchReport> reports;

  @override
  Widget build(BuildContext context) {
    final scorers = topScorers(reports);
    return Card(
      child: Column(
        children: [
          const ListTile(leading: Icon(Icons.emoji_events), title: Text('Gol Krallığı')),
          for (final (index, (name, goals)) in scorers.indexed)
            ListTile(
              leading: Text('${index + 1}.'),
              title: Text(name),
              trailing: Text('$goals gol'),
            ),
        ],
      ),
    );
  }
}
""", r"""
final counts = <String, int>{};
for (final report in reports) {
  for (final goal in report.goals) {
    if (goal.ownGoal) continue;
    counts.update(goal.scorer, (n) => n + 1, ifAbsent: () => 1);
  }
}
final sorted = counts.entries.toList()..sort((a, b) => b.value.compareTo(a.value));
return [for (final entry in sorted.take(5)) (entry.key, entry.value)];
""", ["reports", "goals", "ownGoal", "scorer", "sort | sorted | compareTo", ".take( | sublist( | < 5 | <= 4",
      "return"],
    must_not=["a.value.compareTo(b.value)", "a.$2.compareTo(b.$2)"],
    checks=["literal 5"])

# ================================================================ callback

row("state", "callback", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

class Medicine {
  const Medicine({required this.id, required this.name, required this.dosage});

  final String id;
  final String name;
  final String dosage;
}

class MedicineCabinet extends ChangeNotifier {
  final List<Medicine> _items = [];

  List<Medicine> get items => List.unmodifiable(_items);

  void add(Medicine medicine) {
    _items.add(medicine);
    notifyListeners();
  }

  void insertAt(int index, Medicine medicine) {
    _items.insert(index, medicine);
    notifyListeners();
  }

  void removeAt(int index) {
    _items.removeAt(index);
    notifyListeners();
  }
}

class CabinetList extends StatelessWidget {
  const CabinetList({super.key});

  @override
  Widget build(BuildContext context) {
    final items = context.watch<MedicineCabinet>().items;
    return ListView.builder(
      itemCount: items.length,
      itemBuilder: (context, index) {
        final medicine = items[index];
        return Dismissible(
          key: ValueKey(medicine.id),
          direction: DismissDirection.endToStart,
          background: Container(
            color: Colors.red,
            alignment: Alignment.centerRight,
            padding: const EdgeInsets.only(right: 16),
            child: const Icon(Icons.delete, color: Colors.white),
          ),
          onDismissed: (direction) {
            // ilacı dolaptan sil, altta 'Geri al' butonlu snackbar çıksın; basılırsa ilaç aynı sıraya geri dönsün
          },
          child: ListTile(
            leading: const Icon(Icons.medication),
            title: Text(medicine.name),
            subtitle: Text(medicine.dosage),
          ),
        );
      },
    );
  }
}
""", r"""
final cabinet = context.read<MedicineCabinet>();
cabinet.removeAt(index);
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(
    content: Text('${medicine.name} silindi'),
    action: SnackBarAction(
      label: 'Geri al',
      onPressed: () => cabinet.insertAt(index, medicine),
    ),
  ),
);
""", ["context.read<MedicineCabinet> | Provider.of<MedicineCabinet>", "removeAt", "showSnackBar", "SnackBarAction",
      "insertAt"],
    must_not=[".add("],
    checks=["call SnackBar(action: SnackBarAction)", "call SnackBarAction > .insertAt", "literal 'Geri al'"])

row("dialogs", "callback", r"""
import 'package:flutter/material.dart';

enum MatchEventType { goal, yellowCard, redCard }

class MatchEvent {
  const MatchEvent(this.type, this.minute);

  final MatchEventType type;
  final int minute;
}

class RefereeConsole extends StatefulWidget {
  const RefereeConsole({super.key, required this.matchTitle, required this.currentMinute});

  final String matchTitle;
  final int Function() currentMinute;

  @override
  State<RefereeConsole> createState() => _RefereeConsoleState();
}

class _RefereeConsoleState extends State<RefereeConsole> {
  final List<MatchEvent> _events = [];

  void _addEvent(MatchEventType type) {
    setState(() => _events.add(MatchEvent(type, widget.currentMinute())));
  }

  Widget _iconFor(MatchEventType type) => switch (type) {
        MatchEventType.goal => const Icon(Icons.sports_soccer),
        MatchEventType.yellowCard => const Icon(Icons.square, color: Colors.amber),
        MatchEventType.redCard => const Icon(Icons.square, color: Colors.red),
      };

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.matchTitle)),
      body: ListView(
        children: [
          for (final event in _events.reversed)
            ListTile(leading: _iconFor(event.type), title: Text("${event.minute}'")),
        ],
      ),
      floatingActionButton: FloatingActionButton(
        onPressed: () async {
          // alttan menü aç: 'Gol', 'Sarı kart', 'Kırmızı kart'; seçilen olayı _addEvent'e gönder
        },
        child: const Icon(Icons.add),
      ),
    );
  }
}
""", r"""
final type = await showModalBottomSheet<MatchEventType>(
  context: context,
  builder: (context) => SafeArea(
    child: Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        ListTile(
          leading: _iconFor(MatchEventType.goal),
          title: const Text('Gol'),
          onTap: () => Navigator.pop(context, MatchEventType.goal),
        ),
        ListTile(
          leading: _iconFor(MatchEventType.yellowCard),
          title: const Text('Sarı kart'),
          onTap: () => Navigator.pop(context, MatchEventType.yellowCard),
        ),
        ListTile(
          leading: _iconFor(MatchEventType.redCard),
          title: const Text('Kırmızı kart'),
          onTap: () => Navigator.pop(context, MatchEventType.redCard),
        ),
      ],
    ),
  ),
);
if (type != null) _addEvent(type);
""", ["showModalBottomSheet | showCupertinoModalPopup", "Navigator.pop | Navigator.of | context.pop",
      "MatchEventType.goal", "MatchEventType.yellowCard", "MatchEventType.redCard", "_addEvent"],
    must_not=["showDialog"],
    checks=["literal 'Gol'", "literal 'Sarı kart'", "literal 'Kırmızı kart'"])

row("localization", "callback", r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

Locale savedLocale(SharedPreferences prefs) {
  final code = prefs.getString('app_locale');
  return code == null ? const Locale('tr') : Locale(code);
}

class StandingsAppBar extends StatelessWidget implements PreferredSizeWidget {
  const StandingsAppBar({
    super.key,
    required this.prefs,
    required this.current,
    required this.onLocaleChanged,
  });

  final SharedPreferences prefs;
  final Locale current;
  final ValueChanged<Locale> onLocaleChanged;

  static const _languages = {'tr': 'Türkçe', 'en': 'English', 'de': 'Deutsch'};

  @override
  Size get preferredSize => const Size.fromHeight(kToolbarHeight);

  @override
  Widget build(BuildContext context) {
    return AppBar(
      title: const Text('Puan Durumu'),
      actions: [
        PopupMenuButton<String>(
          icon: const Icon(Icons.language),
          initialValue: current.languageCode,
          onSelected: (languageCode) {
            // secilen dili hemen uygula, uygulama tekrar acildiginda da gelsin diye 'app_locale' anahtariyla kaydet
          },
          itemBuilder: (context) => [
            for (final entry in _languages.entries)
              PopupMenuItem(value: entry.key, child: Text(entry.value)),
          ],
        ),
      ],
    );
  }
}
""", r"""
onLocaleChanged(Locale(languageCode));
prefs.setString('app_locale', languageCode);
""", ["onLocaleChanged", "Locale(languageCode) | Locale.fromSubtags(languageCode: languageCode)",
      "prefs.setString"],
    checks=["literal 'app_locale'", "call .setString"])

row("dart_language", "callback", r"""
import 'package:flutter/material.dart';

class Medicine {
  const Medicine({required this.name, required this.dosageMg, required this.timesPerDay});

  final String name;
  final int dosageMg;
  final int timesPerDay;
}

class ImportPrescriptionPage extends StatefulWidget {
  const ImportPrescriptionPage({super.key, required this.onImport});

  final ValueChanged<List<Medicine>> onImport;

  @override
  State<ImportPrescriptionPage> createState() => _ImportPrescriptionPageState();
}

class _ImportPrescriptionPageState extends State<ImportPrescriptionPage> {
  final _textController = TextEditingController();
  List<Medicine> _parsed = [];

  @override
  void dispose() {
    _textController.dispose();
    super.dispose();
  }

  void _parse() {
    final lines = _textController.text.split('\n').where((l) => l.trim().isNotEmpty);
    final medicines = lines.map<Medicine?>((line) {
      // satir "Parol;500;3" gibi: ad;mg;gunluk doz. 3 parca degilse ya da sayilar okunamiyorsa null dondur
    }).whereType<Medicine>().toList();
    setState(() => _parsed = medicines);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Reçeteden aktar')),
      body: Column(
        children: [
          Padding(
            padding: const EdgeInsets.all(16),
            child: TextField(
              controller: _textController,
              maxLines: 6,
              decoration: const InputDecoration(hintText: 'Parol;500;3', border: OutlineInputBorder()),
            ),
          ),
          OutlinedButton(onPressed: _parse, child: const Text('Oku')),
          Expanded(
            child: ListView(
              children: [
                for (final m in _parsed)
                  ListTile(title: Text('${m.name} ${m.dosageMg} mg'), subtitle: Text('Günde ${m.timesPerDay} kez')),
              ],
            ),
          ),
          FilledButton(onPressed: () => widget.onImport(_parsed), child: const Text('Ekle')),
        ],
      ),
    );
  }
}
""", r"""
final parts = line.split(';');
if (parts.length != 3) return null;
final mg = int.tryParse(parts[1].trim());
final perDay = int.tryParse(parts[2].trim());
if (mg == null || perDay == null) return null;
return Medicine(name: parts[0].trim(), dosageMg: mg, timesPerDay: perDay);
""", ["split", "length | case [", "tryParse | catch | on FormatException", "return null", "Medicine(", "dosageMg", "timesPerDay"],
    checks=["literal ';'"])

# ================================================================ class_body

row("state", "class_body", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

class ScheduledDose {
  ScheduledDose({required this.medicineName, required this.time, this.taken = false});

  final String medicineName;
  DateTime time;
  bool taken;
}

class TodayDoses extends ChangeNotifier {
  TodayDoses(List<ScheduledDose> doses)
      : _doses = [...doses]..sort((a, b) => a.time.compareTo(b.time));

  final List<ScheduledDose> _doses;

  List<ScheduledDose> get doses => List.unmodifiable(_doses);

  int get remaining => _doses.where((d) => !d.taken).length;

  void markTaken(ScheduledDose dose) {
    dose.taken = true;
    notifyListeners();
  }

  // snooze(dose) yaz: dozu 10 dakika ertelesin, liste yine saate göre sıralı kalsın, dinleyenlere haber versin
}

class DoseTile extends StatelessWidget {
  const DoseTile({super.key, required this.dose});

  final ScheduledDose dose;

  @override
  Widget build(BuildContext context) {
    final time = '${dose.time.hour.toString().padLeft(2, '0')}:${dose.time.minute.toString().padLeft(2, '0')}';
    return ListTile(
      leading: Icon(dose.taken ? Icons.check_circle : Icons.schedule),
      title: Text(dose.medicineName),
      subtitle: Text(time),
      onTap: dose.taken ? null : () => context.read<TodayDoses>().markTaken(dose),
      trailing: dose.taken
          ? null
          : IconButton(
              icon: const Icon(Icons.snooze),
              tooltip: '10 dk ertele',
              onPressed: () => context.read<TodayDoses>().snooze(dose),
            ),
    );
  }
}
""", r"""
void snooze(ScheduledDose dose) {
  dose.time = dose.time.add(const Duration(minutes: 10));
  _doses.sort((a, b) => a.time.compareTo(b.time));
  notifyListeners();
}
""", ["snooze", "dose.time = | .time =", "Duration", "sort | insert(", "notifyListeners"],
    must_not=["b.time.compareTo(a.time)"],
    checks=["call Duration(minutes)", "literal 10"])

row("dialogs", "class_body", r"""
import 'package:flutter/material.dart';

class Medicine {
  const Medicine({required this.name, required this.pillsLeft, required this.pharmacyPhone});

  final String name;
  final int pillsLeft;
  final String pharmacyPhone;
}

class MedicineDetailPage extends StatefulWidget {
  const MedicineDetailPage({super.key, required this.medicine, required this.onCallPharmacy});

  final Medicine medicine;
  final ValueChanged<String> onCallPharmacy;

  @override
  State<MedicineDetailPage> createState() => _MedicineDetailPageState();
}

class _MedicineDetailPageState extends State<MedicineDetailPage> {
  @override
  void initState() {
    super.initState();
    if (widget.medicine.pillsLeft < 5) {
      WidgetsBinding.instance.addPostFrameCallback((_) => _showRefillDialog());
    }
  }

  // _showRefillDialog: başlık 'Stok azaldı', içerik '<ilaç adı> için N hap kaldı'; 'Kapat' ve 'Eczaneyi ara' butonları olsun, ara'ya basınca dialog kapansın ve onCallPharmacy eczanenin numarasıyla çağrılsın

  @override
  Widget build(BuildContext context) {
    final medicine = widget.medicine;
    return Scaffold(
      appBar: AppBar(title: Text(medicine.name)),
      body: ListView(
        children: [
          ListTile(
            leading: const Icon(Icons.medication),
            title: const Text('Kalan'),
            trailing: Text('${medicine.pillsLeft} hap'),
          ),
          ListTile(
            leading: const Icon(Icons.local_pharmacy),
            title: const Text('Eczane'),
            subtitle: Text(medicine.pharmacyPhone),
            onTap: () => widget.onCallPharmacy(medicine.pharmacyPhone),
          ),
        ],
      ),
    );
  }
}
""", r"""
Future<void> _showRefillDialog() async {
  final medicine = widget.medicine;
  final call = await showDialog<bool>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Stok azaldı'),
      content: Text('${medicine.name} için ${medicine.pillsLeft} hap kaldı'),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Kapat')),
        FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('Eczaneyi ara')),
      ],
    ),
  );
  if (call == true) widget.onCallPharmacy(medicine.pharmacyPhone);
}
""", ["_showRefillDialog", "showDialog | showAdaptiveDialog", "AlertDialog | SimpleDialog | Dialog",
      "Navigator.pop | Navigator.of | context.pop", "widget.onCallPharmacy", "pharmacyPhone"],
    checks=["literal 'Stok azaldı'", "literal 'hap kaldı'", "literal 'Kapat'", "literal 'Eczaneyi ara'"])

row("localization", "class_body", r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

class Fixture {
  const Fixture({required this.homeTeam, required this.awayTeam, required this.kickoff, required this.pitch});

  final String homeTeam;
  final String awayTeam;
  final DateTime kickoff;
  final String pitch;
}

class FixturesPage extends StatefulWidget {
  const FixturesPage({super.key, required this.fixtures});

  final List<Fixture> fixtures;

  @override
  State<FixturesPage> createState() => _FixturesPageState();
}

class _FixturesPageState extends State<FixturesPage> {
  late DateFormat _kickoffFormat;

  // _kickoffFormat'i uygulamanin diline gore 'd MMMM EEEE HH:mm' kalibiyla kur; uygulama dili degisince yeniden kurulsun

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Fikstür')),
      body: ListView.separated(
        itemCount: widget.fixtures.length,
        separatorBuilder: (context, index) => const Divider(height: 1),
        itemBuilder: (context, index) {
          final fixture = widget.fixtures[index];
          return ListTile(
            title: Text('${fixture.homeTeam} - ${fixture.awayTeam}'),
            subtitle: Text(_kickoffFormat.format(fixture.kickoff)),
            trailing: Text(fixture.pitch),
          );
        },
      ),
    );
  }
}
""", r"""
@override
void didChangeDependencies() {
  super.didChangeDependencies();
  final locale = Localizations.localeOf(context).toString();
  _kickoffFormat = DateFormat('d MMMM EEEE HH:mm', locale);
}
""", ["didChangeDependencies", "super.didChangeDependencies", "Localizations.localeOf | Localizations.maybeLocaleOf",
      "_kickoffFormat =", "DateFormat"],
    must_not=["initState"],
    checks=["literal 'd MMMM EEEE'"])

row("dart_language", "class_body", r"""
class Fixture {
  const Fixture({
    required this.homeTeam,
    required this.awayTeam,
    required this.kickoff,
    this.pitch,
  });

  final String homeTeam;
  final String awayTeam;
  final DateTime kickoff;
  final String? pitch;

  // iki fikstür aynı ev sahibi, aynı deplasman ve aynı başlama saatine sahipse eşit sayılsın (saha önemli değil)

  @override
  String toString() => 'Fixture($homeTeam - $awayTeam, $kickoff)';
}

class FixtureImporter {
  FixtureImporter(Iterable<Fixture> existing) : _known = {...existing};

  final Set<Fixture> _known;

  List<Fixture> newOnly(List<Fixture> incoming) => [
        for (final fixture in incoming)
          if (_known.add(fixture)) fixture,
      ];

  int get count => _known.length;
}
""", r"""
@override
bool operator ==(Object other) =>
    identical(this, other) ||
    other is Fixture &&
        other.homeTeam == homeTeam &&
        other.awayTeam == awayTeam &&
        other.kickoff == kickoff;

@override
int get hashCode => Object.hash(homeTeam, awayTeam, kickoff);
""", ["operator ==", "hashCode", "is Fixture | runtimeType", "homeTeam", "awayTeam", "kickoff",
      "Object.hash | Object.hashAll | ^"],
    must_not=["pitch"])

# ================================================================ element

row("state", "element", r"""
import 'package:flutter/material.dart';

class PillCounter extends StatefulWidget {
  const PillCounter({super.key, required this.medicineName, required this.initialCount});

  final String medicineName;
  final int initialCount;

  @override
  State<PillCounter> createState() => _PillCounterState();
}

class _PillCounterState extends State<PillCounter> {
  late final ValueNotifier<int> _remaining = ValueNotifier(widget.initialCount);

  @override
  void dispose() {
    _remaining.dispose();
    super.dispose();
  }

  void _takeOne() {
    if (_remaining.value > 0) _remaining.value--;
  }

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(widget.medicineName, style: Theme.of(context).textTheme.titleMedium),
            const SizedBox(height: 8),
            // _remaining'i dinleyip 'Kalan: N hap' yaz, 5'ten az kaldiysa yazi turuncu olsun; sadece bu yazi yeniden cizilsin
            const SizedBox(height: 8),
            OutlinedButton.icon(
              onPressed: _takeOne,
              icon: const Icon(Icons.check),
              label: const Text('Bir tane aldım'),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
ValueListenableBuilder<int>(
  valueListenable: _remaining,
  builder: (context, count, child) => Text(
    'Kalan: $count hap',
    style: TextStyle(color: count < 5 ? Colors.orange : null),
  ),
),
""", ["ValueListenableBuilder | ListenableBuilder | AnimatedBuilder", "_remaining",
      "< 5 | <= 4 | >= 5 | > 4", "Colors.orange | Colors.deepOrange | Colors.orangeAccent"],
    must_not=["setState"],
    checks=["literal 'Kalan'", "literal 'hap'"])

row("dialogs", "element", r"""
import 'package:flutter/material.dart';

class SkipDoseDialog extends StatefulWidget {
  const SkipDoseDialog({super.key, required this.medicineName});

  final String medicineName;

  static const reasons = ['Unuttum', 'Yan etki', 'İlaç bitti', 'Doktor önerisi'];

  static Future<String?> show(BuildContext context, String medicineName) {
    return showDialog<String>(
      context: context,
      builder: (context) => SkipDoseDialog(medicineName: medicineName),
    );
  }

  @override
  State<SkipDoseDialog> createState() => _SkipDoseDialogState();
}

class _SkipDoseDialogState extends State<SkipDoseDialog> {
  String? _reason;

  @override
  Widget build(BuildContext context) {
    return AlertDialog(
      title: Text('${widget.medicineName} dozu atlansın mı?'),
      content: Column(
        mainAxisSize: MainAxisSize.min,
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          const Text('Neden atlıyorsunuz?'),
          // her sebep icin bir RadioListTile koy, secilen sebep _reason olsun
        ],
      ),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context), child: const Text('Vazgeç')),
        FilledButton(
          onPressed: _reason == null ? null : () => Navigator.pop(context, _reason),
          child: const Text('Atla'),
        ),
      ],
    );
  }
}
""", r"""
for (final reason in SkipDoseDialog.reasons)
  RadioListTile<String>(
    title: Text(reason),
    value: reason,
    groupValue: _reason,
    onChanged: (value) => setState(() => _reason = value),
  ),
""", ["RadioListTile | Radio", "reasons", "for | .map(", "groupValue", "_reason", "setState"],
    checks=["call setState"])

row("localization", "element", r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

class Prescription {
  const Prescription({required this.medicineName, required this.doctor, required this.endsOn});

  final String medicineName;
  final String doctor;
  final DateTime endsOn;
}

class PrescriptionCard extends StatelessWidget {
  const PrescriptionCard({super.key, required this.prescription, required this.onRenew});

  final Prescription prescription;
  final VoidCallback onRenew;

  @override
  Widget build(BuildContext context) {
    final today = DateUtils.dateOnly(DateTime.now());
    final daysLeft = DateUtils.dateOnly(prescription.endsOn).difference(today).inDays;
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(prescription.medicineName, style: Theme.of(context).textTheme.titleMedium),
            Text('Dr. ${prescription.doctor}'),
            const SizedBox(height: 8),
            // daysLeft'e göre Intl.plural ile yaz: 0 ise 'Reçete bugün bitiyor', 1 ise 'Reçete yarın bitiyor', diğerlerinde 'Reçetenin bitmesine N gün var'
            Align(
              alignment: Alignment.centerRight,
              child: TextButton(onPressed: onRenew, child: const Text('Yenile')),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
Text(
  Intl.plural(
    daysLeft,
    zero: 'Reçete bugün bitiyor',
    one: 'Reçete yarın bitiyor',
    other: 'Reçetenin bitmesine $daysLeft gün var',
  ),
),
""", ["Text", "Intl.plural", "daysLeft"],
    checks=["call Intl.plural(zero, one, other)", "literal 'bugün bitiyor'", "literal 'yarın bitiyor'",
            "literal 'gün var'"])

row("dart_language", "element", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

class FixtureQuery {
  const FixtureQuery({this.clubId, this.year, this.onlyUpcoming = false, this.page = 1});

  final String? clubId;
  final int? year;
  final bool onlyUpcoming;
  final int page;
}

class FixtureApi {
  FixtureApi(this._client, {this.host = 'api.amatorlig.com'});

  final http.Client _client;
  final String host;

  Future<List<Map<String, dynamic>>> fetch(FixtureQuery query) async {
    final uri = Uri.https(host, '/v1/fixtures', {
      'page': '${query.page}',
      // clubId doluysa 'team', year doluysa 'season' parametresi de eklensin; sadece gelecek maçlar isteniyorsa (onlyUpcoming) 'status': 'upcoming' olsun
    });
    final response = await _client.get(uri);
    if (response.statusCode != 200) {
      throw http.ClientException('Fikstür alınamadı (${response.statusCode})', uri);
    }
    final body = jsonDecode(response.body) as Map<String, dynamic>;
    return (body['items'] as List).cast<Map<String, dynamic>>();
  }
}
""", r"""
if (query.clubId != null) 'team': query.clubId!,
if (query.year != null) 'season': '${query.year}',
if (query.onlyUpcoming) 'status': 'upcoming',
""", ["if | ?query", "query.clubId", "query.year", "query.onlyUpcoming"],
    checks=["literal 'team'", "literal 'season'", "literal 'status'", "literal 'upcoming'"])

# ================================================================ argument

row("state", "argument", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import 'data/league_repository.dart';
import 'screens/fixtures_screen.dart';

class LeagueModel extends ChangeNotifier {
  LeagueModel(this._repository);

  final LeagueRepository _repository;
  List<Fixture> _fixtures = [];
  bool _loading = false;

  List<Fixture> get fixtures => _fixtures;
  bool get loading => _loading;

  Future<void> loadFixtures() async {
    _loading = true;
    notifyListeners();
    _fixtures = await _repository.fetchFixtures();
    _loading = false;
    notifyListeners();
  }
}

class LeagueApp extends StatelessWidget {
  const LeagueApp({super.key, required this.repository});

  final LeagueRepository repository;

  @override
  Widget build(BuildContext context) {
    return MultiProvider(
      providers: [
        Provider.value(value: repository),
        ChangeNotifierProvider(
          // LeagueModel'i repository ile olustur, uygulama acilir acilmaz fiksturu yuklemeye baslasin
        ),
      ],
      child: MaterialApp(
        title: 'Mahalle Ligi',
        theme: ThemeData(colorSchemeSeed: Colors.green, useMaterial3: true),
        home: const FixturesScreen(),
      ),
    );
  }
}
""", r"""
create: (_) => LeagueModel(repository)..loadFixtures(),
lazy: false,
""", ["create", "LeagueModel(", "repository | LeagueRepository", "loadFixtures"],
    must_not=["value:"])

row("dialogs", "argument", r"""
import 'package:flutter/material.dart';

class Player {
  const Player({
    required this.name,
    required this.number,
    required this.position,
    required this.goals,
    required this.yellowCards,
  });

  final String name;
  final int number;
  final String position;
  final int goals;
  final int yellowCards;
}

class SquadList extends StatelessWidget {
  const SquadList({super.key, required this.players});

  final List<Player> players;

  void _showPlayer(BuildContext context, Player player) {
    showModalBottomSheet<void>(
      context: context,
      // üst köşeleri 20 yuvarlak olsun, sheet ekranın yarısından uzun olmasın
      builder: (context) => ListView(
        shrinkWrap: true,
        padding: const EdgeInsets.all(16),
        children: [
          ListTile(
            leading: CircleAvatar(child: Text('${player.number}')),
            title: Text(player.name),
            subtitle: Text(player.position),
          ),
          ListTile(leading: const Icon(Icons.sports_soccer), title: Text('${player.goals} gol')),
          ListTile(leading: const Icon(Icons.style), title: Text('${player.yellowCards} sarı kart')),
        ],
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        for (final player in players)
          ListTile(
            leading: Text('${player.number}'),
            title: Text(player.name),
            onTap: () => _showPlayer(context, player),
          ),
      ],
    );
  }
}
""", r"""
shape: const RoundedRectangleBorder(
  borderRadius: BorderRadius.vertical(top: Radius.circular(20)),
),
constraints: BoxConstraints(maxHeight: MediaQuery.sizeOf(context).height / 2),
""", ["shape", "RoundedRectangleBorder", "BorderRadius.vertical | BorderRadius.only", "Radius.circular",
      "constraints", "maxHeight", "MediaQuery"],
    checks=["literal 20", "literal 2 | 0.5"])

row("localization", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter_localizations/flutter_localizations.dart';

import 'screens/league_home_page.dart';
import 'screens/standings_page.dart';
import 'screens/team_page.dart';

void main() => runApp(const AmateurLeagueApp());

class AmateurLeagueApp extends StatelessWidget {
  const AmateurLeagueApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Amatör Lig',
      debugShowCheckedModeBanner: false,
      theme: ThemeData(
        colorSchemeSeed: const Color(0xFF2E7D32),
        useMaterial3: true,
      ),
      darkTheme: ThemeData(
        colorSchemeSeed: const Color(0xFF2E7D32),
        brightness: Brightness.dark,
        useMaterial3: true,
      ),
      // telefon hangi dilde olursa olsun uygulama türkçe açılsın; tarih seçici gibi hazır widget'ların yazıları da türkçe gelsin
      home: const LeagueHomePage(),
      routes: {
        '/standings': (context) => const StandingsPage(),
        '/team': (context) => const TeamPage(),
      },
    );
  }
}
""", r"""
locale: const Locale('tr', 'TR'),
supportedLocales: const [Locale('tr', 'TR')],
localizationsDelegates: GlobalMaterialLocalizations.delegates,
""", ["locale: | localeResolutionCallback | localeListResolutionCallback", "supportedLocales",
      "localizationsDelegates", "GlobalMaterialLocalizations"],
    checks=["literal 'tr'"])

row("dart_language", "argument", r"""
import 'package:flutter/material.dart';

class Medicine {
  const Medicine({required this.id, required this.name, required this.color});

  final String id;
  final String name;
  final Color color;

  static const unknown = Medicine(id: '', name: 'Bilinmeyen ilaç', color: Colors.grey);
}

class DoseEntry {
  const DoseEntry({required this.medicineId, required this.time, required this.taken});

  final String medicineId;
  final DateTime time;
  final bool taken;
}

class DoseHistoryList extends StatelessWidget {
  const DoseHistoryList({super.key, required this.entries, required this.medicines});

  final List<DoseEntry> entries;
  final List<Medicine> medicines;

  Medicine _medicineFor(String id) => medicines.firstWhere(
        (m) => m.id == id,
        // ilac silinmisse hata firlatmasin, Medicine.unknown dondursun
      );

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: entries.length,
      itemBuilder: (context, index) {
        final entry = entries[index];
        final medicine = _medicineFor(entry.medicineId);
        return ListTile(
          leading: CircleAvatar(backgroundColor: medicine.color, radius: 8),
          title: Text(medicine.name),
          subtitle: Text('${entry.time.hour}:${entry.time.minute.toString().padLeft(2, '0')}'),
          trailing: Icon(entry.taken ? Icons.check : Icons.close),
        );
      },
    );
  }
}
""", r"""
orElse: () => Medicine.unknown,
""", ["orElse", "Medicine.unknown"],
    must_not=["throw", "null"])


ROWS.write()
