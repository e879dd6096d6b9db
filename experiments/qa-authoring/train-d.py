"""New authored Q&A tasks, each in three phrasings (lists, forms, dialogs) -> data/drafts-qa/train-d.jsonl.

Ids start at 4000 per topic. Each row: question + two phrasings of the same request (one of the three is a
question when another is an imperative, at least one typed without Turkish letters); api_free when the main
question names no API.

Run: .venv/bin/python experiments/qa-authoring/train-d.py
"""
import json
from pathlib import Path

from flutr.turkish import is_turkish

OUT = Path(__file__).resolve().parents[2] / "data" / "drafts-qa" / "train-d.jsonl"
ROWS = []
TR = set("çğıöşüÇĞİÖŞÜ")


def R(num, topic, difficulty, kind, question, phrasings, must_contain, answer, api_free=False):
    assert len(phrasings) == 2, (topic, num)
    texts = [question, *phrasings]
    assert all(20 <= len(t) <= 200 and "//" not in t for t in texts), (topic, num)
    assert len({t.lower() for t in texts}) == 3, (topic, num)
    assert any(not (set(t) & TR) for t in texts), (topic, num)
    for t in texts:
        if not is_turkish(t):
            print('NOT TURKISH', topic, num, t)
    row = {
        "id": f"{topic}-{num}",
        "question": question,
        "phrasings": list(phrasings),
        "answer": answer.strip("\n"),
        "topic": topic,
        "difficulty": difficulty,
        "kind": kind,
        "must_contain": must_contain,
    }
    if api_free:
        row["api_free"] = True
    ROWS.append(row)


def write():
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(ROWS), "rows ->", OUT)


# ---------------------------------------------------------------- lists
R(4000, "lists", "orta", "code",
  "Şehir listesinde arama yaparken Türkçe karakterler fark etmesin; 'sisli' yazınca 'Şişli' de bulunsun.",
  ["Aramada ı-i, ş-s, ç-c gibi harfleri aynı sayan bir filtreleme nasıl yaparım?",
   "sehir aramasinda turkce karakter farki olmasin, kullanici sisli yazinca da dogru sehir bulunsun"],
  ["where", "TextField | SearchBar | CupertinoSearchTextField"], r"""
// Türkçe harfleri ASCII karşılığına indirip küçük harfe çevirir: 'Şişli' -> 'sisli'
String foldTurkish(String text) {
  const pairs = {
    'İ': 'i', 'I': 'i', 'ı': 'i', 'Ş': 's', 'ş': 's', 'Ğ': 'g', 'ğ': 'g',
    'Ç': 'c', 'ç': 'c', 'Ö': 'o', 'ö': 'o', 'Ü': 'u', 'ü': 'u',
  };
  final buffer = StringBuffer();
  for (final ch in text.split('')) {
    buffer.write(pairs[ch] ?? ch);
  }
  return buffer.toString().toLowerCase();
}

class CitySearch extends StatefulWidget {
  const CitySearch({super.key, required this.cities});
  final List<String> cities;

  @override
  State<CitySearch> createState() => _CitySearchState();
}

class _CitySearchState extends State<CitySearch> {
  String _query = '';

  @override
  Widget build(BuildContext context) {
    final q = foldTurkish(_query.trim());
    final results = widget.cities.where((c) => foldTurkish(c).contains(q)).toList();
    return Column(
      children: [
        Padding(
          padding: const EdgeInsets.all(12),
          child: TextField(
            decoration: const InputDecoration(prefixIcon: Icon(Icons.search), hintText: 'Şehir ara'),
            onChanged: (value) => setState(() => _query = value),
          ),
        ),
        Expanded(
          child: ListView.builder(
            itemCount: results.length,
            itemBuilder: (context, i) => ListTile(title: Text(results[i])),
          ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4001, "lists", "kolay", "code",
  "Kaydırarak silmede satır yarıdan fazla çekilmeden silinmesin, yanlışlıkla silme olmasın.",
  ["Dismissible'da silme için gereken kaydırma mesafesini nasıl artırırım?",
   "kaydirip silerken satir en az yuzde 60 cekilmeden silme calismasin"],
  ["Dismissible", "dismissThresholds"], r"""
class MailList extends StatefulWidget {
  const MailList({super.key});

  @override
  State<MailList> createState() => _MailListState();
}

class _MailListState extends State<MailList> {
  final _mails = List.generate(20, (i) => 'E-posta ${i + 1}');

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: _mails.length,
      itemBuilder: (context, index) {
        final mail = _mails[index];
        return Dismissible(
          key: ValueKey(mail),
          direction: DismissDirection.endToStart,
          // Varsayılan eşik 0.4; satır genişliğinin %60'ı çekilmeden silinmez
          dismissThresholds: const {DismissDirection.endToStart: 0.6},
          background: Container(
            color: Colors.red,
            alignment: Alignment.centerRight,
            padding: const EdgeInsets.only(right: 20),
            child: const Icon(Icons.delete, color: Colors.white),
          ),
          onDismissed: (_) => setState(() => _mails.remove(mail)),
          child: ListTile(title: Text(mail)),
        );
      },
    );
  }
}
""", api_free=True)

R(4002, "lists", "orta", "code",
  "Galeri ızgarasında bazı fotoğraflar iki kat büyük görünsün; büyük kare ve küçük karelerden oluşan desen tekrar etsin.",
  ["Instagram kesfet sayfasi gibi buyuk ve kucuk karelerin karisik oldugu grid nasil yapilir?",
   "flutter_staggered_grid_view ile bazı hücreleri 2x2 kaplayan bir fotoğraf ızgarası yap"],
  ["SliverQuiltedGridDelegate", "QuiltedGridTile"], r"""
// pubspec.yaml: flutter_staggered_grid_view
class ExploreGrid extends StatelessWidget {
  const ExploreGrid({super.key, required this.imageUrls});
  final List<String> imageUrls;

  @override
  Widget build(BuildContext context) {
    return GridView.custom(
      padding: const EdgeInsets.all(4),
      gridDelegate: SliverQuiltedGridDelegate(
        crossAxisCount: 3,
        mainAxisSpacing: 4,
        crossAxisSpacing: 4,
        // Desen her tekrarda aynalanır: büyük kare bir solda bir sağda
        repeatPattern: QuiltedGridRepeatPattern.inverted,
        pattern: const [
          QuiltedGridTile(2, 2), // 2 satır x 2 sütun kaplayan büyük hücre
          QuiltedGridTile(1, 1),
          QuiltedGridTile(1, 1),
        ],
      ),
      childrenDelegate: SliverChildBuilderDelegate(
        (context, index) => Image.network(imageUrls[index], fit: BoxFit.cover),
        childCount: imageUrls.length,
      ),
    );
  }
}
""", api_free=True)

R(4003, "lists", "orta", "code",
  "İlan fotoğraflarının sırası yatay şeritte basılı tutup sürükleyerek değiştirilebilsin, ilk fotoğraf kapak olsun.",
  ["Yatay bir listede elemanlari surukleyip yerini nasil degistiririm?",
   "ReorderableListView'ı yatay kullanarak fotoğrafların sırasını değiştiren bir şerit yaz"],
  ["ReorderableListView", "Axis.horizontal", "onReorder"], r"""
class PhotoOrderStrip extends StatefulWidget {
  const PhotoOrderStrip({super.key, required this.photos});
  final List<String> photos;

  @override
  State<PhotoOrderStrip> createState() => _PhotoOrderStripState();
}

class _PhotoOrderStripState extends State<PhotoOrderStrip> {
  late final List<String> _photos = [...widget.photos];

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      height: 110,
      child: ReorderableListView.builder(
        scrollDirection: Axis.horizontal,
        itemCount: _photos.length,
        onReorder: (oldIndex, newIndex) {
          setState(() {
            if (newIndex > oldIndex) newIndex -= 1; // kaldırılan elemanın boşluğunu düzelt
            _photos.insert(newIndex, _photos.removeAt(oldIndex));
          });
        },
        itemBuilder: (context, index) => Container(
          key: ValueKey(_photos[index]),
          width: 100,
          margin: const EdgeInsets.all(4),
          child: Stack(
            fit: StackFit.expand,
            children: [
              Image.network(_photos[index], fit: BoxFit.cover),
              if (index == 0)
                const Positioned(
                  left: 4,
                  top: 4,
                  child: ColoredBox(
                    color: Colors.black54,
                    child: Padding(
                      padding: EdgeInsets.symmetric(horizontal: 4),
                      child: Text('Kapak', style: TextStyle(color: Colors.white, fontSize: 12)),
                    ),
                  ),
                ),
            ],
          ),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4004, "lists", "kolay", "code",
  "Mesaj listesinde satırlar arasındaki çizgi en soldan değil, avatarın bittiği yerden başlasın.",
  ["Ayirici cizgiyi avatar hizasindan baslatmak icin ne yapmaliyim?",
   "ListView.separated'daki Divider'a soldan 72 piksel girinti ver"],
  ["Divider", "indent"], r"""
class InboxList extends StatelessWidget {
  const InboxList({super.key, required this.senders});
  final List<String> senders;

  @override
  Widget build(BuildContext context) {
    return ListView.separated(
      itemCount: senders.length,
      // 16 kenar + 40 avatar + 16 boşluk = 72: çizgi yazının hizasından başlar
      separatorBuilder: (context, index) => const Divider(height: 1, indent: 72),
      itemBuilder: (context, index) => ListTile(
        leading: CircleAvatar(child: Text(senders[index][0])),
        title: Text(senders[index]),
        subtitle: const Text('Son mesaj...'),
      ),
    );
  }
}
""", api_free=True)

R(4005, "lists", "orta", "code",
  "SSS sayfasının üstünde 'Tümünü aç' ve 'Tümünü kapat' butonları olsun; bütün cevaplar birden açılıp kapansın.",
  ["Acilir kapanir panellerin hepsini tek butonla nasil acarim?",
   "ExpansionPanelList'teki bütün panelleri tek bir butonla aç ya da kapat"],
  ["ExpansionPanelList", "isExpanded"], r"""
class FaqPage extends StatefulWidget {
  const FaqPage({super.key, required this.items});
  final List<(String question, String answer)> items;

  @override
  State<FaqPage> createState() => _FaqPageState();
}

class _FaqPageState extends State<FaqPage> {
  late final List<bool> _open = List.filled(widget.items.length, false);

  void _setAll(bool value) => setState(() => _open.fillRange(0, _open.length, value));

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Row(
          mainAxisAlignment: MainAxisAlignment.end,
          children: [
            TextButton(onPressed: () => _setAll(true), child: const Text('Tümünü aç')),
            TextButton(onPressed: () => _setAll(false), child: const Text('Tümünü kapat')),
          ],
        ),
        Expanded(
          child: SingleChildScrollView(
            child: ExpansionPanelList(
              expansionCallback: (index, isExpanded) => setState(() => _open[index] = isExpanded),
              children: [
                for (var i = 0; i < widget.items.length; i++)
                  ExpansionPanel(
                    canTapOnHeader: true,
                    isExpanded: _open[i],
                    headerBuilder: (context, isOpen) => ListTile(title: Text(widget.items[i].$1)),
                    body: ListTile(title: Text(widget.items[i].$2)),
                  ),
              ],
            ),
          ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4006, "lists", "kolay", "code",
  "Web'de fareyle listedeki bir satırın üzerine gelince satırın arka planı hafifçe renklensin.",
  ["Masaustunde liste satirina mouse ile gelince arka plan nasil degisir?",
   "ListTile'a hover rengi ver, fare üstüne gelince açık mavi olsun"],
  ["hoverColor | MouseRegion", "ListTile | InkWell"], r"""
class FileList extends StatelessWidget {
  const FileList({super.key, required this.files, required this.onOpen});
  final List<String> files;
  final ValueChanged<String> onOpen;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: files.length,
      itemBuilder: (context, index) => ListTile(
        leading: const Icon(Icons.description_outlined),
        title: Text(files[index]),
        hoverColor: Colors.blue.shade50,
        // Hover efekti sadece tıklanabilir (onTap verilmiş) satırlarda görünür
        onTap: () => onOpen(files[index]),
      ),
    );
  }
}
""", api_free=True)

R(4007, "lists", "kolay", "code",
  "Puan tablosunda ilk üç kişinin yanında altın, gümüş ve bronz madalya, diğerlerinde sıra numarası görünsün.",
  ["Siralama listesinde ilk uce madalya ikonu, digerlerine numara nasil koyarim?",
   "Liderlik tablosunda ilk üç sıraya farklı renkte madalya ikonu ver, kalanlar numaralı olsun"],
  ["ListView.builder | ListView.separated", "Icon"], r"""
class Leaderboard extends StatelessWidget {
  const Leaderboard({super.key, required this.players});
  final List<(String name, int score)> players; // puana göre sıralı

  static const _medalColors = [Color(0xFFFFD700), Color(0xFFC0C0C0), Color(0xFFCD7F32)];

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: players.length,
      itemBuilder: (context, index) {
        final (name, score) = players[index];
        return ListTile(
          leading: index < 3
              ? Icon(Icons.emoji_events, color: _medalColors[index], size: 32)
              : SizedBox(width: 32, child: Center(child: Text('${index + 1}'))),
          title: Text(name),
          trailing: Text('$score puan', style: const TextStyle(fontWeight: FontWeight.bold)),
        );
      },
    );
  }
}
""", api_free=True)

R(4008, "lists", "kolay", "code",
  "Sohbet listesinde okunmamış mesajı olan konuşmaların sağında mesaj sayısını gösteren yuvarlak bir rozet olsun.",
  ["Her sohbet satirinda okunmamis mesaj sayisi rozetini nasil gosteririm?",
   "ListTile'ın sağına Badge ile okunmamış sayısını ekle, sayı sıfırsa rozet gizlensin"],
  ["Badge", "trailing"], r"""
class Conversation {
  const Conversation(this.name, this.lastMessage, this.unread);
  final String name;
  final String lastMessage;
  final int unread;
}

class ConversationList extends StatelessWidget {
  const ConversationList({super.key, required this.items});
  final List<Conversation> items;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: items.length,
      itemBuilder: (context, index) {
        final c = items[index];
        final hasUnread = c.unread > 0;
        return ListTile(
          leading: CircleAvatar(child: Text(c.name[0])),
          title: Text(c.name, style: TextStyle(fontWeight: hasUnread ? FontWeight.bold : FontWeight.normal)),
          subtitle: Text(c.lastMessage, maxLines: 1, overflow: TextOverflow.ellipsis),
          trailing: Badge.count(
            count: c.unread,
            isLabelVisible: hasUnread, // 0 ise rozet görünmez
            backgroundColor: Colors.green,
          ),
        );
      },
    );
  }
}
""", api_free=True)

R(4009, "lists", "orta", "code",
  "Liste satırları ilk göründüklerinde soldan kayarak ve yavaşça belirerek gelsin.",
  ["Liste elemanlarina ekrana girerken animasyon nasil eklerim?",
   "listedeki her satir ekrana gelirken hafif soldan kayip gorunur olsun"],
  ["TweenAnimationBuilder | AnimationController", "Opacity | FadeTransition"], r"""
class AnimatedEntryList extends StatelessWidget {
  const AnimatedEntryList({super.key, required this.items});
  final List<String> items;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: items.length,
      itemBuilder: (context, index) => TweenAnimationBuilder<double>(
        key: ValueKey(items[index]),
        tween: Tween(begin: 0, end: 1),
        duration: const Duration(milliseconds: 400),
        curve: Curves.easeOut,
        // value 0 -> 1: opaklık artar, satır 40 pikselden kendi yerine kayar
        builder: (context, value, child) => Opacity(
          opacity: value,
          child: Transform.translate(offset: Offset(-40 * (1 - value), 0), child: child),
        ),
        child: ListTile(title: Text(items[index])),
      ),
    );
  }
}
""", api_free=True)

R(4010, "lists", "orta", "code",
  "Listeye yeni eklenen eleman 2 saniye boyunca sarı arka planla vurgulansın, sonra normale dönsün.",
  ["Yeni eklenen satiri kisa sure renkli gostermek icin ne yapmaliyim?",
   "Eklenen öğe bir süre sarı yansın, ardından rengi yavaşça normal haline dönsün"],
  ["AnimatedContainer | ColorTween", "Future.delayed | Timer"], r"""
class HighlightNewList extends StatefulWidget {
  const HighlightNewList({super.key});

  @override
  State<HighlightNewList> createState() => _HighlightNewListState();
}

class _HighlightNewListState extends State<HighlightNewList> {
  final _notes = <String>['İlk not'];
  String? _highlighted;
  int _counter = 1;

  void _add() {
    final note = 'Not ${++_counter}';
    setState(() {
      _notes.insert(0, note);
      _highlighted = note;
    });
    Future.delayed(const Duration(seconds: 2), () {
      if (mounted && _highlighted == note) setState(() => _highlighted = null);
    });
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      floatingActionButton: FloatingActionButton(onPressed: _add, child: const Icon(Icons.add)),
      body: ListView.builder(
        itemCount: _notes.length,
        itemBuilder: (context, index) {
          final note = _notes[index];
          return AnimatedContainer(
            key: ValueKey(note),
            duration: const Duration(milliseconds: 600),
            color: note == _highlighted ? Colors.yellow.shade200 : Colors.transparent,
            child: ListTile(title: Text(note)),
          );
        },
      ),
    );
  }
}
""", api_free=True)

R(4011, "lists", "zor", "code",
  "Sohbette kullanıcı yukarıdaki eski mesajlara bakarken yeni mesaj gelirse altta 'Yeni mesaj' butonu çıksın, basınca en alta insin.",
  ["Kullanici eski mesajlari okurken yeni mesaj gelince asagi in butonu nasil gosteririm?",
   "Chat listesinde en altta değilken gelen mesaj için 'Yeni mesajlar' düğmesi göster, dokununca en alta kaydır"],
  ["ScrollController", "animateTo"], r"""
class ChatView extends StatefulWidget {
  const ChatView({super.key});

  @override
  State<ChatView> createState() => ChatViewState();
}

class ChatViewState extends State<ChatView> {
  final _controller = ScrollController();
  final _messages = <String>[]; // index 0 = en yeni (liste ters)
  bool _showNewButton = false;

  // reverse: true olduğu için offset 0 listenin en altı demek
  bool get _atBottom => !_controller.hasClients || _controller.offset < 40;

  @override
  void initState() {
    super.initState();
    _controller.addListener(() {
      if (_atBottom && _showNewButton) setState(() => _showNewButton = false);
    });
  }

  // Yeni mesaj geldiğinde (socket, stream vb.) çağrılır
  void receive(String message) {
    setState(() {
      _messages.insert(0, message);
      if (!_atBottom) _showNewButton = true;
    });
  }

  void _goToBottom() {
    _controller.animateTo(0, duration: const Duration(milliseconds: 300), curve: Curves.easeOut);
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Stack(
      children: [
        ListView.builder(
          controller: _controller,
          reverse: true,
          itemCount: _messages.length,
          itemBuilder: (context, i) => ListTile(title: Text(_messages[i])),
        ),
        if (_showNewButton)
          Positioned(
            bottom: 16,
            left: 0,
            right: 0,
            child: Center(
              child: FilledButton.icon(
                onPressed: _goToBottom,
                icon: const Icon(Icons.arrow_downward),
                label: const Text('Yeni mesaj'),
              ),
            ),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4012, "lists", "kolay", "code",
  "Liste kaydırılınca üstteki başlık çubuğunun altında gölge çıksın, en üstteyken düz görünsün.",
  ["Sayfa kaydirildiginda appbar'in golge almasini nasil saglarim?",
   "scrolledUnderElevation ile liste altına kayınca AppBar'a gölge ver"],
  ["scrolledUnderElevation"], r"""
class ScrollShadowPage extends StatelessWidget {
  const ScrollShadowPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Siparişler'),
        elevation: 0, // en üstteyken gölge yok
        scrolledUnderElevation: 4, // içerik altına kayınca gölge
        shadowColor: Colors.black,
        surfaceTintColor: Colors.transparent, // Material 3'ün renk tonunu kapat, sadece gölge kalsın
      ),
      body: ListView.builder(
        itemCount: 40,
        itemBuilder: (context, i) => ListTile(title: Text('Sipariş #${1000 + i}')),
      ),
    );
  }
}
""", api_free=True)

R(4013, "lists", "kolay", "code",
  "Android'de listenin ucuna gelince çıkan parlama ve esneme efektini tamamen kaldır.",
  ["Liste sonunda cikan mavi parlamayi nasil kapatirim?",
   "ScrollConfiguration ile bu sayfadaki listelerde overscroll efektini kapat"],
  ["ScrollConfiguration | OverscrollIndicatorNotification"], r"""
class NoGlowList extends StatelessWidget {
  const NoGlowList({super.key, required this.items});
  final List<String> items;

  @override
  Widget build(BuildContext context) {
    // overscroll: false hem eski parlama (glow) hem Android 12+ esneme (stretch) göstergesini kapatır
    return ScrollConfiguration(
      behavior: ScrollConfiguration.of(context).copyWith(overscroll: false),
      child: ListView.builder(
        itemCount: items.length,
        itemBuilder: (context, i) => ListTile(title: Text(items[i])),
      ),
    );
  }
}
""", api_free=True)

R(4014, "lists", "orta", "code",
  "Kart içindeki liste eleman azken içeriği kadar yer kaplasın, 300 pikseli geçince büyümeyi bırakıp kaydırılsın.",
  ["Liste en fazla belli bir yukseklige kadar buyusun, sonra kaydirilsin; nasil yaparim?",
   "ConstrainedBox ile maxHeight 300 ver, içindeki ListView shrinkWrap olsun"],
  ["maxHeight", "shrinkWrap"], r"""
class TagCard extends StatelessWidget {
  const TagCard({super.key, required this.tags});
  final List<String> tags;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          const ListTile(title: Text('Etiketler')),
          ConstrainedBox(
            constraints: const BoxConstraints(maxHeight: 300),
            // shrinkWrap: az elemanda içerik kadar; 300'e ulaşınca kaydırılır
            child: ListView.builder(
              shrinkWrap: true,
              itemCount: tags.length,
              itemBuilder: (context, i) => ListTile(dense: true, title: Text(tags[i])),
            ),
          ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4015, "lists", "orta", "code",
  "Profil sayfası en üstteyken aşağı çekilince kapak fotoğrafı büyüsün, bırakınca eski boyuna dönsün.",
  ["SliverAppBar'da asagi cekince kapak resmini buyutme efekti nasil yapilir?",
   "ustteki kapak gorseli asiri kaydirmada esneyip yakinlassin"],
  ["stretch", "StretchMode.zoomBackground"], r"""
class ProfileScroll extends StatelessWidget {
  const ProfileScroll({super.key, required this.coverUrl});
  final String coverUrl;

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(
      // Esneme için listenin üstten taşabilmesi gerekir (Android'de de bounce)
      physics: const BouncingScrollPhysics(parent: AlwaysScrollableScrollPhysics()),
      slivers: [
        SliverAppBar(
          expandedHeight: 220,
          pinned: true,
          stretch: true,
          flexibleSpace: FlexibleSpaceBar(
            title: const Text('Profil'),
            stretchModes: const [StretchMode.zoomBackground, StretchMode.fadeTitle],
            background: Image.network(coverUrl, fit: BoxFit.cover),
          ),
        ),
        SliverList.builder(
          itemCount: 30,
          itemBuilder: (context, i) => ListTile(title: Text('Gönderi ${i + 1}')),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4016, "lists", "orta", "code",
  "Harcamaları kategoriye göre grupla; her grubun başlığında kategori adı ve o kategorinin toplam tutarı yazsın.",
  ["Gruplu listede her baslikta grubun toplamini nasil gosteririm?",
   "Harcama listesini kategorilere ayır ve her başlıkta toplam tutarı yaz"],
  ["fold | reduce | +=", "putIfAbsent | containsKey | groupBy"], r"""
class Expense {
  const Expense(this.title, this.category, this.amount);
  final String title;
  final String category;
  final double amount;
}

class ExpenseGroups extends StatelessWidget {
  const ExpenseGroups({super.key, required this.expenses});
  final List<Expense> expenses;

  @override
  Widget build(BuildContext context) {
    final groups = <String, List<Expense>>{};
    for (final e in expenses) {
      groups.putIfAbsent(e.category, () => []).add(e);
    }
    return ListView(
      children: [
        for (final entry in groups.entries) ...[
          Container(
            color: Colors.grey.shade200,
            padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
            child: Row(
              children: [
                Expanded(child: Text(entry.key, style: const TextStyle(fontWeight: FontWeight.bold))),
                Text('${entry.value.fold<double>(0, (sum, e) => sum + e.amount).toStringAsFixed(2)} ₺'),
              ],
            ),
          ),
          for (final e in entry.value)
            ListTile(title: Text(e.title), trailing: Text('${e.amount.toStringAsFixed(2)} ₺')),
        ],
      ],
    );
  }
}
""", api_free=True)

R(4017, "lists", "zor", "code",
  "Kart destesinde en üstteki kart sağa ya da sola sürüklenip bırakılınca atılsın; yönüne göre beğenildi ya da geçildi sayılsın.",
  ["Tinder gibi kaydirilarak atilan kart yigini nasil yapilir?",
   "Üstteki kartı sürükleyince dönerek kaysın, yeterince çekilince beğen/geç olarak desteden çıksın"],
  ["onPanUpdate | onHorizontalDragUpdate | Draggable", "Stack"], r"""
class SwipeDeck extends StatefulWidget {
  const SwipeDeck({super.key, required this.cards, required this.onSwiped});
  final List<String> cards;
  final void Function(String card, bool liked) onSwiped;

  @override
  State<SwipeDeck> createState() => _SwipeDeckState();
}

class _SwipeDeckState extends State<SwipeDeck> {
  late final List<String> _cards = [...widget.cards];
  Offset _drag = Offset.zero;

  void _onPanEnd(DragEndDetails details) {
    final limit = MediaQuery.sizeOf(context).width * 0.3;
    setState(() {
      if (_drag.dx.abs() > limit) {
        final card = _cards.removeAt(0);
        widget.onSwiped(card, _drag.dx > 0); // sağa = beğen, sola = geç
      }
      _drag = Offset.zero; // yeterince çekilmediyse kart yerine döner
    });
  }

  Widget _card(String text) => Card(
        elevation: 4,
        child: SizedBox(
          width: 280,
          height: 380,
          child: Center(child: Text(text, style: const TextStyle(fontSize: 24))),
        ),
      );

  @override
  Widget build(BuildContext context) {
    if (_cards.isEmpty) return const Center(child: Text('Kart kalmadı'));
    return Stack(
      alignment: Alignment.center,
      children: [
        if (_cards.length > 1) _card(_cards[1]), // alttaki kart
        GestureDetector(
          onPanUpdate: (d) => setState(() => _drag += d.delta),
          onPanEnd: _onPanEnd,
          child: Transform.translate(
            offset: _drag,
            child: Transform.rotate(angle: _drag.dx / 1000, child: _card(_cards[0])),
          ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4018, "lists", "orta", "code",
  "Randevu ekranının üstünde önümüzdeki 14 günü gösteren yatay bir gün şeridi olsun; seçilen gün renkli görünsün.",
  ["Yatay kaydirilan gun secici seridi nasil yaparim, secili gun vurgulansin?",
   "Bugünden başlayan 14 günlük yatay tarih şeridi yap, dokunulan gün seçilsin"],
  ["Axis.horizontal", "DateTime"], r"""
class DayStrip extends StatefulWidget {
  const DayStrip({super.key, required this.onSelected});
  final ValueChanged<DateTime> onSelected;

  @override
  State<DayStrip> createState() => _DayStripState();
}

class _DayStripState extends State<DayStrip> {
  static const _names = ['Pzt', 'Sal', 'Çar', 'Per', 'Cum', 'Cmt', 'Paz'];
  final _today = DateUtils.dateOnly(DateTime.now());
  int _selected = 0;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return SizedBox(
      height: 76,
      child: ListView.builder(
        scrollDirection: Axis.horizontal,
        itemCount: 14,
        itemBuilder: (context, i) {
          final day = _today.add(Duration(days: i));
          final selected = i == _selected;
          return GestureDetector(
            onTap: () {
              setState(() => _selected = i);
              widget.onSelected(day);
            },
            child: Container(
              width: 56,
              margin: const EdgeInsets.all(4),
              decoration: BoxDecoration(
                color: selected ? scheme.primary : scheme.surfaceContainerHighest,
                borderRadius: BorderRadius.circular(12),
              ),
              child: Column(
                mainAxisAlignment: MainAxisAlignment.center,
                children: [
                  Text(_names[day.weekday - 1], style: TextStyle(color: selected ? scheme.onPrimary : null)),
                  Text('${day.day}',
                      style: TextStyle(fontSize: 18, fontWeight: FontWeight.bold, color: selected ? scheme.onPrimary : null)),
                ],
              ),
            ),
          );
        },
      ),
    );
  }
}
""", api_free=True)

R(4019, "lists", "zor", "code",
  "Görev panosunda 'Yapılacak' ve 'Bitti' sütunları olsun; kartı basılı tutup diğer sütuna sürükleyince oraya taşınsın.",
  ["Iki liste arasinda surukle birak ile eleman nasil tasinir?",
   "LongPressDraggable ve DragTarget kullanarak kartları sütunlar arasında taşı"],
  ["DragTarget", "LongPressDraggable | Draggable"], r"""
class TaskBoard extends StatefulWidget {
  const TaskBoard({super.key});

  @override
  State<TaskBoard> createState() => _TaskBoardState();
}

class _TaskBoardState extends State<TaskBoard> {
  final _columns = <String, List<String>>{
    'Yapılacak': ['Tasarım', 'API bağlantısı', 'Testler'],
    'Bitti': ['Kurulum'],
  };

  void _move(String task, String column) {
    setState(() {
      for (final list in _columns.values) {
        list.remove(task);
      }
      _columns[column]!.add(task);
    });
  }

  Widget _taskCard(String task) => Card(child: ListTile(title: Text(task)));

  @override
  Widget build(BuildContext context) {
    return Row(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        for (final entry in _columns.entries)
          Expanded(
            child: DragTarget<String>(
              onAcceptWithDetails: (details) => _move(details.data, entry.key),
              builder: (context, candidates, rejected) => Container(
                margin: const EdgeInsets.all(8),
                padding: const EdgeInsets.all(8),
                color: candidates.isNotEmpty ? Colors.blue.shade50 : Colors.grey.shade200,
                child: Column(
                  crossAxisAlignment: CrossAxisAlignment.stretch,
                  children: [
                    Text(entry.key, style: const TextStyle(fontWeight: FontWeight.bold)),
                    for (final task in entry.value)
                      LongPressDraggable<String>(
                        data: task,
                        feedback: Material(elevation: 6, child: SizedBox(width: 160, child: ListTile(title: Text(task)))),
                        childWhenDragging: Opacity(opacity: 0.3, child: _taskCard(task)),
                        child: _taskCard(task),
                      ),
                  ],
                ),
              ),
            ),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4020, "lists", "orta", "code",
  "Açık artırma listesinde her ürünün bitmesine kalan süre saniye saniye azalarak görünsün, süresi dolanda 'Bitti' yazsın.",
  ["Listede her satirda geri sayim sayaci nasil gosteririm?",
   "Timer.periodic ile liste satırlarındaki kalan süreyi her saniye güncelle"],
  ["Timer.periodic | Stream.periodic", "difference"], r"""
class Auction {
  const Auction(this.title, this.endsAt);
  final String title;
  final DateTime endsAt;
}

class AuctionList extends StatefulWidget {
  const AuctionList({super.key, required this.auctions});
  final List<Auction> auctions;

  @override
  State<AuctionList> createState() => _AuctionListState();
}

class _AuctionListState extends State<AuctionList> {
  Timer? _timer;
  DateTime _now = DateTime.now();

  @override
  void initState() {
    super.initState();
    // Tek bir zamanlayıcı tüm satırları her saniye yeniden çizer
    _timer = Timer.periodic(const Duration(seconds: 1), (_) => setState(() => _now = DateTime.now()));
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  String _format(Duration d) {
    String two(int n) => n.toString().padLeft(2, '0');
    return '${two(d.inHours)}:${two(d.inMinutes % 60)}:${two(d.inSeconds % 60)}';
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: widget.auctions.length,
      itemBuilder: (context, i) {
        final a = widget.auctions[i];
        final left = a.endsAt.difference(_now);
        return ListTile(
          title: Text(a.title),
          trailing: Text(
            left.isNegative ? 'Bitti' : _format(left),
            style: TextStyle(color: left.isNegative ? Colors.grey : Colors.red, fontFeatures: const [FontFeature.tabularFigures()]),
          ),
        );
      },
    );
  }
}
""", api_free=True)

R(4021, "lists", "orta", "code",
  "Ekranın solunda kategoriler, sağında seçili kategorinin ürünleri listelensin; kategoriye dokununca sağ taraf değişsin.",
  ["Solda kategori sagda urunler olan iki bolmeli liste nasil yapilir?",
   "Sol menüde kategori seçince sağdaki ürün listesini güncelleyen iki sütunlu bir sayfa yaz"],
  ["Row", "Expanded", "ListView"], r"""
class CategoryBrowser extends StatefulWidget {
  const CategoryBrowser({super.key, required this.catalog});
  final Map<String, List<String>> catalog; // kategori -> ürünler

  @override
  State<CategoryBrowser> createState() => _CategoryBrowserState();
}

class _CategoryBrowserState extends State<CategoryBrowser> {
  int _selected = 0;

  @override
  Widget build(BuildContext context) {
    final categories = widget.catalog.keys.toList();
    final products = widget.catalog[categories[_selected]] ?? const [];
    return Row(
      children: [
        SizedBox(
          width: 120,
          child: ListView.builder(
            itemCount: categories.length,
            itemBuilder: (context, i) => ListTile(
              title: Text(categories[i]),
              selected: i == _selected,
              selectedTileColor: Colors.orange.shade50,
              onTap: () => setState(() => _selected = i),
            ),
          ),
        ),
        const VerticalDivider(width: 1),
        Expanded(
          child: ListView.builder(
            key: PageStorageKey(categories[_selected]), // her kategori kendi kaydırma konumunu tutar
            itemCount: products.length,
            itemBuilder: (context, i) => ListTile(title: Text(products[i])),
          ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4022, "lists", "orta", "code",
  "Ürün listesindeki her kartta ürünün fotoğrafları yana kaydırılarak gezilebilsin, köşede kaçıncı fotoğraf olduğu yazsın.",
  ["Dikey liste icindeki her kartta yatay kaydirilan resim galerisi nasil yaparim?",
   "Her ürün kartına PageView ile kaydırılan foto galerisi ve '2/5' sayacı ekle"],
  ["PageView", "onPageChanged"], r"""
class ProductGalleryCard extends StatefulWidget {
  const ProductGalleryCard({super.key, required this.title, required this.images});
  final String title;
  final List<String> images;

  @override
  State<ProductGalleryCard> createState() => _ProductGalleryCardState();
}

class _ProductGalleryCardState extends State<ProductGalleryCard> {
  int _page = 0;

  @override
  Widget build(BuildContext context) {
    return Card(
      clipBehavior: Clip.antiAlias,
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          SizedBox(
            height: 200,
            child: Stack(
              children: [
                PageView.builder(
                  itemCount: widget.images.length,
                  onPageChanged: (i) => setState(() => _page = i),
                  itemBuilder: (context, i) => Image.network(widget.images[i], fit: BoxFit.cover, width: double.infinity),
                ),
                Positioned(
                  right: 8,
                  top: 8,
                  child: Container(
                    padding: const EdgeInsets.symmetric(horizontal: 8, vertical: 2),
                    decoration: BoxDecoration(color: Colors.black54, borderRadius: BorderRadius.circular(10)),
                    child: Text('${_page + 1}/${widget.images.length}', style: const TextStyle(color: Colors.white)),
                  ),
                ),
              ],
            ),
          ),
          Padding(padding: const EdgeInsets.all(12), child: Text(widget.title)),
        ],
      ),
    );
  }
}

class ProductFeed extends StatelessWidget {
  const ProductFeed({super.key, required this.products});
  final List<(String title, List<String> images)> products;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: products.length,
      itemBuilder: (context, i) => ProductGalleryCard(
        key: ValueKey(products[i].$1),
        title: products[i].$1,
        images: products[i].$2,
      ),
    );
  }
}
""", api_free=True)

R(4023, "lists", "orta", "concept",
  "SliverToBoxAdapter ile SliverFillRemaining arasındaki fark nedir?",
  ["SliverFillRemaining ne zaman kullanilir, SliverToBoxAdapter'dan farki ne?",
   "CustomScrollView'da kalan alanı dolduran sliver ile tek kutuluk sliver farkını örnekle açıkla"],
  ["SliverFillRemaining", "SliverToBoxAdapter"], r"""
// SliverToBoxAdapter: tek bir normal widget'ı sliver listesine koyar; yüksekliği
// çocuğun kendi yüksekliğidir (banner, başlık, buton gibi).
// SliverFillRemaining: görünür alanın (viewport) geri kalanını doldurur; kendisinden
// önceki sliver'lar kısa kaldıysa çocuğu kalan boşluğa yayar. hasScrollBody: false
// verilirse içerik kaydırılabilir değil, sabit bir kutu gibi davranır.
// Tipik kullanım: formun altındaki butonu ekranın en altına itmek, boş durum mesajını ortalamak.
class CheckoutScroll extends StatelessWidget {
  const CheckoutScroll({super.key});

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(
      slivers: [
        const SliverToBoxAdapter(
          child: Padding(padding: EdgeInsets.all(16), child: Text('Sipariş özeti')),
        ),
        SliverList.builder(
          itemCount: 3,
          itemBuilder: (context, i) => ListTile(title: Text('Ürün ${i + 1}')),
        ),
        SliverFillRemaining(
          hasScrollBody: false,
          child: Align(
            alignment: Alignment.bottomCenter, // kalan alanın en altı
            child: Padding(
              padding: const EdgeInsets.all(16),
              child: FilledButton(onPressed: () {}, child: const Text('Ödemeye geç')),
            ),
          ),
        ),
      ],
    );
  }
}
""")

R(4024, "lists", "orta", "concept",
  "Liste satırındaki checkbox, satır ekrandan çıkıp geri gelince neden sıfırlanıyor?",
  ["uzun listede kaydirip geri donunce satirdaki secim kayboluyor, nedeni ne?",
   "Kaydırınca sıfırlanan satır durumunun nedenini açıkla ve seçimler kaybolmayacak şekilde sakla"],
  ["Set | AutomaticKeepAliveClientMixin", "setState"], r"""
// ListView.builder sadece görünen (ve cacheExtent içindeki) satırları tutar; ekrandan
// çıkan satırın State nesnesi dispose edilir, geri gelince SIFIRDAN oluşturulur.
// Durumu satırın kendi State'inde tutmak bu yüzden kaybolur.
// Doğru çözüm: durumu satırın dışında, listeyi yöneten yerde (ya da modelde) tutmak.
// (AutomaticKeepAliveClientMixin satırı canlı tutar ama binlerce satırda belleği şişirir.)
class ChecklistPage extends StatefulWidget {
  const ChecklistPage({super.key, required this.items});
  final List<String> items;

  @override
  State<ChecklistPage> createState() => _ChecklistPageState();
}

class _ChecklistPageState extends State<ChecklistPage> {
  final _checked = <int>{}; // seçimler satırlarda değil burada

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: widget.items.length,
      itemBuilder: (context, i) => CheckboxListTile(
        title: Text(widget.items[i]),
        value: _checked.contains(i),
        onChanged: (v) => setState(() => v! ? _checked.add(i) : _checked.remove(i)),
      ),
    );
  }
}
""", api_free=True)

R(4025, "lists", "orta", "code",
  "Ana sayfadaki kampanya afişleri her 3 saniyede bir kendiliğinden sonrakine geçsin, sonuncudan sonra başa dönsün.",
  ["Otomatik kayan banner slider nasil yapilir?",
   "PageController ve Timer ile kendi kendine dönen bir kampanya slider'ı yaz"],
  ["PageController", "Timer.periodic", "animateToPage"], r"""
class AutoBanner extends StatefulWidget {
  const AutoBanner({super.key, required this.images});
  final List<String> images;

  @override
  State<AutoBanner> createState() => _AutoBannerState();
}

class _AutoBannerState extends State<AutoBanner> {
  final _controller = PageController();
  Timer? _timer;
  int _page = 0;

  @override
  void initState() {
    super.initState();
    _timer = Timer.periodic(const Duration(seconds: 3), (_) {
      if (!_controller.hasClients || widget.images.isEmpty) return;
      final next = (_page + 1) % widget.images.length; // sondan sonra başa
      _controller.animateToPage(next, duration: const Duration(milliseconds: 400), curve: Curves.easeInOut);
    });
  }

  @override
  void dispose() {
    _timer?.cancel();
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      height: 160,
      child: PageView.builder(
        controller: _controller,
        itemCount: widget.images.length,
        onPageChanged: (i) => _page = i, // elle kaydırınca da sayaç güncel kalsın
        itemBuilder: (context, i) => Padding(
          padding: const EdgeInsets.symmetric(horizontal: 8),
          child: ClipRRect(
            borderRadius: BorderRadius.circular(12),
            child: Image.network(widget.images[i], fit: BoxFit.cover),
          ),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4026, "lists", "kolay", "code",
  "Kaydırılan tanıtım sayfalarının altında kaçıncı sayfada olunduğunu gösteren noktalar olsun, aktif nokta uzun ve renkli görünsün.",
  ["PageView altina sayfa gostergesi noktalari nasil eklerim?",
   "Sayfa kaydırıldıkça alttaki noktalardan aktif olanı genişlesin ve renklensin"],
  ["PageView", "onPageChanged", "AnimatedContainer | Container"], r"""
class IntroPager extends StatefulWidget {
  const IntroPager({super.key, required this.pages});
  final List<Widget> pages;

  @override
  State<IntroPager> createState() => _IntroPagerState();
}

class _IntroPagerState extends State<IntroPager> {
  int _current = 0;

  @override
  Widget build(BuildContext context) {
    final color = Theme.of(context).colorScheme.primary;
    return Column(
      children: [
        Expanded(
          child: PageView(
            onPageChanged: (i) => setState(() => _current = i),
            children: widget.pages,
          ),
        ),
        Row(
          mainAxisAlignment: MainAxisAlignment.center,
          children: [
            for (var i = 0; i < widget.pages.length; i++)
              AnimatedContainer(
                duration: const Duration(milliseconds: 250),
                margin: const EdgeInsets.all(4),
                width: i == _current ? 24 : 8, // aktif nokta uzun
                height: 8,
                decoration: BoxDecoration(
                  color: i == _current ? color : Colors.grey.shade400,
                  borderRadius: BorderRadius.circular(4),
                ),
              ),
          ],
        ),
        const SizedBox(height: 16),
      ],
    );
  }
}
""", api_free=True)

R(4027, "lists", "kolay", "code",
  "Arama kutusuna her yeni harf yazıldığında sonuç listesi en başa dönsün, kullanıcı listenin ortasında kalmasın.",
  ["Filtre degisince listeyi en uste nasil kaydiririm?",
   "Arama metni değişince ScrollController ile listeyi en başa atla"],
  ["ScrollController", "jumpTo | animateTo"], r"""
class SearchableProducts extends StatefulWidget {
  const SearchableProducts({super.key, required this.products});
  final List<String> products;

  @override
  State<SearchableProducts> createState() => _SearchableProductsState();
}

class _SearchableProductsState extends State<SearchableProducts> {
  final _scroll = ScrollController();
  String _query = '';

  void _onQueryChanged(String value) {
    setState(() => _query = value.toLowerCase());
    if (_scroll.hasClients) _scroll.jumpTo(0); // yeni sonuçlar en baştan görünsün
  }

  @override
  void dispose() {
    _scroll.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final results = widget.products.where((p) => p.toLowerCase().contains(_query)).toList();
    return Column(
      children: [
        TextField(
          decoration: const InputDecoration(prefixIcon: Icon(Icons.search), hintText: 'Ürün ara'),
          onChanged: _onQueryChanged,
        ),
        Expanded(
          child: ListView.builder(
            controller: _scroll,
            itemCount: results.length,
            itemBuilder: (context, i) => ListTile(title: Text(results[i])),
          ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4028, "lists", "orta", "code",
  "Fotoğrafları aylara göre grupla; her ayın başlığı altında o aya ait fotoğraflar 3 sütunlu ızgarada görünsün.",
  ["Basliklari olan bolumlu grid nasil yapilir, her bolumun basligi ayri olsun?",
   "CustomScrollView'da her ay için bir başlık ve altında SliverGrid ekle"],
  ["SliverGrid", "CustomScrollView"], r"""
class Photo {
  const Photo(this.url, this.takenAt);
  final String url;
  final DateTime takenAt;
}

class PhotosByMonth extends StatelessWidget {
  const PhotosByMonth({super.key, required this.photos});
  final List<Photo> photos; // yeniden eskiye sıralı

  static const _months = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz',
    'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];

  @override
  Widget build(BuildContext context) {
    final groups = <String, List<Photo>>{};
    for (final p in photos) {
      final key = '${_months[p.takenAt.month - 1]} ${p.takenAt.year}';
      groups.putIfAbsent(key, () => []).add(p);
    }
    return CustomScrollView(
      slivers: [
        for (final entry in groups.entries) ...[
          SliverToBoxAdapter(
            child: Padding(
              padding: const EdgeInsets.fromLTRB(12, 16, 12, 8),
              child: Text(entry.key, style: Theme.of(context).textTheme.titleMedium),
            ),
          ),
          SliverGrid.builder(
            gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
              crossAxisCount: 3,
              mainAxisSpacing: 2,
              crossAxisSpacing: 2,
            ),
            itemCount: entry.value.length,
            itemBuilder: (context, i) => Image.network(entry.value[i].url, fit: BoxFit.cover),
          ),
        ],
      ],
    );
  }
}
""", api_free=True)

R(4029, "lists", "kolay", "code",
  "Hedefler listesinde her satırda hedefin adı, altında ince bir ilerleme çubuğu ve sağda yüzde değeri görünsün.",
  ["Liste satirina ilerleme cubugu ve yuzde nasil eklenir?",
   "ListTile'ın alt satırına LinearProgressIndicator koy, sağ tarafa yüzdeyi yaz"],
  ["LinearProgressIndicator"], r"""
class Goal {
  const Goal(this.title, this.done, this.target);
  final String title;
  final int done;
  final int target;
  double get ratio => target == 0 ? 0 : (done / target).clamp(0.0, 1.0);
}

class GoalList extends StatelessWidget {
  const GoalList({super.key, required this.goals});
  final List<Goal> goals;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: goals.length,
      itemBuilder: (context, i) {
        final g = goals[i];
        return ListTile(
          title: Text(g.title),
          subtitle: Padding(
            padding: const EdgeInsets.only(top: 6),
            child: LinearProgressIndicator(
              value: g.ratio,
              minHeight: 6,
              borderRadius: BorderRadius.circular(3),
            ),
          ),
          trailing: Text('%${(g.ratio * 100).round()}'),
        );
      },
    );
  }
}
""", api_free=True)

R(4030, "lists", "zor", "code",
  "Ürün ızgarasında en alta yaklaşınca yeni ürünler yüklensin, yüklenirken ızgaranın altında tam genişlikte bir gösterge dönsün.",
  ["GridView'da sonsuz kaydirma ve altta yukleniyor gostergesi nasil yapilir?",
   "SliverGrid ile sayfali urun izgarasi yap, sona gelince sonraki sayfayi cek"],
  ["SliverGrid", "ScrollController | NotificationListener", "CircularProgressIndicator"], r"""
// Örnek veri kaynağı: gerçek uygulamada API isteği
Future<List<String>> fetchProducts(int page) async {
  await Future<void>.delayed(const Duration(seconds: 1));
  return page >= 5 ? [] : List.generate(20, (i) => 'Ürün ${page * 20 + i + 1}');
}

class InfiniteProductGrid extends StatefulWidget {
  const InfiniteProductGrid({super.key});

  @override
  State<InfiniteProductGrid> createState() => _InfiniteProductGridState();
}

class _InfiniteProductGridState extends State<InfiniteProductGrid> {
  final _scroll = ScrollController();
  final _products = <String>[];
  int _page = 0;
  bool _loading = false;
  bool _hasMore = true;

  @override
  void initState() {
    super.initState();
    _scroll.addListener(() {
      if (_scroll.position.extentAfter < 400) _loadMore(); // sona 400 px kala
    });
    _loadMore();
  }

  Future<void> _loadMore() async {
    if (_loading || !_hasMore) return;
    setState(() => _loading = true);
    final items = await fetchProducts(_page);
    if (!mounted) return;
    setState(() {
      _products.addAll(items);
      _page++;
      _hasMore = items.isNotEmpty;
      _loading = false;
    });
  }

  @override
  void dispose() {
    _scroll.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(
      controller: _scroll,
      slivers: [
        SliverPadding(
          padding: const EdgeInsets.all(8),
          sliver: SliverGrid.builder(
            gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
              crossAxisCount: 2, mainAxisSpacing: 8, crossAxisSpacing: 8),
            itemCount: _products.length,
            itemBuilder: (context, i) => Card(child: Center(child: Text(_products[i]))),
          ),
        ),
        if (_loading)
          const SliverToBoxAdapter(
            child: Padding(padding: EdgeInsets.all(16), child: Center(child: CircularProgressIndicator())),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4031, "lists", "kolay", "code",
  "Sohbet ekranında benim mesajlarım sağda mavi balonda, karşı tarafın mesajları solda gri balonda görünsün.",
  ["Chat ekraninda gelen ve giden mesajlari saga sola hizali baloncuklarla nasil gosteririm?",
   "Mesaj balonlarını gönderene göre sağa ya da sola yasla, renklerini farklı yap"],
  ["Align | Row", "Alignment.centerRight | MainAxisAlignment.end | CrossAxisAlignment.end"], r"""
class ChatMessage {
  const ChatMessage(this.text, {required this.isMine});
  final String text;
  final bool isMine;
}

class MessageBubbles extends StatelessWidget {
  const MessageBubbles({super.key, required this.messages});
  final List<ChatMessage> messages;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      padding: const EdgeInsets.all(8),
      itemCount: messages.length,
      itemBuilder: (context, i) {
        final m = messages[i];
        return Align(
          alignment: m.isMine ? Alignment.centerRight : Alignment.centerLeft,
          child: ConstrainedBox(
            // balon ekranın en fazla %75'i kadar genişlesin
            constraints: BoxConstraints(maxWidth: MediaQuery.sizeOf(context).width * 0.75),
            child: Container(
              margin: const EdgeInsets.symmetric(vertical: 4),
              padding: const EdgeInsets.symmetric(horizontal: 12, vertical: 8),
              decoration: BoxDecoration(
                color: m.isMine ? Colors.blue : Colors.grey.shade300,
                borderRadius: BorderRadius.only(
                  topLeft: const Radius.circular(16),
                  topRight: const Radius.circular(16),
                  bottomLeft: Radius.circular(m.isMine ? 16 : 0),
                  bottomRight: Radius.circular(m.isMine ? 0 : 16),
                ),
              ),
              child: Text(m.text, style: TextStyle(color: m.isMine ? Colors.white : Colors.black87)),
            ),
          ),
        );
      },
    );
  }
}
""", api_free=True)

R(4032, "lists", "kolay", "code",
  "Bildirimler listesinde okunmamış satırlar kalın yazılsın ve solunda mavi nokta olsun; dokununca okundu sayılsın.",
  ["Okunmamis bildirimleri farkli gosterip tiklayinca okundu yapmayi nasil yaparim?",
   "Bildirim satırına dokununca okundu olarak işaretle, okunmamışları kalın ve noktalı göster"],
  ["onTap", "FontWeight.bold"], r"""
class AppNotification {
  AppNotification(this.title, {this.read = false});
  final String title;
  bool read;
}

class NotificationList extends StatefulWidget {
  const NotificationList({super.key, required this.items});
  final List<AppNotification> items;

  @override
  State<NotificationList> createState() => _NotificationListState();
}

class _NotificationListState extends State<NotificationList> {
  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: widget.items.length,
      itemBuilder: (context, i) {
        final n = widget.items[i];
        return ListTile(
          leading: Icon(Icons.circle, size: 10, color: n.read ? Colors.transparent : Colors.blue),
          minLeadingWidth: 10,
          title: Text(n.title, style: TextStyle(fontWeight: n.read ? FontWeight.normal : FontWeight.bold)),
          onTap: () => setState(() => n.read = true),
        );
      },
    );
  }
}
""", api_free=True)

R(4033, "lists", "kolay", "code",
  "Yapılacaklar listesinde bir göreve dokununca yazısının üstü çizilsin ve soluklaşsın; tekrar dokununca eski haline dönsün.",
  ["Gorev satirina tiklayinca ustu cizili gorunmesini nasil saglarim?",
   "Tamamlanan görevin metnine üstü çizili stil ver, dokunuşla aç/kapa yap"],
  ["TextDecoration.lineThrough"], r"""
class StrikeTodoList extends StatefulWidget {
  const StrikeTodoList({super.key, required this.tasks});
  final List<String> tasks;

  @override
  State<StrikeTodoList> createState() => _StrikeTodoListState();
}

class _StrikeTodoListState extends State<StrikeTodoList> {
  final _done = <String>{};

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: widget.tasks.length,
      itemBuilder: (context, i) {
        final task = widget.tasks[i];
        final done = _done.contains(task);
        return ListTile(
          title: Text(
            task,
            style: TextStyle(
              decoration: done ? TextDecoration.lineThrough : TextDecoration.none,
              color: done ? Colors.grey : null,
            ),
          ),
          onTap: () => setState(() => done ? _done.remove(task) : _done.add(task)),
        );
      },
    );
  }
}
""", api_free=True)

R(4034, "lists", "orta", "code",
  "Fatura tablosundaki satırlar işaretlenerek seçilebilsin, seçilen satırların toplam tutarı tablonun altında yazsın.",
  ["DataTable'da satir secip secilenlerin toplamini nasil gosteririm?",
   "tabloda satirlari checkbox ile sec, altta secili faturalarin toplamini goster"],
  ["DataTable", "onSelectChanged", "selected"], r"""
class Invoice {
  const Invoice(this.no, this.amount);
  final String no;
  final double amount;
}

class InvoiceTable extends StatefulWidget {
  const InvoiceTable({super.key, required this.invoices});
  final List<Invoice> invoices;

  @override
  State<InvoiceTable> createState() => _InvoiceTableState();
}

class _InvoiceTableState extends State<InvoiceTable> {
  final _selected = <Invoice>{};

  @override
  Widget build(BuildContext context) {
    final total = _selected.fold<double>(0, (sum, inv) => sum + inv.amount);
    return Column(
      children: [
        Expanded(
          child: SingleChildScrollView(
            child: DataTable(
              columns: const [DataColumn(label: Text('Fatura')), DataColumn(label: Text('Tutar'), numeric: true)],
              rows: [
                for (final inv in widget.invoices)
                  DataRow(
                    selected: _selected.contains(inv),
                    onSelectChanged: (value) => setState(() => value == true ? _selected.add(inv) : _selected.remove(inv)),
                    cells: [DataCell(Text(inv.no)), DataCell(Text(inv.amount.toStringAsFixed(2)))],
                  ),
              ],
            ),
          ),
        ),
        Padding(
          padding: const EdgeInsets.all(16),
          child: Text('Seçili ${_selected.length} fatura: ${total.toStringAsFixed(2)} ₺',
              style: const TextStyle(fontWeight: FontWeight.bold)),
        ),
      ],
    );
  }
}
""")

R(4035, "lists", "kolay", "code",
  "Şarkı listesinde 'Karıştır' butonuna basınca şarkıların sırası rastgele değişsin.",
  ["Listeyi karistir butonuyla rastgele siralamayi nasil yaparim?",
   "Çalma listesini shuffle ile karıştıran bir buton ekle"],
  ["shuffle"], r"""
class Playlist extends StatefulWidget {
  const Playlist({super.key, required this.songs});
  final List<String> songs;

  @override
  State<Playlist> createState() => _PlaylistState();
}

class _PlaylistState extends State<Playlist> {
  late final List<String> _order = [...widget.songs]; // orijinal listeye dokunma

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Çalma listesi'),
        actions: [
          IconButton(
            tooltip: 'Karıştır',
            icon: const Icon(Icons.shuffle),
            onPressed: () => setState(() => _order.shuffle()),
          ),
        ],
      ),
      body: ListView.builder(
        itemCount: _order.length,
        itemBuilder: (context, i) => ListTile(
          leading: Text('${i + 1}'),
          title: Text(_order[i]),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4036, "lists", "orta", "code",
  "Sayfanın üstündeki büyük başlık kaydırılıp kaybolunca aynı başlık üst çubukta yavaşça belirsin.",
  ["Buyuk baslik kaybolunca appbar'da basligi gostermeyi nasil yaparim?",
   "Kaydırma konumunu dinle, 60 pikseli geçince AppBar başlığını görünür yap"],
  ["ScrollController | NotificationListener", "AnimatedOpacity | Opacity"], r"""
class ArticlePage extends StatefulWidget {
  const ArticlePage({super.key, required this.title, required this.paragraphs});
  final String title;
  final List<String> paragraphs;

  @override
  State<ArticlePage> createState() => _ArticlePageState();
}

class _ArticlePageState extends State<ArticlePage> {
  final _scroll = ScrollController();
  bool _showTitle = false;

  @override
  void initState() {
    super.initState();
    _scroll.addListener(() {
      final show = _scroll.offset > 60; // büyük başlığın yüksekliği kadar
      if (show != _showTitle) setState(() => _showTitle = show);
    });
  }

  @override
  void dispose() {
    _scroll.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: AnimatedOpacity(
          opacity: _showTitle ? 1 : 0,
          duration: const Duration(milliseconds: 200),
          child: Text(widget.title),
        ),
      ),
      body: ListView(
        controller: _scroll,
        padding: const EdgeInsets.all(16),
        children: [
          Text(widget.title, style: Theme.of(context).textTheme.headlineMedium),
          const SizedBox(height: 16),
          for (final p in widget.paragraphs) Padding(padding: const EdgeInsets.only(bottom: 12), child: Text(p)),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4037, "lists", "orta", "code",
  "Kaydırarak arşivlemede satır çekildikçe arkadaki arşiv ikonu büyüsün, eşiği geçince renk koyulaşsın.",
  ["Dismissible'da kaydirma ilerledikce arka plandaki ikonu nasil buyuturum?",
   "Satırı kaydırırken ne kadar çekildiğine göre arka plandaki ikonu büyüt ve rengi değiştir"],
  ["Dismissible", "onUpdate", "progress"], r"""
class ArchiveList extends StatefulWidget {
  const ArchiveList({super.key});

  @override
  State<ArchiveList> createState() => _ArchiveListState();
}

class _ArchiveListState extends State<ArchiveList> {
  final _items = List.generate(15, (i) => 'Konuşma ${i + 1}');
  final _progress = <String, double>{};
  final _reached = <String, bool>{};

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: _items.length,
      itemBuilder: (context, i) {
        final item = _items[i];
        final p = _progress[item] ?? 0;
        return Dismissible(
          key: ValueKey(item),
          direction: DismissDirection.startToEnd,
          onUpdate: (details) => setState(() {
            _progress[item] = details.progress; // 0..1 arası kaydırma oranı
            _reached[item] = details.reached; // eşik geçildi mi
          }),
          background: Container(
            color: (_reached[item] ?? false) ? Colors.green.shade700 : Colors.green.shade300,
            alignment: Alignment.centerLeft,
            padding: const EdgeInsets.only(left: 24),
            child: Transform.scale(
              scale: 0.6 + p.clamp(0.0, 1.0) * 0.8,
              child: const Icon(Icons.archive, color: Colors.white),
            ),
          ),
          onDismissed: (_) => setState(() {
            _items.remove(item);
            _progress.remove(item);
            _reached.remove(item);
          }),
          child: ListTile(title: Text(item)),
        );
      },
    );
  }
}
""")

R(4038, "lists", "orta", "concept",
  "SliverList.builder ile SliverList(delegate: SliverChildBuilderDelegate) arasında fark var mı?",
  ["sliverlist builder ile delegate kullanan eski yazim arasindaki fark nedir?",
   "SliverList için iki yazım şeklinin farkını açıkla, hangisini kullanmam gerektiğini göster"],
  ["SliverList.builder", "SliverChildBuilderDelegate"], r"""
// İkisi aynı şeyi yapar: satırları tembel (lazy), sadece görünürken üretir.
// SliverList.builder (Flutter 3.7+) ListView.builder'a benzeyen kısa yazımdır ve
// içeride bir SliverChildBuilderDelegate oluşturur. Yeni kodda builder tercih edilir.
// Delegate yazımı hâlâ geçerlidir; findChildIndexCallback gibi ileri ayarlar
// gerektiğinde (ör. key'li satırların yer değiştirmesi) delegate'i kendin verirsin.
class TwoWaysSliver extends StatelessWidget {
  const TwoWaysSliver({super.key, required this.items});
  final List<String> items;

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(
      slivers: [
        // Kısa yazım
        SliverList.builder(
          itemCount: items.length,
          itemBuilder: (context, i) => ListTile(title: Text(items[i])),
        ),
        // Eşdeğer uzun yazım
        SliverList(
          delegate: SliverChildBuilderDelegate(
            (context, i) => ListTile(title: Text(items[i])),
            childCount: items.length,
          ),
        ),
      ],
    );
  }
}
""")

R(4040, "lists", "orta", "code",
  "Listeyi aşağı çekip yenileyince listenin üstünde 'Son güncelleme: 14:32' gibi yenilenme saati yazsın.",
  ["asagi cekip yenileyince son guncelleme saatini nasil gosteririm?",
   "RefreshIndicator ile yenile, bittiğinde son güncelleme zamanını başlıkta göster"],
  ["RefreshIndicator", "onRefresh", "DateTime.now"], r"""
class RatesPage extends StatefulWidget {
  const RatesPage({super.key});

  @override
  State<RatesPage> createState() => _RatesPageState();
}

class _RatesPageState extends State<RatesPage> {
  List<String> _rates = ['USD 34,10', 'EUR 36,20', 'GBP 43,05'];
  DateTime? _updatedAt;

  Future<void> _refresh() async {
    await Future<void>.delayed(const Duration(seconds: 1)); // API isteği yerine
    setState(() {
      _rates = [..._rates];
      _updatedAt = DateTime.now();
    });
  }

  String _time(DateTime t) => '${t.hour.toString().padLeft(2, '0')}:${t.minute.toString().padLeft(2, '0')}';

  @override
  Widget build(BuildContext context) {
    return RefreshIndicator(
      onRefresh: _refresh,
      child: ListView.builder(
        physics: const AlwaysScrollableScrollPhysics(),
        itemCount: _rates.length + 1,
        itemBuilder: (context, i) {
          if (i == 0) {
            return Padding(
              padding: const EdgeInsets.all(8),
              child: Text(
                _updatedAt == null ? 'Yenilemek için aşağı çekin' : 'Son güncelleme: ${_time(_updatedAt!)}',
                textAlign: TextAlign.center,
                style: const TextStyle(color: Colors.grey),
              ),
            );
          }
          return ListTile(title: Text(_rates[i - 1]));
        },
      ),
    );
  }
}
""", api_free=True)

R(4041, "lists", "orta", "concept",
  "Scrollable.ensureVisible ile ScrollController.animateTo arasındaki fark nedir?",
  ["ensureVisible mi animateTo mu kullanmaliyim, farklari ne?",
   "Bir widget'a kaydırmak için ensureVisible ile animateTo farkını örnekle anlat"],
  ["Scrollable.ensureVisible", "animateTo"], r"""
// animateTo(offset): kaydırmayı PİKSEL konumuna götürür; hedef elemanın konumunu
// senin hesaplaman gerekir (sabit satır yüksekliği x index gibi). ScrollController şart.
// Scrollable.ensureVisible(context): verilen widget'ın context'ini alır, onu içeren
// kaydırılabilir alanı (iç içe olanlar dahil) elemanı görünür yapacak kadar kaydırır;
// yükseklik bilmek gerekmez ama eleman o an ağaçta (build edilmiş) olmalıdır.
// ListView.builder'da ekrandan uzak satırlar build edilmediği için ensureVisible onları bulamaz.
class JumpDemo extends StatefulWidget {
  const JumpDemo({super.key});

  @override
  State<JumpDemo> createState() => _JumpDemoState();
}

class _JumpDemoState extends State<JumpDemo> {
  final _controller = ScrollController();
  final _targetKey = GlobalKey();

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(actions: [
        // Piksel ile: 20. satır, her satır 56 px
        IconButton(
          icon: const Icon(Icons.looks_one),
          onPressed: () => _controller.animateTo(20 * 56,
              duration: const Duration(milliseconds: 300), curve: Curves.easeOut),
        ),
        // Widget ile: yüksekliği bilmeden
        IconButton(
          icon: const Icon(Icons.looks_two),
          onPressed: () => Scrollable.ensureVisible(_targetKey.currentContext!,
              duration: const Duration(milliseconds: 300)),
        ),
      ]),
      body: SingleChildScrollView(
        controller: _controller,
        child: Column(children: [
          for (var i = 0; i < 40; i++)
            SizedBox(
              key: i == 30 ? _targetKey : null,
              height: 56,
              child: ListTile(title: Text('Bölüm $i')),
            ),
        ]),
      ),
    );
  }
}
""")


write()
