"""Hand-written Q&A rows (navigation, async, http_json, theming, animations, testing) -> data/drafts-qa/train-b.jsonl."""
import json
import re
import textwrap
from collections import Counter
from pathlib import Path

ROWS = []
_NEXT = Counter()
_API_WORD = re.compile(r"\b[a-z]+[A-Z]\w*|\b[A-Z][a-z0-9]+[A-Z]\w*|\w+\(\)|\b[a-z]+_[a-z_]+\b")


def R(topic, diff, kind, mc, q, a, api_free=False):
    n = _NEXT[topic]
    _NEXT[topic] += 1
    row = {
        "id": f"{topic}-{2000 + n}",
        "question": q.strip(),
        "answer": textwrap.dedent(a).strip("\n"),
        "topic": topic,
        "difficulty": diff,
        "kind": kind,
        "must_contain": mc,
    }
    if api_free:
        row["api_free"] = True
    ROWS.append(row)


def N(*args, **kw):
    R("navigation", *args, **kw)


def A(*args, **kw):
    R("async", *args, **kw)


def H(*args, **kw):
    R("http_json", *args, **kw)


def T(*args, **kw):
    R("theming", *args, **kw)


def M(*args, **kw):
    R("animations", *args, **kw)


def X(*args, **kw):
    R("testing", *args, **kw)

# ---------------------------------------------------------------- navigation
N("kolay", "code", ["maybePop"],
  "Kendi geri butonum var; geri gidilecek sayfa varsa dönsün, yoksa hiçbir şey yapmasın. if kontrolü yazmadan nasıl olur?",
  r"""
class SafeBackButton extends StatelessWidget {
  const SafeBackButton({super.key});

  @override
  Widget build(BuildContext context) {
    return IconButton(
      icon: const Icon(Icons.arrow_back),
      // maybePop: stack'te tek sayfa varsa pop etmez, false döner
      onPressed: () => Navigator.maybePop(context),
    );
  }
}
""")

N("orta", "code", ["popAndPushNamed"],
  "Filtre sayfasını kapatıp aynı anda sonuç sayfasını named route ile açmak istiyorum, iki satır yazmadan tek çağrıyla yapılabilir mi?",
  r"""
class FilterPage extends StatelessWidget {
  const FilterPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Filtre')),
      body: Center(
        child: FilledButton(
          onPressed: () {
            // Filtre sayfası kapanır, yerine '/results' açılır
            Navigator.popAndPushNamed(
              context,
              '/results',
              arguments: {'category': 'telefon', 'maxPrice': 20000},
            );
          },
          child: const Text('Sonuçları göster'),
        ),
      ),
    );
  }
}
""")

N("orta", "code", ["NavigationRail", "extended"],
  "NavigationRail'in üstüne menü butonu koy, basınca ray genişleyip ikonların yanında yazılar da görünsün.",
  r"""
class RailLayout extends StatefulWidget {
  const RailLayout({super.key});

  @override
  State<RailLayout> createState() => _RailLayoutState();
}

class _RailLayoutState extends State<RailLayout> {
  int _index = 0;
  bool _extended = false;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: Row(
        children: [
          NavigationRail(
            extended: _extended, // true iken etiketler ikonun yanında görünür
            selectedIndex: _index,
            onDestinationSelected: (i) => setState(() => _index = i),
            leading: IconButton(
              icon: Icon(_extended ? Icons.menu_open : Icons.menu),
              onPressed: () => setState(() => _extended = !_extended),
            ),
            destinations: const [
              NavigationRailDestination(icon: Icon(Icons.inbox), label: Text('Gelen')),
              NavigationRailDestination(icon: Icon(Icons.send), label: Text('Giden')),
              NavigationRailDestination(icon: Icon(Icons.archive), label: Text('Arşiv')),
            ],
          ),
          const VerticalDivider(width: 1),
          Expanded(child: Center(child: Text('Sayfa $_index'))),
        ],
      ),
    );
  }
}
""")

N("orta", "code", ["BackButtonListener"],
  "Sayfada bir arama modu var; arama açıkken Android geri tuşuna basınca sayfa kapanmasın, sadece arama modu kapansın.",
  r"""
class SearchablePage extends StatefulWidget {
  const SearchablePage({super.key});

  @override
  State<SearchablePage> createState() => _SearchablePageState();
}

class _SearchablePageState extends State<SearchablePage> {
  bool _searching = false;

  @override
  Widget build(BuildContext context) {
    // true döndürürsek geri tuşu bizde tüketilir, sayfa kapanmaz
    return BackButtonListener(
      onBackButtonPressed: () async {
        if (_searching) {
          setState(() => _searching = false);
          return true;
        }
        return false; // normal geri davranışı
      },
      child: Scaffold(
        appBar: AppBar(
          title: _searching ? const TextField(autofocus: true) : const Text('Ürünler'),
          actions: [
            IconButton(
              icon: const Icon(Icons.search),
              onPressed: () => setState(() => _searching = true),
            ),
          ],
        ),
        body: const Center(child: Text('Liste')),
      ),
    );
  }
}
""")

N("kolay", "code", ["Tab", "icon", "text"],
  "TabBar'daki sekmelerde hem ikon hem yazı olsun (Sohbetler, Durum, Aramalar gibi).",
  r"""
class ChatTabs extends StatelessWidget {
  const ChatTabs({super.key});

  @override
  Widget build(BuildContext context) {
    return DefaultTabController(
      length: 3,
      child: Scaffold(
        appBar: AppBar(
          title: const Text('Mesajlar'),
          bottom: const TabBar(
            tabs: [
              // Tab hem icon hem text alabilir
              Tab(icon: Icon(Icons.chat), text: 'Sohbetler'),
              Tab(icon: Icon(Icons.circle_outlined), text: 'Durum'),
              Tab(icon: Icon(Icons.call), text: 'Aramalar'),
            ],
          ),
        ),
        body: const TabBarView(
          children: [
            Center(child: Text('Sohbet listesi')),
            Center(child: Text('Durumlar')),
            Center(child: Text('Arama geçmişi')),
          ],
        ),
      ),
    );
  }
}
""")

N("orta", "code", ["onDrawerChanged"],
  "Yan menü açılınca ve kapanınca haberim olsun, açıldığında analytics'e olay göndereceğim.",
  r"""
class HomeWithDrawer extends StatelessWidget {
  const HomeWithDrawer({super.key});

  void _logEvent(String name) => debugPrint('analytics: $name');

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ana sayfa')),
      drawer: const Drawer(child: Center(child: Text('Menü'))),
      // isOpened true: açıldı, false: kapandı
      onDrawerChanged: (isOpened) {
        _logEvent(isOpened ? 'drawer_open' : 'drawer_close');
      },
      body: const Center(child: Text('İçerik')),
    );
  }
}
""")

N("kolay", "code", ["drawerEnableOpenDragGesture"],
  "Harita sayfasında kenardan kaydırınca drawer açılıyor ve haritayı kaydırmak zorlaşıyor; kaydırarak açılmayı kapat, sadece menü butonuyla açılsın.",
  r"""
class MapPage extends StatelessWidget {
  const MapPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Harita')),
      drawer: const Drawer(child: Center(child: Text('Menü'))),
      // Kenardan sürükleyerek açma kapalı; AppBar'daki menü ikonu çalışmaya devam eder
      drawerEnableOpenDragGesture: false,
      body: Container(color: Colors.green.shade100),
    );
  }
}
""")

N("orta", "code", ["ExpansionTile", "Drawer"],
  "Drawer menusunde 'Urunler' basligina basinca altinda Telefon, Tablet, Bilgisayar alt menuleri acilip kapansin.",
  r"""
class CategoryDrawer extends StatelessWidget {
  const CategoryDrawer({super.key});

  void _open(BuildContext context, String category) {
    Navigator.pop(context); // önce drawer'ı kapat
    Navigator.push(
      context,
      MaterialPageRoute(
        builder: (_) => Scaffold(appBar: AppBar(title: Text(category))),
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    const categories = ['Telefon', 'Tablet', 'Bilgisayar'];
    return Drawer(
      child: ListView(
        children: [
          const DrawerHeader(child: Text('Mağaza')),
          ListTile(leading: const Icon(Icons.home), title: const Text('Ana sayfa'), onTap: () => Navigator.pop(context)),
          // Alt menüler açılır kapanır grup
          ExpansionTile(
            leading: const Icon(Icons.category),
            title: const Text('Ürünler'),
            children: [
              for (final c in categories)
                ListTile(
                  contentPadding: const EdgeInsets.only(left: 56),
                  title: Text(c),
                  onTap: () => _open(context, c),
                ),
            ],
          ),
        ],
      ),
    );
  }
}
""")

N("zor", "code", ["IndexedStack", "Set<int>"],
  "Alt menüdeki sekmeler uygulama açılınca hepsi birden oluşturulmasın, kullanıcı bir sekmeye ilk kez girince oluşturulsun ve sonra state'i korunsun.",
  r"""
class LazyTabsShell extends StatefulWidget {
  const LazyTabsShell({super.key});

  @override
  State<LazyTabsShell> createState() => _LazyTabsShellState();
}

class _LazyTabsShellState extends State<LazyTabsShell> {
  int _index = 0;
  final Set<int> _visited = {0}; // ziyaret edilen sekmeler

  Widget _buildTab(int i) => switch (i) {
        0 => const Center(child: Text('Akış')),
        1 => const Center(child: Text('Keşfet')),
        _ => const Center(child: Text('Profil')),
      };

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      // Ziyaret edilmeyen sekme yerine boş kutu: ağır sayfa henüz oluşturulmaz
      body: IndexedStack(
        index: _index,
        children: [
          for (var i = 0; i < 3; i++) _visited.contains(i) ? _buildTab(i) : const SizedBox.shrink(),
        ],
      ),
      bottomNavigationBar: NavigationBar(
        selectedIndex: _index,
        onDestinationSelected: (i) => setState(() {
          _index = i;
          _visited.add(i);
        }),
        destinations: const [
          NavigationDestination(icon: Icon(Icons.home), label: 'Akış'),
          NavigationDestination(icon: Icon(Icons.explore), label: 'Keşfet'),
          NavigationDestination(icon: Icon(Icons.person), label: 'Profil'),
        ],
      ),
    );
  }
}
""")

N("kolay", "code", ["selectedIcon"],
  "Alt menüde seçili sekmenin ikonu dolu, diğerleri çizgili (outlined) görünsün.",
  r"""
class OutlinedNavBar extends StatelessWidget {
  const OutlinedNavBar({super.key, required this.index, required this.onSelect});

  final int index;
  final ValueChanged<int> onSelect;

  @override
  Widget build(BuildContext context) {
    return NavigationBar(
      selectedIndex: index,
      onDestinationSelected: onSelect,
      destinations: const [
        // icon: seçili değilken, selectedIcon: seçiliyken
        NavigationDestination(
          icon: Icon(Icons.home_outlined),
          selectedIcon: Icon(Icons.home),
          label: 'Ana sayfa',
        ),
        NavigationDestination(
          icon: Icon(Icons.favorite_border),
          selectedIcon: Icon(Icons.favorite),
          label: 'Favoriler',
        ),
        NavigationDestination(
          icon: Icon(Icons.person_outline),
          selectedIcon: Icon(Icons.person),
          label: 'Profil',
        ),
      ],
    );
  }
}
""")

N("kolay", "code", ["showSelectedLabels", "showUnselectedLabels"],
  "BottomNavigationBar'da yazilar hic gorunmesin, sadece ikonlar kalsin.",
  r"""
class IconOnlyBottomBar extends StatelessWidget {
  const IconOnlyBottomBar({super.key, required this.index, required this.onTap});

  final int index;
  final ValueChanged<int> onTap;

  @override
  Widget build(BuildContext context) {
    return BottomNavigationBar(
      currentIndex: index,
      onTap: onTap,
      type: BottomNavigationBarType.fixed,
      // Etiketleri gizle; label yine verilmeli (erişilebilirlik için okunur)
      showSelectedLabels: false,
      showUnselectedLabels: false,
      items: const [
        BottomNavigationBarItem(icon: Icon(Icons.home), label: 'Ana sayfa'),
        BottomNavigationBarItem(icon: Icon(Icons.search), label: 'Ara'),
        BottomNavigationBarItem(icon: Icon(Icons.person), label: 'Profil'),
      ],
    );
  }
}
""")

N("orta", "code", ["PageController", "nextPage"],
  "Tanıtım (onboarding) ekranlarında 'İleri' butonuyla sonraki sayfaya kaydır, son sayfada buton 'Başla' olsun ve ana sayfaya geçsin.",
  r"""
class OnboardingPage extends StatefulWidget {
  const OnboardingPage({super.key});

  @override
  State<OnboardingPage> createState() => _OnboardingPageState();
}

class _OnboardingPageState extends State<OnboardingPage> {
  final _controller = PageController();
  final _titles = const ['Hoş geldin', 'Takip et', 'Paylaş'];
  int _page = 0;

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final isLast = _page == _titles.length - 1;
    return Scaffold(
      body: Column(
        children: [
          Expanded(
            child: PageView(
              controller: _controller,
              onPageChanged: (i) => setState(() => _page = i),
              children: [for (final t in _titles) Center(child: Text(t, style: const TextStyle(fontSize: 28)))],
            ),
          ),
          Padding(
            padding: const EdgeInsets.all(24),
            child: FilledButton(
              onPressed: () {
                if (isLast) {
                  Navigator.pushReplacementNamed(context, '/home');
                } else {
                  _controller.nextPage(duration: const Duration(milliseconds: 300), curve: Curves.easeOut);
                }
              },
              child: Text(isLast ? 'Başla' : 'İleri'),
            ),
          ),
        ],
      ),
    );
  }
}
""")

N("kolay", "code", ["Badge", "Tab"],
  "TabBar'daki 'Bildirimler' sekmesinin yanında okunmamış bildirim sayısı küçük bir rozet olarak görünsün.",
  r"""
class NotificationTabs extends StatelessWidget {
  const NotificationTabs({super.key, required this.unread});

  final int unread;

  @override
  Widget build(BuildContext context) {
    return DefaultTabController(
      length: 2,
      child: Scaffold(
        appBar: AppBar(
          bottom: TabBar(
            tabs: [
              const Tab(text: 'Akış'),
              Tab(
                // Tab'a child olarak rozetli metin veriyoruz
                child: Badge(
                  isLabelVisible: unread > 0,
                  label: Text('$unread'),
                  offset: const Offset(14, -6),
                  child: const Text('Bildirimler'),
                ),
              ),
            ],
          ),
        ),
        body: const TabBarView(children: [Text('Akış'), Text('Bildirimler')]),
      ),
    );
  }
}
""")

N("kolay", "code", ["TabBar", "bottomNavigationBar"],
  "Sekmeler ekranın üstünde değil altında dursun, kaydırarak da sekme değişebilsin.",
  r"""
class BottomTabsPage extends StatelessWidget {
  const BottomTabsPage({super.key});

  @override
  Widget build(BuildContext context) {
    return DefaultTabController(
      length: 3,
      child: Scaffold(
        appBar: AppBar(title: const Text('Galeri')),
        body: const TabBarView(
          children: [
            Center(child: Text('Fotoğraflar')),
            Center(child: Text('Albümler')),
            Center(child: Text('Videolar')),
          ],
        ),
        // TabBar'ı Scaffold'ın altına koyuyoruz
        bottomNavigationBar: Material(
          color: Theme.of(context).colorScheme.surfaceContainer,
          child: const SafeArea(
            child: TabBar(
              tabs: [
                Tab(icon: Icon(Icons.photo)),
                Tab(icon: Icon(Icons.photo_album)),
                Tab(icon: Icon(Icons.videocam)),
              ],
            ),
          ),
        ),
      ),
    );
  }
}
""")

N("kolay", "code", ["static const", "pushNamed"],
  "Route isimlerini her yerde '/settings' diye string yazmak yerine tek bir yerde sabit olarak toplamak istiyorum.",
  r"""
abstract final class AppRoutes {
  // Tüm route adları tek yerde: yazım hatası derleme zamanında yakalanır
  static const home = '/';
  static const settings = '/settings';
  static const profile = '/profile';
}

class RoutesDemoApp extends StatelessWidget {
  const RoutesDemoApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      initialRoute: AppRoutes.home,
      routes: {
        AppRoutes.home: (context) => Scaffold(
              body: Center(
                child: TextButton(
                  onPressed: () => Navigator.pushNamed(context, AppRoutes.settings),
                  child: const Text('Ayarlar'),
                ),
              ),
            ),
        AppRoutes.settings: (context) => const Scaffold(body: Center(child: Text('Ayarlar'))),
        AppRoutes.profile: (context) => const Scaffold(body: Center(child: Text('Profil'))),
      },
    );
  }
}
""")

N("kolay", "code", ["pop", "push"],
  "Dialog'daki 'Detaya git' butonuna basınca önce dialog kapansın sonra yeni sayfa açılsın.",
  r"""
Future<void> showOrderDialog(BuildContext context) {
  return showDialog<void>(
    context: context,
    builder: (dialogContext) => AlertDialog(
      title: const Text('Sipariş alındı'),
      actions: [
        TextButton(
          onPressed: () {
            Navigator.pop(dialogContext); // önce dialog kapanır
            // sonra dış context ile sayfa açılır
            Navigator.push(
              context,
              MaterialPageRoute(
                builder: (_) => Scaffold(appBar: AppBar(title: const Text('Sipariş detayı'))),
              ),
            );
          },
          child: const Text('Detaya git'),
        ),
      ],
    ),
  );
}
""")

N("orta", "code", ["ValueChanged | VoidCallback | Function"],
  "Detay sayfasında favoriye ekleyince, pop beklemeden liste sayfası anında haberdar olsun; sayfaya callback fonksiyon geçirerek yap.",
  r"""
class ProductDetailPage extends StatelessWidget {
  const ProductDetailPage({super.key, required this.name, required this.onFavorite});

  final String name;
  // Liste sayfası bu callback'i verir, detay sayfası çağırır
  final ValueChanged<String> onFavorite;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(name)),
      body: Center(
        child: FilledButton.icon(
          icon: const Icon(Icons.favorite),
          label: const Text('Favorilere ekle'),
          onPressed: () => onFavorite(name),
        ),
      ),
    );
  }
}

// Liste sayfasında kullanımı:
void openDetail(BuildContext context, String name, Set<String> favorites, VoidCallback refresh) {
  Navigator.push(
    context,
    MaterialPageRoute(
      builder: (_) => ProductDetailPage(
        name: name,
        onFavorite: (n) {
          favorites.add(n);
          refresh(); // örn. () => setState(() {})
        },
      ),
    ),
  );
}
""")

N("orta", "code", ["isCurrent"],
  "Bir stream'den gelen bildirimde SnackBar göstermek istiyorum ama sadece bu sayfa en üstteyse; üstüne başka sayfa açılmışsa gösterme.",
  r"""
class InboxPage extends StatefulWidget {
  const InboxPage({super.key, required this.messages});

  final Stream<String> messages;

  @override
  State<InboxPage> createState() => _InboxPageState();
}

class _InboxPageState extends State<InboxPage> {
  late final StreamSubscription<String> _sub;

  @override
  void initState() {
    super.initState();
    _sub = widget.messages.listen((text) {
      if (!mounted) return;
      // Bu sayfanın route'u stack'in en üstünde mi?
      final isTop = ModalRoute.of(context)?.isCurrent ?? false;
      if (isTop) {
        ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text(text)));
      }
    });
  }

  @override
  void dispose() {
    _sub.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => const Scaffold(body: Center(child: Text('Gelen kutusu')));
}
""")

N("zor", "code", ["Navigator", "onGenerateRoute", "GlobalKey<NavigatorState>"],
  "Ekranın sağ tarafındaki panelin kendi içinde sayfa geçmişi olsun; sol menü sabit kalırken sadece sağ taraf içinde sayfa açılıp geri gelinsin.",
  r"""
class SplitShell extends StatelessWidget {
  SplitShell({super.key});

  // Sağ paneldeki iç Navigator'a dışarıdan erişmek için
  final _panelKey = GlobalKey<NavigatorState>();

  Route<void> _route(RouteSettings settings) {
    final Widget page = switch (settings.name) {
      '/reports' => const Center(child: Text('Raporlar')),
      '/users' => const Center(child: Text('Kullanıcılar')),
      _ => const Center(child: Text('Panel ana sayfa')),
    };
    return MaterialPageRoute(settings: settings, builder: (_) => page);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: Row(
        children: [
          SizedBox(
            width: 220,
            child: ListView(
              children: [
                ListTile(title: const Text('Raporlar'), onTap: () => _panelKey.currentState!.pushNamed('/reports')),
                ListTile(title: const Text('Kullanıcılar'), onTap: () => _panelKey.currentState!.pushNamed('/users')),
                ListTile(title: const Text('Geri'), onTap: () => _panelKey.currentState!.maybePop()),
              ],
            ),
          ),
          const VerticalDivider(width: 1),
          Expanded(
            // İç Navigator: sadece bu alanın sayfa yığını
            child: Navigator(
              key: _panelKey,
              initialRoute: '/',
              onGenerateRoute: _route,
            ),
          ),
        ],
      ),
    );
  }
}
""")

N("kolay", "code", ["Title"],
  "Flutter web uygulamasında her sayfa açıldığında tarayıcı sekmesindeki başlık da o sayfanın adı olsun.",
  r"""
class TitledPage extends StatelessWidget {
  const TitledPage({super.key, required this.title, required this.child});

  final String title;
  final Widget child;

  @override
  Widget build(BuildContext context) {
    // Title widget'ı web'de sekme başlığını, Android'de görev listesindeki adı ayarlar
    return Title(
      title: '$title | Mağazam',
      color: Theme.of(context).colorScheme.primary,
      child: Scaffold(appBar: AppBar(title: Text(title)), body: child),
    );
  }
}
""")

N("orta", "code", ["CupertinoNavigationBar", "previousPageTitle"],
  "iOS görünümlü sayfada sol üstteki geri butonunda sadece ok değil, önceki sayfanın adı da yazsın ('< Ayarlar' gibi).",
  r"""
class WifiSettingsPage extends StatelessWidget {
  const WifiSettingsPage({super.key});

  @override
  Widget build(BuildContext context) {
    return const CupertinoPageScaffold(
      navigationBar: CupertinoNavigationBar(
        middle: Text('Wi-Fi'),
        // Geri butonunun yanında önceki sayfanın adı görünür
        previousPageTitle: 'Ayarlar',
      ),
      child: Center(child: Text('Ağlar')),
    );
  }
}

// Açarken CupertinoPageRoute kullanmak kenardan kaydırarak geri dönmeyi de sağlar:
void openWifi(BuildContext context) {
  Navigator.push(context, CupertinoPageRoute(builder: (_) => const WifiSettingsPage()));
}
""")

N("orta", "code", ["GoRouter", "router.go | .go"],
  "go_router kullanıyorum; bildirim servisi gibi context olmayan bir sınıftan belirli bir sayfaya nasıl giderim?",
  r"""
// Router'ı global (veya DI ile erişilebilen) tek bir nesne olarak tanımla
final appRouter = GoRouter(
  routes: [
    GoRoute(path: '/', builder: (context, state) => const Scaffold(body: Text('Ana sayfa'))),
    GoRoute(
      path: '/orders/:id',
      builder: (context, state) => Scaffold(body: Text('Sipariş ${state.pathParameters['id']}')),
    ),
  ],
);

class NotificationService {
  NotificationService(this.router);

  final GoRouter router;

  // Bildirime tıklanınca çağrılır; context gerekmez
  void onNotificationTap(Map<String, String> payload) {
    final orderId = payload['orderId'];
    if (orderId != null) router.go('/orders/$orderId');
  }
}

class RouterApp extends StatelessWidget {
  const RouterApp({super.key});

  @override
  Widget build(BuildContext context) => MaterialApp.router(routerConfig: appRouter);
}
""")

N("orta", "concept", ["context.replace", "context.pushReplacement"],
  "go_router'da context.replace ile context.pushReplacement arasındaki fark nedir?",
  r"""
// İkisi de stack'teki en üstteki sayfayı yenisiyle değiştirir, geri tuşu eski sayfaya dönmez.
//
// context.pushReplacement: yeni sayfa YENİ bir sayfa olarak eklenir (yeni page key),
//   sayfa geçiş animasyonu oynar, eski sayfanın state'i atılır.
// context.replace: yeni sayfa AYNI sayfa sayılır (page key korunur),
//   animasyon oynamaz ve aynı widget tipiyse state korunabilir.
//   Örn. sekme içeriğini veya filtre parametresini değiştirirken.

class StepButtons extends StatelessWidget {
  const StepButtons({super.key});

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        TextButton(
          // Animasyonlu geçiş: ödeme adımından özet sayfasına
          onPressed: () => context.pushReplacement('/checkout/summary'),
          child: const Text('Özete geç'),
        ),
        TextButton(
          // Animasyonsuz: aynı listeyi farklı sıralamayla göster
          onPressed: () => context.replace('/products?sort=price'),
          child: const Text('Fiyata göre'),
        ),
      ],
    );
  }
}
""")

N("kolay", "code", ["initialLocation", "debugLogDiagnostics"],
  "go_router'da uygulama '/' yerine '/home' adresinden başlasın ve geliştirme sırasında tüm yönlendirmeler konsola yazılsın.",
  r"""
final router = GoRouter(
  initialLocation: '/home', // açılışta gidilecek adres
  debugLogDiagnostics: kDebugMode, // sadece debug'da route loglarını yazdır
  routes: [
    GoRoute(path: '/', redirect: (context, state) => '/home'),
    GoRoute(
      path: '/home',
      builder: (context, state) => const Scaffold(body: Center(child: Text('Ana sayfa'))),
    ),
  ],
);
""")

N("zor", "code", ["onExit", "GoRoute"],
  "go_router'da ödeme sayfasından başka bir yere gidilmek istenince (geri tuşu dahil) 'Ödemeden çıkmak istiyor musunuz?' diye sor.",
  r"""
Future<bool> _confirmExit(BuildContext context) async {
  final leave = await showDialog<bool>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Ödemeden çıkmak istiyor musunuz?'),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Kal')),
        TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Çık')),
      ],
    ),
  );
  return leave ?? false;
}

final checkoutRoute = GoRoute(
  path: '/checkout',
  builder: (context, state) => const Scaffold(body: Center(child: Text('Ödeme'))),
  // Route stack'ten çıkarılmadan önce çağrılır; false dönerse çıkış iptal edilir
  onExit: (context, state) => _confirmExit(context),
);
""")

N("orta", "code", ["PredictiveBackPageTransitionsBuilder", "pageTransitionsTheme"],
  "Android 14'teki geri hareketi önizlemesini (predictive back) sayfa geçişlerinde kullanmak istiyorum, temada nasıl açarım?",
  r"""
ThemeData buildTheme() {
  return ThemeData(
    colorSchemeSeed: Colors.indigo,
    pageTransitionsTheme: const PageTransitionsTheme(
      builders: {
        // Android: geri kaydırırken sayfa küçülerek önceki sayfa görünür
        TargetPlatform.android: PredictiveBackPageTransitionsBuilder(),
        TargetPlatform.iOS: CupertinoPageTransitionsBuilder(),
      },
    ),
  );
}
// Not: AndroidManifest.xml'de <application android:enableOnBackInvokedCallback="true"> olmalı.
""")

N("kolay", "code", ["dividerColor"],
  "Material 3'te TabBar'ın altında tüm genişlik boyunca ince gri bir çizgi çıkıyor, bunu nasıl kaldırırım?",
  r"""
class CleanTabBar extends StatelessWidget implements PreferredSizeWidget {
  const CleanTabBar({super.key});

  @override
  Size get preferredSize => const Size.fromHeight(kToolbarHeight);

  @override
  Widget build(BuildContext context) {
    return const TabBar(
      // M3'te eklenen alt ayırıcı çizgiyi gizle
      dividerColor: Colors.transparent,
      tabs: [Tab(text: 'Tümü'), Tab(text: 'Okunmamış')],
    );
  }
}
// Tüm uygulamada: ThemeData(tabBarTheme: const TabBarThemeData(dividerColor: Colors.transparent))
""")

N("kolay", "code", ["tabAlignment", "TabAlignment.start"],
  "Kaydırılabilir TabBar'da sekmeler solda boşlukla başlıyor; ilk sekme tam sola yaslansın.",
  r"""
class CategoryTabs extends StatelessWidget {
  const CategoryTabs({super.key});

  @override
  Widget build(BuildContext context) {
    const categories = ['Elektronik', 'Giyim', 'Ev', 'Kitap', 'Spor', 'Kozmetik', 'Oyuncak'];
    return DefaultTabController(
      length: categories.length,
      child: const TabBar(
        isScrollable: true,
        // M3'te scrollable TabBar varsayılan olarak startOffset ile başlar
        tabAlignment: TabAlignment.start,
        tabs: [for (final c in categories) Tab(text: c)],
      ),
    );
  }
}
""")

N("kolay", "code", ["drawerScrimColor"],
  "Drawer açılınca arkadaki sayfa çok kararıyor; karartma daha hafif olsun.",
  r"""
class LightScrimPage extends StatelessWidget {
  const LightScrimPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ana sayfa')),
      drawer: const Drawer(child: Center(child: Text('Menü'))),
      // Drawer açıkken içeriğin üstüne çekilen renk (varsayılan Colors.black54)
      drawerScrimColor: Colors.black.withValues(alpha: 0.15),
      body: const Center(child: Text('İçerik')),
    );
  }
}
""")

N("orta", "concept", ["ModalRoute.of", "arguments"],
  "pushNamed ile açtığım sayfada argümanları 'as Product' diye okuyunca bazen 'type Null is not a subtype of type Product' hatası alıyorum, neden?",
  r"""
// Sayfa bazen argümansız açılıyor (ör. başka bir yerden pushNamed('/detail') veya web'de
// URL ile doğrudan gelince). O zaman arguments null olur ve 'as Product' patlar.
// Nullable oku ve argüman yoksa anlamlı bir yedek göster.

class Product {
  const Product(this.name);
  final String name;
}

class ProductDetailPage extends StatelessWidget {
  const ProductDetailPage({super.key});

  @override
  Widget build(BuildContext context) {
    final args = ModalRoute.of(context)?.settings.arguments;
    if (args is! Product) {
      return const Scaffold(body: Center(child: Text('Ürün bulunamadı')));
    }
    return Scaffold(appBar: AppBar(title: Text(args.name)));
  }
}
""")

N("kolay", "concept", ["Navigator", "Builder | navigatorKey"],
  "'Navigator operation requested with a context that does not include a Navigator' hatası alıyorum; MaterialApp'in olduğu build metodunda push yapıyorum.",
  r"""
// MyApp.build'deki context, MaterialApp'in ÜSTÜNDEDİR; Navigator ise MaterialApp'in içinde
// oluşturulur. Bu context ile Navigator.of(context) yukarı doğru arar ve bulamaz.
// Çözüm: home'u ayrı bir widget yap veya Builder ile MaterialApp'in altında yeni context al.

class MyApp extends StatelessWidget {
  const MyApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      home: Builder(
        // Bu context artık Navigator'ın altında
        builder: (context) => Scaffold(
          body: Center(
            child: ElevatedButton(
              onPressed: () => Navigator.push(
                context,
                MaterialPageRoute(builder: (_) => const Scaffold(body: Text('İkinci sayfa'))),
              ),
              child: const Text('Git'),
            ),
          ),
        ),
      ),
    );
  }
}
""")

N("kolay", "concept", ["home", "routes", "initialRoute"],
  "MaterialApp'e hem home verip hem routes içinde '/' tanımlayınca hata alıyorum. Bu ikisi birlikte kullanılamaz mı?",
  r"""
// home, '/' route'unun kısayoludur. İkisini birden verirsen Flutter hangisini kullanacağını
// bilemez ve assert hatası verir. Birini seç:

// 1) home ile (diğer sayfalar routes'ta, '/' yok)
final appA = MaterialApp(
  home: const Scaffold(body: Text('Ana sayfa')),
  routes: {
    '/settings': (context) => const Scaffold(body: Text('Ayarlar')),
  },
);

// 2) Sadece routes + initialRoute ile (home yok)
final appB = MaterialApp(
  initialRoute: '/',
  routes: {
    '/': (context) => const Scaffold(body: Text('Ana sayfa')),
    '/settings': (context) => const Scaffold(body: Text('Ayarlar')),
  },
);
""")

N("orta", "code", ["showModalBottomSheet", "useRootNavigator: true"],
  "Alt menülü (her sekmenin kendi Navigator'ı olan) yapıda, sekme içinden açtığım bottom sheet alt menünün arkasında kalıyor; alt menünün de üstünde açılsın.",
  r"""
Future<String?> showShareSheet(BuildContext context) {
  return showModalBottomSheet<String>(
    context: context,
    // Varsayılan false: en yakın (sekme içi) Navigator kullanılır ve sheet alt menünün altında kalır.
    // true: uygulamanın kök Navigator'ı kullanılır, sheet her şeyin üstünde açılır.
    useRootNavigator: true,
    builder: (context) => SafeArea(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          ListTile(leading: const Icon(Icons.link), title: const Text('Bağlantıyı kopyala'), onTap: () => Navigator.pop(context, 'link')),
          ListTile(leading: const Icon(Icons.share), title: const Text('Paylaş'), onTap: () => Navigator.pop(context, 'share')),
        ],
      ),
    ),
  );
}
""")

N("orta", "concept", ["ChangeNotifierProvider.value", "ProviderNotFoundException"],
  "Provider'ı sadece liste sayfasının üstüne koydum; oradan push ile açtığım detay sayfasında context.read yapınca ProviderNotFoundException alıyorum, neden?",
  r"""
// ProviderNotFoundException sebebi: push edilen sayfa, liste sayfasının ALTINA değil Navigator'ın altına (kardeş olarak) eklenir.
// Bu yüzden sadece liste sayfasını saran provider'ı göremez.
// Çözüm 1: provider'ı MaterialApp'in üstüne taşı (uygulama geneli state).
// Çözüm 2: mevcut nesneyi yeni route'a .value ile tekrar ver.

class Cart extends ChangeNotifier {
  final items = <String>[];
}

void openDetail(BuildContext context) {
  final cart = context.read<Cart>(); // liste sayfasında erişilebilir
  Navigator.push(
    context,
    MaterialPageRoute(
      // Var olan nesneyi yeniden sağla; .value ile oluşturulan nesne burada dispose edilmez
      builder: (_) => ChangeNotifierProvider.value(
        value: cart,
        child: const Scaffold(body: Center(child: Text('Detay'))),
      ),
    ),
  );
}
""")

N("orta", "code", ["namedLocation"],
  "go_router'da route adını ve parametreleri verip URL string'ini üretmek istiyorum (paylaşım linki için), sayfaya gitmeden.",
  r"""
final router = GoRouter(
  routes: [
    GoRoute(
      path: '/products/:id',
      name: 'product',
      builder: (context, state) => Text('Ürün ${state.pathParameters['id']}'),
    ),
  ],
);

class ShareProductButton extends StatelessWidget {
  const ShareProductButton({super.key, required this.productId});

  final String productId;

  @override
  Widget build(BuildContext context) {
    return IconButton(
      icon: const Icon(Icons.share),
      onPressed: () {
        // Ada göre yol üretir: /products/42?ref=share (navigasyon yapmaz)
        final path = context.namedLocation(
          'product',
          pathParameters: {'id': productId},
          queryParameters: {'ref': 'share'},
        );
        debugPrint('https://magaza.com$path');
      },
    );
  }
}
""")
# ---------------------------------------------------------------- async
A("kolay", "code", ["takeWhile"],
  "Pil seviyesi stream'ini yüzde 20'nin altına düşene kadar dinle, düşünce dinlemeyi otomatik bırak.",
  r"""
Future<void> watchBattery(Stream<int> batteryLevels) async {
  // takeWhile: koşul ilk kez false olunca stream kapanır ve abonelik biter
  await for (final level in batteryLevels.takeWhile((level) => level >= 20)) {
    debugPrint('Pil: %$level');
  }
  debugPrint('Pil %20 altına düştü, tasarruf moduna geç');
}
""")

A("kolay", "code", ["last"],
  "Bir indirme ilerleme stream'i bitince son gelen değeri (toplam byte) Future olarak almak istiyorum.",
  r"""
Future<int> totalDownloaded(Stream<int> progressBytes) async {
  // last: stream kapanınca son değeri verir; stream boşsa StateError fırlatır
  final total = await progressBytes.last;
  debugPrint('Toplam indirilen: $total byte');
  return total;
}
""")

A("orta", "code", ["asFuture", "listen"],
  "Bir stream'i listen ile dinliyorum ama stream bitene kadar fonksiyonun beklemesini de istiyorum, await for kullanmadan nasıl yaparım?",
  r"""
Future<void> importRecords(Stream<String> lines) async {
  var count = 0;
  final subscription = lines.listen((line) {
    count++;
  });
  // asFuture: stream done olunca tamamlanır, hata gelirse hata ile tamamlanır
  await subscription.asFuture<void>();
  debugPrint('$count kayıt içe aktarıldı');
}
""")

A("kolay", "concept", ["Future.delayed", "Timer", "cancel"],
  "Future.delayed ile başlattığım işlemi kullanıcı sayfadan çıkınca iptal edebilir miyim?",
  r"""
// Future.delayed iptal edilemez: süre dolunca callback mutlaka çalışır.
// İptal gerekiyorsa Timer kullan; Timer.cancel() ile callback hiç çalışmaz.

class AutoHideBanner extends StatefulWidget {
  const AutoHideBanner({super.key});

  @override
  State<AutoHideBanner> createState() => _AutoHideBannerState();
}

class _AutoHideBannerState extends State<AutoHideBanner> {
  Timer? _timer;
  bool _visible = true;

  @override
  void initState() {
    super.initState();
    // Future.delayed(const Duration(seconds: 5), ...) yerine:
    _timer = Timer(const Duration(seconds: 5), () => setState(() => _visible = false));
  }

  @override
  void dispose() {
    _timer?.cancel(); // sayfa kapanınca iptal
    super.dispose();
  }

  @override
  Widget build(BuildContext context) =>
      _visible ? const Text('Kampanya başladı!') : const SizedBox.shrink();
}
""")

A("orta", "code", ["endOfFrame"],
  "Listeye eleman ekledikten sonra en alta kaydırmak istiyorum ama yeni eleman henüz çizilmediği için eksik kaydırıyor; bir sonraki frame'i nasıl beklerim?",
  r"""
class ChatListState extends State<ChatList> {
  final _controller = ScrollController();
  final _messages = <String>[];

  Future<void> addMessage(String text) async {
    setState(() => _messages.add(text));
    // Yeni frame çizilene (liste uzayana) kadar bekle
    await WidgetsBinding.instance.endOfFrame;
    if (!mounted || !_controller.hasClients) return;
    _controller.animateTo(
      _controller.position.maxScrollExtent,
      duration: const Duration(milliseconds: 250),
      curve: Curves.easeOut,
    );
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => ListView.builder(
        controller: _controller,
        itemCount: _messages.length,
        itemBuilder: (context, i) => ListTile(title: Text(_messages[i])),
      );
}

class ChatList extends StatefulWidget {
  const ChatList({super.key});

  @override
  State<ChatList> createState() => ChatListState();
}
""")

A("kolay", "concept", ["async", "get"],
  "Dart'ta getter async olabilir mi? Sepet toplamını hesaplayan bir getter'da veritabanından okuma yapmam gerekiyor.",
  r"""
// Evet: getter'ın dönüş tipi Future olursa async yazılabilir.
// Ama çağıran taraf her seferinde await etmek zorundadır; pahalı işlemse
// getter yerine açık bir metot (loadTotal()) daha okunaklıdır.

class CartRepository {
  CartRepository(this._readPrices);

  final Future<List<double>> Function() _readPrices;

  // async getter
  Future<double> get total async {
    final prices = await _readPrices();
    return prices.fold<double>(0, (sum, p) => sum + p);
  }
}

// Kullanım:
// final sum = await repository.total;
""")

A("orta", "code", ["static Future", "create"],
  "Constructor async olamıyor ama nesne oluşturulurken dosyadan ayar okumam lazım, doğru yöntem ne?",
  r"""
class AppConfig {
  // Private constructor: dışarıdan yarım nesne oluşturulamaz
  AppConfig._(this.apiUrl, this.timeoutSeconds);

  final String apiUrl;
  final int timeoutSeconds;

  // Async "factory": önce veriyi yükle, sonra hazır nesneyi döndür
  static Future<AppConfig> create(Future<Map<String, dynamic>> Function() load) async {
    final json = await load();
    return AppConfig._(
      json['apiUrl'] as String? ?? 'https://api.example.com',
      json['timeout'] as int? ?? 10,
    );
  }
}

// Kullanım:
// final config = await AppConfig.create(readConfigFile);
""")

A("zor", "code", ["StreamController", "listen", "onCancel"],
  "rxdart kullanmadan iki stream'in (konum ve hız) en son değerlerini birleştiren combineLatest benzeri bir fonksiyon yaz; her ikisinden de en az bir değer gelince yaymaya başlasın.",
  r"""
Stream<(A, B)> combineLatest2<A, B>(Stream<A> a, Stream<B> b) {
  late StreamController<(A, B)> controller;
  StreamSubscription<A>? subA;
  StreamSubscription<B>? subB;
  A? lastA;
  B? lastB;
  var hasA = false, hasB = false, doneCount = 0;

  void emit() {
    if (hasA && hasB) controller.add((lastA as A, lastB as B));
  }

  void onDone() {
    if (++doneCount == 2) controller.close();
  }

  controller = StreamController<(A, B)>(
    onListen: () {
      subA = a.listen((v) {
        lastA = v;
        hasA = true;
        emit();
      }, onError: controller.addError, onDone: onDone);
      subB = b.listen((v) {
        lastB = v;
        hasB = true;
        emit();
      }, onError: controller.addError, onDone: onDone);
    },
    // Dinleyici ayrılınca kaynak abonelikleri de kapat
    onCancel: () async {
      await subA?.cancel();
      await subB?.cancel();
    },
  );
  return controller.stream;
}
""")

A("orta", "code", ["StreamSink", "StreamController", "stream"],
  "Paket kullanmadan, olayları sink'ten alıp sonucu stream olarak veren basit bir sayaç BLoC sınıfı yaz.",
  r"""
enum CounterEvent { increment, decrement }

class CounterBloc {
  CounterBloc() {
    // Gelen her olayı işleyip yeni değeri yayınla
    _events.stream.listen((event) {
      _count += event == CounterEvent.increment ? 1 : -1;
      _state.add(_count);
    });
  }

  final _events = StreamController<CounterEvent>();
  final _state = StreamController<int>.broadcast();
  int _count = 0;

  // Dışarıya sadece girdi için sink, çıktı için stream açıyoruz
  StreamSink<CounterEvent> get events => _events.sink;
  Stream<int> get count => _state.stream;

  void dispose() {
    _events.close();
    _state.close();
  }
}

// Kullanım: bloc.events.add(CounterEvent.increment);
// StreamBuilder<int>(stream: bloc.count, initialData: 0, builder: ...)
""")

A("orta", "concept", ["await for", "break"],
  "await for döngüsünden break ile çıkarsam stream aboneliği iptal olur mu, yoksa arka planda dinlemeye devam mı eder?",
  r"""
// await for döngüsünden break, return veya bir exception ile çıkıldığında
// Dart aboneliği otomatik olarak cancel eder. Kaynak stream (ör. async* fonksiyonu)
// da durur; async* içindeki finally bloğu çalışır.

Stream<int> ticks() async* {
  var i = 0;
  try {
    while (true) {
      await Future<void>.delayed(const Duration(milliseconds: 100));
      yield i++;
    }
  } finally {
    debugPrint('ticks durdu'); // break sonrası burası çalışır
  }
}

Future<int> firstAbove(int limit) async {
  await for (final value in ticks()) {
    if (value > limit) {
      return value; // return de aboneliği iptal eder
    }
    if (value < 0) break;
  }
  return -1;
}
""")

A("orta", "code", ["on TimeoutException", "on FormatException"],
  "Async bir fonksiyonda zaman aşımı, bozuk veri ve diğer hataları ayrı ayrı yakalayıp her birine farklı mesaj döndür.",
  r"""
Future<String> loadProfileMessage(Future<String> Function() fetchRaw) async {
  try {
    final raw = await fetchRaw().timeout(const Duration(seconds: 5));
    final data = jsonDecode(raw) as Map<String, dynamic>;
    return 'Hoş geldin ${data['name']}';
  } on TimeoutException {
    // Belirli tipteki hatayı 'on Tip' ile yakala
    return 'Sunucu çok geç cevap verdi';
  } on FormatException catch (e) {
    return 'Veri bozuk geldi: ${e.message}';
  } catch (e, stackTrace) {
    debugPrint('Beklenmeyen hata: $e\n$stackTrace');
    return 'Bir şeyler ters gitti';
  }
}
""")

A("orta", "concept", ["Stopwatch", "Future.wait"],
  "İki async işlemi sırayla await etmekle Future.wait ile aynı anda başlatmak arasında süre farkı ne kadar? Örnekle göster.",
  r"""
Future<int> fakeRequest(int ms) async {
  await Future<void>.delayed(Duration(milliseconds: ms));
  return ms;
}

Future<void> compare() async {
  final sw = Stopwatch()..start();

  // Sıralı: ikinci istek birincinin bitmesini bekler -> ~800 ms
  await fakeRequest(500);
  await fakeRequest(300);
  debugPrint('Sıralı: ${sw.elapsedMilliseconds} ms');

  sw.reset();
  // Paralel: ikisi aynı anda başlar, en uzunu kadar sürer -> ~500 ms
  await Future.wait([fakeRequest(500), fakeRequest(300)]);
  debugPrint('Paralel: ${sw.elapsedMilliseconds} ms');

  // Not: bu paralellik beklemeler (I/O) içindir; CPU işi tek isolate'te yine sırayla çalışır.
}
""")

A("orta", "code", ["Completer", "addListener", "removeListener"],
  "Bir ValueNotifier<bool> true olana kadar bekleyen, true olunca tamamlanan bir Future fonksiyonu yaz (ör. bağlantı hazır olana kadar bekle).",
  r"""
Future<void> waitUntilTrue(ValueNotifier<bool> notifier) {
  if (notifier.value) return Future.value(); // zaten hazır
  final completer = Completer<void>();
  void listener() {
    if (notifier.value) {
      notifier.removeListener(listener); // sızıntı olmasın
      completer.complete();
    }
  }

  notifier.addListener(listener);
  return completer.future;
}

// Kullanım:
// await waitUntilTrue(connectionReady);
// await sendPendingMessages();
""")

A("kolay", "concept", ["sync*", "async*", "Iterable", "Stream"],
  "sync* ile async* generator fonksiyonları arasındaki fark nedir?",
  r"""
// sync*: Iterable üretir. Değerler istendiği anda (for döngüsü ilerledikçe) senkron hesaplanır,
//        içinde await kullanılamaz.
Iterable<int> evens(int max) sync* {
  for (var i = 0; i <= max; i += 2) {
    yield i;
  }
}

// async*: Stream üretir. İçinde await kullanılabilir, değerler zamanla gelir,
//         await for veya listen ile tüketilir.
Stream<int> slowEvens(int max) async* {
  for (var i = 0; i <= max; i += 2) {
    await Future<void>.delayed(const Duration(milliseconds: 200));
    yield i;
  }
}

Future<void> demo() async {
  debugPrint(evens(6).toList().toString()); // [0, 2, 4, 6] hemen
  await for (final n in slowEvens(6)) {
    debugPrint('$n'); // 200 ms arayla
  }
}
""")

A("orta", "code", ["addStream", "StreamController"],
  "Önce önbellekteki kayıtları stream'e aktar, o stream bitince sunucudan gelen kayıtları ekle ve en sonda stream'i kapat.",
  r"""
Stream<String> cachedThenRemote(Stream<String> cache, Future<List<String>> Function() fetchRemote) {
  final controller = StreamController<String>();
  Future<void> run() async {
    // addStream: verilen stream bitene kadar bekler; bu sırada add çağrılmamalı
    await controller.addStream(cache);
    try {
      for (final item in await fetchRemote()) {
        controller.add(item);
      }
    } catch (e, st) {
      controller.addError(e, st);
    } finally {
      await controller.close();
    }
  }

  run();
  return controller.stream;
}
""")

A("orta", "code", ["FutureBuilder", "switch", "AsyncSnapshot"],
  "FutureBuilder'daki if-else yığınını Dart 3 switch ifadesi ve pattern'lerle daha okunaklı yaz.",
  r"""
class WeatherView extends StatelessWidget {
  const WeatherView({super.key, required this.temperature});

  final Future<double> temperature;

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<double>(
      future: temperature,
      builder: (context, snapshot) => switch (snapshot) {
        // Hata durumu
        AsyncSnapshot(:final error?) => Text('Hata: $error'),
        // Veri geldi
        AsyncSnapshot(:final data?) => Text('${data.toStringAsFixed(1)} °C'),
        // Yükleniyor / henüz başlamadı
        _ => const CircularProgressIndicator(),
      },
    );
  }
}
""")

A("orta", "code", ["AsyncCallback | Future<void> Function()", "onPressed"],
  "Kendi butonum dışarıdan async bir işlem alsın; basınca işlem bitene kadar içinde spinner dönsün ve tekrar basılamasın.",
  r"""
class AsyncButton extends StatefulWidget {
  const AsyncButton({super.key, required this.label, required this.onPressed});

  final String label;
  final AsyncCallback onPressed; // Future<void> Function()

  @override
  State<AsyncButton> createState() => _AsyncButtonState();
}

class _AsyncButtonState extends State<AsyncButton> {
  bool _busy = false;

  Future<void> _handle() async {
    setState(() => _busy = true);
    try {
      await widget.onPressed();
    } finally {
      if (mounted) setState(() => _busy = false);
    }
  }

  @override
  Widget build(BuildContext context) {
    return FilledButton(
      onPressed: _busy ? null : _handle, // meşgulken pasif
      child: _busy
          ? const SizedBox(width: 18, height: 18, child: CircularProgressIndicator(strokeWidth: 2))
          : Text(widget.label),
    );
  }
}
""")

A("kolay", "code", ["Stream.periodic", "take", "map"],
  "Konsolda 'Yükleniyor.', 'Yükleniyor..', 'Yükleniyor...' yazılarını yarım saniye arayla 6 kez döngüyle yayan bir stream yaz.",
  r"""
Stream<String> loadingDots() {
  // Her 500 ms'de bir sayı üret, ilk 6 tanesini al, metne çevir
  return Stream.periodic(const Duration(milliseconds: 500), (i) => i)
      .take(6)
      .map((i) => 'Yükleniyor${'.' * (i % 3 + 1)}');
}

Future<void> main() async {
  await for (final text in loadingDots()) {
    print(text);
  }
}
""")

A("zor", "code", ["Stream.multi", "addSync | add"],
  "Her yeni dinleyiciye kendi bağımsız sayacını baştan başlatan, ama broadcast gibi birden fazla kez dinlenebilen bir stream yaz.",
  r"""
Stream<int> perListenerCounter(Duration interval) {
  // Stream.multi: her listen çağrısında callback yeniden çalışır,
  // her dinleyici kendi controller'ını (ve kendi sayacını) alır.
  return Stream.multi((controller) {
    var count = 0;
    final timer = Timer.periodic(interval, (_) => controller.add(count++));
    controller.onCancel = timer.cancel;
  });
}

Future<void> demo() async {
  final counter = perListenerCounter(const Duration(milliseconds: 100));
  counter.take(3).listen((v) => print('A: $v')); // 0,1,2
  await Future<void>.delayed(const Duration(milliseconds: 250));
  counter.take(3).listen((v) => print('B: $v')); // B de 0'dan başlar
}
""")
A("kolay", "code", ["cancelOnError: true"],
  "Sensör stream'inden ilk hata geldiğinde dinlemeyi otomatik olarak bırakmak istiyorum, elle cancel çağırmadan.",
  r"""
void watchSensor(Stream<double> readings) {
  readings.listen(
    (value) => debugPrint('Değer: $value'),
    onError: (Object e) => debugPrint('Sensör hatası: $e'),
    onDone: () => debugPrint('Akış bitti'),
    // İlk hatada abonelik kendiliğinden iptal edilir (onDone çağrılmaz)
    cancelOnError: true,
  );
}
""")

A("kolay", "code", ["Timer.periodic", "tick"],
  "Timer.periodic callback'inde kaçıncı tekrarda olduğumu ayrı bir sayaç değişkeni tutmadan nasıl öğrenirim? 5. tekrarda durmasını istiyorum.",
  r"""
void startReminder() {
  Timer.periodic(const Duration(seconds: 1), (timer) {
    // tick: callback'in kaçıncı kez tetiklendiği (1'den başlar)
    debugPrint('Hatırlatma #${timer.tick}');
    if (timer.tick == 5) {
      timer.cancel();
    }
  });
}
""")

A("orta", "code", ["hasListener", "StreamController"],
  "Konum servisi stream'ine kimse abone değilken pahalı konum hesaplamasını hiç yapmamak istiyorum; dinleyici var mı kontrol et.",
  r"""
class LocationHub {
  final _controller = StreamController<String>.broadcast();

  Stream<String> get locations => _controller.stream;

  // Dışarıdan her saniye çağrılıyor (ör. GPS callback'i)
  void onRawGps(double lat, double lng) {
    // Dinleyen yoksa adres çözümlemesi gibi pahalı işi atla
    if (!_controller.hasListener) return;
    _controller.add(_expensiveReverseGeocode(lat, lng));
  }

  String _expensiveReverseGeocode(double lat, double lng) =>
      '${lat.toStringAsFixed(3)}, ${lng.toStringAsFixed(3)}';

  Future<void> dispose() => _controller.close();
}
""")

A("kolay", "code", ["Isolate.run", "try", "catch"],
  "Isolate.run içinde çalışan hesaplama hata fırlatırsa ana tarafta bu hatayı nasıl yakalarım?",
  r"""
int parseBigReport(String raw) {
  if (raw.isEmpty) throw const FormatException('Rapor boş');
  return raw.split('\n').length;
}

Future<void> analyze(String raw) async {
  try {
    // Isolate'te fırlayan hata, await edilen Future'a aynen taşınır
    final lines = await Isolate.run(() => parseBigReport(raw));
    debugPrint('$lines satır');
  } on FormatException catch (e) {
    debugPrint('Rapor hatalı: ${e.message}');
  }
}
""")

A("orta", "code", ["Future.wait", "keys"],
  "Elimde anahtarları dil kodu olan bir Map<String, Future<String>> var; hepsini paralel bekleyip sonucu yine Map<String, String> olarak almak istiyorum.",
  r"""
Future<Map<K, V>> waitMap<K, V>(Map<K, Future<V>> futures) async {
  final keys = futures.keys.toList();
  // Hepsi aynı anda beklenir, sonuç sırası keys sırasıyla aynıdır
  final values = await Future.wait(futures.values);
  return {for (var i = 0; i < keys.length; i++) keys[i]: values[i]};
}

Future<void> demo(Future<String> Function(String lang) translate) async {
  final result = await waitMap({
    'tr': translate('tr'),
    'en': translate('en'),
    'de': translate('de'),
  });
  debugPrint(result['en']);
}
""")

A("orta", "concept", ["Completer", "isCompleted"],
  "'Bad state: Future already completed' hatası alıyorum; Completer'ı iki yerden complete etmeye çalışıyorum. Nasıl güvenli hale getiririm?",
  r"""
// Bir Completer yalnızca BİR kez complete/completeError edilebilir.
// Hem başarı callback'i hem zaman aşımı gibi iki yol yarışıyorsa ikinci çağrı hata verir.
// Çözüm: complete etmeden önce isCompleted kontrol et.

Future<String> waitForReply(Stream<String> replies) {
  final completer = Completer<String>();
  late final StreamSubscription<String> sub;

  sub = replies.listen((reply) {
    if (!completer.isCompleted) completer.complete(reply);
    sub.cancel();
  });

  Timer(const Duration(seconds: 5), () {
    if (!completer.isCompleted) {
      completer.completeError(TimeoutException('Cevap gelmedi'));
      sub.cancel();
    }
  });

  return completer.future;
}
""")

A("kolay", "code", ["StreamSubscription", "cancel"],
  "Sayfada 4 farklı stream'e abone oluyorum; dispose'da hepsini tek tek yazmadan toplu olarak iptal etmek istiyorum.",
  r"""
class DashboardState extends State<Dashboard> {
  final _subscriptions = <StreamSubscription<Object?>>[];

  @override
  void initState() {
    super.initState();
    _subscriptions
      ..add(widget.orders.listen((_) => setState(() {})))
      ..add(widget.messages.listen((_) => setState(() {})))
      ..add(widget.stock.listen((_) => setState(() {})));
  }

  @override
  void dispose() {
    // Hepsini tek döngüyle iptal et
    for (final sub in _subscriptions) {
      sub.cancel();
    }
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => const Placeholder();
}

class Dashboard extends StatefulWidget {
  const Dashboard({super.key, required this.orders, required this.messages, required this.stock});

  final Stream<int> orders;
  final Stream<String> messages;
  final Stream<double> stock;

  @override
  State<Dashboard> createState() => DashboardState();
}
""")

A("orta", "code", ["ValueNotifier", "StreamController", "addListener"],
  "Elimdeki ValueNotifier<int>'i stream bekleyen bir API'ye vermem lazım; ValueNotifier'ı Stream'e çeviren bir fonksiyon yaz.",
  r"""
Stream<T> valueNotifierToStream<T>(ValueNotifier<T> notifier) {
  late final StreamController<T> controller;
  void listener() => controller.add(notifier.value);

  controller = StreamController<T>(
    onListen: () {
      controller.add(notifier.value); // mevcut değeri hemen ver
      notifier.addListener(listener);
    },
    // Dinleyici ayrılınca notifier'dan da ayrıl
    onCancel: () => notifier.removeListener(listener),
  );
  return controller.stream;
}

// Kullanım:
// final counter = ValueNotifier(0);
// valueNotifierToStream(counter).listen(print);
""")
A("kolay", "concept", ["isClosed", "close"],
  "'Bad state: Cannot add new events after calling close' hatası alıyorum; sayfa kapanınca controller'ı kapatıyorum ama arkadan gelen cevap add yapmaya çalışıyor.",
  r"""
// close() çağrıldıktan sonra add/addError yapmak bu hatayı verir.
// Geç gelen async sonuçlar (HTTP cevabı, timer) controller kapandıktan sonra gelebilir.
// Çözüm: eklemeden önce isClosed kontrol et ve mümkünse kaynağı da iptal et.

class PriceFeed {
  final _controller = StreamController<double>.broadcast();

  Stream<double> get prices => _controller.stream;

  Future<void> refresh(Future<double> Function() fetch) async {
    final price = await fetch();
    if (_controller.isClosed) return; // kapandıysa sessizce bırak
    _controller.add(price);
  }

  Future<void> dispose() => _controller.close();
}
""")

A("orta", "concept", ["return await", "try", "catch"],
  "try bloğu içinde 'return fetchData();' yazınca hata catch'e düşmüyor ama 'return await fetchData();' yazınca düşüyor. Aradaki fark ne?",
  r"""
// 'return future;' Future'ı olduğu gibi çağırana verir ve fonksiyon hemen çıkar;
// Future sonradan hata ile tamamlandığında artık try bloğunun dışındayız -> catch çalışmaz.
// 'return await future;' sonucu try içinde bekler; hata burada fırlar ve catch yakalar.

Future<String> fetchData() async {
  await Future<void>.delayed(const Duration(milliseconds: 100));
  throw Exception('sunucu hatası');
}

Future<String> withoutAwait() async {
  try {
    return fetchData(); // hata çağırana sızar
  } catch (e) {
    return 'yedek';
  }
}

Future<String> withAwait() async {
  try {
    return await fetchData(); // hata burada yakalanır
  } catch (e) {
    return 'yedek';
  }
}
""")

A("orta", "code", ["Future.wait", "sublist"],
  "100 kişilik listeye bildirim göndereceğim ama sunucu saniyede en fazla 5 istek kabul ediyor; 5'erli gruplar halinde gönder, her gruptan sonra 1 saniye bekle.",
  r"""
Future<void> sendInBatches(
  List<String> userIds,
  Future<void> Function(String id) sendNotification, {
  int batchSize = 5,
}) async {
  for (var i = 0; i < userIds.length; i += batchSize) {
    final batch = userIds.sublist(i, min(i + batchSize, userIds.length));
    // Grup içindekiler paralel gider
    await Future.wait(batch.map(sendNotification));
    final hasMore = i + batchSize < userIds.length;
    if (hasMore) {
      await Future<void>.delayed(const Duration(seconds: 1)); // hız sınırı
    }
  }
}
""")
# ---------------------------------------------------------------- http_json
H("orta", "code", ["RetryClient", "http.Client"],
  "http paketinde her istek için retry döngüsü yazmak istemiyorum; 503 gelince otomatik tekrar deneyen hazır bir client var mı?",
  r"""
import 'package:http/http.dart' as http;
import 'package:http/retry.dart';

Future<String> fetchNews() async {
  // RetryClient varsayılan olarak 503'te tekrar dener; 'when' ile koşulu özelleştirebiliriz
  final client = RetryClient(
    http.Client(),
    retries: 3,
    when: (response) => response.statusCode == 503 || response.statusCode == 502,
    onRetry: (request, response, retryCount) => print('Tekrar deneme #$retryCount: ${request.url}'),
  );
  try {
    final response = await client.get(Uri.parse('https://api.example.com/news'));
    return response.body;
  } finally {
    client.close();
  }
}
""")

H("kolay", "code", ["replace", "queryParameters"],
  "Elimde hazır bir URL var (https://api.site.com/items?sort=new), buna sayfa numarası parametresini mevcut parametreleri bozmadan eklemek istiyorum.",
  r"""
Uri withPage(Uri base, int page) {
  // Mevcut parametreleri koru, page'i ekle veya güncelle
  return base.replace(queryParameters: {
    ...base.queryParameters,
    'page': '$page',
  });
}

void main() {
  final base = Uri.parse('https://api.site.com/items?sort=new');
  print(withPage(base, 3)); // https://api.site.com/items?sort=new&page=3
}
""")

H("orta", "code", ["toEncodable | toJson", "toIso8601String"],
  "jsonEncode'a içinde DateTime olan bir Map verince 'Converting object to an encodable object failed' hatası alıyorum, nasıl çözerim?",
  r"""
// jsonEncode sadece num, String, bool, null, List ve Map'i bilir.
// DateTime gibi tipler için toEncodable fonksiyonu ver (ya da modelde toJson yaz).
String encodeEvent(Map<String, Object?> event) {
  return jsonEncode(
    event,
    toEncodable: (Object? value) {
      if (value is DateTime) return value.toIso8601String();
      if (value is Duration) return value.inSeconds;
      throw UnsupportedError('JSON\'a çevrilemeyen tip: ${value.runtimeType}');
    },
  );
}

void main() {
  print(encodeEvent({'title': 'Toplantı', 'start': DateTime(2024, 5, 1, 10), 'length': const Duration(hours: 1)}));
}
""")

H("kolay", "code", ["Map<String, double>", "jsonDecode"],
  "Döviz kuru API'si {\"USD\": 32.15, \"EUR\": 35.4, \"GBP\": 41} şeklinde dönüyor, anahtarlar sabit değil. Bunu Map<String, double>'a nasıl çeviririm?",
  r"""
Map<String, double> parseRates(String body) {
  final raw = jsonDecode(body) as Map<String, dynamic>;
  // Değerler int (41) veya double (32.15) gelebilir: num üzerinden çevir
  return raw.map((currency, value) => MapEntry(currency, (value as num).toDouble()));
}

void main() {
  final rates = parseRates('{"USD": 32.15, "EUR": 35.4, "GBP": 41}');
  rates.forEach((code, rate) => print('$code: ${rate.toStringAsFixed(2)} TL'));
}
""")

H("orta", "code", ["List<dynamic>", "map"],
  "Rota API'si koordinatları [[41.01, 28.97], [41.02, 28.98]] gibi iç içe dizi olarak gönderiyor; bunu (lat, lng) kayıtlarından oluşan bir listeye çevir.",
  r"""
typedef LatLng = ({double lat, double lng});

List<LatLng> parseRoute(String body) {
  final data = jsonDecode(body) as Map<String, dynamic>;
  final points = data['coordinates'] as List<dynamic>;
  return points.map((p) {
    final pair = p as List<dynamic>;
    // Sayılar int de gelebilir, num -> double
    return (lat: (pair[0] as num).toDouble(), lng: (pair[1] as num).toDouble());
  }).toList();
}

void main() {
  final route = parseRoute('{"coordinates": [[41.01, 28.97], [41, 29]]}');
  for (final point in route) {
    print('${point.lat}, ${point.lng}');
  }
}
""")

H("zor", "concept", ["QueuedInterceptorsWrapper", "InterceptorsWrapper"],
  "Dio'da token yenilerken aynı anda 5 istek 401 alınca 5 kez refresh isteği gidiyor. QueuedInterceptor bunu nasıl çözer, normal interceptor'dan farkı ne?",
  r"""
// InterceptorsWrapper: her isteğin onError'u birbirinden bağımsız, eşzamanlı çalışır;
//   5 istek 401 alırsa 5 refresh çağrısı yapılır.
// QueuedInterceptorsWrapper: onRequest/onResponse/onError çağrılarını sıraya koyar,
//   biri handler.next/resolve/reject çağırana kadar sıradaki bekler. İlk hata token'ı yeniler,
//   sonrakiler yeni token'ı hazır bulup sadece isteği tekrarlar.

class TokenStore {
  String? accessToken;
}

void addRefreshInterceptor(Dio dio, TokenStore store, Future<String> Function() refresh) {
  dio.interceptors.add(
    QueuedInterceptorsWrapper(
      onError: (error, handler) async {
        if (error.response?.statusCode != 401) return handler.next(error);
        final sentToken = error.requestOptions.headers['Authorization'];
        // Başka bir istek zaten yenilediyse tekrar refresh yapma
        if (sentToken == 'Bearer ${store.accessToken}') {
          store.accessToken = await refresh();
        }
        final options = error.requestOptions..headers['Authorization'] = 'Bearer ${store.accessToken}';
        handler.resolve(await dio.fetch(options));
      },
    ),
  );
}
""")

H("kolay", "code", ["dio.delete | .delete", "statusCode"],
  "Dio ile bir yorumu silip sunucunun 204 (içerik yok) döndürüp döndürmediğini kontrol et.",
  r"""
Future<bool> deleteComment(Dio dio, int commentId) async {
  try {
    final response = await dio.delete('/comments/$commentId');
    // 204 No Content: silindi, gövde boş gelir
    return response.statusCode == 204 || response.statusCode == 200;
  } on DioException catch (e) {
    if (e.response?.statusCode == 404) return false; // zaten yok
    rethrow;
  }
}
""")

H("orta", "code", ["dio.get<", "data"],
  "Dio'da response.data hep dynamic geliyor; listeyi beklediğim endpoint için tipi nasıl belirtirim?",
  r"""
Future<List<String>> fetchTags(Dio dio) async {
  // get<T>: response.data'nın tipi T olur (JSON dizisi -> List<dynamic>)
  final response = await dio.get<List<dynamic>>('/tags');
  final data = response.data ?? const [];
  return data.cast<String>();
}

Future<Map<String, dynamic>> fetchProfile(Dio dio) async {
  final response = await dio.get<Map<String, dynamic>>('/me');
  return response.data ?? const {};
}
""")

H("zor", "code", ["extra", "onRequest"],
  "Dio interceptor'ı her isteğe token ekliyor ama login ve register isteklerinde token gönderilmesin; istek bazında nasıl hariç tutarım?",
  r"""
class AuthInterceptor extends Interceptor {
  AuthInterceptor(this.readToken);

  final String? Function() readToken;

  @override
  void onRequest(RequestOptions options, RequestInterceptorHandler handler) {
    // İstek sahibi extra ile 'token ekleme' diyebilir
    final skipAuth = options.extra['skipAuth'] == true;
    final token = readToken();
    if (!skipAuth && token != null) {
      options.headers['Authorization'] = 'Bearer $token';
    }
    handler.next(options);
  }
}

Future<Response<dynamic>> login(Dio dio, String email, String password) {
  return dio.post(
    '/auth/login',
    data: {'email': email, 'password': password},
    options: Options(extra: {'skipAuth': true}), // bu istekte token yok
  );
}
""")

H("orta", "code", ["next_cursor | cursor", "jsonDecode"],
  "API sayfalamayı sayfa numarasıyla değil cevapta dönen next_cursor ile yapıyor; cursor null olana kadar tüm kayıtları çeken bir fonksiyon yaz.",
  r"""
import 'package:http/http.dart' as http;

Future<List<Map<String, dynamic>>> fetchAllOrders(http.Client client) async {
  final all = <Map<String, dynamic>>[];
  String? cursor;
  do {
    final url = Uri.https('api.example.com', '/orders', {
      'limit': '50',
      if (cursor != null) 'cursor': cursor,
    });
    final response = await client.get(url);
    if (response.statusCode != 200) {
      throw Exception('Siparişler alınamadı: ${response.statusCode}');
    }
    final body = jsonDecode(response.body) as Map<String, dynamic>;
    all.addAll((body['items'] as List<dynamic>).cast<Map<String, dynamic>>());
    cursor = body['next_cursor'] as String?; // son sayfada null
  } while (cursor != null);
  return all;
}
""")

H("orta", "code", ["HttpClient", "getUrl", "close"],
  "Hiç paket eklemeden, sadece dart:io ile bir API'ye GET isteği atıp JSON cevabı oku.",
  r"""
import 'dart:convert';
import 'dart:io';

Future<Map<String, dynamic>> getJson(Uri url) async {
  final client = HttpClient();
  try {
    final request = await client.getUrl(url);
    request.headers.set(HttpHeaders.acceptHeader, 'application/json');
    final response = await request.close(); // isteği gönderir
    // Gövde byte stream olarak gelir, UTF-8 çözüp birleştir
    final body = await response.transform(utf8.decoder).join();
    if (response.statusCode != HttpStatus.ok) {
      throw HttpException('Hata ${response.statusCode}', uri: url);
    }
    return jsonDecode(body) as Map<String, dynamic>;
  } finally {
    client.close();
  }
}
""")

H("orta", "code", ["content-type", "headers"],
  "Sunucu hata durumunda bazen JSON yerine HTML sayfası döndürüyor ve jsonDecode patlıyor; parse etmeden önce cevabın gerçekten JSON olduğunu kontrol et.",
  r"""
import 'package:http/http.dart' as http;

Map<String, dynamic> decodeJsonResponse(http.Response response) {
  // http paketinde header adları küçük harfe çevrilir
  final contentType = response.headers['content-type'] ?? '';
  if (!contentType.contains('application/json')) {
    throw FormatException(
      'JSON bekleniyordu, gelen: $contentType (status ${response.statusCode})',
    );
  }
  return jsonDecode(utf8.decode(response.bodyBytes)) as Map<String, dynamic>;
}
""")

H("orta", "code", ["T Function(Map<String, dynamic>)", "fromJson"],
  "Her model için ayrı get fonksiyonu yazmaktan sıkıldım; endpoint ve fromJson alıp hem tek nesne hem liste döndürebilen generic yardımcılar yaz.",
  r"""
import 'package:http/http.dart' as http;

class JsonApi {
  JsonApi(this._client, this._base);

  final http.Client _client;
  final String _base;

  Future<dynamic> _get(String path) async {
    final response = await _client.get(Uri.parse('$_base$path'));
    if (response.statusCode != 200) throw Exception('$path: ${response.statusCode}');
    return jsonDecode(response.body);
  }

  Future<T> getOne<T>(String path, T Function(Map<String, dynamic>) fromJson) async {
    return fromJson(await _get(path) as Map<String, dynamic>);
  }

  Future<List<T>> getList<T>(String path, T Function(Map<String, dynamic>) fromJson) async {
    final list = await _get(path) as List<dynamic>;
    return list.map((e) => fromJson(e as Map<String, dynamic>)).toList();
  }
}

// Kullanım:
// final user = await api.getOne('/users/1', User.fromJson);
// final posts = await api.getList('/posts', Post.fromJson);
""")

H("kolay", "code", ["queryParameters", "List"],
  "Filtrede birden fazla kategori seçilince URL ?category=telefon&category=tablet şeklinde aynı parametre tekrar ederek gitsin.",
  r"""
Uri productsUrl(List<String> categories, {String? sort}) {
  return Uri(
    scheme: 'https',
    host: 'api.example.com',
    path: '/products',
    queryParameters: {
      // Değer olarak liste verince parametre her eleman için tekrar eder
      'category': categories,
      if (sort != null) 'sort': sort,
    },
  );
}

void main() {
  print(productsUrl(['telefon', 'tablet'], sort: 'price'));
  // https://api.example.com/products?category=telefon&category=tablet&sort=price
}
""")

H("kolay", "code", ["fromJson", "bool"],
  "JSON'da 'active' alanı bazen true, bazen 1, bazen \"true\" ya da \"1\" geliyor; fromJson'da hepsini bool'a çevir.",
  r"""
bool parseBool(Object? value) => switch (value) {
      bool b => b,
      num n => n != 0,
      String s => s.toLowerCase() == 'true' || s == '1',
      _ => false, // null veya beklenmeyen tip
    };

class Coupon {
  Coupon({required this.code, required this.active});

  final String code;
  final bool active;

  factory Coupon.fromJson(Map<String, dynamic> json) => Coupon(
        code: json['code'] as String,
        active: parseBool(json['active']),
      );
}
""")

H("kolay", "concept", ["10.0.2.2"],
  "Bilgisayarımda çalışan API'ye (localhost:3000) Android emülatöründen istek atınca 'Connection refused' alıyorum, neden?",
  r"""
// Emülatörün içindeki 'localhost' emülatörün kendisidir, bilgisayarın değil.
// Android emülatöründen bilgisayara 10.0.2.2 adresiyle ulaşılır.
// iOS simülatörü ve masaüstü için localhost çalışır.
// Gerçek cihazda bilgisayarın yerel ağ IP'si (ör. 192.168.1.20) kullanılmalı.
// Not: http:// (şifresiz) adres için Android'de cleartext izni de gerekebilir.

String apiBaseUrl() {
  if (kIsWeb) return 'http://localhost:3000';
  if (Platform.isAndroid) return 'http://10.0.2.2:3000';
  return 'http://localhost:3000';
}
""")

H("orta", "concept", ["usesCleartextTraffic"],
  "http:// ile başlayan test sunucuma istek atınca Android'de 'Cleartext HTTP traffic not permitted' hatası alıyorum, ne yapmalıyım?",
  r"""
// Android 9+ şifresiz (http://) trafiği varsayılan olarak engeller.
// En doğrusu sunucuyu https yapmak. Sadece geliştirme için
// android/app/src/debug/AndroidManifest.xml içindeki <application> etiketine:
//   android:usesCleartextTraffic="true"
// eklenir (debug manifest'e koyarsan release sürüm etkilenmez).

const bool useHttps = bool.fromEnvironment('USE_HTTPS', defaultValue: true);

Uri apiUri(String path) {
  // Üretimde her zaman https; http sadece yerel test için
  return useHttps ? Uri.https('api.example.com', path) : Uri.http('192.168.1.20:8080', path);
}
""")

H("kolay", "code", ["options.headers | headers", "Authorization"],
  "Kullanıcı giriş yapınca token'ı Dio'nun varsayılan header'larına ekle, çıkış yapınca kaldır; interceptor yazmadan.",
  r"""
class ApiSession {
  ApiSession(this.dio);

  final Dio dio;

  void onLogin(String token) {
    // Bundan sonraki tüm isteklere eklenir
    dio.options.headers['Authorization'] = 'Bearer $token';
  }

  void onLogout() {
    dio.options.headers.remove('Authorization');
  }
}
""")

H("orta", "code", ["http.Response.fromStream", "send"],
  "MultipartRequest.send() bana StreamedResponse veriyor; cevabın body'sini normal http.Response gibi string olarak nasıl okurum?",
  r"""
import 'package:http/http.dart' as http;

Future<Map<String, dynamic>> uploadAvatar(String filePath, String token) async {
  final request = http.MultipartRequest('POST', Uri.parse('https://api.example.com/avatar'))
    ..headers['Authorization'] = 'Bearer $token'
    ..files.add(await http.MultipartFile.fromPath('avatar', filePath));
  final streamed = await request.send();
  // StreamedResponse -> Response: body, bodyBytes, statusCode hazır olur
  final response = await http.Response.fromStream(streamed);
  if (response.statusCode != 200 && response.statusCode != 201) {
    throw Exception('Yükleme başarısız: ${response.body}');
  }
  return jsonDecode(response.body) as Map<String, dynamic>;
}
""")

H("kolay", "concept", ["headers", "content-type"],
  "response.headers['Content-Type'] null dönüyor ama tarayıcıda header'ın geldiğini görüyorum, neden?",
  r"""
// http paketi cevap header adlarını küçük harfe çevirerek Map'e koyar.
// Bu yüzden 'Content-Type' değil 'content-type' ile okunmalı.
// (Dio'da response.headers.value('Content-Type') büyük/küçük harf duyarsızdır.)
import 'package:http/http.dart' as http;

Future<void> printHeaders() async {
  final response = await http.get(Uri.parse('https://api.example.com/items'));
  print(response.headers['Content-Type']); // null
  print(response.headers['content-type']); // application/json; charset=utf-8
  print(response.headers['x-total-count']); // özel header'lar da küçük harf
}
""")

H("orta", "code", ["@JsonKey", "includeFromJson", "includeToJson"],
  "json_serializable kullanan modelimde isSelected gibi sadece ekranda kullandığım bir alan var; JSON'dan okunmasın ve JSON'a yazılmasın.",
  r"""
import 'package:json_annotation/json_annotation.dart';

part 'product.g.dart';

@JsonSerializable()
class Product {
  Product({required this.id, required this.name, this.isSelected = false});

  final int id;
  final String name;

  // Sadece UI state'i: JSON ile ilgisi yok
  @JsonKey(includeFromJson: false, includeToJson: false)
  bool isSelected;

  factory Product.fromJson(Map<String, dynamic> json) => _$ProductFromJson(json);

  Map<String, dynamic> toJson() => _$ProductToJson(this);
}
""")

H("orta", "code", ["unknownEnumValue", "@JsonKey"],
  "json_serializable ile enum'a eşlediğim 'status' alanına sunucu yeni bir değer gönderince uygulama çöküyor; bilinmeyen değerde 'unknown' kullanılsın.",
  r"""
import 'package:json_annotation/json_annotation.dart';

part 'shipment.g.dart';

enum ShipmentStatus { preparing, shipped, delivered, unknown }

@JsonSerializable()
class Shipment {
  Shipment({required this.id, required this.status});

  final String id;

  // Tanımadığı değer gelince exception yerine unknown kullanılır
  @JsonKey(unknownEnumValue: ShipmentStatus.unknown)
  final ShipmentStatus status;

  factory Shipment.fromJson(Map<String, dynamic> json) => _$ShipmentFromJson(json);

  Map<String, dynamic> toJson() => _$ShipmentToJson(this);
}
""")

H("orta", "code", ["@JsonKey", "fromJson:", "toJson:"],
  "json_serializable modelimde sadece tek bir alan için ('#FF5722' gibi gelen renk) özel dönüşüm yapmak istiyorum, ayrı converter sınıfı yazmadan.",
  r"""
import 'package:flutter/material.dart';
import 'package:json_annotation/json_annotation.dart';

part 'label.g.dart';

Color _colorFromHex(String hex) => Color(int.parse(hex.replaceFirst('#', 'FF'), radix: 16));

String _colorToHex(Color color) =>
    '#${(color.toARGB32() & 0xFFFFFF).toRadixString(16).padLeft(6, '0').toUpperCase()}';

@JsonSerializable()
class Label {
  Label({required this.name, required this.color});

  final String name;

  // Bu alana özel dönüşüm fonksiyonları (static veya top-level olmalı)
  @JsonKey(fromJson: _colorFromHex, toJson: _colorToHex)
  final Color color;

  factory Label.fromJson(Map<String, dynamic> json) => _$LabelFromJson(json);

  Map<String, dynamic> toJson() => _$LabelToJson(this);
}
""")

H("zor", "concept", ["String", "int.parse | BigInt"],
  "Flutter web'de API'den gelen 19 haneli sipariş id'leri son hanelerde yanlış görünüyor (mobilde doğru). Neden, nasıl çözerim?",
  r"""
// Web'de Dart int'leri JavaScript number'ıdır (64-bit double): 2^53'ten büyük tam sayılar
// hassasiyet kaybeder. jsonDecode bu sayıyı okurken son haneler yuvarlanır.
// Çözüm: sunucudan büyük id'leri string olarak göndermesini iste ve modelde String tut.
// Hesap gerekiyorsa BigInt kullan.

class Order {
  Order({required this.id, required this.total});

  final String id; // '9223372036854775807' gibi: string olarak taşı
  final double total;

  factory Order.fromJson(Map<String, dynamic> json) => Order(
        id: json['id'].toString(), // sayı gelirse de string'e çevir (mobilde güvenli)
        total: (json['total'] as num).toDouble(),
      );

  BigInt get numericId => BigInt.parse(id); // gerekiyorsa
}
""")

H("orta", "code", ["201", "location"],
  "POST ile yeni kayıt oluşturunca sunucu 201 ve Location header'ında yeni kaydın adresini döndürüyor; bu adresi alıp yeni kaydı çek.",
  r"""
import 'package:http/http.dart' as http;

Future<Map<String, dynamic>> createAndFetch(http.Client client, Map<String, dynamic> note) async {
  final base = Uri.parse('https://api.example.com/notes');
  final created = await client.post(
    base,
    headers: {'Content-Type': 'application/json'},
    body: jsonEncode(note),
  );
  if (created.statusCode != 201) {
    throw Exception('Oluşturulamadı: ${created.statusCode}');
  }
  // Header adları küçük harfle okunur; göreli adres olabilir -> base'e göre çöz
  final location = created.headers['location'];
  if (location == null) throw Exception('Location header yok');
  final response = await client.get(base.resolve(location));
  return jsonDecode(response.body) as Map<String, dynamic>;
}
""")

H("kolay", "code", ["toIso8601String | DateFormat", "split"],
  "Sunucu doğum tarihini saat olmadan sadece '1995-04-23' formatında bekliyor; DateTime'ı bu formata çevirip JSON'a koy.",
  r"""
String toDateOnly(DateTime date) {
  // '1995-04-23T00:00:00.000' -> '1995-04-23'
  return date.toIso8601String().split('T').first;
}

Map<String, dynamic> profileToJson(String name, DateTime birthDate) => {
      'name': name,
      'birth_date': toDateOnly(birthDate),
    };

void main() {
  print(jsonEncode(profileToJson('Elif', DateTime(1995, 4, 23))));
  // intl ile: DateFormat('yyyy-MM-dd').format(birthDate)
}
""")

H("kolay", "code", [".name", "byName"],
  "Enum alanını JSON'a yazınca 'OrderStatus.shipped' gidiyor, sunucu sadece 'shipped' bekliyor; enum'u düzgün yaz ve geri oku.",
  r"""
enum OrderStatus { pending, shipped, delivered }

class OrderSummary {
  OrderSummary(this.id, this.status);

  final int id;
  final OrderStatus status;

  Map<String, dynamic> toJson() => {
        'id': id,
        'status': status.name, // 'shipped' (toString() ise 'OrderStatus.shipped' verir)
      };

  factory OrderSummary.fromJson(Map<String, dynamic> json) => OrderSummary(
        json['id'] as int,
        OrderStatus.values.byName(json['status'] as String),
      );
}
""")

H("orta", "concept", ["ClientException", "SocketException", "TimeoutException"],
  "http paketinde ClientException, SocketException ve TimeoutException ne zaman fırlar, hepsini yakalamam gerekir mi?",
  r"""
// SocketException (dart:io): bağlantı kurulamadı (internet yok, DNS çözülemedi). Web'de yoktur.
// ClientException (http paketi): istemci seviyesinde hata; web'de ağ hataları (CORS dahil) bununla gelir,
//   IOClient bazı bağlantı hatalarını da ClientException olarak sarar.
// TimeoutException (dart:async): sadece .timeout(...) eklediysen, süre dolunca.
// 4xx/5xx cevaplar exception DEĞİLDİR: statusCode'u kendin kontrol etmelisin.
import 'package:http/http.dart' as http;

Future<String> safeGet(Uri url) async {
  try {
    final response = await http.get(url).timeout(const Duration(seconds: 10));
    if (response.statusCode >= 400) return 'Sunucu hatası: ${response.statusCode}';
    return response.body;
  } on TimeoutException {
    return 'Zaman aşımı';
  } on SocketException {
    return 'İnternet bağlantısı yok';
  } on http.ClientException catch (e) {
    return 'Ağ hatası: ${e.message}';
  }
}
""")

H("kolay", "code", ["204", "isEmpty"],
  "Güncelleme isteğinde sunucu bazen 204 ile boş gövde dönüyor ve jsonDecode 'Unexpected end of input' hatası veriyor; nasıl ele alırım?",
  r"""
import 'package:http/http.dart' as http;

Map<String, dynamic>? decodeOrNull(http.Response response) {
  // 204 No Content veya boş gövde: parse edecek bir şey yok
  if (response.statusCode == 204 || response.body.trim().isEmpty) return null;
  return jsonDecode(response.body) as Map<String, dynamic>;
}

Future<void> updateName(http.Client client, String name) async {
  final response = await client.put(
    Uri.parse('https://api.example.com/me'),
    headers: {'Content-Type': 'application/json'},
    body: jsonEncode({'name': name}),
  );
  final data = decodeOrNull(response);
  print(data == null ? 'Güncellendi (içerik yok)' : 'Yeni profil: $data');
}
""")
H("kolay", "code", ["Map<String, List<String>>", "jsonDecode"],
  "Ürün seçenekleri {\"renkler\": [\"kırmızı\", \"mavi\"], \"bedenler\": [\"S\", \"M\"]} şeklinde geliyor; bunu Map<String, List<String>> tipine çevir.",
  r"""
Map<String, List<String>> parseOptions(String body) {
  final raw = jsonDecode(body) as Map<String, dynamic>;
  // Her değer List<dynamic>: elemanları String'e çevirerek yeni liste oluştur
  return raw.map(
    (key, value) => MapEntry(key, (value as List<dynamic>).map((e) => e as String).toList()),
  );
}

void main() {
  final options = parseOptions('{"renkler": ["kırmızı", "mavi"], "bedenler": ["S", "M"]}');
  print(options['bedenler']); // [S, M]
}
""")

H("orta", "code", ["http.put | .put", "bodyBytes | readAsBytes", "Content-Type"],
  "Sunucu bana dosya yüklemek için önceden imzalı (presigned) bir URL veriyor; fotoğrafı bu URL'ye multipart değil ham byte olarak PUT ile yükle.",
  r"""
import 'dart:io';
import 'package:http/http.dart' as http;

Future<void> uploadToPresignedUrl(String presignedUrl, File photo) async {
  final bytes = await photo.readAsBytes();
  final response = await http.put(
    Uri.parse(presignedUrl), // imza query parametrelerinde, URL'yi değiştirme
    headers: {
      // İmzalanırken kullanılan content type ile aynı olmalı
      'Content-Type': 'image/jpeg',
    },
    body: bytes, // List<int> verince gövde ham byte olarak gider
  );
  if (response.statusCode != 200) {
    throw HttpException('Yükleme başarısız: ${response.statusCode} ${response.body}');
  }
}
""")
# ---------------------------------------------------------------- theming
T("kolay", "code", ["radioTheme", "RadioThemeData"],
  "Uygulamadaki tüm Radio butonları seçiliyken turuncu, seçili değilken gri görünsün; her Radio'ya tek tek renk vermeden.",
  r"""
final theme = ThemeData(
  colorSchemeSeed: Colors.deepOrange,
  radioTheme: RadioThemeData(
    // Duruma göre renk: seçiliyken turuncu, değilken gri
    fillColor: WidgetStateProperty.resolveWith((states) {
      if (states.contains(WidgetState.selected)) return Colors.orange;
      return Colors.grey;
    }),
  ),
);
""")

T("kolay", "code", ["bottomNavigationBarTheme", "BottomNavigationBarThemeData"],
  "Eski BottomNavigationBar kullanıyorum; seçili ikon rengi, seçili olmayan renk ve arka planı temadan ayarla.",
  r"""
final theme = ThemeData(
  colorSchemeSeed: Colors.teal,
  bottomNavigationBarTheme: const BottomNavigationBarThemeData(
    backgroundColor: Colors.white,
    selectedItemColor: Colors.teal,
    unselectedItemColor: Colors.black45,
    type: BottomNavigationBarType.fixed,
    selectedLabelStyle: TextStyle(fontWeight: FontWeight.w600),
    elevation: 8,
  ),
);
""")

T("orta", "code", ["navigationRailTheme", "NavigationRailThemeData"],
  "Tablet düzeninde kullandığım NavigationRail'in arka planını, seçili gösterge rengini ve etiket stillerini temadan ver.",
  r"""
ThemeData railTheme(ColorScheme scheme) {
  return ThemeData(
    colorScheme: scheme,
    navigationRailTheme: NavigationRailThemeData(
      backgroundColor: scheme.surfaceContainerLow,
      indicatorColor: scheme.primaryContainer,
      selectedIconTheme: IconThemeData(color: scheme.onPrimaryContainer),
      unselectedIconTheme: IconThemeData(color: scheme.onSurfaceVariant),
      selectedLabelTextStyle: TextStyle(color: scheme.primary, fontWeight: FontWeight.bold),
      unselectedLabelTextStyle: TextStyle(color: scheme.onSurfaceVariant),
      labelType: NavigationRailLabelType.all, // etiketler hep görünsün
    ),
  );
}
""")

T("kolay", "code", ["platform", "TargetPlatform.iOS"],
  "Android telefonda geliştiriyorum ama uygulamanın iOS'ta nasıl göründüğünü (geçişler, kaydırma efekti) görmek istiyorum; temadan platformu değiştirebilir miyim?",
  r"""
class PreviewApp extends StatelessWidget {
  const PreviewApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      theme: ThemeData(
        colorSchemeSeed: Colors.blue,
        // Material widget'ları iOS davranışına geçer: sayfa geçişi, kaydırma fiziği, switch vb.
        platform: kDebugMode ? TargetPlatform.iOS : null,
      ),
      home: const Scaffold(body: Center(child: Text('iOS önizleme'))),
    );
  }
}
""")

T("kolay", "code", ["materialTapTargetSize", "MaterialTapTargetSize.shrinkWrap"],
  "Checkbox ve küçük butonların etrafında 48 piksellik görünmez boşluk var, satırlar çok açık duruyor; bunu tüm uygulamada kaldır.",
  r"""
final theme = ThemeData(
  colorSchemeSeed: Colors.indigo,
  // Varsayılan padded: dokunma alanı en az 48x48. shrinkWrap: sadece görünen boyut.
  // Not: erişilebilirlik için küçük hedefler dokunmayı zorlaştırabilir.
  materialTapTargetSize: MaterialTapTargetSize.shrinkWrap,
);
""")

T("kolay", "code", ["splashColor", "highlightColor"],
  "Liste elemanlarına ve butonlara basınca çıkan dalga efekti gri değil, markanın morunun açık tonu olsun.",
  r"""
final brand = Colors.deepPurple;

final theme = ThemeData(
  colorSchemeSeed: brand,
  // InkWell/ListTile dokunma dalgası ve basılı tutma vurgusu
  splashColor: brand.withValues(alpha: 0.15),
  highlightColor: brand.withValues(alpha: 0.08),
);
""")

T("orta", "code", ["ThemeExtension", "copyWith", "lerp"],
  "Sayfalarda kullandığım boşluk ve köşe yuvarlaklığı değerlerini (küçük 8, orta 16, büyük 24) sabit sayı yazmak yerine temadan okumak istiyorum.",
  r"""
@immutable
class Spacing extends ThemeExtension<Spacing> {
  const Spacing({this.small = 8, this.medium = 16, this.large = 24, this.radius = 12});

  final double small;
  final double medium;
  final double large;
  final double radius;

  @override
  Spacing copyWith({double? small, double? medium, double? large, double? radius}) => Spacing(
        small: small ?? this.small,
        medium: medium ?? this.medium,
        large: large ?? this.large,
        radius: radius ?? this.radius,
      );

  @override
  Spacing lerp(Spacing? other, double t) {
    if (other == null) return this;
    return Spacing(
      small: lerpDouble(small, other.small, t)!,
      medium: lerpDouble(medium, other.medium, t)!,
      large: lerpDouble(large, other.large, t)!,
      radius: lerpDouble(radius, other.radius, t)!,
    );
  }
}

// ThemeData(extensions: const [Spacing()])
// Kullanım:
// final s = Theme.of(context).extension<Spacing>()!;
// Padding(padding: EdgeInsets.all(s.medium), ...)
""")

T("orta", "code", ["dataTableTheme", "DataTableThemeData"],
  "Raporlardaki DataTable'ların başlık satırı renkli ve kalın, satır yükseklikleri sabit ve aralarında çizgi olsun; temadan ayarla.",
  r"""
ThemeData reportTheme(ColorScheme scheme) {
  return ThemeData(
    colorScheme: scheme,
    dataTableTheme: DataTableThemeData(
      headingRowColor: WidgetStatePropertyAll(scheme.primaryContainer),
      headingTextStyle: TextStyle(fontWeight: FontWeight.bold, color: scheme.onPrimaryContainer),
      dataRowMinHeight: 44,
      dataRowMaxHeight: 44,
      dividerThickness: 1,
      columnSpacing: 24,
      horizontalMargin: 16,
    ),
  );
}
""")

T("kolay", "code", ["colorScheme.error", "Theme.of(context)"],
  "Form altındaki hata yazısını Colors.red ile değil, temanın hata rengiyle göster; koyu temada da uyumlu olsun.",
  r"""
class ErrorText extends StatelessWidget {
  const ErrorText(this.message, {super.key});

  final String message;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    // colorScheme.error açık ve koyu temada farklı, okunaklı tonlar verir
    return Text(
      message,
      style: theme.textTheme.bodySmall?.copyWith(color: theme.colorScheme.error),
    );
  }
}
""")

T("orta", "code", ["MaterialColor"],
  "Kurumsal rengim #0A7E8C; Colors.blue[100] gibi shade değerleriyle kullanabileceğim kendi MaterialColor'ımı oluştur.",
  r"""
const int _brandValue = 0xFF0A7E8C;

// shade anahtarları: 50, 100, ..., 900; 500 ana renktir
const MaterialColor brandTeal = MaterialColor(_brandValue, <int, Color>{
  50: Color(0xFFE2F0F1),
  100: Color(0xFFB6D8DC),
  200: Color(0xFF85BFC5),
  300: Color(0xFF54A5AE),
  400: Color(0xFF2F919D),
  500: Color(_brandValue),
  600: Color(0xFF097684),
  700: Color(0xFF076B79),
  800: Color(0xFF05616F),
  900: Color(0xFF034E5C),
});

Widget chip() => Container(
      color: brandTeal[100], // açık ton
      padding: const EdgeInsets.all(8),
      child: Text('Yeni', style: TextStyle(color: brandTeal.shade800)),
    );
""")

T("orta", "code", ["fontFamilyFallback"],
  "Kullandığım özel fontta bazı karakterler ve emojiler yok, kutu (tofu) olarak görünüyor; eksik karakterler için yedek font tanımla.",
  r"""
final theme = ThemeData(
  colorSchemeSeed: Colors.blue,
  fontFamily: 'Brandon', // pubspec'te tanımlı ana font
  // Ana fontta bulunmayan karakterler sırayla bu fontlarda aranır
  fontFamilyFallback: const ['Roboto', 'Noto Color Emoji'],
);
""")

T("orta", "code", ["FontFeature.tabularFigures", "fontFeatures"],
  "Fiyat ve skor tablosunda rakamlar farklı genişlikte olduğu için sütunlar kayıyor; rakamlar eşit genişlikte olsun, bunu temanın yazı stiline ekle.",
  r"""
ThemeData withTabularNumbers(ThemeData base) {
  const tabular = [FontFeature.tabularFigures()]; // her rakam aynı genişlikte
  return base.copyWith(
    textTheme: base.textTheme.copyWith(
      bodyMedium: base.textTheme.bodyMedium?.copyWith(fontFeatures: tabular),
      titleLarge: base.textTheme.titleLarge?.copyWith(fontFeatures: tabular),
    ),
  );
}

// Tek bir Text için: Text('1.250,00 TL', style: TextStyle(fontFeatures: [FontFeature.tabularFigures()]))
""")

T("orta", "code", ["navigationDrawerTheme", "NavigationDrawerThemeData"],
  "Material 3 NavigationDrawer'ın arka plan rengi, seçili öğe göstergesinin rengi ve şekli temadan gelsin.",
  r"""
ThemeData drawerTheme(ColorScheme scheme) {
  return ThemeData(
    colorScheme: scheme,
    navigationDrawerTheme: NavigationDrawerThemeData(
      backgroundColor: scheme.surfaceContainerLow,
      indicatorColor: scheme.secondaryContainer,
      indicatorShape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(12)),
      labelTextStyle: WidgetStateProperty.resolveWith(
        (states) => TextStyle(
          fontWeight: states.contains(WidgetState.selected) ? FontWeight.bold : FontWeight.normal,
        ),
      ),
    ),
  );
}
""")

T("orta", "code", ["actionIconTheme", "ActionIconThemeData", "backButtonIconBuilder"],
  "Uygulamadaki tüm AppBar geri butonlarının ikonunu (ok yerine chevron) tek yerden değiştir.",
  r"""
final theme = ThemeData(
  colorSchemeSeed: Colors.blueGrey,
  // BackButton, DrawerButton, CloseButton ikonları buradan gelir
  actionIconTheme: ActionIconThemeData(
    backButtonIconBuilder: (context) => const Icon(Icons.chevron_left, size: 32),
  ),
);
""")

T("orta", "code", ["MediaQuery.boldTextOf"],
  "Kullanıcı iOS erişilebilirlik ayarlarından 'Kalın Metin'i açtıysa uygulamadaki başlıklar da daha kalın görünsün.",
  r"""
class AccessibleTitle extends StatelessWidget {
  const AccessibleTitle(this.text, {super.key});

  final String text;

  @override
  Widget build(BuildContext context) {
    // Cihazda kalın metin ayarı açık mı?
    final bold = MediaQuery.boldTextOf(context);
    final base = Theme.of(context).textTheme.titleMedium;
    return Text(
      text,
      style: base?.copyWith(fontWeight: bold ? FontWeight.w800 : FontWeight.w500),
    );
  }
}
""")

T("kolay", "code", ["bannerTheme", "MaterialBannerThemeData"],
  "Ekranın üstünde çıkan MaterialBanner uyarılarının arka plan rengi ve yazı stili temadan gelsin.",
  r"""
final theme = ThemeData(
  colorSchemeSeed: Colors.amber,
  bannerTheme: const MaterialBannerThemeData(
    backgroundColor: Color(0xFFFFF3CD),
    contentTextStyle: TextStyle(color: Color(0xFF664D03), fontSize: 15),
    padding: EdgeInsets.symmetric(horizontal: 16, vertical: 8),
  ),
);
""")

T("orta", "code", ["toggleButtonsTheme", "ToggleButtonsThemeData"],
  "Metin editöründeki kalın/italik/altı çizili ToggleButtons'ların seçili rengi, kenarlığı ve köşeleri temadan gelsin.",
  r"""
ThemeData editorTheme(ColorScheme scheme) {
  return ThemeData(
    colorScheme: scheme,
    toggleButtonsTheme: ToggleButtonsThemeData(
      selectedColor: scheme.onPrimary, // seçili ikon rengi
      fillColor: scheme.primary, // seçili arka plan
      color: scheme.onSurfaceVariant,
      borderColor: scheme.outline,
      selectedBorderColor: scheme.primary,
      borderRadius: BorderRadius.circular(8),
      constraints: const BoxConstraints(minWidth: 44, minHeight: 40),
    ),
  );
}
""")

T("zor", "code", ["contrastLevel", "ColorScheme.fromSeed"],
  "Seed renginden ürettiğim temada yazılarla arka plan arasındaki kontrast bazı kullanıcılar için az; aynı seed'den daha yüksek kontrastlı bir şema üret.",
  r"""
ThemeData themeFor(Brightness brightness, {bool highContrast = false}) {
  final scheme = ColorScheme.fromSeed(
    seedColor: const Color(0xFF6750A4),
    brightness: brightness,
    // 0.0 standart, 0.5 orta, 1.0 yüksek kontrast (-1.0 düşük)
    contrastLevel: highContrast ? 1.0 : 0.0,
  );
  return ThemeData(colorScheme: scheme);
}

// MaterialApp(
//   theme: themeFor(Brightness.light),
//   highContrastTheme: themeFor(Brightness.light, highContrast: true),
// )
""")

T("kolay", "code", ["textTheme", "onSurfaceVariant"],
  "Sayfadaki küçük açıklama yazılarını (ör. 'Son güncelleme: 2 dk önce') sabit font boyutu yerine temanın küçük yazı stiliyle ve soluk renkte göster.",
  r"""
class Caption extends StatelessWidget {
  const Caption(this.text, {super.key});

  final String text;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    // bodySmall: temadaki küçük stil; onSurfaceVariant: soluk metin rengi (koyu temada da uyumlu)
    return Text(
      text,
      style: theme.textTheme.bodySmall?.copyWith(color: theme.colorScheme.onSurfaceVariant),
    );
  }
}
""")

T("orta", "concept", ["surfaceContainerHighest", "surface"],
  "Material 3'te surface, surfaceContainerLow, surfaceContainer ve surfaceContainerHighest renkleri ne için var, kartlarda hangisini kullanmalıyım?",
  r"""
// surface: sayfanın ana arka planı (Scaffold).
// surfaceContainerLowest..surfaceContainerHighest: surface'in üstüne konan alanlar için,
//   giderek belirginleşen 5 ton. Eski 'elevation ile renklenme' yerine katmanları bunlar ayırır.
//   - Lowest/Low: hafif ayrışan kartlar, liste arka planları
//   - surfaceContainer: NavigationBar, varsayılan konteynerler
//   - High/Highest: dialog, arama çubuğu, dolgulu TextField gibi öne çıkan alanlar
// Üstlerindeki yazı için onSurface / onSurfaceVariant kullanılır.

class InfoCard extends StatelessWidget {
  const InfoCard({super.key});

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Container(
      color: scheme.surface,
      padding: const EdgeInsets.all(16),
      child: Container(
        decoration: BoxDecoration(
          color: scheme.surfaceContainerHighest, // sayfadan ayrışan kart
          borderRadius: BorderRadius.circular(16),
        ),
        padding: const EdgeInsets.all(16),
        child: Text('Bakiye: 1.250 TL', style: TextStyle(color: scheme.onSurface)),
      ),
    );
  }
}
""")

T("orta", "code", ["ListenableBuilder", "themeMode"],
  "Ayarlardaki 'Koyu tema' switch'i değişince MaterialApp'in temasını Provider gibi paket kullanmadan, ChangeNotifier ve ListenableBuilder ile güncelle.",
  r"""
class ThemeSettings extends ChangeNotifier {
  ThemeMode _mode = ThemeMode.system;
  ThemeMode get mode => _mode;

  void setDark(bool dark) {
    _mode = dark ? ThemeMode.dark : ThemeMode.light;
    notifyListeners();
  }
}

final themeSettings = ThemeSettings();

class SettingsApp extends StatelessWidget {
  const SettingsApp({super.key});

  @override
  Widget build(BuildContext context) {
    // Sadece bu builder yeniden çizilir
    return ListenableBuilder(
      listenable: themeSettings,
      builder: (context, _) => MaterialApp(
        theme: ThemeData(colorSchemeSeed: Colors.green),
        darkTheme: ThemeData(colorSchemeSeed: Colors.green, brightness: Brightness.dark),
        themeMode: themeSettings.mode,
        home: Scaffold(
          body: SwitchListTile(
            title: const Text('Koyu tema'),
            value: themeSettings.mode == ThemeMode.dark,
            onChanged: themeSettings.setDark,
          ),
        ),
      ),
    );
  }
}
""")

T("kolay", "code", ["outlinedButtonTheme | OutlinedButton.styleFrom", "side"],
  "Sadece bu ekrandaki OutlinedButton'ın kenarlığı kalın ve kırmızı olsun, diğer ekranlardaki butonlar etkilenmesin.",
  r"""
class DangerZone extends StatelessWidget {
  const DangerZone({super.key});

  @override
  Widget build(BuildContext context) {
    // styleFrom sadece bu butona uygulanır, temadaki stilin üstüne yazar
    return OutlinedButton(
      style: OutlinedButton.styleFrom(
        foregroundColor: Theme.of(context).colorScheme.error,
        side: BorderSide(color: Theme.of(context).colorScheme.error, width: 2),
      ),
      onPressed: () {},
      child: const Text('Hesabı sil'),
    );
  }
}
""")

T("orta", "code", ["menuTheme", "MenuThemeData"],
  "MenuAnchor ile açılan menülerin arka plan rengi, köşe yuvarlaklığı ve gölgesi tüm uygulamada aynı olsun; temadan ayarla.",
  r"""
final theme = ThemeData(
  colorSchemeSeed: Colors.blueGrey,
  menuTheme: MenuThemeData(
    style: MenuStyle(
      backgroundColor: const WidgetStatePropertyAll(Colors.white),
      elevation: const WidgetStatePropertyAll(6),
      shape: WidgetStatePropertyAll(
        RoundedRectangleBorder(borderRadius: BorderRadius.circular(12)),
      ),
      padding: const WidgetStatePropertyAll(EdgeInsets.symmetric(vertical: 8)),
    ),
  ),
);
""")

T("orta", "code", ["searchViewTheme", "SearchViewThemeData"],
  "SearchAnchor'a dokununca açılan tam ekran arama görünümünün arka planını ve başlıktaki yazı stilini temadan ver.",
  r"""
ThemeData searchTheme(ColorScheme scheme) {
  return ThemeData(
    colorScheme: scheme,
    searchViewTheme: SearchViewThemeData(
      backgroundColor: scheme.surfaceContainerLow,
      headerTextStyle: TextStyle(fontSize: 18, color: scheme.onSurface),
      headerHintStyle: TextStyle(color: scheme.onSurfaceVariant),
      dividerColor: scheme.outlineVariant,
    ),
  );
}
""")

T("kolay", "code", ["textTheme", "height"],
  "Uygulamadaki tüm gövde metinlerinde satır aralığı daha ferah olsun (1.5), her Text'e tek tek vermeden.",
  r"""
ThemeData withRelaxedBody(ThemeData base) {
  final t = base.textTheme;
  return base.copyWith(
    textTheme: t.copyWith(
      // height: satır yüksekliği font boyutunun katı
      bodyLarge: t.bodyLarge?.copyWith(height: 1.5),
      bodyMedium: t.bodyMedium?.copyWith(height: 1.5),
      bodySmall: t.bodySmall?.copyWith(height: 1.5),
    ),
  );
}

// MaterialApp(theme: withRelaxedBody(ThemeData(colorSchemeSeed: Colors.teal)))
""")

T("kolay", "concept", ["Card.filled", "Card.outlined"],
  "Material 3'teki Card, Card.filled ve Card.outlined arasındaki fark nedir, hangisini ne zaman kullanmalıyım?",
  r"""
// Card (elevated): hafif gölgeli, surfaceContainerLow zeminli; içeriği sayfadan ayırmak için.
// Card.filled: gölgesiz, surfaceContainerHighest dolgulu; yoğun listelerde sakin bir ayrım için.
// Card.outlined: gölgesiz, ince outlineVariant kenarlıklı; form/ayar grupları gibi
//   düz görünüm istenen yerlerde. Hepsi renklerini temadaki colorScheme'den alır.

class CardVariants extends StatelessWidget {
  const CardVariants({super.key});

  @override
  Widget build(BuildContext context) {
    const body = Padding(padding: EdgeInsets.all(16), child: Text('İçerik'));
    return const Column(
      children: [
        Card(child: body),
        Card.filled(child: body),
        Card.outlined(child: body),
      ],
    );
  }
}
""")

T("kolay", "code", ["FilledButton.tonal"],
  "Ana butonun yanında daha az dikkat çeken ama yine temanın renginden gelen ikincil bir buton istiyorum; Material 3'te hangisi uygun?",
  r"""
class ActionRow extends StatelessWidget {
  const ActionRow({super.key});

  @override
  Widget build(BuildContext context) {
    return Row(
      mainAxisAlignment: MainAxisAlignment.end,
      children: [
        // tonal: secondaryContainer zemin, onSecondaryContainer yazı -> daha sakin vurgu
        FilledButton.tonal(onPressed: () {}, child: const Text('Taslak kaydet')),
        const SizedBox(width: 8),
        // Ana eylem: primary zeminli dolu buton
        FilledButton(onPressed: () {}, child: const Text('Yayınla')),
      ],
    );
  }
}
""")
T("kolay", "code", ["hoverColor", "focusColor"],
  "Web ve masaüstü sürümünde fareyle bir öğenin üstüne gelince ve klavyeyle (Tab) odaklanınca çıkan vurgu renkleri marka rengimize uysun.",
  r"""
final brand = Colors.indigo;

final theme = ThemeData(
  colorSchemeSeed: brand,
  // InkWell tabanlı widget'larda (ListTile, butonlar) fare üzerindeyken
  hoverColor: brand.withValues(alpha: 0.06),
  // Klavye odağı (Tab ile gezinme) vurgusu
  focusColor: brand.withValues(alpha: 0.14),
);
""")

T("kolay", "code", ["flexibleSpace", "LinearGradient", "colorScheme"],
  "AppBar'ın arka planı düz renk değil, temanın primary ve tertiary renkleri arasında soldan sağa gradyan olsun; koyu temada da temaya uysun.",
  r"""
class GradientAppBar extends StatelessWidget implements PreferredSizeWidget {
  const GradientAppBar({super.key, required this.title});

  final String title;

  @override
  Size get preferredSize => const Size.fromHeight(kToolbarHeight);

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return AppBar(
      title: Text(title),
      foregroundColor: scheme.onPrimary,
      backgroundColor: Colors.transparent, // gradyan görünsün
      flexibleSpace: DecoratedBox(
        decoration: BoxDecoration(
          gradient: LinearGradient(colors: [scheme.primary, scheme.tertiary]),
        ),
      ),
    );
  }
}
""")
# ---------------------------------------------------------------- animations
M("orta", "code", ["AnimatedSwitcher", "layoutBuilder"],
  "AnimatedSwitcher ile farklı yükseklikteki içerikler arasında geçiş yaparken eski ve yeni widget ortada üst üste biniyor; ikisi de üste hizalı dursun.",
  r"""
class TopAlignedSwitcher extends StatelessWidget {
  const TopAlignedSwitcher({super.key, required this.child});

  final Widget child;

  @override
  Widget build(BuildContext context) {
    return AnimatedSwitcher(
      duration: const Duration(milliseconds: 300),
      // Varsayılan layoutBuilder Stack'i ortalar; burada üste hizalıyoruz
      layoutBuilder: (currentChild, previousChildren) => Stack(
        alignment: Alignment.topCenter,
        children: [...previousChildren, if (currentChild != null) currentChild],
      ),
      child: child, // child'ların farklı key'i olmalı
    );
  }
}
""")

M("kolay", "code", ["Curves.elasticOut", "AnimatedScale"],
  "Sepete ekle butonuna basınca ikon jöle gibi esneyerek büyüyüp yerine otursun.",
  r"""
class JellyCartIcon extends StatefulWidget {
  const JellyCartIcon({super.key});

  @override
  State<JellyCartIcon> createState() => _JellyCartIconState();
}

class _JellyCartIconState extends State<JellyCartIcon> {
  double _scale = 1;

  Future<void> _bounce() async {
    setState(() => _scale = 1.4);
    await Future<void>.delayed(const Duration(milliseconds: 150));
    if (mounted) setState(() => _scale = 1);
  }

  @override
  Widget build(BuildContext context) {
    return IconButton(
      onPressed: _bounce,
      icon: AnimatedScale(
        scale: _scale,
        duration: const Duration(milliseconds: 600),
        curve: Curves.elasticOut, // hedefi aşıp salınarak oturur
        child: const Icon(Icons.shopping_cart, size: 32),
      ),
    );
  }
}
""")

M("orta", "code", ["Cubic"],
  "Tasarımcı animasyon eğrisini CSS'teki gibi cubic-bezier(0.2, 0.8, 0.2, 1) olarak verdi; bunu Flutter'da nasıl kullanırım?",
  r"""
// CSS cubic-bezier(x1, y1, x2, y2) -> Cubic(x1, y1, x2, y2)
const Curve designCurve = Cubic(0.2, 0.8, 0.2, 1);

class SlideInPanel extends StatelessWidget {
  const SlideInPanel({super.key, required this.open});

  final bool open;

  @override
  Widget build(BuildContext context) {
    return AnimatedSlide(
      offset: open ? Offset.zero : const Offset(0, 1),
      duration: const Duration(milliseconds: 400),
      curve: designCurve,
      child: Container(height: 200, color: Colors.white),
    );
  }
}
""")

M("orta", "code", ["TweenAnimationBuilder", "ColorTween"],
  "Borsa ekranında fiyat arttığında satırın arka planı kısa süre yeşil, düştüğünde kırmızı yanıp yavaşça normale dönsün.",
  r"""
class PriceCell extends StatefulWidget {
  const PriceCell({super.key, required this.price});

  final double price;

  @override
  State<PriceCell> createState() => _PriceCellState();
}

class _PriceCellState extends State<PriceCell> {
  Color _flash = Colors.transparent;
  int _version = 0;

  @override
  void didUpdateWidget(PriceCell oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (widget.price != oldWidget.price) {
      _flash = widget.price > oldWidget.price ? Colors.green : Colors.red;
      _version++; // yeni key: animasyon baştan başlar
    }
  }

  @override
  Widget build(BuildContext context) {
    return TweenAnimationBuilder<Color?>(
      key: ValueKey(_version),
      // Renkli başlar, 800 ms'de şeffafa söner
      tween: ColorTween(begin: _flash.withValues(alpha: 0.4), end: Colors.transparent),
      duration: const Duration(milliseconds: 800),
      builder: (context, color, child) => Container(color: color, padding: const EdgeInsets.all(8), child: child),
      child: Text(widget.price.toStringAsFixed(2)),
    );
  }
}
""")

M("orta", "code", ["AnimationController", "ScaleTransition", "FadeTransition"],
  "Haritadaki konum butonunun etrafında radar gibi dalga dalga büyüyüp solan halkalar sürekli çıksın.",
  r"""
class PulseRings extends StatefulWidget {
  const PulseRings({super.key});

  @override
  State<PulseRings> createState() => _PulseRingsState();
}

class _PulseRingsState extends State<PulseRings> with SingleTickerProviderStateMixin {
  late final AnimationController _controller =
      AnimationController(vsync: this, duration: const Duration(seconds: 2))..repeat();

  @override
  void dispose() {
    for (final ring in _rings) {
      ring.dispose();
    }
    _controller.dispose();
    super.dispose();
  }

  // Her halka aynı controller'ın farklı aralığını kullanır (bir kez oluşturulur)
  late final List<CurvedAnimation> _rings = [
    for (final delay in [0.0, 0.35])
      CurvedAnimation(parent: _controller, curve: Interval(delay, 1, curve: Curves.easeOut)),
  ];

  Widget _ring(CurvedAnimation anim) {
    return ScaleTransition(
      scale: Tween(begin: 0.3, end: 1.0).animate(anim),
      child: FadeTransition(
        opacity: Tween(begin: 0.6, end: 0.0).animate(anim),
        child: Container(
          width: 120,
          height: 120,
          decoration: const BoxDecoration(shape: BoxShape.circle, color: Colors.blue),
        ),
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    return Stack(
      alignment: Alignment.center,
      children: [
        for (final ring in _rings) _ring(ring),
        const CircleAvatar(radius: 16, child: Icon(Icons.my_location, size: 18)),
      ],
    );
  }
}
""")

M("kolay", "code", ["SliverAppBar", "stretch", "StretchMode.zoomBackground"],
  "Profil sayfasında en üstteyken aşağı çekince kapak fotoğrafı büyüyerek esnesin (iOS'taki gibi).",
  r"""
class StretchyProfile extends StatelessWidget {
  const StretchyProfile({super.key});

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(
      // Esneme için kaydırma fiziği aşırı kaydırmaya izin vermeli
      physics: const BouncingScrollPhysics(parent: AlwaysScrollableScrollPhysics()),
      slivers: [
        SliverAppBar(
          expandedHeight: 240,
          pinned: true,
          stretch: true,
          flexibleSpace: FlexibleSpaceBar(
            title: const Text('Ayşe Yılmaz'),
            stretchModes: const [StretchMode.zoomBackground, StretchMode.fadeTitle],
            background: Image.network('https://picsum.photos/800/500', fit: BoxFit.cover),
          ),
        ),
        SliverList.builder(
          itemCount: 20,
          itemBuilder: (context, i) => ListTile(title: Text('Gönderi ${i + 1}')),
        ),
      ],
    );
  }
}
""")

M("kolay", "code", ["AnimatedSwitcher", "RotationTransition", "ValueKey"],
  "Favori ikonuna basınca boş kalp dönerek dolu kalbe dönüşsün, tekrar basınca geri dönsün.",
  r"""
class FavoriteToggle extends StatefulWidget {
  const FavoriteToggle({super.key});

  @override
  State<FavoriteToggle> createState() => _FavoriteToggleState();
}

class _FavoriteToggleState extends State<FavoriteToggle> {
  bool _fav = false;

  @override
  Widget build(BuildContext context) {
    return IconButton(
      onPressed: () => setState(() => _fav = !_fav),
      icon: AnimatedSwitcher(
        duration: const Duration(milliseconds: 350),
        transitionBuilder: (child, animation) => RotationTransition(
          turns: Tween(begin: 0.5, end: 1.0).animate(animation),
          child: ScaleTransition(scale: animation, child: child),
        ),
        // Farklı key -> AnimatedSwitcher değişimi fark eder
        child: _fav
            ? const Icon(Icons.favorite, color: Colors.red, key: ValueKey('dolu'))
            : const Icon(Icons.favorite_border, key: ValueKey('bos')),
      ),
    );
  }
}
""")

M("zor", "code", ["CustomPainter", "sin", "AnimationController"],
  "Ekranın altında sürekli dalgalanan bir su efekti yap; dalga sağa doğru akıyormuş gibi görünsün.",
  r"""
class WaveFooter extends StatefulWidget {
  const WaveFooter({super.key});

  @override
  State<WaveFooter> createState() => _WaveFooterState();
}

class _WaveFooterState extends State<WaveFooter> with SingleTickerProviderStateMixin {
  late final AnimationController _c = AnimationController(vsync: this, duration: const Duration(seconds: 2))..repeat();

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      height: 120,
      width: double.infinity,
      child: CustomPaint(painter: _WavePainter(_c, Colors.blue.withValues(alpha: 0.6))),
    );
  }
}

class _WavePainter extends CustomPainter {
  _WavePainter(this.animation, this.color) : super(repaint: animation); // setState gerekmez

  final Animation<double> animation;
  final Color color;

  @override
  void paint(Canvas canvas, Size size) {
    final phase = animation.value * 2 * pi;
    final path = Path()..moveTo(0, size.height);
    for (double x = 0; x <= size.width; x++) {
      // Faz kaydıkça dalga sağa akar
      final y = size.height * 0.4 + sin(x / size.width * 2 * pi * 2 - phase) * 12;
      path.lineTo(x, y);
    }
    path
      ..lineTo(size.width, size.height)
      ..close();
    canvas.drawPath(path, Paint()..color = color);
  }

  @override
  bool shouldRepaint(_WavePainter oldDelegate) => oldDelegate.color != color;
}
""")

M("orta", "code", ["reverse", "from:", "CircularProgressIndicator"],
  "60 saniyelik geri sayımda dairesel gösterge dolu başlasın ve süre azaldıkça boşalsın; ortada kalan saniye yazsın.",
  r"""
class CountdownRing extends StatefulWidget {
  const CountdownRing({super.key});

  @override
  State<CountdownRing> createState() => _CountdownRingState();
}

class _CountdownRingState extends State<CountdownRing> with SingleTickerProviderStateMixin {
  late final AnimationController _c = AnimationController(vsync: this, duration: const Duration(seconds: 60))
    ..reverse(from: 1.0); // 1.0'dan 0.0'a doğru akar

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedBuilder(
      animation: _c,
      builder: (context, _) {
        final secondsLeft = (_c.value * 60).ceil();
        return Stack(
          alignment: Alignment.center,
          children: [
            SizedBox(
              width: 120,
              height: 120,
              child: CircularProgressIndicator(value: _c.value, strokeWidth: 8),
            ),
            Text('$secondsLeft', style: Theme.of(context).textTheme.headlineMedium),
          ],
        );
      },
    );
  }
}
""")

M("kolay", "code", ["lowerBound", "upperBound"],
  "AnimationController 0 ile 1 arasında değer üretiyor, ben doğrudan 0'dan 360'a derece olarak değer almak istiyorum.",
  r"""
class DegreeSpinner extends StatefulWidget {
  const DegreeSpinner({super.key});

  @override
  State<DegreeSpinner> createState() => _DegreeSpinnerState();
}

class _DegreeSpinnerState extends State<DegreeSpinner> with SingleTickerProviderStateMixin {
  // value artık 0..360 arasında
  late final AnimationController _c = AnimationController(
    vsync: this,
    lowerBound: 0,
    upperBound: 360,
    duration: const Duration(seconds: 3),
  )..repeat();

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedBuilder(
      animation: _c,
      builder: (context, _) => Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          // Dereceyi radyana çevirerek döndür
          Transform.rotate(angle: _c.value * pi / 180, child: const Icon(Icons.navigation, size: 48)),
          Text('${_c.value.round()}°'),
        ],
      ),
    );
  }
}
""")

M("kolay", "code", ["forward", "from: 0 | from: 0.0"],
  "Butona her basışta kısa bir sallanma animasyonu baştan oynasın; animasyon bitmiş olsa bile tekrar çalışsın.",
  r"""
class NudgeButton extends StatefulWidget {
  const NudgeButton({super.key});

  @override
  State<NudgeButton> createState() => _NudgeButtonState();
}

class _NudgeButtonState extends State<NudgeButton> with SingleTickerProviderStateMixin {
  late final AnimationController _c = AnimationController(vsync: this, duration: const Duration(milliseconds: 400));

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedBuilder(
      animation: _c,
      builder: (context, child) => Transform.rotate(angle: sin(_c.value * pi * 4) * 0.1, child: child),
      child: IconButton(
        icon: const Icon(Icons.notifications, size: 32),
        // from: 0 -> tamamlanmış olsa da baştan başlar
        onPressed: () => _c.forward(from: 0),
      ),
    );
  }
}
""")

M("orta", "concept", ["CurvedAnimation", "dispose"],
  "CurvedAnimation oluşturduğumda onu da dispose etmem gerekiyor mu, yoksa controller'ı dispose etmek yeterli mi?",
  r"""
// CurvedAnimation parent'ına listener ekler. Controller'dan daha kısa yaşıyorsa
// (ör. build'de her seferinde yeniden oluşturuluyorsa) bu listener'lar birikir.
// Flutter 3.x'te CurvedAnimation'ın dispose metodu var: State'te tuttuğun
// CurvedAnimation'ı controller'dan ÖNCE dispose et. build içinde her seferinde
// CurvedAnimation oluşturmak yerine initState'te bir kez oluştur.

class FadeInBox extends StatefulWidget {
  const FadeInBox({super.key});

  @override
  State<FadeInBox> createState() => _FadeInBoxState();
}

class _FadeInBoxState extends State<FadeInBox> with SingleTickerProviderStateMixin {
  late final AnimationController _controller =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 500))..forward();
  late final CurvedAnimation _curve = CurvedAnimation(parent: _controller, curve: Curves.easeOut);

  @override
  void dispose() {
    _curve.dispose(); // parent'taki listener'ı kaldırır
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) =>
      FadeTransition(opacity: _curve, child: const FlutterLogo(size: 80));
}
""")

M("kolay", "concept", ["AnimatedBuilder", "ListenableBuilder"],
  "AnimatedBuilder ile ListenableBuilder arasında fark var mı? İkisi de listenable alıyor.",
  r"""
// İkisi de aynı işi yapar: verilen Listenable her bildirimde builder'ı yeniden çalıştırır.
// AnimatedBuilder aslında ListenableBuilder'ın alt sınıfıdır; parametre adı 'animation'dır.
// Fark okunabilirlikte: animasyon (AnimationController, Animation) dinlerken AnimatedBuilder,
// ChangeNotifier / ValueNotifier gibi animasyon olmayan şeyleri dinlerken ListenableBuilder
// kullanmak niyeti daha iyi anlatır. İkisinde de 'child' değişmeyen alt ağacı tekrar kurmaz.

Widget spinning(AnimationController controller) => AnimatedBuilder(
      animation: controller,
      builder: (context, child) => Transform.rotate(angle: controller.value * 2 * pi, child: child),
      child: const Icon(Icons.refresh),
    );

Widget cartBadge(ValueNotifier<int> cartCount) => ListenableBuilder(
      listenable: cartCount,
      builder: (context, child) => Badge(label: Text('${cartCount.value}'), child: child),
      child: const Icon(Icons.shopping_cart),
    );
""")

M("kolay", "code", ["isAnimating"],
  "Animasyon oynarken kullanıcı butona tekrar basarsa animasyon yarıda kesilip baştan başlamasın, bu basışı yok say.",
  r"""
class OnceAtATimeButton extends StatefulWidget {
  const OnceAtATimeButton({super.key});

  @override
  State<OnceAtATimeButton> createState() => _OnceAtATimeButtonState();
}

class _OnceAtATimeButtonState extends State<OnceAtATimeButton> with SingleTickerProviderStateMixin {
  late final AnimationController _c = AnimationController(vsync: this, duration: const Duration(seconds: 1));

  void _play() {
    if (_c.isAnimating) return; // oynarken yeni basışı yok say
    _c.forward(from: 0);
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        RotationTransition(turns: _c, child: const Icon(Icons.sync, size: 48)),
        TextButton(onPressed: _play, child: const Text('Senkronize et')),
      ],
    );
  }
}
""")

M("orta", "code", ["AnimatedContainer", "BoxDecoration", "gradient"],
  "Kart seçilince kenarlığı kalınlaşsın, gölgesi artsın ve arka plan gradyanı başka renklere yumuşakça geçsin.",
  r"""
class SelectablePlanCard extends StatelessWidget {
  const SelectablePlanCard({super.key, required this.selected, required this.onTap});

  final bool selected;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTap: onTap,
      // BoxDecoration'daki kenarlık, gölge ve gradyan birlikte canlandırılır
      child: AnimatedContainer(
        duration: const Duration(milliseconds: 350),
        curve: Curves.easeInOut,
        padding: const EdgeInsets.all(20),
        decoration: BoxDecoration(
          borderRadius: BorderRadius.circular(16),
          border: Border.all(color: selected ? Colors.indigo : Colors.grey.shade300, width: selected ? 3 : 1),
          boxShadow: [BoxShadow(color: Colors.black26, blurRadius: selected ? 16 : 2, offset: const Offset(0, 4))],
          gradient: LinearGradient(
            colors: selected ? [Colors.indigo.shade100, Colors.purple.shade100] : [Colors.white, Colors.white],
          ),
        ),
        child: const Text('Yıllık plan - 499 TL'),
      ),
    );
  }
}
""")

M("orta", "code", ["AnimatedList", "removeItem", "SizeTransition"],
  "Yapılacaklar listesinde tamamlanan görev önce üstü çizilsin, yarım saniye sonra yukarı doğru kapanarak listeden çıksın.",
  r"""
class TodoList extends StatefulWidget {
  const TodoList({super.key});

  @override
  State<TodoList> createState() => _TodoListState();
}

class _TodoListState extends State<TodoList> {
  final _key = GlobalKey<AnimatedListState>();
  final _items = ['Süt al', 'Faturayı öde', 'Spor'];
  final _done = <String>{};

  Widget _tile(String item, {bool done = false}) => ListTile(
        title: Text(item, style: TextStyle(decoration: done ? TextDecoration.lineThrough : null)),
        trailing: Checkbox(value: done, onChanged: done ? null : (_) => _complete(item)),
      );

  Future<void> _complete(String item) async {
    setState(() => _done.add(item)); // önce üstünü çiz
    await Future<void>.delayed(const Duration(milliseconds: 500));
    if (!mounted) return;
    final index = _items.indexOf(item);
    _items.removeAt(index);
    _key.currentState!.removeItem(
      index,
      (context, animation) => SizeTransition(sizeFactor: animation, child: _tile(item, done: true)),
      duration: const Duration(milliseconds: 300),
    );
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedList(
      key: _key,
      initialItemCount: _items.length,
      itemBuilder: (context, index, animation) => _tile(_items[index], done: _done.contains(_items[index])),
    );
  }
}
""")

M("orta", "code", ["AnimatedPositioned", "Stack"],
  "Oyun gibi: ekrana dokunduğum noktaya top yumuşakça kayarak gitsin.",
  r"""
class TapToMove extends StatefulWidget {
  const TapToMove({super.key});

  @override
  State<TapToMove> createState() => _TapToMoveState();
}

class _TapToMoveState extends State<TapToMove> {
  static const _size = 40.0;
  Offset _target = const Offset(100, 100);

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      behavior: HitTestBehavior.opaque, // boş alana dokunuşu da yakala
      onTapDown: (details) => setState(() => _target = details.localPosition),
      child: Stack(
        children: [
          AnimatedPositioned(
            duration: const Duration(milliseconds: 500),
            curve: Curves.easeOutCubic,
            // Topun merkezi dokunulan noktaya gelsin
            left: _target.dx - _size / 2,
            top: _target.dy - _size / 2,
            child: Container(
              width: _size,
              height: _size,
              decoration: const BoxDecoration(color: Colors.orange, shape: BoxShape.circle),
            ),
          ),
        ],
      ),
    );
  }
}
""")

M("orta", "code", ["AnimatedSwitcher", "SizeTransition"],
  "Form alanının altındaki hata mesajı birden belirmesin; aşağı doğru açılarak gelsin, düzelince kapanarak kaybolsun.",
  r"""
class AnimatedErrorText extends StatelessWidget {
  const AnimatedErrorText({super.key, this.error});

  final String? error;

  @override
  Widget build(BuildContext context) {
    return AnimatedSwitcher(
      duration: const Duration(milliseconds: 250),
      transitionBuilder: (child, animation) => SizeTransition(
        sizeFactor: animation,
        axisAlignment: -1, // üstten aşağı açılsın
        child: FadeTransition(opacity: animation, child: child),
      ),
      child: error == null
          ? const SizedBox.shrink(key: ValueKey('yok'))
          : Padding(
              key: ValueKey(error),
              padding: const EdgeInsets.only(top: 4),
              child: Text(error!, style: TextStyle(color: Theme.of(context).colorScheme.error)),
            ),
    );
  }
}
""")
M("kolay", "code", ["onTapDown", "onTapUp", "AnimatedScale"],
  "Karta basılı tutarken kart hafifçe küçülsün, parmağımı kaldırınca eski boyutuna dönsün (iOS'taki basma hissi).",
  r"""
class PressableCard extends StatefulWidget {
  const PressableCard({super.key, required this.child, required this.onTap});

  final Widget child;
  final VoidCallback onTap;

  @override
  State<PressableCard> createState() => _PressableCardState();
}

class _PressableCardState extends State<PressableCard> {
  bool _pressed = false;

  void _set(bool value) => setState(() => _pressed = value);

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTapDown: (_) => _set(true),
      onTapUp: (_) => _set(false),
      onTapCancel: () => _set(false), // parmak kayarsa da geri dön
      onTap: widget.onTap,
      child: AnimatedScale(
        scale: _pressed ? 0.96 : 1.0,
        duration: const Duration(milliseconds: 120),
        child: widget.child,
      ),
    );
  }
}
""")

M("orta", "code", ["TweenAnimationBuilder", "Duration"],
  "Basit bir çubuk grafik: ekran açılınca çubuklar alttan yukarı doğru büyüsün, her çubuk bir öncekinden biraz sonra başlasın.",
  r"""
class GrowingBarChart extends StatelessWidget {
  const GrowingBarChart({super.key, required this.values});

  final List<double> values; // 0..1 arası oranlar

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      height: 200,
      child: Row(
        crossAxisAlignment: CrossAxisAlignment.end,
        children: [
          for (var i = 0; i < values.length; i++)
            Expanded(
              child: TweenAnimationBuilder<double>(
                tween: Tween(begin: 0, end: values[i]),
                // Her çubuğun süresi biraz daha uzun: sırayla yetişiyormuş gibi görünür
                duration: Duration(milliseconds: 600 + i * 150),
                curve: Curves.easeOutCubic,
                builder: (context, value, _) => Container(
                  margin: const EdgeInsets.symmetric(horizontal: 4),
                  height: 200 * value,
                  color: Theme.of(context).colorScheme.primary,
                ),
              ),
            ),
        ],
      ),
    );
  }
}
""")

M("orta", "code", ["AnimatedSize", "FloatingActionButton"],
  "Liste en üstteyken FAB 'Yeni mesaj' yazılı geniş haliyle dursun, aşağı kaydırınca yumuşakça sadece ikonlu yuvarlak hale gelsin.",
  r"""
class ComposeFab extends StatelessWidget {
  const ComposeFab({super.key, required this.extended, required this.onPressed});

  final bool extended; // ScrollController.offset == 0 iken true verilir

  final VoidCallback onPressed;

  @override
  Widget build(BuildContext context) {
    return FloatingActionButton.extended(
      onPressed: onPressed,
      icon: const Icon(Icons.edit),
      // Yazının genişliği animasyonla açılıp kapanır
      label: AnimatedSize(
        duration: const Duration(milliseconds: 200),
        child: extended ? const Text('Yeni mesaj') : const SizedBox.shrink(),
      ),
      extendedIconLabelSpacing: extended ? 8 : 0,
      extendedPadding: extended ? null : const EdgeInsets.all(16),
    );
  }
}
""")

M("orta", "code", ["AnimationController", "Transform.rotate", "repeat"],
  "Düzenleme moduna geçince ana ekrandaki ikonlar iOS'taki gibi hafifçe sağa sola titresin, moddan çıkınca dursun.",
  r"""
class WigglingIcon extends StatefulWidget {
  const WigglingIcon({super.key, required this.editing, required this.child});

  final bool editing;
  final Widget child;

  @override
  State<WigglingIcon> createState() => _WigglingIconState();
}

class _WigglingIconState extends State<WigglingIcon> with SingleTickerProviderStateMixin {
  late final AnimationController _c = AnimationController(vsync: this, duration: const Duration(milliseconds: 140));

  @override
  void initState() {
    super.initState();
    _sync();
  }

  @override
  void didUpdateWidget(WigglingIcon oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (oldWidget.editing != widget.editing) _sync();
  }

  void _sync() {
    if (widget.editing) {
      _c.repeat(reverse: true);
    } else {
      _c
        ..stop()
        ..value = 0.5; // düz konumda dur
    }
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedBuilder(
      animation: _c,
      // 0..1 değerini -0.04..0.04 radyana çevir
      builder: (context, child) => Transform.rotate(angle: (_c.value - 0.5) * 0.08, child: child),
      child: widget.child,
    );
  }
}
""")

M("orta", "code", ["AnimatedContainer", "CircularProgressIndicator"],
  "Giriş butonuna basınca buton genişliği daralıp yuvarlak bir yükleniyor göstergesine dönüşsün, işlem bitince tekrar geniş butona dönsün.",
  r"""
class MorphingLoginButton extends StatelessWidget {
  const MorphingLoginButton({super.key, required this.loading, required this.onPressed});

  final bool loading;
  final VoidCallback onPressed;

  @override
  Widget build(BuildContext context) {
    final color = Theme.of(context).colorScheme.primary;
    return GestureDetector(
      onTap: loading ? null : onPressed,
      child: AnimatedContainer(
        duration: const Duration(milliseconds: 300),
        curve: Curves.easeInOut,
        width: loading ? 52 : 260, // daralarak daireye dönüşür
        height: 52,
        alignment: Alignment.center,
        decoration: BoxDecoration(color: color, borderRadius: BorderRadius.circular(26)),
        child: loading
            ? const SizedBox(
                width: 24,
                height: 24,
                child: CircularProgressIndicator(strokeWidth: 2.5, color: Colors.white),
              )
            : const Text('Giriş yap', style: TextStyle(color: Colors.white, fontSize: 16)),
      ),
    );
  }
}
""")

M("orta", "concept", ["Easing", "Durations"],
  "Material 3'ün önerdiği animasyon eğrileri ve süreleri neler, her yerde Curves.easeInOut ve 300 ms yazmak yerine ne kullanmalıyım?",
  r"""
// Flutter, Material 3 motion token'larını sabit olarak sunar:
// Easing.emphasizedDecelerate: ekrana GİREN öğeler (hızlı başlar, yumuşak durur)
// Easing.emphasizedAccelerate: ekrandan ÇIKAN öğeler
// Easing.standard: yerinde değişen öğeler (boyut/renk)
// Durations.short1..extralong4: 50 ms'den 1000 ms'ye standart süreler
//   (ör. küçük öğeler short4=200ms, panel/sayfa geçişleri medium4=400ms civarı)

class SheetPanel extends StatelessWidget {
  const SheetPanel({super.key, required this.open});

  final bool open;

  @override
  Widget build(BuildContext context) {
    return AnimatedSlide(
      offset: open ? Offset.zero : const Offset(0, 1),
      duration: open ? Durations.medium4 : Durations.short4,
      curve: open ? Easing.emphasizedDecelerate : Easing.emphasizedAccelerate,
      child: Container(height: 240, color: Theme.of(context).colorScheme.surfaceContainer),
    );
  }
}
""")
M("kolay", "code", ["RotationTransition", "repeat", "stop"],
  "Yenile ikonu veri yüklenirken sürekli dönsün, yükleme bitince dursun.",
  r"""
class RefreshIcon extends StatefulWidget {
  const RefreshIcon({super.key, required this.loading});

  final bool loading;

  @override
  State<RefreshIcon> createState() => _RefreshIconState();
}

class _RefreshIconState extends State<RefreshIcon> with SingleTickerProviderStateMixin {
  late final AnimationController _c = AnimationController(vsync: this, duration: const Duration(seconds: 1));

  @override
  void initState() {
    super.initState();
    if (widget.loading) _c.repeat();
  }

  @override
  void didUpdateWidget(RefreshIcon oldWidget) {
    super.didUpdateWidget(oldWidget);
    // loading değişince dönmeyi başlat/durdur
    if (widget.loading && !_c.isAnimating) {
      _c.repeat();
    } else if (!widget.loading) {
      _c.stop();
    }
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => RotationTransition(turns: _c, child: const Icon(Icons.refresh));
}
""")

M("kolay", "code", ["SlideTransition", "repeat(reverse: true)"],
  "Sayfanın altındaki aşağı ok ikonu, kullanıcıya 'aşağı kaydır' ipucu vermek için sürekli hafifçe yukarı aşağı zıplasın.",
  r"""
class ScrollHintArrow extends StatefulWidget {
  const ScrollHintArrow({super.key});

  @override
  State<ScrollHintArrow> createState() => _ScrollHintArrowState();
}

class _ScrollHintArrowState extends State<ScrollHintArrow> with SingleTickerProviderStateMixin {
  late final AnimationController _c =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 700))..repeat(reverse: true);

  // Offset birimi widget boyutudur: 0.3 = yüksekliğin %30'u kadar aşağı
  late final Animation<Offset> _offset = Tween(begin: Offset.zero, end: const Offset(0, 0.3))
      .animate(CurvedAnimation(parent: _c, curve: Curves.easeInOut));

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return SlideTransition(
      position: _offset,
      child: const Icon(Icons.keyboard_arrow_down, size: 40),
    );
  }
}
""")

M("zor", "code", ["PageController", "AnimatedBuilder", "viewportFraction"],
  "Yatay kaydırılan kart listesinde (PageView) ortadaki kart tam boyutta, yandaki kartlar biraz küçük görünsün ve kaydırdıkça boyutlar akıcı şekilde değişsin.",
  r"""
class ScaledCarousel extends StatefulWidget {
  const ScaledCarousel({super.key, required this.colors});

  final List<Color> colors;

  @override
  State<ScaledCarousel> createState() => _ScaledCarouselState();
}

class _ScaledCarouselState extends State<ScaledCarousel> {
  // viewportFraction < 1: yandaki kartlar da kısmen görünür
  final _controller = PageController(viewportFraction: 0.75);

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      height: 260,
      child: PageView.builder(
        controller: _controller,
        itemCount: widget.colors.length,
        itemBuilder: (context, index) => AnimatedBuilder(
          animation: _controller,
          builder: (context, child) {
            // Sayfanın merkeze uzaklığı: 0 = tam ortada
            final page = _controller.hasClients && _controller.position.haveDimensions
                ? _controller.page!
                : _controller.initialPage.toDouble();
            final distance = (page - index).abs().clamp(0.0, 1.0);
            return Transform.scale(scale: 1 - distance * 0.15, child: child);
          },
          child: Card(color: widget.colors[index], child: Center(child: Text('Kart ${index + 1}'))),
        ),
      ),
    );
  }
}
""")

M("orta", "code", ["await", "forward"],
  "Açılış ekranında önce logo belirsin, logo animasyonu bittikten sonra altındaki slogan soldan kayarak gelsin; iki ayrı controller kullan.",
  r"""
class IntroSequence extends StatefulWidget {
  const IntroSequence({super.key});

  @override
  State<IntroSequence> createState() => _IntroSequenceState();
}

class _IntroSequenceState extends State<IntroSequence> with TickerProviderStateMixin {
  late final AnimationController _logo = AnimationController(vsync: this, duration: const Duration(milliseconds: 600));
  late final AnimationController _slogan = AnimationController(vsync: this, duration: const Duration(milliseconds: 500));

  @override
  void initState() {
    super.initState();
    _play();
  }

  Future<void> _play() async {
    // forward() bir TickerFuture döndürür: animasyon bitince tamamlanır
    await _logo.forward();
    if (!mounted) return;
    await _slogan.forward();
  }

  @override
  void dispose() {
    _logo.dispose();
    _slogan.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        FadeTransition(opacity: _logo, child: const FlutterLogo(size: 96)),
        SlideTransition(
          position: Tween(begin: const Offset(-1, 0), end: Offset.zero).animate(_slogan),
          child: FadeTransition(opacity: _slogan, child: const Text('Her şey tek yerde')),
        ),
      ],
    );
  }
}
""")

M("orta", "code", ["GravitySimulation", "animateWith"],
  "Butona basınca ekranın üstündeki bir elma gerçek yerçekimi hızlanmasıyla aşağı düşsün (sabit süreli bir tween değil, fizik simülasyonu).",
  r"""
class FallingApple extends StatefulWidget {
  const FallingApple({super.key});

  @override
  State<FallingApple> createState() => _FallingAppleState();
}

class _FallingAppleState extends State<FallingApple> with SingleTickerProviderStateMixin {
  // Sınırsız controller: değer doğrudan piksel cinsinden konum
  late final AnimationController _c = AnimationController.unbounded(vsync: this);

  void _drop() {
    // ivme (piksel/sn²), başlangıç konumu, bitiş konumu, başlangıç hızı
    _c.animateWith(GravitySimulation(2000, 0, 500, 0));
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Stack(
      children: [
        AnimatedBuilder(
          animation: _c,
          builder: (context, child) => Positioned(left: 100, top: _c.value, child: child!),
          child: const Text('🍎', style: TextStyle(fontSize: 40)),
        ),
        Positioned(bottom: 24, left: 24, child: FilledButton(onPressed: _drop, child: const Text('Düşür'))),
      ],
    );
  }
}
""")
# ---------------------------------------------------------------- testing
X("kolay", "code", ["find.widgetWithText("],
  "Ekranda iki tane 'Kaydet' yazısı var (biri başlıkta biri butonda); testte sadece butondaki 'Kaydet'e nasıl basarım?",
  r"""
void main() {
  testWidgets('butondaki Kaydet bulunur', (tester) async {
    var saved = false;
    await tester.pumpWidget(MaterialApp(
      home: Scaffold(
        appBar: AppBar(title: const Text('Kaydet')),
        body: ElevatedButton(onPressed: () => saved = true, child: const Text('Kaydet')),
      ),
    ));

    // find.text iki sonuç bulur; widgetWithText sadece ElevatedButton içindekini
    expect(find.text('Kaydet'), findsNWidgets(2));
    await tester.tap(find.widgetWithText(ElevatedButton, 'Kaydet'));
    expect(saved, isTrue);
  });
}
""")

X("kolay", "code", ["find.byIcon("],
  "AppBar'daki çöp kutusu ikonuna basınca listenin boşaldığını test et; butonun yazısı yok, sadece ikon var.",
  r"""
class TrashDemo extends StatefulWidget {
  const TrashDemo({super.key});

  @override
  State<TrashDemo> createState() => _TrashDemoState();
}

class _TrashDemoState extends State<TrashDemo> {
  final _items = ['a', 'b'];

  @override
  Widget build(BuildContext context) => Scaffold(
        appBar: AppBar(actions: [
          IconButton(icon: const Icon(Icons.delete), onPressed: () => setState(_items.clear)),
        ]),
        body: Column(children: [for (final i in _items) Text(i)]),
      );
}

void main() {
  testWidgets('çöp ikonu listeyi temizler', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: TrashDemo()));
    expect(find.text('a'), findsOneWidget);

    await tester.tap(find.byIcon(Icons.delete)); // ikonla bul
    await tester.pump();

    expect(find.text('a'), findsNothing);
  });
}
""")

X("orta", "code", ["find.ancestor(", "of:", "matching:"],
  "Testte 'Ayşe' yazısını içeren ListTile'ın seçili (selected) olduğunu kontrol etmek istiyorum; yazıdan yukarı doğru ListTile'ı nasıl bulurum?",
  r"""
void main() {
  testWidgets('Ayşe satırı seçili', (tester) async {
    await tester.pumpWidget(MaterialApp(
      home: Scaffold(
        body: ListView(children: const [
          ListTile(title: Text('Ali')),
          ListTile(title: Text('Ayşe'), selected: true),
        ]),
      ),
    ));

    // Metinden yukarı doğru çıkıp en yakın ListTile'ı bul
    final tileFinder = find.ancestor(of: find.text('Ayşe'), matching: find.byType(ListTile));
    final tile = tester.widget<ListTile>(tileFinder);
    expect(tile.selected, isTrue);
  });
}
""")

X("orta", "code", ["pageBack("],
  "Detay sayfasından AppBar'daki geri okuna basınca liste sayfasına dönüldüğünü test et; geri butonunu kendim bulmadan.",
  r"""
void main() {
  testWidgets('geri oku önceki sayfaya döner', (tester) async {
    await tester.pumpWidget(MaterialApp(
      home: Builder(
        builder: (context) => Scaffold(
          body: TextButton(
            onPressed: () => Navigator.push(
              context,
              MaterialPageRoute(builder: (_) => Scaffold(appBar: AppBar(title: const Text('Detay')))),
            ),
            child: const Text('Liste'),
          ),
        ),
      ),
    ));

    await tester.tap(find.text('Liste'));
    await tester.pumpAndSettle();
    expect(find.text('Detay'), findsOneWidget);

    // pageBack: Material veya Cupertino geri butonunu bulup basar
    await tester.pageBack();
    await tester.pumpAndSettle();
    expect(find.text('Detay'), findsNothing);
    expect(find.text('Liste'), findsOneWidget);
  });
}
""")

X("zor", "code", ["handlePopRoute(", "PopScope"],
  "PopScope ile geri çıkışı engellediğim sayfada Android sistem geri tuşuna basıldığında onay dialogunun çıktığını widget testinde doğrula.",
  r"""
class GuardedPage extends StatelessWidget {
  const GuardedPage({super.key});

  @override
  Widget build(BuildContext context) {
    return PopScope(
      canPop: false,
      onPopInvokedWithResult: (didPop, _) {
        if (didPop) return;
        showDialog<void>(context: context, builder: (_) => const AlertDialog(title: Text('Çıkılsın mı?')));
      },
      child: const Scaffold(body: Text('Form')),
    );
  }
}

void main() {
  testWidgets('sistem geri tuşu onay sorar', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: GuardedPage()));

    // Android geri tuşunu simüle eder
    await tester.binding.handlePopRoute();
    await tester.pumpAndSettle();

    expect(find.text('Çıkılsın mı?'), findsOneWidget);
    expect(find.text('Form'), findsOneWidget); // sayfa kapanmadı
  });
}
""")

X("orta", "code", ["tester.state<"],
  "Widget testinde StatefulWidget'ın State nesnesine erişip içindeki sayaç değerini doğrudan kontrol etmek mümkün mü?",
  r"""
class Counter extends StatefulWidget {
  const Counter({super.key});

  @override
  State<Counter> createState() => CounterState();
}

// Testten erişmek için State sınıfı public
class CounterState extends State<Counter> {
  int count = 0;

  void increment() => setState(() => count++);

  @override
  Widget build(BuildContext context) => Text('$count', textDirection: TextDirection.ltr);
}

void main() {
  testWidgets('state doğrudan okunur ve değiştirilir', (tester) async {
    await tester.pumpWidget(const Counter());

    final state = tester.state<CounterState>(find.byType(Counter));
    expect(state.count, 0);

    state.increment();
    await tester.pump();
    expect(find.text('1'), findsOneWidget);
  });
}
""")

X("kolay", "code", ["emitsInAnyOrder("],
  "Paralel çalışan işlerden gelen sonuçları yayan bir stream'in doğru değerleri yaydığını, sıraları önemli olmadan test et.",
  r"""
Stream<String> parallelResults() {
  final controller = StreamController<String>();
  Future.wait([
    Future.delayed(const Duration(milliseconds: 30), () => controller.add('b')),
    Future.delayed(const Duration(milliseconds: 10), () => controller.add('a')),
    Future.delayed(const Duration(milliseconds: 20), () => controller.add('c')),
  ]).then((_) => controller.close());
  return controller.stream;
}

void main() {
  test('tüm sonuçlar gelir, sıra önemsiz', () async {
    await expectLater(
      parallelResults(),
      emitsInOrder([
        emitsInAnyOrder(['a', 'b', 'c']), // bu üçü herhangi bir sırada
        emitsDone,
      ]),
    );
  });
}
""")

X("orta", "code", ["enterText(", "pump(", "Duration("],
  "Arama kutusunda yazma bittikten 500 ms sonra arama yapılıyor (debounce); widget testinde önce aramanın yapılmadığını, süre dolunca yapıldığını doğrula.",
  r"""
class SearchBox extends StatefulWidget {
  const SearchBox({super.key, required this.onSearch});

  final ValueChanged<String> onSearch;

  @override
  State<SearchBox> createState() => _SearchBoxState();
}

class _SearchBoxState extends State<SearchBox> {
  Timer? _debounce;

  @override
  void dispose() {
    _debounce?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => TextField(
        onChanged: (text) {
          _debounce?.cancel();
          _debounce = Timer(const Duration(milliseconds: 500), () => widget.onSearch(text));
        },
      );
}

void main() {
  testWidgets('debounce süresi dolunca aranır', (tester) async {
    final queries = <String>[];
    await tester.pumpWidget(MaterialApp(home: Scaffold(body: SearchBox(onSearch: queries.add))));

    await tester.enterText(find.byType(TextField), 'kalem');
    await tester.pump(const Duration(milliseconds: 300));
    expect(queries, isEmpty); // henüz erken

    await tester.pump(const Duration(milliseconds: 250)); // toplam 550 ms
    expect(queries, ['kalem']);
  });
}
""")

X("orta", "code", ["extends Mock", "thenAnswer(", "Response("],
  "Dio kullanan repository'imi test ederken Dio'yu mocktail ile mock'layıp get isteğinin sahte JSON döndürmesini sağla.",
  r"""
class MockDio extends Mock implements Dio {}

class UserRepository {
  UserRepository(this.dio);

  final Dio dio;

  Future<String> userName(int id) async {
    final response = await dio.get<Map<String, dynamic>>('/users/$id');
    return response.data!['name'] as String;
  }
}

void main() {
  test('kullanıcı adı cevaptan okunur', () async {
    final dio = MockDio();
    when(() => dio.get<Map<String, dynamic>>('/users/1')).thenAnswer(
      (_) async => Response(
        requestOptions: RequestOptions(path: '/users/1'), // Response için zorunlu
        data: {'id': 1, 'name': 'Zeynep'},
        statusCode: 200,
      ),
    );

    expect(await UserRepository(dio).userName(1), 'Zeynep');
  });
}
""")

X("orta", "code", ["textScaler", "takeException("],
  "Kullanıcı telefonda yazı boyutunu çok büyüttüğünde ürün kartımın taşma (overflow) hatası vermediğini widget testiyle kontrol et.",
  r"""
class PriceCard extends StatelessWidget {
  const PriceCard({super.key});

  @override
  Widget build(BuildContext context) => const SizedBox(
        width: 200,
        child: Card(child: Column(children: [Text('Kablosuz Kulaklık'), Text('1.299 TL')])),
      );
}

void main() {
  testWidgets('2x yazı boyutunda taşma olmaz', (tester) async {
    await tester.pumpWidget(
      MaterialApp(
        home: MediaQuery(
          // Cihazın yazı ölçeği ayarını taklit et
          data: const MediaQueryData(textScaler: TextScaler.linear(2.0)),
          child: const Scaffold(body: Center(child: PriceCard())),
        ),
      ),
    );

    // RenderFlex overflow olsaydı burada exception olurdu
    expect(tester.takeException(), isNull);
  });
}
""")

X("orta", "concept", ["pumpAndSettle", "pump("],
  "Widget testinde pumpAndSettle 'timed out' hatası veriyor, ekranda sürekli dönen bir CircularProgressIndicator var. Neden olur, ne yapmalıyım?",
  r"""
// pumpAndSettle, planlanmış frame kalmayana kadar pump eder (varsayılan 10 dk sınırı).
// CircularProgressIndicator, repeat() edilen AnimationController'lar, Shimmer gibi
// SONSUZ animasyonlar her zaman yeni frame istediği için asla 'settle' olmaz -> timed out.
// Çözüm: sonsuz animasyon ekrandayken pumpAndSettle yerine belirli süre pump et.

void main() {
  testWidgets('yükleniyor göstergesi görünür', (tester) async {
    await tester.pumpWidget(const MaterialApp(
      home: Scaffold(body: Center(child: CircularProgressIndicator())),
    ));

    // await tester.pumpAndSettle(); // timed out!
    await tester.pump(const Duration(milliseconds: 500)); // sadece yarım saniye ilerlet

    expect(find.byType(CircularProgressIndicator), findsOneWidget);
  });
}
""")

X("orta", "concept", ["Timer", "dispose", "pump("],
  "Widget testi 'A Timer is still pending even after the widget tree was disposed' hatasıyla bitiyor; ne demek, nasıl düzeltirim?",
  r"""
// Test bittiğinde hâlâ çalışmayı bekleyen bir Timer (Future.delayed dahil) kalmış demektir.
// Çözüm 1 (kod): widget dispose olurken Timer'ı iptal et.
// Çözüm 2 (test): beklenen süre kadar tester.pump(Duration) ile zamanı ilerlet ki timer bitsin.

class AutoHideMessage extends StatefulWidget {
  const AutoHideMessage({super.key});

  @override
  State<AutoHideMessage> createState() => _AutoHideMessageState();
}

class _AutoHideMessageState extends State<AutoHideMessage> {
  late final Timer _timer;
  bool _visible = true;

  @override
  void initState() {
    super.initState();
    _timer = Timer(const Duration(seconds: 3), () => setState(() => _visible = false));
  }

  @override
  void dispose() {
    _timer.cancel(); // bekleyen timer kalmaz
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => Text(_visible ? 'Kaydedildi' : '', textDirection: TextDirection.ltr);
}

void main() {
  testWidgets('mesaj 3 sn sonra kaybolur', (tester) async {
    await tester.pumpWidget(const AutoHideMessage());
    await tester.pump(const Duration(seconds: 3)); // timer çalışıp biter
    expect(find.text('Kaydedildi'), findsNothing);
  });
}
""")

X("orta", "concept", ["TestWidgetsFlutterBinding.ensureInitialized()"],
  "Normal test() içinde rootBundle ile asset okuyan fonksiyonu test edince 'Binding has not yet been initialized' hatası alıyorum.",
  r"""
// rootBundle, platform kanalları ve ServicesBinding'e ihtiyaç duyan kodlar test() içinde
// çalışırken bir binding ister. testWidgets bunu kendisi kurar; düz test() kurmaz.
// Çözüm: main'in başında TestWidgetsFlutterBinding.ensureInitialized() çağır.

Future<List<String>> loadCities() async {
  final text = await rootBundle.loadString('assets/cities.txt');
  return text.split('\n').where((line) => line.trim().isNotEmpty).toList();
}

void main() {
  TestWidgetsFlutterBinding.ensureInitialized();

  test('şehir listesi yüklenir', () async {
    final cities = await loadCities(); // pubspec'te asset tanımlı olmalı
    expect(cities, isNotEmpty);
  });
}
""")

X("zor", "code", ["testExecutable"],
  "Tüm test dosyalarından önce çalışacak ortak bir ayar yapmak istiyorum (ör. golden testler için tolerans veya ortak fake'ler); her dosyaya tek tek yazmadan nasıl olur?",
  r"""
// test/flutter_test_config.dart
// flutter test, aynı klasör ve üst klasörlerdeki bu dosyayı bulur ve
// her test dosyasının main'ini testExecutable içinden çalıştırır.

Future<void> testExecutable(FutureOr<void> Function() testMain) async {
  TestWidgetsFlutterBinding.ensureInitialized();

  // Tüm testler için ortak ayarlar
  setUpAll(() {
    SharedPreferences.setMockInitialValues({});
  });
  setUp(() {
    debugDisableShadows = true; // golden'larda gölge farklarını azalt
  });
  tearDown(() {
    debugDisableShadows = false;
  });

  await testMain();
}
""")

X("kolay", "code", ["unorderedEquals("],
  "Fonksiyonum etiketleri bir Set'ten listeye çevirip döndürüyor, sırası her seferinde değişebilir; içeriği sıradan bağımsız karşılaştır.",
  r"""
List<String> uniqueTags(List<String> tags) => tags.map((t) => t.toLowerCase()).toSet().toList();

void main() {
  test('tekrarlar temizlenir, sıra önemsiz', () {
    final result = uniqueTags(['Flutter', 'dart', 'flutter', 'Mobil']);

    // Aynı elemanlar, herhangi bir sırada
    expect(result, unorderedEquals(['flutter', 'dart', 'mobil']));
    // Sıra önemliyse: orderedEquals([...]) veya equals([...])
  });
}
""")

X("kolay", "code", ["inInclusiveRange("],
  "Zar atan fonksiyonun her zaman 1 ile 6 arasında sayı döndürdüğünü test et.",
  r"""
int rollDice(Random random) => random.nextInt(6) + 1;

void main() {
  test('zar 1-6 arasında', () {
    final random = Random(42); // tekrarlanabilir test için sabit seed
    for (var i = 0; i < 1000; i++) {
      expect(rollDice(random), inInclusiveRange(1, 6));
    }
  });
}
""")

X("kolay", "code", ["predicate", "everyElement("],
  "Bir e-posta listesinin hepsinin '@' içerdiğini test etmek istiyorum; tam bir Matcher sınıfı yazmadan tek seferlik koşul nasıl verilir?",
  r"""
List<String> normalizeEmails(List<String> raw) => raw.map((e) => e.trim().toLowerCase()).toList();

void main() {
  test('tüm e-postalar geçerli görünür', () {
    final emails = normalizeEmails([' Ali@Site.com', 'ayse@site.com ']);

    // predicate: fonksiyon + hata mesajında görünecek açıklama
    expect(
      emails,
      everyElement(predicate<String>((e) => e.contains('@') && e == e.trim(), "'@' içeren ve boşluksuz")),
    );
  });
}
""")

X("orta", "code", ["ensureVisible("],
  "Uzun bir kayıt formunun en altındaki 'Kayıt ol' butonu ekran dışında kaldığı için tap çalışmıyor; testte önce ona kaydırıp sonra bas.",
  r"""
void main() {
  testWidgets('en alttaki butona kaydırıp basılır', (tester) async {
    var submitted = false;
    await tester.pumpWidget(MaterialApp(
      home: Scaffold(
        body: SingleChildScrollView(
          child: Column(
            children: [
              for (var i = 0; i < 15; i++) Padding(padding: const EdgeInsets.all(16), child: TextField(key: Key('alan$i'))),
              ElevatedButton(onPressed: () => submitted = true, child: const Text('Kayıt ol')),
            ],
          ),
        ),
      ),
    ));

    final button = find.text('Kayıt ol');
    // Scrollable atasını kaydırarak widget'ı görünür yapar
    await tester.ensureVisible(button);
    await tester.pumpAndSettle();
    await tester.tap(button);

    expect(submitted, isTrue);
  });
}
""")

X("orta", "code", ["skipOffstage: false"],
  "IndexedStack'te görünmeyen sekmedeki 'Sepet boş' yazısını testte find.text bulamıyor; ekranda olmayan widget'ı da aramaya nasıl dahil ederim?",
  r"""
void main() {
  testWidgets('arka sekmedeki widget da bulunur', (tester) async {
    await tester.pumpWidget(const MaterialApp(
      home: Scaffold(
        body: IndexedStack(
          index: 0,
          children: [Text('Ürünler'), Text('Sepet boş')],
        ),
      ),
    ));

    // Varsayılan olarak offstage (görünmeyen) widget'lar atlanır
    expect(find.text('Sepet boş'), findsNothing);
    expect(find.text('Sepet boş', skipOffstage: false), findsOneWidget);
  });
}
""")

X("orta", "code", ["pumpWidget(", "didUpdateWidget"],
  "Widget'a dışarıdan yeni bir parametre verildiğinde (ör. kullanıcı adı değişince) ekranın güncellendiğini ve didUpdateWidget'ın çalıştığını test et.",
  r"""
class Greeting extends StatefulWidget {
  const Greeting({super.key, required this.name});

  final String name;

  @override
  State<Greeting> createState() => _GreetingState();
}

class _GreetingState extends State<Greeting> {
  int updates = 0;

  @override
  void didUpdateWidget(Greeting oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (oldWidget.name != widget.name) updates++;
  }

  @override
  Widget build(BuildContext context) => Text('Merhaba ${widget.name} ($updates)', textDirection: TextDirection.ltr);
}

void main() {
  testWidgets('yeni parametre ile güncellenir', (tester) async {
    await tester.pumpWidget(const Greeting(name: 'Ali'));
    expect(find.text('Merhaba Ali (0)'), findsOneWidget);

    // Aynı tipte widget'ı yeni parametreyle tekrar pump etmek State'i korur
    await tester.pumpWidget(const Greeting(name: 'Veli'));
    expect(find.text('Merhaba Veli (1)'), findsOneWidget);
  });
}
""")

X("orta", "code", ["debugPrint", "addTearDown("],
  "Fonksiyonum hata olunca debugPrint ile uyarı yazıyor; testte bu uyarının gerçekten yazıldığını nasıl yakalarım?",
  r"""
int parseAge(String input) {
  final value = int.tryParse(input);
  if (value == null) {
    debugPrint('Geçersiz yaş: $input');
    return 0;
  }
  return value;
}

void main() {
  test('geçersiz girişte uyarı yazılır', () {
    final logs = <String?>[];
    final original = debugPrint;
    // debugPrint bir değişken: geçici olarak kendi fonksiyonumuzla değiştiriyoruz
    debugPrint = (String? message, {int? wrapWidth}) => logs.add(message);
    addTearDown(() => debugPrint = original);

    expect(parseAge('abc'), 0);
    expect(logs, contains('Geçersiz yaş: abc'));
  });
}
""")

X("orta", "code", ["blocTest<", "seed:", "act:"],
  "blocTest'te cubit'in başlangıç state'inden değil, hazır bir state'ten (ör. sepette 2 ürün varken) test başlatmak istiyorum.",
  r"""
class CartCubit extends Cubit<List<String>> {
  CartCubit() : super(const []);

  void add(String item) => emit([...state, item]);

  void clear() => emit(const []);
}

void main() {
  blocTest<CartCubit, List<String>>(
    'dolu sepete ürün eklenir',
    build: CartCubit.new,
    // seed: act'ten önce cubit'i bu state'e getirir (emit edilmiş sayılmaz)
    seed: () => ['Kalem', 'Defter'],
    act: (cubit) => cubit.add('Silgi'),
    expect: () => [
      ['Kalem', 'Defter', 'Silgi'],
    ],
  );

  blocTest<CartCubit, List<String>>(
    'temizle boş liste yayar',
    build: CartCubit.new,
    seed: () => ['Kalem'],
    act: (cubit) => cubit.clear(),
    expect: () => [isEmpty],
  );
}
""")

X("orta", "code", ["Completer", "pump("],
  "Kaydet butonuna basınca kayıt sürerken butonun pasif olduğunu, kayıt bitince tekrar aktifleştiğini test et; kaydın ne zaman biteceğini testte ben kontrol etmek istiyorum.",
  r"""
class SaveButton extends StatefulWidget {
  const SaveButton({super.key, required this.onSave});

  final Future<void> Function() onSave;

  @override
  State<SaveButton> createState() => _SaveButtonState();
}

class _SaveButtonState extends State<SaveButton> {
  bool _saving = false;

  @override
  Widget build(BuildContext context) => ElevatedButton(
        onPressed: _saving
            ? null
            : () async {
                setState(() => _saving = true);
                await widget.onSave();
                if (mounted) setState(() => _saving = false);
              },
        child: const Text('Kaydet'),
      );
}

void main() {
  testWidgets('kayıt sürerken buton pasif', (tester) async {
    final completer = Completer<void>(); // kaydın bitişini test yönetir
    await tester.pumpWidget(MaterialApp(home: SaveButton(onSave: () => completer.future)));

    await tester.tap(find.byType(ElevatedButton));
    await tester.pump();
    expect(tester.widget<ElevatedButton>(find.byType(ElevatedButton)).onPressed, isNull);

    completer.complete(); // kayıt bitti
    await tester.pump();
    expect(tester.widget<ElevatedButton>(find.byType(ElevatedButton)).onPressed, isNotNull);
  });
}
""")

X("orta", "code", ["any(that:", "when("],
  "mocktail'de çeviri servisini sadece 'tr' ile başlayan dil kodları için 'Merhaba', diğerleri için 'Hello' döndürecek şekilde stub'la.",
  r"""
abstract class Translator {
  String greet(String locale);
}

class MockTranslator extends Mock implements Translator {}

void main() {
  test('dile göre selamlama', () {
    final translator = MockTranslator();
    // Genel stub önce, daha özel olan sonra: son eşleşen stub kazanır
    when(() => translator.greet(any())).thenReturn('Hello');
    when(() => translator.greet(any(that: startsWith('tr')))).thenReturn('Merhaba');

    expect(translator.greet('tr_TR'), 'Merhaba');
    expect(translator.greet('en_US'), 'Hello');
  });
}
""")

X("orta", "code", ["thenAnswer(", "positionalArguments"],
  "Mock'ladığım kayıt metodunun, kendisine verilen nesneyi aynen geri döndürmesini istiyorum (kaydedilmiş gibi); nasıl yaparım?",
  r"""
class Note {
  Note(this.text);
  final String text;
}

abstract class NoteRepository {
  Future<Note> save(Note note);
}

class MockNoteRepository extends Mock implements NoteRepository {}

void main() {
  setUpAll(() => registerFallbackValue(Note('')));

  test('save verilen notu döndürür', () async {
    final repo = MockNoteRepository();
    // Invocation üzerinden çağrıdaki argümana eriş
    when(() => repo.save(any())).thenAnswer(
      (invocation) async => invocation.positionalArguments.first as Note,
    );

    final saved = await repo.save(Note('Alışveriş'));
    expect(saved.text, 'Alışveriş');
  });
}
""")

X("kolay", "code", ["when(", "thenReturn("],
  "Mock'ladığım AuthService'in isLoggedIn getter'ının true döndürmesini nasıl sağlarım? Metot değil, getter.",
  r"""
abstract class AuthService {
  bool get isLoggedIn;
  String? get userName;
}

class MockAuthService extends Mock implements AuthService {}

void main() {
  test('giriş yapmış kullanıcı', () {
    final auth = MockAuthService();
    // Getter'lar da metot gibi stub'lanır, sadece parantez yok
    when(() => auth.isLoggedIn).thenReturn(true);
    when(() => auth.userName).thenReturn('Deniz');

    expect(auth.isLoggedIn, isTrue);
    expect(auth.userName, 'Deniz');
  });
}
""")

X("orta", "concept", ["thenAnswer(", "Future<void>"],
  "mocktail ile Future<void> dönen logout metodunu stub'lamadan çağırınca \"type 'Null' is not a subtype of type 'Future<void>'\" hatası alıyorum, neden?",
  r"""
// Stub'lanmamış bir mock metodu null döndürür. Dönüş tipi Future<void> olduğu için
// null bu tipe uymaz ve hata alırsın. void dönen metotlarda sorun yoktur ama
// Future<void> için mutlaka stub gerekir.

abstract class SessionService {
  Future<void> logout();
}

class MockSessionService extends Mock implements SessionService {}

void main() {
  test('çıkış yapılır', () async {
    final session = MockSessionService();
    // Boş tamamlanan bir Future döndür
    when(() => session.logout()).thenAnswer((_) async {});

    await session.logout();
    verify(() => session.logout()).called(1);
  });
}
""")

X("kolay", "code", ["retry:"],
  "CI'da ağa bağlı bir test ara sıra başarısız oluyor; başarısız olursa otomatik olarak birkaç kez daha denensin.",
  r"""
Future<bool> pingServer() async {
  await Future<void>.delayed(const Duration(milliseconds: 50));
  return true;
}

void main() {
  test(
    'sunucu erişilebilir',
    () async {
      expect(await pingServer(), isTrue);
    },
    // Başarısız olursa en fazla 2 kez daha çalıştırılır
    retry: 2,
    timeout: const Timeout(Duration(seconds: 10)),
  );
}
// Not: retry kalıcı çözüm değildir; kararsız testin sebebini (gerçek ağ, zaman) bulmak gerekir.
""")

X("kolay", "code", ["testOn:"],
  "Bir testim dart:io File kullanıyor ve web'de (chrome) çalıştırınca hata veriyor; bu testi sadece VM'de çalıştırmak istiyorum.",
  r"""
void main() {
  test(
    'geçici dosyaya yazılıp okunur',
    () async {
      final file = File('${Directory.systemTemp.path}/not.txt');
      await file.writeAsString('merhaba');
      expect(await file.readAsString(), 'merhaba');
      await file.delete();
    },
    // Sadece Dart VM'de (mobil/masaüstü testlerinde) çalışır, web'de atlanır
    testOn: 'vm',
  );
}
// Tüm dosya için: en üste @TestOn('vm') ve ardından library; yazılabilir.
""")

X("kolay", "code", ["printOnFailure("],
  "Test başarısız olduğunda hangi girdiyle başarısız olduğunu görmek için ek bilgi yazdırmak istiyorum, ama başarılı testlerde konsol kirlenmesin.",
  r"""
int discountedPrice(int price, int percent) => price - price * percent ~/ 100;

void main() {
  test('indirim tablosu', () {
    const cases = {(100, 10): 90, (250, 20): 200, (80, 50): 40};
    cases.forEach((input, expected) {
      final result = discountedPrice(input.$1, input.$2);
      // Sadece test başarısız olursa çıktıda görünür
      printOnFailure('girdi: $input, beklenen: $expected, gelen: $result');
      expect(result, expected);
    });
  });
}
""")
X("orta", "code", ["getTopLeft("],
  "Sıralama seçildikten sonra listede 'Armut'un 'Elma'dan önce (daha yukarıda) göründüğünü widget testinde nasıl kontrol ederim?",
  r"""
void main() {
  testWidgets('Armut Elma\'nın üstünde', (tester) async {
    final fruits = ['Elma', 'Armut']..sort();
    await tester.pumpWidget(MaterialApp(
      home: Scaffold(body: ListView(children: [for (final f in fruits) ListTile(title: Text(f))])),
    ));

    // Ekrandaki konumları karşılaştır: küçük dy daha yukarıda demek
    final armutY = tester.getTopLeft(find.text('Armut')).dy;
    final elmaY = tester.getTopLeft(find.text('Elma')).dy;
    expect(armutY, lessThan(elmaY));
  });
}
""")

X("orta", "code", ["tester.widget<", "opacity"],
  "Gizle butonuna basınca bir uyarının AnimatedOpacity ile görünmez olduğunu test et; widget ağaçta kaldığı için findsNothing işe yaramıyor.",
  r"""
class HideableNotice extends StatefulWidget {
  const HideableNotice({super.key});

  @override
  State<HideableNotice> createState() => _HideableNoticeState();
}

class _HideableNoticeState extends State<HideableNotice> {
  bool _visible = true;

  @override
  Widget build(BuildContext context) => Column(children: [
        AnimatedOpacity(
          opacity: _visible ? 1 : 0,
          duration: const Duration(milliseconds: 300),
          child: const Text('Kampanya!'),
        ),
        TextButton(onPressed: () => setState(() => _visible = false), child: const Text('Gizle')),
      ]);
}

void main() {
  testWidgets('uyarı saydamlaşır', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: Scaffold(body: HideableNotice())));
    await tester.tap(find.text('Gizle'));
    await tester.pumpAndSettle();

    // Metin ağaçta duruyor; opacity değerini kontrol ediyoruz
    expect(find.text('Kampanya!'), findsOneWidget);
    final fade = tester.widget<AnimatedOpacity>(find.byType(AnimatedOpacity));
    expect(fade.opacity, 0);
  });
}
""")
M("zor", "code", ["ClipPath", "CustomClipper", "AnimationController"],
  "Koyu moda geçiş butonuna basınca yeni arka plan rengi butonun olduğu noktadan daire şeklinde büyüyerek tüm ekranı kaplasın (circular reveal).",
  r"""
class CircleRevealClipper extends CustomClipper<Path> {
  CircleRevealClipper(this.center, this.fraction);

  final Offset center;
  final double fraction; // 0..1

  @override
  Path getClip(Size size) {
    // Merkezden en uzak köşeye olan mesafe: tam kaplama yarıçapı
    final maxRadius = [
      center.distance,
      (center - Offset(size.width, 0)).distance,
      (center - Offset(0, size.height)).distance,
      (center - Offset(size.width, size.height)).distance,
    ].reduce(max);
    return Path()..addOval(Rect.fromCircle(center: center, radius: maxRadius * fraction));
  }

  @override
  bool shouldReclip(CircleRevealClipper oldClipper) => oldClipper.fraction != fraction;
}

class RevealDemo extends StatefulWidget {
  const RevealDemo({super.key});

  @override
  State<RevealDemo> createState() => _RevealDemoState();
}

class _RevealDemoState extends State<RevealDemo> with SingleTickerProviderStateMixin {
  late final AnimationController _c = AnimationController(vsync: this, duration: const Duration(milliseconds: 600));
  Offset _origin = Offset.zero;

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTapDown: (d) => _origin = d.localPosition, // dokunulan nokta
      onTap: () => _c.isCompleted ? _c.reverse() : _c.forward(),
      child: Stack(
        children: [
          Container(color: Colors.white),
          AnimatedBuilder(
            animation: _c,
            builder: (context, _) => ClipPath(
              clipper: CircleRevealClipper(_origin, Curves.easeInOut.transform(_c.value)),
              child: Container(color: const Color(0xFF121212)),
            ),
          ),
        ],
      ),
    );
  }
}
""")

A("kolay", "concept", ["await", "Future"],
  "Bir Future değişkenini iki kez await edersem içindeki işlem (ör. HTTP isteği) iki kez mi çalışır?",
  r"""
// Hayır. Future bir işlemin SONUCUNU temsil eder; işlem Future oluşturulurken bir kez başlar.
// Aynı Future'ı kaç kez await edersen et aynı sonucu (veya hatayı) alırsın.
// İşlemi tekrar çalıştıran şey fonksiyonu yeniden ÇAĞIRMAKTIR.

var calls = 0;

Future<int> loadCount() async {
  calls++;
  await Future<void>.delayed(const Duration(milliseconds: 100));
  return 42;
}

Future<void> demo() async {
  final future = loadCount(); // istek burada bir kez başlar
  await future;
  await future; // tekrar çalışmaz, aynı sonuç
  print(calls); // 1

  await loadCount(); // fonksiyonu yeniden çağırmak yeni istek demek
  print(calls); // 2
}
""")

A("kolay", "concept", ["Stream.periodic", "cancel"],
  "Stream.periodic ile oluşturduğum stream'in aboneliğini iptal edince arkadaki zamanlayıcı da durur mu, yoksa ayrıca bir şey kapatmam mı gerekir?",
  r"""
// Stream.periodic zamanlayıcısını ilk abonelik gelince başlatır; abonelik cancel edilince
// zamanlayıcı da durur (pause edilince de bekler). Ayrıca kapatılacak bir controller yoktur.
// Yani tek yapman gereken StreamSubscription'ı iptal etmek.

class ClockText extends StatefulWidget {
  const ClockText({super.key});

  @override
  State<ClockText> createState() => _ClockTextState();
}

class _ClockTextState extends State<ClockText> {
  late final StreamSubscription<DateTime> _sub;
  DateTime _now = DateTime.now();

  @override
  void initState() {
    super.initState();
    _sub = Stream.periodic(const Duration(seconds: 1), (_) => DateTime.now())
        .listen((time) => setState(() => _now = time));
  }

  @override
  void dispose() {
    _sub.cancel(); // periyodik timer da durur
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => Text('${_now.hour}:${_now.minute}:${_now.second}');
}
""")

X("orta", "concept", ["setUp(", "extends Mock"],
  "Aynı dosyadaki testler tek başına çalışınca geçiyor ama hepsi birlikte çalışınca bazıları kalıyor; mock'u dosyanın başında bir kez oluşturuyorum. Sorun ne?",
  r"""
// Mock tüm testlerde paylaşıldığı için bir testin stub'ları ve çağrı kayıtları
// (verify sayıları) sonraki teste taşınır. Testler birbirinden bağımsız olmalı:
// mock'u setUp içinde her test için yeniden oluştur (gerekirse reset(mock) da kullanılabilir).

abstract class Api {
  Future<int> fetchCount();
}

class MockApi extends Mock implements Api {}

void main() {
  late MockApi api;

  setUp(() {
    api = MockApi(); // her test temiz bir mock alır
  });

  test('sayı gelir', () async {
    when(() => api.fetchCount()).thenAnswer((_) async => 3);
    expect(await api.fetchCount(), 3);
    verify(() => api.fetchCount()).called(1);
  });

  test('hiç çağrılmadı', () {
    verifyNever(() => api.fetchCount()); // önceki testin çağrısı buraya sızmaz
  });
}
""")

T("orta", "code", ["cardTheme", "CardThemeData", "BorderSide"],
  "Koyu temada kart gölgeleri neredeyse görünmüyor ve kartlar arka plandan ayrışmıyor; sadece koyu temada kartlara ince bir kenarlık ekle.",
  r"""
ThemeData buildTheme(Brightness brightness) {
  final scheme = ColorScheme.fromSeed(seedColor: Colors.teal, brightness: brightness);
  final isDark = brightness == Brightness.dark;
  return ThemeData(
    colorScheme: scheme,
    cardTheme: CardThemeData(
      elevation: isDark ? 0 : 2,
      shape: RoundedRectangleBorder(
        borderRadius: BorderRadius.circular(12),
        // Koyu temada gölge yerine kenarlıkla ayır
        side: isDark ? BorderSide(color: scheme.outlineVariant) : BorderSide.none,
      ),
    ),
  );
}

// MaterialApp(theme: buildTheme(Brightness.light), darkTheme: buildTheme(Brightness.dark))
""")
X("orta", "code", ["MockClient(", "pumpWidget(", "pumpAndSettle("],
  "Ürün listesi ekranım http.Client'ı constructor'dan alıyor; widget testinde sahte bir client verip ekranda sunucudan gelen ürün adlarının listelendiğini doğrula.",
  r"""
class ProductListScreen extends StatefulWidget {
  const ProductListScreen({super.key, required this.client});

  final http.Client client;

  @override
  State<ProductListScreen> createState() => _ProductListScreenState();
}

class _ProductListScreenState extends State<ProductListScreen> {
  // Future bir kez oluşturulur (build içinde değil)
  late final Future<List<String>> _products = _load();

  Future<List<String>> _load() async {
    final response = await widget.client.get(Uri.parse('https://api.example.com/products'));
    final list = jsonDecode(response.body) as List<dynamic>;
    return list.map((e) => (e as Map<String, dynamic>)['name'] as String).toList();
  }

  @override
  Widget build(BuildContext context) => FutureBuilder<List<String>>(
        future: _products,
        builder: (context, snapshot) => snapshot.hasData
            ? ListView(children: [for (final n in snapshot.data!) ListTile(title: Text(n))])
            : const Center(child: CircularProgressIndicator()),
      );
}

void main() {
  testWidgets('ürünler listelenir', (tester) async {
    // Gerçek ağa çıkmadan sabit JSON döndüren client
    final client = MockClient((request) async => http.Response('[{"name": "Kalem"}, {"name": "Defter"}]', 200));

    await tester.pumpWidget(MaterialApp(home: Scaffold(body: ProductListScreen(client: client))));
    await tester.pumpAndSettle();

    expect(find.text('Kalem'), findsOneWidget);
    expect(find.text('Defter'), findsOneWidget);
  });
}
""")

H("zor", "code", ["Hmac", "sha256", "headers"],
  "API her istekte gövde ve zaman damgasından üretilmiş HMAC-SHA256 imzası istiyor (X-Signature ve X-Timestamp header'ları); bunu http ile gönderen bir fonksiyon yaz.",
  r"""
import 'dart:convert';
import 'package:crypto/crypto.dart';
import 'package:http/http.dart' as http;

Future<http.Response> signedPost(Uri url, Map<String, dynamic> payload, String secret) {
  final body = jsonEncode(payload);
  final timestamp = (DateTime.now().millisecondsSinceEpoch ~/ 1000).toString();
  // İmzalanacak metin: zaman damgası + gövde (sunucuyla aynı formatta olmalı)
  final hmac = Hmac(sha256, utf8.encode(secret));
  final signature = hmac.convert(utf8.encode('$timestamp.$body')).toString();

  return http.post(
    url,
    headers: {
      'Content-Type': 'application/json',
      'X-Timestamp': timestamp,
      'X-Signature': signature, // hex formatında
    },
    body: body, // imzalanan metinle birebir aynı gövde gönderilmeli
  );
}
""")
T("kolay", "code", ["labelLarge", "textTheme"],
  "Uygulamadaki tüm butonların yazıları biraz büyük ve yarı kalın olsun; her buton temasını ayrı ayrı ayarlamadan tek yerden nasıl değiştiririm?",
  r"""
ThemeData withBiggerButtonText(ThemeData base) {
  // Material butonları (Elevated, Filled, Outlined, Text) yazı stilini textTheme.labelLarge'dan alır
  return base.copyWith(
    textTheme: base.textTheme.copyWith(
      labelLarge: base.textTheme.labelLarge?.copyWith(fontSize: 16, fontWeight: FontWeight.w600),
    ),
  );
}

// MaterialApp(theme: withBiggerButtonText(ThemeData(colorSchemeSeed: Colors.orange)))
""")

M("orta", "code", ["AnimatedSlide", "AnimatedOpacity", "IgnorePointer"],
  "Filtre butonuna basınca alttan kendi yazdığım bir panel kayarak gelsin, arkadaki sayfa aynı anda yavaşça kararsın; karartılmış alana dokununca panel kapansın.",
  r"""
class FilterOverlay extends StatelessWidget {
  const FilterOverlay({super.key, required this.open, required this.onClose, required this.panel});

  final bool open;
  final VoidCallback onClose;
  final Widget panel;

  @override
  Widget build(BuildContext context) {
    const duration = Duration(milliseconds: 300);
    return Stack(
      children: [
        // Karartma: kapalıyken dokunuşları engellemesin
        IgnorePointer(
          ignoring: !open,
          child: GestureDetector(
            onTap: onClose,
            child: AnimatedOpacity(
              opacity: open ? 1 : 0,
              duration: duration,
              child: Container(color: Colors.black54),
            ),
          ),
        ),
        Align(
          alignment: Alignment.bottomCenter,
          child: AnimatedSlide(
            offset: open ? Offset.zero : const Offset(0, 1), // kendi yüksekliği kadar aşağıda
            duration: duration,
            curve: Curves.easeOutCubic,
            child: Material(
              elevation: 8,
              borderRadius: const BorderRadius.vertical(top: Radius.circular(20)),
              child: SizedBox(width: double.infinity, height: 320, child: panel),
            ),
          ),
        ),
      ],
    );
  }
}
""")


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[2] / "data" / "drafts-qa" / "train-b.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for row in ROWS:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(ROWS), "rows ->", out)
    print(Counter(r["topic"] for r in ROWS))
