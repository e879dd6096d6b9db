"""In-context held-out rows, batch 3 (holdout-c5): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics state, async, forms, lists, widgets_layout
(4 each); app domains a farmers' market app and a hotel-booking app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-c5.py  -> data/in_context/drafts/holdout-c5.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-c5", "holdc5")
row = ROWS.row


# ================================================================ statements

row("state", "statements", r"""
import 'package:flutter/material.dart';

class BasketLine extends StatefulWidget {
  const BasketLine({
    super.key,
    required this.productName,
    required this.unit,
    required this.onChanged,
  });

  final String productName;
  final String unit;
  final ValueChanged<int> onChanged;

  @override
  State<BasketLine> createState() => _BasketLineState();
}

class _BasketLineState extends State<BasketLine> {
  int _quantity = 1;

  void _increase() {
    setState(() => _quantity++);
    widget.onChanged(_quantity);
  }

  void _decrease() {
    // 1'in altina dusmesin; azalinca yeni miktari widget.onChanged ile bildir
  }

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text(widget.productName),
      subtitle: Text('$_quantity ${widget.unit}'),
      trailing: Row(
        mainAxisSize: MainAxisSize.min,
        children: [
          IconButton(icon: const Icon(Icons.remove), onPressed: _decrease),
          IconButton(icon: const Icon(Icons.add), onPressed: _increase),
        ],
      ),
    );
  }
}
""", r"""
if (_quantity <= 1) return;
setState(() => _quantity--);
widget.onChanged(_quantity);
""", ["setState", "widget.onChanged",
      "_quantity <= 1 | _quantity > 1 | _quantity == 1 | _quantity < 2 | _quantity >= 2 | 1 < _quantity"
      " | 1 >= _quantity | clamp"])

row("async", "statements", r"""
import 'package:flutter/material.dart';

class Room {
  const Room({required this.id, required this.name, required this.nightlyPrice});

  final String id;
  final String name;
  final double nightlyPrice;
}

abstract class HotelApi {
  Future<List<Room>> fetchRooms(String hotelId);
}

class RoomListPage extends StatefulWidget {
  const RoomListPage({super.key, required this.api, required this.hotelId});

  final HotelApi api;
  final String hotelId;

  @override
  State<RoomListPage> createState() => _RoomListPageState();
}

class _RoomListPageState extends State<RoomListPage> {
  List<Room> _rooms = const [];
  bool _loading = true;
  String? _error;

  @override
  void initState() {
    super.initState();
    _loadRooms();
  }

  Future<void> _loadRooms() async {
    // odaları getir, hata olursa _error'a 'Odalar yüklenemedi' yaz; her durumda _loading false olsun
  }

  @override
  Widget build(BuildContext context) {
    if (_loading) return const Center(child: CircularProgressIndicator());
    if (_error != null) return Center(child: Text(_error!));
    return ListView.builder(
      itemCount: _rooms.length,
      itemBuilder: (context, index) => ListTile(
        title: Text(_rooms[index].name),
        trailing: Text('${_rooms[index].nightlyPrice.toStringAsFixed(0)} ₺'),
      ),
    );
  }
}
""", r"""
try {
  final rooms = await widget.api.fetchRooms(widget.hotelId);
  if (!mounted) return;
  setState(() => _rooms = rooms);
} catch (_) {
  if (!mounted) return;
  setState(() => _error = 'Odalar yüklenemedi');
} finally {
  if (mounted) setState(() => _loading = false);
}
""", ["widget.api.fetchRooms", "catch | catchError | onError", "_error", "_loading = false", "setState"],
    checks=["literal 'Odalar yüklenemedi'"])

row("forms", "statements", r"""
import 'package:flutter/material.dart';

class Product {
  const Product({required this.name, required this.pricePerKg});

  final String name;
  final double pricePerKg;
}

class NewProductForm extends StatefulWidget {
  const NewProductForm({super.key, required this.onCreate});

  final ValueChanged<Product> onCreate;

  @override
  State<NewProductForm> createState() => _NewProductFormState();
}

class _NewProductFormState extends State<NewProductForm> {
  final _formKey = GlobalKey<FormState>();
  String _name = '';
  double _pricePerKg = 0;

  void _submit() {
    // form gecersizse dur, gecerliyse alanlari kaydet, widget.onCreate'e Product gonder ve 'Ürün eklendi' snackbar goster
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            decoration: const InputDecoration(labelText: 'Ürün adı'),
            validator: (v) => (v == null || v.trim().isEmpty) ? 'Ad gerekli' : null,
            onSaved: (v) => _name = v!.trim(),
          ),
          TextFormField(
            decoration: const InputDecoration(labelText: 'Kg fiyatı'),
            keyboardType: const TextInputType.numberWithOptions(decimal: true),
            validator: (v) => double.tryParse(v ?? '') == null ? 'Geçerli bir fiyat girin' : null,
            onSaved: (v) => _pricePerKg = double.parse(v!),
          ),
          FilledButton(onPressed: _submit, child: const Text('Ekle')),
        ],
      ),
    );
  }
}
""", r"""
if (!_formKey.currentState!.validate()) return;
_formKey.currentState!.save();
widget.onCreate(Product(name: _name, pricePerKg: _pricePerKg));
ScaffoldMessenger.of(context).showSnackBar(
  const SnackBar(content: Text('Ürün eklendi')),
);
""", [".validate", ".save", "widget.onCreate", "Product", "showSnackBar"],
    checks=["call SnackBar(content)", "literal 'Ürün eklendi'"])

row("lists", "statements", r"""
import 'package:flutter/material.dart';

class HotelRoom {
  const HotelRoom({required this.number, required this.price, required this.available});

  final String number;
  final double price;
  final bool available;
}

class RoomPicker extends StatelessWidget {
  const RoomPicker({super.key, required this.rooms, required this.onPick});

  final List<HotelRoom> rooms;
  final ValueChanged<HotelRoom> onPick;

  @override
  Widget build(BuildContext context) {
    final sorted = [...rooms];
    // müsait odalar önce gelsin, kendi içlerinde fiyata göre artan sırala
    return ListView(
      children: [
        for (final room in sorted)
          ListTile(
            enabled: room.available,
            title: Text('Oda ${room.number}'),
            trailing: Text('${room.price.toStringAsFixed(0)} ₺'),
            onTap: () => onPick(room),
          ),
      ],
    );
  }
}
""", r"""
sorted.sort((a, b) {
  if (a.available != b.available) return a.available ? -1 : 1;
  return a.price.compareTo(b.price);
});
""", ["sorted.sort", "available", "price", "compareTo"], must_not=["rooms.sort"])

# ================================================================ callback

row("state", "callback", r"""
import 'package:flutter/material.dart';

enum RoomType { single, double, suite }

class RoomTypeFilter extends StatefulWidget {
  const RoomTypeFilter({super.key});

  @override
  State<RoomTypeFilter> createState() => _RoomTypeFilterState();
}

class _RoomTypeFilterState extends State<RoomTypeFilter> {
  RoomType? _selectedType;

  String _label(RoomType type) => switch (type) {
        RoomType.single => 'Tek kişilik',
        RoomType.double => 'Çift kişilik',
        RoomType.suite => 'Suit',
      };

  @override
  Widget build(BuildContext context) {
    return Wrap(
      spacing: 8,
      children: [
        for (final type in RoomType.values)
          ChoiceChip(
            label: Text(_label(type)),
            selected: _selectedType == type,
            onSelected: (selected) {
              // secilince _selectedType bu tip olsun, secili chip'e tekrar basilirsa filtre kalksin
            },
          ),
      ],
    );
  }
}
""", r"""
setState(() => _selectedType = selected ? type : null);
""", ["setState", "_selectedType", "null"])

row("async", "callback", r"""
import 'package:flutter/material.dart';

class StockItem {
  const StockItem({required this.name, required this.kgLeft});

  final String name;
  final double kgLeft;
}

abstract class StallRepository {
  Future<List<StockItem>> fetchStock();
}

class StockPage extends StatefulWidget {
  const StockPage({super.key, required this.repository, required this.initial});

  final StallRepository repository;
  final List<StockItem> initial;

  @override
  State<StockPage> createState() => _StockPageState();
}

class _StockPageState extends State<StockPage> {
  late List<StockItem> _products = widget.initial;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Tezgâh stoğu')),
      body: RefreshIndicator(
        onRefresh: () async {
          // stoğu yeniden çek ve listeyi güncelle
        },
        child: ListView.builder(
          itemCount: _products.length,
          itemBuilder: (context, index) => ListTile(
            title: Text(_products[index].name),
            trailing: Text('${_products[index].kgLeft} kg'),
          ),
        ),
      ),
    );
  }
}
""", r"""
final products = await widget.repository.fetchStock();
if (!mounted) return;
setState(() => _products = products);
""", ["await | return", "widget.repository.fetchStock", "setState", "_products"])

row("forms", "callback", r"""
import 'package:flutter/material.dart';

class BookingDatesForm extends StatefulWidget {
  const BookingDatesForm({super.key});

  @override
  State<BookingDatesForm> createState() => _BookingDatesFormState();
}

class _BookingDatesFormState extends State<BookingDatesForm> {
  final _checkInController = TextEditingController();
  DateTime? _checkIn;

  String _formatDate(DateTime d) =>
      '${d.day.toString().padLeft(2, '0')}.${d.month.toString().padLeft(2, '0')}.${d.year}';

  @override
  void dispose() {
    _checkInController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(
          controller: _checkInController,
          readOnly: true,
          decoration: const InputDecoration(labelText: 'Giriş tarihi', suffixIcon: Icon(Icons.event)),
          onTap: () async {
            // giris tarihi sectir: bugunden once olmasin, en fazla 1 yil sonrasi; secilince _checkIn ve alan yazisi guncellensin
          },
        ),
        FilledButton(
          onPressed: _checkIn == null ? null : () {},
          child: const Text('Devam'),
        ),
      ],
    );
  }
}
""", r"""
final now = DateTime.now();
final picked = await showDatePicker(
  context: context,
  initialDate: _checkIn ?? now,
  firstDate: now,
  lastDate: now.add(const Duration(days: 365)),
);
if (picked == null || !mounted) return;
setState(() {
  _checkIn = picked;
  _checkInController.text = _formatDate(picked);
});
""", ["showDatePicker", "null", "setState", "_checkIn =", "_checkInController.text"],
    checks=["call showDatePicker(context, firstDate: DateTime.now | DateUtils.dateOnly, lastDate)",
            "literal 365 | 366 | 1 | 12"])

row("widgets_layout", "callback", r"""
import 'package:flutter/material.dart';

class StallMap extends StatelessWidget {
  const StallMap({super.key});

  @override
  Widget build(BuildContext context) => const ColoredBox(color: Color(0xFFE8F5E9));
}

class StallList extends StatelessWidget {
  const StallList({super.key, required this.stalls});

  final List<String> stalls;

  @override
  Widget build(BuildContext context) {
    return ListView(children: [for (final s in stalls) ListTile(title: Text(s))]);
  }
}

class MarketOverviewPage extends StatelessWidget {
  const MarketOverviewPage({super.key, required this.stalls});

  final List<String> stalls;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Pazar yeri')),
      body: LayoutBuilder(
        builder: (context, constraints) {
          // genislik 600'den fazlaysa harita ve listeyi yan yana, degilse alt alta goster
        },
      ),
    );
  }
}
""", r"""
final children = [
  const Expanded(child: StallMap()),
  Expanded(child: StallList(stalls: stalls)),
];
if (constraints.maxWidth > 600) {
  return Row(children: children);
}
return Column(children: children);
""", ["constraints.maxWidth", "Row", "Column", "Expanded | Flexible", "StallMap", "StallList"],
    checks=["literal 600"])

# ================================================================ class_body

row("state", "class_body", r"""
import 'package:flutter/foundation.dart';

class RoomBooking {
  const RoomBooking({required this.roomId, required this.nights, required this.nightlyPrice});

  final String roomId;
  final int nights;
  final double nightlyPrice;

  double get total => nights * nightlyPrice;
}

class BookingCart extends ChangeNotifier {
  final List<RoomBooking> _items = [];

  List<RoomBooking> get items => List.unmodifiable(_items);

  double get total => _items.fold(0, (sum, b) => sum + b.total);

  // addRoom metodu: ayni oda (roomId) zaten sepetteyse ekleme, yoksa ekle ve dinleyicilere haber ver

  void clear() {
    _items.clear();
    notifyListeners();
  }
}
""", r"""
void addRoom(RoomBooking booking) {
  if (_items.any((b) => b.roomId == booking.roomId)) return;
  _items.add(booking);
  notifyListeners();
}
""", ["addRoom", "roomId", "_items.add", "notifyListeners"])

row("async", "class_body", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class LivePricesBoard extends StatefulWidget {
  const LivePricesBoard({super.key, required this.priceStream});

  final Stream<Map<String, double>> priceStream;

  @override
  State<LivePricesBoard> createState() => _LivePricesBoardState();
}

class _LivePricesBoardState extends State<LivePricesBoard> {
  Map<String, double> _prices = const {};

  // widget.priceStream'i dinleyip _prices'i guncelle, sayfa kapaninca aboneligi iptal et

  @override
  Widget build(BuildContext context) {
    final entries = _prices.entries.toList()..sort((a, b) => a.key.compareTo(b.key));
    return ListView(
      children: [
        for (final e in entries)
          ListTile(
            title: Text(e.key),
            trailing: Text('${e.value.toStringAsFixed(2)} ₺/kg'),
          ),
      ],
    );
  }
}
""", r"""
late final StreamSubscription<Map<String, double>> _subscription;

@override
void initState() {
  super.initState();
  _subscription = widget.priceStream.listen((prices) {
    setState(() => _prices = prices);
  });
}

@override
void dispose() {
  _subscription.cancel();
  super.dispose();
}
""", ["initState", "widget.priceStream.listen", "setState", "_prices", "dispose", ".cancel"])

row("lists", "class_body", r"""
import 'package:flutter/material.dart';

class MarketProduct {
  const MarketProduct({required this.name, required this.stockKg, required this.pricePerKg});

  final String name;
  final double stockKg;
  final double pricePerKg;
}

class Stall {
  const Stall({required this.farmer, required this.products});

  final String farmer;
  final List<MarketProduct> products;

  // availableProducts getter'i: stoğu olan ürünler, isme göre alfabetik
}

class StallCard extends StatelessWidget {
  const StallCard({super.key, required this.stall});

  final Stall stall;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          ListTile(title: Text(stall.farmer)),
          for (final p in stall.availableProducts)
            ListTile(dense: true, title: Text(p.name), trailing: Text('${p.pricePerKg} ₺')),
        ],
      ),
    );
  }
}
""", r"""
List<MarketProduct> get availableProducts =>
    products.where((p) => p.stockKg > 0).toList()..sort((a, b) => a.name.compareTo(b.name));
""", ["get availableProducts", "where | removeWhere | retainWhere", "stockKg", "sort", "compareTo"])

row("widgets_layout", "class_body", r"""
import 'package:flutter/material.dart';

class RoomDetails {
  const RoomDetails({required this.title, required this.hasWifi, required this.hasBreakfast});

  final String title;
  final bool hasWifi;
  final bool hasBreakfast;
}

class RoomCard extends StatelessWidget {
  const RoomCard({super.key, required this.room});

  final RoomDetails room;

  // _amenityChip nasil yazilir? ikon ve yazi yan yana, arada 4 piksel, sadece icerigi kadar yer kaplasin

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(12),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(room.title, style: Theme.of(context).textTheme.titleMedium),
            const SizedBox(height: 8),
            Wrap(
              spacing: 12,
              runSpacing: 4,
              children: [
                if (room.hasWifi) _amenityChip(Icons.wifi, 'Wi-Fi'),
                if (room.hasBreakfast) _amenityChip(Icons.free_breakfast, 'Kahvaltı'),
                _amenityChip(Icons.ac_unit, 'Klima'),
              ],
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
Widget _amenityChip(IconData icon, String label) {
  return Row(
    mainAxisSize: MainAxisSize.min,
    children: [
      Icon(icon, size: 16),
      const SizedBox(width: 4),
      Text(label),
    ],
  );
}
""", ["_amenityChip", "Row", "MainAxisSize.min", "Icon", "Text", "SizedBox | Padding | spacing"],
    checks=["literal 4"])

# ================================================================ element

row("state", "element", r"""
import 'package:flutter/material.dart';

class Produce {
  const Produce({required this.name, required this.organic});

  final String name;
  final bool organic;
}

class ProduceListPage extends StatefulWidget {
  const ProduceListPage({super.key, required this.items});

  final List<Produce> items;

  @override
  State<ProduceListPage> createState() => _ProduceListPageState();
}

class _ProduceListPageState extends State<ProduceListPage> {
  bool _organicOnly = false;

  @override
  Widget build(BuildContext context) {
    final visible = _organicOnly ? widget.items.where((p) => p.organic).toList() : widget.items;
    return Column(
      children: [
        // "sadece organik" anahtarı, _organicOnly'ye bağlı olsun
        Expanded(
          child: ListView(
            children: [for (final p in visible) ListTile(title: Text(p.name))],
          ),
        ),
      ],
    );
  }
}
""", r"""
SwitchListTile(
  title: const Text('Sadece organik'),
  value: _organicOnly,
  onChanged: (value) => setState(() => _organicOnly = value),
),
""", ["_organicOnly", "setState"],
    checks=["call Switch | SwitchListTile | Switch.adaptive | SwitchListTile.adaptive(value, onChanged)"])

row("forms", "element", r"""
import 'package:flutter/material.dart';

class GuestInfoForm extends StatefulWidget {
  const GuestInfoForm({super.key, required this.onConfirm});

  final void Function(String name, String email) onConfirm;

  @override
  State<GuestInfoForm> createState() => _GuestInfoFormState();
}

class _GuestInfoFormState extends State<GuestInfoForm> {
  final _formKey = GlobalKey<FormState>();
  final _nameController = TextEditingController();
  final _emailController = TextEditingController();

  @override
  void dispose() {
    _nameController.dispose();
    _emailController.dispose();
    super.dispose();
  }

  void _confirm() {
    if (_formKey.currentState!.validate()) {
      widget.onConfirm(_nameController.text.trim(), _emailController.text.trim());
    }
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _nameController,
            decoration: const InputDecoration(labelText: 'Ad soyad'),
            validator: (v) => (v == null || v.trim().isEmpty) ? 'Ad soyad gerekli' : null,
          ),
          // e-posta alanı: boşsa 'E-posta gerekli', @ yoksa 'Geçersiz e-posta' hatası versin
          FilledButton(onPressed: _confirm, child: const Text('Rezervasyonu tamamla')),
        ],
      ),
    );
  }
}
""", r"""
TextFormField(
  controller: _emailController,
  keyboardType: TextInputType.emailAddress,
  decoration: const InputDecoration(labelText: 'E-posta'),
  validator: (value) {
    if (value == null || value.trim().isEmpty) return 'E-posta gerekli';
    if (!value.contains('@')) return 'Geçersiz e-posta';
    return null;
  },
),
""", ["_emailController", "isEmpty | isNotEmpty | length == 0", "contains | RegExp | hasMatch"],
    checks=["call TextFormField(controller, validator)", "literal 'E-posta gerekli'", "literal 'Geçersiz e-posta'"])

row("lists", "element", r"""
import 'package:flutter/material.dart';

class Reservation {
  const Reservation({required this.guestName, required this.roomNumber, required this.nights});

  final String guestName;
  final String roomNumber;
  final int nights;
}

class TodayReservations extends StatelessWidget {
  const TodayReservations({super.key, required this.reservations});

  final List<Reservation> reservations;

  @override
  Widget build(BuildContext context) {
    return ListView(
      padding: const EdgeInsets.all(16),
      children: [
        Text('Bugünkü girişler', style: Theme.of(context).textTheme.titleLarge),
        const SizedBox(height: 12),
        // rezervasyon yoksa 'Henüz rezervasyon yok' yazsın, varsa her biri için ListTile
      ],
    );
  }
}
""", r"""
if (reservations.isEmpty)
  const Center(child: Text('Henüz rezervasyon yok'))
else
  for (final r in reservations)
    ListTile(
      title: Text(r.guestName),
      subtitle: Text('Oda ${r.roomNumber} · ${r.nights} gece'),
    ),
""", ["isEmpty | isNotEmpty | length == 0", "for | .map", "ListTile"],
    checks=["literal 'Henüz rezervasyon yok'"])

row("widgets_layout", "element", r"""
import 'package:flutter/material.dart';

class FarmProduct {
  const FarmProduct({required this.name, required this.imageUrl, required this.isOrganic});

  final String name;
  final String imageUrl;
  final bool isOrganic;
}

class ProductTile extends StatelessWidget {
  const ProductTile({super.key, required this.product});

  final FarmProduct product;

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        AspectRatio(
          aspectRatio: 4 / 3,
          child: Stack(
            fit: StackFit.expand,
            children: [
              Image.network(product.imageUrl, fit: BoxFit.cover),
              // urun organikse sag ust koseye 8 piksel iceriden yesil bir 'Organik' etiketi koy
            ],
          ),
        ),
        Text(product.name),
      ],
    );
  }
}
""", r"""
if (product.isOrganic)
  Positioned(
    top: 8,
    right: 8,
    child: Container(
      padding: const EdgeInsets.symmetric(horizontal: 6, vertical: 2),
      decoration: BoxDecoration(
        color: Colors.green,
        borderRadius: BorderRadius.circular(4),
      ),
      child: const Text('Organik', style: TextStyle(color: Colors.white)),
    ),
  ),
""", ["product.isOrganic", "Positioned | Align", "right | topRight | end | topEnd",
      "Colors.green | Colors.lightGreen | Colors.greenAccent"],
    checks=["literal 'Organik'", "literal 8"])

# ================================================================ argument

row("async", "argument", r"""
import 'package:flutter/material.dart';

class AvailabilityBadge extends StatelessWidget {
  const AvailabilityBadge({super.key, required this.count});

  final int count;

  @override
  Widget build(BuildContext context) {
    return Chip(label: Text(count == 0 ? 'Dolu' : '$count oda boş'));
  }
}

class AvailabilityBox extends StatefulWidget {
  const AvailabilityBox({super.key, required this.loadAvailability});

  final Future<int> Function() loadAvailability;

  @override
  State<AvailabilityBox> createState() => _AvailabilityBoxState();
}

class _AvailabilityBoxState extends State<AvailabilityBox> {
  late final Future<int> _availabilityFuture = widget.loadAvailability();

  @override
  Widget build(BuildContext context) {
    return FutureBuilder(
      future: _availabilityFuture,
      // yuklenirken donen cark, hata varsa 'Müsaitlik alınamadı', veri gelince AvailabilityBadge goster
    );
  }
}
""", r"""
builder: (context, snapshot) {
  if (snapshot.hasError) {
    return const Text('Müsaitlik alınamadı');
  }
  if (!snapshot.hasData) {
    return const Center(child: CircularProgressIndicator());
  }
  return AvailabilityBadge(count: snapshot.data!);
},
""", ["builder", "CircularProgressIndicator", ".hasError | .error", ".data | .requireData", "AvailabilityBadge"],
    checks=["literal 'Müsaitlik alınamadı'"])

row("forms", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class PriceField extends StatelessWidget {
  const PriceField({super.key, required this.controller});

  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: controller,
      keyboardType: const TextInputType.numberWithOptions(decimal: true),
      decoration: const InputDecoration(labelText: 'Kg fiyatı', suffixText: '₺'),
      // sadece rakam ve nokta yazilabilsin, en fazla 6 karakter
    );
  }
}
""", r"""
inputFormatters: [
  FilteringTextInputFormatter.allow(RegExp(r'[0-9.]')),
  LengthLimitingTextInputFormatter(6),
],
""", ["inputFormatters", "FilteringTextInputFormatter.allow | FilteringTextInputFormatter.deny",
      "LengthLimitingTextInputFormatter | maxLength"],
    must_not=["FilteringTextInputFormatter.digitsOnly"],
    checks=["literal 6"])

row("lists", "argument", r"""
import 'package:flutter/material.dart';

class Guest {
  const Guest({required this.name, required this.room});

  final String name;
  final String room;
}

class GuestList extends StatelessWidget {
  const GuestList({super.key, required this.guests});

  final List<Guest> guests;

  @override
  Widget build(BuildContext context) {
    return ListView.separated(
      itemCount: guests.length,
      itemBuilder: (context, index) => ListTile(
        leading: CircleAvatar(child: Text(guests[index].name[0])),
        title: Text(guests[index].name),
        subtitle: Text('Oda ${guests[index].room}'),
      ),
      // satırların arasına soldan 72 piksel içeriden başlayan ince çizgi koy
    );
  }
}
""", r"""
separatorBuilder: (context, index) => const Divider(height: 1, indent: 72),
""", ["separatorBuilder", "Divider"], checks=["literal 72"])

row("widgets_layout", "argument", r"""
import 'package:flutter/material.dart';

class SuiteInfo {
  const SuiteInfo({required this.name, required this.description});

  final String name;
  final String description;
}

class SuiteSummary extends StatelessWidget {
  const SuiteSummary({super.key, required this.suite});

  final SuiteInfo suite;

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Text(suite.name, style: Theme.of(context).textTheme.titleMedium),
        Text(
          suite.description,
          // aciklama en fazla 3 satir olsun, tasarsa ... ile bitsin
        ),
      ],
    );
  }
}
""", r"""
maxLines: 3,
overflow: TextOverflow.ellipsis,
""", ["maxLines", "TextOverflow.ellipsis"], checks=["literal 3"])


if __name__ == "__main__":
    ROWS.write()
