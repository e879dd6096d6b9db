"""In-context held-out confirmation rows (holdout-8): 25 hand-written rows, 5 per position
(statements, callback, class_body, element, argument), topics theming, animations, localization, images_assets.

Run: .venv/bin/python experiments/in-context-authoring/holdout-8.py  -> data/in_context/drafts/holdout-8.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-8", "hold8")
row = ROWS.row


# ================================================================ statements

row("theming", "statements", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class NowPlayingScreen extends StatefulWidget {
  const NowPlayingScreen({super.key, required this.songTitle, required this.artist});

  final String songTitle;
  final String artist;

  @override
  State<NowPlayingScreen> createState() => _NowPlayingScreenState();
}

class _NowPlayingScreenState extends State<NowPlayingScreen> {
  @override
  void initState() {
    super.initState();
    // arka plan koyu oldugu icin ust durum cubugundaki ikonlar acik renkli olsun
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      backgroundColor: Colors.black,
      body: SafeArea(
        child: Column(
          mainAxisAlignment: MainAxisAlignment.center,
          children: [
            const Icon(Icons.album, size: 160, color: Colors.white24),
            const SizedBox(height: 24),
            Text(widget.songTitle, style: const TextStyle(color: Colors.white, fontSize: 22)),
            Text(widget.artist, style: const TextStyle(color: Colors.white70)),
          ],
        ),
      ),
    );
  }
}
""", r"""
SystemChrome.setSystemUIOverlayStyle(SystemUiOverlayStyle.light);
""", ["SystemChrome.setSystemUIOverlayStyle", "SystemUiOverlayStyle.light"])

row("animations", "statements", r"""
import 'package:flutter/material.dart';

class StepGoalRing extends StatefulWidget {
  const StepGoalRing({super.key, required this.progress});

  /// Daily step goal ratio, 0.0 to 1.0.
  final double progress;

  @override
  State<StepGoalRing> createState() => _StepGoalRingState();
}

class _StepGoalRingState extends State<StepGoalRing> with SingleTickerProviderStateMixin {
  late final AnimationController _controller;

  @override
  void initState() {
    super.initState();
    _controller = AnimationController(vsync: this, duration: const Duration(milliseconds: 800))
      ..value = widget.progress;
  }

  @override
  void didUpdateWidget(covariant StepGoalRing oldWidget) {
    super.didUpdateWidget(oldWidget);
    // Oran değiştiyse halkayı yeni orana yumuşakça ilerlet
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedBuilder(
      animation: _controller,
      builder: (context, _) => CircularProgressIndicator(value: _controller.value, strokeWidth: 10),
    );
  }
}
""", r"""
if (oldWidget.progress != widget.progress) {
  _controller.animateTo(widget.progress, curve: Curves.easeOut);
}
""", ["_controller.animateTo", "widget.progress"])

row("localization", "statements", r"""
import 'package:flutter/material.dart';

class AlarmTile extends StatelessWidget {
  const AlarmTile({super.key, required this.alarm, required this.enabled, required this.onToggle});

  final TimeOfDay alarm;
  final bool enabled;
  final ValueChanged<bool> onToggle;

  @override
  Widget build(BuildContext context) {
    // Alarm saatini cihazın diline ve 24 saat ayarına uygun biçimde timeText'e yaz
    return SwitchListTile(
      value: enabled,
      onChanged: onToggle,
      title: Text(timeText, style: Theme.of(context).textTheme.headlineSmall),
      subtitle: const Text('Her gün'),
    );
  }
}
""", r"""
final timeText = MaterialLocalizations.of(context).formatTimeOfDay(
  alarm,
  alwaysUse24HourFormat: MediaQuery.alwaysUse24HourFormatOf(context),
);
""", ["timeText", "formatTimeOfDay", "alarm"])

row("images_assets", "statements", r"""
import 'package:flutter/material.dart';

class StorageSettingsPage extends StatelessWidget {
  const StorageSettingsPage({super.key});

  void _clearImageCache(BuildContext context) {
    // Bellekteki bütün önbelleğe alınmış resimleri temizle
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('Resim önbelleği temizlendi')),
    );
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Depolama')),
      body: ListView(
        children: [
          ListTile(
            leading: const Icon(Icons.image_not_supported_outlined),
            title: const Text('Resim önbelleğini temizle'),
            onTap: () => _clearImageCache(context),
          ),
          const ListTile(
            leading: Icon(Icons.info_outline),
            title: Text('Sürüm 2.4.1'),
          ),
        ],
      ),
    );
  }
}
""", r"""
final cache = PaintingBinding.instance.imageCache;
cache.clear();
cache.clearLiveImages();
""", ["imageCache", "clear"])

row("localization", "statements", r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

class CartBadge extends StatelessWidget {
  const CartBadge({super.key, required this.count, required this.onTap});

  final int count;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    // adede gore etiket hazirla: 0 ise 'Sepet boş', 1 ise '1 ürün', daha fazlaysa '5 ürün' gibi
    return TextButton.icon(
      onPressed: onTap,
      icon: const Icon(Icons.shopping_cart_outlined),
      label: Text(label),
    );
  }
}
""", r"""
final label = Intl.plural(
  count,
  zero: 'Sepet boş',
  one: '1 ürün',
  other: '$count ürün',
);
""", ["Intl.plural", "label", "count"])


# ================================================================ callback

row("theming", "callback", r"""
import 'package:flutter/material.dart';

class AppSettings extends ChangeNotifier {
  ThemeMode themeMode = ThemeMode.system;

  void update(ThemeMode mode) {
    themeMode = mode;
    notifyListeners();
  }
}

class NotesApp extends StatelessWidget {
  const NotesApp({super.key, required this.settings, required this.home});

  final AppSettings settings;
  final Widget home;

  static final _light = ThemeData(colorSchemeSeed: Colors.amber, brightness: Brightness.light);
  static final _dark = ThemeData(colorSchemeSeed: Colors.amber, brightness: Brightness.dark);

  @override
  Widget build(BuildContext context) {
    return ListenableBuilder(
      listenable: settings,
      builder: (context, child) {
        // açık ve koyu temayı ver, hangisinin kullanılacağı ayarlardaki moda göre seçilsin
      },
    );
  }
}
""", r"""
return MaterialApp(
  theme: _light,
  darkTheme: _dark,
  themeMode: settings.themeMode,
  home: home,
);
""", ["darkTheme", "settings.themeMode", "_dark"])

row("animations", "callback", r"""
import 'package:flutter/material.dart';

class FeedScreen extends StatefulWidget {
  const FeedScreen({super.key, required this.posts});

  final List<String> posts;

  @override
  State<FeedScreen> createState() => _FeedScreenState();
}

class _FeedScreenState extends State<FeedScreen> with SingleTickerProviderStateMixin {
  final _scroll = ScrollController();
  late final AnimationController _fabController =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 250), value: 1);

  @override
  void initState() {
    super.initState();
    _scroll.addListener(() {
      // 100 pikselden fazla aşağı kaydırılınca butonu küçülterek gizle, yukarı dönünce geri getir
    });
  }

  @override
  void dispose() {
    _scroll.dispose();
    _fabController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: ListView.builder(
        controller: _scroll,
        itemCount: widget.posts.length,
        itemBuilder: (context, i) => ListTile(title: Text(widget.posts[i])),
      ),
      floatingActionButton: ScaleTransition(
        scale: _fabController,
        child: FloatingActionButton(onPressed: () {}, child: const Icon(Icons.edit)),
      ),
    );
  }
}
""", r"""
if (_scroll.offset > 100) {
  _fabController.reverse();
} else {
  _fabController.forward();
}
""", ["_scroll.offset | _scroll.position.pixels", "_fabController.reverse", "_fabController.forward"])

row("localization", "callback", r"""
import 'package:easy_localization/easy_localization.dart';
import 'package:flutter/material.dart';

class LanguageMenu extends StatelessWidget {
  const LanguageMenu({super.key});

  @override
  Widget build(BuildContext context) {
    return PopupMenuButton<String>(
      icon: const Icon(Icons.translate),
      onSelected: (code) {
        // secilen dil koduyla uygulamanin dilini degistir
      },
      itemBuilder: (context) => const [
        PopupMenuItem(value: 'tr', child: Text('Türkçe')),
        PopupMenuItem(value: 'en', child: Text('English')),
        PopupMenuItem(value: 'fr', child: Text('Français')),
      ],
    );
  }
}
""", r"""
context.setLocale(Locale(code));
""", ["setLocale", "Locale"])

row("images_assets", "callback", r"""
import 'package:flutter/material.dart';

class TripGallery extends StatelessWidget {
  const TripGallery({super.key, required this.photoUrls});

  final List<String> photoUrls;

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 3),
      itemCount: photoUrls.length,
      itemBuilder: (context, index) {
        final url = photoUrls[index];
        return GestureDetector(
          onTap: () {
            // Fotoğrafın büyük halini bir dialogda aç, parmakla yakınlaştırılabilsin
          },
          child: Image.network(url, fit: BoxFit.cover),
        );
      },
    );
  }
}
""", r"""
showDialog<void>(
  context: context,
  builder: (context) => Dialog(
    child: InteractiveViewer(
      maxScale: 4,
      child: Image.network(url),
    ),
  ),
);
""", ["showDialog", "InteractiveViewer", "url"])

row("animations", "callback", r"""
import 'package:flutter/material.dart';

class QuizResult extends StatelessWidget {
  const QuizResult({super.key, required this.score});

  final double score;

  @override
  Widget build(BuildContext context) {
    return Center(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          const Text('Puanın'),
          TweenAnimationBuilder<double>(
            tween: Tween(begin: 0, end: score),
            duration: const Duration(seconds: 2),
            builder: (context, value, child) {
              // o anki değeri tam sayıya yuvarlayıp temanın displayMedium stiliyle yaz
            },
          ),
        ],
      ),
    );
  }
}
""", r"""
return Text(
  value.round().toString(),
  style: Theme.of(context).textTheme.displayMedium,
);
""", ["value.round | value.toInt | value.toStringAsFixed", "displayMedium"])


# ================================================================ class_body

row("theming", "class_body", r"""
import 'package:flutter/material.dart';

class WeatherApp extends StatefulWidget {
  const WeatherApp({super.key});

  @override
  State<WeatherApp> createState() => _WeatherAppState();
}

class _WeatherAppState extends State<WeatherApp> with WidgetsBindingObserver {
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

  // Telefonun açık/koyu modu değişince _brightness'ı güncelle

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      theme: ThemeData(colorSchemeSeed: Colors.lightBlue, brightness: _brightness),
      home: const Scaffold(body: Center(child: Text('İstanbul 14°'))),
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
""", ["didChangePlatformBrightness", "platformBrightness", "setState"])

row("animations", "class_body", r"""
import 'package:flutter/material.dart';

class SplashScreen extends StatefulWidget {
  const SplashScreen({super.key});

  @override
  State<SplashScreen> createState() => _SplashScreenState();
}

class _SplashScreenState extends State<SplashScreen> with TickerProviderStateMixin {
  late final AnimationController _logoController =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 600));
  late final AnimationController _textController =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 400));

  @override
  void initState() {
    super.initState();
    _playIntro();
  }

  // Önce logo animasyonu bitsin, ardından yazı animasyonu başlasın: _playIntro metodunu yaz

  @override
  void dispose() {
    _logoController.dispose();
    _textController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: Center(
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            ScaleTransition(scale: _logoController, child: const FlutterLogo(size: 96)),
            FadeTransition(opacity: _textController, child: const Text('Tarif Defteri')),
          ],
        ),
      ),
    );
  }
}
""", r"""
Future<void> _playIntro() async {
  await _logoController.forward();
  if (!mounted) return;
  await _textController.forward();
}
""", ["_playIntro", "_logoController.forward", "_textController.forward"])

row("localization", "class_body", r"""
import 'package:flutter/material.dart';

class SchoolStrings {
  SchoolStrings(this.locale);

  final Locale locale;

  static const Map<String, Map<String, String>> _localizedValues = {
    'tr': {'homework': 'Ödevler', 'timetable': 'Ders programı'},
    'en': {'homework': 'Homework', 'timetable': 'Timetable'},
  };

  static SchoolStrings of(BuildContext context) {
    return Localizations.of<SchoolStrings>(context, SchoolStrings)!;
  }

  String get timetable => _localizedValues[locale.languageCode]!['timetable']!;

  // homework metnini dile göre döndüren getter; dil tabloda yoksa İngilizce'yi kullan
}
""", r"""
String get homework =>
    (_localizedValues[locale.languageCode] ?? _localizedValues['en']!)['homework']!;
""", ["homework", "_localizedValues", "locale.languageCode"])

row("images_assets", "class_body", r"""
import 'dart:io';
import 'dart:typed_data';

import 'package:flutter/material.dart';
import 'package:path_provider/path_provider.dart';

class AvatarEditor extends StatefulWidget {
  const AvatarEditor({super.key, required this.croppedBytes});

  final Uint8List croppedBytes;

  @override
  State<AvatarEditor> createState() => _AvatarEditorState();
}

class _AvatarEditorState extends State<AvatarEditor> {
  File? _saved;

  // Verilen resim baytlarını uygulamanın belgeler klasörüne avatar.png olarak yazan _saveAvatar metodu

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        CircleAvatar(radius: 56, backgroundImage: MemoryImage(widget.croppedBytes)),
        FilledButton(
          onPressed: () async {
            final file = await _saveAvatar(widget.croppedBytes);
            setState(() => _saved = file);
          },
          child: Text(_saved == null ? 'Kaydet' : 'Kaydedildi'),
        ),
      ],
    );
  }
}
""", r"""
Future<File> _saveAvatar(Uint8List bytes) async {
  final dir = await getApplicationDocumentsDirectory();
  final file = File('${dir.path}/avatar.png');
  return file.writeAsBytes(bytes);
}
""", ["_saveAvatar", "getApplicationDocumentsDirectory", "writeAsBytes"])

row("theming", "class_body", r"""
import 'package:flutter/material.dart';

class ReadingModeScope extends StatelessWidget {
  const ReadingModeScope({super.key, required this.enabled, required this.child});

  final bool enabled;
  final Widget child;

  // Verilen temadaki bütün yazıları yüzde 20 büyüten _enlarged metodunu yaz

  @override
  Widget build(BuildContext context) {
    final base = Theme.of(context);
    return Theme(
      data: enabled ? _enlarged(base) : base,
      child: child,
    );
  }
}
""", r"""
ThemeData _enlarged(ThemeData theme) {
  return theme.copyWith(
    textTheme: theme.textTheme.apply(fontSizeFactor: 1.2),
  );
}
""", ["_enlarged", "copyWith", "fontSizeFactor"])


# ================================================================ element

row("theming", "element", r"""
import 'package:flutter/material.dart';

class BankSettingsList extends StatelessWidget {
  const BankSettingsList({
    super.key,
    required this.isDark,
    required this.onDarkChanged,
    required this.onLogout,
  });

  final bool isDark;
  final ValueChanged<bool> onDarkChanged;
  final VoidCallback onLogout;

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        const ListTile(leading: Icon(Icons.lock_outline), title: Text('Şifre değiştir')),
        // koyu tema için açma kapama anahtarı olan bir satır; değişince onDarkChanged çağrılsın
        ListTile(
          leading: const Icon(Icons.logout),
          title: const Text('Çıkış yap'),
          onTap: onLogout,
        ),
      ],
    );
  }
}
""", r"""
SwitchListTile(
  secondary: const Icon(Icons.dark_mode_outlined),
  title: const Text('Koyu tema'),
  value: isDark,
  onChanged: onDarkChanged,
),
""", ["SwitchListTile | Switch", "isDark", "onDarkChanged"])

row("animations", "element", r"""
import 'package:flutter/material.dart';

class WaterCounter extends StatefulWidget {
  const WaterCounter({super.key});

  @override
  State<WaterCounter> createState() => _WaterCounterState();
}

class _WaterCounterState extends State<WaterCounter> {
  int _glasses = 0;

  @override
  Widget build(BuildContext context) {
    return Row(
      mainAxisAlignment: MainAxisAlignment.center,
      children: [
        IconButton(
          onPressed: _glasses == 0 ? null : () => setState(() => _glasses--),
          icon: const Icon(Icons.remove),
        ),
        // bardak sayısı değiştiğinde eski sayı solup yenisi gelsin
        IconButton(
          onPressed: () => setState(() => _glasses++),
          icon: const Icon(Icons.add),
        ),
      ],
    );
  }
}
""", r"""
AnimatedSwitcher(
  duration: const Duration(milliseconds: 300),
  child: Text(
    '$_glasses',
    key: ValueKey<int>(_glasses),
    style: Theme.of(context).textTheme.headlineMedium,
  ),
),
""", ["AnimatedSwitcher", "ValueKey"])

row("localization", "element", r"""
import 'package:flutter/material.dart';
import 'package:timeago/timeago.dart' as timeago;

class Comment {
  const Comment({required this.author, required this.text, required this.createdAt});

  final String author;
  final String text;
  final DateTime createdAt;
}

class CommentTile extends StatelessWidget {
  const CommentTile({super.key, required this.comment});

  final Comment comment;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.symmetric(vertical: 8),
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(comment.author, style: const TextStyle(fontWeight: FontWeight.bold)),
          // yorumun ne kadar önce yazıldığını Türkçe göster, "5 dakika önce" gibi
          const SizedBox(height: 4),
          Text(comment.text),
        ],
      ),
    );
  }
}
""", r"""
Text(
  timeago.format(comment.createdAt, locale: 'tr'),
  style: Theme.of(context).textTheme.bodySmall,
),
""", ["timeago.format", "comment.createdAt"])

row("images_assets", "element", r"""
import 'package:flutter/material.dart';

class RecipeHeader extends StatelessWidget {
  const RecipeHeader({super.key, required this.title, required this.coverUrl, required this.minutes});

  final String title;
  final String coverUrl;
  final int minutes;

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.stretch,
      children: [
        // kapak resmi internetten gelene kadar assets/images/placeholder.png gözüksün, sonra yavaşça geçsin; 200 yükseklik
        Padding(
          padding: const EdgeInsets.all(12),
          child: Text(title, style: Theme.of(context).textTheme.titleLarge),
        ),
        Text('$minutes dk', textAlign: TextAlign.center),
      ],
    );
  }
}
""", r"""
FadeInImage.assetNetwork(
  placeholder: 'assets/images/placeholder.png',
  image: coverUrl,
  height: 200,
  fit: BoxFit.cover,
),
""", ["FadeInImage", "coverUrl"])

row("animations", "element", r"""
import 'package:flutter/material.dart';

class ChatShell extends StatefulWidget {
  const ChatShell({super.key});

  @override
  State<ChatShell> createState() => _ChatShellState();
}

class _ChatShellState extends State<ChatShell> {
  bool _open = false;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: Stack(
        children: [
          Center(
            child: TextButton(
              onPressed: () => setState(() => _open = !_open),
              child: const Text('Kanallar'),
            ),
          ),
          // 260 genişliğinde kanal paneli; _open ise soldan kayarak içeri girsin, değilse ekranın dışında dursun
        ],
      ),
    );
  }
}
""", r"""
AnimatedPositioned(
  duration: const Duration(milliseconds: 300),
  curve: Curves.easeOut,
  left: _open ? 0 : -260,
  top: 0,
  bottom: 0,
  width: 260,
  child: const Material(
    elevation: 8,
    child: Center(child: Text('Kanal listesi')),
  ),
),
""", ["AnimatedPositioned", "_open"])


# ================================================================ argument

row("theming", "argument", r"""
import 'package:flutter/material.dart';

class IbanField extends StatelessWidget {
  const IbanField({super.key, required this.controller});

  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: controller,
      keyboardType: TextInputType.text,
      decoration: InputDecoration(
        labelText: 'IBAN',
        border: const OutlineInputBorder(),
        // alana odaklanınca kenarlık temanın ana renginde ve 2 piksel kalınlığında olsun
      ),
    );
  }
}
""", r"""
focusedBorder: OutlineInputBorder(
  borderSide: BorderSide(
    color: Theme.of(context).colorScheme.primary,
    width: 2,
  ),
),
""", ["focusedBorder", "colorScheme.primary"])

row("animations", "argument", r"""
import 'package:flutter/material.dart';

class FlightCard extends StatefulWidget {
  const FlightCard({super.key, required this.route, required this.details});

  final String route;
  final String details;

  @override
  State<FlightCard> createState() => _FlightCardState();
}

class _FlightCardState extends State<FlightCard> {
  bool _showDetails = false;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: InkWell(
        onTap: () => setState(() => _showDetails = !_showDetails),
        child: AnimatedCrossFade(
          duration: const Duration(milliseconds: 250),
          firstChild: ListTile(title: Text(widget.route)),
          secondChild: ListTile(title: Text(widget.route), subtitle: Text(widget.details)),
          // detaylar açıksa ikinci çocuk görünsün, değilse birinci
        ),
      ),
    );
  }
}
""", r"""
crossFadeState: _showDetails ? CrossFadeState.showSecond : CrossFadeState.showFirst,
""", ["crossFadeState", "CrossFadeState.showSecond", "_showDetails"])

row("localization", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter_localizations/flutter_localizations.dart';

class UserPrefs {
  const UserPrefs({this.languageCode});

  /// null when the user has not picked a language.
  final String? languageCode;
}

class FitnessApp extends StatelessWidget {
  const FitnessApp({super.key, required this.prefs, required this.home});

  final UserPrefs prefs;
  final Widget home;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      supportedLocales: const [Locale('tr'), Locale('en')],
      localizationsDelegates: GlobalMaterialLocalizations.delegates,
      // kullanıcı dil seçtiyse o dil kullanılsın, seçmediyse cihazın dili
      home: home,
    );
  }
}
""", r"""
locale: prefs.languageCode == null ? null : Locale(prefs.languageCode!),
""", ["locale", "Locale", "prefs.languageCode"])

row("images_assets", "argument", r"""
import 'package:flutter/material.dart';

class ExpiredCouponCard extends StatelessWidget {
  const ExpiredCouponCard({super.key, required this.imageUrl, required this.title});

  final String imageUrl;
  final String title;

  @override
  Widget build(BuildContext context) {
    return Card(
      clipBehavior: Clip.antiAlias,
      child: Column(
        children: [
          Image.network(
            imageUrl,
            height: 120,
            fit: BoxFit.cover,
            // kupon süresi geçti: resim siyah beyaz görünsün
          ),
          ListTile(title: Text(title), subtitle: const Text('Süresi doldu')),
        ],
      ),
    );
  }
}
""", r"""
color: Colors.grey,
colorBlendMode: BlendMode.saturation,
""", ["colorBlendMode", "BlendMode.saturation"])

row("images_assets", "argument", r"""
import 'package:flutter/material.dart';

class PrivateDocumentPreview extends StatelessWidget {
  const PrivateDocumentPreview({super.key, required this.scanUrl, required this.token});

  final String scanUrl;
  final String token;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Taranmış belge')),
      body: Center(
        child: Image.network(
          scanUrl,
          fit: BoxFit.contain,
          // sunucu giriş istiyor; isteğe Bearer token'ı Authorization başlığı olarak ekle
        ),
      ),
    );
  }
}
""", r"""
headers: {'Authorization': 'Bearer $token'},
""", ["headers"])


if __name__ == "__main__":
    ROWS.write()
