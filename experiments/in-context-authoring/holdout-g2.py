"""In-context held-out rows, batch 7 (holdout-g2): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics widgets_layout, theming, animations, localization
(5 each, one per position); app domains a running-club training app and a weekly meal-planning app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-g2.py  -> data/in_context/drafts/holdout-g2.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-g2", "holdg2")
row = ROWS.row


# ================================================================ statements

row(
    "widgets_layout",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/run_session.dart';
import '../widgets/pace_text.dart';

class RunSplitsSection extends StatelessWidget {
  const RunSplitsSection({super.key, required this.run});

  final RunSession run;

  List<Widget> _splitRows() {
    final rows = <Widget>[];
    if (run.splits.isEmpty) return rows;
    final fastest = run.splits.map((s) => s.seconds).reduce((a, b) => a < b ? a : b);
    // her km için _SplitRow ekle, aralarına Divider koy; en hızlı km vurgulansın
    return rows;
  }

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Card(
      margin: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
      child: Padding(
        padding: const EdgeInsets.all(12),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            Text('Kilometre bölümleri', style: theme.textTheme.titleMedium),
            const SizedBox(height: 8),
            ..._splitRows(),
          ],
        ),
      ),
    );
  }
}

class _SplitRow extends StatelessWidget {
  const _SplitRow({required this.km, required this.split, this.highlighted = false});

  final int km;
  final RunSplit split;
  final bool highlighted;

  @override
  Widget build(BuildContext context) {
    final style = highlighted
        ? TextStyle(fontWeight: FontWeight.bold, color: Theme.of(context).colorScheme.primary)
        : null;
    return Padding(
      padding: const EdgeInsets.symmetric(vertical: 6),
      child: Row(
        children: [
          SizedBox(width: 40, child: Text('$km', style: style)),
          Expanded(child: PaceText(seconds: split.seconds, style: style)),
          Text('${split.elevationGain} m', style: style),
        ],
      ),
    );
  }
}
""",
    r"""
for (var i = 0; i < run.splits.length; i++) {
  if (i > 0) rows.add(const Divider(height: 1));
  final split = run.splits[i];
  rows.add(_SplitRow(km: i + 1, split: split, highlighted: split.seconds == fastest));
}
""",
    ["run.splits", "_SplitRow", "Divider", "highlighted", "fastest", "add | addAll | insert"],
    must_not=["ListView", "separatorBuilder"],
    checks=["call Divider", "call _SplitRow(highlighted)"],
)

row(
    "theming",
    "statements",
    r"""
import 'package:flutter/material.dart';

import 'router.dart';
import 'services/settings_store.dart';

const clubOrange = Color(0xFFFF6D00);

ThemeData buildRunTheme(Brightness brightness) {
  // clubOrange'dan bu parlaklıkta renk şeması üret; AppBar başlığı ortada, kaydırınca gölge olmasın
}

class RunClubApp extends StatelessWidget {
  const RunClubApp({super.key, required this.settings});

  final SettingsStore settings;

  @override
  Widget build(BuildContext context) {
    return ListenableBuilder(
      listenable: settings,
      builder: (context, _) => MaterialApp.router(
        title: 'RunClub',
        routerConfig: appRouter,
        theme: buildRunTheme(Brightness.light),
        darkTheme: buildRunTheme(Brightness.dark),
        themeMode: settings.themeMode,
        debugShowCheckedModeBanner: false,
      ),
    );
  }
}

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  final settings = await SettingsStore.load();
  runApp(RunClubApp(settings: settings));
}
""",
    r"""
final scheme = ColorScheme.fromSeed(seedColor: clubOrange, brightness: brightness);
return ThemeData(
  colorScheme: scheme,
  appBarTheme: const AppBarTheme(centerTitle: true, scrolledUnderElevation: 0),
);
""",
    [
        "ColorScheme.fromSeed | colorSchemeSeed",
        "clubOrange",
        "brightness",
        "AppBarTheme | AppBarThemeData | appBarTheme",
        "centerTitle: true",
        "scrolledUnderElevation",
    ],
    must_not=["Colors.orange", "useMaterial3: false"],
    checks=["literal 0"],
)

row(
    "animations",
    "statements",
    r"""
import 'dart:math' as math;

import 'package:flutter/material.dart';

class WeeklyGoalRing extends StatefulWidget {
  const WeeklyGoalRing({super.key, required this.weeklyKm, required this.goalKm});

  final double weeklyKm;
  final double goalKm;

  @override
  State<WeeklyGoalRing> createState() => _WeeklyGoalRingState();
}

class _WeeklyGoalRingState extends State<WeeklyGoalRing> with SingleTickerProviderStateMixin {
  late final AnimationController _controller;
  late final Animation<double> _fill;

  double get _ratio => math.min(widget.weeklyKm / widget.goalKm, 1.0);

  @override
  void initState() {
    super.initState();
    // halka 1200 ms'de 0'dan _ratio'ya easeOutCubic ile dolsun, açılınca hemen başlasın
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return AnimatedBuilder(
      animation: _fill,
      builder: (context, child) => Stack(
        alignment: Alignment.center,
        children: [
          SizedBox.square(
            dimension: 140,
            child: CircularProgressIndicator(
              value: _fill.value,
              strokeWidth: 12,
              backgroundColor: theme.colorScheme.surfaceContainerHighest,
            ),
          ),
          child!,
        ],
      ),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          Text('${widget.weeklyKm.toStringAsFixed(1)} km', style: theme.textTheme.headlineSmall),
          Text('hedef ${widget.goalKm.toStringAsFixed(0)} km', style: theme.textTheme.bodySmall),
        ],
      ),
    );
  }
}
""",
    r"""
_controller = AnimationController(vsync: this, duration: const Duration(milliseconds: 1200));
_fill = Tween<double>(begin: 0, end: _ratio).animate(
  CurvedAnimation(parent: _controller, curve: Curves.easeOutCubic),
);
_controller.forward();
""",
    ["_controller = | _controller=", "AnimationController", "vsync: this", "_fill", "_ratio", "Curves.easeOutCubic", "forward"],
    must_not=["repeat", "Curves.linear"],
    checks=["literal 1200", "call AnimationController(vsync, duration)"],
)

row(
    "localization",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

import '../l10n/app_localizations.dart';

class LocaleController extends ChangeNotifier {
  LocaleController(this._prefs) {
    final code = _prefs.getString(_key);
    if (code != null) _locale = Locale(code);
  }

  static const _key = 'app_locale';

  final SharedPreferences _prefs;
  Locale? _locale;

  /// null: follow the device language.
  Locale? get locale => _locale;

  Future<void> setLocale(Locale locale) async {
    // desteklenmeyen dilse bir sey yapma; degilse kaydet ve dinleyicilere haber ver
  }

  Future<void> useDeviceLocale() async {
    _locale = null;
    await _prefs.remove(_key);
    notifyListeners();
  }
}

class LanguageTile extends StatelessWidget {
  const LanguageTile({super.key, required this.controller});

  final LocaleController controller;

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    return ListTile(
      leading: const Icon(Icons.language),
      title: Text(l10n.languageSetting),
      trailing: DropdownButton<Locale?>(
        value: controller.locale,
        onChanged: (locale) => locale == null ? controller.useDeviceLocale() : controller.setLocale(locale),
        items: [
          DropdownMenuItem(value: null, child: Text(l10n.deviceLanguage)),
          for (final locale in AppLocalizations.supportedLocales)
            DropdownMenuItem(value: locale, child: Text(locale.languageCode.toUpperCase())),
        ],
      ),
    );
  }
}
""",
    r"""
final supported = AppLocalizations.supportedLocales.any((l) => l.languageCode == locale.languageCode);
if (!supported) return;
_locale = locale;
await _prefs.setString(_key, locale.languageCode);
notifyListeners();
""",
    ["supportedLocales", "_locale = | _locale=", "_prefs.setString", "_key", "languageCode", "notifyListeners"],
    must_not=["toLanguageTag", "_prefs.remove"],
    checks=["call notifyListeners", "call .setString"],
)


# ================================================================ callback

row(
    "widgets_layout",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../state/meal_plan_store.dart';
import '../widgets/day_column.dart';

class WeekPlanPage extends StatelessWidget {
  const WeekPlanPage({super.key});

  @override
  Widget build(BuildContext context) {
    final store = context.watch<MealPlanStore>();
    final plan = store.currentWeek;
    return Scaffold(
      appBar: AppBar(
        title: Text('Hafta ${plan.weekNumber}'),
        actions: [
          IconButton(
            icon: const Icon(Icons.shopping_basket_outlined),
            tooltip: 'Alışveriş listesi',
            onPressed: () => Navigator.of(context).pushNamed('/groceries'),
          ),
        ],
      ),
      body: LayoutBuilder(
        builder: (context, constraints) {
          // 700 pikselden genis ekranda gunler yan yana esit sutun, dar ekranda alt alta liste
        },
      ),
      floatingActionButton: FloatingActionButton.extended(
        onPressed: store.generateFromFavorites,
        icon: const Icon(Icons.auto_awesome),
        label: const Text('Haftayı doldur'),
      ),
    );
  }
}
""",
    r"""
if (constraints.maxWidth > 700) {
  return Row(
    crossAxisAlignment: CrossAxisAlignment.start,
    children: [
      for (final day in plan.days) Expanded(child: DayColumn(day: day)),
    ],
  );
}
return ListView(
  children: [for (final day in plan.days) DayColumn(day: day)],
);
""",
    [
        "constraints.maxWidth",
        "Row",
        "Expanded | Flexible",
        "ListView | SingleChildScrollView | CustomScrollView",
        "plan.days",
        "DayColumn",
    ],
    must_not=["MediaQuery"],
    checks=[
        "literal 700",
        "call Row",
        "call ListView | ListView.builder | ListView.separated | SingleChildScrollView | CustomScrollView",
    ],
)

row(
    "theming",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/recipe.dart';
import '../widgets/ingredient_list.dart';

class RecipeDetailPage extends StatefulWidget {
  const RecipeDetailPage({super.key, required this.recipe});

  final Recipe recipe;

  @override
  State<RecipeDetailPage> createState() => _RecipeDetailPageState();
}

class _RecipeDetailPageState extends State<RecipeDetailPage> {
  ColorScheme? _scheme;
  Brightness? _loadedFor;

  @override
  void didChangeDependencies() {
    super.didChangeDependencies();
    final brightness = Theme.of(context).brightness;
    if (_loadedFor == brightness) return;
    _loadedFor = brightness;
    ColorScheme.fromImageProvider(
      provider: NetworkImage(widget.recipe.imageUrl),
      brightness: brightness,
    ).then((scheme) {
      // ekran hâlâ açıksa gelen şemayı uygula
    });
  }

  @override
  Widget build(BuildContext context) {
    final base = Theme.of(context);
    final recipe = widget.recipe;
    return Theme(
      data: _scheme == null ? base : base.copyWith(colorScheme: _scheme),
      child: Scaffold(
        body: CustomScrollView(
          slivers: [
            SliverAppBar.large(
              title: Text(recipe.title),
              flexibleSpace: FlexibleSpaceBar(
                background: Image.network(recipe.imageUrl, fit: BoxFit.cover),
              ),
            ),
            SliverToBoxAdapter(
              child: Padding(
                padding: const EdgeInsets.all(16),
                child: IngredientList(ingredients: recipe.ingredients, servings: recipe.servings),
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
if (!mounted) return;
setState(() => _scheme = scheme);
""",
    ["mounted", "setState", "_scheme"],
    must_not=["Theme.of", "copyWith"],
    checks=["call setState"],
)

row(
    "animations",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/grocery_item.dart';
import '../services/grocery_service.dart';

class GroceryListPage extends StatefulWidget {
  const GroceryListPage({super.key, required this.service, required this.initialItems});

  final GroceryService service;
  final List<GroceryItem> initialItems;

  @override
  State<GroceryListPage> createState() => _GroceryListPageState();
}

class _GroceryListPageState extends State<GroceryListPage> {
  final _listKey = GlobalKey<AnimatedListState>();
  late final List<GroceryItem> _items = [...widget.initialItems];

  Widget _tile(GroceryItem item, {VoidCallback? onBought}) {
    return ListTile(
      leading: Checkbox(
        value: item.bought,
        onChanged: onBought == null ? null : (_) => onBought(),
      ),
      title: Text(item.name),
      subtitle: Text('${item.quantity} ${item.unit}'),
    );
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Alışveriş listesi')),
      body: AnimatedList(
        key: _listKey,
        initialItemCount: _items.length,
        itemBuilder: (context, index, animation) {
          final item = _items[index];
          return SizeTransition(
            sizeFactor: animation,
            child: _tile(
              item,
              onBought: () {
                widget.service.markBought(item.id);
                // alındı işaretlenen ürünü 250 ms'de küçülerek listeden çıkar
              },
            ),
          );
        },
      ),
    );
  }
}
""",
    r"""
final at = _items.indexOf(item);
final removed = _items.removeAt(at);
_listKey.currentState!.removeItem(
  at,
  (context, animation) => SizeTransition(sizeFactor: animation, child: _tile(removed)),
  duration: const Duration(milliseconds: 250),
);
""",
    [
        "_items",
        "removeAt | remove",
        "removeItem",
        "_listKey.currentState | AnimatedList.of",
        "SizeTransition | ScaleTransition",
    ],
    must_not=["setState(() => _items.remove", "insertItem"],
    checks=["literal 250", "call .removeItem(duration)"],
)

row(
    "localization",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_localizations/flutter_localizations.dart';

import 'l10n/app_localizations.dart';
import 'router.dart';

class RunClubApp extends StatelessWidget {
  const RunClubApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(
      title: 'RunClub',
      routerConfig: appRouter,
      localizationsDelegates: const [
        AppLocalizations.delegate,
        GlobalMaterialLocalizations.delegate,
        GlobalWidgetsLocalizations.delegate,
        GlobalCupertinoLocalizations.delegate,
      ],
      supportedLocales: AppLocalizations.supportedLocales,
      localeResolutionCallback: (deviceLocale, supported) {
        // cihaz dili listede varsa onu kullan (sadece dil koduna bak), yoksa Türkçe
      },
      theme: ThemeData(colorSchemeSeed: const Color(0xFFFF6D00)),
      darkTheme: ThemeData(
        colorSchemeSeed: const Color(0xFFFF6D00),
        brightness: Brightness.dark,
      ),
      builder: (context, child) => MediaQuery.withClampedTextScaling(
        maxScaleFactor: 1.4,
        child: child!,
      ),
    );
  }
}

void main() => runApp(const RunClubApp());
""",
    r"""
if (deviceLocale != null) {
  for (final locale in supported) {
    if (locale.languageCode == deviceLocale.languageCode) return locale;
  }
}
return const Locale('tr');
""",
    ["languageCode", "supported | supportedLocales", "return"],
    must_not=["countryCode", "contains(deviceLocale)", "supported.first"],
    checks=["literal 'tr'"],
)


# ================================================================ class_body

row(
    "widgets_layout",
    "class_body",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

class PlanWeekAppBar extends StatelessWidget implements PreferredSizeWidget {
  const PlanWeekAppBar({
    super.key,
    required this.weekStart,
    required this.onPrevious,
    required this.onNext,
  });

  final DateTime weekStart;
  final VoidCallback onPrevious;
  final VoidCallback onNext;

  // Scaffold'un appBar'ı olarak kullanılabilsin, yükseklik 64

  @override
  Widget build(BuildContext context) {
    final format = DateFormat('d MMM', 'tr');
    final weekEnd = weekStart.add(const Duration(days: 6));
    final theme = Theme.of(context);
    return Material(
      color: theme.colorScheme.surfaceContainer,
      child: SafeArea(
        bottom: false,
        child: Row(
          children: [
            IconButton(
              onPressed: onPrevious,
              icon: const Icon(Icons.chevron_left),
              tooltip: 'Önceki hafta',
            ),
            Expanded(
              child: Text(
                '${format.format(weekStart)} – ${format.format(weekEnd)}',
                textAlign: TextAlign.center,
                style: theme.textTheme.titleMedium,
              ),
            ),
            IconButton(
              onPressed: onNext,
              icon: const Icon(Icons.chevron_right),
              tooltip: 'Sonraki hafta',
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
@override
Size get preferredSize => const Size.fromHeight(64);
""",
    ["preferredSize", "Size.fromHeight | Size("],
    must_not=["kToolbarHeight"],
    checks=["literal 64"],
)

row(
    "theming",
    "class_body",
    r"""
import 'package:flutter/material.dart';

/// Heart-rate zone colours used by the workout charts.
@immutable
class RunZoneColors extends ThemeExtension<RunZoneColors> {
  const RunZoneColors({
    required this.easy,
    required this.tempo,
    required this.threshold,
    required this.interval,
  });

  final Color easy;
  final Color tempo;
  final Color threshold;
  final Color interval;

  static const light = RunZoneColors(
    easy: Color(0xFF43A047),
    tempo: Color(0xFFFDD835),
    threshold: Color(0xFFFB8C00),
    interval: Color(0xFFE53935),
  );

  static const dark = RunZoneColors(
    easy: Color(0xFF81C784),
    tempo: Color(0xFFFFF176),
    threshold: Color(0xFFFFB74D),
    interval: Color(0xFFE57373),
  );

  Color forZone(int zone) => switch (zone) {
        1 || 2 => easy,
        3 => tempo,
        4 => threshold,
        _ => interval,
      };

  @override
  RunZoneColors copyWith({Color? easy, Color? tempo, Color? threshold, Color? interval}) {
    return RunZoneColors(
      easy: easy ?? this.easy,
      tempo: tempo ?? this.tempo,
      threshold: threshold ?? this.threshold,
      interval: interval ?? this.interval,
    );
  }

  // acik ve koyu tema arasinda gecerken bolge renkleri yumusakca degissin
}
""",
    r"""
@override
RunZoneColors lerp(RunZoneColors? other, double t) {
  if (other is! RunZoneColors) return this;
  return RunZoneColors(
    easy: Color.lerp(easy, other.easy, t)!,
    tempo: Color.lerp(tempo, other.tempo, t)!,
    threshold: Color.lerp(threshold, other.threshold, t)!,
    interval: Color.lerp(interval, other.interval, t)!,
  );
}
""",
    ["lerp", "Color.lerp", "easy", "tempo", "threshold", "interval"],
    must_not=["t < 0.5", "t > 0.5"],
    checks=["call Color.lerp"],
)

row(
    "animations",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../widgets/pace_dial_painter.dart';

/// Live pace dial on the run screen; [secondsPerKm] changes every few seconds.
class PaceGauge extends StatefulWidget {
  const PaceGauge({super.key, required this.secondsPerKm, required this.targetSecondsPerKm});

  final int secondsPerKm;
  final int targetSecondsPerKm;

  @override
  State<PaceGauge> createState() => _PaceGaugeState();
}

class _PaceGaugeState extends State<PaceGauge> with SingleTickerProviderStateMixin {
  late final AnimationController _controller = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 600),
  );
  late Animation<double> _pace;

  @override
  void initState() {
    super.initState();
    _pace = AlwaysStoppedAnimation(widget.secondsPerKm.toDouble());
  }

  // yeni tempo gelince ibre mevcut konumundan yeni degere kaysin, easeOut ile

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedBuilder(
      animation: _controller,
      builder: (context, _) {
        final seconds = _pace.value.round();
        return CustomPaint(
          painter: PaceDialPainter(
            secondsPerKm: _pace.value,
            target: widget.targetSecondsPerKm.toDouble(),
            color: Theme.of(context).colorScheme.primary,
          ),
          child: Center(
            child: Text(
              '${seconds ~/ 60}:${(seconds % 60).toString().padLeft(2, '0')}',
              style: Theme.of(context).textTheme.displaySmall,
            ),
          ),
        );
      },
    );
  }
}
""",
    r"""
@override
void didUpdateWidget(PaceGauge oldWidget) {
  super.didUpdateWidget(oldWidget);
  if (oldWidget.secondsPerKm == widget.secondsPerKm) return;
  _pace = Tween<double>(begin: _pace.value, end: widget.secondsPerKm.toDouble())
      .animate(CurvedAnimation(parent: _controller, curve: Curves.easeOut));
  _controller.forward(from: 0);
}
""",
    [
        "didUpdateWidget",
        "super.didUpdateWidget",
        "widget.secondsPerKm",
        "_pace.value",
        "Curves.easeOut",
        "forward",
    ],
    must_not=["initState", "begin: 0"],
    checks=["call CurvedAnimation | CurveTween | .chain | .drive"],
)

row(
    "localization",
    "class_body",
    r"""
import 'dart:convert';

import 'package:flutter/services.dart';
import 'package:flutter/widgets.dart';

/// Strings of the meal planner, read from assets/l10n/<language>.json.
class MealL10n {
  MealL10n(this.locale, this._strings);

  final Locale locale;
  final Map<String, String> _strings;

  static const delegate = _MealL10nDelegate();
  static const supportedLanguages = ['tr', 'en', 'de'];

  static MealL10n of(BuildContext context) => Localizations.of<MealL10n>(context, MealL10n)!;

  String text(String key) => _strings[key] ?? key;

  String servings(int count) =>
      text(count == 1 ? 'servings_one' : 'servings_other').replaceAll('{n}', '$count');

  String get weekTitle => text('week_title');
  String get groceries => text('groceries');
}

class _MealL10nDelegate extends LocalizationsDelegate<MealL10n> {
  const _MealL10nDelegate();

  @override
  bool isSupported(Locale locale) => MealL10n.supportedLanguages.contains(locale.languageCode);

  // dilin JSON'unu assets/l10n/ altından yükle (ör. tr.json), MealL10n döndür

  @override
  bool shouldReload(_MealL10nDelegate old) => false;
}
""",
    r"""
@override
Future<MealL10n> load(Locale locale) async {
  final raw = await rootBundle.loadString('assets/l10n/${locale.languageCode}.json');
  final map = (jsonDecode(raw) as Map<String, dynamic>).cast<String, String>();
  return MealL10n(locale, map);
}
""",
    [
        "load",
        "rootBundle.loadString | rootBundle.load | DefaultAssetBundle",
        "jsonDecode | json.decode",
        "MealL10n(",
    ],
    must_not=["File(", "http"],
    checks=["literal 'assets/l10n/'"],
)


# ================================================================ element

row(
    "widgets_layout",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/club_race.dart';

class RaceCard extends StatelessWidget {
  const RaceCard({super.key, required this.race, required this.onTap});

  final ClubRace race;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    final now = DateTime.now();
    final isLive = now.isAfter(race.startsAt) && now.isBefore(race.cutoffAt);
    return Card(
      clipBehavior: Clip.antiAlias,
      child: InkWell(
        onTap: onTap,
        child: Stack(
          children: [
            AspectRatio(
              aspectRatio: 16 / 9,
              child: Image.network(race.coverUrl, fit: BoxFit.cover),
            ),
            Positioned(
              left: 0,
              right: 0,
              bottom: 0,
              child: Container(
                padding: const EdgeInsets.fromLTRB(12, 24, 12, 12),
                decoration: const BoxDecoration(
                  gradient: LinearGradient(
                    begin: Alignment.topCenter,
                    end: Alignment.bottomCenter,
                    colors: [Colors.transparent, Colors.black87],
                  ),
                ),
                child: Column(
                  crossAxisAlignment: CrossAxisAlignment.start,
                  children: [
                    Text(race.name, style: theme.textTheme.titleMedium?.copyWith(color: Colors.white)),
                    Text(
                      '${race.distanceKm} km · ${race.city}',
                      style: const TextStyle(color: Colors.white70),
                    ),
                  ],
                ),
              ),
            ),
            // yarış sürüyorsa sağ üst köşede 12 boşlukla 'CANLI' etiketi göster
          ],
        ),
      ),
    );
  }
}
""",
    r"""
if (isLive)
  Positioned(
    top: 12,
    right: 12,
    child: Container(
      padding: const EdgeInsets.symmetric(horizontal: 8, vertical: 4),
      decoration: BoxDecoration(color: Colors.red, borderRadius: BorderRadius.circular(4)),
      child: const Text('CANLI', style: TextStyle(color: Colors.white, fontWeight: FontWeight.bold)),
    ),
  ),
""",
    ["isLive", "Positioned | PositionedDirectional | Align"],
    must_not=["Positioned.fill", "left: 12", "bottom: 12"],
    checks=["literal 'CANLI'", "literal 12"],
)

row(
    "theming",
    "element",
    r"""
import 'package:flutter/material.dart';

import 'meal_card_style.dart';
import 'meal_slot_colors.dart';

abstract final class MealTheme {
  static const seed = Color(0xFF2E7D32);

  static ThemeData light() {
    final scheme = ColorScheme.fromSeed(seedColor: seed);
    return ThemeData(
      colorScheme: scheme,
      scaffoldBackgroundColor: scheme.surface,
      extensions: const [
        MealSlotColors.light,
        MealCardStyle(radius: 16, border: BorderSide.none),
      ],
    );
  }

  static ThemeData dark() {
    final scheme = ColorScheme.fromSeed(seedColor: seed, brightness: Brightness.dark);
    return ThemeData(
      colorScheme: scheme,
      scaffoldBackgroundColor: scheme.surface,
      extensions: const [
        MealSlotColors.dark,
        // kartlar aynı köşe yuvarlaklığında ama 1.5 px gri çerçeveli olsun
      ],
    );
  }

  static MealCardStyle cardStyleOf(BuildContext context) =>
      Theme.of(context).extension<MealCardStyle>() ?? const MealCardStyle(radius: 16, border: BorderSide.none);

  static ShapeBorder cardShape(BuildContext context) {
    final style = cardStyleOf(context);
    return RoundedRectangleBorder(
      borderRadius: BorderRadius.circular(style.radius),
      side: style.border,
    );
  }
}
""",
    r"""
MealCardStyle(radius: 16, border: BorderSide(color: Colors.grey, width: 1.5)),
""",
    ["MealCardStyle", "radius", "border", "BorderSide"],
    must_not=[
        "BorderSide.none",
        ".shade100 | .shade200 | .shade300 | .shade400 | .shade500 | .shade600 | .shade700 | .shade800",
        "Colors.grey[",
    ],
    checks=["literal 1.5", "literal 16", "call MealCardStyle(radius, border)"],
)

row(
    "animations",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/meal.dart';
import '../widgets/meal_card.dart';

class DayMealsView extends StatefulWidget {
  const DayMealsView({super.key, required this.day, required this.meals});

  final DateTime day;
  final Map<MealSlot, Meal> meals;

  @override
  State<DayMealsView> createState() => _DayMealsViewState();
}

class _DayMealsViewState extends State<DayMealsView> {
  MealSlot _slot = MealSlot.breakfast;

  @override
  Widget build(BuildContext context) {
    final meal = widget.meals[_slot];
    return Padding(
      padding: const EdgeInsets.all(16),
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          SegmentedButton<MealSlot>(
            segments: [
              for (final slot in MealSlot.values)
                ButtonSegment(value: slot, label: Text(slot.label), icon: Icon(slot.icon)),
            ],
            selected: {_slot},
            onSelectionChanged: (selection) => setState(() => _slot = selection.first),
          ),
          const SizedBox(height: 16),
          // öğün değişince kart 300 ms'de solarak yenisine geçsin; öğün yoksa 'Henüz yemek eklenmedi' yazsın
        ],
      ),
    );
  }
}
""",
    r"""
AnimatedSwitcher(
  duration: const Duration(milliseconds: 300),
  child: meal == null
      ? Text('Henüz yemek eklenmedi', key: ValueKey(_slot), textAlign: TextAlign.center)
      : MealCard(key: ValueKey(_slot), meal: meal),
),
""",
    ["AnimatedSwitcher", "ValueKey | ObjectKey | Key(", "meal == null | meal != null | meal ==null | meal !=null", "MealCard"],
    must_not=["AnimatedOpacity", "AnimatedCrossFade"],
    checks=["literal 300", "literal 'Henüz yemek eklenmedi'", "call AnimatedSwitcher(duration)"],
)

row(
    "localization",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../l10n/app_localizations.dart';
import '../models/week_stats.dart';

class WeekStatsStrip extends StatelessWidget {
  const WeekStatsStrip({super.key, required this.stats});

  final WeekStats stats;

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    final number = NumberFormat.decimalPatternDigits(locale: l10n.localeName, decimalDigits: 1);
    return Wrap(
      spacing: 8,
      runSpacing: 8,
      children: [
        _StatChip(icon: Icons.route, label: l10n.distanceKm(number.format(stats.totalKm))),
        _StatChip(icon: Icons.timer_outlined, label: l10n.movingTime(stats.movingTime.inMinutes)),
        // stats.runCount icin cip: cogul metin l10n.runCount'tan, 0 ise hic gosterme
      ],
    );
  }
}

class _StatChip extends StatelessWidget {
  const _StatChip({required this.icon, required this.label});

  final IconData icon;
  final String label;

  @override
  Widget build(BuildContext context) {
    return Chip(
      avatar: Icon(icon, size: 18),
      label: Text(label),
      visualDensity: VisualDensity.compact,
    );
  }
}
""",
    r"""
if (stats.runCount > 0)
  _StatChip(icon: Icons.directions_run, label: l10n.runCount(stats.runCount)),
""",
    ["if (", "stats.runCount", "l10n.runCount", "_StatChip"],
    must_not=["Intl.plural", "'s'"],
    checks=["call _StatChip(icon, label)"],
)


# ================================================================ argument

row(
    "widgets_layout",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/recipe.dart';
import '../services/recipe_repository.dart';
import '../widgets/recipe_tile.dart';

class RecipePickerSheet extends StatefulWidget {
  const RecipePickerSheet({super.key, required this.repository, required this.slotLabel});

  final RecipeRepository repository;
  final String slotLabel;

  @override
  State<RecipePickerSheet> createState() => _RecipePickerSheetState();
}

class _RecipePickerSheetState extends State<RecipePickerSheet> {
  late final Future<List<Recipe>> _favorites = widget.repository.favorites();

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        ListTile(
          title: Text('${widget.slotLabel} için tarif seç'),
          trailing: IconButton(icon: const Icon(Icons.close), onPressed: () => Navigator.pop(context)),
        ),
        Expanded(
          child: FutureBuilder<List<Recipe>>(
            future: _favorites,
            builder: (context, snapshot) {
              final recipes = snapshot.data;
              if (recipes == null) {
                return const Center(child: CircularProgressIndicator());
              }
              return GridView.builder(
                padding: const EdgeInsets.all(16),
                // kart genişliği en fazla 220 olsun, aralarda 12 boşluk, oran 0.75
                itemCount: recipes.length,
                itemBuilder: (context, index) => RecipeTile(
                  recipe: recipes[index],
                  onTap: () => Navigator.pop(context, recipes[index]),
                ),
              );
            },
          ),
        ),
      ],
    );
  }
}
""",
    r"""
gridDelegate: const SliverGridDelegateWithMaxCrossAxisExtent(
  maxCrossAxisExtent: 220,
  mainAxisSpacing: 12,
  crossAxisSpacing: 12,
  childAspectRatio: 0.75,
),
""",
    [
        "gridDelegate",
        "SliverGridDelegateWithMaxCrossAxisExtent",
        "maxCrossAxisExtent",
        "mainAxisSpacing",
        "crossAxisSpacing",
        "childAspectRatio",
    ],
    must_not=["SliverGridDelegateWithFixedCrossAxisCount"],
    checks=["literal 220", "literal 12", "literal 0.75"],
)

row(
    "theming",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/diet_tag.dart';

class DietFilterBar extends StatelessWidget {
  const DietFilterBar({super.key, required this.selected, required this.onChanged});

  final Set<DietTag> selected;
  final ValueChanged<Set<DietTag>> onChanged;

  void _toggle(DietTag tag, bool on) {
    onChanged(on ? {...selected, tag} : selected.difference({tag}));
  }

  @override
  Widget build(BuildContext context) {
    return Theme(
      // bu çubuktaki çipler hap şeklinde olsun, seçilince açık yeşil dolsun
      child: SizedBox(
        height: 56,
        child: ListView(
          scrollDirection: Axis.horizontal,
          padding: const EdgeInsets.symmetric(horizontal: 12, vertical: 8),
          children: [
            for (final tag in DietTag.values)
              Padding(
                padding: const EdgeInsets.only(right: 8),
                child: FilterChip(
                  label: Text(tag.label),
                  avatar: Icon(tag.icon, size: 18),
                  selected: selected.contains(tag),
                  onSelected: (on) => _toggle(tag, on),
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
data: Theme.of(context).copyWith(
  chipTheme: ChipThemeData(
    shape: const StadiumBorder(),
    selectedColor: Colors.green.shade100,
  ),
),
""",
    [
        "data:",
        "Theme.of(context)",
        "chipTheme",
        "ChipThemeData | ChipTheme.of | chipTheme.copyWith",
        "StadiumBorder | RoundedRectangleBorder",
        "selectedColor",
        "Colors.green | Colors.lightGreen | Color(",
    ],
    must_not=["ThemeData(", "backgroundColor: Colors.green"],
    checks=["call .copyWith"],
)

row(
    "animations",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/run_session.dart';
import '../screens/run_summary_page.dart';
import '../services/run_recorder.dart';

class FinishRunButton extends StatelessWidget {
  const FinishRunButton({super.key, required this.recorder});

  final RunRecorder recorder;

  Future<void> _finish(BuildContext context) async {
    final RunSession session = await recorder.stop();
    if (!context.mounted) return;
    await Navigator.of(context).pushReplacement(
      PageRouteBuilder<void>(
        transitionDuration: const Duration(milliseconds: 450),
        pageBuilder: (context, animation, secondaryAnimation) => RunSummaryPage(session: session),
        // özet sayfası alttan yukarı kayarak gelsin, easeOutCubic ile
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    return FilledButton.icon(
      onPressed: () => _finish(context),
      icon: const Icon(Icons.flag),
      label: const Text('Koşuyu bitir'),
      style: FilledButton.styleFrom(
        minimumSize: const Size.fromHeight(56),
        backgroundColor: Theme.of(context).colorScheme.error,
      ),
    );
  }
}
""",
    r"""
transitionsBuilder: (context, animation, secondaryAnimation, child) => SlideTransition(
  position: Tween<Offset>(begin: const Offset(0, 1), end: Offset.zero)
      .animate(CurvedAnimation(parent: animation, curve: Curves.easeOutCubic)),
  child: child,
),
""",
    [
        "transitionsBuilder",
        "SlideTransition",
        "Offset(0, 1) | Offset(0.0, 1.0) | Offset(0, 1.0) | Offset(0.0, 1)",
        "Offset.zero | Offset(0, 0) | Offset(0.0, 0.0)",
        "Curves.easeOutCubic",
    ],
    must_not=["FadeTransition", "Offset(1, 0)", "Offset(1.0, 0.0)"],
    checks=["call SlideTransition(position)"],
)

row(
    "localization",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import 'l10n/app_localizations.dart';
import 'screens/week_plan_page.dart';
import 'state/locale_controller.dart';
import 'theme/meal_theme.dart';

class MealPlannerApp extends StatelessWidget {
  const MealPlannerApp({super.key});

  @override
  Widget build(BuildContext context) {
    final locale = context.watch<LocaleController>().locale;
    return MaterialApp(
      // başlık da seçili dile göre gelsin (appTitle)
      locale: locale,
      localizationsDelegates: AppLocalizations.localizationsDelegates,
      supportedLocales: AppLocalizations.supportedLocales,
      theme: MealTheme.light(),
      darkTheme: MealTheme.dark(),
      home: const WeekPlanPage(),
    );
  }
}

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  final controller = await LocaleController.restore();
  runApp(
    ChangeNotifierProvider.value(
      value: controller,
      child: const MealPlannerApp(),
    ),
  );
}
""",
    r"""
onGenerateTitle: (context) => AppLocalizations.of(context)!.appTitle,
""",
    ["onGenerateTitle", "AppLocalizations.of", "appTitle"],
    must_not=["title:", "Intl.message"],
    checks=["call AppLocalizations.of"],
)


if __name__ == "__main__":
    ROWS.write()
