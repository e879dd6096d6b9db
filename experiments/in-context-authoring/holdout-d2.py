"""In-context held-out rows, batch 4 (holdout-d2): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics lists, async, images_assets, platform
(5 rows each, one per position); app domains a car-rental app and a dental clinic appointment app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-d2.py  -> data/in_context/drafts/holdout-d2.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-d2", "holdd2")
row = ROWS.row


# ================================================================ statements

row("lists", "statements", r"""
import 'package:flutter/material.dart';

class Appointment {
  const Appointment({required this.id, required this.patientName, required this.treatment, required this.startsAt});

  final String id;
  final String patientName;
  final String treatment;
  final DateTime startsAt;
}

class WeeklyScheduleView extends StatefulWidget {
  const WeeklyScheduleView({super.key, required this.appointments});

  final List<Appointment> appointments;

  @override
  State<WeeklyScheduleView> createState() => _WeeklyScheduleViewState();
}

class _WeeklyScheduleViewState extends State<WeeklyScheduleView> {
  final Map<DateTime, List<Appointment>> _byDay = {};

  @override
  void initState() {
    super.initState();
    _groupByDay();
  }

  @override
  void didUpdateWidget(covariant WeeklyScheduleView oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (oldWidget.appointments != widget.appointments) _groupByDay();
  }

  void _groupByDay() {
    _byDay.clear();
    // randevulari gunlere ayir: anahtar saatsiz tarih olsun, her gunun listesi de saate gore sirali olsun
  }

  String _time(DateTime t) => '${t.hour.toString().padLeft(2, '0')}:${t.minute.toString().padLeft(2, '0')}';

  @override
  Widget build(BuildContext context) {
    final days = _byDay.keys.toList()..sort();
    return ListView(
      children: [
        for (final day in days) ...[
          ListTile(
            title: Text('${day.day}.${day.month}.${day.year}', style: Theme.of(context).textTheme.titleSmall),
          ),
          for (final a in _byDay[day]!)
            ListTile(
              dense: true,
              leading: Text(_time(a.startsAt)),
              title: Text(a.patientName),
              subtitle: Text(a.treatment),
            ),
        ],
      ],
    );
  }
}
""", r"""
for (final appointment in widget.appointments) {
  final day = DateUtils.dateOnly(appointment.startsAt);
  _byDay.putIfAbsent(day, () => []).add(appointment);
}
for (final list in _byDay.values) {
  list.sort((a, b) => a.startsAt.compareTo(b.startsAt));
}
""", ["widget.appointments", "DateUtils.dateOnly | DateTime( | DateTime.utc(", "_byDay",
      "putIfAbsent | update | ??= | containsKey | groupBy | addAll", "sort",
      "startsAt.compareTo | startsAt.isBefore | startsAt.isAfter | startsAt.millisecondsSinceEpoch"],
    must_not=["b.startsAt.compareTo(a.startsAt)", "reversed"])

row("async", "statements", r"""
import 'package:flutter/material.dart';

class Car {
  const Car({required this.id, required this.model, required this.dailyPrice});

  final String id;
  final String model;
  final double dailyPrice;
}

class Campaign {
  const Campaign({required this.title, required this.discountPercent});

  final String title;
  final int discountPercent;
}

abstract class RentalApi {
  Future<List<Car>> fetchAvailableCars(String branchId);
  Future<List<Campaign>> fetchCampaigns();
}

class BranchCarsPage extends StatefulWidget {
  const BranchCarsPage({super.key, required this.api, required this.branchId});

  final RentalApi api;
  final String branchId;

  @override
  State<BranchCarsPage> createState() => _BranchCarsPageState();
}

class _BranchCarsPageState extends State<BranchCarsPage> {
  List<Car> _cars = [];
  List<Campaign> _campaigns = [];
  bool _loading = true;
  String? _error;

  @override
  void initState() {
    super.initState();
    _load();
  }

  void _retry() {
    setState(() {
      _loading = true;
      _error = null;
    });
    _load();
  }

  Future<void> _load() async {
    // araclari ve kampanyalari ayni anda cek, biri digerini beklemesin; hata olursa _error = 'Veriler alınamadı', en sonda _loading kapansin
  }

  @override
  Widget build(BuildContext context) {
    if (_loading) return const Center(child: CircularProgressIndicator());
    final error = _error;
    if (error != null) {
      return Center(
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            Text(error),
            TextButton(onPressed: _retry, child: const Text('Tekrar dene')),
          ],
        ),
      );
    }
    return ListView(
      children: [
        for (final c in _campaigns) ListTile(leading: const Icon(Icons.local_offer), title: Text(c.title)),
        for (final car in _cars)
          ListTile(title: Text(car.model), trailing: Text('${car.dailyPrice.toStringAsFixed(0)} ₺/gün')),
      ],
    );
  }
}
""", r"""
try {
  final results = await Future.wait([
    widget.api.fetchAvailableCars(widget.branchId),
    widget.api.fetchCampaigns(),
  ]);
  if (!mounted) return;
  setState(() {
    _cars = results[0] as List<Car>;
    _campaigns = results[1] as List<Campaign>;
  });
} catch (_) {
  if (!mounted) return;
  setState(() => _error = 'Veriler alınamadı');
} finally {
  if (mounted) setState(() => _loading = false);
}
""", ["Future.wait | .wait", "fetchAvailableCars", "widget.branchId", "fetchCampaigns", "try | catchError | onError",
      "_cars =", "_campaigns =", "_error =", "_loading = false", "setState"],
    checks=["literal 'Veriler alınamadı'"])

row("images_assets", "statements", r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:image_picker/image_picker.dart';
import 'package:path/path.dart' as p;
import 'package:path_provider/path_provider.dart';

class SmilePhotoPage extends StatefulWidget {
  const SmilePhotoPage({super.key, required this.patientId, required this.onSaved});

  final String patientId;
  final ValueChanged<String> onSaved;

  @override
  State<SmilePhotoPage> createState() => _SmilePhotoPageState();
}

class _SmilePhotoPageState extends State<SmilePhotoPage> {
  final _picker = ImagePicker();
  String? _photoPath;

  Future<void> _takePhoto() async {
    // kamerayla foto cek (kalite 80), belgeler klasorune <patientId>_<milisaniye>.jpg adiyla kopyala, yolunu _photoPath'e yaz
  }

  @override
  Widget build(BuildContext context) {
    final path = _photoPath;
    return Scaffold(
      appBar: AppBar(
        title: const Text('Gülüş fotoğrafı'),
        actions: [
          if (path != null)
            IconButton(
              icon: const Icon(Icons.check),
              onPressed: () => widget.onSaved(path),
            ),
        ],
      ),
      body: Center(
        child: path == null
            ? const Text('Henüz fotoğraf çekilmedi')
            : Image.file(File(path), fit: BoxFit.contain),
      ),
      floatingActionButton: FloatingActionButton(
        onPressed: _takePhoto,
        child: const Icon(Icons.camera_alt),
      ),
    );
  }
}
""", r"""
final photo = await _picker.pickImage(source: ImageSource.camera, imageQuality: 80);
if (photo == null) return;
final dir = await getApplicationDocumentsDirectory();
final fileName = '${widget.patientId}_${DateTime.now().millisecondsSinceEpoch}.jpg';
final saved = await File(photo.path).copy(p.join(dir.path, fileName));
if (!mounted) return;
setState(() => _photoPath = saved.path);
""", ["pickImage", "ImageSource.camera", "imageQuality", "getApplicationDocumentsDirectory",
      "copy | saveTo | writeAsBytes", "widget.patientId", "millisecondsSinceEpoch", "_photoPath =", "setState"],
    must_not=["ImageSource.gallery", "getTemporaryDirectory"],
    checks=["call .pickImage(source: ImageSource.camera, imageQuality)", "literal 80", "literal '.jpg'"])

row("platform", "statements", r"""
import 'package:flutter/material.dart';
import 'package:permission_handler/permission_handler.dart';

class ReminderSettingsPage extends StatefulWidget {
  const ReminderSettingsPage({super.key, required this.onChanged});

  final ValueChanged<bool> onChanged;

  @override
  State<ReminderSettingsPage> createState() => _ReminderSettingsPageState();
}

class _ReminderSettingsPageState extends State<ReminderSettingsPage> {
  bool _remindersOn = false;
  int _hoursBefore = 24;

  Future<void> _enableReminders() async {
    // bildirim izni iste; verilirse _remindersOn'u ac ve onChanged(true) cagir, kalici reddedildiyse uygulama ayarlarini ac
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Hatırlatmalar')),
      body: ListView(
        children: [
          SwitchListTile(
            title: const Text('Randevu hatırlatması'),
            subtitle: const Text('Randevudan önce bildirim gönderilir'),
            value: _remindersOn,
            onChanged: (value) {
              if (value) {
                _enableReminders();
              } else {
                setState(() => _remindersOn = false);
                widget.onChanged(false);
              }
            },
          ),
          ListTile(
            enabled: _remindersOn,
            title: const Text('Ne zaman'),
            trailing: DropdownButton<int>(
              value: _hoursBefore,
              items: [
                for (final h in const [2, 24, 48]) DropdownMenuItem(value: h, child: Text('$h saat önce')),
              ],
              onChanged: _remindersOn ? (v) => setState(() => _hoursBefore = v ?? _hoursBefore) : null,
            ),
          ),
        ],
      ),
    );
  }
}
""", r"""
final status = await Permission.notification.request();
if (status.isGranted) {
  if (!mounted) return;
  setState(() => _remindersOn = true);
  widget.onChanged(true);
} else if (status.isPermanentlyDenied) {
  await openAppSettings();
}
""", ["Permission.notification", "request", "isGranted | PermissionStatus.granted", "_remindersOn = true", "setState",
      "widget.onChanged(true) | widget.onChanged(_remindersOn)",
      "isPermanentlyDenied | PermissionStatus.permanentlyDenied", "openAppSettings"],
    must_not=["Permission.camera", "Permission.location"])

# ================================================================ callback

row("lists", "callback", r"""
import 'package:flutter/material.dart';

class Reservation {
  const Reservation({required this.code, required this.carModel, required this.pickUp});

  final String code;
  final String carModel;
  final DateTime pickUp;
}

class SavedReservationsPage extends StatefulWidget {
  const SavedReservationsPage({super.key, required this.reservations});

  final List<Reservation> reservations;

  @override
  State<SavedReservationsPage> createState() => _SavedReservationsPageState();
}

class _SavedReservationsPageState extends State<SavedReservationsPage> {
  late final List<Reservation> _items = List.of(widget.reservations);

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Kayıtlı rezervasyonlar')),
      body: ListView.builder(
        itemCount: _items.length,
        itemBuilder: (context, index) {
          final reservation = _items[index];
          return Dismissible(
            key: ValueKey(reservation.code),
            direction: DismissDirection.endToStart,
            background: Container(
              color: Colors.red,
              alignment: Alignment.centerRight,
              padding: const EdgeInsets.only(right: 20),
              child: const Icon(Icons.delete, color: Colors.white),
            ),
            onDismissed: (direction) {
              // listeden cikar, altta 'Geri al' butonlu snackbar goster; geri alirsa ayni sirasina geri koy
            },
            child: ListTile(
              leading: const Icon(Icons.directions_car),
              title: Text(reservation.carModel),
              subtitle: Text('${reservation.code} · ${reservation.pickUp.day}.${reservation.pickUp.month}'),
            ),
          );
        },
      ),
    );
  }
}
""", r"""
setState(() => _items.removeAt(index));
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(
    content: Text('${reservation.carModel} silindi'),
    action: SnackBarAction(
      label: 'Geri al',
      onPressed: () => setState(() => _items.insert(index, reservation)),
    ),
  ),
);
""", ["setState", "_items", "removeAt | remove", "ScaffoldMessenger", "SnackBar", "SnackBarAction", "insert"],
    must_not=["_items.add", "insert(0,"],
    checks=["call SnackBar(action)", "call SnackBarAction(label, onPressed)", "literal 'Geri al'"])

row("async", "callback", r"""
import 'package:flutter/material.dart';

class Appointment {
  const Appointment({required this.id, required this.dentistName, required this.startsAt});

  final String id;
  final String dentistName;
  final DateTime startsAt;
}

abstract class ClinicApi {
  Future<void> cancelAppointment(String id);
}

class AppointmentDetailPage extends StatefulWidget {
  const AppointmentDetailPage({super.key, required this.api, required this.appointment});

  final ClinicApi api;
  final Appointment appointment;

  @override
  State<AppointmentDetailPage> createState() => _AppointmentDetailPageState();
}

class _AppointmentDetailPageState extends State<AppointmentDetailPage> {
  bool _cancelling = false;

  @override
  Widget build(BuildContext context) {
    final a = widget.appointment;
    return Scaffold(
      appBar: AppBar(title: const Text('Randevu detayı')),
      body: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            ListTile(
              leading: const Icon(Icons.medical_services_outlined),
              title: Text('Dt. ${a.dentistName}'),
              subtitle: Text('${a.startsAt.day}.${a.startsAt.month}.${a.startsAt.year}'),
            ),
            const Spacer(),
            FilledButton.tonal(
              onPressed: _cancelling
                  ? null
                  : () async {
                      // _cancelling'i ac, api ile iptal et; olursa sayfayi true ile kapat, hata olursa 'İptal edilemedi' snackbar'i; her durumda _cancelling kapansin
                    },
              child: _cancelling
                  ? const SizedBox.square(dimension: 20, child: CircularProgressIndicator(strokeWidth: 2))
                  : const Text('Randevuyu iptal et'),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
setState(() => _cancelling = true);
try {
  await widget.api.cancelAppointment(widget.appointment.id);
  if (!mounted) return;
  Navigator.pop(context, true);
} catch (_) {
  if (!mounted) return;
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('İptal edilemedi')),
  );
} finally {
  if (mounted) setState(() => _cancelling = false);
}
""", ["_cancelling = true", "_cancelling = false", "setState", "widget.api.cancelAppointment",
      "widget.appointment.id | a.id", "try | catchError | onError", "pop(context, true) | pop(true)", "SnackBar"],
    checks=["literal 'İptal edilemedi'"])

row("images_assets", "callback", r"""
import 'package:flutter/material.dart';

class Car {
  const Car({required this.model, required this.photoUrl, required this.dailyPrice, required this.seats});

  final String model;
  final String photoUrl;
  final double dailyPrice;
  final int seats;
}

class CarCard extends StatelessWidget {
  const CarCard({super.key, required this.car, required this.onTap});

  final Car car;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    return Card(
      clipBehavior: Clip.antiAlias,
      child: InkWell(
        onTap: onTap,
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            Image.network(
              car.photoUrl,
              height: 140,
              fit: BoxFit.cover,
              errorBuilder: (context, error, stackTrace) {
                // foto yuklenemezse assets/images/car_placeholder.png goster, ayni yukseklik ve fit ile
              },
            ),
            Padding(
              padding: const EdgeInsets.all(12),
              child: Row(
                children: [
                  Expanded(child: Text(car.model, style: Theme.of(context).textTheme.titleMedium)),
                  const Icon(Icons.event_seat, size: 16),
                  Text(' ${car.seats}'),
                  const SizedBox(width: 12),
                  Text('${car.dailyPrice.toStringAsFixed(0)} ₺/gün'),
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
return Image.asset(
  'assets/images/car_placeholder.png',
  height: 140,
  fit: BoxFit.cover,
);
""", ["return", "Image.asset | AssetImage", "height", "BoxFit.cover"],
    must_not=["Image.network", "car.photoUrl"],
    checks=["literal 'assets/images/car_placeholder.png'", "literal 140"])

row("platform", "callback", r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:url_launcher/url_launcher.dart';

class Branch {
  const Branch({
    required this.name,
    required this.address,
    required this.latitude,
    required this.longitude,
    required this.openingHours,
  });

  final String name;
  final String address;
  final double latitude;
  final double longitude;
  final String openingHours;
}

class BranchCard extends StatelessWidget {
  const BranchCard({super.key, required this.branch});

  final Branch branch;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Column(
        children: [
          ListTile(
            leading: const Icon(Icons.store_mall_directory),
            title: Text(branch.name),
            subtitle: Text(branch.address),
          ),
          ListTile(
            leading: const Icon(Icons.schedule),
            title: Text(branch.openingHours),
          ),
          Align(
            alignment: Alignment.centerRight,
            child: TextButton.icon(
              icon: const Icon(Icons.directions),
              label: const Text('Yol tarifi'),
              onPressed: () async {
                // iOS'ta Apple Haritalar, Android'de Google Haritalar ile subeye yol tarifi ac; harici uygulamada acilsin
              },
            ),
          ),
        ],
      ),
    );
  }
}
""", r"""
final destination = '${branch.latitude},${branch.longitude}';
final uri = Platform.isIOS
    ? Uri.parse('https://maps.apple.com/?daddr=$destination')
    : Uri.parse('https://www.google.com/maps/dir/?api=1&destination=$destination');
await launchUrl(uri, mode: LaunchMode.externalApplication);
""", ["Platform.isIOS | Platform.isAndroid | defaultTargetPlatform | TargetPlatform.iOS", "launchUrl | launchUrlString",
      "branch.latitude", "branch.longitude",
      "LaunchMode.externalApplication | LaunchMode.externalNonBrowserApplication"],
    checks=["literal 'maps.apple.com'", "literal 'google.com' | 'geo:' | 'google.navigation' | 'comgooglemaps'"])

# ================================================================ class_body

row("lists", "class_body", r"""
import 'package:flutter/material.dart';

class Treatment {
  const Treatment({required this.name, required this.tooth, required this.price, required this.isPaid});

  final String name;
  final int tooth;
  final double price;
  final bool isPaid;
}

class PatientBalanceCard extends StatelessWidget {
  const PatientBalanceCard({super.key, required this.patientName, required this.treatments, required this.onPay});

  final String patientName;
  final List<Treatment> treatments;
  final VoidCallback onPay;

  // ödenmemiş tedavilerin toplam tutarını veren _totalDue getter'ı lazım

  @override
  Widget build(BuildContext context) {
    final due = _totalDue;
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(patientName, style: Theme.of(context).textTheme.titleMedium),
            const SizedBox(height: 8),
            for (final t in treatments)
              Row(
                children: [
                  Expanded(child: Text('${t.name} (diş ${t.tooth})')),
                  Text(
                    '${t.price.toStringAsFixed(0)} ₺',
                    style: TextStyle(decoration: t.isPaid ? TextDecoration.lineThrough : null),
                  ),
                ],
              ),
            const Divider(),
            Text('Kalan borç: ${due.toStringAsFixed(2)} ₺'),
            const SizedBox(height: 8),
            FilledButton(onPressed: due > 0 ? onPay : null, child: const Text('Ödeme al')),
          ],
        ),
      ),
    );
  }
}
""", r"""
double get _totalDue => treatments
    .where((t) => !t.isPaid)
    .fold(0.0, (sum, t) => sum + t.price);
""", ["double get _totalDue | num get _totalDue", "treatments", "isPaid", "price",
      "fold | reduce | sum | for | forEach",
      "!t.isPaid | !e.isPaid | !x.isPaid | !item.isPaid | !treatment.isPaid | !tr.isPaid | isPaid == false "
      "| isPaid != true | isPaid) continue | isPaid ? 0 | whereNot"])

row("async", "class_body", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class CarLocation {
  const CarLocation({required this.latitude, required this.longitude, required this.speedKmh});

  final double latitude;
  final double longitude;
  final double speedKmh;
}

abstract class TelematicsService {
  Stream<CarLocation> watchCar(String plate);
}

class LiveCarTracker extends StatefulWidget {
  const LiveCarTracker({super.key, required this.service, required this.plate});

  final TelematicsService service;
  final String plate;

  @override
  State<LiveCarTracker> createState() => _LiveCarTrackerState();
}

class _LiveCarTrackerState extends State<LiveCarTracker> {
  StreamSubscription<CarLocation>? _subscription;
  CarLocation? _location;
  bool _signalLost = false;

  // initState: aracin konum stream'ine abone ol, her yeni konumda _location guncellensin; stream hata verirse _signalLost true olsun

  @override
  void dispose() {
    _subscription?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final location = _location;
    return Card(
      child: ListTile(
        leading: Icon(_signalLost ? Icons.signal_cellular_off : Icons.gps_fixed),
        title: Text(widget.plate),
        subtitle: location == null
            ? const Text('Konum bekleniyor…')
            : Text('${location.latitude.toStringAsFixed(5)}, ${location.longitude.toStringAsFixed(5)}'),
        trailing: location == null ? null : Text('${location.speedKmh.round()} km/sa'),
      ),
    );
  }
}
""", r"""
@override
void initState() {
  super.initState();
  _subscription = widget.service.watchCar(widget.plate).listen(
    (location) => setState(() => _location = location),
    onError: (Object error) => setState(() => _signalLost = true),
  );
}
""", ["void initState", "super.initState", "_subscription =", "widget.service.watchCar", "widget.plate", "listen",
      "_location =", "onError | handleError", "_signalLost = true", "setState"],
    must_not=["StreamBuilder"])

row("images_assets", "class_body", r"""
import 'package:flutter/material.dart';

class CarDetail {
  const CarDetail({required this.model, required this.photoUrls, required this.description});

  final String model;
  final List<String> photoUrls;
  final String description;
}

class CarGalleryPage extends StatefulWidget {
  const CarGalleryPage({super.key, required this.car});

  final CarDetail car;

  @override
  State<CarGalleryPage> createState() => _CarGalleryPageState();
}

class _CarGalleryPageState extends State<CarGalleryPage> {
  final _pageController = PageController();
  int _page = 0;

  // sayfa acilinca galerideki butun fotograflari onceden yukle ki kaydirirken bos kare gorunmesin

  @override
  void dispose() {
    _pageController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final photos = widget.car.photoUrls;
    return Scaffold(
      appBar: AppBar(title: Text(widget.car.model)),
      body: Column(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          AspectRatio(
            aspectRatio: 16 / 9,
            child: PageView.builder(
              controller: _pageController,
              itemCount: photos.length,
              onPageChanged: (index) => setState(() => _page = index),
              itemBuilder: (context, index) => Image.network(photos[index], fit: BoxFit.cover),
            ),
          ),
          Padding(
            padding: const EdgeInsets.all(8),
            child: Text('${_page + 1} / ${photos.length}', textAlign: TextAlign.center),
          ),
          Padding(
            padding: const EdgeInsets.all(16),
            child: Text(widget.car.description),
          ),
        ],
      ),
    );
  }
}
""", r"""
@override
void didChangeDependencies() {
  super.didChangeDependencies();
  for (final url in widget.car.photoUrls) {
    precacheImage(NetworkImage(url), context);
  }
}
""", ["didChangeDependencies | addPostFrameCallback", "super.didChangeDependencies | super.initState",
      "precacheImage", "NetworkImage", "widget.car.photoUrls", "for | forEach | map"],
    checks=["call precacheImage > NetworkImage"])

row("platform", "class_body", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class XRayViewerPage extends StatefulWidget {
  const XRayViewerPage({super.key, required this.imageUrl, required this.takenAt});

  final String imageUrl;
  final DateTime takenAt;

  @override
  State<XRayViewerPage> createState() => _XRayViewerPageState();
}

class _XRayViewerPageState extends State<XRayViewerPage> {
  final _transformController = TransformationController();

  @override
  void initState() {
    super.initState();
    SystemChrome.setPreferredOrientations([
      DeviceOrientation.landscapeLeft,
      DeviceOrientation.landscapeRight,
    ]);
    SystemChrome.setEnabledSystemUIMode(SystemUiMode.immersiveSticky);
  }

  // cikarken controller'i birak, ekrani tekrar dikey yone kilitle ve durum/gezinme cubuklarini geri getir

  @override
  Widget build(BuildContext context) {
    final d = widget.takenAt;
    return Scaffold(
      backgroundColor: Colors.black,
      body: Stack(
        children: [
          InteractiveViewer(
            transformationController: _transformController,
            maxScale: 5,
            child: Center(child: Image.network(widget.imageUrl)),
          ),
          Positioned(
            top: 8,
            left: 8,
            child: IconButton(
              color: Colors.white,
              icon: const Icon(Icons.close),
              onPressed: () => Navigator.pop(context),
            ),
          ),
          Positioned(
            right: 16,
            bottom: 16,
            child: Text('${d.day}.${d.month}.${d.year}', style: const TextStyle(color: Colors.white70)),
          ),
        ],
      ),
    );
  }
}
""", r"""
@override
void dispose() {
  _transformController.dispose();
  SystemChrome.setPreferredOrientations([DeviceOrientation.portraitUp]);
  SystemChrome.setEnabledSystemUIMode(SystemUiMode.edgeToEdge);
  super.dispose();
}
""", ["void dispose", "_transformController.dispose", "setPreferredOrientations", "DeviceOrientation.portraitUp",
      "setEnabledSystemUIMode", "SystemUiMode.edgeToEdge | SystemUiMode.manual", "super.dispose"],
    must_not=["DeviceOrientation.landscapeLeft", "DeviceOrientation.landscapeRight",
              "SystemUiMode.immersiveSticky | SystemUiMode.immersive | SystemUiMode.leanBack"])

# ================================================================ element

row("lists", "element", r"""
import 'package:flutter/material.dart';

enum CarClass { economy, compact, suv, luxury }

extension CarClassLabel on CarClass {
  String get label => switch (this) {
        CarClass.economy => 'Ekonomik',
        CarClass.compact => 'Kompakt',
        CarClass.suv => 'SUV',
        CarClass.luxury => 'Lüks',
      };
}

class CarClassFilter extends StatefulWidget {
  const CarClassFilter({super.key, required this.onChanged});

  final ValueChanged<CarClass?> onChanged;

  @override
  State<CarClassFilter> createState() => _CarClassFilterState();
}

class _CarClassFilterState extends State<CarClassFilter> {
  CarClass? _selected;

  void _select(CarClass? value) {
    setState(() => _selected = value);
    widget.onChanged(value);
  }

  @override
  Widget build(BuildContext context) {
    return SingleChildScrollView(
      scrollDirection: Axis.horizontal,
      padding: const EdgeInsets.symmetric(horizontal: 12),
      child: Row(
        children: [
          ChoiceChip(
            label: const Text('Tümü'),
            selected: _selected == null,
            onSelected: (_) => _select(null),
          ),
          // her arac sinifi icin bir ChoiceChip; secili olan isaretli gorunsun, secili olana tekrar basinca secim kalksin
        ],
      ),
    );
  }
}
""", r"""
for (final carClass in CarClass.values)
  Padding(
    padding: const EdgeInsets.only(left: 8),
    child: ChoiceChip(
      label: Text(carClass.label),
      selected: _selected == carClass,
      onSelected: (selected) => _select(selected ? carClass : null),
    ),
  ),
""", ["for | map", "CarClass.values", "ChoiceChip", ".label", "_selected == | == _selected", "_select | _selected =",
      "null"],
    checks=["call ChoiceChip(label, selected, onSelected)"])

row("async", "element", r"""
import 'package:flutter/material.dart';

abstract class WaitingRoomService {
  Stream<int> peopleAhead(String appointmentId);
}

class CheckInPage extends StatelessWidget {
  const CheckInPage({
    super.key,
    required this.service,
    required this.appointmentId,
    required this.dentistName,
  });

  final WaitingRoomService service;
  final String appointmentId;
  final String dentistName;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Giriş yapıldı')),
      body: Center(
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            const Icon(Icons.event_available, size: 64, color: Colors.teal),
            const SizedBox(height: 12),
            Text('Dt. $dentistName sizi birazdan çağıracak'),
            const SizedBox(height: 24),
            // sirada kac kisi oldugunu canli goster: veri gelene kadar spinner, 0 ise 'Sıra sizde!', degilse 'Önünüzde N kişi var'
            const SizedBox(height: 24),
            OutlinedButton(
              onPressed: () => Navigator.pop(context),
              child: const Text('Tamam'),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
StreamBuilder<int>(
  stream: service.peopleAhead(appointmentId),
  builder: (context, snapshot) {
    if (!snapshot.hasData) return const CircularProgressIndicator();
    final ahead = snapshot.data!;
    if (ahead == 0) return const Text('Sıra sizde!');
    return Text('Önünüzde $ahead kişi var');
  },
),
""", ["StreamBuilder", "peopleAhead", "appointmentId", "hasData | == null | != null | ConnectionState",
      "CircularProgressIndicator", "== 0 | <= 0 | < 1 | > 0"],
    must_not=["FutureBuilder"],
    checks=["call StreamBuilder(stream, builder)", "literal 'Sıra sizde'", "literal 'kişi var'"])

row("images_assets", "element", r"""
import 'package:flutter/material.dart';
import 'package:flutter_svg/flutter_svg.dart';

class ClinicLoginPage extends StatefulWidget {
  const ClinicLoginPage({super.key, required this.onLogin});

  final void Function(String phone, String password) onLogin;

  @override
  State<ClinicLoginPage> createState() => _ClinicLoginPageState();
}

class _ClinicLoginPageState extends State<ClinicLoginPage> {
  final _phoneController = TextEditingController();
  final _passwordController = TextEditingController();
  bool _obscure = true;

  @override
  void dispose() {
    _phoneController.dispose();
    _passwordController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: SafeArea(
        child: ListView(
          padding: const EdgeInsets.all(24),
          children: [
            const SizedBox(height: 48),
            // klinigin logosunu koy: assets/svg/clinic_logo.svg, 96 yukseklikte, temanin ana rengine boyansin
            const SizedBox(height: 32),
            TextField(
              controller: _phoneController,
              keyboardType: TextInputType.phone,
              decoration: const InputDecoration(labelText: 'Telefon'),
            ),
            const SizedBox(height: 12),
            TextField(
              controller: _passwordController,
              obscureText: _obscure,
              decoration: InputDecoration(
                labelText: 'Şifre',
                suffixIcon: IconButton(
                  icon: Icon(_obscure ? Icons.visibility : Icons.visibility_off),
                  onPressed: () => setState(() => _obscure = !_obscure),
                ),
              ),
            ),
            const SizedBox(height: 24),
            FilledButton(
              onPressed: () => widget.onLogin(_phoneController.text, _passwordController.text),
              child: const Text('Giriş yap'),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
SvgPicture.asset(
  'assets/svg/clinic_logo.svg',
  height: 96,
  colorFilter: ColorFilter.mode(Theme.of(context).colorScheme.primary, BlendMode.srcIn),
),
""", ["SvgPicture.asset", "height", "colorFilter | color:", "colorScheme.primary | primaryColor"],
    must_not=["Image.asset", "AssetImage"],
    checks=["literal 'assets/svg/clinic_logo.svg'", "literal 96"])

row("platform", "element", r"""
import 'dart:io';

import 'package:flutter/material.dart';

class AccountSettingsPage extends StatefulWidget {
  const AccountSettingsPage({super.key, required this.email, required this.onLogout});

  final String email;
  final VoidCallback onLogout;

  @override
  State<AccountSettingsPage> createState() => _AccountSettingsPageState();
}

class _AccountSettingsPageState extends State<AccountSettingsPage> {
  bool _faceIdEnabled = false;
  bool _emailInvoices = true;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Hesabım')),
      body: ListView(
        children: [
          ListTile(
            leading: const Icon(Icons.person_outline),
            title: Text(widget.email),
          ),
          SwitchListTile(
            title: const Text('Faturayı e-posta ile gönder'),
            value: _emailInvoices,
            onChanged: (value) => setState(() => _emailInvoices = value),
          ),
          // sadece iPhone'da 'Face ID ile giriş' switch'i çıksın, _faceIdEnabled'a bağlı olsun
          const Divider(),
          ListTile(
            leading: const Icon(Icons.logout),
            title: const Text('Çıkış yap'),
            onTap: widget.onLogout,
          ),
        ],
      ),
    );
  }
}
""", r"""
if (Platform.isIOS)
  SwitchListTile(
    title: const Text('Face ID ile giriş'),
    value: _faceIdEnabled,
    onChanged: (value) => setState(() => _faceIdEnabled = value),
  ),
""", ["Platform.isIOS | TargetPlatform.iOS", "SwitchListTile | Switch", "_faceIdEnabled", "setState"],
    must_not=["Platform.isAndroid", "TargetPlatform.android"],
    checks=["literal 'Face ID'", "call setState"])

# ================================================================ argument

row("lists", "argument", r"""
import 'package:flutter/material.dart';

class Procedure {
  const Procedure({required this.code, required this.description, this.tooth});

  final String code;
  final String description;
  final int? tooth;
}

class VisitSummaryPage extends StatelessWidget {
  const VisitSummaryPage({
    super.key,
    required this.dentist,
    required this.date,
    required this.procedures,
    required this.notes,
  });

  final String dentist;
  final DateTime date;
  final List<Procedure> procedures;
  final String notes;

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    return Scaffold(
      appBar: AppBar(title: const Text('Muayene özeti')),
      body: SingleChildScrollView(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text('Dt. $dentist', style: textTheme.titleMedium),
            Text('${date.day}.${date.month}.${date.year}', style: textTheme.bodySmall),
            const SizedBox(height: 16),
            Text('Yapılan işlemler', style: textTheme.titleSmall),
            ListView.builder(
              // bu liste zaten kayan bir Column'un icinde; icerigi kadar yer kaplasin, kendi basina kaymasin
              itemCount: procedures.length,
              itemBuilder: (context, index) {
                final p = procedures[index];
                return ListTile(
                  contentPadding: EdgeInsets.zero,
                  leading: Text(p.code),
                  title: Text(p.description),
                  trailing: p.tooth == null ? null : Text('Diş ${p.tooth}'),
                );
              },
            ),
            const SizedBox(height: 16),
            Text('Notlar', style: textTheme.titleSmall),
            Text(notes),
          ],
        ),
      ),
    );
  }
}
""", r"""
shrinkWrap: true,
physics: const NeverScrollableScrollPhysics(),
""", ["shrinkWrap: true", "physics:", "NeverScrollableScrollPhysics"],
    must_not=["BouncingScrollPhysics", "ClampingScrollPhysics", "AlwaysScrollableScrollPhysics"])

row("async", "argument", r"""
import 'package:flutter/material.dart';

class RentalHistoryEntry {
  const RentalHistoryEntry({required this.code, required this.carModel, required this.start, required this.total});

  final String code;
  final String carModel;
  final DateTime start;
  final double total;
}

abstract class RentalRepository {
  Future<List<RentalHistoryEntry>> history();
}

class RentalHistoryPage extends StatefulWidget {
  const RentalHistoryPage({super.key, required this.repository});

  final RentalRepository repository;

  @override
  State<RentalHistoryPage> createState() => _RentalHistoryPageState();
}

class _RentalHistoryPageState extends State<RentalHistoryPage> {
  late Future<List<RentalHistoryEntry>> _historyFuture;

  @override
  void initState() {
    super.initState();
    _historyFuture = widget.repository.history();
  }

  void _retry() => setState(() => _historyFuture = widget.repository.history());

  Widget _entryTile(RentalHistoryEntry e) => ListTile(
        leading: const Icon(Icons.receipt_long),
        title: Text(e.carModel),
        subtitle: Text('${e.code} · ${e.start.day}.${e.start.month}.${e.start.year}'),
        trailing: Text('${e.total.toStringAsFixed(2)} ₺'),
      );

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Kiralama geçmişi')),
      body: FutureBuilder<List<RentalHistoryEntry>>(
        future: _historyFuture,
        // yuklenirken spinner; hata olursa 'Tekrar dene' butonu (_retry); liste bossa 'Henüz kiralama yok'; yoksa _entryTile'larla liste
      ),
    );
  }
}
""", r"""
builder: (context, snapshot) {
  if (snapshot.connectionState != ConnectionState.done) {
    return const Center(child: CircularProgressIndicator());
  }
  if (snapshot.hasError) {
    return Center(
      child: TextButton(onPressed: _retry, child: const Text('Tekrar dene')),
    );
  }
  final entries = snapshot.data ?? [];
  if (entries.isEmpty) {
    return const Center(child: Text('Henüz kiralama yok'));
  }
  return ListView.builder(
    itemCount: entries.length,
    itemBuilder: (context, index) => _entryTile(entries[index]),
  );
},
""", ["builder:", "ConnectionState | hasData | data == null", "hasError | .error", "CircularProgressIndicator",
      "_retry", "isEmpty | length == 0", "_entryTile"],
    checks=["literal 'Tekrar dene'", "literal 'Henüz kiralama yok'"])

row("images_assets", "argument", r"""
import 'package:flutter/material.dart';

class Campaign {
  const Campaign({required this.title, required this.subtitle, required this.imageUrl});

  final String title;
  final String subtitle;
  final String imageUrl;
}

class CampaignBanner extends StatelessWidget {
  const CampaignBanner({super.key, required this.campaign, required this.onTap});

  final Campaign campaign;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTap: onTap,
      child: Container(
        height: 160,
        margin: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
        padding: const EdgeInsets.all(16),
        alignment: Alignment.bottomLeft,
        // arka plana kampanya gorselini koy, kutuyu kaplasin, koseler 16 yuvarlak olsun; yazi okunsun diye gorseli biraz karart
        child: Column(
          mainAxisSize: MainAxisSize.min,
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(
              campaign.title,
              style: const TextStyle(color: Colors.white, fontSize: 20, fontWeight: FontWeight.bold),
            ),
            Text(campaign.subtitle, style: const TextStyle(color: Colors.white70)),
          ],
        ),
      ),
    );
  }
}
""", r"""
decoration: BoxDecoration(
  borderRadius: BorderRadius.circular(16),
  image: DecorationImage(
    image: NetworkImage(campaign.imageUrl),
    fit: BoxFit.cover,
    colorFilter: const ColorFilter.mode(Colors.black45, BlendMode.darken),
  ),
),
""", ["decoration:", "BoxDecoration", "DecorationImage", "NetworkImage | CachedNetworkImageProvider",
      "campaign.imageUrl", "BoxFit.cover", "borderRadius", "colorFilter | opacity | foregroundDecoration"],
    must_not=["Image.network"],
    checks=["call BoxDecoration(image, borderRadius)", "literal 16"])

row("platform", "argument", r"""
import 'package:flutter/gestures.dart';
import 'package:flutter/material.dart';

class Dentist {
  const Dentist({required this.name, required this.specialty, required this.photoUrl, required this.rating});

  final String name;
  final String specialty;
  final String photoUrl;
  final double rating;
}

class DentistCarousel extends StatefulWidget {
  const DentistCarousel({super.key, required this.dentists, required this.onBook});

  final List<Dentist> dentists;
  final ValueChanged<Dentist> onBook;

  @override
  State<DentistCarousel> createState() => _DentistCarouselState();
}

class _DentistCarouselState extends State<DentistCarousel> {
  final _controller = PageController(viewportFraction: 0.85);

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      height: 200,
      child: PageView.builder(
        controller: _controller,
        // web ve masaustunde fareyle surukleyerek de kaydirilabilsin
        itemCount: widget.dentists.length,
        itemBuilder: (context, index) {
          final dentist = widget.dentists[index];
          return Card(
            margin: const EdgeInsets.symmetric(horizontal: 8),
            child: Column(
              children: [
                ListTile(
                  leading: CircleAvatar(backgroundImage: NetworkImage(dentist.photoUrl)),
                  title: Text('Dt. ${dentist.name}'),
                  subtitle: Text(dentist.specialty),
                  trailing: Text('★ ${dentist.rating.toStringAsFixed(1)}'),
                ),
                const Spacer(),
                Padding(
                  padding: const EdgeInsets.all(12),
                  child: FilledButton(
                    onPressed: () => widget.onBook(dentist),
                    child: const Text('Randevu al'),
                  ),
                ),
              ],
            ),
          );
        },
      ),
    );
  }
}
""", r"""
scrollBehavior: ScrollConfiguration.of(context).copyWith(
  dragDevices: {PointerDeviceKind.touch, PointerDeviceKind.mouse},
),
""", ["scrollBehavior", "copyWith", "dragDevices", "PointerDeviceKind.mouse | PointerDeviceKind.values",
      "PointerDeviceKind.touch | PointerDeviceKind.values"])


ROWS.write()
