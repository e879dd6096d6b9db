"""In-context held-out confirmation rows (holdout-2): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics state / async / http_json.

Run: .venv/bin/python experiments/in-context-authoring/holdout-2.py  -> data/in_context/drafts/holdout-2.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-2", "hold2")
row = ROWS.row


# ---------------------------------------------------------------- state
row("state", "statements", r"""
import 'package:flutter/foundation.dart';

class Workout {
  const Workout({required this.name, required this.calories, required this.date});

  final String name;
  final int calories;
  final DateTime date;
}

class WorkoutLog extends ChangeNotifier {
  final List<Workout> _workouts = [];
  int _totalCalories = 0;

  List<Workout> get workouts => List.unmodifiable(_workouts);
  int get totalCalories => _totalCalories;

  void addWorkout(Workout workout) {
    // antrenmanı listenin en başına ekle, yakılan kaloriyi toplama kat ve dinleyenlere haber ver
  }

  void clear() {
    _workouts.clear();
    _totalCalories = 0;
    notifyListeners();
  }
}
""", r"""
_workouts.insert(0, workout);
_totalCalories += workout.calories;
notifyListeners();
""", ["_workouts.insert", "_totalCalories", "notifyListeners"])

row("state", "statements", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

class StudentProfile extends ChangeNotifier {
  String fullName = '';
  String className = '';
  List<int> grades = [];

  void addGrade(int grade) {
    grades.add(grade);
    notifyListeners();
  }
}

class ProfileGreeting extends StatelessWidget {
  const ProfileGreeting({super.key});

  @override
  Widget build(BuildContext context) {
    // notlar değişince yeniden çizilmesin, sadece öğrencinin adını dinleyip fullName değişkenine al
    return Padding(
      padding: const EdgeInsets.all(16),
      child: Text(
        'Merhaba, $fullName',
        style: Theme.of(context).textTheme.headlineSmall,
      ),
    );
  }
}
""", r"""
final fullName = context.select<StudentProfile, String>((profile) => profile.fullName);
""", ["context.select", "fullName", "StudentProfile"], must_not=["context.watch", "Provider.of"])

row("state", "callback", r"""
import 'package:flutter/material.dart';

class NotificationSettingsPage extends StatefulWidget {
  const NotificationSettingsPage({super.key});

  @override
  State<NotificationSettingsPage> createState() => _NotificationSettingsPageState();
}

class _NotificationSettingsPageState extends State<NotificationSettingsPage> {
  bool _notifications = true;
  bool _sound = true;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Bildirimler')),
      body: ListView(
        children: [
          SwitchListTile(
            title: const Text('Bildirimleri aç'),
            value: _notifications,
            onChanged: (value) {
              // yeni degeri _notifications'a yaz; bildirimler kapandiysa sesi de kapat, ekran guncellensin
            },
          ),
          SwitchListTile(
            title: const Text('Bildirim sesi'),
            value: _sound,
            onChanged: _notifications ? (value) => setState(() => _sound = value) : null,
          ),
        ],
      ),
    );
  }
}
""", r"""
setState(() {
  _notifications = value;
  if (!value) {
    _sound = false;
  }
});
""", ["setState", "_notifications", "_sound"])

row("state", "class_body", r"""
import 'package:flutter_riverpod/flutter_riverpod.dart';

const dailyStepGoal = 10000;

class StepsNotifier extends Notifier<int> {
  @override
  int build() => 0;

  // gelen adım sayısını state'e ekleyen addSteps metodunu yaz; sayı sıfır ya da negatifse hiçbir şey yapma

  void reset() => state = 0;

  bool get goalReached => state >= dailyStepGoal;
}

final stepsProvider = NotifierProvider<StepsNotifier, int>(StepsNotifier.new);
""", r"""
void addSteps(int count) {
  if (count <= 0) return;
  state = state + count;
}
""", ["addSteps", "state"], must_not=["notifyListeners"])

row("state", "element", r"""
import 'package:flutter/material.dart';
import 'package:flutter_riverpod/flutter_riverpod.dart';

import 'api/api_client.dart';
import 'api/fake_api_client.dart';
import 'screens/recipe_list_screen.dart';

void main() {
  runApp(
    ProviderScope(
      overrides: [
        // demo modunda apiClientProvider gerçek sunucu yerine FakeApiClient versin
      ],
      child: const RecipeApp(),
    ),
  );
}

class RecipeApp extends StatelessWidget {
  const RecipeApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Tarifler',
      theme: ThemeData(colorSchemeSeed: Colors.orange),
      home: const RecipeListScreen(),
    );
  }
}
""", r"""
apiClientProvider.overrideWithValue(FakeApiClient()),
""", ["apiClientProvider", "overrideWithValue | overrideWith", "FakeApiClient"])

row("state", "element", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

class AuthModel extends ChangeNotifier {
  String? _userName;

  bool get isLoggedIn => _userName != null;
  String? get userName => _userName;

  void logout() {
    _userName = null;
    notifyListeners();
  }
}

class HomeAppBar extends StatelessWidget implements PreferredSizeWidget {
  const HomeAppBar({super.key});

  @override
  Size get preferredSize => const Size.fromHeight(kToolbarHeight);

  @override
  Widget build(BuildContext context) {
    final auth = context.watch<AuthModel>();
    return AppBar(
      title: const Text('Kütüphane'),
      actions: [
        IconButton(icon: const Icon(Icons.search), onPressed: () {}),
        // kullanıcı giriş yaptıysa 'Çıkış' yazan bir buton göster, basınca oturumu kapatsın
      ],
    );
  }
}
""", r"""
if (auth.isLoggedIn)
  TextButton(
    onPressed: auth.logout,
    child: const Text('Çıkış'),
  ),
""", ["isLoggedIn", "logout"])

row("state", "argument", r"""
import 'package:flutter/material.dart';

class VolumeControl extends StatefulWidget {
  const VolumeControl({super.key});

  @override
  State<VolumeControl> createState() => _VolumeControlState();
}

class _VolumeControlState extends State<VolumeControl> {
  final ValueNotifier<double> _volume = ValueNotifier(0.5);

  @override
  void dispose() {
    _volume.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        const Icon(Icons.volume_down),
        Expanded(
          child: ValueListenableBuilder<double>(
            valueListenable: _volume,
            // ses seviyesini bir Slider ile göster, kaydırınca _volume'u güncelle
          ),
        ),
        const Icon(Icons.volume_up),
      ],
    );
  }
}
""", r"""
builder: (context, value, child) => Slider(
  value: value,
  onChanged: (newValue) => _volume.value = newValue,
),
""", ["builder", "Slider", "_volume.value"], must_not=["setState"])


# ---------------------------------------------------------------- async
row("async", "statements", r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../services/payment_service.dart';

class TransferScreen extends StatefulWidget {
  const TransferScreen({super.key, required this.iban, required this.amount});

  final String iban;
  final double amount;

  @override
  State<TransferScreen> createState() => _TransferScreenState();
}

class _TransferScreenState extends State<TransferScreen> {
  final _payments = PaymentService();
  String _status = '';

  Future<void> _sendTransfer() async {
    // havale isteğini en fazla 10 saniye bekle; süre dolarsa _status'a 'Zaman aşımı' yaz, başarılıysa 'Gönderildi'
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Havale')),
      body: Center(child: Text(_status)),
      floatingActionButton: FloatingActionButton(
        onPressed: _sendTransfer,
        child: const Icon(Icons.send),
      ),
    );
  }
}
""", r"""
try {
  await _payments.transfer(widget.iban, widget.amount).timeout(const Duration(seconds: 10));
  if (!mounted) return;
  setState(() => _status = 'Gönderildi');
} on TimeoutException {
  if (!mounted) return;
  setState(() => _status = 'Zaman aşımı');
}
""", ["timeout", "TimeoutException", "_payments.transfer"])

row("async", "callback", r"""
import 'package:flutter/material.dart';

class EditRecipeScreen extends StatefulWidget {
  const EditRecipeScreen({super.key, required this.onSave});

  final Future<void> Function(String title) onSave;

  @override
  State<EditRecipeScreen> createState() => _EditRecipeScreenState();
}

class _EditRecipeScreenState extends State<EditRecipeScreen> {
  final _titleController = TextEditingController();
  bool _saving = false;

  @override
  void dispose() {
    _titleController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Tarifi düzenle')),
      body: Padding(
        padding: const EdgeInsets.all(16),
        child: TextField(controller: _titleController),
      ),
      floatingActionButton: FloatingActionButton(
        onPressed: _saving
            ? null
            : () async {
                // kaydederken _saving'i aç, onSave bitince kapat; widget ekrandan gittiyse setState yapma
              },
        child: const Icon(Icons.save),
      ),
    );
  }
}
""", r"""
setState(() => _saving = true);
try {
  await widget.onSave(_titleController.text);
} finally {
  if (mounted) {
    setState(() => _saving = false);
  }
}
""", ["_saving", "widget.onSave", "mounted"])

row("async", "callback", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class ChatHeader extends StatefulWidget {
  const ChatHeader({super.key, required this.contactName, required this.typingStream});

  final String contactName;
  final Stream<bool> typingStream;

  @override
  State<ChatHeader> createState() => _ChatHeaderState();
}

class _ChatHeaderState extends State<ChatHeader> {
  StreamSubscription<bool>? _typingSub;
  Timer? _typingTimer;
  bool _isTyping = false;

  @override
  void initState() {
    super.initState();
    _typingSub = widget.typingStream.listen((isTyping) {
      // gelen bilgiyi _isTyping'e yaz; 3 saniye yeni bir olay gelmezse yaziyor yazisini kendiliginden kaldir
    });
  }

  @override
  void dispose() {
    _typingSub?.cancel();
    _typingTimer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text(widget.contactName),
      subtitle: _isTyping ? const Text('yazıyor...') : null,
    );
  }
}
""", r"""
setState(() => _isTyping = isTyping);
_typingTimer?.cancel();
if (isTyping) {
  _typingTimer = Timer(const Duration(seconds: 3), () {
    if (mounted) {
      setState(() => _isTyping = false);
    }
  });
}
""", ["_typingTimer", "Timer", "_isTyping"])

row("async", "class_body", r"""
import 'package:flutter/material.dart';

class OtpTimer {
  OtpTimer({this.seconds = 60});

  final int seconds;

  // geri sayımı saniyede bir yayan countdown stream metodunu yaz: seconds'tan 0'a kadar her değeri versin

  String format(int remaining) {
    final minutes = remaining ~/ 60;
    final secs = (remaining % 60).toString().padLeft(2, '0');
    return '$minutes:$secs';
  }
}

class OtpCountdownText extends StatelessWidget {
  const OtpCountdownText({super.key, required this.timer});

  final OtpTimer timer;

  @override
  Widget build(BuildContext context) {
    return StreamBuilder<int>(
      stream: timer.countdown(),
      builder: (context, snapshot) => Text(timer.format(snapshot.data ?? timer.seconds)),
    );
  }
}
""", r"""
Stream<int> countdown() async* {
  for (var remaining = seconds; remaining >= 0; remaining--) {
    yield remaining;
    if (remaining > 0) {
      await Future<void>.delayed(const Duration(seconds: 1));
    }
  }
}
""", ["countdown", "yield | Stream.periodic", "seconds"])

row("async", "class_body", r"""
import 'package:flutter/material.dart';

import '../data/order_repository.dart';
import '../models/order.dart';

class OrderHistoryPage extends StatefulWidget {
  const OrderHistoryPage({super.key, required this.repository});

  final OrderRepository repository;

  @override
  State<OrderHistoryPage> createState() => _OrderHistoryPageState();
}

class _OrderHistoryPageState extends State<OrderHistoryPage> {
  // siparişleri getiren future'ı bir kere oluşturup _ordersFuture'da tut, her build'de yeni istek gitmesin

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<List<Order>>(
      future: _ordersFuture,
      builder: (context, snapshot) {
        if (!snapshot.hasData) {
          return const Center(child: CircularProgressIndicator());
        }
        final orders = snapshot.data!;
        return ListView.builder(
          itemCount: orders.length,
          itemBuilder: (context, index) => ListTile(title: Text(orders[index].title)),
        );
      },
    );
  }
}
""", r"""
late final Future<List<Order>> _ordersFuture = widget.repository.fetchOrders();
""", ["_ordersFuture", "widget.repository"])

row("async", "element", r"""
import 'package:flutter/material.dart';

class TripPlannerScreen extends StatelessWidget {
  const TripPlannerScreen({super.key, required this.onlineStream, required this.trips});

  final Stream<bool> onlineStream;
  final List<String> trips;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Gezilerim')),
      body: Column(
        children: [
          // bağlantı durumunu onlineStream'den dinle; çevrimdışıysa en üstte kırmızı bir 'İnternet yok' şeridi göster, değilse boş kalsın
          Expanded(
            child: ListView(
              children: [
                for (final trip in trips) ListTile(title: Text(trip)),
              ],
            ),
          ),
        ],
      ),
    );
  }
}
""", r"""
StreamBuilder<bool>(
  stream: onlineStream,
  builder: (context, snapshot) {
    if (snapshot.data == false) {
      return Container(
        width: double.infinity,
        color: Colors.red,
        padding: const EdgeInsets.all(8),
        child: const Text('İnternet yok', style: TextStyle(color: Colors.white)),
      );
    }
    return const SizedBox.shrink();
  },
),
""", ["StreamBuilder", "onlineStream", "Colors.red | Colors.redAccent"])

row("async", "argument", r"""
import 'package:flutter/material.dart';

class QuizScoreCard extends StatefulWidget {
  const QuizScoreCard({super.key, required this.loadScore, required this.cachedScore});

  final Future<int> Function() loadScore;
  final int cachedScore;

  @override
  State<QuizScoreCard> createState() => _QuizScoreCardState();
}

class _QuizScoreCardState extends State<QuizScoreCard> {
  late final Future<int> _scoreFuture = widget.loadScore();

  @override
  Widget build(BuildContext context) {
    return Card(
      child: FutureBuilder<int>(
        future: _scoreFuture,
        // sunucudan yanıt gelene kadar önbellekteki puan gösterilsin
        builder: (context, snapshot) {
          final score = snapshot.data ?? 0;
          return ListTile(
            leading: const Icon(Icons.school),
            title: const Text('Quiz puanın'),
            trailing: Text('$score'),
          );
        },
      ),
    );
  }
}
""", r"""
initialData: widget.cachedScore,
""", ["initialData", "cachedScore"])

row("async", "argument", r"""
import 'package:flutter/material.dart';

import '../models/article.dart';
import '../services/news_service.dart';

class NewsFeedPage extends StatefulWidget {
  const NewsFeedPage({super.key});

  @override
  State<NewsFeedPage> createState() => _NewsFeedPageState();
}

class _NewsFeedPageState extends State<NewsFeedPage> {
  final _service = NewsService();
  List<Article> _articles = [];

  Future<void> _loadNews() async {
    final articles = await _service.fetchLatest();
    if (!mounted) return;
    setState(() => _articles = articles);
  }

  @override
  Widget build(BuildContext context) {
    return RefreshIndicator(
      // listeyi aşağı çekince haberleri yeniden yükle, yükleme bitene kadar gösterge dönsün
      child: ListView.builder(
        physics: const AlwaysScrollableScrollPhysics(),
        itemCount: _articles.length,
        itemBuilder: (context, index) => ListTile(title: Text(_articles[index].title)),
      ),
    );
  }
}
""", r"""
onRefresh: _loadNews,
""", ["onRefresh", "_loadNews"])


# ---------------------------------------------------------------- http_json
row("http_json", "statements", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

class Flight {
  const Flight({required this.code, required this.departure});

  final String code;
  final DateTime departure;

  factory Flight.fromJson(Map<String, dynamic> json) => Flight(
        code: json['code'] as String,
        departure: DateTime.parse(json['departure'] as String),
      );
}

class FlightApi {
  FlightApi(this.baseUrl);

  final String baseUrl;

  Future<List<Flight>> search(String from, String to) async {
    // baseUrl/flights adresine from ve to'yu query parametresi olarak ekleyip GET at; gelen 'flights' dizisini Flight listesine çevir
  }
}
""", r"""
final uri = Uri.parse('$baseUrl/flights').replace(
  queryParameters: {'from': from, 'to': to},
);
final response = await http.get(uri);
if (response.statusCode != 200) {
  throw Exception('Uçuşlar alınamadı: ${response.statusCode}');
}
final data = jsonDecode(response.body) as Map<String, dynamic>;
final flights = data['flights'] as List<dynamic>;
return flights
    .map((item) => Flight.fromJson(item as Map<String, dynamic>))
    .toList();
""", ["http.get", "queryParameters", "jsonDecode", "Flight.fromJson"])

row("http_json", "callback", r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;

class CommentBox extends StatefulWidget {
  const CommentBox({super.key, required this.postId});

  final int postId;

  @override
  State<CommentBox> createState() => _CommentBoxState();
}

class _CommentBoxState extends State<CommentBox> {
  static const _api = 'https://api.example.com';
  final _commentController = TextEditingController();

  @override
  void dispose() {
    _commentController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        Expanded(child: TextField(controller: _commentController)),
        IconButton(
          icon: const Icon(Icons.send),
          onPressed: () async {
            // yorumu postId ile birlikte JSON olarak $_api/comments adresine POST et; 201 dönerse kutuyu temizle
          },
        ),
      ],
    );
  }
}
""", r"""
final response = await http.post(
  Uri.parse('$_api/comments'),
  headers: {'Content-Type': 'application/json'},
  body: jsonEncode({
    'postId': widget.postId,
    'text': _commentController.text,
  }),
);
if (response.statusCode == 201) {
  _commentController.clear();
}
""", ["http.post", "jsonEncode", "_commentController.clear"])

row("http_json", "class_body", r"""
import 'dart:convert';

class Product {
  const Product({required this.id, required this.name, required this.price});

  final int id;
  final String name;
  final double price;

  factory Product.fromJson(Map<String, dynamic> json) => Product(
        id: json['id'] as int,
        name: json['name'] as String,
        price: (json['price'] as num).toDouble(),
      );

  // sunucudan gelen JSON dizisi metnini Product listesine çeviren static listFromJson metodunu ekle

  @override
  String toString() => 'Product($id, $name, $price)';
}
""", r"""
static List<Product> listFromJson(String body) {
  final list = jsonDecode(body) as List<dynamic>;
  return list
      .map((item) => Product.fromJson(item as Map<String, dynamic>))
      .toList();
}
""", ["listFromJson", "jsonDecode", "Product.fromJson"])

row("http_json", "element", r"""
class Task {
  const Task({required this.id, required this.title, this.dueDate, this.done = false});

  final int id;
  final String title;
  final DateTime? dueDate;
  final bool done;

  Map<String, dynamic> toJson() {
    return {
      'id': id,
      'title': title,
      'done': done,
      // bitis tarihi varsa 'due_date' anahtariyla ISO 8601 olarak ekle, yoksa hic yazma
    };
  }
}
""", r"""
if (dueDate != null) 'due_date': dueDate!.toIso8601String(),
""", ["dueDate", "toIso8601String"])

row("http_json", "argument", r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;

class LoginForm extends StatefulWidget {
  const LoginForm({super.key});

  @override
  State<LoginForm> createState() => _LoginFormState();
}

class _LoginFormState extends State<LoginForm> {
  final _usernameController = TextEditingController();
  final _passwordController = TextEditingController();

  Future<bool> _login() async {
    final response = await http.post(
      Uri.parse('https://bank.example.com/api/login'),
      headers: {'Content-Type': 'application/json'},
      // kullanıcı adı ve şifreyi JSON gövdesi olarak gönder
    );
    return response.statusCode == 200;
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(controller: _usernameController),
        TextField(controller: _passwordController, obscureText: true),
        ElevatedButton(onPressed: _login, child: const Text('Giriş')),
      ],
    );
  }
}
""", r"""
body: jsonEncode({
  'username': _usernameController.text,
  'password': _passwordController.text,
}),
""", ["jsonEncode", "_usernameController", "_passwordController"])


if __name__ == "__main__":
    ROWS.write()
