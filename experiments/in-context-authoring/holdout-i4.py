"""In-context held-out rows, batch 9 (holdout-i4): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics lists, forms, navigation, dialogs (5 each, one per
position); app domains a driving-school lesson booking app and an amateur astronomy observation-log app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-i4.py  -> data/in_context/drafts/holdout-i4.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-i4", "holdi4")
row = ROWS.row


# ================================================================ statements

row(
    "lists",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/observation.dart';
import '../widgets/observation_tile.dart';

class ObservationLogPage extends StatefulWidget {
  const ObservationLogPage({super.key, required this.observations});

  final List<Observation> observations;

  @override
  State<ObservationLogPage> createState() => _ObservationLogPageState();
}

class _ObservationLogPageState extends State<ObservationLogPage> {
  final _dateFormat = DateFormat('d MMM y', 'tr_TR');
  String? _constellation;
  int _minSeeing = 1;
  List<Observation> _visible = [];

  @override
  void initState() {
    super.initState();
    _applyFilters();
  }

  void _applyFilters() {
    // seçili takımyıldıza ve en az _minSeeing puanına göre süz, en yeni gözlem en üstte olsun
  }

  @override
  Widget build(BuildContext context) {
    final constellations = {for (final o in widget.observations) o.constellation}.toList()..sort();
    return Scaffold(
      appBar: AppBar(title: const Text('Gözlem günlüğü')),
      body: Column(
        children: [
          SingleChildScrollView(
            scrollDirection: Axis.horizontal,
            padding: const EdgeInsets.symmetric(horizontal: 12),
            child: Row(
              children: [
                for (final c in constellations)
                  Padding(
                    padding: const EdgeInsets.only(right: 8),
                    child: FilterChip(
                      label: Text(c),
                      selected: _constellation == c,
                      onSelected: (on) => setState(() {
                        _constellation = on ? c : null;
                        _applyFilters();
                      }),
                    ),
                  ),
              ],
            ),
          ),
          Slider(
            value: _minSeeing.toDouble(),
            min: 1,
            max: 5,
            divisions: 4,
            label: 'Seeing ≥ $_minSeeing',
            onChanged: (v) => setState(() {
              _minSeeing = v.round();
              _applyFilters();
            }),
          ),
          Expanded(
            child: ListView.builder(
              itemCount: _visible.length,
              itemBuilder: (context, index) => ObservationTile(
                observation: _visible[index],
                dateLabel: _dateFormat.format(_visible[index].observedAt),
              ),
            ),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
_visible = widget.observations
    .where((o) => (_constellation == null || o.constellation == _constellation) && o.seeing >= _minSeeing)
    .toList()
  ..sort((a, b) => b.observedAt.compareTo(a.observedAt));
""",
    [
        "widget.observations",
        "where | removeWhere | for",
        "_constellation",
        "seeing",
        "_minSeeing",
        "sort | sorted | reversed",
        "observedAt",
        "_visible",
    ],
    must_not=["setState"],
    checks=["call .sort | .sorted | .sortBy"],
)

row(
    "forms",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/lesson_request.dart';

class LessonRequestForm extends StatefulWidget {
  const LessonRequestForm({super.key, required this.studentId, required this.onSubmit});

  final String studentId;
  final Future<void> Function(LessonRequest request) onSubmit;

  @override
  State<LessonRequestForm> createState() => _LessonRequestFormState();
}

class _LessonRequestFormState extends State<LessonRequestForm> {
  final _formKey = GlobalKey<FormState>();
  String _pickupAddress = '';
  String _note = '';
  bool _highway = false;
  bool _sending = false;

  Future<void> _send() async {
    // formu doğrula, onSaved'leri çalıştır; talebi onSubmit'e gönderirken _sending'i açıp kapat
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          TextFormField(
            decoration: const InputDecoration(labelText: 'Alınacak adres'),
            validator: (v) => (v ?? '').trim().length < 10 ? 'Adresi açık yazın' : null,
            onSaved: (v) => _pickupAddress = (v ?? '').trim(),
          ),
          const SizedBox(height: 12),
          TextFormField(
            decoration: const InputDecoration(labelText: 'Eğitmene not'),
            maxLines: 3,
            onSaved: (v) => _note = (v ?? '').trim(),
          ),
          SwitchListTile(
            title: const Text('Otoyol dersi'),
            subtitle: const Text('Ders şehir dışında yapılır, 90 dakika sürer'),
            value: _highway,
            onChanged: (v) => setState(() => _highway = v),
          ),
          const SizedBox(height: 16),
          FilledButton(
            onPressed: _sending ? null : _send,
            child: _sending
                ? const SizedBox.square(dimension: 20, child: CircularProgressIndicator(strokeWidth: 2))
                : const Text('Talep gönder'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
final form = _formKey.currentState!;
if (!form.validate()) return;
form.save();
setState(() => _sending = true);
try {
  await widget.onSubmit(
    LessonRequest(
      studentId: widget.studentId,
      pickupAddress: _pickupAddress,
      note: _note,
      highway: _highway,
    ),
  );
} finally {
  if (mounted) setState(() => _sending = false);
}
""",
    ["validate", "save", "widget.onSubmit", "LessonRequest", "_pickupAddress", "_sending", "setState"],
    must_not=["reset("],
    checks=["call .validate", "call .save", "call LessonRequest", "call setState"],
)

row(
    "navigation",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/observing_session.dart';
import '../services/session_recorder.dart';
import 'session_summary_page.dart';

class LiveSessionPage extends StatefulWidget {
  const LiveSessionPage({super.key, required this.recorder});

  final SessionRecorder recorder;

  @override
  State<LiveSessionPage> createState() => _LiveSessionPageState();
}

class _LiveSessionPageState extends State<LiveSessionPage> {
  final _time = DateFormat.Hm('tr_TR');
  bool _ending = false;

  Future<void> _endSession() async {
    setState(() => _ending = true);
    final SessionSummary summary = await widget.recorder.finish();
    // ozet sayfasina gec, geri tusu bu canli oturum ekranina donmesin
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Canlı oturum')),
      body: StreamBuilder<List<LoggedTarget>>(
        stream: widget.recorder.targets,
        builder: (context, snapshot) {
          final targets = snapshot.data ?? const [];
          if (targets.isEmpty) {
            return const Center(child: Text('Henüz hedef kaydedilmedi'));
          }
          return ListView.builder(
            itemCount: targets.length,
            itemBuilder: (context, index) {
              final target = targets[index];
              return ListTile(
                leading: Text(_time.format(target.loggedAt)),
                title: Text(target.name),
                subtitle: Text('Seeing ${target.seeing}/5 · ${target.eyepiece}'),
              );
            },
          );
        },
      ),
      bottomNavigationBar: SafeArea(
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: FilledButton.icon(
            onPressed: _ending ? null : _endSession,
            icon: const Icon(Icons.stop_circle_outlined),
            label: const Text('Oturumu bitir'),
          ),
        ),
      ),
    );
  }
}
""",
    r"""
if (!mounted) return;
Navigator.of(context).pushReplacement(
  MaterialPageRoute<void>(builder: (_) => SessionSummaryPage(summary: summary)),
);
""",
    [
        "pushReplacement | pushAndRemoveUntil | pushReplacementNamed | pushNamedAndRemoveUntil",
        "SessionSummaryPage | pushReplacementNamed | pushNamedAndRemoveUntil",
        "summary",
    ],
    must_not=["Navigator.push(", ".push(", "maybePop", "popUntil"],
)

row(
    "dialogs",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/lesson.dart';
import '../services/booking_service.dart';

class UpcomingLessonCard extends StatefulWidget {
  const UpcomingLessonCard({super.key, required this.lesson, required this.booking});

  final Lesson lesson;
  final BookingService booking;

  @override
  State<UpcomingLessonCard> createState() => _UpcomingLessonCardState();
}

class _UpcomingLessonCardState extends State<UpcomingLessonCard> {
  static final _format = DateFormat('d MMMM EEEE, HH:mm', 'tr_TR');
  bool _cancelling = false;

  Future<void> _cancel() async {
    final lesson = widget.lesson;
    final lateCancel = lesson.startsAt.difference(DateTime.now()) < const Duration(hours: 24);
    // onay dialogu göster, lateCancel ise ücretin iade edilmeyeceğini de yaz; onaylanmazsa çık
    setState(() => _cancelling = true);
    await widget.booking.cancelLesson(lesson.id);
    if (mounted) setState(() => _cancelling = false);
  }

  @override
  Widget build(BuildContext context) {
    final lesson = widget.lesson;
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(_format.format(lesson.startsAt), style: Theme.of(context).textTheme.titleMedium),
            const SizedBox(height: 4),
            Text('${lesson.instructorName} · ${lesson.vehiclePlate}'),
            Text(lesson.automatic ? 'Otomatik vites' : 'Manuel vites'),
            const SizedBox(height: 12),
            Align(
              alignment: Alignment.centerRight,
              child: TextButton.icon(
                onPressed: _cancelling ? null : _cancel,
                icon: const Icon(Icons.event_busy_outlined),
                label: const Text('Dersi iptal et'),
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
final confirmed = await showDialog<bool>(
  context: context,
  builder: (context) => AlertDialog(
    title: const Text('Ders iptal edilsin mi?'),
    content: Text(
      lateCancel
          ? 'Derse 24 saatten az kaldı. İptal ederseniz ders ücreti iade edilmez.'
          : '${_format.format(lesson.startsAt)} tarihli dersiniz iptal edilecek.',
    ),
    actions: [
      TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
      FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('İptal et')),
    ],
  ),
);
if (confirmed != true || !mounted) return;
""",
    [
        "showDialog | showAdaptiveDialog | showCupertinoDialog",
        "AlertDialog | CupertinoAlertDialog | SimpleDialog | Dialog",
        "lateCancel",
        "Navigator.pop | context.pop | Navigator.of",
        "return",
    ],
    must_not=["cancelLesson", "showModalBottomSheet"],
    checks=["call showDialog | showAdaptiveDialog | showCupertinoDialog"],
)


# ================================================================ callback

row(
    "lists",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/sky_target.dart';
import '../services/tonight_list_store.dart';
import 'catalog_picker_page.dart';

class TonightListPage extends StatefulWidget {
  const TonightListPage({super.key, required this.store});

  final TonightListStore store;

  @override
  State<TonightListPage> createState() => _TonightListPageState();
}

class _TonightListPageState extends State<TonightListPage> {
  late final List<SkyTarget> _targets = widget.store.load();

  Future<void> _addFromCatalog() async {
    final target = await Navigator.of(context).push<SkyTarget>(
      MaterialPageRoute(builder: (_) => const CatalogPickerPage()),
    );
    if (target == null) return;
    setState(() => _targets.add(target));
    widget.store.save(_targets);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Bu gece bakılacaklar')),
      floatingActionButton: FloatingActionButton(
        onPressed: _addFromCatalog,
        child: const Icon(Icons.add),
      ),
      body: ListView.builder(
        itemCount: _targets.length,
        itemBuilder: (context, index) {
          final target = _targets[index];
          return Dismissible(
            key: ValueKey(target.catalogId),
            direction: DismissDirection.endToStart,
            background: Container(
              color: Theme.of(context).colorScheme.errorContainer,
              alignment: Alignment.centerRight,
              padding: const EdgeInsets.symmetric(horizontal: 24),
              child: const Icon(Icons.delete_outline),
            ),
            onDismissed: (direction) {
              // listeden çıkarıp kaydet; snackbar'daki 'Geri al' hedefi aynı sıraya geri koysun
            },
            child: ListTile(
              title: Text('${target.catalogId} · ${target.name}'),
              subtitle: Text('${target.typeLabel} · kadir ${target.magnitude}'),
            ),
          );
        },
      ),
    );
  }
}
""",
    r"""
setState(() => _targets.removeAt(index));
widget.store.save(_targets);
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(
    content: Text('${target.name} listeden çıkarıldı'),
    action: SnackBarAction(
      label: 'Geri al',
      onPressed: () {
        setState(() => _targets.insert(index, target));
        widget.store.save(_targets);
      },
    ),
  ),
);
""",
    ["setState", "removeAt | remove | removeWhere", "widget.store.save", "SnackBarAction", "insert", "index"],
    must_not=["_targets.add("],
    checks=["call .showSnackBar", "call SnackBarAction > .insert", "literal 'Geri al'"],
)

row(
    "forms",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/enrollment.dart';

enum LicenseClass {
  a2('A2'),
  b('B'),
  be('BE'),
  c('C');

  const LicenseClass(this.label);

  final String label;
}

class EnrollmentForm extends StatefulWidget {
  const EnrollmentForm({super.key, required this.onSubmit});

  final ValueChanged<Enrollment> onSubmit;

  @override
  State<EnrollmentForm> createState() => _EnrollmentFormState();
}

class _EnrollmentFormState extends State<EnrollmentForm> {
  final _formKey = GlobalKey<FormState>();
  final _nameCtrl = TextEditingController();
  LicenseClass _licenseClass = LicenseClass.b;
  bool _automatic = false;

  @override
  void dispose() {
    _nameCtrl.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          TextFormField(
            controller: _nameCtrl,
            decoration: const InputDecoration(labelText: 'Ad soyad'),
            validator: (v) => (v ?? '').trim().isEmpty ? 'Ad soyad gerekli' : null,
          ),
          const SizedBox(height: 16),
          SegmentedButton<LicenseClass>(
            segments: [
              for (final c in LicenseClass.values) ButtonSegment(value: c, label: Text(c.label)),
            ],
            selected: {_licenseClass},
            onSelectionChanged: (selection) {
              // secilen sinifi ata; B disinda bir sinif secildiyse otomatik vitesi kapat
            },
          ),
          SwitchListTile(
            title: const Text('Otomatik vites'),
            subtitle: const Text('Yalnızca B sınıfı için'),
            value: _automatic,
            onChanged: _licenseClass == LicenseClass.b ? (v) => setState(() => _automatic = v) : null,
          ),
          const SizedBox(height: 24),
          FilledButton(
            onPressed: () {
              if (!_formKey.currentState!.validate()) return;
              widget.onSubmit(
                Enrollment(fullName: _nameCtrl.text.trim(), licenseClass: _licenseClass.label, automatic: _automatic),
              );
            },
            child: const Text('Kaydı tamamla'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
setState(() {
  _licenseClass = selection.first;
  if (_licenseClass != LicenseClass.b) _automatic = false;
});
""",
    ["setState", "selection.first | selection.single | selection.last", "_licenseClass", "LicenseClass.b", "_automatic", "false | &&"],
    must_not=["true"],
    checks=["call setState"],
)

row(
    "navigation",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/observation.dart';
import '../models/observing_session.dart';
import 'edit_observation_page.dart';

class SessionDetailPage extends StatefulWidget {
  const SessionDetailPage({super.key, required this.session});

  final ObservingSession session;

  @override
  State<SessionDetailPage> createState() => _SessionDetailPageState();
}

class _SessionDetailPageState extends State<SessionDetailPage> {
  final _time = DateFormat.Hm('tr_TR');
  late final List<Observation> _observations = [...widget.session.observations];

  @override
  Widget build(BuildContext context) {
    final session = widget.session;
    return Scaffold(
      appBar: AppBar(
        title: Text(session.siteName),
        bottom: PreferredSize(
          preferredSize: const Size.fromHeight(24),
          child: Text('Bortle ${session.bortle} · ${session.telescopeName}'),
        ),
      ),
      body: ListView.separated(
        itemCount: _observations.length,
        separatorBuilder: (context, index) => const Divider(height: 1),
        itemBuilder: (context, index) {
          final observation = _observations[index];
          return ListTile(
            leading: Text(_time.format(observation.observedAt)),
            title: Text(observation.target),
            subtitle: Text(
              observation.notes.isEmpty ? 'Not yok' : observation.notes,
              maxLines: 2,
              overflow: TextOverflow.ellipsis,
            ),
            trailing: Text('${observation.seeing}/5'),
            onTap: () async {
              // düzenleme sayfasını aç, güncellenmiş Observation dönerse listedeki kaydı onunla değiştir
            },
          );
        },
      ),
    );
  }
}
""",
    r"""
final updated = await Navigator.of(context).push<Observation>(
  MaterialPageRoute(builder: (_) => EditObservationPage(observation: observation)),
);
if (updated == null || !mounted) return;
setState(() => _observations[index] = updated);
""",
    [
        "Navigator.push | Navigator.of | context.push | pushNamed",
        "EditObservationPage | context.push | pushNamed",
        "null",
        "setState",
        "_observations",
        "index | indexOf | indexWhere",
    ],
    must_not=["pushReplacement", "_observations.add(", "insert("],
    checks=["call setState"],
)

row(
    "dialogs",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/instructor.dart';

class LessonSlotPicker extends StatefulWidget {
  const LessonSlotPicker({super.key, required this.instructor, required this.date, required this.onPicked});

  final Instructor instructor;
  final DateTime date;
  final ValueChanged<DateTime> onPicked;

  @override
  State<LessonSlotPicker> createState() => _LessonSlotPickerState();
}

class _LessonSlotPickerState extends State<LessonSlotPicker> {
  TimeOfDay? _time;

  @override
  Widget build(BuildContext context) {
    final time = _time;
    return Column(
      crossAxisAlignment: CrossAxisAlignment.stretch,
      children: [
        ListTile(
          leading: CircleAvatar(backgroundImage: NetworkImage(widget.instructor.photoUrl)),
          title: Text(widget.instructor.name),
          subtitle: Text('${widget.instructor.vehicleModel} · ${widget.instructor.transmission}'),
        ),
        const SizedBox(height: 8),
        OutlinedButton.icon(
          icon: const Icon(Icons.schedule),
          label: Text(time == null ? 'Saat seç' : time.format(context)),
          onPressed: () async {
            // saat seçtir (varsayılan 09:00); 08:00-20:00 dışındaysa snackbar ile uyar, içindeyse _time'a yaz
          },
        ),
        const SizedBox(height: 12),
        FilledButton(
          onPressed: time == null
              ? null
              : () => widget.onPicked(
                    DateTime(widget.date.year, widget.date.month, widget.date.day, time.hour, time.minute),
                  ),
          child: const Text('Devam'),
        ),
      ],
    );
  }
}
""",
    r"""
final picked = await showTimePicker(
  context: context,
  initialTime: _time ?? const TimeOfDay(hour: 9, minute: 0),
);
if (picked == null || !context.mounted) return;
final minutes = picked.hour * 60 + picked.minute;
if (minutes < 8 * 60 || minutes > 20 * 60) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Dersler 08:00 ile 20:00 arasında verilir')),
  );
  return;
}
setState(() => _time = picked);
""",
    ["showTimePicker", "hour", "showSnackBar", "setState", "_time"],
    must_not=["showDatePicker", "CupertinoTimerPicker"],
    checks=[
        "call showTimePicker(initialTime)",
        "call TimeOfDay(hour: 9)",
        "literal 8 | 480",
        "literal 20 | 1200",
        "call .showSnackBar",
        "call setState",
    ],
)


# ================================================================ class_body

row(
    "lists",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/lesson.dart';
import '../widgets/lesson_row.dart';

class InstructorAgendaPage extends StatefulWidget {
  const InstructorAgendaPage({super.key, required this.lessons});

  /// Sorted by start time.
  final List<Lesson> lessons;

  @override
  State<InstructorAgendaPage> createState() => _InstructorAgendaPageState();
}

class _InstructorAgendaPageState extends State<InstructorAgendaPage> {
  static const _rowHeight = 72.0;
  final _scrollController = ScrollController();

  @override
  void initState() {
    super.initState();
    WidgetsBinding.instance.addPostFrameCallback((_) => _scrollToNextLesson());
  }

  @override
  void dispose() {
    _scrollController.dispose();
    super.dispose();
  }

  // şu andan sonraki ilk derse 300 ms animasyonla kaydıran _scrollToNextLesson metodu

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Ajandam'),
        actions: [
          IconButton(
            tooltip: 'Sıradaki ders',
            icon: const Icon(Icons.today_outlined),
            onPressed: _scrollToNextLesson,
          ),
        ],
      ),
      body: ListView.builder(
        controller: _scrollController,
        itemExtent: _rowHeight,
        itemCount: widget.lessons.length,
        itemBuilder: (context, index) => LessonRow(lesson: widget.lessons[index]),
      ),
    );
  }
}
""",
    r"""
void _scrollToNextLesson() {
  final now = DateTime.now();
  final index = widget.lessons.indexWhere((lesson) => lesson.startsAt.isAfter(now));
  if (index < 0 || !_scrollController.hasClients) return;
  final offset = (index * _rowHeight).clamp(0.0, _scrollController.position.maxScrollExtent);
  _scrollController.animateTo(offset, duration: const Duration(milliseconds: 300), curve: Curves.easeOut);
}
""",
    [
        "_scrollToNextLesson",
        "widget.lessons",
        "indexWhere | for",
        "startsAt",
        "isAfter | isBefore | compareTo | difference",
        "_rowHeight | 72",
        "_scrollController",
        "animateTo",
    ],
    must_not=["jumpTo", "ensureVisible"],
    checks=["call .animateTo(duration, curve)", "call Duration(milliseconds: 300)"],
)

row(
    "forms",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/observation.dart';

class QuickObservationSheet extends StatefulWidget {
  const QuickObservationSheet({super.key, required this.onSave});

  final Future<void> Function(Observation observation) onSave;

  @override
  State<QuickObservationSheet> createState() => _QuickObservationSheetState();
}

class _QuickObservationSheetState extends State<QuickObservationSheet> {
  final _targetCtrl = TextEditingController();
  final _notesCtrl = TextEditingController();
  int? _seeing;
  bool _saving = false;

  @override
  void initState() {
    super.initState();
    _targetCtrl.addListener(() => setState(() {}));
  }

  @override
  void dispose() {
    _targetCtrl.dispose();
    _notesCtrl.dispose();
    super.dispose();
  }

  // hedef adı boş değil, seeing seçili ve kayıt sürmüyorsa true dönen _canSave getter'ı

  Future<void> _save() async {
    setState(() => _saving = true);
    await widget.onSave(
      Observation(
        target: _targetCtrl.text.trim(),
        seeing: _seeing!,
        notes: _notesCtrl.text.trim(),
        observedAt: DateTime.now(),
      ),
    );
    if (mounted) Navigator.of(context).pop();
  }

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: EdgeInsets.fromLTRB(16, 16, 16, 16 + MediaQuery.viewInsetsOf(context).bottom),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          TextField(
            controller: _targetCtrl,
            decoration: const InputDecoration(labelText: 'Hedef', hintText: 'ör. M42, NGC 7000'),
          ),
          const SizedBox(height: 12),
          Wrap(
            spacing: 8,
            children: [
              for (var s = 1; s <= 5; s++)
                ChoiceChip(
                  label: Text('Seeing $s'),
                  selected: _seeing == s,
                  onSelected: (_) => setState(() => _seeing = s),
                ),
            ],
          ),
          const SizedBox(height: 12),
          TextField(controller: _notesCtrl, maxLines: 3, decoration: const InputDecoration(labelText: 'Notlar')),
          const SizedBox(height: 16),
          FilledButton(onPressed: _canSave ? _save : null, child: const Text('Kaydet')),
        ],
      ),
    );
  }
}
""",
    r"""
bool get _canSave => _targetCtrl.text.trim().isNotEmpty && _seeing != null && !_saving;
""",
    ["get _canSave", "_targetCtrl.text", "isNotEmpty | isEmpty", "_seeing", "null", "_saving"],
    must_not=["setState", "_notesCtrl"],
)

row(
    "navigation",
    "class_body",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/lesson.dart';
import '../widgets/route_map_preview.dart';

class LessonDetailPage extends StatelessWidget {
  const LessonDetailPage({super.key, required this.lesson});

  final Lesson lesson;

  // bu sayfayı açan static route(lesson): alttan kayarak gelsin, 250 ms sürsün

  @override
  Widget build(BuildContext context) {
    final format = DateFormat('d MMMM EEEE, HH:mm', 'tr_TR');
    return Scaffold(
      appBar: AppBar(
        leading: const CloseButton(),
        title: const Text('Ders detayı'),
      ),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          Text(format.format(lesson.startsAt), style: Theme.of(context).textTheme.titleLarge),
          const SizedBox(height: 8),
          ListTile(
            contentPadding: EdgeInsets.zero,
            leading: const Icon(Icons.person_outline),
            title: Text(lesson.instructorName),
            subtitle: Text(lesson.vehiclePlate),
          ),
          ListTile(
            contentPadding: EdgeInsets.zero,
            leading: const Icon(Icons.place_outlined),
            title: Text(lesson.pickupAddress),
            subtitle: Text('${lesson.durationMinutes} dk'),
          ),
          const SizedBox(height: 12),
          RouteMapPreview(points: lesson.routePoints, height: 220),
        ],
      ),
    );
  }
}
""",
    r"""
static Route<void> route(Lesson lesson) {
  return PageRouteBuilder<void>(
    transitionDuration: const Duration(milliseconds: 250),
    reverseTransitionDuration: const Duration(milliseconds: 250),
    pageBuilder: (context, animation, secondaryAnimation) => LessonDetailPage(lesson: lesson),
    transitionsBuilder: (context, animation, secondaryAnimation, child) => SlideTransition(
      position: Tween<Offset>(begin: const Offset(0, 1), end: Offset.zero)
          .chain(CurveTween(curve: Curves.easeOutCubic))
          .animate(animation),
      child: child,
    ),
  );
}
""",
    ["static", "Route", "PageRouteBuilder | PageRoute", "transitionDuration", "SlideTransition | Offset", "LessonDetailPage"],
    must_not=["MaterialPageRoute", "Offset(1, 0)", "Offset(-1, 0)"],
    checks=["call Duration(milliseconds: 250)", "call Offset > 1"],
)

row(
    "dialogs",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/eyepiece.dart';
import '../models/telescope.dart';

class MagnificationCard extends StatefulWidget {
  const MagnificationCard({super.key, required this.telescope, required this.eyepieces});

  final Telescope telescope;
  final List<Eyepiece> eyepieces;

  @override
  State<MagnificationCard> createState() => _MagnificationCardState();
}

class _MagnificationCardState extends State<MagnificationCard> {
  Eyepiece? _eyepiece;

  // mercek seçtiren SimpleDialog açan _pickEyepiece: her satırda mercek adı ve büyütme (teleskop odak / mercek odak) yazsın

  @override
  Widget build(BuildContext context) {
    final eyepiece = _eyepiece;
    final magnification = eyepiece == null ? null : widget.telescope.focalLengthMm / eyepiece.focalLengthMm;
    return Card(
      child: ListTile(
        leading: const Icon(Icons.visibility_outlined),
        title: Text(eyepiece?.name ?? 'Mercek seçilmedi'),
        subtitle: Text(
          magnification == null
              ? widget.telescope.name
              : '${magnification.round()}× · ${widget.telescope.name}',
        ),
        trailing: const Icon(Icons.unfold_more),
        onTap: () async {
          final picked = await _pickEyepiece();
          if (picked != null) setState(() => _eyepiece = picked);
        },
      ),
    );
  }
}
""",
    r"""
Future<Eyepiece?> _pickEyepiece() {
  return showDialog<Eyepiece>(
    context: context,
    builder: (context) => SimpleDialog(
      title: const Text('Mercek seç'),
      children: [
        for (final e in widget.eyepieces)
          SimpleDialogOption(
            onPressed: () => Navigator.pop(context, e),
            child: Text('${e.name} · ${(widget.telescope.focalLengthMm / e.focalLengthMm).round()}×'),
          ),
      ],
    ),
  );
}
""",
    [
        "_pickEyepiece",
        "showDialog",
        "SimpleDialog",
        "widget.eyepieces",
        "Navigator.pop | context.pop | Navigator.of",
        "focalLengthMm",
        "/ | ~/",
    ],
    must_not=["showModalBottomSheet", "AlertDialog"],
    checks=["call showDialog(builder: SimpleDialog)"],
)


# ================================================================ element

row(
    "lists",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/lesson_package.dart';
import '../widgets/lesson_credit_card.dart';

class PackageDetailPage extends StatelessWidget {
  const PackageDetailPage({super.key, required this.package});

  final LessonPackage package;

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    final total = package.credits.length;
    return Scaffold(
      body: CustomScrollView(
        slivers: [
          SliverAppBar.large(title: Text(package.name)),
          SliverToBoxAdapter(
            child: Padding(
              padding: const EdgeInsets.all(16),
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text('${package.usedCount}/$total ders kullanıldı', style: textTheme.titleMedium),
                  const SizedBox(height: 8),
                  LinearProgressIndicator(value: total == 0 ? 0 : package.usedCount / total),
                  const SizedBox(height: 4),
                  Text('Son kullanım: ${package.expiresOnLabel}', style: textTheme.bodySmall),
                ],
              ),
            ),
          ),
          // package.credits'i 2 sutunlu grid olarak goster, her hucre bir LessonCreditCard olsun
          const SliverToBoxAdapter(child: SizedBox(height: 24)),
        ],
      ),
    );
  }
}
""",
    r"""
SliverPadding(
  padding: const EdgeInsets.symmetric(horizontal: 16),
  sliver: SliverGrid.builder(
    gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
      crossAxisCount: 2,
      mainAxisSpacing: 12,
      crossAxisSpacing: 12,
      childAspectRatio: 1.4,
    ),
    itemCount: package.credits.length,
    itemBuilder: (context, index) => LessonCreditCard(credit: package.credits[index]),
  ),
),
""",
    ["SliverGrid", "crossAxisCount", "package.credits", "LessonCreditCard"],
    must_not=["GridView", "shrinkWrap", "maxCrossAxisExtent"],
    checks=["literal 2"],
)

row(
    "forms",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/observation.dart';

class ObservationForm extends StatefulWidget {
  const ObservationForm({super.key, required this.onSaved});

  final ValueChanged<Observation> onSaved;

  @override
  State<ObservationForm> createState() => _ObservationFormState();
}

class _ObservationFormState extends State<ObservationForm> {
  final _formKey = GlobalKey<FormState>();
  final _targetCtrl = TextEditingController();
  final _notesCtrl = TextEditingController();
  int? _seeing;

  @override
  void dispose() {
    _targetCtrl.dispose();
    _notesCtrl.dispose();
    super.dispose();
  }

  void _submit() {
    if (!_formKey.currentState!.validate()) return;
    widget.onSaved(
      Observation(
        target: _targetCtrl.text.trim(),
        seeing: _seeing!,
        notes: _notesCtrl.text.trim(),
        observedAt: DateTime.now(),
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          TextFormField(
            controller: _targetCtrl,
            decoration: const InputDecoration(labelText: 'Hedef', hintText: 'ör. M13'),
            validator: (v) => (v ?? '').trim().isEmpty ? 'Hedef gerekli' : null,
          ),
          const SizedBox(height: 12),
          // 1-5 arası seeing seçimi; boş bırakılırsa 'Seeing seçin' hatası
          const SizedBox(height: 12),
          TextFormField(
            controller: _notesCtrl,
            maxLines: 4,
            decoration: const InputDecoration(labelText: 'Notlar', alignLabelWithHint: true),
          ),
          const SizedBox(height: 24),
          FilledButton(onPressed: _submit, child: const Text('Gözlemi kaydet')),
        ],
      ),
    );
  }
}
""",
    r"""
DropdownButtonFormField<int>(
  initialValue: _seeing,
  decoration: const InputDecoration(labelText: 'Seeing (1-5)'),
  items: [
    for (var i = 1; i <= 5; i++) DropdownMenuItem(value: i, child: Text('$i')),
  ],
  onChanged: (value) => setState(() => _seeing = value),
  validator: (value) => value == null ? 'Seeing seçin' : null,
),
""",
    ["DropdownButtonFormField | FormField", "validator", "_seeing", "onChanged | onSaved | didChange | onSelectionChanged | onSelected"],
    must_not=["DropdownButton(", "_targetCtrl"],
    checks=["literal 'Seeing seçin'", "literal 5"],
)

row(
    "navigation",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../services/auth_service.dart';

class StudentDrawer extends StatelessWidget {
  const StudentDrawer({super.key, required this.auth});

  final AuthService auth;

  @override
  Widget build(BuildContext context) {
    final student = auth.currentStudent!;
    return Drawer(
      child: ListView(
        padding: EdgeInsets.zero,
        children: [
          UserAccountsDrawerHeader(
            accountName: Text(student.fullName),
            accountEmail: Text(student.email),
            currentAccountPicture: CircleAvatar(child: Text(student.initials)),
          ),
          ListTile(
            leading: const Icon(Icons.event_available_outlined),
            title: const Text('Derslerim'),
            onTap: () {
              Navigator.pop(context);
              Navigator.pushNamed(context, '/lessons');
            },
          ),
          ListTile(
            leading: const Icon(Icons.inventory_2_outlined),
            title: const Text('Ders paketleri'),
            onTap: () {
              Navigator.pop(context);
              Navigator.pushNamed(context, '/packages');
            },
          ),
          // 'Sınav sonuçları': çekmeceyi kapat, /exam-results'a student.id'yi arguments olarak geçir
          const Divider(),
          ListTile(
            leading: const Icon(Icons.logout),
            title: const Text('Çıkış yap'),
            onTap: () async {
              Navigator.pop(context);
              await auth.signOut();
            },
          ),
        ],
      ),
    );
  }
}
""",
    r"""
ListTile(
  leading: const Icon(Icons.fact_check_outlined),
  title: const Text('Sınav sonuçları'),
  onTap: () {
    Navigator.pop(context);
    Navigator.pushNamed(context, '/exam-results', arguments: student.id);
  },
),
""",
    [
        "ListTile",
        "pop | closeDrawer",
        "pushNamed | Navigator.push | context.push",
        "arguments | extra",
        "student.id",
    ],
    must_not=["pushReplacementNamed", "auth.signOut"],
    checks=["literal 'Sınav sonuçları'", "literal '/exam-results'"],
)

row(
    "dialogs",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/observing_site.dart';
import '../services/site_repository.dart';

class ObservingSitesPage extends StatelessWidget {
  const ObservingSitesPage({super.key, required this.repository});

  final SiteRepository repository;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Gözlem yerleri'),
        actions: [
          // bilgi ikonu: Bortle ölçeğini kısaca anlatan AlertDialog açsın, 'Tamam' ile kapansın
          IconButton(
            tooltip: 'Yeni yer',
            icon: const Icon(Icons.add_location_alt_outlined),
            onPressed: () => Navigator.pushNamed(context, '/sites/new'),
          ),
        ],
      ),
      body: FutureBuilder<List<ObservingSite>>(
        future: repository.all(),
        builder: (context, snapshot) {
          final sites = snapshot.data;
          if (sites == null) return const Center(child: CircularProgressIndicator());
          return ListView.builder(
            itemCount: sites.length,
            itemBuilder: (context, index) {
              final site = sites[index];
              return ListTile(
                leading: CircleAvatar(child: Text('${site.bortle}')),
                title: Text(site.name),
                subtitle: Text('Bortle ${site.bortle} · ${site.altitudeM} m · ${site.driveMinutes} dk'),
                onTap: () => Navigator.pushNamed(context, '/sites/${site.id}'),
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
IconButton(
  tooltip: 'Bortle ölçeği',
  icon: const Icon(Icons.info_outline),
  onPressed: () => showDialog<void>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Bortle ölçeği'),
      content: const Text(
        'Gökyüzünün karanlığını 1 (kusursuz karanlık) ile 9 (şehir merkezi) arasında derecelendirir. '
        'Sayı küçüldükçe daha sönük bulutsu ve gökadalar görülebilir.',
      ),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context), child: const Text('Tamam')),
      ],
    ),
  ),
),
""",
    [
        "IconButton",
        "Icons.info | Icons.info_outline | Icons.info_outlined | Icons.help_outline | Icons.help",
        "showDialog | showAdaptiveDialog",
        "AlertDialog",
        "Navigator.pop | context.pop | Navigator.of",
    ],
    must_not=["showModalBottomSheet", "/sites/new"],
    checks=["call showDialog | showAdaptiveDialog", "literal 'Tamam'"],
)


# ================================================================ argument

row(
    "lists",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/messier_object.dart';
import '../widgets/messier_row.dart';

class MessierCatalogPage extends StatelessWidget {
  const MessierCatalogPage({super.key, required this.objects, required this.observedNumbers});

  final List<MessierObject> objects;
  final Set<int> observedNumbers;

  @override
  Widget build(BuildContext context) {
    final observed = objects.where((o) => observedNumbers.contains(o.number)).length;
    return Scaffold(
      appBar: AppBar(
        title: const Text('Messier kataloğu'),
        bottom: PreferredSize(
          preferredSize: const Size.fromHeight(28),
          child: Padding(
            padding: const EdgeInsets.only(bottom: 8),
            child: Text('$observed / ${objects.length} gözlendi'),
          ),
        ),
      ),
      body: Scrollbar(
        child: ListView.builder(
          itemCount: objects.length,
          // satirlar sabit 64 px yuksekliginde olsun
          itemBuilder: (context, index) {
            final object = objects[index];
            return MessierRow(object: object, observed: observedNumbers.contains(object.number));
          },
        ),
      ),
    );
  }
}
""",
    r"""
itemExtent: 64,
""",
    ["itemExtent | itemExtentBuilder"],
    must_not=["SizedBox", "prototypeItem"],
    checks=["literal 64"],
)

row(
    "forms",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/student_profile.dart';

class StudentProfileForm extends StatefulWidget {
  const StudentProfileForm({super.key, required this.profile, required this.onSave});

  final StudentProfile profile;
  final ValueChanged<StudentProfile> onSave;

  @override
  State<StudentProfileForm> createState() => _StudentProfileFormState();
}

class _StudentProfileFormState extends State<StudentProfileForm> {
  final _formKey = GlobalKey<FormState>();
  late final _nameCtrl = TextEditingController(text: widget.profile.fullName);
  late final _phoneCtrl = TextEditingController(text: widget.profile.phone);

  @override
  void dispose() {
    _nameCtrl.dispose();
    _phoneCtrl.dispose();
    super.dispose();
  }

  void _save() {
    if (!_formKey.currentState!.validate()) return;
    widget.onSave(
      widget.profile.copyWith(
        fullName: _nameCtrl.text.trim(),
        phone: _phoneCtrl.text.replaceAll(' ', ''),
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _nameCtrl,
            decoration: const InputDecoration(labelText: 'Ad soyad'),
            validator: (v) => (v ?? '').trim().isEmpty ? 'Ad soyad gerekli' : null,
          ),
          const SizedBox(height: 12),
          TextFormField(
            controller: _phoneCtrl,
            keyboardType: TextInputType.phone,
            decoration: const InputDecoration(labelText: 'Cep telefonu', hintText: '05xx xxx xx xx'),
            // boşluklar atılınca 05 ile başlayan 11 haneli değilse 'Geçerli bir cep numarası girin'
          ),
          const SizedBox(height: 24),
          FilledButton(onPressed: _save, child: const Text('Kaydet')),
        ],
      ),
    );
  }
}
""",
    r"""
validator: (value) {
  final digits = (value ?? '').replaceAll(' ', '');
  if (!RegExp(r'^05\d{9}$').hasMatch(digits)) return 'Geçerli bir cep numarası girin';
  return null;
},
""",
    ["validator", "replaceAll | replaceFirst | split | RegExp", "null"],
    must_not=["inputFormatters", "_nameCtrl"],
    checks=["literal 'Geçerli bir cep numarası girin'", "literal '05'", "literal 11 | '{9}' | '{10}'"],
)

row(
    "navigation",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'pages/catalog_page.dart';
import 'pages/target_detail_page.dart';
import 'pages/tonight_page.dart';

final appRouter = GoRouter(
  initialLocation: '/tonight',
  routes: [
    GoRoute(path: '/tonight', builder: (context, state) => const TonightPage()),
    GoRoute(
      path: '/targets',
      builder: (context, state) => CatalogPage(query: state.uri.queryParameters['q']),
      routes: [
        GoRoute(
          path: ':number',
          // number sayi degilse ya da 1-110 disindaysa /targets sayfasina yonlendir
          builder: (context, state) => TargetDetailPage(
            messierNumber: int.parse(state.pathParameters['number']!),
          ),
        ),
      ],
    ),
  ],
  errorBuilder: (context, state) => Scaffold(
    appBar: AppBar(title: const Text('Bulunamadı')),
    body: Center(child: Text(state.uri.toString())),
  ),
);

class SkyLogApp extends StatelessWidget {
  const SkyLogApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(
      title: 'Gök Defteri',
      theme: ThemeData(colorSchemeSeed: Colors.indigo, brightness: Brightness.dark),
      routerConfig: appRouter,
    );
  }
}
""",
    r"""
redirect: (context, state) {
  final number = int.tryParse(state.pathParameters['number'] ?? '');
  if (number == null || number < 1 || number > 110) return '/targets';
  return null;
},
""",
    ["redirect", "pathParameters", "tryParse | RegExp", "null"],
    must_not=["context.go", "int.parse("],
    checks=["literal '/targets'", "literal 1", "literal 110"],
)

row(
    "dialogs",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/exam_session.dart';
import '../services/exam_service.dart';

class ExamSessionTile extends StatelessWidget {
  const ExamSessionTile({super.key, required this.session, required this.exams, required this.studentId});

  final ExamSession session;
  final ExamService exams;
  final String studentId;

  static final _format = DateFormat('d MMMM y, HH:mm', 'tr_TR');

  Future<void> _register(BuildContext context) async {
    final ok = await showDialog<bool>(
      context: context,
      builder: (context) => AlertDialog(
        title: const Text('Direksiyon sınavı'),
        content: Text(
          '${_format.format(session.startsAt)} tarihli sınava kaydolmak istiyor musunuz? '
          'Sınav ücreti ${session.feeTl} TL.',
        ),
        // 'Vazgeç' false, 'Sınava kaydol' true döndürsün
      ),
    );
    if (ok != true) return;
    await exams.register(session.id, studentId: studentId);
    if (!context.mounted) return;
    ScaffoldMessenger.of(context).showSnackBar(const SnackBar(content: Text('Sınav kaydınız alındı')));
  }

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: const Icon(Icons.directions_car_outlined),
      title: Text(_format.format(session.startsAt)),
      subtitle: Text('${session.centerName} · ${session.freeSeats} kontenjan'),
      trailing: session.freeSeats > 0
          ? FilledButton.tonal(onPressed: () => _register(context), child: const Text('Kaydol'))
          : const Text('Dolu'),
    );
  }
}
""",
    r"""
actions: [
  TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
  FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('Sınava kaydol')),
],
""",
    ["actions", "Navigator.pop | context.pop | Navigator.of", "true", "false"],
    must_not=["exams.register", "showSnackBar"],
    checks=["literal 'Vazgeç'", "literal 'Sınava kaydol'"],
)


if __name__ == "__main__":
    ROWS.write()
