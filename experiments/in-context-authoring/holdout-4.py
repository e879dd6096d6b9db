"""In-context held-out confirmation rows (holdout-4): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument) over storage, localization, platform, images_assets.

Run: .venv/bin/python experiments/in-context-authoring/holdout-4.py  -> data/in_context/drafts/holdout-4.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-4", "hold4")
row = ROWS.row


# ---------------------------------------------------------------- storage
row("storage", "statements", r"""
// pubspec.yaml: shared_preferences
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class HomeShell extends StatefulWidget {
  const HomeShell({super.key});

  @override
  State<HomeShell> createState() => _HomeShellState();
}

class _HomeShellState extends State<HomeShell> {
  static const _tabKey = 'last_tab';
  int _index = 0;

  Future<void> _onTabSelected(int index) async {
    setState(() => _index = index);
    // seçilen sekmenin numarasını _tabKey anahtarıyla kalıcı olarak kaydet
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: IndexedStack(
        index: _index,
        children: const [
          Center(child: Text('Tarifler')),
          Center(child: Text('Alışveriş listesi')),
          Center(child: Text('Profil')),
        ],
      ),
      bottomNavigationBar: NavigationBar(
        selectedIndex: _index,
        onDestinationSelected: _onTabSelected,
        destinations: const [
          NavigationDestination(icon: Icon(Icons.restaurant_menu), label: 'Tarifler'),
          NavigationDestination(icon: Icon(Icons.shopping_cart), label: 'Liste'),
          NavigationDestination(icon: Icon(Icons.person), label: 'Profil'),
        ],
      ),
    );
  }
}
""", r"""
final prefs = await SharedPreferences.getInstance();
await prefs.setInt(_tabKey, index);
""", ["SharedPreferences", "setInt", "_tabKey"])

row("storage", "callback", r"""
// pubspec.yaml: shared_preferences
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class PlayerSettingsPage extends StatefulWidget {
  const PlayerSettingsPage({super.key, required this.prefs});

  final SharedPreferences prefs;

  @override
  State<PlayerSettingsPage> createState() => _PlayerSettingsPageState();
}

class _PlayerSettingsPageState extends State<PlayerSettingsPage> {
  late bool _autoPlay = widget.prefs.getBool('auto_play') ?? true;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Oynatıcı')),
      body: ListView(
        children: [
          SwitchListTile(
            title: const Text('Sonraki şarkıyı otomatik çal'),
            value: _autoPlay,
            onChanged: (value) {
              // yeni degeri ekranda guncelle ve 'auto_play' anahtariyla kaydet
            },
          ),
        ],
      ),
    );
  }
}
""", r"""
setState(() => _autoPlay = value);
widget.prefs.setBool('auto_play', value);
""", ["setBool", "_autoPlay", "setState"])

row("storage", "class_body", r"""
// pubspec.yaml: hive
import 'package:hive/hive.dart';

class SearchHistoryRepository {
  SearchHistoryRepository(this._box);

  final Box<String> _box;

  Future<void> add(String query) async {
    if (query.trim().isEmpty) return;
    await _box.add(query.trim());
    if (_box.length > 20) {
      await _box.deleteAt(0);
    }
  }

  Future<void> clear() => _box.clear();

  // kutudaki aramaları en yeniden en eskiye doğru sıralı döndüren recentSearches getter'ını ekle
}
""", r"""
List<String> get recentSearches => _box.values.toList().reversed.toList();
""", ["recentSearches", "_box.values", "reversed"])

row("storage", "element", r"""
// pubspec.yaml: shared_preferences
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class AccountSettingsScreen extends StatelessWidget {
  const AccountSettingsScreen({super.key, required this.onSignOut});

  final VoidCallback onSignOut;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Hesap')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          const ListTile(
            leading: Icon(Icons.account_balance),
            title: Text('Banka hesaplarım'),
          ),
          const Divider(),
          // cihazdaki tüm kayıtlı ayarları silen 'Verileri sıfırla' butonu ekle
          FilledButton(
            onPressed: onSignOut,
            child: const Text('Çıkış yap'),
          ),
        ],
      ),
    );
  }
}
""", r"""
TextButton(
  onPressed: () async {
    final prefs = await SharedPreferences.getInstance();
    await prefs.clear();
  },
  child: const Text('Verileri sıfırla'),
),
""", ["SharedPreferences", "clear"])

row("storage", "argument", r"""
// pubspec.yaml: shared_preferences
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

class GreetingBanner extends StatelessWidget {
  const GreetingBanner({super.key});

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<String?>(
      // kaydedilmiş kullanıcı adını 'username' anahtarından oku
      builder: (context, snapshot) {
        final name = snapshot.data;
        if (name == null) {
          return const Text('Hoş geldin!');
        }
        return Text(
          'Tekrar hoş geldin, $name',
          style: Theme.of(context).textTheme.titleLarge,
        );
      },
    );
  }
}
""", r"""
future: SharedPreferences.getInstance().then((prefs) => prefs.getString('username')),
""", ["future", "SharedPreferences", "getString"])

# ---------------------------------------------------------------- localization
row("localization", "statements", r"""
// pubspec.yaml: intl
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

class ChatMessage {
  const ChatMessage({required this.text, required this.sentAt, required this.mine});

  final String text;
  final DateTime sentAt;
  final bool mine;
}

class MessageBubble extends StatelessWidget {
  const MessageBubble({super.key, required this.message});

  final ChatMessage message;

  @override
  Widget build(BuildContext context) {
    // mesajın gönderilme saatini uygulamanın aktif diline göre saat:dakika olarak time değişkenine yaz
    return Align(
      alignment: message.mine ? Alignment.centerRight : Alignment.centerLeft,
      child: Container(
        margin: const EdgeInsets.symmetric(vertical: 4, horizontal: 8),
        padding: const EdgeInsets.all(10),
        decoration: BoxDecoration(
          color: message.mine ? Colors.blue.shade100 : Colors.grey.shade200,
          borderRadius: BorderRadius.circular(12),
        ),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.end,
          children: [
            Text(message.text),
            Text(time, style: Theme.of(context).textTheme.labelSmall),
          ],
        ),
      ),
    );
  }
}
""", r"""
final time = DateFormat.Hm(Localizations.localeOf(context).toString()).format(message.sentAt);
""", ["time", "DateFormat", "sentAt"])

row("localization", "callback", r"""
import 'package:flutter/material.dart';

class BookingForm extends StatefulWidget {
  const BookingForm({super.key});

  @override
  State<BookingForm> createState() => _BookingFormState();
}

class _BookingFormState extends State<BookingForm> {
  DateTime _checkIn = DateTime.now();

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Text('Giriş: ${_checkIn.day}.${_checkIn.month}.${_checkIn.year}'),
        OutlinedButton.icon(
          icon: const Icon(Icons.calendar_month),
          label: const Text('Giriş tarihini seç'),
          onPressed: () async {
            // Türkçe bir tarih seçici aç (bugünden itibaren 1 yıl), seçilirse _checkIn'e ata
          },
        ),
      ],
    );
  }
}
""", r"""
final now = DateTime.now();
final picked = await showDatePicker(
  context: context,
  initialDate: _checkIn,
  firstDate: DateTime(now.year, now.month, now.day),
  lastDate: now.add(const Duration(days: 365)),
  locale: const Locale('tr', 'TR'),
);
if (picked != null) {
  setState(() => _checkIn = picked);
}
""", ["showDatePicker", "Locale", "_checkIn"])

row("localization", "class_body", r"""
import 'package:flutter/foundation.dart';
import 'package:flutter/widgets.dart';

import 'app_strings.dart';

class AppStringsDelegate extends LocalizationsDelegate<AppStrings> {
  const AppStringsDelegate();

  // sadece Türkçe ve İngilizce dillerini desteklediğimizi söyleyen override'ı yaz

  @override
  Future<AppStrings> load(Locale locale) {
    return SynchronousFuture<AppStrings>(AppStrings(locale.languageCode));
  }

  @override
  bool shouldReload(AppStringsDelegate old) => false;
}
""", r"""
@override
bool isSupported(Locale locale) => const ['tr', 'en'].contains(locale.languageCode);
""", ["isSupported", "languageCode"])

row("localization", "element", r"""
import 'package:flutter/material.dart';

class DishNamesCard extends StatelessWidget {
  const DishNamesCard({
    super.key,
    required this.turkishName,
    required this.englishName,
    required this.arabicName,
  });

  final String turkishName;
  final String englishName;
  final String arabicName;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            Text(turkishName, style: Theme.of(context).textTheme.titleLarge),
            Text(englishName, style: Theme.of(context).textTheme.bodyMedium),
            // yemeğin Arapça adını sağdan sola yazılacak şekilde ekle
          ],
        ),
      ),
    );
  }
}
""", r"""
Directionality(
  textDirection: TextDirection.rtl,
  child: Text(arabicName, style: Theme.of(context).textTheme.bodyMedium),
),
""", ["TextDirection.rtl", "arabicName"])

row("localization", "argument", r"""
// pubspec.yaml: flutter_localizations
import 'package:flutter/material.dart';
import 'package:flutter_gen/gen_l10n/app_localizations.dart';

import 'screens/workout_list_screen.dart';

class FitApp extends StatelessWidget {
  const FitApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      localizationsDelegates: AppLocalizations.localizationsDelegates,
      supportedLocales: AppLocalizations.supportedLocales,
      // görev yöneticisinde görünen uygulama adı aktif dildeki appTitle çevirisi olsun
      theme: ThemeData(colorSchemeSeed: Colors.deepOrange),
      home: const WorkoutListScreen(),
    );
  }
}
""", r"""
onGenerateTitle: (context) => AppLocalizations.of(context)!.appTitle,
""", ["onGenerateTitle", "AppLocalizations", "appTitle"])

# ---------------------------------------------------------------- platform
row("platform", "statements", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class WorkoutVideoPage extends StatefulWidget {
  const WorkoutVideoPage({super.key, required this.title});

  final String title;

  @override
  State<WorkoutVideoPage> createState() => _WorkoutVideoPageState();
}

class _WorkoutVideoPageState extends State<WorkoutVideoPage> {
  @override
  void initState() {
    super.initState();
    SystemChrome.setPreferredOrientations([
      DeviceOrientation.landscapeLeft,
      DeviceOrientation.landscapeRight,
    ]);
  }

  @override
  void dispose() {
    // sayfadan çıkarken yön kilidini kaldır, tüm ekran yönlerine yeniden izin ver
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      backgroundColor: Colors.black,
      body: Center(
        child: Text(widget.title, style: const TextStyle(color: Colors.white)),
      ),
    );
  }
}
""", r"""
SystemChrome.setPreferredOrientations(DeviceOrientation.values);
""", ["SystemChrome.setPreferredOrientations", "DeviceOrientation"])

row("platform", "callback", r"""
// pubspec.yaml: url_launcher
import 'package:flutter/material.dart';
import 'package:url_launcher/url_launcher.dart';

class RestaurantContactTile extends StatelessWidget {
  const RestaurantContactTile({super.key, required this.name, required this.phone});

  final String name;
  final String phone;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: const Icon(Icons.restaurant),
      title: Text(name),
      subtitle: Text(phone),
      trailing: const Icon(Icons.call),
      onTap: () async {
        // restoranin numarasini telefonun arama ekraninda ac
      },
    );
  }
}
""", r"""
final uri = Uri(scheme: 'tel', path: phone);
await launchUrl(uri);
""", ["launchUrl", "Uri", "phone"])

row("platform", "class_body", r"""
import 'package:flutter/material.dart';

import '../audio/podcast_player.dart';

class PodcastScreen extends StatefulWidget {
  const PodcastScreen({super.key, required this.player});

  final PodcastPlayer player;

  @override
  State<PodcastScreen> createState() => _PodcastScreenState();
}

class _PodcastScreenState extends State<PodcastScreen> with WidgetsBindingObserver {
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

  // uygulama arka plana alınınca (paused) çalan bölümü duraklatan override'ı ekle

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Podcast')),
      body: Center(
        child: IconButton(
          iconSize: 64,
          icon: const Icon(Icons.play_circle),
          onPressed: widget.player.play,
        ),
      ),
    );
  }
}
""", r"""
@override
void didChangeAppLifecycleState(AppLifecycleState state) {
  if (state == AppLifecycleState.paused) {
    widget.player.pause();
  }
}
""", ["didChangeAppLifecycleState", "AppLifecycleState.paused", "pause"])

row("platform", "element", r"""
import 'package:flutter/foundation.dart';
import 'package:flutter/material.dart';

class NewsFooter extends StatelessWidget {
  const NewsFooter({super.key, required this.onOpenStore});

  final VoidCallback onOpenStore;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(24),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          const Text('Haberler her saat güncellenir.'),
          const SizedBox(height: 12),
          // sadece tarayicida calisirken 'Mobil uygulamayi indir' butonu goster, onOpenStore'u cagirsin
          const Text('© 2026 Günlük Haber'),
        ],
      ),
    );
  }
}
""", r"""
if (kIsWeb)
  TextButton(
    onPressed: onOpenStore,
    child: const Text('Mobil uygulamayı indir'),
  ),
""", ["kIsWeb", "onOpenStore"])

row("platform", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class CardDetailsPage extends StatelessWidget {
  const CardDetailsPage({super.key, required this.cardName});

  final String cardName;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text(cardName),
        backgroundColor: Colors.indigo.shade900,
        foregroundColor: Colors.white,
        // koyu arka plan yüzünden durum çubuğundaki saat ve pil simgeleri beyaz görünsün
      ),
      body: const Center(child: Text('Son işlemler')),
    );
  }
}
""", r"""
systemOverlayStyle: SystemUiOverlayStyle.light,
""", ["systemOverlayStyle", "SystemUiOverlayStyle.light"], must_not=["SystemUiOverlayStyle.dark"])

# ---------------------------------------------------------------- images_assets
row("images_assets", "statements", r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class QuizQuestion {
  QuizQuestion.fromJson(Map<String, dynamic> json)
      : text = json['text'] as String,
        answer = json['answer'] as String;

  final String text;
  final String answer;
}

class QuizScreen extends StatefulWidget {
  const QuizScreen({super.key});

  @override
  State<QuizScreen> createState() => _QuizScreenState();
}

class _QuizScreenState extends State<QuizScreen> {
  List<QuizQuestion> _questions = [];

  Future<void> _loadQuestions() async {
    // assets/data/questions.json dosyasını oku, içindeki listeyi QuizQuestion'lara çevirip _questions'a ata
  }

  @override
  void initState() {
    super.initState();
    _loadQuestions();
  }

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [for (final q in _questions) ListTile(title: Text(q.text))],
    );
  }
}
""", r"""
final raw = await rootBundle.loadString('assets/data/questions.json');
final list = jsonDecode(raw) as List<dynamic>;
if (!mounted) return;
setState(() {
  _questions = list
      .map((item) => QuizQuestion.fromJson(item as Map<String, dynamic>))
      .toList();
});
""", ["rootBundle", "jsonDecode", "QuizQuestion.fromJson"])

row("images_assets", "callback", r"""
import 'package:flutter/material.dart';

class ProductPhoto extends StatelessWidget {
  const ProductPhoto({super.key, required this.url});

  final String url;

  @override
  Widget build(BuildContext context) {
    return AspectRatio(
      aspectRatio: 1,
      child: Image.network(
        url,
        fit: BoxFit.cover,
        frameBuilder: (context, child, frame, wasSynchronouslyLoaded) {
          // ilk kare gelene kadar görünmesin, sonra 300 ms içinde yavaşça belirsin
        },
      ),
    );
  }
}
""", r"""
if (wasSynchronouslyLoaded) {
  return child;
}
return AnimatedOpacity(
  opacity: frame == null ? 0 : 1,
  duration: const Duration(milliseconds: 300),
  curve: Curves.easeOut,
  child: child,
);
""", ["AnimatedOpacity", "frame", "child"])

row("images_assets", "class_body", r"""
import 'package:flutter/material.dart';

class LanguageOption {
  const LanguageOption(this.code, this.countryCode, this.name);

  final String code;
  final String countryCode;
  final String name;
}

class LanguagePicker extends StatelessWidget {
  const LanguagePicker({super.key, required this.options, required this.onPick});

  final List<LanguageOption> options;
  final ValueChanged<LanguageOption> onPick;

  // assets/flags/<ulke kodu>.png bayragini 32x24 boyutunda, kirpilarak doldurulmus gosteren _flag metodunu yaz

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        for (final option in options)
          ListTile(
            leading: _flag(option.countryCode),
            title: Text(option.name),
            onTap: () => onPick(option),
          ),
      ],
    );
  }
}
""", r"""
Widget _flag(String countryCode) {
  return Image.asset(
    'assets/flags/$countryCode.png',
    width: 32,
    height: 24,
    fit: BoxFit.cover,
  );
}
""", ["_flag", "Image.asset | AssetImage", "BoxFit.cover"])

row("images_assets", "element", r"""
import 'package:flutter/material.dart';

class ConversationTile extends StatelessWidget {
  const ConversationTile({
    super.key,
    required this.name,
    required this.lastMessage,
    required this.photoUrl,
  });

  final String name;
  final String lastMessage;
  final String photoUrl;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
      child: Row(
        children: [
          // kişinin internetteki fotoğrafını 24 yarıçaplı yuvarlak avatar olarak göster
          const SizedBox(width: 12),
          Expanded(
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                Text(name, style: const TextStyle(fontWeight: FontWeight.bold)),
                Text(lastMessage, maxLines: 1, overflow: TextOverflow.ellipsis),
              ],
            ),
          ),
        ],
      ),
    );
  }
}
""", r"""
CircleAvatar(
  radius: 24,
  backgroundImage: NetworkImage(photoUrl),
),
""", ["CircleAvatar", "NetworkImage", "photoUrl"])

row("images_assets", "argument", r"""
import 'package:flutter/material.dart';

class DestinationHeader extends StatelessWidget {
  const DestinationHeader({super.key, required this.city, required this.country});

  final String city;
  final String country;

  @override
  Widget build(BuildContext context) {
    return Container(
      height: 220,
      alignment: Alignment.bottomLeft,
      padding: const EdgeInsets.all(16),
      decoration: BoxDecoration(
        borderRadius: BorderRadius.circular(20),
        // arka planı assets/images/beach.jpg görseli tamamen kaplasın
      ),
      child: Text(
        '$city, $country',
        style: const TextStyle(color: Colors.white, fontSize: 28, fontWeight: FontWeight.bold),
      ),
    );
  }
}
""", r"""
image: const DecorationImage(
  image: AssetImage('assets/images/beach.jpg'),
  fit: BoxFit.cover,
),
""", ["DecorationImage", "AssetImage", "BoxFit.cover"])


if __name__ == "__main__":
    ROWS.write()
