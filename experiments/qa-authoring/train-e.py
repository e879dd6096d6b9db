"""Authored Q&A rows with phrasings (navigation, state, async, http_json) -> data/drafts-qa/train-e.jsonl.

Ids start at 4000 per topic. Each row: question + exactly two more phrasings of the same request.
Run: .venv/bin/python experiments/qa-authoring/train-e.py
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "data" / "drafts-qa" / "train-e.jsonl"
ROWS = []
TR = set("çğıöşüÇĞİÖŞÜ")
try:  # the validator's own Turkish check, to catch weak phrasings before running it
    from flutr.turkish import is_turkish as _is_turkish
except ImportError:
    _is_turkish = None


def R(num, topic, difficulty, kind, question, phrasings, must_contain, answer, api_free=False):
    row = {
        "id": f"{topic}-{num}",
        "question": question,
        "phrasings": phrasings,
        "answer": answer.strip("\n"),
        "topic": topic,
        "difficulty": difficulty,
        "kind": kind,
        "must_contain": must_contain,
    }
    if api_free:
        row["api_free"] = True
    ROWS.append(row)


def _code_only(answer):
    # '//' yorumlarını at (string içindeki 'https://' bozulmasın diye basit kural: satır başı yorumları ve ' // ')
    out = []
    for line in answer.splitlines():
        s = line.strip()
        if s.startswith("//"):
            continue
        out.append(re.split(r"\s//\s", line)[0])
    return "\n".join(out)


def check():
    ids = set()
    problems = []
    for r in ROWS:
        rid = r["id"]
        if rid in ids:
            problems.append(f"{rid}: duplicate id")
        ids.add(rid)
        texts = [r["question"], *r["phrasings"]]
        if len(r["phrasings"]) != 2:
            problems.append(f"{rid}: need exactly two phrasings")
        for t in texts:
            if not 20 <= len(t) <= 200:
                problems.append(f"{rid}: length {len(t)}: {t}")
            if "//" in t:
                problems.append(f"{rid}: '//' in text")
        for t in texts:
            if _is_turkish is not None and not _is_turkish(t):
                problems.append(f"{rid}: not Turkish enough: {t}")
        if len({t.strip().lower() for t in texts}) != 3:
            problems.append(f"{rid}: phrasings not distinct")
        if not any(not (set(t) & TR) for t in texts):
            problems.append(f"{rid}: no text without Turkish letters")
        code = _code_only(r["answer"])
        for item in r["must_contain"]:
            alts = [a.strip() for a in item.split("|")]
            if not any(a in code for a in alts):
                problems.append(f"{rid}: must_contain {item!r} not in code")
        if r["kind"] == "concept" and "//" not in r["answer"]:
            problems.append(f"{rid}: concept row without explanation")
    for p in problems:
        print("PROBLEM", p)
    return not problems


def write():
    ok = check()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(ROWS), "rows ->", OUT, dict(Counter(r["topic"] for r in ROWS)),
          "api_free:", sum(1 for r in ROWS if r.get("api_free")),
          "concept:", sum(1 for r in ROWS if r["kind"] == "concept"), "ok" if ok else "WITH PROBLEMS")


# ---------------------------------------------------------------- navigation
R(4000, "navigation", "zor", "code",
  "Alttan açılan panelin içinde adım adım ilerleyen sayfalar olsun; panel kapanmadan içeride ileri ve geri gidilebilsin.",
  ["Bottom sheet icinde kendi sayfa gecmisi olan cok adimli bir akis nasil yaparim?",
   "Alttan açılan pencerede adres seçimi ve onay adımlarını ayrı sayfalar olarak göster, geri okuyla önceki adıma dön."],
  ["Navigator", "showModalBottomSheet"], r"""
// Panelin içine ayrı bir Navigator koyarak kendi sayfa geçmişini veriyoruz
Future<void> showAddressFlow(BuildContext context) {
  return showModalBottomSheet<void>(
    context: context,
    isScrollControlled: true,
    builder: (sheetContext) => SizedBox(
      height: MediaQuery.sizeOf(sheetContext).height * 0.6,
      child: Navigator(
        onGenerateRoute: (_) => MaterialPageRoute(
          builder: (innerContext) => Scaffold(
            appBar: AppBar(title: const Text('Adım 1: Şehir')),
            body: ListTile(
              title: const Text('İstanbul'),
              trailing: const Icon(Icons.chevron_right),
              // İç Navigator'a push: panel açık kalır
              onTap: () => Navigator.of(innerContext).push(
                MaterialPageRoute(builder: (_) => const _ConfirmStep(city: 'İstanbul')),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

class _ConfirmStep extends StatelessWidget {
  const _ConfirmStep({required this.city});
  final String city;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      // AppBar'ın geri oku iç Navigator'da bir önceki adıma döner
      appBar: AppBar(title: const Text('Adım 2: Onay')),
      body: Center(
        child: FilledButton(
          // rootNavigator: true ile paneli tamamen kapat
          onPressed: () => Navigator.of(context, rootNavigator: true).pop(),
          child: Text('$city adresini kaydet'),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4001, "navigation", "zor", "code",
  "Bildirime tıklanıp uygulama açılınca doğrudan sipariş detayı açılsın ama geri basınca uygulama kapanmasın, ana sayfaya dönülsün.",
  ["Bildirimden acilan uygulamada detay sayfasinin altinda ana sayfa da olsun, geri tusu ana sayfaya donsun.",
   "Uygulama bildirimle açıldığında sayfa geçmişini ana sayfa + sipariş detayı olarak nasıl kurarım?"],
  ["onGenerateInitialRoutes"], r"""
class ShopApp extends StatelessWidget {
  const ShopApp({super.key, this.launchOrderId});

  // Bildirimden gelen sipariş id'si (normal açılışta null)
  final String? launchOrderId;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      initialRoute: '/',
      // Başlangıç yığınını elle kur: en altta ana sayfa, üstünde detay
      onGenerateInitialRoutes: (initialRoute) => [
        MaterialPageRoute(builder: (_) => const HomePage()),
        if (launchOrderId != null)
          MaterialPageRoute(builder: (_) => OrderDetailPage(orderId: launchOrderId!)),
      ],
      onGenerateRoute: (settings) => MaterialPageRoute(builder: (_) => const HomePage()),
    );
  }
}

class HomePage extends StatelessWidget {
  const HomePage({super.key});

  @override
  Widget build(BuildContext context) =>
      Scaffold(appBar: AppBar(title: const Text('Ana sayfa')));
}

class OrderDetailPage extends StatelessWidget {
  const OrderDetailPage({super.key, required this.orderId});
  final String orderId;

  @override
  Widget build(BuildContext context) =>
      Scaffold(appBar: AppBar(title: Text('Sipariş #$orderId')));
}
""", api_free=True)

R(4002, "navigation", "zor", "code",
  "Sepet sayfası yığında zaten açıksa yenisini açma, aradaki sayfaları kapatıp ona dön; açık değilse yeni aç.",
  ["Sepet sayfasi stackte varsa ona geri don, yoksa pushNamed ile ac; ayni sayfa iki kez acilmasin.",
   "Açık sayfalar arasında sepet zaten varsa oraya nasıl geri dönerim, yoksa nasıl yeni açarım?"],
  ["popUntil", "pushNamed", "NavigatorObserver"], r"""
// Açık route adlarını takip eden gözlemci
class RouteStackObserver extends NavigatorObserver {
  final List<String?> names = [];

  @override
  void didPush(Route<dynamic> route, Route<dynamic>? previousRoute) => names.add(route.settings.name);

  @override
  void didPop(Route<dynamic> route, Route<dynamic>? previousRoute) => names.removeLast();

  @override
  void didRemove(Route<dynamic> route, Route<dynamic>? previousRoute) => names.remove(route.settings.name);

  @override
  void didReplace({Route<dynamic>? newRoute, Route<dynamic>? oldRoute}) {
    final i = names.indexOf(oldRoute?.settings.name);
    if (i != -1) names[i] = newRoute?.settings.name;
  }
}

final routeStack = RouteStackObserver(); // MaterialApp(navigatorObservers: [routeStack])

void openCart(BuildContext context) {
  if (routeStack.names.contains('/sepet')) {
    // Aradaki sayfaları kapatıp mevcut sepete dön
    Navigator.popUntil(context, ModalRoute.withName('/sepet'));
  } else {
    Navigator.pushNamed(context, '/sepet');
  }
}
""")

R(4003, "navigation", "orta", "code",
  "Sayfanın üstünde geldiğim yolu 'Ana sayfa > Elektronik > Telefon' şeklinde göster; bir parçaya basınca o sayfaya geri dönülsün.",
  ["Kategori sayfalarinin ustunde gezinti yolu (breadcrumb) goster, tiklanan seviyeye geri donulsun.",
   "İç içe kategori sayfalarında üstte hangi kategorilerden geçtiğimi gösteren tıklanabilir bir yol nasıl yaparım?"],
  ["popUntil | pop", "push"], r"""
class CategoryPage extends StatelessWidget {
  const CategoryPage({super.key, required this.path});

  // Kökten bu sayfaya kadar geçilen kategori adları
  final List<String> path;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text(path.last),
        bottom: PreferredSize(
          preferredSize: const Size.fromHeight(32),
          child: SingleChildScrollView(
            scrollDirection: Axis.horizontal,
            child: Row(
              children: [
                for (var i = 0; i < path.length; i++) ...[
                  if (i > 0) const Icon(Icons.chevron_right, size: 16),
                  TextButton(
                    // Kaç seviye geri gidileceği: path.length - 1 - i
                    onPressed: () {
                      var count = 0;
                      Navigator.popUntil(context, (_) => count++ >= path.length - 1 - i);
                    },
                    child: Text(path[i]),
                  ),
                ],
              ],
            ),
          ),
        ),
      ),
      body: ListView(
        children: [
          for (final sub in ['Telefon', 'Tablet', 'Aksesuar'])
            ListTile(
              title: Text(sub),
              onTap: () => Navigator.push(
                context,
                MaterialPageRoute(builder: (_) => CategoryPage(path: [...path, sub])),
              ),
            ),
        ],
      ),
    );
  }
}

// İlk sayfa: CategoryPage(path: ['Ana sayfa'])
""", api_free=True)

R(4004, "navigation", "zor", "code",
  "Butona basınca yeni sayfa, basılan noktadan başlayıp büyüyen bir daire şeklinde açılsın.",
  ["Sayfa gecisi tiklanan yerden dairesel olarak genisleyerek acilsin (circular reveal).",
   "Yeni sayfanın dokunduğum noktadan daire gibi büyüyerek açılmasını nasıl sağlarım?"],
  ["PageRouteBuilder", "ClipPath | ClipOval"], r"""
class CircularRevealRoute<T> extends PageRouteBuilder<T> {
  CircularRevealRoute({required this.center, required WidgetBuilder builder})
      : super(
          transitionDuration: const Duration(milliseconds: 500),
          pageBuilder: (context, _, __) => builder(context),
          transitionsBuilder: (context, animation, _, child) {
            final size = MediaQuery.sizeOf(context);
            // Ekranın en uzak köşesine kadar büyümesi gereken yarıçap
            final maxRadius = size.longestSide * 1.2;
            return AnimatedBuilder(
              animation: animation,
              builder: (context, _) => ClipPath(
                clipper: _CircleClipper(center, maxRadius * Curves.easeOut.transform(animation.value)),
                child: child,
              ),
            );
          },
        );

  final Offset center;
}

class _CircleClipper extends CustomClipper<Path> {
  _CircleClipper(this.center, this.radius);
  final Offset center;
  final double radius;

  @override
  Path getClip(Size size) => Path()..addOval(Rect.fromCircle(center: center, radius: radius));

  @override
  bool shouldReclip(_CircleClipper old) => old.radius != radius || old.center != center;
}

class RevealButton extends StatelessWidget {
  const RevealButton({super.key});

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTapUp: (details) => Navigator.push(
        context,
        CircularRevealRoute<void>(
          center: details.globalPosition, // basılan nokta
          builder: (_) => Scaffold(appBar: AppBar(title: const Text('Detay'))),
        ),
      ),
      child: const Chip(label: Text('Aç')),
    );
  }
}
""", api_free=True)

R(4005, "navigation", "orta", "code",
  "Yeni sayfa sağdan gelirken eski sayfa da aynı anda sola kayarak ekrandan çıksın.",
  ["Sayfa geciste eski sayfa sola itilsin, yenisi sagdan girsin; ikisi birlikte kaysin.",
   "secondaryAnimation ile açılan sayfanın altındaki sayfayı da kaydıran geçişi nasıl yazarım?"],
  ["secondaryAnimation", "SlideTransition"], r"""
// Altta kalan sayfa da bu route'un secondaryAnimation'ı ile sola kayar.
// Bunun için her iki sayfa da bu route ile açılmalıdır.
class PushSlideRoute<T> extends PageRouteBuilder<T> {
  PushSlideRoute({required WidgetBuilder builder})
      : super(
          pageBuilder: (context, _, __) => builder(context),
          transitionsBuilder: (context, animation, secondaryAnimation, child) {
            // Bu sayfa açılırken: sağdan içeri gir
            final enter = Tween(begin: const Offset(1, 0), end: Offset.zero)
                .animate(CurvedAnimation(parent: animation, curve: Curves.easeOutCubic));
            // Üstüne yeni sayfa açılırken: sola doğru çık
            final exit = Tween(begin: Offset.zero, end: const Offset(-1, 0))
                .animate(CurvedAnimation(parent: secondaryAnimation, curve: Curves.easeOutCubic));
            return SlideTransition(
              position: enter,
              child: SlideTransition(position: exit, child: child),
            );
          },
        );
}

// Kullanım: Navigator.push(context, PushSlideRoute(builder: (_) => const DetailPage()));
""")

R(4006, "navigation", "orta", "code",
  "Alt menüde 'Profil' sekmesine giriş yapmamış kullanıcı basınca sekme değişmesin, 'Önce giriş yapın' uyarısı çıksın.",
  ["Kullanici giris yapmadiysa alt menude profil sekmesine gecmesini engelle ve bir uyari mesaji goster.",
   "Misafir kullanıcı alt menüdeki profil sekmesine dokunduğunda seçimi nasıl engellerim?"],
  ["NavigationBar | BottomNavigationBar", "onDestinationSelected | onTap"], r"""
class MainShell extends StatefulWidget {
  const MainShell({super.key, required this.isLoggedIn});
  final bool isLoggedIn;

  @override
  State<MainShell> createState() => _MainShellState();
}

class _MainShellState extends State<MainShell> {
  int _index = 0;
  static const _profileIndex = 2;

  void _select(int i) {
    if (i == _profileIndex && !widget.isLoggedIn) {
      // Seçimi değiştirmeden uyarı göster
      ScaffoldMessenger.of(context)
        ..hideCurrentSnackBar()
        ..showSnackBar(const SnackBar(content: Text('Önce giriş yapın')));
      return;
    }
    setState(() => _index = i);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: IndexedStack(
        index: _index,
        children: const [Center(child: Text('Ana sayfa')), Center(child: Text('Ara')), Center(child: Text('Profil'))],
      ),
      bottomNavigationBar: NavigationBar(
        selectedIndex: _index,
        onDestinationSelected: _select,
        destinations: const [
          NavigationDestination(icon: Icon(Icons.home_outlined), label: 'Ana sayfa'),
          NavigationDestination(icon: Icon(Icons.search), label: 'Ara'),
          NavigationDestination(icon: Icon(Icons.person_outline), label: 'Profil'),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4007, "navigation", "zor", "code",
  "Kategoriler sunucudan geliyor; TabBar'daki sekme sayısı gelen kategori sayısına göre oluşsun ve liste değişince sekmeler güncellensin.",
  ["Sekme sayisi sabit degil, API'den gelen kategorilere gore dinamik sekmeler nasil yapilir?",
   "Sunucudan gelen kategori listesine göre sekmeleri ve sekme içeriklerini oluştur."],
  ["DefaultTabController | TabController", "length", "TabBarView"], r"""
class CategoryTabs extends StatelessWidget {
  const CategoryTabs({super.key, required this.categories});

  // Sunucudan gelen kategori adları
  final List<String> categories;

  @override
  Widget build(BuildContext context) {
    if (categories.isEmpty) {
      return const Scaffold(body: Center(child: Text('Kategori yok')));
    }
    // length değişince controller yeniden kurulsun diye key veriyoruz
    return DefaultTabController(
      key: ValueKey(categories.length),
      length: categories.length,
      child: Scaffold(
        appBar: AppBar(
          title: const Text('Mağaza'),
          bottom: TabBar(
            isScrollable: true,
            tabs: [for (final c in categories) Tab(text: c)],
          ),
        ),
        body: TabBarView(
          children: [
            for (final c in categories) Center(child: Text('$c ürünleri')),
          ],
        ),
      ),
    );
  }
}
""")

R(4008, "navigation", "kolay", "code",
  "Yan menüde menü öğeleri üstte olsun, 'Çıkış yap' butonu ise her zaman menünün en altına sabitlensin.",
  ["Drawer'da cikis butonunu en alta nasil yaslarim?",
   "Yan menünün en altında duran bir çıkış yap satırı ekle, üstteki öğeler kaydırılabilsin."],
  ["Drawer", "Expanded"], r"""
class AppDrawer extends StatelessWidget {
  const AppDrawer({super.key, required this.onLogout});
  final VoidCallback onLogout;

  @override
  Widget build(BuildContext context) {
    return Drawer(
      child: SafeArea(
        child: Column(
          children: [
            // Üst kısım kalan alanı kaplar ve kendi içinde kayar
            Expanded(
              child: ListView(
                children: const [
                  ListTile(leading: Icon(Icons.home), title: Text('Ana sayfa')),
                  ListTile(leading: Icon(Icons.receipt_long), title: Text('Siparişlerim')),
                  ListTile(leading: Icon(Icons.settings), title: Text('Ayarlar')),
                ],
              ),
            ),
            const Divider(height: 1),
            ListTile(
              leading: const Icon(Icons.logout),
              title: const Text('Çıkış yap'),
              onTap: () {
                Navigator.pop(context); // önce menüyü kapat
                onLogout();
              },
            ),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

R(4009, "navigation", "orta", "code",
  "Kaydet'e basınca düzenleme sayfası kapansın ve önceki sayfanın altında 'Kaydedildi' mesajı görünsün.",
  ["Sayfayi kapattiktan sonra onceki sayfada SnackBar nasil gosterilir?",
   "Düzenleme ekranından çıkarken bir önceki ekranda kısa bir kaydedildi bildirimi göster."],
  ["ScaffoldMessenger", "pop"], r"""
class EditNotePage extends StatelessWidget {
  const EditNotePage({super.key});

  Future<void> _save(BuildContext context) async {
    // ScaffoldMessenger uygulama seviyesindedir; pop'tan önce referansı al
    final messenger = ScaffoldMessenger.of(context);
    final navigator = Navigator.of(context);
    await Future<void>.delayed(const Duration(milliseconds: 300)); // kaydetme işlemi
    navigator.pop();
    // Sayfa kapansa da mesaj alttaki sayfanın Scaffold'unda görünür
    messenger.showSnackBar(const SnackBar(content: Text('Kaydedildi')));
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Notu düzenle')),
      body: const Padding(padding: EdgeInsets.all(16), child: TextField(maxLines: null)),
      floatingActionButton: FloatingActionButton(
        onPressed: () => _save(context),
        child: const Icon(Icons.check),
      ),
    );
  }
}
""", api_free=True)

R(4010, "navigation", "kolay", "code",
  "Ürün detayındaki 'Benzer ürünler'den birine basınca yeni detay mevcut sayfanın yerine açılsın; geri basınca listeye dönülsün.",
  ["Benzer urune tiklayinca detay sayfalari ust uste birikmesin, mevcut sayfanin yerine acilsin.",
   "Detaydan başka bir detaya geçerken eski detay sayfası geçmişte kalmasın, bunu nasıl yaparım?"],
  ["pushReplacement"], r"""
class ProductDetailPage extends StatelessWidget {
  const ProductDetailPage({super.key, required this.productId});
  final int productId;

  @override
  Widget build(BuildContext context) {
    final similar = [productId + 1, productId + 2, productId + 3];
    return Scaffold(
      appBar: AppBar(title: Text('Ürün $productId')),
      body: ListView(
        children: [
          const ListTile(title: Text('Benzer ürünler')),
          for (final id in similar)
            ListTile(
              title: Text('Ürün $id'),
              // Yığına eklemek yerine bu sayfayı değiştir
              onTap: () => Navigator.pushReplacement(
                context,
                MaterialPageRoute(builder: (_) => ProductDetailPage(productId: id)),
              ),
            ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4011, "navigation", "zor", "code",
  "Her sayfada kullanıcının ne kadar süre kaldığını ölç; üstüne başka sayfa açılınca süre dursun, geri gelince devam etsin.",
  ["Sayfada gecirilen sureyi RouteAware ile olc, ustte baska sayfa varken sayma.",
   "Kullanıcının bir ekranda kaç saniye kaldığını üstteki sayfalar hariç tutarak nasıl hesaplarım?"],
  ["RouteAware", "RouteObserver", "Stopwatch"], r"""
final routeObserver = RouteObserver<ModalRoute<void>>(); // MaterialApp(navigatorObservers: [routeObserver])

class TrackedPage extends StatefulWidget {
  const TrackedPage({super.key, required this.name, required this.child});
  final String name;
  final Widget child;

  @override
  State<TrackedPage> createState() => _TrackedPageState();
}

class _TrackedPageState extends State<TrackedPage> with RouteAware {
  final _watch = Stopwatch();

  @override
  void didChangeDependencies() {
    super.didChangeDependencies();
    final route = ModalRoute.of(context);
    if (route != null) routeObserver.subscribe(this, route);
  }

  @override
  void didPush() => _watch.start(); // sayfa açıldı

  @override
  void didPushNext() => _watch.stop(); // üstüne başka sayfa açıldı

  @override
  void didPopNext() => _watch.start(); // üstteki kapandı, tekrar görünür

  @override
  void didPop() => _watch.stop();

  @override
  void dispose() {
    routeObserver.unsubscribe(this);
    debugPrint('${widget.name}: ${_watch.elapsed.inSeconds} sn görüntülendi');
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => widget.child;
}
""")

R(4012, "navigation", "orta", "code",
  "go_router'da ödeme sayfasından 'Sipariş alındı' sayfasına geçerken ödeme sayfası geçmişten silinsin, geri basınca ödemeye dönülmesin.",
  ["go_router ile mevcut sayfanin yerine yeni sayfa ac, geri tusu eski sayfaya donmesin.",
   "go_router kullanırken pushReplacement benzeri bir geçiş nasıl yapılır?"],
  ["pushReplacement | replace", "GoRoute"], r"""
// pubspec.yaml: go_router
final router = GoRouter(
  routes: [
    GoRoute(path: '/', builder: (_, __) => const CartPage()),
    GoRoute(path: '/odeme', builder: (_, __) => const PaymentPage()),
    GoRoute(path: '/siparis-alindi', builder: (_, __) => const Scaffold(body: Center(child: Text('Sipariş alındı')))),
  ],
);

class CartPage extends StatelessWidget {
  const CartPage({super.key});

  @override
  Widget build(BuildContext context) => Scaffold(
        body: Center(child: FilledButton(onPressed: () => context.push('/odeme'), child: const Text('Ödemeye geç'))),
      );
}

class PaymentPage extends StatelessWidget {
  const PaymentPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ödeme')),
      body: Center(
        child: FilledButton(
          // Ödeme sayfası yığından çıkar; geri basınca sepete dönülür
          onPressed: () => context.pushReplacement('/siparis-alindi'),
          child: const Text('Öde'),
        ),
      ),
    );
  }
}
""")

R(4013, "navigation", "orta", "code",
  "go_router'da /urun/:id adresine sayı olmayan bir id gelirse sadece bu rotada kontrol yapıp 'bulunamadı' sayfasına yönlendir.",
  ["go_router'da tek bir route icin redirect yaz: id gecersizse /bulunamadi sayfasina gitsin.",
   "Ürün adresindeki id geçersizse kullanıcıyı hata sayfasına gönderen rota bazlı bir kontrol nasıl eklenir?"],
  ["redirect", "pathParameters"], r"""
// pubspec.yaml: go_router
final router = GoRouter(
  routes: [
    GoRoute(path: '/', builder: (_, __) => const Scaffold(body: Center(child: Text('Ana sayfa')))),
    GoRoute(
      path: '/urun/:id',
      // Sadece bu rotaya özel kontrol; null dönerse sayfa normal açılır
      redirect: (context, state) {
        final id = int.tryParse(state.pathParameters['id'] ?? '');
        return id == null ? '/bulunamadi' : null;
      },
      builder: (context, state) {
        final id = int.parse(state.pathParameters['id']!);
        return Scaffold(appBar: AppBar(title: Text('Ürün $id')));
      },
    ),
    GoRoute(
      path: '/bulunamadi',
      builder: (_, __) => const Scaffold(body: Center(child: Text('Ürün bulunamadı'))),
    ),
  ],
);
""")

R(4014, "navigation", "orta", "code",
  "Galeride bir fotoğrafa tıklayınca tam ekran açılsın ve oradan sağa sola kaydırarak diğer fotoğraflara geçilebilsin.",
  ["Tiklanan resimden baslayan tam ekran kaydirmali galeri sayfasi yap.",
   "Fotoğraf ızgarasından açılan tam ekran sayfada tıklanan resimden başlayıp kaydırarak gezinmeyi nasıl yaparım?"],
  ["PageController", "initialPage", "PageView"], r"""
class PhotoGrid extends StatelessWidget {
  const PhotoGrid({super.key, required this.urls});
  final List<String> urls;

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 3),
      itemCount: urls.length,
      itemBuilder: (context, i) => GestureDetector(
        onTap: () => Navigator.push(
          context,
          MaterialPageRoute(builder: (_) => PhotoViewerPage(urls: urls, startIndex: i)),
        ),
        child: Image.network(urls[i], fit: BoxFit.cover),
      ),
    );
  }
}

class PhotoViewerPage extends StatefulWidget {
  const PhotoViewerPage({super.key, required this.urls, required this.startIndex});
  final List<String> urls;
  final int startIndex;

  @override
  State<PhotoViewerPage> createState() => _PhotoViewerPageState();
}

class _PhotoViewerPageState extends State<PhotoViewerPage> {
  late final PageController _controller = PageController(initialPage: widget.startIndex);
  late int _current = widget.startIndex;

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      backgroundColor: Colors.black,
      appBar: AppBar(title: Text('${_current + 1} / ${widget.urls.length}')),
      body: PageView.builder(
        controller: _controller,
        itemCount: widget.urls.length,
        onPageChanged: (i) => setState(() => _current = i),
        itemBuilder: (_, i) => InteractiveViewer(child: Center(child: Image.network(widget.urls[i]))),
      ),
    );
  }
}
""", api_free=True)

R(4015, "navigation", "zor", "code",
  "Detay sayfasında 'Sil'e basınca sayfa kapansın, liste o kaydı kaldırsın ve listede 'Geri al' butonlu bir mesaj çıksın.",
  ["Detaydan silme sonucunu listeye dondur; liste ogeyi cikarip geri al secenegi sunsun.",
   "Silme işlemini detay sayfasından yapıp sonucu listeye nasıl iletirim, ardından geri alma nasıl eklenir?"],
  ["pop", "await", "SnackBarAction"], r"""
enum DetailResult { deleted }

class NoteListPage extends StatefulWidget {
  const NoteListPage({super.key});

  @override
  State<NoteListPage> createState() => _NoteListPageState();
}

class _NoteListPageState extends State<NoteListPage> {
  final _notes = ['Alışveriş', 'Toplantı notu', 'Kitap listesi'];

  Future<void> _open(int index) async {
    final note = _notes[index];
    final result = await Navigator.push<DetailResult>(
      context,
      MaterialPageRoute(builder: (_) => NoteDetailPage(title: note)),
    );
    if (!mounted || result != DetailResult.deleted) return;
    setState(() => _notes.removeAt(index));
    ScaffoldMessenger.of(context).showSnackBar(
      SnackBar(
        content: Text('"$note" silindi'),
        action: SnackBarAction(
          label: 'Geri al',
          onPressed: () => setState(() => _notes.insert(index, note)),
        ),
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Notlar')),
      body: ListView.builder(
        itemCount: _notes.length,
        itemBuilder: (_, i) => ListTile(title: Text(_notes[i]), onTap: () => _open(i)),
      ),
    );
  }
}

class NoteDetailPage extends StatelessWidget {
  const NoteDetailPage({super.key, required this.title});
  final String title;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text(title),
        actions: [
          IconButton(
            icon: const Icon(Icons.delete_outline),
            onPressed: () => Navigator.pop(context, DetailResult.deleted),
          ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4016, "navigation", "zor", "code",
  "Uygulama arka plandan öne gelince, hangi sayfada olursa olsun üstte PIN kilit ekranı açılsın.",
  ["Uygulamaya geri donuldugunde kilit ekrani goster; PIN girilince kaldigi sayfaya donsun.",
   "Arka plandan dönen uygulamada tüm sayfaların üstüne kilit sayfası açan bir yapı kur."],
  ["AppLifecycleListener | didChangeAppLifecycleState", "GlobalKey<NavigatorState>", "push"], r"""
final navigatorKey = GlobalKey<NavigatorState>(); // MaterialApp(navigatorKey: navigatorKey)

class AppLockGuard extends StatefulWidget {
  const AppLockGuard({super.key, required this.child});
  final Widget child;

  @override
  State<AppLockGuard> createState() => _AppLockGuardState();
}

class _AppLockGuardState extends State<AppLockGuard> {
  late final AppLifecycleListener _listener;
  bool _lockOpen = false;

  @override
  void initState() {
    super.initState();
    _listener = AppLifecycleListener(onResume: _showLock);
  }

  Future<void> _showLock() async {
    if (_lockOpen) return; // zaten açıksa ikinci kez açma
    _lockOpen = true;
    await navigatorKey.currentState?.push(
      MaterialPageRoute<void>(fullscreenDialog: true, builder: (_) => const LockPage()),
    );
    _lockOpen = false;
  }

  @override
  void dispose() {
    _listener.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => widget.child;
}

class LockPage extends StatelessWidget {
  const LockPage({super.key});

  @override
  Widget build(BuildContext context) {
    return PopScope(
      canPop: false, // geri tuşuyla kilit geçilemesin
      child: Scaffold(
        body: Center(
          child: SizedBox(
            width: 160,
            child: TextField(
              obscureText: true,
              keyboardType: TextInputType.number,
              decoration: const InputDecoration(labelText: 'PIN'),
              onSubmitted: (pin) {
                if (pin == '1234') Navigator.of(context).pop();
              },
            ),
          ),
        ),
      ),
    );
  }
}

// MaterialApp(navigatorKey: navigatorKey, builder: (_, child) => AppLockGuard(child: child!))
""", api_free=True)

R(4017, "navigation", "kolay", "code",
  "Flutter web'de her sayfa açıldığında tarayıcı sekmesinin başlığı o sayfanın adı olsun.",
  ["Web uygulamasinda tarayici sekmesindeki baslik sayfaya gore nasil degisir?",
   "Tarayıcı sekmesinde görünen başlığı açık olan sayfaya göre değiştiren bir sarmalayıcı widget yaz."],
  ["Title"], r"""
// Title widget'ı web'de document.title'ı, Android'de son uygulamalar başlığını ayarlar
class PageTitle extends StatelessWidget {
  const PageTitle({super.key, required this.title, required this.child});
  final String title;
  final Widget child;

  @override
  Widget build(BuildContext context) {
    return Title(
      title: '$title | Mağazam',
      color: Theme.of(context).colorScheme.primary,
      child: child,
    );
  }
}

class CartPage extends StatelessWidget {
  const CartPage({super.key});

  @override
  Widget build(BuildContext context) {
    return PageTitle(
      title: 'Sepet',
      child: Scaffold(appBar: AppBar(title: const Text('Sepet'))),
    );
  }
}
""")

R(4018, "navigation", "orta", "concept",
  "go_router'da extra ile gönderdiğim nesne web'de sayfa yenilenince neden kayboluyor, ne yapmalıyım?",
  ["Web'de F5 yapinca go_router extra null geliyor, bunun sebebi ne ve dogru cozum ne?",
   "Sayfa yenilendiğinde extra ile gelen ürün verisinin neden gittiğini açıkla ve kalıcı çözümü göster."],
  ["pathParameters", "extra"], r"""
// extra sadece bellekte tutulur; adres çubuğunda (URL'de) yer almaz.
// Web'de sayfa yenilenince veya link paylaşılınca uygulama URL'den yeniden kurulur,
// bellekteki nesne olmadığı için state.extra null gelir.
// Çözüm: sayfanın ihtiyaç duyduğu kimliği (id) yola koy, extra'yı sadece hızlandırıcı olarak kullan.
// pubspec.yaml: go_router
class Product {
  const Product(this.id, this.name);
  final String id;
  final String name;
}

final productRoute = GoRoute(
  path: '/urun/:id',
  builder: (context, state) {
    final id = state.pathParameters['id']!; // her zaman URL'de var
    final cached = state.extra as Product?; // uygulama içinden gelindiyse dolu
    return ProductPage(id: id, initial: cached);
  },
);

class ProductPage extends StatelessWidget {
  const ProductPage({super.key, required this.id, this.initial});
  final String id;
  final Product? initial;

  @override
  Widget build(BuildContext context) {
    // initial yoksa id ile sunucudan çekilir (burada sadece başlık gösteriliyor)
    return Scaffold(appBar: AppBar(title: Text(initial?.name ?? 'Ürün $id')));
  }
}
""")

R(4019, "navigation", "orta", "concept",
  "Yeni sayfa açınca alttaki sayfa yok ediliyor mu? Geri dönünce state'i neden korunmuş oluyor?",
  ["push yapinca onceki sayfanin State nesnesi dispose olur mu, geri gelince neden ayni kaliyor?",
   "Üstüne sayfa açılan ekranın hafızada kalıp kalmadığını ve maintainState ayarının ne işe yaradığını açıkla."],
  ["maintainState", "MaterialPageRoute"], r"""
// push, alttaki route'u yığından çıkarmaz; sadece üstünü örter.
// MaterialPageRoute varsayılan olarak maintainState: true'dur: alttaki sayfanın
// widget ağacı ve State nesneleri bellekte kalır (dispose edilmez), bu yüzden geri
// dönünce TextField içeriği, kaydırma konumu vb. aynen durur.
// dispose sadece route yığından çıkınca (pop, pushReplacement, removeUntil) çağrılır.
//
// maintainState: false verilirse, üstü örtüldüğünde sayfa ağaçtan atılır ve geri
// gelindiğinde yeniden oluşturulur (bellek tasarrufu, ama state kaybolur).
void openHeavyReport(BuildContext context) {
  Navigator.push(
    context,
    MaterialPageRoute(
      maintainState: false, // nadiren gerekir; varsayılan true
      builder: (_) => Scaffold(appBar: AppBar(title: const Text('Rapor'))),
    ),
  );
}
""")

R(4020, "navigation", "orta", "code",
  "Listede bir ürüne tıklayınca önce detayı sunucudan çek; yüklenirken o satırda küçük bir dönen gösterge olsun, veri gelince detay sayfası açılsın.",
  ["Detay sayfasini veri yuklendikten sonra ac, beklerken tiklanan satirda loading goster.",
   "Veri gelmeden detay sayfasına geçilmesin; tıklanan satırda yükleniyor simgesi nasıl gösterilir?"],
  ["await", "push", "CircularProgressIndicator"], r"""
class OrderList extends StatefulWidget {
  const OrderList({super.key, required this.ids, required this.fetchDetail});
  final List<int> ids;
  final Future<String> Function(int id) fetchDetail;

  @override
  State<OrderList> createState() => _OrderListState();
}

class _OrderListState extends State<OrderList> {
  int? _loadingId;

  Future<void> _open(int id) async {
    if (_loadingId != null) return; // aynı anda iki istek olmasın
    setState(() => _loadingId = id);
    try {
      final detail = await widget.fetchDetail(id);
      if (!mounted) return;
      await Navigator.push(
        context,
        MaterialPageRoute(builder: (_) => Scaffold(appBar: AppBar(title: Text(detail)))),
      );
    } catch (e) {
      if (mounted) {
        ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text('Yüklenemedi: $e')));
      }
    } finally {
      if (mounted) setState(() => _loadingId = null);
    }
  }

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        for (final id in widget.ids)
          ListTile(
            title: Text('Sipariş #$id'),
            trailing: _loadingId == id
                ? const SizedBox.square(dimension: 20, child: CircularProgressIndicator(strokeWidth: 2))
                : const Icon(Icons.chevron_right),
            onTap: () => _open(id),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4021, "navigation", "kolay", "code",
  "Yan menüde şu an açık olan sayfaya tekrar basılınca aynı sayfa yeniden açılmasın, sadece menü kapansın.",
  ["Drawer'da bulundugum sayfanin ogesine basinca tekrar push yapma, sadece drawer'i kapat.",
   "Menüden zaten açık olan sayfayı seçince sayfa üst üste açılıyor, bunu nasıl önlerim?"],
  ["Drawer", "pop", "pushReplacementNamed | pushNamed"], r"""
class AppDrawer extends StatelessWidget {
  const AppDrawer({super.key, required this.currentRoute});

  // Sayfalar kendi route adını verir: AppDrawer(currentRoute: '/siparisler')
  final String currentRoute;

  @override
  Widget build(BuildContext context) {
    Widget item(IconData icon, String label, String route) {
      return ListTile(
        leading: Icon(icon),
        title: Text(label),
        selected: route == currentRoute,
        onTap: () {
          Navigator.pop(context); // menüyü her durumda kapat
          if (route == currentRoute) return; // zaten buradayız
          Navigator.pushReplacementNamed(context, route);
        },
      );
    }

    return Drawer(
      child: ListView(
        children: [
          item(Icons.home, 'Ana sayfa', '/'),
          item(Icons.receipt_long, 'Siparişler', '/siparisler'),
          item(Icons.settings, 'Ayarlar', '/ayarlar'),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4022, "navigation", "kolay", "code",
  "Alt menüde sadece 'Notlar' sekmesindeyken sağ altta ekle butonu görünsün, diğer sekmelerde gizlensin.",
  ["Floating action button yalnizca bir sekmede gorunsun, obur sekmelerde olmasin.",
   "Sekmeye göre değişen bir ekleme butonu nasıl yapılır, sadece notlar sekmesinde olsun."],
  ["floatingActionButton", "NavigationBar | BottomNavigationBar"], r"""
class NotesShell extends StatefulWidget {
  const NotesShell({super.key});

  @override
  State<NotesShell> createState() => _NotesShellState();
}

class _NotesShellState extends State<NotesShell> {
  int _index = 0; // 0: Notlar, 1: Etiketler, 2: Ayarlar

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: [
        const Center(child: Text('Notlar')),
        const Center(child: Text('Etiketler')),
        const Center(child: Text('Ayarlar')),
      ][_index],
      // null verilince buton animasyonla kaybolur
      floatingActionButton: _index == 0
          ? FloatingActionButton(onPressed: () {}, child: const Icon(Icons.add))
          : null,
      bottomNavigationBar: NavigationBar(
        selectedIndex: _index,
        onDestinationSelected: (i) => setState(() => _index = i),
        destinations: const [
          NavigationDestination(icon: Icon(Icons.note_outlined), label: 'Notlar'),
          NavigationDestination(icon: Icon(Icons.label_outline), label: 'Etiketler'),
          NavigationDestination(icon: Icon(Icons.settings_outlined), label: 'Ayarlar'),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4023, "navigation", "orta", "code",
  "Geniş ekranda yan menü solda hep açık dursun, telefonda ise hamburger ikonuyla açılan normal menü olsun.",
  ["Tablette yan menu hep acik kalsin, telefonda ise ustteki menu butonuna basinca acilsin.",
   "Ekran genişliğine göre kalıcı yan menü ya da açılır menü gösteren bir iskelet yaz."],
  ["LayoutBuilder | MediaQuery", "Drawer | NavigationDrawer"], r"""
class ResponsiveShell extends StatelessWidget {
  const ResponsiveShell({super.key, required this.body});
  final Widget body;

  Widget _menu() => const Drawer(
        child: SafeArea(
          child: Column(
            children: [
              ListTile(leading: Icon(Icons.inbox), title: Text('Gelen kutusu')),
              ListTile(leading: Icon(Icons.send), title: Text('Gönderilenler')),
              ListTile(leading: Icon(Icons.delete), title: Text('Çöp kutusu')),
            ],
          ),
        ),
      );

  @override
  Widget build(BuildContext context) {
    return LayoutBuilder(
      builder: (context, constraints) {
        final wide = constraints.maxWidth >= 900;
        if (wide) {
          // Menü sabit: Row içinde solda, AppBar'da hamburger yok
          return Scaffold(
            body: Row(
              children: [
                SizedBox(width: 280, child: _menu()),
                const VerticalDivider(width: 1),
                Expanded(child: body),
              ],
            ),
          );
        }
        return Scaffold(
          appBar: AppBar(title: const Text('Posta')),
          drawer: _menu(), // AppBar hamburger ikonunu kendisi ekler
          body: body,
        );
      },
    );
  }
}
""", api_free=True)

R(4024, "navigation", "orta", "code",
  "iOS ayarlar uygulaması gibi büyük başlıklı bir sayfadan alt sayfaya geçilsin; alt sayfanın geri butonunda önceki sayfanın adı yazsın.",
  ["Cupertino tarzinda buyuk baslikli liste sayfasi ve geri butonunda onceki sayfa adi gorunen alt sayfa yap.",
   "iPhone'daki gibi geri okunun yanında 'Ayarlar' yazan bir sayfa geçişini nasıl yaparım?"],
  ["CupertinoPageRoute", "CupertinoSliverNavigationBar | CupertinoNavigationBar", "previousPageTitle"], r"""
class SettingsPage extends StatelessWidget {
  const SettingsPage({super.key});

  @override
  Widget build(BuildContext context) {
    return CupertinoPageScaffold(
      child: CustomScrollView(
        slivers: [
          const CupertinoSliverNavigationBar(largeTitle: Text('Ayarlar')),
          SliverToBoxAdapter(
            child: CupertinoListSection(
              children: [
                CupertinoListTile(
                  title: const Text('Bildirimler'),
                  trailing: const CupertinoListTileChevron(),
                  onTap: () => Navigator.push(
                    context,
                    CupertinoPageRoute(builder: (_) => const NotificationsPage()),
                  ),
                ),
              ],
            ),
          ),
        ],
      ),
    );
  }
}

class NotificationsPage extends StatelessWidget {
  const NotificationsPage({super.key});

  @override
  Widget build(BuildContext context) {
    return const CupertinoPageScaffold(
      navigationBar: CupertinoNavigationBar(
        middle: Text('Bildirimler'),
        previousPageTitle: 'Ayarlar', // geri okunun yanındaki yazı
      ),
      child: Center(child: Text('Bildirim ayarları')),
    );
  }
}
""")

R(4025, "navigation", "orta", "code",
  "go_router'da ürün nesnesini extra ile gönder; sayfa doğrudan adresle açılırsa (extra yoksa) ürünü id ile sunucudan yükle.",
  ["go_router extra varsa onu kullan, yoksa path'teki id ile urunu cekip goster.",
   "Detay sayfasına hem id hem nesne gönderip nesne gelmediğinde id'den yükleme nasıl yapılır?"],
  ["extra", "pathParameters", "FutureBuilder"], r"""
// pubspec.yaml: go_router
class Product {
  const Product(this.id, this.name);
  final String id;
  final String name;
}

Future<Product> fetchProduct(String id) async {
  await Future<void>.delayed(const Duration(milliseconds: 400)); // sunucu isteği yerine
  return Product(id, 'Ürün $id');
}

final productRoute = GoRoute(
  path: '/urun/:id',
  builder: (context, state) => ProductPage(
    id: state.pathParameters['id']!,
    initial: state.extra as Product?,
  ),
);

// Listeden açarken: context.push('/urun/${p.id}', extra: p);

class ProductPage extends StatefulWidget {
  const ProductPage({super.key, required this.id, this.initial});
  final String id;
  final Product? initial;

  @override
  State<ProductPage> createState() => _ProductPageState();
}

class _ProductPageState extends State<ProductPage> {
  // extra geldiyse hemen hazır Future, yoksa sunucudan yükle
  late final Future<Product> _product =
      widget.initial != null ? Future.value(widget.initial!) : fetchProduct(widget.id);

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<Product>(
      future: _product,
      builder: (context, snapshot) {
        final p = snapshot.data;
        return Scaffold(
          appBar: AppBar(title: Text(p?.name ?? 'Yükleniyor...')),
          body: p == null ? const Center(child: CircularProgressIndicator()) : Center(child: Text('Kod: ${p.id}')),
        );
      },
    );
  }
}
""")

R(4026, "navigation", "orta", "concept",
  "Navigator.push'un döndürdüğü Future ne zaman tamamlanır? Sayfa geri tuşuyla kapanırsa ne döner?",
  ["push ile actigim sayfanin sonucu ne zaman gelir, geri tusuyla kapaninca deger null mu olur?",
   "Açtığım sayfanın sonucunu beklerken await'in ne zaman döndüğünü ve null durumunu örnekle açıkla."],
  ["Navigator.push", "await"], r"""
// push'un Future'ı, açılan route yığından çıktığında tamamlanır (pop, pushReplacement vb.).
// - Navigator.pop(context, deger) ile kapanırsa: deger döner.
// - Geri tuşu, kenardan kaydırma veya AppBar geri oku ile kapanırsa: null döner.
// - Route hiç kapanmazsa await sonsuza kadar bekler; sonraki kod çalışmaz.
// Bu yüzden sonuç tipi her zaman nullable düşünülmeli.
Future<void> pickColor(BuildContext context) async {
  final color = await Navigator.push<Color>(
    context,
    MaterialPageRoute(
      builder: (ctx) => Scaffold(
        appBar: AppBar(title: const Text('Renk seç')),
        body: ListTile(
          title: const Text('Mavi'),
          onTap: () => Navigator.pop(ctx, Colors.blue),
        ),
      ),
    ),
  );
  if (!context.mounted) return; // beklerken sayfa kapanmış olabilir
  if (color == null) {
    debugPrint('Kullanıcı seçim yapmadan geri döndü');
  } else {
    debugPrint('Seçilen renk: $color');
  }
}
""")

R(4027, "navigation", "orta", "code",
  "go_router rotalarını özellik bazında ayrı dosyalarda liste olarak tanımlayıp tek bir router'da birleştir.",
  ["Butun GoRoute'lari tek dosyada yazmak yerine auth, urun ve profil rotalarini ayri listelerde nasil toplarim?",
   "Büyüyen uygulamada go_router tanımlarını modüllere bölüp ana router'da nasıl bir araya getiririm?"],
  ["GoRouter", "GoRoute", "routes"], r"""
// pubspec.yaml: go_router
// auth_routes.dart
final authRoutes = <RouteBase>[
  GoRoute(path: '/giris', builder: (_, __) => const Scaffold(body: Center(child: Text('Giriş')))),
  GoRoute(path: '/kayit', builder: (_, __) => const Scaffold(body: Center(child: Text('Kayıt')))),
];

// product_routes.dart
final productRoutes = <RouteBase>[
  GoRoute(
    path: '/urunler',
    builder: (_, __) => const Scaffold(body: Center(child: Text('Ürünler'))),
    routes: [
      GoRoute(
        path: ':id',
        builder: (_, state) => Scaffold(body: Center(child: Text('Ürün ${state.pathParameters['id']}'))),
      ),
    ],
  ),
];

// profile_routes.dart
final profileRoutes = <RouteBase>[
  GoRoute(path: '/profil', builder: (_, __) => const Scaffold(body: Center(child: Text('Profil')))),
];

// router.dart: hepsini tek listede birleştir
final appRouter = GoRouter(
  initialLocation: '/urunler',
  routes: [
    ...authRoutes,
    ...productRoutes,
    ...profileRoutes,
  ],
);
""")
write()
