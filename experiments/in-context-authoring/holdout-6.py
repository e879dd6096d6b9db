"""In-context held-out confirmation rows (holdout-6): 25 hand-written rows, 5 per position
(statements, callback, class_body, element, argument) over lists, forms, navigation, widgets_layout.

Run: .venv/bin/python experiments/in-context-authoring/holdout-6.py  -> data/in_context/drafts/holdout-6.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-6", "hold6")
row = ROWS.row


# ================================================================ statements
row("lists", "statements", r"""
import 'package:flutter/material.dart';

class Transaction {
  const Transaction({required this.title, required this.amount, required this.date});

  final String title;
  final double amount;
  final DateTime date;
}

class TransactionHistory extends StatelessWidget {
  const TransactionHistory({super.key, required this.transactions});

  final List<Transaction> transactions;

  @override
  Widget build(BuildContext context) {
    // işlemleri tarihe göre en yeniden en eskiye sırala, asıl listeyi bozmadan sorted'a koy
    return ListView.builder(
      itemCount: sorted.length,
      itemBuilder: (context, index) {
        final tx = sorted[index];
        return ListTile(
          title: Text(tx.title),
          subtitle: Text('${tx.date.day}.${tx.date.month}.${tx.date.year}'),
          trailing: Text(
            '${tx.amount.toStringAsFixed(2)} ₺',
            style: TextStyle(color: tx.amount < 0 ? Colors.red : Colors.green),
          ),
        );
      },
    );
  }
}
""", r"""
final sorted = [...transactions]..sort((a, b) => b.date.compareTo(a.date));
""", ["sorted", "transactions", "compareTo"], must_not=["transactions.sort"])

row("forms", "statements", r"""
import 'package:flutter/material.dart';

class Note {
  const Note({required this.title, required this.body});

  final String title;
  final String body;
}

class EditNotePage extends StatefulWidget {
  const EditNotePage({super.key, required this.note});

  final Note note;

  @override
  State<EditNotePage> createState() => _EditNotePageState();
}

class _EditNotePageState extends State<EditNotePage> {
  late final TextEditingController _titleController;
  late final TextEditingController _bodyController;

  @override
  void initState() {
    super.initState();
    // iki controller'ı da düzenlenen notun başlığı ve metniyle dolu başlat
  }

  @override
  void dispose() {
    _titleController.dispose();
    _bodyController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Notu düzenle')),
      body: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          children: [
            TextField(controller: _titleController),
            const SizedBox(height: 12),
            Expanded(child: TextField(controller: _bodyController, maxLines: null, expands: true)),
          ],
        ),
      ),
    );
  }
}
""", r"""
_titleController = TextEditingController(text: widget.note.title);
_bodyController = TextEditingController(text: widget.note.body);
""", ["_titleController", "_bodyController", "TextEditingController"])

row("navigation", "statements", r"""
import 'package:flutter/material.dart';

import '../models/recipe.dart';
import '../services/recipe_repository.dart';

class NewRecipePage extends StatefulWidget {
  const NewRecipePage({super.key, required this.repository});

  final RecipeRepository repository;

  @override
  State<NewRecipePage> createState() => _NewRecipePageState();
}

class _NewRecipePageState extends State<NewRecipePage> {
  final _nameController = TextEditingController();
  bool _saving = false;

  Future<void> _save() async {
    setState(() => _saving = true);
    final recipe = await widget.repository.create(name: _nameController.text.trim());
    // sayfa hala açıksa kapat ve oluşturulan tarifi önceki ekrana geri gönder
  }

  @override
  void dispose() {
    _nameController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Yeni tarif')),
      body: Padding(
        padding: const EdgeInsets.all(16),
        child: TextField(
          controller: _nameController,
          decoration: const InputDecoration(labelText: 'Tarif adı'),
        ),
      ),
      floatingActionButton: FloatingActionButton(
        onPressed: _saving ? null : _save,
        child: const Icon(Icons.check),
      ),
    );
  }
}
""", r"""
if (!mounted) return;
Navigator.of(context).pop(recipe);
""", ["mounted", "pop", "recipe"])

row("widgets_layout", "statements", r"""
import 'package:flutter/material.dart';

class PlayerHeader extends StatelessWidget {
  const PlayerHeader({super.key, required this.title, required this.artist});

  final String title;
  final String artist;

  @override
  Widget build(BuildContext context) {
    // ekranin ustundeki sistem cubugunun (centik dahil) yuksekligini topPadding degiskenine al
    return Container(
      color: Colors.deepPurple,
      padding: EdgeInsets.fromLTRB(16, topPadding + 12, 16, 16),
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(title, style: const TextStyle(color: Colors.white, fontSize: 22)),
          const SizedBox(height: 4),
          Text(artist, style: const TextStyle(color: Colors.white70)),
        ],
      ),
    );
  }
}
""", r"""
final topPadding = MediaQuery.paddingOf(context).top;
""", ["topPadding", "MediaQuery.paddingOf | MediaQuery.of | MediaQuery.viewPaddingOf", "top"])

row("lists", "statements", r"""
import 'package:flutter/material.dart';

class SupportChatPage extends StatefulWidget {
  const SupportChatPage({super.key});

  @override
  State<SupportChatPage> createState() => _SupportChatPageState();
}

class _SupportChatPageState extends State<SupportChatPage> {
  final _scrollController = ScrollController();
  final _inputController = TextEditingController();
  final List<String> _messages = [];

  Future<void> _send() async {
    final text = _inputController.text.trim();
    if (text.isEmpty) return;
    setState(() => _messages.add(text));
    _inputController.clear();
    await WidgetsBinding.instance.endOfFrame;
    // yeni mesaj görünsün diye listeyi en alta kadar yumuşak bir animasyonla kaydır
  }

  @override
  void dispose() {
    _scrollController.dispose();
    _inputController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Expanded(
          child: ListView.builder(
            controller: _scrollController,
            itemCount: _messages.length,
            itemBuilder: (context, index) => ListTile(title: Text(_messages[index])),
          ),
        ),
        TextField(controller: _inputController, onSubmitted: (_) => _send()),
      ],
    );
  }
}
""", r"""
if (!_scrollController.hasClients) return;
_scrollController.animateTo(
  _scrollController.position.maxScrollExtent,
  duration: const Duration(milliseconds: 300),
  curve: Curves.easeOut,
);
""", ["_scrollController.animateTo", "maxScrollExtent"])


# ================================================================ callback
row("forms", "callback", r"""
import 'package:flutter/material.dart';

class AddressForm extends StatefulWidget {
  const AddressForm({super.key, required this.districtsByCity});

  final Map<String, List<String>> districtsByCity;

  @override
  State<AddressForm> createState() => _AddressFormState();
}

class _AddressFormState extends State<AddressForm> {
  String? _city;
  String? _district;

  @override
  Widget build(BuildContext context) {
    final districts = _city == null ? const <String>[] : widget.districtsByCity[_city]!;
    return Column(
      children: [
        DropdownButtonFormField<String>(
          value: _city,
          decoration: const InputDecoration(labelText: 'Şehir'),
          items: [
            for (final city in widget.districtsByCity.keys)
              DropdownMenuItem(value: city, child: Text(city)),
          ],
          onChanged: (value) {
            // seçilen şehri _city'ye yaz, önceki ilçe seçimini temizle
          },
        ),
        const SizedBox(height: 12),
        DropdownButtonFormField<String>(
          value: _district,
          decoration: const InputDecoration(labelText: 'İlçe'),
          items: [
            for (final district in districts)
              DropdownMenuItem(value: district, child: Text(district)),
          ],
          onChanged: (value) => setState(() => _district = value),
        ),
      ],
    );
  }
}
""", r"""
setState(() {
  _city = value;
  _district = null;
});
""", ["setState", "_city", "_district"])

row("navigation", "callback", r"""
import 'package:flutter/material.dart';

import '../models/product.dart';
import 'product_detail_page.dart';

class ShopHomePage extends StatefulWidget {
  const ShopHomePage({super.key, required this.products});

  final List<Product> products;

  @override
  State<ShopHomePage> createState() => _ShopHomePageState();
}

class _ShopHomePageState extends State<ShopHomePage> {
  int _cartCount = 0;

  void _openProduct(Product product) {
    Navigator.of(context)
        .push<bool>(MaterialPageRoute(builder: (_) => ProductDetailPage(product: product)))
        .then((added) {
      // detay sayfasi true dondurduyse (sepete eklendi) sepet sayacini bir artir
    });
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Mağaza'),
        actions: [
          Badge.count(count: _cartCount, child: const Icon(Icons.shopping_cart)),
          const SizedBox(width: 16),
        ],
      ),
      body: ListView(
        children: [
          for (final product in widget.products)
            ListTile(title: Text(product.name), onTap: () => _openProduct(product)),
        ],
      ),
    );
  }
}
""", r"""
if (added == true && mounted) {
  setState(() => _cartCount++);
}
""", ["added", "setState", "_cartCount"])

row("lists", "callback", r"""
import 'package:flutter/material.dart';

import '../models/post.dart';
import '../services/feed_api.dart';

class FeedPage extends StatefulWidget {
  const FeedPage({super.key, required this.api});

  final FeedApi api;

  @override
  State<FeedPage> createState() => _FeedPageState();
}

class _FeedPageState extends State<FeedPage> {
  List<Post> _posts = [];

  @override
  Widget build(BuildContext context) {
    return RefreshIndicator(
      onRefresh: () async {
        // aşağı çekilince gönderileri api'den yeniden çek ve listeyi onlarla değiştir
      },
      child: ListView.builder(
        physics: const AlwaysScrollableScrollPhysics(),
        itemCount: _posts.length,
        itemBuilder: (context, index) {
          final post = _posts[index];
          return ListTile(title: Text(post.author), subtitle: Text(post.text));
        },
      ),
    );
  }
}
""", r"""
final posts = await widget.api.fetchPosts();
if (!mounted) return;
setState(() => _posts = posts);
""", ["widget.api", "setState", "_posts"])

row("widgets_layout", "callback", r"""
import 'package:flutter/material.dart';

class HotelDetailPage extends StatefulWidget {
  const HotelDetailPage({super.key, required this.name, required this.description});

  final String name;
  final String description;

  @override
  State<HotelDetailPage> createState() => _HotelDetailPageState();
}

class _HotelDetailPageState extends State<HotelDetailPage> {
  final _scrollController = ScrollController();
  bool _showTitle = false;

  @override
  void initState() {
    super.initState();
    _scrollController.addListener(() {
      // 200 pikselden fazla kaydırılınca başlık görünsün; sadece durum değişince setState çağır
    });
  }

  @override
  void dispose() {
    _scrollController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: _showTitle ? Text(widget.name) : null),
      body: SingleChildScrollView(
        controller: _scrollController,
        padding: const EdgeInsets.all(16),
        child: Text(widget.description),
      ),
    );
  }
}
""", r"""
final show = _scrollController.offset > 200;
if (show != _showTitle) {
  setState(() => _showTitle = show);
}
""", ["_scrollController.offset | _scrollController.position.pixels", "_showTitle", "setState"])

row("navigation", "callback", r"""
import 'package:flutter/material.dart';

import '../services/auth_service.dart';
import 'login_page.dart';

class AccountPage extends StatelessWidget {
  const AccountPage({super.key, required this.auth});

  final AuthService auth;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Hesabım')),
      body: Center(
        child: FilledButton.icon(
          icon: const Icon(Icons.logout),
          label: const Text('Çıkış yap'),
          onPressed: () async {
            await auth.signOut();
            if (!context.mounted) return;
            // LoginPage'e git ve önceki bütün sayfaları kaldır, geri tuşuyla buraya dönülmesin
          },
        ),
      ),
    );
  }
}
""", r"""
Navigator.of(context).pushAndRemoveUntil(
  MaterialPageRoute(builder: (_) => const LoginPage()),
  (route) => false,
);
""", ["pushAndRemoveUntil", "LoginPage"])


# ================================================================ class_body
row("lists", "class_body", r"""
import 'package:flutter/material.dart';

class CartLine {
  const CartLine({required this.name, required this.price, required this.quantity});

  final String name;
  final double price;
  final int quantity;
}

class CartSummary extends StatelessWidget {
  const CartSummary({super.key, required this.lines});

  final List<CartLine> lines;

  // sepetteki satırların toplam tutarını (fiyat çarpı adet) veren _total getter'ını yaz

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Expanded(
          child: ListView(
            children: [
              for (final line in lines)
                ListTile(
                  title: Text(line.name),
                  subtitle: Text('${line.quantity} adet'),
                  trailing: Text('${(line.price * line.quantity).toStringAsFixed(2)} ₺'),
                ),
            ],
          ),
        ),
        ListTile(
          title: const Text('Toplam'),
          trailing: Text('${_total.toStringAsFixed(2)} ₺'),
        ),
      ],
    );
  }
}
""", r"""
double get _total => lines.fold<double>(0, (sum, line) => sum + line.price * line.quantity);
""", ["_total", "lines", "price", "quantity"])

row("forms", "class_body", r"""
import 'package:flutter/material.dart';

class ExpenseForm extends StatefulWidget {
  const ExpenseForm({super.key});

  @override
  State<ExpenseForm> createState() => _ExpenseFormState();
}

class _ExpenseFormState extends State<ExpenseForm> {
  final _formKey = GlobalKey<FormState>();
  final _titleController = TextEditingController();
  final _amountController = TextEditingController();
  String? _category;

  // _clearForm metodunu yaz: iki metin alanini bosalt ve secili kategoriyi kaldir

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(controller: _titleController, decoration: const InputDecoration(labelText: 'Başlık')),
          TextFormField(controller: _amountController, decoration: const InputDecoration(labelText: 'Tutar')),
          DropdownButtonFormField<String>(
            value: _category,
            items: const [
              DropdownMenuItem(value: 'market', child: Text('Market')),
              DropdownMenuItem(value: 'ulasim', child: Text('Ulaşım')),
            ],
            onChanged: (value) => setState(() => _category = value),
          ),
          TextButton(onPressed: _clearForm, child: const Text('Temizle')),
        ],
      ),
    );
  }
}
""", r"""
void _clearForm() {
  _titleController.clear();
  _amountController.clear();
  setState(() => _category = null);
}
""", ["_clearForm", "_titleController.clear | _titleController.text", "_amountController.clear | _amountController.text", "_category"])

row("navigation", "class_body", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

class MainShell extends StatelessWidget {
  const MainShell({super.key, required this.navigationShell});

  final StatefulNavigationShell navigationShell;

  // _onTap metodunu yaz: dokunulan sekmeye geç; zaten o sekmedeysek sekmenin ilk sayfasına dönülsün

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: navigationShell,
      bottomNavigationBar: NavigationBar(
        selectedIndex: navigationShell.currentIndex,
        onDestinationSelected: _onTap,
        destinations: const [
          NavigationDestination(icon: Icon(Icons.home), label: 'Ana sayfa'),
          NavigationDestination(icon: Icon(Icons.search), label: 'Ara'),
          NavigationDestination(icon: Icon(Icons.person), label: 'Profil'),
        ],
      ),
    );
  }
}
""", r"""
void _onTap(int index) {
  navigationShell.goBranch(
    index,
    initialLocation: index == navigationShell.currentIndex,
  );
}
""", ["_onTap", "goBranch", "initialLocation"])

row("widgets_layout", "class_body", r"""
import 'package:flutter/material.dart';

class GradientAppBar extends StatelessWidget implements PreferredSizeWidget {
  const GradientAppBar({super.key, required this.title});

  final String title;

  // Scaffold'un appBar'ında kullanılabilsin diye yüksekliği 72 olan boyutu bildir

  @override
  Widget build(BuildContext context) {
    return Container(
      decoration: const BoxDecoration(
        gradient: LinearGradient(colors: [Colors.teal, Colors.blue]),
      ),
      child: SafeArea(
        bottom: false,
        child: Align(
          alignment: Alignment.centerLeft,
          child: Padding(
            padding: const EdgeInsets.symmetric(horizontal: 16),
            child: Text(title, style: const TextStyle(color: Colors.white, fontSize: 20)),
          ),
        ),
      ),
    );
  }
}
""", r"""
@override
Size get preferredSize => const Size.fromHeight(72);
""", ["preferredSize", "Size.fromHeight | Size"])

row("lists", "class_body", r"""
import 'package:flutter/material.dart';

enum TaskCategory { work, home, school }

class Task {
  const Task({required this.title, required this.category});

  final String title;
  final TaskCategory category;
}

class TaskListPage extends StatefulWidget {
  const TaskListPage({super.key, required this.tasks});

  final List<Task> tasks;

  @override
  State<TaskListPage> createState() => _TaskListPageState();
}

class _TaskListPageState extends State<TaskListPage> {
  TaskCategory? _category;

  // kategori seçiliyse sadece o kategorideki görevleri, seçili değilse hepsini veren _visibleTasks getter'ı

  @override
  Widget build(BuildContext context) {
    final tasks = _visibleTasks;
    return ListView.builder(
      itemCount: tasks.length,
      itemBuilder: (context, index) => ListTile(title: Text(tasks[index].title)),
    );
  }
}
""", r"""
List<Task> get _visibleTasks {
  if (_category == null) return widget.tasks;
  return widget.tasks.where((task) => task.category == _category).toList();
}
""", ["_visibleTasks", "where", "_category", "widget.tasks"])


# ================================================================ element
row("forms", "element", r"""
import 'package:flutter/material.dart';

class DonorForm extends StatefulWidget {
  const DonorForm({super.key});

  @override
  State<DonorForm> createState() => _DonorFormState();
}

class _DonorFormState extends State<DonorForm> {
  static const _bloodTypes = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', '0+', '0-'];

  final _nameController = TextEditingController();
  String? _bloodType;

  @override
  Widget build(BuildContext context) {
    return ListView(
      padding: const EdgeInsets.all(16),
      children: [
        TextFormField(
          controller: _nameController,
          decoration: const InputDecoration(labelText: 'Ad soyad'),
        ),
        const SizedBox(height: 12),
        // kan grubunu _bloodTypes içinden seçtiren bir açılır liste ekle, seçilen _bloodType'a yazılsın
        const SizedBox(height: 24),
        FilledButton(onPressed: () {}, child: const Text('Gönder')),
      ],
    );
  }
}
""", r"""
DropdownButtonFormField<String>(
  value: _bloodType,
  decoration: const InputDecoration(labelText: 'Kan grubu'),
  items: [
    for (final type in _bloodTypes) DropdownMenuItem(value: type, child: Text(type)),
  ],
  onChanged: (value) => setState(() => _bloodType = value),
),
""", ["DropdownButtonFormField | DropdownButton | DropdownMenu", "_bloodTypes", "_bloodType"])

row("lists", "element", r"""
import 'package:flutter/material.dart';

import '../models/product.dart';
import '../widgets/product_card.dart';

class CatalogPage extends StatelessWidget {
  const CatalogPage({super.key, required this.products});

  final List<Product> products;

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(
      slivers: [
        const SliverAppBar(title: Text('Katalog'), floating: true),
        // ürünleri iki sütunlu bir ızgarada ProductCard ile göster
      ],
    );
  }
}
""", r"""
SliverGrid.builder(
  gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
    crossAxisCount: 2,
    childAspectRatio: 0.75,
  ),
  itemCount: products.length,
  itemBuilder: (context, index) => ProductCard(product: products[index]),
),
""", ["SliverGrid", "crossAxisCount", "ProductCard"])

row("navigation", "element", r"""
import 'package:flutter/material.dart';

import 'home_page.dart';

class OnboardingPage extends StatelessWidget {
  const OnboardingPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: SafeArea(
        child: Column(
          children: [
            Align(
              alignment: Alignment.topRight,
              child: TextButton(onPressed: () {}, child: const Text('Dil')),
            ),
            const Expanded(
              child: Center(child: Text('Bütçeni kolayca takip et')),
            ),
            // "Atla" butonu koy: basinca HomePage acilsin, bu sayfa yigindan cikarilsin ki geri donulmesin
            const SizedBox(height: 24),
          ],
        ),
      ),
    );
  }
}
""", r"""
TextButton(
  onPressed: () => Navigator.of(context).pushReplacement(
    MaterialPageRoute(builder: (_) => const HomePage()),
  ),
  child: const Text('Atla'),
),
""", ["pushReplacement | pushAndRemoveUntil", "HomePage"])

row("widgets_layout", "element", r"""
import 'package:flutter/material.dart';

class DiscountBadge extends StatelessWidget {
  const DiscountBadge({super.key, required this.percent});

  final int percent;

  @override
  Widget build(BuildContext context) {
    return Container(
      padding: const EdgeInsets.symmetric(horizontal: 6, vertical: 2),
      color: Colors.red,
      child: Text('%$percent', style: const TextStyle(color: Colors.white)),
    );
  }
}

class ProductImage extends StatelessWidget {
  const ProductImage({super.key, required this.imageUrl, required this.discount});

  final String imageUrl;
  final int discount;

  @override
  Widget build(BuildContext context) {
    return Stack(
      children: [
        Image.network(imageUrl, width: double.infinity, height: 180, fit: BoxFit.cover),
        // indirim etiketini resmin sağ alt köşesine, kenarlardan 8 piksel içeride yerleştir
      ],
    );
  }
}
""", r"""
Positioned(
  right: 8,
  bottom: 8,
  child: DiscountBadge(percent: discount),
),
""", ["Positioned | Align", "DiscountBadge", "discount"])

row("forms", "element", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class CardHolderField extends StatelessWidget {
  const CardHolderField({super.key, required this.controller});

  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: controller,
      textCapitalization: TextCapitalization.characters,
      decoration: const InputDecoration(labelText: 'Kart üzerindeki isim'),
      inputFormatters: [
        FilteringTextInputFormatter.allow(RegExp(r'[a-zA-Z ]')),
        // en fazla 26 karakter yazılabilsin
      ],
    );
  }
}
""", r"""
LengthLimitingTextInputFormatter(26),
""", ["LengthLimitingTextInputFormatter", "26"])


# ================================================================ argument
row("forms", "argument", r"""
import 'package:flutter/material.dart';

class PasswordField extends StatefulWidget {
  const PasswordField({super.key, required this.controller});

  final TextEditingController controller;

  @override
  State<PasswordField> createState() => _PasswordFieldState();
}

class _PasswordFieldState extends State<PasswordField> {
  bool _obscure = true;

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: widget.controller,
      obscureText: _obscure,
      // etiketi 'Şifre' olsun, sağda bir göz ikonu olsun; basınca şifre görünsün ya da gizlensin
    );
  }
}
""", r"""
decoration: InputDecoration(
  labelText: 'Şifre',
  suffixIcon: IconButton(
    icon: Icon(_obscure ? Icons.visibility : Icons.visibility_off),
    onPressed: () => setState(() => _obscure = !_obscure),
  ),
),
""", ["decoration", "suffixIcon", "_obscure", "setState"])

row("lists", "argument", r"""
import 'package:flutter/material.dart';

class AlbumGrid extends StatelessWidget {
  const AlbumGrid({super.key, required this.coverUrls});

  final List<String> coverUrls;

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      padding: const EdgeInsets.all(8),
      itemCount: coverUrls.length,
      // kapaklar en fazla 150 piksel genişliğinde olsun, ekrana sığdığı kadar sütun çıksın
      itemBuilder: (context, index) => ClipRRect(
        borderRadius: BorderRadius.circular(8),
        child: Image.network(coverUrls[index], fit: BoxFit.cover),
      ),
    );
  }
}
""", r"""
gridDelegate: const SliverGridDelegateWithMaxCrossAxisExtent(
  maxCrossAxisExtent: 150,
  mainAxisSpacing: 8,
  crossAxisSpacing: 8,
),
""", ["gridDelegate", "SliverGridDelegateWithMaxCrossAxisExtent", "maxCrossAxisExtent"])

row("navigation", "argument", r"""
import 'package:flutter/material.dart';

import 'models/product.dart';
import 'pages/home_page.dart';
import 'pages/product_page.dart';

class ShopApp extends StatelessWidget {
  const ShopApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Dükkan',
      home: const HomePage(),
      // '/product' adıyla açılınca argüman olarak gelen Product'ı ProductPage'e ver
    );
  }
}
""", r"""
onGenerateRoute: (settings) {
  if (settings.name == '/product') {
    final product = settings.arguments as Product;
    return MaterialPageRoute(
      builder: (_) => ProductPage(product: product),
      settings: settings,
    );
  }
  return null;
},
""", ["onGenerateRoute", "settings.arguments", "ProductPage"])

row("widgets_layout", "argument", r"""
import 'package:flutter/material.dart';

class ArticleCard extends StatelessWidget {
  const ArticleCard({super.key, required this.headline, required this.source});

  final String headline;
  final String source;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(12),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(
              headline,
              style: Theme.of(context).textTheme.titleMedium,
              // başlık uzunsa en fazla 2 satır görünsün, sığmayan kısım üç noktayla bitsin
            ),
            const SizedBox(height: 6),
            Text(source, style: Theme.of(context).textTheme.bodySmall),
          ],
        ),
      ),
    );
  }
}
""", r"""
maxLines: 2,
overflow: TextOverflow.ellipsis,
""", ["maxLines", "TextOverflow.ellipsis"])

row("widgets_layout", "argument", r"""
import 'package:flutter/material.dart';

class LoginPanel extends StatelessWidget {
  const LoginPanel({super.key, required this.child});

  final Widget child;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      backgroundColor: Colors.grey.shade200,
      body: Center(
        child: Container(
          // geniş ekranlarda panelin genişliği en fazla 400 piksel olsun
          padding: const EdgeInsets.all(24),
          color: Colors.white,
          child: child,
        ),
      ),
    );
  }
}
""", r"""
constraints: const BoxConstraints(maxWidth: 400),
""", ["constraints | ConstrainedBox", "BoxConstraints", "maxWidth"])


if __name__ == "__main__":
    ROWS.write()
