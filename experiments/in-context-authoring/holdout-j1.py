# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 10 (holdout-j1): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics widgets_layout, theming, animations, localization
(5 each, one per position); app domains a tailor and alteration shop order app (counter tablet: alteration orders,
garments with photos and alteration lists, customer measurements, fittings, pickup dates, urgent jobs, ready-for-
pickup SMS in the customer's language) and a highland guesthouse booking app (rooms with photos, nightly prices,
capacity and views, booking drafts, guests and nights, booking status, check-in/check-out dates, last-room badges).

Run: .venv/bin/python experiments/in-context-authoring/holdout-j1.py  -> data/in_context/drafts/holdout-j1.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-j1", "holdj1")
row = ROWS.row


# ================================================================ statements

# Condition: only when there are no photos -> centred 'Fotoğraf yok' text; otherwise a horizontal list 200 high.
row(
    "widgets_layout",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/room.dart';
import '../widgets/amenity_list.dart';

class RoomDetailPage extends StatelessWidget {
  const RoomDetailPage({super.key, required this.room, required this.onBook});

  final Room room;
  final VoidCallback onBook;

  static final _price = NumberFormat.currency(locale: 'tr_TR', symbol: '₺', decimalDigits: 0);

  Widget _photoStrip(List<String> photoUrls) {
    // fotoğraf yoksa ortada 'Fotoğraf yok' yazsın; varsa 200 yüksekliğinde yana kayan liste, aralar 8
  }

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Scaffold(
      appBar: AppBar(title: Text(room.name)),
      body: ListView(
        children: [
          _photoStrip(room.photoUrls),
          Padding(
            padding: const EdgeInsets.all(16),
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                Text(room.name, style: theme.textTheme.headlineSmall),
                const SizedBox(height: 4),
                Text('${room.capacity} kişilik · ${room.bedType}', style: theme.textTheme.bodyMedium),
                const SizedBox(height: 12),
                Text(room.description),
                const SizedBox(height: 16),
                AmenityList(amenities: room.amenities),
              ],
            ),
          ),
        ],
      ),
      bottomNavigationBar: SafeArea(
        child: Padding(
          padding: const EdgeInsets.fromLTRB(16, 8, 16, 8),
          child: FilledButton(
            onPressed: onBook,
            child: Text('Gecelik ${_price.format(room.nightlyPrice)} · Rezerve et'),
          ),
        ),
      ),
    );
  }
}
""",
    r"""
if (photoUrls.isEmpty) {
  return const SizedBox(
    height: 200,
    child: Center(child: Text('Fotoğraf yok')),
  );
}
return SizedBox(
  height: 200,
  child: ListView.separated(
    scrollDirection: Axis.horizontal,
    padding: const EdgeInsets.symmetric(horizontal: 16),
    itemCount: photoUrls.length,
    separatorBuilder: (context, index) => const SizedBox(width: 8),
    itemBuilder: (context, index) => ClipRRect(
      borderRadius: BorderRadius.circular(12),
      child: Image.network(photoUrls[index], width: 280, fit: BoxFit.cover),
    ),
  ),
);
""",
    [
        "isEmpty | isNotEmpty | length == 0",
        "Center | Alignment.center",
        "Axis.horizontal | PageView | CarouselView",
        "Image.network | NetworkImage",
        "photoUrls",
    ],
    must_not=["GridView", "room.photoUrls"],
    checks=["literal 'Fotoğraf yok'", "literal 200", "literal 8 | 4"],
)

# Order: first the ready message in the customer's own language (not the app's), then send it by SMS.
row(
    "localization",
    "statements",
    r"""
import 'package:flutter/widgets.dart';

import '../l10n/app_localizations.dart';
import '../models/alteration_order.dart';
import 'order_repository.dart';
import 'sms_gateway.dart';

/// Tells customers their garments are ready. Runs on the counter tablet, so the
/// app's own locale is the tailor's, not the customer's.
class PickupNotifier {
  PickupNotifier({required this.orders, required this.sms});

  final OrderRepository orders;
  final SmsGateway sms;

  Future<void> notifyReady(AlterationOrder order) async {
    if (order.customerPhone.isEmpty || order.readySmsSent) return;
    // SMS'i musterinin kendi dilinde (order.languageCode) orderReadySms(ad, siparis no) cevirisiyle gonder
    await orders.markReadySmsSent(order.id);
  }

  Future<int> notifyAllReady() async {
    final ready = await orders.readyForPickup();
    var sent = 0;
    for (final order in ready) {
      try {
        await notifyReady(order);
        sent++;
      } on SmsException catch (e) {
        debugPrint('SMS failed for order ${order.id}: $e');
      }
    }
    return sent;
  }

  Future<void> retryFailed() async {
    final failed = await orders.failedReadySms();
    for (final order in failed) {
      await Future<void>.delayed(const Duration(seconds: 2));
      await notifyReady(order);
    }
  }
}
""",
    r"""
final l10n = lookupAppLocalizations(Locale(order.languageCode));
await sms.send(order.customerPhone, l10n.orderReadySms(order.customerName, order.number));
""",
    [
        "lookupAppLocalizations | AppLocalizations.delegate.load",
        "languageCode",
        "orderReadySms",
        "sms.send",
        "customerPhone",
    ],
    must_not=["AppLocalizations.of", "Localizations.localeOf"],
    checks=["call Locale | Locale.fromSubtags"],
)

# Condition: only the display/headline/title styles get 'Merriweather'; the body styles stay as they are.
row(
    "theming",
    "statements",
    r"""
import 'package:flutter/material.dart';

const _pine = Color(0xFF2F5D50);
const _hay = Color(0xFFE0B860);

/// Theme of the guesthouse booking app: pine green with a warm hay accent.
ThemeData buildGuesthouseTheme(Brightness brightness) {
  final scheme = ColorScheme.fromSeed(
    seedColor: _pine,
    brightness: brightness,
    secondary: _hay,
  );
  final base = ThemeData(colorScheme: scheme);
  // başlık ve title stilleri 'Merriweather' yazı tipinde olsun, gövde metinleri varsayılan kalsın
  return base.copyWith(
    textTheme: textTheme,
    appBarTheme: AppBarTheme(
      backgroundColor: scheme.surface,
      foregroundColor: scheme.onSurface,
      titleTextStyle: textTheme.titleLarge,
      centerTitle: true,
    ),
    chipTheme: ChipThemeData(
      backgroundColor: scheme.secondaryContainer,
      labelStyle: textTheme.labelLarge?.copyWith(color: scheme.onSecondaryContainer),
      side: BorderSide.none,
    ),
    inputDecorationTheme: const InputDecorationTheme(
      border: OutlineInputBorder(),
      filled: true,
    ),
    bottomSheetTheme: BottomSheetThemeData(
      backgroundColor: scheme.surfaceContainerLow,
      showDragHandle: true,
    ),
    listTileTheme: ListTileThemeData(
      iconColor: scheme.primary,
      contentPadding: const EdgeInsets.symmetric(horizontal: 20),
    ),
  );
}
""",
    r"""
final t = base.textTheme;
TextStyle? serif(TextStyle? style) => style?.copyWith(fontFamily: 'Merriweather');
final textTheme = t.copyWith(
  displayLarge: serif(t.displayLarge),
  displayMedium: serif(t.displayMedium),
  displaySmall: serif(t.displaySmall),
  headlineLarge: serif(t.headlineLarge),
  headlineMedium: serif(t.headlineMedium),
  headlineSmall: serif(t.headlineSmall),
  titleLarge: serif(t.titleLarge),
  titleMedium: serif(t.titleMedium),
  titleSmall: serif(t.titleSmall),
);
""",
    [
        "textTheme",
        "copyWith | merge | apply",
        "headlineLarge | headlineMedium | headlineSmall | displayLarge | displayMedium | displaySmall",
        "titleLarge | titleMedium | titleSmall",
    ],
    must_not=["bodyLarge:", "bodyMedium:", "bodySmall:", "textTheme.apply(", "GoogleFonts"],
    checks=["literal 'Merriweather'"],
)

# Order: first the success animation plays to its end, then the summary page replaces this one.
row(
    "animations",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/booking.dart';
import '../models/booking_draft.dart';
import '../services/booking_service.dart';
import 'booking_summary_page.dart';

class ConfirmBookingPage extends StatefulWidget {
  const ConfirmBookingPage({super.key, required this.draft, required this.service});

  final BookingDraft draft;
  final BookingService service;

  @override
  State<ConfirmBookingPage> createState() => _ConfirmBookingPageState();
}

class _ConfirmBookingPageState extends State<ConfirmBookingPage> with SingleTickerProviderStateMixin {
  late final AnimationController _success = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 600),
  );
  late final Animation<double> _scale = CurvedAnimation(parent: _success, curve: Curves.elasticOut);
  bool _saving = false;

  Future<void> _confirm() async {
    setState(() => _saving = true);
    final Booking booking = await widget.service.create(widget.draft);
    if (!mounted) return;
    setState(() => _saving = false);
    // önce onay animasyonu sonuna kadar oynasın, bitince özet sayfasına geç; geri dönülemesin
  }

  @override
  void dispose() {
    _success.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Rezervasyonu onayla')),
      body: Center(
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            ScaleTransition(
              scale: _scale,
              child: Icon(Icons.check_circle, size: 96, color: Theme.of(context).colorScheme.primary),
            ),
            const SizedBox(height: 24),
            Text('${widget.draft.roomName} · ${widget.draft.nights} gece'),
            const SizedBox(height: 24),
            FilledButton(
              onPressed: _saving ? null : _confirm,
              child: Text(_saving ? 'Kaydediliyor…' : 'Onayla'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
await _success.forward();
if (!mounted) return;
Navigator.of(context).pushReplacement(
  MaterialPageRoute<void>(builder: (_) => BookingSummaryPage(booking: booking)),
);
""",
    [
        "_success.forward | _success.animateTo | _success.fling",
        "await | whenComplete | then | addStatusListener",
        "pushReplacement | pushAndRemoveUntil | context.go | context.replace | pushReplacementNamed | context.pushReplacement",
        "BookingSummaryPage | context.go | context.replace | pushReplacementNamed",
        "booking",
    ],
    must_not=["_success.reset", "_success.repeat", "Future.delayed"],
)


# ================================================================ callback

# Condition: a date header only above the first order of each pickup day; other orders are the tile alone.
row(
    "widgets_layout",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/alteration_order.dart';
import '../widgets/order_tile.dart';

/// Orders waiting for pickup, sorted by pickup date.
class PickupListView extends StatelessWidget {
  const PickupListView({super.key, required this.orders, required this.onOpen});

  final List<AlterationOrder> orders;
  final ValueChanged<AlterationOrder> onOpen;

  static final _dayFormat = DateFormat('d MMMM EEEE', 'tr_TR');

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    if (orders.isEmpty) {
      return const Center(child: Text('Teslim bekleyen sipariş yok'));
    }
    return ListView.builder(
      padding: const EdgeInsets.only(bottom: 88),
      itemCount: orders.length,
      itemBuilder: (context, index) {
        final order = orders[index];
        final tile = OrderTile(order: order, onTap: () => onOpen(order));
        // gun degisince kartin ustune teslim gununu baslik olarak koy
      },
    );
  }
}

class PickupCountBadge extends StatelessWidget {
  const PickupCountBadge({super.key, required this.orders});

  final List<AlterationOrder> orders;

  @override
  Widget build(BuildContext context) {
    final today = DateUtils.dateOnly(DateTime.now());
    final count = orders.where((o) => DateUtils.isSameDay(o.pickupDate, today)).length;
    return Badge.count(count: count, child: const Icon(Icons.inventory_2_outlined));
  }
}
""",
    r"""
final isNewDay = index == 0 || !DateUtils.isSameDay(orders[index - 1].pickupDate, order.pickupDate);
if (!isNewDay) return tile;
return Column(
  crossAxisAlignment: CrossAxisAlignment.start,
  children: [
    Padding(
      padding: const EdgeInsets.fromLTRB(16, 16, 16, 4),
      child: Text(_dayFormat.format(order.pickupDate), style: theme.textTheme.titleSmall),
    ),
    tile,
  ],
);
""",
    [
        "index - 1",
        "isSameDay | .day | difference | dateOnly",
        "pickupDate",
        "Column",
        "tile | OrderTile",
        "_dayFormat | DateFormat",
    ],
    must_not=["ListView.separated", "StickyHeader"],
    checks=["call Column > Text | ListTile"],
)

# Condition: only urgent orders get the error colours; other orders are the plain tile.
row(
    "theming",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/alteration_order.dart';

class OrderTile extends StatelessWidget {
  const OrderTile({super.key, required this.order, required this.onTap});

  final AlterationOrder order;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: ListTile(
        leading: const Icon(Icons.checkroom),
        title: Text('#${order.number} · ${order.customerName}'),
        subtitle: Text(order.garmentSummary),
        trailing: order.isUrgent ? const Icon(Icons.priority_high) : Text(order.pickupLabel),
        onTap: onTap,
      ),
    );
  }
}

/// The tailor's work queue on the workshop tablet, urgent jobs first.
class WorkbenchQueue extends StatelessWidget {
  const WorkbenchQueue({super.key, required this.orders, required this.onOpen});

  final List<AlterationOrder> orders;
  final ValueChanged<AlterationOrder> onOpen;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      padding: const EdgeInsets.all(8),
      itemCount: orders.length,
      itemBuilder: (context, index) {
        final order = orders[index];
        final tile = OrderTile(order: order, onTap: () => onOpen(order));
        // acil siparişte kart errorContainer, yazı ve ikonlar onErrorContainer renginde olsun
      },
    );
  }
}
""",
    r"""
if (!order.isUrgent) return tile;
final theme = Theme.of(context);
final scheme = theme.colorScheme;
return Theme(
  data: theme.copyWith(
    cardTheme: CardThemeData(color: scheme.errorContainer),
    listTileTheme: ListTileThemeData(
      textColor: scheme.onErrorContainer,
      iconColor: scheme.onErrorContainer,
    ),
  ),
  child: tile,
);
""",
    ["isUrgent", "errorContainer", "onErrorContainer", "tile | OrderTile", "Theme.of | colorScheme"],
    must_not=["Colors.red", "withOpacity"],
)

# Ask: a 16-high bar that follows the animated value, with the percentage text over its centre.
row(
    "animations",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/alteration_order.dart';

/// Progress of an order through the workshop (cut, sew, press, ready), 0..1.
class OrderProgressCard extends StatelessWidget {
  const OrderProgressCard({super.key, required this.order});

  final AlterationOrder order;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text('#${order.number} · ${order.customerName}', style: theme.textTheme.titleMedium),
            const SizedBox(height: 4),
            Text(order.stepLabel, style: theme.textTheme.bodySmall),
            const SizedBox(height: 16),
            TweenAnimationBuilder<double>(
              tween: Tween(begin: 0, end: order.progress),
              duration: const Duration(milliseconds: 700),
              curve: Curves.easeOutCubic,
              builder: (context, value, child) {
                // 16 kalinlikta ilerleme cubugu olsun, ortasinda da yuzde yazsin
              },
            ),
            const SizedBox(height: 12),
            Row(
              children: [
                const Icon(Icons.event, size: 18),
                const SizedBox(width: 6),
                Text('Teslim: ${order.pickupLabel}'),
                const Spacer(),
                if (order.isUrgent) Chip(label: const Text('Acil'), backgroundColor: theme.colorScheme.errorContainer),
              ],
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
return Stack(
  alignment: Alignment.center,
  children: [
    LinearProgressIndicator(value: value, minHeight: 16, borderRadius: BorderRadius.circular(8)),
    Text('%${(value * 100).round()}', style: theme.textTheme.labelSmall),
  ],
);
""",
    ["LinearProgressIndicator", "value", "Stack | Center | Align", "* 100 | percentPattern"],
    must_not=["AnimationController", "order.progress"],
    checks=["call LinearProgressIndicator(value)", "call LinearProgressIndicator(minHeight: 16)", "call Text"],
)

# Condition: the device's locale if its language code is supported (country ignored), otherwise Turkish.
row(
    "localization",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_localizations/flutter_localizations.dart';
import 'package:provider/provider.dart';

import 'l10n/app_localizations.dart';
import 'routes.dart';
import 'state/booking_state.dart';
import 'theme.dart';

void main() {
  runApp(
    ChangeNotifierProvider(
      create: (_) => BookingState(),
      child: const YaylaEviApp(),
    ),
  );
}

class YaylaEviApp extends StatelessWidget {
  const YaylaEviApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(
      title: 'Yayla Evi',
      routerConfig: appRouter,
      theme: buildGuesthouseTheme(Brightness.light),
      darkTheme: buildGuesthouseTheme(Brightness.dark),
      localizationsDelegates: const [
        AppLocalizations.delegate,
        GlobalMaterialLocalizations.delegate,
        GlobalWidgetsLocalizations.delegate,
        GlobalCupertinoLocalizations.delegate,
      ],
      supportedLocales: AppLocalizations.supportedLocales,
      localeResolutionCallback: (deviceLocale, supportedLocales) {
        // cihazın dili destekleniyorsa onu kullan (yalnız dil koduna bak), değilse Türkçe
      },
    );
  }
}
""",
    r"""
if (deviceLocale != null) {
  for (final locale in supportedLocales) {
    if (locale.languageCode == deviceLocale.languageCode) return locale;
  }
}
return const Locale('tr');
""",
    ["deviceLocale", "supportedLocales", "languageCode"],
    must_not=["countryCode ==", "toString() =="],
    checks=["literal 'tr'"],
)


# ================================================================ class_body

# Conditions: wider than 900 -> 3 columns, wider than 600 -> 2, otherwise 1.
row(
    "widgets_layout",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/measurement.dart';
import '../widgets/measurement_field.dart';

/// Body measurements of a customer, edited on the counter tablet or a phone.
class MeasurementSheet extends StatefulWidget {
  const MeasurementSheet({super.key, required this.customerName, required this.initial, required this.onSave});

  final String customerName;
  final List<Measurement> initial;
  final ValueChanged<List<Measurement>> onSave;

  @override
  State<MeasurementSheet> createState() => _MeasurementSheetState();
}

class _MeasurementSheetState extends State<MeasurementSheet> {
  late final List<Measurement> _values = [...widget.initial];

  // genişlik 900'den büyükse 3, 600'den büyükse 2, değilse tek sütun

  void _update(int index, double cm) {
    setState(() => _values[index] = _values[index].copyWith(cm: cm));
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text('${widget.customerName} · Ölçüler'),
        actions: [
          TextButton(onPressed: () => widget.onSave(_values), child: const Text('Kaydet')),
        ],
      ),
      body: LayoutBuilder(
        builder: (context, constraints) => GridView.builder(
          padding: const EdgeInsets.all(16),
          gridDelegate: SliverGridDelegateWithFixedCrossAxisCount(
            crossAxisCount: _columnsFor(constraints.maxWidth),
            mainAxisExtent: 88,
            crossAxisSpacing: 12,
            mainAxisSpacing: 12,
          ),
          itemCount: _values.length,
          itemBuilder: (context, index) => MeasurementField(
            measurement: _values[index],
            onChanged: (cm) => _update(index, cm),
          ),
        ),
      ),
    );
  }
}
""",
    r"""
int _columnsFor(double width) {
  if (width > 900) return 3;
  if (width > 600) return 2;
  return 1;
}
""",
    ["_columnsFor"],
    must_not=["MediaQuery", "crossAxisCount:"],
    checks=["literal 900", "literal 600", "literal 3", "literal 2"],
)

# Conditions, one colour per status: confirmed -> primaryContainer, pending -> tertiaryContainer,
# cancelled -> errorContainer.
row(
    "theming",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/booking.dart';

/// Small status badge on the host's booking list.
class BookingStatusChip extends StatelessWidget {
  const BookingStatusChip({super.key, required this.status});

  final BookingStatus status;

  String get _label => switch (status) {
        BookingStatus.pending => 'Onay bekliyor',
        BookingStatus.confirmed => 'Onaylandı',
        BookingStatus.cancelled => 'İptal',
      };

  // renkler temadan: onaylı primaryContainer, bekleyen tertiaryContainer, iptal errorContainer; yazı rengi de uyumlu

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    final (background, foreground) = _colors(theme.colorScheme);
    return DecoratedBox(
      decoration: BoxDecoration(
        color: background,
        borderRadius: BorderRadius.circular(999),
      ),
      child: Padding(
        padding: const EdgeInsets.symmetric(horizontal: 10, vertical: 4),
        child: Row(
          mainAxisSize: MainAxisSize.min,
          children: [
            if (status == BookingStatus.pending) ...[
              Icon(Icons.schedule, size: 14, color: foreground),
              const SizedBox(width: 4),
            ],
            Text(_label, style: theme.textTheme.labelMedium?.copyWith(color: foreground)),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
(Color, Color) _colors(ColorScheme scheme) => switch (status) {
      BookingStatus.confirmed => (scheme.primaryContainer, scheme.onPrimaryContainer),
      BookingStatus.pending => (scheme.tertiaryContainer, scheme.onTertiaryContainer),
      BookingStatus.cancelled => (scheme.errorContainer, scheme.onErrorContainer),
    };
""",
    [
        "_colors",
        "primaryContainer",
        "tertiaryContainer",
        "errorContainer",
        "onPrimaryContainer | onSurface | onSurfaceVariant",
        "BookingStatus.confirmed",
        "BookingStatus.pending",
    ],
    must_not=["Colors.", "Color(0x"],
)

# Ask: a controller that grows for 600 ms, then shrinks, repeating forever (repeat with reverse).
row(
    "animations",
    "class_body",
    r"""
import 'package:flutter/material.dart';

/// "Last room" badge on a room card, gently pulsing to draw attention.
class LastRoomBadge extends StatefulWidget {
  const LastRoomBadge({super.key, required this.roomsLeft});

  final int roomsLeft;

  @override
  State<LastRoomBadge> createState() => _LastRoomBadgeState();
}

class _LastRoomBadgeState extends State<LastRoomBadge> with SingleTickerProviderStateMixin {
  // büyüme 600 ms sürsün, sonra küçülsün; durmadan tekrarlayan kontrolcü
  late final Animation<double> _scale = Tween<double>(begin: 1, end: 1.12).animate(
    CurvedAnimation(parent: _pulse, curve: Curves.easeInOut),
  );

  @override
  void dispose() {
    _pulse.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    final text = widget.roomsLeft == 1 ? 'Son oda!' : 'Son ${widget.roomsLeft} oda';
    return ScaleTransition(
      scale: _scale,
      child: DecoratedBox(
        decoration: BoxDecoration(
          color: scheme.tertiary,
          borderRadius: BorderRadius.circular(999),
        ),
        child: Padding(
          padding: const EdgeInsets.symmetric(horizontal: 10, vertical: 4),
          child: Text(
            text,
            style: Theme.of(context).textTheme.labelMedium?.copyWith(color: scheme.onTertiary),
          ),
        ),
      ),
    );
  }
}
""",
    r"""
late final AnimationController _pulse = AnimationController(
  vsync: this,
  duration: const Duration(milliseconds: 600),
)..repeat(reverse: true);
""",
    ["_pulse", "AnimationController", "vsync: this", "repeat", "reverse: true"],
    must_not=["Timer", "forward()"],
    checks=["call Duration(milliseconds: 600)"],
)

# Ask: isSupported for the three language codes only, never looking at the country code.
row(
    "localization",
    "class_body",
    r"""
import 'package:flutter/widgets.dart';

import 'tailor_strings.dart';

/// Loads the shop's own strings (garment kinds, alteration names, receipt
/// texts) from the bundled JSON files. The counter app is used in Turkish,
/// English and German; other device languages fall back to the app's default.
class TailorStringsDelegate extends LocalizationsDelegate<TailorStrings> {
  const TailorStringsDelegate();

  static const fallback = Locale('tr');

  // sadece tr, en ve de dillerini destekle, ulke koduna bakma

  @override
  Future<TailorStrings> load(Locale locale) async {
    final strings = TailorStrings(locale);
    await strings.loadFromAssets('assets/i18n/${locale.languageCode}.json');
    return strings;
  }

  @override
  bool shouldReload(TailorStringsDelegate old) => false;
}

extension TailorStringsContext on BuildContext {
  TailorStrings get strings =>
      Localizations.of<TailorStrings>(this, TailorStrings) ?? (throw FlutterError('TailorStrings not found'));
}

/// Garment kind names in the current language, for the order form's dropdown.
List<String> garmentKindNames(BuildContext context) {
  final s = context.strings;
  return [
    s.garmentKind('trousers'),
    s.garmentKind('jacket'),
    s.garmentKind('dress'),
    s.garmentKind('shirt'),
    s.garmentKind('coat'),
  ];
}
""",
    r"""
@override
bool isSupported(Locale locale) => const ['tr', 'en', 'de'].contains(locale.languageCode);
""",
    ["isSupported", "languageCode"],
    must_not=["countryCode", "toString()", "toLanguageTag"],
    checks=["literal 'tr'", "literal 'en'", "literal 'de'"],
)


# ================================================================ element

row(
    "widgets_layout",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/room.dart';

class RoomCard extends StatelessWidget {
  const RoomCard({super.key, required this.room, required this.onTap});

  final Room room;
  final VoidCallback onTap;

  static final _price = NumberFormat.currency(locale: 'tr_TR', symbol: '₺', decimalDigits: 0);

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Card(
      clipBehavior: Clip.antiAlias,
      child: InkWell(
        onTap: onTap,
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            AspectRatio(
              aspectRatio: 16 / 9,
              child: Stack(
                fit: StackFit.expand,
                children: [
                  Image.network(room.coverUrl, fit: BoxFit.cover),
                  if (room.hasFireplace)
                    const Positioned(
                      top: 12,
                      right: 12,
                      child: Icon(Icons.fireplace, color: Colors.white),
                    ),
                  // sol alt köşede, kenarlardan 12 içeride gecelik fiyat etiketi
                ],
              ),
            ),
            Padding(
              padding: const EdgeInsets.all(12),
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text(room.name, style: theme.textTheme.titleMedium),
                  Text('${room.capacity} kişi · ${room.viewLabel}', style: theme.textTheme.bodySmall),
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
Positioned(
  left: 12,
  bottom: 12,
  child: DecoratedBox(
    decoration: BoxDecoration(
      color: theme.colorScheme.surface,
      borderRadius: BorderRadius.circular(8),
    ),
    child: Padding(
      padding: const EdgeInsets.symmetric(horizontal: 8, vertical: 4),
      child: Text('${_price.format(room.nightlyPrice)} / gece', style: theme.textTheme.labelLarge),
    ),
  ),
),
""",
    [
        "Positioned | PositionedDirectional | Align",
        "left | start | bottomLeft | bottomStart",
        "bottom | bottomLeft | bottomStart",
        "nightlyPrice",
    ],
    must_not=["right:", "top:"],
    checks=["literal 12"],
)

row(
    "theming",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/alteration_order.dart';
import '../models/measurement.dart';

class OrderMeasurementsSection extends StatelessWidget {
  const OrderMeasurementsSection({super.key, required this.order, required this.onEdit});

  final AlterationOrder order;
  final VoidCallback onEdit;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    final List<Measurement> measurements = order.measurements;
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 12),
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Row(
            children: [
              // temanın titleLarge stilinde, primary renkli 'Ölçüler' başlığı
              const Spacer(),
              TextButton.icon(
                onPressed: onEdit,
                icon: const Icon(Icons.straighten),
                label: const Text('Düzenle'),
              ),
            ],
          ),
          const SizedBox(height: 8),
          for (final m in measurements)
            Padding(
              padding: const EdgeInsets.symmetric(vertical: 4),
              child: Row(
                children: [
                  Expanded(child: Text(m.label, style: theme.textTheme.bodyMedium)),
                  Text('${m.cm.toStringAsFixed(1)} cm', style: theme.textTheme.bodyLarge),
                ],
              ),
            ),
          if (order.note.isNotEmpty) ...[
            const Divider(height: 24),
            Text(order.note, style: theme.textTheme.bodySmall?.copyWith(fontStyle: FontStyle.italic)),
          ],
        ],
      ),
    );
  }
}
""",
    r"""
Text(
  'Ölçüler',
  style: theme.textTheme.titleLarge?.copyWith(color: theme.colorScheme.primary),
),
""",
    ["titleLarge", "primary"],
    must_not=["Colors.", "fontSize", "Color(0x"],
    checks=["call Text > 'Ölçüler'"],
)

# Condition: the date row is shown (animated open in 250 ms) only when a fitting is needed; otherwise it collapses.
row(
    "animations",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/garment.dart';

class NewOrderForm extends StatefulWidget {
  const NewOrderForm({super.key, required this.garments, required this.onSubmit});

  final List<Garment> garments;
  final void Function(bool needsFitting, DateTime? fittingAt) onSubmit;

  @override
  State<NewOrderForm> createState() => _NewOrderFormState();
}

class _NewOrderFormState extends State<NewOrderForm> {
  bool _needsFitting = false;
  DateTime? _fittingAt;

  Future<void> _pickFittingDate() async {
    final now = DateTime.now();
    final picked = await showDatePicker(
      context: context,
      initialDate: _fittingAt ?? now.add(const Duration(days: 2)),
      firstDate: now,
      lastDate: now.add(const Duration(days: 60)),
    );
    if (picked != null) setState(() => _fittingAt = picked);
  }

  @override
  Widget build(BuildContext context) {
    final dateText = _fittingAt == null ? 'Tarih seçilmedi' : DateFormat('d MMMM', 'tr_TR').format(_fittingAt!);
    return ListView(
      padding: const EdgeInsets.all(16),
      children: [
        for (final g in widget.garments)
          ListTile(title: Text(g.kind), subtitle: Text(g.alterations.join(', '))),
        SwitchListTile(
          title: const Text('Prova gerekli'),
          value: _needsFitting,
          onChanged: (value) => setState(() => _needsFitting = value),
        ),
        // prova açıksa tarih seçme satırı 250 ms'de yumuşakça açılsın, kapanınca kaybolsun
        const SizedBox(height: 24),
        FilledButton(
          onPressed: () => widget.onSubmit(_needsFitting, _fittingAt),
          child: const Text('Siparişi oluştur'),
        ),
      ],
    );
  }
}
""",
    r"""
AnimatedSize(
  duration: const Duration(milliseconds: 250),
  curve: Curves.easeInOut,
  child: _needsFitting
      ? ListTile(
          leading: const Icon(Icons.event),
          title: const Text('Prova tarihi'),
          subtitle: Text(dateText),
          onTap: _pickFittingDate,
        )
      : const SizedBox.shrink(),
),
""",
    [
        "AnimatedSize | AnimatedCrossFade | AnimatedSwitcher | SizeTransition | AnimatedContainer",
        "_needsFitting",
        "_pickFittingDate | showDatePicker",
        "dateText | _fittingAt",
    ],
    must_not=["AnimationController"],
    checks=["call Duration(milliseconds: 250)"],
)

row(
    "localization",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../l10n/app_localizations.dart';
import '../models/booking.dart';

class BookingSummaryCard extends StatelessWidget {
  const BookingSummaryCard({super.key, required this.booking, required this.onCancel});

  final Booking booking;
  final VoidCallback? onCancel;

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    final theme = Theme.of(context);
    final money = NumberFormat.simpleCurrency(locale: l10n.localeName, name: 'TRY');
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(booking.roomName, style: theme.textTheme.titleLarge),
            const SizedBox(height: 4),
            // giriş ve çıkış tarihleri uygulamanın dilinde, kısa ay adıyla (3 Ağu – 7 Ağu gibi)
            Text(l10n.nightsAndGuests(booking.nights, booking.guests), style: theme.textTheme.bodyMedium),
            const Divider(height: 24),
            Row(
              children: [
                Text(l10n.totalLabel, style: theme.textTheme.bodyLarge),
                const Spacer(),
                Text(money.format(booking.totalPrice), style: theme.textTheme.titleMedium),
              ],
            ),
            if (onCancel != null) ...[
              const SizedBox(height: 12),
              Align(
                alignment: Alignment.centerRight,
                child: TextButton(onPressed: onCancel, child: Text(l10n.cancelBooking)),
              ),
            ],
          ],
        ),
      ),
    );
  }
}
""",
    r"""
Text(
  '${DateFormat.MMMd(l10n.localeName).format(booking.checkIn)} – '
  '${DateFormat.MMMd(l10n.localeName).format(booking.checkOut)}',
  style: theme.textTheme.bodyMedium,
),
""",
    [
        "DateFormat | formatShortMonthDay",
        "localeName | localeOf | MaterialLocalizations",
        "checkIn",
        "checkOut",
    ],
    must_not=["MMMMd", "yMMMMd", "MMMMEEEEd", "toIso8601String"],
    checks=["call Text"],
)


# ================================================================ argument

row(
    "widgets_layout",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/garment.dart';

/// One garment of an order: photo, what is to be altered, and the price.
class GarmentRow extends StatelessWidget {
  const GarmentRow({super.key, required this.garment, this.onRemove});

  final Garment garment;
  final VoidCallback? onRemove;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
      child: Row(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          ClipRRect(
            borderRadius: BorderRadius.circular(8),
            child: Image.network(
              garment.photoUrl,
              width: 72,
              height: 72,
              // resim kareyi tam doldursun, tasan kismi kirpilsin
            ),
          ),
          const SizedBox(width: 12),
          Expanded(
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                Text(garment.kind, style: theme.textTheme.titleSmall),
                const SizedBox(height: 2),
                Text(garment.alterations.join(', '), style: theme.textTheme.bodySmall),
              ],
            ),
          ),
          Text('${garment.price.toStringAsFixed(0)} ₺', style: theme.textTheme.titleSmall),
          if (onRemove != null)
            IconButton(
              tooltip: 'Kaldır',
              icon: const Icon(Icons.close),
              onPressed: onRemove,
            ),
        ],
      ),
    );
  }
}
""",
    r"""
fit: BoxFit.cover,
""",
    ["fit", "BoxFit.cover"],
    must_not=["BoxFit.contain", "BoxFit.fill", "BoxFit.fitWidth", "BoxFit.fitHeight"],
)

row(
    "theming",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/booking_draft.dart';

class BookingBottomBar extends StatelessWidget {
  const BookingBottomBar({super.key, required this.draft, required this.onConfirm, this.busy = false});

  final BookingDraft draft;
  final VoidCallback onConfirm;
  final bool busy;

  static final _money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺', decimalDigits: 0);

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Material(
      elevation: 6,
      color: theme.colorScheme.surfaceContainer,
      child: SafeArea(
        top: false,
        child: Padding(
          padding: const EdgeInsets.fromLTRB(16, 12, 16, 12),
          child: Column(
            mainAxisSize: MainAxisSize.min,
            crossAxisAlignment: CrossAxisAlignment.stretch,
            children: [
              Text(
                '${draft.nights} gece · ${draft.guests} misafir · ${_money.format(draft.total)}',
                style: theme.textTheme.titleMedium,
              ),
              const SizedBox(height: 12),
              FilledButton(
                onPressed: busy ? null : onConfirm,
                // tam genişlik, 52 yükseklik, köşeler 12 yuvarlak
                child: busy
                    ? const SizedBox.square(dimension: 20, child: CircularProgressIndicator(strokeWidth: 2))
                    : const Text('Rezervasyonu onayla'),
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
style: FilledButton.styleFrom(
  minimumSize: const Size.fromHeight(52),
  shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(12)),
),
""",
    [
        "style",
        "FilledButton.styleFrom | ButtonStyle",
        "minimumSize | fixedSize",
        "RoundedRectangleBorder",
    ],
    must_not=["Container(", "SizedBox("],
    checks=["literal 52", "literal 12"],
)

# Condition: the border is 2 wide in primary only when selected; otherwise 1 wide in outlineVariant.
row(
    "animations",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/room_option.dart';

/// Room picker on the booking form: one card per room type, the chosen one highlighted.
class RoomOptionCard extends StatelessWidget {
  const RoomOptionCard({super.key, required this.option, required this.selected, required this.onTap});

  final RoomOption option;
  final bool selected;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    final textTheme = Theme.of(context).textTheme;
    return GestureDetector(
      onTap: onTap,
      child: AnimatedContainer(
        duration: const Duration(milliseconds: 200),
        curve: Curves.easeOut,
        padding: const EdgeInsets.all(12),
        // seçiliyse 2 kalınlıkta primary, değilse 1 kalınlıkta outlineVariant kenarlık; köşeler 16
        child: Row(
          children: [
            Icon(option.icon, color: selected ? scheme.primary : scheme.onSurfaceVariant),
            const SizedBox(width: 12),
            Expanded(
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text(option.title, style: textTheme.titleSmall),
                  Text('${option.capacity} kişi · ${option.bedLabel}', style: textTheme.bodySmall),
                ],
              ),
            ),
            Text('${option.nightlyPrice.toStringAsFixed(0)} ₺', style: textTheme.titleSmall),
            if (selected) ...[
              const SizedBox(width: 8),
              Icon(Icons.check_circle, color: scheme.primary),
            ],
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
  border: Border.all(
    color: selected ? scheme.primary : scheme.outlineVariant,
    width: selected ? 2 : 1,
  ),
),
""",
    ["decoration", "BoxDecoration | ShapeDecoration", "selected", "primary", "outlineVariant"],
    must_not=["withOpacity", "Colors."],
    checks=["literal 2", "literal 16"],
)

row(
    "localization",
    "argument",
    r"""
import 'package:flutter/material.dart';

import 'l10n/app_localizations.dart';
import 'screens/counter_home.dart';
import 'screens/customer_list_screen.dart';
import 'screens/new_order_screen.dart';
import 'services/order_repository.dart';
import 'theme.dart';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  final repository = await OrderRepository.open();
  runApp(TailorCounterApp(repository: repository));
}

class TailorCounterApp extends StatelessWidget {
  const TailorCounterApp({super.key, required this.repository});

  final OrderRepository repository;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      debugShowCheckedModeBanner: false,
      // görev yöneticisindeki başlık da çeviriden gelsin (appTitle)
      theme: buildTailorTheme(Brightness.light),
      darkTheme: buildTailorTheme(Brightness.dark),
      themeMode: ThemeMode.light,
      localizationsDelegates: AppLocalizations.localizationsDelegates,
      supportedLocales: AppLocalizations.supportedLocales,
      home: CounterHome(repository: repository),
      routes: {
        '/orders/new': (context) => NewOrderScreen(repository: repository),
        '/customers': (context) => CustomerListScreen(repository: repository),
      },
    );
  }
}
""",
    r"""
onGenerateTitle: (context) => AppLocalizations.of(context)!.appTitle,
""",
    ["onGenerateTitle", "AppLocalizations.of | context.l10n", "appTitle"],
    must_not=["title:"],
)


if __name__ == "__main__":
    ROWS.write()
