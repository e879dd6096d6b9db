"""In-context held-out rows, batch 3 (holdout-c3): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics animations, theming, localization, images_assets
(5 rows each); app domains: a podcast app and a language-learning app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-c3.py  -> data/in_context/drafts/holdout-c3.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-c3", "holdc3")
row = ROWS.row


# ================================================================ statements

row("animations", "statements", r"""
import 'package:flutter/material.dart';

class QuizCard extends StatefulWidget {
  const QuizCard({super.key, required this.words});

  final List<String> words;

  @override
  State<QuizCard> createState() => _QuizCardState();
}

class _QuizCardState extends State<QuizCard> with SingleTickerProviderStateMixin {
  late final AnimationController _celebration = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 700),
  );
  int _index = 0;

  void _showNext() {
    setState(() => _index = (_index + 1) % widget.words.length);
  }

  Future<void> _onCorrectAnswer() async {
    // kutlama animasyonunu bastan oynat, bitince siradaki kelimeye gec
  }

  @override
  void dispose() {
    _celebration.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        ScaleTransition(
          scale: _celebration,
          child: const Icon(Icons.star, color: Colors.amber, size: 48),
        ),
        Text(widget.words[_index], style: const TextStyle(fontSize: 28)),
        FilledButton(onPressed: _onCorrectAnswer, child: const Text('Doğru')),
      ],
    );
  }
}
""", r"""
await _celebration.forward(from: 0);
if (!mounted) return;
_showNext();
""", [
    "_celebration.forward",
    "from: 0 | _celebration.reset | _celebration.value = 0",
    "await | .then( | whenComplete | addStatusListener | .orCancel",
    "_showNext",
], must_not=["repeat", "_celebration.reverse"])

row("theming", "statements", r"""
import 'package:flutter/material.dart';

class Podcast {
  const Podcast({required this.name, required this.author, required this.episodeCount});

  final String name;
  final String author;
  final int episodeCount;
}

class PodcastSummaryCard extends StatelessWidget {
  const PodcastSummaryCard({super.key, required this.podcast});

  final Podcast podcast;

  @override
  Widget build(BuildContext context) {
    // uygulama karanlık temadaysa cardColor grey.shade900, açık temadaysa beyaz olsun
    return Card(
      color: cardColor,
      child: ListTile(
        title: Text(podcast.name),
        subtitle: Text(podcast.author),
        trailing: Text('${podcast.episodeCount} bölüm'),
      ),
    );
  }
}
""", r"""
final isDark = Theme.of(context).brightness == Brightness.dark;
final cardColor = isDark ? Colors.grey.shade900 : Colors.white;
""", [
    "brightness | brightnessOf",
    "Brightness.dark | Brightness.light",
    "Colors.grey.shade900 | Colors.grey[900]",
    "Colors.white",
    "cardColor",
], must_not=[
    "platformBrightness",
    "isDark ? Colors.white | == Brightness.dark ? Colors.white | != Brightness.light ? Colors.white",
])

row("localization", "statements", r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

class Episode {
  const Episode({required this.title, required this.publishedAt, required this.listens});

  final String title;
  final DateTime publishedAt;
  final int listens;
}

String publishLabel(Episode episode) {
  // yayin tarihini turkce gun ve ay adiyla yaz, ornek: Pazartesi, 3 Mart
}

class EpisodeListTile extends StatelessWidget {
  const EpisodeListTile({super.key, required this.episode});

  final Episode episode;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: const Icon(Icons.podcasts),
      title: Text(episode.title),
      subtitle: Text(publishLabel(episode)),
      trailing: Text('${episode.listens}'),
    );
  }
}
""", r"""
return DateFormat('EEEE, d MMMM', 'tr_TR').format(episode.publishedAt);
""", ["return", "DateFormat", "episode.publishedAt"],
    checks=["literal 'tr'", "literal 'EEEE'", "literal 'MMMM'"])

row("images_assets", "statements", r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:image_picker/image_picker.dart';

class CreatePlaylistPage extends StatefulWidget {
  const CreatePlaylistPage({super.key});

  @override
  State<CreatePlaylistPage> createState() => _CreatePlaylistPageState();
}

class _CreatePlaylistPageState extends State<CreatePlaylistPage> {
  final _nameController = TextEditingController();
  final _picker = ImagePicker();
  String? _coverPath;

  Future<void> _pickCover() async {
    // galeriden kapak sec, genislik en fazla 1024 olsun; secilirse _coverPath'e yaz
  }

  @override
  void dispose() {
    _nameController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Yeni çalma listesi')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          GestureDetector(
            onTap: _pickCover,
            child: CircleAvatar(
              radius: 56,
              backgroundImage: _coverPath == null ? null : FileImage(File(_coverPath!)),
              child: _coverPath == null ? const Icon(Icons.add_a_photo) : null,
            ),
          ),
          const SizedBox(height: 16),
          TextField(
            controller: _nameController,
            decoration: const InputDecoration(labelText: 'Liste adı'),
          ),
        ],
      ),
    );
  }
}
""", r"""
final picked = await _picker.pickImage(source: ImageSource.gallery, maxWidth: 1024);
if (picked == null || !mounted) return;
setState(() => _coverPath = picked.path);
""", ["pickImage", "ImageSource.gallery", "maxWidth", "setState", "_coverPath", ".path"],
    must_not=["ImageSource.camera", "getImage"],
    checks=["call .pickImage(source, maxWidth)", "literal 1024"])

# ================================================================ callback

row("animations", "callback", r"""
import 'dart:math' as math;

import 'package:flutter/material.dart';

class SpinningCover extends StatefulWidget {
  const SpinningCover({super.key, required this.coverUrl, required this.isPlaying});

  final String coverUrl;
  final bool isPlaying;

  @override
  State<SpinningCover> createState() => _SpinningCoverState();
}

class _SpinningCoverState extends State<SpinningCover> with SingleTickerProviderStateMixin {
  late final AnimationController _spin = AnimationController(
    vsync: this,
    duration: const Duration(seconds: 8),
  );

  @override
  void didUpdateWidget(SpinningCover oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (widget.isPlaying) {
      _spin.repeat();
    } else {
      _spin.stop();
    }
  }

  @override
  void dispose() {
    _spin.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedBuilder(
      animation: _spin,
      child: ClipOval(
        child: Image.network(widget.coverUrl, width: 220, height: 220, fit: BoxFit.cover),
      ),
      builder: (context, child) {
        // kapagi controller degerine gore tam tur dondur, child'i bastan olusturma
      },
    );
  }
}
""", r"""
return Transform.rotate(
  angle: _spin.value * 2 * math.pi,
  child: child,
);
""", [
    "return",
    "Transform.rotate | Matrix4.rotationZ | RotationTransition",
    "2 * math.pi | math.pi * 2 | 2.0 * math.pi | math.pi * 2.0 | turns: _spin",
    "child: child",
], must_not=["Image.network"])

row("theming", "callback", r"""
import 'package:flutter/material.dart';

class AppearanceSettings extends StatefulWidget {
  const AppearanceSettings({
    super.key,
    required this.initialDark,
    required this.onThemeModeChanged,
  });

  final bool initialDark;
  final ValueChanged<ThemeMode> onThemeModeChanged;

  @override
  State<AppearanceSettings> createState() => _AppearanceSettingsState();
}

class _AppearanceSettingsState extends State<AppearanceSettings> {
  late bool _isDark = widget.initialDark;
  double _fontScale = 1.0;

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        SwitchListTile(
          title: const Text('Karanlık mod'),
          secondary: const Icon(Icons.dark_mode_outlined),
          value: _isDark,
          onChanged: (value) {
            // switch'i guncelle, uygulamaya da acikken dark kapaliyken light ThemeMode gonder
          },
        ),
        ListTile(
          title: const Text('Yazı boyutu'),
          subtitle: Slider(
            value: _fontScale,
            min: 0.8,
            max: 1.4,
            divisions: 6,
            onChanged: (v) => setState(() => _fontScale = v),
          ),
        ),
      ],
    );
  }
}
""", r"""
setState(() => _isDark = value);
widget.onThemeModeChanged(value ? ThemeMode.dark : ThemeMode.light);
""", ["setState", "_isDark", "widget.onThemeModeChanged", "ThemeMode.dark", "ThemeMode.light"],
    must_not=["value ? ThemeMode.light | _isDark ? ThemeMode.light", "ThemeMode.system"],
    checks=["call setState"])

row("localization", "callback", r"""
import 'package:flutter/material.dart';
import 'package:flutter_localizations/flutter_localizations.dart';

import 'home_page.dart';

class WordyApp extends StatelessWidget {
  const WordyApp({super.key});

  static const supported = [Locale('tr'), Locale('en'), Locale('de'), Locale('es')];

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Wordy',
      supportedLocales: supported,
      localizationsDelegates: GlobalMaterialLocalizations.delegates,
      localeResolutionCallback: (deviceLocale, supportedLocales) {
        // cihazin dili destekleniyorsa onu sec (ulke koduna bakma), yoksa ingilizce acilsin
      },
      home: const HomePage(),
    );
  }
}
""", r"""
for (final locale in supportedLocales) {
  if (locale.languageCode == deviceLocale?.languageCode) {
    return locale;
  }
}
return const Locale('en');
""", ["languageCode", "deviceLocale", "supportedLocales | supported", "Locale("],
    must_not=["countryCode"],
    checks=["literal 'en'"])

row("images_assets", "callback", r"""
import 'package:flutter/material.dart';

class Lesson {
  const Lesson({required this.title, required this.illustrationUrl, required this.level});

  final String title;
  final String illustrationUrl;
  final String level;
}

class LessonIllustration extends StatelessWidget {
  const LessonIllustration({super.key, required this.lesson});

  final Lesson lesson;

  @override
  Widget build(BuildContext context) {
    return AspectRatio(
      aspectRatio: 16 / 9,
      child: Image.network(
        lesson.illustrationUrl,
        fit: BoxFit.cover,
        loadingBuilder: (context, child, loadingProgress) {
          // yükleme bittiyse resmi göster, bitmediyse yüzdeyi gösteren CircularProgressIndicator
        },
        errorBuilder: (context, error, stackTrace) =>
            const Center(child: Icon(Icons.broken_image_outlined)),
      ),
    );
  }
}
""", r"""
if (loadingProgress == null) return child;
final total = loadingProgress.expectedTotalBytes;
return Center(
  child: CircularProgressIndicator(
    value: total == null ? null : loadingProgress.cumulativeBytesLoaded / total,
  ),
);
""", [
    "loadingProgress == null | loadingProgress != null | null == loadingProgress",
    "child",
    "CircularProgressIndicator",
    "cumulativeBytesLoaded",
    "expectedTotalBytes",
], must_not=["!= null) return child | != null ? child"],
    checks=["call CircularProgressIndicator(value)"])

# ================================================================ class_body

row("animations", "class_body", r"""
import 'package:flutter/material.dart';

class BadgeUnlockedDialog extends StatefulWidget {
  const BadgeUnlockedDialog({super.key, required this.badgeName});

  final String badgeName;

  @override
  State<BadgeUnlockedDialog> createState() => _BadgeUnlockedDialogState();
}

class _BadgeUnlockedDialogState extends State<BadgeUnlockedDialog>
    with SingleTickerProviderStateMixin {
  late final AnimationController _controller;
  late final Animation<double> _scale;

  // initState'i yaz: 300 ms'lik controller, _scale 0.8'den 1'e easeOutBack ile büyüsün, açılınca hemen başlasın

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ScaleTransition(
      scale: _scale,
      child: AlertDialog(
        title: const Text('Yeni rozet!'),
        content: Text(widget.badgeName),
        actions: [
          TextButton(
            onPressed: () => Navigator.pop(context),
            child: const Text('Harika'),
          ),
        ],
      ),
    );
  }
}
""", r"""
@override
void initState() {
  super.initState();
  _controller = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 300),
  );
  _scale = Tween<double>(begin: 0.8, end: 1).animate(
    CurvedAnimation(parent: _controller, curve: Curves.easeOutBack),
  );
  _controller.forward();
}
""", [
    "void initState",
    "super.initState",
    "_controller = AnimationController",
    "_scale =",
    "Curves.easeOutBack",
    "forward",
], checks=["call AnimationController(vsync, duration)", "literal 300", "literal 0.8"])

row("theming", "class_body", r"""
import 'package:flutter/material.dart';

@immutable
class AnswerColors extends ThemeExtension<AnswerColors> {
  const AnswerColors({required this.correct, required this.wrong});

  final Color correct;
  final Color wrong;

  static const light = AnswerColors(correct: Color(0xFF2E7D32), wrong: Color(0xFFC62828));
  static const dark = AnswerColors(correct: Color(0xFF81C784), wrong: Color(0xFFE57373));

  @override
  AnswerColors copyWith({Color? correct, Color? wrong}) {
    return AnswerColors(
      correct: correct ?? this.correct,
      wrong: wrong ?? this.wrong,
    );
  }

  // lerp'i ekle ki acik/koyu tema degisirken iki renk de yumusakca gecsin
}

class AnswerChip extends StatelessWidget {
  const AnswerChip({super.key, required this.text, required this.isCorrect});

  final String text;
  final bool isCorrect;

  @override
  Widget build(BuildContext context) {
    final colors = Theme.of(context).extension<AnswerColors>() ?? AnswerColors.light;
    return Chip(
      label: Text(text),
      backgroundColor: isCorrect ? colors.correct : colors.wrong,
    );
  }
}
""", r"""
@override
AnswerColors lerp(ThemeExtension<AnswerColors>? other, double t) {
  if (other is! AnswerColors) return this;
  return AnswerColors(
    correct: Color.lerp(correct, other.correct, t)!,
    wrong: Color.lerp(wrong, other.wrong, t)!,
  );
}
""", ["@override", "AnswerColors lerp( | ThemeExtension<AnswerColors> lerp(", "Color.lerp", "other.correct",
      "other.wrong"],
    checks=["call Color.lerp"])

row("localization", "class_body", r"""
import 'package:flutter/widgets.dart';

class PodcastStrings {
  PodcastStrings(this.locale, this._values);

  final Locale locale;
  final Map<String, String> _values;

  static PodcastStrings of(BuildContext context) =>
      Localizations.of<PodcastStrings>(context, PodcastStrings)!;

  String get(String key) => _values[key] ?? key;
}

class PodcastStringsDelegate extends LocalizationsDelegate<PodcastStrings> {
  const PodcastStringsDelegate(this.loadTable);

  final Future<Map<String, String>> Function(String languageCode) loadTable;

  // sadece tr, en ve de dilleri desteklensin

  @override
  Future<PodcastStrings> load(Locale locale) async {
    final table = await loadTable(locale.languageCode);
    return PodcastStrings(locale, table);
  }

  @override
  bool shouldReload(PodcastStringsDelegate old) => false;
}
""", r"""
@override
bool isSupported(Locale locale) => const ['tr', 'en', 'de'].contains(locale.languageCode);
""", ["bool isSupported", "languageCode"],
    must_not=["countryCode"],
    checks=["literal 'tr'", "literal 'en'", "literal 'de'"])

row("images_assets", "class_body", r"""
import 'package:cached_network_image/cached_network_image.dart';
import 'package:flutter/material.dart';

class Lesson {
  const Lesson({required this.id, required this.title, this.imageUrl});

  final String id;
  final String title;
  final String? imageUrl;
}

class LessonGrid extends StatelessWidget {
  const LessonGrid({super.key, required this.lessons, required this.onOpen});

  final List<Lesson> lessons;
  final ValueChanged<Lesson> onOpen;

  // _imageFor yaz: imageUrl varsa CachedNetworkImage, yoksa assets/images/lesson_placeholder.png; ikisi de cover

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      padding: const EdgeInsets.all(12),
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
        crossAxisCount: 2,
        mainAxisSpacing: 12,
        crossAxisSpacing: 12,
      ),
      itemCount: lessons.length,
      itemBuilder: (context, index) {
        final lesson = lessons[index];
        return InkWell(
          onTap: () => onOpen(lesson),
          child: Column(
            children: [
              Expanded(child: _imageFor(lesson)),
              Text(lesson.title),
            ],
          ),
        );
      },
    );
  }
}
""", r"""
Widget _imageFor(Lesson lesson) {
  final url = lesson.imageUrl;
  if (url == null) {
    return Image.asset('assets/images/lesson_placeholder.png', fit: BoxFit.cover);
  }
  return CachedNetworkImage(imageUrl: url, fit: BoxFit.cover);
}
""", ["_imageFor(", "CachedNetworkImage", "Image.asset | AssetImage", "imageUrl", "BoxFit.cover"],
    checks=["literal 'assets/images/lesson_placeholder.png'", "call CachedNetworkImage(imageUrl, fit)"])

# ================================================================ element

row("animations", "element", r"""
import 'package:flutter/material.dart';

class Episode {
  const Episode({required this.title, required this.duration});

  final String title;
  final Duration duration;
}

class EpisodeTile extends StatelessWidget {
  const EpisodeTile({
    super.key,
    required this.episode,
    required this.downloaded,
    required this.onDownload,
  });

  final Episode episode;
  final bool downloaded;
  final VoidCallback onDownload;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
      child: Row(
        children: [
          Expanded(
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                Text(episode.title, maxLines: 2, overflow: TextOverflow.ellipsis),
                Text('${episode.duration.inMinutes} dk'),
              ],
            ),
          ),
          // indirme butonu: basinca onDownload, downloaded olunca ikon 250 ms'de tik ikonuna gecsin (AnimatedSwitcher)
        ],
      ),
    );
  }
}
""", r"""
IconButton(
  onPressed: downloaded ? null : onDownload,
  icon: AnimatedSwitcher(
    duration: const Duration(milliseconds: 250),
    child: downloaded
        ? const Icon(Icons.check_circle, key: ValueKey('done'))
        : const Icon(Icons.download, key: ValueKey('download')),
  ),
),
""", [
    "AnimatedSwitcher",
    "downloaded",
    "onDownload",
    "Icons.check | Icons.check_circle | Icons.check_circle_outline | Icons.done | Icons.done_all"
    " | Icons.download_done | Icons.task_alt",
    "key:",
], checks=["call AnimatedSwitcher(duration, child)", "literal 250"])

row("theming", "element", r"""
import 'package:flutter/material.dart';

class Episode {
  const Episode({required this.title, required this.description, required this.publishedAt});

  final String title;
  final String description;
  final DateTime publishedAt;
}

class EpisodeHeader extends StatelessWidget {
  const EpisodeHeader({super.key, required this.episode, required this.onPlay});

  final Episode episode;
  final VoidCallback onPlay;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Padding(
      padding: const EdgeInsets.all(16),
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          // bölüm başlığı: temanın titleLarge stili, rengi de primary olsun
          const SizedBox(height: 8),
          Text(
            episode.description,
            style: theme.textTheme.bodyMedium,
            maxLines: 3,
            overflow: TextOverflow.ellipsis,
          ),
          const SizedBox(height: 12),
          FilledButton.icon(
            onPressed: onPlay,
            icon: const Icon(Icons.play_arrow),
            label: const Text('Dinle'),
          ),
        ],
      ),
    );
  }
}
""", r"""
Text(
  episode.title,
  style: theme.textTheme.titleLarge?.copyWith(color: theme.colorScheme.primary),
),
""", [
    "episode.title",
    "textTheme.titleLarge | TextTheme.of(context).titleLarge",
    "colorScheme.primary | ColorScheme.of(context).primary",
], must_not=["headline6", "primaryColor", "Colors."],
    checks=["call Text"])

row("localization", "element", r"""
import 'package:flutter/material.dart';
import 'package:flutter_localizations/flutter_localizations.dart';

import 'l10n/app_localizations.dart';
import 'screens/library_screen.dart';

class PodcastApp extends StatelessWidget {
  const PodcastApp({super.key, required this.locale});

  final Locale locale;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      onGenerateTitle: (context) => AppLocalizations.of(context)!.appTitle,
      locale: locale,
      supportedLocales: AppLocalizations.supportedLocales,
      localizationsDelegates: const [
        AppLocalizations.delegate,
        // material, widgets ve cupertino ceviri delegelerini de ekle
      ],
      theme: ThemeData(colorSchemeSeed: Colors.deepOrange, useMaterial3: true),
      home: const LibraryScreen(),
    );
  }
}
""", r"""
GlobalMaterialLocalizations.delegate,
GlobalWidgetsLocalizations.delegate,
GlobalCupertinoLocalizations.delegate,
""", [
    "GlobalMaterialLocalizations.delegate | GlobalMaterialLocalizations.delegates",
    "GlobalWidgetsLocalizations.delegate | GlobalMaterialLocalizations.delegates",
    "GlobalCupertinoLocalizations.delegate | GlobalMaterialLocalizations.delegates",
])

row("images_assets", "element", r"""
import 'package:flutter/material.dart';

class Host {
  const Host({required this.name, this.photoUrl});

  final String name;
  final String? photoUrl;
}

class HostRow extends StatelessWidget {
  const HostRow({super.key, required this.host, required this.episodeCount});

  final Host host;
  final int episodeCount;

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        // sunucunun fotosunu 24 yaricapli yuvarlak avatar yap, foto yoksa adinin bas harfi yazsin
        const SizedBox(width: 12),
        Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(host.name, style: Theme.of(context).textTheme.titleMedium),
            Text('$episodeCount bölüm'),
          ],
        ),
      ],
    );
  }
}
""", r"""
CircleAvatar(
  radius: 24,
  backgroundImage: host.photoUrl != null ? NetworkImage(host.photoUrl!) : null,
  child: host.photoUrl == null ? Text(host.name[0]) : null,
),
""", [
    "CircleAvatar",
    "NetworkImage | CachedNetworkImageProvider",
    "host.photoUrl",
    "host.name",
], checks=["call CircleAvatar(radius)", "literal 24"])

# ================================================================ argument

row("animations", "argument", r"""
import 'package:flutter/material.dart';

class HintBox extends StatefulWidget {
  const HintBox({super.key, required this.hint});

  final String hint;

  @override
  State<HintBox> createState() => _HintBoxState();
}

class _HintBoxState extends State<HintBox> {
  bool _showHint = false;

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextButton.icon(
          onPressed: () => setState(() => _showHint = !_showHint),
          icon: const Icon(Icons.lightbulb_outline),
          label: Text(_showHint ? 'İpucunu gizle' : 'İpucu göster'),
        ),
        AnimatedOpacity(
          opacity: _showHint ? 1 : 0,
          // yarım saniyede yavaş yavaş belirsin, eğri easeIn olsun
          child: Card(
            child: Padding(
              padding: const EdgeInsets.all(12),
              child: Text(widget.hint),
            ),
          ),
        ),
      ],
    );
  }
}
""", r"""
duration: const Duration(milliseconds: 500),
curve: Curves.easeIn,
""", ["duration:", "curve: Curves.easeIn"],
    checks=["call Duration(milliseconds)", "literal 500"])

row("theming", "argument", r"""
import 'package:flutter/material.dart';

import 'screens/home_screen.dart';

class LinguaApp extends StatefulWidget {
  const LinguaApp({super.key});

  @override
  State<LinguaApp> createState() => _LinguaAppState();
}

class _LinguaAppState extends State<LinguaApp> {
  static const _seed = Color(0xFF00897B);
  ThemeMode _themeMode = ThemeMode.system;

  void _changeThemeMode(ThemeMode mode) {
    setState(() => _themeMode = mode);
  }

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Lingua',
      debugShowCheckedModeBanner: false,
      theme: ThemeData(
        colorScheme: ColorScheme.fromSeed(seedColor: _seed),
        useMaterial3: true,
      ),
      // ayni seed ile karanlik tema da ekle, hangisinin kullanilacagini _themeMode belirlesin
      home: HomeScreen(onThemeModeChanged: _changeThemeMode),
    );
  }
}
""", r"""
darkTheme: ThemeData(
  colorScheme: ColorScheme.fromSeed(seedColor: _seed, brightness: Brightness.dark),
  useMaterial3: true,
),
themeMode: _themeMode,
""", ["darkTheme:", "Brightness.dark", "_seed", "themeMode: _themeMode"])

row("localization", "argument", r"""
import 'package:flutter/material.dart';

class Word {
  const Word({required this.original, required this.translation, required this.transliteration});

  final String original;
  final String translation;
  final String transliteration;
}

class ArabicWordCard extends StatelessWidget {
  const ArabicWordCard({super.key, required this.word});

  final Word word;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(20),
        child: Column(
          children: [
            Text(
              word.original,
              style: const TextStyle(fontSize: 32),
              // arapça kelime bu, sağdan sola yazılsın ve ortalı dursun
            ),
            const SizedBox(height: 8),
            Text(word.transliteration, style: const TextStyle(fontStyle: FontStyle.italic)),
            Text(word.translation),
          ],
        ),
      ),
    );
  }
}
""", r"""
textDirection: TextDirection.rtl,
textAlign: TextAlign.center,
""", ["textDirection: TextDirection.rtl", "textAlign: TextAlign.center"],
    must_not=["TextAlign.right", "TextAlign.end"])

row("images_assets", "argument", r"""
import 'package:flutter/material.dart';

class SearchResult {
  const SearchResult({required this.title, required this.publisher, required this.artworkUrl});

  final String title;
  final String publisher;
  final String artworkUrl;
}

class SearchResultsList extends StatelessWidget {
  const SearchResultsList({super.key, required this.results, required this.onSelect});

  final List<SearchResult> results;
  final ValueChanged<SearchResult> onSelect;

  @override
  Widget build(BuildContext context) {
    return ListView.separated(
      itemCount: results.length,
      separatorBuilder: (_, __) => const Divider(height: 1),
      itemBuilder: (context, index) {
        final result = results[index];
        return ListTile(
          onTap: () => onSelect(result),
          leading: ClipRRect(
            borderRadius: BorderRadius.circular(8),
            child: Image.network(
              result.artworkUrl,
              width: 56,
              height: 56,
              // liste kasmasin, resmi 112 px genislikte decode etsin ve kutuyu kirparak doldursun
            ),
          ),
          title: Text(result.title),
          subtitle: Text(result.publisher),
        );
      },
    );
  }
}
""", r"""
cacheWidth: 112,
fit: BoxFit.cover,
""", ["cacheWidth", "fit: BoxFit.cover"],
    must_not=["BoxFit.fill", "BoxFit.contain"],
    checks=["literal 112"])

ROWS.write()
