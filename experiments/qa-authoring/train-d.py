"""New authored Q&A tasks, each in three phrasings (lists, forms, dialogs) -> data/drafts-qa/train-d.jsonl.

Ids start at 4000 per topic. Each row: question + two phrasings of the same request (one of the three is a
question when another is an imperative, at least one typed without Turkish letters); api_free when the main
question names no API.

Run: .venv/bin/python experiments/qa-authoring/train-d.py
"""
from rows import qa_row, wording_problems, write_rows

ROWS = []


# Rows whose main question is written with API names: the question trades places with the phrasing at
# this index (the API-free wording stays as a phrasing), so about half the tasks are API-free in the question.
SWAP = {"lists-4003": 1,
        "lists-4004": 1,
        "lists-4005": 1,
        "lists-4013": 1,
        "lists-4015": 0,
        "lists-4022": 1,
        "lists-4027": 1,
        "lists-4029": 1,
        "lists-4036": 1,
        "lists-4042": 1,
        "lists-4046": 1,
        "lists-4048": 1,
        "lists-4052": 1,
        "lists-4054": 1,
        "forms-4001": 0,
        "forms-4003": 1,
        "forms-4006": 1,
        "forms-4010": 1,
        "forms-4017": 1,
        "forms-4019": 1,
        "forms-4023": 1,
        "forms-4025": 1,
        "forms-4028": 1,
        "forms-4033": 1,
        "forms-4038": 1,
        "forms-4043": 1,
        "forms-4045": 1,
        "forms-4047": 1,
        "dialogs-4001": 1,
        "dialogs-4006": 1,
        "dialogs-4011": 1,
        "dialogs-4013": 0,
        "dialogs-4015": 1,
        "dialogs-4018": 1,
        "dialogs-4020": 1,
        "dialogs-4022": 1,
        "dialogs-4025": 1,
        "dialogs-4028": 0,
        "dialogs-4033": 1,
        "dialogs-4036": 0,
        "dialogs-4038": 0,
        "dialogs-4040": 1,
        "dialogs-4044": 1,
        "dialogs-4046": 1,
        "lists-4006": 1,
        "lists-4019": 1,
        "lists-4025": 1,
        "lists-4030": 0,
        "lists-4040": 1,
        "forms-4002": 1,
        "forms-4009": 1,
        "forms-4026": 1,
        "dialogs-4000": 1,
        "dialogs-4010": 1,
        "dialogs-4026": 1}


def R(num, topic, difficulty, kind, question, phrasings, must_contain, answer, api_free=False):
    phrasings = list(phrasings)
    key = f"{topic}-{num}"
    if key in SWAP:
        i = SWAP[key]
        question, phrasings[i] = phrasings[i], question
        api_free = False
    row = qa_row(key, topic, difficulty, kind, question, phrasings, must_contain, answer, api_free)
    problems = wording_problems(row)
    assert not problems, problems
    ROWS.append(row)


def write():
    write_rows(ROWS, "train-d.jsonl")


# ---------------------------------------------------------------- lists
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
  final _now = DateTime.now();
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
          final day = DateTime(_now.year, _now.month, _now.day + i); // ay geçişlerini kendisi düzeltir
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
  final Set<int> _checked = {}; // seçimler satırlarda değil burada

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
""", api_free=True)

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
""", api_free=True)

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

# ---------------------------------------------------------------- forms
R(4000, "forms", "kolay", "code",
  "İlgi alanlarından en fazla 3 tanesi seçilebilsin; 3 seçim yapılınca diğer kutular pasif olsun.",
  ["Checkbox listesinde secim sayisini 3 ile nasil sinirlarim?",
   "En fazla üç seçim yapılabilen onay kutusu listesi yap, sınıra gelince kalanlar devre dışı kalsın"],
  ["CheckboxListTile | Checkbox", "onChanged"], r"""
class InterestPicker extends StatefulWidget {
  const InterestPicker({super.key});

  @override
  State<InterestPicker> createState() => _InterestPickerState();
}

class _InterestPickerState extends State<InterestPicker> {
  static const _all = ['Spor', 'Müzik', 'Sinema', 'Kitap', 'Yemek', 'Seyahat', 'Teknoloji'];
  static const _max = 3;
  final _selected = <String>{};

  @override
  Widget build(BuildContext context) {
    final full = _selected.length >= _max;
    return ListView(
      children: [
        Padding(
          padding: const EdgeInsets.all(16),
          child: Text('En fazla $_max seçim (${_selected.length}/$_max)'),
        ),
        for (final item in _all)
          CheckboxListTile(
            title: Text(item),
            value: _selected.contains(item),
            // Sınır dolduysa seçili olmayan kutular pasif: onChanged null
            onChanged: full && !_selected.contains(item)
                ? null
                : (checked) => setState(() => checked! ? _selected.add(item) : _selected.remove(item)),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4001, "forms", "kolay", "code",
  "Memnuniyet sorusunda 1 ile 5 arasında kaydırarak puan verilsin, altta seçilen puanın karşılığı (Kötü…Mükemmel) yazsın.",
  ["Slider degerine gore altinda yazi gosteren bir puanlama nasil yapilir?",
   "divisions ile 5 adımlı bir Slider yap ve seçilen değerin metin karşılığını göster"],
  ["Slider", "divisions"], r"""
class SatisfactionSlider extends StatefulWidget {
  const SatisfactionSlider({super.key, required this.onChanged});
  final ValueChanged<int> onChanged;

  @override
  State<SatisfactionSlider> createState() => _SatisfactionSliderState();
}

class _SatisfactionSliderState extends State<SatisfactionSlider> {
  static const _labels = ['Çok kötü', 'Kötü', 'Orta', 'İyi', 'Mükemmel'];
  double _value = 3;

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        const Text('Hizmetimizden ne kadar memnun kaldınız?'),
        Slider(
          value: _value,
          min: 1,
          max: 5,
          divisions: 4, // 1, 2, 3, 4, 5 dışında değer alınamaz
          label: _value.round().toString(),
          onChanged: (v) {
            setState(() => _value = v);
            widget.onChanged(v.round());
          },
        ),
        Text(_labels[_value.round() - 1], style: Theme.of(context).textTheme.titleMedium),
      ],
    );
  }
}
""", api_free=True)

R(4002, "forms", "orta", "code",
  "Etkinlik formunda başlangıç ve bitiş saati seçilsin; bitiş saati başlangıçtan önceyse bitiş alanının altında hata çıksın.",
  ["Iki saat alanini birbiriyle karsilastiran validator nasil yazilir?",
   "showTimePicker ile başlangıç ve bitiş saatini al, bitiş daha erkense doğrulama hatası ver"],
  ["showTimePicker", "validator"], r"""
class EventTimeForm extends StatefulWidget {
  const EventTimeForm({super.key});

  @override
  State<EventTimeForm> createState() => _EventTimeFormState();
}

class _EventTimeFormState extends State<EventTimeForm> {
  final _formKey = GlobalKey<FormState>();
  final _startText = TextEditingController();
  final _endText = TextEditingController();
  TimeOfDay? _start;
  TimeOfDay? _end;

  int _minutes(TimeOfDay t) => t.hour * 60 + t.minute;

  Future<void> _pick({required bool start}) async {
    final picked = await showTimePicker(
      context: context,
      initialTime: (start ? _start : _end) ?? TimeOfDay.now(),
    );
    if (picked == null || !mounted) return;
    setState(() {
      if (start) {
        _start = picked;
        _startText.text = picked.format(context);
      } else {
        _end = picked;
        _endText.text = picked.format(context);
      }
    });
  }

  @override
  void dispose() {
    _startText.dispose();
    _endText.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _startText,
            readOnly: true,
            decoration: const InputDecoration(labelText: 'Başlangıç', suffixIcon: Icon(Icons.access_time)),
            onTap: () => _pick(start: true),
            validator: (_) => _start == null ? 'Başlangıç saatini seçin' : null,
          ),
          TextFormField(
            controller: _endText,
            readOnly: true,
            decoration: const InputDecoration(labelText: 'Bitiş', suffixIcon: Icon(Icons.access_time)),
            onTap: () => _pick(start: false),
            validator: (_) {
              if (_end == null) return 'Bitiş saatini seçin';
              if (_start != null && _minutes(_end!) <= _minutes(_start!)) {
                return 'Bitiş saati başlangıçtan sonra olmalı';
              }
              return null;
            },
          ),
          const SizedBox(height: 16),
          FilledButton(
            onPressed: () {
              if (_formKey.currentState!.validate()) {
                // Kaydet
              }
            },
            child: const Text('Kaydet'),
          ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4003, "forms", "zor", "code",
  "Tutar alanında rakamlar sağdan dolsun: 1 yazınca 0,01, 12 yazınca 0,12, 1234 yazınca 12,34 görünsün.",
  ["ATM gibi kurus hanelerinden baslayarak dolan para girisi nasil yapilir?",
   "TextInputFormatter ile girilen rakamları kuruş olarak yorumlayan bir tutar alanı yaz"],
  ["TextInputFormatter", "formatEditUpdate"], r"""
// Girilen tüm rakamları kuruş olarak yorumlar: '1234' -> '12,34'
class CentsInputFormatter extends TextInputFormatter {
  @override
  TextEditingValue formatEditUpdate(TextEditingValue oldValue, TextEditingValue newValue) {
    final digits = newValue.text.replaceAll(RegExp(r'[^0-9]'), '');
    if (digits.length > 12) return oldValue; // çok büyük tutarları engelle
    final cents = int.parse(digits.isEmpty ? '0' : digits);
    final text = '${cents ~/ 100},${(cents % 100).toString().padLeft(2, '0')}';
    // İmleç hep sonda kalsın
    return TextEditingValue(text: text, selection: TextSelection.collapsed(offset: text.length));
  }
}

double parseAmount(String text) => double.parse(text.replaceAll(',', '.'));

class AmountField extends StatefulWidget {
  const AmountField({super.key, required this.onChanged});
  final ValueChanged<double> onChanged;

  @override
  State<AmountField> createState() => _AmountFieldState();
}

class _AmountFieldState extends State<AmountField> {
  final _controller = TextEditingController(text: '0,00');

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: _controller,
      keyboardType: TextInputType.number,
      textAlign: TextAlign.right,
      inputFormatters: [CentsInputFormatter()],
      decoration: const InputDecoration(labelText: 'Tutar', suffixText: '₺'),
      onChanged: (text) => widget.onChanged(parseAmount(text)),
    );
  }
}
""", api_free=True)

R(4004, "forms", "orta", "code",
  "Kayıt formunda profil fotoğrafı seçilmeden gönderilemesin; fotoğraf yoksa yuvarlak alanın altında hata yazsın.",
  ["Form icinde fotograf secimini zorunlu alan olarak nasil dogrularim?",
   "image_picker ile seçilen fotoğrafı FormField içinde tut, seçilmemişse validator hata versin"],
  ["FormField", "validator", "ImagePicker"], r"""
// pubspec.yaml: image_picker
// File için dart:io gerekir.
class PhotoFormField extends FormField<XFile> {
  PhotoFormField({super.key, super.onSaved})
      : super(
          validator: (file) => file == null ? 'Profil fotoğrafı seçin' : null,
          builder: (state) => Column(
            children: [
              GestureDetector(
                onTap: () async {
                  final file = await ImagePicker().pickImage(source: ImageSource.gallery, maxWidth: 800);
                  if (file != null) state.didChange(file); // değer değişti, hata temizlenir
                },
                child: CircleAvatar(
                  radius: 48,
                  backgroundImage: state.value == null ? null : FileImage(File(state.value!.path)),
                  child: state.value == null ? const Icon(Icons.add_a_photo) : null,
                ),
              ),
              if (state.hasError)
                Padding(
                  padding: const EdgeInsets.only(top: 8),
                  child: Text(state.errorText!, style: TextStyle(color: Theme.of(state.context).colorScheme.error)),
                ),
            ],
          ),
        );
}

class SignUpForm extends StatefulWidget {
  const SignUpForm({super.key});

  @override
  State<SignUpForm> createState() => _SignUpFormState();
}

class _SignUpFormState extends State<SignUpForm> {
  final _formKey = GlobalKey<FormState>();
  XFile? _photo;

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          PhotoFormField(onSaved: (file) => _photo = file),
          TextFormField(
            decoration: const InputDecoration(labelText: 'Ad soyad'),
            validator: (v) => (v == null || v.trim().isEmpty) ? 'Ad soyad zorunlu' : null,
          ),
          FilledButton(
            onPressed: () {
              if (_formKey.currentState!.validate()) {
                _formKey.currentState!.save();
                debugPrint('Fotoğraf: ${_photo!.path}');
              }
            },
            child: const Text('Kayıt ol'),
          ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4006, "forms", "zor", "code",
  "Yorum alanında @ yazınca altında kullanıcı önerileri çıksın, birine dokununca @kullaniciadi metne eklensin.",
  ["Metin alaninda @ ile kisi etiketleme onerisi nasil yapilir?",
   "TextEditingController'ı dinle, imleçten önceki kelime @ ile başlıyorsa eşleşen kullanıcıları listele"],
  ["TextEditingController", "selection"], r"""
class MentionField extends StatefulWidget {
  const MentionField({super.key, required this.users});
  final List<String> users;

  @override
  State<MentionField> createState() => _MentionFieldState();
}

class _MentionFieldState extends State<MentionField> {
  final _controller = TextEditingController();
  List<String> _suggestions = const [];
  int? _atIndex; // etiketlenen kelimedeki '@' konumu

  @override
  void initState() {
    super.initState();
    _controller.addListener(_onChanged);
  }

  void _onChanged() {
    final text = _controller.text;
    final cursor = _controller.selection.baseOffset;
    var next = <String>[];
    _atIndex = null;
    if (cursor > 0) {
      final before = text.substring(0, cursor);
      final at = before.lastIndexOf('@');
      // '@' kelime başında olmalı ve imlece kadar boşluk olmamalı
      if (at >= 0 && (at == 0 || before[at - 1] == ' ') && !before.substring(at + 1).contains(' ')) {
        final query = before.substring(at + 1).toLowerCase();
        _atIndex = at;
        next = widget.users.where((u) => u.toLowerCase().startsWith(query)).take(5).toList();
      }
    }
    setState(() => _suggestions = next);
  }

  void _insert(String user) {
    final cursor = _controller.selection.baseOffset;
    final mention = '@$user ';
    _controller.value = TextEditingValue(
      text: _controller.text.replaceRange(_atIndex!, cursor, mention),
      selection: TextSelection.collapsed(offset: _atIndex! + mention.length),
    );
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        TextField(
          controller: _controller,
          maxLines: null,
          decoration: const InputDecoration(hintText: 'Yorum yaz... (@ ile etiketle)'),
        ),
        for (final user in _suggestions)
          ListTile(
            dense: true,
            leading: CircleAvatar(radius: 14, child: Text(user[0].toUpperCase())),
            title: Text('@$user'),
            onTap: () => _insert(user),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4007, "forms", "orta", "code",
  "iOS sayı klavyesinde 'Bitti' tuşu yok; alan odaklıyken klavyenin hemen üstünde 'Bitti' butonlu bir çubuk çıksın.",
  ["Klavyenin ustune tamam butonu olan bir arac cubugu nasil eklerim?",
   "Sayı klavyesi açıkken üstte klavyeyi kapatan bir 'Bitti' şeridi göster"],
  ["FocusNode", "unfocus"], r"""
class AmountEntryPage extends StatefulWidget {
  const AmountEntryPage({super.key});

  @override
  State<AmountEntryPage> createState() => _AmountEntryPageState();
}

class _AmountEntryPageState extends State<AmountEntryPage> {
  final _focus = FocusNode();
  final _controller = TextEditingController();

  @override
  void initState() {
    super.initState();
    _focus.addListener(() => setState(() {})); // odak değişince çubuğu göster/gizle
  }

  @override
  void dispose() {
    _focus.dispose();
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Tutar')),
      // Scaffold klavye açılınca gövdeyi küçültür; en alttaki çubuk klavyenin üstünde kalır
      body: Column(
        children: [
          Expanded(
            child: ListView(
              padding: const EdgeInsets.all(16),
              children: [
                TextField(
                  controller: _controller,
                  focusNode: _focus,
                  keyboardType: const TextInputType.numberWithOptions(decimal: true),
                  decoration: const InputDecoration(labelText: 'Tutar'),
                ),
              ],
            ),
          ),
          if (_focus.hasFocus)
            Container(
              color: Colors.grey.shade200,
              alignment: Alignment.centerRight,
              padding: const EdgeInsets.symmetric(horizontal: 8),
              child: TextButton(onPressed: _focus.unfocus, child: const Text('Bitti')),
            ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4008, "forms", "orta", "code",
  "Gönder'e basınca hatalı alanların listesi formun en üstünde kırmızı bir kutuda toplu olarak görünsün.",
  ["Formdaki tum dogrulama hatalarini ustte ozet olarak nasil gosteririm?",
   "Doğrulama sonrası hata mesajlarını topla ve formun başındaki bir hata özeti kutusunda listele"],
  ["validate", "validator"], r"""
class ApplicationForm extends StatefulWidget {
  const ApplicationForm({super.key});

  @override
  State<ApplicationForm> createState() => _ApplicationFormState();
}

class _ApplicationFormState extends State<ApplicationForm> {
  final _formKey = GlobalKey<FormState>();
  final _name = TextEditingController();
  final _email = TextEditingController();
  final _phone = TextEditingController();
  List<String> _errors = const [];

  String? _nameError(String? v) => (v == null || v.trim().isEmpty) ? 'Ad soyad zorunlu' : null;
  String? _emailError(String? v) => (v == null || !v.contains('@')) ? 'Geçerli bir e-posta girin' : null;
  String? _phoneError(String? v) =>
      (v == null || v.replaceAll(' ', '').length < 10) ? 'Telefon en az 10 haneli olmalı' : null;

  void _submit() {
    final valid = _formKey.currentState!.validate(); // alanların altındaki hatalar
    setState(() {
      _errors = [_nameError(_name.text), _emailError(_email.text), _phoneError(_phone.text)]
          .whereType<String>()
          .toList();
    });
    if (valid) {
      // Gönder
    }
  }

  @override
  void dispose() {
    _name.dispose();
    _email.dispose();
    _phone.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          if (_errors.isNotEmpty)
            Container(
              margin: const EdgeInsets.only(bottom: 16),
              padding: const EdgeInsets.all(12),
              decoration: BoxDecoration(
                color: Colors.red.shade50,
                border: Border.all(color: Colors.red),
                borderRadius: BorderRadius.circular(8),
              ),
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  const Text('Lütfen şu hataları düzeltin:',
                      style: TextStyle(fontWeight: FontWeight.bold, color: Colors.red)),
                  for (final e in _errors) Text('• $e'),
                ],
              ),
            ),
          TextFormField(controller: _name, decoration: const InputDecoration(labelText: 'Ad soyad'), validator: _nameError),
          TextFormField(controller: _email, decoration: const InputDecoration(labelText: 'E-posta'), validator: _emailError),
          TextFormField(controller: _phone, decoration: const InputDecoration(labelText: 'Telefon'), validator: _phoneError),
          const SizedBox(height: 16),
          FilledButton(onPressed: _submit, child: const Text('Gönder')),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4009, "forms", "kolay", "code",
  "Web'deki giriş formu geniş ekranda sayfa boyunca yayılmasın; ortada en fazla 420 piksel genişlikte bir kartın içinde dursun.",
  ["Formun genis ekranda cok uzamasini engelleyip ortalamayi nasil yaparim?",
   "ConstrainedBox ile giriş formunu en fazla 420 px genişlikte, ortalanmış bir kartta göster"],
  ["ConstrainedBox | SizedBox", "maxWidth | width"], r"""
class CenteredLoginPage extends StatelessWidget {
  const CenteredLoginPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: Center(
        child: SingleChildScrollView(
          padding: const EdgeInsets.all(16),
          child: ConstrainedBox(
            // Telefonda ekran kadar, geniş ekranda en fazla 420 piksel
            constraints: const BoxConstraints(maxWidth: 420),
            child: Card(
              child: Padding(
                padding: const EdgeInsets.all(24),
                child: Column(
                  mainAxisSize: MainAxisSize.min,
                  crossAxisAlignment: CrossAxisAlignment.stretch,
                  children: [
                    Text('Giriş yap', style: Theme.of(context).textTheme.headlineSmall),
                    const SizedBox(height: 16),
                    const TextField(decoration: InputDecoration(labelText: 'E-posta')),
                    const SizedBox(height: 12),
                    const TextField(obscureText: true, decoration: InputDecoration(labelText: 'Şifre')),
                    const SizedBox(height: 24),
                    FilledButton(onPressed: () {}, child: const Text('Giriş')),
                  ],
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4010, "forms", "kolay", "code",
  "Bildirim ayarlarında 'Tüm bildirimler' kapatılınca altındaki e-posta, SMS ve anlık bildirim anahtarları pasif ve gri olsun.",
  ["Ana switch kapaliyken alt switch'leri nasil devre disi birakirim?",
   "Bir ana anahtar kapalıyken ona bağlı diğer SwitchListTile'ları devre dışı bırak"],
  ["SwitchListTile | Switch", "onChanged"], r"""
class NotificationSettings extends StatefulWidget {
  const NotificationSettings({super.key});

  @override
  State<NotificationSettings> createState() => _NotificationSettingsState();
}

class _NotificationSettingsState extends State<NotificationSettings> {
  bool _all = true;
  bool _email = true;
  bool _sms = false;
  bool _push = true;

  @override
  Widget build(BuildContext context) {
    // onChanged null verilince anahtar pasif ve soluk çizilir
    ValueChanged<bool>? ifAll(ValueChanged<bool> f) => _all ? f : null;
    return ListView(
      children: [
        SwitchListTile(
          title: const Text('Tüm bildirimler'),
          value: _all,
          onChanged: (v) => setState(() => _all = v),
        ),
        const Divider(),
        SwitchListTile(title: const Text('E-posta'), value: _email, onChanged: ifAll((v) => setState(() => _email = v))),
        SwitchListTile(title: const Text('SMS'), value: _sms, onChanged: ifAll((v) => setState(() => _sms = v))),
        SwitchListTile(title: const Text('Anlık bildirim'), value: _push, onChanged: ifAll((v) => setState(() => _push = v))),
      ],
    );
  }
}
""", api_free=True)

R(4011, "forms", "orta", "code",
  "Kart numarası yazılırken 4 ile başlıyorsa Visa, 51-55 ile başlıyorsa Mastercard yazısı alanın sağında görünsün.",
  ["Kart numarasina gore kart tipini otomatik nasil gosteririm?",
   "Kart numarası alanında ilk hanelere bakıp kart markasını alanın sonunda göster"],
  ["startsWith | RegExp", "suffixText | suffixIcon | suffix"], r"""
String? cardBrand(String input) {
  final digits = input.replaceAll(RegExp(r'\D'), '');
  if (digits.startsWith('4')) return 'Visa';
  if (RegExp(r'^5[1-5]').hasMatch(digits)) return 'Mastercard';
  if (digits.startsWith('9792')) return 'Troy';
  if (RegExp(r'^3[47]').hasMatch(digits)) return 'Amex';
  return null;
}

class CardNumberField extends StatefulWidget {
  const CardNumberField({super.key});

  @override
  State<CardNumberField> createState() => _CardNumberFieldState();
}

class _CardNumberFieldState extends State<CardNumberField> {
  final _controller = TextEditingController();
  String? _brand;

  @override
  void initState() {
    super.initState();
    _controller.addListener(() {
      final brand = cardBrand(_controller.text);
      if (brand != _brand) setState(() => _brand = brand); // sadece marka değişince yeniden çiz
    });
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: _controller,
      keyboardType: TextInputType.number,
      inputFormatters: [FilteringTextInputFormatter.digitsOnly, LengthLimitingTextInputFormatter(16)],
      decoration: InputDecoration(
        labelText: 'Kart numarası',
        suffixText: _brand,
        suffixStyle: const TextStyle(fontWeight: FontWeight.bold),
      ),
    );
  }
}
""", api_free=True)

R(4012, "forms", "orta", "code",
  "Giriş alanına e-posta da telefon numarası da yazılabilsin; hangisi olduğu anlaşılıp ikisine de uymuyorsa hata verilsin.",
  ["Tek alanda e-posta veya telefon kabul eden validator nasil yazilir?",
   "Kullanıcı adı alanı hem e-posta hem cep numarası kabul etsin, yazılanın biçimine göre doğrula"],
  ["RegExp", "validator"], r"""
String? emailOrPhoneValidator(String? value) {
  final v = (value ?? '').trim();
  if (v.isEmpty) return 'E-posta veya telefon girin';
  if (v.contains('@')) {
    final ok = RegExp(r'^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$').hasMatch(v);
    return ok ? null : 'Geçerli bir e-posta adresi girin';
  }
  // Boşluk, parantez ve tireleri at; 05xx, 5xx veya +905xx kabul
  final digits = v.replaceAll(RegExp(r'[\s()-]'), '');
  final ok = RegExp(r'^(\+90|0)?5\d{9}$').hasMatch(digits);
  return ok ? null : 'Geçerli bir cep telefonu numarası girin';
}

class LoginIdField extends StatelessWidget {
  const LoginIdField({super.key, required this.controller});
  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: controller,
      keyboardType: TextInputType.emailAddress,
      autovalidateMode: AutovalidateMode.onUserInteraction,
      decoration: const InputDecoration(labelText: 'E-posta veya telefon'),
      validator: emailOrPhoneValidator,
    );
  }
}
""", api_free=True)

R(4013, "forms", "orta", "code",
  "Masaüstünde Tab tuşuyla alanlar arasında geçiş ekrandaki sıraya göre değil, benim belirlediğim sırayla olsun.",
  ["Formda Tab ile odak gecis sirasini nasil degistiririm?",
   "FocusTraversalOrder ve NumericFocusOrder ile alanların Tab sırasını ayarla"],
  ["FocusTraversalGroup", "FocusTraversalOrder", "NumericFocusOrder"], r"""
// Varsayılan sıra satır satır (Ad -> Telefon -> Soyad -> E-posta) olurdu;
// burada sütun sütun gidilir: Ad -> Soyad -> Telefon -> E-posta.
class ContactFormDesktop extends StatelessWidget {
  const ContactFormDesktop({super.key});

  Widget _field(double order, String label) => FocusTraversalOrder(
        order: NumericFocusOrder(order),
        child: TextField(decoration: InputDecoration(labelText: label)),
      );

  @override
  Widget build(BuildContext context) {
    return FocusTraversalGroup(
      policy: OrderedTraversalPolicy(), // NumericFocusOrder değerlerine göre sırala
      child: Column(
        children: [
          Row(children: [
            Expanded(child: _field(1, 'Ad')),
            const SizedBox(width: 16),
            Expanded(child: _field(3, 'Telefon')),
          ]),
          Row(children: [
            Expanded(child: _field(2, 'Soyad')),
            const SizedBox(width: 16),
            Expanded(child: _field(4, 'E-posta')),
          ]),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4014, "forms", "kolay", "code",
  "Ürün formunda fiyat ve KDV oranı girildikçe altta KDV dahil fiyat anında hesaplanıp yazılsın.",
  ["Iki alandan hesaplanan sonucu yazarken canli olarak nasil gosteririm?",
   "Fiyat alanı ve KDV seçimine göre toplam fiyatı anlık hesaplayan bir form yaz"],
  ["onChanged | addListener | ListenableBuilder", "tryParse"], r"""
class PriceWithVatForm extends StatefulWidget {
  const PriceWithVatForm({super.key});

  @override
  State<PriceWithVatForm> createState() => _PriceWithVatFormState();
}

class _PriceWithVatFormState extends State<PriceWithVatForm> {
  final _price = TextEditingController();
  int _vat = 20;

  @override
  void dispose() {
    _price.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final net = double.tryParse(_price.text.replaceAll(',', '.')) ?? 0;
    final gross = net * (1 + _vat / 100);
    return Column(
      crossAxisAlignment: CrossAxisAlignment.stretch,
      children: [
        TextField(
          controller: _price,
          keyboardType: const TextInputType.numberWithOptions(decimal: true),
          decoration: const InputDecoration(labelText: 'Fiyat (KDV hariç)', suffixText: '₺'),
          onChanged: (_) => setState(() {}), // her tuşta yeniden hesapla
        ),
        DropdownButton<int>(
          value: _vat,
          isExpanded: true,
          items: [for (final r in const [1, 10, 20]) DropdownMenuItem(value: r, child: Text('KDV %$r'))],
          onChanged: (r) => setState(() => _vat = r!),
        ),
        const SizedBox(height: 12),
        Text('KDV dahil: ${gross.toStringAsFixed(2)} ₺', style: Theme.of(context).textTheme.titleLarge),
      ],
    );
  }
}
""", api_free=True)

R(4016, "forms", "orta", "concept",
  "DropdownButton ile DropdownMenu arasındaki fark nedir, hangisini kullanmalıyım?",
  ["dropdownmenu mu dropdownbutton mu tercih etmeliyim, farklari ne?",
   "DropdownButton ile Material 3 DropdownMenu farkını örnekle açıkla"],
  ["DropdownButton", "DropdownMenu"], r"""
// DropdownButton: klasik açılır liste. Seçili değeri gösterir, dokununca öğeler açılır;
//   yazarak arama yoktur. Form doğrulaması için DropdownButtonFormField sürümü vardır.
// DropdownMenu (Material 3): içinde metin alanı olan menü. Yazarak süzme (enableFilter),
//   arama (enableSearch), label/hint gibi alan görünümü ve controller ile metne erişim sunar.
// Kısa, sabit listeler için DropdownButton yeter; uzun listelerde ve Material 3
// tasarımlarında yazarak seçim gerektiğinde DropdownMenu tercih edilir.
class CityPickers extends StatefulWidget {
  const CityPickers({super.key});

  @override
  State<CityPickers> createState() => _CityPickersState();
}

class _CityPickersState extends State<CityPickers> {
  static const _cities = ['Ankara', 'İstanbul', 'İzmir', 'Bursa'];
  String _city = 'Ankara';

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        DropdownButton<String>(
          value: _city,
          items: [for (final c in _cities) DropdownMenuItem(value: c, child: Text(c))],
          onChanged: (v) => setState(() => _city = v!),
        ),
        DropdownMenu<String>(
          initialSelection: _city,
          label: const Text('Şehir'),
          enableFilter: true, // yazdıkça süzer
          requestFocusOnTap: true, // dokununca klavye açılır
          dropdownMenuEntries: [for (final c in _cities) DropdownMenuEntry(value: c, label: c)],
          onSelected: (v) {
            if (v != null) setState(() => _city = v);
          },
        ),
      ],
    );
  }
}
""")

R(4017, "forms", "kolay", "code",
  "Şifre sadece göz ikonuna basılı tutulduğu sürece görünsün, parmak kalkınca tekrar gizlensin.",
  ["Basili tutunca sifreyi gosteren, birakinca gizleyen alan nasil yapilir?",
   "Göz ikonuna basınca obscureText kapansın, bırakınca yeniden açılsın"],
  ["obscureText", "onPointerDown | onTapDown | onLongPressStart"], r"""
class HoldToRevealPassword extends StatefulWidget {
  const HoldToRevealPassword({super.key, required this.controller});
  final TextEditingController controller;

  @override
  State<HoldToRevealPassword> createState() => _HoldToRevealPasswordState();
}

class _HoldToRevealPasswordState extends State<HoldToRevealPassword> {
  bool _visible = false;

  void _set(bool value) => setState(() => _visible = value);

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: widget.controller,
      obscureText: !_visible,
      decoration: InputDecoration(
        labelText: 'Şifre',
        // Listener parmağın inip kalktığı anı doğrudan verir
        suffixIcon: Listener(
          onPointerDown: (_) => _set(true),
          onPointerUp: (_) => _set(false),
          onPointerCancel: (_) => _set(false),
          child: Icon(_visible ? Icons.visibility : Icons.visibility_off),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4018, "forms", "kolay", "code",
  "Randevu saatleri (09:00, 09:30…) seçilebilir çipler halinde dizilsin; dolu saatler soluk ve seçilemez olsun.",
  ["Dolu saatleri pasif gosteren saat secim cipleri nasil yapilir?",
   "ChoiceChip ile randevu saati seçtir, dolu olan saatlere dokunulamasın"],
  ["ChoiceChip", "onSelected"], r"""
class SlotPicker extends StatefulWidget {
  const SlotPicker({super.key, required this.slots, required this.booked, required this.onChanged});
  final List<String> slots; // '09:00', '09:30', ...
  final Set<String> booked; // dolu saatler
  final ValueChanged<String?> onChanged;

  @override
  State<SlotPicker> createState() => _SlotPickerState();
}

class _SlotPickerState extends State<SlotPicker> {
  String? _selected;

  @override
  Widget build(BuildContext context) {
    return Wrap(
      spacing: 8,
      runSpacing: 8,
      children: [
        for (final slot in widget.slots)
          ChoiceChip(
            label: Text(slot),
            selected: _selected == slot,
            // onSelected null: çip pasif ve soluk görünür
            onSelected: widget.booked.contains(slot)
                ? null
                : (selected) {
                    setState(() => _selected = selected ? slot : null);
                    widget.onChanged(_selected);
                  },
          ),
      ],
    );
  }
}
""", api_free=True)

R(4019, "forms", "orta", "code",
  "Ürün ekleme formunda 'Kaydet ve yeni ekle'ye basınca kayıt alınsın, alanlar temizlensin ve imleç tekrar ilk alana gelsin.",
  ["Formu kaydettikten sonra temizleyip ilk alana nasil odaklanirim?",
   "Kaydettikten sonra formu sıfırla ve FocusNode ile ilk alana odaklan"],
  ["requestFocus", "clear | reset"], r"""
class QuickAddProductForm extends StatefulWidget {
  const QuickAddProductForm({super.key, required this.onSave});
  final void Function(String name, double price) onSave;

  @override
  State<QuickAddProductForm> createState() => _QuickAddProductFormState();
}

class _QuickAddProductFormState extends State<QuickAddProductForm> {
  final _formKey = GlobalKey<FormState>();
  final _name = TextEditingController();
  final _price = TextEditingController();
  final _nameFocus = FocusNode();

  void _saveAndNew() {
    if (!_formKey.currentState!.validate()) return;
    widget.onSave(_name.text.trim(), double.parse(_price.text.replaceAll(',', '.')));
    _name.clear();
    _price.clear();
    _nameFocus.requestFocus(); // klavye açık kalır, yeni ürün hemen yazılır
    ScaffoldMessenger.of(context).showSnackBar(const SnackBar(content: Text('Ürün eklendi')));
  }

  @override
  void dispose() {
    _name.dispose();
    _price.dispose();
    _nameFocus.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _name,
            focusNode: _nameFocus,
            autofocus: true,
            decoration: const InputDecoration(labelText: 'Ürün adı'),
            validator: (v) => (v == null || v.trim().isEmpty) ? 'Ürün adı zorunlu' : null,
          ),
          TextFormField(
            controller: _price,
            keyboardType: const TextInputType.numberWithOptions(decimal: true),
            decoration: const InputDecoration(labelText: 'Fiyat'),
            validator: (v) => double.tryParse((v ?? '').replaceAll(',', '.')) == null ? 'Geçerli bir fiyat girin' : null,
            onFieldSubmitted: (_) => _saveAndNew(),
          ),
          const SizedBox(height: 16),
          FilledButton(onPressed: _saveAndNew, child: const Text('Kaydet ve yeni ekle')),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4020, "forms", "zor", "code",
  "Davet kodu hatalıysa Doğrula'ya basınca alan kısa bir süre sağa sola sallansın ve altında hata görünsün.",
  ["Dogrulama basarisiz olunca form alanini sallama animasyonu nasil yapilir?",
   "Validate false dönünce AnimationController ile metin alanına titreme efekti ver"],
  ["AnimationController", "validate"], r"""
// sin ve pi için dart:math gerekir.
class ShakingCodeForm extends StatefulWidget {
  const ShakingCodeForm({super.key});

  @override
  State<ShakingCodeForm> createState() => _ShakingCodeFormState();
}

class _ShakingCodeFormState extends State<ShakingCodeForm> with SingleTickerProviderStateMixin {
  late final AnimationController _shake =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 450));
  final _formKey = GlobalKey<FormState>();
  final _code = TextEditingController();

  void _submit() {
    if (!_formKey.currentState!.validate()) {
      _shake.forward(from: 0); // her hatada baştan salla
    }
  }

  @override
  void dispose() {
    _shake.dispose();
    _code.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          AnimatedBuilder(
            animation: _shake,
            builder: (context, child) {
              // 3 kez sağa sola gidip sönümlenen kayma
              final dx = sin(_shake.value * pi * 6) * 12 * (1 - _shake.value);
              return Transform.translate(offset: Offset(dx, 0), child: child);
            },
            child: TextFormField(
              controller: _code,
              decoration: const InputDecoration(labelText: 'Davet kodu'),
              validator: (v) => RegExp(r'^[A-Z0-9]{6}$').hasMatch(v ?? '') ? null : '6 karakterli kodu girin',
            ),
          ),
          const SizedBox(height: 16),
          FilledButton(onPressed: _submit, child: const Text('Doğrula')),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4021, "forms", "orta", "code",
  "Teslimat formunda 'Profil adresimi kullan' kutusu işaretlenince adres alanları profildeki bilgilerle dolsun, kaldırılınca boşalsın.",
  ["Checkbox isaretlenince form alanlarini kayitli bilgilerle nasil doldururum?",
   "Kayıtlı adresi kullan seçilince controller'lara profil adresini yaz, işaret kalkınca alanları temizle"],
  ["TextEditingController", "CheckboxListTile | Checkbox"], r"""
class DeliveryAddressForm extends StatefulWidget {
  const DeliveryAddressForm({super.key, required this.profileCity, required this.profileAddress});
  final String profileCity;
  final String profileAddress;

  @override
  State<DeliveryAddressForm> createState() => _DeliveryAddressFormState();
}

class _DeliveryAddressFormState extends State<DeliveryAddressForm> {
  final _city = TextEditingController();
  final _address = TextEditingController();
  bool _useProfile = false;

  void _toggle(bool? value) {
    setState(() {
      _useProfile = value ?? false;
      if (_useProfile) {
        _city.text = widget.profileCity;
        _address.text = widget.profileAddress;
      } else {
        _city.clear();
        _address.clear();
      }
    });
  }

  @override
  void dispose() {
    _city.dispose();
    _address.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        CheckboxListTile(
          title: const Text('Profil adresimi kullan'),
          value: _useProfile,
          onChanged: _toggle,
          controlAffinity: ListTileControlAffinity.leading,
        ),
        TextFormField(
          controller: _city,
          readOnly: _useProfile, // profil adresi seçiliyken elle değiştirilmesin
          decoration: const InputDecoration(labelText: 'Şehir'),
        ),
        TextFormField(
          controller: _address,
          readOnly: _useProfile,
          maxLines: 2,
          decoration: const InputDecoration(labelText: 'Açık adres'),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4022, "forms", "kolay", "code",
  "Ad ve yaş girilip 'Ekle'ye basılınca kişi alttaki listeye eklensin ve alanlar boşalsın; alanlar hatalıysa eklenmesin.",
  ["Formdan girilen bilgileri dogrulayip asagidaki listeye nasil eklerim?",
   "Doğrulanan form verisiyle listeye yeni kişi ekle ve ardından formu temizle"],
  ["validate", "setState"], r"""
class PeopleFormList extends StatefulWidget {
  const PeopleFormList({super.key});

  @override
  State<PeopleFormList> createState() => _PeopleFormListState();
}

class _PeopleFormListState extends State<PeopleFormList> {
  final _formKey = GlobalKey<FormState>();
  final _name = TextEditingController();
  final _age = TextEditingController();
  final _people = <(String name, int age)>[];

  void _add() {
    if (!_formKey.currentState!.validate()) return;
    setState(() => _people.add((_name.text.trim(), int.parse(_age.text))));
    _name.clear();
    _age.clear();
  }

  @override
  void dispose() {
    _name.dispose();
    _age.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Form(
          key: _formKey,
          child: Row(
            crossAxisAlignment: CrossAxisAlignment.start,
            children: [
              Expanded(
                child: TextFormField(
                  controller: _name,
                  decoration: const InputDecoration(labelText: 'Ad'),
                  validator: (v) => (v == null || v.trim().isEmpty) ? 'Ad girin' : null,
                ),
              ),
              const SizedBox(width: 8),
              SizedBox(
                width: 80,
                child: TextFormField(
                  controller: _age,
                  keyboardType: TextInputType.number,
                  decoration: const InputDecoration(labelText: 'Yaş'),
                  validator: (v) => int.tryParse(v ?? '') == null ? 'Sayı' : null,
                ),
              ),
              IconButton(onPressed: _add, icon: const Icon(Icons.add)),
            ],
          ),
        ),
        Expanded(
          child: ListView.builder(
            itemCount: _people.length,
            itemBuilder: (context, i) => ListTile(
              title: Text(_people[i].$1),
              trailing: Text('${_people[i].$2} yaş'),
            ),
          ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4023, "forms", "orta", "code",
  "Davet alanına virgülle ayrılmış birden fazla e-posta yazılabilsin; geçersiz olan adresler hata mesajında belirtilsin.",
  ["Virgulle ayrilmis e-posta listesini tek tek nasil dogrularim?",
   "Birden çok e-postayı split ile ayırıp her birini RegExp ile kontrol eden bir validator yaz"],
  ["split", "RegExp", "validator"], r"""
final _emailPattern = RegExp(r'^[\w.+-]+@[\w-]+(\.[\w-]+)+$');

String? multiEmailValidator(String? value) {
  final emails = (value ?? '')
      .split(',')
      .map((e) => e.trim())
      .where((e) => e.isNotEmpty)
      .toList();
  if (emails.isEmpty) return 'En az bir e-posta girin';
  final invalid = emails.where((e) => !_emailPattern.hasMatch(e)).toList();
  if (invalid.isNotEmpty) return 'Geçersiz adres: ${invalid.join(', ')}';
  return null;
}

class InviteEmailsField extends StatelessWidget {
  const InviteEmailsField({super.key, required this.controller});
  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: controller,
      keyboardType: TextInputType.emailAddress,
      maxLines: null,
      autovalidateMode: AutovalidateMode.onUserInteraction,
      decoration: const InputDecoration(
        labelText: 'Davet edilecek e-postalar',
        helperText: 'Adresleri virgülle ayırın',
        errorMaxLines: 3,
      ),
      validator: multiEmailValidator,
    );
  }
}
""", api_free=True)

R(4024, "forms", "orta", "code",
  "Mesaj yazma alanı boşken sağda mikrofon ikonu, bir şey yazılınca gönder ikonu görünsün.",
  ["WhatsApp gibi yazi yokken mikrofon, yazi varken gonder butonu nasil yapilir?",
   "Controller'ı dinleyerek metin boşsa mikrofon, doluysa gönder ikonunu göster"],
  ["ValueListenableBuilder | addListener | onChanged", "Icons.send"], r"""
class ChatInputBar extends StatefulWidget {
  const ChatInputBar({super.key, required this.onSend, required this.onRecord});
  final ValueChanged<String> onSend;
  final VoidCallback onRecord;

  @override
  State<ChatInputBar> createState() => _ChatInputBarState();
}

class _ChatInputBarState extends State<ChatInputBar> {
  final _controller = TextEditingController();

  void _send() {
    widget.onSend(_controller.text.trim());
    _controller.clear();
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        Expanded(
          child: TextField(
            controller: _controller,
            minLines: 1,
            maxLines: 4,
            decoration: const InputDecoration(hintText: 'Mesaj', border: OutlineInputBorder()),
          ),
        ),
        // Sadece buton, metin her değiştiğinde yeniden çizilir
        ValueListenableBuilder<TextEditingValue>(
          valueListenable: _controller,
          builder: (context, value, _) {
            final empty = value.text.trim().isEmpty;
            return IconButton(
              icon: Icon(empty ? Icons.mic : Icons.send),
              onPressed: empty ? widget.onRecord : _send,
            );
          },
        ),
      ],
    );
  }
}
""", api_free=True)

R(4025, "forms", "orta", "code",
  "Teslim tarihi alanının üstünde 'Bugün' ve 'Yarın' kısayolları olsun, başka bir gün için takvim açılsın; seçilen tarih yazsın.",
  ["Tarih secimine bugun ve yarin kisayollari nasil eklerim?",
   "Bugün/Yarın çipleriyle hızlı tarih seçimi yap, 'Başka gün' deyince showDatePicker aç"],
  ["showDatePicker", "DateTime"], r"""
class DeliveryDatePicker extends StatefulWidget {
  const DeliveryDatePicker({super.key, required this.onChanged});
  final ValueChanged<DateTime> onChanged;

  @override
  State<DeliveryDatePicker> createState() => _DeliveryDatePickerState();
}

class _DeliveryDatePickerState extends State<DeliveryDatePicker> {
  final _today = DateUtils.dateOnly(DateTime.now());
  DateTime? _date;

  void _set(DateTime d) {
    setState(() => _date = d);
    widget.onChanged(d);
  }

  Future<void> _pickOther() async {
    final picked = await showDatePicker(
      context: context,
      initialDate: _date ?? _today,
      firstDate: _today,
      lastDate: _today.add(const Duration(days: 60)),
    );
    if (picked != null) _set(picked);
  }

  String _fmt(DateTime d) =>
      '${d.day.toString().padLeft(2, '0')}.${d.month.toString().padLeft(2, '0')}.${d.year}';

  @override
  Widget build(BuildContext context) {
    final tomorrow = _today.add(const Duration(days: 1));
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Wrap(
          spacing: 8,
          children: [
            ChoiceChip(label: const Text('Bugün'), selected: _date == _today, onSelected: (_) => _set(_today)),
            ChoiceChip(label: const Text('Yarın'), selected: _date == tomorrow, onSelected: (_) => _set(tomorrow)),
            ActionChip(avatar: const Icon(Icons.calendar_month), label: const Text('Başka gün'), onPressed: _pickOther),
          ],
        ),
        const SizedBox(height: 8),
        Text(_date == null ? 'Tarih seçilmedi' : 'Teslim: ${_fmt(_date!)}'),
      ],
    );
  }
}
""", api_free=True)

R(4026, "forms", "orta", "code",
  "Boy alanında cm ile inç arasında geçiş yapılabilsin; birim değişince alandaki sayı yeni birime çevrilsin.",
  ["Birim degisince girilen degeri otomatik nasil donustururum?",
   "SegmentedButton ile cm/inç seç, seçim değişince controller'daki değeri dönüştür"],
  ["TextEditingController", "SegmentedButton | ToggleButtons | DropdownButton | ChoiceChip"], r"""
enum LengthUnit { cm, inch }

class HeightField extends StatefulWidget {
  const HeightField({super.key});

  @override
  State<HeightField> createState() => _HeightFieldState();
}

class _HeightFieldState extends State<HeightField> {
  final _controller = TextEditingController();
  LengthUnit _unit = LengthUnit.cm;

  void _changeUnit(LengthUnit unit) {
    final value = double.tryParse(_controller.text.replaceAll(',', '.'));
    if (value != null && unit != _unit) {
      final converted = unit == LengthUnit.inch ? value / 2.54 : value * 2.54;
      _controller.text = converted.toStringAsFixed(1);
    }
    setState(() => _unit = unit);
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        Expanded(
          child: TextField(
            controller: _controller,
            keyboardType: const TextInputType.numberWithOptions(decimal: true),
            decoration: InputDecoration(labelText: 'Boy', suffixText: _unit == LengthUnit.cm ? 'cm' : 'inç'),
          ),
        ),
        const SizedBox(width: 12),
        SegmentedButton<LengthUnit>(
          segments: const [
            ButtonSegment(value: LengthUnit.cm, label: Text('cm')),
            ButtonSegment(value: LengthUnit.inch, label: Text('inç')),
          ],
          selected: {_unit},
          onSelectionChanged: (set) => _changeUnit(set.first),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4027, "forms", "orta", "code",
  "E-posta alanına 'gmial.com' gibi hatalı bir alan adı yazılırsa altında 'gmail.com mu demek istediniz?' önerisi çıksın, dokununca düzeltilsin.",
  ["E-posta alan adindaki yazim hatasini fark edip oneri gostermeyi nasil yaparim?",
   "Yaygın alan adı yazım hatalarını yakala, öneriye dokununca e-postayı düzelt"],
  ["TextEditingController", "split | indexOf | substring"], r"""
const _domainFixes = {
  'gmial.com': 'gmail.com',
  'gmal.com': 'gmail.com',
  'gmail.con': 'gmail.com',
  'hotmial.com': 'hotmail.com',
  'hotmai.com': 'hotmail.com',
  'outlok.com': 'outlook.com',
  'yahooo.com': 'yahoo.com',
};

class EmailWithSuggestion extends StatefulWidget {
  const EmailWithSuggestion({super.key});

  @override
  State<EmailWithSuggestion> createState() => _EmailWithSuggestionState();
}

class _EmailWithSuggestionState extends State<EmailWithSuggestion> {
  final _controller = TextEditingController();

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ValueListenableBuilder<TextEditingValue>(
      valueListenable: _controller,
      builder: (context, value, _) {
        final parts = value.text.trim().split('@');
        final fix = parts.length == 2 ? _domainFixes[parts[1].toLowerCase()] : null;
        return Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            TextField(
              controller: _controller,
              keyboardType: TextInputType.emailAddress,
              decoration: const InputDecoration(labelText: 'E-posta'),
            ),
            if (fix != null)
              TextButton(
                onPressed: () {
                  final fixed = '${parts[0]}@$fix';
                  _controller.value = TextEditingValue(
                    text: fixed,
                    selection: TextSelection.collapsed(offset: fixed.length),
                  );
                },
                child: Text('$fix mu demek istediniz?'),
              ),
          ],
        );
      },
    );
  }
}
""", api_free=True)

R(4028, "forms", "kolay", "code",
  "CVV alanının sağında küçük bir bilgi ikonu olsun; dokununca 'Kartın arkasındaki 3 haneli kod' açıklaması balonda görünsün.",
  ["Form alanina dokununca aciklama gosteren bilgi ikonu nasil eklerim?",
   "TextField'ın suffixIcon'una dokunuşla açılan Tooltip'li bir bilgi ikonu koy"],
  ["Tooltip", "suffixIcon"], r"""
class CvvField extends StatelessWidget {
  const CvvField({super.key, required this.controller});
  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: controller,
      keyboardType: TextInputType.number,
      obscureText: true,
      maxLength: 3,
      decoration: const InputDecoration(
        labelText: 'CVV',
        counterText: '',
        suffixIcon: Tooltip(
          message: 'Kartın arkasındaki 3 haneli güvenlik kodu',
          triggerMode: TooltipTriggerMode.tap, // uzun basma yerine tek dokunuş
          showDuration: Duration(seconds: 3),
          child: Icon(Icons.info_outline),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4029, "forms", "orta", "code",
  "Üst çubuktaki arama kutusu normalde dar dursun, dokununca animasyonla genişlesin; odaktan çıkınca eski boyuna dönsün.",
  ["TextField odaklaninca genisleyen arama kutusu nasil yapilir?",
   "FocusNode'u dinle, odaklanınca AnimatedContainer ile arama alanını genişlet"],
  ["FocusNode", "AnimatedContainer"], r"""
class ExpandingSearchBox extends StatefulWidget {
  const ExpandingSearchBox({super.key, required this.onChanged});
  final ValueChanged<String> onChanged;

  @override
  State<ExpandingSearchBox> createState() => _ExpandingSearchBoxState();
}

class _ExpandingSearchBoxState extends State<ExpandingSearchBox> {
  final _focus = FocusNode();

  @override
  void initState() {
    super.initState();
    _focus.addListener(() => setState(() {}));
  }

  @override
  void dispose() {
    _focus.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedContainer(
      duration: const Duration(milliseconds: 250),
      curve: Curves.easeOut,
      width: _focus.hasFocus ? 260 : 140,
      child: TextField(
        focusNode: _focus,
        onChanged: widget.onChanged,
        onTapOutside: (_) => _focus.unfocus(),
        decoration: InputDecoration(
          isDense: true,
          hintText: 'Ara',
          prefixIcon: const Icon(Icons.search),
          filled: true,
          border: OutlineInputBorder(borderRadius: BorderRadius.circular(24), borderSide: BorderSide.none),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4030, "forms", "zor", "code",
  "Metin alanında yazı seçilince çıkan Kopyala/Yapıştır menüsüne kendi 'Büyük harfe çevir' seçeneğimi ekle.",
  ["TextField secim menusune ozel bir buton nasil eklenir?",
   "contextMenuBuilder ile seçim araç çubuğuna seçili metni büyük harfe çeviren bir öğe ekle"],
  ["contextMenuBuilder", "ContextMenuButtonItem", "AdaptiveTextSelectionToolbar"], r"""
class UppercaseMenuField extends StatefulWidget {
  const UppercaseMenuField({super.key});

  @override
  State<UppercaseMenuField> createState() => _UppercaseMenuFieldState();
}

class _UppercaseMenuFieldState extends State<UppercaseMenuField> {
  final _controller = TextEditingController();

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: _controller,
      maxLines: null,
      contextMenuBuilder: (context, editableTextState) {
        final value = editableTextState.textEditingValue;
        final selection = value.selection;
        return AdaptiveTextSelectionToolbar.buttonItems(
          anchors: editableTextState.contextMenuAnchors,
          buttonItems: [
            ...editableTextState.contextMenuButtonItems, // Kes, Kopyala, Yapıştır...
            if (!selection.isCollapsed)
              ContextMenuButtonItem(
                label: 'Büyük harfe çevir',
                onPressed: () {
                  final upper = selection.textInside(value.text).toUpperCase();
                  _controller.value = value.copyWith(
                    text: value.text.replaceRange(selection.start, selection.end, upper),
                    selection: TextSelection(baseOffset: selection.start, extentOffset: selection.start + upper.length),
                  );
                  editableTextState.hideToolbar();
                },
              ),
          ],
        );
      },
    );
  }
}
""", api_free=True)

R(4031, "forms", "orta", "code",
  "Başvuru formu doldurulunca 'Önizle'ye basılsın, ayrı sayfada girilen bilgiler listelensin; geri dönünce alanlar dolu kalsın.",
  ["Form verilerini onizleme sayfasina nasil gonderirim, geri donunce kaybolmasin?",
   "Form değerlerini bir modelle Navigator.push ile özet sayfasına gönder"],
  ["Navigator.push | context.push", "validate"], r"""
class Application {
  const Application(this.name, this.email);
  final String name;
  final String email;
}

class ApplicationFormPage extends StatefulWidget {
  const ApplicationFormPage({super.key});

  @override
  State<ApplicationFormPage> createState() => _ApplicationFormPageState();
}

class _ApplicationFormPageState extends State<ApplicationFormPage> {
  final _formKey = GlobalKey<FormState>();
  final _name = TextEditingController();
  final _email = TextEditingController();

  void _preview() {
    if (!_formKey.currentState!.validate()) return;
    final app = Application(_name.text.trim(), _email.text.trim());
    // Form sayfası yığında kaldığı için geri dönünce controller'lar dolu kalır
    Navigator.push(context, MaterialPageRoute(builder: (_) => PreviewPage(application: app)));
  }

  @override
  void dispose() {
    _name.dispose();
    _email.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    String? required(String? v) => (v == null || v.trim().isEmpty) ? 'Zorunlu alan' : null;
    return Scaffold(
      appBar: AppBar(title: const Text('Başvuru')),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextFormField(controller: _name, decoration: const InputDecoration(labelText: 'Ad soyad'), validator: required),
            TextFormField(controller: _email, decoration: const InputDecoration(labelText: 'E-posta'), validator: required),
            const SizedBox(height: 16),
            FilledButton(onPressed: _preview, child: const Text('Önizle')),
          ],
        ),
      ),
    );
  }
}

class PreviewPage extends StatelessWidget {
  const PreviewPage({super.key, required this.application});
  final Application application;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Önizleme')),
      body: ListView(
        children: [
          ListTile(title: const Text('Ad soyad'), subtitle: Text(application.name)),
          ListTile(title: const Text('E-posta'), subtitle: Text(application.email)),
          Padding(
            padding: const EdgeInsets.all(16),
            child: Row(
              children: [
                OutlinedButton(onPressed: () => Navigator.pop(context), child: const Text('Düzenle')),
                const Spacer(),
                FilledButton(onPressed: () {}, child: const Text('Gönder')),
              ],
            ),
          ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4032, "forms", "kolay", "code",
  "Boy (cm) ve kilo (kg) girilip 'Hesapla'ya basınca vücut kitle indeksi ve sınıfı (zayıf, normal, fazla kilolu, obez) altta görünsün.",
  ["Boy ve kilodan VKI hesaplayan dogrulamali form nasil yazilir?",
   "İki sayı alanını doğrula, butona basınca VKİ'yi hesaplayıp kategorisiyle birlikte göster"],
  ["validate", "tryParse"], r"""
class BmiForm extends StatefulWidget {
  const BmiForm({super.key});

  @override
  State<BmiForm> createState() => _BmiFormState();
}

class _BmiFormState extends State<BmiForm> {
  final _formKey = GlobalKey<FormState>();
  final _height = TextEditingController();
  final _weight = TextEditingController();
  String? _result;

  double? _num(String s) => double.tryParse(s.replaceAll(',', '.'));

  String? _range(String? v, double min, double max) {
    final n = _num(v ?? '');
    if (n == null) return 'Sayı girin';
    if (n < min || n > max) return '$min ile $max arasında olmalı';
    return null;
  }

  void _calculate() {
    if (!_formKey.currentState!.validate()) return;
    final m = _num(_height.text)! / 100;
    final bmi = _num(_weight.text)! / (m * m);
    final category = bmi < 18.5
        ? 'Zayıf'
        : bmi < 25
            ? 'Normal'
            : bmi < 30
                ? 'Fazla kilolu'
                : 'Obez';
    setState(() => _result = 'VKİ: ${bmi.toStringAsFixed(1)} ($category)');
  }

  @override
  void dispose() {
    _height.dispose();
    _weight.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _height,
            keyboardType: const TextInputType.numberWithOptions(decimal: true),
            decoration: const InputDecoration(labelText: 'Boy', suffixText: 'cm'),
            validator: (v) => _range(v, 50, 250),
          ),
          TextFormField(
            controller: _weight,
            keyboardType: const TextInputType.numberWithOptions(decimal: true),
            decoration: const InputDecoration(labelText: 'Kilo', suffixText: 'kg'),
            validator: (v) => _range(v, 20, 300),
          ),
          const SizedBox(height: 16),
          FilledButton(onPressed: _calculate, child: const Text('Hesapla')),
          if (_result != null)
            Padding(padding: const EdgeInsets.all(16), child: Text(_result!, style: Theme.of(context).textTheme.titleLarge)),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4033, "forms", "orta", "code",
  "Sipariş notu en fazla 3 satır olabilsin; kullanıcı dördüncü satıra geçmek için Enter'a bassa da yeni satır açılmasın.",
  ["Cok satirli metin alaninda satir sayisini nasil sinirlarim?",
   "Satır sayısı 3'ü geçen değişikliği reddeden bir TextInputFormatter yaz"],
  ["TextInputFormatter", "inputFormatters"], r"""
// Enter ile açılan satırları sayar; sınırı aşan değişiklik (yapıştırma dahil) reddedilir.
// Not: uzun bir satırın ekranda alt satıra kaydırılması sayılmaz, sadece '\n' sayılır.
class MaxLinesFormatter extends TextInputFormatter {
  MaxLinesFormatter(this.maxLines);
  final int maxLines;

  @override
  TextEditingValue formatEditUpdate(TextEditingValue oldValue, TextEditingValue newValue) {
    final lines = '\n'.allMatches(newValue.text).length + 1;
    return lines > maxLines ? oldValue : newValue;
  }
}

class OrderNoteField extends StatelessWidget {
  const OrderNoteField({super.key, required this.controller});
  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: controller,
      keyboardType: TextInputType.multiline,
      minLines: 3,
      maxLines: 3,
      inputFormatters: [MaxLinesFormatter(3)],
      decoration: const InputDecoration(labelText: 'Sipariş notu', border: OutlineInputBorder()),
    );
  }
}
""", api_free=True)

R(4034, "forms", "orta", "code",
  "İl alanına yazılan değer Türkiye'deki illerden biri değilse 'Geçerli bir il girin' hatası versin; büyük/küçük harf fark etmesin.",
  ["Girilen degerin izin verilen listede olup olmadigini kontrol eden validator nasil yazilir?",
   "Yazılan şehir adını il listesinde arayan, bulamazsa hata döndüren bir validator yaz"],
  ["validator", "contains | any"], r"""
// Türkçe küçük harf: Dart'ın toLowerCase'i 'İ' harfini 'i̇' (noktalı iki karakter) yapar, önce elle çevir.
String trLower(String s) => s.replaceAll('İ', 'i').replaceAll('I', 'ı').toLowerCase();

const provinces = ['Adana', 'Ankara', 'Antalya', 'Bursa', 'Isparta', 'İstanbul', 'İzmir', 'Konya'];
// Gerçek uygulamada 81 ilin tamamı

final _provinceSet = {for (final p in provinces) trLower(p)};

String? provinceValidator(String? value) {
  final v = trLower((value ?? '').trim());
  if (v.isEmpty) return 'İl zorunlu';
  if (!_provinceSet.contains(v)) return 'Geçerli bir il girin';
  return null;
}

class ProvinceField extends StatelessWidget {
  const ProvinceField({super.key, required this.controller});
  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: controller,
      textCapitalization: TextCapitalization.words,
      decoration: const InputDecoration(labelText: 'İl'),
      validator: provinceValidator,
    );
  }
}
""", api_free=True)

# ---------------------------------------------------------------- dialogs
R(4000, "dialogs", "kolay", "code",
  "Sepet boşken 'Ödemeye geç' butonu pasif olsun; kullanıcı pasif butona dokunursa neden basılamadığını anlatan bir ipucu çıksın.",
  ["Pasif butonun neden pasif oldugunu ipucu balonuyla nasil gosteririm?",
   "Devre dışı butonu Tooltip ile sar, dokununca 'Sepetiniz boş' açıklaması görünsün"],
  ["Tooltip", "onPressed"], r"""
class CheckoutButton extends StatelessWidget {
  const CheckoutButton({super.key, required this.itemCount, required this.onCheckout});
  final int itemCount;
  final VoidCallback onCheckout;

  @override
  Widget build(BuildContext context) {
    final enabled = itemCount > 0;
    final button = FilledButton(
      onPressed: enabled ? onCheckout : null, // null: buton pasif
      child: const Text('Ödemeye geç'),
    );
    if (enabled) return button;
    // Pasif buton dokunuşu yutmaz; sarmalayan Tooltip dokunuşu yakalar
    return Tooltip(
      message: 'Sepetiniz boş. Ödemeye geçmek için ürün ekleyin.',
      triggerMode: TooltipTriggerMode.tap,
      child: button,
    );
  }
}
""", api_free=True)

R(4001, "dialogs", "kolay", "code",
  "Veriler yüklenemeyince ekranın altında 'Bağlantı hatası' mesajı ve 'Tekrar dene' butonu çıksın; basınca istek yeniden atılsın.",
  ["Hata olunca tekrar dene butonlu alt mesaj nasil gosteririm?",
   "İstek hata verince SnackBar'da 'Tekrar dene' aksiyonu göster, basılınca yüklemeyi tekrarla"],
  ["SnackBar", "SnackBarAction", "showSnackBar"], r"""
class NewsPage extends StatefulWidget {
  const NewsPage({super.key, required this.fetchNews});
  final Future<List<String>> Function() fetchNews;

  @override
  State<NewsPage> createState() => _NewsPageState();
}

class _NewsPageState extends State<NewsPage> {
  List<String> _news = const [];

  @override
  void initState() {
    super.initState();
    _load();
  }

  Future<void> _load() async {
    try {
      final items = await widget.fetchNews();
      if (mounted) setState(() => _news = items);
    } catch (_) {
      if (!mounted) return;
      ScaffoldMessenger.of(context).showSnackBar(
        SnackBar(
          content: const Text('Bağlantı hatası'),
          duration: const Duration(seconds: 10),
          action: SnackBarAction(label: 'Tekrar dene', onPressed: _load),
        ),
      );
    }
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Haberler')),
      body: ListView.builder(
        itemCount: _news.length,
        itemBuilder: (context, i) => ListTile(title: Text(_news[i])),
      ),
    );
  }
}
""", api_free=True)

R(4002, "dialogs", "orta", "code",
  "Uygulamada ilk girişte üç ipucu penceresi sırayla açılsın; biri kapanınca sonraki gelsin, 'Atla' denirse kalanlar gösterilmesin.",
  ["Birden fazla dialog'u art arda sirayla nasil gosteririm?",
   "İpucu pencerelerini döngüde await ederek sırayla aç, Atla'ya basılınca döngüyü bitir"],
  ["showDialog | showAdaptiveDialog", "await"], r"""
const _tips = [
  ('Favoriler', 'Kalbe dokunarak ürünleri favorilerine ekleyebilirsin.'),
  ('Arama', 'Üstteki kutuya yazarak ürün arayabilirsin.'),
  ('Sepet', 'Sağ üstteki sepetten siparişini tamamlayabilirsin.'),
];

Future<void> showTipsInOrder(BuildContext context) async {
  for (var i = 0; i < _tips.length; i++) {
    final (title, body) = _tips[i];
    // Bir pencere kapanmadan döngü ilerlemez
    final next = await showDialog<bool>(
      context: context,
      builder: (context) => AlertDialog(
        title: Text('$title (${i + 1}/${_tips.length})'),
        content: Text(body),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Atla')),
          FilledButton(
            onPressed: () => Navigator.pop(context, true),
            child: Text(i == _tips.length - 1 ? 'Bitir' : 'Sonraki'),
          ),
        ],
      ),
    );
    if (next != true || !context.mounted) return; // Atla ya da dışarı dokunma
  }
}
""", api_free=True)

R(4003, "dialogs", "orta", "code",
  "Alttan açılan marka filtresi panelinde uzun liste kaydırılsın ama 'Uygula' butonu panelin altında hep sabit görünsün.",
  ["Bottom sheet icinde liste kayarken alttaki butonu nasil sabit tutarim?",
   "Filtre panelinde Column içinde Expanded liste ve altta sabit Uygula butonu yap"],
  ["showModalBottomSheet", "Expanded | Flexible"], r"""
Future<Set<String>?> showBrandFilter(BuildContext context, List<String> brands, Set<String> initial) {
  final selected = {...initial}; // builder yeniden çalışsa da seçimler kaybolmasın
  return showModalBottomSheet<Set<String>>(
    context: context,
    isScrollControlled: true,
    builder: (context) {
      return SizedBox(
        height: MediaQuery.sizeOf(context).height * 0.7,
        child: StatefulBuilder(
          builder: (context, setSheetState) => Column(
            children: [
              const Padding(padding: EdgeInsets.all(16), child: Text('Markalar')),
              // Kaydırılan kısım
              Expanded(
                child: ListView(
                  children: [
                    for (final b in brands)
                      CheckboxListTile(
                        title: Text(b),
                        value: selected.contains(b),
                        onChanged: (v) => setSheetState(() => v! ? selected.add(b) : selected.remove(b)),
                      ),
                  ],
                ),
              ),
              // Sabit kısım
              SafeArea(
                top: false,
                child: Padding(
                  padding: const EdgeInsets.all(16),
                  child: SizedBox(
                    width: double.infinity,
                    child: FilledButton(
                      onPressed: () => Navigator.pop(context, selected),
                      child: Text('Uygula (${selected.length})'),
                    ),
                  ),
                ),
              ),
            ],
          ),
        ),
      );
    },
  );
}
""", api_free=True)

R(4004, "dialogs", "zor", "code",
  "Masaüstü uygulamada üstteki menü öğelerinin yanında kısayolu yazsın (Ctrl+S Kaydet gibi) ve kısayol tuşları menü açılmadan da çalışsın.",
  ["MenuAnchor menusunde kisayol tuslarini gosterip calistirmayi nasil yaparim?",
   "MenuItemButton'a shortcut ver ve aynı kısayolları CallbackShortcuts ile bağla"],
  ["MenuItemButton", "shortcut", "CallbackShortcuts | Shortcuts"], r"""
class EditorWithMenu extends StatelessWidget {
  const EditorWithMenu({super.key, required this.onSave, required this.onOpen});
  final VoidCallback onSave;
  final VoidCallback onOpen;

  static const _save = SingleActivator(LogicalKeyboardKey.keyS, control: true);
  static const _open = SingleActivator(LogicalKeyboardKey.keyO, control: true);

  @override
  Widget build(BuildContext context) {
    // MenuItemButton.shortcut sadece etiketi gösterir; tuşları ayrıca bağlamak gerekir
    return CallbackShortcuts(
      bindings: {_save: onSave, _open: onOpen},
      child: Focus(
        autofocus: true, // klavye olaylarını alabilmek için odak
        child: Scaffold(
          appBar: AppBar(
            actions: [
              MenuAnchor(
                menuChildren: [
                  MenuItemButton(shortcut: _open, onPressed: onOpen, child: const Text('Aç')),
                  MenuItemButton(shortcut: _save, onPressed: onSave, child: const Text('Kaydet')),
                ],
                builder: (context, controller, child) => IconButton(
                  icon: const Icon(Icons.more_vert),
                  onPressed: () => controller.isOpen ? controller.close() : controller.open(),
                ),
              ),
            ],
          ),
          body: const Center(child: Text('Belge')),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4005, "dialogs", "kolay", "code",
  "Yeni klasör penceresi açılınca metin kutusu hemen odaklansın ve klavye açılsın; Enter'a basınca da pencere onaylansın.",
  ["Dialog acilinca TextField'a otomatik odaklanma nasil yapilir?",
   "Pencere açılır açılmaz alana odaklan, klavyedeki Enter ile girilen adı döndür"],
  ["autofocus", "onSubmitted", "Navigator.pop | context.pop"], r"""
Future<String?> askFolderName(BuildContext context) {
  return showDialog<String>(context: context, builder: (context) => const _FolderNameDialog());
}

class _FolderNameDialog extends StatefulWidget {
  const _FolderNameDialog();

  @override
  State<_FolderNameDialog> createState() => _FolderNameDialogState();
}

class _FolderNameDialogState extends State<_FolderNameDialog> {
  final _controller = TextEditingController();

  void _submit() {
    final name = _controller.text.trim();
    if (name.isNotEmpty) Navigator.pop(context, name);
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AlertDialog(
      title: const Text('Yeni klasör'),
      content: TextField(
        controller: _controller,
        autofocus: true, // pencere açılınca odak ve klavye
        textInputAction: TextInputAction.done,
        decoration: const InputDecoration(hintText: 'Klasör adı'),
        onSubmitted: (_) => _submit(), // klavyedeki Enter / Bitti
      ),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context), child: const Text('Vazgeç')),
        FilledButton(onPressed: _submit, child: const Text('Oluştur')),
      ],
    );
  }
}
""", api_free=True)

R(4006, "dialogs", "zor", "code",
  "Farklı tiplerde seçenek listesi verip seçileni aynı tipte döndüren, her yerde kullanabileceğim tek bir seçim penceresi fonksiyonu yaz.",
  ["Generic tipte secenek gosterip secileni donduren dialog fonksiyonu nasil yazilir?",
   "showDialog'u generic yap: liste ve etiket fonksiyonu alsın, seçilen T değerini geri versin"],
  ["showDialog | showAdaptiveDialog", "SimpleDialog | AlertDialog", "Navigator.pop | context.pop"], r"""
Future<T?> showChoiceDialog<T>({
  required BuildContext context,
  required String title,
  required List<T> options,
  required String Function(T) labelOf,
  T? selected,
}) {
  return showDialog<T>(
    context: context,
    builder: (context) => SimpleDialog(
      title: Text(title),
      children: [
        for (final option in options)
          SimpleDialogOption(
            onPressed: () => Navigator.pop(context, option),
            child: Row(
              children: [
                Expanded(child: Text(labelOf(option))),
                if (option == selected) const Icon(Icons.check, size: 18),
              ],
            ),
          ),
      ],
    ),
  );
}

// Kullanım örnekleri
enum SortBy { name, price, date }

Future<void> pickExamples(BuildContext context) async {
  final sort = await showChoiceDialog<SortBy>(
    context: context,
    title: 'Sırala',
    options: SortBy.values,
    labelOf: (s) => switch (s) { SortBy.name => 'İsim', SortBy.price => 'Fiyat', SortBy.date => 'Tarih' },
    selected: SortBy.name,
  );
  if (!context.mounted) return;
  final size = await showChoiceDialog<int>(
    context: context,
    title: 'Sayfa başına',
    options: const [10, 20, 50],
    labelOf: (n) => '$n kayıt',
  );
  debugPrint('$sort, $size');
}
""", api_free=True)

R(4007, "dialogs", "orta", "concept",
  "showGeneralDialog ile showDialog arasındaki fark nedir, ne zaman showGeneralDialog kullanmalıyım?",
  ["showgeneraldialog mu showdialog mu kullanmaliyim?",
   "showDialog ile showGeneralDialog farkını açıkla, özel geçişli bir pencere örneği göster"],
  ["showGeneralDialog", "transitionBuilder"], r"""
// showDialog: Material hazır davranışları verir: karartma rengi (barrierColor), dışarı
//   dokununca kapanma, SafeArea, tema ve solarak/ölçeklenerek açılma. İçine genelde
//   AlertDialog/Dialog konur ve onlar ortalanır, kenar boşluğu alır.
// showGeneralDialog: en alt seviye; geçiş animasyonunu (transitionBuilder), süresini,
//   karartmayı ve içeriğin yerleşimini tamamen sen belirlersin. Hiçbir Material
//   görünüm eklemez; alttan kayan, tam ekran ya da köşeden açılan özel pencereler içindir.
Future<void> showSlideUpPanel(BuildContext context) {
  return showGeneralDialog(
    context: context,
    barrierDismissible: true,
    barrierLabel: 'Kapat',
    barrierColor: Colors.black54,
    transitionDuration: const Duration(milliseconds: 350),
    pageBuilder: (context, animation, secondaryAnimation) => Align(
      alignment: Alignment.bottomCenter,
      child: Material(
        borderRadius: const BorderRadius.vertical(top: Radius.circular(20)),
        child: SizedBox(
          height: 240,
          width: double.infinity,
          child: Center(
            child: FilledButton(onPressed: () => Navigator.pop(context), child: const Text('Kapat')),
          ),
        ),
      ),
    ),
    // Alttan yukarı kayarak gelir
    transitionBuilder: (context, animation, secondaryAnimation, child) => SlideTransition(
      position: Tween(begin: const Offset(0, 1), end: Offset.zero)
          .animate(CurvedAnimation(parent: animation, curve: Curves.easeOutCubic)),
      child: child,
    ),
  );
}
""")

R(4008, "dialogs", "orta", "concept",
  "PopupMenuButton'da onSelected ile PopupMenuItem'ın onTap'i arasındaki fark nedir?",
  ["popup menude onTap ile onSelected ne zaman kullanilir?",
   "Menü öğesinden dialog açınca pencere hemen kapanıyor; onTap ile onSelected farkını açıkla"],
  ["onSelected", "PopupMenuItem", "onTap"], r"""
// onTap (PopupMenuItem): öğeye dokunulduğu anda, menü HENÜZ kapanırken çağrılır.
//   Burada showDialog açarsan menünün kapanışı (Navigator.pop) yeni pencereyi de
//   etkileyebilir ya da pencere menü kapanmadan açılır; basit işler için uygundur.
// onSelected (PopupMenuButton): menü kapandıktan SONRA seçilen öğenin value'su ile
//   çağrılır. Dialog açmak, sayfa değiştirmek gibi işler burada güvenlidir ve
//   tüm seçimler tek yerde, tip güvenli (enum) işlenir.
enum RowAction { rename, delete }

class FileRowMenu extends StatelessWidget {
  const FileRowMenu({super.key, required this.onRename, required this.onDelete});
  final VoidCallback onRename;
  final VoidCallback onDelete;

  @override
  Widget build(BuildContext context) {
    return PopupMenuButton<RowAction>(
      onSelected: (action) async {
        switch (action) {
          case RowAction.rename:
            onRename();
          case RowAction.delete:
            final ok = await showDialog<bool>(
              context: context,
              builder: (context) => AlertDialog(
                title: const Text('Silinsin mi?'),
                actions: [
                  TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
                  TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Sil')),
                ],
              ),
            );
            if (ok == true) onDelete();
        }
      },
      itemBuilder: (context) => [
        const PopupMenuItem(value: RowAction.rename, child: Text('Yeniden adlandır')),
        // onTap: menü kapanırken anında çalışan küçük işler için
        PopupMenuItem(value: RowAction.delete, onTap: () => debugPrint('sil seçildi'), child: const Text('Sil')),
      ],
    );
  }
}
""")

R(4009, "dialogs", "kolay", "concept",
  "Flutter'da Android'deki gibi toast mesajı var mı, toast ile SnackBar arasındaki fark nedir?",
  ["flutterda toast nasil gosterilir, snackbar'dan farki ne?",
   "Toast ile SnackBar farkını açıkla ve ikisini de gösteren kısa bir örnek yaz"],
  ["SnackBar", "Fluttertoast | OverlayEntry"], r"""
// pubspec.yaml: fluttertoast
// Flutter'ın kendi toast widget'ı yoktur. SnackBar Material'ın karşılığıdır:
// Scaffold'a bağlıdır, altta çıkar, 'Geri al' gibi bir aksiyon alabilir, kuyruğa girer.
// Toast ise sayfadan bağımsız, aksiyonsuz, kısa bir bilgi balonudur; Android'de
// sistemin Toast'ı kullanılır. Bunun için fluttertoast paketi (ya da kendi OverlayEntry'n) gerekir.
void showSavedSnackBar(BuildContext context) {
  ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(
      content: const Text('Not kaydedildi'),
      action: SnackBarAction(label: 'Geri al', onPressed: () {}),
    ),
  );
}

void showSavedToast() {
  Fluttertoast.showToast(
    msg: 'Not kaydedildi',
    toastLength: Toast.LENGTH_SHORT,
    gravity: ToastGravity.BOTTOM,
  );
}
""")

R(4010, "dialogs", "orta", "code",
  "Randevu saati sadece 15 dakikalık aralıklarla (10:00, 10:15, 10:30…) seçilebilsin; tekerlekli saat seçici alttan açılsın.",
  ["Saat secicide dakikalar sadece 15'er 15'er ilerlesin, bunu nasil yaparim?",
   "CupertinoDatePicker'ı time modunda minuteInterval 15 ile alttan açılan panelde göster"],
  ["CupertinoDatePicker", "minuteInterval"], r"""
Future<TimeOfDay?> pickQuarterTime(BuildContext context) async {
  final now = DateTime.now();
  // initialDateTime'ın dakikası 15'in katı olmalı, yoksa seçici hata verir
  var picked = DateTime(now.year, now.month, now.day, now.hour, (now.minute ~/ 15) * 15);
  final ok = await showCupertinoModalPopup<bool>(
    context: context,
    builder: (context) => Container(
      height: 280,
      color: CupertinoColors.systemBackground.resolveFrom(context),
      child: Column(
        children: [
          Align(
            alignment: Alignment.centerRight,
            child: CupertinoButton(child: const Text('Tamam'), onPressed: () => Navigator.pop(context, true)),
          ),
          Expanded(
            child: CupertinoDatePicker(
              mode: CupertinoDatePickerMode.time,
              use24hFormat: true,
              minuteInterval: 15,
              initialDateTime: picked,
              onDateTimeChanged: (value) => picked = value,
            ),
          ),
        ],
      ),
    ),
  );
  return ok == true ? TimeOfDay.fromDateTime(picked) : null;
}
""", api_free=True)

R(4011, "dialogs", "orta", "code",
  "Otel aramasında tarih aralığı seçtirilsin; 7 geceden uzun bir aralık seçilirse uyarı verilsin ve aralık 7 geceye kısaltılsın.",
  ["Tarih araligi seciminde en fazla 7 gun sinirini nasil koyarim?",
   "showDateRangePicker sonucunun gün sayısını kontrol et, 7'yi aşarsa bitiş tarihini kısaltıp bildir"],
  ["showDateRangePicker", "DateTimeRange"], r"""
Future<DateTimeRange?> pickStay(BuildContext context) async {
  final today = DateUtils.dateOnly(DateTime.now());
  final range = await showDateRangePicker(
    context: context,
    firstDate: today,
    lastDate: today.add(const Duration(days: 365)),
    helpText: 'Giriş ve çıkış tarihi',
  );
  if (range == null || !context.mounted) return null;
  const maxNights = 7;
  if (range.duration.inDays > maxNights) {
    final trimmed = DateTimeRange(start: range.start, end: range.start.add(const Duration(days: maxNights)));
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('En fazla 7 gece seçebilirsiniz; çıkış tarihi buna göre ayarlandı.')),
    );
    return trimmed;
  }
  return range;
}
""", api_free=True)

R(4012, "dialogs", "zor", "code",
  "Yeni özelliği tanıtmak için ekran kararsın, sadece tanıtılan buton aydınlık kalsın ve yanında açıklama yazsın; dokununca kapansın.",
  ["Bir butonu vurgulayan, gerisi karartilmis tanitim katmani (coach mark) nasil yapilir?",
   "OverlayEntry ve CustomPainter ile hedef widget'ın etrafında delik bırakan karartma çiz"],
  ["OverlayEntry", "CustomPainter", "localToGlobal"], r"""
class _HolePainter extends CustomPainter {
  _HolePainter(this.hole);
  final Rect hole;

  @override
  void paint(Canvas canvas, Size size) {
    final path = Path.combine(
      PathOperation.difference,
      Path()..addRect(Offset.zero & size),
      Path()..addRRect(RRect.fromRectAndRadius(hole.inflate(8), const Radius.circular(12))),
    );
    canvas.drawPath(path, Paint()..color = Colors.black.withValues(alpha: 0.7));
  }

  @override
  bool shouldRepaint(_HolePainter old) => old.hole != hole;
}

// targetKey: tanıtılacak widget'a verilen GlobalKey
void showCoachMark(BuildContext context, GlobalKey targetKey, String text) {
  final box = targetKey.currentContext!.findRenderObject() as RenderBox;
  final hole = box.localToGlobal(Offset.zero) & box.size;
  late final OverlayEntry entry;
  entry = OverlayEntry(
    builder: (context) => GestureDetector(
      onTap: () => entry.remove(), // herhangi bir yere dokununca kapan
      child: Stack(
        children: [
          Positioned.fill(child: CustomPaint(painter: _HolePainter(hole))),
          Positioned(
            left: 24,
            right: 24,
            top: hole.bottom + 20,
            child: Material(
              color: Colors.transparent,
              child: Text(text, style: const TextStyle(color: Colors.white, fontSize: 18)),
            ),
          ),
        ],
      ),
    ),
  );
  Overlay.of(context).insert(entry);
}
""", api_free=True)

R(4013, "dialogs", "orta", "code",
  "Tek bir pencerede üstte 'Giriş' ve 'Kayıt' sekmeleri olsun; sekmeye dokununca ilgili form pencerenin içinde görünsün.",
  ["Dialog icinde sekmeli icerik (TabBar) nasil yapilir?",
   "Dialog'un içine DefaultTabController, TabBar ve TabBarView koyup giriş/kayıt formlarını göster"],
  ["TabBar", "TabBarView", "Dialog"], r"""
Future<void> showAuthDialog(BuildContext context) {
  return showDialog(
    context: context,
    builder: (context) => Dialog(
      child: SizedBox(
        width: 380,
        height: 360, // TabBarView sınırlı yükseklik ister
        child: DefaultTabController(
          length: 2,
          child: Column(
            children: [
              const TabBar(tabs: [Tab(text: 'Giriş'), Tab(text: 'Kayıt')]),
              Expanded(
                child: TabBarView(
                  children: [
                    _AuthForm(fields: const ['E-posta', 'Şifre'], button: 'Giriş yap'),
                    _AuthForm(fields: const ['Ad', 'E-posta', 'Şifre'], button: 'Kayıt ol'),
                  ],
                ),
              ),
            ],
          ),
        ),
      ),
    ),
  );
}

class _AuthForm extends StatelessWidget {
  const _AuthForm({required this.fields, required this.button});
  final List<String> fields;
  final String button;

  @override
  Widget build(BuildContext context) {
    return ListView(
      padding: const EdgeInsets.all(16),
      children: [
        for (final f in fields)
          TextField(obscureText: f == 'Şifre', decoration: InputDecoration(labelText: f)),
        const SizedBox(height: 16),
        FilledButton(onPressed: () => Navigator.pop(context), child: Text(button)),
      ],
    );
  }
}
""", api_free=True)

R(4014, "dialogs", "kolay", "code",
  "Sipariş verilince altta 'Siparişiniz alındı' mesajı çıksın, yanındaki 'Görüntüle' butonuna basınca sipariş detay sayfası açılsın.",
  ["SnackBar'daki butona basinca baska sayfaya nasil gecerim?",
   "Sipariş sonrası alt mesajdaki 'Görüntüle' aksiyonuyla detay sayfasını aç"],
  ["SnackBarAction", "push"], r"""
class OrderDetailPage extends StatelessWidget {
  const OrderDetailPage({super.key, required this.orderId});
  final String orderId;

  @override
  Widget build(BuildContext context) =>
      Scaffold(appBar: AppBar(title: Text('Sipariş $orderId')), body: const Center(child: Text('Detaylar')));
}

void showOrderPlaced(BuildContext context, String orderId) {
  // Navigator'ı mesaj gösterilirken al; aksiyon çalıştığında context artık geçersiz olabilir
  final navigator = Navigator.of(context);
  ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(
      content: const Text('Siparişiniz alındı'),
      action: SnackBarAction(
        label: 'Görüntüle',
        onPressed: () => navigator.push(
          MaterialPageRoute(builder: (_) => OrderDetailPage(orderId: orderId)),
        ),
      ),
    ),
  );
}
""", api_free=True)

R(4015, "dialogs", "orta", "code",
  "Sağ üstteki profil fotoğrafına dokununca menü açılsın; menünün en üstünde kullanıcının adı ve e-postası yazsın, altında Profil ve Çıkış olsun.",
  ["Profil menusunun basina secilemeyen kullanici bilgisi satiri nasil eklerim?",
   "Avatara dokununca açılan PopupMenuButton'ın ilk öğesini enabled: false başlık yap"],
  ["PopupMenuButton", "enabled"], r"""
enum ProfileAction { profile, logout }

class ProfileMenu extends StatelessWidget {
  const ProfileMenu({super.key, required this.name, required this.email, required this.onSelected});
  final String name;
  final String email;
  final ValueChanged<ProfileAction> onSelected;

  @override
  Widget build(BuildContext context) {
    return PopupMenuButton<ProfileAction>(
      tooltip: 'Hesap',
      position: PopupMenuPosition.under,
      onSelected: onSelected,
      itemBuilder: (context) => [
        // Seçilemeyen bilgi satırı
        PopupMenuItem(
          enabled: false,
          child: ListTile(
            contentPadding: EdgeInsets.zero,
            title: Text(name, style: const TextStyle(fontWeight: FontWeight.bold)),
            subtitle: Text(email),
          ),
        ),
        const PopupMenuDivider(),
        const PopupMenuItem(value: ProfileAction.profile, child: Text('Profil')),
        const PopupMenuItem(value: ProfileAction.logout, child: Text('Çıkış yap')),
      ],
      child: Padding(
        padding: const EdgeInsets.all(8),
        child: CircleAvatar(child: Text(name[0])),
      ),
    );
  }
}
""", api_free=True)

R(4017, "dialogs", "zor", "code",
  "Silme sonrası çıkan 'Geri al' mesajında kalan saniye 5'ten geriye saysın, süre bitince mesaj kapanıp silme kesinleşsin.",
  ["Geri al SnackBar'inda geri sayim sayaci nasil gosteririm?",
   "SnackBar içeriğine her saniye azalan sayaç koy, süre dolunca kalıcı silmeyi yap"],
  ["SnackBar", "Timer.periodic", "closed"], r"""
class _Countdown extends StatefulWidget {
  const _Countdown({required this.seconds});
  final int seconds;

  @override
  State<_Countdown> createState() => _CountdownState();
}

class _CountdownState extends State<_Countdown> {
  late int _left = widget.seconds;
  Timer? _timer;

  @override
  void initState() {
    super.initState();
    _timer = Timer.periodic(const Duration(seconds: 1), (_) {
      if (_left > 0) setState(() => _left--);
    });
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => Text('Öğe silindi ($_left)');
}

// onUndo: öğeyi geri koyar; onCommit: kalıcı silme (ör. API isteği)
void showUndoCountdown(BuildContext context, {required VoidCallback onUndo, required VoidCallback onCommit}) {
  const seconds = 5;
  var undone = false;
  final controller = ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(
      content: const _Countdown(seconds: seconds),
      duration: const Duration(seconds: seconds),
      action: SnackBarAction(
        label: 'Geri al',
        onPressed: () {
          undone = true;
          onUndo();
        },
      ),
    ),
  );
  // Mesaj nasıl kapanırsa kapansın, geri alınmadıysa silmeyi kesinleştir
  controller.closed.then((_) {
    if (!undone) onCommit();
  });
}
""", api_free=True)

R(4018, "dialogs", "orta", "code",
  "Oturum süresi dolunca üst üste açık kalmış bütün pencereler ve alt paneller kapansın, kullanıcı bulunduğu sayfada kalsın.",
  ["Acik olan tum dialog ve bottom sheet'leri tek seferde nasil kapatirim?",
   "Navigator.popUntil ile açık popup route'ları kapat, sayfa route'una gelince dur"],
  ["popUntil", "PopupRoute"], r"""
// Dialog, bottom sheet ve menüler PopupRoute türündedir; sayfalar (PageRoute) değildir.
void closeAllPopups(BuildContext context) {
  Navigator.of(context, rootNavigator: true).popUntil((route) => route is! PopupRoute);
}

class SessionGuard extends StatefulWidget {
  const SessionGuard({super.key, required this.child});
  final Widget child;

  @override
  State<SessionGuard> createState() => _SessionGuardState();
}

class _SessionGuardState extends State<SessionGuard> {
  Timer? _timer;

  @override
  void initState() {
    super.initState();
    _timer = Timer(const Duration(minutes: 15), () {
      if (!mounted) return;
      closeAllPopups(context);
      ScaffoldMessenger.of(context).showSnackBar(
        const SnackBar(content: Text('Oturum süresi doldu, açık pencereler kapatıldı')),
      );
    });
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => widget.child;
}
""", api_free=True)

R(4019, "dialogs", "kolay", "code",
  "Ürün menüsünde stok yoksa 'Sepete ekle' seçeneği soluk görünsün ve seçilemesin, diğer seçenekler çalışsın.",
  ["Popup menude bir secenegi pasif (secilemez) yapmak nasil olur?",
   "PopupMenuItem'a enabled: false verip stok yokken 'Sepete ekle'yi devre dışı bırak"],
  ["PopupMenuItem", "enabled"], r"""
enum ProductAction { addToCart, share, favorite }

class ProductMenu extends StatelessWidget {
  const ProductMenu({super.key, required this.inStock, required this.onSelected});
  final bool inStock;
  final ValueChanged<ProductAction> onSelected;

  @override
  Widget build(BuildContext context) {
    return PopupMenuButton<ProductAction>(
      onSelected: onSelected,
      itemBuilder: (context) => [
        PopupMenuItem(
          value: ProductAction.addToCart,
          enabled: inStock, // false: soluk ve dokunulamaz
          child: Text(inStock ? 'Sepete ekle' : 'Sepete ekle (stok yok)'),
        ),
        const PopupMenuItem(value: ProductAction.share, child: Text('Paylaş')),
        const PopupMenuItem(value: ProductAction.favorite, child: Text('Favorilere ekle')),
      ],
    );
  }
}
""", api_free=True)

R(4020, "dialogs", "zor", "code",
  "Sohbette bir mesaja uzun basınca mesajın hemen üstünde emoji tepki çubuğu açılsın; seçilen emoji mesaja eklensin.",
  ["Mesaja uzun basinca ustunde emoji secenekleri cikmasini nasil yaparim?",
   "Uzun basılan widget'ın konumunu bulup showDialog içinde tam üstüne emoji çubuğu yerleştir"],
  ["localToGlobal", "onLongPress", "showDialog | OverlayEntry | OverlayPortal"], r"""
const _reactions = ['👍', '❤️', '😂', '😮', '😢'];

class ReactableMessage extends StatefulWidget {
  const ReactableMessage({super.key, required this.text});
  final String text;

  @override
  State<ReactableMessage> createState() => _ReactableMessageState();
}

class _ReactableMessageState extends State<ReactableMessage> {
  String? _reaction;

  Future<void> _openReactions() async {
    final box = context.findRenderObject() as RenderBox;
    final topLeft = box.localToGlobal(Offset.zero); // mesajın ekrandaki konumu
    final emoji = await showDialog<String>(
      context: context,
      useSafeArea: false, // koordinatlar ekranın sol üstüne göre kalsın
      barrierColor: Colors.black12,
      builder: (context) => Stack(
        children: [
          Positioned(
            left: topLeft.dx,
            top: (topLeft.dy - 56).clamp(0.0, double.infinity),
            child: Material(
              elevation: 4,
              borderRadius: BorderRadius.circular(24),
              child: Row(
                children: [
                  for (final e in _reactions)
                    InkWell(
                      onTap: () => Navigator.pop(context, e),
                      child: Padding(padding: const EdgeInsets.all(8), child: Text(e, style: const TextStyle(fontSize: 24))),
                    ),
                ],
              ),
            ),
          ),
        ],
      ),
    );
    if (emoji != null) setState(() => _reaction = emoji);
  }

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onLongPress: _openReactions,
      child: Container(
        margin: const EdgeInsets.all(8),
        padding: const EdgeInsets.all(12),
        decoration: BoxDecoration(color: Colors.grey.shade200, borderRadius: BorderRadius.circular(12)),
        child: Text(_reaction == null ? widget.text : '${widget.text}  $_reaction'),
      ),
    );
  }
}
""", api_free=True)

R(4021, "dialogs", "kolay", "code",
  "Alttaki bilgi mesajı uzun olunca sağdaki 'Ayarlar' butonu metni sıkıştırıyor; buton mesajın altına, ayrı bir satıra geçsin.",
  ["SnackBar'daki aksiyon butonunu alt satira nasil alirim?",
   "actionOverflowThreshold ile SnackBar aksiyonunu her zaman metnin altına yerleştir"],
  ["SnackBar", "actionOverflowThreshold"], r"""
void showPermissionInfo(BuildContext context, VoidCallback openSettings) {
  ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(
      content: const Text(
        'Konum izni kapalı olduğu için yakındaki mağazalar gösterilemiyor. '
        'İzni ayarlardan açabilirsiniz.',
      ),
      // Aksiyon, genişliğin bu oranını aşarsa alt satıra iner; 0 = her zaman alt satır
      actionOverflowThreshold: 0,
      action: SnackBarAction(label: 'Ayarlar', onPressed: openSettings),
      duration: const Duration(seconds: 6),
    ),
  );
}
""", api_free=True)

R(4022, "dialogs", "orta", "code",
  "Alttan açılan seçenek panelinde 'Daha fazla seçenek'e basınca ek seçenekler görünsün ve panel yumuşakça uzasın.",
  ["Alttan acilan panelin icerigi degisince yuksekligi animasyonla buyusun, nasil yaparim?",
   "Panel içeriğini AnimatedSize ile sar, ek seçenekler açılınca yükseklik animasyonla değişsin"],
  ["showModalBottomSheet", "AnimatedSize"], r"""
Future<String?> showShareOptions(BuildContext context) {
  return showModalBottomSheet<String>(
    context: context,
    builder: (context) {
      var expanded = false;
      return StatefulBuilder(
        builder: (context, setSheetState) => AnimatedSize(
          duration: const Duration(milliseconds: 250),
          curve: Curves.easeOut,
          alignment: Alignment.topCenter,
          child: Column(
            mainAxisSize: MainAxisSize.min,
            children: [
              ListTile(leading: const Icon(Icons.link), title: const Text('Bağlantıyı kopyala'), onTap: () => Navigator.pop(context, 'link')),
              ListTile(leading: const Icon(Icons.message), title: const Text('Mesaj gönder'), onTap: () => Navigator.pop(context, 'message')),
              if (expanded) ...[
                ListTile(leading: const Icon(Icons.qr_code), title: const Text('QR kod'), onTap: () => Navigator.pop(context, 'qr')),
                ListTile(leading: const Icon(Icons.print), title: const Text('Yazdır'), onTap: () => Navigator.pop(context, 'print')),
                ListTile(leading: const Icon(Icons.flag), title: const Text('Bildir'), onTap: () => Navigator.pop(context, 'report')),
              ] else
                TextButton(
                  onPressed: () => setSheetState(() => expanded = true),
                  child: const Text('Daha fazla seçenek'),
                ),
              const SizedBox(height: 8),
            ],
          ),
        ),
      );
    },
  );
}
""", api_free=True)

R(4024, "dialogs", "zor", "code",
  "Şifre ya da IBAN gösteren hassas bilgi penceresi, uygulama arka plana alınınca kendiliğinden kapansın.",
  ["Uygulama arka plana gecince acik dialog'u otomatik nasil kapatirim?",
   "AppLifecycleListener ile uygulama gizlenince gösterilen hassas pencereyi pop et"],
  ["AppLifecycleListener", "Navigator.pop | context.pop | maybePop"], r"""
Future<void> showSecretDialog(BuildContext context, String secret) {
  return showDialog(context: context, builder: (context) => _SecretDialog(secret: secret));
}

class _SecretDialog extends StatefulWidget {
  const _SecretDialog({required this.secret});
  final String secret;

  @override
  State<_SecretDialog> createState() => _SecretDialogState();
}

class _SecretDialogState extends State<_SecretDialog> {
  late final AppLifecycleListener _listener;

  @override
  void initState() {
    super.initState();
    _listener = AppLifecycleListener(
      // Uygulama görünmez olunca (arka plan, görev değiştirici) pencereyi kapat
      onHide: () {
        if (mounted) Navigator.of(context).maybePop();
      },
    );
  }

  @override
  void dispose() {
    _listener.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AlertDialog(
      title: const Text('IBAN'),
      content: SelectableText(widget.secret),
      actions: [TextButton(onPressed: () => Navigator.pop(context), child: const Text('Kapat'))],
    );
  }
}
""", api_free=True)

R(4025, "dialogs", "orta", "code",
  "Seçenekler telefonda alttan açılan panel olarak, tablet ve masaüstünde ise ekranın ortasında pencere olarak açılsın.",
  ["Ekran genisligine gore bottom sheet ya da dialog acmayi nasil yaparim?",
   "Genişlik 600'den küçükse showModalBottomSheet, büyükse showDialog ile aynı içeriği göster"],
  ["showModalBottomSheet", "showDialog", "MediaQuery"], r"""
Future<T?> showAdaptivePanel<T>(BuildContext context, WidgetBuilder builder) {
  final wide = MediaQuery.sizeOf(context).width >= 600;
  if (wide) {
    return showDialog<T>(
      context: context,
      builder: (context) => Dialog(
        child: ConstrainedBox(
          constraints: const BoxConstraints(maxWidth: 420),
          child: builder(context),
        ),
      ),
    );
  }
  return showModalBottomSheet<T>(context: context, showDragHandle: true, builder: builder);
}

// Kullanım: aynı içerik iki biçimde de çalışır
Future<void> openSortOptions(BuildContext context) async {
  final choice = await showAdaptivePanel<String>(
    context,
    (context) => Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        for (final o in const ['En yeni', 'En ucuz', 'En pahalı'])
          ListTile(title: Text(o), onTap: () => Navigator.pop(context, o)),
      ],
    ),
  );
  debugPrint('Seçilen: $choice');
}
""", api_free=True)

R(4026, "dialogs", "kolay", "code",
  "Mezuniyet yılı için sadece yıl seçtiren bir pencere açılsın; gün ve ay sorulmasın, seçilen yıl geri dönsün.",
  ["Sadece yil secilebilen bir dialog nasil acarim?",
   "YearPicker'ı AlertDialog içinde göster, yıla dokununca pencere kapanıp yılı döndürsün"],
  ["YearPicker", "showDialog"], r"""
Future<int?> pickYear(BuildContext context, {int? initialYear}) {
  final now = DateTime.now();
  return showDialog<int>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Mezuniyet yılı'),
      content: SizedBox(
        width: 300,
        height: 300, // YearPicker kaydırılabilir bir ızgaradır, sınırlı boyut ister
        child: YearPicker(
          firstDate: DateTime(1960),
          lastDate: DateTime(now.year + 5),
          selectedDate: DateTime(initialYear ?? now.year),
          onChanged: (date) => Navigator.pop(context, date.year),
        ),
      ),
    ),
  );
}
""", api_free=True)

R(4027, "dialogs", "kolay", "code",
  "Masaüstünde onay penceresi açılınca Enter'a basmak 'Evet'i seçsin, Esc de pencereyi kapatsın.",
  ["Dialog'da Enter ile onaylama nasil yapilir?",
   "Onay butonuna autofocus ver ki Enter onu tetiklesin; Esc ile pencere kapansın"],
  ["autofocus", "showDialog | showAdaptiveDialog"], r"""
Future<bool> confirmWithKeyboard(BuildContext context, String message) async {
  final ok = await showDialog<bool>(
    context: context,
    // Esc varsayılan olarak pencereyi kapatır (sonuç null)
    builder: (context) => AlertDialog(
      content: Text(message),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Hayır')),
        // Odaklanmış buton Enter ve Space ile tetiklenir
        FilledButton(autofocus: true, onPressed: () => Navigator.pop(context, true), child: const Text('Evet')),
      ],
    ),
  );
  return ok ?? false;
}
""", api_free=True)

R(4028, "dialogs", "orta", "code",
  "Alttan açılan paneldeki 'Linki kopyala'ya basınca panel kapansın, ardından sayfanın altında 'Kopyalandı' mesajı görünsün.",
  ["Bottom sheet kapandiktan sonra sayfada SnackBar nasil gosteririm?",
   "Panelden değer döndür, await ettikten sonra sayfanın context'i ile SnackBar göster"],
  ["showModalBottomSheet", "await", "showSnackBar"], r"""
Future<void> openShareSheet(BuildContext context, String link) async {
  final action = await showModalBottomSheet<String>(
    context: context,
    builder: (sheetContext) => Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        ListTile(
          leading: const Icon(Icons.copy),
          title: const Text('Linki kopyala'),
          onTap: () => Navigator.pop(sheetContext, 'copy'), // önce paneli kapat
        ),
        ListTile(
          leading: const Icon(Icons.close),
          title: const Text('Vazgeç'),
          onTap: () => Navigator.pop(sheetContext),
        ),
      ],
    ),
  );
  if (action != 'copy' || !context.mounted) return;
  await Clipboard.setData(ClipboardData(text: link));
  if (!context.mounted) return;
  // Sayfanın context'i: mesaj panelin değil sayfanın Scaffold'unda çıkar
  ScaffoldMessenger.of(context).showSnackBar(const SnackBar(content: Text('Kopyalandı')));
}
""", api_free=True)

R(4029, "dialogs", "orta", "code",
  "Raporu dışa aktar penceresinde format (PDF, Excel, CSV) seçilsin ve 'Sadece seçili satırlar' kutusu olsun; ikisi birlikte geri dönsün.",
  ["Dialog'dan birden fazla secimi birlikte nasil dondururum?",
   "Format seçimi ve checkbox içeren bir pencere yaz, onaylanınca record olarak döndür"],
  ["showDialog | showAdaptiveDialog", "StatefulBuilder | StatefulWidget", "Navigator.pop | context.pop"], r"""
enum ExportFormat { pdf, excel, csv }

Future<(ExportFormat format, bool onlySelected)?> showExportDialog(BuildContext context) {
  var format = ExportFormat.pdf;
  var onlySelected = false;
  return showDialog<(ExportFormat, bool)>(
    context: context,
    builder: (context) => StatefulBuilder(
      builder: (context, setDialogState) => AlertDialog(
        title: const Text('Dışa aktar'),
        content: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            for (final f in ExportFormat.values)
              ListTile(
                title: Text(switch (f) { ExportFormat.pdf => 'PDF', ExportFormat.excel => 'Excel', ExportFormat.csv => 'CSV' }),
                trailing: f == format ? const Icon(Icons.check) : null,
                onTap: () => setDialogState(() => format = f),
              ),
            CheckboxListTile(
              title: const Text('Sadece seçili satırlar'),
              value: onlySelected,
              onChanged: (v) => setDialogState(() => onlySelected = v ?? false),
            ),
          ],
        ),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context), child: const Text('Vazgeç')),
          FilledButton(onPressed: () => Navigator.pop(context, (format, onlySelected)), child: const Text('Aktar')),
        ],
      ),
    ),
  );
}
""", api_free=True)

R(4030, "dialogs", "orta", "code",
  "Giriş yapmamış kullanıcı favori butonuna basınca 'Giriş yapmalısınız' penceresi çıksın; 'Giriş yap' derse giriş sayfası açılsın, dönünce favoriye eklensin.",
  ["Misafir kullaniciya giris yap uyarisi gosterip giristen sonra islemi nasil tamamlarim?",
   "Dialog sonucunu await et, giriş sayfasından dönen başarı sonucuna göre favoriye ekle"],
  ["showDialog | showAdaptiveDialog", "Navigator.push | context.push", "await"], r"""
// loginPage: giriş başarılıysa Navigator.pop(context, true) ile dönen sayfa
Future<void> addFavoriteWithLogin(
  BuildContext context, {
  required bool isLoggedIn,
  required Widget loginPage,
  required VoidCallback addFavorite,
}) async {
  if (isLoggedIn) {
    addFavorite();
    return;
  }
  final goLogin = await showDialog<bool>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Giriş yapmalısınız'),
      content: const Text('Favorilere eklemek için hesabınıza giriş yapın.'),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
        FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('Giriş yap')),
      ],
    ),
  );
  if (goLogin != true || !context.mounted) return;
  final loggedIn = await Navigator.push<bool>(context, MaterialPageRoute(builder: (_) => loginPage));
  if (loggedIn == true) addFavorite(); // kullanıcı yarıda bıraktıysa hiçbir şey yapma
}
""", api_free=True)

R(4031, "dialogs", "zor", "code",
  "Ödeme onay panelinde butona basmak yerine yuvarlak tutamaç sağa kaydırılarak onaylansın; sona varmadan bırakılırsa geri dönsün.",
  ["Kaydirarak onayla (slide to confirm) butonu nasil yapilir?",
   "Alttan panelde yatay sürüklenen bir tutamaçla onay al, sona gelince paneli true ile kapat"],
  ["onHorizontalDragUpdate | onPanUpdate", "onHorizontalDragEnd | onPanEnd", "showModalBottomSheet"], r"""
class SlideToConfirm extends StatefulWidget {
  const SlideToConfirm({super.key, required this.label, required this.onConfirmed});
  final String label;
  final VoidCallback onConfirmed;

  @override
  State<SlideToConfirm> createState() => _SlideToConfirmState();
}

class _SlideToConfirmState extends State<SlideToConfirm> {
  static const _knob = 56.0;
  double _dx = 0;
  bool _dragging = false;

  @override
  Widget build(BuildContext context) {
    return LayoutBuilder(builder: (context, constraints) {
      final max = constraints.maxWidth - _knob;
      return Container(
        height: _knob,
        decoration: BoxDecoration(color: Colors.green.shade100, borderRadius: BorderRadius.circular(_knob / 2)),
        child: Stack(
          children: [
            Center(child: Text(widget.label)),
            AnimatedPositioned(
              duration: _dragging ? Duration.zero : const Duration(milliseconds: 200),
              left: _dx,
              child: GestureDetector(
                onHorizontalDragStart: (_) => setState(() => _dragging = true),
                onHorizontalDragUpdate: (d) => setState(() => _dx = (_dx + d.delta.dx).clamp(0.0, max)),
                onHorizontalDragEnd: (_) {
                  final done = _dx >= max * 0.95;
                  setState(() {
                    _dragging = false;
                    _dx = done ? max : 0; // sona varmadıysa geri kay
                  });
                  if (done) widget.onConfirmed();
                },
                child: const CircleAvatar(radius: _knob / 2, backgroundColor: Colors.green, child: Icon(Icons.arrow_forward, color: Colors.white)),
              ),
            ),
          ],
        ),
      );
    });
  }
}

Future<bool> confirmPayment(BuildContext context, String amount) async {
  final ok = await showModalBottomSheet<bool>(
    context: context,
    builder: (context) => Padding(
      padding: const EdgeInsets.all(24),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          Text('Ödenecek tutar: $amount', style: Theme.of(context).textTheme.titleLarge),
          const SizedBox(height: 24),
          SlideToConfirm(label: 'Ödemek için kaydır', onConfirmed: () => Navigator.pop(context, true)),
        ],
      ),
    ),
  );
  return ok ?? false;
}
""", api_free=True)

R(4032, "dialogs", "orta", "code",
  "Kampanya penceresinin sağ üst köşesinde, yarısı pencerenin dışına taşan yuvarlak bir kapatma butonu olsun.",
  ["Dialog'un kosesinden disari tasan kapatma butonu nasil yapilir?",
   "Stack'te clipBehavior none ve negatif Positioned ile pencere köşesine taşan bir X butonu koy"],
  ["Stack", "Clip.none", "Positioned"], r"""
Future<void> showPromoDialog(BuildContext context, String imageUrl) {
  return showDialog(
    context: context,
    builder: (context) => Dialog(
      clipBehavior: Clip.none, // Dialog içeriği kesmesin
      child: Stack(
        clipBehavior: Clip.none, // taşan buton da çizilsin ve dokunulsun
        children: [
          ClipRRect(
            borderRadius: BorderRadius.circular(28),
            child: Image.network(imageUrl, fit: BoxFit.cover),
          ),
          Positioned(
            top: -14,
            right: -14,
            child: Material(
              shape: const CircleBorder(),
              color: Colors.white,
              elevation: 4,
              child: IconButton(
                icon: const Icon(Icons.close),
                tooltip: 'Kapat',
                onPressed: () => Navigator.pop(context),
              ),
            ),
          ),
        ],
      ),
    ),
  );
}
""", api_free=True)

R(4033, "dialogs", "kolay", "code",
  "Alttan açılan panel çok hızlı açılıyor; açılışı 600 ms, kapanışı 300 ms sürsün.",
  ["Bottom sheet acilma animasyonunun suresini nasil degistiririm?",
   "showModalBottomSheet'e sheetAnimationStyle vererek açılış ve kapanış sürelerini ayarla"],
  ["showModalBottomSheet", "sheetAnimationStyle", "AnimationStyle"], r"""
Future<void> showSlowSheet(BuildContext context) {
  return showModalBottomSheet(
    context: context,
    // Flutter 3.22+: açılış ve kapanış animasyonu ayrı ayrı ayarlanır
    sheetAnimationStyle: const AnimationStyle(
      duration: Duration(milliseconds: 600),
      reverseDuration: Duration(milliseconds: 300),
    ),
    builder: (context) => const SizedBox(
      height: 240,
      child: Center(child: Text('Kampanya detayları')),
    ),
  );
}
""", api_free=True)

R(4034, "dialogs", "orta", "code",
  "Yazı boyutu penceresinde kaydırıcıyla boyut seçilsin, örnek metin anında büyüyüp küçülsün; 'Tamam'a basınca seçilen boyut dönsün.",
  ["Dialog icinde slider ile canli onizlemeli deger secimi nasil yapilir?",
   "StatefulBuilder'lı bir AlertDialog'da Slider değişince örnek yazının boyutunu güncelle ve değeri döndür"],
  ["Slider", "StatefulBuilder | StatefulWidget", "Navigator.pop | context.pop"], r"""
Future<double?> pickFontSize(BuildContext context, double current) {
  var size = current;
  return showDialog<double>(
    context: context,
    builder: (context) => StatefulBuilder(
      builder: (context, setDialogState) => AlertDialog(
        title: const Text('Yazı boyutu'),
        content: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            SizedBox(
              height: 60,
              child: Center(child: Text('Örnek metin', style: TextStyle(fontSize: size))),
            ),
            Slider(
              value: size,
              min: 12,
              max: 32,
              divisions: 10,
              label: size.round().toString(),
              onChanged: (v) => setDialogState(() => size = v),
            ),
          ],
        ),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context), child: const Text('Vazgeç')),
          FilledButton(onPressed: () => Navigator.pop(context, size), child: const Text('Tamam')),
        ],
      ),
    ),
  );
}
""", api_free=True)

R(4035, "dialogs", "orta", "code",
  "Detay sayfası açılınca kayıt bulunamazsa 'Kayıt bulunamadı' penceresi çıksın; Tamam'a basınca pencereyle birlikte sayfa da kapansın.",
  ["Hata penceresi kapaninca bulundugum sayfadan da nasil cikarim?",
   "Dialog'u await et, kapandıktan sonra Navigator.pop ile detay sayfasını da kapat"],
  ["showDialog | showAdaptiveDialog", "await", "Navigator.pop | context.pop"], r"""
class RecordDetailPage extends StatefulWidget {
  const RecordDetailPage({super.key, required this.id, required this.load});
  final String id;
  final Future<String?> Function(String id) load;

  @override
  State<RecordDetailPage> createState() => _RecordDetailPageState();
}

class _RecordDetailPageState extends State<RecordDetailPage> {
  String? _record;

  @override
  void initState() {
    super.initState();
    _fetch();
  }

  Future<void> _fetch() async {
    final record = await widget.load(widget.id);
    if (!mounted) return;
    if (record != null) {
      setState(() => _record = record);
      return;
    }
    await showDialog<void>(
      context: context,
      barrierDismissible: false,
      builder: (dialogContext) => AlertDialog(
        title: const Text('Kayıt bulunamadı'),
        content: const Text('Aradığınız kayıt silinmiş olabilir.'),
        actions: [TextButton(onPressed: () => Navigator.pop(dialogContext), child: const Text('Tamam'))],
      ),
    );
    // Pencere kapandı; şimdi sayfanın context'iyle sayfayı kapat
    if (mounted) Navigator.pop(context);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Detay')),
      body: Center(child: _record == null ? const CircularProgressIndicator() : Text(_record!)),
    );
  }
}
""", api_free=True)

R(4042, "lists", "orta", "code",
  "Masaüstünde liste satırları arasında yukarı/aşağı ok tuşlarıyla gezilebilsin, odaktaki satır renkli görünsün, Enter ile açılsın.",
  ["Klavye ok tuslariyla liste satirlari arasinda nasil gezinirim?",
   "ListTile'lara focusColor ver, ok tuşlarını DirectionalFocusIntent'e bağlayıp Enter ile satırı aç"],
  ["DirectionalFocusIntent", "focusColor", "onTap"], r"""
class KeyboardNavList extends StatelessWidget {
  const KeyboardNavList({super.key, required this.items, required this.onOpen});
  final List<String> items;
  final ValueChanged<String> onOpen;

  @override
  Widget build(BuildContext context) {
    // Masaüstünde oklar zaten odak taşır; web'de oklar sayfayı kaydırdığı için açıkça bağlıyoruz
    return Shortcuts(
      shortcuts: const {
        SingleActivator(LogicalKeyboardKey.arrowDown): DirectionalFocusIntent(TraversalDirection.down),
        SingleActivator(LogicalKeyboardKey.arrowUp): DirectionalFocusIntent(TraversalDirection.up),
      },
      child: ListView.builder(
        itemCount: items.length,
        itemBuilder: (context, i) => ListTile(
          autofocus: i == 0, // ilk satır odaklı başlasın
          focusColor: Colors.blue.shade100, // odaktaki satırın arka planı
          title: Text(items[i]),
          onTap: () => onOpen(items[i]), // Enter / Space odaktaki satırda onTap'i çalıştırır
        ),
      ),
    );
  }
}
""", api_free=True)

R(4043, "lists", "orta", "concept",
  "iOS'ta durum çubuğuna dokununca liste neden en başa kaymıyor?",
  ["iphone'da saatin oldugu ust cubuga basinca liste basa donmuyor, neden?",
   "Durum çubuğuna dokununca listenin başa dönmesini sağla ve neden çalışmadığını açıkla"],
  ["PrimaryScrollController"], r"""
// iOS'ta durum çubuğuna dokunulunca Scaffold, KENDİ üstündeki PrimaryScrollController'a bağlı
// kaydırma alanını başa kaydırır. ListView'a kendi controller'ını verirsen liste artık
// primary değildir ve bu dokunuş ona ulaşmaz; iç içe Scaffold'larda da en dıştaki Scaffold dinler.
// Çözüm: controller vermeden primary listeyi kullan ya da kendi controller'ını
// Scaffold'un ÜSTÜNE bir PrimaryScrollController ile koyup listeye controller verme.
class FeedPage extends StatefulWidget {
  const FeedPage({super.key});

  @override
  State<FeedPage> createState() => _FeedPageState();
}

class _FeedPageState extends State<FeedPage> {
  final _controller = ScrollController(); // başka işler için de kullanılabilir

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return PrimaryScrollController(
      controller: _controller, // Scaffold bunu bulur
      child: Scaffold(
        appBar: AppBar(title: const Text('Akış')),
        body: ListView.builder(
          // controller verilmedi: primary olarak _controller kullanılır
          itemCount: 200,
          itemBuilder: (context, i) => ListTile(title: Text('Gönderi $i')),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4044, "lists", "zor", "code",
  "Ajanda listesi bugünden başlasın; aşağı kaydırınca sonraki günler, yukarı kaydırınca geçmiş günler sınırsız gelsin.",
  ["Iki yone de sonsuz kayan, bugunden baslayan bir liste nasil yapilir?",
   "CustomScrollView'ın center parametresiyle bugünü ortaya al, geçmiş ve gelecek günleri iki SliverList ile göster"],
  ["CustomScrollView", "center"], r"""
class EndlessAgenda extends StatelessWidget {
  const EndlessAgenda({super.key});

  static const _todayKey = ValueKey('today');

  String _label(DateTime d) => '${d.day.toString().padLeft(2, '0')}.${d.month.toString().padLeft(2, '0')}.${d.year}';

  @override
  Widget build(BuildContext context) {
    final now = DateTime.now();
    // DateTime(y, m, d ± i) ay ve yıl geçişlerini kendisi düzeltir
    DateTime day(int offset) => DateTime(now.year, now.month, now.day + offset);
    return CustomScrollView(
      center: _todayKey, // kaydırma başlangıcı bu sliver'ın başı olur
      slivers: [
        // center'dan önceki sliver yukarı doğru uzar: i = 0 dün, 1 evvelsi gün...
        SliverList.builder(
          itemBuilder: (context, i) => ListTile(
            title: Text(_label(day(-(i + 1)))),
            textColor: Colors.grey,
          ),
        ),
        SliverList.builder(
          key: _todayKey,
          itemBuilder: (context, i) => ListTile(
            title: Text(_label(day(i))),
            subtitle: i == 0 ? const Text('Bugün') : null,
          ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4045, "lists", "kolay", "code",
  "Her kategoride sadece ilk 3 ürün görünsün; 'Tümünü gör' yazısına basınca o kategorinin bütün ürünleri açılsın.",
  ["Gruplu listede her grubun ilk birkac elemanini gosterip tumunu gor nasil yapilir?",
   "Kategori başına 3 ürün göster, 'Tümünü gör (12)' butonuyla o grubu genişlet ve tekrar daralt"],
  ["take", "setState"], r"""
class CategoryPreviewList extends StatefulWidget {
  const CategoryPreviewList({super.key, required this.catalog});
  final Map<String, List<String>> catalog;

  @override
  State<CategoryPreviewList> createState() => _CategoryPreviewListState();
}

class _CategoryPreviewListState extends State<CategoryPreviewList> {
  static const _preview = 3;
  final _expanded = <String>{};

  void _toggle(String category) =>
      setState(() => _expanded.contains(category) ? _expanded.remove(category) : _expanded.add(category));

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        for (final entry in widget.catalog.entries) ...[
          ListTile(title: Text(entry.key, style: const TextStyle(fontWeight: FontWeight.bold))),
          for (final p in _expanded.contains(entry.key) ? entry.value : entry.value.take(_preview))
            ListTile(dense: true, title: Text(p)),
          if (entry.value.length > _preview)
            Align(
              alignment: Alignment.centerLeft,
              child: TextButton(
                onPressed: () => _toggle(entry.key),
                child: Text(_expanded.contains(entry.key) ? 'Daha az göster' : 'Tümünü gör (${entry.value.length})'),
              ),
            ),
        ],
      ],
    );
  }
}
""", api_free=True)

R(4046, "lists", "orta", "code",
  "Günlük ajanda ekranında sağa sola kaydırınca önceki ve sonraki güne geçilsin, bu sınırsız devam etsin; üstte hangi gün olduğu yazsın.",
  ["Sayfa sayfa kaydirilan ve sonsuz devam eden gun gorunumu nasil yapilir?",
   "itemCount vermeden PageView.builder kullan, sayfa numarasından günü hesapla ve 'Bugün' butonu ekle"],
  ["PageView.builder", "PageController"], r"""
class DayPager extends StatefulWidget {
  const DayPager({super.key, required this.buildDay});
  final Widget Function(DateTime day) buildDay;

  @override
  State<DayPager> createState() => _DayPagerState();
}

class _DayPagerState extends State<DayPager> {
  static const _origin = 10000; // ortadan başla ki geriye de kaydırılabilsin
  final _controller = PageController(initialPage: _origin);
  final _today = DateTime.now();
  int _page = _origin;

  DateTime _dayFor(int page) => DateTime(_today.year, _today.month, _today.day + page - _origin);

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final day = _dayFor(_page);
    return Scaffold(
      appBar: AppBar(
        title: Text(_page == _origin ? 'Bugün' : '${day.day}.${day.month}.${day.year}'),
        actions: [
          TextButton(onPressed: () => _controller.jumpToPage(_origin), child: const Text('Bugün')),
        ],
      ),
      // itemCount yok: ileriye doğru sınırsız
      body: PageView.builder(
        controller: _controller,
        onPageChanged: (p) => setState(() => _page = p),
        itemBuilder: (context, page) => widget.buildDay(_dayFor(page)),
      ),
    );
  }
}
""", api_free=True)

R(4047, "lists", "zor", "code",
  "Geniş tabloda ilk sütun (isimler) yerinde sabit kalsın, diğer sütunlar yatay kaydırılabilsin; satırlar birlikte dikey kaysın.",
  ["Tabloda ilk sutunu sabitleyip kalan sutunlari yatay kaydirmayi nasil yaparim?",
   "Dikey kaydırma içinde sabit bir isim sütunu ve yanında yatay kaydırılan veri sütunları yap"],
  ["SingleChildScrollView", "Axis.horizontal"], r"""
class FrozenFirstColumnTable extends StatelessWidget {
  const FrozenFirstColumnTable({super.key, required this.names, required this.columns, required this.values});
  final List<String> names; // satır başlıkları (sabit sütun)
  final List<String> columns; // kaydırılan sütun başlıkları
  final List<List<String>> values; // values[satır][sütun]

  static const _rowHeight = 48.0;

  Widget _cell(String text, {double width = 100, bool bold = false}) => Container(
        width: width,
        height: _rowHeight,
        alignment: Alignment.centerLeft,
        padding: const EdgeInsets.symmetric(horizontal: 8),
        decoration: BoxDecoration(border: Border(bottom: BorderSide(color: Colors.grey.shade300))),
        child: Text(text, style: TextStyle(fontWeight: bold ? FontWeight.bold : FontWeight.normal)),
      );

  @override
  Widget build(BuildContext context) {
    // Tek dikey kaydırma: iki taraf aynı anda aşağı kayar
    return SingleChildScrollView(
      child: Row(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Column(children: [_cell('İsim', width: 120, bold: true), for (final n in names) _cell(n, width: 120)]),
          Expanded(
            child: SingleChildScrollView(
              scrollDirection: Axis.horizontal, // sadece bu kısım yana kayar
              child: Column(
                children: [
                  Row(children: [for (final c in columns) _cell(c, bold: true)]),
                  for (final row in values) Row(children: [for (final v in row) _cell(v)]),
                ],
              ),
            ),
          ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4048, "lists", "orta", "code",
  "İki sütunlu ürün ızgarasında ürün sayısı tekse son ürün tek başına kalmasın, tam genişlikte görünsün.",
  ["Grid'de son satirda tek kalan eleman tam genislik olsun, nasil yaparim?",
   "Çift sayıdaki ürünleri SliverGrid ile, tek kalan son ürünü altta tam genişlikte SliverToBoxAdapter ile göster"],
  ["SliverGrid", "SliverToBoxAdapter", "isOdd | % 2"], r"""
class ProductGridWideLast extends StatelessWidget {
  const ProductGridWideLast({super.key, required this.products});
  final List<String> products;

  Widget _card(String name) => Card(child: Center(child: Text(name)));

  @override
  Widget build(BuildContext context) {
    final hasOdd = products.length.isOdd;
    final gridCount = hasOdd ? products.length - 1 : products.length;
    return CustomScrollView(
      slivers: [
        SliverPadding(
          padding: const EdgeInsets.all(8),
          sliver: SliverGrid.builder(
            gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
              crossAxisCount: 2,
              mainAxisSpacing: 8,
              crossAxisSpacing: 8,
              childAspectRatio: 0.9,
            ),
            itemCount: gridCount,
            itemBuilder: (context, i) => _card(products[i]),
          ),
        ),
        if (hasOdd)
          SliverPadding(
            padding: const EdgeInsets.fromLTRB(8, 0, 8, 8),
            sliver: SliverToBoxAdapter(child: SizedBox(height: 160, child: _card(products.last))),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4049, "lists", "zor", "code",
  "Uygulama ikonları ızgarasında bir ikona uzun basınca tüm ikonlar hafifçe sallansın ve köşelerinde silme çarpısı çıksın; 'Bitti' ile normale dönsün.",
  ["iPhone ana ekrani gibi uzun basinca sallanan duzenleme modu nasil yapilir?",
   "Uzun basınca AnimationController'ı repeat ile başlat, ikonları Transform.rotate ile salla ve silme butonu göster"],
  ["AnimationController", "Transform.rotate", "onLongPress"], r"""
class WiggleEditGrid extends StatefulWidget {
  const WiggleEditGrid({super.key, required this.apps});
  final List<String> apps;

  @override
  State<WiggleEditGrid> createState() => _WiggleEditGridState();
}

class _WiggleEditGridState extends State<WiggleEditGrid> with SingleTickerProviderStateMixin {
  late final AnimationController _wiggle =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 150));
  late final List<String> _apps = [...widget.apps];
  bool _editing = false;

  void _setEditing(bool value) {
    setState(() => _editing = value);
    if (value) {
      _wiggle.repeat(reverse: true);
    } else {
      _wiggle.stop();
    }
  }

  @override
  void dispose() {
    _wiggle.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(actions: [
        if (_editing) TextButton(onPressed: () => _setEditing(false), child: const Text('Bitti')),
      ]),
      body: GridView.count(
        crossAxisCount: 4,
        padding: const EdgeInsets.all(16),
        children: [
          for (final app in _apps)
            GestureDetector(
              key: ValueKey(app),
              onLongPress: () => _setEditing(true),
              child: AnimatedBuilder(
                animation: _wiggle,
                builder: (context, child) => Transform.rotate(
                  angle: _editing ? (_wiggle.value - 0.5) * 0.08 : 0, // yaklaşık ±2 derece
                  child: child,
                ),
                child: Stack(
                  clipBehavior: Clip.none,
                  children: [
                    Column(children: [const Icon(Icons.apps, size: 40), Text(app, overflow: TextOverflow.ellipsis)]),
                    if (_editing)
                      Positioned(
                        top: -6,
                        left: -6,
                        child: GestureDetector(
                          onTap: () => setState(() => _apps.remove(app)),
                          child: const CircleAvatar(radius: 10, backgroundColor: Colors.grey, child: Icon(Icons.close, size: 12, color: Colors.white)),
                        ),
                      ),
                  ],
                ),
              ),
            ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4035, "forms", "kolay", "code",
  "Market uygulamasında arama kutusundaki örnek yazı birkaç saniyede bir değişsin: 'Elma ara', 'Süt ara', 'Ekmek ara'.",
  ["Arama kutusunun ipucu yazisini belli araliklarla nasil degistiririm?",
   "Timer.periodic ile TextField'ın hintText'ini 3 saniyede bir sıradaki örnekle değiştir"],
  ["Timer.periodic", "hintText"], r"""
class RotatingHintSearch extends StatefulWidget {
  const RotatingHintSearch({super.key, required this.onChanged});
  final ValueChanged<String> onChanged;

  @override
  State<RotatingHintSearch> createState() => _RotatingHintSearchState();
}

class _RotatingHintSearchState extends State<RotatingHintSearch> {
  static const _hints = ['Elma ara', 'Süt ara', 'Ekmek ara', 'Peynir ara'];
  int _index = 0;
  Timer? _timer;

  @override
  void initState() {
    super.initState();
    _timer = Timer.periodic(const Duration(seconds: 3), (_) {
      setState(() => _index = (_index + 1) % _hints.length);
    });
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    // İpucu sadece alan boşken görünür; kullanıcı yazınca değişim fark edilmez
    return TextField(
      onChanged: widget.onChanged,
      decoration: InputDecoration(
        prefixIcon: const Icon(Icons.search),
        hintText: _hints[_index],
        border: const OutlineInputBorder(),
      ),
    );
  }
}
""", api_free=True)

R(4036, "forms", "kolay", "code",
  "Yorum alanında uygunsuz kelimeler geçiyorsa gönderilmesin, alanın altında hangi kelimenin sorunlu olduğu yazsın.",
  ["Yasakli kelime iceren yorumu reddeden validator nasil yazilir?",
   "Metni kelimelere ayırıp yasaklı listede olanları bulan ve hata mesajında gösteren bir validator yaz"],
  ["validator", "split"], r"""
// Dart'ın toLowerCase'i 'İ' harfini doğru çevirmez; önce elle düzelt
String _trLower(String s) => s.replaceAll('İ', 'i').replaceAll('I', 'ı').toLowerCase();

const _bannedWords = {'aptal', 'salak', 'gerizekalı'};

String? commentValidator(String? value) {
  final text = (value ?? '').trim();
  if (text.isEmpty) return 'Yorum boş olamaz';
  final words = _trLower(text).split(RegExp(r'[^a-zçğıöşü0-9]+'));
  final found = {for (final w in words) if (_bannedWords.contains(w)) w};
  if (found.isNotEmpty) return 'Uygunsuz kelime: ${found.join(', ')}';
  return null;
}

class CommentField extends StatelessWidget {
  const CommentField({super.key, required this.controller});
  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: controller,
      maxLines: 4,
      decoration: const InputDecoration(labelText: 'Yorumunuz', border: OutlineInputBorder()),
      validator: commentValidator,
    );
  }
}
""", api_free=True)

R(4037, "forms", "orta", "code",
  "Ödeme yöntemleri büyük kartlar halinde alt alta dizilsin; seçilen kartın çerçevesi renkli olsun ve köşesinde tik görünsün.",
  ["Radio yerine kart seklinde tekli secim nasil yapilir?",
   "Kredi kartı, havale ve kapıda ödeme için dokununca seçilen, çerçevesi vurgulanan seçim kartları yap"],
  ["GestureDetector | InkWell", "Border.all | BorderSide"], r"""
enum PaymentMethod { card, transfer, cashOnDelivery }

class PaymentMethodPicker extends StatefulWidget {
  const PaymentMethodPicker({super.key, required this.onChanged});
  final ValueChanged<PaymentMethod> onChanged;

  @override
  State<PaymentMethodPicker> createState() => _PaymentMethodPickerState();
}

class _PaymentMethodPickerState extends State<PaymentMethodPicker> {
  PaymentMethod? _selected;

  static const _info = {
    PaymentMethod.card: (Icons.credit_card, 'Kredi / banka kartı'),
    PaymentMethod.transfer: (Icons.account_balance, 'Havale / EFT'),
    PaymentMethod.cashOnDelivery: (Icons.local_shipping, 'Kapıda ödeme'),
  };

  @override
  Widget build(BuildContext context) {
    final primary = Theme.of(context).colorScheme.primary;
    return Column(
      children: [
        for (final method in PaymentMethod.values)
          InkWell(
            borderRadius: BorderRadius.circular(12),
            onTap: () {
              setState(() => _selected = method);
              widget.onChanged(method);
            },
            child: AnimatedContainer(
              duration: const Duration(milliseconds: 200),
              margin: const EdgeInsets.symmetric(vertical: 6),
              padding: const EdgeInsets.all(16),
              decoration: BoxDecoration(
                borderRadius: BorderRadius.circular(12),
                border: Border.all(
                  color: _selected == method ? primary : Colors.grey.shade300,
                  width: _selected == method ? 2 : 1,
                ),
              ),
              child: Row(
                children: [
                  Icon(_info[method]!.$1),
                  const SizedBox(width: 12),
                  Expanded(child: Text(_info[method]!.$2)),
                  if (_selected == method) Icon(Icons.check_circle, color: primary),
                ],
              ),
            ),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4038, "forms", "orta", "code",
  "Profil formunun üstünde doldurulan alan sayısına göre ilerleyen bir tamamlanma çubuğu ve 'Profil %60 tamamlandı' yazısı olsun.",
  ["Formdaki dolu alan oranini ilerleme cubugunda nasil gosteririm?",
   "Controller'ları dinleyip dolu alan sayısını hesapla, LinearProgressIndicator ile yüzdeyi göster"],
  ["LinearProgressIndicator", "addListener | onChanged | Listenable.merge"], r"""
class ProfileCompletionForm extends StatefulWidget {
  const ProfileCompletionForm({super.key});

  @override
  State<ProfileCompletionForm> createState() => _ProfileCompletionFormState();
}

class _ProfileCompletionFormState extends State<ProfileCompletionForm> {
  static const _labels = ['Ad soyad', 'Telefon', 'Şehir', 'Meslek', 'Hakkımda'];
  late final Map<String, TextEditingController> _fields = {
    for (final label in _labels) label: TextEditingController(),
  };

  @override
  void initState() {
    super.initState();
    for (final c in _fields.values) {
      c.addListener(() => setState(() {})); // her değişiklikte oranı yeniden hesapla
    }
  }

  @override
  void dispose() {
    for (final c in _fields.values) {
      c.dispose();
    }
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final filled = _fields.values.where((c) => c.text.trim().isNotEmpty).length;
    final ratio = filled / _fields.length;
    return ListView(
      padding: const EdgeInsets.all(16),
      children: [
        Text('Profil %${(ratio * 100).round()} tamamlandı'),
        const SizedBox(height: 8),
        LinearProgressIndicator(value: ratio, minHeight: 8, borderRadius: BorderRadius.circular(4)),
        const SizedBox(height: 16),
        for (final entry in _fields.entries)
          Padding(
            padding: const EdgeInsets.only(bottom: 12),
            child: TextField(controller: entry.value, decoration: InputDecoration(labelText: entry.key)),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4039, "forms", "kolay", "code",
  "Adres formunda posta kodu girilince ilk iki haneye göre il alanı kendiliğinden dolsun (34xxx → İstanbul).",
  ["Posta kodundan ili otomatik doldurmayi nasil yaparim?",
   "Posta kodu alanının onChanged'inde ilk iki haneyi plaka koduna çevirip il controller'ına yaz"],
  ["onChanged | addListener", "substring"], r"""
// Türkiye'de posta kodunun ilk iki hanesi ilin plaka kodudur.
const _provinceByPlate = {1: 'Adana', 6: 'Ankara', 7: 'Antalya', 16: 'Bursa', 34: 'İstanbul', 35: 'İzmir', 42: 'Konya'};
// Gerçek uygulamada 81 ilin tamamı

class PostalAddressForm extends StatefulWidget {
  const PostalAddressForm({super.key});

  @override
  State<PostalAddressForm> createState() => _PostalAddressFormState();
}

class _PostalAddressFormState extends State<PostalAddressForm> {
  final _postal = TextEditingController();
  final _province = TextEditingController();

  void _onPostalChanged(String value) {
    if (value.length < 2) return;
    final province = _provinceByPlate[int.tryParse(value.substring(0, 2))];
    if (province != null && _province.text != province) _province.text = province;
  }

  @override
  void dispose() {
    _postal.dispose();
    _province.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(
          controller: _postal,
          keyboardType: TextInputType.number,
          maxLength: 5,
          inputFormatters: [FilteringTextInputFormatter.digitsOnly],
          decoration: const InputDecoration(labelText: 'Posta kodu', counterText: ''),
          onChanged: _onPostalChanged,
        ),
        TextField(controller: _province, decoration: const InputDecoration(labelText: 'İl')),
      ],
    );
  }
}
""", api_free=True)

R(4040, "forms", "kolay", "concept",
  "TextField'daki textInputAction ile keyboardType arasındaki fark nedir?",
  ["textinputaction ve keyboardtype ayni sey mi, hangisi ne ise yarar?",
   "Klavye türü ile klavyedeki eylem tuşunu ayarlayan iki parametrenin farkını örnekle açıkla"],
  ["textInputAction", "keyboardType"], r"""
// keyboardType: klavyenin TÜRÜNÜ seçer: harf, sayı, @ tuşlu e-posta, telefon, URL, çok satırlı...
// textInputAction: klavyenin sağ alttaki EYLEM tuşunu seçer: İleri (next), Bitti (done),
//   Ara (search), Gönder (send). Bu tuşa basılınca onSubmitted / onFieldSubmitted çağrılır.
// İkisi bağımsızdır ve birlikte kullanılır. Not: keyboardType: TextInputType.multiline olan
// alanda eylem tuşu varsayılan olarak yeni satırdır.
class ContactFields extends StatelessWidget {
  const ContactFields({super.key, required this.onSubmit});
  final VoidCallback onSubmit;

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        const TextField(
          keyboardType: TextInputType.emailAddress, // @ tuşlu klavye
          textInputAction: TextInputAction.next, // 'İleri' tuşu: sonraki alana geçer
          decoration: InputDecoration(labelText: 'E-posta'),
        ),
        TextField(
          keyboardType: TextInputType.phone, // rakam klavyesi
          textInputAction: TextInputAction.done, // 'Bitti' tuşu
          onSubmitted: (_) => onSubmit(),
          decoration: const InputDecoration(labelText: 'Telefon'),
        ),
      ],
    );
  }
}
""")

R(4041, "forms", "orta", "concept",
  "Validator fonksiyonunun içinde neden setState çağırmamalıyım?",
  ["validator icinde setState cagirinca neden hata aliyorum?",
   "Doğrulama sonucunu ekranda başka yerde göstermek için setState'i doğru yerde kullanmayı açıkla"],
  ["validator", "validate", "setState"], r"""
// validator, Form.validate() çağrılınca ve autovalidateMode açıksa alan her BUILD edildiğinde çalışır.
// İçinde setState çağırmak build sırasında yeniden build istemek demektir:
// 'setState() or markNeedsBuild() called during build' hatası ya da sonsuz döngü oluşur.
// validator saf bir fonksiyon olmalı: sadece hata metni (ya da null) döndürür.
// Sonuca başka yerde ihtiyaç varsa validate()'in dönüşünü butonda alıp setState'i orada çağır.
class CouponForm extends StatefulWidget {
  const CouponForm({super.key});

  @override
  State<CouponForm> createState() => _CouponFormState();
}

class _CouponFormState extends State<CouponForm> {
  final _formKey = GlobalKey<FormState>();
  bool _failed = false;

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      autovalidateMode: AutovalidateMode.onUserInteraction,
      child: Column(
        children: [
          TextFormField(
            decoration: const InputDecoration(labelText: 'Kupon kodu'),
            validator: (v) => (v ?? '').trim().length == 8 ? null : 'Kupon 8 karakter olmalı', // setState yok
          ),
          FilledButton(
            onPressed: () {
              final ok = _formKey.currentState!.validate();
              setState(() => _failed = !ok); // build dışında, güvenli
            },
            child: const Text('Uygula'),
          ),
          if (_failed) const Text('Kupon uygulanamadı', style: TextStyle(color: Colors.red)),
        ],
      ),
    );
  }
}
""")

R(4036, "dialogs", "kolay", "code",
  "Sayfanın üstünde çıkan bilgilendirme bandı kullanıcı kapatmazsa 5 saniye sonra kendiliğinden kaybolsun.",
  ["MaterialBanner'i belli bir sure sonra otomatik nasil kapatirim?",
   "Üstteki bilgi bandını göster, kapat butonu olsun ve 5 saniye sonra kendiliğinden gizle"],
  ["showMaterialBanner", "MaterialBanner", "Timer | Future.delayed"], r"""
void showTimedBanner(BuildContext context, String message) {
  final messenger = ScaffoldMessenger.of(context);
  final controller = messenger.showMaterialBanner(
    MaterialBanner(
      leading: const Icon(Icons.info_outline),
      content: Text(message),
      actions: [TextButton(onPressed: messenger.hideCurrentMaterialBanner, child: const Text('Kapat'))],
    ),
  );
  var closed = false;
  controller.closed.then((_) => closed = true);
  // Kullanıcı kapatmadıysa 5 saniye sonra kapat
  Timer(const Duration(seconds: 5), () {
    if (!closed) controller.close();
  });
}
""", api_free=True)

R(4037, "dialogs", "kolay", "code",
  "Silme onay penceresinde silinecek fotoğrafın küçük bir önizlemesi ve 'Bu işlem geri alınamaz' uyarısı görünsün.",
  ["Onay dialog'unun icine resim onizlemesi nasil koyarim?",
   "AlertDialog içeriğine silinecek fotoğrafın küçük resmini ekle, sonucu bool döndür"],
  ["showDialog | showAdaptiveDialog", "Image.network | Image.file | Image"], r"""
Future<bool> confirmPhotoDelete(BuildContext context, String imageUrl) async {
  final ok = await showDialog<bool>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Fotoğraf silinsin mi?'),
      content: Column(
        mainAxisSize: MainAxisSize.min, // pencere içerik kadar yükseklikte kalsın
        children: [
          ClipRRect(
            borderRadius: BorderRadius.circular(8),
            child: Image.network(imageUrl, width: 120, height: 120, fit: BoxFit.cover),
          ),
          const SizedBox(height: 12),
          const Text('Bu işlem geri alınamaz.'),
        ],
      ),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
        TextButton(
          onPressed: () => Navigator.pop(context, true),
          style: TextButton.styleFrom(foregroundColor: Colors.red),
          child: const Text('Sil'),
        ),
      ],
    ),
  );
  return ok ?? false;
}
""", api_free=True)

R(4038, "dialogs", "kolay", "code",
  "Makalenin sonunda altta 'Bu yazı faydalı oldu mu?' mesajı başparmak yukarı ve aşağı butonlarıyla çıksın; seçince teşekkür mesajı gelsin.",
  ["SnackBar icine iki ikon butonu koyup kullanicidan hizli cevap almayi nasil yaparim?",
   "SnackBar içeriğine beğen/beğenme butonları ekle, basılınca mesajı kapatıp teşekkür et"],
  ["SnackBar", "showSnackBar", "IconButton"], r"""
void askIfHelpful(BuildContext context, ValueChanged<bool> onAnswer) {
  final messenger = ScaffoldMessenger.of(context);

  void answer(bool helpful) {
    messenger.hideCurrentSnackBar();
    onAnswer(helpful);
    messenger.showSnackBar(const SnackBar(content: Text('Geri bildiriminiz için teşekkürler')));
  }

  messenger.showSnackBar(
    SnackBar(
      duration: const Duration(seconds: 8),
      content: Row(
        children: [
          const Expanded(child: Text('Bu yazı faydalı oldu mu?')),
          IconButton(
            icon: const Icon(Icons.thumb_up_outlined, color: Colors.white),
            onPressed: () => answer(true),
          ),
          IconButton(
            icon: const Icon(Icons.thumb_down_outlined, color: Colors.white),
            onPressed: () => answer(false),
          ),
        ],
      ),
    ),
  );
}
""", api_free=True)

R(4039, "dialogs", "orta", "code",
  "Masaüstünde açılan ayarlar penceresi başlık çubuğundan tutulup fareyle ekranda sürüklenerek taşınabilsin.",
  ["Dialog'u basligindan tutup surukleyerek tasimayi nasil yaparim?",
   "Pencere başlığına GestureDetector onPanUpdate koy, Transform.translate ile dialog'u kaydır"],
  ["onPanUpdate", "Transform.translate"], r"""
Future<void> showMovableSettings(BuildContext context) {
  return showDialog(context: context, builder: (context) => const _MovableDialog());
}

class _MovableDialog extends StatefulWidget {
  const _MovableDialog();

  @override
  State<_MovableDialog> createState() => _MovableDialogState();
}

class _MovableDialogState extends State<_MovableDialog> {
  Offset _offset = Offset.zero; // ortadan ne kadar kaydırıldı

  @override
  Widget build(BuildContext context) {
    return Transform.translate(
      offset: _offset,
      child: Dialog(
        clipBehavior: Clip.antiAlias,
        child: SizedBox(
          width: 380,
          child: Column(
            mainAxisSize: MainAxisSize.min,
            children: [
              MouseRegion(
                cursor: SystemMouseCursors.move,
                child: GestureDetector(
                  onPanUpdate: (d) => setState(() => _offset += d.delta),
                  child: Container(
                    color: Theme.of(context).colorScheme.primaryContainer,
                    padding: const EdgeInsets.only(left: 16),
                    child: Row(
                      children: [
                        const Expanded(child: Text('Ayarlar')),
                        IconButton(icon: const Icon(Icons.close), onPressed: () => Navigator.pop(context)),
                      ],
                    ),
                  ),
                ),
              ),
              const Padding(padding: EdgeInsets.all(24), child: Text('Pencere içeriği')),
            ],
          ),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4040, "dialogs", "orta", "code",
  "Dil seçme paneli açılınca uzun listede o an seçili dil görünür olacak şekilde liste kendiliğinden kaysın.",
  ["Bottom sheet acilinca listeyi secili elemana nasil kaydiririm?",
   "Alttan açılan panelde ScrollController'a initialScrollOffset vererek seçili satırı görünür başlat"],
  ["showModalBottomSheet", "initialScrollOffset | jumpTo | animateTo"], r"""
Future<String?> pickLanguage(BuildContext context, List<String> languages, String current) {
  return showModalBottomSheet<String>(
    context: context,
    builder: (context) => _LanguageSheet(languages: languages, current: current),
  );
}

class _LanguageSheet extends StatefulWidget {
  const _LanguageSheet({required this.languages, required this.current});
  final List<String> languages;
  final String current;

  @override
  State<_LanguageSheet> createState() => _LanguageSheetState();
}

class _LanguageSheetState extends State<_LanguageSheet> {
  static const _rowHeight = 56.0;
  // Seçili satır üstten 2 satır aşağıda görünsün; fazlası liste sonuna göre kırpılır
  late final _controller = ScrollController(
    initialScrollOffset: ((widget.languages.indexOf(widget.current) - 2) * _rowHeight).clamp(0.0, double.infinity),
  );

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      controller: _controller,
      itemExtent: _rowHeight, // sabit yükseklik: konum hesaplanabilir
      itemCount: widget.languages.length,
      itemBuilder: (context, i) {
        final lang = widget.languages[i];
        return ListTile(
          title: Text(lang),
          selected: lang == widget.current,
          trailing: lang == widget.current ? const Icon(Icons.check) : null,
          onTap: () => Navigator.pop(context, lang),
        );
      },
    );
  }
}
""", api_free=True)

R(4041, "dialogs", "orta", "concept",
  "ScaffoldMessenger'daki hideCurrentSnackBar, removeCurrentSnackBar ve clearSnackBars arasındaki fark nedir?",
  ["snackbar kapatmak icin hide mi remove mu kullanmaliyim?",
   "SnackBar'ı kapatan üç yöntemin farkını açıkla ve hangisinin ne zaman kullanılacağını göster"],
  ["hideCurrentSnackBar", "removeCurrentSnackBar", "clearSnackBars"], r"""
// hideCurrentSnackBar: görünen SnackBar'ı çıkış animasyonuyla (aşağı kayarak) kapatır;
//   closed future'ı SnackBarClosedReason.hide ile tamamlanır, kuyruktaki sonraki mesaj ardından gelir.
// removeCurrentSnackBar: animasyon OLMADAN anında kaldırır (reason: remove); yeni mesajı
//   beklemeden hemen göstermek istediğinde kullanılır.
// clearSnackBars: görüneni kapatır ve kuyrukta bekleyenlerin HEPSİNİ siler (ör. sayfa değişirken).
void replaceMessage(BuildContext context, String text) {
  final messenger = ScaffoldMessenger.of(context);
  messenger.removeCurrentSnackBar(); // eski mesaj beklemeden kaybolsun
  messenger.showSnackBar(SnackBar(content: Text(text)));
}

void closeGently(BuildContext context) => ScaffoldMessenger.of(context).hideCurrentSnackBar();

void dropAllMessages(BuildContext context) => ScaffoldMessenger.of(context).clearSnackBars();
""")

R(4042, "dialogs", "kolay", "concept",
  "Tooltip'teki triggerMode seçenekleri (longPress, tap, manual) arasındaki fark nedir?",
  ["tooltip triggermode tap ile longpress farki ne, hangisini secmeliyim?",
   "Tooltip'in açılma biçimlerini açıkla; bilgi ikonunda tek dokunuşla açılan örnek göster"],
  ["Tooltip", "triggerMode", "TooltipTriggerMode.tap"], r"""
// TooltipTriggerMode.longPress (mobilde varsayılan): uzun basınca açılır; butonun normal
//   dokunuşu (onPressed) bozulmaz.
// TooltipTriggerMode.tap: tek dokunuşla açılır. Tıklanınca iş yapan butonlarda dokunuş
//   çakışır; sadece bilgi vermek için konan ikonlarda kullanılır.
// TooltipTriggerMode.manual: kullanıcı hareketiyle açılmaz; TooltipState'e GlobalKey ile
//   erişilip kodla açılır.
// Masaüstü ve web'de fareyle üzerine gelince (hover) açılma triggerMode'dan bağımsızdır.
class TooltipModes extends StatelessWidget {
  const TooltipModes({super.key, required this.onDelete});
  final VoidCallback onDelete;

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        // Varsayılan: uzun bas -> ipucu, dokun -> sil
        Tooltip(
          message: 'Sil',
          child: IconButton(icon: const Icon(Icons.delete), onPressed: onDelete),
        ),
        // Sadece bilgi ikonu: tek dokunuşla aç
        const Tooltip(
          message: 'Fiyatlara KDV dahildir',
          triggerMode: TooltipTriggerMode.tap,
          child: Icon(Icons.info_outline),
        ),
      ],
    );
  }
}
""")

R(4043, "dialogs", "orta", "concept",
  "iOS tarzı alttan açılan seçim için showCupertinoModalPopup ile showModalBottomSheet'ten hangisini kullanmalıyım, farkları ne?",
  ["showcupertinomodalpopup ile material bottom sheet arasinda ne fark var?",
   "İki alttan açılma yöntemini karşılaştır ve platforma göre doğru olanı açan bir örnek yaz"],
  ["showCupertinoModalPopup", "showModalBottomSheet"], r"""
// showModalBottomSheet: Material alt panel. Kendi zemini (Material yüzeyi) vardır; aşağı
//   sürükleyerek kapanır (enableDrag), tutamaç (showDragHandle), isScrollControlled ile yükseklik
//   ayarı ve temadan şekil/renk alır.
// showCupertinoModalPopup: iOS tarzı. İçeriği alttan kaydırarak getirir ama zemin EKLEMEZ;
//   görünümü içine konan CupertinoActionSheet / CupertinoPicker verir. Sürükleyerek kapanmaz,
//   dışarı dokununca kapanır, arka planı iOS tarzı karartır.
Future<String?> pickPhotoSource(BuildContext context) {
  const options = ['Kamera', 'Galeri'];
  if (Theme.of(context).platform == TargetPlatform.iOS) {
    return showCupertinoModalPopup<String>(
      context: context,
      builder: (context) => CupertinoActionSheet(
        actions: [
          for (final o in options)
            CupertinoActionSheetAction(onPressed: () => Navigator.pop(context, o), child: Text(o)),
        ],
        cancelButton: CupertinoActionSheetAction(
          isDefaultAction: true,
          onPressed: () => Navigator.pop(context),
          child: const Text('Vazgeç'),
        ),
      ),
    );
  }
  return showModalBottomSheet<String>(
    context: context,
    showDragHandle: true,
    builder: (context) => Column(
      mainAxisSize: MainAxisSize.min,
      children: [for (final o in options) ListTile(title: Text(o), onTap: () => Navigator.pop(context, o))],
    ),
  );
}
""")

R(4042, "forms", "orta", "code",
  "Ürün sayfasında renk seçilince sadece o renkte stokta olan bedenler seçilebilsin, diğer bedenler pasif görünsün.",
  ["Renk secimine gore beden seceneklerini aktif pasif yapmayi nasil yaparim?",
   "Renk ChoiceChip'i seçilince stokta olmayan beden çiplerinin onSelected'ını null yap"],
  ["ChoiceChip", "onSelected"], r"""
class VariantPicker extends StatefulWidget {
  const VariantPicker({super.key, required this.stock});
  final Map<String, Set<String>> stock; // renk -> o renkte stokta olan bedenler

  @override
  State<VariantPicker> createState() => _VariantPickerState();
}

class _VariantPickerState extends State<VariantPicker> {
  static const _sizes = ['S', 'M', 'L', 'XL'];
  String? _color;
  String? _size;

  void _selectColor(String color) {
    setState(() {
      _color = color;
      // Seçili beden bu renkte yoksa seçimi kaldır
      if (!widget.stock[color]!.contains(_size)) _size = null;
    });
  }

  @override
  Widget build(BuildContext context) {
    final available = _color == null ? const <String>{} : widget.stock[_color]!;
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        const Text('Renk'),
        Wrap(spacing: 8, children: [
          for (final c in widget.stock.keys)
            ChoiceChip(label: Text(c), selected: _color == c, onSelected: (_) => _selectColor(c)),
        ]),
        const SizedBox(height: 12),
        const Text('Beden'),
        Wrap(spacing: 8, children: [
          for (final s in _sizes)
            ChoiceChip(
              label: Text(s),
              selected: _size == s,
              // Stokta yoksa null: çip soluk ve seçilemez
              onSelected: available.contains(s) ? (_) => setState(() => _size = s) : null,
            ),
        ]),
        const SizedBox(height: 16),
        FilledButton(
          onPressed: _color != null && _size != null ? () {} : null,
          child: const Text('Sepete ekle'),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4043, "forms", "orta", "code",
  "Telefon numarası geçerli girilince altında doğrulama kodu alanı belirsin, numara bozulunca kod alanı tekrar gizlensin.",
  ["Bir alan gecerli olunca altinda yeni alan acilmasini nasil yaparim?",
   "Telefon controller'ını dinle, numara geçerliyse AnimatedSize ile kod alanını göster"],
  ["addListener | onChanged | ValueListenableBuilder", "RegExp"], r"""
class PhoneVerifyForm extends StatefulWidget {
  const PhoneVerifyForm({super.key});

  @override
  State<PhoneVerifyForm> createState() => _PhoneVerifyFormState();
}

class _PhoneVerifyFormState extends State<PhoneVerifyForm> {
  final _phone = TextEditingController();
  final _code = TextEditingController();

  bool get _phoneValid => RegExp(r'^05\d{9}$').hasMatch(_phone.text.replaceAll(' ', ''));

  @override
  void initState() {
    super.initState();
    _phone.addListener(() {
      if (!_phoneValid) _code.clear(); // numara bozulunca eski kod kalmasın
      setState(() {});
    });
  }

  @override
  void dispose() {
    _phone.dispose();
    _code.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(
          controller: _phone,
          keyboardType: TextInputType.phone,
          decoration: InputDecoration(
            labelText: 'Cep telefonu',
            hintText: '05xx xxx xx xx',
            suffixIcon: _phoneValid ? const Icon(Icons.check_circle, color: Colors.green) : null,
          ),
        ),
        // Kod alanı yumuşakça açılıp kapanır
        AnimatedSize(
          duration: const Duration(milliseconds: 250),
          child: _phoneValid
              ? Padding(
                  padding: const EdgeInsets.only(top: 12),
                  child: TextField(
                    controller: _code,
                    keyboardType: TextInputType.number,
                    maxLength: 6,
                    decoration: const InputDecoration(labelText: 'Doğrulama kodu'),
                  ),
                )
              : const SizedBox(width: double.infinity),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4044, "forms", "orta", "code",
  "PIN ekranında sistem klavyesi açılmasın; ekranda 0-9 tuşları ve silme tuşu olan kendi tuş takımım olsun, girilen haneler nokta olarak görünsün.",
  ["Sistem klavyesi yerine ekranda kendi sayi tus takimimi nasil yaparim?",
   "TextField kullanmadan 4 haneli PIN için noktalı gösterge ve 3x4 tuş takımı yaz"],
  ["InkWell | GestureDetector | TextButton | IconButton", "substring"], r"""
class PinPad extends StatefulWidget {
  const PinPad({super.key, this.length = 4, required this.onCompleted});
  final int length;
  final ValueChanged<String> onCompleted;

  @override
  State<PinPad> createState() => _PinPadState();
}

class _PinPadState extends State<PinPad> {
  String _pin = '';

  void _tap(String digit) {
    if (_pin.length >= widget.length) return;
    setState(() => _pin += digit);
    if (_pin.length == widget.length) {
      widget.onCompleted(_pin);
      setState(() => _pin = ''); // sonraki deneme için temizle
    }
  }

  void _delete() {
    if (_pin.isNotEmpty) setState(() => _pin = _pin.substring(0, _pin.length - 1));
  }

  Widget _key(Widget child, VoidCallback onTap) => InkWell(
        customBorder: const CircleBorder(),
        onTap: onTap,
        child: SizedBox(width: 72, height: 72, child: Center(child: child)),
      );

  Widget _digit(String d) => _key(Text(d, style: const TextStyle(fontSize: 28)), () => _tap(d));

  @override
  Widget build(BuildContext context) {
    // TextField olmadığı için sistem klavyesi hiç açılmaz
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        Row(
          mainAxisAlignment: MainAxisAlignment.center,
          children: [
            for (var i = 0; i < widget.length; i++)
              Container(
                margin: const EdgeInsets.all(8),
                width: 16,
                height: 16,
                decoration: BoxDecoration(
                  shape: BoxShape.circle,
                  color: i < _pin.length ? Colors.black87 : Colors.transparent,
                  border: Border.all(color: Colors.black54),
                ),
              ),
          ],
        ),
        const SizedBox(height: 24),
        for (final row in const [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']])
          Row(mainAxisAlignment: MainAxisAlignment.center, children: [for (final d in row) _digit(d)]),
        Row(
          mainAxisAlignment: MainAxisAlignment.center,
          children: [
            const SizedBox(width: 72, height: 72),
            _digit('0'),
            _key(const Icon(Icons.backspace_outlined), _delete),
          ],
        ),
      ],
    );
  }
}
""", api_free=True)

R(4045, "forms", "orta", "code",
  "Şehir açılır listesinin seçenekleri sunucudan gelsin; yüklenirken liste pasif olsun ve yanında küçük bir gösterge dönsün.",
  ["Dropdown secenekleri API'den gelirken yukleniyor durumunu nasil gosteririm?",
   "FutureBuilder ile şehirleri yükle, yüklenene kadar DropdownButton'ı devre dışı bırak"],
  ["FutureBuilder", "DropdownButton | DropdownButtonFormField | DropdownMenu"], r"""
class RemoteCityDropdown extends StatefulWidget {
  const RemoteCityDropdown({super.key, required this.loadCities, required this.onChanged});
  final Future<List<String>> Function() loadCities;
  final ValueChanged<String?> onChanged;

  @override
  State<RemoteCityDropdown> createState() => _RemoteCityDropdownState();
}

class _RemoteCityDropdownState extends State<RemoteCityDropdown> {
  late final Future<List<String>> _cities = widget.loadCities(); // build'de değil, bir kez
  String? _city;

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<List<String>>(
      future: _cities,
      builder: (context, snapshot) {
        final loading = snapshot.connectionState != ConnectionState.done;
        if (snapshot.hasError) return const Text('Şehirler yüklenemedi');
        final cities = snapshot.data ?? const <String>[];
        return Row(
          children: [
            Expanded(
              child: DropdownButton<String>(
                isExpanded: true,
                value: _city,
                hint: Text(loading ? 'Yükleniyor...' : 'Şehir seçin'),
                items: [for (final c in cities) DropdownMenuItem(value: c, child: Text(c))],
                // onChanged null iken liste pasif görünür
                onChanged: loading
                    ? null
                    : (value) {
                        setState(() => _city = value);
                        widget.onChanged(value);
                      },
              ),
            ),
            if (loading)
              const Padding(
                padding: EdgeInsets.only(left: 8),
                child: SizedBox(width: 16, height: 16, child: CircularProgressIndicator(strokeWidth: 2)),
              ),
          ],
        );
      },
    );
  }
}
""", api_free=True)

R(4046, "forms", "orta", "code",
  "Kredi tutarı hem kaydırıcıyla hem de yazarak girilebilsin; biri değişince diğeri de güncellensin.",
  ["Slider ile TextField'i birbirine bagli calistirmayi nasil yaparim?",
   "Kaydırıcı değişince metin alanını, alana yazınca kaydırıcıyı güncelleyen bir tutar girişi yaz"],
  ["Slider", "TextEditingController", "onChanged"], r"""
class LoanAmountInput extends StatefulWidget {
  const LoanAmountInput({super.key});

  @override
  State<LoanAmountInput> createState() => _LoanAmountInputState();
}

class _LoanAmountInputState extends State<LoanAmountInput> {
  static const _min = 10000.0, _max = 500000.0;
  double _amount = 100000;
  late final _controller = TextEditingController(text: _amount.round().toString());

  void _fromSlider(double value) {
    setState(() => _amount = (value / 1000).round() * 1000.0); // 1000'er adım
    _controller.text = _amount.round().toString();
  }

  void _fromField(String text) {
    final value = double.tryParse(text);
    if (value != null) setState(() => _amount = value.clamp(_min, _max)); // slider sınır dışına çıkamaz
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(
          controller: _controller,
          keyboardType: TextInputType.number,
          inputFormatters: [FilteringTextInputFormatter.digitsOnly],
          decoration: const InputDecoration(labelText: 'Kredi tutarı', suffixText: '₺', helperText: '10.000 - 500.000 ₺'),
          onChanged: _fromField,
        ),
        Slider(value: _amount, min: _min, max: _max, onChanged: _fromSlider),
      ],
    );
  }
}
""", api_free=True)

R(4047, "forms", "kolay", "code",
  "Alerji sorusunda 'Hiçbiri' işaretlenince diğer seçenekler kalksın, başka bir seçenek işaretlenince de 'Hiçbiri' kalksın.",
  ["Coklu secimde digerlerini iptal eden 'Hicbiri' secenegi nasil yapilir?",
   "CheckboxListTile grubunda 'Hiçbiri' ile diğer seçenekleri birbirini dışlayacak şekilde yönet"],
  ["CheckboxListTile | Checkbox", "setState"], r"""
class AllergyQuestion extends StatefulWidget {
  const AllergyQuestion({super.key, required this.onChanged});
  final ValueChanged<Set<String>> onChanged;

  @override
  State<AllergyQuestion> createState() => _AllergyQuestionState();
}

class _AllergyQuestionState extends State<AllergyQuestion> {
  static const _none = 'Hiçbiri';
  static const _options = ['Fıstık', 'Süt', 'Gluten', 'Yumurta', _none];
  final _selected = <String>{};

  void _toggle(String option, bool checked) {
    setState(() {
      if (!checked) {
        _selected.remove(option);
      } else if (option == _none) {
        _selected
          ..clear()
          ..add(_none); // 'Hiçbiri' diğerlerini temizler
      } else {
        _selected
          ..remove(_none) // gerçek bir seçenek 'Hiçbiri'ni kaldırır
          ..add(option);
      }
    });
    widget.onChanged({..._selected});
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        for (final o in _options)
          CheckboxListTile(
            title: Text(o),
            value: _selected.contains(o),
            onChanged: (v) => _toggle(o, v ?? false),
          ),
      ],
    );
  }
}
""", api_free=True)

R(4048, "forms", "orta", "concept",
  "FilteringTextInputFormatter.allow ile deny arasındaki fark nedir?",
  ["filtering formatter'da allow mu deny mi kullanmaliyim?",
   "İzin verilen karakter listesi ile yasaklı karakter listesi yaklaşımının farkını örnekle açıkla"],
  ["FilteringTextInputFormatter.allow", "FilteringTextInputFormatter.deny"], r"""
// allow(desen): metinde desene UYAN parçalar kalır, geri kalan her şey atılır (beyaz liste).
//   İzin verilenler az ve belliyse kullanılır: sadece rakam, sadece harf.
// deny(desen): desene uyan parçalar atılır, geri kalan her şey serbesttir (kara liste).
//   Tek tük yasak varsa kullanılır: boşluk, emoji, belirli bir işaret.
// digitsOnly, allow(RegExp(r'[0-9]')) kısaltmasıdır. replacementString ile atılan parçanın
// yerine başka bir metin konabilir. Yazılan ve yapıştırılan metin aynı şekilde süzülür.
class FormatterExamples extends StatelessWidget {
  const FormatterExamples({super.key});

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        TextField(
          inputFormatters: [FilteringTextInputFormatter.allow(RegExp(r'[0-9]'))],
          decoration: const InputDecoration(labelText: 'Adet (sadece rakam)'),
        ),
        TextField(
          inputFormatters: [FilteringTextInputFormatter.deny(RegExp(r'\s'))],
          decoration: const InputDecoration(labelText: 'Kullanıcı adı (boşluk yazılamaz)'),
        ),
        TextField(
          inputFormatters: [FilteringTextInputFormatter.deny(RegExp(r','), replacementString: '.')],
          decoration: const InputDecoration(labelText: 'Ondalık (virgül noktaya çevrilir)'),
        ),
      ],
    );
  }
}
""")

R(4050, "lists", "kolay", "code",
  "Galeride bir kaydırıcıyla ızgaranın sütun sayısı 2 ile 5 arasında değiştirilebilsin.",
  ["Grid'in sutun sayisini kullanicinin ayarlamasini nasil saglarim?",
   "Slider değerini GridView'ın crossAxisCount'una bağla, 2-5 arası sütun seçilsin"],
  ["crossAxisCount", "Slider"], r"""
class AdjustableGallery extends StatefulWidget {
  const AdjustableGallery({super.key, required this.images});
  final List<String> images;

  @override
  State<AdjustableGallery> createState() => _AdjustableGalleryState();
}

class _AdjustableGalleryState extends State<AdjustableGallery> {
  double _columns = 3;

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Row(
          children: [
            const Padding(padding: EdgeInsets.only(left: 16), child: Icon(Icons.grid_view)),
            Expanded(
              child: Slider(
                value: _columns,
                min: 2,
                max: 5,
                divisions: 3,
                label: '${_columns.round()} sütun',
                onChanged: (v) => setState(() => _columns = v),
              ),
            ),
          ],
        ),
        Expanded(
          child: GridView.builder(
            gridDelegate: SliverGridDelegateWithFixedCrossAxisCount(
              crossAxisCount: _columns.round(),
              mainAxisSpacing: 2,
              crossAxisSpacing: 2,
            ),
            itemCount: widget.images.length,
            itemBuilder: (context, i) => Image.network(widget.images[i], fit: BoxFit.cover),
          ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4051, "lists", "orta", "code",
  "Sol listede işaretlenen elemanlar ok butonuna basınca sağdaki listeye aktarılsın, geri ok ile geri alınsın.",
  ["Iki liste arasinda secili elemanlari butonla aktarmayi nasil yaparim?",
   "Checkbox'lı iki liste ve ortada ileri/geri ok butonlarıyla bir aktarma (transfer) bileşeni yaz"],
  ["CheckboxListTile | Checkbox", "IconButton"], r"""
class TransferLists extends StatefulWidget {
  const TransferLists({super.key, required this.items});
  final List<String> items;

  @override
  State<TransferLists> createState() => _TransferListsState();
}

class _TransferListsState extends State<TransferLists> {
  late final List<String> _left = [...widget.items];
  final _right = <String>[];
  final _leftChecked = <String>{};
  final _rightChecked = <String>{};

  void _move(List<String> from, List<String> to, Set<String> checked) {
    setState(() {
      for (final item in checked) {
        from.remove(item);
        to.add(item);
      }
      checked.clear();
    });
  }

  Widget _panel(String title, List<String> items, Set<String> checked) => Expanded(
        child: Card(
          child: Column(
            children: [
              ListTile(title: Text('$title (${items.length})')),
              const Divider(height: 1),
              Expanded(
                child: ListView(
                  children: [
                    for (final item in items)
                      CheckboxListTile(
                        dense: true,
                        title: Text(item),
                        value: checked.contains(item),
                        onChanged: (v) => setState(() => v! ? checked.add(item) : checked.remove(item)),
                      ),
                  ],
                ),
              ),
            ],
          ),
        ),
      );

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        _panel('Tümü', _left, _leftChecked),
        Column(
          mainAxisAlignment: MainAxisAlignment.center,
          children: [
            IconButton(
              icon: const Icon(Icons.arrow_forward),
              onPressed: _leftChecked.isEmpty ? null : () => _move(_left, _right, _leftChecked),
            ),
            IconButton(
              icon: const Icon(Icons.arrow_back),
              onPressed: _rightChecked.isEmpty ? null : () => _move(_right, _left, _rightChecked),
            ),
          ],
        ),
        _panel('Seçilenler', _right, _rightChecked),
      ],
    );
  }
}
""", api_free=True)

R(4052, "lists", "orta", "code",
  "Alışveriş listesinde bir maddeye dokununca adı yerinde düzenlenebilsin, Enter'a basınca ya da dışarı dokununca kaydedilsin.",
  ["Liste satirini ayri sayfa acmadan yerinde nasil duzenlerim?",
   "Dokunulan satırı TextField'a çevir, onSubmitted ile yeni adı listeye kaydet"],
  ["TextField", "onSubmitted"], r"""
class EditableShoppingList extends StatefulWidget {
  const EditableShoppingList({super.key, required this.items});
  final List<String> items;

  @override
  State<EditableShoppingList> createState() => _EditableShoppingListState();
}

class _EditableShoppingListState extends State<EditableShoppingList> {
  late final List<String> _items = [...widget.items];
  final _controller = TextEditingController();
  int? _editing; // düzenlenen satırın index'i

  void _startEdit(int index) {
    setState(() {
      _editing = index;
      _controller.text = _items[index];
    });
  }

  void _save() {
    if (_editing == null) return;
    final text = _controller.text.trim();
    setState(() {
      if (text.isNotEmpty) _items[_editing!] = text;
      _editing = null;
    });
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: _items.length,
      itemBuilder: (context, i) {
        if (i == _editing) {
          return ListTile(
            title: TextField(
              controller: _controller,
              autofocus: true,
              onSubmitted: (_) => _save(),
              onTapOutside: (_) => _save(),
            ),
            trailing: IconButton(icon: const Icon(Icons.check), onPressed: _save),
          );
        }
        return ListTile(title: Text(_items[i]), onTap: () => _startEdit(i));
      },
    );
  }
}
""", api_free=True)

R(4053, "lists", "kolay", "code",
  "Satıcı fiyatları listesinde en ucuz teklifin yanında yeşil 'En ucuz' etiketi görünsün, fiyatı kalın yazsın.",
  ["Listede fiyati en dusuk olan satiri nasil isaretleyebilirim?",
   "reduce ile en düşük fiyatı bul, o satırın yanına 'En ucuz' rozeti koy"],
  ["reduce | fold | sort"], r"""
class OfferList extends StatelessWidget {
  const OfferList({super.key, required this.offers});
  final List<(String seller, double price)> offers;

  @override
  Widget build(BuildContext context) {
    if (offers.isEmpty) return const Center(child: Text('Teklif yok'));
    final cheapest = offers.map((o) => o.$2).reduce((a, b) => a < b ? a : b);
    return ListView.builder(
      itemCount: offers.length,
      itemBuilder: (context, i) {
        final (seller, price) = offers[i];
        final isCheapest = price == cheapest; // eşit fiyatlı birden fazla satır da işaretlenir
        return ListTile(
          title: Text(seller),
          trailing: Row(
            mainAxisSize: MainAxisSize.min,
            children: [
              if (isCheapest)
                Container(
                  margin: const EdgeInsets.only(right: 8),
                  padding: const EdgeInsets.symmetric(horizontal: 6, vertical: 2),
                  decoration: BoxDecoration(color: Colors.green, borderRadius: BorderRadius.circular(4)),
                  child: const Text('En ucuz', style: TextStyle(color: Colors.white, fontSize: 12)),
                ),
              Text(
                '${price.toStringAsFixed(2)} ₺',
                style: TextStyle(fontWeight: isCheapest ? FontWeight.bold : FontWeight.normal),
              ),
            ],
          ),
        );
      },
    );
  }
}
""", api_free=True)

R(4054, "lists", "orta", "code",
  "Mağaza listesini kullanıcının konumuna olan uzaklığa göre sırala, her satırda mağazanın kaç km uzakta olduğu yazsın.",
  ["Magazalari bana en yakindan uzaga dogru nasil siralarim?",
   "geolocator'ın distanceBetween'i ile her mağazanın uzaklığını hesapla, listeyi buna göre sırala"],
  ["distanceBetween", "sort"], r"""
// pubspec.yaml: geolocator
class Store {
  const Store(this.name, this.lat, this.lng);
  final String name;
  final double lat;
  final double lng;
}

// userLat/userLng: Geolocator.getCurrentPosition() ile alınan konum
class NearbyStores extends StatelessWidget {
  const NearbyStores({super.key, required this.stores, required this.userLat, required this.userLng});
  final List<Store> stores;
  final double userLat;
  final double userLng;

  @override
  Widget build(BuildContext context) {
    // Uzaklığı her mağaza için bir kez hesapla (metre), sonra sırala
    final sorted = [
      for (final s in stores)
        (store: s, meters: Geolocator.distanceBetween(userLat, userLng, s.lat, s.lng)),
    ]..sort((a, b) => a.meters.compareTo(b.meters));
    return ListView.builder(
      itemCount: sorted.length,
      itemBuilder: (context, i) {
        final item = sorted[i];
        return ListTile(
          leading: const Icon(Icons.store),
          title: Text(item.store.name),
          trailing: Text('${(item.meters / 1000).toStringAsFixed(1)} km'),
        );
      },
    );
  }
}
""", api_free=True)

R(4055, "lists", "orta", "concept",
  "Yatay kaydırılan kart şeridi için PageView mı yoksa yatay ListView mı kullanmalıyım, farkları ne?",
  ["carousel icin pageview ile yatay listview arasindaki fark nedir?",
   "PageView ile yatay ListView'ın kaydırma davranışı farkını açıkla ve ikisini yan yana örnekle"],
  ["PageView", "scrollDirection"], r"""
// PageView: her sayfa görünür alanın tamamını (ya da viewportFraction kadarını) kaplar,
//   bırakınca sayfaya OTURUR (snap) ve onPageChanged ile aktif sayfa bilinir.
//   Eşit genişlikte, 'her kaydırmada bir kart' ilerleyen banner/carousel için uygundur.
// Yatay ListView: elemanlar kendi genişliğinde dizilir, serbest kayar (oturmaz), aynı anda
//   birçok eleman görünür; 'raf' görünümü ve farklı genişlikte kartlar için uygundur.
// İkisi de yatayken yüksekliği sınırlanmış bir alanda (SizedBox) olmalıdır.
class CarouselVsShelf extends StatefulWidget {
  const CarouselVsShelf({super.key, required this.items});
  final List<String> items;

  @override
  State<CarouselVsShelf> createState() => _CarouselVsShelfState();
}

class _CarouselVsShelfState extends State<CarouselVsShelf> {
  final _pages = PageController(viewportFraction: 0.85); // yandaki kart biraz görünsün

  @override
  void dispose() {
    _pages.dispose();
    super.dispose();
  }

  Widget _card(String text) => Card(child: Center(child: Text(text)));

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        SizedBox(
          height: 180,
          child: PageView.builder(
            controller: _pages,
            itemCount: widget.items.length,
            itemBuilder: (context, i) => _card(widget.items[i]),
          ),
        ),
        SizedBox(
          height: 120,
          child: ListView.builder(
            scrollDirection: Axis.horizontal,
            itemCount: widget.items.length,
            itemBuilder: (context, i) => SizedBox(width: 140, child: _card(widget.items[i])),
          ),
        ),
      ],
    );
  }
}
""")

R(4044, "dialogs", "orta", "code",
  "Hesap silmeden önce şifreyi soran bir pencere açılsın; şifre yanlışsa pencere kapanmadan alanın altında hata yazsın.",
  ["Dialog'da sunucu kontrolu yapip hata varsa pencereyi kapatmadan nasil gosteririm?",
   "Şifre soran pencerede doğrulamayı await et, yanlışsa TextField'ın errorText'ine hata yaz"],
  ["showDialog | showAdaptiveDialog", "errorText", "obscureText"], r"""
Future<bool> confirmWithPassword(BuildContext context, Future<bool> Function(String password) verify) async {
  final ok = await showDialog<bool>(
    context: context,
    barrierDismissible: false,
    builder: (_) => _PasswordDialog(verify: verify),
  );
  return ok ?? false;
}

class _PasswordDialog extends StatefulWidget {
  const _PasswordDialog({required this.verify});
  final Future<bool> Function(String password) verify;

  @override
  State<_PasswordDialog> createState() => _PasswordDialogState();
}

class _PasswordDialogState extends State<_PasswordDialog> {
  final _controller = TextEditingController();
  String? _error;
  bool _checking = false;

  Future<void> _submit() async {
    setState(() {
      _checking = true;
      _error = null;
    });
    final valid = await widget.verify(_controller.text);
    if (!mounted) return;
    if (valid) {
      Navigator.pop(context, true);
    } else {
      setState(() {
        _checking = false;
        _error = 'Şifre hatalı, tekrar deneyin'; // pencere açık kalır
      });
    }
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AlertDialog(
      title: const Text('Hesabı sil'),
      content: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          const Text('Devam etmek için şifrenizi girin.'),
          TextField(
            controller: _controller,
            obscureText: true,
            autofocus: true,
            enabled: !_checking,
            decoration: InputDecoration(labelText: 'Şifre', errorText: _error),
            onSubmitted: (_) => _submit(),
          ),
        ],
      ),
      actions: [
        TextButton(onPressed: _checking ? null : () => Navigator.pop(context, false), child: const Text('Vazgeç')),
        FilledButton(
          onPressed: _checking ? null : _submit,
          child: _checking
              ? const SizedBox(width: 16, height: 16, child: CircularProgressIndicator(strokeWidth: 2))
              : const Text('Onayla'),
        ),
      ],
    );
  }
}
""", api_free=True)

R(4045, "dialogs", "kolay", "code",
  "Ürün sepete eklenince alttan 'Sepete eklendi' paneli açılsın; ürün resmi, 'Alışverişe devam' ve 'Sepete git' butonları olsun.",
  ["Sepete ekleyince alttan acilan bilgi paneli nasil yapilir?",
   "showModalBottomSheet ile eklenen ürünü göster, 'Sepete git' seçilirse sepet sayfasını aç"],
  ["showModalBottomSheet", "Navigator.pop | context.pop"], r"""
Future<void> showAddedToCart(
  BuildContext context, {
  required String name,
  required String imageUrl,
  required VoidCallback openCart,
}) async {
  final goToCart = await showModalBottomSheet<bool>(
    context: context,
    showDragHandle: true,
    builder: (context) => SafeArea(
      child: Padding(
        padding: const EdgeInsets.fromLTRB(16, 0, 16, 16),
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            Row(
              children: [
                ClipRRect(
                  borderRadius: BorderRadius.circular(8),
                  child: Image.network(imageUrl, width: 64, height: 64, fit: BoxFit.cover),
                ),
                const SizedBox(width: 12),
                Expanded(
                  child: Column(
                    crossAxisAlignment: CrossAxisAlignment.start,
                    children: [
                      const Row(children: [
                        Icon(Icons.check_circle, color: Colors.green, size: 18),
                        SizedBox(width: 4),
                        Text('Sepete eklendi'),
                      ]),
                      Text(name, style: Theme.of(context).textTheme.titleMedium),
                    ],
                  ),
                ),
              ],
            ),
            const SizedBox(height: 16),
            Row(
              children: [
                Expanded(
                  child: OutlinedButton(onPressed: () => Navigator.pop(context, false), child: const Text('Alışverişe devam')),
                ),
                const SizedBox(width: 12),
                Expanded(
                  child: FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('Sepete git')),
                ),
              ],
            ),
          ],
        ),
      ),
    ),
  );
  if (goToCart == true) openCart();
}
""", api_free=True)

R(4046, "dialogs", "orta", "code",
  "Form alanı gibi görünen bir butona basınca seçenek menüsü hemen altında açılsın ve menü butonla aynı genişlikte olsun.",
  ["Acilan menunun genisligini butonun genisligine nasil esitlerim?",
   "LayoutBuilder ile genişliği al, PopupMenuButton'ın constraints'ine aynı genişliği ver"],
  ["PopupMenuButton | MenuAnchor | DropdownMenu", "constraints | width | minimumSize"], r"""
class FullWidthSelect extends StatefulWidget {
  const FullWidthSelect({super.key, required this.label, required this.options, required this.onSelected});
  final String label;
  final List<String> options;
  final ValueChanged<String> onSelected;

  @override
  State<FullWidthSelect> createState() => _FullWidthSelectState();
}

class _FullWidthSelectState extends State<FullWidthSelect> {
  String? _selected;

  @override
  Widget build(BuildContext context) {
    return LayoutBuilder(
      builder: (context, constraints) => PopupMenuButton<String>(
        position: PopupMenuPosition.under, // butonun altında aç
        constraints: BoxConstraints.tightFor(width: constraints.maxWidth), // butonla aynı genişlik
        onSelected: (value) {
          setState(() => _selected = value);
          widget.onSelected(value);
        },
        itemBuilder: (context) => [
          for (final o in widget.options) PopupMenuItem(value: o, child: Text(o)),
        ],
        child: InputDecorator(
          decoration: InputDecoration(
            labelText: widget.label,
            border: const OutlineInputBorder(),
            suffixIcon: const Icon(Icons.arrow_drop_down),
          ),
          child: Text(_selected ?? 'Seçiniz'),
        ),
      ),
    );
  }
}
""", api_free=True)

R(4047, "dialogs", "zor", "code",
  "Önemli uyarı penceresinin dışına dokunulunca pencere kapanmak yerine kısa bir sağa sola sallanmayla tepki versin; sadece 'Tamam' kapatsın.",
  ["Dialog disina tiklaninca kapanmak yerine sallanma efekti nasil yapilir?",
   "barrierDismissible false olan pencerede dış alana dokunuşu yakala ve AnimationController ile pencereyi salla"],
  ["barrierDismissible", "AnimationController", "GestureDetector"], r"""
// sin ve pi için dart:math gerekir.
Future<void> showImportantNotice(BuildContext context) {
  return showGeneralDialog(
    context: context,
    barrierDismissible: false,
    barrierColor: Colors.black54,
    pageBuilder: (context, animation, secondaryAnimation) => const _ShakingNotice(),
  );
}

class _ShakingNotice extends StatefulWidget {
  const _ShakingNotice();

  @override
  State<_ShakingNotice> createState() => _ShakingNoticeState();
}

class _ShakingNoticeState extends State<_ShakingNotice> with SingleTickerProviderStateMixin {
  late final AnimationController _shake =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 400));

  @override
  void dispose() {
    _shake.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return PopScope(
      canPop: false, // geri tuşu da kapatmasın, sallasın
      onPopInvokedWithResult: (didPop, _) {
        if (!didPop) _shake.forward(from: 0);
      },
      child: Stack(
        children: [
          // Pencerenin dışındaki tüm alan
          Positioned.fill(
            child: GestureDetector(behavior: HitTestBehavior.opaque, onTap: () => _shake.forward(from: 0)),
          ),
          AnimatedBuilder(
            animation: _shake,
            builder: (context, child) => Transform.translate(
              offset: Offset(sin(_shake.value * pi * 6) * 10 * (1 - _shake.value), 0),
              child: child,
            ),
            child: AlertDialog(
              title: const Text('Önemli'),
              content: const Text('Devam etmeden önce kullanım koşullarındaki değişiklikleri okuyun.'),
              actions: [
                // Navigator.pop PopScope'a takılmaz
                FilledButton(onPressed: () => Navigator.pop(context), child: const Text('Tamam')),
              ],
            ),
          ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4056, "lists", "orta", "code",
  "Kart görünümlü liste satırlarında kaydırınca çıkan kırmızı silme arka planı da kartın köşeleri gibi yuvarlak olsun, kartlar arasındaki boşluğa taşmasın.",
  ["Dismissible arka planinin kartla ayni yuvarlak koselerde olmasini nasil saglarim?",
   "Kartlar arası boşluğu Dismissible'ın dışına al, arka planı ClipRRect ile kartın köşelerine göre kırp"],
  ["Dismissible", "ClipRRect | borderRadius"], r"""
class RoundedSwipeList extends StatefulWidget {
  const RoundedSwipeList({super.key});

  @override
  State<RoundedSwipeList> createState() => _RoundedSwipeListState();
}

class _RoundedSwipeListState extends State<RoundedSwipeList> {
  final _notes = List.generate(10, (i) => 'Not ${i + 1}');

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      padding: const EdgeInsets.all(12),
      itemCount: _notes.length,
      itemBuilder: (context, i) {
        final note = _notes[i];
        // Boşluk Dismissible'ın DIŞINDA: kırmızı arka plan kartlar arasına taşmaz
        return Padding(
          key: ValueKey(note),
          padding: const EdgeInsets.only(bottom: 10),
          child: ClipRRect(
            borderRadius: BorderRadius.circular(16), // arka plan da kartla aynı köşelerle kırpılır
            child: Dismissible(
              key: ValueKey('dismiss-$note'),
              direction: DismissDirection.endToStart,
              background: Container(
                color: Colors.red,
                alignment: Alignment.centerRight,
                padding: const EdgeInsets.only(right: 20),
                child: const Icon(Icons.delete, color: Colors.white),
              ),
              onDismissed: (_) => setState(() => _notes.remove(note)),
              child: Card(
                margin: EdgeInsets.zero,
                shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(16)),
                child: ListTile(title: Text(note)),
              ),
            ),
          ),
        );
      },
    );
  }
}
""", api_free=True)

R(4057, "lists", "kolay", "code",
  "Yatay tarih şeridi en sağdaki elemandan (bugünden) başlasın, geçmiş günler sola doğru kaydırınca görünsün.",
  ["Yatay listenin sagdan, son elemandan baslamasini nasil saglarim?",
   "Yatay ListView'a reverse: true ver; index 0 bugün olsun ve en sağda dursun"],
  ["reverse", "Axis.horizontal"], r"""
class PastDaysStrip extends StatelessWidget {
  const PastDaysStrip({super.key, required this.onSelected});
  final ValueChanged<DateTime> onSelected;

  @override
  Widget build(BuildContext context) {
    final now = DateTime.now();
    final primary = Theme.of(context).colorScheme.primary;
    return SizedBox(
      height: 72,
      child: ListView.builder(
        scrollDirection: Axis.horizontal,
        reverse: true, // liste sağdan başlar: index 0 en sağda
        itemCount: 30,
        itemBuilder: (context, i) {
          final day = DateTime(now.year, now.month, now.day - i); // i gün önce
          final today = i == 0;
          return GestureDetector(
            onTap: () => onSelected(day),
            child: Container(
              width: 56,
              margin: const EdgeInsets.all(4),
              alignment: Alignment.center,
              decoration: BoxDecoration(
                color: today ? primary : Colors.grey.shade200,
                borderRadius: BorderRadius.circular(12),
              ),
              child: Text(
                today ? 'Bugün' : '${day.day}.${day.month}',
                style: TextStyle(color: today ? Colors.white : null),
              ),
            ),
          );
        },
      ),
    );
  }
}
""", api_free=True)

R(4058, "lists", "zor", "code",
  "Sıralanabilir listede en üstteki sabit eleman yerinden oynatılamasın ve önüne eleman bırakılamasın; diğerleri sürüklenerek sıralanabilsin.",
  ["ReorderableListView'da ilk elemani sabit tutmayi nasil yaparim?",
   "İlk satıra sürükleme tutamacı koyma, onReorder'da en üste bırakılan elemanı ikinci sıraya al"],
  ["ReorderableListView", "ReorderableDragStartListener | ReorderableDelayedDragStartListener", "onReorder"], r"""
class PinnedFirstReorderList extends StatefulWidget {
  const PinnedFirstReorderList({super.key, required this.pinned, required this.items});
  final String pinned; // her zaman en üstte
  final List<String> items;

  @override
  State<PinnedFirstReorderList> createState() => _PinnedFirstReorderListState();
}

class _PinnedFirstReorderListState extends State<PinnedFirstReorderList> {
  late final List<String> _items = [...widget.items]; // sabit eleman hariç

  void _onReorder(int oldIndex, int newIndex) {
    if (oldIndex == 0) return; // sabit eleman taşınamaz
    if (newIndex == 0) newIndex = 1; // sabit elemanın üstüne bırakılamaz
    setState(() {
      if (newIndex > oldIndex) newIndex -= 1;
      // Liste konumu i, _items'ta i - 1'e karşılık gelir
      final item = _items.removeAt(oldIndex - 1);
      _items.insert(newIndex - 1, item);
    });
  }

  @override
  Widget build(BuildContext context) {
    return ReorderableListView.builder(
      buildDefaultDragHandles: false, // sürükleme sadece verdiğimiz tutamaçlardan
      itemCount: _items.length + 1,
      onReorder: _onReorder,
      itemBuilder: (context, i) {
        if (i == 0) {
          return ListTile(
            key: const ValueKey('pinned'),
            leading: const Icon(Icons.push_pin),
            title: Text(widget.pinned),
          );
        }
        final item = _items[i - 1];
        return ListTile(
          key: ValueKey(item),
          title: Text(item),
          trailing: ReorderableDragStartListener(index: i, child: const Icon(Icons.drag_handle)),
        );
      },
    );
  }
}
""", api_free=True)

R(4049, "forms", "orta", "code",
  "SMS kodu alanına 6 hane girilince Doğrula'ya basmaya gerek kalmadan doğrulama kendiliğinden başlasın; kod yanlışsa alan temizlensin.",
  ["Kod alani dolunca otomatik dogrulama nasil yapilir?",
   "onChanged'de uzunluk 6 olunca doğrulama isteğini başlat, hata olursa errorText göster"],
  ["onChanged", "length"], r"""
class AutoSubmitCodeField extends StatefulWidget {
  const AutoSubmitCodeField({super.key, required this.verify});
  final Future<bool> Function(String code) verify;

  @override
  State<AutoSubmitCodeField> createState() => _AutoSubmitCodeFieldState();
}

class _AutoSubmitCodeFieldState extends State<AutoSubmitCodeField> {
  final _controller = TextEditingController();
  bool _checking = false;
  String? _error;

  Future<void> _verify(String code) async {
    setState(() {
      _checking = true;
      _error = null;
    });
    final ok = await widget.verify(code);
    if (!mounted) return;
    setState(() {
      _checking = false;
      if (!ok) {
        _error = 'Kod hatalı, tekrar deneyin';
        _controller.clear();
      }
    });
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: _controller,
      autofocus: true,
      enabled: !_checking,
      keyboardType: TextInputType.number,
      maxLength: 6,
      inputFormatters: [FilteringTextInputFormatter.digitsOnly],
      autofillHints: const [AutofillHints.oneTimeCode],
      decoration: InputDecoration(
        labelText: 'Doğrulama kodu',
        counterText: '',
        errorText: _error,
        suffixIcon: _checking
            ? const Padding(
                padding: EdgeInsets.all(12),
                child: SizedBox(width: 16, height: 16, child: CircularProgressIndicator(strokeWidth: 2)),
              )
            : null,
      ),
      onChanged: (value) {
        if (value.length == 6) _verify(value); // son hane girilince kendiliğinden
      },
    );
  }
}
""", api_free=True)

R(4050, "forms", "kolay", "code",
  "Masaüstü formunda etiketler solda sabit genişlikte, alanlar sağda hizalı şekilde yan yana dursun.",
  ["Form etiketlerini alanlarin soluna hizali koymayi nasil yaparim?",
   "Her satırda solda 160 px genişlikte etiket, sağda Expanded içinde TextFormField olan bir form düzeni yaz"],
  ["Row", "SizedBox", "Expanded"], r"""
class LabeledRow extends StatelessWidget {
  const LabeledRow({super.key, required this.label, required this.child});
  final String label;
  final Widget child;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.symmetric(vertical: 8),
      child: Row(
        crossAxisAlignment: CrossAxisAlignment.start, // çok satırlı alanlarda etiket üstte kalsın
        children: [
          SizedBox(
            width: 160, // bütün etiketler aynı genişlikte: alanlar aynı hizadan başlar
            child: Padding(
              padding: const EdgeInsets.only(top: 12),
              child: Text(label, textAlign: TextAlign.right),
            ),
          ),
          const SizedBox(width: 16),
          Expanded(child: child),
        ],
      ),
    );
  }
}

class DesktopProfileForm extends StatelessWidget {
  const DesktopProfileForm({super.key});

  InputDecoration get _box => const InputDecoration(border: OutlineInputBorder(), isDense: true);

  @override
  Widget build(BuildContext context) {
    return ConstrainedBox(
      constraints: const BoxConstraints(maxWidth: 720),
      child: Column(
        children: [
          LabeledRow(label: 'Ad soyad', child: TextFormField(decoration: _box)),
          LabeledRow(label: 'E-posta', child: TextFormField(decoration: _box, keyboardType: TextInputType.emailAddress)),
          LabeledRow(label: 'Telefon', child: TextFormField(decoration: _box, keyboardType: TextInputType.phone)),
          LabeledRow(label: 'Adres', child: TextFormField(decoration: _box, maxLines: 3)),
        ],
      ),
    );
  }
}
""", api_free=True)

R(4048, "dialogs", "orta", "code",
  "Kampanya penceresi uygulama her açıldığında değil, günde en fazla bir kez gösterilsin.",
  ["Bir dialog'u gunde sadece bir kez gostermeyi nasil yaparim?",
   "shared_preferences'a son gösterim tarihini yaz, bugün gösterildiyse pencereyi açma"],
  ["SharedPreferences", "showDialog | showAdaptiveDialog"], r"""
// pubspec.yaml: shared_preferences
Future<void> showDailyPromo(BuildContext context) async {
  final prefs = await SharedPreferences.getInstance();
  final now = DateTime.now();
  final today = '${now.year}-${now.month}-${now.day}';
  if (prefs.getString('promo_last_shown') == today) return; // bugün zaten gösterildi
  await prefs.setString('promo_last_shown', today);
  if (!context.mounted) return;
  await showDialog<void>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Bugüne özel %20 indirim'),
      content: const Text('Sepette ek indirim fırsatını kaçırma!'),
      actions: [TextButton(onPressed: () => Navigator.pop(context), child: const Text('Kapat'))],
    ),
  );
}

class HomePage extends StatefulWidget {
  const HomePage({super.key});

  @override
  State<HomePage> createState() => _HomePageState();
}

class _HomePageState extends State<HomePage> {
  @override
  void initState() {
    super.initState();
    // İlk kare çizildikten sonra (context hazırken) dene
    WidgetsBinding.instance.addPostFrameCallback((_) => showDailyPromo(context));
  }

  @override
  Widget build(BuildContext context) => const Scaffold(body: Center(child: Text('Ana sayfa')));
}
""", api_free=True)

R(4049, "dialogs", "kolay", "code",
  "Toplantı saati seçici açıldığında başlangıç saati bir sonraki tam saat olsun; saat 14:23 ise 15:00 seçili gelsin.",
  ["Saat seciciyi acarken baslangic saati bir sonraki tam saat olsun, bunu nasil yaparim?",
   "Şu anki saatten sonraki tam saati hesapla ve saat seçiciyi o saatle aç"],
  ["showTimePicker", "initialTime"], r"""
TimeOfDay nextFullHour(TimeOfDay now) =>
    now.minute == 0 ? now : TimeOfDay(hour: (now.hour + 1) % 24, minute: 0); // 23:xx -> 00:00

class MeetingTimeTile extends StatefulWidget {
  const MeetingTimeTile({super.key});

  @override
  State<MeetingTimeTile> createState() => _MeetingTimeTileState();
}

class _MeetingTimeTileState extends State<MeetingTimeTile> {
  TimeOfDay? _time;

  Future<void> _pick() async {
    final picked = await showTimePicker(
      context: context,
      initialTime: _time ?? nextFullHour(TimeOfDay.now()),
      helpText: 'Toplantı saati',
    );
    if (picked != null) setState(() => _time = picked);
  }

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: const Icon(Icons.schedule),
      title: const Text('Toplantı saati'),
      subtitle: Text(_time == null ? 'Seçilmedi' : _time!.format(context)),
      onTap: _pick,
    );
  }
}
""", api_free=True)

R(4050, "dialogs", "kolay", "code",
  "Alttaki bilgi mesajının ekranda kalma süresi mesajın uzunluğuna göre ayarlansın; kısa mesaj 2 saniye, uzun mesaj daha uzun kalsın.",
  ["SnackBar suresini metnin uzunluguna gore nasil belirlerim?",
   "Kelime sayısından okuma süresini hesapla ve SnackBar'ın duration'ını 2 ile 8 saniye arasında ver"],
  ["SnackBar", "duration"], r"""
// Okuma hızı ~ saniyede 3 kelime; en az 2, en fazla 8 saniye
Duration readingTime(String message) {
  final words = message.trim().split(RegExp(r'\s+')).length;
  final ms = (words / 3 * 1000).round() + 1000; // fark edip okumaya başlamak için 1 sn pay
  return Duration(milliseconds: ms.clamp(2000, 8000));
}

void showAutoTimedSnackBar(BuildContext context, String message) {
  ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(
      content: Text(message),
      duration: readingTime(message),
    ),
  );
}
""", api_free=True)

R(4051, "forms", "orta", "code",
  "Masaüstünde adet alanındayken klavyenin yukarı ve aşağı ok tuşlarıyla sayı birer birer artıp azalsın.",
  ["Sayi alaninda ok tuslariyla degeri artirip azaltmayi nasil yaparim?",
   "TextField'ı CallbackShortcuts ile sar, yukarı/aşağı ok tuşlarında controller'daki sayıyı değiştir"],
  ["CallbackShortcuts | Shortcuts | onKeyEvent", "LogicalKeyboardKey.arrowUp"], r"""
class ArrowStepField extends StatefulWidget {
  const ArrowStepField({super.key, this.min = 1, this.max = 99});
  final int min;
  final int max;

  @override
  State<ArrowStepField> createState() => _ArrowStepFieldState();
}

class _ArrowStepFieldState extends State<ArrowStepField> {
  late final _controller = TextEditingController(text: '${widget.min}');

  void _step(int delta) {
    final current = int.tryParse(_controller.text) ?? widget.min;
    final next = (current + delta).clamp(widget.min, widget.max);
    _controller.value = TextEditingValue(
      text: '$next',
      selection: TextSelection.collapsed(offset: '$next'.length),
    );
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    // Alan odaktayken ok tuşları önce buraya gelir; imleci taşımak yerine sayıyı değiştirir
    return CallbackShortcuts(
      bindings: {
        const SingleActivator(LogicalKeyboardKey.arrowUp): () => _step(1),
        const SingleActivator(LogicalKeyboardKey.arrowDown): () => _step(-1),
      },
      child: TextField(
        controller: _controller,
        keyboardType: TextInputType.number,
        inputFormatters: [FilteringTextInputFormatter.digitsOnly],
        decoration: const InputDecoration(labelText: 'Adet', helperText: '↑ / ↓ ile değiştir'),
      ),
    );
  }
}
""", api_free=True)

R(4059, "lists", "kolay", "code",
  "Borsa listesinde her hissenin günlük değişimi pozitifse yeşil yukarı ok, negatifse kırmızı aşağı ok ile yüzde olarak görünsün.",
  ["Liste satirinda degisim yonune gore renkli ok ve yuzde nasil gosteririm?",
   "Her hisse satırının sağında değişime göre yeşil/kırmızı ok ikonu ve yüzde değeri göster"],
  ["Icons.arrow_drop_up | Icons.arrow_upward | Icons.trending_up", "Colors.green | Colors.red"], r"""
class Stock {
  const Stock(this.symbol, this.price, this.changePercent);
  final String symbol;
  final double price;
  final double changePercent; // ör. 1.25 ya da -0.80
}

class StockList extends StatelessWidget {
  const StockList({super.key, required this.stocks});
  final List<Stock> stocks;

  @override
  Widget build(BuildContext context) {
    return ListView.separated(
      itemCount: stocks.length,
      separatorBuilder: (_, __) => const Divider(height: 1),
      itemBuilder: (context, i) {
        final s = stocks[i];
        final up = s.changePercent >= 0;
        final color = up ? Colors.green : Colors.red;
        return ListTile(
          title: Text(s.symbol, style: const TextStyle(fontWeight: FontWeight.bold)),
          subtitle: Text('${s.price.toStringAsFixed(2)} ₺'),
          trailing: Row(
            mainAxisSize: MainAxisSize.min,
            children: [
              Icon(up ? Icons.arrow_drop_up : Icons.arrow_drop_down, color: color, size: 32),
              Text(
                '%${s.changePercent.abs().toStringAsFixed(2)}',
                style: TextStyle(color: color, fontWeight: FontWeight.w600),
              ),
            ],
          ),
        );
      },
    );
  }
}
""", api_free=True)


write()
