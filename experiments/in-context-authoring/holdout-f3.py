"""In-context held-out rows, batch 6 (holdout-f3): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics widgets_layout, theming, animations, localization
(5 each, one per position); app domains a personal budget app and a kindergarten parent-communication app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-f3.py  -> data/in_context/drafts/holdout-f3.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-f3", "holdf3")
row = ROWS.row


# ================================================================ statements

row(
    "widgets_layout",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/monthly_summary.dart';
import '../widgets/category_donut_chart.dart';
import '../widgets/transaction_list.dart';

class MonthOverviewPage extends StatelessWidget {
  const MonthOverviewPage({super.key, required this.summary, required this.onTransactionTap});

  final MonthlySummary summary;
  final ValueChanged<String> onTransactionTap;

  @override
  Widget build(BuildContext context) {
    final money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');
    return Scaffold(
      appBar: AppBar(
        title: Text(summary.title),
        bottom: PreferredSize(
          preferredSize: const Size.fromHeight(32),
          child: Padding(
            padding: const EdgeInsets.only(bottom: 8),
            child: Text('Gelir ${money.format(summary.income)} · Gider ${money.format(summary.expense)}'),
          ),
        ),
      ),
      body: SafeArea(child: _buildBody(context)),
    );
  }

  Widget _buildBody(BuildContext context) {
    final chart = CategoryDonutChart(slices: summary.categoryTotals);
    final transactions = TransactionList(
      items: summary.transactions,
      onTap: onTransactionTap,
    );

    // genis ekranda (720 ustu) grafik solda liste sagda, dar ekranda alt alta
  }
}
""",
    r"""
final wide = MediaQuery.sizeOf(context).width > 720;
if (wide) {
  return Row(
    crossAxisAlignment: CrossAxisAlignment.start,
    children: [
      Expanded(child: chart),
      Expanded(flex: 2, child: transactions),
    ],
  );
}
return Column(
  children: [
    chart,
    Expanded(child: transactions),
  ],
);
""",
    [
        "MediaQuery | LayoutBuilder | constraints",
        "Row | Axis.horizontal",
        "Column | ListView | Axis.vertical",
        "chart",
        "transactions",
        "Expanded | Flexible | SizedBox",
    ],
    checks=["literal 720"],
)

row(
    "theming",
    "statements",
    r"""
import 'package:flutter/material.dart';

const miniklerOrange = Color(0xFFFF8A3D);

ThemeData buildMiniklerTheme(Brightness brightness) {
  // turuncu tohumdan brightness'a göre şema üret, font 'Nunito', chip'ler hap şeklinde
}

class MiniklerApp extends StatelessWidget {
  const MiniklerApp({super.key, required this.home});

  final Widget home;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Minikler',
      debugShowCheckedModeBanner: false,
      theme: buildMiniklerTheme(Brightness.light),
      darkTheme: buildMiniklerTheme(Brightness.dark),
      home: home,
    );
  }
}

class ClassroomBadge extends StatelessWidget {
  const ClassroomBadge({super.key, required this.name, required this.childCount});

  final String name;
  final int childCount;

  @override
  Widget build(BuildContext context) {
    return Chip(
      avatar: const Icon(Icons.child_care, size: 18),
      label: Text('$name · $childCount çocuk'),
    );
  }
}
""",
    r"""
final scheme = ColorScheme.fromSeed(seedColor: miniklerOrange, brightness: brightness);
return ThemeData(
  colorScheme: scheme,
  fontFamily: 'Nunito',
  chipTheme: const ChipThemeData(shape: StadiumBorder()),
);
""",
    [
        "ColorScheme.fromSeed | colorSchemeSeed",
        "miniklerOrange",
        "brightness",
        "fontFamily",
        "chipTheme",
        "StadiumBorder | BorderRadius.circular",
    ],
    must_not=["Colors.orange"],
    checks=["literal 'Nunito'", "call ThemeData | ThemeData.from"],
)

row(
    "animations",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/savings_goal.dart';

class SavingsGoalRing extends StatefulWidget {
  const SavingsGoalRing({super.key, required this.goal});

  final SavingsGoal goal;

  @override
  State<SavingsGoalRing> createState() => _SavingsGoalRingState();
}

class _SavingsGoalRingState extends State<SavingsGoalRing> with SingleTickerProviderStateMixin {
  late final AnimationController _controller;
  late final Animation<double> _progress;

  @override
  void initState() {
    super.initState();
    // 900 ms'lik controller oluştur; halka 0'dan widget.goal.ratio'ya easeOutCubic ile dolsun, açılışta hemen başlasın
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        AnimatedBuilder(
          animation: _progress,
          builder: (context, child) => Stack(
            alignment: Alignment.center,
            children: [
              SizedBox.square(
                dimension: 120,
                child: CircularProgressIndicator(value: _progress.value, strokeWidth: 10),
              ),
              Text('%${(_progress.value * 100).round()}', style: Theme.of(context).textTheme.headlineSmall),
            ],
          ),
        ),
        const SizedBox(height: 8),
        Text(widget.goal.title, style: Theme.of(context).textTheme.titleMedium),
      ],
    );
  }
}
""",
    r"""
_controller = AnimationController(vsync: this, duration: const Duration(milliseconds: 900));
_progress = Tween<double>(begin: 0, end: widget.goal.ratio).animate(
  CurvedAnimation(parent: _controller, curve: Curves.easeOutCubic),
);
_controller.forward();
""",
    [
        "_controller",
        "AnimationController",
        "vsync: this",
        "_progress",
        "widget.goal.ratio",
        "Curves.easeOutCubic",
        "forward | animateTo",
    ],
    must_not=["repeat", "Curves.linear"],
    checks=["literal 900", "call AnimationController(vsync, duration)"],
)

row(
    "localization",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../l10n/app_localizations.dart';
import '../models/message.dart';

class MessageThreadView extends StatelessWidget {
  const MessageThreadView({super.key, required this.messages, required this.myUserId});

  final List<Message> messages;
  final String myUserId;

  Widget _dayHeader(BuildContext context, DateTime day) {
    // bugünse l10n.today, değilse uygulama dilinde '14 Mart Cuma' gibi tarih; ortalı küçük etiket
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      reverse: true,
      padding: const EdgeInsets.symmetric(horizontal: 12),
      itemCount: messages.length,
      itemBuilder: (context, index) {
        final message = messages[index];
        final older = index + 1 < messages.length ? messages[index + 1] : null;
        final showHeader = older == null || !DateUtils.isSameDay(older.sentAt, message.sentAt);
        final mine = message.senderId == myUserId;
        final bubble = Align(
          alignment: mine ? Alignment.centerRight : Alignment.centerLeft,
          child: Card(
            color: mine ? Theme.of(context).colorScheme.primaryContainer : null,
            child: Padding(padding: const EdgeInsets.all(10), child: Text(message.text)),
          ),
        );
        if (!showHeader) return bubble;
        return Column(children: [_dayHeader(context, message.sentAt), bubble]);
      },
    );
  }
}
""",
    r"""
final l10n = AppLocalizations.of(context)!;
final locale = Localizations.localeOf(context).toLanguageTag();
final label = DateUtils.isSameDay(day, DateTime.now())
    ? l10n.today
    : DateFormat('d MMMM EEEE', locale).format(day);
return Center(
  child: Padding(
    padding: const EdgeInsets.symmetric(vertical: 8),
    child: Text(label, style: Theme.of(context).textTheme.labelSmall),
  ),
);
""",
    [
        "AppLocalizations.of | context.l10n",
        "today",
        "DateFormat",
        "Localizations.localeOf | localeName",
        "DateTime.now",
        "Center | Align | alignment",
    ],
)

# ================================================================ callback

row(
    "widgets_layout",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/class_photo.dart';
import '../services/gallery_service.dart';
import 'photo_viewer_page.dart';

class DailyGalleryPage extends StatefulWidget {
  const DailyGalleryPage({super.key, required this.classroomId, required this.day});

  final String classroomId;
  final DateTime day;

  @override
  State<DailyGalleryPage> createState() => _DailyGalleryPageState();
}

class _DailyGalleryPageState extends State<DailyGalleryPage> {
  final _gallery = GalleryService();
  late Future<List<ClassPhoto>> _photos = _gallery.photosFor(widget.classroomId, widget.day);

  void _open(ClassPhoto photo) {
    Navigator.of(context).push(MaterialPageRoute(builder: (_) => PhotoViewerPage(photo: photo)));
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Günün fotoğrafları')),
      body: RefreshIndicator(
        onRefresh: () async {
          setState(() => _photos = _gallery.photosFor(widget.classroomId, widget.day));
          await _photos;
        },
        child: FutureBuilder<List<ClassPhoto>>(
          future: _photos,
          builder: (context, snapshot) {
            final photos = snapshot.data;
            if (photos == null) return const Center(child: CircularProgressIndicator());
            if (photos.isEmpty) return const Center(child: Text('Bugün henüz fotoğraf paylaşılmadı'));
            return LayoutBuilder(
              builder: (context, constraints) {
                // sütun sayısını maxWidth'e göre hesapla (kare en az 140), fotoğrafları kare grid'de göster
              },
            );
          },
        ),
      ),
    );
  }
}
""",
    r"""
final columns = (constraints.maxWidth / 140).floor().clamp(1, 8);
return GridView.builder(
  padding: const EdgeInsets.all(4),
  gridDelegate: SliverGridDelegateWithFixedCrossAxisCount(
    crossAxisCount: columns,
    mainAxisSpacing: 4,
    crossAxisSpacing: 4,
  ),
  itemCount: photos.length,
  itemBuilder: (context, index) {
    final photo = photos[index];
    return GestureDetector(
      onTap: () => _open(photo),
      child: Image.network(photo.thumbnailUrl, fit: BoxFit.cover),
    );
  },
);
""",
    ["constraints.maxWidth | constraints.biggest | constraints.constrainWidth", "GridView", "crossAxisCount", "photos"],
    checks=["literal 140"],
)

row(
    "theming",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

import 'pages/home_page.dart';

class AppearanceSettings extends ChangeNotifier {
  AppearanceSettings(this._prefs);

  final SharedPreferences _prefs;

  Color get accentColor => Color(_prefs.getInt('accent_color') ?? 0xFF2E7D32);

  ThemeMode get themeMode => ThemeMode.values.byName(_prefs.getString('theme_mode') ?? ThemeMode.system.name);

  Future<void> setAccentColor(Color color) async {
    await _prefs.setInt('accent_color', color.toARGB32());
    notifyListeners();
  }

  Future<void> setThemeMode(ThemeMode mode) async {
    await _prefs.setString('theme_mode', mode.name);
    notifyListeners();
  }
}

class ButceApp extends StatelessWidget {
  const ButceApp({super.key, required this.appearance});

  final AppearanceSettings appearance;

  @override
  Widget build(BuildContext context) {
    return ListenableBuilder(
      listenable: appearance,
      builder: (context, _) {
        // appearance.accentColor tohumuyla açık ve koyu tema kur, hangisinin kullanılacağını appearance.themeMode belirlesin
      },
    );
  }
}
""",
    r"""
return MaterialApp(
  title: 'Bütçem',
  theme: ThemeData(colorSchemeSeed: appearance.accentColor),
  darkTheme: ThemeData(colorSchemeSeed: appearance.accentColor, brightness: Brightness.dark),
  themeMode: appearance.themeMode,
  home: const HomePage(),
);
""",
    [
        "MaterialApp",
        "theme:",
        "darkTheme:",
        "Brightness.dark",
        "themeMode: appearance.themeMode",
        "appearance.accentColor",
    ],
    must_not=["ThemeData.dark()", "ThemeData.light()"],
    checks=["call MaterialApp(theme, darkTheme, themeMode)"],
)

row(
    "animations",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/announcement.dart';
import '../services/announcement_service.dart';
import '../widgets/announcement_tile.dart';

class AnnouncementsPage extends StatefulWidget {
  const AnnouncementsPage({super.key, required this.service, required this.initial});

  final AnnouncementService service;
  final List<Announcement> initial;

  @override
  State<AnnouncementsPage> createState() => _AnnouncementsPageState();
}

class _AnnouncementsPageState extends State<AnnouncementsPage> {
  final _listKey = GlobalKey<AnimatedListState>();
  late final List<Announcement> _items = List.of(widget.initial);

  Future<void> _markRead(Announcement announcement) => widget.service.markRead(announcement.id);

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Duyurular')),
      body: AnimatedList(
        key: _listKey,
        initialItemCount: _items.length,
        itemBuilder: (context, index, animation) {
          final item = _items[index];
          return SizeTransition(
            sizeFactor: animation,
            child: AnnouncementTile(
              announcement: item,
              onMarkRead: () {
                // okundu olarak işaretle ve listeden çıkar; satır 300 ms'de yukarı doğru kapanarak kaybolsun
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
final removedIndex = _items.indexOf(item);
_items.removeAt(removedIndex);
_listKey.currentState?.removeItem(
  removedIndex,
  (context, animation) => SizeTransition(
    sizeFactor: animation,
    child: AnnouncementTile(announcement: item, onMarkRead: () {}),
  ),
  duration: const Duration(milliseconds: 300),
);
_markRead(item);
""",
    [
        "_items.removeAt | _items.remove | _items.removeWhere",
        "removeItem",
        "_listKey.currentState | AnimatedList.of | AnimatedList.maybeOf",
        "SizeTransition",
        "_markRead | markRead",
    ],
    checks=["literal 300"],
)

row(
    "localization",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';
import 'package:shared_preferences/shared_preferences.dart';

import '../l10n/app_localizations.dart';

class LanguageSettingTile extends StatelessWidget {
  const LanguageSettingTile({
    super.key,
    required this.current,
    required this.prefs,
    required this.onLocaleChanged,
  });

  final Locale current;
  final SharedPreferences prefs;
  final ValueChanged<Locale> onLocaleChanged;

  static const _names = {'tr': 'Türkçe', 'en': 'English', 'de': 'Deutsch'};

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    return ListTile(
      leading: const Icon(Icons.language),
      title: Text(l10n.languageSetting),
      trailing: DropdownButton<Locale>(
        value: current,
        underline: const SizedBox.shrink(),
        items: [
          for (final locale in AppLocalizations.supportedLocales)
            DropdownMenuItem(
              value: locale,
              child: Text(_names[locale.languageCode] ?? locale.languageCode),
            ),
        ],
        onChanged: (locale) async {
          // secilen dili uygula, Intl.defaultLocale'i da guncelle ki tarih ve para formatlari degissin; dil kodunu 'app_locale' olarak sakla
        },
      ),
    );
  }
}
""",
    r"""
if (locale == null || locale == current) return;
Intl.defaultLocale = locale.toLanguageTag();
onLocaleChanged(locale);
await prefs.setString('app_locale', locale.languageCode);
""",
    ["Intl.defaultLocale", "onLocaleChanged", "prefs.setString", "languageCode | toLanguageTag | toString"],
    must_not=["setStringList"],
    checks=["literal 'app_locale'"],
)

# ================================================================ class_body

row(
    "widgets_layout",
    "class_body",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/budget_category.dart';

class CategoryBudgetRow extends StatelessWidget {
  const CategoryBudgetRow({super.key, required this.category, required this.spent, required this.limit});

  final BudgetCategory category;
  final double spent;
  final double limit;

  static final _money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺', decimalDigits: 0);

  double get _ratio => limit <= 0 ? 1 : (spent / limit).clamp(0.0, 1.0).toDouble();

  bool get _isOver => spent > limit;

  // build: üstte solda kategori adı, sağda 'harcanan / limit'; altında 8 yüksekliğinde çubuk, limit aşıldıysa kırmızı
}

class CategoryBudgetList extends StatelessWidget {
  const CategoryBudgetList({super.key, required this.categories, required this.spentByCategory});

  final List<BudgetCategory> categories;
  final Map<String, double> spentByCategory;

  @override
  Widget build(BuildContext context) {
    return ListView.separated(
      padding: const EdgeInsets.symmetric(vertical: 8),
      itemCount: categories.length,
      separatorBuilder: (context, index) => const SizedBox(height: 4),
      itemBuilder: (context, index) {
        final category = categories[index];
        return CategoryBudgetRow(
          category: category,
          spent: spentByCategory[category.id] ?? 0,
          limit: category.monthlyLimit,
        );
      },
    );
  }
}
""",
    r"""
@override
Widget build(BuildContext context) {
  final scheme = Theme.of(context).colorScheme;
  return Padding(
    padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
    child: Column(
      crossAxisAlignment: CrossAxisAlignment.stretch,
      children: [
        Row(
          children: [
            Expanded(child: Text(category.name, style: Theme.of(context).textTheme.titleSmall)),
            Text('${_money.format(spent)} / ${_money.format(limit)}'),
          ],
        ),
        const SizedBox(height: 6),
        LinearProgressIndicator(
          value: _ratio,
          minHeight: 8,
          color: _isOver ? scheme.error : scheme.primary,
        ),
      ],
    ),
  );
}
""",
    [
        "build",
        "Column | subtitle:",
        "Row | ListTile",
        "category.name",
        "LinearProgressIndicator",
        "value:",
        "minHeight | SizedBox",
        "_isOver | spent > limit | limit < spent",
        "Colors.red | Colors.redAccent | .error",
    ],
    checks=["literal 8", "call LinearProgressIndicator"],
)

row(
    "theming",
    "class_body",
    r"""
import 'package:flutter/material.dart';

@immutable
class AttendanceColors extends ThemeExtension<AttendanceColors> {
  const AttendanceColors({required this.present, required this.absent, required this.sick});

  final Color present;
  final Color absent;
  final Color sick;

  static const light = AttendanceColors(
    present: Color(0xFF2E7D32),
    absent: Color(0xFF9E9E9E),
    sick: Color(0xFFE65100),
  );

  static const dark = AttendanceColors(
    present: Color(0xFF81C784),
    absent: Color(0xFF757575),
    sick: Color(0xFFFFB74D),
  );

  @override
  AttendanceColors copyWith({Color? present, Color? absent, Color? sick}) {
    return AttendanceColors(
      present: present ?? this.present,
      absent: absent ?? this.absent,
      sick: sick ?? this.sick,
    );
  }

  // tema geçişinde üç renk de yumuşakça değişsin
}

enum Attendance { present, absent, sick }

class AttendanceDot extends StatelessWidget {
  const AttendanceDot({super.key, required this.status});

  final Attendance status;

  @override
  Widget build(BuildContext context) {
    final colors = Theme.of(context).extension<AttendanceColors>() ?? AttendanceColors.light;
    final color = switch (status) {
      Attendance.present => colors.present,
      Attendance.absent => colors.absent,
      Attendance.sick => colors.sick,
    };
    return Container(
      width: 10,
      height: 10,
      decoration: BoxDecoration(color: color, shape: BoxShape.circle),
    );
  }
}
""",
    r"""
@override
AttendanceColors lerp(covariant ThemeExtension<AttendanceColors>? other, double t) {
  if (other is! AttendanceColors) return this;
  return AttendanceColors(
    present: Color.lerp(present, other.present, t)!,
    absent: Color.lerp(absent, other.absent, t)!,
    sick: Color.lerp(sick, other.sick, t)!,
  );
}
""",
    ["lerp", "Color.lerp", "present", "absent", "sick", "other"],
    checks=["call AttendanceColors | .copyWith(present: Color.lerp, absent: Color.lerp, sick: Color.lerp)"],
)

row(
    "animations",
    "class_body",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

class AnimatedBalance extends StatefulWidget {
  const AnimatedBalance({super.key, required this.balance, this.style});

  final double balance;
  final TextStyle? style;

  @override
  State<AnimatedBalance> createState() => _AnimatedBalanceState();
}

class _AnimatedBalanceState extends State<AnimatedBalance> with SingleTickerProviderStateMixin {
  static final _money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');

  late final AnimationController _controller = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 700),
  );
  late Animation<double> _value = AlwaysStoppedAnimation(widget.balance);

  // bakiye değişince ekranda o an görünen tutardan yeni bakiyeye doğru sayarak animasyonu yeniden oynat

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedBuilder(
      animation: _controller,
      builder: (context, _) => Text(_money.format(_value.value), style: widget.style),
    );
  }
}

class BalanceHeader extends StatelessWidget {
  const BalanceHeader({super.key, required this.balance});

  final double balance;

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Text('Toplam bakiye', style: Theme.of(context).textTheme.labelLarge),
        AnimatedBalance(balance: balance, style: Theme.of(context).textTheme.displaySmall),
      ],
    );
  }
}
""",
    r"""
@override
void didUpdateWidget(covariant AnimatedBalance oldWidget) {
  super.didUpdateWidget(oldWidget);
  if (oldWidget.balance == widget.balance) return;
  _value = Tween<double>(begin: _value.value, end: widget.balance).animate(
    CurvedAnimation(parent: _controller, curve: Curves.easeOut),
  );
  _controller.forward(from: 0);
}
""",
    [
        "didUpdateWidget",
        "super.didUpdateWidget",
        "oldWidget.balance",
        "widget.balance",
        "_value =",
        "_value.value",
        "Tween",
        "forward(from: 0) | forward(from: 0.0) | reset",
    ],
    must_not=["initState"],
)

row(
    "localization",
    "class_body",
    r"""
import 'dart:convert';

import 'package:flutter/services.dart';
import 'package:flutter/widgets.dart';

class MealNames {
  MealNames(this._names);

  final Map<String, String> _names;

  static MealNames of(BuildContext context) => Localizations.of<MealNames>(context, MealNames)!;

  static Future<MealNames> load(Locale locale) async {
    final raw = await rootBundle.loadString('assets/meals/${locale.languageCode}.json');
    final data = jsonDecode(raw) as Map<String, dynamic>;
    return MealNames(data.map((key, value) => MapEntry(key, value as String)));
  }

  String name(String mealCode) => _names[mealCode] ?? mealCode;
}

class MealNamesDelegate extends LocalizationsDelegate<MealNames> {
  const MealNamesDelegate();

  // yalnizca tr ve en dillerini desteklesin

  @override
  Future<MealNames> load(Locale locale) => MealNames.load(locale);

  @override
  bool shouldReload(MealNamesDelegate old) => false;
}

class MealMenuRow extends StatelessWidget {
  const MealMenuRow({super.key, required this.dayLabel, required this.mealCodes});

  final String dayLabel;
  final List<String> mealCodes;

  @override
  Widget build(BuildContext context) {
    final names = MealNames.of(context);
    return Row(
      children: [
        SizedBox(width: 80, child: Text(dayLabel)),
        Expanded(child: Text(mealCodes.map(names.name).join(', '))),
      ],
    );
  }
}
""",
    r"""
@override
bool isSupported(Locale locale) => const ['tr', 'en'].contains(locale.languageCode);
""",
    ["isSupported", "languageCode"],
    must_not=["countryCode", "=> true"],
    checks=["literal 'tr'", "literal 'en'"],
)

# ================================================================ element

row(
    "widgets_layout",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/daily_report.dart';

class DailyReportCard extends StatelessWidget {
  const DailyReportCard({super.key, required this.report, this.onReply});

  final DailyReport report;
  final VoidCallback? onReply;

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    return Card(
      margin: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Row(
              children: [
                CircleAvatar(backgroundImage: NetworkImage(report.child.photoUrl)),
                const SizedBox(width: 12),
                Expanded(child: Text(report.child.firstName, style: textTheme.titleMedium)),
                Text(report.teacherName, style: textTheme.bodySmall),
              ],
            ),
            const SizedBox(height: 12),
            _InfoLine(icon: Icons.restaurant, text: report.mealNote),
            _InfoLine(icon: Icons.bedtime, text: 'Uyku: ${report.napMinutes} dk'),
            const SizedBox(height: 8),
            // report.moods'u chip olarak diz, sığmayan alt satıra geçsin; aralıklar 6
            Align(
              alignment: Alignment.centerRight,
              child: TextButton.icon(
                onPressed: onReply,
                icon: const Icon(Icons.reply),
                label: const Text('Öğretmene yaz'),
              ),
            ),
          ],
        ),
      ),
    );
  }
}

class _InfoLine extends StatelessWidget {
  const _InfoLine({required this.icon, required this.text});

  final IconData icon;
  final String text;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.symmetric(vertical: 2),
      child: Row(children: [Icon(icon, size: 18), const SizedBox(width: 8), Expanded(child: Text(text))]),
    );
  }
}
""",
    r"""
Wrap(
  spacing: 6,
  runSpacing: 6,
  children: [
    for (final mood in report.moods) Chip(label: Text(mood)),
  ],
),
""",
    ["Wrap", "Chip | ActionChip | FilterChip | InputChip | RawChip", "report.moods", "spacing", "runSpacing"],
    must_not=["ListView"],
    checks=["literal 6", "call Wrap(spacing, runSpacing)"],
)

row(
    "theming",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/budget_summary.dart';
import '../widgets/spending_chart.dart';

class BudgetDashboard extends StatelessWidget {
  const BudgetDashboard({super.key, required this.summary, required this.onAdjustBudget});

  final BudgetSummary summary;
  final VoidCallback onAdjustBudget;

  @override
  Widget build(BuildContext context) {
    final money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');
    final textTheme = Theme.of(context).textTheme;
    return ListView(
      padding: const EdgeInsets.all(16),
      children: [
        Text('Bu ay kalan', style: textTheme.labelLarge),
        Text(money.format(summary.remaining), style: textTheme.displaySmall),
        const SizedBox(height: 16),
        // summary.isOverBudget ise uyarı kartı: zemin errorContainer, ikon ve yazı onErrorContainer olsun
        SpendingChart(data: summary.dailySpending),
        const SizedBox(height: 16),
        for (final category in summary.topCategories)
          ListTile(
            title: Text(category.name),
            trailing: Text(money.format(category.spent)),
          ),
        TextButton(onPressed: onAdjustBudget, child: const Text('Bütçeyi düzenle')),
      ],
    );
  }
}
""",
    r"""
if (summary.isOverBudget)
  Card(
    color: Theme.of(context).colorScheme.errorContainer,
    child: ListTile(
      leading: Icon(Icons.warning_amber, color: Theme.of(context).colorScheme.onErrorContainer),
      title: Text(
        'Bu ayın bütçesini aştın',
        style: TextStyle(color: Theme.of(context).colorScheme.onErrorContainer),
      ),
    ),
  ),
""",
    ["summary.isOverBudget", "errorContainer", "onErrorContainer", "Icon"],
    must_not=["Colors.red", "Colors.orange", "Colors.amber", "Color(0x", "Colors.white", "Colors.black"],
)

row(
    "animations",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/child_profile.dart';

class CheckInTile extends StatelessWidget {
  const CheckInTile({super.key, required this.kid, required this.checkedIn, required this.onToggle});

  final ChildProfile kid;
  final bool checkedIn;
  final VoidCallback onToggle;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    final textTheme = Theme.of(context).textTheme;
    return InkWell(
      onTap: onToggle,
      child: Padding(
        padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 12),
        child: Row(
          children: [
            CircleAvatar(
              radius: 22,
              backgroundImage: NetworkImage(kid.photoUrl),
            ),
            const SizedBox(width: 12),
            Expanded(
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text(kid.fullName, style: textTheme.titleMedium),
                  Text(kid.groupName, style: textTheme.bodySmall?.copyWith(color: scheme.outline)),
                ],
              ),
            ),
            // geldi/gelmedi ikonu değişirken 250 ms'de büyüyerek yer değiştirsin, geldiyse yeşil tik
          ],
        ),
      ),
    );
  }
}

class CheckInList extends StatelessWidget {
  const CheckInList({super.key, required this.kids, required this.present, required this.onToggle});

  final List<ChildProfile> kids;
  final Set<String> present;
  final ValueChanged<ChildProfile> onToggle;

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        for (final kid in kids)
          CheckInTile(kid: kid, checkedIn: present.contains(kid.id), onToggle: () => onToggle(kid)),
      ],
    );
  }
}
""",
    r"""
AnimatedSwitcher(
  duration: const Duration(milliseconds: 250),
  transitionBuilder: (child, animation) => ScaleTransition(scale: animation, child: child),
  child: checkedIn
      ? const Icon(Icons.check_circle, key: ValueKey('in'), color: Colors.green)
      : Icon(Icons.radio_button_unchecked, key: const ValueKey('out'), color: scheme.outline),
),
""",
    [
        "AnimatedSwitcher",
        "ScaleTransition",
        "checkedIn",
        "ValueKey | ObjectKey | Key(",
        "Icons.check_circle | Icons.check | Icons.check_circle_outline | Icons.done | Icons.task_alt",
        "Colors.green | Colors.lightGreen | Color(0x",
    ],
    checks=["literal 250", "call AnimatedSwitcher(duration, transitionBuilder)"],
)

row(
    "localization",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../l10n/app_localizations.dart';
import '../models/month_report.dart';

class MonthReportPage extends StatelessWidget {
  const MonthReportPage({super.key, required this.report});

  final MonthReport report;

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    final money = NumberFormat.simpleCurrency(locale: l10n.localeName);
    return Scaffold(
      appBar: AppBar(title: Text(l10n.monthlyReport)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          // başlık: report.month'u uygulamanın dilinde ay adı ve yılla yaz (ör. 'Mart 2025')
          const SizedBox(height: 12),
          ListTile(
            title: Text(l10n.totalIncome),
            trailing: Text(money.format(report.income)),
          ),
          ListTile(
            title: Text(l10n.totalExpense),
            trailing: Text(money.format(report.expense)),
          ),
          const Divider(),
          ListTile(
            title: Text(l10n.transactionCount(report.transactionCount)),
            subtitle: Text(l10n.savedAmount(money.format(report.income - report.expense))),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
Text(
  DateFormat.yMMMM(l10n.localeName).format(report.month),
  style: Theme.of(context).textTheme.headlineSmall,
),
""",
    ["DateFormat", "report.month", "l10n.localeName | Localizations.localeOf"],
    must_not=["DateTime.now"],
)

# ================================================================ argument

row(
    "widgets_layout",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/transaction.dart';
import '../widgets/category_avatar.dart';

class TransactionListView extends StatelessWidget {
  const TransactionListView({super.key, required this.transactions, required this.onEdit});

  final List<Transaction> transactions;
  final ValueChanged<Transaction> onEdit;

  @override
  Widget build(BuildContext context) {
    final money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');
    final dayFormat = DateFormat('d MMM', 'tr');
    if (transactions.isEmpty) {
      return const Center(child: Text('Bu ay için kayıt yok'));
    }
    return ListView.separated(
      padding: const EdgeInsets.only(bottom: 88),
      itemCount: transactions.length,
      // satirlarin arasina ince cizgi koy, avatarin hizasindan yani soldan 72 iceriden baslasin
      itemBuilder: (context, index) {
        final tx = transactions[index];
        return ListTile(
          leading: CategoryAvatar(category: tx.category),
          title: Text(tx.description),
          subtitle: Text(dayFormat.format(tx.date)),
          trailing: Text(
            money.format(tx.amount),
            style: TextStyle(
              color: tx.isExpense ? Theme.of(context).colorScheme.error : Colors.green.shade700,
              fontWeight: FontWeight.w600,
            ),
          ),
          onTap: () => onEdit(tx),
        );
      },
    );
  }
}
""",
    r"""
separatorBuilder: (context, index) => const Divider(height: 1, indent: 72),
""",
    ["separatorBuilder", "Divider", "indent | EdgeInsets.only | EdgeInsetsDirectional.only"],
    must_not=["VerticalDivider"],
    checks=["literal 72"],
)

row(
    "theming",
    "argument",
    r"""
import 'package:flutter/material.dart';

class MiniklerTheme {
  MiniklerTheme._();

  static const seed = Color(0xFF4FA3D1);

  static ThemeData light() {
    final scheme = ColorScheme.fromSeed(seedColor: seed);
    return ThemeData(
      colorScheme: scheme,
      scaffoldBackgroundColor: scheme.surface,
      // dolgulu butonlar tam genislikte ve 52 yuksekliginde olsun, koseleri 14 yuvarlak
      snackBarTheme: const SnackBarThemeData(behavior: SnackBarBehavior.floating),
      listTileTheme: ListTileThemeData(iconColor: scheme.primary),
    );
  }

  static ThemeData dark() {
    final scheme = ColorScheme.fromSeed(seedColor: seed, brightness: Brightness.dark);
    return ThemeData(
      colorScheme: scheme,
      snackBarTheme: const SnackBarThemeData(behavior: SnackBarBehavior.floating),
    );
  }
}

class PickupConfirmButton extends StatelessWidget {
  const PickupConfirmButton({super.key, required this.guardianName, required this.onConfirm});

  final String guardianName;
  final VoidCallback? onConfirm;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(16),
      child: FilledButton.icon(
        onPressed: onConfirm,
        icon: const Icon(Icons.verified_user),
        label: Text('$guardianName teslim alacak'),
      ),
    );
  }
}
""",
    r"""
filledButtonTheme: FilledButtonThemeData(
  style: FilledButton.styleFrom(
    minimumSize: const Size.fromHeight(52),
    shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(14)),
  ),
),
""",
    [
        "filledButtonTheme",
        "FilledButtonThemeData",
        "minimumSize | fixedSize",
        "Size.fromHeight | double.infinity",
        "RoundedRectangleBorder | BorderRadius",
    ],
    must_not=["elevatedButtonTheme"],
    checks=["literal 52", "literal 14"],
)

row(
    "animations",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/transaction.dart';
import '../pages/add_transaction_page.dart';

Future<Transaction?> openAddTransaction(BuildContext context, {TransactionType type = TransactionType.expense}) {
  return Navigator.of(context).push<Transaction>(
    PageRouteBuilder(
      transitionDuration: const Duration(milliseconds: 350),
      reverseTransitionDuration: const Duration(milliseconds: 250),
      pageBuilder: (context, animation, secondaryAnimation) => AddTransactionPage(initialType: type),
      // sayfa alttan yukarı kayarak gelsin, eğri easeOutCubic
    ),
  );
}

class AddTransactionFab extends StatelessWidget {
  const AddTransactionFab({super.key, required this.onAdded});

  final ValueChanged<Transaction> onAdded;

  @override
  Widget build(BuildContext context) {
    return FloatingActionButton.extended(
      onPressed: () async {
        final created = await openAddTransaction(context);
        if (created != null) onAdded(created);
      },
      icon: const Icon(Icons.add),
      label: const Text('Harcama ekle'),
    );
  }
}

class IncomeShortcut extends StatelessWidget {
  const IncomeShortcut({super.key, required this.onAdded});

  final ValueChanged<Transaction> onAdded;

  @override
  Widget build(BuildContext context) {
    return IconButton(
      tooltip: 'Gelir ekle',
      icon: const Icon(Icons.savings_outlined),
      onPressed: () async {
        final created = await openAddTransaction(context, type: TransactionType.income);
        if (created != null) onAdded(created);
      },
    );
  }
}
""",
    r"""
transitionsBuilder: (context, animation, secondaryAnimation, child) {
  final offset = Tween<Offset>(begin: const Offset(0, 1), end: Offset.zero)
      .animate(CurvedAnimation(parent: animation, curve: Curves.easeOutCubic));
  return SlideTransition(position: offset, child: child);
},
""",
    [
        "transitionsBuilder",
        "SlideTransition",
        "Offset(0, 1) | Offset(0.0, 1.0) | Offset(0, 1.0) | Offset(0.0, 1)",
        "Offset.zero | Offset(0, 0) | Offset(0.0, 0.0)",
        "Curves.easeOutCubic",
    ],
    must_not=["FadeTransition", "Offset(1, 0) | Offset(1.0, 0.0)"],
    checks=["call SlideTransition(position)"],
)

row(
    "localization",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_localizations/flutter_localizations.dart';

import 'l10n/app_localizations.dart';
import 'pages/home_page.dart';
import 'services/session.dart';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  final session = await Session.restore();
  runApp(KindergartenApp(session: session));
}

class KindergartenApp extends StatelessWidget {
  const KindergartenApp({super.key, required this.session});

  final Session session;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      onGenerateTitle: (context) => AppLocalizations.of(context)!.appTitle,
      theme: ThemeData(colorSchemeSeed: Colors.orange),
      localizationsDelegates: const [
        AppLocalizations.delegate,
        GlobalMaterialLocalizations.delegate,
        GlobalWidgetsLocalizations.delegate,
        GlobalCupertinoLocalizations.delegate,
      ],
      supportedLocales: const [Locale('en'), Locale('tr'), Locale('ar')],
      // cihaz dilinin dil kodu destekleniyorsa onu seç; desteklenmiyorsa ya da dil gelmezse Türkçe açılsın
      home: HomePage(session: session),
    );
  }
}
""",
    r"""
localeResolutionCallback: (deviceLocale, supportedLocales) {
  for (final locale in supportedLocales) {
    if (locale.languageCode == deviceLocale?.languageCode) return locale;
  }
  return const Locale('tr');
},
""",
    ["localeResolutionCallback | localeListResolutionCallback", "languageCode"],
    must_not=[".first", "locale:"],
    checks=["literal 'tr'"],
)


if __name__ == "__main__":
    ROWS.write()
