# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 10 (holdout-j5): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics dart_language, async, widgets_layout, navigation,
state (4 each, spread over the positions: each topic misses one position); app domains an election-day volunteer
coordination app (polling stations and ballot boxes, volunteers and their shifts, check-in with a station code,
box count reports sent when the signal returns, incident reports, poll-closing countdown, district selection) and
a print-shop (matbaa) order app (trim sizes, paper stocks, production stages from proof to delivery, proof
approval, price quotes, cart lines, order drafts, order tracking).

Run: .venv/bin/python experiments/in-context-authoring/holdout-j5.py  -> data/in_context/drafts/holdout-j5.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-j5", "holdj5")
row = ROWS.row


# ================================================================ statements

# Condition: return null when the text is not two numbers or when either side is <= 0.
row(
    "dart_language",
    "statements",
    r"""
import '../models/paper_stock.dart';

/// A finished (trimmed) size typed by the customer on the order form, e.g. "85x55" for a business card.
class TrimSize {
  const TrimSize(this.widthMm, this.heightMm);

  final double widthMm;
  final double heightMm;

  bool get isLandscape => widthMm > heightMm;

  double get areaSquareMeters => widthMm * heightMm / 1000000;

  @override
  String toString() => '${widthMm.toStringAsFixed(0)}×${heightMm.toStringAsFixed(0)} mm';
}

class TrimSizeParser {
  const TrimSizeParser({this.maxSheet = PaperStock.sra3});

  /// The largest sheet the press takes; a bigger trim size cannot be printed.
  final PaperStock maxSheet;

  TrimSize? parse(String input) {
    final raw = input.trim().toLowerCase().replaceAll('×', 'x').replaceAll(',', '.');
    if (raw.isEmpty) return null;
    // x'ten ikiye böl, iki yanı width ve height olsun; sayı değilse ya da sıfır/negatifse null dön
    final fits = (width <= maxSheet.widthMm && height <= maxSheet.heightMm) ||
        (height <= maxSheet.widthMm && width <= maxSheet.heightMm);
    if (!fits) return null;
    return TrimSize(width, height);
  }

  List<TrimSize> parseAll(Iterable<String> inputs) => [
        for (final input in inputs)
          if (parse(input) case final size?) size,
      ];
}
""",
    r"""
final parts = raw.split('x');
if (parts.length != 2) return null;
final width = double.tryParse(parts[0].trim());
final height = double.tryParse(parts[1].trim());
if (width == null || height == null || width <= 0 || height <= 0) return null;
""",
    ["split | RegExp | indexOf", "tryParse | parse", "width", "height", "return null", "<= 0 | > 0 | == 0 | < 0"],
    must_not=["int.parse", "int.tryParse"],
    checks=["literal 'x'"],
)

# Order: one report after another (no Future.wait): submit, then remove from the store, then count it;
# condition: a report whose submit fails is skipped (not removed, not counted) and the loop goes on.
row(
    "async",
    "statements",
    r"""
import 'package:flutter/foundation.dart';

import '../data/pending_report_store.dart';
import '../models/box_report.dart';
import 'report_api.dart';

/// Sends the ballot box count reports that were saved while the volunteer had no signal.
class ReportSyncService {
  ReportSyncService(this._api, this._store);

  final ReportApi _api;
  final PendingReportStore _store;
  bool _running = false;

  /// Saves a report on the phone; [syncPending] sends it once the network is back.
  Future<void> saveForLater(BoxReport report) async {
    await _store.add(report);
    debugPrint('Report ${report.id} queued for box ${report.boxNumber}');
  }

  /// Removes a queued report the coordinator has already entered by hand.
  Future<void> discard(BoxReport report) => _store.remove(report.id);

  /// Sends every queued report and returns how many reached the server.
  Future<int> syncPending() async {
    if (_running) return 0;
    _running = true;
    var sent = 0;
    try {
      final List<BoxReport> pending = await _store.loadPending();
      // tutanakları sırayla _api.submit ile gönder; gidenleri depodan sil, hata vereni atlayıp devam et
    } finally {
      _running = false;
    }
    return sent;
  }
}
""",
    r"""
for (final report in pending) {
  try {
    await _api.submit(report);
    await _store.remove(report.id);
    sent++;
  } catch (error) {
    debugPrint('Report ${report.id} not sent: $error');
  }
}
""",
    [
        "for",
        "await",
        "_api.submit",
        "try | catchError | onError",
        "_store.remove | discard",
        "sent++ | ++sent | sent += 1 | sent = sent + 1",
    ],
    must_not=[".forEach(", "Future.wait", ".wait"],
)

row(
    "widgets_layout",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/ballot_box.dart';
import '../models/incident.dart';
import '../services/incident_service.dart';
import '../widgets/box_summary_card.dart';
import '../widgets/incident_form.dart';
import '../widgets/incident_tile.dart';

class BoxDetailPage extends StatelessWidget {
  const BoxDetailPage({super.key, required this.box, required this.incidents});

  final BallotBox box;
  final IncidentService incidents;

  Future<void> _reportIncident(BuildContext context) async {
    // IncidentForm'u alt sayfada aç, sonucu incident'a al; klavye açılınca form yukarı kaysın
    if (incident == null || !context.mounted) return;
    await incidents.report(box.id, incident);
    if (!context.mounted) return;
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('Olay bildirildi')),
    );
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('Sandık ${box.number}')),
      body: StreamBuilder<List<Incident>>(
        stream: incidents.watch(box.id),
        builder: (context, snapshot) {
          final list = snapshot.data ?? const <Incident>[];
          return ListView(
            padding: const EdgeInsets.all(16),
            children: [
              BoxSummaryCard(box: box),
              const SizedBox(height: 16),
              for (final incident in list) IncidentTile(incident: incident),
            ],
          );
        },
      ),
      floatingActionButton: FloatingActionButton.extended(
        onPressed: () => _reportIncident(context),
        icon: const Icon(Icons.report_outlined),
        label: const Text('Olay bildir'),
      ),
    );
  }
}
""",
    r"""
final incident = await showModalBottomSheet<Incident>(
  context: context,
  isScrollControlled: true,
  builder: (context) => Padding(
    padding: EdgeInsets.only(bottom: MediaQuery.viewInsetsOf(context).bottom),
    child: IncidentForm(box: box),
  ),
);
""",
    [
        "showModalBottomSheet",
        "await",
        "isScrollControlled",
        "viewInsetsOf | viewInsets | viewPadding",
        "IncidentForm",
    ],
    must_not=["showDialog", "showBottomSheet"],
    checks=["call showModalBottomSheet(isScrollControlled: true)", "call IncidentForm"],
)

row(
    "navigation",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../services/volunteer_api.dart';
import 'station_home_page.dart';

class CheckInPage extends StatefulWidget {
  const CheckInPage({super.key, required this.api});

  final VolunteerApi api;

  @override
  State<CheckInPage> createState() => _CheckInPageState();
}

class _CheckInPageState extends State<CheckInPage> {
  final _code = TextEditingController();
  bool _busy = false;
  String? _error;

  @override
  void dispose() {
    _code.dispose();
    super.dispose();
  }

  Future<void> _checkIn() async {
    setState(() {
      _busy = true;
      _error = null;
    });
    final CheckInResult result;
    try {
      result = await widget.api.checkIn(_code.text.trim());
    } on VolunteerApiException catch (e) {
      setState(() {
        _busy = false;
        _error = e.message;
      });
      return;
    }
    if (!mounted) return;
    // geri dönülmesin, yığını temizleyip StationHomePage'e geç
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Sandık girişi')),
      body: Padding(
        padding: const EdgeInsets.all(24),
        child: Column(
          children: [
            TextField(
              controller: _code,
              textCapitalization: TextCapitalization.characters,
              decoration: InputDecoration(labelText: 'Görev kodu', errorText: _error),
            ),
            const SizedBox(height: 16),
            FilledButton(
              onPressed: _busy ? null : _checkIn,
              child: const Text('Göreve başla'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
Navigator.of(context).pushAndRemoveUntil(
  MaterialPageRoute<void>(builder: (_) => StationHomePage(assignment: result)),
  (route) => false,
);
""",
    ["pushAndRemoveUntil", "StationHomePage", "result", "false"],
    must_not=["pushReplacement", "Navigator.pop", "popUntil"],
    checks=["call MaterialPageRoute | CupertinoPageRoute | PageRouteBuilder > StationHomePage"],
)


# ================================================================ callback

# Order of the sort keys: boxNumber first; within a box the chair (isChair) first; then lastName.
row(
    "dart_language",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/volunteer.dart';

class StationVolunteersList extends StatelessWidget {
  const StationVolunteersList({super.key, required this.volunteers, required this.onCall});

  final List<Volunteer> volunteers;
  final ValueChanged<Volunteer> onCall;

  @override
  Widget build(BuildContext context) {
    final sorted = [...volunteers]
      ..sort((a, b) {
        // once sandik no'ya gore, ayni sandikta once baskan (isChair), sonra soyadi
      });
    return ListView.builder(
      itemCount: sorted.length,
      itemBuilder: (context, index) {
        final volunteer = sorted[index];
        final startsBox = index == 0 || sorted[index - 1].boxNumber != volunteer.boxNumber;
        return Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            if (startsBox)
              Padding(
                padding: const EdgeInsets.fromLTRB(16, 16, 16, 4),
                child: Text('Sandık ${volunteer.boxNumber}', style: Theme.of(context).textTheme.titleSmall),
              ),
            ListTile(
              leading: Icon(volunteer.isChair ? Icons.star : Icons.person_outline),
              title: Text('${volunteer.lastName}, ${volunteer.firstName}'),
              subtitle: Text(volunteer.role.label),
              trailing: IconButton(
                icon: const Icon(Icons.call_outlined),
                tooltip: 'Ara',
                onPressed: () => onCall(volunteer),
              ),
            ),
          ],
        );
      },
    );
  }
}
""",
    r"""
final byBox = a.boxNumber.compareTo(b.boxNumber);
if (byBox != 0) return byBox;
if (a.isChair != b.isChair) return a.isChair ? -1 : 1;
return a.lastName.compareTo(b.lastName);
""",
    ["boxNumber", "isChair", "lastName", "compareTo | Comparable.compare", "return"],
    must_not=["firstName"],
)

# Condition: setState on every event; the snackbar and cancelling _stageSub only when stage == OrderStage.ready.
row(
    "async",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/order_stage.dart';
import '../models/print_order.dart';
import '../services/order_tracking_service.dart';
import '../widgets/stage_timeline.dart';

class OrderTrackingPage extends StatefulWidget {
  const OrderTrackingPage({super.key, required this.order, required this.tracking});

  final PrintOrder order;
  final OrderTrackingService tracking;

  @override
  State<OrderTrackingPage> createState() => _OrderTrackingPageState();
}

class _OrderTrackingPageState extends State<OrderTrackingPage> {
  late OrderStage _stage = widget.order.stage;
  StreamSubscription<OrderStage>? _stageSub;

  @override
  void initState() {
    super.initState();
    _stageSub = widget.tracking.watchStage(widget.order.id).listen((stage) {
      // aşamayı güncelle; ready gelince 'Siparişiniz hazır' snackbar'ı göster ve dinlemeyi bırak
    });
  }

  @override
  void dispose() {
    _stageSub?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('Sipariş #${widget.order.number}')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          Text(widget.order.productName, style: Theme.of(context).textTheme.titleLarge),
          const SizedBox(height: 4),
          Text('${widget.order.quantity} adet · ${widget.order.paperName}'),
          const SizedBox(height: 24),
          StageTimeline(current: _stage),
        ],
      ),
    );
  }
}
""",
    r"""
setState(() => _stage = stage);
if (stage == OrderStage.ready) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Siparişiniz hazır')),
  );
  _stageSub?.cancel();
}
""",
    ["setState", "_stage", "OrderStage.ready", "ScaffoldMessenger", "_stageSub"],
    must_not=["OrderStage.delivered"],
    checks=["call SnackBar", "literal 'Siparişiniz hazır'", "call .cancel"],
)

row(
    "widgets_layout",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/proof.dart';

/// Page-by-page preview of a print proof the customer approves or sends back for changes.
class ProofViewer extends StatefulWidget {
  const ProofViewer({super.key, required this.proof, required this.onApprove, required this.onRequestChanges});

  final Proof proof;
  final VoidCallback onApprove;
  final VoidCallback onRequestChanges;

  @override
  State<ProofViewer> createState() => _ProofViewerState();
}

class _ProofViewerState extends State<ProofViewer> {
  final _pages = PageController();
  int _current = 0;

  @override
  void dispose() {
    _pages.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final pageUrls = widget.proof.pageImageUrls;
    return Scaffold(
      backgroundColor: Colors.grey.shade300,
      appBar: AppBar(title: Text('Prova · ${_current + 1}/${pageUrls.length}')),
      body: PageView.builder(
        controller: _pages,
        itemCount: pageUrls.length,
        onPageChanged: (index) => setState(() => _current = index),
        itemBuilder: (context, index) {
          // sayfayı A4 oranında (210/297) ortala; çevresinde 24 boşluk, beyaz zemin, hafif gölge
        },
      ),
      bottomNavigationBar: SafeArea(
        child: Padding(
          padding: const EdgeInsets.all(12),
          child: Row(
            children: [
              Expanded(
                child: OutlinedButton(onPressed: widget.onRequestChanges, child: const Text('Düzeltme iste')),
              ),
              const SizedBox(width: 12),
              Expanded(
                child: FilledButton(onPressed: widget.onApprove, child: const Text('Onayla')),
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
return Padding(
  padding: const EdgeInsets.all(24),
  child: Center(
    child: AspectRatio(
      aspectRatio: 210 / 297,
      child: DecoratedBox(
        decoration: const BoxDecoration(
          color: Colors.white,
          boxShadow: [BoxShadow(color: Colors.black26, blurRadius: 8, offset: Offset(0, 2))],
        ),
        child: Image.network(pageUrls[index], fit: BoxFit.contain),
      ),
    ),
  ),
);
""",
    [
        "return",
        "AspectRatio",
        "Center | Align",
        "pageUrls[index] | pageUrls.elementAt",
        "white",
        "boxShadow | BoxShadow | elevation | Card | PhysicalModel",
    ],
    must_not=["FittedBox"],
    checks=[
        "call AspectRatio(aspectRatio: 210 | 297 | 0.707 | 0.7071 | 1.414 | 1.4142)",
        "call EdgeInsets.all | EdgeInsets.symmetric | EdgeInsets.fromLTRB | EdgeInsets.only > 24",
    ],
)

# Order: remove the line (in setState) first, then show the snackbar; its 'Geri al' inserts the line back
# at the same index.
row(
    "state",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/cart_line.dart';

class CartPage extends StatefulWidget {
  const CartPage({super.key, required this.initialLines, required this.onCheckout});

  final List<CartLine> initialLines;
  final ValueChanged<List<CartLine>> onCheckout;

  @override
  State<CartPage> createState() => _CartPageState();
}

class _CartPageState extends State<CartPage> {
  late final List<CartLine> _lines = [...widget.initialLines];
  final _price = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');

  double get _total => _lines.fold(0, (sum, line) => sum + line.total);

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Sepet')),
      body: ListView.builder(
        itemCount: _lines.length,
        itemBuilder: (context, index) {
          final line = _lines[index];
          return Dismissible(
            key: ValueKey(line.id),
            direction: DismissDirection.endToStart,
            background: Container(
              color: Theme.of(context).colorScheme.errorContainer,
              alignment: Alignment.centerRight,
              padding: const EdgeInsets.symmetric(horizontal: 24),
              child: const Icon(Icons.delete_outline),
            ),
            onDismissed: (_) {
              // kalemi sil, snackbar'daki 'Geri al' aynı sıraya geri koysun
            },
            child: ListTile(
              title: Text(line.productName),
              subtitle: Text('${line.quantity} adet · ${line.paperName}'),
              trailing: Text(_price.format(line.total)),
            ),
          );
        },
      ),
      bottomNavigationBar: SafeArea(
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: FilledButton(
            onPressed: _lines.isEmpty ? null : () => widget.onCheckout(List.of(_lines)),
            child: Text('Siparişi ver · ${_price.format(_total)}'),
          ),
        ),
      ),
    );
  }
}
""",
    r"""
setState(() => _lines.removeAt(index));
ScaffoldMessenger.of(context)
  ..hideCurrentSnackBar()
  ..showSnackBar(
    SnackBar(
      content: Text('${line.productName} sepetten çıkarıldı'),
      action: SnackBarAction(
        label: 'Geri al',
        onPressed: () => setState(() => _lines.insert(index, line)),
      ),
    ),
  );
""",
    ["setState", "_lines.removeAt | _lines.remove | _lines.removeWhere", "SnackBarAction", "_lines.insert"],
    must_not=["_lines.add(", "_lines.clear"],
    checks=["call SnackBarAction(label: 'Geri al')", "call SnackBarAction(onPressed: setState)"],
)


# ================================================================ class_body

# Condition: delivered stays delivered (no wrap-around to received); every other stage gives the following one.
row(
    "dart_language",
    "class_body",
    r"""
import 'package:flutter/material.dart';

/// Production stages of a print order, in the order the shop goes through them.
enum OrderStage {
  received('Alındı', Icons.inbox_outlined),
  proofing('Prova onayında', Icons.fact_check_outlined),
  printing('Baskıda', Icons.print_outlined),
  finishing('Kesim ve cilt', Icons.content_cut),
  ready('Teslime hazır', Icons.inventory_2_outlined),
  delivered('Teslim edildi', Icons.check_circle_outline);

  const OrderStage(this.label, this.icon);

  final String label;
  final IconData icon;

  bool get isFinal => this == delivered;

  // next getter: bir sonraki aşama, delivered'dan sonra yine delivered kalsın
}

class StageAdvanceButton extends StatelessWidget {
  const StageAdvanceButton({super.key, required this.stage, required this.onAdvance});

  final OrderStage stage;
  final ValueChanged<OrderStage> onAdvance;

  @override
  Widget build(BuildContext context) {
    if (stage.isFinal) {
      return const Chip(avatar: Icon(Icons.check), label: Text('Tamamlandı'));
    }
    return FilledButton.icon(
      onPressed: () => onAdvance(stage.next),
      icon: Icon(stage.next.icon),
      label: Text('${stage.next.label} olarak işaretle'),
    );
  }
}
""",
    r"""
OrderStage get next => isFinal ? this : OrderStage.values[index + 1];
""",
    ["next", "values | switch", "isFinal | delivered | length | last"],
    must_not=["values.first", "%"],
)

# Condition: while time is left, yield it once a minute; when it is <= 0, yield Duration.zero once, then end.
row(
    "async",
    "class_body",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

/// Election day timeline shared by every screen of the volunteer app.
class ElectionDayClock {
  ElectionDayClock({required this.pollsOpenAt, required this.pollsCloseAt});

  final DateTime pollsOpenAt;
  final DateTime pollsCloseAt;

  bool get isVotingOpen {
    final now = DateTime.now();
    return !now.isBefore(pollsOpenAt) && now.isBefore(pollsCloseAt);
  }

  // remainingUntilClose(): sandıklar kapanana kadar dakikada bir kalan süreyi yayan stream; kapanınca Duration.zero verip bitsin
}

class ClosingCountdown extends StatefulWidget {
  const ClosingCountdown({super.key, required this.clock});

  final ElectionDayClock clock;

  @override
  State<ClosingCountdown> createState() => _ClosingCountdownState();
}

class _ClosingCountdownState extends State<ClosingCountdown> {
  late final Stream<Duration> _remaining = widget.clock.remainingUntilClose();

  @override
  Widget build(BuildContext context) {
    return StreamBuilder<Duration>(
      stream: _remaining,
      builder: (context, snapshot) {
        final left = snapshot.data;
        if (left == null) return const SizedBox.shrink();
        if (left == Duration.zero) {
          return const Chip(avatar: Icon(Icons.lock_clock), label: Text('Sandıklar kapandı'));
        }
        return Chip(
          avatar: const Icon(Icons.timer_outlined),
          label: Text('Kapanışa ${left.inHours} sa ${left.inMinutes.remainder(60)} dk'),
        );
      },
    );
  }
}
""",
    r"""
Stream<Duration> remainingUntilClose() async* {
  while (true) {
    final left = pollsCloseAt.difference(DateTime.now());
    if (left <= Duration.zero) {
      yield Duration.zero;
      return;
    }
    yield left;
    await Future<void>.delayed(const Duration(minutes: 1));
  }
}
""",
    ["remainingUntilClose", "Stream", "pollsCloseAt", "DateTime.now", "Duration.zero | Duration()"],
    must_not=["pollsOpenAt"],
    checks=["call Duration(minutes: 1)"],
)

# Conditions: not signed in and not on /login -> '/login'; signed in and on /login -> '/orders'; otherwise null.
row(
    "navigation",
    "class_body",
    r"""
import 'package:flutter/widgets.dart';
import 'package:go_router/go_router.dart';

import '../screens/login_screen.dart';
import '../screens/order_detail_screen.dart';
import '../screens/orders_screen.dart';
import '../services/auth_service.dart';

/// Routes of the print-shop customer app; a sign-in or sign-out re-runs the redirect.
class PrintShopRouter {
  PrintShopRouter(this._auth);

  final AuthService _auth;

  late final GoRouter router = GoRouter(
    initialLocation: '/orders',
    refreshListenable: _auth,
    redirect: _redirect,
    routes: [
      GoRoute(path: '/login', builder: (context, state) => const LoginScreen()),
      GoRoute(
        path: '/orders',
        builder: (context, state) => const OrdersScreen(),
        routes: [
          GoRoute(
            path: ':orderId',
            builder: (context, state) => OrderDetailScreen(orderId: state.pathParameters['orderId']!),
          ),
        ],
      ),
    ],
  );

  // _redirect: _auth.isSignedIn degilse /login'e, girisliyken /login acilirsa /orders'a gonder
}
""",
    r"""
String? _redirect(BuildContext context, GoRouterState state) {
  final onLogin = state.matchedLocation == '/login';
  if (!_auth.isSignedIn) return onLogin ? null : '/login';
  if (onLogin) return '/orders';
  return null;
}
""",
    [
        "_redirect",
        "GoRouterState",
        "_auth.isSignedIn",
        "matchedLocation | uri.path | fullPath | uri.toString | location | topRoute",
        "null",
    ],
    must_not=["context.go", "GoRouter.of"],
    checks=["literal '/login'", "literal '/orders'"],
)

# Condition: volunteer not found in fromBox -> return false, nothing changed; otherwise remove from fromBox,
# add to toBox, notify listeners, return true.
row(
    "state",
    "class_body",
    r"""
import 'package:flutter/foundation.dart';

import '../models/volunteer.dart';

/// Who is on duty at which ballot box of the station, edited by the station coordinator.
class ShiftRoster extends ChangeNotifier {
  ShiftRoster(Map<int, List<Volunteer>> initial)
      : _byBox = {for (final entry in initial.entries) entry.key: [...entry.value]};

  final Map<int, List<Volunteer>> _byBox;

  List<int> get boxNumbers => _byBox.keys.toList()..sort();

  List<Volunteer> volunteersAt(int boxNumber) => List.unmodifiable(_byBox[boxNumber] ?? const <Volunteer>[]);

  bool isUnderstaffed(int boxNumber, {int minimum = 2}) => (_byBox[boxNumber]?.length ?? 0) < minimum;

  void assign(Volunteer volunteer, int boxNumber) {
    _byBox.putIfAbsent(boxNumber, () => []).add(volunteer);
    notifyListeners();
  }

  void release(String volunteerId) {
    for (final list in _byBox.values) {
      list.removeWhere((v) => v.id == volunteerId);
    }
    notifyListeners();
  }

  // moveVolunteer(volunteerId, fromBox, toBox): eskisinden çıkarıp yenisine ekle, dinleyenleri uyar; bulunamazsa false dön
}
""",
    r"""
bool moveVolunteer(String volunteerId, int fromBox, int toBox) {
  final from = _byBox[fromBox];
  final index = from?.indexWhere((v) => v.id == volunteerId) ?? -1;
  if (from == null || index < 0) return false;
  final volunteer = from.removeAt(index);
  _byBox.putIfAbsent(toBox, () => []).add(volunteer);
  notifyListeners();
  return true;
}
""",
    [
        "moveVolunteer",
        "_byBox",
        "removeAt | remove | removeWhere",
        "add | assign | putIfAbsent",
        "notifyListeners | assign",
        "false",
    ],
    must_not=["release("],
)


# ================================================================ element

# Condition: the tiles only when volunteer.isCoordinator.
row(
    "dart_language",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/ballot_box.dart';
import '../models/volunteer.dart';
import '../widgets/box_tile.dart';

class VolunteerProfilePage extends StatelessWidget {
  const VolunteerProfilePage({super.key, required this.volunteer, required this.boxes});

  final Volunteer volunteer;

  /// Every ballot box of the volunteer's polling station.
  final List<BallotBox> boxes;

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    return Scaffold(
      appBar: AppBar(title: Text(volunteer.fullName)),
      body: ListView(
        padding: const EdgeInsets.symmetric(vertical: 8),
        children: [
          ListTile(
            leading: const Icon(Icons.badge_outlined),
            title: Text(volunteer.role.label),
            subtitle: Text(volunteer.phone),
          ),
          ListTile(
            leading: const Icon(Icons.school_outlined),
            title: Text(volunteer.stationName),
            subtitle: Text('Sandık ${volunteer.boxNumber}'),
          ),
          const Divider(),
          if (volunteer.isCoordinator)
            Padding(
              padding: const EdgeInsets.fromLTRB(16, 8, 16, 8),
              child: Text('Koordine ettiği sandıklar', style: textTheme.titleSmall),
            ),
          // koordinatörse boxes içinden coordinatorId'si kendi id'si olanları BoxTile olarak ekle
        ],
      ),
    );
  }
}
""",
    r"""
if (volunteer.isCoordinator)
  for (final box in boxes.where((b) => b.coordinatorId == volunteer.id)) BoxTile(box: box),
""",
    ["isCoordinator", "boxes", "coordinatorId", "volunteer.id", "BoxTile"],
    checks=["call BoxTile"],
)

row(
    "widgets_layout",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/polling_station.dart';

class StationCard extends StatelessWidget {
  const StationCard({super.key, required this.station, required this.onTap});

  final PollingStation station;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    final done = station.reportedBoxes == station.boxCount;
    return Card(
      clipBehavior: Clip.antiAlias,
      child: InkWell(
        onTap: onTap,
        child: Padding(
          padding: const EdgeInsets.all(12),
          child: Column(
            crossAxisAlignment: CrossAxisAlignment.start,
            children: [
              // solda okul adı (schoolName) tek satır, sığmazsa ... ile kesilsin; sağda '12 sandık' gibi sandık sayısı
              const SizedBox(height: 4),
              Text(station.district, style: theme.textTheme.bodySmall),
              const SizedBox(height: 8),
              LinearProgressIndicator(
                value: station.boxCount == 0 ? 0 : station.reportedBoxes / station.boxCount,
                color: done ? Colors.green : null,
              ),
              const SizedBox(height: 4),
              Text(
                '${station.reportedBoxes}/${station.boxCount} tutanak geldi',
                style: theme.textTheme.labelSmall,
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
Row(
  children: [
    Expanded(
      child: Text(
        station.schoolName,
        maxLines: 1,
        overflow: TextOverflow.ellipsis,
        style: theme.textTheme.titleMedium,
      ),
    ),
    const SizedBox(width: 8),
    Text('${station.boxCount} sandık', style: theme.textTheme.labelLarge),
  ],
),
""",
    ["Row", "Expanded | Flexible", "TextOverflow.ellipsis", "schoolName", "boxCount"],
    must_not=["softWrap: true", "TextOverflow.fade"],
    checks=["call Row > Expanded | Flexible", "literal 'sandık'"],
)

row(
    "navigation",
    "element",
    r"""
import 'package:go_router/go_router.dart';

import 'screens/ballot_box_page.dart';
import 'screens/broadcasts_page.dart';
import 'screens/home_page.dart';
import 'screens/incident_list_page.dart';
import 'screens/not_found_page.dart';
import 'screens/station_page.dart';

final electionRouter = GoRouter(
  errorBuilder: (context, state) => NotFoundPage(location: state.uri.toString()),
  routes: [
    GoRoute(
      path: '/',
      builder: (context, state) => const HomePage(),
      routes: [
        GoRoute(
          path: 'broadcasts',
          builder: (context, state) => const BroadcastsPage(),
        ),
        GoRoute(
          path: 'stations/:stationId',
          builder: (context, state) => StationPage(stationId: state.pathParameters['stationId']!),
          routes: [
            // boxes/:boxNo alt rotası: BallotBoxPage'e stationId ve int'e çevrilmiş sandık no
            GoRoute(
              path: 'incidents',
              builder: (context, state) => IncidentListPage(
                stationId: state.pathParameters['stationId']!,
                openOnly: state.uri.queryParameters['open'] == '1',
              ),
            ),
          ],
        ),
      ],
    ),
  ],
);
""",
    r"""
GoRoute(
  path: 'boxes/:boxNo',
  builder: (context, state) => BallotBoxPage(
    stationId: state.pathParameters['stationId']!,
    boxNumber: int.parse(state.pathParameters['boxNo']!),
  ),
),
""",
    ["GoRoute", "pathParameters", "BallotBoxPage", "int.parse | int.tryParse"],
    must_not=["queryParameters", "extra"],
    checks=["call GoRoute(path: 'boxes/:boxNo')", "literal 'stationId'", "call int.parse | int.tryParse"],
)

# Condition: the model is created once (create) and update reuses the previous instance. Not expressible here:
# an update that builds a new BoxListModel each time passes these requirements (tried).
row(
    "state",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import 'app_router.dart';
import 'services/box_api.dart';
import 'services/session.dart';
import 'state/box_list_model.dart';
import 'state/district_selection.dart';
import 'state/shift_roster.dart';

class ElectionApp extends StatelessWidget {
  const ElectionApp({super.key, required this.session, required this.boxApi});

  final Session session;
  final BoxApi boxApi;

  @override
  Widget build(BuildContext context) {
    return MultiProvider(
      providers: [
        ChangeNotifierProvider<Session>.value(value: session),
        Provider<BoxApi>.value(value: boxApi),
        ChangeNotifierProvider(create: (_) => DistrictSelection(session.homeDistrictId)),
        // BoxListModel(boxApi) bir kez kurulsun; DistrictSelection'ın districtId'si değişince showDistrict ile haber alsın
        ChangeNotifierProvider(create: (_) => ShiftRoster(const {})),
      ],
      child: MaterialApp.router(
        title: 'Sandık Gönüllüleri',
        theme: ThemeData(colorSchemeSeed: const Color(0xFF1565C0)),
        routerConfig: appRouter,
      ),
    );
  }
}
""",
    r"""
ChangeNotifierProxyProvider<DistrictSelection, BoxListModel>(
  create: (_) => BoxListModel(boxApi),
  update: (_, district, boxes) => boxes!..showDistrict(district.districtId),
),
""",
    ["ChangeNotifierProxyProvider", "DistrictSelection", "BoxListModel", "showDistrict", "districtId"],
    must_not=["ChangeNotifierProvider.value"],
    checks=["call ChangeNotifierProxyProvider(create, update)", "call ChangeNotifierProxyProvider > BoxListModel"],
)


# ================================================================ argument

# Condition: _lastQuote not null -> return it; null -> throw TimeoutException.
row(
    "async",
    "argument",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/print_spec.dart';
import '../models/quote.dart';
import '../services/pricing_api.dart';
import '../widgets/quote_card.dart';

class QuotePanel extends StatefulWidget {
  const QuotePanel({super.key, required this.spec, required this.api});

  final PrintSpec spec;
  final PricingApi api;

  @override
  State<QuotePanel> createState() => _QuotePanelState();
}

class _QuotePanelState extends State<QuotePanel> {
  Quote? _lastQuote;
  late Future<Quote> _quote = _fetch();

  Future<Quote> _fetch() async {
    final quote = await widget.api.quote(widget.spec).timeout(
          const Duration(seconds: 15),
          // cevap gelmezse son teklifi kullan, o da yoksa TimeoutException fırlat
        );
    _lastQuote = quote;
    return quote;
  }

  @override
  void didUpdateWidget(QuotePanel oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (oldWidget.spec != widget.spec) {
      setState(() => _quote = _fetch());
    }
  }

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<Quote>(
      future: _quote,
      builder: (context, snapshot) {
        if (snapshot.hasError) {
          return ListTile(
            leading: const Icon(Icons.wifi_off),
            title: const Text('Fiyat alınamadı'),
            trailing: TextButton(
              onPressed: () => setState(() => _quote = _fetch()),
              child: const Text('Tekrar dene'),
            ),
          );
        }
        final quote = snapshot.data;
        if (quote == null) return const LinearProgressIndicator();
        return QuoteCard(quote: quote);
      },
    );
  }
}
""",
    r"""
onTimeout: () {
  final last = _lastQuote;
  if (last == null) throw TimeoutException('Fiyat teklifi zaman aşımına uğradı');
  return last;
},
""",
    ["onTimeout", "_lastQuote", "TimeoutException"],
    must_not=["catchError"],
    checks=["call TimeoutException"],
)

row(
    "widgets_layout",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/cart_line.dart';
import '../models/paper_stock.dart';
import '../models/product.dart';

class ProductConfigPage extends StatefulWidget {
  const ProductConfigPage({super.key, required this.product, required this.onAddToCart});

  final Product product;
  final ValueChanged<CartLine> onAddToCart;

  @override
  State<ProductConfigPage> createState() => _ProductConfigPageState();
}

class _ProductConfigPageState extends State<ProductConfigPage> {
  late PaperStock _paper = widget.product.papers.first;
  int _quantity = 500;
  bool _laminated = false;

  void _addToCart() {
    widget.onAddToCart(
      CartLine.create(product: widget.product, paper: _paper, quantity: _quantity, laminated: _laminated),
    );
    Navigator.of(context).pop();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.product.name)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          Text('Kağıt', style: Theme.of(context).textTheme.titleSmall),
          Wrap(
            spacing: 8,
            children: [
              for (final paper in widget.product.papers)
                ChoiceChip(
                  label: Text(paper.label),
                  selected: paper == _paper,
                  onSelected: (_) => setState(() => _paper = paper),
                ),
            ],
          ),
          const SizedBox(height: 16),
          SegmentedButton<int>(
            segments: const [
              ButtonSegment(value: 250, label: Text('250')),
              ButtonSegment(value: 500, label: Text('500')),
              ButtonSegment(value: 1000, label: Text('1000')),
            ],
            selected: {_quantity},
            onSelectionChanged: (values) => setState(() => _quantity = values.first),
          ),
          SwitchListTile(
            title: const Text('Selefon (laminasyon)'),
            value: _laminated,
            onChanged: (value) => setState(() => _laminated = value),
          ),
        ],
      ),
      // altta sabit 'Sepete ekle' butonu, kenarlardan 16 bosluk
    );
  }
}
""",
    r"""
bottomNavigationBar: SafeArea(
  child: Padding(
    padding: const EdgeInsets.all(16),
    child: FilledButton(onPressed: _addToCart, child: const Text('Sepete ekle')),
  ),
),
""",
    [
        "bottomNavigationBar | persistentFooterButtons | bottomSheet",
        "_addToCart",
        "FilledButton | ElevatedButton | OutlinedButton | TextButton",
    ],
    must_not=["floatingActionButton"],
    checks=[
        "literal 'Sepete ekle'",
        "call EdgeInsets.all | EdgeInsets.symmetric | EdgeInsets.fromLTRB | EdgeInsets.only > 16",
    ],
)

# Order: await the pushed page's result, then refresh; condition: _refresh only when the result is true.
row(
    "navigation",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import '../models/print_order.dart';
import '../services/order_repository.dart';

class OrdersScreen extends StatefulWidget {
  const OrdersScreen({super.key, required this.repository});

  final OrderRepository repository;

  @override
  State<OrdersScreen> createState() => _OrdersScreenState();
}

class _OrdersScreenState extends State<OrdersScreen> {
  late Future<List<PrintOrder>> _orders = widget.repository.fetchMine();

  void _refresh() {
    setState(() => _orders = widget.repository.fetchMine());
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Siparişlerim')),
      body: FutureBuilder<List<PrintOrder>>(
        future: _orders,
        builder: (context, snapshot) {
          final orders = snapshot.data;
          if (orders == null) return const Center(child: CircularProgressIndicator());
          return ListView.separated(
            itemCount: orders.length,
            separatorBuilder: (context, index) => const Divider(height: 1),
            itemBuilder: (context, index) {
              final order = orders[index];
              return ListTile(
                leading: Icon(order.stage.icon),
                title: Text('#${order.number} · ${order.productName}'),
                subtitle: Text(order.stage.label),
                trailing: order.awaitsProofApproval ? const Badge(label: Text('Prova')) : null,
                // dokununca /orders/<id>/proof sayfasini ac, true donerse listeyi yenile
              );
            },
          );
        },
      ),
    );
  }
}
""",
    r"""
onTap: () async {
  final approved = await context.push<bool>('/orders/${order.id}/proof');
  if (approved == true) _refresh();
},
""",
    [
        "onTap",
        "await | then",
        "context.push | GoRouter.of | context.pushNamed",
        "order.id",
        "_refresh",
        "true | ?? false",
    ],
    must_not=["context.go", "Navigator.pop"],
    checks=["literal 'proof'"],
)

# Order: build OrderDraft, then call restore() on it.
row(
    "state",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../services/draft_storage.dart';
import '../state/order_draft.dart';
import 'order_steps/file_step.dart';
import 'order_steps/options_step.dart';
import 'order_steps/summary_step.dart';

/// New print order wizard: file upload, options, summary. The draft lives only while the wizard is open.
class NewOrderFlow extends StatelessWidget {
  const NewOrderFlow({super.key, required this.productId, required this.storage});

  final String productId;
  final DraftStorage storage;

  @override
  Widget build(BuildContext context) {
    return ChangeNotifierProvider<OrderDraft>(
      // OrderDraft(productId, storage) kur, kayitli taslagi restore() ile geri yuklesin
      child: DefaultTabController(
        length: 3,
        child: Scaffold(
          appBar: AppBar(
            title: const Text('Yeni sipariş'),
            bottom: const TabBar(
              tabs: [Tab(text: 'Dosya'), Tab(text: 'Seçenekler'), Tab(text: 'Özet')],
            ),
          ),
          body: const TabBarView(
            children: [FileStep(), OptionsStep(), SummaryStep()],
          ),
        ),
      ),
    );
  }
}
""",
    r"""
create: (_) => OrderDraft(productId, storage)..restore(),
""",
    ["create", "OrderDraft", "productId", "storage", "restore"],
    must_not=["value:", "ChangeNotifierProvider.value"],
    checks=["call OrderDraft"],
)


if __name__ == "__main__":
    ROWS.write()
