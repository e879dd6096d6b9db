"""In-context HELD-OUT confirmation rows (holdout-1): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics lists / forms / navigation.

Run: .venv/bin/python experiments/in-context-authoring/holdout-1.py  -> data/in_context/drafts/holdout-1.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-1", "hold1")
row = ROWS.row


# ================================================================ statements
row("lists", "statements", r"""
import 'package:flutter/material.dart';

class Workout {
  const Workout({required this.name, required this.minutes, required this.completed});

  final String name;
  final int minutes;
  final bool completed;
}

class WorkoutHistory extends StatelessWidget {
  const WorkoutHistory({super.key, required this.workouts});

  final List<Workout> workouts;

  @override
  Widget build(BuildContext context) {
    // sadece tamamlanmis antrenmanlari done listesine al
    if (done.isEmpty) {
      return const Center(child: Text('Henüz tamamlanan antrenman yok'));
    }
    return ListView.builder(
      itemCount: done.length,
      itemBuilder: (context, index) {
        final workout = done[index];
        return ListTile(
          leading: const Icon(Icons.check_circle, color: Colors.green),
          title: Text(workout.name),
          trailing: Text('${workout.minutes} dk'),
        );
      },
    );
  }
}
""", r"""
final done = workouts.where((w) => w.completed).toList();
""", ["done", "where", "completed"])

row("forms", "statements", r"""
import 'package:flutter/material.dart';

class TransferForm extends StatefulWidget {
  const TransferForm({super.key, required this.onTransfer});

  final Future<void> Function(String iban, double amount) onTransfer;

  @override
  State<TransferForm> createState() => _TransferFormState();
}

class _TransferFormState extends State<TransferForm> {
  final _ibanController = TextEditingController();
  final _amountController = TextEditingController();

  Future<void> _send() async {
    // Tutar alanındaki metni sayıya çevir; sayı değilse "Geçersiz tutar" diye SnackBar göster ve çık
    await widget.onTransfer(_ibanController.text.trim(), amount);
    if (!mounted) return;
    Navigator.of(context).pop();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(controller: _ibanController, decoration: const InputDecoration(labelText: 'IBAN')),
        TextField(
          controller: _amountController,
          keyboardType: const TextInputType.numberWithOptions(decimal: true),
          decoration: const InputDecoration(labelText: 'Tutar (₺)'),
        ),
        FilledButton(onPressed: _send, child: const Text('Gönder')),
      ],
    );
  }
}
""", r"""
final amount = double.tryParse(_amountController.text.trim().replaceAll(',', '.'));
if (amount == null) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Geçersiz tutar')),
  );
  return;
}
""", ["double.tryParse | num.tryParse", "_amountController", "SnackBar"], must_not=["double.parse"])

row("navigation", "statements", r"""
import 'package:flutter/material.dart';

class OnboardingPage extends StatelessWidget {
  const OnboardingPage({super.key});

  @override
  Widget build(BuildContext context) {
    return const Scaffold(body: Center(child: Text('Hoş geldin!')));
  }
}

class HomePage extends StatefulWidget {
  const HomePage({super.key, required this.onboardingSeen});

  final bool onboardingSeen;

  @override
  State<HomePage> createState() => _HomePageState();
}

class _HomePageState extends State<HomePage> {
  @override
  void initState() {
    super.initState();
    // İlk kare çizildikten sonra, tanıtım daha önce görülmediyse OnboardingPage'i aç
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ana sayfa')),
      body: const Center(child: Text('Bugünkü görevlerin')),
    );
  }
}
""", r"""
WidgetsBinding.instance.addPostFrameCallback((_) {
  if (!widget.onboardingSeen && mounted) {
    Navigator.of(context).push(
      MaterialPageRoute(builder: (context) => const OnboardingPage()),
    );
  }
});
""", ["addPostFrameCallback", "onboardingSeen", "OnboardingPage"])

row("lists", "statements", r"""
import 'package:flutter/material.dart';

class Note {
  const Note({required this.id, required this.text});

  final String id;
  final String text;
}

abstract class NotesApi {
  Future<List<Note>> fetchNewerThan(String? id);
}

class NotesFeed extends StatefulWidget {
  const NotesFeed({super.key, required this.api});

  final NotesApi api;

  @override
  State<NotesFeed> createState() => _NotesFeedState();
}

class _NotesFeedState extends State<NotesFeed> {
  final List<Note> _notes = [];

  Future<void> _refresh() async {
    final fresh = await widget.api.fetchNewerThan(_notes.isEmpty ? null : _notes.first.id);
    if (!mounted) return;
    // gelen yeni notları listenin en başına ekle ve ekranı yenile
  }

  @override
  Widget build(BuildContext context) {
    return RefreshIndicator(
      onRefresh: _refresh,
      child: ListView.builder(
        itemCount: _notes.length,
        itemBuilder: (context, index) => ListTile(title: Text(_notes[index].text)),
      ),
    );
  }
}
""", r"""
setState(() {
  _notes.insertAll(0, fresh);
});
""", ["setState", "insertAll", "_notes"], must_not=["addAll"])

# ================================================================ callback
row("lists", "callback", r"""
import 'package:flutter/material.dart';

class Recipe {
  const Recipe({required this.id, required this.title});

  final String id;
  final String title;
}

class SavedRecipes extends StatefulWidget {
  const SavedRecipes({super.key, required this.initial});

  final List<Recipe> initial;

  @override
  State<SavedRecipes> createState() => _SavedRecipesState();
}

class _SavedRecipesState extends State<SavedRecipes> {
  late final List<Recipe> _recipes = [...widget.initial];

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: _recipes.length,
      itemBuilder: (context, index) {
        final recipe = _recipes[index];
        return Dismissible(
          key: ValueKey(recipe.id),
          direction: DismissDirection.endToStart,
          background: Container(color: Colors.red),
          onDismissed: (direction) {
            // Tarifi listeden sil, "Geri al" düğmeli bir SnackBar göster; geri alınırsa tarifi aynı yerine koy
          },
          child: ListTile(title: Text(recipe.title)),
        );
      },
    );
  }
}
""", r"""
setState(() => _recipes.removeAt(index));
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(
    content: Text('${recipe.title} silindi'),
    action: SnackBarAction(
      label: 'Geri al',
      onPressed: () => setState(() => _recipes.insert(index, recipe)),
    ),
  ),
);
""", ["removeAt | remove", "SnackBarAction", "insert"])

row("forms", "callback", r"""
import 'package:flutter/material.dart';

class SignUpNameField extends StatefulWidget {
  const SignUpNameField({super.key, required this.controller});

  final TextEditingController controller;

  @override
  State<SignUpNameField> createState() => _SignUpNameFieldState();
}

class _SignUpNameFieldState extends State<SignUpNameField> {
  String? _usernameError;

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: widget.controller,
      decoration: InputDecoration(
        labelText: 'Kullanıcı adı',
        errorText: _usernameError,
      ),
      onChanged: (value) {
        // yazılan ad 3 karakterden kısaysa hata olarak 'En az 3 karakter' göster, değilse hatayı kaldır
      },
    );
  }
}
""", r"""
setState(() {
  _usernameError = value.trim().length < 3 ? 'En az 3 karakter' : null;
});
""", ["setState", "_usernameError", "length"])

row("navigation", "callback", r"""
import 'package:flutter/material.dart';

abstract final class AppRoutes {
  static const home = '/';
  static const settings = '/settings';
  static const help = '/help';
}

class MusicDrawer extends StatelessWidget {
  const MusicDrawer({super.key});

  @override
  Widget build(BuildContext context) {
    return Drawer(
      child: ListView(
        children: [
          const DrawerHeader(child: Text('Müzik')),
          ListTile(
            leading: const Icon(Icons.settings),
            title: const Text('Ayarlar'),
            onTap: () {
              // once cekmeceyi kapat, sonra ayarlar sayfasina git
            },
          ),
          ListTile(
            leading: const Icon(Icons.help_outline),
            title: const Text('Yardım'),
            onTap: () => Navigator.pushNamed(context, AppRoutes.help),
          ),
        ],
      ),
    );
  }
}
""", r"""
Navigator.pop(context);
Navigator.pushNamed(context, AppRoutes.settings);
""", ["Navigator.pop | Navigator.of | closeDrawer", "pushNamed", "AppRoutes.settings"])

row("lists", "callback", r"""
import 'package:flutter/material.dart';

class Product {
  const Product({required this.name, required this.price});

  final String name;
  final double price;
}

class ProductSearch extends StatefulWidget {
  const ProductSearch({super.key, required this.products});

  final List<Product> products;

  @override
  State<ProductSearch> createState() => _ProductSearchState();
}

class _ProductSearchState extends State<ProductSearch> {
  final _searchController = TextEditingController();
  late List<Product> _visible = widget.products;

  @override
  void initState() {
    super.initState();
    _searchController.addListener(() {
      // Adında aranan metin geçen ürünleri _visible'a koy, büyük küçük harf fark etmesin
    });
  }

  @override
  void dispose() {
    _searchController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(controller: _searchController, decoration: const InputDecoration(hintText: 'Ürün ara')),
        Expanded(
          child: ListView(
            children: [for (final p in _visible) ListTile(title: Text(p.name))],
          ),
        ),
      ],
    );
  }
}
""", r"""
final query = _searchController.text.trim().toLowerCase();
setState(() {
  _visible = widget.products.where((p) => p.name.toLowerCase().contains(query)).toList();
});
""", ["_visible", "toLowerCase", "contains"])

# ================================================================ class_body
row("forms", "class_body", r"""
import 'package:flutter/material.dart';

enum PaymentMethod { card, transfer, cashOnDelivery }

class CheckoutPayment extends StatefulWidget {
  const CheckoutPayment({super.key});

  @override
  State<CheckoutPayment> createState() => _CheckoutPaymentState();
}

class _CheckoutPaymentState extends State<CheckoutPayment> {
  // Seçili ödeme yöntemini tutan bir alan ekle, başta kredi kartı seçili olsun

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        for (final method in PaymentMethod.values)
          RadioListTile<PaymentMethod>(
            value: method,
            groupValue: _method,
            title: Text(method.name),
            onChanged: (value) => setState(() => _method = value!),
          ),
      ],
    );
  }
}
""", r"""
PaymentMethod _method = PaymentMethod.card;
""", ["_method", "PaymentMethod.card"])

row("navigation", "class_body", r"""
import 'package:flutter/material.dart';

class Trip {
  const Trip({required this.city, required this.days});

  final String city;
  final int days;
}

class TripDetailPage extends StatelessWidget {
  const TripDetailPage({super.key, required this.trip});

  final Trip trip;

  @override
  Widget build(BuildContext context) => Scaffold(appBar: AppBar(title: Text(trip.city)));
}

class TripList extends StatefulWidget {
  const TripList({super.key, required this.trips});

  final List<Trip> trips;

  @override
  State<TripList> createState() => _TripListState();
}

class _TripListState extends State<TripList> {
  // Seyahati TripDetailPage'de açan _openDetail metodunu yaz; sayfa solarak (fade) gelsin

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        for (final trip in widget.trips)
          ListTile(title: Text(trip.city), subtitle: Text('${trip.days} gün'), onTap: () => _openDetail(trip)),
      ],
    );
  }
}
""", r"""
void _openDetail(Trip trip) {
  Navigator.of(context).push(
    PageRouteBuilder<void>(
      pageBuilder: (context, animation, secondaryAnimation) => TripDetailPage(trip: trip),
      transitionsBuilder: (context, animation, secondaryAnimation, child) =>
          FadeTransition(opacity: animation, child: child),
    ),
  );
}
""", ["_openDetail", "FadeTransition", "TripDetailPage"])

row("lists", "class_body", r"""
import 'package:flutter/material.dart';

class Post {
  const Post({required this.author, required this.body});

  final String author;
  final String body;
}

class PostFeed extends StatefulWidget {
  const PostFeed({super.key});

  @override
  State<PostFeed> createState() => _PostFeedState();
}

class _PostFeedState extends State<PostFeed> {
  final List<Post> _posts = [];
  bool _loading = false;

  // yükleme sürerken listenin sonuna bir gösterge eklenebilsin diye öğe sayısını veren _itemCount getter'ını yaz

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: _itemCount,
      itemBuilder: (context, index) {
        if (index == _posts.length) {
          return const Padding(
            padding: EdgeInsets.all(16),
            child: Center(child: CircularProgressIndicator()),
          );
        }
        final post = _posts[index];
        return ListTile(title: Text(post.author), subtitle: Text(post.body));
      },
    );
  }
}
""", r"""
int get _itemCount => _loading ? _posts.length + 1 : _posts.length;
""", ["_itemCount", "_loading", "_posts.length"])

row("forms", "class_body", r"""
import 'package:flutter/material.dart';

class ReminderForm extends StatefulWidget {
  const ReminderForm({super.key});

  @override
  State<ReminderForm> createState() => _ReminderFormState();
}

class _ReminderFormState extends State<ReminderForm> {
  final _titleController = TextEditingController();
  TimeOfDay? _reminderTime;

  // saat seçiciyi açan ve seçilen saati _reminderTime'a yazan _pickTime metodu nasıl olur?

  @override
  void dispose() {
    _titleController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(controller: _titleController, decoration: const InputDecoration(labelText: 'Hatırlatma')),
        ListTile(
          leading: const Icon(Icons.alarm),
          title: Text(_reminderTime?.format(context) ?? 'Saat seç'),
          onTap: _pickTime,
        ),
      ],
    );
  }
}
""", r"""
Future<void> _pickTime() async {
  final picked = await showTimePicker(
    context: context,
    initialTime: _reminderTime ?? TimeOfDay.now(),
  );
  if (picked != null) {
    setState(() => _reminderTime = picked);
  }
}
""", ["_pickTime", "showTimePicker", "_reminderTime"])

# ================================================================ element
row("navigation", "element", r"""
import 'package:flutter/material.dart';

class ChatShell extends StatefulWidget {
  const ChatShell({super.key, required this.unreadCount, required this.pages});

  final int unreadCount;
  final List<Widget> pages;

  @override
  State<ChatShell> createState() => _ChatShellState();
}

class _ChatShellState extends State<ChatShell> {
  int _selected = 0;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: widget.pages[_selected],
      bottomNavigationBar: NavigationBar(
        selectedIndex: _selected,
        onDestinationSelected: (index) => setState(() => _selected = index),
        destinations: [
          const NavigationDestination(icon: Icon(Icons.home_outlined), label: 'Ana sayfa'),
          // Mesajlar sekmesini ekle; ikonunun üstünde okunmamış mesaj sayısı rozet olarak görünsün
          const NavigationDestination(icon: Icon(Icons.person_outline), label: 'Profil'),
        ],
      ),
    );
  }
}
""", r"""
NavigationDestination(
  icon: Badge(
    label: Text('${widget.unreadCount}'),
    isLabelVisible: widget.unreadCount > 0,
    child: const Icon(Icons.chat_bubble_outline),
  ),
  label: 'Mesajlar',
),
""", ["NavigationDestination", "Badge"])

row("lists", "element", r"""
import 'package:flutter/material.dart';

class Exercise {
  const Exercise({required this.name, required this.sets, required this.reps});

  final String name;
  final int sets;
  final int reps;
}

class RoutineCard extends StatelessWidget {
  const RoutineCard({super.key, required this.title, required this.exercises});

  final String title;
  final List<Exercise> exercises;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Padding(
            padding: const EdgeInsets.all(12),
            child: Text(title, style: Theme.of(context).textTheme.titleMedium),
          ),
          const Divider(height: 1),
          // her egzersiz icin adini ve "3 x 12" gibi set x tekrar bilgisini gosteren bir ListTile ekle
        ],
      ),
    );
  }
}
""", r"""
for (final exercise in exercises)
  ListTile(
    title: Text(exercise.name),
    trailing: Text('${exercise.sets} x ${exercise.reps}'),
  ),
""", ["for | map", "ListTile", "exercises"])

row("forms", "element", r"""
import 'package:flutter/material.dart';

class NewRecipeForm extends StatefulWidget {
  const NewRecipeForm({super.key, required this.onSave});

  final void Function(String name, int servings) onSave;

  @override
  State<NewRecipeForm> createState() => _NewRecipeFormState();
}

class _NewRecipeFormState extends State<NewRecipeForm> {
  final _nameController = TextEditingController();
  int _servings = 2;

  @override
  void dispose() {
    _nameController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ListView(
      padding: const EdgeInsets.all(16),
      children: [
        TextField(controller: _nameController, decoration: const InputDecoration(labelText: 'Tarif adı')),
        Text('Porsiyon: $_servings'),
        // Porsiyon sayısını 1 ile 10 arasında tam sayı olarak seçtiren bir kaydırıcı ekle, _servings'e bağlı olsun
        FilledButton(
          onPressed: () => widget.onSave(_nameController.text, _servings),
          child: const Text('Kaydet'),
        ),
      ],
    );
  }
}
""", r"""
Slider(
  value: _servings.toDouble(),
  min: 1,
  max: 10,
  divisions: 9,
  label: '$_servings',
  onChanged: (value) => setState(() => _servings = value.round()),
),
""", ["Slider", "_servings", "setState"])

row("navigation", "element", r"""
import 'package:flutter/material.dart';

class Contact {
  const Contact({required this.name, required this.phone});

  final String name;
  final String phone;
}

class ContactProfilePage extends StatelessWidget {
  const ContactProfilePage({super.key, required this.contact});

  final Contact contact;

  @override
  Widget build(BuildContext context) => Scaffold(appBar: AppBar(title: Text(contact.name)));
}

class ConversationScreen extends StatelessWidget {
  const ConversationScreen({super.key, required this.peer});

  final Contact peer;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text(peer.name),
        actions: [
          const IconButton(onPressed: null, icon: Icon(Icons.call)),
          // sağ üste, basınca kişinin profil sayfasını açan bir bilgi butonu koy
        ],
      ),
      body: const Center(child: Text('Mesaj yok')),
    );
  }
}
""", r"""
IconButton(
  icon: const Icon(Icons.info_outline),
  onPressed: () => Navigator.of(context).push(
    MaterialPageRoute<void>(builder: (context) => ContactProfilePage(contact: peer)),
  ),
),
""", ["IconButton", "ContactProfilePage", "Navigator | context.push"])

# ================================================================ argument
row("lists", "argument", r"""
import 'package:flutter/material.dart';

class TripGallery extends StatelessWidget {
  const TripGallery({super.key, required this.photoUrls, required this.onOpen});

  final List<String> photoUrls;
  final ValueChanged<int> onOpen;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Gezi fotoğrafları')),
      body: GridView.builder(
        padding: const EdgeInsets.all(4),
        gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
          crossAxisCount: 3,
          mainAxisSpacing: 4,
          crossAxisSpacing: 4,
        ),
        itemCount: photoUrls.length,
        // her kareye fotoğrafı kutuyu dolduracak şekilde kırparak koy; dokununca onOpen o fotoğrafın sırasıyla çağrılsın
      ),
    );
  }
}
""", r"""
itemBuilder: (context, index) => GestureDetector(
  onTap: () => onOpen(index),
  child: Image.network(photoUrls[index], fit: BoxFit.cover),
),
""", ["itemBuilder", "BoxFit.cover", "onOpen"])

row("forms", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class VerificationCodeField extends StatelessWidget {
  const VerificationCodeField({super.key, required this.controller, required this.onCompleted});

  final TextEditingController controller;
  final ValueChanged<String> onCompleted;

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: controller,
      maxLength: 6,
      textAlign: TextAlign.center,
      // bu alana sadece rakam yazilabilsin, klavye de sayi klavyesi olsun
      decoration: const InputDecoration(labelText: 'Doğrulama kodu', counterText: ''),
      onChanged: (value) {
        if (value.length == 6) onCompleted(value);
      },
    );
  }
}
""", r"""
keyboardType: TextInputType.number,
inputFormatters: [FilteringTextInputFormatter.digitsOnly],
""", ["inputFormatters", "FilteringTextInputFormatter.digitsOnly | FilteringTextInputFormatter.allow", "TextInputType.number"])

row("navigation", "argument", r"""
import 'package:flutter/material.dart';

class LoginScreen extends StatelessWidget {
  const LoginScreen({super.key});

  @override
  Widget build(BuildContext context) => const Scaffold(body: Center(child: Text('Giriş')));
}

class LibraryScreen extends StatelessWidget {
  const LibraryScreen({super.key});

  @override
  Widget build(BuildContext context) => const Scaffold(body: Center(child: Text('Kitaplığım')));
}

class BookClubApp extends StatelessWidget {
  const BookClubApp({super.key, required this.isLoggedIn});

  final bool isLoggedIn;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Kitap Kulübü',
      routes: {
        '/login': (context) => const LoginScreen(),
        '/library': (context) => const LibraryScreen(),
      },
      // Giriş yapılmışsa uygulama kitaplıkla, yapılmamışsa giriş ekranıyla açılsın
    );
  }
}
""", r"""
initialRoute: isLoggedIn ? '/library' : '/login',
""", ["initialRoute", "isLoggedIn"])

row("forms", "argument", r"""
import 'package:flutter/material.dart';

class ChangePasswordForm extends StatefulWidget {
  const ChangePasswordForm({super.key});

  @override
  State<ChangePasswordForm> createState() => _ChangePasswordFormState();
}

class _ChangePasswordFormState extends State<ChangePasswordForm> {
  final _formKey = GlobalKey<FormState>();
  final _passwordController = TextEditingController();

  @override
  void dispose() {
    _passwordController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _passwordController,
            obscureText: true,
            decoration: const InputDecoration(labelText: 'Yeni şifre'),
          ),
          TextFormField(
            obscureText: true,
            decoration: const InputDecoration(labelText: 'Yeni şifre (tekrar)'),
            // yazılan şifre yukarıdakiyle aynı değilse 'Şifreler eşleşmiyor' hatası versin
          ),
        ],
      ),
    );
  }
}
""", r"""
validator: (value) => value != _passwordController.text ? 'Şifreler eşleşmiyor' : null,
""", ["validator", "_passwordController.text"])


if __name__ == "__main__":
    ROWS.write()
