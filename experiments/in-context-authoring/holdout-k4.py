# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 11 (holdout-k4): 10 hand-written rows, 2 per position
(statements, callback, class_body, element, argument), topics lists, forms, navigation, dialogs, async
(2 each, spread over the positions: lists statements/element, forms class_body/argument, navigation
callback/element, dialogs statements/argument, async callback/class_body); app domains a pottery-class booking
app (wheel and hand-building sessions with seats left, bookings with guests, the studio's bottom-navigation
shell, the kiln queue of a member's pieces, glazes with prices, kiln status polling) and a community choir
rehearsal app (singers and voice parts, roster grouped by part, audition sign-up form, go_router routes with
scores, practice tracks of each part downloaded for offline rehearsal).

Run: .venv/bin/python experiments/in-context-authoring/holdout-k4.py  -> data/in_context/drafts/holdout-k4.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-k4", "holdk4")
row = ROWS.row


# ================================================================ statements

# Two asked parts: group the singers by voice part (a Map, as the return type says), each group sorted by last
# name. Sorting first and grouping after is as correct, so no order between them.
row(
    "lists",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/singer.dart';
import '../models/voice_part.dart';
import '../services/roster_service.dart';
import '../widgets/singer_tile.dart';

class RosterPage extends StatefulWidget {
  const RosterPage({super.key, required this.roster});

  final RosterService roster;

  @override
  State<RosterPage> createState() => _RosterPageState();
}

class _RosterPageState extends State<RosterPage> {
  late Future<List<Singer>> _singers = widget.roster.fetchSingers();

  Map<VoicePart, List<Singer>> _groupByPart(List<Singer> singers) {
    // partilere göre grupla, her grup soyadına göre sıralı
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Koro üyeleri')),
      body: FutureBuilder<List<Singer>>(
        future: _singers,
        builder: (context, snapshot) {
          final singers = snapshot.data;
          if (singers == null) return const Center(child: CircularProgressIndicator());
          final groups = _groupByPart(singers);
          return RefreshIndicator(
            onRefresh: () async {
              setState(() => _singers = widget.roster.fetchSingers());
              await _singers;
            },
            child: ListView(
              children: [
                for (final entry in groups.entries) ...[
                  ListTile(
                    title: Text(entry.key.label, style: Theme.of(context).textTheme.titleMedium),
                    trailing: Text('${entry.value.length} kişi'),
                  ),
                  for (final singer in entry.value) SingerTile(singer: singer),
                ],
              ],
            ),
          );
        },
      ),
    );
  }
}
""",
    r"""
final groups = <VoicePart, List<Singer>>{};
for (final singer in singers) {
  groups.putIfAbsent(singer.voicePart, () => []).add(singer);
}
for (final members in groups.values) {
  members.sort((a, b) => a.lastName.compareTo(b.lastName));
}
return groups;
""",
    ["voicePart", "lastName", "sort | sorted | sortBy | sortedBy"],
    must_not=["firstName"],
)

# Condition: moveToPart (and the screen update) only when a part was picked (the dialog can be dismissed).
row(
    "dialogs",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/singer.dart';
import '../models/voice_part.dart';
import '../services/roster_service.dart';

class SingerDetailPage extends StatefulWidget {
  const SingerDetailPage({super.key, required this.singer, required this.roster});

  final Singer singer;
  final RosterService roster;

  @override
  State<SingerDetailPage> createState() => _SingerDetailPageState();
}

class _SingerDetailPageState extends State<SingerDetailPage> {
  late Singer _singer = widget.singer;

  Future<void> _changePart() async {
    // yeni partiyi SimpleDialog ile sectir, secim yapilirsa moveToPart ile kaydet ve ekrani guncelle
  }

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Scaffold(
      appBar: AppBar(title: Text(_singer.fullName)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          ListTile(
            leading: const Icon(Icons.record_voice_over_outlined),
            title: const Text('Ses partisi'),
            subtitle: Text(_singer.voicePart.label),
            trailing: const Icon(Icons.edit_outlined),
            onTap: _changePart,
          ),
          ListTile(
            leading: const Icon(Icons.phone_outlined),
            title: const Text('Telefon'),
            subtitle: Text(_singer.phone),
          ),
          ListTile(
            leading: const Icon(Icons.event_available_outlined),
            title: const Text('Bu dönem katılım'),
            subtitle: Text('%${(_singer.attendanceRate * 100).round()}'),
          ),
          const SizedBox(height: 12),
          Text('Notlar', style: theme.textTheme.titleSmall),
          const SizedBox(height: 4),
          Text(_singer.notes.isEmpty ? '-' : _singer.notes),
        ],
      ),
    );
  }
}
""",
    r"""
final part = await showDialog<VoicePart>(
  context: context,
  builder: (context) => SimpleDialog(
    title: const Text('Ses partisi seç'),
    children: [
      for (final option in VoicePart.values)
        SimpleDialogOption(
          onPressed: () => Navigator.pop(context, option),
          child: Text(option.label),
        ),
    ],
  ),
);
if (part == null || part == _singer.voicePart) return;
await widget.roster.moveToPart(_singer.id, part);
if (!mounted) return;
setState(() => _singer = _singer.copyWith(voicePart: part));
""",
    ["showDialog", "SimpleDialog", "SimpleDialogOption", "VoicePart", ".pop", "moveToPart", "setState"],
    must_not=["AlertDialog", "showModalBottomSheet"],
    checks=[
        "call showDialog > SimpleDialog",
        "call SimpleDialogOption(onPressed)",
        "when != null > moveToPart",
    ],
)


# ================================================================ callback

# One statement in the bar's callback: go to the branch; tapping the tab already open goes back to its first page.
row(
    "navigation",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import '../services/booking_service.dart';

/// Bottom-navigation shell of the pottery studio app: sessions, my bookings, my pieces, profile.
class StudioShell extends StatelessWidget {
  const StudioShell({super.key, required this.navigationShell, required this.bookings});

  final StatefulNavigationShell navigationShell;
  final BookingService bookings;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: navigationShell,
      bottomNavigationBar: StreamBuilder<int>(
        stream: bookings.watchUpcomingCount(),
        builder: (context, snapshot) {
          final upcoming = snapshot.data ?? 0;
          return NavigationBar(
            selectedIndex: navigationShell.currentIndex,
            onDestinationSelected: (index) {
              // sekmeye geç, açık sekmeye tekrar basılırsa ilk sayfasına dön
            },
            destinations: [
              const NavigationDestination(
                icon: Icon(Icons.calendar_month_outlined),
                label: 'Seanslar',
              ),
              NavigationDestination(
                icon: Badge(
                  isLabelVisible: upcoming > 0,
                  label: Text('$upcoming'),
                  child: const Icon(Icons.bookmark_border),
                ),
                label: 'Rezervasyonlarım',
              ),
              const NavigationDestination(
                icon: Icon(Icons.emoji_objects_outlined),
                label: 'Eserlerim',
              ),
              const NavigationDestination(
                icon: Icon(Icons.person_outline),
                label: 'Profil',
              ),
            ],
          );
        },
      ),
    );
  }
}
""",
    r"""
navigationShell.goBranch(
  index,
  initialLocation: index == navigationShell.currentIndex,
);
""",
    ["goBranch", "currentIndex", "initialLocation"],
    must_not=[
        "context.go",
        "!= navigationShell.currentIndex | navigationShell.currentIndex !=",
        "initialLocation: false",
    ],
    checks=["call .goBranch(initialLocation)"],
)

# Order: lock the button (_downloading) before the download starts, unlock after it; the snackbar on failure.
row(
    "async",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/score.dart';
import '../models/voice_part.dart';

/// Practice-track card on a score page: the rehearsal recording of one voice part, playable offline once downloaded.
class PartTrackCard extends StatefulWidget {
  const PartTrackCard({
    super.key,
    required this.score,
    required this.part,
    required this.downloaded,
    required this.onDownload,
    required this.onPlay,
  });

  final Score score;
  final VoicePart part;
  final bool downloaded;
  final Future<void> Function() onDownload;
  final VoidCallback onPlay;

  @override
  State<PartTrackCard> createState() => _PartTrackCardState();
}

class _PartTrackCardState extends State<PartTrackCard> {
  bool _downloading = false;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: ListTile(
        leading: Icon(widget.downloaded ? Icons.offline_pin : Icons.music_note_outlined),
        title: Text('${widget.part.label} kaydı'),
        subtitle: Text(widget.score.title),
        trailing: widget.downloaded
            ? IconButton(
                tooltip: 'Çal',
                icon: const Icon(Icons.play_arrow),
                onPressed: widget.onPlay,
              )
            : IconButton(
                tooltip: 'İndir',
                icon: _downloading
                    ? const SizedBox.square(dimension: 20, child: CircularProgressIndicator(strokeWidth: 2))
                    : const Icon(Icons.download),
                onPressed: _downloading
                    ? null
                    : () async {
                        // indirirken butonu kilitle, hata olursa 'İndirme başarısız' göster
                      },
              ),
      ),
    );
  }
}
""",
    r"""
setState(() => _downloading = true);
try {
  await widget.onDownload();
} catch (_) {
  if (mounted) {
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('İndirme başarısız')),
    );
  }
} finally {
  if (mounted) setState(() => _downloading = false);
}
""",
    ["_downloading", "onDownload", "try | catchError | onError", "showSnackBar", "false"],
    checks=[
        "literal 'İndirme başarısız'",
        "call .showSnackBar > SnackBar",
        "order _downloading | setState < onDownload < false",
    ],
)


# ================================================================ class_body

# One member: the getter the build method already uses; three asked parts (name not blank, part chosen, rules
# accepted), all required together.
row(
    "forms",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/voice_part.dart';
import '../services/audition_service.dart';

class AuditionFormPage extends StatefulWidget {
  const AuditionFormPage({super.key, required this.auditions});

  final AuditionService auditions;

  @override
  State<AuditionFormPage> createState() => _AuditionFormPageState();
}

class _AuditionFormPageState extends State<AuditionFormPage> {
  final _nameController = TextEditingController();
  final _experienceController = TextEditingController();
  VoicePart? _part;
  bool _acceptedRules = false;
  bool _sending = false;

  // _canSubmit: ad boşluklar hariç doluysa, parti seçildiyse ve kurallar kabul edildiyse true

  @override
  void dispose() {
    _nameController.dispose();
    _experienceController.dispose();
    super.dispose();
  }

  Future<void> _submit() async {
    setState(() => _sending = true);
    await widget.auditions.apply(
      name: _nameController.text.trim(),
      part: _part!,
      experience: _experienceController.text.trim(),
    );
    if (!mounted) return;
    Navigator.of(context).pop(true);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Seçmelere başvur')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          TextField(
            controller: _nameController,
            textCapitalization: TextCapitalization.words,
            decoration: const InputDecoration(labelText: 'Ad soyad'),
            onChanged: (_) => setState(() {}),
          ),
          const SizedBox(height: 12),
          DropdownButtonFormField<VoicePart>(
            initialValue: _part,
            decoration: const InputDecoration(labelText: 'Ses partisi'),
            items: [
              for (final part in VoicePart.values) DropdownMenuItem(value: part, child: Text(part.label)),
            ],
            onChanged: (part) => setState(() => _part = part),
          ),
          const SizedBox(height: 12),
          TextField(
            controller: _experienceController,
            maxLines: 3,
            decoration: const InputDecoration(labelText: 'Daha önce söylediğiniz korolar'),
          ),
          CheckboxListTile(
            contentPadding: EdgeInsets.zero,
            value: _acceptedRules,
            onChanged: (value) => setState(() => _acceptedRules = value ?? false),
            title: const Text('Koro kurallarını okudum, kabul ediyorum'),
          ),
          const SizedBox(height: 8),
          FilledButton(
            onPressed: _canSubmit && !_sending ? _submit : null,
            child: const Text('Başvur'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
bool get _canSubmit => _nameController.text.trim().isNotEmpty && _part != null && _acceptedRules;
""",
    ["_canSubmit", "_nameController", "trim", "isNotEmpty | isEmpty | length", "_part", "_acceptedRules"],
    must_not=["!_acceptedRules &&", "_part == null &&"],
)

# Two asked parts: one poll right away (a statement of its own, before or after the timer is made: the same
# behaviour, so no `order`), then every 30 seconds (a Timer the existing dispose cancels).
row(
    "async",
    "class_body",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/kiln_status.dart';
import '../services/kiln_service.dart';

/// Banner on the studio's home page: is the kiln firing, how hot, when the pieces come out.
class KilnStatusBanner extends StatefulWidget {
  const KilnStatusBanner({super.key, required this.kiln});

  final KilnService kiln;

  @override
  State<KilnStatusBanner> createState() => _KilnStatusBannerState();
}

class _KilnStatusBannerState extends State<KilnStatusBanner> {
  Timer? _timer;
  KilnStatus? _status;

  // acilista hemen bir kez, sonra 30 saniyede bir firin durumunu yokla

  Future<void> _poll() async {
    try {
      final status = await widget.kiln.fetchStatus();
      if (mounted) setState(() => _status = status);
    } catch (e) {
      debugPrint('Kiln status failed: $e');
    }
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final status = _status;
    if (status == null) return const LinearProgressIndicator();
    final scheme = Theme.of(context).colorScheme;
    return Card(
      color: status.isFiring ? scheme.tertiaryContainer : scheme.surfaceContainerHigh,
      child: ListTile(
        leading: Icon(status.isFiring ? Icons.local_fire_department : Icons.check_circle_outline),
        title: Text(status.isFiring ? 'Fırın yanıyor' : 'Fırın boş'),
        subtitle: Text(
          status.isFiring
              ? '${status.temperature.round()} °C · ${status.remaining.inHours} saat kaldı'
              : 'Sıradaki pişirim: ${status.nextFiringLabel}',
        ),
      ),
    );
  }
}
""",
    r"""
@override
void initState() {
  super.initState();
  _poll();
  _timer = Timer.periodic(const Duration(seconds: 30), (_) => _poll());
}
""",
    ["initState", "super.initState", "_poll(); | unawaited(_poll())", "_timer"],
    must_not=["Future.delayed"],
    checks=["call Timer.periodic > _poll", "call Duration(seconds: 30)"],
)


# ================================================================ element

# One sliver: a 2-column grid of the waiting pieces (PieceCard), both spacings 12; a box widget such as GridView
# does not belong in slivers.
row(
    "lists",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/clay_piece.dart';
import '../services/kiln_service.dart';
import '../widgets/piece_card.dart';

class MyPiecesPage extends StatelessWidget {
  const MyPiecesPage({super.key, required this.kiln});

  final KilnService kiln;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return StreamBuilder<List<ClayPiece>>(
      stream: kiln.watchMyPieces(),
      builder: (context, snapshot) {
        final pieces = snapshot.data ?? const <ClayPiece>[];
        final waiting = pieces.where((p) => p.stage != FiringStage.done).toList();
        final finished = pieces.length - waiting.length;
        return CustomScrollView(
          slivers: [
            const SliverAppBar.large(title: Text('Eserlerim')),
            SliverToBoxAdapter(
              child: Padding(
                padding: const EdgeInsets.fromLTRB(16, 8, 16, 12),
                child: Text(
                  '${waiting.length} eser fırın sırasında · $finished eser teslime hazır',
                  style: theme.textTheme.bodyMedium,
                ),
              ),
            ),
            // fırın sırasındaki eserler 2 sütunlu ızgarada, aralıklar 12, her biri PieceCard
            if (waiting.isEmpty)
              const SliverFillRemaining(
                hasScrollBody: false,
                child: Center(child: Text('Fırında bekleyen eserin yok')),
              ),
          ],
        );
      },
    );
  }
}
""",
    r"""
SliverGrid.builder(
  gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
    crossAxisCount: 2,
    mainAxisSpacing: 12,
    crossAxisSpacing: 12,
  ),
  itemCount: waiting.length,
  itemBuilder: (context, index) => PieceCard(piece: waiting[index]),
),
""",
    ["SliverGrid", "PieceCard", "waiting"],
    must_not=["GridView", "SliverToBoxAdapter", "shrinkWrap"],
    checks=[
        "call SliverGridDelegateWithFixedCrossAxisCount | SliverGrid.count(crossAxisCount: 2)",
        "call SliverGridDelegateWithFixedCrossAxisCount | SliverGrid.count(mainAxisSpacing: 12, crossAxisSpacing: 12)",
    ],
)

# One route element: the path stated, the id from the path, shown as a full-screen dialog page.
row(
    "navigation",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import '../pages/concerts_page.dart';
import '../pages/rehearsal_detail_page.dart';
import '../pages/rehearsals_page.dart';
import '../pages/score_viewer_page.dart';
import '../pages/sign_in_page.dart';
import '../services/choir_session.dart';

GoRouter buildChoirRouter(ChoirSession session) {
  return GoRouter(
    initialLocation: '/rehearsals',
    refreshListenable: session,
    redirect: (context, state) {
      final signingIn = state.matchedLocation == '/sign-in';
      if (!session.isSignedIn) return signingIn ? null : '/sign-in';
      return signingIn ? '/rehearsals' : null;
    },
    routes: [
      GoRoute(path: '/sign-in', builder: (context, state) => const SignInPage()),
      GoRoute(
        path: '/rehearsals',
        builder: (context, state) => const RehearsalsPage(),
        routes: [
          GoRoute(
            path: ':rehearsalId',
            builder: (context, state) => RehearsalDetailPage(
              rehearsalId: state.pathParameters['rehearsalId']!,
            ),
          ),
        ],
      ),
      GoRoute(path: '/concerts', builder: (context, state) => const ConcertsPage()),
      // /scores/:scoreId rotasi, ScoreViewerPage tam ekran dialog gibi acilsin
    ],
  );
}
""",
    r"""
GoRoute(
  path: '/scores/:scoreId',
  pageBuilder: (context, state) => MaterialPage(
    key: state.pageKey,
    fullscreenDialog: true,
    child: ScoreViewerPage(scoreId: state.pathParameters['scoreId']!),
  ),
),
""",
    ["GoRoute", "pageBuilder", "pathParameters", "ScoreViewerPage", "fullscreenDialog"],
    must_not=["state.params", "showDialog", "Navigator.push"],
    checks=[
        "literal '/scores/:scoreId'",
        "call MaterialPage | CupertinoPage | CustomTransitionPage(fullscreenDialog: true)",
    ],
)


# ================================================================ argument

# One argument, two conditions: not a number or below 1 -> 'Geçerli bir sayı girin'; more than the seats left ->
# 'En fazla N kişi' with N the seats left; otherwise null.
row(
    "forms",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/clay_session.dart';
import '../services/booking_service.dart';

class BookSeatsSheet extends StatefulWidget {
  const BookSeatsSheet({super.key, required this.session, required this.bookings});

  final ClaySession session;
  final BookingService bookings;

  @override
  State<BookSeatsSheet> createState() => _BookSeatsSheetState();
}

class _BookSeatsSheetState extends State<BookSeatsSheet> {
  final _formKey = GlobalKey<FormState>();
  final _guestsController = TextEditingController(text: '1');
  bool _bringsOwnApron = false;

  @override
  void dispose() {
    _guestsController.dispose();
    super.dispose();
  }

  Future<void> _book() async {
    if (!_formKey.currentState!.validate()) return;
    final guests = int.parse(_guestsController.text);
    await widget.bookings.book(widget.session.id, guests: guests, ownApron: _bringsOwnApron);
    if (mounted) Navigator.of(context).pop(true);
  }

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: EdgeInsets.fromLTRB(16, 16, 16, 16 + MediaQuery.viewInsetsOf(context).bottom),
      child: Form(
        key: _formKey,
        child: Column(
          mainAxisSize: MainAxisSize.min,
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            Text(widget.session.title, style: Theme.of(context).textTheme.titleLarge),
            Text('${widget.session.seatsLeft} yer kaldı'),
            const SizedBox(height: 16),
            TextFormField(
              controller: _guestsController,
              keyboardType: TextInputType.number,
              inputFormatters: [FilteringTextInputFormatter.digitsOnly],
              decoration: const InputDecoration(labelText: 'Kişi sayısı'),
              // sayı değilse ya da 1'den küçükse 'Geçerli bir sayı girin', kalan yerden fazlaysa 'En fazla N kişi' (N kalan yer) yazsın
            ),
            SwitchListTile(
              contentPadding: EdgeInsets.zero,
              title: const Text('Kendi önlüğümü getireceğim'),
              value: _bringsOwnApron,
              onChanged: (value) => setState(() => _bringsOwnApron = value),
            ),
            const SizedBox(height: 8),
            FilledButton(onPressed: _book, child: const Text('Rezervasyon yap')),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
validator: (value) {
  final guests = int.tryParse(value ?? '');
  if (guests == null || guests < 1) return 'Geçerli bir sayı girin';
  if (guests > widget.session.seatsLeft) return 'En fazla ${widget.session.seatsLeft} kişi';
  return null;
},
""",
    ["validator", "seatsLeft", "null"],
    checks=[
        "literal 'Geçerli bir sayı girin'",
        "literal 'En fazla'",
        "when == null | < 1 | <= 0 | isEmpty > 'Geçerli bir sayı girin'",
        "when > widget.session.seatsLeft | > seatsLeft | seatsLeft < > 'En fazla'",
    ],
)

# One argument: the dialog builder; title = glaze name, content = price; 'Vazgeç' pops false, 'Ekle' pops true.
row(
    "dialogs",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/clay_piece.dart';
import '../models/glaze.dart';
import '../services/kiln_service.dart';

class GlazePickerPage extends StatefulWidget {
  const GlazePickerPage({super.key, required this.piece, required this.kiln});

  final ClayPiece piece;
  final KilnService kiln;

  @override
  State<GlazePickerPage> createState() => _GlazePickerPageState();
}

class _GlazePickerPageState extends State<GlazePickerPage> {
  static final _money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');
  late final Future<List<Glaze>> _glazes = widget.kiln.fetchGlazes();

  Future<void> _confirm(Glaze glaze) async {
    final add = await showDialog<bool>(
      context: context,
      // sır adı başlıkta, fiyatı içerikte olsun; 'Vazgeç' false, 'Ekle' true döndürsün
    );
    if (add != true || !mounted) return;
    await widget.kiln.addGlaze(widget.piece.id, glaze.id);
    if (mounted) Navigator.of(context).pop(glaze);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('${widget.piece.name} için sır')),
      body: FutureBuilder<List<Glaze>>(
        future: _glazes,
        builder: (context, snapshot) {
          final glazes = snapshot.data;
          if (glazes == null) return const Center(child: CircularProgressIndicator());
          return ListView.builder(
            itemCount: glazes.length,
            itemBuilder: (context, index) {
              final glaze = glazes[index];
              return ListTile(
                leading: CircleAvatar(backgroundColor: glaze.color),
                title: Text(glaze.name),
                subtitle: Text(glaze.finish.label),
                trailing: Text(_money.format(glaze.price)),
                onTap: () => _confirm(glaze),
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
builder: (context) => AlertDialog(
  title: Text(glaze.name),
  content: Text('Bu sır eserine ${_money.format(glaze.price)} ekleyecek.'),
  actions: [
    TextButton(
      onPressed: () => Navigator.pop(context, false),
      child: const Text('Vazgeç'),
    ),
    FilledButton(
      onPressed: () => Navigator.pop(context, true),
      child: const Text('Ekle'),
    ),
  ],
),
""",
    ["builder", "AlertDialog", "glaze.name", "glaze.price", ".pop"],
    checks=[
        "call AlertDialog | AlertDialog.adaptive(title: glaze.name)",
        "call AlertDialog | AlertDialog.adaptive(content: glaze.price)",
        "call TextButton | FilledButton | ElevatedButton | OutlinedButton(onPressed: false, child: 'Vazgeç')",
        "call TextButton | FilledButton | ElevatedButton | OutlinedButton(onPressed: true, child: 'Ekle')",
    ],
)


if __name__ == "__main__":
    ROWS.write()
