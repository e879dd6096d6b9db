"""In-context evaluation rows (test-a): 84 hand-written rows, ids 001-299 per topic.

Run: .venv/bin/python experiments/in-context-authoring/test-a.py  -> data/in_context/drafts/test-a.jsonl
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "data" / "in_context" / "drafts" / "test-a.jsonl"
ROWS: list[dict] = []
_COUNTERS: Counter[str] = Counter()


def row(topic, position, file, answer, must_contain, must_not=None, checks=None):
    _COUNTERS[topic] += 1
    data = {
        "id": f"ctx-{topic}-{_COUNTERS[topic]:03d}",
        "topic": topic,
        "position": position,
        "file": file.strip("\n") + "\n",
        "answer": answer.strip("\n"),
        "must_contain": must_contain,
    }
    if must_not:
        data["must_not"] = must_not
    if checks:
        data["checks"] = checks
    ROWS.append(data)


# ---------------------------------------------------------------- widgets_layout
row("widgets_layout", "statements", r"""
import 'package:flutter/material.dart';

class ProfileHeader extends StatelessWidget {
  const ProfileHeader({super.key, required this.name, required this.bio});

  final String name;
  final String bio;

  @override
  Widget build(BuildContext context) {
    // Ekran genişliği 600'den büyükse isWide true olsun
    return Padding(
      padding: const EdgeInsets.all(16),
      child: Flex(
        direction: isWide ? Axis.horizontal : Axis.vertical,
        children: [
          const CircleAvatar(radius: 40, child: Icon(Icons.person)),
          const SizedBox(width: 16, height: 16),
          Expanded(
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                Text(name, style: Theme.of(context).textTheme.titleLarge),
                Text(bio),
              ],
            ),
          ),
        ],
      ),
    );
  }
}
""", r"""
final isWide = MediaQuery.sizeOf(context).width > 600;
""", ["isWide", "MediaQuery.sizeOf | MediaQuery.of | MediaQuery.widthOf"])

row("widgets_layout", "statements", r"""
import 'package:flutter/material.dart';

class RecipeTags extends StatelessWidget {
  const RecipeTags({super.key, required this.tags, this.onTagTap});

  final List<String> tags;
  final ValueChanged<String>? onTagTap;

  @override
  Widget build(BuildContext context) {
    if (tags.isEmpty) {
      return const SizedBox.shrink();
    }
    // her etiket icin bir Chip olustur ve chips listesine koy
    return Wrap(
      spacing: 8,
      runSpacing: 4,
      children: chips,
    );
  }
}
""", r"""
final chips = tags.map((tag) => Chip(label: Text(tag))).toList();
""", ["chips", "tags", "Chip | ActionChip | InputChip"])

row("widgets_layout", "callback", r"""
import 'package:flutter/material.dart';

class MailboxScreen extends StatelessWidget {
  const MailboxScreen({super.key});

  Widget _buildFolders() {
    return ListView(
      children: const [
        ListTile(leading: Icon(Icons.inbox), title: Text('Gelen kutusu')),
        ListTile(leading: Icon(Icons.send), title: Text('Gönderilenler')),
        ListTile(leading: Icon(Icons.delete), title: Text('Çöp kutusu')),
      ],
    );
  }

  Widget _buildMessages() {
    return const Center(child: Text('Mesaj seçilmedi'));
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Posta')),
      body: LayoutBuilder(
        builder: (context, constraints) {
          // Genişlik 700'den fazlaysa klasörler solda, mesajlar sağda yan yana olsun (mesajlar daha geniş);
          // dar ekranda sadece klasör listesini göster
        },
      ),
    );
  }
}
""", r"""
if (constraints.maxWidth > 700) {
  return Row(
    children: [
      SizedBox(width: 260, child: _buildFolders()),
      const VerticalDivider(width: 1),
      Expanded(child: _buildMessages()),
    ],
  );
}
return _buildFolders();
""", ["constraints.maxWidth", "Row", "_buildFolders", "_buildMessages", "Expanded | Flexible"])

row("widgets_layout", "class_body", r"""
import 'package:flutter/material.dart';

class ProductTile extends StatelessWidget {
  const ProductTile({super.key, required this.title, required this.price, this.onTap});

  final String title;
  final double price;
  final VoidCallback? onTap;

  // Fiyatı gösteren _buildPriceTag metodunu yaz: yeşil arka plan, köşeleri 8 yuvarlatılmış, beyaz yazı

  @override
  Widget build(BuildContext context) {
    return InkWell(
      onTap: onTap,
      child: Padding(
        padding: const EdgeInsets.all(12),
        child: Row(
          children: [
            Expanded(child: Text(title, maxLines: 2, overflow: TextOverflow.ellipsis)),
            const SizedBox(width: 8),
            _buildPriceTag(),
          ],
        ),
      ),
    );
  }
}
""", r"""
Widget _buildPriceTag() {
  return Container(
    padding: const EdgeInsets.symmetric(horizontal: 8, vertical: 4),
    decoration: BoxDecoration(
      color: Colors.green,
      borderRadius: BorderRadius.circular(8),
    ),
    child: Text(
      '${price.toStringAsFixed(2)} ₺',
      style: const TextStyle(color: Colors.white),
    ),
  );
}
""", ["_buildPriceTag", "BorderRadius.circular | Radius.circular | BorderRadius.all", "price | $price", "Colors.green | Colors.greenAccent", "Colors.white"])

row("widgets_layout", "class_body", r"""
import 'package:flutter/material.dart';

class SettingsSection extends StatelessWidget {
  const SettingsSection({super.key, required this.title, required this.children});

  final String title;
  final List<Widget> children;

  // Her yönden 16 piksellik boşluğu static const bir alan olarak tanımla

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: _padding,
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(title, style: Theme.of(context).textTheme.titleMedium),
          const SizedBox(height: 8),
          Card(child: Column(children: children)),
        ],
      ),
    );
  }
}
""", r"""
static const EdgeInsets _padding = EdgeInsets.all(16);
""", ["static", "_padding", "EdgeInsets.all"])

# ---------------------------------------------------------------- lists
row("lists", "statements", r"""
import 'package:flutter/material.dart';

import '../models/message.dart';
import '../services/chat_service.dart';

class ChatScreen extends StatefulWidget {
  const ChatScreen({super.key, required this.roomId});

  final String roomId;

  @override
  State<ChatScreen> createState() => _ChatScreenState();
}

class _ChatScreenState extends State<ChatScreen> {
  final _scrollController = ScrollController();
  final List<Message> _messages = [];
  bool _loadingMore = false;

  @override
  void initState() {
    super.initState();
    // Kullanıcı listenin sonuna 200 pikselden az kalınca _loadMore'u çağıracak bir scroll dinleyicisi ekle
  }

  Future<void> _loadMore() async {
    if (_loadingMore) return;
    setState(() => _loadingMore = true);
    final older = await ChatService.instance.fetchOlder(widget.roomId, before: _messages.length);
    if (!mounted) return;
    setState(() {
      _messages.addAll(older);
      _loadingMore = false;
    });
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      controller: _scrollController,
      itemCount: _messages.length,
      itemBuilder: (context, index) => ListTile(title: Text(_messages[index].text)),
    );
  }
}
""", r"""
_scrollController.addListener(() {
  final position = _scrollController.position;
  if (position.pixels >= position.maxScrollExtent - 200) {
    _loadMore();
  }
});
""", ["_scrollController.addListener", "maxScrollExtent | extentAfter", "_loadMore"])

row("lists", "statements", r"""
import 'package:flutter/material.dart';

class ShoppingListPage extends StatefulWidget {
  const ShoppingListPage({super.key});

  @override
  State<ShoppingListPage> createState() => _ShoppingListPageState();
}

class _ShoppingListPageState extends State<ShoppingListPage> {
  final _listKey = GlobalKey<AnimatedListState>();
  final List<String> _items = ['Süt', 'Ekmek', 'Yumurta', 'Peynir'];

  Widget _buildItem(String item, Animation<double> animation, {int? index}) {
    return SizeTransition(
      sizeFactor: animation,
      child: ListTile(
        title: Text(item),
        trailing: index == null
            ? null
            : IconButton(icon: const Icon(Icons.delete), onPressed: () => _removeItem(index)),
      ),
    );
  }

  void _removeItem(int index) {
    // Ürünü _items'tan çıkar ve AnimatedList'e kaldırma animasyonuyla bildir
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedList(
      key: _listKey,
      initialItemCount: _items.length,
      itemBuilder: (context, index, animation) => _buildItem(_items[index], animation, index: index),
    );
  }
}
""", r"""
final removed = _items.removeAt(index);
_listKey.currentState?.removeItem(
  index,
  (context, animation) => _buildItem(removed, animation),
);
""", ["_items.removeAt", "_listKey.currentState", "removeItem", "index", "_buildItem"])

row("lists", "callback", r"""
import 'package:flutter/material.dart';

class Note {
  const Note({required this.title, required this.body, required this.updatedAt});

  final String title;
  final String body;
  final DateTime updatedAt;
}

class NotesList extends StatelessWidget {
  const NotesList({super.key, required this.notes, required this.onOpen});

  final List<Note> notes;
  final void Function(Note note) onOpen;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: notes.length,
      itemBuilder: (context, index) {
        // index'teki notu al; başlığı title, gövdenin ilk satırı subtitle olan ve tıklanınca onOpen'ı çağıran ListTile döndür
      },
    );
  }
}
""", r"""
final note = notes[index];
return ListTile(
  title: Text(note.title),
  subtitle: Text(note.body.split('\n').first, maxLines: 1, overflow: TextOverflow.ellipsis),
  onTap: () => onOpen(note),
);
""", ["notes", "index", "ListTile", "onOpen"], checks=["call ListTile(title, subtitle, onTap)"])

row("lists", "callback", r"""
import 'package:flutter/material.dart';

class TransactionHistory extends StatelessWidget {
  const TransactionHistory({super.key, required this.entries});

  final List<String> entries;

  @override
  Widget build(BuildContext context) {
    return ListView.separated(
      itemCount: entries.length,
      itemBuilder: (context, index) => ListTile(title: Text(entries[index])),
      separatorBuilder: (context, index) {
        // Her 5 elemandan sonra kalın (3 px) bir ayırıcı, diğerlerinde ince Divider göster
      },
    );
  }
}
""", r"""
if ((index + 1) % 5 == 0) {
  return const Divider(thickness: 3);
}
return const Divider(height: 1);
""", ["index", "%", "Divider"], checks=["call Divider(thickness)"])

row("lists", "class_body", r"""
import 'package:flutter/material.dart';

class GroceryReorderPage extends StatefulWidget {
  const GroceryReorderPage({super.key});

  @override
  State<GroceryReorderPage> createState() => _GroceryReorderPageState();
}

class _GroceryReorderPageState extends State<GroceryReorderPage> {
  final List<String> _items = ['Domates', 'Salatalık', 'Biber', 'Soğan', 'Patates'];

  // Sürükle bırak sıralaması için _onReorder metodunu yaz; eleman aşağı taşınınca newIndex'i düzelt

  @override
  Widget build(BuildContext context) {
    return ReorderableListView(
      onReorder: _onReorder,
      children: [
        for (final item in _items)
          ListTile(key: ValueKey(item), title: Text(item), trailing: const Icon(Icons.drag_handle)),
      ],
    );
  }
}
""", r"""
void _onReorder(int oldIndex, int newIndex) {
  setState(() {
    if (newIndex > oldIndex) {
      newIndex -= 1;
    }
    final item = _items.removeAt(oldIndex);
    _items.insert(newIndex, item);
  });
}
""", ["_onReorder", "setState", "_items.removeAt", "_items.insert", "oldIndex", "newIndex"])

row("lists", "class_body", r"""
import 'package:flutter/material.dart';

class Contact {
  const Contact({required this.name, required this.phone});

  final String name;
  final String phone;
}

class ContactList extends StatelessWidget {
  const ContactList({super.key, required this.contacts});

  final List<Contact> contacts;

  // kişileri ada göre alfabetik sıralı döndüren sortedContacts getter'ı ekle (orijinal liste değişmesin)

  @override
  Widget build(BuildContext context) {
    final items = sortedContacts;
    return ListView.builder(
      itemCount: items.length,
      itemBuilder: (context, index) => ListTile(
        title: Text(items[index].name),
        subtitle: Text(items[index].phone),
      ),
    );
  }
}
""", r"""
List<Contact> get sortedContacts =>
    [...contacts]..sort((a, b) => a.name.toLowerCase().compareTo(b.name.toLowerCase()));
""", ["sortedContacts", "get", "contacts", "compareTo | compareNatural | compareAsciiLowerCase | sortedBy"], must_not=["contacts.sort"])

# ---------------------------------------------------------------- forms
row("forms", "statements", r"""
import 'package:flutter/material.dart';

import '../services/auth_service.dart';

class LoginForm extends StatefulWidget {
  const LoginForm({super.key});

  @override
  State<LoginForm> createState() => _LoginFormState();
}

class _LoginFormState extends State<LoginForm> {
  final _formKey = GlobalKey<FormState>();
  String _email = '';
  String _password = '';

  Future<void> _login() async {
    await AuthService.instance.signIn(_email, _password);
  }

  void _submit() {
    // Form geçersizse hiçbir şey yapma; geçerliyse alanları kaydet ve _login'i çağır
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(onSaved: (v) => _email = v ?? ''),
          TextFormField(obscureText: true, onSaved: (v) => _password = v ?? ''),
          ElevatedButton(onPressed: _submit, child: const Text('Giriş yap')),
        ],
      ),
    );
  }
}
""", r"""
final form = _formKey.currentState;
if (form == null || !form.validate()) return;
form.save();
_login();
""", ["_formKey.currentState", "validate", "save", "_login"])

row("forms", "statements", r"""
import 'package:flutter/material.dart';

class RegisterPage extends StatefulWidget {
  const RegisterPage({super.key});

  @override
  State<RegisterPage> createState() => _RegisterPageState();
}

class _RegisterPageState extends State<RegisterPage> {
  final _nameController = TextEditingController();
  final _emailController = TextEditingController();
  final _passwordController = TextEditingController();
  final _emailFocus = FocusNode();

  @override
  void dispose() {
    // text controller'ların hepsini ve focus node'u dispose et
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(controller: _nameController, onSubmitted: (_) => _emailFocus.requestFocus()),
        TextField(controller: _emailController, focusNode: _emailFocus),
        TextField(controller: _passwordController, obscureText: true),
      ],
    );
  }
}
""", r"""
_nameController.dispose();
_emailController.dispose();
_passwordController.dispose();
_emailFocus.dispose();
""", ["_nameController.dispose", "_emailController.dispose", "_passwordController.dispose", "_emailFocus.dispose"], must_not=["super.dispose"])

row("forms", "callback", r"""
import 'package:flutter/material.dart';

class PhoneField extends StatelessWidget {
  const PhoneField({super.key, required this.controller});

  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: controller,
      keyboardType: TextInputType.phone,
      decoration: const InputDecoration(labelText: 'Telefon', prefixText: '+90 '),
      validator: (value) {
        // boşsa 'Telefon gerekli', 10 haneden kısaysa 'Telefon numarası 10 haneli olmalı' döndür, yoksa null
      },
    );
  }
}
""", r"""
if (value == null || value.trim().isEmpty) {
  return 'Telefon gerekli';
}
if (value.trim().length < 10) {
  return 'Telefon numarası 10 haneli olmalı';
}
return null;
""", ["value", "length", "null"])

row("forms", "callback", r"""
import 'package:flutter/material.dart';

class ProfileEditPage extends StatefulWidget {
  const ProfileEditPage({super.key});

  @override
  State<ProfileEditPage> createState() => _ProfileEditPageState();
}

class _ProfileEditPageState extends State<ProfileEditPage> {
  final _birthDateController = TextEditingController();
  DateTime? _birthDate;

  @override
  void dispose() {
    _birthDateController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: _birthDateController,
      readOnly: true,
      decoration: const InputDecoration(labelText: 'Doğum tarihi', suffixIcon: Icon(Icons.calendar_today)),
      onTap: () async {
        // Tarih seçiciyi aç (1900'den bugüne); seçilirse _birthDate'e ve controller'a gg.aa.yyyy olarak yaz
      },
    );
  }
}
""", r"""
final picked = await showDatePicker(
  context: context,
  initialDate: _birthDate ?? DateTime(2000),
  firstDate: DateTime(1900),
  lastDate: DateTime.now(),
);
if (picked == null) return;
setState(() {
  _birthDate = picked;
  _birthDateController.text =
      '${picked.day.toString().padLeft(2, '0')}.${picked.month.toString().padLeft(2, '0')}.${picked.year}';
});
""", ["showDatePicker", "_birthDate", "_birthDateController.text", "setState"], checks=["call showDatePicker(context, firstDate, lastDate)"])

row("forms", "class_body", r"""
import 'package:flutter/material.dart';

class PasswordField extends StatefulWidget {
  const PasswordField({super.key, required this.controller});

  final TextEditingController controller;

  @override
  State<PasswordField> createState() => _PasswordFieldState();
}

class _PasswordFieldState extends State<PasswordField> {
  // Şifre gizli mi değil mi tutan bir bool alan ekle, başlangıçta gizli olsun

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: widget.controller,
      obscureText: _obscurePassword,
      decoration: InputDecoration(
        labelText: 'Şifre',
        suffixIcon: IconButton(
          icon: Icon(_obscurePassword ? Icons.visibility : Icons.visibility_off),
          onPressed: () => setState(() => _obscurePassword = !_obscurePassword),
        ),
      ),
    );
  }
}
""", r"""
bool _obscurePassword = true;
""", ["_obscurePassword", "true"], must_not=["final"])

row("forms", "class_body", r"""
import 'package:flutter/material.dart';

class NewsletterForm extends StatefulWidget {
  const NewsletterForm({super.key});

  @override
  State<NewsletterForm> createState() => _NewsletterFormState();
}

class _NewsletterFormState extends State<NewsletterForm> {
  final _formKey = GlobalKey<FormState>();

  // e-posta alanı için regex kullanan _validateEmail metodunu yaz; boşsa ve geçersizse hata mesajı dönsün

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Row(
        children: [
          Expanded(
            child: TextFormField(
              keyboardType: TextInputType.emailAddress,
              validator: _validateEmail,
            ),
          ),
          FilledButton(
            onPressed: () => _formKey.currentState?.validate(),
            child: const Text('Abone ol'),
          ),
        ],
      ),
    );
  }
}
""", r"""
String? _validateEmail(String? value) {
  if (value == null || value.trim().isEmpty) {
    return 'E-posta boş olamaz';
  }
  final emailRegex = RegExp(r'^[^@\s]+@[^@\s]+\.[^@\s]+$');
  if (!emailRegex.hasMatch(value.trim())) {
    return 'Geçerli bir e-posta girin';
  }
  return null;
}
""", ["_validateEmail", "RegExp", "hasMatch | firstMatch | allMatches"])

# ---------------------------------------------------------------- navigation
row("navigation", "statements", r"""
import 'package:flutter/material.dart';

import 'filter_page.dart';

class FilterOptions {
  const FilterOptions({this.maxPrice, this.onlyInStock = false});

  final double? maxPrice;
  final bool onlyInStock;
}

class CatalogPage extends StatefulWidget {
  const CatalogPage({super.key});

  @override
  State<CatalogPage> createState() => _CatalogPageState();
}

class _CatalogPageState extends State<CatalogPage> {
  FilterOptions _filters = const FilterOptions();

  Future<void> _openFilters() async {
    // FilterPage'i mevcut filtrelerle aç, geri dönen sonuç null değilse _filters'a yaz
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Ürünler'),
        actions: [IconButton(icon: const Icon(Icons.filter_list), onPressed: _openFilters)],
      ),
      body: Center(child: Text('Stokta olanlar: ${_filters.onlyInStock}')),
    );
  }
}
""", r"""
final result = await Navigator.of(context).push<FilterOptions>(
  MaterialPageRoute(builder: (_) => FilterPage(initial: _filters)),
);
if (result != null && mounted) {
  setState(() => _filters = result);
}
""", ["Navigator.of(context).push | Navigator.push | context.push", "FilterPage", "_filters", "setState"])

row("navigation", "callback", r"""
import 'package:flutter/material.dart';

class Order {
  const Order({required this.id, required this.total});

  final String id;
  final double total;
}

class OrdersList extends StatelessWidget {
  const OrdersList({super.key, required this.orders});

  final List<Order> orders;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: orders.length,
      itemBuilder: (context, index) {
        final order = orders[index];
        return ListTile(
          title: Text('Sipariş #${order.id}'),
          trailing: Text('${order.total.toStringAsFixed(2)} ₺'),
          onTap: () {
            // '/order-detail' named route'una siparişi argüman olarak vererek git
          },
        );
      },
    );
  }
}
""", r"""
Navigator.pushNamed(context, '/order-detail', arguments: order);
""", ["pushNamed", "arguments", "order"], checks=["call .pushNamed(arguments: order)"])

row("navigation", "callback", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

class HomeAppBar extends StatelessWidget implements PreferredSizeWidget {
  const HomeAppBar({super.key});

  @override
  Size get preferredSize => const Size.fromHeight(kToolbarHeight);

  @override
  Widget build(BuildContext context) {
    return AppBar(
      title: const Text('Hava Durumu'),
      actions: [
        IconButton(
          icon: const Icon(Icons.settings),
          onPressed: () {
            // go_router ile /settings ekranını aç, geri tuşuyla buraya dönülebilsin
          },
        ),
      ],
    );
  }
}
""", r"""
context.push('/settings');
""", ["context.push | GoRouter.of(context).push | context.pushNamed"], must_not=["context.go", "Navigator"])

row("navigation", "callback", r"""
import 'package:flutter/material.dart';

class NoteEditorPage extends StatefulWidget {
  const NoteEditorPage({super.key});

  @override
  State<NoteEditorPage> createState() => _NoteEditorPageState();
}

class _NoteEditorPageState extends State<NoteEditorPage> {
  final _controller = TextEditingController();
  bool _dirty = false;

  Future<bool> _confirmDiscard() async {
    final result = await showDialog<bool>(
      context: context,
      builder: (context) => AlertDialog(
        title: const Text('Değişiklikler kaydedilmedi'),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
          TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Çık')),
        ],
      ),
    );
    return result ?? false;
  }

  @override
  Widget build(BuildContext context) {
    return PopScope(
      canPop: !_dirty,
      onPopInvokedWithResult: (didPop, result) async {
        // Sayfa zaten kapandıysa çık; değilse onay iste, kullanıcı çıkmayı onaylarsa sayfayı kapat
      },
      child: Scaffold(
        appBar: AppBar(title: const Text('Not')),
        body: TextField(
          controller: _controller,
          maxLines: null,
          onChanged: (_) => setState(() => _dirty = true),
        ),
      ),
    );
  }
}
""", r"""
if (didPop) return;
final discard = await _confirmDiscard();
if (discard && context.mounted) {
  Navigator.of(context).pop();
}
""", ["didPop", "_confirmDiscard", ".pop"], must_not=["WillPopScope"])

row("navigation", "class_body", r"""
import 'package:flutter/material.dart';

import '../models/product.dart';

class ProductDetailPage extends StatelessWidget {
  const ProductDetailPage({super.key, required this.product});

  final Product product;

  // Bu sayfayı verilen ürünle açan bir MaterialPageRoute döndüren statik route metodu ekle

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(product.name)),
      body: Center(child: Text(product.description)),
    );
  }
}
""", r"""
static Route<void> route(Product product) {
  return MaterialPageRoute<void>(
    builder: (_) => ProductDetailPage(product: product),
  );
}
""", ["static", "MaterialPageRoute", "ProductDetailPage", "builder"])

row("navigation", "class_body", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'auth/auth_service.dart';
import 'screens/home_screen.dart';
import 'screens/login_screen.dart';

class AppRouter {
  AppRouter(this.auth);

  final AuthService auth;

  late final GoRouter router = GoRouter(
    initialLocation: '/',
    refreshListenable: auth,
    redirect: _redirect,
    routes: [
      GoRoute(path: '/', builder: (context, state) => const HomeScreen()),
      GoRoute(path: '/login', builder: (context, state) => const LoginScreen()),
    ],
  );

  // giriş yapılmamışsa /login'e yönlendiren, giriş yapılmışken /login'e gidilirse ana sayfaya atan _redirect metodunu yaz
}
""", r"""
String? _redirect(BuildContext context, GoRouterState state) {
  final loggedIn = auth.isLoggedIn;
  final goingToLogin = state.matchedLocation == '/login';
  if (!loggedIn) {
    return goingToLogin ? null : '/login';
  }
  if (goingToLogin) {
    return '/';
  }
  return null;
}
""", ["_redirect", "GoRouterState", "auth.isLoggedIn", "null"])

# ---------------------------------------------------------------- state
row("state", "statements", r"""
import 'package:flutter/foundation.dart';

class Todo {
  const Todo({required this.id, required this.title, this.done = false});

  final String id;
  final String title;
  final bool done;

  Todo copyWith({String? title, bool? done}) =>
      Todo(id: id, title: title ?? this.title, done: done ?? this.done);
}

class TodoListNotifier extends ChangeNotifier {
  final List<Todo> _todos = [];

  List<Todo> get todos => List.unmodifiable(_todos);

  void add(String title) {
    _todos.add(Todo(id: DateTime.now().microsecondsSinceEpoch.toString(), title: title));
    notifyListeners();
  }

  void toggle(String id) {
    // id'si eşleşen görevin tamamlandı durumunu tersine çevir, sonra dinleyicileri bilgilendir
  }
}
""", r"""
final index = _todos.indexWhere((todo) => todo.id == id);
if (index == -1) return;
_todos[index] = _todos[index].copyWith(done: !_todos[index].done);
notifyListeners();
""", ["_todos", "id", "done", "notifyListeners"])

row("state", "statements", r"""
import 'package:flutter/material.dart';
import 'package:flutter_riverpod/flutter_riverpod.dart';

final cartProvider = NotifierProvider<CartNotifier, List<String>>(CartNotifier.new);

class CartNotifier extends Notifier<List<String>> {
  @override
  List<String> build() => const [];

  void add(String productId) => state = [...state, productId];
}

class CartBadge extends ConsumerWidget {
  const CartBadge({super.key});

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    // cartProvider'ı izleyip sepetteki ürün sayısını count değişkenine al
    return Badge(
      isLabelVisible: count > 0,
      label: Text('$count'),
      child: const Icon(Icons.shopping_cart),
    );
  }
}
""", r"""
final count = ref.watch(cartProvider).length;
""", ["ref.watch", "cartProvider", "count"], must_not=["ref.read"])

row("state", "callback", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

class CounterModel extends ChangeNotifier {
  int _value = 0;

  int get value => _value;

  void increment() {
    _value++;
    notifyListeners();
  }
}

class StepCounterButton extends StatelessWidget {
  const StepCounterButton({super.key});

  @override
  Widget build(BuildContext context) {
    return FloatingActionButton(
      onPressed: () {
        // CounterModel'i dinlemeden Provider'dan alıp sayacı artır
      },
      child: const Icon(Icons.add),
    );
  }
}
""", r"""
context.read<CounterModel>().increment();
""", ["context.read<CounterModel> | Provider.of<CounterModel>", "increment"], must_not=["context.watch"])

row("state", "callback", r"""
import 'package:flutter/material.dart';
import 'package:flutter_bloc/flutter_bloc.dart';

sealed class AuthState {}

class AuthInitial extends AuthState {}

class AuthLoading extends AuthState {}

class AuthSuccess extends AuthState {}

class AuthFailure extends AuthState {
  AuthFailure(this.message);

  final String message;
}

class LoginView extends StatelessWidget {
  const LoginView({super.key, required this.child});

  final Widget child;

  @override
  Widget build(BuildContext context) {
    return BlocListener<AuthBloc, AuthState>(
      listener: (context, state) {
        // hata durumunda hata mesajını SnackBar ile göster, başarılıysa /home'a geç ve geri dönülemesin
      },
      child: child,
    );
  }
}
""", r"""
if (state is AuthFailure) {
  ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(content: Text(state.message)),
  );
} else if (state is AuthSuccess) {
  Navigator.of(context).pushReplacementNamed('/home');
}
""", ["AuthFailure", "showSnackBar", "state.message", "AuthSuccess", "pushReplacementNamed | pushNamedAndRemoveUntil | context.go | pushReplacement | pushAndRemoveUntil"])

row("state", "class_body", r"""
import 'package:flutter/foundation.dart';

class CartItem {
  const CartItem({required this.name, required this.price, this.quantity = 1});

  final String name;
  final double price;
  final int quantity;
}

class CartModel extends ChangeNotifier {
  final List<CartItem> _items = [];

  List<CartItem> get items => List.unmodifiable(_items);

  // sepetin toplam tutarını (fiyat x adet) veren totalPrice getter'ını ekle

  void add(CartItem item) {
    _items.add(item);
    notifyListeners();
  }

  void clear() {
    _items.clear();
    notifyListeners();
  }
}
""", r"""
double get totalPrice =>
    _items.fold(0, (sum, item) => sum + item.price * item.quantity);
""", ["totalPrice", "get", "_items", "quantity", "price"])

row("state", "class_body", r"""
import 'package:flutter_riverpod/flutter_riverpod.dart';

final stepCounterProvider = NotifierProvider<StepCounter, int>(StepCounter.new);

class StepCounter extends Notifier<int> {
  // Başlangıç durumu 0 olacak şekilde build'i override et

  void increment() => state++;

  void reset() => state = 0;
}
""", r"""
@override
int build() => 0;
""", ["build", "int"])

# ---------------------------------------------------------------- async
row("async", "statements", r"""
import 'package:flutter/material.dart';

import '../models/weather.dart';
import '../services/weather_service.dart';

class WeatherPage extends StatefulWidget {
  const WeatherPage({super.key, required this.city});

  final String city;

  @override
  State<WeatherPage> createState() => _WeatherPageState();
}

class _WeatherPageState extends State<WeatherPage> {
  final _service = WeatherService();
  Weather? _weather;
  String? _error;
  bool _isLoading = false;

  @override
  void initState() {
    super.initState();
    _loadWeather();
  }

  Future<void> _loadWeather() async {
    // yükleniyor durumunu aç, servisten şehrin hava durumunu çek; hata olursa _error'a yaz, en sonda yüklemeyi kapat
  }

  @override
  Widget build(BuildContext context) {
    if (_isLoading) return const Center(child: CircularProgressIndicator());
    if (_error != null) return Center(child: Text(_error!));
    return Center(child: Text('${_weather?.temperature ?? '-'} °C'));
  }
}
""", r"""
setState(() {
  _isLoading = true;
  _error = null;
});
try {
  final weather = await _service.fetchWeather(widget.city);
  if (!mounted) return;
  setState(() => _weather = weather);
} catch (e) {
  if (!mounted) return;
  setState(() => _error = e.toString());
} finally {
  if (mounted) setState(() => _isLoading = false);
}
""", ["_service", "widget.city", "try", "catch", "_error", "_isLoading", "setState"])

row("async", "statements", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class StockTicker extends StatefulWidget {
  const StockTicker({super.key, required this.symbol});

  final String symbol;

  @override
  State<StockTicker> createState() => _StockTickerState();
}

class _StockTickerState extends State<StockTicker> {
  Timer? _timer;
  double? _price;

  @override
  void initState() {
    super.initState();
    _refresh();
    // her 30 saniyede bir _refresh'i çağıran periyodik bir timer başlat
  }

  Future<void> _refresh() async {
    final price = await Future.value(42.0);
    if (mounted) setState(() => _price = price);
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Text('${widget.symbol}: ${_price ?? '...'}');
  }
}
""", r"""
_timer = Timer.periodic(const Duration(seconds: 30), (_) => _refresh());
""", ["_timer", "Timer.periodic", "_refresh", "seconds: 30 | milliseconds: 30000"])

row("async", "callback", r"""
import 'package:flutter/material.dart';

import '../models/message.dart';
import '../services/chat_service.dart';

class MessageStreamView extends StatelessWidget {
  const MessageStreamView({super.key, required this.roomId});

  final String roomId;

  Widget _buildMessages(List<Message> messages) {
    return ListView.builder(
      reverse: true,
      itemCount: messages.length,
      itemBuilder: (context, index) => ListTile(title: Text(messages[index].text)),
    );
  }

  @override
  Widget build(BuildContext context) {
    return StreamBuilder<List<Message>>(
      stream: ChatService.instance.messages(roomId),
      builder: (context, snapshot) {
        // Hata varsa hata metnini, veri henüz yoksa yükleniyor göstergesini, varsa _buildMessages ile listeyi döndür
      },
    );
  }
}
""", r"""
if (snapshot.hasError) {
  return Center(child: Text('Hata: ${snapshot.error}'));
}
if (!snapshot.hasData) {
  return const Center(child: CircularProgressIndicator());
}
return _buildMessages(snapshot.data!);
""", ["snapshot.hasError", "snapshot.hasData | snapshot.data == null | snapshot.connectionState", "CircularProgressIndicator", "_buildMessages"])

row("async", "callback", r"""
import 'package:flutter/material.dart';

class SplashPage extends StatefulWidget {
  const SplashPage({super.key});

  @override
  State<SplashPage> createState() => _SplashPageState();
}

class _SplashPageState extends State<SplashPage> {
  @override
  void initState() {
    super.initState();
    Future.delayed(const Duration(seconds: 2), () {
      // Widget hala ekrandaysa '/home'a geç; splash geri tuşuyla açılmasın
    });
  }

  @override
  Widget build(BuildContext context) {
    return const Scaffold(body: Center(child: FlutterLogo(size: 96)));
  }
}
""", r"""
if (!mounted) return;
Navigator.of(context).pushReplacementNamed('/home');
""", ["mounted", "pushReplacementNamed | pushReplacement | pushNamedAndRemoveUntil | context.go | pushAndRemoveUntil"])

row("async", "class_body", r"""
import 'dart:async';

import 'package:connectivity_plus/connectivity_plus.dart';
import 'package:flutter/material.dart';

class OfflineBanner extends StatefulWidget {
  const OfflineBanner({super.key});

  @override
  State<OfflineBanner> createState() => _OfflineBannerState();
}

class _OfflineBannerState extends State<OfflineBanner> {
  StreamSubscription<List<ConnectivityResult>>? _subscription;
  bool _offline = false;

  @override
  void initState() {
    super.initState();
    _subscription = Connectivity().onConnectivityChanged.listen((results) {
      setState(() => _offline = results.contains(ConnectivityResult.none));
    });
  }

  // Widget kaldırılınca bağlantı aboneliğini iptal eden dispose'u yaz

  @override
  Widget build(BuildContext context) {
    if (!_offline) return const SizedBox.shrink();
    return const MaterialBanner(content: Text('İnternet bağlantısı yok'), actions: [SizedBox()]);
  }
}
""", r"""
@override
void dispose() {
  _subscription?.cancel();
  super.dispose();
}
""", ["dispose", "_subscription", "cancel", "super.dispose"])

# ---------------------------------------------------------------- http_json
row("http_json", "statements", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

class Post {
  const Post({required this.id, required this.title, required this.body});

  factory Post.fromJson(Map<String, dynamic> json) => Post(
        id: json['id'] as int,
        title: json['title'] as String,
        body: json['body'] as String,
      );

  final int id;
  final String title;
  final String body;
}

class PostRepository {
  PostRepository(this._client, {this.baseUrl = 'https://jsonplaceholder.typicode.com'});

  final http.Client _client;
  final String baseUrl;

  Future<List<Post>> fetchPosts() async {
    // baseUrl/posts'a GET at; durum kodu 200 değilse Exception fırlat, gelen JSON listesini Post listesine çevir
  }
}
""", r"""
final response = await _client.get(Uri.parse('$baseUrl/posts'));
if (response.statusCode != 200) {
  throw Exception('Gönderiler alınamadı (${response.statusCode})');
}
final data = jsonDecode(response.body) as List<dynamic>;
return data.map((e) => Post.fromJson(e as Map<String, dynamic>)).toList();
""", ["_client.get", "Uri.parse | Uri.https", "statusCode", "throw", "jsonDecode", "Post.fromJson"])

row("http_json", "statements", r"""
import 'package:dio/dio.dart';

import '../models/user.dart';

class UserApi {
  UserApi(this._dio);

  final Dio _dio;

  Future<User> getUser(int id) async {
    final response = await _dio.get<Map<String, dynamic>>('/users/$id');
    return User.fromJson(response.data!);
  }

  Future<void> updateProfile(User user) async {
    // kullanıcıyı JSON olarak PUT ile /users/{id} adresine gönder
  }
}
""", r"""
await _dio.put('/users/${user.id}', data: user.toJson());
""", ["_dio.put", "user.toJson", "user.id"], checks=["call _dio.put(data)"])

row("http_json", "callback", r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;

class ExchangeRatesPage extends StatefulWidget {
  const ExchangeRatesPage({super.key});

  @override
  State<ExchangeRatesPage> createState() => _ExchangeRatesPageState();
}

class _ExchangeRatesPageState extends State<ExchangeRatesPage> {
  Map<String, double> _rates = {};

  @override
  void initState() {
    super.initState();
    http.get(Uri.parse('https://api.example.com/latest?base=TRY')).then((response) {
      // Yanıt 200 ise ve widget hala ekrandaysa gövdedeki 'rates' map'ini double değerlere çevirip _rates'e yaz
    });
  }

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        for (final entry in _rates.entries) ListTile(title: Text(entry.key), trailing: Text('${entry.value}')),
      ],
    );
  }
}
""", r"""
if (response.statusCode != 200 || !mounted) return;
final json = jsonDecode(response.body) as Map<String, dynamic>;
final rates = json['rates'] as Map<String, dynamic>;
setState(() {
  _rates = rates.map((key, value) => MapEntry(key, (value as num).toDouble()));
});
""", ["response.statusCode", "mounted", "jsonDecode", "response.body", "_rates", "setState", "toDouble"])

row("http_json", "class_body", r"""
class Recipe {
  const Recipe({
    required this.id,
    required this.title,
    required this.minutes,
    required this.ingredients,
  });

  // JSON map'ten Recipe oluşturan bir fromJson factory constructor'ı yaz

  final String id;
  final String title;
  final int minutes;
  final List<String> ingredients;
}
""", r"""
factory Recipe.fromJson(Map<String, dynamic> json) {
  return Recipe(
    id: json['id'] as String,
    title: json['title'] as String,
    minutes: json['minutes'] as int,
    ingredients: List<String>.from(json['ingredients'] as List),
  );
}
""", ["factory", "Recipe.fromJson", "id", "title", "minutes", "ingredients"])

row("http_json", "class_body", r"""
class BankTransaction {
  const BankTransaction({
    required this.id,
    required this.amount,
    required this.description,
    required this.date,
  });

  factory BankTransaction.fromJson(Map<String, dynamic> json) => BankTransaction(
        id: json['id'] as String,
        amount: (json['amount'] as num).toDouble(),
        description: json['description'] as String,
        date: DateTime.parse(json['date'] as String),
      );

  final String id;
  final double amount;
  final String description;
  final DateTime date;

  // toJson metodunu ekle, tarih ISO 8601 string olarak yazılsın
}
""", r"""
Map<String, dynamic> toJson() => {
      'id': id,
      'amount': amount,
      'description': description,
      'date': date.toIso8601String(),
    };
""", ["toJson", "toIso8601String", "amount", "description"])

# ---------------------------------------------------------------- storage
row("storage", "statements", r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class NotificationSettingsPage extends StatefulWidget {
  const NotificationSettingsPage({super.key});

  @override
  State<NotificationSettingsPage> createState() => _NotificationSettingsPageState();
}

class _NotificationSettingsPageState extends State<NotificationSettingsPage> {
  static const _key = 'notifications_enabled';
  bool _notificationsOn = true;

  @override
  void initState() {
    super.initState();
    _loadSettings();
  }

  Future<void> _loadSettings() async {
    // SharedPreferences'tan _key ile bildirim ayarını oku (kayıt yoksa true) ve state'e yaz
  }

  Future<void> _save(bool value) async {
    final prefs = await SharedPreferences.getInstance();
    await prefs.setBool(_key, value);
  }

  @override
  Widget build(BuildContext context) {
    return SwitchListTile(
      title: const Text('Bildirimler'),
      value: _notificationsOn,
      onChanged: (value) {
        setState(() => _notificationsOn = value);
        _save(value);
      },
    );
  }
}
""", r"""
final prefs = await SharedPreferences.getInstance();
final enabled = prefs.getBool(_key) ?? true;
if (!mounted) return;
setState(() => _notificationsOn = enabled);
""", ["SharedPreferences.getInstance", "getBool", "_key", "_notificationsOn", "setState"])

row("storage", "statements", r"""
import 'package:hive/hive.dart';

import '../models/note.dart';

class NoteRepository {
  NoteRepository(this._box);

  final Box<Note> _box;

  List<Note> getAll() => _box.values.toList();

  Future<void> saveNote(Note note) async {
    // notu id'sini anahtar yaparak kutuya kaydet
  }

  Future<void> deleteNote(String id) => _box.delete(id);
}
""", r"""
await _box.put(note.id, note);
""", ["_box.put", "note.id"])

row("storage", "callback", r"""
import 'package:flutter/material.dart';
import 'package:sqflite/sqflite.dart';

class Favorite {
  const Favorite({required this.id, required this.title});

  final int id;
  final String title;
}

class FavoritesPage extends StatefulWidget {
  const FavoritesPage({super.key, required this.db, required this.initial});

  final Database db;
  final List<Favorite> initial;

  @override
  State<FavoritesPage> createState() => _FavoritesPageState();
}

class _FavoritesPageState extends State<FavoritesPage> {
  late final List<Favorite> _favorites = [...widget.initial];

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: _favorites.length,
      itemBuilder: (context, index) {
        final fav = _favorites[index];
        return Dismissible(
          key: ValueKey(fav.id),
          direction: DismissDirection.endToStart,
          onDismissed: (direction) {
            // Kaydırılan favoriyi 'favorites' tablosundan id'siyle sil ve listeden çıkar
          },
          child: ListTile(title: Text(fav.title)),
        );
      },
    );
  }
}
""", r"""
widget.db.delete('favorites', where: 'id = ?', whereArgs: [fav.id]);
setState(() => _favorites.removeAt(index));
""", ["widget.db.delete", "whereArgs", "fav.id", "setState", "_favorites.removeAt | _favorites.remove"])

row("storage", "class_body", r"""
import 'package:flutter_secure_storage/flutter_secure_storage.dart';

class TokenStorage {
  TokenStorage([FlutterSecureStorage? storage]) : _storage = storage ?? const FlutterSecureStorage();

  static const _tokenKey = 'auth_token';

  final FlutterSecureStorage _storage;

  Future<void> saveToken(String token) => _storage.write(key: _tokenKey, value: token);

  // Kaydedilmiş token'ı okuyan readToken metodunu ekle

  Future<void> clear() => _storage.delete(key: _tokenKey);
}
""", r"""
Future<String?> readToken() => _storage.read(key: _tokenKey);
""", ["readToken", "_storage.read", "_tokenKey"], checks=["call _storage.read(key: _tokenKey)"])

row("storage", "class_body", r"""
import 'package:path/path.dart';
import 'package:sqflite/sqflite.dart';

class ExpenseDatabase {
  ExpenseDatabase._();

  static final ExpenseDatabase instance = ExpenseDatabase._();

  Database? _db;

  // veritabanını ilk erişimde açan database getter'ı: _db doluysa onu döndür, değilse _open ile aç ve sakla

  Future<Database> _open() async {
    final path = join(await getDatabasesPath(), 'expenses.db');
    return openDatabase(
      path,
      version: 1,
      onCreate: (db, version) => db.execute(
        'CREATE TABLE expenses(id INTEGER PRIMARY KEY, title TEXT, amount REAL, createdAt TEXT)',
      ),
    );
  }
}
""", r"""
Future<Database> get database async {
  return _db ??= await _open();
}
""", ["database", "get", "_db", "_open"])

# ---------------------------------------------------------------- animations
row("animations", "statements", r"""
import 'package:flutter/material.dart';

class AddToCartButton extends StatefulWidget {
  const AddToCartButton({super.key, required this.onPressed});

  final VoidCallback onPressed;

  @override
  State<AddToCartButton> createState() => _AddToCartButtonState();
}

class _AddToCartButtonState extends State<AddToCartButton> with SingleTickerProviderStateMixin {
  late final AnimationController _controller;
  late final Animation<double> _scale;

  @override
  void initState() {
    super.initState();
    // 300 ms'lik bir AnimationController oluştur, _scale'i easeOutBack eğrisiyle ona bağla
  }

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
        icon: const Icon(Icons.add_shopping_cart),
        onPressed: () {
          _controller.forward(from: 0.8);
          widget.onPressed();
        },
      ),
    );
  }
}
""", r"""
_controller = AnimationController(
  vsync: this,
  duration: const Duration(milliseconds: 300),
);
_scale = CurvedAnimation(parent: _controller, curve: Curves.easeOutBack);
""", ["_controller", "AnimationController", "_scale", "Curves.easeOutBack"], checks=["call AnimationController(vsync, duration)"])

row("animations", "callback", r"""
import 'package:flutter/material.dart';

class LikeHeart extends StatefulWidget {
  const LikeHeart({super.key});

  @override
  State<LikeHeart> createState() => _LikeHeartState();
}

class _LikeHeartState extends State<LikeHeart> with SingleTickerProviderStateMixin {
  late final AnimationController _heartController = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 450),
  );

  @override
  void dispose() {
    _heartController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onDoubleTap: () {
        // kalp animasyonunu en baştan tekrar oynat
      },
      child: ScaleTransition(
        scale: Tween(begin: 1.0, end: 1.4).animate(_heartController),
        child: const Icon(Icons.favorite, color: Colors.red, size: 48),
      ),
    );
  }
}
""", r"""
_heartController.forward(from: 0);
""", ["_heartController.forward | _heartController.reset"])

row("animations", "callback", r"""
import 'dart:math';

import 'package:flutter/material.dart';

class FlipCard extends StatefulWidget {
  const FlipCard({super.key, required this.front});

  final Widget front;

  @override
  State<FlipCard> createState() => _FlipCardState();
}

class _FlipCardState extends State<FlipCard> with SingleTickerProviderStateMixin {
  late final AnimationController _controller = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 600),
  );

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTap: () => _controller.isCompleted ? _controller.reverse() : _controller.forward(),
      child: AnimatedBuilder(
        animation: _controller,
        child: widget.front,
        builder: (context, child) {
          // Kartı _controller değerine göre ortadan Y ekseni etrafında 0'dan pi'ye döndür
        },
      ),
    );
  }
}
""", r"""
return Transform(
  alignment: Alignment.center,
  transform: Matrix4.identity()
    ..setEntry(3, 2, 0.001)
    ..rotateY(_controller.value * pi),
  child: child,
);
""", ["Transform", "rotateY", "_controller.value", "pi", "child"])

row("animations", "class_body", r"""
import 'package:flutter/material.dart';

class PulsingDot extends StatefulWidget {
  const PulsingDot({super.key, this.color = Colors.green});

  final Color color;

  @override
  State<PulsingDot> createState() => _PulsingDotState();
}

class _PulsingDotState extends State<PulsingDot> with SingleTickerProviderStateMixin {
  late final AnimationController _controller;

  @override
  void initState() {
    super.initState();
    _controller = AnimationController(vsync: this, duration: const Duration(seconds: 1))..repeat(reverse: true);
  }

  // animasyon controller'ını serbest bırakan dispose metodunu ekle

  @override
  Widget build(BuildContext context) {
    return FadeTransition(
      opacity: _controller,
      child: Container(
        width: 12,
        height: 12,
        decoration: BoxDecoration(color: widget.color, shape: BoxShape.circle),
      ),
    );
  }
}
""", r"""
@override
void dispose() {
  _controller.dispose();
  super.dispose();
}
""", ["_controller.dispose", "super.dispose"])

row("animations", "class_body", r"""
import 'package:flutter/material.dart';

class BreathingCircle extends StatefulWidget {
  const BreathingCircle({super.key});

  @override
  State<BreathingCircle> createState() => _BreathingCircleState();
}

class _BreathingCircleState extends State<BreathingCircle> with SingleTickerProviderStateMixin {
  late final AnimationController _controller;

  @override
  void initState() {
    super.initState();
    _controller = AnimationController(vsync: this, duration: const Duration(seconds: 4));
    _controller.addStatusListener(_onStatus);
    _controller.forward();
  }

  // _onStatus'u yaz: animasyon tamamlanınca geri sarsın, başa dönünce tekrar ileri oynasın

  @override
  void dispose() {
    _controller.removeStatusListener(_onStatus);
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ScaleTransition(
      scale: Tween(begin: 0.6, end: 1.0).animate(_controller),
      child: const CircleAvatar(radius: 80),
    );
  }
}
""", r"""
void _onStatus(AnimationStatus status) {
  if (status == AnimationStatus.completed) {
    _controller.reverse();
  } else if (status == AnimationStatus.dismissed) {
    _controller.forward();
  }
}
""", ["_onStatus", "AnimationStatus", "completed", "dismissed", "_controller.reverse", "_controller.forward"])

# ---------------------------------------------------------------- theming
row("theming", "statements", r"""
import 'package:flutter/material.dart';

class BalanceCard extends StatelessWidget {
  const BalanceCard({super.key, required this.balance, required this.accountName});

  final double balance;
  final String accountName;

  @override
  Widget build(BuildContext context) {
    // temadaki renk şemasını colorScheme'e, metin temasını textTheme'e al
    return Card(
      color: colorScheme.primaryContainer,
      child: Padding(
        padding: const EdgeInsets.all(20),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(accountName, style: textTheme.labelLarge),
            const SizedBox(height: 8),
            Text(
              '${balance.toStringAsFixed(2)} ₺',
              style: textTheme.headlineMedium?.copyWith(color: colorScheme.onPrimaryContainer),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
final theme = Theme.of(context);
final colorScheme = theme.colorScheme;
final textTheme = theme.textTheme;
""", ["Theme.of", "colorScheme", "textTheme"])

row("theming", "statements", r"""
import 'package:flutter/material.dart';

ThemeData buildLightTheme() {
  return ThemeData(
    useMaterial3: true,
    colorScheme: ColorScheme.fromSeed(seedColor: Colors.deepPurple),
  );
}

ThemeData buildDarkTheme() {
  // Mor seed renginden koyu bir Material 3 tema döndür; kartların köşe yarıçapı 16 olsun
}
""", r"""
return ThemeData(
  useMaterial3: true,
  colorScheme: ColorScheme.fromSeed(
    seedColor: Colors.deepPurple,
    brightness: Brightness.dark,
  ),
  cardTheme: CardThemeData(
    shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(16)),
  ),
);
""", ["ThemeData", "ColorScheme.fromSeed | ColorScheme.dark", "Brightness.dark", "cardTheme", "BorderRadius.circular | Radius.circular"], checks=["call ThemeData(colorScheme, cardTheme)"])

row("theming", "callback", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

class ThemeNotifier extends ChangeNotifier {
  bool _isDark = false;

  bool get isDark => _isDark;

  void setDark(bool value) {
    _isDark = value;
    notifyListeners();
  }
}

class AppearanceTile extends StatelessWidget {
  const AppearanceTile({super.key});

  @override
  Widget build(BuildContext context) {
    final isDark = context.watch<ThemeNotifier>().isDark;
    return SwitchListTile(
      title: const Text('Karanlık mod'),
      value: isDark,
      onChanged: (value) {
        // yeni karanlık mod tercihini ThemeNotifier'a ilet
      },
    );
  }
}
""", r"""
context.read<ThemeNotifier>().setDark(value);
""", ["context.read<ThemeNotifier> | Provider.of<ThemeNotifier>", "setDark", "value"])

row("theming", "class_body", r"""
import 'package:flutter/material.dart';

@immutable
class BrandColors extends ThemeExtension<BrandColors> {
  const BrandColors({required this.success, required this.warning});

  final Color success;
  final Color warning;

  @override
  BrandColors copyWith({Color? success, Color? warning}) {
    return BrandColors(success: success ?? this.success, warning: warning ?? this.warning);
  }

  // tema geçişlerinde renkler yumuşak değişsin diye lerp override'ını yaz
}
""", r"""
@override
BrandColors lerp(ThemeExtension<BrandColors>? other, double t) {
  if (other is! BrandColors) {
    return this;
  }
  return BrandColors(
    success: Color.lerp(success, other.success, t)!,
    warning: Color.lerp(warning, other.warning, t)!,
  );
}
""", ["lerp", "Color.lerp", "other", "success", "warning"])

row("theming", "class_body", r"""
import 'package:flutter/material.dart';

enum TaskStatus { open, done, overdue }

class TaskStatusChip extends StatelessWidget {
  const TaskStatusChip({super.key, required this.status, required this.label});

  final TaskStatus status;
  final String label;

  // duruma göre temadan renk seçen _statusColor(context) metodu: tamamlandıysa tertiary, gecikmişse error, açıksa primary

  @override
  Widget build(BuildContext context) {
    final color = _statusColor(context);
    return Chip(
      label: Text(label),
      side: BorderSide(color: color),
      labelStyle: TextStyle(color: color),
    );
  }
}
""", r"""
Color _statusColor(BuildContext context) {
  final colors = Theme.of(context).colorScheme;
  return switch (status) {
    TaskStatus.done => colors.tertiary,
    TaskStatus.overdue => colors.error,
    TaskStatus.open => colors.primary,
  };
}
""", ["_statusColor", "Theme.of", "colorScheme", "status", "tertiary", "error", "primary"], must_not=["Colors.red", "Colors.green", "Colors.blue"])

# ---------------------------------------------------------------- localization
row("localization", "statements", r"""
import 'package:flutter/material.dart';
import 'package:flutter_gen/gen_l10n/app_localizations.dart';

class EmptyCartView extends StatelessWidget {
  const EmptyCartView({super.key, required this.onBrowse});

  final VoidCallback onBrowse;

  @override
  Widget build(BuildContext context) {
    // AppLocalizations'tan çeviri nesnesini l10n değişkenine al
    return Center(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          const Icon(Icons.remove_shopping_cart, size: 64),
          Text(l10n.emptyCartTitle),
          TextButton(onPressed: onBrowse, child: Text(l10n.browseProducts)),
        ],
      ),
    );
  }
}
""", r"""
final l10n = AppLocalizations.of(context)!;
""", ["l10n", "AppLocalizations.of"])

row("localization", "statements", r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

class PriceLabel extends StatelessWidget {
  const PriceLabel({super.key, required this.amount});

  final double amount;

  String _formatPrice(BuildContext context) {
    // tutarı uygulamanın aktif diline göre para birimi formatında biçimlendirip döndür
  }

  @override
  Widget build(BuildContext context) {
    return Text(_formatPrice(context), style: Theme.of(context).textTheme.titleMedium);
  }
}
""", r"""
final locale = Localizations.localeOf(context).toLanguageTag();
return NumberFormat.simpleCurrency(locale: locale).format(amount);
""", ["Localizations.localeOf | Intl.getCurrentLocale | Intl.defaultLocale", "NumberFormat", "format", "amount"])

row("localization", "callback", r"""
import 'package:flutter/material.dart';

class LanguageMenu extends StatelessWidget {
  const LanguageMenu({super.key, required this.current, required this.onLocaleChanged});

  final Locale current;
  final ValueChanged<Locale> onLocaleChanged;

  @override
  Widget build(BuildContext context) {
    return PopupMenuButton<Locale>(
      initialValue: current,
      icon: const Icon(Icons.language),
      onSelected: (locale) {
        // seçilen dil zaten aktifse bir şey yapma, değilse üst widget'a bildir
      },
      itemBuilder: (context) => const [
        PopupMenuItem(value: Locale('tr'), child: Text('Türkçe')),
        PopupMenuItem(value: Locale('en'), child: Text('English')),
      ],
    );
  }
}
""", r"""
if (locale == current) return;
onLocaleChanged(locale);
""", ["current", "onLocaleChanged", "locale"])

row("localization", "callback", r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

class CalendarEvent {
  const CalendarEvent({required this.title, required this.date});

  final String title;
  final DateTime date;
}

class EventsList extends StatelessWidget {
  const EventsList({super.key, required this.events});

  final List<CalendarEvent> events;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: events.length,
      itemBuilder: (context, index) {
        // etkinliğin tarihini Türkçe uzun formatta (12 Mart 2025 gibi) alt başlıkta gösteren ListTile döndür
      },
    );
  }
}
""", r"""
final event = events[index];
final formatted = DateFormat.yMMMMd('tr_TR').format(event.date);
return ListTile(
  title: Text(event.title),
  subtitle: Text(formatted),
);
""", ["events", "index", "DateFormat", "format", "ListTile"], checks=["call ListTile(subtitle)"])

row("localization", "class_body", r"""
import 'package:flutter/material.dart';
import 'package:flutter_localizations/flutter_localizations.dart';

import 'screens/home_screen.dart';

class RecipeApp extends StatelessWidget {
  const RecipeApp({super.key});

  // Uygulamanın desteklediği dilleri (Türkçe ve İngilizce) tutan static const bir liste tanımla

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      supportedLocales: supportedLocales,
      localizationsDelegates: GlobalMaterialLocalizations.delegates,
      home: const HomeScreen(),
    );
  }
}
""", r"""
static const List<Locale> supportedLocales = [Locale('tr'), Locale('en')];
""", ["static", "supportedLocales", "Locale"])

# ---------------------------------------------------------------- platform
row("platform", "statements", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class BatteryIndicator extends StatefulWidget {
  const BatteryIndicator({super.key});

  @override
  State<BatteryIndicator> createState() => _BatteryIndicatorState();
}

class _BatteryIndicatorState extends State<BatteryIndicator> {
  static const _channel = MethodChannel('com.example.app/battery');
  int _level = -1;

  @override
  void initState() {
    super.initState();
    _batteryLevel().then((level) {
      if (mounted) setState(() => _level = level);
    });
  }

  Future<int> _batteryLevel() async {
    // native tarafta 'getBatteryLevel' metodunu çağır; null dönerse ya da PlatformException olursa -1 döndür
  }

  @override
  Widget build(BuildContext context) {
    return Text(_level < 0 ? 'Pil bilgisi yok' : 'Pil: %$_level');
  }
}
""", r"""
try {
  final level = await _channel.invokeMethod<int>('getBatteryLevel');
  return level ?? -1;
} on PlatformException {
  return -1;
}
""", ["_channel.invokeMethod", "PlatformException", "-1"])

row("platform", "statements", r"""
import 'package:flutter/material.dart';
import 'package:url_launcher/url_launcher.dart';

class Place {
  const Place({required this.name, required this.lat, required this.lng});

  final String name;
  final double lat;
  final double lng;
}

class PlaceDetailPage extends StatefulWidget {
  const PlaceDetailPage({super.key, required this.place});

  final Place place;

  @override
  State<PlaceDetailPage> createState() => _PlaceDetailPageState();
}

class _PlaceDetailPageState extends State<PlaceDetailPage> {
  Future<void> _openInMaps() async {
    // mekanın koordinatlarıyla Google Maps linkini oluştur ve harici uygulamada aç; açılamazsa SnackBar göster
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.place.name)),
      floatingActionButton: FloatingActionButton.extended(
        onPressed: _openInMaps,
        icon: const Icon(Icons.map),
        label: const Text('Yol tarifi'),
      ),
    );
  }
}
""", r"""
final place = widget.place;
final uri = Uri.parse('https://www.google.com/maps/search/?api=1&query=${place.lat},${place.lng}');
final opened = await launchUrl(uri, mode: LaunchMode.externalApplication);
if (!opened && mounted) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Harita açılamadı')),
  );
}
""", ["launchUrl", "LaunchMode.externalApplication", "widget.place", "lat", "lng", "showSnackBar"])

row("platform", "callback", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class CouponCard extends StatelessWidget {
  const CouponCard({super.key, required this.couponCode, required this.discount});

  final String couponCode;
  final int discount;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: ListTile(
        title: Text('%$discount indirim'),
        subtitle: Text(couponCode),
        trailing: IconButton(
          icon: const Icon(Icons.copy),
          onPressed: () async {
            // kupon kodunu panoya kopyala, ardından 'Kod kopyalandı' SnackBar'ı göster
          },
        ),
      ),
    );
  }
}
""", r"""
await Clipboard.setData(ClipboardData(text: couponCode));
if (!context.mounted) return;
ScaffoldMessenger.of(context).showSnackBar(
  const SnackBar(content: Text('Kod kopyalandı')),
);
""", ["Clipboard.setData", "ClipboardData", "couponCode | $couponCode", "showSnackBar"])

row("platform", "callback", r"""
import 'dart:io';

import 'package:flutter/cupertino.dart';
import 'package:flutter/material.dart';

class LogoutButton extends StatelessWidget {
  const LogoutButton({super.key, required this.onLogout});

  final VoidCallback onLogout;

  @override
  Widget build(BuildContext context) {
    return IconButton(
      icon: const Icon(Icons.logout),
      onPressed: () => showDialog<void>(
        context: context,
        builder: (context) {
          // iOS'ta CupertinoAlertDialog, diğer platformlarda AlertDialog döndür; 'Çıkış yap' onayında onLogout çağrılsın
        },
      ),
    );
  }
}
""", r"""
void confirm() {
  Navigator.of(context).pop();
  onLogout();
}

if (Platform.isIOS) {
  return CupertinoAlertDialog(
    title: const Text('Çıkış yapılsın mı?'),
    actions: [
      CupertinoDialogAction(onPressed: () => Navigator.of(context).pop(), child: const Text('Vazgeç')),
      CupertinoDialogAction(isDestructiveAction: true, onPressed: confirm, child: const Text('Çıkış yap')),
    ],
  );
}
return AlertDialog(
  title: const Text('Çıkış yapılsın mı?'),
  actions: [
    TextButton(onPressed: () => Navigator.of(context).pop(), child: const Text('Vazgeç')),
    TextButton(onPressed: confirm, child: const Text('Çıkış yap')),
  ],
);
""", ["Platform.isIOS | TargetPlatform.iOS", "CupertinoAlertDialog", "AlertDialog", "onLogout"])

row("platform", "class_body", r"""
import 'package:flutter/material.dart';
import 'package:geolocator/geolocator.dart';

class NearbyRunsPage extends StatefulWidget {
  const NearbyRunsPage({super.key});

  @override
  State<NearbyRunsPage> createState() => _NearbyRunsPageState();
}

class _NearbyRunsPageState extends State<NearbyRunsPage> {
  Position? _position;

  // konum iznini kontrol eden, reddedilmişse isteyen ve izin verildiyse true döndüren _ensurePermission metodunu yaz

  Future<void> _locate() async {
    if (!await _ensurePermission()) return;
    final position = await Geolocator.getCurrentPosition();
    if (mounted) setState(() => _position = position);
  }

  @override
  Widget build(BuildContext context) {
    return Center(
      child: _position == null
          ? FilledButton(onPressed: _locate, child: const Text('Konumumu bul'))
          : Text('${_position!.latitude}, ${_position!.longitude}'),
    );
  }
}
""", r"""
Future<bool> _ensurePermission() async {
  var permission = await Geolocator.checkPermission();
  if (permission == LocationPermission.denied) {
    permission = await Geolocator.requestPermission();
  }
  return permission == LocationPermission.always ||
      permission == LocationPermission.whileInUse;
}
""", ["_ensurePermission", "Geolocator.checkPermission", "Geolocator.requestPermission", "LocationPermission"])

# ---------------------------------------------------------------- images_assets
row("images_assets", "statements", r"""
import 'package:flutter/material.dart';

class OnboardingPage extends StatefulWidget {
  const OnboardingPage({super.key});

  @override
  State<OnboardingPage> createState() => _OnboardingPageState();
}

class _OnboardingPageState extends State<OnboardingPage> {
  static const _coverPath = 'assets/images/onboarding_cover.jpg';

  @override
  void didChangeDependencies() {
    super.didChangeDependencies();
    // kapak görselini ilk karede titremesin diye önceden belleğe yükle
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: Stack(
        fit: StackFit.expand,
        children: [
          Image.asset(_coverPath, fit: BoxFit.cover),
          const Align(alignment: Alignment.bottomCenter, child: Text('Hoş geldiniz')),
        ],
      ),
    );
  }
}
""", r"""
precacheImage(const AssetImage(_coverPath), context);
""", ["precacheImage", "AssetImage", "_coverPath", "context"])

row("images_assets", "statements", r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:image_picker/image_picker.dart';

class AvatarEditor extends StatefulWidget {
  const AvatarEditor({super.key});

  @override
  State<AvatarEditor> createState() => _AvatarEditorState();
}

class _AvatarEditorState extends State<AvatarEditor> {
  final _picker = ImagePicker();
  File? _avatar;

  Future<void> _pickAvatar() async {
    // galeriden en fazla 1024 piksele küçültülmüş bir fotoğraf seç; seçildiyse _avatar'a File olarak ata
  }

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTap: _pickAvatar,
      child: CircleAvatar(
        radius: 48,
        backgroundImage: _avatar != null ? FileImage(_avatar!) : null,
        child: _avatar == null ? const Icon(Icons.camera_alt) : null,
      ),
    );
  }
}
""", r"""
final picked = await _picker.pickImage(
  source: ImageSource.gallery,
  maxWidth: 1024,
  maxHeight: 1024,
);
if (picked == null) return;
setState(() => _avatar = File(picked.path));
""", ["_picker.pickImage", "ImageSource.gallery", "maxWidth", "_avatar", "File", "setState"])

row("images_assets", "callback", r"""
import 'package:flutter/material.dart';

class ProductImage extends StatelessWidget {
  const ProductImage({super.key, required this.url});

  final String url;

  @override
  Widget build(BuildContext context) {
    return AspectRatio(
      aspectRatio: 1,
      child: Image.network(
        url,
        fit: BoxFit.cover,
        loadingBuilder: (context, child, loadingProgress) {
          // yükleme bittiyse görseli döndür, bitmediyse indirilen yüzdeyi gösteren dairesel gösterge göster
        },
      ),
    );
  }
}
""", r"""
if (loadingProgress == null) {
  return child;
}
final total = loadingProgress.expectedTotalBytes;
return Center(
  child: CircularProgressIndicator(
    value: total != null ? loadingProgress.cumulativeBytesLoaded / total : null,
  ),
);
""", ["loadingProgress", "child", "CircularProgressIndicator", "cumulativeBytesLoaded", "expectedTotalBytes"], checks=["call CircularProgressIndicator(value)"])

row("images_assets", "callback", r"""
import 'package:flutter/material.dart';

class ArticleThumbnail extends StatelessWidget {
  const ArticleThumbnail({super.key, required this.imageUrl});

  final String imageUrl;

  @override
  Widget build(BuildContext context) {
    return ClipRRect(
      borderRadius: BorderRadius.circular(12),
      child: Image.network(
        imageUrl,
        width: 96,
        height: 96,
        fit: BoxFit.cover,
        errorBuilder: (context, error, stackTrace) {
          // görsel yüklenemezse aynı boyutta gri bir kutu içinde kırık resim ikonu göster
        },
      ),
    );
  }
}
""", r"""
return Container(
  width: 96,
  height: 96,
  color: Colors.grey.shade300,
  alignment: Alignment.center,
  child: const Icon(Icons.broken_image, color: Colors.grey),
);
""", ["Icons.broken_image | Icons.broken_image_outlined | Icons.image_not_supported | Icons.image_not_supported_outlined", "Colors.grey", "96"])

row("images_assets", "class_body", r"""
import 'package:flutter/material.dart';

class UserAvatar extends StatelessWidget {
  const UserAvatar({super.key, this.imageUrl, this.radius = 24});

  final String? imageUrl;
  final double radius;

  // imageUrl varsa NetworkImage, yoksa 'assets/images/avatar_placeholder.png' asset'ini döndüren _imageProvider getter'ı yaz

  @override
  Widget build(BuildContext context) {
    return CircleAvatar(radius: radius, backgroundImage: _imageProvider);
  }
}
""", r"""
ImageProvider get _imageProvider {
  final url = imageUrl;
  if (url != null && url.isNotEmpty) {
    return NetworkImage(url);
  }
  return const AssetImage('assets/images/avatar_placeholder.png');
}
""", ["_imageProvider", "get", "ImageProvider", "NetworkImage | CachedNetworkImageProvider", "AssetImage", "imageUrl"])

# ---------------------------------------------------------------- testing
row("testing", "callback", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:tally/counter_page.dart';

void main() {
  testWidgets('artı butonuna basınca sayaç 1 olur', (tester) async {
    // CounterPage'i MaterialApp içinde pompala, add ikonlu butona bas ve ekranda '1' yazdığını doğrula
  });
}
""", r"""
await tester.pumpWidget(const MaterialApp(home: CounterPage()));
expect(find.text('0'), findsOneWidget);
await tester.tap(find.byIcon(Icons.add));
await tester.pump();
expect(find.text('1'), findsOneWidget);
""", ["tester.pumpWidget", "MaterialApp", "CounterPage", "tester.tap", "find.byIcon", "tester.pump | tester.pumpAndSettle", "find.text", "findsOneWidget"])

row("testing", "callback", r"""
import 'package:flutter_test/flutter_test.dart';
import 'package:mocktail/mocktail.dart';
import 'package:shop/catalog/catalog_cubit.dart';
import 'package:shop/catalog/product_repository.dart';

class MockProductRepository extends Mock implements ProductRepository {}

void main() {
  late MockProductRepository mockRepo;
  late CatalogCubit cubit;

  setUp(() {
    mockRepo = MockProductRepository();
    cubit = CatalogCubit(mockRepo);
  });

  test('hata olursa ürün listesi boş kalır', () async {
    // mockRepo.getProducts çağrılınca Exception fırlatacak şekilde ayarla
    await cubit.load();
    expect(cubit.state.products, isEmpty);
  });
}
""", r"""
when(() => mockRepo.getProducts()).thenThrow(Exception('ağ hatası'));
""", ["when", "mockRepo.getProducts", "thenThrow"])

row("testing", "callback", r"""
import 'package:flutter_test/flutter_test.dart';
import 'package:mocktail/mocktail.dart';
import 'package:bank/auth/auth_repository.dart';
import 'package:bank/auth/login_service.dart';

class MockAuthRepository extends Mock implements AuthRepository {}

void main() {
  late MockAuthRepository repo;
  late LoginService service;

  setUp(() {
    // her testten önce yeni bir mock repository oluştur ve servisi onunla kur
  });

  test('doğru şifreyle giriş başarılı', () async {
    when(() => repo.login('ali', '1234')).thenAnswer((_) async => true);
    expect(await service.login('ali', '1234'), isTrue);
  });
}
""", r"""
repo = MockAuthRepository();
service = LoginService(repo);
""", ["repo = MockAuthRepository", "service = LoginService", "repo"])

row("testing", "statements", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:notes/widgets/note_card.dart';

Widget buildTestable(Widget child) {
  // widget'ı test için MaterialApp ve Scaffold içine sarıp döndür
}

void main() {
  testWidgets('not kartı başlığı gösterir', (tester) async {
    await tester.pumpWidget(buildTestable(const NoteCard(title: 'Alışveriş')));
    expect(find.text('Alışveriş'), findsOneWidget);
  });
}
""", r"""
return MaterialApp(
  home: Scaffold(body: child),
);
""", ["MaterialApp", "Scaffold", "child", "return"])

row("testing", "class_body", r"""
import 'package:flutter_test/flutter_test.dart';

abstract class WeatherApi {
  Future<double> fetchTemperature(String city);
  Future<String> fetchCondition(String city);
}

class FakeWeatherApi extends Fake implements WeatherApi {
  // fetchTemperature'ı her şehir için 21.5 döndürecek şekilde override et
}

void main() {
  test('sıcaklık okunur', () async {
    final api = FakeWeatherApi();
    expect(await api.fetchTemperature('İzmir'), 21.5);
  });
}
""", r"""
@override
Future<double> fetchTemperature(String city) async => 21.5;
""", ["fetchTemperature", "21.5"])

# ---------------------------------------------------------------- performance
row("performance", "statements", r"""
import 'dart:convert';

import 'package:flutter/foundation.dart';
import 'package:flutter/material.dart';

class Product {
  const Product({required this.id, required this.name});

  factory Product.fromJson(Map<String, dynamic> json) =>
      Product(id: json['id'] as int, name: json['name'] as String);

  final int id;
  final String name;
}

List<Product> parseProducts(String raw) {
  final list = jsonDecode(raw) as List<dynamic>;
  return list.map((e) => Product.fromJson(e as Map<String, dynamic>)).toList();
}

class CatalogView extends StatefulWidget {
  const CatalogView({super.key, required this.rawJson});

  final String rawJson;

  @override
  State<CatalogView> createState() => _CatalogViewState();
}

class _CatalogViewState extends State<CatalogView> {
  List<Product> _products = const [];

  @override
  void initState() {
    super.initState();
    _parseCatalog();
  }

  Future<void> _parseCatalog() async {
    // büyük JSON'u arayüz takılmasın diye parseProducts ile ayrı bir isolate'te parse et ve _products'a yaz
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: _products.length,
      itemBuilder: (context, index) => ListTile(title: Text(_products[index].name)),
    );
  }
}
""", r"""
final products = await compute(parseProducts, widget.rawJson);
if (!mounted) return;
setState(() => _products = products);
""", ["compute | Isolate.run", "parseProducts", "widget.rawJson", "_products", "setState"])

row("performance", "statements", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class RecipeSearchBar extends StatefulWidget {
  const RecipeSearchBar({super.key, required this.onSearch});

  final Future<void> Function(String query) onSearch;

  @override
  State<RecipeSearchBar> createState() => _RecipeSearchBarState();
}

class _RecipeSearchBarState extends State<RecipeSearchBar> {
  Timer? _debounce;

  void _onSearchChanged(String query) {
    // 400 ms debounce uygula: önceki zamanlayıcıyı iptal et, yenisi dolunca widget.onSearch'ü çağır
  }

  @override
  void dispose() {
    _debounce?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextField(
      onChanged: _onSearchChanged,
      decoration: const InputDecoration(prefixIcon: Icon(Icons.search), hintText: 'Tarif ara'),
    );
  }
}
""", r"""
_debounce?.cancel();
_debounce = Timer(const Duration(milliseconds: 400), () {
  widget.onSearch(query);
});
""", ["_debounce", "cancel", "Timer", "milliseconds: 400", "widget.onSearch", "query"])

row("performance", "callback", r"""
import 'package:flutter/material.dart';

class Photo {
  const Photo({required this.url, required this.caption});

  final String url;
  final String caption;
}

class PhotoRow extends StatelessWidget {
  const PhotoRow({super.key, required this.photo});

  final Photo photo;

  @override
  Widget build(BuildContext context) {
    return ListTile(leading: Image.network(photo.url, width: 56), title: Text(photo.caption));
  }
}

class GalleryFeed extends StatelessWidget {
  const GalleryFeed({super.key, required this.photos});

  final List<Photo> photos;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: photos.length,
      itemBuilder: (context, index) {
        // satırı PhotoRow ile oluştur ve gereksiz yeniden çizimleri önlemek için RepaintBoundary ile sar
      },
    );
  }
}
""", r"""
return RepaintBoundary(
  child: PhotoRow(photo: photos[index]),
);
""", ["RepaintBoundary", "PhotoRow", "photos", "index"], checks=["call RepaintBoundary(child: PhotoRow)"])

row("performance", "class_body", r"""
import 'package:flutter/material.dart';

class FeedTab extends StatefulWidget {
  const FeedTab({super.key});

  @override
  State<FeedTab> createState() => _FeedTabState();
}

class _FeedTabState extends State<FeedTab> with AutomaticKeepAliveClientMixin {
  final _items = List.generate(200, (i) => 'Gönderi ${i + 1}');

  // sekmeler arasında geçince bu sekmenin state'i ve scroll konumu kaybolmasın

  @override
  Widget build(BuildContext context) {
    super.build(context);
    return ListView.builder(
      itemCount: _items.length,
      itemBuilder: (context, index) => ListTile(title: Text(_items[index])),
    );
  }
}
""", r"""
@override
bool get wantKeepAlive => true;
""", ["wantKeepAlive", "true"])

row("performance", "class_body", r"""
import 'package:flutter/foundation.dart';
import 'package:flutter/material.dart';

class StepsChartPainter extends CustomPainter {
  StepsChartPainter({required this.points, required this.color});

  final List<double> points;
  final Color color;

  @override
  void paint(Canvas canvas, Size size) {
    if (points.length < 2) return;
    final paint = Paint()
      ..color = color
      ..strokeWidth = 2
      ..style = PaintingStyle.stroke;
    final path = Path();
    final dx = size.width / (points.length - 1);
    for (var i = 0; i < points.length; i++) {
      final y = size.height * (1 - points[i]);
      i == 0 ? path.moveTo(0, y) : path.lineTo(i * dx, y);
    }
    canvas.drawPath(path, paint);
  }

  // sadece noktalar veya renk değiştiyse yeniden çizilsin
}
""", r"""
@override
bool shouldRepaint(covariant StepsChartPainter oldDelegate) {
  return !listEquals(oldDelegate.points, points) || oldDelegate.color != color;
}
""", ["shouldRepaint", "oldDelegate", "points", "color"])

# ---------------------------------------------------------------- dart_language
row("dart_language", "statements", r"""
import 'package:flutter/material.dart';

class GreetingHeader extends StatelessWidget {
  const GreetingHeader({super.key, required this.userName});

  final String userName;

  String _greetingFor(DateTime now) {
    // saate göre 'Günaydın' (12'den önce), 'İyi günler' (18'den önce) ya da 'İyi akşamlar' döndür; switch ifadesi kullan
  }

  @override
  Widget build(BuildContext context) {
    return Text(
      '${_greetingFor(DateTime.now())}, $userName',
      style: Theme.of(context).textTheme.headlineSmall,
    );
  }
}
""", r"""
return switch (now.hour) {
  < 12 => 'Günaydın',
  < 18 => 'İyi günler',
  _ => 'İyi akşamlar',
};
""", ["switch", "now.hour", "return"])

row("dart_language", "callback", r"""
class Expense {
  const Expense({required this.title, required this.amount, required this.date});

  final String title;
  final double amount;
  final DateTime date;
}

class BudgetCalculator {
  BudgetCalculator(this._expenses);

  final List<Expense> _expenses;

  double spentThisMonth() {
    final now = DateTime.now();
    final monthly = _expenses.where((e) {
      // sadece içinde bulunduğumuz yıl ve aya ait harcamaları tut
    });
    return monthly.fold(0, (sum, e) => sum + e.amount);
  }
}
""", r"""
return e.date.year == now.year && e.date.month == now.month;
""", ["e.date", "now.year", "now.month", "return"])

row("dart_language", "class_body", r"""
class Money {
  const Money(this.amount, this.currency);

  final int amount; // in kuruş
  final String currency;

  Money operator +(Money other) {
    assert(other.currency == currency);
    return Money(amount + other.amount, currency);
  }

  // iki Money nesnesi tutar ve para birimi aynıysa eşit sayılsın; == ve hashCode override et
}
""", r"""
@override
bool operator ==(Object other) =>
    identical(this, other) ||
    other is Money && other.amount == amount && other.currency == currency;

@override
int get hashCode => Object.hash(amount, currency);
""", ["operator ==", "hashCode", "amount", "currency"])

row("dart_language", "class_body", r"""
class Note {
  const Note({
    required this.id,
    required this.title,
    required this.content,
    this.isPinned = false,
    required this.updatedAt,
  });

  final String id;
  final String title;
  final String content;
  final bool isPinned;
  final DateTime updatedAt;

  // id dışındaki alanları isteğe bağlı değiştiren bir copyWith metodu yaz
}
""", r"""
Note copyWith({
  String? title,
  String? content,
  bool? isPinned,
  DateTime? updatedAt,
}) {
  return Note(
    id: id,
    title: title ?? this.title,
    content: content ?? this.content,
    isPinned: isPinned ?? this.isPinned,
    updatedAt: updatedAt ?? this.updatedAt,
  );
}
""", ["copyWith", "title", "content", "isPinned", "updatedAt", "id: id"])

row("dart_language", "class_body", r"""
enum OrderStatus {
  pending,
  shipped,
  delivered,
  cancelled;

  // her durum için Türkçe etiket döndüren label getter'ını ekle (Beklemede, Kargoda, Teslim edildi, İptal edildi)

  bool get isFinal => this == OrderStatus.delivered || this == OrderStatus.cancelled;
}
""", r"""
String get label => switch (this) {
      OrderStatus.pending => 'Beklemede',
      OrderStatus.shipped => 'Kargoda',
      OrderStatus.delivered => 'Teslim edildi',
      OrderStatus.cancelled => 'İptal edildi',
    };
""", ["label", "get", "pending", "shipped", "delivered", "cancelled"])


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        for data in ROWS:
            handle.write(json.dumps(data, ensure_ascii=False) + "\n")
    positions = Counter(r["position"] for r in ROWS)
    topics = Counter(r["topic"] for r in ROWS)
    print(f"{len(ROWS)} rows -> {OUT}")
    print(dict(positions))
    print(dict(topics))


if __name__ == "__main__":
    main()
