"""In-context EVALUATION rows (test-b): 84 rows, element / argument / top_level, ids NNN 300–599.

Run: .venv/bin/python experiments/in-context-authoring/test-b.py  → data/in_context/drafts/test-b.jsonl
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "data" / "in_context" / "drafts" / "test-b.jsonl"
ROWS: list[dict] = []


def R(id_: str, position: str, file: str, answer: str, must_contain: list[str], must_not=None, checks=None) -> None:
    topic = id_.rsplit("-", 1)[0]
    row = {
        "id": f"ctx-{id_}",
        "topic": topic,
        "position": position,
        "file": file.strip("\n") + "\n",
        "answer": answer.strip("\n"),
        "must_contain": must_contain,
    }
    if must_not:
        row["must_not"] = must_not
    if checks:
        row["checks"] = checks
    ROWS.append(row)


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        for row in ROWS:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(ROWS)} rows -> {OUT}")


# ───────────────────────────── widgets_layout ─────────────────────────────

R("widgets_layout-300", "element", r"""
import 'package:flutter/material.dart';

class ProfileHeader extends StatelessWidget {
  const ProfileHeader({super.key, required this.name, required this.avatarUrl, this.bio});

  final String name;
  final String avatarUrl;
  final String? bio;

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        CircleAvatar(radius: 40, backgroundImage: NetworkImage(avatarUrl)),
        // Avatar ile isim arasına 12 piksellik dikey boşluk koy
        Text(name, style: Theme.of(context).textTheme.titleLarge),
        if (bio != null)
          Padding(
            padding: const EdgeInsets.only(top: 4),
            child: Text(bio!, textAlign: TextAlign.center),
          ),
      ],
    );
  }
}
""", """
const SizedBox(height: 12),
""", ["SizedBox | Gap", "12"])

R("widgets_layout-301", "element", r"""
import 'package:flutter/material.dart';

import '../models/cart_item.dart';

class CartItemRow extends StatelessWidget {
  const CartItemRow({super.key, required this.item, required this.onRemove});

  final CartItem item;
  final VoidCallback onRemove;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
      child: Row(
        children: [
          Text(item.title, style: const TextStyle(fontWeight: FontWeight.w600)),
          const SizedBox(width: 8),
          Text('x${item.quantity}'),
          // fiyat sağa yaslansın diye araya esnek bir boşluk koy
          Text('₺${item.total.toStringAsFixed(2)}'),
          IconButton(icon: const Icon(Icons.delete_outline), onPressed: onRemove),
        ],
      ),
    );
  }
}
""", """
const Spacer(),
""", ["Spacer | Expanded"])

R("widgets_layout-302", "argument", r"""
import 'package:flutter/material.dart';

class WeatherSummaryCard extends StatelessWidget {
  const WeatherSummaryCard({super.key, required this.city, required this.temperature, required this.icon});

  final String city;
  final double temperature;
  final IconData icon;

  @override
  Widget build(BuildContext context) {
    return Container(
      margin: const EdgeInsets.all(16),
      padding: const EdgeInsets.all(20),
      // Kartın köşelerini 16 piksel yuvarlat, beyaz arka plan ve hafif bir gölge ver
      child: Row(
        children: [
          Icon(icon, size: 48, color: Colors.orange),
          const SizedBox(width: 16),
          Column(
            crossAxisAlignment: CrossAxisAlignment.start,
            children: [
              Text(city, style: Theme.of(context).textTheme.titleMedium),
              Text('${temperature.round()}°C', style: Theme.of(context).textTheme.headlineMedium),
            ],
          ),
        ],
      ),
    );
  }
}
""", """
decoration: BoxDecoration(
  color: Colors.white,
  borderRadius: BorderRadius.circular(16),
  boxShadow: const [
    BoxShadow(color: Colors.black12, blurRadius: 8, offset: Offset(0, 4)),
  ],
),
""", ["BoxDecoration", "BorderRadius.circular | BorderRadius.all", "BoxShadow"],
  checks=["call BoxDecoration(borderRadius, boxShadow)"])

R("widgets_layout-303", "argument", r"""
import 'package:flutter/material.dart';

import '../models/note.dart';
import '../widgets/note_detail.dart';
import '../widgets/note_list.dart';

class NotesLayout extends StatelessWidget {
  const NotesLayout({super.key, required this.notes, required this.selected, required this.onSelect});

  final List<Note> notes;
  final Note? selected;
  final ValueChanged<Note> onSelect;

  Widget _buildList() => NoteList(notes: notes, selected: selected, onSelect: onSelect);

  Widget _buildDetail() => selected == null
      ? const Center(child: Text('Bir not seçin'))
      : NoteDetail(note: selected!);

  @override
  Widget build(BuildContext context) {
    return LayoutBuilder(
      // Genişlik 700'den fazlaysa liste solda detay sağda yan yana dursun, değilse sadece liste gösterilsin
    );
  }
}
""", """
builder: (context, constraints) {
  if (constraints.maxWidth > 700) {
    return Row(
      children: [
        SizedBox(width: 320, child: _buildList()),
        const VerticalDivider(width: 1),
        Expanded(child: _buildDetail()),
      ],
    );
  }
  return _buildList();
},
""", ["builder", "constraints.maxWidth", "700", "Row", "_buildList", "_buildDetail"],
)

R("widgets_layout-304", "top_level", r"""
import 'package:flutter/material.dart';

import '../widgets/product_carousel.dart';

class HomeScreen extends StatelessWidget {
  const HomeScreen({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Keşfet')),
      body: ListView(
        children: [
          SectionHeader(
            title: 'Popüler ürünler',
            onSeeAll: () => Navigator.pushNamed(context, '/popular'),
          ),
          const ProductCarousel(category: 'popular'),
          SectionHeader(
            title: 'Yeni gelenler',
            onSeeAll: () => Navigator.pushNamed(context, '/new'),
          ),
          const ProductCarousel(category: 'new'),
        ],
      ),
    );
  }
}

// Solda başlık, sağda "Tümünü gör" butonu olan SectionHeader widget'ını yaz
""", r"""
class SectionHeader extends StatelessWidget {
  const SectionHeader({super.key, required this.title, required this.onSeeAll});

  final String title;
  final VoidCallback onSeeAll;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.fromLTRB(16, 16, 8, 4),
      child: Row(
        mainAxisAlignment: MainAxisAlignment.spaceBetween,
        children: [
          Text(title, style: Theme.of(context).textTheme.titleMedium),
          TextButton(onPressed: onSeeAll, child: const Text('Tümünü gör')),
        ],
      ),
    );
  }
}
""", ["SectionHeader", "title", "onSeeAll", "TextButton | InkWell | GestureDetector | OutlinedButton", "Row"],
  checks=["extends StatelessWidget"])

R("widgets_layout-305", "top_level", r"""
import 'package:flutter/material.dart';

import '../models/recipe.dart';
import '../widgets/recipe_tile.dart';

// Ekran genişliğine göre ızgara sütun sayısını veren fonksiyonu yaz: 600'den dar ise 2, 1200'den dar ise 3, değilse 4

class RecipeGrid extends StatelessWidget {
  const RecipeGrid({super.key, required this.recipes});

  final List<Recipe> recipes;

  @override
  Widget build(BuildContext context) {
    final width = MediaQuery.sizeOf(context).width;
    return GridView.builder(
      padding: const EdgeInsets.all(12),
      gridDelegate: SliverGridDelegateWithFixedCrossAxisCount(
        crossAxisCount: gridColumnsFor(width),
        mainAxisSpacing: 12,
        crossAxisSpacing: 12,
        childAspectRatio: 0.8,
      ),
      itemCount: recipes.length,
      itemBuilder: (context, index) => RecipeTile(recipe: recipes[index]),
    );
  }
}
""", """
int gridColumnsFor(double width) {
  if (width < 600) return 2;
  if (width < 1200) return 3;
  return 4;
}
""", ["gridColumnsFor", "600", "1200"])

# ───────────────────────────── lists ─────────────────────────────

R("lists-300", "element", r"""
import 'package:flutter/material.dart';

class SettingsScreen extends StatelessWidget {
  const SettingsScreen({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ayarlar')),
      body: ListView(
        children: [
          const ListTile(leading: Icon(Icons.person_outline), title: Text('Hesap')),
          const ListTile(leading: Icon(Icons.lock_outline), title: Text('Gizlilik')),
          // bölümleri ayırmak için buraya ince bir çizgi koy
          const ListTile(leading: Icon(Icons.help_outline), title: Text('Yardım')),
          const ListTile(leading: Icon(Icons.info_outline), title: Text('Hakkında')),
        ],
      ),
    );
  }
}
""", """
const Divider(height: 1),
""", ["Divider"])

R("lists-301", "element", r"""
import 'package:flutter/material.dart';

import '../models/message.dart';
import '../widgets/message_bubble.dart';

class ChatRoomScreen extends StatefulWidget {
  const ChatRoomScreen({super.key, required this.roomName});

  final String roomName;

  @override
  State<ChatRoomScreen> createState() => _ChatRoomScreenState();
}

class _ChatRoomScreenState extends State<ChatRoomScreen> {
  final List<Message> _messages = [];

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: CustomScrollView(
        slivers: [
          SliverAppBar(title: Text(widget.roomName), floating: true),
          // _messages listesindeki mesajları MessageBubble ile tembel (lazy) bir sliver listede göster
        ],
      ),
    );
  }
}
""", """
SliverList.builder(
  itemCount: _messages.length,
  itemBuilder: (context, index) => MessageBubble(message: _messages[index]),
),
""", ["SliverList | SliverList.builder", "_messages", "MessageBubble"])

R("lists-302", "argument", r"""
import 'package:flutter/material.dart';

import '../models/order.dart';
import '../widgets/order_tile.dart';

class OrderHistoryScreen extends StatefulWidget {
  const OrderHistoryScreen({super.key});

  @override
  State<OrderHistoryScreen> createState() => _OrderHistoryScreenState();
}

class _OrderHistoryScreenState extends State<OrderHistoryScreen> {
  List<Order> _orders = const [];

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Siparişlerim')),
      body: ListView.builder(
        padding: const EdgeInsets.symmetric(vertical: 8),
        itemCount: _orders.length,
        // her siparişi OrderTile ile çiz
      ),
    );
  }
}
""", """
itemBuilder: (context, index) => OrderTile(order: _orders[index]),
""", ["itemBuilder", "OrderTile", "_orders[index]"])

R("lists-303", "argument", r"""
import 'package:flutter/material.dart';

import '../models/contact.dart';

class ContactList extends StatelessWidget {
  const ContactList({super.key, required this.contacts, required this.onSelected});

  final List<Contact> contacts;
  final ValueChanged<Contact> onSelected;

  @override
  Widget build(BuildContext context) {
    return ListView.separated(
      itemCount: contacts.length,
      itemBuilder: (context, index) {
        final contact = contacts[index];
        return ListTile(
          leading: CircleAvatar(child: Text(contact.initials)),
          title: Text(contact.fullName),
          subtitle: Text(contact.phone),
          onTap: () => onSelected(contact),
        );
      },
      // Öğelerin arasına avatarın hizasından başlayan (72 px girintili) bir ayraç koy
    );
  }
}
""", """
separatorBuilder: (context, index) => const Divider(height: 1, indent: 72),
""", ["separatorBuilder", "Divider", "indent"])

R("lists-304", "top_level", r"""
import 'package:flutter/material.dart';

class Contact {
  const Contact({required this.name, required this.phone});

  final String name;
  final String phone;
}

// Kişileri adlarının baş harfine göre gruplayan bir fonksiyon yaz, Map<String, List<Contact>> döndürsün

class ContactDirectory extends StatelessWidget {
  const ContactDirectory({super.key, required this.contacts});

  final List<Contact> contacts;

  @override
  Widget build(BuildContext context) {
    final groups = groupByInitial(contacts);
    final letters = groups.keys.toList()..sort();
    return ListView(
      children: [
        for (final letter in letters) ...[
          ListTile(title: Text(letter, style: const TextStyle(fontWeight: FontWeight.bold))),
          for (final contact in groups[letter]!) ListTile(title: Text(contact.name), subtitle: Text(contact.phone)),
        ],
      ],
    );
  }
}
""", r"""
Map<String, List<Contact>> groupByInitial(List<Contact> contacts) {
  final groups = <String, List<Contact>>{};
  for (final contact in contacts) {
    final initial = contact.name.isEmpty ? '#' : contact.name[0].toUpperCase();
    groups.putIfAbsent(initial, () => []).add(contact);
  }
  return groups;
}
""", ["groupByInitial", "Map", "List<Contact>", "name", "putIfAbsent | groupBy | update | add | containsKey"])

R("lists-305", "top_level", r"""
import 'package:flutter/material.dart';

import '../models/product.dart';
import '../widgets/product_tile.dart';

// ScrollController'a listenin sonuna 200 pikselden az kalıp kalmadığını söyleyen isNearBottom getter'ı ekle

class ProductFeed extends StatefulWidget {
  const ProductFeed({super.key, required this.loadMore});

  final Future<List<Product>> Function(int page) loadMore;

  @override
  State<ProductFeed> createState() => _ProductFeedState();
}

class _ProductFeedState extends State<ProductFeed> {
  final _scrollController = ScrollController();
  final List<Product> _products = [];
  int _page = 0;
  bool _loading = false;

  @override
  void initState() {
    super.initState();
    _scrollController.addListener(() {
      if (_scrollController.isNearBottom && !_loading) _fetchNext();
    });
    _fetchNext();
  }

  Future<void> _fetchNext() async {
    setState(() => _loading = true);
    final next = await widget.loadMore(_page++);
    setState(() {
      _products.addAll(next);
      _loading = false;
    });
  }

  @override
  void dispose() {
    _scrollController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      controller: _scrollController,
      itemCount: _products.length,
      itemBuilder: (context, index) => ProductTile(product: _products[index]),
    );
  }
}
""", """
extension ScrollEndDetection on ScrollController {
  bool get isNearBottom {
    if (!hasClients) return false;
    return position.pixels >= position.maxScrollExtent - 200;
  }
}
""", ["extension", "ScrollController", "isNearBottom", "maxScrollExtent | extentAfter", "200"])
# ───────────────────────────── forms ─────────────────────────────

R("forms-300", "element", r"""
import 'package:flutter/material.dart';

class LoginForm extends StatefulWidget {
  const LoginForm({super.key, required this.onLogin});

  final void Function(String email, String password, bool remember) onLogin;

  @override
  State<LoginForm> createState() => _LoginFormState();
}

class _LoginFormState extends State<LoginForm> {
  final _emailController = TextEditingController();
  final _passwordController = TextEditingController();
  bool _rememberMe = false;

  @override
  void dispose() {
    _emailController.dispose();
    _passwordController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(controller: _emailController, decoration: const InputDecoration(labelText: 'E-posta')),
        TextField(
          controller: _passwordController,
          obscureText: true,
          decoration: const InputDecoration(labelText: 'Şifre'),
        ),
        // şifrenin altına "Beni hatırla" onay kutusu ekle, _rememberMe'ye bağlı olsun
        FilledButton(
          onPressed: () => widget.onLogin(_emailController.text, _passwordController.text, _rememberMe),
          child: const Text('Giriş yap'),
        ),
      ],
    );
  }
}
""", """
CheckboxListTile(
  value: _rememberMe,
  onChanged: (value) => setState(() => _rememberMe = value ?? false),
  title: const Text('Beni hatırla'),
  controlAffinity: ListTileControlAffinity.leading,
),
""", ["CheckboxListTile | Checkbox", "_rememberMe", "setState", "onChanged"])

R("forms-301", "element", r"""
import 'package:flutter/material.dart';

class AddressForm extends StatefulWidget {
  const AddressForm({super.key});

  @override
  State<AddressForm> createState() => _AddressFormState();
}

class _AddressFormState extends State<AddressForm> {
  final _formKey = GlobalKey<FormState>();
  String _street = '';
  String _city = '';

  Future<void> _submit() async {
    _formKey.currentState!.save();
    Navigator.of(context).pop((street: _street, city: _city));
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          TextFormField(
            decoration: const InputDecoration(labelText: 'Sokak'),
            validator: (v) => (v == null || v.isEmpty) ? 'Zorunlu alan' : null,
            onSaved: (v) => _street = v ?? '',
          ),
          TextFormField(
            decoration: const InputDecoration(labelText: 'Şehir'),
            validator: (v) => (v == null || v.isEmpty) ? 'Zorunlu alan' : null,
            onSaved: (v) => _city = v ?? '',
          ),
          const SizedBox(height: 24),
          // Kaydet butonu ekle: form geçerliyse _submit çağrılsın
        ],
      ),
    );
  }
}
""", """
ElevatedButton(
  onPressed: () {
    if (_formKey.currentState!.validate()) {
      _submit();
    }
  },
  child: const Text('Kaydet'),
),
""", ["ElevatedButton | FilledButton | TextButton | OutlinedButton", "_formKey.currentState", "validate", "_submit"])

R("forms-302", "argument", r"""
import 'package:flutter/material.dart';

class NewsletterSignup extends StatefulWidget {
  const NewsletterSignup({super.key, required this.onSubscribe});

  final ValueChanged<String> onSubscribe;

  @override
  State<NewsletterSignup> createState() => _NewsletterSignupState();
}

class _NewsletterSignupState extends State<NewsletterSignup> {
  final _emailController = TextEditingController();

  void _submit() {
    final email = _emailController.text.trim();
    if (email.isNotEmpty) widget.onSubscribe(email);
  }

  @override
  void dispose() {
    _emailController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: _emailController,
      keyboardType: TextInputType.emailAddress,
      decoration: const InputDecoration(labelText: 'E-posta adresiniz'),
      // klavyede "bitti" tuşu görünsün ve basılınca _submit çalışsın
    );
  }
}
""", """
textInputAction: TextInputAction.done,
onFieldSubmitted: (_) => _submit(),
""", ["TextInputAction.done", "onFieldSubmitted | onEditingComplete", "_submit"])

R("forms-303", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class PhoneStep extends StatelessWidget {
  const PhoneStep({super.key, required this.controller});

  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: controller,
      keyboardType: TextInputType.phone,
      inputFormatters: [FilteringTextInputFormatter.digitsOnly],
      decoration: const InputDecoration(labelText: 'Telefon', prefixText: '+90 '),
      // boş bırakılamasın ve tam 10 haneli olsun diye doğrulama ekle
    );
  }
}
""", """
validator: (value) {
  if (value == null || value.isEmpty) {
    return 'Telefon numarası gerekli';
  }
  if (value.length != 10) {
    return 'Numara 10 haneli olmalı';
  }
  return null;
},
""", ["validator", "isEmpty | trim | RegExp", "length | RegExp", "null"])

R("forms-304", "top_level", r"""
import 'package:flutter/material.dart';

// E-postayı regex ile kontrol eden validateEmail fonksiyonunu yaz; hata metni ya da null döndürsün

class RegisterScreen extends StatelessWidget {
  const RegisterScreen({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Kayıt ol')),
      body: Padding(
        padding: const EdgeInsets.all(16),
        child: Form(
          autovalidateMode: AutovalidateMode.onUserInteraction,
          child: Column(
            children: [
              TextFormField(
                decoration: const InputDecoration(labelText: 'E-posta'),
                keyboardType: TextInputType.emailAddress,
                validator: validateEmail,
              ),
            ],
          ),
        ),
      ),
    );
  }
}
""", r"""
String? validateEmail(String? value) {
  if (value == null || value.trim().isEmpty) {
    return 'E-posta gerekli';
  }
  final pattern = RegExp(r'^[\w.+-]+@[\w-]+(\.[\w-]+)+$');
  if (!pattern.hasMatch(value.trim())) {
    return 'Geçerli bir e-posta girin';
  }
  return null;
}
""", ["validateEmail", "RegExp", "hasMatch | firstMatch | allMatches", "null"])

R("forms-305", "top_level", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class CardNumberField extends StatelessWidget {
  const CardNumberField({super.key, required this.controller});

  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: controller,
      keyboardType: TextInputType.number,
      inputFormatters: [
        FilteringTextInputFormatter.digitsOnly,
        LengthLimitingTextInputFormatter(16),
        CardNumberFormatter(),
      ],
      decoration: const InputDecoration(labelText: 'Kart numarası', hintText: '0000 0000 0000 0000'),
    );
  }
}

// Rakamları 4'lü gruplar halinde boşlukla ayıran CardNumberFormatter'ı yaz, imleç sona gitsin
""", r"""
class CardNumberFormatter extends TextInputFormatter {
  @override
  TextEditingValue formatEditUpdate(TextEditingValue oldValue, TextEditingValue newValue) {
    final digits = newValue.text.replaceAll(' ', '');
    final buffer = StringBuffer();
    for (var i = 0; i < digits.length; i++) {
      if (i > 0 && i % 4 == 0) buffer.write(' ');
      buffer.write(digits[i]);
    }
    final text = buffer.toString();
    return TextEditingValue(
      text: text,
      selection: TextSelection.collapsed(offset: text.length),
    );
  }
}
""", ["CardNumberFormatter", "formatEditUpdate", "TextEditingValue", "TextSelection.collapsed | TextSelection"],
  checks=["extends TextInputFormatter"])

# ───────────────────────────── navigation ─────────────────────────────

R("navigation-300", "element", r"""
import 'package:flutter/material.dart';

import 'screens/cart_screen.dart';
import 'screens/home_screen.dart';
import 'screens/product_list_screen.dart';

class ShopApp extends StatelessWidget {
  const ShopApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Mini Market',
      initialRoute: '/',
      routes: {
        '/': (context) => const HomeScreen(),
        '/products': (context) => const ProductListScreen(),
        // sepet ekranı için '/cart' rotasını ekle
      },
    );
  }
}
""", """
'/cart': (context) => const CartScreen(),
""", ["CartScreen", "context | _"])

R("navigation-301", "element", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'screens/catalog_screen.dart';
import 'screens/product_detail_screen.dart';

final router = GoRouter(
  initialLocation: '/',
  routes: [
    GoRoute(
      path: '/',
      builder: (context, state) => const CatalogScreen(),
    ),
    // ürün detayı için id path parametresi alan bir rota ekle, ProductDetailScreen'e id'yi geçir
  ],
);
""", """
GoRoute(
  path: '/product/:id',
  builder: (context, state) => ProductDetailScreen(id: state.pathParameters['id']!),
),
""", ["GoRoute", "pathParameters", "ProductDetailScreen"], checks=["call GoRoute(path)"])

R("navigation-302", "argument", r"""
import 'package:flutter/material.dart';

import 'tabs/favorites_tab.dart';
import 'tabs/feed_tab.dart';
import 'tabs/profile_tab.dart';

class MainShell extends StatefulWidget {
  const MainShell({super.key});

  @override
  State<MainShell> createState() => _MainShellState();
}

class _MainShellState extends State<MainShell> {
  int _currentIndex = 0;

  static const _tabs = [FeedTab(), FavoritesTab(), ProfileTab()];

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: IndexedStack(index: _currentIndex, children: _tabs),
      bottomNavigationBar: BottomNavigationBar(
        // seçili sekmeyi _currentIndex'e bağla, tıklanınca güncellensin
        items: const [
          BottomNavigationBarItem(icon: Icon(Icons.home_outlined), label: 'Akış'),
          BottomNavigationBarItem(icon: Icon(Icons.favorite_border), label: 'Favoriler'),
          BottomNavigationBarItem(icon: Icon(Icons.person_outline), label: 'Profil'),
        ],
      ),
    );
  }
}
""", """
currentIndex: _currentIndex,
onTap: (index) => setState(() => _currentIndex = index),
""", ["currentIndex", "onTap", "setState", "_currentIndex"])

R("navigation-303", "top_level", r"""
import 'package:flutter/material.dart';

import '../widgets/filter_sheet.dart';

// Sayfayı aşağıdan yukarı kayarak açan slideUpRoute fonksiyonunu yaz

class SearchResultsScreen extends StatelessWidget {
  const SearchResultsScreen({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Sonuçlar'),
        actions: [
          IconButton(
            icon: const Icon(Icons.tune),
            onPressed: () => Navigator.of(context).push(slideUpRoute(const FilterSheet())),
          ),
        ],
      ),
      body: const Center(child: Text('Sonuç yok')),
    );
  }
}
""", """
Route<T> slideUpRoute<T>(Widget page) {
  return PageRouteBuilder<T>(
    pageBuilder: (context, animation, secondaryAnimation) => page,
    transitionsBuilder: (context, animation, secondaryAnimation, child) {
      final offset = Tween(begin: const Offset(0, 1), end: Offset.zero)
          .chain(CurveTween(curve: Curves.easeOutCubic))
          .animate(animation);
      return SlideTransition(position: offset, child: child);
    },
  );
}
""", ["slideUpRoute", "PageRouteBuilder", "transitionsBuilder", "SlideTransition", "Offset"])

R("navigation-304", "top_level", r"""
import 'package:flutter/material.dart';

// Sekmeler için label ve icon alanı olan AppTab enum'unu yaz: home, search, profile

class AppBottomBar extends StatelessWidget {
  const AppBottomBar({super.key, required this.current, required this.onChanged});

  final AppTab current;
  final ValueChanged<AppTab> onChanged;

  @override
  Widget build(BuildContext context) {
    return NavigationBar(
      selectedIndex: current.index,
      onDestinationSelected: (index) => onChanged(AppTab.values[index]),
      destinations: [
        for (final tab in AppTab.values) NavigationDestination(icon: Icon(tab.icon), label: tab.label),
      ],
    );
  }
}
""", """
enum AppTab {
  home('Ana sayfa', Icons.home_outlined),
  search('Ara', Icons.search),
  profile('Profil', Icons.person_outline);

  const AppTab(this.label, this.icon);

  final String label;
  final IconData icon;
}
""", ["enum AppTab", "home", "search", "profile", "label", "icon", "IconData"])

R("navigation-305", "argument", r"""
import 'package:flutter/material.dart';

import 'screens/home_screen.dart';
import 'screens/not_found_screen.dart';
import 'screens/settings_screen.dart';

class NotesApp extends StatelessWidget {
  const NotesApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Notlarım',
      routes: {
        '/': (context) => const HomeScreen(),
        '/settings': (context) => const SettingsScreen(),
      },
      // tanımsız bir rota açılırsa NotFoundScreen gösterilsin
    );
  }
}
""", """
onUnknownRoute: (settings) => MaterialPageRoute(
  builder: (context) => const NotFoundScreen(),
  settings: settings,
),
""", ["onUnknownRoute", "MaterialPageRoute | PageRouteBuilder", "NotFoundScreen"])

# ───────────────────────────── state ─────────────────────────────

R("state-300", "element", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import 'app.dart';
import 'models/auth_model.dart';
import 'models/cart_model.dart';
import 'services/api_client.dart';

void main() {
  final apiClient = ApiClient(baseUrl: 'https://api.minimarket.dev');
  runApp(
    MultiProvider(
      providers: [
        Provider<ApiClient>.value(value: apiClient),
        ChangeNotifierProvider(create: (_) => AuthModel(apiClient)),
        // sepet için CartModel'i ChangeNotifierProvider olarak ekle
      ],
      child: const MiniMarketApp(),
    ),
  );
}
""", """
ChangeNotifierProvider(create: (_) => CartModel()),
""", ["ChangeNotifierProvider", "CartModel"])

R("state-301", "element", r"""
import 'package:flutter/material.dart';
import 'package:flutter_riverpod/flutter_riverpod.dart';

class CartItem {
  const CartItem({required this.name, required this.price});

  final String name;
  final double price;
}

class CartNotifier extends Notifier<List<CartItem>> {
  @override
  List<CartItem> build() => [];

  void add(CartItem item) => state = [...state, item];
}

final cartProvider = NotifierProvider<CartNotifier, List<CartItem>>(CartNotifier.new);

class CartSummary extends ConsumerWidget {
  const CartSummary({super.key});

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    return Row(
      children: [
        const Icon(Icons.shopping_cart_outlined),
        const SizedBox(width: 8),
        // sepetteki ürün sayısını cartProvider'ı izleyerek yaz
      ],
    );
  }
}
""", """
Text('${ref.watch(cartProvider).length} ürün'),
""", ["ref.watch", "cartProvider", "length", "Text"])

R("state-302", "argument", r"""
import 'package:flutter/material.dart';

class CartIconButton extends StatelessWidget {
  const CartIconButton({super.key, required this.itemCount, required this.onPressed});

  final ValueNotifier<int> itemCount;
  final VoidCallback onPressed;

  @override
  Widget build(BuildContext context) {
    return ValueListenableBuilder<int>(
      valueListenable: itemCount,
      child: IconButton(icon: const Icon(Icons.shopping_bag_outlined), onPressed: onPressed),
      // Sayı 0'dan büyükse ikonun üstünde sayıyı rozet olarak göster
    );
  }
}
""", """
builder: (context, count, child) => Badge(
  isLabelVisible: count > 0,
  label: Text('$count'),
  child: child,
),
""", ["builder", "Badge | Positioned", "child"])

R("state-303", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter_bloc/flutter_bloc.dart';

import '../bloc/checkout_cubit.dart';
import '../bloc/checkout_state.dart';

class CheckoutButton extends StatelessWidget {
  const CheckoutButton({super.key});

  @override
  Widget build(BuildContext context) {
    return BlocBuilder<CheckoutCubit, CheckoutState>(
      // sadece isLoading değiştiğinde yeniden çizilsin
      builder: (context, state) {
        return FilledButton(
          onPressed: state.isLoading ? null : () => context.read<CheckoutCubit>().submit(),
          child: state.isLoading
              ? const SizedBox.square(dimension: 20, child: CircularProgressIndicator(strokeWidth: 2))
              : const Text('Siparişi tamamla'),
        );
      },
    );
  }
}
""", """
buildWhen: (previous, current) => previous.isLoading != current.isLoading,
""", ["buildWhen", "isLoading"])

R("state-304", "top_level", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import 'models/product.dart';

// Favori ürün id'lerini tutan FavoritesModel'i yaz: toggle(id) ve isFavorite(id), değişince dinleyicileri haberdar etsin

class FavoriteButton extends StatelessWidget {
  const FavoriteButton({super.key, required this.product});

  final Product product;

  @override
  Widget build(BuildContext context) {
    final isFavorite = context.watch<FavoritesModel>().isFavorite(product.id);
    return IconButton(
      icon: Icon(isFavorite ? Icons.favorite : Icons.favorite_border),
      color: isFavorite ? Colors.red : null,
      onPressed: () => context.read<FavoritesModel>().toggle(product.id),
    );
  }
}
""", """
class FavoritesModel extends ChangeNotifier {
  final Set<String> _ids = {};

  bool isFavorite(String id) => _ids.contains(id);

  void toggle(String id) {
    if (!_ids.remove(id)) {
      _ids.add(id);
    }
    notifyListeners();
  }
}
""", ["FavoritesModel", "isFavorite", "toggle", "notifyListeners"], checks=["extends ChangeNotifier"])

# ───────────────────────────── async ─────────────────────────────

R("async-300", "element", r"""
import 'package:flutter/material.dart';

import '../models/order.dart';
import '../models/user_profile.dart';
import '../services/account_api.dart';

class AccountScreen extends StatefulWidget {
  const AccountScreen({super.key, required this.api});

  final AccountApi api;

  @override
  State<AccountScreen> createState() => _AccountScreenState();
}

class _AccountScreenState extends State<AccountScreen> {
  UserProfile? _profile;
  List<Order> _orders = const [];

  Future<UserProfile> _loadProfile() => widget.api.fetchProfile();

  Future<List<Order>> _loadOrders() => widget.api.fetchOrders(limit: 20);

  Future<void> _refresh() async {
    final results = await Future.wait<Object>([
      _loadProfile(),
      // siparişleri de aynı anda yükle
    ]);
    setState(() {
      _profile = results[0] as UserProfile;
      _orders = results[1] as List<Order>;
    });
  }

  @override
  Widget build(BuildContext context) {
    return RefreshIndicator(
      onRefresh: _refresh,
      child: ListView(children: [Text(_profile?.name ?? ''), Text('${_orders.length} sipariş')]),
    );
  }
}
""", """
_loadOrders(),
""", ["_loadOrders"])

R("async-301", "element", r"""
import 'package:flutter/material.dart';

import '../models/forecast.dart';
import '../services/weather_service.dart';

class CityWeatherPage extends StatefulWidget {
  const CityWeatherPage({super.key, required this.city});

  final String city;

  @override
  State<CityWeatherPage> createState() => _CityWeatherPageState();
}

class _CityWeatherPageState extends State<CityWeatherPage> {
  late final Future<Forecast> _forecastFuture;

  @override
  void initState() {
    super.initState();
    _forecastFuture = WeatherService().fetchForecast(widget.city);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.city)),
      body: Column(
        children: [
          const SizedBox(height: 32),
          // _forecastFuture yüklenirken dönen gösterge, hata olursa mesaj, gelince sıcaklığı göster
        ],
      ),
    );
  }
}
""", """
FutureBuilder<Forecast>(
  future: _forecastFuture,
  builder: (context, snapshot) {
    if (snapshot.connectionState == ConnectionState.waiting) {
      return const CircularProgressIndicator();
    }
    if (snapshot.hasError) {
      return Text('Hava durumu alınamadı: ${snapshot.error}');
    }
    return Text('${snapshot.data!.temperature.round()}°C', style: Theme.of(context).textTheme.displayMedium);
  },
),
""", ["FutureBuilder", "_forecastFuture", "CircularProgressIndicator", "hasError | error", ".data | requireData"],
  checks=["call FutureBuilder(future, builder)"])

R("async-302", "argument", r"""
import 'package:flutter/material.dart';

import '../models/message.dart';
import '../services/chat_service.dart';
import '../widgets/message_bubble.dart';

class ChatMessages extends StatefulWidget {
  const ChatMessages({super.key, required this.roomId});

  final String roomId;

  @override
  State<ChatMessages> createState() => _ChatMessagesState();
}

class _ChatMessagesState extends State<ChatMessages> {
  final _chatService = ChatService();

  @override
  Widget build(BuildContext context) {
    return StreamBuilder<List<Message>>(
      stream: _chatService.messages(widget.roomId),
      // bağlanırken gösterge, hata varsa hata metni, veri gelince mesajları ters sıralı liste olarak göster
    );
  }
}
""", """
builder: (context, snapshot) {
  if (snapshot.hasError) {
    return Center(child: Text('Hata: ${snapshot.error}'));
  }
  if (!snapshot.hasData) {
    return const Center(child: CircularProgressIndicator());
  }
  final messages = snapshot.data!;
  return ListView.builder(
    reverse: true,
    itemCount: messages.length,
    itemBuilder: (context, index) => MessageBubble(message: messages[index]),
  );
},
""", ["builder", "hasError | error", "CircularProgressIndicator", "reverse: true | reversed", "ListView"])

R("async-303", "top_level", r"""
import 'dart:async';

import 'package:http/http.dart' as http;

// Hata alırsa işlemi 3 kereye kadar, her denemede bekleme süresini ikiye katlayarak tekrar deneyen generic retry fonksiyonunu yaz

class ProductApi {
  ProductApi(this._client);

  final http.Client _client;

  Future<String> fetchCatalog() async {
    final response = await retry(() => _client.get(Uri.parse('https://api.minimarket.dev/catalog')));
    if (response.statusCode != 200) {
      throw StateError('catalog failed: ${response.statusCode}');
    }
    return response.body;
  }
}
""", """
Future<T> retry<T>(
  Future<T> Function() action, {
  int maxAttempts = 3,
  Duration initialDelay = const Duration(milliseconds: 500),
}) async {
  var delay = initialDelay;
  for (var attempt = 1;; attempt++) {
    try {
      return await action();
    } catch (_) {
      if (attempt >= maxAttempts) rethrow;
      await Future.delayed(delay);
      delay *= 2;
    }
  }
}
""", ["retry", "Future.delayed | Future<void>.delayed", "catch | catchError", "await"])

R("async-304", "top_level", r"""
import 'dart:async';

import 'package:flutter/material.dart';

// Arama kutusu için Debouncer sınıfı yaz: run(action) son çağrıdan milliseconds kadar sonra çalıştırsın, dispose da olsun

class RecipeSearchBar extends StatefulWidget {
  const RecipeSearchBar({super.key, required this.onSearch});

  final ValueChanged<String> onSearch;

  @override
  State<RecipeSearchBar> createState() => _RecipeSearchBarState();
}

class _RecipeSearchBarState extends State<RecipeSearchBar> {
  final _debouncer = Debouncer(milliseconds: 300);

  @override
  void dispose() {
    _debouncer.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextField(
      decoration: const InputDecoration(prefixIcon: Icon(Icons.search), hintText: 'Tarif ara'),
      onChanged: (query) => _debouncer.run(() => widget.onSearch(query)),
    );
  }
}
""", """
class Debouncer {
  Debouncer({required this.milliseconds});

  final int milliseconds;
  Timer? _timer;

  void run(VoidCallback action) {
    _timer?.cancel();
    _timer = Timer(Duration(milliseconds: milliseconds), action);
  }

  void dispose() => _timer?.cancel();
}
""", ["Debouncer", "Timer", "cancel", "run", "milliseconds", "dispose"])
# ───────────────────────────── http_json ─────────────────────────────

R("http_json-300", "element", r"""
import 'package:dio/dio.dart';

import '../models/workout.dart';

class WorkoutApi {
  WorkoutApi(this._token) {
    _dio.interceptors.addAll([
      LogInterceptor(requestBody: true, responseBody: false),
      // her isteğe _token'ı Bearer olarak Authorization başlığına ekleyen bir interceptor ekle
    ]);
  }

  final String _token;
  final _dio = Dio(BaseOptions(baseUrl: 'https://api.fitlog.app/v2'));

  Future<List<Workout>> workouts() async {
    final response = await _dio.get<List<dynamic>>('/workouts');
    return response.data!.map((e) => Workout.fromJson(e as Map<String, dynamic>)).toList();
  }
}
""", """
InterceptorsWrapper(
  onRequest: (options, handler) {
    options.headers['Authorization'] = 'Bearer $_token';
    handler.next(options);
  },
),
""", ["InterceptorsWrapper | Interceptor", "onRequest", "headers", "_token | $_token", "next"])

R("http_json-301", "argument", r"""
import 'package:dio/dio.dart';
import 'package:flutter/material.dart';

class InvoiceDownloadTile extends StatefulWidget {
  const InvoiceDownloadTile({super.key, required this.invoiceUrl, required this.savePath});

  final String invoiceUrl;
  final String savePath;

  @override
  State<InvoiceDownloadTile> createState() => _InvoiceDownloadTileState();
}

class _InvoiceDownloadTileState extends State<InvoiceDownloadTile> {
  final _dio = Dio();
  double _progress = 0;

  Future<void> _download() async {
    await _dio.download(
      widget.invoiceUrl,
      widget.savePath,
      // indirme ilerlemesini 0-1 arası _progress'e yaz, ekran güncellensin
    );
  }

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: const Text('Faturayı indir'),
      subtitle: LinearProgressIndicator(value: _progress),
      onTap: _download,
    );
  }
}
""", """
onReceiveProgress: (received, total) {
  if (total > 0) {
    setState(() => _progress = received / total);
  }
},
""", ["onReceiveProgress", "_progress", "setState"])

R("http_json-302", "argument", r"""
import 'package:dio/dio.dart';

import 'auth_interceptor.dart';

Dio createApiClient(String token) {
  final dio = Dio(
    BaseOptions(
      baseUrl: 'https://api.fitlog.app/v2',
      connectTimeout: const Duration(seconds: 10),
      receiveTimeout: const Duration(seconds: 15),
      // 4xx yanıtlar hata fırlatmasın, sadece 500 ve üstü hata sayılsın
    ),
  );
  dio.interceptors.add(AuthInterceptor(token));
  return dio;
}
""", """
validateStatus: (status) => status != null && status < 500,
""", ["validateStatus", "500"])

R("http_json-303", "top_level", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

// Sunucudan gelen {"city": "...", "temp": 21.5, "condition": "..."} JSON'u için fromJson factory'li WeatherReport modelini yaz

class WeatherRepository {
  WeatherRepository(this._client);

  final http.Client _client;

  Future<WeatherReport> current(String city) async {
    final uri = Uri.https('api.weather.dev', '/current', {'city': city});
    final response = await _client.get(uri);
    return WeatherReport.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
  }
}
""", """
class WeatherReport {
  const WeatherReport({required this.city, required this.temperature, required this.condition});

  factory WeatherReport.fromJson(Map<String, dynamic> json) {
    return WeatherReport(
      city: json['city'] as String,
      temperature: (json['temp'] as num).toDouble(),
      condition: json['condition'] as String,
    );
  }

  final String city;
  final double temperature;
  final String condition;
}
""", ["class WeatherReport", "factory WeatherReport.fromJson", "Map<String, dynamic>", "city", "condition", "num | toDouble | double"])

R("http_json-304", "top_level", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import 'models/product.dart';

class CatalogApi {
  CatalogApi(this._client);

  final http.Client _client;

  Future<List<Product>> products() async {
    final response = await _client.get(Uri.parse('https://api.minimarket.dev/products'));
    if (response.statusCode != 200) {
      throw ApiException(response.statusCode, 'Ürünler alınamadı');
    }
    final list = jsonDecode(response.body) as List<dynamic>;
    return list.map((e) => Product.fromJson(e as Map<String, dynamic>)).toList();
  }
}

// statusCode ve message tutan bir ApiException sınıfı yaz, toString'i de anlamlı olsun
""", """
class ApiException implements Exception {
  const ApiException(this.statusCode, this.message);

  final int statusCode;
  final String message;

  @override
  String toString() => 'ApiException($statusCode): $message';
}
""", ["class ApiException", "Exception", "statusCode", "message", "toString"])

# ───────────────────────────── storage ─────────────────────────────

R("storage-300", "element", r"""
import 'package:flutter/material.dart';
import 'package:hive_flutter/hive_flutter.dart';

import 'app.dart';
import 'models/note.dart';
import 'models/tag.dart';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await Hive.initFlutter();
  Hive
    ..registerAdapter(NoteAdapter())
    ..registerAdapter(TagAdapter());
  await Future.wait([
    Hive.openBox<Note>('notes'),
    // etiketler için Tag tipinde 'tags' kutusunu da aç
  ]);
  runApp(const NotesApp());
}
""", """
Hive.openBox<Tag>('tags'),
""", ["Hive.openBox", "Tag"])

R("storage-301", "element", r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class PreferencesScreen extends StatefulWidget {
  const PreferencesScreen({super.key});

  @override
  State<PreferencesScreen> createState() => _PreferencesScreenState();
}

class _PreferencesScreenState extends State<PreferencesScreen> {
  late final SharedPreferences _prefs;
  bool _darkMode = false;
  bool _notifications = true;

  @override
  void initState() {
    super.initState();
    SharedPreferences.getInstance().then((prefs) {
      _prefs = prefs;
      setState(() {
        _darkMode = prefs.getBool('dark_mode') ?? false;
        _notifications = prefs.getBool('notifications') ?? true;
      });
    });
  }

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        SwitchListTile(
          title: const Text('Bildirimler'),
          value: _notifications,
          onChanged: (value) {
            setState(() => _notifications = value);
            _prefs.setBool('notifications', value);
          },
        ),
        // karanlık mod anahtarı ekle, değişince 'dark_mode' anahtarıyla kaydedilsin
      ],
    );
  }
}
""", """
SwitchListTile(
  title: const Text('Karanlık mod'),
  value: _darkMode,
  onChanged: (value) {
    setState(() => _darkMode = value);
    _prefs.setBool('dark_mode', value);
  },
),
""", ["SwitchListTile | Switch", "_darkMode", "_prefs.setBool", "setState"])

R("storage-302", "argument", r"""
import 'package:path/path.dart';
import 'package:sqflite/sqflite.dart';

class NotesDatabase {
  Database? _db;

  Future<Database> get database async => _db ??= await _open();

  Future<Database> _open() async {
    final dir = await getDatabasesPath();
    return openDatabase(
      join(dir, 'notes.db'),
      version: 1,
      // veritabanı ilk kez oluşturulurken notes tablosunu (id, title, body, created_at) yarat
    );
  }
}
""", """
onCreate: (db, version) async {
  await db.execute(
    'CREATE TABLE notes(id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, body TEXT, created_at INTEGER NOT NULL)',
  );
},
""", ["onCreate", "execute"])

R("storage-303", "top_level", r"""
import 'package:hive_flutter/hive_flutter.dart';

class Note {
  const Note({required this.title, required this.body, required this.createdAt});

  final String title;
  final String body;
  final DateTime createdAt;
}

// Hive'a kaydedebilmek için Note sınıfına elle bir TypeAdapter yazar mısın, typeId 1 olsun

Future<Box<Note>> openNotesBox() async {
  await Hive.initFlutter();
  Hive.registerAdapter(NoteAdapter());
  return Hive.openBox<Note>('notes');
}
""", """
class NoteAdapter extends TypeAdapter<Note> {
  @override
  final int typeId = 1;

  @override
  Note read(BinaryReader reader) {
    return Note(
      title: reader.readString(),
      body: reader.readString(),
      createdAt: DateTime.fromMillisecondsSinceEpoch(reader.readInt()),
    );
  }

  @override
  void write(BinaryWriter writer, Note obj) {
    writer
      ..writeString(obj.title)
      ..writeString(obj.body)
      ..writeInt(obj.createdAt.millisecondsSinceEpoch);
  }
}
""", ["NoteAdapter", "typeId", "BinaryReader", "BinaryWriter", "read", "write"], checks=["extends TypeAdapter"])

R("storage-304", "top_level", r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

import 'screens/home_screen.dart';
import 'screens/onboarding_screen.dart';

// SharedPreferences'a onboardingDone getter'ı ve setOnboardingDone(bool) metodu ekleyen bir extension yaz

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  final prefs = await SharedPreferences.getInstance();
  runApp(MaterialApp(home: prefs.onboardingDone ? const HomeScreen() : OnboardingScreen(prefs: prefs)));
}
""", """
extension OnboardingPrefs on SharedPreferences {
  static const _key = 'onboarding_done';

  bool get onboardingDone => getBool(_key) ?? false;

  Future<bool> setOnboardingDone(bool value) => setBool(_key, value);
}
""", ["extension", "on SharedPreferences", "onboardingDone", "setOnboardingDone", "getBool", "setBool"])

# ───────────────────────────── animations ─────────────────────────────

R("animations-300", "element", r"""
import 'package:flutter/material.dart';

class LikeButton extends StatefulWidget {
  const LikeButton({super.key, required this.onLiked});

  final VoidCallback onLiked;

  @override
  State<LikeButton> createState() => _LikeButtonState();
}

class _LikeButtonState extends State<LikeButton> with SingleTickerProviderStateMixin {
  late final AnimationController _controller =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 400));

  late final Animation<double> _scale = TweenSequence<double>([
    TweenSequenceItem(tween: Tween(begin: 1.0, end: 1.3), weight: 50),
    // ardından tekrar 1.0 boyutuna geri dönsün
  ]).animate(CurvedAnimation(parent: _controller, curve: Curves.easeOut));

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ScaleTransition(
      scale: _scale,
      child: IconButton(
        icon: const Icon(Icons.favorite, color: Colors.pink),
        onPressed: () {
          _controller.forward(from: 0);
          widget.onLiked();
        },
      ),
    );
  }
}
""", """
TweenSequenceItem(tween: Tween(begin: 1.3, end: 1.0), weight: 50),
""", ["TweenSequenceItem", "Tween", "weight"])

R("animations-301", "element", r"""
import 'package:flutter/material.dart';

class PinCodeScreen extends StatefulWidget {
  const PinCodeScreen({super.key, required this.verify});

  final Future<bool> Function(String pin) verify;

  @override
  State<PinCodeScreen> createState() => _PinCodeScreenState();
}

class _PinCodeScreenState extends State<PinCodeScreen> {
  final _pinController = TextEditingController();
  String? _errorText;

  Future<void> _check() async {
    final ok = await widget.verify(_pinController.text);
    setState(() => _errorText = ok ? null : 'PIN hatalı, tekrar deneyin');
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisAlignment: MainAxisAlignment.center,
      children: [
        TextField(controller: _pinController, obscureText: true, maxLength: 4, onSubmitted: (_) => _check()),
        // _errorText varsa hata metni yavaşça belirsin, yoksa yavaşça kaybolsun (yer kaplamaya devam etsin)
      ],
    );
  }
}
""", """
AnimatedOpacity(opacity: _errorText == null ? 0 : 1, duration: const Duration(milliseconds: 250),
  child: Text(_errorText ?? '', style: TextStyle(color: Theme.of(context).colorScheme.error)),
),
""", ["AnimatedOpacity", "_errorText", "Duration"])

R("animations-302", "argument", r"""
import 'package:flutter/material.dart';

class ExpandingSearchButton extends StatefulWidget {
  const ExpandingSearchButton({super.key});

  @override
  State<ExpandingSearchButton> createState() => _ExpandingSearchButtonState();
}

class _ExpandingSearchButtonState extends State<ExpandingSearchButton> {
  bool _expanded = false;
  bool _showField = false;

  @override
  Widget build(BuildContext context) {
    return AnimatedContainer(
      duration: const Duration(milliseconds: 300),
      curve: Curves.easeInOut,
      width: _expanded ? 260 : 48,
      height: 48,
      decoration: BoxDecoration(color: Colors.grey.shade200, borderRadius: BorderRadius.circular(24)),
      // genişleme animasyonu bitince _showField'ı true yap (metin alanı o zaman görünsün)
      child: _showField
          ? const TextField(decoration: InputDecoration(border: InputBorder.none, hintText: 'Ara'))
          : IconButton(
              icon: const Icon(Icons.search),
              onPressed: () => setState(() => _expanded = true),
            ),
    );
  }
}
""", """
onEnd: () {
  if (_expanded) setState(() => _showField = true);
},
""", ["onEnd", "setState", "_showField"])

R("animations-303", "argument", r"""
import 'package:flutter/material.dart';

class StepCounter extends StatelessWidget {
  const StepCounter({super.key, required this.steps});

  final int steps;

  @override
  Widget build(BuildContext context) {
    return AnimatedSwitcher(
      duration: const Duration(milliseconds: 350),
      // sayı değişirken eski sayı küçülerek, yenisi büyüyerek gelsin
      child: Text(
        '$steps',
        key: ValueKey(steps),
        style: Theme.of(context).textTheme.displaySmall,
      ),
    );
  }
}
""", """
transitionBuilder: (child, animation) => ScaleTransition(scale: animation, child: child),
""", ["transitionBuilder", "ScaleTransition", "animation"])

R("animations-304", "top_level", r"""
import 'package:flutter/material.dart';

class LiveBadge extends StatelessWidget {
  const LiveBadge({super.key});

  @override
  Widget build(BuildContext context) {
    return const Row(
      mainAxisSize: MainAxisSize.min,
      children: [
        PulsingDot(color: Colors.red),
        SizedBox(width: 6),
        Text('CANLI', style: TextStyle(fontWeight: FontWeight.bold)),
      ],
    );
  }
}

// Sürekli nabız gibi büyüyüp küçülen küçük bir daire çizen PulsingDot widget'ını yaz (color parametresi alsın)
""", """
class PulsingDot extends StatefulWidget {
  const PulsingDot({super.key, required this.color, this.size = 10});

  final Color color;
  final double size;

  @override
  State<PulsingDot> createState() => _PulsingDotState();
}

class _PulsingDotState extends State<PulsingDot> with SingleTickerProviderStateMixin {
  late final AnimationController _controller = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 800),
  )..repeat(reverse: true);

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ScaleTransition(
      scale: Tween(begin: 0.7, end: 1.2).animate(_controller),
      child: Container(
        width: widget.size,
        height: widget.size,
        decoration: BoxDecoration(color: widget.color, shape: BoxShape.circle),
      ),
    );
  }
}
""", ["PulsingDot", "AnimationController", "repeat", "dispose", "color", "ScaleTransition | AnimatedBuilder | Transform.scale"],
  checks=["extends StatefulWidget"])

# ───────────────────────────── theming ─────────────────────────────

R("theming-300", "element", r"""
import 'package:flutter/material.dart';

class AppColors extends ThemeExtension<AppColors> {
  const AppColors({required this.brand, required this.success});

  final Color brand;
  final Color success;

  @override
  AppColors copyWith({Color? brand, Color? success}) =>
      AppColors(brand: brand ?? this.brand, success: success ?? this.success);

  @override
  AppColors lerp(AppColors? other, double t) {
    if (other == null) return this;
    return AppColors(brand: Color.lerp(brand, other.brand, t)!, success: Color.lerp(success, other.success, t)!);
  }
}

final lightTheme = ThemeData(
  useMaterial3: true,
  colorSchemeSeed: const Color(0xFF6750A4),
  extensions: const [
    // AppColors'ı marka rengi 0xFF6750A4, başarı rengi 0xFF2E7D32 ile ekle
  ],
);
""", """
AppColors(brand: Color(0xFF6750A4), success: Color(0xFF2E7D32)),
""", ["AppColors", "brand", "success"])

R("theming-301", "argument", r"""
import 'package:flutter/material.dart';

const brandGreen = Color(0xFF1B5E20);

final walletTheme = ThemeData(
  useMaterial3: true,
  colorSchemeSeed: brandGreen,
  filledButtonTheme: FilledButtonThemeData(
    style: ButtonStyle(
      minimumSize: const WidgetStatePropertyAll(Size.fromHeight(52)),
      shape: WidgetStatePropertyAll(RoundedRectangleBorder(borderRadius: BorderRadius.circular(14))),
      // arka plan rengi duruma göre değişsin: devre dışıyken gri, basılıyken daha koyu yeşil, diğer durumlarda brandGreen
    ),
  ),
);
""", """
backgroundColor: WidgetStateProperty.resolveWith((states) {
  if (states.contains(WidgetState.disabled)) return Colors.grey.shade400;
  if (states.contains(WidgetState.pressed)) return Colors.green.shade900;
  return brandGreen;
}),
""", ["backgroundColor", "WidgetStateProperty.resolveWith", "WidgetState.disabled", "WidgetState.pressed", "brandGreen"])

R("theming-302", "argument", r"""
import 'package:flutter/material.dart';

import 'router.dart';
import 'theme.dart';

class FitLogApp extends StatelessWidget {
  const FitLogApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(
      title: 'FitLog',
      theme: AppTheme.light,
      darkTheme: AppTheme.dark,
      routerConfig: appRouter,
      // sistem yazı boyutu ne olursa olsun metin ölçeği 1.3'ü geçmesin
    );
  }
}
""", """
builder: (context, child) => MediaQuery.withClampedTextScaling(
  maxScaleFactor: 1.3,
  child: child!,
),
""", ["builder", "MediaQuery.withClampedTextScaling | textScaler | TextScaler", "1.3"])

R("theming-303", "top_level", r"""
import 'package:flutter/material.dart';

// Başarı ve uyarı renklerini tutan StatusColors ThemeExtension'ını yaz (copyWith ve lerp ile)

class TransferStatusChip extends StatelessWidget {
  const TransferStatusChip({super.key, required this.completed});

  final bool completed;

  @override
  Widget build(BuildContext context) {
    final colors = Theme.of(context).extension<StatusColors>()!;
    return Chip(
      label: Text(completed ? 'Tamamlandı' : 'Beklemede'),
      backgroundColor: completed ? colors.success : colors.warning,
    );
  }
}
""", """
class StatusColors extends ThemeExtension<StatusColors> {
  const StatusColors({required this.success, required this.warning});

  final Color success;
  final Color warning;

  @override
  StatusColors copyWith({Color? success, Color? warning}) {
    return StatusColors(success: success ?? this.success, warning: warning ?? this.warning);
  }

  @override
  StatusColors lerp(StatusColors? other, double t) {
    if (other == null) return this;
    return StatusColors(
      success: Color.lerp(success, other.success, t)!,
      warning: Color.lerp(warning, other.warning, t)!,
    );
  }
}
""", ["StatusColors", "success", "warning", "copyWith", "lerp", "Color.lerp"], checks=["extends ThemeExtension"])

R("theming-304", "top_level", r"""
import 'package:flutter/material.dart';

import '../models/account.dart';

// context.textTheme ve context.colors kısayollarını veren bir BuildContext extension'ı yaz

class BalanceHeader extends StatelessWidget {
  const BalanceHeader({super.key, required this.account});

  final Account account;

  @override
  Widget build(BuildContext context) {
    return Container(
      color: context.colors.primaryContainer,
      padding: const EdgeInsets.all(24),
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(account.name, style: context.textTheme.titleMedium),
          Text(account.formattedBalance, style: context.textTheme.headlineMedium),
        ],
      ),
    );
  }
}
""", """
extension ThemeShortcuts on BuildContext {
  TextTheme get textTheme => Theme.of(this).textTheme;

  ColorScheme get colors => Theme.of(this).colorScheme;
}
""", ["extension", "on BuildContext", "textTheme", "colors", "Theme.of"])

# ───────────────────────────── localization ─────────────────────────────

R("localization-300", "element", r"""
import 'package:easy_localization/easy_localization.dart';
import 'package:flutter/material.dart';

import 'app.dart';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await EasyLocalization.ensureInitialized();
  runApp(
    EasyLocalization(
      supportedLocales: const [
        Locale('en', 'US'),
        // Türkçe ve Almanca dillerini de destekle
      ],
      path: 'assets/translations',
      fallbackLocale: const Locale('en', 'US'),
      child: const RecipeApp(),
    ),
  );
}
""", """
Locale('tr', 'TR'),
Locale('de', 'DE'),
""", ["Locale"])

R("localization-301", "element", r"""
import 'package:flutter/material.dart';

class LanguageSettings extends StatelessWidget {
  const LanguageSettings({super.key, required this.current, required this.onLocaleChanged});

  final Locale current;
  final ValueChanged<Locale> onLocaleChanged;

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        const Text('Uygulama dili'),
        // Türkçe ve İngilizce seçenekleri olan bir açılır menü ekle, seçilince onLocaleChanged çağrılsın
      ],
    );
  }
}
""", """
DropdownButton<Locale>(
  value: current,
  items: const [
    DropdownMenuItem(value: Locale('tr'), child: Text('Türkçe')),
    DropdownMenuItem(value: Locale('en'), child: Text('English')),
  ],
  onChanged: (locale) {
    if (locale != null) onLocaleChanged(locale);
  },
),
""", ["DropdownButton | DropdownMenu | DropdownButtonFormField", "Locale", "onLocaleChanged", "current"])

R("localization-302", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter_localizations/flutter_localizations.dart';

import 'l10n/app_localizations.dart';
import 'screens/home_screen.dart';

class TravelApp extends StatelessWidget {
  const TravelApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      localizationsDelegates: const [
        AppLocalizations.delegate,
        GlobalMaterialLocalizations.delegate,
        GlobalWidgetsLocalizations.delegate,
        GlobalCupertinoLocalizations.delegate,
      ],
      supportedLocales: const [Locale('tr'), Locale('en'), Locale('de')],
      // cihaz dili destekleniyorsa onu (dil koduna göre) seç, desteklenmiyorsa İngilizceye düş
      home: const HomeScreen(),
    );
  }
}
""", """
localeResolutionCallback: (locale, supportedLocales) {
  for (final supported in supportedLocales) {
    if (supported.languageCode == locale?.languageCode) {
      return supported;
    }
  }
  return const Locale('en');
},
""", ["localeResolutionCallback | localeListResolutionCallback", "languageCode", "Locale"])

R("localization-303", "top_level", r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/event.dart';

// DateTime'a aktif dile göre "d MMMM y" biçiminde tarih döndüren formatLong(context) metodu ekleyen extension yaz

class EventCard extends StatelessWidget {
  const EventCard({super.key, required this.event});

  final Event event;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: ListTile(
        title: Text(event.title),
        subtitle: Text(event.date.formatLong(context)),
      ),
    );
  }
}
""", """
extension LocalizedDate on DateTime {
  String formatLong(BuildContext context) {
    final locale = Localizations.localeOf(context).toLanguageTag();
    return DateFormat('d MMMM y', locale).format(this);
  }
}
""", ["extension", "on DateTime", "formatLong", "DateFormat", "Localizations.localeOf | localeName | Intl"])

R("localization-304", "top_level", r"""
import 'package:flutter/material.dart';

// Desteklenen diller için kod ve görünen ad tutan AppLanguage enum'unu yaz (tr, en, de); locale getter'ı da olsun

class LanguagePickerSheet extends StatelessWidget {
  const LanguagePickerSheet({super.key, required this.onSelected});

  final ValueChanged<Locale> onSelected;

  @override
  Widget build(BuildContext context) {
    return ListView(
      shrinkWrap: true,
      children: [
        for (final language in AppLanguage.values)
          ListTile(
            title: Text(language.displayName),
            onTap: () => onSelected(language.locale),
          ),
      ],
    );
  }
}
""", """
enum AppLanguage {
  turkish('tr', 'Türkçe'),
  english('en', 'English'),
  german('de', 'Deutsch');

  const AppLanguage(this.code, this.displayName);

  final String code;
  final String displayName;

  Locale get locale => Locale(code);
}
""", ["enum AppLanguage", "displayName", "locale", "Locale"])
# ───────────────────────────── platform ─────────────────────────────

R("platform-300", "element", r"""
import 'dart:io' show Platform;

import 'package:flutter/cupertino.dart';
import 'package:flutter/material.dart';
import '../models/recipe.dart';
import '../services/share_service.dart';

class RecipeDetailScreen extends StatelessWidget {
  const RecipeDetailScreen({super.key, required this.recipe});

  final Recipe recipe;

  void _share() => ShareService.shareRecipe(recipe);

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text(recipe.title),
        actions: [
          // paylaş butonu ekle: iOS'ta Cupertino paylaş ikonu, diğer platformlarda Material ikonu olsun, _share'i çağırsın
        ],
      ),
      body: SingleChildScrollView(child: Text(recipe.instructions)),
    );
  }
}
""", """
IconButton(icon: Icon(Platform.isIOS ? CupertinoIcons.share : Icons.share), onPressed: _share),
""", ["IconButton", "CupertinoIcons.share", "Icons.share", "Platform.isIOS | TargetPlatform.iOS", "_share"])

R("platform-301", "argument", r"""
import 'package:flutter/material.dart';

import '../widgets/editor_body.dart';

class NoteEditorScreen extends StatefulWidget {
  const NoteEditorScreen({super.key});

  @override
  State<NoteEditorScreen> createState() => _NoteEditorScreenState();
}

class _NoteEditorScreenState extends State<NoteEditorScreen> {
  bool _hasUnsavedChanges = false;

  Future<bool> _confirmDiscard() async {
    final result = await showDialog<bool>(
      context: context,
      builder: (context) => AlertDialog(
        title: const Text('Değişiklikler kaydedilmedi'),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Kal')),
          TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Çık')),
        ],
      ),
    );
    return result ?? false;
  }

  @override
  Widget build(BuildContext context) {
    return PopScope(
      canPop: !_hasUnsavedChanges,
      // geri tuşu/hareketi engellendiyse _confirmDiscard ile sor, onaylanırsa sayfayı kapat
      child: EditorBody(onChanged: () => setState(() => _hasUnsavedChanges = true)),
    );
  }
}
""", """
onPopInvokedWithResult: (didPop, result) async {
  if (didPop) return;
  final discard = await _confirmDiscard();
  if (discard && context.mounted) {
    Navigator.of(context).pop();
  }
},
""", ["onPopInvokedWithResult | onPopInvoked", "_confirmDiscard", "Navigator.of | Navigator.pop | context.pop"])

R("platform-302", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/product.dart';

class AddToCartButton extends StatelessWidget {
  const AddToCartButton({super.key, required this.product, required this.onAdd});

  final Product product;
  final ValueChanged<Product> onAdd;

  @override
  Widget build(BuildContext context) {
    return FilledButton.icon(
      icon: const Icon(Icons.add_shopping_cart),
      label: const Text('Sepete ekle'),
      // basınca cihaz hafifçe titreşsin, sonra onAdd ile ürün eklensin
    );
  }
}
""", """
onPressed: () {
  HapticFeedback.lightImpact();
  onAdd(product);
},
""", ["onPressed", "HapticFeedback.lightImpact | HapticFeedback.selectionClick | HapticFeedback.mediumImpact | HapticFeedback.vibrate", "onAdd"])

R("platform-303", "top_level", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

const _batteryChannel = MethodChannel('com.example.fitlog/battery');

// _batteryChannel üzerinden 'getBatteryLevel' metodunu çağırıp pil seviyesini döndüren fonksiyonu yaz, hata olursa null dönsün

class BatteryIndicator extends StatelessWidget {
  const BatteryIndicator({super.key});

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<int?>(
      future: getBatteryLevel(),
      builder: (context, snapshot) {
        final level = snapshot.data;
        return Text(level == null ? 'Pil: bilinmiyor' : 'Pil: %$level');
      },
    );
  }
}
""", """
Future<int?> getBatteryLevel() async {
  try {
    return await _batteryChannel.invokeMethod<int>('getBatteryLevel');
  } on PlatformException {
    return null;
  }
}
""", ["getBatteryLevel", "_batteryChannel.invokeMethod", "PlatformException | catch"])

R("platform-304", "top_level", r"""
import 'package:flutter/cupertino.dart';
import 'package:flutter/material.dart';

import '../services/account_service.dart';

class DeleteAccountTile extends StatelessWidget {
  const DeleteAccountTile({super.key, required this.service});

  final AccountService service;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: const Icon(Icons.delete_forever, color: Colors.red),
      title: const Text('Hesabı sil'),
      onTap: () async {
        final confirmed = await showConfirmDialog(
          context,
          title: 'Hesabı sil',
          message: 'Bu işlem geri alınamaz. Emin misiniz?',
        );
        if (confirmed) await service.deleteAccount();
      },
    );
  }
}

// iOS'ta Cupertino, diğer platformlarda Material görünümlü onay diyaloğu açan showConfirmDialog'u yaz; onaylanırsa true dönsün
""", """
Future<bool> showConfirmDialog(BuildContext context, {required String title, required String message}) async {
  final isIOS = Theme.of(context).platform == TargetPlatform.iOS;
  final result = await showDialog<bool>(
    context: context,
    builder: (context) {
      if (isIOS) {
        return CupertinoAlertDialog(
          title: Text(title),
          content: Text(message),
          actions: [
            CupertinoDialogAction(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
            CupertinoDialogAction(
              isDestructiveAction: true,
              onPressed: () => Navigator.pop(context, true),
              child: const Text('Onayla'),
            ),
          ],
        );
      }
      return AlertDialog(
        title: Text(title),
        content: Text(message),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
          TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Onayla')),
        ],
      );
    },
  );
  return result ?? false;
}
""", ["showConfirmDialog", "CupertinoAlertDialog | AlertDialog.adaptive", "showDialog | showCupertinoDialog | showAdaptiveDialog",
      "Navigator.pop | Navigator.of | context.pop", "true"])

# ───────────────────────────── images_assets ─────────────────────────────

R("images_assets-300", "element", r"""
import 'package:flutter/material.dart';

class OnboardingPage extends StatelessWidget {
  const OnboardingPage({super.key, required this.onNext});

  final VoidCallback onNext;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(24),
      child: Column(
        children: [
          const Spacer(),
          // assets/images/onboarding_1.png görselini 240 yüksekliğinde göster
          const SizedBox(height: 32),
          Text('Tariflerini kaydet', style: Theme.of(context).textTheme.headlineSmall),
          const Spacer(),
          FilledButton(onPressed: onNext, child: const Text('Devam')),
        ],
      ),
    );
  }
}
""", """
Image.asset('assets/images/onboarding_1.png', height: 240),
""", ["Image.asset | AssetImage", "240"])

R("images_assets-301", "element", r"""
import 'package:flutter/material.dart';
import 'package:flutter_svg/flutter_svg.dart';

class PaymentMethodsFooter extends StatelessWidget {
  const PaymentMethodsFooter({super.key});

  @override
  Widget build(BuildContext context) {
    return Row(
      mainAxisAlignment: MainAxisAlignment.center,
      children: [
        const Text('Güvenli ödeme:'),
        const SizedBox(width: 8),
        // assets/icons klasöründeki visa.svg ve mastercard.svg logolarını 24 yüksekliğinde ekle
      ],
    );
  }
}
""", """
SvgPicture.asset('assets/icons/visa.svg', height: 24),
const SizedBox(width: 8),
SvgPicture.asset('assets/icons/mastercard.svg', height: 24),
""", ["SvgPicture.asset", "height"])

R("images_assets-302", "argument", r"""
import 'package:cached_network_image/cached_network_image.dart';
import 'package:flutter/material.dart';

import '../models/recipe.dart';

class RecipeCover extends StatelessWidget {
  const RecipeCover({super.key, required this.recipe});

  final Recipe recipe;

  @override
  Widget build(BuildContext context) {
    return AspectRatio(
      aspectRatio: 16 / 9,
      child: CachedNetworkImage(
        imageUrl: recipe.coverUrl,
        fit: BoxFit.cover,
        // yüklenirken gri bir kutu, yüklenemezse kırık resim ikonu göster
      ),
    );
  }
}
""", """
placeholder: (context, url) => Container(color: Colors.grey.shade300),
errorWidget: (context, url, error) => const Icon(Icons.broken_image_outlined),
""", ["placeholder | progressIndicatorBuilder", "errorWidget", "Icons.broken_image | Icons.broken_image_outlined | Icons.image_not_supported | Icons.image_not_supported_outlined"])

R("images_assets-303", "argument", r"""
import 'package:flutter/material.dart';

import '../models/user.dart';

class UserAvatar extends StatefulWidget {
  const UserAvatar({super.key, required this.user});

  final User user;

  @override
  State<UserAvatar> createState() => _UserAvatarState();
}

class _UserAvatarState extends State<UserAvatar> {
  bool _photoFailed = false;

  @override
  Widget build(BuildContext context) {
    return CircleAvatar(
      radius: 24,
      backgroundImage: _photoFailed ? null : NetworkImage(widget.user.photoUrl),
      // fotoğraf yüklenemezse _photoFailed'ı true yap ki baş harfler görünsün
      child: _photoFailed ? Text(widget.user.initials) : null,
    );
  }
}
""", """
onBackgroundImageError: _photoFailed ? null : (exception, stackTrace) => setState(() => _photoFailed = true),
""", ["onBackgroundImageError", "setState", "_photoFailed"])

R("images_assets-304", "top_level", r"""
import 'package:flutter/material.dart';

// Uygulamadaki görsel yollarını tek yerde tutan AppImages sınıfını yaz (logo, emptyCart); assets/images altında png olsunlar

class EmptyCartView extends StatelessWidget {
  const EmptyCartView({super.key});

  @override
  Widget build(BuildContext context) {
    return Center(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          Image.asset(AppImages.emptyCart, width: 180),
          const SizedBox(height: 16),
          const Text('Sepetin boş'),
        ],
      ),
    );
  }
}

class BrandAppBar extends StatelessWidget implements PreferredSizeWidget {
  const BrandAppBar({super.key});

  @override
  Size get preferredSize => const Size.fromHeight(kToolbarHeight);

  @override
  Widget build(BuildContext context) {
    return AppBar(title: Image.asset(AppImages.logo, height: 28));
  }
}
""", """
abstract final class AppImages {
  static const String _base = 'assets/images';

  static const String logo = '$_base/logo.png';
  static const String emptyCart = '$_base/empty_cart.png';
}
""", ["AppImages", "static", "logo", "emptyCart"])

# ───────────────────────────── testing ─────────────────────────────

R("testing-300", "element", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:provider/provider.dart';

import 'package:notes/screens/login_screen.dart';
import 'package:notes/services/auth_service.dart';

class FakeAuthService implements AuthService {
  bool signedIn = false;

  @override
  Future<void> signIn(String email, String password) async => signedIn = true;
}

void main() {
  testWidgets('login button signs the user in', (tester) async {
    final fakeAuth = FakeAuthService();
    await tester.pumpWidget(
      MultiProvider(
        providers: [
          // LoginScreen'e AuthService olarak fakeAuth'u sağla
        ],
        child: const MaterialApp(home: LoginScreen()),
      ),
    );

    await tester.enterText(find.byKey(const Key('email')), 'ayse@example.com');
    await tester.enterText(find.byKey(const Key('password')), 'secret123');
    await tester.tap(find.text('Giriş yap'));
    await tester.pump();

    expect(fakeAuth.signedIn, isTrue);
  });
}
""", """
Provider<AuthService>.value(value: fakeAuth),
""", ["Provider", "AuthService", "fakeAuth"])

R("testing-301", "element", r"""
import 'package:flutter_test/flutter_test.dart';

import 'package:pocketbank/utils/currency.dart';

class PriceCase {
  const PriceCase({required this.input, required this.expected});

  final double input;
  final String expected;
}

const cases = [
  PriceCase(input: 12.5, expected: '₺12,50'),
  PriceCase(input: 1234.5, expected: '₺1.234,50'),
  // sıfır tutar için ve 1000000 gibi bin ayraçlı büyük bir tutar için de durum ekle
];

void main() {
  for (final c in cases) {
    test('formats ${c.input} as ${c.expected}', () {
      expect(formatTry(c.input), c.expected);
    });
  }
}
""", """
PriceCase(input: 0, expected: '₺0,00'),
PriceCase(input: 1000000, expected: '₺1.000.000,00'),
""", ["PriceCase", "input: 0", "1000000"])

R("testing-302", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

import 'package:travelapp/widgets/trip_card.dart';

void main() {
  testWidgets('tapping a trip card opens the details route', (tester) async {
    await tester.pumpWidget(
      MaterialApp(
        home: const Scaffold(body: TripCard(title: 'Kapadokya')),
        // '/details' rotası için 'Detay sayfası' yazan basit sahte bir sayfa tanımla
      ),
    );

    await tester.tap(find.text('Kapadokya'));
    await tester.pumpAndSettle();

    expect(find.text('Detay sayfası'), findsOneWidget);
  });
}
""", """
routes: {'/details': (context) => const Scaffold(body: Text('Detay sayfası'))},
""", ["routes | onGenerateRoute", "Text"])

R("testing-303", "top_level", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

import 'package:minimarket/widgets/cart_badge.dart';

// Widget'ı MaterialApp ve Scaffold içine saran pumpApp metodunu WidgetTester'a extension olarak yaz

void main() {
  testWidgets('shows the count when it is positive', (tester) async {
    await tester.pumpApp(const CartBadge(count: 3));
    expect(find.text('3'), findsOneWidget);
  });

  testWidgets('hides the badge when the count is zero', (tester) async {
    await tester.pumpApp(const CartBadge(count: 0));
    expect(find.text('0'), findsNothing);
  });
}
""", """
extension PumpApp on WidgetTester {
  Future<void> pumpApp(Widget widget) {
    return pumpWidget(MaterialApp(home: Scaffold(body: widget)));
  }
}
""", ["extension", "on WidgetTester", "pumpApp", "pumpWidget", "MaterialApp", "Scaffold"])

R("testing-304", "top_level", r"""
import 'package:flutter_test/flutter_test.dart';

import 'package:pocketbank/auth/auth_controller.dart';

class User {
  const User({required this.email});

  final String email;
}

class AuthException implements Exception {
  const AuthException(this.message);

  final String message;
}

abstract class AuthRepository {
  Future<User> signIn(String email, String password);
  Future<void> signOut();
}

// Testler için FakeAuthRepository yaz: şifre 'secret123' ise User döndürsün, değilse AuthException fırlatsın; signOut bir şey yapmasın

void main() {
  test('signIn succeeds with the right password', () async {
    final controller = AuthController(FakeAuthRepository());
    await controller.signIn('ayse@example.com', 'secret123');
    expect(controller.currentUser?.email, 'ayse@example.com');
  });

  test('signIn fails with a wrong password', () async {
    final controller = AuthController(FakeAuthRepository());
    await controller.signIn('ayse@example.com', 'yanlis');
    expect(controller.error, isNotNull);
  });
}
""", """
class FakeAuthRepository implements AuthRepository {
  @override
  Future<User> signIn(String email, String password) async {
    if (password == 'secret123') {
      return User(email: email);
    }
    throw const AuthException('Hatalı şifre');
  }

  @override
  Future<void> signOut() async {}
}
""", ["class FakeAuthRepository", "AuthRepository", "signIn", "signOut", "AuthException", "User"])

# ───────────────────────────── performance ─────────────────────────────

R("performance-300", "element", r"""
import 'package:flutter/material.dart';

import '../widgets/radar_sweep.dart';
import '../widgets/static_map.dart';

class NearbyDriversMap extends StatelessWidget {
  const NearbyDriversMap({super.key, required this.center});

  final Offset center;

  @override
  Widget build(BuildContext context) {
    return Stack(
      fit: StackFit.expand,
      children: [
        StaticMap(center: center),
        // sürekli dönen RadarSweep animasyonunu haritayı her karede yeniden boyatmasın diye ayrı bir katmanda ekle
        const Positioned(left: 16, bottom: 16, child: Chip(label: Text('Sürücüler aranıyor'))),
      ],
    );
  }
}
""", """
const RepaintBoundary(child: RadarSweep()),
""", ["RepaintBoundary", "RadarSweep"])

R("performance-301", "argument", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../models/cart_model.dart';

class CartCountLabel extends StatelessWidget {
  const CartCountLabel({super.key});

  @override
  Widget build(BuildContext context) {
    return Selector<CartModel, int>(
      // yalnızca sepetteki toplam adet (itemCount) değişince yeniden çizilsin
      builder: (context, count, child) => Text('$count ürün'),
    );
  }
}
""", """
selector: (context, cart) => cart.itemCount,
""", ["selector", "itemCount"])

R("performance-302", "argument", r"""
import 'dart:math' as math;

import 'package:flutter/material.dart';

import '../widgets/portfolio_chart.dart';

class SpinningChartLoader extends StatefulWidget {
  const SpinningChartLoader({super.key});

  @override
  State<SpinningChartLoader> createState() => _SpinningChartLoaderState();
}

class _SpinningChartLoaderState extends State<SpinningChartLoader> with SingleTickerProviderStateMixin {
  late final AnimationController _controller =
      AnimationController(vsync: this, duration: const Duration(seconds: 2))..repeat();

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedBuilder(
      animation: _controller,
      child: const PortfolioChart(),
      // pahalı grafik her karede yeniden kurulmasın; hazır child'ı sadece döndür
    );
  }
}
""", """
builder: (context, child) => Transform.rotate(
  angle: _controller.value * 2 * math.pi,
  child: child,
),
""", ["builder", "child: child", "Transform.rotate | RotationTransition", "_controller.value"],
  must_not=["PortfolioChart"])

R("performance-303", "top_level", r"""
import 'dart:convert';

import 'package:flutter/foundation.dart';
import 'package:http/http.dart' as http;

class Product {
  const Product({required this.id, required this.name, required this.price});

  factory Product.fromJson(Map<String, dynamic> json) => Product(
        id: json['id'] as String,
        name: json['name'] as String,
        price: (json['price'] as num).toDouble(),
      );

  final String id;
  final String name;
  final double price;
}

// compute ile ayrı isolate'te çalışabilecek, yanıt gövdesini List<Product>'a çeviren parseProducts fonksiyonunu yaz

Future<List<Product>> fetchCatalog(http.Client client) async {
  final response = await client.get(Uri.parse('https://api.minimarket.dev/catalog'));
  return compute(parseProducts, response.body);
}
""", """
List<Product> parseProducts(String body) {
  final data = jsonDecode(body) as List<dynamic>;
  return data.map((item) => Product.fromJson(item as Map<String, dynamic>)).toList();
}
""", ["parseProducts", "jsonDecode", "Product.fromJson", "List<Product>"])

R("performance-304", "top_level", r"""
import 'package:flutter/material.dart';

import '../models/order.dart';
import '../widgets/order_tile.dart';

class OrdersTab extends StatelessWidget {
  const OrdersTab({super.key, required this.orders});

  final List<Order> orders;

  @override
  Widget build(BuildContext context) {
    if (orders.isEmpty) return const EmptyOrdersView();
    return ListView.builder(
      itemCount: orders.length,
      itemBuilder: (context, index) => OrderTile(order: orders[index]),
    );
  }
}

// Liste boşken gösterilen içeriği her build'de yeniden kurulmasın diye const kurucusu olan EmptyOrdersView widget'ı olarak yaz
""", """
class EmptyOrdersView extends StatelessWidget {
  const EmptyOrdersView({super.key});

  @override
  Widget build(BuildContext context) {
    return const Center(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          Icon(Icons.receipt_long_outlined, size: 64),
          SizedBox(height: 12),
          Text('Henüz siparişin yok'),
        ],
      ),
    );
  }
}
""", ["class EmptyOrdersView", "const EmptyOrdersView", "StatelessWidget"], checks=["extends StatelessWidget"])

# ───────────────────────────── dart_language ─────────────────────────────

R("dart_language-300", "element", r"""
import 'package:flutter/material.dart';

class Coupon {
  const Coupon({required this.code, required this.discount});

  final String code;
  final double discount;
}

class OrderSummary extends StatelessWidget {
  const OrderSummary({super.key, required this.subtotal, this.coupon});

  final double subtotal;
  final Coupon? coupon;

  @override
  Widget build(BuildContext context) {
    final total = subtotal - (coupon?.discount ?? 0);
    return Column(
      crossAxisAlignment: CrossAxisAlignment.stretch,
      children: [
        Text('Ara toplam: ₺${subtotal.toStringAsFixed(2)}'),
        // kupon varsa (coupon null değilse) kupon kodu ve indirim tutarını gösteren satırı ekle
        Text('Toplam: ₺${total.toStringAsFixed(2)}', style: const TextStyle(fontWeight: FontWeight.bold)),
      ],
    );
  }
}
""", """
if (coupon != null)
  Text('${coupon!.code} indirimi: -₺${coupon!.discount.toStringAsFixed(2)}'),
""", ["if", "coupon", "discount"])

R("dart_language-301", "element", r"""
import 'package:flutter/material.dart';

import '../models/note.dart';

class NoteCard extends StatelessWidget {
  const NoteCard({super.key, required this.note});

  final Note note;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(12),
        child: Wrap(
          spacing: 6,
          runSpacing: 6,
          children: [
            Text(note.title, style: Theme.of(context).textTheme.titleMedium),
            // her etiket için (note.tags) collection-for ile bir Chip ekle
          ],
        ),
      ),
    );
  }
}
""", """
for (final tag in note.tags)
  Chip(label: Text('#$tag')),
""", ["for", "note.tags", "Chip"])

R("dart_language-302", "argument", r"""
class Product {
  const Product({required this.id, required this.name, required this.price});

  const Product.unknown(this.id)
      : name = 'Bilinmeyen ürün',
        price = 0;

  final String id;
  final String name;
  final double price;
}

class ProductCache {
  final List<Product> _products = [];

  void putAll(Iterable<Product> products) => _products.addAll(products);

  Product byId(String id) {
    return _products.firstWhere(
      (product) => product.id == id,
      // bulunamazsa hata fırlatmak yerine Product.unknown döndür
    );
  }
}
""", """
orElse: () => Product.unknown(id),
""", ["orElse", "Product.unknown"])

R("dart_language-303", "argument", r"""
class WordStats {
  final Map<String, int> _counts = {};

  void addText(String text) {
    for (final word in text.toLowerCase().split(RegExp(r'\s+'))) {
      if (word.isEmpty) continue;
      _counts.update(
        word,
        (count) => count + 1,
        // kelime haritada yoksa 1 ile eklensin
      );
    }
  }

  List<MapEntry<String, int>> top(int n) {
    final entries = _counts.entries.toList()..sort((a, b) => b.value.compareTo(a.value));
    return entries.take(n).toList();
  }
}
""", """
ifAbsent: () => 1,
""", ["ifAbsent"])

R("dart_language-304", "top_level", r"""
import 'package:flutter/material.dart';

// Ödeme sonucu için sealed PaymentResult sınıfı yaz; alt sınıfları PaymentSuccess(transactionId) ve PaymentFailure(reason) olsun

class PaymentResultBanner extends StatelessWidget {
  const PaymentResultBanner({super.key, required this.result});

  final PaymentResult result;

  @override
  Widget build(BuildContext context) {
    final result = this.result;
    if (result is PaymentSuccess) {
      return MaterialBanner(
        content: Text('Ödeme alındı (#${result.transactionId})'),
        actions: const [SizedBox.shrink()],
      );
    }
    final failure = result as PaymentFailure;
    return MaterialBanner(
      backgroundColor: Theme.of(context).colorScheme.errorContainer,
      content: Text('Ödeme başarısız: ${failure.reason}'),
      actions: const [SizedBox.shrink()],
    );
  }
}
""", """
sealed class PaymentResult {
  const PaymentResult();
}

final class PaymentSuccess extends PaymentResult {
  const PaymentSuccess(this.transactionId);

  final String transactionId;
}

final class PaymentFailure extends PaymentResult {
  const PaymentFailure(this.reason);

  final String reason;
}
""", ["sealed class PaymentResult", "PaymentSuccess", "PaymentFailure", "transactionId", "reason"], checks=["extends PaymentResult"])


if __name__ == "__main__":
    main()
