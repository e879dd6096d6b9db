# ruff: noqa: E501  (the Dart files' Turkish comments are written as a developer would, on one line)
"""In-context held-out rows, batch 10 (holdout-j4): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics lists, forms, navigation, dialogs
(5 each, one per position); app domains a music school lesson and instrument rental app (weekly lesson
schedule, teachers and students, enrolment form, instrument catalogue with monthly fees and deposits, rentals with
due dates and extensions, practice plans, lesson notes) and a blood-pressure and blood-sugar log app (pressure and
glucose readings, daily history, entry forms with mg/dL and mmol/L values, high-reading warnings, medication intake,
app lock with a PIN screen, go_router routes).

Run: .venv/bin/python experiments/in-context-authoring/holdout-j4.py  -> data/in_context/drafts/holdout-j4.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-j4", "holdj4")
row = ROWS.row


# ================================================================ statements

# Condition: the category filter applies only when a category is selected, the availability filter only when
# _onlyAvailable is on; then the result is sorted ascending by monthly fee.
row(
    "lists",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/instrument.dart';
import '../services/rental_service.dart';
import '../widgets/instrument_tile.dart';

class InstrumentCatalogPage extends StatefulWidget {
  const InstrumentCatalogPage({super.key, required this.rentals});

  final RentalService rentals;

  @override
  State<InstrumentCatalogPage> createState() => _InstrumentCatalogPageState();
}

class _InstrumentCatalogPageState extends State<InstrumentCatalogPage> {
  late final Future<List<Instrument>> _instruments = widget.rentals.fetchInstruments();
  InstrumentCategory? _category;
  bool _onlyAvailable = true;

  List<Instrument> _visible(List<Instrument> instruments) {
    // seçili kategori ve 'sadece müsait' filtresini uygula, aylık kiraya göre ucuzdan pahalıya sırala
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Kiralık enstrümanlar'),
        actions: [
          Padding(
            padding: const EdgeInsets.only(right: 12),
            child: FilterChip(
              label: const Text('Sadece müsait'),
              selected: _onlyAvailable,
              onSelected: (value) => setState(() => _onlyAvailable = value),
            ),
          ),
        ],
      ),
      body: Column(
        children: [
          SingleChildScrollView(
            scrollDirection: Axis.horizontal,
            padding: const EdgeInsets.symmetric(horizontal: 12, vertical: 8),
            child: Row(
              children: [
                for (final category in InstrumentCategory.values)
                  Padding(
                    padding: const EdgeInsets.only(right: 8),
                    child: ChoiceChip(
                      label: Text(category.label),
                      selected: _category == category,
                      onSelected: (selected) => setState(() => _category = selected ? category : null),
                    ),
                  ),
              ],
            ),
          ),
          Expanded(
            child: FutureBuilder<List<Instrument>>(
              future: _instruments,
              builder: (context, snapshot) {
                final instruments = snapshot.data;
                if (instruments == null) return const Center(child: CircularProgressIndicator());
                final visible = _visible(instruments);
                return ListView.builder(
                  itemCount: visible.length,
                  itemBuilder: (context, index) => InstrumentTile(instrument: visible[index]),
                );
              },
            ),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
final visible = instruments.where((instrument) {
  if (_category != null && instrument.category != _category) return false;
  if (_onlyAvailable && !instrument.isAvailable) return false;
  return true;
}).toList();
visible.sort((a, b) => a.monthlyFee.compareTo(b.monthlyFee));
return visible;
""",
    ["_category", "_onlyAvailable", "isAvailable", "monthlyFee", "sort | sorted | sortedBy"],
    must_not=["b.monthlyFee.compareTo(a.monthlyFee)", "reversed"],
)

# Order: validate first and stop if invalid; then build the PressureReading, save it with addPressure, and only
# then close the page returning the reading.
row(
    "forms",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/pressure_reading.dart';
import '../services/health_log_repository.dart';

class AddPressurePage extends StatefulWidget {
  const AddPressurePage({super.key, required this.repository});

  final HealthLogRepository repository;

  @override
  State<AddPressurePage> createState() => _AddPressurePageState();
}

class _AddPressurePageState extends State<AddPressurePage> {
  final _formKey = GlobalKey<FormState>();
  final _systolic = TextEditingController();
  final _diastolic = TextEditingController();
  final _pulse = TextEditingController();
  MeasurementArm _arm = MeasurementArm.left;
  bool _saving = false;

  @override
  void dispose() {
    _systolic.dispose();
    _diastolic.dispose();
    _pulse.dispose();
    super.dispose();
  }

  Future<void> _submit() async {
    // önce formu doğrula; geçerliyse PressureReading oluşturup repository.addPressure ile kaydet, sonra okumayı döndürerek sayfayı kapat
  }

  String? _required(String? value) => (value == null || value.isEmpty) ? 'Zorunlu alan' : null;

  Widget _numberField(TextEditingController controller, String label, {bool required = true}) {
    return TextFormField(
      controller: controller,
      decoration: InputDecoration(labelText: label),
      keyboardType: TextInputType.number,
      inputFormatters: [FilteringTextInputFormatter.digitsOnly, LengthLimitingTextInputFormatter(3)],
      validator: required ? _required : null,
    );
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Tansiyon ölçümü')),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            _numberField(_systolic, 'Büyük (mmHg)'),
            _numberField(_diastolic, 'Küçük (mmHg)'),
            _numberField(_pulse, 'Nabız', required: false),
            const SizedBox(height: 16),
            SegmentedButton<MeasurementArm>(
              segments: const [
                ButtonSegment(value: MeasurementArm.left, label: Text('Sol kol')),
                ButtonSegment(value: MeasurementArm.right, label: Text('Sağ kol')),
              ],
              selected: {_arm},
              onSelectionChanged: (selection) => setState(() => _arm = selection.first),
            ),
            const SizedBox(height: 24),
            FilledButton(onPressed: _saving ? null : _submit, child: const Text('Kaydet')),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
if (!_formKey.currentState!.validate()) return;
setState(() => _saving = true);
final reading = PressureReading(
  systolic: int.parse(_systolic.text),
  diastolic: int.parse(_diastolic.text),
  pulse: int.tryParse(_pulse.text),
  arm: _arm,
  measuredAt: DateTime.now(),
);
await widget.repository.addPressure(reading);
if (!mounted) return;
Navigator.of(context).pop(reading);
""",
    [
        "_formKey",
        "validate",
        "PressureReading",
        "_systolic.text",
        "_diastolic.text",
        "addPressure",
        ".pop",
    ],
    must_not=["maybePop", "save()"],
    checks=["call PressureReading", "call .addPressure"],
)

# Order: push the detail page and await its result; reload only when the result is true.
row(
    "navigation",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/lesson.dart';
import '../services/schedule_service.dart';
import '../widgets/lesson_card.dart';
import 'lesson_detail_page.dart';

class WeeklySchedulePage extends StatefulWidget {
  const WeeklySchedulePage({super.key, required this.schedule, required this.teacherId});

  final ScheduleService schedule;
  final String teacherId;

  @override
  State<WeeklySchedulePage> createState() => _WeeklySchedulePageState();
}

class _WeeklySchedulePageState extends State<WeeklySchedulePage> {
  DateTime _weekStart = DateUtils.dateOnly(DateTime.now());
  late Future<List<Lesson>> _lessons = widget.schedule.fetchWeek(widget.teacherId, _weekStart);

  void _reload() {
    setState(() => _lessons = widget.schedule.fetchWeek(widget.teacherId, _weekStart));
  }

  void _shiftWeek(int weeks) {
    _weekStart = _weekStart.add(Duration(days: 7 * weeks));
    _reload();
  }

  Future<void> _openLesson(Lesson lesson) async {
    // ders detayına git, dönüşte true gelirse programı yeniden yükle
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Haftalık ders programı'),
        actions: [
          IconButton(onPressed: () => _shiftWeek(-1), icon: const Icon(Icons.chevron_left)),
          IconButton(onPressed: () => _shiftWeek(1), icon: const Icon(Icons.chevron_right)),
        ],
      ),
      body: FutureBuilder<List<Lesson>>(
        future: _lessons,
        builder: (context, snapshot) {
          if (snapshot.hasError) return const Center(child: Text('Program yüklenemedi'));
          final lessons = snapshot.data;
          if (lessons == null) return const Center(child: CircularProgressIndicator());
          return ListView.builder(
            padding: const EdgeInsets.all(12),
            itemCount: lessons.length,
            itemBuilder: (context, index) => LessonCard(
              lesson: lessons[index],
              onTap: () => _openLesson(lessons[index]),
            ),
          );
        },
      ),
    );
  }
}
""",
    r"""
final changed = await Navigator.of(context).push<bool>(
  MaterialPageRoute(builder: (_) => LessonDetailPage(lesson: lesson)),
);
if (changed == true) _reload();
""",
    ["push", "LessonDetailPage", "await", "_reload", "== true | ?? false"],
    must_not=["pushReplacement", "pushNamed"],
    checks=["call MaterialPageRoute | CupertinoPageRoute | PageRouteBuilder > LessonDetailPage"],
)

# Condition: the dialog only when systolic >= 180 OR diastolic >= 120 (either one); it must not close on a tap
# outside; the following pop of the page stays after it.
row(
    "dialogs",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/pressure_reading.dart';
import '../services/health_log_repository.dart';
import '../widgets/pressure_form.dart';

class EditPressurePage extends StatefulWidget {
  const EditPressurePage({super.key, required this.repository, this.initial});

  final HealthLogRepository repository;
  final PressureReading? initial;

  @override
  State<EditPressurePage> createState() => _EditPressurePageState();
}

class _EditPressurePageState extends State<EditPressurePage> {
  bool _saving = false;

  Future<void> _onSaved(PressureReading reading) async {
    setState(() => _saving = true);
    try {
      await widget.repository.savePressure(reading);
    } catch (_) {
      if (!mounted) return;
      setState(() => _saving = false);
      ScaffoldMessenger.of(context).showSnackBar(
        const SnackBar(content: Text('Ölçüm kaydedilemedi')),
      );
      return;
    }
    if (!mounted) return;
    // sistolik 180 veya diyastolik 120 ve üstündeyse dışarı tıklayınca kapanmayan bir uyarı göster, 'Anladım' butonuyla kapansın
    if (!mounted) return;
    Navigator.of(context).pop(reading);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text(widget.initial == null ? 'Yeni ölçüm' : 'Ölçümü düzenle'),
      ),
      body: AbsorbPointer(
        absorbing: _saving,
        child: PressureForm(
          initial: widget.initial,
          onSaved: _onSaved,
        ),
      ),
    );
  }
}
""",
    r"""
if (reading.systolic >= 180 || reading.diastolic >= 120) {
  await showDialog<void>(
    context: context,
    barrierDismissible: false,
    builder: (context) => AlertDialog(
      icon: const Icon(Icons.warning_amber_rounded),
      title: const Text('Tansiyonunuz çok yüksek'),
      content: Text(
        '${reading.systolic}/${reading.diastolic} mmHg. Birkaç dakika dinlenip tekrar ölçün; '
        'değer düşmezse doktorunuza başvurun.',
      ),
      actions: [
        FilledButton(
          onPressed: () => Navigator.of(context).pop(),
          child: const Text('Anladım'),
        ),
      ],
    ),
  );
}
""",
    ["reading.systolic", "reading.diastolic", "showDialog | showAdaptiveDialog", "barrierDismissible", ".pop"],
    must_not=["barrierDismissible: true"],
    checks=[
        "call showDialog | showAdaptiveDialog(barrierDismissible: false)",
        "literal 180",
        "literal 120",
        "literal 'Anladım'",
    ],
)


# ================================================================ callback

# Condition: the date header only above the first reading of a day (index 0 or a different day than the one
# before); otherwise the tile alone.
row(
    "lists",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/glucose_reading.dart';
import '../widgets/glucose_tile.dart';

class GlucoseHistoryList extends StatelessWidget {
  const GlucoseHistoryList({super.key, required this.readings, required this.onOpen});

  /// Newest first.
  final List<GlucoseReading> readings;
  final ValueChanged<GlucoseReading> onOpen;

  static final _dayFormat = DateFormat('d MMMM EEEE', 'tr_TR');

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    if (readings.isEmpty) {
      return const Center(child: Text('Bu aralıkta şeker ölçümü yok'));
    }
    return ListView.builder(
      padding: const EdgeInsets.only(bottom: 88),
      itemCount: readings.length,
      itemBuilder: (context, index) {
        final reading = readings[index];
        final tile = GlucoseTile(reading: reading, onTap: () => onOpen(reading));
        // günün ilk ölçümüyse üstüne tarih başlığı koy
      },
    );
  }
}

class GlucoseRangeLegend extends StatelessWidget {
  const GlucoseRangeLegend({super.key});

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Wrap(
      spacing: 12,
      children: [
        Chip(avatar: CircleAvatar(backgroundColor: scheme.tertiary), label: const Text('Düşük')),
        Chip(avatar: CircleAvatar(backgroundColor: scheme.primary), label: const Text('Normal')),
        Chip(avatar: CircleAvatar(backgroundColor: scheme.error), label: const Text('Yüksek')),
      ],
    );
  }
}
""",
    r"""
final previous = index == 0 ? null : readings[index - 1];
final startsDay = previous == null || !DateUtils.isSameDay(previous.measuredAt, reading.measuredAt);
if (!startsDay) return tile;
return Column(
  crossAxisAlignment: CrossAxisAlignment.stretch,
  children: [
    Padding(
      padding: const EdgeInsets.fromLTRB(16, 16, 16, 4),
      child: Text(_dayFormat.format(reading.measuredAt), style: theme.textTheme.titleSmall),
    ),
    tile,
  ],
);
""",
    [
        "index - 1",
        "measuredAt",
        "isSameDay | .day | dateOnly",
        "_dayFormat | DateFormat",
        "tile",
        "Column",
    ],
    must_not=["sort(", "groupBy"],
    checks=["call Column > Text"],
)

# The selected instrument is kept (setState) and its deposit is written into the deposit field.
row(
    "forms",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/instrument.dart';
import '../models/student.dart';

class RentalForm extends StatefulWidget {
  const RentalForm({super.key, required this.student, required this.instruments, required this.onSubmit});

  final Student student;
  final List<Instrument> instruments;
  final void Function(Instrument instrument, double deposit) onSubmit;

  @override
  State<RentalForm> createState() => _RentalFormState();
}

class _RentalFormState extends State<RentalForm> {
  final _formKey = GlobalKey<FormState>();
  final _depositController = TextEditingController();
  Instrument? _instrument;

  @override
  void dispose() {
    _depositController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          Text('${widget.student.fullName} için kiralama', style: Theme.of(context).textTheme.titleMedium),
          const SizedBox(height: 16),
          DropdownButtonFormField<Instrument>(
            initialValue: _instrument,
            decoration: const InputDecoration(labelText: 'Enstrüman'),
            items: [
              for (final instrument in widget.instruments)
                DropdownMenuItem(value: instrument, child: Text('${instrument.name} (${instrument.size})')),
            ],
            validator: (value) => value == null ? 'Enstrüman seçin' : null,
            onChanged: (instrument) {
              // secilen enstrumani tut ve depozito alanina onun depozitosunu yaz
            },
          ),
          const SizedBox(height: 12),
          TextFormField(
            controller: _depositController,
            decoration: const InputDecoration(labelText: 'Depozito', suffixText: '₺'),
            keyboardType: TextInputType.number,
          ),
          const SizedBox(height: 24),
          FilledButton(
            onPressed: () {
              if (!_formKey.currentState!.validate()) return;
              widget.onSubmit(_instrument!, double.tryParse(_depositController.text) ?? 0);
            },
            child: const Text('Kiralamayı başlat'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
setState(() => _instrument = instrument);
_depositController.text = instrument == null ? '' : instrument.deposit.toStringAsFixed(0);
""",
    ["setState", "_instrument", "_depositController.text | _depositController.value", ".deposit"],
    must_not=["TextEditingController("],
    checks=["call setState"],
)

# Two cases: locked and not on /lock -> '/lock'; unlocked while on /lock -> back to '/'; otherwise null.
row(
    "navigation",
    "callback",
    r"""
import 'package:go_router/go_router.dart';

import 'screens/dashboard_page.dart';
import 'screens/glucose_history_page.dart';
import 'screens/lock_page.dart';
import 'screens/settings_page.dart';
import 'services/app_lock.dart';
import 'services/health_log_repository.dart';

GoRouter buildRouter(AppLock lock, HealthLogRepository repository) {
  return GoRouter(
    initialLocation: '/',
    refreshListenable: lock,
    redirect: (context, state) {
      // kilitliyken kilit ekranı dışındaki her yerden /lock'a yönlendir, kilit açılınca /lock'tan ana sayfaya dön
    },
    routes: [
      GoRoute(
        path: '/',
        builder: (context, state) => DashboardPage(repository: repository),
        routes: [
          GoRoute(
            path: 'glucose',
            builder: (context, state) => GlucoseHistoryPage(repository: repository),
          ),
          GoRoute(
            path: 'settings',
            builder: (context, state) => SettingsPage(lock: lock),
          ),
        ],
      ),
      GoRoute(
        path: '/lock',
        builder: (context, state) => LockPage(lock: lock),
      ),
    ],
  );
}
""",
    r"""
final onLockPage = state.matchedLocation == '/lock';
if (lock.isLocked && !onLockPage) return '/lock';
if (!lock.isLocked && onLockPage) return '/';
return null;
""",
    ["lock.isLocked", "matchedLocation | uri.path | fullPath | uri.toString", "null"],
    must_not=["state.location", "state.subloc", "context.go"],
    checks=["literal '/lock'"],
)

# Condition: only when a date was picked (the dialog can be cancelled) is extendRental called.
row(
    "dialogs",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/rental.dart';
import '../services/rental_service.dart';

class RentalDetailPage extends StatefulWidget {
  const RentalDetailPage({super.key, required this.rental, required this.rentals});

  final Rental rental;
  final RentalService rentals;

  @override
  State<RentalDetailPage> createState() => _RentalDetailPageState();
}

class _RentalDetailPageState extends State<RentalDetailPage> {
  static final _date = DateFormat('d MMMM y', 'tr_TR');
  late Rental _rental = widget.rental;

  Future<void> _extendRental(DateTime newDueDate) async {
    final updated = await widget.rentals.extendRental(_rental.id, newDueDate);
    if (!mounted) return;
    setState(() => _rental = updated);
    ScaffoldMessenger.of(context).showSnackBar(
      SnackBar(content: Text('Yeni iade tarihi: ${_date.format(updated.dueDate)}')),
    );
  }

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Scaffold(
      appBar: AppBar(title: Text(_rental.instrumentName)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          ListTile(title: const Text('Öğrenci'), subtitle: Text(_rental.studentName)),
          ListTile(title: const Text('Aylık ücret'), subtitle: Text('${_rental.monthlyFee} ₺')),
          ListTile(
            title: const Text('İade tarihi'),
            subtitle: Text(_date.format(_rental.dueDate), style: theme.textTheme.titleMedium),
          ),
          const SizedBox(height: 16),
          OutlinedButton.icon(
            icon: const Icon(Icons.event_repeat),
            label: const Text('Süreyi uzat'),
            onPressed: () async {
              // yeni iade tarihini sectir: eski tarihten once olamasin, en fazla 60 gun sonrasi; secilirse _extendRental
            },
          ),
        ],
      ),
    );
  }
}
""",
    r"""
final picked = await showDatePicker(
  context: context,
  initialDate: _rental.dueDate,
  firstDate: _rental.dueDate,
  lastDate: _rental.dueDate.add(const Duration(days: 60)),
  helpText: 'Yeni iade tarihi',
);
if (picked == null) return;
await _extendRental(picked);
""",
    ["showDatePicker", "firstDate", "lastDate", "_rental.dueDate", "_extendRental"],
    must_not=["DateTime.now()", "rentals.extendRental"],
    checks=["call showDatePicker(firstDate, lastDate)", "literal 60"],
)


# ================================================================ class_body

# Only when the filter changed (and the list has clients) does it scroll to the top, animated over 300 ms.
row(
    "lists",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/rental.dart';
import '../widgets/rental_card.dart';

enum RentalFilter { active, overdue, returned }

class RentalHistoryList extends StatefulWidget {
  const RentalHistoryList({super.key, required this.rentals, required this.filter});

  final List<Rental> rentals;
  final RentalFilter filter;

  @override
  State<RentalHistoryList> createState() => _RentalHistoryListState();
}

class _RentalHistoryListState extends State<RentalHistoryList> {
  final _scroll = ScrollController();

  // filtre degisince listeyi 300 ms'de en basa kaydir

  @override
  void dispose() {
    _scroll.dispose();
    super.dispose();
  }

  List<Rental> get _visible => widget.rentals
      .where((rental) => switch (widget.filter) {
            RentalFilter.active => !rental.isReturned && !rental.isOverdue,
            RentalFilter.overdue => rental.isOverdue,
            RentalFilter.returned => rental.isReturned,
          })
      .toList();

  @override
  Widget build(BuildContext context) {
    final visible = _visible;
    if (visible.isEmpty) {
      return const Center(child: Text('Bu filtrede kiralama yok'));
    }
    return Scrollbar(
      controller: _scroll,
      child: ListView.builder(
        controller: _scroll,
        padding: const EdgeInsets.symmetric(vertical: 8),
        itemCount: visible.length,
        itemBuilder: (context, index) => RentalCard(rental: visible[index]),
      ),
    );
  }
}
""",
    r"""
@override
void didUpdateWidget(covariant RentalHistoryList oldWidget) {
  super.didUpdateWidget(oldWidget);
  if (oldWidget.filter != widget.filter && _scroll.hasClients) {
    _scroll.animateTo(0, duration: const Duration(milliseconds: 300), curve: Curves.easeOut);
  }
}
""",
    ["didUpdateWidget", "oldWidget.filter", "widget.filter", "animateTo"],
    must_not=["jumpTo", "initState"],
    checks=["call Duration(milliseconds: 300)", "call .animateTo(duration, curve)"],
)

# One validator member: empty -> 'Değer girin'; not a number or outside 20–600 -> an error; otherwise null.
row(
    "forms",
    "class_body",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/glucose_reading.dart';

class GlucoseEntryForm extends StatefulWidget {
  const GlucoseEntryForm({super.key, required this.onSaved});

  final ValueChanged<GlucoseReading> onSaved;

  @override
  State<GlucoseEntryForm> createState() => _GlucoseEntryFormState();
}

class _GlucoseEntryFormState extends State<GlucoseEntryForm> {
  final _formKey = GlobalKey<FormState>();
  final _value = TextEditingController();
  MealTiming _timing = MealTiming.fasting;

  @override
  void dispose() {
    _value.dispose();
    super.dispose();
  }

  // _validateValue: boşsa 'Değer girin', sayı değilse veya 20-600 mg/dL dışındaysa uygun hata

  void _save() {
    if (!_formKey.currentState!.validate()) return;
    widget.onSaved(GlucoseReading(
      mgPerDl: int.parse(_value.text),
      timing: _timing,
      measuredAt: DateTime.now(),
    ));
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          TextFormField(
            controller: _value,
            autofocus: true,
            decoration: const InputDecoration(labelText: 'Kan şekeri', suffixText: 'mg/dL'),
            keyboardType: TextInputType.number,
            inputFormatters: [FilteringTextInputFormatter.digitsOnly],
            validator: _validateValue,
          ),
          const SizedBox(height: 12),
          DropdownButtonFormField<MealTiming>(
            initialValue: _timing,
            decoration: const InputDecoration(labelText: 'Ölçüm zamanı'),
            items: [
              for (final timing in MealTiming.values)
                DropdownMenuItem(value: timing, child: Text(timing.label)),
            ],
            onChanged: (timing) => setState(() => _timing = timing ?? _timing),
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
String? _validateValue(String? value) {
  if (value == null || value.trim().isEmpty) return 'Değer girin';
  final mgPerDl = int.tryParse(value.trim());
  if (mgPerDl == null) return 'Geçerli bir sayı girin';
  if (mgPerDl < 20 || mgPerDl > 600) return 'Değer 20-600 mg/dL arasında olmalı';
  return null;
}
""",
    ["_validateValue", "isEmpty", "int.tryParse | double.tryParse | num.tryParse | FormatException", "null"],
    must_not=["TextFormField"],
    checks=["literal 'Değer girin'", "literal 20", "literal 600"],
)

# One member: a method producing routes; '/instrument' and '/rent' each read the Instrument from
# settings.arguments; any other name gives null.
row(
    "navigation",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import 'models/instrument.dart';
import 'screens/home_page.dart';
import 'screens/instrument_detail_page.dart';
import 'screens/not_found_page.dart';
import 'screens/rental_form_page.dart';
import 'services/instrument_catalog.dart';

class MusicSchoolApp extends StatelessWidget {
  const MusicSchoolApp({super.key, required this.catalog});

  final InstrumentCatalog catalog;

  // '/instrument' ve '/rent' rotaları arguments'taki Instrument ile sayfasını açsın, bilinmeyen rotada null

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Notalar Müzik Okulu',
      theme: ThemeData(
        colorScheme: ColorScheme.fromSeed(seedColor: const Color(0xFF6A1B9A)),
        visualDensity: VisualDensity.comfortable,
      ),
      home: HomePage(catalog: catalog),
      onGenerateRoute: _onGenerateRoute,
      onUnknownRoute: (settings) => MaterialPageRoute<void>(
        settings: settings,
        builder: (_) => const NotFoundPage(),
      ),
    );
  }
}

class InstrumentLink extends StatelessWidget {
  const InstrumentLink({super.key, required this.instrument});

  final Instrument instrument;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text(instrument.name),
      subtitle: Text('${instrument.monthlyFee} ₺ / ay'),
      trailing: TextButton(
        onPressed: () => Navigator.of(context).pushNamed('/rent', arguments: instrument),
        child: const Text('Kirala'),
      ),
      onTap: () => Navigator.of(context).pushNamed('/instrument', arguments: instrument),
    );
  }
}
""",
    r"""
Route<dynamic>? _onGenerateRoute(RouteSettings settings) {
  final instrument = settings.arguments;
  if (instrument is! Instrument) return null;
  switch (settings.name) {
    case '/instrument':
      return MaterialPageRoute<void>(
        settings: settings,
        builder: (_) => InstrumentDetailPage(instrument: instrument),
      );
    case '/rent':
      return MaterialPageRoute<void>(
        settings: settings,
        builder: (_) => RentalFormPage(instrument: instrument),
      );
  }
  return null;
}
""",
    ["_onGenerateRoute", "settings.name", "settings.arguments", "InstrumentDetailPage", "RentalFormPage", "null"],
    must_not=["onGenerateRoute:", "pushNamed"],
    checks=[
        "literal '/instrument'",
        "literal '/rent'",
        "call MaterialPageRoute | CupertinoPageRoute | PageRouteBuilder",
    ],
)

# One static member that opens this dialog and returns the chosen Medication (null when dismissed: the
# barrier must stay dismissible).
row(
    "dialogs",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/medication.dart';

/// Asks which medication was just taken, for the intake log next to the readings.
class MedicationPickerDialog extends StatelessWidget {
  const MedicationPickerDialog({super.key, required this.medications, this.selectedId});

  final List<Medication> medications;
  final String? selectedId;

  // dialogu açan static show metodu, seçilen ilacı döndürsün

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return SimpleDialog(
      title: const Text('Hangi ilacı aldınız?'),
      children: [
        for (final medication in medications)
          SimpleDialogOption(
            onPressed: () => Navigator.of(context).pop(medication),
            child: Row(
              children: [
                Icon(
                  medication.id == selectedId ? Icons.radio_button_checked : Icons.radio_button_off,
                  color: theme.colorScheme.primary,
                ),
                const SizedBox(width: 12),
                Expanded(
                  child: Column(
                    crossAxisAlignment: CrossAxisAlignment.start,
                    children: [
                      Text(medication.name, style: theme.textTheme.titleSmall),
                      Text('${medication.doseMg} mg · ${medication.schedule}', style: theme.textTheme.bodySmall),
                    ],
                  ),
                ),
              ],
            ),
          ),
        if (medications.isEmpty)
          const Padding(
            padding: EdgeInsets.all(16),
            child: Text('Önce ayarlardan ilaç ekleyin'),
          ),
      ],
    );
  }
}
""",
    r"""
static Future<Medication?> show(
  BuildContext context, {
  required List<Medication> medications,
  String? selectedId,
}) {
  return showDialog<Medication>(
    context: context,
    builder: (_) => MedicationPickerDialog(medications: medications, selectedId: selectedId),
  );
}
""",
    ["static", "Future<Medication?>", "BuildContext", "showDialog | showAdaptiveDialog"],
    must_not=["barrierDismissible: false", "build("],
    checks=["call showDialog | showAdaptiveDialog > MedicationPickerDialog"],
)


# ================================================================ element

# Condition: when there are no readings the remaining space shows 'Henüz ölçüm yok'; otherwise the PressureTile list.
row(
    "lists",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/pressure_reading.dart';
import '../services/health_log_repository.dart';
import '../widgets/pressure_summary_card.dart';
import '../widgets/pressure_tile.dart';
import 'add_pressure_page.dart';

class PressureLogPage extends StatelessWidget {
  const PressureLogPage({super.key, required this.repository});

  final HealthLogRepository repository;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      floatingActionButton: FloatingActionButton.extended(
        onPressed: () => Navigator.of(context).push(
          MaterialPageRoute<void>(builder: (_) => AddPressurePage(repository: repository)),
        ),
        icon: const Icon(Icons.add),
        label: const Text('Ölçüm ekle'),
      ),
      body: StreamBuilder<List<PressureReading>>(
        stream: repository.watchPressure(),
        builder: (context, snapshot) {
          if (snapshot.connectionState == ConnectionState.waiting) {
            return const Center(child: CircularProgressIndicator());
          }
          final readings = snapshot.data ?? const <PressureReading>[];
          return CustomScrollView(
            slivers: [
              const SliverAppBar.large(title: Text('Tansiyon günlüğü')),
              SliverToBoxAdapter(
                child: Padding(
                  padding: const EdgeInsets.symmetric(horizontal: 16),
                  child: PressureSummaryCard(readings: readings),
                ),
              ),
              // ölçüm yoksa boş alanı 'Henüz ölçüm yok' yazısıyla doldur, varsa PressureTile listesi
              const SliverPadding(padding: EdgeInsets.only(bottom: 88)),
            ],
          );
        },
      ),
    );
  }
}
""",
    r"""
if (readings.isEmpty)
  const SliverFillRemaining(
    hasScrollBody: false,
    child: Center(child: Text('Henüz ölçüm yok')),
  )
else
  SliverList.builder(
    itemCount: readings.length,
    itemBuilder: (context, index) => PressureTile(reading: readings[index]),
  ),
""",
    ["readings.isEmpty | readings.isNotEmpty | readings.length", "SliverFillRemaining | SliverToBoxAdapter", "SliverList | SliverFixedExtentList", "PressureTile"],
    must_not=["ListView", "shrinkWrap"],
    checks=["literal 'Henüz ölçüm yok'"],
)

# Two asked parts: digits only, and an error 'Kurslar 5 yaşından itibaren' when the age is under 5.
row(
    "forms",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/course.dart';
import '../models/enrollment.dart';

class EnrollmentForm extends StatefulWidget {
  const EnrollmentForm({super.key, required this.course, required this.onSubmit});

  final Course course;
  final ValueChanged<Enrollment> onSubmit;

  @override
  State<EnrollmentForm> createState() => _EnrollmentFormState();
}

class _EnrollmentFormState extends State<EnrollmentForm> {
  final _formKey = GlobalKey<FormState>();
  final _nameController = TextEditingController();
  final _ageController = TextEditingController();
  final _parentPhoneController = TextEditingController();

  @override
  void dispose() {
    _nameController.dispose();
    _ageController.dispose();
    _parentPhoneController.dispose();
    super.dispose();
  }

  void _submit() {
    if (!_formKey.currentState!.validate()) return;
    widget.onSubmit(Enrollment(
      courseId: widget.course.id,
      studentName: _nameController.text.trim(),
      age: int.parse(_ageController.text),
      parentPhone: _parentPhoneController.text,
    ));
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          Text(widget.course.title, style: Theme.of(context).textTheme.titleLarge),
          const SizedBox(height: 16),
          TextFormField(
            controller: _nameController,
            decoration: const InputDecoration(labelText: 'Öğrenci adı soyadı'),
            textCapitalization: TextCapitalization.words,
            validator: (value) => (value == null || value.trim().isEmpty) ? 'Ad soyad girin' : null,
          ),
          const SizedBox(height: 12),
          // yaş alanı: sadece rakam, 5'ten küçükse 'Kurslar 5 yaşından itibaren' hatası
          const SizedBox(height: 12),
          TextFormField(
            controller: _parentPhoneController,
            decoration: const InputDecoration(labelText: 'Veli telefonu', prefixText: '+90 '),
            keyboardType: TextInputType.phone,
            inputFormatters: [FilteringTextInputFormatter.digitsOnly, LengthLimitingTextInputFormatter(10)],
          ),
          const SizedBox(height: 24),
          FilledButton(onPressed: _submit, child: const Text('Kaydı tamamla')),
        ],
      ),
    );
  }
}
""",
    r"""
TextFormField(
  controller: _ageController,
  decoration: const InputDecoration(labelText: 'Yaş'),
  keyboardType: TextInputType.number,
  inputFormatters: [FilteringTextInputFormatter.digitsOnly],
  validator: (value) {
    final age = int.tryParse(value ?? '');
    if (age == null) return 'Yaş girin';
    if (age < 5) return 'Kurslar 5 yaşından itibaren';
    return null;
  },
),
""",
    [
        "TextFormField",
        "_ageController",
        "digitsOnly | TextInputType.number",
        "int.tryParse | int.parse | num.tryParse",
    ],
    must_not=["TextEditingController("],
    checks=["call TextFormField(validator)", "literal 'Kurslar 5 yaşından itibaren'", "literal 5 | 4"],
)

# One element: a sub-route 'pressure/:id' whose builder reads id from the path parameters.
row(
    "navigation",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'screens/dashboard_page.dart';
import 'screens/glucose_history_page.dart';
import 'screens/pressure_detail_page.dart';
import 'screens/pressure_log_page.dart';
import 'services/health_log_repository.dart';

GoRouter buildHealthRouter(HealthLogRepository repository) {
  return GoRouter(
    routes: [
      GoRoute(
        path: '/',
        builder: (context, state) => DashboardPage(repository: repository),
        routes: [
          GoRoute(
            path: 'pressure',
            builder: (context, state) => PressureLogPage(
              repository: repository,
              onOpen: (reading) => context.go('/pressure/${reading.id}'),
            ),
          ),
          // tansiyon detayı: pressure/:id, id path parametresinden PressureDetailPage'e gitsin
          GoRoute(
            path: 'glucose',
            builder: (context, state) => GlucoseHistoryPage(repository: repository),
          ),
        ],
      ),
    ],
    errorBuilder: (context, state) => Scaffold(
      appBar: AppBar(title: const Text('Sayfa bulunamadı')),
      body: Center(
        child: FilledButton(
          onPressed: () => context.go('/'),
          child: const Text('Ana sayfaya dön'),
        ),
      ),
    ),
  );
}
""",
    r"""
GoRoute(
  path: 'pressure/:id',
  builder: (context, state) => PressureDetailPage(
    repository: repository,
    readingId: state.pathParameters['id']!,
  ),
),
""",
    ["GoRoute", "pathParameters", "PressureDetailPage"],
    must_not=["queryParameters", "state.params", "extra"],
    checks=["literal 'pressure/:id'", "call GoRoute > PressureDetailPage"],
)

# One element: a red button that closes the dialog with true.
row(
    "dialogs",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/lesson.dart';
import '../services/lesson_service.dart';

Future<void> confirmCancelLesson(BuildContext context, Lesson lesson, LessonService lessons) async {
  final when = DateFormat('d MMMM EEEE HH:mm', 'tr_TR').format(lesson.startsAt);
  final confirmed = await showDialog<bool>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Ders iptal edilsin mi?'),
      content: Text(
        '${lesson.studentName} ile $when dersi iptal edilecek. '
        '24 saatten az kaldıysa ders paketten düşülür.',
      ),
      actions: [
        TextButton(
          onPressed: () => Navigator.of(context).pop(false),
          child: const Text('Vazgeç'),
        ),
        // kırmızı 'Dersi iptal et' butonu, true döndürsün
      ],
    ),
  );
  if (confirmed != true) return;
  await lessons.cancel(lesson.id);
  if (!context.mounted) return;
  ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(content: Text('$when dersi iptal edildi')),
  );
}

class CancelLessonButton extends StatelessWidget {
  const CancelLessonButton({super.key, required this.lesson, required this.lessons});

  final Lesson lesson;
  final LessonService lessons;

  @override
  Widget build(BuildContext context) {
    return TextButton.icon(
      onPressed: lesson.isCancelled ? null : () => confirmCancelLesson(context, lesson, lessons),
      icon: const Icon(Icons.event_busy),
      label: const Text('İptal et'),
    );
  }
}
""",
    r"""
FilledButton(
  style: FilledButton.styleFrom(
    backgroundColor: Theme.of(context).colorScheme.error,
    foregroundColor: Theme.of(context).colorScheme.onError,
  ),
  onPressed: () => Navigator.of(context).pop(true),
  child: const Text('Dersi iptal et'),
),
""",
    [".pop", "error | Colors.red | redAccent"],
    must_not=["pop(false)", "withOpacity"],
    checks=["call .pop > true", "literal 'Dersi iptal et'"],
)


# ================================================================ argument

# One argument: onReorder moving the piece inside setState (with the newIndex adjustment when moving down).
row(
    "lists",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/practice_piece.dart';
import '../services/practice_plan_service.dart';

class PracticePlanEditor extends StatefulWidget {
  const PracticePlanEditor({
    super.key,
    required this.studentId,
    required this.initialPieces,
    required this.service,
  });

  final String studentId;
  final List<PracticePiece> initialPieces;
  final PracticePlanService service;

  @override
  State<PracticePlanEditor> createState() => _PracticePlanEditorState();
}

class _PracticePlanEditorState extends State<PracticePlanEditor> {
  late final List<PracticePiece> _pieces = [...widget.initialPieces];

  Future<void> _save() async {
    await widget.service.savePlan(widget.studentId, [for (final piece in _pieces) piece.id]);
    if (!mounted) return;
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('Çalışma planı kaydedildi')),
    );
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Haftalık çalışma planı'),
        actions: [
          IconButton(onPressed: _save, icon: const Icon(Icons.save_outlined), tooltip: 'Kaydet'),
        ],
      ),
      body: ReorderableListView.builder(
        padding: const EdgeInsets.symmetric(vertical: 8),
        buildDefaultDragHandles: false,
        itemCount: _pieces.length,
        // parçaları sürükleyip bırakınca sıraları değişsin
        itemBuilder: (context, index) {
          final piece = _pieces[index];
          return ListTile(
            key: ValueKey(piece.id),
            leading: CircleAvatar(child: Text('${index + 1}')),
            title: Text(piece.title),
            subtitle: Text('${piece.composer} · ${piece.minutes} dk'),
            trailing: ReorderableDragStartListener(
              index: index,
              child: const Icon(Icons.drag_handle),
            ),
          );
        },
      ),
    );
  }
}
""",
    r"""
onReorder: (oldIndex, newIndex) {
  setState(() {
    if (newIndex > oldIndex) newIndex -= 1;
    final piece = _pieces.removeAt(oldIndex);
    _pieces.insert(newIndex, piece);
  });
},
""",
    ["onReorder", "setState", "_pieces.removeAt", "_pieces.insert", "-= 1 | - 1 | --"],
    must_not=["_save", "widget.initialPieces"],
    checks=["call setState > .removeAt", "call setState > .insert"],
)

# One argument: a formatter letting at most one digit after a comma or a point.
row(
    "forms",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/glucose_unit.dart';

/// Glucose value field for users who log in mmol/L (the app stores mg/dL).
class MmolValueField extends StatelessWidget {
  const MmolValueField({super.key, required this.controller, required this.onChanged});

  final TextEditingController controller;
  final ValueChanged<double?> onChanged;

  double? _parse(String text) => double.tryParse(text.replaceAll(',', '.'));

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: controller,
      decoration: const InputDecoration(
        labelText: 'Kan şekeri',
        suffixText: 'mmol/L',
        helperText: 'Ör. 5,6',
      ),
      keyboardType: const TextInputType.numberWithOptions(decimal: true),
      // virgul veya noktadan sonra en fazla bir basamak girilebilsin
      validator: (text) {
        final value = _parse(text ?? '');
        if (value == null) return 'Değer girin';
        if (value < 1.1 || value > 33.3) return '1,1 ile 33,3 mmol/L arasında olmalı';
        return null;
      },
      onChanged: (text) => onChanged(_parse(text)),
    );
  }
}

class UnitHint extends StatelessWidget {
  const UnitHint({super.key, required this.unit});

  final GlucoseUnit unit;

  @override
  Widget build(BuildContext context) {
    return Text(
      unit == GlucoseUnit.mmolPerL ? '1 mmol/L ≈ 18 mg/dL' : 'mg/dL',
      style: Theme.of(context).textTheme.bodySmall,
    );
  }
}
""",
    r"""
inputFormatters: [
  FilteringTextInputFormatter.allow(RegExp(r'^\d*[.,]?\d?')),
],
""",
    ["inputFormatters", "FilteringTextInputFormatter.allow | TextInputFormatter.withFunction | TextInputFormatter", "RegExp"],
    must_not=["digitsOnly", "FilteringTextInputFormatter.deny"],
    checks=["call RegExp"],
)

# One argument; order inside it: nothing when the pop already happened, else save the draft first, then pop.
row(
    "navigation",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/lesson.dart';
import '../services/lesson_draft_store.dart';

class LessonNotesEditor extends StatefulWidget {
  const LessonNotesEditor({super.key, required this.lesson, required this.drafts});

  final Lesson lesson;
  final LessonDraftStore drafts;

  @override
  State<LessonNotesEditor> createState() => _LessonNotesEditorState();
}

class _LessonNotesEditorState extends State<LessonNotesEditor> {
  late final _notes = TextEditingController(text: widget.lesson.teacherNotes ?? '');

  bool get _dirty => _notes.text != (widget.lesson.teacherNotes ?? '');

  @override
  void dispose() {
    _notes.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return PopScope<void>(
      canPop: !_dirty,
      // geri basinca sayfa kapanmadiysa notu taslak kaydet, sonra cik
      child: Scaffold(
        appBar: AppBar(
          title: Text('${widget.lesson.studentName} · ders notu'),
        ),
        body: Padding(
          padding: const EdgeInsets.all(16),
          child: TextField(
            controller: _notes,
            maxLines: null,
            expands: true,
            textAlignVertical: TextAlignVertical.top,
            decoration: const InputDecoration(
              hintText: 'Çalışılan parçalar, ödevler, dikkat edilecekler…',
              border: OutlineInputBorder(),
            ),
            onChanged: (_) => setState(() {}),
          ),
        ),
      ),
    );
  }
}
""",
    r"""
onPopInvokedWithResult: (didPop, result) async {
  if (didPop) return;
  await widget.drafts.saveDraft(widget.lesson.id, _notes.text);
  if (!context.mounted) return;
  Navigator.of(context).pop();
},
""",
    ["onPopInvokedWithResult", "didPop", "widget.drafts", "_notes.text", ".pop"],
    must_not=["onPopInvoked:", "WillPopScope", "maybePop"],
)

# One argument: the sheet's builder, padded at the bottom by the keyboard's inset, holding the quick form.
row(
    "dialogs",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../services/health_log_repository.dart';
import '../widgets/glucose_chart_card.dart';
import '../widgets/quick_glucose_form.dart';

class DashboardPage extends StatelessWidget {
  const DashboardPage({super.key, required this.repository});

  final HealthLogRepository repository;

  void _openQuickAdd(BuildContext context) {
    showModalBottomSheet<void>(
      context: context,
      isScrollControlled: true,
      showDragHandle: true,
      // klavye açılınca form yukarı kalksın, altına viewInsets kadar boşluk
    );
  }

  @override
  Widget build(BuildContext context) {
    return LayoutBuilder(
      builder: (context, constraints) {
        final wide = constraints.maxWidth >= 900;
        return Scaffold(
          appBar: AppBar(title: const Text('Bugün')),
          floatingActionButton: wide
              ? null
              : FloatingActionButton(
                  onPressed: () => _openQuickAdd(context),
                  tooltip: 'Şeker ölçümü ekle',
                  child: const Icon(Icons.bloodtype_outlined),
                ),
          body: Row(
            crossAxisAlignment: CrossAxisAlignment.start,
            children: [
              Expanded(child: GlucoseChartCard(repository: repository)),
              if (wide)
                SizedBox(
                  width: 360,
                  child: Card(
                    margin: const EdgeInsets.all(16),
                    child: QuickGlucoseForm(repository: repository),
                  ),
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
builder: (context) => Padding(
  padding: EdgeInsets.only(bottom: MediaQuery.viewInsetsOf(context).bottom),
  child: QuickGlucoseForm(repository: repository),
),
""",
    ["builder", "viewInsetsOf | viewInsets", "bottom", "QuickGlucoseForm"],
    must_not=["viewPadding", "isScrollControlled"],
    checks=["call QuickGlucoseForm"],
)


if __name__ == "__main__":
    ROWS.write()
