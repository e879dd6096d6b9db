# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 8 (holdout-h1): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics widgets_layout, theming, animations, localization
(5 each, one per position); app domains a pharmacy prescription-refill app (prescriptions, refill requests, pickup
codes and dates, dose schedules, savings) and a music-festival schedule app (stages, performances, artists, day
tabs, set reminders, side events).

Run: .venv/bin/python experiments/in-context-authoring/holdout-h1.py  -> data/in_context/drafts/holdout-h1.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-h1", "holdh1")
row = ROWS.row


# ================================================================ statements

row(
    "widgets_layout",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/prescription.dart';

class DoseSchedule {
  const DoseSchedule({this.morning = 0, this.noon = 0, this.evening = 0});

  final int morning;
  final int noon;
  final int evening;
}

class PrescriptionCard extends StatelessWidget {
  const PrescriptionCard({super.key, required this.prescription, required this.schedule, this.onRefill});

  final Prescription prescription;
  final DoseSchedule schedule;
  final VoidCallback? onRefill;

  Widget _doseBox(BuildContext context, String label, int count) {
    final scheme = Theme.of(context).colorScheme;
    return Container(
      padding: const EdgeInsets.symmetric(vertical: 10),
      decoration: BoxDecoration(
        color: count > 0 ? scheme.secondaryContainer : scheme.surfaceContainerHighest,
        borderRadius: BorderRadius.circular(10),
      ),
      child: Column(
        children: [
          Text(label, style: Theme.of(context).textTheme.labelSmall),
          Text('$count', style: Theme.of(context).textTheme.titleMedium),
        ],
      ),
    );
  }

  Widget _doseRow(BuildContext context) {
    // sabah, öğle, akşam kutuları yan yana eşit genişlikte, aralarında 8 boşluk
  }

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(prescription.drugName, style: Theme.of(context).textTheme.titleLarge),
            Text(prescription.strength),
            const SizedBox(height: 12),
            _doseRow(context),
            const SizedBox(height: 12),
            Align(
              alignment: Alignment.centerRight,
              child: FilledButton.tonal(onPressed: onRefill, child: const Text('Yenileme iste')),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
return Row(
  children: [
    Expanded(child: _doseBox(context, 'Sabah', schedule.morning)),
    const SizedBox(width: 8),
    Expanded(child: _doseBox(context, 'Öğle', schedule.noon)),
    const SizedBox(width: 8),
    Expanded(child: _doseBox(context, 'Akşam', schedule.evening)),
  ],
);
""",
    ["Row", "Expanded | Flexible", "_doseBox", "morning", "noon", "evening"],
    must_not=["Wrap", "ListView", "GridView"],
    checks=["call Row > Expanded | Flexible", "literal 8"],
)

row(
    "theming",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/artist.dart';
import '../widgets/performance_tile.dart';

class ArtistPage extends StatefulWidget {
  const ArtistPage({super.key, required this.artist});

  final Artist artist;

  @override
  State<ArtistPage> createState() => _ArtistPageState();
}

class _ArtistPageState extends State<ArtistPage> {
  ColorScheme? _scheme;

  @override
  void initState() {
    super.initState();
    _loadColors();
  }

  Future<void> _loadColors() async {
    // sanatçının fotoğrafından koyu tema için renk şeması çıkar; sayfa hâlâ açıksa _scheme'e yaz
  }

  @override
  Widget build(BuildContext context) {
    final base = Theme.of(context);
    return Theme(
      data: _scheme == null ? base : base.copyWith(colorScheme: _scheme),
      child: Builder(
        builder: (context) => Scaffold(
          body: CustomScrollView(
            slivers: [
              SliverAppBar.large(
                title: Text(widget.artist.name),
                flexibleSpace: FlexibleSpaceBar(
                  background: Image.network(widget.artist.photoUrl, fit: BoxFit.cover),
                ),
              ),
              SliverList.list(
                children: [
                  Padding(
                    padding: const EdgeInsets.all(16),
                    child: Text(widget.artist.bio),
                  ),
                  for (final p in widget.artist.performances) PerformanceTile(performance: p),
                ],
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
final scheme = await ColorScheme.fromImageProvider(
  provider: NetworkImage(widget.artist.photoUrl),
  brightness: Brightness.dark,
);
if (!mounted) return;
setState(() => _scheme = scheme);
""",
    ["ColorScheme.fromImageProvider", "Brightness.dark", "photoUrl", "mounted", "setState", "_scheme"],
    must_not=["ColorScheme.fromSeed", "Brightness.light"],
    checks=["call ColorScheme.fromImageProvider(provider, brightness)", "call setState"],
)

row(
    "animations",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/prescription.dart';
import '../services/refill_service.dart';

class RefillConfirmPage extends StatefulWidget {
  const RefillConfirmPage({super.key, required this.prescription, required this.service});

  final Prescription prescription;
  final RefillService service;

  @override
  State<RefillConfirmPage> createState() => _RefillConfirmPageState();
}

class _RefillConfirmPageState extends State<RefillConfirmPage> with SingleTickerProviderStateMixin {
  late final AnimationController _check =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 600));
  late final Animation<double> _scale = CurvedAnimation(parent: _check, curve: Curves.elasticOut);
  bool _submitting = false;

  @override
  void dispose() {
    _check.dispose();
    super.dispose();
  }

  Future<void> _submit() async {
    setState(() => _submitting = true);
    try {
      await widget.service.requestRefill(widget.prescription.id);
    } catch (_) {
      if (mounted) setState(() => _submitting = false);
      return;
    }
    // onay tikini bastan oynat, bitince 1 sn bekle ve sayfayi true ile kapat
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Yenileme talebi')),
      body: Center(
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            ScaleTransition(
              scale: _scale,
              child: const Icon(Icons.check_circle, size: 96, color: Colors.green),
            ),
            const SizedBox(height: 24),
            Text(widget.prescription.drugName, style: Theme.of(context).textTheme.titleLarge),
            const SizedBox(height: 24),
            FilledButton(
              onPressed: _submitting ? null : _submit,
              child: const Text('Talebi gönder'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
await _check.forward(from: 0);
await Future<void>.delayed(const Duration(seconds: 1));
if (!mounted) return;
Navigator.of(context).pop(true);
""",
    [
        "_check.forward | _check.animateTo",
        "from: | _check.reset",
        "await _check | .then | whenComplete | addStatusListener",
        "Future.delayed | Future<void>.delayed | Timer",
        ".pop | context.pop",
        "true",
        "mounted",
    ],
    must_not=["_check.reverse", "_check.repeat"],
    checks=["literal 1 | 1000"],
)

row(
    "localization",
    "statements",
    r"""
import 'package:flutter/widgets.dart';
import 'package:flutter_local_notifications/flutter_local_notifications.dart';
import 'package:timezone/timezone.dart' as tz;

import '../l10n/app_localizations.dart';
import '../models/performance.dart';

/// Schedules "your act starts soon" reminders; runs without a BuildContext.
class SetReminderScheduler {
  SetReminderScheduler(this._plugin);

  final FlutterLocalNotificationsPlugin _plugin;

  static const _details = NotificationDetails(
    android: AndroidNotificationDetails(
      'set_reminders',
      'Set reminders',
      importance: Importance.high,
      priority: Priority.high,
    ),
    iOS: DarwinNotificationDetails(),
  );

  Future<void> schedule(
    Performance performance,
    Locale locale, {
    Duration before = const Duration(minutes: 15),
  }) async {
    final when = performance.startsAt.subtract(before);
    if (when.isBefore(DateTime.now())) return;
    // context yok: locale'e göre çevirileri al; başlık reminderTitle(sanatçı), gövde reminderBody(sahne, kalan dakika)
    await _plugin.zonedSchedule(
      performance.id.hashCode,
      title,
      body,
      tz.TZDateTime.from(when, tz.local),
      _details,
      androidScheduleMode: AndroidScheduleMode.inexactAllowWhileIdle,
    );
  }

  Future<void> cancel(Performance performance) => _plugin.cancel(performance.id.hashCode);

  Future<void> cancelAll() => _plugin.cancelAll();
}
""",
    r"""
final l10n = lookupAppLocalizations(locale);
final title = l10n.reminderTitle(performance.artistName);
final body = l10n.reminderBody(performance.stageName, before.inMinutes);
""",
    [
        "lookupAppLocalizations | AppLocalizations.delegate.load | delegate.load",
        "reminderTitle",
        "reminderBody",
        "artistName",
        "stageName",
        "inMinutes",
    ],
    must_not=["AppLocalizations.of", "Intl.message"],
)


# ================================================================ callback

row(
    "widgets_layout",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/prescription.dart';
import '../services/refill_service.dart';

class RefillActions extends StatefulWidget {
  const RefillActions({super.key, required this.prescription, required this.service});

  final Prescription prescription;
  final RefillService service;

  @override
  State<RefillActions> createState() => _RefillActionsState();
}

class _RefillActionsState extends State<RefillActions> {
  final _noteController = TextEditingController();
  bool _sending = false;

  @override
  void dispose() {
    _noteController.dispose();
    super.dispose();
  }

  Future<void> _send(BuildContext sheetContext) async {
    setState(() => _sending = true);
    await widget.service.requestRefill(widget.prescription.id, note: _noteController.text.trim());
    if (mounted) setState(() => _sending = false);
    if (!sheetContext.mounted) return;
    Navigator.of(sheetContext).pop();
  }

  void _openNoteSheet() {
    showModalBottomSheet<void>(
      context: context,
      isScrollControlled: true,
      showDragHandle: true,
      builder: (sheetContext) {
        // klavye açılınca içerik yukarı itilsin; çok satırlı not alanı, altında tam genişlikte 'Gönder' butonu
      },
    );
  }

  @override
  Widget build(BuildContext context) {
    return Row(
      mainAxisAlignment: MainAxisAlignment.end,
      children: [
        TextButton(
          onPressed: _sending ? null : _openNoteSheet,
          child: const Text('Eczacıya not ekle'),
        ),
        const SizedBox(width: 8),
        FilledButton(
          onPressed: _sending ? null : () => widget.service.requestRefill(widget.prescription.id),
          child: const Text('Yenile'),
        ),
      ],
    );
  }
}
""",
    r"""
return Padding(
  padding: EdgeInsets.fromLTRB(16, 0, 16, 16 + MediaQuery.viewInsetsOf(sheetContext).bottom),
  child: Column(
    mainAxisSize: MainAxisSize.min,
    crossAxisAlignment: CrossAxisAlignment.stretch,
    children: [
      TextField(
        controller: _noteController,
        minLines: 3,
        maxLines: 5,
        decoration: const InputDecoration(labelText: 'Eczacıya not', border: OutlineInputBorder()),
      ),
      const SizedBox(height: 12),
      FilledButton(onPressed: () => _send(sheetContext), child: const Text('Gönder')),
    ],
  ),
);
""",
    [
        "viewInsetsOf | viewInsets",
        "_noteController",
        "maxLines | minLines | TextInputType.multiline",
        "CrossAxisAlignment.stretch | double.infinity | Size.fromHeight | maxFinite | SizedBox.expand",
        "_send",
    ],
    must_not=["viewPadding", "paddingOf"],
    checks=["call TextField | TextFormField", "literal 'Gönder'"],
)

row(
    "theming",
    "callback",
    r"""
import 'package:dynamic_color/dynamic_color.dart';
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'router.dart';
import 'services/refill_service.dart';

const _pharmacyTeal = Color(0xFF00796B);

class RefillApp extends StatefulWidget {
  const RefillApp({super.key, required this.service});

  final RefillService service;

  @override
  State<RefillApp> createState() => _RefillAppState();
}

class _RefillAppState extends State<RefillApp> {
  late final GoRouter _router = buildRouter(widget.service);

  ThemeData _themeFrom(ColorScheme scheme) {
    return ThemeData(
      colorScheme: scheme,
      inputDecorationTheme: const InputDecorationTheme(border: OutlineInputBorder()),
      filledButtonTheme: FilledButtonThemeData(
        style: FilledButton.styleFrom(minimumSize: const Size.fromHeight(48)),
      ),
      listTileTheme: const ListTileThemeData(contentPadding: EdgeInsets.symmetric(horizontal: 20)),
    );
  }

  @override
  void dispose() {
    _router.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return DynamicColorBuilder(
      builder: (lightDynamic, darkDynamic) {
        // cihaz dinamik renk veriyorsa onu kullan, yoksa _pharmacyTeal tohumundan üret; açık ve koyu tema
      },
    );
  }
}
""",
    r"""
final light = lightDynamic ?? ColorScheme.fromSeed(seedColor: _pharmacyTeal);
final dark = darkDynamic ?? ColorScheme.fromSeed(seedColor: _pharmacyTeal, brightness: Brightness.dark);
return MaterialApp.router(
  title: 'Reçetem',
  theme: _themeFrom(light),
  darkTheme: _themeFrom(dark),
  routerConfig: _router,
);
""",
    [
        "lightDynamic",
        "darkDynamic",
        "ColorScheme.fromSeed",
        "_pharmacyTeal",
        "Brightness.dark",
        "darkTheme",
        "_router",
    ],
    must_not=["colorSchemeSeed: Colors"],
    checks=["call MaterialApp.router(theme, darkTheme)", "call ColorScheme.fromSeed(seedColor)"],
)

row(
    "animations",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/performance.dart';

class LiveBadge extends StatefulWidget {
  const LiveBadge({super.key, required this.performance});

  final Performance performance;

  @override
  State<LiveBadge> createState() => _LiveBadgeState();
}

class _LiveBadgeState extends State<LiveBadge> with SingleTickerProviderStateMixin {
  late final AnimationController _pulse;
  late final Animation<double> _opacity;

  @override
  void initState() {
    super.initState();
    _pulse = AnimationController(vsync: this, duration: const Duration(milliseconds: 800));
    _opacity = Tween<double>(begin: 1, end: 0.35).animate(_pulse);
    _pulse.addStatusListener((status) {
      // bitince geri oynat, başa dönünce gösteri canlıysa yeniden başlat
    });
    if (widget.performance.isLive) _pulse.forward();
  }

  @override
  void didUpdateWidget(covariant LiveBadge oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (widget.performance.isLive && !_pulse.isAnimating) _pulse.forward();
  }

  @override
  void dispose() {
    _pulse.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return FadeTransition(
      opacity: _opacity,
      child: Container(
        padding: const EdgeInsets.symmetric(horizontal: 8, vertical: 2),
        decoration: BoxDecoration(color: scheme.error, borderRadius: BorderRadius.circular(4)),
        child: Text('CANLI', style: TextStyle(color: scheme.onError, fontWeight: FontWeight.bold)),
      ),
    );
  }
}
""",
    r"""
if (status == AnimationStatus.completed) {
  _pulse.reverse();
} else if (status == AnimationStatus.dismissed && widget.performance.isLive) {
  _pulse.forward();
}
""",
    [
        "AnimationStatus.completed | isCompleted",
        "_pulse.reverse",
        "AnimationStatus.dismissed | isDismissed",
        "_pulse.forward",
        "isLive",
    ],
    must_not=["repeat", "_pulse.dispose", "setState"],
)

row(
    "localization",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/pharmacy.dart';

class PickupDateField extends StatefulWidget {
  const PickupDateField({super.key, required this.pharmacy, required this.onChanged});

  final Pharmacy pharmacy;
  final ValueChanged<DateTime> onChanged;

  @override
  State<PickupDateField> createState() => _PickupDateFieldState();
}

class _PickupDateFieldState extends State<PickupDateField> {
  DateTime? _pickupDate;

  String get _label {
    final date = _pickupDate;
    if (date == null) return 'Teslim alma tarihi seçin';
    return DateFormat('d MMMM EEEE', 'tr').format(date);
  }

  @override
  Widget build(BuildContext context) {
    return Card(
      child: ListTile(
        leading: const Icon(Icons.calendar_month),
        title: Text(_label),
        subtitle: Text('${widget.pharmacy.name} · ${widget.pharmacy.openingHours}'),
        trailing: const Icon(Icons.chevron_right),
        onTap: () async {
          // takvim Turkce acilsin, yarindan itibaren 14 gun secilebilsin; secileni _pickupDate'e yazip onChanged'e ver
        },
      ),
    );
  }
}
""",
    r"""
final tomorrow = DateUtils.dateOnly(DateTime.now()).add(const Duration(days: 1));
final picked = await showDatePicker(
  context: context,
  locale: const Locale('tr'),
  initialDate: _pickupDate ?? tomorrow,
  firstDate: tomorrow,
  lastDate: tomorrow.add(const Duration(days: 13)),
);
if (picked == null || !mounted) return;
setState(() => _pickupDate = picked);
widget.onChanged(picked);
""",
    [
        "showDatePicker",
        "Locale",
        "days: 1 | day + 1",
        "setState",
        "_pickupDate",
        "widget.onChanged",
    ],
    must_not=["showTimePicker", "'en'"],
    checks=["call showDatePicker(locale, firstDate, lastDate)", "literal 'tr'", "literal 14 | 13 | 15"],
)


# ================================================================ class_body

row(
    "widgets_layout",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/festival_day.dart';
import 'day_timetable.dart';

class ScheduleScreen extends StatelessWidget {
  const ScheduleScreen({super.key, required this.days});

  final List<FestivalDay> days;

  @override
  Widget build(BuildContext context) {
    return DefaultTabController(
      length: days.length,
      child: Scaffold(
        body: NestedScrollView(
          headerSliverBuilder: (context, innerBoxIsScrolled) => [
            const SliverAppBar.large(title: Text('Program')),
            SliverPersistentHeader(
              pinned: true,
              delegate: _DayTabsHeader(
                TabBar(
                  isScrollable: true,
                  tabAlignment: TabAlignment.start,
                  tabs: [for (final day in days) Tab(text: day.label)],
                ),
              ),
            ),
          ],
          body: TabBarView(
            children: [for (final day in days) DayTimetable(day: day)],
          ),
        ),
      ),
    );
  }
}

class _DayTabsHeader extends SliverPersistentHeaderDelegate {
  _DayTabsHeader(this.tabBar);

  final TabBar tabBar;

  @override
  double get minExtent => tabBar.preferredSize.height + 1;

  @override
  double get maxExtent => tabBar.preferredSize.height + 1;

  // build: sekmeler sayfa zemini renginde, altlarında ince bir ayırıcı çizgi

  @override
  bool shouldRebuild(covariant _DayTabsHeader oldDelegate) => oldDelegate.tabBar != tabBar;
}
""",
    r"""
@override
Widget build(BuildContext context, double shrinkOffset, bool overlapsContent) {
  final theme = Theme.of(context);
  return DecoratedBox(
    decoration: BoxDecoration(
      color: theme.scaffoldBackgroundColor,
      border: Border(bottom: BorderSide(color: theme.dividerColor)),
    ),
    child: tabBar,
  );
}
""",
    [
        "build",
        "tabBar",
        "scaffoldBackgroundColor | .surface | canvasColor",
        "Border | BorderSide | Divider",
    ],
    must_not=["shouldRebuild", "SliverAppBar"],
)

row(
    "theming",
    "class_body",
    r"""
import 'package:flutter/material.dart';

/// Colours and type of the festival brand book.
abstract final class FestivalTheme {
  static const _night = Color(0xFF120E2B);
  static const _neon = Color(0xFFE040FB);
  static const _paper = Color(0xFFFFF8F0);

  static const _fontFamily = 'SpaceGrotesk';

  static ThemeData get light {
    final scheme = ColorScheme.fromSeed(seedColor: _neon, surface: _paper);
    return ThemeData(
      colorScheme: scheme,
      fontFamily: _fontFamily,
      scaffoldBackgroundColor: _paper,
      appBarTheme: const AppBarTheme(
        backgroundColor: _paper,
        centerTitle: false,
        scrolledUnderElevation: 0,
      ),
      navigationBarTheme: NavigationBarThemeData(
        backgroundColor: _paper,
        indicatorColor: scheme.primaryContainer,
      ),
      chipTheme: const ChipThemeData(shape: StadiumBorder()),
    );
  }

  // dark getter'ı: zemin _night, vurgu _neon; AppBar ve alt navigasyon da zemin renginde

  static TextStyle stageLabel(Color stageColor) => TextStyle(
        fontFamily: _fontFamily,
        fontWeight: FontWeight.w700,
        letterSpacing: 1.2,
        color: stageColor,
      );
}
""",
    r"""
static ThemeData get dark {
  final scheme = ColorScheme.fromSeed(seedColor: _neon, brightness: Brightness.dark, surface: _night);
  return ThemeData(
    colorScheme: scheme,
    fontFamily: _fontFamily,
    scaffoldBackgroundColor: _night,
    appBarTheme: const AppBarTheme(
      backgroundColor: _night,
      centerTitle: false,
      scrolledUnderElevation: 0,
    ),
    navigationBarTheme: NavigationBarThemeData(
      backgroundColor: _night,
      indicatorColor: scheme.primaryContainer,
    ),
    chipTheme: const ChipThemeData(shape: StadiumBorder()),
  );
}
""",
    [
        "_night",
        "_neon",
        "Brightness.dark | ColorScheme.dark",
        "appBarTheme | AppBarTheme",
        "navigationBarTheme | NavigationBarThemeData",
    ],
    must_not=["_paper", "Brightness.light"],
)

row(
    "animations",
    "class_body",
    r"""
import 'dart:math' as math;

import 'package:flutter/material.dart';

import '../services/pickup_service.dart';

class PickupCodeField extends StatefulWidget {
  const PickupCodeField({super.key, required this.service, required this.onVerified});

  final PickupService service;
  final VoidCallback onVerified;

  @override
  State<PickupCodeField> createState() => _PickupCodeFieldState();
}

class _PickupCodeFieldState extends State<PickupCodeField> with SingleTickerProviderStateMixin {
  late final AnimationController _shake =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 450));
  final _code = TextEditingController();

  @override
  void dispose() {
    _shake.dispose();
    _code.dispose();
    super.dispose();
  }

  Future<void> _verify() async {
    final ok = await widget.service.verifyPickupCode(_code.text);
    if (ok) {
      widget.onVerified();
    } else {
      _shake.forward(from: 0);
    }
  }

  @override
  Widget build(BuildContext context) {
    return _Shake(
      animation: _shake,
      child: TextField(
        controller: _code,
        keyboardType: TextInputType.number,
        maxLength: 6,
        decoration: const InputDecoration(labelText: 'Teslim kodu', border: OutlineInputBorder()),
        onSubmitted: (_) => _verify(),
      ),
    );
  }
}

class _Shake extends AnimatedWidget {
  const _Shake({required Animation<double> animation, required this.child}) : super(listenable: animation);

  final Widget child;

  // animasyon boyunca alan sağa sola 8 px sallansın, sonunda yerine otursun
}
""",
    r"""
@override
Widget build(BuildContext context) {
  final t = (listenable as Animation<double>).value;
  final dx = math.sin(t * math.pi * 6) * 8 * (1 - t);
  return Transform.translate(offset: Offset(dx, 0), child: child);
}
""",
    [
        "build",
        "listenable",
        "Offset | Alignment | Matrix4",
        "Transform | Padding | Positioned | FractionalTranslation | SlideTransition",
        "child",
    ],
    must_not=["AnimationController", "setState"],
    checks=["literal 8"],
)

row(
    "localization",
    "class_body",
    r"""
import 'dart:ui';

/// A workshop or talk of the festival's side programme; texts come from the CMS in several languages.
class SideEvent {
  const SideEvent({
    required this.id,
    required this.titles,
    required this.descriptions,
    required this.venue,
    required this.startsAt,
    required this.durationMinutes,
  });

  factory SideEvent.fromJson(Map<String, dynamic> json) => SideEvent(
        id: json['id'] as String,
        titles: Map<String, String>.from(json['titles'] as Map),
        descriptions: Map<String, String>.from(json['descriptions'] as Map),
        venue: json['venue'] as String,
        startsAt: DateTime.parse(json['starts_at'] as String),
        durationMinutes: json['duration_minutes'] as int,
      );

  final String id;
  final Map<String, String> titles;
  final Map<String, String> descriptions;
  final String venue;
  final DateTime startsAt;
  final int durationMinutes;

  DateTime get endsAt => startsAt.add(Duration(minutes: durationMinutes));

  bool overlaps(SideEvent other) => startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);

  // titleFor(locale): dil koduna gore titles'tan, yoksa 'en', o da yoksa ilk baslik
}
""",
    r"""
String titleFor(Locale locale) => titles[locale.languageCode] ?? titles['en'] ?? titles.values.first;
""",
    ["titleFor", "Locale", "languageCode", "titles", ".first | .firstOrNull | .elementAt"],
    must_not=["descriptions", "toLanguageTag"],
    checks=["literal 'en'"],
)


# ================================================================ element

row(
    "widgets_layout",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/prescription.dart';
import '../widgets/pharmacy_tile.dart';

class PrescriptionDetailPage extends StatelessWidget {
  const PrescriptionDetailPage({super.key, required this.prescription});

  final Prescription prescription;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    final date = DateFormat('d MMMM y', 'tr');
    return Scaffold(
      appBar: AppBar(title: const Text('Reçete detayı')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          // ilaç adı solda, uzunsa ... ile kesilsin; sağda kalan hak sayısı rozette
          Text(prescription.strength, style: theme.textTheme.bodyMedium),
          const SizedBox(height: 16),
          ListTile(
            contentPadding: EdgeInsets.zero,
            leading: const Icon(Icons.event_repeat),
            title: const Text('Sonraki yenileme'),
            subtitle: Text(date.format(prescription.nextRefillDate)),
          ),
          ListTile(
            contentPadding: EdgeInsets.zero,
            leading: const Icon(Icons.person_outline),
            title: const Text('Hekim'),
            subtitle: Text(prescription.doctorName),
          ),
          const Divider(height: 32),
          PharmacyTile(pharmacyId: prescription.pharmacyId),
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
        prescription.drugName,
        maxLines: 1,
        overflow: TextOverflow.ellipsis,
        style: theme.textTheme.titleLarge,
      ),
    ),
    const SizedBox(width: 8),
    Badge.count(
      count: prescription.refillsLeft,
      backgroundColor: theme.colorScheme.primary,
      textColor: theme.colorScheme.onPrimary,
    ),
  ],
),
""",
    ["Row", "Expanded | Flexible", "drugName", "TextOverflow.ellipsis"],
    must_not=["TextOverflow.fade", "TextOverflow.clip", "Column("],
    checks=["call Row > Expanded | Flexible", "call Text(overflow)"],
)

row(
    "theming",
    "element",
    r"""
import 'package:flutter/material.dart';

@immutable
class RefillStatusColors extends ThemeExtension<RefillStatusColors> {
  const RefillStatusColors({required this.ready, required this.pending, required this.rejected});

  final Color ready;
  final Color pending;
  final Color rejected;

  @override
  RefillStatusColors copyWith({Color? ready, Color? pending, Color? rejected}) => RefillStatusColors(
        ready: ready ?? this.ready,
        pending: pending ?? this.pending,
        rejected: rejected ?? this.rejected,
      );

  @override
  RefillStatusColors lerp(RefillStatusColors? other, double t) {
    if (other == null) return this;
    return RefillStatusColors(
      ready: Color.lerp(ready, other.ready, t)!,
      pending: Color.lerp(pending, other.pending, t)!,
      rejected: Color.lerp(rejected, other.rejected, t)!,
    );
  }
}

ThemeData buildPharmacyTheme(Brightness brightness) {
  final scheme = ColorScheme.fromSeed(seedColor: const Color(0xFF00796B), brightness: brightness);
  final dark = brightness == Brightness.dark;
  return ThemeData(
    colorScheme: scheme,
    listTileTheme: const ListTileThemeData(contentPadding: EdgeInsets.symmetric(horizontal: 20)),
    extensions: [
      // durum renkleri: hazır yeşil, bekleyen turuncu, reddedilen kırmızı; koyu temada daha açık tonlar
    ],
  );
}
""",
    r"""
RefillStatusColors(
  ready: dark ? Colors.green.shade300 : Colors.green.shade700,
  pending: dark ? Colors.orange.shade300 : Colors.orange.shade800,
  rejected: dark ? Colors.red.shade300 : Colors.red.shade700,
),
""",
    ["RefillStatusColors", "ready", "pending", "rejected", "dark | brightness"],
    must_not=["copyWith", "lerp"],
    checks=["call RefillStatusColors(ready, pending, rejected)"],
)

row(
    "animations",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/performance.dart';
import '../widgets/stage_chip.dart';

class PerformanceDetailPage extends StatefulWidget {
  const PerformanceDetailPage({super.key, required this.performance});

  final Performance performance;

  @override
  State<PerformanceDetailPage> createState() => _PerformanceDetailPageState();
}

class _PerformanceDetailPageState extends State<PerformanceDetailPage> {
  bool _expanded = false;

  @override
  Widget build(BuildContext context) {
    final performance = widget.performance;
    final theme = Theme.of(context);
    return Scaffold(
      appBar: AppBar(title: Text(performance.artistName)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          ClipRRect(
            borderRadius: BorderRadius.circular(12),
            child: AspectRatio(
              aspectRatio: 16 / 9,
              child: Image.network(performance.coverUrl, fit: BoxFit.cover),
            ),
          ),
          const SizedBox(height: 16),
          StageChip(stageId: performance.stageId),
          const SizedBox(height: 12),
          // açıklama kapalıyken 3 satır, açıkken tamamı; boy 200 ms'de yumuşakça değişsin
          TextButton(
            onPressed: () => setState(() => _expanded = !_expanded),
            child: Text(_expanded ? 'Daha az göster' : 'Devamını oku'),
          ),
          const Divider(height: 32),
          Text('Tür: ${performance.genre}', style: theme.textTheme.bodySmall),
        ],
      ),
    );
  }
}
""",
    r"""
AnimatedSize(
  duration: const Duration(milliseconds: 200),
  alignment: Alignment.topCenter,
  child: Text(
    performance.description,
    maxLines: _expanded ? null : 3,
    overflow: _expanded ? TextOverflow.visible : TextOverflow.ellipsis,
  ),
),
""",
    ["AnimatedSize | AnimatedCrossFade", "_expanded", "description", "maxLines"],
    must_not=["AnimatedOpacity", "AnimationController"],
    checks=["literal 200", "literal 3"],
)

row(
    "localization",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../l10n/app_localizations.dart';
import '../models/prescription.dart';

class PrescriptionListTile extends StatelessWidget {
  const PrescriptionListTile({super.key, required this.prescription, required this.onTap});

  final Prescription prescription;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    final theme = Theme.of(context);
    return InkWell(
      onTap: onTap,
      child: Padding(
        padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 12),
        child: Row(
          children: [
            const Icon(Icons.medication_outlined, size: 32),
            const SizedBox(width: 16),
            Expanded(
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text(prescription.drugName, style: theme.textTheme.titleMedium),
                  Text(prescription.strength, style: theme.textTheme.bodySmall),
                  // prescription.refillsLeft 0'dan büyükse l10n.refillsRemaining ile çoğul metin, 0 ise kırmızı l10n.noRefillsLeft
                ],
              ),
            ),
            if (prescription.needsDoctorVisit)
              Tooltip(
                message: l10n.doctorVisitNeeded,
                child: Icon(Icons.warning_amber, color: theme.colorScheme.tertiary),
              ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
prescription.refillsLeft > 0
    ? Text(l10n.refillsRemaining(prescription.refillsLeft))
    : Text(l10n.noRefillsLeft, style: TextStyle(color: theme.colorScheme.error)),
""",
    [
        "l10n.refillsRemaining",
        "l10n.noRefillsLeft",
        "refillsLeft",
        "colorScheme.error | Colors.red",
    ],
    must_not=["Intl.plural", "'hak'"],
    checks=["call Text"],
)


# ================================================================ argument

row(
    "widgets_layout",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/performance.dart';
import '../state/my_schedule.dart';

class StageLineupList extends StatelessWidget {
  const StageLineupList({
    super.key,
    required this.performances,
    required this.mySchedule,
    required this.onOpen,
  });

  final List<Performance> performances;
  final MySchedule mySchedule;
  final ValueChanged<Performance> onOpen;

  static final _time = DateFormat.Hm();

  @override
  Widget build(BuildContext context) {
    if (performances.isEmpty) {
      return const Center(child: Text('Bu sahnede bugün gösteri yok'));
    }
    return ListenableBuilder(
      listenable: mySchedule,
      builder: (context, _) => ListView.builder(
        itemCount: performances.length,
        // satir yuksekligi sabit 72 olsun
        itemBuilder: (context, index) {
          final p = performances[index];
          final saved = mySchedule.contains(p.id);
          return ListTile(
            leading: CircleAvatar(backgroundImage: NetworkImage(p.artistPhotoUrl)),
            title: Text(p.artistName, maxLines: 1, overflow: TextOverflow.ellipsis),
            subtitle: Text('${_time.format(p.startsAt)} – ${_time.format(p.endsAt)}'),
            trailing: IconButton(
              icon: Icon(saved ? Icons.favorite : Icons.favorite_border),
              onPressed: () => mySchedule.toggle(p.id),
            ),
            onTap: () => onOpen(p),
          );
        },
      ),
    );
  }
}
""",
    r"""
itemExtent: 72,
""",
    ["itemExtent | itemExtentBuilder"],
    must_not=["shrinkWrap", "prototypeItem"],
    checks=["literal 72"],
)

row(
    "theming",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/performance.dart';
import '../models/stage.dart';

class NowOnStageCard extends StatelessWidget {
  const NowOnStageCard({super.key, required this.stage, required this.performance, this.next});

  final Stage stage;
  final Performance performance;
  final Performance? next;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    final time = DateFormat.Hm();
    return Card(
      clipBehavior: Clip.antiAlias,
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Container(height: 6, color: stage.color),
          Padding(
            padding: const EdgeInsets.fromLTRB(16, 12, 16, 16),
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                Text(stage.name.toUpperCase(), style: theme.textTheme.labelMedium),
                const SizedBox(height: 4),
                Text(
                  performance.artistName,
                  // temanın titleLarge'ı, ama kalın ve sahne renginde
                  maxLines: 2,
                  overflow: TextOverflow.ellipsis,
                ),
                const SizedBox(height: 8),
                Text('${time.format(performance.startsAt)} – ${time.format(performance.endsAt)}'),
                if (next != null) ...[
                  const Divider(height: 24),
                  Text('Sıradaki: ${next!.artistName}', style: theme.textTheme.bodySmall),
                ],
              ],
            ),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
style: theme.textTheme.titleLarge?.copyWith(fontWeight: FontWeight.bold, color: stage.color),
""",
    [
        "style",
        "titleLarge",
        "FontWeight.bold | FontWeight.w700 | FontWeight.w800 | FontWeight.w900",
        "stage.color",
    ],
    must_not=["titleMedium", "titleSmall", "TextStyle(fontSize"],
)

row(
    "animations",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/yearly_summary.dart';

class SavingsCard extends StatelessWidget {
  const SavingsCard({super.key, required this.summary});

  final YearlySummary summary;

  static final _money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(20),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text('Bu yıl ilaçlarda tasarrufunuz', style: theme.textTheme.titleMedium),
            const SizedBox(height: 8),
            TweenAnimationBuilder<double>(
              duration: const Duration(milliseconds: 1200),
              curve: Curves.easeOutCubic,
              // tutar 0'dan tasarruf miktarına sayarak artsın
              builder: (context, value, _) => Text(
                _money.format(value),
                style: theme.textTheme.headlineMedium?.copyWith(color: theme.colorScheme.primary),
              ),
            ),
            const SizedBox(height: 8),
            Text(
              '${summary.refillCount} yenileme · ${summary.genericSwitches} eşdeğer ilaç',
              style: theme.textTheme.bodySmall,
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
tween: Tween<double>(begin: 0, end: summary.savedAmount),
""",
    ["tween", "Tween", "summary"],
    must_not=["IntTween", "refillCount"],
    checks=["call Tween(begin, end)", "literal 0"],
)

row(
    "localization",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_localizations/flutter_localizations.dart';

import 'l10n/app_localizations.dart';
import 'screens/home_shell.dart';
import 'settings/app_settings.dart';

const _festivalPink = Color(0xFFE040FB);

class FestivalApp extends StatelessWidget {
  const FestivalApp({super.key, required this.settings});

  final AppSettings settings;

  @override
  Widget build(BuildContext context) {
    return ListenableBuilder(
      listenable: settings,
      builder: (context, _) => MaterialApp(
        onGenerateTitle: (context) => AppLocalizations.of(context)!.appTitle,
        localizationsDelegates: const [
          AppLocalizations.delegate,
          GlobalMaterialLocalizations.delegate,
          GlobalWidgetsLocalizations.delegate,
          GlobalCupertinoLocalizations.delegate,
        ],
        supportedLocales: AppLocalizations.supportedLocales,
        // kullanici ayarlardan dil sectiyse o dil (settings.languageCode), secmediyse cihazin dili
        themeMode: settings.themeMode,
        theme: ThemeData(colorSchemeSeed: _festivalPink),
        darkTheme: ThemeData(colorSchemeSeed: _festivalPink, brightness: Brightness.dark),
        home: const HomeShell(),
      ),
    );
  }
}
""",
    r"""
locale: settings.languageCode == null ? null : Locale(settings.languageCode!),
""",
    ["locale", "Locale", "languageCode", "null"],
    must_not=["localeResolutionCallback", "Intl.defaultLocale", "'tr'"],
)


if __name__ == "__main__":
    ROWS.write()
