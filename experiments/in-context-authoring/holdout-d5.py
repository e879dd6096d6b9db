"""In-context held-out rows, batch 4 (holdout-d5): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics widgets_layout, lists, forms, state, async
(4 each); app domains a coworking-space booking app and a bakery pre-order app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-d5.py  -> data/in_context/drafts/holdout-d5.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-d5", "holdd5")
row = ROWS.row


# ================================================================ statements

row("lists", "statements", r"""
import 'package:flutter/material.dart';

class PreOrder {
  const PreOrder({required this.id, required this.customer, required this.pickupAt, required this.items});

  final int id;
  final String customer;
  final DateTime pickupAt;
  final List<String> items;
}

class PickupSchedulePage extends StatefulWidget {
  const PickupSchedulePage({super.key, required this.orders});

  final List<PreOrder> orders;

  @override
  State<PickupSchedulePage> createState() => _PickupSchedulePageState();
}

class _PickupSchedulePageState extends State<PickupSchedulePage> {
  Map<DateTime, List<PreOrder>> _byDay = {};

  @override
  void initState() {
    super.initState();
    _groupOrders();
  }

  @override
  void didUpdateWidget(covariant PickupSchedulePage oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (oldWidget.orders != widget.orders) _groupOrders();
  }

  void _groupOrders() {
    // siparisleri teslim gunune gore grupla (saati at, anahtar sadece tarih olsun), her gunun icinde de teslim saatine gore artan sirala
  }

  String _dayTitle(DateTime day) =>
      '${day.day.toString().padLeft(2, '0')}.${day.month.toString().padLeft(2, '0')}.${day.year}';

  @override
  Widget build(BuildContext context) {
    final days = _byDay.keys.toList()..sort();
    return ListView(
      children: [
        for (final day in days) ...[
          ListTile(dense: true, title: Text(_dayTitle(day))),
          for (final order in _byDay[day]!)
            ListTile(
              title: Text(order.customer),
              subtitle: Text(order.items.join(', ')),
              trailing: Text(TimeOfDay.fromDateTime(order.pickupAt).format(context)),
            ),
        ],
      ],
    );
  }
}
""", r"""
final byDay = <DateTime, List<PreOrder>>{};
for (final order in widget.orders) {
  final day = DateUtils.dateOnly(order.pickupAt);
  byDay.putIfAbsent(day, () => []).add(order);
}
for (final orders in byDay.values) {
  orders.sort((a, b) => a.pickupAt.compareTo(b.pickupAt));
}
_byDay = byDay;
""", ["_byDay", "widget.orders", "pickupAt", "DateUtils.dateOnly | DateTime( | DateTime.utc(", "sort", "compareTo"],
    must_not=["b.pickupAt.compareTo(a.pickupAt)"])

row("forms", "statements", r"""
import 'package:flutter/material.dart';

class MeetingRoom {
  const MeetingRoom({required this.id, required this.name, required this.capacity});

  final String id;
  final String name;
  final int capacity;
}

class RoomBookingForm extends StatefulWidget {
  const RoomBookingForm({super.key, required this.room, required this.onBook});

  final MeetingRoom room;
  final void Function(String title, TimeOfDay start, TimeOfDay end) onBook;

  @override
  State<RoomBookingForm> createState() => _RoomBookingFormState();
}

class _RoomBookingFormState extends State<RoomBookingForm> {
  final _formKey = GlobalKey<FormState>();
  final _titleController = TextEditingController();
  TimeOfDay _start = const TimeOfDay(hour: 9, minute: 0);
  TimeOfDay _end = const TimeOfDay(hour: 10, minute: 0);

  @override
  void dispose() {
    _titleController.dispose();
    super.dispose();
  }

  Future<void> _pickTime(bool isStart) async {
    final picked = await showTimePicker(context: context, initialTime: isStart ? _start : _end);
    if (picked == null) return;
    setState(() {
      if (isStart) {
        _start = picked;
      } else {
        _end = picked;
      }
    });
  }

  void _submit() {
    // form gecersizse dur. bitis saati baslangictan sonra degilse 'Bitiş saati başlangıçtan sonra olmalı' snackbar'i goster; her sey tamamsa onBook'a kirpilmis basligi ve saatleri ver
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _titleController,
            decoration: InputDecoration(labelText: '${widget.room.name} · toplantı başlığı'),
            validator: (v) => (v == null || v.trim().isEmpty) ? 'Başlık gerekli' : null,
          ),
          ListTile(
            leading: const Icon(Icons.schedule),
            title: const Text('Başlangıç'),
            trailing: Text(_start.format(context)),
            onTap: () => _pickTime(true),
          ),
          ListTile(
            leading: const Icon(Icons.schedule_outlined),
            title: const Text('Bitiş'),
            trailing: Text(_end.format(context)),
            onTap: () => _pickTime(false),
          ),
          FilledButton(onPressed: _submit, child: const Text('Rezerve et')),
        ],
      ),
    );
  }
}
""", r"""
if (!_formKey.currentState!.validate()) return;
final startMinutes = _start.hour * 60 + _start.minute;
final endMinutes = _end.hour * 60 + _end.minute;
if (endMinutes <= startMinutes) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Bitiş saati başlangıçtan sonra olmalı')),
  );
  return;
}
widget.onBook(_titleController.text.trim(), _start, _end);
""", ["validate", "showSnackBar", "widget.onBook", "_titleController.text", "trim", "_start", "_end",
      "hour | isBefore | isAfter | compareTo | isAtSameTimeAs"],
    checks=["call .validate", "call SnackBar(content)", "literal 'başlangıçtan sonra olmalı'"])

row("state", "statements", r"""
import 'package:flutter/foundation.dart';

class BakeryItem {
  const BakeryItem({required this.id, required this.name, required this.price});

  final String id;
  final String name;
  final double price;
}

class PreOrderCart extends ChangeNotifier {
  final Map<String, int> _quantities = {};
  final Map<String, BakeryItem> _items = {};

  int quantityOf(String itemId) => _quantities[itemId] ?? 0;

  int get totalCount => _quantities.values.fold(0, (sum, q) => sum + q);

  double get total =>
      _quantities.entries.fold(0, (sum, e) => sum + _items[e.key]!.price * e.value);

  void add(BakeryItem item) {
    _items[item.id] = item;
    _quantities.update(item.id, (q) => q + 1, ifAbsent: () => 1);
    notifyListeners();
  }

  void removeOne(String itemId) {
    // adedi bir azalt, 0'a düşerse ürünü sepetten tamamen çıkar; sepette hiç yoksa hiçbir şey yapma
  }

  void clear() {
    _quantities.clear();
    _items.clear();
    notifyListeners();
  }
}
""", r"""
final current = _quantities[itemId];
if (current == null) return;
if (current > 1) {
  _quantities[itemId] = current - 1;
} else {
  _quantities.remove(itemId);
  _items.remove(itemId);
}
notifyListeners();
""", ["_quantities", "- 1 | -= 1 | --", "_quantities.remove | removeWhere", "notifyListeners",
      "null | containsKey | ?? | quantityOf"],
    must_not=["_quantities[itemId]!"])

row("async", "statements", r"""
import 'package:flutter/material.dart';

class Desk {
  const Desk({required this.id, required this.code, required this.zone});

  final String id;
  final String code;
  final String zone;
}

class DeskBooking {
  const DeskBooking({required this.deskId, required this.date});

  final String deskId;
  final DateTime date;
}

abstract class CoworkApi {
  Future<List<Desk>> fetchDesks(String floorId);
  Future<List<DeskBooking>> fetchMyBookings();
}

class FloorPage extends StatefulWidget {
  const FloorPage({super.key, required this.api, required this.floorId});

  final CoworkApi api;
  final String floorId;

  @override
  State<FloorPage> createState() => _FloorPageState();
}

class _FloorPageState extends State<FloorPage> {
  List<Desk> _desks = [];
  Set<String> _myDeskIds = {};
  bool _loading = true;

  @override
  void initState() {
    super.initState();
    _load();
  }

  Future<void> _load() async {
    // masaları ve benim rezervasyonlarımı aynı anda çek, biri ötekini beklemesin; ikisi gelince _desks ve _myDeskIds'i doldur, _loading'i kapat
  }

  @override
  Widget build(BuildContext context) {
    if (_loading) return const Center(child: CircularProgressIndicator());
    return ListView.builder(
      itemCount: _desks.length,
      itemBuilder: (context, index) {
        final desk = _desks[index];
        return ListTile(
          leading: Icon(_myDeskIds.contains(desk.id) ? Icons.event_seat : Icons.chair_outlined),
          title: Text(desk.code),
          subtitle: Text(desk.zone),
        );
      },
    );
  }
}
""", r"""
final results = await Future.wait([
  widget.api.fetchDesks(widget.floorId),
  widget.api.fetchMyBookings(),
]);
final desks = results[0] as List<Desk>;
final bookings = results[1] as List<DeskBooking>;
if (!mounted) return;
setState(() {
  _desks = desks;
  _myDeskIds = bookings.map((b) => b.deskId).toSet();
  _loading = false;
});
""", ["Future.wait | .wait", "fetchDesks", "fetchMyBookings", "setState", "_desks", "_myDeskIds", "deskId",
      "_loading = false"],
    must_not=["await widget.api.fetchDesks", "await widget.api.fetchMyBookings"])

# ================================================================ callback

row("widgets_layout", "callback", r"""
import 'package:flutter/material.dart';

class Pastry {
  const Pastry({
    required this.id,
    required this.name,
    required this.price,
    required this.imageUrl,
    required this.soldOut,
  });

  final String id;
  final String name;
  final double price;
  final String imageUrl;
  final bool soldOut;
}

class PastryGrid extends StatelessWidget {
  const PastryGrid({super.key, required this.pastries, required this.onTap});

  final List<Pastry> pastries;
  final ValueChanged<Pastry> onTap;

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      padding: const EdgeInsets.all(12),
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
        crossAxisCount: 2,
        mainAxisSpacing: 12,
        crossAxisSpacing: 12,
        childAspectRatio: 0.72,
      ),
      itemCount: pastries.length,
      itemBuilder: (context, index) {
        final pastry = pastries[index];
        // kart dondur: ustte 4:3 foto, altinda isim ve fiyat. tukendiyse fotonun ustune yari saydam siyah zemin ve 'Tükendi' yazisi bindir; karta basinca onTap
      },
    );
  }
}
""", r"""
return Card(
  clipBehavior: Clip.antiAlias,
  child: InkWell(
    onTap: () => onTap(pastry),
    child: Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        AspectRatio(
          aspectRatio: 4 / 3,
          child: Stack(
            fit: StackFit.expand,
            children: [
              Image.network(pastry.imageUrl, fit: BoxFit.cover),
              if (pastry.soldOut)
                Container(
                  color: Colors.black54,
                  alignment: Alignment.center,
                  child: const Text(
                    'Tükendi',
                    style: TextStyle(color: Colors.white, fontWeight: FontWeight.bold),
                  ),
                ),
            ],
          ),
        ),
        Padding(
          padding: const EdgeInsets.all(8),
          child: Column(
            crossAxisAlignment: CrossAxisAlignment.start,
            children: [
              Text(pastry.name, maxLines: 1, overflow: TextOverflow.ellipsis),
              Text('${pastry.price.toStringAsFixed(2)} ₺'),
            ],
          ),
        ),
      ],
    ),
  ),
);
""", ["return", "AspectRatio", "Stack", "Image.network | NetworkImage | CachedNetworkImage", "pastry.imageUrl",
      "pastry.soldOut", "pastry.name", "pastry.price", "onTap(pastry)",
      "Colors.black54 | Colors.black45 | Colors.black38 | Colors.black26 | Colors.black87 | withOpacity | withValues"
      " | withAlpha | fromRGBO | fromARGB | Color(0x | Opacity"],
    checks=["literal 'Tükendi'", "literal 4 | 1.33 | 1.333 | 1.3333"])

row("forms", "callback", r"""
import 'package:flutter/material.dart';

class MeetingRoom {
  const MeetingRoom({required this.id, required this.name, required this.capacity});

  final String id;
  final String name;
  final int capacity;
}

class AttendeesStep extends StatefulWidget {
  const AttendeesStep({super.key, required this.room, required this.onNext});

  final MeetingRoom room;
  final ValueChanged<int> onNext;

  @override
  State<AttendeesStep> createState() => _AttendeesStepState();
}

class _AttendeesStepState extends State<AttendeesStep> {
  final _formKey = GlobalKey<FormState>();
  final _countController = TextEditingController(text: '1');

  @override
  void dispose() {
    _countController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          Text('${widget.room.name} · en fazla ${widget.room.capacity} kişi'),
          const SizedBox(height: 12),
          TextFormField(
            controller: _countController,
            keyboardType: TextInputType.number,
            decoration: const InputDecoration(labelText: 'Katılımcı sayısı'),
            validator: (value) {
              // bossa 'Katılımcı sayısı girin', sayi degilse 'Geçerli bir sayı girin', 1'den azsa 'En az 1 kişi olmalı', kapasiteyi asarsa 'Bu oda en fazla N kişilik' (N = kapasite)
            },
          ),
          const SizedBox(height: 16),
          FilledButton(
            onPressed: () {
              if (_formKey.currentState!.validate()) {
                widget.onNext(int.parse(_countController.text.trim()));
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
final text = value?.trim() ?? '';
if (text.isEmpty) return 'Katılımcı sayısı girin';
final count = int.tryParse(text);
if (count == null) return 'Geçerli bir sayı girin';
if (count < 1) return 'En az 1 kişi olmalı';
if (count > widget.room.capacity) {
  return 'Bu oda en fazla ${widget.room.capacity} kişilik';
}
return null;
""", ["isEmpty | isNotEmpty", "int.tryParse | FormatException | catch", "widget.room.capacity",
      "< 1 | <= 0 | >= 1 | > 0"],
    checks=["literal 'Katılımcı sayısı girin'", "literal 'Geçerli bir sayı girin'", "literal 'En az 1 kişi'",
            "literal 'en fazla'"])

row("state", "callback", r"""
import 'package:flutter/material.dart';

enum CalendarView { day, week }

class BookingsCalendar extends StatefulWidget {
  const BookingsCalendar({super.key, required this.bookingsFor});

  final List<String> Function(DateTime from, int days) bookingsFor;

  @override
  State<BookingsCalendar> createState() => _BookingsCalendarState();
}

class _BookingsCalendarState extends State<BookingsCalendar> {
  CalendarView _view = CalendarView.day;
  DateTime _anchor = DateUtils.dateOnly(DateTime.now());

  int get _dayCount => _view == CalendarView.week ? 7 : 1;

  @override
  Widget build(BuildContext context) {
    final bookings = widget.bookingsFor(_anchor, _dayCount);
    return Column(
      children: [
        SegmentedButton<CalendarView>(
          segments: const [
            ButtonSegment(value: CalendarView.day, label: Text('Gün'), icon: Icon(Icons.view_day)),
            ButtonSegment(value: CalendarView.week, label: Text('Hafta'), icon: Icon(Icons.view_week)),
          ],
          selected: {_view},
          onSelectionChanged: (selection) {
            // secilen gorunumu _view'a yaz; haftaya gecilirse _anchor o haftanin pazartesisine ceksin
          },
        ),
        Padding(
          padding: const EdgeInsets.all(8),
          child: Text('${_anchor.day}.${_anchor.month} itibarıyla $_dayCount gün'),
        ),
        Expanded(
          child: ListView(
            children: [
              for (final b in bookings) ListTile(leading: const Icon(Icons.meeting_room), title: Text(b)),
            ],
          ),
        ),
      ],
    );
  }
}
""", r"""
setState(() {
  _view = selection.first;
  if (_view == CalendarView.week) {
    _anchor = _anchor.subtract(Duration(days: _anchor.weekday - 1));
  }
});
""", ["setState", "_view =", "selection.first | selection.single | selection.last", "CalendarView.week", "_anchor =",
      "weekday - 1 | weekday - DateTime.monday | 1 - _anchor.weekday | weekday + 1"],
    checks=["call setState"])

row("async", "callback", r"""
import 'package:flutter/material.dart';

class CartLine {
  const CartLine({required this.productId, required this.name, required this.quantity, required this.unitPrice});

  final String productId;
  final String name;
  final int quantity;
  final double unitPrice;
}

abstract class OrderApi {
  Future<String> placeOrder(List<CartLine> lines, DateTime pickupAt);
}

class OrderDonePage extends StatelessWidget {
  const OrderDonePage({super.key, required this.orderNo});

  final String orderNo;

  @override
  Widget build(BuildContext context) {
    return Scaffold(body: Center(child: Text('Sipariş numaranız: $orderNo')));
  }
}

class CheckoutPage extends StatefulWidget {
  const CheckoutPage({super.key, required this.api, required this.lines, required this.pickupAt});

  final OrderApi api;
  final List<CartLine> lines;
  final DateTime pickupAt;

  @override
  State<CheckoutPage> createState() => _CheckoutPageState();
}

class _CheckoutPageState extends State<CheckoutPage> {
  bool _placing = false;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Siparişi onayla')),
      body: ListView(
        children: [
          for (final line in widget.lines)
            ListTile(title: Text(line.name), trailing: Text('x${line.quantity}')),
        ],
      ),
      bottomNavigationBar: Padding(
        padding: const EdgeInsets.all(16),
        child: FilledButton(
          onPressed: _placing
              ? null
              : () async {
                  // siparisi gonder, giderken buton pasif kalsin. basarili olursa donen numarayla OrderDonePage'e gec ama geri tusu sepete donmesin; hata olursa 'Sipariş gönderilemedi' snackbar goster
                },
          child: _placing
              ? const SizedBox.square(dimension: 20, child: CircularProgressIndicator(strokeWidth: 2))
              : const Text('Siparişi ver'),
        ),
      ),
    );
  }
}
""", r"""
setState(() => _placing = true);
try {
  final orderNo = await widget.api.placeOrder(widget.lines, widget.pickupAt);
  if (!context.mounted) return;
  Navigator.of(context).pushReplacement(
    MaterialPageRoute(builder: (_) => OrderDonePage(orderNo: orderNo)),
  );
} catch (_) {
  if (!context.mounted) return;
  setState(() => _placing = false);
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Sipariş gönderilemedi')),
  );
}
""", ["setState", "_placing = true", "_placing = false", "widget.api.placeOrder", "widget.lines", "widget.pickupAt",
      "pushReplacement | pushAndRemoveUntil", "catch | catchError | onError | on Exception", "showSnackBar"],
    must_not=["Navigator.push", ".push("],
    checks=["call OrderDonePage(orderNo)", "call SnackBar(content)", "literal 'Sipariş gönderilemedi'"])

# ================================================================ class_body

row("widgets_layout", "class_body", r"""
import 'package:flutter/material.dart';

class FloorStats {
  const FloorStats({required this.name, required this.occupied, required this.total});

  final String name;
  final int occupied;
  final int total;

  double get ratio => total == 0 ? 0 : occupied / total;
}

class FloorsOverview extends StatelessWidget {
  const FloorsOverview({super.key, required this.floors});

  final List<FloorStats> floors;

  // _occupancyBar(double ratio) yaz: 8 px yuksekliginde kenarlari yuvarlak bir cubuk, oran kadar dolsun; %80'i gecince kirmizi, degilse yesil

  @override
  Widget build(BuildContext context) {
    return ListView.separated(
      padding: const EdgeInsets.all(16),
      itemCount: floors.length,
      separatorBuilder: (context, index) => const SizedBox(height: 16),
      itemBuilder: (context, index) {
        final floor = floors[index];
        return Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text('${floor.name} · ${floor.occupied}/${floor.total} masa dolu'),
            const SizedBox(height: 6),
            _occupancyBar(floor.ratio),
          ],
        );
      },
    );
  }
}
""", r"""
Widget _occupancyBar(double ratio) {
  return ClipRRect(
    borderRadius: BorderRadius.circular(4),
    child: LinearProgressIndicator(
      value: ratio,
      minHeight: 8,
      color: ratio > 0.8 ? Colors.red : Colors.green,
      backgroundColor: Colors.grey.shade300,
    ),
  );
}
""", ["_occupancyBar", "ratio", "Colors.red | Colors.redAccent | colorScheme.error",
      "Colors.green | Colors.greenAccent | Colors.lightGreen",
      "LinearProgressIndicator | FractionallySizedBox | widthFactor | LayoutBuilder",
      "BorderRadius | ClipRRect | StadiumBorder | borderRadius"],
    checks=["literal 8", "literal 0.8 | 80"])

row("lists", "class_body", r"""
import 'package:flutter/material.dart';

class PastBooking {
  const PastBooking({required this.id, required this.roomName, required this.date});

  final String id;
  final String roomName;
  final DateTime date;
}

abstract class BookingHistoryApi {
  Future<List<PastBooking>> fetchPage(int page);
}

class BookingHistoryPage extends StatefulWidget {
  const BookingHistoryPage({super.key, required this.api});

  final BookingHistoryApi api;

  @override
  State<BookingHistoryPage> createState() => _BookingHistoryPageState();
}

class _BookingHistoryPageState extends State<BookingHistoryPage> {
  final _scrollController = ScrollController();
  final List<PastBooking> _items = [];
  int _page = 0;
  bool _loadingMore = false;
  bool _hasMore = true;

  @override
  void initState() {
    super.initState();
    _scrollController.addListener(_onScroll);
    _loadNextPage();
  }

  @override
  void dispose() {
    _scrollController.dispose();
    super.dispose();
  }

  Future<void> _loadNextPage() async {
    setState(() => _loadingMore = true);
    final page = await widget.api.fetchPage(_page + 1);
    if (!mounted) return;
    setState(() {
      _page++;
      _items.addAll(page);
      _hasMore = page.isNotEmpty;
      _loadingMore = false;
    });
  }

  // _onScroll: listenin sonuna 300 px kala sonraki sayfayi yuklesin; zaten yukleniyorsa ya da sayfa kalmadiysa istek atmasin

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      controller: _scrollController,
      itemCount: _items.length + (_loadingMore ? 1 : 0),
      itemBuilder: (context, index) {
        if (index == _items.length) {
          return const Padding(
            padding: EdgeInsets.all(16),
            child: Center(child: CircularProgressIndicator()),
          );
        }
        final booking = _items[index];
        return ListTile(
          title: Text(booking.roomName),
          subtitle: Text('${booking.date.day}.${booking.date.month}.${booking.date.year}'),
        );
      },
    );
  }
}
""", r"""
void _onScroll() {
  if (_loadingMore || !_hasMore) return;
  final position = _scrollController.position;
  if (position.pixels >= position.maxScrollExtent - 300) {
    _loadNextPage();
  }
}
""", ["_onScroll", "_loadingMore", "_hasMore", "_loadNextPage", "maxScrollExtent | extentAfter",
      "pixels | offset | extentAfter"],
    checks=["literal 300"])

row("state", "class_body", r"""
import 'package:flutter/foundation.dart';

@immutable
class BookingDraft {
  const BookingDraft({
    this.roomId,
    required this.date,
    this.startHour = 9,
    this.durationHours = 1,
    this.attendees = 1,
  });

  final String? roomId;
  final DateTime date;
  final int startHour;
  final int durationHours;
  final int attendees;

  int get endHour => startHour + durationHours;

  // copyWith ekle, verilmeyen alanlar eski degerinde kalsin

  bool get isComplete => roomId != null && attendees > 0;
}

class BookingDraftController extends ValueNotifier<BookingDraft> {
  BookingDraftController() : super(BookingDraft(date: DateTime.now()));

  void selectRoom(String roomId) => value = value.copyWith(roomId: roomId);

  void setDate(DateTime date) => value = value.copyWith(date: date);

  void setStart(int hour) => value = value.copyWith(startHour: hour);

  void extend() => value = value.copyWith(durationHours: value.durationHours + 1);

  void setAttendees(int count) => value = value.copyWith(attendees: count);
}
""", r"""
BookingDraft copyWith({
  String? roomId,
  DateTime? date,
  int? startHour,
  int? durationHours,
  int? attendees,
}) {
  return BookingDraft(
    roomId: roomId ?? this.roomId,
    date: date ?? this.date,
    startHour: startHour ?? this.startHour,
    durationHours: durationHours ?? this.durationHours,
    attendees: attendees ?? this.attendees,
  );
}
""", ["copyWith", "BookingDraft(", "?? this.roomId", "?? this.date", "?? this.startHour", "?? this.durationHours",
      "?? this.attendees"])

row("async", "class_body", r"""
import 'package:flutter/material.dart';

class Booking {
  const Booking({required this.id, required this.roomName, required this.start});

  final String id;
  final String roomName;
  final DateTime start;
}

abstract class BookingApi {
  Future<void> cancelBooking(String id);
}

class UpcomingBookingsPage extends StatefulWidget {
  const UpcomingBookingsPage({super.key, required this.api, required this.initial});

  final BookingApi api;
  final List<Booking> initial;

  @override
  State<UpcomingBookingsPage> createState() => _UpcomingBookingsPageState();
}

class _UpcomingBookingsPageState extends State<UpcomingBookingsPage> {
  late final List<Booking> _bookings = List.of(widget.initial);

  // _cancelBooking(booking): listeden hemen kaldır, sonra api'ye iptal isteği at; hata dönerse rezervasyonu eski yerine geri koy ve 'Rezervasyon iptal edilemedi' snackbar'ı göster

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: _bookings.length,
      itemBuilder: (context, index) {
        final booking = _bookings[index];
        return ListTile(
          title: Text(booking.roomName),
          subtitle: Text(MaterialLocalizations.of(context).formatShortDate(booking.start)),
          trailing: IconButton(
            icon: const Icon(Icons.cancel_outlined),
            tooltip: 'İptal et',
            onPressed: () => _cancelBooking(booking),
          ),
        );
      },
    );
  }
}
""", r"""
Future<void> _cancelBooking(Booking booking) async {
  final index = _bookings.indexOf(booking);
  setState(() => _bookings.removeAt(index));
  try {
    await widget.api.cancelBooking(booking.id);
  } catch (_) {
    if (!mounted) return;
    setState(() => _bookings.insert(index, booking));
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('Rezervasyon iptal edilemedi')),
    );
  }
}
""", ["_cancelBooking", "widget.api.cancelBooking", "catch | catchError | onError | on Exception", "insert | addAll | setAll",
      "remove | removeAt | removeWhere", "setState", "showSnackBar"],
    checks=["call SnackBar(content)", "literal 'Rezervasyon iptal edilemedi'"])

# ================================================================ element

row("widgets_layout", "element", r"""
import 'package:flutter/material.dart';

class Pastry {
  const Pastry({
    required this.name,
    required this.description,
    required this.price,
    required this.imageUrl,
    required this.allergens,
  });

  final String name;
  final String description;
  final double price;
  final String imageUrl;
  final List<String> allergens;
}

class PastryDetailPage extends StatelessWidget {
  const PastryDetailPage({super.key, required this.pastry, required this.onAddToCart});

  final Pastry pastry;
  final VoidCallback onAddToCart;

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    return Scaffold(
      appBar: AppBar(title: Text(pastry.name)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          ClipRRect(
            borderRadius: BorderRadius.circular(12),
            child: Image.network(pastry.imageUrl, height: 220, fit: BoxFit.cover),
          ),
          const SizedBox(height: 16),
          Text(pastry.name, style: textTheme.titleLarge),
          const SizedBox(height: 8),
          Text(pastry.description),
          const SizedBox(height: 8),
          Text('Alerjenler: ${pastry.allergens.join(', ')}', style: textTheme.bodySmall),
          const SizedBox(height: 24),
          // fiyat solda büyük ve kalın, 'Sepete ekle' butonu aynı satırda en sağda dursun
        ],
      ),
    );
  }
}
""", r"""
Row(
  children: [
    Text(
      '${pastry.price.toStringAsFixed(2)} ₺',
      style: textTheme.headlineSmall?.copyWith(fontWeight: FontWeight.bold),
    ),
    const Spacer(),
    FilledButton.icon(
      onPressed: onAddToCart,
      icon: const Icon(Icons.add_shopping_cart),
      label: const Text('Sepete ekle'),
    ),
  ],
),
""", ["Row", "Spacer | MainAxisAlignment.spaceBetween | Expanded", "pastry.price",
      "FontWeight.bold | FontWeight.w600 | FontWeight.w700 | FontWeight.w800 | FontWeight.w900",
      "headlineSmall | headlineMedium | headlineLarge | titleLarge | displaySmall | displayMedium | fontSize",
      "onAddToCart"],
    checks=["literal 'Sepete ekle'"])

row("lists", "element", r"""
import 'package:flutter/material.dart';

class CartLine {
  const CartLine({required this.productId, required this.name, required this.quantity, required this.unitPrice});

  final String productId;
  final String name;
  final int quantity;
  final double unitPrice;
}

class CartPage extends StatelessWidget {
  const CartPage({super.key, required this.lines, required this.onRemove, required this.onCheckout});

  final List<CartLine> lines;
  final ValueChanged<CartLine> onRemove;
  final VoidCallback onCheckout;

  @override
  Widget build(BuildContext context) {
    final total = lines.fold<double>(0, (sum, l) => sum + l.quantity * l.unitPrice);
    return Scaffold(
      appBar: AppBar(title: const Text('Sepetim')),
      body: ListView(
        children: [
          // her satir sadece sola kaydirilinca silinsin (onRemove); arkada kirmizi zemin, sagda cop kutusu ikonu gorunsun
          if (lines.isEmpty)
            const Padding(
              padding: EdgeInsets.all(32),
              child: Center(child: Text('Sepetiniz boş')),
            ),
        ],
      ),
      bottomNavigationBar: Padding(
        padding: const EdgeInsets.all(16),
        child: FilledButton(
          onPressed: lines.isEmpty ? null : onCheckout,
          child: Text('Ödemeye geç · ${total.toStringAsFixed(2)} ₺'),
        ),
      ),
    );
  }
}
""", r"""
for (final line in lines)
  Dismissible(
    key: ValueKey(line.productId),
    direction: DismissDirection.endToStart,
    background: Container(
      color: Colors.red,
      alignment: Alignment.centerRight,
      padding: const EdgeInsets.symmetric(horizontal: 20),
      child: const Icon(Icons.delete, color: Colors.white),
    ),
    onDismissed: (_) => onRemove(line),
    child: ListTile(
      title: Text(line.name),
      subtitle: Text('${line.quantity} adet'),
      trailing: Text('${(line.quantity * line.unitPrice).toStringAsFixed(2)} ₺'),
    ),
  ),
""", ["for | .map(", "Dismissible", "ValueKey | ObjectKey | Key(", "DismissDirection.endToStart", "background",
      "onRemove(", "Colors.red | Colors.redAccent | colorScheme.error",
      "Icons.delete | Icons.delete_outline | Icons.delete_outlined | Icons.delete_forever | Icons.delete_sweep"],
    must_not=["UniqueKey", "DismissDirection.startToEnd"],
    checks=["call Dismissible(key, onDismissed)"])

row("forms", "element", r"""
import 'package:flutter/material.dart';

class PickupForm extends StatefulWidget {
  const PickupForm({super.key, required this.slots, required this.onConfirm});

  final List<String> slots;
  final void Function(String name, String slot) onConfirm;

  @override
  State<PickupForm> createState() => _PickupFormState();
}

class _PickupFormState extends State<PickupForm> {
  final _formKey = GlobalKey<FormState>();
  final _nameController = TextEditingController();
  String? _slot;

  @override
  void dispose() {
    _nameController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          TextFormField(
            controller: _nameController,
            decoration: const InputDecoration(labelText: 'Ad Soyad'),
            validator: (v) => (v == null || v.trim().isEmpty) ? 'Ad gerekli' : null,
          ),
          const SizedBox(height: 16),
          // teslim saati icin acilir liste: widget.slots'tan secilsin, secmeden gonderirse 'Teslim saati seçin' hatasi cikmali
          const SizedBox(height: 24),
          FilledButton(
            onPressed: () {
              if (_formKey.currentState!.validate()) {
                widget.onConfirm(_nameController.text.trim(), _slot!);
              }
            },
            child: const Text('Siparişi onayla'),
          ),
        ],
      ),
    );
  }
}
""", r"""
DropdownButtonFormField<String>(
  value: _slot,
  decoration: const InputDecoration(labelText: 'Teslim saati'),
  items: [
    for (final slot in widget.slots) DropdownMenuItem(value: slot, child: Text(slot)),
  ],
  onChanged: (value) => setState(() => _slot = value),
  validator: (value) => value == null ? 'Teslim saati seçin' : null,
),
""", ["DropdownButtonFormField", "widget.slots", "DropdownMenuItem", "_slot =", "null"],
    checks=["call DropdownButtonFormField(items, onChanged, validator)", "literal 'Teslim saati seçin'"])

row("async", "element", r"""
import 'package:flutter/material.dart';

class DailySpecialCard extends StatelessWidget {
  const DailySpecialCard({
    super.key,
    required this.name,
    required this.imageUrl,
    required this.remainingStream,
    required this.onReserve,
  });

  final String name;
  final String imageUrl;
  final Stream<int> remainingStream;
  final VoidCallback onReserve;

  @override
  Widget build(BuildContext context) {
    return Card(
      clipBehavior: Clip.antiAlias,
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Image.network(imageUrl, height: 160, width: double.infinity, fit: BoxFit.cover),
          Padding(
            padding: const EdgeInsets.fromLTRB(12, 12, 12, 4),
            child: Text(name, style: Theme.of(context).textTheme.titleMedium),
          ),
          // kalan adedi remainingStream'den canli goster: veri gelene kadar ince yukleniyor cubugu, 0 ise kirmizi 'Bugünlük tükendi', degilse 'Kalan: N adet'
          Align(
            alignment: Alignment.centerRight,
            child: TextButton(onPressed: onReserve, child: const Text('Bana ayır')),
          ),
        ],
      ),
    );
  }
}
""", r"""
StreamBuilder<int>(
  stream: remainingStream,
  builder: (context, snapshot) {
    if (!snapshot.hasData) return const LinearProgressIndicator();
    final remaining = snapshot.data!;
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 12),
      child: remaining == 0
          ? const Text('Bugünlük tükendi', style: TextStyle(color: Colors.red))
          : Text('Kalan: $remaining adet'),
    );
  },
),
""", ["StreamBuilder", "stream: remainingStream", "hasData | == null | != null | connectionState | case null",
      "LinearProgressIndicator", "Colors.red | Colors.redAccent | colorScheme.error",
      "== 0 | <= 0 | > 0 | < 1 | >= 1 | != 0"],
    must_not=["FutureBuilder", ".first"],
    checks=["literal 'Bugünlük tükendi'", "literal 'Kalan'"])

# ================================================================ argument

row("widgets_layout", "argument", r"""
import 'package:flutter/material.dart';

class MeetingRoom {
  const MeetingRoom({
    required this.name,
    required this.photoUrl,
    required this.capacity,
    required this.creditsPerHour,
  });

  final String name;
  final String photoUrl;
  final int capacity;
  final int creditsPerHour;
}

class MeetingRoomCard extends StatelessWidget {
  const MeetingRoomCard({super.key, required this.room, required this.onTap});

  final MeetingRoom room;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    return Card(
      margin: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
      // köşeler 16 yuvarlak olsun, üstteki fotoğraf da köşelerden taşmasın
      child: InkWell(
        onTap: onTap,
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Image.network(room.photoUrl, height: 140, width: double.infinity, fit: BoxFit.cover),
            Padding(
              padding: const EdgeInsets.all(12),
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text(room.name, style: Theme.of(context).textTheme.titleMedium),
                  Text('${room.capacity} kişi · ${room.creditsPerHour} kredi/saat'),
                ],
              ),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(16)),
clipBehavior: Clip.antiAlias,
""", ["shape", "RoundedRectangleBorder", "BorderRadius.circular | BorderRadius.all | Radius.circular", "clipBehavior",
      "Clip.antiAlias | Clip.hardEdge | Clip.antiAliasWithSaveLayer"],
    must_not=["Clip.none"],
    checks=["literal 16"])

row("lists", "argument", r"""
import 'package:flutter/material.dart';

class Desk {
  const Desk({required this.id, required this.code, required this.zone, required this.hasMonitor, required this.isBooked});

  final String id;
  final String code;
  final String zone;
  final bool hasMonitor;
  final bool isBooked;
}

class DeskPickerSheet extends StatelessWidget {
  const DeskPickerSheet({super.key, required this.desks, required this.onPick});

  final List<Desk> desks;
  final ValueChanged<Desk> onPick;

  static Future<void> show(BuildContext context, List<Desk> desks, ValueChanged<Desk> onPick) {
    return showModalBottomSheet<void>(
      context: context,
      isScrollControlled: true,
      builder: (_) => DeskPickerSheet(desks: desks, onPick: onPick),
    );
  }

  @override
  Widget build(BuildContext context) {
    return DraggableScrollableSheet(
      expand: false,
      builder: (context, scrollController) => ListView.builder(
        controller: scrollController,
        // masalari listele: baslikta kod, altinda bolge; monitorlu masalarin sagina monitor ikonu koy, dolu masalar secilemesin
      ),
    );
  }
}
""", r"""
itemCount: desks.length,
itemBuilder: (context, index) {
  final desk = desks[index];
  return ListTile(
    title: Text(desk.code),
    subtitle: Text(desk.zone),
    trailing: desk.hasMonitor ? const Icon(Icons.desktop_windows) : null,
    enabled: !desk.isBooked,
    onTap: () => onPick(desk),
  );
},
""", ["itemCount", "itemBuilder", "desks.length", "code", "zone", "hasMonitor", "Icon", "isBooked", "onPick"],
    checks=["call ListTile(title, subtitle)"])

row("forms", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class ContactStep extends StatefulWidget {
  const ContactStep({super.key, required this.onPhoneChanged});

  final ValueChanged<String> onPhoneChanged;

  @override
  State<ContactStep> createState() => _ContactStepState();
}

class _ContactStepState extends State<ContactStep> {
  final _phoneController = TextEditingController();

  @override
  void dispose() {
    _phoneController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(16),
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          const Text('Siparişiniz hazır olunca sizi arayalım'),
          const SizedBox(height: 12),
          TextFormField(
            controller: _phoneController,
            decoration: const InputDecoration(labelText: 'Telefon', prefixText: '+90 '),
            // sadece rakam yazılabilsin, en fazla 10 hane; telefon klavyesi açılsın
            validator: (v) => (v ?? '').length == 10 ? null : '10 haneli numara girin',
            onChanged: widget.onPhoneChanged,
          ),
        ],
      ),
    );
  }
}
""", r"""
keyboardType: TextInputType.phone,
inputFormatters: [
  FilteringTextInputFormatter.digitsOnly,
  LengthLimitingTextInputFormatter(10),
],
""", ["keyboardType: TextInputType.phone | keyboardType: TextInputType.number", "inputFormatters",
      "FilteringTextInputFormatter.digitsOnly | FilteringTextInputFormatter.allow", "LengthLimitingTextInputFormatter | maxLength"],
    checks=["literal 10"])

row("state", "argument", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

class BakeryCart extends ChangeNotifier {
  final List<String> _itemIds = [];

  int get itemCount => _itemIds.length;

  void add(String itemId) {
    _itemIds.add(itemId);
    notifyListeners();
  }
}

class BakeryAppBar extends StatelessWidget implements PreferredSizeWidget {
  const BakeryAppBar({super.key, required this.onOpenCart});

  final VoidCallback onOpenCart;

  @override
  Size get preferredSize => const Size.fromHeight(kToolbarHeight);

  @override
  Widget build(BuildContext context) {
    return AppBar(
      title: const Text('Sabah Fırını'),
      actions: [
        Consumer<BakeryCart>(
          // sepetteki ürün sayısı ikonun köşesinde rozet olarak görünsün, sepet boşken rozet çıkmasın
          child: IconButton(
            icon: const Icon(Icons.shopping_basket_outlined),
            onPressed: onOpenCart,
          ),
        ),
      ],
    );
  }
}
""", r"""
builder: (context, cart, child) => Badge(
  isLabelVisible: cart.itemCount > 0,
  label: Text('${cart.itemCount}'),
  child: child,
),
""", ["builder", "Badge | Stack", "itemCount",
      "isLabelVisible | itemCount > 0 | itemCount == 0 | itemCount != 0 | itemCount >= 1 | itemCount < 1"])


ROWS.write()
