"""New authored Q&A tasks, each in three phrasings (performance, dart_language, platform, images_assets,
localization, testing) -> data/drafts-qa/train-g.jsonl.

Ids start at 4000 per topic. Each row: question + two phrasings of the same request (one of the three is a
question when another is an imperative, at least one typed without Turkish letters); api_free when the main
question names no API.

Run: .venv/bin/python experiments/qa-authoring/train-g.py
"""
from rows import qa_row, wording_problems, write_rows

ROWS = []
# About half of the tasks should name no API in their main question. For these rows the first phrasing
# (which names the API) becomes the main question and the behaviour-only wording becomes a phrasing.
SWAP_MAIN = {
    "platform-4000", "platform-4002", "platform-4004", "platform-4006", "platform-4008", "platform-4010",
    "platform-4013", "platform-4019", "platform-4022", "platform-4024",
    "images_assets-4001", "images_assets-4005", "images_assets-4011", "images_assets-4016", "images_assets-4022",
    "testing-4001", "testing-4003", "testing-4007", "testing-4013", "testing-4023",
    "localization-4007", "localization-4013", "localization-4016", "localization-4021",
    "performance-4001", "performance-4008",
    "dart_language-4020", "dart_language-4025",
}


def R(num, topic, difficulty, kind, question, phrasings, must_contain, answer, api_free=False):
    assert len(phrasings) == 2, (topic, num)
    if f"{topic}-{num}" in SWAP_MAIN:
        assert api_free, (topic, num)
        question, phrasings = phrasings[0], [question, phrasings[1]]
        api_free = False
    row = qa_row(f"{topic}-{num}", topic, difficulty, kind, question, phrasings, must_contain, answer, api_free)
    problems = wording_problems(row)
    assert not problems, problems
    ROWS.append(row)


def write():
    assert SWAP_MAIN <= {r["id"] for r in ROWS}, SWAP_MAIN - {r["id"] for r in ROWS}
    write_rows(ROWS, "train-g.jsonl")


# ---------------------------------------------------------------- performance
R(4000, "performance", "orta", "code",
  "Gönderi listesinde beğeniye basınca sadece o gönderinin kalbi ve sayısı güncellensin, bütün liste yeniden çizilmesin.",
  ["Beğeni sayısı değişince tüm akışın yeniden build edilmesini nasıl engellerim?",
   "begeniye basinca sadece o satir yenilensin, liste komple yeniden build edilmesin"],
  ["ValueNotifier | ChangeNotifier", "ValueListenableBuilder | ListenableBuilder"], r"""
class Post {
  Post({required this.id, required this.text, int likeCount = 0})
      : like = ValueNotifier((count: likeCount, liked: false));

  final String id;
  final String text;
  // Her gönderinin beğeni durumu kendi notifier'ında; değişince sadece onu dinleyen kısım çizilir
  final ValueNotifier<({int count, bool liked})> like;

  void toggleLike() {
    final v = like.value;
    like.value = (count: v.liked ? v.count - 1 : v.count + 1, liked: !v.liked);
  }

  void dispose() => like.dispose(); // Gönderi listeden tamamen kalkınca çağır
}

class FeedList extends StatelessWidget {
  const FeedList({super.key, required this.posts});
  final List<Post> posts;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: posts.length,
      itemBuilder: (context, i) => PostTile(post: posts[i]),
    );
  }
}

class PostTile extends StatelessWidget {
  const PostTile({super.key, required this.post});
  final Post post;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text(post.text), // Beğenide yeniden build edilmez
      trailing: ValueListenableBuilder<({int count, bool liked})>(
        valueListenable: post.like,
        builder: (context, v, _) => TextButton.icon(
          onPressed: post.toggleLike,
          icon: Icon(
            v.liked ? Icons.favorite : Icons.favorite_border,
            color: v.liked ? Colors.red : null,
          ),
          label: Text('${v.count}'),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4001, "performance", "zor", "code",
  "Dikey kaydırılan kısa video akışında her video için oynatıcı açık kalıyor ve bellek doluyor; sadece ekrandaki videoyla komşuları hazır dursun, uzaktakiler kapatılsın.",
  ["PageView'daki video akışında uzaklaşan sayfaların VideoPlayerController'larını nasıl serbest bırakırım?",
   "reels gibi video akisinda sadece gorunen ve yanindaki videolar yuklensin, uzaktakileri dispose et"],
  ["VideoPlayerController", "dispose", "onPageChanged"], r"""
// pubspec.yaml: video_player
class ShortVideoFeed extends StatefulWidget {
  const ShortVideoFeed({super.key, required this.urls});
  final List<String> urls;

  @override
  State<ShortVideoFeed> createState() => _ShortVideoFeedState();
}

class _ShortVideoFeedState extends State<ShortVideoFeed> {
  final _controllers = <int, VideoPlayerController>{};
  int _current = 0;

  @override
  void initState() {
    super.initState();
    _syncWindow();
  }

  // Pencere: önceki, şimdiki ve sonraki video; dışındakiler kapatılır
  void _syncWindow() {
    final keep = {_current - 1, _current, _current + 1}
        .where((i) => i >= 0 && i < widget.urls.length)
        .toSet();
    for (final i in _controllers.keys.where((i) => !keep.contains(i)).toList()) {
      _controllers.remove(i)!.dispose(); // Kod çözücü ve tampon bellek serbest
    }
    for (final i in keep) {
      _controllers.putIfAbsent(i, () {
        final c = VideoPlayerController.networkUrl(Uri.parse(widget.urls[i]))..setLooping(true);
        c.initialize().then((_) {
          if (!mounted) return;
          if (i == _current) c.play();
          setState(() {});
        });
        return c;
      });
    }
    for (final entry in _controllers.entries) {
      entry.key == _current ? entry.value.play() : entry.value.pause();
    }
  }

  @override
  void dispose() {
    for (final c in _controllers.values) {
      c.dispose();
    }
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return PageView.builder(
      scrollDirection: Axis.vertical,
      itemCount: widget.urls.length,
      onPageChanged: (i) => setState(() {
        _current = i;
        _syncWindow();
      }),
      itemBuilder: (context, i) {
        final c = _controllers[i];
        if (c == null || !c.value.isInitialized) {
          return const ColoredBox(color: Colors.black, child: Center(child: CircularProgressIndicator()));
        }
        return Center(child: AspectRatio(aspectRatio: c.value.aspectRatio, child: VideoPlayer(c)));
      },
    );
  }
}
""", api_free=True)

R(4002, "performance", "zor", "code",
  "50 bin kelimelik sözlükte yazarken kelime önerisi gösteriyorum; her harfte tüm listeyi baştan taramak yavaş, önek ağacı kurup sadece o harflerle başlayanları hızlıca bul.",
  ["Otomatik tamamlama için Trie (önek ağacı) veri yapısı Dart'ta nasıl yazılır?",
   "kelime onerisi icin her harfte butun listeyi tarama, onek agaci kur ve ilk 10 oneriyi hizlica getir"],
  ["children | startsWith"], r"""
class _TrieNode {
  final children = <String, _TrieNode>{};
  bool isWord = false;
}

/// Ekleme O(k), önek araması O(k + sonuç); k = kelime uzunluğu. Liste boyundan bağımsız.
class Trie {
  final _root = _TrieNode();

  void insert(String word) {
    var node = _root;
    for (final ch in word.toLowerCase().split('')) {
      node = node.children.putIfAbsent(ch, _TrieNode.new);
    }
    node.isWord = true;
  }

  List<String> suggest(String prefix, {int limit = 10}) {
    var node = _root;
    final p = prefix.toLowerCase();
    for (final ch in p.split('')) {
      final next = node.children[ch];
      if (next == null) return const [];
      node = next;
    }
    final results = <String>[];
    void walk(_TrieNode n, String soFar) {
      if (results.length >= limit) return;
      if (n.isWord) results.add(soFar);
      final keys = n.children.keys.toList()..sort();
      for (final k in keys) {
        walk(n.children[k]!, soFar + k);
        if (results.length >= limit) return;
      }
    }

    walk(node, p);
    return results;
  }
}

void main() {
  // Ağacı bir kez kur (gerekirse Isolate.run içinde), sonra her harfte sadece suggest çağır
  final trie = Trie();
  for (final w in ['kalem', 'kale', 'kalemlik', 'kamyon', 'kitap']) {
    trie.insert(w);
  }
  print(trie.suggest('kal')); // [kale, kalem, kalemlik]
}
""", api_free=True)

R(4003, "performance", "orta", "code",
  "İlçe seçiminde binlerce seçenek olan açılır menü açılırken donuyor; yerine aramalı ve sadece görünen satırları çizen bir seçim penceresi yap.",
  ["Binlerce elemanlı DropdownButton yavaş açılıyor, daha hızlı bir seçim ekranı nasıl yaparım?",
   "cok secenekli dropdown kasiyor, aranabilir ve tembel olusturulan bir secim penceresi yaz"],
  ["ListView.builder", "showModalBottomSheet | Navigator.push | showDialog"], r"""
// DropdownButton menü açılırken tüm öğeleri oluşturur; binlerce seçenekte
// tembel liste ve arama kutusu olan bir alt pencere çok daha hızlıdır.
Future<String?> pickDistrict(BuildContext context, List<String> districts) {
  return showModalBottomSheet<String>(
    context: context,
    isScrollControlled: true,
    builder: (_) => FractionallySizedBox(
      heightFactor: 0.85,
      child: DistrictPicker(districts: districts),
    ),
  );
}

class DistrictPicker extends StatefulWidget {
  const DistrictPicker({super.key, required this.districts});
  final List<String> districts;

  @override
  State<DistrictPicker> createState() => _DistrictPickerState();
}

class _DistrictPickerState extends State<DistrictPicker> {
  String _query = '';

  @override
  Widget build(BuildContext context) {
    final q = _query.toLowerCase();
    final items = q.isEmpty
        ? widget.districts
        : widget.districts.where((d) => d.toLowerCase().contains(q)).toList();
    return Column(
      children: [
        Padding(
          padding: const EdgeInsets.all(12),
          child: TextField(
            autofocus: true,
            decoration: const InputDecoration(prefixIcon: Icon(Icons.search), hintText: 'İlçe ara'),
            onChanged: (v) => setState(() => _query = v),
          ),
        ),
        Expanded(
          child: ListView.builder(
            itemCount: items.length,
            itemExtent: 52, // Sabit yükseklik: kaydırma hesabı ucuz
            itemBuilder: (context, i) => ListTile(
              title: Text(items[i]),
              onTap: () => Navigator.pop(context, items[i]),
            ),
          ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4004, "performance", "orta", "code",
  "Cihazdaki fotoğrafları ızgarada gösterirken her hücrede dosyayı baytlarına okuyup gösteriyorum ve kaydırma takılıyor; daha verimli göster.",
  ["readAsBytes ve Image.memory yerine Image.file ve cacheWidth kullanmak ızgarayı neden hızlandırır?",
   "galeri izgarasinda her hucre dosyayi okuyup gosteriyor, kasmadan gosteren bir izgara yaz"],
  ["Image.file | FileImage", "cacheWidth | ResizeImage"], r"""
// readAsBytes + Image.memory: her rebuild'de yeni bayt dizisi -> yeni önbellek anahtarı,
// resim yeniden çözülür ve tam çözünürlükte (ör. 4000x3000) bellekte tutulur.
// Image.file: FileImage yol ile önbelleğe alınır, dosya okuma ve çözme arka planda yapılır;
// cacheWidth ile küçük çözülür.
class DeviceGallery extends StatelessWidget {
  const DeviceGallery({super.key, required this.paths});
  final List<String> paths;

  @override
  Widget build(BuildContext context) {
    final dpr = MediaQuery.devicePixelRatioOf(context);
    return LayoutBuilder(
      builder: (context, constraints) {
        const columns = 3;
        final cellWidth = constraints.maxWidth / columns;
        return GridView.builder(
          gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
            crossAxisCount: columns,
            mainAxisSpacing: 2,
            crossAxisSpacing: 2,
          ),
          itemCount: paths.length,
          itemBuilder: (context, i) => Image.file(
            File(paths[i]),
            fit: BoxFit.cover,
            cacheWidth: (cellWidth * dpr).round(), // Hücre kadar çöz, fazlası değil
            gaplessPlayback: true,
          ),
        );
      },
    );
  }
}
""", api_free=True)

R(4005, "performance", "orta", "concept",
  "Release APK'm 60 MB çıkıyor; uygulama boyutunu küçültmek için neler yapabilirim?",
  ["Flutter uygulamasinin indirme boyutunu kucultmenin yollari neler?",
   "Uygulamanın yükleme boyutunu azaltmak için yapılması gerekenleri örnek komutlarla açıkla"],
  ["Icons"], r"""
// 1) Tek bir 'fat' APK tüm işlemci mimarilerinin kodunu taşır. Mağazaya App Bundle yükle:
//    flutter build appbundle  (Play Store cihaza sadece gereken mimariyi indirir)
//    APK dağıtıyorsan mimari başına ayrı APK: flutter build apk --split-per-abi
// 2) Hata ayıklama sembollerini uygulamadan ayır:
//    flutter build appbundle --obfuscate --split-debug-info=build/symbols
// 3) Büyük resimleri WebP'ye çevir, kullanılmayan asset'leri pubspec'ten çıkar;
//    nadiren gereken büyük görselleri pakete koymak yerine ağdan indir.
// 4) Kullanılmayan paketleri kaldır; her eklenti native kod da ekler.
// 5) İkon fontları varsayılan olarak 'tree shake' edilir: sadece kodda sabit olarak
//    geçen ikonlar pakete girer. Bunun için IconData'yı çalışma anında üretme,
//    sabit Icons değerlerini kullan:
const categoryIcons = <String, IconData>{
  'home': Icons.home,
  'cart': Icons.shopping_cart,
  'profile': Icons.person,
};

IconData iconFor(String name) => categoryIcons[name] ?? Icons.help_outline;
// 6) Boyutun neyden oluştuğunu görmek için: flutter build apk --analyze-size
""")

R(4006, "performance", "orta", "code",
  "Haritayı kaydırırken her harekette sunucudan yakındaki mağazaları istiyorum ve çok istek gidiyor; sadece harita durunca o bölge için iste.",
  ["Harita sürüklenirken değil, kullanıcı bırakıp kamera durduğunda veri nasıl çekilir?",
   "google maps kaydirilirken surekli istek atma, harita durunca gorunen alan icin magazalari getir"],
  ["onCameraIdle", "getVisibleRegion"], r"""
// pubspec.yaml: google_maps_flutter
class StoreMap extends StatefulWidget {
  const StoreMap({super.key, required this.fetchStores});
  final Future<Set<Marker>> Function(LatLngBounds bounds) fetchStores;

  @override
  State<StoreMap> createState() => _StoreMapState();
}

class _StoreMapState extends State<StoreMap> {
  GoogleMapController? _controller;
  Set<Marker> _markers = {};
  int _requestId = 0;

  Future<void> _loadVisibleStores() async {
    final controller = _controller;
    if (controller == null) return;
    final bounds = await controller.getVisibleRegion();
    final id = ++_requestId;
    final markers = await widget.fetchStores(bounds);
    // Bu arada harita yine hareket ettiyse eski cevabı at
    if (!mounted || id != _requestId) return;
    setState(() => _markers = markers);
  }

  @override
  void dispose() {
    _controller?.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return GoogleMap(
      initialCameraPosition: const CameraPosition(target: LatLng(41.0082, 28.9784), zoom: 13),
      markers: _markers,
      onMapCreated: (controller) {
        _controller = controller;
        _loadVisibleStores();
      },
      // onCameraMove her karede gelir; onCameraIdle hareket bitince bir kez
      onCameraIdle: _loadVisibleStores,
    );
  }
}
""", api_free=True)

R(4007, "performance", "orta", "code",
  "Açılışta ayarlar ve oturum yüklenirken önce beyaz ekran görünüyor; telefonun açılış ekranı ilk veriler hazır olana kadar ekranda kalsın.",
  ["flutter_native_splash ile açılış ekranını başlangıç işleri bitene kadar tutmak nasıl yapılır?",
   "uygulama acilirken beyaz ekran cikmasin, native splash veriler yuklenince kalksin"],
  ["FlutterNativeSplash.preserve", "FlutterNativeSplash.remove"], r"""
// pubspec.yaml: flutter_native_splash
// Beyaz ekran, Flutter ilk kareyi çizene kadar boşta geçen süredir. Native splash'ı
// tutup hazırlık bitince kaldırınca kullanıcı hep aynı açılış ekranını görür.
Future<void> main() async {
  final binding = WidgetsFlutterBinding.ensureInitialized();
  FlutterNativeSplash.preserve(widgetsBinding: binding);

  final settings = await AppSettings.load();
  final session = await Session.restore();

  runApp(MyApp(settings: settings, session: session));
  FlutterNativeSplash.remove(); // İlk ekran hazır, splash kalkabilir
}

class AppSettings {
  static Future<AppSettings> load() async => AppSettings();
}

class Session {
  static Future<Session?> restore() async => null;
}

class MyApp extends StatelessWidget {
  const MyApp({super.key, required this.settings, required this.session});
  final AppSettings settings;
  final Session? session;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      home: Scaffold(body: Center(child: Text(session == null ? 'Giriş yap' : 'Hoş geldin'))),
    );
  }
}
""", api_free=True)

R(4008, "performance", "zor", "code",
  "50 alanlı uzun anket formu açılırken takılıyor; alanlar kaydırdıkça oluşturulsun ama ekrandan çıkan alanlara yazılanlar kaybolmasın.",
  ["Uzun bir formu tembel oluşturunca ekran dışına kayan TextField'ların içeriği siliniyor, nasıl korurum?",
   "50 soruluk formu listview.builder ile yap, asagi kayinca yukaridaki cevaplar kaybolmasin"],
  ["ListView.builder", "TextEditingController"], r"""
class SurveyForm extends StatefulWidget {
  const SurveyForm({super.key, required this.questions});
  final List<String> questions;

  @override
  State<SurveyForm> createState() => _SurveyFormState();
}

class _SurveyFormState extends State<SurveyForm> {
  // Controller'lar satırlarda değil burada durur: satır yok edilse de metin kalır
  late final List<TextEditingController> _controllers =
      List.generate(widget.questions.length, (_) => TextEditingController());

  @override
  void dispose() {
    for (final c in _controllers) {
      c.dispose();
    }
    super.dispose();
  }

  void _submit() {
    final answers = {
      for (var i = 0; i < widget.questions.length; i++) widget.questions[i]: _controllers[i].text,
    };
    debugPrint('Cevaplar: $answers');
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      padding: const EdgeInsets.all(16),
      itemCount: widget.questions.length + 1,
      itemBuilder: (context, i) {
        if (i == widget.questions.length) {
          return FilledButton(onPressed: _submit, child: const Text('Gönder'));
        }
        return Padding(
          padding: const EdgeInsets.only(bottom: 12),
          child: TextField(
            controller: _controllers[i],
            decoration: InputDecoration(labelText: '${i + 1}. ${widget.questions[i]}'),
          ),
        );
      },
    );
  }
}
""", api_free=True)

R(4009, "performance", "kolay", "concept",
  "Döngü içinde binlerce satır log basınca Android konsolunda bazı satırlar kayboluyor ve uygulama yavaşlıyor; print ile debugPrint arasında fark var mı?",
  ["Çok sayıda log yazarken debugPrint neden print'ten daha güvenli, performansa etkisi ne?",
   "binlerce satir log basinca satirlar kayboluyor, print ve debugPrint farkini acikla ve dogru log yazmayi goster"],
  ["debugPrint"], r"""
// print çıktıyı doğrudan platform günlüğüne yollar; Android logcat çok hızlı gelen
// satırları düşürür. debugPrint varsayılan olarak debugPrintThrottled'dır: uzun mesajları
// böler ve çıkışı hız sınırlayarak sıraya koyar, böylece satır kaybolmaz.
// Ama her ikisi de release derlemede de çalışır ve her satır string üretme + kanal maliyeti
// taşır. Sıcak döngülerde log basmak başlı başına yavaşlık sebebidir.
// Doğru yaklaşım: özet log bas, ayrıntıyı sadece debug'da üret.
void processOrders(List<int> orderIds) {
  var failed = 0;
  for (final id in orderIds) {
    final ok = id % 97 != 0; // ... gerçek işlem
    if (!ok) {
      failed++;
      if (kDebugMode) debugPrint('Sipariş $id işlenemedi'); // Release'te string bile üretilmez
    }
  }
  debugPrint('${orderIds.length} sipariş işlendi, $failed hata'); // Tek özet satır
}
""")

# ---------------------------------------------------------------- dart_language
R(4000, "dart_language", "zor", "code",
  "Paketten gelen ve değiştiremediğim bir sınıfın nesnelerine alan eklemeden, her nesne için hesapladığım değeri nesneye bağlı olarak sakla.",
  ["Expando ile başka bir sınıfın nesnelerine sonradan veri nasıl iliştirilir?",
   "kodu bende olmayan siniftaki her nesne icin hesaplanan degeri o nesneye bagli onbellekte tut, nesne silinince de gitsin"],
  ["Expando"], r"""
// Expando, anahtar nesneyi güçlü tutmaz: nesne çöp olunca iliştirilen değer de silinir.
// Map<Object, T> kullansaydık nesneler hiç silinmez, bellek sızardı.
final _wordCounts = Expando<int>('kelimeSayisi');

class Article {
  // Paketten geldiğini ve değiştiremediğimizi varsayalım
  Article(this.body);
  final String body;
}

int wordCountOf(Article article) {
  final cached = _wordCounts[article];
  if (cached != null) return cached;
  final count = article.body.split(RegExp(r'\s+')).where((w) => w.isNotEmpty).length;
  _wordCounts[article] = count; // Bir kez hesaplanır, nesneye iliştirilir
  return count;
}

void main() {
  final a = Article('Flutter ile hızlı arayüz geliştirme');
  print(wordCountOf(a)); // hesaplar: 5
  print(wordCountOf(a)); // önbellekten: 5
}
""", api_free=True)

R(4001, "dart_language", "kolay", "code",
  "Sipariş fişini konsola yazdırırken ürün adı solda, adet ve tutar sağa yaslı, sabit genişlikte sütunlar halinde hizalı olsun.",
  ["padRight ve padLeft ile metin tablosunu sütunlara hizalayarak nasıl yazdırırım?",
   "fis satirlarini urun adi, adet ve fiyat sutunlari hizali olacak sekilde yazdir"],
  ["padRight", "padLeft"], r"""
String formatReceipt(List<({String name, int qty, double price})> items) {
  const nameWidth = 20;
  final buffer = StringBuffer()
    ..writeln('${'Ürün'.padRight(nameWidth)}${'Adet'.padLeft(6)}${'Tutar'.padLeft(10)}')
    ..writeln('-' * (nameWidth + 16));
  var total = 0.0;
  for (final item in items) {
    final lineTotal = item.qty * item.price;
    total += lineTotal;
    // Uzun adları kes ki sütunlar kaymasın
    final name = item.name.length > nameWidth - 1 ? '${item.name.substring(0, nameWidth - 2)}…' : item.name;
    buffer.writeln(
      '${name.padRight(nameWidth)}${'${item.qty}'.padLeft(6)}${lineTotal.toStringAsFixed(2).padLeft(10)}',
    );
  }
  buffer
    ..writeln('-' * (nameWidth + 16))
    ..writeln('${'TOPLAM'.padRight(nameWidth + 6)}${total.toStringAsFixed(2).padLeft(10)}');
  return buffer.toString();
}

void main() {
  print(formatReceipt([
    (name: 'Çay', qty: 2, price: 15),
    (name: 'Peynirli poğaça', qty: 3, price: 22.5),
  ]));
}
""", api_free=True)

R(4002, "dart_language", "orta", "code",
  "Bir tarihin yılın kaçıncı haftası olduğunu ISO 8601 kuralına göre (hafta pazartesi başlar) hesaplayan fonksiyon yaz.",
  ["Haftalık raporlar için verilen tarihin ISO hafta numarasını nasıl bulurum?",
   "verilen tarih yilin kacinci haftasi, iso kuralina gore bul; 1 ocak bazen onceki yilin haftasi olur"],
  ["weekday", "DateTime"], r"""
/// ISO 8601: haftalar pazartesi başlar; yılın ilk perşembesini içeren hafta 1. haftadır.
/// Bu yüzden 1 Ocak önceki yılın 52/53. haftasına düşebilir.
({int year, int week}) isoWeek(DateTime date) {
  // Saat/yaz saati etkisi olmasın diye UTC gün kullan
  final day = DateTime.utc(date.year, date.month, date.day);
  // Aynı haftanın perşembesine git (weekday: pazartesi=1 ... pazar=7)
  final thursday = day.add(Duration(days: DateTime.thursday - day.weekday));
  final firstOfYear = DateTime.utc(thursday.year, 1, 1);
  final dayOfYear = thursday.difference(firstOfYear).inDays;
  return (year: thursday.year, week: dayOfYear ~/ 7 + 1);
}

void main() {
  print(isoWeek(DateTime(2024, 12, 30))); // (year: 2025, week: 1)
  print(isoWeek(DateTime(2021, 1, 1))); // (year: 2020, week: 53)
  print(isoWeek(DateTime(2026, 12, 6))); // (year: 2026, week: 49)
}
""", api_free=True)

R(4003, "dart_language", "orta", "code",
  "İki tarih arasındaki iş günü sayısını hesapla; hafta sonları ve verdiğim resmi tatil günleri sayılmasın.",
  ["Teslim süresi için cumartesi, pazar ve tatilleri hariç tutarak iş günü nasıl sayılır?",
   "iki tarih arasinda kac is gunu var bulan fonksiyon yaz, hafta sonu ve bayramlar sayilmasin"],
  ["weekday", "DateTime.saturday | DateTime.sunday"], r"""
/// [start] ve [end] dahil, hafta sonu ve [holidays] hariç gün sayısı.
int businessDaysBetween(DateTime start, DateTime end, {Set<DateTime> holidays = const {}}) {
  DateTime dayOnly(DateTime d) => DateTime.utc(d.year, d.month, d.day);
  final holidayDays = holidays.map(dayOnly).toSet();
  var day = dayOnly(start);
  final last = dayOnly(end);
  var count = 0;
  while (!day.isAfter(last)) {
    final weekend = day.weekday == DateTime.saturday || day.weekday == DateTime.sunday;
    if (!weekend && !holidayDays.contains(day)) count++;
    day = day.add(const Duration(days: 1)); // UTC'de gün eklemek yaz saatinden etkilenmez
  }
  return count;
}

void main() {
  final n = businessDaysBetween(
    DateTime(2026, 4, 20),
    DateTime(2026, 4, 30),
    holidays: {DateTime(2026, 4, 23)}, // Ulusal Egemenlik ve Çocuk Bayramı
  );
  print('$n iş günü'); // 8 iş günü
}
""", api_free=True)

R(4004, "dart_language", "orta", "code",
  "Kullanıcı yanlış yazınca 'bunu mu demek istediniz' önerisi için iki kelime arasındaki harf düzenleme mesafesini hesapla ve listeden en yakını bul.",
  ["Levenshtein mesafesiyle yazım hatalı bir kelimeye en yakın ürün adını nasıl bulurum?",
   "yazim hatasina en yakin kelimeyi bul, iki kelime arasinda kac harf degisikligi var hesapla"],
  ["List.generate | List.filled", "min"], r"""
/// Bir kelimeyi diğerine çevirmek için gereken en az ekleme/silme/değiştirme sayısı.
int editDistance(String a, String b) {
  var previous = List.generate(b.length + 1, (j) => j);
  for (var i = 1; i <= a.length; i++) {
    final current = List.filled(b.length + 1, 0)..[0] = i;
    for (var j = 1; j <= b.length; j++) {
      final cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = min(min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
    }
    previous = current; // Sadece iki satır tutulur, bellek O(n)
  }
  return previous[b.length];
}

/// En yakın aday; fark [maxDistance]'tan büyükse öneri yok.
String? suggest(String input, Iterable<String> candidates, {int maxDistance = 2}) {
  String? best;
  var bestDistance = maxDistance + 1;
  for (final c in candidates) {
    final d = editDistance(input.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

void main() {
  print(suggest('kulaklk', ['klavye', 'kulaklık', 'kamera'])); // kulaklık
}
""", api_free=True)

R(4005, "dart_language", "kolay", "code",
  "Kitap bölüm numaralarını Roma rakamıyla göstermek için 1-3999 arası sayıyı Roma rakamına çeviren fonksiyon yaz.",
  ["Bir tam sayıyı Roma rakamına (ör. 14 -> XIV) nasıl çeviririm?",
   "sayiyi roma rakamina ceviren fonksiyon yaz, 1994 MCMXCIV olsun"],
  ["StringBuffer | +=", "while | for"], r"""
String toRoman(int number) {
  if (number < 1 || number > 3999) {
    throw RangeError.range(number, 1, 3999, 'number');
  }
  // Çıkarma kuralı olan değerler (900 = CM, 4 = IV) tabloya baştan eklenir
  const table = [
    (1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'),
    (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'),
    (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I'),
  ];
  final buffer = StringBuffer();
  var rest = number;
  for (final (value, symbol) in table) {
    while (rest >= value) {
      buffer.write(symbol);
      rest -= value;
    }
  }
  return buffer.toString();
}

void main() {
  print(toRoman(14)); // XIV
  print(toRoman(1994)); // MCMXCIV
}
""", api_free=True)

R(4006, "dart_language", "orta", "code",
  "Menüdeki ek malzemelerin (peynir, zeytin, mantar…) tüm olası kombinasyonlarını, hiç seçilmeyen dahil, üret.",
  ["Bir listenin tüm alt kümelerini (power set) döndüren generic fonksiyon nasıl yazılır?",
   "ek malzeme listesinin butun kombinasyonlarini cikar, bos secim de olsun"],
  ["<<", "for"], r"""
/// n eleman için 2^n alt küme; her alt küme bir bit maskesine karşılık gelir.
List<List<T>> allSubsets<T>(List<T> items) {
  if (items.length > 20) {
    throw ArgumentError('Çok fazla eleman: ${items.length} (2^n büyür)');
  }
  final result = <List<T>>[];
  for (var mask = 0; mask < (1 << items.length); mask++) {
    result.add([
      for (var i = 0; i < items.length; i++)
        if (mask & (1 << i) != 0) items[i],
    ]);
  }
  return result;
}

void main() {
  final combos = allSubsets(['peynir', 'zeytin', 'mantar']);
  print(combos.length); // 8
  for (final c in combos) {
    print(c.isEmpty ? 'sade' : c.join(' + '));
  }
}
""")

R(4007, "dart_language", "orta", "code",
  "Okuma uygulaması için Türkçe bir kelimeyi hecelerine ayır: 'kitaplık' -> ki-tap-lık, 'İstanbul' -> İs-tan-bul.",
  ["Türkçe heceleme kurallarına göre kelimeyi hecelere bölen fonksiyon nasıl yazılır?",
   "kelimeyi hecelere bolen bir fonksiyon yaz, saat sa-at olsun, turkce kurallara gore"],
  ["for", "contains"], r"""
const _vowels = 'aeıioöuüâîûAEIİOÖUÜÂÎÛ';

/// Türkçede her hecede bir ünlü vardır. İki ünlü arasındaki ünsüzlerin sonuncusu
/// sonraki heceye geçer: ki-tap, türk-çe; arada ünsüz yoksa ünlüler ayrılır: sa-at.
List<String> syllables(String word) {
  final vowelIdx = [
    for (var i = 0; i < word.length; i++)
      if (_vowels.contains(word[i])) i,
  ];
  if (vowelIdx.length < 2) return [word];
  final parts = <String>[];
  var start = 0;
  for (var v = 0; v < vowelIdx.length - 1; v++) {
    final consonants = vowelIdx[v + 1] - vowelIdx[v] - 1;
    // Sınır: sonraki ünlüden hemen önceki ünsüz (varsa) yeni heceyi başlatır
    final boundary = consonants == 0 ? vowelIdx[v + 1] : vowelIdx[v + 1] - 1;
    parts.add(word.substring(start, boundary));
    start = boundary;
  }
  parts.add(word.substring(start));
  return parts;
}

void main() {
  for (final w in ['kitaplık', 'İstanbul', 'saat', 'türkçe', 'elma']) {
    print(syllables(w).join('-')); // ki-tap-lık, İs-tan-bul, sa-at, türk-çe, el-ma
  }
}
""", api_free=True)

R(4008, "dart_language", "orta", "code",
  "Kullanıcı yetkilerini (okuma, yazma, silme, yönetici) tek bir sayı içinde bit bayrakları olarak tut; yetki ekle, kaldır ve kontrol et.",
  ["Birden fazla izni tek int'te bitwise operatörlerle saklamak nasıl yapılır?",
   "yetkileri tek sayida bit olarak sakla, yetki var mi diye & ile kontrol et"],
  ["&", "|"], r"""
enum PermissionFlag { read, write, delete, admin }

/// Her yetki bir bit: read=1, write=2, delete=4, admin=8
extension type const Permissions(int bits) {
  int _bit(PermissionFlag p) => 1 << p.index;

  bool has(PermissionFlag p) => bits & _bit(p) != 0;
  Permissions grant(PermissionFlag p) => Permissions(bits | _bit(p));
  Permissions revoke(PermissionFlag p) => Permissions(bits & ~_bit(p));

  List<PermissionFlag> get all => [for (final p in PermissionFlag.values) if (has(p)) p];
}

void main() {
  var perms = const Permissions(0).grant(PermissionFlag.read).grant(PermissionFlag.write);
  print(perms.bits); // 3 -> sunucuya/veritabanına tek sayı olarak yazılabilir
  print(perms.has(PermissionFlag.delete)); // false
  perms = perms.revoke(PermissionFlag.write);
  print(perms.all); // [PermissionFlag.read]
}
""", api_free=True)

R(4009, "dart_language", "kolay", "code",
  "Satırlar öğrenci, sütunlar ders olan not tablosunu çevirip satırlar ders, sütunlar öğrenci olacak hale getir (transpoz).",
  ["İki boyutlu bir listenin (matris) satır ve sütunlarını yer değiştiren fonksiyon nasıl yazılır?",
   "matrisin transpozunu al, satirlar sutun olsun"],
  ["List.generate", "length"], r"""
/// Tüm satırların aynı uzunlukta olduğu bir matrisin transpozu.
List<List<T>> transpose<T>(List<List<T>> matrix) {
  if (matrix.isEmpty) return [];
  final columns = matrix.first.length;
  if (matrix.any((row) => row.length != columns)) {
    throw ArgumentError('Satır uzunlukları eşit olmalı');
  }
  return List.generate(
    columns,
    (c) => List.generate(matrix.length, (r) => matrix[r][c]),
  );
}

void main() {
  final grades = [
    [90, 75, 60], // Ayşe: matematik, fizik, kimya
    [55, 80, 95], // Mehmet
  ];
  print(transpose(grades)); // [[90, 55], [75, 80], [60, 95]]
}
""", api_free=True)

R(4010, "dart_language", "orta", "code",
  "Gelen ödemeler akışında her yeni ödemede o ana kadarki toplamı yayan yeni bir akış oluştur.",
  ["Stream'deki sayıların kümülatif (birikimli) toplamını yayan bir Stream nasıl yazılır?",
   "odeme akisindaki her degerden sonra simdiye kadarki toplami veren stream yaz, rxdart kullanma"],
  ["Stream", "async* | map | transform"], r"""
/// Her gelen değerden sonra o ana kadarki toplamı yayar (rxdart'taki scan gibi).
Stream<double> runningTotal(Stream<double> payments) async* {
  var total = 0.0;
  await for (final amount in payments) {
    total += amount;
    yield total;
  }
}

/// Aynı işi her tip için yapan genel bir extension
extension ScanStream<T> on Stream<T> {
  Stream<S> scan<S>(S initial, S Function(S acc, T value) combine) {
    var acc = initial;
    return map((value) => acc = combine(acc, value));
  }
}

Future<void> main() async {
  final payments = Stream.fromIterable([120.0, 80.5, 49.5]);
  await for (final total in runningTotal(payments)) {
    print('Toplam: $total'); // 120.0, 200.5, 250.0
  }
  final counts = Stream.fromIterable([1, 2, 3]).scan<int>(0, (a, v) => a + v);
  print(await counts.toList()); // [1, 3, 6]
}
""", api_free=True)

R(4011, "dart_language", "kolay", "code",
  "Berber randevusu için 09:00 ile 18:00 arasında 30 dakikalık boş saat dilimlerinin listesini üret, öğle arası (12:00-13:00) olmasın.",
  ["Başlangıç ve bitiş saati arasında belirli aralıklarla randevu saatleri nasıl oluşturulur?",
   "09:00-18:00 arasi yarim saatlik randevu saatleri listesini olustur, ogle arasini atla"],
  ["Duration", "while | for"], r"""
List<String> appointmentSlots({
  Duration start = const Duration(hours: 9),
  Duration end = const Duration(hours: 18),
  Duration step = const Duration(minutes: 30),
  (Duration, Duration)? lunch = const (Duration(hours: 12), Duration(hours: 13)),
}) {
  String format(Duration d) =>
      '${d.inHours.toString().padLeft(2, '0')}:${(d.inMinutes % 60).toString().padLeft(2, '0')}';

  final slots = <String>[];
  // Dilim, bitiş saatini aşmayacak şekilde başlamalı
  for (var t = start; t + step <= end; t += step) {
    if (lunch != null && t >= lunch.$1 && t < lunch.$2) continue; // Öğle arası
    slots.add(format(t));
  }
  return slots;
}

void main() {
  print(appointmentSlots()); // [09:00, 09:30, ..., 11:30, 13:00, ..., 17:30]
}
""", api_free=True)

R(4012, "dart_language", "orta", "concept",
  "Aynı isimli metodu olan iki mixin'i bir sınıfa eklediğimde hangisinin metodu çalışır, super çağrısı nereye gider?",
  ["Mixin sıralaması (linearization) nasıl işler, with A, B yazınca hangisi önce gelir?",
   "iki mixinde ayni metot varsa hangisi calisir ve super nereye gider, ornekle acikla"],
  ["mixin", "super."], r"""
// 'class C extends Base with A, B' yazınca Dart zinciri soldan sağa kurar:
// Base -> A -> B -> C. Sağdaki (en son eklenen) mixin üstte durur.
// Bu yüzden aynı isimli metotta B'ninki çalışır; B içindeki super.log() A'ya,
// A içindeki super.log() Base'e gider. Her mixin bir öncekinin üstüne sarılır.
class Base {
  void log(String msg) => print('Base: $msg');
}

mixin Timestamp on Base {
  @override
  void log(String msg) => super.log('[${DateTime.now().toIso8601String()}] $msg');
}

mixin Upper on Base {
  @override
  void log(String msg) => super.log(msg.toUpperCase());
}

class Logger extends Base with Timestamp, Upper {}

void main() {
  // Önce Upper (büyük harf), sonra Timestamp (zaman), en son Base yazdırır
  Logger().log('kayit eklendi'); // Base: [2026-...] KAYIT EKLENDI
}
// 'on Base' kısıtı, mixin içinde super.log çağrısının var olduğunu garanti eder.
""")

R(4013, "dart_language", "kolay", "code",
  "Oda rezervasyonunda yeni tarih aralığı mevcut rezervasyonlardan biriyle çakışıyor mu kontrol et; çıkış günü başkasının giriş günü olabilir.",
  ["İki tarih aralığının kesişip kesişmediğini kontrol eden fonksiyon nasıl yazılır?",
   "yeni rezervasyon tarihleri eskilerle cakisiyor mu bul, ayni gun cikis ve giris olabilsin"],
  ["isBefore | isAfter | compareTo", "any"], r"""
class Booking {
  const Booking(this.checkIn, this.checkOut); // checkOut günü dahil değil
  final DateTime checkIn;
  final DateTime checkOut;

  /// Yarı açık aralıklar [giriş, çıkış): biri diğeri bitmeden başlıyorsa çakışır
  bool overlaps(Booking other) =>
      checkIn.isBefore(other.checkOut) && other.checkIn.isBefore(checkOut);
}

bool isAvailable(Booking requested, List<Booking> existing) {
  if (!requested.checkIn.isBefore(requested.checkOut)) {
    throw ArgumentError('Çıkış tarihi girişten sonra olmalı');
  }
  return !existing.any(requested.overlaps);
}

void main() {
  final existing = [Booking(DateTime(2026, 7, 10), DateTime(2026, 7, 14))];
  print(isAvailable(Booking(DateTime(2026, 7, 14), DateTime(2026, 7, 16)), existing)); // true: aynı gün giriş
  print(isAvailable(Booking(DateTime(2026, 7, 12), DateTime(2026, 7, 15)), existing)); // false
}
""", api_free=True)

R(4014, "dart_language", "kolay", "code",
  "Ülke kodu -> ülke adı sözlüğünü ters çevirip ülke adından koda ulaşılabilen yeni bir sözlük üret.",
  ["Bir Map'in anahtarlarıyla değerlerini yer değiştirmek nasıl yapılır?",
   "map'in key ve value'larini yer degistirip yeni map olustur, ayni deger iki kez varsa hata ver"],
  ["entries", "MapEntry | Map.fromEntries | for"], r"""
/// Değerler benzersiz olmalı; iki anahtar aynı değeri taşıyorsa ters çevirme belirsizdir.
Map<V, K> invertMap<K, V>(Map<K, V> source) {
  final inverted = <V, K>{};
  for (final MapEntry(:key, :value) in source.entries) {
    if (inverted.containsKey(value)) {
      throw ArgumentError('Tekrarlanan değer: $value');
    }
    inverted[value] = key;
  }
  return inverted;
}

void main() {
  const countries = {'TR': 'Türkiye', 'DE': 'Almanya', 'FR': 'Fransa'};
  final codes = invertMap(countries);
  print(codes['Almanya']); // DE
}
""", api_free=True)

R(4015, "dart_language", "orta", "code",
  "Kullanıcıların '+90 (532) 123 45 67', '0532 123 4567' veya '5321234567' gibi farklı yazdığı cep numaralarını tek biçime (5321234567) çevir, geçersizse null dön.",
  ["Farklı biçimlerde girilen Türk cep telefonu numaralarını normalize eden fonksiyon nasıl yazılır?",
   "telefon numarasindaki bosluk, parantez, +90 ve basindaki 0'i temizleyip 10 haneye cevir"],
  ["replaceAll", "RegExp"], r"""
String? normalizeTrMobile(String input) {
  // Rakam dışındaki her şeyi (boşluk, parantez, tire, +) at
  var digits = input.replaceAll(RegExp(r'\D'), '');
  if (digits.startsWith('0090')) {
    digits = digits.substring(4);
  } else if (digits.startsWith('90') && digits.length == 12) {
    digits = digits.substring(2);
  } else if (digits.startsWith('0') && digits.length == 11) {
    digits = digits.substring(1);
  }
  // Türk cep numarası: 5 ile başlayan 10 hane
  return RegExp(r'^5\d{9}$').hasMatch(digits) ? digits : null;
}

void main() {
  for (final n in ['+90 (532) 123 45 67', '0532 123 4567', '5321234567', '212 123 45 67']) {
    print('$n -> ${normalizeTrMobile(n)}');
  }
}
""", api_free=True)

R(4016, "dart_language", "kolay", "code",
  "Görevleri önceliğe göre (acil, yüksek, normal, düşük) sırala; aynı öncelikte son tarihi yakın olan önce gelsin.",
  ["Enum değerlerinin tanım sırasını kullanarak listeyi nasıl sıralarım?",
   "gorevleri once oncelik enumuna gore sonra tarihe gore sirala"],
  ["index", "compareTo"], r"""
// Enum'da tanım sırası önemlidir: index acil=0, düşük=3
enum Priority { urgent, high, normal, low }

class Task {
  const Task(this.title, this.priority, this.due);
  final String title;
  final Priority priority;
  final DateTime due;
}

List<Task> sortTasks(List<Task> tasks) {
  return [...tasks]..sort((a, b) {
      final byPriority = a.priority.index.compareTo(b.priority.index);
      if (byPriority != 0) return byPriority;
      return a.due.compareTo(b.due); // Eşit öncelikte yakın tarih önce
    });
}

void main() {
  final sorted = sortTasks([
    Task('Rapor', Priority.normal, DateTime(2026, 12, 10)),
    Task('Sunucu çöktü', Priority.urgent, DateTime(2026, 12, 6)),
    Task('Toplantı notu', Priority.normal, DateTime(2026, 12, 8)),
  ]);
  print(sorted.map((t) => t.title).toList()); // [Sunucu çöktü, Toplantı notu, Rapor]
}
""")

R(4017, "dart_language", "kolay", "code",
  "Mesai kaydında giriş saatini en yakın 15 dakikalık dilime yuvarla: 10:07 -> 10:00, 10:08 -> 10:15 olsun.",
  ["DateTime değerini en yakın çeyrek saate yuvarlayan fonksiyon nasıl yazılır?",
   "saati en yakin 15 dakikaya yuvarlayan bir fonksiyon yaz, 7 dakika asagi 8 dakika yukari gitsin"],
  ["DateTime", "round | ~/"], r"""
DateTime roundToNearest(DateTime time, {Duration step = const Duration(minutes: 15)}) {
  final stepMs = step.inMilliseconds;
  // Günün başından geçen süreyi adıma böl ve en yakına yuvarla
  final dayStart = DateTime(time.year, time.month, time.day);
  final sinceStart = time.difference(dayStart).inMilliseconds;
  final rounded = (sinceStart / stepMs).round() * stepMs;
  return dayStart.add(Duration(milliseconds: rounded));
}

void main() {
  print(roundToNearest(DateTime(2026, 12, 6, 10, 7))); // 10:00
  print(roundToNearest(DateTime(2026, 12, 6, 10, 8))); // 10:15
  print(roundToNearest(DateTime(2026, 12, 6, 23, 55))); // ertesi gün 00:00
}
""")

R(4018, "dart_language", "orta", "code",
  "Uzun bir açıklama metnini kelimeleri bölmeden en fazla 32 karakterlik satırlara ayır (fiş yazıcısı için).",
  ["Metni belirli genişlikte satırlara kelime sınırından kaydıran (word wrap) fonksiyon nasıl yazılır?",
   "metni 32 karakterlik satirlara bol ama kelimeyi ortadan kesme"],
  ["split", "StringBuffer | List<String>"], r"""
List<String> wrapText(String text, {int width = 32}) {
  final lines = <String>[];
  var current = StringBuffer();
  for (final word in text.split(RegExp(r'\s+')).where((w) => w.isNotEmpty)) {
    // Satıra sığmayan tek kelimeyi zorunlu olarak parçala
    if (word.length > width) {
      if (current.isNotEmpty) {
        lines.add(current.toString());
        current = StringBuffer();
      }
      for (var i = 0; i < word.length; i += width) {
        lines.add(word.substring(i, i + width > word.length ? word.length : i + width));
      }
      continue;
    }
    final needed = current.isEmpty ? word.length : current.length + 1 + word.length;
    if (needed > width) {
      lines.add(current.toString());
      current = StringBuffer(word);
    } else {
      if (current.isNotEmpty) current.write(' ');
      current.write(word);
    }
  }
  if (current.isNotEmpty) lines.add(current.toString());
  return lines;
}

void main() {
  wrapText('Siparişiniz hazırlanıyor, kurye yola çıktığında size SMS ile bilgi verilecektir.')
      .forEach(print);
}
""", api_free=True)

R(4019, "dart_language", "kolay", "code",
  "Uzun dosya adlarını ortadan kısalt ama uzantı görünsün: 'cok_uzun_fatura_raporu_2024.pdf' -> 'cok_uzun…ru_2024.pdf'.",
  ["Dosya adını uzantısı korunacak şekilde ortasından üç noktayla kısaltan fonksiyon nasıl yazılır?",
   "uzun dosya adini ortadan kisalt, sonundaki uzanti ve son karakterler kalsin"],
  ["lastIndexOf", "substring"], r"""
String shortenFileName(String name, {int maxLength = 20}) {
  if (name.length <= maxLength) return name;
  final dot = name.lastIndexOf('.');
  // Uzantı yoksa veya anlamsız uzunsa boş say
  final ext = (dot > 0 && name.length - dot <= 6) ? name.substring(dot) : '';
  final base = name.substring(0, name.length - ext.length);
  final room = maxLength - ext.length - 1; // 1: '…' karakteri
  if (room < 2) return '${name.substring(0, maxLength - 1)}…';
  final head = (room / 2).ceil();
  final tail = room - head;
  return '${base.substring(0, head)}…${base.substring(base.length - tail)}$ext';
}

void main() {
  print(shortenFileName('cok_uzun_fatura_raporu_2024.pdf')); // cok_uzun…ru_2024.pdf
  print(shortenFileName('kisa.png')); // kisa.png
}
""")

# ---------------------------------------------------------------- platform
R(4000, "platform", "orta", "code",
  "Mağazada okutulacak QR kod ekranı açılınca telefonun ekran parlaklığı en yükseğe çıksın, ekrandan çıkınca eski parlaklığa dönsün.",
  ["screen_brightness paketiyle sadece bir sayfa için parlaklığı nasıl maksimuma çıkarırım?",
   "qr kod sayfasinda ekran parlakligini full yap, sayfadan cikinca eski haline getir"],
  ["ScreenBrightness", "setApplicationScreenBrightness", "resetApplicationScreenBrightness"], r"""
// pubspec.yaml: screen_brightness
class QrCodePage extends StatefulWidget {
  const QrCodePage({super.key, required this.code});
  final Widget code; // Ör. qr_flutter ile çizilen QR

  @override
  State<QrCodePage> createState() => _QrCodePageState();
}

class _QrCodePageState extends State<QrCodePage> {
  @override
  void initState() {
    super.initState();
    // Sadece uygulamanın parlaklığı değişir; sistem ayarı bozulmaz
    ScreenBrightness.instance.setApplicationScreenBrightness(1.0);
  }

  @override
  void dispose() {
    // Sayfadan çıkınca sistemin parlaklığına geri dön
    ScreenBrightness.instance.resetApplicationScreenBrightness();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Kasada okutun')),
      body: Center(child: widget.code),
    );
  }
}
""", api_free=True)

R(4001, "platform", "orta", "code",
  "Para gönderme formunda 'Rehberden seç' butonuna basınca telefon rehberi açılsın, seçilen kişinin adı ve numarası alanlara dolsun.",
  ["flutter_contacts ile rehberden bir kişi seçtirip telefon numarasını nasıl alırım?",
   "rehberden kisi secince adi ve telefon numarasi forma otomatik dolsun"],
  ["FlutterContacts", "openExternalPick | getContact | showPicker", "phones"], r"""
// pubspec.yaml: flutter_contacts: ^1.1.9 (1.x API)
// Android: READ_CONTACTS izni, iOS: Info.plist'te NSContactsUsageDescription gerekir.
class RecipientFields extends StatefulWidget {
  const RecipientFields({super.key});

  @override
  State<RecipientFields> createState() => _RecipientFieldsState();
}

class _RecipientFieldsState extends State<RecipientFields> {
  final _name = TextEditingController();
  final _phone = TextEditingController();

  Future<void> _pickFromContacts() async {
    if (!await FlutterContacts.requestPermission(readonly: true)) {
      if (!mounted) return;
      ScaffoldMessenger.of(context).showSnackBar(
        const SnackBar(content: Text('Rehber izni verilmedi')),
      );
      return;
    }
    final picked = await FlutterContacts.openExternalPick(); // Sistem rehber ekranı
    if (picked == null) return; // Kullanıcı vazgeçti
    // Seçimden dönen kişide numaralar eksik olabilir; ayrıntılı oku
    final contact = await FlutterContacts.getContact(picked.id, withProperties: true) ?? picked;
    setState(() {
      _name.text = contact.displayName;
      _phone.text = contact.phones.isEmpty ? '' : contact.phones.first.number;
    });
  }

  @override
  void dispose() {
    _name.dispose();
    _phone.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(controller: _name, decoration: const InputDecoration(labelText: 'Alıcı adı')),
        TextField(
          controller: _phone,
          keyboardType: TextInputType.phone,
          decoration: InputDecoration(
            labelText: 'Telefon',
            suffixIcon: IconButton(
              tooltip: 'Rehberden seç',
              icon: const Icon(Icons.contacts),
              onPressed: _pickFromContacts,
            ),
          ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4002, "platform", "kolay", "code",
  "Başvuru formunda kullanıcı telefonundan sadece PDF dosyası seçebilsin, seçilen dosyanın adı ve boyutu ekranda görünsün.",
  ["file_picker ile yalnızca PDF uzantılı dosya seçtirmek nasıl yapılır?",
   "cihazdan sadece pdf secilebilsin, secilen dosyanin adini ve kac kb oldugunu goster"],
  ["FilePicker.platform.pickFiles", "allowedExtensions"], r"""
// pubspec.yaml: file_picker
class CvPicker extends StatefulWidget {
  const CvPicker({super.key});

  @override
  State<CvPicker> createState() => _CvPickerState();
}

class _CvPickerState extends State<CvPicker> {
  PlatformFile? _file;

  Future<void> _pick() async {
    final result = await FilePicker.platform.pickFiles(
      type: FileType.custom,
      allowedExtensions: ['pdf'],
    );
    if (result == null) return; // Seçim iptal edildi
    setState(() => _file = result.files.single);
  }

  @override
  Widget build(BuildContext context) {
    final file = _file;
    return ListTile(
      leading: const Icon(Icons.picture_as_pdf),
      title: Text(file?.name ?? 'Özgeçmiş seçilmedi'),
      subtitle: file == null ? null : Text('${(file.size / 1024).toStringAsFixed(1)} KB'),
      trailing: OutlinedButton(onPressed: _pick, child: const Text('PDF seç')),
    );
  }
}
""", api_free=True)

R(4003, "platform", "kolay", "code",
  "İndirilen faturayı telefondaki varsayılan PDF uygulamasıyla aç; açacak uygulama yoksa kullanıcıya mesaj göster.",
  ["open_filex ile bir dosyayı cihazdaki uygun uygulamada nasıl açarım?",
   "indirilen pdf dosyasini telefonun kendi pdf uygulamasiyla ac, uygulama yoksa uyari ver"],
  ["OpenFilex.open", "ResultType"], r"""
// pubspec.yaml: open_filex
Future<void> openInvoice(BuildContext context, String filePath) async {
  final result = await OpenFilex.open(filePath, type: 'application/pdf');
  if (!context.mounted) return;
  final message = switch (result.type) {
    ResultType.done => null,
    ResultType.noAppToOpen => 'Bu dosyayı açabilecek bir uygulama yok',
    ResultType.fileNotFound => 'Dosya bulunamadı',
    ResultType.permissionDenied => 'Dosyaya erişim izni yok',
    ResultType.error => 'Açılamadı: ${result.message}',
  };
  if (message != null) {
    ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text(message)));
  }
}
""", api_free=True)

R(4004, "platform", "kolay", "code",
  "Arkadaşını davet et butonuna basınca telefonun mesaj uygulaması, davet metni hazır yazılmış şekilde açılsın.",
  ["url_launcher ile gövdesi dolu bir SMS nasıl açılır?",
   "davet butonuna basinca sms uygulamasi hazir mesajla acilsin, numarayi kullanici secsin"],
  ["launchUrl", "sms"], r"""
// pubspec.yaml: url_launcher
Future<void> inviteBySms(BuildContext context, {String phone = ''}) async {
  const text = 'Bu uygulamayı denemelisin: https://ornek.com/davet/ABC123';
  // queryParameters boşlukları %20 olarak kodlar; mesaj uygulamaları doğru çözer
  final uri = Uri(
    scheme: 'sms',
    path: phone, // Boş bırakılırsa kullanıcı alıcıyı kendisi seçer
    queryParameters: {'body': text},
  );
  final opened = await launchUrl(uri);
  if (!opened && context.mounted) {
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('Mesaj uygulaması açılamadı')),
    );
  }
}
""", api_free=True)

R(4005, "platform", "orta", "code",
  "Uygulama açıkken gelen push bildirimi sistem bildirimi olarak görünmüyor; ön plandayken gelen bildirimi ekranın altında mesaj olarak göster.",
  ["firebase_messaging'de onMessage ile ön planda gelen bildirim nasıl yakalanır?",
   "uygulama acikken gelen push bildirimini yakala ve snackbar olarak goster"],
  ["FirebaseMessaging.onMessage", "listen"], r"""
// pubspec.yaml: firebase_core, firebase_messaging
// Ön plandaki uygulamada FCM bildirimi kendiliğinden gösterilmez; dinleyip kendin göster.
final messengerKey = GlobalKey<ScaffoldMessengerState>();

class PushApp extends StatefulWidget {
  const PushApp({super.key});

  @override
  State<PushApp> createState() => _PushAppState();
}

class _PushAppState extends State<PushApp> {
  StreamSubscription<RemoteMessage>? _sub;

  @override
  void initState() {
    super.initState();
    FirebaseMessaging.instance.requestPermission();
    _sub = FirebaseMessaging.onMessage.listen((message) {
      final n = message.notification;
      if (n == null) return; // Sadece veri mesajı
      messengerKey.currentState?.showSnackBar(
        SnackBar(content: Text('${n.title ?? ''}\n${n.body ?? ''}')),
      );
    });
  }

  @override
  void dispose() {
    _sub?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      scaffoldMessengerKey: messengerKey,
      home: const Scaffold(body: Center(child: Text('Ana sayfa'))),
    );
  }
}
""", api_free=True)

R(4006, "platform", "zor", "code",
  "Kargo bildirimine tıklanıp uygulama açılınca (kapalıyken de, arka plandayken de) bildirimdeki sipariş numarasının detay sayfası açılsın.",
  ["firebase_messaging'de getInitialMessage ve onMessageOpenedApp ile bildirimden sayfaya nasıl yönlendiririm?",
   "push bildirimine tiklayinca uygulama acilip bildirimdeki siparisin sayfasina gitsin"],
  ["getInitialMessage", "onMessageOpenedApp"], r"""
// pubspec.yaml: firebase_core, firebase_messaging
final navigatorKey = GlobalKey<NavigatorState>();

class NotificationRouter {
  StreamSubscription<RemoteMessage>? _sub;

  Future<void> init() async {
    // 1) Uygulama tamamen kapalıyken bildirime tıklanıp açıldıysa
    final initial = await FirebaseMessaging.instance.getInitialMessage();
    if (initial != null) _open(initial);
    // 2) Uygulama arka plandayken bildirime tıklandıysa
    _sub = FirebaseMessaging.onMessageOpenedApp.listen(_open);
  }

  void _open(RemoteMessage message) {
    final orderId = message.data['orderId'] as String?; // Sunucu data alanına koyar
    if (orderId == null) return;
    navigatorKey.currentState?.push(
      MaterialPageRoute(builder: (_) => OrderDetailPage(orderId: orderId)),
    );
  }

  void dispose() => _sub?.cancel();
}

class OrderDetailPage extends StatelessWidget {
  const OrderDetailPage({super.key, required this.orderId});
  final String orderId;

  @override
  Widget build(BuildContext context) {
    return Scaffold(appBar: AppBar(title: Text('Sipariş #$orderId')));
  }
}

// MaterialApp(navigatorKey: navigatorKey, ...) verildikten sonra, ilk kare çizilince:
// WidgetsBinding.instance.addPostFrameCallback((_) => NotificationRouter().init());
""", api_free=True)

R(4007, "platform", "orta", "code",
  "Masaüstü uygulamamın penceresi açılışta 1200x800 boyutunda ve ekranın ortasında açılsın, kullanıcı 800x600'den küçültemesin.",
  ["window_manager ile masaüstü pencere boyutu, en küçük boyutu ve başlığı nasıl ayarlanır?",
   "windows macos pencere en az 800x600 olsun, acilista ortada 1200x800 acilsin"],
  ["windowManager", "minimumSize"], r"""
// pubspec.yaml: window_manager
Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await windowManager.ensureInitialized();

  const options = WindowOptions(
    size: Size(1200, 800),
    minimumSize: Size(800, 600),
    center: true,
    title: 'Stok Takip',
  );
  // Pencere ayarlar uygulanmadan görünmesin ki boyut zıplaması olmasın
  windowManager.waitUntilReadyToShow(options, () async {
    await windowManager.show();
    await windowManager.focus();
  });

  runApp(const MaterialApp(home: Scaffold(body: Center(child: Text('Stok Takip')))));
}
""", api_free=True)

R(4008, "platform", "orta", "code",
  "Masaüstü uygulamasında kullanıcı dosya yöneticisinden resimleri sürükleyip pencerenin içine bırakabilsin; üstüne gelince alan vurgulansın.",
  ["desktop_drop paketiyle pencereye sürüklenip bırakılan dosyaları nasıl alırım?",
   "dosyalari surukleyip uygulamaya birakinca listeye eklensin, uzerine gelince kutu renk degistirsin"],
  ["DropTarget", "onDragDone"], r"""
// pubspec.yaml: desktop_drop
class DropZone extends StatefulWidget {
  const DropZone({super.key});

  @override
  State<DropZone> createState() => _DropZoneState();
}

class _DropZoneState extends State<DropZone> {
  final _files = <String>[];
  bool _hovering = false;

  @override
  Widget build(BuildContext context) {
    return DropTarget(
      onDragEntered: (_) => setState(() => _hovering = true),
      onDragExited: (_) => setState(() => _hovering = false),
      onDragDone: (details) {
        setState(() {
          _hovering = false;
          _files.addAll(details.files.map((f) => f.path)); // XFile listesi
        });
      },
      child: Container(
        height: 240,
        decoration: BoxDecoration(
          color: _hovering ? Colors.blue.withValues(alpha: 0.1) : null,
          border: Border.all(color: _hovering ? Colors.blue : Colors.grey, width: 2),
          borderRadius: BorderRadius.circular(12),
        ),
        child: _files.isEmpty
            ? const Center(child: Text('Resimleri buraya sürükleyin'))
            : ListView(children: [for (final f in _files) ListTile(title: Text(f))]),
      ),
    );
  }
}
""", api_free=True)

R(4009, "platform", "orta", "code",
  "Masaüstü uygulamasında kullanıcı pencereyi taşıyıp boyutlandırdıysa kapatırken konumu ve boyutu kaydet, bir sonraki açılışta pencere aynı yerde açılsın.",
  ["window_manager ile pencere konumu ve boyutunu kaydedip açılışta geri yüklemek nasıl yapılır?",
   "pencerenin yerini ve boyutunu hatirla, uygulama tekrar acilinca ayni yerde acilsin"],
  ["windowManager", "getBounds", "setBounds"], r"""
// pubspec.yaml: window_manager, shared_preferences
Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await windowManager.ensureInitialized();
  final prefs = await SharedPreferences.getInstance();
  final saved = prefs.getStringList('window_bounds')?.map(double.parse).toList();

  await windowManager.waitUntilReadyToShow(const WindowOptions(minimumSize: Size(800, 600)), () async {
    if (saved != null && saved.length == 4) {
      await windowManager.setBounds(Rect.fromLTWH(saved[0], saved[1], saved[2], saved[3]));
    } else {
      await windowManager.setSize(const Size(1200, 800));
      await windowManager.center();
    }
    await windowManager.show();
  });
  runApp(WindowBoundsSaver(prefs: prefs, child: const MaterialApp(home: Scaffold())));
}

class WindowBoundsSaver extends StatefulWidget {
  const WindowBoundsSaver({super.key, required this.prefs, required this.child});
  final SharedPreferences prefs;
  final Widget child;

  @override
  State<WindowBoundsSaver> createState() => _WindowBoundsSaverState();
}

class _WindowBoundsSaverState extends State<WindowBoundsSaver> with WindowListener {
  @override
  void initState() {
    super.initState();
    windowManager.addListener(this);
  }

  Future<void> _save() async {
    final b = await windowManager.getBounds();
    await widget.prefs.setStringList('window_bounds', [b.left, b.top, b.width, b.height].map((v) => '$v').toList());
  }

  // Taşıma/boyutlandırma bitince kaydet; kapanışta async iş bitmeyebilir
  @override
  void onWindowMoved() => _save();

  @override
  void onWindowResized() => _save();

  @override
  void dispose() {
    windowManager.removeListener(this);
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => widget.child;
}
""", api_free=True)

R(4010, "platform", "orta", "code",
  "Masaüstü ve web'de yatay kategori listesi fareyle tutup sürükleyince kaymıyor, sadece dokunmatikte kayıyor; fareyle sürükleyince de kaysın.",
  ["ScrollConfiguration ile fare sürüklemesini kaydırma hareketi olarak nasıl etkinleştiririm?",
   "webde yatay liste mouse ile surukleyince kaymiyor, fareyle de kaydirilabilsin"],
  ["dragDevices", "PointerDeviceKind.mouse"], r"""
// Flutter masaüstü/web'de varsayılan olarak fare sürüklemesiyle kaydırmaz (metin seçimi için).
// Sadece bu liste için dragDevices'a fareyi ekle.
class DraggableCategoryStrip extends StatelessWidget {
  const DraggableCategoryStrip({super.key, required this.categories});
  final List<String> categories;

  @override
  Widget build(BuildContext context) {
    return ScrollConfiguration(
      behavior: ScrollConfiguration.of(context).copyWith(
        dragDevices: {
          PointerDeviceKind.touch,
          PointerDeviceKind.mouse,
          PointerDeviceKind.trackpad,
        },
      ),
      child: SizedBox(
        height: 48,
        child: ListView.separated(
          scrollDirection: Axis.horizontal,
          padding: const EdgeInsets.symmetric(horizontal: 12),
          itemCount: categories.length,
          separatorBuilder: (_, __) => const SizedBox(width: 8),
          itemBuilder: (context, i) => Chip(label: Text(categories[i])),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4011, "platform", "kolay", "code",
  "Etkinlik detayındaki 'Takvime ekle' butonuna basınca telefonun takviminde etkinlik başlığı, yeri ve saatleri dolu bir kayıt ekranı açılsın.",
  ["add_2_calendar ile bir etkinliği cihaz takvimine nasıl eklerim?",
   "takvime ekle butonuna basinca telefon takviminde etkinlik olusturma ekrani dolu acilsin"],
  ["Add2Calendar.addEvent2Cal", "Event("], r"""
// pubspec.yaml: add_2_calendar
class AddToCalendarButton extends StatelessWidget {
  const AddToCalendarButton({
    super.key,
    required this.title,
    required this.location,
    required this.start,
    required this.end,
  });

  final String title;
  final String location;
  final DateTime start;
  final DateTime end;

  @override
  Widget build(BuildContext context) {
    return OutlinedButton.icon(
      icon: const Icon(Icons.event),
      label: const Text('Takvime ekle'),
      onPressed: () {
        final event = Event(
          title: title,
          location: location,
          description: 'Biletinizi girişte gösterin.',
          startDate: start,
          endDate: end,
        );
        // Sistem takviminin yeni etkinlik ekranı dolu olarak açılır, kaydı kullanıcı onaylar
        Add2Calendar.addEvent2Cal(event);
      },
    );
  }
}
""", api_free=True)

R(4012, "platform", "zor", "code",
  "Sohbet ekranında mikrofon butonuna basılı tutunca sesli mesaj kaydetmeye başlasın, bırakınca kayıt bitsin ve dosya yolu gönderilsin.",
  ["record paketiyle basılı tutarak ses kaydı yapıp dosya yolunu nasıl alırım?",
   "mikrofon butonuna basili tutunca ses kaydetsin, birakinca kaydi durdurup dosyayi gondersin"],
  ["AudioRecorder", "start", "stop"], r"""
// pubspec.yaml: record, path_provider
class VoiceMessageButton extends StatefulWidget {
  const VoiceMessageButton({super.key, required this.onRecorded});
  final void Function(String path) onRecorded;

  @override
  State<VoiceMessageButton> createState() => _VoiceMessageButtonState();
}

class _VoiceMessageButtonState extends State<VoiceMessageButton> {
  final _recorder = AudioRecorder();
  bool _recording = false;

  Future<void> _start() async {
    if (!await _recorder.hasPermission()) return; // Mikrofon izni istenir
    final dir = await getTemporaryDirectory();
    final path = '${dir.path}/ses_${DateTime.now().millisecondsSinceEpoch}.m4a';
    await _recorder.start(const RecordConfig(encoder: AudioEncoder.aacLc), path: path);
    setState(() => _recording = true);
  }

  Future<void> _stop() async {
    if (!_recording) return;
    final path = await _recorder.stop();
    setState(() => _recording = false);
    if (path != null) widget.onRecorded(path);
  }

  @override
  void dispose() {
    _recorder.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onLongPressStart: (_) => _start(),
      onLongPressEnd: (_) => _stop(),
      child: CircleAvatar(
        radius: 24,
        backgroundColor: _recording ? Colors.red : Theme.of(context).colorScheme.primary,
        child: Icon(_recording ? Icons.mic : Icons.mic_none, color: Colors.white),
      ),
    );
  }
}
""", api_free=True)

R(4013, "platform", "kolay", "code",
  "Uygulamaya el feneri butonu ekle; basınca telefonun flaşı yansın, tekrar basınca sönsün, flaşı olmayan cihazda buton görünmesin.",
  ["torch_light paketiyle flaş ışığını açıp kapatan bir buton nasıl yazılır?",
   "fener butonu yap, basinca flas acilsin tekrar basinca kapansin"],
  ["TorchLight.enableTorch", "TorchLight.disableTorch"], r"""
// pubspec.yaml: torch_light
class FlashlightButton extends StatefulWidget {
  const FlashlightButton({super.key});

  @override
  State<FlashlightButton> createState() => _FlashlightButtonState();
}

class _FlashlightButtonState extends State<FlashlightButton> {
  late final Future<bool> _available = TorchLight.isTorchAvailable();
  bool _on = false;

  Future<void> _toggle() async {
    try {
      if (_on) {
        await TorchLight.disableTorch();
      } else {
        await TorchLight.enableTorch();
      }
      setState(() => _on = !_on);
    } on Exception {
      // Kamera başka uygulamada açıksa fener açılamayabilir
    }
  }

  @override
  void dispose() {
    if (_on) TorchLight.disableTorch(); // Sayfadan çıkınca açık kalmasın
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<bool>(
      future: _available,
      builder: (context, snapshot) {
        if (snapshot.data != true) return const SizedBox.shrink();
        return IconButton.filledTonal(
          iconSize: 40,
          onPressed: _toggle,
          icon: Icon(_on ? Icons.flashlight_on : Icons.flashlight_off),
        );
      },
    );
  }
}
""", api_free=True)

R(4014, "platform", "orta", "code",
  "Yürüyüş uygulamasında telefonun adım sayacından gelen adım sayısını canlı göster; sensör yoksa ya da izin verilmezse mesaj çıksın.",
  ["pedometer paketiyle adım sayısını stream olarak nasıl dinlerim?",
   "telefonun adim sayarindan gelen adimlari canli goster, hata olursa uyari ver"],
  ["Pedometer.stepCountStream", "listen | StreamBuilder"], r"""
// pubspec.yaml: pedometer
// Android 10+: ACTIVITY_RECOGNITION izni (permission_handler ile Permission.activityRecognition),
// iOS: Info.plist'te NSMotionUsageDescription gerekir.
class StepCounter extends StatelessWidget {
  const StepCounter({super.key});

  @override
  Widget build(BuildContext context) {
    return StreamBuilder<StepCount>(
      stream: Pedometer.stepCountStream,
      builder: (context, snapshot) {
        if (snapshot.hasError) {
          return const Text('Adım sayar kullanılamıyor (sensör yok veya izin verilmedi)');
        }
        if (!snapshot.hasData) return const CircularProgressIndicator();
        // steps: cihaz son açıldığından beri toplam adım
        return Text(
          '${snapshot.data!.steps} adım',
          style: Theme.of(context).textTheme.displaySmall,
        );
      },
    );
  }
}
""", api_free=True)

R(4015, "platform", "orta", "code",
  "Kamera önizleme ekranına yakınlaştırma kaydırıcısı ekle; kaydırıcının sınırları cihazın desteklediği en küçük ve en büyük zoom olsun.",
  ["camera paketinde setZoomLevel ile Slider'dan yakınlaştırma nasıl yapılır?",
   "kamera onizlemesine zoom slider ekle, cihazin max zoomuna kadar gitsin"],
  ["setZoomLevel", "getMaxZoomLevel"], r"""
// pubspec.yaml: camera
class ZoomableCamera extends StatefulWidget {
  const ZoomableCamera({super.key, required this.controller}); // initialize edilmiş controller
  final CameraController controller;

  @override
  State<ZoomableCamera> createState() => _ZoomableCameraState();
}

class _ZoomableCameraState extends State<ZoomableCamera> {
  double _min = 1, _max = 1, _zoom = 1;

  @override
  void initState() {
    super.initState();
    _loadZoomRange();
  }

  Future<void> _loadZoomRange() async {
    final min = await widget.controller.getMinZoomLevel();
    final max = await widget.controller.getMaxZoomLevel();
    if (!mounted) return;
    setState(() {
      _min = min;
      _max = max;
      _zoom = min;
    });
  }

  @override
  Widget build(BuildContext context) {
    return Stack(
      children: [
        CameraPreview(widget.controller),
        Positioned(
          left: 24,
          right: 24,
          bottom: 24,
          child: Slider(
            min: _min,
            max: _max,
            value: _zoom.clamp(_min, _max),
            label: '${_zoom.toStringAsFixed(1)}x',
            divisions: _max > _min ? ((_max - _min) * 10).round() : null,
            onChanged: _max > _min
                ? (v) {
                    setState(() => _zoom = v);
                    widget.controller.setZoomLevel(v);
                  }
                : null,
          ),
        ),
      ],
    );
  }
}
""")

R(4016, "platform", "orta", "code",
  "Kullanıcı mağazamıza 200 metreden fazla yaklaşınca uygulamada 'Mağazaya hoş geldiniz' indirim kartı bir kez görünsün.",
  ["geolocator konum akışıyla kullanıcının bir noktaya belirli mesafeden yakın olduğunu nasıl anlarım?",
   "kullanici magazaya 200 metre yaklasinca indirim karti goster, sadece bir kere"],
  ["getPositionStream", "distanceBetween"], r"""
// pubspec.yaml: geolocator (konum izni önceden alınmış olmalı)
class StoreProximityBanner extends StatefulWidget {
  const StoreProximityBanner({super.key});

  @override
  State<StoreProximityBanner> createState() => _StoreProximityBannerState();
}

class _StoreProximityBannerState extends State<StoreProximityBanner> {
  static const _storeLat = 41.0422, _storeLng = 29.0083;
  StreamSubscription<Position>? _sub;
  bool _show = false;

  @override
  void initState() {
    super.initState();
    _sub = Geolocator.getPositionStream(
      locationSettings: const LocationSettings(distanceFilter: 20), // 20 m'de bir güncelle
    ).listen((pos) {
      final meters = Geolocator.distanceBetween(pos.latitude, pos.longitude, _storeLat, _storeLng);
      if (meters <= 200) {
        setState(() => _show = true);
        _sub?.cancel(); // Bir kez yeter, pili boşa harcama
      }
    });
  }

  @override
  void dispose() {
    _sub?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    if (!_show) return const SizedBox.shrink();
    return const Card(
      child: ListTile(
        leading: Icon(Icons.storefront),
        title: Text('Mağazaya hoş geldiniz!'),
        subtitle: Text('Kasada bu ekranı gösterin, %10 indirim kazanın.'),
      ),
    );
  }
}
""", api_free=True)

R(4017, "platform", "orta", "code",
  "iOS'ta reklam takibi için uygulama açıldığında kullanıcıdan izin iste; daha önce sorulduysa tekrar sorma.",
  ["app_tracking_transparency ile iOS'ta ATT izin penceresini nasıl gösteririm?",
   "ios'ta takip izni penceresini ac, kullanici daha once cevap verdiyse tekrar sorma"],
  ["AppTrackingTransparency", "requestTrackingAuthorization", "TrackingStatus.notDetermined"], r"""
// pubspec.yaml: app_tracking_transparency
// Info.plist'e NSUserTrackingUsageDescription açıklaması eklenmeli.
Future<bool> askTrackingPermission() async {
  if (kIsWeb || defaultTargetPlatform != TargetPlatform.iOS) return false;
  var status = await AppTrackingTransparency.trackingAuthorizationStatus;
  // Sistem penceresi yalnızca bir kez gösterilebilir; sadece henüz sorulmadıysa iste
  if (status == TrackingStatus.notDetermined) {
    // Uygulama tam açılmadan istenirse pencere görünmeyebilir; kısa bekle
    await Future<void>.delayed(const Duration(milliseconds: 300));
    status = await AppTrackingTransparency.requestTrackingAuthorization();
  }
  return status == TrackingStatus.authorized;
}

class TrackingGate extends StatefulWidget {
  const TrackingGate({super.key, required this.child});
  final Widget child;

  @override
  State<TrackingGate> createState() => _TrackingGateState();
}

class _TrackingGateState extends State<TrackingGate> {
  @override
  void initState() {
    super.initState();
    WidgetsBinding.instance.addPostFrameCallback((_) => askTrackingPermission());
  }

  @override
  Widget build(BuildContext context) => widget.child;
}
""")

R(4018, "platform", "orta", "code",
  "iPhone'da en üstteki saat çubuğuna dokununca liste başa kayması gerekiyor ama benim sayfamda çalışmıyor; kendi kaydırma kontrolcümü de kullanıyorum.",
  ["iOS'ta status bar'a dokununca en üste kaydırma özel ScrollController ile nasıl çalışır?",
   "iphone'da ustteki saat cubuguna dokununca liste basa gitmiyor, bunu nasil duzeltirim?"],
  ["PrimaryScrollController"], r"""
// Scaffold, iOS'ta status bar'a dokunulunca PrimaryScrollController'daki kaydırmayı
// başa alır. ListView'a kendi controller'ını verince bu bağ kopar. Çözüm: kendi
// controller'ını sayfanın PrimaryScrollController'ı yap ve ListView'a primary de.
class NewsPage extends StatefulWidget {
  const NewsPage({super.key});

  @override
  State<NewsPage> createState() => _NewsPageState();
}

class _NewsPageState extends State<NewsPage> {
  final _controller = ScrollController();

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return PrimaryScrollController(
      controller: _controller, // Hem Scaffold hem ListView aynı controller'ı görür
      child: Scaffold(
        appBar: AppBar(title: const Text('Haberler')),
        body: ListView.builder(
          primary: true,
          itemCount: 100,
          itemBuilder: (context, i) => ListTile(title: Text('Haber ${i + 1}')),
        ),
        floatingActionButton: FloatingActionButton.small(
          // Kendi controller'ımı başka işler için de kullanabilirim
          onPressed: () => _controller.animateTo(
            0,
            duration: const Duration(milliseconds: 300),
            curve: Curves.easeOut,
          ),
          child: const Icon(Icons.arrow_upward),
        ),
      ),
    );
  }
}
""", api_free=True)

# ---------------------------------------------------------------- images_assets
R(4000, "images_assets", "zor", "code",
  "Boya kataloğu fotoğrafında parmakla dokunulan noktadaki rengi bul ve altta renk kutusu ile hex kodunu göster.",
  ["Bir resimde dokunulan pikselin rengini toByteData ile nasıl okurum?",
   "fotografta tiklanan yerin rengini bul, renk kodunu ekranda goster"],
  ["toByteData", "rawRgba"], r"""
class ColorPickerImage extends StatefulWidget {
  const ColorPickerImage({super.key, required this.image, required this.pixels});
  final ui.Image image; // Önceden decode edilmiş resim
  final ByteData pixels; // await image.toByteData(format: ui.ImageByteFormat.rawRgba)

  static Future<ColorPickerImage> fromAsset(String path) async {
    final data = await rootBundle.load(path);
    final codec = await ui.instantiateImageCodec(data.buffer.asUint8List());
    final image = (await codec.getNextFrame()).image;
    final pixels = await image.toByteData(format: ui.ImageByteFormat.rawRgba);
    return ColorPickerImage(image: image, pixels: pixels!);
  }

  @override
  State<ColorPickerImage> createState() => _ColorPickerImageState();
}

class _ColorPickerImageState extends State<ColorPickerImage> {
  Color? _picked;

  void _pick(Offset local, Size shown) {
    // Ekrandaki konumu resmin piksel koordinatına çevir
    final x = (local.dx / shown.width * widget.image.width).floor().clamp(0, widget.image.width - 1);
    final y = (local.dy / shown.height * widget.image.height).floor().clamp(0, widget.image.height - 1);
    final offset = (y * widget.image.width + x) * 4; // Her piksel 4 bayt: R, G, B, A
    final p = widget.pixels;
    setState(() => _picked = Color.fromARGB(
          p.getUint8(offset + 3), p.getUint8(offset), p.getUint8(offset + 1), p.getUint8(offset + 2)));
  }

  @override
  Widget build(BuildContext context) {
    final c = _picked;
    return Column(
      children: [
        AspectRatio(
          aspectRatio: widget.image.width / widget.image.height,
          child: LayoutBuilder(
            builder: (context, constraints) => GestureDetector(
              onTapDown: (d) => _pick(d.localPosition, constraints.biggest),
              child: RawImage(image: widget.image, fit: BoxFit.fill),
            ),
          ),
        ),
        if (c != null)
          ListTile(
            leading: Container(width: 40, height: 40, color: c),
            title: Text('#${(c.toARGB32() & 0xFFFFFF).toRadixString(16).padLeft(6, '0').toUpperCase()}'),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4001, "images_assets", "orta", "code",
  "Oyun profilindeki kullanıcı fotoğrafı daire değil altıgen şeklinde kırpılmış görünsün.",
  ["CustomClipper ile bir resmi altıgen (hexagon) şekline nasıl kırparım?",
   "profil resmini altigen seklinde kes, koseleri sivri olsun"],
  ["ClipPath", "CustomClipper"], r"""
class HexagonClipper extends CustomClipper<Path> {
  @override
  Path getClip(Size size) {
    // Sivri ucu yukarıda olan düzgün altıgen; köşeler çevre çemberinin üzerinde
    final center = size.center(Offset.zero);
    final radius = size.shortestSide / 2;
    final path = Path();
    for (var i = 0; i < 6; i++) {
      final angle = -pi / 2 + i * pi / 3;
      final point = center + Offset(cos(angle), sin(angle)) * radius;
      i == 0 ? path.moveTo(point.dx, point.dy) : path.lineTo(point.dx, point.dy);
    }
    return path..close();
  }

  @override
  bool shouldReclip(covariant CustomClipper<Path> oldClipper) => false;
}

class HexagonAvatar extends StatelessWidget {
  const HexagonAvatar({super.key, required this.url, this.size = 96});
  final String url;
  final double size;

  @override
  Widget build(BuildContext context) {
    return ClipPath(
      clipper: HexagonClipper(),
      child: Image.network(url, width: size, height: size, fit: BoxFit.cover),
    );
  }
}
""", api_free=True)

R(4002, "images_assets", "kolay", "code",
  "Hikayeler şeridindeki profil fotoğraflarının etrafında, hikaye izlenmediyse renkli gradyan halka, izlendiyse gri halka olsun.",
  ["Instagram hikaye halkası gibi avatarın çevresine gradyan çerçeve nasıl eklenir?",
   "story avatarlarinin etrafina renkli halka koy, izlenince gri olsun"],
  ["LinearGradient | SweepGradient", "CircleAvatar"], r"""
class StoryAvatar extends StatelessWidget {
  const StoryAvatar({super.key, required this.imageUrl, required this.seen, this.radius = 32});
  final String imageUrl;
  final bool seen;
  final double radius;

  @override
  Widget build(BuildContext context) {
    return Container(
      padding: const EdgeInsets.all(3), // Halka kalınlığı
      decoration: BoxDecoration(
        shape: BoxShape.circle,
        color: seen ? Colors.grey.shade400 : null,
        gradient: seen
            ? null
            : const LinearGradient(
                begin: Alignment.bottomLeft,
                end: Alignment.topRight,
                colors: [Color(0xFFFEDA75), Color(0xFFD62976), Color(0xFF4F5BD5)],
              ),
      ),
      child: Container(
        padding: const EdgeInsets.all(2), // Fotoğraf ile halka arasındaki beyaz boşluk
        decoration: BoxDecoration(
          shape: BoxShape.circle,
          color: Theme.of(context).scaffoldBackgroundColor,
        ),
        child: CircleAvatar(radius: radius, backgroundImage: NetworkImage(imageUrl)),
      ),
    );
  }
}
""", api_free=True)

R(4003, "images_assets", "orta", "code",
  "Otel detay sayfasının üstündeki kapak fotoğrafı durağan durmasın; çok yavaşça yakınlaşıp hafifçe kaysın, sonra geri dönsün (Ken Burns efekti).",
  ["Bir arka plan resmine sürekli yavaş zoom ve kayma animasyonu nasıl veririm?",
   "kapak fotografi yavasca buyuyup kaysin, sonra geri donsun, surekli tekrarlasin"],
  ["AnimationController", "repeat", "ScaleTransition | Transform.scale | Transform"], r"""
class KenBurnsImage extends StatefulWidget {
  const KenBurnsImage({super.key, required this.image, this.height = 260});
  final ImageProvider image;
  final double height;

  @override
  State<KenBurnsImage> createState() => _KenBurnsImageState();
}

class _KenBurnsImageState extends State<KenBurnsImage> with SingleTickerProviderStateMixin {
  late final _controller = AnimationController(vsync: this, duration: const Duration(seconds: 12))
    ..repeat(reverse: true);
  late final _curve = CurvedAnimation(parent: _controller, curve: Curves.easeInOut);

  @override
  void dispose() {
    _curve.dispose();
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      height: widget.height,
      width: double.infinity,
      child: ClipRect(
        child: AnimatedBuilder(
          animation: _curve,
          builder: (context, child) {
            final t = _curve.value;
            // 1.0 -> 1.15 büyürken hafifçe sola yukarı kayar; transform ucuzdur, layout yapmaz
            return Transform(
              alignment: Alignment.center,
              transform: Matrix4.identity()
                ..translate(-20 * t, -10 * t)
                ..scale(1 + 0.15 * t),
              child: child,
            );
          },
          child: Image(image: widget.image, fit: BoxFit.cover),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4004, "images_assets", "orta", "code",
  "Bazı telefonlarla çekilen fotoğraflar sunucuya yüklenince yan yatmış görünüyor; yüklemeden önce fotoğrafı gerçek yönüne çevirip kaydet.",
  ["image paketinin bakeOrientation fonksiyonuyla EXIF yönünü piksellere nasıl uygularım?",
   "yuklenen fotograf yan donuk gorunuyor, exif yonunu duzeltip oyle gonder"],
  ["bakeOrientation", "decodeImage"], r"""
// pubspec.yaml: image
// Kamera pikselleri hep aynı yönde kaydeder, yönü EXIF etiketine yazar. Telefon bunu
// okur ama birçok sunucu/tarayıcı okumaz; bu yüzden yönü piksellere 'pişirmek' gerekir.
Future<File> fixOrientation(File photo) async {
  final fixedBytes = await Isolate.run(() {
    final image = img.decodeImage(photo.readAsBytesSync());
    if (image == null) throw const FormatException('Fotoğraf çözülemedi');
    final upright = img.bakeOrientation(image); // Döndürür ve EXIF yönünü sıfırlar
    return img.encodeJpg(upright, quality: 90);
  });
  final out = File('${photo.parent.path}/duz_${photo.uri.pathSegments.last}');
  return out.writeAsBytes(fixedBytes);
}
// Kullanım: final upload = await fixOrientation(File(picked.path));
""", api_free=True)

R(4005, "images_assets", "orta", "code",
  "Kullanıcının galeriden seçtiği videoların listesinde her videonun ilk karesinden küçük bir önizleme resmi göster.",
  ["video_thumbnail paketiyle bir video dosyasından küçük resim nasıl üretilir?",
   "secilen videolarin kucuk onizleme resmini videodan cikarip listede goster"],
  ["VideoThumbnail.thumbnailData", "Image.memory"], r"""
// pubspec.yaml: video_thumbnail
class VideoThumbTile extends StatefulWidget {
  const VideoThumbTile({super.key, required this.videoPath});
  final String videoPath;

  @override
  State<VideoThumbTile> createState() => _VideoThumbTileState();
}

class _VideoThumbTileState extends State<VideoThumbTile> {
  // Future bir kez oluşturulur; her build'de yeniden kare çıkarılmaz
  late final Future<Uint8List?> _thumb = VideoThumbnail.thumbnailData(
    video: widget.videoPath,
    imageFormat: ImageFormat.JPEG,
    maxWidth: 160, // Oran korunur, küçük tutmak bellek dostu
    quality: 70,
  );

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: SizedBox(
        width: 64,
        height: 64,
        child: FutureBuilder<Uint8List?>(
          future: _thumb,
          builder: (context, snapshot) {
            final bytes = snapshot.data;
            if (bytes == null) {
              return const ColoredBox(color: Colors.black12, child: Icon(Icons.movie));
            }
            return ClipRRect(
              borderRadius: BorderRadius.circular(8),
              child: Image.memory(bytes, fit: BoxFit.cover, gaplessPlayback: true),
            );
          },
        ),
      ),
      title: Text(widget.videoPath.split('/').last),
    );
  }
}
""", api_free=True)

R(4006, "images_assets", "orta", "code",
  "Ana sayfadaki SVG ikonlar ilk açılışta bir an boş kalıp sonra beliriyor; bu SVG'leri açılışta önceden yükle ki hemen görünsün.",
  ["flutter_svg'de SvgAssetLoader ile SVG'leri önceden önbelleğe almak nasıl yapılır?",
   "svg ikonlar gec beliriyor, uygulama acilirken onceden yukleyip cache'e koy"],
  ["SvgAssetLoader", "svg.cache"], r"""
// pubspec.yaml: flutter_svg
// SVG'ler ilk kullanımda asenkron ayrıştırılır; o arada boşluk görünür.
// Açılışta (splash sırasında) önbelleğe koyarsak ilk çizimde hazır olurlar.
const homeIcons = [
  'assets/icons/home.svg',
  'assets/icons/cart.svg',
  'assets/icons/profile.svg',
];

Future<void> precacheSvgs(List<String> paths) async {
  await Future.wait(paths.map((path) {
    final loader = SvgAssetLoader(path);
    return svg.cache.putIfAbsent(loader.cacheKey(null), () => loader.loadBytes(null));
  }));
}

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await precacheSvgs(homeIcons);
  runApp(
    MaterialApp(
      home: Scaffold(
        body: Center(child: SvgPicture.asset(homeIcons.first, width: 48, height: 48)),
      ),
    ),
  );
}
""", api_free=True)

R(4007, "images_assets", "orta", "code",
  "Profil fotoğrafı seçildikten sonra kullanıcı fotoğrafı kare olarak kırpıp yakınlaştırabilsin, kırpılan hali avatar olarak kaydedilsin.",
  ["image_cropper ile seçilen fotoğrafı kare oranda kırpma ekranı nasıl açılır?",
   "galeriden secilen fotografi kare kirpma ekraninda kullaniciya kirptir, sonra avatarda goster"],
  ["ImageCropper", "cropImage", "CropAspectRatio"], r"""
// pubspec.yaml: image_picker, image_cropper
// Android'de AndroidManifest.xml'e UCropActivity tanımı eklenmeli.
Future<File?> pickAndCropAvatar() async {
  final picked = await ImagePicker().pickImage(source: ImageSource.gallery);
  if (picked == null) return null;
  final cropped = await ImageCropper().cropImage(
    sourcePath: picked.path,
    aspectRatio: const CropAspectRatio(ratioX: 1, ratioY: 1),
    maxWidth: 512,
    maxHeight: 512,
    compressQuality: 85,
    uiSettings: [
      AndroidUiSettings(toolbarTitle: 'Fotoğrafı kırp', lockAspectRatio: true),
      IOSUiSettings(title: 'Fotoğrafı kırp', aspectRatioLockEnabled: true),
    ],
  );
  return cropped == null ? null : File(cropped.path); // Kullanıcı vazgeçerse null
}

class AvatarEditor extends StatefulWidget {
  const AvatarEditor({super.key});

  @override
  State<AvatarEditor> createState() => _AvatarEditorState();
}

class _AvatarEditorState extends State<AvatarEditor> {
  File? _avatar;

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTap: () async {
        final file = await pickAndCropAvatar();
        if (file != null) setState(() => _avatar = file);
      },
      child: CircleAvatar(
        radius: 48,
        backgroundImage: _avatar == null ? null : FileImage(_avatar!),
        child: _avatar == null ? const Icon(Icons.add_a_photo) : null,
      ),
    );
  }
}
""")

R(4008, "images_assets", "orta", "code",
  "Haber detayındaki büyük fotoğraf yüklenirken önce listede zaten inmiş küçük hali gösterilsin, büyük hali gelince üstüne yumuşakça geçsin.",
  ["Önce düşük çözünürlüklü küçük resmi, sonra yüksek çözünürlüklüsünü gösteren kademeli yükleme nasıl yapılır?",
   "once kucuk resmi goster, buyuk resim inince ustune yavasca gecis yapsin"],
  ["frameBuilder", "AnimatedOpacity | FadeTransition"], r"""
class ProgressiveImage extends StatelessWidget {
  const ProgressiveImage({super.key, required this.thumbUrl, required this.fullUrl});
  final String thumbUrl; // Listede gösterilen, büyük ihtimalle önbellekte
  final String fullUrl;

  @override
  Widget build(BuildContext context) {
    return Stack(
      fit: StackFit.expand,
      children: [
        Image.network(thumbUrl, fit: BoxFit.cover), // Anında görünür
        Image.network(
          fullUrl,
          fit: BoxFit.cover,
          frameBuilder: (context, child, frame, wasSynchronouslyLoaded) {
            if (wasSynchronouslyLoaded) return child; // Zaten önbellekteyse animasyon yok
            // frame null iken büyük resim henüz çizilmedi: görünmez tut
            return AnimatedOpacity(
              opacity: frame == null ? 0 : 1,
              duration: const Duration(milliseconds: 400),
              curve: Curves.easeOut,
              child: child,
            );
          },
          errorBuilder: (_, __, ___) => const SizedBox.shrink(), // Küçük resim kalsın
        ),
      ],
    );
  }
}
""", api_free=True)

R(4009, "images_assets", "orta", "code",
  "Albümde farklı oranlı fotoğrafları kırpmadan yan yana aynı yükseklikte diz; satır genişliği tam dolsun (Google Fotoğraflar gibi).",
  ["Farklı en-boy oranındaki resimleri bir satırda aynı yükseklikte ve oranlarına göre genişlikte nasıl dizerim?",
   "fotograflari kirpmadan ayni yukseklikte yan yana diz, genislikleri oranlarina gore olsun"],
  ["Expanded | Flexible", "flex | AspectRatio"], r"""
class AlbumPhoto {
  const AlbumPhoto(this.url, this.width, this.height);
  final String url;
  final int width;
  final int height;
  double get ratio => width / height;
}

class JustifiedRow extends StatelessWidget {
  const JustifiedRow({super.key, required this.photos, this.spacing = 4});
  final List<AlbumPhoto> photos;
  final double spacing;

  @override
  Widget build(BuildContext context) {
    // Aynı yükseklikte genişlik oranla orantılıdır: flex = oran
    // Row yüksekliği, içerideki AspectRatio'ların ortak sonucu olarak belirlenir
    return Row(
      children: [
        for (var i = 0; i < photos.length; i++) ...[
          if (i > 0) SizedBox(width: spacing),
          Expanded(
            flex: (photos[i].ratio * 1000).round(),
            child: AspectRatio(
              aspectRatio: photos[i].ratio,
              child: Image.network(photos[i].url, fit: BoxFit.cover),
            ),
          ),
        ],
      ],
    );
  }
}

class JustifiedAlbum extends StatelessWidget {
  const JustifiedAlbum({super.key, required this.photos, this.perRow = 3});
  final List<AlbumPhoto> photos;
  final int perRow;

  @override
  Widget build(BuildContext context) {
    final rows = (photos.length / perRow).ceil();
    return ListView.separated(
      itemCount: rows,
      separatorBuilder: (_, __) => const SizedBox(height: 4),
      itemBuilder: (context, r) => JustifiedRow(
        photos: photos.sublist(r * perRow, min((r + 1) * perRow, photos.length)),
      ),
    );
  }
}
""", api_free=True)

R(4010, "images_assets", "zor", "code",
  "Kodda string olarak üretilen SVG rozetini PNG'ye çevirip byte olarak al; paylaşım ve sunucuya yükleme için kullanacağım.",
  ["flutter_svg ile bir SVG'yi ui.Image'a ve PNG baytlarına nasıl dönüştürürüm?",
   "svg'yi png'ye cevir, 512x512 png byte'lari olarak dondur"],
  ["vg.loadPicture", "toImage", "toByteData"], r"""
// pubspec.yaml: flutter_svg
Future<Uint8List> svgToPng(String svgString, {int size = 512}) async {
  final info = await vg.loadPicture(SvgStringLoader(svgString), null);
  try {
    // SVG'nin kendi boyutunu hedef boyuta ölçekleyerek yeniden kaydet
    final recorder = ui.PictureRecorder();
    final canvas = Canvas(recorder);
    final scale = size / max(info.size.width, info.size.height);
    canvas.scale(scale);
    canvas.drawPicture(info.picture);
    final image = await recorder.endRecording().toImage(size, size);
    final bytes = await image.toByteData(format: ui.ImageByteFormat.png);
    image.dispose();
    return bytes!.buffer.asUint8List();
  } finally {
    info.picture.dispose(); // Native bellek tutulmasın
  }
}
""")

R(4011, "images_assets", "orta", "code",
  "Uygulamanın içindeki kampanya görselini (assets'te duran) paylaş butonuyla WhatsApp vb. uygulamalara resim olarak gönder.",
  ["Asset klasöründeki bir resmi share_plus ile dosya olarak nasıl paylaşırım?",
   "assets'teki resmi paylas butonuna basinca resim olarak diger uygulamalara gonder"],
  ["rootBundle.load", "XFile.fromData | XFile", "SharePlus.instance.share | Share.shareXFiles"], r"""
// pubspec.yaml: share_plus
// Asset'ler cihazda ayrı dosya olarak durmaz; önce baytları okuyup XFile yapmak gerekir.
Future<void> shareAssetImage(BuildContext context, String assetPath) async {
  final data = await rootBundle.load(assetPath);
  final file = XFile.fromData(
    data.buffer.asUint8List(),
    mimeType: 'image/png',
    name: assetPath.split('/').last,
  );
  if (!context.mounted) return;
  final box = context.findRenderObject() as RenderBox?; // iPad'de pencerenin konumu için
  await SharePlus.instance.share(
    ShareParams(
      files: [file],
      text: 'Bu kampanyayı kaçırma!',
      sharePositionOrigin: box == null ? null : box.localToGlobal(Offset.zero) & box.size,
    ),
  );
}

class ShareCampaignButton extends StatelessWidget {
  const ShareCampaignButton({super.key});

  @override
  Widget build(BuildContext context) {
    return IconButton(
      icon: const Icon(Icons.share),
      onPressed: () => shareAssetImage(context, 'assets/images/kampanya.png'),
    );
  }
}
""", api_free=True)

R(4012, "images_assets", "orta", "concept",
  "Uygulamadaki fotoğraflar ve illüstrasyonlar için PNG, JPEG ve WebP arasında nasıl seçim yapmalıyım?",
  ["Asset resimlerde JPEG mi PNG mi WebP mi kullanmak daha iyi, farkları ne?",
   "resim formatlari arasindaki farki acikla, uygulama boyutu icin hangisini secmeliyim"],
  ["Image.asset"], r"""
// JPEG: Fotoğraflar için kayıplı sıkıştırma; şeffaflık yok. Küçük dosya, kalite ayarlanabilir.
// PNG: Kayıpsız; şeffaflık var. Düz renkli ikon/illüstrasyonda iyi, fotoğrafta çok büyük olur.
// WebP: Hem kayıplı hem kayıpsız, şeffaflık ve animasyon destekler; aynı kalitede
//       JPEG'den ~%25-35, PNG'den çoğu zaman daha küçük. Flutter tüm platformlarda çizer.
// Pratik kural:
//   - Şeffaflık gereken fotoğraf/illüstrasyon -> WebP (veya PNG)
//   - Düz fotoğraf -> WebP ya da JPEG
//   - Tek renk ikon, logo -> SVG veya ikon fontu (ölçeklenir, boyut küçük)
// Hangisi olursa olsun 2.0x / 3.0x varyantlarını gerçek çizim boyutuna göre hazırla
// ve listede küçük gösterirken cacheWidth ile decode boyutunu sınırla.
class OnboardingIllustration extends StatelessWidget {
  const OnboardingIllustration({super.key});

  @override
  Widget build(BuildContext context) {
    return Image.asset(
      'assets/images/onboarding.webp', // Şeffaf arka planlı illüstrasyon, PNG'ye göre küçük
      width: 240,
      height: 240,
    );
  }
}
""")

# ---------------------------------------------------------------- localization
R(4000, "localization", "kolay", "code",
  "API ürün adlarını {'tr': 'Elma', 'en': 'Apple'} gibi çok dilli gönderiyor; seçili dildekini göster, o dil yoksa İngilizceye, o da yoksa ilk bulunana düş.",
  ["Sunucudan gelen çok dilli alanlardan uygulamanın diline uygun metni fallback ile nasıl seçerim?",
   "apiden gelen tr/en/de cevirili alanlardan secili dili goster, yoksa ingilizce goster"],
  ["Localizations.localeOf", "languageCode"], r"""
/// {'tr': 'Elma', 'en': 'Apple'} gibi alanlardan dile uygun olanı seçer.
String pickTranslation(Map<String, String> values, Locale locale, {String fallback = 'en'}) {
  // Önce 'pt_BR' gibi tam etiket, sonra dil kodu, sonra yedek dil, en son herhangi biri
  final full = locale.countryCode == null ? null : '${locale.languageCode}_${locale.countryCode}';
  return (full == null ? null : values[full]) ??
      values[locale.languageCode] ??
      values[fallback] ??
      (values.isEmpty ? '' : values.values.first);
}

class ProductName extends StatelessWidget {
  const ProductName({super.key, required this.names});
  final Map<String, String> names; // json['name'] as Map -> Map<String, String>.from(...)

  @override
  Widget build(BuildContext context) {
    final locale = Localizations.localeOf(context); // Dil değişince otomatik yeniden çizilir
    return Text(pickTranslation(names, locale));
  }
}
""", api_free=True)

R(4001, "localization", "orta", "code",
  "Arapça klavyeyle yazan kullanıcılar tutar alanına '١٢٥' gibi Arap-Hint rakamları giriyor; bunları normal rakama çevirip sayı olarak oku.",
  ["Arapça ve Farsça rakamları (٠-٩, ۰-۹) ASCII rakamlara çeviren fonksiyon nasıl yazılır?",
   "kullanici arapca rakam girerse onu normal rakama cevir ve sayi degeri olarak al"],
  ["codeUnits | runes | codeUnitAt", "int.tryParse | double.tryParse"], r"""
/// ٠-٩ (U+0660-0669) ve Farsça ۰-۹ (U+06F0-06F9) rakamlarını 0-9'a çevirir.
String normalizeDigits(String input) {
  final buffer = StringBuffer();
  for (final code in input.runes) {
    if (code >= 0x0660 && code <= 0x0669) {
      buffer.writeCharCode(0x30 + code - 0x0660);
    } else if (code >= 0x06F0 && code <= 0x06F9) {
      buffer.writeCharCode(0x30 + code - 0x06F0);
    } else if (code == 0x066B) {
      buffer.write('.'); // Arapça ondalık ayırıcı
    } else if (code == 0x066C) {
      // Arapça binlik ayırıcı: at
    } else {
      buffer.writeCharCode(code);
    }
  }
  return buffer.toString();
}

double? parseAmount(String input) => double.tryParse(normalizeDigits(input.trim()));

void main() {
  print(parseAmount('١٢٥')); // 125.0
  print(parseAmount('۳۴٫۵')); // 34.5
}
""", api_free=True)

R(4002, "localization", "zor", "code",
  "Mesajlarda sayıdan sonra Türkçe belirtme eki doğru gelsin: '1'i', '2'yi', '3'ü', '6'yı', '10'u', '40'ı' gibi.",
  ["Bir sayının okunuşuna göre Türkçe -i/-ı/-u/-ü ekini getiren fonksiyon nasıl yazılır?",
   "sayidan sonra dogru eki getir, 3'u ve 6'yi gibi okunusa gore olsun"],
  ["switch | Map", "%"], r"""
/// Ek, sayının okunuşunun son hecesine göre belirlenir: 'üç' -> 3'ü, 'altı' -> 6'yı.
String withAccusative(int number) {
  final n = number.abs();
  String lastWord;
  if (n == 0) {
    lastWord = 'sıfır';
  } else if (n % 1000000000 == 0) {
    lastWord = 'milyar';
  } else if (n % 1000000 == 0) {
    lastWord = 'milyon';
  } else if (n % 1000 == 0) {
    lastWord = 'bin';
  } else if (n % 100 == 0) {
    lastWord = 'yüz';
  } else if (n % 10 == 0) {
    const tens = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'];
    lastWord = tens[(n % 100) ~/ 10];
  } else {
    const ones = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
    lastWord = ones[n % 10];
  }
  // Son ünlüye göre dört yollu ünlü uyumu
  final lastVowel = lastWord.split('').lastWhere((c) => 'aeıioöuü'.contains(c));
  final suffixVowel = switch (lastVowel) {
    'a' || 'ı' => 'ı',
    'e' || 'i' => 'i',
    'o' || 'u' => 'u',
    _ => 'ü',
  };
  // Ünlüyle biten okunuşlarda kaynaştırma harfi 'y' gelir
  final endsWithVowel = 'aeıioöuü'.contains(lastWord[lastWord.length - 1]);
  return "$number'${endsWithVowel ? 'y' : ''}$suffixVowel";
}

void main() {
  print([1, 2, 3, 6, 10, 40, 100, 2000].map(withAccusative).join(', '));
  // 1'i, 2'yi, 3'ü, 6'yı, 10'u, 40'ı, 100'ü, 2000'i
}
""", api_free=True)

R(4003, "localization", "zor", "code",
  "Sesli asistan için saati Türkçe konuşma diliyle söyle: 15:15 -> 'üçü çeyrek geçiyor', 15:30 -> 'üç buçuk', 15:45 -> 'dörde çeyrek var'.",
  ["DateTime'daki saati Türkçe günlük konuşmadaki gibi (çeyrek, buçuk, geçiyor, var) metne nasıl çeviririm?",
   "saati turkce konusur gibi yaz, ucu ceyrek geciyor, dorde on var gibi"],
  ["hour", "minute"], r"""
const _hours = ['on iki', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz', 'on', 'on bir'];
// 'geçiyor' için belirtme hâli, 'var' için yönelme hâli
const _accusative = ['on ikiyi', 'biri', 'ikiyi', 'üçü', 'dördü', 'beşi', 'altıyı', 'yediyi', 'sekizi', 'dokuzu', 'onu', 'on biri'];
const _dative = ['on ikiye', 'bire', 'ikiye', 'üçe', 'dörde', 'beşe', 'altıya', 'yediye', 'sekize', 'dokuza', 'ona', 'on bire'];
const _minutes = {
  1: 'bir', 2: 'iki', 3: 'üç', 4: 'dört', 5: 'beş', 6: 'altı', 7: 'yedi', 8: 'sekiz', 9: 'dokuz',
  10: 'on', 11: 'on bir', 12: 'on iki', 13: 'on üç', 14: 'on dört', 15: 'çeyrek', 16: 'on altı',
  17: 'on yedi', 18: 'on sekiz', 19: 'on dokuz', 20: 'yirmi', 21: 'yirmi bir', 22: 'yirmi iki',
  23: 'yirmi üç', 24: 'yirmi dört', 25: 'yirmi beş', 26: 'yirmi altı', 27: 'yirmi yedi',
  28: 'yirmi sekiz', 29: 'yirmi dokuz',
};

String spokenTime(DateTime time) {
  final h = time.hour % 12;
  final m = time.minute;
  if (m == 0) return 'saat ${_hours[h]}';
  if (m == 30) return h == 0 ? 'yarım' : '${_hours[h]} buçuk'; // 12:30 ve 00:30 'yarım'
  if (m < 30) return '${_accusative[h]} ${_minutes[m]} geçiyor';
  final next = (h + 1) % 12;
  return '${_dative[next]} ${_minutes[60 - m]} var';
}

void main() {
  for (final t in ['15:15', '15:30', '15:45', '09:05', '12:50']) {
    final parts = t.split(':').map(int.parse).toList();
    print('$t -> ${spokenTime(DateTime(2026, 1, 1, parts[0], parts[1]))}');
  }
}
""", api_free=True)

R(4004, "localization", "orta", "code",
  "Bildirimler listesini tarihe göre 'Bugün', 'Dün', 'Bu hafta', 'Bu ay' ve 'Daha eski' başlıkları altında grupla.",
  ["Bir listeyi tarihine göre göreli zaman gruplarına (bugün, dün, bu hafta…) ayırıp başlıklı nasıl gösteririm?",
   "bildirimleri bugun, dun, bu hafta, bu ay ve daha eski diye grupla ve basliklari goster"],
  ["DateTime", "difference | weekday"], r"""
enum DateGroup {
  today('Bugün'),
  yesterday('Dün'),
  thisWeek('Bu hafta'),
  thisMonth('Bu ay'),
  older('Daha eski');

  const DateGroup(this.label);
  final String label;
}

DateGroup groupOf(DateTime date, DateTime now) {
  final today = DateTime(now.year, now.month, now.day);
  final day = DateTime(date.year, date.month, date.day);
  final days = (today.difference(day).inHours / 24).round(); // Yaz saatinde gün 23/25 saat olabilir
  if (days <= 0) return DateGroup.today;
  if (days == 1) return DateGroup.yesterday;
  final weekStart = today.subtract(Duration(days: today.weekday - 1)); // Pazartesi başlar
  if (!day.isBefore(weekStart)) return DateGroup.thisWeek;
  if (day.year == today.year && day.month == today.month) return DateGroup.thisMonth;
  return DateGroup.older;
}

class NotificationItem {
  const NotificationItem(this.text, this.date);
  final String text;
  final DateTime date;
}

class GroupedNotifications extends StatelessWidget {
  const GroupedNotifications({super.key, required this.items}); // Yeniden eskiye sıralı
  final List<NotificationItem> items;

  @override
  Widget build(BuildContext context) {
    final now = DateTime.now();
    final rows = <Widget>[];
    DateGroup? current;
    for (final item in items) {
      final g = groupOf(item.date, now);
      if (g != current) {
        current = g;
        rows.add(Padding(
          padding: const EdgeInsets.fromLTRB(16, 16, 16, 4),
          child: Text(g.label, style: Theme.of(context).textTheme.labelLarge),
        ));
      }
      rows.add(ListTile(title: Text(item.text)));
    }
    return ListView(children: rows);
  }
}
""", api_free=True)

R(4005, "localization", "orta", "code",
  "Gönderinin altında beğenenleri 'Ali beğendi', 'Ali ve Ayşe beğendi', 'Ali, Ayşe ve 3 kişi daha beğendi' şeklinde yaz.",
  ["Beğenen kişi sayısına göre isimleri ve 've N kişi daha' ifadesini doğru Türkçe oluşturan fonksiyon nasıl yazılır?",
   "begenenleri yaz, ikiden fazlaysa ilk iki isim ve kalan kisi sayisini goster"],
  ["length", "join | sublist | take"], r"""
String likedByText(List<String> names, {int shown = 2}) {
  if (names.isEmpty) return 'İlk beğenen sen ol';
  if (names.length == 1) return '${names.first} beğendi';
  if (names.length <= shown) {
    // 'A ve B' / 'A, B ve C'
    final head = names.sublist(0, names.length - 1).join(', ');
    return '$head ve ${names.last} beğendi';
  }
  final rest = names.length - shown;
  return '${names.take(shown).join(', ')} ve $rest kişi daha beğendi';
}

class LikedByLine extends StatelessWidget {
  const LikedByLine({super.key, required this.names});
  final List<String> names;

  @override
  Widget build(BuildContext context) {
    return Text(
      likedByText(names),
      maxLines: 1,
      overflow: TextOverflow.ellipsis,
      style: Theme.of(context).textTheme.bodySmall,
    );
  }
}
""", api_free=True)

R(4006, "localization", "orta", "concept",
  "ARB dosyasında metnin içinde süslü parantez veya kesme işareti ('Ali'nin {sepet}') kullanınca gen-l10n hata veriyor ya da karakter kayboluyor; neden?",
  ["ARB mesajlarında { } ve ' karakterlerini kaçırmak (escape) için ne yapmalıyım?",
   "arb metninde suslu parantez ve kesme isaretinin dogru yazilisini acikla, ornek ver"],
  ["AppLocalizations"], r"""
// ARB mesajları ICU biçimindedir: { } placeholder/plural/select başlatır.
// Düz bir '{' yazmak için l10n.yaml'da kaçış açılmalı:
//   use-escaping: true
// Bundan sonra tek tırnak kaçış karakteridir:
//   "jsonExample": "Örnek: '{'ad'}'"      -> Örnek: {ad}
//   "ownerCart": "{name}''nin sepeti"     -> Ali'nin sepeti  ('' = tek kesme işareti)
// use-escaping kapalıyken tek tırnak normal karakterdir, süslü parantez yazılamaz.
// Kesme işaretini hiç dert etmemek için tipografik ’ (U+2019) de kullanılabilir: "{name}’nin sepeti".
// Çeviri değişince flutter gen-l10n (veya flutter run) sınıfı yeniden üretir.
class CartTitle extends StatelessWidget {
  const CartTitle({super.key, required this.owner});
  final String owner;

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    return Text(l10n.ownerCart(owner)); // "Ali'nin sepeti"
  }
}
""")

R(4007, "localization", "kolay", "code",
  "Sunucudan kullanıcının dili 'tr-TR', 'pt_BR' veya sadece 'en' olarak geliyor; bunu Locale nesnesine çevir ve desteklemiyorsam varsayılana düş.",
  ["'tr-TR' veya 'pt_BR' biçimindeki dil etiketini Locale'e dönüştüren fonksiyon nasıl yazılır?",
   "sunucudan gelen dil kodunu locale'e cevir, desteklenmeyen dilde turkceye don"],
  ["Locale", "split"], r"""
const supportedLocales = [Locale('tr'), Locale('en'), Locale('pt', 'BR')];

Locale parseLocaleTag(String? tag, {Locale fallback = const Locale('tr')}) {
  if (tag == null || tag.trim().isEmpty) return fallback;
  // Hem '-' hem '_' ayırıcıyı kabul et
  final parts = tag.trim().split(RegExp('[-_]'));
  final language = parts[0].toLowerCase();
  final country = parts.length > 1 && parts[1].length == 2 ? parts[1].toUpperCase() : null;
  final locale = Locale(language, country);

  // Tam eşleşme, yoksa aynı dil, yoksa varsayılan
  for (final s in supportedLocales) {
    if (s == locale) return s;
  }
  for (final s in supportedLocales) {
    if (s.languageCode == language) return s;
  }
  return fallback;
}

void main() {
  print(parseLocaleTag('tr-TR')); // tr
  print(parseLocaleTag('pt_br')); // pt_BR
  print(parseLocaleTag('ja')); // tr (desteklenmiyor)
}
""", api_free=True)

R(4008, "localization", "orta", "code",
  "Uygulama Arapça açıldığında yazı tipi Arapça harfleri güzel gösteren Cairo olsun, diğer dillerde Roboto kalsın.",
  ["Seçili dile göre MaterialApp temasındaki fontFamily'yi nasıl değiştiririm?",
   "dil arapca olunca uygulamanin fontu cairo olsun, diger dillerde normal font kalsin"],
  ["fontFamily", "languageCode"], r"""
// pubspec.yaml'da fonts: altında Cairo ailesi tanımlı olmalı
class LocalizedFontApp extends StatelessWidget {
  const LocalizedFontApp({super.key, required this.locale, required this.home});
  final Locale locale; // Uygulamanın seçili dili
  final Widget home;

  static String? _fontFor(Locale locale) => switch (locale.languageCode) {
        'ar' || 'fa' || 'ur' => 'Cairo',
        _ => null, // null: platformun varsayılanı (Android'de Roboto)
      };

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      locale: locale,
      supportedLocales: const [Locale('tr'), Locale('en'), Locale('ar')],
      localizationsDelegates: GlobalMaterialLocalizations.delegates,
      // Tema dil ile birlikte yeniden kurulur; tüm TextTheme yeni aileyi kullanır
      theme: ThemeData(colorSchemeSeed: Colors.teal, fontFamily: _fontFor(locale)),
      home: home,
    );
  }
}
""", api_free=True)

R(4009, "localization", "orta", "code",
  "Çeviriler gelmeden önce arayüzün uzun metinlere dayanıp dayanmadığını görmek için metinleri %40 uzatıp köşeli parantez içine alan sahte bir dil modu ekle.",
  ["Pseudo-localization ile metin taşmalarını erkenden görmek için tüm metinleri uzatan bir yardımcı nasıl yazılır?",
   "sahte dil modu yap, butun metinler uzasin ve aksanli harflere donsun ki tasmalar gorunsun"],
  ["kDebugMode", "StringBuffer | map | join"], r"""
const bool pseudoLocale = bool.fromEnvironment('PSEUDO_L10N'); // flutter run --dart-define=PSEUDO_L10N=true

const _accented = {
  'a': 'á', 'e': 'é', 'i': 'î', 'o': 'ö', 'u': 'ü', 'c': 'ç', 'n': 'ñ', 's': 'š',
  'A': 'Å', 'E': 'É', 'I': 'Î', 'O': 'Ö', 'U': 'Ü', 'C': 'Ç', 'N': 'Ñ', 'S': 'Š',
};

/// 'Kaydet' -> '[Káýdét ~~~]': harfler değişir (kodlama sorunları görünür),
/// metin ~%40 uzar (Almanca gibi uzun diller), köşeli parantez kesilmeyi gösterir.
String pseudo(String text) {
  if (!kDebugMode || !pseudoLocale) return text;
  final buffer = StringBuffer('[');
  for (final ch in text.split('')) {
    buffer.write(_accented[ch] ?? ch);
  }
  final padding = (text.length * 0.4).ceil();
  buffer
    ..write(' ')
    ..write('~' * padding)
    ..write(']');
  return buffer.toString();
}

// Kullanım: arayüzde çeviri metinlerini pseudo() ile sar
class SaveButton extends StatelessWidget {
  const SaveButton({super.key, required this.label});
  final String label; // ör. AppLocalizations.of(context)!.save

  @override
  Widget build(BuildContext context) {
    return FilledButton(onPressed: () {}, child: Text(pseudo(label)));
  }
}
""", api_free=True)

R(4010, "localization", "orta", "code",
  "Kullanıcının eklediği kategori adına Türkçe çoğul eki doğru gelsin: 'kitap' -> 'kitaplar', 'ev' -> 'evler', 'saat' -> 'saatler'.",
  ["Türkçe ünlü uyumuna göre -lar/-ler çoğul ekini getiren fonksiyon nasıl yazılır?",
   "kelimeye turkce cogul eki ekle, son unluye gore lar mi ler mi karar ver"],
  ["lastIndexOf | lastWhere | for"], r"""
// Kalın ünlü (a, ı, o, u) -> -lar, ince ünlü (e, i, ö, ü) -> -ler
// 'saat', 'kalp', 'gol' gibi yabancı kökenli istisnalar küçük bir sözlükle ele alınır.
const _exceptions = {'saat': 'ler', 'kalp': 'ler', 'gol': 'ler', 'rol': 'ler', 'hayal': 'ler', 'kontrol': 'ler'};

String pluralTr(String word) {
  if (word.isEmpty) return word;
  final lower = word.toLowerCase();
  final exception = _exceptions[lower];
  if (exception != null) return '$word$exception';
  for (var i = lower.length - 1; i >= 0; i--) {
    final c = lower[i];
    if ('aıou'.contains(c)) return '${word}lar';
    if ('eiöü'.contains(c)) return '${word}ler';
  }
  return '${word}ler'; // Ünlüsüz kısaltmalar ('PDF') için ince kabul et
}

void main() {
  print(['kitap', 'ev', 'saat', 'okul', 'gül'].map(pluralTr).toList());
  // [kitaplar, evler, saatler, okullar, güller]
}
""", api_free=True)

R(4011, "localization", "orta", "code",
  "Yarışma sonuç ekranında dereceyi Türkçe sıra sayısı olarak yazıyla göster: 1 -> 'birinci', 23 -> 'yirmi üçüncü', 40 -> 'kırkıncı'.",
  ["1-99 arası sayıları Türkçe sıra sayısı kelimelerine (birinci, ikinci…) çeviren fonksiyon nasıl yazılır?",
   "dereceyi yaziyla sira sayisi olarak yaz, 2 ikinci 10 onuncu olsun"],
  ["switch | Map", "~/"], r"""
const _ones = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
const _tens = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'];

String ordinalWordTr(int n) {
  if (n < 1 || n > 99) throw RangeError.range(n, 1, 99, 'n');
  final words = [if (n ~/ 10 > 0) _tens[n ~/ 10], if (n % 10 > 0) _ones[n % 10]];
  final last = words.removeLast();
  // Sıra sayısı eki: ünsüzle bitene -(i)nci, ünlüyle bitene -nci; ünlü uyumu 4 yollu
  final lastVowel = last.split('').lastWhere((c) => 'aeıioöuü'.contains(c));
  final v = switch (lastVowel) {
    'a' || 'ı' => 'ı',
    'e' || 'i' => 'i',
    'o' || 'u' => 'u',
    _ => 'ü',
  };
  final endsWithVowel = 'aeıioöuü'.contains(last[last.length - 1]);
  final stem = last == 'dört' ? 'dörd' : last; // Ünsüz yumuşaması: dördüncü
  final ordinal = endsWithVowel ? '${stem}nc$v' : '$stem${v}nc$v';
  return [...words, ordinal].join(' ');
}

void main() {
  print([1, 2, 3, 4, 6, 10, 23, 40, 99].map(ordinalWordTr).join(', '));
  // birinci, ikinci, üçüncü, dördüncü, altıncı, onuncu, yirmi üçüncü, kırkıncı, doksan dokuzuncu
}
""", api_free=True)

R(4012, "localization", "orta", "code",
  "Ürün adları birkaç dilde tutuluyor; kullanıcı hangi dilde yazarsa yazsın (ör. 'apple' veya 'elma') arama tüm dil karşılıklarında eşleşsin.",
  ["Çok dilli ürün adlarında arama yaparken tüm çevirilere bakan bir filtre nasıl yazılır?",
   "kullanici ingilizce de yazsa turkce de yazsa urunu bulsun, butun dillerdeki adlarda ara"],
  ["any", "contains"], r"""
class Product {
  const Product(this.id, this.names);
  final String id;
  final Map<String, String> names; // {'tr': 'Elma', 'en': 'Apple', 'de': 'Apfel'}
}

String _fold(String s) => s
    .replaceAll('İ', 'i')
    .replaceAll('I', 'ı')
    .toLowerCase()
    .replaceAll('ı', 'i')
    .replaceAll('ş', 's')
    .replaceAll('ğ', 'g')
    .replaceAll('ç', 'c')
    .replaceAll('ö', 'o')
    .replaceAll('ü', 'u');

List<Product> searchProducts(List<Product> products, String query) {
  final q = _fold(query.trim());
  if (q.isEmpty) return products;
  // Bir ürünün herhangi bir dildeki adı sorguyu içeriyorsa eşleşir
  return products.where((p) => p.names.values.any((name) => _fold(name).contains(q))).toList();
}

void main() {
  const products = [
    Product('1', {'tr': 'Elma', 'en': 'Apple'}),
    Product('2', {'tr': 'Şeftali', 'en': 'Peach'}),
  ];
  print(searchProducts(products, 'apple').map((p) => p.names['tr'])); // (Elma)
  print(searchProducts(products, 'seftali').map((p) => p.names['tr'])); // (Şeftali)
}
""", api_free=True)

# ---------------------------------------------------------------- testing
R(4000, "testing", "orta", "code",
  "Ürün kartımda internetten resim var; widget testinde resim yüklenemediği için test hata veriyor. Gerçek ağa çıkmadan kartı test et.",
  ["Widget testinde Image.network 400 hatası veriyor, network_image_mock ile nasıl çözerim?",
   "widget testinde internetten gelen resim yuzunden test patliyor, resmi sahte yukleyerek karti test et"],
  ["mockNetworkImagesFor | HttpOverrides", "testWidgets"], r"""
// pubspec.yaml (dev_dependencies): network_image_mock
// flutter test tüm HTTP isteklerine 400 döner; Image.network bu yüzden hata fırlatır.
// mockNetworkImagesFor, içindeki isteklere 1x1 şeffaf bir PNG döndürür.
class ProductCard extends StatelessWidget {
  const ProductCard({super.key, required this.name, required this.imageUrl});
  final String name;
  final String imageUrl;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Column(
        children: [
          Image.network(imageUrl, height: 120, fit: BoxFit.cover),
          Text(name),
        ],
      ),
    );
  }
}

void main() {
  testWidgets('Ürün kartı resmi ve adı gösterir', (tester) async {
    await mockNetworkImagesFor(() async {
      await tester.pumpWidget(const MaterialApp(
        home: Scaffold(body: ProductCard(name: 'Kulaklık', imageUrl: 'https://ornek.com/k.jpg')),
      ));
      await tester.pump();
      expect(find.byType(Image), findsOneWidget);
      expect(find.text('Kulaklık'), findsOneWidget);
      expect(tester.takeException(), isNull);
    });
  });
}
""")

R(4001, "testing", "orta", "code",
  "Listeden bir ürünü silince altta çıkan mesajdaki 'Geri al'a basınca ürünün eski yerine geri geldiğini test et.",
  ["SnackBarAction ile geri alma akışını widget testinde nasıl doğrularım?",
   "sildikten sonra snackbar'daki geri al butonuna basinca ogenin ayni yere geri geldigini test et"],
  ["testWidgets", "tap(", "pumpAndSettle"], r"""
class FruitList extends StatefulWidget {
  const FruitList({super.key});

  @override
  State<FruitList> createState() => _FruitListState();
}

class _FruitListState extends State<FruitList> {
  final _items = ['Elma', 'Armut', 'Muz'];

  void _remove(int index) {
    final removed = _items[index];
    setState(() => _items.removeAt(index));
    ScaffoldMessenger.of(context)
      ..hideCurrentSnackBar()
      ..showSnackBar(SnackBar(
        content: Text('$removed silindi'),
        action: SnackBarAction(
          label: 'Geri al',
          onPressed: () => setState(() => _items.insert(index, removed)),
        ),
      ));
  }

  @override
  Widget build(BuildContext context) {
    return ListView(children: [
      for (var i = 0; i < _items.length; i++)
        ListTile(
          key: ValueKey(_items[i]),
          title: Text(_items[i]),
          trailing: IconButton(icon: const Icon(Icons.delete), onPressed: () => _remove(i)),
        ),
    ]);
  }
}

void main() {
  testWidgets('Geri al silinen ürünü eski yerine koyar', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: Scaffold(body: FruitList())));
    final elma = find.widgetWithText(ListTile, 'Elma');
    final armut = find.widgetWithText(ListTile, 'Armut');

    await tester.tap(find.descendant(of: elma, matching: find.byIcon(Icons.delete)));
    await tester.pumpAndSettle();
    expect(elma, findsNothing);
    expect(find.text('Elma silindi'), findsOneWidget);

    await tester.tap(find.text('Geri al'));
    await tester.pumpAndSettle();
    expect(elma, findsOneWidget);
    // Eski yerinde mi: Elma yine Armut'un üstünde
    expect(tester.getTopLeft(elma).dy, lessThan(tester.getTopLeft(armut).dy));
  });
}
""", api_free=True)

R(4002, "testing", "orta", "code",
  "Giriş formunda e-posta alanındayken klavyedeki 'ileri' tuşuna basınca imlecin şifre alanına geçtiğini test et.",
  ["testTextInput.receiveAction ile TextInputAction.next sonrası odağın değiştiğini nasıl test ederim?",
   "klavyede ileri tusuna basinca odak sifre alanina geciyor mu, widget testi yaz"],
  ["receiveAction", "TextInputAction.next", "hasFocus"], r"""
class LoginFields extends StatelessWidget {
  const LoginFields({super.key});

  @override
  Widget build(BuildContext context) {
    return const Column(children: [
      TextField(key: Key('email'), textInputAction: TextInputAction.next), // 'ileri' sonraki alana geçer
      TextField(key: Key('password'), obscureText: true, textInputAction: TextInputAction.done),
    ]);
  }
}

void main() {
  testWidgets('İleri tuşu odağı şifre alanına taşır', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: Scaffold(body: LoginFields())));

    await tester.tap(find.byKey(const Key('email')));
    await tester.enterText(find.byKey(const Key('email')), 'ali@ornek.com');
    await tester.testTextInput.receiveAction(TextInputAction.next);
    await tester.pump();

    EditableText editableIn(String key) => tester.widget<EditableText>(
          find.descendant(of: find.byKey(Key(key)), matching: find.byType(EditableText)),
        );
    expect(editableIn('password').focusNode.hasFocus, isTrue);
    expect(editableIn('email').focusNode.hasFocus, isFalse);
  });
}
""", api_free=True)

R(4003, "testing", "zor", "code",
  "Egzersiz sayacı uygulama arka plana geçince duruyor, öne gelince devam ediyor; bunu gerçekten beklemeden widget testiyle doğrula.",
  ["handleAppLifecycleStateChanged ile uygulamanın arka plana geçmesini testte nasıl simüle ederim?",
   "uygulama arka plana gidince sayac duruyor mu test et, paused ve resumed durumlarini taklit et"],
  ["handleAppLifecycleStateChanged", "AppLifecycleState.paused", "pump("], r"""
class WorkoutTimer extends StatefulWidget {
  const WorkoutTimer({super.key});

  @override
  State<WorkoutTimer> createState() => _WorkoutTimerState();
}

class _WorkoutTimerState extends State<WorkoutTimer> with WidgetsBindingObserver {
  Timer? _timer;
  int _seconds = 0;

  @override
  void initState() {
    super.initState();
    WidgetsBinding.instance.addObserver(this);
    _start();
  }

  void _start() => _timer ??= Timer.periodic(const Duration(seconds: 1), (_) => setState(() => _seconds++));

  @override
  void didChangeAppLifecycleState(AppLifecycleState state) {
    if (state == AppLifecycleState.resumed) {
      _start();
    } else if (state == AppLifecycleState.paused) {
      _timer?.cancel();
      _timer = null;
    }
  }

  @override
  void dispose() {
    WidgetsBinding.instance.removeObserver(this);
    _timer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => Text('$_seconds');
}

void main() {
  testWidgets('Arka planda sayaç durur, öne gelince devam eder', (tester) async {
    // Gerçek platformdaki sırayla durum geçişleri
    void goBackground() {
      for (final s in [AppLifecycleState.inactive, AppLifecycleState.hidden, AppLifecycleState.paused]) {
        // ignore: invalid_use_of_protected_member
        tester.binding.handleAppLifecycleStateChanged(s);
      }
    }

    void goForeground() {
      for (final s in [AppLifecycleState.hidden, AppLifecycleState.inactive, AppLifecycleState.resumed]) {
        // ignore: invalid_use_of_protected_member
        tester.binding.handleAppLifecycleStateChanged(s);
      }
    }

    await tester.pumpWidget(const MaterialApp(home: WorkoutTimer()));
    await tester.pump(const Duration(seconds: 3)); // Sahte zaman: anında geçer
    expect(find.text('3'), findsOneWidget);

    goBackground();
    await tester.pump(const Duration(seconds: 5));
    expect(find.text('3'), findsOneWidget); // Arka planda artmadı

    goForeground();
    await tester.pump(const Duration(seconds: 2));
    expect(find.text('5'), findsOneWidget);
  });
}
""", api_free=True)

R(4004, "testing", "orta", "code",
  "Dio kullanan ürün servisimi gerçek sunucuya gitmeden test et: başarılı cevapta ürün adları dönsün, 500 hatasında exception fırlasın.",
  ["http_mock_adapter'daki DioAdapter ile Dio isteklerini testte nasıl taklit ederim?",
   "dio ile istek atan servisi sahte cevaplarla test et, 200 ve 500 durumlarini dene"],
  ["DioAdapter", "onGet", "reply"], r"""
// pubspec.yaml: dio; dev_dependencies: http_mock_adapter
class ProductApi {
  ProductApi(this._dio);
  final Dio _dio;

  Future<List<String>> fetchNames() async {
    final response = await _dio.get<List<dynamic>>('/products');
    return [for (final p in response.data!) (p as Map<String, dynamic>)['name'] as String];
  }
}

void main() {
  late Dio dio;
  late DioAdapter adapter;

  setUp(() {
    dio = Dio(BaseOptions(baseUrl: 'https://api.ornek.com'));
    adapter = DioAdapter(dio: dio); // Dio'nun istemci adaptörünü sahtesiyle değiştirir
  });

  test('başarılı cevapta ürün adlarını döndürür', () async {
    adapter.onGet('/products', (server) => server.reply(200, [
          {'name': 'Kalem'},
          {'name': 'Defter'},
        ]));
    expect(await ProductApi(dio).fetchNames(), ['Kalem', 'Defter']);
  });

  test('500 cevabında DioException fırlatır', () async {
    adapter.onGet('/products', (server) => server.reply(500, {'message': 'Sunucu hatası'}));
    await expectLater(ProductApi(dio).fetchNames(), throwsA(isA<DioException>()));
  });
}
""")

R(4005, "testing", "kolay", "code",
  "Koyu temada logonun koyu sürümünün, açık temada normal sürümünün gösterildiğini widget testiyle doğrula.",
  ["find.image ile ekranda hangi asset resminin gösterildiğini nasıl test ederim?",
   "karanlik modda logo_dark.png gorunuyor mu test et, acik modda normal logo olsun"],
  ["find.image", "AssetImage"], r"""
class AppLogo extends StatelessWidget {
  const AppLogo({super.key});

  @override
  Widget build(BuildContext context) {
    final dark = Theme.of(context).brightness == Brightness.dark;
    return Image.asset(dark ? 'assets/images/logo_dark.png' : 'assets/images/logo.png', height: 48);
  }
}

void main() {
  testWidgets('Koyu temada koyu logo gösterilir', (tester) async {
    await tester.pumpWidget(MaterialApp(theme: ThemeData.dark(), home: const AppLogo()));
    expect(find.image(const AssetImage('assets/images/logo_dark.png')), findsOneWidget);
    expect(find.image(const AssetImage('assets/images/logo.png')), findsNothing);
  });

  testWidgets('Açık temada normal logo gösterilir', (tester) async {
    await tester.pumpWidget(MaterialApp(theme: ThemeData.light(), home: const AppLogo()));
    expect(find.image(const AssetImage('assets/images/logo.png')), findsOneWidget);
  });
}
""", api_free=True)

R(4006, "testing", "orta", "code",
  "Not düzenleme sayfasında telefonun geri tuşuna basınca 'Kaydedilmemiş değişiklikler' onayı çıktığını; 'Vazgeç'te sayfada kalınıp 'Çık'ta sayfanın kapandığını test et.",
  ["Widget testinde Android geri tuşunu handlePopRoute ile nasıl simüle ederim?",
   "geri tusuna basinca cikmak istiyor musun sorusu cikiyor mu test et, vazgec ve cik secenekleriyle"],
  ["handlePopRoute", "PopScope", "pumpAndSettle"], r"""
class NoteEditor extends StatelessWidget {
  const NoteEditor({super.key});

  @override
  Widget build(BuildContext context) {
    return PopScope<Object?>(
      canPop: false,
      onPopInvokedWithResult: (didPop, result) async {
        if (didPop) return;
        final leave = await showDialog<bool>(
          context: context,
          builder: (ctx) => AlertDialog(
            title: const Text('Kaydedilmemiş değişiklikler'),
            actions: [
              TextButton(onPressed: () => Navigator.pop(ctx, false), child: const Text('Vazgeç')),
              TextButton(onPressed: () => Navigator.pop(ctx, true), child: const Text('Çık')),
            ],
          ),
        );
        if (leave == true && context.mounted) Navigator.pop(context);
      },
      child: const Scaffold(body: TextField()),
    );
  }
}

void main() {
  testWidgets('Geri tuşu onay sorar', (tester) async {
    await tester.pumpWidget(MaterialApp(
      home: Builder(
        builder: (context) => TextButton(
          onPressed: () => Navigator.push(context, MaterialPageRoute(builder: (_) => const NoteEditor())),
          child: const Text('Not aç'),
        ),
      ),
    ));
    await tester.tap(find.text('Not aç'));
    await tester.pumpAndSettle();

    // Sistem geri tuşu (Android) simülasyonu
    await tester.binding.handlePopRoute();
    await tester.pumpAndSettle();
    expect(find.text('Kaydedilmemiş değişiklikler'), findsOneWidget);

    await tester.tap(find.text('Vazgeç'));
    await tester.pumpAndSettle();
    expect(find.byType(NoteEditor), findsOneWidget);

    await tester.binding.handlePopRoute();
    await tester.pumpAndSettle();
    await tester.tap(find.text('Çık'));
    await tester.pumpAndSettle();
    expect(find.byType(NoteEditor), findsNothing);
    expect(find.text('Not aç'), findsOneWidget);
  });
}
""", api_free=True)

R(4007, "testing", "orta", "code",
  "Haberler yüklenirken hata olursa 'Tekrar dene' butonunun çıktığını, basınca isteğin yeniden atılıp haberlerin göründüğünü test et.",
  ["FutureBuilder'ın hata durumunu ve yeniden deneme butonunu widget testinde nasıl test ederim?",
   "ilk istekte hata versin, tekrar dene butonuna basinca ikinci istekte veri gelsin, bunu test et"],
  ["testWidgets", "tap(", "pump("], r"""
class NewsPanel extends StatefulWidget {
  const NewsPanel({super.key, required this.load});
  final Future<List<String>> Function() load;

  @override
  State<NewsPanel> createState() => _NewsPanelState();
}

class _NewsPanelState extends State<NewsPanel> {
  late Future<List<String>> _future = widget.load();

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<List<String>>(
      future: _future,
      builder: (context, snapshot) {
        if (snapshot.hasError) {
          return Column(children: [
            const Text('Haberler yüklenemedi'),
            TextButton(
              onPressed: () => setState(() => _future = widget.load()),
              child: const Text('Tekrar dene'),
            ),
          ]);
        }
        if (!snapshot.hasData) return const CircularProgressIndicator();
        return Column(children: [for (final n in snapshot.data!) Text(n)]);
      },
    );
  }
}

void main() {
  testWidgets('Hata sonrası tekrar dene haberleri getirir', (tester) async {
    var calls = 0;
    Future<List<String>> fakeLoad() async {
      calls++;
      if (calls == 1) throw Exception('Bağlantı yok');
      return ['Haber 1', 'Haber 2'];
    }

    await tester.pumpWidget(MaterialApp(home: Scaffold(body: NewsPanel(load: fakeLoad))));
    await tester.pump(); // Future hata ile tamamlanır
    expect(find.text('Tekrar dene'), findsOneWidget);

    await tester.tap(find.text('Tekrar dene'));
    await tester.pump(); // Yükleniyor
    await tester.pump(); // Veri geldi
    expect(find.text('Haber 1'), findsOneWidget);
    expect(find.text('Tekrar dene'), findsNothing);
    expect(calls, 2);
  });
}
""", api_free=True)

R(4008, "testing", "orta", "code",
  "Geniş ekranda yan menü (NavigationRail), telefonda alt menü (NavigationBar) çıkan sayfayı iki farklı ekran boyutunda test et.",
  ["tester.view.physicalSize ile farklı ekran genişliklerinde responsive düzeni nasıl test ederim?",
   "tablette yan menu telefonda alt menu cikiyor mu, iki ekran boyutunda test et"],
  ["physicalSize", "NavigationRail", "NavigationBar"], r"""
class AdaptiveHome extends StatelessWidget {
  const AdaptiveHome({super.key});

  @override
  Widget build(BuildContext context) {
    const body = Center(child: Text('İçerik'));
    if (MediaQuery.sizeOf(context).width >= 600) {
      return Scaffold(
        body: Row(children: [
          NavigationRail(
            selectedIndex: 0,
            labelType: NavigationRailLabelType.all,
            destinations: const [
              NavigationRailDestination(icon: Icon(Icons.home), label: Text('Ana sayfa')),
              NavigationRailDestination(icon: Icon(Icons.person), label: Text('Profil')),
            ],
          ),
          const Expanded(child: body),
        ]),
      );
    }
    return Scaffold(
      body: body,
      bottomNavigationBar: NavigationBar(destinations: const [
        NavigationDestination(icon: Icon(Icons.home), label: 'Ana sayfa'),
        NavigationDestination(icon: Icon(Icons.person), label: 'Profil'),
      ]),
    );
  }
}

void main() {
  Future<void> pumpAtSize(WidgetTester tester, Size size) async {
    tester.view.physicalSize = size;
    tester.view.devicePixelRatio = 1.0; // Mantıksal boyut = fiziksel boyut
    addTearDown(tester.view.reset);
    await tester.pumpWidget(const MaterialApp(home: AdaptiveHome()));
  }

  testWidgets('Tablet genişliğinde yan menü', (tester) async {
    await pumpAtSize(tester, const Size(1024, 768));
    expect(find.byType(NavigationRail), findsOneWidget);
    expect(find.byType(NavigationBar), findsNothing);
  });

  testWidgets('Telefon genişliğinde alt menü', (tester) async {
    await pumpAtSize(tester, const Size(390, 844));
    expect(find.byType(NavigationBar), findsOneWidget);
    expect(find.byType(NavigationRail), findsNothing);
  });
}
""")

R(4009, "testing", "zor", "code",
  "Alışveriş listesinde bir maddeyi basılı tutup aşağı sürükleyince sıranın değiştiğini widget testiyle doğrula.",
  ["ReorderableListView'da sürükle bırak ile yeniden sıralamayı testte nasıl simüle ederim?",
   "listede uzun basip asagi surukleyince siralama degisiyor mu, bunu test et"],
  ["startGesture", "moveBy", "up("], r"""
class ShoppingList extends StatefulWidget {
  const ShoppingList({super.key});

  @override
  State<ShoppingList> createState() => _ShoppingListState();
}

class _ShoppingListState extends State<ShoppingList> {
  final items = ['Süt', 'Ekmek', 'Yumurta', 'Peynir', 'Zeytin'];

  @override
  Widget build(BuildContext context) {
    return ReorderableListView(
      onReorder: (oldIndex, newIndex) => setState(() {
        if (newIndex > oldIndex) newIndex -= 1;
        items.insert(newIndex, items.removeAt(oldIndex));
      }),
      children: [for (final item in items) ListTile(key: ValueKey(item), title: Text(item))],
    );
  }
}

void main() {
  testWidgets('Uzun basıp sürükleyince sıra değişir', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: Scaffold(body: ShoppingList())));
    double y(String text) => tester.getCenter(find.text(text)).dy;
    expect(y('Süt'), lessThan(y('Ekmek')));

    // Mobilde sürükleme uzun basmayla başlar
    final gesture = await tester.startGesture(tester.getCenter(find.text('Süt')));
    await tester.pump(const Duration(milliseconds: 600));
    for (var i = 0; i < 4; i++) {
      await gesture.moveBy(const Offset(0, 40)); // Küçük adımlarla, gerçek parmak gibi
      await tester.pump(const Duration(milliseconds: 50));
    }
    await gesture.up();
    await tester.pumpAndSettle();

    final state = tester.state<_ShoppingListState>(find.byType(ShoppingList));
    expect(state.items.indexOf('Süt'), greaterThan(1));
    expect(y('Süt'), greaterThan(y('Ekmek')));
  });
}
""", api_free=True)

R(4010, "testing", "orta", "code",
  "Arama Cubit'im yazı değişince 300 ms bekleyip arıyor; hızlı yazımda sadece son sorgunun arandığını blocTest ile test et.",
  ["bloc_test'te debounce eden bir Cubit için wait parametresi nasıl kullanılır?",
   "cubit 300 ms debounce yapiyor, bloc testte bekleyip sadece son aramanin yapildigini dogrula"],
  ["blocTest", "wait:", "act:"], r"""
// pubspec.yaml: flutter_bloc; dev_dependencies: bloc_test
class FakeSearchRepo {
  final queries = <String>[];
  Future<List<String>> search(String q) async {
    queries.add(q);
    return ['elma', 'elmas', 'armut'].where((w) => w.startsWith(q)).toList();
  }
}

class SearchCubit extends Cubit<List<String>> {
  SearchCubit(this._repo) : super(const []);
  final FakeSearchRepo _repo;
  Timer? _debounce;

  void queryChanged(String q) {
    _debounce?.cancel();
    _debounce = Timer(const Duration(milliseconds: 300), () async {
      emit(await _repo.search(q));
    });
  }

  @override
  Future<void> close() {
    _debounce?.cancel();
    return super.close();
  }
}

void main() {
  late FakeSearchRepo repo;
  setUp(() => repo = FakeSearchRepo());

  blocTest<SearchCubit, List<String>>(
    'hızlı yazımda yalnızca son sorgu aranır',
    build: () => SearchCubit(repo),
    act: (cubit) {
      cubit
        ..queryChanged('e')
        ..queryChanged('el')
        ..queryChanged('elm');
    },
    wait: const Duration(milliseconds: 400), // Debounce süresinden biraz uzun bekle
    expect: () => [
      ['elma', 'elmas'],
    ],
    verify: (_) => expect(repo.queries, ['elm']),
  );
}
""")

R(4011, "testing", "orta", "code",
  "Mağaza görselleri için uygulamanın ana ekranının ekran görüntüsünü integration test sırasında otomatik alıp dosyaya kaydet.",
  ["integration_test ile takeScreenshot kullanarak ekran görüntüsü nasıl alınır?",
   "integration testte ana sayfanin ekran goruntusunu alip png olarak kaydet"],
  ["IntegrationTestWidgetsFlutterBinding", "takeScreenshot"], r"""
// integration_test/screenshot_test.dart  (dev_dependencies: integration_test: sdk: flutter)
void main() {
  final binding = IntegrationTestWidgetsFlutterBinding.ensureInitialized();

  testWidgets('ana sayfa ekran görüntüsü', (tester) async {
    await tester.pumpWidget(const MyApp());
    await tester.pumpAndSettle();
    // Android'de görüntü alabilmek için yüzey önce resme çevrilmeli
    if (!kIsWeb && defaultTargetPlatform == TargetPlatform.android) {
      await binding.convertFlutterSurfaceToImage();
      await tester.pumpAndSettle();
    }
    await binding.takeScreenshot('ana_sayfa');
  });
}

// test_driver/integration_test.dart: baytları diske yazan sürücü
//   Future<void> main() => integrationDriver(
//         onScreenshot: (name, bytes, [args]) async {
//           final file = await File('screenshots/$name.png').create(recursive: true);
//           await file.writeAsBytes(bytes);
//           return true;
//         },
//       );
// Çalıştırma:
//   flutter drive --driver=test_driver/integration_test.dart --target=integration_test/screenshot_test.dart

class MyApp extends StatelessWidget {
  const MyApp({super.key});

  @override
  Widget build(BuildContext context) {
    return const MaterialApp(home: Scaffold(body: Center(child: Text('Vitrin'))));
  }
}
""")

R(4012, "testing", "kolay", "code",
  "Arapça gibi sağdan sola dillerde profil satırındaki ikonun yazının sağına geçtiğini widget testiyle doğrula.",
  ["Directionality ile RTL düzende widget sırasının ters döndüğünü nasıl test ederim?",
   "rtl modda ikon sagda yazi solda mi, getCenter ile konumlari karsilastirip test et"],
  ["TextDirection.rtl", "getCenter | getTopLeft | getTopRight"], r"""
class ProfileRow extends StatelessWidget {
  const ProfileRow({super.key, required this.name});
  final String name;

  @override
  Widget build(BuildContext context) {
    // Row, ortamdaki yazı yönüne göre soldan sağa veya sağdan sola dizer
    return Row(children: [const Icon(Icons.person), const SizedBox(width: 8), Text(name)]);
  }
}

void main() {
  Future<void> pumpWithDirection(WidgetTester tester, TextDirection direction) {
    return tester.pumpWidget(MaterialApp(
      home: Directionality(
        textDirection: direction,
        child: const Scaffold(body: ProfileRow(name: 'Ayşe')),
      ),
    ));
  }

  testWidgets('LTR: ikon solda', (tester) async {
    await pumpWithDirection(tester, TextDirection.ltr);
    expect(tester.getCenter(find.byIcon(Icons.person)).dx, lessThan(tester.getCenter(find.text('Ayşe')).dx));
  });

  testWidgets('RTL: ikon sağda', (tester) async {
    await pumpWithDirection(tester, TextDirection.rtl);
    expect(tester.getCenter(find.byIcon(Icons.person)).dx, greaterThan(tester.getCenter(find.text('Ayşe')).dx));
  });
}
""", api_free=True)

R(4013, "testing", "kolay", "code",
  "Kullanıcı adı alanına 20 karakterden fazla yazılamadığını ve sayacın '20/20' gösterdiğini test et.",
  ["TextField'ın maxLength sınırını widget testinde nasıl doğrularım?",
   "kullanici adi alanina 25 harf yazinca sadece 20'si kaliyor mu test et"],
  ["enterText", "maxLength"], r"""
class UsernameField extends StatelessWidget {
  const UsernameField({super.key, required this.controller});
  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: controller,
      maxLength: 20,
      decoration: const InputDecoration(labelText: 'Kullanıcı adı'),
    );
  }
}

void main() {
  testWidgets('20 karakterden fazlası kesilir', (tester) async {
    final controller = TextEditingController();
    addTearDown(controller.dispose);
    await tester.pumpWidget(MaterialApp(home: Scaffold(body: UsernameField(controller: controller))));

    await tester.enterText(find.byType(TextField), 'a' * 25); // Biçimlendiriciler burada da çalışır
    await tester.pump();

    expect(controller.text.length, 20);
    expect(find.text('20/20'), findsOneWidget);
  });
}
""", api_free=True)

R(4014, "testing", "kolay", "code",
  "Telefon numarasını '532 123 45 67' biçimine sokan kendi giriş biçimlendiricimi widget kurmadan birim testiyle test et.",
  ["TextInputFormatter'ın formatEditUpdate metodunu unit test ile nasıl test ederim?",
   "telefon formatlayicim 5321234567 girince 532 123 45 67 yapiyor mu, harfleri atiyor mu test et"],
  ["formatEditUpdate", "TextEditingValue", "expect"], r"""
class PhoneFormatter extends TextInputFormatter {
  @override
  TextEditingValue formatEditUpdate(TextEditingValue oldValue, TextEditingValue newValue) {
    final digits = newValue.text.replaceAll(RegExp(r'\D'), '');
    final limited = digits.length > 10 ? digits.substring(0, 10) : digits;
    final buffer = StringBuffer();
    for (var i = 0; i < limited.length; i++) {
      if (i == 3 || i == 6 || i == 8) buffer.write(' ');
      buffer.write(limited[i]);
    }
    final text = buffer.toString();
    return TextEditingValue(text: text, selection: TextSelection.collapsed(offset: text.length));
  }
}

void main() {
  final formatter = PhoneFormatter();
  TextEditingValue format(String input) =>
      formatter.formatEditUpdate(TextEditingValue.empty, TextEditingValue(text: input));

  test('10 haneyi gruplar', () {
    final result = format('5321234567');
    expect(result.text, '532 123 45 67');
    expect(result.selection.baseOffset, result.text.length); // İmleç sonda
  });

  test('harfleri ve fazla haneyi atar', () {
    expect(format('53a2-12x3456789').text, '532 123 45 67');
  });

  test('kısmi girişte de grupları doğru koyar', () {
    expect(format('5321').text, '532 1');
  });
}
""")

R(4015, "testing", "kolay", "code",
  "Grafik çizicimin sadece veri değişince yeniden çizmek istediğini (shouldRepaint) birim testiyle doğrula.",
  ["CustomPainter'ın shouldRepaint metodunu unit test ile nasıl test ederim?",
   "ayni veriyle shouldRepaint false, farkli veriyle true donuyor mu test et"],
  ["shouldRepaint", "expect"], r"""
class SparklinePainter extends CustomPainter {
  SparklinePainter(this.values, {this.color = Colors.blue});
  final List<double> values;
  final Color color;

  @override
  void paint(Canvas canvas, Size size) {
    if (values.length < 2) return;
    final maxV = values.reduce(max), minV = values.reduce(min);
    final range = maxV == minV ? 1 : maxV - minV;
    final path = Path();
    for (var i = 0; i < values.length; i++) {
      final p = Offset(i / (values.length - 1) * size.width, size.height - (values[i] - minV) / range * size.height);
      i == 0 ? path.moveTo(p.dx, p.dy) : path.lineTo(p.dx, p.dy);
    }
    canvas.drawPath(path, Paint()..color = color..style = PaintingStyle.stroke..strokeWidth = 2);
  }

  @override
  bool shouldRepaint(SparklinePainter oldDelegate) =>
      oldDelegate.color != color || !listEquals(oldDelegate.values, values);
}

void main() {
  test('aynı veriyle yeniden çizmez', () {
    expect(SparklinePainter([1, 2, 3]).shouldRepaint(SparklinePainter([1, 2, 3])), isFalse);
  });

  test('veri veya renk değişince yeniden çizer', () {
    expect(SparklinePainter([1, 2, 4]).shouldRepaint(SparklinePainter([1, 2, 3])), isTrue);
    expect(
      SparklinePainter([1, 2, 3], color: Colors.red).shouldRepaint(SparklinePainter([1, 2, 3])),
      isTrue,
    );
  });
}
""")

R(4016, "testing", "orta", "code",
  "Fotoğrafa çift dokununca beğeni kalbinin dolduğunu, tek dokunuşta ise beğenilmediğini widget testiyle doğrula.",
  ["Widget testinde çift dokunma (double tap) hareketini nasıl simüle ederim?",
   "fotografa iki kere hizlica dokununca begeni oluyor mu test et, tek dokunusta olmasin"],
  ["tap(", "pump(", "Icons.favorite"], r"""
class LikeablePhoto extends StatefulWidget {
  const LikeablePhoto({super.key});

  @override
  State<LikeablePhoto> createState() => _LikeablePhotoState();
}

class _LikeablePhotoState extends State<LikeablePhoto> {
  bool _liked = false;

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onDoubleTap: () => setState(() => _liked = true),
      child: Container(
        key: const Key('photo'),
        width: 300,
        height: 300,
        color: Colors.grey,
        alignment: Alignment.bottomLeft,
        child: Icon(_liked ? Icons.favorite : Icons.favorite_border, color: Colors.red),
      ),
    );
  }
}

void main() {
  testWidgets('Çift dokunuş beğenir, tek dokunuş beğenmez', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: Scaffold(body: LikeablePhoto())));
    final photo = find.byKey(const Key('photo'));

    await tester.tap(photo);
    await tester.pump(const Duration(milliseconds: 500)); // Çift dokunma süresi geçti
    expect(find.byIcon(Icons.favorite), findsNothing);

    await tester.tap(photo);
    await tester.pump(const Duration(milliseconds: 100)); // İki dokunuş arası kısa
    await tester.tap(photo);
    await tester.pumpAndSettle();
    expect(find.byIcon(Icons.favorite), findsOneWidget);
  });
}
""", api_free=True)

R(4017, "testing", "kolay", "code",
  "Sıkça sorulan sorular sayfasında soruya dokununca cevabın açıldığını, tekrar dokununca kapandığını test et.",
  ["ExpansionTile'ın açılıp kapanmasını widget testinde nasıl kontrol ederim?",
   "sss sayfasinda soruya tiklayinca cevap gorunuyor mu, tekrar tiklayinca gizleniyor mu test et"],
  ["tap(", "pumpAndSettle", "findsNothing"], r"""
class FaqPage extends StatelessWidget {
  const FaqPage({super.key});

  @override
  Widget build(BuildContext context) {
    return ListView(children: const [
      ExpansionTile(
        title: Text('Kargo ne zaman gelir?'),
        children: [Padding(padding: EdgeInsets.all(16), child: Text('Siparişler 2-3 iş gününde teslim edilir.'))],
      ),
      ExpansionTile(
        title: Text('İade nasıl yapılır?'),
        children: [Padding(padding: EdgeInsets.all(16), child: Text('Siparişlerim sayfasından iade talebi oluşturun.'))],
      ),
    ]);
  }
}

void main() {
  testWidgets('Soruya dokununca cevap açılır ve kapanır', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: Scaffold(body: FaqPage())));
    final answer = find.text('Siparişler 2-3 iş gününde teslim edilir.');
    expect(answer, findsNothing); // Kapalıyken içerik ağaçta yok

    await tester.tap(find.text('Kargo ne zaman gelir?'));
    await tester.pumpAndSettle();
    expect(answer, findsOneWidget);
    expect(find.text('Siparişlerim sayfasından iade talebi oluşturun.'), findsNothing); // Diğeri kapalı

    await tester.tap(find.text('Kargo ne zaman gelir?'));
    await tester.pumpAndSettle();
    expect(answer, findsNothing);
  });
}
""", api_free=True)

# ---------------------------------------------------------------- performance (2)
R(4010, "performance", "orta", "concept",
  "Ekranlarımda çok fazla iç içe widget var (Padding içinde Center içinde Align…); widget sayısı ve iç içelik performansı düşürür mü?",
  ["Widget ağacının derin olması Flutter'da yavaşlığa neden olur mu, neye dikkat etmeliyim?",
   "cok fazla ic ice widget kullanmanin performansa etkisini acikla, asil maliyetin nerede oldugunu goster"],
  ["const"], r"""
// Widget nesneleri hafif, kısa ömürlü yapılandırma kayıtlarıdır; oluşturulmaları çok ucuzdur.
// Padding > Center > Align gibi ince sarmalayıcılar tek başına sorun olmaz.
// Asıl maliyet şuralardadır:
//   - Rebuild kapsamı: setState'i büyük bir alt ağacın tepesinde çağırmak her seferinde
//     hepsini yeniden kurar. Değişen kısmı küçük bir widget'a ayır.
//   - Pahalı layout: IntrinsicHeight/IntrinsicWidth, shrinkWrap'li uzun listeler çocukları
//     birden fazla kez ölçer.
//   - Pahalı boyama: Opacity/ShaderMask/BackdropFilter/saveLayer ve büyük gölgeler.
//   - Build içinde yapılan işler: sıralama, JSON çözme, DateFormat oluşturma vb.
// const kurucular, değişmeyen alt ağaçların rebuild sırasında hiç yeniden kurulmamasını sağlar.
class PriceRow extends StatelessWidget {
  const PriceRow({super.key, required this.price});
  final String price;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
      child: Row(
        children: [
          const Icon(Icons.sell_outlined), // const: yeniden kurulmaz
          const SizedBox(width: 8),
          Expanded(child: Text(price, textAlign: TextAlign.end)),
        ],
      ),
    );
  }
}
""")

R(4011, "performance", "orta", "code",
  "Sohbet açılırken geçmişteki 500 mesajı animasyonlu listeye tek tek ekliyorum ve açılış çok yavaş; eski mesajlar animasyonsuz gelsin, sadece yeni mesajlar kayarak eklensin.",
  ["AnimatedList'e ilk verileri initialItemCount ile animasyonsuz nasıl yüklerim?",
   "animasyonlu listede eski mesajlar tek tek eklenmesin, hepsi aninda gelsin, yeni gelen animasyonla eklensin"],
  ["AnimatedList", "initialItemCount", "insertItem"], r"""
class ChatMessages extends StatefulWidget {
  const ChatMessages({super.key, required this.history});
  final List<String> history;

  @override
  State<ChatMessages> createState() => ChatMessagesState();
}

class ChatMessagesState extends State<ChatMessages> {
  final _listKey = GlobalKey<AnimatedListState>();
  late final List<String> _messages = [...widget.history];

  // Yeni mesaj: sadece bu animasyonla eklenir
  void add(String message) {
    _messages.add(message);
    _listKey.currentState!.insertItem(_messages.length - 1, duration: const Duration(milliseconds: 250));
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedList(
      key: _listKey,
      // Geçmiş tek seferde, animasyonsuz; 500 ayrı insertItem yerine
      initialItemCount: _messages.length,
      itemBuilder: (context, index, animation) => SizeTransition(
        sizeFactor: animation,
        child: ListTile(title: Text(_messages[index])),
      ),
    );
  }
}
// Dışarıdan eklemek için: final chatKey = GlobalKey<ChatMessagesState>();
// ChatMessages(key: chatKey, history: eskiMesajlar) ... chatKey.currentState?.add('Merhaba');
""")

R(4012, "performance", "orta", "concept",
  "Bir metodun içinde art arda birkaç kez setState çağırıyorum; her çağrı ayrı ayrı yeniden çizim yapıp performansı düşürür mü?",
  ["Aynı karede birden fazla setState çağırmak widget'ı birden fazla kez build eder mi?",
   "ust uste setState cagirinca kac build oldugunu acikla ve dogru kullanimi goster"],
  ["setState"], r"""
// Hayır. setState sadece State'i 'kirli' (dirty) olarak işaretler ve bir sonraki kare için
// çizim planlar. Aynı kare içindeki 3 setState çağrısı tek bir build'e yol açar.
// Yine de okunabilirlik için değişiklikleri tek setState içinde toplamak iyi bir alışkanlıktır.
// Asıl maliyet şunlardan gelir:
//   - setState'i çok yukarıdaki (büyük alt ağaçlı) bir widget'ta çağırmak,
//   - await'ler arasında setState çağırmak: her await sonrası ayrı kareye düşer,
//   - değer değişmediği halde setState çağırmak.
class ProfileHeader extends StatefulWidget {
  const ProfileHeader({super.key});

  @override
  State<ProfileHeader> createState() => _ProfileHeaderState();
}

class _ProfileHeaderState extends State<ProfileHeader> {
  String _name = '';
  int _followers = 0;
  bool _loading = true;

  Future<void> _load() async {
    final (name, followers) = await fetchProfile();
    if (!mounted) return;
    setState(() {
      // Tek setState, tek build
      _name = name;
      _followers = followers;
      _loading = false;
    });
  }

  @override
  void initState() {
    super.initState();
    _load();
  }

  @override
  Widget build(BuildContext context) {
    if (_loading) return const LinearProgressIndicator();
    return ListTile(title: Text(_name), subtitle: Text('$_followers takipçi'));
  }
}

Future<(String, int)> fetchProfile() async => ('Ayşe', 1200);
""")

R(4013, "performance", "kolay", "code",
  "Test sürümünde ekranın köşesinde uygulamanın o an kullandığı belleği (MB) her saniye gösteren küçük bir gösterge olsun.",
  ["ProcessInfo.currentRss ile uygulamanın bellek kullanımını nasıl okurum?",
   "debug modda uygulamanin kac mb ram kullandigini ekranda canli goster"],
  ["ProcessInfo.currentRss", "Timer.periodic"], r"""
// dart:io ProcessInfo (mobil ve masaüstü; web'de yok)
class MemoryBadge extends StatefulWidget {
  const MemoryBadge({super.key});

  @override
  State<MemoryBadge> createState() => _MemoryBadgeState();
}

class _MemoryBadgeState extends State<MemoryBadge> {
  Timer? _timer;
  int _rss = 0, _peak = 0;

  @override
  void initState() {
    super.initState();
    if (kReleaseMode || kIsWeb) return; // Sadece geliştirme/test sürümünde
    _timer = Timer.periodic(const Duration(seconds: 1), (_) {
      setState(() {
        _rss = ProcessInfo.currentRss; // Şu an fiziksel bellekte tutulan bayt
        _peak = ProcessInfo.maxRss; // Süreç başından beri en yüksek
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
    if (_timer == null) return const SizedBox.shrink();
    String mb(int bytes) => (bytes / (1024 * 1024)).toStringAsFixed(0);
    return IgnorePointer(
      child: Container(
        padding: const EdgeInsets.symmetric(horizontal: 6, vertical: 2),
        color: Colors.black54,
        child: Text('${mb(_rss)} MB (en çok ${mb(_peak)})',
            style: const TextStyle(color: Colors.white, fontSize: 11)),
      ),
    );
  }
}
// MaterialApp(builder: (context, child) => Stack(children: [child!, const Positioned(top: 40, right: 8, child: MemoryBadge())]))
""")

R(4014, "performance", "zor", "code",
  "Yorum listesinde her satır yazarının adını ayrı istekle çekiyor ve onlarca istek gidiyor; aynı karede istenen kullanıcı id'lerini toplayıp tek istekte getir.",
  ["Birçok widget'ın aynı anda yaptığı tekil istekleri tek bir toplu isteğe birleştiren bir yükleyici (batch loader) nasıl yazılır?",
   "her satir ayri istek atiyor, ayni anda istenen id'leri biriktirip tek seferde sunucudan iste"],
  ["Completer", "scheduleMicrotask | Future.microtask | Timer"], r"""
/// DataLoader benzeri: aynı olay döngüsü turunda istenen id'ler tek istekte toplanır.
class UserNameLoader {
  UserNameLoader(this._fetchMany);
  final Future<Map<String, String>> Function(List<String> ids) _fetchMany;

  final _cache = <String, Future<String>>{};
  final _pending = <String, Completer<String>>{};
  bool _scheduled = false;

  Future<String> load(String id) {
    return _cache.putIfAbsent(id, () {
      final completer = Completer<String>();
      _pending[id] = completer;
      if (!_scheduled) {
        _scheduled = true;
        // Bu karede build edilen tüm satırlar id'lerini ekledikten sonra çalışır
        scheduleMicrotask(_flush);
      }
      return completer.future;
    });
  }

  Future<void> _flush() async {
    final batch = Map.of(_pending);
    _pending.clear();
    _scheduled = false;
    try {
      final names = await _fetchMany(batch.keys.toList()); // GET /users?ids=1,2,3
      batch.forEach((id, c) => c.complete(names[id] ?? 'Bilinmeyen'));
    } catch (e, st) {
      for (final entry in batch.entries) {
        _cache.remove(entry.key); // Hata olanlar sonra tekrar denenebilsin
        entry.value.completeError(e, st);
      }
    }
  }
}

class AuthorName extends StatefulWidget {
  const AuthorName({super.key, required this.userId, required this.loader});
  final String userId;
  final UserNameLoader loader;

  @override
  State<AuthorName> createState() => _AuthorNameState();
}

class _AuthorNameState extends State<AuthorName> {
  late final Future<String> _name = widget.loader.load(widget.userId);

  @override
  Widget build(BuildContext context) => FutureBuilder<String>(
        future: _name,
        builder: (context, s) => Text(s.data ?? '…'),
      );
}
""", api_free=True)

# ---------------------------------------------------------------- dart_language (2)
R(4020, "dart_language", "zor", "code",
  "Her gelen işlem için bir istek numarası üret ve bu numara, işlemin içinde çağrılan tüm async fonksiyonlardaki loglarda parametre olarak geçirmeden görünsün.",
  ["Zone değerleri (zoneValues) ile async çağrı zinciri boyunca bağlam bilgisi nasıl taşınır?",
   "istek id'sini her fonksiyona parametre vermeden loglarda goster, await sonrasinda da kaybolmasin"],
  ["runZoned", "zoneValues", "Zone.current"], r"""
final _requestIdKey = Object(); // başka hiçbir kodla çakışmayan anahtar

/// Bulunulan zone'daki istek numarasıyla log yazar; parametre gerekmez.
void log(String message) {
  final id = Zone.current[_requestIdKey] as String? ?? '-';
  print('[$id] $message');
}

Future<T> withRequestId<T>(String id, Future<T> Function() body) {
  // Zone, içinde başlayan tüm Future/Timer/Stream geri çağrılarına taşınır
  return runZoned(body, zoneValues: {_requestIdKey: id});
}

Future<void> saveOrder() async {
  log('sipariş doğrulanıyor');
  await Future<void>.delayed(const Duration(milliseconds: 10));
  log('sipariş kaydedildi'); // await sonrası da aynı id
}

Future<void> main() async {
  // İki işlem iç içe geçse de loglar karışmaz
  await Future.wait([
    withRequestId('req-1', saveOrder),
    withRequestId('req-2', saveOrder),
  ]);
  log('işlem dışı'); // [-]
}
""", api_free=True)

R(4021, "dart_language", "zor", "code",
  "Native bir kütüphaneden aldığım tutamacı (handle) saran sınıfım var; kullanıcı close çağırmayı unutsa bile nesne çöp olunca kaynak serbest bırakılsın.",
  ["Finalizer ile bir nesne çöp toplanınca temizlik kodu nasıl çalıştırılır?",
   "close unutulursa nesne silinince kaynagi otomatik kapatan sinif yaz, close cagrilirsa iki kere kapatma"],
  ["Finalizer", "attach", "detach"], r"""
void nativeRelease(int handle) => print('native kaynak $handle bırakıldı'); // FFI çağrısı yerine

class NativeBuffer {
  NativeBuffer(this._handle) {
    // Nesne çöp olursa _finalizer, verilen değerle (this değil!) çağrılır
    _finalizer.attach(this, _handle, detach: this);
  }

  // Finalizer geri çağrısı nesnenin kendisine erişemez; sadece token'ı alır
  static final _finalizer = Finalizer<int>(nativeRelease);

  final int _handle;
  bool _closed = false;

  void write(List<int> bytes) {
    if (_closed) throw StateError('Kapalı tampona yazılamaz');
    // ... native yazma
  }

  /// Önerilen yol: elle kapat. Finalizer yedek emniyettir, ne zaman çalışacağı garanti değildir.
  void close() {
    if (_closed) return;
    _closed = true;
    _finalizer.detach(this); // Artık çift serbest bırakma olmaz
    nativeRelease(_handle);
  }
}
""")

R(4022, "dart_language", "kolay", "code",
  "Günlük kapanış fiyatları listesinden her günün bir önceki güne göre değişim yüzdesini hesapla.",
  ["Bir listenin ardışık eleman çiftleri üzerinde dolaşarak farkları nasıl hesaplarım?",
   "fiyat listesinde her gunun bir onceki gune gore yuzde kac degistigini bul"],
  ["for | List.generate", "length"], r"""
/// [prices] için n-1 elemanlı değişim yüzdesi listesi: (bugün - dün) / dün * 100
List<double> dailyChanges(List<double> prices) {
  if (prices.length < 2) return const [];
  return List.generate(prices.length - 1, (i) {
    final previous = prices[i];
    final current = prices[i + 1];
    return previous == 0 ? 0 : (current - previous) / previous * 100;
  });
}

/// Genel amaçlı: ardışık çiftleri record olarak veren tembel Iterable
Iterable<(T, T)> pairwise<T>(List<T> items) sync* {
  for (var i = 1; i < items.length; i++) {
    yield (items[i - 1], items[i]);
  }
}

void main() {
  final prices = [100.0, 104.0, 101.4, 101.4];
  print(dailyChanges(prices).map((c) => '${c.toStringAsFixed(2)}%').toList()); // [4.00%, -2.50%, 0.00%]
  for (final (a, b) in pairwise(prices)) {
    print('$a -> $b');
  }
}
""", api_free=True)

R(4023, "dart_language", "orta", "concept",
  "Dart'ta identical ile == arasındaki fark nedir, iki nesnenin aynı nesne olup olmadığını nasıl anlarım?",
  ["identical() ne zaman kullanılır, == operatöründen farkı ne?",
   "iki degiskenin ayni nesneyi gosterip gostermedigini kontrol et, == ile farkini acikla"],
  ["identical"], r"""
// == : 'eşit mi?' sorusu; sınıf operator == ile kendi eşitlik anlamını tanımlayabilir.
// identical(a, b): 'bellekte aynı nesne mi?'; override edilemez, her zaman kimlik karşılaştırır.
// const ile oluşturulan eşit nesneler kanonikleştirilir, yani identical'dır.
class Money {
  const Money(this.amount, this.currency);
  final int amount;
  final String currency;

  @override
  bool operator ==(Object other) =>
      other is Money && other.amount == amount && other.currency == currency;

  @override
  int get hashCode => Object.hash(amount, currency);
}

void main() {
  final a = Money(100, 'TRY');
  final b = Money(100, 'TRY');
  print(a == b); // true  -> değerce eşit
  print(identical(a, b)); // false -> farklı iki nesne

  const c = Money(100, 'TRY');
  const d = Money(100, 'TRY');
  print(identical(c, d)); // true  -> const nesneler tek örnek

  // Pratik kullanım: pahalı == yerine önce hızlı kimlik kontrolü
  bool sameList(List<int> x, List<int> y) => identical(x, y) || (x.length == y.length && x.indexed.every((e) => y[e.$1] == e.$2));
  print(sameList([1, 2], [1, 2])); // true
}
""")

R(4024, "dart_language", "kolay", "code",
  "Kurum adlarından baş harflerle kısaltma üret: 'Türkiye Büyük Millet Meclisi' -> 'TBMM'; 've', 'ile' gibi bağlaçlar atlansın.",
  ["Bir metindeki kelimelerin baş harflerinden kısaltma oluşturan fonksiyon nasıl yazılır?",
   "kurum adinin bas harflerinden kisaltma yap, ve ile gibi kelimeleri atla"],
  ["split", "where", "join"], r"""
const _skipWords = {'ve', 'ile', 'veya', 'de', 'da', 'of', 'and', 'the'};

String acronym(String name) {
  return name
      .split(RegExp(r'[\s\-]+'))
      .where((w) => w.isNotEmpty && !_skipWords.contains(w.toLowerCase()))
      .map((w) => _upperTr(w[0]))
      .join();
}

// Türkçe 'i' -> 'İ' dönüşümü; Dart'ın toUpperCase'i 'I' yapar
String _upperTr(String ch) => switch (ch) {
      'i' => 'İ',
      'ı' => 'I',
      _ => ch.toUpperCase(),
    };

void main() {
  print(acronym('Türkiye Büyük Millet Meclisi')); // TBMM
  print(acronym('İstanbul ve Marmara Bölge Müdürlüğü')); // İMBM
  print(acronym('ilçe sağlık müdürlüğü')); // İSM
}
""", api_free=True)


# ---------------------------------------------------------------- platform (2)
R(4019, "platform", "orta", "code",
  "Ayarlardaki 'Sorun bildir' butonu telefonun e-posta uygulamasını destek adresi, konu ve ekli log dosyasıyla açsın.",
  ["flutter_email_sender ile ekli dosyalı e-posta taslağı nasıl açılır?",
   "sorun bildir deyince mail uygulamasi log dosyasi ekli sekilde acilsin, mail uygulamasi yoksa uyari ver"],
  ["FlutterEmailSender.send", "attachmentPaths"], r"""
// pubspec.yaml: flutter_email_sender
// mailto: bağlantıları dosya eki taşıyamaz; ek için platformun e-posta penceresi gerekir.
Future<void> reportProblem(BuildContext context, String logFilePath) async {
  final email = Email(
    recipients: ['destek@ornek.com'],
    subject: 'Sorun bildirimi',
    body: 'Merhaba,\n\nKarşılaştığım sorun:\n\n(Uygulama kayıtları ektedir.)',
    attachmentPaths: [logFilePath],
    isHTML: false,
  );
  try {
    await FlutterEmailSender.send(email);
  } on PlatformException catch (e) {
    if (!context.mounted) return;
    ScaffoldMessenger.of(context).showSnackBar(
      SnackBar(content: Text('E-posta uygulaması açılamadı: ${e.message ?? e.code}')),
    );
  }
}
""", api_free=True)

R(4020, "platform", "orta", "code",
  "Fotoğrafın baytlarını native taraftaki filtre koduna gönderip işlenmiş baytları geri al; Kotlin tarafında nasıl okunacağını da göster.",
  ["MethodChannel üzerinden Uint8List (byte dizisi) nasıl gönderilip alınır?",
   "resim byte'larini platform kanalindan native tarafa gonder, islenmis resmi geri al"],
  ["MethodChannel", "Uint8List", "invokeMethod"], r"""
const _imageChannel = MethodChannel('com.ornek.app/image_filter');

/// StandardMessageCodec Uint8List'i Android'de ByteArray, iOS'ta FlutterStandardTypedData olarak taşır.
Future<Uint8List> applyNativeFilter(Uint8List jpegBytes, {double strength = 0.5}) async {
  final result = await _imageChannel.invokeMethod<Uint8List>('applyFilter', {
    'bytes': jpegBytes,
    'strength': strength,
  });
  if (result == null) {
    throw PlatformException(code: 'EMPTY', message: 'Native taraf boş sonuç döndü');
  }
  return result;
}

// Android (Kotlin) tarafı, MainActivity.configureFlutterEngine içinde:
//   MethodChannel(flutterEngine.dartExecutor.binaryMessenger, "com.ornek.app/image_filter")
//     .setMethodCallHandler { call, result ->
//       if (call.method == "applyFilter") {
//         val bytes = call.argument<ByteArray>("bytes")!!
//         val strength = call.argument<Double>("strength") ?: 0.5
//         // Ağır işi arka plan iş parçacığında yapın, sonucu ana iş parçacığında döndürün
//         result.success(filter(bytes, strength))
//       } else result.notImplemented()
//     }
""")

R(4021, "platform", "kolay", "code",
  "Uygulamanın Play Store'dan mı yoksa dışarıdan APK ile mi yüklendiğini öğren; mağaza dışı kurulumda güncelleme için uyarı göster.",
  ["package_info_plus'taki installerStore ile uygulamanın hangi mağazadan yüklendiğini nasıl anlarım?",
   "yukleme kaynagini kontrol eden fonksiyon yaz, play store disindan kurulduysa uyari goster"],
  ["PackageInfo.fromPlatform", "installerStore"], r"""
// pubspec.yaml: package_info_plus
enum InstallSource { playStore, otherStore, sideloaded, unknown }

Future<InstallSource> installSource() async {
  // Bu ayrım Android'e özgü; diğer platformlarda bilinmiyor say
  if (kIsWeb || defaultTargetPlatform != TargetPlatform.android) return InstallSource.unknown;
  final info = await PackageInfo.fromPlatform();
  return switch (info.installerStore) {
    'com.android.vending' => InstallSource.playStore,
    // Elle kurulan APK'da null ya da sistemin paket yükleyicisi gelir
    null || 'com.google.android.packageinstaller' || 'com.android.packageinstaller' =>
      InstallSource.sideloaded,
    _ => InstallSource.otherStore, // Ör. Samsung Galaxy Store, Huawei AppGallery
  };
}

Future<void> warnIfSideloaded(BuildContext context) async {
  if (await installSource() != InstallSource.sideloaded || !context.mounted) return;
  ScaffoldMessenger.of(context).showMaterialBanner(
    MaterialBanner(
      content: const Text('Bu sürüm mağaza dışından yüklenmiş; güncellemeleri almak için mağazadan yükleyin.'),
      actions: [
        TextButton(
          onPressed: () => ScaffoldMessenger.of(context).hideCurrentMaterialBanner(),
          child: const Text('Tamam'),
        ),
      ],
    ),
  );
}
""", api_free=True)

R(4022, "platform", "kolay", "code",
  "Web sürümü 'magaza.com/?ref=instagram' gibi bir bağlantıyla açıldığında ref parametresini oku ve kampanya kaynağı olarak kaydet.",
  ["Flutter web'de tarayıcı adresindeki sorgu parametresini Uri.base ile nasıl okurum?",
   "web'de adres cubugundaki ?ref= degerini oku, hash'li adreste de calissin"],
  ["Uri.base", "queryParameters"], r"""
/// Uygulamanın açıldığı tam adres Uri.base'tedir (web'de tarayıcı adresi).
/// Hash stratejisinde parametre '#/?ref=...' gibi fragment içinde de olabilir.
String? campaignSource() {
  final uri = Uri.base;
  final direct = uri.queryParameters['ref'];
  if (direct != null) return direct;
  final fragment = uri.fragment; // ör. '/urunler?ref=instagram'
  final q = fragment.indexOf('?');
  if (q == -1) return null;
  return Uri.splitQueryString(fragment.substring(q + 1))['ref'];
}

void main() {
  WidgetsFlutterBinding.ensureInitialized();
  final source = kIsWeb ? campaignSource() : null;
  runApp(MaterialApp(
    home: Scaffold(body: Center(child: Text('Kaynak: ${source ?? 'doğrudan'}'))),
  ));
}
""", api_free=True)

R(4023, "platform", "orta", "code",
  "Masaüstünde plan görüntüleyicide Ctrl basılıyken fare tekerleğini çevirince yakınlaşıp uzaklaşsın, Ctrl yokken sayfa normal kaysın.",
  ["PointerScrollEvent ve HardwareKeyboard ile Ctrl + tekerlek yakınlaştırmayı nasıl yakalarım?",
   "masaustunde ctrl ile mouse tekerlegi cevrilince zoom yapsin, ctrl yoksa kaydirsin"],
  ["PointerScrollEvent", "isControlPressed", "onPointerSignal"], r"""
class WheelZoomView extends StatefulWidget {
  const WheelZoomView({super.key, required this.child});
  final Widget child;

  @override
  State<WheelZoomView> createState() => _WheelZoomViewState();
}

class _WheelZoomViewState extends State<WheelZoomView> {
  double _scale = 1;

  void _onSignal(PointerSignalEvent event) {
    if (event is! PointerScrollEvent) return;
    final keyboard = HardwareKeyboard.instance;
    if (!keyboard.isControlPressed && !keyboard.isMetaPressed) return; // Normal kaydırma kalsın
    // Olayı sahiplen ki üstteki kaydırılabilir alan da kaymasın
    GestureBinding.instance.pointerSignalResolver.register(event, (e) {
      final dy = (e as PointerScrollEvent).scrollDelta.dy;
      setState(() => _scale = (_scale * (dy > 0 ? 0.9 : 1.1)).clamp(0.5, 4.0));
    });
  }

  @override
  Widget build(BuildContext context) {
    return Listener(
      onPointerSignal: _onSignal,
      child: ClipRect(
        child: Transform.scale(scale: _scale, child: widget.child),
      ),
    );
  }
}
""", api_free=True)

R(4024, "platform", "orta", "code",
  "macOS sürümünde ekranın üstündeki menü çubuğunda 'Dosya > Yeni not (⌘N)' ve 'Kaydet (⌘S)' menüleri olsun, seçilince ilgili işlem çalışsın.",
  ["PlatformMenuBar ile macOS'un yerel menü çubuğuna kısayollu menü nasıl eklenir?",
   "mac'te ust menu cubuguna dosya menusu ekle, cmd+n ve cmd+s kisayollari calissin"],
  ["PlatformMenuBar", "PlatformMenuItem", "SingleActivator"], r"""
class NotesMenuBar extends StatelessWidget {
  const NotesMenuBar({super.key, required this.onNew, required this.onSave, required this.child});
  final VoidCallback onNew;
  final VoidCallback onSave;
  final Widget child;

  @override
  Widget build(BuildContext context) {
    // Yerel menü çubuğu yalnızca macOS'ta var; diğer platformlarda içeriği olduğu gibi göster
    if (kIsWeb || defaultTargetPlatform != TargetPlatform.macOS) return child;
    return PlatformMenuBar(
      menus: [
        PlatformMenu(label: 'Notlar', menus: [
          if (PlatformProvidedMenuItem.hasMenu(PlatformProvidedMenuItemType.quit))
            const PlatformProvidedMenuItem(type: PlatformProvidedMenuItemType.quit),
        ]),
        PlatformMenu(label: 'Dosya', menus: [
          PlatformMenuItem(
            label: 'Yeni not',
            shortcut: const SingleActivator(LogicalKeyboardKey.keyN, meta: true),
            onSelected: onNew,
          ),
          PlatformMenuItem(
            label: 'Kaydet',
            shortcut: const SingleActivator(LogicalKeyboardKey.keyS, meta: true),
            onSelected: onSave,
          ),
        ]),
      ],
      child: child,
    );
  }
}
""", api_free=True)

# ---------------------------------------------------------------- images_assets (2)
R(4013, "images_assets", "orta", "code",
  "Şeffaf arka planlı PNG logoyu JPEG'e çevirince arka plan siyah çıkıyor; şeffaf yerleri beyaz yapıp öyle JPEG olarak kaydet.",
  ["image paketiyle saydam PNG'yi beyaz zemin üzerine yerleştirip JPEG'e nasıl çeviririm?",
   "png'yi jpg yapinca seffaf yerler siyah oluyor, beyaz arka planla jpeg'e cevir"],
  ["compositeImage", "encodeJpg"], r"""
// pubspec.yaml: image
// JPEG'de alfa kanalı yoktur; saydam pikseller RGB=0 olduğundan siyaha döner.
// Önce beyaz bir tuval oluşturup PNG'yi üstüne alfa karıştırmasıyla çizmek gerekir.
Uint8List pngToJpegOnWhite(Uint8List pngBytes, {int quality = 88}) {
  final logo = img.decodeImage(pngBytes);
  if (logo == null) throw const FormatException('Resim çözülemedi');
  final canvas = img.Image(width: logo.width, height: logo.height); // 3 kanal, alfa yok
  img.fill(canvas, color: img.ColorRgb8(255, 255, 255));
  img.compositeImage(canvas, logo); // Varsayılan karıştırma: alpha
  return img.encodeJpg(canvas, quality: quality);
}

// Büyük resimlerde arayüz donmasın diye arka planda çalıştır:
Future<Uint8List> pngToJpegInBackground(Uint8List pngBytes) =>
    Isolate.run(() => pngToJpegOnWhite(pngBytes));
""", api_free=True)

R(4014, "images_assets", "kolay", "code",
  "Ürün listesinde resim yüklenene kadar kutu, API'nin her ürün için gönderdiği baskın renk koduyla dolu görünsün; resim gelince üstüne yumuşakça açılsın.",
  ["Resim yer tutucusu olarak sunucudan gelen hex rengi nasıl kullanırım?",
   "resim inene kadar apiden gelen ortalama renkte bir kutu goster, sonra resim yavasca gelsin"],
  ["Image.network", "frameBuilder | FadeInImage", "radix"], r"""
Color colorFromHex(String hex, {Color fallback = const Color(0xFFE0E0E0)}) {
  final cleaned = hex.replaceFirst('#', '');
  final value = int.tryParse(cleaned, radix: 16);
  if (value == null || cleaned.length != 6) return fallback;
  return Color(0xFF000000 | value); // Tam opak
}

class ColorPlaceholderImage extends StatelessWidget {
  const ColorPlaceholderImage({super.key, required this.url, required this.dominantHex});
  final String url;
  final String dominantHex;

  @override
  Widget build(BuildContext context) {
    return AspectRatio(
      aspectRatio: 1,
      child: ColoredBox(
        color: colorFromHex(dominantHex), // Resim gelene kadar görünen zemin
        child: Image.network(
          url,
          fit: BoxFit.cover,
          frameBuilder: (context, child, frame, sync) {
            if (sync) return child;
            return AnimatedOpacity(
              opacity: frame == null ? 0 : 1,
              duration: const Duration(milliseconds: 300),
              child: child,
            );
          },
          errorBuilder: (_, __, ___) => const Icon(Icons.image_not_supported_outlined),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4015, "images_assets", "orta", "code",
  "Galerideki küçük resme basılı tutunca büyük hali ekranın ortasında önizleme olarak belirsin, parmak kalkınca kaybolsun.",
  ["Uzun basınca OverlayEntry ile resmin büyük önizlemesini nasıl gösteririm?",
   "kucuk resme basili tutunca buyuk hali ortada cikip parmak kalkinca kapansin"],
  ["OverlayEntry", "onLongPressStart | onLongPress", "onLongPressEnd | onLongPressUp"], r"""
class PeekableThumbnail extends StatefulWidget {
  const PeekableThumbnail({super.key, required this.url});
  final String url;

  @override
  State<PeekableThumbnail> createState() => _PeekableThumbnailState();
}

class _PeekableThumbnailState extends State<PeekableThumbnail> {
  OverlayEntry? _entry;

  void _show() {
    _entry = OverlayEntry(
      builder: (context) => IgnorePointer( // Parmak hareketi alttaki hareketi bozmasın
        child: ColoredBox(
          color: Colors.black54,
          child: Center(
            child: FractionallySizedBox(
              widthFactor: 0.85,
              child: ClipRRect(
                borderRadius: BorderRadius.circular(16),
                child: Image.network(widget.url, fit: BoxFit.contain),
              ),
            ),
          ),
        ),
      ),
    );
    Overlay.of(context).insert(_entry!);
  }

  void _hide() {
    _entry?.remove();
    _entry = null;
  }

  @override
  void dispose() {
    _hide(); // Sayfa kapanırken önizleme açık kalmasın
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onLongPressStart: (_) => _show(),
      onLongPressEnd: (_) => _hide(),
      onLongPressCancel: _hide,
      child: Image.network(widget.url, width: 100, height: 100, fit: BoxFit.cover, cacheWidth: 200),
    );
  }
}
""", api_free=True)

R(4016, "images_assets", "kolay", "code",
  "Sohbet listesindeki profil fotoğrafının sağ alt köşesinde kişi çevrimiçiyse beyaz kenarlı yeşil bir nokta görünsün.",
  ["CircleAvatar'ın köşesine Stack ve Positioned ile durum noktası nasıl eklenir?",
   "profil resminin sag altina online ise yesil nokta koy, etrafinda beyaz cerceve olsun"],
  ["Stack", "Positioned", "CircleAvatar"], r"""
class PresenceAvatar extends StatelessWidget {
  const PresenceAvatar({super.key, required this.imageUrl, required this.online, this.radius = 24});
  final String imageUrl;
  final bool online;
  final double radius;

  @override
  Widget build(BuildContext context) {
    final dot = radius * 0.55;
    return Stack(
      clipBehavior: Clip.none,
      children: [
        CircleAvatar(radius: radius, backgroundImage: NetworkImage(imageUrl)),
        if (online)
          Positioned(
            right: 0,
            bottom: 0,
            child: Container(
              width: dot,
              height: dot,
              decoration: BoxDecoration(
                color: Colors.green,
                shape: BoxShape.circle,
                // Kenarlık arka plan renginde: nokta avatardan ayrışır
                border: Border.all(color: Theme.of(context).colorScheme.surface, width: 2),
              ),
            ),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4017, "images_assets", "zor", "code",
  "Paylaşmadan önce fotoğrafta kullanıcının seçtiği dikdörtgen bölgeyi (ör. araç plakası) pikselleştirerek gizle ve yeni resmi kaydet.",
  ["image paketinin pixelate fonksiyonuyla resmin sadece bir bölgesini nasıl mozaiklerim?",
   "fotograftaki secilen alani pikselli yap, plaka gorunmesin, sonra jpeg olarak kaydet"],
  ["pixelate", "copyCrop", "compositeImage"], r"""
// pubspec.yaml: image
/// [region] resmin piksel koordinatlarında (x, y, genişlik, yükseklik).
Uint8List pixelateRegion(Uint8List photoBytes, ({int x, int y, int width, int height}) region,
    {int blockSize = 16}) {
  final photo = img.decodeImage(photoBytes);
  if (photo == null) throw const FormatException('Fotoğraf çözülemedi');
  // Bölgeyi resim sınırlarına kırp
  final x = region.x.clamp(0, photo.width - 1);
  final y = region.y.clamp(0, photo.height - 1);
  final w = region.width.clamp(1, photo.width - x);
  final h = region.height.clamp(1, photo.height - y);

  final part = img.copyCrop(photo, x: x, y: y, width: w, height: h);
  final mosaic = img.pixelate(part, size: blockSize); // Bloklar tek renge iner
  img.compositeImage(photo, mosaic, dstX: x, dstY: y); // Geri yerine yapıştır
  return img.encodeJpg(photo, quality: 90);
}

// Ekrandaki seçim, resmin gerçek boyutuna oranlanarak bölgeye çevrilmeli:
// final scale = photoWidth / shownWidth; region = (x: (sel.left * scale).round(), ...)
Future<Uint8List> pixelateInBackground(Uint8List bytes, ({int x, int y, int width, int height}) region) =>
    Isolate.run(() => pixelateRegion(bytes, region));
""", api_free=True)

# ---------------------------------------------------------------- localization (2)
R(4013, "localization", "kolay", "code",
  "İndirim oranı alanına kullanıcı '%15' ya da '%12,5' yazıyor; bunu Türkçe yüzde biçimine göre çözüp 0.15 gibi orana çevir, '%' yazmazsa da anlasın.",
  ["NumberFormat.percentPattern ile Türkçe yazılmış yüzde metnini sayıya nasıl çeviririm?",
   "kullanicinin yazdigi yuzde degerini orana cevir, %12,5 0.125 olsun"],
  ["NumberFormat.percentPattern", "parse"], r"""
// pubspec.yaml: intl
// Türkçede yüzde işareti başta ('%15') ve ondalık ayırıcı virgüldür.
double? parsePercentTr(String input) {
  var text = input.trim().replaceAll(' ', '');
  if (text.isEmpty) return null;
  if (!text.contains('%')) text = '%$text'; // Kullanıcı işareti yazmadıysa ekle
  try {
    // parse yüzde işaretini görünce değeri 100'e böler: '%15' -> 0.15
    final value = NumberFormat.percentPattern('tr').parse(text).toDouble();
    return (value < 0 || value > 1) ? null : value;
  } on FormatException {
    return null;
  }
}

void main() {
  print(parsePercentTr('%15')); // 0.15
  print(parsePercentTr('%12,5')); // 0.125
  print(parsePercentTr('8')); // 0.08
  print(parsePercentTr('abc')); // null
}
""", api_free=True)

R(4014, "localization", "orta", "code",
  "Ödeme ekranının desteklediğimiz her dilde küçük telefon ekranında taşma (overflow) hatası vermediğini tek bir döngüyle test et.",
  ["AppLocalizations.supportedLocales üzerinde dönerek her dil için widget testi nasıl yazılır?",
   "butun dillerde odeme ekrani kucuk ekranda tasiyor mu, her dil icin test calistir"],
  ["supportedLocales", "testWidgets", "takeException"], r"""
void main() {
  for (final locale in AppLocalizations.supportedLocales) {
    testWidgets('Ödeme ekranı ${locale.toLanguageTag()} dilinde taşmaz', (tester) async {
      // Küçük bir telefon: 320x568 mantıksal piksel
      tester.view.physicalSize = const Size(320, 568);
      tester.view.devicePixelRatio = 1.0;
      addTearDown(tester.view.reset);

      await tester.pumpWidget(MaterialApp(
        locale: locale,
        localizationsDelegates: AppLocalizations.localizationsDelegates,
        supportedLocales: AppLocalizations.supportedLocales,
        home: const CheckoutPage(),
      ));
      await tester.pumpAndSettle();

      // 'A RenderFlex overflowed' hataları burada yakalanır
      expect(tester.takeException(), isNull);
    });
  }
}
// CheckoutPage: test edilen ekran; AppLocalizations: gen-l10n'ün ürettiği sınıf.
""")

R(4015, "localization", "kolay", "code",
  "Takvim kartında yer yetiyorsa ay adı uzun ('Eylül'), dar alanda kısa ('Eyl') yazılsın; ay adları seçili dile göre gelsin.",
  ["Mevcut genişliğe göre DateFormat'ın uzun (MMMM) veya kısa (MMM) ay biçimini nasıl seçerim?",
   "genislik azsa kisa ay adi, yer varsa uzun ay adi goster, dile gore olsun"],
  ["LayoutBuilder", "DateFormat", "Localizations.localeOf"], r"""
// pubspec.yaml: intl (flutter_localizations ile tarih verileri yüklü olmalı)
class MonthLabel extends StatelessWidget {
  const MonthLabel({super.key, required this.date});
  final DateTime date;

  @override
  Widget build(BuildContext context) {
    final locale = Localizations.localeOf(context).toLanguageTag();
    return LayoutBuilder(
      builder: (context, constraints) {
        // 90 pikselden dar alanda kısa ad: 'Eyl 2026' / 'Sep 2026'
        final pattern = constraints.maxWidth < 90 ? DateFormat.yMMM(locale) : DateFormat.yMMMM(locale);
        return Text(
          pattern.format(date),
          maxLines: 1,
          overflow: TextOverflow.fade,
          softWrap: false,
        );
      },
    );
  }
}
""", api_free=True)

R(4016, "localization", "orta", "code",
  "Sunucudan gelen duyuru metinlerinin içinde '2024-03-05' gibi tarihler geçiyor; metindeki bu tarihleri seçili dilin tarih biçimine çevirerek göster.",
  ["Metnin içindeki ISO tarihleri bulup yerel biçimle değiştirmek için replaceAllMapped nasıl kullanılır?",
   "duyuru metnindeki yyyy-aa-gg tarihlerini bul ve kullanicinin dilindeki tarih bicimine cevir"],
  ["replaceAllMapped", "DateFormat"], r"""
// pubspec.yaml: intl
final _isoDate = RegExp(r'\b(\d{4})-(\d{2})-(\d{2})\b');

String localizeDatesInText(String text, String locale) {
  final format = DateFormat.yMMMMd(locale); // tr: 5 Mart 2024, en: March 5, 2024
  return text.replaceAllMapped(_isoDate, (m) {
    final year = int.parse(m[1]!), month = int.parse(m[2]!), day = int.parse(m[3]!);
    final date = DateTime(year, month, day);
    // 2024-02-31 gibi geçersiz tarihler DateTime'da taşar; olduğu gibi bırak
    if (date.month != month || date.day != day) return m[0]!;
    return format.format(date);
  });
}

class AnnouncementText extends StatelessWidget {
  const AnnouncementText({super.key, required this.text});
  final String text;

  @override
  Widget build(BuildContext context) {
    final locale = Localizations.localeOf(context).toLanguageTag();
    return Text(localizeDatesInText(text, locale));
  }
}
""", api_free=True)

R(4017, "localization", "orta", "code",
  "Arapça arayüzde 'Sipariş: ABC-123/7' gibi sipariş kodları ve telefon numaraları cümle içinde karışık sırayla görünüyor; bu parçalar hep soldan sağa dursun.",
  ["Sağdan sola metin içinde Latin kod ve numaraları Unicode yön yalıtım karakterleriyle nasıl korurum?",
   "arapca metin icinde siparis kodu ters gorunuyor, kod hep soldan saga yazilsin nasil yaparim?"],
  ["\\u2066 | \\u200E | Bidi", "Text"], r"""
// Unicode 'yön yalıtımı': LRI (U+2066) ... PDI (U+2069) arasındaki metin, çevresindeki
// sağdan sola cümleden bağımsız olarak soldan sağa dizilir. Noktalama ve tire kaymaz.
const _lri = '\u2066';
const _pdi = '\u2069';

String ltrIsolate(String value) => '$_lri$value$_pdi';

class OrderLine extends StatelessWidget {
  const OrderLine({super.key, required this.label, required this.orderCode});
  final String label; // Çeviriden gelir, ör. Arapça 'رقم الطلب'
  final String orderCode; // 'ABC-123/7'

  @override
  Widget build(BuildContext context) {
    // Cümlenin yönü uygulamanın dilinden gelir, sadece kod yalıtılır
    return Text('$label: ${ltrIsolate(orderCode)}');
  }
}
""", api_free=True)

R(4018, "localization", "orta", "concept",
  "Android 13'te telefon ayarlarından uygulamaya özel dil seçilebiliyor ama benim uygulamam o listede çıkmıyor ve seçilen dil uygulamaya yansımıyor; neden?",
  ["Android 13 uygulama başına dil (per-app language) ayarını Flutter uygulamamda nasıl desteklerim?",
   "android ayarlarinda uygulama dili secenegi cikmiyor, uygulamaya per-app dil destegi ekle"],
  ["supportedLocales"], r"""
// Android 13+ 'Uygulama dilleri' listesinde sadece dillerini bildiren uygulamalar görünür.
// 1) android/app/src/main/res/xml/locales_config.xml:
//      <locale-config xmlns:android="http://schemas.android.com/apk/res/android">
//        <locale android:name="tr"/>
//        <locale android:name="en"/>
//      </locale-config>
// 2) AndroidManifest.xml <application ... android:localeConfig="@xml/locales_config">
// 3) Flutter tarafında ek kod gerekmez: kullanıcı ayardan dil seçince platform bunu
//    tercih edilen dil olarak bildirir ve MaterialApp locale vermediysen onu çözer.
//    Bu yüzden MaterialApp'e sabit 'locale:' vermeyin (ya da kullanıcı seçmediyse null bırakın).
class PerAppLanguageApp extends StatelessWidget {
  const PerAppLanguageApp({super.key, this.userChosenLocale});
  final Locale? userChosenLocale; // Uygulama içinden seçim yapılmadıysa null

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      locale: userChosenLocale, // null -> sistem/uygulama-başına dil kullanılır
      supportedLocales: const [Locale('tr'), Locale('en')],
      localizationsDelegates: GlobalMaterialLocalizations.delegates,
      home: const Scaffold(body: Center(child: Text('Merhaba'))),
    );
  }
}
""")

R(4019, "localization", "kolay", "code",
  "Profilde üyelik süresini Türkçe olarak '2 yıl 3 ay', '5 ay' veya '12 gün' şeklinde yaz.",
  ["İki tarih arasındaki farkı yıl, ay ve gün olarak Türkçe metne çeviren fonksiyon nasıl yazılır?",
   "uyelik suresini 1 yil 4 ay gibi yaz, bir aydan azsa gun olarak goster"],
  ["DateTime", "year", "month"], r"""
String membershipDuration(DateTime since, {DateTime? now}) {
  final today = now ?? DateTime.now();
  var months = (today.year - since.year) * 12 + today.month - since.month;
  if (today.day < since.day) months--; // Ay henüz dolmadı
  if (months <= 0) {
    final days = DateTime(today.year, today.month, today.day)
        .difference(DateTime(since.year, since.month, since.day))
        .inDays;
    return days <= 0 ? 'bugün katıldı' : '$days gün';
  }
  final years = months ~/ 12;
  final restMonths = months % 12;
  // Türkçede sayıdan sonra isim tekil kalır: '2 yıl', '3 ay'
  return [
    if (years > 0) '$years yıl',
    if (restMonths > 0) '$restMonths ay',
  ].join(' ');
}

void main() {
  final now = DateTime(2026, 12, 6);
  print(membershipDuration(DateTime(2024, 9, 1), now: now)); // 2 yıl 3 ay
  print(membershipDuration(DateTime(2026, 7, 10), now: now)); // 4 ay
  print(membershipDuration(DateTime(2026, 11, 24), now: now)); // 12 gün
}
""", api_free=True)

# ---------------------------------------------------------------- testing (2)
R(4018, "testing", "orta", "code",
  "Sayaç artınca sadece sayı yazısının yenilendiğini, sayfa başlığı widget'ının yeniden build edilmediğini test et.",
  ["Bir widget'ın gereksiz yere yeniden build edilmediğini widget testinde nasıl doğrularım?",
   "sayaca basinca baslik widgeti tekrar build oluyor mu, build sayisini sayarak test et"],
  ["testWidgets", "tap(", "pump("], r"""
class CounterScreen extends StatefulWidget {
  const CounterScreen({super.key, this.onHeaderBuild});
  final VoidCallback? onHeaderBuild; // Testte build sayısını saymak için

  @override
  State<CounterScreen> createState() => _CounterScreenState();
}

class _CounterScreenState extends State<CounterScreen> {
  final _count = ValueNotifier(0);

  @override
  void dispose() {
    _count.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(children: [
      _Header(onBuild: widget.onHeaderBuild),
      ValueListenableBuilder<int>(valueListenable: _count, builder: (_, v, __) => Text('Sayı: $v')),
      TextButton(onPressed: () => _count.value++, child: const Text('Artır')),
    ]);
  }
}

class _Header extends StatelessWidget {
  const _Header({this.onBuild});
  final VoidCallback? onBuild;

  @override
  Widget build(BuildContext context) {
    onBuild?.call();
    return const Text('Adım sayacı');
  }
}

void main() {
  testWidgets('Artır başlığı yeniden build etmez', (tester) async {
    var headerBuilds = 0;
    await tester.pumpWidget(MaterialApp(
      home: Scaffold(body: CounterScreen(onHeaderBuild: () => headerBuilds++)),
    ));
    expect(headerBuilds, 1);

    for (var i = 0; i < 3; i++) {
      await tester.tap(find.text('Artır'));
      await tester.pump();
    }
    expect(find.text('Sayı: 3'), findsOneWidget);
    expect(headerBuilds, 1); // Sadece ValueListenableBuilder yenilendi
  });
}
""", api_free=True)

R(4019, "testing", "kolay", "code",
  "Token'ı flutter_secure_storage'da saklayan oturum servisimi gerçek cihaz anahtar deposu olmadan birim testiyle test et.",
  ["FlutterSecureStorage.setMockInitialValues ile güvenli depolama kullanan kodu nasıl test ederim?",
   "guvenli depoda tutulan tokeni okuyan servis icin bir test yaz, sahte degerlerle calissin"],
  ["setMockInitialValues", "test("], r"""
// pubspec.yaml: flutter_secure_storage
class SessionStore {
  SessionStore([FlutterSecureStorage? storage]) : _storage = storage ?? const FlutterSecureStorage();
  final FlutterSecureStorage _storage;

  Future<bool> get isLoggedIn async => (await _storage.read(key: 'token')) != null;
  Future<void> save(String token) => _storage.write(key: 'token', value: token);
  Future<void> logout() => _storage.delete(key: 'token');
}

void main() {
  TestWidgetsFlutterBinding.ensureInitialized();

  test('kayıtlı token varsa oturum açık sayılır', () async {
    FlutterSecureStorage.setMockInitialValues({'token': 'abc123'});
    expect(await SessionStore().isLoggedIn, isTrue);
  });

  test('çıkış yapınca token silinir', () async {
    FlutterSecureStorage.setMockInitialValues({});
    final store = SessionStore();
    await store.save('xyz');
    expect(await store.isLoggedIn, isTrue);
    await store.logout();
    expect(await store.isLoggedIn, isFalse);
  });
}
""")

R(4020, "testing", "kolay", "code",
  "10 bin ürünlük listeyi sıralayan fonksiyonumun yavaşlamadığından emin olmak için 200 ms'yi geçmediğini kontrol eden bir test yaz.",
  ["Bir fonksiyonun çalışma süresini Stopwatch ile ölçüp sınırı aşarsa başarısız olan test nasıl yazılır?",
   "siralama fonksiyonu 200 milisaniyeden uzun surerse test kalsin"],
  ["Stopwatch", "elapsedMilliseconds", "lessThan"], r"""
List<({String name, double price})> sortByPrice(List<({String name, double price})> items) =>
    [...items]..sort((a, b) => a.price.compareTo(b.price));

void main() {
  test('10 bin ürün 200 ms içinde sıralanır', () {
    final random = Random(42); // Sabit tohum: her çalıştırmada aynı veri
    final items = List.generate(10000, (i) => (name: 'Ürün $i', price: random.nextDouble() * 1000));

    sortByPrice(items); // Isınma turu: ilk çalıştırmadaki derleme maliyeti ölçüme girmesin
    final watch = Stopwatch()..start();
    final sorted = sortByPrice(items);
    watch.stop();

    expect(sorted.first.price, lessThanOrEqualTo(sorted.last.price));
    // CI makineleri yavaş olabilir; sınırı gerçek süreden bolca yüksek tut
    expect(watch.elapsedMilliseconds, lessThan(200), reason: 'Sıralama ${watch.elapsedMilliseconds} ms sürdü');
  });
}
""", api_free=True)

R(4021, "testing", "kolay", "code",
  "Gerçek API cevabını test/fixtures/urun.json dosyasına koydum; modelin bu dosyadan doğru oluştuğunu test et.",
  ["Test klasöründeki bir JSON fixture dosyasını okuyup fromJson'u nasıl test ederim?",
   "test icin ornek json dosyasini oku ve urun modeline dogru donusuyor mu kontrol et"],
  ["readAsStringSync | readAsString", "jsonDecode", "expect"], r"""
class Product {
  const Product({required this.id, required this.name, required this.price, required this.tags});
  final int id;
  final String name;
  final double price;
  final List<String> tags;

  factory Product.fromJson(Map<String, dynamic> json) => Product(
        id: json['id'] as int,
        name: json['name'] as String,
        price: (json['price'] as num).toDouble(),
        tags: (json['tags'] as List? ?? const []).cast<String>(),
      );
}

/// flutter test proje kökünde çalışır; yol köke göredir.
Map<String, dynamic> fixture(String name) =>
    jsonDecode(File('test/fixtures/$name').readAsStringSync()) as Map<String, dynamic>;

void main() {
  test('urun.json doğru ayrıştırılır', () {
    final product = Product.fromJson(fixture('urun.json'));
    expect(product.id, 42);
    expect(product.name, 'Kablosuz Kulaklık');
    expect(product.price, closeTo(1299.9, 0.001));
    expect(product.tags, containsAll(['ses', 'bluetooth']));
  });
}
// test/fixtures/urun.json:
// {"id": 42, "name": "Kablosuz Kulaklık", "price": 1299.9, "tags": ["ses", "bluetooth"]}
""")

R(4022, "testing", "orta", "code",
  "Liste aşağı kaydırılınca 'Ekle' butonunun gizlendiğini, yukarı kaydırılınca tekrar göründüğünü widget testiyle doğrula.",
  ["Kaydırma yönüne göre gizlenen FloatingActionButton'ı testte drag ile nasıl test ederim?",
   "asagi kayinca ekle butonu kayboluyor mu, yukari kayinca geri geliyor mu test et"],
  ["drag(", "pumpAndSettle", "FloatingActionButton"], r"""
class NotesPage extends StatefulWidget {
  const NotesPage({super.key});

  @override
  State<NotesPage> createState() => _NotesPageState();
}

class _NotesPageState extends State<NotesPage> {
  bool _fabVisible = true;

  bool _onScroll(UserScrollNotification n) {
    final visible = switch (n.direction) {
      ScrollDirection.reverse => false, // İçerik aşağı kayıyor
      ScrollDirection.forward => true,
      ScrollDirection.idle => _fabVisible,
    };
    if (visible != _fabVisible) setState(() => _fabVisible = visible);
    return false;
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: NotificationListener<UserScrollNotification>(
        onNotification: _onScroll,
        child: ListView.builder(itemCount: 50, itemBuilder: (_, i) => ListTile(title: Text('Not $i'))),
      ),
      floatingActionButton: _fabVisible
          ? FloatingActionButton(onPressed: () {}, child: const Icon(Icons.add))
          : null,
    );
  }
}

void main() {
  testWidgets('Kaydırma yönüne göre Ekle butonu gizlenir/görünür', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: NotesPage()));
    expect(find.byType(FloatingActionButton), findsOneWidget);

    await tester.drag(find.byType(ListView), const Offset(0, -300)); // Parmak yukarı: liste aşağı
    await tester.pumpAndSettle();
    expect(find.byType(FloatingActionButton), findsNothing);

    await tester.drag(find.byType(ListView), const Offset(0, 150)); // Liste yukarı
    await tester.pumpAndSettle();
    expect(find.byType(FloatingActionButton), findsOneWidget);
  });
}
""", api_free=True)

R(4023, "testing", "orta", "code",
  "Canlı fiyat sayfası kapanınca akış aboneliğinin gerçekten iptal edildiğini (bellek sızıntısı olmadığını) test et.",
  ["StreamController.hasListener ile widget kaldırılınca aboneliğin iptal edildiğini nasıl test ederim?",
   "sayfa kapaninca stream dinlemesi birakiliyor mu, hasListener ile test et"],
  ["StreamController", "hasListener", "pumpWidget"], r"""
class PriceTicker extends StatefulWidget {
  const PriceTicker({super.key, required this.prices});
  final Stream<double> prices;

  @override
  State<PriceTicker> createState() => _PriceTickerState();
}

class _PriceTickerState extends State<PriceTicker> {
  StreamSubscription<double>? _sub;
  double? _last;

  @override
  void initState() {
    super.initState();
    _sub = widget.prices.listen((p) => setState(() => _last = p));
  }

  @override
  void dispose() {
    _sub?.cancel(); // Bu satır unutulursa test kırmızı olur
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => Text(_last?.toStringAsFixed(2) ?? '-');
}

void main() {
  testWidgets('Widget kaldırılınca abonelik iptal edilir', (tester) async {
    final controller = StreamController<double>();
    addTearDown(controller.close);

    await tester.pumpWidget(MaterialApp(home: PriceTicker(prices: controller.stream)));
    expect(controller.hasListener, isTrue);

    controller.add(12.5);
    await tester.pump();
    expect(find.text('12.50'), findsOneWidget);

    // Sayfayı ağaçtan kaldır
    await tester.pumpWidget(const MaterialApp(home: SizedBox()));
    expect(controller.hasListener, isFalse);
  });
}
""", api_free=True)

# ---------------------------------------------------------------- performance (3)
R(4015, "performance", "orta", "code",
  "Alt menüde gizli duran canlı skor sekmesi görünmezken de sunucudan gelen akışı dinlemeye devam ediyor; sekme görünmezken dinlemeyi durdur, geri dönünce devam ettir.",
  ["IndexedStack'te görünmeyen sekmedeki StreamSubscription'ı nasıl duraklatıp sürdürürüm?",
   "gizli sekmedeki canli veri akisini durdur, sekmeye donunce tekrar dinlemeye basla"],
  ["pause", "resume", "didUpdateWidget"], r"""
class LiveScoreTab extends StatefulWidget {
  const LiveScoreTab({super.key, required this.scores, required this.active});
  final Stream<String> scores;
  final bool active; // Üstteki sayfa: index == seçili sekme

  @override
  State<LiveScoreTab> createState() => _LiveScoreTabState();
}

class _LiveScoreTabState extends State<LiveScoreTab> {
  late final StreamSubscription<String> _sub;
  String _score = '-';

  @override
  void initState() {
    super.initState();
    _sub = widget.scores.listen((s) => setState(() => _score = s));
    if (!widget.active) _sub.pause();
  }

  @override
  void didUpdateWidget(LiveScoreTab oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (oldWidget.active == widget.active) return;
    // Görünmezken ne build ne ağ işi; geri gelince kaldığı yerden
    widget.active ? _sub.resume() : _sub.pause();
  }

  @override
  void dispose() {
    _sub.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => Center(child: Text(_score, style: const TextStyle(fontSize: 32)));
}

// Kullanım:
// IndexedStack(index: _tab, children: [
//   const HomeTab(),
//   LiveScoreTab(scores: scoreStream, active: _tab == 1),
// ])
// Not: duraklatılan abonelik arada gelen olayları tamponlar; sadece en güncel veriyi istiyorsan
// pause yerine cancel edip sekmeye dönünce yeniden dinle.
""", api_free=True)

R(4016, "performance", "zor", "code",
  "Arka planda açtığım isolate büyük bir sonuç listesi üretiyor; bu sonucu ana isolate'e kopyalama maliyeti olmadan ilet ve isolate'i kapat.",
  ["Isolate.exit ile büyük bir sonucu kopyalamadan ana isolate'e nasıl gönderirim?",
   "isolate'in urettigi buyuk sonucu kopyalamadan ana tarafa ver ve isolate'i bitir"],
  ["Isolate.exit", "ReceivePort", "Isolate.spawn"], r"""
// SendPort.send mesajı kopyalar; Isolate.exit ise isolate'i sonlandırırken mesajın
// sahipliğini alıcıya devreder (aynı isolate grubunda kopya yok). Isolate.run de
// içeride bunu kullanır; elle spawn ettiğin isolate'lerde son mesajı böyle gönder.
Future<List<int>> computePrimes(int limit) async {
  final port = ReceivePort();
  await Isolate.spawn(_primesWorker, (port.sendPort, limit));
  final result = await port.first as List<int>;
  port.close();
  return result;
}

void _primesWorker((SendPort, int) args) {
  final (reply, limit) = args;
  final sieve = List<bool>.filled(limit + 1, true);
  final primes = <int>[];
  for (var i = 2; i <= limit; i++) {
    if (!sieve[i]) continue;
    primes.add(i);
    for (var j = i * i; j <= limit; j += i) {
      sieve[j] = false;
    }
  }
  Isolate.exit(reply, primes); // Sonucu devret ve isolate'i kapat
}

// Kullanım: final primes = await computePrimes(5000000);
""")

R(4017, "performance", "zor", "code",
  "Widget testlerinde dispose edilmeyen controller ve notifier'ları otomatik yakalayıp bellek sızıntısı varsa testi başarısız yap.",
  ["leak_tracker ile widget testlerinde bellek sızıntısı kontrolü nasıl açılır?",
   "testlerde dispose edilmeyen nesneler varsa bunu yakalayan ve testi kaldiran bir ayar yap"],
  ["LeakTesting"], r"""
// pubspec.yaml (dev_dependencies): leak_tracker_flutter_testing
// test/flutter_test_config.dart: tüm test dosyalarından önce çalışır
Future<void> testExecutable(FutureOr<void> Function() testMain) async {
  LeakTesting.enable();
  LeakTesting.settings = LeakTesting.settings
      .withIgnored(createdByTestHelpers: true); // Test yardımcılarının oluşturdukları sayılmasın
  await testMain();
}

// Sızdıran örnek: controller dispose edilmiyor -> test 'not disposed' sızıntısıyla kalır
class LeakyField extends StatefulWidget {
  const LeakyField({super.key});

  @override
  State<LeakyField> createState() => _LeakyFieldState();
}

class _LeakyFieldState extends State<LeakyField> {
  final _controller = TextEditingController();

  // Düzeltme: bu metodu ekle
  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => TextField(controller: _controller);
}
""")

R(4018, "performance", "kolay", "code",
  "Uygulama açılış süresini ölçmek istiyorum: main başladıktan ilk ekranın gerçekten çizilmesine kadar geçen süreyi logla.",
  ["waitUntilFirstFrameRasterized ile uygulamanın ilk kareyi çizme süresini nasıl ölçerim?",
   "acilis suresini olc, main'den ilk ekranin cizilmesine kadar kac ms geciyor logla"],
  ["Stopwatch", "waitUntilFirstFrameRasterized"], r"""
final _startup = Stopwatch();

Future<void> main() async {
  _startup.start(); // Dart tarafının başladığı an
  WidgetsFlutterBinding.ensureInitialized();
  await loadEssentials(); // Açılışta beklenen işler de süreye dahil

  runApp(const MaterialApp(home: Scaffold(body: Center(child: Text('Ana sayfa')))));

  // İlk kare GPU'da çizilip ekrana geldiğinde tamamlanır
  await WidgetsBinding.instance.waitUntilFirstFrameRasterized;
  _startup.stop();
  debugPrint('İlk kare: ${_startup.elapsedMilliseconds} ms');
  // Ölçümü profile/release modda yap; debug modu çok daha yavaştır.
}

Future<void> loadEssentials() async {
  await Future<void>.delayed(const Duration(milliseconds: 50)); // Ör. ayarları okuma
}
""")

# ---------------------------------------------------------------- images_assets (3)
R(4018, "images_assets", "orta", "code",
  "Albüm kapağının altında, kapağın ters çevrilmiş ve aşağı doğru soluklaşan bir yansıması görünsün.",
  ["Bir resmin altına ayna yansıması (reflection) efekti nasıl eklenir?",
   "resmin altina ters donmus ve asagi dogru kaybolan bir yansima ekle, nasil yaparim?"],
  ["Transform.flip | Transform | scale", "ShaderMask | LinearGradient"], r"""
class ReflectedCover extends StatelessWidget {
  const ReflectedCover({super.key, required this.image, this.size = 180});
  final ImageProvider image;
  final double size;

  @override
  Widget build(BuildContext context) {
    final cover = Image(image: image, width: size, height: size, fit: BoxFit.cover);
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        ClipRRect(borderRadius: BorderRadius.circular(8), child: cover),
        const SizedBox(height: 2),
        // Yansımanın yalnızca üst %40'ı görünür
        ClipRect(
          child: Align(
            alignment: Alignment.topCenter,
            heightFactor: 0.4,
            child: ShaderMask(
              blendMode: BlendMode.dstIn,
              shaderCallback: (rect) => LinearGradient(
                begin: Alignment.topCenter,
                end: Alignment.bottomCenter,
                colors: [Colors.white.withValues(alpha: 0.45), Colors.transparent],
                stops: const [0, 0.4],
              ).createShader(rect),
              child: Transform.flip(flipY: true, child: cover), // Dikeyde ters
            ),
          ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4019, "images_assets", "kolay", "code",
  "Çok geniş bir panorama fotoğrafı ekran yüksekliğine sığacak şekilde gösterilsin ve kullanıcı yatayda parmakla kaydırarak gezebilsin.",
  ["Geniş bir panoramik resmi yüksekliğe sığdırıp yatay kaydırılabilir nasıl yaparım?",
   "panorama fotoyu ekran boyunda goster, saga sola kaydirarak bakilsin"],
  ["SingleChildScrollView", "scrollDirection", "BoxFit.fitHeight | height"], r"""
class PanoramaViewer extends StatelessWidget {
  const PanoramaViewer({super.key, required this.assetPath});
  final String assetPath;

  @override
  Widget build(BuildContext context) {
    return LayoutBuilder(
      builder: (context, constraints) => SingleChildScrollView(
        scrollDirection: Axis.horizontal,
        child: Image.asset(
          assetPath,
          height: constraints.maxHeight, // Yüksekliğe sığar, genişlik orana göre taşar
          fit: BoxFit.fitHeight,
        ),
      ),
    );
  }
}
""", api_free=True)

R(4020, "images_assets", "kolay", "code",
  "Sunucudaki resim adresinde boşluk ve Türkçe karakter var ('ürün resmi 1.jpg' gibi); resim yüklenmiyor, adresi doğru kodlayıp göster.",
  ["Boşluk ve Türkçe karakter içeren bir resim URL'sini Uri.encodeFull ile nasıl düzeltirim?",
   "resim linkinde bosluk ve turkce harf olunca resim gelmiyor, linki kodlayip oyle goster"],
  ["Uri.encodeFull | Uri.encodeComponent | Uri.https", "Image.network | NetworkImage | CachedNetworkImage"], r"""
/// Adres zaten kodlanmışsa (%20 içeriyorsa) iki kez kodlamamak için önce çöz.
String safeImageUrl(String raw) {
  String decoded;
  try {
    decoded = Uri.decodeFull(raw);
  } on ArgumentError {
    decoded = raw; // Geçersiz % dizisi varsa olduğu gibi al
  }
  // encodeFull boşluk ve Türkçe harfleri %-kodlar, / : ? & gibi ayırıcılara dokunmaz
  return Uri.encodeFull(decoded);
}

class ProductImage extends StatelessWidget {
  const ProductImage({super.key, required this.url});
  final String url; // ör. 'https://cdn.ornek.com/görseller/ürün resmi 1.jpg'

  @override
  Widget build(BuildContext context) {
    return Image.network(
      safeImageUrl(url), // .../g%C3%B6rseller/%C3%BCr%C3%BCn%20resmi%201.jpg
      fit: BoxFit.cover,
      errorBuilder: (_, __, ___) => const Icon(Icons.broken_image_outlined),
    );
  }
}
""", api_free=True)

R(4021, "images_assets", "kolay", "code",
  "Ana sayfa kampanya görseli telefonda dikey, tablette ve geniş ekranda yatay sürümüyle gösterilsin.",
  ["Ekran genişliğine göre farklı asset resmi seçmek için LayoutBuilder nasıl kullanılır?",
   "genis ekranda yatay banner, telefonda dikey banner resmi goster"],
  ["LayoutBuilder | MediaQuery.sizeOf", "Image.asset"], r"""
class CampaignBanner extends StatelessWidget {
  const CampaignBanner({super.key});

  @override
  Widget build(BuildContext context) {
    return LayoutBuilder(
      builder: (context, constraints) {
        // Ekran değil, widget'a ayrılan genişliğe bakılır (bölünmüş ekranda da doğru)
        final wide = constraints.maxWidth >= 600;
        return AspectRatio(
          aspectRatio: wide ? 3 : 4 / 5,
          child: Image.asset(
            wide ? 'assets/images/banner_genis.png' : 'assets/images/banner_mobil.png',
            fit: BoxFit.cover,
          ),
        );
      },
    );
  }
}
""", api_free=True)

R(4022, "images_assets", "orta", "code",
  "Fotoğraf düzenleme ekranında seçilen emoji çıkartmaları fotoğrafın üstüne eklensin ve parmakla sürüklenerek istenen yere taşınabilsin.",
  ["Resmin üzerine eklenen çıkartmaları Stack ve GestureDetector ile sürüklenebilir nasıl yaparım?",
   "fotograf ustune sticker ekle ve parmakla surukleyip yerini degistir"],
  ["Stack", "Positioned", "onPanUpdate"], r"""
class StickerCanvas extends StatefulWidget {
  const StickerCanvas({super.key, required this.photo});
  final ImageProvider photo;

  @override
  State<StickerCanvas> createState() => _StickerCanvasState();
}

class _StickerCanvasState extends State<StickerCanvas> {
  final _stickers = <({String emoji, Offset position})>[];

  void _add(String emoji) =>
      setState(() => _stickers.add((emoji: emoji, position: const Offset(100, 100))));

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Expanded(
          child: ClipRect( // Çıkartmalar fotoğraf dışına taşmasın
            child: Stack(
              children: [
                Positioned.fill(child: Image(image: widget.photo, fit: BoxFit.cover)),
                for (var i = 0; i < _stickers.length; i++)
                  Positioned(
                    left: _stickers[i].position.dx,
                    top: _stickers[i].position.dy,
                    child: GestureDetector(
                      onPanUpdate: (d) => setState(() {
                        final s = _stickers[i];
                        _stickers[i] = (emoji: s.emoji, position: s.position + d.delta);
                      }),
                      child: Text(_stickers[i].emoji, style: const TextStyle(fontSize: 48)),
                    ),
                  ),
              ],
            ),
          ),
        ),
        Row(
          mainAxisAlignment: MainAxisAlignment.spaceEvenly,
          children: [
            for (final e in ['😎', '❤️', '🎉', '⭐'])
              IconButton(onPressed: () => _add(e), icon: Text(e, style: const TextStyle(fontSize: 28))),
          ],
        ),
      ],
    );
  }
}
""", api_free=True)

R(4023, "images_assets", "orta", "concept",
  "Ürün sayfasında 40 resmi Column içinde alt alta koydum; sayfa açılır açılmaz hepsi indiriliyor ve bellek artıyor. Resimler neden ekrana gelmeden yükleniyor?",
  ["SingleChildScrollView içindeki Image.network'ler neden görünmeden yükleniyor, tembel yükleme için ne yapmalıyım?",
   "column icindeki resimlerin hepsi ayni anda indiriliyor, sadece gorunenler yuklensin"],
  ["ListView.builder | SliverList | GridView.builder"], r"""
// SingleChildScrollView + Column tüm çocuklarını bir kerede oluşturur ve yerleştirir;
// her Image.network oluşturulduğu anda indirmeyi ve çözmeyi başlatır. Ekranda olup olmaması
// fark etmez. Tembel oluşturan listeler (ListView.builder, GridView.builder, SliverList)
// ise sadece görünür alan + cacheExtent içindeki öğeleri oluşturur; dışarı çıkanları atar.
class ProductGallery extends StatelessWidget {
  const ProductGallery({super.key, required this.urls});
  final List<String> urls;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: urls.length,
      itemBuilder: (context, i) => Padding(
        padding: const EdgeInsets.only(bottom: 8),
        child: AspectRatio(
          aspectRatio: 4 / 3, // Yükseklik önceden belli: kaydırma zıplamaz
          child: Image.network(urls[i], fit: BoxFit.cover, cacheWidth: 800),
        ),
      ),
    );
  }
}
// Sayfada başka bölümler de varsa CustomScrollView içinde SliverList.builder kullan.
""")

# ---------------------------------------------------------------- localization (3)
R(4020, "localization", "orta", "code",
  "Randevu saatini kullanıcı '14.30', '9:05', '2:30 PM' ya da '2 ÖS' gibi farklı biçimlerde yazabiliyor; hepsini saat ve dakikaya çevir, anlaşılmazsa hata göster.",
  ["Farklı dillerdeki 12 ve 24 saatlik yazımları TimeOfDay'e çeviren bir ayrıştırıcı nasıl yazılır?",
   "kullanicinin yazdigi saati 14.30 da olsa 2:30 pm de olsa saat ve dakikaya cevir"],
  ["TimeOfDay", "RegExp"], r"""
TimeOfDay? parseUserTime(String input) {
  // Türkçede saat '14.30' diye de yazılır; noktayı iki noktaya çevir
  final text = input.trim().toUpperCase().replaceAll('.', ':');

  final h24 = RegExp(r'^(\d{1,2}):(\d{2})$').firstMatch(text);
  if (h24 != null) {
    final h = int.parse(h24[1]!), m = int.parse(h24[2]!);
    return (h < 24 && m < 60) ? TimeOfDay(hour: h, minute: m) : null;
  }

  // 12 saat: 2 PM, 2:30 AM, 2:30 ÖS (öğleden sonra), 9 ÖÖ (öğleden önce)
  final h12 = RegExp(r'^(\d{1,2})(?::(\d{2}))?\s*(AM|PM|ÖÖ|ÖS)$').firstMatch(text);
  if (h12 != null) {
    final h = int.parse(h12[1]!), m = int.parse(h12[2] ?? '0');
    if (h < 1 || h > 12 || m > 59) return null;
    final pm = h12[3] == 'PM' || h12[3] == 'ÖS';
    return TimeOfDay(hour: h % 12 + (pm ? 12 : 0), minute: m);
  }
  return null;
}

class TimeInput extends StatelessWidget {
  const TimeInput({super.key, required this.onChanged});
  final ValueChanged<TimeOfDay> onChanged;

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      decoration: const InputDecoration(labelText: 'Saat', hintText: '14.30'),
      autovalidateMode: AutovalidateMode.onUserInteraction,
      validator: (v) => parseUserTime(v ?? '') == null ? 'Saat anlaşılamadı' : null,
      onChanged: (v) {
        final t = parseUserTime(v);
        if (t != null) onChanged(t);
      },
    );
  }
}
""", api_free=True)

R(4021, "localization", "kolay", "code",
  "Türkçe yazım kuralına göre dört basamaklı sayılar ayraçsız (1250), beş ve daha fazla basamaklılar noktalı (12.500) gösterilsin.",
  ["NumberFormat ile Türkçe biçimlendirirken 4 haneli sayılarda binlik ayracı nasıl kaldırırım?",
   "1250 ayracsiz, 12.500 ayracli yazilsin, turkce sayi yazim kuralina uygun formatla"],
  ["NumberFormat", "format"], r"""
// pubspec.yaml: intl
// TDK: dört basamaklı sayılar ayrılmadan yazılır (1250 TL); 10.000 ve üstünde nokta kullanılır.
String formatTrNumber(num value, {int decimals = 0}) {
  final f = NumberFormat.decimalPatternDigits(locale: 'tr', decimalDigits: decimals);
  final text = f.format(value);
  final whole = value.abs().truncate();
  if (whole >= 1000 && whole < 10000) {
    // İlk nokta binlik ayraçtır (ondalık ayırıcı virgül)
    return text.replaceFirst('.', '');
  }
  return text;
}

void main() {
  print(formatTrNumber(1250)); // 1250
  print(formatTrNumber(12500)); // 12.500
  print(formatTrNumber(4999.5, decimals: 2)); // 4999,50
  print(formatTrNumber(1250000)); // 1.250.000
}
""", api_free=True)

R(4022, "localization", "orta", "code",
  "Doğum tarihi için gün, ay ve yıl kutularının sırası seçili dile göre olsun: Türkçede gün-ay-yıl, ABD İngilizcesinde ay-gün-yıl, Japoncada yıl-ay-gün.",
  ["DateFormat.yMd kalıbından dile göre tarih alanlarının sırasını nasıl çıkarırım?",
   "dogum tarihi kutularinin sirasi dile gore degissin, amerikada once ay gelsin"],
  ["DateFormat.yMd", "pattern"], r"""
// pubspec.yaml: intl
enum DateField { day, month, year }

/// tr: 'dd.MM.y' -> gün, ay, yıl | en_US: 'M/d/y' -> ay, gün, yıl | ja: 'y/M/d' -> yıl, ay, gün
List<DateField> dateFieldOrder(String locale) {
  final pattern = DateFormat.yMd(locale).pattern ?? 'd.M.y';
  final order = <DateField>[];
  for (final ch in pattern.split('')) {
    final field = switch (ch) {
      'd' => DateField.day,
      'M' || 'L' => DateField.month,
      'y' => DateField.year,
      _ => null,
    };
    if (field != null && !order.contains(field)) order.add(field);
  }
  return order;
}

class BirthDateFields extends StatelessWidget {
  const BirthDateFields({super.key});

  @override
  Widget build(BuildContext context) {
    final locale = Localizations.localeOf(context).toLanguageTag();
    const labels = {DateField.day: 'Gün', DateField.month: 'Ay', DateField.year: 'Yıl'};
    return Row(
      children: [
        for (final f in dateFieldOrder(locale))
          Expanded(
            flex: f == DateField.year ? 2 : 1,
            child: Padding(
              padding: const EdgeInsets.symmetric(horizontal: 4),
              child: TextField(
                keyboardType: TextInputType.number,
                decoration: InputDecoration(labelText: labels[f]),
              ),
            ),
          ),
      ],
    );
  }
}
""")

# ---------------------------------------------------------------- testing (3)
R(4024, "testing", "orta", "code",
  "Ürün listesinin sonuna yaklaşınca ikinci sayfanın yüklendiğini ve aynı sayfanın iki kez istenmediğini widget testiyle doğrula.",
  ["Sonsuz kaydırma (infinite scroll) yapan listeyi widget testinde nasıl test ederim?",
   "liste sonuna gelince sonraki sayfa yukleniyor mu, ayni sayfa iki kere istenmiyor mu test et"],
  ["scrollUntilVisible | drag | fling", "testWidgets"], r"""
class ProductFeed extends StatefulWidget {
  const ProductFeed({super.key, required this.loadPage});
  final Future<List<String>> Function(int page) loadPage;

  @override
  State<ProductFeed> createState() => _ProductFeedState();
}

class _ProductFeedState extends State<ProductFeed> {
  final _controller = ScrollController();
  final _items = <String>[];
  int _page = 0;
  bool _loading = false, _hasMore = true;

  @override
  void initState() {
    super.initState();
    _controller.addListener(() {
      final p = _controller.position;
      if (p.pixels > p.maxScrollExtent - 200) _loadMore();
    });
    _loadMore();
  }

  Future<void> _loadMore() async {
    if (_loading || !_hasMore) return; // Aynı sayfayı iki kez isteme
    _loading = true;
    final next = await widget.loadPage(_page + 1);
    if (!mounted) return;
    setState(() {
      _page++;
      _items.addAll(next);
      _hasMore = next.isNotEmpty;
      _loading = false;
    });
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => ListView.builder(
        controller: _controller,
        itemCount: _items.length,
        itemBuilder: (_, i) => ListTile(title: Text(_items[i])),
      );
}

void main() {
  testWidgets('Sona yaklaşınca sonraki sayfa bir kez yüklenir', (tester) async {
    final requested = <int>[];
    Future<List<String>> fakeLoad(int page) async {
      requested.add(page);
      if (page > 3) return [];
      return List.generate(20, (i) => 'Ürün ${(page - 1) * 20 + i + 1}');
    }

    await tester.pumpWidget(MaterialApp(home: Scaffold(body: ProductFeed(loadPage: fakeLoad))));
    await tester.pump();
    expect(find.text('Ürün 1'), findsOneWidget);
    expect(requested, [1]);

    await tester.scrollUntilVisible(find.text('Ürün 30'), 300);
    expect(find.text('Ürün 30'), findsOneWidget);
    expect(requested.where((p) => p == 2).length, 1);
  });
}
""", api_free=True)

R(4025, "testing", "kolay", "code",
  "Ödeme işlenirken açılan pencerenin dışına dokununca kapanmadığını, sadece 'Tamam' butonuyla kapandığını test et.",
  ["barrierDismissible false olan dialog'un dışına dokunmayı testte tapAt ile nasıl denerim?",
   "dialog disina tiklaninca kapanmiyor mu test et, tamam'a basinca kapansin"],
  ["tapAt", "pumpAndSettle", "findsNothing"], r"""
class PayButton extends StatelessWidget {
  const PayButton({super.key});

  @override
  Widget build(BuildContext context) {
    return FilledButton(
      onPressed: () => showDialog<void>(
        context: context,
        barrierDismissible: false, // Dışarı dokunmak kapatmasın
        builder: (ctx) => AlertDialog(
          title: const Text('Ödeme işleniyor'),
          actions: [TextButton(onPressed: () => Navigator.pop(ctx), child: const Text('Tamam'))],
        ),
      ),
      child: const Text('Öde'),
    );
  }
}

void main() {
  testWidgets('Dışarı dokunmak pencereyi kapatmaz', (tester) async {
    await tester.pumpWidget(const MaterialApp(home: Scaffold(body: Center(child: PayButton()))));
    await tester.tap(find.text('Öde'));
    await tester.pumpAndSettle();
    expect(find.text('Ödeme işleniyor'), findsOneWidget);

    await tester.tapAt(const Offset(10, 10)); // Ekranın sol üst köşesi: pencerenin dışı
    await tester.pumpAndSettle();
    expect(find.text('Ödeme işleniyor'), findsOneWidget);

    await tester.tap(find.text('Tamam'));
    await tester.pumpAndSettle();
    expect(find.text('Ödeme işleniyor'), findsNothing);
  });
}
""", api_free=True)

# ---------------------------------------------------------------- dart_language (3)
R(4025, "dart_language", "orta", "code",
  "Sunucudan kategoriler id ve üst kategori id'siyle düz liste olarak geliyor; bunu iç içe kategori ağacına çevir.",
  ["parentId alanı olan düz bir listeden ağaç yapısı nasıl oluşturulur?",
   "ust kategori id'si olan duz listeyi ic ice agac yapisina cevir, tek dongude olsun"],
  ["children", "for"], r"""
class Category {
  Category(this.id, this.name, this.parentId);
  final int id;
  final String name;
  final int? parentId;
  final List<Category> children = [];
}

/// O(n): önce id -> düğüm haritası, sonra her düğümü ebeveynine bağla.
List<Category> buildTree(List<Category> flat) {
  final byId = {for (final c in flat) c.id: c};
  final roots = <Category>[];
  for (final c in flat) {
    final parent = c.parentId == null ? null : byId[c.parentId];
    // Ebeveyni olmayan ya da ebeveyni listede bulunmayan düğüm köke gider
    (parent?.children ?? roots).add(c);
  }
  return roots;
}

void printTree(List<Category> nodes, [int depth = 0]) {
  for (final n in nodes) {
    print('${'  ' * depth}- ${n.name}');
    printTree(n.children, depth + 1);
  }
}

void main() {
  final tree = buildTree([
    Category(1, 'Elektronik', null),
    Category(2, 'Telefon', 1),
    Category(3, 'Kulaklık', 1),
    Category(4, 'Kablosuz', 3),
    Category(5, 'Kitap', null),
  ]);
  printTree(tree);
}
""", api_free=True)

R(4026, "dart_language", "kolay", "code",
  "Sunucudan gelen 'Merhaba {ad}, siparişin {tutar} TL' gibi şablonlardaki süslü parantezli yerleri verdiğim değerlerle doldur; değeri olmayan yer olduğu gibi kalsın.",
  ["replaceAllMapped ile metin şablonundaki {alan} yer tutucularını Map'ten dolduran fonksiyon nasıl yazılır?",
   "sablondaki suslu parantezli alanlari map'teki degerlerle doldur, olmayanlari ellemeden birak"],
  ["replaceAllMapped", "RegExp"], r"""
final _placeholder = RegExp(r'\{(\w+)\}');

String fillTemplate(String template, Map<String, Object?> values) {
  return template.replaceAllMapped(_placeholder, (m) {
    final key = m[1]!;
    // Değer yoksa yer tutucuyu aynen bırak ki eksik veri fark edilsin
    return values.containsKey(key) ? '${values[key] ?? ''}' : m[0]!;
  });
}

void main() {
  const t = 'Merhaba {ad}, siparişin {tutar} TL. Kargo kodu: {kargo}';
  print(fillTemplate(t, {'ad': 'Ayşe', 'tutar': 249.9}));
  // Merhaba Ayşe, siparişin 249.9 TL. Kargo kodu: {kargo}
}
""")

# ---------------------------------------------------------------- platform (3)
R(4025, "platform", "kolay", "code",
  "Ayarlar sayfasında telefon ekranının yenileme hızını (60, 90 veya 120 Hz) göster; yüksekse 'Akıcı animasyonlar açık' yazsın.",
  ["FlutterView.display ile cihaz ekranının refreshRate değerini nasıl okurum?",
   "ekranin kac hz oldugunu bul ve ayarlar sayfasinda goster"],
  ["refreshRate", "View.of"], r"""
class DisplayInfoTile extends StatelessWidget {
  const DisplayInfoTile({super.key});

  @override
  Widget build(BuildContext context) {
    // Widget'ın çizildiği pencerenin bağlı olduğu ekran
    final display = View.of(context).display;
    final hz = display.refreshRate.round();
    return ListTile(
      leading: const Icon(Icons.monitor_heart_outlined),
      title: Text('Ekran yenileme hızı: $hz Hz'),
      subtitle: Text(hz > 60 ? 'Akıcı animasyonlar açık' : 'Standart yenileme hızı'),
      trailing: Text('${display.size.width.round()}x${display.size.height.round()}'),
    );
  }
}
""", api_free=True)

R(4026, "platform", "kolay", "code",
  "Web sürümünde çizim alanına sağ tıklayınca tarayıcının kendi menüsü açılıyor; bu menüyü kapat ki sağ tık uygulamanın içinde kullanılabilsin.",
  ["Flutter web'de BrowserContextMenu ile tarayıcının sağ tık menüsünü nasıl devre dışı bırakırım?",
   "webde sag tiklayinca tarayici menusu cikmasin, sag tiki uygulamada kullanacagim"],
  ["BrowserContextMenu.disableContextMenu"], r"""
Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  if (kIsWeb) {
    // Tüm sayfa için tarayıcının bağlam menüsü kapanır; metin kopyalama menüsü de gider
    await BrowserContextMenu.disableContextMenu();
  }
  runApp(const MaterialApp(home: DrawingBoard()));
}

class DrawingBoard extends StatelessWidget {
  const DrawingBoard({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: GestureDetector(
        onSecondaryTapDown: (details) {
          // Artık sağ tık olayları uygulamaya ulaşır
          ScaffoldMessenger.of(context).showSnackBar(
            SnackBar(content: Text('Sağ tık: ${details.localPosition}')),
          );
        },
        child: const ColoredBox(color: Colors.white, child: SizedBox.expand()),
      ),
    );
  }
}
// Sadece belirli bir ekranda kapatmak için ekrandan çıkarken BrowserContextMenu.enableContextMenu() çağır.
""", api_free=True)

# ---------------------------------------------------------------- performance (4) / images_assets (4)
R(4019, "performance", "orta", "code",
  "Kampanya karuseli sonsuz dönsün: son görselden sonra kesintisiz birinciye geçsin ama bunun için listeyi binlerce kez kopyalama.",
  ["PageView.builder'da itemCount vermeden mod alarak sonsuz döngülü karusel nasıl yapılır?",
   "kampanya slider'i sonsuza kadar donsun, son resimden sonra bastaki gelsin, listeyi cogaltma"],
  ["PageView.builder", "%"], r"""
class LoopingCarousel extends StatefulWidget {
  const LoopingCarousel({super.key, required this.imageUrls});
  final List<String> imageUrls;

  @override
  State<LoopingCarousel> createState() => _LoopingCarouselState();
}

class _LoopingCarouselState extends State<LoopingCarousel> {
  // Ortadan başla ki kullanıcı sola da uzun süre kaydırabilsin
  static const _start = 10000;
  late final _controller = PageController(initialPage: _start);
  int _active = 0;

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final n = widget.imageUrls.length;
    if (n == 0) return const SizedBox.shrink();
    return Column(
      children: [
        SizedBox(
          height: 180,
          child: PageView.builder(
            controller: _controller,
            // itemCount yok: sayfalar tembel oluşturulur, sadece görünenler bellekte
            onPageChanged: (page) => setState(() => _active = (page - _start) % n),
            itemBuilder: (context, page) {
              final i = (page - _start) % n; // Dart'ta % negatifte de pozitif döner
              return Image.network(widget.imageUrls[i], fit: BoxFit.cover);
            },
          ),
        ),
        Row(
          mainAxisAlignment: MainAxisAlignment.center,
          children: [
            for (var i = 0; i < n; i++)
              Container(
                margin: const EdgeInsets.all(3),
                width: 8,
                height: 8,
                decoration: BoxDecoration(
                  shape: BoxShape.circle,
                  color: i == _active ? Colors.indigo : Colors.grey.shade400,
                ),
              ),
          ],
        ),
      ],
    );
  }
}
""", api_free=True)

R(4024, "images_assets", "orta", "code",
  "Masadaki QR kod menüsünün ortasında restoranın logosu görünsün; logo eklenince kod okunamaz hale gelmesin.",
  ["qr_flutter'da QR kodun ortasına embeddedImage ile logo nasıl eklenir?",
   "qr kodun ortasina logo koy ama kod okutulabilir kalsin"],
  ["QrImageView", "embeddedImage", "errorCorrectionLevel"], r"""
// pubspec.yaml: qr_flutter
class MenuQrCode extends StatelessWidget {
  const MenuQrCode({super.key, required this.menuUrl});
  final String menuUrl;

  @override
  Widget build(BuildContext context) {
    return QrImageView(
      data: menuUrl,
      version: QrVersions.auto,
      size: 240,
      backgroundColor: Colors.white,
      // En yüksek hata düzeltme: kodun ~%30'u kapansa da okunur, logo için gerekli
      errorCorrectionLevel: QrErrorCorrectLevel.H,
      embeddedImage: const AssetImage('assets/images/logo.png'),
      // Logo QR boyutunun ~%20'sini geçmesin
      embeddedImageStyle: const QrEmbeddedImageStyle(size: Size(48, 48)),
    );
  }
}
""", api_free=True)

# ---------------------------------------------------------------- performance (5) / localization (4)
R(4020, "performance", "orta", "code",
  "Ürün listesinden detaya geçerken resim büyüyerek uçuyor ama uçuş sırasında büyük resim çözülmeye çalışıldığı için animasyon takılıyor; uçuşta zaten yüklü küçük resmi kullan.",
  ["Hero geçişinde flightShuttleBuilder ile uçan widget olarak önbellekteki küçük resmi nasıl kullanırım?",
   "detaya gecerken resim animasyonu takiliyor, ucus sirasinda kucuk resmi goster buyugu sonra yukle"],
  ["Hero", "flightShuttleBuilder"], r"""
// Listede ve uçuşta aynı sağlayıcı (aynı URL + aynı cacheWidth) kullanılmalı ki önbellekten gelsin
Widget productThumb(String url) => Image.network(url, fit: BoxFit.cover, cacheWidth: 300);

class ProductTile extends StatelessWidget {
  const ProductTile({super.key, required this.id, required this.thumbUrl, required this.fullUrl});
  final String id, thumbUrl, fullUrl;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: SizedBox(width: 56, height: 56, child: Hero(tag: 'urun-$id', child: productThumb(thumbUrl))),
      title: Text('Ürün $id'),
      onTap: () => Navigator.push(context, MaterialPageRoute(
        builder: (_) => ProductDetail(id: id, thumbUrl: thumbUrl, fullUrl: fullUrl),
      )),
    );
  }
}

class ProductDetail extends StatelessWidget {
  const ProductDetail({super.key, required this.id, required this.thumbUrl, required this.fullUrl});
  final String id, thumbUrl, fullUrl;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(),
      body: AspectRatio(
        aspectRatio: 1,
        child: Hero(
          tag: 'urun-$id',
          // Uçuş boyunca çözülmüş küçük resim ölçeklenir; büyük resim uçuş bitince görünür
          flightShuttleBuilder: (flightContext, animation, direction, fromContext, toContext) =>
              productThumb(thumbUrl),
          child: Stack(fit: StackFit.expand, children: [
            productThumb(thumbUrl),
            Image.network(fullUrl, fit: BoxFit.cover, gaplessPlayback: true),
          ]),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4023, "localization", "kolay", "code",
  "Çok para birimli sepette Japon yeninde kuruş hanesi hiç gösterilmesin, Kuveyt dinarında 3 hane, liradaysa 2 hane gösterilsin; hane sayısını elle yazmayayım.",
  ["NumberFormat.simpleCurrency para birimine göre ondalık hane sayısını kendisi nasıl belirler?",
   "para birimine gore kurus hanesi degissin, yen'de ondalik olmasin, elle hane sayisi yazma"],
  ["NumberFormat.simpleCurrency | NumberFormat.currency", "name:"], r"""
// pubspec.yaml: intl
// decimalDigits verilmezse intl, para biriminin standart kesir hanesini kullanır:
// JPY 0, TRY/EUR/USD 2, KWD/BHD 3.
String formatMoney(num amount, String currencyCode, {String locale = 'tr'}) {
  final format = NumberFormat.simpleCurrency(locale: locale, name: currencyCode);
  return format.format(amount);
}

void main() {
  print(formatMoney(1250.5, 'TRY')); // ₺1.250,50
  print(formatMoney(1250.5, 'JPY')); // ¥1.251 (ondalık yok, yuvarlanır)
  print(formatMoney(1250.5, 'KWD')); // KWD 1.250,500 gibi, 3 hane
  print(NumberFormat.simpleCurrency(name: 'JPY').decimalDigits); // 0
}
""", api_free=True)

write()
