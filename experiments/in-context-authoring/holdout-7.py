"""In-context HELD-OUT confirmation rows (holdout-7): 25 hand-written rows, 5 per position
(statements, callback, class_body, element, argument), topics state / async / http_json / storage.

Run: .venv/bin/python experiments/in-context-authoring/holdout-7.py  -> data/in_context/drafts/holdout-7.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-7", "hold7")
row = ROWS.row


# ================================================================ statements
row("async", "statements", r"""
import 'package:flutter/material.dart';

class TripForm extends StatefulWidget {
  const TripForm({super.key});

  @override
  State<TripForm> createState() => _TripFormState();
}

class _TripFormState extends State<TripForm> {
  DateTime? _departure;

  Future<void> _pickDeparture() async {
    // tarih seçiciyi bugünden bir yıl sonrasına kadar aç; bir tarih seçildiyse _departure'a yaz ve ekranı güncelle
  }

  @override
  Widget build(BuildContext context) {
    final label = _departure == null
        ? 'Gidiş tarihi seçilmedi'
        : '${_departure!.day}.${_departure!.month}.${_departure!.year}';
    return ListTile(
      leading: const Icon(Icons.flight_takeoff),
      title: Text(label),
      trailing: const Icon(Icons.calendar_today),
      onTap: _pickDeparture,
    );
  }
}
""", r"""
final now = DateTime.now();
final picked = await showDatePicker(
  context: context,
  initialDate: _departure ?? now,
  firstDate: now,
  lastDate: DateTime(now.year + 1, now.month, now.day),
);
if (picked == null || !mounted) return;
setState(() => _departure = picked);
""", ["showDatePicker", "_departure", "setState"])

row("http_json", "statements", r"""
// pubspec.yaml: http
import 'dart:convert';

import 'package:http/http.dart' as http;

class Song {
  const Song({required this.title, required this.artist, required this.seconds});

  factory Song.fromJson(Map<String, dynamic> json) => Song(
        title: json['title'] as String,
        artist: json['artist'] as String,
        seconds: json['seconds'] as int,
      );

  final String title;
  final String artist;
  final int seconds;
}

class PlaylistApi {
  PlaylistApi(this.baseUrl);

  final String baseUrl;

  Future<List<Song>> songsOf(String playlistId) async {
    final response = await http.get(Uri.parse('$baseUrl/playlists/$playlistId'));
    if (response.statusCode != 200) {
      throw Exception('Çalma listesi alınamadı: ${response.statusCode}');
    }
    // gövdeyi çöz, içindeki 'tracks' dizisinin her öğesini Song'a çevirip döndür
  }
}
""", r"""
final body = jsonDecode(response.body) as Map<String, dynamic>;
final tracks = body['tracks'] as List<dynamic>;
return tracks.map((t) => Song.fromJson(t as Map<String, dynamic>)).toList();
""", ["jsonDecode", "Song.fromJson", "tracks"])

row("storage", "statements", r"""
// pubspec.yaml: shared_preferences
import 'package:flutter/foundation.dart';
import 'package:shared_preferences/shared_preferences.dart';

class CartStore extends ChangeNotifier {
  final List<String> _productIds = [];

  List<String> get productIds => List.unmodifiable(_productIds);

  Future<void> add(String id) async {
    _productIds.add(id);
    notifyListeners();
    await _persist();
  }

  Future<void> _persist() async {
    // sepetteki ürün id'lerini 'cart_ids' anahtarına string listesi olarak kaydet
  }
}
""", r"""
final prefs = await SharedPreferences.getInstance();
await prefs.setStringList('cart_ids', _productIds);
""", ["SharedPreferences", "setStringList", "_productIds"])

row("state", "statements", r"""
import 'package:flutter/foundation.dart';

class StepGoalModel extends ChangeNotifier {
  int _goal = 8000;
  int _today = 0;

  int get goal => _goal;
  int get today => _today;
  double get progress => _today / _goal;

  void setGoal(int value) {
    // hedefi 1000 ile 50000 arasina sinirla, _goal'a yaz ve dinleyenlere haber ver
  }

  void addSteps(int steps) {
    _today += steps;
    notifyListeners();
  }
}
""", r"""
_goal = value.clamp(1000, 50000);
notifyListeners();
""", ["_goal", "clamp", "notifyListeners"])

row("async", "statements", r"""
import 'package:flutter/material.dart';

class RecipeStepView extends StatefulWidget {
  const RecipeStepView({super.key, required this.step});

  final String step;

  @override
  State<RecipeStepView> createState() => _RecipeStepViewState();
}

class _RecipeStepViewState extends State<RecipeStepView> {
  bool _showHint = true;

  @override
  void initState() {
    super.initState();
    _hideHintLater();
  }

  Future<void> _hideHintLater() async {
    // 4 saniye bekle, sonra widget hala ekrandaysa ipucunu gizle
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Text(widget.step, style: Theme.of(context).textTheme.titleMedium),
        if (_showHint) const Text('Sonraki adım için sağa kaydır'),
      ],
    );
  }
}
""", r"""
await Future.delayed(const Duration(seconds: 4));
if (!mounted) return;
setState(() => _showHint = false);
""", ["Future.delayed", "mounted", "_showHint"])


# ================================================================ callback
row("state", "callback", r"""
import 'package:flutter/material.dart';

class SignUpTerms extends StatefulWidget {
  const SignUpTerms({super.key, required this.onContinue});

  final VoidCallback onContinue;

  @override
  State<SignUpTerms> createState() => _SignUpTermsState();
}

class _SignUpTermsState extends State<SignUpTerms> {
  bool _acceptedTerms = false;

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        CheckboxListTile(
          value: _acceptedTerms,
          title: const Text('Kullanım koşullarını okudum ve kabul ediyorum'),
          onChanged: (bool? value) {
            // gelen değer null ise false say, _acceptedTerms'e yaz ve ekranı güncelle
          },
        ),
        FilledButton(
          onPressed: _acceptedTerms ? widget.onContinue : null,
          child: const Text('Devam et'),
        ),
      ],
    );
  }
}
""", r"""
setState(() => _acceptedTerms = value ?? false);
""", ["setState", "_acceptedTerms"])

row("http_json", "callback", r"""
// pubspec.yaml: http
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;

class BalanceCard extends StatefulWidget {
  const BalanceCard({super.key, required this.accountId});

  final String accountId;

  @override
  State<BalanceCard> createState() => _BalanceCardState();
}

class _BalanceCardState extends State<BalanceCard> {
  double? _balance;
  String? _error;

  @override
  void initState() {
    super.initState();
    http.get(Uri.parse('https://bank.example.com/accounts/${widget.accountId}')).then((response) {
      // widget ekrandan gittiyse dur; 200 değilse _error'a 'Sunucu hatası' yaz, 200 ise gövdedeki 'balance' sayısını double olarak _balance'a yaz
    });
  }

  @override
  Widget build(BuildContext context) {
    if (_error != null) return Text(_error!);
    if (_balance == null) return const CircularProgressIndicator();
    return Text('${_balance!.toStringAsFixed(2)} ₺');
  }
}
""", r"""
if (!mounted) return;
if (response.statusCode != 200) {
  setState(() => _error = 'Sunucu hatası');
  return;
}
final json = jsonDecode(response.body) as Map<String, dynamic>;
setState(() => _balance = (json['balance'] as num).toDouble());
""", ["jsonDecode", "_balance", "_error"])

row("storage", "callback", r"""
// pubspec.yaml: shared_preferences
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class DraftNoteScreen extends StatefulWidget {
  const DraftNoteScreen({super.key, required this.prefs});

  final SharedPreferences prefs;

  @override
  State<DraftNoteScreen> createState() => _DraftNoteScreenState();
}

class _DraftNoteScreenState extends State<DraftNoteScreen> {
  late final TextEditingController _noteController =
      TextEditingController(text: widget.prefs.getString('draft_note') ?? '');

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Taslak'),
        actions: [
          IconButton(
            icon: const Icon(Icons.delete_sweep),
            onPressed: () async {
              // kayitli taslagi 'draft_note' anahtarindan sil ve yazi kutusunu bosalt
            },
          ),
        ],
      ),
      body: TextField(controller: _noteController, maxLines: null),
    );
  }
}
""", r"""
await widget.prefs.remove('draft_note');
_noteController.clear();
""", ["remove", "_noteController.clear"])

row("async", "callback", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class CitySearch extends StatefulWidget {
  const CitySearch({super.key, required this.onSearch});

  final void Function(String query) onSearch;

  @override
  State<CitySearch> createState() => _CitySearchState();
}

class _CitySearchState extends State<CitySearch> {
  final _searchController = TextEditingController();
  Timer? _debounce;

  @override
  void initState() {
    super.initState();
    _searchController.addListener(() {
      // önceki _debounce zamanlayıcısını iptal et; yazma 400 ms durunca onSearch'ü kutudaki metinle çağır
    });
  }

  @override
  void dispose() {
    _debounce?.cancel();
    _searchController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextField(controller: _searchController, decoration: const InputDecoration(hintText: 'Şehir ara'));
  }
}
""", r"""
_debounce?.cancel();
_debounce = Timer(const Duration(milliseconds: 400), () {
  widget.onSearch(_searchController.text.trim());
});
""", ["_debounce", "Timer", "onSearch"])

row("state", "callback", r"""
import 'package:flutter/material.dart';

class SoundPicker extends StatefulWidget {
  const SoundPicker({super.key, required this.sounds});

  final List<String> sounds;

  @override
  State<SoundPicker> createState() => _SoundPickerState();
}

class _SoundPickerState extends State<SoundPicker> {
  int? _selectedIndex;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: widget.sounds.length,
      itemBuilder: (context, index) {
        return ListTile(
          title: Text(widget.sounds[index]),
          selected: _selectedIndex == index,
          trailing: _selectedIndex == index ? const Icon(Icons.music_note) : null,
          onTap: () {
            // dokunulan sesi seçili yap; zaten seçiliyse seçimi kaldır
          },
        );
      },
    );
  }
}
""", r"""
setState(() {
  _selectedIndex = _selectedIndex == index ? null : index;
});
""", ["setState", "_selectedIndex", "index"])


# ================================================================ class_body
row("state", "class_body", r"""
import 'package:flutter/foundation.dart';

class Lesson {
  Lesson(this.title, {this.completed = false});

  final String title;
  bool completed;
}

class CourseProgress extends ChangeNotifier {
  CourseProgress(this._lessons);

  final List<Lesson> _lessons;

  List<Lesson> get lessons => List.unmodifiable(_lessons);

  // tamamlanan derslerin yüzdesini 0-100 arası tam sayı olarak veren progressPercent getter'ı; hiç ders yoksa 0

  void complete(int index) {
    _lessons[index].completed = true;
    notifyListeners();
  }
}
""", r"""
int get progressPercent {
  if (_lessons.isEmpty) return 0;
  final done = _lessons.where((l) => l.completed).length;
  return (done * 100 / _lessons.length).round();
}
""", ["progressPercent", "_lessons", "completed"])

row("http_json", "class_body", r"""
// pubspec.yaml: http
import 'dart:convert';

import 'package:http/http.dart' as http;

class Category {
  const Category({required this.id, required this.name, required this.active});

  factory Category.fromJson(Map<String, dynamic> json) => Category(
        id: json['id'] as int,
        name: json['name'] as String,
        active: json['active'] as bool,
      );

  final int id;
  final String name;
  final bool active;
}

class ShopApi {
  ShopApi(this._client, this._baseUrl);

  final http.Client _client;
  final String _baseUrl;

  // _client ile $_baseUrl/categories'ten kategori dizisini çeken, sadece aktif olanları döndüren fetchActiveCategories metodu
}
""", r"""
Future<List<Category>> fetchActiveCategories() async {
  final response = await _client.get(Uri.parse('$_baseUrl/categories'));
  if (response.statusCode != 200) {
    throw Exception('Kategoriler alınamadı: ${response.statusCode}');
  }
  final list = jsonDecode(response.body) as List<dynamic>;
  return list
      .map((e) => Category.fromJson(e as Map<String, dynamic>))
      .where((c) => c.active)
      .toList();
}
""", ["fetchActiveCategories", "_client.get", "Category.fromJson"])

row("storage", "class_body", r"""
// pubspec.yaml: shared_preferences
import 'package:shared_preferences/shared_preferences.dart';

class LocaleSettings {
  LocaleSettings(this._prefs);

  static const _langKey = 'language_code';

  final SharedPreferences _prefs;

  // kaydedilmiş dil kodunu veren language getter'ı; kayıt yoksa 'tr' döndürsün

  Future<void> setLanguage(String code) => _prefs.setString(_langKey, code);
}
""", r"""
String get language => _prefs.getString(_langKey) ?? 'tr';
""", ["language", "getString", "_langKey"])

row("async", "class_body", r"""
import 'package:flutter/material.dart';

class Article {
  const Article(this.title);

  final String title;
}

abstract class NewsApi {
  Future<List<Article>> fetchNews();
}

class NewsScreen extends StatefulWidget {
  const NewsScreen({super.key, required this.api});

  final NewsApi api;

  @override
  State<NewsScreen> createState() => _NewsScreenState();
}

class _NewsScreenState extends State<NewsScreen> {
  late Future<List<Article>> _future = widget.api.fetchNews();

  // _future'ı yeni bir fetchNews isteğiyle değiştirip ekranı yenileyen ve istek bitene kadar bekleyen _refresh metodunu yaz

  @override
  Widget build(BuildContext context) {
    return RefreshIndicator(
      onRefresh: _refresh,
      child: FutureBuilder<List<Article>>(
        future: _future,
        builder: (context, snapshot) {
          final items = snapshot.data ?? const <Article>[];
          return ListView(children: [for (final a in items) ListTile(title: Text(a.title))]);
        },
      ),
    );
  }
}
""", r"""
Future<void> _refresh() async {
  final future = widget.api.fetchNews();
  setState(() {
    _future = future;
  });
  await future;
}
""", ["_refresh", "_future", "fetchNews"])

row("state", "class_body", r"""
import 'package:flutter/foundation.dart';

@immutable
class HotelFilter {
  const HotelFilter({this.city = '', this.maxPrice = 5000, this.onlyWithPool = false});

  final String city;
  final int maxPrice;
  final bool onlyWithPool;

  // verilen alanları değiştirip diğerlerini aynen koruyan copyWith metodunu ekle
}
""", r"""
HotelFilter copyWith({String? city, int? maxPrice, bool? onlyWithPool}) {
  return HotelFilter(
    city: city ?? this.city,
    maxPrice: maxPrice ?? this.maxPrice,
    onlyWithPool: onlyWithPool ?? this.onlyWithPool,
  );
}
""", ["copyWith", "HotelFilter", "onlyWithPool"])


# ================================================================ element
row("state", "element", r"""
import 'package:flutter/material.dart';

class PostFooter extends StatelessWidget {
  const PostFooter({super.key, required this.likes, required this.onLike});

  final ValueNotifier<int> likes;
  final VoidCallback onLike;

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        IconButton(icon: const Icon(Icons.favorite_border), onPressed: onLike),
        // beğeni sayısını likes'i dinleyerek '12 beğeni' gibi yaz, sayı değişince sadece bu yazı yenilensin
        const Spacer(),
        IconButton(icon: const Icon(Icons.share), onPressed: () {}),
      ],
    );
  }
}
""", r"""
ValueListenableBuilder<int>(
  valueListenable: likes,
  builder: (context, count, _) => Text('$count beğeni'),
),
""", ["ValueListenableBuilder", "likes"])

row("http_json", "element", r"""
class OrderItem {
  const OrderItem({required this.productId, required this.quantity});

  final String productId;
  final int quantity;

  Map<String, dynamic> toJson() => {'product_id': productId, 'quantity': quantity};
}

class Order {
  const Order({required this.id, required this.customerId, required this.items, this.note});

  final String id;
  final String customerId;
  final List<OrderItem> items;
  final String? note;

  Map<String, dynamic> toJson() {
    return {
      'id': id,
      'customer_id': customerId,
      // sipariş kalemlerini de her birini toJson ile çevirerek 'items' anahtarıyla liste olarak ekle
      'note': note,
    };
  }
}
""", r"""
'items': items.map((item) => item.toJson()).toList(),
""", ["items", "toJson"])

row("storage", "element", r"""
// pubspec.yaml: hive_flutter
import 'package:flutter/material.dart';
import 'package:hive_flutter/hive_flutter.dart';

class SavedCitiesPage extends StatefulWidget {
  const SavedCitiesPage({super.key});

  @override
  State<SavedCitiesPage> createState() => _SavedCitiesPageState();
}

class _SavedCitiesPageState extends State<SavedCitiesPage> {
  final Box<String> _box = Hive.box<String>('cities');

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        const ListTile(title: Text('Kayıtlı şehirler')),
        // kutudaki her kayıt için şehrin adını gösteren, yanındaki çöp kutusuna basınca o kaydı kutudan silen bir satır ekle
      ],
    );
  }
}
""", r"""
for (final key in _box.keys)
  ListTile(
    title: Text(_box.get(key) ?? ''),
    trailing: IconButton(
      icon: const Icon(Icons.delete_outline),
      onPressed: () async {
        await _box.delete(key);
        setState(() {});
      },
    ),
  ),
""", ["_box", "delete"])

row("async", "element", r"""
import 'package:flutter/material.dart';

class StepCounterCard extends StatelessWidget {
  const StepCounterCard({super.key, required this.stepsStream});

  final Stream<int> stepsStream;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          const Icon(Icons.directions_walk, size: 40),
          // stepsStream'den gelen son adım sayısını büyük yazıyla göster; henüz veri yoksa '--' yaz
          const Text('adım'),
        ],
      ),
    );
  }
}
""", r"""
StreamBuilder<int>(
  stream: stepsStream,
  builder: (context, snapshot) => Text(
    snapshot.hasData ? '${snapshot.data}' : '--',
    style: Theme.of(context).textTheme.displaySmall,
  ),
),
""", ["StreamBuilder", "stepsStream", "hasData"])

row("state", "element", r"""
// pubspec.yaml: provider
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

class PlaylistModel extends ChangeNotifier {
  final List<String> _songs = [];

  List<String> get songs => List.unmodifiable(_songs);

  void add(String song) {
    _songs.add(song);
    notifyListeners();
  }
}

class PlaylistHeader extends StatelessWidget {
  const PlaylistHeader({super.key, required this.name});

  final String name;

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Text(name, style: Theme.of(context).textTheme.headlineSmall),
        // PlaylistModel'i dinleyip listedeki şarkı sayısını '5 şarkı' gibi yaz
      ],
    );
  }
}
""", r"""
Consumer<PlaylistModel>(
  builder: (context, playlist, _) => Text('${playlist.songs.length} şarkı'),
),
""", ["Consumer | context.watch", "PlaylistModel", "songs.length"])


# ================================================================ argument
row("state", "argument", r"""
import 'package:flutter/material.dart';

class CurrencySelector extends StatefulWidget {
  const CurrencySelector({super.key});

  @override
  State<CurrencySelector> createState() => _CurrencySelectorState();
}

class _CurrencySelectorState extends State<CurrencySelector> {
  static const _currencies = ['TRY', 'USD', 'EUR', 'GBP'];
  String _currency = 'TRY';

  @override
  Widget build(BuildContext context) {
    return DropdownButton<String>(
      value: _currency,
      items: [
        for (final c in _currencies) DropdownMenuItem(value: c, child: Text(c)),
      ],
      // seçilen para birimini _currency'ye yaz ve ekranı yenile; null gelirse hiçbir şey yapma
    );
  }
}
""", r"""
onChanged: (value) {
  if (value == null) return;
  setState(() => _currency = value);
},
""", ["onChanged", "_currency", "setState"])

row("async", "argument", r"""
import 'package:flutter/material.dart';

class FeedbackForm extends StatefulWidget {
  const FeedbackForm({super.key, required this.send});

  final Future<void> Function(String text) send;

  @override
  State<FeedbackForm> createState() => _FeedbackFormState();
}

class _FeedbackFormState extends State<FeedbackForm> {
  final _textController = TextEditingController();
  bool _submitting = false;

  Future<void> _submit() async {
    setState(() => _submitting = true);
    try {
      await widget.send(_textController.text);
    } finally {
      if (mounted) setState(() => _submitting = false);
    }
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(controller: _textController, maxLines: 4),
        ElevatedButton(
          // gonderim surerken buton basilamasin, degilse _submit calissin
          child: const Text('Gönder'),
        ),
      ],
    );
  }
}
""", r"""
onPressed: _submitting ? null : _submit,
""", ["onPressed", "_submitting", "_submit"])

row("http_json", "argument", r"""
// pubspec.yaml: http
import 'dart:convert';

import 'package:http/http.dart' as http;

class WeatherClient {
  WeatherClient(this._apiKey);

  final String _apiKey;

  Future<Map<String, dynamic>> current(String city) async {
    final response = await http.get(
      Uri.https('api.weather.example.com', '/v1/current', {'q': city}),
      // _apiKey'i 'X-Api-Key' başlığı olarak isteğe ekle
    );
    if (response.statusCode != 200) {
      throw Exception('Hava durumu alınamadı');
    }
    return jsonDecode(response.body) as Map<String, dynamic>;
  }
}
""", r"""
headers: {'X-Api-Key': _apiKey},
""", ["headers", "_apiKey"])

row("storage", "argument", r"""
// pubspec.yaml: shared_preferences
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class ProfileNameField extends StatefulWidget {
  const ProfileNameField({super.key, required this.prefs});

  final SharedPreferences prefs;

  @override
  State<ProfileNameField> createState() => _ProfileNameFieldState();
}

class _ProfileNameFieldState extends State<ProfileNameField> {
  late final _nameController = TextEditingController(text: widget.prefs.getString('profile_name'));

  @override
  void dispose() {
    _nameController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: _nameController,
      decoration: const InputDecoration(labelText: 'Görünen ad'),
      // her değişiklikte yazılanı 'profile_name' anahtarıyla kaydet
    );
  }
}
""", r"""
onChanged: (value) => widget.prefs.setString('profile_name', value),
""", ["onChanged", "setString"])

row("state", "argument", r"""
import 'package:flutter/material.dart';

class FavoriteRecipeImage extends StatefulWidget {
  const FavoriteRecipeImage({super.key, required this.imageUrl});

  final String imageUrl;

  @override
  State<FavoriteRecipeImage> createState() => _FavoriteRecipeImageState();
}

class _FavoriteRecipeImageState extends State<FavoriteRecipeImage> {
  bool _favorite = false;

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onDoubleTap: () => setState(() => _favorite = !_favorite),
      child: AnimatedOpacity(
        duration: const Duration(milliseconds: 300),
        // favorideyse resim tam görünsün, değilse yarı saydam olsun
        child: Image.network(widget.imageUrl),
      ),
    );
  }
}
""", r"""
opacity: _favorite ? 1.0 : 0.5,
""", ["opacity", "_favorite"])


if __name__ == "__main__":
    ROWS.write()
