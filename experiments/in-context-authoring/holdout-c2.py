"""In-context held-out rows, batch 3 (holdout-c2): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics navigation, state, async, http_json
(5 rows each, one per position), app domains ride-sharing and event tickets.

Run: .venv/bin/python experiments/in-context-authoring/holdout-c2.py  -> data/in_context/drafts/holdout-c2.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-c2", "holdc2")
row = ROWS.row


# ================================================================ statements

row("navigation", "statements", r"""
import 'package:flutter/material.dart';

import '../models/event.dart';
import '../services/booking_service.dart';

class CheckoutPage extends StatefulWidget {
  const CheckoutPage({super.key, required this.event, required this.bookingService});

  final Event event;
  final BookingService bookingService;

  @override
  State<CheckoutPage> createState() => _CheckoutPageState();
}

class _CheckoutPageState extends State<CheckoutPage> {
  bool _paying = false;

  Future<void> _confirm() async {
    setState(() => _paying = true);
    try {
      await widget.bookingService.book(widget.event.id);
    } finally {
      if (mounted) setState(() => _paying = false);
    }
    // ödeme bitti, geri tuşu checkout'a dönmesin: tüm sayfaları kaldırıp '/tickets' e git
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.event.title)),
      body: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            Text(widget.event.venue, style: Theme.of(context).textTheme.titleMedium),
            const SizedBox(height: 8),
            Text('${widget.event.price.toStringAsFixed(2)} ₺'),
            const Spacer(),
            FilledButton(
              onPressed: _paying ? null : _confirm,
              child: _paying ? const CircularProgressIndicator() : const Text('Ödemeyi Onayla'),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
if (!mounted) return;
Navigator.of(context).pushNamedAndRemoveUntil('/tickets', (route) => false);
""", ["pushNamedAndRemoveUntil", "=> false", "mounted"],
    must_not=["ModalRoute.withName", "pushReplacementNamed"],
    checks=["literal '/tickets'"])

row("state", "statements", r"""
import 'package:flutter/material.dart';

class PromoCodeSection extends StatefulWidget {
  const PromoCodeSection({super.key});

  @override
  State<PromoCodeSection> createState() => _PromoCodeSectionState();
}

class _PromoCodeSectionState extends State<PromoCodeSection> {
  final _promoController = TextEditingController();
  final List<String> _appliedCodes = [];

  void _applyPromo() {
    // kod bossa ya da zaten ekliyse hicbir sey yapma; degilse buyuk harfe cevirip listeye ekle ve kutuyu temizle
  }

  @override
  void dispose() {
    _promoController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Row(
          children: [
            Expanded(
              child: TextField(
                controller: _promoController,
                textCapitalization: TextCapitalization.characters,
                decoration: const InputDecoration(labelText: 'Promosyon kodu'),
              ),
            ),
            TextButton(onPressed: _applyPromo, child: const Text('Uygula')),
          ],
        ),
        Wrap(
          spacing: 8,
          children: [
            for (final code in _appliedCodes)
              Chip(
                label: Text(code),
                avatar: const Icon(Icons.local_offer, size: 16),
              ),
          ],
        ),
      ],
    );
  }
}
""", r"""
final code = _promoController.text.trim().toUpperCase();
if (code.isEmpty || _appliedCodes.contains(code)) return;
setState(() => _appliedCodes.add(code));
_promoController.clear();
""", ["isEmpty | isNotEmpty | length == 0", "contains | .any(", "toUpperCase",
      "_promoController.clear | _promoController.text ="],
    checks=["call setState > .add"])

row("async", "statements", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class SeatHoldBanner extends StatefulWidget {
  const SeatHoldBanner({super.key, required this.onExpired});

  final VoidCallback onExpired;

  @override
  State<SeatHoldBanner> createState() => _SeatHoldBannerState();
}

class _SeatHoldBannerState extends State<SeatHoldBanner> {
  Timer? _timer;
  int _secondsLeft = 600;

  @override
  void initState() {
    super.initState();
    _startCountdown();
  }

  void _startCountdown() {
    // her saniye _secondsLeft'i bir azalt; 0 olunca timer'i durdur ve widget.onExpired'i cagir
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final minutes = (_secondsLeft ~/ 60).toString().padLeft(2, '0');
    final seconds = (_secondsLeft % 60).toString().padLeft(2, '0');
    return Container(
      padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 10),
      color: _secondsLeft < 60 ? Colors.red.shade100 : Colors.amber.shade100,
      child: Row(
        children: [
          const Icon(Icons.timer_outlined),
          const SizedBox(width: 8),
          Expanded(child: Text('Koltukların $minutes:$seconds boyunca senin için ayrıldı')),
        ],
      ),
    );
  }
}
""", r"""
_timer = Timer.periodic(const Duration(seconds: 1), (timer) {
  if (_secondsLeft <= 1) {
    timer.cancel();
    setState(() => _secondsLeft = 0);
    widget.onExpired();
    return;
  }
  setState(() => _secondsLeft--);
});
""", ["_timer = Timer.periodic", "seconds: 1 | milliseconds: 1000", ".cancel()", "widget.onExpired", "setState",
      "_secondsLeft-- | _secondsLeft -= 1 | --_secondsLeft | _secondsLeft - 1"],
    must_not=["Future.delayed"])

row("http_json", "statements", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

class Ride {
  const Ride({required this.id, required this.pickup, required this.dropoff, required this.fare});

  factory Ride.fromJson(Map<String, dynamic> map) => Ride(
        id: map['id'] as String,
        pickup: map['pickup'] as String,
        dropoff: map['dropoff'] as String,
        fare: (map['fare'] as num).toDouble(),
      );

  final String id;
  final String pickup;
  final String dropoff;
  final double fare;
}

class RideApi {
  RideApi(this._client, {required this.baseUrl});

  final http.Client _client;
  final String baseUrl;

  Future<List<Ride>> fetchRides(String token) async {
    final response = await _client.get(
      Uri.parse('$baseUrl/rides'),
      headers: {'Authorization': 'Bearer $token'},
    );
    // 200 degilse status koduyla Exception at, yoksa body'deki listeyi Ride'a cevirip dondur
  }

  void close() => _client.close();
}
""", r"""
if (response.statusCode != 200) {
  throw Exception('Yolculuklar alınamadı: ${response.statusCode}');
}
final data = jsonDecode(response.body) as List<dynamic>;
return data.map((e) => Ride.fromJson(e as Map<String, dynamic>)).toList();
""", ["statusCode", "throw", "jsonDecode | json.decode", "Ride.fromJson", "toList | List.from | List<Ride>.from | for ("],
    checks=["literal 200"])


# ================================================================ callback

row("navigation", "callback", r"""
import 'package:flutter/material.dart';

import '../models/ride.dart';
import 'ride_detail_page.dart';

class RideHistoryPage extends StatefulWidget {
  const RideHistoryPage({super.key, required this.loadRides});

  final Future<List<Ride>> Function() loadRides;

  @override
  State<RideHistoryPage> createState() => _RideHistoryPageState();
}

class _RideHistoryPageState extends State<RideHistoryPage> {
  List<Ride> _rides = [];
  bool _loading = true;

  @override
  void initState() {
    super.initState();
    _refresh();
  }

  Future<void> _refresh() async {
    setState(() => _loading = true);
    final rides = await widget.loadRides();
    if (!mounted) return;
    setState(() {
      _rides = rides;
      _loading = false;
    });
  }

  @override
  Widget build(BuildContext context) {
    if (_loading) {
      return const Center(child: CircularProgressIndicator());
    }
    return ListView.builder(
      itemCount: _rides.length,
      itemBuilder: (context, index) {
        final ride = _rides[index];
        return ListTile(
          leading: const Icon(Icons.local_taxi),
          title: Text('${ride.pickup} → ${ride.dropoff}'),
          subtitle: Text('${ride.fare.toStringAsFixed(2)} ₺'),
          onTap: () async {
            // RideDetailPage'i ride ile ac, geri donerken true gelirse listeyi yenile
          },
        );
      },
    );
  }
}
""", r"""
final changed = await Navigator.push<bool>(
  context,
  MaterialPageRoute(builder: (_) => RideDetailPage(ride: ride)),
);
if (changed == true) {
  await _refresh();
}
""", ["Navigator.push | .push( | .push<", "MaterialPageRoute | CupertinoPageRoute | PageRouteBuilder", "RideDetailPage(",
      "await | .then(", "_refresh", "== true | ?? false | != true"],
    must_not=["pushReplacement"])

row("state", "callback", r"""
import 'package:flutter/material.dart';

class SeatPicker extends StatefulWidget {
  const SeatPicker({super.key, required this.seats, required this.takenSeats});

  final List<String> seats;
  final Set<String> takenSeats;

  @override
  State<SeatPicker> createState() => _SeatPickerState();
}

class _SeatPickerState extends State<SeatPicker> {
  final Set<String> _selected = {};

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Expanded(
          child: GridView.builder(
            padding: const EdgeInsets.all(12),
            gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
              crossAxisCount: 8,
              mainAxisSpacing: 6,
              crossAxisSpacing: 6,
            ),
            itemCount: widget.seats.length,
            itemBuilder: (context, index) {
              final seat = widget.seats[index];
              final taken = widget.takenSeats.contains(seat);
              final selected = _selected.contains(seat);
              return InkWell(
                onTap: taken
                    ? null
                    : () {
                        // seciliyse secimi kaldir, degilse ekle ama en fazla 4 koltuk secilebilsin
                      },
                child: Container(
                  alignment: Alignment.center,
                  decoration: BoxDecoration(
                    color: taken ? Colors.grey : (selected ? Colors.teal : Colors.white),
                    border: Border.all(color: Colors.teal),
                    borderRadius: BorderRadius.circular(4),
                  ),
                  child: Text(seat, style: const TextStyle(fontSize: 11)),
                ),
              );
            },
          ),
        ),
        Padding(
          padding: const EdgeInsets.all(12),
          child: Text('Seçilen: ${_selected.length} koltuk'),
        ),
      ],
    );
  }
}
""", r"""
setState(() {
  if (selected) {
    _selected.remove(seat);
  } else if (_selected.length < 4) {
    _selected.add(seat);
  }
});
""", ["setState", ".remove(", ".add(", "< 4 | >= 4 | == 4 | > 3"],
    checks=["call setState > .add", "call setState > .remove"])

row("async", "callback", r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/driver.dart';
import '../services/ride_service.dart';

class RequestRideButton extends StatefulWidget {
  const RequestRideButton({super.key, required this.rideService, required this.onDriverFound});

  final RideService rideService;
  final ValueChanged<Driver> onDriverFound;

  @override
  State<RequestRideButton> createState() => _RequestRideButtonState();
}

class _RequestRideButtonState extends State<RequestRideButton> {
  bool _searching = false;

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      width: double.infinity,
      child: FilledButton.icon(
        icon: _searching
            ? const SizedBox(width: 18, height: 18, child: CircularProgressIndicator(strokeWidth: 2))
            : const Icon(Icons.local_taxi),
        label: Text(_searching ? 'Sürücü aranıyor…' : 'Yolculuk Çağır'),
        onPressed: _searching
            ? null
            : () async {
                setState(() => _searching = true);
                // findDriver en fazla 30 sn beklensin; bulunursa onDriverFound'a ver, süre dolarsa 'Sürücü bulunamadı' snackbar'ı
                if (mounted) setState(() => _searching = false);
              },
      ),
    );
  }
}
""", r"""
try {
  final driver = await widget.rideService.findDriver().timeout(const Duration(seconds: 30));
  widget.onDriverFound(driver);
} on TimeoutException {
  if (mounted) {
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('Sürücü bulunamadı')),
    );
  }
}
""", ["findDriver", ".timeout(", "TimeoutException | on Exception | catch (", "widget.onDriverFound", "showSnackBar",
      "mounted"],
    checks=["literal 30 | 30000", "literal 'Surucu bulunamadi'"])

row("http_json", "callback", r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;

import '../models/event.dart';

const apiBase = 'https://api.biletcik.app/v1';

class BuyTicketSheet extends StatefulWidget {
  const BuyTicketSheet({super.key, required this.event});

  final Event event;

  @override
  State<BuyTicketSheet> createState() => _BuyTicketSheetState();
}

class _BuyTicketSheetState extends State<BuyTicketSheet> {
  int _quantity = 1;
  bool _sending = false;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(24),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          Text(widget.event.title, style: Theme.of(context).textTheme.titleLarge),
          Slider(
            value: _quantity.toDouble(),
            min: 1,
            max: 6,
            divisions: 5,
            label: '$_quantity',
            onChanged: (v) => setState(() => _quantity = v.round()),
          ),
          FilledButton(
            onPressed: _sending
                ? null
                : () async {
                    setState(() => _sending = true);
                    // $apiBase/orders'a eventId ve quantity'yi JSON olarak POST et, 201 donerse sheet'i true ile kapat
                    if (mounted) setState(() => _sending = false);
                  },
            child: const Text('Satın Al'),
          ),
        ],
      ),
    );
  }
}
""", r"""
final response = await http.post(
  Uri.parse('$apiBase/orders'),
  headers: {'Content-Type': 'application/json'},
  body: jsonEncode({'eventId': widget.event.id, 'quantity': _quantity}),
);
if (!mounted) return;
if (response.statusCode == 201) {
  Navigator.pop(context, true);
}
""", [".post(", "jsonEncode | json.encode", "mounted", "Navigator.pop | .pop(", "true"],
    checks=["call .post(headers, body)", "literal 'application/json'", "literal '/orders'", "literal 'eventId'",
            "literal 'quantity'", "literal 201"])


# ================================================================ class_body

row("navigation", "class_body", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import '../models/event.dart';

class EventListView extends StatelessWidget {
  const EventListView({super.key, required this.events});

  final List<Event> events;

  // _openEvent'i yaz: go_router ile /events/<id> sayfasini acsin, geri tusu bu listeye donebilsin

  @override
  Widget build(BuildContext context) {
    if (events.isEmpty) {
      return const Center(child: Text('Yaklaşan etkinlik yok'));
    }
    return ListView.separated(
      itemCount: events.length,
      separatorBuilder: (_, __) => const Divider(height: 1),
      itemBuilder: (context, index) {
        final event = events[index];
        return ListTile(
          title: Text(event.title),
          subtitle: Text('${event.venue} · ${event.city}'),
          trailing: const Icon(Icons.chevron_right),
          onTap: () => _openEvent(context, event),
        );
      },
    );
  }
}
""", r"""
void _openEvent(BuildContext context, Event event) {
  context.push('/events/${event.id}');
}
""", ["_openEvent", "context.push | GoRouter.of(context).push", "event.id"],
    must_not=["context.go", ".go(", "pushReplacement"],
    checks=["literal '/events/'"])

row("state", "class_body", r"""
import 'package:flutter/foundation.dart';

enum VehicleType { standard, comfort, xl }

class RideRequestModel extends ChangeNotifier {
  String? _pickup;
  String? _dropoff;
  VehicleType _vehicle = VehicleType.standard;

  String? get pickup => _pickup;
  String? get dropoff => _dropoff;
  VehicleType get vehicle => _vehicle;

  bool get canRequest => _pickup != null && _dropoff != null;

  void setPickup(String address) {
    _pickup = address;
    notifyListeners();
  }

  void setDropoff(String address) {
    _dropoff = address;
    notifyListeners();
  }

  void selectVehicle(VehicleType type) {
    if (type == _vehicle) return;
    _vehicle = type;
    notifyListeners();
  }

  // yolculuk bitince cagrilacak reset(): adresleri sil, arac tipini standard'a dondur, dinleyenlere haber ver
}
""", r"""
void reset() {
  _pickup = null;
  _dropoff = null;
  _vehicle = VehicleType.standard;
  notifyListeners();
}
""", ["reset", "_pickup = null", "_dropoff = null", "_vehicle = VehicleType.standard", "notifyListeners"])

row("async", "class_body", r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/event.dart';
import '../services/event_api.dart';

class EventSearchPage extends StatefulWidget {
  const EventSearchPage({super.key, required this.api});

  final EventApi api;

  @override
  State<EventSearchPage> createState() => _EventSearchPageState();
}

class _EventSearchPageState extends State<EventSearchPage> {
  Timer? _debounce;
  List<Event> _results = [];

  Future<void> _search(String query) async {
    final results = await widget.api.search(query);
    if (!mounted) return;
    setState(() => _results = results);
  }

  // _onSearchChanged: her harfte istek atmasin, kullanici 400 ms yazmayi birakinca _search cagrilsin

  @override
  void dispose() {
    _debounce?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: TextField(
          autofocus: true,
          decoration: const InputDecoration(hintText: 'Konser, tiyatro, festival…', border: InputBorder.none),
          onChanged: _onSearchChanged,
        ),
      ),
      body: ListView.builder(
        itemCount: _results.length,
        itemBuilder: (context, index) => ListTile(
          title: Text(_results[index].title),
          subtitle: Text(_results[index].venue),
        ),
      ),
    );
  }
}
""", r"""
void _onSearchChanged(String query) {
  _debounce?.cancel();
  _debounce = Timer(const Duration(milliseconds: 400), () => _search(query));
}
""", ["_onSearchChanged", ".cancel()", "_debounce = Timer(", "_search("],
    must_not=["Timer.periodic", "Future.delayed"],
    checks=["literal 400"])

row("http_json", "class_body", r"""
import 'package:flutter/foundation.dart';

@immutable
class Driver {
  const Driver({
    required this.id,
    required this.name,
    required this.rating,
    required this.joinedAt,
    this.photoUrl,
  });

  final String id;
  final String name;
  final double rating;
  final DateTime joinedAt;
  final String? photoUrl;

  // api'den gelen json icin fromJson factory; rating bazen int geliyor, joined_at ISO tarih string

  Map<String, dynamic> toJson() => {
        'id': id,
        'name': name,
        'rating': rating,
        'joined_at': joinedAt.toIso8601String(),
        'photo_url': photoUrl,
      };

  String get initials =>
      name.split(' ').where((part) => part.isNotEmpty).map((part) => part[0]).join().toUpperCase();
}
""", r"""
factory Driver.fromJson(Map<String, dynamic> json) {
  return Driver(
    id: json['id'] as String,
    name: json['name'] as String,
    rating: (json['rating'] as num).toDouble(),
    joinedAt: DateTime.parse(json['joined_at'] as String),
    photoUrl: json['photo_url'] as String?,
  );
}
""", ["Driver.fromJson", "toDouble", "DateTime.parse | DateTime.tryParse"],
    must_not=["as double"],
    checks=["literal 'joined_at'", "literal 'photo_url'"])


# ================================================================ element

row("navigation", "element", r"""
import 'package:flutter/material.dart';

class RiderDrawer extends StatelessWidget {
  const RiderDrawer({super.key, required this.riderName, required this.phone});

  final String riderName;
  final String phone;

  @override
  Widget build(BuildContext context) {
    return Drawer(
      child: ListView(
        padding: EdgeInsets.zero,
        children: [
          UserAccountsDrawerHeader(
            accountName: Text(riderName),
            accountEmail: Text(phone),
            currentAccountPicture: const CircleAvatar(child: Icon(Icons.person)),
          ),
          ListTile(
            leading: const Icon(Icons.history),
            title: const Text('Yolculuklarım'),
            onTap: () => Navigator.pushNamed(context, '/rides'),
          ),
          // odeme yontemleri satiri ekle: once drawer kapansin sonra /payments acilsin
          const Divider(),
          ListTile(
            leading: const Icon(Icons.logout),
            title: const Text('Çıkış Yap'),
            onTap: () => Navigator.pushNamedAndRemoveUntil(context, '/login', (route) => false),
          ),
        ],
      ),
    );
  }
}
""", r"""
ListTile(
  leading: const Icon(Icons.payment),
  title: const Text('Ödeme Yöntemleri'),
  onTap: () {
    Navigator.pop(context);
    Navigator.pushNamed(context, '/payments');
  },
),
""", ["ListTile", "Navigator.pop | .pop( | closeDrawer | popAndPushNamed", "pushNamed | popAndPushNamed"],
    checks=["call ListTile(onTap)", "literal '/payments'"])

row("state", "element", r"""
import 'package:flutter/material.dart';

class TicketQuantityPicker extends StatefulWidget {
  const TicketQuantityPicker({super.key, required this.unitPrice, required this.maxQuantity});

  final double unitPrice;
  final int maxQuantity;

  @override
  State<TicketQuantityPicker> createState() => _TicketQuantityPickerState();
}

class _TicketQuantityPickerState extends State<TicketQuantityPicker> {
  int _quantity = 1;

  @override
  Widget build(BuildContext context) {
    final total = widget.unitPrice * _quantity;
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        Row(
          mainAxisAlignment: MainAxisAlignment.center,
          children: [
            // eksi butonu: adedi bir azaltsin, 1'in altina inmesin
            SizedBox(
              width: 48,
              child: Text(
                '$_quantity',
                textAlign: TextAlign.center,
                style: Theme.of(context).textTheme.headlineSmall,
              ),
            ),
            IconButton(
              icon: const Icon(Icons.add),
              onPressed: _quantity < widget.maxQuantity ? () => setState(() => _quantity++) : null,
            ),
          ],
        ),
        Text('Toplam: ${total.toStringAsFixed(2)} ₺'),
      ],
    );
  }
}
""", r"""
IconButton(
  icon: const Icon(Icons.remove),
  onPressed: _quantity > 1 ? () => setState(() => _quantity--) : null,
),
""", ["IconButton", "_quantity-- | _quantity -= 1 | --_quantity | _quantity - 1",
      "> 1 | <= 1 | >= 2 | < 2 | == 1 | max(1 | clamp(1"],
    checks=["call setState"])

row("async", "element", r"""
import 'package:flutter/material.dart';

import '../models/ride.dart';
import '../services/eta_service.dart';

class ActiveRideCard extends StatefulWidget {
  const ActiveRideCard({super.key, required this.ride, required this.etaService});

  final Ride ride;
  final EtaService etaService;

  @override
  State<ActiveRideCard> createState() => _ActiveRideCardState();
}

class _ActiveRideCardState extends State<ActiveRideCard> {
  late final Future<int> _etaFuture;

  @override
  void initState() {
    super.initState();
    _etaFuture = widget.etaService.minutesToPickup(widget.ride.id);
  }

  @override
  Widget build(BuildContext context) {
    return Card(
      margin: const EdgeInsets.all(16),
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(widget.ride.driverName, style: Theme.of(context).textTheme.titleLarge),
            Text('${widget.ride.carModel} · ${widget.ride.plate}'),
            const SizedBox(height: 12),
            // _etaFuture gelince 'Varış: X dk' yaz, beklerken CircularProgressIndicator, hata olursa 'Hesaplanamadı'
          ],
        ),
      ),
    );
  }
}
""", r"""
FutureBuilder<int>(
  future: _etaFuture,
  builder: (context, snapshot) {
    if (snapshot.hasError) {
      return const Text('Hesaplanamadı');
    }
    if (!snapshot.hasData) {
      return const SizedBox(width: 20, height: 20, child: CircularProgressIndicator(strokeWidth: 2));
    }
    return Text('Varış: ${snapshot.data} dk');
  },
),
""", ["FutureBuilder", "future: _etaFuture", "CircularProgressIndicator", "hasError | .error"],
    must_not=["minutesToPickup"],
    checks=["literal 'Varis'", "literal 'Hesaplanamadi'"])

row("http_json", "element", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/ticket.dart';
import 'token_storage.dart';

class TicketApi {
  TicketApi({required this.baseUrl, required this.storage, http.Client? client})
      : _client = client ?? http.Client();

  final String baseUrl;
  final TokenStorage storage;
  final http.Client _client;

  Future<List<Ticket>> myTickets() async {
    final String? token = await storage.readToken();
    final response = await _client.get(
      Uri.parse('$baseUrl/me/tickets'),
      headers: {
        'Accept': 'application/json',
        // token null degilse Bearer olarak Authorization header'i ekle
      },
    );
    if (response.statusCode != 200) {
      throw http.ClientException('Biletler alınamadı (${response.statusCode})', response.request?.url);
    }
    final body = jsonDecode(response.body) as Map<String, dynamic>;
    return (body['tickets'] as List<dynamic>)
        .map((item) => Ticket.fromJson(item as Map<String, dynamic>))
        .toList();
  }
}
""", r"""
if (token != null) 'Authorization': 'Bearer $token',
""", ["token != null | token case | token?.isNotEmpty"],
    checks=["literal 'authorization'", "literal 'bearer'"])


# ================================================================ argument

row("navigation", "argument", r"""
import 'package:flutter/material.dart';

import 'pages/event_list_page.dart';
import 'pages/my_tickets_page.dart';
import 'pages/not_found_page.dart';

class TicketApp extends StatelessWidget {
  const TicketApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Biletçik',
      debugShowCheckedModeBanner: false,
      theme: ThemeData(colorSchemeSeed: Colors.deepPurple, useMaterial3: true),
      initialRoute: '/',
      routes: {
        '/': (context) => const EventListPage(),
        '/tickets': (context) => const MyTicketsPage(),
      },
      // tanimsiz bir route gelirse NotFoundPage acilsin
    );
  }
}

void main() {
  WidgetsFlutterBinding.ensureInitialized();
  runApp(const TicketApp());
}
""", r"""
onUnknownRoute: (settings) => MaterialPageRoute(
  settings: settings,
  builder: (_) => const NotFoundPage(),
),
""", ["onUnknownRoute | onGenerateRoute", "MaterialPageRoute | CupertinoPageRoute | PageRouteBuilder", "NotFoundPage"])

row("state", "argument", r"""
import 'package:flutter/material.dart';

class TripSettingsSheet extends StatefulWidget {
  const TripSettingsSheet({super.key, required this.onSave});

  final void Function(bool shareTrip, String music) onSave;

  @override
  State<TripSettingsSheet> createState() => _TripSettingsSheetState();
}

class _TripSettingsSheetState extends State<TripSettingsSheet> {
  bool _shareTrip = false;
  String _music = 'Farketmez';

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        SwitchListTile(
          title: const Text('Yolculuğu paylaş'),
          subtitle: const Text('Canlı konumun yakınlarına gönderilir'),
          value: _shareTrip,
          // switch'e basinca _shareTrip degissin
        ),
        ListTile(
          title: const Text('Müzik'),
          trailing: Text(_music),
        ),
        Padding(
          padding: const EdgeInsets.all(16),
          child: FilledButton(
            onPressed: () {
              widget.onSave(_shareTrip, _music);
              Navigator.pop(context);
            },
            child: const Text('Kaydet'),
          ),
        ),
      ],
    );
  }
}
""", r"""
onChanged: (value) => setState(() => _shareTrip = value),
""", ["onChanged", "_shareTrip ="],
    checks=["call setState"])

row("async", "argument", r"""
import 'package:flutter/material.dart';

import '../models/event.dart';
import '../services/event_repository.dart';

class UpcomingEventsPage extends StatefulWidget {
  const UpcomingEventsPage({super.key, required this.repository});

  final EventRepository repository;

  @override
  State<UpcomingEventsPage> createState() => _UpcomingEventsPageState();
}

class _UpcomingEventsPageState extends State<UpcomingEventsPage> {
  List<Event> _events = [];

  @override
  void initState() {
    super.initState();
    _loadEvents();
  }

  Future<void> _loadEvents({bool force = false}) async {
    final events = await widget.repository.upcoming(skipCache: force);
    if (!mounted) return;
    setState(() => _events = events);
  }

  @override
  Widget build(BuildContext context) {
    return RefreshIndicator(
      // asagi cekince cache'i atlayip yeniden yukle, spinner yukleme bitene kadar donsun
      child: ListView.builder(
        physics: const AlwaysScrollableScrollPhysics(),
        itemCount: _events.length,
        itemBuilder: (context, index) {
          final event = _events[index];
          return ListTile(
            title: Text(event.title),
            subtitle: Text(event.venue),
            trailing: Text('${event.price.toStringAsFixed(0)} ₺'),
          );
        },
      ),
    );
  }
}
""", r"""
onRefresh: () => _loadEvents(force: true),
""", ["onRefresh", "_loadEvents(force: true)", "=> | await | return"])

row("http_json", "argument", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/nearby_driver.dart';

class DispatchApi {
  DispatchApi(this._client, this._baseUrl);

  final http.Client _client;
  final String _baseUrl;

  Future<List<NearbyDriver>> nearbyDrivers(double lat, double lng) async {
    final response = await _client.post(
      Uri.parse('$_baseUrl/drivers/nearby'),
      headers: {'Content-Type': 'application/json'},
      // lat ve lng'yi "latitude" / "longitude" alanlariyla json body olarak gonder
    );
    if (response.statusCode != 200) {
      throw Exception('Yakındaki sürücüler alınamadı: ${response.statusCode}');
    }
    final list = jsonDecode(response.body) as List<dynamic>;
    return list.map((e) => NearbyDriver.fromJson(e as Map<String, dynamic>)).toList();
  }
}
""", r"""
body: jsonEncode({'latitude': lat, 'longitude': lng}),
""", ["body:", "jsonEncode | json.encode", "lat", "lng"],
    checks=["literal 'latitude'", "literal 'longitude'"])


ROWS.write()
