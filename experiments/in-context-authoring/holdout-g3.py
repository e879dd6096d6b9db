"""In-context held-out rows, batch 7 (holdout-g3): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics lists, forms, navigation, dialogs (5 rows each, one per
position); app domains a public (city) library app and a dog-walking service app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-g3.py  -> data/in_context/drafts/holdout-g3.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-g3", "holdg3")
row = ROWS.row


# ================================================================ statements

row(
    "lists",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/dog.dart';
import '../services/dog_profile_service.dart';
import '../widgets/dog_tile.dart';

class MyDogsPage extends StatefulWidget {
  const MyDogsPage({super.key, required this.service, required this.initialDogs});

  final DogProfileService service;
  final List<Dog> initialDogs;

  @override
  State<MyDogsPage> createState() => _MyDogsPageState();
}

class _MyDogsPageState extends State<MyDogsPage> {
  final _listKey = GlobalKey<AnimatedListState>();
  late final List<Dog> _dogs = [...widget.initialDogs];

  Future<void> _remove(Dog dog) async {
    final index = _dogs.indexOf(dog);
    if (index < 0) return;
    await widget.service.removeDog(dog.id);
    if (!mounted) return;
    // köpeği listeden çıkar; satır 250 ms içinde daralarak kaybolsun
  }

  Future<void> _add() async {
    final dog = await Navigator.of(context).pushNamed<Dog>('/kopek-ekle');
    if (dog == null || !mounted) return;
    _dogs.add(dog);
    _listKey.currentState!.insertItem(_dogs.length - 1);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Köpeklerim')),
      floatingActionButton: FloatingActionButton(
        onPressed: _add,
        tooltip: 'Köpek ekle',
        child: const Icon(Icons.add),
      ),
      body: AnimatedList(
        key: _listKey,
        initialItemCount: _dogs.length,
        padding: const EdgeInsets.symmetric(vertical: 8),
        itemBuilder: (context, index, animation) => FadeTransition(
          opacity: animation,
          child: DogTile(dog: _dogs[index], onDelete: () => _remove(_dogs[index])),
        ),
      ),
    );
  }
}
""",
    r"""
_dogs.removeAt(index);
_listKey.currentState!.removeItem(
  index,
  (context, animation) => SizeTransition(
    sizeFactor: animation,
    child: DogTile(dog: dog),
  ),
  duration: const Duration(milliseconds: 250),
);
""",
    ["removeItem", "_dogs.removeAt | _dogs.remove", "SizeTransition | ScaleTransition", "index"],
    must_not=["removeAllItems", "_dogs.clear", "setState(() => _dogs ="],
    checks=["literal 250", "call .removeItem(duration)"],
)

row(
    "forms",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/member_application.dart';
import '../services/membership_service.dart';

class MembershipFormPage extends StatefulWidget {
  const MembershipFormPage({super.key, required this.service});

  final MembershipService service;

  @override
  State<MembershipFormPage> createState() => _MembershipFormPageState();
}

class _MembershipFormPageState extends State<MembershipFormPage> {
  final _formKey = GlobalKey<FormState>();
  final _nameController = TextEditingController();
  final _idController = TextEditingController();
  final _dateFormat = DateFormat('dd.MM.yyyy');
  DateTime? _birthDate;
  bool _guardianConsent = false;
  bool _sending = false;

  @override
  void dispose() {
    _nameController.dispose();
    _idController.dispose();
    super.dispose();
  }

  Future<void> _pickBirthDate() async {
    final picked = await showDatePicker(
      context: context,
      initialDate: _birthDate ?? DateTime(2005),
      firstDate: DateTime(1920),
      lastDate: DateTime.now(),
    );
    if (picked != null) setState(() => _birthDate = picked);
  }

  Future<void> _submit() async {
    if (!_formKey.currentState!.validate() || _birthDate == null) return;
    // 18 yaşından küçükse veli onayı işaretli olmalı; değilse 'Veli onayı gerekli' snackbar'ı çıkar ve dur
    setState(() => _sending = true);
    final card = await widget.service.apply(MemberApplication(
      fullName: _nameController.text.trim(),
      nationalId: _idController.text,
      birthDate: _birthDate!,
      guardianConsent: _guardianConsent,
    ));
    if (!mounted) return;
    Navigator.of(context).pop(card);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Üyelik başvurusu')),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextFormField(
              controller: _nameController,
              decoration: const InputDecoration(labelText: 'Ad soyad'),
              validator: (value) => (value ?? '').trim().isEmpty ? 'Ad soyad gerekli' : null,
            ),
            TextFormField(
              controller: _idController,
              keyboardType: TextInputType.number,
              maxLength: 11,
              decoration: const InputDecoration(labelText: 'T.C. kimlik no'),
              validator: (value) => (value ?? '').length == 11 ? null : '11 haneli olmalı',
            ),
            ListTile(
              contentPadding: EdgeInsets.zero,
              title: const Text('Doğum tarihi'),
              subtitle: Text(_birthDate == null ? 'Seçilmedi' : _dateFormat.format(_birthDate!)),
              trailing: const Icon(Icons.cake_outlined),
              onTap: _pickBirthDate,
            ),
            CheckboxListTile(
              contentPadding: EdgeInsets.zero,
              value: _guardianConsent,
              onChanged: (value) => setState(() => _guardianConsent = value ?? false),
              title: const Text('Veli onayı var (18 yaş altı için)'),
            ),
            const SizedBox(height: 16),
            FilledButton(onPressed: _sending ? null : _submit, child: const Text('Başvur')),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
final birth = _birthDate!;
final adultOn = DateTime(birth.year + 18, birth.month, birth.day);
if (DateTime.now().isBefore(adultOn) && !_guardianConsent) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Veli onayı gerekli')),
  );
  return;
}
""",
    ["_birthDate", "_guardianConsent", "showSnackBar", "return"],
    must_not=["showDialog", "_guardianConsent = true"],
    checks=["literal 18", "literal 'Veli onayı gerekli'", "call .showSnackBar"],
)

row(
    "navigation",
    "statements",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/walk.dart';
import '../services/walk_tracker.dart';
import 'walk_summary_page.dart';

class LiveWalkPage extends StatefulWidget {
  const LiveWalkPage({super.key, required this.walk, required this.tracker});

  final Walk walk;
  final WalkTracker tracker;

  @override
  State<LiveWalkPage> createState() => _LiveWalkPageState();
}

class _LiveWalkPageState extends State<LiveWalkPage> {
  final _stopwatch = Stopwatch()..start();
  Timer? _ticker;
  StreamSubscription<double>? _distanceSub;
  double _distanceKm = 0;
  bool _finishing = false;

  @override
  void initState() {
    super.initState();
    _ticker = Timer.periodic(const Duration(seconds: 1), (_) => setState(() {}));
    _distanceSub = widget.tracker.distanceKm(widget.walk.id).listen((km) => setState(() => _distanceKm = km));
  }

  @override
  void dispose() {
    _ticker?.cancel();
    _distanceSub?.cancel();
    super.dispose();
  }

  Future<void> _finish() async {
    setState(() => _finishing = true);
    _stopwatch.stop();
    final summary = await widget.tracker.finish(widget.walk.id);
    if (!mounted) return;
    // ozet sayfasini ac, geri basinca canli takip ekranina donulmesin
  }

  @override
  Widget build(BuildContext context) {
    final elapsed = _stopwatch.elapsed;
    final minutes = elapsed.inMinutes.toString().padLeft(2, '0');
    final seconds = (elapsed.inSeconds % 60).toString().padLeft(2, '0');
    return Scaffold(
      appBar: AppBar(title: Text('${widget.walk.dogName} ile yürüyüş')),
      body: Center(
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            Text('$minutes:$seconds', style: Theme.of(context).textTheme.displayMedium),
            const SizedBox(height: 8),
            Text('${_distanceKm.toStringAsFixed(2)} km'),
            const SizedBox(height: 32),
            FilledButton.icon(
              onPressed: _finishing ? null : _finish,
              icon: const Icon(Icons.flag),
              label: const Text('Yürüyüşü bitir'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
Navigator.of(context).pushReplacement(
  MaterialPageRoute(builder: (context) => WalkSummaryPage(summary: summary)),
);
""",
    ["pushReplacement | pushAndRemoveUntil", "WalkSummaryPage", "summary"],
    must_not=["Navigator.push(", "Navigator.of(context).push(", "Navigator.pop"],
)

row(
    "dialogs",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/book.dart';
import '../models/branch.dart';
import '../services/reservation_service.dart';

class ReserveButton extends StatefulWidget {
  const ReserveButton({super.key, required this.book, required this.branches, required this.reservations});

  final Book book;
  final List<Branch> branches;
  final ReservationService reservations;

  @override
  State<ReserveButton> createState() => _ReserveButtonState();
}

class _ReserveButtonState extends State<ReserveButton> {
  bool _busy = false;

  Future<void> _reserve() async {
    // teslim alınacak şubeyi seçim dialoguyla sor (widget.branches), seçilmezse çık
    setState(() => _busy = true);
    try {
      final reservation = await widget.reservations.reserve(widget.book.id, branchId: branch.id);
      if (!mounted) return;
      ScaffoldMessenger.of(context).showSnackBar(
        SnackBar(content: Text('${branch.name} şubesinde sıradaki yeriniz: ${reservation.queuePosition}')),
      );
    } finally {
      if (mounted) setState(() => _busy = false);
    }
  }

  @override
  Widget build(BuildContext context) {
    final onShelf = widget.book.availableCopies > 0;
    return FilledButton.tonalIcon(
      onPressed: _busy || onShelf ? null : _reserve,
      icon: const Icon(Icons.bookmark_add_outlined),
      label: Text(onShelf ? 'Rafta' : 'Ayırt'),
    );
  }
}
""",
    r"""
final branch = await showDialog<Branch>(
  context: context,
  builder: (context) => SimpleDialog(
    title: const Text('Teslim şubesi'),
    children: [
      for (final option in widget.branches)
        SimpleDialogOption(
          onPressed: () => Navigator.pop(context, option),
          child: Text(option.name),
        ),
    ],
  ),
);
if (branch == null || !mounted) return;
""",
    [
        "showDialog | showAdaptiveDialog",
        "widget.branches",
        "Navigator.pop | context.pop | Navigator.of",
        "== null",
        "return",
    ],
    must_not=["widget.branches.first", "showModalBottomSheet"],
    checks=["call showDialog | showAdaptiveDialog"],
)


# ================================================================ callback

row(
    "lists",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

import '../models/book.dart';
import '../widgets/book_cover.dart';

class ReadingListPage extends StatefulWidget {
  const ReadingListPage({super.key, required this.books});

  final List<Book> books;

  @override
  State<ReadingListPage> createState() => _ReadingListPageState();
}

class _ReadingListPageState extends State<ReadingListPage> {
  late final List<Book> _books = [...widget.books];

  Future<void> _persistOrder() async {
    final prefs = await SharedPreferences.getInstance();
    await prefs.setStringList('reading_list', _books.map((b) => b.id).toList());
  }

  void _removeAt(int index) {
    setState(() => _books.removeAt(index));
    _persistOrder();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Okuma listem')),
      body: ReorderableListView.builder(
        buildDefaultDragHandles: false,
        itemCount: _books.length,
        onReorder: (oldIndex, newIndex) {
          // yeni sırayı uygula ve kaydet
        },
        itemBuilder: (context, index) {
          final book = _books[index];
          return Dismissible(
            key: ValueKey(book.id),
            direction: DismissDirection.endToStart,
            onDismissed: (_) => _removeAt(index),
            background: Container(
              color: Theme.of(context).colorScheme.errorContainer,
              alignment: Alignment.centerRight,
              padding: const EdgeInsets.only(right: 16),
              child: const Icon(Icons.delete_outline),
            ),
            child: ListTile(
              leading: BookCover(url: book.coverUrl, width: 40),
              title: Text(book.title),
              subtitle: Text(book.author),
              trailing: ReorderableDragStartListener(index: index, child: const Icon(Icons.drag_handle)),
            ),
          );
        },
      ),
    );
  }
}
""",
    r"""
setState(() {
  if (newIndex > oldIndex) newIndex -= 1;
  final book = _books.removeAt(oldIndex);
  _books.insert(newIndex, book);
});
_persistOrder();
""",
    [
        "setState",
        "removeAt",
        "insert",
        "newIndex > oldIndex | oldIndex < newIndex | newIndex - 1 | newIndex -= 1 | newIndex--",
        "_persistOrder",
    ],
    must_not=["_books.clear", "sort"],
    checks=["call setState", "call _persistOrder"],
)

row(
    "forms",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/dog.dart';

class DogProfileForm extends StatefulWidget {
  const DogProfileForm({super.key, required this.onSave});

  final ValueChanged<Dog> onSave;

  @override
  State<DogProfileForm> createState() => _DogProfileFormState();
}

class _DogProfileFormState extends State<DogProfileForm> {
  final _formKey = GlobalKey<FormState>();
  final _nameController = TextEditingController();
  final _notesController = TextEditingController();
  final _notesFocus = FocusNode();
  bool _reactive = false;

  @override
  void dispose() {
    _nameController.dispose();
    _notesController.dispose();
    _notesFocus.dispose();
    super.dispose();
  }

  void _save() {
    if (!_formKey.currentState!.validate()) return;
    widget.onSave(Dog(
      name: _nameController.text.trim(),
      reactive: _reactive,
      walkerNotes: _notesController.text.trim(),
    ));
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _nameController,
            textCapitalization: TextCapitalization.words,
            decoration: const InputDecoration(labelText: 'Köpeğin adı'),
            validator: (value) => (value ?? '').trim().isEmpty ? 'Ad gerekli' : null,
          ),
          SwitchListTile(
            title: const Text('Diğer köpeklere tepki gösterir'),
            value: _reactive,
            onChanged: (value) {
              // acilinca notlar alanina odaklan, kapaninca notlari temizle
            },
          ),
          TextFormField(
            controller: _notesController,
            focusNode: _notesFocus,
            maxLines: 3,
            decoration: const InputDecoration(labelText: 'Gezdirici için notlar'),
            validator: (value) =>
                _reactive && (value ?? '').trim().isEmpty ? 'Nelere tepki verdiğini yazın' : null,
          ),
          const SizedBox(height: 16),
          FilledButton(onPressed: _save, child: const Text('Kaydet')),
        ],
      ),
    );
  }
}
""",
    r"""
setState(() => _reactive = value);
if (value) {
  _notesFocus.requestFocus();
} else {
  _notesController.clear();
}
""",
    ["setState", "_reactive", "_notesFocus", "requestFocus", "_notesController.clear | _notesController.text ="],
    must_not=["unfocus", "_nameController"],
    checks=["call setState"],
)

row(
    "navigation",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/loan.dart';
import '../services/loan_service.dart';
import 'loan_detail_page.dart';

class LoansPage extends StatefulWidget {
  const LoansPage({super.key, required this.loans});

  final LoanService loans;

  @override
  State<LoansPage> createState() => _LoansPageState();
}

class _LoansPageState extends State<LoansPage> {
  late Future<List<Loan>> _future = widget.loans.active();
  final _dueFormat = DateFormat('d MMMM', 'tr');

  Future<void> _refresh() async {
    setState(() => _future = widget.loans.active());
    await _future;
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ödünç aldıklarım')),
      body: RefreshIndicator(
        onRefresh: _refresh,
        child: FutureBuilder<List<Loan>>(
          future: _future,
          builder: (context, snapshot) {
            if (snapshot.connectionState != ConnectionState.done) {
              return const Center(child: CircularProgressIndicator());
            }
            final loans = snapshot.data ?? const <Loan>[];
            return ListView.separated(
              itemCount: loans.length,
              separatorBuilder: (context, index) => const Divider(height: 1),
              itemBuilder: (context, index) {
                final loan = loans[index];
                return ListTile(
                  title: Text(loan.book.title),
                  subtitle: Text('İade: ${_dueFormat.format(loan.dueDate)}'),
                  trailing: loan.isOverdue
                      ? Icon(Icons.error_outline, color: Theme.of(context).colorScheme.error)
                      : null,
                  onTap: () async {
                    // detay sayfasını aç; true dönerse (süre uzatıldı) listeyi yenile
                  },
                );
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
final renewed = await Navigator.of(context).push<bool>(
  MaterialPageRoute(builder: (context) => LoanDetailPage(loan: loan)),
);
if (renewed == true && mounted) await _refresh();
""",
    [
        "Navigator | context.push",
        "LoanDetailPage",
        "await | then",
        "== true | ?? false | != true | true",
        "_refresh | widget.loans.active",
    ],
    must_not=["pushReplacement", "Navigator.pop", "pushAndRemoveUntil"],
    checks=["call LoanDetailPage"],
)

row(
    "dialogs",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/walk_report.dart';

class WalkReportPage extends StatelessWidget {
  const WalkReportPage({super.key, required this.report});

  final WalkReport report;

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    return Scaffold(
      appBar: AppBar(title: Text('${report.dogName} · yürüyüş raporu')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          Row(
            mainAxisAlignment: MainAxisAlignment.spaceAround,
            children: [
              _Stat(icon: Icons.timer_outlined, label: '${report.minutes} dk'),
              _Stat(icon: Icons.route, label: '${report.distanceKm.toStringAsFixed(1)} km'),
              _Stat(icon: Icons.water_drop_outlined, label: report.peed ? 'Çiş yaptı' : 'Çiş yok'),
            ],
          ),
          const SizedBox(height: 16),
          Text('Gezdiricinin notu', style: textTheme.titleSmall),
          Text(report.walkerNote),
          const SizedBox(height: 16),
          GridView.builder(
            shrinkWrap: true,
            physics: const NeverScrollableScrollPhysics(),
            gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
              crossAxisCount: 3,
              crossAxisSpacing: 4,
              mainAxisSpacing: 4,
            ),
            itemCount: report.photoUrls.length,
            itemBuilder: (context, index) {
              final url = report.photoUrls[index];
              return GestureDetector(
                onTap: () {
                  // fotoğrafı tam ekran dialogda göster, yakınlaştırılabilsin; dokununca kapansın
                },
                child: Image.network(url, fit: BoxFit.cover),
              );
            },
          ),
        ],
      ),
    );
  }
}

class _Stat extends StatelessWidget {
  const _Stat({required this.icon, required this.label});

  final IconData icon;
  final String label;

  @override
  Widget build(BuildContext context) {
    return Column(children: [Icon(icon), const SizedBox(height: 4), Text(label)]);
  }
}
""",
    r"""
showDialog<void>(
  context: context,
  builder: (context) => Dialog.fullscreen(
    backgroundColor: Colors.black,
    child: GestureDetector(
      onTap: () => Navigator.pop(context),
      child: InteractiveViewer(
        maxScale: 4,
        child: Center(child: Image.network(url)),
      ),
    ),
  ),
);
""",
    [
        "showDialog | showGeneralDialog | showAdaptiveDialog",
        "InteractiveViewer",
        "url | photoUrls",
        "Navigator.pop | context.pop | Navigator.of",
    ],
    must_not=["showModalBottomSheet", "MaterialPageRoute"],
    checks=["call InteractiveViewer"],
)


# ================================================================ class_body

row(
    "lists",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../services/booking_api.dart';

enum WalkStatus { booked, inProgress, done, cancelled }

class BookedWalk {
  const BookedWalk({
    required this.id,
    required this.dogName,
    required this.walkerName,
    required this.startAt,
    required this.minutes,
    required this.status,
  });

  final String id;
  final String dogName;
  final String walkerName;
  final DateTime startAt;
  final int minutes;
  final WalkStatus status;
}

class WalkSchedule extends ChangeNotifier {
  WalkSchedule(this._api);

  final BookingApi _api;
  List<BookedWalk> _walks = const [];
  bool _loading = false;

  bool get loading => _loading;

  // verilen günün yürüyüşleri: iptaller hariç, başlangıç saatine göre sıralı

  Future<void> load(DateTime from, DateTime to) async {
    _loading = true;
    notifyListeners();
    try {
      _walks = await _api.walksBetween(from, to);
    } finally {
      _loading = false;
      notifyListeners();
    }
  }

  Future<void> cancel(String walkId) async {
    await _api.cancel(walkId);
    _walks = [for (final w in _walks) if (w.id != walkId) w];
    notifyListeners();
  }
}
""",
    r"""
List<BookedWalk> walksOn(DateTime day) {
  return _walks
      .where((w) => w.status != WalkStatus.cancelled && DateUtils.isSameDay(w.startAt, day))
      .toList()
    ..sort((a, b) => a.startAt.compareTo(b.startAt));
}
""",
    [
        "_walks",
        "WalkStatus.cancelled",
        "DateTime",
        "isSameDay | .day | dateOnly",
        "sort | sorted | sortedBy",
        "startAt",
    ],
    must_not=["notifyListeners", "b.startAt.compareTo(a.startAt)", "_walks.sort"],
)

row(
    "forms",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../services/auth_service.dart';

class LibraryLoginPage extends StatefulWidget {
  const LibraryLoginPage({super.key, required this.auth});

  final AuthService auth;

  @override
  State<LibraryLoginPage> createState() => _LibraryLoginPageState();
}

class _LibraryLoginPageState extends State<LibraryLoginPage> {
  final _formKey = GlobalKey<FormState>();
  final _cardController = TextEditingController();
  final _pinController = TextEditingController();
  bool _obscure = true;
  String? _error;

  // kart no doğrulayıcısı: boşsa 'Kart numarası gerekli', 11 haneli bir sayı değilse 'Geçersiz kart numarası'

  @override
  void dispose() {
    _cardController.dispose();
    _pinController.dispose();
    super.dispose();
  }

  Future<void> _login() async {
    if (!_formKey.currentState!.validate()) return;
    final ok = await widget.auth.signIn(_cardController.text.trim(), _pinController.text);
    if (!mounted) return;
    if (!ok) setState(() => _error = 'Kart numarası veya PIN hatalı');
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Kütüphane girişi')),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(24),
          children: [
            TextFormField(
              controller: _cardController,
              keyboardType: TextInputType.number,
              decoration: const InputDecoration(labelText: 'Kütüphane kart no', prefixIcon: Icon(Icons.badge_outlined)),
              validator: _validateCard,
            ),
            const SizedBox(height: 12),
            TextFormField(
              controller: _pinController,
              obscureText: _obscure,
              keyboardType: TextInputType.number,
              decoration: InputDecoration(
                labelText: 'PIN',
                errorText: _error,
                suffixIcon: IconButton(
                  icon: Icon(_obscure ? Icons.visibility : Icons.visibility_off),
                  onPressed: () => setState(() => _obscure = !_obscure),
                ),
              ),
            ),
            const SizedBox(height: 24),
            FilledButton(onPressed: _login, child: const Text('Giriş yap')),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
String? _validateCard(String? value) {
  final card = value?.trim() ?? '';
  if (card.isEmpty) return 'Kart numarası gerekli';
  if (!RegExp(r'^\d{11}$').hasMatch(card)) return 'Geçersiz kart numarası';
  return null;
}
""",
    ["_validateCard", "isEmpty | == null | length", "RegExp | length | tryParse | codeUnits", "return null | : null"],
    must_not=["_pinController"],
    checks=["literal '11' | 11", "literal 'Kart numarası gerekli'", "literal 'Geçersiz kart numarası'"],
)

row(
    "navigation",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import 'pages/catalog_page.dart';
import 'pages/events_page.dart';
import 'pages/loans_page.dart';
import 'pages/profile_page.dart';
import 'services/library_analytics.dart';

class ScreenViewObserver extends NavigatorObserver {
  ScreenViewObserver(this._analytics);

  final LibraryAnalytics _analytics;

  // her yeni ekran açıldığında route adını _analytics.screen ile gönder
}

class LibraryApp extends StatelessWidget {
  const LibraryApp({super.key, required this.analytics});

  final LibraryAnalytics analytics;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Kent Kütüphanesi',
      theme: ThemeData(colorSchemeSeed: Colors.indigo),
      navigatorObservers: [ScreenViewObserver(analytics)],
      initialRoute: '/katalog',
      routes: {
        '/katalog': (context) => const CatalogPage(),
        '/oduncler': (context) => const LoansPage(),
        '/etkinlikler': (context) => const EventsPage(),
        '/profil': (context) => const ProfilePage(),
      },
    );
  }
}
""",
    r"""
@override
void didPush(Route<dynamic> route, Route<dynamic>? previousRoute) {
  super.didPush(route, previousRoute);
  final name = route.settings.name;
  if (name != null) _analytics.screen(name);
}
""",
    ["didPush", "settings.name", "_analytics.screen"],
    must_not=["didPop"],
)

row(
    "dialogs",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/walk.dart';

class RateWalkDialog extends StatefulWidget {
  const RateWalkDialog({super.key, required this.walk});

  final Walk walk;

  // dialogu acip secilen puani donduren static show metodu

  @override
  State<RateWalkDialog> createState() => _RateWalkDialogState();
}

class _RateWalkDialogState extends State<RateWalkDialog> {
  int _stars = 0;

  @override
  Widget build(BuildContext context) {
    return AlertDialog(
      title: Text('${widget.walk.walkerName} nasıldı?'),
      content: Row(
        mainAxisSize: MainAxisSize.min,
        children: [
          for (var i = 1; i <= 5; i++)
            IconButton(
              onPressed: () => setState(() => _stars = i),
              icon: Icon(i <= _stars ? Icons.star : Icons.star_border, color: Colors.amber),
            ),
        ],
      ),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context), child: const Text('Sonra')),
        FilledButton(
          onPressed: _stars == 0 ? null : () => Navigator.pop(context, _stars),
          child: const Text('Gönder'),
        ),
      ],
    );
  }
}
""",
    r"""
static Future<int?> show(BuildContext context, Walk walk) {
  return showDialog<int>(
    context: context,
    builder: (context) => RateWalkDialog(walk: walk),
  );
}
""",
    ["static", "show", "BuildContext", "showDialog | showAdaptiveDialog", "RateWalkDialog", "int"],
    must_not=["showModalBottomSheet", "Navigator.pop"],
    checks=["call showDialog | showAdaptiveDialog"],
)


# ================================================================ element

row(
    "lists",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/loan.dart';
import '../models/member.dart';
import '../widgets/loan_tile.dart';
import '../widgets/member_card_header.dart';

class AccountPage extends StatelessWidget {
  const AccountPage({super.key, required this.member, required this.loans, required this.onRefresh});

  final Member member;
  final List<Loan> loans;
  final Future<void> Function() onRefresh;

  @override
  Widget build(BuildContext context) {
    final overdue = loans.where((loan) => loan.isOverdue).length;
    final colors = Theme.of(context).colorScheme;
    return Scaffold(
      body: RefreshIndicator(
        onRefresh: onRefresh,
        child: CustomScrollView(
          slivers: [
            SliverAppBar.large(title: Text(member.fullName)),
            SliverToBoxAdapter(child: MemberCardHeader(member: member)),
            if (overdue > 0)
              SliverToBoxAdapter(
                child: ListTile(
                  leading: Icon(Icons.warning_amber, color: colors.error),
                  title: Text('$overdue kitabın iade süresi geçti'),
                ),
              ),
            SliverPadding(
              padding: const EdgeInsets.fromLTRB(16, 24, 16, 8),
              sliver: SliverToBoxAdapter(
                child: Text('Ödünç aldıklarım', style: Theme.of(context).textTheme.titleMedium),
              ),
            ),
            // ödünçleri LoanTile ile listele; hiç yoksa ortada 'Ödünç kitabınız yok' yazsın
          ],
        ),
      ),
    );
  }
}
""",
    r"""
if (loans.isEmpty)
  const SliverFillRemaining(
    hasScrollBody: false,
    child: Center(child: Text('Ödünç kitabınız yok')),
  )
else
  SliverList.builder(
    itemCount: loans.length,
    itemBuilder: (context, index) => LoanTile(loan: loans[index]),
  ),
""",
    [
        "loans.isEmpty | loans.isNotEmpty | loans.length == 0",
        "SliverList | SliverFixedExtentList | SliverPrototypeExtentList",
        "LoanTile",
        "SliverFillRemaining | SliverToBoxAdapter | SliverFillViewport",
        "Center",
    ],
    must_not=["ListView", "shrinkWrap"],
    checks=["literal 'Ödünç kitabınız yok'"],
)

row(
    "forms",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/dog.dart';

class AddDogPage extends StatefulWidget {
  const AddDogPage({super.key, required this.onSave});

  final Future<void> Function(Dog dog) onSave;

  @override
  State<AddDogPage> createState() => _AddDogPageState();
}

class _AddDogPageState extends State<AddDogPage> {
  final _formKey = GlobalKey<FormState>();
  final _nameController = TextEditingController();
  final _breedController = TextEditingController();
  final _weightController = TextEditingController();
  bool _neutered = false;

  @override
  void dispose() {
    _nameController.dispose();
    _breedController.dispose();
    _weightController.dispose();
    super.dispose();
  }

  Future<void> _save() async {
    if (!_formKey.currentState!.validate()) return;
    await widget.onSave(Dog(
      name: _nameController.text.trim(),
      breed: _breedController.text.trim(),
      weightKg: int.parse(_weightController.text),
      neutered: _neutered,
    ));
    if (mounted) Navigator.of(context).pop();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Köpek ekle')),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextFormField(
              controller: _nameController,
              textCapitalization: TextCapitalization.words,
              decoration: const InputDecoration(labelText: 'Adı'),
              validator: (value) => (value ?? '').trim().isEmpty ? 'Ad gerekli' : null,
            ),
            const SizedBox(height: 12),
            TextFormField(
              controller: _breedController,
              decoration: const InputDecoration(labelText: 'Cinsi', hintText: 'Örn. Golden Retriever'),
            ),
            const SizedBox(height: 12),
            // kilo alanı: sadece rakam, 'kg' soneki; 1 ile 90 arası değilse 'Geçerli bir kilo girin'
            const SizedBox(height: 12),
            SwitchListTile(
              contentPadding: EdgeInsets.zero,
              title: const Text('Kısırlaştırıldı'),
              value: _neutered,
              onChanged: (value) => setState(() => _neutered = value),
            ),
            const SizedBox(height: 16),
            FilledButton(onPressed: _save, child: const Text('Kaydet')),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
TextFormField(
  controller: _weightController,
  keyboardType: TextInputType.number,
  inputFormatters: [FilteringTextInputFormatter.digitsOnly],
  decoration: const InputDecoration(labelText: 'Kilo', suffixText: 'kg'),
  validator: (value) {
    final kg = int.tryParse(value ?? '');
    if (kg == null || kg < 1 || kg > 90) return 'Geçerli bir kilo girin';
    return null;
  },
),
""",
    ["TextFormField", "_weightController", "FilteringTextInputFormatter", "suffixText | suffix", "validator"],
    must_not=["_breedController", "TextInputType.text"],
    checks=["literal 'kg'", "literal 90", "literal 1 | 0", "literal 'Geçerli bir kilo girin'"],
)

row(
    "navigation",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../services/chat_service.dart';
import 'bookings_tab.dart';
import 'messages_tab.dart';
import 'profile_tab.dart';
import 'walkers_tab.dart';

class HomePage extends StatefulWidget {
  const HomePage({super.key, required this.chat});

  final ChatService chat;

  @override
  State<HomePage> createState() => _HomePageState();
}

class _HomePageState extends State<HomePage> {
  int _tab = 0;

  static const _tabs = [WalkersTab(), BookingsTab(), MessagesTab(), ProfileTab()];

  @override
  Widget build(BuildContext context) {
    return StreamBuilder<int>(
      stream: widget.chat.unreadCount(),
      initialData: 0,
      builder: (context, snapshot) {
        final unread = snapshot.data ?? 0;
        return Scaffold(
          body: IndexedStack(index: _tab, children: _tabs),
          bottomNavigationBar: NavigationBar(
            selectedIndex: _tab,
            onDestinationSelected: (index) => setState(() => _tab = index),
            destinations: [
              const NavigationDestination(
                icon: Icon(Icons.pets_outlined),
                selectedIcon: Icon(Icons.pets),
                label: 'Gezdiriciler',
              ),
              const NavigationDestination(
                icon: Icon(Icons.event_outlined),
                selectedIcon: Icon(Icons.event),
                label: 'Yürüyüşlerim',
              ),
              // Mesajlar sekmesi, okunmamis mesaj varsa sayisini rozetle goster
              const NavigationDestination(
                icon: Icon(Icons.person_outline),
                selectedIcon: Icon(Icons.person),
                label: 'Profil',
              ),
            ],
          ),
        );
      },
    );
  }
}
""",
    r"""
NavigationDestination(
  icon: Badge.count(
    count: unread,
    isLabelVisible: unread > 0,
    child: const Icon(Icons.chat_bubble_outline),
  ),
  selectedIcon: Badge.count(
    count: unread,
    isLabelVisible: unread > 0,
    child: const Icon(Icons.chat_bubble),
  ),
  label: 'Mesajlar',
),
""",
    [
        "NavigationDestination",
        "Badge",
        "unread",
        "unread > 0 | unread == 0 | unread != 0 | unread < 1 | unread >= 1",
    ],
    must_not=["const NavigationDestination(icon: Badge"],
    checks=["literal 'Mesajlar'", "call Badge | Badge.count"],
)

row(
    "dialogs",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class Branch {
  const Branch({
    required this.name,
    required this.address,
    required this.phone,
    required this.openingHours,
    this.hasReturnBox = false,
  });

  final String name;
  final String address;
  final String phone;
  final String openingHours;
  final bool hasReturnBox;
}

class BranchInfoSheet extends StatelessWidget {
  const BranchInfoSheet({super.key, required this.branch, required this.onDirections});

  final Branch branch;
  final VoidCallback onDirections;

  @override
  Widget build(BuildContext context) {
    return SafeArea(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Padding(
            padding: const EdgeInsets.symmetric(horizontal: 16),
            child: Text(branch.name, style: Theme.of(context).textTheme.titleLarge),
          ),
          const SizedBox(height: 8),
          ListTile(leading: const Icon(Icons.schedule), title: Text(branch.openingHours)),
          ListTile(
            leading: const Icon(Icons.place_outlined),
            title: Text(branch.address),
            trailing: const Icon(Icons.directions),
            onTap: () {
              Navigator.pop(context);
              onDirections();
            },
          ),
          // telefon satırı: dokununca numarayı panoya kopyalayıp sheet'i kapat
          if (branch.hasReturnBox)
            const ListTile(
              leading: Icon(Icons.move_to_inbox_outlined),
              title: Text('7/24 iade kutusu var'),
            ),
          const SizedBox(height: 8),
        ],
      ),
    );
  }
}
""",
    r"""
ListTile(
  leading: const Icon(Icons.phone_outlined),
  title: Text(branch.phone),
  onTap: () {
    Clipboard.setData(ClipboardData(text: branch.phone));
    Navigator.pop(context);
  },
),
""",
    ["Clipboard.setData", "ClipboardData", "branch.phone", "Navigator.pop | context.pop | Navigator.of"],
    must_not=["onDirections", "Clipboard.getData"],
    checks=["call ClipboardData(text)"],
)


# ================================================================ argument

row(
    "lists",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/walker.dart';
import '../services/walker_search.dart';
import '../widgets/walker_card.dart';

class WalkersTab extends StatefulWidget {
  const WalkersTab({super.key, required this.search});

  final WalkerSearch search;

  @override
  State<WalkersTab> createState() => _WalkersTabState();
}

class _WalkersTabState extends State<WalkersTab> {
  double _radiusKm = 3;
  late Future<List<Walker>> _walkers = widget.search.nearby(radiusKm: _radiusKm);

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Padding(
          padding: const EdgeInsets.fromLTRB(16, 8, 16, 0),
          child: Slider(
            value: _radiusKm,
            min: 1,
            max: 10,
            divisions: 9,
            label: '${_radiusKm.round()} km',
            onChanged: (value) => setState(() => _radiusKm = value),
            onChangeEnd: (value) => setState(() => _walkers = widget.search.nearby(radiusKm: value)),
          ),
        ),
        Expanded(
          child: FutureBuilder<List<Walker>>(
            future: _walkers,
            builder: (context, snapshot) {
              if (!snapshot.hasData) return const Center(child: CircularProgressIndicator());
              final walkers = snapshot.data!;
              return GridView.builder(
                padding: const EdgeInsets.all(12),
                // hücreler en fazla 160 genişlikte olsun, aralarında 8 boşluk
                itemCount: walkers.length,
                itemBuilder: (context, index) => WalkerCard(walker: walkers[index]),
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
  maxCrossAxisExtent: 160,
  mainAxisSpacing: 8,
  crossAxisSpacing: 8,
  childAspectRatio: 0.75,
),
""",
    [
        "gridDelegate",
        "SliverGridDelegateWithMaxCrossAxisExtent",
        "maxCrossAxisExtent",
        "mainAxisSpacing",
        "crossAxisSpacing",
    ],
    must_not=["SliverGridDelegateWithFixedCrossAxisCount"],
    checks=["literal 160", "literal 8"],
)

row(
    "forms",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../services/auth_service.dart';

class ForgotPinPage extends StatefulWidget {
  const ForgotPinPage({super.key, required this.auth});

  final AuthService auth;

  @override
  State<ForgotPinPage> createState() => _ForgotPinPageState();
}

class _ForgotPinPageState extends State<ForgotPinPage> {
  final _formKey = GlobalKey<FormState>();
  final _cardController = TextEditingController();
  final _emailController = TextEditingController();
  bool _sent = false;

  @override
  void dispose() {
    _cardController.dispose();
    _emailController.dispose();
    super.dispose();
  }

  Future<void> _send() async {
    if (!_formKey.currentState!.validate()) return;
    await widget.auth.requestPinReset(_cardController.text.trim(), _emailController.text.trim());
    if (mounted) setState(() => _sent = true);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('PIN sıfırlama')),
      body: _sent
          ? const Center(child: Text('Sıfırlama bağlantısı e-postanıza gönderildi.'))
          : Form(
              key: _formKey,
              child: ListView(
                padding: const EdgeInsets.all(24),
                children: [
                  TextFormField(
                    controller: _cardController,
                    keyboardType: TextInputType.number,
                    decoration: const InputDecoration(labelText: 'Kütüphane kart no'),
                    validator: (value) => (value ?? '').trim().length == 11 ? null : 'Kart no 11 hanelidir',
                  ),
                  const SizedBox(height: 12),
                  TextFormField(
                    controller: _emailController,
                    keyboardType: TextInputType.emailAddress,
                    // kayıtlı e-posta otomatik doldurulabilsin
                    decoration: const InputDecoration(labelText: 'E-posta'),
                    validator: (value) => (value ?? '').contains('@') ? null : 'Geçerli bir e-posta girin',
                  ),
                  const SizedBox(height: 24),
                  FilledButton(onPressed: _send, child: const Text('Bağlantı gönder')),
                ],
              ),
            ),
    );
  }
}
""",
    r"""
autofillHints: const [AutofillHints.email],
""",
    ["autofillHints", "AutofillHints.email"],
    must_not=["AutofillHints.password", "AutofillHints.username"],
)

row(
    "navigation",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'pages/book_page.dart';
import 'pages/catalog_page.dart';
import 'pages/loans_page.dart';
import 'pages/login_page.dart';
import 'services/session.dart';

GoRouter buildRouter(Session session) {
  return GoRouter(
    initialLocation: '/katalog',
    refreshListenable: session,
    // session.isLoggedIn degilse /giris'e gonder; girisliyken /giris acilirsa /katalog'a yonlendir
    routes: [
      GoRoute(path: '/giris', builder: (context, state) => const LoginPage()),
      GoRoute(
        path: '/katalog',
        builder: (context, state) => const CatalogPage(),
        routes: [
          GoRoute(
            path: 'kitap/:id',
            builder: (context, state) => BookPage(bookId: state.pathParameters['id']!),
          ),
        ],
      ),
      GoRoute(path: '/oduncler', builder: (context, state) => const LoansPage()),
    ],
  );
}

class LibraryApp extends StatefulWidget {
  const LibraryApp({super.key, required this.session});

  final Session session;

  @override
  State<LibraryApp> createState() => _LibraryAppState();
}

class _LibraryAppState extends State<LibraryApp> {
  late final GoRouter _router = buildRouter(widget.session);

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(
      title: 'Kent Kütüphanesi',
      theme: ThemeData(colorSchemeSeed: Colors.indigo),
      routerConfig: _router,
    );
  }
}
""",
    r"""
redirect: (context, state) {
  final atLogin = state.matchedLocation == '/giris';
  if (!session.isLoggedIn) return atLogin ? null : '/giris';
  if (atLogin) return '/katalog';
  return null;
},
""",
    ["redirect", "session.isLoggedIn", "matchedLocation | uri | fullPath", "null"],
    must_not=["state.location", "state.subloc", "context.go"],
    checks=["literal '/giris'", "literal '/katalog'"],
)

row(
    "dialogs",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/walker.dart';

class BookWalkPage extends StatefulWidget {
  const BookWalkPage({super.key, required this.walker});

  final Walker walker;

  @override
  State<BookWalkPage> createState() => _BookWalkPageState();
}

class _BookWalkPageState extends State<BookWalkPage> {
  TimeOfDay? _time;
  int _minutes = 30;

  Future<void> _pickTime() async {
    final picked = await showTimePicker(
      context: context,
      initialTime: _time ?? const TimeOfDay(hour: 9, minute: 0),
      helpText: 'Yürüyüş saati',
      // saat seçici 24 saat formatında açılsın
    );
    if (picked == null || !mounted) return;
    if (picked.hour < 7 || picked.hour >= 21) {
      ScaffoldMessenger.of(context).showSnackBar(
        const SnackBar(content: Text('Gezdiriciler 07:00-21:00 arası çalışır')),
      );
      return;
    }
    setState(() => _time = picked);
  }

  @override
  Widget build(BuildContext context) {
    final price = widget.walker.hourlyRate * _minutes / 60;
    return Scaffold(
      appBar: AppBar(title: Text(widget.walker.name)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          ListTile(
            leading: const Icon(Icons.schedule),
            title: Text(_time == null ? 'Saat seçin' : _time!.format(context)),
            onTap: _pickTime,
          ),
          SegmentedButton<int>(
            segments: const [
              ButtonSegment(value: 30, label: Text('30 dk')),
              ButtonSegment(value: 45, label: Text('45 dk')),
              ButtonSegment(value: 60, label: Text('60 dk')),
            ],
            selected: {_minutes},
            onSelectionChanged: (value) => setState(() => _minutes = value.first),
          ),
          const SizedBox(height: 24),
          FilledButton(
            onPressed: _time == null ? null : () => Navigator.of(context).pop((_time, _minutes)),
            child: Text('Rezerve et · ${price.toStringAsFixed(0)} ₺'),
          ),
        ],
      ),
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
    ["builder", "MediaQuery", "alwaysUse24HourFormat: true", "child"],
    must_not=["initialEntryMode", "alwaysUse24HourFormat: false"],
    checks=["call MediaQuery > .copyWith | MediaQueryData"],
)


if __name__ == "__main__":
    ROWS.write()
