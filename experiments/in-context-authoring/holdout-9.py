"""In-context held-out confirmation rows (holdout-9): 25 hand-written rows, 5 per position
(statements, callback, class_body, element, argument), topics platform, testing, performance, dart_language.

Run: .venv/bin/python experiments/in-context-authoring/holdout-9.py  -> data/in_context/drafts/holdout-9.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-9", "hold9")
row = ROWS.row


# ================================================================ statements

row("platform", "statements", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class LessonVideoPage extends StatefulWidget {
  const LessonVideoPage({super.key, required this.lessonTitle});

  final String lessonTitle;

  @override
  State<LessonVideoPage> createState() => _LessonVideoPageState();
}

class _LessonVideoPageState extends State<LessonVideoPage> {
  @override
  void initState() {
    super.initState();
    SystemChrome.setEnabledSystemUIMode(SystemUiMode.immersiveSticky);
  }

  @override
  void dispose() {
    // sayfadan cikarken durum cubugu ve gezinme cubugunu geri getir
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      backgroundColor: Colors.black,
      body: Center(
        child: Text(widget.lessonTitle, style: const TextStyle(color: Colors.white)),
      ),
    );
  }
}
""", r"""
SystemChrome.setEnabledSystemUIMode(SystemUiMode.edgeToEdge);
""", ["SystemChrome.setEnabledSystemUIMode"], must_not=["SystemUiMode.immersiveSticky"])

row("testing", "statements", r"""
import 'package:flutter_test/flutter_test.dart';

class InsufficientFundsException implements Exception {
  const InsufficientFundsException(this.missing);

  final double missing;
}

class Account {
  Account(this.balance);

  double balance;

  void withdraw(double amount) {
    if (amount > balance) {
      throw InsufficientFundsException(amount - balance);
    }
    balance -= amount;
  }
}

void expectRejected(Account account, double amount) {
  // amount cekilmeye calisilinca InsufficientFundsException firlatildigini ve bakiyenin degismedigini dogrula
}

void main() {
  test('bakiyeden fazla para çekilemez', () {
    expectRejected(Account(200), 500);
    expectRejected(Account(0), 1);
  });
}
""", r"""
final before = account.balance;
expect(() => account.withdraw(amount), throwsA(isA<InsufficientFundsException>()));
expect(account.balance, before);
""", ["throwsA", "account.withdraw", "account.balance"])

row("performance", "statements", r"""
import 'package:flutter/material.dart';

class DestinationGallery extends StatefulWidget {
  const DestinationGallery({super.key, required this.coverUrls});

  final List<String> coverUrls;

  @override
  State<DestinationGallery> createState() => _DestinationGalleryState();
}

class _DestinationGalleryState extends State<DestinationGallery> {
  final _pageController = PageController();

  @override
  void didChangeDependencies() {
    super.didChangeDependencies();
    // kaydirirken takilmasin: tum kapak fotograflarini onceden belleğe yükle
  }

  @override
  void dispose() {
    _pageController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return PageView.builder(
      controller: _pageController,
      itemCount: widget.coverUrls.length,
      itemBuilder: (context, index) => Image.network(
        widget.coverUrls[index],
        fit: BoxFit.cover,
      ),
    );
  }
}
""", r"""
for (final url in widget.coverUrls) {
  precacheImage(NetworkImage(url), context);
}
""", ["precacheImage", "widget.coverUrls"])

row("dart_language", "statements", r"""
import 'package:flutter/material.dart';

class StudentCard extends StatefulWidget {
  const StudentCard({super.key, required this.loadStudent});

  final Future<Map<String, Object?>> Function() loadStudent;

  @override
  State<StudentCard> createState() => _StudentCardState();
}

class _StudentCardState extends State<StudentCard> {
  String? _name;
  int? _grade;
  String? _error;

  Future<void> _load() async {
    final data = await widget.loadStudent();
    // map'te name String ve grade int ise pattern ile al, _name ve _grade'e yaz; degilse _error = 'Geçersiz veri'
  }

  @override
  void initState() {
    super.initState();
    _load();
  }

  @override
  Widget build(BuildContext context) {
    if (_error != null) return Text(_error!);
    if (_name == null) return const CircularProgressIndicator();
    return ListTile(title: Text(_name!), trailing: Text('${_grade}. sınıf'));
  }
}
""", r"""
if (data case {'name': String name, 'grade': int grade}) {
  setState(() {
    _name = name;
    _grade = grade;
  });
} else {
  setState(() => _error = 'Geçersiz veri');
}
""", ["_name", "_grade", "_error"])

row("dart_language", "statements", r"""
import 'package:flutter/material.dart';

class Order {
  const Order(this.code, this.total);

  final String code;
  final double total;
}

abstract class ShopApi {
  Future<String> fetchUserName();
  Future<List<Order>> fetchOrders();
}

class OrdersHeader extends StatefulWidget {
  const OrdersHeader({super.key, required this.api});

  final ShopApi api;

  @override
  State<OrdersHeader> createState() => _OrdersHeaderState();
}

class _OrdersHeaderState extends State<OrdersHeader> {
  String _userName = '';
  List<Order> _orders = const [];

  Future<void> _refresh() async {
    // kullanici adini ve siparisleri ayni anda (paralel) iste, ikisi gelince state'i guncelle
  }

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text(_userName),
      subtitle: Text('${_orders.length} sipariş'),
      trailing: IconButton(icon: const Icon(Icons.refresh), onPressed: _refresh),
    );
  }
}
""", r"""
final (name, orders) = await (widget.api.fetchUserName(), widget.api.fetchOrders()).wait;
setState(() {
  _userName = name;
  _orders = orders;
});
""", ["fetchUserName", "fetchOrders", "setState"])

# ================================================================ callback

row("platform", "callback", r"""
import 'package:flutter/material.dart';
import 'package:share_plus/share_plus.dart';

class Recipe {
  const Recipe({required this.title, required this.url});

  final String title;
  final String url;
}

class RecipeDetailPage extends StatelessWidget {
  const RecipeDetailPage({super.key, required this.recipe});

  final Recipe recipe;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text(recipe.title),
        actions: [
          IconButton(
            icon: const Icon(Icons.share),
            onPressed: () {
              // tarifin adini ve linkini telefonun paylasma menusuyle paylas
            },
          ),
        ],
      ),
      body: const SizedBox.shrink(),
    );
  }
}
""", r"""
SharePlus.instance.share(
  ShareParams(text: '${recipe.title}\n${recipe.url}'),
);
""", ["SharePlus.instance.share | Share.share"])

row("platform", "callback", r"""
import 'dart:async';

import 'package:connectivity_plus/connectivity_plus.dart';
import 'package:flutter/material.dart';

class ChatShell extends StatefulWidget {
  const ChatShell({super.key, required this.child});

  final Widget child;

  @override
  State<ChatShell> createState() => _ChatShellState();
}

class _ChatShellState extends State<ChatShell> {
  late final StreamSubscription<List<ConnectivityResult>> _sub;
  bool _offline = false;

  @override
  void initState() {
    super.initState();
    _sub = Connectivity().onConnectivityChanged.listen((results) {
      // hic baglanti yoksa _offline true olsun, varsa false
    });
  }

  @override
  void dispose() {
    _sub.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        if (_offline) const MaterialBanner(content: Text('Çevrimdışısınız'), actions: [SizedBox()]),
        Expanded(child: widget.child),
      ],
    );
  }
}
""", r"""
setState(() => _offline = results.contains(ConnectivityResult.none));
""", ["_offline", "ConnectivityResult.none"])

row("testing", "callback", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

class NotificationSettings extends StatefulWidget {
  const NotificationSettings({super.key});

  @override
  State<NotificationSettings> createState() => _NotificationSettingsState();
}

class _NotificationSettingsState extends State<NotificationSettings> {
  bool _enabled = false;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: SwitchListTile(
        title: const Text('Bildirimler'),
        value: _enabled,
        onChanged: (v) => setState(() => _enabled = v),
      ),
    );
  }
}

void main() {
  testWidgets('bildirim anahtarı açılır', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: NotificationSettings()));

    // anahtara dokun, yeniden ciz ve Switch'in acik oldugunu kontrol et
  });
}
""", r"""
await tester.tap(find.byType(Switch));
await tester.pump();
expect(tester.widget<Switch>(find.byType(Switch)).value, isTrue);
""", ["tester.tap", "tester.pump | tester.pumpAndSettle", "expect"])

row("performance", "callback", r"""
import 'dart:isolate';

import 'package:flutter/material.dart';

class RunSummary {
  const RunSummary(this.totalKm, this.avgPace);

  final double totalKm;
  final double avgPace;
}

RunSummary summarizeCsv(String csv) {
  final rows = csv.split('\n').where((l) => l.trim().isNotEmpty).map((l) => l.split(','));
  var km = 0.0;
  var minutes = 0.0;
  for (final r in rows) {
    km += double.parse(r[0]);
    minutes += double.parse(r[1]);
  }
  return RunSummary(km, km == 0 ? 0 : minutes / km);
}

class ImportRunsButton extends StatefulWidget {
  const ImportRunsButton({super.key, required this.csv});

  final String csv;

  @override
  State<ImportRunsButton> createState() => _ImportRunsButtonState();
}

class _ImportRunsButtonState extends State<ImportRunsButton> {
  RunSummary? _summary;

  @override
  Widget build(BuildContext context) {
    return ElevatedButton(
      onPressed: () async {
        // buyuk CSV'yi ana thread'i dondurmadan ayri isolate'ta ozetle, sonucu _summary'e koy
      },
      child: Text(_summary == null ? 'İçe aktar' : '${_summary!.totalKm} km'),
    );
  }
}
""", r"""
final csv = widget.csv;
final summary = await Isolate.run(() => summarizeCsv(csv));
if (!mounted) return;
setState(() => _summary = summary);
""", ["Isolate.run | compute", "summarizeCsv", "_summary"])

row("dart_language", "callback", r"""
import 'package:flutter/material.dart';

enum SortBy { title, duration }

class Song {
  const Song(this.title, this.duration);

  final String title;
  final Duration duration;
}

class SongList extends StatefulWidget {
  const SongList({super.key, required this.songs});

  final List<Song> songs;

  @override
  State<SongList> createState() => _SongListState();
}

class _SongListState extends State<SongList> {
  late final List<Song> _songs = List.of(widget.songs);
  SortBy _sort = SortBy.title;

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        PopupMenuButton<SortBy>(
          initialValue: _sort,
          onSelected: (value) {
            // secilen degere gore sarkilari ada ya da sureye gore sirala, _sort'u guncelle
          },
          itemBuilder: (context) => const [
            PopupMenuItem(value: SortBy.title, child: Text('Ada göre')),
            PopupMenuItem(value: SortBy.duration, child: Text('Süreye göre')),
          ],
        ),
        for (final s in _songs) ListTile(title: Text(s.title)),
      ],
    );
  }
}
""", r"""
setState(() {
  _sort = value;
  switch (value) {
    case SortBy.title:
      _songs.sort((a, b) => a.title.compareTo(b.title));
    case SortBy.duration:
      _songs.sort((a, b) => a.duration.compareTo(b.duration));
  }
});
""", ["_songs.sort", "compareTo", "_sort"])

# ================================================================ class_body

row("dart_language", "class_body", r"""
import 'package:flutter/material.dart';

class Homework {
  Homework({required this.subject, required this.dueDate, this.isDone = false});

  final String subject;
  final DateTime dueDate;
  bool isDone;

  // teslim tarihi gecmis ve henuz bitmemis mi? isOverdue getter'i
}

class HomeworkTile extends StatelessWidget {
  const HomeworkTile({super.key, required this.homework});

  final Homework homework;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text(homework.subject),
      textColor: homework.isOverdue ? Colors.red : null,
    );
  }
}
""", r"""
bool get isOverdue => !isDone && dueDate.isBefore(DateTime.now());
""", ["isOverdue", "dueDate", "isDone"])

row("dart_language", "class_body", r"""
class AppVersion implements Comparable<AppVersion> {
  const AppVersion(this.major, this.minor, this.patch);

  factory AppVersion.parse(String text) {
    final parts = text.split('.').map(int.parse).toList();
    return AppVersion(parts[0], parts[1], parts[2]);
  }

  final int major;
  final int minor;
  final int patch;

  // compareTo'yu yaz: once major, esitse minor, o da esitse patch karsilastirilsin

  @override
  String toString() => '$major.$minor.$patch';
}

bool needsUpdate(String installed, String latest) =>
    AppVersion.parse(installed).compareTo(AppVersion.parse(latest)) < 0;
""", r"""
@override
int compareTo(AppVersion other) {
  if (major != other.major) return major.compareTo(other.major);
  if (minor != other.minor) return minor.compareTo(other.minor);
  return patch.compareTo(other.patch);
}
""", ["compareTo", "major", "patch"])

row("performance", "class_body", r"""
import 'package:flutter/material.dart';

class CartScope extends InheritedWidget {
  const CartScope({
    super.key,
    required this.itemCount,
    required this.total,
    required super.child,
  });

  final int itemCount;
  final double total;

  static CartScope of(BuildContext context) =>
      context.dependOnInheritedWidgetOfExactType<CartScope>()!;

  // sadece urun sayisi ya da toplam degisince bagli widget'lar yeniden cizilsin
}

class CartBadge extends StatelessWidget {
  const CartBadge({super.key});

  @override
  Widget build(BuildContext context) {
    final cart = CartScope.of(context);
    return Badge(label: Text('${cart.itemCount}'), child: const Icon(Icons.shopping_cart));
  }
}
""", r"""
@override
bool updateShouldNotify(CartScope oldWidget) =>
    itemCount != oldWidget.itemCount || total != oldWidget.total;
""", ["updateShouldNotify", "itemCount", "total"])

row("testing", "class_body", r"""
import 'package:flutter_test/flutter_test.dart';

abstract class Analytics {
  void logEvent(String name);
}

class CheckoutFlow {
  CheckoutFlow(this.analytics);

  final Analytics analytics;

  void start() => analytics.logEvent('checkout_start');
  void pay() => analytics.logEvent('checkout_paid');
}

class FakeAnalytics implements Analytics {
  // gonderilen olay adlarini events listesinde biriktir
}

void main() {
  test('ödeme akışı iki olay gönderir', () {
    final analytics = FakeAnalytics();
    final flow = CheckoutFlow(analytics)
      ..start()
      ..pay();
    expect(flow.analytics, same(analytics));
    expect(analytics.events, ['checkout_start', 'checkout_paid']);
  });
}
""", r"""
final List<String> events = [];

@override
void logEvent(String name) => events.add(name);
""", ["events", "logEvent"])

row("platform", "class_body", r"""
import 'package:flutter/material.dart';

class ReaderPage extends StatefulWidget {
  const ReaderPage({super.key, required this.text});

  final String text;

  @override
  State<ReaderPage> createState() => _ReaderPageState();
}

class _ReaderPageState extends State<ReaderPage> with WidgetsBindingObserver {
  Brightness _brightness = WidgetsBinding.instance.platformDispatcher.platformBrightness;

  @override
  void initState() {
    super.initState();
    WidgetsBinding.instance.addObserver(this);
  }

  @override
  void dispose() {
    WidgetsBinding.instance.removeObserver(this);
    super.dispose();
  }

  // telefonun acik/koyu tema ayari degisince _brightness'i guncelle

  @override
  Widget build(BuildContext context) {
    final dark = _brightness == Brightness.dark;
    return ColoredBox(
      color: dark ? Colors.black : Colors.white,
      child: Text(widget.text, style: TextStyle(color: dark ? Colors.white70 : Colors.black87)),
    );
  }
}
""", r"""
@override
void didChangePlatformBrightness() {
  setState(() {
    _brightness = WidgetsBinding.instance.platformDispatcher.platformBrightness;
  });
}
""", ["didChangePlatformBrightness", "platformBrightness", "_brightness"])

# ================================================================ element

row("platform", "element", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class SaveNoteIntent extends Intent {
  const SaveNoteIntent();
}

class NoteEditor extends StatelessWidget {
  const NoteEditor({super.key, required this.controller, required this.onSave});

  final TextEditingController controller;
  final VoidCallback onSave;

  @override
  Widget build(BuildContext context) {
    return Shortcuts(
      shortcuts: <ShortcutActivator, Intent>{
        // masaüstünde Ctrl+S'ye basınca notu kaydeden kısayolu ekle
      },
      child: Actions(
        actions: <Type, Action<Intent>>{
          SaveNoteIntent: CallbackAction<SaveNoteIntent>(onInvoke: (_) {
            onSave();
            return null;
          }),
        },
        child: TextField(controller: controller, maxLines: null),
      ),
    );
  }
}
""", r"""
const SingleActivator(LogicalKeyboardKey.keyS, control: true): const SaveNoteIntent(),
""", ["SingleActivator", "LogicalKeyboardKey.keyS", "SaveNoteIntent"])

row("testing", "element", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

class Task {
  const Task({required this.id, required this.title, this.done = false});

  final int id;
  final String title;
  final bool done;
}

class TaskCounter extends StatelessWidget {
  const TaskCounter({super.key, required this.tasks});

  final List<Task> tasks;

  @override
  Widget build(BuildContext context) {
    final left = tasks.where((t) => !t.done).length;
    return Text('$left görev kaldı', textDirection: TextDirection.ltr);
  }
}

void main() {
  testWidgets('kalan görev sayısı', (tester) async {
    const tasks = [
      Task(id: 1, title: 'Süt al'),
      // ikinci gorev: id 2, tamamlanmis olsun
    ];
    await tester.pumpWidget(const TaskCounter(tasks: tasks));
    expect(find.text('1 görev kaldı'), findsOneWidget);
  });
}
""", r"""
Task(id: 2, title: 'Faturayı öde', done: true),
""", ["Task", "done"])

row("performance", "element", r"""
import 'package:flutter/material.dart';

class Product {
  const Product(this.name, this.imageUrl);

  final String name;
  final String imageUrl;
}

class CatalogPage extends StatelessWidget {
  const CatalogPage({super.key, required this.products});

  final List<Product> products;

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(
      slivers: [
        const SliverAppBar(title: Text('Katalog'), floating: true),
        // binlerce urun var: iki sutunlu grid, kartlar sadece gorununce olussun
      ],
    );
  }
}
""", r"""
SliverGrid.builder(
  gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 2),
  itemCount: products.length,
  itemBuilder: (context, index) => Card(
    child: Column(
      children: [
        Expanded(child: Image.network(products[index].imageUrl, fit: BoxFit.cover)),
        Text(products[index].name),
      ],
    ),
  ),
),
""", ["SliverGrid.builder | SliverChildBuilderDelegate", "products"],
    must_not=["GridView.count", "SliverChildListDelegate"])

row("dart_language", "element", r"""
import 'package:flutter/material.dart';

class ScoreBoard extends StatelessWidget {
  const ScoreBoard({super.key, required this.scores});

  final Map<String, int> scores;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          const Text('Puan tablosu', style: TextStyle(fontWeight: FontWeight.bold)),
          // her oyuncu icin "isim: puan" yazan bir Text ekle
        ],
      ),
    );
  }
}
""", r"""
for (final MapEntry(:key, :value) in scores.entries) Text('$key: $value'),
""", ["scores.entries | scores.keys | scores.forEach", "Text"])

row("dart_language", "element", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

class WalletApi {
  WalletApi(this.baseUrl, {this.token});

  final String baseUrl;
  final String? token;

  Future<Map<String, dynamic>> balance() async {
    final response = await http.get(
      Uri.parse('$baseUrl/balance'),
      headers: {
        'Accept': 'application/json',
        // token bossa ekleme, varsa Authorization basligini Bearer ile ekle
      },
    );
    return jsonDecode(response.body) as Map<String, dynamic>;
  }
}
""", r"""
if (token != null) 'Authorization': 'Bearer $token',
""", ["token"], checks=None)

# ================================================================ argument

row("platform", "argument", r"""
import 'package:flutter/material.dart';

class ContactForm extends StatefulWidget {
  const ContactForm({super.key});

  @override
  State<ContactForm> createState() => _ContactFormState();
}

class _ContactFormState extends State<ContactForm> {
  final _phoneController = TextEditingController();

  @override
  void dispose() {
    _phoneController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: _phoneController,
      decoration: const InputDecoration(labelText: 'Telefon'),
      // telefonun numara klavyesi acilsin
    );
  }
}
""", r"""
keyboardType: TextInputType.phone,
""", ["TextInputType.phone"])

row("platform", "argument", r"""
import 'package:flutter/material.dart';

class MapScreen extends StatelessWidget {
  const MapScreen({super.key, required this.map, required this.onLocate});

  final Widget map;
  final VoidCallback onLocate;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: SafeArea(
        // harita ekranin altina kadar uzansin, sadece ustte bosluk birak
        child: Stack(
          children: [
            Positioned.fill(child: map),
            Positioned(
              right: 16,
              bottom: 32,
              child: FloatingActionButton(onPressed: onLocate, child: const Icon(Icons.my_location)),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
bottom: false,
""", ["bottom"])

row("performance", "argument", r"""
import 'package:flutter/material.dart';

class Message {
  const Message(this.author, this.text);

  final String author;
  final String text;
}

class MessageList extends StatelessWidget {
  const MessageList({super.key, required this.messages});

  final List<Message> messages;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: messages.length,
      // hizli kaydirmada bosluk gorunmesin: ekran disinda 800 piksellik kismi onceden hazirla
      itemBuilder: (context, index) => ListTile(
        title: Text(messages[index].author),
        subtitle: Text(messages[index].text),
      ),
    );
  }
}
""", r"""
cacheExtent: 800,
""", ["cacheExtent"])

row("testing", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

class HintCard extends StatelessWidget {
  const HintCard({super.key, required this.showHint});

  final bool showHint;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      home: Column(
        children: [
          const Text('Soru 1'),
          Offstage(offstage: !showHint, child: const Text('İpucu: 7 ile çarp')),
        ],
      ),
    );
  }
}

void main() {
  testWidgets('gizli ipucu ağaçta durur', (tester) async {
    await tester.pumpWidget(const HintCard(showHint: false));
    expect(
      find.text(
        'İpucu: 7 ile çarp',
        // gizli (offstage) widget'lari da aramaya kat
      ),
      findsOneWidget,
    );
  });
}
""", r"""
skipOffstage: false,
""", ["skipOffstage"])

row("dart_language", "argument", r"""
import 'dart:convert';

class JournalEntry {
  JournalEntry(this.text, this.createdAt);

  final String text;
  final DateTime createdAt;

  Map<String, Object> toMap() => {'text': text, 'createdAt': createdAt};
}

String exportJournal(List<JournalEntry> entries) {
  return jsonEncode(
    entries.map((e) => e.toMap()).toList(),
    // DateTime degerleri ISO 8601 metni olarak yazilsin
  );
}
""", r"""
toEncodable: (value) => value is DateTime ? value.toIso8601String() : value,
""", ["toEncodable", "toIso8601String"])


if __name__ == "__main__":
    ROWS.write()
