"""In-context held-out confirmation rows (holdout-3): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument) over widgets_layout, theming, animations.

Run: .venv/bin/python experiments/in-context-authoring/holdout-3.py  -> data/in_context/drafts/holdout-3.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-3", "hold3")
row = ROWS.row


# ================================================================ statements
row("widgets_layout", "statements", r"""
import 'package:flutter/material.dart';

class NoteEditorPage extends StatelessWidget {
  const NoteEditorPage({super.key, required this.controller});

  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    // klavye açıkken alttan ne kadar yer kapladığını keyboardInset değişkenine al
    return Scaffold(
      appBar: AppBar(title: const Text('Not')),
      body: Padding(
        padding: EdgeInsets.fromLTRB(16, 16, 16, 16 + keyboardInset),
        child: TextField(
          controller: controller,
          maxLines: null,
          expands: true,
          decoration: const InputDecoration(hintText: 'Bir şeyler yaz...'),
        ),
      ),
    );
  }
}
""", r"""
final keyboardInset = MediaQuery.viewInsetsOf(context).bottom;
""", ["keyboardInset", "MediaQuery.viewInsetsOf | MediaQuery.of", "bottom"],
    must_not=["viewPadding", "padding.bottom"])

row("theming", "statements", r"""
import 'package:flutter/material.dart';

class BalanceCard extends StatelessWidget {
  const BalanceCard({super.key, required this.balance, required this.accountName});

  final double balance;
  final String accountName;

  @override
  Widget build(BuildContext context) {
    // Karanlık moddaysak kart rengi temadaki surfaceContainerHighest, açık modda primaryContainer olsun; cardColor'a ata
    return Card(
      color: cardColor,
      child: Padding(
        padding: const EdgeInsets.all(20),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(accountName),
            const SizedBox(height: 8),
            Text(
              '₺${balance.toStringAsFixed(2)}',
              style: Theme.of(context).textTheme.headlineMedium,
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
final theme = Theme.of(context);
final cardColor = theme.brightness == Brightness.dark
    ? theme.colorScheme.surfaceContainerHighest
    : theme.colorScheme.primaryContainer;
""", ["cardColor", "Brightness.dark | Brightness.light", "surfaceContainerHighest"])

row("animations", "statements", r"""
import 'package:flutter/material.dart';

class SaveBadge extends StatefulWidget {
  const SaveBadge({super.key});

  @override
  State<SaveBadge> createState() => SaveBadgeState();
}

class SaveBadgeState extends State<SaveBadge> with SingleTickerProviderStateMixin {
  late final AnimationController _badgeController = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 250),
  );

  Future<void> showSaved() async {
    // rozeti animasyonla göster, 1 saniye bekle, sonra yine animasyonla gizle
  }

  @override
  void dispose() {
    _badgeController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return FadeTransition(
      opacity: _badgeController,
      child: const Chip(
        avatar: Icon(Icons.check, size: 18),
        label: Text('Kaydedildi'),
      ),
    );
  }
}
""", r"""
await _badgeController.forward();
await Future.delayed(const Duration(seconds: 1));
if (!mounted) return;
await _badgeController.reverse();
""", ["_badgeController.forward", "_badgeController.reverse", "Future.delayed | Timer"])

row("widgets_layout", "statements", r"""
import 'package:flutter/material.dart';

class RecipeGallery extends StatelessWidget {
  const RecipeGallery({super.key, required this.photos});

  final List<String> photos;

  @override
  Widget build(BuildContext context) {
    // telefon dik tutulursa 2 sütun, yan çevrilince 4 sütun göster; sütun sayısını columns değişkenine koy
    return GridView.count(
      crossAxisCount: columns,
      padding: const EdgeInsets.all(8),
      mainAxisSpacing: 8,
      crossAxisSpacing: 8,
      children: [
        for (final url in photos)
          ClipRRect(
            borderRadius: BorderRadius.circular(8),
            child: Image.network(url, fit: BoxFit.cover),
          ),
      ],
    );
  }
}
""", r"""
final columns =
    MediaQuery.orientationOf(context) == Orientation.portrait ? 2 : 4;
""", ["columns", "MediaQuery.orientationOf | MediaQuery.of | OrientationBuilder", "Orientation.portrait | Orientation.landscape"])

# ================================================================ callback
row("animations", "callback", r"""
import 'package:flutter/material.dart';

class StepGoalRing extends StatefulWidget {
  const StepGoalRing({super.key, required this.progress});

  final double progress;

  @override
  State<StepGoalRing> createState() => _StepGoalRingState();
}

class _StepGoalRingState extends State<StepGoalRing> with SingleTickerProviderStateMixin {
  late final AnimationController _ringController;
  bool _showConfetti = false;

  @override
  void initState() {
    super.initState();
    _ringController = AnimationController(vsync: this, duration: const Duration(seconds: 1));
    _ringController.addStatusListener((status) {
      // halka dolma animasyonu bitince konfetiyi göster
    });
    _ringController.animateTo(widget.progress);
  }

  @override
  void dispose() {
    _ringController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Stack(
      alignment: Alignment.center,
      children: [
        AnimatedBuilder(
          animation: _ringController,
          builder: (context, _) => CircularProgressIndicator(value: _ringController.value, strokeWidth: 10),
        ),
        if (_showConfetti) const Icon(Icons.celebration, size: 48, color: Colors.amber),
      ],
    );
  }
}
""", r"""
if (status == AnimationStatus.completed) {
  setState(() => _showConfetti = true);
}
""", ["AnimationStatus.completed | isCompleted", "_showConfetti", "setState"])

row("theming", "callback", r"""
import 'package:flutter/material.dart';

class AppearanceSettings extends StatelessWidget {
  const AppearanceSettings({super.key, required this.themeMode, required this.onThemeModeChanged});

  final ThemeMode themeMode;
  final ValueChanged<ThemeMode> onThemeModeChanged;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: const Text('Görünüm'),
      subtitle: SegmentedButton<ThemeMode>(
        segments: const [
          ButtonSegment(value: ThemeMode.light, label: Text('Açık')),
          ButtonSegment(value: ThemeMode.system, label: Text('Sistem')),
          ButtonSegment(value: ThemeMode.dark, label: Text('Koyu')),
        ],
        selected: {themeMode},
        onSelectionChanged: (selection) {
          // secilen tema modunu disariya bildir
        },
      ),
    );
  }
}
""", r"""
onThemeModeChanged(selection.first);
""", ["onThemeModeChanged", "selection.first | selection.single"])

row("widgets_layout", "callback", r"""
import 'package:flutter/material.dart';

class DestinationDetail extends StatelessWidget {
  const DestinationDetail({super.key, required this.imageUrl, required this.title, required this.description});

  final String imageUrl;
  final String title;
  final String description;

  Widget _buildPhoto() => Image.network(imageUrl, fit: BoxFit.cover);

  Widget _buildDetails(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(16),
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(title, style: Theme.of(context).textTheme.headlineSmall),
          const SizedBox(height: 8),
          Text(description),
        ],
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: OrientationBuilder(
        builder: (context, orientation) {
          // Yatayda fotoğraf ve detaylar yan yana eşit genişlikte, dikeyde fotoğraf üstte detaylar altta olsun
        },
      ),
    );
  }
}
""", r"""
if (orientation == Orientation.landscape) {
  return Row(
    children: [
      Expanded(child: _buildPhoto()),
      Expanded(child: _buildDetails(context)),
    ],
  );
}
return Column(
  children: [
    _buildPhoto(),
    _buildDetails(context),
  ],
);
""", ["Orientation.landscape | Orientation.portrait", "Row", "Column", "Expanded | Flexible"])

row("animations", "callback", r"""
import 'package:flutter/material.dart';

class FaqTile extends StatefulWidget {
  const FaqTile({super.key, required this.question, required this.answer});

  final String question;
  final String answer;

  @override
  State<FaqTile> createState() => _FaqTileState();
}

class _FaqTileState extends State<FaqTile> with SingleTickerProviderStateMixin {
  late final AnimationController _expandController = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 300),
  );

  @override
  void dispose() {
    _expandController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        ListTile(
          title: Text(widget.question),
          onTap: () {
            // cevap açıksa animasyonla kapansın, kapalıysa açılsın
          },
        ),
        SizeTransition(
          sizeFactor: _expandController,
          child: Padding(padding: const EdgeInsets.all(16), child: Text(widget.answer)),
        ),
      ],
    );
  }
}
""", r"""
if (_expandController.isCompleted) {
  _expandController.reverse();
} else {
  _expandController.forward();
}
""", ["_expandController.forward", "_expandController.reverse"])

# ================================================================ class_body
row("theming", "class_body", r"""
import 'package:flutter/material.dart';

@immutable
class ChatBubbleColors extends ThemeExtension<ChatBubbleColors> {
  const ChatBubbleColors({required this.mine, required this.other});

  final Color mine;
  final Color other;

  // temadan bu uzantıyı okuyan static of(context) kısayolunu ekle

  @override
  ChatBubbleColors copyWith({Color? mine, Color? other}) {
    return ChatBubbleColors(mine: mine ?? this.mine, other: other ?? this.other);
  }

  @override
  ChatBubbleColors lerp(ChatBubbleColors? other, double t) {
    if (other == null) return this;
    return ChatBubbleColors(
      mine: Color.lerp(mine, other.mine, t)!,
      other: Color.lerp(this.other, other.other, t)!,
    );
  }
}
""", r"""
static ChatBubbleColors of(BuildContext context) {
  return Theme.of(context).extension<ChatBubbleColors>()!;
}
""", ["of", "static", "extension<ChatBubbleColors> | extension"])

row("animations", "class_body", r"""
import 'package:flutter/material.dart';

class WelcomeBanner extends StatefulWidget {
  const WelcomeBanner({super.key, required this.userName});

  final String userName;

  @override
  State<WelcomeBanner> createState() => _WelcomeBannerState();
}

class _WelcomeBannerState extends State<WelcomeBanner> with SingleTickerProviderStateMixin {
  late final AnimationController _controller = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 600),
  )..forward();

  // _slide animasyonu: banner ekranın solundan kayarak gelip yerine otursun, sona doğru yavaşlasın

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return SlideTransition(
      position: _slide,
      child: Card(
        child: ListTile(
          leading: const Icon(Icons.waving_hand),
          title: Text('Hoş geldin, ${widget.userName}!'),
        ),
      ),
    );
  }
}
""", r"""
late final Animation<Offset> _slide = Tween<Offset>(
  begin: const Offset(-1, 0),
  end: Offset.zero,
).animate(CurvedAnimation(parent: _controller, curve: Curves.easeOut));
""", ["_slide", "Tween | SlideTransition", "_controller"])

row("widgets_layout", "class_body", r"""
import 'package:flutter/material.dart';

class WorkoutSummary extends StatelessWidget {
  const WorkoutSummary({super.key, required this.minutes, required this.calories, required this.distanceKm});

  final int minutes;
  final int calories;
  final double distanceKm;

  // _buildStat(label, value) metodunu yaz: değer büyük ve kalın, altında etiket küçük ve gri, ortalanmış

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.symmetric(vertical: 16),
        child: Row(
          mainAxisAlignment: MainAxisAlignment.spaceEvenly,
          children: [
            _buildStat('Süre', '$minutes dk'),
            _buildStat('Kalori', '$calories kcal'),
            _buildStat('Mesafe', '${distanceKm.toStringAsFixed(1)} km'),
          ],
        ),
      ),
    );
  }
}
""", r"""
Widget _buildStat(String label, String value) {
  return Column(
    mainAxisSize: MainAxisSize.min,
    children: [
      Text(value, style: const TextStyle(fontSize: 22, fontWeight: FontWeight.bold)),
      const SizedBox(height: 4),
      Text(label, style: const TextStyle(fontSize: 12, color: Colors.grey)),
    ],
  );
}
""", ["_buildStat", "Column", "FontWeight.bold | FontWeight.w700 | FontWeight.w600"])

row("theming", "class_body", r"""
import 'dart:ui' show lerpDouble;

import 'package:flutter/material.dart';

@immutable
class ChartPalette extends ThemeExtension<ChartPalette> {
  const ChartPalette({required this.line, required this.fill, required this.strokeWidth});

  final Color line;
  final Color fill;
  final double strokeWidth;

  // copyWith override'ini yaz: verilmeyen alanlar eskisi gibi kalsin

  @override
  ChartPalette lerp(ChartPalette? other, double t) {
    if (other == null) return this;
    return ChartPalette(
      line: Color.lerp(line, other.line, t)!,
      fill: Color.lerp(fill, other.fill, t)!,
      strokeWidth: lerpDouble(strokeWidth, other.strokeWidth, t)!,
    );
  }
}
""", r"""
@override
ChartPalette copyWith({Color? line, Color? fill, double? strokeWidth}) {
  return ChartPalette(
    line: line ?? this.line,
    fill: fill ?? this.fill,
    strokeWidth: strokeWidth ?? this.strokeWidth,
  );
}
""", ["copyWith", "ChartPalette", "strokeWidth"])

# ================================================================ element
row("widgets_layout", "element", r"""
import 'package:flutter/material.dart';

class ChatInputBar extends StatefulWidget {
  const ChatInputBar({super.key, required this.onSend});

  final ValueChanged<String> onSend;

  @override
  State<ChatInputBar> createState() => _ChatInputBarState();
}

class _ChatInputBarState extends State<ChatInputBar> {
  final _messageController = TextEditingController();

  void _send() {
    final text = _messageController.text.trim();
    if (text.isEmpty) return;
    widget.onSend(text);
    _messageController.clear();
  }

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        IconButton(icon: const Icon(Icons.attach_file), onPressed: () {}),
        // mesaj yazma alanı butonlar arasındaki kalan bütün genişliği kaplasın
        IconButton(icon: const Icon(Icons.send), onPressed: _send),
      ],
    );
  }

  @override
  void dispose() {
    _messageController.dispose();
    super.dispose();
  }
}
""", r"""
Expanded(
  child: TextField(
    controller: _messageController,
    decoration: const InputDecoration(hintText: 'Mesaj yaz'),
    onSubmitted: (_) => _send(),
  ),
),
""", ["Expanded | Flexible", "TextField | TextFormField", "_messageController"])

row("theming", "element", r"""
import 'package:flutter/material.dart';

class AccountMenu extends StatelessWidget {
  const AccountMenu({super.key, required this.onLogout});

  final VoidCallback onLogout;

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        const ListTile(leading: Icon(Icons.person), title: Text('Profil')),
        const ListTile(leading: Icon(Icons.lock), title: Text('Güvenlik')),
        // çıkış satırından önce temadaki outlineVariant renginde ince bir ayırıcı çizgi koy
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
Divider(height: 1, color: Theme.of(context).colorScheme.outlineVariant),
""", ["Divider", "outlineVariant"])

row("animations", "element", r"""
import 'package:flutter/material.dart';

class WaterProgressBar extends StatelessWidget {
  const WaterProgressBar({super.key, required this.drunkMl, required this.goalMl});

  final int drunkMl;
  final int goalMl;

  @override
  Widget build(BuildContext context) {
    final progress = (drunkMl / goalMl).clamp(0.0, 1.0);
    return Container(
      height: 14,
      decoration: BoxDecoration(
        color: Colors.blue.shade50,
        borderRadius: BorderRadius.circular(7),
      ),
      alignment: Alignment.centerLeft,
      child: Stack(
        children: [
          // mavi dolgu genişliği progress oranında olsun, değer değişince 400 ms'de yumuşakça uzasın
        ],
      ),
    );
  }
}
""", r"""
AnimatedFractionallySizedBox(
  duration: const Duration(milliseconds: 400),
  widthFactor: progress,
  child: Container(
    decoration: BoxDecoration(
      color: Colors.blue,
      borderRadius: BorderRadius.circular(7),
    ),
  ),
),
""", ["AnimatedFractionallySizedBox | AnimatedContainer | TweenAnimationBuilder", "progress", "milliseconds: 400 | 400"])

row("animations", "element", r"""
import 'package:flutter/material.dart';

class NowPlayingView extends StatefulWidget {
  const NowPlayingView({super.key, required this.coverUrl, required this.title, required this.artist});

  final String coverUrl;
  final String title;
  final String artist;

  @override
  State<NowPlayingView> createState() => _NowPlayingViewState();
}

class _NowPlayingViewState extends State<NowPlayingView> with SingleTickerProviderStateMixin {
  late final AnimationController _spinController = AnimationController(
    vsync: this,
    duration: const Duration(seconds: 8),
  )..repeat();

  @override
  void dispose() {
    _spinController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisAlignment: MainAxisAlignment.center,
      children: [
        // yuvarlak albüm kapağı (200x200) _spinController ile plak gibi dönsün
        const SizedBox(height: 24),
        Text(widget.title, style: Theme.of(context).textTheme.titleLarge),
        Text(widget.artist),
      ],
    );
  }
}
""", r"""
RotationTransition(
  turns: _spinController,
  child: ClipOval(
    child: Image.network(widget.coverUrl, width: 200, height: 200, fit: BoxFit.cover),
  ),
),
""", ["RotationTransition | Transform.rotate", "_spinController", "widget.coverUrl"])

# ================================================================ argument
row("widgets_layout", "argument", r"""
import 'package:flutter/material.dart';

class ShopCategoryGrid extends StatelessWidget {
  const ShopCategoryGrid({super.key, required this.categories, required this.onTap});

  final List<String> categories;
  final ValueChanged<String> onTap;

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      padding: const EdgeInsets.all(12),
      itemCount: categories.length,
      // her satirda 3 kutu olsun, kutular arasinda yatay ve dikey 8 piksel bosluk
      itemBuilder: (context, index) {
        final category = categories[index];
        return InkWell(
          onTap: () => onTap(category),
          child: Card(child: Center(child: Text(category))),
        );
      },
    );
  }
}
""", r"""
gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
  crossAxisCount: 3,
  mainAxisSpacing: 8,
  crossAxisSpacing: 8,
),
""", ["gridDelegate", "SliverGridDelegateWithFixedCrossAxisCount", "crossAxisCount"])

row("theming", "argument", r"""
import 'package:flutter/material.dart';

class CloseAccountButton extends StatelessWidget {
  const CloseAccountButton({super.key, required this.onConfirm});

  final VoidCallback onConfirm;

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      width: double.infinity,
      child: ElevatedButton(
        onPressed: onConfirm,
        // tehlikeli işlem: arka planı temanın hata rengi, yazısı da onun üstündeki renk olsun
        child: const Text('Hesabımı kapat'),
      ),
    );
  }
}
""", r"""
style: ElevatedButton.styleFrom(
  backgroundColor: Theme.of(context).colorScheme.error,
  foregroundColor: Theme.of(context).colorScheme.onError,
),
""", ["style", "ElevatedButton.styleFrom | ButtonStyle", "onError"],
    must_not=["Colors.red"])

row("animations", "argument", r"""
import 'package:flutter/material.dart';

class ShoppingListView extends StatefulWidget {
  const ShoppingListView({super.key});

  @override
  State<ShoppingListView> createState() => _ShoppingListViewState();
}

class _ShoppingListViewState extends State<ShoppingListView> {
  final _listKey = GlobalKey<AnimatedListState>();
  final List<String> _items = ['Süt', 'Ekmek', 'Yumurta'];

  void addItem(String name) {
    _items.insert(0, name);
    _listKey.currentState?.insertItem(0);
  }

  Widget _buildTile(String name) {
    return ListTile(leading: const Icon(Icons.shopping_basket), title: Text(name));
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedList(
      key: _listKey,
      initialItemCount: _items.length,
      // her satır _buildTile ile çizilsin, eklenirken yüksekliği sıfırdan açılarak gelsin
    );
  }
}
""", r"""
itemBuilder: (context, index, animation) {
  return SizeTransition(
    sizeFactor: animation,
    child: _buildTile(_items[index]),
  );
},
""", ["itemBuilder", "SizeTransition", "_buildTile"])

row("theming", "argument", r"""
import 'package:flutter/material.dart';

class LessonHeader extends StatelessWidget {
  const LessonHeader({super.key, required this.lessonName, required this.teacher});

  final String lessonName;
  final String teacher;

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Text(
          lessonName,
          // temanın titleMedium yazı stilini kullansın ama rengi temanın secondary rengi olsun
        ),
        Text(teacher, style: Theme.of(context).textTheme.bodySmall),
      ],
    );
  }
}
""", r"""
style: Theme.of(context).textTheme.titleMedium?.copyWith(
  color: Theme.of(context).colorScheme.secondary,
),
""", ["style", "titleMedium", "secondary"])


if __name__ == "__main__":
    ROWS.write()
