"""In-context held-out rows, batch 3 (holdout-c1): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics lists, forms, dialogs, storage (5 each); app domains
a library/bookstore app and a pet clinic app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-c1.py  -> data/in_context/drafts/holdout-c1.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-c1", "holdc1")
row = ROWS.row


# ================================================================ statements

row("lists", "statements", r"""
import 'package:flutter/material.dart';

class Book {
  const Book({required this.title, required this.author, required this.price, required this.inStock});

  final String title;
  final String author;
  final double price;
  final bool inStock;
}

class ShelfPage extends StatefulWidget {
  const ShelfPage({super.key, required this.books});

  final List<Book> books;

  @override
  State<ShelfPage> createState() => _ShelfPageState();
}

class _ShelfPageState extends State<ShelfPage> {
  List<Book> _visible = [];
  bool _onlyInStock = true;

  @override
  void initState() {
    super.initState();
    _applyFilter();
  }

  void _applyFilter() {
    if (!_onlyInStock) {
      _visible = List.of(widget.books);
      return;
    }
    // stokta olmayanlari at, kalanlari fiyata gore ucuzdan pahaliya sirala ve _visible'a koy
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Raf'),
        actions: [
          Switch(
            value: _onlyInStock,
            onChanged: (value) {
              _onlyInStock = value;
              setState(_applyFilter);
            },
          ),
        ],
      ),
      body: ListView.builder(
        itemCount: _visible.length,
        itemBuilder: (context, index) {
          final book = _visible[index];
          return ListTile(
            title: Text(book.title),
            subtitle: Text(book.author),
            trailing: Text('${book.price.toStringAsFixed(2)} ₺'),
          );
        },
      ),
    );
  }
}
""", r"""
_visible = widget.books.where((book) => book.inStock).toList()
  ..sort((a, b) => a.price.compareTo(b.price));
""", ["_visible", "where | removeWhere", "inStock", "sort", "price", "compareTo"],
    must_not=["b.price.compareTo(a.price)", "reversed"])

row("forms", "statements", r"""
import 'package:flutter/material.dart';

class AddPetPage extends StatefulWidget {
  const AddPetPage({super.key, required this.onSave});

  final Future<void> Function(String name, double weightKg) onSave;

  @override
  State<AddPetPage> createState() => _AddPetPageState();
}

class _AddPetPageState extends State<AddPetPage> {
  final _formKey = GlobalKey<FormState>();
  final _nameController = TextEditingController();
  final _weightController = TextEditingController();

  @override
  void dispose() {
    _nameController.dispose();
    _weightController.dispose();
    super.dispose();
  }

  Future<void> _submit() async {
    // formu dogrula, gecerliyse kiloyu virgulu noktaya cevirip onSave ile kaydet, bitince sayfayi kapat
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Yeni hasta')),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextFormField(
              controller: _nameController,
              decoration: const InputDecoration(labelText: 'Hayvanın adı'),
              validator: (v) => (v == null || v.trim().isEmpty) ? 'Ad gerekli' : null,
            ),
            TextFormField(
              controller: _weightController,
              decoration: const InputDecoration(labelText: 'Kilo (kg)'),
              keyboardType: const TextInputType.numberWithOptions(decimal: true),
              validator: (v) =>
                  double.tryParse((v ?? '').replaceAll(',', '.')) == null ? 'Geçerli bir kilo girin' : null,
            ),
            const SizedBox(height: 24),
            FilledButton(onPressed: _submit, child: const Text('Kaydet')),
          ],
        ),
      ),
    );
  }
}
""", r"""
if (!_formKey.currentState!.validate()) return;
final weight = double.parse(_weightController.text.replaceAll(',', '.'));
await widget.onSave(_nameController.text.trim(), weight);
if (!mounted) return;
Navigator.of(context).pop();
""", ["validate", "replaceAll", "widget.onSave", "_nameController", "mounted",
      "Navigator.pop | Navigator.of | context.pop | Navigator.maybePop"],
    checks=["call .validate"])

row("dialogs", "statements", r"""
import 'package:flutter/material.dart';

class Appointment {
  const Appointment({required this.petName, required this.vet, required this.time});

  final String petName;
  final String vet;
  final DateTime time;
}

class AppointmentTile extends StatefulWidget {
  const AppointmentTile({super.key, required this.appointment, required this.onCancel});

  final Appointment appointment;
  final void Function(Appointment appointment) onCancel;

  @override
  State<AppointmentTile> createState() => _AppointmentTileState();
}

class _AppointmentTileState extends State<AppointmentTile> {
  Future<void> _confirmCancel() async {
    // 'Randevu iptal edilsin mi?' diye sor, Evet'e basarsa onCancel'i cagir
  }

  @override
  Widget build(BuildContext context) {
    final a = widget.appointment;
    final hour = '${a.time.hour.toString().padLeft(2, '0')}:${a.time.minute.toString().padLeft(2, '0')}';
    return ListTile(
      leading: const Icon(Icons.pets),
      title: Text(a.petName),
      subtitle: Text('$hour · ${a.vet}'),
      trailing: IconButton(
        icon: const Icon(Icons.event_busy),
        tooltip: 'İptal et',
        onPressed: _confirmCancel,
      ),
    );
  }
}
""", r"""
final confirmed = await showDialog<bool>(
  context: context,
  builder: (context) => AlertDialog(
    title: const Text('Randevu iptal edilsin mi?'),
    actions: [
      TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
      TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Evet')),
    ],
  ),
);
if (confirmed == true) {
  widget.onCancel(widget.appointment);
}
""", ["showDialog | showAdaptiveDialog", "AlertDialog", "Navigator.pop | Navigator.of | context.pop",
      "widget.onCancel", "widget.appointment"],
    checks=["literal 'iptal edilsin mi'", "literal 'Evet'"])

row("storage", "statements", r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class CatalogPage extends StatefulWidget {
  const CatalogPage({super.key});

  @override
  State<CatalogPage> createState() => _CatalogPageState();
}

class _CatalogPageState extends State<CatalogPage> {
  bool _gridView = false;
  String _sortBy = 'title';

  @override
  void initState() {
    super.initState();
    _loadSettings();
  }

  Future<void> _loadSettings() async {
    // SharedPreferences'tan 'grid_view' ve 'sort_by' degerlerini oku; yoksa false ve 'title' olsun, ekrani guncelle
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Katalog'),
        actions: [
          IconButton(
            icon: Icon(_gridView ? Icons.view_list : Icons.grid_view),
            onPressed: () => setState(() => _gridView = !_gridView),
          ),
        ],
      ),
      body: Center(child: Text('Sıralama: $_sortBy')),
    );
  }
}
""", r"""
final prefs = await SharedPreferences.getInstance();
if (!mounted) return;
setState(() {
  _gridView = prefs.getBool('grid_view') ?? false;
  _sortBy = prefs.getString('sort_by') ?? 'title';
});
""", ["SharedPreferences.getInstance | SharedPreferencesAsync | SharedPreferencesWithCache", "getBool", "getString",
      "?? | == true", "setState", "_gridView", "_sortBy"],
    checks=["literal 'grid_view'", "literal 'sort_by'", "literal 'title'"])

# ================================================================ callback

row("lists", "callback", r"""
import 'package:flutter/material.dart';

class Patient {
  const Patient({required this.id, required this.petName, required this.owner});

  final int id;
  final String petName;
  final String owner;
}

class WaitingRoomPage extends StatefulWidget {
  const WaitingRoomPage({super.key, required this.initial});

  final List<Patient> initial;

  @override
  State<WaitingRoomPage> createState() => _WaitingRoomPageState();
}

class _WaitingRoomPageState extends State<WaitingRoomPage> {
  late final List<Patient> _queue = List.of(widget.initial);

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('Bekleyenler (${_queue.length})')),
      body: ReorderableListView.builder(
        itemCount: _queue.length,
        onReorder: (oldIndex, newIndex) {
          // surukleyip birakinca sirayi degistir, asagi tasirken newIndex kaymasini unutma
        },
        itemBuilder: (context, index) {
          final patient = _queue[index];
          return ListTile(
            key: ValueKey(patient.id),
            leading: CircleAvatar(child: Text('${index + 1}')),
            title: Text(patient.petName),
            subtitle: Text(patient.owner),
          );
        },
      ),
    );
  }
}
""", r"""
setState(() {
  if (newIndex > oldIndex) newIndex -= 1;
  final patient = _queue.removeAt(oldIndex);
  _queue.insert(newIndex, patient);
});
""", ["setState", "_queue", "removeAt", "insert", "newIndex -= 1 | newIndex - 1 | newIndex--"],
    checks=["call setState > .removeAt"])

row("forms", "callback", r"""
import 'package:flutter/material.dart';

class BookEntryForm extends StatefulWidget {
  const BookEntryForm({super.key, required this.onSubmit});

  final void Function(String title, String isbn) onSubmit;

  @override
  State<BookEntryForm> createState() => _BookEntryFormState();
}

class _BookEntryFormState extends State<BookEntryForm> {
  final _formKey = GlobalKey<FormState>();
  final _titleController = TextEditingController();
  final _isbnController = TextEditingController();

  @override
  void dispose() {
    _titleController.dispose();
    _isbnController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _titleController,
            decoration: const InputDecoration(labelText: 'Kitap adı'),
          ),
          TextFormField(
            controller: _isbnController,
            decoration: const InputDecoration(labelText: 'ISBN'),
            validator: (value) {
              // tire ve bosluklari atinca 10 ya da 13 hane olmali, degilse 'Geçersiz ISBN' dondur
            },
          ),
          ElevatedButton(
            onPressed: () {
              if (_formKey.currentState!.validate()) {
                widget.onSubmit(_titleController.text, _isbnController.text);
              }
            },
            child: const Text('Ekle'),
          ),
        ],
      ),
    );
  }
}
""", r"""
final digits = (value ?? '').replaceAll(RegExp(r'[-\s]'), '');
if (digits.length != 10 && digits.length != 13) {
  return 'Geçersiz ISBN';
}
return null;
""", ["replaceAll | replaceAllMapped | join", "length | RegExp | hasMatch"],
    must_not=["int.parse"],
    checks=["literal 10 | '10'", "literal 13 | '13'", "literal 'Gecersiz ISBN'"])

row("dialogs", "callback", r"""
import 'package:flutter/material.dart';

class LoanSheet extends StatefulWidget {
  const LoanSheet({super.key, required this.bookTitle, required this.onConfirm});

  final String bookTitle;
  final void Function(DateTime dueDate) onConfirm;

  @override
  State<LoanSheet> createState() => _LoanSheetState();
}

class _LoanSheetState extends State<LoanSheet> {
  DateTime? _dueDate;

  @override
  Widget build(BuildContext context) {
    final due = _dueDate;
    return Padding(
      padding: const EdgeInsets.all(16),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          Text(widget.bookTitle, style: Theme.of(context).textTheme.titleMedium),
          ListTile(
            leading: const Icon(Icons.event),
            title: Text(due == null ? 'İade tarihi seçilmedi' : '${due.day}.${due.month}.${due.year}'),
          ),
          OutlinedButton(
            onPressed: () async {
              // iade tarihi sectir: bugunden en fazla 30 gun sonrasina kadar, secerse _dueDate'i guncelle
            },
            child: const Text('Tarih seç'),
          ),
          FilledButton(
            onPressed: due == null ? null : () => widget.onConfirm(due),
            child: const Text('Ödünç ver'),
          ),
        ],
      ),
    );
  }
}
""", r"""
final now = DateTime.now();
final picked = await showDatePicker(
  context: context,
  initialDate: _dueDate ?? now,
  firstDate: now,
  lastDate: now.add(const Duration(days: 30)),
);
if (picked != null && mounted) {
  setState(() => _dueDate = picked);
}
""", ["showDatePicker", "firstDate", "lastDate", "setState", "_dueDate"],
    must_not=["showTimePicker", "showDateRangePicker"],
    checks=["call showDatePicker(firstDate: DateTime.now | DateUtils.dateOnly, lastDate: Duration | DateTime)",
            "literal 30"])

row("storage", "callback", r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class ClinicSettingsPage extends StatefulWidget {
  const ClinicSettingsPage({super.key, required this.prefs});

  final SharedPreferences prefs;

  @override
  State<ClinicSettingsPage> createState() => _ClinicSettingsPageState();
}

class _ClinicSettingsPageState extends State<ClinicSettingsPage> {
  late bool _remindersOn = widget.prefs.getBool('reminders_on') ?? true;
  late int _reminderHours = widget.prefs.getInt('reminder_hours') ?? 24;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ayarlar')),
      body: ListView(
        children: [
          SwitchListTile(
            title: const Text('Aşı hatırlatmaları'),
            value: _remindersOn,
            onChanged: (value) {
              // ekranda guncelle ve 'reminders_on' anahtariyla kalici kaydet
            },
          ),
          ListTile(
            enabled: _remindersOn,
            title: const Text('Kaç saat önce'),
            trailing: Text('$_reminderHours sa'),
          ),
        ],
      ),
    );
  }
}
""", r"""
setState(() => _remindersOn = value);
widget.prefs.setBool('reminders_on', value);
""", ["setState", "_remindersOn", "setBool"],
    checks=["call setState", "literal 'reminders_on'"])

# ================================================================ class_body

row("lists", "class_body", r"""
import 'package:flutter/material.dart';

class Book {
  const Book({required this.id, required this.title, required this.author});

  final int id;
  final String title;
  final String author;
}

class ReadingListPage extends StatefulWidget {
  const ReadingListPage({super.key, required this.books, required this.onOpen, required this.onRemove});

  final List<Book> books;
  final ValueChanged<Book> onOpen;
  final ValueChanged<Set<int>> onRemove;

  @override
  State<ReadingListPage> createState() => _ReadingListPageState();
}

class _ReadingListPageState extends State<ReadingListPage> {
  final Set<int> _selected = {};

  bool get _selectionMode => _selected.isNotEmpty;

  // _toggleSelection metodunu yaz: kitap seciliyse secimden cikar, degilse ekle; ekran da guncellensin

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text(_selectionMode ? '${_selected.length} seçildi' : 'Okuma listem'),
        actions: [
          if (_selectionMode)
            IconButton(
              icon: const Icon(Icons.delete),
              onPressed: () {
                widget.onRemove(Set.of(_selected));
                setState(_selected.clear);
              },
            ),
        ],
      ),
      body: ListView.builder(
        itemCount: widget.books.length,
        itemBuilder: (context, index) {
          final book = widget.books[index];
          return ListTile(
            selected: _selected.contains(book.id),
            title: Text(book.title),
            subtitle: Text(book.author),
            onLongPress: () => _toggleSelection(book),
            onTap: _selectionMode ? () => _toggleSelection(book) : () => widget.onOpen(book),
          );
        },
      ),
    );
  }
}
""", r"""
void _toggleSelection(Book book) {
  setState(() {
    if (!_selected.remove(book.id)) {
      _selected.add(book.id);
    }
  });
}
""", ["_toggleSelection", "setState", "_selected", "remove", "add", ".id"],
    must_not=["clear"],
    checks=["call setState"])

row("forms", "class_body", r"""
import 'package:flutter/material.dart';

class OwnerContactForm extends StatefulWidget {
  const OwnerContactForm({super.key, required this.onSubmit});

  final void Function(String owner, String phone) onSubmit;

  @override
  State<OwnerContactForm> createState() => _OwnerContactFormState();
}

class _OwnerContactFormState extends State<OwnerContactForm> {
  final _ownerController = TextEditingController();
  final _phoneController = TextEditingController();

  @override
  void dispose() {
    _ownerController.dispose();
    _phoneController.dispose();
    super.dispose();
  }

  // kaydet butonu icin _canSubmit getter'i: sahip adi bos degil VE telefon tam 10 haneyse true

  void _submit() => widget.onSubmit(_ownerController.text.trim(), _phoneController.text);

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(
          controller: _ownerController,
          decoration: const InputDecoration(labelText: 'Sahip adı soyadı'),
          onChanged: (_) => setState(() {}),
        ),
        TextField(
          controller: _phoneController,
          decoration: const InputDecoration(labelText: 'Telefon (5xx...)'),
          keyboardType: TextInputType.phone,
          onChanged: (_) => setState(() {}),
        ),
        FilledButton(
          onPressed: _canSubmit ? _submit : null,
          child: const Text('Kaydet'),
        ),
      ],
    );
  }
}
""", r"""
bool get _canSubmit =>
    _ownerController.text.trim().isNotEmpty && _phoneController.text.length == 10;
""", ["_canSubmit", "_ownerController.text", "_phoneController.text", "isNotEmpty | isEmpty", "length", "&&"],
    must_not=["||"],
    checks=["literal 10"])

row("dialogs", "class_body", r"""
import 'package:flutter/material.dart';

class SpeciesPickerDialog extends StatelessWidget {
  const SpeciesPickerDialog({super.key, required this.species});

  final List<String> species;

  // dialogu acip secilen turu donduren static show(context, species) metodu

  @override
  Widget build(BuildContext context) {
    return SimpleDialog(
      title: const Text('Tür seçin'),
      children: [
        for (final s in species)
          SimpleDialogOption(
            onPressed: () => Navigator.pop(context, s),
            child: Text(s),
          ),
      ],
    );
  }
}

class PetSpeciesField extends StatefulWidget {
  const PetSpeciesField({super.key});

  @override
  State<PetSpeciesField> createState() => _PetSpeciesFieldState();
}

class _PetSpeciesFieldState extends State<PetSpeciesField> {
  static const _species = ['Kedi', 'Köpek', 'Kuş', 'Tavşan'];
  String? _selected;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: const Text('Tür'),
      subtitle: Text(_selected ?? 'Seçilmedi'),
      onTap: () async {
        final picked = await SpeciesPickerDialog.show(context, _species);
        if (picked != null) setState(() => _selected = picked);
      },
    );
  }
}
""", r"""
static Future<String?> show(BuildContext context, List<String> species) {
  return showDialog<String>(
    context: context,
    builder: (context) => SpeciesPickerDialog(species: species),
  );
}
""", ["static", "show", "showDialog | showAdaptiveDialog", "SpeciesPickerDialog", "Future<String?> | showDialog<String>"],
    checks=["call showDialog | showAdaptiveDialog > SpeciesPickerDialog"])

row("storage", "class_body", r"""
import 'package:shared_preferences/shared_preferences.dart';

class Book {
  const Book({required this.id, required this.title});

  final int id;
  final String title;
}

class ReaderPrefs {
  ReaderPrefs(this._prefs);

  final SharedPreferences _prefs;

  double get fontSize => _prefs.getDouble('font_size') ?? 16;

  Future<void> setFontSize(double value) => _prefs.setDouble('font_size', value);

  // son okunan kitabin id'sini 'last_book_id' ile okuyan bir getter ve kaydeden bir metod yazar misin?

  Future<void> clearHistory() => _prefs.remove('last_book_id');
}

class ReaderSession {
  ReaderSession(this.prefs, this.library);

  final ReaderPrefs prefs;
  final List<Book> library;

  Book? resume() {
    final id = prefs.lastBookId;
    if (id == null) return null;
    for (final book in library) {
      if (book.id == id) return book;
    }
    return null;
  }

  Future<void> open(Book book) => prefs.setLastBookId(book.id);
}
""", r"""
int? get lastBookId => _prefs.getInt('last_book_id');

Future<void> setLastBookId(int id) => _prefs.setInt('last_book_id', id);
""", ["lastBookId", "setLastBookId", "_prefs.getInt", "_prefs.setInt"],
    checks=["literal 'last_book_id'"])

# ================================================================ element

row("lists", "element", r"""
import 'package:flutter/material.dart';

class Vaccine {
  const Vaccine({required this.name, required this.dueDate});

  final String name;
  final DateTime dueDate;

  bool get isOverdue => dueDate.isBefore(DateTime.now());
}

class VaccineCard extends StatelessWidget {
  const VaccineCard({super.key, required this.petName, required this.vaccines});

  final String petName;
  final List<Vaccine> vaccines;

  String _formatDate(DateTime d) =>
      '${d.day.toString().padLeft(2, '0')}.${d.month.toString().padLeft(2, '0')}.${d.year}';

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          ListTile(
            leading: const Icon(Icons.vaccines),
            title: Text('$petName aşı karnesi'),
          ),
          const Divider(height: 1),
          // her asi icin bir ListTile ekle: basta asinin adi, altinda tarihi olsun, gecikmisse sagda kirmizi uyari ikonu koy
        ],
      ),
    );
  }
}
""", r"""
for (final vaccine in vaccines)
  ListTile(
    title: Text(vaccine.name),
    subtitle: Text(_formatDate(vaccine.dueDate)),
    trailing: vaccine.isOverdue ? const Icon(Icons.warning_amber, color: Colors.red) : null,
  ),
""", ["for | map", "ListTile", "name", "_formatDate | dueDate", "isOverdue | isBefore", "Icon",
      "Colors.red | Colors.redAccent | colorScheme.error"],
    checks=["call ListTile(title, subtitle, trailing)"])

row("forms", "element", r"""
import 'package:flutter/material.dart';

class EditBookPage extends StatefulWidget {
  const EditBookPage({super.key, required this.title, required this.inStock});

  final String title;
  final bool inStock;

  @override
  State<EditBookPage> createState() => _EditBookPageState();
}

class _EditBookPageState extends State<EditBookPage> {
  late final _titleController = TextEditingController(text: widget.title);
  late bool _inStock = widget.inStock;

  @override
  void dispose() {
    _titleController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Kitabı düzenle')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          TextField(
            controller: _titleController,
            decoration: const InputDecoration(labelText: 'Başlık'),
          ),
          // 'Stokta var' yazan bir switch ekle, _inStock'a bagli olsun
          const SizedBox(height: 24),
          FilledButton(
            onPressed: () => Navigator.pop(context, (_titleController.text, _inStock)),
            child: const Text('Kaydet'),
          ),
        ],
      ),
    );
  }
}
""", r"""
SwitchListTile(
  title: const Text('Stokta var'),
  value: _inStock,
  onChanged: (value) => setState(() => _inStock = value),
),
""", ["SwitchListTile | Switch", "_inStock", "onChanged", "setState"],
    must_not=["Checkbox | CheckboxListTile"],
    checks=["literal 'Stokta var'", "call setState"])

row("dialogs", "element", r"""
import 'package:flutter/material.dart';

class Book {
  const Book({required this.title, required this.author});

  final String title;
  final String author;
}

Future<bool> confirmDeleteBook(BuildContext context, Book book) async {
  final result = await showDialog<bool>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Kitap silinsin mi?'),
      content: Text('"${book.title}" (${book.author}) katalogdan kaldırılacak.'),
      actions: [
        TextButton(
          onPressed: () => Navigator.pop(context, false),
          child: const Text('Vazgeç'),
        ),
        // 'Sil' butonu: yazisi kirmizi olsun, basinca dialog true ile kapansin
      ],
    ),
  );
  return result ?? false;
}

class BookRow extends StatelessWidget {
  const BookRow({super.key, required this.book, required this.onDelete});

  final Book book;
  final VoidCallback onDelete;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text(book.title),
      trailing: IconButton(
        icon: const Icon(Icons.delete_outline),
        onPressed: () async {
          if (await confirmDeleteBook(context, book)) onDelete();
        },
      ),
    );
  }
}
""", r"""
TextButton(
  style: TextButton.styleFrom(foregroundColor: Colors.red),
  onPressed: () => Navigator.pop(context, true),
  child: const Text('Sil'),
),
""", ["TextButton | FilledButton | ElevatedButton | OutlinedButton",
      "Navigator.pop | Navigator.of | context.pop", "true",
      "Colors.red | Colors.redAccent | colorScheme.error"],
    must_not=["false"],
    checks=["literal 'Sil'"])

row("storage", "element", r"""
import 'package:sqflite/sqflite.dart';

class Pet {
  const Pet({
    required this.id,
    required this.name,
    required this.species,
    required this.birthDate,
    required this.neutered,
  });

  final int id;
  final String name;
  final String species;
  final DateTime birthDate;
  final bool neutered;

  factory Pet.fromMap(Map<String, Object?> map) => Pet(
        id: map['id'] as int,
        name: map['name'] as String,
        species: map['species'] as String,
        birthDate: DateTime.parse(map['birth_date'] as String),
        neutered: map['neutered'] == 1,
      );

  Map<String, Object?> toMap() {
    return {
      'id': id,
      'name': name,
      'species': species,
      // dogum tarihini iso string, kisirlastirma bilgisini 0/1 olarak ekle
    };
  }
}

class PetDao {
  PetDao(this.db);

  final Database db;

  Future<void> save(Pet pet) =>
      db.insert('pets', pet.toMap(), conflictAlgorithm: ConflictAlgorithm.replace);
}
""", r"""
'birth_date': birthDate.toIso8601String(),
'neutered': neutered ? 1 : 0,
""", ["birthDate", "toIso8601String", "? 1 : 0"],
    must_not=["millisecondsSinceEpoch"],
    checks=["literal 'birth_date'", "literal 'neutered'"])

# ================================================================ argument

row("lists", "argument", r"""
import 'package:flutter/material.dart';

class OrderLine {
  const OrderLine({required this.title, required this.quantity, required this.coverUrl});

  final String title;
  final int quantity;
  final String coverUrl;
}

class OrderLinesView extends StatelessWidget {
  const OrderLinesView({super.key, required this.lines});

  final List<OrderLine> lines;

  @override
  Widget build(BuildContext context) {
    return ListView.separated(
      itemCount: lines.length,
      itemBuilder: (context, index) {
        final line = lines[index];
        return ListTile(
          leading: CircleAvatar(backgroundImage: NetworkImage(line.coverUrl)),
          title: Text(line.title),
          trailing: Text('x${line.quantity}'),
        );
      },
      // satirlarin arasina soldan 72 girintili ince bir cizgi nasil koyarim?
    );
  }
}
""", r"""
separatorBuilder: (context, index) => const Divider(height: 1, indent: 72),
""", ["separatorBuilder", "Divider", "indent | left: | start:"],
    checks=["literal 72"])

row("forms", "argument", r"""
import 'package:flutter/material.dart';

class WeightEntry extends StatefulWidget {
  const WeightEntry({super.key, required this.onChanged});

  final ValueChanged<double> onChanged;

  @override
  State<WeightEntry> createState() => _WeightEntryState();
}

class _WeightEntryState extends State<WeightEntry> {
  final _weightController = TextEditingController();

  @override
  void dispose() {
    _weightController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 16),
      child: TextFormField(
        controller: _weightController,
        // ondalikli sayi klavyesi acilsin, alanin sonunda 'kg' yazsin
        validator: (v) => double.tryParse(v ?? '') == null ? 'Kilo girin' : null,
        onChanged: (v) {
          final kg = double.tryParse(v);
          if (kg != null) widget.onChanged(kg);
        },
      ),
    );
  }
}
""", r"""
keyboardType: const TextInputType.numberWithOptions(decimal: true),
decoration: const InputDecoration(labelText: 'Kilo', suffixText: 'kg'),
""", ["keyboardType", "TextInputType.numberWithOptions", "decimal: true", "decoration", "suffixText | suffix"],
    must_not=["TextInputType.number"],
    checks=["call InputDecoration", "literal 'kg'"])

row("dialogs", "argument", r"""
import 'package:flutter/material.dart';

class VisitNoteButton extends StatelessWidget {
  const VisitNoteButton({super.key, required this.onSave});

  final ValueChanged<String> onSave;

  Future<void> _openNoteSheet(BuildContext context) async {
    final controller = TextEditingController();
    final note = await showModalBottomSheet<String>(
      context: context,
      // klavye acilinca sheet yukari kalksin, ustte de tutma cubugu gorunsun
      builder: (context) => Padding(
        padding: EdgeInsets.fromLTRB(16, 0, 16, 16 + MediaQuery.viewInsetsOf(context).bottom),
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            TextField(
              controller: controller,
              autofocus: true,
              maxLines: 3,
              decoration: const InputDecoration(labelText: 'Muayene notu'),
            ),
            const SizedBox(height: 12),
            FilledButton(
              onPressed: () => Navigator.pop(context, controller.text),
              child: const Text('Kaydet'),
            ),
          ],
        ),
      ),
    );
    controller.dispose();
    if (note != null && note.isNotEmpty) onSave(note);
  }

  @override
  Widget build(BuildContext context) {
    return IconButton(
      icon: const Icon(Icons.note_add_outlined),
      onPressed: () => _openNoteSheet(context),
    );
  }
}
""", r"""
isScrollControlled: true,
showDragHandle: true,
""", ["isScrollControlled: true", "showDragHandle: true"])

row("storage", "argument", r"""
import 'package:path/path.dart';
import 'package:sqflite/sqflite.dart';

class LibraryDatabase {
  LibraryDatabase._(this.db);

  final Database db;

  static Future<LibraryDatabase> open() async {
    final db = await openDatabase(
      join(await getDatabasesPath(), 'library.db'),
      version: 2,
      onCreate: (db, version) async {
        await db.execute(
          'CREATE TABLE books(id INTEGER PRIMARY KEY, title TEXT NOT NULL, author TEXT, borrowed_until TEXT)',
        );
      },
      // surum 1'de olusmus veritabanlarina books tablosuna borrowed_until kolonunu ekle
    );
    return LibraryDatabase._(db);
  }

  Future<List<Map<String, Object?>>> overdue(DateTime now) => db.query(
        'books',
        where: 'borrowed_until IS NOT NULL AND borrowed_until < ?',
        whereArgs: [now.toIso8601String()],
      );
}
""", r"""
onUpgrade: (db, oldVersion, newVersion) async {
  if (oldVersion < 2) {
    await db.execute('ALTER TABLE books ADD COLUMN borrowed_until TEXT');
  }
},
""", ["onUpgrade", "execute"],
    must_not=["onDowngrade", "deleteDatabase"],
    checks=["call .execute", "literal 'ALTER TABLE'", "literal 'borrowed_until'"])


ROWS.write()
