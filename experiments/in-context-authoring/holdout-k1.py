# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 11 (holdout-k1): 10 hand-written rows, 2 per position
(statements, callback, class_body, element, argument), topics widgets_layout, theming, animations, localization,
lists (2 each, spread over the positions); app domains a car-wash booking app (wash packages and promotions, free
time slots per bay, booking, the live wash screen on the bay, vehicles with their wash history) and a kids' library
reading-challenge app (reading challenges with goals and end dates, finished books and badges, class
leaderboards of young readers, a friendly rounded theme).

Run: .venv/bin/python experiments/in-context-authoring/holdout-k1.py  -> data/in_context/drafts/holdout-k1.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-k1", "holdk1")
row = ROWS.row


# ================================================================ statements

# Condition: no free slot -> centred 'Bugün boş saat kalmadı'; otherwise the chips in a Wrap spaced 8.
row(
    "widgets_layout",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/wash_slot.dart';
import '../services/booking_service.dart';

class SlotPickerSection extends StatefulWidget {
  const SlotPickerSection({super.key, required this.service, required this.day, required this.onPicked});

  final BookingService service;
  final DateTime day;
  final ValueChanged<WashSlot> onPicked;

  @override
  State<SlotPickerSection> createState() => _SlotPickerSectionState();
}

class _SlotPickerSectionState extends State<SlotPickerSection> {
  static final _hour = DateFormat.Hm();
  late final Future<List<WashSlot>> _freeSlots = widget.service.freeSlots(widget.day);
  String? _selectedId;

  Widget _slotChip(WashSlot slot) {
    return ChoiceChip(
      label: Text('${_hour.format(slot.startsAt)} · ${slot.bayName}'),
      selected: slot.id == _selectedId,
      onSelected: (_) {
        setState(() => _selectedId = slot.id);
        widget.onPicked(slot);
      },
    );
  }

  Widget _slots(List<WashSlot> freeSlots) {
    // boş saat yoksa ortada 'Bugün boş saat kalmadı' yaz, varsa saatleri 8 aralıklı Wrap ile diz
  }

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<List<WashSlot>>(
      future: _freeSlots,
      builder: (context, snapshot) {
        if (snapshot.hasError) {
          return const Center(child: Text('Saatler yüklenemedi'));
        }
        final slots = snapshot.data;
        if (slots == null) return const Center(child: CircularProgressIndicator());
        return Padding(
          padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 12),
          child: _slots(slots),
        );
      },
    );
  }
}
""",
    r"""
if (freeSlots.isEmpty) {
  return const Center(child: Text('Bugün boş saat kalmadı'));
}
return Wrap(
  spacing: 8,
  runSpacing: 8,
  children: [for (final slot in freeSlots) _slotChip(slot)],
);
""",
    ["freeSlots", "Wrap", "_slotChip", "Center | Align"],
    must_not=["ListView", "GridView"],
    checks=[
        "call Wrap(spacing: 8)",
        "when isEmpty | length == 0 > 'Bugün boş saat kalmadı'",
        "when !isEmpty | length == 0 > Wrap",
    ],
)

row(
    "localization",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/reading_challenge.dart';

class ChallengeHeader extends StatelessWidget {
  const ChallengeHeader({super.key, required this.challenge, this.onShowBooks});

  final ReadingChallenge challenge;
  final VoidCallback? onShowBooks;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    // bitis tarihini cihaz diline gore 'd MMMM' bicimde yaz, kalan gunu de hesapla
    return Card(
      margin: const EdgeInsets.all(16),
      child: Padding(
        padding: const EdgeInsets.all(20),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(challenge.title, style: theme.textTheme.titleLarge),
            const SizedBox(height: 4),
            Text('${challenge.booksRead} / ${challenge.goal} kitap', style: theme.textTheme.bodyMedium),
            const SizedBox(height: 12),
            LinearProgressIndicator(value: challenge.progress),
            const SizedBox(height: 12),
            Row(
              children: [
                const Icon(Icons.flag_outlined, size: 18),
                const SizedBox(width: 6),
                Text('Bitiş: $endText'),
                const Spacer(),
                Text(daysLeft > 0 ? '$daysLeft gün kaldı' : 'Son gün!'),
              ],
            ),
            if (onShowBooks != null)
              Align(
                alignment: Alignment.centerRight,
                child: TextButton(onPressed: onShowBooks, child: const Text('Okuduklarım')),
              ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
final locale = Localizations.localeOf(context).toString();
final endText = DateFormat('d MMMM', locale).format(challenge.endsAt);
final daysLeft = challenge.endsAt.difference(DateTime.now()).inDays;
""",
    [
        "DateFormat",
        "localeOf | maybeLocaleOf | localeName | getCurrentLocale | platformDispatcher | PlatformDispatcher",
        "challenge.endsAt",
        "difference",
        "inDays",
    ],
    must_not=["toIso8601String"],
    checks=["call DateFormat > 'd MMMM'", "call .format"],
)


# ================================================================ callback

# Condition: only a promoted package's card is wrapped in the orange-seeded theme; the others stay as they are.
row(
    "theming",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/wash_package.dart';
import '../widgets/package_card.dart';

class PackageList extends StatelessWidget {
  const PackageList({super.key, required this.packages, required this.selectedId, required this.onSelect});

  final List<WashPackage> packages;
  final String? selectedId;
  final ValueChanged<WashPackage> onSelect;

  @override
  Widget build(BuildContext context) {
    if (packages.isEmpty) {
      return const Center(child: Text('Bu istasyonda şu an paket yok'));
    }
    return ListView.builder(
      padding: const EdgeInsets.symmetric(vertical: 8),
      itemCount: packages.length,
      itemBuilder: (context, index) {
        final item = packages[index];
        final card = PackageCard(
          package: item,
          selected: item.id == selectedId,
          onTap: () => onSelect(item),
        );
        // kampanyalı paketin kartını turuncu tohumlu ColorScheme ile sar, parlaklık temadan gelsin
      },
    );
  }
}

class PackageListHeader extends StatelessWidget {
  const PackageListHeader({super.key, required this.stationName});

  final String stationName;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.fromLTRB(16, 16, 16, 4),
      child: Text('$stationName · Yıkama paketleri', style: Theme.of(context).textTheme.titleMedium),
    );
  }
}
""",
    r"""
if (!item.isOnPromotion) return card;
final theme = Theme.of(context);
return Theme(
  data: theme.copyWith(
    colorScheme: ColorScheme.fromSeed(seedColor: Colors.orange, brightness: theme.brightness),
  ),
  child: card,
);
""",
    ["isOnPromotion", "Theme.of", "ColorScheme.fromSeed", "brightness", "card"],
    must_not=["Brightness.light", "Brightness.dark", "MaterialApp"],
    checks=[
        "call Theme(data, child)",
        "call ColorScheme.fromSeed(seedColor: orange | deepOrange | orangeAccent | Color)",
        "call ColorScheme.fromSeed(brightness)",
        "when isOnPromotion > Theme",
        "when !isOnPromotion > card",
    ],
)

# Condition: badge earned -> replay the badge animation from the start; otherwise a 'Tebrikler!' snackbar.
row(
    "animations",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/library_book.dart';
import '../services/challenge_service.dart';

class FinishBookButton extends StatefulWidget {
  const FinishBookButton({super.key, required this.book, required this.service});

  final LibraryBook book;
  final ChallengeService service;

  @override
  State<FinishBookButton> createState() => _FinishBookButtonState();
}

class _FinishBookButtonState extends State<FinishBookButton> with SingleTickerProviderStateMixin {
  late final AnimationController _badgeController = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 900),
  );
  late final Animation<double> _badgeScale = CurvedAnimation(parent: _badgeController, curve: Curves.elasticOut);
  bool _saving = false;

  @override
  void dispose() {
    _badgeController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        ScaleTransition(
          scale: _badgeScale,
          child: const Icon(Icons.emoji_events, size: 72, color: Colors.amber),
        ),
        const SizedBox(height: 16),
        FilledButton.icon(
          onPressed: _saving
              ? null
              : () async {
                  setState(() => _saving = true);
                  final badgeEarned = await widget.service.markFinished(widget.book.id);
                  if (!mounted) return;
                  setState(() => _saving = false);
                  // rozet kazandıysa rozet animasyonunu baştan oynat, yoksa 'Tebrikler!' snackbar'ı göster
                },
          icon: const Icon(Icons.check),
          label: Text('${widget.book.title} bitti'),
        ),
      ],
    );
  }
}
""",
    r"""
if (badgeEarned) {
  _badgeController.forward(from: 0);
} else {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Tebrikler!')),
  );
}
""",
    ["_badgeController", "from: 0 | from: 0.0 | reset | value = 0", "SnackBar"],
    must_not=["repeat", "AnimationController("],
    checks=[
        "when badgeEarned > .forward",
        "when !badgeEarned > .showSnackBar",
        "literal 'Tebrikler'",
    ],
)


# ================================================================ class_body

row(
    "animations",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/wash_job.dart';

/// Shown on the bay screen while the car is being washed.
class FoamProgress extends StatefulWidget {
  const FoamProgress({super.key, required this.job});

  final WashJob job;

  @override
  State<FoamProgress> createState() => _FoamProgressState();
}

class _FoamProgressState extends State<FoamProgress> with SingleTickerProviderStateMixin {
  late final AnimationController _pulse = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 1200),
  )..repeat(reverse: true);

  // köpük için 0.8'den 1.1'e easeInOut ölçek animasyonu

  @override
  void dispose() {
    _pulse.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        ScaleTransition(
          scale: _foamScale,
          child: Icon(Icons.bubble_chart, size: 96, color: theme.colorScheme.primary),
        ),
        const SizedBox(height: 16),
        Text(widget.job.stepLabel, style: theme.textTheme.titleMedium),
        const SizedBox(height: 8),
        LinearProgressIndicator(value: widget.job.progress),
        const SizedBox(height: 4),
        Text('Tahmini bitiş: ${widget.job.minutesLeft} dk', style: theme.textTheme.bodySmall),
      ],
    );
  }
}
""",
    r"""
late final Animation<double> _foamScale = Tween<double>(begin: 0.8, end: 1.1).animate(
  CurvedAnimation(parent: _pulse, curve: Curves.easeInOut),
);
""",
    ["_foamScale", "_pulse", "Curves.easeInOut"],
    must_not=["AnimationController", "Curves.easeIn,", "Curves.easeOut"],
    checks=["call Tween(begin: 0.8, end: 1.1)"],
)

row(
    "lists",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/young_reader.dart';
import '../widgets/reader_avatar.dart';

class ClassLeaderboard extends StatefulWidget {
  const ClassLeaderboard({super.key, required this.className, required this.readers});

  final String className;
  final List<YoungReader> readers;

  @override
  State<ClassLeaderboard> createState() => _ClassLeaderboardState();
}

class _ClassLeaderboardState extends State<ClassLeaderboard> {
  bool _showAll = false;

  // sayfa sayısına göre çoktan aza sıralı okurlar, eşitlikte isim sırası

  @override
  Widget build(BuildContext context) {
    final ranked = _ranked;
    final visible = _showAll ? ranked : ranked.take(10).toList();
    return Column(
      children: [
        ListTile(
          title: Text('${widget.className} okuma yarışı'),
          trailing: Text('${ranked.length} okur'),
        ),
        Expanded(
          child: ListView.builder(
            itemCount: visible.length,
            itemBuilder: (context, index) {
              final reader = visible[index];
              return ListTile(
                leading: ReaderAvatar(reader: reader),
                title: Text(reader.name),
                subtitle: Text('${reader.pagesRead} sayfa'),
                trailing: Text('#${index + 1}'),
              );
            },
          ),
        ),
        if (ranked.length > 10)
          TextButton(
            onPressed: () => setState(() => _showAll = !_showAll),
            child: Text(_showAll ? 'İlk 10' : 'Tümünü göster'),
          ),
      ],
    );
  }
}
""",
    r"""
List<YoungReader> get _ranked {
  final sorted = [...widget.readers];
  sorted.sort((a, b) {
    final byPages = b.pagesRead.compareTo(a.pagesRead);
    return byPages != 0 ? byPages : a.name.compareTo(b.name);
  });
  return sorted;
}
""",
    ["_ranked", "widget.readers", "pagesRead", "name", "compareTo"],
    must_not=["widget.readers.sort", "a.pagesRead.compareTo(b.pagesRead)", "a.pagesRead - b.pagesRead"],
    checks=["call .sort", "call .compareTo"],
)


# ================================================================ element

# Condition: star i is filled when i < booksRead, outlined otherwise (the comparison written either way).
row(
    "widgets_layout",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/reading_challenge.dart';
import '../widgets/book_stack_illustration.dart';

class ChallengeGoalCard extends StatelessWidget {
  const ChallengeGoalCard({super.key, required this.challenge, required this.onOpenBooks});

  final ReadingChallenge challenge;
  final VoidCallback onOpenBooks;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    final left = challenge.goal - challenge.booksRead;
    return Card(
      clipBehavior: Clip.antiAlias,
      child: InkWell(
        onTap: onOpenBooks,
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: Column(
            crossAxisAlignment: CrossAxisAlignment.start,
            children: [
              Row(
                children: [
                  const BookStackIllustration(size: 40),
                  const SizedBox(width: 12),
                  Expanded(child: Text(challenge.title, style: theme.textTheme.titleMedium)),
                ],
              ),
              const SizedBox(height: 12),
              // hedef kadar yildiz: okunanlar dolu, kalanlar bos
              const SizedBox(height: 8),
              Text(
                left > 0 ? '$left kitap daha okursan rozet senin!' : 'Hedefe ulaştın, harikasın!',
                style: theme.textTheme.bodyMedium,
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
Wrap(
  spacing: 4,
  runSpacing: 4,
  children: [
    for (var i = 0; i < challenge.goal; i++)
      Icon(
        i < challenge.booksRead ? Icons.star : Icons.star_border,
        color: Colors.amber,
      ),
  ],
),
""",
    ["goal", "booksRead", "Icon"],
    must_not=["LinearProgressIndicator"],
    checks=[
        "call Wrap | Row",
        "when < challenge.booksRead | <= challenge.booksRead | < booksRead | <= booksRead | booksRead > > Icons.star | Icons.star_rounded | Icons.star_sharp",
        "when !< challenge.booksRead | <= challenge.booksRead | < booksRead | <= booksRead | booksRead > > Icons.star_border | Icons.star_outline | Icons.star_border_rounded | Icons.star_outline_rounded | Icons.star_border_outlined",
    ],
)

# Condition: no wash yet -> centred 'Henüz yıkama yok'; otherwise a sliver list of WashHistoryTile.
row(
    "lists",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/vehicle.dart';
import '../models/wash_record.dart';
import '../widgets/vehicle_header.dart';
import '../widgets/wash_history_tile.dart';

class VehicleHistoryPage extends StatelessWidget {
  const VehicleHistoryPage({super.key, required this.vehicle, required this.history, required this.onRebook});

  final Vehicle vehicle;
  final List<WashRecord> history;
  final ValueChanged<WashRecord> onRebook;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: CustomScrollView(
        slivers: [
          SliverAppBar.large(title: Text(vehicle.plate)),
          SliverToBoxAdapter(child: VehicleHeader(vehicle: vehicle)),
          SliverPadding(
            padding: const EdgeInsets.fromLTRB(16, 16, 16, 8),
            sliver: SliverToBoxAdapter(
              child: Text('Geçmiş yıkamalar', style: Theme.of(context).textTheme.titleMedium),
            ),
          ),
          // geçmiş yıkamaları WashHistoryTile ile listele, boşsa ortada 'Henüz yıkama yok' yaz
        ],
      ),
      floatingActionButton: history.isEmpty
          ? null
          : FloatingActionButton.extended(
              onPressed: () => onRebook(history.first),
              icon: const Icon(Icons.local_car_wash),
              label: const Text('Son yıkamayı tekrarla'),
            ),
    );
  }
}
""",
    r"""
if (history.isEmpty)
  const SliverFillRemaining(
    hasScrollBody: false,
    child: Center(child: Text('Henüz yıkama yok')),
  )
else
  SliverList.builder(
    itemCount: history.length,
    itemBuilder: (context, index) {
      final record = history[index];
      return WashHistoryTile(record: record, onRebook: () => onRebook(record));
    },
  ),
""",
    ["history", "WashHistoryTile", "Center | Align"],
    must_not=["ListView", "shrinkWrap"],
    checks=[
        "call SliverList | SliverList.builder | SliverList.list | SliverList.separated | SliverFixedExtentList | SliverFixedExtentList.builder | SliverPrototypeExtentList | SliverAnimatedList",
        "when isEmpty | length == 0 > 'Henüz yıkama yok'",
        "when !isEmpty | length == 0 > WashHistoryTile",
    ],
)


# ================================================================ argument

row(
    "theming",
    "argument",
    r"""
import 'package:flutter/material.dart';

const _storyPurple = Color(0xFF6A4C93);

/// Theme of the children's reading-challenge app: big, friendly, rounded.
ThemeData buildReadingTheme(Brightness brightness) {
  final scheme = ColorScheme.fromSeed(seedColor: _storyPurple, brightness: brightness);
  return ThemeData(
    colorScheme: scheme,
    fontFamily: 'Nunito',
    textTheme: const TextTheme(
      titleLarge: TextStyle(fontSize: 24, fontWeight: FontWeight.w800),
      bodyLarge: TextStyle(fontSize: 18, height: 1.4),
    ),
    cardTheme: CardThemeData(
      elevation: 0,
      color: scheme.surfaceContainerLow,
      shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(24)),
    ),
    filledButtonTheme: FilledButtonThemeData(
      style: FilledButton.styleFrom(
        minimumSize: const Size(64, 56),
        shape: const StadiumBorder(),
        textStyle: const TextStyle(fontSize: 18, fontWeight: FontWeight.w700),
      ),
    ),
    // ilerleme cubuklari 12 kalinlikta, rengi tertiary, izi tertiaryContainer olsun
    chipTheme: ChipThemeData(
      backgroundColor: scheme.secondaryContainer,
      labelStyle: TextStyle(color: scheme.onSecondaryContainer, fontWeight: FontWeight.w600),
    ),
    navigationBarTheme: NavigationBarThemeData(
      indicatorColor: scheme.tertiaryContainer,
      labelBehavior: NavigationDestinationLabelBehavior.alwaysShow,
    ),
  );
}
""",
    r"""
progressIndicatorTheme: ProgressIndicatorThemeData(
  color: scheme.tertiary,
  linearTrackColor: scheme.tertiaryContainer,
  linearMinHeight: 12,
),
""",
    ["progressIndicatorTheme", "ProgressIndicatorThemeData", "tertiary", "tertiaryContainer"],
    must_not=["strokeWidth", "circularTrackColor"],
    checks=[
        "call ProgressIndicatorThemeData(linearMinHeight: 12)",
        "call ProgressIndicatorThemeData(color: tertiary)",
        "call ProgressIndicatorThemeData(linearTrackColor: tertiaryContainer)",
    ],
)

# One argument: the seven weekday segments from Monday, labelled with the locale's short day names.
row(
    "localization",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/wash_plan.dart';

/// Picks the weekdays of a wash subscription (DateTime.monday .. DateTime.sunday).
class WashPlanDaysField extends StatefulWidget {
  const WashPlanDaysField({super.key, required this.plan, required this.onChanged});

  final WashPlan plan;
  final ValueChanged<Set<int>> onChanged;

  @override
  State<WashPlanDaysField> createState() => _WashPlanDaysFieldState();
}

class _WashPlanDaysFieldState extends State<WashPlanDaysField> {
  late Set<int> _days = {...widget.plan.weekdays};

  @override
  Widget build(BuildContext context) {
    final locale = Localizations.localeOf(context).toString();
    final price = NumberFormat.simpleCurrency(locale: locale, name: 'TRY');
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Text('Yıkama günleri', style: Theme.of(context).textTheme.titleMedium),
        const SizedBox(height: 8),
        SegmentedButton<int>(
          multiSelectionEnabled: true,
          showSelectedIcon: false,
          selected: _days,
          onSelectionChanged: (days) {
            setState(() => _days = days);
            widget.onChanged(days);
          },
          // haftanın günleri pazartesiden başlasın, etiketler cihaz dilinde kısa gün adı (Pzt, Sal…)
        ),
        const SizedBox(height: 8),
        Text(
          'Haftada ${_days.length} yıkama · ${price.format(widget.plan.pricePerWash * _days.length)}',
          style: Theme.of(context).textTheme.bodySmall,
        ),
      ],
    );
  }
}
""",
    r"""
segments: [
  for (var day = DateTime.monday; day <= DateTime.sunday; day++)
    ButtonSegment<int>(
      value: day,
      label: Text(DateFormat.E(locale).format(DateTime(2024, 1, day))),
    ),
],
""",
    ["segments", "ButtonSegment", "DateFormat | dateSymbols", "locale | localeOf | localeName"],
    must_not=["EEEE"],
    checks=["call ButtonSegment(value, label)"],
)


if __name__ == "__main__":
    ROWS.write()
