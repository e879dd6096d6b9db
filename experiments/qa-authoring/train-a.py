"""Authored Q&A rows (lists, forms, state, dialogs, storage, performance) -> data/drafts-qa/train-a.jsonl.

Run: .venv/bin/python experiments/qa-authoring/train-a.py
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "data" / "drafts-qa" / "train-a.jsonl"
ROWS = []


def R(num, topic, difficulty, kind, question, must_contain, answer):
    ROWS.append({
        "id": f"{topic}-{num}",
        "question": question,
        "answer": answer.strip("\n"),
        "topic": topic,
        "difficulty": difficulty,
        "kind": kind,
        "must_contain": must_contain,
    })


def write():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(ROWS), "rows ->", OUT)


# ---------------------------------------------------------------- lists
R(1000, "lists", "kolay", "code", "Kişi listesinde her satırda solda avatar, ortada ad ve telefon, sağda ok ikonu olsun.", ["ListTile", "CircleAvatar", "subtitle"], r"""
class Contact {
  const Contact(this.name, this.phone);
  final String name;
  final String phone;
}

class ContactList extends StatelessWidget {
  const ContactList({super.key, required this.contacts});
  final List<Contact> contacts;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: contacts.length,
      itemBuilder: (context, index) {
        final c = contacts[index];
        return ListTile(
          leading: CircleAvatar(child: Text(c.name[0])),
          title: Text(c.name),
          subtitle: Text(c.phone),
          trailing: const Icon(Icons.chevron_right),
          onTap: () {}, // Detay sayfasına geçiş burada yapılır
        );
      },
    );
  }
}
""")

R(1001, "lists", "orta", "code", "Kategori şeridini yatay kaydırılan liste yapınca sayfa kırmızı hata ekranı veriyor; yatay listeye yükseklik nasıl verilir?", ["SizedBox", "scrollDirection"], r"""
// Yatay liste dikeyde ne kadar yer kaplayacağını bilemez; yüksekliği sabitle.
class CategoryStrip extends StatelessWidget {
  const CategoryStrip({super.key, required this.categories});
  final List<String> categories;

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        const Text('Kategoriler'),
        SizedBox(
          height: 48, // Yatay listeye sınırlı yükseklik ver
          child: ListView.builder(
            scrollDirection: Axis.horizontal,
            itemCount: categories.length,
            itemBuilder: (context, i) => Padding(
              padding: const EdgeInsets.all(4),
              child: Chip(label: Text(categories[i])),
            ),
          ),
        ),
      ],
    );
  }
}
""")

R(1002, "lists", "orta", "code", "Row icine ListView koyunca hata veriyor, listeyi satirin kalan genisligine nasil sigdiririm?", ["Row", "Expanded", "ListView"], r"""
// Row genişliği sınırsız verir; ListView'ı Expanded ile kalan alana sığdır.
class SplitView extends StatelessWidget {
  const SplitView({super.key, required this.items});
  final List<String> items;

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        const SizedBox(width: 120, child: Center(child: Text('Menü'))),
        Expanded(
          child: ListView.builder(
            itemCount: items.length,
            itemBuilder: (context, i) => ListTile(title: Text(items[i])),
          ),
        ),
      ],
    );
  }
}
""")

R(1003, "lists", "orta", "code", "TikTok gibi ekranı tam kaplayan ve dikey kaydırınca bir sonraki içeriğe geçen bir akış yap.", ["PageView.builder", "Axis.vertical"], r"""
class VerticalFeed extends StatelessWidget {
  const VerticalFeed({super.key, required this.posts});
  final List<String> posts;

  @override
  Widget build(BuildContext context) {
    // PageView her sayfayı ekran boyutunda gösterir ve sayfaya oturur (snap)
    return PageView.builder(
      scrollDirection: Axis.vertical,
      itemCount: posts.length,
      onPageChanged: (index) => debugPrint('Gösterilen: $index'),
      itemBuilder: (context, index) => ColoredBox(
        color: Colors.primaries[index % Colors.primaries.length],
        child: Center(
          child: Text(posts[index], style: const TextStyle(fontSize: 32, color: Colors.white)),
        ),
      ),
    );
  }
}
""")

R(1004, "lists", "orta", "code", "Alt menüde zaten açık olan sekmeye tekrar basınca o sekmedeki liste animasyonla en başa kaysın.", ["ScrollController", "animateTo", "NavigationBar"], r"""
class HomeShell extends StatefulWidget {
  const HomeShell({super.key});

  @override
  State<HomeShell> createState() => _HomeShellState();
}

class _HomeShellState extends State<HomeShell> {
  final _feedController = ScrollController();
  int _index = 0;

  @override
  void dispose() {
    _feedController.dispose();
    super.dispose();
  }

  void _onTap(int i) {
    // Aynı sekmeye tekrar basıldıysa listeyi başa kaydır
    if (i == _index && i == 0 && _feedController.hasClients) {
      _feedController.animateTo(0,
          duration: const Duration(milliseconds: 400), curve: Curves.easeOut);
    }
    setState(() => _index = i);
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: _index == 0
          ? ListView.builder(
              controller: _feedController,
              itemCount: 100,
              itemBuilder: (_, i) => ListTile(title: Text('Gönderi $i')),
            )
          : const Center(child: Text('Profil')),
      bottomNavigationBar: NavigationBar(
        selectedIndex: _index,
        onDestinationSelected: _onTap,
        destinations: const [
          NavigationDestination(icon: Icon(Icons.home), label: 'Akış'),
          NavigationDestination(icon: Icon(Icons.person), label: 'Profil'),
        ],
      ),
    );
  }
}
""")

R(1005, "lists", "orta", "code", "Başlık satırı sabit kalsın, altındaki tablo satırları kaydırılsın; sütunlar hizalı olsun (Ad, Adet, Fiyat).", ["Expanded", "ListView.builder", "Divider"], r"""
class OrderTable extends StatelessWidget {
  const OrderTable({super.key, required this.rows});
  final List<(String, int, double)> rows;

  Widget _row(String a, String b, String c, {bool bold = false}) {
    final style = TextStyle(fontWeight: bold ? FontWeight.bold : FontWeight.normal);
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 10),
      child: Row(children: [
        Expanded(flex: 3, child: Text(a, style: style)),
        Expanded(child: Text(b, style: style, textAlign: TextAlign.end)),
        Expanded(flex: 2, child: Text(c, style: style, textAlign: TextAlign.end)),
      ]),
    );
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        _row('Ad', 'Adet', 'Fiyat', bold: true), // Sabit başlık
        const Divider(height: 1),
        Expanded(
          child: ListView.builder(
            itemCount: rows.length,
            itemBuilder: (_, i) {
              final (name, qty, price) = rows[i];
              return _row(name, '$qty', '${price.toStringAsFixed(2)} ₺');
            },
          ),
        ),
      ],
    );
  }
}
""")

R(1006, "lists", "orta", "code", "DataTable'da sütun başlığına tıklayınca o sütuna göre artan/azalan sıralama yapılsın.", ["DataTable", "sortColumnIndex", "onSort"], r"""
class ProductTable extends StatefulWidget {
  const ProductTable({super.key});

  @override
  State<ProductTable> createState() => _ProductTableState();
}

class _ProductTableState extends State<ProductTable> {
  final _products = [('Kalem', 12.5), ('Defter', 40.0), ('Silgi', 5.0)];
  int _sortColumn = 0;
  bool _ascending = true;

  void _sort(int column, bool ascending) {
    setState(() {
      _sortColumn = column;
      _ascending = ascending;
      _products.sort((a, b) {
        final result = column == 0 ? a.$1.compareTo(b.$1) : a.$2.compareTo(b.$2);
        return ascending ? result : -result;
      });
    });
  }

  @override
  Widget build(BuildContext context) {
    return DataTable(
      sortColumnIndex: _sortColumn,
      sortAscending: _ascending,
      columns: [
        DataColumn(label: const Text('Ürün'), onSort: _sort),
        DataColumn(label: const Text('Fiyat'), numeric: true, onSort: _sort),
      ],
      rows: [
        for (final product in _products)
          DataRow(cells: [DataCell(Text(product.$1)), DataCell(Text('${product.$2} ₺'))]),
      ],
    );
  }
}
""")

R(1007, "lists", "orta", "code", "Listenin en üstünde 'Tümünü seç' kutusu olsun; hepsi seçiliyse dolu, bazıları seçiliyse çizgili, hiçbiri değilse boş görünsün.", ["CheckboxListTile", "tristate"], r"""
class SelectAllList extends StatefulWidget {
  const SelectAllList({super.key, required this.items});
  final List<String> items;

  @override
  State<SelectAllList> createState() => _SelectAllListState();
}

class _SelectAllListState extends State<SelectAllList> {
  final Set<String> _selected = {};

  bool? get _allValue {
    if (_selected.isEmpty) return false;
    if (_selected.length == widget.items.length) return true;
    return null; // Kısmi seçim: çizgili kutu
  }

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        CheckboxListTile(
          title: const Text('Tümünü seç'),
          tristate: true,
          value: _allValue,
          onChanged: (_) => setState(() {
            _allValue == true ? _selected.clear() : _selected.addAll(widget.items);
          }),
        ),
        const Divider(),
        for (final item in widget.items)
          CheckboxListTile(
            title: Text(item),
            value: _selected.contains(item),
            onChanged: (v) => setState(() => v! ? _selected.add(item) : _selected.remove(item)),
          ),
      ],
    );
  }
}
""")

R(1008, "lists", "orta", "code", "Yorum listesinde uzun yorumlar 2 satırla kesilsin, altındaki 'Devamını oku' yazısına basınca tamamı açılsın.", ["maxLines", "TextOverflow.ellipsis"], r"""
class ExpandableComment extends StatefulWidget {
  const ExpandableComment({super.key, required this.text});
  final String text;

  @override
  State<ExpandableComment> createState() => _ExpandableCommentState();
}

class _ExpandableCommentState extends State<ExpandableComment> {
  bool _expanded = false;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(12),
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(
            widget.text,
            maxLines: _expanded ? null : 2, // null = sınırsız satır
            overflow: _expanded ? TextOverflow.visible : TextOverflow.ellipsis,
          ),
          GestureDetector(
            onTap: () => setState(() => _expanded = !_expanded),
            child: Text(
              _expanded ? 'Daha az göster' : 'Devamını oku',
              style: TextStyle(color: Theme.of(context).colorScheme.primary),
            ),
          ),
        ],
      ),
    );
  }
}

// Kullanım: ListView.builder(itemBuilder: (_, i) => ExpandableComment(text: comments[i]))
""")

R(1009, "lists", "orta", "code", "Instagram'daki gibi en üstte yatay kaydırılan, renkli halkalı yuvarlak hikaye avatarları listesi yap.", ["ListView.separated", "CircleAvatar", "Axis.horizontal"], r"""
class StoryBar extends StatelessWidget {
  const StoryBar({super.key, required this.users});
  final List<String> users;

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      height: 96,
      child: ListView.separated(
        scrollDirection: Axis.horizontal,
        padding: const EdgeInsets.symmetric(horizontal: 12),
        itemCount: users.length,
        separatorBuilder: (_, __) => const SizedBox(width: 12),
        itemBuilder: (context, i) => Column(
          children: [
            // Dıştaki degrade halka
            Container(
              padding: const EdgeInsets.all(3),
              decoration: const BoxDecoration(
                shape: BoxShape.circle,
                gradient: LinearGradient(colors: [Colors.orange, Colors.pink, Colors.purple]),
              ),
              child: CircleAvatar(radius: 28, child: Text(users[i][0])),
            ),
            const SizedBox(height: 4),
            Text(users[i], style: const TextStyle(fontSize: 12)),
          ],
        ),
      ),
    );
  }
}
""")

R(1010, "lists", "kolay", "code", "Listede her satirin basinda 1., 2., 3. diye sira numarasi gozuksun.", ["ListView.builder", "index"], r"""
class RankingList extends StatelessWidget {
  const RankingList({super.key, required this.names});
  final List<String> names;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: names.length,
      itemBuilder: (context, index) => ListTile(
        // index 0'dan başlar, sıra numarası için 1 ekle
        leading: Text('${index + 1}.', style: const TextStyle(fontWeight: FontWeight.bold)),
        title: Text(names[index]),
      ),
    );
  }
}
""")

R(1011, "lists", "orta", "code", "Galeri listesinde tıklanan fotoğraftan başlayarak sağa sola kaydırılabilen tam ekran görüntüleyici aç.", ["PageController", "initialPage", "PageView.builder"], r"""
class PhotoViewer extends StatefulWidget {
  const PhotoViewer({super.key, required this.urls, required this.startIndex});
  final List<String> urls;
  final int startIndex;

  @override
  State<PhotoViewer> createState() => _PhotoViewerState();
}

class _PhotoViewerState extends State<PhotoViewer> {
  // Tıklanan fotoğrafın index'i ile açıl
  late final _controller = PageController(initialPage: widget.startIndex);

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      backgroundColor: Colors.black,
      appBar: AppBar(backgroundColor: Colors.black, foregroundColor: Colors.white),
      body: PageView.builder(
        controller: _controller,
        itemCount: widget.urls.length,
        itemBuilder: (_, i) => Image.network(widget.urls[i], fit: BoxFit.contain),
      ),
    );
  }
}

// Galeride: onTap: () => Navigator.push(context, MaterialPageRoute(
//   builder: (_) => PhotoViewer(urls: urls, startIndex: index)));
""")

R(1012, "lists", "zor", "code", "Sohbet ekranında liste ters (reverse) duruyor; kullanıcı en eski mesajlara, yani yukarıya ulaşınca daha eski mesajları yükle.", ["reverse", "ScrollController", "maxScrollExtent"], r"""
class ChatHistory extends StatefulWidget {
  const ChatHistory({super.key, required this.loadOlder});
  final Future<List<String>> Function(int offset) loadOlder;

  @override
  State<ChatHistory> createState() => _ChatHistoryState();
}

class _ChatHistoryState extends State<ChatHistory> {
  final _controller = ScrollController();
  final List<String> _messages = []; // index 0 = en yeni mesaj
  bool _loading = false;
  bool _hasMore = true; // Daha eski mesaj kalmadıysa istek atma

  @override
  void initState() {
    super.initState();
    _controller.addListener(_onScroll);
    _loadMore();
  }

  void _onScroll() {
    // reverse: true iken maxScrollExtent listenin görsel olarak üst ucudur
    if (_controller.position.pixels >= _controller.position.maxScrollExtent - 200) _loadMore();
  }

  Future<void> _loadMore() async {
    if (_loading || !_hasMore) return;
    setState(() => _loading = true);
    final older = await widget.loadOlder(_messages.length);
    if (!mounted) return;
    setState(() {
      _messages.addAll(older); // Eskiler listenin sonuna (ekranda üste) eklenir
      _hasMore = older.isNotEmpty;
      _loading = false;
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
      controller: _controller,
      reverse: true,
      itemCount: _messages.length + (_loading ? 1 : 0),
      itemBuilder: (_, i) => i == _messages.length
          ? const Center(child: CircularProgressIndicator())
          : ListTile(title: Text(_messages[i])),
    );
  }
}
""")

R(1013, "lists", "kolay", "code", "Ayarlar listesindeki satırlar çok geniş duruyor, satırları daha sık ve küçük göster.", ["dense", "visualDensity"], r"""
class CompactSettings extends StatelessWidget {
  const CompactSettings({super.key});

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: const [
        ListTile(
          dense: true, // Daha küçük yazı ve yükseklik
          visualDensity: VisualDensity.compact, // Dikey boşluğu azaltır
          leading: Icon(Icons.wifi),
          title: Text('Wi-Fi'),
        ),
        ListTile(
          dense: true,
          visualDensity: VisualDensity.compact,
          leading: Icon(Icons.bluetooth),
          title: Text('Bluetooth'),
        ),
      ],
    );
  }
}
""")

R(1014, "lists", "kolay", "code", "ScrollController ile listenin en üstte mi en altta mı olduğunu nasıl anlarım?", ["ScrollController", "atEdge"], r"""
class EdgeAwareList extends StatefulWidget {
  const EdgeAwareList({super.key});

  @override
  State<EdgeAwareList> createState() => _EdgeAwareListState();
}

class _EdgeAwareListState extends State<EdgeAwareList> {
  final _controller = ScrollController();
  String _status = 'Üstte';

  @override
  void initState() {
    super.initState();
    _controller.addListener(() {
      final pos = _controller.position;
      final status = !pos.atEdge
          ? 'Ortada'
          : pos.pixels == pos.minScrollExtent ? 'Üstte' : 'Altta';
      if (status != _status) setState(() => _status = status);
    });
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(_status)),
      body: ListView.builder(
        controller: _controller,
        itemCount: 50,
        itemBuilder: (_, i) => ListTile(title: Text('Satır $i')),
      ),
    );
  }
}
""")

R(1015, "lists", "orta", "code", "Kargo takip ekraninda adimlari solda dikey cizgi ve yuvarlak noktalarla zaman cizelgesi gibi listele.", ["ListView.builder", "IntrinsicHeight", "BoxShape.circle"], r"""
class TrackingTimeline extends StatelessWidget {
  const TrackingTimeline({super.key, required this.steps, required this.current});
  final List<String> steps;
  final int current; // Tamamlanan son adımın index'i

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: steps.length,
      itemBuilder: (context, i) {
        final done = i <= current;
        final color = done ? Colors.green : Colors.grey;
        return IntrinsicHeight( // Çizginin satır boyunca uzaması için
          child: Row(
            children: [
              SizedBox(
                width: 40,
                child: Column(children: [
                  Container(width: 2, height: 12, color: i == 0 ? Colors.transparent : color),
                  Container(width: 14, height: 14, decoration: BoxDecoration(color: color, shape: BoxShape.circle)),
                  Expanded(child: Container(width: 2, color: i == steps.length - 1 ? Colors.transparent : color)),
                ]),
              ),
              Padding(
                padding: const EdgeInsets.symmetric(vertical: 12),
                child: Text(steps[i], style: TextStyle(fontWeight: done ? FontWeight.bold : null)),
              ),
            ],
          ),
        );
      },
    );
  }
}
""")

R(1016, "lists", "zor", "code", "Yan yana duran iki listenin kaydırması senkron olsun; biri kayınca diğeri de aynı konuma gelsin.", ["ScrollController", "jumpTo", "addListener"], r"""
class SyncedLists extends StatefulWidget {
  const SyncedLists({super.key});

  @override
  State<SyncedLists> createState() => _SyncedListsState();
}

class _SyncedListsState extends State<SyncedLists> {
  final _left = ScrollController();
  final _right = ScrollController();
  bool _syncing = false; // Sonsuz döngüye girmemek için

  @override
  void initState() {
    super.initState();
    _left.addListener(() => _sync(_left, _right));
    _right.addListener(() => _sync(_right, _left));
  }

  void _sync(ScrollController from, ScrollController to) {
    if (_syncing || !to.hasClients) return;
    _syncing = true;
    to.jumpTo(from.offset);
    _syncing = false;
  }

  @override
  void dispose() {
    _left.dispose();
    _right.dispose();
    super.dispose();
  }

  Widget _list(ScrollController c, String prefix) => ListView.builder(
        controller: c,
        itemExtent: 56,
        itemCount: 100,
        itemBuilder: (_, i) => ListTile(title: Text('$prefix $i')),
      );

  @override
  Widget build(BuildContext context) {
    return Row(children: [
      Expanded(child: _list(_left, 'Sol')),
      const VerticalDivider(width: 1),
      Expanded(child: _list(_right, 'Sağ')),
    ]);
  }
}
""")

R(1017, "lists", "orta", "code", "Kart şeklindeki liste satırına dokununca dalga (ripple) efekti görünmüyor, nasıl düzeltirim?", ["Card", "InkWell"], r"""
// GestureDetector ripple üretmez; InkWell'i Card'ın (Material) içine koy.
class TappableCard extends StatelessWidget {
  const TappableCard({super.key, required this.title, required this.onTap});
  final String title;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    return Card(
      clipBehavior: Clip.antiAlias, // Dalga köşelerden taşmasın
      child: InkWell(
        onTap: onTap,
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: Text(title),
        ),
      ),
    );
  }
}
""")

R(1018, "lists", "kolay", "code", "iOS ayarlar ekranı gibi gruplanmış, başlıklı bölümlerden oluşan bir liste yap.", ["CupertinoListSection.insetGrouped", "CupertinoListTile"], r"""
class IosSettingsPage extends StatelessWidget {
  const IosSettingsPage({super.key});

  @override
  Widget build(BuildContext context) {
    return CupertinoPageScaffold(
      navigationBar: const CupertinoNavigationBar(middle: Text('Ayarlar')),
      child: ListView(
        children: [
          CupertinoListSection.insetGrouped(
            header: const Text('Bağlantılar'),
            children: const [
              CupertinoListTile(
                leading: Icon(CupertinoIcons.wifi),
                title: Text('Wi-Fi'),
                trailing: CupertinoListTileChevron(),
              ),
              CupertinoListTile(
                leading: Icon(CupertinoIcons.bluetooth),
                title: Text('Bluetooth'),
                additionalInfo: Text('Açık'),
              ),
            ],
          ),
        ],
      ),
    );
  }
}
""")

R(1019, "lists", "kolay", "code", "ListView(children:) içindeki ListTile'ların arasına otomatik ayırıcı çizgi koymanın kısa yolu var mı?", ["ListTile.divideTiles"], r"""
class MenuList extends StatelessWidget {
  const MenuList({super.key});

  @override
  Widget build(BuildContext context) {
    final tiles = [
      const ListTile(leading: Icon(Icons.person), title: Text('Profil')),
      const ListTile(leading: Icon(Icons.lock), title: Text('Gizlilik')),
      const ListTile(leading: Icon(Icons.help), title: Text('Yardım')),
    ];
    // divideTiles her iki ListTile arasına ince bir çizgi ekler
    return ListView(
      children: ListTile.divideTiles(context: context, tiles: tiles).toList(),
    );
  }
}
""")

R(1020, "lists", "zor", "code", "Rehber listesinin sağ kenarında A-Z harf çubuğu olsun; bir harfe dokununca liste o harfle başlayan ilk kişiye kaysın.", ["ScrollController", "animateTo", "itemExtent"], r"""
class AlphabetContacts extends StatefulWidget {
  const AlphabetContacts({super.key, required this.names}); // Sıralı isimler
  final List<String> names;

  @override
  State<AlphabetContacts> createState() => _AlphabetContactsState();
}

class _AlphabetContactsState extends State<AlphabetContacts> {
  static const _rowHeight = 56.0;
  final _controller = ScrollController();

  void _jumpTo(String letter) {
    final index = widget.names.indexWhere((n) => n.toUpperCase().startsWith(letter));
    if (index < 0) return;
    // Sabit satır yüksekliği sayesinde konum doğrudan hesaplanır
    final target = (index * _rowHeight).clamp(0.0, _controller.position.maxScrollExtent);
    _controller.animateTo(target, duration: const Duration(milliseconds: 300), curve: Curves.easeOut);
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final letters = {for (final n in widget.names) n[0].toUpperCase()}.toList();
    return Row(children: [
      Expanded(
        child: ListView.builder(
          controller: _controller,
          itemExtent: _rowHeight,
          itemCount: widget.names.length,
          itemBuilder: (_, i) => ListTile(title: Text(widget.names[i])),
        ),
      ),
      Column(
        mainAxisAlignment: MainAxisAlignment.center,
        children: [
          for (final l in letters)
            GestureDetector(
              onTap: () => _jumpTo(l),
              child: Padding(padding: const EdgeInsets.all(2), child: Text(l, style: const TextStyle(fontSize: 12))),
            ),
        ],
      ),
    ]);
  }
}
""")

R(1021, "lists", "kolay", "code", "Bir Map'teki anahtar-değer çiftlerini listede solda anahtar, sağda değer olacak şekilde göster.", ["entries", "ListTile", "trailing"], r"""
class SpecsList extends StatelessWidget {
  const SpecsList({super.key, required this.specs});
  final Map<String, String> specs; // ör. {'Ekran': '6.1"', 'Pil': '3200 mAh'}

  @override
  Widget build(BuildContext context) {
    final entries = specs.entries.toList();
    return ListView.builder(
      itemCount: entries.length,
      itemBuilder: (context, i) => ListTile(
        title: Text(entries[i].key),
        trailing: Text(entries[i].value, style: const TextStyle(fontWeight: FontWeight.bold)),
      ),
    );
  }
}
""")

R(1022, "lists", "kolay", "code", "Sağ alttaki FloatingActionButton listenin son elemanının üstünü kapatıyor, son eleman görünsün.", ["padding", "EdgeInsets.only"], r"""
class TodoPage extends StatelessWidget {
  const TodoPage({super.key, required this.todos});
  final List<String> todos;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      floatingActionButton: FloatingActionButton(onPressed: () {}, child: const Icon(Icons.add)),
      body: ListView.builder(
        // Alta FAB yüksekliği + boşluk kadar iç boşluk ver
        padding: const EdgeInsets.only(bottom: 88),
        itemCount: todos.length,
        itemBuilder: (_, i) => ListTile(title: Text(todos[i])),
      ),
    );
  }
}
""")

R(1023, "lists", "orta", "code", "Telefonda tek sütun liste, tablette iki sütunlu ızgara gösteren bir ürün listesi yaz.", ["LayoutBuilder", "GridView.builder", "ListView.builder"], r"""
class AdaptiveProductList extends StatelessWidget {
  const AdaptiveProductList({super.key, required this.products});
  final List<String> products;

  @override
  Widget build(BuildContext context) {
    return LayoutBuilder(
      builder: (context, constraints) {
        Widget tile(int i) => Card(child: ListTile(title: Text(products[i])));
        if (constraints.maxWidth < 600) {
          return ListView.builder(itemCount: products.length, itemBuilder: (_, i) => tile(i));
        }
        // Geniş ekran: iki sütun
        return GridView.builder(
          gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
            crossAxisCount: 2,
            mainAxisExtent: 72,
          ),
          itemCount: products.length,
          itemBuilder: (_, i) => tile(i),
        );
      },
    );
  }
}
""")

R(1024, "lists", "kolay", "code", "Aşağı çekip yenilerken çıkan dönen göstergenin rengini ve arka planını değiştir, biraz daha aşağıda çıksın.", ["RefreshIndicator", "displacement", "backgroundColor"], r"""
class StyledRefresh extends StatelessWidget {
  const StyledRefresh({super.key, required this.onRefresh, required this.child});
  final Future<void> Function() onRefresh;
  final Widget child; // Kaydırılabilir bir liste olmalı

  @override
  Widget build(BuildContext context) {
    return RefreshIndicator(
      onRefresh: onRefresh,
      color: Colors.white, // Dönen okun rengi
      backgroundColor: Colors.deepPurple, // Daire arka planı
      displacement: 80, // Göstergenin duracağı mesafe
      strokeWidth: 3,
      child: child,
    );
  }
}
""")

R(1025, "lists", "orta", "code", "Notlar listesinde bir nota uzun basınca 'Sabitle' olsun; sabitlenen notlar her zaman listenin en üstünde dursun.", ["sort", "onLongPress"], r"""
class Note {
  Note(this.text, {this.pinned = false});
  final String text;
  bool pinned;
}

class PinnableNotes extends StatefulWidget {
  const PinnableNotes({super.key, required this.notes});
  final List<Note> notes;

  @override
  State<PinnableNotes> createState() => _PinnableNotesState();
}

class _PinnableNotesState extends State<PinnableNotes> {
  List<Note> get _ordered {
    final list = [...widget.notes];
    // Sabitlenenler önce; List.sort kararlı olduğundan kendi aralarındaki sıra korunur
    list.sort((a, b) => (b.pinned ? 1 : 0) - (a.pinned ? 1 : 0));
    return list;
  }

  @override
  Widget build(BuildContext context) {
    final notes = _ordered;
    return ListView.builder(
      itemCount: notes.length,
      itemBuilder: (_, i) => ListTile(
        leading: notes[i].pinned ? const Icon(Icons.push_pin) : null,
        title: Text(notes[i].text),
        onLongPress: () => setState(() => notes[i].pinned = !notes[i].pinned),
      ),
    );
  }
}
""")

R(1026, "lists", "orta", "code", "Web ve masaüstünde yatay ürün listesini fareyle tutup sürükleyerek kaydıramıyorum, nasıl açarım?", ["ScrollConfiguration", "dragDevices", "PointerDeviceKind.mouse"], r"""
// Varsayılan olarak masaüstünde fare ile sürükleme kapalıdır; bu liste için aç.
class DraggableHorizontalList extends StatelessWidget {
  const DraggableHorizontalList({super.key, required this.items});
  final List<String> items;

  @override
  Widget build(BuildContext context) {
    return ScrollConfiguration(
      behavior: ScrollConfiguration.of(context).copyWith(
        dragDevices: {PointerDeviceKind.touch, PointerDeviceKind.mouse, PointerDeviceKind.trackpad},
      ),
      child: SizedBox(
        height: 120,
        child: ListView.builder(
          scrollDirection: Axis.horizontal,
          itemCount: items.length,
          itemBuilder: (_, i) => SizedBox(width: 160, child: Card(child: Center(child: Text(items[i])))),
        ),
      ),
    );
  }
}
""")

R(1027, "lists", "kolay", "code", "Listeyi kaydırmaya başlayınca açık olan klavye otomatik kapansın.", ["keyboardDismissBehavior", "ScrollViewKeyboardDismissBehavior.onDrag"], r"""
class SearchResults extends StatelessWidget {
  const SearchResults({super.key, required this.results});
  final List<String> results;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      // Kullanıcı sürüklemeye başlayınca odak kalkar, klavye kapanır
      keyboardDismissBehavior: ScrollViewKeyboardDismissBehavior.onDrag,
      itemCount: results.length,
      itemBuilder: (_, i) => ListTile(title: Text(results[i])),
    );
  }
}
""")

R(1028, "lists", "zor", "code", "AnimatedList sayfa açılınca elemanları tek tek, kısa aralıklarla kayarak eklesin.", ["AnimatedList", "GlobalKey<AnimatedListState>", "insertItem"], r"""
class StaggeredInsertList extends StatefulWidget {
  const StaggeredInsertList({super.key, required this.items});
  final List<String> items;

  @override
  State<StaggeredInsertList> createState() => _StaggeredInsertListState();
}

class _StaggeredInsertListState extends State<StaggeredInsertList> {
  final _listKey = GlobalKey<AnimatedListState>();
  final List<String> _shown = [];

  @override
  void initState() {
    super.initState();
    _addOneByOne();
  }

  Future<void> _addOneByOne() async {
    for (final item in widget.items) {
      await Future.delayed(const Duration(milliseconds: 120));
      if (!mounted) return;
      _shown.add(item);
      _listKey.currentState?.insertItem(_shown.length - 1);
    }
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedList(
      key: _listKey,
      initialItemCount: 0,
      itemBuilder: (context, index, animation) => SlideTransition(
        position: Tween(begin: const Offset(1, 0), end: Offset.zero).animate(animation),
        child: ListTile(title: Text(_shown[index])),
      ),
    );
  }
}
""")

R(1029, "lists", "orta", "code", "Görev listesinin üstünde Tümü / Aktif / Tamamlanan sekmeleri olsun, seçilen sekmeye göre liste süzülsün.", ["DefaultTabController", "TabBarView", "where"], r"""
class Task {
  const Task(this.title, this.done);
  final String title;
  final bool done;
}

class FilteredTasks extends StatelessWidget {
  const FilteredTasks({super.key, required this.tasks});
  final List<Task> tasks;

  Widget _list(Iterable<Task> items) {
    final list = items.toList();
    return ListView.builder(
      itemCount: list.length,
      itemBuilder: (_, i) => CheckboxListTile(value: list[i].done, onChanged: null, title: Text(list[i].title)),
    );
  }

  @override
  Widget build(BuildContext context) {
    return DefaultTabController(
      length: 3,
      child: Scaffold(
        appBar: AppBar(
          title: const Text('Görevler'),
          bottom: const TabBar(tabs: [Tab(text: 'Tümü'), Tab(text: 'Aktif'), Tab(text: 'Tamamlanan')]),
        ),
        body: TabBarView(children: [
          _list(tasks),
          _list(tasks.where((t) => !t.done)),
          _list(tasks.where((t) => t.done)),
        ]),
      ),
    );
  }
}
""")

R(1030, "lists", "zor", "code", "Her satırın detayı ayrı bir API isteğiyle geliyor; satır ekrana gelince isteği at, sonucu önbelleğe al ki yukarı kaydırınca tekrar istemesin.", ["FutureBuilder", "putIfAbsent"], r"""
class LazyDetailList extends StatefulWidget {
  const LazyDetailList({super.key, required this.ids, required this.fetchDetail});
  final List<int> ids;
  final Future<String> Function(int id) fetchDetail;

  @override
  State<LazyDetailList> createState() => _LazyDetailListState();
}

class _LazyDetailListState extends State<LazyDetailList> {
  // Her id için Future bir kez oluşturulur ve saklanır
  final Map<int, Future<String>> _cache = {};

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: widget.ids.length,
      itemBuilder: (context, i) {
        final id = widget.ids[i];
        // builder sadece görünen satırlar için çağrılır, istek de o an atılır
        final future = _cache.putIfAbsent(id, () => widget.fetchDetail(id));
        return FutureBuilder<String>(
          future: future,
          builder: (context, snap) => ListTile(
            title: Text('Kayıt $id'),
            subtitle: snap.hasData
                ? Text(snap.data!)
                : snap.hasError ? const Text('Yüklenemedi') : const LinearProgressIndicator(),
          ),
        );
      },
    );
  }
}
""")

R(1031, "lists", "orta", "code", "Kullanıcı listeyi kaydırmayı bırakınca son kaydırma konumunu kaydet; her pikselde değil sadece durunca.", ["NotificationListener", "ScrollEndNotification"], r"""
class PositionSavingList extends StatelessWidget {
  const PositionSavingList({super.key, required this.onSave});
  final void Function(double offset) onSave;

  @override
  Widget build(BuildContext context) {
    return NotificationListener<ScrollEndNotification>(
      onNotification: (notification) {
        // Kaydırma tamamen durduğunda bir kez tetiklenir
        onSave(notification.metrics.pixels);
        return false; // Bildirim yukarı da iletilsin
      },
      child: ListView.builder(
        itemCount: 200,
        itemBuilder: (_, i) => ListTile(title: Text('Satır $i')),
      ),
    );
  }
}
""")

R(1032, "lists", "kolay", "code", "Haber listesini yayın tarihine göre en yeni en üstte olacak şekilde göster, orijinal listeyi değiştirme.", ["sort", "compareTo"], r"""
class News {
  const News(this.title, this.publishedAt);
  final String title;
  final DateTime publishedAt;
}

class NewsList extends StatelessWidget {
  const NewsList({super.key, required this.news});
  final List<News> news;

  @override
  Widget build(BuildContext context) {
    // Kopyasını sıralayıp orijinal listeye dokunma
    final sorted = [...news]..sort((a, b) => b.publishedAt.compareTo(a.publishedAt));
    return ListView.builder(
      itemCount: sorted.length,
      itemBuilder: (_, i) => ListTile(
        title: Text(sorted[i].title),
        subtitle: Text(sorted[i].publishedAt.toString().substring(0, 16)),
      ),
    );
  }
}
""")

R(1033, "lists", "orta", "code", "SliverGrid.builder ile CustomScrollView icinde 3 sutunlu foto izgarasi yap.", ["SliverGrid.builder", "CustomScrollView", "SliverGridDelegateWithFixedCrossAxisCount"], r"""
class PhotoGridPage extends StatelessWidget {
  const PhotoGridPage({super.key, required this.urls});
  final List<String> urls;

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(
      slivers: [
        const SliverAppBar(title: Text('Fotoğraflar'), floating: true),
        SliverGrid.builder(
          gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
            crossAxisCount: 3,
            mainAxisSpacing: 2,
            crossAxisSpacing: 2,
          ),
          itemCount: urls.length,
          // Sadece görünen hücreler oluşturulur
          itemBuilder: (_, i) => Image.network(urls[i], fit: BoxFit.cover),
        ),
      ],
    );
  }
}
""")

R(1034, "lists", "kolay", "code", "GridView'daki kartların arasında yatayda ve dikeyde 12 piksel boşluk olsun, kenarlardan da boşluk bırak.", ["mainAxisSpacing", "crossAxisSpacing", "padding"], r"""
class SpacedGrid extends StatelessWidget {
  const SpacedGrid({super.key});

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      padding: const EdgeInsets.all(12), // Kenar boşlukları
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
        crossAxisCount: 2,
        mainAxisSpacing: 12, // Satırlar arası
        crossAxisSpacing: 12, // Sütunlar arası
      ),
      itemCount: 20,
      itemBuilder: (_, i) => Card(child: Center(child: Text('Kart $i'))),
    );
  }
}
""")

R(1035, "lists", "orta", "code", "Liste verisi yüklenirken gerçek satırlar yerine gri yer tutucu satırlar göster, veri gelince gerçek listeye geç.", ["ListView.builder", "isLoading | loading"], r"""
class PlaceholderList extends StatelessWidget {
  const PlaceholderList({super.key, required this.loading, required this.items});
  final bool loading;
  final List<String> items;

  Widget _placeholderRow() => Padding(
        padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 12),
        child: Row(children: [
          const CircleAvatar(backgroundColor: Color(0xFFE0E0E0)),
          const SizedBox(width: 12),
          Expanded(child: Container(height: 14, color: const Color(0xFFE0E0E0))),
        ]),
      );

  @override
  Widget build(BuildContext context) {
    if (loading) {
      // 8 adet sahte satır; kaydırma kapalı
      return ListView.builder(
        physics: const NeverScrollableScrollPhysics(),
        itemCount: 8,
        itemBuilder: (_, __) => _placeholderRow(),
      );
    }
    return ListView.builder(
      itemCount: items.length,
      itemBuilder: (_, i) => ListTile(leading: const CircleAvatar(), title: Text(items[i])),
    );
  }
}
""")

R(1036, "lists", "orta", "code", "Izgara hücresine uzun basınca hücre hafif küçülsün ve seçili olduğu için kenarlığı renklensin; tekrar uzun basınca seçim kalksın.", ["AnimatedScale", "onLongPress", "Set"], r"""
class SelectableGrid extends StatefulWidget {
  const SelectableGrid({super.key});

  @override
  State<SelectableGrid> createState() => _SelectableGridState();
}

class _SelectableGridState extends State<SelectableGrid> {
  final Set<int> _selected = {};

  @override
  Widget build(BuildContext context) {
    final primary = Theme.of(context).colorScheme.primary;
    return GridView.builder(
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 3),
      itemCount: 30,
      itemBuilder: (_, i) {
        final selected = _selected.contains(i);
        return GestureDetector(
          onLongPress: () => setState(() => selected ? _selected.remove(i) : _selected.add(i)),
          child: AnimatedScale(
            scale: selected ? 0.9 : 1,
            duration: const Duration(milliseconds: 150),
            child: Container(
              margin: const EdgeInsets.all(4),
              decoration: BoxDecoration(
                color: Colors.grey.shade300,
                border: Border.all(color: selected ? primary : Colors.transparent, width: 3),
              ),
              child: Center(child: Text('$i')),
            ),
          ),
        );
      },
    );
  }
}
""")

R(1037, "lists", "kolay", "code", "Listedeki her satırın sağında ürünün fiyatı ve altında küçük gri stok bilgisi olsun; üç satırlı ListTile kullan.", ["isThreeLine", "subtitle"], r"""
class StockTile extends StatelessWidget {
  const StockTile({super.key, required this.name, required this.description, required this.stock, required this.price});
  final String name;
  final String description;
  final int stock;
  final double price;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      isThreeLine: true, // Alt başlık iki satıra kadar yer alabilir
      title: Text(name),
      subtitle: Text('$description\nStok: $stock', style: const TextStyle(color: Colors.grey)),
      trailing: Text('${price.toStringAsFixed(2)} ₺'),
    );
  }
}
""")

R(1038, "lists", "orta", "code", "Liste satırındaki ikona dokununca satırın altında ek bilgi alanı animasyonla açılıp kapansın.", ["AnimatedSize | AnimatedCrossFade", "setState"], r"""
class ExpandableRow extends StatefulWidget {
  const ExpandableRow({super.key, required this.title, required this.details});
  final String title;
  final String details;

  @override
  State<ExpandableRow> createState() => _ExpandableRowState();
}

class _ExpandableRowState extends State<ExpandableRow> {
  bool _open = false;

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        ListTile(
          title: Text(widget.title),
          trailing: IconButton(
            icon: Icon(_open ? Icons.expand_less : Icons.expand_more),
            onPressed: () => setState(() => _open = !_open),
          ),
        ),
        // Yükseklik değişimini yumuşakça canlandırır
        AnimatedSize(
          duration: const Duration(milliseconds: 250),
          child: _open
              ? Padding(padding: const EdgeInsets.fromLTRB(16, 0, 16, 12), child: Text(widget.details))
              : const SizedBox(width: double.infinity),
        ),
      ],
    );
  }
}
""")

R(1039, "lists", "orta", "code", "Ürünleri her sayfada 2x3 = 6 ürün olacak şekilde sayfalara böl; sayfalar yatay kaydırılsın.", ["PageView.builder", "GridView.count", "NeverScrollableScrollPhysics"], r"""
class PagedProductGrid extends StatelessWidget {
  const PagedProductGrid({super.key, required this.products});
  final List<String> products;

  static const _perPage = 6;

  @override
  Widget build(BuildContext context) {
    final pageCount = (products.length / _perPage).ceil();
    return PageView.builder(
      itemCount: pageCount,
      itemBuilder: (context, page) {
        final items = products.skip(page * _perPage).take(_perPage).toList();
        return GridView.count(
          crossAxisCount: 2,
          padding: const EdgeInsets.all(8),
          // Izgara kendi içinde kaymasın, kaydırmayı PageView yönetsin
          physics: const NeverScrollableScrollPhysics(),
          children: [for (final p in items) Card(child: Center(child: Text(p)))],
        );
      },
    );
  }
}
""")

R(1040, "lists", "kolay", "concept", "ListTile'da leading, title, subtitle ve trailing parametreleri ne işe yarar?", ["ListTile", "leading", "trailing"], r"""
// leading: solda duran widget (ikon, avatar)
// title: ana başlık metni
// subtitle: başlığın altındaki açıklama satırı
// trailing: sağda duran widget (ok, fiyat, switch)
// onTap / onLongPress: satıra dokunma olayları
const tile = ListTile(
  leading: Icon(Icons.music_note),
  title: Text('Şarkı adı'),
  subtitle: Text('Sanatçı'),
  trailing: Text('3:45'),
);
""")

R(1041, "lists", "orta", "code", "Yatay kaydırılan fotoğraf şeridinde her kartın altında soluk renkli bir başlık olsun, kartların genişliği ekranın üçte biri kadar olsun.", ["MediaQuery.sizeOf", "scrollDirection"], r"""
class PhotoStrip extends StatelessWidget {
  const PhotoStrip({super.key, required this.photos});
  final List<(String url, String caption)> photos;

  @override
  Widget build(BuildContext context) {
    final cardWidth = MediaQuery.sizeOf(context).width / 3;
    return SizedBox(
      height: cardWidth + 32,
      child: ListView.builder(
        scrollDirection: Axis.horizontal,
        itemCount: photos.length,
        itemBuilder: (_, i) {
          final (url, caption) = photos[i];
          return SizedBox(
            width: cardWidth,
            child: Column(children: [
              Expanded(child: Image.network(url, fit: BoxFit.cover, width: cardWidth)),
              Text(caption, maxLines: 1, overflow: TextOverflow.ellipsis,
                  style: const TextStyle(color: Colors.black54)),
            ]),
          );
        },
      ),
    );
  }
}
""")

R(1042, "lists", "orta", "code", "ReorderableListView'da elemanları sürükleyip bırakınca yeni sıralamayı kaydetmek için onReorder'ı doğru yaz, index kaymasını düzelt.", ["onReorder", "removeAt", "insert"], r"""
class PlaylistOrder extends StatefulWidget {
  const PlaylistOrder({super.key, required this.onSaved});
  final void Function(List<String>) onSaved;

  @override
  State<PlaylistOrder> createState() => _PlaylistOrderState();
}

class _PlaylistOrderState extends State<PlaylistOrder> {
  final List<String> _songs = ['Şarkı A', 'Şarkı B', 'Şarkı C', 'Şarkı D'];

  @override
  Widget build(BuildContext context) {
    return ReorderableListView(
      onReorder: (oldIndex, newIndex) {
        setState(() {
          // Aşağı taşırken eleman önce çıkarıldığı için hedef bir kayar
          if (newIndex > oldIndex) newIndex -= 1;
          final song = _songs.removeAt(oldIndex);
          _songs.insert(newIndex, song);
        });
        widget.onSaved(List.unmodifiable(_songs));
      },
      children: [
        for (final s in _songs) ListTile(key: ValueKey(s), title: Text(s)),
      ],
    );
  }
}
""")

R(1043, "lists", "orta", "code", "Kişi kartlarını yatayda sığdığı kadar yan yana dizip sonra alt satıra geçecek şekilde göster; sayfa kaydırılabilsin.", ["Wrap", "SingleChildScrollView"], r"""
class ContactChips extends StatelessWidget {
  const ContactChips({super.key, required this.names});
  final List<String> names;

  @override
  Widget build(BuildContext context) {
    return SingleChildScrollView(
      padding: const EdgeInsets.all(12),
      // Wrap, sığmayan elemanları otomatik bir alt satıra taşır
      child: Wrap(
        spacing: 8,
        runSpacing: 8,
        children: [
          for (final n in names)
            Chip(avatar: CircleAvatar(child: Text(n[0])), label: Text(n)),
        ],
      ),
    );
  }
}
""")

R(1044, "lists", "zor", "code", "Çok uzun bir listede kaydırırken satırın index'ine göre o an ekranın en üstündeki satırın numarasını AppBar'da göster; satırlar sabit yükseklikte.", ["ScrollController", "offset", "itemExtent"], r"""
class TopIndexList extends StatefulWidget {
  const TopIndexList({super.key});

  @override
  State<TopIndexList> createState() => _TopIndexListState();
}

class _TopIndexListState extends State<TopIndexList> {
  static const _extent = 60.0;
  final _controller = ScrollController();
  final _topIndex = ValueNotifier<int>(0); // Sadece başlık yeniden çizilsin

  @override
  void initState() {
    super.initState();
    _controller.addListener(() => _topIndex.value = (_controller.offset / _extent).floor());
  }

  @override
  void dispose() {
    _controller.dispose();
    _topIndex.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: ValueListenableBuilder<int>(
          valueListenable: _topIndex,
          builder: (_, i, __) => Text('Satır ${i + 1}'),
        ),
      ),
      body: ListView.builder(
        controller: _controller,
        itemExtent: _extent,
        itemCount: 10000,
        itemBuilder: (_, i) => ListTile(title: Text('Kayıt ${i + 1}')),
      ),
    );
  }
}
""")

R(1045, "lists", "orta", "code", "Listeden silinen elemanı diğerleri kaymadan önce küçülerek kaybolacak şekilde AnimatedList ile kaldır.", ["removeItem", "SizeTransition"], r"""
class ShrinkRemoveList extends StatefulWidget {
  const ShrinkRemoveList({super.key});

  @override
  State<ShrinkRemoveList> createState() => _ShrinkRemoveListState();
}

class _ShrinkRemoveListState extends State<ShrinkRemoveList> {
  final _key = GlobalKey<AnimatedListState>();
  final List<String> _items = List.generate(10, (i) => 'Bildirim $i');

  void _remove(int index) {
    final removed = _items.removeAt(index);
    _key.currentState!.removeItem(
      index,
      // Silinen satır küçülürken diğerleri yavaşça yukarı kayar
      (context, animation) => SizeTransition(sizeFactor: animation, child: ListTile(title: Text(removed))),
      duration: const Duration(milliseconds: 300),
    );
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedList(
      key: _key,
      initialItemCount: _items.length,
      itemBuilder: (context, i, animation) => SizeTransition(
        sizeFactor: animation,
        child: ListTile(
          title: Text(_items[i]),
          trailing: IconButton(icon: const Icon(Icons.close), onPressed: () => _remove(i)),
        ),
      ),
    );
  }
}
""")

R(1046, "lists", "kolay", "code", "Uzun bir listede ilk 3 kaydı 'Öne çıkanlar', kalanları 'Diğerleri' başlığı altında tek liste içinde göster.", ["ListView", "take", "skip"], r"""
class SectionedList extends StatelessWidget {
  const SectionedList({super.key, required this.items});
  final List<String> items;

  Widget _header(String text) => Padding(
        padding: const EdgeInsets.fromLTRB(16, 16, 16, 4),
        child: Text(text, style: const TextStyle(fontWeight: FontWeight.bold)),
      );

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        _header('Öne çıkanlar'),
        for (final i in items.take(3)) ListTile(leading: const Icon(Icons.star), title: Text(i)),
        _header('Diğerleri'),
        for (final i in items.skip(3)) ListTile(title: Text(i)),
      ],
    );
  }
}
""")

R(1047, "lists", "orta", "code", "GridView içindeki her kartın içinde resim üstte, başlık altta olsun ve resim kartın tüm genişliğini kaplasın.", ["GridView.builder", "childAspectRatio", "Expanded"], r"""
class RecipeGrid extends StatelessWidget {
  const RecipeGrid({super.key, required this.recipes});
  final List<(String title, String imageUrl)> recipes;

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      padding: const EdgeInsets.all(8),
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
        crossAxisCount: 2,
        childAspectRatio: 0.8, // Genişlik / yükseklik
      ),
      itemCount: recipes.length,
      itemBuilder: (_, i) {
        final (title, url) = recipes[i];
        return Card(
          clipBehavior: Clip.antiAlias,
          child: Column(
            crossAxisAlignment: CrossAxisAlignment.stretch,
            children: [
              Expanded(child: Image.network(url, fit: BoxFit.cover)),
              Padding(padding: const EdgeInsets.all(8), child: Text(title, maxLines: 1)),
            ],
          ),
        );
      },
    );
  }
}
""")

R(1048, "lists", "zor", "code", "Bir liste görünürken ekranda tamamen görünen ilk ve son satırın index'ini hesaplayıp göster; satır yüksekliği 72.", ["NotificationListener", "ScrollNotification", "viewportDimension"], r"""
class VisibleRangeList extends StatefulWidget {
  const VisibleRangeList({super.key});

  @override
  State<VisibleRangeList> createState() => _VisibleRangeListState();
}

class _VisibleRangeListState extends State<VisibleRangeList> {
  static const _extent = 72.0;
  String _range = '';

  bool _onScroll(ScrollNotification n) {
    final m = n.metrics;
    final first = (m.pixels / _extent).ceil(); // Tamamen görünen ilk satır
    final last = ((m.pixels + m.viewportDimension) / _extent).floor() - 1;
    final text = '$first - $last';
    if (text != _range) setState(() => _range = text);
    return false;
  }

  @override
  Widget build(BuildContext context) {
    return Column(children: [
      Text('Görünen: $_range'),
      Expanded(
        child: NotificationListener<ScrollNotification>(
          onNotification: _onScroll,
          child: ListView.builder(
            itemExtent: _extent,
            itemCount: 500,
            itemBuilder: (_, i) => ListTile(title: Text('Satır $i')),
          ),
        ),
      ),
    ]);
  }
}
""")

R(1049, "lists", "orta", "code", "Çok sütunlu geniş bir tabloyu ekrana sığmadığı için hem yatay hem dikey kaydırılabilir yap.", ["SingleChildScrollView", "Axis.horizontal", "DataTable"], r"""
class WideTable extends StatelessWidget {
  const WideTable({super.key, required this.rows});
  final List<List<String>> rows; // İlk satır başlık

  @override
  Widget build(BuildContext context) {
    // Dıştaki dikey, içteki yatay kaydırma: iki yönde de gezilebilir
    return SingleChildScrollView(
      child: SingleChildScrollView(
        scrollDirection: Axis.horizontal,
        child: DataTable(
          columns: [for (final h in rows.first) DataColumn(label: Text(h))],
          rows: [
            for (final r in rows.skip(1))
              DataRow(cells: [for (final c in r) DataCell(Text(c))]),
          ],
        ),
      ),
    );
  }
}

// Not: Binlerce satır için tüm satırları bir kerede çizen DataTable yerine
// satırları tembel oluşturan bir ListView.builder tercih edilmelidir.
""")

# ---------------------------------------------------------------- forms
R(1000, "forms", "kolay", "code", "4 haneli PIN girilecek alan olsun; sadece rakam girilsin ve yazılanlar nokta yerine * ile gizlensin.", ["obscureText", "obscuringCharacter", "maxLength"], r"""
class PinField extends StatelessWidget {
  const PinField({super.key, required this.controller});
  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: controller,
      obscureText: true,
      obscuringCharacter: '*', // Varsayılan '•' yerine yıldız
      keyboardType: TextInputType.number,
      maxLength: 4,
      inputFormatters: [FilteringTextInputFormatter.digitsOnly],
      textAlign: TextAlign.center,
      style: const TextStyle(fontSize: 28, letterSpacing: 16),
      decoration: const InputDecoration(counterText: '', hintText: '••••'),
    );
  }
}
""")

R(1001, "forms", "kolay", "code", "Kullanici adi alaninda klavye otomatik duzeltme yapmasin ve kelime onerileri cikmasin.", ["autocorrect", "enableSuggestions"], r"""
class UsernameField extends StatelessWidget {
  const UsernameField({super.key, required this.controller});
  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: controller,
      autocorrect: false, // Yazılanı otomatik düzeltme
      enableSuggestions: false, // Klavye üstündeki öneri çubuğunu kapat
      textCapitalization: TextCapitalization.none,
      decoration: const InputDecoration(labelText: 'Kullanıcı adı'),
    );
  }
}
""")

R(1002, "forms", "orta", "code", "Form widget'ı kullanmadan tek bir TextField'da hatalı girişte altında kırmızı hata yazısı göster.", ["errorText", "InputDecoration"], r"""
class StandaloneEmailField extends StatefulWidget {
  const StandaloneEmailField({super.key});

  @override
  State<StandaloneEmailField> createState() => _StandaloneEmailFieldState();
}

class _StandaloneEmailFieldState extends State<StandaloneEmailField> {
  String? _error;

  void _check(String value) {
    setState(() {
      _error = value.isEmpty || value.contains('@') ? null : 'Geçerli bir e-posta girin';
    });
  }

  @override
  Widget build(BuildContext context) {
    return TextField(
      onChanged: _check,
      keyboardType: TextInputType.emailAddress,
      decoration: InputDecoration(
        labelText: 'E-posta',
        errorText: _error, // null olduğunda hata gösterilmez
      ),
    );
  }
}
""")

R(1003, "forms", "kolay", "code", "TextField'ın etiketi (label) alan boşken bile hep üstte küçük olarak dursun, içeri girmesin.", ["floatingLabelBehavior", "FloatingLabelBehavior.always"], r"""
const cityField = TextField(
  decoration: InputDecoration(
    labelText: 'Şehir',
    hintText: 'Örn. İzmir',
    // Etiket her zaman yukarıda durur, hint de görünür
    floatingLabelBehavior: FloatingLabelBehavior.always,
    border: OutlineInputBorder(),
  ),
);
""")

R(1004, "forms", "kolay", "concept", "InputDecoration'da prefix ile prefixIcon arasındaki fark nedir?", ["prefixIcon", "prefix"], r"""
// prefixIcon: alanın solunda her zaman görünen ikon alanı; boyutu ikon için ayarlıdır,
//             etiket (label) ikonun sağından başlar.
// prefix:     metnin hemen önüne yapışan widget; sadece alan odaklıyken veya doluyken görünür.
// prefixText: prefix'in metin kısayolu (ör. '+90 ').
// Aynı mantık suffix / suffixIcon / suffixText için de geçerlidir.
final phoneDecoration = InputDecoration(
  labelText: 'Telefon',
  prefixIcon: const Icon(Icons.phone), // Hep görünür
  prefix: Text('+90 ', style: TextStyle(color: Colors.grey.shade700)), // Odakta görünür
);
""")

R(1005, "forms", "kolay", "code", "CheckboxListTile'da kutucuk sağda değil solda, metnin başında dursun.", ["CheckboxListTile", "controlAffinity", "ListTileControlAffinity.leading"], r"""
class NewsletterTile extends StatefulWidget {
  const NewsletterTile({super.key});

  @override
  State<NewsletterTile> createState() => _NewsletterTileState();
}

class _NewsletterTileState extends State<NewsletterTile> {
  bool _subscribed = false;

  @override
  Widget build(BuildContext context) {
    return CheckboxListTile(
      value: _subscribed,
      onChanged: (v) => setState(() => _subscribed = v ?? false),
      title: const Text('Kampanyalardan haberdar olmak istiyorum'),
      controlAffinity: ListTileControlAffinity.leading, // Kutucuk solda
      contentPadding: EdgeInsets.zero,
    );
  }
}
""")

R(1006, "forms", "orta", "code", "Gönder butonu ayrı bir widget dosyasında; Form'a GlobalKey vermeden bu butonun içinden formu doğrulayabilir miyim?", ["Form.of", "validate"], r"""
class SubmitButton extends StatelessWidget {
  const SubmitButton({super.key, required this.onValid});
  final VoidCallback onValid;

  @override
  Widget build(BuildContext context) {
    return ElevatedButton(
      onPressed: () {
        // En yakın üst Form'un state'ini verir (buton Form'un altında olmalı)
        final form = Form.of(context);
        if (form.validate()) {
          form.save();
          onValid();
        }
      },
      child: const Text('Gönder'),
    );
  }
}

// Kullanım:
// Form(child: Column(children: [TextFormField(validator: ...), SubmitButton(onValid: _send)]))
""")

R(1007, "forms", "zor", "code", "Formda etiket rengi seçilen renkli dairelerden oluşan bir alan olsun; renk seçilmeden form gönderilmesin, altında hata çıksın.", ["FormField<Color>", "didChange", "errorText"], r"""
class ColorFormField extends FormField<Color> {
  ColorFormField({super.key, super.onSaved, List<Color> colors = Colors.primaries})
      : super(
          validator: (c) => c == null ? 'Bir renk seçin' : null,
          builder: (state) => Column(
            crossAxisAlignment: CrossAxisAlignment.start,
            children: [
              Wrap(spacing: 8, children: [
                for (final c in colors)
                  GestureDetector(
                    onTap: () => state.didChange(c), // Değeri forma bildir
                    child: CircleAvatar(
                      backgroundColor: c,
                      radius: 16,
                      child: state.value == c ? const Icon(Icons.check, color: Colors.white) : null,
                    ),
                  ),
              ]),
              if (state.hasError)
                Padding(
                  padding: const EdgeInsets.only(top: 6),
                  child: Text(state.errorText!, style: const TextStyle(color: Colors.red, fontSize: 12)),
                ),
            ],
          ),
        );
}

// Form(key: _formKey, child: ColorFormField(onSaved: (c) => _tagColor = c))
""")

R(1008, "forms", "orta", "code", "Profil düzenleme ekranı açılınca form alanları kullanıcının mevcut adı ve e-postasıyla dolu gelsin.", ["initialValue", "onSaved"], r"""
class Profile {
  const Profile({required this.name, required this.email});
  final String name;
  final String email;
}

class EditProfileForm extends StatefulWidget {
  const EditProfileForm({super.key, required this.profile, required this.onSubmit});
  final Profile profile;
  final void Function(Profile) onSubmit;

  @override
  State<EditProfileForm> createState() => _EditProfileFormState();
}

class _EditProfileFormState extends State<EditProfileForm> {
  final _formKey = GlobalKey<FormState>();
  late String _name = widget.profile.name;
  late String _email = widget.profile.email;

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(children: [
        TextFormField(
          initialValue: widget.profile.name, // Controller kullanmadan başlangıç değeri
          decoration: const InputDecoration(labelText: 'Ad'),
          onSaved: (v) => _name = v!.trim(),
        ),
        TextFormField(
          initialValue: widget.profile.email,
          decoration: const InputDecoration(labelText: 'E-posta'),
          onSaved: (v) => _email = v!.trim(),
        ),
        ElevatedButton(
          onPressed: () {
            if (!_formKey.currentState!.validate()) return;
            _formKey.currentState!.save();
            widget.onSubmit(Profile(name: _name, email: _email));
          },
          child: const Text('Kaydet'),
        ),
      ]),
    );
  }
}
""")

R(1009, "forms", "zor", "code", "Adres formunda önce il seçilsin, sonra ikinci açılır listede sadece o ilin ilçeleri çıksın; il değişince ilçe seçimi sıfırlansın.", ["DropdownButton", "DropdownMenuItem", "setState"], r"""
class CityDistrictPicker extends StatefulWidget {
  const CityDistrictPicker({super.key});

  @override
  State<CityDistrictPicker> createState() => _CityDistrictPickerState();
}

class _CityDistrictPickerState extends State<CityDistrictPicker> {
  static const _data = {
    'İstanbul': ['Kadıköy', 'Beşiktaş', 'Üsküdar'],
    'Ankara': ['Çankaya', 'Keçiören'],
    'İzmir': ['Bornova', 'Karşıyaka'],
  };
  String? _city;
  String? _district;

  @override
  Widget build(BuildContext context) {
    final districts = _city == null ? const <String>[] : _data[_city]!;
    return Column(children: [
      DropdownButton<String>(
        isExpanded: true,
        hint: const Text('İl seçin'),
        value: _city,
        items: [for (final c in _data.keys) DropdownMenuItem(value: c, child: Text(c))],
        onChanged: (c) => setState(() {
          _city = c;
          _district = null; // Eski ilçe yeni ilde olmayabilir
        }),
      ),
      DropdownButton<String>(
        isExpanded: true,
        hint: const Text('İlçe seçin'),
        value: _district,
        items: [for (final d in districts) DropdownMenuItem(value: d, child: Text(d))],
        onChanged: _city == null ? null : (d) => setState(() => _district = d), // İl yoksa pasif
      ),
    ]);
  }
}
""")

R(1010, "forms", "kolay", "code", "Açılır listedeki seçenek metinleri uzun olunca sağa taşıyor (overflow), metin kesilsin ve liste tam genişlikte olsun.", ["isExpanded", "TextOverflow.ellipsis"], r"""
class LongOptionDropdown extends StatefulWidget {
  const LongOptionDropdown({super.key, required this.options});
  final List<String> options;

  @override
  State<LongOptionDropdown> createState() => _LongOptionDropdownState();
}

class _LongOptionDropdownState extends State<LongOptionDropdown> {
  String? _value;

  @override
  Widget build(BuildContext context) {
    return DropdownButton<String>(
      isExpanded: true, // Mevcut genişliği doldurur, taşmaz
      value: _value,
      hint: const Text('Seçin'),
      items: [
        for (final o in widget.options)
          DropdownMenuItem(
            value: o,
            child: Text(o, maxLines: 1, overflow: TextOverflow.ellipsis),
          ),
      ],
      onChanged: (v) => setState(() => _value = v),
    );
  }
}
""")

R(1011, "forms", "kolay", "code", "iOS görünümlü, yuvarlak köşeli ve içinde placeholder yazısı olan bir metin alanı koy.", ["CupertinoTextField", "placeholder"], r"""
class IosNameField extends StatelessWidget {
  const IosNameField({super.key, required this.controller});
  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return CupertinoTextField(
      controller: controller,
      placeholder: 'Adınız', // Material'deki hintText karşılığı
      clearButtonMode: OverlayVisibilityMode.editing, // Yazarken temizle butonu
      padding: const EdgeInsets.all(12),
      prefix: const Padding(
        padding: EdgeInsets.only(left: 8),
        child: Icon(CupertinoIcons.person),
      ),
    );
  }
}
""")

R(1012, "forms", "orta", "code", "iOS tarzı kayan seçim çubuğu ile Günlük / Haftalık / Aylık seçimi yap.", ["CupertinoSlidingSegmentedControl", "groupValue"], r"""
enum Period { daily, weekly, monthly }

class PeriodSelector extends StatefulWidget {
  const PeriodSelector({super.key});

  @override
  State<PeriodSelector> createState() => _PeriodSelectorState();
}

class _PeriodSelectorState extends State<PeriodSelector> {
  Period _period = Period.daily;

  @override
  Widget build(BuildContext context) {
    return CupertinoSlidingSegmentedControl<Period>(
      groupValue: _period,
      children: const {
        Period.daily: Text('Günlük'),
        Period.weekly: Text('Haftalık'),
        Period.monthly: Text('Aylık'),
      },
      onValueChanged: (p) {
        if (p != null) setState(() => _period = p);
      },
    );
  }
}
""")

R(1013, "forms", "orta", "code", "Material 3 SearchBar ile solunda büyüteç, sağında mikrofon ikonu olan bir arama kutusu yap; Enter'a basınca aranan metni al.", ["SearchBar", "onSubmitted", "trailing"], r"""
class HomeSearch extends StatelessWidget {
  const HomeSearch({super.key, required this.onSearch});
  final void Function(String) onSearch;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(12),
      child: SearchBar(
        hintText: 'Ürün ara',
        leading: const Icon(Icons.search),
        trailing: [
          IconButton(icon: const Icon(Icons.mic), onPressed: () {}),
        ],
        onSubmitted: (text) => onSearch(text.trim()), // Klavyede Enter / Ara
      ),
    );
  }
}
""")

R(1014, "forms", "kolay", "code", "Kullanıcı e-postanın başına veya sonuna yanlışlıkla boşluk koyarsa doğrulama ve kayıt sırasında bu boşluklar yok sayılsın.", ["trim", "validator", "onSaved"], r"""
String? _email;

final emailField = TextFormField(
  keyboardType: TextInputType.emailAddress,
  decoration: const InputDecoration(labelText: 'E-posta'),
  validator: (value) {
    final email = value?.trim() ?? ''; // Baştaki/sondaki boşlukları at
    if (email.isEmpty) return 'E-posta zorunlu';
    if (!RegExp(r'^[^@\s]+@[^@\s]+\.[^@\s]+$').hasMatch(email)) return 'Geçersiz e-posta';
    return null;
  },
  onSaved: (value) => _email = value!.trim().toLowerCase(),
);
""")

R(1015, "forms", "orta", "code", "Şehir alanına dokununca klavye açılmasın, alttan şehir listesi çıksın; seçilen şehir alana yazılsın.", ["readOnly", "showModalBottomSheet", "onTap"], r"""
class CityPickerField extends StatefulWidget {
  const CityPickerField({super.key, required this.cities});
  final List<String> cities;

  @override
  State<CityPickerField> createState() => _CityPickerFieldState();
}

class _CityPickerFieldState extends State<CityPickerField> {
  final _controller = TextEditingController();

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  Future<void> _pick() async {
    final city = await showModalBottomSheet<String>(
      context: context,
      builder: (context) => ListView(
        children: [
          for (final c in widget.cities)
            ListTile(title: Text(c), onTap: () => Navigator.pop(context, c)),
        ],
      ),
    );
    if (city != null) _controller.text = city;
  }

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: _controller,
      readOnly: true, // Klavye açılmaz
      onTap: _pick,
      validator: (v) => (v == null || v.isEmpty) ? 'Şehir seçin' : null,
      decoration: const InputDecoration(labelText: 'Şehir', suffixIcon: Icon(Icons.arrow_drop_down)),
    );
  }
}
""")

R(1016, "forms", "zor", "code", "Masaüstü uygulamada mesaj alanındayken Ctrl+Enter'a basınca form gönderilsin, sadece Enter yeni satır açsın.", ["CallbackShortcuts", "SingleActivator", "LogicalKeyboardKey.enter"], r"""
class MessageComposer extends StatefulWidget {
  const MessageComposer({super.key, required this.onSend});
  final void Function(String) onSend;

  @override
  State<MessageComposer> createState() => _MessageComposerState();
}

class _MessageComposerState extends State<MessageComposer> {
  final _controller = TextEditingController();

  void _send() {
    final text = _controller.text.trim();
    if (text.isEmpty) return;
    widget.onSend(text);
    _controller.clear();
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return CallbackShortcuts(
      bindings: {
        // Ctrl+Enter gönderir; düz Enter çok satırlı alanda yeni satır ekler
        const SingleActivator(LogicalKeyboardKey.enter, control: true): _send,
      },
      child: TextField(
        controller: _controller,
        maxLines: 5,
        minLines: 1,
        keyboardType: TextInputType.multiline,
        decoration: const InputDecoration(hintText: 'Mesaj (Ctrl+Enter ile gönder)'),
      ),
    );
  }
}
""")

R(1017, "forms", "kolay", "code", "Zorunlu alanların etiketinde yazının yanında kırmızı bir yıldız (*) görünsün.", ["label", "Text.rich", "TextSpan"], r"""
InputDecoration requiredDecoration(String label) {
  return InputDecoration(
    // labelText yerine label ile istediğimiz widget'ı verebiliriz
    label: Text.rich(
      TextSpan(
        text: label,
        children: const [
          TextSpan(text: ' *', style: TextStyle(color: Colors.red)),
        ],
      ),
    ),
  );
}

// TextFormField(decoration: requiredDecoration('Ad Soyad'), validator: ...)
""")

R(1018, "forms", "orta", "code", "Hatalar ilk açılışta görünmesin; kullanıcı bir kez Gönder'e bastıktan sonra ise her tuşta anlık doğrulama yapılsın.", ["autovalidateMode", "AutovalidateMode.always", "AutovalidateMode.disabled"], r"""
class SignupForm extends StatefulWidget {
  const SignupForm({super.key});

  @override
  State<SignupForm> createState() => _SignupFormState();
}

class _SignupFormState extends State<SignupForm> {
  final _formKey = GlobalKey<FormState>();
  AutovalidateMode _mode = AutovalidateMode.disabled;

  void _submit() {
    if (_formKey.currentState!.validate()) {
      // Kaydet...
    } else {
      // İlk başarısız denemeden sonra yazdıkça doğrula
      setState(() => _mode = AutovalidateMode.always);
    }
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      autovalidateMode: _mode,
      child: Column(children: [
        TextFormField(
          decoration: const InputDecoration(labelText: 'Ad'),
          validator: (v) => (v ?? '').trim().isEmpty ? 'Ad zorunlu' : null,
        ),
        ElevatedButton(onPressed: _submit, child: const Text('Gönder')),
      ]),
    );
  }
}
""")

R(1019, "forms", "orta", "code", "İletişim formunda telefon ve e-posta alanlarından en az birinin doldurulması zorunlu olsun; ikisi de boşsa iki alanda da hata çıksın.", ["validator", "TextEditingController"], r"""
class ContactForm extends StatefulWidget {
  const ContactForm({super.key});

  @override
  State<ContactForm> createState() => _ContactFormState();
}

class _ContactFormState extends State<ContactForm> {
  final _formKey = GlobalKey<FormState>();
  final _phone = TextEditingController();
  final _email = TextEditingController();

  // Her iki alanın validator'ı diğer alanın değerine de bakar
  String? _eitherRequired(String? _) =>
      _phone.text.trim().isEmpty && _email.text.trim().isEmpty ? 'Telefon veya e-posta girin' : null;

  @override
  void dispose() {
    _phone.dispose();
    _email.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(children: [
        TextFormField(controller: _phone, decoration: const InputDecoration(labelText: 'Telefon'), validator: _eitherRequired),
        TextFormField(controller: _email, decoration: const InputDecoration(labelText: 'E-posta'), validator: _eitherRequired),
        ElevatedButton(onPressed: () => _formKey.currentState!.validate(), child: const Text('Gönder')),
      ]),
    );
  }
}
""")

R(1020, "forms", "kolay", "code", "Posta kodu alanı için 5 haneli rakamdan oluşan kodu kabul eden bir validator yaz.", ["RegExp", "hasMatch"], r"""
String? postalCodeValidator(String? value) {
  final code = value?.trim() ?? '';
  if (code.isEmpty) return 'Posta kodu zorunlu';
  // Tam olarak 5 rakam
  if (!RegExp(r'^\d{5}$').hasMatch(code)) return 'Posta kodu 5 haneli olmalı';
  return null;
}

// TextFormField(
//   keyboardType: TextInputType.number,
//   maxLength: 5,
//   validator: postalCodeValidator,
// )
""")

R(1021, "forms", "kolay", "code", "Vergi numarasi alani sadece 10 haneli rakam kabul etsin, eksik girilirse kac hane eksik oldugunu yazsin.", ["validator", "length"], r"""
String? taxNumberValidator(String? value) {
  final digits = (value ?? '').replaceAll(' ', '');
  if (digits.isEmpty) return 'Vergi numarası zorunlu';
  if (int.tryParse(digits) == null) return 'Sadece rakam girin';
  if (digits.length < 10) return '${10 - digits.length} hane eksik';
  if (digits.length > 10) return 'Vergi numarası 10 haneli olmalı';
  return null;
}

final taxField = TextFormField(
  keyboardType: TextInputType.number,
  decoration: const InputDecoration(labelText: 'Vergi No'),
  validator: taxNumberValidator,
);
""")

R(1022, "forms", "orta", "code", "Renk kodu alanına #RRGGBB formatında hex girilsin, geçerliyse alanın solunda o renkte küçük bir kare önizleme görünsün.", ["int.parse | int.tryParse", "radix", "prefixIcon"], r"""
class HexColorField extends StatefulWidget {
  const HexColorField({super.key});

  @override
  State<HexColorField> createState() => _HexColorFieldState();
}

class _HexColorFieldState extends State<HexColorField> {
  Color? _preview;

  static Color? _parse(String text) {
    final match = RegExp(r'^#([0-9a-fA-F]{6})$').firstMatch(text.trim());
    if (match == null) return null;
    // Opaklık için başa FF ekle
    return Color(int.parse('FF${match.group(1)}', radix: 16));
  }

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      decoration: InputDecoration(
        labelText: 'Renk (#RRGGBB)',
        prefixIcon: Padding(
          padding: const EdgeInsets.all(12),
          child: Container(width: 20, height: 20, color: _preview ?? Colors.transparent),
        ),
      ),
      onChanged: (v) => setState(() => _preview = _parse(v)),
      validator: (v) => _parse(v ?? '') == null ? 'Geçersiz renk kodu' : null,
    );
  }
}
""")

R(1023, "forms", "orta", "code", "Tarihi takvim açmadan elle 'gg.aa.yyyy' şeklinde yazdırmak istiyorum; 31.02.2024 gibi olmayan tarihleri reddet.", ["DateFormat", "parseStrict"], r"""
// pubspec.yaml: intl
final _format = DateFormat('dd.MM.yyyy');

String? dateValidator(String? value) {
  final text = value?.trim() ?? '';
  if (text.isEmpty) return 'Tarih zorunlu';
  try {
    // parseStrict 31.02 gibi taşan değerlerde hata fırlatır
    final date = _format.parseStrict(text);
    if (date.isAfter(DateTime.now())) return 'Gelecek bir tarih olamaz';
    return null;
  } on FormatException {
    return 'gg.aa.yyyy biçiminde geçerli bir tarih girin';
  }
}

final dateField = TextFormField(
  keyboardType: TextInputType.datetime,
  decoration: const InputDecoration(labelText: 'Tarih', hintText: '01.01.2000'),
  validator: dateValidator,
);
""")

R(1024, "forms", "zor", "code", "Kayıt formunda ilgi alanlarından en az bir tanesi işaretlenmeden form geçerli sayılmasın; seçimler FormField içinde tutulsun.", ["FormField<Set<String>>", "didChange", "validator"], r"""
class InterestsField extends StatelessWidget {
  const InterestsField({super.key, required this.options, this.onSaved});
  final List<String> options;
  final FormFieldSetter<Set<String>>? onSaved;

  @override
  Widget build(BuildContext context) {
    return FormField<Set<String>>(
      initialValue: const {},
      onSaved: onSaved,
      validator: (v) => (v == null || v.isEmpty) ? 'En az bir ilgi alanı seçin' : null,
      builder: (state) => Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          for (final o in options)
            CheckboxListTile(
              title: Text(o),
              value: state.value!.contains(o),
              onChanged: (checked) {
                final next = {...state.value!};
                checked == true ? next.add(o) : next.remove(o);
                state.didChange(next); // Yeni Set ile forma bildir
              },
            ),
          if (state.hasError)
            Text(state.errorText!, style: TextStyle(color: Theme.of(context).colorScheme.error)),
        ],
      ),
    );
  }
}
""")

R(1025, "forms", "orta", "code", "Aynı sayfada 'Giriş' ve 'Şifremi unuttum' diye iki ayrı form var; birinin butonu sadece kendi formunu doğrulasın.", ["GlobalKey<FormState>", "validate"], r"""
class AuthPage extends StatefulWidget {
  const AuthPage({super.key});

  @override
  State<AuthPage> createState() => _AuthPageState();
}

class _AuthPageState extends State<AuthPage> {
  // Her Form'un kendi anahtarı olur, validate() sadece o formun alanlarını kontrol eder
  final _loginKey = GlobalKey<FormState>();
  final _resetKey = GlobalKey<FormState>();

  String? _required(String? v) => (v ?? '').isEmpty ? 'Zorunlu alan' : null;

  @override
  Widget build(BuildContext context) {
    return ListView(padding: const EdgeInsets.all(16), children: [
      Form(
        key: _loginKey,
        child: Column(children: [
          TextFormField(decoration: const InputDecoration(labelText: 'E-posta'), validator: _required),
          TextFormField(decoration: const InputDecoration(labelText: 'Şifre'), obscureText: true, validator: _required),
          ElevatedButton(onPressed: () => _loginKey.currentState!.validate(), child: const Text('Giriş')),
        ]),
      ),
      const Divider(height: 48),
      Form(
        key: _resetKey,
        child: Column(children: [
          TextFormField(decoration: const InputDecoration(labelText: 'Kayıtlı e-posta'), validator: _required),
          TextButton(onPressed: () => _resetKey.currentState!.validate(), child: const Text('Sıfırlama linki gönder')),
        ]),
      ),
    ]);
  }
}
""")

R(1026, "forms", "kolay", "code", "Klavye açılınca alan tam klavyenin üstüne yapışıyor, altındaki buton da görünsün diye alan biraz daha yukarı kaysın.", ["scrollPadding"], r"""
final commentField = TextField(
  maxLines: 3,
  // Odaklanınca alanı klavyenin 160 px üstüne kadar kaydırır (varsayılan 20)
  scrollPadding: const EdgeInsets.only(bottom: 160),
  decoration: const InputDecoration(labelText: 'Yorumunuz'),
);

// Not: Alan bir SingleChildScrollView / ListView içinde olmalı ki kaydırılabilsin.
""")

R(1027, "forms", "orta", "code", "Ayarlar formunda hiçbir değer değişmediyse Kaydet butonu pasif kalsın, bir şey değişince aktif olsun.", ["onChanged", "onPressed"], r"""
class NicknameSettings extends StatefulWidget {
  const NicknameSettings({super.key, required this.initial, required this.onSave});
  final String initial;
  final void Function(String) onSave;

  @override
  State<NicknameSettings> createState() => _NicknameSettingsState();
}

class _NicknameSettingsState extends State<NicknameSettings> {
  late String _current = widget.initial;

  // Değer başlangıçtakinden farklıysa form "kirli"dir
  bool get _dirty => _current.trim() != widget.initial;

  @override
  Widget build(BuildContext context) {
    return Column(children: [
      TextFormField(
        initialValue: widget.initial,
        decoration: const InputDecoration(labelText: 'Takma ad'),
        onChanged: (v) => setState(() => _current = v),
      ),
      FilledButton(
        onPressed: _dirty ? () => widget.onSave(_current.trim()) : null, // null = pasif
        child: const Text('Kaydet'),
      ),
    ]);
  }
}
""")

R(1028, "forms", "orta", "code", "Şikayet konusu açılır listesinde 'Diğer' seçilirse altında açıklama alanı çıksın ve bu alan zorunlu olsun; başka seçenekte alan gizlensin.", ["DropdownButton", "validator", "if"], r"""
class ComplaintForm extends StatefulWidget {
  const ComplaintForm({super.key});

  @override
  State<ComplaintForm> createState() => _ComplaintFormState();
}

class _ComplaintFormState extends State<ComplaintForm> {
  final _formKey = GlobalKey<FormState>();
  static const _topics = ['Kargo', 'Ürün hatası', 'İade', 'Diğer'];
  String _topic = 'Kargo';

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(children: [
        DropdownButton<String>(
          isExpanded: true,
          value: _topic,
          items: [for (final t in _topics) DropdownMenuItem(value: t, child: Text(t))],
          onChanged: (t) => setState(() => _topic = t!),
        ),
        // Ağaçta olmayan alan validate() sırasında kontrol edilmez
        if (_topic == 'Diğer')
          TextFormField(
            decoration: const InputDecoration(labelText: 'Açıklama'),
            validator: (v) => (v ?? '').trim().length < 10 ? 'En az 10 karakter yazın' : null,
          ),
        ElevatedButton(onPressed: () => _formKey.currentState!.validate(), child: const Text('Gönder')),
      ]),
    );
  }
}
""")

R(1029, "forms", "kolay", "code", "Karanlık temalı uygulamamda iOS klavyesi beyaz açılıyor, koyu renk klavye açılsın.", ["keyboardAppearance", "Brightness.dark"], r"""
class DarkKeyboardField extends StatelessWidget {
  const DarkKeyboardField({super.key});

  @override
  Widget build(BuildContext context) {
    return TextField(
      // Sadece iOS'ta etkilidir; temaya göre seçmek için Theme.of(context).brightness
      keyboardAppearance: Brightness.dark,
      decoration: const InputDecoration(labelText: 'Not'),
    );
  }
}
""")

R(1030, "forms", "kolay", "code", "Not yazma ekranında metin alanı başlığın altındaki tüm boş alanı kaplasın.", ["expands", "maxLines", "Expanded"], r"""
class NoteEditor extends StatelessWidget {
  const NoteEditor({super.key, required this.controller});
  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return Column(children: [
      const TextField(decoration: InputDecoration(hintText: 'Başlık')),
      Expanded(
        child: TextField(
          controller: controller,
          expands: true, // Ebeveynin yüksekliğini doldur
          maxLines: null, // expands için maxLines ve minLines null olmalı
          minLines: null,
          textAlignVertical: TextAlignVertical.top,
          decoration: const InputDecoration(hintText: 'Notunuz...', border: InputBorder.none),
        ),
      ),
    ]);
  }
}
""")

R(1031, "forms", "orta", "code", "Metin editörü için kalın, italik ve altı çizili seçeneklerini aç/kapa yapan yan yana butonlar yap, seçime göre önizleme değişsin.", ["ToggleButtons", "isSelected"], r"""
class StyleToggles extends StatefulWidget {
  const StyleToggles({super.key});

  @override
  State<StyleToggles> createState() => _StyleTogglesState();
}

class _StyleTogglesState extends State<StyleToggles> {
  final _selected = [false, false, false]; // kalın, italik, altı çizili

  @override
  Widget build(BuildContext context) {
    return Column(children: [
      ToggleButtons(
        isSelected: _selected,
        onPressed: (i) => setState(() => _selected[i] = !_selected[i]), // Çoklu seçim
        children: const [Icon(Icons.format_bold), Icon(Icons.format_italic), Icon(Icons.format_underline)],
      ),
      Text(
        'Önizleme metni',
        style: TextStyle(
          fontWeight: _selected[0] ? FontWeight.bold : FontWeight.normal,
          fontStyle: _selected[1] ? FontStyle.italic : FontStyle.normal,
          decoration: _selected[2] ? TextDecoration.underline : TextDecoration.none,
        ),
      ),
    ]);
  }
}
""")

R(1032, "forms", "orta", "code", "Şifre alanının yanında 'Oluştur' butonu olsun; basınca 12 karakterli rastgele güçlü bir şifre üretip alana yazsın.", ["Random.secure", "TextEditingController"], r"""
class GeneratedPasswordField extends StatefulWidget {
  const GeneratedPasswordField({super.key});

  @override
  State<GeneratedPasswordField> createState() => _GeneratedPasswordFieldState();
}

class _GeneratedPasswordFieldState extends State<GeneratedPasswordField> {
  final _controller = TextEditingController();
  static const _chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#%&*';

  String _generate(int length) {
    final random = Random.secure(); // Kriptografik olarak güvenli
    return List.generate(length, (_) => _chars[random.nextInt(_chars.length)]).join();
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      controller: _controller,
      decoration: InputDecoration(
        labelText: 'Şifre',
        suffixIcon: TextButton(
          onPressed: () => _controller.text = _generate(12),
          child: const Text('Oluştur'),
        ),
      ),
    );
  }
}
""")

R(1033, "forms", "kolay", "code", "SMS ile gelen doğrulama kodu klavyenin üstünde öneri olarak çıksın, kullanıcı dokununca alana otomatik dolsun.", ["autofillHints", "AutofillHints.oneTimeCode"], r"""
class SmsCodeField extends StatelessWidget {
  const SmsCodeField({super.key, required this.controller});
  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: controller,
      keyboardType: TextInputType.number,
      maxLength: 6,
      // iOS ve Android klavyesine bu alanın tek kullanımlık kod olduğunu söyler
      autofillHints: const [AutofillHints.oneTimeCode],
      inputFormatters: [FilteringTextInputFormatter.digitsOnly],
      decoration: const InputDecoration(labelText: 'Doğrulama kodu', counterText: ''),
    );
  }
}
""")

R(1034, "forms", "kolay", "code", "Metin alanındaki imlecin rengini turuncu, kalınlığını 3 piksel ve köşesini yuvarlak yap.", ["cursorColor", "cursorWidth", "cursorRadius"], r"""
const styledCursorField = TextField(
  cursorColor: Colors.orange,
  cursorWidth: 3,
  cursorRadius: Radius.circular(2),
  decoration: InputDecoration(labelText: 'Mesaj'),
);
""")

R(1035, "forms", "kolay", "code", "Para gönderme ekranında tutar alanı ortada büyük yazıyla dursun, çerçevesi olmasın ve sonunda ₺ yazsın.", ["textAlign", "InputBorder.none", "suffixText"], r"""
class AmountInput extends StatelessWidget {
  const AmountInput({super.key, required this.controller});
  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: controller,
      textAlign: TextAlign.center,
      keyboardType: const TextInputType.numberWithOptions(decimal: true),
      style: const TextStyle(fontSize: 40, fontWeight: FontWeight.bold),
      decoration: const InputDecoration(
        border: InputBorder.none,
        hintText: '0',
        suffixText: '₺',
      ),
    );
  }
}
""")

R(1036, "forms", "orta", "concept", "FormState.reset() çağırdım ama controller verdiğim alanlar boşalmadı; reset ile controller.clear() farkı ne?", ["reset", "clear"], r"""
// FormState.reset(): her FormField'ı *başlangıç değerine* döndürür ve hata mesajlarını siler.
//   - initialValue verilmiş alan boşalmaz, o değere döner.
//   - controller kullanan TextFormField'ın başlangıç değeri, widget'ın son build
//     edildiği andaki controller metnidir; bu yüzden reset alanı beklediğin gibi
//     boşaltmayabilir.
// controller.clear(): o alanın metnini kesin olarak boşaltır ama hatalara dokunmaz.
// İkisini birlikte kullanmak en güvenlisidir.
class ResettableForm extends StatefulWidget {
  const ResettableForm({super.key});

  @override
  State<ResettableForm> createState() => _ResettableFormState();
}

class _ResettableFormState extends State<ResettableForm> {
  final _formKey = GlobalKey<FormState>();
  final _name = TextEditingController();

  void _clearAll() {
    _name.clear(); // Controller'lı alanları açıkça boşalt
    _formKey.currentState!.reset(); // Hataları ve controller'sız alanları sıfırla
  }

  @override
  void dispose() {
    _name.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(children: [
        TextFormField(controller: _name, validator: (v) => v!.isEmpty ? 'Zorunlu' : null),
        TextButton(onPressed: _clearAll, child: const Text('Temizle')),
      ]),
    );
  }
}
""")

R(1037, "forms", "kolay", "code", "Kayıt formunda Ad ve Soyad alanları aynı satırda yan yana eşit genişlikte dursun.", ["Row", "Expanded", "TextFormField"], r"""
class NameRow extends StatelessWidget {
  const NameRow({super.key});

  @override
  Widget build(BuildContext context) {
    return const Row(
      children: [
        // TextFormField genişliği sınırsız istediği için Expanded şart
        Expanded(child: TextField(decoration: InputDecoration(labelText: 'Ad'))),
        SizedBox(width: 12),
        Expanded(child: TextField(decoration: InputDecoration(labelText: 'Soyad'))),
      ],
    );
  }
}
""")

R(1038, "forms", "orta", "code", "Ozgecmis alaninda kullanici yazdikca altinda kac kelime yazdigi gorunsun, 200 kelimeyi gecerse sayi kirmizi olsun.", ["ValueListenableBuilder", "split"], r"""
class WordCountField extends StatefulWidget {
  const WordCountField({super.key});

  @override
  State<WordCountField> createState() => _WordCountFieldState();
}

class _WordCountFieldState extends State<WordCountField> {
  final _controller = TextEditingController();

  int _count(String text) =>
      text.trim().isEmpty ? 0 : text.trim().split(RegExp(r'\s+')).length;

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(crossAxisAlignment: CrossAxisAlignment.end, children: [
      TextField(controller: _controller, maxLines: 6, decoration: const InputDecoration(labelText: 'Özgeçmiş')),
      // Controller bir ValueListenable olduğu için sadece sayaç yeniden çizilir
      ValueListenableBuilder<TextEditingValue>(
        valueListenable: _controller,
        builder: (context, value, _) {
          final words = _count(value.text);
          return Text('$words / 200 kelime', style: TextStyle(color: words > 200 ? Colors.red : Colors.grey));
        },
      ),
    ]);
  }
}
""")

R(1039, "forms", "orta", "code", "E-posta alanına 'ali@' yazınca altında gmail.com, hotmail.com gibi alan adı tamamlamaları önerilsin.", ["Autocomplete<String>", "optionsBuilder"], r"""
class EmailAutocomplete extends StatelessWidget {
  const EmailAutocomplete({super.key});

  static const _domains = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'];

  @override
  Widget build(BuildContext context) {
    return Autocomplete<String>(
      optionsBuilder: (value) {
        final text = value.text;
        final at = text.indexOf('@');
        if (at < 1) return const Iterable<String>.empty(); // '@' yazılmadan öneri yok
        final user = text.substring(0, at);
        final typedDomain = text.substring(at + 1);
        return _domains.where((d) => d.startsWith(typedDomain)).map((d) => '$user@$d');
      },
      fieldViewBuilder: (context, controller, focusNode, onSubmit) => TextField(
        controller: controller,
        focusNode: focusNode,
        keyboardType: TextInputType.emailAddress,
        decoration: const InputDecoration(labelText: 'E-posta'),
      ),
    );
  }
}
""")

R(1040, "forms", "kolay", "code", "TextField odaklanınca çerçevesi mavi ve kalın, odakta değilken gri ve ince olsun.", ["enabledBorder", "focusedBorder", "OutlineInputBorder"], r"""
final focusAwareDecoration = InputDecoration(
  labelText: 'Ad',
  enabledBorder: OutlineInputBorder(
    borderRadius: BorderRadius.circular(8),
    borderSide: const BorderSide(color: Colors.grey, width: 1),
  ),
  focusedBorder: OutlineInputBorder( // Odaktayken kullanılır
    borderRadius: BorderRadius.circular(8),
    borderSide: const BorderSide(color: Colors.blue, width: 2),
  ),
);

// TextField(decoration: focusAwareDecoration)
""")

R(1041, "forms", "zor", "code", "Bir alan sadece kullanıcı o alandan çıkınca (odak kaybolunca) doğrulansın, yazarken hata göstermesin.", ["FocusNode", "GlobalKey<FormFieldState<String>>", "validate"], r"""
class ValidateOnBlurField extends StatefulWidget {
  const ValidateOnBlurField({super.key, required this.validator, required this.label});
  final FormFieldValidator<String> validator;
  final String label;

  @override
  State<ValidateOnBlurField> createState() => _ValidateOnBlurFieldState();
}

class _ValidateOnBlurFieldState extends State<ValidateOnBlurField> {
  final _fieldKey = GlobalKey<FormFieldState<String>>();
  final _focus = FocusNode();

  @override
  void initState() {
    super.initState();
    _focus.addListener(() {
      // Odak gidince sadece bu alanı doğrula
      if (!_focus.hasFocus) _fieldKey.currentState?.validate();
    });
  }

  @override
  void dispose() {
    _focus.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextFormField(
      key: _fieldKey,
      focusNode: _focus,
      validator: widget.validator,
      decoration: InputDecoration(labelText: widget.label),
    );
  }
}
""")

R(1042, "forms", "orta", "code", "Telefon alanının solunda ülke kodu seçilen küçük bir açılır liste (+90, +49, +44) olsun, sağında numara girilsin.", ["DropdownButton", "Row", "Expanded"], r"""
class InternationalPhoneField extends StatefulWidget {
  const InternationalPhoneField({super.key, required this.onChanged});
  final void Function(String fullNumber) onChanged;

  @override
  State<InternationalPhoneField> createState() => _InternationalPhoneFieldState();
}

class _InternationalPhoneFieldState extends State<InternationalPhoneField> {
  static const _codes = ['+90', '+49', '+44'];
  String _code = '+90';
  String _number = '';

  void _notify() => widget.onChanged('$_code$_number');

  @override
  Widget build(BuildContext context) {
    return Row(children: [
      DropdownButton<String>(
        value: _code,
        items: [for (final c in _codes) DropdownMenuItem(value: c, child: Text(c))],
        onChanged: (c) {
          setState(() => _code = c!);
          _notify();
        },
      ),
      const SizedBox(width: 8),
      Expanded(
        child: TextField(
          keyboardType: TextInputType.phone,
          inputFormatters: [FilteringTextInputFormatter.digitsOnly],
          decoration: const InputDecoration(labelText: 'Numara'),
          onChanged: (v) {
            _number = v;
            _notify();
          },
        ),
      ),
    ]);
  }
}
""")

R(1043, "forms", "zor", "code", "Masaüstü/web giriş ekranında şifre yazarken Caps Lock açıksa alanın altında 'Caps Lock açık' uyarısı göster.", ["HardwareKeyboard.instance", "KeyboardLockMode.capsLock"], r"""
class CapsLockPasswordField extends StatefulWidget {
  const CapsLockPasswordField({super.key});

  @override
  State<CapsLockPasswordField> createState() => _CapsLockPasswordFieldState();
}

class _CapsLockPasswordFieldState extends State<CapsLockPasswordField> {
  bool _capsOn = false;

  bool _onKey(KeyEvent event) {
    final caps = HardwareKeyboard.instance.lockModesEnabled.contains(KeyboardLockMode.capsLock);
    if (caps != _capsOn) setState(() => _capsOn = caps);
    return false; // Olayı tüketme, alan yazmaya devam etsin
  }

  @override
  void initState() {
    super.initState();
    HardwareKeyboard.instance.addHandler(_onKey);
  }

  @override
  void dispose() {
    HardwareKeyboard.instance.removeHandler(_onKey);
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return TextField(
      obscureText: true,
      decoration: InputDecoration(
        labelText: 'Şifre',
        helperText: _capsOn ? 'Caps Lock açık' : null,
        helperStyle: const TextStyle(color: Colors.orange),
      ),
    );
  }
}
""")

R(1044, "forms", "orta", "code", "Açıklama alanında sağ altta '45/100' şeklinde sayaç olsun ama sınıra 10 karakter kalınca sayaç kırmızıya dönsün.", ["buildCounter", "maxLength"], r"""
final descriptionField = TextField(
  maxLength: 100,
  maxLines: 3,
  decoration: const InputDecoration(labelText: 'Açıklama'),
  // Varsayılan sayacın yerine kendi widget'ımızı çizer
  buildCounter: (context, {required currentLength, required isFocused, maxLength}) {
    final nearLimit = maxLength! - currentLength <= 10;
    return Text(
      '$currentLength/$maxLength',
      style: TextStyle(color: nearLimit ? Colors.red : Colors.grey),
    );
  },
);
""")

R(1045, "forms", "orta", "code", "Adet alanında sayı sıfırla başlayamasın (ör. 007 yazılamasın); tek başına 0 da girilemesin.", ["TextInputFormatter", "formatEditUpdate"], r"""
class NoLeadingZeroFormatter extends TextInputFormatter {
  @override
  TextEditingValue formatEditUpdate(TextEditingValue oldValue, TextEditingValue newValue) {
    // Boş değere izin ver (silme), başı 0 ise değişikliği reddet
    if (newValue.text.isEmpty) return newValue;
    if (newValue.text.startsWith('0')) return oldValue;
    return newValue;
  }
}

final quantityField = TextField(
  keyboardType: TextInputType.number,
  inputFormatters: [
    FilteringTextInputFormatter.digitsOnly,
    NoLeadingZeroFormatter(),
  ],
  decoration: const InputDecoration(labelText: 'Adet'),
);
""")

R(1046, "forms", "orta", "code", "İndirim yüzdesi alanına 100'den büyük bir sayı yazılmasın; kullanıcı 150 yazmaya çalışırsa son tuş kabul edilmesin.", ["TextInputFormatter.withFunction", "int.tryParse"], r"""
final percentField = TextField(
  keyboardType: TextInputType.number,
  inputFormatters: [
    FilteringTextInputFormatter.digitsOnly,
    // Yeni değer 0-100 aralığını aşarsa eski değeri koru
    TextInputFormatter.withFunction((oldValue, newValue) {
      if (newValue.text.isEmpty) return newValue;
      final value = int.tryParse(newValue.text);
      return value != null && value <= 100 ? newValue : oldValue;
    }),
  ],
  decoration: const InputDecoration(labelText: 'İndirim', suffixText: '%'),
);
""")

R(1047, "forms", "kolay", "code", "Ayarlar formundaki anahtar Android'de Material, iOS'ta Cupertino görünümünde olsun, başlığıyla birlikte.", ["SwitchListTile.adaptive"], r"""
class AdaptiveSettingTile extends StatefulWidget {
  const AdaptiveSettingTile({super.key});

  @override
  State<AdaptiveSettingTile> createState() => _AdaptiveSettingTileState();
}

class _AdaptiveSettingTileState extends State<AdaptiveSettingTile> {
  bool _sound = true;

  @override
  Widget build(BuildContext context) {
    // .adaptive platforma göre Switch veya CupertinoSwitch çizer
    return SwitchListTile.adaptive(
      title: const Text('Bildirim sesi'),
      value: _sound,
      onChanged: (v) => setState(() => _sound = v),
    );
  }
}
""")

R(1048, "forms", "orta", "code", "Alan geçerliyse çerçevesi yeşil, geçersizse kırmızı olsun; kullanıcı yazdıkça renk değişsin.", ["enabledBorder", "focusedBorder", "onChanged"], r"""
class ColoredValidityField extends StatefulWidget {
  const ColoredValidityField({super.key});

  @override
  State<ColoredValidityField> createState() => _ColoredValidityFieldState();
}

class _ColoredValidityFieldState extends State<ColoredValidityField> {
  bool? _valid; // null: henüz yazılmadı

  OutlineInputBorder _border(Color color) =>
      OutlineInputBorder(borderSide: BorderSide(color: color, width: 2));

  @override
  Widget build(BuildContext context) {
    final color = switch (_valid) { true => Colors.green, false => Colors.red, null => Colors.grey };
    return TextField(
      onChanged: (v) => setState(() => _valid = v.isEmpty ? null : v.length >= 3),
      decoration: InputDecoration(
        labelText: 'Kullanıcı adı (en az 3 karakter)',
        enabledBorder: _border(color),
        focusedBorder: _border(color),
        suffixIcon: _valid == true ? const Icon(Icons.check, color: Colors.green) : null,
      ),
    );
  }
}
""")

R(1049, "forms", "kolay", "code", "Fiyat alanına '12,50' de '12.50' de yazılabilsin; formu kaydederken değeri double olarak al.", ["double.tryParse", "replaceAll"], r"""
double? parsePrice(String? text) =>
    double.tryParse((text ?? '').trim().replaceAll(',', '.')); // Virgülü noktaya çevir

double _price = 0;

final priceField = TextFormField(
  keyboardType: const TextInputType.numberWithOptions(decimal: true),
  decoration: const InputDecoration(labelText: 'Fiyat', suffixText: '₺'),
  validator: (v) {
    final price = parsePrice(v);
    if (price == null) return 'Geçerli bir fiyat girin';
    if (price <= 0) return 'Fiyat sıfırdan büyük olmalı';
    return null;
  },
  onSaved: (v) => _price = parsePrice(v)!,
);
""")

# ---------------------------------------------------------------- state
R(1000, "state", "orta", "code", "Provider'da ApiClient, AppConfig'teki baseUrl'e bağlı; config değişince ApiClient yeniden oluşturulsun. ChangeNotifier olmayan nesneler için bunu nasıl yaparım?", ["ProxyProvider", "MultiProvider"], r"""
class AppConfig {
  const AppConfig(this.baseUrl);
  final String baseUrl;
}

class ApiClient {
  ApiClient(this.baseUrl);
  final String baseUrl;
}

Widget buildApp(Widget child) {
  return MultiProvider(
    providers: [
      Provider<AppConfig>(create: (_) => const AppConfig('https://api.ornek.com')),
      // AppConfig her değiştiğinde update çağrılır ve yeni ApiClient üretilir
      ProxyProvider<AppConfig, ApiClient>(
        update: (context, config, previous) => ApiClient(config.baseUrl),
      ),
    ],
    child: child,
  );
}

// Widget içinde: final api = context.read<ApiClient>();
""")

R(1001, "state", "orta", "code", "Provider'daki modelde hata mesajı oluşunca ekranda bir kez SnackBar göster; build içinde göstermek istemiyorum.", ["addListener", "removeListener", "didChangeDependencies"], r"""
class LoginModel extends ChangeNotifier {
  String? error;
  void fail(String message) {
    error = message;
    notifyListeners();
  }
}

class LoginView extends StatefulWidget {
  const LoginView({super.key});

  @override
  State<LoginView> createState() => _LoginViewState();
}

class _LoginViewState extends State<LoginView> {
  LoginModel? _model;

  void _onChange() {
    final error = _model!.error;
    if (error != null && mounted) {
      ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text(error)));
      _model!.error = null; // Aynı hata tekrar gösterilmesin
    }
  }

  @override
  void didChangeDependencies() {
    super.didChangeDependencies();
    final model = context.read<LoginModel>();
    if (model != _model) {
      _model?.removeListener(_onChange);
      _model = model..addListener(_onChange);
    }
  }

  @override
  void dispose() {
    _model?.removeListener(_onChange);
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => const Center(child: Text('Giriş'));
}
""")

R(1002, "state", "orta", "concept", "Riverpod'da ref.invalidate ile ref.refresh arasındaki fark nedir?", ["ref.invalidate", "ref.refresh"], r"""
// ref.invalidate(p): provider'ın state'ini geçersiz sayar; yeniden hesaplama
//   bir sonraki okunmada (veya dinleyen varsa bir sonraki frame'de) yapılır. Değer döndürmez.
// ref.refresh(p): geçersiz kılar ve HEMEN yeniden hesaplayıp yeni değeri döndürür.
//   RefreshIndicator gibi sonucu beklemek gereken yerlerde kullanılır.
final newsProvider = FutureProvider<List<String>>((ref) async {
  await Future.delayed(const Duration(seconds: 1));
  return ['Haber 1', 'Haber 2'];
});

class NewsPage extends ConsumerWidget {
  const NewsPage({super.key});

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    final news = ref.watch(newsProvider);
    return RefreshIndicator(
      // refresh yeni Future'ı döndürdüğü için gösterge yükleme bitene kadar döner
      onRefresh: () => ref.refresh(newsProvider.future),
      child: ListView(children: [
        for (final n in news.value ?? const <String>[]) ListTile(title: Text(n)),
        TextButton(
          onPressed: () => ref.invalidate(newsProvider), // Sonucu beklemeye gerek yok
          child: const Text('Geçersiz kıl'),
        ),
      ]),
    );
  }
}
""")

R(1003, "state", "zor", "code", "Riverpod'da runApp'ten önce main içinde bir provider'ı okuyup başlatmam gerekiyor (ör. ayarları yükle); widget ağacı olmadan nasıl yaparım?", ["ProviderContainer", "UncontrolledProviderScope"], r"""
final settingsProvider = FutureProvider<Map<String, String>>((ref) async {
  await Future.delayed(const Duration(milliseconds: 200)); // Diskten okuma taklidi
  return {'lang': 'tr'};
});

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  // Widget ağacı dışında provider okumak için kendi container'ımız
  final container = ProviderContainer();
  await container.read(settingsProvider.future); // Uygulama açılmadan hazır olsun

  runApp(
    // Aynı container'ı ağaca veriyoruz, yüklenen değer kaybolmaz
    UncontrolledProviderScope(
      container: container,
      child: const MaterialApp(home: Scaffold(body: Center(child: Text('Hazır')))),
    ),
  );
}
""")

R(1004, "state", "kolay", "code", "Riverpod kullanıyorum ama sayfam StatelessWidget kalsın; sadece sayacın yazdığı küçük kısım provider'ı dinlesin.", ["Consumer", "ref.watch"], r"""
final counterProvider = NotifierProvider<Counter, int>(Counter.new);

class Counter extends Notifier<int> {
  @override
  int build() => 0;
  void increment() => state++;
}

class CounterPage extends StatelessWidget {
  const CounterPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Sayaç')), // Rebuild olmaz
      body: Center(
        // Sadece Consumer'ın builder'ı yeniden çalışır
        child: Consumer(
          builder: (context, ref, _) => Text('${ref.watch(counterProvider)}'),
        ),
      ),
      floatingActionButton: Consumer(
        builder: (context, ref, _) => FloatingActionButton(
          onPressed: () => ref.read(counterProvider.notifier).increment(),
          child: const Icon(Icons.add),
        ),
      ),
    );
  }
}
""")

R(1005, "state", "orta", "code", "Riverpod'da oturum kapandığında (kullanıcı null olunca) otomatik olarak giriş sayfasına yönlendir.", ["ref.listen", "Navigator"], r"""
final authProvider = NotifierProvider<AuthNotifier, String?>(AuthNotifier.new);

class AuthNotifier extends Notifier<String?> {
  @override
  String? build() => 'ayse'; // Giriş yapmış kullanıcı adı
  void logout() => state = null;
}

class HomeScreen extends ConsumerWidget {
  const HomeScreen({super.key});

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    // listen rebuild tetiklemez; değişimde yan etki (yönlendirme) yapar
    ref.listen<String?>(authProvider, (previous, next) {
      if (previous != null && next == null) {
        Navigator.of(context).pushNamedAndRemoveUntil('/login', (route) => false);
      }
    });
    return Scaffold(
      body: Center(
        child: ElevatedButton(
          onPressed: () => ref.read(authProvider.notifier).logout(),
          child: const Text('Çıkış yap'),
        ),
      ),
    );
  }
}
""")

R(1006, "state", "orta", "code", "Riverpod family'ye iki parametre (kategori ve sayfa numarası) vermem gerekiyor, nasıl yaparım?", ["FutureProvider.family", "ref.watch"], r"""
// Record'lar değer eşitliğine sahip olduğu için family anahtarı olarak güvenle kullanılır
typedef ProductQuery = ({String category, int page});

final productsProvider = FutureProvider.family<List<String>, ProductQuery>((ref, query) async {
  await Future.delayed(const Duration(milliseconds: 300)); // API taklidi
  return List.generate(10, (i) => '${query.category} #${query.page * 10 + i}');
});

class ProductPage extends ConsumerWidget {
  const ProductPage({super.key, required this.category, required this.page});
  final String category;
  final int page;

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    final products = ref.watch(productsProvider((category: category, page: page)));
    return products.when(
      data: (items) => ListView(children: [for (final p in items) ListTile(title: Text(p))]),
      loading: () => const Center(child: CircularProgressIndicator()),
      error: (e, _) => Center(child: Text('Hata: $e')),
    );
  }
}
""")

R(1007, "state", "orta", "code", "Riverpod AsyncValue'yu when yerine Dart 3 switch ile desen eşleştirerek ekrana bas.", ["AsyncData", "AsyncError", "switch"], r"""
final weatherProvider = FutureProvider<double>((ref) async {
  await Future.delayed(const Duration(seconds: 1));
  return 21.5;
});

class WeatherView extends ConsumerWidget {
  const WeatherView({super.key});

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    final weather = ref.watch(weatherProvider);
    // AsyncValue sealed olduğu için switch tüm durumları kapsamalıdır
    return switch (weather) {
      AsyncData(:final value) => Text('${value.toStringAsFixed(1)} °C'),
      AsyncError(:final error) => Text('Yüklenemedi: $error'),
      _ => const CircularProgressIndicator(), // AsyncLoading
    };
  }
}
""")

R(1008, "state", "zor", "code", "Riverpod ile listeyi yenilerken ekran boşalıp spinner gelmesin; eski veri görünmeye devam etsin, üstte ince bir ilerleme çubuğu çıksın.", ["isRefreshing | isReloading", "ref.invalidate", "LinearProgressIndicator"], r"""
final ordersProvider = FutureProvider<List<String>>((ref) async {
  await Future.delayed(const Duration(seconds: 1));
  return List.generate(5, (i) => 'Sipariş ${DateTime.now().second}-$i');
});

class OrdersView extends ConsumerWidget {
  const OrdersView({super.key});

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    final orders = ref.watch(ordersProvider);
    // Yenileme sırasında AsyncValue önceki değeri (value) korur, isRefreshing true olur
    final items = orders.value;
    return Column(children: [
      if (orders.isRefreshing) const LinearProgressIndicator(),
      TextButton(onPressed: () => ref.invalidate(ordersProvider), child: const Text('Yenile')),
      Expanded(
        child: items == null
            ? const Center(child: CircularProgressIndicator()) // Sadece ilk yüklemede
            : ListView(children: [for (final o in items) ListTile(title: Text(o))]),
      ),
    ]);
  }
}
""")

R(1009, "state", "kolay", "code", "flutter_hooks ile StatefulWidget yazmadan butona basınca artan bir sayaç yap.", ["HookWidget", "useState"], r"""
// pubspec.yaml: flutter_hooks
class HookCounter extends HookWidget {
  const HookCounter({super.key});

  @override
  Widget build(BuildContext context) {
    // useState bir ValueNotifier döndürür; value değişince widget yeniden çizilir
    final count = useState(0);
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        Text('${count.value}', style: Theme.of(context).textTheme.headlineMedium),
        ElevatedButton(
          onPressed: () => count.value++,
          child: const Text('Artır'),
        ),
      ],
    );
  }
}
""")

R(1010, "state", "orta", "code", "flutter_hooks kullanarak TextEditingController'ı dispose derdi olmadan oluştur ve alan boşken butonu pasif yap.", ["useTextEditingController", "useValueListenable"], r"""
// pubspec.yaml: flutter_hooks
class HookMessageBox extends HookWidget {
  const HookMessageBox({super.key, required this.onSend});
  final void Function(String) onSend;

  @override
  Widget build(BuildContext context) {
    // Controller widget kaldırılınca otomatik dispose edilir
    final controller = useTextEditingController();
    // Metin her değiştiğinde widget yeniden çizilir
    final value = useValueListenable(controller);
    final empty = value.text.trim().isEmpty;

    return Row(children: [
      Expanded(child: TextField(controller: controller)),
      IconButton(
        icon: const Icon(Icons.send),
        onPressed: empty
            ? null
            : () {
                onSend(controller.text.trim());
                controller.clear();
              },
      ),
    ]);
  }
}
""")

R(1011, "state", "orta", "code", "flutter_hooks'ta bir Stream'e abone olup widget kaldırılınca aboneliği iptal etmek için useEffect nasıl kullanılır?", ["useEffect", "cancel"], r"""
// pubspec.yaml: flutter_hooks
class BatteryBadge extends HookWidget {
  const BatteryBadge({super.key, required this.levels});
  final Stream<int> levels;

  @override
  Widget build(BuildContext context) {
    final level = useState<int?>(null);

    useEffect(() {
      final sub = levels.listen((l) => level.value = l);
      // Dönen fonksiyon temizlik: widget kaldırılınca veya stream değişince çalışır
      return sub.cancel;
    }, [levels]); // Sadece stream değişince yeniden abone ol

    return Text(level.value == null ? '...' : '%${level.value}');
  }
}
""")

R(1012, "state", "orta", "code", "Aynı sayfada hem AuthCubit hem CartCubit değişimlerini dinleyip farklı SnackBar'lar göstermek istiyorum; iç içe BlocListener yazmadan yap.", ["MultiBlocListener", "BlocListener"], r"""
class AuthCubit extends Cubit<bool> {
  AuthCubit() : super(true);
  void logout() => emit(false);
}

class CartCubit extends Cubit<int> {
  CartCubit() : super(0);
  void add() => emit(state + 1);
}

class ShopPage extends StatelessWidget {
  const ShopPage({super.key});

  @override
  Widget build(BuildContext context) {
    return MultiBlocListener(
      listeners: [
        BlocListener<AuthCubit, bool>(
          listener: (context, loggedIn) {
            if (!loggedIn) {
              ScaffoldMessenger.of(context).showSnackBar(const SnackBar(content: Text('Oturum kapandı')));
            }
          },
        ),
        BlocListener<CartCubit, int>(
          listener: (context, count) => ScaffoldMessenger.of(context)
              .showSnackBar(SnackBar(content: Text('Sepette $count ürün var'))),
        ),
      ],
      child: const Center(child: Text('Mağaza')),
    );
  }
}
""")

R(1013, "state", "orta", "code", "BlocListener her state değişiminde çalışıyor; sadece yükleniyor durumundan hata durumuna geçişte çalışsın.", ["BlocListener", "listenWhen"], r"""
enum Status { idle, loading, success, failure }

class UploadCubit extends Cubit<Status> {
  UploadCubit() : super(Status.idle);
}

class UploadErrorListener extends StatelessWidget {
  const UploadErrorListener({super.key, required this.child});
  final Widget child;

  @override
  Widget build(BuildContext context) {
    return BlocListener<UploadCubit, Status>(
      // listener sadece bu koşul true dönerse çağrılır
      listenWhen: (previous, current) => previous == Status.loading && current == Status.failure,
      listener: (context, _) => ScaffoldMessenger.of(context).showSnackBar(
        const SnackBar(content: Text('Yükleme başarısız')),
      ),
      child: child,
    );
  }
}
""")

R(1014, "state", "zor", "code", "FavoritesCubit, AuthCubit'teki kullanıcı değişince favorileri sıfırlasın; Cubit'in diğer Cubit'in stream'ini dinlemesini doğru şekilde yaz.", ["StreamSubscription", "stream.listen", "close"], r"""
class AuthCubit extends Cubit<String?> {
  AuthCubit() : super(null);
  void login(String userId) => emit(userId);
  void logout() => emit(null);
}

class FavoritesCubit extends Cubit<Set<int>> {
  FavoritesCubit(AuthCubit auth) : super(const {}) {
    // Kullanıcı değişince o kullanıcıya ait olmayan favorileri temizle
    _authSub = auth.stream.listen((_) => emit(const {}));
  }

  late final StreamSubscription<String?> _authSub;

  void toggle(int productId) {
    final next = {...state};
    next.contains(productId) ? next.remove(productId) : next.add(productId);
    emit(next);
  }

  @override
  Future<void> close() async {
    await _authSub.cancel(); // Sızıntı olmasın
    return super.close();
  }
}

// BlocProvider(create: (context) => FavoritesCubit(context.read<AuthCubit>()))
""")

R(1015, "state", "orta", "code", "Bloc içinde yakaladığım beklenmeyen hataları tek bir yerde loglamak için onError'u override et ve addError ile hata bildir.", ["onError", "addError"], r"""
class ProfileCubit extends Cubit<String> {
  ProfileCubit(this._load) : super('');
  final Future<String> Function() _load;

  Future<void> fetch() async {
    try {
      emit(await _load());
    } catch (error, stackTrace) {
      // Hatayı state'i bozmadan Bloc hata kanalına bildir
      addError(error, stackTrace);
    }
  }

  @override
  void onError(Object error, StackTrace stackTrace) {
    // Bu cubit'teki tüm addError çağrıları buraya düşer
    debugPrint('ProfileCubit hatası: $error');
    super.onError(error, stackTrace); // BlocObserver'a da iletilir
  }
}
""")

R(1016, "state", "orta", "code", "Cubit state'inde status enum'u (initial, loading, success, failure), ürün listesi ve hata mesajı olsun; copyWith ile güncelle.", ["copyWith", "emit", "enum"], r"""
enum LoadStatus { initial, loading, success, failure }

class ProductsState {
  const ProductsState({this.status = LoadStatus.initial, this.items = const [], this.error});
  final LoadStatus status;
  final List<String> items;
  final String? error;

  ProductsState copyWith({LoadStatus? status, List<String>? items, String? error}) => ProductsState(
        status: status ?? this.status,
        items: items ?? this.items,
        error: error, // Her güncellemede bilinçli olarak sıfırlanır
      );
}

class ProductsCubit extends Cubit<ProductsState> {
  ProductsCubit(this._fetch) : super(const ProductsState());
  final Future<List<String>> Function() _fetch;

  Future<void> load() async {
    emit(state.copyWith(status: LoadStatus.loading));
    try {
      final items = await _fetch();
      emit(state.copyWith(status: LoadStatus.success, items: items));
    } catch (e) {
      // Eski liste korunur, sadece durum ve mesaj değişir
      emit(state.copyWith(status: LoadStatus.failure, error: e.toString()));
    }
  }
}
""")

R(1017, "state", "orta", "code", "Riverpod'da sipariş oluşturan Notifier'ın metodu içinde sepet provider'ının güncel içeriğini okuyup siparişi göndermesi, sonra sepeti boşaltması lazım.", ["ref.read", "Notifier"], r"""
class CartNotifier extends Notifier<List<String>> {
  @override
  List<String> build() => const [];
  void add(String item) => state = [...state, item];
  void clear() => state = const [];
}

final cartProvider = NotifierProvider<CartNotifier, List<String>>(CartNotifier.new);

class CheckoutNotifier extends AsyncNotifier<String?> {
  @override
  Future<String?> build() async => null; // Henüz sipariş yok

  Future<void> placeOrder() async {
    // Metot içinde anlık değer gerekir: watch değil read kullanılır
    final items = ref.read(cartProvider);
    if (items.isEmpty) return;
    state = const AsyncLoading();
    state = await AsyncValue.guard(() async {
      await Future.delayed(const Duration(seconds: 1)); // API'ye gönder
      ref.read(cartProvider.notifier).clear();
      return 'SIP-${DateTime.now().millisecondsSinceEpoch}';
    });
  }
}

final checkoutProvider = AsyncNotifierProvider<CheckoutNotifier, String?>(CheckoutNotifier.new);
""")

R(1018, "state", "kolay", "code", "AnimatedBuilder yerine ListenableBuilder ile bir ChangeNotifier modelini dinleyip ekranı güncelle.", ["ListenableBuilder", "ChangeNotifier"], r"""
class StepCounter extends ChangeNotifier {
  int steps = 0;
  void walk() {
    steps += 100;
    notifyListeners();
  }
}

class StepView extends StatelessWidget {
  const StepView({super.key, required this.counter});
  final StepCounter counter;

  @override
  Widget build(BuildContext context) {
    return Column(mainAxisSize: MainAxisSize.min, children: [
      // Her notifyListeners'ta sadece builder yeniden çalışır
      ListenableBuilder(
        listenable: counter,
        builder: (context, _) => Text('${counter.steps} adım'),
      ),
      ElevatedButton(onPressed: counter.walk, child: const Text('Yürü')),
    ]);
  }
}
""")

R(1019, "state", "orta", "code", "Paket kullanmadan StreamController tabanlı bir sepet servisi yaz; birden fazla widget StreamBuilder ile dinleyebilsin ve ilk açılışta güncel değer görünsün.", ["broadcast", "StreamBuilder", "initialData"], r"""
class CartService {
  final _controller = StreamController<int>.broadcast(); // Birden çok dinleyici
  int _count = 0;

  int get count => _count;
  Stream<int> get countStream => _controller.stream;

  void add() => _controller.add(++_count);
  void dispose() => _controller.close();
}

class CartBadge extends StatelessWidget {
  const CartBadge({super.key, required this.service});
  final CartService service;

  @override
  Widget build(BuildContext context) {
    return StreamBuilder<int>(
      stream: service.countStream,
      // Broadcast stream son değeri tekrar yaymaz; güncel değeri initialData ile ver
      initialData: service.count,
      builder: (context, snapshot) => Badge(
        label: Text('${snapshot.data}'),
        child: const Icon(Icons.shopping_cart),
      ),
    );
  }
}
""")

R(1020, "state", "orta", "code", "get_it ile bir ChangeNotifier servisini uygulama başında kaydet, farklı sayfalarda aynı örneği alıp ekranı güncelle.", ["GetIt", "registerLazySingleton", "ListenableBuilder"], r"""
// pubspec.yaml: get_it
final getIt = GetIt.instance;

class ThemeService extends ChangeNotifier {
  bool dark = false;
  void toggle() {
    dark = !dark;
    notifyListeners();
  }
}

void setupLocator() {
  // İlk istendiğinde bir kez oluşturulur, sonra hep aynı örnek döner
  getIt.registerLazySingleton<ThemeService>(() => ThemeService());
}

class ThemeToggle extends StatelessWidget {
  const ThemeToggle({super.key});

  @override
  Widget build(BuildContext context) {
    final service = getIt<ThemeService>();
    return ListenableBuilder(
      listenable: service,
      builder: (context, _) => Switch(value: service.dark, onChanged: (_) => service.toggle()),
    );
  }
}

// main: setupLocator(); runApp(const MyApp());
""")

R(1021, "state", "orta", "concept", "get_it'te registerSingleton, registerLazySingleton ve registerFactory arasındaki fark ne?", ["registerSingleton", "registerLazySingleton", "registerFactory"], r"""
// pubspec.yaml: get_it
final sl = GetIt.instance;

class Logger {}
class ApiClient {}
class FormViewModel {}

void setup() {
  // registerSingleton: nesne HEMEN oluşturulur, her get aynı örneği verir.
  // Açılışta hazır olması gereken hafif servisler için.
  sl.registerSingleton<Logger>(Logger());

  // registerLazySingleton: ilk get çağrısında oluşturulur, sonra hep aynı örnek.
  // Pahalı ve belki hiç kullanılmayacak servisler için açılışı hızlandırır.
  sl.registerLazySingleton<ApiClient>(() => ApiClient());

  // registerFactory: her get çağrısında YENİ örnek üretir.
  // Sayfaya özel, state tutan view model'ler için.
  sl.registerFactory<FormViewModel>(() => FormViewModel());
}
""")

R(1022, "state", "orta", "code", "Soldaki listeden farklı bir kişi seçince sağdaki düzenleme formunun içindeki yazılanlar ve state tamamen sıfırlansın.", ["ValueKey", "key"], r"""
class ContactEditor extends StatefulWidget {
  const ContactEditor({super.key, required this.name});
  final String name;

  @override
  State<ContactEditor> createState() => _ContactEditorState();
}

class _ContactEditorState extends State<ContactEditor> {
  late final _controller = TextEditingController(text: widget.name);

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => TextField(controller: _controller);
}

class MasterDetail extends StatelessWidget {
  const MasterDetail({super.key, required this.selectedId, required this.selectedName});
  final int selectedId;
  final String selectedName;

  @override
  Widget build(BuildContext context) {
    // Key değişince Flutter eski State'i atıp yenisini oluşturur (initState yeniden çalışır)
    return ContactEditor(key: ValueKey(selectedId), name: selectedName);
  }
}
""")

R(1023, "state", "orta", "code", "Cubit ile 60 saniyeden geriye sayan bir sayaç yaz; başlat ve durdur metotları olsun, sıfıra gelince dursun.", ["Cubit", "Timer.periodic", "close"], r"""
class CountdownCubit extends Cubit<int> {
  CountdownCubit() : super(60);
  Timer? _timer;

  void start() {
    _timer?.cancel();
    _timer = Timer.periodic(const Duration(seconds: 1), (timer) {
      if (state <= 1) {
        timer.cancel();
        emit(0);
      } else {
        emit(state - 1);
      }
    });
  }

  void stop() => _timer?.cancel();

  void reset() {
    stop();
    emit(60);
  }

  @override
  Future<void> close() {
    _timer?.cancel(); // Cubit kapanınca timer emit etmeye çalışmasın
    return super.close();
  }
}

// BlocBuilder<CountdownCubit, int>(builder: (_, s) => Text('$s sn'))
""")

R(1024, "state", "zor", "code", "Listedeki her ürün satırının kendi ChangeNotifier modeli var; bir satırdaki adet değişince sadece o satır yeniden çizilsin.", ["ChangeNotifierProvider.value", "context.watch"], r"""
class ItemModel extends ChangeNotifier {
  ItemModel(this.name);
  final String name;
  int qty = 0;
  void increment() {
    qty++;
    notifyListeners();
  }
}

class ItemList extends StatelessWidget {
  const ItemList({super.key, required this.items});
  final List<ItemModel> items; // Modeller listenin sahibinde yaşar

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: items.length,
      // Var olan nesne verildiği için .value kullanılır (provider dispose etmez)
      itemBuilder: (_, i) => ChangeNotifierProvider.value(
        value: items[i],
        child: const ItemRow(),
      ),
    );
  }
}

class ItemRow extends StatelessWidget {
  const ItemRow({super.key});

  @override
  Widget build(BuildContext context) {
    final item = context.watch<ItemModel>(); // Sadece kendi modelini dinler
    return ListTile(
      title: Text(item.name),
      trailing: TextButton(onPressed: item.increment, child: Text('${item.qty} +')),
    );
  }
}
""")

R(1025, "state", "zor", "code", "Riverpod StreamNotifier ile sohbet mesajlarını canlı dinle ve mesaj gönderme metodu ekle.", ["StreamNotifier", "StreamNotifierProvider"], r"""
abstract class ChatApi {
  Stream<List<String>> messages();
  Future<void> send(String text);
}

final chatApiProvider = Provider<ChatApi>((ref) => throw UnimplementedError('main içinde override edin'));

class ChatNotifier extends StreamNotifier<List<String>> {
  @override
  Stream<List<String>> build() {
    // Stream'in her yeni değeri AsyncData olarak state'e yansır
    return ref.watch(chatApiProvider).messages();
  }

  Future<void> send(String text) async {
    if (text.trim().isEmpty) return;
    await ref.read(chatApiProvider).send(text.trim());
  }
}

final chatProvider = StreamNotifierProvider<ChatNotifier, List<String>>(ChatNotifier.new);

class ChatList extends ConsumerWidget {
  const ChatList({super.key});

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    final messages = ref.watch(chatProvider);
    return messages.when(
      data: (list) => ListView(children: [for (final m in list) ListTile(title: Text(m))]),
      loading: () => const Center(child: CircularProgressIndicator()),
      error: (e, _) => Center(child: Text('$e')),
    );
  }
}
""")

R(1026, "state", "zor", "code", "Riverpod'da sepet indirimi Notifier'ı seçili kampanya provider'ına bağlı; kampanya değişince Notifier'ın state'i kendiliğinden baştan hesaplansın.", ["Notifier", "ref.watch", "build"], r"""
final campaignProvider = NotifierProvider<CampaignNotifier, String>(CampaignNotifier.new);

class CampaignNotifier extends Notifier<String> {
  @override
  String build() => 'yok';
  void select(String campaign) => state = campaign;
}

class DiscountNotifier extends Notifier<double> {
  @override
  double build() {
    // build içinde watch edilen provider değişince build yeniden çalışır
    // ve elle yapılmış değişiklikler de sıfırlanır
    final campaign = ref.watch(campaignProvider);
    return switch (campaign) {
      'yaz' => 0.20,
      'ogrenci' => 0.10,
      _ => 0.0,
    };
  }

  void addCoupon(double extra) => state = (state + extra).clamp(0.0, 0.5);
}

final discountProvider = NotifierProvider<DiscountNotifier, double>(DiscountNotifier.new);
""")

R(1027, "state", "kolay", "code", "Ekleme sayfasından geri dönerken yeni eklenen görevi önceki sayfadaki listeye ekle ve ekranı güncelle.", ["Navigator.push", "Navigator.pop", "setState"], r"""
class TaskListPage extends StatefulWidget {
  const TaskListPage({super.key});

  @override
  State<TaskListPage> createState() => _TaskListPageState();
}

class _TaskListPageState extends State<TaskListPage> {
  final List<String> _tasks = [];

  Future<void> _openAddPage() async {
    // Açılan sayfa pop ile bir String döndürür
    final task = await Navigator.push<String>(
      context,
      MaterialPageRoute(builder: (_) => const AddTaskPage()),
    );
    if (task != null && mounted) setState(() => _tasks.add(task));
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: ListView(children: [for (final t in _tasks) ListTile(title: Text(t))]),
      floatingActionButton: FloatingActionButton(onPressed: _openAddPage, child: const Icon(Icons.add)),
    );
  }
}

class AddTaskPage extends StatelessWidget {
  const AddTaskPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Yeni görev')),
      body: TextField(onSubmitted: (text) => Navigator.pop(context, text)),
    );
  }
}
""")

R(1028, "state", "orta", "code", "Bir Cubit'in güncel state'ini widget dışında, örneğin bir servis sınıfında okumak ve değişimlerine abone olmak istiyorum.", ["state", "stream", "listen"], r"""
class CartCubit extends Cubit<List<String>> {
  CartCubit() : super(const []);
  void add(String item) => emit([...state, item]);
}

class AnalyticsService {
  AnalyticsService(this._cart) {
    // Cubit.stream sadece bundan sonraki değişimleri verir
    _sub = _cart.stream.listen((items) => debugPrint('Sepet: ${items.length} ürün'));
  }

  final CartCubit _cart;
  late final StreamSubscription<List<String>> _sub;

  // Anlık değer için doğrudan .state okunur
  int get currentCount => _cart.state.length;

  Future<void> dispose() => _sub.cancel();
}
""")

R(1029, "state", "orta", "code", "Provider'da büyük bir sayfanın sadece sepet sayısını gösteren küçük kısmı yeniden çizilsin; ayrı widget sınıfı yazmadan bunu yap.", ["Builder", "context.watch"], r"""
class CartModel extends ChangeNotifier {
  int count = 0;
  void add() {
    count++;
    notifyListeners();
  }
}

class ProductDetailPage extends StatelessWidget {
  const ProductDetailPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Ürün'),
        actions: [
          // Builder yeni bir context verir; watch sadece bu alt ağacı yeniden çizer
          Builder(
            builder: (context) => Badge(
              label: Text('${context.watch<CartModel>().count}'),
              child: const Icon(Icons.shopping_bag),
            ),
          ),
        ],
      ),
      body: const Center(child: Text('Pahalı ürün detayları...')),
      floatingActionButton: FloatingActionButton(
        onPressed: () => context.read<CartModel>().add(), // read: dinleme yok
        child: const Icon(Icons.add_shopping_cart),
      ),
    );
  }
}
""")

R(1030, "state", "orta", "code", "Uygulamanın her yerinden açılıp kapatılabilen tek bir tam ekran 'Yükleniyor' katmanı yap; hangi sayfada olursam olayım üstte görünsün.", ["ValueNotifier", "MaterialApp", "builder"], r"""
// Uygulama genelinde tek bir yükleniyor durumu
final globalLoading = ValueNotifier<bool>(false);

class LoadingApp extends StatelessWidget {
  const LoadingApp({super.key, required this.home});
  final Widget home;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      home: home,
      // builder, Navigator'ın üstüne sarılır; böylece tüm sayfaların üstünde kalır
      builder: (context, child) => Stack(children: [
        child!,
        ValueListenableBuilder<bool>(
          valueListenable: globalLoading,
          builder: (context, loading, _) => loading
              ? const ColoredBox(color: Colors.black38, child: Center(child: CircularProgressIndicator()))
              : const SizedBox.shrink(),
        ),
      ]),
    );
  }
}

Future<T> withLoading<T>(Future<T> Function() task) async {
  globalLoading.value = true;
  try {
    return await task();
  } finally {
    globalLoading.value = false;
  }
}
""")

R(1031, "state", "kolay", "code", "Favori ürün id'lerini bellekte tutan, favoriye ekle/çıkar ve favori mi kontrolü yapan bir ChangeNotifier yaz.", ["ChangeNotifier", "notifyListeners", "Set"], r"""
class FavoritesModel extends ChangeNotifier {
  final Set<int> _ids = {};

  bool isFavorite(int productId) => _ids.contains(productId);
  int get count => _ids.length;

  void toggle(int productId) {
    // Set.add false dönerse zaten vardı demektir; o zaman çıkar
    if (!_ids.add(productId)) _ids.remove(productId);
    notifyListeners();
  }
}

// Kullanım: IconButton(
//   icon: Icon(model.isFavorite(id) ? Icons.favorite : Icons.favorite_border),
//   onPressed: () => model.toggle(id))
""")

R(1032, "state", "orta", "code", "flutter_bloc ile giriş ekranı Bloc'u yaz: LoginSubmitted event'i gelince önce yükleniyor, sonra başarılı veya hata state'i yayılsın.", ["Bloc", "emit"], r"""
sealed class LoginEvent {}

final class LoginSubmitted extends LoginEvent {
  LoginSubmitted(this.email, this.password);
  final String email;
  final String password;
}

sealed class LoginState {}
final class LoginInitial extends LoginState {}
final class LoginLoading extends LoginState {}
final class LoginSuccess extends LoginState {}
final class LoginFailure extends LoginState {
  LoginFailure(this.message);
  final String message;
}

class LoginBloc extends Bloc<LoginEvent, LoginState> {
  LoginBloc(this._login) : super(LoginInitial()) {
    on<LoginSubmitted>((event, emit) async {
      emit(LoginLoading());
      try {
        await _login(event.email, event.password);
        emit(LoginSuccess());
      } catch (e) {
        emit(LoginFailure('Giriş başarısız: $e'));
      }
    });
  }

  final Future<void> Function(String email, String password) _login;
}
""")

R(1033, "state", "orta", "code", "Kayıt formunun alan geçerliliklerini Cubit'te tut: e-posta ve şifre geçerli olunca 'Kayıt ol' butonu aktifleşsin.", ["Cubit", "BlocBuilder", "emit"], r"""
class SignupState {
  const SignupState({this.email = '', this.password = ''});
  final String email;
  final String password;

  bool get emailValid => email.contains('@');
  bool get passwordValid => password.length >= 8;
  bool get canSubmit => emailValid && passwordValid;
}

class SignupCubit extends Cubit<SignupState> {
  SignupCubit() : super(const SignupState());
  void emailChanged(String v) => emit(SignupState(email: v, password: state.password));
  void passwordChanged(String v) => emit(SignupState(email: state.email, password: v));
}

class SignupForm extends StatelessWidget {
  const SignupForm({super.key});

  @override
  Widget build(BuildContext context) {
    final cubit = context.read<SignupCubit>();
    return Column(children: [
      TextField(onChanged: cubit.emailChanged, decoration: const InputDecoration(labelText: 'E-posta')),
      TextField(onChanged: cubit.passwordChanged, obscureText: true, decoration: const InputDecoration(labelText: 'Şifre')),
      BlocBuilder<SignupCubit, SignupState>(
        buildWhen: (p, c) => p.canSubmit != c.canSubmit, // Sadece buton durumu değişince
        builder: (context, state) => FilledButton(
          onPressed: state.canSubmit ? () {} : null,
          child: const Text('Kayıt ol'),
        ),
      ),
    ]);
  }
}
""")

R(1034, "state", "orta", "code", "Riverpod'da dev ve prod ortamları için farklı API adresi kullanan repository'yi main'de ProviderScope overrides ile değiştir.", ["ProviderScope", "overrides", "overrideWithValue"], r"""
class ApiRepository {
  const ApiRepository(this.baseUrl);
  final String baseUrl;
}

// Varsayılan: prod
final apiRepositoryProvider = Provider<ApiRepository>((ref) => const ApiRepository('https://api.ornek.com'));

void main() {
  const isDev = bool.fromEnvironment('DEV'); // flutter run --dart-define=DEV=true
  runApp(
    ProviderScope(
      overrides: [
        if (isDev) apiRepositoryProvider.overrideWithValue(const ApiRepository('https://dev.api.ornek.com')),
      ],
      child: const MaterialApp(home: Scaffold()),
    ),
  );
}
""")

R(1035, "state", "orta", "code", "Riverpod'da form gönderme işleminin durumunu (boşta, gönderiliyor, hata) AsyncNotifier ile tut; gönderirken buton kilitlensin.", ["AsyncNotifier", "AsyncValue.guard", "isLoading"], r"""
class SubmitNotifier extends AsyncNotifier<void> {
  @override
  Future<void> build() async {} // Başlangıç: boşta (AsyncData(null))

  Future<void> submit(String message) async {
    state = const AsyncLoading();
    // guard hata olursa AsyncError'a çevirir, fırlatmaz
    state = await AsyncValue.guard(() async {
      await Future.delayed(const Duration(seconds: 1)); // API çağrısı
      if (message.isEmpty) throw Exception('Mesaj boş olamaz');
    });
  }
}

final submitProvider = AsyncNotifierProvider<SubmitNotifier, void>(SubmitNotifier.new);

class SubmitButton extends ConsumerWidget {
  const SubmitButton({super.key, required this.message});
  final String message;

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    final status = ref.watch(submitProvider);
    return Column(children: [
      if (status.hasError) Text('${status.error}', style: const TextStyle(color: Colors.red)),
      FilledButton(
        onPressed: status.isLoading ? null : () => ref.read(submitProvider.notifier).submit(message),
        child: status.isLoading ? const Text('Gönderiliyor...') : const Text('Gönder'),
      ),
    ]);
  }
}
""")

R(1036, "state", "zor", "concept", "Riverpod family'ye parametre olarak kendi Filter sınıfımı verince provider her build'de yeniden oluşuyor ve istek tekrar atılıyor. Neden?", ["operator ==", "hashCode", "family"], r"""
// family, parametreyi Map anahtarı gibi kullanır. Kendi sınıfında == ve hashCode
// tanımlı değilse her build'de oluşturulan yeni Filter nesnesi "farklı" sayılır,
// yeni bir provider örneği oluşur ve istek tekrar gider.
// Çözüm: == ve hashCode'u override et (veya record / freezed / equatable kullan).
class Filter {
  const Filter({required this.category, required this.minPrice});
  final String category;
  final int minPrice;

  @override
  bool operator ==(Object other) =>
      other is Filter && other.category == category && other.minPrice == minPrice;

  @override
  int get hashCode => Object.hash(category, minPrice);
}

final filteredProvider = FutureProvider.family<List<String>, Filter>((ref, filter) async {
  await Future.delayed(const Duration(milliseconds: 300));
  return ['${filter.category} >= ${filter.minPrice}'];
});

// ref.watch(filteredProvider(Filter(category: 'kitap', minPrice: 50)))
// artık aynı değerlerle aynı provider örneğini döndürür.
""")

R(1037, "state", "orta", "code", "Kullanıcı uygulamayı arka plana atınca yarım kalan taslak metni kaydetmek istiyorum; yaşam döngüsü değişimini widget'ta dinle.", ["AppLifecycleListener", "onHide | onPause"], r"""
class DraftEditor extends StatefulWidget {
  const DraftEditor({super.key, required this.saveDraft});
  final Future<void> Function(String) saveDraft;

  @override
  State<DraftEditor> createState() => _DraftEditorState();
}

class _DraftEditorState extends State<DraftEditor> {
  final _controller = TextEditingController();
  late final AppLifecycleListener _lifecycle;

  @override
  void initState() {
    super.initState();
    _lifecycle = AppLifecycleListener(
      // Uygulama görünmez olduğunda (arka plan, görev değiştirici) tetiklenir
      onHide: () => widget.saveDraft(_controller.text),
    );
  }

  @override
  void dispose() {
    _lifecycle.dispose();
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => TextField(controller: _controller, maxLines: null);
}
""")

R(1038, "state", "orta", "code", "Riverpod Notifier'da state bir liste; state.add yaptım ama ekran güncellenmedi. Doğru güncelleme nasıl yazılır?", ["Notifier", "state"], r"""
class TagsNotifier extends Notifier<List<String>> {
  @override
  List<String> build() => const [];

  // YANLIŞ: state.add(tag);  -> aynı liste nesnesi değişir, Riverpod fark etmez
  // (const liste ise çalışma zamanında hata da verir)

  // DOĞRU: yeni bir liste atanır, Riverpod eski/yeni referansı karşılaştırır
  void add(String tag) => state = [...state, tag];

  void remove(String tag) => state = state.where((t) => t != tag).toList();

  void rename(int index, String name) => state = [
        for (var i = 0; i < state.length; i++) i == index ? name : state[i],
      ];
}

final tagsProvider = NotifierProvider<TagsNotifier, List<String>>(TagsNotifier.new);
""")

R(1039, "state", "orta", "code", "flutter_hooks ile sayfa açılınca veriyi bir kez çeken Future'ı oluştur ve sonucuna göre yükleniyor/veri göster.", ["useMemoized", "useFuture"], r"""
// pubspec.yaml: flutter_hooks
class UserHookPage extends HookWidget {
  const UserHookPage({super.key, required this.fetchUser});
  final Future<String> Function() fetchUser;

  @override
  Widget build(BuildContext context) {
    // useMemoized Future'ı yalnız ilk build'de oluşturur; rebuild'de istek tekrar gitmez
    final future = useMemoized(fetchUser);
    final snapshot = useFuture(future);

    if (snapshot.hasError) return Text('Hata: ${snapshot.error}');
    if (!snapshot.hasData) return const Center(child: CircularProgressIndicator());
    return Text('Merhaba ${snapshot.data}');
  }
}
""")

R(1040, "state", "zor", "code", "Video oynatıcı widget'ını state'ini kaybetmeden küçük pencereden tam ekran düzenine taşımak istiyorum; ağaçta yeri değişince state sıfırlanıyor.", ["GlobalKey", "key"], r"""
class PlayerBox extends StatefulWidget {
  const PlayerBox({super.key});

  @override
  State<PlayerBox> createState() => _PlayerBoxState();
}

class _PlayerBoxState extends State<PlayerBox> {
  int _seconds = 0; // Oynatma konumunu temsil eder

  @override
  Widget build(BuildContext context) => GestureDetector(
        onTap: () => setState(() => _seconds += 10),
        child: ColoredBox(color: Colors.black, child: Center(child: Text('$_seconds sn', style: const TextStyle(color: Colors.white)))),
      );
}

class PlayerLayout extends StatefulWidget {
  const PlayerLayout({super.key});

  @override
  State<PlayerLayout> createState() => _PlayerLayoutState();
}

class _PlayerLayoutState extends State<PlayerLayout> {
  // GlobalKey, aynı frame içinde ağaçta yeri değişen widget'ın State'ini taşır
  final _playerKey = GlobalKey();
  bool _fullScreen = false;

  @override
  Widget build(BuildContext context) {
    final player = PlayerBox(key: _playerKey);
    return Column(children: [
      TextButton(onPressed: () => setState(() => _fullScreen = !_fullScreen), child: const Text('Düzen değiştir')),
      Expanded(
        child: _fullScreen
            ? player
            : Align(alignment: Alignment.bottomRight, child: SizedBox(width: 160, height: 90, child: player)),
      ),
    ]);
  }
}
""")

R(1041, "state", "zor", "code", "Riverpod'da liste satırlarına ürünü constructor ile geçirmek yerine her satır için ProviderScope override ederek 'mevcut ürün' provider'ı ver.", ["ProviderScope", "overrideWithValue", "dependencies"], r"""
class Product {
  const Product(this.name, this.price);
  final String name;
  final double price;
}

// Varsayılanı yok; her satırda override edilmek zorunda
final currentProductProvider = Provider<Product>((ref) => throw UnimplementedError());

class ProductList extends StatelessWidget {
  const ProductList({super.key, required this.products});
  final List<Product> products;

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: products.length,
      itemBuilder: (_, i) => ProviderScope(
        overrides: [currentProductProvider.overrideWithValue(products[i])],
        child: const ProductRow(),
      ),
    );
  }
}

class ProductRow extends ConsumerWidget {
  const ProductRow({super.key});

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    final product = ref.watch(currentProductProvider);
    return ListTile(title: Text(product.name), trailing: Text('${product.price} ₺'));
  }
}

// Not: scoped provider'ı okuyan başka provider'lar varsa onlara da
// dependencies: [currentProductProvider] eklemek gerekir.
""")

R(1042, "state", "kolay", "code", "flutter_bloc'ta Cubit state'inin sadece liste uzunluğunu dinleyen widget yaz, context.select kullan.", ["context.select"], r"""
class CartCubit extends Cubit<List<String>> {
  CartCubit() : super(const []);
  void add(String item) => emit([...state, item]);
}

class CartCountText extends StatelessWidget {
  const CartCountText({super.key});

  @override
  Widget build(BuildContext context) {
    // Sadece seçilen değer (uzunluk) değişince bu widget yeniden çizilir
    final count = context.select((CartCubit cubit) => cubit.state.length);
    return Text('Sepette $count ürün');
  }
}
""")

R(1043, "state", "kolay", "code", "BlocProvider ile Cubit oluşturulur oluşturulmaz verileri yüklemeye başlasın; initState yazmak istemiyorum.", ["BlocProvider", "create"], r"""
class NewsCubit extends Cubit<List<String>> {
  NewsCubit() : super(const []);

  Future<void> load() async {
    await Future.delayed(const Duration(seconds: 1)); // API taklidi
    emit(['Haber 1', 'Haber 2']);
  }
}

class NewsPage extends StatelessWidget {
  const NewsPage({super.key});

  @override
  Widget build(BuildContext context) {
    return BlocProvider(
      // Cascade ile oluşturma anında load çağrılır
      create: (_) => NewsCubit()..load(),
      child: BlocBuilder<NewsCubit, List<String>>(
        builder: (context, news) => news.isEmpty
            ? const Center(child: CircularProgressIndicator())
            : ListView(children: [for (final n in news) ListTile(title: Text(n))]),
      ),
    );
  }
}
""")

R(1044, "state", "orta", "code", "Sınıfımdaki ValueNotifier'ı dışarıdan sadece okunabilir yapmak istiyorum; widget'lar dinleyebilsin ama value'yu değiştiremesin.", ["ValueListenable", "ValueNotifier"], r"""
class DownloadController {
  final _progress = ValueNotifier<double>(0); // Yazma yetkisi sadece sınıfta

  // Dışarıya salt okunur arayüz: value okunur, listener eklenir, atanamaz
  ValueListenable<double> get progress => _progress;

  Future<void> start() async {
    for (var i = 1; i <= 10; i++) {
      await Future.delayed(const Duration(milliseconds: 200));
      _progress.value = i / 10;
    }
  }

  void dispose() => _progress.dispose();
}

// Widget'ta:
// ValueListenableBuilder<double>(
//   valueListenable: controller.progress,
//   builder: (_, p, __) => LinearProgressIndicator(value: p),
// )
""")

R(1045, "state", "kolay", "concept", "Prop drilling nedir? Veriyi beş kat aşağıdaki widget'a constructor ile taşımak yerine ne yapmalıyım?", ["InheritedWidget", "of"], r"""
// Prop drilling: veriyi kullanmayan ara widget'ların sırf aşağı iletmek için
// constructor parametresi olarak taşıması. Kod kırılganlaşır, her ara widget değişir.
// Çözüm: veriyi ağacın üstüne koyup alt widget'ların doğrudan okuması (InheritedWidget,
// veya bunun üstüne kurulu Provider/Riverpod).
class CurrentUser extends InheritedWidget {
  const CurrentUser({super.key, required this.name, required super.child});
  final String name;

  static CurrentUser of(BuildContext context) =>
      context.dependOnInheritedWidgetOfExactType<CurrentUser>()!;

  @override
  bool updateShouldNotify(CurrentUser oldWidget) => oldWidget.name != name;
}

// Ara widget'lar hiçbir şey bilmez; en alttaki doğrudan okur:
class Greeting extends StatelessWidget {
  const Greeting({super.key});

  @override
  Widget build(BuildContext context) => Text('Merhaba ${CurrentUser.of(context).name}');
}
""")

R(1046, "state", "orta", "code", "'setState() or markNeedsBuild() called during build' hatası alıyorum; build içinde state değiştirmem gerekiyor, doğru yol ne?", ["addPostFrameCallback", "setState"], r"""
// build çalışırken setState çağırmak yasaktır (ağaç zaten çiziliyor).
// Değişikliği frame bittikten sonraya ertele ya da değeri build'de hesapla.
class AutoSelectList extends StatefulWidget {
  const AutoSelectList({super.key, required this.items});
  final List<String> items;

  @override
  State<AutoSelectList> createState() => _AutoSelectListState();
}

class _AutoSelectListState extends State<AutoSelectList> {
  String? _selected;

  @override
  Widget build(BuildContext context) {
    if (_selected == null && widget.items.isNotEmpty) {
      // YANLIŞ: setState(() => _selected = widget.items.first);
      WidgetsBinding.instance.addPostFrameCallback((_) {
        if (mounted && _selected == null) setState(() => _selected = widget.items.first);
      });
    }
    return ListView(children: [
      for (final i in widget.items)
        ListTile(title: Text(i), selected: i == _selected, onTap: () => setState(() => _selected = i)),
    ]);
  }
}
""")

R(1047, "state", "kolay", "code", "ChangeNotifier'da birden fazla alanı güncellerken her alan için ayrı notifyListeners çağırıyorum; tek seferde bildirmek için nasıl yazmalıyım?", ["notifyListeners", "ChangeNotifier"], r"""
class ProfileModel extends ChangeNotifier {
  String _name = '';
  String _city = '';
  int _age = 0;

  String get name => _name;
  String get city => _city;
  int get age => _age;

  // Tüm alanları değiştirip dinleyicilere TEK bildirim gönder: tek rebuild
  void update({String? name, String? city, int? age}) {
    var changed = false;
    if (name != null && name != _name) { _name = name; changed = true; }
    if (city != null && city != _city) { _city = city; changed = true; }
    if (age != null && age != _age) { _age = age; changed = true; }
    if (changed) notifyListeners();
  }
}
""")

R(1048, "state", "zor", "concept", "Widget'lar her build'de yeniden oluşuyorsa State nesnesi neden kaybolmuyor? Flutter state'i nerede saklıyor?", ["Element", "canUpdate"], r"""
// Widget'lar hafif, değişmez tariflerdir ve her build'de yeniden oluşturulur.
// State ise Element ağacında (StatefulElement içinde) yaşar. Yeni bir widget
// geldiğinde Flutter şu kontrolü yapar (Widget.canUpdate ile aynı mantık):
bool sameSlot(Widget oldWidget, Widget newWidget) =>
    oldWidget.runtimeType == newWidget.runtimeType && oldWidget.key == newWidget.key;
// true  -> Element ve State korunur; state.widget yeni widget olur, didUpdateWidget çağrılır.
// false -> eski Element ve State atılır, createState ile yenisi kurulur.

// Örnek: iki sayaç yer değiştirince key yoksa State'ler konumda kalır (sayılar karışır),
// ValueKey varsa State'ler widget'larla birlikte taşınır.
Widget swappedCounters({required bool swapped, required Widget a, required Widget b}) {
  return Row(children: swapped ? [b, a] : [a, b]);
}
// swappedCounters(swapped: s, a: Counter(key: const ValueKey('a')), b: Counter(key: const ValueKey('b')))
""")

R(1049, "state", "zor", "code", "Paket kullanmadan Redux benzeri basit bir Store yaz: state ve action alan reducer fonksiyonu, dispatch metodu ve widget'larda dinleme.", ["ValueNotifier", "dispatch", "reducer"], r"""
typedef Reducer<S, A> = S Function(S state, A action);

class Store<S, A> extends ValueNotifier<S> {
  Store(super.initial, this.reducer);
  final Reducer<S, A> reducer;

  // Tek değişiklik noktası: action -> yeni state
  void dispatch(A action) => value = reducer(value, action);
}

sealed class CounterAction {}
final class Increment extends CounterAction {}
final class Add extends CounterAction {
  Add(this.amount);
  final int amount;
}

int counterReducer(int state, CounterAction action) => switch (action) {
      Increment() => state + 1,
      Add(:final amount) => state + amount,
    };

final store = Store<int, CounterAction>(0, counterReducer);

class StoreCounter extends StatelessWidget {
  const StoreCounter({super.key});

  @override
  Widget build(BuildContext context) {
    return ValueListenableBuilder<int>(
      valueListenable: store,
      builder: (_, value, __) => TextButton(
        onPressed: () => store.dispatch(Increment()),
        child: Text('$value'),
      ),
    );
  }
}
""")

# ---------------------------------------------------------------- dialogs
R(1000, "dialogs", "orta", "code", "SnackBar ekranın altında değil üst kısmında görünsün istiyorum, mümkün mü?", ["SnackBarBehavior.floating", "margin"], r"""
void showTopSnackBar(BuildContext context, String message) {
  final height = MediaQuery.sizeOf(context).height;
  ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(
      content: Text(message),
      // Floating SnackBar'a büyük alt boşluk vererek üste itiyoruz
      behavior: SnackBarBehavior.floating,
      margin: EdgeInsets.only(bottom: height - 160, left: 16, right: 16),
      dismissDirection: DismissDirection.up, // Yukarı kaydırınca kapansın
    ),
  );
}
""")

R(1001, "dialogs", "orta", "code", "Kullanıcı 'Tamam'a basana kadar ekrandan kaybolmayan bir SnackBar göster.", ["SnackBar", "SnackBarAction", "duration"], r"""
void showStickySnackBar(BuildContext context) {
  final messenger = ScaffoldMessenger.of(context);
  messenger.showSnackBar(
    SnackBar(
      content: const Text('Yeni sürüm yüklendi, uygulamayı yeniden başlatın'),
      // Süreyi çok uzun tutarak kendiliğinden kapanmasını engelliyoruz
      duration: const Duration(days: 1),
      action: SnackBarAction(
        label: 'Tamam',
        onPressed: messenger.hideCurrentSnackBar,
      ),
    ),
  );
}
""")

R(1002, "dialogs", "orta", "code", "Kampanya duyurusu için üstte resim, altında başlık, açıklama ve 'İncele' butonu olan köşeleri yuvarlak bir pencere aç.", ["Dialog", "showDialog", "Image.network | Image.asset"], r"""
Future<void> showCampaignDialog(BuildContext context) {
  return showDialog<void>(
    context: context,
    builder: (context) => Dialog(
      clipBehavior: Clip.antiAlias, // Resim köşelerden taşmasın
      shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(20)),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          Image.network('https://picsum.photos/600/300', height: 160, fit: BoxFit.cover),
          Padding(
            padding: const EdgeInsets.all(16),
            child: Column(children: [
              Text('Yaz İndirimi', style: Theme.of(context).textTheme.titleLarge),
              const SizedBox(height: 8),
              const Text('Tüm ürünlerde %30 indirim seni bekliyor.', textAlign: TextAlign.center),
            ]),
          ),
          Padding(
            padding: const EdgeInsets.fromLTRB(16, 0, 16, 16),
            child: FilledButton(onPressed: () => Navigator.pop(context), child: const Text('İncele')),
          ),
        ],
      ),
    ),
  );
}
""")

R(1003, "dialogs", "orta", "code", "Hesap silme onayında kullanıcı kutuya 'SİL' yazmadan 'Hesabı sil' butonu aktif olmasın.", ["showDialog", "StatefulBuilder", "onPressed"], r"""
Future<bool> confirmAccountDeletion(BuildContext context) async {
  var typed = '';
  final result = await showDialog<bool>(
    context: context,
    builder: (context) => StatefulBuilder(
      // Dialog içindeki yazıya göre butonu yeniden çizmek için
      builder: (context, setDialogState) => AlertDialog(
        title: const Text('Hesabı sil'),
        content: Column(mainAxisSize: MainAxisSize.min, children: [
          const Text("Bu işlem geri alınamaz. Onaylamak için 'SİL' yazın."),
          TextField(onChanged: (v) => setDialogState(() => typed = v)),
        ]),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
          FilledButton(
            style: FilledButton.styleFrom(backgroundColor: Colors.red),
            onPressed: typed == 'SİL' ? () => Navigator.pop(context, true) : null,
            child: const Text('Hesabı sil'),
          ),
        ],
      ),
    ),
  );
  return result ?? false;
}
""")

R(1004, "dialogs", "orta", "code", "Bir dialog'un içindeki butondan ikinci bir dialog açıyorum; ikincide 'Tamam'a basınca ikisi birden kapansın.", ["showDialog", "Navigator.pop"], r"""
Future<void> openFirstDialog(BuildContext context) {
  return showDialog<void>(
    context: context,
    builder: (firstContext) => AlertDialog(
      title: const Text('Sipariş'),
      content: const Text('Siparişi onaylıyor musunuz?'),
      actions: [
        TextButton(
          onPressed: () async {
            final done = await showDialog<bool>(
              context: firstContext,
              builder: (secondContext) => AlertDialog(
                content: const Text('Sipariş alındı!'),
                actions: [
                  TextButton(onPressed: () => Navigator.pop(secondContext, true), child: const Text('Tamam')),
                ],
              ),
            );
            // İkinci kapandıktan sonra birinciyi de kapat
            if (done == true && firstContext.mounted) Navigator.pop(firstContext);
          },
          child: const Text('Onayla'),
        ),
      ],
    ),
  );
}
""")

R(1005, "dialogs", "zor", "code", "Tek bir pencerede önce 'Emin misiniz?' sorulsun, onaylanınca aynı pencerede yükleniyor, bitince başarı ikonu görünsün; içerik geçişleri animasyonlu olsun.", ["AnimatedSwitcher", "StatefulBuilder", "showDialog"], r"""
enum _Step { confirm, loading, done }

Future<void> showPaymentDialog(BuildContext context, Future<void> Function() pay) {
  var step = _Step.confirm;
  return showDialog<void>(
    context: context,
    barrierDismissible: false,
    builder: (context) => StatefulBuilder(
      builder: (context, setDialogState) {
        Future<void> start() async {
          setDialogState(() => step = _Step.loading);
          await pay();
          setDialogState(() => step = _Step.done);
        }

        return AlertDialog(
          content: AnimatedSwitcher(
            duration: const Duration(milliseconds: 300),
            child: switch (step) {
              _Step.confirm => const Text('Ödemeyi onaylıyor musunuz?', key: ValueKey(1)),
              _Step.loading => const CircularProgressIndicator(key: ValueKey(2)),
              _Step.done => const Icon(Icons.check_circle, color: Colors.green, size: 64, key: ValueKey(3)),
            },
          ),
          actions: [
            if (step == _Step.confirm) TextButton(onPressed: start, child: const Text('Öde')),
            if (step == _Step.done) TextButton(onPressed: () => Navigator.pop(context), child: const Text('Kapat')),
          ],
        );
      },
    ),
  );
}
""")

R(1006, "dialogs", "orta", "code", "Alttan açılan panelin içinde 'Emoji' ve 'GIF' sekmeleri olsun, sekmeler arasında kaydırarak geçilebilsin.", ["showModalBottomSheet", "DefaultTabController", "TabBarView"], r"""
Future<void> showPickerSheet(BuildContext context) {
  return showModalBottomSheet<void>(
    context: context,
    builder: (context) => DefaultTabController(
      length: 2,
      child: SizedBox(
        height: 320,
        child: Column(children: [
          const TabBar(tabs: [Tab(text: 'Emoji'), Tab(text: 'GIF')]),
          Expanded(
            child: TabBarView(children: [
              GridView.count(
                crossAxisCount: 6,
                children: [for (final e in ['😀', '😂', '😍', '👍', '🎉', '🔥']) Center(child: Text(e, style: const TextStyle(fontSize: 28)))],
              ),
              const Center(child: Text('GIF arama')),
            ]),
          ),
        ]),
      ),
    ),
  );
}
""")

R(1007, "dialogs", "orta", "code", "iOS'taki gibi bir fotoğrafa uzun basınca büyüyerek önizleme açılsın ve altında 'Paylaş', 'Sil' seçenekleri çıksın.", ["CupertinoContextMenu", "CupertinoContextMenuAction"], r"""
class PhotoPreview extends StatelessWidget {
  const PhotoPreview({super.key, required this.url, required this.onDelete});
  final String url;
  final VoidCallback onDelete;

  @override
  Widget build(BuildContext context) {
    return CupertinoContextMenu(
      actions: [
        CupertinoContextMenuAction(
          trailingIcon: CupertinoIcons.share,
          onPressed: () => Navigator.pop(context),
          child: const Text('Paylaş'),
        ),
        CupertinoContextMenuAction(
          isDestructiveAction: true, // Kırmızı
          trailingIcon: CupertinoIcons.delete,
          onPressed: () {
            Navigator.pop(context); // Önce menüyü kapat
            onDelete();
          },
          child: const Text('Sil'),
        ),
      ],
      child: Image.network(url, width: 120, height: 120, fit: BoxFit.cover),
    );
  }
}
""")

R(1008, "dialogs", "orta", "code", "iOS'ta alttan açılan tekerlekli seçiciyle kan grubu seçtir; seçilen değer 'Tamam'a basınca geri dönsün.", ["showCupertinoModalPopup", "CupertinoPicker"], r"""
Future<String?> pickBloodType(BuildContext context) {
  const types = ['A Rh+', 'A Rh-', 'B Rh+', 'B Rh-', 'AB Rh+', 'AB Rh-', '0 Rh+', '0 Rh-'];
  var index = 0;
  return showCupertinoModalPopup<String>(
    context: context,
    builder: (context) => Container(
      height: 280,
      color: CupertinoColors.systemBackground.resolveFrom(context),
      child: Column(children: [
        Align(
          alignment: Alignment.centerRight,
          child: CupertinoButton(
            child: const Text('Tamam'),
            onPressed: () => Navigator.pop(context, types[index]),
          ),
        ),
        Expanded(
          child: CupertinoPicker(
            itemExtent: 36,
            onSelectedItemChanged: (i) => index = i, // Tekerlek döndükçe güncellenir
            children: [for (final t in types) Center(child: Text(t))],
          ),
        ),
      ]),
    ),
  );
}
""")

R(1009, "dialogs", "kolay", "code", "Tarih seçicinin üstündeki başlık ve altındaki İptal/Tamam yazılarını kendi metinlerimle değiştir.", ["showDatePicker", "helpText", "confirmText"], r"""
Future<DateTime?> pickReportDate(BuildContext context) {
  return showDatePicker(
    context: context,
    initialDate: DateTime.now(),
    firstDate: DateTime(2020),
    lastDate: DateTime(2030),
    helpText: 'RAPOR TARİHİ', // Üstteki küçük başlık
    cancelText: 'Vazgeç',
    confirmText: 'Seç',
    fieldLabelText: 'Tarih', // Klavye ile giriş modundaki etiket
    fieldHintText: 'gg.aa.yyyy',
  );
}
""")

R(1010, "dialogs", "orta", "code", "Takvimi dialog olarak açmadan, sayfanın içine gömülü şekilde göster ve seçilen günü altta yaz.", ["CalendarDatePicker", "onDateChanged"], r"""
class InlineCalendar extends StatefulWidget {
  const InlineCalendar({super.key});

  @override
  State<InlineCalendar> createState() => _InlineCalendarState();
}

class _InlineCalendarState extends State<InlineCalendar> {
  DateTime _selected = DateTime.now();

  @override
  Widget build(BuildContext context) {
    return Column(children: [
      // showDatePicker'ın içindeki takvimin kendisi; her yere gömülebilir
      CalendarDatePicker(
        initialDate: _selected,
        firstDate: DateTime(2020),
        lastDate: DateTime(2030),
        onDateChanged: (d) => setState(() => _selected = d),
      ),
      Text('Seçilen: ${_selected.day}.${_selected.month}.${_selected.year}'),
    ]);
  }
}
""")

R(1011, "dialogs", "kolay", "code", "Bilgi ikonunun ipucu balonu ikonun altında değil üstünde çıksın ve ikona biraz uzak dursun.", ["Tooltip", "preferBelow", "verticalOffset"], r"""
const infoIcon = Tooltip(
  message: 'Fiyatlara KDV dahildir',
  preferBelow: false, // Yer varsa üstte göster
  verticalOffset: 24, // Widget merkezinden uzaklık
  child: Icon(Icons.info_outline),
);
""")

R(1012, "dialogs", "zor", "code", "Masaüstü uygulamanın en üstüne Dosya (Yeni, Aç, Çıkış) ve Yardım (Hakkında) menülerinden oluşan bir menü çubuğu ekle.", ["MenuBar", "SubmenuButton", "MenuItemButton"], r"""
class DesktopMenu extends StatelessWidget {
  const DesktopMenu({super.key, required this.onAction});
  final void Function(String action) onAction;

  @override
  Widget build(BuildContext context) {
    return Column(children: [
      Row(children: [
        Expanded(
          child: MenuBar(
            children: [
              SubmenuButton(
                menuChildren: [
                  MenuItemButton(
                    shortcut: const SingleActivator(LogicalKeyboardKey.keyN, control: true),
                    onPressed: () => onAction('yeni'),
                    child: const Text('Yeni'),
                  ),
                  MenuItemButton(onPressed: () => onAction('ac'), child: const Text('Aç')),
                  MenuItemButton(onPressed: () => onAction('cikis'), child: const Text('Çıkış')),
                ],
                child: const Text('Dosya'),
              ),
              SubmenuButton(
                menuChildren: [
                  MenuItemButton(onPressed: () => onAction('hakkinda'), child: const Text('Hakkında')),
                ],
                child: const Text('Yardım'),
              ),
            ],
          ),
        ),
      ]),
      const Expanded(child: Center(child: Text('Belge alanı'))),
    ]);
  }
}
""")

R(1013, "dialogs", "orta", "code", "AlertDialog'un içeriği kısa olmasına rağmen pencere ekranın tamamı kadar uzuyor; içerik kadar yer kaplasın.", ["mainAxisSize", "MainAxisSize.min"], r"""
Future<void> showShortInfo(BuildContext context) {
  return showDialog<void>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Bilgi'),
      // Column varsayılan olarak tüm yüksekliği ister; min ile içeriğe sığdır
      content: const Column(
        mainAxisSize: MainAxisSize.min,
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text('Siparişiniz hazırlanıyor.'),
          SizedBox(height: 8),
          Text('Tahmini teslimat: 2 gün'),
        ],
      ),
      actions: [TextButton(onPressed: () => Navigator.pop(context), child: const Text('Tamam'))],
    ),
  );
}
""")

R(1014, "dialogs", "orta", "code", "Filtre panelini sağ kenardan kayarak gelen ve ekranın %80 genişliğini kaplayan bir pencere olarak aç.", ["showGeneralDialog", "SlideTransition", "transitionBuilder"], r"""
Future<void> showSideFilterPanel(BuildContext context) {
  return showGeneralDialog<void>(
    context: context,
    barrierDismissible: true,
    barrierLabel: 'Filtreyi kapat',
    barrierColor: Colors.black54,
    transitionDuration: const Duration(milliseconds: 250),
    pageBuilder: (context, _, __) => Align(
      alignment: Alignment.centerRight,
      child: FractionallySizedBox(
        widthFactor: 0.8,
        heightFactor: 1,
        child: Material(
          child: SafeArea(
            child: ListView(children: const [
              ListTile(title: Text('Filtreler', style: TextStyle(fontWeight: FontWeight.bold))),
              CheckboxListTile(value: false, onChanged: null, title: Text('Stokta olanlar')),
            ]),
          ),
        ),
      ),
    ),
    // Sağdan (x=1) yerine (x=0) kayarak gelir
    transitionBuilder: (context, animation, _, child) => SlideTransition(
      position: Tween(begin: const Offset(1, 0), end: Offset.zero)
          .animate(CurvedAnimation(parent: animation, curve: Curves.easeOut)),
      child: child,
    ),
  );
}
""")

R(1015, "dialogs", "kolay", "code", "Başka sayfaya geçince önceki sayfada gösterdiğim SnackBar yeni sayfada da görünmeye devam ediyor; geçişte kapansın.", ["clearSnackBars", "ScaffoldMessenger"], r"""
void openDetails(BuildContext context) {
  // Kuyruktaki ve ekrandaki tüm SnackBar'ları hemen kaldır
  ScaffoldMessenger.of(context).clearSnackBars();
  Navigator.push(
    context,
    MaterialPageRoute(builder: (_) => const Scaffold(body: Center(child: Text('Detay')))),
  );
}
""")

R(1016, "dialogs", "orta", "code", "Konum izni istemeden önce izin neden gerekli onu anlatan bir pencere göster; kullanıcı 'Devam' derse izin isteğini başlat.", ["showDialog", "AlertDialog", "Navigator.pop"], r"""
Future<void> askLocationWithRationale(
  BuildContext context,
  Future<void> Function() requestPermission,
) async {
  final proceed = await showDialog<bool>(
    context: context,
    builder: (context) => AlertDialog(
      icon: const Icon(Icons.location_on),
      title: const Text('Konum izni'),
      content: const Text('Size en yakın mağazaları gösterebilmek için konumunuza ihtiyacımız var.'),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Şimdi değil')),
        FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('Devam')),
      ],
    ),
  );
  // Sistem izin penceresi yalnızca kullanıcı onaylarsa açılır
  if (proceed == true) await requestPermission();
}
""")

R(1017, "dialogs", "orta", "code", "flutter_bloc kullanıyorum; state hata durumuna geçince ekranda hata mesajlı bir AlertDialog açılsın.", ["BlocListener", "showDialog"], r"""
sealed class UploadState {}
final class UploadIdle extends UploadState {}
final class UploadFailed extends UploadState {
  UploadFailed(this.message);
  final String message;
}

class UploadCubit extends Cubit<UploadState> {
  UploadCubit() : super(UploadIdle());
}

class UploadPage extends StatelessWidget {
  const UploadPage({super.key});

  @override
  Widget build(BuildContext context) {
    // Dialog bir yan etkidir: BlocBuilder değil BlocListener içinde açılır
    return BlocListener<UploadCubit, UploadState>(
      listener: (context, state) {
        if (state is UploadFailed) {
          showDialog<void>(
            context: context,
            builder: (context) => AlertDialog(
              title: const Text('Yükleme başarısız'),
              content: Text(state.message),
              actions: [TextButton(onPressed: () => Navigator.pop(context), child: const Text('Tamam'))],
            ),
          );
        }
      },
      child: const Center(child: Text('Dosya yükle')),
    );
  }
}
""")

R(1018, "dialogs", "orta", "code", "Alttan açılan paneli kenarlardan boşluklu, köşeleri yuvarlak yüzen bir kart gibi göster.", ["showModalBottomSheet", "backgroundColor", "Colors.transparent"], r"""
Future<void> showFloatingSheet(BuildContext context) {
  return showModalBottomSheet<void>(
    context: context,
    backgroundColor: Colors.transparent, // Varsayılan arka planı kaldır
    elevation: 0,
    builder: (context) => SafeArea(
      child: Container(
        margin: const EdgeInsets.all(16),
        padding: const EdgeInsets.all(16),
        decoration: BoxDecoration(
          color: Theme.of(context).colorScheme.surface,
          borderRadius: BorderRadius.circular(24),
        ),
        child: const Column(mainAxisSize: MainAxisSize.min, children: [
          ListTile(leading: Icon(Icons.link), title: Text('Bağlantıyı kopyala')),
          ListTile(leading: Icon(Icons.flag), title: Text('Şikayet et')),
        ]),
      ),
    ),
  );
}
""")

R(1019, "dialogs", "orta", "code", "iOS tarzı uyarı penceresinde kullanıcıdan klasör adı yazmasını iste ve girilen adı döndür.", ["showCupertinoDialog", "CupertinoAlertDialog", "CupertinoTextField"], r"""
Future<String?> askFolderName(BuildContext context) {
  var name = ''; // Controller yerine değişken: kapanış animasyonunda dispose sorunu olmaz
  return showCupertinoDialog<String>(
    context: context,
    builder: (context) => CupertinoAlertDialog(
      title: const Text('Yeni klasör'),
      content: Padding(
        padding: const EdgeInsets.only(top: 12),
        child: CupertinoTextField(
          placeholder: 'Klasör adı',
          autofocus: true,
          onChanged: (v) => name = v,
        ),
      ),
      actions: [
        CupertinoDialogAction(onPressed: () => Navigator.pop(context), child: const Text('Vazgeç')),
        CupertinoDialogAction(
          isDefaultAction: true,
          onPressed: () => Navigator.pop(context, name.trim()),
          child: const Text('Oluştur'),
        ),
      ],
    ),
  );
}
""")

R(1020, "dialogs", "orta", "code", "Siparis detayini gosteren pencere acilinca veriyi API'den ceksin, yuklenirken pencerede spinner gorunsun.", ["showDialog", "FutureBuilder"], r"""
Future<void> showOrderDetail(BuildContext context, Future<String> Function() fetchDetail) {
  // Future, builder dışında bir kez oluşturulur; rebuild'de istek tekrarlanmaz
  final future = fetchDetail();
  return showDialog<void>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Sipariş detayı'),
      content: FutureBuilder<String>(
        future: future,
        builder: (context, snapshot) {
          if (snapshot.hasError) return const Text('Detay yüklenemedi');
          if (!snapshot.hasData) {
            return const SizedBox(height: 80, child: Center(child: CircularProgressIndicator()));
          }
          return Text(snapshot.data!);
        },
      ),
      actions: [TextButton(onPressed: () => Navigator.pop(context), child: const Text('Kapat'))],
    ),
  );
}
""")

R(1021, "dialogs", "orta", "code", "Bir işlem hata verince 'Tekrar dene' ve 'Vazgeç' butonlu pencere açılsın; tekrar dene denirse işlem yeniden yapılsın ve başarılı olana kadar devam etsin.", ["showDialog", "while | for"], r"""
Future<T?> runWithRetry<T>(BuildContext context, Future<T> Function() task) async {
  while (true) {
    try {
      return await task();
    } catch (e) {
      if (!context.mounted) return null;
      final retry = await showDialog<bool>(
        context: context,
        barrierDismissible: false,
        builder: (context) => AlertDialog(
          title: const Text('Bir sorun oluştu'),
          content: Text('$e'),
          actions: [
            TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
            FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('Tekrar dene')),
          ],
        ),
      );
      if (retry != true) return null; // Kullanıcı vazgeçti
    }
  }
}
""")

R(1022, "dialogs", "orta", "code", "Alt menülü (her sekmenin kendi Navigator'ı olan) uygulamada açtığım bottom sheet alt menünün arkasında kalıyor; menünün de üstünü kaplasın.", ["showModalBottomSheet", "useRootNavigator"], r"""
Future<void> showCommentsSheet(BuildContext context) {
  return showModalBottomSheet<void>(
    context: context,
    // Sekmenin iç Navigator'ı yerine en üstteki (root) Navigator'da aç:
    // sheet ve karartma alt menünün (NavigationBar) de üstünde olur
    useRootNavigator: true,
    isScrollControlled: true,
    builder: (context) => SizedBox(
      height: MediaQuery.sizeOf(context).height * 0.6,
      child: ListView(children: const [
        ListTile(title: Text('Yorum 1')),
        ListTile(title: Text('Yorum 2')),
      ]),
    ),
  );
}
""")

R(1023, "dialogs", "zor", "code", "Dialog içindeki butona basınca SnackBar gösteriyorum ama pencerenin arkasında kalıyor, görünmüyor. Pencerenin üstünde nasıl gösteririm?", ["ScaffoldMessenger", "Scaffold", "Builder"], r"""
Future<void> showDialogWithSnack(BuildContext context) {
  return showDialog<void>(
    context: context,
    builder: (_) => ScaffoldMessenger( // Dialog'a ait ayrı bir messenger
      child: Builder(
        builder: (context) => Scaffold(
          backgroundColor: Colors.transparent, // Arka plan sayfa görünsün
          body: AlertDialog(
            title: const Text('Kupon'),
            content: const Text('KUPON50'),
            actions: [
              TextButton(
                // Bu context yeni messenger'ın altında, SnackBar dialog'un üstünde çıkar
                onPressed: () => ScaffoldMessenger.of(context)
                    .showSnackBar(const SnackBar(content: Text('Kopyalandı'))),
                child: const Text('Kopyala'),
              ),
            ],
          ),
        ),
      ),
    ),
  );
}
""")

R(1024, "dialogs", "orta", "code", "Silme onay penceresinde 'Sil'e basınca istek bitene kadar butonda dönen gösterge olsun, pencere istek bitince kapansın.", ["StatefulBuilder", "CircularProgressIndicator", "Navigator.pop"], r"""
Future<bool> confirmAndDelete(BuildContext context, Future<void> Function() delete) async {
  var busy = false;
  final deleted = await showDialog<bool>(
    context: context,
    barrierDismissible: false,
    builder: (dialogContext) => StatefulBuilder(
      builder: (dialogContext, setDialogState) => AlertDialog(
        title: const Text('Silinsin mi?'),
        actions: [
          TextButton(
            onPressed: busy ? null : () => Navigator.pop(dialogContext, false),
            child: const Text('Vazgeç'),
          ),
          FilledButton(
            onPressed: busy
                ? null
                : () async {
                    setDialogState(() => busy = true);
                    await delete();
                    if (dialogContext.mounted) Navigator.pop(dialogContext, true);
                  },
            child: busy
                ? const SizedBox.square(dimension: 18, child: CircularProgressIndicator(strokeWidth: 2))
                : const Text('Sil'),
          ),
        ],
      ),
    ),
  );
  return deleted ?? false;
}
""")

R(1025, "dialogs", "kolay", "code", "Paylaş butonuna basınca alttan WhatsApp, Mail, Kopyala gibi seçeneklerin ikonlu ızgara şeklinde dizildiği bir panel açılsın.", ["showModalBottomSheet", "GridView.count"], r"""
Future<String?> showShareSheet(BuildContext context) {
  const targets = [
    (Icons.chat, 'WhatsApp'),
    (Icons.mail, 'Mail'),
    (Icons.sms, 'SMS'),
    (Icons.copy, 'Kopyala'),
  ];
  return showModalBottomSheet<String>(
    context: context,
    builder: (context) => GridView.count(
      crossAxisCount: 4,
      shrinkWrap: true, // Panel içerik kadar yer kaplasın
      padding: const EdgeInsets.all(16),
      children: [
        for (final (icon, label) in targets)
          InkWell(
            onTap: () => Navigator.pop(context, label),
            child: Column(mainAxisSize: MainAxisSize.min, children: [
              CircleAvatar(child: Icon(icon)),
              const SizedBox(height: 4),
              Text(label, style: const TextStyle(fontSize: 12)),
            ]),
          ),
      ],
    ),
  );
}
""")

R(1026, "dialogs", "kolay", "code", "Alttan açılan paneldeki içerik sadece iki satır ama panel ekranın yarısını kaplıyor; içerik kadar yüksek olsun.", ["showModalBottomSheet", "MainAxisSize.min"], r"""
Future<void> showCompactSheet(BuildContext context) {
  return showModalBottomSheet<void>(
    context: context,
    builder: (context) => const SafeArea(
      child: Column(
        mainAxisSize: MainAxisSize.min, // Yüksekliği çocukların toplamı kadar
        children: [
          ListTile(leading: Icon(Icons.edit), title: Text('Düzenle')),
          ListTile(leading: Icon(Icons.delete), title: Text('Sil')),
        ],
      ),
    ),
  );
}
""")

R(1027, "dialogs", "kolay", "code", "AlertDialog'daki buton yazıları uzun olunca yan yana sığmıyor; butonlar alt alta dizilsin ve aralarında boşluk olsun.", ["actionsOverflowDirection", "actionsOverflowButtonSpacing"], r"""
Future<void> showLongActions(BuildContext context) {
  return showDialog<void>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Aboneliğiniz bitiyor'),
      // Butonlar tek satıra sığmazsa alt alta dizilir
      actionsOverflowDirection: VerticalDirection.down,
      actionsOverflowButtonSpacing: 8,
      actions: [
        FilledButton(onPressed: () => Navigator.pop(context), child: const Text('Aboneliğimi bir yıl uzat')),
        OutlinedButton(onPressed: () => Navigator.pop(context), child: const Text('Aylık plana geçmek istiyorum')),
        TextButton(onPressed: () => Navigator.pop(context), child: const Text('Daha sonra hatırlat')),
      ],
    ),
  );
}
""")

R(1028, "dialogs", "kolay", "code", "SnackBar'ı aşağı değil yana kaydırarak kapatabilmek istiyorum.", ["dismissDirection", "DismissDirection.horizontal"], r"""
void showSwipeableSnack(BuildContext context) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(
      content: Text('Mesaj arşivlendi'),
      behavior: SnackBarBehavior.floating,
      dismissDirection: DismissDirection.horizontal, // Sağa veya sola kaydırınca kapanır
    ),
  );
}
""")

R(1029, "dialogs", "zor", "code", "Uygulamada tekrar tekrar kullanacağım, karartmalı arka planı ve ölçeklenerek açılışı olan kendi PopupRoute sınıfımı yaz ve Navigator.push ile aç.", ["PopupRoute", "buildPage", "barrierColor"], r"""
class ScalePopupRoute<T> extends PopupRoute<T> {
  ScalePopupRoute({required this.builder});
  final WidgetBuilder builder;

  @override
  Color? get barrierColor => Colors.black45;

  @override
  bool get barrierDismissible => true;

  @override
  String? get barrierLabel => 'Kapat';

  @override
  Duration get transitionDuration => const Duration(milliseconds: 200);

  @override
  Widget buildPage(BuildContext context, Animation<double> animation, Animation<double> secondaryAnimation) {
    return Center(child: Material(borderRadius: BorderRadius.circular(16), child: builder(context)));
  }

  @override
  Widget buildTransitions(BuildContext context, Animation<double> animation,
      Animation<double> secondaryAnimation, Widget child) {
    return ScaleTransition(
      scale: CurvedAnimation(parent: animation, curve: Curves.easeOutBack),
      child: child,
    );
  }
}

// Kullanım:
// final result = await Navigator.of(context).push(ScalePopupRoute<String>(
//   builder: (context) => Padding(padding: const EdgeInsets.all(24), child: Text('Merhaba')),
// ));
""")

R(1030, "dialogs", "orta", "code", "showDialog kullanmadan aynı dialog'u Navigator.push ile bir route olarak açmak istiyorum.", ["DialogRoute", "Navigator.push | Navigator.of"], r"""
Future<bool?> pushConfirmDialog(BuildContext context) {
  // DialogRoute, showDialog'un arka planda kullandığı route sınıfıdır
  return Navigator.of(context).push<bool>(
    DialogRoute<bool>(
      context: context,
      barrierDismissible: true,
      settings: const RouteSettings(name: 'confirm-dialog'),
      builder: (context) => AlertDialog(
        content: const Text('Devam edilsin mi?'),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Hayır')),
          TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Evet')),
        ],
      ),
    ),
  );
}
""")

R(1031, "dialogs", "kolay", "code", "Analitik için açılan dialog'lara isim vermek istiyorum; NavigatorObserver'da hangi dialog'un açıldığını görebileyim.", ["routeSettings", "RouteSettings"], r"""
Future<void> showRatingPrompt(BuildContext context) {
  return showDialog<void>(
    context: context,
    // NavigatorObserver.didPush içinde route.settings.name ile okunur
    routeSettings: const RouteSettings(name: 'rating_prompt'),
    builder: (context) => AlertDialog(
      title: const Text('Uygulamayı beğendiniz mi?'),
      actions: [TextButton(onPressed: () => Navigator.pop(context), child: const Text('Kapat'))],
    ),
  );
}

class AnalyticsObserver extends NavigatorObserver {
  @override
  void didPush(Route<dynamic> route, Route<dynamic>? previousRoute) {
    debugPrint('Açıldı: ${route.settings.name}');
  }
}
""")

R(1032, "dialogs", "zor", "code", "Kullanım koşulları penceresinde 'Kabul ediyorum' butonu ancak metin en sonuna kadar kaydırılınca aktif olsun.", ["ScrollController", "maxScrollExtent", "showDialog"], r"""
class TermsDialog extends StatefulWidget {
  const TermsDialog({super.key, required this.terms});
  final String terms;

  @override
  State<TermsDialog> createState() => _TermsDialogState();
}

class _TermsDialogState extends State<TermsDialog> {
  final _controller = ScrollController();
  bool _reachedEnd = false;

  @override
  void initState() {
    super.initState();
    _controller.addListener(() {
      final atEnd = _controller.offset >= _controller.position.maxScrollExtent - 8;
      if (atEnd && !_reachedEnd) setState(() => _reachedEnd = true);
    });
  }

  @override
  void dispose() {
    _controller.dispose(); // Dialog widget'ı ağaçtan çıkınca güvenle bırakılır
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AlertDialog(
      title: const Text('Kullanım koşulları'),
      content: SizedBox(
        height: 300,
        child: SingleChildScrollView(controller: _controller, child: Text(widget.terms)),
      ),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Reddet')),
        FilledButton(
          onPressed: _reachedEnd ? () => Navigator.pop(context, true) : null,
          child: const Text('Kabul ediyorum'),
        ),
      ],
    );
  }
}

Future<bool> showTerms(BuildContext context, String terms) async =>
    await showDialog<bool>(
      context: context,
      barrierDismissible: false,
      builder: (_) => TermsDialog(terms: terms),
    ) ??
    false;
""")

R(1033, "dialogs", "kolay", "code", "Silme onayını dialog yerine alttan açılan bir panelle sor; kırmızı 'Sil' ve 'Vazgeç' butonları olsun, sonuç bool dönsün.", ["showModalBottomSheet", "Navigator.pop"], r"""
Future<bool> confirmDeleteSheet(BuildContext context, String itemName) async {
  final result = await showModalBottomSheet<bool>(
    context: context,
    builder: (context) => SafeArea(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          mainAxisSize: MainAxisSize.min,
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            Text('"$itemName" silinsin mi?', style: Theme.of(context).textTheme.titleMedium),
            const SizedBox(height: 16),
            FilledButton(
              style: FilledButton.styleFrom(backgroundColor: Colors.red),
              onPressed: () => Navigator.pop(context, true),
              child: const Text('Sil'),
            ),
            TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
          ],
        ),
      ),
    ),
  );
  return result ?? false; // Dışarı dokunup kapatırsa null gelir
}
""")

R(1034, "dialogs", "kolay", "code", "AlertDialog'un başlık satırının sağ köşesinde pencereyi kapatan bir X ikonu olsun.", ["AlertDialog", "IconButton", "Icons.close"], r"""
Future<void> showClosableDialog(BuildContext context) {
  return showDialog<void>(
    context: context,
    builder: (context) => AlertDialog(
      title: Row(
        children: [
          const Expanded(child: Text('Bildirim ayarları')),
          IconButton(
            icon: const Icon(Icons.close),
            tooltip: 'Kapat',
            onPressed: () => Navigator.pop(context),
          ),
        ],
      ),
      content: const Text('Bildirimleri ayarlardan yönetebilirsiniz.'),
    ),
  );
}
""")

R(1035, "dialogs", "kolay", "code", "Üç nokta menüsü açıkken ikon dolu, kapanınca tekrar boş görünsün; menünün açıldığını ve seçim yapılmadan kapandığını yakala.", ["PopupMenuButton", "onOpened", "onCanceled"], r"""
class MoreMenu extends StatefulWidget {
  const MoreMenu({super.key});

  @override
  State<MoreMenu> createState() => _MoreMenuState();
}

class _MoreMenuState extends State<MoreMenu> {
  bool _open = false;

  @override
  Widget build(BuildContext context) {
    return PopupMenuButton<String>(
      icon: Icon(_open ? Icons.more_horiz : Icons.more_vert),
      onOpened: () => setState(() => _open = true),
      onCanceled: () => setState(() => _open = false), // Seçim yapmadan kapandı
      onSelected: (value) {
        setState(() => _open = false);
        debugPrint('Seçildi: $value');
      },
      itemBuilder: (context) => const [
        PopupMenuItem(value: 'duzenle', child: Text('Düzenle')),
        PopupMenuItem(value: 'sil', child: Text('Sil')),
      ],
    );
  }
}
""")

R(1036, "dialogs", "orta", "code", "Masaüstü ve web'de bir karta sağ tıklayınca farenin olduğu noktada menü açılsın.", ["MenuAnchor", "MenuController", "onSecondaryTapDown"], r"""
class RightClickCard extends StatefulWidget {
  const RightClickCard({super.key});

  @override
  State<RightClickCard> createState() => _RightClickCardState();
}

class _RightClickCardState extends State<RightClickCard> {
  final _menu = MenuController();

  @override
  Widget build(BuildContext context) {
    return MenuAnchor(
      controller: _menu,
      menuChildren: [
        MenuItemButton(onPressed: () {}, child: const Text('Aç')),
        MenuItemButton(onPressed: () {}, child: const Text('Yeniden adlandır')),
        MenuItemButton(onPressed: () {}, child: const Text('Sil')),
      ],
      child: GestureDetector(
        // Sağ tık konumunu (karta göre) menünün açılış noktası yap
        onSecondaryTapDown: (details) => _menu.open(position: details.localPosition),
        onTap: _menu.close,
        child: const Card(child: SizedBox(width: 200, height: 120, child: Center(child: Text('Belge.pdf')))),
      ),
    );
  }
}
""")

R(1037, "dialogs", "kolay", "code", "AppBar'da 'Sırala: Fiyat' yazan ve yanında aşağı ok olan bir buton olsun; basınca seçenekler açılsın, seçilen yazıda görünsün.", ["PopupMenuButton", "child", "onSelected"], r"""
class SortButton extends StatefulWidget {
  const SortButton({super.key});

  @override
  State<SortButton> createState() => _SortButtonState();
}

class _SortButtonState extends State<SortButton> {
  String _sort = 'Fiyat';

  @override
  Widget build(BuildContext context) {
    return PopupMenuButton<String>(
      onSelected: (v) => setState(() => _sort = v),
      itemBuilder: (context) => [
        for (final s in ['Fiyat', 'İsim', 'Tarih']) PopupMenuItem(value: s, child: Text(s)),
      ],
      // icon yerine child vererek metinli buton görünümü
      child: Padding(
        padding: const EdgeInsets.symmetric(horizontal: 12),
        child: Row(mainAxisSize: MainAxisSize.min, children: [
          Text('Sırala: $_sort'),
          const Icon(Icons.arrow_drop_down),
        ]),
      ),
    );
  }
}
""")

R(1038, "dialogs", "orta", "code", "Not ekleme penceresinde bir şey yazılmışsa, geri tuşuyla kapatılmaya çalışılınca 'Not kaybolacak' uyarısı çıksın.", ["PopScope", "onPopInvokedWithResult", "canPop"], r"""
Future<String?> showNoteDialog(BuildContext context) {
  final controller = TextEditingController();
  return showDialog<String>(
    context: context,
    barrierDismissible: false,
    builder: (dialogContext) => PopScope(
      canPop: false, // Kapanmayı biz yöneteceğiz
      onPopInvokedWithResult: (didPop, _) async {
        if (didPop) return;
        if (controller.text.isEmpty) {
          Navigator.pop(dialogContext);
          return;
        }
        final discard = await showDialog<bool>(
          context: dialogContext,
          builder: (c) => AlertDialog(
            content: const Text('Not kaybolacak, çıkılsın mı?'),
            actions: [
              TextButton(onPressed: () => Navigator.pop(c, false), child: const Text('Hayır')),
              TextButton(onPressed: () => Navigator.pop(c, true), child: const Text('Evet')),
            ],
          ),
        );
        if (discard == true && dialogContext.mounted) Navigator.pop(dialogContext);
      },
      child: AlertDialog(
        title: const Text('Not ekle'),
        content: TextField(controller: controller, maxLines: 3),
        actions: [
          TextButton(onPressed: () => Navigator.pop(dialogContext, controller.text), child: const Text('Kaydet')),
        ],
      ),
    ),
  );
}
""")

R(1039, "dialogs", "orta", "code", "Alttan açılan panelde gömülü bir takvim göster; kullanıcı gün seçince panel kapansın ve tarih geri dönsün.", ["showModalBottomSheet", "CalendarDatePicker"], r"""
Future<DateTime?> pickDateInSheet(BuildContext context) {
  final today = DateTime.now();
  return showModalBottomSheet<DateTime>(
    context: context,
    showDragHandle: true,
    builder: (context) => SafeArea(
      child: CalendarDatePicker(
        initialDate: today,
        firstDate: today,
        lastDate: today.add(const Duration(days: 90)),
        // Güne dokunulur dokunulmaz paneli seçilen tarihle kapat
        onDateChanged: (date) => Navigator.pop(context, date),
      ),
    ),
  );
}
""")

# ---------------------------------------------------------------- storage
R(1000, "storage", "kolay", "code", "Giriş ekranında 'Beni hatırla' işaretliyse e-postayı kaydet, ekran açılınca e-posta alanı dolu gelsin.", ["SharedPreferences", "setString", "getString"], r"""
class RememberMeStore {
  static const _key = 'remembered_email';

  Future<String?> load() async {
    final prefs = await SharedPreferences.getInstance();
    return prefs.getString(_key);
  }

  Future<void> save({required String email, required bool remember}) async {
    final prefs = await SharedPreferences.getInstance();
    if (remember) {
      await prefs.setString(_key, email);
    } else {
      await prefs.remove(_key); // İşaret kaldırıldıysa eskisini de unut
    }
  }
}

// initState içinde:
// RememberMeStore().load().then((email) {
//   if (email != null && mounted) setState(() { _emailController.text = email; _remember = true; });
// });
""")

R(1001, "storage", "kolay", "code", "Uygulamanın ilk açıldığı tarihi kaydet ve profil sayfasında 'x gündür bizimlesiniz' yaz.", ["SharedPreferences", "difference", "inDays"], r"""
Future<int> daysSinceFirstLaunch() async {
  final prefs = await SharedPreferences.getInstance();
  var first = prefs.getInt('first_launch_ms');
  if (first == null) {
    // İlk açılış: şimdiki zamanı bir kez yaz
    first = DateTime.now().millisecondsSinceEpoch;
    await prefs.setInt('first_launch_ms', first);
  }
  final since = DateTime.fromMillisecondsSinceEpoch(first);
  return DateTime.now().difference(since).inDays;
}

// FutureBuilder<int>(
//   future: _daysFuture, // initState'te bir kez oluşturulur
//   builder: (_, s) => Text('${s.data ?? 0} gündür bizimlesiniz'),
// )
""")

R(1002, "storage", "orta", "code", "Uygulama her güncellendiğinde ilk açılışta bir kez 'Yenilikler' penceresi göster; aynı sürümde tekrar gösterme.", ["PackageInfo.fromPlatform", "SharedPreferences"], r"""
// pubspec.yaml: package_info_plus, shared_preferences
Future<bool> shouldShowWhatsNew() async {
  final info = await PackageInfo.fromPlatform();
  final prefs = await SharedPreferences.getInstance();
  final current = '${info.version}+${info.buildNumber}';
  final lastSeen = prefs.getString('whats_new_seen_version');
  if (lastSeen == current) return false;
  await prefs.setString('whats_new_seen_version', current);
  // İlk kurulumda (lastSeen == null) yenilikleri göstermeyebiliriz
  return lastSeen != null;
}

// Ana sayfa initState:
// shouldShowWhatsNew().then((show) {
//   if (show && mounted) showDialog(context: context, builder: (_) => const AlertDialog(title: Text('Yenilikler')));
// });
""")

R(1003, "storage", "orta", "code", "SharedPreferences'ta 'draft_' ile başlayan tüm taslak anahtarlarını bul ve hepsini sil.", ["getKeys", "startsWith", "remove"], r"""
Future<int> clearDrafts() async {
  final prefs = await SharedPreferences.getInstance();
  // getKeys kayıtlı tüm anahtarları Set olarak verir
  final draftKeys = prefs.getKeys().where((k) => k.startsWith('draft_')).toList();
  for (final key in draftKeys) {
    await prefs.remove(key);
  }
  return draftKeys.length; // Kaç taslak silindi
}
""")

R(1004, "storage", "kolay", "code", "SharedPreferences kullanan servisimi test ederken gerçek cihaz depolaması yerine sahte başlangıç değerleri vermek istiyorum.", ["SharedPreferences.setMockInitialValues", "test"], r"""
class OnboardingService {
  Future<bool> isDone() async => (await SharedPreferences.getInstance()).getBool('onboarding_done') ?? false;
}

void main() {
  TestWidgetsFlutterBinding.ensureInitialized();

  test('onboarding tamamlandıysa true döner', () async {
    // getInstance'dan önce çağrılmalı; bellekte sahte değerlerle başlar
    SharedPreferences.setMockInitialValues({'onboarding_done': true});
    expect(await OnboardingService().isDone(), isTrue);
  });

  test('anahtar yoksa false döner', () async {
    SharedPreferences.setMockInitialValues({});
    expect(await OnboardingService().isDone(), isFalse);
  });
}
""")

R(1005, "storage", "orta", "code", "Uzun bir yorum formunda yazılanlar her tuşta değil, kullanıcı yazmayı bırakınca 1 saniye sonra taslak olarak kaydedilsin; sayfa açılınca taslak geri gelsin.", ["Timer", "SharedPreferences", "TextEditingController"], r"""
class DraftCommentField extends StatefulWidget {
  const DraftCommentField({super.key});

  @override
  State<DraftCommentField> createState() => _DraftCommentFieldState();
}

class _DraftCommentFieldState extends State<DraftCommentField> {
  static const _key = 'draft_comment';
  final _controller = TextEditingController();
  Timer? _debounce;

  @override
  void initState() {
    super.initState();
    SharedPreferences.getInstance().then((p) => _controller.text = p.getString(_key) ?? '');
  }

  void _onChanged(String text) {
    _debounce?.cancel(); // Yazmaya devam ediyorsa önceki kaydı iptal et
    _debounce = Timer(const Duration(seconds: 1), () async {
      final prefs = await SharedPreferences.getInstance();
      await prefs.setString(_key, text);
    });
  }

  @override
  void dispose() {
    _debounce?.cancel();
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) =>
      TextField(controller: _controller, onChanged: _onChanged, maxLines: 6);
}
""")

R(1006, "storage", "orta", "concept", "Arka plan görevinde SharedPreferences'a yazdığım değeri uygulama ön plandayken eski görüyorum; SharedPreferences.reload ne işe yarar?", ["reload", "SharedPreferences"], r"""
// SharedPreferences.getInstance() değerleri ilk çağrıda belleğe alır ve sonra
// bu önbellekten okur. Başka bir isolate (arka plan görevi, bildirim işleyici)
// diske yazarsa ana isolate'in önbelleği bunu bilmez.
// reload(), önbelleği platform deposundan yeniden yükler.
Future<int> readSyncedCount() async {
  final prefs = await SharedPreferences.getInstance();
  await prefs.reload(); // Diğer isolate'in yazdıklarını al
  return prefs.getInt('synced_items') ?? 0;
}

// Not: Yeni kodda önbelleksiz SharedPreferencesAsync kullanmak bu sorunu
// baştan ortadan kaldırır; her okuma doğrudan platformdan yapılır.
""")

R(1007, "storage", "kolay", "code", "sqflite'taki ürünler tablosundan tekrarsız kategori listesini alfabetik olarak çek.", ["query", "distinct", "orderBy"], r"""
Future<List<String>> fetchCategories(Database db) async {
  final rows = await db.query(
    'products',
    columns: ['category'],
    distinct: true, // SELECT DISTINCT
    orderBy: 'category COLLATE NOCASE', // Büyük/küçük harf duyarsız sıralama
  );
  return rows.map((r) => r['category'] as String).toList();
}
""")

R(1008, "storage", "orta", "code", "sqflite'ta harcamalar tablosundan her ay için toplam tutarı (2025-01, 2025-02...) hesaplayan sorgu yaz; tarih millisecondsSinceEpoch olarak tutuluyor.", ["rawQuery", "strftime", "SUM"], r"""
Future<Map<String, double>> monthlyTotals(Database db) async {
  // created_at milisaniye; SQLite'ın unixepoch saniye beklediği için 1000'e böl
  final rows = await db.rawQuery('''
    SELECT strftime('%Y-%m', created_at / 1000, 'unixepoch', 'localtime') AS month,
           SUM(amount) AS total
    FROM expenses
    GROUP BY month
    ORDER BY month DESC
  ''');
  return {
    for (final r in rows) r['month'] as String: (r['total'] as num).toDouble(),
  };
}
""")

R(1009, "storage", "orta", "code", "Listede seçilen birden fazla notu sqflite'tan tek sorguyla sil.", ["delete", "whereArgs", "IN"], r"""
Future<int> deleteNotes(Database db, List<int> ids) async {
  if (ids.isEmpty) return 0;
  // Her id için bir '?' üret: "?, ?, ?"
  final placeholders = List.filled(ids.length, '?').join(', ');
  return db.delete(
    'notes',
    where: 'id IN ($placeholders)',
    whereArgs: ids,
  ); // Silinen satır sayısını döndürür
}
""")

R(1010, "storage", "orta", "code", "sqflite veritabanı dosyasını yedek olarak documents klasörüne tarihli isimle kopyala.", ["getDatabasesPath", "getApplicationDocumentsDirectory", "copy"], r"""
Future<File> backupDatabase() async {
  final dbPath = join(await getDatabasesPath(), 'app.db');
  final docs = await getApplicationDocumentsDirectory();
  final stamp = DateTime.now().toIso8601String().substring(0, 10); // 2025-03-14
  final target = join(docs.path, 'yedek_$stamp.db');
  // Kopyalamadan önce açık bağlantıyı kapatmak tutarlı bir kopya sağlar
  return File(dbPath).copy(target);
}
""")

R(1011, "storage", "orta", "code", "sqflite'ta aynı anda okuma ve yazma yaparken performans için WAL modunu aç.", ["onConfigure", "PRAGMA journal_mode"], r"""
Future<Database> openAppDatabase() async {
  final path = join(await getDatabasesPath(), 'app.db');
  return openDatabase(
    path,
    version: 1,
    // onConfigure, onCreate/onUpgrade'den önce her açılışta çalışır
    onConfigure: (db) async {
      // PRAGMA sonuç döndürdüğü için execute yerine rawQuery
      await db.rawQuery('PRAGMA journal_mode = WAL');
      await db.execute('PRAGMA foreign_keys = ON');
    },
    onCreate: (db, version) => db.execute(
      'CREATE TABLE logs(id INTEGER PRIMARY KEY AUTOINCREMENT, message TEXT, created_at INTEGER)',
    ),
  );
}
""")

R(1012, "storage", "orta", "code", "Kullanıcının imza çizimini PNG baytları (Uint8List) olarak sqflite'ta BLOB sütununda sakla ve geri oku.", ["Uint8List", "BLOB", "insert"], r"""
Future<void> createSignaturesTable(Database db) => db.execute(
      'CREATE TABLE signatures(id INTEGER PRIMARY KEY AUTOINCREMENT, image BLOB NOT NULL, created_at INTEGER)',
    );

Future<int> saveSignature(Database db, Uint8List pngBytes) {
  return db.insert('signatures', {
    'image': pngBytes, // sqflite Uint8List'i BLOB olarak yazar
    'created_at': DateTime.now().millisecondsSinceEpoch,
  });
}

Future<Uint8List?> loadSignature(Database db, int id) async {
  final rows = await db.query('signatures', columns: ['image'], where: 'id = ?', whereArgs: [id]);
  if (rows.isEmpty) return null;
  return rows.first['image'] as Uint8List;
}

// Göstermek için: Image.memory(bytes)
""")

R(1013, "storage", "orta", "code", "Windows ve Linux masaüstü sürümünde sqflite 'databaseFactory not initialized' hatası veriyor; masaüstünde nasıl çalıştırırım?", ["sqfliteFfiInit", "databaseFactoryFfi", "databaseFactory"], r"""
// pubspec.yaml: sqflite, sqflite_common_ffi
Future<void> initDatabaseFactory() async {
  // Mobilde sqflite'ın kendi platform kodu çalışır; masaüstünde FFI gerekir
  if (!kIsWeb && (Platform.isWindows || Platform.isLinux)) {
    sqfliteFfiInit();
    databaseFactory = databaseFactoryFfi;
  }
}

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await initDatabaseFactory();
  final db = await openDatabase('app.db', version: 1,
      onCreate: (db, _) => db.execute('CREATE TABLE t(id INTEGER PRIMARY KEY)'));
  debugPrint('Veritabanı açıldı: ${db.path}');
  runApp(const MaterialApp(home: Scaffold()));
}
""")

R(1014, "storage", "kolay", "code", "Hive'daki görevler box'ından sadece tamamlanmamış olanları filtreleyip getir.", ["values", "where"], r"""
// Box<Map> içinde {'title': ..., 'done': bool} şeklinde kayıtlar var
List<Map> pendingTasks(Box<Map> box) {
  // values tüm değerleri Iterable olarak verir (normal Box belleğe yüklenmiştir)
  return box.values.where((task) => task['done'] != true).toList();
}

// Kullanım:
// final box = Hive.box<Map>('tasks');
// final pending = pendingTasks(box);
""")

R(1015, "storage", "kolay", "code", "API'den gelen şehir listesini Hive box'ına tek tek put yerine toplu olarak yaz.", ["putAll", "Box"], r"""
Future<void> cacheCities(Box<String> box, List<({String code, String name})> cities) async {
  await box.clear(); // Eski önbelleği temizle
  // Tek diske yazma işlemi: Map'teki tüm anahtar/değerler birlikte yazılır
  await box.putAll({for (final c in cities) c.code: c.name});
}

// final box = await Hive.openBox<String>('cities');
// await cacheCities(box, [(code: '34', name: 'İstanbul'), (code: '06', name: 'Ankara')]);
""")

R(1016, "storage", "orta", "code", "Hive box dosyası çok sık silme/güncelleme sonrası diskte büyüyor; boşa kalan alanı geri kazan.", ["compact", "compactionStrategy"], r"""
Future<Box<String>> openLogBox() {
  return Hive.openBox<String>(
    'logs',
    // Silinmiş kayıt sayısı 50'yi geçince Hive otomatik sıkıştırır
    compactionStrategy: (entries, deletedEntries) => deletedEntries > 50,
  );
}

Future<void> trimLogs(Box<String> box) async {
  // En eski kayıtları sil, sadece son 200'ü tut
  if (box.length > 200) {
    final oldKeys = box.keys.take(box.length - 200).toList();
    await box.deleteAll(oldKeys);
  }
  await box.compact(); // Dosyayı hemen yeniden yazar, boş alanı atar
}
""")

R(1017, "storage", "orta", "code", "Hive'da nesnemi HiveObject'ten türetip box'tan aldıktan sonra doğrudan save() ve delete() ile güncellemek istiyorum.", ["HiveObject", "save", "delete"], r"""
// TypeAdapter kayıtlı varsayılır (Hive.registerAdapter(ContactAdapter()))
class Contact extends HiveObject {
  Contact(this.name, this.phone);
  String name;
  String phone;
}

Future<void> renameFirstContact(Box<Contact> box, String newName) async {
  final contact = box.getAt(0);
  if (contact == null) return;
  contact.name = newName;
  // HiveObject hangi box'ta ve hangi anahtarda olduğunu bilir
  await contact.save();
}

Future<void> removeContact(Contact contact) async {
  if (contact.isInBox) await contact.delete();
}
""")

R(1018, "storage", "orta", "code", "http ile bir PDF dosyasını indirip uygulamanın documents klasörüne kaydet ve dosya yolunu döndür.", ["http.get", "writeAsBytes", "getApplicationDocumentsDirectory"], r"""
// pubspec.yaml: http, path_provider
import 'package:http/http.dart' as http;

Future<String> downloadPdf(String url, String fileName) async {
  final response = await http.get(Uri.parse(url));
  if (response.statusCode != 200) {
    throw HttpException('İndirme başarısız: ${response.statusCode}');
  }
  final dir = await getApplicationDocumentsDirectory();
  final file = File('${dir.path}/$fileName');
  await file.writeAsBytes(response.bodyBytes, flush: true);
  return file.path;
}
""")

R(1019, "storage", "kolay", "code", "Bellekteki resim baytlarını (Uint8List) telefonun belgeler klasörüne .png dosyası olarak yaz.", ["writeAsBytes", "Uint8List"], r"""
Future<File> savePng(Uint8List bytes) async {
  final dir = await getApplicationDocumentsDirectory();
  final name = 'ekran_${DateTime.now().millisecondsSinceEpoch}.png'; // Çakışmasın
  final file = File('${dir.path}/$name');
  return file.writeAsBytes(bytes);
}
""")

R(1020, "storage", "zor", "code", "Ayar dosyasını yazarken uygulama çökerse dosya yarım kalıp bozuluyor; dosyayı güvenli (atomik) şekilde yaz.", ["rename", "writeAsString", "flush"], r"""
/// Önce geçici dosyaya yazıp sonra yeniden adlandırır. rename aynı dosya sisteminde
/// atomiktir: okuyan taraf ya eski ya yeni dosyayı görür, asla yarım dosyayı değil.
Future<void> writeJsonAtomically(File target, Map<String, dynamic> data) async {
  final temp = File('${target.path}.tmp');
  await temp.writeAsString(jsonEncode(data), flush: true); // Diske kadar yaz
  await temp.rename(target.path); // Eskisinin üzerine geçer
}

Future<Map<String, dynamic>> readSettings(File file) async {
  if (!await file.exists()) return {};
  try {
    return jsonDecode(await file.readAsString()) as Map<String, dynamic>;
  } on FormatException {
    return {}; // Eski sürümden kalma bozuk dosya
  }
}
""")

R(1021, "storage", "zor", "code", "Aynı JSON dosyasına iki farklı yerden aynı anda yazma yapılınca veriler birbirini eziyor; yazmaları sıraya sok.", ["Future", "then | whenComplete"], r"""
/// Tüm işlemleri tek bir Future zincirine bağlayarak sırayla çalıştırır (basit mutex).
class SerialFileWriter {
  SerialFileWriter(this.file);
  final File file;
  Future<void> _last = Future.value();

  Future<void> update(Map<String, dynamic> Function(Map<String, dynamic>) change) {
    final next = _last.then((_) async {
      final current = await file.exists()
          ? jsonDecode(await file.readAsString()) as Map<String, dynamic>
          : <String, dynamic>{};
      await file.writeAsString(jsonEncode(change(current)), flush: true);
    });
    // Bir işlem hata verse bile zincir sonrakiler için kopmasın
    _last = next.catchError((_) {});
    return next;
  }
}

// final writer = SerialFileWriter(file);
// writer.update((m) => {...m, 'a': 1});
// writer.update((m) => {...m, 'b': 2}); // İlki bitince çalışır, 'a' kaybolmaz
""")

R(1022, "storage", "orta", "code", "Kaydettiğim şifreyi secure storage'dan okumadan önce parmak izi / yüz tanıma doğrulaması iste.", ["LocalAuthentication", "authenticate", "FlutterSecureStorage"], r"""
// pubspec.yaml: local_auth, flutter_secure_storage
class BiometricVault {
  final _auth = LocalAuthentication();
  final _storage = const FlutterSecureStorage();

  Future<String?> readPassword() async {
    final canCheck = await _auth.canCheckBiometrics || await _auth.isDeviceSupported();
    if (!canCheck) return null;

    final ok = await _auth.authenticate(
      localizedReason: 'Kayıtlı şifrenizi görmek için kimliğinizi doğrulayın',
    );
    if (!ok) return null; // Kullanıcı iptal etti veya doğrulama başarısız
    return _storage.read(key: 'saved_password');
  }
}
""")

R(1023, "storage", "orta", "code", "iOS'ta uygulamayı silip yeniden yükleyince secure storage'daki eski token hâlâ duruyor ve kullanıcı otomatik giriş yapıyor; ilk açılışta temizle.", ["FlutterSecureStorage", "deleteAll", "SharedPreferences"], r"""
/// Keychain uygulama silinse de kalır, SharedPreferences ise silinir.
/// Bu farkı kullanarak "gerçek ilk açılışı" tespit ediyoruz.
Future<void> clearKeychainOnFreshInstall() async {
  final prefs = await SharedPreferences.getInstance();
  if (prefs.getBool('has_run_before') ?? false) return;

  const storage = FlutterSecureStorage();
  await storage.deleteAll(); // Önceki kurulumdan kalan token'ları sil
  await prefs.setBool('has_run_before', true);
}

// main içinde runApp'ten önce:
// WidgetsFlutterBinding.ensureInitialized();
// await clearKeychainOnFreshInstall();
""")

R(1024, "storage", "kolay", "code", "sqflite'ta verilen e-postaya sahip bir kullanıcı kaydı olup olmadığını true/false olarak döndür.", ["rawQuery", "EXISTS", "Sqflite.firstIntValue"], r"""
Future<bool> emailExists(Database db, String email) async {
  // EXISTS ilk eşleşmede durur, tüm tabloyu saymaz
  final result = await db.rawQuery(
    'SELECT EXISTS(SELECT 1 FROM users WHERE email = ? COLLATE NOCASE)',
    [email.trim()],
  );
  return Sqflite.firstIntValue(result) == 1;
}
""")

R(1025, "storage", "orta", "code", "Görev modelimde öncelik bir enum (düşük, orta, yüksek); sqflite'a nasıl yazıp okurum?", ["toMap", "fromMap", "values.byName"], r"""
enum Priority { low, medium, high }

class Task {
  const Task({this.id, required this.title, required this.priority});
  final int? id;
  final String title;
  final Priority priority;

  // Enum'u adıyla (TEXT) saklamak, sırası değişse bile güvenlidir
  Map<String, Object?> toMap() => {
        'id': id,
        'title': title,
        'priority': priority.name,
      };

  factory Task.fromMap(Map<String, Object?> map) => Task(
        id: map['id'] as int?,
        title: map['title'] as String,
        priority: Priority.values.byName(map['priority'] as String),
      );
}

// CREATE TABLE tasks(id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT, priority TEXT)
""")

R(1026, "storage", "orta", "code", "Notlarımın etiketleri List<String>; ayrı tablo açmadan sqflite'ta tek sütunda saklamak istiyorum.", ["jsonEncode", "jsonDecode", "toMap"], r"""
class Note {
  const Note({this.id, required this.text, this.tags = const []});
  final int? id;
  final String text;
  final List<String> tags;

  Map<String, Object?> toMap() => {
        'id': id,
        'text': text,
        'tags': jsonEncode(tags), // TEXT sütununda '["iş","acil"]'
      };

  factory Note.fromMap(Map<String, Object?> map) => Note(
        id: map['id'] as int?,
        text: map['text'] as String,
        tags: (jsonDecode(map['tags'] as String? ?? '[]') as List).cast<String>(),
      );
}

// Not: Etikete göre sık sorgulama yapılacaksa ayrı bir ilişki tablosu daha uygundur.
""")

R(1027, "storage", "kolay", "code", "sqflite'ta kişileri isme göre sıralarken büyük harfle başlayanlar önce geliyor; büyük/küçük harf farkı gözetmeden sırala.", ["query", "orderBy", "COLLATE NOCASE"], r"""
Future<List<Map<String, Object?>>> contactsSortedByName(Database db) {
  return db.query(
    'contacts',
    // NOCASE ile 'ali' ve 'Ali' aynı kabul edilir (ASCII harfler için)
    orderBy: 'name COLLATE NOCASE ASC',
  );
}

// Not: Türkçe İ/ı, Ç, Ş gibi harflerin doğru sıralanması için sonucu Dart tarafında
// Türkçe karşılaştırıcı ile sıralamak gerekir.
""")

R(1028, "storage", "kolay", "code", "Tam dosya yolundan dosyanın adını, uzantısını ve bulunduğu klasörü ayır.", ["basename", "extension", "dirname"], r"""
// pubspec.yaml: path
import 'package:path/path.dart' as p;

void describePath(String fullPath) {
  // ör. /data/user/0/app/files/raporlar/mart.pdf
  final name = p.basename(fullPath); // mart.pdf
  final ext = p.extension(fullPath); // .pdf
  final nameOnly = p.basenameWithoutExtension(fullPath); // mart
  final folder = p.dirname(fullPath); // .../files/raporlar
  debugPrint('$name | $ext | $nameOnly | $folder');
}
""")

R(1029, "storage", "zor", "code", "Aynı kaydı iki ekran aynı anda düzenleyince sonradan kaydeden öncekinin değişikliğini eziyor; sqflite'ta sürüm sütunuyla bunu engelle.", ["update", "whereArgs", "version"], r"""
class StaleRecordException implements Exception {
  @override
  String toString() => 'Kayıt siz düzenlerken başka bir yerde değiştirildi.';
}

/// Tablo: products(id INTEGER PRIMARY KEY, name TEXT, price REAL, version INTEGER)
/// İyimser kilit: sadece okuduğumuz sürüm hâlâ geçerliyse güncelle.
Future<void> updateProduct(Database db, {required int id, required int readVersion, required double price}) async {
  final changed = await db.update(
    'products',
    {'price': price, 'version': readVersion + 1},
    where: 'id = ? AND version = ?',
    whereArgs: [id, readVersion],
  );
  // 0 satır: arada başkası sürümü artırmış
  if (changed == 0) throw StaleRecordException();
}
""")

R(1030, "storage", "orta", "code", "Çıkış yapınca cihazdaki tüm kullanıcı verisini sil: SharedPreferences, secure storage, Hive box'ları ve sqflite veritabanı.", ["clear", "deleteAll", "deleteDatabase"], r"""
Future<void> wipeLocalData() async {
  // 1) Basit ayarlar
  final prefs = await SharedPreferences.getInstance();
  await prefs.clear();

  // 2) Token ve şifreler
  await const FlutterSecureStorage().deleteAll();

  // 3) Hive: açık box'ları kapatıp diskten sil
  await Hive.deleteFromDisk();

  // 4) sqflite veritabanı dosyası (açık bağlantı önce kapatılmalı)
  final dbPath = join(await getDatabasesPath(), 'app.db');
  await deleteDatabase(dbPath);
}
""")

R(1031, "storage", "kolay", "code", "sqflite'ta onCreate içinde kategoriler ve ürünler olmak üzere birden fazla tabloyu tek seferde oluştur.", ["onCreate", "batch", "execute"], r"""
Future<Database> openShopDatabase() async {
  return openDatabase(
    join(await getDatabasesPath(), 'shop.db'),
    version: 1,
    onCreate: (db, version) async {
      // Batch, komutları tek seferde platforma gönderir
      final batch = db.batch();
      batch.execute('CREATE TABLE categories(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL)');
      batch.execute('''
        CREATE TABLE products(
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          name TEXT NOT NULL,
          price REAL NOT NULL,
          category_id INTEGER REFERENCES categories(id)
        )''');
      batch.execute('CREATE INDEX idx_products_category ON products(category_id)');
      await batch.commit(noResult: true);
    },
  );
}
""")

R(1032, "storage", "orta", "code", "sqflite'ta bir tablonun tüm kayıtlarını sil ve AUTOINCREMENT sayacını da sıfırla, yeni kayıt tekrar 1'den başlasın.", ["transaction", "sqlite_sequence", "delete"], r"""
Future<void> resetTable(Database db, String table) async {
  await db.transaction((txn) async {
    await txn.delete(table); // DELETE FROM table
    // AUTOINCREMENT sayaçları sqlite_sequence tablosunda tutulur
    await txn.delete('sqlite_sequence', where: 'name = ?', whereArgs: [table]);
  });
}
""")

R(1033, "storage", "orta", "code", "Sadece önbellek olarak kullandığım sqflite veritabanında şema değişince göç yazmak istemiyorum; sürüm artınca tabloları silip baştan oluştursun.", ["onUpgrade", "DROP TABLE", "version"], r"""
const _cacheSchemaVersion = 3; // Şema her değiştiğinde artır

Future<void> _createTables(Database db) =>
    db.execute('CREATE TABLE cached_products(id INTEGER PRIMARY KEY, json TEXT, cached_at INTEGER)');

Future<Database> openCacheDb() async {
  return openDatabase(
    join(await getDatabasesPath(), 'cache.db'),
    version: _cacheSchemaVersion,
    onCreate: (db, _) => _createTables(db),
    // Önbellek verisi kaybolabilir: göç yerine sil ve yeniden oluştur
    onUpgrade: (db, oldVersion, newVersion) async {
      await db.execute('DROP TABLE IF EXISTS cached_products');
      await _createTables(db);
    },
    onDowngrade: onDatabaseDowngradeDelete, // Eski sürüme dönülürse dosyayı sil
  );
}
""")

R(1034, "storage", "orta", "code", "Android'de indirdiğim dosyayı kullanıcının görebileceği bir klasöre kaydetmek istiyorum; getApplicationDocumentsDirectory gizli kalıyor.", ["getExternalStorageDirectory", "Platform.isAndroid"], r"""
/// Dosyanın kaydedileceği klasörü platforma göre seçer.
Future<Directory> exportDirectory() async {
  if (Platform.isAndroid) {
    // Uygulamaya özel harici klasör (Android/data/<paket>/files): izin gerekmez,
    // bilgisayara USB ile bağlanınca görünür. Uygulama silinince bu klasör de silinir.
    return await getExternalStorageDirectory() ?? await getApplicationDocumentsDirectory();
  }
  if (Platform.isWindows || Platform.isLinux || Platform.isMacOS) {
    final downloads = await getDownloadsDirectory(); // Masaüstünde İndirilenler
    if (downloads != null) return downloads;
  }
  return getApplicationDocumentsDirectory();
}

Future<File> exportReport(String fileName, String csv) async {
  final dir = await exportDirectory();
  return File('${dir.path}/$fileName').writeAsString(csv);
}

// Not: Dosyanın herkesin gördüğü ortak İndirilenler klasörüne gitmesi için Android'de
// MediaStore kullanan bir paket ya da share_plus ile "Kaydet/Paylaş" menüsü gerekir.
// iOS'ta Dosyalar uygulamasında görünmesi için Info.plist'e
// UIFileSharingEnabled ve LSSupportsOpeningDocumentsInPlace eklenir.
""")

R(1035, "storage", "kolay", "code", "Bir dosyanın boyutunu byte olarak alıp '1.4 MB' gibi okunabilir şekilde yazan fonksiyon yaz.", ["length", "toStringAsFixed"], r"""
Future<String> readableFileSize(File file) async {
  final bytes = await file.length();
  const units = ['B', 'KB', 'MB', 'GB'];
  var size = bytes.toDouble();
  var unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  // Byte için ondalık gösterme
  return unit == 0 ? '$bytes B' : '${size.toStringAsFixed(1)} ${units[unit]}';
}
""")

R(1036, "storage", "orta", "code", "Uygulamanın temp klasöründe 30 günden eski dosyaları bulup silen bir temizlik fonksiyonu yaz.", ["getTemporaryDirectory", "list", "lastModified"], r"""
Future<int> deleteOldTempFiles({Duration maxAge = const Duration(days: 30)}) async {
  final dir = await getTemporaryDirectory();
  final cutoff = DateTime.now().subtract(maxAge);
  var deleted = 0;
  await for (final entity in dir.list(recursive: true)) {
    if (entity is! File) continue;
    final modified = await entity.lastModified();
    if (modified.isBefore(cutoff)) {
      try {
        await entity.delete();
        deleted++;
      } on FileSystemException {
        // Kullanımda olan dosya silinemeyebilir; atla
      }
    }
  }
  return deleted;
}
""")

R(1037, "storage", "orta", "code", "Binlerce satırlık raporu dosyaya yazarken her satır için writeAsString(mode: append) çağırmak çok yavaş; tek seferde akış olarak yaz.", ["openWrite", "IOSink", "writeln"], r"""
Future<File> writeReport(List<Map<String, Object>> rows) async {
  final dir = await getApplicationDocumentsDirectory();
  final file = File('${dir.path}/rapor.csv');
  // Dosyayı bir kez açar; yazılanlar tamponlanarak diske aktarılır
  final IOSink sink = file.openWrite();
  try {
    sink.writeln('ad;adet;tutar');
    for (final r in rows) {
      sink.writeln('${r['name']};${r['qty']};${r['total']}');
    }
    await sink.flush();
  } finally {
    await sink.close(); // Dosya tanıtıcısını mutlaka bırak
  }
  return file;
}
""")

R(1038, "storage", "orta", "code", "Kullanıcının seçtiği dili (tr/en) kaydet, uygulama açılınca MaterialApp bu dille başlasın.", ["SharedPreferences", "Locale", "locale"], r"""
class LocaleStore {
  static const _key = 'locale_code';

  static Future<Locale?> load() async {
    final code = (await SharedPreferences.getInstance()).getString(_key);
    return code == null ? null : Locale(code);
  }

  static Future<void> save(Locale locale) async {
    await (await SharedPreferences.getInstance()).setString(_key, locale.languageCode);
  }
}

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  final saved = await LocaleStore.load(); // null ise cihaz dili kullanılır
  runApp(MaterialApp(
    locale: saved,
    supportedLocales: const [Locale('tr'), Locale('en')],
    localizationsDelegates: GlobalMaterialLocalizations.delegates,
    home: const Scaffold(),
  ));
}
""")

R(1039, "storage", "orta", "code", "Hive'da tarih alanına göre son 7 gündeki kayıtları bul ve en yeniden eskiye sırala.", ["values", "where", "sort"], r"""
class Entry {
  const Entry(this.text, this.createdAt);
  final String text;
  final DateTime createdAt;
}

List<Entry> lastWeek(Box<Entry> box) {
  final since = DateTime.now().subtract(const Duration(days: 7));
  // Hive sorgu dili yoktur; filtre ve sıralama Dart tarafında yapılır
  return box.values.where((e) => e.createdAt.isAfter(since)).toList()
    ..sort((a, b) => b.createdAt.compareTo(a.createdAt));
}
""")

R(1040, "storage", "orta", "code", "flutter_secure_storage'da kullanıcı bilgilerini (ad, e-posta, rol) tek anahtar altında JSON olarak sakla ve model olarak oku.", ["FlutterSecureStorage", "jsonEncode", "jsonDecode"], r"""
class SessionUser {
  const SessionUser({required this.name, required this.email, required this.role});
  final String name;
  final String email;
  final String role;

  Map<String, dynamic> toJson() => {'name': name, 'email': email, 'role': role};
  factory SessionUser.fromJson(Map<String, dynamic> j) =>
      SessionUser(name: j['name'] as String, email: j['email'] as String, role: j['role'] as String);
}

class SessionStore {
  static const _key = 'session_user';
  final _storage = const FlutterSecureStorage();

  // Secure storage sadece String tutar; nesneyi JSON metnine çevir
  Future<void> save(SessionUser user) => _storage.write(key: _key, value: jsonEncode(user.toJson()));

  Future<SessionUser?> read() async {
    final raw = await _storage.read(key: _key);
    return raw == null ? null : SessionUser.fromJson(jsonDecode(raw) as Map<String, dynamic>);
  }
}
""")

R(1041, "storage", "orta", "code", "SharedPreferences'taki sayacı artırırken değeri okuyup yazma arasında başka biri değiştirebilir mi? Sayaç artırmayı tek fonksiyonda güvenli yaz.", ["SharedPreferencesAsync", "getInt", "setInt"], r"""
/// SharedPreferences'ta atomik artırma yoktur; aynı isolate'te çağrıları
/// sıraya sokarak okuma-yazma arasına başka artırmanın girmesini engelleriz.
class CounterStore {
  final _prefs = SharedPreferencesAsync();
  Future<int> _pending = Future.value(0);

  Future<int> increment(String key) {
    final result = _pending.then((_) async {
      final next = (await _prefs.getInt(key) ?? 0) + 1;
      await _prefs.setInt(key, next);
      return next;
    });
    _pending = result.catchError((_) => 0); // Hata zinciri kırmasın
    return result;
  }
}
""")

R(1042, "storage", "kolay", "code", "Kullanıcının seçtiği tarih aralığı filtresini (başlangıç ve bitiş) kaydedip sonra geri yükle.", ["toIso8601String", "DateTime.parse", "SharedPreferences"], r"""
class DateFilterStore {
  Future<void> save(DateTimeRange range) async {
    final prefs = await SharedPreferences.getInstance();
    // DateTime'ı ISO metin olarak saklamak okunabilir ve saat dilimini korur
    await prefs.setString('filter_start', range.start.toIso8601String());
    await prefs.setString('filter_end', range.end.toIso8601String());
  }

  Future<DateTimeRange?> load() async {
    final prefs = await SharedPreferences.getInstance();
    final start = prefs.getString('filter_start');
    final end = prefs.getString('filter_end');
    if (start == null || end == null) return null;
    return DateTimeRange(start: DateTime.parse(start), end: DateTime.parse(end));
  }
}
""")

R(1043, "storage", "orta", "code", "sqflite'ta uzun süren bir toplu güncellemenin ortasında hata olursa o ana kadar yapılanlar da geri alınsın; batch'i transaction içinde kullan.", ["transaction", "batch", "commit"], r"""
Future<void> applyPriceIncrease(Database db, Map<int, double> newPrices) async {
  await db.transaction((txn) async {
    final batch = txn.batch();
    newPrices.forEach((id, price) {
      batch.update('products', {'price': price}, where: 'id = ?', whereArgs: [id]);
    });
    // continueOnError: false (varsayılan) -> bir hata tüm transaction'ı geri alır
    await batch.commit(noResult: true);
    await txn.insert('audit_log', {
      'message': '${newPrices.length} ürün güncellendi',
      'created_at': DateTime.now().millisecondsSinceEpoch,
    });
  });
}
""")

R(1044, "storage", "orta", "code", "Açık olan sqflite veritabanının şu anki şema sürümünü ve içindeki tablo adlarını debug için yazdır.", ["getVersion", "sqlite_master", "rawQuery"], r"""
Future<void> debugDescribeDatabase(Database db) async {
  final version = await db.getVersion(); // openDatabase'e verilen version
  final tables = await db.rawQuery(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  debugPrint('Şema sürümü: $version');
  for (final t in tables) {
    final count = Sqflite.firstIntValue(await db.rawQuery('SELECT COUNT(*) FROM ${t['name']}'));
    debugPrint(' - ${t['name']}: $count satır');
  }
}
""")

# ---------------------------------------------------------------- performance
R(1000, "performance", "orta", "concept", "Listede her kartın arkasına BackdropFilter ile bulanıklık koyunca kaydırma çok kasıyor; neden ve nasıl hafifletirim?", ["BackdropFilter", "ClipRect"], r"""
// BackdropFilter, arkasındaki her şeyi ayrı bir katmana çizip bulanıklaştırır (saveLayer).
// Her satırda ve her karede bu iş tekrarlanınca GPU zorlanır.
// - Bulanıklığı ClipRect ile yalnızca gereken küçük alana sınırla.
// - sigma değerini düşük tut, listede çok sayıda BackdropFilter kullanma.
// - Arka plan sabitse bulanık görüntüyü önceden hazırlayıp resim olarak göster.
class FrostedLabel extends StatelessWidget {
  const FrostedLabel({super.key, required this.text});
  final String text;

  @override
  Widget build(BuildContext context) {
    return ClipRect( // Filtre sadece bu dikdörtgene uygulanır
      child: BackdropFilter(
        filter: ImageFilter.blur(sigmaX: 4, sigmaY: 4),
        child: Container(
          padding: const EdgeInsets.all(8),
          color: Colors.white24,
          child: Text(text),
        ),
      ),
    );
  }
}
""")

R(1001, "performance", "orta", "concept", "IntrinsicHeight kullanınca liste yavaşladı dediler; neden pahalı, yerine ne kullanabilirim?", ["IntrinsicHeight", "CrossAxisAlignment.stretch"], r"""
// IntrinsicHeight, çocuklarının "doğal" yüksekliğini öğrenmek için yerleşimi
// fazladan bir tur (spekülatif layout) çalıştırır; iç içe kullanıldığında maliyet katlanır.
// Uzun listelerin her satırında kullanmak kaydırmayı yavaşlatır.
//
// Alternatifler:
// - Yükseklik biliniyorsa SizedBox(height: ...) ile sabitle.
// - Yan çizgi/ayraç için Row + CrossAxisAlignment.stretch, sabit yükseklikli satırda yeterli.
class FixedHeightRow extends StatelessWidget {
  const FixedHeightRow({super.key, required this.title});
  final String title;

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      height: 64, // Yükseklik sabit: intrinsic ölçüme gerek yok
      child: Row(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          Container(width: 4, color: Colors.blue), // Tam yükseklikte şerit
          const SizedBox(width: 12),
          Expanded(child: Align(alignment: Alignment.centerLeft, child: Text(title))),
        ],
      ),
    );
  }
}
""")

R(1002, "performance", "orta", "code", "Aynı sunucuya çok sayıda istek atıyorum; her seferinde http.get kullanmak yerine bağlantıyı yeniden kullanan bir istemci yaz.", ["http.Client", "close"], r"""
// pubspec.yaml: http
import 'package:http/http.dart' as http;

/// Tek bir Client, keep-alive bağlantıları yeniden kullanır;
/// http.get ise her çağrıda yeni bir istemci açıp kapatır.
class ApiService {
  ApiService({http.Client? client}) : _client = client ?? http.Client();
  final http.Client _client;

  Future<String> fetchProduct(int id) async {
    final res = await _client.get(Uri.parse('https://api.ornek.com/products/$id'));
    if (res.statusCode != 200) throw HttpException('Hata ${res.statusCode}');
    return res.body;
  }

  /// Uygulama kapanırken veya servis artık kullanılmayacakken çağır
  void dispose() => _client.close();
}
""")

R(1003, "performance", "kolay", "code", "Bir doğrulama fonksiyonu her çağrıldığında RegExp nesnesi oluşturuyor; bunu daha verimli yaz.", ["RegExp", "static final | final"], r"""
class Validators {
  // RegExp bir kez derlenir ve tekrar tekrar kullanılır
  static final _email = RegExp(r'^[^@\s]+@[^@\s]+\.[^@\s]+$');
  static final _digits = RegExp(r'^\d+$');

  static bool isEmail(String value) => _email.hasMatch(value.trim());
  static bool isNumeric(String value) => _digits.hasMatch(value);
}

// YAVAŞ: bool isEmail(String v) => RegExp(r'...').hasMatch(v); // her çağrıda yeniden derlenir
""")

R(1004, "performance", "orta", "concept", "Resim baytlarını veya sensör verisini List<int> / List<double> yerine Uint8List / Float64List ile tutmak neden daha verimli?", ["Uint8List", "Float64List"], r"""
// List<int> / List<double> her elemanı ayrı bir nesne referansı olarak tutar
// (eleman başına 8+ byte, artı kutulama). Typed data listeleri ise sabit uzunluklu,
// bitişik ham bellektir: Uint8List eleman başına 1 byte, Float64List 8 byte.
// Ayrıca isolate'ler arası kopyalama ve platform kanalları bunları çok daha hızlı taşır.

// 1 milyon piksellik gri tonlama görüntü: ~1 MB
final pixels = Uint8List(1000 * 1000);

// 100 bin ivmeölçer örneği
final samples = Float64List(100000);

double average(Float64List data) {
  var sum = 0.0;
  for (var i = 0; i < data.length; i++) {
    sum += data[i];
  }
  return data.isEmpty ? 0 : sum / data.length;
}

// Not: Uint8List değerleri 0-255'e kırpılır (256 -> 0); aralık dışı değer için doğru tipi seç.
""")

R(1005, "performance", "orta", "code", "Base64 gelen profil resmini Image.memory ile gösteriyorum; her rebuild'de resim titreyip yeniden decode ediliyor.", ["MemoryImage", "base64Decode"], r"""
class Base64Avatar extends StatefulWidget {
  const Base64Avatar({super.key, required this.base64});
  final String base64;

  @override
  State<Base64Avatar> createState() => _Base64AvatarState();
}

class _Base64AvatarState extends State<Base64Avatar> {
  late MemoryImage _image = MemoryImage(base64Decode(widget.base64));

  @override
  void didUpdateWidget(Base64Avatar oldWidget) {
    super.didUpdateWidget(oldWidget);
    // Sadece veri gerçekten değişince yeniden decode et
    if (oldWidget.base64 != widget.base64) {
      _image = MemoryImage(base64Decode(widget.base64));
    }
  }

  @override
  Widget build(BuildContext context) {
    // Aynı MemoryImage nesnesi -> image cache'ten gelir, titreme olmaz
    return CircleAvatar(radius: 32, backgroundImage: _image);
  }
}
""")

R(1006, "performance", "orta", "code", "Binlerce ismi Türkçe büyük/küçük harf duyarsız sıralarken karşılaştırıcıda her seferinde toLowerCase çağırıyorum ve yavaş; hızlandır.", ["sort", "compareTo", "map"], r"""
/// n log n karşılaştırmanın her birinde iki kez toLowerCase çağırmak yerine
/// anahtarı her isim için BİR kez hesapla, sonra anahtara göre sırala.
List<String> sortNamesFast(List<String> names) {
  String key(String s) => s.replaceAll('I', 'ı').replaceAll('İ', 'i').toLowerCase();

  final keyed = names.map((n) => (key: key(n), name: n)).toList(); // n kez
  keyed.sort((a, b) => a.key.compareTo(b.key)); // Sadece hazır anahtarlar karşılaştırılır
  return [for (final k in keyed) k.name];
}

// YAVAŞ: names.sort((a, b) => a.toLowerCase().compareTo(b.toLowerCase()));
""")

R(1007, "performance", "orta", "code", "Sistem bellek azaldı uyarısı verdiğinde (low memory) uygulamanın resim önbelleğini ve kendi önbelleğimi boşalt.", ["WidgetsBindingObserver", "didHaveMemoryPressure", "imageCache"], r"""
class MemoryPressureHandler with WidgetsBindingObserver {
  MemoryPressureHandler(this.onClearCaches);
  final VoidCallback onClearCaches;

  void attach() => WidgetsBinding.instance.addObserver(this);
  void detach() => WidgetsBinding.instance.removeObserver(this);

  @override
  void didHaveMemoryPressure() {
    // Decode edilmiş resimleri bırak; ekranda olanlar gerektiğinde yeniden yüklenir
    PaintingBinding.instance.imageCache.clear();
    PaintingBinding.instance.imageCache.clearLiveImages();
    onClearCaches(); // Uygulamanın kendi bellek önbellekleri
  }
}

// main içinde:
// final handler = MemoryPressureHandler(() => productCache.clear())..attach();
""")

R(1008, "performance", "kolay", "code", "Büyük bir listenin sadece 100 ile 200 arasındaki elemanlarını toplamam lazım; sublist her seferinde kopya oluşturuyor, kopyasız nasıl yaparım?", ["getRange", "sublist"], r"""
double sumRange(List<double> values, int start, int end) {
  // getRange tembel bir Iterable döndürür: yeni liste oluşturmaz, kopyalamaz
  return values.getRange(start, end).fold(0.0, (sum, v) => sum + v);
}

// sublist ise o aralığın yeni bir kopyasını oluşturur; sonucu saklayıp
// değiştirmeyecekseniz gereksiz bellek ve zaman harcar:
// final copy = values.sublist(100, 200);
""")

R(1009, "performance", "orta", "concept", "Isolate.run içinde State'in bir alanını kullanınca 'Illegal argument in isolate message' hatası alıyorum; neden?", ["Isolate.run", "closure | top-level"], r"""
// Isolate.run'a verilen closure, yakaladığı TÜM değişkenlerle birlikte yeni isolate'e
// kopyalanır. Closure `this` (State) yakalarsa BuildContext, controller, Socket gibi
// gönderilemeyen nesneler de kopyalanmaya çalışılır ve hata alınır.
// Çözüm: gereken veriyi önce yerel değişkene al ve sadece onu yakalayan bir
// closure veya top-level/static fonksiyon ver.
List<int> _sortScores(List<int> scores) => [...scores]..sort();

class ScoresPage extends StatefulWidget {
  const ScoresPage({super.key});

  @override
  State<ScoresPage> createState() => _ScoresPageState();
}

class _ScoresPageState extends State<ScoresPage> {
  final _controller = ScrollController(); // Isolate'e gönderilemez
  List<int> _scores = List.generate(100000, (i) => (i * 7919) % 100000);

  Future<void> _sort() async {
    // YANLIŞ: Isolate.run(() => _scores..sort());  -> this yakalanır
    final scores = _scores; // Sadece saf veri
    final sorted = await Isolate.run(() => _sortScores(scores));
    if (mounted) setState(() => _scores = sorted);
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => TextButton(onPressed: _sort, child: const Text('Sırala'));
}
""")

R(1010, "performance", "orta", "code", "Aynı anda üç widget kullanıcı profilini istiyor ve üç ayrı istek gidiyor; devam eden istek varsa yenisini atmadan aynı sonucu paylaş.", ["Future", "whenComplete"], r"""
/// Devam eden (in-flight) istekleri anahtara göre paylaşır: aynı anda gelen
/// çağrılar tek bir ağ isteğini bekler. İstek bitince kayıt silinir.
class RequestDeduplicator<T> {
  final _inFlight = <String, Future<T>>{};

  Future<T> run(String key, Future<T> Function() request) {
    final existing = _inFlight[key];
    if (existing != null) return existing;
    final future = request().whenComplete(() => _inFlight.remove(key));
    _inFlight[key] = future;
    return future;
  }
}

final _profileRequests = RequestDeduplicator<Map<String, dynamic>>();

Future<Map<String, dynamic>> fetchProfile(int userId, Future<Map<String, dynamic>> Function(int) api) {
  return _profileRequests.run('profile_$userId', () => api(userId));
}
""")

R(1011, "performance", "orta", "concept", "CustomScrollView içinde SliverToBoxAdapter'a 500 elemanlı bir Column koydum, sayfa geç açılıyor. Neden?", ["SliverList.builder", "SliverToBoxAdapter"], r"""
// SliverToBoxAdapter tek bir kutu alır: içindeki Column'un 500 çocuğu
// görünür olsun olmasın HEPSİ aynı anda build ve layout edilir (tembellik yok).
// Sliver'ın tembel oluşturma avantajı için satırları SliverList.builder ile ver.
class CommentsPage extends StatelessWidget {
  const CommentsPage({super.key, required this.comments});
  final List<String> comments;

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(
      slivers: [
        const SliverToBoxAdapter(child: Padding( // Tek, küçük widget için uygun
          padding: EdgeInsets.all(16),
          child: Text('Yorumlar', style: TextStyle(fontSize: 20)),
        )),
        // Sadece ekrana yakın satırlar oluşturulur
        SliverList.builder(
          itemCount: comments.length,
          itemBuilder: (_, i) => ListTile(title: Text(comments[i])),
        ),
      ],
    );
  }
}
""")

R(1012, "performance", "kolay", "code", "Her 30 saniyede API'den liste çekiyorum; gelen liste öncekiyle aynıysa setState yapıp ekranı boşuna yenileme.", ["listEquals", "setState"], r"""
class LivePrices extends StatefulWidget {
  const LivePrices({super.key, required this.fetch});
  final Future<List<double>> Function() fetch;

  @override
  State<LivePrices> createState() => _LivePricesState();
}

class _LivePricesState extends State<LivePrices> {
  List<double> _prices = const [];
  Timer? _timer;

  @override
  void initState() {
    super.initState();
    _timer = Timer.periodic(const Duration(seconds: 30), (_) => _refresh());
    _refresh();
  }

  Future<void> _refresh() async {
    final fresh = await widget.fetch();
    // İçerik aynıysa rebuild yok
    if (!mounted || listEquals(fresh, _prices)) return;
    setState(() => _prices = fresh);
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) =>
      Column(children: [for (final price in _prices) Text(price.toStringAsFixed(2))]);
}
""")

R(1013, "performance", "orta", "code", "Sipariş listesindeki her satır müşteri adını bulmak için müşteriler listesinde firstWhere çağırıyor, binlerce satırda yavaş. Hızlandır.", ["Map", "firstWhere | for"], r"""
class Customer {
  const Customer(this.id, this.name);
  final int id;
  final String name;
}

class Order {
  const Order(this.id, this.customerId);
  final int id;
  final int customerId;
}

class OrderNames {
  OrderNames(List<Customer> customers)
      // Bir kez O(n) ile indeks oluştur; sonra her arama O(1)
      : _byId = {for (final c in customers) c.id: c};

  final Map<int, Customer> _byId;

  // YAVAŞ: customers.firstWhere((c) => c.id == order.customerId) -> her satırda O(n)
  String customerName(Order order) => _byId[order.customerId]?.name ?? 'Bilinmiyor';
}
""")

R(1014, "performance", "orta", "code", "Sıralı bir milyon elemanlık listede bir değerin olup olmadığını ve konumunu hızlıca bul.", ["binarySearch"], r"""
// pubspec.yaml: collection
import 'package:collection/collection.dart';

/// Liste sıralı olduğu için ikili arama O(log n): 1 milyonda ~20 karşılaştırma.
/// indexOf ise en kötü durumda 1 milyon karşılaştırma yapar.
int findPostalCode(List<int> sortedCodes, int code) {
  return binarySearch(sortedCodes, code); // Bulunamazsa -1
}

void demo() {
  final codes = List<int>.generate(1000000, (i) => i * 3); // Sıralı
  debugPrint('${findPostalCode(codes, 2999997)}'); // 999999
  debugPrint('${findPostalCode(codes, 5)}'); // -1
}
""")

R(1015, "performance", "kolay", "code", "İş kuyruğunu List ile tutup removeAt(0) ile baştan eleman alıyorum, kuyruk büyüyünce yavaşlıyor. Doğru veri yapısı ne?", ["Queue", "removeFirst"], r"""
// List.removeAt(0) tüm elemanları bir sola kaydırır: O(n).
// dart:collection'daki Queue (ListQueue) iki uçtan ekleme/çıkarmayı O(1) yapar.
class UploadQueue {
  final Queue<String> _pending = Queue<String>();

  void enqueue(String filePath) => _pending.addLast(filePath);

  Future<void> processAll(Future<void> Function(String) upload) async {
    while (_pending.isNotEmpty) {
      final next = _pending.removeFirst(); // O(1)
      await upload(next);
    }
  }

  int get length => _pending.length;
}
""")

R(1016, "performance", "orta", "code", "Listede yüklenen her satırda dönen bir CircularProgressIndicator var; 30 satır aynı anda dönünce kaydırma kasıyor.", ["Icon | SizedBox", "CircularProgressIndicator"], r"""
// Her dönen gösterge ayrı bir Ticker ve her karede repaint demektir.
// Satır başına spinner yerine statik yer tutucu göster; tek bir gösterge listenin altında yeterli.
class ProductRow extends StatelessWidget {
  const ProductRow({super.key, required this.name, required this.price});
  final String name;
  final double? price; // null: fiyat henüz yüklenmedi

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text(name),
      trailing: price == null
          ? const Icon(Icons.more_horiz, color: Colors.grey) // Animasyonsuz yer tutucu
          : Text('${price!.toStringAsFixed(2)} ₺'),
    );
  }
}

Widget loadingFooter(bool loading) => loading
    ? const Padding(padding: EdgeInsets.all(16), child: Center(child: CircularProgressIndicator()))
    : const SizedBox.shrink();
""")

R(1017, "performance", "kolay", "code", "Kullanıcı telefonun erişilebilirlik ayarlarından animasyonları kapattıysa uygulamadaki animasyonları da kapat.", ["MediaQuery.disableAnimationsOf", "Duration.zero"], r"""
class FriendlyExpand extends StatelessWidget {
  const FriendlyExpand({super.key, required this.expanded, required this.child});
  final bool expanded;
  final Widget child;

  @override
  Widget build(BuildContext context) {
    // Sistem ayarında "animasyonları kaldır" açıksa true döner
    final reduceMotion = MediaQuery.disableAnimationsOf(context);
    return AnimatedSize(
      duration: reduceMotion ? Duration.zero : const Duration(milliseconds: 300),
      child: expanded ? child : const SizedBox(width: double.infinity),
    );
  }
}
""")

R(1018, "performance", "orta", "code", "main içinde Firebase, ayarlar ve veritabanını sırayla await ettiğim için açılış uzun sürüyor; birbirinden bağımsız başlatmaları hızlandır.", ["Future.wait", "main"], r"""
Future<void> initSettings() async => Future.delayed(const Duration(milliseconds: 300));
Future<void> initDatabase() async => Future.delayed(const Duration(milliseconds: 400));
Future<void> initAnalytics() async => Future.delayed(const Duration(milliseconds: 500));

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  final sw = Stopwatch()..start();
  // Sırayla: ~1200 ms. Paralel: en uzunu kadar (~500 ms)
  await Future.wait([
    initSettings(),
    initDatabase(),
  ]);
  // Açılış için şart olmayan işi bekleme; arka planda devam etsin
  unawaited(initAnalytics());
  debugPrint('Başlatma: ${sw.elapsedMilliseconds} ms');
  runApp(const MaterialApp(home: Scaffold()));
}
""")

R(1019, "performance", "orta", "code", "Liste modelimde her değişiklikte tüm listeyi doğrulayan pahalı bir kontrol var; bu kontrol sadece debug modda çalışsın, release'de hiç çalışmasın.", ["assert"], r"""
class OrderBook {
  final List<int> _sortedPrices = [];

  void insert(int price) {
    final index = _sortedPrices.indexWhere((p) => p > price);
    index == -1 ? _sortedPrices.add(price) : _sortedPrices.insert(index, price);
    // assert içindeki kod release derlemede tamamen çıkarılır
    assert(_isSorted(), 'Fiyat listesi sıralı değil!');
  }

  bool _isSorted() {
    for (var i = 1; i < _sortedPrices.length; i++) {
      if (_sortedPrices[i - 1] > _sortedPrices[i]) return false;
    }
    return true;
  }
}

// Birden çok satırlık debug kodu için: assert(() { ...; return true; }());
""")

R(1020, "performance", "kolay", "code", "Geliştirme sırasında bir widget'ın kaç kez build edildiğini görmek için basit bir sayaç sarmalayıcı yaz; release'de hiçbir iş yapmasın.", ["kDebugMode", "debugPrint"], r"""
class BuildCounter extends StatelessWidget {
  BuildCounter({super.key, required this.label, required this.child});
  final String label;
  final Widget child;

  static final Map<String, int> _counts = {};

  @override
  Widget build(BuildContext context) {
    if (kDebugMode) {
      final n = _counts.update(label, (c) => c + 1, ifAbsent: () => 1);
      debugPrint('[$label] build #$n');
    }
    return child;
  }
}

// Kullanım: BuildCounter(label: 'SepetRozeti', child: CartBadge())
""")

R(1021, "performance", "kolay", "code", "Haber listesinde resimler yüklenince satırların yüksekliği değişiyor ve liste zıplıyor; bunu önle.", ["AspectRatio | SizedBox", "Image.network"], r"""
class NewsImage extends StatelessWidget {
  const NewsImage({super.key, required this.url});
  final String url;

  @override
  Widget build(BuildContext context) {
    // Alan resim gelmeden önce de ayrılır: yerleşim kaymaz, tekrar layout olmaz
    return AspectRatio(
      aspectRatio: 16 / 9,
      child: Image.network(
        url,
        fit: BoxFit.cover,
        loadingBuilder: (context, child, progress) =>
            progress == null ? child : const ColoredBox(color: Color(0xFFEEEEEE)),
        errorBuilder: (_, __, ___) => const ColoredBox(
          color: Color(0xFFEEEEEE),
          child: Icon(Icons.broken_image),
        ),
      ),
    );
  }
}
""")

R(1022, "performance", "orta", "code", "Sepet ChangeNotifier'ında toplam tutar getter'ı her okunuşta tüm ürünleri dolaşıyor ve birçok widget okuyor; sadece sepet değişince hesaplansın.", ["ChangeNotifier", "notifyListeners"], r"""
class CartItem {
  const CartItem(this.name, this.price, this.qty);
  final String name;
  final double price;
  final int qty;
}

class Cart extends ChangeNotifier {
  final List<CartItem> _items = [];
  double? _cachedTotal; // null: yeniden hesaplanmalı

  double get total => _cachedTotal ??= _items.fold(0, (sum, i) => sum + i.price * i.qty);

  void add(CartItem item) {
    _items.add(item);
    _changed();
  }

  void removeAt(int index) {
    _items.removeAt(index);
    _changed();
  }

  void _changed() {
    _cachedTotal = null; // Önbelleği geçersiz kıl
    notifyListeners();
  }
}
""")

R(1023, "performance", "kolay", "code", "Sadece arka plan rengi vermek için Container kullanıyorum; daha hafif bir widget var mı?", ["ColoredBox", "DecoratedBox"], r"""
// Container; Padding, Align, DecoratedBox, ConstrainedBox gibi birçok widget'ı
// ihtiyaca göre iç içe kurar. Tek bir iş için doğrudan o widget'ı kullanmak
// ağacı sığ tutar ve const yapılabilir.
const onlyColor = ColoredBox( // Sadece renk
  color: Colors.amber,
  child: SizedBox(height: 48),
);

const roundedBox = DecoratedBox( // Sadece dekorasyon (köşe, kenarlık)
  decoration: BoxDecoration(
    color: Colors.white,
    borderRadius: BorderRadius.all(Radius.circular(12)),
  ),
  child: Padding(padding: EdgeInsets.all(12), child: Text('Kart')),
);
""")

R(1024, "performance", "orta", "concept", "Her küçük hesaplamayı Isolate.run ile yapmak mantıklı mı? Ne zaman isolate kullanmalıyım?", ["Isolate.run"], r"""
// Isolate.run her çağrıda yeni bir isolate başlatır ve argümanları/sonucu kopyalar.
// Bu ek yük birkaç milisaniye sürebilir; 1-2 ms'lik işler için isolate açmak
// işi hızlandırmaz, yavaşlatır.
// Kural: iş ana isolate'te tek seferde bir kareden (~16 ms) uzun sürüyorsa veya
// büyük veri işliyorsa isolate'e taşı; sık tekrarlanan işler için kalıcı worker kullan.
Future<List<String>> parseNames(String bigJson) async {
  if (bigJson.length < 50 * 1024) {
    // Küçük veri: doğrudan ana isolate'te çözmek daha ucuz
    return (jsonDecode(bigJson) as List).cast<String>();
  }
  // Büyük veri: UI takılmasın diye ayrı isolate
  return Isolate.run(() => (jsonDecode(bigJson) as List).cast<String>());
}
""")

R(1025, "performance", "orta", "code", "Sayfadan çıkınca hâlâ devam eden büyük indirme isteği arka planda sürüyor; sayfa kapanınca isteği iptal et.", ["http.Client", "close", "dispose"], r"""
// pubspec.yaml: http
import 'package:http/http.dart' as http;

class ReportPage extends StatefulWidget {
  const ReportPage({super.key});

  @override
  State<ReportPage> createState() => _ReportPageState();
}

class _ReportPageState extends State<ReportPage> {
  final _client = http.Client(); // Bu sayfaya ait istemci
  String? _report;

  @override
  void initState() {
    super.initState();
    _load();
  }

  Future<void> _load() async {
    try {
      final res = await _client.get(Uri.parse('https://api.ornek.com/reports/big'));
      if (mounted) setState(() => _report = res.body);
    } on http.ClientException {
      // Sayfa kapanıp istemci kapatıldığında buraya düşer; yok say
    }
  }

  @override
  void dispose() {
    _client.close(); // Açık bağlantıları keser, istek yarıda kalır
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => Text(_report ?? 'Yükleniyor...');
}
""")

R(1026, "performance", "orta", "code", "StreamBuilder'a build içinde stream.where(...) verince her rebuild'de akışa yeniden abone oluyor ve yükleniyor görünüyor; düzelt.", ["StreamBuilder", "initState"], r"""
class UnreadCount extends StatefulWidget {
  const UnreadCount({super.key, required this.messages});
  final Stream<List<bool>> messages; // true = okunmadı

  @override
  State<UnreadCount> createState() => _UnreadCountState();
}

class _UnreadCountState extends State<UnreadCount> {
  late Stream<int> _unread;

  @override
  void initState() {
    super.initState();
    // Türetilmiş stream bir kez oluşturulur; her build'de yeni nesne olmaz
    _unread = widget.messages.map((list) => list.where((u) => u).length);
  }

  @override
  void didUpdateWidget(UnreadCount oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (oldWidget.messages != widget.messages) {
      _unread = widget.messages.map((list) => list.where((u) => u).length);
    }
  }

  @override
  Widget build(BuildContext context) {
    // YANLIŞ: stream: widget.messages.map(...)  -> her build'de yeni abonelik
    return StreamBuilder<int>(
      stream: _unread,
      builder: (_, snap) => Text('${snap.data ?? 0} okunmamış'),
    );
  }
}
""")

R(1027, "performance", "kolay", "code", "Eleman sayısı baştan belli olan ve sonradan büyümeyecek bir listeyi oluştururken daha az bellek harcamak için ne yapabilirim?", ["growable", "filled | generate"], r"""
// Varsayılan listeler büyüyebilir (growable) ve ileride eklemeler için fazladan
// kapasite ayırabilir. Uzunluk sabitse growable: false daha kompakt ve hızlıdır.
final dailyTotals = List<double>.filled(31, 0, growable: false); // Ayın günleri

final squares = List<int>.generate(1000, (i) => i * i, growable: false);

final fixedNames = ['Ali', 'Ayşe', 'Mehmet'].toList(growable: false);

// Not: Sabit uzunluklu listeye add/remove çağırmak UnsupportedError fırlatır.
""")

R(1028, "performance", "orta", "code", "Ürün detayından geri dönünce liste sayfası baştan build oluyor ve resimler yeniden çiziliyor; liste satırını sabit kısımlar değişmeyecek şekilde düzenle.", ["const", "RepaintBoundary"], r"""
class ProductTile extends StatelessWidget {
  const ProductTile({super.key, required this.name, required this.imageUrl});
  final String name;
  final String imageUrl;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      // Resim kendi katmanında: satırın diğer kısımları değişse de yeniden boyanmaz
      leading: RepaintBoundary(
        child: Image.network(imageUrl, width: 56, height: 56, fit: BoxFit.cover, cacheWidth: 112),
      ),
      title: Text(name),
      trailing: const Icon(Icons.chevron_right), // const: hiç yeniden oluşturulmaz
    );
  }
}

// Liste: ListView.builder(itemBuilder: (_, i) => ProductTile(key: ValueKey(items[i].id), ...))
""")

R(1029, "performance", "orta", "concept", "Yüzlerce kartta büyük blurRadius'lu BoxShadow kullanınca liste kaydırırken takılıyor; gölgeyi daha ucuz nasıl veririm?", ["BoxShadow", "Material | Card", "elevation"], r"""
// Büyük blurRadius'lu BoxShadow her kartta ayrı bir bulanıklaştırma çizimi demektir;
// çok sayıda kart aynı anda ekrandayken raster süresi uzar.
// - blurRadius'u küçük tut, gölge sayısını bire indir.
// - Material/Card elevation gölgeleri motor tarafından optimize çizilir.
class CheapShadowCard extends StatelessWidget {
  const CheapShadowCard({super.key, required this.child});
  final Widget child;

  @override
  Widget build(BuildContext context) {
    return Card(
      elevation: 2, // Tek, hafif gölge
      margin: const EdgeInsets.all(8),
      child: Padding(padding: const EdgeInsets.all(12), child: child),
    );
  }
}

// PAHALI: BoxDecoration(boxShadow: [BoxShadow(blurRadius: 40, spreadRadius: 8), BoxShadow(blurRadius: 20)])
""")

R(1030, "performance", "orta", "code", "Ağır bir sayfada klavye açılıp kapanırken bütün sayfa yeniden yerleşiyor ve animasyon takılıyor; klavye sayfayı yeniden boyutlandırmasın.", ["resizeToAvoidBottomInset"], r"""
class DashboardWithSearch extends StatelessWidget {
  const DashboardWithSearch({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      // Klavye açılınca body küçültülmez: ağır içerik yeniden layout edilmez
      resizeToAvoidBottomInset: false,
      appBar: AppBar(title: const TextField(decoration: InputDecoration(hintText: 'Ara'))),
      body: const Center(child: Text('Ağır grafikler ve tablolar')),
    );
  }
}

// Not: Alttaki alanlar klavyenin altında kalabilir; arama kutusu üstte olduğu için sorun yok.
""")

R(1031, "performance", "orta", "concept", "GlobalKey<FormState>'i build metodunun içinde oluşturuyorum; form her rebuild'de sıfırlanıyor ve yavaşlıyor. Neden?", ["GlobalKey<FormState>", "build"], r"""
// build her çalıştığında yeni bir GlobalKey oluşur. Key değişince Flutter eski
// Form Element'ini (ve tüm alan State'lerini) atıp sıfırdan oluşturur:
// yazılanlar kaybolur, odak gider, gereksiz yere bütün alt ağaç yeniden kurulur.
// Anahtar State'in alanı olmalı ki ömrü boyunca aynı kalsın.
class AddressForm extends StatefulWidget {
  const AddressForm({super.key});

  @override
  State<AddressForm> createState() => _AddressFormState();
}

class _AddressFormState extends State<AddressForm> {
  final _formKey = GlobalKey<FormState>(); // DOĞRU: bir kez oluşturulur

  @override
  Widget build(BuildContext context) {
    // YANLIŞ: final formKey = GlobalKey<FormState>();
    return Form(
      key: _formKey,
      child: TextFormField(validator: (v) => (v ?? '').isEmpty ? 'Zorunlu' : null),
    );
  }
}
""")

R(1032, "performance", "orta", "concept", "Bir widget'a key: UniqueKey() verdim, sayfa her yenilendiğinde o kısım baştan oluşturuluyor. UniqueKey'i build içinde vermek neden kötü?", ["UniqueKey", "ValueKey"], r"""
// UniqueKey() her çağrıldığında öncekine eşit olmayan yeni bir anahtar üretir.
// build içinde verilirse her rebuild'de anahtar değişir; Flutter widget'ı "yeni"
// sayar, State'i atar, tüm alt ağacı sıfırdan oluşturur (animasyonlar, controller'lar sıfırlanır).
// Kimliği veriyle ilişkilendirmek için kararlı bir ValueKey kullan.
class MessageBubble extends StatefulWidget {
  const MessageBubble({super.key, required this.text});
  final String text;

  @override
  State<MessageBubble> createState() => _MessageBubbleState();
}

class _MessageBubbleState extends State<MessageBubble> {
  bool _expanded = false;

  @override
  Widget build(BuildContext context) => GestureDetector(
        onTap: () => setState(() => _expanded = !_expanded),
        child: Text(widget.text, maxLines: _expanded ? null : 1),
      );
}

Widget buildMessage(({int id, String text}) message) {
  // YANLIŞ: MessageBubble(key: UniqueKey(), text: message.text)
  return MessageBubble(key: ValueKey(message.id), text: message.text);
}
""")

R(1033, "performance", "orta", "code", "Kullanıcı arka arkaya çok sayfa açınca alttaki sayfaların hepsi bellekte kalıyor; nadiren geri dönülen ağır bir sayfanın state'i bellekte tutulmasın.", ["MaterialPageRoute", "maintainState"], r"""
void openHeavyReport(BuildContext context) {
  Navigator.of(context).push(
    MaterialPageRoute(
      // false: üstüne başka sayfa açılınca bu sayfanın widget ağacı bellekten atılır,
      // geri dönüldüğünde baştan oluşturulur (state korunmaz)
      maintainState: false,
      builder: (_) => const Scaffold(body: Center(child: Text('Büyük rapor'))),
    ),
  );
}
""")

R(1034, "performance", "orta", "code", "CustomPaint ile çizdiğim karmaşık ama hiç değişmeyen arka planın Flutter tarafından önbelleğe alınmasına nasıl ipucu veririm?", ["isComplex", "willChange", "CustomPaint"], r"""
class GridBackgroundPainter extends CustomPainter {
  @override
  void paint(Canvas canvas, Size size) {
    final paint = Paint()..color = const Color(0x22000000);
    for (var x = 0.0; x < size.width; x += 8) {
      canvas.drawLine(Offset(x, 0), Offset(x, size.height), paint);
    }
    for (var y = 0.0; y < size.height; y += 8) {
      canvas.drawLine(Offset(0, y), Offset(size.width, y), paint);
    }
  }

  @override
  bool shouldRepaint(GridBackgroundPainter oldDelegate) => false;
}

Widget gridBackground(Widget child) {
  return RepaintBoundary(
    child: CustomPaint(
      painter: GridBackgroundPainter(),
      isComplex: true, // Çizim pahalı: raster önbelleğe alınmaya değer
      willChange: false, // Sonraki karede değişmeyecek
      child: child,
    ),
  );
}
""")

R(1035, "performance", "kolay", "code", "PageView'da bir sonraki sayfaya kaydırınca içerik o an oluşturulduğu için ilk karede takılıyor; komşu sayfa önceden hazırlansın.", ["allowImplicitScrolling", "PageView.builder"], r"""
class StoryPager extends StatelessWidget {
  const StoryPager({super.key, required this.pages});
  final List<Widget> pages;

  @override
  Widget build(BuildContext context) {
    return PageView.builder(
      // Görünen sayfanın önceki ve sonraki komşusunu önbellek alanında tutar
      allowImplicitScrolling: true,
      itemCount: pages.length,
      itemBuilder: (_, i) => pages[i],
    );
  }
}
""")

R(1036, "performance", "orta", "concept", "Table widget'ıyla 2000 satırlık bir tablo gösterince ekran geç açılıyor; ne yapmalıyım?", ["Table", "ListView.builder"], r"""
// Table tüm satırları aynı anda build ve layout eder (sütun genişliklerini hesaplamak için
// her hücreyi ölçer). Binlerce satırda bu çok pahalıdır ve tembel oluşturma yoktur.
// Sütun genişlikleri sabit/oransal ise satırları ListView.builder ile tembel oluştur.
class LazyTable extends StatelessWidget {
  const LazyTable({super.key, required this.rows});
  final List<List<String>> rows;

  static const _flex = [3, 1, 2]; // Sabit sütun oranları: ölçüm gerekmez

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemExtent: 40,
      itemCount: rows.length,
      itemBuilder: (_, i) => Row(children: [
        for (var c = 0; c < _flex.length; c++)
          Expanded(flex: _flex[c], child: Text(rows[i][c], overflow: TextOverflow.ellipsis)),
      ]),
    );
  }
}
""")

R(1037, "performance", "orta", "code", "Akıştaki video önizlemeleri kullanıcı kaydırırken de oynuyor ve kasıyor; kaydırma sürerken duraklatılsın, durunca devam etsin.", ["isScrollingNotifier", "ScrollController"], r"""
class FeedWithPreviews extends StatefulWidget {
  const FeedWithPreviews({super.key, required this.onScrollingChanged});
  final void Function(bool scrolling) onScrollingChanged; // Önizlemeleri durdur/başlat

  @override
  State<FeedWithPreviews> createState() => _FeedWithPreviewsState();
}

class _FeedWithPreviewsState extends State<FeedWithPreviews> {
  final _controller = ScrollController();
  ValueNotifier<bool>? _scrolling;

  void _onScrollingChanged() => widget.onScrollingChanged(_scrolling!.value);

  @override
  void initState() {
    super.initState();
    WidgetsBinding.instance.addPostFrameCallback((_) {
      // Liste ekrana bağlandıktan sonra position'a erişilebilir
      _scrolling = _controller.position.isScrollingNotifier..addListener(_onScrollingChanged);
    });
  }

  @override
  void dispose() {
    _scrolling?.removeListener(_onScrollingChanged);
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => ListView.builder(
        controller: _controller,
        itemCount: 50,
        itemBuilder: (_, i) => SizedBox(height: 240, child: Center(child: Text('Video $i'))),
      );
}
""")

R(1038, "performance", "orta", "code", "Siparişleri listeledikten sonra her siparişin ürünlerini döngüde ayrı ayrı sqflite'tan sorguluyorum ve çok yavaş (N+1). Tek sorguyla getir.", ["rawQuery", "IN", "groupBy | putIfAbsent"], r"""
Future<Map<int, List<String>>> productsByOrder(Database db, List<int> orderIds) async {
  if (orderIds.isEmpty) return {};
  final placeholders = List.filled(orderIds.length, '?').join(',');
  // YAVAŞ: for (id in orderIds) await db.query('order_items', where: 'order_id = ?', ...)
  final rows = await db.rawQuery(
    'SELECT oi.order_id, p.name FROM order_items oi '
    'JOIN products p ON p.id = oi.product_id '
    'WHERE oi.order_id IN ($placeholders)',
    orderIds,
  );
  final result = <int, List<String>>{};
  for (final r in rows) {
    result.putIfAbsent(r['order_id'] as int, () => []).add(r['name'] as String);
  }
  return result;
}
""")

R(1039, "performance", "orta", "code", "CustomScrollView'daki tüm listeyi yarı saydam göstermek için her satırı Opacity ile sarıyorum; bunu tek seferde ve ucuz şekilde yap.", ["SliverOpacity | SliverAnimatedOpacity", "SliverList"], r"""
class DimmedArchive extends StatelessWidget {
  const DimmedArchive({super.key, required this.archived, required this.dimmed});
  final List<String> archived;
  final bool dimmed;

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(slivers: [
      const SliverAppBar(title: Text('Arşiv'), pinned: true),
      // Tek bir opaklık katmanı tüm sliver'a uygulanır; satır başına katman yok
      SliverAnimatedOpacity(
        opacity: dimmed ? 0.4 : 1,
        duration: const Duration(milliseconds: 200),
        sliver: SliverList.builder(
          itemCount: archived.length,
          itemBuilder: (_, i) => ListTile(title: Text(archived[i])),
        ),
      ),
    ]);
  }
}
""")

R(1040, "performance", "orta", "code", "Uygulama açılırken ayarlar yüklenene kadar bir an yanlış temayla beyaz ekran görünüyor; ayarlar hazır olmadan ilk kare çizilmesin.", ["deferFirstFrame", "allowFirstFrame"], r"""
Future<void> main() async {
  final binding = WidgetsFlutterBinding.ensureInitialized();
  // Native splash ekranda kalır; Flutter ilk kareyi göndermez
  binding.deferFirstFrame();

  runApp(const SettingsLoaderApp());
}

class SettingsLoaderApp extends StatefulWidget {
  const SettingsLoaderApp({super.key});

  @override
  State<SettingsLoaderApp> createState() => _SettingsLoaderAppState();
}

class _SettingsLoaderAppState extends State<SettingsLoaderApp> {
  bool _dark = false;

  @override
  void initState() {
    super.initState();
    _load();
  }

  Future<void> _load() async {
    await Future.delayed(const Duration(milliseconds: 200)); // Tercihleri oku
    setState(() => _dark = true);
    WidgetsBinding.instance.allowFirstFrame(); // Artık doğru temayla çiz
  }

  @override
  Widget build(BuildContext context) =>
      MaterialApp(theme: _dark ? ThemeData.dark() : ThemeData.light(), home: const Scaffold());
}
""")

R(1041, "performance", "kolay", "code", "Profil fotoğrafını güncelledim ama URL aynı olduğu için ekranda hâlâ eski resim önbellekten geliyor; sadece o resmi önbellekten at.", ["NetworkImage", "evict"], r"""
Future<void> refreshAvatar(String url, VoidCallback rebuild) async {
  // Sadece bu URL'nin decode edilmiş görüntüsünü bellek önbelleğinden siler
  final removed = await NetworkImage(url).evict();
  debugPrint('Önbellekten silindi: $removed');
  rebuild(); // setState ile yeniden çizince resim tekrar indirilir
}

// Alternatif: URL'ye sürüm parametresi ekle -> '$url?v=${user.updatedAt}'
""")

R(1042, "performance", "zor", "code", "200 MB'lık JSON dosyasını readAsString ile okuyup jsonDecode edince bellek patlıyor; dosyayı akış olarak çöz.", ["openRead", "utf8.decoder", "json.decoder"], r"""
/// Dosya baytları parça parça okunur, UTF-8 ve JSON çözücüleri birleştirilir.
/// Ham metnin tamamı bellekte String olarak tutulmaz (sonuç nesnesi yine bellekte olur).
Future<Object?> readLargeJson(File file) async {
  final decoder = utf8.decoder.fuse(json.decoder);
  return file.openRead().transform(decoder).first;
}

Future<int> countItems(File file) async {
  // Ana isolate'i de bloklamamak için ayrı isolate'te çalıştır
  return Isolate.run(() async {
    final data = await readLargeJson(file) as List;
    return data.length;
  });
}
""")

R(1043, "performance", "orta", "code", "Fiyat filtresindeki Slider'ı sürüklerken her değişimde binlerce ürün filtreleniyor ve kasıyor; etiket anlık değişsin, ağır filtreleme bırakınca yapılsın.", ["Slider", "onChangeEnd", "onChanged"], r"""
class PriceFilter extends StatefulWidget {
  const PriceFilter({super.key, required this.onApply});
  final void Function(double maxPrice) onApply; // Pahalı filtreleme

  @override
  State<PriceFilter> createState() => _PriceFilterState();
}

class _PriceFilterState extends State<PriceFilter> {
  double _value = 500;

  @override
  Widget build(BuildContext context) {
    return Column(children: [
      Text('En fazla ${_value.round()} ₺'),
      Slider(
        min: 0,
        max: 5000,
        value: _value,
        // Sürüklerken sadece bu küçük widget güncellenir
        onChanged: (v) => setState(() => _value = v),
        // Parmak kalkınca bir kez filtrele
        onChangeEnd: widget.onApply,
      ),
    ]);
  }
}
""")

R(1044, "performance", "orta", "code", "Listede bir satırdaki beğen butonuna basınca tüm sayfanın setState'i çağrılıyor ve bütün liste yeniden çiziliyor; sadece o satır güncellensin.", ["StatefulWidget", "setState"], r"""
// Beğeni durumu satırın kendi State'inde tutulur: setState sadece bu satırı etkiler.
class LikeRow extends StatefulWidget {
  const LikeRow({super.key, required this.title, required this.initiallyLiked, required this.onLiked});
  final String title;
  final bool initiallyLiked;
  final void Function(bool liked) onLiked; // Sunucuya bildirmek için

  @override
  State<LikeRow> createState() => _LikeRowState();
}

class _LikeRowState extends State<LikeRow> {
  late bool _liked = widget.initiallyLiked;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text(widget.title),
      trailing: IconButton(
        icon: Icon(_liked ? Icons.favorite : Icons.favorite_border, color: Colors.red),
        onPressed: () {
          setState(() => _liked = !_liked);
          widget.onLiked(_liked);
        },
      ),
    );
  }
}

// ListView.builder(itemBuilder: (_, i) => LikeRow(key: ValueKey(posts[i].id), ...))
""")

R(1045, "performance", "orta", "code", "SliverPersistentHeader delegemde shouldRebuild hep true dönüyor ve kaydırırken başlık sürekli yeniden oluşturuluyor; doğru yaz.", ["SliverPersistentHeaderDelegate", "shouldRebuild"], r"""
class CategoryHeaderDelegate extends SliverPersistentHeaderDelegate {
  const CategoryHeaderDelegate({required this.title, required this.color});
  final String title;
  final Color color;

  @override
  double get minExtent => 48;

  @override
  double get maxExtent => 48;

  @override
  Widget build(BuildContext context, double shrinkOffset, bool overlapsContent) {
    return ColoredBox(color: color, child: Center(child: Text(title)));
  }

  // Sadece yeni delege farklı veri taşıyorsa yeniden oluştur
  @override
  bool shouldRebuild(CategoryHeaderDelegate oldDelegate) =>
      oldDelegate.title != title || oldDelegate.color != color;
}

// SliverPersistentHeader(pinned: true, delegate: CategoryHeaderDelegate(title: 'Meyve', color: Colors.green))
""")

R(1046, "performance", "orta", "code", "Sayaç 0'dan 1000'e sayarak artsın diye Timer ile her 10 ms'de setState yapıyorum; bunu animasyon sistemiyle daha verimli yap.", ["TweenAnimationBuilder", "IntTween"], r"""
class CountUpText extends StatelessWidget {
  const CountUpText({super.key, required this.target});
  final int target;

  @override
  Widget build(BuildContext context) {
    // Ekran yenileme hızına senkron çalışır; sadece Text yeniden çizilir
    return TweenAnimationBuilder<int>(
      tween: IntTween(begin: 0, end: target),
      duration: const Duration(seconds: 2),
      curve: Curves.easeOut,
      builder: (context, value, _) => Text(
        '$value',
        style: const TextStyle(fontSize: 48, fontFeatures: [FontFeature.tabularFigures()]),
      ),
    );
  }
}
""")

R(1047, "performance", "kolay", "concept", "where ile filtrelediğim Iterable'ı hem length hem de döngü için kullanınca filtre iki kez mi çalışıyor?", ["where", "toList"], r"""
// Evet. where/map tembel (lazy) Iterable döndürür: sonuç saklanmaz, her dolaşmada
// (length, for, first, contains...) filtre baştan çalışır.
// Birden fazla kez kullanılacaksa sonucu bir kez toList() ile somutlaştır.
void reportExpensive(List<double> prices) {
  // YAVAŞ: iki kez tüm liste dolaşılır
  final lazy = prices.where((p) => p > 1000);
  debugPrint('Adet: ${lazy.length}'); // 1. dolaşma
  for (final p in lazy) {
    debugPrint('$p'); // 2. dolaşma
  }

  // HIZLI: filtre bir kez çalışır
  final expensive = prices.where((p) => p > 1000).toList();
  debugPrint('Adet: ${expensive.length}');
  for (final p in expensive) {
    debugPrint('$p');
  }
}
""")

R(1048, "performance", "orta", "code", "Grafikte 100 bin ölçüm noktası var ama ekran 400 piksel genişliğinde; çizmeden önce veriyi ekran genişliğine göre azalt.", ["List", "min | max"], r"""
/// Her piksel sütunu için o aralıktaki en düşük ve en yüksek değeri tutar
/// (tepe noktaları kaybolmaz). 100.000 nokta -> en fazla 2 * width nokta.
List<double> downsample(List<double> data, int width) {
  if (data.length <= width * 2) return data;
  final bucket = data.length / width;
  final result = <double>[];
  for (var i = 0; i < width; i++) {
    final start = (i * bucket).floor();
    final end = ((i + 1) * bucket).floor().clamp(start + 1, data.length);
    var lo = data[start], hi = data[start];
    for (var j = start + 1; j < end; j++) {
      lo = min(lo, data[j]);
      hi = max(hi, data[j]);
    }
    result..add(lo)..add(hi);
  }
  return result;
}

// LayoutBuilder(builder: (_, c) => CustomPaint(painter: ChartPainter(downsample(values, c.maxWidth.toInt()))))
""")

R(1049, "performance", "orta", "code", "Uzun bir kelime listesinde kullanıcının yazdığı harflerle başlayanları her tuşta tüm listeyi tarayarak arıyorum; sıralı listede arama aralığını hızlıca bul.", ["lowerBound", "compareTo"], r"""
// pubspec.yaml: collection
import 'package:collection/collection.dart';

/// words alfabetik sıralı olmalı. lowerBound ikili aramayla prefix'in
/// ekleneceği ilk konumu O(log n) bulur; oradan prefix bitene kadar ilerlenir.
List<String> wordsWithPrefix(List<String> words, String prefix, {int limit = 20}) {
  final start = lowerBound(words, prefix, compare: (a, b) => a.compareTo(b));
  final result = <String>[];
  for (var i = start; i < words.length && result.length < limit; i++) {
    if (!words[i].startsWith(prefix)) break; // Sıralı olduğu için gerisi eşleşmez
    result.add(words[i]);
  }
  return result;
}
""")

R(1040, "dialogs", "kolay", "code", "Google'daki gibi hesap seçme penceresi yap: her satırda avatar ve e-posta olsun, en altta 'Hesap ekle' seçeneği bulunsun.", ["SimpleDialog", "SimpleDialogOption"], r"""
Future<String?> chooseAccount(BuildContext context, List<String> emails) {
  return showDialog<String>(
    context: context,
    builder: (context) => SimpleDialog(
      title: const Text('Hesap seçin'),
      children: [
        for (final email in emails)
          SimpleDialogOption(
            onPressed: () => Navigator.pop(context, email),
            child: Row(children: [
              CircleAvatar(radius: 16, child: Text(email[0].toUpperCase())),
              const SizedBox(width: 12),
              Expanded(child: Text(email)),
            ]),
          ),
        const Divider(),
        SimpleDialogOption(
          onPressed: () => Navigator.pop(context, 'add'), // Özel değer
          child: const Row(children: [Icon(Icons.person_add), SizedBox(width: 12), Text('Hesap ekle')]),
        ),
      ],
    ),
  );
}
""")

R(1041, "dialogs", "kolay", "code", "Sadece bu AlertDialog'un arka planı koyu lacivert, yazıları beyaz ve köşeleri 8 piksel yuvarlak olsun.", ["backgroundColor", "shape", "RoundedRectangleBorder"], r"""
Future<void> showDarkNotice(BuildContext context) {
  return showDialog<void>(
    context: context,
    builder: (context) => AlertDialog(
      backgroundColor: const Color(0xFF1A237E),
      shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(8)),
      titleTextStyle: const TextStyle(color: Colors.white, fontSize: 20, fontWeight: FontWeight.bold),
      contentTextStyle: const TextStyle(color: Colors.white70),
      title: const Text('Bakım çalışması'),
      content: const Text('Bu gece 02:00-04:00 arası hizmet verilemeyecektir.'),
      actions: [
        TextButton(
          style: TextButton.styleFrom(foregroundColor: Colors.white),
          onPressed: () => Navigator.pop(context),
          child: const Text('Anladım'),
        ),
      ],
    ),
  );
}
""")

R(1042, "dialogs", "orta", "code", "Yenilikler penceresinde 3 sayfalık ipucu sağa kaydırılarak gezilsin; son sayfaya gelince altta 'Başla' butonu çıksın.", ["PageView", "StatefulBuilder", "onPageChanged"], r"""
Future<void> showTipsDialog(BuildContext context, List<String> tips) {
  var page = 0;
  return showDialog<void>(
    context: context,
    builder: (context) => StatefulBuilder(
      builder: (context, setDialogState) => AlertDialog(
        content: SizedBox(
          width: 300,
          height: 160,
          child: PageView(
            onPageChanged: (i) => setDialogState(() => page = i),
            children: [for (final t in tips) Center(child: Text(t, textAlign: TextAlign.center))],
          ),
        ),
        actions: [
          Text('${page + 1}/${tips.length}'),
          // Buton sadece son sayfada görünür
          if (page == tips.length - 1)
            FilledButton(onPressed: () => Navigator.pop(context), child: const Text('Başla')),
        ],
      ),
    ),
  );
}
""")

R(1043, "dialogs", "kolay", "code", "Doğum tarihi için tarih seçici takvimle değil, doğrudan gg.aa.yyyy yazılan metin kutusuyla açılsın.", ["showDatePicker", "initialEntryMode", "DatePickerEntryMode.input"], r"""
Future<DateTime?> pickBirthDate(BuildContext context) {
  return showDatePicker(
    context: context,
    initialDate: DateTime(2000),
    firstDate: DateTime(1920),
    lastDate: DateTime.now(),
    // Takvim yerine klavyeyle yazma modunda aç (kullanıcı takvime geçebilir)
    initialEntryMode: DatePickerEntryMode.input,
    locale: const Locale('tr'),
    errorFormatText: 'Geçersiz tarih biçimi',
    errorInvalidText: 'Tarih aralık dışında',
  );
}
""")

R(1044, "dialogs", "orta", "code", "Zamanlayıcı uygulamasında iOS tarzı saat-dakika-saniye tekerleğiyle süre seçtir ve seçilen Duration'ı döndür.", ["CupertinoTimerPicker", "showCupertinoModalPopup", "Duration"], r"""
Future<Duration?> pickTimerDuration(BuildContext context) {
  var selected = const Duration(minutes: 5);
  return showCupertinoModalPopup<Duration>(
    context: context,
    builder: (context) => Container(
      height: 300,
      color: CupertinoColors.systemBackground.resolveFrom(context),
      child: Column(children: [
        Row(mainAxisAlignment: MainAxisAlignment.spaceBetween, children: [
          CupertinoButton(child: const Text('Vazgeç'), onPressed: () => Navigator.pop(context)),
          CupertinoButton(child: const Text('Başlat'), onPressed: () => Navigator.pop(context, selected)),
        ]),
        Expanded(
          child: CupertinoTimerPicker(
            mode: CupertinoTimerPickerMode.hms,
            initialTimerDuration: selected,
            onTimerDurationChanged: (d) => selected = d,
          ),
        ),
      ]),
    ),
  );
}
""")

R(1045, "dialogs", "kolay", "code", "Liste satırındaki ürün adı uzunsa üç noktayla kesiliyor; kullanıcı üzerine uzun basınca veya fareyle gelince tam adı balonda görünsün.", ["Tooltip", "TextOverflow.ellipsis"], r"""
class ProductNameCell extends StatelessWidget {
  const ProductNameCell({super.key, required this.name});
  final String name;

  @override
  Widget build(BuildContext context) {
    return Tooltip(
      message: name, // Tam metin
      waitDuration: const Duration(milliseconds: 400),
      child: Text(name, maxLines: 1, overflow: TextOverflow.ellipsis),
    );
  }
}
""")

R(1046, "dialogs", "zor", "code", "Masaüstü uygulamada Ctrl+K'ya basınca ortada bir komut paleti penceresi açılsın; yazdıkça komutlar süzülsün, Enter ilk komutu çalıştırsın.", ["CallbackShortcuts", "SingleActivator", "showDialog"], r"""
class CommandPaletteHost extends StatelessWidget {
  const CommandPaletteHost({super.key, required this.commands, required this.child});
  final Map<String, VoidCallback> commands;
  final Widget child;

  Future<void> _open(BuildContext context) async {
    var query = ''; // builder dışında: setDialogState sonrası sıfırlanmasın
    final name = await showDialog<String>(
      context: context,
      builder: (context) => StatefulBuilder(builder: (context, setDialogState) {
        final matches = commands.keys.where((c) => c.toLowerCase().contains(query)).toList();
        return AlertDialog(
          content: SizedBox(
            width: 400,
            child: Column(mainAxisSize: MainAxisSize.min, children: [
              TextField(
                autofocus: true,
                decoration: const InputDecoration(hintText: 'Komut ara...'),
                onChanged: (v) => setDialogState(() => query = v.toLowerCase()),
                onSubmitted: (_) => Navigator.pop(context, matches.isEmpty ? null : matches.first),
              ),
              for (final m in matches.take(6))
                ListTile(title: Text(m), onTap: () => Navigator.pop(context, m)),
            ]),
          ),
        );
      }),
    );
    if (name != null) commands[name]?.call();
  }

  @override
  Widget build(BuildContext context) {
    return CallbackShortcuts(
      bindings: {const SingleActivator(LogicalKeyboardKey.keyK, control: true): () => _open(context)},
      child: Focus(autofocus: true, child: child), // Kısayollar için odak gerekir
    );
  }
}
""")

R(1047, "dialogs", "kolay", "code", "Sipariş onay penceresindeki sipariş numarası kullanıcı tarafından seçilip kopyalanabilsin.", ["SelectableText.rich | SelectableText", "AlertDialog"], r"""
Future<void> showOrderConfirmed(BuildContext context, String orderNo) {
  return showDialog<void>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Siparişiniz alındı'),
      // Normal Text seçilemez; SelectableText uzun basınca seç/kopyala menüsünü açar
      content: SelectableText.rich(
        TextSpan(children: [
          const TextSpan(text: 'Sipariş numaranız: '),
          TextSpan(text: orderNo, style: const TextStyle(fontWeight: FontWeight.bold)),
        ]),
      ),
      actions: [TextButton(onPressed: () => Navigator.pop(context), child: const Text('Tamam'))],
    ),
  );
}
""")

R(1048, "dialogs", "kolay", "code", "SnackBar çıkınca sağ alttaki FloatingActionButton yukarı zıplıyor; buton yerinde kalsın, SnackBar onun üstünde görünsün.", ["SnackBarBehavior.floating", "showSnackBar"], r"""
void showSavedMessage(BuildContext context) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(
      content: Text('Kaydedildi'),
      // Sabit (fixed) SnackBar FAB'ı yukarı iter; floating olan FAB'ın üstünde süzülür
      behavior: SnackBarBehavior.floating,
    ),
  );
}
""")

R(1049, "dialogs", "orta", "code", "Kullanıcı bildirim iznini kalıcı olarak reddettiyse, ayarlara gitmesi gerektiğini anlatan ve 'Ayarları aç' butonu olan bir pencere göster.", ["openAppSettings", "showDialog"], r"""
// pubspec.yaml: permission_handler
Future<void> ensureNotificationPermission(BuildContext context) async {
  final status = await Permission.notification.request();
  if (!status.isPermanentlyDenied || !context.mounted) return;

  await showDialog<void>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Bildirimler kapalı'),
      content: const Text('Sipariş durumunu bildirebilmemiz için ayarlardan bildirim iznini açmanız gerekiyor.'),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context), child: const Text('Vazgeç')),
        FilledButton(
          onPressed: () async {
            Navigator.pop(context);
            await openAppSettings(); // Uygulamanın sistem ayarları sayfası
          },
          child: const Text('Ayarları aç'),
        ),
      ],
    ),
  );
}
""")

R(1045, "storage", "kolay", "code", "Uyku zamanlayıcısı için seçilen süreyi (Duration) kaydet, uygulama açılınca son seçilen süre gelsin.", ["inSeconds", "setInt", "getInt"], r"""
class SleepTimerStore {
  static const _key = 'sleep_timer_seconds';

  Future<void> save(Duration duration) async {
    final prefs = await SharedPreferences.getInstance();
    // Duration doğrudan saklanamaz; saniye cinsinden int olarak yaz
    await prefs.setInt(_key, duration.inSeconds);
  }

  Future<Duration> load() async {
    final prefs = await SharedPreferences.getInstance();
    return Duration(seconds: prefs.getInt(_key) ?? 30 * 60); // Varsayılan 30 dk
  }
}
""")

R(1046, "storage", "orta", "code", "sqflite'ta raporlar için her seferinde uzun JOIN yazmak yerine bir VIEW oluştur ve onu tablo gibi sorgula.", ["CREATE VIEW", "execute", "query"], r"""
Future<void> createOrderSummaryView(Database db) async {
  await db.execute('''
    CREATE VIEW IF NOT EXISTS order_summary AS
    SELECT o.id AS order_id,
           c.name AS customer,
           COUNT(oi.id) AS item_count,
           SUM(oi.qty * oi.price) AS total
    FROM orders o
    JOIN customers c ON c.id = o.customer_id
    LEFT JOIN order_items oi ON oi.order_id = o.id
    GROUP BY o.id
  ''');
}

Future<List<Map<String, Object?>>> bigOrders(Database db) {
  // View, normal tablo gibi query ile okunur (yazma yapılamaz)
  return db.query('order_summary', where: 'total > ?', whereArgs: [1000], orderBy: 'total DESC');
}

// onCreate veya onUpgrade içinde createOrderSummaryView(db) çağrılır.
""")

R(1047, "storage", "orta", "code", "sqflite'ta notes tablosunda bir satır her güncellendiğinde updated_at sütunu kodda hatırlamama gerek kalmadan otomatik güncellensin.", ["CREATE TRIGGER", "execute"], r"""
Future<void> createNotesSchema(Database db) async {
  await db.execute('''
    CREATE TABLE notes(
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      text TEXT NOT NULL,
      updated_at INTEGER NOT NULL DEFAULT (strftime('%s', 'now') * 1000)
    )
  ''');
  // Trigger: UPDATE sonrası veritabanının kendisi zaman damgasını yazar
  await db.execute('''
    CREATE TRIGGER notes_touch AFTER UPDATE OF text ON notes
    BEGIN
      UPDATE notes SET updated_at = strftime('%s', 'now') * 1000 WHERE id = NEW.id;
    END
  ''');
}

// Artık sadece: db.update('notes', {'text': yeniMetin}, where: 'id = ?', whereArgs: [id]);
""")

R(1048, "storage", "orta", "code", "Notları sqflite'tan gerçekten silmek yerine çöp kutusuna taşı (deleted_at doldur), çöp kutusundan geri yüklenebilsin ve normal listede görünmesin.", ["update", "deleted_at", "IS NULL"], r"""
class NoteDao {
  NoteDao(this.db);
  final Database db;

  // Tablo: notes(id, text, deleted_at INTEGER NULL)
  Future<List<Map<String, Object?>>> activeNotes() =>
      db.query('notes', where: 'deleted_at IS NULL', orderBy: 'id DESC');

  Future<List<Map<String, Object?>>> trash() =>
      db.query('notes', where: 'deleted_at IS NOT NULL', orderBy: 'deleted_at DESC');

  Future<void> moveToTrash(int id) => db.update(
        'notes',
        {'deleted_at': DateTime.now().millisecondsSinceEpoch},
        where: 'id = ?',
        whereArgs: [id],
      );

  Future<void> restore(int id) =>
      db.update('notes', {'deleted_at': null}, where: 'id = ?', whereArgs: [id]);

  /// 30 günden eski çöpleri kalıcı sil
  Future<int> emptyOldTrash() => db.delete('notes',
      where: 'deleted_at < ?',
      whereArgs: [DateTime.now().subtract(const Duration(days: 30)).millisecondsSinceEpoch]);
}
""")

R(1049, "storage", "kolay", "code", "sqflite'taki ölçümler tablosundan en son eklenen kaydı getir, tablo boşsa null döndür.", ["query", "orderBy", "limit"], r"""
Future<Map<String, Object?>?> latestMeasurement(Database db) async {
  final rows = await db.query(
    'measurements',
    orderBy: 'created_at DESC',
    limit: 1, // Sadece en yeni satır
  );
  return rows.isEmpty ? null : rows.first;
}
""")


if __name__ == "__main__":
    write()
