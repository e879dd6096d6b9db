"""Generator for data/in_context/drafts/train-4.jsonl (in-context TRAINING rows, ids 4000-4999).

Domains: social media feed/profile, education/quiz, travel/hotel booking,
smart home/IoT dashboard. Each host is a realistic app file with SLOTS written as
`%%name%%` lines; a slot holds its neutral text unless a task fills it with its Turkish request comment. A row is
one host with one slot filled by one task's comment.

Run: .venv/bin/python experiments/in-context-authoring/train-4.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from flutr.comments import find_request_comments  # noqa: E402
from flutr.position import position_of  # noqa: E402
from slots import Authoring  # noqa: E402

OUT = ROOT / "data/in_context/drafts/train-4.jsonl"
_authoring = Authoring(first_id=4000)  # the slot machinery, shared with the other composed generator
HOSTS, TASKS = _authoring.hosts, _authoring.tasks
host, T, build = _authoring.host, _authoring.task, _authoring.build


# ================================================================ SOCIAL: feed page
S1 = host("feed_page", r"""
import 'dart:async';

import 'package:cached_network_image/cached_network_image.dart';
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/post.dart';
import '../services/feed_api.dart';
import '../widgets/post_card.dart';

%%top%%

class FeedPage extends StatefulWidget {
  const FeedPage({super.key, required this.api, required this.onToggleTheme});

  final FeedApi api;
  final VoidCallback onToggleTheme;

  @override
  State<FeedPage> createState() => _FeedPageState();
}

class _FeedPageState extends State<FeedPage> {
  final ScrollController _scrollController = ScrollController();
  final List<Post> _posts = [];
  bool _loading = false;
  bool _hasMore = true;
  String? _cursor;

  @override
  void initState() {
    super.initState();
    _loadMore();
  }

  Future<void> _loadMore() async {
    if (_loading || !_hasMore) return;
    setState(() => _loading = true);
    final page = await widget.api.fetchFeed(cursor: _cursor);
    %%loaded%%
  }

  %%members%%

  @override
  void dispose() {
    _scrollController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Akış'),
        actions: [
          %%actions%%
        ],
      ),
      body: RefreshIndicator(
        onRefresh: () async {
          %%refresh%%
        },
        child: ListView.builder(
          controller: _scrollController,
          %%listargs%%
          itemCount: _posts.length + (_hasMore ? 1 : 0),
          itemBuilder: (context, index) {
            %%item%%
          },
        ),
      ),
    );
  }
}
""",
    loaded="if (!mounted) return;\nsetState(() {\n  _posts.addAll(page.items);\n  _cursor = page.nextCursor;\n  _hasMore = page.nextCursor != null;\n  _loading = false;\n});",
    actions="IconButton(\n  icon: const Icon(Icons.notifications_outlined),\n  onPressed: () => Navigator.of(context).pushNamed('/notifications'),\n),",
    refresh="setState(() {\n  _posts.clear();\n  _cursor = null;\n  _hasMore = true;\n});\nawait _loadMore();",
    listargs="padding: const EdgeInsets.only(bottom: 80),",
    item="if (index >= _posts.length) {\n  return const Padding(\n    padding: EdgeInsets.all(16),\n    child: Center(child: CircularProgressIndicator()),\n  );\n}\nreturn PostCard(post: _posts[index]);",
)

T(S1, "top", "dart_language", "Gönderi zamanını '5 dk önce', '3 sa önce', '2 g önce' gibi göreceli yazan timeAgo fonksiyonunu yaz",
  "String timeAgo(DateTime time, {DateTime? now}) {\n  final diff = (now ?? DateTime.now()).difference(time);\n  if (diff.inMinutes < 1) return 'şimdi';\n  if (diff.inHours < 1) return '${diff.inMinutes} dk önce';\n  if (diff.inDays < 1) return '${diff.inHours} sa önce';\n  return '${diff.inDays} g önce';\n}",
  ["timeAgo", "difference", "inMinutes", "inHours"])
T(S1, "top", "localization", "Beğeni ve takipçi sayılarını aktif dile göre kısaltılmış (1,2 B / 3,4 Mn gibi) gösteren formatCount fonksiyonu",
  "String formatCount(int value, String locale) {\n  return NumberFormat.compact(locale: locale).format(value);\n}",
  ["NumberFormat.compact", "locale"])
T(S1, "top", "lists", "Akışın sonunda yükleme sırasında gösterilecek FeedLoadingFooter adında const kurucusu olan bir widget yaz",
  "class FeedLoadingFooter extends StatelessWidget {\n  const FeedLoadingFooter({super.key});\n\n  @override\n  Widget build(BuildContext context) {\n    return const Padding(\n      padding: EdgeInsets.symmetric(vertical: 24),\n      child: Center(child: CircularProgressIndicator()),\n    );\n  }\n}",
  ["FeedLoadingFooter", "CircularProgressIndicator"], ["extends StatelessWidget"])
T(S1, "top", "images_assets", "Akış görselleri için ayrı bir önbellek yöneticisi tanımla: dosyalar 7 gün saklansın, en fazla 200 dosya tutulsun",
  "final feedImageCache = CacheManager(\n  Config(\n    'feedImages',\n    stalePeriod: const Duration(days: 7),\n    maxNrOfCacheObjects: 200,\n  ),\n);",
  ["CacheManager", "Config", "stalePeriod", "maxNrOfCacheObjects"])

T(S1, "members", "lists", "Akışın en başına yumuşak bir animasyonla kaydıran _scrollToTop metodunu ekle",
  "void _scrollToTop() {\n  _scrollController.animateTo(\n    0,\n    duration: const Duration(milliseconds: 400),\n    curve: Curves.easeOutCubic,\n  );\n}",
  ["_scrollToTop", "_scrollController.animateTo", "Duration"])
T(S1, "members", "images_assets", "Verilen indeksten sonraki 5 gönderinin görselini önceden yükleyen bir metot yaz",
  "void _precacheUpcoming(int fromIndex) {\n  for (final post in _posts.skip(fromIndex + 1).take(5)) {\n    final url = post.imageUrl;\n    if (url != null) {\n      precacheImage(CachedNetworkImageProvider(url), context);\n    }\n  }\n}",
  ["precacheImage", "CachedNetworkImageProvider", "take"])
T(S1, "members", "state", "Beğeniyi değiştiren _toggleLike metodu: arayüzü hemen güncelle, API hata verirse eski haline geri al",
  "Future<void> _toggleLike(Post post) async {\n  final index = _posts.indexOf(post);\n  final updated = post.copyWith(\n    liked: !post.liked,\n    likeCount: post.likeCount + (post.liked ? -1 : 1),\n  );\n  setState(() => _posts[index] = updated);\n  try {\n    await widget.api.setLiked(post.id, updated.liked);\n  } catch (_) {\n    if (mounted) setState(() => _posts[index] = post);\n  }\n}",
  ["setState", "widget.api", "catch", "copyWith"])
T(S1, "members", "lists", "id'si verilen gönderiyi akıştan kaldıran _removePost metodu yaz",
  "void _removePost(String id) {\n  setState(() => _posts.removeWhere((post) => post.id == id));\n}",
  ["_posts.removeWhere", "setState"])

T(S1, "loaded", "lists", "Gelen gönderileri listeye ekle ama aynı id'li gönderi zaten varsa tekrar ekleme; cursor'ı ve _hasMore'u güncelle",
  "if (!mounted) return;\nfinal known = _posts.map((post) => post.id).toSet();\nsetState(() {\n  _posts.addAll(page.items.where((post) => !known.contains(post.id)));\n  _cursor = page.nextCursor;\n  _hasMore = page.nextCursor != null;\n  _loading = false;\n});",
  ["toSet", "_posts.addAll", "_cursor", "_hasMore"])
T(S1, "loaded", "state", "widget hâlâ ağaçtaysa sonuçları state'e yaz ve yükleniyor bayrağını kapat",
  "if (!mounted) return;\nsetState(() {\n  _posts.addAll(page.items);\n  _cursor = page.nextCursor;\n  _hasMore = page.nextCursor != null;\n  _loading = false;\n});",
  ["mounted", "setState", "_loading"])
T(S1, "loaded", "images_assets", "Yeni gelen gönderilerin görsellerini önceden belleğe al, ardından listeye ekle",
  "if (!mounted) return;\nfor (final post in page.items) {\n  final url = post.imageUrl;\n  if (url != null) precacheImage(CachedNetworkImageProvider(url), context);\n}\nsetState(() {\n  _posts.addAll(page.items);\n  _cursor = page.nextCursor;\n  _hasMore = page.nextCursor != null;\n  _loading = false;\n});",
  ["precacheImage", "page.items", "setState"])

T(S1, "refresh", "lists", "Listeyi sıfırlayıp ilk sayfayı baştan çek",
  "setState(() {\n  _posts.clear();\n  _cursor = null;\n  _hasMore = true;\n});\nawait _loadMore();",
  ["_posts.clear", "_cursor", "_loadMore"])
T(S1, "refresh", "async", "Yenileme 10 saniyeden uzun sürerse zaman aşımına uğrasın, kullanıcıya SnackBar ile bildir",
  "_posts.clear();\n_cursor = null;\n_hasMore = true;\ntry {\n  await _loadMore().timeout(const Duration(seconds: 10));\n} on TimeoutException {\n  if (!mounted) return;\n  ScaffoldMessenger.of(context).showSnackBar(\n    const SnackBar(content: Text('Akış yenilenemedi, bağlantını kontrol et')),\n  );\n}",
  ["timeout", "TimeoutException", "showSnackBar"])

T(S1, "item", "lists", "index listenin sonundaysa yükleniyor göstergesi döndür, değilse gönderiyi PostCard ile çiz",
  "if (index >= _posts.length) {\n  return const Padding(\n    padding: EdgeInsets.all(16),\n    child: Center(child: CircularProgressIndicator()),\n  );\n}\nreturn PostCard(post: _posts[index]);",
  ["CircularProgressIndicator", "PostCard", "_posts.length"])
T(S1, "item", "performance", "Gönderi kartını ValueKey ile anahtarla ve RepaintBoundary içine al; son satırda yükleme göstergesi olsun",
  "if (index >= _posts.length) {\n  return const Center(child: CircularProgressIndicator());\n}\nfinal post = _posts[index];\nreturn RepaintBoundary(\n  key: ValueKey(post.id),\n  child: PostCard(post: post),\n);",
  ["RepaintBoundary", "ValueKey", "PostCard"])

T(S1, "actions", "navigation", "Arama ekranını açan bir arama ikonu butonu ekle",
  "IconButton(\n  icon: const Icon(Icons.search),\n  onPressed: () => Navigator.of(context).pushNamed('/search'),\n),",
  ["IconButton", "Icons.search", "Navigator | context.push | pushNamed"])
T(S1, "actions", "theming", "Temayı değiştiren buton: koyu temadaysak güneş, açık temadaysak ay ikonu göstersin",
  "IconButton(\n  icon: Icon(\n    Theme.of(context).brightness == Brightness.dark ? Icons.light_mode : Icons.dark_mode,\n  ),\n  onPressed: widget.onToggleTheme,\n),",
  ["Theme.of", "Brightness.dark", "widget.onToggleTheme"])
T(S1, "actions", "lists", "Akışın en üstüne dönmek için yukarı ok butonu koy",
  "IconButton(\n  icon: const Icon(Icons.arrow_upward),\n  onPressed: () => _scrollController.animateTo(\n    0,\n    duration: const Duration(milliseconds: 300),\n    curve: Curves.easeOut,\n  ),\n),",
  ["IconButton", "_scrollController.animateTo | _scrollController.jumpTo"])

T(S1, "listargs", "performance", "Ekranın dışında kalan yaklaşık 1000 piksellik alan da önceden oluşturulsun",
  "cacheExtent: 1000,", ["cacheExtent"])
T(S1, "listargs", "lists", "Liste üstten 8 piksel boşlukla başlasın, son gönderi FAB'ın altında kalmasın diye altta 96 piksel boşluk olsun",
  "padding: const EdgeInsets.only(top: 8, bottom: 96),", ["padding", "EdgeInsets.only"])
T(S1, "listargs", "lists", "içerik ekranı doldurmasa bile aşağı çekip yenileme çalışsın",
  "physics: const AlwaysScrollableScrollPhysics(),", ["AlwaysScrollableScrollPhysics"])


# ---------------------------------------------------------------- social: profile screen
S2 = host("profile_screen", r"""
import 'package:cached_network_image/cached_network_image.dart';
import 'package:flutter/material.dart';
import 'package:image_picker/image_picker.dart';
import 'package:intl/intl.dart';

import '../l10n/app_localizations.dart';
import '../models/user_profile.dart';
import '../services/profile_repository.dart';

%%top%%

class ProfileScreen extends StatefulWidget {
  const ProfileScreen({super.key, required this.userId, required this.repository});

  final String userId;
  final ProfileRepository repository;

  @override
  State<ProfileScreen> createState() => _ProfileScreenState();
}

class _ProfileScreenState extends State<ProfileScreen> with SingleTickerProviderStateMixin {
  late final TabController _tabController;
  UserProfile? _profile;
  bool _following = false;

  @override
  void initState() {
    super.initState();
    _tabController = TabController(length: 2, vsync: this);
    %%init%%
    _load();
  }

  Future<void> _load() async {
    final profile = await widget.repository.fetch(widget.userId);
    %%loaded%%
  }

  %%members%%

  @override
  void dispose() {
    _tabController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final profile = _profile;
    if (profile == null) {
      return const Scaffold(body: Center(child: CircularProgressIndicator()));
    }
    %%build%%
    return Scaffold(
      appBar: AppBar(title: Text(profile.username)),
      body: Column(
        children: [
          const SizedBox(height: 16),
          CircleAvatar(
            radius: 44,
            %%avatar%%
          ),
          const SizedBox(height: 8),
          Text(profile.displayName, style: Theme.of(context).textTheme.titleLarge),
          %%header%%
          TabBar(
            controller: _tabController,
            tabs: const [Tab(icon: Icon(Icons.grid_on)), Tab(icon: Icon(Icons.bookmark_border))],
          ),
          Expanded(
            child: TabBarView(
              controller: _tabController,
              children: [
                GridView.builder(
                  gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 3),
                  %%gridargs%%
                  itemCount: profile.photos.length,
                  itemBuilder: (context, index) {
                    %%photo%%
                  },
                ),
                const Center(child: Text('Kaydedilenler')),
              ],
            ),
          ),
        ],
      ),
    );
  }
}
""",
    loaded="if (mounted) setState(() => _profile = profile);",
    avatar="backgroundImage: CachedNetworkImageProvider(profile.avatarUrl),",
    photo="return CachedNetworkImage(imageUrl: profile.photos[index], fit: BoxFit.cover);",
)

T(S2, "top", "images_assets", "Profil fotoğrafı olmayan kullanıcılar için baş harflerini renkli bir daire içinde gösteren InitialsAvatar widget'ını yaz",
  "class InitialsAvatar extends StatelessWidget {\n  const InitialsAvatar({super.key, required this.name, this.radius = 20});\n\n  final String name;\n  final double radius;\n\n  @override\n  Widget build(BuildContext context) {\n    final initials = name\n        .trim()\n        .split(RegExp(r'\\s+'))\n        .where((part) => part.isNotEmpty)\n        .take(2)\n        .map((part) => part[0].toUpperCase())\n        .join();\n    return CircleAvatar(\n      radius: radius,\n      backgroundColor: Colors.primaries[name.hashCode.abs() % Colors.primaries.length],\n      child: Text(initials, style: const TextStyle(color: Colors.white)),\n    );\n  }\n}",
  ["InitialsAvatar", "CircleAvatar", "toUpperCase"], ["extends StatelessWidget"])
T(S2, "top", "forms", "Kullanıcı adının geçerli olup olmadığını kontrol eden isValidUsername fonksiyonu: 3-20 karakter, sadece harf, rakam, nokta ve alt çizgi",
  "bool isValidUsername(String value) => RegExp(r'^[a-zA-Z0-9._]{3,20}$').hasMatch(value);",
  ["isValidUsername", "RegExp", "hasMatch"])
T(S2, "top", "performance", "Izgaradaki küçük resimlerin decode genişliğini ekran genişliği ve piksel oranına göre hesaplayan gridCacheWidth fonksiyonunu yaz",
  "int gridCacheWidth(BuildContext context, {int columns = 3}) {\n  final cellWidth = MediaQuery.sizeOf(context).width / columns;\n  return (cellWidth * MediaQuery.devicePixelRatioOf(context)).round();\n}",
  ["gridCacheWidth", "MediaQuery.sizeOf | MediaQuery.of", "devicePixelRatioOf | devicePixelRatio"])

T(S2, "init", "state", "Sekme değişince ekran yeniden çizilsin diye _tabController'ı dinle",
  "_tabController.addListener(() {\n  if (!_tabController.indexIsChanging) setState(() {});\n});",
  ["_tabController.addListener", "setState"])

T(S2, "loaded", "images_assets", "Avatarı ve ilk 9 fotoğrafı önceden belleğe al, sonra profili ekrana koy",
  "if (!mounted) return;\nprecacheImage(CachedNetworkImageProvider(profile.avatarUrl), context);\nfor (final url in profile.photos.take(9)) {\n  precacheImage(CachedNetworkImageProvider(url), context);\n}\nsetState(() => _profile = profile);",
  ["precacheImage", "profile.avatarUrl", "take", "setState"])

T(S2, "members", "images_assets", "Galeriden seçilen fotoğrafı profil resmi olarak yükleyen _changeAvatar metodu: 512 piksele küçültülsün, kalite %80 olsun",
  "Future<void> _changeAvatar() async {\n  final file = await ImagePicker().pickImage(\n    source: ImageSource.gallery,\n    maxWidth: 512,\n    maxHeight: 512,\n    imageQuality: 80,\n  );\n  if (file == null) return;\n  final updated = await widget.repository.uploadAvatar(widget.userId, file.path);\n  if (mounted) setState(() => _profile = updated);\n}",
  ["pickImage", "ImageSource.gallery", "imageQuality", "widget.repository"])
T(S2, "members", "state", "Takip et / takibi bırak işlemini yapan _toggleFollow metodunu yaz; istek sürerken ikinci kez basılmasın diye _busy alanı da ekle",
  "bool _busy = false;\n\nFuture<void> _toggleFollow() async {\n  if (_busy) return;\n  setState(() => _busy = true);\n  try {\n    if (_following) {\n      await widget.repository.unfollow(widget.userId);\n    } else {\n      await widget.repository.follow(widget.userId);\n    }\n    if (mounted) setState(() => _following = !_following);\n  } finally {\n    if (mounted) setState(() => _busy = false);\n  }\n}",
  ["_busy", "_following", "widget.repository", "finally"])
T(S2, "members", "localization", "Takipçi sayısını çeviri dosyasındaki followersCount mesajıyla yazan _followersLabel metodu",
  "String _followersLabel(BuildContext context, int count) {\n  return AppLocalizations.of(context)!.followersCount(count);\n}",
  ["AppLocalizations.of", "followersCount"])

T(S2, "build", "localization", "Yazı yönü sağdan sola mı, isRtl değişkenine al",
  "final isRtl = Directionality.of(context) == TextDirection.rtl;",
  ["Directionality.of", "TextDirection.rtl"])
T(S2, "build", "theming", "Takip butonunun rengi: takip ediliyorsa temanın secondaryContainer'ı, edilmiyorsa primary olsun; followColor'a al",
  "final colors = Theme.of(context).colorScheme;\nfinal followColor = _following ? colors.secondaryContainer : colors.primary;",
  ["Theme.of", "colorScheme", "secondaryContainer", "_following"])
T(S2, "build", "performance", "Sadece ekran genişliğine bağlı kalmak için MediaQuery'den genişliği alıp hücre boyutunu hesapla",
  "final cellSize = MediaQuery.sizeOf(context).width / 3;",
  ["MediaQuery.sizeOf"], must_not=["MediaQuery.of"])

T(S2, "avatar", "images_assets", "Profil fotoğrafını önbelleğe alınan bir ağ görseli olarak göster",
  "backgroundImage: CachedNetworkImageProvider(profile.avatarUrl),",
  ["backgroundImage", "CachedNetworkImageProvider"])
T(S2, "avatar", "images_assets", "Fotoğraf adresi boşsa ismin baş harfini göster, değilse fotoğrafı ağdan yükle",
  "backgroundImage: profile.avatarUrl.isEmpty ? null : CachedNetworkImageProvider(profile.avatarUrl),\nchild: profile.avatarUrl.isEmpty ? Text(profile.displayName.characters.first) : null,",
  ["backgroundImage", "child", "isEmpty"])
T(S2, "avatar", "theming", "Avatarın arka planı temanın primaryContainer rengi, yazısı onPrimaryContainer olsun",
  "backgroundColor: Theme.of(context).colorScheme.primaryContainer,\nforegroundColor: Theme.of(context).colorScheme.onPrimaryContainer,",
  ["backgroundColor", "primaryContainer", "foregroundColor"])

T(S2, "header", "widgets_layout", "Gönderi, takipçi ve takip edilen sayılarını yan yana eşit aralıklı gösteren bir satır ekle",
  "Row(\n  mainAxisAlignment: MainAxisAlignment.spaceEvenly,\n  children: [\n    Text('${profile.postCount}\\nGönderi', textAlign: TextAlign.center),\n    Text('${profile.followers}\\nTakipçi', textAlign: TextAlign.center),\n    Text('${profile.following}\\nTakip', textAlign: TextAlign.center),\n  ],\n),",
  ["Row", "profile.followers", "MainAxisAlignment.spaceEvenly | MainAxisAlignment.spaceAround"])
T(S2, "header", "state", "Takip durumuna göre 'Takip et' ya da 'Takibi bırak' yazan bir buton ekle; basınca _following tersine dönsün ve repository'e bildirilsin",
  "FilledButton(\n  onPressed: () async {\n    setState(() => _following = !_following);\n    await widget.repository.setFollowing(widget.userId, _following);\n  },\n  child: Text(_following ? 'Takibi bırak' : 'Takip et'),\n),",
  ["_following", "setState", "widget.repository"])
T(S2, "header", "dart_language", "Biyografi null değilse onu gösteren bir Text ekle",
  "if (profile.bio != null)\n  Padding(\n    padding: const EdgeInsets.symmetric(horizontal: 24, vertical: 8),\n    child: Text(profile.bio!, textAlign: TextAlign.center),\n  ),",
  ["if", "profile.bio"])
T(S2, "header", "localization", "Katılım tarihini aktif dile göre 'Mart 2021' biçiminde yazıp 'tarihinden beri üye' ifadesiyle göster",
  "Text(\n  '${DateFormat.yMMMM(Localizations.localeOf(context).toString()).format(profile.joinedAt)} tarihinden beri üye',\n  style: Theme.of(context).textTheme.bodySmall,\n),",
  ["DateFormat.yMMMM", "profile.joinedAt", "Localizations.localeOf"])

T(S2, "gridargs", "lists", "Sekmeler arasında geçince ızgaranın kaydırma konumu korunsun",
  "key: const PageStorageKey('profile-photos'),", ["PageStorageKey"])
T(S2, "gridargs", "lists", "Izgaranın kenarlarında 2 piksellik boşluk bırak",
  "padding: const EdgeInsets.all(2),", ["padding", "EdgeInsets"])

T(S2, "photo", "images_assets", "Fotoğrafı hücreyi dolduracak şekilde kırparak göster; bellekte 300 piksel genişliğinde tutulsun",
  "return CachedNetworkImage(\n  imageUrl: profile.photos[index],\n  fit: BoxFit.cover,\n  memCacheWidth: 300,\n);",
  ["CachedNetworkImage", "BoxFit.cover", "memCacheWidth"])
T(S2, "photo", "navigation", "Fotoğrafa dokununca Hero animasyonuyla tam ekran açılsın",
  "final url = profile.photos[index];\nreturn GestureDetector(\n  onTap: () => Navigator.of(context).push(\n    MaterialPageRoute<void>(\n      builder: (_) => Scaffold(\n        appBar: AppBar(),\n        body: Center(child: Hero(tag: url, child: Image.network(url))),\n      ),\n    ),\n  ),\n  child: Hero(tag: url, child: Image.network(url, fit: BoxFit.cover)),\n);",
  ["Hero", "Navigator | context.push", "onTap"])
T(S2, "photo", "images_assets", "Fotoğraflar Image.network ile gelsin ve yüklenince yumuşakça belirsin (frameBuilder kullan)",
  "return Image.network(\n  profile.photos[index],\n  fit: BoxFit.cover,\n  frameBuilder: (context, child, frame, wasSynchronouslyLoaded) {\n    if (wasSynchronouslyLoaded) return child;\n    return AnimatedOpacity(\n      opacity: frame == null ? 0 : 1,\n      duration: const Duration(milliseconds: 300),\n      child: child,\n    );\n  },\n);",
  ["Image.network", "frameBuilder", "AnimatedOpacity"])


# ---------------------------------------------------------------- social: post model
S3 = host("post_model", r"""
import 'package:flutter/material.dart';

%%top%%

enum PostVisibility { public, followers, private }

@immutable
class Post {
  const Post({
    required this.id,
    required this.authorId,
    required this.text,
    required this.createdAt,
    this.imageUrl,
    this.likeCount = 0,
    this.liked = false,
    this.visibility = PostVisibility.public,
    this.tags = const [],
  });

  final String id;
  final String authorId;
  final String text;
  final DateTime createdAt;
  final String? imageUrl;
  final int likeCount;
  final bool liked;
  final PostVisibility visibility;
  final List<String> tags;

  factory Post.fromJson(Map<String, dynamic> json) => Post(
        id: json['id'] as String,
        authorId: json['author_id'] as String,
        text: json['text'] as String,
        createdAt: DateTime.parse(json['created_at'] as String),
        imageUrl: json['image_url'] as String?,
        likeCount: json['like_count'] as int? ?? 0,
        liked: json['liked'] as bool? ?? false,
        visibility: PostVisibility.values.byName(json['visibility'] as String? ?? 'public'),
        tags: (json['tags'] as List<dynamic>? ?? const []).cast<String>(),
      );

  %%members%%
}

%%bottom%%
""")

T(S3, "members", "http_json", "Sunucuya sadece düzenlenebilen alanları (metin, görünürlük, etiketler) gönderen toUpdateJson metodunu yaz",
  "Map<String, dynamic> toUpdateJson() => {\n      'text': text,\n      'visibility': visibility.name,\n      'tags': tags,\n    };",
  ["toUpdateJson", "visibility.name", "tags"])
T(S3, "members", "dart_language", "Beğeni durumunu ve beğeni sayısını değiştirebilen bir copyWith metodu ekle",
  "Post copyWith({bool? liked, int? likeCount}) {\n  return Post(\n    id: id,\n    authorId: authorId,\n    text: text,\n    createdAt: createdAt,\n    imageUrl: imageUrl,\n    likeCount: likeCount ?? this.likeCount,\n    liked: liked ?? this.liked,\n    visibility: visibility,\n    tags: tags,\n  );\n}",
  ["copyWith", "liked ?? this.liked | this.liked", "likeCount"])
T(S3, "members", "dart_language", "Id'leri aynı olan iki gönderi eşit sayılsın",
  "@override\nbool operator ==(Object other) => other is Post && other.id == id;\n\n@override\nint get hashCode => id.hashCode;",
  ["operator ==", "hashCode"])
T(S3, "members", "dart_language", "Metindeki #etiketleri (diyez olmadan) liste olarak döndüren hashtags getter'ı",
  "List<String> get hashtags =>\n    RegExp(r'#(\\w+)').allMatches(text).map((match) => match.group(1)!).toList();",
  ["hashtags", "RegExp", "allMatches"])
T(S3, "members", "images_assets", "Görsel adresine w=320 parametresi ekleyerek küçük önizleme adresi üreten thumbnailUrl getter'ı",
  "String? get thumbnailUrl {\n  final url = imageUrl;\n  if (url == null) return null;\n  final uri = Uri.parse(url);\n  return uri.replace(queryParameters: {...uri.queryParameters, 'w': '320'}).toString();\n}",
  ["thumbnailUrl", "Uri.parse", "queryParameters"])

T(S3, "top", "dart_language", "Akıştaki öğeler için sealed bir FeedItem sınıfı yaz; alt türleri PostItem(post) ve AdItem(adId) olsun",
  "sealed class FeedItem {\n  const FeedItem();\n}\n\nclass PostItem extends FeedItem {\n  const PostItem(this.post);\n  final Post post;\n}\n\nclass AdItem extends FeedItem {\n  const AdItem(this.adId);\n  final String adId;\n}",
  ["sealed", "FeedItem", "PostItem", "AdItem"])
T(S3, "top", "http_json", "Sayfalı akış yanıtı için FeedChunk modelini yaz: items ve nextCursor alanları, fromJson factory'si olsun",
  "class FeedChunk {\n  const FeedChunk({required this.items, this.nextCursor});\n\n  final List<Post> items;\n  final String? nextCursor;\n\n  factory FeedChunk.fromJson(Map<String, dynamic> json) => FeedChunk(\n        items: (json['items'] as List<dynamic>)\n            .map((e) => Post.fromJson(e as Map<String, dynamic>))\n            .toList(),\n        nextCursor: json['next_cursor'] as String?,\n      );\n}",
  ["FeedChunk", "fromJson", "Post.fromJson", "nextCursor"])
T(S3, "bottom", "dart_language", "PostVisibility'nin her değeri için bir ikon döndüren extension yaz",
  "extension PostVisibilityIcon on PostVisibility {\n  IconData get icon => switch (this) {\n        PostVisibility.public => Icons.public,\n        PostVisibility.followers => Icons.group,\n        PostVisibility.private => Icons.lock,\n      };\n}",
  ["extension", "IconData", "PostVisibility.private"])
T(S3, "bottom", "lists", "Gönderileri güne göre gruplayan groupByDay fonksiyonunu yaz, Map<DateTime, List<Post>> döndürsün",
  "Map<DateTime, List<Post>> groupByDay(List<Post> posts) {\n  final groups = <DateTime, List<Post>>{};\n  for (final post in posts) {\n    final day = DateUtils.dateOnly(post.createdAt);\n    groups.putIfAbsent(day, () => []).add(post);\n  }\n  return groups;\n}",
  ["groupByDay", "createdAt", "putIfAbsent | groupListsBy | update"])


# ---------------------------------------------------------------- social: app entry (theme + l10n)
S4 = host("social_main", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:flutter_localizations/flutter_localizations.dart';
import 'package:google_fonts/google_fonts.dart';
import 'package:intl/intl.dart';

import 'l10n/app_localizations.dart';
import 'pages/home_shell.dart';
import 'settings/settings_controller.dart';

%%top%%

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  final settings = SettingsController();
  %%main%%
  runApp(SocialApp(settings: settings));
}

class SocialApp extends StatelessWidget {
  const SocialApp({super.key, required this.settings});

  final SettingsController settings;

  %%members%%

  @override
  Widget build(BuildContext context) {
    return ListenableBuilder(
      listenable: settings,
      builder: (context, _) {
        %%builder%%
        return MaterialApp(
          title: 'Sosyal',
          debugShowCheckedModeBanner: false,
          themeMode: settings.themeMode,
          %%appargs%%
          localizationsDelegates: const [
            AppLocalizations.delegate,
            %%delegates%%
          ],
          supportedLocales: AppLocalizations.supportedLocales,
          home: const HomeShell(),
        );
      },
    );
  }
}

%%bottom%%
""",
    main="await settings.load();",
    appargs="theme: ThemeData(colorSchemeSeed: Colors.indigo),\ndarkTheme: ThemeData(colorSchemeSeed: Colors.indigo, brightness: Brightness.dark),\nlocale: settings.locale,",
    delegates="GlobalMaterialLocalizations.delegate,\nGlobalWidgetsLocalizations.delegate,\nGlobalCupertinoLocalizations.delegate,",
)

T(S4, "top", "theming", "Açık temayı üreten buildLightTheme fonksiyonunu yaz: indigo seed renkli, AppBar başlığı ortalı ve gölgesiz olsun",
  "ThemeData buildLightTheme() {\n  return ThemeData(\n    colorScheme: ColorScheme.fromSeed(seedColor: Colors.indigo),\n    appBarTheme: const AppBarTheme(centerTitle: true, elevation: 0),\n  );\n}",
  ["ThemeData", "ColorScheme.fromSeed | colorSchemeSeed", "AppBarTheme"], ["call ThemeData(appBarTheme: AppBarTheme)"])
T(S4, "top", "theming", "Google Fonts'taki Inter yazı tipini verilen TextTheme'in tamamına uygulayan appTextTheme fonksiyonu",
  "TextTheme appTextTheme(TextTheme base) => GoogleFonts.interTextTheme(base);",
  ["appTextTheme", "GoogleFonts.interTextTheme"])
T(S4, "top", "theming", "Marka renklerini tek yerde tutan BrandColors sınıfı yaz: primary, accent ve like renkleri static const olsun",
  "abstract final class BrandColors {\n  static const primary = Color(0xFF3F51B5);\n  static const accent = Color(0xFFFF4081);\n  static const like = Color(0xFFE53935);\n}",
  ["BrandColors", "static const", "Color"])
T(S4, "top", "localization", "Dil koduna göre dilin kendi adını döndüren localeDisplayName fonksiyonu yaz (tr → Türkçe, en → English, ar → العربية)",
  "String localeDisplayName(Locale locale) => switch (locale.languageCode) {\n      'tr' => 'Türkçe',\n      'en' => 'English',\n      'ar' => 'العربية',\n      _ => locale.languageCode,\n    };",
  ["localeDisplayName", "languageCode"])
T(S4, "bottom", "theming", "Bildirim rozetleri için kırmızı zeminli, beyaz yazılı bir BadgeThemeData sabiti tanımla",
  "const appBadgeTheme = BadgeThemeData(\n  backgroundColor: Color(0xFFE53935),\n  textColor: Colors.white,\n  smallSize: 8,\n);",
  ["BadgeThemeData", "backgroundColor", "textColor"])
T(S4, "bottom", "localization", "Locale'e, dil sağdan sola yazılıyorsa true dönen isRtl getter'ı ekleyen bir extension yaz (ar, fa, he, ur)",
  "extension LocaleDirection on Locale {\n  bool get isRtl => const {'ar', 'fa', 'he', 'ur'}.contains(languageCode);\n}",
  ["extension", "isRtl", "languageCode"])

T(S4, "members", "theming", "Verilen parlaklık için tema üreten _theme metodu: indigo seed, metin alanları dolgulu ve çerçeveli olsun",
  "ThemeData _theme(Brightness brightness) {\n  return ThemeData(\n    colorSchemeSeed: Colors.indigo,\n    brightness: brightness,\n    inputDecorationTheme: const InputDecorationTheme(\n      filled: true,\n      border: OutlineInputBorder(),\n    ),\n  );\n}",
  ["ThemeData", "brightness", "InputDecorationTheme"])
T(S4, "members", "theming", "Android'de yukarı doğru açılan, iOS'ta Cupertino geçişi kullanan static const bir PageTransitionsTheme alanı tanımla",
  "static const _transitions = PageTransitionsTheme(\n  builders: {\n    TargetPlatform.android: FadeUpwardsPageTransitionsBuilder(),\n    TargetPlatform.iOS: CupertinoPageTransitionsBuilder(),\n  },\n);",
  ["PageTransitionsTheme", "FadeUpwardsPageTransitionsBuilder | OpenUpwardsPageTransitionsBuilder", "CupertinoPageTransitionsBuilder"])

T(S4, "main", "storage", "Kayıtlı tema ve dil ayarlarını uygulama başlamadan önce yükle",
  "await settings.load();", ["settings.load"])
T(S4, "main", "platform", "Uygulama yalnızca dikey modda çalışsın",
  "await SystemChrome.setPreferredOrientations([DeviceOrientation.portraitUp]);\nawait settings.load();",
  ["SystemChrome.setPreferredOrientations", "DeviceOrientation.portraitUp"])
T(S4, "main", "theming", "Durum çubuğu şeffaf olsun, ikonları koyu renkte görünsün",
  "SystemChrome.setSystemUIOverlayStyle(\n  const SystemUiOverlayStyle(\n    statusBarColor: Colors.transparent,\n    statusBarIconBrightness: Brightness.dark,\n  ),\n);\nawait settings.load();",
  ["SystemChrome.setSystemUIOverlayStyle", "statusBarColor", "statusBarIconBrightness"])
T(S4, "main", "performance", "Görsel önbelleği en fazla 100 MB yer kaplasın",
  "PaintingBinding.instance.imageCache.maximumSizeBytes = 100 * 1024 * 1024;\nawait settings.load();",
  ["imageCache", "maximumSizeBytes"])

T(S4, "builder", "localization", "Seçili dili Intl.defaultLocale'a da yaz ki DateFormat'lar aynı dilde çalışsın",
  "Intl.defaultLocale = settings.locale?.toLanguageTag();",
  ["Intl.defaultLocale", "settings.locale"])

T(S4, "appargs", "theming", "Açık ve koyu temalar yeşil seed renginden üretilsin",
  "theme: ThemeData(colorSchemeSeed: Colors.green),\ndarkTheme: ThemeData(colorSchemeSeed: Colors.green, brightness: Brightness.dark),",
  ["theme", "darkTheme", "Brightness.dark", "Colors.green"])
T(S4, "appargs", "localization", "Uygulamanın dili ayarlardaki locale değerinden gelsin",
  "locale: settings.locale,", ["locale", "settings.locale"])
T(S4, "appargs", "theming", "Açık/koyu tema geçişi 400 ms sürsün ve easeInOut eğrisiyle olsun",
  "themeAnimationDuration: const Duration(milliseconds: 400),\nthemeAnimationCurve: Curves.easeInOut,",
  ["themeAnimationDuration", "themeAnimationCurve"])

T(S4, "delegates", "localization", "Material, Widgets ve Cupertino bileşenlerinin çevirilerini de ekle",
  "GlobalMaterialLocalizations.delegate,\nGlobalWidgetsLocalizations.delegate,\nGlobalCupertinoLocalizations.delegate,",
  ["GlobalMaterialLocalizations.delegate", "GlobalWidgetsLocalizations.delegate", "GlobalCupertinoLocalizations.delegate"])


# ---------------------------------------------------------------- social: compose post sheet
S5 = host("compose_post", r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:image_picker/image_picker.dart';
import 'package:permission_handler/permission_handler.dart';

import '../models/post.dart';

%%top%%

class ComposePostSheet extends StatefulWidget {
  const ComposePostSheet({super.key, required this.onSubmit});

  final Future<void> Function(String text, File? image, PostVisibility visibility) onSubmit;

  @override
  State<ComposePostSheet> createState() => _ComposePostSheetState();
}

class _ComposePostSheetState extends State<ComposePostSheet> {
  final _textController = TextEditingController();
  final _focusNode = FocusNode();
  File? _image;
  PostVisibility _visibility = PostVisibility.public;
  bool _sending = false;

  static const _maxLength = 280;

  %%members%%

  Future<void> _submit() async {
    final text = _textController.text.trim();
    %%submit%%
  }

  @override
  void dispose() {
    _textController.dispose();
    _focusNode.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: EdgeInsets.only(bottom: MediaQuery.viewInsetsOf(context).bottom),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          TextField(
            controller: _textController,
            focusNode: _focusNode,
            %%fieldargs%%
          ),
          %%children%%
          Row(
            children: [
              IconButton(
                icon: const Icon(Icons.photo_library_outlined),
                onPressed: () async {
                  %%pick%%
                },
              ),
              const Spacer(),
              FilledButton(
                onPressed: _sending ? null : _submit,
                child: const Text('Paylaş'),
              ),
            ],
          ),
        ],
      ),
    );
  }
}
""",
    submit="if (text.isEmpty) return;\nsetState(() => _sending = true);\nawait widget.onSubmit(text, _image, _visibility);\nif (mounted) Navigator.of(context).pop();",
    fieldargs="maxLines: null,\ndecoration: const InputDecoration(hintText: 'Ne düşünüyorsun?'),",
    pick="final file = await ImagePicker().pickImage(source: ImageSource.gallery);\nif (file != null) setState(() => _image = File(file.path));",
)

T(S5, "submit", "forms", "Metin de görsel de boşsa uyarı göster; yoksa gönder, gönderirken _sending açık olsun, bitince kapansın ve sheet kapansın",
  "if (text.isEmpty && _image == null) {\n  ScaffoldMessenger.of(context).showSnackBar(\n    const SnackBar(content: Text('Boş gönderi paylaşılamaz')),\n  );\n  return;\n}\nsetState(() => _sending = true);\ntry {\n  await widget.onSubmit(text, _image, _visibility);\n  if (mounted) Navigator.of(context).pop();\n} finally {\n  if (mounted) setState(() => _sending = false);\n}",
  ["_image", "_sending", "widget.onSubmit", "showSnackBar"])
T(S5, "submit", "async", "Gönderim hata verirse hatayı SnackBar'da göster ve sheet açık kalsın",
  "if (text.isEmpty) return;\nsetState(() => _sending = true);\ntry {\n  await widget.onSubmit(text, _image, _visibility);\n  if (!mounted) return;\n  Navigator.of(context).pop();\n} catch (e) {\n  if (!mounted) return;\n  setState(() => _sending = false);\n  ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text('Paylaşılamadı: $e')));\n}",
  ["catch", "showSnackBar", "widget.onSubmit"])

T(S5, "members", "forms", "Kalan karakter sayısını veren _remaining getter'ını ekle",
  "int get _remaining => _maxLength - _textController.text.characters.length;",
  ["_remaining", "_maxLength", "_textController.text"])
T(S5, "members", "images_assets", "Kamerayla fotoğraf çeken _takePhoto metodu: genişlik en fazla 1080 piksel, kalite %85",
  "Future<void> _takePhoto() async {\n  final photo = await ImagePicker().pickImage(\n    source: ImageSource.camera,\n    maxWidth: 1080,\n    imageQuality: 85,\n  );\n  if (photo == null) return;\n  setState(() => _image = File(photo.path));\n}",
  ["pickImage", "ImageSource.camera", "maxWidth", "_image"])
T(S5, "members", "state", "Metin değiştikçe karakter sayacı güncellensin diye initState'te controller'ı dinle",
  "@override\nvoid initState() {\n  super.initState();\n  _textController.addListener(() => setState(() {}));\n}",
  ["initState", "_textController.addListener", "setState"])

T(S5, "fieldargs", "forms", "En fazla _maxLength karakter yazılabilsin, sayaç da görünsün",
  "maxLength: _maxLength,", ["maxLength", "_maxLength"])
T(S5, "fieldargs", "forms", "Klavye cümlelerin ilk harfini büyük yapsın ve çok satırlı yazmaya uygun açılsın",
  "textCapitalization: TextCapitalization.sentences,\nkeyboardType: TextInputType.multiline,\nmaxLines: null,",
  ["TextCapitalization.sentences", "TextInputType.multiline"])

T(S5, "children", "images_assets", "Görsel seçildiyse köşeleri yuvarlatılmış önizlemesini göster, sağ üstte kaldırma butonu olsun",
  "if (_image != null)\n  Stack(\n    children: [\n      ClipRRect(\n        borderRadius: BorderRadius.circular(12),\n        child: Image.file(_image!, height: 180, width: double.infinity, fit: BoxFit.cover),\n      ),\n      Positioned(\n        top: 4,\n        right: 4,\n        child: IconButton.filledTonal(\n          icon: const Icon(Icons.close),\n          onPressed: () => setState(() => _image = null),\n        ),\n      ),\n    ],\n  ),",
  ["Image.file", "_image", "Positioned"])
T(S5, "children", "forms", "Görünürlük için SegmentedButton ekle: Herkes, Takipçiler, Sadece ben",
  "SegmentedButton<PostVisibility>(\n  segments: const [\n    ButtonSegment(value: PostVisibility.public, label: Text('Herkes')),\n    ButtonSegment(value: PostVisibility.followers, label: Text('Takipçiler')),\n    ButtonSegment(value: PostVisibility.private, label: Text('Sadece ben')),\n  ],\n  selected: {_visibility},\n  onSelectionChanged: (value) => setState(() => _visibility = value.first),\n),",
  ["SegmentedButton", "_visibility", "onSelectionChanged"])
T(S5, "children", "widgets_layout", "Gönderilirken ince bir ilerleme çubuğu göster",
  "if (_sending) const LinearProgressIndicator(),", ["_sending", "LinearProgressIndicator"])

T(S5, "pick", "platform", "Fotoğraf izni kalıcı olarak reddedildiyse uygulama ayarlarını aç; izin varsa galeriden seç",
  "final status = await Permission.photos.request();\nif (status.isPermanentlyDenied) {\n  await openAppSettings();\n  return;\n}\nif (!status.isGranted && !status.isLimited) return;\nfinal file = await ImagePicker().pickImage(source: ImageSource.gallery);\nif (file != null) setState(() => _image = File(file.path));",
  ["Permission.photos", "openAppSettings", "pickImage"])
T(S5, "pick", "images_assets", "Alttan açılan menüde Kamera ve Galeri seçeneği sun, seçilen kaynaktan fotoğraf al",
  "final source = await showModalBottomSheet<ImageSource>(\n  context: context,\n  builder: (context) => SafeArea(\n    child: Column(\n      mainAxisSize: MainAxisSize.min,\n      children: [\n        ListTile(\n          leading: const Icon(Icons.photo_camera),\n          title: const Text('Kamera'),\n          onTap: () => Navigator.pop(context, ImageSource.camera),\n        ),\n        ListTile(\n          leading: const Icon(Icons.photo_library),\n          title: const Text('Galeri'),\n          onTap: () => Navigator.pop(context, ImageSource.gallery),\n        ),\n      ],\n    ),\n  ),\n);\nif (source == null) return;\nfinal file = await ImagePicker().pickImage(source: source);\nif (file != null && mounted) setState(() => _image = File(file.path));",
  ["showModalBottomSheet", "ImageSource.camera", "pickImage"])

T(S5, "top", "forms", "Gönderi metnindeki fazla boşlukları tek boşluğa indiren ve art arda boş satırları ikiye düşüren normalizePostText fonksiyonu",
  "String normalizePostText(String input) {\n  return input\n      .trim()\n      .replaceAll(RegExp(r'[ \\t]+'), ' ')\n      .replaceAll(RegExp(r'\\n{3,}'), '\\n\\n');\n}",
  ["normalizePostText", "replaceAll", "RegExp"])
T(S5, "top", "navigation", "Bu sheet'i klavyeyle birlikte yukarı kayacak şekilde açan showComposePostSheet fonksiyonunu yaz",
  "Future<void> showComposePostSheet(\n  BuildContext context,\n  Future<void> Function(String text, File? image, PostVisibility visibility) onSubmit,\n) {\n  return showModalBottomSheet<void>(\n    context: context,\n    isScrollControlled: true,\n    showDragHandle: true,\n    builder: (_) => ComposePostSheet(onSubmit: onSubmit),\n  );\n}",
  ["showModalBottomSheet", "isScrollControlled", "ComposePostSheet"])


# ================================================================ EDUCATION: quiz page
Q1 = host("quiz_page", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:intl/intl.dart';
import 'package:wakelock_plus/wakelock_plus.dart';

import '../l10n/app_localizations.dart';
import '../models/question.dart';

%%top%%

class QuizPage extends StatefulWidget {
  const QuizPage({super.key, required this.questions, required this.onFinished});

  final List<Question> questions;
  final void Function(int score) onFinished;

  @override
  State<QuizPage> createState() => _QuizPageState();
}

class _QuizPageState extends State<QuizPage> with SingleTickerProviderStateMixin {
  late final AnimationController _timerController;
  int _current = 0;
  int _score = 0;
  int? _selected;

  Question get _question => widget.questions[_current];

  @override
  void initState() {
    super.initState();
    _timerController = AnimationController(vsync: this, duration: const Duration(seconds: 20));
    %%init%%
  }

  void _next() {
    %%next%%
  }

  %%members%%

  @override
  void dispose() {
    _timerController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    return Scaffold(
      appBar: AppBar(
        title: Text(l10n.questionProgress(_current + 1, widget.questions.length)),
      ),
      body: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            AnimatedBuilder(
              animation: _timerController,
              builder: (context, child) {
                %%timer%%
              },
            ),
            const SizedBox(height: 24),
            Text(
              _question.text,
              %%qtext%%
            ),
            const SizedBox(height: 16),
            for (var i = 0; i < _question.options.length; i++)
              Card(
                child: ListTile(
                  title: Text(_question.options[i]),
                  onTap: _selected != null
                      ? null
                      : () {
                          %%tap%%
                        },
                ),
              ),
            %%after%%
          ],
        ),
      ),
    );
  }
}
""",
    init="_timerController.forward();",
    next="if (_current == widget.questions.length - 1) {\n  widget.onFinished(_score);\n  return;\n}\nsetState(() {\n  _current++;\n  _selected = null;\n});\n_timerController.forward(from: 0);",
    timer="return LinearProgressIndicator(value: 1 - _timerController.value);",
    qtext="style: Theme.of(context).textTheme.headlineSmall,",
    tap="setState(() {\n  _selected = i;\n  if (i == _question.answerIndex) _score++;\n});",
)

T(Q1, "top", "animations", "Doğru cevapta ikonun önce büyüyüp sonra normal boyutuna döndüğü CorrectBurst adında bir widget yaz",
  "class CorrectBurst extends StatefulWidget {\n  const CorrectBurst({super.key});\n\n  @override\n  State<CorrectBurst> createState() => _CorrectBurstState();\n}\n\nclass _CorrectBurstState extends State<CorrectBurst> with SingleTickerProviderStateMixin {\n  late final AnimationController _controller =\n      AnimationController(vsync: this, duration: const Duration(milliseconds: 500))..forward();\n  late final Animation<double> _scale = TweenSequence([\n    TweenSequenceItem(tween: Tween(begin: 0.5, end: 1.3), weight: 60),\n    TweenSequenceItem(tween: Tween(begin: 1.3, end: 1.0), weight: 40),\n  ]).animate(_controller);\n\n  @override\n  void dispose() {\n    _controller.dispose();\n    super.dispose();\n  }\n\n  @override\n  Widget build(BuildContext context) {\n    return ScaleTransition(\n      scale: _scale,\n      child: const Icon(Icons.check_circle, color: Colors.green, size: 64),\n    );\n  }\n}",
  ["CorrectBurst", "AnimationController", "ScaleTransition | AnimatedScale | Transform.scale", "dispose"])
T(Q1, "top", "dart_language", "Puanı yüzdeye çevirip harf notu döndüren letterGrade fonksiyonu yaz: 90 ve üstü A, 75 B, 60 C, altı F; switch ifadesi kullan",
  "String letterGrade(int score, int total) {\n  final percent = score * 100 ~/ total;\n  return switch (percent) {\n    >= 90 => 'A',\n    >= 75 => 'B',\n    >= 60 => 'C',\n    _ => 'F',\n  };\n}",
  ["letterGrade", "switch"])
T(Q1, "top", "localization", "Doğru sayısını toplam soruya bölüp aktif dile uygun yüzde biçiminde (%85 gibi) döndüren formatScorePercent fonksiyonunu yaz",
  "String formatScorePercent(BuildContext context, int score, int total) {\n  final locale = Localizations.localeOf(context).toString();\n  return NumberFormat.percentPattern(locale).format(score / total);\n}",
  ["formatScorePercent", "NumberFormat.percentPattern", "Localizations.localeOf"])
T(Q1, "top", "performance", "Seçenek kartını ayrı, const kurucusu olan OptionTile adında bir StatelessWidget'a çıkar (text, selected, onTap alsın)",
  "class OptionTile extends StatelessWidget {\n  const OptionTile({super.key, required this.text, required this.selected, this.onTap});\n\n  final String text;\n  final bool selected;\n  final VoidCallback? onTap;\n\n  @override\n  Widget build(BuildContext context) {\n    return Card(\n      color: selected ? Theme.of(context).colorScheme.primaryContainer : null,\n      child: ListTile(title: Text(text), onTap: onTap),\n    );\n  }\n}",
  ["OptionTile", "const OptionTile", "selected"], ["extends StatelessWidget"])

T(Q1, "init", "animations", "Süre dolunca otomatik olarak sonraki soruya geçilsin, sayacı da başlat",
  "_timerController.addStatusListener((status) {\n  if (status == AnimationStatus.completed) _next();\n});\n_timerController.forward();",
  ["addStatusListener", "AnimationStatus.completed", "_next"])
T(Q1, "init", "platform", "Quiz sürerken ekran kararıp kapanmasın",
  "WakelockPlus.enable();\n_timerController.forward();", ["WakelockPlus.enable"])

T(Q1, "next", "state", "Son sorudaysa onFinished'i puanla çağır; değilse sıradaki soruya geç, seçimi sıfırla ve sayacı baştan başlat",
  "if (_current == widget.questions.length - 1) {\n  widget.onFinished(_score);\n  return;\n}\nsetState(() {\n  _current++;\n  _selected = null;\n});\n_timerController.forward(from: 0);",
  ["widget.onFinished", "_current", "_selected", "forward"])
T(Q1, "next", "navigation", "Son soruysa '/result' sayfasına puanı argüman vererek bu sayfanın yerine geç; değilse sonraki soruya ilerle",
  "if (_current == widget.questions.length - 1) {\n  Navigator.of(context).pushReplacementNamed('/result', arguments: _score);\n  return;\n}\nsetState(() {\n  _current++;\n  _selected = null;\n});\n_timerController.forward(from: 0);",
  ["pushReplacementNamed | context.pushReplacement | context.go", "_score"])

T(Q1, "members", "state", "Quiz'i baştan başlatan _restart metodunu yaz",
  "void _restart() {\n  setState(() {\n    _current = 0;\n    _score = 0;\n    _selected = null;\n  });\n  _timerController.forward(from: 0);\n}",
  ["_restart", "_current = 0", "_score = 0", "setState"])
T(Q1, "members", "images_assets", "Soru görsellerini ekrana gelmeden önbelleğe alan didChangeDependencies'i yaz",
  "@override\nvoid didChangeDependencies() {\n  super.didChangeDependencies();\n  for (final question in widget.questions) {\n    final url = question.imageUrl;\n    if (url != null) precacheImage(NetworkImage(url), context);\n  }\n}",
  ["didChangeDependencies", "precacheImage", "widget.questions"])
T(Q1, "members", "theming", "Seçenek rengini veren _optionColor metodu: cevap verildiyse doğru şık yeşil, yanlış seçilen temanın errorContainer rengi, diğerleri null",
  "Color? _optionColor(BuildContext context, int index) {\n  if (_selected == null) return null;\n  if (index == _question.answerIndex) return Colors.green.shade100;\n  if (index == _selected) return Theme.of(context).colorScheme.errorContainer;\n  return null;\n}",
  ["_selected", "_question.answerIndex", "errorContainer"])

T(Q1, "timer", "animations", "Kalan süreyi ince bir ilerleme çubuğu olarak göster",
  "return LinearProgressIndicator(value: 1 - _timerController.value);",
  ["LinearProgressIndicator", "_timerController.value"])
T(Q1, "timer", "animations", "Süre azaldıkça çubuğun rengi yeşilden kırmızıya doğru değişsin",
  "final remaining = 1 - _timerController.value;\nreturn LinearProgressIndicator(\n  value: remaining,\n  color: Color.lerp(Colors.red, Colors.green, remaining),\n);",
  ["Color.lerp | ColorTween", "LinearProgressIndicator"])
T(Q1, "timer", "localization", "Kalan saniyeyi çeviri dosyasındaki secondsLeft mesajıyla sağa yaslı yaz",
  "final seconds = ((1 - _timerController.value) * 20).ceil();\nreturn Text(l10n.secondsLeft(seconds), textAlign: TextAlign.end);",
  ["l10n.secondsLeft", "_timerController.value"])

T(Q1, "qtext", "theming", "Soru metni temanın headlineSmall stilinde ve kalın olsun",
  "style: Theme.of(context).textTheme.headlineSmall?.copyWith(fontWeight: FontWeight.bold),",
  ["headlineSmall", "FontWeight.bold"])
T(Q1, "qtext", "widgets_layout", "Uzun sorular en fazla 4 satırda kesilsin, sonuna üç nokta gelsin",
  "maxLines: 4,\noverflow: TextOverflow.ellipsis,", ["maxLines", "TextOverflow.ellipsis"])

T(Q1, "tap", "state", "Seçilen şıkkı kaydet, doğruysa puanı bir artır",
  "setState(() {\n  _selected = i;\n  if (i == _question.answerIndex) _score++;\n});",
  ["_selected", "_score", "setState"])
T(Q1, "tap", "platform", "Doğru cevapta hafif, yanlış cevapta güçlü titreşim ver; sonra seçimi kaydet",
  "final correct = i == _question.answerIndex;\nif (correct) {\n  HapticFeedback.lightImpact();\n} else {\n  HapticFeedback.heavyImpact();\n}\nsetState(() {\n  _selected = i;\n  if (correct) _score++;\n});",
  ["HapticFeedback.lightImpact", "HapticFeedback.heavyImpact", "_selected"])
T(Q1, "tap", "async", "Seçimi kaydet, sayacı durdur; doğru/yanlış rengi görünsün diye 1 saniye sonra sonraki soruya geç",
  "setState(() {\n  _selected = i;\n  if (i == _question.answerIndex) _score++;\n});\n_timerController.stop();\nFuture.delayed(const Duration(seconds: 1), () {\n  if (mounted) _next();\n});",
  ["Future.delayed | Timer", "_next", "_timerController.stop"])

T(Q1, "after", "widgets_layout", "Cevap verildiyse 'Sonraki' butonu göster; son sorudaysa yazısı 'Bitir' olsun",
  "if (_selected != null)\n  FilledButton(\n    onPressed: _next,\n    child: Text(_current == widget.questions.length - 1 ? 'Bitir' : 'Sonraki'),\n  ),",
  ["_selected", "_next"], checks=["literal 'Bitir'"])
T(Q1, "after", "animations", "Cevap verilince açıklama metninin alanı büyüyerek açılsın",
  "AnimatedSize(\n  duration: const Duration(milliseconds: 250),\n  child: _selected == null\n      ? const SizedBox.shrink()\n      : Padding(\n          padding: const EdgeInsets.only(top: 12),\n          child: Text(_question.explanation),\n        ),\n),",
  ["AnimatedSize", "_question.explanation", "_selected"])
T(Q1, "after", "images_assets", "Sorunun görseli varsa seçeneklerin altında 160 piksel yüksekliğinde göster",
  "if (_question.imageUrl != null)\n  Padding(\n    padding: const EdgeInsets.only(top: 16),\n    child: Image.network(_question.imageUrl!, height: 160, fit: BoxFit.contain),\n  ),",
  ["Image.network", "_question.imageUrl", "height"])


# ---------------------------------------------------------------- education: quiz repository
Q2 = host("quiz_repository", r"""
import 'dart:convert';

import 'package:flutter/foundation.dart';
import 'package:http/http.dart' as http;
import 'package:shared_preferences/shared_preferences.dart';

import '../models/question.dart';
import '../models/quiz_result.dart';
import '../models/topic.dart';

%%top%%

List<Question> parseQuestions(String body) {
  final data = jsonDecode(body) as List<dynamic>;
  return data.map((e) => Question.fromJson(e as Map<String, dynamic>)).toList();
}

class QuizRepository {
  QuizRepository({required this.baseUrl, required this.client, required this.prefs});

  final String baseUrl;
  final http.Client client;
  final SharedPreferences prefs;

  static const _bestScoreKey = 'best_score';

  Future<List<Question>> fetchQuestions(String topicId) async {
    final response = await client.get(Uri.parse('$baseUrl/topics/$topicId/questions'));
    %%fetch%%
  }

  Future<void> submitResult(QuizResult result) async {
    %%submit%%
  }

  %%members%%
}

%%bottom%%
""",
    fetch="if (response.statusCode != 200) {\n  throw http.ClientException('HTTP ${response.statusCode}');\n}\nreturn parseQuestions(response.body);",
    submit="await client.post(\n  Uri.parse('$baseUrl/results'),\n  headers: {'Content-Type': 'application/json'},\n  body: jsonEncode(result.toJson()),\n);",
)

T(Q2, "fetch", "http_json", "Yanıt 200 değilse hata fırlat; gövdeyi UTF-8 olarak çözüp soru listesine çevir ve soruları karıştır",
  "if (response.statusCode != 200) {\n  throw http.ClientException('Sorular alınamadı: ${response.statusCode}');\n}\nfinal data = jsonDecode(utf8.decode(response.bodyBytes)) as List<dynamic>;\nreturn data.map((e) => Question.fromJson(e as Map<String, dynamic>)).toList()..shuffle();",
  ["utf8.decode", "bodyBytes", "Question.fromJson", "shuffle"])
T(Q2, "fetch", "storage", "Başarılı yanıtı çevrimdışı kullanmak için prefs'e 'questions_<topicId>' anahtarıyla kaydet, sonra soruları döndür",
  "if (response.statusCode != 200) {\n  throw http.ClientException('HTTP ${response.statusCode}');\n}\nawait prefs.setString('questions_$topicId', response.body);\nreturn parseQuestions(response.body);",
  ["prefs.setString", "response.body", "parseQuestions | Question.fromJson"])
T(Q2, "fetch", "performance", "Soru listesi çok büyük olabilir; durum kodunu kontrol et ve ayrıştırmayı compute ile ayrı isolate'te yap",
  "if (response.statusCode != 200) {\n  throw http.ClientException('HTTP ${response.statusCode}');\n}\nreturn compute(parseQuestions, response.body);",
  ["compute", "parseQuestions"])

T(Q2, "submit", "http_json", "Sonucu JSON olarak POST et; 201 dönmezse Exception fırlat",
  "final response = await client.post(\n  Uri.parse('$baseUrl/results'),\n  headers: {'Content-Type': 'application/json'},\n  body: jsonEncode(result.toJson()),\n);\nif (response.statusCode != 201) {\n  throw Exception('Sonuç gönderilemedi (${response.statusCode})');\n}",
  ["client.post", "jsonEncode", "statusCode != 201 | statusCode == 201"])
T(Q2, "submit", "storage", "Yeni puan kayıtlı en yüksek puandan büyükse prefs'e en yüksek puan olarak yaz",
  "final best = prefs.getInt(_bestScoreKey) ?? 0;\nif (result.score > best) {\n  await prefs.setInt(_bestScoreKey, result.score);\n}",
  ["prefs.getInt", "prefs.setInt", "_bestScoreKey"])
T(Q2, "submit", "async", "Sonucu gönder ama sunucu 8 saniyede cevap vermezse zaman aşımına uğrasın",
  "await client\n    .post(\n      Uri.parse('$baseUrl/results'),\n      headers: {'Content-Type': 'application/json'},\n      body: jsonEncode(result.toJson()),\n    )\n    .timeout(const Duration(seconds: 8));",
  ["timeout", "Duration", "post"])

T(Q2, "members", "storage", "Kayıtlı en yüksek puanı döndüren bestScore getter'ı, kayıt yoksa 0",
  "int get bestScore => prefs.getInt(_bestScoreKey) ?? 0;", ["bestScore", "prefs.getInt", "_bestScoreKey"])
T(Q2, "members", "storage", "Çevrimdışıyken önbellekteki soruları okuyan cachedQuestions metodu; kayıt yoksa boş liste dönsün",
  "List<Question> cachedQuestions(String topicId) {\n  final raw = prefs.getString('questions_$topicId');\n  if (raw == null) return const [];\n  return parseQuestions(raw);\n}",
  ["cachedQuestions", "prefs.getString", "parseQuestions | Question.fromJson"])
T(Q2, "members", "http_json", "Konuları çeken fetchTopics metodunu ekle; /topics yanıtındaki 'items' dizisini Topic listesine çevirsin",
  "Future<List<Topic>> fetchTopics() async {\n  final response = await client.get(Uri.parse('$baseUrl/topics'));\n  if (response.statusCode != 200) {\n    throw http.ClientException('HTTP ${response.statusCode}');\n  }\n  final json = jsonDecode(response.body) as Map<String, dynamic>;\n  return (json['items'] as List<dynamic>)\n      .map((e) => Topic.fromJson(e as Map<String, dynamic>))\n      .toList();\n}",
  ["fetchTopics", "client.get", "Topic.fromJson"])

T(Q2, "top", "storage", "Tamamlanan konu id'lerini SharedPreferences'ta string listesi olarak tutan bir extension yaz: completedTopics getter'ı ve markTopicCompleted(id)",
  "extension CompletedTopics on SharedPreferences {\n  List<String> get completedTopics => getStringList('completed_topics') ?? const [];\n\n  Future<bool> markTopicCompleted(String id) {\n    return setStringList('completed_topics', {...completedTopics, id}.toList());\n  }\n}",
  ["extension", "getStringList", "setStringList"])
T(Q2, "top", "http_json", "Hata yanıtındaki {\"error\": {\"message\": ...}} yapısından mesajı çıkaran errorMessageFrom fonksiyonu; çözülemezse 'Bilinmeyen hata' dönsün",
  "String errorMessageFrom(String body) {\n  try {\n    final json = jsonDecode(body) as Map<String, dynamic>;\n    return (json['error'] as Map<String, dynamic>)['message'] as String;\n  } catch (_) {\n    return 'Bilinmeyen hata';\n  }\n}",
  ["errorMessageFrom", "jsonDecode", "catch"])
T(Q2, "bottom", "dart_language", "easy, medium, hard değerli Difficulty enum'unu yaz; sunucudan gelen metni çeviren, bilinmeyen değerde medium dönen static parse metodu olsun",
  "enum Difficulty {\n  easy,\n  medium,\n  hard;\n\n  static Difficulty parse(String? value) =>\n      Difficulty.values.asNameMap()[value] ?? Difficulty.medium;\n}",
  ["enum Difficulty", "Difficulty.medium", "static"])


# ---------------------------------------------------------------- education: quiz tests
Q3 = host("quiz_test", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:mocktail/mocktail.dart';
import 'package:quiz_app/models/question.dart';
import 'package:quiz_app/pages/quiz_page.dart';
import 'package:quiz_app/services/quiz_repository.dart';
import 'package:quiz_app/utils/grades.dart';

class MockQuizRepository extends Mock implements QuizRepository {}

%%top%%

void main() {
  late MockQuizRepository repository;
  const questions = [
    Question(id: 'q1', text: '2 + 2 = ?', options: ['3', '4', '5'], answerIndex: 1),
    Question(id: 'q2', text: 'Türkiye’nin başkenti?', options: ['Ankara', 'İzmir'], answerIndex: 0),
  ];

  setUp(() {
    %%setup%%
  });

  testWidgets('doğru cevap puanı artırır', (tester) async {
    int? finalScore;
    await tester.pumpWidget(
      MaterialApp(home: QuizPage(questions: questions, onFinished: (s) => finalScore = s)),
    );
    %%test1%%
  });

  test('letterGrade notları doğru hesaplar', () {
    %%test2%%
  });
}
""",
    setup="repository = MockQuizRepository();",
    test1="await tester.tap(find.text('4'));\nawait tester.pump();\nexpect(find.text('Sonraki'), findsOneWidget);",
    test2="expect(letterGrade(9, 10), 'A');",
)

T(Q3, "setup", "testing", "Her testten önce yeni bir mock oluştur; fetchQuestions hangi konu için çağrılırsa çağrılsın sabit soruları döndürsün",
  "repository = MockQuizRepository();\nwhen(() => repository.fetchQuestions(any())).thenAnswer((_) async => questions);",
  ["MockQuizRepository", "when", "thenAnswer", "any"])
T(Q3, "test1", "testing", "İlk sorunun doğru şıkkına (4) dokun, animasyonların bitmesini bekle ve 'Sonraki' butonunun göründüğünü doğrula",
  "await tester.tap(find.text('4'));\nawait tester.pump(const Duration(milliseconds: 300));\nexpect(find.text('Sonraki'), findsOneWidget);",
  ["tester.tap", "find.text", "findsOneWidget"])
T(Q3, "test1", "testing", "İki soruyu da doğru cevapla, sonunda onFinished'in 2 puanla çağrıldığını doğrula",
  "await tester.tap(find.text('4'));\nawait tester.pump();\nawait tester.tap(find.text('Sonraki'));\nawait tester.pump();\nawait tester.tap(find.text('Ankara'));\nawait tester.pump();\nawait tester.tap(find.text('Bitir'));\nawait tester.pump();\nexpect(finalScore, 2);",
  ["tester.tap", "expect", "finalScore"])
T(Q3, "test1", "testing", "Hiç cevap vermeden 20 saniye ilerlet; süre dolunca ikinci sorunun ekranda olduğunu doğrula",
  "await tester.pump(const Duration(seconds: 20));\nawait tester.pump();\nexpect(find.text('Türkiye’nin başkenti?'), findsOneWidget);",
  ["tester.pump", "Duration", "findsOneWidget"])
T(Q3, "test2", "testing", "90 ve üstü A, 60'ın altı F olmalı; 90, 60 ve 59 sınır değerlerini de dene",
  "expect(letterGrade(90, 100), 'A');\nexpect(letterGrade(60, 100), 'C');\nexpect(letterGrade(59, 100), 'F');\nexpect(letterGrade(100, 100), 'A');",
  ["expect", "letterGrade"])
T(Q3, "test2", "testing", "Toplam soru sayısı 0 olduğunda hata fırlatıldığını doğrula",
  "expect(() => letterGrade(0, 0), throwsA(anything));",
  ["expect", "throwsA | throwsArgumentError | throwsUnsupportedError"])
T(Q3, "top", "testing", "QuizPage'i verilen sorularla MaterialApp içinde pompalayan pumpQuiz yardımcı fonksiyonunu yaz",
  "Future<void> pumpQuiz(\n  WidgetTester tester,\n  List<Question> questions, {\n  void Function(int score)? onFinished,\n}) {\n  return tester.pumpWidget(\n    MaterialApp(\n      home: QuizPage(questions: questions, onFinished: onFinished ?? (_) {}),\n    ),\n  );\n}",
  ["pumpQuiz", "tester.pumpWidget", "MaterialApp", "QuizPage"])
T(Q3, "top", "testing", "Testlerde soru üretmek için id ve doğru şık indeksi alan makeQuestion fabrika fonksiyonu yaz",
  "Question makeQuestion(String id, {int answerIndex = 0}) => Question(\n      id: id,\n      text: 'Soru $id',\n      options: const ['A', 'B', 'C', 'D'],\n      answerIndex: answerIndex,\n    );",
  ["makeQuestion", "Question", "answerIndex"])


# ---------------------------------------------------------------- education: course catalog
Q4 = host("course_catalog", r"""
import 'package:cached_network_image/cached_network_image.dart';
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/course.dart';

%%top%%

class CourseCatalogView extends StatelessWidget {
  const CourseCatalogView({super.key, required this.courses, required this.onOpen});

  final List<Course> courses;
  final ValueChanged<Course> onOpen;

  %%members%%

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(
      slivers: [
        const SliverAppBar.large(title: Text('Kurslar')),
        %%slivers%%
        SliverList.builder(
          itemCount: courses.length,
          itemBuilder: (context, index) {
            final course = courses[index];
            %%row%%
          },
        ),
      ],
    );
  }
}
""",
    row="return ListTile(\n  leading: CachedNetworkImage(imageUrl: course.coverUrl, width: 56, fit: BoxFit.cover),\n  title: Text(course.title),\n  subtitle: Text('${course.lessonCount} ders'),\n  onTap: () => onOpen(course),\n);",
)

T(Q4, "top", "images_assets", "Kurs kapağı için const kurucusu olan CourseCover widget'ı yaz: 16:9 oranlı, köşeleri yuvarlak, önbellekli ağ görseli",
  "class CourseCover extends StatelessWidget {\n  const CourseCover({super.key, required this.url});\n\n  final String url;\n\n  @override\n  Widget build(BuildContext context) {\n    return AspectRatio(\n      aspectRatio: 16 / 9,\n      child: ClipRRect(\n        borderRadius: BorderRadius.circular(12),\n        child: CachedNetworkImage(imageUrl: url, fit: BoxFit.cover),\n      ),\n    );\n  }\n}",
  ["CourseCover", "AspectRatio", "CachedNetworkImage", "ClipRRect"])
T(Q4, "top", "lists", "Kursları önce seviyeye (başlangıç önce), sonra ada göre sıralayan sortCourses fonksiyonu; gelen liste değişmesin",
  "List<Course> sortCourses(List<Course> courses) {\n  return [...courses]..sort((a, b) {\n      final byLevel = a.level.index.compareTo(b.level.index);\n      return byLevel != 0 ? byLevel : a.title.compareTo(b.title);\n    });\n}",
  ["sortCourses", "sort", "compareTo"])
T(Q4, "top", "localization", "İngilizce arayüz için ders sayısını Intl.plural ile '1 lesson' / '5 lessons' biçiminde yazan lessonCountLabel fonksiyonu",
  "String lessonCountLabel(int count) => Intl.plural(\n      count,\n      one: '$count lesson',\n      other: '$count lessons',\n      locale: 'en',\n    );",
  ["lessonCountLabel", "Intl.plural"])
T(Q4, "top", "localization", "Kurs süresini (dakika) aktif dile göre sayı biçimlendirip 'x dk' olarak döndüren formatMinutes(context, minutes) fonksiyonu",
  "String formatMinutes(BuildContext context, int minutes) {\n  final locale = Localizations.localeOf(context).toString();\n  return '${NumberFormat.decimalPattern(locale).format(minutes)} dk';\n}",
  ["formatMinutes", "NumberFormat.decimalPattern", "Localizations.localeOf"])

T(Q4, "members", "images_assets", "Kapak adresi boşsa assets'teki varsayılan görseli, doluysa önbellekli görseli döndüren _cover metodu",
  "Widget _cover(Course course) {\n  if (course.coverUrl.isEmpty) {\n    return Image.asset('assets/images/course_placeholder.png', width: 56, height: 56, fit: BoxFit.cover);\n  }\n  return CachedNetworkImage(imageUrl: course.coverUrl, width: 56, height: 56, fit: BoxFit.cover);\n}",
  ["Image.asset", "CachedNetworkImage", "course.coverUrl"])
T(Q4, "members", "localization", "Kursun güncellenme tarihini aktif dile göre kısa biçimde (12 Mar 2024 gibi) döndüren _updatedLabel metodu",
  "String _updatedLabel(BuildContext context, Course course) {\n  final locale = Localizations.localeOf(context).toLanguageTag();\n  return DateFormat.yMMMd(locale).format(course.updatedAt);\n}",
  ["DateFormat.yMMMd", "course.updatedAt", "Localizations.localeOf"])

T(Q4, "slivers", "lists", "Kurs yoksa 'Henüz kurs yok' mesajını kalan alanı dolduracak şekilde ortada göster",
  "if (courses.isEmpty)\n  const SliverFillRemaining(\n    hasScrollBody: false,\n    child: Center(child: Text('Henüz kurs yok')),\n  ),",
  ["courses.isEmpty", "SliverFillRemaining"])
T(Q4, "slivers", "lists", "Öne çıkan ilk 4 kursu iki sütunlu bir ızgarada kapak görseliyle göster",
  "SliverGrid.count(\n  crossAxisCount: 2,\n  mainAxisSpacing: 8,\n  crossAxisSpacing: 8,\n  childAspectRatio: 16 / 9,\n  children: [\n    for (final course in courses.take(4))\n      InkWell(\n        onTap: () => onOpen(course),\n        child: CachedNetworkImage(imageUrl: course.coverUrl, fit: BoxFit.cover),\n      ),\n  ],\n),",
  ["SliverGrid", "crossAxisCount", "take"])
T(Q4, "slivers", "widgets_layout", "Listenin üstüne 'Tüm kurslar' başlığını sliver olarak ekle",
  "SliverToBoxAdapter(\n  child: Padding(\n    padding: const EdgeInsets.fromLTRB(16, 16, 16, 8),\n    child: Text('Tüm kurslar', style: Theme.of(context).textTheme.titleMedium),\n  ),\n),",
  ["SliverToBoxAdapter"], checks=["literal 'Tüm kurslar'"])

T(Q4, "row", "images_assets", "Kapak görselini bellekte 112 piksel genişliğinde decode ederek gösteren bir ListTile döndür",
  "return ListTile(\n  leading: CachedNetworkImage(\n    imageUrl: course.coverUrl,\n    width: 56,\n    height: 56,\n    memCacheWidth: 112,\n    fit: BoxFit.cover,\n  ),\n  title: Text(course.title),\n  onTap: () => onOpen(course),\n);",
  ["CachedNetworkImage", "memCacheWidth", "onOpen"])
T(Q4, "row", "lists", "Kursu başlığı ve altında tamamlanma oranını gösteren ilerleme çubuğu olan bir kart olarak döndür",
  "return Card(\n  margin: const EdgeInsets.symmetric(horizontal: 16, vertical: 6),\n  child: InkWell(\n    onTap: () => onOpen(course),\n    child: Padding(\n      padding: const EdgeInsets.all(12),\n      child: Column(\n        crossAxisAlignment: CrossAxisAlignment.start,\n        children: [\n          Text(course.title, style: Theme.of(context).textTheme.titleMedium),\n          const SizedBox(height: 8),\n          LinearProgressIndicator(value: course.progress),\n        ],\n      ),\n    ),\n  ),\n);",
  ["Card", "LinearProgressIndicator", "course.progress", "onOpen"])
T(Q4, "row", "animations", "Kapak görseli detay sayfasına Hero ile uçsun; satırdaki kapağı Hero içine al",
  "return ListTile(\n  leading: Hero(\n    tag: 'course-${course.id}',\n    child: CachedNetworkImage(imageUrl: course.coverUrl, width: 56, fit: BoxFit.cover),\n  ),\n  title: Text(course.title),\n  onTap: () => onOpen(course),\n);",
  ["Hero", "course.id", "onOpen"])
T(Q4, "row", "localization", "Alt başlıkta ders sayısını ve güncellenme tarihini aktif dilin tarih biçimiyle göster",
  "final date = DateFormat.yMMMd(Localizations.localeOf(context).toString()).format(course.updatedAt);\nreturn ListTile(\n  title: Text(course.title),\n  subtitle: Text('${course.lessonCount} ders · $date'),\n  onTap: () => onOpen(course),\n);",
  ["DateFormat", "course.updatedAt", "Localizations.localeOf"])


# ================================================================ TRAVEL: hotel search form
V1 = host("hotel_search", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';
import 'package:intl/intl.dart';

import '../models/search_query.dart';

%%top%%

class HotelSearchPage extends StatefulWidget {
  const HotelSearchPage({super.key});

  @override
  State<HotelSearchPage> createState() => _HotelSearchPageState();
}

class _HotelSearchPageState extends State<HotelSearchPage> {
  final _formKey = GlobalKey<FormState>();
  final _cityController = TextEditingController();
  DateTimeRange? _dates;
  int _guests = 2;
  int _rooms = 1;

  %%members%%

  void _search() {
    %%search%%
  }

  @override
  void dispose() {
    _cityController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final dateFormat = DateFormat.MMMd(Localizations.localeOf(context).toString());
    return Scaffold(
      appBar: AppBar(title: const Text('Otel ara')),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextFormField(
              controller: _cityController,
              decoration: const InputDecoration(
                labelText: 'Şehir veya otel adı',
                prefixIcon: Icon(Icons.location_city),
              ),
              %%cityargs%%
            ),
            const SizedBox(height: 12),
            ListTile(
              leading: const Icon(Icons.date_range),
              title: Text(_dates == null
                  ? 'Giriş - çıkış tarihi seç'
                  : '${dateFormat.format(_dates!.start)} - ${dateFormat.format(_dates!.end)}'),
              onTap: () async {
                %%pickdates%%
              },
            ),
            %%fields%%
            const SizedBox(height: 24),
            FilledButton.icon(
              onPressed: _search,
              icon: const Icon(Icons.search),
              label: const Text('Ara'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    search="if (!_formKey.currentState!.validate() || _dates == null) return;\ncontext.push(\n  '/hotels',\n  extra: SearchQuery(city: _cityController.text.trim(), dates: _dates!, guests: _guests, rooms: _rooms),\n);",
    cityargs="textInputAction: TextInputAction.search,",
    pickdates="final now = DateTime.now();\nfinal range = await showDateRangePicker(\n  context: context,\n  firstDate: now,\n  lastDate: now.add(const Duration(days: 365)),\n);\nif (range != null) setState(() => _dates = range);",
)

T(V1, "search", "navigation", "Form geçersizse ya da tarih seçilmediyse dur; değilse /hotels sayfasına SearchQuery'yi extra olarak gönder",
  "if (!_formKey.currentState!.validate() || _dates == null) return;\ncontext.push(\n  '/hotels',\n  extra: SearchQuery(\n    city: _cityController.text.trim(),\n    dates: _dates!,\n    guests: _guests,\n    rooms: _rooms,\n  ),\n);",
  ["_formKey.currentState", "context.push | context.go", "SearchQuery", "extra"])
T(V1, "search", "forms", "Tarih seçilmediyse SnackBar ile uyar; form geçerliyse şehir ve misafir sayısını query parametresi olarak /hotels'e gönder",
  "if (_dates == null) {\n  ScaffoldMessenger.of(context).showSnackBar(\n    const SnackBar(content: Text('Lütfen giriş ve çıkış tarihini seç')),\n  );\n  return;\n}\nif (!_formKey.currentState!.validate()) return;\ncontext.push(\n  Uri(\n    path: '/hotels',\n    queryParameters: {'city': _cityController.text.trim(), 'guests': '$_guests'},\n  ).toString(),\n);",
  ["_dates", "showSnackBar", "validate", "queryParameters"])

T(V1, "members", "forms", "Kaç gece kalınacağını veren _nights getter'ı; tarih seçilmediyse 0",
  "int get _nights => _dates?.duration.inDays ?? 0;", ["_nights", "_dates", "inDays"])
T(V1, "members", "forms", "Şehir alanı için _validateCity: boşsa 'Şehir gerekli', 2 harften kısaysa 'En az 2 harf yaz' döndürsün",
  "String? _validateCity(String? value) {\n  final text = value?.trim() ?? '';\n  if (text.isEmpty) return 'Şehir gerekli';\n  if (text.length < 2) return 'En az 2 harf yaz';\n  return null;\n}",
  ["_validateCity", "isEmpty", "length"])

T(V1, "cityargs", "forms", "Alan boş bırakılırsa 'Şehir gerekli' hatası versin",
  "validator: (value) => (value == null || value.trim().isEmpty) ? 'Şehir gerekli' : null,",
  ["validator", "isEmpty"])
T(V1, "cityargs", "forms", "Klavyede arama tuşu çıksın, basılınca arama yapılsın",
  "textInputAction: TextInputAction.search,\nonFieldSubmitted: (_) => _search(),",
  ["TextInputAction.search", "onFieldSubmitted", "_search"])
T(V1, "cityargs", "forms", "Her kelimenin ilk harfi otomatik büyük yazılsın",
  "textCapitalization: TextCapitalization.words,", ["TextCapitalization.words"])

T(V1, "pickdates", "localization", "Tarih aralığı seçiciyi Türkçe aç (bugünden 1 yıl sonrasına kadar), önceki seçim varsa onunla başlasın",
  "final now = DateTime.now();\nfinal range = await showDateRangePicker(\n  context: context,\n  firstDate: now,\n  lastDate: now.add(const Duration(days: 365)),\n  initialDateRange: _dates,\n  locale: const Locale('tr'),\n);\nif (range != null) setState(() => _dates = range);",
  ["showDateRangePicker", "locale", "initialDateRange"])
T(V1, "pickdates", "forms", "Tarih aralığı seçtir; 30 geceden uzunsa uyarı gösterip kabul etme",
  "final now = DateTime.now();\nfinal range = await showDateRangePicker(\n  context: context,\n  firstDate: now,\n  lastDate: now.add(const Duration(days: 365)),\n);\nif (range == null || !mounted) return;\nif (range.duration.inDays > 30) {\n  ScaffoldMessenger.of(context).showSnackBar(\n    const SnackBar(content: Text('En fazla 30 gece seçebilirsin')),\n  );\n  return;\n}\nsetState(() => _dates = range);",
  ["showDateRangePicker", "inDays", "showSnackBar"])
T(V1, "pickdates", "theming", "Tarih seçici turuncu tonlu bir renk şemasıyla açılsın",
  "final now = DateTime.now();\nfinal range = await showDateRangePicker(\n  context: context,\n  firstDate: now,\n  lastDate: now.add(const Duration(days: 365)),\n  builder: (context, child) => Theme(\n    data: Theme.of(context).copyWith(\n      colorScheme: ColorScheme.fromSeed(seedColor: Colors.deepOrange),\n    ),\n    child: child!,\n  ),\n);\nif (range != null) setState(() => _dates = range);",
  ["builder", "Theme", "ColorScheme.fromSeed | copyWith"])

T(V1, "fields", "forms", "Misafir sayısı için eksi/artı butonlu bir satır ekle (1 ile 8 arası)",
  "Row(\n  children: [\n    const Expanded(child: Text('Misafir')),\n    IconButton(\n      icon: const Icon(Icons.remove),\n      onPressed: _guests > 1 ? () => setState(() => _guests--) : null,\n    ),\n    Text('$_guests'),\n    IconButton(\n      icon: const Icon(Icons.add),\n      onPressed: _guests < 8 ? () => setState(() => _guests++) : null,\n    ),\n  ],\n),",
  ["_guests", "IconButton", "setState"])
T(V1, "fields", "forms", "Oda sayısını 1-4 arasından seçtiren bir DropdownButtonFormField ekle",
  "DropdownButtonFormField<int>(\n  initialValue: _rooms,\n  decoration: const InputDecoration(labelText: 'Oda'),\n  items: [\n    for (var i = 1; i <= 4; i++) DropdownMenuItem(value: i, child: Text('$i oda')),\n  ],\n  onChanged: (value) => setState(() => _rooms = value ?? 1),\n),",
  ["DropdownButtonFormField", "_rooms", "onChanged"])

T(V1, "top", "widgets_layout", "Değeri min ve max arasında artırıp azaltan GuestStepper adında bir widget yaz (value, onChanged, min, max)",
  "class GuestStepper extends StatelessWidget {\n  const GuestStepper({\n    super.key,\n    required this.value,\n    required this.onChanged,\n    this.min = 1,\n    this.max = 8,\n  });\n\n  final int value;\n  final ValueChanged<int> onChanged;\n  final int min;\n  final int max;\n\n  @override\n  Widget build(BuildContext context) {\n    return Row(\n      mainAxisSize: MainAxisSize.min,\n      children: [\n        IconButton(icon: const Icon(Icons.remove), onPressed: value > min ? () => onChanged(value - 1) : null),\n        Text('$value'),\n        IconButton(icon: const Icon(Icons.add), onPressed: value < max ? () => onChanged(value + 1) : null),\n      ],\n    );\n  }\n}",
  ["GuestStepper", "onChanged", "IconButton"], ["extends StatelessWidget"])
T(V1, "top", "navigation", "Bu sayfa için /search yolunda açılan bir GoRoute tanımla (searchRoute)",
  "final searchRoute = GoRoute(\n  path: '/search',\n  builder: (context, state) => const HotelSearchPage(),\n);",
  ["GoRoute", "HotelSearchPage"])
T(V1, "top", "localization", "DateTimeRange'e aktif dile göre '12 Mar – 15 Mar' biçiminde label(locale) metodu ekleyen extension yaz",
  "extension DateTimeRangeLabel on DateTimeRange {\n  String label(String locale) {\n    final format = DateFormat.MMMd(locale);\n    return '${format.format(start)} – ${format.format(end)}';\n  }\n}",
  ["extension", "DateFormat.MMMd", "start", "end"])


# ---------------------------------------------------------------- travel: hotel detail
V2 = host("hotel_detail", r"""
import 'package:cached_network_image/cached_network_image.dart';
import 'package:flutter/material.dart';
import 'package:share_plus/share_plus.dart';
import 'package:url_launcher/url_launcher.dart';

import '../models/hotel.dart';

%%top%%

class HotelDetailPage extends StatefulWidget {
  const HotelDetailPage({super.key, required this.hotel});

  final Hotel hotel;

  @override
  State<HotelDetailPage> createState() => _HotelDetailPageState();
}

class _HotelDetailPageState extends State<HotelDetailPage> {
  final PageController _pageController = PageController();
  int _photoIndex = 0;
  bool _favorite = false;

  %%members%%

  @override
  void dispose() {
    _pageController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final hotel = widget.hotel;
    return Scaffold(
      body: CustomScrollView(
        slivers: [
          SliverAppBar(
            expandedHeight: 280,
            pinned: true,
            %%appbarargs%%
            flexibleSpace: FlexibleSpaceBar(
              background: PageView.builder(
                controller: _pageController,
                itemCount: hotel.photos.length,
                onPageChanged: (index) => setState(() => _photoIndex = index),
                itemBuilder: (context, index) {
                  %%photo%%
                },
              ),
            ),
          ),
          SliverPadding(
            padding: const EdgeInsets.all(16),
            sliver: SliverList.list(
              children: [
                Text(hotel.name, style: Theme.of(context).textTheme.headlineSmall),
                %%info%%
              ],
            ),
          ),
        ],
      ),
      bottomNavigationBar: SafeArea(
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: FilledButton(
            onPressed: () {
              %%book%%
            },
            child: const Text('Rezervasyon yap'),
          ),
        ),
      ),
    );
  }
}

%%bottom%%
""",
    photo="return CachedNetworkImage(imageUrl: hotel.photos[index], fit: BoxFit.cover);",
    book="Navigator.of(context).pushNamed('/booking', arguments: hotel);",
)

T(V2, "photo", "images_assets", "Fotoğrafı önbellekli göster; yüklenirken ortada küçük bir gösterge, yüklenemezse otel ikonu çıksın",
  "return CachedNetworkImage(\n  imageUrl: hotel.photos[index],\n  fit: BoxFit.cover,\n  placeholder: (context, url) => const Center(\n    child: CircularProgressIndicator(strokeWidth: 2),\n  ),\n  errorWidget: (context, url, error) => const Icon(Icons.hotel, size: 48),\n);",
  ["CachedNetworkImage", "placeholder", "errorWidget"])
T(V2, "photo", "performance", "Büyük fotoğraflar belleği şişirmesin; ekran genişliği kadar çözünürlükte decode edilsin",
  "final width = MediaQuery.sizeOf(context).width * MediaQuery.devicePixelRatioOf(context);\nreturn CachedNetworkImage(\n  imageUrl: hotel.photos[index],\n  fit: BoxFit.cover,\n  memCacheWidth: width.round(),\n);",
  ["memCacheWidth", "MediaQuery.sizeOf | MediaQuery.of"])
T(V2, "photo", "navigation", "Fotoğrafa dokununca /gallery sayfası fotoğraflar ve mevcut indeksle açılsın",
  "return GestureDetector(\n  onTap: () => Navigator.of(context).pushNamed(\n    '/gallery',\n    arguments: (photos: hotel.photos, initialIndex: index),\n  ),\n  child: CachedNetworkImage(imageUrl: hotel.photos[index], fit: BoxFit.cover),\n);",
  ["onTap", "pushNamed | push", "index"])

T(V2, "members", "platform", "Otele e-posta yazan _mailHotel metodu: konu 'Rezervasyon sorusu' olsun, uygulama açılamazsa SnackBar göster",
  "Future<void> _mailHotel() async {\n  final uri = Uri(\n    scheme: 'mailto',\n    path: widget.hotel.email,\n    queryParameters: {'subject': 'Rezervasyon sorusu'},\n  );\n  if (!await launchUrl(uri) && mounted) {\n    ScaffoldMessenger.of(context).showSnackBar(\n      const SnackBar(content: Text('E-posta uygulaması bulunamadı')),\n    );\n  }\n}",
  ["launchUrl", "Uri", "widget.hotel.email"])
T(V2, "members", "platform", "Otelin adını ve web adresini sistem paylaşım menüsüyle paylaşan _share metodu",
  "Future<void> _share() async {\n  await SharePlus.instance.share(\n    ShareParams(text: '${widget.hotel.name}\\n${widget.hotel.websiteUrl}'),\n  );\n}",
  ["SharePlus.instance.share", "ShareParams", "widget.hotel"])
T(V2, "members", "state", "Favori durumunu değiştirip sonucu SnackBar ile bildiren _toggleFavorite metodu",
  "void _toggleFavorite() {\n  setState(() => _favorite = !_favorite);\n  ScaffoldMessenger.of(context).showSnackBar(\n    SnackBar(content: Text(_favorite ? 'Favorilere eklendi' : 'Favorilerden çıkarıldı')),\n  );\n}",
  ["_favorite", "setState", "showSnackBar"])

T(V2, "appbarargs", "theming", "Fotoğrafın üstünde okunabilsin diye geri okunun ve ikonların rengi beyaz olsun",
  "foregroundColor: Colors.white,\niconTheme: const IconThemeData(color: Colors.white),",
  ["foregroundColor | iconTheme", "Colors.white"])
T(V2, "appbarargs", "state", "Sağ üstte favori butonu olsun; favorideyse dolu kalp göstersin",
  "actions: [\n  IconButton(\n    icon: Icon(_favorite ? Icons.favorite : Icons.favorite_border),\n    onPressed: () => setState(() => _favorite = !_favorite),\n  ),\n],",
  ["actions", "_favorite", "IconButton"])
T(V2, "appbarargs", "widgets_layout", "Aşağı kaydırmaya başlar başlamaz app bar hemen açılsın",
  "floating: true,\nsnap: true,", ["floating", "snap"])
T(V2, "appbarargs", "images_assets", "Başlıkta kaçıncı fotoğrafta olduğumuzu '2/8' gibi göster",
  "title: Text('${_photoIndex + 1}/${hotel.photos.length}'),", ["title", "Text"])

T(V2, "info", "widgets_layout", "Otelin yıldız sayısı kadar sarı yıldız ikonu göster",
  "Row(\n  children: [\n    for (var i = 0; i < hotel.stars; i++)\n      const Icon(Icons.star, color: Colors.amber, size: 18),\n  ],\n),",
  ["hotel.stars", "Icons.star", "for"])
T(V2, "info", "lists", "Otelin olanaklarını (hotel.amenities) satıra sığmayınca alta geçen Chip'ler olarak göster",
  "Wrap(\n  spacing: 8,\n  runSpacing: 4,\n  children: [\n    for (final amenity in hotel.amenities) Chip(label: Text(amenity)),\n  ],\n),",
  ["Wrap", "Chip", "hotel.amenities"])
T(V2, "info", "animations", "Kaçıncı fotoğrafta olduğumuzu gösteren noktalar ekle; aktif nokta genişleyerek animasyonla değişsin",
  "Row(\n  mainAxisAlignment: MainAxisAlignment.center,\n  children: [\n    for (var i = 0; i < hotel.photos.length; i++)\n      AnimatedContainer(\n        duration: const Duration(milliseconds: 200),\n        margin: const EdgeInsets.all(3),\n        width: i == _photoIndex ? 16 : 6,\n        height: 6,\n        decoration: BoxDecoration(\n          color: i == _photoIndex ? Theme.of(context).colorScheme.primary : Colors.grey.shade400,\n          borderRadius: BorderRadius.circular(3),\n        ),\n      ),\n  ],\n),",
  ["AnimatedContainer", "_photoIndex", "hotel.photos.length"])
T(V2, "info", "platform", "Adresi gösteren bir satır ekle, dokununca adres haritalar uygulamasında açılsın",
  "ListTile(\n  contentPadding: EdgeInsets.zero,\n  leading: const Icon(Icons.place_outlined),\n  title: Text(hotel.address),\n  onTap: () => launchUrl(\n    Uri.https('www.google.com', '/maps/search/', {'api': '1', 'query': hotel.address}),\n    mode: LaunchMode.externalApplication,\n  ),\n),",
  ["launchUrl", "hotel.address", "onTap"])

T(V2, "book", "navigation", "Rezervasyon sayfasını aç; sayfa true döndürürse 'Rezervasyon tamamlandı' SnackBar'ı göster",
  "Navigator.of(context).pushNamed<bool>('/booking', arguments: hotel).then((booked) {\n  if (booked == true && mounted) {\n    ScaffoldMessenger.of(context).showSnackBar(\n      const SnackBar(content: Text('Rezervasyon tamamlandı')),\n    );\n  }\n});",
  ["pushNamed | push", "then | await", "showSnackBar"])
T(V2, "book", "platform", "Otelin rezervasyon sayfasını (hotel.bookingUrl) uygulama içi tarayıcıda aç",
  "launchUrl(Uri.parse(hotel.bookingUrl), mode: LaunchMode.inAppBrowserView);",
  ["launchUrl", "hotel.bookingUrl", "LaunchMode.inAppBrowserView | LaunchMode.inAppWebView"])

T(V2, "bottom", "images_assets", "Tam ekran galeri için PhotoViewerPage yaz: fotoğraflar PageView'da kaysın ve parmakla yakınlaştırılabilsin",
  "class PhotoViewerPage extends StatelessWidget {\n  const PhotoViewerPage({super.key, required this.photos, this.initialIndex = 0});\n\n  final List<String> photos;\n  final int initialIndex;\n\n  @override\n  Widget build(BuildContext context) {\n    return Scaffold(\n      backgroundColor: Colors.black,\n      appBar: AppBar(backgroundColor: Colors.black, foregroundColor: Colors.white),\n      body: PageView.builder(\n        controller: PageController(initialPage: initialIndex),\n        itemCount: photos.length,\n        itemBuilder: (context, index) => InteractiveViewer(\n          maxScale: 4,\n          child: Center(child: CachedNetworkImage(imageUrl: photos[index])),\n        ),\n      ),\n    );\n  }\n}",
  ["PhotoViewerPage", "PageView", "InteractiveViewer"])
T(V2, "bottom", "theming", "0-10 arası otel puanını renge çeviren ratingColor fonksiyonu: 8 ve üstü yeşil, 6 ve üstü turuncu, altı kırmızı",
  "Color ratingColor(double rating) {\n  if (rating >= 8) return Colors.green;\n  if (rating >= 6) return Colors.orange;\n  return Colors.red;\n}",
  ["ratingColor", "Colors.green", "Colors.red"])
T(V2, "top", "images_assets", "Detay sayfası açılmadan önce otelin ilk fotoğrafını önbelleğe alan prefetchHotel(context, hotel) fonksiyonu",
  "Future<void> prefetchHotel(BuildContext context, Hotel hotel) async {\n  if (hotel.photos.isEmpty) return;\n  await precacheImage(CachedNetworkImageProvider(hotel.photos.first), context);\n}",
  ["prefetchHotel", "precacheImage", "hotel.photos"])


# ---------------------------------------------------------------- travel: booking service
V3 = host("booking_service", r"""
import 'package:dio/dio.dart';
import 'package:hive/hive.dart';

import '../models/booking.dart';

%%top%%

class BookingService {
  BookingService(this._dio, this._box);

  final Dio _dio;
  final Box<Booking> _box;

  Future<Booking> create(BookingRequest request) async {
    %%create%%
  }

  Future<List<Booking>> myBookings() async {
    try {
      final response = await _dio.get<List<dynamic>>('/bookings/me');
      final bookings = response.data!
          .map((e) => Booking.fromJson(e as Map<String, dynamic>))
          .toList();
      %%cache%%
      return bookings;
    } on DioException catch (e) {
      %%offline%%
    }
  }

  %%members%%
}

%%bottom%%
""",
    create="final response = await _dio.post<Map<String, dynamic>>('/bookings', data: request.toJson());\nreturn Booking.fromJson(response.data!);",
    cache="await _box.clear();\nawait _box.putAll({for (final booking in bookings) booking.id: booking});",
    offline="if (e.type == DioExceptionType.connectionError) return _box.values.toList();\nrethrow;",
)

T(V3, "create", "http_json", "Rezervasyonu POST et; sunucu 409 dönerse 'Oda artık müsait değil' hatası fırlat, başarılıysa Booking döndür",
  "try {\n  final response = await _dio.post<Map<String, dynamic>>('/bookings', data: request.toJson());\n  return Booking.fromJson(response.data!);\n} on DioException catch (e) {\n  if (e.response?.statusCode == 409) {\n    throw StateError('Oda artık müsait değil');\n  }\n  rethrow;\n}",
  ["_dio.post", "DioException", "statusCode", "Booking.fromJson"])
T(V3, "create", "storage", "Rezervasyonu gönder, dönen kaydı id'siyle yerel kutuya da yaz",
  "final response = await _dio.post<Map<String, dynamic>>('/bookings', data: request.toJson());\nfinal booking = Booking.fromJson(response.data!);\nawait _box.put(booking.id, booking);\nreturn booking;",
  ["_dio.post", "_box.put", "booking.id"])
T(V3, "create", "http_json", "Aynı istek iki kez işlenmesin diye request.clientId'yi Idempotency-Key başlığında göndererek POST at",
  "final response = await _dio.post<Map<String, dynamic>>(\n  '/bookings',\n  data: request.toJson(),\n  options: Options(headers: {'Idempotency-Key': request.clientId}),\n);\nreturn Booking.fromJson(response.data!);",
  ["Options", "headers", "request.clientId"])

T(V3, "cache", "storage", "Gelen rezervasyonları çevrimdışı kullanım için kutuya yaz, eski kayıtları temizle",
  "await _box.clear();\nawait _box.putAll({for (final booking in bookings) booking.id: booking});",
  ["_box.clear", "_box.putAll | _box.put"])
T(V3, "offline", "storage", "Bağlantı hatasıysa kutudaki kayıtları döndür, değilse hatayı yeniden fırlat",
  "if (e.type == DioExceptionType.connectionError) {\n  return _box.values.toList();\n}\nrethrow;",
  ["DioExceptionType.connectionError", "_box.values", "rethrow"])
T(V3, "offline", "http_json", "Sunucu 401 döndürdüyse 'Oturum süresi doldu' hatası fırlat, diğer durumlarda yerel kayıtlara düş",
  "if (e.response?.statusCode == 401) {\n  throw StateError('Oturum süresi doldu');\n}\nreturn _box.values.toList();",
  ["statusCode", "_box.values"])

T(V3, "members", "http_json", "Rezervasyonu iptal eden cancel(id) metodu: DELETE isteği at, kutudan da sil",
  "Future<void> cancel(String id) async {\n  await _dio.delete<void>('/bookings/$id');\n  await _box.delete(id);\n}",
  ["cancel", "_dio.delete", "_box.delete"])
T(V3, "members", "storage", "Giriş tarihi bugünden sonra olan rezervasyonları kutudan tarihe göre sıralı döndüren upcoming getter'ı",
  "List<Booking> get upcoming {\n  final now = DateTime.now();\n  return _box.values.where((booking) => booking.checkIn.isAfter(now)).toList()\n    ..sort((a, b) => a.checkIn.compareTo(b.checkIn));\n}",
  ["upcoming", "_box.values", "isAfter", "sort"])
T(V3, "members", "async", "Kutudaki her değişiklikte güncel rezervasyon listesini yayan watchBookings stream'ini yaz",
  "Stream<List<Booking>> watchBookings() async* {\n  yield _box.values.toList();\n  await for (final _ in _box.watch()) {\n    yield _box.values.toList();\n  }\n}",
  ["Stream", "_box.watch", "yield"])

T(V3, "top", "localization", "Her isteğe Accept-Language başlığı ekleyen LanguageInterceptor sınıfını yaz; dil kodunu kurucudan alsın",
  "class LanguageInterceptor extends Interceptor {\n  LanguageInterceptor(this.languageCode);\n\n  final String languageCode;\n\n  @override\n  void onRequest(RequestOptions options, RequestInterceptorHandler handler) {\n    options.headers['Accept-Language'] = languageCode;\n    handler.next(options);\n  }\n}",
  ["LanguageInterceptor", "onRequest", "handler.next"], ["extends Interceptor"])
T(V3, "top", "http_json", "Temel adresi, 10 saniyelik bağlantı/okuma zaman aşımlarını ve JSON içerik tipini ayarlayan createDio fonksiyonu",
  "Dio createDio(String baseUrl) {\n  return Dio(\n    BaseOptions(\n      baseUrl: baseUrl,\n      connectTimeout: const Duration(seconds: 10),\n      receiveTimeout: const Duration(seconds: 10),\n      contentType: Headers.jsonContentType,\n    ),\n  );\n}",
  ["createDio", "BaseOptions", "connectTimeout", "receiveTimeout"])
T(V3, "bottom", "storage", "Rezervasyonların tutulduğu 'bookings' Hive kutusunu açan openBookingBox fonksiyonu",
  "Future<Box<Booking>> openBookingBox() => Hive.openBox<Booking>('bookings');",
  ["openBookingBox", "Hive.openBox"])
T(V3, "bottom", "dart_language", "pending, confirmed, cancelled değerli BookingStatus enum'u yaz; her değerin Türkçe etiketi kurucudan gelsin",
  "enum BookingStatus {\n  pending('Onay bekliyor'),\n  confirmed('Onaylandı'),\n  cancelled('İptal edildi');\n\n  const BookingStatus(this.label);\n\n  final String label;\n}",
  ["enum BookingStatus", "label", "const BookingStatus"])


# ---------------------------------------------------------------- travel: hotel card
V4 = host("hotel_card", r"""
import 'package:cached_network_image/cached_network_image.dart';
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../l10n/app_localizations.dart';
import '../models/hotel.dart';

%%top%%

class HotelCard extends StatelessWidget {
  const HotelCard({super.key, required this.hotel, required this.onTap, this.compact = false});

  final Hotel hotel;
  final VoidCallback onTap;
  final bool compact;

  %%members%%

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    %%build%%
    return Card(
      clipBehavior: Clip.antiAlias,
      %%cardargs%%
      child: InkWell(
        onTap: onTap,
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            CachedNetworkImage(
              imageUrl: hotel.photos.first,
              height: compact ? 120 : 180,
              width: double.infinity,
              %%imageargs%%
            ),
            Padding(
              padding: const EdgeInsets.all(12),
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text(hotel.name, style: theme.textTheme.titleMedium),
                  %%details%%
                ],
              ),
            ),
          ],
        ),
      ),
    );
  }
}

%%bottom%%
""",
    imageargs="fit: BoxFit.cover,",
)

T(V4, "cardargs", "theming", "Kart gölgesiz olsun, köşeleri 20 piksel yuvarlak ve kenarında temanın outlineVariant renginde ince çizgi olsun",
  "elevation: 0,\nshape: RoundedRectangleBorder(\n  borderRadius: BorderRadius.circular(20),\n  side: BorderSide(color: theme.colorScheme.outlineVariant),\n),",
  ["elevation", "RoundedRectangleBorder", "BorderSide", "outlineVariant"])
T(V4, "cardargs", "theming", "Kartın arka planı temanın surfaceContainerLow rengi olsun",
  "color: theme.colorScheme.surfaceContainerLow,", ["color", "surfaceContainerLow"])
T(V4, "cardargs", "widgets_layout", "Kartın çevresinde yatayda 16, dikeyde 8 piksel boşluk olsun",
  "margin: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),", ["margin", "EdgeInsets.symmetric"])

T(V4, "imageargs", "performance", "Görsel bellekte kart yüksekliğinin 2 katı çözünürlükte tutulsun",
  "fit: BoxFit.cover,\nmemCacheHeight: (compact ? 120 : 180) * 2,", ["memCacheHeight"])
T(V4, "imageargs", "images_assets", "Görsel indirilince 200 ms'lik yumuşak bir geçişle belirsin",
  "fit: BoxFit.cover,\nfadeInDuration: const Duration(milliseconds: 200),", ["fadeInDuration", "Duration"])
T(V4, "imageargs", "performance", "Aynı kapak farklı boyutlarda tekrar indirilmesin diye önbellek anahtarı otelin id'sinden üretilsin",
  "fit: BoxFit.cover,\ncacheKey: 'hotel-cover-${hotel.id}',", ["cacheKey"])

T(V4, "details", "localization", "Gecelik fiyatı aktif dilin para birimi biçiminde, kuruşsuz ve kalın göster",
  "Text(\n  NumberFormat.simpleCurrency(\n    locale: Localizations.localeOf(context).toString(),\n    name: hotel.currency,\n    decimalDigits: 0,\n  ).format(hotel.pricePerNight),\n  style: theme.textTheme.titleSmall?.copyWith(fontWeight: FontWeight.bold),\n),",
  ["NumberFormat", "hotel.pricePerNight", "decimalDigits"])
T(V4, "details", "theming", "Puanı küçük renkli bir rozet içinde göster: 8 ve üstü yeşil, altı turuncu zemin",
  "Container(\n  padding: const EdgeInsets.symmetric(horizontal: 6, vertical: 2),\n  decoration: BoxDecoration(\n    color: hotel.rating >= 8 ? Colors.green : Colors.orange,\n    borderRadius: BorderRadius.circular(6),\n  ),\n  child: Text(hotel.rating.toStringAsFixed(1), style: const TextStyle(color: Colors.white)),\n),",
  ["hotel.rating", "BoxDecoration", "Colors.green"])
T(V4, "details", "widgets_layout", "compact değilse şehir ve merkeze uzaklığı konum ikonuyla bir satırda göster",
  "if (!compact)\n  Row(\n    children: [\n      const Icon(Icons.place_outlined, size: 16),\n      const SizedBox(width: 4),\n      Text('${hotel.city} · ${hotel.distanceKm.toStringAsFixed(1)} km'),\n    ],\n  ),",
  ["compact", "hotel.city", "Row"])
T(V4, "details", "localization", "Ücretsiz iptal varsa çeviri dosyasındaki freeCancellation metnini yeşil renkte göster",
  "if (hotel.freeCancellation)\n  Text(\n    AppLocalizations.of(context)!.freeCancellation,\n    style: theme.textTheme.bodySmall?.copyWith(color: Colors.green),\n  ),",
  ["hotel.freeCancellation", "AppLocalizations.of"])

T(V4, "members", "theming", "Puan rengini verilen ColorScheme'den seçen _ratingColor metodu: 8+ primary, 6+ tertiary, altı error",
  "Color _ratingColor(ColorScheme colors) {\n  if (hotel.rating >= 8) return colors.primary;\n  if (hotel.rating >= 6) return colors.tertiary;\n  return colors.error;\n}",
  ["_ratingColor", "hotel.rating", "tertiary"])

T(V4, "build", "theming", "Koyu temadaysak görselin üstüne %30 siyah karartma, açık temada şeffaf renk seç (overlayColor)",
  "final overlayColor = theme.brightness == Brightness.dark\n    ? Colors.black.withValues(alpha: 0.3)\n    : Colors.transparent;",
  ["theme.brightness", "Brightness.dark", "overlayColor"])
T(V4, "build", "localization", "Fiyat biçimleyiciyi aktif dile ve otelin para birimine göre oluştur",
  "final priceFormat = NumberFormat.simpleCurrency(\n  locale: Localizations.localeOf(context).toString(),\n  name: hotel.currency,\n);",
  ["NumberFormat.simpleCurrency | NumberFormat.currency", "Localizations.localeOf", "hotel.currency"])

T(V4, "top", "lists", "Liste yüklenirken gösterilecek const HotelCardSkeleton widget'ı yaz: görsel ve başlık yerine gri kutular olsun",
  "class HotelCardSkeleton extends StatelessWidget {\n  const HotelCardSkeleton({super.key});\n\n  @override\n  Widget build(BuildContext context) {\n    final color = Theme.of(context).colorScheme.surfaceContainerHighest;\n    return Card(\n      child: Column(\n        crossAxisAlignment: CrossAxisAlignment.start,\n        children: [\n          Container(height: 180, color: color),\n          Padding(\n            padding: const EdgeInsets.all(12),\n            child: Container(height: 16, width: 160, color: color),\n          ),\n        ],\n      ),\n    );\n  }\n}",
  ["HotelCardSkeleton", "const HotelCardSkeleton", "Container"], ["extends StatelessWidget"])
T(V4, "bottom", "localization", "Mesafeyi ABD için mil, diğer ülkeler için km olarak yazan formatDistance(km, locale) fonksiyonu",
  "String formatDistance(double km, Locale locale) {\n  if (locale.countryCode == 'US') {\n    return '${(km * 0.621371).toStringAsFixed(1)} mi';\n  }\n  return '${km.toStringAsFixed(1)} km';\n}",
  ["formatDistance", "countryCode", "toStringAsFixed"])
T(V4, "bottom", "theming", "Otel kartları için ThemeData'da kullanılacak CardThemeData'yı döndüren hotelCardTheme fonksiyonu: köşe 16, gölge 1",
  "CardThemeData hotelCardTheme(ColorScheme colors) {\n  return CardThemeData(\n    elevation: 1,\n    color: colors.surface,\n    shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(16)),\n  );\n}",
  ["CardThemeData", "RoundedRectangleBorder", "elevation"])


# ================================================================ SMART HOME: dashboard
H1 = host("home_dashboard", r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/device.dart';
import '../services/home_hub.dart';

%%top%%

class DashboardPage extends StatefulWidget {
  const DashboardPage({super.key, required this.hub});

  final HomeHub hub;

  @override
  State<DashboardPage> createState() => _DashboardPageState();
}

class _DashboardPageState extends State<DashboardPage> {
  late Stream<List<Device>> _devices;
  StreamSubscription<HubEvent>? _eventSub;
  String _room = 'Tümü';

  @override
  void initState() {
    super.initState();
    _devices = widget.hub.watchDevices();
    %%init%%
  }

  %%members%%

  @override
  void dispose() {
    _eventSub?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Evim')),
      body: StreamBuilder<List<Device>>(
        stream: _devices,
        builder: (context, snapshot) {
          %%builder%%
          final devices = snapshot.data!
              .where((device) => _room == 'Tümü' || device.room == _room)
              .toList();
          return GridView.builder(
            padding: const EdgeInsets.all(12),
            %%gridargs%%
            itemCount: devices.length,
            itemBuilder: (context, index) {
              final device = devices[index];
              return Card(
                child: Column(
                  mainAxisAlignment: MainAxisAlignment.center,
                  children: [
                    Icon(device.icon, size: 36),
                    Text(device.name),
                    %%tile%%
                  ],
                ),
              );
            },
          );
        },
      ),
    );
  }
}
""",
    builder="if (snapshot.hasError) return Center(child: Text('Bağlantı hatası: ${snapshot.error}'));\nif (!snapshot.hasData) return const Center(child: CircularProgressIndicator());",
    gridargs="gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 2),",
)

T(H1, "init", "async", "Hub olaylarını dinle; bir cihaz çevrimdışı olunca adını SnackBar'da göster",
  "_eventSub = widget.hub.events.listen((event) {\n  if (!mounted || event is! DeviceOfflineEvent) return;\n  ScaffoldMessenger.of(context).showSnackBar(\n    SnackBar(content: Text('${event.deviceName} çevrimdışı')),\n  );\n});",
  ["_eventSub", "widget.hub.events", "listen", "showSnackBar"])
T(H1, "members", "state", "Cihazı açıp kapatan _toggle(device) metodu; komut başarısız olursa SnackBar göster",
  "Future<void> _toggle(Device device) async {\n  try {\n    await widget.hub.setPower(device.id, !device.isOn);\n  } catch (_) {\n    if (!mounted) return;\n    ScaffoldMessenger.of(context).showSnackBar(\n      SnackBar(content: Text('${device.name} kontrol edilemedi')),\n    );\n  }\n}",
  ["widget.hub.setPower", "device.isOn", "catch"])
T(H1, "members", "lists", "Cihazlardan tekrarsız ve alfabetik oda listesi çıkaran _rooms metodu; başta 'Tümü' olsun",
  "List<String> _rooms(List<Device> devices) {\n  final rooms = devices.map((device) => device.room).toSet().toList()..sort();\n  return ['Tümü', ...rooms];\n}",
  ["toSet", "sort", "device.room"])
T(H1, "builder", "async", "Bağlantı bekleniyorsa gösterge, hata varsa akışı yeniden başlatan 'Tekrar dene' butonu göster",
  "if (snapshot.connectionState == ConnectionState.waiting) {\n  return const Center(child: CircularProgressIndicator());\n}\nif (snapshot.hasError) {\n  return Center(\n    child: FilledButton(\n      onPressed: () => setState(() => _devices = widget.hub.watchDevices()),\n      child: const Text('Tekrar dene'),\n    ),\n  );\n}",
  ["ConnectionState.waiting", "snapshot.hasError", "widget.hub.watchDevices"])
T(H1, "builder", "lists", "Veri yoksa gösterge; liste boşsa 'Henüz cihaz eklenmedi' yazısı ve cihaz ekleme butonu göster",
  "if (!snapshot.hasData) return const Center(child: CircularProgressIndicator());\nif (snapshot.data!.isEmpty) {\n  return Center(\n    child: Column(\n      mainAxisSize: MainAxisSize.min,\n      children: [\n        const Text('Henüz cihaz eklenmedi'),\n        TextButton(\n          onPressed: () => Navigator.of(context).pushNamed('/devices/add'),\n          child: const Text('Cihaz ekle'),\n        ),\n      ],\n    ),\n  );\n}",
  ["snapshot.hasData", "isEmpty", "TextButton | FilledButton | ElevatedButton"])
T(H1, "gridargs", "lists", "Kartlar en fazla 180 piksel genişliğinde olsun, sütun sayısı ekran genişliğine göre ayarlansın",
  "gridDelegate: const SliverGridDelegateWithMaxCrossAxisExtent(\n  maxCrossAxisExtent: 180,\n  mainAxisSpacing: 8,\n  crossAxisSpacing: 8,\n),",
  ["SliverGridDelegateWithMaxCrossAxisExtent", "maxCrossAxisExtent"])
T(H1, "gridargs", "lists", "İki sütunlu olsun, kartlar arasında 12 piksel boşluk bulunsun",
  "gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(\n  crossAxisCount: 2,\n  mainAxisSpacing: 12,\n  crossAxisSpacing: 12,\n),",
  ["SliverGridDelegateWithFixedCrossAxisCount", "crossAxisCount", "mainAxisSpacing"])
T(H1, "gridargs", "performance", "İki sütunlu ızgara olsun; ekrandan çıkan kartların state'i bellekte tutulmasın",
  "gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 2),\naddAutomaticKeepAlives: false,",
  ["gridDelegate", "addAutomaticKeepAlives"])
T(H1, "tile", "state", "Cihazı açıp kapatan bir Switch ekle",
  "Switch(\n  value: device.isOn,\n  onChanged: device.online ? (value) => widget.hub.setPower(device.id, value) : null,\n),",
  ["Switch", "device.isOn", "onChanged"])
T(H1, "tile", "theming", "Cihaz açıksa temanın primary renginde 'Açık', kapalıysa outline renginde 'Kapalı' yaz",
  "Text(\n  device.isOn ? 'Açık' : 'Kapalı',\n  style: TextStyle(\n    color: device.isOn\n        ? Theme.of(context).colorScheme.primary\n        : Theme.of(context).colorScheme.outline,\n  ),\n),",
  ["device.isOn", "colorScheme.primary", "colorScheme.outline"])
T(H1, "tile", "performance", "Sensörse sıcaklığı kendi StreamBuilder'ıyla göster ki her ölçümde sadece bu metin yeniden çizilsin",
  "if (device.type == DeviceType.sensor)\n  StreamBuilder<double>(\n    stream: widget.hub.watchTemperature(device.id),\n    builder: (context, snapshot) => Text(\n      snapshot.hasData ? '${snapshot.data!.toStringAsFixed(1)} °C' : '--',\n    ),\n  ),",
  ["StreamBuilder", "widget.hub.watchTemperature", "DeviceType.sensor"])
T(H1, "top", "performance", "Cihaz kartını const kurucusu olan ayrı bir DeviceTile widget'ına çıkar (device ve onToggle alsın)",
  "class DeviceTile extends StatelessWidget {\n  const DeviceTile({super.key, required this.device, required this.onToggle});\n\n  final Device device;\n  final ValueChanged<bool> onToggle;\n\n  @override\n  Widget build(BuildContext context) {\n    return Card(\n      child: Column(\n        mainAxisAlignment: MainAxisAlignment.center,\n        children: [\n          Icon(device.icon, size: 36),\n          Text(device.name),\n          Switch(value: device.isOn, onChanged: onToggle),\n        ],\n      ),\n    );\n  }\n}",
  ["DeviceTile", "const DeviceTile", "onToggle"], ["extends StatelessWidget"])
T(H1, "top", "async", "Hub bağlantısını 1, 2, 4... saniye bekleyerek (en fazla 30 saniye aralıkla) yeniden kurmayı deneyen reconnectHub fonksiyonu",
  "Future<void> reconnectHub(HomeHub hub) async {\n  var delay = const Duration(seconds: 1);\n  while (true) {\n    try {\n      await hub.connect();\n      return;\n    } catch (_) {\n      await Future<void>.delayed(delay);\n      final next = delay * 2;\n      delay = next > const Duration(seconds: 30) ? const Duration(seconds: 30) : next;\n    }\n  }\n}",
  ["reconnectHub", "hub.connect", "Future.delayed | Future<void>.delayed"])


# ---------------------------------------------------------------- smart home: thermostat dial
H2 = host("thermostat_dial", r"""
import 'dart:math' as math;

import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:intl/intl.dart';

%%top%%

class ThermostatDial extends StatefulWidget {
  const ThermostatDial({super.key, required this.target, required this.current, required this.onChanged});

  final double target;
  final double current;
  final ValueChanged<double> onChanged;

  @override
  State<ThermostatDial> createState() => _ThermostatDialState();
}

class _ThermostatDialState extends State<ThermostatDial> with SingleTickerProviderStateMixin {
  late final AnimationController _glow;

  @override
  void initState() {
    super.initState();
    %%init%%
  }

  %%members%%

  @override
  void dispose() {
    _glow.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onVerticalDragUpdate: (details) {
        %%drag%%
      },
      child: CustomPaint(
        size: const Size.square(240),
        %%paintargs%%
        child: Center(
          child: Column(
            mainAxisSize: MainAxisSize.min,
            children: [
              Text('${widget.target.toStringAsFixed(1)}°', style: Theme.of(context).textTheme.displayMedium),
              %%labels%%
            ],
          ),
        ),
      ),
    );
  }
}

class DialPainter extends CustomPainter {
  DialPainter({required this.progress, required this.color});

  final double progress;
  final Color color;

  @override
  void paint(Canvas canvas, Size size) {
    final center = size.center(Offset.zero);
    final radius = size.shortestSide / 2 - 12;
    %%paint%%
  }

  %%painter%%
}
""",
    init="_glow = AnimationController(vsync: this, duration: const Duration(seconds: 2))..repeat(reverse: true);",
    paintargs="painter: DialPainter(\n  progress: (widget.target - 10) / 20,\n  color: Theme.of(context).colorScheme.primary,\n),",
    drag="widget.onChanged((widget.target - details.delta.dy * 0.05).clamp(10.0, 30.0));",
    paint="canvas.drawCircle(center, radius, Paint()..color = color);",
    painter="@override\nbool shouldRepaint(DialPainter oldDelegate) => oldDelegate.progress != progress;",
)

T(H2, "init", "animations", "2 saniyelik, ileri geri sürekli tekrarlayan parıltı animasyonunu oluştur ve başlat",
  "_glow = AnimationController(\n  vsync: this,\n  duration: const Duration(seconds: 2),\n)..repeat(reverse: true);",
  ["AnimationController", "vsync", "repeat"])
T(H2, "paintargs", "performance", "Kadranı DialPainter ile çiz ve karmaşık bir çizim olduğunu belirt ki raster önbelleğe alınabilsin",
  "painter: DialPainter(\n  progress: (widget.target - 10) / 20,\n  color: Theme.of(context).colorScheme.primary,\n),\nisComplex: true,",
  ["DialPainter", "isComplex"])
T(H2, "paintargs", "theming", "Kadran rengi hedef 24 dereceyi geçerse temanın error rengi, değilse primary rengi olsun",
  "painter: DialPainter(\n  progress: (widget.target - 10) / 20,\n  color: widget.target > 24\n      ? Theme.of(context).colorScheme.error\n      : Theme.of(context).colorScheme.primary,\n),",
  ["DialPainter", "colorScheme.error", "widget.target"])
T(H2, "drag", "state", "Yukarı sürükleyince sıcaklık artsın, aşağı sürükleyince azalsın; 10-30 arasında kalsın ve yarım dereceye yuvarlansın",
  "final next = (widget.target - details.delta.dy * 0.05).clamp(10.0, 30.0);\nwidget.onChanged((next * 2).round() / 2);",
  ["details.delta.dy", "clamp", "widget.onChanged"])
T(H2, "drag", "platform", "Değer yarım derece değiştiğinde seçim titreşimi ver ve yeni değeri bildir",
  "final next = ((widget.target - details.delta.dy * 0.05).clamp(10.0, 30.0) * 2).round() / 2;\nif (next != widget.target) {\n  HapticFeedback.selectionClick();\n  widget.onChanged(next);\n}",
  ["HapticFeedback.selectionClick", "widget.onChanged"])
T(H2, "labels", "localization", "Mevcut sıcaklığı aktif dilin ondalık ayırıcısıyla 'Şu an 21,5°' şeklinde göster",
  "Text(\n  'Şu an ${NumberFormat('0.0', Localizations.localeOf(context).toString()).format(widget.current)}°',\n),",
  ["NumberFormat", "widget.current", "Localizations.localeOf"])
T(H2, "labels", "animations", "Hedef sıcaklık mevcut sıcaklıktan yüksekse _glow ile yanıp sönen bir alev ikonu göster",
  "if (widget.target > widget.current)\n  FadeTransition(\n    opacity: _glow,\n    child: const Icon(Icons.local_fire_department, color: Colors.deepOrange),\n  ),",
  ["FadeTransition", "_glow", "widget.current"])
T(H2, "paint", "widgets_layout", "Soluk bir arka plan halkası ve üstüne progress kadar yuvarlak uçlu bir yay çiz",
  "final track = Paint()\n  ..color = color.withValues(alpha: 0.15)\n  ..style = PaintingStyle.stroke\n  ..strokeWidth = 14;\nfinal arc = Paint()\n  ..color = color\n  ..style = PaintingStyle.stroke\n  ..strokeCap = StrokeCap.round\n  ..strokeWidth = 14;\ncanvas.drawCircle(center, radius, track);\ncanvas.drawArc(\n  Rect.fromCircle(center: center, radius: radius),\n  -math.pi / 2,\n  2 * math.pi * progress,\n  false,\n  arc,\n);",
  ["canvas.drawArc", "PaintingStyle.stroke", "progress"])
T(H2, "painter", "performance", "shouldRepaint'i yaz: ilerleme 0.001'den az değiştiyse ve renk aynıysa boşuna yeniden boyama",
  "@override\nbool shouldRepaint(DialPainter oldDelegate) =>\n    (oldDelegate.progress - progress).abs() > 0.001 || oldDelegate.color != color;",
  ["shouldRepaint", "oldDelegate.progress", "abs"])
T(H2, "members", "animations", "Hedef sıcaklık dışarıdan değişince parıltı animasyonunu baştan başlatan didUpdateWidget'ı yaz",
  "@override\nvoid didUpdateWidget(covariant ThermostatDial oldWidget) {\n  super.didUpdateWidget(oldWidget);\n  if (oldWidget.target != widget.target) {\n    _glow\n      ..reset()\n      ..repeat(reverse: true);\n  }\n}",
  ["didUpdateWidget", "oldWidget.target", "_glow"])
T(H2, "top", "localization", "Cihazın bölgesine göre sıcaklık birimi döndüren temperatureUnit fonksiyonu: ABD'de °F, diğerlerinde °C",
  "String temperatureUnit(Locale locale) => locale.countryCode == 'US' ? '°F' : '°C';",
  ["temperatureUnit", "countryCode"])
T(H2, "top", "performance", "Kadranın etrafındaki sabit çentikleri çizen ayrı bir DialTicksPainter yaz; hiç değişmediği için shouldRepaint false dönsün",
  "class DialTicksPainter extends CustomPainter {\n  const DialTicksPainter();\n\n  @override\n  void paint(Canvas canvas, Size size) {\n    final center = size.center(Offset.zero);\n    final radius = size.shortestSide / 2;\n    final paint = Paint()\n      ..color = Colors.grey\n      ..strokeWidth = 2;\n    for (var i = 0; i < 60; i++) {\n      final angle = 2 * math.pi * i / 60;\n      final direction = Offset(math.cos(angle), math.sin(angle));\n      canvas.drawLine(center + direction * (radius - 6), center + direction * radius, paint);\n    }\n  }\n\n  @override\n  bool shouldRepaint(DialTicksPainter oldDelegate) => false;\n}",
  ["DialTicksPainter", "shouldRepaint", "drawLine"], ["extends CustomPainter"])
T(H2, "top", "animations", "Sıcaklığı eski değerden yeni değere sayarak gösteren CountingTemperature widget'ı yaz (TweenAnimationBuilder ile)",
  "class CountingTemperature extends StatelessWidget {\n  const CountingTemperature({super.key, required this.value});\n\n  final double value;\n\n  @override\n  Widget build(BuildContext context) {\n    return TweenAnimationBuilder<double>(\n      tween: Tween(end: value),\n      duration: const Duration(milliseconds: 400),\n      builder: (context, animated, _) => Text('${animated.toStringAsFixed(1)}°'),\n    );\n  }\n}",
  ["CountingTemperature", "TweenAnimationBuilder", "Tween"])


# ---------------------------------------------------------------- smart home: energy utilities
H3 = host("energy_utils", r"""
import 'dart:isolate';

import '../models/energy_reading.dart';

%%top%%

/// Total consumption in kWh for the given readings.
double totalKwh(List<EnergyReading> readings) =>
    readings.fold(0, (sum, reading) => sum + reading.kwh);

%%middle%%

class EnergyCache {
  EnergyCache(this.maxEntries);

  final int maxEntries;
  final _entries = <String, List<EnergyReading>>{};

  %%cachemembers%%
}

%%bottom%%
""")

T(H3, "top", "performance", "Büyük okuma listesini Isolate.run ile ayrı isolate'te saatlik toplamlara indiren hourlyTotalsInBackground fonksiyonu",
  "Future<Map<int, double>> hourlyTotalsInBackground(List<EnergyReading> readings) {\n  return Isolate.run(() {\n    final totals = <int, double>{};\n    for (final reading in readings) {\n      totals.update(reading.time.hour, (value) => value + reading.kwh, ifAbsent: () => reading.kwh);\n    }\n    return totals;\n  });\n}",
  ["hourlyTotalsInBackground", "Isolate.run"])
T(H3, "top", "async", "Sensör akışından belirli aralıktan daha sık gelen değerleri atan throttle extension'ını Stream<T> için yaz",
  "extension ThrottleStream<T> on Stream<T> {\n  Stream<T> throttle(Duration interval) {\n    DateTime? last;\n    return where((_) {\n      final now = DateTime.now();\n      if (last != null && now.difference(last!) < interval) return false;\n      last = now;\n      return true;\n    });\n  }\n}",
  ["extension", "Stream<T>", "throttle", "where"])
T(H3, "top", "performance", "Her adımda baştan toplamadan, kayan toplamla çalışan movingAverage(values, window) fonksiyonunu yaz",
  "List<double> movingAverage(List<double> values, int window) {\n  final result = <double>[];\n  var sum = 0.0;\n  for (var i = 0; i < values.length; i++) {\n    sum += values[i];\n    if (i >= window) sum -= values[i - window];\n    if (i >= window - 1) result.add(sum / window);\n  }\n  return result;\n}",
  ["movingAverage", "sum", "window"])
T(H3, "middle", "lists", "Okumaları güne göre toplayıp Map<DateTime, double> döndüren dailyTotals fonksiyonu",
  "Map<DateTime, double> dailyTotals(List<EnergyReading> readings) {\n  final totals = <DateTime, double>{};\n  for (final reading in readings) {\n    final day = DateTime(reading.time.year, reading.time.month, reading.time.day);\n    totals[day] = (totals[day] ?? 0) + reading.kwh;\n  }\n  return totals;\n}",
  ["dailyTotals", "reading.kwh", "Map<DateTime, double>"])
T(H3, "middle", "performance", "En yüksek tüketimli okumayı sıralamadan, tek geçişte bulan peakReading fonksiyonu; liste boşsa null",
  "EnergyReading? peakReading(List<EnergyReading> readings) {\n  EnergyReading? peak;\n  for (final reading in readings) {\n    if (peak == null || reading.kwh > peak.kwh) peak = reading;\n  }\n  return peak;\n}",
  ["peakReading", "kwh"], must_not=["sort"])
T(H3, "middle", "performance", "Aynı liste için totalKwh'ı tekrar tekrar hesaplamamak için sonucu Expando'da saklayan cachedTotalKwh fonksiyonu",
  "final _totalCache = Expando<double>('totalKwh');\n\ndouble cachedTotalKwh(List<EnergyReading> readings) {\n  return _totalCache[readings] ??= totalKwh(readings);\n}",
  ["Expando", "cachedTotalKwh", "totalKwh"])
T(H3, "cachemembers", "performance", "Kaydı ekleyen put metodu: sınır aşılınca en eski kayıt silinsin (LRU)",
  "void put(String key, List<EnergyReading> readings) {\n  _entries.remove(key);\n  _entries[key] = readings;\n  if (_entries.length > maxEntries) {\n    _entries.remove(_entries.keys.first);\n  }\n}",
  ["_entries.remove", "maxEntries", "keys.first"])
T(H3, "cachemembers", "performance", "Okunan kaydı en sona taşıyarak LRU sırasını güncelleyen get metodu",
  "List<EnergyReading>? get(String key) {\n  final value = _entries.remove(key);\n  if (value != null) _entries[key] = value;\n  return value;\n}",
  ["_entries.remove", "_entries[key]"])
T(H3, "bottom", "async", "Bir Future'ı en fazla 3 saniye bekleyen, süre dolarsa verilen varsayılan değeri döndüren withFallback fonksiyonu",
  "Future<T> withFallback<T>(\n  Future<T> future,\n  T fallback, {\n  Duration timeout = const Duration(seconds: 3),\n}) {\n  return future.timeout(timeout, onTimeout: () => fallback);\n}",
  ["withFallback", "timeout", "onTimeout"])
T(H3, "bottom", "performance", "Zamana göre sıralı okumalarda, verilen zamandan sonraki ilk okumanın indeksini ikili aramayla bulan firstIndexAfter fonksiyonu",
  "int firstIndexAfter(List<EnergyReading> sorted, DateTime time) {\n  var low = 0;\n  var high = sorted.length;\n  while (low < high) {\n    final mid = (low + high) >> 1;\n    if (sorted[mid].time.isAfter(time)) {\n      high = mid;\n    } else {\n      low = mid + 1;\n    }\n  }\n  return low;\n}",
  ["firstIndexAfter", "isAfter", "while"])


# ---------------------------------------------------------------- smart home: device model
H4 = host("device_model", r"""
import 'package:flutter/foundation.dart';
import 'package:flutter/material.dart';

%%top%%

enum DeviceType { light, plug, thermostat, sensor, camera }

@immutable
class Device {
  const Device({
    required this.id,
    required this.name,
    required this.room,
    required this.type,
    this.isOn = false,
    this.online = true,
  });

  final String id;
  final String name;
  final String room;
  final DeviceType type;
  final bool isOn;
  final bool online;

  IconData get icon => switch (type) {
        DeviceType.light => Icons.lightbulb_outline,
        DeviceType.plug => Icons.power_outlined,
        DeviceType.thermostat => Icons.thermostat,
        DeviceType.sensor => Icons.sensors,
        DeviceType.camera => Icons.videocam_outlined,
      };
}

%%bottom%%
""")

T(H4, "top", "http_json", "Hub'a gönderilen komutlar için DeviceCommand sınıfı yaz: deviceId, action ve isteğe bağlı value; toJson metodu olsun",
  "class DeviceCommand {\n  const DeviceCommand({required this.deviceId, required this.action, this.value});\n\n  final String deviceId;\n  final String action;\n  final Object? value;\n\n  Map<String, dynamic> toJson() => {\n        'device_id': deviceId,\n        'action': action,\n        if (value != null) 'value': value,\n      };\n}",
  ["DeviceCommand", "toJson", "deviceId"])
T(H4, "top", "dart_language", "Hub olayları için sealed HubEvent sınıfı yaz; alt sınıfları DeviceOfflineEvent(deviceName) ve DeviceChangedEvent(device) olsun",
  "sealed class HubEvent {\n  const HubEvent();\n}\n\nclass DeviceOfflineEvent extends HubEvent {\n  const DeviceOfflineEvent(this.deviceName);\n  final String deviceName;\n}\n\nclass DeviceChangedEvent extends HubEvent {\n  const DeviceChangedEvent(this.device);\n  final Device device;\n}",
  ["sealed", "HubEvent", "DeviceOfflineEvent", "DeviceChangedEvent"])
T(H4, "top", "async", "Verilen fetch fonksiyonunu her 2 saniyede bir çağırıp sonucu akış olarak veren pollDevice fonksiyonu",
  "Stream<Device> pollDevice(\n  Future<Device> Function() fetch, {\n  Duration every = const Duration(seconds: 2),\n}) {\n  return Stream.periodic(every).asyncMap((_) => fetch());\n}",
  ["pollDevice", "Stream.periodic", "asyncMap"])
T(H4, "bottom", "theming", "DeviceType'a verilen ColorScheme'den bir renk döndüren color(scheme) metodu ekleyen extension yaz (ışık tertiary, kamera error, diğerleri primary)",
  "extension DeviceTypeColor on DeviceType {\n  Color color(ColorScheme scheme) => switch (this) {\n        DeviceType.light => scheme.tertiary,\n        DeviceType.camera => scheme.error,\n        _ => scheme.primary,\n      };\n}",
  ["extension", "ColorScheme", "scheme.tertiary"])
T(H4, "bottom", "localization", "DeviceType için dil koduna göre Türkçe ya da İngilizce ad döndüren localizedName(locale) extension'ını yaz",
  "extension DeviceTypeName on DeviceType {\n  String localizedName(Locale locale) {\n    final turkish = locale.languageCode == 'tr';\n    return switch (this) {\n      DeviceType.light => turkish ? 'Lamba' : 'Light',\n      DeviceType.plug => turkish ? 'Priz' : 'Plug',\n      DeviceType.thermostat => turkish ? 'Termostat' : 'Thermostat',\n      DeviceType.sensor => turkish ? 'Sensör' : 'Sensor',\n      DeviceType.camera => turkish ? 'Kamera' : 'Camera',\n    };\n  }\n}",
  ["extension", "languageCode", "localizedName"])
T(H4, "bottom", "lists", "Cihazları önce çevrimiçi olanlar, sonra ada göre sıralayan, sort'a verilebilecek compareDevices fonksiyonu",
  "int compareDevices(Device a, Device b) {\n  if (a.online != b.online) return a.online ? -1 : 1;\n  return a.name.toLowerCase().compareTo(b.name.toLowerCase());\n}",
  ["compareDevices", "online", "compareTo"])
T(H4, "bottom", "state", "Cihaz listesini tutan DevicesNotifier yaz (ChangeNotifier): upsert(device) ve remove(id) olsun, değişince dinleyicilere haber versin",
  "class DevicesNotifier extends ChangeNotifier {\n  final Map<String, Device> _devices = {};\n\n  List<Device> get devices => List.unmodifiable(_devices.values);\n\n  void upsert(Device device) {\n    _devices[device.id] = device;\n    notifyListeners();\n  }\n\n  void remove(String id) {\n    if (_devices.remove(id) != null) notifyListeners();\n  }\n}",
  ["DevicesNotifier", "ChangeNotifier", "notifyListeners"], ["extends ChangeNotifier"])
T(H4, "bottom", "widgets_layout", "Çevrimdışı cihazların köşesinde gösterilecek, const kurucusu olan küçük gri OfflineBadge widget'ı yaz",
  "class OfflineBadge extends StatelessWidget {\n  const OfflineBadge({super.key});\n\n  @override\n  Widget build(BuildContext context) {\n    return Container(\n      padding: const EdgeInsets.symmetric(horizontal: 6, vertical: 2),\n      decoration: BoxDecoration(\n        color: Colors.grey.shade600,\n        borderRadius: BorderRadius.circular(8),\n      ),\n      child: const Text('Çevrimdışı', style: TextStyle(color: Colors.white, fontSize: 11)),\n    );\n  }\n}",
  ["OfflineBadge", "const OfflineBadge", "BoxDecoration"], ["extends StatelessWidget"])
T(H4, "bottom", "performance", "Cihaz listesinde gereksiz yeniden çizimleri önlemek için iki cihaz listesinin aynı olup olmadığını kontrol eden sameDevices fonksiyonu (listEquals kullan)",
  "bool sameDevices(List<Device> a, List<Device> b) => listEquals(a, b);",
  ["sameDevices", "listEquals"])


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "rows ->", OUT)
    print(sorted(Counter(r["position"] for r in rows).items()))
    print(sorted(Counter(r["topic"] for r in rows).items()))
    per = Counter((t["host"], t["slot"], t["answer"]) for t in TASKS)
    print("over-shared:", [k[:2] for k, v in per.items() if v > 2])
    print("per host:", sorted(Counter(t["host"] for t in TASKS).items()))


if __name__ == "__main__":
    main()
