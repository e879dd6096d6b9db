"""In-context held-out confirmation rows (holdout-5): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics testing, performance, dart_language, lists.

Run: .venv/bin/python experiments/in-context-authoring/holdout-5.py  -> data/in_context/drafts/holdout-5.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-5", "hold5")
row = ROWS.row


# ================================================================ statements

row("lists", "statements", r"""
import 'package:flutter/material.dart';

class Track {
  const Track(this.title, this.artist);

  final String title;
  final String artist;
}

class PlaylistScreen extends StatefulWidget {
  const PlaylistScreen({super.key, required this.tracks});

  final List<Track> tracks;

  @override
  State<PlaylistScreen> createState() => _PlaylistScreenState();
}

class _PlaylistScreenState extends State<PlaylistScreen> {
  late final List<Track> _tracks = List.of(widget.tracks);
  int _currentIndex = 0;

  void _shufflePlaylist() {
    // sarkilarin sirasini rastgele karistir ve calmaya ilk sarkidan basla
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Çalma listesi'),
        actions: [
          IconButton(icon: const Icon(Icons.shuffle), onPressed: _shufflePlaylist),
        ],
      ),
      body: ListView.builder(
        itemCount: _tracks.length,
        itemBuilder: (context, index) => ListTile(
          selected: index == _currentIndex,
          title: Text(_tracks[index].title),
          subtitle: Text(_tracks[index].artist),
          onTap: () => setState(() => _currentIndex = index),
        ),
      ),
    );
  }
}
""", r"""
setState(() {
  _tracks.shuffle();
  _currentIndex = 0;
});
""", ["_tracks.shuffle", "_currentIndex", "setState"])

row("performance", "statements", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class StockTickerPage extends StatefulWidget {
  const StockTickerPage({super.key, required this.prices});

  final Stream<double> prices;

  @override
  State<StockTickerPage> createState() => _StockTickerPageState();
}

class _StockTickerPageState extends State<StockTickerPage> {
  final _scrollController = ScrollController();
  final List<double> _history = [];
  late final StreamSubscription<double> _priceSub;

  @override
  void initState() {
    super.initState();
    _priceSub = widget.prices.listen((price) {
      setState(() => _history.add(price));
    });
  }

  @override
  void dispose() {
    // Sayfa kapaninca bellek sizintisi olmasin: fiyat aboneligini ve kaydirma denetleyicisini kapat
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      controller: _scrollController,
      itemCount: _history.length,
      itemBuilder: (context, index) => ListTile(
        title: Text(_history[index].toStringAsFixed(2)),
      ),
    );
  }
}
""", r"""
_priceSub.cancel();
_scrollController.dispose();
""", ["_priceSub.cancel", "_scrollController.dispose"])

row("testing", "statements", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

import 'package:recipes/screens/ingredient_list_screen.dart';

Future<void> addIngredient(WidgetTester tester, String name) async {
  // name'i 'ingredientField' anahtarlı alana yaz, ekle ikonuna dokun ve ekranın oturmasını bekle
}

void main() {
  testWidgets('iki malzeme eklenince ikisi de listede görünür', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: IngredientListScreen()));

    await addIngredient(tester, 'Un');
    await addIngredient(tester, 'Şeker');

    expect(find.text('Un'), findsOneWidget);
    expect(find.text('Şeker'), findsOneWidget);
  });

  testWidgets('boş malzeme eklenmez', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: IngredientListScreen()));

    await addIngredient(tester, '');

    expect(find.byType(ListTile), findsNothing);
  });
}
""", r"""
await tester.enterText(find.byKey(const Key('ingredientField')), name);
await tester.tap(find.byIcon(Icons.add));
await tester.pumpAndSettle();
""", ["tester.enterText", "tester.tap", "pumpAndSettle | pump"])

row("dart_language", "statements", r"""
import 'package:flutter/material.dart';

class WeeklySummaryCard extends StatelessWidget {
  const WeeklySummaryCard({super.key, required this.dailySteps});

  final List<int> dailySteps;

  ({int steps, double km}) _weeklyStats() {
    final total = dailySteps.fold(0, (sum, s) => sum + s);
    return (steps: total, km: total * 0.0007);
  }

  @override
  Widget build(BuildContext context) {
    // _weeklyStats'ın döndürdüğü kaydı steps ve km adlı iki değişkene ayır
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text('Bu hafta', style: Theme.of(context).textTheme.titleMedium),
            Text('$steps adım'),
            Text('${km.toStringAsFixed(1)} km'),
          ],
        ),
      ),
    );
  }
}
""", r"""
final (:steps, :km) = _weeklyStats();
""", ["_weeklyStats", "steps", "km"])

# ================================================================ callback

row("lists", "callback", r"""
import 'package:flutter/material.dart';

class Place {
  const Place({required this.id, required this.name, required this.city});

  final String id;
  final String name;
  final String city;
}

class SavedPlacesScreen extends StatefulWidget {
  const SavedPlacesScreen({super.key, required this.places});

  final List<Place> places;

  @override
  State<SavedPlacesScreen> createState() => _SavedPlacesScreenState();
}

class _SavedPlacesScreenState extends State<SavedPlacesScreen> {
  late final List<Place> _places = List.of(widget.places);

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: _places.length,
      itemBuilder: (context, index) {
        final place = _places[index];
        return Dismissible(
          key: ValueKey(place.id),
          onDismissed: (direction) {
            // yeri listeden çıkar; 'Geri al' düğmeli bir SnackBar göster, basılırsa yer aynı sıraya geri dönsün
          },
          child: ListTile(title: Text(place.name), subtitle: Text(place.city)),
        );
      },
    );
  }
}
""", r"""
setState(() => _places.removeAt(index));
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(
    content: Text('${place.name} silindi'),
    action: SnackBarAction(
      label: 'Geri al',
      onPressed: () => setState(() => _places.insert(index, place)),
    ),
  ),
);
""", ["removeAt | remove", "SnackBarAction", "insert"])

row("testing", "callback", r"""
import 'package:test/test.dart';

class CartItem {
  const CartItem({required this.name, required this.price});

  final String name;
  final double price;
}

class Cart {
  final Map<CartItem, int> _lines = {};

  void add(CartItem item, {int quantity = 1}) {
    _lines.update(item, (q) => q + quantity, ifAbsent: () => quantity);
  }

  double get total =>
      _lines.entries.fold(0, (sum, e) => sum + e.key.price * e.value);
}

void main() {
  test('boş sepetin toplamı sıfırdır', () {
    expect(Cart().total, 0);
  });

  test('aynı üründen iki adet eklenince toplam doğru hesaplanır', () {
    // yeni bir sepete 50 TL'lik bir kalemden 2 adet ekle ve toplamın 100 olduğunu doğrula
  });
}
""", r"""
final cart = Cart();
cart.add(const CartItem(name: 'Kalem', price: 50), quantity: 2);
expect(cart.total, 100);
""", ["Cart", "quantity", "expect"])

row("performance", "callback", r"""
import 'package:flutter/material.dart';

class NewsFeedPage extends StatefulWidget {
  const NewsFeedPage({super.key, required this.headlines});

  final List<String> headlines;

  @override
  State<NewsFeedPage> createState() => _NewsFeedPageState();
}

class _NewsFeedPageState extends State<NewsFeedPage> {
  final _controller = ScrollController();
  bool _showTopButton = false;

  @override
  void initState() {
    super.initState();
    _controller.addListener(() {
      // 400 pikselden fazla kaydırılınca _showTopButton true olsun; her kaydırmada değil, sadece değer değişince setState çağır
    });
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: ListView.builder(
        controller: _controller,
        itemCount: widget.headlines.length,
        itemBuilder: (context, i) => ListTile(title: Text(widget.headlines[i])),
      ),
      floatingActionButton: _showTopButton
          ? FloatingActionButton(
              onPressed: () => _controller.animateTo(0,
                  duration: const Duration(milliseconds: 300), curve: Curves.easeOut),
              child: const Icon(Icons.arrow_upward),
            )
          : null,
    );
  }
}
""", r"""
final show = _controller.offset > 400;
if (show != _showTopButton) {
  setState(() => _showTopButton = show);
}
""", ["_controller.offset", "_showTopButton", "setState"])

row("dart_language", "callback", r"""
import 'package:flutter/material.dart';

class StudentAgeField extends StatefulWidget {
  const StudentAgeField({super.key});

  @override
  State<StudentAgeField> createState() => _StudentAgeFieldState();
}

class _StudentAgeFieldState extends State<StudentAgeField> {
  int? _age;

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(
          keyboardType: TextInputType.number,
          decoration: const InputDecoration(labelText: 'Yaş'),
          onChanged: (value) {
            // yazılanı sayıya çevir, sayı değilse hata vermesin _age null olsun
          },
        ),
        const SizedBox(height: 8),
        Text(_age == null ? 'Geçerli bir yaş girin' : 'Öğrenci $_age yaşında'),
      ],
    );
  }
}
""", r"""
setState(() => _age = int.tryParse(value));
""", ["int.tryParse", "_age", "setState"], must_not=["int.parse("])

# ================================================================ class_body

row("dart_language", "class_body", r"""
import 'package:flutter/material.dart';

class Song {
  const Song({required this.title, required this.length});

  final String title;
  final Duration length;

  // süreyi '3:07' gibi dakika:saniye olarak veren formattedLength getter'ını yaz (saniye hep iki haneli)
}

class SongTile extends StatelessWidget {
  const SongTile({super.key, required this.song});

  final Song song;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: const Icon(Icons.music_note),
      title: Text(song.title),
      trailing: Text(song.formattedLength),
    );
  }
}
""", r"""
String get formattedLength {
  final minutes = length.inMinutes;
  final seconds = length.inSeconds.remainder(60).toString().padLeft(2, '0');
  return '$minutes:$seconds';
}
""", ["formattedLength", "padLeft", "inSeconds | inMinutes"])

row("performance", "class_body", r"""
import 'package:flutter/material.dart';

import '../data/recipe_repository.dart';
import '../models/recipe.dart';

class RecipeListPage extends StatefulWidget {
  const RecipeListPage({super.key, required this.repository});

  final RecipeRepository repository;

  @override
  State<RecipeListPage> createState() => _RecipeListPageState();
}

class _RecipeListPageState extends State<RecipeListPage> {
  // FutureBuilder her build'de yeniden istek atmasın; loadRecipes future'ını bir kez oluşturup _recipesFuture alanında tut

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<List<Recipe>>(
      future: _recipesFuture,
      builder: (context, snapshot) {
        if (!snapshot.hasData) {
          return const Center(child: CircularProgressIndicator());
        }
        final recipes = snapshot.data!;
        return ListView.builder(
          itemCount: recipes.length,
          itemBuilder: (context, i) => ListTile(title: Text(recipes[i].name)),
        );
      },
    );
  }
}
""", r"""
late final Future<List<Recipe>> _recipesFuture = widget.repository.loadRecipes();
""", ["_recipesFuture", "loadRecipes"])

row("testing", "class_body", r"""
import 'package:flutter_test/flutter_test.dart';

import 'package:shop/services/analytics.dart';
import 'package:shop/services/checkout_service.dart';

class FakeAnalytics implements Analytics {
  final List<String> events = [];

  // logEvent'i override et: gelen olayın adını events listesine eklesin, başka bir şey yapmasın
}

void main() {
  test('ödeme tamamlanınca purchase olayı gönderilir', () async {
    final analytics = FakeAnalytics();
    final service = CheckoutService(analytics: analytics);

    await service.completeOrder('order-42');

    expect(analytics.events, contains('purchase'));
  });
}
""", r"""
@override
Future<void> logEvent(String name, {Map<String, Object>? parameters}) async {
  events.add(name);
}
""", ["logEvent", "events.add"])

row("lists", "class_body", r"""
import 'package:flutter/material.dart';

import '../models/photo.dart';

class GalleryGrid extends StatefulWidget {
  const GalleryGrid({super.key, required this.photos});

  final List<Photo> photos;

  @override
  State<GalleryGrid> createState() => _GalleryGridState();
}

class _GalleryGridState extends State<GalleryGrid> {
  final Set<String> _selected = {};

  // _toggleSelection metodunu yaz: id seçili değilse seçilsin, seçiliyse seçimden çıksın

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 3),
      itemCount: widget.photos.length,
      itemBuilder: (context, index) {
        final photo = widget.photos[index];
        final isSelected = _selected.contains(photo.id);
        return GestureDetector(
          onLongPress: () => _toggleSelection(photo.id),
          child: Opacity(
            opacity: isSelected ? 0.5 : 1,
            child: Image.network(photo.thumbUrl, fit: BoxFit.cover),
          ),
        );
      },
    );
  }
}
""", r"""
void _toggleSelection(String id) {
  setState(() {
    if (!_selected.remove(id)) {
      _selected.add(id);
    }
  });
}
""", ["_toggleSelection", "_selected", "setState"])

# ================================================================ element

row("lists", "element", r"""
import 'package:flutter/material.dart';

class ShopHomePage extends StatelessWidget {
  const ShopHomePage({super.key, required this.categories, required this.products});

  final List<String> categories;
  final List<String> products;

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(
      slivers: [
        const SliverAppBar(title: Text('Mağaza'), floating: true),
        // kategorileri 48 px yüksekliğinde yatay kaydırılan bir şerit olarak göster
        SliverList.builder(
          itemCount: products.length,
          itemBuilder: (context, index) => ListTile(title: Text(products[index])),
        ),
      ],
    );
  }
}
""", r"""
SliverToBoxAdapter(
  child: SizedBox(
    height: 48,
    child: ListView.builder(
      scrollDirection: Axis.horizontal,
      itemCount: categories.length,
      itemBuilder: (context, index) => Padding(
        padding: const EdgeInsets.symmetric(horizontal: 4),
        child: Chip(label: Text(categories[index])),
      ),
    ),
  ),
),
""", ["SliverToBoxAdapter", "Axis.horizontal", "categories"])

row("testing", "element", r"""
import 'package:flutter/material.dart';
import 'package:flutter_riverpod/flutter_riverpod.dart';
import 'package:flutter_test/flutter_test.dart';

import 'package:weather/data/weather_repository.dart';
import 'package:weather/screens/forecast_screen.dart';

class FakeWeatherRepository implements WeatherRepository {
  @override
  Future<double> currentTemperature(String city) async => 18;
}

void main() {
  testWidgets('sıcaklık ekranda gösterilir', (tester) async {
    final fakeRepo = FakeWeatherRepository();
    await tester.pumpWidget(
      ProviderScope(
        overrides: [
          // weatherRepositoryProvider gerçek servis yerine fakeRepo'yu versin
        ],
        child: const MaterialApp(home: ForecastScreen(city: 'İzmir')),
      ),
    );
    await tester.pumpAndSettle();

    expect(find.text('18°'), findsOneWidget);
  });
}
""", r"""
weatherRepositoryProvider.overrideWithValue(fakeRepo),
""", ["weatherRepositoryProvider", "overrideWithValue | overrideWith", "fakeRepo"])

row("performance", "element", r"""
import 'package:flutter/material.dart';

class ChatHeader extends StatelessWidget {
  const ChatHeader({super.key, required this.avatarUrl, required this.name, required this.online});

  final String avatarUrl;
  final String name;
  final bool online;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(8),
      child: Row(
        children: [
          // avatarı 48x48 göster; büyük fotoğraf bellekte tam boyutta açılmasın, 96 piksel genişlikte çözülsün
          const SizedBox(width: 12),
          Expanded(
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                Text(name, style: Theme.of(context).textTheme.titleMedium),
                Text(online ? 'Çevrimiçi' : 'Çevrimdışı'),
              ],
            ),
          ),
        ],
      ),
    );
  }
}
""", r"""
Image.network(
  avatarUrl,
  width: 48,
  height: 48,
  cacheWidth: 96,
  fit: BoxFit.cover,
),
""", ["Image.network | NetworkImage", "cacheWidth", "avatarUrl"])

row("dart_language", "element", r"""
class HotelSearchApi {
  HotelSearchApi(this.baseUrl);

  final String baseUrl;

  Uri searchUri({required String city, required int page, Map<String, String>? filters}) {
    final params = <String, String>{
      'city': city,
      'page': '$page',
      'limit': '20',
      // filters verildiyse içindeki bütün anahtarları da buraya ekle
    };
    return Uri.parse('$baseUrl/hotels').replace(queryParameters: params);
  }
}
""", r"""
...?filters,
""", ["filters"])

# ================================================================ argument

row("lists", "argument", r"""
import 'package:flutter/material.dart';

class OrderSummary extends StatelessWidget {
  const OrderSummary({super.key, required this.lines, required this.total});

  final List<String> lines;
  final double total;

  @override
  Widget build(BuildContext context) {
    return SingleChildScrollView(
      child: Column(
        children: [
          const Text('Sipariş özeti'),
          ListView.builder(
            // Column içinde sadece içeriği kadar yer kaplasın ve kendi başına kaymasın
            itemCount: lines.length,
            itemBuilder: (context, index) => ListTile(title: Text(lines[index])),
          ),
          const Divider(),
          Text('Toplam: ${total.toStringAsFixed(2)} ₺'),
        ],
      ),
    );
  }
}
""", r"""
shrinkWrap: true,
physics: const NeverScrollableScrollPhysics(),
""", ["shrinkWrap", "NeverScrollableScrollPhysics"])

row("performance", "argument", r"""
import 'package:flutter/material.dart';

import '../models/transaction.dart';

class TransactionList extends StatelessWidget {
  const TransactionList({super.key, required this.transactions});

  final List<Transaction> transactions;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: transactions.length,
      // bütün satırlar tam 72 piksel yüksek; liste bunu bilsin ki uzun listede kaydırma hızlı olsun
      itemBuilder: (context, index) {
        final tx = transactions[index];
        return SizedBox(
          height: 72,
          child: ListTile(
            title: Text(tx.description),
            trailing: Text(tx.amount.toStringAsFixed(2)),
          ),
        );
      },
    );
  }
}
""", r"""
itemExtent: 72,
""", ["itemExtent | prototypeItem"])

row("testing", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

import 'package:notes/screens/note_editor.dart';

void main() {
  testWidgets('geri hareketi kaydedilmemiş notu sorar', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: NoteEditor()));

    await tester.enterText(find.byType(TextField), 'Alışveriş listesi');
    final NavigatorState navigator = tester.state(find.byType(Navigator));
    await navigator.maybePop();
    await tester.pumpAndSettle();

    expect(find.text('Değişiklikler kaydedilsin mi?'), findsOneWidget);
  },
    // bu test yalnızca iOS ve Android platformlarında ayrı ayrı çalışsın
  );
}
""", r"""
variant: TargetPlatformVariant({TargetPlatform.iOS, TargetPlatform.android}),
""", ["variant", "TargetPlatformVariant", "TargetPlatform.iOS"])

row("dart_language", "argument", r"""
import 'package:flutter/material.dart';

class NoteLabel {
  const NoteLabel({required this.name, required this.hex});

  final String name;
  final String hex; // '#FFB74D' gibi

  Color get color {
    final value = int.parse(
      hex.replaceFirst('#', ''),
      // metin onaltılık (hex) sayı olarak okunsun
    );
    return Color(0xFF000000 | value);
  }
}

class NoteLabelChip extends StatelessWidget {
  const NoteLabelChip({super.key, required this.label});

  final NoteLabel label;

  @override
  Widget build(BuildContext context) {
    return Chip(
      avatar: CircleAvatar(backgroundColor: label.color),
      label: Text(label.name),
    );
  }
}
""", r"""
radix: 16,
""", ["radix"])


if __name__ == "__main__":
    ROWS.write()
