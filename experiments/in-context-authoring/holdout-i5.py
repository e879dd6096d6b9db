"""In-context held-out rows, batch 9 (holdout-i5): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics dart_language, async, widgets_layout, navigation,
state (4 each, spread over the positions); app domains a community-garden plot allocation app and a museum
audio-guide app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-i5.py  -> data/in_context/drafts/holdout-i5.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-i5", "holdi5")
row = ROWS.row


# ================================================================ statements

row(
    "dart_language",
    "statements",
    r"""
import '../models/garden_plot.dart';
import '../models/gardener.dart';

enum PlotSize { small, medium, large }

/// Yearly plot fees of the community garden, billed when a plot is allocated.
class FeeCalculator {
  const FeeCalculator({this.waterSurcharge = 30});

  final double waterSurcharge;

  PlotSize sizeOf(GardenPlot plot) {
    if (plot.areaM2 < 20) return PlotSize.small;
    if (plot.areaM2 < 40) return PlotSize.medium;
    return PlotSize.large;
  }

  bool hasDiscount(Gardener gardener) => gardener.isRetired;

  double baseFee(GardenPlot plot, Gardener gardener) {
    // küçük parsel 150, orta 250, büyük 400 TL; emekliyse yarısı
  }

  double yearlyFee(GardenPlot plot, Gardener gardener) {
    final base = baseFee(plot, gardener);
    return plot.hasWaterTap ? base + waterSurcharge : base;
  }

  String invoiceLine(GardenPlot plot, Gardener gardener) {
    final fee = yearlyFee(plot, gardener);
    final note = hasDiscount(gardener) ? ' (emekli indirimi)' : '';
    return '${plot.code} · ${gardener.fullName} · ${fee.toStringAsFixed(2)} TL$note';
  }

  double seasonTotal(Map<GardenPlot, Gardener> allocations) {
    var total = 0.0;
    allocations.forEach((plot, gardener) => total += yearlyFee(plot, gardener));
    return total;
  }
}
""",
    r"""
final fee = switch (sizeOf(plot)) {
  PlotSize.small => 150.0,
  PlotSize.medium => 250.0,
  PlotSize.large => 400.0,
};
return gardener.isRetired ? fee / 2 : fee;
""",
    ["sizeOf | areaM2", "isRetired | hasDiscount", "return"],
    checks=["literal 150", "literal 250", "literal 400", "literal 2 | 0.5 | 50"],
)

row(
    "async",
    "statements",
    r"""
import 'package:flutter/foundation.dart';

import '../models/audio_track.dart';
import '../models/tour.dart';
import 'track_downloader.dart';

/// Downloads a tour's audio before the visitor walks in, so the galleries' weak Wi-Fi does not matter.
class OfflineTourService {
  OfflineTourService(this._downloader);

  final TrackDownloader _downloader;
  final ValueNotifier<double> progress = ValueNotifier(0);
  bool _cancelled = false;

  Future<bool> isDownloaded(Tour tour) async {
    for (final track in tour.tracks) {
      if (!await _downloader.exists(track)) return false;
    }
    return true;
  }

  Future<void> download(Tour tour) async {
    _cancelled = false;
    progress.value = 0;
    // parçaları sırayla indir, her biri bitince progress'i güncelle; iptal edildiyse dur
  }

  void cancel() => _cancelled = true;

  Future<void> redownload(AudioTrack track) async {
    await _downloader.delete(track);
    await _downloader.download(track);
  }

  Future<void> remove(Tour tour) async {
    for (final track in tour.tracks) {
      await _downloader.delete(track);
    }
    progress.value = 0;
  }

  void dispose() => progress.dispose();
}
""",
    r"""
final tracks = tour.tracks;
for (var i = 0; i < tracks.length; i++) {
  if (_cancelled) return;
  await _downloader.download(tracks[i]);
  progress.value = (i + 1) / tracks.length;
}
""",
    ["for", "await", "_downloader.download | redownload", "progress.value", "_cancelled", "length"],
    must_not=["Future.wait", ".wait"],
)

row(
    "navigation",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/garden_plot.dart';
import '../models/plot_application.dart';
import 'plot_picker_page.dart';

class ApplicationFormPage extends StatefulWidget {
  const ApplicationFormPage({super.key, required this.freePlots, required this.onSave});

  final List<GardenPlot> freePlots;
  final ValueChanged<PlotApplication> onSave;

  @override
  State<ApplicationFormPage> createState() => _ApplicationFormPageState();
}

class _ApplicationFormPageState extends State<ApplicationFormPage> {
  final _notes = TextEditingController();
  final List<GardenPlot> _preferred = [];

  @override
  void dispose() {
    _notes.dispose();
    super.dispose();
  }

  Future<void> _addPreference() async {
    // PlotPickerPage'i aç, henüz seçilmemiş boş parselleri ver; dönen parseli _preferred'a ekle
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Parsel başvurusu')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          for (final (i, plot) in _preferred.indexed)
            ListTile(
              leading: CircleAvatar(child: Text('${i + 1}')),
              title: Text(plot.code),
              subtitle: Text('${plot.areaM2} m²'),
              trailing: IconButton(
                icon: const Icon(Icons.close),
                onPressed: () => setState(() => _preferred.remove(plot)),
              ),
            ),
          OutlinedButton.icon(
            icon: const Icon(Icons.add),
            label: const Text('Tercih ekle'),
            onPressed: _preferred.length >= 3 ? null : _addPreference,
          ),
          TextField(controller: _notes, decoration: const InputDecoration(labelText: 'Not')),
          FilledButton(
            onPressed: _preferred.isEmpty
                ? null
                : () => widget.onSave(PlotApplication(preferredPlots: _preferred, note: _notes.text)),
            child: const Text('Kaydet'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
final available = widget.freePlots.where((p) => !_preferred.contains(p)).toList();
final picked = await Navigator.of(context).push<GardenPlot>(
  MaterialPageRoute(builder: (context) => PlotPickerPage(plots: available)),
);
if (picked == null || !mounted) return;
setState(() => _preferred.add(picked));
""",
    [
        "push",
        "PlotPickerPage",
        "widget.freePlots",
        "contains | where | removeWhere | difference | any",
        "await | then",
        "_preferred",
        "add",
        "setState",
    ],
    must_not=["pushReplacement", "pushNamed"],
    checks=["call PlotPickerPage", "call MaterialPageRoute | PageRouteBuilder | CupertinoPageRoute > PlotPickerPage"],
)

row(
    "state",
    "statements",
    r"""
import 'package:flutter/foundation.dart';
import 'package:shared_preferences/shared_preferences.dart';

import '../models/tour.dart';

/// Which exhibits the visitor has already listened to; survives app restarts during the visit.
class TourProgress extends ChangeNotifier {
  TourProgress(this._prefs, this.tour) : _listened = (_prefs.getStringList(_key) ?? const []).toSet();

  static const _key = 'listened_exhibits';

  final SharedPreferences _prefs;
  final Tour tour;
  final Set<String> _listened;

  bool isListened(String exhibitId) => _listened.contains(exhibitId);

  double get completion {
    if (tour.exhibitIds.isEmpty) return 0;
    return tour.exhibitIds.where(_listened.contains).length / tour.exhibitIds.length;
  }

  String? get nextExhibitId {
    for (final id in tour.exhibitIds) {
      if (!_listened.contains(id)) return id;
    }
    return null;
  }

  Future<void> markListened(String exhibitId) async {
    // daha önce dinlenmediyse ekle, haber ver ve listeyi prefs'e yaz
  }

  Future<void> reset() async {
    _listened.clear();
    notifyListeners();
    await _prefs.remove(_key);
  }
}
""",
    r"""
if (!_listened.add(exhibitId)) return;
notifyListeners();
await _prefs.setStringList(_key, _listened.toList());
""",
    ["if | contains", "_listened", "add", "notifyListeners", "_prefs.setStringList", "_key | 'listened_exhibits'"],
    must_not=["setString(", "jsonEncode"],
    checks=["call notifyListeners", "call .setStringList"],
)


# ================================================================ callback

row(
    "async",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/plot_application.dart';
import '../services/allocation_api.dart';

class ApplicationSubmitBar extends StatefulWidget {
  const ApplicationSubmitBar({
    super.key,
    required this.api,
    required this.application,
    required this.onSubmitted,
  });

  final AllocationApi api;
  final PlotApplication application;
  final VoidCallback onSubmitted;

  @override
  State<ApplicationSubmitBar> createState() => _ApplicationSubmitBarState();
}

class _ApplicationSubmitBarState extends State<ApplicationSubmitBar> {
  bool _sending = false;

  @override
  Widget build(BuildContext context) {
    final ready = widget.application.preferredPlots.isNotEmpty && widget.application.acceptedRules;
    return SafeArea(
      child: Padding(
        padding: const EdgeInsets.fromLTRB(16, 8, 16, 16),
        child: FilledButton.icon(
          icon: _sending
              ? const SizedBox.square(dimension: 18, child: CircularProgressIndicator(strokeWidth: 2))
              : const Icon(Icons.send),
          label: const Text('Başvuruyu gönder'),
          onPressed: !ready || _sending
              ? null
              : () async {
                  setState(() => _sending = true);
                  // api.submit ile gönder; 15 sn içinde cevap gelmezse 'Sunucu yanıt vermedi' snackbar'ı göster
                },
        ),
      ),
    );
  }
}
""",
    r"""
try {
  await widget.api.submit(widget.application).timeout(const Duration(seconds: 15));
  widget.onSubmitted();
} on TimeoutException {
  if (!mounted) return;
  ScaffoldMessenger.of(context).showSnackBar(const SnackBar(content: Text('Sunucu yanıt vermedi')));
} finally {
  if (mounted) setState(() => _sending = false);
}
""",
    ["submit", "timeout | Future.any", "TimeoutException | onTimeout | catch", "showSnackBar"],
    checks=["literal 15 | 15000", "literal 'Sunucu yanıt vermedi'", "call SnackBar"],
)

row(
    "widgets_layout",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/exhibit.dart';

/// Swipeable photos of an exhibit at the top of its page.
class ExhibitGallery extends StatefulWidget {
  const ExhibitGallery({super.key, required this.exhibit});

  final Exhibit exhibit;

  @override
  State<ExhibitGallery> createState() => _ExhibitGalleryState();
}

class _ExhibitGalleryState extends State<ExhibitGallery> {
  final _controller = PageController();

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final photos = widget.exhibit.photoUrls;
    if (photos.isEmpty) {
      return const AspectRatio(
        aspectRatio: 4 / 3,
        child: Center(child: Icon(Icons.image_not_supported_outlined, size: 48)),
      );
    }
    return AspectRatio(
      aspectRatio: 4 / 3,
      child: ColoredBox(
        color: Colors.black,
        child: PageView.builder(
          controller: _controller,
          itemCount: photos.length,
          itemBuilder: (context, index) {
            // fotoğraf kırpılmadan sığsın, sağ alt köşede 12 boşlukla '3 / 8' gibi sayaç olsun
          },
        ),
      ),
    );
  }
}
""",
    r"""
return Stack(
  fit: StackFit.expand,
  children: [
    Image.network(photos[index], fit: BoxFit.contain),
    Positioned(
      right: 12,
      bottom: 12,
      child: DecoratedBox(
        decoration: BoxDecoration(color: Colors.black54, borderRadius: BorderRadius.circular(12)),
        child: Padding(
          padding: const EdgeInsets.symmetric(horizontal: 8, vertical: 4),
          child: Text('${index + 1} / ${photos.length}', style: const TextStyle(color: Colors.white)),
        ),
      ),
    ),
  ],
);
""",
    [
        "Stack",
        "Positioned | Align",
        "Image.network | Image( | NetworkImage",
        "BoxFit.contain | BoxFit.scaleDown",
        "index + 1",
        "photos.length | photoUrls.length",
    ],
    must_not=["BoxFit.cover", "BoxFit.fill"],
    checks=["call Stack", "literal 12"],
)

row(
    "navigation",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import '../models/exhibit.dart';
import '../state/guide_settings.dart';

/// All exhibits of one gallery room, in the order of their wall labels.
class RoomExhibitList extends StatelessWidget {
  const RoomExhibitList({
    super.key,
    required this.roomName,
    required this.exhibits,
    required this.settings,
  });

  final String roomName;
  final List<Exhibit> exhibits;
  final GuideSettings settings;

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(
      slivers: [
        SliverAppBar.medium(title: Text(roomName)),
        SliverList.separated(
          itemCount: exhibits.length,
          separatorBuilder: (context, index) => const Divider(height: 1),
          itemBuilder: (context, index) {
            final exhibit = exhibits[index];
            final hasTrack = exhibit.trackFor(settings.languageCode) != null;
            return ListTile(
              leading: CircleAvatar(child: Text('${exhibit.labelNumber}')),
              title: Text(exhibit.title),
              subtitle: Text(exhibit.artist),
              trailing: hasTrack ? const Icon(Icons.headphones) : null,
              onTap: () {
                // 'exhibit' rotasini id ile ac, secili dili lang parametresi olarak ekle
              },
            );
          },
        ),
      ],
    );
  }
}
""",
    r"""
context.pushNamed(
  'exhibit',
  pathParameters: {'id': exhibit.id},
  queryParameters: {'lang': settings.languageCode},
);
""",
    ["pushNamed | goNamed", "pathParameters", "exhibit.id", "queryParameters", "settings.languageCode"],
    must_not=["Navigator.pushNamed", "arguments:"],
    checks=["literal 'exhibit'", "literal 'lang'"],
)

row(
    "state",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../models/garden_plot.dart';

/// Plots the gardener has starred on the map; at most three go into the application.
class PlotWishList extends ChangeNotifier {
  final List<String> _ids = [];

  List<String> get ids => List.unmodifiable(_ids);
  bool get isFull => _ids.length >= 3;

  bool contains(String plotId) => _ids.contains(plotId);

  void add(String plotId) {
    if (isFull || _ids.contains(plotId)) return;
    _ids.add(plotId);
    notifyListeners();
  }

  void remove(String plotId) {
    if (_ids.remove(plotId)) notifyListeners();
  }
}

class WishToggleButton extends StatelessWidget {
  const WishToggleButton({super.key, required this.plot});

  final GardenPlot plot;

  @override
  Widget build(BuildContext context) {
    final saved = context.select<PlotWishList, bool>((list) => list.contains(plot.id));
    final full = context.select<PlotWishList, bool>((list) => list.isFull);
    return IconButton(
      tooltip: saved ? 'Listeden çıkar' : 'Listeye ekle',
      icon: Icon(saved ? Icons.star : Icons.star_border),
      onPressed: () {
        // ekliyse çıkar; değilse ekle, liste doluysa 'En fazla 3 parsel seçebilirsin' uyarısı ver
      },
    );
  }
}
""",
    r"""
final wishList = context.read<PlotWishList>();
if (saved) {
  wishList.remove(plot.id);
} else if (full) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('En fazla 3 parsel seçebilirsin')),
  );
} else {
  wishList.add(plot.id);
}
""",
    [
        "context.read | listen: false",
        "saved | contains",
        "remove",
        "full | isFull",
        "showSnackBar | showDialog | showAdaptiveDialog",
        "add",
        "plot.id",
    ],
    must_not=["context.watch", "context.select"],
    checks=["literal 'En fazla 3 parsel'"],
)


# ================================================================ class_body

row(
    "dart_language",
    "class_body",
    r"""
import 'audio_track.dart';

/// An object on display, as the guide shows it on the exhibit page.
class Exhibit {
  const Exhibit({
    required this.id,
    required this.title,
    required this.artist,
    required this.labelNumber,
    this.startYear,
    this.endYear,
    this.tracks = const [],
  });

  factory Exhibit.fromJson(Map<String, dynamic> json) => Exhibit(
        id: json['id'] as String,
        title: json['title'] as String,
        artist: json['artist'] as String? ?? 'Anonim',
        labelNumber: json['label'] as int,
        startYear: json['start_year'] as int?,
        endYear: json['end_year'] as int?,
        tracks: [
          for (final track in json['tracks'] as List? ?? const [])
            AudioTrack.fromJson(track as Map<String, dynamic>),
        ],
      );

  final String id;
  final String title;
  final String artist;
  final int labelNumber;
  final int? startYear;
  final int? endYear;
  final List<AudioTrack> tracks;

  bool get hasAudio => tracks.isNotEmpty;

  // dönem getter'ı: '1850–1870', sadece başlangıç varsa 'yaklaşık 1850', hiçbiri yoksa 'Tarih bilinmiyor'

  AudioTrack? trackFor(String languageCode) {
    for (final track in tracks) {
      if (track.languageCode == languageCode) return track;
    }
    return null;
  }
}
""",
    r"""
String get period => switch ((startYear, endYear)) {
      (final int start, final int end) => '$start–$end',
      (final int start, null) => 'yaklaşık $start',
      _ => 'Tarih bilinmiyor',
    };
""",
    ["get", "startYear", "endYear"],
    checks=["literal 'yaklaşık'", "literal 'Tarih bilinmiyor'"],
)

row(
    "async",
    "class_body",
    r"""
import 'dart:async';

import '../models/beacon_reading.dart';
import 'beacon_scanner.dart';

/// Works out which gallery the visitor is standing in from the BLE beacons mounted in each room.
class RoomLocator {
  RoomLocator(this._scanner, {this.minRssi = -80});

  final BeaconScanner _scanner;
  final int minRssi;

  /// Strongest beacon of each scan that is close enough to trust.
  Stream<BeaconReading> get _nearest => _scanner.scans
      .map((scan) => scan.where((b) => b.rssi >= minRssi).toList())
      .where((scan) => scan.isNotEmpty)
      .map((scan) => scan.reduce((a, b) => a.rssi >= b.rssi ? a : b));

  // en yakın beacon'ın roomId'sini yayınlayan stream getter; oda aynı kaldıkça tekrar yayınlamasın

  Future<String?> currentRoom({Duration wait = const Duration(seconds: 5)}) async {
    try {
      final reading = await _nearest.first.timeout(wait);
      return reading.roomId;
    } on TimeoutException {
      return null;
    }
  }

  Future<void> start() => _scanner.start();

  Future<void> stop() => _scanner.stop();
}
""",
    r"""
Stream<String> get roomChanges => _nearest.map((reading) => reading.roomId).distinct();
""",
    ["Stream", "get", "_nearest", "roomId", "distinct | !="],
    must_not=["StreamController"],
)

row(
    "widgets_layout",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/garden.dart';

/// App bar of the garden overview: garden name, season and the map / list / waitlist tabs.
class GardenAppBar extends StatelessWidget implements PreferredSizeWidget {
  const GardenAppBar({super.key, required this.garden, required this.controller});

  final Garden garden;
  final TabController controller;

  // yükseklik: toolbar + 48'lik sekme satırı

  @override
  Widget build(BuildContext context) {
    final text = Theme.of(context).textTheme;
    return AppBar(
      title: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(garden.name),
          Text('${garden.seasonYear} sezonu', style: text.labelMedium),
        ],
      ),
      actions: [
        IconButton(
          tooltip: 'Bahçe kuralları',
          icon: const Icon(Icons.rule_outlined),
          onPressed: () => showDialog<void>(
            context: context,
            builder: (context) => AlertDialog(title: const Text('Kurallar'), content: Text(garden.rules)),
          ),
        ),
      ],
      bottom: TabBar(
        controller: controller,
        tabs: const [
          Tab(text: 'Harita'),
          Tab(text: 'Liste'),
          Tab(text: 'Bekleme'),
        ],
      ),
    );
  }
}
""",
    r"""
@override
Size get preferredSize => const Size.fromHeight(kToolbarHeight + 48);
""",
    [
        "preferredSize",
        "Size.fromHeight | Size(",
        "kToolbarHeight | 56 | 104",
        "48 | kTextTabBarHeight | 104",
    ],
    must_not=["MediaQuery"],
)

row(
    "state",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/exhibit.dart';
import '../services/guide_player.dart';

class ExhibitAudioBar extends StatefulWidget {
  const ExhibitAudioBar({
    super.key,
    required this.exhibit,
    required this.player,
    required this.languageCode,
  });

  final Exhibit exhibit;
  final GuidePlayer player;
  final String languageCode;

  @override
  State<ExhibitAudioBar> createState() => _ExhibitAudioBarState();
}

class _ExhibitAudioBarState extends State<ExhibitAudioBar> {
  bool _loading = true;
  String? _error;

  @override
  void initState() {
    super.initState();
    _loadTrack();
  }

  // eser ya da dil degisirse calani durdurup yeni parcayi yukle

  Future<void> _loadTrack() async {
    final track = widget.exhibit.trackFor(widget.languageCode);
    String? error;
    if (track == null) {
      error = 'Bu eser için ses kaydı yok';
    } else {
      await widget.player.load(track.url);
    }
    if (!mounted) return;
    setState(() {
      _loading = false;
      _error = error;
    });
  }

  @override
  void dispose() {
    widget.player.stop();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    if (_loading) return const LinearProgressIndicator();
    if (_error != null) return ListTile(leading: const Icon(Icons.volume_off), title: Text(_error!));
    return ListenableBuilder(
      listenable: widget.player,
      builder: (context, _) => ListTile(
        title: Text(widget.exhibit.title),
        trailing: IconButton(
          icon: Icon(widget.player.isPlaying ? Icons.pause : Icons.play_arrow),
          onPressed: widget.player.togglePlay,
        ),
      ),
    );
  }
}
""",
    r"""
@override
void didUpdateWidget(covariant ExhibitAudioBar oldWidget) {
  super.didUpdateWidget(oldWidget);
  if (oldWidget.exhibit.id != widget.exhibit.id || oldWidget.languageCode != widget.languageCode) {
    widget.player.stop();
    _loading = true;
    _loadTrack();
  }
}
""",
    [
        "didUpdateWidget",
        "super.didUpdateWidget",
        "oldWidget.exhibit",
        "oldWidget.languageCode",
        "stop",
        "_loadTrack | player.load",
    ],
    must_not=["didChangeDependencies"],
)


# ================================================================ element

row(
    "dart_language",
    "element",
    r"""
import 'package:intl/intl.dart';

import '../models/garden_plot.dart';
import '../models/season.dart';

/// Plain-text summary the coordinator pastes into the neighbourhood group chat.
class SeasonReport {
  SeasonReport(this.season, this.plots);

  final Season season;
  final List<GardenPlot> plots;

  int get takenCount => plots.where((p) => p.holder != null).length;

  String holderLabel(GardenPlot plot) => plot.holder?.shortName ?? 'Boş';

  List<String> lines() {
    final date = DateFormat('d MMMM y', 'tr_TR').format(season.startsOn);
    return [
      '${season.name} sezonu – $date',
      'Dolu parsel: $takenCount / ${plots.length}',
      '',
      // her dolu parsel için 'A-3: Ayşe K. (12 m²)' gibi bir satır
      '',
      'Boş parseller: ${plots.where((p) => p.holder == null).map((p) => p.code).join(', ')}',
    ];
  }

  String asText() => lines().join('\n');

  Map<String, Object> toJson() => {
        'season': season.name,
        'taken': takenCount,
        'total': plots.length,
      };
}
""",
    r"""
for (final plot in plots)
  if (plot.holder != null) '${plot.code}: ${plot.holder!.shortName} (${plot.areaM2} m²)',
""",
    ["for | map", "if | where", "code", "holder | holderLabel", "areaM2"],
    checks=["literal 'm²'"],
)

row(
    "widgets_layout",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/audio_track.dart';
import '../models/exhibit.dart';

/// Header above the player controls: label number, title with the track length, artist.
class TrackHeader extends StatelessWidget {
  const TrackHeader({super.key, required this.exhibit, required this.track});

  final Exhibit exhibit;
  final AudioTrack track;

  String get _durationLabel {
    final minutes = track.duration.inMinutes;
    final seconds = (track.duration.inSeconds % 60).toString().padLeft(2, '0');
    return '$minutes:$seconds';
  }

  @override
  Widget build(BuildContext context) {
    final text = Theme.of(context).textTheme;
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 20, vertical: 12),
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        mainAxisSize: MainAxisSize.min,
        children: [
          Text('No. ${exhibit.labelNumber}', style: text.labelMedium),
          const SizedBox(height: 4),
          // başlık solda, süre sağda aynı satırda; başlık uzunsa tek satırda ... ile kesilsin
          const SizedBox(height: 8),
          Text(exhibit.artist, style: text.bodyMedium),
        ],
      ),
    );
  }
}
""",
    r"""
Row(
  children: [
    Expanded(
      child: Text(
        exhibit.title,
        maxLines: 1,
        overflow: TextOverflow.ellipsis,
        style: text.titleLarge,
      ),
    ),
    const SizedBox(width: 12),
    Text(_durationLabel, style: text.labelLarge),
  ],
),
""",
    [
        "Row",
        "Expanded | Flexible",
        "exhibit.title",
        "_durationLabel",
        "TextOverflow.ellipsis",
        "maxLines: 1 | softWrap: false",
    ],
    must_not=["Wrap("],
    checks=["call Row > Expanded | Flexible", "call Text(overflow)"],
)

row(
    "navigation",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

import 'screens/allocation_board_page.dart';
import 'screens/login_page.dart';
import 'screens/plot_detail_page.dart';
import 'screens/waitlist_page.dart';
import 'theme.dart';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  final prefs = await SharedPreferences.getInstance();
  runApp(GardenApp(signedIn: prefs.getString('token') != null));
}

class GardenApp extends StatelessWidget {
  const GardenApp({super.key, required this.signedIn});

  final bool signedIn;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Bostan Paylaşım',
      theme: gardenTheme,
      initialRoute: signedIn ? '/board' : '/login',
      routes: {
        '/login': (context) => const LoginPage(),
        '/board': (context) => const AllocationBoardPage(),
        '/plot': (context) => PlotDetailPage(plotId: ModalRoute.of(context)!.settings.arguments! as String),
        // /waitlist: WaitlistPage, sezon yılı arguments ile int gelsin, gelmezse bu yıl
      },
      onUnknownRoute: (settings) => MaterialPageRoute(
        builder: (context) => const AllocationBoardPage(),
      ),
    );
  }
}
""",
    r"""
'/waitlist': (context) => WaitlistPage(
      seasonYear: ModalRoute.of(context)?.settings.arguments as int? ?? DateTime.now().year,
    ),
""",
    ["WaitlistPage", "ModalRoute.of | ModalRoute.settingsOf", "arguments", "int", "DateTime.now"],
    checks=["literal '/waitlist'", "call WaitlistPage"],
)

row(
    "state",
    "element",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../services/allocation_service.dart';
import '../widgets/plot_map.dart';

class AllocationBoardPage extends StatefulWidget {
  const AllocationBoardPage({super.key, required this.service});

  final AllocationService service;

  @override
  State<AllocationBoardPage> createState() => _AllocationBoardPageState();
}

class _AllocationBoardPageState extends State<AllocationBoardPage> {
  final _freeCount = ValueNotifier<int>(0);
  StreamSubscription<int>? _sub;

  @override
  void initState() {
    super.initState();
    _sub = widget.service.freePlotCount().listen((count) => _freeCount.value = count);
  }

  @override
  void dispose() {
    _sub?.cancel();
    _freeCount.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Parsel tahsisi')),
      body: Column(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          // _freeCount degistikce 'N parsel bos' yazisi guncellensin
          Expanded(child: PlotMap(service: widget.service)),
        ],
      ),
    );
  }
}
""",
    r"""
ValueListenableBuilder<int>(
  valueListenable: _freeCount,
  builder: (context, count, _) => Padding(
    padding: const EdgeInsets.all(16),
    child: Text('$count parsel boş'),
  ),
),
""",
    ["ValueListenableBuilder | ListenableBuilder | AnimatedBuilder", "_freeCount"],
    must_not=["setState", "addListener"],
    checks=["literal 'parsel bos'"],
)


# ================================================================ argument

row(
    "dart_language",
    "argument",
    r"""
import '../models/exhibit.dart';

/// Search box on the collection page: matches title or artist, or the number on the wall label.
class ExhibitSearch {
  ExhibitSearch(this._all);

  final List<Exhibit> _all;

  List<Exhibit> run(String query) {
    final trimmed = query.trim();
    if (trimmed.isEmpty) return _all;

    final labelNumber = int.tryParse(trimmed);
    if (labelNumber != null) {
      return _all.where((e) => e.labelNumber == labelNumber).toList();
    }

    final pattern = RegExp(
      RegExp.escape(trimmed),
      // buyuk kucuk harf ayirmasin
    );
    final hits = _all.where((e) => pattern.hasMatch(e.title) || pattern.hasMatch(e.artist)).toList()
      ..sort((a, b) => a.labelNumber.compareTo(b.labelNumber));
    return hits;
  }

  List<String> suggestions(String prefix, {int limit = 5}) {
    final lower = prefix.toLowerCase();
    return _all
        .map((e) => e.title)
        .where((title) => title.toLowerCase().startsWith(lower))
        .take(limit)
        .toList();
  }

  Exhibit? byId(String id) {
    for (final exhibit in _all) {
      if (exhibit.id == id) return exhibit;
    }
    return null;
  }
}
""",
    r"""
caseSensitive: false,
""",
    ["caseSensitive: false"],
    must_not=["caseSensitive: true"],
)

row(
    "async",
    "argument",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/garden_plot.dart';
import '../services/plot_feed.dart';
import '../widgets/watering_log_list.dart';

class PlotDetailPage extends StatefulWidget {
  const PlotDetailPage({super.key, required this.feed, required this.plotId});

  final PlotFeed feed;
  final String plotId;

  @override
  State<PlotDetailPage> createState() => _PlotDetailPageState();
}

class _PlotDetailPageState extends State<PlotDetailPage> {
  StreamSubscription<GardenPlot>? _sub;
  GardenPlot? _plot;
  bool _offline = false;

  @override
  void initState() {
    super.initState();
    _sub = widget.feed.watchPlot(widget.plotId).listen(
      (plot) => setState(() {
        _plot = plot;
        _offline = false;
      }),
      // baglanti koparsa _offline true olsun, son veri ekranda kalsin
    );
  }

  @override
  void dispose() {
    _sub?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final plot = _plot;
    return Scaffold(
      appBar: AppBar(title: Text(plot?.code ?? 'Parsel')),
      body: plot == null
          ? const Center(child: CircularProgressIndicator())
          : Column(
              children: [
                if (_offline)
                  const MaterialBanner(
                    content: Text('Bağlantı yok, son bilinen durum gösteriliyor'),
                    actions: [SizedBox.shrink()],
                  ),
                Expanded(child: WateringLogList(entries: plot.wateringLog)),
              ],
            ),
    );
  }
}
""",
    r"""
onError: (Object error) => setState(() => _offline = true),
""",
    ["onError", "setState", "_offline", "true"],
    must_not=["_plot = null", "cancelOnError: true"],
)

row(
    "widgets_layout",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/garden_plot.dart';

/// One cell of the plot grid on the allocation map.
class PlotTile extends StatelessWidget {
  const PlotTile({super.key, required this.plot, required this.selected, required this.onTap});

  final GardenPlot plot;
  final bool selected;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    final text = Theme.of(context).textTheme;
    return GestureDetector(
      onTap: plot.isTaken ? null : onTap,
      child: AnimatedContainer(
        duration: const Duration(milliseconds: 200),
        padding: const EdgeInsets.all(8),
        // dolu parsel gri, boş parsel yeşil zemin; köşeler 8 yuvarlak, seçiliyse primary renkte 2 kalınlıkta kenarlık
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(plot.code, style: text.titleMedium),
            Text('${plot.areaM2} m²', style: text.bodySmall),
            const Spacer(),
            if (plot.hasWaterTap) const Icon(Icons.water_drop_outlined, size: 16),
            if (plot.isTaken)
              Text(plot.holder?.shortName ?? '', maxLines: 1, overflow: TextOverflow.ellipsis),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
decoration: BoxDecoration(
  color: plot.isTaken ? Colors.grey.shade300 : Colors.green.shade100,
  borderRadius: BorderRadius.circular(8),
  border: selected ? Border.all(color: scheme.primary, width: 2) : null,
),
""",
    [
        "decoration",
        "BoxDecoration | ShapeDecoration",
        "plot.isTaken",
        "grey | blueGrey",
        "green | lightGreen",
        "selected",
        "scheme.primary | colorScheme.primary",
    ],
    checks=["call BorderRadius.circular | Radius.circular > 8", "call Border.all | BorderSide(width: 2)"],
)

row(
    "navigation",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/audio_track.dart';
import '../screens/transcript_page.dart';

/// Opens the written transcript of the playing track over the player.
Future<void> openTranscript(BuildContext context, AudioTrack track) {
  return Navigator.of(context).push(
    PageRouteBuilder<void>(
      transitionDuration: const Duration(milliseconds: 350),
      reverseTransitionDuration: const Duration(milliseconds: 250),
      pageBuilder: (context, animation, secondaryAnimation) => TranscriptPage(track: track),
      // sayfa aşağıdan yukarı kayarak gelsin
    ),
  );
}

class TranscriptButton extends StatelessWidget {
  const TranscriptButton({super.key, required this.track});

  final AudioTrack track;

  @override
  Widget build(BuildContext context) {
    final available = track.transcript.isNotEmpty;
    return TextButton.icon(
      onPressed: available ? () => openTranscript(context, track) : null,
      icon: const Icon(Icons.subject),
      label: Text(available ? 'Metni oku' : 'Metin yok'),
    );
  }
}

class TranscriptHint extends StatelessWidget {
  const TranscriptHint({super.key});

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(12),
      child: Text(
        'Kulaklığınız yoksa anlatımın yazılı metnini açabilirsiniz.',
        style: Theme.of(context).textTheme.bodySmall,
      ),
    );
  }
}
""",
    r"""
transitionsBuilder: (context, animation, secondaryAnimation, child) => SlideTransition(
  position: Tween<Offset>(begin: const Offset(0, 1), end: Offset.zero)
      .chain(CurveTween(curve: Curves.easeOutCubic))
      .animate(animation),
  child: child,
),
""",
    [
        "transitionsBuilder",
        "SlideTransition | Transform.translate | FractionalTranslation",
        "animation",
        "child",
        "Offset(0, 1) | Offset(0.0, 1.0) | Offset(0, 1.0) | Offset(0.0, 1)",
    ],
    must_not=["Offset(1, 0)", "Offset(0, -1)"],
)


if __name__ == "__main__":
    ROWS.write()
