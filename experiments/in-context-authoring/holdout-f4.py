"""In-context held-out rows, batch 6 (holdout-f4): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics platform, images_assets, testing, performance (5 each,
one per position); app domains a real-estate listing app and a blood-donation app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-f4.py  -> data/in_context/drafts/holdout-f4.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-f4", "holdf4")
row = ROWS.row


# ================================================================ statements

row(
    "platform",
    "statements",
    r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:url_launcher/url_launcher.dart';

import '../models/donation_center.dart';
import '../widgets/opening_hours_table.dart';

class CenterDetailPage extends StatelessWidget {
  const CenterDetailPage({super.key, required this.center});

  final DonationCenter center;

  Future<void> _openDirections(BuildContext context) async {
    final lat = center.latitude;
    final lng = center.longitude;
    // iOS'ta Apple Haritalar'da, diğer platformlarda Google Maps'te yol tarifi aç; açılamazsa snackbar göster
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(center.name)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          ListTile(
            leading: const Icon(Icons.location_on_outlined),
            title: Text(center.address),
            subtitle: Text(center.district),
          ),
          ListTile(
            leading: const Icon(Icons.bloodtype_outlined),
            title: const Text('Kabul edilen bağış türleri'),
            subtitle: Text(center.donationTypes.join(', ')),
          ),
          OpeningHoursTable(hours: center.openingHours),
          const SizedBox(height: 24),
          FilledButton.icon(
            onPressed: () => _openDirections(context),
            icon: const Icon(Icons.directions),
            label: const Text('Yol tarifi al'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
final uri = Platform.isIOS
    ? Uri.parse('https://maps.apple.com/?daddr=$lat,$lng')
    : Uri.parse('https://www.google.com/maps/dir/?api=1&destination=$lat,$lng');
final opened = await launchUrl(uri, mode: LaunchMode.externalApplication);
if (!opened && context.mounted) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Harita uygulaması açılamadı')),
  );
}
""",
    [
        "Platform.isIOS | TargetPlatform.iOS | Platform.isMacOS",
        "launchUrl | launchUrlString",
        "showSnackBar",
        "SnackBar",
    ],
    must_not=["canLaunch(", "launch(", "Platform.isAndroid ?"],
    checks=["call launchUrl | launchUrlString", "call .showSnackBar"],
)

row(
    "images_assets",
    "statements",
    r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:image_picker/image_picker.dart';

import '../services/photo_upload_service.dart';

class ListingPhotosStep extends StatefulWidget {
  const ListingPhotosStep({super.key, required this.uploader, required this.onDone});

  final PhotoUploadService uploader;
  final ValueChanged<List<String>> onDone;

  @override
  State<ListingPhotosStep> createState() => _ListingPhotosStepState();
}

class _ListingPhotosStepState extends State<ListingPhotosStep> {
  static const maxPhotos = 20;

  final _picker = ImagePicker();
  final _photos = <XFile>[];
  bool _uploading = false;

  Future<void> _addFromGallery() async {
    // galeriden coklu foto sectir, en fazla 1920 px genislik ve kalite 80 olsun; toplam maxPhotos'u gecmesin
  }

  Future<void> _upload() async {
    setState(() => _uploading = true);
    final urls = await widget.uploader.uploadAll(_photos);
    if (!mounted) return;
    setState(() => _uploading = false);
    widget.onDone(urls);
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Expanded(
          child: GridView.count(
            crossAxisCount: 3,
            mainAxisSpacing: 4,
            crossAxisSpacing: 4,
            children: [
              for (final photo in _photos) Image.file(File(photo.path), fit: BoxFit.cover),
            ],
          ),
        ),
        Text('${_photos.length}/$maxPhotos fotoğraf'),
        Row(
          mainAxisAlignment: MainAxisAlignment.spaceBetween,
          children: [
            TextButton.icon(
              onPressed: _photos.length >= maxPhotos ? null : _addFromGallery,
              icon: const Icon(Icons.add_photo_alternate_outlined),
              label: const Text('Galeriden ekle'),
            ),
            FilledButton(
              onPressed: _photos.isEmpty || _uploading ? null : _upload,
              child: const Text('Devam'),
            ),
          ],
        ),
      ],
    );
  }
}
""",
    r"""
final picked = await _picker.pickMultiImage(maxWidth: 1920, imageQuality: 80);
if (picked.isEmpty || !mounted) return;
setState(() {
  _photos.addAll(picked.take(maxPhotos - _photos.length));
});
""",
    ["_picker.pickMultiImage | _picker.pickMultipleMedia", "setState", "_photos", "maxPhotos"],
    must_not=["pickImage(", "ImageSource.camera", "_photos.clear"],
    checks=["call .pickMultiImage | .pickMultipleMedia(maxWidth, imageQuality)", "literal 1920", "literal 80"],
)

row(
    "testing",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

import 'package:emlakcim/listing/listing_detail_page.dart';
import 'package:emlakcim/models/listing.dart';

final sampleListing = Listing(
  id: 'IL-20431',
  title: 'Deniz manzaralı 3+1 daire',
  price: 6450000,
  city: 'İzmir',
  district: 'Karşıyaka',
  roomLayout: '3+1',
  grossArea: 145,
  photoUrls: const [],
);

Future<void> pumpDetailOnPhone(WidgetTester tester, {Listing? listing}) async {
  // ekranı 390x844 telefona ayarla, test bitince geri alınsın; ListingDetailPage'i MaterialApp içinde aç
}

void main() {
  testWidgets('fiyat ve oda sayısı görünür', (tester) async {
    await pumpDetailOnPhone(tester);

    expect(find.text('3+1'), findsOneWidget);
    expect(find.textContaining('6.450.000'), findsOneWidget);
  });

  testWidgets('küçük ekranda taşma olmaz', (tester) async {
    await pumpDetailOnPhone(tester);
    await tester.pumpAndSettle();

    expect(tester.takeException(), isNull);
  });

  testWidgets('ara butonu kaydırınca da altta kalır', (tester) async {
    await pumpDetailOnPhone(tester, listing: sampleListing);
    await tester.drag(find.byType(Scrollable).first, const Offset(0, -600));
    await tester.pumpAndSettle();

    expect(find.widgetWithText(FilledButton, 'Ara'), findsOneWidget);
  });
}
""",
    r"""
tester.view.physicalSize = const Size(390, 844);
tester.view.devicePixelRatio = 1.0;
addTearDown(tester.view.reset);
await tester.pumpWidget(MaterialApp(home: ListingDetailPage(listing: listing ?? sampleListing)));
""",
    [
        "physicalSize | setSurfaceSize",
        "addTearDown | tearDown",
        "reset | resetPhysicalSize | null",
        "pumpWidget",
        "MaterialApp",
        "ListingDetailPage",
        "sampleListing",
    ],
    must_not=["physicalSizeTestValue", "binding.window", "platformDispatcher.views"],
    checks=["literal 390 | 1170", "literal 844 | 2532", "call tester.pumpWidget > MaterialApp"],
)

row(
    "performance",
    "statements",
    r"""
import 'package:sqflite/sqflite.dart';

import '../api/center_api.dart';
import '../models/donation_center.dart';

class CenterCache {
  CenterCache(this._db, this._api);

  final Database _db;
  final CenterApi _api;

  static const table = 'centers';

  Future<void> upsert(DonationCenter center) =>
      _db.insert(table, center.toMap(), conflictAlgorithm: ConflictAlgorithm.replace);

  Future<int> refresh() async {
    final List<DonationCenter> centers = await _api.fetchAll();
    await _db.delete(table);
    // tek tek insert yerine hepsini tek batch'te yaz, sonuç dönmesin
    return centers.length;
  }

  Future<List<DonationCenter>> inCity(String cityCode) async {
    final rows = await _db.query(table, where: 'city_code = ?', whereArgs: [cityCode], orderBy: 'name');
    return rows.map(DonationCenter.fromMap).toList();
  }

  Future<DonationCenter?> byId(String id) async {
    final rows = await _db.query(table, where: 'id = ?', whereArgs: [id], limit: 1);
    return rows.isEmpty ? null : DonationCenter.fromMap(rows.first);
  }

  Future<int> count() async {
    final rows = await _db.rawQuery('SELECT COUNT(*) AS n FROM $table');
    return Sqflite.firstIntValue(rows) ?? 0;
  }
}
""",
    r"""
final batch = _db.batch();
for (final center in centers) {
  batch.insert(table, center.toMap(), conflictAlgorithm: ConflictAlgorithm.replace);
}
await batch.commit(noResult: true);
""",
    [".batch(", "insert", "toMap", "commit", "noResult: true"],
    must_not=["upsert", "_db.insert", "rawInsert"],
    checks=["call .commit(noResult)"],
)

# ================================================================ callback

row(
    "platform",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:intl/intl.dart';

import '../models/listing.dart';

class ListingHeader extends StatelessWidget {
  const ListingHeader({super.key, required this.listing});

  final Listing listing;

  static final _price = NumberFormat.currency(locale: 'tr_TR', symbol: '₺', decimalDigits: 0);

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Padding(
      padding: const EdgeInsets.fromLTRB(16, 16, 16, 8),
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(_price.format(listing.price), style: theme.textTheme.headlineSmall),
          const SizedBox(height: 4),
          Text(listing.title, style: theme.textTheme.titleMedium),
          Text('${listing.district}, ${listing.city}', style: theme.textTheme.bodySmall),
          const SizedBox(height: 8),
          Row(
            children: [
              Chip(label: Text(listing.roomLayout)),
              const SizedBox(width: 8),
              Chip(label: Text('${listing.grossArea} m²')),
              const Spacer(),
              TextButton.icon(
                icon: const Icon(Icons.copy, size: 16),
                label: Text('İlan no: ${listing.refNo}'),
                onPressed: () async {
                  // ilan numarasini panoya kopyala, hafif titresim ver ve 'Ilan no kopyalandi' snackbar'i goster
                },
              ),
            ],
          ),
        ],
      ),
    );
  }
}
""",
    r"""
await Clipboard.setData(ClipboardData(text: listing.refNo));
await HapticFeedback.lightImpact();
if (!context.mounted) return;
ScaffoldMessenger.of(context).showSnackBar(
  const SnackBar(content: Text('İlan no kopyalandı')),
);
""",
    [
        "Clipboard.setData",
        "ClipboardData",
        "listing.refNo",
        "HapticFeedback.lightImpact | HapticFeedback.selectionClick",
        "showSnackBar",
    ],
    must_not=["HapticFeedback.heavyImpact", "HapticFeedback.vibrate", "Clipboard.getData"],
    checks=["call Clipboard.setData > ClipboardData", "literal 'Ilan no kopyalandi'"],
)

row(
    "images_assets",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/campaign.dart';

class CampaignCard extends StatelessWidget {
  const CampaignCard({super.key, required this.campaign, required this.onJoin});

  final Campaign campaign;
  final VoidCallback onJoin;

  @override
  Widget build(BuildContext context) {
    return Card(
      clipBehavior: Clip.antiAlias,
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          SizedBox(
            height: 180,
            child: Image.network(
              campaign.bannerUrl,
              fit: BoxFit.cover,
              loadingBuilder: (context, child, loadingProgress) {
                // inerken ortada yüzdeli ilerleme göster
              },
              errorBuilder: (context, error, stackTrace) => const ColoredBox(
                color: Color(0xFFFFEBEE),
                child: Center(child: Icon(Icons.bloodtype, size: 48, color: Colors.red)),
              ),
            ),
          ),
          Padding(
            padding: const EdgeInsets.all(12),
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                Text(campaign.title, style: Theme.of(context).textTheme.titleMedium),
                const SizedBox(height: 4),
                Text('${campaign.location} · ${campaign.dateLabel}'),
                Text('Hedef ${campaign.targetUnits} ünite, toplanan ${campaign.collectedUnits}'),
              ],
            ),
          ),
          Align(
            alignment: Alignment.centerRight,
            child: TextButton(onPressed: onJoin, child: const Text('Katıl')),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
if (loadingProgress == null) return child;
final total = loadingProgress.expectedTotalBytes;
return Center(
  child: CircularProgressIndicator(
    value: total == null ? null : loadingProgress.cumulativeBytesLoaded / total,
  ),
);
""",
    [
        "loadingProgress == null | loadingProgress != null",
        "child",
        "cumulativeBytesLoaded",
        "expectedTotalBytes",
        "Center | Align",
        "CircularProgressIndicator | LinearProgressIndicator | Text",
    ],
    must_not=["Image.network", "Image.asset"],
    checks=["call CircularProgressIndicator | LinearProgressIndicator | Text"],
)

row(
    "testing",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:mocktail/mocktail.dart';

import 'package:kan_bagisi/appointments/appointment_page.dart';
import 'package:kan_bagisi/appointments/appointment_repository.dart';
import 'package:kan_bagisi/models/time_slot.dart';

class MockAppointmentRepository extends Mock implements AppointmentRepository {}

void main() {
  late MockAppointmentRepository repository;
  final slot = TimeSlot(start: DateTime(2025, 3, 14, 10, 30), capacity: 4);

  setUpAll(() {
    registerFallbackValue(slot);
  });

  setUp(() {
    repository = MockAppointmentRepository();
    when(() => repository.slotsFor('KZL-034')).thenAnswer((_) async => [slot]);
    when(() => repository.book(centerId: any(named: 'centerId'), slot: any(named: 'slot')))
        .thenAnswer((_) async => 'RND-1001');
  });

  testWidgets('seçilen saat için randevu alınır', (tester) async {
    await tester.pumpWidget(MaterialApp(
      home: AppointmentPage(centerId: 'KZL-034', repository: repository),
    ));
    await tester.pumpAndSettle();
    await tester.tap(find.text('10:30'));
    await tester.pump();

    // Randevu al'a bas, animasyonlar bitsin; book'un KZL-034 ve bu slot ile tam bir kez çağrıldığını doğrula
  });

  testWidgets('saat seçilmeden randevu alınamaz', (tester) async {
    await tester.pumpWidget(MaterialApp(
      home: AppointmentPage(centerId: 'KZL-034', repository: repository),
    ));
    await tester.pumpAndSettle();
    await tester.tap(find.text('Randevu al'));
    await tester.pumpAndSettle();

    verifyNever(() => repository.book(centerId: any(named: 'centerId'), slot: any(named: 'slot')));
  });
}
""",
    r"""
await tester.tap(find.text('Randevu al'));
await tester.pumpAndSettle();

verify(() => repository.book(centerId: 'KZL-034', slot: slot)).called(1);
""",
    ["tester.tap", "pumpAndSettle", "verify", "repository.book", "slot: slot | equals(slot)", "called(1)"],
    must_not=["verifyNever", "verifyZeroInteractions"],
    checks=["literal 'KZL-034'", "call verify > repository.book"],
)

row(
    "performance",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/listing.dart';
import '../services/listing_service.dart';
import '../widgets/listing_tile.dart';

class ListingFeed extends StatefulWidget {
  const ListingFeed({super.key, required this.service, required this.query});

  final ListingService service;
  final ListingQuery query;

  @override
  State<ListingFeed> createState() => _ListingFeedState();
}

class _ListingFeedState extends State<ListingFeed> {
  final _scroll = ScrollController();
  final _items = <Listing>[];
  int _page = 0;
  bool _loadingMore = false;
  bool _hasMore = true;

  @override
  void initState() {
    super.initState();
    _loadNextPage();
    _scroll.addListener(() {
      // sona 600 px kala sonraki sayfayi yukle; zaten yukleniyorsa ya da sayfa kalmadiysa bir sey yapma
    });
  }

  Future<void> _loadNextPage() async {
    setState(() => _loadingMore = true);
    final page = await widget.service.search(widget.query, page: _page + 1);
    if (!mounted) return;
    setState(() {
      _page++;
      _items.addAll(page.items);
      _hasMore = page.hasNext;
      _loadingMore = false;
    });
  }

  @override
  void dispose() {
    _scroll.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      controller: _scroll,
      itemCount: _items.length + (_loadingMore ? 1 : 0),
      itemBuilder: (context, index) {
        if (index == _items.length) {
          return const Padding(
            padding: EdgeInsets.all(16),
            child: Center(child: CircularProgressIndicator()),
          );
        }
        return ListingTile(listing: _items[index]);
      },
    );
  }
}
""",
    r"""
if (_loadingMore || !_hasMore) return;
if (_scroll.position.extentAfter < 600) {
  _loadNextPage();
}
""",
    ["_loadingMore", "_hasMore", "_scroll.position | _scroll.offset", "extentAfter | maxScrollExtent", "_loadNextPage"],
    must_not=["jumpTo", "animateTo", "_page = 0"],
    checks=["literal 600"],
)

# ================================================================ class_body

row(
    "platform",
    "class_body",
    r"""
import 'package:flutter/foundation.dart';
import 'package:permission_handler/permission_handler.dart';

import '../data/donor_repository.dart';
import 'push_service.dart';

/// Subscribes the donor to urgent blood-request pushes for their blood type and city.
class UrgentAlertsService {
  UrgentAlertsService(this._push, this._donors);

  final PushService _push;
  final DonorRepository _donors;

  bool _enabled = false;
  bool get enabled => _enabled;

  Future<void> enable() async {
    final granted = await requestNotificationPermission();
    if (!granted) {
      debugPrint('notification permission denied');
      return;
    }
    final donor = await _donors.current();
    await _push.subscribe('urgent_${donor.bloodType.code}_${donor.cityCode}');
    _enabled = true;
  }

  // bildirim izni iste; kalıcı olarak reddedilmişse uygulama ayarlarını aç, izin verilip verilmediğini döndür

  Future<void> disable() async {
    final donor = await _donors.current();
    await _push.unsubscribe('urgent_${donor.bloodType.code}_${donor.cityCode}');
    _enabled = false;
  }
}
""",
    r"""
Future<bool> requestNotificationPermission() async {
  final status = await Permission.notification.request();
  if (status.isPermanentlyDenied) {
    await openAppSettings();
  }
  return status.isGranted;
}
""",
    [
        "requestNotificationPermission",
        "Future<bool>",
        "Permission.notification",
        "request",
        "isPermanentlyDenied | PermissionStatus.permanentlyDenied",
        "openAppSettings",
        "isGranted | PermissionStatus.granted",
    ],
    must_not=["Permission.location", "Permission.camera"],
    checks=["call openAppSettings"],
)

row(
    "images_assets",
    "class_body",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/floor_plan.dart';

class FloorPlanViewer extends StatefulWidget {
  const FloorPlanViewer({super.key, required this.plan});

  final FloorPlan plan;

  @override
  State<FloorPlanViewer> createState() => _FloorPlanViewerState();
}

class _FloorPlanViewerState extends State<FloorPlanViewer> {
  late final ImageProvider _image = NetworkImage(widget.plan.imageUrl);
  late final Future<Size> _size = _imageSize(_image);

  // görselin gerçek piksel boyutunu döndüren _imageSize

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<Size>(
      future: _size,
      builder: (context, snapshot) {
        if (snapshot.hasError) {
          return const Center(child: Text('Kat planı yüklenemedi'));
        }
        final size = snapshot.data;
        if (size == null) return const Center(child: CircularProgressIndicator());
        return InteractiveViewer(
          maxScale: 5,
          child: Center(
            child: AspectRatio(
              aspectRatio: size.width / size.height,
              child: Image(image: _image, fit: BoxFit.contain),
            ),
          ),
        );
      },
    );
  }
}
""",
    r"""
Future<Size> _imageSize(ImageProvider provider) {
  final completer = Completer<Size>();
  final stream = provider.resolve(ImageConfiguration.empty);
  late final ImageStreamListener listener;
  listener = ImageStreamListener(
    (info, _) {
      completer.complete(Size(info.image.width.toDouble(), info.image.height.toDouble()));
      stream.removeListener(listener);
    },
    onError: (error, stackTrace) {
      completer.completeError(error, stackTrace);
      stream.removeListener(listener);
    },
  );
  stream.addListener(listener);
  return completer.future;
}
""",
    [
        "_imageSize",
        "Future<Size>",
        "resolve | instantiateImageCodec | decodeImageFromList | ImageDescriptor",
        "width",
        "height",
    ],
    must_not=["MediaQuery", "context.size", "LayoutBuilder"],
    checks=["call Size"],
)

row(
    "testing",
    "class_body",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:provider/provider.dart';

import 'package:emlakcim/favorites/favorite_button.dart';
import 'package:emlakcim/favorites/favorites_store.dart';

class FakeFavoritesStore extends ChangeNotifier implements FavoritesStore {
  FakeFavoritesStore([Iterable<String> initial = const []]) : _ids = {...initial};

  final Set<String> _ids;
  int toggleCalls = 0;

  @override
  bool isFavorite(String listingId) => _ids.contains(listingId);

  // toggle: id varsa çıkar yoksa ekle, toggleCalls'ı artır; gerçek API gibi 50 ms gecikmeli bitsin, dinleyicilere haber ver
}

void main() {
  Future<FakeFavoritesStore> pumpButton(WidgetTester tester, {bool favorite = false}) async {
    final store = FakeFavoritesStore([if (favorite) 'IL-20431']);
    await tester.pumpWidget(
      ChangeNotifierProvider<FavoritesStore>.value(
        value: store,
        child: const MaterialApp(home: Scaffold(body: FavoriteButton(listingId: 'IL-20431'))),
      ),
    );
    return store;
  }

  testWidgets('kalbe basınca favorilere eklenir', (tester) async {
    final store = await pumpButton(tester);
    await tester.tap(find.byIcon(Icons.favorite_border));
    await tester.pump(const Duration(milliseconds: 50));

    expect(store.toggleCalls, 1);
    expect(find.byIcon(Icons.favorite), findsOneWidget);
  });

  testWidgets('favorideki ilan tekrar basınca çıkarılır', (tester) async {
    final store = await pumpButton(tester, favorite: true);
    await tester.tap(find.byIcon(Icons.favorite));
    await tester.pump(const Duration(milliseconds: 50));

    expect(store.isFavorite('IL-20431'), isFalse);
    expect(find.byIcon(Icons.favorite_border), findsOneWidget);
  });
}
""",
    r"""
@override
Future<void> toggle(String listingId) async {
  toggleCalls++;
  await Future<void>.delayed(const Duration(milliseconds: 50));
  if (!_ids.remove(listingId)) {
    _ids.add(listingId);
  }
  notifyListeners();
}
""",
    [
        "toggle",
        "toggleCalls++ | toggleCalls += 1 | ++toggleCalls | toggleCalls = toggleCalls + 1",
        "remove | contains",
        "add",
        "Future.delayed | Future<void>.delayed | Future<dynamic>.delayed",
        "notifyListeners",
    ],
    must_not=["throw UnimplementedError", "sleep("],
    checks=["literal 50", "call notifyListeners"],
)

row(
    "performance",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../api/donation_api.dart';
import '../models/donation.dart';
import '../widgets/donation_tile.dart';

class DonationHistoryPage extends StatefulWidget {
  const DonationHistoryPage({super.key, required this.api, required this.donorId});

  final DonationApi api;
  final String donorId;

  @override
  State<DonationHistoryPage> createState() => _DonationHistoryPageState();
}

class _DonationHistoryPageState extends State<DonationHistoryPage> {
  bool _showPlasma = true;

  // build her seferinde istek atmasın

  Future<void> _refresh() async {
    setState(() {
      _history = widget.api.fetchHistory(widget.donorId);
    });
    await _history;
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Bağış geçmişim'),
        actions: [
          FilterChip(
            label: const Text('Plazma'),
            selected: _showPlasma,
            onSelected: (value) => setState(() => _showPlasma = value),
          ),
        ],
      ),
      body: FutureBuilder<List<Donation>>(
        future: _history,
        builder: (context, snapshot) {
          if (snapshot.hasError) return const Center(child: Text('Geçmiş yüklenemedi'));
          final donations = snapshot.data;
          if (donations == null) return const Center(child: CircularProgressIndicator());
          final visible =
              _showPlasma ? donations : donations.where((d) => d.type != DonationType.plasma).toList();
          return RefreshIndicator(
            onRefresh: _refresh,
            child: ListView.builder(
              itemCount: visible.length,
              itemBuilder: (context, i) => DonationTile(donation: visible[i]),
            ),
          );
        },
      ),
    );
  }
}
""",
    r"""
late Future<List<Donation>> _history = widget.api.fetchHistory(widget.donorId);
""",
    ["_history", "fetchHistory", "widget.donorId"],
    must_not=["late final", "get _history", "didChangeDependencies", "Widget build"],
)

# ================================================================ element

row(
    "platform",
    "element",
    r"""
import 'package:flutter/foundation.dart';
import 'package:flutter/material.dart';

import '../services/location_service.dart';
import '../widgets/city_dropdown.dart';

class FindCenterPage extends StatefulWidget {
  const FindCenterPage({super.key, required this.location, required this.onSearch});

  final LocationService location;
  final void Function(String city) onSearch;

  @override
  State<FindCenterPage> createState() => _FindCenterPageState();
}

class _FindCenterPageState extends State<FindCenterPage> {
  String? _city;
  bool _locating = false;

  Future<void> _useCurrentLocation() async {
    setState(() => _locating = true);
    try {
      final city = await widget.location.currentCity();
      if (!mounted) return;
      setState(() => _city = city);
    } finally {
      if (mounted) setState(() => _locating = false);
    }
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Bağış noktası bul')),
      body: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            CityDropdown(value: _city, onChanged: (city) => setState(() => _city = city)),
            const SizedBox(height: 12),
            // web'de olmasin: 'Konumumu kullan' butonu, konum aranirken ikon yerine kucuk bir spinner donsun
            const SizedBox(height: 24),
            FilledButton(
              onPressed: _city == null ? null : () => widget.onSearch(_city!),
              child: const Text('Ara'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
if (!kIsWeb)
  OutlinedButton.icon(
    onPressed: _locating ? null : _useCurrentLocation,
    icon: _locating
        ? const SizedBox.square(dimension: 16, child: CircularProgressIndicator(strokeWidth: 2))
        : const Icon(Icons.my_location),
    label: const Text('Konumumu kullan'),
  ),
""",
    ["kIsWeb", "_useCurrentLocation", "_locating", "CircularProgressIndicator | CupertinoActivityIndicator"],
    must_not=["Platform.isAndroid", "Platform.isIOS", "dart:io"],
    checks=["literal 'Konumumu kullan'"],
)

row(
    "images_assets",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/donation_center.dart';

class CenterCard extends StatelessWidget {
  const CenterCard({super.key, required this.center, required this.distanceKm, required this.onTap});

  final DonationCenter center;
  final double distanceKm;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    return Card(
      clipBehavior: Clip.antiAlias,
      child: InkWell(
        onTap: onTap,
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            // merkezin fotoğrafı: inene kadar assets/images/center_placeholder.png görünsün, 160 yükseklikte cover
            Padding(
              padding: const EdgeInsets.all(12),
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text(center.name, style: textTheme.titleMedium),
                  Text(center.address, maxLines: 2, overflow: TextOverflow.ellipsis),
                  const SizedBox(height: 8),
                  Row(
                    children: [
                      Icon(Icons.circle, size: 10, color: center.isOpenNow ? Colors.green : Colors.grey),
                      const SizedBox(width: 4),
                      Text(center.isOpenNow ? 'Açık' : 'Kapalı'),
                      const Spacer(),
                      Text('${distanceKm.toStringAsFixed(1)} km'),
                    ],
                  ),
                ],
              ),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
FadeInImage.assetNetwork(
  placeholder: 'assets/images/center_placeholder.png',
  image: center.photoUrl,
  height: 160,
  fit: BoxFit.cover,
),
""",
    ["center.photoUrl", "BoxFit.cover", "FadeInImage | placeholder | loadingBuilder | frameBuilder"],
    must_not=["BoxFit.contain", "BoxFit.fill", "BoxFit.fitWidth"],
    checks=["literal 'assets/images/center_placeholder.png'", "literal 160"],
)

row(
    "testing",
    "element",
    r"""
import 'package:flutter_test/flutter_test.dart';

import 'package:kan_bagisi/eligibility/eligibility_checker.dart';

void main() {
  final checker = EligibilityChecker(today: DateTime(2025, 5, 1));

  final cases = <({int age, double weightKg, int daysSinceLast, bool expected})>[
    (age: 30, weightKg: 75, daysSinceLast: 120, expected: true),
    (age: 30, weightKg: 75, daysSinceLast: 45, expected: false),
    (age: 45, weightKg: 62, daysSinceLast: 90, expected: true),
    // sinir vakalari: 18 yas 50 kilo uygun, 17 yas uygun degil, 49.5 kilo uygun degil
  ];

  group('EligibilityChecker.canDonate', () {
    for (final c in cases) {
      test('${c.age} yaş, ${c.weightKg} kg, son bağıştan ${c.daysSinceLast} gün -> ${c.expected}', () {
        expect(
          checker.canDonate(age: c.age, weightKg: c.weightKg, daysSinceLast: c.daysSinceLast),
          c.expected,
        );
      });
    }
  });

  test('ilk kez bağış yapacak kişide gün sınırı aranmaz', () {
    expect(checker.canDonate(age: 25, weightKg: 70, daysSinceLast: null), isTrue);
  });

  test('bir sonraki uygun tarih son bağışa göre hesaplanır', () {
    expect(
      checker.nextEligibleDate(lastDonation: DateTime(2025, 3, 1)),
      DateTime(2025, 5, 30),
    );
  });
}
""",
    r"""
(age: 18, weightKg: 50, daysSinceLast: 120, expected: true),
(age: 17, weightKg: 60, daysSinceLast: 120, expected: false),
(age: 30, weightKg: 49.5, daysSinceLast: 120, expected: false),
""",
    ["age", "weightKg", "daysSinceLast", "expected: true", "expected: false"],
    must_not=["test(", "expect("],
    checks=["literal 18", "literal 50", "literal 17", "literal 49.5"],
)

row(
    "performance",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/blood_request.dart';
import '../widgets/blood_request_tile.dart';
import '../widgets/urgent_banner.dart';

class BloodRequestsPage extends StatelessWidget {
  const BloodRequestsPage({super.key, required this.requests});

  final List<BloodRequest> requests;

  @override
  Widget build(BuildContext context) {
    final urgent = requests.where((r) => r.isUrgent).length;
    return Scaffold(
      body: CustomScrollView(
        slivers: [
          const SliverAppBar.large(title: Text('Kan ihtiyaçları')),
          if (urgent > 0) SliverToBoxAdapter(child: UrgentBanner(count: urgent)),
          SliverPadding(
            padding: const EdgeInsets.fromLTRB(16, 8, 16, 4),
            sliver: SliverToBoxAdapter(
              child: Text('${requests.length} talep', style: Theme.of(context).textTheme.labelLarge),
            ),
          ),
          // yüzlerce talep olabilir; satırları tembel kuran, her biri 88 px sabit yükseklikli liste
        ],
      ),
      floatingActionButton: FloatingActionButton.extended(
        onPressed: () => Navigator.of(context).pushNamed('/talep-olustur'),
        icon: const Icon(Icons.add),
        label: const Text('Talep oluştur'),
      ),
    );
  }
}
""",
    r"""
SliverFixedExtentList.builder(
  itemExtent: 88,
  itemCount: requests.length,
  itemBuilder: (context, index) => BloodRequestTile(request: requests[index]),
),
""",
    [
        "itemExtent | itemExtentBuilder | SliverPrototypeExtentList | height",
        "builder | SliverChildBuilderDelegate",
        "requests",
        "BloodRequestTile",
    ],
    must_not=["SliverToBoxAdapter", "shrinkWrap", "SliverChildListDelegate", "SliverFillRemaining"],
    checks=["literal 88"],
)

# ================================================================ argument

row(
    "platform",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/listing_draft.dart';
import '../services/listing_service.dart';

class NewListingPage extends StatefulWidget {
  const NewListingPage({super.key, required this.service});

  final ListingService service;

  @override
  State<NewListingPage> createState() => _NewListingPageState();
}

class _NewListingPageState extends State<NewListingPage> {
  final _formKey = GlobalKey<FormState>();
  final _draft = ListingDraft();
  bool _dirty = false;

  Future<bool> _confirmLeave() async {
    final leave = await showDialog<bool>(
      context: context,
      builder: (context) => AlertDialog(
        title: const Text('Değişiklikler kaybolacak'),
        content: const Text('İlanı kaydetmeden çıkmak istiyor musunuz?'),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
          TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Çık')),
        ],
      ),
    );
    return leave ?? false;
  }

  @override
  Widget build(BuildContext context) {
    return PopScope(
      // Android geri tuşu: form değiştiyse hemen çıkma, _confirmLeave onaylarsa sayfayı kapat
      child: Scaffold(
        appBar: AppBar(title: const Text('Yeni ilan')),
        body: Form(
          key: _formKey,
          onChanged: () => setState(() => _dirty = true),
          child: ListView(
            padding: const EdgeInsets.all(16),
            children: [
              TextFormField(
                decoration: const InputDecoration(labelText: 'Başlık'),
                onSaved: (value) => _draft.title = value ?? '',
              ),
              TextFormField(
                decoration: const InputDecoration(labelText: 'Fiyat (₺)'),
                keyboardType: TextInputType.number,
                onSaved: (value) => _draft.price = int.tryParse(value ?? ''),
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
canPop: !_dirty,
onPopInvokedWithResult: (didPop, result) async {
  if (didPop) return;
  final leave = await _confirmLeave();
  if (leave && context.mounted) Navigator.of(context).pop();
},
""",
    [
        "canPop",
        "_dirty",
        "onPopInvokedWithResult",
        "didPop",
        "_confirmLeave",
        "Navigator.pop | Navigator.of | maybePop | context.pop",
    ],
    must_not=["WillPopScope", "onWillPop", "onPopInvoked:", "canPop: true", "SystemNavigator.pop"],
)

row(
    "images_assets",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/listing.dart';

class FeaturedListingCard extends StatelessWidget {
  const FeaturedListingCard({super.key, required this.listing, required this.onTap});

  final Listing listing;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTap: onTap,
      child: Container(
        width: 280,
        height: 180,
        margin: const EdgeInsets.only(right: 12),
        padding: const EdgeInsets.all(12),
        // kapak fotoğrafı (listing.coverUrl) arka planı cover kaplasın, köşeler 16 yuvarlak; yazılar okunsun diye görseli %40 karart
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            if (listing.isFeatured)
              Container(
                padding: const EdgeInsets.symmetric(horizontal: 8, vertical: 2),
                decoration: BoxDecoration(color: Colors.amber, borderRadius: BorderRadius.circular(4)),
                child: const Text('Öne çıkan', style: TextStyle(fontSize: 12)),
              ),
            const Spacer(),
            Text(
              listing.title,
              maxLines: 1,
              overflow: TextOverflow.ellipsis,
              style: const TextStyle(color: Colors.white, fontWeight: FontWeight.bold),
            ),
            Text(
              '${listing.roomLayout} · ${listing.district}',
              style: const TextStyle(color: Colors.white70),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
decoration: BoxDecoration(
  borderRadius: BorderRadius.circular(16),
  image: DecorationImage(
    image: NetworkImage(listing.coverUrl),
    fit: BoxFit.cover,
    colorFilter: ColorFilter.mode(Colors.black.withValues(alpha: 0.4), BlendMode.darken),
  ),
),
""",
    [
        "decoration:",
        "BoxDecoration",
        "DecorationImage",
        "listing.coverUrl",
        "BoxFit.cover",
        "colorFilter | opacity",
        "borderRadius",
    ],
    must_not=["withOpacity", "BoxFit.contain", "foregroundDecoration"],
    checks=["call DecorationImage(image, fit)", "literal 16", "literal 0.4 | 0.6 | 102"],
)

row(
    "testing",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

import 'package:emlakcim/search/search_results_page.dart';
import '../fakes/fake_listing_repository.dart';

void main() {
  testWidgets('listenin sonundaki ilan kaydırınca görünür', (tester) async {
    final repository = FakeListingRepository.withCount(40);
    await tester.pumpWidget(MaterialApp(home: SearchResultsPage(repository: repository)));
    await tester.pumpAndSettle();

    // Featured listings scroll horizontally above the vertical results list.
    expect(find.byKey(const ValueKey('featured-carousel')), findsOneWidget);
    expect(find.byKey(const ValueKey('results-list')), findsOneWidget);

    await tester.scrollUntilVisible(
      find.text('İlan #40'),
      500,
      // dikey sonuç listesindeki Scrollable'ı kullan
    );

    expect(find.text('İlan #40'), findsOneWidget);
  });

  testWidgets('sonuç yoksa boş durum gösterilir', (tester) async {
    await tester.pumpWidget(
      MaterialApp(home: SearchResultsPage(repository: FakeListingRepository.withCount(0))),
    );
    await tester.pumpAndSettle();

    expect(find.text('Aramanıza uygun ilan bulunamadı'), findsOneWidget);
    expect(find.byKey(const ValueKey('results-list')), findsNothing);
  });
}
""",
    r"""
scrollable: find.descendant(
  of: find.byKey(const ValueKey('results-list')),
  matching: find.byType(Scrollable),
),
""",
    ["scrollable:", "Scrollable", "descendant | .last"],
    must_not=["byType(Scrollable).first", "byType(Scrollable).at(0)"],
)

row(
    "performance",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../search/search_page.dart';
import 'favorites_page.dart';

class FavoritesModel extends ChangeNotifier {
  final _ids = <String>{};
  String? lastViewedId;

  Set<String> get ids => Set.unmodifiable(_ids);
  int get count => _ids.length;

  void toggle(String listingId) {
    if (!_ids.remove(listingId)) _ids.add(listingId);
    notifyListeners();
  }

  void markViewed(String listingId) {
    lastViewedId = listingId;
    notifyListeners();
  }
}

class HomeShell extends StatelessWidget {
  const HomeShell({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Emlakçım'),
        actions: [
          Selector<FavoritesModel, int>(
            // model her değiştiğinde değil, sadece favori sayısı değişince yeniden çizilsin
            builder: (context, count, child) => Badge(
              isLabelVisible: count > 0,
              label: Text('$count'),
              child: child,
            ),
            child: IconButton(
              icon: const Icon(Icons.favorite_border),
              onPressed: () => Navigator.of(context).push(
                MaterialPageRoute<void>(builder: (_) => const FavoritesPage()),
              ),
            ),
          ),
        ],
      ),
      body: const SearchPage(),
    );
  }
}
""",
    r"""
selector: (context, favorites) => favorites.count,
""",
    ["selector:", "count | ids.length"],
    must_not=["context.watch", "lastViewedId"],
)


if __name__ == "__main__":
    ROWS.write()
