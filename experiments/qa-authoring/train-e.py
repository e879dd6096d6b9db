"""Authored Q&A rows with phrasings (navigation, state, async, http_json) -> data/drafts-qa/train-e.jsonl.

Ids start at 4000 per topic. Each row: question + exactly two more phrasings of the same request.
Run: .venv/bin/python experiments/qa-authoring/train-e.py
"""
import re
from collections import Counter

from rows import qa_row, wording_problems, write_rows

ROWS = []
CODEISH = re.compile(r"\b[a-z]+[A-Z]\w*|\b[A-Z][a-z]+[A-Z]\w*|\b\w+_\w+\b|\b\w+\.\w+\(|\(\)")


def R(num, topic, difficulty, kind, question, phrasings, must_contain, answer, api_free=False):
    ROWS.append(qa_row(f"{topic}-{num}", topic, difficulty, kind, question, phrasings, must_contain, answer, api_free))


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
    problems = []
    for r in ROWS:
        rid = r["id"]
        problems += wording_problems(r)
        n_lines = len(r["answer"].splitlines())
        if not 3 <= n_lines <= 80:
            problems.append(f"{rid}: answer has {n_lines} lines (3..80)")
        code = _code_only(r["answer"])
        for item in r["must_contain"]:
            alts = [a.strip() for a in item.split("|")]
            if not any(a in code for a in alts):
                problems.append(f"{rid}: must_contain {item!r} not in code")
        if r.get("api_free") and CODEISH.search(r["question"]):
            problems.append(f"{rid}: api_free question names code: {CODEISH.findall(r['question'])}")
        if r["kind"] == "concept" and "//" not in r["answer"]:
            problems.append(f"{rid}: concept row without explanation")
    for p in problems:
        print("PROBLEM", p)
    return not problems


def write():
    ok = check()
    write_rows(ROWS, "train-e.jsonl")
    print(dict(Counter(r["topic"] for r in ROWS)), "api_free:", sum(1 for r in ROWS if r.get("api_free")),
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
    await Future.delayed(const Duration(milliseconds: 300)); // kaydetme işlemi
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
   "Arka plandan dönen uygulamada tüm sayfaların üstüne kilit ekranını nasıl açarım?"],
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
   "Ekle butonu sadece notlar sekmesinde görünsün, diğerlerinde gizlensin istiyorum; bunu nasıl yaparım?"],
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

R(4023, "navigation", "kolay", "code",
  "GetX ile butona basınca şehir seçme sayfasını aç, sayfa kapanırken seçilen şehri geri döndür ve ilk sayfada göster.",
  ["GetX kullanarak yeni sayfaya gec ve geri donerken bir sonuc degeri al.",
   "Get.to ile açtığım sayfadan Get.back ile değer nasıl döndürürüm?"],
  ["Get.to", "Get.back"], r"""
// pubspec.yaml: get  (MaterialApp yerine GetMaterialApp kullanılmalı)
class CityField extends StatefulWidget {
  const CityField({super.key});

  @override
  State<CityField> createState() => _CityFieldState();
}

class _CityFieldState extends State<CityField> {
  String? _city;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: const Text('Teslimat şehri'),
      subtitle: Text(_city ?? 'Seçilmedi'),
      trailing: const Icon(Icons.chevron_right),
      onTap: () async {
        // Get.to sayfanın kapanmasını bekler; Get.back(result:) ile verilen değeri döndürür
        final city = await Get.to<String>(() => const CityPage());
        if (city != null && mounted) setState(() => _city = city);
      },
    );
  }
}

class CityPage extends StatelessWidget {
  const CityPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Şehir seç')),
      body: ListView(
        children: [
          for (final c in ['İstanbul', 'Ankara', 'İzmir', 'Bursa'])
            ListTile(title: Text(c), onTap: () => Get.back(result: c)),
        ],
      ),
    );
  }
}
""")

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
  await Future.delayed(const Duration(milliseconds: 400)); // sunucu isteği yerine
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

R(4028, "navigation", "zor", "code",
  "go_router'da /filtre rotası ayrı bir sayfa gibi değil, alttan açılan bir panel (modal bottom sheet) olarak açılsın ve geri tuşuyla kapansın.",
  ["go_router ile bir route'u bottom sheet seklinde acmak icin ozel Page nasil yazilir?",
   "Adresi olan ama ekranda alttan açılan panel gibi görünen bir go_router rotası tanımla."],
  ["pageBuilder", "ModalBottomSheetRoute", "createRoute"], r"""
// pubspec.yaml: go_router
// Page'in oluşturduğu Route'u bottom sheet route'u yapıyoruz
class BottomSheetPage<T> extends Page<T> {
  const BottomSheetPage({required this.child, super.key});
  final Widget child;

  @override
  Route<T> createRoute(BuildContext context) {
    return ModalBottomSheetRoute<T>(
      settings: this, // Page, route'un settings'i olmalı
      isScrollControlled: true,
      showDragHandle: true,
      builder: (_) => child,
    );
  }
}

final router = GoRouter(
  routes: [
    GoRoute(
      path: '/',
      builder: (context, _) => Scaffold(
        body: Center(child: FilledButton(onPressed: () => context.push('/filtre'), child: const Text('Filtrele'))),
      ),
      routes: [
        GoRoute(
          path: 'filtre',
          pageBuilder: (context, state) => BottomSheetPage<void>(
            key: state.pageKey,
            child: const Padding(
              padding: EdgeInsets.all(24),
              child: Column(mainAxisSize: MainAxisSize.min, children: [Text('Fiyat'), Text('Marka')]),
            ),
          ),
        ),
      ],
    ),
  ],
);
""")

R(4029, "navigation", "orta", "code",
  "Misafir kullanıcı 'Sepete ekle'ye basınca giriş sayfası açılsın; giriş başarılı olursa ürün sayfasına geri dönülüp ürün sepete eklensin, vazgeçerse hiçbir şey olmasın.",
  ["Giris gerektiren bir islemde once login sayfasini ac, giris yapilinca kaldigin islemi tamamla.",
   "Kullanıcı giriş yaptıktan sonra yarım kalan sepete ekleme işlemine nasıl devam ederim?"],
  ["push", "await", "pop"], r"""
class ProductActions extends StatelessWidget {
  const ProductActions({super.key, required this.isLoggedIn, required this.addToCart});
  final bool Function() isLoggedIn;
  final Future<void> Function() addToCart;

  Future<void> _onAdd(BuildContext context) async {
    if (!isLoggedIn()) {
      // Giriş sayfası sonucu bool döndürür: true = giriş yapıldı
      final ok = await Navigator.push<bool>(
        context,
        MaterialPageRoute(fullscreenDialog: true, builder: (_) => const LoginPage()),
      );
      if (ok != true || !context.mounted) return; // vazgeçti
    }
    await addToCart(); // yarım kalan işi tamamla
    if (context.mounted) {
      ScaffoldMessenger.of(context).showSnackBar(const SnackBar(content: Text('Sepete eklendi')));
    }
  }

  @override
  Widget build(BuildContext context) =>
      FilledButton(onPressed: () => _onAdd(context), child: const Text('Sepete ekle'));
}

class LoginPage extends StatelessWidget {
  const LoginPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Giriş yap')),
      body: Center(
        child: FilledButton(
          onPressed: () => Navigator.pop(context, true), // gerçek girişten sonra
          child: const Text('Giriş'),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4030, "navigation", "kolay", "code",
  "Yan taraftaki dikey menü çubuğunda üstte sayfalar olsun, en altta ise ayrı duran bir 'Ayarlar' butonu bulunsun.",
  ["NavigationRail'in en altina ayarlar ikonu nasil eklenir?",
   "Dikey navigasyon çubuğunun altına diğer öğelerden ayrı bir ayarlar butonu yerleştir."],
  ["NavigationRail", "Expanded"], r"""
class RailShell extends StatefulWidget {
  const RailShell({super.key});

  @override
  State<RailShell> createState() => _RailShellState();
}

class _RailShellState extends State<RailShell> {
  int _index = 0;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: Row(
        children: [
          // Ray kalan yüksekliği kaplar, ayarlar butonu hep en altta kalır
          Column(
            children: [
              Expanded(
                child: NavigationRail(
                  selectedIndex: _index,
                  onDestinationSelected: (i) => setState(() => _index = i),
                  labelType: NavigationRailLabelType.all,
                  destinations: const [
                    NavigationRailDestination(icon: Icon(Icons.dashboard_outlined), label: Text('Panel')),
                    NavigationRailDestination(icon: Icon(Icons.people_outline), label: Text('Müşteriler')),
                    NavigationRailDestination(icon: Icon(Icons.bar_chart), label: Text('Raporlar')),
                  ],
                ),
              ),
              Padding(
                padding: const EdgeInsets.only(bottom: 16),
                child: IconButton(
                  icon: const Icon(Icons.settings),
                  tooltip: 'Ayarlar',
                  onPressed: () => Navigator.push(
                    context,
                    MaterialPageRoute(builder: (_) => Scaffold(appBar: AppBar(title: const Text('Ayarlar')))),
                  ),
                ),
              ),
            ],
          ),
          const VerticalDivider(width: 1),
          Expanded(child: Center(child: Text('Sayfa ${_index + 1}'))),
        ],
      ),
    );
  }
}
""")

R(4031, "navigation", "zor", "concept",
  "Navigator 2.0'da Page ile Route arasındaki fark nedir? pages listesine neden Route değil Page veriyorum?",
  ["Navigator pages listesinde Page ile Route farki nedir, Page neden kullanilir?",
   "Deklaratif navigasyondaki Page sınıfının Route ile ilişkisini örnekle açıkla."],
  ["MaterialPage", "pages"], r"""
// Route: ekranda yaşayan, animasyonu ve geçmişteki yeri olan asıl nesnedir (MaterialPageRoute...).
// Page: bir Route'un nasıl oluşturulacağını tarif eden, değişmez (immutable) bir yapılandırmadır;
// widget -> element ilişkisine benzer. Navigator, yeni pages listesini eskisiyle
// key/tipine göre karşılaştırır: aynı Page varsa mevcut Route korunur (state kaybolmaz),
// yeni Page gelirse createRoute ile Route oluşturup push animasyonu oynatır,
// listeden çıkan Page'in Route'unu pop eder.
// Böylece yığını elle push/pop etmek yerine "şu an hangi sayfalar olmalı" diye listeyi verirsiniz.
class BooksNavigator extends StatelessWidget {
  const BooksNavigator({super.key, required this.selectedBook, required this.onBack});
  final String? selectedBook;
  final VoidCallback onBack;

  @override
  Widget build(BuildContext context) {
    return Navigator(
      pages: [
        const MaterialPage(key: ValueKey('list'), child: Scaffold(body: Center(child: Text('Kitaplar')))),
        if (selectedBook != null)
          MaterialPage(key: ValueKey(selectedBook), child: Scaffold(appBar: AppBar(title: Text(selectedBook!)))),
      ],
      // Kullanıcı geri gidince state'i güncelle ki Page listeden çıksın
      onDidRemovePage: (page) => onBack(),
    );
  }
}
""")

R(4032, "navigation", "orta", "concept",
  "Sayfalar arasında veri taşımak için constructor parametresi, route argümanı ve ortak state yönetimi arasında nasıl seçim yapmalıyım?",
  ["Bir sayfadan digerine veri gondermenin yollari nelerdir, hangisini ne zaman secmeliyim?",
   "Sayfaya veri aktarırken constructor, arguments ve paylaşılan state seçeneklerini karşılaştır."],
  ["MaterialPageRoute", "arguments"], r"""
// 1) Constructor parametresi: tip güvenlidir, derleyici eksik veriyi yakalar.
//    Sadece açılan sayfanın ihtiyaç duyduğu veri için en basit ve önerilen yoldur.
void openDetail(BuildContext context, String productId) {
  Navigator.push(context, MaterialPageRoute(builder: (_) => DetailPage(productId: productId)));
}

// 2) Route argümanı (pushNamed + arguments): named route kullanıyorsanız gerekir;
//    Object? olarak gelir, hedefte cast edilir (yanlış tipte çalışma anı hatası riski).
void openDetailNamed(BuildContext context, String productId) {
  Navigator.pushNamed(context, '/detay', arguments: productId);
}

// 3) Ortak state (Provider/Riverpod/Bloc): veri birden fazla sayfada okunup
//    değiştiriliyorsa (sepet, oturum) taşımak yerine ortak bir yerde tutulur.
//
// Kural: tek yönlü ve tek sayfalık veri -> constructor; URL/derin bağlantı gerekiyorsa ->
// rota parametresi (ör. go_router path/query); uygulama geneli ve değişen veri -> state yönetimi.
class DetailPage extends StatelessWidget {
  const DetailPage({super.key, required this.productId});
  final String productId;

  @override
  Widget build(BuildContext context) => Scaffold(appBar: AppBar(title: Text('Ürün $productId')));
}
""", api_free=True)

R(4033, "navigation", "orta", "code",
  "Mesaj detay sayfasında üstteki yukarı/aşağı oklarla listedeki önceki veya sonraki mesaja geçilsin; ilk ve son mesajda ilgili ok pasif olsun.",
  ["Detay ekraninda onceki ve sonraki kayda oklarla gec, listenin basinda ve sonunda oklari devre disi birak.",
   "Listeye geri dönmeden detay sayfasında bir sonraki öğeyi göstermeyi nasıl yaparım?"],
  ["setState", "onPressed"], r"""
class MessageDetailPage extends StatefulWidget {
  const MessageDetailPage({super.key, required this.messages, required this.initialIndex});
  final List<String> messages;
  final int initialIndex;

  @override
  State<MessageDetailPage> createState() => _MessageDetailPageState();
}

class _MessageDetailPageState extends State<MessageDetailPage> {
  late int _index = widget.initialIndex;

  @override
  Widget build(BuildContext context) {
    final hasPrev = _index > 0;
    final hasNext = _index < widget.messages.length - 1;
    return Scaffold(
      appBar: AppBar(
        title: Text('${_index + 1} / ${widget.messages.length}'),
        actions: [
          IconButton(
            icon: const Icon(Icons.keyboard_arrow_up),
            onPressed: hasPrev ? () => setState(() => _index--) : null, // null -> pasif
          ),
          IconButton(
            icon: const Icon(Icons.keyboard_arrow_down),
            onPressed: hasNext ? () => setState(() => _index++) : null,
          ),
        ],
      ),
      body: Padding(padding: const EdgeInsets.all(16), child: Text(widget.messages[_index])),
    );
  }
}

// Listeden: Navigator.push(context, MaterialPageRoute(
//   builder: (_) => MessageDetailPage(messages: messages, initialIndex: i)));
""", api_free=True)

R(4034, "navigation", "zor", "code",
  "go_router'da /urun/5#yorumlar gibi bir adresle gelinince ürün sayfası açılıp sayfa kendiliğinden yorumlar bölümüne kaysın.",
  ["go_router adresindeki # kismina gore sayfadaki ilgili bolume otomatik kaydir.",
   "Bağlantıdaki bölüm adını okuyup sayfa açıldıktan sonra o bölüme kaydırmayı nasıl yaparım?"],
  ["fragment", "ensureVisible", "GlobalKey"], r"""
// pubspec.yaml: go_router
final productRoute = GoRoute(
  path: '/urun/:id',
  builder: (context, state) => ProductPage(
    id: state.pathParameters['id']!,
    section: state.uri.fragment, // '#yorumlar' -> 'yorumlar'
  ),
);

class ProductPage extends StatefulWidget {
  const ProductPage({super.key, required this.id, this.section = ''});
  final String id;
  final String section;

  @override
  State<ProductPage> createState() => _ProductPageState();
}

class _ProductPageState extends State<ProductPage> {
  final _commentsKey = GlobalKey();

  @override
  void initState() {
    super.initState();
    if (widget.section == 'yorumlar') {
      // İlk çizimden sonra bölüm ağaçta olur; o zaman kaydır
      WidgetsBinding.instance.addPostFrameCallback((_) {
        final ctx = _commentsKey.currentContext;
        if (ctx != null) {
          Scrollable.ensureVisible(ctx, duration: const Duration(milliseconds: 400), curve: Curves.easeOut);
        }
      });
    }
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('Ürün ${widget.id}')),
      body: SingleChildScrollView(
        child: Column(
          children: [
            Container(height: 600, color: Colors.black12, alignment: Alignment.center, child: const Text('Açıklama')),
            Padding(
              key: _commentsKey,
              padding: const EdgeInsets.all(16),
              child: const Text('Yorumlar', style: TextStyle(fontSize: 22)),
            ),
            for (var i = 1; i <= 10; i++) ListTile(title: Text('Yorum $i')),
          ],
        ),
      ),
    );
  }
}
""")

R(4035, "navigation", "orta", "code",
  "Alt menünün ortasındaki '+' sekmesine basınca sekme değişmesin; onun yerine alttan yeni gönderi oluşturma paneli açılsın.",
  ["Alt menude ortadaki arti sekmesi sayfa degistirmesin, bottom sheet acsin.",
   "Instagram'daki gibi ortadaki ekle düğmesi sekme yerine bir panel açan alt menüyü nasıl kurarım?"],
  ["NavigationBar | BottomNavigationBar", "showModalBottomSheet"], r"""
class SocialShell extends StatefulWidget {
  const SocialShell({super.key});

  @override
  State<SocialShell> createState() => _SocialShellState();
}

class _SocialShellState extends State<SocialShell> {
  static const _createIndex = 1;
  int _index = 0; // 0: Akış, 2: Profil

  void _onSelect(int i) {
    if (i == _createIndex) {
      showModalBottomSheet<void>(
        context: context,
        showDragHandle: true,
        builder: (_) => const Padding(
          padding: EdgeInsets.all(16),
          child: Column(mainAxisSize: MainAxisSize.min, children: [
            ListTile(leading: Icon(Icons.photo), title: Text('Fotoğraf paylaş')),
            ListTile(leading: Icon(Icons.edit), title: Text('Yazı paylaş')),
          ]),
        ),
      );
      return; // seçili sekme değişmez
    }
    setState(() => _index = i);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: Center(child: Text(_index == 0 ? 'Akış' : 'Profil')),
      bottomNavigationBar: NavigationBar(
        selectedIndex: _index,
        onDestinationSelected: _onSelect,
        destinations: const [
          NavigationDestination(icon: Icon(Icons.home_outlined), label: 'Akış'),
          NavigationDestination(icon: Icon(Icons.add_box_outlined, size: 32), label: 'Paylaş'),
          NavigationDestination(icon: Icon(Icons.person_outline), label: 'Profil'),
        ],
      ),
    );
  }
}
""", api_free=True)


R(4036, "navigation", "zor", "code",
  "Sekmeli kayıt formunda 'Kişisel bilgiler' sekmesi geçerli olmadan diğer sekmeye geçilemesin; geçilmeye çalışılınca sekme geri dönsün ve uyarı çıksın.",
  ["TabBar'da bir sekmedeki form gecersizken baska sekmeye gecisi engelle ve uyari goster.",
   "Sekmeler arası geçişi form doğrulamasına bağlamak istiyorum, geçersizken sekme değişmesin; nasıl yaparım?"],
  ["TabController", "addListener", "previousIndex | animateTo | index ="], r"""
class SignupTabs extends StatefulWidget {
  const SignupTabs({super.key});

  @override
  State<SignupTabs> createState() => _SignupTabsState();
}

class _SignupTabsState extends State<SignupTabs> with SingleTickerProviderStateMixin {
  late final TabController _tabs = TabController(length: 2, vsync: this);
  final _name = TextEditingController();

  bool get _personalValid => _name.text.trim().length >= 2;

  @override
  void initState() {
    super.initState();
    _tabs.addListener(() {
      // Kişisel sekmeden çıkılmak isteniyor ama form geçersiz: geri al
      if (_tabs.index != 0 && !_personalValid) {
        _tabs.index = 0;
        ScaffoldMessenger.of(context)
          ..hideCurrentSnackBar()
          ..showSnackBar(const SnackBar(content: Text('Önce adınızı girin')));
      }
    });
  }

  @override
  void dispose() {
    _tabs.dispose();
    _name.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Kayıt'),
        bottom: TabBar(controller: _tabs, tabs: const [Tab(text: 'Kişisel bilgiler'), Tab(text: 'Adres')]),
      ),
      body: TabBarView(
        controller: _tabs,
        physics: const NeverScrollableScrollPhysics(), // kaydırarak atlamayı kapat
        children: [
          Padding(
            padding: const EdgeInsets.all(16),
            child: TextField(controller: _name, decoration: const InputDecoration(labelText: 'Ad soyad')),
          ),
          const Center(child: Text('Adres formu')),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4037, "navigation", "orta", "concept",
  "Kendi yazdığım geçiş animasyonuyla açılan sayfalarda iOS'ta kenardan kaydırarak geri gitme çalışmıyor; neden ve nasıl düzeltirim?",
  ["PageRouteBuilder ile actigim sayfada iPhone'da kaydirarak geri gitme neden calismiyor?",
   "Özel sayfa geçişlerinde iOS'un kaydırarak geri dönme hareketini nasıl geri kazanırım, açıkla."],
  ["PageRouteBuilder", "CupertinoPageRoute | CupertinoRouteTransitionMixin"], r"""
// Kenardan kaydırarak geri gitme (back swipe) bir geçiş özelliğidir: sadece
// CupertinoPageRoute / CupertinoRouteTransitionMixin kullanan route'larda ve
// MaterialPageRoute'un iOS'taki geçişinde vardır. PageRouteBuilder ile kendi
// transitionsBuilder'ınızı yazınca bu hareket tanıyıcı eklenmez, hareket çalışmaz.
//
// Çözümler:
// 1) O sayfa için özel animasyon şart değilse iOS'ta CupertinoPageRoute kullanın.
// 2) Uygulama genelinde özel geçişi sadece Android'e uygulayın, iOS Cupertino kalsın.
Route<T> adaptiveRoute<T>(BuildContext context, WidgetBuilder builder) {
  if (Theme.of(context).platform == TargetPlatform.iOS) {
    return CupertinoPageRoute<T>(builder: builder); // kaydırarak geri çalışır
  }
  return PageRouteBuilder<T>(
    pageBuilder: (context, _, __) => builder(context),
    transitionsBuilder: (_, animation, __, child) => FadeTransition(opacity: animation, child: child),
  );
}

// Navigator.push(context, adaptiveRoute(context, (_) => const DetailPage()));
class DetailPage extends StatelessWidget {
  const DetailPage({super.key});
  @override
  Widget build(BuildContext context) => Scaffold(appBar: AppBar(title: const Text('Detay')));
}
""")

R(4038, "navigation", "orta", "code",
  "Uygulama açıkken bildirime basılınca mevcut sayfa geçmişi temizlensin ve yığın 'Ana sayfa > Siparişlerim > Sipariş detayı' olarak yeniden kurulsun.",
  ["Bildirime tiklaninca navigator yiginini sifirlayip birden fazla sayfayi sirayla ekle.",
   "Açık uygulamada sayfa geçmişini baştan belirli bir sıra ile nasıl yeniden oluştururum?"],
  ["pushAndRemoveUntil", "GlobalKey<NavigatorState>"], r"""
final navigatorKey = GlobalKey<NavigatorState>(); // MaterialApp(navigatorKey: navigatorKey)

void openOrderFromNotification(String orderId) {
  final nav = navigatorKey.currentState;
  if (nav == null) return;
  // 1) Her şeyi kaldırıp ana sayfayı tek başına bırak (animasyonsuz)
  nav.pushAndRemoveUntil(
    PageRouteBuilder<void>(pageBuilder: (_, __, ___) => const HomePage(), transitionDuration: Duration.zero),
    (route) => false,
  );
  // 2) Üzerine sırayla ekle; geri tuşu bu sırayla geri gider
  nav.push(MaterialPageRoute<void>(builder: (_) => const OrdersPage()));
  nav.push(MaterialPageRoute<void>(builder: (_) => OrderDetailPage(orderId: orderId)));
}

class HomePage extends StatelessWidget {
  const HomePage({super.key});
  @override
  Widget build(BuildContext context) => Scaffold(appBar: AppBar(title: const Text('Ana sayfa')));
}

class OrdersPage extends StatelessWidget {
  const OrdersPage({super.key});
  @override
  Widget build(BuildContext context) => Scaffold(appBar: AppBar(title: const Text('Siparişlerim')));
}

class OrderDetailPage extends StatelessWidget {
  const OrderDetailPage({super.key, required this.orderId});
  final String orderId;
  @override
  Widget build(BuildContext context) => Scaffold(appBar: AppBar(title: Text('Sipariş $orderId')));
}
""", api_free=True)

R(4039, "navigation", "orta", "code",
  "go_router kullanan uygulama kapatılıp açılınca kullanıcı en son hangi sayfadaysa oradan başlasın; adres SharedPreferences'ta saklansın.",
  ["Uygulama yeniden acilinca go_router son ziyaret edilen adresten baslasin.",
   "Son açık sayfanın yolunu kaydedip bir sonraki açılışta oradan başlamayı nasıl yaparım?"],
  ["initialLocation", "SharedPreferences", "addListener"], r"""
// pubspec.yaml: go_router, shared_preferences
const _lastLocationKey = 'last_location';

Future<GoRouter> createRouter() async {
  final prefs = await SharedPreferences.getInstance();
  final router = GoRouter(
    initialLocation: prefs.getString(_lastLocationKey) ?? '/',
    routes: [
      GoRoute(path: '/', builder: (_, __) => const Scaffold(body: Center(child: Text('Ana sayfa')))),
      GoRoute(path: '/kampanyalar', builder: (_, __) => const Scaffold(body: Center(child: Text('Kampanyalar')))),
      GoRoute(path: '/profil', builder: (_, __) => const Scaffold(body: Center(child: Text('Profil')))),
    ],
    errorBuilder: (_, __) => const Scaffold(body: Center(child: Text('Sayfa bulunamadı'))),
  );
  // Her konum değişiminde son adresi kaydet
  router.routerDelegate.addListener(() {
    final location = router.routerDelegate.currentConfiguration.uri.toString();
    prefs.setString(_lastLocationKey, location);
  });
  return router;
}

// main() async {
//   WidgetsFlutterBinding.ensureInitialized();
//   final router = await createRouter();
//   runApp(MaterialApp.router(routerConfig: router));
// }
""")


# ---------------------------------------------------------------- state
R(4000, "state", "orta", "code",
  "Sepette kupon kodu girilip 'Uygula'ya basılınca toplam %10 indirimli görünsün; kupon kaldırılınca eski toplam geri gelsin.",
  ["Sepet ekraninda bir indirim kodu girilince toplami nasil dusururum, ara toplam ve indirim ayri ayri gorunsun?",
   "Sepete indirim kodu desteği ekle; kod silinince toplam eski haline dönsün."],
  ["ChangeNotifier | setState | Notifier | Cubit", "notifyListeners | setState | state = | emit"], r"""
class CartModel extends ChangeNotifier {
  final Map<String, double> _prices = {'Kulaklık': 899.0, 'Kılıf': 149.9};
  String? _coupon;

  String? get coupon => _coupon;
  double get subtotal => _prices.values.fold(0, (a, b) => a + b);
  // İndirim saklanmaz, her seferinde hesaplanır: tutarsızlık olmaz
  double get discount => _coupon == 'INDIRIM10' ? subtotal * 0.10 : 0;
  double get total => subtotal - discount;

  bool applyCoupon(String code) {
    if (code.trim().toUpperCase() != 'INDIRIM10') return false;
    _coupon = 'INDIRIM10';
    notifyListeners();
    return true;
  }

  void removeCoupon() {
    _coupon = null;
    notifyListeners();
  }
}

class CartSummary extends StatelessWidget {
  const CartSummary({super.key, required this.cart});
  final CartModel cart;

  @override
  Widget build(BuildContext context) {
    return ListenableBuilder(
      listenable: cart,
      builder: (context, _) => Column(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          Text('Ara toplam: ${cart.subtotal.toStringAsFixed(2)} TL'),
          if (cart.coupon != null)
            Row(
              children: [
                Expanded(child: Text('İndirim (${cart.coupon}): -${cart.discount.toStringAsFixed(2)} TL')),
                IconButton(icon: const Icon(Icons.close), onPressed: cart.removeCoupon),
              ],
            ),
          Text('Toplam: ${cart.total.toStringAsFixed(2)} TL', style: Theme.of(context).textTheme.titleLarge),
          if (cart.coupon == null)
            TextField(
              decoration: const InputDecoration(labelText: 'Kupon kodu'),
              onSubmitted: (code) {
                if (!cart.applyCoupon(code)) {
                  ScaffoldMessenger.of(context).showSnackBar(const SnackBar(content: Text('Geçersiz kupon')));
                }
              },
            ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4001, "state", "orta", "code",
  "Ürün karşılaştırma için en fazla 3 ürün seçilebilsin; 4. ürün seçilmeye çalışılınca uyarı çıksın ve seçim yapılmasın.",
  ["Listede en fazla uc urun secilebilsin, limit asilinca uyari goster.",
   "Seçim sayısını 3 ile sınırlayan ve sınırda kullanıcıyı bilgilendiren karşılaştırma listesi nasıl yapılır?"],
  ["setState", "Set"], r"""
class CompareList extends StatefulWidget {
  const CompareList({super.key, required this.products});
  final List<String> products;

  @override
  State<CompareList> createState() => _CompareListState();
}

class _CompareListState extends State<CompareList> {
  static const _max = 3;
  final Set<String> _selected = {};

  void _toggle(String p) {
    if (_selected.contains(p)) {
      setState(() => _selected.remove(p));
      return;
    }
    if (_selected.length >= _max) {
      ScaffoldMessenger.of(context)
        ..hideCurrentSnackBar()
        ..showSnackBar(const SnackBar(content: Text('En fazla 3 ürün karşılaştırabilirsiniz')));
      return;
    }
    setState(() => _selected.add(p));
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('Karşılaştır (${_selected.length}/$_max)')),
      body: ListView(
        children: [
          for (final p in widget.products)
            CheckboxListTile(
              title: Text(p),
              value: _selected.contains(p),
              onChanged: (_) => _toggle(p),
            ),
        ],
      ),
      floatingActionButton: _selected.length >= 2
          ? FloatingActionButton.extended(onPressed: () {}, label: const Text('Karşılaştır'))
          : null,
    );
  }
}
""", api_free=True)

R(4002, "state", "orta", "code",
  "Ürün sayfasında renk ve beden seçildikçe o kombinasyonun fiyatı ve stok durumu güncellensin; stokta yoksa 'Sepete ekle' pasif olsun.",
  ["Renk ve beden secimine gore fiyat ve stok bilgisini degistir, stok yoksa buton pasif kalsin.",
   "Varyantlı üründe seçilen renk/beden ikilisine göre fiyatı ve stoğu nasıl gösteririm?"],
  ["setState", "ChoiceChip"], r"""
class Variant {
  const Variant(this.price, this.stock);
  final double price;
  final int stock;
}

class VariantPicker extends StatefulWidget {
  const VariantPicker({super.key});

  @override
  State<VariantPicker> createState() => _VariantPickerState();
}

class _VariantPickerState extends State<VariantPicker> {
  static const _variants = {
    ('Siyah', 'M'): Variant(499, 4),
    ('Siyah', 'L'): Variant(499, 0),
    ('Beyaz', 'M'): Variant(529, 2),
    ('Beyaz', 'L'): Variant(529, 7),
  };
  String _color = 'Siyah';
  String _size = 'M';

  @override
  Widget build(BuildContext context) {
    final v = _variants[(_color, _size)];
    final inStock = v != null && v.stock > 0;
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Wrap(spacing: 8, children: [
          for (final c in ['Siyah', 'Beyaz'])
            ChoiceChip(label: Text(c), selected: _color == c, onSelected: (_) => setState(() => _color = c)),
        ]),
        Wrap(spacing: 8, children: [
          for (final s in ['M', 'L'])
            ChoiceChip(label: Text(s), selected: _size == s, onSelected: (_) => setState(() => _size = s)),
        ]),
        Text(v == null ? 'Bu seçenek yok' : '${v.price.toStringAsFixed(0)} TL'),
        Text(inStock ? 'Stokta ${v.stock} adet' : 'Tükendi',
            style: TextStyle(color: inStock ? Colors.green : Colors.red)),
        FilledButton(
          onPressed: inStock ? () {} : null, // null -> pasif
          child: const Text('Sepete ekle'),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4003, "state", "orta", "code",
  "Anket kartında bir seçeneğe oy verince tüm seçeneklerin yüzdeleri çubuk olarak görünsün ve tekrar oy verilemesin.",
  ["Oy verildikten sonra seceneklerin yuzdesini ilerleme cubugu ile goster, ikinci oy engellensin.",
   "Basit bir anket widget'ında oy kullanıldıktan sonra sonuçları yüzde olarak nasıl gösteririm?"],
  ["setState", "LinearProgressIndicator"], r"""
class PollCard extends StatefulWidget {
  const PollCard({super.key, required this.question, required this.votes});
  final String question;
  final Map<String, int> votes; // mevcut oylar

  @override
  State<PollCard> createState() => _PollCardState();
}

class _PollCardState extends State<PollCard> {
  late final Map<String, int> _votes = Map.of(widget.votes);
  String? _myChoice;

  int get _total => _votes.values.fold(0, (a, b) => a + b);

  void _vote(String option) {
    if (_myChoice != null) return; // bir kez oy
    setState(() {
      _myChoice = option;
      _votes[option] = (_votes[option] ?? 0) + 1;
    });
  }

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(12),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(widget.question, style: Theme.of(context).textTheme.titleMedium),
            for (final e in _votes.entries)
              if (_myChoice == null)
                OutlinedButton(onPressed: () => _vote(e.key), child: Text(e.key))
              else
                Padding(
                  padding: const EdgeInsets.symmetric(vertical: 4),
                  child: Column(
                    crossAxisAlignment: CrossAxisAlignment.start,
                    children: [
                      Text('${e.key}${e.key == _myChoice ? ' ✓' : ''}  %${(e.value * 100 / _total).round()}'),
                      LinearProgressIndicator(value: e.value / _total),
                    ],
                  ),
                ),
            if (_myChoice != null) Text('$_total oy'),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

R(4004, "state", "zor", "code",
  "İki kişilik XOX (tic-tac-toe) oyunu yap: sırayla X ve O konsun, kazanan veya beraberlik yazsın, 'Yeni oyun' ile tahta temizlensin.",
  ["Iki oyunculu XOX oyunu yaz; kazanani bulsun, berabere durumunu gostersin ve yeniden baslatilabilsin.",
   "3x3 tahtalı tic-tac-toe oyununun durumunu setState ile nasıl yönetirim?"],
  ["setState", "GridView"], r"""
class TicTacToe extends StatefulWidget {
  const TicTacToe({super.key});

  @override
  State<TicTacToe> createState() => _TicTacToeState();
}

class _TicTacToeState extends State<TicTacToe> {
  static const _lines = [
    [0, 1, 2], [3, 4, 5], [6, 7, 8], // satırlar
    [0, 3, 6], [1, 4, 7], [2, 5, 8], // sütunlar
    [0, 4, 8], [2, 4, 6], // çaprazlar
  ];
  List<String?> _board = List.filled(9, null);
  String _turn = 'X';
  String? _winner;

  bool get _draw => _winner == null && !_board.contains(null);

  void _play(int i) {
    if (_board[i] != null || _winner != null) return;
    setState(() {
      _board[i] = _turn;
      for (final l in _lines) {
        final a = _board[l[0]];
        if (a != null && a == _board[l[1]] && a == _board[l[2]]) _winner = a;
      }
      _turn = _turn == 'X' ? 'O' : 'X';
    });
  }

  void _reset() => setState(() {
        _board = List.filled(9, null);
        _turn = 'X';
        _winner = null;
      });

  @override
  Widget build(BuildContext context) {
    final status = _winner != null ? 'Kazanan: $_winner' : _draw ? 'Berabere' : 'Sıra: $_turn';
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        Text(status, style: Theme.of(context).textTheme.headlineSmall),
        SizedBox(
          width: 300,
          height: 300,
          child: GridView.count(
            crossAxisCount: 3,
            physics: const NeverScrollableScrollPhysics(),
            children: [
              for (var i = 0; i < 9; i++)
                InkWell(
                  onTap: () => _play(i),
                  child: Container(
                    decoration: BoxDecoration(border: Border.all(color: Colors.grey)),
                    alignment: Alignment.center,
                    child: Text(_board[i] ?? '', style: const TextStyle(fontSize: 48)),
                  ),
                ),
            ],
          ),
        ),
        FilledButton(onPressed: _reset, child: const Text('Yeni oyun')),
      ],
    );
  }
}
""", api_free=True)

R(4005, "state", "zor", "code",
  "Dört işlem yapan basit bir hesap makinesi ekranı yap: rakam tuşları, + - × ÷, eşittir ve temizle (C) olsun.",
  ["Basit hesap makinesi uygulamasi yaz; dort islem, esittir ve temizle tusu olsun.",
   "Tuşlarına basıldıkça ekrandaki sayıyı güncelleyen dört işlemli bir hesap makinesini nasıl yazarım?"],
  ["setState", "double.parse | double.tryParse"], r"""
class Calculator extends StatefulWidget {
  const Calculator({super.key});

  @override
  State<Calculator> createState() => _CalculatorState();
}

class _CalculatorState extends State<Calculator> {
  String _display = '0';
  double? _first; // ilk sayı
  String? _op; // bekleyen işlem
  bool _newNumber = true; // sıradaki rakam yeni sayı başlatır mı

  double _calc(double a, double b, String op) => switch (op) {
        '+' => a + b,
        '-' => a - b,
        '×' => a * b,
        _ => b == 0 ? double.nan : a / b,
      };

  String _format(double v) =>
      v.isNaN ? 'Hata' : (v == v.truncateToDouble() ? v.toInt().toString() : v.toString());

  void _press(String k) => setState(() {
        if (k == 'C') {
          _display = '0';
          _first = null;
          _op = null;
          _newNumber = true;
        } else if ('+-×÷='.contains(k)) {
          final value = double.tryParse(_display) ?? 0;
          // Bekleyen işlem varsa önce onu sonuçlandır
          final result = (_first != null && _op != null && !_newNumber) ? _calc(_first!, value, _op!) : value;
          _display = _format(result);
          _first = k == '=' ? null : result;
          _op = k == '=' ? null : k;
          _newNumber = true;
        } else if (_newNumber) {
          _display = k == '.' ? '0.' : k;
          _newNumber = false;
        } else if (!(k == '.' && _display.contains('.'))) {
          _display += k;
        }
      });

  @override
  Widget build(BuildContext context) {
    const keys = ['7', '8', '9', '÷', '4', '5', '6', '×', '1', '2', '3', '-', 'C', '0', '.', '+'];
    return Column(
      children: [
        Container(
          alignment: Alignment.centerRight,
          padding: const EdgeInsets.all(16),
          child: Text(_display, style: const TextStyle(fontSize: 40)),
        ),
        Expanded(
          child: GridView.count(
            crossAxisCount: 4,
            children: [
              for (final k in keys)
                TextButton(onPressed: () => _press(k), child: Text(k, style: const TextStyle(fontSize: 24))),
            ],
          ),
        ),
        SizedBox(width: double.infinity, child: FilledButton(onPressed: () => _press('='), child: const Text('='))),
      ],
    );
  }
}
""", api_free=True)

R(4006, "state", "orta", "code",
  "Sohbette yazıp göndermediğim mesaj, sohbetten çıkıp tekrar girince kutuda taslak olarak dursun; her sohbetin taslağı ayrı olsun.",
  ["Her sohbet icin yarim kalan mesaj taslagini sakla, sohbete geri donunce yazi kutusunda olsun.",
   "Sohbet ekranı kapanınca mesaj kutusundaki yazı kaybolmasın ve her sohbette ayrı saklansın; bunu nasıl yaparım?"],
  ["TextEditingController", "dispose"], r"""
// Sayfalardan bağımsız yaşayan basit taslak deposu (uygulama açık kaldıkça)
class DraftStore {
  DraftStore._();
  static final instance = DraftStore._();
  final Map<String, String> _drafts = {};

  String read(String chatId) => _drafts[chatId] ?? '';
  void save(String chatId, String text) {
    if (text.trim().isEmpty) {
      _drafts.remove(chatId); // boş taslak tutma
    } else {
      _drafts[chatId] = text;
    }
  }
}

class ChatPage extends StatefulWidget {
  const ChatPage({super.key, required this.chatId});
  final String chatId;

  @override
  State<ChatPage> createState() => _ChatPageState();
}

class _ChatPageState extends State<ChatPage> {
  late final TextEditingController _input =
      TextEditingController(text: DraftStore.instance.read(widget.chatId));

  @override
  void dispose() {
    // Sayfa kapanırken yazılanı taslak olarak sakla
    DraftStore.instance.save(widget.chatId, _input.text);
    _input.dispose();
    super.dispose();
  }

  void _send() {
    debugPrint('Gönderildi: ${_input.text}');
    _input.clear(); // gönderilen mesaj taslak olarak kalmasın
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('Sohbet ${widget.chatId}')),
      body: const Center(child: Text('Mesajlar')),
      bottomNavigationBar: Padding(
        padding: EdgeInsets.only(bottom: MediaQuery.viewInsetsOf(context).bottom),
        child: Row(
          children: [
            Expanded(child: TextField(controller: _input, decoration: const InputDecoration(hintText: 'Mesaj'))),
            IconButton(icon: const Icon(Icons.send), onPressed: _send),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

R(4007, "state", "orta", "code",
  "Profil düzenleme sayfasında hiçbir alan değişmediyse 'Kaydet' butonu pasif olsun; bir alan değişince aktifleşsin, eski haline dönünce yine pasif olsun.",
  ["Formda degisiklik yoksa kaydet butonunu pasif yap, bir alan degisince aktif et.",
   "Kaydedilecek bir değişiklik olup olmadığını nasıl anlarım, buton sadece o zaman nasıl aktif olur?"],
  ["TextEditingController", "addListener | onChanged", "dispose"], r"""
class EditProfilePage extends StatefulWidget {
  const EditProfilePage({super.key, required this.name, required this.city});
  final String name;
  final String city;

  @override
  State<EditProfilePage> createState() => _EditProfilePageState();
}

class _EditProfilePageState extends State<EditProfilePage> {
  late final _name = TextEditingController(text: widget.name);
  late final _city = TextEditingController(text: widget.city);
  bool _dirty = false;

  @override
  void initState() {
    super.initState();
    _name.addListener(_check);
    _city.addListener(_check);
  }

  void _check() {
    // Başlangıç değerleriyle karşılaştır: geri yazılınca tekrar pasif olur
    final dirty = _name.text != widget.name || _city.text != widget.city;
    if (dirty != _dirty) setState(() => _dirty = dirty);
  }

  @override
  void dispose() {
    _name.dispose();
    _city.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Profili düzenle'),
        actions: [
          TextButton(onPressed: _dirty ? () => Navigator.pop(context) : null, child: const Text('Kaydet')),
        ],
      ),
      body: Column(
        children: [
          TextField(controller: _name, decoration: const InputDecoration(labelText: 'Ad')),
          TextField(controller: _city, decoration: const InputDecoration(labelText: 'Şehir')),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4008, "state", "kolay", "code",
  "Yapılacaklar listesinde tamamlanan görevlerin oranı üstte bir ilerleme çubuğu ve '3/5 tamamlandı' yazısıyla görünsün, işaretledikçe güncellensin.",
  ["Gorevleri isaretledikce ustteki ilerleme cubugu ve tamamlanan sayisi guncellensin.",
   "Tamamlanan görev yüzdesini gösteren bir ilerleme çubuğunu liste ile birlikte nasıl güncel tutarım?"],
  ["setState", "LinearProgressIndicator", "CheckboxListTile | Checkbox"], r"""
class TaskProgressList extends StatefulWidget {
  const TaskProgressList({super.key});

  @override
  State<TaskProgressList> createState() => _TaskProgressListState();
}

class _TaskProgressListState extends State<TaskProgressList> {
  final Map<String, bool> _tasks = {
    'Su iç': false,
    '30 dk yürüyüş': false,
    'Kitap oku': true,
    'E-postaları yanıtla': false,
    'Erken yat': false,
  };

  @override
  Widget build(BuildContext context) {
    // Oran state olarak tutulmaz, listeden hesaplanır
    final done = _tasks.values.where((v) => v).length;
    final total = _tasks.length;
    return Column(
      children: [
        Padding(
          padding: const EdgeInsets.all(16),
          child: Column(
            children: [
              LinearProgressIndicator(value: total == 0 ? 0 : done / total),
              const SizedBox(height: 8),
              Text('$done/$total tamamlandı'),
            ],
          ),
        ),
        Expanded(
          child: ListView(
            children: [
              for (final t in _tasks.keys)
                CheckboxListTile(
                  title: Text(t),
                  value: _tasks[t],
                  onChanged: (v) => setState(() => _tasks[t] = v ?? false),
                ),
            ],
          ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4009, "state", "kolay", "code",
  "Ses seviyesi kaydırıcısı oynatıldıkça yanındaki ikon değişsin: 0'da sessiz, yarıya kadar kısık, üstünde yüksek ses ikonu görünsün.",
  ["Slider degeri degistikce ses ikonunu sessiz, dusuk ve yuksek olarak degistir.",
   "Ses ayarı çubuğunun değerine göre ikon değiştiren bir widget nasıl yazılır?"],
  ["Slider", "setState | ValueNotifier", "Icons.volume_off"], r"""
class VolumeControl extends StatefulWidget {
  const VolumeControl({super.key});

  @override
  State<VolumeControl> createState() => _VolumeControlState();
}

class _VolumeControlState extends State<VolumeControl> {
  double _volume = 0.6;

  IconData get _icon {
    if (_volume == 0) return Icons.volume_off;
    if (_volume < 0.5) return Icons.volume_down;
    return Icons.volume_up;
  }

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        IconButton(
          icon: Icon(_icon),
          // İkona basınca sessize al / eski seviyeye dön yerine basitçe 0 <-> 0.5
          onPressed: () => setState(() => _volume = _volume == 0 ? 0.5 : 0),
        ),
        Expanded(
          child: Slider(
            value: _volume,
            onChanged: (v) => setState(() => _volume = v),
          ),
        ),
        Text('%${(_volume * 100).round()}'),
      ],
    );
  }
}
""", api_free=True)

R(4010, "state", "orta", "code",
  "Sekmeli sayfada 'Filtre' sekmesinde seçilen kategori, 'Ürünler' sekmesindeki listeyi süzsün; sekmeler arası geçişte seçim kaybolmasın.",
  ["Bir sekmede secilen filtre diger sekmedeki listeyi etkilesin, sekme degisince secim kaybolmasin.",
   "İki sekme arasında ortak bir filtre durumunu nasıl paylaşırım, state'i nereye koymalıyım?"],
  ["ValueNotifier | setState | ChangeNotifier", "TabBarView"], r"""
class ShopTabs extends StatefulWidget {
  const ShopTabs({super.key});

  @override
  State<ShopTabs> createState() => _ShopTabsState();
}

class _ShopTabsState extends State<ShopTabs> {
  // Ortak state iki sekmenin ortak ebeveyninde tutulur
  final _category = ValueNotifier<String?>(null);
  static const _products = {'Telefon': 'Elektronik', 'Tişört': 'Giyim', 'Kulaklık': 'Elektronik', 'Mont': 'Giyim'};

  @override
  void dispose() {
    _category.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return DefaultTabController(
      length: 2,
      child: Scaffold(
        appBar: AppBar(bottom: const TabBar(tabs: [Tab(text: 'Ürünler'), Tab(text: 'Filtre')])),
        body: ValueListenableBuilder<String?>(
          valueListenable: _category,
          builder: (context, selected, _) => TabBarView(
            children: [
              ListView(
                children: [
                  for (final e in _products.entries)
                    if (selected == null || e.value == selected) ListTile(title: Text(e.key), subtitle: Text(e.value)),
                ],
              ),
              Wrap(
                spacing: 8,
                children: [
                  for (final c in [null, 'Elektronik', 'Giyim'])
                    ChoiceChip(
                      label: Text(c ?? 'Tümü'),
                      selected: selected == c,
                      onSelected: (_) => _category.value = c,
                    ),
                ],
              ),
            ],
          ),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4011, "state", "kolay", "code",
  "Oyun ekranındaki 'Yeniden başla' butonuna basınca alt widget'ların içindeki tüm state (skor, süre, seçimler) tek seferde sıfırlansın.",
  ["Yeniden baslat butonuna basinca oyun alanindaki widget'larin tum state'ini sifirla.",
   "Alt widget'ların state'ini tek tek temizlemeden hepsini baştan oluşturmanın yolu nedir?"],
  ["Key"], r"""
class GameScreen extends StatefulWidget {
  const GameScreen({super.key});

  @override
  State<GameScreen> createState() => _GameScreenState();
}

class _GameScreenState extends State<GameScreen> {
  int _round = 0;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text('Tur ${_round + 1}'),
        actions: [
          IconButton(
            icon: const Icon(Icons.restart_alt),
            // Key değişince Flutter eski State'leri atar, yenilerini oluşturur
            onPressed: () => setState(() => _round++),
          ),
        ],
      ),
      body: GameBoard(key: ValueKey(_round)),
    );
  }
}

class GameBoard extends StatefulWidget {
  const GameBoard({super.key});

  @override
  State<GameBoard> createState() => _GameBoardState();
}

class _GameBoardState extends State<GameBoard> {
  int _score = 0; // yeni State oluşunca kendiliğinden 0'dan başlar

  @override
  Widget build(BuildContext context) {
    return Center(
      child: FilledButton(onPressed: () => setState(() => _score++), child: Text('Skor: $_score')),
    );
  }
}
""", api_free=True)

R(4012, "state", "orta", "code",
  "10 saniyelik tıklama oyunu yap: 'Başla'ya basınca süre geri saysın, süre bitene kadar butona kaç kez basıldığı sayılsın, sonunda skor görünsün.",
  ["10 saniye icinde butona kac kez basildigini sayan basit bir oyun yaz.",
   "Süre bitince tıklamayı durduran ve skoru gösteren hızlı tıklama oyununu nasıl yaparım?"],
  ["Timer", "setState", "cancel"], r"""
class TapGame extends StatefulWidget {
  const TapGame({super.key});

  @override
  State<TapGame> createState() => _TapGameState();
}

class _TapGameState extends State<TapGame> {
  Timer? _timer;
  int _left = 0;
  int _taps = 0;

  bool get _running => _left > 0;

  void _start() {
    _timer?.cancel();
    setState(() {
      _taps = 0;
      _left = 10;
    });
    _timer = Timer.periodic(const Duration(seconds: 1), (t) {
      setState(() => _left--);
      if (_left == 0) t.cancel();
    });
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisAlignment: MainAxisAlignment.center,
      children: [
        Text(_running ? 'Kalan: $_left sn' : 'Skor: $_taps', style: const TextStyle(fontSize: 32)),
        const SizedBox(height: 16),
        if (_running)
          ElevatedButton(onPressed: () => setState(() => _taps++), child: Text('Bas! ($_taps)'))
        else
          FilledButton(onPressed: _start, child: const Text('Başla')),
      ],
    );
  }
}
""", api_free=True)

R(4013, "state", "kolay", "code",
  "Bildirim ayarları sayfasında kampanya, sipariş ve mesaj için ayrı açma kapama düğmeleri olsun; hepsinin durumu tek bir yerde tutulsun.",
  ["Birden fazla bildirim switch'inin degerini tek bir Map'te tut ve ekrani guncelle.",
   "Ayarlar ekranındaki birçok anahtarın durumunu ayrı ayrı değişken açmadan nasıl yönetirim?"],
  ["SwitchListTile | Switch", "setState"], r"""
class NotificationSettings extends StatefulWidget {
  const NotificationSettings({super.key});

  @override
  State<NotificationSettings> createState() => _NotificationSettingsState();
}

class _NotificationSettingsState extends State<NotificationSettings> {
  // Her ayar için ayrı bool yerine tek Map
  final Map<String, bool> _prefs = {
    'Kampanyalar': false,
    'Sipariş durumu': true,
    'Mesajlar': true,
  };

  @override
  Widget build(BuildContext context) {
    final allOn = _prefs.values.every((v) => v);
    return ListView(
      children: [
        SwitchListTile(
          title: const Text('Tümü'),
          value: allOn,
          onChanged: (v) => setState(() => _prefs.updateAll((_, __) => v)),
        ),
        const Divider(),
        for (final key in _prefs.keys)
          SwitchListTile(
            title: Text(key),
            value: _prefs[key]!,
            onChanged: (v) => setState(() => _prefs[key] = v),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4014, "state", "orta", "code",
  "flutter_bloc Cubit ile görev listesi yaz: görev ekle, sil ve tamamlandı olarak işaretle; ekran BlocBuilder ile güncellensin.",
  ["Cubit kullanarak ekleme, silme ve tamamlama yapilabilen bir todo listesi olustur.",
   "Bloc paketinde Cubit ile yapılacaklar listesini nasıl yönetirim, liste nasıl güncellenir?"],
  ["Cubit", "emit", "BlocBuilder"], r"""
// pubspec.yaml: flutter_bloc
class Todo {
  const Todo(this.id, this.title, {this.done = false});
  final int id;
  final String title;
  final bool done;

  Todo toggled() => Todo(id, title, done: !done);
}

class TodoCubit extends Cubit<List<Todo>> {
  TodoCubit() : super(const []);
  int _nextId = 0;

  // Her işlemde yeni liste emit edilir; eski liste değiştirilmez
  void add(String title) => emit([...state, Todo(_nextId++, title)]);
  void remove(int id) => emit(state.where((t) => t.id != id).toList());
  void toggle(int id) => emit([for (final t in state) t.id == id ? t.toggled() : t]);
}

class TodoPage extends StatelessWidget {
  const TodoPage({super.key});

  @override
  Widget build(BuildContext context) {
    return BlocProvider(
      create: (_) => TodoCubit(),
      child: Scaffold(
        appBar: AppBar(title: const Text('Görevler')),
        body: BlocBuilder<TodoCubit, List<Todo>>(
          builder: (context, todos) => ListView(
            children: [
              for (final t in todos)
                CheckboxListTile(
                  title: Text(t.title),
                  value: t.done,
                  onChanged: (_) => context.read<TodoCubit>().toggle(t.id),
                  secondary: IconButton(
                    icon: const Icon(Icons.delete_outline),
                    onPressed: () => context.read<TodoCubit>().remove(t.id),
                  ),
                ),
            ],
          ),
        ),
        floatingActionButton: Builder(
          builder: (context) => FloatingActionButton(
            onPressed: () => context.read<TodoCubit>().add('Yeni görev'),
            child: const Icon(Icons.add),
          ),
        ),
      ),
    );
  }
}
""")

R(4015, "state", "zor", "code",
  "Haberler Bloc ile yükleniyor; aşağı çekince yenile göstergesi Bloc yenilemeyi bitirene kadar dönmeye devam etsin, hemen kaybolmasın.",
  ["Asagi cekince cikan yenileme simgesi, Bloc'taki yenileme islemi bitene kadar ekranda nasil kalir?",
   "Aşağı çekip yenilemede yükleme simgesi, Bloc yeni state yayınlayana kadar ekranda kalsın."],
  ["RefreshIndicator", "onRefresh", "stream.firstWhere | Completer"], r"""
// pubspec.yaml: flutter_bloc
sealed class NewsEvent {}

class NewsRefreshed extends NewsEvent {
  NewsRefreshed([this.done]);
  final Completer<void>? done; // UI'ın beklemesi için
}

class NewsState {
  const NewsState(this.items);
  final List<String> items;
}

class NewsBloc extends Bloc<NewsEvent, NewsState> {
  NewsBloc() : super(const NewsState([])) {
    on<NewsRefreshed>((event, emit) async {
      try {
        await Future.delayed(const Duration(seconds: 1)); // API çağrısı
        emit(NewsState(['Haber ${DateTime.now().second}', ...state.items]));
      } finally {
        event.done?.complete(); // başarılı da olsa hata da olsa göstergeyi kapat
      }
    });
  }
}

class NewsList extends StatelessWidget {
  const NewsList({super.key});

  @override
  Widget build(BuildContext context) {
    return RefreshIndicator(
      onRefresh: () {
        final done = Completer<void>();
        context.read<NewsBloc>().add(NewsRefreshed(done));
        return done.future; // bu Future bitene kadar gösterge döner
      },
      child: BlocBuilder<NewsBloc, NewsState>(
        builder: (context, state) => ListView(
          physics: const AlwaysScrollableScrollPhysics(),
          children: [for (final n in state.items) ListTile(title: Text(n))],
        ),
      ),
    );
  }
}
""")

R(4016, "state", "orta", "code",
  "Bloc'ta sepete ekleme event'leri art arda gelince aynı anda işlenip sıra karışıyor; event'leri gelme sırasıyla tek tek işle.",
  ["Bloc event'lerinin paralel degil sirayla islenmesi icin bloc_concurrency sequential kullan.",
   "Hızlı gelen ekleme olaylarının birbirini beklemesini ve sırayla işlenmesini nasıl sağlarım?"],
  ["sequential", "transformer", "on<"], r"""
// pubspec.yaml: flutter_bloc, bloc_concurrency
sealed class CartEvent {}

class ItemAdded extends CartEvent {
  ItemAdded(this.productId);
  final String productId;
}

class CartBloc extends Bloc<CartEvent, List<String>> {
  CartBloc(this._api) : super(const []) {
    // Varsayılan davranış eşzamanlıdır (concurrent); sequential bir event
    // bitmeden sonrakini başlatmaz, böylece sunucuya gidiş sırası korunur
    on<ItemAdded>(_onAdded, transformer: sequential());
  }

  final Future<void> Function(String id) _api;

  Future<void> _onAdded(ItemAdded event, Emitter<List<String>> emit) async {
    await _api(event.productId);
    emit([...state, event.productId]);
  }
}
""")

R(4017, "state", "orta", "concept",
  "InheritedWidget'taki updateShouldNotify metodu ne işe yarar, her zaman true döndürsem ne olur?",
  ["updateShouldNotify ne zaman cagrilir ve neden dogru karsilastirma yapmaliyim?",
   "Kendi InheritedWidget'ımda bağımlı widget'ların ne zaman yeniden çizileceğini belirleyen metodu açıkla."],
  ["updateShouldNotify", "InheritedWidget"], r"""
// InheritedWidget yeniden oluşturulduğunda (ebeveyn rebuild olunca) Flutter,
// eski ve yeni örneği updateShouldNotify(oldWidget) ile karşılaştırır.
// - true dönerse: dependOnInheritedWidgetOfExactType ile bağlanan tüm widget'lar rebuild olur.
// - false dönerse: bağımlılar rebuild edilmez (veri değişmediyse gereksiz iş yapılmaz).
// Her zaman true döndürmek hata vermez ama ebeveyn her çizildiğinde tüm bağımlıları
// da boşuna yeniden çizer; büyük ağaçlarda performans düşer.
class UserScope extends InheritedWidget {
  const UserScope({super.key, required this.userName, required super.child});
  final String userName;

  static String of(BuildContext context) =>
      context.dependOnInheritedWidgetOfExactType<UserScope>()!.userName;

  @override
  bool updateShouldNotify(UserScope oldWidget) => oldWidget.userName != userName; // sadece gerçekten değişince
}
""")

R(4018, "state", "orta", "concept",
  "Riverpod'da Provider ile NotifierProvider arasındaki fark nedir, değişen bir değer için hangisini kullanmalıyım?",
  ["Riverpod Provider mi NotifierProvider mi, hangisi ne zaman kullanilir farki nedir?",
   "Salt okunur değer veren provider ile metotlarla değiştirilebilen provider farkını örnekle açıkla."],
  ["Provider", "NotifierProvider", "Notifier"], r"""
// pubspec.yaml: flutter_riverpod
// Provider: değeri hesaplar ve döndürür; dışarıdan değiştirilemez.
// Bağımlı olduğu provider'lar değişince kendiliğinden yeniden hesaplanır.
// Servis nesneleri (repository, client) ve türetilmiş değerler için uygundur.
final taxRateProvider = Provider<double>((ref) => 0.20);

// NotifierProvider: state'i bir Notifier sınıfında tutar; state'i değiştiren
// metotlar (increment, add, toggle...) yazılır. Kullanıcı etkileşimiyle değişen
// değerler için kullanılır.
class QuantityNotifier extends Notifier<int> {
  @override
  int build() => 1; // başlangıç değeri

  void increment() => state++;
  void decrement() => state = state > 1 ? state - 1 : 1;
}

final quantityProvider = NotifierProvider<QuantityNotifier, int>(QuantityNotifier.new);

// İkisini birleştiren türetilmiş değer yine Provider ile yazılır
final totalProvider = Provider<double>((ref) {
  final qty = ref.watch(quantityProvider);
  return qty * 100 * (1 + ref.watch(taxRateProvider));
});

// UI: ref.read(quantityProvider.notifier).increment();
""")

R(4019, "state", "orta", "code",
  "Riverpod'da liste yenilenirken hata olursa ekran tamamen hata mesajına dönmesin; eski liste görünmeye devam etsin, üstte hata uyarısı çıksın.",
  ["Riverpod AsyncValue hata verince onceki veriyi gostermeye devam et ve ustte hata bandi goster.",
   "Yenileme başarısız olunca eski veriyi kaybetmeden hatayı nasıl gösteririm (Riverpod)?"],
  ["hasValue | valueOrNull | value", "hasError | error"], r"""
// pubspec.yaml: flutter_riverpod
final newsProvider = FutureProvider.autoDispose<List<String>>((ref) async {
  await Future.delayed(const Duration(seconds: 1));
  return ['Haber 1', 'Haber 2'];
});

class NewsScreen extends ConsumerWidget {
  const NewsScreen({super.key});

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    final news = ref.watch(newsProvider);
    // Yenilemede hata olunca Riverpod önceki değeri AsyncError içinde saklar
    if (!news.hasValue) {
      return news.hasError
          ? Center(child: Text('Yüklenemedi: ${news.error}'))
          : const Center(child: CircularProgressIndicator());
    }
    final items = news.requireValue;
    return Column(
      children: [
        if (news.hasError)
          MaterialBanner(
            content: const Text('Güncellenemedi, eski veriler gösteriliyor'),
            actions: [TextButton(onPressed: () => ref.invalidate(newsProvider), child: const Text('Tekrar dene'))],
          ),
        if (news.isLoading) const LinearProgressIndicator(),
        Expanded(
          child: RefreshIndicator(
            onRefresh: () => ref.refresh(newsProvider.future),
            child: ListView(children: [for (final n in items) ListTile(title: Text(n))]),
          ),
        ),
      ],
    );
  }
}
""")

R(4020, "state", "orta", "code",
  "Riverpod'da sepetteki ürünleri tutan Notifier'dan, ürün eklenip çıkarıldıkça kendiliğinden güncellenen toplam tutar ve adet provider'ları türet.",
  ["Riverpod'da sepet listesinden otomatik hesaplanan toplam fiyat provider'i nasil yazilir?",
   "Sepet değiştikçe toplamı elle güncellemeden, türetilmiş provider ile hesaplat."],
  ["NotifierProvider", "ref.watch", "Provider"], r"""
// pubspec.yaml: flutter_riverpod
class CartItem {
  const CartItem(this.name, this.price, this.qty);
  final String name;
  final double price;
  final int qty;
}

class CartNotifier extends Notifier<List<CartItem>> {
  @override
  List<CartItem> build() => const [];

  void add(CartItem item) => state = [...state, item];
  void removeAt(int index) => state = [...state]..removeAt(index);
}

final cartProvider = NotifierProvider<CartNotifier, List<CartItem>>(CartNotifier.new);

// Türetilmiş değerler: cartProvider değişince kendiliğinden yeniden hesaplanır
final cartTotalProvider = Provider<double>(
  (ref) => ref.watch(cartProvider).fold(0, (sum, i) => sum + i.price * i.qty),
);
final cartCountProvider = Provider<int>(
  (ref) => ref.watch(cartProvider).fold(0, (sum, i) => sum + i.qty),
);

class CartFooter extends ConsumerWidget {
  const CartFooter({super.key});

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    final total = ref.watch(cartTotalProvider);
    final count = ref.watch(cartCountProvider);
    return ListTile(
      title: Text('$count ürün'),
      trailing: Text('${total.toStringAsFixed(2)} TL'),
    );
  }
}
""")

R(4021, "state", "orta", "code",
  "Müzik uygulamasında hangi sayfada olursam olayım altta çalan şarkıyı gösteren mini oynatıcı olsun; bir sayfada şarkı seçince mini oynatıcı güncellensin.",
  ["Her sayfada altta gorunen mini player yap, listeden sarki secince orada calan sarki degissin.",
   "Tüm sayfalarda ortak bir 'şu an çalıyor' çubuğu ve paylaşılan çalma durumu nasıl yapılır?"],
  ["ChangeNotifier", "notifyListeners", "ListenableBuilder | AnimatedBuilder | Consumer"], r"""
class PlayerModel extends ChangeNotifier {
  String? _song;
  bool _playing = false;

  String? get song => _song;
  bool get playing => _playing;

  void play(String song) {
    _song = song;
    _playing = true;
    notifyListeners();
  }

  void toggle() {
    if (_song == null) return;
    _playing = !_playing;
    notifyListeners();
  }
}

final player = PlayerModel(); // uygulama boyunca tek örnek

// MaterialApp(builder: (context, child) => MiniPlayerLayout(child: child!))
class MiniPlayerLayout extends StatelessWidget {
  const MiniPlayerLayout({super.key, required this.child});
  final Widget child;

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Expanded(child: child), // Navigator ve tüm sayfalar
        ListenableBuilder(
          listenable: player,
          builder: (context, _) {
            if (player.song == null) return const SizedBox.shrink();
            return Material(
              elevation: 8,
              child: SafeArea(
                top: false,
                child: ListTile(
                  leading: const Icon(Icons.music_note),
                  title: Text(player.song!),
                  trailing: IconButton(
                    icon: Icon(player.playing ? Icons.pause : Icons.play_arrow),
                    onPressed: player.toggle,
                  ),
                ),
              ),
            );
          },
        ),
      ],
    );
  }
}

// Herhangi bir sayfada: ListTile(title: Text(s), onTap: () => player.play(s))
""", api_free=True)

R(4022, "state", "zor", "code",
  "Kendi yazdığım geri sayım widget'ını dışarıdan başlatıp durdurabilmek için TextEditingController benzeri bir controller sınıfı yaz.",
  ["Ozel widget'ima disaridan start, pause ve reset cagrilabilen bir controller nasil yazarim?",
   "Ebeveyn widget'ın alt widget'ı yönetebilmesi için ChangeNotifier tabanlı bir controller tasarla."],
  ["ChangeNotifier", "notifyListeners", "dispose"], r"""
class CountdownController extends ChangeNotifier {
  CountdownController({this.seconds = 60}) : _left = seconds;
  final int seconds;
  int _left;
  Timer? _timer;

  int get left => _left;
  bool get isRunning => _timer?.isActive ?? false;

  void start() {
    if (isRunning || _left == 0) return;
    _timer = Timer.periodic(const Duration(seconds: 1), (t) {
      _left--;
      if (_left == 0) t.cancel();
      notifyListeners();
    });
    notifyListeners();
  }

  void pause() {
    _timer?.cancel();
    notifyListeners();
  }

  void reset() {
    _timer?.cancel();
    _left = seconds;
    notifyListeners();
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }
}

class CountdownText extends StatelessWidget {
  const CountdownText({super.key, required this.controller});
  final CountdownController controller;

  @override
  Widget build(BuildContext context) {
    return ListenableBuilder(
      listenable: controller,
      builder: (_, __) => Text('${controller.left}', style: const TextStyle(fontSize: 48)),
    );
  }
}

// Ebeveyn: controller'ı State'te oluşturur, dispose'da kapatır;
// butonlarda controller.start(), controller.pause(), controller.reset() çağırır.
""")

R(4023, "state", "orta", "concept",
  "Uygulama durumunu global değişkenlerde tutmak neden önerilmez? Değişken değişince ekran neden güncellenmiyor?",
  ["State'i global degiskende tutarsam ne sorun olur, ekran neden kendiliginden yenilenmez?",
   "Global değişkenle durum paylaşmanın sakıncalarını ve yerine ne kullanılacağını açıkla."],
  ["ValueNotifier", "ValueListenableBuilder"], r"""
// Flutter, düz bir değişkenin değiştiğini bilemez: ekranın yenilenmesi için
// setState, notifyListeners, emit gibi bir bildirim gerekir. Global değişken
// değişince kimse haber almaz, eski değer ekranda kalır.
// Ayrıca globaller: her yerden değiştirilebildiği için hatayı bulmak zorlaşır,
// testlerde testler birbirini etkiler (state sıfırlanmaz) ve kimin neyi
// kullandığı belli olmaz.
//
// Kötü: int cartCount = 0;  // değişince ekran güncellenmez
//
// Daha iyi: dinlenebilir bir nesne kullanıp değişimi bildirmek
final cartCount = ValueNotifier<int>(0);

class CartBadgeText extends StatelessWidget {
  const CartBadgeText({super.key});

  @override
  Widget build(BuildContext context) {
    return ValueListenableBuilder<int>(
      valueListenable: cartCount,
      builder: (_, count, __) => Text('Sepet: $count'),
    );
  }
}
// Büyüyen uygulamada bunu da Provider/Riverpod/Bloc ile ağaç üzerinden vermek
// test edilebilirlik ve kapsam kontrolü sağlar.
""", api_free=True)

R(4024, "state", "orta", "code",
  "Bloc'ta 'emit was called after an event handler completed normally' hatası alıyorum; stream dinleyip içinden emit ediyorum, doğrusu nasıl?",
  ["Bloc handler bittikten sonra emit cagirinca hata veriyor, listen icinden emit etmek yerine ne yapmaliyim?",
   "Olay işleyicisi bittikten sonra emit çağırma hatasını düzelt; işleyici stream bitene kadar beklesin."],
  ["emit.forEach | emit.onEach | await"], r"""
// pubspec.yaml: flutter_bloc
// Sebep: handler async değilse ya da listen ile abone olup hemen dönüyorsa,
// handler tamamlanmış sayılır; sonra gelen emit çağrısı geçersizdir.
// Doğrusu: handler'ın içinde bekle (await). Stream için emit.forEach kullan.
sealed class PriceEvent {}

class PriceWatchStarted extends PriceEvent {}

class PriceBloc extends Bloc<PriceEvent, double> {
  PriceBloc(this._prices) : super(0) {
    on<PriceWatchStarted>((event, emit) async {
      // YANLIŞ: _prices.listen((p) => emit(p));  // handler hemen biter
      // DOĞRU: stream bitene ya da bloc kapanana kadar handler açık kalır
      await emit.forEach<double>(
        _prices,
        onData: (price) => price,
        onError: (_, __) => state, // hatada son değeri koru
      );
    });
  }

  final Stream<double> _prices;
}
""")

R(4025, "state", "kolay", "code",
  "Sipariş takip ekranında 'Alındı → Hazırlanıyor → Yolda → Teslim edildi' adımları olsun; mevcut adıma kadar olanlar renkli görünsün, butonla sonraki adıma geçilsin.",
  ["Siparis durum adimlarini gosteren, gecilen adimlari renklendiren ve sonraki adima gecen bir ekran yap.",
   "Sipariş aşamalarını enum ile tutup ekranda ilerleme adımları olarak nasıl gösteririm?"],
  ["enum", "setState"], r"""
enum OrderStep { received, preparing, onTheWay, delivered }

const _labels = {
  OrderStep.received: 'Alındı',
  OrderStep.preparing: 'Hazırlanıyor',
  OrderStep.onTheWay: 'Yolda',
  OrderStep.delivered: 'Teslim edildi',
};

class OrderTracker extends StatefulWidget {
  const OrderTracker({super.key});

  @override
  State<OrderTracker> createState() => _OrderTrackerState();
}

class _OrderTrackerState extends State<OrderTracker> {
  OrderStep _current = OrderStep.received;

  bool get _isLast => _current == OrderStep.values.last;

  @override
  Widget build(BuildContext context) {
    final color = Theme.of(context).colorScheme.primary;
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        for (final step in OrderStep.values)
          ListTile(
            leading: Icon(
              step.index <= _current.index ? Icons.check_circle : Icons.radio_button_unchecked,
              color: step.index <= _current.index ? color : Colors.grey,
            ),
            title: Text(
              _labels[step]!,
              style: TextStyle(fontWeight: step == _current ? FontWeight.bold : FontWeight.normal),
            ),
          ),
        FilledButton(
          onPressed: _isLast ? null : () => setState(() => _current = OrderStep.values[_current.index + 1]),
          child: const Text('Sonraki adım'),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4026, "state", "kolay", "code",
  "Kırmızı, yeşil ve mavi için üç kaydırıcı olsun; kaydırdıkça üstteki kutunun rengi ve renk kodu (#RRGGBB) anında değişsin.",
  ["Uc slider ile RGB renk secici yap, kutunun rengi ve hex kodu aninda guncellensin.",
   "Renk bileşenlerini kaydırıcılarla ayarlayıp önizlemesini gösteren widget nasıl yazılır?"],
  ["Slider", "setState", "Color.fromARGB | Color.fromRGBO"], r"""
class RgbPicker extends StatefulWidget {
  const RgbPicker({super.key});

  @override
  State<RgbPicker> createState() => _RgbPickerState();
}

class _RgbPickerState extends State<RgbPicker> {
  double _r = 33, _g = 150, _b = 243;

  String get _hex => '#${[_r, _g, _b].map((v) => v.round().toRadixString(16).padLeft(2, '0')).join().toUpperCase()}';

  Widget _slider(String label, double value, Color color, ValueChanged<double> onChanged) {
    return Row(
      children: [
        SizedBox(width: 24, child: Text(label)),
        Expanded(
          child: Slider(value: value, max: 255, activeColor: color, onChanged: onChanged),
        ),
        SizedBox(width: 36, child: Text('${value.round()}')),
      ],
    );
  }

  @override
  Widget build(BuildContext context) {
    final color = Color.fromARGB(255, _r.round(), _g.round(), _b.round());
    return Column(
      children: [
        Container(height: 100, color: color, alignment: Alignment.center, child: Text(_hex)),
        _slider('R', _r, Colors.red, (v) => setState(() => _r = v)),
        _slider('G', _g, Colors.green, (v) => setState(() => _g = v)),
        _slider('B', _b, Colors.blue, (v) => setState(() => _b = v)),
      ],
    );
  }
}
""", api_free=True)

R(4027, "state", "kolay", "code",
  "Sesli mesaj listesinde bir mesajın oynat butonuna basınca o çalsın, o sırada çalan başka mesaj varsa durmuş görünsün; aynı anda sadece biri çalsın.",
  ["Listede ayni anda yalnizca bir ogenin oynatiliyor durumda olmasini sagla.",
   "Birine basınca diğerlerinin oynat ikonunun geri döndüğü tek aktif öğeli liste nasıl yapılır?"],
  ["setState", "Icons.pause | Icons.stop"], r"""
class VoiceMessageList extends StatefulWidget {
  const VoiceMessageList({super.key, required this.messages});
  final List<String> messages;

  @override
  State<VoiceMessageList> createState() => _VoiceMessageListState();
}

class _VoiceMessageListState extends State<VoiceMessageList> {
  // Her satırın kendi bool'u yerine tek bir "çalan index" tutulur
  int? _playingIndex;

  void _toggle(int i) {
    setState(() => _playingIndex = _playingIndex == i ? null : i);
    // Gerçek oynatıcıda burada önceki durdurulup yenisi başlatılır
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: widget.messages.length,
      itemBuilder: (context, i) {
        final playing = _playingIndex == i;
        return ListTile(
          leading: IconButton(
            icon: Icon(playing ? Icons.pause : Icons.play_arrow),
            onPressed: () => _toggle(i),
          ),
          title: Text(widget.messages[i]),
          subtitle: playing ? const LinearProgressIndicator() : null,
        );
      },
    );
  }
}
""", api_free=True)

R(4028, "state", "orta", "code",
  "Sepete ekle butonuna basınca buton 2 saniyeliğine yeşil 'Eklendi ✓' olsun, sonra eski haline dönsün; bu sırada sayfa kapanırsa hata olmasın.",
  ["Sepete ekleyince butonu kisa sure eklendi olarak gosterip sonra eski haline dondur.",
   "Butona basınca geçici bir onay görünümü verip birkaç saniye sonra sıfırlayan widget nasıl yazılır?"],
  ["setState", "Timer | Future.delayed", "mounted | cancel"], r"""
class AddToCartButton extends StatefulWidget {
  const AddToCartButton({super.key, required this.onAdd});
  final VoidCallback onAdd;

  @override
  State<AddToCartButton> createState() => _AddToCartButtonState();
}

class _AddToCartButtonState extends State<AddToCartButton> {
  bool _added = false;
  Timer? _reset;

  void _press() {
    widget.onAdd();
    setState(() => _added = true);
    _reset?.cancel(); // art arda basılırsa süre baştan başlasın
    _reset = Timer(const Duration(seconds: 2), () {
      if (mounted) setState(() => _added = false);
    });
  }

  @override
  void dispose() {
    _reset?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return FilledButton.icon(
      style: FilledButton.styleFrom(backgroundColor: _added ? Colors.green : null),
      onPressed: _press,
      icon: Icon(_added ? Icons.check : Icons.add_shopping_cart),
      label: Text(_added ? 'Eklendi' : 'Sepete ekle'),
    );
  }
}
""", api_free=True)

R(4029, "state", "kolay", "code",
  "GetX ile butona basınca artan bir sayaç yap; değişken .obs olsun ve ekran Obx ile güncellensin.",
  ["GetX kullanarak setState olmadan sayac yap, Obx ile ekrani yenile.",
   "GetX'te reaktif değişken ve Obx ile basit sayaç nasıl yazılır?"],
  ["GetxController", ".obs", "Obx"], r"""
// pubspec.yaml: get
class CounterController extends GetxController {
  final count = 0.obs; // RxInt: değişince Obx'ler güncellenir

  void increment() => count.value++;
}

class CounterPage extends StatelessWidget {
  CounterPage({super.key});

  // Get.put controller'ı oluşturur ve kaydeder
  final CounterController c = Get.put(CounterController());

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('GetX sayaç')),
      // Sadece Obx içindeki kısım yeniden çizilir
      body: Center(child: Obx(() => Text('${c.count.value}', style: const TextStyle(fontSize: 48)))),
      floatingActionButton: FloatingActionButton(
        onPressed: c.increment,
        child: const Icon(Icons.add),
      ),
    );
  }
}
""")

R(4030, "state", "orta", "code",
  "GetX'te sepet controller'ını bir kez kaydedip ürün sayfasında ürün ekleyince sepet sayfasında da aynı liste görünsün (Get.find).",
  ["GetX ile iki sayfa arasinda ayni controller'i paylas, birinde eklenen digerinde gorunsun.",
   "Get.put ile oluşturduğum controller'a başka bir sayfadan nasıl erişirim?"],
  ["Get.put | Get.lazyPut", "Get.find", "Obx"], r"""
// pubspec.yaml: get
class CartController extends GetxController {
  final items = <String>[].obs; // RxList: add/remove Obx'i tetikler

  void add(String name) => items.add(name);
  void remove(String name) => items.remove(name);
}

// main içinde runApp'ten önce bir kez çağrılır
void registerControllers() => Get.put(CartController(), permanent: true);

class ProductPage extends StatelessWidget {
  const ProductPage({super.key});

  @override
  Widget build(BuildContext context) {
    final cart = Get.find<CartController>(); // aynı örnek
    return Scaffold(
      appBar: AppBar(
        title: const Text('Ürünler'),
        actions: [Obx(() => Center(child: Text('Sepet: ${cart.items.length}  ')))],
      ),
      body: ListView(
        children: [
          for (final p in ['Kalem', 'Defter', 'Silgi'])
            ListTile(title: Text(p), trailing: const Icon(Icons.add), onTap: () => cart.add(p)),
        ],
      ),
    );
  }
}

class CartPage extends StatelessWidget {
  const CartPage({super.key});

  @override
  Widget build(BuildContext context) {
    final cart = Get.find<CartController>();
    return Scaffold(
      appBar: AppBar(title: const Text('Sepet')),
      body: Obx(
        () => ListView(
          children: [
            for (final item in cart.items)
              ListTile(title: Text(item), trailing: IconButton(icon: const Icon(Icons.delete), onPressed: () => cart.remove(item))),
          ],
        ),
      ),
    );
  }
}
""")

R(4031, "state", "orta", "code",
  "GetX controller'ının onInit metodunda worker kur: query .obs değeri yarım saniye değişmeden kalınca ürün listesini sunucudan getir.",
  ["GetX ile Rx degisken durulunca calisan bir worker nasil kurulur, urunleri ancak o zaman getir?",
   "GetX worker kullanarak arama isteğini yazma bitince gönder."],
  ["debounce", "onInit", ".obs"], r"""
// pubspec.yaml: get
class ProductSearchController extends GetxController {
  final query = ''.obs;
  final results = <String>[].obs;
  final loading = false.obs;

  @override
  void onInit() {
    super.onInit();
    // query her değiştiğinde değil, 500 ms sessizlikten sonra çalışır
    debounce<String>(query, _search, time: const Duration(milliseconds: 500));
  }

  Future<void> _search(String q) async {
    if (q.trim().isEmpty) {
      results.clear();
      return;
    }
    loading.value = true;
    await Future.delayed(const Duration(milliseconds: 300)); // API isteği
    results.assignAll(['$q sonucu 1', '$q sonucu 2']);
    loading.value = false;
  }
}

class SearchView extends StatelessWidget {
  SearchView({super.key});
  final c = Get.put(ProductSearchController());

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(onChanged: (v) => c.query.value = v),
        Obx(() => c.loading.value ? const LinearProgressIndicator() : const SizedBox.shrink()),
        Expanded(
          child: Obx(() => ListView(children: [for (final r in c.results) ListTile(title: Text(r))])),
        ),
      ],
    );
  }
}
""")

R(4032, "state", "orta", "code",
  "Riverpod'da sayfa kapandıktan sonra gelen async cevapta ref kullanınca 'Cannot use ref after the widget was disposed' hatası alıyorum; nasıl önlerim?",
  ["ConsumerStatefulWidget'ta await sonrasi ref kullaninca dispose hatasi aliyorum, dogru kullanim nasil?",
   "Async işlemden sonra widget kapanmışsa ref'e dokunmayan güvenli kodu yaz."],
  ["mounted", "ref.read"], r"""
// pubspec.yaml: flutter_riverpod
final profileRepoProvider = Provider((ref) => ProfileRepo());

class ProfileRepo {
  Future<void> save(String name) => Future.delayed(const Duration(seconds: 2));
}

class EditNameForm extends ConsumerStatefulWidget {
  const EditNameForm({super.key});

  @override
  ConsumerState<EditNameForm> createState() => _EditNameFormState();
}

class _EditNameFormState extends ConsumerState<EditNameForm> {
  final _name = TextEditingController();

  Future<void> _save() async {
    // Gerekenleri await'ten ÖNCE oku
    final repo = ref.read(profileRepoProvider);
    final messenger = ScaffoldMessenger.of(context);
    await repo.save(_name.text);
    // Beklerken sayfa kapandıysa ref ve context artık kullanılamaz
    if (!mounted) return;
    messenger.showSnackBar(const SnackBar(content: Text('Kaydedildi')));
  }

  @override
  void dispose() {
    _name.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        Expanded(child: TextField(controller: _name)),
        IconButton(icon: const Icon(Icons.save), onPressed: _save),
      ],
    );
  }
}
""")

R(4033, "state", "kolay", "code",
  "Bildirim ayarlarında 'Rahatsız etme' açıkken ses, titreşim ve önizleme anahtarları soluk ve tıklanamaz olsun; kapatınca eski değerleriyle geri gelsin.",
  ["Bir ana anahtar acikken diger ayar anahtarlarini pasif yap, kapaninca eski halleri kalsin.",
   "Bir ayarın diğer ayarları devre dışı bıraktığı bağımlı anahtarları nasıl yönetirim?"],
  ["SwitchListTile", "setState", "onChanged"], r"""
class DndSettings extends StatefulWidget {
  const DndSettings({super.key});

  @override
  State<DndSettings> createState() => _DndSettingsState();
}

class _DndSettingsState extends State<DndSettings> {
  bool _dnd = false;
  // Alt ayarlar ayrı tutulur; rahatsız etme açılınca silinmez, sadece pasif görünür
  bool _sound = true;
  bool _vibrate = true;
  bool _preview = false;

  Widget _sub(String title, bool value, ValueChanged<bool> set) {
    return SwitchListTile(
      title: Text(title),
      value: value,
      // onChanged null olunca anahtar soluk ve tıklanamaz olur
      onChanged: _dnd ? null : (v) => setState(() => set(v)),
    );
  }

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        SwitchListTile(
          title: const Text('Rahatsız etme'),
          subtitle: const Text('Açıkken bildirimler sessiz gelir'),
          value: _dnd,
          onChanged: (v) => setState(() => _dnd = v),
        ),
        const Divider(),
        _sub('Ses', _sound, (v) => _sound = v),
        _sub('Titreşim', _vibrate, (v) => _vibrate = v),
        _sub('Mesaj önizlemesi', _preview, (v) => _preview = v),
      ],
    );
  }
}
""", api_free=True)

R(4034, "state", "orta", "code",
  "MobX ile sayaç store'u yaz: @observable değer, @action artır metodu olsun; ekran Observer widget'ı ile güncellensin.",
  ["MobX kullanarak observable ve action iceren bir store ve onu dinleyen ekran yaz.",
   "flutter_mobx'te Observer ile store'daki bir sayacı nasıl dinlerim?"],
  ["@observable", "@action", "Observer"], r"""
// pubspec.yaml: mobx, flutter_mobx | dev: mobx_codegen, build_runner
// Kod üretimi: dart run build_runner build
part 'counter_store.g.dart';

class CounterStore = _CounterStore with _$CounterStore;

abstract class _CounterStore with Store {
  @observable
  int count = 0;

  @computed
  bool get isEven => count.isEven;

  @action
  void increment() => count++;
}

class CounterView extends StatelessWidget {
  CounterView({super.key});
  final store = CounterStore();

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      // Observer içinde okunan observable'lar değişince sadece bu kısım çizilir
      body: Center(
        child: Observer(
          builder: (_) => Text('${store.count} (${store.isEven ? 'çift' : 'tek'})', style: const TextStyle(fontSize: 32)),
        ),
      ),
      floatingActionButton: FloatingActionButton(onPressed: store.increment, child: const Icon(Icons.add)),
    );
  }
}
""")

R(4035, "state", "kolay", "code",
  "GetX kullanan uygulamada ayarlar sayfasındaki anahtarla açık ve koyu tema arasında geçiş yap.",
  ["GetX ile karanlik mod acma kapama nasil yapilir?",
   "GetMaterialApp kullanırken temayı bir switch ile açık/koyu arasında değiştir."],
  ["GetMaterialApp", "Get.changeThemeMode"], r"""
// pubspec.yaml: get
class ThemeApp extends StatelessWidget {
  const ThemeApp({super.key});

  @override
  Widget build(BuildContext context) {
    return GetMaterialApp(
      theme: ThemeData.light(useMaterial3: true),
      darkTheme: ThemeData.dark(useMaterial3: true),
      themeMode: ThemeMode.light,
      home: const SettingsPage(),
    );
  }
}

class SettingsPage extends StatefulWidget {
  const SettingsPage({super.key});

  @override
  State<SettingsPage> createState() => _SettingsPageState();
}

class _SettingsPageState extends State<SettingsPage> {
  bool _dark = Get.isDarkMode;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ayarlar')),
      body: SwitchListTile(
        title: const Text('Koyu tema'),
        value: _dark,
        onChanged: (v) {
          setState(() => _dark = v);
          Get.changeThemeMode(v ? ThemeMode.dark : ThemeMode.light); // tüm uygulama yeniden temalanır
        },
      ),
    );
  }
}
""")

R(4036, "state", "orta", "concept",
  "Cubit'in emit metodunu widget'tan doğrudan çağırınca 'protected member' uyarısı alıyorum; neden emit sadece Cubit içinden çağrılmalı?",
  ["Cubit disindan emit cagirmak neden yanlis, state degisikligini nasil yapmaliyim?",
   "emit'in korumalı olmasının sebebini ve durumu değiştirmek için metot yazmanın faydasını açıkla."],
  ["Cubit", "emit"], r"""
// pubspec.yaml: flutter_bloc
// emit @protected işaretlidir: state'i sadece Cubit'in kendisi değiştirsin diye.
// Widget'tan doğrudan cubit.emit(...) yapılırsa iş kuralları (doğrulama, sınırlar,
// loglama, API çağrısı) UI'a dağılır, test edilemez ve aynı kural farklı yerlerde
// farklı uygulanır. Doğrusu: niyeti anlatan bir metot yazıp UI'dan onu çağırmak.
class QuantityCubit extends Cubit<int> {
  QuantityCubit({this.max = 10}) : super(1);
  final int max;

  // Kural Cubit'te: 1 ile max arasında kal
  void increment() {
    if (state < max) emit(state + 1);
  }

  void decrement() {
    if (state > 1) emit(state - 1);
  }
}

// YANLIŞ: context.read<QuantityCubit>().emit(5);
// DOĞRU:  context.read<QuantityCubit>().increment();
""")

R(4037, "state", "orta", "code",
  "Binlerce satırlık sipariş listesinin istatistiklerini (toplam, ortalama, en yüksek) her build'de değil, sadece liste değişince hesapla.",
  ["Pahali hesaplanan ozet degerleri sadece veri degisince yeniden hesapla, her cizimde degil.",
   "Büyük listeden türetilen değerleri önbelleğe alıp veri değişince geçersiz kılan model nasıl yazılır?"],
  ["ChangeNotifier", "notifyListeners"], r"""
class OrderStats {
  const OrderStats(this.total, this.average, this.max);
  final double total;
  final double average;
  final double max;
}

class OrdersModel extends ChangeNotifier {
  List<double> _amounts = const [];
  OrderStats? _cache; // null: yeniden hesaplanmalı

  List<double> get amounts => _amounts;

  OrderStats get stats => _cache ??= _compute(); // ilk okumada hesapla, sonra önbellekten

  OrderStats _compute() {
    if (_amounts.isEmpty) return const OrderStats(0, 0, 0);
    var total = 0.0, max = _amounts.first;
    for (final a in _amounts) {
      total += a;
      if (a > max) max = a;
    }
    return OrderStats(total, total / _amounts.length, max);
  }

  void setOrders(List<double> amounts) {
    _amounts = List.unmodifiable(amounts);
    _cache = null; // veri değişti: önbelleği geçersiz kıl
    notifyListeners();
  }

  void add(double amount) => setOrders([..._amounts, amount]);
}

// ListenableBuilder(listenable: model, builder: (_, __) {
//   final s = model.stats; // aynı veriyle tekrar çizilse de yeniden hesaplanmaz
//   return Text('Toplam ${s.total} • Ort. ${s.average.toStringAsFixed(1)} • Maks ${s.max}');
// })
""", api_free=True)

R(4038, "state", "zor", "code",
  "Cubit'ten 'Kaydedildi' SnackBar'ı veya sayfa kapatma gibi tek seferlik olayları state'e koymadan ayrı bir akışla gönder; ekran bunları bir kez işlesin.",
  ["Cubit'te tek seferlik UI olaylarini state yerine ayri bir stream ile yay ve widget'ta dinle.",
   "Aynı state tekrar gelince SnackBar'ın iki kez çıkmaması için tek seferlik olayları nasıl ayırırım?"],
  ["StreamController", "Cubit", "listen"], r"""
// pubspec.yaml: flutter_bloc
sealed class EditEffect {}

class ShowMessage extends EditEffect {
  ShowMessage(this.text);
  final String text;
}

class CloseEditor extends EditEffect {}

class EditCubit extends Cubit<bool> {
  EditCubit() : super(false); // state: kaydediliyor mu

  final _effects = StreamController<EditEffect>.broadcast();
  Stream<EditEffect> get effects => _effects.stream;

  Future<void> save(String text) async {
    emit(true);
    await Future.delayed(const Duration(milliseconds: 500)); // API
    emit(false);
    _effects.add(ShowMessage('Kaydedildi'));
    _effects.add(CloseEditor());
  }

  @override
  Future<void> close() async {
    await _effects.close();
    return super.close();
  }
}

class EditorEffects extends StatefulWidget {
  const EditorEffects({super.key, required this.child});
  final Widget child;

  @override
  State<EditorEffects> createState() => _EditorEffectsState();
}

class _EditorEffectsState extends State<EditorEffects> {
  StreamSubscription<EditEffect>? _sub;

  @override
  void initState() {
    super.initState();
    _sub = context.read<EditCubit>().effects.listen((effect) {
      if (!mounted) return;
      switch (effect) {
        case ShowMessage(:final text):
          ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text(text)));
        case CloseEditor():
          Navigator.of(context).maybePop();
      }
    });
  }

  @override
  void dispose() {
    _sub?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => widget.child;
}
""")


R(4039, "state", "orta", "code",
  "Ayarlardan para birimi TL veya USD seçilince uygulamadaki tüm fiyat yazıları seçilen birime çevrilerek güncellensin.",
  ["Para birimi secimine gore butun sayfalardaki fiyatlari aninda degistiren ortak bir yapi kur.",
   "Kullanıcının seçtiği para birimini uygulama geneline nasıl yayarım, fiyat yazıları kendiliğinden güncellensin mi?"],
  ["InheritedNotifier | ChangeNotifierProvider | ValueListenableBuilder | ListenableBuilder", "ValueNotifier | ChangeNotifier"], r"""
enum Currency { tryLira, usd }

class CurrencySettings extends ValueNotifier<Currency> {
  CurrencySettings() : super(Currency.tryLira);
  double usdRate = 34.5; // 1 USD kaç TL (sunucudan güncellenebilir)
}

// Ağaçtaki her widget'ın okuyabilmesi için InheritedNotifier
class CurrencyScope extends InheritedNotifier<CurrencySettings> {
  const CurrencyScope({super.key, required CurrencySettings settings, required super.child})
      : super(notifier: settings);

  static CurrencySettings of(BuildContext context) =>
      context.dependOnInheritedWidgetOfExactType<CurrencyScope>()!.notifier!;
}

// Fiyatlar hep TL olarak saklanır, gösterirken çevrilir
class PriceText extends StatelessWidget {
  const PriceText(this.priceTry, {super.key});
  final double priceTry;

  @override
  Widget build(BuildContext context) {
    final settings = CurrencyScope.of(context); // değişince bu widget yeniden çizilir
    return switch (settings.value) {
      Currency.tryLira => Text('${priceTry.toStringAsFixed(2)} ₺'),
      Currency.usd => Text('\$${(priceTry / settings.usdRate).toStringAsFixed(2)}'),
    };
  }
}

class CurrencySwitch extends StatelessWidget {
  const CurrencySwitch({super.key});

  @override
  Widget build(BuildContext context) {
    final settings = CurrencyScope.of(context);
    return SegmentedButton<Currency>(
      segments: const [
        ButtonSegment(value: Currency.tryLira, label: Text('TL')),
        ButtonSegment(value: Currency.usd, label: Text('USD')),
      ],
      selected: {settings.value},
      onSelectionChanged: (s) => settings.value = s.first,
    );
  }
}

// MaterialApp(builder: (_, child) => CurrencyScope(settings: currencySettings, child: child!))
""", api_free=True)


# ---------------------------------------------------------------- async
R(4000, "async", "orta", "code",
  "Kampanya bitişine kalan süreyi gün, saat, dakika ve saniye olarak gösteren ve her saniye güncellenen bir sayaç yap.",
  ["Belirli bir tarihe kalan sureyi gun saat dakika saniye olarak canli goster.",
   "Hedef tarihe geri sayan ve süre dolunca 'Kampanya bitti' yazan widget nasıl yazılır?"],
  ["Timer.periodic", "difference", "cancel"], r"""
class DeadlineCountdown extends StatefulWidget {
  const DeadlineCountdown({super.key, required this.end});
  final DateTime end;

  @override
  State<DeadlineCountdown> createState() => _DeadlineCountdownState();
}

class _DeadlineCountdownState extends State<DeadlineCountdown> {
  Timer? _timer;
  late Duration _left = _remaining();

  Duration _remaining() {
    final d = widget.end.difference(DateTime.now());
    return d.isNegative ? Duration.zero : d;
  }

  @override
  void initState() {
    super.initState();
    _timer = Timer.periodic(const Duration(seconds: 1), (t) {
      // Her tikte şimdiki zamandan hesapla: Timer kayması birikmez
      setState(() => _left = _remaining());
      if (_left == Duration.zero) t.cancel();
    });
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    if (_left == Duration.zero) return const Text('Kampanya bitti');
    String two(int n) => n.toString().padLeft(2, '0');
    final days = _left.inDays;
    final h = _left.inHours % 24;
    final m = _left.inMinutes % 60;
    final s = _left.inSeconds % 60;
    return Text('$days gün ${two(h)}:${two(m)}:${two(s)}', style: const TextStyle(fontSize: 28));
  }
}
""", api_free=True)

R(4001, "async", "orta", "code",
  "Adet artır butonuna basılı tutulduğu sürece sayı hızlıca artmaya devam etsin, parmak kalkınca dursun.",
  ["Butona basili tutunca surekli artan, birakinca duran bir sayac yap.",
   "Uzun basma süresince değeri tekrar tekrar artıran buton nasıl yapılır?"],
  ["Timer.periodic", "onLongPressStart | onTapDown", "cancel"], r"""
class HoldToIncrement extends StatefulWidget {
  const HoldToIncrement({super.key});

  @override
  State<HoldToIncrement> createState() => _HoldToIncrementState();
}

class _HoldToIncrementState extends State<HoldToIncrement> {
  int _value = 1;
  Timer? _repeat;

  void _inc() => setState(() => _value++);

  void _startRepeat() {
    _repeat?.cancel();
    _repeat = Timer.periodic(const Duration(milliseconds: 100), (_) => _inc());
  }

  void _stopRepeat() {
    _repeat?.cancel();
    _repeat = null;
  }

  @override
  void dispose() {
    _stopRepeat();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Row(
      mainAxisSize: MainAxisSize.min,
      children: [
        Text('$_value', style: const TextStyle(fontSize: 24)),
        GestureDetector(
          onTap: _inc, // kısa dokunuş: bir artır
          onLongPressStart: (_) => _startRepeat(),
          onLongPressEnd: (_) => _stopRepeat(),
          onLongPressCancel: _stopRepeat,
          child: const Padding(padding: EdgeInsets.all(12), child: Icon(Icons.add_circle, size: 36)),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4002, "async", "orta", "code",
  "Kur bilgisini getiren async fonksiyonun sonucu 1 dakika boyunca tekrar kullanılsın; süre dolunca yeniden çekilsin, aynı anda gelen çağrılar tek istek paylaşsın.",
  ["Async sonucu 60 saniye onbellekte tut, sure gecince tekrar cek; ayni anda cagrilar tek istegi beklesin.",
   "Async bir sonucu belirli süre önbellekte tutup aynı anda gelen çağrılarda tek istek kullanmayı nasıl sağlarım?"],
  ["Future", "DateTime.now | Stopwatch", "Duration"], r"""
class TimedCache<T> {
  TimedCache(this._loader, {this.ttl = const Duration(minutes: 1)});

  final Future<T> Function() _loader;
  final Duration ttl;
  Future<T>? _future;
  DateTime? _loadedAt;

  Future<T> get() {
    final fresh = _loadedAt != null && DateTime.now().difference(_loadedAt!) < ttl;
    if (_future != null && (fresh || _loadedAt == null)) {
      return _future!; // taze sonuç ya da devam eden istek
    }
    _loadedAt = null;
    final future = _loader();
    _future = future;
    future.then<void>(
      (_) {
        _loadedAt = DateTime.now();
      },
      onError: (Object _) {
        _future = null; // hata önbelleğe alınmasın
      },
    );
    return future;
  }

  void invalidate() {
    _future = null;
    _loadedAt = null;
  }
}

// Kullanım:
final rates = TimedCache<double>(() async {
  await Future.delayed(const Duration(milliseconds: 500)); // sunucu isteği
  return 34.2;
});
// final usd = await rates.get();
""")

R(4003, "async", "orta", "code",
  "Sensörden gelen değer stream'inde her yeni değerde son 5 değerin ortalamasını yayan bir dönüşüm yaz.",
  ["Gelen sayilarin son bes tanesinin hareketli ortalamasini stream olarak ver.",
   "Stream'deki gürültülü ölçümleri son 5 değerin ortalamasıyla yumuşatan bir extension nasıl yazılır?"],
  ["Stream", "async* | map | StreamTransformer"], r"""
extension MovingAverage on Stream<double> {
  // Her değer geldiğinde pencere güncellenir ve ortalaması yayılır
  Stream<double> movingAverage([int window = 5]) async* {
    final values = <double>[];
    var sum = 0.0;
    await for (final v in this) {
      values.add(v);
      sum += v;
      if (values.length > window) sum -= values.removeAt(0);
      yield sum / values.length;
    }
  }
}

// Kullanım:
// temperatureStream.movingAverage().listen((avg) => print(avg.toStringAsFixed(1)));
""")

R(4004, "async", "orta", "code",
  "Ana sayfada haberler, hava durumu ve kampanyalar aynı anda çekilsin; biri hata verse bile diğerleri gösterilsin, hata vereni boş bırak.",
  ["Paralel isteklerden biri basarisiz olsa da digerlerinin sonucunu kullan.",
   "Üç isteği birlikte başlatıp başarısız olanı atlayarak sonuçları nasıl toplarım?"],
  ["Future.wait | .wait", "catchError | try"], r"""
class HomeData {
  const HomeData({this.news, this.weather, this.campaigns});
  final List<String>? news;
  final String? weather;
  final List<String>? campaigns;
}

// Hatayı null'a çeviren küçük yardımcı: Future.wait ilk hatada patlamasın
Future<T?> _orNull<T>(Future<T> future, String name) async {
  try {
    return await future;
  } catch (e) {
    debugPrint('$name yüklenemedi: $e');
    return null;
  }
}

Future<HomeData> loadHome({
  required Future<List<String>> Function() news,
  required Future<String> Function() weather,
  required Future<List<String>> Function() campaigns,
}) async {
  // Üçü de aynı anda başlar; record'un .wait'i hepsini bekler
  final (n, w, c) = await (
    _orNull(news(), 'haberler'),
    _orNull(weather(), 'hava durumu'),
    _orNull(campaigns(), 'kampanyalar'),
  ).wait;
  return HomeData(news: n, weather: w, campaigns: c);
}
""", api_free=True)

R(4005, "async", "orta", "code",
  "Uygulama açıkken her gün saat 09:00'da bir iş çalışsın; uygulama 09:00'dan sonra açılırsa ertesi gün 09:00'ı beklesin.",
  ["Her gun belirli bir saatte (09:00) calisan zamanlayici nasil kurarim?",
   "Bir sonraki 09:00'a kalan süreyi hesaplayıp o saatte işi çalıştıran zamanlayıcı yaz."],
  ["Timer", "difference", "DateTime"], r"""
class DailyScheduler {
  DailyScheduler({required this.hour, required this.minute, required this.task});
  final int hour;
  final int minute;
  final void Function() task;
  Timer? _timer;

  Duration _untilNext() {
    final now = DateTime.now();
    var next = DateTime(now.year, now.month, now.day, hour, minute);
    if (!next.isAfter(now)) next = next.add(const Duration(days: 1)); // bugünkü saat geçtiyse yarın
    return next.difference(now);
  }

  void start() {
    _timer?.cancel();
    _timer = Timer(_untilNext(), () {
      task();
      start(); // bir sonraki günü planla (Timer.periodic gün uzunluğu kaymalarında şaşar)
    });
  }

  void stop() => _timer?.cancel();
}

// final scheduler = DailyScheduler(hour: 9, minute: 0, task: () => debugPrint('Günlük özet'))..start();
// Not: Uygulama kapalıyken çalışması için yerel bildirim / arka plan görevi gerekir.
""", api_free=True)

R(4006, "async", "orta", "code",
  "Not düzenleyicide her tuşta değil, 30 saniyede bir otomatik kaydet; son kayıttan beri değişiklik yoksa boşuna kaydetme.",
  ["Yazilan notu belirli araliklarla otomatik kaydet, degisiklik yoksa kaydetme islemini atla.",
   "Sadece değişiklik varsa belli aralıklarla otomatik kaydetmeyi nasıl yaparım?"],
  ["Timer.periodic", "cancel", "dispose"], r"""
class AutoSaveEditor extends StatefulWidget {
  const AutoSaveEditor({super.key, required this.save});
  final Future<void> Function(String text) save;

  @override
  State<AutoSaveEditor> createState() => _AutoSaveEditorState();
}

class _AutoSaveEditorState extends State<AutoSaveEditor> {
  final _text = TextEditingController();
  Timer? _timer;
  bool _dirty = false;
  bool _saving = false;
  DateTime? _lastSaved;

  @override
  void initState() {
    super.initState();
    _text.addListener(() => _dirty = true); // sadece işaretle, kaydetme
    _timer = Timer.periodic(const Duration(seconds: 30), (_) => _saveIfNeeded());
  }

  Future<void> _saveIfNeeded() async {
    if (!_dirty || _saving) return; // değişiklik yok ya da önceki kayıt sürüyor
    _saving = true;
    _dirty = false;
    try {
      await widget.save(_text.text);
      if (mounted) setState(() => _lastSaved = DateTime.now());
    } catch (_) {
      _dirty = true; // bir sonraki turda tekrar dene
    } finally {
      _saving = false;
    }
  }

  @override
  void dispose() {
    _timer?.cancel();
    if (_dirty) widget.save(_text.text); // çıkarken son hali kaydet
    _text.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Text(_lastSaved == null ? 'Henüz kaydedilmedi' : 'Son kayıt: ${TimeOfDay.fromDateTime(_lastSaved!).format(context)}'),
        Expanded(child: TextField(controller: _text, maxLines: null, expands: true)),
      ],
    );
  }
}
""", api_free=True)

R(4007, "async", "kolay", "code",
  "Bir stream'in en son değerini ValueNotifier'da tut; ekran ValueListenableBuilder ile güncellensin ve abonelik kapatılabilsin.",
  ["Stream'den gelen son degeri ValueNotifier'a aktaran bir yardimci sinif yaz.",
   "Akıştan gelen değerleri anlık değer tutan bir nesneye çevirip ekranda nasıl gösteririm?"],
  ["ValueNotifier", "listen", "cancel"], r"""
class StreamValue<T> extends ValueNotifier<T> {
  StreamValue(Stream<T> stream, T initial) : super(initial) {
    _sub = stream.listen((v) => value = v); // aynı değer gelirse dinleyiciler tetiklenmez
  }

  late final StreamSubscription<T> _sub;

  @override
  void dispose() {
    _sub.cancel();
    super.dispose();
  }
}

// State içinde:
// late final battery = StreamValue<int>(batteryStream, 100);
// @override void dispose() { battery.dispose(); super.dispose(); }
// ValueListenableBuilder<int>(
//   valueListenable: battery,
//   builder: (_, level, __) => Text('Pil: %$level'),
// )
""")

R(4008, "async", "kolay", "code",
  "Herhangi bir async işlemin kaç milisaniye sürdüğünü ölçüp loglayan ve sonucunu aynen döndüren genel bir yardımcı fonksiyon yaz.",
  ["Async fonksiyonlarin ne kadar surdugunu olcen tekrar kullanilabilir bir sarmalayici yaz.",
   "Bir Future'ın süresini ölçüp konsola yazarken sonucu ve hatayı olduğu gibi geçiren fonksiyon nasıl yazılır?"],
  ["Stopwatch", "await", "finally"], r"""
Future<T> timed<T>(String label, Future<T> Function() action) async {
  final watch = Stopwatch()..start();
  try {
    return await action(); // sonuç ya da hata olduğu gibi geçer
  } finally {
    watch.stop();
    debugPrint('$label: ${watch.elapsedMilliseconds} ms');
  }
}

// Kullanım:
// final user = await timed('profil', () => api.fetchProfile());
""", api_free=True)

R(4009, "async", "zor", "code",
  "Sunucuyu 5 saniyede bir yoklayan işte önceki istek bitmeden yenisi başlamasın; yavaş cevaplar üst üste binmesin ve sayfa kapanınca yoklama dursun.",
  ["Periyodik istekte bir onceki istek bitmeden yenisini baslatma, sayfa kapaninca durdur.",
   "İstekler üst üste binmeden düzenli aralıkla sunucuyu kontrol eden bir döngü nasıl kurulur?"],
  ["Timer", "await", "cancel | _stopped | mounted"], r"""
class Poller {
  Poller(this._fetch, {this.interval = const Duration(seconds: 5)});

  final Future<void> Function() _fetch;
  final Duration interval;
  Timer? _timer;
  bool _running = false;

  void start() {
    if (_running) return;
    _running = true;
    _tick();
  }

  Future<void> _tick() async {
    try {
      await _fetch(); // istek bitmeden bir sonraki planlanmaz
    } catch (e) {
      debugPrint('Yoklama hatası: $e');
    }
    // Bir sonraki tur, önceki bittikten interval sonra başlar
    if (_running) _timer = Timer(interval, _tick);
  }

  void stop() {
    _running = false;
    _timer?.cancel();
  }
}

// State içinde:
// late final _poller = Poller(() => repo.refreshOrders())..start();
// @override void dispose() { _poller.stop(); super.dispose(); }
""", api_free=True)

R(4010, "async", "kolay", "code",
  "Sohbet botu açılışta karşılama mesajlarını birer saniye arayla tek tek göndersin, her mesaj gelince listeye eklensin.",
  ["Mesajlari birer saniye arayla sirayla ekrana ekleyen bir sohbet karsilama ekrani yap.",
   "Hazır mesajları gecikmeli olarak tek tek gösteren bir stream ile sohbet listesini nasıl doldururum?"],
  ["async* | Stream.periodic | Future.delayed", "StreamBuilder | listen"], r"""
Stream<String> welcomeMessages() async* {
  const messages = [
    'Merhaba! 👋',
    'Ben alışveriş asistanınızım.',
    'Siparişiniz, iade veya kargo hakkında soru sorabilirsiniz.',
  ];
  for (final m in messages) {
    await Future.delayed(const Duration(seconds: 1));
    yield m;
  }
}

class BotWelcome extends StatefulWidget {
  const BotWelcome({super.key});

  @override
  State<BotWelcome> createState() => _BotWelcomeState();
}

class _BotWelcomeState extends State<BotWelcome> {
  final _messages = <String>[];
  late final StreamSubscription<String> _sub;

  @override
  void initState() {
    super.initState();
    _sub = welcomeMessages().listen((m) => setState(() => _messages.add(m)));
  }

  @override
  void dispose() {
    _sub.cancel(); // sayfa kapanınca kalan mesajlar gelmesin
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        for (final m in _messages)
          Align(
            alignment: Alignment.centerLeft,
            child: Card(child: Padding(padding: const EdgeInsets.all(10), child: Text(m))),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4011, "async", "orta", "code",
  "Açılış ekranında ayarlar ve kullanıcı bilgisi yüklenirken logo en az 2 saniye görünsün; yükleme daha uzun sürerse onu beklesin, sonra ana sayfaya geçilsin.",
  ["Splash ekrani hem yukleme bitene kadar hem de en az iki saniye gorunsun, sonra ana sayfaya gecsin.",
   "Başlangıç yüklemesiyle minimum bekleme süresini birlikte bekleyip ana sayfaya nasıl geçerim?"],
  ["Future.wait | .wait", "Future.delayed", "pushReplacement"], r"""
class SplashPage extends StatefulWidget {
  const SplashPage({super.key, required this.init, required this.home});
  final Future<void> Function() init; // ayar + kullanıcı yükleme
  final Widget home;

  @override
  State<SplashPage> createState() => _SplashPageState();
}

class _SplashPageState extends State<SplashPage> {
  @override
  void initState() {
    super.initState();
    _start();
  }

  Future<void> _start() async {
    // İkisi aynı anda başlar; hangisi uzun sürerse o kadar beklenir
    await Future.wait([
      widget.init(),
      Future.delayed(const Duration(seconds: 2)),
    ]);
    if (!mounted) return;
    Navigator.pushReplacement(context, MaterialPageRoute(builder: (_) => widget.home));
  }

  @override
  Widget build(BuildContext context) {
    return const Scaffold(body: Center(child: FlutterLogo(size: 96)));
  }
}
""", api_free=True)

R(4012, "async", "zor", "code",
  "web_socket_channel ile canlı skor bağlantısı koparsa 3 saniye bekleyip otomatik yeniden bağlan; gelen mesajları tek bir stream'den yay.",
  ["WebSocket baglantisi duserse birkac saniye sonra tekrar baglanan bir servis yaz.",
   "Kopan WebSocket'e otomatik yeniden bağlanıp mesajları kesintisiz bir stream olarak veren sınıf nasıl yazılır?"],
  ["WebSocketChannel", "onDone", "StreamController"], r"""
// pubspec.yaml: web_socket_channel
class LiveScoreSocket {
  LiveScoreSocket(this.url);

  final Uri url;
  final _messages = StreamController<String>.broadcast();
  WebSocketChannel? _channel;
  bool _closed = false;

  Stream<String> get messages => _messages.stream;

  Future<void> connect() async {
    if (_closed) return;
    try {
      final channel = WebSocketChannel.connect(url);
      await channel.ready; // bağlantı kurulamazsa hata fırlatır
      _channel = channel;
      channel.stream.listen(
        (data) => _messages.add(data.toString()),
        onError: (Object e) => debugPrint('Soket hatası: $e'),
        onDone: _scheduleReconnect, // sunucu kapattı veya bağlantı koptu
      );
    } catch (e) {
      _scheduleReconnect();
    }
  }

  void _scheduleReconnect() {
    if (_closed) return;
    Future.delayed(const Duration(seconds: 3), connect);
  }

  void send(String text) => _channel?.sink.add(text);

  Future<void> close() async {
    _closed = true; // artık yeniden bağlanma
    await _channel?.sink.close();
    await _messages.close();
  }
}
""")

R(4013, "async", "orta", "code",
  "Altın fiyatını her 10 saniyede bir sunucudan çekip stream olarak yayan bir fonksiyon yaz; dinleyici ayrılınca istekler dursun.",
  ["Belirli araliklarla API'den fiyat cekip Stream olarak donduren async* fonksiyon yaz.",
   "Abonelik iptal edilince kendiliğinden duran, periyodik veri çeken bir stream nasıl yazılır?"],
  ["async*", "yield", "Future.delayed"], r"""
Stream<double> goldPrice(Future<double> Function() fetch,
    {Duration every = const Duration(seconds: 10)}) async* {
  while (true) {
    try {
      yield await fetch();
    } catch (e) {
      debugPrint('Fiyat alınamadı: $e'); // bir hata akışı bitirmesin
    }
    // Dinleyici iptal edince yield noktasında fonksiyon durur; döngü devam etmez
    await Future.delayed(every);
  }
}

// StreamBuilder<double>(
//   stream: goldPrice(api.fetchGold), // State içinde bir kez oluşturun
//   builder: (_, s) => Text(s.hasData ? '${s.data} TL' : '...'),
// )
""")

R(4014, "async", "orta", "concept",
  "async fonksiyon çağırınca içindeki kod ilk await'e kadar hemen mi çalışır? Aşağıdaki örnekte yazdırma sırası neden böyle?",
  ["async bir fonksiyon cagrildiginda ilk await'e kadar olan kisim senkron mu calisir, ciktinin sirasi neden boyle?",
   "Async fonksiyonda ilk await öncesi ve sonrasının ne zaman çalıştığını örnek çıktıyla açıkla."],
  ["async", "await"], r"""
// Bir async fonksiyon çağrıldığında gövdesi HEMEN, senkron olarak çalışmaya başlar;
// ilk await'e gelince durur ve çağırana tamamlanmamış bir Future döner.
// await'ten sonraki kısım, beklenen Future bitince (sonraki bir event/microtask'ta) devam eder.
Future<void> load() async {
  print('2: load başladı'); // çağrı anında, senkron
  await Future.delayed(Duration.zero);
  print('4: await sonrası'); // olay döngüsünün sonraki turunda
}

void main() {
  print('1: main');
  load(); // await edilmedi
  print('3: load çağrıldıktan sonra');
}
// Çıktı: 1, 2, 3, 4
// Sonuç: ağır senkron işi ilk await'ten önce yaparsanız çağıran yine bekler (UI donar).
""")

R(4015, "async", "orta", "concept",
  "Future.delayed ile Timer arasında ne fark var, gecikmeli bir işi sonradan iptal etmem gerekiyorsa hangisini kullanmalıyım?",
  ["Future.delayed mi Timer mi, iptal edilebilir gecikme icin hangisi kullanilir?",
   "Gecikmeli işlerde Future.delayed ile Timer farkını ve iptal edilebilirliği örnekle açıkla."],
  ["Future.delayed", "Timer", "cancel"], r"""
// Future.delayed: belirli süre sonra tamamlanan bir Future verir; await ile
// akış içinde beklemek için idealdir. İPTAL EDİLEMEZ: süre dolunca callback
// mutlaka çalışır (sayfa kapanmış olsa bile), bu yüzden mounted kontrolü gerekir.
Future<void> showHintLater(State state, VoidCallback show) async {
  await Future.delayed(const Duration(seconds: 3));
  if (state.mounted) show();
}

// Timer: callback tabanlıdır ve cancel() ile iptal edilebilir; isActive ile
// durumu sorgulanır. Debounce, kullanıcı ayrılınca vazgeçilecek işler için doğru seçimdir.
class HintController {
  Timer? _timer;

  void schedule(VoidCallback show) {
    _timer?.cancel(); // öncekini iptal et
    _timer = Timer(const Duration(seconds: 3), show);
  }

  void dispose() => _timer?.cancel(); // sayfa kapanınca hiç çalışmaz
}
""")

R(4016, "async", "orta", "code",
  "İstek 5 saniyeyi geçerse 'Bağlantınız yavaş, bekleniyor...' uyarısı çıksın ama istek iptal edilmesin; cevap gelince uyarı kalkıp sonuç gösterilsin.",
  ["Istek uzun surerse yavas baglanti uyarisi goster ama istegi kesme, cevap gelince uyariyi kaldir.",
   "Zaman aşımı hatası vermeden, uzun süren isteklerde kullanıcıyı bilgilendiren bir ekran nasıl yaparım?"],
  ["Timer", "cancel", "await"], r"""
class SlowAwareLoader extends StatefulWidget {
  const SlowAwareLoader({super.key, required this.load});
  final Future<String> Function() load;

  @override
  State<SlowAwareLoader> createState() => _SlowAwareLoaderState();
}

class _SlowAwareLoaderState extends State<SlowAwareLoader> {
  String? _result;
  bool _slow = false;
  Timer? _slowTimer;

  @override
  void initState() {
    super.initState();
    _run();
  }

  Future<void> _run() async {
    // Sadece uyarı için zamanlayıcı; isteğe dokunmaz
    _slowTimer = Timer(const Duration(seconds: 5), () {
      if (mounted) setState(() => _slow = true);
    });
    try {
      final r = await widget.load();
      if (mounted) setState(() => _result = r);
    } finally {
      _slowTimer?.cancel(); // cevap erken geldiyse uyarı hiç çıkmaz
      if (mounted) setState(() => _slow = false);
    }
  }

  @override
  void dispose() {
    _slowTimer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    if (_result != null) return Center(child: Text(_result!));
    return Center(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          const CircularProgressIndicator(),
          if (_slow) const Padding(padding: EdgeInsets.all(12), child: Text('Bağlantınız yavaş, bekleniyor...')),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4017, "async", "orta", "code",
  "Bluetooth cihaz tarama stream'ini 3 saniye dinleyip o sürede gelen tüm cihazları liste olarak döndür, sonra dinlemeyi bırak.",
  ["Bir stream'i belirli bir sure dinleyip gelen degerleri liste olarak donduren fonksiyon yaz.",
   "Süre dolunca aboneliği iptal eden ve o ana kadar toplananları veren bir yardımcı nasıl yazılır?"],
  ["listen", "cancel", "Completer | Future.delayed"], r"""
Future<List<T>> collectFor<T>(Stream<T> stream, Duration duration) async {
  final items = <T>[];
  final done = Completer<void>();
  final sub = stream.listen(
    items.add,
    onError: (Object e) => debugPrint('Tarama hatası: $e'),
    onDone: () {
      if (!done.isCompleted) done.complete(); // stream süreden önce biterse
    },
  );
  // Süre dolduğunda ya da stream bittiğinde (hangisi önceyse) bitir
  await Future.any([done.future, Future.delayed(duration)]);
  await sub.cancel();
  return items;
}

// final devices = await collectFor(scanner.results, const Duration(seconds: 3));
""")

R(4018, "async", "zor", "code",
  "Ayrı isolate'te çalışan uzun rapor hesaplamasını kullanıcı 'İptal'e basınca hemen durdur.",
  ["Isolate.spawn ile baslatilan agir isi iptal butonuyla nasil sonlandiririm?",
   "Arka plan isolate'ındaki hesaplamayı sonucunu beklemeden öldüren bir iptal mekanizması yaz."],
  ["Isolate.spawn", "kill", "ReceivePort"], r"""
// Isolate'te çalışacak üst düzey fonksiyon
void _buildReport(SendPort out) {
  var total = 0;
  for (var i = 0; i < 2000000000; i++) {
    total += i % 7;
  }
  out.send(total);
}

class ReportJob {
  Isolate? _isolate;
  ReceivePort? _port;

  Future<int?> start() async {
    final port = ReceivePort();
    _port = port;
    _isolate = await Isolate.spawn(_buildReport, port.sendPort);
    // İptal edilirse port kapanır ve first hata verir -> null dön
    try {
      return await port.first as int;
    } on StateError {
      return null;
    } finally {
      _cleanup();
    }
  }

  void cancel() {
    // Döngünün bitmesini beklemeden isolate'i sonlandır
    _isolate?.kill(priority: Isolate.immediate);
    _port?.close(); // bekleyen first'ü sonlandırır
    _cleanup();
  }

  void _cleanup() {
    _isolate = null;
    _port = null;
  }
}
""")

R(4019, "async", "orta", "code",
  "Paket kullanmadan StreamController ile e-posta alanını doğrula: her yazışta geçerlilik stream'e gönderilsin ve StreamBuilder hata metnini göstersin.",
  ["StreamController tabanli basit bir form dogrulama yaz, hatayi StreamBuilder ile alanin altinda goster.",
   "E-posta doğrulamasını stream üzerinden yapan, paket kullanmayan küçük bir BLoC sınıfı nasıl yazılır?"],
  ["StreamController", "StreamBuilder", "close"], r"""
class EmailBloc {
  final _email = StreamController<String>();
  late final Stream<String?> error = _email.stream.map(_validate).asBroadcastStream();

  void Function(String) get changed => _email.sink.add;

  String? _validate(String v) {
    if (v.isEmpty) return 'E-posta gerekli';
    if (!RegExp(r'^[^@\s]+@[^@\s]+\.[^@\s]+$').hasMatch(v)) return 'Geçersiz e-posta';
    return null;
  }

  void dispose() => _email.close();
}

class EmailField extends StatefulWidget {
  const EmailField({super.key});

  @override
  State<EmailField> createState() => _EmailFieldState();
}

class _EmailFieldState extends State<EmailField> {
  final _bloc = EmailBloc();

  @override
  void dispose() {
    _bloc.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return StreamBuilder<String?>(
      stream: _bloc.error,
      builder: (context, snapshot) => TextField(
        onChanged: _bloc.changed,
        keyboardType: TextInputType.emailAddress,
        decoration: InputDecoration(labelText: 'E-posta', errorText: snapshot.data),
      ),
    );
  }
}
""")

R(4020, "async", "zor", "code",
  "Uygulama içi bildirimler bir stream'den geliyor; üst üste gelseler bile üstte sırayla, her biri 3 saniye görünecek şekilde tek tek gösterilsin.",
  ["Gelen bildirimleri kuyruga al ve her birini uc saniye gostererek sirayla goster.",
   "Aynı anda gelen birden fazla uyarıyı sıraya koyup tek tek gösteren bir widget nasıl yazılır?"],
  ["Queue | List", "listen", "Future.delayed | Timer"], r"""
class InAppNotifier extends StatefulWidget {
  const InAppNotifier({super.key, required this.notifications, required this.child});
  final Stream<String> notifications;
  final Widget child;

  @override
  State<InAppNotifier> createState() => _InAppNotifierState();
}

class _InAppNotifierState extends State<InAppNotifier> {
  final _queue = Queue<String>(); // dart:collection
  late final StreamSubscription<String> _sub;
  String? _current;
  bool _showing = false;

  @override
  void initState() {
    super.initState();
    _sub = widget.notifications.listen((n) {
      _queue.add(n);
      _pump();
    });
  }

  Future<void> _pump() async {
    if (_showing) return; // zaten biri gösteriliyor; sıra gelince gösterilir
    _showing = true;
    while (_queue.isNotEmpty && mounted) {
      setState(() => _current = _queue.removeFirst());
      await Future.delayed(const Duration(seconds: 3));
    }
    if (mounted) setState(() => _current = null);
    _showing = false;
  }

  @override
  void dispose() {
    _sub.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Stack(
      children: [
        widget.child,
        if (_current != null)
          Positioned(
            top: MediaQuery.paddingOf(context).top + 8,
            left: 16,
            right: 16,
            child: Material(
              elevation: 6,
              borderRadius: BorderRadius.circular(12),
              child: ListTile(leading: const Icon(Icons.notifications), title: Text(_current!)),
            ),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4021, "async", "orta", "concept",
  "Ekranda sürekli değişen bir değeri göstermek için Stream mi yoksa ValueNotifier mı kullanmalıyım, farkları neler?",
  ["Stream ile ValueNotifier arasindaki fark nedir, degisen bir degeri gostermek icin hangisi secilir?",
   "Anlık değer tutan ValueNotifier ile olay akışı olan Stream'i karşılaştır ve hangisinin ne zaman kullanılacağını açıkla."],
  ["ValueNotifier", "Stream"], r"""
// ValueNotifier: her zaman GÜNCEL bir değeri vardır (.value ile senkron okunur).
// Sadece son değer önemlidir; aynı değer tekrar atanırsa dinleyiciye haber verilmez.
// Hata veya "bitti" kavramı yoktur. Widget içi/uygulama içi basit durumlar için idealdir.
final volume = ValueNotifier<double>(0.5);
// ValueListenableBuilder(valueListenable: volume, builder: (_, v, __) => Text('$v'))

// Stream: zaman içinde gelen OLAYLAR dizisidir. Güncel değeri senkron okunamaz,
// yeni dinleyici geçmiş değerleri görmez (broadcast'te), hata (addError) ve
// bitiş (close/onDone) taşıyabilir; map/where/asyncMap gibi dönüşümlerle işlenir.
// Ağdan, sensörden, soket gibi dış kaynaklardan gelen akışlar için uygundur.
Stream<int> ticks() => Stream.periodic(const Duration(seconds: 1), (i) => i);
// StreamBuilder(stream: ..., builder: (_, s) => Text('${s.data ?? '-'}'))

// Kısaca: "şu anki değer ne?" sorusu için ValueNotifier,
// "ne oldu, sırayla neler geldi?" için Stream.
""")

R(4022, "async", "orta", "code",
  "Profil sayfasında kullanıcı bilgisi ve istatistikler ayrı ayrı yüklensin; hızlı gelen hemen görünsün, yavaş olan kendi bölümünde yükleniyor göstersin.",
  ["Ayni sayfadaki iki bolum birbirini beklemeden bagimsiz olarak yuklensin.",
   "Bir bölüm yavaş diye tüm sayfa beklemesin; her kısmın kendi yükleme göstergesi olsun, nasıl yaparım?"],
  ["FutureBuilder", "initState"], r"""
class ProfilePage extends StatefulWidget {
  const ProfilePage({super.key, required this.fetchUser, required this.fetchStats});
  final Future<String> Function() fetchUser;
  final Future<Map<String, int>> Function() fetchStats;

  @override
  State<ProfilePage> createState() => _ProfilePageState();
}

class _ProfilePageState extends State<ProfilePage> {
  // İkisi de aynı anda başlar ama ayrı ayrı beklenir
  late final Future<String> _user;
  late final Future<Map<String, int>> _stats;

  @override
  void initState() {
    super.initState();
    _user = widget.fetchUser();
    _stats = widget.fetchStats();
  }

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        FutureBuilder<String>(
          future: _user,
          builder: (_, s) => ListTile(
            leading: const CircleAvatar(child: Icon(Icons.person)),
            title: s.hasData ? Text(s.data!) : const LinearProgressIndicator(),
          ),
        ),
        const Divider(),
        FutureBuilder<Map<String, int>>(
          future: _stats,
          builder: (_, s) {
            if (s.hasError) return const ListTile(title: Text('İstatistikler yüklenemedi'));
            if (!s.hasData) return const Padding(padding: EdgeInsets.all(24), child: Center(child: CircularProgressIndicator()));
            return Column(children: [for (final e in s.data!.entries) ListTile(title: Text(e.key), trailing: Text('${e.value}'))]);
          },
        ),
      ],
    );
  }
}
""", api_free=True)

R(4023, "async", "orta", "code",
  "Hata olayları yayan bir stream'den son 60 saniyede kaç hata geldiğini canlı tut; sayı 5'i geçince uyarı ver.",
  ["Son bir dakikada gelen olay sayisini tutan kayan pencere sayaci yaz, esik asilinca uyar.",
   "Stream'deki olayları zaman penceresiyle sayıp eşik aşılınca haber veren sınıf nasıl yazılır?"],
  ["listen", "DateTime.now", "cancel"], r"""
class ErrorRateMonitor {
  ErrorRateMonitor(Stream<Object> errors, {this.window = const Duration(seconds: 60), this.limit = 5, required this.onAlarm}) {
    _sub = errors.listen((_) => _record());
    // Olay gelmese de eski kayıtlar düşsün diye periyodik temizlik
    _cleaner = Timer.periodic(const Duration(seconds: 5), (_) => _trim());
  }

  final Duration window;
  final int limit;
  final void Function(int count) onAlarm;
  final _times = <DateTime>[]; // sıralı zaman damgaları
  late final StreamSubscription<Object> _sub;
  late final Timer _cleaner;

  int get count {
    _trim();
    return _times.length;
  }

  void _trim() {
    final cutoff = DateTime.now().subtract(window);
    _times.removeWhere((t) => t.isBefore(cutoff));
  }

  void _record() {
    _times.add(DateTime.now());
    if (count > limit) onAlarm(_times.length);
  }

  Future<void> dispose() async {
    _cleaner.cancel();
    await _sub.cancel();
  }
}
""")

R(4024, "async", "orta", "code",
  "Sunucu ilerleme bilgisi vermiyor; yükleme çubuğu kendiliğinden gittikçe yavaşlayarak %90'a kadar ilerlesin, işlem bitince hemen %100 olup kapansın.",
  ["Gercek ilerleme bilinmiyorsa yavaslayarak dolan sahte bir yukleme cubugu nasil yapilir, is bitince yuzde yuz olsun?",
   "İşlem süresi belli değilken kullanıcıya ilerliyormuş hissi veren yükleme çubuğunu nasıl yazarım?"],
  ["Timer.periodic", "LinearProgressIndicator", "cancel"], r"""
class FakeProgress extends StatefulWidget {
  const FakeProgress({super.key, required this.task, required this.onDone});
  final Future<void> Function() task;
  final VoidCallback onDone;

  @override
  State<FakeProgress> createState() => _FakeProgressState();
}

class _FakeProgressState extends State<FakeProgress> {
  double _value = 0;
  Timer? _timer;

  @override
  void initState() {
    super.initState();
    // Her adımda kalan yolun %5'i kadar ilerle: 0.9'a yaklaştıkça yavaşlar
    _timer = Timer.periodic(const Duration(milliseconds: 100), (_) {
      setState(() => _value += (0.9 - _value) * 0.05);
    });
    _run();
  }

  Future<void> _run() async {
    try {
      await widget.task();
    } finally {
      _timer?.cancel();
      if (mounted) {
        setState(() => _value = 1);
        await Future.delayed(const Duration(milliseconds: 300)); // %100'ü kısa süre göster
        if (mounted) widget.onDone();
      }
    }
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        LinearProgressIndicator(value: _value),
        Text('%${(_value * 100).round()}'),
      ],
    );
  }
}
""", api_free=True)

R(4025, "async", "orta", "concept",
  "Stream'e build metodunun içinde listen ile abone olmak neden yanlış? Mesajlar neden birden fazla kez işleniyor?",
  ["build icinde stream.listen cagirmak neden sorun olur, dogru yer neresi?",
   "Her yeniden çizimde çoğalan abonelik sorununu ve aboneliğin nerede açılıp kapatılacağını açıkla."],
  ["listen", "initState", "cancel"], r"""
// build, Flutter'ın istediği kadar (her setState, tema, klavye, ekran boyutu değişiminde)
// çağrılabilir. İçinde listen yazılırsa her çağrıda YENİ bir abonelik açılır, eskiler
// iptal edilmez: aynı mesaj n kez işlenir ve bellek sızar. Single-subscription stream'de
// ikinci listen ise 'Stream has already been listened to' hatası verir.
// Doğrusu: aboneliği initState'te bir kez aç, dispose'da kapat (ya da StreamBuilder kullan).
class OrderAlerts extends StatefulWidget {
  const OrderAlerts({super.key, required this.orders});
  final Stream<String> orders;

  @override
  State<OrderAlerts> createState() => _OrderAlertsState();
}

class _OrderAlertsState extends State<OrderAlerts> {
  late final StreamSubscription<String> _sub;
  int _count = 0;

  @override
  void initState() {
    super.initState();
    _sub = widget.orders.listen((_) => setState(() => _count++)); // tek abonelik
  }

  @override
  void dispose() {
    _sub.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => Text('Yeni sipariş: $_count'); // burada listen YOK
}
""")

R(4026, "async", "orta", "code",
  "Kaydetme başarısız olursa 'Tekrar denensin mi?' diye soran bir pencere çıksın; 'Tekrar dene' seçilirse işlem yeniden yapılsın, 'Vazgeç' denirse dursun.",
  ["Islem hata verince kullaniciya tekrar denemek isteyip istemedigini sor, evet derse yeniden dene.",
   "Hata sonrası kullanıcı onayıyla yeniden deneyen bir async döngüsü nasıl yazılır?"],
  ["showDialog", "await", "try"], r"""
Future<T?> runWithRetryPrompt<T>(BuildContext context, Future<T> Function() action) async {
  while (true) {
    try {
      return await action();
    } catch (e) {
      if (!context.mounted) return null;
      final retry = await showDialog<bool>(
        context: context,
        builder: (ctx) => AlertDialog(
          title: const Text('İşlem başarısız'),
          content: Text('Tekrar denensin mi?\n$e'),
          actions: [
            TextButton(onPressed: () => Navigator.pop(ctx, false), child: const Text('Vazgeç')),
            FilledButton(onPressed: () => Navigator.pop(ctx, true), child: const Text('Tekrar dene')),
          ],
        ),
      );
      if (retry != true) return null; // vazgeçti veya dışarı tıklayıp kapattı
    }
  }
}

// final saved = await runWithRetryPrompt(context, () => api.saveNote(note));
""", api_free=True)

R(4027, "async", "orta", "code",
  "Pomodoro sayacı yap: 25 dakika çalışma, 5 dakika mola sırayla dönsün; her geçişte ekrandaki başlık 'Çalış' / 'Mola' olarak değişsin.",
  ["Calisma ve mola surelerini sirayla sayan bir pomodoro zamanlayicisi yaz.",
   "25 dakikalık odak ile 5 dakikalık molayı otomatik olarak değiştiren sayaç widget'ını nasıl yazarım?"],
  ["Timer.periodic", "setState", "cancel"], r"""
class PomodoroTimer extends StatefulWidget {
  const PomodoroTimer({super.key});

  @override
  State<PomodoroTimer> createState() => _PomodoroTimerState();
}

class _PomodoroTimerState extends State<PomodoroTimer> {
  static const _work = 25 * 60;
  static const _break = 5 * 60;
  bool _isWork = true;
  int _left = _work;
  int _rounds = 0;
  Timer? _timer;

  void _start() {
    _timer?.cancel();
    _timer = Timer.periodic(const Duration(seconds: 1), (_) {
      setState(() {
        if (_left > 1) {
          _left--;
          return;
        }
        // Süre bitti: diğer faza geç
        if (_isWork) _rounds++;
        _isWork = !_isWork;
        _left = _isWork ? _work : _break;
      });
    });
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final mm = (_left ~/ 60).toString().padLeft(2, '0');
    final ss = (_left % 60).toString().padLeft(2, '0');
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        Text(_isWork ? 'Çalış' : 'Mola', style: Theme.of(context).textTheme.headlineMedium),
        Text('$mm:$ss', style: const TextStyle(fontSize: 56)),
        Text('Tamamlanan: $_rounds'),
        FilledButton(onPressed: _timer?.isActive == true ? null : _start, child: const Text('Başlat')),
      ],
    );
  }
}
""", api_free=True)

R(4028, "async", "orta", "code",
  "Listeden silinen mesaj hemen sunucudan silinmesin; 5 saniye 'Geri al' seçeneği sunulsun, geri alınmazsa süre dolunca silme isteği gönderilsin.",
  ["Silme istegini bes saniye geciktir, bu surede geri al'a basilirsa istegi hic gonderme.",
   "Geri alınabilir silmede sunucu isteğini zamanlayıcıyla erteleyip iptal etmeyi nasıl yaparım?"],
  ["Timer", "cancel", "SnackBarAction"], r"""
class InboxList extends StatefulWidget {
  const InboxList({super.key, required this.deleteOnServer});
  final Future<void> Function(String id) deleteOnServer;

  @override
  State<InboxList> createState() => _InboxListState();
}

class _InboxListState extends State<InboxList> {
  final _items = ['m1', 'm2', 'm3'];
  final _pending = <String, Timer>{}; // id -> bekleyen silme

  void _delete(int index) {
    final id = _items[index];
    setState(() => _items.removeAt(index));
    _pending[id] = Timer(const Duration(seconds: 5), () {
      _pending.remove(id);
      widget.deleteOnServer(id); // süre doldu: gerçekten sil
    });
    ScaffoldMessenger.of(context).showSnackBar(SnackBar(
      content: const Text('Mesaj silindi'),
      duration: const Duration(seconds: 5),
      action: SnackBarAction(
        label: 'Geri al',
        onPressed: () {
          _pending.remove(id)?.cancel(); // istek hiç gönderilmez
          if (mounted) setState(() => _items.insert(index <= _items.length ? index : _items.length, id));
        },
      ),
    ));
  }

  @override
  void dispose() {
    // Sayfa kapanırken bekleyenleri hemen gönder
    for (final e in _pending.entries) {
      e.value.cancel();
      widget.deleteOnServer(e.key);
    }
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: _items.length,
      itemBuilder: (_, i) => ListTile(
        title: Text('Mesaj ${_items[i]}'),
        trailing: IconButton(icon: const Icon(Icons.delete_outline), onPressed: () => _delete(i)),
      ),
    );
  }
}
""", api_free=True)


R(4029, "async", "zor", "concept",
  "StreamController oluştururken sync: true vermek ne işe yarar, ne zaman kullanılmalı, ne zaman tehlikeli olur?",
  ["StreamController(sync: true) ile normal controller arasindaki fark nedir?",
   "Senkron stream controller'ın olayları ne zaman ilettiğini ve hangi durumda sorun çıkardığını açıkla."],
  ["StreamController", "sync: true"], r"""
// Varsayılan (sync: false): add() çağrıldığında olay hemen değil, bir sonraki
// microtask'ta dinleyiciye iletilir. add'i çağıran kod önce biter, sonra onData çalışır.
// sync: true: add() içinde dinleyici ANINDA çağrılır (aynı çağrı yığınında).
// Faydası: ekstra gecikme olmaz; başka bir olayın (ör. kendi callback'iniz) SON
// adımı olarak add çağırıyorsanız sıralama öngörülebilir kalır.
// Tehlikesi: add'i çağıran kodun ortasında dinleyici çalışır; dinleyici yeniden
// add çağırırsa iç içe çağrılar, tutarsız ara durumlar ve sonsuz döngü oluşabilir.
// Kural: sadece add çağrısı bir olay işleyicisinin en sonundaysa sync: true kullanın.
void demo() {
  final normal = StreamController<int>();
  final instant = StreamController<int>(sync: true);
  normal.stream.listen((v) => print('normal: $v'));
  instant.stream.listen((v) => print('sync: $v'));

  normal.add(1);
  instant.add(1);
  print('add çağrıları bitti');
  // Çıktı: sync: 1, add çağrıları bitti, normal: 1
}
""")

R(4030, "async", "orta", "code",
  "Bir stream'i verilen Future tamamlanınca (örneğin sayfa kapanınca ya da kullanıcı çıkış yapınca) kendiliğinden bitiren takeUntil extension'ı yaz.",
  ["Baska bir olay gerceklesince stream'i sonlandiran takeUntil fonksiyonu nasil yazilir?",
   "Verilen sinyal gelene kadar değerleri geçiren, sinyal gelince aboneliği kapatan stream dönüşümü yaz."],
  ["extension", "StreamController", "cancel"], r"""
extension TakeUntil<T> on Stream<T> {
  Stream<T> takeUntil(Future<void> stop) {
    late StreamController<T> controller;
    StreamSubscription<T>? sub;
    var stopped = false;

    Future<void> finish() async {
      if (stopped) return;
      stopped = true;
      await sub?.cancel();
      await controller.close();
    }

    controller = StreamController<T>(
      onListen: () {
        sub = listen(controller.add, onError: controller.addError, onDone: finish);
        stop.then((_) => finish(), onError: (_) => finish());
      },
      onPause: () => sub?.pause(),
      onResume: () => sub?.resume(),
      onCancel: finish,
    );
    return controller.stream;
  }
}

// final logout = Completer<void>();
// priceStream.takeUntil(logout.future).listen(print);
// ... çıkış yapılınca: logout.complete();
""")

R(4031, "async", "orta", "code",
  "Oturum uzatma penceresinde kullanıcı 10 saniye içinde cevap vermezse pencere kendiliğinden kapansın ve cevap 'Hayır' sayılsın.",
  ["Dialog 10 saniye icinde cevaplanmazsa otomatik kapansin ve varsayilan cevap donsun.",
   "Süreli bir onay penceresi nasıl yapılır, cevap gelmezse varsayılan değer dönsün?"],
  ["showDialog", "Timer", "cancel"], r"""
Future<bool> askExtendSession(BuildContext context) async {
  final navigator = Navigator.of(context);
  var open = true;
  // Zamanlayıcı builder dışında bir kez kurulur (builder birden çok kez çalışabilir)
  final timer = Timer(const Duration(seconds: 10), () {
    if (open) navigator.pop(false); // cevap yok: 'Hayır' ile kapat
  });
  final result = await showDialog<bool>(
    context: context,
    barrierDismissible: false,
    builder: (ctx) {
      return AlertDialog(
        title: const Text('Oturum sona eriyor'),
        content: const Text('Devam etmek istiyor musunuz? (10 sn)'),
        actions: [
          TextButton(onPressed: () => Navigator.pop(ctx, false), child: const Text('Hayır')),
          FilledButton(onPressed: () => Navigator.pop(ctx, true), child: const Text('Evet')),
        ],
      );
    },
  );
  open = false;
  timer.cancel(); // kullanıcı erken cevap verdiyse zamanlayıcı boşa çalışmasın
  return result ?? false;
}
""", api_free=True)

R(4032, "async", "orta", "code",
  "İlaç hatırlatıcısı: belirlenen süre dolunca uyarı çıksın; kullanıcı 'Ertele'ye basarsa 5 dakika sonra tekrar hatırlatılsın, 'Tamam' derse dursun.",
  ["Ertele secenegi olan bir hatirlatici yaz, ertelenince bes dakika sonra tekrar uyarsin.",
   "Zamanlayıcıyı erteleme ile yeniden kuran basit bir hatırlatma servisi nasıl yazılır?"],
  ["Timer", "cancel"], r"""
class Reminder {
  Reminder({required this.onFire});

  // Ekran katmanı burada kullanıcıya sorar: true = ertele
  final Future<bool> Function() onFire;
  Timer? _timer;

  bool get isScheduled => _timer?.isActive ?? false;

  void schedule(Duration after) {
    _timer?.cancel();
    _timer = Timer(after, _fire);
  }

  Future<void> _fire() async {
    final snooze = await onFire();
    if (snooze) schedule(const Duration(minutes: 5)); // ertele: tekrar kur
  }

  void cancel() => _timer?.cancel();
}

// State içinde:
// late final reminder = Reminder(onFire: () async {
//   final r = await showDialog<bool>(context: context, builder: (c) => AlertDialog(
//     title: const Text('İlaç zamanı'),
//     actions: [
//       TextButton(onPressed: () => Navigator.pop(c, true), child: const Text('Ertele')),
//       FilledButton(onPressed: () => Navigator.pop(c, false), child: const Text('Tamam')),
//     ]));
//   return r ?? false;
// });
// reminder.schedule(const Duration(hours: 8)); ... dispose'da reminder.cancel();
""", api_free=True)

R(4033, "async", "orta", "code",
  "Stream'den gelen her sipariş id'si için detayı sunucudan çekiyorum; bir istek hata verince tüm akış durmasın, o id atlanıp diğerlerine devam edilsin.",
  ["asyncMap icinde hata veren elemani atlayip stream'in devam etmesini sagla.",
   "Her eleman için async istek atan akışta tek hatanın diğerlerini bozmaması için ne yapmalıyım?"],
  ["asyncExpand | asyncMap | async*", "try | catchError"], r"""
class OrderDetail {
  const OrderDetail(this.id, this.status);
  final String id;
  final String status;
}

Stream<OrderDetail> orderDetails(
  Stream<String> ids,
  Future<OrderDetail> Function(String id) fetch,
) async* {
  await for (final id in ids) {
    try {
      yield await fetch(id); // sırayla, her id için bir istek
    } catch (e) {
      // Hata akışa aktarılmaz; sadece loglanır ve sıradaki id'ye geçilir
      debugPrint('Sipariş $id alınamadı: $e');
    }
  }
}

// orderDetails(newOrderIds, api.fetchOrder).listen((d) => print('${d.id}: ${d.status}'));
""")

R(4034, "async", "orta", "code",
  "StreamBuilder sadece en son gelen mesajı gösteriyor; stream'den gelen tüm sohbet mesajlarını listede biriktirerek göster.",
  ["StreamBuilder'da gelen butun mesajlari listeye ekleyerek goster, sadece sonuncusu kalmasin.",
   "Akıştan gelen değerleri toplayıp büyüyen bir liste olarak ekrana nasıl basarım?"],
  ["StreamBuilder | listen", "List"], r"""
class ChatStreamView extends StatefulWidget {
  const ChatStreamView({super.key, required this.messages});
  final Stream<String> messages;

  @override
  State<ChatStreamView> createState() => _ChatStreamViewState();
}

class _ChatStreamViewState extends State<ChatStreamView> {
  // Biriktirme stream'in kendisinde yapılır; StreamBuilder her seferinde tüm listeyi alır
  late final Stream<List<String>> _all = _accumulate(widget.messages);

  static Stream<List<String>> _accumulate(Stream<String> source) async* {
    final list = <String>[];
    await for (final m in source) {
      list.add(m);
      yield List.unmodifiable(list); // yeni liste örneği
    }
  }

  @override
  Widget build(BuildContext context) {
    return StreamBuilder<List<String>>(
      stream: _all, // build'de yeniden oluşturulmaz
      initialData: const [],
      builder: (context, snapshot) {
        final items = snapshot.data!;
        if (items.isEmpty) return const Center(child: Text('Henüz mesaj yok'));
        return ListView.builder(
          itemCount: items.length,
          itemBuilder: (_, i) => ListTile(title: Text(items[i])),
        );
      },
    );
  }
}
""")

R(4035, "async", "kolay", "concept",
  "Future.wait'in döndürdüğü listedeki sonuçlar, işlemlerin bitiş sırasına göre mi yoksa verdiğim sıraya göre mi gelir?",
  ["Future.wait sonuclari tamamlanma sirasina gore mi, listedeki sirayla mi doner?",
   "Paralel beklenen işlerin sonuç listesindeki sırasını örnekle açıkla."],
  ["Future.wait", "await"], r"""
// Future.wait sonuçları HER ZAMAN verilen listenin sırasıyla döndürür;
// hangisinin önce bittiği önemli değildir. Bu yüzden sonuçları index ile eşleştirmek güvenlidir.
// Bitiş sırasıyla işlemek isterseniz her Future'a ayrı then yazın ya da Stream.fromFutures kullanın.
Future<String> slow(String name, int ms) => Future.delayed(Duration(milliseconds: ms), () => name);

Future<void> demo() async {
  final results = await Future.wait([
    slow('yavaş', 900), // en son biter
    slow('hızlı', 100), // ilk biter
    slow('orta', 400),
  ]);
  print(results); // [yavaş, hızlı, orta]  -> verilen sıra

  // Farklı tipler için record ile de sıra korunur:
  final (user, count) = await (slow('ayse', 300), Future.value(42)).wait;
  print('$user $count');
}
""")

R(4036, "async", "orta", "code",
  "Uygulama açılışında veritabanı ve uzak ayarlar aynı anda yüklensin; kullanıcı servisi ise veritabanı hazır olunca başlasın, hepsi bitince uygulama açılsın.",
  ["Bazi baslatma islerini paralel, birini de digerine bagli calistirip hepsinin bitmesini bekle.",
   "Birbirine bağımlı ve bağımsız başlatma adımlarını en kısa sürede bitirecek şekilde nasıl sıralarım?"],
  ["Future.wait | .wait", "await"], r"""
class Services {
  Services(this.db, this.config, this.user);
  final Object db;
  final Map<String, Object> config;
  final String user;
}

Future<Object> openDatabase() => Future.delayed(const Duration(milliseconds: 800), () => Object());
Future<Map<String, Object>> loadRemoteConfig() =>
    Future.delayed(const Duration(seconds: 1), () => <String, Object>{'theme': 'dark'});
Future<String> loadUser(Object db) => Future.delayed(const Duration(milliseconds: 300), () => 'ayse');

Future<Services> bootstrap() async {
  // Veritabanı ve config hemen, aynı anda başlar
  final dbFuture = openDatabase();
  final configFuture = loadRemoteConfig();
  // Kullanıcı servisi sadece veritabanını bekler, config'i beklemez
  final userFuture = dbFuture.then(loadUser);

  final (db, config, user) = await (dbFuture, configFuture, userFuture).wait;
  return Services(db, config, user); // toplam süre ~1 sn (sırayla olsaydı ~2.1 sn)
}

// main: WidgetsFlutterBinding.ensureInitialized(); final s = await bootstrap(); runApp(MyApp(s));
""", api_free=True)

R(4037, "async", "zor", "code",
  "Sunucu çöktüğünde istekleri boşuna yağdırmamak için art arda 3 hata olunca 30 saniye boyunca hiç istek atmadan hemen hata dönen bir devre kesici yaz.",
  ["Ust uste hata alininca bir sure istekleri durduran circuit breaker sinifi yaz.",
   "Sürekli hata veren servise bir süre istek göndermeyi kesen, sonra tekrar deneyen yapı nasıl kurulur?"],
  ["DateTime.now", "Exception", "await"], r"""
class CircuitOpenException implements Exception {
  const CircuitOpenException(this.retryAfter);
  final Duration retryAfter;
  @override
  String toString() => 'Servis geçici olarak kapalı, ${retryAfter.inSeconds} sn sonra deneyin';
}

class CircuitBreaker {
  CircuitBreaker({this.failureLimit = 3, this.openFor = const Duration(seconds: 30)});
  final int failureLimit;
  final Duration openFor;
  int _failures = 0;
  DateTime? _openedAt;

  Future<T> call<T>(Future<T> Function() action) async {
    final opened = _openedAt;
    if (opened != null) {
      final passed = DateTime.now().difference(opened);
      if (passed < openFor) throw CircuitOpenException(openFor - passed); // ağa hiç gitme
      _openedAt = null; // süre doldu: bir deneme yapılsın (yarı açık)
    }
    try {
      final result = await action();
      _failures = 0; // başarı sayacı sıfırlar
      return result;
    } catch (e) {
      _failures++;
      if (_failures >= failureLimit) {
        _openedAt = DateTime.now();
        _failures = 0;
      }
      rethrow;
    }
  }
}

// final breaker = CircuitBreaker();
// final orders = await breaker(() => api.fetchOrders());
""")

R(4038, "async", "kolay", "code",
  "Fotoğraf çekmeden önce ekranın ortasında büyük harflerle 3, 2, 1 geri sayımı görünsün, sayım bitince çekim fonksiyonu çağrılsın.",
  ["Bir islemden once ekranda 3-2-1 geri sayimi gosterip sonra islemi baslat.",
   "Zamanlayıcılı çekim için saniyede bir azalan geri sayımı gösterip sonunda callback çağıran widget nasıl yazılır?"],
  ["Timer.periodic | Future.delayed", "setState"], r"""
class CountdownTrigger extends StatefulWidget {
  const CountdownTrigger({super.key, required this.onFinished, this.from = 3});
  final VoidCallback onFinished;
  final int from;

  @override
  State<CountdownTrigger> createState() => _CountdownTriggerState();
}

class _CountdownTriggerState extends State<CountdownTrigger> {
  int? _count; // null: sayım yok

  Future<void> _start() async {
    for (var i = widget.from; i > 0; i--) {
      if (!mounted) return;
      setState(() => _count = i);
      await Future.delayed(const Duration(seconds: 1));
    }
    if (!mounted) return;
    setState(() => _count = null);
    widget.onFinished(); // ör. kamera çekimi
  }

  @override
  Widget build(BuildContext context) {
    return Stack(
      alignment: Alignment.center,
      children: [
        IconButton.filled(
          iconSize: 40,
          icon: const Icon(Icons.timer_3),
          onPressed: _count == null ? _start : null,
        ),
        if (_count != null)
          IgnorePointer(
            child: Text('$_count', style: const TextStyle(fontSize: 120, fontWeight: FontWeight.bold, color: Colors.white)),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4039, "async", "kolay", "concept",
  "Sayfa kapanırken Timer'ı iptal etmezsem ne olur? Neden dispose içinde cancel çağırmam gerekiyor?",
  ["dispose'da timer.cancel yapmazsam ne olur, hangi hatayi alirim?",
   "Kapanan sayfada çalışmaya devam eden zamanlayıcının yol açtığı sorunları örnekle açıkla."],
  ["Timer.periodic", "cancel", "dispose"], r"""
// Timer, widget'tan bağımsızdır: sayfa kapansa da çalışmaya devam eder.
// - Callback içinde setState varsa: 'setState() called after dispose()' hatası.
// - Timer, callback üzerinden State'i tutar: State çöp toplanamaz (bellek sızıntısı).
// - Periyodik timer ise sonsuza kadar boşuna CPU/pil harcar, ağ isteği atıyorsa sunucuyu da yorar.
// Çözüm: Timer'ı alanda sakla ve dispose'da iptal et.
class ClockText extends StatefulWidget {
  const ClockText({super.key});

  @override
  State<ClockText> createState() => _ClockTextState();
}

class _ClockTextState extends State<ClockText> {
  late final Timer _timer;
  DateTime _now = DateTime.now();

  @override
  void initState() {
    super.initState();
    _timer = Timer.periodic(const Duration(seconds: 1), (_) => setState(() => _now = DateTime.now()));
  }

  @override
  void dispose() {
    _timer.cancel(); // olmazsa sayfa kapandıktan sonra da setState çağrılır
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => Text('${_now.hour}:${_now.minute}:${_now.second}');
}
""")


# ---------------------------------------------------------------- http_json
R(4000, "http_json", "orta", "code",
  "retrofit paketiyle görevler API'si için istemci tanımla: listeleme, id ile getirme ve yeni görev oluşturma metotları olsun.",
  ["Retrofit ve dio ile anotasyonlu bir REST istemcisi nasil yazilir?",
   "Endpoint'leri elle yazmak yerine retrofit ile GET, POST ve path parametresi kullanan bir API sınıfı oluştur."],
  ["@RestApi", "@GET", "@POST"], r"""
// pubspec.yaml: retrofit, dio, json_annotation | dev: retrofit_generator, build_runner, json_serializable
// Kod üretimi: dart run build_runner build
part 'task_api.g.dart';

@JsonSerializable()
class Task {
  const Task({required this.id, required this.title, this.done = false});
  final int id;
  final String title;
  final bool done;

  factory Task.fromJson(Map<String, dynamic> json) => _$TaskFromJson(json);
  Map<String, dynamic> toJson() => _$TaskToJson(this);
}

@RestApi(baseUrl: 'https://api.example.com/v1')
abstract class TaskApi {
  factory TaskApi(Dio dio, {String? baseUrl}) = _TaskApi;

  @GET('/tasks')
  Future<List<Task>> getTasks(@Query('page') int page);

  @GET('/tasks/{id}')
  Future<Task> getTask(@Path('id') int id);

  @POST('/tasks')
  Future<Task> createTask(@Body() Map<String, dynamic> body);
}

// Kullanım:
// final api = TaskApi(Dio());
// final tasks = await api.getTasks(1);
// final created = await api.createTask({'title': 'Fatura öde'});
""")

R(4001, "http_json", "orta", "code",
  "Sipariş JSON'unda ürün kalemleri dizisi var; paket kullanmadan Order ve OrderItem modellerini fromJson/toJson ile yaz, siparişin toplam tutarını da hesapla.",
  ["Icinde kalem listesi olan siparis JSON'u icin elle model yaz ve toplam tutari hesaplayan getter ekle.",
   "İç içe ürün listesi içeren sipariş verisini modele çevir; toplam fiyatı nasıl hesaplarım?"],
  ["fromJson", "toJson", "map"], r"""
class OrderItem {
  const OrderItem({required this.name, required this.unitPrice, required this.quantity});
  final String name;
  final double unitPrice;
  final int quantity;

  double get lineTotal => unitPrice * quantity;

  factory OrderItem.fromJson(Map<String, dynamic> json) => OrderItem(
        name: json['name'] as String,
        unitPrice: (json['unit_price'] as num).toDouble(), // 10 veya 10.5 gelebilir
        quantity: json['quantity'] as int,
      );

  Map<String, dynamic> toJson() => {'name': name, 'unit_price': unitPrice, 'quantity': quantity};
}

class Order {
  const Order({required this.id, required this.items});
  final String id;
  final List<OrderItem> items;

  double get total => items.fold(0, (sum, i) => sum + i.lineTotal);

  factory Order.fromJson(Map<String, dynamic> json) => Order(
        id: json['id'] as String,
        items: (json['items'] as List<dynamic>? ?? [])
            .map((e) => OrderItem.fromJson(e as Map<String, dynamic>))
            .toList(),
      );

  // Alt nesneler de Map'e çevrilmeli, yoksa jsonEncode hata verir
  Map<String, dynamic> toJson() => {'id': id, 'items': items.map((i) => i.toJson()).toList()};
}

// final order = Order.fromJson(jsonDecode(body) as Map<String, dynamic>);
// print(order.total.toStringAsFixed(2));
""")

R(4002, "http_json", "kolay", "code",
  "API fiyatı '1.249,90' gibi Türkçe biçimli metin olarak gönderiyor; bunu hesaplamada kullanmak için double'a çevir.",
  ["Sunucudan gelen 1.249,90 seklindeki fiyat metnini sayiya nasil ceviririm?",
   "Nokta binlik, virgül ondalık ayracı olan fiyat yazısını double değere dönüştüren fonksiyon yaz."],
  ["double.tryParse | double.parse | NumberFormat"], r"""
double? parseTrPrice(Object? raw) {
  if (raw == null) return null;
  if (raw is num) return raw.toDouble(); // bazen sayı olarak da gelebilir
  final text = raw
      .toString()
      .replaceAll('TL', '')
      .replaceAll('₺', '')
      .trim()
      .replaceAll('.', '') // binlik ayracını at
      .replaceAll(',', '.'); // ondalık virgülü noktaya çevir
  return double.tryParse(text);
}

// parseTrPrice('1.249,90')  -> 1249.9
// parseTrPrice('₺ 89,50')   -> 89.5
// parseTrPrice('abc')       -> null
""", api_free=True)

R(4003, "http_json", "orta", "code",
  "API'den gelen sipariş listesini tarihe göre gün gün grupla; ekranda her günün başlığı altında o günün siparişleri görünsün.",
  ["Siparisleri created_at tarihine gore gunlere ayir ve her gun icin baslikli liste goster.",
   "Sunucudan gelen kayıtları güne göre gruplayıp başlıklı liste olarak nasıl gösteririm?"],
  ["DateTime.parse | DateTime.tryParse", "ListView"], r"""
class OrderRow {
  const OrderRow(this.id, this.createdAt, this.total);
  final String id;
  final DateTime createdAt;
  final double total;

  factory OrderRow.fromJson(Map<String, dynamic> j) => OrderRow(
        j['id'] as String,
        DateTime.parse(j['created_at'] as String).toLocal(),
        (j['total'] as num).toDouble(),
      );
}

// Gün -> o günün siparişleri (en yeni gün önce)
Map<DateTime, List<OrderRow>> groupByDay(List<OrderRow> orders) {
  final sorted = [...orders]..sort((a, b) => b.createdAt.compareTo(a.createdAt));
  final groups = <DateTime, List<OrderRow>>{};
  for (final o in sorted) {
    final day = DateTime(o.createdAt.year, o.createdAt.month, o.createdAt.day);
    groups.putIfAbsent(day, () => []).add(o);
  }
  return groups;
}

class OrdersByDay extends StatelessWidget {
  const OrdersByDay({super.key, required this.orders});
  final List<OrderRow> orders;

  @override
  Widget build(BuildContext context) {
    final groups = groupByDay(orders);
    return ListView(
      children: [
        for (final entry in groups.entries) ...[
          Padding(
            padding: const EdgeInsets.fromLTRB(16, 16, 16, 4),
            child: Text('${entry.key.day}.${entry.key.month}.${entry.key.year}',
                style: Theme.of(context).textTheme.titleSmall),
          ),
          for (final o in entry.value)
            ListTile(title: Text('Sipariş ${o.id}'), trailing: Text('${o.total.toStringAsFixed(2)} TL')),
        ],
      ],
    );
  }
}
""", api_free=True)

R(4004, "http_json", "orta", "code",
  "API iç içe filtreleri filter[price][min]=100&filter[brand]=apple biçiminde bekliyor; iç içe bir Map'i bu köşeli parantezli sorgu parametrelerine çevir.",
  ["Ic ice filtre nesnesini filter[a][b]=deger seklindeki query parametrelerine donusturen fonksiyon yaz.",
   "Köşeli parantez gösterimli sorgu parametrelerini iç içe veriden nasıl üretip isteğe eklerim?"],
  ["queryParameters | Uri", "Map"], r"""
// {'price': {'min': 100, 'max': 500}, 'brand': ['apple', 'samsung']}
//  -> filter[price][min]=100, filter[price][max]=500, filter[brand][]=apple ...
Map<String, List<String>> toBracketQuery(String prefix, Object? value) {
  final out = <String, List<String>>{};
  void walk(String key, Object? v) {
    if (v == null) return; // boş filtreler gönderilmez
    if (v is Map) {
      v.forEach((k, child) => walk('$key[$k]', child));
    } else if (v is Iterable) {
      for (final item in v) {
        out.putIfAbsent('$key[]', () => []).add('$item');
      }
    } else {
      out.putIfAbsent(key, () => []).add('$v');
    }
  }

  walk(prefix, value);
  return out;
}

Uri productsUri(Map<String, Object?> filter) => Uri.https(
      'api.example.com',
      '/products',
      // Uri, List değerli parametreleri tekrar eden anahtar olarak yazar ve kodlar
      toBracketQuery('filter', filter),
    );

// productsUri({'price': {'min': 100}, 'brand': ['apple', 'samsung']})
// -> https://api.example.com/products?filter%5Bprice%5D%5Bmin%5D=100&filter%5Bbrand%5D%5B%5D=apple&...
""")

R(4005, "http_json", "kolay", "code",
  "İç içe JSON'da data.user.address.city gibi derindeki bir alanı, aradaki herhangi bir seviye eksik ya da farklı tipteyse çökmeden null dönecek şekilde oku.",
  ["Derin JSON yolundaki bir degeri ara seviyeler eksik olsa bile guvenli okuyan fonksiyon yaz.",
   "Nokta ile ayrılmış bir yol vererek iç içe Map'ten değer okuyan ve yoksa null dönen yardımcı nasıl yazılır?"],
  ["Map", "split"], r"""
// 'data.user.address.city' veya 'data.items.0.name' gibi yollar
T? readPath<T>(Object? json, String path) {
  Object? current = json;
  for (final key in path.split('.')) {
    if (current is Map<String, dynamic>) {
      current = current[key];
    } else if (current is List) {
      final index = int.tryParse(key);
      if (index == null || index < 0 || index >= current.length) return null;
      current = current[index];
    } else {
      return null; // yol ortada kesildi
    }
  }
  return current is T ? current : null; // tip uymuyorsa da null
}

// final body = jsonDecode(response.body);
// final city = readPath<String>(body, 'data.user.address.city') ?? 'Bilinmiyor';
// final firstItem = readPath<String>(body, 'data.items.0.name');
""", api_free=True)

R(4006, "http_json", "kolay", "code",
  "Şehir listesini API'den çekip açılır menüde göster; liste yüklenirken menü pasif kalsın, seçilen şehir ekranda yazsın.",
  ["Sunucudan gelen sehirleri dropdown'a doldur, yuklenene kadar secim yapilamasin.",
   "Açılır menü seçeneklerini API'den nasıl yüklerim, yükleme bitene kadar menüyü nasıl kapatırım?"],
  ["DropdownButton | DropdownMenu", "FutureBuilder"], r"""
// pubspec.yaml: http
Future<List<String>> fetchCities() async {
  final res = await http.get(Uri.parse('https://api.example.com/cities'));
  if (res.statusCode != 200) throw Exception('Şehirler alınamadı');
  return (jsonDecode(res.body) as List<dynamic>).map((e) => e['name'] as String).toList();
}

class CityPicker extends StatefulWidget {
  const CityPicker({super.key});

  @override
  State<CityPicker> createState() => _CityPickerState();
}

class _CityPickerState extends State<CityPicker> {
  late final Future<List<String>> _cities = fetchCities(); // bir kez çekilir
  String? _selected;

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<List<String>>(
      future: _cities,
      builder: (context, snapshot) {
        final cities = snapshot.data ?? const <String>[];
        return Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            DropdownButton<String>(
              value: _selected,
              hint: Text(snapshot.hasError ? 'Yüklenemedi' : 'Şehir seçin'),
              items: [for (final c in cities) DropdownMenuItem(value: c, child: Text(c))],
              // onChanged null iken menü pasif görünür
              onChanged: snapshot.hasData ? (v) => setState(() => _selected = v) : null,
            ),
            if (_selected != null) Text('Seçilen: $_selected'),
          ],
        );
      },
    );
  }
}
""", api_free=True)

R(4007, "http_json", "orta", "code",
  "Rehber API'si için listeleme, ekleme, güncelleme ve silme metotları olan bir ContactService sınıfını http paketiyle yaz.",
  ["Kisiler icin listele, ekle, guncelle ve sil islemlerini yapan bir servis sinifi yaz.",
   "http ile tek bir sınıfta dört temel REST işlemini (CRUD) nasıl toplarım?"],
  ["get", "post", "delete"], r"""
// pubspec.yaml: http
class Contact {
  const Contact({this.id, required this.name, required this.phone});
  final int? id;
  final String name;
  final String phone;

  factory Contact.fromJson(Map<String, dynamic> j) =>
      Contact(id: j['id'] as int, name: j['name'] as String, phone: j['phone'] as String);
  Map<String, dynamic> toJson() => {'name': name, 'phone': phone};
}

class ContactService {
  ContactService(this._client);
  final http.Client _client;
  static const _base = 'https://api.example.com/contacts';
  static const _json = {'Content-Type': 'application/json'};

  void _check(http.Response r) {
    if (r.statusCode < 200 || r.statusCode >= 300) throw Exception('HTTP ${r.statusCode}: ${r.body}');
  }

  Future<List<Contact>> list() async {
    final r = await _client.get(Uri.parse(_base));
    _check(r);
    return (jsonDecode(r.body) as List<dynamic>).map((e) => Contact.fromJson(e as Map<String, dynamic>)).toList();
  }

  Future<Contact> create(Contact c) async {
    final r = await _client.post(Uri.parse(_base), headers: _json, body: jsonEncode(c.toJson()));
    _check(r);
    return Contact.fromJson(jsonDecode(r.body) as Map<String, dynamic>);
  }

  Future<Contact> update(Contact c) async {
    final r = await _client.put(Uri.parse('$_base/${c.id}'), headers: _json, body: jsonEncode(c.toJson()));
    _check(r);
    return Contact.fromJson(jsonDecode(r.body) as Map<String, dynamic>);
  }

  Future<void> delete(int id) async {
    final r = await _client.delete(Uri.parse('$_base/$id'));
    _check(r); // 200 veya 204
  }
}
""")

R(4008, "http_json", "orta", "code",
  "web_socket_channel ile sohbet sunucusuna bağlan; mesajları {type, text, from} JSON'u olarak gönder, gelen JSON mesajları modele çevirip listede göster.",
  ["WebSocket uzerinden JSON mesaj gonderip alan basit bir sohbet ekrani yaz.",
   "Soketten gelen JSON metinlerini modele çevirip ekranda göstermeyi ve JSON göndermeyi nasıl yaparım?"],
  ["WebSocketChannel", "jsonEncode", "jsonDecode"], r"""
// pubspec.yaml: web_socket_channel
class ChatMessage {
  const ChatMessage(this.from, this.text);
  final String from;
  final String text;

  factory ChatMessage.fromJson(Map<String, dynamic> j) => ChatMessage(j['from'] as String, j['text'] as String);
}

class ChatRoom extends StatefulWidget {
  const ChatRoom({super.key, required this.me});
  final String me;

  @override
  State<ChatRoom> createState() => _ChatRoomState();
}

class _ChatRoomState extends State<ChatRoom> {
  final _channel = WebSocketChannel.connect(Uri.parse('wss://chat.example.com/ws'));
  final _input = TextEditingController();
  final _messages = <ChatMessage>[];
  late final StreamSubscription<dynamic> _sub;

  @override
  void initState() {
    super.initState();
    _sub = _channel.stream.listen((raw) {
      final json = jsonDecode(raw as String) as Map<String, dynamic>;
      if (json['type'] == 'message') setState(() => _messages.add(ChatMessage.fromJson(json)));
    });
  }

  void _send() {
    if (_input.text.trim().isEmpty) return;
    _channel.sink.add(jsonEncode({'type': 'message', 'text': _input.text.trim(), 'from': widget.me}));
    _input.clear();
  }

  @override
  void dispose() {
    _sub.cancel();
    _channel.sink.close();
    _input.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Expanded(
          child: ListView(children: [for (final m in _messages) ListTile(title: Text(m.text), subtitle: Text(m.from))]),
        ),
        Row(children: [
          Expanded(child: TextField(controller: _input)),
          IconButton(icon: const Icon(Icons.send), onPressed: _send),
        ]),
      ],
    );
  }
}
""")

R(4009, "http_json", "zor", "code",
  "Ödeme isteği ağ hatasında tekrar gönderilince para iki kez çekilmesin; her ödeme için bir kez üretilen Idempotency-Key başlığını tüm denemelerde aynı gönder.",
  ["Odeme POST isteginde tekrar denemelerde ayni Idempotency-Key header'ini kullan.",
   "Yeniden deneme yapılan ödeme isteğinin çift işlenmemesi için istek anahtarı nasıl gönderilir?"],
  ["Idempotency-Key", "post", "headers"], r"""
// pubspec.yaml: http
String _newKey() {
  final r = Random.secure();
  return List.generate(16, (_) => r.nextInt(256).toRadixString(16).padLeft(2, '0')).join();
}

Future<Map<String, dynamic>> pay(http.Client client, {required int amountKurus, required String cardToken}) async {
  // Anahtar denemelerden ÖNCE bir kez üretilir; sunucu aynı anahtarı görünce
  // yeni ödeme yapmaz, ilk işlemin sonucunu döndürür
  final key = _newKey();
  final body = jsonEncode({'amount': amountKurus, 'card_token': cardToken});

  for (var attempt = 1; ; attempt++) {
    try {
      final res = await client
          .post(
            Uri.parse('https://api.example.com/payments'),
            headers: {'Content-Type': 'application/json', 'Idempotency-Key': key},
            body: body,
          )
          .timeout(const Duration(seconds: 15));
      // 5xx ise (deneme hakkı varsa) aşağıda bekleyip aynı anahtarla tekrar dene
      if (res.statusCode < 500 || attempt >= 3) {
        if (res.statusCode >= 400) throw Exception('Ödeme reddedildi: ${res.statusCode}');
        return jsonDecode(res.body) as Map<String, dynamic>;
      }
    } on TimeoutException {
      if (attempt >= 3) rethrow; // cevap gelmedi ama ödeme yapılmış olabilir: aynı anahtarla dene
    } on SocketException {
      if (attempt >= 3) rethrow;
    }
    await Future.delayed(Duration(seconds: attempt));
  }
}
""")

R(4010, "http_json", "zor", "code",
  "Büyük bir dosya indirilirken bağlantı koparsa baştan değil, diskteki kısmın bittiği yerden devam etsin (Range başlığıyla).",
  ["Yarida kalan indirmeyi kaldigi byte'tan devam ettiren bir fonksiyon yaz.",
   "http paketiyle Range header kullanarak kesilen dosya indirmesini nasıl sürdürürüm?"],
  ["Range", "send", "openWrite"], r"""
// pubspec.yaml: http
Future<void> resumableDownload(http.Client client, Uri url, File target) async {
  final existing = await target.exists() ? await target.length() : 0;
  final request = http.Request('GET', url);
  if (existing > 0) request.headers['Range'] = 'bytes=$existing-';

  final response = await client.send(request);
  final IOSink sink;
  if (response.statusCode == 206) {
    sink = target.openWrite(mode: FileMode.append); // sunucu devamı gönderiyor
  } else if (response.statusCode == 200) {
    sink = target.openWrite(); // Range desteklenmiyor: baştan yaz
  } else if (response.statusCode == 416) {
    return; // istenen aralık yok: dosya zaten tamam
  } else {
    throw HttpException('İndirme hatası: ${response.statusCode}', uri: url);
  }

  try {
    await response.stream.pipe(sink); // pipe, bitince sink'i kapatır
  } catch (e) {
    await sink.close(); // yazılan kısım diskte kalır, sonraki çağrı devam eder
    rethrow;
  }
}
""")

R(4011, "http_json", "orta", "code",
  "Fatura PDF'ini http ile indirip uygulama belgeler klasörüne kaydet; dosya zaten varsa tekrar indirme, yolunu döndür.",
  ["PDF dosyasini indirip cihazda sakla, daha once indirildiyse dogrudan dosya yolunu ver.",
   "İnternetten indirilen dosyayı kalıcı klasöre yazan ve tekrar indirmeyi önleyen fonksiyon nasıl yazılır?"],
  ["getApplicationDocumentsDirectory", "writeAsBytes", "bodyBytes"], r"""
// pubspec.yaml: http, path_provider
Future<File> downloadInvoice(String invoiceId) async {
  final dir = await getApplicationDocumentsDirectory();
  final file = File('${dir.path}/fatura_$invoiceId.pdf');
  if (await file.exists() && await file.length() > 0) {
    return file; // daha önce indirilmiş
  }

  final res = await http.get(Uri.parse('https://api.example.com/invoices/$invoiceId.pdf'));
  if (res.statusCode != 200) {
    throw Exception('Fatura indirilemedi (${res.statusCode})');
  }
  final type = res.headers['content-type'] ?? '';
  if (!type.contains('pdf')) throw Exception('Beklenmeyen içerik: $type');

  await file.writeAsBytes(res.bodyBytes, flush: true);
  return file;
}
""")

R(4012, "http_json", "kolay", "concept",
  "REST'te PUT ile PATCH arasındaki fark nedir, sadece bir alanı güncellerken hangisini kullanmalıyım?",
  ["PUT mu PATCH mi, farklari nedir ve kismi guncellemede hangisi kullanilir?",
   "Kaynağın tamamını değiştirme ile kısmi güncelleme arasındaki farkı http örnekleriyle açıkla."],
  ["put", "patch"], r"""
// pubspec.yaml: http
// PUT: kaynağın TAMAMINI gönderilen gövdeyle değiştirir. Gönderilmeyen alanlar
// sunucuya göre boşaltılabilir; bu yüzden nesnenin tüm alanları gönderilir.
// Aynı isteği tekrar göndermek aynı sonucu verir (idempotent).
// PATCH: sadece gönderilen alanları günceller; diğerleri olduğu gibi kalır.
// Tek alan değişiyorsa (ör. sadece durum) PATCH daha az veri taşır ve
// başka bir kullanıcının aynı anda değiştirdiği alanları ezmez.
Future<void> examples(http.Client client) async {
  const headers = {'Content-Type': 'application/json'};
  final url = Uri.parse('https://api.example.com/notes/7');

  // Tüm not yeniden yazılır
  await client.put(url, headers: headers, body: jsonEncode({'title': 'Alışveriş', 'body': 'Süt, ekmek', 'pinned': false}));

  // Sadece pinned alanı değişir
  await client.patch(url, headers: headers, body: jsonEncode({'pinned': true}));
}
// Not: Hangisinin desteklendiği API'ye bağlıdır; dokümantasyonuna bakın.
""")

R(4013, "http_json", "orta", "concept",
  "Dio interceptor'ında handler.next, handler.resolve ve handler.reject arasındaki fark nedir, hangisini ne zaman çağırmalıyım?",
  ["Dio interceptor handler next resolve reject ne ise yarar, farklari nedir?",
   "Interceptor içinde isteği devam ettirme, sahte cevapla bitirme ve hataya çevirme yollarını örnekle açıkla."],
  ["handler.next", "handler.resolve", "handler.reject"], r"""
// pubspec.yaml: dio
// next: olduğu gibi (ya da değiştirerek) zincirdeki sonraki interceptor'a, en sonda ağa/çağırana iletir.
// resolve: zinciri burada bitirir ve çağırana BAŞARILI bir Response döner (ör. önbellekten cevap).
// reject: zinciri burada bitirir ve çağırana DioException fırlatır (ör. oturum yoksa isteği hiç atma).
// Her callback'te bunlardan tam olarak BİRİ çağrılmalıdır; hiçbiri çağrılmazsa istek asılı kalır.
class ExampleInterceptor extends Interceptor {
  final _cache = <String, Response<dynamic>>{};
  String? token;

  @override
  void onRequest(RequestOptions options, RequestInterceptorHandler handler) {
    final cached = _cache[options.uri.toString()];
    if (options.method == 'GET' && cached != null) {
      return handler.resolve(cached); // ağa gitmeden cevap ver
    }
    if (token == null && options.path.startsWith('/me')) {
      return handler.reject(DioException(requestOptions: options, message: 'Oturum yok'));
    }
    options.headers['Authorization'] = 'Bearer $token';
    handler.next(options); // normal akış
  }

  @override
  void onResponse(Response<dynamic> response, ResponseInterceptorHandler handler) {
    if (response.requestOptions.method == 'GET') _cache[response.realUri.toString()] = response;
    handler.next(response);
  }
}
""")

R(4014, "http_json", "orta", "code",
  "Arama kutusuna yazıp 'Ara' butonuna basınca API'den ürünleri getir; aranırken gösterge dönsün, sonuç yoksa 'Sonuç bulunamadı' yazsın.",
  ["Butona basinca sunucuda urun ara; yukleniyor, bos sonuc ve hata durumlarini goster.",
   "Ara butonuyla API'ye istek atıp sonuçları, boş durumu ve hatayı ekranda nasıl gösteririm?"],
  ["http.get | client.get | dio.get", "queryParameters | Uri.https", "jsonDecode | .data"], r"""
// pubspec.yaml: http
Future<List<String>> searchProducts(String q) async {
  final uri = Uri.https('api.example.com', '/products/search', {'q': q});
  final res = await http.get(uri);
  if (res.statusCode != 200) throw Exception('Arama başarısız (${res.statusCode})');
  final data = jsonDecode(res.body) as Map<String, dynamic>;
  return (data['items'] as List<dynamic>).map((e) => e['name'] as String).toList();
}

class ProductSearch extends StatefulWidget {
  const ProductSearch({super.key});

  @override
  State<ProductSearch> createState() => _ProductSearchState();
}

class _ProductSearchState extends State<ProductSearch> {
  final _query = TextEditingController();
  Future<List<String>>? _results; // null: henüz arama yapılmadı

  void _search() {
    final q = _query.text.trim();
    if (q.isEmpty) return;
    FocusScope.of(context).unfocus();
    setState(() => _results = searchProducts(q));
  }

  @override
  void dispose() {
    _query.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Row(children: [
          Expanded(child: TextField(controller: _query, onSubmitted: (_) => _search())),
          FilledButton(onPressed: _search, child: const Text('Ara')),
        ]),
        Expanded(
          child: _results == null
              ? const Center(child: Text('Aramak için bir şey yazın'))
              : FutureBuilder<List<String>>(
                  future: _results,
                  builder: (context, s) {
                    if (s.connectionState != ConnectionState.done) return const Center(child: CircularProgressIndicator());
                    if (s.hasError) return Center(child: Text('Hata: ${s.error}'));
                    final items = s.data!;
                    if (items.isEmpty) return const Center(child: Text('Sonuç bulunamadı'));
                    return ListView(children: [for (final i in items) ListTile(title: Text(i))]);
                  },
                ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4015, "http_json", "orta", "code",
  "Uygulama açılışında özellik ayarları JSON'unu sunucudan çek; sunucuya ulaşılamazsa assets'teki varsayılan config.json dosyasını kullan.",
  ["Uzak config JSON'u yuklenemezse uygulamanin icindeki varsayilan JSON dosyasina don.",
   "Ayarları önce sunucudan, olmazsa paketle gelen dosyadan okuyan bir yükleyici nasıl yazılır?"],
  ["rootBundle.loadString", "jsonDecode", "timeout"], r"""
// pubspec.yaml: http  (assets: - assets/config.json)
class AppConfig {
  const AppConfig({required this.showCampaigns, required this.minVersion});
  final bool showCampaigns;
  final String minVersion;

  factory AppConfig.fromJson(Map<String, dynamic> j) => AppConfig(
        showCampaigns: j['show_campaigns'] as bool? ?? false,
        minVersion: j['min_version'] as String? ?? '1.0.0',
      );
}

Future<AppConfig> loadConfig() async {
  try {
    final res = await http
        .get(Uri.parse('https://api.example.com/app-config'))
        .timeout(const Duration(seconds: 4)); // açılışı uzun süre bekletme
    if (res.statusCode == 200) {
      return AppConfig.fromJson(jsonDecode(res.body) as Map<String, dynamic>);
    }
  } catch (e) {
    debugPrint('Uzak config alınamadı, varsayılan kullanılacak: $e');
  }
  // Sunucu yok / hata: uygulamayla gelen dosya
  final local = await rootBundle.loadString('assets/config.json');
  return AppConfig.fromJson(jsonDecode(local) as Map<String, dynamic>);
}
""", api_free=True)

R(4016, "http_json", "kolay", "code",
  "Ayarlar ekranında kullanıcı test veya canlı sunucuyu seçince Dio'nun baseUrl'i uygulamayı yeniden başlatmadan değişsin.",
  ["Dio baseUrl'ini calisma aninda degistirmek istiyorum, sunucu secimi nasil yapilir?",
   "Kullanıcının seçtiği ortama göre tüm isteklerin gideceği adresi anında değiştir."],
  ["baseUrl", "options"], r"""
// pubspec.yaml: dio
enum ServerEnv {
  test('https://test-api.example.com'),
  live('https://api.example.com');

  const ServerEnv(this.url);
  final String url;
}

class ApiClient {
  ApiClient(ServerEnv env) : dio = Dio(BaseOptions(baseUrl: env.url));
  final Dio dio;

  // Sonraki tüm isteklerde yeni adres kullanılır
  void switchEnv(ServerEnv env) => dio.options.baseUrl = env.url;
}

class ServerSelector extends StatefulWidget {
  const ServerSelector({super.key, required this.api});
  final ApiClient api;

  @override
  State<ServerSelector> createState() => _ServerSelectorState();
}

class _ServerSelectorState extends State<ServerSelector> {
  ServerEnv _env = ServerEnv.live;

  @override
  Widget build(BuildContext context) {
    return SegmentedButton<ServerEnv>(
      segments: const [
        ButtonSegment(value: ServerEnv.test, label: Text('Test')),
        ButtonSegment(value: ServerEnv.live, label: Text('Canlı')),
      ],
      selected: {_env},
      onSelectionChanged: (s) {
        setState(() => _env = s.first);
        widget.api.switchEnv(_env);
      },
    );
  }
}
""")

R(4017, "http_json", "orta", "code",
  "Sunucunun verdiği ön imzalı (presigned) S3 adresine fotoğrafı multipart değil, ham byte olarak PUT isteğiyle yükle.",
  ["Presigned URL'ye dosyayi PUT ile govde olarak gonder, Content-Type'i dogru ayarla.",
   "S3 imzalı adresine resim yüklerken form-data yerine dosyanın kendisini gövdede nasıl gönderirim?"],
  ["put", "readAsBytes", "Content-Type"], r"""
// pubspec.yaml: http
Future<void> uploadToPresignedUrl(String presignedUrl, File photo) async {
  final bytes = await photo.readAsBytes();
  // İmza genelde Content-Type'ı da kapsar: sunucunun imzalarken verdiği tipi kullan
  final res = await http.put(
    Uri.parse(presignedUrl), // sorgu parametreleri (imza) olduğu gibi kalmalı
    headers: {'Content-Type': 'image/jpeg'},
    body: bytes,
  );
  if (res.statusCode != 200) {
    throw Exception('Yükleme başarısız (${res.statusCode}): ${res.body}');
  }
}

// 1) final url = await api.requestUploadUrl(fileName);  // backend'den al
// 2) await uploadToPresignedUrl(url, file);
// 3) await api.confirmUpload(fileName);                 // backend'e bildir
""")

R(4018, "http_json", "zor", "code",
  "Büyük bir senkronizasyon JSON'unu sunucuya gzip ile sıkıştırarak gönder; Content-Encoding başlığını da ekle.",
  ["JSON govdesini gzip ile sikistirip http POST ile gonder.",
   "Sunucuya giden büyük JSON isteğinin boyutunu sıkıştırarak nasıl küçültürüm?"],
  ["gzip", "Content-Encoding", "jsonEncode"], r"""
// pubspec.yaml: http  (gzip: dart:io — web'de yok)
Future<http.Response> postCompressed(http.Client client, Uri url, Object payload) {
  final raw = utf8.encode(jsonEncode(payload));
  final compressed = gzip.encode(raw);
  debugPrint('Boyut: ${raw.length} -> ${compressed.length} byte');
  return client.post(
    url,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Encoding': 'gzip', // sunucu bu başlığa bakarak açar
    },
    body: compressed, // List<int> gövde olduğu gibi gider
  );
}

// Not: Sunucunun gzip'li istek gövdesini desteklediğinden emin olun.
// Cevaplardaki gzip'i http paketi (dart:io) kendiliğinden açar.
""")

R(4019, "http_json", "orta", "code",
  "API sonraki sayfanın adresini cevaptaki Link başlığında rel=\"next\" olarak veriyor; bu başlığı parse edip tüm sayfaları sırayla çek.",
  ["Link header'indaki next adresini okuyup sayfa kalmayana kadar istek atan fonksiyon yaz.",
   "GitHub tarzı Link başlığıyla sayfalama yapan API'den tüm kayıtları nasıl toplarım?"],
  ["headers", "link", "RegExp"], r"""
// pubspec.yaml: http
// Örnek başlık: <https://api.example.com/repos?page=2>; rel="next", <...?page=9>; rel="last"
Uri? nextLink(String? header) {
  if (header == null) return null;
  for (final part in header.split(',')) {
    final m = RegExp(r'<([^>]+)>\s*;\s*rel="?next"?').firstMatch(part);
    if (m != null) return Uri.parse(m.group(1)!);
  }
  return null;
}

Future<List<Map<String, dynamic>>> fetchAllPages(http.Client client, Uri first) async {
  final all = <Map<String, dynamic>>[];
  Uri? url = first;
  while (url != null) {
    final res = await client.get(url);
    if (res.statusCode != 200) throw Exception('Sayfa alınamadı: ${res.statusCode}');
    all.addAll((jsonDecode(res.body) as List<dynamic>).cast<Map<String, dynamic>>());
    url = nextLink(res.headers['link']); // http paketi başlık adlarını küçük harf verir
  }
  return all;
}
""")

R(4020, "http_json", "orta", "code",
  "İlk sayfanın cevabında toplam sayfa sayısı (total_pages) geliyor; kalan sayfaları sırayla değil paralel çekip tüm ürünleri sayfa sırasıyla birleştir.",
  ["Ilk istekten toplam sayfa sayisini ogrenip geri kalan sayfalari ayni anda cek.",
   "Sayfalı API'de ilk sayfadan sonra kalanları aynı anda isteyip sonuçları sırayı bozmadan nasıl birleştiririm?"],
  ["Future.wait", "total_pages", "jsonDecode"], r"""
// pubspec.yaml: http
Future<Map<String, dynamic>> _page(http.Client client, int page) async {
  final res = await client.get(Uri.https('api.example.com', '/products', {'page': '$page'}));
  if (res.statusCode != 200) throw Exception('Sayfa $page: ${res.statusCode}');
  return jsonDecode(res.body) as Map<String, dynamic>;
}

Future<List<dynamic>> fetchAllProducts(http.Client client) async {
  final first = await _page(client, 1);
  final totalPages = first['total_pages'] as int;
  // 2..n aynı anda; Future.wait sonuçları verilen sırada döndürür
  final rest = await Future.wait([
    for (var p = 2; p <= totalPages; p++) _page(client, p),
  ]);
  return [
    ...first['items'] as List<dynamic>,
    for (final page in rest) ...page['items'] as List<dynamic>,
  ];
}
// Çok sayfa varsa sunucuyu boğmamak için aynı anda istek sayısını sınırlamayı düşünün.
""")

R(4021, "http_json", "orta", "code",
  "Sepet toplamında 0.1 + 0.2 gibi kuruş hataları çıkıyor; sunucudan gelen fiyatları kuruş cinsinden tam sayıya çevirip öyle topla ve gösterirken liraya çevir.",
  ["Fiyatlari double yerine kurus olarak int tutup toplam hesapla, ekranda TL olarak goster.",
   "Para hesaplarında ondalık yuvarlama hatasından kaçınmak için tutarları nasıl saklamalıyım?"],
  ["round", "int", "~/ | remainder | %"], r"""
// Para birimleri double ile toplanınca 0.30000000000000004 gibi hatalar birikir.
// En küçük birimde (kuruş) int olarak tutup sadece gösterirken bölmek güvenlidir.
int toKurus(Object? price) {
  if (price is int) return price * 100;
  if (price is num) return (price * 100).round(); // 19.99 -> 1999
  return ((double.tryParse('$price') ?? 0) * 100).round(); // "19.99" gelirse
}

String formatKurus(int kurus) {
  final lira = kurus ~/ 100;
  final k = (kurus % 100).toString().padLeft(2, '0');
  return '$lira,$k TL';
}

int cartTotalKurus(List<Map<String, dynamic>> items) => items.fold(
      0,
      (sum, item) => sum + toKurus(item['price']) * (item['qty'] as int),
    );

// final items = (jsonDecode(body) as List).cast<Map<String, dynamic>>();
// Text(formatKurus(cartTotalKurus(items)));
""", api_free=True)

R(4022, "http_json", "orta", "code",
  "Sunucudan gelen JSON'daki tüm snake_case anahtarları, iç içe nesneler ve listeler dahil her seviyede camelCase'e çeviren bir fonksiyon yaz.",
  ["Ic ice JSON'un butun anahtarlarini snake_case'den camelCase'e ceviren recursive fonksiyon yaz.",
   "Paket kullanmadan JSON anahtar adlarını her seviyede camelCase yapmanın yolu nedir?"],
  ["Map", "List", "replaceAllMapped"], r"""
String snakeToCamel(String key) =>
    key.replaceAllMapped(RegExp(r'_([a-z0-9])'), (m) => m.group(1)!.toUpperCase());

Object? camelizeKeys(Object? json) {
  if (json is Map) {
    return {
      for (final e in json.entries) snakeToCamel(e.key.toString()): camelizeKeys(e.value),
    };
  }
  if (json is List) return json.map(camelizeKeys).toList();
  return json; // sayı, metin, bool, null olduğu gibi kalır
}

// final data = camelizeKeys(jsonDecode(body)) as Map<String, dynamic>;
// {'user_id': 1, 'home_address': {'zip_code': '34000'}}
//  -> {'userId': 1, 'homeAddress': {'zipCode': '34000'}}
""")

R(4023, "http_json", "kolay", "code",
  "Ödeme sayfasından uygulamaya dönen odeme?status=success&orderId=812 gibi bir adresteki durum ve sipariş numarasını oku.",
  ["Donus URL'sindeki status ve orderId parametrelerini nasil okurum?",
   "Bir bağlantının sorgu kısmındaki değerleri ayrıştırıp ödeme sonucunu belirle."],
  ["Uri.parse | Uri.tryParse", "queryParameters"], r"""
enum PaymentStatus { success, failed, cancelled, unknown }

({PaymentStatus status, String? orderId}) parsePaymentReturn(String link) {
  final uri = Uri.tryParse(link);
  if (uri == null) return (status: PaymentStatus.unknown, orderId: null);
  final params = uri.queryParameters; // %20 gibi kodlamalar çözülmüş gelir
  final status = switch (params['status']) {
    'success' => PaymentStatus.success,
    'failed' => PaymentStatus.failed,
    'cancel' || 'cancelled' => PaymentStatus.cancelled,
    _ => PaymentStatus.unknown,
  };
  return (status: status, orderId: params['orderId']);
}

// final r = parsePaymentReturn('myapp://odeme?status=success&orderId=812');
// if (r.status == PaymentStatus.success) showOrder(r.orderId!);
""")

R(4024, "http_json", "kolay", "code",
  "Dio'da genel receiveTimeout 10 saniye ama rapor indirme isteği uzun sürüyor; sadece bu istek için süreyi 2 dakikaya çıkar.",
  ["Tek bir Dio isteginde timeout suresini diger isteklerden farkli yap.",
   "Varsayılan zaman aşımını bozmadan yalnızca uzun süren bir istek için daha uzun bekleme süresi nasıl verilir?"],
  ["Options", "receiveTimeout"], r"""
// pubspec.yaml: dio
final dio = Dio(BaseOptions(
  baseUrl: 'https://api.example.com',
  connectTimeout: const Duration(seconds: 5),
  receiveTimeout: const Duration(seconds: 10), // genel ayar
));

Future<List<int>> downloadYearlyReport(int year) async {
  final res = await dio.get<List<int>>(
    '/reports/$year',
    options: Options(
      responseType: ResponseType.bytes,
      receiveTimeout: const Duration(minutes: 2), // sadece bu istek
    ),
  );
  return res.data ?? const [];
}
""")

R(4025, "http_json", "kolay", "code",
  "Sonsuz kaydırmada yeni sayfa gelince daha önce listede olan ürünler tekrar eklenmesin; aynı id'li kayıtları ayıkla.",
  ["Yeni sayfa eklerken ayni id'ye sahip urunlerin listede tekrar etmesini engelle.",
   "Sayfalama sırasında kayan veriler yüzünden çift görünen kayıtları nasıl temizlerim?"],
  ["Set | where | containsKey"], r"""
class Product {
  const Product(this.id, this.name);
  final int id;
  final String name;
}

class ProductPager {
  final List<Product> items = [];
  final Set<int> _seen = {};

  // Sunucu arada yeni kayıt eklerse sayfalar kayar ve aynı ürün tekrar gelebilir
  int addPage(List<Product> page) {
    final fresh = page.where((p) => _seen.add(p.id)).toList(); // add: yeniyse true
    items.addAll(fresh);
    return fresh.length; // kaç yeni ürün eklendi
  }

  void reset() {
    items.clear();
    _seen.clear();
  }
}
""", api_free=True)

R(4026, "http_json", "orta", "code",
  "Backend hazır olmadan ekranları geliştirebilmek için gerçek API ile aynı arayüzü uygulayan, assets'teki JSON'u biraz gecikmeyle döndüren sahte bir servis yaz.",
  ["Gercek servisle ayni abstract sinifi uygulayan ve yerel JSON donduren sahte bir repository yaz.",
   "Sunucu yokken test verisini dosyadan okuyup gerçek istek gibi davranan servis nasıl kurulur?"],
  ["abstract", "implements", "rootBundle"], r"""
// pubspec.yaml: http  (assets: - assets/mock/products.json)
class Product {
  const Product(this.id, this.name, this.price);
  final int id;
  final String name;
  final double price;

  factory Product.fromJson(Map<String, dynamic> j) =>
      Product(j['id'] as int, j['name'] as String, (j['price'] as num).toDouble());
}

abstract class ProductApi {
  Future<List<Product>> fetchProducts();
}

class HttpProductApi implements ProductApi {
  @override
  Future<List<Product>> fetchProducts() async {
    final res = await http.get(Uri.parse('https://api.example.com/products'));
    return (jsonDecode(res.body) as List<dynamic>).map((e) => Product.fromJson(e as Map<String, dynamic>)).toList();
  }
}

class MockProductApi implements ProductApi {
  @override
  Future<List<Product>> fetchProducts() async {
    await Future.delayed(const Duration(milliseconds: 600)); // ağ gecikmesi gibi
    final text = await rootBundle.loadString('assets/mock/products.json');
    return (jsonDecode(text) as List<dynamic>).map((e) => Product.fromJson(e as Map<String, dynamic>)).toList();
  }
}

// Derleme bayrağıyla seç: flutter run --dart-define=MOCK=true
final ProductApi productApi =
    const bool.fromEnvironment('MOCK') ? MockProductApi() : HttpProductApi();
""", api_free=True)

R(4027, "http_json", "orta", "concept",
  "API anahtarını Dart kodunun içine sabit olarak yazmak güvenli mi? Uygulamadan çıkarılabilir mi, ne yapmalıyım?",
  ["API key'i kodun icine gommek guvenli mi, APK'dan okunabilir mi, dogru yol nedir?",
   "Uygulama içine gömülü gizli anahtarların neden korunamadığını ve yerine ne yapılacağını açıkla."],
  ["String.fromEnvironment"], r"""
// Hayır. Uygulama paketi (APK/IPA) kullanıcının cihazındadır; içindeki sabit metinler
// (obfuscate edilse bile) araçlarla çıkarılabilir. --dart-define ile verilen değerler de
// derlenmiş koda gömülür: sadece kaynak kodda görünmemesini sağlar, GİZLEMEZ.
// Doğru yaklaşım:
// - Gizli anahtarları (ödeme, e-posta servisi, yapay zeka API'si) sadece kendi
//   sunucunuzda tutun; uygulama sizin sunucunuza, sunucu dış servise istek atsın.
// - Uygulamada kalması gereken anahtarları (harita SDK'sı vb.) servis panelinden
//   paket adı / SHA imzası / domain ile kısıtlayın ve kota koyun.
// - Kullanıcıya özel erişim için giriş sonrası sunucunun verdiği kısa ömürlü token kullanın.
//
// --dart-define yine de ortam ayarları (test/canlı adres) için kullanışlıdır:
const apiBaseUrl = String.fromEnvironment('API_URL', defaultValue: 'https://api.example.com');
// flutter run --dart-define=API_URL=https://test-api.example.com
""")
R(4028, "http_json", "orta", "code",
  "API'den gelen ürün listesinde bazı kayıtlar bozuk (eksik alan, yanlış tip); bozuk olanları atlayıp logla, sağlam olanlarla listeyi göster.",
  ["Listedeki hatali JSON kayitlarini atla, digerlerini modele cevir ve kac kaydin atlandigini logla.",
   "Tek bir bozuk kayıt yüzünden bütün liste patlamasın; sağlam kayıtları nasıl ayıklarım?"],
  ["fromJson", "try", "catch"], r"""
class Product {
  const Product(this.id, this.name, this.price);
  final int id;
  final String name;
  final double price;

  factory Product.fromJson(Map<String, dynamic> j) =>
      Product(j['id'] as int, j['name'] as String, (j['price'] as num).toDouble());
}

List<Product> parseProductsLenient(String body) {
  final raw = jsonDecode(body) as List<dynamic>;
  final products = <Product>[];
  var skipped = 0;
  for (final item in raw) {
    try {
      products.add(Product.fromJson(item as Map<String, dynamic>));
    } catch (e) {
      // TypeError (yanlış tip / null) burada yakalanır; kayıt atlanır
      skipped++;
      debugPrint('Bozuk kayıt atlandı: $item ($e)');
    }
  }
  if (skipped > 0) debugPrint('$skipped / ${raw.length} kayıt atlandı');
  return products;
}
""", api_free=True)

R(4029, "http_json", "orta", "code",
  "TCMB'nin today.xml döviz kurları dosyasını çekip XML'den USD ve EUR döviz satış kurlarını oku.",
  ["Merkez Bankasi kur XML'ini indirip dolar ve euro satis kurunu parse eden fonksiyon yaz.",
   "JSON yerine XML dönen bir servisten veriyi http ile alıp xml paketiyle nasıl ayrıştırırım?"],
  ["XmlDocument.parse", "findAllElements", "getAttribute"], r"""
// pubspec.yaml: http, xml
Future<Map<String, double>> fetchTcmbRates() async {
  final res = await http.get(Uri.parse('https://www.tcmb.gov.tr/kurlar/today.xml'));
  if (res.statusCode != 200) throw Exception('Kurlar alınamadı: ${res.statusCode}');

  final doc = XmlDocument.parse(utf8.decode(res.bodyBytes));
  final rates = <String, double>{};
  for (final currency in doc.findAllElements('Currency')) {
    final code = currency.getAttribute('CurrencyCode');
    if (code != 'USD' && code != 'EUR') continue;
    // <ForexSelling>34.1234</ForexSelling>
    final selling = currency.getElement('ForexSelling')?.innerText.trim();
    final value = double.tryParse(selling ?? '');
    if (code != null && value != null) rates[code] = value;
  }
  return rates; // {'USD': 34.12, 'EUR': 36.98}
}
""")

R(4030, "http_json", "orta", "code",
  "Cihaz saati yanlış olabilir; sunucu cevabındaki Date başlığından sunucu saatini okuyup cihazla arasındaki farkı hesapla ve 'şimdi'yi bu farkla düzelt.",
  ["Sunucunun Date header'indan gercek saati al, cihaz saatiyle farkini hesaplayip kullan.",
   "Kampanya süresi hesaplarken cihaz saatine güvenmemek için sunucu zamanını nasıl kullanırım?"],
  ["HttpDate.parse", "headers", "difference"], r"""
// pubspec.yaml: http
class ServerClock {
  Duration _offset = Duration.zero; // sunucu - cihaz

  DateTime now() => DateTime.now().add(_offset);

  // Herhangi bir cevapla çağrılabilir; Date başlığı RFC 1123 biçimindedir
  void syncFrom(http.Response res) {
    final header = res.headers['date'];
    if (header == null) return;
    try {
      final serverTime = HttpDate.parse(header); // UTC DateTime
      _offset = serverTime.difference(DateTime.now().toUtc());
    } on HttpException {
      // biçim bozuksa eski farkı koru
    }
  }
}

final serverClock = ServerClock();

Future<void> loadCampaign() async {
  final res = await http.get(Uri.parse('https://api.example.com/campaign'));
  serverClock.syncFrom(res);
  final endsAt = DateTime.parse((jsonDecode(res.body) as Map<String, dynamic>)['ends_at'] as String);
  final left = endsAt.difference(serverClock.now()); // cihaz saatinden bağımsız
  debugPrint('Kalan: ${left.inMinutes} dk');
}
""")

R(4031, "http_json", "kolay", "code",
  "Video API'si süreyi '01:25:30' biçiminde metin olarak gönderiyor; bunu Duration'a çevir, geri gönderirken de aynı biçimde yaz.",
  ["Saat:dakika:saniye seklinde gelen sure metnini Duration'a cevir ve tekrar metne donustur.",
   "JSON'daki '05:07' veya '1:02:03' gibi süre yazılarını nasıl okuyup yazarım?"],
  ["Duration", "split", "padLeft"], r"""
// '1:02:03' -> 1 saat 2 dk 3 sn ; '05:07' -> 5 dk 7 sn
Duration? parseClockDuration(Object? raw) {
  if (raw is num) return Duration(seconds: raw.toInt()); // bazen saniye olarak gelir
  if (raw is! String) return null;
  final parts = raw.trim().split(':').map(int.tryParse).toList();
  if (parts.isEmpty || parts.length > 3 || parts.contains(null)) return null;
  var seconds = 0;
  for (final p in parts) {
    seconds = seconds * 60 + p!; // soldan sağa: saat, dakika, saniye
  }
  return Duration(seconds: seconds);
}

String formatClockDuration(Duration d) {
  String two(int n) => n.toString().padLeft(2, '0');
  return '${two(d.inHours)}:${two(d.inMinutes % 60)}:${two(d.inSeconds % 60)}';
}

class Video {
  const Video(this.title, this.length);
  final String title;
  final Duration length;

  factory Video.fromJson(Map<String, dynamic> j) =>
      Video(j['title'] as String, parseClockDuration(j['duration']) ?? Duration.zero);

  Map<String, dynamic> toJson() => {'title': title, 'duration': formatClockDuration(length)};
}
""")

R(4032, "http_json", "orta", "code",
  "Sunucu her cevabı {\"success\": true, \"data\": ...} zarfında gönderiyor; Dio interceptor ile zarfı otomatik aç, success false ise hataya çevir.",
  ["Dio interceptor icinde cevaptaki data alanini cikarip response.data'ya koy, basarisizsa reject et.",
   "Her istekte data alanını elle çıkarmamak için cevap zarfını merkezi olarak nasıl açarım?"],
  ["Interceptor | InterceptorsWrapper", "onResponse", "handler.reject"], r"""
// pubspec.yaml: dio
class EnvelopeInterceptor extends Interceptor {
  @override
  void onResponse(Response<dynamic> response, ResponseInterceptorHandler handler) {
    final body = response.data;
    if (body is Map<String, dynamic> && body.containsKey('success')) {
      if (body['success'] == true) {
        response.data = body['data']; // çağıran doğrudan içeriği alır
        return handler.next(response);
      }
      return handler.reject(
        DioException(
          requestOptions: response.requestOptions,
          response: response,
          type: DioExceptionType.badResponse,
          message: body['message'] as String? ?? 'Bilinmeyen hata',
        ),
      );
    }
    handler.next(response); // zarfsız cevaplar olduğu gibi
  }
}

// final dio = Dio()..interceptors.add(EnvelopeInterceptor());
// final res = await dio.get<List<dynamic>>('/products'); // res.data artık liste
""")

R(4033, "http_json", "zor", "code",
  "Sunucu cevaplarındaki Cache-Control: max-age değerine uyan basit bir önbellek yaz; süre dolmadıysa aynı GET isteği için ağa gitme.",
  ["Cache-Control max-age basligini okuyup GET cevaplarini o kadar sure bellekte tutan bir istemci yaz.",
   "Sunucunun söylediği önbellek süresine göre istekleri tekrar atmayan bir http yardımcısı nasıl yazılır?"],
  ["cache-control", "max-age", "headers"], r"""
// pubspec.yaml: http
class _Entry {
  _Entry(this.response, this.expires);
  final http.Response response;
  final DateTime expires;
}

class MaxAgeCache {
  MaxAgeCache(this._client);
  final http.Client _client;
  final _store = <Uri, _Entry>{};

  Future<http.Response> get(Uri url) async {
    final hit = _store[url];
    if (hit != null && DateTime.now().isBefore(hit.expires)) return hit.response;

    final res = await _client.get(url);
    final maxAge = _maxAge(res.headers['cache-control']);
    if (res.statusCode == 200 && maxAge != null && maxAge > 0) {
      _store[url] = _Entry(res, DateTime.now().add(Duration(seconds: maxAge)));
    } else {
      _store.remove(url);
    }
    return res;
  }

  // "public, max-age=300" -> 300 ; no-store/no-cache -> önbelleğe alma
  int? _maxAge(String? header) {
    if (header == null) return null;
    final lower = header.toLowerCase();
    if (lower.contains('no-store') || lower.contains('no-cache')) return null;
    final m = RegExp(r'max-age=(\d+)').firstMatch(lower);
    return m == null ? null : int.parse(m.group(1)!);
  }
}
""")

R(4034, "http_json", "zor", "code",
  "Access token'ın süresi dolmadan 1 dakika önce kendiliğinden yenilensin; süre bilgisini token'ın (JWT) içindeki exp alanından oku.",
  ["JWT icindeki exp degerini okuyup token suresi bitmeden once otomatik yenileme zamanlayicisi kur.",
   "Token süresi dolmadan yenilemeyi, JWT'nin son kullanma zamanını çözerek nasıl planlarım?"],
  ["base64Url", "jsonDecode", "Timer"], r"""
DateTime? jwtExpiry(String token) {
  final parts = token.split('.');
  if (parts.length != 3) return null;
  try {
    // Payload base64url kodludur; eksik '=' dolgusunu normalize tamamlar
    final payload = utf8.decode(base64Url.decode(base64Url.normalize(parts[1])));
    final exp = (jsonDecode(payload) as Map<String, dynamic>)['exp'];
    return exp is int ? DateTime.fromMillisecondsSinceEpoch(exp * 1000, isUtc: true) : null;
  } catch (_) {
    return null;
  }
}

class TokenRefresher {
  TokenRefresher(this._refresh);

  // Yeni access token döndüren API çağrısı
  final Future<String> Function() _refresh;
  Timer? _timer;

  void schedule(String accessToken) {
    _timer?.cancel();
    final exp = jwtExpiry(accessToken);
    if (exp == null) return;
    var wait = exp.difference(DateTime.now().toUtc()) - const Duration(minutes: 1);
    if (wait.isNegative) wait = Duration.zero; // zaten bitmek üzere: hemen yenile
    _timer = Timer(wait, () async {
      try {
        schedule(await _refresh()); // yeni token için bir sonrakini kur
      } catch (e) {
        debugPrint('Token yenilenemedi: $e'); // 401 akışı devreye girer
      }
    });
  }

  void dispose() => _timer?.cancel();
}
""")

R(4035, "http_json", "kolay", "concept",
  "Bir isteğe veri gönderirken bunu adresin yol kısmına mı, sorgu parametresine mi, yoksa istek gövdesine mi koymalıyım?",
  ["Veriyi path parametresi, query parametresi ya da body ile gondermek arasindaki fark nedir?",
   "REST isteğinde hangi bilginin yol, sorgu ve gövdede gideceğini örneklerle açıkla."],
  ["Uri.https", "body"], r"""
// pubspec.yaml: http
// Yol (path): kaynağın KİMLİĞİ. /orders/812 -> 812 numaralı sipariş. Zorunlu ve tekil.
// Sorgu (query): aynı kaynağı nasıl istediğiniz; filtre, sıralama, sayfa. İsteğe bağlı.
//   /orders?status=shipped&page=2 . GET isteklerinde veri buraya konur (GET gövdesi kullanılmaz).
// Gövde (body): oluşturulan/güncellenen verinin kendisi (POST/PUT/PATCH), genelde JSON.
//   Şifre, kişisel veri gibi hassas bilgiler URL'ye (loglara, geçmişe düşer) değil gövdeye konur.
Future<void> examples(http.Client client) async {
  // Kimlik yolda
  await client.get(Uri.https('api.example.com', '/orders/812'));
  // Filtreler sorguda
  await client.get(Uri.https('api.example.com', '/orders', {'status': 'shipped', 'page': '2'}));
  // Yeni veri gövdede
  await client.post(
    Uri.https('api.example.com', '/orders'),
    headers: {'Content-Type': 'application/json'},
    body: jsonEncode({'product_id': 5, 'quantity': 2}),
  );
}
""", api_free=True)

R(4036, "http_json", "kolay", "code",
  "Listede seçilen birden fazla kaydı tek istekte silmek için id listesini DELETE isteğinin gövdesinde JSON olarak gönder.",
  ["Secilen id'leri tek bir DELETE isteginin body'sinde gondererek toplu silme yap.",
   "Çoklu silmeyi her kayıt için ayrı istek atmadan nasıl yaparım, gövdeli DELETE mümkün mü?"],
  ["delete", "jsonEncode", "body"], r"""
// pubspec.yaml: http
Future<void> deleteNotes(http.Client client, Set<int> ids) async {
  if (ids.isEmpty) return;
  final res = await client.delete(
    Uri.parse('https://api.example.com/notes'),
    headers: {'Content-Type': 'application/json'},
    body: jsonEncode({'ids': ids.toList()}), // http.delete gövde de alabilir
  );
  if (res.statusCode != 200 && res.statusCode != 204) {
    throw Exception('Silinemedi (${res.statusCode}): ${res.body}');
  }
}

// Not: Bazı sunucular/proxy'ler DELETE gövdesini yok sayar; API bunu desteklemiyorsa
// POST /notes/bulk-delete gibi ayrı bir uç nokta kullanılır.
""")

R(4037, "http_json", "kolay", "code",
  "Sunucu kullanıcıları liste yerine {\"u1\": {\"name\": ...}, \"u2\": {...}} şeklinde id'yi anahtar yaparak gönderiyor; bunu id'si dolu bir kullanıcı listesine çevir.",
  ["Anahtari id olan JSON nesnesini, her elemanin id'sini iceren model listesine donustur.",
   "Dinamik anahtarlı iç içe nesnelerden oluşan cevabı, id'si anahtardan gelen bir listeye nasıl çeviririm?"],
  ["entries", "jsonDecode | Map<String, dynamic>"], r"""
class AppUser {
  const AppUser({required this.id, required this.name, this.city});
  final String id;
  final String name;
  final String? city;

  factory AppUser.fromEntry(String id, Map<String, dynamic> json) =>
      AppUser(id: id, name: json['name'] as String, city: json['city'] as String?);
}

List<AppUser> parseUsersById(String body) {
  final map = jsonDecode(body) as Map<String, dynamic>;
  return [
    for (final e in map.entries)
      if (e.value is Map<String, dynamic>) AppUser.fromEntry(e.key, e.value as Map<String, dynamic>),
  ]..sort((a, b) => a.name.compareTo(b.name)); // Map sırasına güvenme
}

// parseUsersById('{"u1": {"name": "Ayşe"}, "u2": {"name": "Can", "city": "İzmir"}}')
""", api_free=True)

R(4038, "http_json", "kolay", "code",
  "API'nin yeni sürümü 'name' yerine 'full_name', 'img' yerine 'avatar_url' gönderiyor; fromJson hem eski hem yeni alan adlarını desteklesin.",
  ["Model fromJson'da eski ve yeni alan adlarinin ikisini de okuyup hangisi varsa onu kullan.",
   "Sunucu alan adlarını değiştirdiğinde eski sürümle de uyumlu kalan bir model nasıl yazılır?"],
  ["fromJson", "??"], r"""
class Profile {
  const Profile({required this.name, this.avatarUrl});
  final String name;
  final String? avatarUrl;

  factory Profile.fromJson(Map<String, dynamic> json) => Profile(
        // Yeni ad önce, yoksa eski ad; ikisi de yoksa varsayılan
        name: (json['full_name'] ?? json['name']) as String? ?? 'İsimsiz',
        avatarUrl: (json['avatar_url'] ?? json['img']) as String?,
      );

  // Sunucuya her zaman yeni biçimde yaz
  Map<String, dynamic> toJson() => {'full_name': name, if (avatarUrl != null) 'avatar_url': avatarUrl};
}
""")

R(4039, "http_json", "zor", "code",
  "Aynı veriyi iki yedek sunucudan iste; ilk BAŞARILI cevabı kullan, biri hata verirse diğerini bekle, ikisi de hata verirse hata fırlat.",
  ["Iki sunucuya ayni anda istek at, hata vereni yok sayip ilk basarili cevabi dondur.",
   "Future.any ilk hatada bitiyor; hatalı cevapları atlayıp ilk başarılı sonucu nasıl alırım?"],
  ["Completer", "get", "completeError"], r"""
// pubspec.yaml: http
Future<http.Response> firstSuccessful(http.Client client, List<Uri> mirrors) {
  final completer = Completer<http.Response>();
  var failures = 0;
  final errors = <Object>[];

  for (final url in mirrors) {
    client.get(url).timeout(const Duration(seconds: 8)).then((res) {
      if (res.statusCode != 200) throw Exception('$url -> ${res.statusCode}');
      if (!completer.isCompleted) completer.complete(res); // ilk başarılı kazanır
    }).catchError((Object e) {
      errors.add(e);
      failures++;
      // Sadece hepsi başarısız olunca hata ver
      if (failures == mirrors.length && !completer.isCompleted) {
        completer.completeError(Exception('Tüm sunucular başarısız: $errors'));
      }
    });
  }
  return completer.future;
}

// final res = await firstSuccessful(client, [
//   Uri.parse('https://api1.example.com/rates'),
//   Uri.parse('https://api2.example.com/rates'),
// ]);
""")

write()
