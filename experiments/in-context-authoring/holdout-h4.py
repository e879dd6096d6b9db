"""In-context held-out rows, batch 8 (holdout-h4): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics lists, forms, navigation, dialogs (5 each, one per
position); app domains a second-hand bookshop marketplace app and a home-renovation contractor quote app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-h4.py  -> data/in_context/drafts/holdout-h4.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-h4", "holdh4")
row = ROWS.row


# ================================================================ statements

row(
    "lists",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/quote.dart';
import '../models/quote_line.dart';

class QuoteSummaryPage extends StatefulWidget {
  const QuoteSummaryPage({super.key, required this.quote});

  final Quote quote;

  @override
  State<QuoteSummaryPage> createState() => _QuoteSummaryPageState();
}

class _QuoteSummaryPageState extends State<QuoteSummaryPage> {
  final _money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');
  Map<String, List<QuoteLine>> _byRoom = {};
  Map<String, double> _roomTotals = {};

  @override
  void initState() {
    super.initState();
    _regroup();
  }

  @override
  void didUpdateWidget(QuoteSummaryPage oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (oldWidget.quote != widget.quote) _regroup();
  }

  void _regroup() {
    // kalemleri room alanına göre grupla, her odanın toplamını (quantity * unitPrice) _roomTotals'a yaz
  }

  @override
  Widget build(BuildContext context) {
    final rooms = _byRoom.keys.toList()..sort();
    return Scaffold(
      appBar: AppBar(title: Text('Teklif #${widget.quote.number}')),
      body: ListView(
        children: [
          for (final room in rooms)
            ExpansionTile(
              title: Text(room),
              trailing: Text(_money.format(_roomTotals[room] ?? 0)),
              children: [
                for (final line in _byRoom[room]!)
                  ListTile(
                    dense: true,
                    title: Text(line.description),
                    subtitle: Text('${line.quantity} ${line.unit} × ${_money.format(line.unitPrice)}'),
                    trailing: Text(_money.format(line.quantity * line.unitPrice)),
                  ),
              ],
            ),
        ],
      ),
    );
  }
}
""",
    r"""
final byRoom = <String, List<QuoteLine>>{};
final totals = <String, double>{};
for (final line in widget.quote.lines) {
  byRoom.putIfAbsent(line.room, () => []).add(line);
  totals[line.room] = (totals[line.room] ?? 0) + line.quantity * line.unitPrice;
}
_byRoom = byRoom;
_roomTotals = totals;
""",
    ["widget.quote.lines | widget.quote", "_byRoom", "_roomTotals", "room", "quantity", "unitPrice"],
    must_not=["line.total", "print("],
)

row(
    "forms",
    "statements",
    r"""
import 'package:flutter/material.dart';

enum RoomType { kitchen, bathroom, bedroom, livingRoom, hallway }

class RoomMeasurement {
  const RoomMeasurement({required this.type, required this.areaSqm});

  final RoomType type;
  final double areaSqm;
}

class RoomMeasureForm extends StatefulWidget {
  const RoomMeasureForm({super.key, required this.onSubmit});

  final ValueChanged<RoomMeasurement> onSubmit;

  @override
  State<RoomMeasureForm> createState() => _RoomMeasureFormState();
}

class _RoomMeasureFormState extends State<RoomMeasureForm> {
  final _formKey = GlobalKey<FormState>();
  final _widthCtrl = TextEditingController();
  final _lengthCtrl = TextEditingController();
  RoomType _type = RoomType.livingRoom;

  @override
  void dispose() {
    _widthCtrl.dispose();
    _lengthCtrl.dispose();
    super.dispose();
  }

  String? _meters(String? value) {
    final parsed = double.tryParse((value ?? '').replaceAll(',', '.'));
    if (parsed == null || parsed <= 0) return 'Geçerli bir ölçü girin';
    return null;
  }

  void _submit() {
    // form gecerliyse en ile boyu carpip RoomMeasurement olarak onSubmit'e ver, virgul de kabul edilsin
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          DropdownMenu<RoomType>(
            initialSelection: _type,
            label: const Text('Oda'),
            dropdownMenuEntries: [
              for (final t in RoomType.values) DropdownMenuEntry(value: t, label: t.name),
            ],
            onSelected: (t) => setState(() => _type = t ?? _type),
          ),
          TextFormField(
            controller: _widthCtrl,
            decoration: const InputDecoration(labelText: 'En (m)'),
            keyboardType: const TextInputType.numberWithOptions(decimal: true),
            validator: _meters,
          ),
          TextFormField(
            controller: _lengthCtrl,
            decoration: const InputDecoration(labelText: 'Boy (m)'),
            keyboardType: const TextInputType.numberWithOptions(decimal: true),
            validator: _meters,
          ),
          const SizedBox(height: 16),
          FilledButton(onPressed: _submit, child: const Text('Ekle')),
        ],
      ),
    );
  }
}
""",
    r"""
if (!(_formKey.currentState?.validate() ?? false)) return;
final width = double.parse(_widthCtrl.text.replaceAll(',', '.'));
final length = double.parse(_lengthCtrl.text.replaceAll(',', '.'));
widget.onSubmit(RoomMeasurement(type: _type, areaSqm: width * length));
""",
    [
        "validate",
        "_widthCtrl",
        "_lengthCtrl",
        "double.parse | double.tryParse | num.parse | num.tryParse",
        "replaceAll | replaceFirst",
        "*",
        "widget.onSubmit",
        "RoomMeasurement",
        "_type",
    ],
    must_not=["int.parse", "+"],
    checks=["call .validate", "call RoomMeasurement(type, areaSqm)", "literal ','"],
)

row(
    "navigation",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/listing_draft.dart';
import '../services/listing_api.dart';
import '../widgets/listing_card.dart';
import 'listing_detail_page.dart';

class ListingPreviewPage extends StatefulWidget {
  const ListingPreviewPage({super.key, required this.draft, required this.api});

  final ListingDraft draft;
  final ListingApi api;

  @override
  State<ListingPreviewPage> createState() => _ListingPreviewPageState();
}

class _ListingPreviewPageState extends State<ListingPreviewPage> {
  bool _publishing = false;

  Future<void> _publish() async {
    setState(() => _publishing = true);
    try {
      final listing = await widget.api.publish(widget.draft);
      // yayınlanınca ListingDetailPage'e geç; geri basınca form değil ana sayfa gelsin
    } on ListingApiException catch (e) {
      if (!mounted) return;
      setState(() => _publishing = false);
      ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text(e.message)));
    }
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Önizleme')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          ListingCard(draft: widget.draft),
          const SizedBox(height: 12),
          Text(
            'İlan yayınlandıktan sonra fiyatı 24 saat boyunca değiştiremezsiniz.',
            style: Theme.of(context).textTheme.bodySmall,
          ),
        ],
      ),
      bottomNavigationBar: SafeArea(
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: FilledButton.icon(
            onPressed: _publishing ? null : _publish,
            icon: const Icon(Icons.sell_outlined),
            label: Text(_publishing ? 'Yayınlanıyor…' : 'İlanı yayınla'),
          ),
        ),
      ),
    );
  }
}
""",
    r"""
if (!mounted) return;
Navigator.of(context).pushAndRemoveUntil(
  MaterialPageRoute<void>(builder: (_) => ListingDetailPage(listing: listing)),
  (route) => route.isFirst,
);
""",
    [
        "pushAndRemoveUntil | pushNamedAndRemoveUntil | popUntil",
        "ListingDetailPage | pushNamedAndRemoveUntil",
        "isFirst | ModalRoute.withName",
    ],
    must_not=["pushReplacement", "maybePop"],
)

row(
    "dialogs",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/renovation_job.dart';
import '../services/schedule_service.dart';

class ScheduleVisitPage extends StatefulWidget {
  const ScheduleVisitPage({super.key, required this.job, required this.schedule});

  final RenovationJob job;
  final ScheduleService schedule;

  @override
  State<ScheduleVisitPage> createState() => _ScheduleVisitPageState();
}

class _ScheduleVisitPageState extends State<ScheduleVisitPage> {
  final _format = DateFormat('d MMMM y, HH:mm', 'tr_TR');
  DateTime? _visitAt;
  bool _saving = false;

  Future<void> _pickVisitTime() async {
    // keşif için yarından itibaren 30 gün içinde tarih, sonra saat seçtir; ikisi de seçilirse _visitAt'i güncelle
  }

  Future<void> _confirm() async {
    final visitAt = _visitAt;
    if (visitAt == null) return;
    setState(() => _saving = true);
    await widget.schedule.bookSiteVisit(jobId: widget.job.id, at: visitAt);
    if (!mounted) return;
    Navigator.of(context).pop(visitAt);
  }

  @override
  Widget build(BuildContext context) {
    final visitAt = _visitAt;
    return Scaffold(
      appBar: AppBar(title: const Text('Keşif randevusu')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          ListTile(
            leading: const Icon(Icons.home_repair_service_outlined),
            title: Text(widget.job.customerName),
            subtitle: Text(widget.job.address),
          ),
          ListTile(
            leading: const Icon(Icons.event),
            title: Text(visitAt == null ? 'Tarih seçilmedi' : _format.format(visitAt)),
            trailing: TextButton(onPressed: _pickVisitTime, child: const Text('Seç')),
          ),
          const SizedBox(height: 24),
          FilledButton(
            onPressed: visitAt == null || _saving ? null : _confirm,
            child: const Text('Randevuyu onayla'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
final now = DateTime.now();
final tomorrow = DateUtils.dateOnly(now).add(const Duration(days: 1));
final date = await showDatePicker(
  context: context,
  initialDate: _visitAt ?? tomorrow,
  firstDate: tomorrow,
  lastDate: tomorrow.add(const Duration(days: 30)),
);
if (date == null || !mounted) return;
final time = await showTimePicker(
  context: context,
  initialTime: _visitAt == null ? const TimeOfDay(hour: 10, minute: 0) : TimeOfDay.fromDateTime(_visitAt!),
);
if (time == null) return;
setState(() => _visitAt = DateTime(date.year, date.month, date.day, time.hour, time.minute));
""",
    ["showDatePicker", "showTimePicker", "_visitAt", "setState", "DateTime( | copyWith | add("],
    must_not=["showDateRangePicker", "CupertinoDatePicker"],
    checks=[
        "call showDatePicker(firstDate, lastDate)",
        "call showTimePicker",
        "literal 30 | 31",
        "literal 1",
        "call setState",
    ],
)


# ================================================================ callback

row(
    "lists",
    "callback",
    r"""
import 'package:flutter/material.dart';

import '../models/book_listing.dart';
import '../services/listing_api.dart';
import '../widgets/listing_tile.dart';

class CategoryListingsPage extends StatefulWidget {
  const CategoryListingsPage({super.key, required this.category, required this.api});

  final String category;
  final ListingApi api;

  @override
  State<CategoryListingsPage> createState() => _CategoryListingsPageState();
}

class _CategoryListingsPageState extends State<CategoryListingsPage> {
  final List<BookListing> _listings = [];
  int _page = 0;
  bool _loadingMore = false;
  bool _hasMore = true;

  @override
  void initState() {
    super.initState();
    _loadNextPage();
  }

  Future<void> _loadNextPage() async {
    if (_loadingMore || !_hasMore) return;
    setState(() => _loadingMore = true);
    final page = await widget.api.listingsByCategory(widget.category, page: _page + 1);
    if (!mounted) return;
    setState(() {
      _page++;
      _listings.addAll(page.items);
      _hasMore = page.hasMore;
      _loadingMore = false;
    });
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.category)),
      body: NotificationListener<ScrollNotification>(
        onNotification: (notification) {
          // sona 400 px kala yeni sayfayı yükle
        },
        child: ListView.builder(
          itemCount: _listings.length + (_hasMore ? 1 : 0),
          itemBuilder: (context, index) {
            if (index == _listings.length) {
              return const Padding(
                padding: EdgeInsets.all(16),
                child: Center(child: CircularProgressIndicator()),
              );
            }
            return ListingTile(listing: _listings[index]);
          },
        ),
      ),
    );
  }
}
""",
    r"""
if (notification.metrics.extentAfter < 400) {
  _loadNextPage();
}
return false;
""",
    ["metrics", "extentAfter | maxScrollExtent", "_loadNextPage", "return"],
    must_not=["ScrollController", "addListener"],
    checks=["literal 400"],
)

row(
    "forms",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../services/isbn_lookup.dart';

class IsbnStep extends StatefulWidget {
  const IsbnStep({super.key, required this.lookup, required this.onFound});

  final IsbnLookup lookup;
  final ValueChanged<BookInfo> onFound;

  @override
  State<IsbnStep> createState() => _IsbnStepState();
}

class _IsbnStepState extends State<IsbnStep> {
  final _formKey = GlobalKey<FormState>();
  final _isbnCtrl = TextEditingController();
  bool _searching = false;

  @override
  void dispose() {
    _isbnCtrl.dispose();
    super.dispose();
  }

  Future<void> _search() async {
    if (!_formKey.currentState!.validate()) return;
    setState(() => _searching = true);
    final info = await widget.lookup.byIsbn(_isbnCtrl.text.replaceAll('-', ''));
    if (!mounted) return;
    setState(() => _searching = false);
    if (info == null) {
      ScaffoldMessenger.of(context).showSnackBar(
        const SnackBar(content: Text('Kitap bulunamadı, bilgileri elle girin')),
      );
      return;
    }
    widget.onFound(info);
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Row(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Expanded(
            child: TextFormField(
              controller: _isbnCtrl,
              decoration: const InputDecoration(labelText: 'ISBN', hintText: '978-605-...'),
              keyboardType: TextInputType.number,
              inputFormatters: [FilteringTextInputFormatter.allow(RegExp(r'[0-9Xx-]'))],
              validator: (value) {
                // boşsa 'ISBN gerekli'; tireler atılınca 10 ya da 13 hane değilse 'Geçersiz ISBN'
              },
            ),
          ),
          const SizedBox(width: 8),
          FilledButton(onPressed: _searching ? null : _search, child: const Text('Bul')),
        ],
      ),
    );
  }
}
""",
    r"""
final isbn = (value ?? '').replaceAll('-', '').trim();
if (isbn.isEmpty) return 'ISBN gerekli';
if (isbn.length != 10 && isbn.length != 13) return 'Geçersiz ISBN';
return null;
""",
    ["replaceAll | split | replaceFirst", "length", "null"],
    must_not=["showSnackBar", "validate()"],
    checks=["literal 'ISBN gerekli'", "literal 'Geçersiz ISBN'", "literal 10", "literal 13"],
)

row(
    "navigation",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';
import 'package:intl/intl.dart';

import '../models/quote.dart';
import '../services/quote_repository.dart';

class QuotesPage extends StatefulWidget {
  const QuotesPage({super.key, required this.repository});

  final QuoteRepository repository;

  @override
  State<QuotesPage> createState() => _QuotesPageState();
}

class _QuotesPageState extends State<QuotesPage> {
  final _money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺', decimalDigits: 0);
  late Future<List<Quote>> _quotes = widget.repository.openQuotes();

  void _refresh() {
    setState(() => _quotes = widget.repository.openQuotes());
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Açık teklifler')),
      floatingActionButton: FloatingActionButton.extended(
        onPressed: () => context.push('/quotes/new'),
        icon: const Icon(Icons.add),
        label: const Text('Yeni teklif'),
      ),
      body: FutureBuilder<List<Quote>>(
        future: _quotes,
        builder: (context, snapshot) {
          if (snapshot.hasError) return Center(child: Text('Yüklenemedi: ${snapshot.error}'));
          final quotes = snapshot.data;
          if (quotes == null) return const Center(child: CircularProgressIndicator());
          return RefreshIndicator(
            onRefresh: () async => _refresh(),
            child: ListView.builder(
              itemCount: quotes.length,
              itemBuilder: (context, index) {
                final quote = quotes[index];
                return ListTile(
                  title: Text(quote.customerName),
                  subtitle: Text('${quote.jobTitle} · ${quote.status.label}'),
                  trailing: Text(_money.format(quote.total)),
                  onTap: () async {
                    // teklif detayini ac (/quotes/id), donuste true gelirse listeyi yenile
                  },
                );
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
final changed = await context.push<bool>('/quotes/${quote.id}');
if (changed == true) _refresh();
""",
    ["context.push | GoRouter.of | context.pushNamed", "_refresh", "true | false", "quote.id"],
    must_not=["context.go", "context.goNamed", "Navigator.push"],
    checks=["literal 'quote'"],
)

row(
    "dialogs",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/cart.dart';

enum ShippingOption {
  standard('Standart kargo', 29.90),
  express('Hızlı kargo', 59.90),
  pickup('Satıcıdan teslim al', 0);

  const ShippingOption(this.label, this.price);

  final String label;
  final double price;
}

class CheckoutPage extends StatefulWidget {
  const CheckoutPage({super.key, required this.cart, required this.onPay});

  final Cart cart;
  final void Function(ShippingOption shipping) onPay;

  @override
  State<CheckoutPage> createState() => _CheckoutPageState();
}

class _CheckoutPageState extends State<CheckoutPage> {
  final _money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');
  ShippingOption _shipping = ShippingOption.standard;

  @override
  Widget build(BuildContext context) {
    final total = widget.cart.subtotal + _shipping.price;
    return Scaffold(
      appBar: AppBar(title: const Text('Ödeme')),
      body: ListView(
        children: [
          for (final item in widget.cart.items)
            ListTile(
              title: Text(item.title),
              subtitle: Text('${item.author} · ${item.condition.label}'),
              trailing: Text(_money.format(item.price)),
            ),
          const Divider(),
          ListTile(
            leading: const Icon(Icons.local_shipping_outlined),
            title: const Text('Teslimat'),
            subtitle: Text(_shipping.label),
            trailing: const Icon(Icons.chevron_right),
            onTap: () async {
              // kargo seçeneklerini alttan açılan sheet'te göster, seçileni _shipping yap
            },
          ),
          ListTile(
            title: const Text('Toplam'),
            trailing: Text(_money.format(total), style: Theme.of(context).textTheme.titleMedium),
          ),
        ],
      ),
      bottomNavigationBar: SafeArea(
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: FilledButton(onPressed: () => widget.onPay(_shipping), child: const Text('Ödemeye geç')),
        ),
      ),
    );
  }
}
""",
    r"""
final picked = await showModalBottomSheet<ShippingOption>(
  context: context,
  builder: (context) => SafeArea(
    child: Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        for (final option in ShippingOption.values)
          ListTile(
            title: Text(option.label),
            trailing: Text(_money.format(option.price)),
            selected: option == _shipping,
            onTap: () => Navigator.pop(context, option),
          ),
      ],
    ),
  ),
);
if (picked != null) setState(() => _shipping = picked);
""",
    [
        "showModalBottomSheet",
        "ShippingOption.values | ShippingOption.standard",
        "Navigator.pop | Navigator.of | context.pop",
        "_shipping",
        "setState",
    ],
    must_not=["showDialog", "showBottomSheet("],
    checks=["call showModalBottomSheet(context, builder)", "call setState"],
)


# ================================================================ class_body

row(
    "lists",
    "class_body",
    r"""
import 'package:flutter/foundation.dart';
import 'package:shared_preferences/shared_preferences.dart';

import '../models/book_listing.dart';

/// Listings the buyer has starred, newest first.
class WishlistModel extends ChangeNotifier {
  WishlistModel(this._prefs) {
    _ids.addAll(_prefs.getStringList(_key) ?? const []);
  }

  static const _key = 'wishlist_ids';

  final SharedPreferences _prefs;
  final List<String> _ids = [];

  List<String> get ids => List.unmodifiable(_ids);

  int get count => _ids.length;

  bool isSaved(BookListing listing) => _ids.contains(listing.id);

  // ilan listede varsa çıkar, yoksa en başa ekle; prefs'i güncelle ve dinleyicilere bildir

  void removeSold(Iterable<String> soldIds) {
    final before = _ids.length;
    _ids.removeWhere(soldIds.contains);
    if (_ids.length == before) return;
    _prefs.setStringList(_key, _ids);
    notifyListeners();
  }

  void clear() {
    if (_ids.isEmpty) return;
    _ids.clear();
    _prefs.remove(_key);
    notifyListeners();
  }
}
""",
    r"""
void toggle(BookListing listing) {
  if (!_ids.remove(listing.id)) {
    _ids.insert(0, listing.id);
  }
  _prefs.setStringList(_key, _ids);
  notifyListeners();
}
""",
    ["BookListing", "_ids", "remove | removeWhere", "insert", "setStringList", "notifyListeners"],
    must_not=["add(", "addAll(", "clear("],
    checks=["literal 0", "call notifyListeners", "call .setStringList"],
)

row(
    "forms",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/quote_draft.dart';

class QuoteHeaderForm extends StatefulWidget {
  const QuoteHeaderForm({super.key, this.draft, required this.onSave});

  final QuoteDraft? draft;
  final ValueChanged<QuoteDraft> onSave;

  @override
  State<QuoteHeaderForm> createState() => _QuoteHeaderFormState();
}

class _QuoteHeaderFormState extends State<QuoteHeaderForm> {
  final _formKey = GlobalKey<FormState>();
  final _customerCtrl = TextEditingController();
  final _addressCtrl = TextEditingController();
  final _notesCtrl = TextEditingController();
  bool _dirty = false;

  // taslak varsa alanları doldur, herhangi bir alan değişince _dirty true olsun

  @override
  void dispose() {
    _customerCtrl.dispose();
    _addressCtrl.dispose();
    _notesCtrl.dispose();
    super.dispose();
  }

  void _save() {
    if (!_formKey.currentState!.validate()) return;
    widget.onSave(QuoteDraft(
      customerName: _customerCtrl.text.trim(),
      address: _addressCtrl.text.trim(),
      notes: _notesCtrl.text.trim(),
    ));
    setState(() => _dirty = false);
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _customerCtrl,
            decoration: const InputDecoration(labelText: 'Müşteri adı'),
            validator: (v) => (v == null || v.trim().isEmpty) ? 'Müşteri adı gerekli' : null,
          ),
          TextFormField(
            controller: _addressCtrl,
            decoration: const InputDecoration(labelText: 'Şantiye adresi'),
            maxLines: 2,
          ),
          TextFormField(
            controller: _notesCtrl,
            decoration: const InputDecoration(labelText: 'Notlar'),
            maxLines: 4,
          ),
          const SizedBox(height: 16),
          FilledButton(onPressed: _dirty ? _save : null, child: const Text('Kaydet')),
        ],
      ),
    );
  }
}
""",
    r"""
@override
void initState() {
  super.initState();
  final draft = widget.draft;
  if (draft != null) {
    _customerCtrl.text = draft.customerName;
    _addressCtrl.text = draft.address;
    _notesCtrl.text = draft.notes;
  }
  for (final controller in [_customerCtrl, _addressCtrl, _notesCtrl]) {
    controller.addListener(() {
      if (!_dirty) setState(() => _dirty = true);
    });
  }
}
""",
    [
        "initState",
        "super.initState",
        "widget.draft",
        "_customerCtrl",
        "_addressCtrl",
        "_notesCtrl",
        "customerName",
        "addListener",
        "_dirty",
    ],
    must_not=["didChangeDependencies", "_dirty = false"],
    checks=["call .addListener"],
)

row(
    "navigation",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../app_routes.dart' show routeObserver;
import '../models/cart.dart';
import '../services/cart_service.dart';
import '../widgets/cart_item_tile.dart';

class CartPage extends StatefulWidget {
  const CartPage({super.key, required this.cartService});

  final CartService cartService;

  @override
  State<CartPage> createState() => _CartPageState();
}

class _CartPageState extends State<CartPage> with RouteAware {
  Cart? _cart;

  @override
  void initState() {
    super.initState();
    _reloadCart();
  }

  @override
  void didChangeDependencies() {
    super.didChangeDependencies();
    final route = ModalRoute.of(context);
    if (route is PageRoute) routeObserver.subscribe(this, route);
  }

  @override
  void dispose() {
    routeObserver.unsubscribe(this);
    super.dispose();
  }

  // üstteki sayfa kapanıp bu sayfa tekrar görünür olunca sepeti yeniden yükle

  Future<void> _reloadCart() async {
    final cart = await widget.cartService.fetchCart();
    if (!mounted) return;
    setState(() => _cart = cart);
  }

  @override
  Widget build(BuildContext context) {
    final cart = _cart;
    if (cart == null) return const Center(child: CircularProgressIndicator());
    if (cart.items.isEmpty) return const Center(child: Text('Sepetiniz boş'));
    return ListView(
      children: [
        for (final item in cart.items)
          CartItemTile(
            item: item,
            onRemove: () async {
              await widget.cartService.remove(item.listingId);
              await _reloadCart();
            },
          ),
        if (cart.hasSoldItems)
          const Padding(
            padding: EdgeInsets.all(16),
            child: Text('Sepetinizdeki bazı kitaplar başka bir alıcıya satıldı.'),
          ),
      ],
    );
  }
}
""",
    r"""
@override
void didPopNext() {
  _reloadCart();
}
""",
    ["didPopNext", "_reloadCart"],
    must_not=["didPushNext", "didPush(", "didPop(", "initState"],
    checks=["call _reloadCart"],
)

row(
    "dialogs",
    "class_body",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

/// Lets a buyer propose a lower price for a second-hand book; pops the offer in whole liras.
class MakeOfferDialog extends StatefulWidget {
  const MakeOfferDialog({super.key, required this.bookTitle, required this.askingPrice});

  final String bookTitle;
  final int askingPrice;

  // dialogu açıp girilen teklifi döndüren static show metodu

  @override
  State<MakeOfferDialog> createState() => _MakeOfferDialogState();
}

class _MakeOfferDialogState extends State<MakeOfferDialog> {
  final _ctrl = TextEditingController();
  String? _error;

  @override
  void dispose() {
    _ctrl.dispose();
    super.dispose();
  }

  void _submit() {
    final offer = int.tryParse(_ctrl.text);
    if (offer == null || offer <= 0) {
      setState(() => _error = 'Bir tutar girin');
      return;
    }
    if (offer >= widget.askingPrice) {
      setState(() => _error = 'Teklif satış fiyatından düşük olmalı');
      return;
    }
    Navigator.of(context).pop(offer);
  }

  @override
  Widget build(BuildContext context) {
    return AlertDialog(
      title: const Text('Teklif ver'),
      content: Column(
        mainAxisSize: MainAxisSize.min,
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(widget.bookTitle, style: Theme.of(context).textTheme.titleSmall),
          Text('Satış fiyatı: ${widget.askingPrice} TL'),
          const SizedBox(height: 12),
          TextField(
            controller: _ctrl,
            autofocus: true,
            keyboardType: TextInputType.number,
            inputFormatters: [FilteringTextInputFormatter.digitsOnly],
            decoration: InputDecoration(labelText: 'Teklifiniz (TL)', errorText: _error),
            onSubmitted: (_) => _submit(),
          ),
        ],
      ),
      actions: [
        TextButton(onPressed: () => Navigator.of(context).pop(), child: const Text('Vazgeç')),
        FilledButton(onPressed: _submit, child: const Text('Gönder')),
      ],
    );
  }
}
""",
    r"""
static Future<int?> show(BuildContext context, {required String bookTitle, required int askingPrice}) {
  return showDialog<int>(
    context: context,
    builder: (context) => MakeOfferDialog(bookTitle: bookTitle, askingPrice: askingPrice),
  );
}
""",
    ["static", "show", "showDialog | showAdaptiveDialog", "MakeOfferDialog", "Future"],
    must_not=["showModalBottomSheet", "Navigator.push"],
    checks=[
        "call showDialog | showAdaptiveDialog(context, builder)",
        "call MakeOfferDialog(bookTitle, askingPrice)",
    ],
)


# ================================================================ element

row(
    "lists",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/site_visit.dart';
import 'photo_viewer_page.dart';

class SiteVisitPage extends StatelessWidget {
  const SiteVisitPage({super.key, required this.visit});

  final SiteVisit visit;

  void _openPhoto(BuildContext context, int index) {
    Navigator.of(context).push(
      MaterialPageRoute<void>(
        builder: (_) => PhotoViewerPage(urls: visit.photoUrls, initialIndex: index),
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Scaffold(
      body: CustomScrollView(
        slivers: [
          SliverAppBar.medium(title: Text(visit.customerName)),
          SliverToBoxAdapter(
            child: Padding(
              padding: const EdgeInsets.fromLTRB(16, 8, 16, 16),
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text(visit.address, style: theme.textTheme.bodyLarge),
                  const SizedBox(height: 4),
                  Text('${visit.rooms.length} oda · ${visit.totalAreaSqm} m²', style: theme.textTheme.bodySmall),
                  const SizedBox(height: 12),
                  Text('Keşif fotoğrafları', style: theme.textTheme.titleMedium),
                ],
              ),
            ),
          ),
          // fotograflar 3 sutunlu grid olsun, aralarda 4 bosluk; dokununca _openPhoto
          const SliverToBoxAdapter(child: SizedBox(height: 24)),
        ],
      ),
    );
  }
}
""",
    r"""
SliverGrid.builder(
  gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
    crossAxisCount: 3,
    mainAxisSpacing: 4,
    crossAxisSpacing: 4,
  ),
  itemCount: visit.photoUrls.length,
  itemBuilder: (context, index) => GestureDetector(
    onTap: () => _openPhoto(context, index),
    child: Image.network(visit.photoUrls[index], fit: BoxFit.cover),
  ),
),
""",
    ["SliverGrid", "crossAxisCount", "mainAxisSpacing | crossAxisSpacing", "photoUrls", "_openPhoto"],
    must_not=["GridView", "SliverList"],
    checks=["literal 3", "literal 4"],
)

row(
    "forms",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/book_condition.dart';
import '../models/listing_draft.dart';

class SellBookForm extends StatefulWidget {
  const SellBookForm({super.key, required this.onNext});

  final ValueChanged<ListingDraft> onNext;

  @override
  State<SellBookForm> createState() => _SellBookFormState();
}

class _SellBookFormState extends State<SellBookForm> {
  final _formKey = GlobalKey<FormState>();
  final _titleCtrl = TextEditingController();
  final _authorCtrl = TextEditingController();
  final _descriptionCtrl = TextEditingController();
  BookCondition _condition = BookCondition.good;

  @override
  void dispose() {
    _titleCtrl.dispose();
    _authorCtrl.dispose();
    _descriptionCtrl.dispose();
    super.dispose();
  }

  void _next() {
    if (!_formKey.currentState!.validate()) return;
    widget.onNext(ListingDraft(
      title: _titleCtrl.text.trim(),
      author: _authorCtrl.text.trim(),
      condition: _condition,
      description: _descriptionCtrl.text.trim(),
    ));
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          TextFormField(
            controller: _titleCtrl,
            decoration: const InputDecoration(labelText: 'Kitap adı'),
            validator: (v) => (v ?? '').trim().isEmpty ? 'Kitap adı gerekli' : null,
          ),
          TextFormField(
            controller: _authorCtrl,
            decoration: const InputDecoration(labelText: 'Yazar'),
          ),
          const SizedBox(height: 16),
          SegmentedButton<BookCondition>(
            segments: [
              for (final c in BookCondition.values) ButtonSegment(value: c, label: Text(c.label)),
            ],
            selected: {_condition},
            onSelectionChanged: (s) => setState(() => _condition = s.first),
          ),
          const SizedBox(height: 16),
          // kitabın durumu için açıklama alanı, en fazla 500 karakter ve 4 satır
          const SizedBox(height: 24),
          FilledButton(onPressed: _next, child: const Text('Devam')),
        ],
      ),
    );
  }
}
""",
    r"""
TextFormField(
  controller: _descriptionCtrl,
  maxLength: 500,
  maxLines: 4,
  keyboardType: TextInputType.multiline,
  decoration: const InputDecoration(
    labelText: 'Açıklama',
    hintText: 'Sayfa sararması, not, eksik sayfa…',
    alignLabelWithHint: true,
  ),
),
""",
    ["TextFormField | TextField", "_descriptionCtrl", "maxLength", "maxLines | minLines"],
    must_not=["maxLengthEnforced", "_titleCtrl", "_authorCtrl"],
    checks=["literal 500", "literal 4"],
)

row(
    "navigation",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'pages/job_detail_page.dart';
import 'pages/jobs_page.dart';
import 'pages/login_page.dart';
import 'pages/quote_editor_page.dart';
import 'services/auth_service.dart';

GoRouter buildRouter(AuthService auth) {
  return GoRouter(
    initialLocation: '/jobs',
    refreshListenable: auth,
    routes: [
      GoRoute(
        path: '/login',
        redirect: (context, state) => auth.isSignedIn ? '/jobs' : null,
        builder: (context, state) => const LoginPage(),
      ),
      GoRoute(
        path: '/jobs',
        builder: (context, state) => const JobsPage(),
        routes: [
          GoRoute(
            path: 'new-quote',
            builder: (context, state) => QuoteEditorPage(
              customerId: state.uri.queryParameters['customer'],
            ),
          ),
        ],
      ),
      // /jobs/:jobId icin is detayi rotasi ekle; oturum acik degilse /login sayfasina yonlendir
    ],
    errorBuilder: (context, state) => Scaffold(
      appBar: AppBar(title: const Text('Bulunamadı')),
      body: Center(child: Text('Sayfa bulunamadı: ${state.uri.path}')),
    ),
  );
}

class RenovationApp extends StatelessWidget {
  const RenovationApp({super.key, required this.router});

  final GoRouter router;

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(
      title: 'Usta Teklif',
      theme: ThemeData(colorSchemeSeed: Colors.deepOrange),
      routerConfig: router,
    );
  }
}
""",
    r"""
GoRoute(
  path: '/jobs/:jobId',
  redirect: (context, state) => auth.isSignedIn ? null : '/login',
  builder: (context, state) => JobDetailPage(jobId: state.pathParameters['jobId']!),
),
""",
    ["GoRoute", "redirect", "auth.isSignedIn", "pathParameters", "JobDetailPage"],
    must_not=["state.params", "queryParameters"],
    checks=["call GoRoute(path, redirect)", "literal ':jobId'", "literal '/login'"],
)

row(
    "dialogs",
    "element",
    r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:image_picker/image_picker.dart';

import '../services/site_photo_store.dart';

Future<ImageSource?> pickPhotoSource(BuildContext context) {
  return showDialog<ImageSource>(
    context: context,
    builder: (context) => SimpleDialog(
      title: const Text('Fotoğraf ekle'),
      children: [
        // kamera seçeneği: ikonlu 'Fotoğraf çek', ImageSource.camera döndürsün
        SimpleDialogOption(
          onPressed: () => Navigator.pop(context, ImageSource.gallery),
          child: const Row(
            children: [
              Icon(Icons.photo_library_outlined),
              SizedBox(width: 12),
              Text('Galeriden seç'),
            ],
          ),
        ),
      ],
    ),
  );
}

class AddSitePhotoButton extends StatelessWidget {
  const AddSitePhotoButton({super.key, required this.jobId, required this.store});

  final String jobId;
  final SitePhotoStore store;

  Future<void> _add(BuildContext context) async {
    final source = await pickPhotoSource(context);
    if (source == null) return;
    final photo = await ImagePicker().pickImage(source: source, maxWidth: 1920, imageQuality: 80);
    if (photo == null) return;
    await store.upload(jobId, File(photo.path));
  }

  @override
  Widget build(BuildContext context) {
    return OutlinedButton.icon(
      onPressed: () => _add(context),
      icon: const Icon(Icons.add_a_photo_outlined),
      label: const Text('Fotoğraf ekle'),
    );
  }
}
""",
    r"""
SimpleDialogOption(
  onPressed: () => Navigator.pop(context, ImageSource.camera),
  child: const Row(
    children: [
      Icon(Icons.photo_camera_outlined),
      SizedBox(width: 12),
      Text('Fotoğraf çek'),
    ],
  ),
),
""",
    ["SimpleDialogOption | ListTile", "Navigator.pop | Navigator.of | context.pop", "ImageSource.camera", "Icon"],
    must_not=["ImageSource.gallery", "pickImage"],
    checks=["literal 'Fotoğraf çek'"],
)


# ================================================================ argument

row(
    "lists",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/seller_review.dart';

class SellerReviewsList extends StatelessWidget {
  const SellerReviewsList({super.key, required this.reviews, required this.onReport});

  final List<SellerReview> reviews;
  final ValueChanged<SellerReview> onReport;

  static final _date = DateFormat('d MMM y', 'tr_TR');

  @override
  Widget build(BuildContext context) {
    if (reviews.isEmpty) {
      return const Center(child: Text('Bu satıcı için henüz yorum yok'));
    }
    return ListView.separated(
      padding: const EdgeInsets.symmetric(vertical: 8),
      itemCount: reviews.length,
      // yorumlar arasına ince çizgi, soldan 72 girintili
      itemBuilder: (context, index) {
        final review = reviews[index];
        return ListTile(
          leading: CircleAvatar(child: Text(review.buyerName.characters.first)),
          title: Row(
            children: [
              for (var i = 0; i < 5; i++)
                Icon(i < review.stars ? Icons.star : Icons.star_border, size: 16, color: Colors.amber),
              const SizedBox(width: 8),
              Text(_date.format(review.createdAt), style: Theme.of(context).textTheme.bodySmall),
            ],
          ),
          subtitle: Text(review.comment),
          isThreeLine: review.comment.length > 60,
          trailing: IconButton(
            tooltip: 'Bildir',
            icon: const Icon(Icons.flag_outlined),
            onPressed: () => onReport(review),
          ),
        );
      },
    );
  }
}
""",
    r"""
separatorBuilder: (context, index) => const Divider(height: 1, indent: 72),
""",
    ["separatorBuilder", "Divider"],
    must_not=["VerticalDivider", "SizedBox"],
    checks=["literal 72"],
)

row(
    "forms",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:intl/intl.dart';

import '../models/material_rate.dart';

class QuickEstimateCard extends StatefulWidget {
  const QuickEstimateCard({super.key, required this.rates});

  final List<MaterialRate> rates;

  @override
  State<QuickEstimateCard> createState() => _QuickEstimateCardState();
}

class _QuickEstimateCardState extends State<QuickEstimateCard> {
  final _areaCtrl = TextEditingController();
  final _money = NumberFormat.currency(locale: 'tr_TR', symbol: '₺', decimalDigits: 0);
  late MaterialRate _rate = widget.rates.first;
  double? _area;

  @override
  void dispose() {
    _areaCtrl.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final area = _area;
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            DropdownMenu<MaterialRate>(
              initialSelection: _rate,
              label: const Text('Malzeme'),
              expandedInsets: EdgeInsets.zero,
              dropdownMenuEntries: [
                for (final r in widget.rates) DropdownMenuEntry(value: r, label: r.name),
              ],
              onSelected: (r) => setState(() => _rate = r ?? _rate),
            ),
            const SizedBox(height: 12),
            TextField(
              controller: _areaCtrl,
              keyboardType: const TextInputType.numberWithOptions(decimal: true),
              // sadece rakam ve virgul girilsin, en fazla 7 karakter
              decoration: const InputDecoration(labelText: 'Alan', suffixText: 'm²'),
              onChanged: (text) => setState(() => _area = double.tryParse(text.replaceAll(',', '.'))),
            ),
            const SizedBox(height: 16),
            Text(
              area == null ? 'Alan girin' : 'Tahmini tutar: ${_money.format(area * _rate.pricePerSqm)}',
              style: Theme.of(context).textTheme.titleMedium,
            ),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
inputFormatters: [
  FilteringTextInputFormatter.allow(RegExp(r'[0-9,]')),
  LengthLimitingTextInputFormatter(7),
],
""",
    ["inputFormatters", "FilteringTextInputFormatter", "LengthLimitingTextInputFormatter"],
    must_not=["digitsOnly", "WhitelistingTextInputFormatter", "maxLength"],
    checks=["literal 7", "literal ','"],
)

row(
    "navigation",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/quote.dart';
import '../widgets/quote_line_list.dart';

class QuoteEditorPage extends StatefulWidget {
  const QuoteEditorPage({super.key, required this.quote, required this.onSave});

  final Quote quote;
  final Future<void> Function(Quote quote) onSave;

  @override
  State<QuoteEditorPage> createState() => _QuoteEditorPageState();
}

class _QuoteEditorPageState extends State<QuoteEditorPage> {
  late Quote _quote = widget.quote;
  bool _dirty = false;

  Future<bool> _confirmDiscard() async {
    final discard = await showDialog<bool>(
      context: context,
      builder: (context) => AlertDialog(
        title: const Text('Değişiklikler kaydedilmedi'),
        content: const Text('Çıkarsanız teklifteki değişiklikler kaybolacak.'),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Düzenlemeye dön')),
          TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Çık')),
        ],
      ),
    );
    return discard ?? false;
  }

  Future<void> _save() async {
    await widget.onSave(_quote);
    if (mounted) setState(() => _dirty = false);
  }

  @override
  Widget build(BuildContext context) {
    return PopScope(
      canPop: !_dirty,
      // kaydedilmemiş değişiklik varsa _confirmDiscard ile sor, onaylanırsa sayfayı kapat
      child: Scaffold(
        appBar: AppBar(
          title: Text('Teklif ${_quote.number}'),
          actions: [
            IconButton(
              tooltip: 'Kaydet',
              onPressed: _dirty ? _save : null,
              icon: const Icon(Icons.save_outlined),
            ),
          ],
        ),
        body: QuoteLineList(
          lines: _quote.lines,
          onChanged: (lines) => setState(() {
            _quote = _quote.copyWith(lines: lines);
            _dirty = true;
          }),
        ),
      ),
    );
  }
}
""",
    r"""
onPopInvokedWithResult: (didPop, result) async {
  if (didPop) return;
  final discard = await _confirmDiscard();
  if (discard && context.mounted) Navigator.of(context).pop();
},
""",
    ["onPopInvokedWithResult", "didPop", "_confirmDiscard", "Navigator.pop | Navigator.of | context.pop"],
    must_not=["onPopInvoked:", "WillPopScope", "onWillPop", "_save"],
)

row(
    "dialogs",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/sale_order.dart';
import '../services/order_service.dart';

class SellerOrderPage extends StatefulWidget {
  const SellerOrderPage({super.key, required this.order, required this.orders});

  final SaleOrder order;
  final OrderService orders;

  @override
  State<SellerOrderPage> createState() => _SellerOrderPageState();
}

class _SellerOrderPageState extends State<SellerOrderPage> {
  final _trackingCtrl = TextEditingController();

  @override
  void dispose() {
    _trackingCtrl.dispose();
    super.dispose();
  }

  Future<void> _markShipped() async {
    _trackingCtrl.clear();
    final trackingNo = await showDialog<String>(
      context: context,
      builder: (context) => AlertDialog(
        title: const Text('Kargoya verildi'),
        // 'Takip no' etiketli alan, açılınca klavye otomatik gelsin
        actions: [
          TextButton(onPressed: () => Navigator.pop(context), child: const Text('Vazgeç')),
          FilledButton(
            onPressed: () => Navigator.pop(context, _trackingCtrl.text.trim()),
            child: const Text('Kaydet'),
          ),
        ],
      ),
    );
    if (trackingNo == null || trackingNo.isEmpty) return;
    await widget.orders.markShipped(widget.order.id, trackingNo: trackingNo);
    if (!mounted) return;
    ScaffoldMessenger.of(context).showSnackBar(const SnackBar(content: Text('Alıcıya bildirim gönderildi')));
  }

  @override
  Widget build(BuildContext context) {
    final order = widget.order;
    return Scaffold(
      appBar: AppBar(title: Text('Sipariş #${order.number}')),
      body: ListView(
        children: [
          ListTile(title: Text(order.bookTitle), subtitle: Text(order.buyerName)),
          ListTile(title: const Text('Teslimat adresi'), subtitle: Text(order.shippingAddress)),
        ],
      ),
      floatingActionButton: order.isShipped
          ? null
          : FloatingActionButton.extended(
              onPressed: _markShipped,
              icon: const Icon(Icons.local_shipping_outlined),
              label: const Text('Kargoya verdim'),
            ),
    );
  }
}
""",
    r"""
content: TextField(
  controller: _trackingCtrl,
  autofocus: true,
  decoration: const InputDecoration(labelText: 'Takip no'),
),
""",
    ["content", "TextField | TextFormField", "_trackingCtrl", "autofocus"],
    must_not=["FocusNode", "hintText"],
    checks=["call TextField | TextFormField(controller, autofocus)", "literal 'Takip no'"],
)


if __name__ == "__main__":
    ROWS.write()
