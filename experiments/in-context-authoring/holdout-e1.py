"""In-context held-out rows, batch 5 (holdout-e1): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics navigation, storage, dialogs, testing (5 each, one per
position); app domains a ferry/boat ticket app and a wedding-planning app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-e1.py  -> data/in_context/drafts/holdout-e1.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-e1", "holde1")
row = ROWS.row


# ================================================================ statements

row("navigation", "statements", r"""
import 'package:flutter/material.dart';

import '../services/booking_service.dart';
import 'ticket_page.dart';

class Voyage {
  const Voyage({required this.id, required this.from, required this.to, required this.departsAt});

  final String id;
  final String from;
  final String to;
  final DateTime departsAt;
}

class PaymentPage extends StatefulWidget {
  const PaymentPage({super.key, required this.voyage, required this.seatNo});

  final Voyage voyage;
  final int seatNo;

  @override
  State<PaymentPage> createState() => _PaymentPageState();
}

class _PaymentPageState extends State<PaymentPage> {
  final _booking = BookingService();
  bool _paying = false;

  Future<void> _pay() async {
    setState(() => _paying = true);
    try {
      final ticket = await _booking.purchase(widget.voyage.id, widget.seatNo);
      if (!mounted) return;
      // bilet sayfasina gec; geri tusuna basinca odeme ve koltuk ekranlarina donmesin, altta sadece ana sayfa kalsin
    } on BookingException catch (e) {
      if (!mounted) return;
      ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text(e.message)));
    } finally {
      if (mounted) setState(() => _paying = false);
    }
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ödeme')),
      body: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            Text('${widget.voyage.from} → ${widget.voyage.to}', style: Theme.of(context).textTheme.titleLarge),
            Text('Koltuk ${widget.seatNo}'),
            const Spacer(),
            FilledButton(
              onPressed: _paying ? null : _pay,
              child: _paying ? const CircularProgressIndicator() : const Text('Öde ve bileti al'),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
Navigator.of(context).pushAndRemoveUntil(
  MaterialPageRoute(builder: (_) => TicketPage(ticket: ticket)),
  (route) => route.isFirst,
);
""", ["pushAndRemoveUntil | popUntil | pushNamedAndRemoveUntil", "TicketPage", "ticket", "isFirst | withName"],
    must_not=["pushReplacement", "=> false"])

row("storage", "statements", r"""
import 'dart:convert';
import 'dart:io';

import 'package:path_provider/path_provider.dart';

class Guest {
  Guest({required this.name, required this.side, this.tableNo, this.attending = false});

  final String name;
  final String side;
  int? tableNo;
  bool attending;

  Map<String, dynamic> toJson() => {'name': name, 'side': side, 'tableNo': tableNo, 'attending': attending};

  factory Guest.fromJson(Map<String, dynamic> json) => Guest(
        name: json['name'] as String,
        side: json['side'] as String,
        tableNo: json['tableNo'] as int?,
        attending: json['attending'] as bool? ?? false,
      );
}

class GuestStore {
  static const _fileName = 'guests.json';

  Future<File> _file() async {
    final dir = await getApplicationDocumentsDirectory();
    return File('${dir.path}/$_fileName');
  }

  Future<void> save(List<Guest> guests) async {
    final file = await _file();
    await file.writeAsString(jsonEncode(guests.map((g) => g.toJson()).toList()));
  }

  Future<List<Guest>> load() async {
    // dosya yoksa bos liste don, varsa icindeki json'u okuyup Guest listesine cevir
  }

  Future<void> clear() async {
    final file = await _file();
    if (await file.exists()) await file.delete();
  }
}
""", r"""
final file = await _file();
if (!await file.exists()) return [];
final data = jsonDecode(await file.readAsString()) as List<dynamic>;
return data.map((e) => Guest.fromJson(e as Map<String, dynamic>)).toList();
""", ["_file | getApplicationDocumentsDirectory",
      "exists | existsSync | PathNotFoundException | FileSystemException",
      "readAsString | readAsStringSync | readAsBytes | readAsLines", "jsonDecode | json.decode", "Guest.fromJson"],
    must_not=["writeAsString", "jsonEncode"])

row("dialogs", "statements", r"""
import 'package:flutter/material.dart';

class SeatingTable {
  SeatingTable({required this.id, required this.name, required this.capacity, List<String>? guests})
      : guests = guests ?? [];

  final int id;
  String name;
  final int capacity;
  final List<String> guests;
}

class TablePlanPage extends StatefulWidget {
  const TablePlanPage({super.key, required this.tables});

  final List<SeatingTable> tables;

  @override
  State<TablePlanPage> createState() => _TablePlanPageState();
}

class _TablePlanPageState extends State<TablePlanPage> {
  Future<void> _rename(SeatingTable table) async {
    // masanin su anki adiyla dolu TextField'li bir dialog ac, Kaydet'e basarsa ve bos degilse adi degistir
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Oturma planı')),
      body: GridView.count(
        crossAxisCount: 2,
        padding: const EdgeInsets.all(12),
        mainAxisSpacing: 12,
        crossAxisSpacing: 12,
        children: [
          for (final table in widget.tables)
            Card(
              child: InkWell(
                onLongPress: () => _rename(table),
                child: Center(
                  child: Column(
                    mainAxisSize: MainAxisSize.min,
                    children: [
                      Text(table.name, style: Theme.of(context).textTheme.titleMedium),
                      Text('${table.guests.length}/${table.capacity} kişi'),
                    ],
                  ),
                ),
              ),
            ),
        ],
      ),
    );
  }
}
""", r"""
final controller = TextEditingController(text: table.name);
final name = await showDialog<String>(
  context: context,
  builder: (context) => AlertDialog(
    title: const Text('Masa adı'),
    content: TextField(controller: controller, autofocus: true),
    actions: [
      TextButton(onPressed: () => Navigator.pop(context), child: const Text('Vazgeç')),
      TextButton(
        onPressed: () => Navigator.pop(context, controller.text.trim()),
        child: const Text('Kaydet'),
      ),
    ],
  ),
);
if (name == null || name.isEmpty) return;
setState(() => table.name = name);
""", ["showDialog | showAdaptiveDialog", "TextField | TextFormField | CupertinoTextField",
      "text: table.name | initialValue: table.name | text = table.name",
      "Navigator.pop | Navigator.of | context.pop", "isEmpty | isNotEmpty", "table.name =", "setState"],
    checks=["literal 'Kaydet'"])

row("testing", "statements", r"""
import 'package:flutter_test/flutter_test.dart';

import 'package:feribot/booking/booking_controller.dart';
import 'package:feribot/data/ticket_repository.dart';
import 'package:feribot/models/ticket.dart';

class FakeTicketRepository implements TicketRepository {
  final saved = <Ticket>[];

  @override
  Future<List<Ticket>> forVoyage(String voyageId) async =>
      saved.where((t) => t.voyageId == voyageId).toList();

  @override
  Future<void> save(Ticket ticket) async {
    // ayni seferde ayni koltuk zaten kayitliysa StateError firlat, degilse saved listesine ekle
  }
}

void main() {
  late FakeTicketRepository repository;
  late BookingController controller;

  setUp(() {
    repository = FakeTicketRepository();
    controller = BookingController(repository);
  });

  test('boş koltuk satın alınır', () async {
    await controller.buy(voyageId: 'EM-0830', seatNo: 12, passenger: 'Deniz Kaya');

    expect(repository.saved.single.seatNo, 12);
  });

  test('aynı koltuk ikinci kez satılamaz', () async {
    await controller.buy(voyageId: 'EM-0830', seatNo: 12, passenger: 'Deniz Kaya');

    expect(
      () => controller.buy(voyageId: 'EM-0830', seatNo: 12, passenger: 'Ali Vural'),
      throwsStateError,
    );
  });

  test('başka seferde aynı koltuk numarası serbesttir', () async {
    await controller.buy(voyageId: 'EM-0830', seatNo: 12, passenger: 'Deniz Kaya');
    await controller.buy(voyageId: 'EM-1030', seatNo: 12, passenger: 'Ali Vural');

    expect(repository.saved, hasLength(2));
  });
}
""", r"""
final taken = saved.any((t) => t.voyageId == ticket.voyageId && t.seatNo == ticket.seatNo);
if (taken) {
  throw StateError('Koltuk ${ticket.seatNo} dolu');
}
saved.add(ticket);
""", ["voyageId", "seatNo", "throw StateError", "saved.add"],
    must_not=["Exception(", "saved.contains(ticket)"])

# ================================================================ callback

row("navigation", "callback", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import '../data/guest_repository.dart';

class Guest {
  const Guest({required this.id, required this.fullName, this.tableNo});

  final int id;
  final String fullName;
  final int? tableNo;
}

class GuestListPage extends StatefulWidget {
  const GuestListPage({super.key, required this.repository});

  final GuestRepository repository;

  @override
  State<GuestListPage> createState() => _GuestListPageState();
}

class _GuestListPageState extends State<GuestListPage> {
  late Future<List<Guest>> _guests = widget.repository.all();

  void _reload() {
    setState(() => _guests = widget.repository.all());
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Davetliler')),
      body: FutureBuilder<List<Guest>>(
        future: _guests,
        builder: (context, snapshot) {
          final guests = snapshot.data;
          if (guests == null) return const Center(child: CircularProgressIndicator());
          return ListView.builder(
            itemCount: guests.length,
            itemBuilder: (context, index) {
              final guest = guests[index];
              return ListTile(
                title: Text(guest.fullName),
                subtitle: Text('Masa ${guest.tableNo ?? '-'}'),
                onTap: () async {
                  // /davetliler/:id detay sayfasini ac, oradan true donerse listeyi yenile
                },
              );
            },
          );
        },
      ),
    );
  }
}
""", r"""
final changed = await context.push<bool>('/davetliler/${guest.id}');
if (changed == true) _reload();
""", ["context.push | GoRouter.of", "guest.id", "_reload", "== true | ?? false | is bool"],
    must_not=["context.go", "pushReplacement"],
    checks=["literal '/davetliler/'"])

row("storage", "callback", r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class FerryLine {
  const FerryLine({required this.code, required this.from, required this.to});

  final String code;
  final String from;
  final String to;
}

class LineListPage extends StatefulWidget {
  const LineListPage({super.key, required this.lines, required this.prefs});

  final List<FerryLine> lines;
  final SharedPreferences prefs;

  @override
  State<LineListPage> createState() => _LineListPageState();
}

class _LineListPageState extends State<LineListPage> {
  late final Set<String> _favorites = (widget.prefs.getStringList('favorite_lines') ?? []).toSet();

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Hatlar')),
      body: ListView(
        children: [
          for (final line in widget.lines)
            ListTile(
              leading: const Icon(Icons.directions_boat),
              title: Text('${line.from} – ${line.to}'),
              subtitle: Text(line.code),
              trailing: IconButton(
                icon: Icon(_favorites.contains(line.code) ? Icons.star : Icons.star_border),
                onPressed: () async {
                  // hatti favorilere ekle ya da cikar, sonra favori listesini ayni anahtarla kaydet
                },
              ),
            ),
        ],
      ),
    );
  }
}
""", r"""
setState(() {
  if (!_favorites.remove(line.code)) {
    _favorites.add(line.code);
  }
});
await widget.prefs.setStringList('favorite_lines', _favorites.toList());
""", ["setState", "_favorites", "line.code", "remove", "add", "setStringList"],
    must_not=["setString(", "clear"],
    checks=["call setState", "literal 'favorite_lines'"])

row("dialogs", "callback", r"""
import 'package:flutter/material.dart';

enum VehicleType { none, car, motorcycle, minibus }

extension VehicleTypeLabel on VehicleType {
  String get label => switch (this) {
        VehicleType.none => 'Araçsız',
        VehicleType.car => 'Otomobil',
        VehicleType.motorcycle => 'Motosiklet',
        VehicleType.minibus => 'Minibüs',
      };
}

class BookingOptionsCard extends StatefulWidget {
  const BookingOptionsCard({super.key, required this.onChanged});

  final void Function(VehicleType vehicle, int passengers) onChanged;

  @override
  State<BookingOptionsCard> createState() => _BookingOptionsCardState();
}

class _BookingOptionsCardState extends State<BookingOptionsCard> {
  VehicleType _vehicle = VehicleType.none;
  int _passengers = 1;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Column(
        children: [
          ListTile(
            leading: const Icon(Icons.directions_car),
            title: const Text('Araç'),
            subtitle: Text(_vehicle.label),
            onTap: () async {
              // alttan acilan bir listeyle arac tipini sectir, secili olanin yaninda tik olsun; secince _vehicle'i guncelle
              widget.onChanged(_vehicle, _passengers);
            },
          ),
          ListTile(
            leading: const Icon(Icons.people),
            title: const Text('Yolcu'),
            trailing: Row(
              mainAxisSize: MainAxisSize.min,
              children: [
                IconButton(
                  icon: const Icon(Icons.remove),
                  onPressed: _passengers > 1 ? () => setState(() => _passengers--) : null,
                ),
                Text('$_passengers'),
                IconButton(
                  icon: const Icon(Icons.add),
                  onPressed: _passengers < 9 ? () => setState(() => _passengers++) : null,
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
final picked = await showModalBottomSheet<VehicleType>(
  context: context,
  builder: (context) => SafeArea(
    child: Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        for (final type in VehicleType.values)
          ListTile(
            title: Text(type.label),
            trailing: type == _vehicle ? const Icon(Icons.check) : null,
            onTap: () => Navigator.pop(context, type),
          ),
      ],
    ),
  ),
);
if (picked == null) return;
setState(() => _vehicle = picked);
""", ["showModalBottomSheet | showCupertinoModalPopup", "VehicleType.values | VehicleType.car",
      "Navigator.pop | Navigator.of | context.pop",
      "Icons.check | Icons.check_circle | Icons.done | RadioListTile | Radio | CheckboxListTile",
      "_vehicle", "setState"],
    must_not=["showDialog", "showBottomSheet"])

row("testing", "callback", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

class GuestListEditor extends StatefulWidget {
  const GuestListEditor({super.key});

  @override
  State<GuestListEditor> createState() => _GuestListEditorState();
}

class _GuestListEditorState extends State<GuestListEditor> {
  final _controller = TextEditingController();
  final _guests = <String>[];

  void _add() {
    final name = _controller.text.trim();
    if (name.isEmpty) return;
    setState(() => _guests.add(name));
    _controller.clear();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('Toplam: ${_guests.length}')),
      body: Column(
        children: [
          TextField(controller: _controller, decoration: const InputDecoration(labelText: 'İsim')),
          FilledButton(onPressed: _add, child: const Text('Ekle')),
          Expanded(
            child: ListView(children: [for (final g in _guests) ListTile(title: Text(g))]),
          ),
        ],
      ),
    );
  }
}

void main() {
  testWidgets('davetli eklenince listede görünür ve sayaç artar', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: GuestListEditor()));
    expect(find.text('Toplam: 0'), findsOneWidget);

    // isim alanına 'Ayşe Yılmaz' yaz, Ekle'ye bas; listede bu ismi ve 'Toplam: 1' yazısını görmeyi bekle
  });
}
""", r"""
await tester.enterText(find.byType(TextField), 'Ayşe Yılmaz');
await tester.tap(find.text('Ekle'));
await tester.pump();

expect(find.text('Ayşe Yılmaz'), findsOneWidget);
expect(find.text('Toplam: 1'), findsOneWidget);
""", ["tester.enterText", "tester.tap", "pump | pumpAndSettle", "expect",
      "findsOneWidget | findsWidgets | findsAtLeastNWidgets | findsAny | findsAtLeast"],
    must_not=["tester.showKeyboard"],
    checks=["literal 'Ayşe Yılmaz'", "literal 'Toplam: 1'", "call expect"])

# ================================================================ class_body

row("navigation", "class_body", r"""
import 'package:flutter/material.dart';

class Voyage {
  const Voyage({required this.from, required this.to, required this.capacity, required this.takenSeats});

  final String from;
  final String to;
  final int capacity;
  final Set<int> takenSeats;
}

class SeatPickerPage extends StatefulWidget {
  const SeatPickerPage({super.key, required this.voyage});

  final Voyage voyage;

  // disaridan kolay acmak icin static route(voyage) yaz: tam ekran dialog gibi alttan gelsin, secilen koltuk no'sunu dondursun

  @override
  State<SeatPickerPage> createState() => _SeatPickerPageState();
}

class _SeatPickerPageState extends State<SeatPickerPage> {
  int? _selected;

  @override
  Widget build(BuildContext context) {
    final voyage = widget.voyage;
    return Scaffold(
      appBar: AppBar(
        title: Text('${voyage.from} → ${voyage.to}'),
        actions: [
          TextButton(
            onPressed: _selected == null ? null : () => Navigator.pop(context, _selected),
            child: const Text('Seç'),
          ),
        ],
      ),
      body: GridView.count(
        crossAxisCount: 4,
        padding: const EdgeInsets.all(12),
        children: [
          for (var seat = 1; seat <= voyage.capacity; seat++)
            ChoiceChip(
              label: Text('$seat'),
              selected: _selected == seat,
              onSelected: voyage.takenSeats.contains(seat) ? null : (_) => setState(() => _selected = seat),
            ),
        ],
      ),
    );
  }
}

class VoyageTile extends StatelessWidget {
  const VoyageTile({super.key, required this.voyage, required this.onSeat});

  final Voyage voyage;
  final ValueChanged<int> onSeat;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text('${voyage.from} → ${voyage.to}'),
      onTap: () async {
        final seat = await Navigator.of(context).push(SeatPickerPage.route(voyage));
        if (seat != null) onSeat(seat);
      },
    );
  }
}
""", r"""
static Route<int> route(Voyage voyage) {
  return MaterialPageRoute<int>(
    fullscreenDialog: true,
    builder: (_) => SeatPickerPage(voyage: voyage),
  );
}
""", ["static", "route", "Route<int> | MaterialPageRoute<int> | PageRoute<int> | CupertinoPageRoute<int>",
      "fullscreenDialog: true | SlideTransition", "SeatPickerPage"],
    checks=["call MaterialPageRoute | CupertinoPageRoute | PageRouteBuilder > SeatPickerPage"])

row("storage", "class_body", r"""
import 'package:sqflite/sqflite.dart';

class Vendor {
  const Vendor({this.id, required this.name, required this.category, required this.price, this.booked = false});

  final int? id;
  final String name;
  final String category;
  final double price;
  final bool booked;

  Map<String, Object?> toMap() =>
      {'id': id, 'name': name, 'category': category, 'price': price, 'booked': booked ? 1 : 0};

  factory Vendor.fromMap(Map<String, Object?> map) => Vendor(
        id: map['id'] as int?,
        name: map['name'] as String,
        category: map['category'] as String,
        price: (map['price'] as num).toDouble(),
        booked: map['booked'] == 1,
      );
}

class VendorDao {
  VendorDao(this._db);

  final Database _db;

  Future<int> insert(Vendor vendor) => _db.insert('vendors', vendor.toMap());

  Future<void> markBooked(int id) => _db.update('vendors', {'booked': 1}, where: 'id = ?', whereArgs: [id]);

  // verilen kategorideki tedarikcileri ucuzdan pahaliya getiren byCategory metodu lazim

  Future<double> totalBooked() async {
    final rows = await _db.rawQuery('SELECT SUM(price) AS total FROM vendors WHERE booked = 1');
    return (rows.first['total'] as num?)?.toDouble() ?? 0;
  }
}
""", r"""
Future<List<Vendor>> byCategory(String category) async {
  final rows = await _db.query(
    'vendors',
    where: 'category = ?',
    whereArgs: [category],
    orderBy: 'price ASC',
  );
  return rows.map(Vendor.fromMap).toList();
}
""", ["byCategory", "_db.query | _db.rawQuery", "whereArgs | rawQuery", "Vendor.fromMap", "Future<List<Vendor>>"],
    must_not=["_db.insert", "_db.update", "reversed"],
    checks=["literal 'price'", "literal 'category'"])

row("dialogs", "class_body", r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

class Expense {
  const Expense({required this.title, required this.amount});

  final String title;
  final double amount;
}

class BudgetPage extends StatefulWidget {
  const BudgetPage({super.key, required this.budget});

  final double budget;

  @override
  State<BudgetPage> createState() => _BudgetPageState();
}

class _BudgetPageState extends State<BudgetPage> {
  final _expenses = <Expense>[];
  final _currency = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');

  double get _spent => _expenses.fold(0, (sum, e) => sum + e.amount);

  // bütçe aşılınca çağrılacak _showOverBudget(double over): ne kadar aşıldığını para formatında gösteren uyarı dialogu, tek 'Tamam' butonu olsun

  void _addExpense(Expense expense) {
    setState(() => _expenses.add(expense));
    final over = _spent - widget.budget;
    if (over > 0) _showOverBudget(over);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Bütçe')),
      body: ListView(
        children: [
          ListTile(
            title: const Text('Harcanan'),
            trailing: Text('${_currency.format(_spent)} / ${_currency.format(widget.budget)}'),
          ),
          for (final e in _expenses) ListTile(title: Text(e.title), trailing: Text(_currency.format(e.amount))),
        ],
      ),
      floatingActionButton: FloatingActionButton(
        onPressed: () => _addExpense(const Expense(title: 'Fotoğrafçı', amount: 25000)),
        child: const Icon(Icons.add),
      ),
    );
  }
}
""", r"""
Future<void> _showOverBudget(double over) {
  return showDialog<void>(
    context: context,
    builder: (context) => AlertDialog(
      icon: const Icon(Icons.warning_amber),
      title: const Text('Bütçe aşıldı'),
      content: Text('Bütçenizi ${_currency.format(over)} aştınız.'),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context), child: const Text('Tamam')),
      ],
    ),
  );
}
""", ["_showOverBudget", "showDialog | showAdaptiveDialog | showCupertinoDialog",
      "AlertDialog | SimpleDialog | Dialog | CupertinoAlertDialog", "_currency.format | NumberFormat",
      "over", "Navigator.pop | Navigator.of | context.pop"],
    must_not=["SnackBar"],
    checks=["literal 'Tamam'"])

row("testing", "class_body", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

abstract class SeatService {
  Future<List<int>> availableSeats(String voyageId);
  Future<void> hold(String voyageId, int seatNo);
}

class SeatGrid extends StatelessWidget {
  const SeatGrid({super.key, required this.voyageId, required this.service});

  final String voyageId;
  final SeatService service;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: FutureBuilder<List<int>>(
        future: service.availableSeats(voyageId),
        builder: (context, snapshot) {
          final seats = snapshot.data ?? const <int>[];
          return Wrap(
            spacing: 8,
            children: [
              for (final seat in seats)
                ActionChip(label: Text('$seat'), onPressed: () => service.hold(voyageId, seat)),
            ],
          );
        },
      ),
    );
  }
}

class FakeSeatService extends Fake implements SeatService {
  final held = <int>[];

  // availableSeats hangi sefer olursa olsun 3, 7 ve 12 numarali koltuklari donsun; hold da koltugu held'e eklesin
}

void main() {
  testWidgets('yalnızca boş koltuklar listelenir ve seçilebilir', (tester) async {
    final service = FakeSeatService();
    await tester.pumpWidget(MaterialApp(home: SeatGrid(voyageId: 'BOD-1400', service: service)));
    await tester.pumpAndSettle();

    expect(find.byType(ActionChip), findsNWidgets(3));

    await tester.tap(find.text('7'));
    expect(service.held, [7]);
  });
}
""", r"""
@override
Future<List<int>> availableSeats(String voyageId) async => [3, 7, 12];

@override
Future<void> hold(String voyageId, int seatNo) async {
  held.add(seatNo);
}
""", ["availableSeats", "hold", "held.add"],
    must_not=["throw UnimplementedError", "voyageId =="],
    checks=["literal 3", "literal 7", "literal 12"])

# ================================================================ element

row("navigation", "element", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'pages/budget_page.dart';
import 'pages/home_page.dart';
import 'pages/vendor_detail_page.dart';
import 'pages/vendor_list_page.dart';

final router = GoRouter(
  initialLocation: '/',
  routes: [
    GoRoute(
      path: '/',
      builder: (context, state) => const HomePage(),
      routes: [
        GoRoute(
          path: 'butce',
          builder: (context, state) => const BudgetPage(),
        ),
        GoRoute(
          path: 'tedarikciler',
          builder: (context, state) => VendorListPage(category: state.uri.queryParameters['kategori']),
          routes: [
            // ':vendorId' alt rotası: VendorDetailPage açılsın, id'yi path'ten int olarak versin
          ],
        ),
      ],
    ),
  ],
  errorBuilder: (context, state) => Scaffold(
    body: Center(child: Text('Sayfa bulunamadı: ${state.uri}')),
  ),
);

class WeddingPlannerApp extends StatelessWidget {
  const WeddingPlannerApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(
      title: 'Düğün Planlayıcı',
      theme: ThemeData(colorSchemeSeed: Colors.pink),
      routerConfig: router,
    );
  }
}
""", r"""
GoRoute(
  path: ':vendorId',
  builder: (context, state) => VendorDetailPage(
    vendorId: int.parse(state.pathParameters['vendorId']!),
  ),
),
""", ["GoRoute", "path", "VendorDetailPage", "pathParameters | params", "int.parse | int.tryParse"],
    must_not=["queryParameters", "extra"],
    checks=["literal ':vendorId'", "call GoRoute(path)"])

row("storage", "element", r"""
import 'package:flutter/material.dart';
import 'package:flutter_secure_storage/flutter_secure_storage.dart';
import 'package:shared_preferences/shared_preferences.dart';

class FerrySettingsPage extends StatefulWidget {
  const FerrySettingsPage({super.key, required this.prefs});

  final SharedPreferences prefs;

  @override
  State<FerrySettingsPage> createState() => _FerrySettingsPageState();
}

class _FerrySettingsPageState extends State<FerrySettingsPage> {
  final _storage = const FlutterSecureStorage();
  late bool _notify = widget.prefs.getBool('departure_alerts') ?? true;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ayarlar')),
      body: ListView(
        children: [
          SwitchListTile(
            title: const Text('Kalkış hatırlatmaları'),
            subtitle: const Text('Seferden 1 saat önce bildirim'),
            value: _notify,
            onChanged: (value) {
              setState(() => _notify = value);
              widget.prefs.setBool('departure_alerts', value);
            },
          ),
          const Divider(),
          // 'Kayıtlı yolcuları sil' satırı: basınca secure storage'dan sadece 'saved_passengers' anahtarını silsin, snackbar ile haber versin
        ],
      ),
    );
  }
}
""", r"""
ListTile(
  leading: const Icon(Icons.delete_outline),
  title: const Text('Kayıtlı yolcuları sil'),
  onTap: () async {
    await _storage.delete(key: 'saved_passengers');
    if (!context.mounted) return;
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('Kayıtlı yolcular silindi')),
    );
  },
),
""", ["ListTile | TextButton | OutlinedButton | FilledButton | ElevatedButton", "_storage.delete", "showSnackBar",
      "SnackBar"],
    must_not=["deleteAll", "widget.prefs.clear", "widget.prefs.remove"],
    checks=["literal 'saved_passengers'", "literal 'Kayıtlı yolcuları sil'", "call _storage.delete(key)"])

row("dialogs", "element", r"""
import 'package:flutter/material.dart';

class Voyage {
  const Voyage({required this.routeName, required this.departsAt, required this.pier});

  final String routeName;
  final DateTime departsAt;
  final String pier;
}

class VoyageDetailPage extends StatelessWidget {
  const VoyageDetailPage({super.key, required this.voyage});

  final Voyage voyage;

  static const _boardingRules = [
    'Kalkıştan 30 dakika önce iskelede olun.',
    'Araçlı yolcular 45 dakika önce araç kuyruğuna girmelidir.',
    'Biniş sırasında kimlik kontrolü yapılır.',
  ];

  @override
  Widget build(BuildContext context) {
    final time = TimeOfDay.fromDateTime(voyage.departsAt).format(context);
    return Scaffold(
      appBar: AppBar(
        title: Text(voyage.routeName),
        actions: [
          // bilgi ikonu koy, basinca 'Biniş kuralları' başlıklı dialogda _boardingRules maddelerini alt alta göster
        ],
      ),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          ListTile(leading: const Icon(Icons.schedule), title: const Text('Kalkış'), trailing: Text(time)),
          ListTile(leading: const Icon(Icons.anchor), title: const Text('İskele'), trailing: Text(voyage.pier)),
        ],
      ),
    );
  }
}
""", r"""
IconButton(
  icon: const Icon(Icons.info_outline),
  tooltip: 'Biniş kuralları',
  onPressed: () => showDialog<void>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Biniş kuralları'),
      content: Column(
        mainAxisSize: MainAxisSize.min,
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [for (final rule in _boardingRules) Text('• $rule')],
      ),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context), child: const Text('Kapat')),
      ],
    ),
  ),
),
""", ["IconButton", "Icons.info | Icons.info_outline | Icons.info_outlined | Icons.info_rounded",
      "showDialog | showAdaptiveDialog", "AlertDialog | SimpleDialog | Dialog", "_boardingRules",
      "Column | ListBody | ListView | join"],
    checks=["literal 'Biniş kuralları'", "call IconButton > showDialog | showAdaptiveDialog"])

row("testing", "element", r"""
import 'package:flutter/material.dart';
import 'package:flutter_riverpod/flutter_riverpod.dart';
import 'package:flutter_test/flutter_test.dart';

import 'package:dugun_planlayici/checklist/checklist_page.dart';
import 'package:dugun_planlayici/checklist/providers.dart';
import 'package:dugun_planlayici/checklist/task_repository.dart';
import 'package:dugun_planlayici/checklist/wedding_task.dart';

class FakeTaskRepository implements TaskRepository {
  FakeTaskRepository(this.tasks);

  final List<WeddingTask> tasks;

  @override
  Future<List<WeddingTask>> fetchAll() async => tasks;

  @override
  Future<void> toggle(String id) async {}
}

void main() {
  testWidgets('tamamlanan görevler üstü çizili gösterilir', (tester) async {
    final today = DateTime(2025, 6, 1);
    await tester.pumpWidget(
      ProviderScope(
        overrides: [
          // taskRepositoryProvider'i biri tamamlanmis iki gorevli sahte repoyla degistir, todayProvider da today donsun
        ],
        child: const MaterialApp(home: ChecklistPage()),
      ),
    );
    await tester.pumpAndSettle();

    final struck = find.byWidgetPredicate(
      (w) => w is Text && w.style?.decoration == TextDecoration.lineThrough,
    );
    expect(struck, findsOneWidget);
    expect(find.byType(CheckboxListTile), findsNWidgets(2));
  });
}
""", r"""
taskRepositoryProvider.overrideWithValue(
  FakeTaskRepository([
    WeddingTask(id: '1', title: 'Nikah salonu', done: true),
    WeddingTask(id: '2', title: 'Gelinlik provası', done: false),
  ]),
),
todayProvider.overrideWithValue(today),
""", ["taskRepositoryProvider", "overrideWithValue | overrideWith", "FakeTaskRepository", "WeddingTask", "true",
      "todayProvider", "today"],
    must_not=["DateTime.now"])

# ================================================================ argument

row("navigation", "argument", r"""
import 'package:flutter/material.dart';

import 'models/ticket.dart';
import 'pages/home_page.dart';
import 'pages/my_tickets_page.dart';
import 'pages/not_found_page.dart';
import 'pages/ticket_page.dart';
import 'pages/voyage_list_page.dart';

void main() {
  runApp(const FerryApp());
}

class FerryApp extends StatelessWidget {
  const FerryApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Feribot Bilet',
      theme: ThemeData(colorSchemeSeed: Colors.indigo, useMaterial3: true),
      initialRoute: '/',
      routes: {
        '/': (_) => const HomePage(),
        '/seferler': (_) => const VoyageListPage(),
        '/biletlerim': (_) => const MyTicketsPage(),
      },
      // '/bilet' rotasini burada ele al: arguments ile gelen Ticket'i TicketPage'e ver. Baska bilinmeyen rota gelirse NotFoundPage acilsin
    );
  }
}
""", r"""
onGenerateRoute: (settings) {
  if (settings.name == '/bilet') {
    final ticket = settings.arguments as Ticket;
    return MaterialPageRoute(builder: (_) => TicketPage(ticket: ticket), settings: settings);
  }
  return null;
},
onUnknownRoute: (settings) => MaterialPageRoute(builder: (_) => const NotFoundPage()),
""", ["onGenerateRoute", ".name", ".arguments", "TicketPage", "NotFoundPage"],
    must_not=["'/bilet': ("],
    checks=["literal '/bilet'", "call MaterialPageRoute | CupertinoPageRoute | PageRouteBuilder > TicketPage"])

row("storage", "argument", r"""
import 'package:path/path.dart';
import 'package:sqflite/sqflite.dart';

class WeddingDatabase {
  WeddingDatabase._();

  static Database? _db;

  static Future<Database> get instance async => _db ??= await _open();

  static Future<Database> _open() async {
    final path = join(await getDatabasesPath(), 'dugun.db');
    return openDatabase(
      path,
      version: 2,
      onCreate: (db, version) async {
        await db.execute('''
          CREATE TABLE guests (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            table_no INTEGER,
            rsvp INTEGER NOT NULL DEFAULT 0
          )
        ''');
        await db.execute(
          'CREATE TABLE tasks (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0)',
        );
      },
      // v1'den gelenlerde guests tablosunda rsvp kolonu yok, onu ekle (varsayilan 0)
    );
  }

  static Future<List<Map<String, Object?>>> attendingGuests() async {
    final db = await instance;
    return db.query('guests', where: 'rsvp = ?', whereArgs: [1], orderBy: 'name');
  }
}
""", r"""
onUpgrade: (db, oldVersion, newVersion) async {
  if (oldVersion < 2) {
    await db.execute('ALTER TABLE guests ADD COLUMN rsvp INTEGER NOT NULL DEFAULT 0');
  }
},
""", ["onUpgrade", "execute", "< 2 | == 1 | <= 1"],
    must_not=["onCreate", "onDowngrade"],
    checks=["literal 'alter table guests'", "literal 'add column rsvp'", "literal 'default 0'"])

row("dialogs", "argument", r"""
import 'package:flutter/material.dart';

import '../services/invitation_service.dart';

class InvitationSender extends StatefulWidget {
  const InvitationSender({super.key, required this.service, required this.guestIds});

  final InvitationService service;
  final List<int> guestIds;

  @override
  State<InvitationSender> createState() => _InvitationSenderState();
}

class _InvitationSenderState extends State<InvitationSender> {
  Future<void> _sendAll() async {
    showDialog<void>(
      context: context,
      // gonderim bitene kadar disari dokununca kapanmasin, arkasi da normalden daha koyu olsun
      builder: (context) => const AlertDialog(
        content: Row(
          children: [
            CircularProgressIndicator(),
            SizedBox(width: 16),
            Expanded(child: Text('Davetiyeler gönderiliyor...')),
          ],
        ),
      ),
    );
    try {
      await widget.service.sendAll(widget.guestIds);
    } finally {
      if (mounted) Navigator.of(context).pop();
    }
  }

  @override
  Widget build(BuildContext context) {
    return FilledButton.icon(
      onPressed: widget.guestIds.isEmpty ? null : _sendAll,
      icon: const Icon(Icons.send),
      label: Text('${widget.guestIds.length} davetiye gönder'),
    );
  }
}
""", r"""
barrierDismissible: false,
barrierColor: Colors.black87,
""", ["barrierDismissible: false", "barrierColor"],
    must_not=["Colors.black54", "Colors.black45", "Colors.black38", "Colors.black26", "Colors.black12",
              "Colors.transparent", "Colors.white"])

row("testing", "argument", r"""
import 'package:flutter/foundation.dart';
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

class TicketDetailScaffold extends StatelessWidget {
  const TicketDetailScaffold({super.key, this.onBack});

  final VoidCallback? onBack;

  @override
  Widget build(BuildContext context) {
    final isIos = defaultTargetPlatform == TargetPlatform.iOS;
    return Scaffold(
      appBar: AppBar(
        leading: IconButton(
          icon: Icon(isIos ? Icons.arrow_back_ios_new : Icons.arrow_back),
          onPressed: onBack,
        ),
        title: const Text('Biletim'),
      ),
      body: const Center(child: Text('Eminönü → Kadıköy')),
    );
  }
}

void main() {
  testWidgets(
    'geri butonu platforma uygun ikonla gösterilir',
    (tester) async {
      await tester.pumpWidget(const MaterialApp(home: TicketDetailScaffold()));

      final expected = defaultTargetPlatform == TargetPlatform.iOS ? Icons.arrow_back_ios_new : Icons.arrow_back;
      expect(find.byIcon(expected), findsOneWidget);
    },
    // bu test Android ve iOS icin ayri ayri kossun
  );
}
""", r"""
variant: TargetPlatformVariant({TargetPlatform.android, TargetPlatform.iOS}),
""", ["variant", "TargetPlatformVariant", "TargetPlatform.android | mobile", "TargetPlatform.iOS | mobile"],
    must_not=["TargetPlatformVariant.all", "TargetPlatformVariant.desktop", "TargetPlatformVariant.only",
              "debugDefaultTargetPlatformOverride"])


ROWS.write()
