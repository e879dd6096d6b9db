# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 9 (holdout-i1): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics widgets_layout, theming, animations, localization
(5 each, one per position); app domains a greenhouse climate-control app (growing zones, sensors and readings,
roof vents, fans, temperature alarms, setpoints and history charts on wall-mounted control tablets) and a
craft-brewery taproom ordering app (tap list, beers with ABV/IBU, pour sizes and prices, table tabs, order status,
translated menu texts, table reservations).

Run: .venv/bin/python experiments/in-context-authoring/holdout-i1.py  -> data/in_context/drafts/holdout-i1.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-i1", "holdi1")
row = ROWS.row


# ================================================================ statements

row(
    "widgets_layout",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/greenhouse_zone.dart';
import '../services/climate_service.dart';
import '../widgets/greenhouse_zone_detail.dart';
import '../widgets/zone_tile.dart';

class ZonesScreen extends StatefulWidget {
  const ZonesScreen({super.key, required this.service});

  final ClimateService service;

  @override
  State<ZonesScreen> createState() => _ZonesScreenState();
}

class _ZonesScreenState extends State<ZonesScreen> {
  GreenhouseZone? _selected;

  Widget _zoneList(List<GreenhouseZone> zones, {required bool openOnTap}) {
    return ListView.separated(
      itemCount: zones.length,
      separatorBuilder: (context, index) => const Divider(height: 1),
      itemBuilder: (context, index) {
        final zone = zones[index];
        return ZoneTile(
          zone: zone,
          selected: zone.id == _selected?.id,
          onTap: () {
            if (openOnTap) {
              Navigator.of(context).push(MaterialPageRoute<void>(builder: (_) => GreenhouseZoneDetail(zone: zone)));
            } else {
              setState(() => _selected = zone);
            }
          },
        );
      },
    );
  }

  Widget _body(List<GreenhouseZone> zones, BoxConstraints constraints) {
    // 840'tan genişse solda 320 genişlikte liste, sağda seçili bölgenin detayı; darsa sadece liste
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Bölgeler')),
      body: StreamBuilder<List<GreenhouseZone>>(
        stream: widget.service.watchZones(),
        builder: (context, snapshot) {
          final zones = snapshot.data;
          if (zones == null) return const Center(child: CircularProgressIndicator());
          return LayoutBuilder(builder: (context, constraints) => _body(zones, constraints));
        },
      ),
    );
  }
}
""",
    r"""
if (constraints.maxWidth <= 840) {
  return _zoneList(zones, openOnTap: true);
}
final selected = _selected;
return Row(
  children: [
    SizedBox(width: 320, child: _zoneList(zones, openOnTap: false)),
    const VerticalDivider(width: 1),
    Expanded(
      child: selected == null
          ? const Center(child: Text('Bir bölge seçin'))
          : GreenhouseZoneDetail(zone: selected),
    ),
  ],
);
""",
    [
        "maxWidth | biggest.width | sizeOf",
        "Row",
        "Expanded | Flexible",
        "_zoneList",
        "GreenhouseZoneDetail",
        "_selected",
    ],
    must_not=["GridView", "Wrap"],
    checks=["call Row > Expanded | Flexible", "literal 840", "literal 320"],
)

row(
    "theming",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

/// Appearance settings of the taproom staff tablet, kept across restarts.
class TaproomSettings extends ChangeNotifier {
  static const _themeKey = 'theme_mode';
  static const _compactKey = 'compact_menu';
  static const _scaleKey = 'menu_text_scale';

  ThemeMode _themeMode = ThemeMode.system;
  bool _compactMenu = false;
  double _menuTextScale = 1;

  ThemeMode get themeMode => _themeMode;
  bool get compactMenu => _compactMenu;
  double get menuTextScale => _menuTextScale;

  Future<void> load() async {
    final prefs = await SharedPreferences.getInstance();
    _compactMenu = prefs.getBool(_compactKey) ?? false;
    _menuTextScale = prefs.getDouble(_scaleKey) ?? 1;
    // kayıtlı tema modunu oku, hiç kaydedilmemişse sistem temasında kal
    notifyListeners();
  }

  Future<void> setThemeMode(ThemeMode mode) async {
    if (mode == _themeMode) return;
    _themeMode = mode;
    notifyListeners();
    final prefs = await SharedPreferences.getInstance();
    await prefs.setString(_themeKey, mode.name);
  }

  Future<void> setCompactMenu(bool value) async {
    _compactMenu = value;
    notifyListeners();
    final prefs = await SharedPreferences.getInstance();
    await prefs.setBool(_compactKey, value);
  }

  Future<void> setMenuTextScale(double value) async {
    _menuTextScale = value.clamp(0.8, 1.6);
    notifyListeners();
    final prefs = await SharedPreferences.getInstance();
    await prefs.setDouble(_scaleKey, _menuTextScale);
  }
}
""",
    r"""
final saved = prefs.getString(_themeKey);
_themeMode = ThemeMode.values.firstWhere(
  (mode) => mode.name == saved,
  orElse: () => ThemeMode.system,
);
""",
    ["prefs.getString", "_themeKey", "_themeMode", "ThemeMode.values | ThemeMode.dark"],
    must_not=["getInt", "setString", "mode.index"],
)

row(
    "animations",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/greenhouse_zone.dart';

/// Roof vent drawn as a flap that opens from 0 (closed) to 1 (fully open).
class VentIndicator extends StatefulWidget {
  const VentIndicator({super.key, required this.zone, this.size = 96});

  final GreenhouseZone zone;
  final double size;

  @override
  State<VentIndicator> createState() => _VentIndicatorState();
}

class _VentIndicatorState extends State<VentIndicator> with SingleTickerProviderStateMixin {
  late final AnimationController _vent = AnimationController(vsync: this, value: widget.zone.ventOpening);

  @override
  void didUpdateWidget(covariant VentIndicator oldWidget) {
    super.didUpdateWidget(oldWidget);
    // açıklık değiştiyse kapağı 400 ms içinde yeni değere easeInOut ile götür
  }

  @override
  void dispose() {
    _vent.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        SizedBox.square(
          dimension: widget.size,
          child: AnimatedBuilder(
            animation: _vent,
            builder: (context, child) => Transform(
              alignment: Alignment.topCenter,
              transform: Matrix4.rotationX(_vent.value * 1.2),
              child: child,
            ),
            child: DecoratedBox(
              decoration: BoxDecoration(
                color: scheme.secondaryContainer,
                border: Border.all(color: scheme.outline),
              ),
            ),
          ),
        ),
        const SizedBox(height: 8),
        AnimatedBuilder(
          animation: _vent,
          builder: (context, _) => Text('%${(_vent.value * 100).round()} açık'),
        ),
      ],
    );
  }
}
""",
    r"""
if (oldWidget.zone.ventOpening != widget.zone.ventOpening) {
  _vent.animateTo(
    widget.zone.ventOpening,
    duration: const Duration(milliseconds: 400),
    curve: Curves.easeInOut,
  );
}
""",
    ["oldWidget", "ventOpening", "_vent.animateTo | _vent.animateWith | _vent.forward", "Curves.easeInOut"],
    must_not=["_vent.value =", "_vent.reset", "_vent.repeat"],
    checks=["literal 400"],
)

row(
    "localization",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/taproom_tab.dart';

class TabSummaryBar extends StatelessWidget {
  const TabSummaryBar({super.key, required this.tab, required this.onPay});

  final TaproomTab tab;
  final VoidCallback onPay;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    // toplami uygulamanin diline gore para bicimiyle yaz, simge ₺
    return Material(
      elevation: 3,
      child: SafeArea(
        top: false,
        child: Padding(
          padding: const EdgeInsets.fromLTRB(16, 12, 16, 12),
          child: Row(
            children: [
              Expanded(
                child: Column(
                  crossAxisAlignment: CrossAxisAlignment.start,
                  mainAxisSize: MainAxisSize.min,
                  children: [
                    Text(
                      'Masa ${tab.tableNumber} · ${tab.lines.length} kalem',
                      style: theme.textTheme.bodySmall,
                    ),
                    Text(totalText, style: theme.textTheme.titleLarge),
                  ],
                ),
              ),
              FilledButton.icon(
                onPressed: tab.lines.isEmpty ? null : onPay,
                icon: const Icon(Icons.point_of_sale),
                label: const Text('Hesabı kapat'),
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
final locale = Localizations.localeOf(context).toString();
final totalText = NumberFormat.currency(locale: locale, symbol: '₺').format(tab.total);
""",
    [
        "NumberFormat.currency | NumberFormat.simpleCurrency",
        "localeOf | Intl.getCurrentLocale | Intl.defaultLocale | localeName",
        "tab.total",
    ],
    must_not=["toStringAsFixed"],
    checks=["literal '₺' | 'TRY'"],
)


# ================================================================ callback

row(
    "widgets_layout",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/beer.dart';
import '../widgets/beer_tap_card.dart';

class TapListGrid extends StatelessWidget {
  const TapListGrid({super.key, required this.beers, required this.onSelect});

  final List<Beer> beers;
  final ValueChanged<Beer> onSelect;

  @override
  Widget build(BuildContext context) {
    if (beers.isEmpty) {
      return const Center(child: Text('Şu an musluklarda bira yok'));
    }
    return GridView.builder(
      padding: const EdgeInsets.all(16),
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
        crossAxisCount: 3,
        mainAxisSpacing: 12,
        crossAxisSpacing: 12,
        childAspectRatio: 0.8,
      ),
      itemCount: beers.length,
      itemBuilder: (context, index) {
        // fıçısı biten bira soluk (0.4 opaklık) ve tıklanamaz olsun, üstünde 'Tükendi' etiketi
      },
    );
  }
}

class TapCountHeader extends StatelessWidget {
  const TapCountHeader({super.key, required this.beers});

  final List<Beer> beers;

  @override
  Widget build(BuildContext context) {
    final available = beers.where((b) => !b.isKegEmpty).length;
    return Padding(
      padding: const EdgeInsets.fromLTRB(16, 16, 16, 0),
      child: Text('$available / ${beers.length} musluk açık', style: Theme.of(context).textTheme.titleMedium),
    );
  }
}
""",
    r"""
final beer = beers[index];
final card = BeerTapCard(beer: beer, onTap: () => onSelect(beer));
if (!beer.isKegEmpty) return card;
return Stack(
  children: [
    IgnorePointer(child: Opacity(opacity: 0.4, child: card)),
    const Positioned(
      top: 8,
      left: 8,
      child: Chip(label: Text('Tükendi')),
    ),
  ],
);
""",
    [
        "beers[index] | beers.elementAt",
        "isKegEmpty",
        "Opacity | AnimatedOpacity | withValues | withAlpha",
        "IgnorePointer | AbsorbPointer | null",
        "onSelect",
    ],
    must_not=["withOpacity"],
    checks=["literal 0.4", "literal 'Tükendi'"],
)

row(
    "theming",
    "callback",
    r"""
import 'package:flutter/material.dart';

const _leafGreen = Color(0xFF2E7D32);
const _soil = Color(0xFF5D4037);

/// Theme of the greenhouse control panel (wall tablets in the growing halls).
ThemeData buildControlTheme(Brightness brightness) {
  final scheme = ColorScheme.fromSeed(seedColor: _leafGreen, brightness: brightness, tertiary: _soil);
  return ThemeData(
    colorScheme: scheme,
    visualDensity: VisualDensity.comfortable,
    appBarTheme: AppBarTheme(
      backgroundColor: scheme.surfaceContainer,
      centerTitle: false,
    ),
    switchTheme: SwitchThemeData(
      thumbColor: WidgetStateProperty.resolveWith((states) {
        // devre dışıysa onSurface'in %38'i, açıkken _leafGreen, kapalıyken outline rengi
      }),
      trackOutlineColor: WidgetStateProperty.all(scheme.outline),
    ),
    sliderTheme: SliderThemeData(
      activeTrackColor: _leafGreen,
      thumbColor: _leafGreen,
      inactiveTrackColor: scheme.surfaceContainerHighest,
    ),
    cardTheme: CardThemeData(
      color: scheme.surfaceContainerLow,
      margin: const EdgeInsets.all(8),
    ),
    listTileTheme: const ListTileThemeData(
      contentPadding: EdgeInsets.symmetric(horizontal: 20),
      minVerticalPadding: 12,
    ),
  );
}
""",
    r"""
if (states.contains(WidgetState.disabled)) {
  return scheme.onSurface.withValues(alpha: 0.38);
}
if (states.contains(WidgetState.selected)) {
  return _leafGreen;
}
return scheme.outline;
""",
    ["WidgetState.disabled", "WidgetState.selected", "_leafGreen", "scheme.outline", "onSurface"],
    must_not=["MaterialState", "withOpacity"],
    checks=["literal 0.38 | 97"],
)

row(
    "animations",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/beer.dart';

enum PourSize { taster, half, pint }

class PourSizePicker extends StatefulWidget {
  const PourSizePicker({super.key, required this.beer, required this.onAdd});

  final Beer beer;
  final void Function(PourSize size) onAdd;

  @override
  State<PourSizePicker> createState() => _PourSizePickerState();
}

class _PourSizePickerState extends State<PourSizePicker> {
  static final _money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');
  PourSize _size = PourSize.pint;

  double get _price => switch (_size) {
        PourSize.taster => widget.beer.tasterPrice,
        PourSize.half => widget.beer.halfPrice,
        PourSize.pint => widget.beer.pintPrice,
      };

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        SegmentedButton<PourSize>(
          segments: const [
            ButtonSegment(value: PourSize.taster, label: Text('Tadım')),
            ButtonSegment(value: PourSize.half, label: Text('33 cl')),
            ButtonSegment(value: PourSize.pint, label: Text('50 cl')),
          ],
          selected: {_size},
          onSelectionChanged: (selection) => setState(() => _size = selection.first),
        ),
        const SizedBox(height: 16),
        AnimatedSwitcher(
          duration: const Duration(milliseconds: 250),
          transitionBuilder: (child, animation) {
            // yeni fiyat asagidan kayarak ve belirerek gelsin
          },
          child: Text(
            _money.format(_price),
            key: ValueKey(_size),
            style: theme.textTheme.headlineMedium,
          ),
        ),
        const SizedBox(height: 16),
        FilledButton(onPressed: () => widget.onAdd(_size), child: const Text('Sepete ekle')),
      ],
    );
  }
}
""",
    r"""
final offset = Tween<Offset>(begin: const Offset(0, 0.4), end: Offset.zero).animate(animation);
return FadeTransition(
  opacity: animation,
  child: SlideTransition(position: offset, child: child),
);
""",
    ["SlideTransition", "FadeTransition", "animation", "child"],
    must_not=["AnimationController", "RotationTransition"],
    checks=["call SlideTransition(position)", "call FadeTransition(opacity)"],
)

row(
    "localization",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../l10n/app_localizations.dart';
import '../models/climate_alarm.dart';
import '../services/alarm_service.dart';

class ControlRoomPage extends StatefulWidget {
  const ControlRoomPage({super.key, required this.alarms});

  final AlarmService alarms;

  @override
  State<ControlRoomPage> createState() => _ControlRoomPageState();
}

class _ControlRoomPageState extends State<ControlRoomPage> {
  StreamSubscription<ClimateAlarm>? _alarmSub;

  @override
  void initState() {
    super.initState();
    _alarmSub = widget.alarms.stream.listen((alarm) {
      // sicaklik alarmi gelince temperatureAlarm(bolge adi, derece) cevirisiyle kirmizi snackbar
    });
  }

  @override
  void dispose() {
    _alarmSub?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    final recent = widget.alarms.recent;
    return Scaffold(
      appBar: AppBar(title: Text(l10n.controlRoomTitle)),
      body: recent.isEmpty
          ? Center(child: Text(l10n.noAlarms))
          : ListView.builder(
              itemCount: recent.length,
              itemBuilder: (context, index) {
                final alarm = recent[index];
                return ListTile(
                  leading: const Icon(Icons.thermostat),
                  title: Text(alarm.zoneName),
                  trailing: Text('${alarm.celsius.toStringAsFixed(1)} °C'),
                );
              },
            ),
    );
  }
}
""",
    r"""
if (!mounted) return;
final l10n = AppLocalizations.of(context)!;
final scheme = Theme.of(context).colorScheme;
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(
    backgroundColor: scheme.error,
    content: Text(
      l10n.temperatureAlarm(alarm.zoneName, alarm.celsius),
      style: TextStyle(color: scheme.onError),
    ),
  ),
);
""",
    [
        "AppLocalizations.of",
        "temperatureAlarm",
        "zoneName",
        "celsius",
        "showSnackBar",
        "error | errorContainer | Colors.red",
    ],
    must_not=["Intl.message"],
    checks=["call SnackBar(backgroundColor)"],
)


# ================================================================ class_body

row(
    "widgets_layout",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/greenhouse_zone.dart';

/// App bar of a zone page with a thin progress line under the toolbar while a
/// setpoint change is being sent to the climate controller.
class ZoneAppBar extends StatelessWidget implements PreferredSizeWidget {
  const ZoneAppBar({super.key, required this.zone, required this.syncing, this.onSettings});

  final GreenhouseZone zone;
  final bool syncing;
  final VoidCallback? onSettings;

  // yükseklik: normal toolbar + alttaki 4 piksellik ilerleme çizgisi

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return AppBar(
      title: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(zone.name),
          Text(
            '${zone.cropName} · ${zone.areaM2.toStringAsFixed(0)} m²',
            style: theme.textTheme.bodySmall,
          ),
        ],
      ),
      actions: [
        IconButton(
          tooltip: 'Bölge ayarları',
          icon: const Icon(Icons.tune),
          onPressed: onSettings,
        ),
      ],
      bottom: PreferredSize(
        preferredSize: const Size.fromHeight(4),
        child: syncing
            ? LinearProgressIndicator(minHeight: 4, color: theme.colorScheme.tertiary)
            : const SizedBox(height: 4),
      ),
    );
  }
}
""",
    r"""
@override
Size get preferredSize => const Size.fromHeight(kToolbarHeight + 4);
""",
    ["preferredSize", "Size.fromHeight | Size(", "kToolbarHeight | 56 | 60"],
    must_not=["build("],
    checks=["literal 4 | 60"],
)

row(
    "theming",
    "class_body",
    r"""
import 'dart:ui' show lerpDouble;

import 'package:flutter/material.dart';

/// Look of the ABV badges on the tap list, one per theme.
@immutable
class TapBadgeStyle extends ThemeExtension<TapBadgeStyle> {
  const TapBadgeStyle({required this.badgeColor, required this.abvStyle, required this.radius});

  final Color badgeColor;
  final TextStyle abvStyle;
  final double radius;

  static const light = TapBadgeStyle(
    badgeColor: Color(0xFFFFE0B2),
    abvStyle: TextStyle(fontWeight: FontWeight.w600, color: Color(0xFF4E342E)),
    radius: 6,
  );

  static const dark = TapBadgeStyle(
    badgeColor: Color(0xFF5D4037),
    abvStyle: TextStyle(fontWeight: FontWeight.w600, color: Color(0xFFFFE0B2)),
    radius: 10,
  );

  @override
  TapBadgeStyle copyWith({Color? badgeColor, TextStyle? abvStyle, double? radius}) {
    return TapBadgeStyle(
      badgeColor: badgeColor ?? this.badgeColor,
      abvStyle: abvStyle ?? this.abvStyle,
      radius: radius ?? this.radius,
    );
  }

  // tema geçişinde renk, yazı stili ve köşe yarıçapı yumuşakça karışsın

  static TapBadgeStyle of(BuildContext context) => Theme.of(context).extension<TapBadgeStyle>() ?? light;
}

class AbvBadge extends StatelessWidget {
  const AbvBadge({super.key, required this.abv});

  final double abv;

  @override
  Widget build(BuildContext context) {
    final style = TapBadgeStyle.of(context);
    return Container(
      padding: const EdgeInsets.symmetric(horizontal: 8, vertical: 2),
      decoration: BoxDecoration(
        color: style.badgeColor,
        borderRadius: BorderRadius.circular(style.radius),
      ),
      child: Text('%${abv.toStringAsFixed(1)}', style: style.abvStyle),
    );
  }
}
""",
    r"""
@override
TapBadgeStyle lerp(TapBadgeStyle? other, double t) {
  if (other == null) return this;
  return TapBadgeStyle(
    badgeColor: Color.lerp(badgeColor, other.badgeColor, t)!,
    abvStyle: TextStyle.lerp(abvStyle, other.abvStyle, t)!,
    radius: lerpDouble(radius, other.radius, t)!,
  );
}
""",
    [
        "TapBadgeStyle lerp | ThemeExtension<TapBadgeStyle> lerp",
        "Color.lerp",
        "TextStyle.lerp",
        "lerpDouble | * t",
    ],
    must_not=["copyWith"],
    checks=["call Color.lerp", "call TextStyle.lerp"],
)

row(
    "animations",
    "class_body",
    r"""
import 'dart:math' as math;

import 'package:flutter/material.dart';

import '../models/fan_unit.dart';

class FanIndicator extends StatefulWidget {
  const FanIndicator({super.key, required this.fan, required this.running});

  final FanUnit fan;
  final bool running;

  @override
  State<FanIndicator> createState() => _FanIndicatorState();
}

class _FanIndicatorState extends State<FanIndicator> with SingleTickerProviderStateMixin {
  late final AnimationController _spin =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 900));

  @override
  void initState() {
    super.initState();
    if (widget.running) _spin.repeat();
  }

  // fan açılıp kapanınca dönmeyi başlat ya da olduğu yerde durdur

  @override
  void dispose() {
    _spin.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Tooltip(
      message: '${widget.fan.name} · ${widget.fan.rpm} rpm',
      child: AnimatedBuilder(
        animation: _spin,
        builder: (context, child) => Transform.rotate(angle: _spin.value * 2 * math.pi, child: child),
        child: Icon(
          Icons.toys,
          size: 40,
          color: widget.running ? scheme.primary : scheme.outline,
        ),
      ),
    );
  }
}
""",
    r"""
@override
void didUpdateWidget(covariant FanIndicator oldWidget) {
  super.didUpdateWidget(oldWidget);
  if (widget.running == oldWidget.running) return;
  if (widget.running) {
    _spin.repeat();
  } else {
    _spin.stop();
  }
}
""",
    ["didUpdateWidget", "super.didUpdateWidget", "widget.running", "_spin.repeat", "_spin.stop"],
    must_not=["_spin.reset", "_spin.dispose"],
)

row(
    "localization",
    "class_body",
    r"""
import 'dart:convert';

import 'package:flutter/services.dart';
import 'package:flutter/widgets.dart';

/// Beer descriptions and tasting notes, translated by the brewery team and shipped
/// as one JSON file per language.
class MenuLocalizations {
  MenuLocalizations(this.locale, this._strings);

  final Locale locale;
  final Map<String, String> _strings;

  static MenuLocalizations of(BuildContext context) =>
      Localizations.of<MenuLocalizations>(context, MenuLocalizations)!;

  static const LocalizationsDelegate<MenuLocalizations> delegate = _MenuLocalizationsDelegate();

  String describe(String beerId) => _strings['$beerId.description'] ?? '';

  String tastingNotes(String beerId) => _strings['$beerId.notes'] ?? '';

  String pairing(String beerId) => _strings['$beerId.pairing'] ?? '';
}

class _MenuLocalizationsDelegate extends LocalizationsDelegate<MenuLocalizations> {
  const _MenuLocalizationsDelegate();

  static const _languages = ['tr', 'en', 'de'];

  @override
  bool isSupported(Locale locale) => _languages.contains(locale.languageCode);

  // load: dilin json dosyasını assets/menu klasöründen okuyup MenuLocalizations oluştur

  @override
  bool shouldReload(_MenuLocalizationsDelegate old) => false;
}
""",
    r"""
@override
Future<MenuLocalizations> load(Locale locale) async {
  final raw = await rootBundle.loadString('assets/menu/${locale.languageCode}.json');
  final strings = Map<String, String>.from(jsonDecode(raw) as Map);
  return MenuLocalizations(locale, strings);
}
""",
    [
        "Future<MenuLocalizations> load",
        "rootBundle",
        "languageCode | toLanguageTag",
        "jsonDecode | json.decode | loadStructuredData",
        "MenuLocalizations(",
    ],
    must_not=["isSupported", "SynchronousFuture"],
    checks=["call .loadString | .loadStructuredData", "literal 'assets/menu'"],
)


# ================================================================ element

row(
    "widgets_layout",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/beer.dart';
import '../widgets/pour_size_picker.dart';

class BeerDetailPage extends StatelessWidget {
  const BeerDetailPage({super.key, required this.beer, required this.onAdd});

  final Beer beer;
  final void Function(PourSize size) onAdd;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Scaffold(
      appBar: AppBar(title: Text(beer.name)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          ClipRRect(
            borderRadius: BorderRadius.circular(12),
            child: AspectRatio(
              aspectRatio: 4 / 3,
              child: Image.network(beer.photoUrl, fit: BoxFit.cover),
            ),
          ),
          const SizedBox(height: 16),
          Text('${beer.breweryName} · ${beer.origin}', style: theme.textTheme.bodySmall),
          const SizedBox(height: 12),
          // ABV, IBU ve stil çipleri yan yana, sığmazsa alt satıra geçsin; aralar 8
          const SizedBox(height: 16),
          Text(beer.description),
          const Divider(height: 32),
          PourSizePicker(beer: beer, onAdd: onAdd),
        ],
      ),
    );
  }
}
""",
    r"""
Wrap(
  spacing: 8,
  runSpacing: 8,
  children: [
    Chip(label: Text('ABV %${beer.abv.toStringAsFixed(1)}')),
    Chip(label: Text('IBU ${beer.ibu}')),
    Chip(label: Text(beer.style)),
  ],
),
""",
    ["Wrap", "abv", "ibu"],
    must_not=["scrollDirection", "SingleChildScrollView"],
    checks=["call Wrap(spacing: 8)"],
)

row(
    "theming",
    "element",
    r"""
import 'package:flutter/material.dart';

import 'router.dart';
import 'settings/panel_settings.dart';

const _leafGreen = Color(0xFF2E7D32);

class GreenhouseApp extends StatelessWidget {
  const GreenhouseApp({super.key, required this.settings});

  final PanelSettings settings;

  ThemeData _theme(Brightness brightness) {
    return ThemeData(
      colorScheme: ColorScheme.fromSeed(seedColor: _leafGreen, brightness: brightness),
      pageTransitionsTheme: const PageTransitionsTheme(
        builders: {
          TargetPlatform.android: ZoomPageTransitionsBuilder(),
          // iOS'ta yandan kayan Cupertino geçişi
        },
      ),
      inputDecorationTheme: const InputDecorationTheme(border: OutlineInputBorder()),
      snackBarTheme: const SnackBarThemeData(behavior: SnackBarBehavior.floating),
    );
  }

  @override
  Widget build(BuildContext context) {
    return ListenableBuilder(
      listenable: settings,
      builder: (context, _) => MaterialApp.router(
        title: 'Sera Kontrol',
        theme: _theme(Brightness.light),
        darkTheme: _theme(Brightness.dark),
        themeMode: settings.themeMode,
        routerConfig: greenhouseRouter,
      ),
    );
  }
}
""",
    r"""
TargetPlatform.iOS: CupertinoPageTransitionsBuilder(),
""",
    ["TargetPlatform.iOS", "CupertinoPageTransitionsBuilder"],
    must_not=["TargetPlatform.android", "ZoomPageTransitionsBuilder"],
    checks=["call CupertinoPageTransitionsBuilder"],
)

row(
    "animations",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/taproom_order.dart';
import '../services/order_service.dart';
import '../widgets/order_line_tile.dart';

class OrderStatusPage extends StatelessWidget {
  const OrderStatusPage({super.key, required this.orderId, required this.service});

  final String orderId;
  final OrderService service;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Siparişim')),
      body: StreamBuilder<TaproomOrder>(
        stream: service.watch(orderId),
        builder: (context, snapshot) {
          final order = snapshot.data;
          if (order == null) return const Center(child: CircularProgressIndicator());
          return Stack(
            children: [
              ListView(
                padding: const EdgeInsets.fromLTRB(16, 88, 16, 16),
                children: [
                  for (final line in order.lines) OrderLineTile(line: line),
                  const Divider(),
                  ListTile(title: const Text('Masa'), trailing: Text('${order.tableNumber}')),
                  ListTile(
                    title: const Text('Durum'),
                    trailing: Text(order.isReady ? 'Hazır' : 'Hazırlanıyor'),
                  ),
                ],
              ),
              // sipariş hazır olunca üstten 300 ms'de kayarak inen yeşil 'Bardan alabilirsiniz' bandı
            ],
          );
        },
      ),
    );
  }
}
""",
    r"""
AnimatedPositioned(
  duration: const Duration(milliseconds: 300),
  curve: Curves.easeOut,
  top: order.isReady ? 0 : -72,
  left: 0,
  right: 0,
  height: 72,
  child: Material(
    color: Colors.green.shade600,
    child: const Center(
      child: Text('Bardan alabilirsiniz', style: TextStyle(color: Colors.white, fontSize: 18)),
    ),
  ),
),
""",
    [
        "AnimatedPositioned | AnimatedSlide | AnimatedAlign | AnimatedContainer | AnimatedSwitcher | SlideTransition",
        "isReady",
        "green | Green",
    ],
    must_not=["AnimationController", "AnimatedOpacity"],
    checks=["literal 300", "literal 'Bardan alabilirsiniz'"],
)

row(
    "localization",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../l10n/app_localizations.dart';
import '../models/sensor_reading.dart';

class SensorReadingCard extends StatelessWidget {
  const SensorReadingCard({super.key, required this.reading});

  final SensorReading reading;

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    final theme = Theme.of(context);
    final decimal = NumberFormat.decimalPatternDigits(locale: l10n.localeName, decimalDigits: 1);
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(l10n.sensorTitle(reading.sensorName), style: theme.textTheme.titleMedium),
            const SizedBox(height: 12),
            Row(
              mainAxisAlignment: MainAxisAlignment.spaceBetween,
              children: [
                Text('${decimal.format(reading.celsius)} °C', style: theme.textTheme.headlineSmall),
                // nem oranını (0–100) dile uygun yüzde biçimiyle yaz, Türkçede %62 gibi
              ],
            ),
            const SizedBox(height: 8),
            Text(
              l10n.lastUpdated(DateFormat.Hm(l10n.localeName).format(reading.takenAt)),
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
Text(
  NumberFormat.percentPattern(l10n.localeName).format(reading.humidity / 100),
  style: theme.textTheme.headlineSmall,
),
""",
    [
        "NumberFormat.percentPattern | NumberFormat.decimalPercentPattern",
        "localeName | localeOf",
        "humidity",
        "/ 100 | * 0.01",
    ],
    must_not=["toStringAsFixed"],
    checks=["call Text"],
)


# ================================================================ argument

row(
    "widgets_layout",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/greenhouse_zone.dart';
import '../widgets/zone_card.dart';

class ZoneGrid extends StatelessWidget {
  const ZoneGrid({super.key, required this.zones, required this.onOpen, this.onRefresh});

  final List<GreenhouseZone> zones;
  final ValueChanged<GreenhouseZone> onOpen;
  final Future<void> Function()? onRefresh;

  @override
  Widget build(BuildContext context) {
    final grid = GridView.builder(
      padding: const EdgeInsets.all(16),
      // kartlar en fazla 240 genislikte, en boy orani 1.2, aralari 12
      itemCount: zones.length,
      itemBuilder: (context, index) {
        final zone = zones[index];
        return ZoneCard(
          zone: zone,
          highlighted: zone.hasActiveAlarm,
          onTap: () => onOpen(zone),
        );
      },
    );
    final refresh = onRefresh;
    if (refresh == null) return grid;
    return RefreshIndicator(onRefresh: refresh, child: grid);
  }
}

class EmptyZonesHint extends StatelessWidget {
  const EmptyZonesHint({super.key, required this.onAddZone});

  final VoidCallback onAddZone;

  @override
  Widget build(BuildContext context) {
    return Center(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          const Icon(Icons.yard_outlined, size: 64),
          const SizedBox(height: 12),
          const Text('Henüz bölge eklenmedi'),
          const SizedBox(height: 12),
          FilledButton(onPressed: onAddZone, child: const Text('Bölge ekle')),
        ],
      ),
    );
  }
}
""",
    r"""
gridDelegate: const SliverGridDelegateWithMaxCrossAxisExtent(
  maxCrossAxisExtent: 240,
  childAspectRatio: 1.2,
  mainAxisSpacing: 12,
  crossAxisSpacing: 12,
),
""",
    ["gridDelegate", "SliverGridDelegateWithMaxCrossAxisExtent"],
    must_not=["SliverGridDelegateWithFixedCrossAxisCount"],
    checks=[
        "call SliverGridDelegateWithMaxCrossAxisExtent(maxCrossAxisExtent: 240)",
        "call SliverGridDelegateWithMaxCrossAxisExtent(childAspectRatio: 1.2)",
        "call SliverGridDelegateWithMaxCrossAxisExtent(mainAxisSpacing: 12)",
        "call SliverGridDelegateWithMaxCrossAxisExtent(crossAxisSpacing: 12)",
    ],
)

row(
    "theming",
    "argument",
    r"""
import 'package:flutter/material.dart';

const _amber = Color(0xFFFFA000);
const _stout = Color(0xFF3E2723);

/// Theme of the taproom ordering app: warm amber on light, stout brown on dark.
ThemeData buildTaproomTheme(Brightness brightness) {
  final scheme = ColorScheme.fromSeed(
    seedColor: _amber,
    brightness: brightness,
    surface: brightness == Brightness.dark ? _stout : null,
  );
  return ThemeData(
    colorScheme: scheme,
    fontFamily: 'Barlow',
    appBarTheme: AppBarTheme(
      backgroundColor: scheme.surface,
      foregroundColor: scheme.onSurface,
      titleTextStyle: TextStyle(
        fontFamily: 'Barlow',
        fontSize: 22,
        fontWeight: FontWeight.w700,
        color: scheme.onSurface,
      ),
    ),
    // menü kartları: 16 yuvarlatılmış köşe, gölgesiz, outlineVariant renginde ince kenarlık
    chipTheme: ChipThemeData(
      backgroundColor: scheme.secondaryContainer,
      labelStyle: TextStyle(color: scheme.onSecondaryContainer),
      side: BorderSide.none,
    ),
    filledButtonTheme: FilledButtonThemeData(
      style: FilledButton.styleFrom(
        minimumSize: const Size(64, 52),
        textStyle: const TextStyle(fontSize: 16, fontWeight: FontWeight.w600),
      ),
    ),
    bottomSheetTheme: const BottomSheetThemeData(showDragHandle: true),
  );
}
""",
    r"""
cardTheme: CardThemeData(
  elevation: 0,
  shape: RoundedRectangleBorder(
    borderRadius: BorderRadius.circular(16),
    side: BorderSide(color: scheme.outlineVariant),
  ),
),
""",
    [
        "cardTheme",
        "CardThemeData | CardTheme",
        "elevation | shadowColor",
        "outlineVariant",
        "BorderSide",
    ],
    must_not=["Border.all", "BoxShadow"],
    checks=["call RoundedRectangleBorder(borderRadius, side)", "literal 16"],
)

row(
    "animations",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/greenhouse_zone.dart';
import '../models/temperature_point.dart';
import '../services/climate_service.dart';
import '../widgets/temperature_chart.dart';

class ZoneHistoryCard extends StatefulWidget {
  const ZoneHistoryCard({super.key, required this.zone, required this.service});

  final GreenhouseZone zone;
  final ClimateService service;

  @override
  State<ZoneHistoryCard> createState() => _ZoneHistoryCardState();
}

class _ZoneHistoryCardState extends State<ZoneHistoryCard> {
  List<TemperaturePoint>? _history;

  @override
  void initState() {
    super.initState();
    _load();
  }

  Future<void> _load() async {
    final points = await widget.service.temperatureHistory(widget.zone.id, hours: 24);
    if (mounted) setState(() => _history = points);
  }

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    final history = _history;
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text('Son 24 saat', style: Theme.of(context).textTheme.titleMedium),
            const SizedBox(height: 12),
            AnimatedCrossFade(
              duration: const Duration(milliseconds: 350),
              sizeCurve: Curves.easeOut,
              // veri gelince iskeletten grafiğe geçsin
              firstChild: Container(
                height: 160,
                decoration: BoxDecoration(
                  color: scheme.surfaceContainerHighest,
                  borderRadius: BorderRadius.circular(8),
                ),
              ),
              secondChild: history == null
                  ? const SizedBox(height: 160)
                  : TemperatureChart(points: history, setpoint: widget.zone.targetCelsius),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
crossFadeState: history == null ? CrossFadeState.showFirst : CrossFadeState.showSecond,
""",
    ["crossFadeState", "CrossFadeState.showFirst", "CrossFadeState.showSecond", "history | _history"],
    must_not=["AnimationController"],
)

row(
    "localization",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../services/reservation_service.dart';

class ReservationTimeField extends StatefulWidget {
  const ReservationTimeField({super.key, required this.service, required this.onChanged});

  final ReservationService service;
  final ValueChanged<TimeOfDay> onChanged;

  @override
  State<ReservationTimeField> createState() => _ReservationTimeFieldState();
}

class _ReservationTimeFieldState extends State<ReservationTimeField> {
  TimeOfDay? _time;

  Future<void> _pickTime() async {
    final picked = await showTimePicker(
      context: context,
      initialTime: _time ?? const TimeOfDay(hour: 19, minute: 0),
      helpText: 'Rezervasyon saati',
      // saat secici her cihazda 24 saat bicimiyle acilsin
    );
    if (picked == null || !mounted) return;
    if (picked.hour < widget.service.openingHour) {
      ScaffoldMessenger.of(context).showSnackBar(
        SnackBar(content: Text('Taproom ${widget.service.openingHour}:00\'da açılıyor')),
      );
      return;
    }
    setState(() => _time = picked);
    widget.onChanged(picked);
  }

  @override
  Widget build(BuildContext context) {
    final time = _time;
    return ListTile(
      leading: const Icon(Icons.schedule),
      title: const Text('Saat'),
      subtitle: Text(time == null ? 'Saat seçin' : time.format(context)),
      trailing: const Icon(Icons.chevron_right),
      onTap: _pickTime,
    );
  }
}
""",
    r"""
builder: (context, child) => MediaQuery(
  data: MediaQuery.of(context).copyWith(alwaysUse24HourFormat: true),
  child: child!,
),
""",
    ["builder", "alwaysUse24HourFormat | Localizations.override", "child"],
    must_not=["initialEntryMode", "use24HourFormat: false"],
    checks=["call MediaQuery | Localizations.override"],
)


if __name__ == "__main__":
    ROWS.write()
