"""Hand-written Q&A rows for data/drafts-qa/train-c.jsonl (widgets_layout, images_assets, localization,
platform, dart_language). Each row is a literal; ids are numbered per topic from 3000 in file order."""

import json
from collections import defaultdict
from pathlib import Path

ROWS = []


def R(topic, difficulty, kind, question, must_contain, answer):
    ROWS.append(dict(topic=topic, difficulty=difficulty, kind=kind, question=question,
                     must_contain=must_contain, answer=answer.strip("\n")))


W, I, L, P, D = "widgets_layout", "images_assets", "localization", "platform", "dart_language"

# ---------------------------------------------------------------- widgets_layout
R(W, "kolay", "code", "Liste başlığında solda 'Kategoriler' yazısı, en sağda 'Tümünü gör' butonu olsun.", ["Row", "MainAxisAlignment.spaceBetween"], r'''
class SectionHeader extends StatelessWidget {
  const SectionHeader({super.key, required this.title, required this.onSeeAll});

  final String title;
  final VoidCallback onSeeAll;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.symmetric(horizontal: 16),
      child: Row(
        // İlk çocuk en sola, son çocuk en sağa yaslanır
        mainAxisAlignment: MainAxisAlignment.spaceBetween,
        children: [
          Text(title, style: Theme.of(context).textTheme.titleMedium),
          TextButton(onPressed: onSeeAll, child: const Text('Tümünü gör')),
        ],
      ),
    );
  }
}
''')

R(W, "kolay", "code", "Column'daki yazılar ortalanmış görünüyor, hepsini sola yaslamak istiyorum.", ["Column", "CrossAxisAlignment.start"], r'''
class ProfileInfo extends StatelessWidget {
  const ProfileInfo({super.key});

  @override
  Widget build(BuildContext context) {
    return const Column(
      // Column varsayılan olarak çocukları yatayda ortalar; start ile sola yaslanır
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Text('Ayşe Yılmaz', style: TextStyle(fontSize: 20, fontWeight: FontWeight.bold)),
        Text('Mobil geliştirici'),
        Text('İstanbul'),
      ],
    );
  }
}
''')

R(W, "kolay", "code", "Ekranin altindaki butonu Column icinde en alta itmek istiyorum, ustteki icerik yukarida kalsin.", ["Spacer | Expanded"], r'''
class WelcomeBody extends StatelessWidget {
  const WelcomeBody({super.key, required this.onStart});

  final VoidCallback onStart;

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(24),
      child: Column(
        children: [
          const FlutterLogo(size: 96),
          const SizedBox(height: 16),
          const Text('Hoş geldin!', style: TextStyle(fontSize: 24)),
          // Spacer kalan tüm boşluğu kaplar ve butonu en alta iter
          const Spacer(),
          SizedBox(
            width: double.infinity,
            child: FilledButton(onPressed: onStart, child: const Text('Başla')),
          ),
        ],
      ),
    );
  }
}
''')

R(W, "orta", "concept", "Row içine TextField koyunca 'An InputDecorator cannot have an unbounded width' hatası alıyorum, neden?", ["Expanded", "TextField"], r'''
// Row çocuklarına yatayda sınırsız genişlik verir; TextField ise verilen genişliği
// doldurmaya çalışır ve sınırsız genişlikte kendini ölçemez.
// Çözüm: TextField'ı Expanded (veya sabit genişlikli SizedBox) içine almak.
class SearchRow extends StatelessWidget {
  const SearchRow({super.key});

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        const Expanded(
          child: TextField(
            decoration: InputDecoration(hintText: 'Ara...'),
          ),
        ),
        IconButton(icon: const Icon(Icons.search), onPressed: () {}),
      ],
    );
  }
}
''')

R(W, "orta", "concept", "'Incorrect use of ParentDataWidget' hatası Expanded kullanınca çıkıyor, sebebi ne?", ["Expanded", "Row | Column | Flex"], r'''
// Expanded/Flexible sadece Row, Column veya Flex'in DOĞRUDAN çocuğu olabilir.
// Araya Padding, Container gibi bir widget girerse bu hata çıkar.

// Hatalı: Expanded, Padding'in çocuğu
// Row(children: [Padding(padding: EdgeInsets.all(8), child: Expanded(child: Text('a')))])

// Doğru: Padding Expanded'ın içine alınır
class PriceRow extends StatelessWidget {
  const PriceRow({super.key});

  @override
  Widget build(BuildContext context) {
    return const Row(
      children: [
        Expanded(
          child: Padding(
            padding: EdgeInsets.all(8),
            child: Text('Ürün adı çok uzun olabilir'),
          ),
        ),
        Text('₺120'),
      ],
    );
  }
}
''')

R(W, "kolay", "code", "Kullanıcı kartı: solda avatar, sağında alt alta isim ve uzun bir biyografi olsun, yazı taşmasın.", ["Row", "Expanded", "CircleAvatar"], r'''
class UserSummary extends StatelessWidget {
  const UserSummary({super.key, required this.name, required this.bio});

  final String name;
  final String bio;

  @override
  Widget build(BuildContext context) {
    return Row(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        CircleAvatar(radius: 28, child: Text(name[0])),
        const SizedBox(width: 12),
        // Expanded olmadan uzun biyografi Row'u taşırır
        Expanded(
          child: Column(
            crossAxisAlignment: CrossAxisAlignment.start,
            children: [
              Text(name, style: const TextStyle(fontWeight: FontWeight.bold)),
              const SizedBox(height: 4),
              Text(bio),
            ],
          ),
        ),
      ],
    );
  }
}
''')

R(W, "kolay", "code", "Eski fiyatın üstü çizili ve gri, yanında yeni fiyat kırmızı ve kalın görünsün.", ["TextDecoration.lineThrough"], r'''
class DiscountPrice extends StatelessWidget {
  const DiscountPrice({super.key, required this.oldPrice, required this.newPrice});

  final String oldPrice;
  final String newPrice;

  @override
  Widget build(BuildContext context) {
    return Row(
      mainAxisSize: MainAxisSize.min,
      children: [
        Text(
          oldPrice,
          style: const TextStyle(
            color: Colors.grey,
            decoration: TextDecoration.lineThrough, // üstü çizili
          ),
        ),
        const SizedBox(width: 8),
        Text(
          newPrice,
          style: const TextStyle(color: Colors.red, fontWeight: FontWeight.bold, fontSize: 18),
        ),
      ],
    );
  }
}
''')

R(W, "orta", "code", "Kart kenarina gore ust kosesinde kapatma (X) butonu olan bir duyuru karti yap.", ["Stack", "Positioned", "IconButton"], r'''
class AnnouncementCard extends StatelessWidget {
  const AnnouncementCard({super.key, required this.text, required this.onClose});

  final String text;
  final VoidCallback onClose;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Stack(
        children: [
          Padding(
            // Sağda X butonuna yer bırak
            padding: const EdgeInsets.fromLTRB(16, 16, 48, 16),
            child: Text(text),
          ),
          Positioned(
            top: 0,
            right: 0,
            child: IconButton(
              icon: const Icon(Icons.close, size: 20),
              onPressed: onClose,
            ),
          ),
        ],
      ),
    );
  }
}
''')

R(W, "kolay", "code", "Stack'in tüm alanı kaplamasını ve içindeki konumsuz çocukların da tam boy olmasını nasıl sağlarım?", ["Stack", "StackFit.expand"], r'''
class FullScreenBackground extends StatelessWidget {
  const FullScreenBackground({super.key});

  @override
  Widget build(BuildContext context) {
    return Stack(
      // Konumlandırılmamış çocuklar Stack'in tüm alanını kaplar
      fit: StackFit.expand,
      children: [
        const ColoredBox(color: Colors.indigo),
        Align(
          alignment: Alignment.bottomCenter,
          child: Padding(
            padding: const EdgeInsets.all(24),
            child: Text('Alt yazı', style: Theme.of(context).textTheme.headlineSmall),
          ),
        ),
      ],
    );
  }
}
''')

R(W, "orta", "code", "Bir ikonu yerleşimi etkilemeden 10 piksel yukarı kaydırıp 1.5 kat büyük göstermek istiyorum.", ["Transform.translate", "Transform.scale"], r'''
class FloatingStar extends StatelessWidget {
  const FloatingStar({super.key});

  @override
  Widget build(BuildContext context) {
    // Transform sadece çizimi değiştirir; widget yerleşimde eski boyut ve konumunu korur
    return Transform.translate(
      offset: const Offset(0, -10),
      child: Transform.scale(
        scale: 1.5,
        child: const Icon(Icons.star, color: Colors.amber),
      ),
    );
  }
}
''')

R(W, "zor", "code", "Kartı hafif 3 boyutlu, perspektifli şekilde Y ekseninde eğik göster.", ["Transform", "Matrix4", "setEntry"], r'''
class TiltedCard extends StatelessWidget {
  const TiltedCard({super.key, this.angle = 0.3});

  final double angle; // radyan

  @override
  Widget build(BuildContext context) {
    return Transform(
      alignment: Alignment.center,
      // setEntry(3, 2, ...) perspektif ekler; olmadan dönüş düz görünür
      transform: Matrix4.identity()
        ..setEntry(3, 2, 0.001)
        ..rotateY(angle),
      child: Card(
        elevation: 6,
        child: SizedBox(
          width: 220,
          height: 140,
          child: Center(child: Text('3D Kart', style: Theme.of(context).textTheme.titleLarge)),
        ),
      ),
    );
  }
}
''')

R(W, "kolay", "code", "SSS ekranında üst üste duran birkaç kartın arasına ince, soldan girintili ayraç çizgisi koy.", ["Divider", "indent"], r'''
class SettingsGroup extends StatelessWidget {
  const SettingsGroup({super.key});

  @override
  Widget build(BuildContext context) {
    return const Column(
      children: [
        ListTile(leading: Icon(Icons.person), title: Text('Hesap')),
        // indent: ikonun hizasından sonra başlasın diye soldan boşluk
        Divider(height: 1, thickness: 0.5, indent: 72),
        ListTile(leading: Icon(Icons.lock), title: Text('Gizlilik')),
        Divider(height: 1, thickness: 0.5, indent: 72),
        ListTile(leading: Icon(Icons.notifications), title: Text('Bildirimler')),
      ],
    );
  }
}
''')

R(W, "kolay", "code", "Silme ikonuna uzun basınca 'Sil' açıklaması görünsün.", ["Tooltip | tooltip"], r'''
class DeleteButton extends StatelessWidget {
  const DeleteButton({super.key, required this.onDelete});

  final VoidCallback onDelete;

  @override
  Widget build(BuildContext context) {
    // IconButton'ın tooltip parametresi uzun basınca (webde üzerine gelince) ipucu gösterir.
    // Herhangi bir widget için Tooltip(message: ..., child: ...) da kullanılabilir.
    return IconButton(
      icon: const Icon(Icons.delete_outline),
      tooltip: 'Sil',
      onPressed: onDelete,
    );
  }
}
''')

R(W, "kolay", "code", "Silinebilir etiketler yap: her etiketin yanında çarpı olsun, basınca listeden çıksın.", ["Chip", "onDeleted"], r'''
class TagList extends StatefulWidget {
  const TagList({super.key});

  @override
  State<TagList> createState() => _TagListState();
}

class _TagListState extends State<TagList> {
  final _tags = ['flutter', 'dart', 'mobil', 'ui'];

  @override
  Widget build(BuildContext context) {
    return Wrap(
      spacing: 8,
      children: [
        for (final tag in _tags)
          Chip(
            label: Text(tag),
            // onDeleted verilince chip'in sonunda silme ikonu çıkar
            onDeleted: () => setState(() => _tags.remove(tag)),
          ),
      ],
    );
  }
}
''')

R(W, "orta", "code", "Kullanıcıları listeleyen, sütun başlığına tıklayınca yaşa göre sıralanan bir tablo (DataTable) yap.", ["DataTable", "DataColumn", "sortColumnIndex"], r'''
class UserTable extends StatefulWidget {
  const UserTable({super.key});

  @override
  State<UserTable> createState() => _UserTableState();
}

class _UserTableState extends State<UserTable> {
  final _users = [('Ali', 31), ('Zeynep', 24), ('Mehmet', 45)];
  bool _ascending = true;

  @override
  Widget build(BuildContext context) {
    return DataTable(
      sortColumnIndex: 1,
      sortAscending: _ascending,
      columns: [
        const DataColumn(label: Text('İsim')),
        DataColumn(
          label: const Text('Yaş'),
          numeric: true,
          onSort: (_, ascending) => setState(() {
            _ascending = ascending;
            _users.sort((a, b) => ascending ? a.$2.compareTo(b.$2) : b.$2.compareTo(a.$2));
          }),
        ),
      ],
      rows: [
        for (final (name, age) in _users)
          DataRow(cells: [DataCell(Text(name)), DataCell(Text('$age'))]),
      ],
    );
  }
}
''')

R(W, "orta", "code", "Ekrana sığmayan geniş bir tabloyu hem yatay hem dikey kaydırılabilir yap.", ["SingleChildScrollView", "Axis.horizontal"], r'''
class WideTable extends StatelessWidget {
  const WideTable({super.key, required this.table});

  final Widget table; // ör. çok sütunlu bir DataTable

  @override
  Widget build(BuildContext context) {
    // Dıştaki dikey, içteki yatay kaydırma sağlar
    return SingleChildScrollView(
      child: SingleChildScrollView(
        scrollDirection: Axis.horizontal,
        child: table,
      ),
    );
  }
}
''')

R(W, "kolay", "code", "Kart listesinde yeni eklenen ürünlerin sağ üst köşesinde çapraz 'YENİ' şeridi çıksın.", ["Banner", "BannerLocation.topEnd"], r'''
class NewProductCard extends StatelessWidget {
  const NewProductCard({super.key, required this.title, this.isNew = false});

  final String title;
  final bool isNew;

  @override
  Widget build(BuildContext context) {
    final card = Card(
      child: SizedBox(height: 120, child: Center(child: Text(title))),
    );
    if (!isNew) return card;
    // Banner köşeye çapraz bir şerit çizer (debug şeridi gibi)
    return ClipRect(
      child: Banner(
        message: 'YENİ',
        location: BannerLocation.topEnd,
        color: Colors.red,
        child: card,
      ),
    );
  }
}
''')

R(W, "kolay", "code", "Sayfanin en altina sabit duran 'Iptal' ve 'Kaydet' butonlarini Scaffold'un kendi alaniyla koy.", ["persistentFooterButtons"], r'''
class EditNotePage extends StatelessWidget {
  const EditNotePage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Notu düzenle')),
      body: const Padding(
        padding: EdgeInsets.all(16),
        child: TextField(maxLines: null, decoration: InputDecoration(hintText: 'Not...')),
      ),
      // Gövdenin altında, ayırıcı çizgiyle sabit duran buton satırı
      persistentFooterButtons: [
        TextButton(onPressed: () => Navigator.pop(context), child: const Text('İptal')),
        FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('Kaydet')),
      ],
    );
  }
}
''')

R(W, "orta", "code", "Alt alta duran farklı uzunluktaki butonların hepsi en geniş olanın genişliğinde olsun ama ekranı kaplamasın.", ["IntrinsicWidth", "CrossAxisAlignment.stretch"], r'''
class MenuButtons extends StatelessWidget {
  const MenuButtons({super.key});

  @override
  Widget build(BuildContext context) {
    // IntrinsicWidth, Column'u en geniş çocuğun genişliğine ayarlar;
    // stretch ile diğer butonlar da o genişliğe uzar
    return IntrinsicWidth(
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          OutlinedButton(onPressed: () {}, child: const Text('Yeni oyun')),
          OutlinedButton(onPressed: () {}, child: const Text('Devam et')),
          OutlinedButton(onPressed: () {}, child: const Text('Ayarlar ve tercihler')),
        ],
      ),
    );
  }
}
''')

R(W, "orta", "code", "ListView'in ustunde istemedigim fazladan bosluk var (status bar kadar), bu otomatik padding'i kaldir.", ["MediaQuery.removePadding", "removeTop"], r'''
class DrawerList extends StatelessWidget {
  const DrawerList({super.key});

  @override
  Widget build(BuildContext context) {
    // ListView, MediaQuery'deki üst padding'i (status bar) otomatik ekler.
    // removePadding ile bu alt ağaç için sıfırlanır.
    return MediaQuery.removePadding(
      context: context,
      removeTop: true,
      child: ListView(
        children: const [
          ListTile(title: Text('Ana sayfa')),
          ListTile(title: Text('Profil')),
        ],
      ),
    );
  }
}
''')

R(W, "kolay", "code", "Ekranda iki ayrı FloatingActionButton'ı sağ altta üst üste göster.", ["FloatingActionButton", "heroTag"], r'''
class TwoFabScaffold extends StatelessWidget {
  const TwoFabScaffold({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: const Center(child: Text('Harita')),
      floatingActionButton: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          // Aynı sayfada iki FAB varsa heroTag farklı olmalı
          FloatingActionButton.small(
            heroTag: 'konum',
            onPressed: () {},
            child: const Icon(Icons.my_location),
          ),
          const SizedBox(height: 12),
          FloatingActionButton(
            heroTag: 'ekle',
            onPressed: () {},
            child: const Icon(Icons.add),
          ),
        ],
      ),
    );
  }
}
''')

R(W, "kolay", "code", "İkonu ve 'Yeni gönderi' yazısı olan geniş, hap şeklinde bir FAB yap.", ["FloatingActionButton.extended", "label"], r'''
class FeedScaffold extends StatelessWidget {
  const FeedScaffold({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: const Center(child: Text('Akış')),
      floatingActionButton: FloatingActionButton.extended(
        onPressed: () {},
        icon: const Icon(Icons.edit),
        label: const Text('Yeni gönderi'),
      ),
    );
  }
}
''')

R(W, "orta", "concept", "Column'a Center koydum ama içerik dikeyde ortalanmıyor, neden?", ["MainAxisAlignment.center"], r'''
// Column'un içine konan Center sadece kendi aldığı alanda ortalar; Column ise
// çocuklarını dikeyde üstten başlayarak dizer. Dikey ortalama Column'un işidir:
class EmptyState extends StatelessWidget {
  const EmptyState({super.key});

  @override
  Widget build(BuildContext context) {
    return const Center(
      child: Column(
        // Ana eksende (dikey) ortala
        mainAxisAlignment: MainAxisAlignment.center,
        children: [
          Icon(Icons.inbox, size: 64, color: Colors.grey),
          SizedBox(height: 8),
          Text('Henüz bir şey yok'),
        ],
      ),
    );
  }
}
''')

R(W, "orta", "code", "Dar ekranda butonlar sığmazsa alt alta dizilsin, sığıyorsa yan yana sağa dayalı dursun.", ["OverflowBar", "overflowSpacing"], r'''
class DialogActions extends StatelessWidget {
  const DialogActions({super.key});

  @override
  Widget build(BuildContext context) {
    // OverflowBar çocuklar yatayda sığarsa yan yana, sığmazsa dikey dizer
    return OverflowBar(
      alignment: MainAxisAlignment.end,
      spacing: 8,
      // Alt alta dizildiğinde butonlar arası dikey boşluk
      overflowSpacing: 8,
      children: [
        TextButton(onPressed: () {}, child: const Text('Daha sonra hatırlat')),
        OutlinedButton(onPressed: () {}, child: const Text('Vazgeç')),
        FilledButton(onPressed: () {}, child: const Text('Şimdi güncelle')),
      ],
    );
  }
}
''')

R(W, "orta", "code", "Kaydet butonuna basınca buton içinde küçük bir yükleniyor çarkı dönsün, işlem bitene kadar buton pasif olsun.", ["CircularProgressIndicator", "SizedBox", "onPressed"], r'''
class SaveButton extends StatefulWidget {
  const SaveButton({super.key, required this.onSave});

  final Future<void> Function() onSave;

  @override
  State<SaveButton> createState() => _SaveButtonState();
}

class _SaveButtonState extends State<SaveButton> {
  bool _loading = false;

  Future<void> _handle() async {
    setState(() => _loading = true);
    try {
      await widget.onSave();
    } finally {
      if (mounted) setState(() => _loading = false);
    }
  }

  @override
  Widget build(BuildContext context) {
    return FilledButton(
      // onPressed null iken buton pasif görünür
      onPressed: _loading ? null : _handle,
      child: _loading
          ? const SizedBox(
              width: 20,
              height: 20,
              child: CircularProgressIndicator(strokeWidth: 2),
            )
          : const Text('Kaydet'),
    );
  }
}
''')

R(W, "orta", "concept", "Container'a borderRadius verdim ama içindeki resim köşelerden taşıyor; clipBehavior ne işe yarar?", ["clipBehavior", "Clip.antiAlias"], r'''
// decoration.borderRadius sadece arka planı/kenarlığı yuvarlatır, çocuğu kırpmaz.
// clipBehavior verilirse Container çocuğunu da decoration şekline göre kırpar
// (ClipRRect sarmalamaya eşdeğer).
class RoundedPhotoBox extends StatelessWidget {
  const RoundedPhotoBox({super.key, required this.url});

  final String url;

  @override
  Widget build(BuildContext context) {
    return Container(
      width: 200,
      height: 120,
      clipBehavior: Clip.antiAlias, // kırpma açık
      decoration: BoxDecoration(
        color: Colors.grey.shade200,
        borderRadius: BorderRadius.circular(16),
      ),
      child: Image.network(url, fit: BoxFit.cover),
    );
  }
}
''')

R(W, "kolay", "code", "Tasarım henüz hazır olmayan alanlar için ekranda geçici yer tutucu kutular göster.", ["Placeholder"], r'''
class DraftLayout extends StatelessWidget {
  const DraftLayout({super.key});

  @override
  Widget build(BuildContext context) {
    return const Column(
      children: [
        // Placeholder çapraz çizgili bir kutu çizer; taslak yerleşim için idealdir
        SizedBox(height: 180, child: Placeholder()),
        SizedBox(height: 16),
        Row(
          children: [
            Expanded(child: Placeholder(fallbackHeight: 100)),
            SizedBox(width: 16),
            Expanded(child: Placeholder(fallbackHeight: 100, color: Colors.teal)),
          ],
        ),
      ],
    );
  }
}
''')

R(W, "kolay", "code", "Bir kosul saglanmadiginda hicbir sey gostermeyen, yer de kaplamayan bos widget nasil dondurulur?", ["SizedBox.shrink"], r'''
class DiscountLabel extends StatelessWidget {
  const DiscountLabel({super.key, required this.percent});

  final int percent;

  @override
  Widget build(BuildContext context) {
    // İndirim yoksa 0x0 boyutlu boş bir kutu döndür
    if (percent <= 0) return const SizedBox.shrink();
    return Container(
      padding: const EdgeInsets.symmetric(horizontal: 6, vertical: 2),
      color: Colors.red,
      child: Text('%$percent', style: const TextStyle(color: Colors.white)),
    );
  }
}
''')

R(W, "orta", "code", "Renkli bir Container'ı InkWell ile sardım ama tıklama dalgası görünmüyor, rengi Ink ile ver.", ["Ink", "InkWell"], r'''
class ColorTile extends StatelessWidget {
  const ColorTile({super.key, required this.onTap});

  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    // Container'ın rengi dalganın üstünü örter. Ink, rengi Material katmanına çizer,
    // böylece InkWell'in dalgası rengin üstünde görünür.
    return Material(
      type: MaterialType.transparency,
      child: Ink(
        decoration: BoxDecoration(
          color: Colors.deepPurple,
          borderRadius: BorderRadius.circular(12),
        ),
        child: InkWell(
          borderRadius: BorderRadius.circular(12),
          onTap: onTap,
          child: const SizedBox(
            height: 80,
            child: Center(child: Text('Dokun', style: TextStyle(color: Colors.white))),
          ),
        ),
      ),
    );
  }
}
''')

R(W, "kolay", "code", "Arka plani ortadan disa dogru acilan dairesel renk gecisli bir kutu yap.", ["RadialGradient"], r'''
class GlowBox extends StatelessWidget {
  const GlowBox({super.key});

  @override
  Widget build(BuildContext context) {
    return Container(
      width: 240,
      height: 240,
      decoration: const BoxDecoration(
        // Merkezden dışa doğru renk geçişi
        gradient: RadialGradient(
          center: Alignment.center,
          radius: 0.8,
          colors: [Colors.yellow, Colors.orange, Colors.deepOrange],
          stops: [0.0, 0.5, 1.0],
        ),
      ),
    );
  }
}
''')

R(W, "kolay", "code", "Etrafı 2 piksel mavi kenarlıklı, köşeleri yuvarlak bir seçim kutusu göster.", ["Border.all", "borderRadius"], r'''
class SelectedBox extends StatelessWidget {
  const SelectedBox({super.key, required this.child, this.selected = false});

  final Widget child;
  final bool selected;

  @override
  Widget build(BuildContext context) {
    return Container(
      padding: const EdgeInsets.all(12),
      decoration: BoxDecoration(
        border: Border.all(
          color: selected ? Colors.blue : Colors.grey.shade300,
          width: 2,
        ),
        borderRadius: BorderRadius.circular(12),
      ),
      child: child,
    );
  }
}
''')

R(W, "kolay", "code", "Hap (kapsul) seklinde, yuksekligi kadar yuvarlak uclu bir durum etiketi yap.", ["StadiumBorder"], r'''
class StatusPill extends StatelessWidget {
  const StatusPill({super.key, required this.text, this.color = Colors.green});

  final String text;
  final Color color;

  @override
  Widget build(BuildContext context) {
    return DecoratedBox(
      // StadiumBorder: kısa kenarları tam yarım daire olan şekil
      decoration: ShapeDecoration(color: color, shape: const StadiumBorder()),
      child: Padding(
        padding: const EdgeInsets.symmetric(horizontal: 12, vertical: 4),
        child: Text(text, style: const TextStyle(color: Colors.white)),
      ),
    );
  }
}
''')

R(W, "orta", "code", "Kenar köşeleri yuvarlak değil de pahlı (kesik) görünen bir kart şekli ver.", ["BeveledRectangleBorder"], r'''
class TicketCard extends StatelessWidget {
  const TicketCard({super.key});

  @override
  Widget build(BuildContext context) {
    return Card(
      // Köşeler 12 piksel çapraz kesilir
      shape: const BeveledRectangleBorder(
        borderRadius: BorderRadius.all(Radius.circular(12)),
      ),
      color: Colors.amber.shade100,
      child: const Padding(
        padding: EdgeInsets.all(20),
        child: Text('Bilet #2048'),
      ),
    );
  }
}
''')

R(W, "kolay", "code", "Material 3'teki dolu ve çerçeveli kart çeşitlerini yan yana göster.", ["Card.filled", "Card.outlined"], r'''
class CardVariants extends StatelessWidget {
  const CardVariants({super.key});

  @override
  Widget build(BuildContext context) {
    const content = Padding(padding: EdgeInsets.all(16), child: Text('İçerik'));
    return const Row(
      children: [
        Expanded(child: Card(child: content)), // elevated (varsayılan)
        Expanded(child: Card.filled(child: content)), // dolu arka plan, gölgesiz
        Expanded(child: Card.outlined(child: content)), // ince çerçeve
      ],
    );
  }
}
''')

R(W, "kolay", "concept", "FilledButton, ElevatedButton, OutlinedButton ve TextButton arasındaki fark nedir, hangisini ne zaman kullanayım?", ["FilledButton", "ElevatedButton", "OutlinedButton", "TextButton"], r'''
class ButtonHierarchy extends StatelessWidget {
  const ButtonHierarchy({super.key});

  @override
  Widget build(BuildContext context) {
    return Wrap(
      spacing: 8,
      children: [
        // En vurgulu: sayfadaki ana eylem (Kaydet, Satın al)
        FilledButton(onPressed: () {}, child: const Text('Kaydet')),
        // Dolu ama daha yumuşak ikincil vurgu
        FilledButton.tonal(onPressed: () {}, child: const Text('Taslak')),
        // Gölgeli; arka planı desenli/renkli yüzeylerden ayrışmalı durumlar
        ElevatedButton(onPressed: () {}, child: const Text('Paylaş')),
        // Orta vurgu: ikincil eylemler
        OutlinedButton(onPressed: () {}, child: const Text('Önizle')),
        // En az vurgu: diyalog butonları, satır içi linkler
        TextButton(onPressed: () {}, child: const Text('Vazgeç')),
      ],
    );
  }
}
''')

R(W, "orta", "code", "Kaydet ikonuna basınca ikon dolu hale gelsin, tekrar basınca boş olsun; Material 3 seçili ikon özelliğiyle yap.", ["isSelected", "selectedIcon"], r'''
class BookmarkButton extends StatefulWidget {
  const BookmarkButton({super.key});

  @override
  State<BookmarkButton> createState() => _BookmarkButtonState();
}

class _BookmarkButtonState extends State<BookmarkButton> {
  bool _saved = false;

  @override
  Widget build(BuildContext context) {
    return IconButton(
      isSelected: _saved,
      icon: const Icon(Icons.bookmark_border),
      // isSelected true iken bu ikon gösterilir
      selectedIcon: const Icon(Icons.bookmark),
      onPressed: () => setState(() => _saved = !_saved),
    );
  }
}
''')

R(W, "orta", "code", "AppBar'daki kendi butonumdan sağdaki yan menüyü (endDrawer) aç.", ["endDrawer", "openEndDrawer", "GlobalKey<ScaffoldState>"], r'''
class FilterPage extends StatefulWidget {
  const FilterPage({super.key});

  @override
  State<FilterPage> createState() => _FilterPageState();
}

class _FilterPageState extends State<FilterPage> {
  final _scaffoldKey = GlobalKey<ScaffoldState>();

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      key: _scaffoldKey,
      appBar: AppBar(
        title: const Text('Ürünler'),
        actions: [
          IconButton(
            icon: const Icon(Icons.filter_list),
            // Key ile Scaffold'un state'ine erişip sağ menüyü açıyoruz
            onPressed: () => _scaffoldKey.currentState?.openEndDrawer(),
          ),
        ],
      ),
      endDrawer: const Drawer(child: Center(child: Text('Filtreler'))),
      body: const Center(child: Text('Liste')),
    );
  }
}
''')

R(W, "kolay", "code", "Çok sayıda sekme var ve sığmıyor; sekme çubuğu yatay kaydırılabilir olsun.", ["TabBar", "isScrollable"], r'''
class CategoryTabs extends StatelessWidget {
  const CategoryTabs({super.key});

  static const _categories = ['Tümü', 'Elektronik', 'Giyim', 'Ev & Yaşam', 'Kitap', 'Spor', 'Oyuncak'];

  @override
  Widget build(BuildContext context) {
    return DefaultTabController(
      length: _categories.length,
      child: Scaffold(
        appBar: AppBar(
          title: const Text('Mağaza'),
          bottom: TabBar(
            // Sekmeler kendi genişliğinde olur ve yatay kayar
            isScrollable: true,
            tabAlignment: TabAlignment.start,
            tabs: [for (final c in _categories) Tab(text: c)],
          ),
        ),
        body: TabBarView(
          children: [for (final c in _categories) Center(child: Text(c))],
        ),
      ),
    );
  }
}
''')

R(W, "orta", "code", "AppBar'ın hemen altına tam genişlikte bir arama kutusu yerleştir.", ["PreferredSize", "bottom"], r'''
class SearchScaffold extends StatelessWidget {
  const SearchScaffold({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Kişiler'),
        // bottom bir PreferredSizeWidget ister; PreferredSize ile yükseklik veriyoruz
        bottom: const PreferredSize(
          preferredSize: Size.fromHeight(64),
          child: Padding(
            padding: EdgeInsets.fromLTRB(16, 0, 16, 12),
            child: SearchBar(
              hintText: 'Kişi ara',
              leading: Icon(Icons.search),
            ),
          ),
        ),
      ),
      body: const SizedBox.shrink(),
    );
  }
}
''')

R(W, "zor", "code", "Kutuları sürükleyip bir sepet alanına bırakınca sepete eklensin (sürükle bırak).", ["Draggable", "DragTarget", "onAcceptWithDetails"], r'''
class DragToBasket extends StatefulWidget {
  const DragToBasket({super.key});

  @override
  State<DragToBasket> createState() => _DragToBasketState();
}

class _DragToBasketState extends State<DragToBasket> {
  final _basket = <String>[];

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Wrap(
          spacing: 8,
          children: [
            for (final fruit in ['Elma', 'Armut', 'Muz'])
              Draggable<String>(
                data: fruit,
                feedback: Material(child: Chip(label: Text(fruit))),
                childWhenDragging: Opacity(opacity: 0.3, child: Chip(label: Text(fruit))),
                child: Chip(label: Text(fruit)),
              ),
          ],
        ),
        const SizedBox(height: 24),
        DragTarget<String>(
          onAcceptWithDetails: (details) => setState(() => _basket.add(details.data)),
          builder: (context, candidates, rejected) => Container(
            height: 120,
            width: double.infinity,
            // Üzerinde sürüklenen öğe varken vurgula
            color: candidates.isEmpty ? Colors.grey.shade200 : Colors.green.shade100,
            alignment: Alignment.center,
            child: Text('Sepet: ${_basket.join(', ')}'),
          ),
        ),
      ],
    );
  }
}
''')

R(W, "orta", "code", "Fotoğrafa çift dokununca ortada büyük bir kalp belirip kaybolsun ve gönderi beğenilsin.", ["GestureDetector", "onDoubleTap"], r'''
class LikeablePhoto extends StatefulWidget {
  const LikeablePhoto({super.key, required this.url});

  final String url;

  @override
  State<LikeablePhoto> createState() => _LikeablePhotoState();
}

class _LikeablePhotoState extends State<LikeablePhoto> {
  bool _liked = false;
  bool _showHeart = false;

  Future<void> _onDoubleTap() async {
    setState(() {
      _liked = true;
      _showHeart = true;
    });
    await Future.delayed(const Duration(milliseconds: 700));
    if (mounted) setState(() => _showHeart = false);
  }

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onDoubleTap: _onDoubleTap,
      child: Stack(
        alignment: Alignment.center,
        children: [
          Image.network(widget.url, fit: BoxFit.cover),
          AnimatedOpacity(
            opacity: _showHeart ? 1 : 0,
            duration: const Duration(milliseconds: 200),
            child: const Icon(Icons.favorite, color: Colors.white, size: 96),
          ),
          if (_liked)
            const Positioned(right: 8, bottom: 8, child: Icon(Icons.favorite, color: Colors.red)),
        ],
      ),
    );
  }
}
''')

R(W, "orta", "concept", "GestureDetector ile InkWell arasındaki fark nedir, hangisini kullanmalıyım?", ["GestureDetector", "InkWell"], r'''
// GestureDetector: görsel geri bildirim vermez; her türlü hareketi (sürükleme,
// ölçekleme, uzun basma, çift dokunma) yakalar. Material atası gerekmez.
// InkWell: Material dalga (ripple) efekti çizer; dokunma/uzun basma/hover içindir.
// Bir Material ata ister ve efekti o Material'ın üzerine çizer.
class GestureExamples extends StatelessWidget {
  const GestureExamples({super.key});

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        GestureDetector(
          onPanUpdate: (details) => debugPrint('Sürükleniyor: ${details.delta}'),
          child: Container(width: 100, height: 100, color: Colors.blue),
        ),
        Material(
          child: InkWell(
            onTap: () => debugPrint('Tıklandı'),
            child: const Padding(padding: EdgeInsets.all(16), child: Text('Dalgalı buton')),
          ),
        ),
      ],
    );
  }
}
''')

R(W, "kolay", "code", "Sayfa kaydırma yerine ekrana sığan bir Column'da üç bölümü 1:2:1 yükseklik oranında paylaştır.", ["Expanded", "flex", "Column"], r'''
class ThreePanels extends StatelessWidget {
  const ThreePanels({super.key});

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Expanded(flex: 1, child: Container(color: Colors.red.shade100)),
        // Ortadaki bölüm diğerlerinin iki katı yükseklikte
        Expanded(flex: 2, child: Container(color: Colors.green.shade100)),
        Expanded(flex: 1, child: Container(color: Colors.blue.shade100)),
      ],
    );
  }
}
''')

R(W, "orta", "code", "Ekran genişse öğeler yan yana, darsa alt alta dizilsin; Row ve Column'u ayrı ayrı yazmadan tek widget ile yap.", ["Flex", "direction"], r'''
class AdaptiveStats extends StatelessWidget {
  const AdaptiveStats({super.key});

  @override
  Widget build(BuildContext context) {
    final wide = MediaQuery.sizeOf(context).width > 600;
    // Flex, Row ve Column'un ortak atasıdır; yönü parametreyle seçilir
    return Flex(
      direction: wide ? Axis.horizontal : Axis.vertical,
      mainAxisAlignment: MainAxisAlignment.spaceEvenly,
      children: const [
        Text('Takipçi 1.2B'),
        Text('Takip 310'),
        Text('Gönderi 84'),
      ],
    );
  }
}
''')

R(W, "kolay", "code", "Bir ikonla yan yana duran yazıyı ikonun üst hizasıyla hizala, yazı çok satırlı olabilir.", ["CrossAxisAlignment.start", "Row"], r'''
class BulletPoint extends StatelessWidget {
  const BulletPoint({super.key, required this.text});

  final String text;

  @override
  Widget build(BuildContext context) {
    return Row(
      // Varsayılan center olduğu için ikon çok satırlı yazının ortasında kalır
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        const Padding(
          padding: EdgeInsets.only(top: 2),
          child: Icon(Icons.check_circle, size: 18, color: Colors.green),
        ),
        const SizedBox(width: 8),
        Expanded(child: Text(text)),
      ],
    );
  }
}
''')

R(W, "kolay", "code", "Tek satırlık uzun bir dosya adı sığmazsa sonu silikleşerek (fade) kaybolsun.", ["TextOverflow.fade", "softWrap"], r'''
class FileNameLabel extends StatelessWidget {
  const FileNameLabel({super.key, required this.name});

  final String name;

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      width: 160,
      child: Text(
        name,
        maxLines: 1,
        softWrap: false, // alt satıra geçme
        overflow: TextOverflow.fade, // taşan kısım şeffaflaşarak kaybolsun
      ),
    );
  }
}
''')

R(W, "orta", "code", "Klavye açılınca arka plan resmi sıkışıp küçülüyor, Scaffold'un yeniden boyutlanmasını kapat.", ["resizeToAvoidBottomInset"], r'''
class LoginBackgroundPage extends StatelessWidget {
  const LoginBackgroundPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      // Klavye açıldığında body yeniden boyutlanmasın
      resizeToAvoidBottomInset: false,
      body: Stack(
        fit: StackFit.expand,
        children: [
          Image.asset('assets/images/login_bg.jpg', fit: BoxFit.cover),
          // Form alanını klavyenin üstünde tutmak için kendi padding'imizi veriyoruz
          Padding(
            padding: EdgeInsets.only(bottom: MediaQuery.viewInsetsOf(context).bottom),
            child: const Center(child: Card(child: Padding(padding: EdgeInsets.all(16), child: TextField()))),
          ),
        ],
      ),
    );
  }
}
''')

R(W, "orta", "code", "Kutu 200x200 olsun ama ebeveyn ne derse desin bu boyutu zorla (sıkı kısıt) ver.", ["ConstrainedBox", "BoxConstraints.tightFor"], r'''
class FixedSquare extends StatelessWidget {
  const FixedSquare({super.key, required this.child});

  final Widget child;

  @override
  Widget build(BuildContext context) {
    // Ebeveyn sıkı kısıt veriyorsa (ör. SizedBox.expand) bu bile ezilir; o durumda
    // araya Center/Align koyarak gevşek kısıt sağlanmalı.
    return Center(
      child: ConstrainedBox(
        constraints: const BoxConstraints.tightFor(width: 200, height: 200),
        child: child,
      ),
    );
  }
}
''')

R(W, "zor", "concept", "Genişliği ebeveyninden büyük olan bir çocuğu taşırarak göstermek istiyorum; OverflowBox ve UnconstrainedBox farkı ne?", ["OverflowBox", "UnconstrainedBox"], r'''
// OverflowBox: çocuğa kendi verdiğin kısıtları (maxWidth vb.) uygular, kendisi ise
// ebeveynin boyutunu alır; çocuk taşarsa taşma sessizce dışarı çizilir.
// UnconstrainedBox: çocuğu hiç kısıtlamaz, kendini çocuğun boyutuna ayarlamaya
// çalışır; sığmazsa debug modda sarı-siyah taşma uyarısı çizer.
class OverflowDemo extends StatelessWidget {
  const OverflowDemo({super.key});

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        SizedBox(
          width: 100,
          height: 50,
          child: OverflowBox(
            maxWidth: 200, // çocuk 200'e kadar genişleyebilir
            child: Container(width: 200, color: Colors.orange),
          ),
        ),
        const SizedBox(height: 20),
        SizedBox(
          width: 100,
          child: UnconstrainedBox(
            clipBehavior: Clip.hardEdge, // taşmayı kırp
            child: Container(width: 150, height: 50, color: Colors.blue),
          ),
        ),
      ],
    );
  }
}
''')

R(W, "orta", "code", "Yatay ListView içinde her kart en fazla 200 yüksekliğinde olsun ama dışarıdan sınır gelirse ona uysun.", ["LimitedBox", "maxHeight"], r'''
class StoryCard extends StatelessWidget {
  const StoryCard({super.key, required this.title});

  final String title;

  @override
  Widget build(BuildContext context) {
    // LimitedBox sınır sadece ebeveyn SINIRSIZ kısıt verdiğinde (ör. liste içinde) devreye girer
    return LimitedBox(
      maxHeight: 200,
      maxWidth: 140,
      child: Card(
        child: Center(child: Text(title)),
      ),
    );
  }
}
''')

R(W, "kolay", "code", "Ekranı iki eşit yarıya böl: üst yarı harita, alt yarı liste olsun.", ["Expanded", "Column"], r'''
class SplitMapList extends StatelessWidget {
  const SplitMapList({super.key});

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        // Flex değeri verilmezse ikisi de 1 alır: alan eşit bölünür
        Expanded(child: Container(color: Colors.green.shade200, child: const Center(child: Text('Harita')))),
        Expanded(
          child: ListView.builder(
            itemCount: 20,
            itemBuilder: (context, i) => ListTile(title: Text('Mekan ${i + 1}')),
          ),
        ),
      ],
    );
  }
}
''')

R(W, "kolay", "code", "iOS görünümlü bir sayfa yap: üstte Cupertino navigasyon çubuğu, sağında 'Düzenle' butonu olsun.", ["CupertinoPageScaffold", "CupertinoNavigationBar"], r'''
class IosNotesPage extends StatelessWidget {
  const IosNotesPage({super.key});

  @override
  Widget build(BuildContext context) {
    return CupertinoPageScaffold(
      navigationBar: CupertinoNavigationBar(
        middle: const Text('Notlar'),
        trailing: CupertinoButton(
          padding: EdgeInsets.zero,
          onPressed: () {},
          child: const Text('Düzenle'),
        ),
      ),
      child: const SafeArea(child: Center(child: Text('Not yok'))),
    );
  }
}
''')

R(W, "orta", "code", "Ekran okuyucu bir kartı tek bir öğe olarak 'Ürün: Kulaklık, fiyat 500 lira' diye okusun, içindeki parçaları ayrı ayrı okumasın.", ["Semantics", "label"], r'''
class AccessibleProductCard extends StatelessWidget {
  const AccessibleProductCard({super.key, required this.name, required this.price});

  final String name;
  final int price;

  @override
  Widget build(BuildContext context) {
    return Semantics(
      label: 'Ürün: $name, fiyat $price lira',
      button: true,
      // Alt ağaçtaki Text'lerin kendi etiketlerini yok say
      excludeSemantics: true,
      child: Card(
        child: ListTile(
          leading: const Icon(Icons.headphones),
          title: Text(name),
          trailing: Text('₺$price'),
        ),
      ),
    );
  }
}
''')

R(W, "kolay", "code", "Bir widget'ı ebeveynin içinde yatayda ortalayıp dikeyde en alta koy.", ["Align", "Alignment.bottomCenter"], r'''
class BottomHint extends StatelessWidget {
  const BottomHint({super.key});

  @override
  Widget build(BuildContext context) {
    return const SizedBox(
      height: 300,
      child: Align(
        alignment: Alignment.bottomCenter,
        child: Padding(
          padding: EdgeInsets.only(bottom: 24),
          child: Text('Devam etmek için yukarı kaydır'),
        ),
      ),
    );
  }
}
''')

R(W, "orta", "code", "Kart başlığındaki yazı ile yanındaki menü ikonu arasında; yazı uzunsa kısalsın ama kısa ise ikon yazının hemen yanında dursun.", ["Flexible", "TextOverflow.ellipsis"], r'''
class TitleWithMenu extends StatelessWidget {
  const TitleWithMenu({super.key, required this.title});

  final String title;

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        // Flexible (loose): yazı kısa ise kendi genişliğinde kalır, ikon hemen yanında durur.
        // Expanded olsaydı ikon her zaman en sağa itilirdi.
        Flexible(
          child: Text(title, maxLines: 1, overflow: TextOverflow.ellipsis),
        ),
        const Icon(Icons.expand_more),
      ],
    );
  }
}
''')

R(W, "zor", "code", "CustomPainter ile verilen değer listesini çizgi grafik olarak çiz, noktaları da daire ile işaretle.", ["CustomPainter", "Path", "drawCircle"], r'''
class LineChartPainter extends CustomPainter {
  LineChartPainter(this.values);

  final List<double> values;

  @override
  void paint(Canvas canvas, Size size) {
    if (values.length < 2) return;
    final maxV = values.reduce((a, b) => a > b ? a : b);
    final dx = size.width / (values.length - 1);
    final points = [
      for (var i = 0; i < values.length; i++)
        Offset(i * dx, size.height - (values[i] / maxV) * size.height),
    ];
    final path = Path()..moveTo(points.first.dx, points.first.dy);
    for (final p in points.skip(1)) {
      path.lineTo(p.dx, p.dy);
    }
    final line = Paint()
      ..color = Colors.blue
      ..strokeWidth = 2
      ..style = PaintingStyle.stroke;
    canvas.drawPath(path, line);
    final dot = Paint()..color = Colors.blue;
    for (final p in points) {
      canvas.drawCircle(p, 4, dot);
    }
  }

  @override
  bool shouldRepaint(LineChartPainter oldDelegate) => oldDelegate.values != values;
}

// Kullanım:
// CustomPaint(size: const Size(300, 150), painter: LineChartPainter([3, 7, 4, 9, 6]))
''')

R(W, "kolay", "code", "Stack içinde bir yazıyı kutunun ortasından biraz sağa-aşağı (%20) kaydırarak konumlandır, konumu boyutla oranlı olsun.", ["FractionalTranslation | Alignment(", "Stack"], r'''
class OffsetLabel extends StatelessWidget {
  const OffsetLabel({super.key});

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      width: 300,
      height: 200,
      child: Stack(
        children: [
          Container(color: Colors.blueGrey.shade100),
          // Alignment(x, y): -1..1 arası; (0.2, 0.2) ortanın biraz sağ-altı
          const Align(
            alignment: Alignment(0.2, 0.2),
            child: Text('Etiket'),
          ),
        ],
      ),
    );
  }
}
''')

R(W, "orta", "code", "Ürün kartında başlık iki satıra çıksa da çıkmasa da fiyat her kartta aynı hizada, en altta dursun.", ["Column", "Spacer | Expanded", "maxLines"], r'''
class GridProductCard extends StatelessWidget {
  const GridProductCard({super.key, required this.title, required this.price});

  final String title;
  final String price;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: SizedBox(
        height: 180, // grid'den gelen sabit yükseklik
        child: Padding(
          padding: const EdgeInsets.all(12),
          child: Column(
            crossAxisAlignment: CrossAxisAlignment.start,
            children: [
              const Icon(Icons.shopping_bag, size: 48),
              const SizedBox(height: 8),
              Text(title, maxLines: 2, overflow: TextOverflow.ellipsis),
              // Başlık kısa da olsa kalan boşluğu kaplar, fiyat hep en altta
              const Spacer(),
              Text(price, style: const TextStyle(fontWeight: FontWeight.bold)),
            ],
          ),
        ),
      ),
    );
  }
}
''')

R(W, "zor", "code", "Ebeveynin genişliğine göre yazı boyutu büyüyüp küçülen, 14 ile 32 arasında kalan bir başlık widget'ı yaz.", ["LayoutBuilder", "clamp"], r'''
class FluidTitle extends StatelessWidget {
  const FluidTitle(this.text, {super.key});

  final String text;

  @override
  Widget build(BuildContext context) {
    return LayoutBuilder(
      builder: (context, constraints) {
        // Genişliğin %6'sı kadar font, ama 14-32 aralığında
        final size = (constraints.maxWidth * 0.06).clamp(14.0, 32.0);
        return Text(
          text,
          style: TextStyle(fontSize: size, fontWeight: FontWeight.w600),
        );
      },
    );
  }
}
''')

R(W, "orta", "code", "Sayfanın üstünde, altı yuvarlak köşeli renkli bir başlık alanı olsun; içinde selamlama yazısı dursun.", ["BorderRadius.vertical", "BoxDecoration"], r'''
class CurvedHeader extends StatelessWidget {
  const CurvedHeader({super.key, required this.name});

  final String name;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Container(
      width: double.infinity,
      padding: const EdgeInsets.fromLTRB(24, 48, 24, 32),
      decoration: BoxDecoration(
        color: scheme.primary,
        // Sadece alt iki köşe yuvarlak
        borderRadius: const BorderRadius.vertical(bottom: Radius.circular(32)),
      ),
      child: Text(
        'Merhaba, $name 👋',
        style: TextStyle(color: scheme.onPrimary, fontSize: 24),
      ),
    );
  }
}
''')

R(W, "orta", "code", "Giriş ekranında logo, form ve butonu içeren içerik küçük ekranlarda kaydırılabilsin, büyük ekranda ortada dursun.", ["SingleChildScrollView", "Center"], r'''
class LoginLayout extends StatelessWidget {
  const LoginLayout({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: SafeArea(
        // Center + SingleChildScrollView: sığarsa ortalanır, sığmazsa kayar
        child: Center(
          child: SingleChildScrollView(
            padding: const EdgeInsets.all(24),
            child: Column(
              mainAxisSize: MainAxisSize.min,
              children: [
                const FlutterLogo(size: 80),
                const SizedBox(height: 32),
                const TextField(decoration: InputDecoration(labelText: 'E-posta')),
                const SizedBox(height: 12),
                const TextField(obscureText: true, decoration: InputDecoration(labelText: 'Şifre')),
                const SizedBox(height: 24),
                FilledButton(onPressed: () {}, child: const Text('Giriş yap')),
              ],
            ),
          ),
        ),
      ),
    );
  }
}
''')

R(W, "kolay", "code", "Bir widget'ın rengini yarı saydam yapmak için Opacity mi yoksa rengin alfa değerini mi değiştirmeliyim?", ["withValues | withAlpha", "Opacity"], r'''
class OverlayExample extends StatelessWidget {
  const OverlayExample({super.key});

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        // Sadece renk saydam olacaksa rengin alfasını değiştirmek daha ucuzdur
        Container(height: 60, color: Colors.black.withValues(alpha: 0.4)),
        const SizedBox(height: 8),
        // Tüm alt ağaç (yazı, ikon dahil) soluk olacaksa Opacity kullanılır;
        // Opacity ayrı bir katman oluşturduğu için daha maliyetlidir
        const Opacity(
          opacity: 0.4,
          child: ListTile(leading: Icon(Icons.lock), title: Text('Kilitli öğe')),
        ),
      ],
    );
  }
}
''')

# ---------------------------------------------------------------- images_assets
R(I, "kolay", "code", "Pixel art tarzı küçük bir oyun karakteri resmini büyütünce bulanıklaşmasın, pikseller keskin kalsın.", ["Image.asset", "FilterQuality.none"], r'''
class PixelSprite extends StatelessWidget {
  const PixelSprite({super.key});

  @override
  Widget build(BuildContext context) {
    return Image.asset(
      'assets/sprites/hero_16x16.png',
      width: 128,
      height: 128,
      // Büyütmede yumuşatma yapma: en yakın komşu ile keskin pikseller
      filterQuality: FilterQuality.none,
    );
  }
}
''')

R(I, "zor", "code", "Sohbet balonu arka planı için 9-patch gibi çalışan bir PNG kullan; köşeler bozulmadan sadece ortası uzasın.", ["centerSlice", "Rect.fromLTRB"], r'''
class ChatBubble extends StatelessWidget {
  const ChatBubble({super.key, required this.text});

  final String text;

  @override
  Widget build(BuildContext context) {
    return Container(
      padding: const EdgeInsets.fromLTRB(20, 12, 20, 16),
      decoration: const BoxDecoration(
        image: DecorationImage(
          image: AssetImage('assets/images/bubble.png'), // ör. 60x60 kaynak resim
          // Bu dikdörtgenin dışı (köşeler) sabit kalır, içi esner
          centerSlice: Rect.fromLTRB(20, 20, 40, 40),
        ),
      ),
      child: Text(text),
    );
  }
}
''')

R(I, "kolay", "code", "Resmi widget olarak Opacity ile sarmadan yarı saydam göster.", ["Image.asset | Image.network", "opacity"], r'''
class FadedLogo extends StatelessWidget {
  const FadedLogo({super.key});

  @override
  Widget build(BuildContext context) {
    // Image'in opacity parametresi bir Animation<double> bekler;
    // sabit değer için AlwaysStoppedAnimation kullanılır. Opacity widget'ından ucuzdur.
    return Image.asset(
      'assets/images/logo.png',
      width: 160,
      opacity: const AlwaysStoppedAnimation(0.5),
    );
  }
}
''')

R(I, "kolay", "code", "assets içindeki bir asset resmi yoksa veya yolu yanlışsa kırmızı hata ekranı yerine gri bir kutu göster.", ["Image.asset", "errorBuilder"], r'''
class SafeAssetImage extends StatelessWidget {
  const SafeAssetImage({super.key, required this.path});

  final String path;

  @override
  Widget build(BuildContext context) {
    return Image.asset(
      path,
      width: 120,
      height: 120,
      fit: BoxFit.cover,
      // Asset bulunamazsa veya decode edilemezse çağrılır
      errorBuilder: (context, error, stackTrace) => Container(
        width: 120,
        height: 120,
        color: Colors.grey.shade300,
        child: const Icon(Icons.image_not_supported, color: Colors.grey),
      ),
    );
  }
}
''')

R(I, "orta", "code", "Lisans metnini assets/docs/kvkk.txt dosyasından okuyup kaydırılabilir şekilde göster.", ["DefaultAssetBundle | rootBundle", "loadString", "FutureBuilder"], r'''
class KvkkTextPage extends StatelessWidget {
  const KvkkTextPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('KVKK Aydınlatma Metni')),
      body: FutureBuilder<String>(
        // DefaultAssetBundle testlerde farklı bir bundle ile değiştirilebilir
        future: DefaultAssetBundle.of(context).loadString('assets/docs/kvkk.txt'),
        builder: (context, snapshot) {
          if (!snapshot.hasData) {
            return const Center(child: CircularProgressIndicator());
          }
          return SingleChildScrollView(
            padding: const EdgeInsets.all(16),
            child: Text(snapshot.data!),
          );
        },
      ),
    );
  }
}
''')

R(I, "kolay", "code", "Ürün kartındaki favori ikonu: favorideyse Icons.favorite kırmızı, değilse Icons.favorite_border gri gösterilsin, animasyon gerekmez.", ["Icons.favorite", "Icons.favorite_border"], r'''
class FavoriteIcon extends StatefulWidget {
  const FavoriteIcon({super.key});

  @override
  State<FavoriteIcon> createState() => _FavoriteIconState();
}

class _FavoriteIconState extends State<FavoriteIcon> {
  bool _fav = false;

  @override
  Widget build(BuildContext context) {
    return IconButton(
      onPressed: () => setState(() => _fav = !_fav),
      icon: Icon(
        _fav ? Icons.favorite : Icons.favorite_border,
        color: _fav ? Colors.red : null,
      ),
    );
  }
}
''')

R(I, "kolay", "code", "Kart köşesindeki küçük IconButton'ın etrafında gereksiz büyük boşluk var; ikonun tıklama alanını ve boşluğunu küçült.", ["IconButton", "VisualDensity.compact | constraints"], r'''
class CompactCloseButton extends StatelessWidget {
  const CompactCloseButton({super.key, required this.onPressed});

  final VoidCallback onPressed;

  @override
  Widget build(BuildContext context) {
    // IconButton varsayılan olarak en az 48x48 dokunma alanı ayırır
    return IconButton(
      onPressed: onPressed,
      icon: const Icon(Icons.close, size: 18),
      padding: EdgeInsets.zero,
      visualDensity: VisualDensity.compact,
      // Minimum boyut kısıtını kaldır (erişilebilirlik için çok küçültmeyin)
      constraints: const BoxConstraints(minWidth: 32, minHeight: 32),
      tooltip: 'Kapat',
    );
  }
}
''')
R(I, "orta", "code", "Sunucudan ikon adı string olarak geliyor ('home', 'cart'); bunu Flutter ikonuna çevirip göster.", ["IconData", "Icons."], r'''
// Icons sınıfı isimle erişim sunmaz; eşlemeyi kendimiz tutuyoruz.
// IconData(codePoint) ile dinamik üretmek tree shaking'i bozar, bu yüzden sabit map daha iyi.
const Map<String, IconData> _iconsByName = {
  'home': Icons.home,
  'cart': Icons.shopping_cart,
  'profile': Icons.person,
  'settings': Icons.settings,
};

class RemoteIcon extends StatelessWidget {
  const RemoteIcon({super.key, required this.name});

  final String name;

  @override
  Widget build(BuildContext context) {
    return Icon(_iconsByName[name] ?? Icons.help_outline);
  }
}
''')

R(I, "zor", "concept", "Release build alırken 'This application cannot tree shake icons' hatası alıyorum; IconData'yı dinamik oluşturuyorum, ne yapmalıyım?", ["IconData", "const"], r'''
// Flutter derlemede sadece kodda SABİT (const) kullanılan ikonları fontta bırakır.
// IconData(codePoint) gibi değişkenle üretilen ikonlar hangi glifin lazım olduğunu
// belirsizleştirir ve derleme hata verir.
//
// Kötü: sunucudan gelen sayıdan ikon üretmek
// Icon(IconData(serverCode, fontFamily: 'MaterialIcons'))
//
// Çözüm 1 (önerilen): sabit bir eşleme tablosu kullanmak
const categoryIcons = <String, IconData>{
  'food': Icons.restaurant,
  'travel': Icons.flight,
};

// Çözüm 2: tree shaking'i kapatmak (uygulama boyutu büyür):
// flutter build apk --no-tree-shake-icons
Widget categoryIcon(String key) => Icon(categoryIcons[key] ?? Icons.category);
''')

R(I, "orta", "code", "Spoiler içerikli bir resmi bulanık göster, kullanıcı dokununca net hale gelsin.", ["ImageFiltered", "ImageFilter.blur"], r'''
class SpoilerImage extends StatefulWidget {
  const SpoilerImage({super.key, required this.url});

  final String url;

  @override
  State<SpoilerImage> createState() => _SpoilerImageState();
}

class _SpoilerImageState extends State<SpoilerImage> {
  bool _revealed = false;

  @override
  Widget build(BuildContext context) {
    final sigma = _revealed ? 0.0 : 18.0;
    return GestureDetector(
      onTap: () => setState(() => _revealed = true),
      // ImageFiltered sadece kendi çocuğunu bulanıklaştırır (BackdropFilter'dan farklı olarak)
      child: ImageFiltered(
        imageFilter: ImageFilter.blur(sigmaX: sigma, sigmaY: sigma),
        child: Image.network(widget.url, fit: BoxFit.cover),
      ),
    );
  }
}
''')

R(I, "orta", "code", "Elimdeki Uint8List resim verisinin genişlik ve yüksekliğini widget'a koymadan öğren.", ["decodeImageFromList | instantiateImageCodec", "width", "height"], r'''
import 'dart:typed_data';
import 'dart:ui' as ui;

Future<(int, int)> imageSizeFromBytes(Uint8List bytes) async {
  // Byte'ları çözüp ui.Image elde ediyoruz
  final codec = await ui.instantiateImageCodec(bytes);
  final frame = await codec.getNextFrame();
  final image = frame.image;
  final size = (image.width, image.height);
  // Bellek sızıntısını önlemek için serbest bırak
  image.dispose();
  codec.dispose();
  return size;
}
''')

R(I, "kolay", "code", "Bir ürün linkini QR kod olarak ekranda göster (qr_flutter).", ["QrImageView", "data"], r'''
// pubspec.yaml: qr_flutter
import 'package:qr_flutter/qr_flutter.dart';

class ProductQr extends StatelessWidget {
  const ProductQr({super.key, required this.url});

  final String url;

  @override
  Widget build(BuildContext context) {
    return Center(
      child: QrImageView(
        data: url,
        version: QrVersions.auto,
        size: 220,
        backgroundColor: Colors.white,
      ),
    );
  }
}
''')

R(I, "orta", "code", "cached_network_image ile gelen resmi, yüklendikten sonra yuvarlak köşeli ve gölgeli bir kutunun arka planı olarak kullan.", ["CachedNetworkImage", "imageBuilder", "imageProvider"], r'''
class CachedCover extends StatelessWidget {
  const CachedCover({super.key, required this.url});

  final String url;

  @override
  Widget build(BuildContext context) {
    return CachedNetworkImage(
      imageUrl: url,
      // imageBuilder: indirilen resmi istediğimiz dekorasyonla kullanmamızı sağlar
      imageBuilder: (context, imageProvider) => Container(
        height: 180,
        decoration: BoxDecoration(
          borderRadius: BorderRadius.circular(16),
          boxShadow: const [BoxShadow(blurRadius: 8, color: Colors.black26)],
          image: DecorationImage(image: imageProvider, fit: BoxFit.cover),
        ),
      ),
      placeholder: (context, url) => const SizedBox(height: 180),
    );
  }
}
''')

R(I, "orta", "code", "Kullanici cikis yapinca cached_network_image'in diskte tuttugu tum resimleri sil.", ["DefaultCacheManager", "emptyCache"], r'''
// pubspec.yaml: flutter_cache_manager (cached_network_image ile birlikte gelir)
import 'package:flutter_cache_manager/flutter_cache_manager.dart';

Future<void> clearImageCachesOnLogout() async {
  // Disk önbelleğini temizle
  await DefaultCacheManager().emptyCache();
  // Bellekteki decode edilmiş resimleri de temizle
  PaintingBinding.instance.imageCache
    ..clear()
    ..clearLiveImages();
}
''')

R(I, "orta", "code", "Ekranda gösterilen bir network resmini tekrar indirmeden dosya olarak alıp paylaşmak istiyorum.", ["DefaultCacheManager", "getSingleFile"], r'''
// pubspec.yaml: flutter_cache_manager, share_plus
import 'package:flutter_cache_manager/flutter_cache_manager.dart';
import 'package:share_plus/share_plus.dart';

Future<void> shareCachedImage(String url) async {
  // Önbellekte varsa oradan döner, yoksa indirip önbelleğe koyar
  final file = await DefaultCacheManager().getSingleFile(url);
  await SharePlus.instance.share(
    ShareParams(files: [XFile(file.path)], text: 'Bu resme bak!'),
  );
}
''')

R(I, "kolay", "code", "transparent_image paketiyle resim yüklenirken şeffaf yer tutucu kullan, yüklenince resim yavaşça belirsin.", ["FadeInImage.memoryNetwork", "kTransparentImage"], r'''
// pubspec.yaml: transparent_image
import 'package:transparent_image/transparent_image.dart';

class FadingPhoto extends StatelessWidget {
  const FadingPhoto({super.key, required this.url});

  final String url;

  @override
  Widget build(BuildContext context) {
    return FadeInImage.memoryNetwork(
      placeholder: kTransparentImage, // 1x1 şeffaf PNG byte'ları
      image: url,
      fadeInDuration: const Duration(milliseconds: 400),
      fit: BoxFit.cover,
    );
  }
}
''')

R(I, "orta", "code", "FadeInImage ile resim yüklenemezse placeholder yerine hata ikonu göster.", ["FadeInImage", "imageErrorBuilder"], r'''
class SafeFadeImage extends StatelessWidget {
  const SafeFadeImage({super.key, required this.url});

  final String url;

  @override
  Widget build(BuildContext context) {
    return FadeInImage.assetNetwork(
      placeholder: 'assets/images/loading.png',
      image: url,
      width: 200,
      height: 150,
      fit: BoxFit.cover,
      // Asıl resim hata verirse çağrılır
      imageErrorBuilder: (context, error, stackTrace) => const SizedBox(
        width: 200,
        height: 150,
        child: Icon(Icons.broken_image_outlined, size: 48),
      ),
    );
  }
}
''')

R(I, "orta", "code", "Farklı yükseklikteki fotoğrafları Pinterest gibi iki sütunlu, boşluksuz bir ızgarada göster.", ["MasonryGridView.count", "crossAxisCount"], r'''
// pubspec.yaml: flutter_staggered_grid_view
import 'package:flutter_staggered_grid_view/flutter_staggered_grid_view.dart';

class PinterestGrid extends StatelessWidget {
  const PinterestGrid({super.key, required this.urls});

  final List<String> urls;

  @override
  Widget build(BuildContext context) {
    return MasonryGridView.count(
      crossAxisCount: 2,
      mainAxisSpacing: 8,
      crossAxisSpacing: 8,
      padding: const EdgeInsets.all(8),
      itemCount: urls.length,
      // Her resim kendi oranında yükseklik alır, sütunlar kaydırmalı dolar
      itemBuilder: (context, i) => ClipRRect(
        borderRadius: BorderRadius.circular(12),
        child: Image.network(urls[i]),
      ),
    );
  }
}
''')

R(I, "orta", "code", "Değişken (variable) font kullanıyorum; yazı kalınlığını 650 gibi ara bir değere ayarla.", ["FontVariation", "fontVariations"], r'''
class VariableWeightText extends StatelessWidget {
  const VariableWeightText({super.key, this.weight = 650});

  final double weight;

  @override
  Widget build(BuildContext context) {
    return Text(
      'Esnek kalınlık',
      style: TextStyle(
        fontFamily: 'InterVariable', // pubspec'te tanımlı değişken font
        fontSize: 24,
        // 'wght' ekseni: FontWeight'in 100'lük adımlarından bağımsız ara değerler
        fontVariations: [FontVariation('wght', weight)],
      ),
    );
  }
}
''')

R(I, "orta", "code", "Sayaç ve fiyat listelerinde rakamlar değişince yazı sağa sola oynamasın, tüm rakamlar aynı genişlikte olsun.", ["FontFeature.tabularFigures", "fontFeatures"], r'''
class StableCounter extends StatelessWidget {
  const StableCounter({super.key, required this.seconds});

  final int seconds;

  @override
  Widget build(BuildContext context) {
    final m = (seconds ~/ 60).toString().padLeft(2, '0');
    final s = (seconds % 60).toString().padLeft(2, '0');
    return Text(
      '$m:$s',
      style: const TextStyle(
        fontSize: 48,
        // Eş genişlikli rakamlar: '1' ile '8' aynı yer kaplar
        fontFeatures: [FontFeature.tabularFigures()],
      ),
    );
  }
}
''')

R(I, "orta", "code", "Kendi fontumda emoji ve bazı semboller yok; bulunmayan karakterler için yedek font listesi tanımla.", ["fontFamilyFallback"], r'''
class FallbackText extends StatelessWidget {
  const FallbackText({super.key, required this.text});

  final String text;

  @override
  Widget build(BuildContext context) {
    return Text(
      text,
      style: const TextStyle(
        fontFamily: 'Nunito',
        // Nunito'da olmayan glifler sırayla bu fontlarda aranır
        fontFamilyFallback: ['NotoColorEmoji', 'NotoSansSymbols'],
      ),
    );
  }
}
''')

R(I, "zor", "code", "Kullanıcının indirdiği bir .ttf font dosyasını uygulama çalışırken yükleyip metinlerde kullan.", ["FontLoader", "addFont", "load"], r'''
import 'dart:io';
import 'dart:typed_data';

Future<void> loadDownloadedFont(String familyName, File ttfFile) async {
  final bytes = await ttfFile.readAsBytes();
  final loader = FontLoader(familyName)
    // addFont bir Future<ByteData> bekler
    ..addFont(Future.value(ByteData.sublistView(bytes)));
  await loader.load();
  // Artık TextStyle(fontFamily: familyName) ile kullanılabilir
}

// Kullanım:
// await loadDownloadedFont('KullaniciFontu', dosya);
// Text('Merhaba', style: const TextStyle(fontFamily: 'KullaniciFontu'))
''')

R(I, "kolay", "code", "Tasarım paketinden gelen bir fontu uygulamamdaki TextStyle'da kullanmak için ne yazmalıyım?", ["TextStyle", "package"], r'''
class BrandTitle extends StatelessWidget {
  const BrandTitle({super.key});

  @override
  Widget build(BuildContext context) {
    // Font 'my_ui_kit' paketinin pubspec'inde 'BrandSans' adıyla tanımlı.
    // package parametresi verilmezse Flutter fontu uygulamanın kendisinde arar.
    return const Text(
      'Kampanyalar',
      style: TextStyle(fontFamily: 'BrandSans', package: 'my_ui_kit', fontSize: 22),
    );
  }
}
''')

R(I, "orta", "code", "Tüm uygulamanın yazı tipini google_fonts ile Poppins yap, temadaki başlık boyutları bozulmasın.", ["GoogleFonts.poppinsTextTheme", "textTheme"], r'''
// pubspec.yaml: google_fonts
import 'package:google_fonts/google_fonts.dart';

class MyApp extends StatelessWidget {
  const MyApp({super.key});

  @override
  Widget build(BuildContext context) {
    final base = ThemeData(colorSchemeSeed: Colors.indigo);
    return MaterialApp(
      theme: base.copyWith(
        // Mevcut textTheme'in boyut ve ağırlıklarını koruyup sadece fontu değiştirir
        textTheme: GoogleFonts.poppinsTextTheme(base.textTheme),
      ),
      home: const Scaffold(body: Center(child: Text('Merhaba'))),
    );
  }
}
''')

R(I, "orta", "code", "image_picker ile galeriden en fazla 30 saniyelik bir video seç ve dosya yolunu al.", ["pickVideo", "maxDuration"], r'''
// pubspec.yaml: image_picker
import 'package:image_picker/image_picker.dart';

Future<String?> pickShortVideo() async {
  final picker = ImagePicker();
  final XFile? video = await picker.pickVideo(
    source: ImageSource.gallery,
    // Kamera ile çekimde kaydı sınırlar; galeride platforma göre uygulanır
    maxDuration: const Duration(seconds: 30),
  );
  return video?.path; // kullanıcı vazgeçerse null
}
''')

R(I, "orta", "code", "Kullanıcı galeriden tek seferde hem fotoğraf hem video seçebilsin.", ["pickMultipleMedia | pickMedia"], r'''
import 'package:image_picker/image_picker.dart';

Future<List<XFile>> pickPhotosAndVideos() async {
  final picker = ImagePicker();
  // Fotoğraf ve videoları birlikte seçtirir
  final media = await picker.pickMultipleMedia(limit: 10, imageQuality: 85);
  for (final file in media) {
    final isVideo = file.path.toLowerCase().endsWith('.mp4') ||
        file.path.toLowerCase().endsWith('.mov');
    debugPrint('${isVideo ? 'Video' : 'Foto'}: ${file.name}');
  }
  return media;
}
''')

R(I, "orta", "code", "Yüklemeden önce fotoğrafı flutter_image_compress ile en fazla 1280 piksel ve %70 kaliteyle JPEG'e sıkıştır.", ["FlutterImageCompress", "compressWithFile", "quality"], r'''
// pubspec.yaml: flutter_image_compress
import 'dart:typed_data';
import 'package:flutter_image_compress/flutter_image_compress.dart';

Future<Uint8List?> compressForUpload(String path) async {
  // Oranı koruyarak en az bu boyutlara küçültür (büyütmez)
  return FlutterImageCompress.compressWithFile(
    path,
    minWidth: 1280,
    minHeight: 1280,
    quality: 70,
    format: CompressFormat.jpeg,
  );
}
''')

R(I, "orta", "code", "Secilen fotografi sunucuya JSON icinde gondermek icin base64 metne cevir.", ["readAsBytes", "base64Encode"], r'''
import 'dart:convert';
import 'package:image_picker/image_picker.dart';

Future<Map<String, String>?> photoAsJsonPayload() async {
  final file = await ImagePicker().pickImage(source: ImageSource.gallery, maxWidth: 1024);
  if (file == null) return null;
  final bytes = await file.readAsBytes();
  return {
    'fileName': file.name,
    // Sunucu data URI bekliyorsa başına 'data:image/jpeg;base64,' eklenebilir
    'image': base64Encode(bytes),
  };
}
''')

R(I, "zor", "code", "image paketiyle bir fotoğrafı en boy oranını koruyarak 800 piksel genişliğe küçültüp JPEG olarak kaydet.", ["decodeImage", "copyResize", "encodeJpg"], r'''
// pubspec.yaml: image
import 'dart:io';
import 'package:image/image.dart' as img;

Future<File> resizeTo800(File source, String targetPath) async {
  final decoded = img.decodeImage(await source.readAsBytes());
  if (decoded == null) throw const FormatException('Resim çözülemedi');
  // Sadece width verilince yükseklik orana göre hesaplanır
  final resized = decoded.width > 800 ? img.copyResize(decoded, width: 800) : decoded;
  final jpg = img.encodeJpg(resized, quality: 80);
  return File(targetPath).writeAsBytes(jpg);
}
''')

R(I, "zor", "code", "Telefonla çekilen bazı fotoğraflar yan dönük görünüyor; image paketiyle EXIF yönünü piksellere uygula.", ["bakeOrientation"], r'''
// pubspec.yaml: image
import 'dart:typed_data';
import 'package:image/image.dart' as img;

Uint8List fixOrientation(Uint8List bytes) {
  final decoded = img.decodeImage(bytes);
  if (decoded == null) return bytes;
  // EXIF'teki Orientation etiketine göre resmi döndürür ve etiketi sıfırlar;
  // böylece EXIF okumayan sunucular/görüntüleyiciler de doğru gösterir
  final fixed = img.bakeOrientation(decoded);
  return img.encodeJpg(fixed, quality: 90);
}
''')

R(I, "zor", "code", "image paketiyle bir fotoğrafın ortasından kare bir parça kesip 300x300 küçük resim üret.", ["copyCrop", "copyResize"], r'''
import 'dart:math' as math;
import 'dart:typed_data';
import 'package:image/image.dart' as img;

Uint8List? squareThumbnail(Uint8List bytes) {
  final src = img.decodeImage(bytes);
  if (src == null) return null;
  final side = math.min(src.width, src.height);
  // Ortalanmış kare bölge
  final square = img.copyCrop(
    src,
    x: (src.width - side) ~/ 2,
    y: (src.height - side) ~/ 2,
    width: side,
    height: side,
  );
  final thumb = img.copyResize(square, width: 300, height: 300);
  return img.encodePng(thumb);
}
''')

R(I, "kolay", "concept", "BoxFit.contain ile BoxFit.scaleDown arasındaki fark nedir?", ["BoxFit.contain", "BoxFit.scaleDown"], r'''
// BoxFit.contain: resmi kutuya sığacak şekilde ölçekler; küçük resmi de BÜYÜTÜR.
// BoxFit.scaleDown: sadece resim kutudan büyükse contain gibi küçültür;
// küçük resim kendi boyutunda kalır (büyütülüp bulanıklaşmaz).
class FitCompare extends StatelessWidget {
  const FitCompare({super.key});

  @override
  Widget build(BuildContext context) {
    return const Row(
      children: [
        SizedBox(
          width: 200,
          height: 200,
          child: Image(image: AssetImage('assets/icons/small_64.png'), fit: BoxFit.contain),
        ),
        SizedBox(
          width: 200,
          height: 200,
          child: Image(image: AssetImage('assets/icons/small_64.png'), fit: BoxFit.scaleDown),
        ),
      ],
    );
  }
}
''')

R(I, "orta", "concept", "Liste kaydırırken resimler yüklendikçe satırlar zıplıyor (layout kayması); bunu nasıl engellerim?", ["AspectRatio | SizedBox", "Image.network"], r'''
// Image, resim inene kadar boyutunu bilmez ve 0 yükseklikte başlar; resim gelince
// satır büyür ve içerik kayar. Çözüm: resim için yeri baştan ayırmak.
class FeedImage extends StatelessWidget {
  const FeedImage({super.key, required this.url, this.ratio = 4 / 3});

  final String url;
  final double ratio; // mümkünse API'den gelen en/boy oranı

  @override
  Widget build(BuildContext context) {
    return AspectRatio(
      aspectRatio: ratio, // yükseklik resim gelmeden belli
      child: Image.network(
        url,
        fit: BoxFit.cover,
        loadingBuilder: (context, child, progress) =>
            progress == null ? child : ColoredBox(color: Colors.grey.shade200),
      ),
    );
  }
}
''')

R(I, "orta", "code", "Albüm kapağından baskın rengi bulup arka planı o renk yap (palette_generator).", ["PaletteGenerator.fromImageProvider", "dominantColor"], r'''
// pubspec.yaml: palette_generator
import 'package:palette_generator/palette_generator.dart';

class AlbumHeader extends StatefulWidget {
  const AlbumHeader({super.key, required this.coverUrl});

  final String coverUrl;

  @override
  State<AlbumHeader> createState() => _AlbumHeaderState();
}

class _AlbumHeaderState extends State<AlbumHeader> {
  Color _bg = Colors.black;

  @override
  void initState() {
    super.initState();
    _extract();
  }

  Future<void> _extract() async {
    final palette = await PaletteGenerator.fromImageProvider(
      NetworkImage(widget.coverUrl),
      size: const Size(100, 100), // küçük örnek hızlı analiz sağlar
    );
    final color = palette.dominantColor?.color;
    if (mounted && color != null) setState(() => _bg = color);
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedContainer(
      duration: const Duration(milliseconds: 500),
      color: _bg,
      padding: const EdgeInsets.all(32),
      child: Image.network(widget.coverUrl, width: 200),
    );
  }
}
''')

R(I, "orta", "code", "Material Symbols tarzı değişken ikonlarda ikonun içini doldur ve çizgi kalınlığını ayarla.", ["Icon", "fill", "weight"], r'''
class StyledIcons extends StatelessWidget {
  const StyledIcons({super.key});

  @override
  Widget build(BuildContext context) {
    // fill/weight/grade/opticalSize sadece bu eksenleri destekleyen değişken ikon
    // fontlarında etkilidir (ör. material_symbols_icons paketi)
    return const Row(
      children: [
        Icon(Icons.star_outline, fill: 0, weight: 200),
        Icon(Icons.star, fill: 1, weight: 700, grade: 200, opticalSize: 48),
      ],
    );
  }
}
''')

R(I, "orta", "code", "Sunucudan 2 kat çözünürlükte gelen logoyu ekranda yarı boyutunda ve keskin görünecek şekilde göster (NetworkImage scale).", ["NetworkImage", "scale"], r'''
class RetinaLogo extends StatelessWidget {
  const RetinaLogo({super.key, required this.url2x});

  final String url2x; // 2 kat çözünürlükte hazırlanmış resim

  @override
  Widget build(BuildContext context) {
    // scale: 2 -> 400 piksel genişlikteki resim 200 mantıksal piksel olarak ölçülür,
    // yüksek yoğunluklu ekranlarda net görünür
    return Image(image: NetworkImage(url2x, scale: 2));
  }
}
''')

R(I, "kolay", "code", "Bir Row içindeki resmin Row'un kalan genişliğini doldurması, yanındaki yazının ise sabit kalması için ne yapmalıyım?", ["Expanded", "Image.asset"], r'''
class BannerRow extends StatelessWidget {
  const BannerRow({super.key});

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        const SizedBox(width: 100, child: Text('Yaz indirimi')),
        // Expanded ile resim kalan tüm genişliği alır
        Expanded(
          child: Image.asset('assets/images/summer.png', height: 80, fit: BoxFit.cover),
        ),
      ],
    );
  }
}
''')

R(I, "orta", "code", "Resmi gösterirken üstüne renk bindirmesi (tint) yap: kırmızı tonlu, multiply karışımlı olsun.", ["colorBlendMode", "BlendMode.multiply"], r'''
class TintedPhoto extends StatelessWidget {
  const TintedPhoto({super.key, required this.url});

  final String url;

  @override
  Widget build(BuildContext context) {
    return Image.network(
      url,
      fit: BoxFit.cover,
      color: Colors.red.shade300,
      // multiply: resmin koyu alanları korunur, açık alanlar renge boyanır
      colorBlendMode: BlendMode.multiply,
    );
  }
}
''')

R(I, "orta", "code", "Profil fotoğrafı yüklenirken avatarın kendisi bir yükleniyor halkasıyla çevrili olsun.", ["CircleAvatar", "CircularProgressIndicator", "Stack"], r'''
class UploadingAvatar extends StatelessWidget {
  const UploadingAvatar({super.key, required this.image, required this.uploading});

  final ImageProvider image;
  final bool uploading;

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      width: 88,
      height: 88,
      child: Stack(
        alignment: Alignment.center,
        children: [
          CircleAvatar(radius: 40, backgroundImage: image),
          if (uploading)
            const SizedBox.expand(child: CircularProgressIndicator(strokeWidth: 3)),
        ],
      ),
    );
  }
}
''')

R(I, "kolay", "code", "Resmin üzerine siyah yarı saydam katman ekleyip ortasına oynat ikonu koy (video önizlemesi).", ["Stack", "Icons.play_circle_fill | Icons.play_arrow"], r'''
class VideoThumbnail extends StatelessWidget {
  const VideoThumbnail({super.key, required this.thumbUrl, required this.onPlay});

  final String thumbUrl;
  final VoidCallback onPlay;

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTap: onPlay,
      child: Stack(
        alignment: Alignment.center,
        children: [
          AspectRatio(aspectRatio: 16 / 9, child: Image.network(thumbUrl, fit: BoxFit.cover)),
          const Positioned.fill(child: ColoredBox(color: Colors.black38)),
          const Icon(Icons.play_circle_fill, color: Colors.white, size: 64),
        ],
      ),
    );
  }
}
''')

R(I, "zor", "code", "Asset'teki bir resmi ui.Image olarak yükleyip CustomPainter içinde daire şeklinde kırparak çiz.", ["rootBundle.load | ImageStreamListener", "drawImageRect | drawImage", "clipPath | clipRRect"], r'''
import 'dart:ui' as ui;

Future<ui.Image> loadUiImage(String assetPath) async {
  final data = await rootBundle.load(assetPath);
  final codec = await ui.instantiateImageCodec(data.buffer.asUint8List());
  return (await codec.getNextFrame()).image;
}

class CircleImagePainter extends CustomPainter {
  CircleImagePainter(this.image);

  final ui.Image image;

  @override
  void paint(Canvas canvas, Size size) {
    final dst = Offset.zero & size;
    // Önce daire kırpma yolunu uygula, sonra resmi tüm alana çiz
    canvas.clipPath(Path()..addOval(dst));
    final src = Rect.fromLTWH(0, 0, image.width.toDouble(), image.height.toDouble());
    canvas.drawImageRect(image, src, dst, Paint()..filterQuality = FilterQuality.medium);
  }

  @override
  bool shouldRepaint(CircleImagePainter oldDelegate) => oldDelegate.image != image;
}
''')

R(I, "orta", "code", "Bir widget'ın ekrandaki görüntüsünü (toImage) aldıktan sonra cihazın geçici klasörüne PNG dosyası olarak kaydet.", ["toByteData", "ImageByteFormat.png", "writeAsBytes"], r'''
import 'dart:io';
import 'dart:ui' as ui;
import 'package:path_provider/path_provider.dart';

Future<File> saveUiImageAsPng(ui.Image image, String name) async {
  final byteData = await image.toByteData(format: ui.ImageByteFormat.png);
  if (byteData == null) throw StateError('PNG kodlanamadı');
  final dir = await getTemporaryDirectory();
  final file = File('${dir.path}/$name.png');
  return file.writeAsBytes(byteData.buffer.asUint8List(), flush: true);
}
''')

R(I, "kolay", "code", "SVG logoyu ebeveynin genişliğini dolduracak, oranı korunacak şekilde göster.", ["SvgPicture.asset", "fit"], r'''
// pubspec.yaml: flutter_svg
import 'package:flutter_svg/flutter_svg.dart';

class WideSvgLogo extends StatelessWidget {
  const WideSvgLogo({super.key});

  @override
  Widget build(BuildContext context) {
    return SvgPicture.asset(
      'assets/images/logo.svg',
      width: double.infinity,
      fit: BoxFit.fitWidth,
      semanticsLabel: 'Şirket logosu',
    );
  }
}
''')

R(I, "kolay", "code", "Ayarlar listesinde her satırın solunda asset klasöründen gelen kendi PNG ikonum dursun.", ["ListTile", "Image.asset"], r'''
class AssetIconTile extends StatelessWidget {
  const AssetIconTile({super.key, required this.asset, required this.title, required this.onTap});

  final String asset;
  final String title;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: Image.asset(asset, width: 28, height: 28),
      title: Text(title),
      trailing: const Icon(Icons.chevron_right),
      onTap: onTap,
    );
  }
}
''')

R(I, "orta", "concept", "CircleAvatar'ın backgroundImage parametresine neden Image.asset veremiyorum, AssetImage ne oluyor?", ["AssetImage", "Image.asset"], r'''
// AssetImage bir ImageProvider'dır: resmin NEREDEN ve nasıl yükleneceğini tarif eder,
// kendi başına ekrana bir şey çizmez. CircleAvatar.backgroundImage, DecorationImage,
// precacheImage gibi ImageProvider isteyen yerlerde kullanılır.
// Image.asset ise bir widget'tır; içeride AssetImage oluşturur ve resmi çizer.
class AssetUsages extends StatelessWidget {
  const AssetUsages({super.key});

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Image.asset('assets/images/logo.png', width: 80), // widget olarak
        const CircleAvatar(backgroundImage: AssetImage('assets/images/avatar.png')),
        Container(
          height: 60,
          decoration: const BoxDecoration(
            image: DecorationImage(image: AssetImage('assets/images/pattern.png')),
          ),
        ),
      ],
    );
  }
}
''')

R(I, "orta", "code", "Ürün galerisinde ana resmin altında küçük resimler olsun, küçük resme tıklayınca büyük resim değişsin.", ["Image.network", "setState", "GestureDetector | InkWell"], r'''
class ProductGallery extends StatefulWidget {
  const ProductGallery({super.key, required this.urls});

  final List<String> urls;

  @override
  State<ProductGallery> createState() => _ProductGalleryState();
}

class _ProductGalleryState extends State<ProductGallery> {
  int _selected = 0;

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        AspectRatio(
          aspectRatio: 1,
          child: Image.network(widget.urls[_selected], fit: BoxFit.cover),
        ),
        const SizedBox(height: 8),
        SizedBox(
          height: 64,
          child: ListView.separated(
            scrollDirection: Axis.horizontal,
            itemCount: widget.urls.length,
            separatorBuilder: (_, __) => const SizedBox(width: 8),
            itemBuilder: (context, i) => GestureDetector(
              onTap: () => setState(() => _selected = i),
              child: Container(
                decoration: BoxDecoration(
                  border: Border.all(color: i == _selected ? Colors.blue : Colors.transparent, width: 2),
                ),
                child: Image.network(widget.urls[i], width: 60, height: 60, fit: BoxFit.cover),
              ),
            ),
          ),
        ),
      ],
    );
  }
}
''')

R(I, "orta", "code", "Resmin sadece üst yarısını göster, alt yarısı kesilsin.", ["ClipRect", "heightFactor"], r'''
class TopHalfImage extends StatelessWidget {
  const TopHalfImage({super.key, required this.url});

  final String url;

  @override
  Widget build(BuildContext context) {
    // Align heightFactor 0.5 ile kendi yüksekliğini çocuğun yarısı kadar yapar;
    // ClipRect taşan alt kısmı keser
    return ClipRect(
      child: Align(
        alignment: Alignment.topCenter,
        heightFactor: 0.5,
        child: Image.network(url),
      ),
    );
  }
}
''')

R(I, "kolay", "code", "Asset'teki bir resmi tüm ekranı kaplayan bir widget'ın arka planı yap, üstünde ortada yazı olsun; Container kullanmadan.", ["DecoratedBox", "DecorationImage"], r'''
class SplashBackground extends StatelessWidget {
  const SplashBackground({super.key});

  @override
  Widget build(BuildContext context) {
    return const DecoratedBox(
      decoration: BoxDecoration(
        image: DecorationImage(
          image: AssetImage('assets/images/splash_bg.png'),
          fit: BoxFit.cover,
        ),
      ),
      child: SizedBox.expand(
        child: Center(
          child: Text('Yükleniyor...', style: TextStyle(color: Colors.white, fontSize: 20)),
        ),
      ),
    );
  }
}
''')

R(I, "zor", "code", "Kullanıcı profil fotoğrafı yüklediğinde aynı anda hem yerel önizlemeyi göster hem de yükleme bitince sunucudaki URL'ye geç.", ["Image.file | FileImage", "Image.network | NetworkImage"], r'''
import 'dart:io';

class AvatarPreview extends StatelessWidget {
  const AvatarPreview({super.key, this.localFile, this.remoteUrl});

  final File? localFile; // yeni seçilmiş, henüz yüklenmekte olan
  final String? remoteUrl; // sunucudaki güncel fotoğraf

  @override
  Widget build(BuildContext context) {
    final ImageProvider? provider = localFile != null
        ? FileImage(localFile!)
        : (remoteUrl != null ? NetworkImage(remoteUrl!) : null);
    return CircleAvatar(
      radius: 48,
      backgroundImage: provider,
      // Ne yerel ne uzak resim varsa baş harf yerine ikon
      child: provider == null ? const Icon(Icons.person, size: 48) : null,
    );
  }
}
''')

R(I, "orta", "code", "Kampanya resmine tıklayınca tarayıcıda ilgili sayfayı aç, resim köşeleri yuvarlak olsun.", ["InkWell | GestureDetector", "launchUrl", "ClipRRect"], r'''
import 'package:url_launcher/url_launcher.dart';

class CampaignBanner extends StatelessWidget {
  const CampaignBanner({super.key, required this.imageUrl, required this.link});

  final String imageUrl;
  final String link;

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTap: () => launchUrl(Uri.parse(link), mode: LaunchMode.externalApplication),
      child: ClipRRect(
        borderRadius: BorderRadius.circular(16),
        child: Image.network(imageUrl, height: 160, width: double.infinity, fit: BoxFit.cover),
      ),
    );
  }
}
''')

R(I, "kolay", "code", "pubspec'te tanımladığım asset yollarını elle yazmamak için flutter_gen ile üretilen Assets sınıfını kullan.", ["Assets.images", "image("], r'''
// pubspec.yaml: dev_dependencies: build_runner, flutter_gen_runner
// `dart run build_runner build` komutu lib/gen/assets.gen.dart dosyasını üretir.
import 'gen/assets.gen.dart';

class GeneratedAssetsDemo extends StatelessWidget {
  const GeneratedAssetsDemo({super.key});

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        // 'assets/images/logo.png' yazım hatası riski olmadan
        Assets.images.logo.image(width: 120),
        // ImageProvider gerektiğinde:
        CircleAvatar(backgroundImage: Assets.images.avatar.provider()),
      ],
    );
  }
}
''')

R(I, "orta", "code", "Animasyonlu bir GIF'in sadece ilk karesini durağan resim olarak göster.", ["instantiateImageCodec", "getNextFrame", "RawImage"], r'''
import 'dart:ui' as ui;

class GifFirstFrame extends StatelessWidget {
  const GifFirstFrame({super.key, required this.assetPath});

  final String assetPath;

  Future<ui.Image> _firstFrame() async {
    final data = await rootBundle.load(assetPath);
    final codec = await ui.instantiateImageCodec(data.buffer.asUint8List());
    // İlk kareyi al, geri kalanını oynatma
    return (await codec.getNextFrame()).image;
  }

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<ui.Image>(
      future: _firstFrame(),
      builder: (context, snapshot) => snapshot.hasData
          ? RawImage(image: snapshot.data, width: 120, height: 120, fit: BoxFit.contain)
          : const SizedBox(width: 120, height: 120),
    );
  }
}
''')

R(I, "orta", "code", "Uygulama açılışında ana sayfadaki büyük hero resmini splash sırasında hazırla ki açıldığında beyaz boşluk görünmesin.", ["precacheImage", "AssetImage"], r'''
class WarmupGate extends StatefulWidget {
  const WarmupGate({super.key, required this.child});

  final Widget child;

  @override
  State<WarmupGate> createState() => _WarmupGateState();
}

class _WarmupGateState extends State<WarmupGate> {
  late final Future<void> _ready;

  @override
  void didChangeDependencies() {
    super.didChangeDependencies();
    // context gerektiği için initState yerine burada; sadece bir kez başlat
    _ready = precacheImage(const AssetImage('assets/images/home_hero.jpg'), context);
  }

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<void>(
      future: _ready,
      builder: (context, snapshot) => snapshot.connectionState == ConnectionState.done
          ? widget.child
          : const ColoredBox(color: Colors.white, child: Center(child: FlutterLogo(size: 72))),
    );
  }
}
''')

R(I, "kolay", "code", "Bir ikonu daire içinde, arka planı açık renkli bir rozet gibi göster.", ["Icon", "BoxShape.circle | CircleAvatar"], r'''
class IconBadge extends StatelessWidget {
  const IconBadge({super.key, required this.icon, this.color = Colors.blue});

  final IconData icon;
  final Color color;

  @override
  Widget build(BuildContext context) {
    return Container(
      padding: const EdgeInsets.all(12),
      decoration: BoxDecoration(
        color: color.withValues(alpha: 0.15),
        shape: BoxShape.circle,
      ),
      child: Icon(icon, color: color, size: 28),
    );
  }
}
''')

R(I, "orta", "code", "Ağdan gelen resmi gri tonlamalı göster; ColorFiltered kullanmadan resmin kendi color parametresiyle yap.", ["BlendMode.saturation", "color"], r'''
class GrayscaleNetworkImage extends StatelessWidget {
  const GrayscaleNetworkImage({super.key, required this.url});

  final String url;

  @override
  Widget build(BuildContext context) {
    // saturation karışımı: kaynak rengin doygunluğu (gri = 0) resme uygulanır
    return Image.network(
      url,
      color: Colors.grey,
      colorBlendMode: BlendMode.saturation,
    );
  }
}
''')

R(I, "zor", "code", "Çok büyük (ör. 8000x8000) bir harita resmini yakınlaştırılabilir göster ama bellekte ekran boyutuna göre küçültülmüş decode et.", ["ResizeImage", "InteractiveViewer"], r'''
class BigMapViewer extends StatelessWidget {
  const BigMapViewer({super.key});

  @override
  Widget build(BuildContext context) {
    final size = MediaQuery.sizeOf(context);
    final dpr = MediaQuery.devicePixelRatioOf(context);
    // Yakınlaştırma payı için ekran genişliğinin 2 katı kadar piksel yeterli
    final targetWidth = (size.width * dpr * 2).round();
    return InteractiveViewer(
      maxScale: 4,
      child: Image(
        image: ResizeImage(
          const AssetImage('assets/images/campus_map.png'),
          width: targetWidth,
          policy: ResizeImagePolicy.fit,
        ),
      ),
    );
  }
}
''')

R(I, "kolay", "code", "Uygulama içinde basit bir 'boş sepet' illüstrasyonu (asset) ve altında açıklama göster, resim en fazla 200 piksel olsun.", ["Image.asset", "width"], r'''
class EmptyCart extends StatelessWidget {
  const EmptyCart({super.key});

  @override
  Widget build(BuildContext context) {
    return Center(
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          Image.asset('assets/illustrations/empty_cart.png', width: 200),
          const SizedBox(height: 16),
          Text('Sepetin boş', style: Theme.of(context).textTheme.titleMedium),
          const Text('Beğendiğin ürünleri sepete ekle'),
        ],
      ),
    );
  }
}
''')
# ---------------------------------------------------------------- localization
R(L, "orta", "code", "Şehir adından sonra Türkçe ünlü uyumuna göre doğru bulunma ekini ('Ankara'da', 'İzmir'de', 'Sinop'ta') getiren fonksiyon yaz.", ["String", "endsWith | contains"], r'''
/// Son ünlüye göre -da/-de, son harf sert ünsüzse -ta/-te seçer.
String withLocativeSuffix(String name) {
  const backVowels = 'aıou';
  const frontVowels = 'eiöü';
  const hardConsonants = 'fstkçşhp'; // "FıSTıKÇı ŞaHaP"
  final lower = name.toLowerCase();
  var vowel = 'e';
  for (var i = lower.length - 1; i >= 0; i--) {
    final ch = lower[i];
    if (backVowels.contains(ch)) {
      vowel = 'a';
      break;
    }
    if (frontVowels.contains(ch)) break;
  }
  final last = lower[lower.length - 1];
  final consonant = hardConsonants.contains(last) ? 't' : 'd';
  return "$name'$consonant$vowel";
}

// withLocativeSuffix('Ankara') -> Ankara'da, withLocativeSuffix('Sinop') -> Sinop'ta
''')

R(L, "zor", "code", "Kullanıcı adından sonra Türkçe iyelik ekini doğru getiren fonksiyon yaz: 'Ali'nin', 'Ayşe'nin', 'Mehmet'in', 'Umut'un'.", ["String", "contains"], r'''
/// Dört yönlü ünlü uyumu: a/ı -> ın, e/i -> in, o/u -> un, ö/ü -> ün.
/// İsim ünlüyle bitiyorsa araya kaynaştırma 'n' girer.
String withGenitiveSuffix(String name) {
  const vowels = 'aeıioöuü';
  const map = {'a': 'ı', 'ı': 'ı', 'e': 'i', 'i': 'i', 'o': 'u', 'u': 'u', 'ö': 'ü', 'ü': 'ü'};
  // Türkçe küçük harfe çevir (I -> ı, İ -> i)
  final lower = name.replaceAll('I', 'ı').replaceAll('İ', 'i').toLowerCase();
  String? lastVowel;
  for (var i = lower.length - 1; i >= 0; i--) {
    if (vowels.contains(lower[i])) {
      lastVowel = lower[i];
      break;
    }
  }
  final suffixVowel = map[lastVowel] ?? 'i';
  final endsWithVowel = vowels.contains(lower[lower.length - 1]);
  return "$name'${endsWithVowel ? 'n' : ''}${suffixVowel}n";
}

// withGenitiveSuffix('Ali') -> Ali'nin, withGenitiveSuffix('Umut') -> Umut'un
''')

R(L, "zor", "code", "Fatura için tutarı Türkçe yazıyla yazan fonksiyon yaz (1250 -> 'bin iki yüz elli').", ["String", "~/"], r'''
String numberToTurkishWords(int n) {
  if (n == 0) return 'sıfır';
  const ones = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
  const tens = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'];
  const scales = ['', 'bin', 'milyon', 'milyar'];

  String threeDigits(int x) {
    final h = x ~/ 100, t = (x % 100) ~/ 10, o = x % 10;
    return [
      if (h > 0) h == 1 ? 'yüz' : '${ones[h]} yüz', // 'bir yüz' denmez
      if (t > 0) tens[t],
      if (o > 0) ones[o],
    ].join(' ');
  }

  final parts = <String>[];
  var scale = 0;
  while (n > 0) {
    final chunk = n % 1000;
    if (chunk > 0) {
      // 1000 'bir bin' değil 'bin' okunur
      final words = (scale == 1 && chunk == 1) ? '' : threeDigits(chunk);
      parts.insert(0, [words, scales[scale]].where((w) => w.isNotEmpty).join(' '));
    }
    n ~/= 1000;
    scale++;
  }
  return parts.join(' ');
}
''')

R(L, "orta", "code", "İngilizce arayüz için sıra sayılarını 1st, 2nd, 3rd, 11th, 22nd şeklinde, Türkçe için '1.' şeklinde üret.", ["languageCode | locale", "%"], r'''
String ordinal(int n, String languageCode) {
  if (languageCode == 'tr') return '$n.'; // Türkçede nokta yeterli: 3. sıra
  // 11, 12, 13 istisna: 11th, 12th, 13th
  final lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return '${n}th';
  switch (n % 10) {
    case 1:
      return '${n}st';
    case 2:
      return '${n}nd';
    case 3:
      return '${n}rd';
    default:
      return '${n}th';
  }
}

// ordinal(22, 'en') -> 22nd, ordinal(22, 'tr') -> 22.
''')

R(L, "orta", "code", "IBAN numarasını TR ile başlayacak şekilde 4'erli gruplar halinde boşluklu göster.", ["replaceAll", "StringBuffer | join"], r'''
String formatIban(String raw) {
  // Boşlukları temizle, büyük harfe çevir
  final clean = raw.replaceAll(RegExp(r'\s+'), '').toUpperCase();
  final buffer = StringBuffer();
  for (var i = 0; i < clean.length; i++) {
    if (i > 0 && i % 4 == 0) buffer.write(' ');
    buffer.write(clean[i]);
  }
  return buffer.toString();
}

// formatIban('tr330006100519786457841326')
// -> 'TR33 0006 1005 1978 6457 8413 26'
''')

R(L, "orta", "code", "Gün içindeki saati Türkçe selamlamaya çevir: sabah 'Günaydın', akşam 'İyi akşamlar', gece 'İyi geceler'.", ["DateTime.now | hour"], r'''
String greetingFor([DateTime? time]) {
  final hour = (time ?? DateTime.now()).hour;
  return switch (hour) {
    >= 5 && < 12 => 'Günaydın',
    >= 12 && < 18 => 'İyi günler',
    >= 18 && < 22 => 'İyi akşamlar',
    _ => 'İyi geceler',
  };
}

// Text('${greetingFor()}, Ayşe')
''')

R(L, "orta", "code", "Uygulamanın dilini Riverpod ile yönet: seçili Locale bir provider'da dursun, MaterialApp onu izlesin.", ["NotifierProvider | StateProvider", "ref.watch", "locale"], r'''
// pubspec.yaml: flutter_riverpod
import 'package:flutter_riverpod/flutter_riverpod.dart';

class LocaleNotifier extends Notifier<Locale> {
  @override
  Locale build() => const Locale('tr');

  void change(Locale locale) => state = locale;
}

final localeProvider = NotifierProvider<LocaleNotifier, Locale>(LocaleNotifier.new);

class MyApp extends ConsumerWidget {
  const MyApp({super.key});

  @override
  Widget build(BuildContext context, WidgetRef ref) {
    return MaterialApp(
      locale: ref.watch(localeProvider), // değişince tüm uygulama yeni dile geçer
      supportedLocales: const [Locale('tr'), Locale('en')],
      localizationsDelegates: GlobalMaterialLocalizations.delegates,
      home: Scaffold(
        body: Center(
          child: TextButton(
            onPressed: () => ref.read(localeProvider.notifier).change(const Locale('en')),
            child: const Text('English'),
          ),
        ),
      ),
    );
  }
}
''')

R(L, "orta", "code", "Dil seçimini bloc paketindeki bir Cubit ile tut ve MaterialApp'i BlocBuilder ile yeniden çiz.", ["Cubit<Locale>", "BlocBuilder", "emit"], r'''
// pubspec.yaml: flutter_bloc
import 'package:flutter_bloc/flutter_bloc.dart';

class LocaleCubit extends Cubit<Locale> {
  LocaleCubit() : super(const Locale('tr'));

  void setLanguage(String code) => emit(Locale(code));
}

class App extends StatelessWidget {
  const App({super.key});

  @override
  Widget build(BuildContext context) {
    return BlocProvider(
      create: (_) => LocaleCubit(),
      child: BlocBuilder<LocaleCubit, Locale>(
        builder: (context, locale) => MaterialApp(
          locale: locale,
          supportedLocales: const [Locale('tr'), Locale('en'), Locale('de')],
          localizationsDelegates: GlobalMaterialLocalizations.delegates,
          home: const Scaffold(body: Center(child: Text('Ana sayfa'))),
        ),
      ),
    );
  }
}
''')

R(L, "orta", "code", "Geleneksel Çince (zh-Hant) ve Basitleştirilmiş Çince'yi (zh-Hans) ayrı diller olarak desteklemek için Locale nasıl tanımlanır?", ["Locale.fromSubtags", "scriptCode"], r'''
const supportedLocales = [
  Locale('tr'),
  Locale('en'),
  // Aynı dil kodunun farklı yazı sistemleri scriptCode ile ayrılır
  Locale.fromSubtags(languageCode: 'zh', scriptCode: 'Hans'),
  Locale.fromSubtags(languageCode: 'zh', scriptCode: 'Hant'),
  // Bölge de gerekiyorsa:
  Locale.fromSubtags(languageCode: 'zh', scriptCode: 'Hant', countryCode: 'TW'),
];

// ARB dosya adları: app_zh_Hans.arb, app_zh_Hant.arb
// MaterialApp(supportedLocales: supportedLocales, ...)
''')

R(L, "kolay", "code", "Dil seçim ekranında dilleri kendi dillerindeki adlarıyla göster (Türkçe, English, Deutsch, العربية).", ["Locale", "languageCode"], r'''
const _nativeNames = {
  'tr': 'Türkçe',
  'en': 'English',
  'de': 'Deutsch',
  'ar': 'العربية',
};

class LanguageList extends StatelessWidget {
  const LanguageList({super.key, required this.current, required this.onSelect});

  final Locale current;
  final ValueChanged<Locale> onSelect;

  @override
  Widget build(BuildContext context) {
    return ListView(
      children: [
        for (final entry in _nativeNames.entries)
          ListTile(
            title: Text(entry.value),
            trailing: current.languageCode == entry.key ? const Icon(Icons.check) : null,
            onTap: () => onSelect(Locale(entry.key)),
          ),
      ],
    );
  }
}
''')

R(L, "orta", "code", "Ülke kodundan (TR, DE, US) bayrak emojisi üreten bir fonksiyon yaz.", ["String.fromCharCodes", "codeUnits | codeUnitAt"], r'''
/// Bölgesel gösterge harfleri: 'A' -> U+1F1E6. İki harf yan yana bayrak emojisi olur.
String flagEmoji(String countryCode) {
  const base = 0x1F1E6 - 0x41; // 'A' karakterinin kodu 0x41
  final code = countryCode.toUpperCase();
  return String.fromCharCodes(code.codeUnits.map((c) => base + c));
}

// flagEmoji('TR') -> 🇹🇷, flagEmoji('de') -> 🇩🇪
''')

R(L, "orta", "code", "intl'de Intl.select ile kullanıcı tipine (admin, editor, diğer) göre farklı mesaj döndür.", ["Intl.select"], r'''
import 'package:intl/intl.dart';

String roleWelcome(String role, String name) => Intl.select(
      role,
      {
        'admin': 'Yönetici paneline hoş geldin, $name',
        'editor': 'İçeriklerin seni bekliyor, $name',
        // 'other' anahtarı eşleşmeyen tüm değerler için zorunlu
        'other': 'Hoş geldin, $name',
      },
      name: 'roleWelcome',
      args: [role, name],
    );
''')

R(L, "kolay", "code", "Loglara intl kütüphanesinin aktif biçimlendirme ayarını yazmak istiyorum; getCurrentLocale ne döndürür, kısa koda nasıl çevrilir?", ["Intl.getCurrentLocale"], r'''
import 'package:intl/intl.dart';

void logIntlLocale() {
  // Intl.defaultLocale atanmışsa onu, yoksa sistem locale'ini (ör. 'tr_TR') döndürür
  final current = Intl.getCurrentLocale();
  debugPrint('intl dili: $current');
  // Kısa dil kodu gerekiyorsa:
  debugPrint('dil kodu: ${Intl.shortLocale(current)}'); // 'tr'
}
''')

R(L, "orta", "code", "Flutter olmayan saf Dart komut satırı aracında sistemin dilini bulup intl'e varsayılan olarak ata.", ["findSystemLocale", "Intl.systemLocale | Intl.defaultLocale"], r'''
// pubspec.yaml: intl
import 'package:intl/intl.dart';
import 'package:intl/intl_standalone.dart'; // dart:io tabanlı platformlar için

Future<void> main() async {
  // Ortam değişkenlerinden (LANG vb.) sistem dilini okur ve Intl.systemLocale'e yazar
  final locale = await findSystemLocale();
  Intl.defaultLocale = locale;
  print('Sistem dili: $locale');
  print(NumberFormat.decimalPattern().format(1234567.89));
}
''')

R(L, "orta", "concept", "'No MaterialLocalizations found' hatası alıyorum, neden olur ve nasıl çözülür?", ["MaterialLocalizations", "localizationsDelegates | MaterialApp"], r'''
// TextField, AlertDialog, showDatePicker gibi Material widget'ları metinlerini
// MaterialLocalizations'tan alır. Bu hata genelde şu durumlarda çıkar:
// 1) Widget MaterialApp'in DIŞINDA (ör. MaterialApp'i oluşturan build içinde) kullanılıyor.
// 2) MaterialApp yerine WidgetsApp/CupertinoApp kullanılıp delegate eklenmemiş.
// 3) Testte widget MaterialApp ile sarılmamış.
class MyApp extends StatelessWidget {
  const MyApp({super.key});

  @override
  Widget build(BuildContext context) {
    return const MaterialApp(
      localizationsDelegates: GlobalMaterialLocalizations.delegates,
      supportedLocales: [Locale('tr'), Locale('en')],
      // showDatePicker vb. çağrıları MaterialApp'in altındaki bir context ile yapın
      home: Scaffold(body: Center(child: TextField())),
    );
  }
}
''')

R(L, "orta", "concept", "gen-l10n kullanıyorum ama 'package:flutter_gen/gen_l10n/app_localizations.dart' bulunamıyor diyor, ne eksik?", ["generate: true | l10n.yaml", "AppLocalizations"], r'''
// Kontrol listesi:
// 1) pubspec.yaml içinde:
//      flutter:
//        generate: true
// 2) Kök dizinde l10n.yaml:
//      arb-dir: lib/l10n
//      template-arb-file: app_tr.arb
//      output-localization-file: app_localizations.dart
// 3) `flutter gen-l10n` veya `flutter pub get` ile üretim.
// 4) Yeni Flutter sürümlerinde sentetik paket kaldırıldı: dosya artık lib/l10n
//    altında üretilir ve göreli import edilir:
import 'l10n/app_localizations.dart';

class Greeting extends StatelessWidget {
  const Greeting({super.key});

  @override
  Widget build(BuildContext context) {
    return Text(AppLocalizations.of(context)!.helloWorld);
  }
}
''')

R(L, "zor", "concept", "ARB mesajında süslü parantez veya tek tırnak gibi özel karakterleri nasıl yazarım?", ["use-escaping", "AppLocalizations"], r'''
// ICU sözdiziminde { } placeholder demektir. Metinde düz süslü parantez veya
// tek tırnak göstermek için l10n.yaml'da kaçış etkinleştirilir:
//   use-escaping: true
// Sonra ARB'de tek tırnakla kaçırılır:
//   "jsonHint": "Örnek: '{' \"ad\": \"Ali\" '}'",
//   "apostrophe": "Ali''nin profili"     // '' -> tek bir '
// Dart tarafında normal getter olarak kullanılır:
class HintText extends StatelessWidget {
  const HintText({super.key});

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    return Column(
      children: [
        Text(l10n.jsonHint), // Örnek: { "ad": "Ali" }
        Text(l10n.apostrophe), // Ali'nin profili
      ],
    );
  }
}
''')

R(L, "zor", "code", "ARB'de hem cinsiyete hem sayıya bağlı mesaj yaz: '{name} 3 fotoğraf ekledi' cümlesi iç içe select ve plural kullansın.", ["select", "plural", "AppLocalizations"], r'''
// app_en.arb:
// "photosAdded": "{gender, select, female{{count, plural, =1{She added a photo} other{She added {count} photos}}} male{{count, plural, =1{He added a photo} other{He added {count} photos}}} other{{count, plural, =1{They added a photo} other{They added {count} photos}}}}",
// "@photosAdded": {
//   "placeholders": {
//     "gender": {"type": "String"},
//     "count": {"type": "int"}
//   }
// }
// Türkçede 'o' cinsiyetsiz olduğu için app_tr.arb'de select gereksizdir:
// "photosAdded": "{count, plural, =1{Bir fotoğraf ekledi} other{{count} fotoğraf ekledi}}"

class ActivityText extends StatelessWidget {
  const ActivityText({super.key, required this.gender, required this.count});

  final String gender; // 'female' | 'male' | 'other'
  final int count;

  @override
  Widget build(BuildContext context) {
    return Text(AppLocalizations.of(context)!.photosAdded(gender, count));
  }
}
''')

R(L, "kolay", "code", "Bir tarihi 'Q1 2024' yerine Türkçe '1. çeyrek 2024' gibi çeyrek yıl olarak göster.", ["DateFormat", "QQQQ | QQQ"], r'''
import 'package:intl/date_symbol_data_local.dart';
import 'package:intl/intl.dart';

Future<String> quarterLabel(DateTime date) async {
  await initializeDateFormatting('tr');
  // QQQQ: çeyreğin uzun adı ('1. çeyrek'), QQQ: kısa adı ('Ç1')
  return DateFormat('QQQQ y', 'tr').format(date);
}
''')

R(L, "orta", "code", "Takipçi sayısını '1,2 milyon' gibi kısaltmayı uzun yazarak (kelimeyle) Türkçe formatla.", ["NumberFormat.compactLong"], r'''
import 'package:intl/intl.dart';

String followersLong(int count) {
  // compact: '1,2 Mn', compactLong: '1,2 milyon'
  return NumberFormat.compactLong(locale: 'tr').format(count);
}

// followersLong(1234567) -> '1,2 milyon'
// followersLong(45300)   -> '45 bin'
''')

R(L, "kolay", "code", "0.125 gibi oranları bir ondalık basamakla Türkçe yüzde olarak (%12,5) göster.", ["NumberFormat.decimalPercentPattern", "decimalDigits"], r'''
import 'package:intl/intl.dart';

final _percent = NumberFormat.decimalPercentPattern(locale: 'tr', decimalDigits: 1);

String formatRatio(double ratio) => _percent.format(ratio);

// formatRatio(0.125) -> '%12,5'
''')

R(L, "orta", "code", "Mesafeyi dile göre göster: 1000 metreden kısaysa '850 m', uzunsa '1,2 km' (Türkçede virgüllü).", ["NumberFormat", "format"], r'''
import 'package:intl/intl.dart';

String formatDistance(double meters, String locale) {
  if (meters < 1000) {
    return '${NumberFormat.decimalPattern(locale).format(meters.round())} m';
  }
  // En fazla bir ondalık basamak, ayraç locale'e göre
  final km = NumberFormat('#,##0.#', locale).format(meters / 1000);
  return '$km km';
}

// formatDistance(1234, 'tr') -> '1,2 km'
// formatDistance(1234, 'en') -> '1.2 km'
''')

R(L, "orta", "code", "Hava durumunu ABD'li kullanıcıya Fahrenheit, diğerlerine Celsius olarak göster.", ["countryCode", "Localizations.localeOf"], r'''
class TemperatureText extends StatelessWidget {
  const TemperatureText({super.key, required this.celsius});

  final double celsius;

  @override
  Widget build(BuildContext context) {
    final locale = Localizations.localeOf(context);
    // Fahrenheit kullanan başlıca ülkeler
    const fahrenheitCountries = {'US', 'LR', 'BS', 'KY', 'PW'};
    final useF = fahrenheitCountries.contains(locale.countryCode);
    final value = useF ? celsius * 9 / 5 + 32 : celsius;
    return Text('${value.round()}°${useF ? 'F' : 'C'}');
  }
}
''')

R(L, "orta", "code", "timeago paketini Türkçe mesajlarla kullanarak yorum tarihlerini '5 dakika önce' şeklinde göster.", ["setLocaleMessages", "TrMessages", "format"], r'''
// pubspec.yaml: timeago
import 'package:timeago/timeago.dart' as timeago;

void setupTimeago() {
  // Varsayılan olarak sadece İngilizce yüklüdür; Türkçeyi kaydet
  timeago.setLocaleMessages('tr', timeago.TrMessages());
}

class CommentTime extends StatelessWidget {
  const CommentTime({super.key, required this.createdAt});

  final DateTime createdAt;

  @override
  Widget build(BuildContext context) {
    return Text(timeago.format(createdAt, locale: 'tr'));
  }
}
''')

R(L, "zor", "code", "Kullanıcının seçtiği saat dilimine göre (Europe/Istanbul, America/New_York) toplantı saatini göster; timezone paketini kullan.", ["TZDateTime", "getLocation", "initializeTimeZones"], r'''
// pubspec.yaml: timezone
import 'package:timezone/data/latest.dart' as tzdata;
import 'package:timezone/timezone.dart' as tz;

void initTimeZones() => tzdata.initializeTimeZones(); // uygulama açılışında bir kez

String meetingTimeIn(DateTime utcMeeting, String zoneName) {
  final location = tz.getLocation(zoneName);
  // UTC anı hedef saat dilimine çevir (yaz saati dahil)
  final local = tz.TZDateTime.from(utcMeeting, location);
  final hh = local.hour.toString().padLeft(2, '0');
  final mm = local.minute.toString().padLeft(2, '0');
  return '$hh:$mm (${local.timeZoneName})';
}

// meetingTimeIn(DateTime.utc(2024, 7, 1, 9), 'Europe/Istanbul') -> '12:00 (+03)'
''')

R(L, "orta", "code", "easy_localization ile çeviri metnine isimli parametre geç: 'Merhaba {name}' şablonunda ismi doldur.", ["tr(", "namedArgs"], r'''
// assets/translations/tr.json: { "greeting": "Merhaba {name}, {count} yeni bildirimin var" }
import 'package:easy_localization/easy_localization.dart';

class GreetingText extends StatelessWidget {
  const GreetingText({super.key, required this.name, required this.count});

  final String name;
  final int count;

  @override
  Widget build(BuildContext context) {
    return Text(
      'greeting'.tr(namedArgs: {'name': name, 'count': '$count'}),
    );
  }
}
''')

R(L, "orta", "code", "easy_localization ile sepetteki ürün sayısına göre çoğul metin göster.", ["plural("], r'''
// assets/translations/tr.json:
// { "cartItems": { "zero": "Sepetin boş", "one": "Sepette {} ürün var", "other": "Sepette {} ürün var" } }
// assets/translations/en.json:
// { "cartItems": { "zero": "Your cart is empty", "one": "{} item in cart", "other": "{} items in cart" } }
import 'package:easy_localization/easy_localization.dart';

class CartCount extends StatelessWidget {
  const CartCount({super.key, required this.count});

  final int count;

  @override
  Widget build(BuildContext context) {
    // {} yerine sayı yazılır, dilin çoğul kuralına göre anahtar seçilir
    return Text(plural('cartItems', count));
  }
}
''')

R(L, "kolay", "code", "easy_localization'da kullanıcının seçtiği dili silip cihaz diline geri dönen bir 'Sistem dili' seçeneği ekle.", ["resetLocale | deleteSaveLocale", "deviceLocale"], r'''
import 'package:easy_localization/easy_localization.dart';

class SystemLanguageTile extends StatelessWidget {
  const SystemLanguageTile({super.key});

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: const Icon(Icons.phone_android),
      title: const Text('Sistem dili'),
      subtitle: Text(context.deviceLocale.toLanguageTag()),
      onTap: () async {
        // Kaydedilmiş tercihi siler ve cihaz diline (desteklenmiyorsa fallback'e) döner
        await context.resetLocale();
      },
    );
  }
}
''')

R(L, "orta", "code", "easy_localization'ı desteklenmeyen bir cihaz dilinde İngilizceye düşecek ve seçimi kaydedecek şekilde main'de yapılandır.", ["EasyLocalization.ensureInitialized", "fallbackLocale"], r'''
import 'package:easy_localization/easy_localization.dart';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await EasyLocalization.ensureInitialized();
  runApp(
    EasyLocalization(
      supportedLocales: const [Locale('tr'), Locale('en')],
      path: 'assets/translations',
      fallbackLocale: const Locale('en'), // cihaz dili desteklenmiyorsa
      saveLocale: true, // kullanıcının seçimi bir sonraki açılışta hatırlanır
      useOnlyLangCode: true, // tr.json, en.json dosya adları
      child: const MyApp(),
    ),
  );
}
''')

R(L, "kolay", "code", "Kartın köşe yuvarlaklıklarını sadece başlangıç tarafında (LTR'de sol, RTL'de sağ) ver.", ["BorderRadiusDirectional"], r'''
class StartRoundedTag extends StatelessWidget {
  const StartRoundedTag({super.key, required this.text});

  final String text;

  @override
  Widget build(BuildContext context) {
    return Container(
      padding: const EdgeInsetsDirectional.fromSTEB(12, 4, 8, 4),
      decoration: const BoxDecoration(
        color: Colors.orange,
        // start tarafı yazı yönüne göre sol veya sağ olur
        borderRadius: BorderRadiusDirectional.horizontal(start: Radius.circular(16)),
      ),
      child: Text(text),
    );
  }
}
''')

R(L, "orta", "code", "Japonca ve Çince aynı karakterleri farklı glif ile gösteriyor; bir metnin Japonca fontla çizilmesini zorla.", ["Text", "locale"], r'''
class JapaneseName extends StatelessWidget {
  const JapaneseName({super.key, required this.name});

  final String name;

  @override
  Widget build(BuildContext context) {
    // Han karakterleri (CJK) dile göre farklı glif seçer; locale vermek
    // motorun doğru yazı tipi varyantını seçmesini sağlar
    return Text(
      name,
      locale: const Locale('ja', 'JP'),
      style: const TextStyle(fontSize: 20),
    );
  }
}
''')

R(L, "zor", "code", "Çevirileri uygulamaya gömmek yerine sunucudan JSON olarak indir, cihazda sakla ve internet yoksa son indirilen çeviriyi kullan.", ["jsonDecode", "writeAsString", "readAsString"], r'''
import 'dart:convert';
import 'dart:io';
import 'package:http/http.dart' as http;
import 'package:path_provider/path_provider.dart';

class RemoteTranslations {
  Map<String, String> _strings = {};

  String t(String key) => _strings[key] ?? key;

  Future<void> load(String lang) async {
    final dir = await getApplicationSupportDirectory();
    final cache = File('${dir.path}/i18n_$lang.json');
    try {
      final res = await http
          .get(Uri.parse('https://api.ornek.com/i18n/$lang.json'))
          .timeout(const Duration(seconds: 5));
      if (res.statusCode == 200) {
        await cache.writeAsString(res.body); // son başarılı sürümü sakla
      }
    } on Exception {
      // çevrimdışı: önbellekteki sürümle devam
    }
    if (await cache.exists()) {
      final map = jsonDecode(await cache.readAsString()) as Map<String, dynamic>;
      _strings = map.map((k, v) => MapEntry(k, v.toString()));
    }
  }
}
''')

R(L, "orta", "code", "Tarih seçicide yalnızca tarih aralığı seçilebilsin ve pencere başlığı ile buton yazıları Türkçe olsun.", ["showDateRangePicker", "helpText", "saveText"], r'''
Future<DateTimeRange?> pickVacation(BuildContext context) {
  final now = DateTime.now();
  return showDateRangePicker(
    context: context,
    firstDate: now,
    lastDate: now.add(const Duration(days: 365)),
    locale: const Locale('tr'), // ay/gün adları için delegate'ler MaterialApp'te olmalı
    helpText: 'İzin tarihlerini seç',
    saveText: 'Kaydet',
    cancelText: 'Vazgeç',
    fieldStartLabelText: 'Başlangıç',
    fieldEndLabelText: 'Bitiş',
  );
}
''')

R(L, "kolay", "code", "Bir tarihi Türkçe olarak kısa ay adıyla '5 Mar 2024' şeklinde göster.", ["DateFormat", "MMM"], r'''
import 'package:intl/date_symbol_data_local.dart';
import 'package:intl/intl.dart';

Future<String> shortMonthDate(DateTime date) async {
  await initializeDateFormatting('tr');
  // MMM: kısaltılmış ay adı (Oca, Şub, Mar ...)
  return DateFormat('d MMM y', 'tr').format(date);
}
''')

R(L, "orta", "code", "Sohbet ekranında tarih ayraçları için gün adı ve tarihi birlikte yerel kalıpla göster (ör. 'Cum, 8 Mar').", ["DateFormat.MMMEd"], r'''
import 'package:intl/intl.dart';

class DateSeparator extends StatelessWidget {
  const DateSeparator({super.key, required this.date});

  final DateTime date;

  @override
  Widget build(BuildContext context) {
    final locale = Localizations.localeOf(context).toLanguageTag();
    // Hazır iskelet: kısa gün adı + gün + kısa ay; sıra dile göre otomatik
    final text = DateFormat.MMMEd(locale).format(date);
    return Center(
      child: Chip(label: Text(text)),
    );
  }
}
''')

R(L, "orta", "code", "Saat bilgisini cihazın diline göre 12 veya 24 saat kalıbıyla yazdıran intl formatını kullan.", ["DateFormat.jm"], r'''
import 'package:intl/intl.dart';

String localizedTime(DateTime time, String locale) {
  // 'j' iskeleti: dilin tercih ettiği saat sistemi
  // en_US -> 2:30 PM, tr -> 14:30
  return DateFormat.jm(locale).format(time);
}
''')

R(L, "kolay", "code", "Kredi karti son kullanma tarihini AA/YY formatinda goster.", ["DateFormat | padLeft"], r'''
String formatCardExpiry(DateTime expiry) {
  final month = expiry.month.toString().padLeft(2, '0');
  final year = (expiry.year % 100).toString().padLeft(2, '0');
  return '$month/$year';
}

// formatCardExpiry(DateTime(2027, 4)) -> '04/27'
''')

R(L, "orta", "code", "NumberFormat ile fiyatı sembol sonda olacak şekilde '1.250,00 TL' olarak yaz.", ["NumberFormat", "symbol"], r'''
import 'package:intl/intl.dart';

// Özel desen: ¤ para birimi işaretinin yerini belirler
final _tl = NumberFormat.currency(
  locale: 'tr',
  customPattern: '#,##0.00 ¤',
  symbol: 'TL',
  decimalDigits: 2,
);

String priceTl(num value) => _tl.format(value);

// priceTl(1250) -> '1.250,00 TL'
''')

R(L, "orta", "code", "Yalnızca tam sayıysa ondalık göstermeyen, değilse en fazla iki ondalık gösteren Türkçe sayı formatı yaz (12 -> 12, 12.5 -> 12,5).", ["NumberFormat", "maximumFractionDigits | #,##0.##"], r'''
import 'package:intl/intl.dart';

final _smart = NumberFormat.decimalPattern('tr')
  ..minimumFractionDigits = 0
  ..maximumFractionDigits = 2;

String smartNumber(num value) => _smart.format(value);

// smartNumber(12)      -> '12'
// smartNumber(12.5)    -> '12,5'
// smartNumber(1234.567) -> '1.234,57'
''')

R(L, "kolay", "code", "Sayıyı İngilizce bilimsel gösterimde (1.2E6 gibi) yazdır.", ["NumberFormat.scientificPattern"], r'''
import 'package:intl/intl.dart';

String scientific(num value) {
  final format = NumberFormat.scientificPattern('en_US');
  return format.format(value);
}

// scientific(1200000) -> '1E6' (desen gereği); daha fazla basamak için:
String scientificPrecise(num value) => NumberFormat('0.00E0', 'en_US').format(value);
// scientificPrecise(1234567) -> '1.23E6'
''')

R(L, "orta", "code", "Sunucudan gelen hata kodlarını (ör. 'INSUFFICIENT_BALANCE') seçili dilde kullanıcıya anlaşılır mesaja çevir.", ["AppLocalizations", "switch"], r'''
String errorMessage(BuildContext context, String code) {
  final l10n = AppLocalizations.of(context)!;
  // Her kodun ARB'de bir karşılığı var; bilinmeyenler genel mesaja düşer
  return switch (code) {
    'INSUFFICIENT_BALANCE' => l10n.errorInsufficientBalance,
    'CARD_EXPIRED' => l10n.errorCardExpired,
    'NETWORK' => l10n.errorNetwork,
    _ => l10n.errorUnknown,
  };
}

// ScaffoldMessenger.of(context).showSnackBar(
//   SnackBar(content: Text(errorMessage(context, response.code))));
''')

R(L, "zor", "code", "BuildContext olmadan, cihaz diline göre AppLocalizations örneği oluşturup arka plan bildirim metnini hazırla.", ["lookupAppLocalizations", "PlatformDispatcher"], r'''
import 'dart:ui';

AppLocalizations localizationsForDevice() {
  final device = PlatformDispatcher.instance.locale;
  // Cihaz dili desteklenmiyorsa Türkçeye düş
  final supported = AppLocalizations.supportedLocales
      .any((l) => l.languageCode == device.languageCode);
  return lookupAppLocalizations(supported ? Locale(device.languageCode) : const Locale('tr'));
}

String reminderNotificationBody(int count) {
  final l10n = localizationsForDevice();
  return l10n.pendingTasksReminder(count);
}
''')

R(L, "orta", "code", "Widget testinde Türkçe ve İngilizce için ayrı ayrı ekranın doğru metni gösterdiğini kontrol et (iki dilde de çalışsın).", ["testWidgets", "locale", "AppLocalizations.delegate | AppLocalizations.localizationsDelegates"], r'''
import 'package:flutter_test/flutter_test.dart';

Widget _app(Locale locale) => MaterialApp(
      locale: locale,
      localizationsDelegates: AppLocalizations.localizationsDelegates,
      supportedLocales: AppLocalizations.supportedLocales,
      home: Builder(builder: (context) => Text(AppLocalizations.of(context)!.save)),
    );

void main() {
  const cases = {'tr': 'Kaydet', 'en': 'Save'};
  for (final entry in cases.entries) {
    testWidgets('kaydet butonu ${entry.key}', (tester) async {
      await tester.pumpWidget(_app(Locale(entry.key)));
      await tester.pumpAndSettle(); // delegate'ler asenkron yüklenir
      expect(find.text(entry.value), findsOneWidget);
    });
  }
}
''')

R(L, "kolay", "code", "Dile göre değişen uzun bir buton metninde taşma olmasın; Almancada yazı uzayınca buton küçülmesin, metin ölçeklensin.", ["FittedBox", "BoxFit.scaleDown"], r'''
class LocalizedButton extends StatelessWidget {
  const LocalizedButton({super.key, required this.label, required this.onPressed});

  final String label; // ör. 'Kaydet' / 'Speichern und fortfahren'
  final VoidCallback onPressed;

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      width: 140,
      child: FilledButton(
        onPressed: onPressed,
        // Metin sığmazsa küçülür, sığarsa normal boyutta kalır
        child: FittedBox(fit: BoxFit.scaleDown, child: Text(label, maxLines: 1)),
      ),
    );
  }
}
''')

R(L, "orta", "code", "Arapça gibi sağdan sola dillerde geri/ileri ok ikonları otomatik aynalansın.", ["Directionality.of | TextDirection.rtl", "Icons.arrow_forward | Icons.arrow_back"], r'''
class NextArrow extends StatelessWidget {
  const NextArrow({super.key});

  @override
  Widget build(BuildContext context) {
    // Icons.arrow_forward gibi yön belirten Material ikonların çoğu RTL'de
    // otomatik aynalanır (IconData.matchTextDirection = true). Kendi ikonun için:
    final isRtl = Directionality.of(context) == TextDirection.rtl;
    return Row(
      mainAxisSize: MainAxisSize.min,
      children: [
        const Icon(Icons.arrow_forward), // otomatik
        Transform.flip(
          flipX: isRtl, // aynalanmayan özel ikon için elle
          child: const Icon(Icons.send),
        ),
      ],
    );
  }
}
''')

R(L, "orta", "code", "Adres gibi dile göre parçaların sırası değişen metinleri tek bir ARB mesajıyla yönet, kodda birleştirme yapma.", ["AppLocalizations", "placeholders | {"], r'''
// Yanlış: '$city, $district' gibi kodda birleştirme dilin sözdizimini sabitler.
// Doğru: tüm cümle ARB'de, sıra çevirmene bırakılır.
// app_tr.arb: "deliveryTo": "{district}, {city} adresine teslim edilecek"
// app_en.arb: "deliveryTo": "Will be delivered to {district}, {city}"
// "@deliveryTo": {"placeholders": {"district": {"type": "String"}, "city": {"type": "String"}}}
class DeliveryLine extends StatelessWidget {
  const DeliveryLine({super.key, required this.city, required this.district});

  final String city;
  final String district;

  @override
  Widget build(BuildContext context) {
    return Text(AppLocalizations.of(context)!.deliveryTo(district, city));
  }
}
''')

R(L, "zor", "code", "Uygulama içi dil değiştirme ile GoRouter kullanıyorum; URL'de dil kodu olsun (/tr/urunler, /en/products) ve rota dili belirlesin.", ["GoRouter", "pathParameters", "Localizations.override"], r'''
// pubspec.yaml: go_router
import 'package:go_router/go_router.dart';

final router = GoRouter(
  initialLocation: '/tr',
  routes: [
    GoRoute(
      path: '/:lang',
      builder: (context, state) {
        final lang = state.pathParameters['lang']!;
        final locale = const ['tr', 'en'].contains(lang) ? Locale(lang) : const Locale('tr');
        // Alt ağacı URL'deki dile zorla
        return Localizations.override(
          context: context,
          locale: locale,
          child: const Scaffold(body: Center(child: Text('Ürünler'))),
        );
      },
    ),
  ],
);

// MaterialApp.router(routerConfig: router,
//   localizationsDelegates: GlobalMaterialLocalizations.delegates,
//   supportedLocales: const [Locale('tr'), Locale('en')])
''')

R(L, "orta", "code", "TextField'a Türkçe isim yazarken her kelimenin baş harfi otomatik büyük olsun.", ["textCapitalization", "TextCapitalization.words"], r'''
class FullNameField extends StatelessWidget {
  const FullNameField({super.key, required this.controller});

  final TextEditingController controller;

  @override
  Widget build(BuildContext context) {
    return TextField(
      controller: controller,
      // Klavye her kelimenin ilk harfini büyük önerir (i -> İ için klavyenin Türkçe olması gerekir)
      textCapitalization: TextCapitalization.words,
      keyboardType: TextInputType.name,
      autofillHints: const [AutofillHints.name],
      decoration: const InputDecoration(labelText: 'Ad Soyad'),
    );
  }
}
''')

R(L, "kolay", "code", "Ayarlarda seçili dili ve ülkeyi 'tr-TR' gibi BCP-47 etiketi olarak göster.", ["toLanguageTag", "Localizations.localeOf"], r'''
class LocaleInfoTile extends StatelessWidget {
  const LocaleInfoTile({super.key});

  @override
  Widget build(BuildContext context) {
    final locale = Localizations.localeOf(context);
    return ListTile(
      title: const Text('Dil etiketi'),
      // toString() 'tr_TR' verir, toLanguageTag() standart 'tr-TR' verir
      subtitle: Text(locale.toLanguageTag()),
    );
  }
}
''')

R(L, "zor", "code", "Desteklenen diller listesini ARB dosyalarından elle yazmadan, cihaz dilini önceleyerek sıralı göster.", ["AppLocalizations.supportedLocales", "PlatformDispatcher.instance.locale"], r'''
import 'dart:ui';

List<Locale> languagesForPicker() {
  final device = PlatformDispatcher.instance.locale;
  // gen-l10n, supportedLocales'ı ARB dosyalarından otomatik üretir
  final all = [...AppLocalizations.supportedLocales];
  all.sort((a, b) {
    final aDevice = a.languageCode == device.languageCode;
    final bDevice = b.languageCode == device.languageCode;
    if (aDevice != bDevice) return aDevice ? -1 : 1; // cihaz dili en üstte
    return a.languageCode.compareTo(b.languageCode);
  });
  return all;
}
''')

R(L, "orta", "code", "Tarih seçiciden gelen doğum tarihini kullanıcının diline göre kısa sayısal biçimde göster (TR: 05.03.1990, US: 3/5/1990).", ["DateFormat.yMd | DateFormat.yMd(", "Localizations.localeOf"], r'''
import 'package:intl/intl.dart';

class BirthDateText extends StatelessWidget {
  const BirthDateText({super.key, required this.date});

  final DateTime date;

  @override
  Widget build(BuildContext context) {
    final tag = Localizations.localeOf(context).toLanguageTag();
    // yMd iskeleti sırayı ve ayıracı dile göre belirler
    return Text(DateFormat.yMd(tag).format(date));
  }
}
''')

R(L, "orta", "code", "Arama sonuçlarında eşleşen kelimeyi Türkçe büyük/küçük harf farkını gözetmeden kalın göster.", ["TextSpan", "indexOf"], r'''
String _trLower(String s) => s.replaceAll('I', 'ı').replaceAll('İ', 'i').toLowerCase();

class HighlightedText extends StatelessWidget {
  const HighlightedText({super.key, required this.text, required this.query});

  final String text;
  final String query;

  @override
  Widget build(BuildContext context) {
    // Türkçe küçük harf dönüşümü karakter sayısını değiştirmez; indeksler aynı kalır
    final start = query.isEmpty ? -1 : _trLower(text).indexOf(_trLower(query));
    if (start < 0) return Text(text);
    final end = start + query.length;
    return Text.rich(
      TextSpan(children: [
        TextSpan(text: text.substring(0, start)),
        TextSpan(text: text.substring(start, end), style: const TextStyle(fontWeight: FontWeight.bold)),
        TextSpan(text: text.substring(end)),
      ]),
    );
  }
}
''')

R(L, "kolay", "code", "Türkçe bir metni en fazla 20 karakterle kısaltıp sonuna üç nokta ekle, kelimenin ortasından kesme.", ["lastIndexOf", "substring"], r'''
String shorten(String text, {int max = 20}) {
  if (text.length <= max) return text;
  final cut = text.substring(0, max);
  // Son boşluktan kes; hiç boşluk yoksa sert kes
  final space = cut.lastIndexOf(' ');
  return '${(space > 0 ? cut.substring(0, space) : cut).trimRight()}…';
}

// shorten('Çok güzel bir yaz akşamı geçirdik') -> 'Çok güzel bir yaz…'
''')

R(L, "orta", "code", "ARB'deki sayı placeholder'ının binlik ayraçlı gösterilmesini sağla ('12.500 adım attın').", ["format", "decimalPattern", "AppLocalizations"], r'''
// app_tr.arb:
// "stepsToday": "Bugün {steps} adım attın",
// "@stepsToday": {
//   "placeholders": {
//     "steps": {"type": "int", "format": "decimalPattern"}
//   }
// }
// Üretilen kod NumberFormat.decimalPattern(localeName) ile biçimlendirir.
class StepsText extends StatelessWidget {
  const StepsText({super.key, required this.steps});

  final int steps;

  @override
  Widget build(BuildContext context) {
    return Text(AppLocalizations.of(context)!.stepsToday(steps)); // 'Bugün 12.500 adım attın'
  }
}
''')

R(L, "kolay", "code", "Saniye cinsinden verilen sarki suresini '3:07' biciminde goster.", ["padLeft", "~/"], r'''
String formatTrackLength(int totalSeconds) {
  final minutes = totalSeconds ~/ 60;
  final seconds = totalSeconds % 60;
  return '$minutes:${seconds.toString().padLeft(2, '0')}';
}

// formatTrackLength(187) -> '3:07'
''')

R(L, "orta", "code", "Türkiye saatine göre (UTC+3) mağazanın şu an açık olup olmadığını, cihazın saat dilimi ne olursa olsun hesapla.", ["toUtc", "Duration(hours: 3)"], r'''
/// Mağaza İstanbul saatiyle 09:00-21:00 arası açık. Türkiye'de yaz saati
/// uygulanmadığı için sabit UTC+3 farkı yeterli.
bool isStoreOpen([DateTime? now]) {
  final istanbul = (now ?? DateTime.now()).toUtc().add(const Duration(hours: 3));
  final minutes = istanbul.hour * 60 + istanbul.minute;
  return minutes >= 9 * 60 && minutes < 21 * 60;
}
''')

R(L, "orta", "concept", "Locale('tr') kullanınca Intl ile 'tr_TR' arasında tarih formatı farkı olur mu; intl locale adlarını nasıl eşler?", ["Intl.canonicalizedLocale | Intl.verifiedLocale", "DateFormat"], r'''
import 'package:intl/intl.dart';

void localeNames() {
  // intl 'tr-TR', 'tr_TR', 'tr' yazımlarını normalize eder
  print(Intl.canonicalizedLocale('tr-TR')); // tr_TR
  // Belirli bölge verisi yoksa dile düşer: tr_TR için 'tr' verisi kullanılır
  print(Intl.verifiedLocale('tr_TR', DateFormat.localeExists)); // tr veya tr_TR
  // Sonuç: Türkçe için 'tr' ile 'tr_TR' aynı tarih/sayı biçimlerini üretir
}
''')

R(L, "zor", "code", "Kendi LocalizationsDelegate'imde çevirileri senkron yükleyerek ilk karede boş metin görünmesini engelle.", ["LocalizationsDelegate", "SynchronousFuture", "shouldReload"], r'''
class AppStrings {
  AppStrings(this.locale);

  final Locale locale;

  static const _values = {
    'tr': {'title': 'Alışveriş', 'cart': 'Sepet'},
    'en': {'title': 'Shopping', 'cart': 'Cart'},
  };

  String get title => _values[locale.languageCode]!['title']!;

  static AppStrings of(BuildContext context) => Localizations.of<AppStrings>(context, AppStrings)!;
}

class AppStringsDelegate extends LocalizationsDelegate<AppStrings> {
  const AppStringsDelegate();

  @override
  bool isSupported(Locale locale) => ['tr', 'en'].contains(locale.languageCode);

  // Çeviriler bellekte olduğu için SynchronousFuture: aynı karede hazır olur
  @override
  Future<AppStrings> load(Locale locale) => SynchronousFuture(AppStrings(locale));

  @override
  bool shouldReload(AppStringsDelegate old) => false;
}
''')

# ---------------------------------------------------------------- platform
R(P, "orta", "code", "flutter_local_notifications ile uygulama açılışında eklentiyi başlat ve butona basınca anlık bir bildirim göster.", ["FlutterLocalNotificationsPlugin", "initialize", "show"], r'''
// pubspec.yaml: flutter_local_notifications
import 'package:flutter_local_notifications/flutter_local_notifications.dart';

final notifications = FlutterLocalNotificationsPlugin();

Future<void> initNotifications() async {
  const settings = InitializationSettings(
    android: AndroidInitializationSettings('@mipmap/ic_launcher'),
    iOS: DarwinInitializationSettings(),
  );
  await notifications.initialize(settings);
}

Future<void> showOrderReady() async {
  const details = NotificationDetails(
    // Android 8+ bildirimleri bir kanala ait olmak zorunda
    android: AndroidNotificationDetails(
      'orders',
      'Sipariş bildirimleri',
      importance: Importance.high,
    ),
    iOS: DarwinNotificationDetails(),
  );
  await notifications.show(1, 'Siparişin hazır', 'Kasadan teslim alabilirsin', details);
}
''')

R(P, "orta", "code", "Yerel bildirime tıklanınca bildirimdeki sipariş id'sine göre ilgili sayfayı aç.", ["onDidReceiveNotificationResponse", "payload"], r'''
import 'package:flutter_local_notifications/flutter_local_notifications.dart';

final navigatorKey = GlobalKey<NavigatorState>();
final notifications = FlutterLocalNotificationsPlugin();

Future<void> initWithTapHandler() async {
  const settings = InitializationSettings(
    android: AndroidInitializationSettings('@mipmap/ic_launcher'),
    iOS: DarwinInitializationSettings(),
  );
  await notifications.initialize(
    settings,
    // Uygulama açıkken veya arka plandayken bildirime dokunulunca
    onDidReceiveNotificationResponse: (NotificationResponse response) {
      final orderId = response.payload;
      if (orderId != null) {
        navigatorKey.currentState?.pushNamed('/order', arguments: orderId);
      }
    },
  );
}

// Gönderirken: notifications.show(id, başlık, metin, details, payload: '42');
// MaterialApp(navigatorKey: navigatorKey, ...)
''')

R(P, "orta", "code", "Android 13'te flutter_local_notifications'ın kendi yöntemiyle bildirim iznini iste.", ["resolvePlatformSpecificImplementation", "AndroidFlutterLocalNotificationsPlugin", "requestNotificationsPermission"], r'''
import 'package:flutter_local_notifications/flutter_local_notifications.dart';

Future<bool> askNotificationPermission(FlutterLocalNotificationsPlugin plugin) async {
  // Platforma özel uygulamayı al; Android değilse null döner
  final android = plugin.resolvePlatformSpecificImplementation<
      AndroidFlutterLocalNotificationsPlugin>();
  final granted = await android?.requestNotificationsPermission();
  return granted ?? true; // Android dışı platformlarda ayrı yönetilir
}
''')

R(P, "orta", "code", "google_maps_flutter ile İstanbul merkezli bir harita göster ve Galata Kulesi'ne bilgi penceresi olan bir işaretçi koy.", ["GoogleMap", "Marker", "CameraPosition"], r'''
// pubspec.yaml: google_maps_flutter (+ Android/iOS API anahtarı)
import 'package:google_maps_flutter/google_maps_flutter.dart';

class IstanbulMap extends StatelessWidget {
  const IstanbulMap({super.key});

  static const _galata = LatLng(41.0256, 28.9742);

  @override
  Widget build(BuildContext context) {
    return GoogleMap(
      initialCameraPosition: const CameraPosition(target: _galata, zoom: 14),
      markers: {
        const Marker(
          markerId: MarkerId('galata'),
          position: _galata,
          infoWindow: InfoWindow(title: 'Galata Kulesi', snippet: 'Beyoğlu'),
        ),
      },
      myLocationButtonEnabled: false,
    );
  }
}
''')

R(P, "orta", "code", "Haritada listeden bir mağaza seçilince kamera animasyonla o mağazanın konumuna yakınlaşsın.", ["GoogleMapController", "animateCamera", "CameraUpdate.newLatLngZoom"], r'''
import 'package:google_maps_flutter/google_maps_flutter.dart';

class StoreMap extends StatefulWidget {
  const StoreMap({super.key, required this.stores});

  final Map<String, LatLng> stores;

  @override
  State<StoreMap> createState() => _StoreMapState();
}

class _StoreMapState extends State<StoreMap> {
  GoogleMapController? _map;

  Future<void> _focus(LatLng target) async {
    await _map?.animateCamera(CameraUpdate.newLatLngZoom(target, 16));
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Expanded(
          child: GoogleMap(
            initialCameraPosition: CameraPosition(target: widget.stores.values.first, zoom: 11),
            onMapCreated: (controller) => _map = controller,
          ),
        ),
        for (final entry in widget.stores.entries)
          ListTile(title: Text(entry.key), onTap: () => _focus(entry.value)),
      ],
    );
  }
}
''')

R(P, "orta", "code", "Koşu rotasını oluşturan koordinat listesini haritada mavi bir çizgi olarak çiz.", ["Polyline", "polylines", "PolylineId"], r'''
import 'package:google_maps_flutter/google_maps_flutter.dart';

class RouteMap extends StatelessWidget {
  const RouteMap({super.key, required this.points});

  final List<LatLng> points;

  @override
  Widget build(BuildContext context) {
    return GoogleMap(
      initialCameraPosition: CameraPosition(target: points.first, zoom: 15),
      polylines: {
        Polyline(
          polylineId: const PolylineId('run'),
          points: points,
          color: Colors.blue,
          width: 5,
        ),
      },
    );
  }
}
''')

R(P, "orta", "code", "video_player ile internetten bir videoyu oynat, ekrana dokununca durdur/devam ettir ve altta ilerleme çubuğu göster.", ["VideoPlayerController.networkUrl", "VideoPlayer", "VideoProgressIndicator"], r'''
// pubspec.yaml: video_player
import 'package:video_player/video_player.dart';

class NetworkVideo extends StatefulWidget {
  const NetworkVideo({super.key, required this.url});

  final String url;

  @override
  State<NetworkVideo> createState() => _NetworkVideoState();
}

class _NetworkVideoState extends State<NetworkVideo> {
  late final VideoPlayerController _c = VideoPlayerController.networkUrl(Uri.parse(widget.url));

  @override
  void initState() {
    super.initState();
    _c.initialize().then((_) => setState(() {})); // boyut bilgisi gelince yeniden çiz
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    if (!_c.value.isInitialized) return const Center(child: CircularProgressIndicator());
    return Column(
      children: [
        GestureDetector(
          onTap: () => setState(() => _c.value.isPlaying ? _c.pause() : _c.play()),
          child: AspectRatio(aspectRatio: _c.value.aspectRatio, child: VideoPlayer(_c)),
        ),
        VideoProgressIndicator(_c, allowScrubbing: true),
      ],
    );
  }
}
''')

R(P, "kolay", "code", "Giriş ekranının arka planında asset'teki kısa bir videoyu sessiz ve sürekli döngüde oynat.", ["VideoPlayerController.asset", "setLooping", "setVolume"], r'''
import 'package:video_player/video_player.dart';

class VideoBackground extends StatefulWidget {
  const VideoBackground({super.key});

  @override
  State<VideoBackground> createState() => _VideoBackgroundState();
}

class _VideoBackgroundState extends State<VideoBackground> {
  final _c = VideoPlayerController.asset('assets/videos/intro.mp4');

  @override
  void initState() {
    super.initState();
    _c
      ..setLooping(true)
      ..setVolume(0)
      ..initialize().then((_) {
        _c.play();
        setState(() {});
      });
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return FittedBox(
      fit: BoxFit.cover, // ekranı kaplasın
      child: SizedBox(
        width: _c.value.size.width,
        height: _c.value.size.height,
        child: VideoPlayer(_c),
      ),
    );
  }
}
''')

R(P, "orta", "code", "webview_flutter ile bir ödeme sayfası aç; sayfa yüklenirken üstte ilerleme çubuğu göster.", ["WebViewController", "WebViewWidget", "onProgress"], r'''
// pubspec.yaml: webview_flutter
import 'package:webview_flutter/webview_flutter.dart';

class PaymentWebView extends StatefulWidget {
  const PaymentWebView({super.key, required this.url});

  final String url;

  @override
  State<PaymentWebView> createState() => _PaymentWebViewState();
}

class _PaymentWebViewState extends State<PaymentWebView> {
  int _progress = 0;
  late final WebViewController _controller = WebViewController()
    ..setJavaScriptMode(JavaScriptMode.unrestricted)
    ..setNavigationDelegate(
      NavigationDelegate(onProgress: (p) => setState(() => _progress = p)),
    )
    ..loadRequest(Uri.parse(widget.url));

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ödeme')),
      body: Column(
        children: [
          if (_progress < 100) LinearProgressIndicator(value: _progress / 100),
          Expanded(child: WebViewWidget(controller: _controller)),
        ],
      ),
    );
  }
}
''')

R(P, "zor", "code", "WebView'da ödeme tamamlanınca sayfa 'basarili' içeren bir adrese yönleniyor; bunu yakalayıp WebView'ı kapat ve sonucu döndür, dış linkleri engelle.", ["onNavigationRequest", "NavigationDecision.prevent"], r'''
import 'package:webview_flutter/webview_flutter.dart';

WebViewController paymentController(BuildContext context, String startUrl) {
  return WebViewController()
    ..setJavaScriptMode(JavaScriptMode.unrestricted)
    ..setNavigationDelegate(
      NavigationDelegate(
        onNavigationRequest: (request) {
          final url = request.url;
          if (url.contains('/odeme/basarili')) {
            Navigator.of(context).pop(true); // ödeme sonucu
            return NavigationDecision.prevent;
          }
          if (url.contains('/odeme/hata')) {
            Navigator.of(context).pop(false);
            return NavigationDecision.prevent;
          }
          // Sadece ödeme sağlayıcısının alan adına izin ver
          return url.startsWith('https://odeme.ornek.com')
              ? NavigationDecision.navigate
              : NavigationDecision.prevent;
        },
      ),
    )
    ..loadRequest(Uri.parse(startUrl));
}
''')

R(P, "zor", "code", "WebView içindeki web sayfası JavaScript'ten Flutter'a mesaj göndersin, Flutter da cevap olarak sayfada bir JS fonksiyonu çalıştırsın.", ["addJavaScriptChannel", "onMessageReceived", "runJavaScript"], r'''
import 'package:webview_flutter/webview_flutter.dart';

WebViewController bridgeController() {
  late final WebViewController controller;
  controller = WebViewController()
    ..setJavaScriptMode(JavaScriptMode.unrestricted)
    // Sayfada: FlutterBridge.postMessage('sepet:3');
    ..addJavaScriptChannel(
      'FlutterBridge',
      onMessageReceived: (JavaScriptMessage message) {
        debugPrint('Web\'den gelen: ${message.message}');
        // Sayfadaki window.onFlutterReply fonksiyonunu çağır
        controller.runJavaScript("window.onFlutterReply('alındı')");
      },
    )
    ..loadRequest(Uri.parse('https://ornek.com/kampanya'));
  return controller;
}
''')

R(P, "orta", "code", "camera paketiyle önizleme ekranında flaş butonu ekle: kapalı, otomatik ve fener modları arasında geçiş yapsın.", ["setFlashMode", "FlashMode"], r'''
import 'package:camera/camera.dart';

class FlashToggle extends StatefulWidget {
  const FlashToggle({super.key, required this.controller});

  final CameraController controller;

  @override
  State<FlashToggle> createState() => _FlashToggleState();
}

class _FlashToggleState extends State<FlashToggle> {
  static const _modes = [FlashMode.off, FlashMode.auto, FlashMode.torch];
  static const _icons = [Icons.flash_off, Icons.flash_auto, Icons.flashlight_on];
  int _index = 0;

  Future<void> _next() async {
    final next = (_index + 1) % _modes.length;
    await widget.controller.setFlashMode(_modes[next]);
    setState(() => _index = next);
  }

  @override
  Widget build(BuildContext context) {
    return IconButton(icon: Icon(_icons[_index]), color: Colors.white, onPressed: _next);
  }
}
''')

R(P, "zor", "code", "camera paketiyle ön ve arka kamera arasında geçiş yapan bir buton yaz.", ["availableCameras", "CameraLensDirection", "CameraController"], r'''
import 'package:camera/camera.dart';

class SwitchableCamera extends StatefulWidget {
  const SwitchableCamera({super.key});

  @override
  State<SwitchableCamera> createState() => _SwitchableCameraState();
}

class _SwitchableCameraState extends State<SwitchableCamera> {
  List<CameraDescription> _cameras = [];
  CameraController? _controller;
  CameraLensDirection _direction = CameraLensDirection.back;

  @override
  void initState() {
    super.initState();
    availableCameras().then((cams) {
      _cameras = cams;
      _start();
    });
  }

  Future<void> _start() async {
    final camera = _cameras.firstWhere((c) => c.lensDirection == _direction, orElse: () => _cameras.first);
    final old = _controller;
    final next = CameraController(camera, ResolutionPreset.high, enableAudio: false);
    await old?.dispose(); // eski kamerayı serbest bırak
    await next.initialize();
    if (mounted) setState(() => _controller = next);
  }

  void _switch() {
    _direction = _direction == CameraLensDirection.back ? CameraLensDirection.front : CameraLensDirection.back;
    _start();
  }

  @override
  void dispose() {
    _controller?.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final c = _controller;
    if (c == null || !c.value.isInitialized) return const Center(child: CircularProgressIndicator());
    return Stack(children: [
      CameraPreview(c),
      Positioned(bottom: 24, right: 24, child: IconButton.filled(onPressed: _switch, icon: const Icon(Icons.cameraswitch))),
    ]);
  }
}
''')

R(P, "orta", "code", "Kamera önizlemesine bir Slider ekleyip kameranın yakınlaştırma seviyesini ayarla.", ["getMaxZoomLevel", "setZoomLevel", "Slider"], r'''
import 'package:camera/camera.dart';

class ZoomSlider extends StatefulWidget {
  const ZoomSlider({super.key, required this.controller});

  final CameraController controller; // initialize edilmiş olmalı

  @override
  State<ZoomSlider> createState() => _ZoomSliderState();
}

class _ZoomSliderState extends State<ZoomSlider> {
  double _min = 1, _max = 1, _zoom = 1;

  @override
  void initState() {
    super.initState();
    Future.wait([widget.controller.getMinZoomLevel(), widget.controller.getMaxZoomLevel()])
        .then((v) => setState(() {
              _min = v[0];
              _max = v[1].clamp(1, 8); // aşırı dijital zoom'u sınırla
              _zoom = _min;
            }));
  }

  @override
  Widget build(BuildContext context) {
    return Slider(
      value: _zoom,
      min: _min,
      max: _max,
      onChanged: (value) {
        setState(() => _zoom = value);
        widget.controller.setZoomLevel(value);
      },
    );
  }
}
''')

R(P, "zor", "code", "camera paketiyle basılı tutunca video kaydetmeye başlayan, bırakınca kaydı durdurup dosya yolunu döndüren bir buton yap.", ["startVideoRecording", "stopVideoRecording", "onLongPressEnd"], r'''
import 'package:camera/camera.dart';

class RecordButton extends StatefulWidget {
  const RecordButton({super.key, required this.controller, required this.onRecorded});

  final CameraController controller; // enableAudio: true ile oluşturulmuş
  final ValueChanged<String> onRecorded;

  @override
  State<RecordButton> createState() => _RecordButtonState();
}

class _RecordButtonState extends State<RecordButton> {
  bool _recording = false;

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onLongPressStart: (_) async {
        await widget.controller.startVideoRecording();
        setState(() => _recording = true);
      },
      onLongPressEnd: (_) async {
        if (!widget.controller.value.isRecordingVideo) return;
        final file = await widget.controller.stopVideoRecording();
        setState(() => _recording = false);
        widget.onRecorded(file.path);
      },
      child: Icon(Icons.circle, size: 72, color: _recording ? Colors.red : Colors.white),
    );
  }
}
''')

R(P, "kolay", "code", "Uygulama emülatörde mi gerçek cihazda mı çalışıyor, device_info_plus ile kontrol et.", ["isPhysicalDevice", "DeviceInfoPlugin"], r'''
import 'dart:io';
import 'package:device_info_plus/device_info_plus.dart';

Future<bool> isRealDevice() async {
  final info = DeviceInfoPlugin();
  if (Platform.isAndroid) return (await info.androidInfo).isPhysicalDevice;
  if (Platform.isIOS) return (await info.iosInfo).isPhysicalDevice;
  return true; // masaüstü/web için anlamlı değil
}
''')

R(P, "orta", "code", "Android 13 ve üstünde galeri için fotoğraf iznini, daha eski sürümlerde depolama iznini iste.", ["sdkInt", "Permission.photos", "Permission.storage"], r'''
import 'dart:io';
import 'package:device_info_plus/device_info_plus.dart';
import 'package:permission_handler/permission_handler.dart';

Future<bool> requestGalleryPermission() async {
  if (Platform.isAndroid) {
    final sdk = (await DeviceInfoPlugin().androidInfo).version.sdkInt;
    // Android 13 (API 33) READ_EXTERNAL_STORAGE yerine READ_MEDIA_IMAGES kullanır
    final permission = sdk >= 33 ? Permission.photos : Permission.storage;
    return (await permission.request()).isGranted;
  }
  final status = await Permission.photos.request();
  // iOS'ta kullanıcı sadece seçili fotoğraflara izin verebilir (limited)
  return status.isGranted || status.isLimited;
}
''')

R(P, "orta", "code", "iOS'ta kullanıcı fotoğraflara sınırlı erişim verdiyse bunu anla ve 'Tüm fotoğraflara izin ver' butonu göster.", ["isLimited", "openAppSettings"], r'''
import 'package:permission_handler/permission_handler.dart';

class PhotoAccessBanner extends StatelessWidget {
  const PhotoAccessBanner({super.key, required this.status});

  final PermissionStatus status;

  @override
  Widget build(BuildContext context) {
    if (!status.isLimited) return const SizedBox.shrink();
    return MaterialBanner(
      content: const Text('Sadece seçtiğin fotoğraflara erişebiliyoruz.'),
      actions: [
        TextButton(
          // İzin ayarı yalnızca sistem ayarlarından genişletilebilir
          onPressed: openAppSettings,
          child: const Text('Tüm fotoğraflara izin ver'),
        ),
      ],
    );
  }
}
''')

R(P, "orta", "code", "Android 12+ cihazlarda Bluetooth cihaz taraması için gereken izinleri birlikte iste.", ["Permission.bluetoothScan", "Permission.bluetoothConnect"], r'''
import 'package:permission_handler/permission_handler.dart';

Future<bool> requestBluetoothPermissions() async {
  // Android 12 (API 31) ve üstü: BLUETOOTH_SCAN ve BLUETOOTH_CONNECT çalışma zamanı izinleri
  final statuses = await [
    Permission.bluetoothScan,
    Permission.bluetoothConnect,
    Permission.locationWhenInUse, // eski sürümlerde tarama için konum gerekir
  ].request();
  return statuses.values.every((s) => s.isGranted);
}
''')

R(P, "orta", "code", "flutter_blue_plus ile 5 saniye boyunca yakındaki BLE cihazları tara ve isimlerini sinyal gücüyle listele.", ["FlutterBluePlus.startScan", "scanResults", "rssi"], r'''
// pubspec.yaml: flutter_blue_plus
import 'package:flutter_blue_plus/flutter_blue_plus.dart';

Future<List<String>> scanNearbyDevices() async {
  final found = <String, String>{};
  final sub = FlutterBluePlus.scanResults.listen((results) {
    for (final r in results) {
      final name = r.device.platformName;
      if (name.isNotEmpty) found[r.device.remoteId.str] = '$name (${r.rssi} dBm)';
    }
  });
  await FlutterBluePlus.startScan(timeout: const Duration(seconds: 5));
  // startScan timeout bitince tarama durur; isScanning false olana kadar bekle
  await FlutterBluePlus.isScanning.where((s) => s == false).first;
  await sub.cancel();
  return found.values.toList();
}
''')

R(P, "orta", "code", "Giriş ekranında cihaz yüz tanıma destekliyorsa 'Face ID ile giriş', parmak izi destekliyorsa 'Parmak izi ile giriş' butonu göster.", ["getAvailableBiometrics", "BiometricType"], r'''
import 'package:local_auth/local_auth.dart';

Future<String?> biometricButtonLabel() async {
  final auth = LocalAuthentication();
  if (!await auth.isDeviceSupported()) return null;
  final types = await auth.getAvailableBiometrics();
  if (types.contains(BiometricType.face)) return 'Face ID ile giriş';
  if (types.contains(BiometricType.fingerprint)) return 'Parmak izi ile giriş';
  // Android'de çoğu cihaz sadece strong/weak döndürür
  if (types.contains(BiometricType.strong) || types.contains(BiometricType.weak)) {
    return 'Biyometrik giriş';
  }
  return null; // kayıtlı biyometri yok
}
''')

R(P, "orta", "code", "Kullanıcıya yönü göstermek için bulunduğu konumdan hedefe olan pusula açısını hesapla.", ["Geolocator.bearingBetween"], r'''
import 'package:geolocator/geolocator.dart';

/// 0 = kuzey, 90 = doğu; -180..180 aralığını 0..360'a çevirir.
double bearingTo(Position me, double targetLat, double targetLng) {
  final bearing = Geolocator.bearingBetween(me.latitude, me.longitude, targetLat, targetLng);
  return (bearing + 360) % 360;
}

// Ok ikonunu döndürmek için:
// Transform.rotate(angle: bearingTo(pos, 41.0, 29.0) * math.pi / 180, child: Icon(Icons.navigation))
''')

R(P, "kolay", "code", "Konum servisi (GPS) kapaliysa kullaniciyi dogrudan telefonun konum ayarlari sayfasina gotur.", ["isLocationServiceEnabled", "openLocationSettings"], r'''
import 'package:geolocator/geolocator.dart';

Future<void> ensureGpsOn(BuildContext context) async {
  if (await Geolocator.isLocationServiceEnabled()) return;
  if (!context.mounted) return;
  final go = await showDialog<bool>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Konum kapalı'),
      content: const Text('Yakındaki mağazaları göstermek için konumu aç.'),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
        FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('Ayarlar')),
      ],
    ),
  );
  if (go == true) await Geolocator.openLocationSettings();
}
''')

R(P, "orta", "code", "Kullanıcının yazdığı adresi (ör. 'Kadıköy, İstanbul') geocoding ile enlem-boylama çevir.", ["locationFromAddress"], r'''
// pubspec.yaml: geocoding
import 'package:geocoding/geocoding.dart';

Future<(double, double)?> coordinatesOf(String address) async {
  try {
    final results = await locationFromAddress(address);
    if (results.isEmpty) return null;
    final first = results.first;
    return (first.latitude, first.longitude);
  } on NoResultFoundException {
    return null; // adres bulunamadı
  }
}
''')

R(P, "kolay", "code", "Kullanıcıya SMS uygulamasını numara ve hazır mesaj metni dolu şekilde aç.", ["launchUrl", "sms"], r'''
import 'package:url_launcher/url_launcher.dart';

Future<void> openSms(String phone, String message) async {
  // queryParameters boşlukları '+' yapar; SMS uygulamaları için %20 gerekir
  final uri = Uri(
    scheme: 'sms',
    path: phone,
    query: 'body=${Uri.encodeComponent(message)}',
  );
  if (!await launchUrl(uri)) {
    debugPrint('SMS uygulaması açılamadı');
  }
}

// openSms('05321234567', 'Siparişim hakkında bilgi almak istiyorum');
''')

R(P, "orta", "code", "YouTube linkini yüklüyse YouTube uygulamasında, değilse tarayıcıda aç.", ["LaunchMode.externalNonBrowserApplication", "launchUrl"], r'''
import 'package:url_launcher/url_launcher.dart';

Future<void> openVideo(String url) async {
  final uri = Uri.parse(url);
  // Sadece tarayıcı dışı bir uygulama (YouTube) bu linki işleyebiliyorsa açar
  final openedInApp = await launchUrl(uri, mode: LaunchMode.externalNonBrowserApplication);
  if (!openedInApp) {
    await launchUrl(uri, mode: LaunchMode.externalApplication);
  }
}
''')

R(P, "orta", "code", "share_plus ile paylaşım penceresini açtıktan sonra kullanıcı gerçekten paylaştı mı yoksa vazgeçti mi öğren.", ["ShareResultStatus", "status"], r'''
import 'package:share_plus/share_plus.dart';

Future<void> shareInvite(BuildContext context, String code) async {
  final result = await SharePlus.instance.share(
    ShareParams(text: 'Davet kodum: $code — uygulamayı indir!'),
  );
  if (!context.mounted) return;
  final message = switch (result.status) {
    ShareResultStatus.success => 'Teşekkürler, davet gönderildi!',
    ShareResultStatus.dismissed => 'Paylaşım iptal edildi',
    ShareResultStatus.unavailable => 'Paylaşım sonucu bu platformda bilinmiyor',
  };
  ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text(message)));
}
''')

R(P, "orta", "code", "Uygulama kapalıyken bir app link ile açıldığında ilk linki al ve ilgili sayfaya yönlendir (app_links).", ["AppLinks", "getInitialLink"], r'''
// pubspec.yaml: app_links
import 'package:app_links/app_links.dart';

Future<String> initialRoute() async {
  // Soğuk başlangıçta uygulamayı açan link (yoksa null)
  final uri = await AppLinks().getInitialLink();
  if (uri == null) return '/';
  // https://ornek.com/kampanya/yaz -> /kampanya/yaz
  return uri.path.isEmpty ? '/' : uri.path;
}

// main(): final route = await initialRoute();
// runApp(MaterialApp(initialRoute: route, routes: {...}));
''')

R(P, "kolay", "code", "Bir butona basınca platformun standart tıklama sesini çal.", ["SystemSound.play", "SystemSoundType.click"], r'''
import 'package:flutter/services.dart';

class ClickSoundButton extends StatelessWidget {
  const ClickSoundButton({super.key, required this.onPressed});

  final VoidCallback onPressed;

  @override
  Widget build(BuildContext context) {
    return ElevatedButton(
      onPressed: () {
        // Sistem ayarlarında dokunma sesleri kapalıysa ses çıkmaz
        SystemSound.play(SystemSoundType.click);
        onPressed();
      },
      child: const Text('Onayla'),
    );
  }
}
''')

R(P, "orta", "code", "Oyunda sadece alttaki sistem gezinme çubuğunu gizle, üstteki durum çubuğu görünür kalsın.", ["SystemUiMode.manual", "SystemUiOverlay.top"], r'''
import 'package:flutter/services.dart';

Future<void> hideNavigationBarOnly() {
  // overlays listesinde olmayan çubuklar gizlenir
  return SystemChrome.setEnabledSystemUIMode(
    SystemUiMode.manual,
    overlays: [SystemUiOverlay.top],
  );
}

Future<void> restoreSystemBars() {
  return SystemChrome.setEnabledSystemUIMode(
    SystemUiMode.manual,
    overlays: SystemUiOverlay.values,
  );
}
''')

R(P, "orta", "code", "Telefonlarda uygulama sadece dikey açılsın, tabletlerde ise her yöne dönebilsin.", ["setPreferredOrientations", "shortestSide"], r'''
import 'package:flutter/services.dart';

class OrientationPolicy extends StatefulWidget {
  const OrientationPolicy({super.key, required this.child});

  final Widget child;

  @override
  State<OrientationPolicy> createState() => _OrientationPolicyState();
}

class _OrientationPolicyState extends State<OrientationPolicy> {
  bool? _isTablet;

  @override
  void didChangeDependencies() {
    super.didChangeDependencies();
    // Kısa kenar 600 dp'den büyükse tablet kabul et (dönmeden etkilenmez)
    final isTablet = MediaQuery.sizeOf(context).shortestSide >= 600;
    if (isTablet == _isTablet) return;
    _isTablet = isTablet;
    SystemChrome.setPreferredOrientations(
      isTablet ? DeviceOrientation.values : [DeviceOrientation.portraitUp],
    );
  }

  @override
  Widget build(BuildContext context) => widget.child;
}
''')

R(P, "orta", "code", "Web'de sayfa içinde sağ tıklayınca tarayıcının menüsü yerine kendi menümü göster.", ["BrowserContextMenu.disableContextMenu", "onSecondaryTapDown", "showMenu"], r'''
import 'package:flutter/foundation.dart';
import 'package:flutter/services.dart';

class RightClickArea extends StatefulWidget {
  const RightClickArea({super.key, required this.child});

  final Widget child;

  @override
  State<RightClickArea> createState() => _RightClickAreaState();
}

class _RightClickAreaState extends State<RightClickArea> {
  @override
  void initState() {
    super.initState();
    if (kIsWeb) BrowserContextMenu.disableContextMenu(); // tarayıcı menüsünü kapat
  }

  @override
  void dispose() {
    if (kIsWeb) BrowserContextMenu.enableContextMenu();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onSecondaryTapDown: (details) {
        final p = details.globalPosition;
        showMenu<String>(
          context: context,
          position: RelativeRect.fromLTRB(p.dx, p.dy, p.dx, p.dy),
          items: const [
            PopupMenuItem(value: 'kopyala', child: Text('Kopyala')),
            PopupMenuItem(value: 'sil', child: Text('Sil')),
          ],
        );
      },
      child: widget.child,
    );
  }
}
''')

R(P, "orta", "code", "Masaüstünde galerideki resimler arasında klavyenin sağ/sol ok tuşlarıyla geçiş yap.", ["Focus | KeyboardListener", "LogicalKeyboardKey.arrowRight", "KeyDownEvent"], r'''
import 'package:flutter/services.dart';

class KeyboardGallery extends StatefulWidget {
  const KeyboardGallery({super.key, required this.urls});

  final List<String> urls;

  @override
  State<KeyboardGallery> createState() => _KeyboardGalleryState();
}

class _KeyboardGalleryState extends State<KeyboardGallery> {
  int _index = 0;

  KeyEventResult _onKey(FocusNode node, KeyEvent event) {
    if (event is! KeyDownEvent) return KeyEventResult.ignored;
    if (event.logicalKey == LogicalKeyboardKey.arrowRight) {
      setState(() => _index = (_index + 1) % widget.urls.length);
      return KeyEventResult.handled;
    }
    if (event.logicalKey == LogicalKeyboardKey.arrowLeft) {
      setState(() => _index = (_index - 1 + widget.urls.length) % widget.urls.length);
      return KeyEventResult.handled;
    }
    return KeyEventResult.ignored;
  }

  @override
  Widget build(BuildContext context) {
    // autofocus: tuş olaylarını almak için odak gerekli
    return Focus(
      autofocus: true,
      onKeyEvent: _onKey,
      child: Image.network(widget.urls[_index], fit: BoxFit.contain),
    );
  }
}
''')

R(P, "orta", "code", "Masaüstü liste ekranında Ctrl (Mac'te Cmd) basılıyken tıklanan öğeler çoklu seçime eklensin.", ["HardwareKeyboard.instance", "isControlPressed | isMetaPressed"], r'''
import 'package:flutter/services.dart';

class MultiSelectList extends StatefulWidget {
  const MultiSelectList({super.key, required this.items});

  final List<String> items;

  @override
  State<MultiSelectList> createState() => _MultiSelectListState();
}

class _MultiSelectListState extends State<MultiSelectList> {
  final _selected = <int>{};

  void _tap(int i) {
    final keyboard = HardwareKeyboard.instance;
    final multi = keyboard.isControlPressed || keyboard.isMetaPressed;
    setState(() {
      if (multi) {
        _selected.contains(i) ? _selected.remove(i) : _selected.add(i);
      } else {
        _selected
          ..clear()
          ..add(i);
      }
    });
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: widget.items.length,
      itemBuilder: (context, i) => ListTile(
        title: Text(widget.items[i]),
        selected: _selected.contains(i),
        onTap: () => _tap(i),
      ),
    );
  }
}
''')

R(P, "orta", "code", "Masaüstü uygulamasında indirilen dosyanın bulunduğu klasörü sistemin dosya yöneticisinde aç.", ["Process.run", "Platform.isWindows | Platform.isMacOS"], r'''
import 'dart:io';

Future<void> revealInFileManager(String filePath) async {
  if (Platform.isWindows) {
    // Dosyayı seçili olarak Gezgin'de gösterir
    await Process.run('explorer', ['/select,', filePath]);
  } else if (Platform.isMacOS) {
    await Process.run('open', ['-R', filePath]); // Finder'da göster
  } else if (Platform.isLinux) {
    await Process.run('xdg-open', [File(filePath).parent.path]);
  }
}
''')

R(P, "kolay", "code", "Cihazın işlemci çekirdek sayısını ve sistemin dil ayarını dart:io ile öğren.", ["Platform.numberOfProcessors", "Platform.localeName"], r'''
import 'dart:io';

Map<String, String> systemSummary() {
  return {
    'İşletim sistemi': Platform.operatingSystem, // android, ios, windows...
    'Çekirdek sayısı': '${Platform.numberOfProcessors}',
    'Sistem dili': Platform.localeName, // ör. tr_TR
  };
}
// Not: dart:io web'de çalışmaz; web'de kIsWeb kontrolü yapılmalı
''')

R(P, "orta", "code", "Telefonun erişilebilirlik ayarlarında bold text açıksa uygulamadaki başlıkların font ağırlığını da artır.", ["MediaQuery.boldTextOf"], r'''
class AccessibleHeading extends StatelessWidget {
  const AccessibleHeading(this.text, {super.key});

  final String text;

  @override
  Widget build(BuildContext context) {
    // iOS 'Kalın Metin' / Android 'Kalın yazı' ayarı
    final bold = MediaQuery.boldTextOf(context);
    return Text(
      text,
      style: TextStyle(fontSize: 22, fontWeight: bold ? FontWeight.w900 : FontWeight.w600),
    );
  }
}
''')

R(P, "orta", "code", "Ekran okuyucu (TalkBack/VoiceOver) açıksa otomatik kayan kampanya slider'ını durdur.", ["MediaQuery.accessibleNavigationOf"], r'''
class AutoCarousel extends StatelessWidget {
  const AutoCarousel({super.key, required this.pages});

  final List<Widget> pages;

  @override
  Widget build(BuildContext context) {
    // Yardımcı teknoloji açıkken içerik kendiliğinden değişmemeli
    final screenReaderOn = MediaQuery.accessibleNavigationOf(context);
    return _CarouselView(pages: pages, autoPlay: !screenReaderOn);
  }
}

class _CarouselView extends StatelessWidget {
  const _CarouselView({required this.pages, required this.autoPlay});

  final List<Widget> pages;
  final bool autoPlay; // true ise bir Timer ile sayfa değiştirilir

  @override
  Widget build(BuildContext context) => PageView(children: pages);
}
''')

R(P, "kolay", "code", "Ekranın gerçek (fiziksel) piksel çözünürlüğünü ve piksel yoğunluğunu öğren.", ["View.of", "physicalSize", "devicePixelRatio"], r'''
class ScreenInfo extends StatelessWidget {
  const ScreenInfo({super.key});

  @override
  Widget build(BuildContext context) {
    final view = View.of(context);
    final physical = view.physicalSize; // fiziksel piksel
    final logical = physical / view.devicePixelRatio; // Flutter'ın kullandığı dp
    return Text(
      'Fiziksel: ${physical.width.toInt()}x${physical.height.toInt()} px\n'
      'Mantıksal: ${logical.width.toInt()}x${logical.height.toInt()} dp\n'
      'Yoğunluk: ${view.devicePixelRatio}x',
    );
  }
}
''')

R(P, "orta", "code", "home_widget paketiyle uygulamadaki günlük adım sayısını ana ekran widget'ına gönder ve widget'ı güncelle.", ["HomeWidget.saveWidgetData", "HomeWidget.updateWidget"], r'''
// pubspec.yaml: home_widget
import 'package:home_widget/home_widget.dart';

Future<void> pushStepsToHomeWidget(int steps) async {
  // iOS'ta widget uzantısıyla veri paylaşımı için App Group gerekli
  await HomeWidget.setAppGroupId('group.com.ornek.adim');
  await HomeWidget.saveWidgetData<int>('steps', steps);
  // Native widget sınıflarının adları
  await HomeWidget.updateWidget(
    androidName: 'StepsWidgetProvider',
    iOSName: 'StepsWidget',
  );
}
''')

R(P, "zor", "code", "workmanager ile uygulama kapalıyken her 15 dakikada bir arka planda veri senkronize eden periyodik görev kur.", ["Workmanager", "registerPeriodicTask", "executeTask"], r'''
// pubspec.yaml: workmanager
import 'package:workmanager/workmanager.dart';

@pragma('vm:entry-point') // release'te tree-shaking'den korunur
void callbackDispatcher() {
  Workmanager().executeTask((task, inputData) async {
    // Ayrı isolate: burada UI yok, eklentiler yeniden başlatılmalı
    debugPrint('Arka plan görevi: $task');
    return true; // false dönerse görev yeniden denenir
  });
}

Future<void> setupBackgroundSync() async {
  await Workmanager().initialize(callbackDispatcher);
  await Workmanager().registerPeriodicTask(
    'sync-orders',
    'syncOrders',
    frequency: const Duration(minutes: 15), // Android'de en düşük değer 15 dk
  );
}
''')

R(P, "orta", "concept", "MethodChannel'da varsayılan codec ile JSONMethodCodec arasındaki fark nedir, ne zaman JSON codec seçilir?", ["StandardMethodCodec", "JSONMethodCodec", "MethodChannel"], r'''
// StandardMethodCodec (varsayılan): ikili (binary) format; int, double, String,
// List, Map, Uint8List, Float64List vb. doğrudan taşınır, hızlı ve byte dizileri için uygun.
// JSONMethodCodec: mesajları JSON metnine çevirir; native tarafta hazır bir JSON
// kütüphanesiyle çalışmak veya web/JS tarafıyla konuşmak kolaylaşır ama byte dizilerini
// taşıyamaz ve daha yavaştır.
const standardChannel = MethodChannel('com.ornek/dosya'); // StandardMethodCodec
const jsonChannel = MethodChannel('com.ornek/ayarlar', JSONMethodCodec());

Future<void> codecDemo() async {
  await standardChannel.invokeMethod<void>('kaydet', Uint8List.fromList([1, 2, 3]));
  final settings = await jsonChannel.invokeMapMethod<String, dynamic>('oku');
  debugPrint('Ayarlar: $settings');
}
''')

R(P, "zor", "code", "Flutter web'de bir YouTube videosunu iframe ile sayfaya göm (HtmlElementView).", ["HtmlElementView", "registerViewFactory", "HTMLIFrameElement"], r'''
// Sadece web derlemesi için: pubspec.yaml: web
import 'dart:ui_web' as ui_web;
import 'package:web/web.dart' as web;

class YoutubeEmbed extends StatelessWidget {
  YoutubeEmbed({super.key, required this.videoId}) {
    // Her görünüm tipi yalnızca bir kez kaydedilmeli
    if (!_registered.add(videoId)) return;
    ui_web.platformViewRegistry.registerViewFactory('yt-$videoId', (int viewId) {
      return web.HTMLIFrameElement()
        ..src = 'https://www.youtube.com/embed/$videoId'
        ..style.border = 'none'
        ..allow = 'autoplay; encrypted-media';
    });
  }

  static final _registered = <String>{};

  final String videoId;

  @override
  Widget build(BuildContext context) {
    return AspectRatio(
      aspectRatio: 16 / 9,
      child: HtmlElementView(viewType: 'yt-$videoId'),
    );
  }
}
''')

R(P, "orta", "code", "Android'de uygulamanın son uygulamalar ekranında görünen etiketini ve başlık rengini değiştir.", ["SystemChrome.setApplicationSwitcherDescription", "ApplicationSwitcherDescription"], r'''
import 'package:flutter/services.dart';

void updateTaskSwitcher(String label, Color color) {
  // Web'de sekme başlığını da değiştirir
  SystemChrome.setApplicationSwitcherDescription(
    ApplicationSwitcherDescription(
      label: label,
      primaryColor: color.toARGB32(), // ARGB int
    ),
  );
}

// updateTaskSwitcher('Sepetim (3)', Colors.deepOrange);
''')

R(P, "kolay", "code", "Cihaz titreşim motoru varsa sipariş onayında 'tık-tık' şeklinde desenli titreşim ver (vibration paketi).", ["Vibration.vibrate", "pattern"], r'''
// pubspec.yaml: vibration (Android'de VIBRATE izni gerekir)
import 'package:vibration/vibration.dart';

Future<void> vibrateSuccess() async {
  if (await Vibration.hasVibrator() == true) {
    // [bekle, titreş, bekle, titreş] milisaniye
    await Vibration.vibrate(pattern: [0, 120, 80, 120]);
  }
}
''')

R(P, "orta", "concept", "Flutter'da kDebugMode, kProfileMode ve kReleaseMode sabitleri arasındaki fark nedir? Profil modunda ne değişir?", ["kDebugMode", "kProfileMode", "kReleaseMode"], r'''
import 'package:flutter/foundation.dart';

// kDebugMode: `flutter run` (JIT, hot reload, assert'ler açık, yavaş).
// kProfileMode: `flutter run --profile` (AOT derlenmiş, release'e yakın hız;
//   DevTools performans izleme açık, assert'ler kapalı). Performans ölçümü burada yapılır.
// kReleaseMode: mağazaya giden derleme (AOT, tüm debug araçları kapalı).
// Üçü derleme zamanı sabitidir; yanlış daldaki kod derlemeden atılır.
String buildModeName() {
  if (kReleaseMode) return 'release';
  if (kProfileMode) return 'profile';
  return 'debug';
}

void logPerf(String message) {
  // Sadece profile modda zamanlama logları bas
  if (kProfileMode) debugPrint('[perf] $message');
}
''')

R(P, "orta", "code", "Pil optimizasyonu yüzünden Android arka plan işlerimi öldürüyor; kullanıcıdan pil optimizasyonu muafiyeti iste.", ["Permission.ignoreBatteryOptimizations"], r'''
import 'dart:io';
import 'package:permission_handler/permission_handler.dart';

Future<bool> requestBatteryExemption() async {
  if (!Platform.isAndroid) return true;
  final permission = Permission.ignoreBatteryOptimizations;
  if (await permission.isGranted) return true;
  // Sistem 'Pil optimizasyonunu yok say' diyaloğunu gösterir
  // (AndroidManifest: REQUEST_IGNORE_BATTERY_OPTIMIZATIONS)
  final status = await permission.request();
  return status.isGranted;
}
''')
R(P, "kolay", "code", "Kullanici siparisi iptal edince daha once gosterilen o siparise ait yerel bildirimi kaldir; cikista tum bildirimleri temizle.", ["cancel", "cancelAll"], r'''
import 'package:flutter_local_notifications/flutter_local_notifications.dart';

final notifications = FlutterLocalNotificationsPlugin();

Future<void> onOrderCancelled(int orderId) async {
  // show() çağrısında kullanılan id ile aynı olmalı
  await notifications.cancel(orderId);
}

Future<void> onLogout() async {
  // Gösterilen ve planlanmış tüm bildirimleri kaldırır
  await notifications.cancelAll();
}
''')

R(P, "zor", "code", "Dosya indirilirken bildirim çubuğunda yüzdeyi gösteren ve her güncellemede tekrar ses çıkarmayan bir ilerleme bildirimi göster.", ["AndroidNotificationDetails", "showProgress", "onlyAlertOnce"], r'''
import 'package:flutter_local_notifications/flutter_local_notifications.dart';

Future<void> showDownloadProgress(
  FlutterLocalNotificationsPlugin plugin,
  int progress, // 0-100
) async {
  final details = NotificationDetails(
    android: AndroidNotificationDetails(
      'downloads',
      'İndirmeler',
      showProgress: true,
      maxProgress: 100,
      progress: progress,
      onlyAlertOnce: true, // sadece ilk gösterimde ses/titreşim
      ongoing: progress < 100, // bitene kadar kaydırarak kapatılamasın
    ),
  );
  await plugin.show(
    99, // aynı id: bildirim güncellenir, yenisi eklenmez
    progress < 100 ? 'İndiriliyor...' : 'İndirme tamamlandı',
    '%$progress',
    details,
  );
}
''')

R(P, "orta", "code", "Haritada kullanıcının dokunduğu yere işaretçi ekle; her dokunuşta eski işaretçi yerine yenisi gelsin.", ["GoogleMap", "onTap", "Marker"], r'''
import 'package:google_maps_flutter/google_maps_flutter.dart';

class PickLocationMap extends StatefulWidget {
  const PickLocationMap({super.key, required this.onPicked});

  final ValueChanged<LatLng> onPicked;

  @override
  State<PickLocationMap> createState() => _PickLocationMapState();
}

class _PickLocationMapState extends State<PickLocationMap> {
  LatLng? _picked;

  @override
  Widget build(BuildContext context) {
    return GoogleMap(
      initialCameraPosition: const CameraPosition(target: LatLng(39.92, 32.85), zoom: 6),
      onTap: (position) {
        setState(() => _picked = position);
        widget.onPicked(position);
      },
      markers: {
        if (_picked != null) Marker(markerId: const MarkerId('secim'), position: _picked!),
      },
    );
  }
}
''')

R(P, "kolay", "code", "Restoranın konumu etrafında 2 km'lik teslimat alanını haritada yarı saydam bir daireyle göster.", ["Circle", "circles", "radius"], r'''
import 'package:google_maps_flutter/google_maps_flutter.dart';

class DeliveryAreaMap extends StatelessWidget {
  const DeliveryAreaMap({super.key, required this.restaurant});

  final LatLng restaurant;

  @override
  Widget build(BuildContext context) {
    return GoogleMap(
      initialCameraPosition: CameraPosition(target: restaurant, zoom: 12.5),
      circles: {
        Circle(
          circleId: const CircleId('teslimat'),
          center: restaurant,
          radius: 2000, // metre
          fillColor: Colors.green.withValues(alpha: 0.2),
          strokeColor: Colors.green,
          strokeWidth: 2,
        ),
      },
    );
  }
}
''')

R(P, "zor", "code", "Haritadaki tüm işaretçiler ekrana sığacak şekilde kamerayı otomatik ayarla.", ["LatLngBounds", "CameraUpdate.newLatLngBounds"], r'''
import 'dart:math' as math;
import 'package:google_maps_flutter/google_maps_flutter.dart';

LatLngBounds boundsOf(List<LatLng> points) {
  var south = points.first.latitude, north = south;
  var west = points.first.longitude, east = west;
  for (final p in points) {
    south = math.min(south, p.latitude);
    north = math.max(north, p.latitude);
    west = math.min(west, p.longitude);
    east = math.max(east, p.longitude);
  }
  return LatLngBounds(southwest: LatLng(south, west), northeast: LatLng(north, east));
}

Future<void> fitAllMarkers(GoogleMapController controller, List<LatLng> points) async {
  if (points.isEmpty) return;
  // 48 piksel kenar boşluğu bırak
  await controller.animateCamera(CameraUpdate.newLatLngBounds(boundsOf(points), 48));
}
''')

R(P, "kolay", "code", "Haritadaki açık mağazaları yeşil, kapalıları kırmızı renkli varsayılan işaretçiyle göster.", ["BitmapDescriptor.defaultMarkerWithHue"], r'''
import 'package:google_maps_flutter/google_maps_flutter.dart';

Set<Marker> storeMarkers(Map<String, (LatLng, bool)> stores) {
  return {
    for (final MapEntry(key: name, value: (position, isOpen)) in stores.entries)
      Marker(
        markerId: MarkerId(name),
        position: position,
        infoWindow: InfoWindow(title: name, snippet: isOpen ? 'Açık' : 'Kapalı'),
        icon: BitmapDescriptor.defaultMarkerWithHue(
          isOpen ? BitmapDescriptor.hueGreen : BitmapDescriptor.hueRed,
        ),
      ),
  };
}
''')

R(P, "kolay", "code", "video_player ile oynatılan eğitim videosunun hızını 0.5x, 1x, 1.5x, 2x seçenekleriyle değiştir.", ["setPlaybackSpeed", "PopupMenuButton"], r'''
import 'package:video_player/video_player.dart';

class SpeedMenu extends StatelessWidget {
  const SpeedMenu({super.key, required this.controller});

  final VideoPlayerController controller;

  @override
  Widget build(BuildContext context) {
    return PopupMenuButton<double>(
      icon: const Icon(Icons.speed),
      initialValue: controller.value.playbackSpeed,
      onSelected: controller.setPlaybackSpeed,
      itemBuilder: (context) => [
        for (final speed in const [0.5, 1.0, 1.5, 2.0])
          PopupMenuItem(value: speed, child: Text('${speed}x')),
      ],
    );
  }
}
''')

R(P, "zor", "code", "sensors_plus'ın manyetometre verisiyle basit bir pusula yap; ok ikonu kuzeyi göstersin.", ["magnetometerEventStream", "atan2"], r'''
import 'dart:async';
import 'dart:math' as math;
import 'package:sensors_plus/sensors_plus.dart';

class SimpleCompass extends StatefulWidget {
  const SimpleCompass({super.key});

  @override
  State<SimpleCompass> createState() => _SimpleCompassState();
}

class _SimpleCompassState extends State<SimpleCompass> {
  StreamSubscription<MagnetometerEvent>? _sub;
  double _heading = 0; // radyan

  @override
  void initState() {
    super.initState();
    // Telefon yere paralel tutulduğunda x/y bileşenlerinden yön açısı
    _sub = magnetometerEventStream().listen((e) {
      setState(() => _heading = math.atan2(e.y, e.x));
    });
  }

  @override
  void dispose() {
    _sub?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Transform.rotate(
      angle: _heading - math.pi / 2,
      child: const Icon(Icons.navigation, size: 120, color: Colors.red),
    );
  }
}
''')

R(P, "orta", "code", "webview_flutter ile internetten değil, koddaki bir HTML metnini (ör. kampanya koşulları) göster.", ["loadHtmlString", "WebViewWidget"], r'''
import 'package:webview_flutter/webview_flutter.dart';

class HtmlTermsView extends StatefulWidget {
  const HtmlTermsView({super.key, required this.html});

  final String html;

  @override
  State<HtmlTermsView> createState() => _HtmlTermsViewState();
}

class _HtmlTermsViewState extends State<HtmlTermsView> {
  late final WebViewController _controller = WebViewController()
    ..loadHtmlString("""
<html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif">${widget.html}</body></html>""");

  @override
  Widget build(BuildContext context) => WebViewWidget(controller: _controller);
}
''')

R(P, "orta", "code", "Kamera önizlemesinde dokunulan noktaya odaklan ve pozlamayı oraya göre ayarla.", ["setFocusPoint", "setExposurePoint", "onTapUp"], r'''
import 'package:camera/camera.dart';

class TapToFocusPreview extends StatelessWidget {
  const TapToFocusPreview({super.key, required this.controller});

  final CameraController controller;

  @override
  Widget build(BuildContext context) {
    return LayoutBuilder(
      builder: (context, constraints) => GestureDetector(
        onTapUp: (details) {
          // Kamera API'si 0..1 aralığında normalize edilmiş nokta bekler
          final point = Offset(
            details.localPosition.dx / constraints.maxWidth,
            details.localPosition.dy / constraints.maxHeight,
          );
          controller.setFocusPoint(point);
          controller.setExposurePoint(point);
        },
        child: CameraPreview(controller),
      ),
    );
  }
}
''')

R(P, "zor", "code", "Kameradan gelen kareleri canlı işlemek (ör. barkod/ML) için görüntü akışını başlat, ama işlem sürerken gelen kareleri atla.", ["startImageStream", "CameraImage", "stopImageStream"], r'''
import 'package:camera/camera.dart';

class FrameProcessor {
  FrameProcessor(this.controller, this.process);

  final CameraController controller;
  final Future<void> Function(CameraImage image) process;
  bool _busy = false;

  Future<void> start() {
    return controller.startImageStream((CameraImage image) async {
      if (_busy) return; // önceki kare bitmeden yenisini işleme
      _busy = true;
      try {
        await process(image); // image.planes, image.width, image.height
      } finally {
        _busy = false;
      }
    });
  }

  Future<void> stop() async {
    if (controller.value.isStreamingImages) await controller.stopImageStream();
  }
}
''')

R(P, "orta", "concept", "url_launcher'da LaunchMode.inAppWebView ile LaunchMode.inAppBrowserView arasındaki fark nedir?", ["LaunchMode.inAppBrowserView", "LaunchMode.inAppWebView"], r'''
import 'package:url_launcher/url_launcher.dart';

// LaunchMode.inAppWebView: uygulama içinde basit bir WebView açar; tarayıcı çerezleri/oturumu
//   paylaşılmaz, otomatik doldurma yoktur.
// inAppBrowserView: Android'de Chrome Custom Tabs, iOS'ta SFSafariViewController açar;
//   tarayıcının oturum, şifre ve çerezlerini kullanır. OAuth girişleri ve ödeme
//   sayfaları için tercih edilir.
Future<void> openLogin(Uri uri) async {
  final mode = await supportsLaunchMode(LaunchMode.inAppBrowserView)
      ? LaunchMode.inAppBrowserView
      : LaunchMode.externalApplication; // desteklenmiyorsa dış tarayıcı
  await launchUrl(uri, mode: mode);
}
''')

R(P, "orta", "code", "Sunucuya giden isteklerde 'UygulamaAdi/1.4.2 (Android 14; Pixel 8)' gibi bir User-Agent başlığı oluştur.", ["PackageInfo.fromPlatform", "DeviceInfoPlugin"], r'''
import 'dart:io';
import 'package:device_info_plus/device_info_plus.dart';
import 'package:package_info_plus/package_info_plus.dart';

Future<String> buildUserAgent() async {
  final app = await PackageInfo.fromPlatform();
  final device = DeviceInfoPlugin();
  var platform = Platform.operatingSystem;
  if (Platform.isAndroid) {
    final a = await device.androidInfo;
    platform = 'Android ${a.version.release}; ${a.model}';
  } else if (Platform.isIOS) {
    final i = await device.iosInfo;
    platform = 'iOS ${i.systemVersion}; ${i.utsname.machine}';
  }
  return '${app.appName}/${app.version} ($platform)';
}

// headers: {'User-Agent': await buildUserAgent()}
''')

R(P, "orta", "code", "Uygulama açıkken kullanıcı konum servisini (GPS) kapatıp açarsa bunu anında algıla ve ekrana yansıt.", ["Geolocator.getServiceStatusStream", "ServiceStatus"], r'''
import 'dart:async';
import 'package:geolocator/geolocator.dart';

class GpsStatusBadge extends StatefulWidget {
  const GpsStatusBadge({super.key});

  @override
  State<GpsStatusBadge> createState() => _GpsStatusBadgeState();
}

class _GpsStatusBadgeState extends State<GpsStatusBadge> {
  StreamSubscription<ServiceStatus>? _sub;
  bool _enabled = true;

  @override
  void initState() {
    super.initState();
    Geolocator.isLocationServiceEnabled().then((v) => setState(() => _enabled = v));
    _sub = Geolocator.getServiceStatusStream().listen(
      (status) => setState(() => _enabled = status == ServiceStatus.enabled),
    );
  }

  @override
  void dispose() {
    _sub?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Icon(_enabled ? Icons.gps_fixed : Icons.gps_off, color: _enabled ? Colors.green : Colors.red);
  }
}
''')

R(P, "zor", "code", "Android'de konum güncellemelerini 5 saniyede bir, iOS'ta ise 10 metre hareket edince alacak şekilde platforma özel ayarla.", ["AndroidSettings", "AppleSettings", "getPositionStream"], r'''
import 'package:flutter/foundation.dart';
import 'package:geolocator/geolocator.dart';

Stream<Position> platformPositionStream() {
  final LocationSettings settings = switch (defaultTargetPlatform) {
    TargetPlatform.android => AndroidSettings(
        accuracy: LocationAccuracy.high,
        intervalDuration: const Duration(seconds: 5), // zaman bazlı
      ),
    TargetPlatform.iOS || TargetPlatform.macOS => AppleSettings(
        accuracy: LocationAccuracy.high,
        distanceFilter: 10, // mesafe bazlı (metre)
        pauseLocationUpdatesAutomatically: true,
      ),
    _ => const LocationSettings(accuracy: LocationAccuracy.high),
  };
  return Geolocator.getPositionStream(locationSettings: settings);
}
''')

R(P, "kolay", "code", "Web'de çalışırken kullanıcının tarayıcısının adını (Chrome, Safari, Firefox) öğren.", ["webBrowserInfo", "browserName"], r'''
import 'package:device_info_plus/device_info_plus.dart';
import 'package:flutter/foundation.dart';

Future<String?> browserName() async {
  if (!kIsWeb) return null;
  final info = await DeviceInfoPlugin().webBrowserInfo;
  // BrowserName enum: chrome, safari, firefox, edge, ...
  return info.browserName.name;
}
''')
# ---------------------------------------------------------------- dart_language
R(D, "kolay", "code", "İç içe listeyi (List<List<int>>) tek düz bir listeye çevir.", ["expand"], r'''
void main() {
  final matrix = [
    [1, 2, 3],
    [4, 5],
    [6],
  ];
  // expand her elemanı bir Iterable'a açar ve hepsini tek dizide birleştirir
  final flat = matrix.expand((row) => row).toList();
  print(flat); // [1, 2, 3, 4, 5, 6]

  // Alternatif: collection-for ile
  final flat2 = [for (final row in matrix) ...row];
  print(flat2);
}
''')

R(D, "kolay", "code", "Sepete aynı ürün tekrar eklenince yeni satır açmak yerine adedini bir artır.", ["update", "ifAbsent"], r'''
final Map<String, int> cart = {};

void addToCart(String productId) {
  // Anahtar varsa değeri günceller, yoksa ifAbsent ile ekler
  cart.update(productId, (qty) => qty + 1, ifAbsent: () => 1);
}

void main() {
  addToCart('elma');
  addToCart('elma');
  addToCart('armut');
  print(cart); // {elma: 2, armut: 1}
}
''')

R(D, "kolay", "code", "Ayrı iki listede duran anahtarları ve değerleri eşleştirerek bir Map oluştur.", ["fromIterables"], r'''
void main() {
  final days = ['Pzt', 'Sal', 'Çar'];
  final steps = [8200, 10450, 6300];
  // İki Iterable aynı uzunlukta olmalı
  final stepsByDay = Map<String, int>.fromIterables(days, steps);
  print(stepsByDay); // {Pzt: 8200, Sal: 10450, Çar: 6300}
}
''')

R(D, "kolay", "code", "Map'ten degeri 0 olan tum girisleri tek seferde sil.", ["removeWhere"], r'''
void main() {
  final stock = {'kalem': 12, 'defter': 0, 'silgi': 3, 'cetvel': 0};
  // Koşulu sağlayan tüm anahtar-değer çiftlerini kaldırır
  stock.removeWhere((key, value) => value == 0);
  print(stock); // {kalem: 12, silgi: 3}
}
''')

R(D, "orta", "code", "Listeyi sayfalara böl: sayfa numarası ve sayfa boyutu verilince o sayfanın elemanlarını döndür.", ["skip", "take"], r'''
List<T> pageOf<T>(List<T> items, {required int page, int pageSize = 20}) {
  // page 1'den başlar
  return items.skip((page - 1) * pageSize).take(pageSize).toList();
}

void main() {
  final numbers = List.generate(45, (i) => i + 1);
  print(pageOf(numbers, page: 3)); // [41, 42, 43, 44, 45]
}
''')

R(D, "orta", "code", "Sıralı bir log listesinde ilk hata satırına kadar olanları al, hatadan sonrasını ayrı listele.", ["takeWhile", "skipWhile"], r'''
void main() {
  final logs = ['başla', 'bağlan', 'HATA: zaman aşımı', 'yeniden dene', 'bitti'];
  bool notError(String line) => !line.startsWith('HATA');

  // Koşul ilk kez false olana kadar alır
  final before = logs.takeWhile(notError).toList();
  // Koşul ilk kez false olduğu yerden itibaren hepsini alır
  final fromError = logs.skipWhile(notError).toList();

  print(before); // [başla, bağlan]
  print(fromError); // [HATA: zaman aşımı, yeniden dene, bitti]
}
''')

R(D, "kolay", "code", "Null değerler içeren List<String?>'ten null'ları atıp List<String> elde et.", ["nonNulls | whereType<String>"], r'''
void main() {
  final List<String?> names = ['Ali', null, 'Ece', null, 'Can'];
  // where((e) => e != null) tipi List<String?> bırakır; nonNulls tipi de daraltır
  final List<String> clean = names.nonNulls.toList();
  print(clean); // [Ali, Ece, Can]
}
''')

R(D, "orta", "concept", "List.from ile List.of arasındaki fark nedir, listeyi kopyalamak için hangisini kullanmalıyım?", ["List.of", "List.from"], r'''
void main() {
  final List<int> source = [1, 2, 3];

  // List.of: eleman tipi kaynaktan çıkarılır ve derleme zamanında denetlenir
  final List<int> copy1 = List.of(source);

  // List.from: Iterable<dynamic> kabul eder; tip yanlışsa hata çalışma zamanında çıkar
  final List<dynamic> mixed = [1, 2, 3];
  final List<int> copy2 = List<int>.from(mixed); // tip dönüşümü için kullanılır

  // En kısa kopya: spread veya toList()
  final copy3 = [...source];
  final copy4 = source.toList();

  // Hepsi SIĞ kopyadır: iç nesneler paylaşılır
  print([copy1, copy2, copy3, copy4]);
}
''')

R(D, "orta", "concept", "JSON'dan gelen List<dynamic>'i List<String>'e çevirirken cast<String>() mi yoksa map kullanmak mı doğru?", ["cast<String>", "List<String>.from | map("], r'''
import 'dart:convert';

void main() {
  final data = jsonDecode('{"tags": ["dart", "flutter"]}') as Map<String, dynamic>;
  final raw = data['tags'] as List<dynamic>;

  // cast: tembel bir görünüm döndürür; her erişimde kontrol eder,
  // yanlış tipte eleman varsa hata ancak o eleman okunduğunda çıkar
  final List<String> lazy = raw.cast<String>();

  // List<String>.from: hemen yeni liste oluşturur ve tüm elemanları kontrol eder
  final List<String> eager = List<String>.from(raw);

  // Dönüşüm de gerekiyorsa map (ör. sayıları metne çevirmek)
  final List<String> mapped = raw.map((e) => e.toString()).toList();

  print([lazy, eager, mapped]);
}
''')

R(D, "kolay", "code", "Bir listeyi ters sırada yazdır, orijinal liste değişmesin.", ["reversed"], r'''
void main() {
  final steps = ['Kayıt', 'Doğrulama', 'Ödeme', 'Onay'];
  // reversed tembel bir Iterable döndürür; orijinal liste değişmez
  final backwards = steps.reversed.toList();
  print(backwards); // [Onay, Ödeme, Doğrulama, Kayıt]
  print(steps); // [Kayıt, Doğrulama, Ödeme, Onay]
}
''')

R(D, "kolay", "code", "Bir listenin elemanlarını sırasıyla 'İndeks: değer' şeklinde yazdırmak için asMap kullan.", ["asMap"], r'''
void main() {
  final winners = ['Zeynep', 'Burak', 'Elif'];
  // asMap: indeks -> eleman görünümü
  winners.asMap().forEach((index, name) {
    print('${index + 1}. $name');
  });
}
''')

R(D, "orta", "concept", "Bir sınıfın alanı için 'if (user.name != null)' kontrolü yaptım ama yine de '!' istiyor; neden tip daralmıyor?", ["final", "!= null"], r'''
class Profile {
  Profile(this.name, this._nickname);

  // Public ve override edilebilir alanlar her okunduğunda farklı değer
  // döndürebilir (getter olabilir), bu yüzden derleyici null kontrolüne güvenmez.
  String? name;

  // Dart 3.2+: PRIVATE ve FINAL alanlar daraltılabilir
  final String? _nickname;

  String greet() {
    // Çözüm 1: yerel değişkene kopyala
    final n = name;
    if (n != null) return 'Merhaba ${n.toUpperCase()}';

    // Çözüm 2: private final alan doğrudan daralır
    if (_nickname != null) return 'Selam ${_nickname.toUpperCase()}';

    // Çözüm 3: pattern ile
    if (name case final value?) return value;
    return 'Misafir';
  }
}
''')

R(D, "zor", "code", "Her zaman hata fırlatan bir yardımcı fonksiyonun dönüş tipini, çağrıldığı yerde derleyici akışı bilsin diye doğru tanımla.", ["Never", "throw"], r'''
/// Never: fonksiyon asla normal şekilde dönmez. Derleyici bundan sonraki
/// kodun ulaşılamaz olduğunu bilir ve tip daraltma yapar.
Never fail(String message) => throw StateError(message);

int parsePort(String? raw) {
  final port = int.tryParse(raw ?? '') ?? fail('Geçersiz port: $raw');
  // port burada int (int? değil), çünkü fail dönmez
  if (port <= 0 || port > 65535) fail('Aralık dışı port: $port');
  return port;
}
''')

R(D, "kolay", "code", "Alt sınıfın constructor'ında üst sınıfa parametreleri tek tek aktarmak yerine super parametreleri kullan.", ["super."], r'''
class Animal {
  Animal(this.name, {this.age = 0});

  final String name;
  final int age;
}

class Dog extends Animal {
  // Dart 2.17+: super.name ve super.age doğrudan üst sınıfa iletilir
  Dog(super.name, {super.age, this.breed = 'Melez'});

  final String breed;
}

void main() {
  final dog = Dog('Karabaş', age: 3);
  print('${dog.name} ${dog.age} ${dog.breed}');
}
''')

R(D, "orta", "code", "Bir sınıfa başka bir constructor'ı çağıran yönlendirici (redirecting) constructor ekle.", [": this("], r'''
class Money {
  Money(this.kurus) : assert(kurus >= 0);

  // Yönlendirici constructor: gövdesi olmaz, başka bir constructor'a devreder
  Money.lira(int lira) : this(lira * 100);

  Money.zero() : this(0);

  final int kurus;

  @override
  String toString() => '${kurus ~/ 100},${(kurus % 100).toString().padLeft(2, '0')} TL';
}

void main() {
  print(Money.lira(15)); // 15,00 TL
  print(Money(1999)); // 19,99 TL
}
''')

R(D, "kolay", "code", "Opsiyonel bir callback parametresini null ise çağırmadan, varsa çağıracak şekilde kısa yaz.", ["?.call("], r'''
class Downloader {
  Downloader({this.onProgress, this.onDone});

  final void Function(double percent)? onProgress;
  final void Function()? onDone;

  void simulate() {
    for (var p = 0.0; p <= 1.0; p += 0.25) {
      // callback null ise hiçbir şey yapmaz
      onProgress?.call(p);
    }
    onDone?.call();
  }
}

void main() {
  Downloader(onDone: () => print('Bitti')).simulate();
}
''')

R(D, "orta", "code", "Fonksiyon ve constructor tear-off'larını kullanarak listeyi lambda yazmadan dönüştür.", ["Tag.new", "map("], r'''
class Tag {
  Tag(this.label);

  final String label;

  @override
  String toString() => '#$label';
}

void main() {
  final words = ['dart', 'flutter', 'mobil'];

  // Constructor tear-off: (w) => Tag(w) yerine Tag.new
  final tags = words.map(Tag.new).toList();

  // Metot tear-off: (t) => print(t) yerine print
  tags.forEach(print);

  // Üst düzey fonksiyon tear-off: (w) => shout(w) yerine shout
  print(words.map(shout).toList());

  // Nesne metodu tear-off: (w) => buffer.write(w) yerine buffer.write
  final buffer = StringBuffer();
  words.forEach(buffer.write);
  print(buffer);
}

String shout(String s) => '${s.toUpperCase()}!';
''')

R(D, "orta", "code", "Not ortalamasını harf notuna çeviren switch ifadesini aralık (relational) pattern'leriyle yaz.", ["switch", ">="], r'''
String letterGrade(double score) => switch (score) {
      >= 90 => 'AA',
      >= 85 => 'BA',
      >= 75 => 'BB',
      >= 65 => 'CB',
      >= 50 => 'CC',
      >= 0 && < 50 => 'FF',
      _ => throw ArgumentError('Geçersiz not: $score'),
    };

void main() {
  for (final s in [95.0, 72.5, 41.0]) {
    print('$s -> ${letterGrade(s)}');
  }
}
''')

R(D, "orta", "code", "Switch içinde birden fazla değeri aynı case'de || ile eşleştir (hafta sonu/hafta içi).", ["switch", "||"], r'''
String dayType(int weekday) => switch (weekday) {
      DateTime.saturday || DateTime.sunday => 'Hafta sonu',
      DateTime.friday => 'Cuma — hafta sonu yaklaşıyor',
      _ => 'Hafta içi',
    };

void main() {
  print(dayType(DateTime.now().weekday));
}
''')

R(D, "orta", "code", "Null olabilen bir değeri switch içinde null-check pattern ile hem kontrol et hem değişkene al.", ["case", "?"], r'''
String describeDiscount(int? percent) {
  switch (percent) {
    case null:
      return 'İndirim yok';
    // final p? : değer null değilse p'ye int olarak bağlanır
    case final p? when p >= 50:
      return 'Büyük indirim: %$p';
    case final p?:
      return 'İndirim: %$p';
  }
}

void main() {
  print(describeDiscount(null));
  print(describeDiscount(60));
  print(describeDiscount(10));
}
''')

R(D, "kolay", "code", "Map'in tüm anahtar-değer çiftlerini for döngüsünde pattern ile key ve value olarak ayırarak dolaş.", ["MapEntry(", "entries"], r'''
void main() {
  final prices = {'çay': 15, 'kahve': 45, 'su': 10};
  // MapEntry object pattern ile destructuring
  for (final MapEntry(key: item, value: price) in prices.entries) {
    print('$item: $price TL');
  }
}
''')

R(D, "kolay", "code", "İki değişkenin değerini geçici değişken kullanmadan record pattern ile yer değiştir.", ["(a, b) = (b, a)"], r'''
void main() {
  var a = 'sol';
  var b = 'sağ';
  // Sağ taraf önce record olarak oluşturulur, sonra destructure edilir
  (a, b) = (b, a);
  print('$a $b'); // sağ sol
}
''')

R(D, "orta", "code", "Sık kullandığım (double lat, double lng) record tipine typedef ile isim ver ve fonksiyonlarda kullan.", ["typedef", "({"], r'''
import 'dart:math' as math;

// İsimli alanlı record tipine takma ad
typedef LatLng = ({double lat, double lng});

double distanceKm(LatLng a, LatLng b) {
  const r = 6371.0;
  double rad(double d) => d * math.pi / 180;
  final dLat = rad(b.lat - a.lat);
  final dLng = rad(b.lng - a.lng);
  final h = math.pow(math.sin(dLat / 2), 2) +
      math.cos(rad(a.lat)) * math.cos(rad(b.lat)) * math.pow(math.sin(dLng / 2), 2);
  return 2 * r * math.asin(math.sqrt(h));
}

void main() {
  const LatLng istanbul = (lat: 41.01, lng: 28.98);
  const LatLng ankara = (lat: 39.93, lng: 32.86);
  print('${distanceKm(istanbul, ankara).round()} km');
}
''')

R(D, "orta", "concept", "Negatif sayılarda % operatörü ile remainder() neden farklı sonuç veriyor? ~/ ne işe yarar?", ["%", "remainder", "~/"], r'''
void main() {
  // ~/ : tam sayı bölmesi (sıfıra doğru yuvarlar)
  print(7 ~/ 2); // 3
  print(-7 ~/ 2); // -3

  // % : Dart'ta sonuç HER ZAMAN pozitif (modulo, Öklid kalanı)
  print(-7 % 3); // 2

  // remainder: işareti bölünenle aynı olan kalan (C/Java'daki %)
  print((-7).remainder(3)); // -1

  // Dairesel indeks için % idealdir: listenin sonundan başa sarar
  const colors = ['kırmızı', 'yeşil', 'mavi'];
  final prev = (0 - 1) % colors.length; // 2
  print(colors[prev]); // mavi
}
''')

R(D, "orta", "concept", "Para hesaplarında double kullanınca kuruş hataları oluyor; Dart'ta doğru yaklaşım nedir?", ["int", "~/"], r'''
// double ikili kayan nokta kullanır: 0.1 gibi değerler tam temsil edilemez,
// toplama/çarpmada küçük hatalar birikir. Para için tutarları KURUŞ olarak int tut.
class Price {
  const Price(this.kurus);

  factory Price.fromTl(String text) {
    // '12,50' -> 1250 kuruş, double'a hiç uğramadan
    final parts = text.replaceAll('.', '').split(',');
    final lira = int.parse(parts[0]);
    final kurus = parts.length > 1 ? int.parse(parts[1].padRight(2, '0').substring(0, 2)) : 0;
    return Price(lira * 100 + kurus);
  }

  final int kurus;

  Price operator +(Price other) => Price(kurus + other.kurus);
  Price operator *(int qty) => Price(kurus * qty);

  @override
  String toString() => '${kurus ~/ 100},${(kurus % 100).toString().padLeft(2, '0')} TL';
}

void main() {
  print(Price.fromTl('0,10') * 3 + Price.fromTl('12,50')); // 12,80 TL (tam)
}
''')

R(D, "kolay", "code", "Bir double değeri iki ondalık basamağa yuvarlayıp yine double olarak kullan.", ["round", "toStringAsFixed | pow"], r'''
double roundTo(double value, int digits) {
  // toStringAsFixed ile yuvarlayıp tekrar double'a çevirmek en okunur yol
  return double.parse(value.toStringAsFixed(digits));
}

void main() {
  print(roundTo(3.14159, 2)); // 3.14
  print(roundTo(2.675, 2)); // 2.67 veya 2.68: kayan nokta temsiline bağlı!
  print((12.3456 * 100).round() / 100); // 12.35
}
''')

R(D, "kolay", "code", "Bir ayin kac gun cektigini (subat artik yil dahil) hesaplayan fonksiyon yaz.", ["DateTime("], r'''
int daysInMonth(int year, int month) {
  // Bir sonraki ayın 0. günü = bu ayın son günü
  return DateTime(year, month + 1, 0).day;
}

void main() {
  print(daysInMonth(2024, 2)); // 29 (artık yıl)
  print(daysInMonth(2023, 2)); // 28
  print(daysInMonth(2024, 12)); // 31 (ay 13 otomatik bir sonraki yılın ocağına taşar)
}
''')

R(D, "orta", "code", "Abonelik bitiş tarihi için bir tarihe 1 ay ekle; 31 Ocak + 1 ay 3 Mart değil 29 Şubat olsun.", ["DateTime(", "math.min | min("], r'''
import 'dart:math' as math;

DateTime addMonths(DateTime date, int months) {
  final totalMonths = date.month - 1 + months;
  final year = date.year + totalMonths ~/ 12;
  final month = totalMonths % 12 + 1;
  // Hedef ayın son gününü aşma
  final lastDay = DateTime(year, month + 1, 0).day;
  final day = math.min(date.day, lastDay);
  return DateTime(year, month, day, date.hour, date.minute);
}

void main() {
  print(addMonths(DateTime(2024, 1, 31), 1)); // 2024-02-29
  print(DateTime(2024, 1, 31 + 31)); // Dikkat: basit gün ekleme 2024-03-02 verir
}
''')

R(D, "kolay", "code", "İki DateTime'ın saatine bakmadan aynı güne denk gelip gelmediğini kontrol eden extension yaz.", ["extension", "on DateTime"], r'''
extension DateOnlyCompare on DateTime {
  bool isSameDay(DateTime other) =>
      year == other.year && month == other.month && day == other.day;

  bool get isToday => isSameDay(DateTime.now());

  /// Saat bilgisini atılmış hali
  DateTime get dateOnly => DateTime(year, month, day);
}

void main() {
  final a = DateTime(2024, 5, 1, 9, 30);
  final b = DateTime(2024, 5, 1, 23, 59);
  print(a.isSameDay(b)); // true
  print(a.isToday);
}
''')

R(D, "orta", "code", "'01:30:15' gibi saat:dakika:saniye metnini Duration'a çeviren, hatalıysa null dönen fonksiyon yaz.", ["Duration(", "int.tryParse"], r'''
Duration? parseHms(String text) {
  final parts = text.split(':');
  if (parts.length != 3) return null;
  final values = parts.map(int.tryParse).toList();
  if (values.contains(null)) return null;
  final [h, m, s] = values.cast<int>();
  if (m >= 60 || s >= 60) return null;
  return Duration(hours: h, minutes: m, seconds: s);
}

void main() {
  print(parseHms('01:30:15')?.inSeconds); // 5415
  print(parseHms('1:75:00')); // null
}
''')

R(D, "kolay", "code", "num üzerine 5.seconds, 300.ms gibi Duration üreten extension'lar yaz.", ["extension", "on num | on int", "Duration"], r'''
extension DurationShortcuts on num {
  Duration get ms => Duration(microseconds: (this * 1000).round());
  Duration get seconds => Duration(microseconds: (this * 1000000).round());
  Duration get minutes => Duration(microseconds: (this * 60000000).round());
}

Future<void> main() async {
  await Future.delayed(1.5.seconds);
  print(300.ms); // 0:00:00.300000
  print(2.minutes.inSeconds); // 120
}
''')

R(D, "zor", "code", "Dart'ta for-in ile dolaşılabilen, başlangıç-bitiş-adım alan kendi Range sınıfımı yaz.", ["extends Iterable", "Iterator", "moveNext"], r'''
class Range extends Iterable<int> {
  Range(this.start, this.end, [this.step = 1]) : assert(step > 0);

  final int start;
  final int end; // hariç
  final int step;

  @override
  Iterator<int> get iterator => _RangeIterator(this);
}

class _RangeIterator implements Iterator<int> {
  _RangeIterator(this._range) : _next = _range.start;

  final Range _range;
  int _next;
  int? _current;

  @override
  int get current => _current!;

  @override
  bool moveNext() {
    if (_next >= _range.end) return false;
    _current = _next;
    _next += _range.step;
    return true;
  }
}

void main() {
  for (final i in Range(0, 10, 3)) {
    print(i); // 0 3 6 9
  }
  // Iterable'dan gelen map/where/toList hazır
  print(Range(1, 6).map((i) => i * i).toList());
}
''')

R(D, "zor", "code", "Kapasitesi dolunca en uzun süre kullanılmayan öğeyi atan (LRU) generic bir önbellek sınıfı yaz.", ["LinkedHashMap | Map", "remove", "keys.first"], r'''
class LruCache<K, V> {
  LruCache(this.capacity) : assert(capacity > 0);

  final int capacity;
  // Dart'ın varsayılan Map'i (LinkedHashMap) ekleme sırasını korur
  final _map = <K, V>{};

  V? get(K key) {
    final value = _map.remove(key);
    if (value != null) _map[key] = value; // sona taşı: en son kullanılan
    return value;
  }

  void put(K key, V value) {
    _map.remove(key);
    _map[key] = value;
    if (_map.length > capacity) {
      _map.remove(_map.keys.first); // en eski kullanılan başta
    }
  }

  int get length => _map.length;
}

void main() {
  final cache = LruCache<String, int>(2)
    ..put('a', 1)
    ..put('b', 2);
  cache.get('a'); // a artık en yeni
  cache.put('c', 3); // b atılır
  print(cache.get('b')); // null
}
''')

R(D, "kolay", "code", "Push, pop ve peek işlemleri olan generic bir Stack (yığın) sınıfı yaz.", ["class Stack<T>", "removeLast"], r'''
class Stack<T> {
  final _items = <T>[];

  void push(T item) => _items.add(item);

  T pop() {
    if (_items.isEmpty) throw StateError('Yığın boş');
    return _items.removeLast();
  }

  T? get peek => _items.isEmpty ? null : _items.last;

  bool get isEmpty => _items.isEmpty;
  int get length => _items.length;
}

void main() {
  final history = Stack<String>()
    ..push('/ana')
    ..push('/urun/5');
  print(history.pop()); // /urun/5
  print(history.peek); // /ana
}
''')

R(D, "orta", "code", "Ayarlar gibi iç içe iki Map'i derinlemesine birleştiren (alt map'leri de birleştiren) fonksiyon yaz.", ["Map<String, dynamic>", "is Map"], r'''
Map<String, dynamic> deepMerge(Map<String, dynamic> base, Map<String, dynamic> override) {
  final result = Map<String, dynamic>.of(base);
  override.forEach((key, value) {
    final existing = result[key];
    if (existing is Map<String, dynamic> && value is Map<String, dynamic>) {
      result[key] = deepMerge(existing, value); // alt map'leri özyinelemeli birleştir
    } else {
      result[key] = value; // diğer her şeyde override kazanır
    }
  });
  return result;
}

void main() {
  final defaults = {'theme': {'mode': 'light', 'font': 14}, 'lang': 'tr'};
  final user = {'theme': {'mode': 'dark'}};
  print(deepMerge(defaults, user)); // {theme: {mode: dark, font: 14}, lang: tr}
}
''')

R(D, "orta", "concept", "const [1, 2, 3] listesine add yapınca 'Cannot add to an unmodifiable list' hatası alıyorum, neden?", ["const", "toList | [..."], r'''
void main() {
  // const liste derleme zamanı sabitidir ve değiştirilemez
  const fixed = [1, 2, 3];
  // fixed.add(4); // Unsupported operation: Cannot add to an unmodifiable list

  // final sadece değişkenin yeniden atanmasını engeller; liste değiştirilebilir
  final growable = [1, 2, 3];
  growable.add(4);

  // Sabit listeden değiştirilebilir kopya al
  final copy = [...fixed]..add(4);
  final copy2 = fixed.toList()..add(5);

  // Dikkat: widget'larda varsayılan parametre olarak verilen const [] de değiştirilemez
  print([growable, copy, copy2]);
}
''')

R(D, "orta", "code", "Kart numarasinin sadece son 4 hanesini goster, gerisini yildizla maskele.", ["replaceRange | padLeft", "substring"], r'''
String maskCard(String number) {
  final digits = number.replaceAll(RegExp(r'\D'), '');
  if (digits.length <= 4) return digits;
  final masked = digits.replaceRange(0, digits.length - 4, '*' * (digits.length - 4));
  // 4'lü gruplar halinde göster
  final groups = <String>[];
  for (var i = 0; i < masked.length; i += 4) {
    groups.add(masked.substring(i, i + 4 > masked.length ? masked.length : i + 4));
  }
  return groups.join(' ');
}

void main() {
  print(maskCard('4543 1234 5678 9012')); // **** **** **** 9012
}
''')

R(D, "kolay", "code", "E-posta adresini 'a***t@gmail.com' şeklinde kısmen gizle.", ["split | indexOf", "*"], r'''
String maskEmail(String email) {
  final at = email.indexOf('@');
  if (at <= 1) return email; // maskelenecek kadar uzun değil
  final name = email.substring(0, at);
  final domain = email.substring(at);
  if (name.length == 2) return '${name[0]}*$domain';
  return '${name[0]}${'*' * (name.length - 2)}${name[name.length - 1]}$domain';
}

void main() {
  print(maskEmail('ahmet@gmail.com')); // a***t@gmail.com
}
''')

R(D, "kolay", "code", "Metindeki birden fazla boşluğu, sekmeyi ve satır sonunu tek boşluğa indir.", ["replaceAll", "RegExp"], r'''
String normalizeSpaces(String input) {
  // \s+ : bir veya daha fazla boşluk karakteri (boşluk, tab, yeni satır)
  return input.replaceAll(RegExp(r'\s+'), ' ').trim();
}

void main() {
  print(normalizeSpaces('  Merhaba \n\n   dünya\t  !  ')); // 'Merhaba dünya !'
}
''')

R(D, "kolay", "code", "Bir kelimenin palindrom olup olmadığını (büyük/küçük harf ve boşluk önemsiz) kontrol et.", ["reversed | split", "toLowerCase"], r'''
bool isPalindrome(String text) {
  final clean = text.toLowerCase().replaceAll(RegExp(r'[^a-zçğıöşü0-9]'), '');
  final reversed = clean.split('').reversed.join();
  return clean == reversed;
}

void main() {
  print(isPalindrome('Ey Edip Adanada pide ye')); // true
  print(isPalindrome('Flutter')); // false
}
''')

R(D, "orta", "code", "Bir metnin içindeki tüm sayıları (ondalıklı olanlar dahil) bulup double listesi olarak döndür.", ["allMatches", "RegExp"], r'''
List<double> extractNumbers(String text) {
  // İsteğe bağlı eksi, tam kısım, isteğe bağlı nokta/virgüllü ondalık
  final pattern = RegExp(r'-?\d+(?:[.,]\d+)?');
  return pattern
      .allMatches(text)
      .map((m) => double.parse(m.group(0)!.replaceAll(',', '.')))
      .toList();
}

void main() {
  print(extractNumbers('Sıcaklık -3,5 derece, nem %72, rüzgar 14.2 km/s'));
  // [-3.5, 72.0, 14.2]
}
''')

R(D, "orta", "code", "Ürün listesini StringBuffer kullanarak CSV metnine çevir; virgül içeren alanları tırnak içine al.", ["StringBuffer", "writeln"], r'''
String toCsv(List<Map<String, Object>> rows) {
  if (rows.isEmpty) return '';
  String escape(Object value) {
    final s = value.toString();
    // Virgül, tırnak veya satır sonu içeren alan tırnaklanır, içteki " -> ""
    return s.contains(RegExp(r'[,"\n]')) ? '"${s.replaceAll('"', '""')}"' : s;
  }

  final buffer = StringBuffer()..writeln(rows.first.keys.map(escape).join(','));
  for (final row in rows) {
    buffer.writeln(row.values.map(escape).join(','));
  }
  return buffer.toString();
}

void main() {
  print(toCsv([
    {'ad': 'Kalem, mavi', 'fiyat': 12},
    {'ad': 'Defter "A4"', 'fiyat': 30},
  ]));
}
''')

R(D, "kolay", "concept", "Dart'ta raw string (r'...') ne işe yarar, çok satırlı metni nasıl yazarım?", ["r'", "'''"], r"""
void main() {
  // Normal string'de \ kaçış karakteridir, $ interpolasyon yapar
  const path = 'C:\\Users\\ali';
  // Raw string: \ ve $ olduğu gibi kalır; RegExp desenlerinde çok kullanışlı
  final digits = RegExp(r'\d+\.\d+');
  const price = r'$19.99';

  // Üç tırnak: çok satırlı metin (satır sonları korunur)
  const address = '''
Atatürk Cad. No: 5
Kadıköy / İstanbul''';

  print([path, digits.pattern, price, address]);
}
""")

R(D, "orta", "code", "Aynı anda birkaç sunucuya istek at, ilk cevap veren sunucunun sonucunu kullan.", ["Future.any"], r'''
import 'package:http/http.dart' as http;

Future<String> fetchFromFastestMirror(String path) {
  const mirrors = [
    'https://tr.cdn.ornek.com',
    'https://eu.cdn.ornek.com',
    'https://us.cdn.ornek.com',
  ];
  // İlk TAMAMLANAN Future'ın sonucu (veya hatası) döner; diğerleri yok sayılır
  return Future.any([
    for (final base in mirrors) http.get(Uri.parse('$base$path')).then((r) => r.body),
  ]);
}
''')

R(D, "zor", "concept", "Dart event loop'unda microtask ve event kuyruğu nedir? Bu kodun çıktı sırası neden böyle?", ["scheduleMicrotask", "Future"], r'''
import 'dart:async';

void main() {
  print('1 senkron');
  Future(() => print('5 event kuyruğu (Future)'));
  Future.delayed(Duration.zero, () => print('6 event kuyruğu (delayed)'));
  scheduleMicrotask(() => print('3 microtask'));
  Future.value(0).then((_) => print('4 microtask (tamamlanmış Future.then)'));
  print('2 senkron');
  // Kural: önce tüm senkron kod, sonra microtask kuyruğu TAMAMEN boşaltılır,
  // ardından event kuyruğundan sıradaki iş alınır (zamanlayıcılar, I/O, Future()).
  // Microtask'ler event'lerin önüne geçtiği için uzun microtask zincirleri UI'ı dondurabilir.
}
''')

R(D, "orta", "code", "Sensörden gelen akışta aynı değer arka arkaya tekrar gelirse sadece değiştiğinde işle.", ["distinct"], r'''
import 'dart:async';

void main() {
  final readings = Stream.fromIterable([20, 20, 21, 21, 21, 22, 20, 20]);
  // distinct: bir önceki değerle aynıysa olayı atlar
  readings.distinct().listen((t) => print('Sıcaklık değişti: $t'));
  // Çıktı: 20, 21, 22, 20

  // Nesnelerde hangi alanın karşılaştırılacağını verebilirsin
  final users = Stream.fromIterable([(id: 1, name: 'a'), (id: 1, name: 'b'), (id: 2, name: 'c')]);
  users.distinct((prev, next) => prev.id == next.id).listen(print);
}
''')

R(D, "orta", "concept", "Future'ı await etmeden çağırmak ne zaman doğru, unawaited neden kullanılır?", ["unawaited"], r'''
import 'dart:async';

Future<void> logEvent(String name) async {
  await Future.delayed(const Duration(milliseconds: 200)); // ağ çağrısı gibi
}

Future<void> onCheckout() async {
  // Sonucunu beklemek istemediğimiz 'ateşle ve unut' işlemleri için unawaited,
  // okuyucuya ve lint'e (unawaited_futures) bunun BİLİNÇLİ olduğunu söyler.
  unawaited(logEvent('checkout'));

  // Dikkat: unawaited Future'daki hata yakalanmaz; gerekirse kendi içinde ele al
  unawaited(logEvent('x').catchError((Object e) => print('log hatası: $e')));

  // Sıra önemliyse veya hata çağırana iletilmeliyse mutlaka await edilmeli
  await Future.delayed(const Duration(milliseconds: 100));
}
''')

R(D, "orta", "code", "Sayılardan oluşan bir Stream'in toplamını ve ortalamasını, akış bitince tek seferde hesapla.", ["fold | toList", "await"], r'''
Future<(int, double)> sumAndAverage(Stream<int> numbers) async {
  // fold: Stream bitene kadar biriktirir, tek bir Future döndürür
  final (sum, count) = await numbers.fold<(int, int)>(
    (0, 0),
    (acc, n) => (acc.$1 + n, acc.$2 + 1),
  );
  return (sum, count == 0 ? 0.0 : sum / count);
}

Future<void> main() async {
  final (sum, avg) = await sumAndAverage(Stream.fromIterable([4, 8, 15, 16, 23, 42]));
  print('Toplam: $sum, Ortalama: $avg'); // Toplam: 108, Ortalama: 18.0
}
''')

R(D, "kolay", "code", "Uygulama loglarını print yerine dart:developer'ın log fonksiyonuyla isim ve hata bilgisiyle yaz.", ["log(", "dart:developer"], r'''
import 'dart:developer' as developer;

void logError(Object error, StackTrace stack) {
  // log: DevTools'ta isim, seviye ve hata/stack trace ile yapılandırılmış görünür,
  // çok uzun metinleri de kesmez
  developer.log(
    'Ödeme başarısız',
    name: 'payment',
    level: 1000, // SEVERE
    error: error,
    stackTrace: stack,
  );
}

void main() {
  try {
    throw const FormatException('Geçersiz kart');
  } catch (e, s) {
    logError(e, s);
  }
}
''')

R(D, "kolay", "code", "1'den 5'e kadar sayıların karelerini tembel (lazy) şekilde üreten bir Iterable oluştur.", ["Iterable.generate"], r'''
void main() {
  // Iterable.generate tembeldir: elemanlar ancak okunduğunda hesaplanır
  final squares = Iterable.generate(5, (i) => (i + 1) * (i + 1));
  print(squares.toList()); // [1, 4, 9, 16, 25]

  // Sadece ilk 2 eleman hesaplanır
  print(squares.take(2)); // (1, 4)
}
''')

R(D, "zor", "concept", "Dart'ın List.sort'u kararlı (stable) mı? Eşit elemanların sırası korunsun istiyorum.", ["mergeSort", "sort"], r'''
// pubspec.yaml: collection
import 'package:collection/collection.dart';

void main() {
  final orders = [
    (id: 1, city: 'Ankara'),
    (id: 2, city: 'İzmir'),
    (id: 3, city: 'Ankara'),
    (id: 4, city: 'İzmir'),
  ];
  // List.sort kararlılık GARANTİ ETMEZ: eşit şehirlerde id sırası bozulabilir.
  // collection paketindeki mergeSort kararlıdır (yerinde sıralar).
  final sorted = [...orders];
  mergeSort(sorted, compare: (a, b) => a.city.compareTo(b.city));
  print(sorted); // Ankara: 1, 3 ; İzmir: 2, 4 (ekleniş sırası korunur)

  // Alternatif: eşitlik durumunda orijinal indeksi ikincil anahtar yapmak
}
''')

R(D, "orta", "code", "Sıralı bir puan listesine yeni puanı sıralamayı bozmadan doğru yere ekle (ikili arama ile).", ["lowerBound", "insert"], r'''
// pubspec.yaml: collection
import 'package:collection/collection.dart';

void insertSorted(List<int> sortedScores, int score) {
  // lowerBound: score'un eklenebileceği ilk indeks (O(log n))
  final index = lowerBound(sortedScores, score);
  sortedScores.insert(index, score);
}

void main() {
  final scores = [10, 25, 40, 75];
  insertSorted(scores, 30);
  print(scores); // [10, 25, 30, 40, 75]
}
''')

R(D, "zor", "code", "API'den gelen sayfalı cevabı, içindeki öğe tipi generic olacak şekilde fromJson ile parse eden bir Paged<T> sınıfı yaz.", ["class Paged<T>", "T Function(", "fromJson"], r'''
class Paged<T> {
  Paged({required this.items, required this.page, required this.totalPages});

  /// Öğe tipini bilmediğimiz için dönüştürücü fonksiyonu dışarıdan alıyoruz
  factory Paged.fromJson(
    Map<String, dynamic> json,
    T Function(Map<String, dynamic> item) fromJsonT,
  ) {
    return Paged(
      items: (json['items'] as List<dynamic>)
          .map((e) => fromJsonT(e as Map<String, dynamic>))
          .toList(),
      page: json['page'] as int,
      totalPages: json['total_pages'] as int,
    );
  }

  final List<T> items;
  final int page;
  final int totalPages;

  bool get hasMore => page < totalPages;
}

class Product {
  Product(this.name);
  factory Product.fromJson(Map<String, dynamic> json) => Product(json['name'] as String);
  final String name;
}

// Kullanım: Paged<Product>.fromJson(json, Product.fromJson)
''')

R(D, "orta", "code", "Birden fazla fonksiyonu sırayla uygulayan (compose/pipe) generic bir yardımcı yaz.", ["T Function(T)", "fold"], r'''
/// Verilen fonksiyonları soldan sağa sırayla uygular.
T Function(T) pipe<T>(List<T Function(T)> steps) {
  return (T input) => steps.fold(input, (value, step) => step(value));
}

void main() {
  final slugify = pipe<String>([
    (s) => s.trim(),
    (s) => s.toLowerCase(),
    (s) => s.replaceAll(RegExp(r'\s+'), '-'),
  ]);
  print(slugify('  Yeni Ürünler Geldi ')); // yeni-ürünler-geldi
}
''')

R(D, "kolay", "code", "Sinifimi print edince 'Instance of User' yerine anlamli bilgi gorunsun.", ["toString", "@override"], r'''
class User {
  User(this.id, this.name);

  final int id;
  final String name;

  @override
  String toString() => 'User(id: $id, name: $name)';
}

void main() {
  final u = User(7, 'Deniz');
  print(u); // User(id: 7, name: Deniz)
  print([u, User(8, 'Ece')]); // listeler de toString kullanır
}
''')

R(D, "orta", "code", "Bir nesne listesinde id'ye göre tekrar edenleri, ilk görüleni tutarak temizle.", ["Set", "add"], r'''
class Contact {
  Contact(this.id, this.name);
  final int id;
  final String name;
}

List<Contact> uniqueById(List<Contact> contacts) {
  final seen = <int>{};
  // Set.add eleman yeniyse true döndürür: ilk görüleni tut
  return contacts.where((c) => seen.add(c.id)).toList();
}

void main() {
  final list = [Contact(1, 'Ali'), Contact(2, 'Ece'), Contact(1, 'Ali (kopya)')];
  print(uniqueById(list).map((c) => c.name)); // (Ali, Ece)
}
''')

R(D, "orta", "code", "Listedeki elemanları tek tek dolaşmak yerine bir koşula göre iki gruba (geçenler/kalanlar) ayır.", ["where", "List<"], r'''
(List<T>, List<T>) partition<T>(Iterable<T> items, bool Function(T) test) {
  final pass = <T>[];
  final fail = <T>[];
  for (final item in items) {
    (test(item) ? pass : fail).add(item);
  }
  return (pass, fail);
}

void main() {
  final scores = [45, 82, 67, 30, 91];
  final (passed, failed) = partition(scores, (s) => s >= 50);
  print('Geçen: $passed, Kalan: $failed'); // Geçen: [82, 67, 91], Kalan: [45, 30]
  // Tek geçişte; iki ayrı where() ile liste iki kez dolaşılmaz
  print(scores.where((s) => s >= 50).length);
}
''')

R(D, "kolay", "code", "Bir listeden rastgele bir eleman seç; her çalıştırmada aynı sonucu almak için sabit seed kullanılabilsin.", ["Random", "nextInt"], r'''
import 'dart:math';

T randomItem<T>(List<T> items, [Random? random]) {
  final r = random ?? Random();
  return items[r.nextInt(items.length)];
}

void main() {
  const tips = ['Su iç', 'Esneme yap', 'Mola ver'];
  print(randomItem(tips));
  // Testlerde tekrarlanabilir sonuç için seed'li Random
  print(randomItem(tips, Random(42)));
}
''')

R(D, "orta", "code", "Unix zaman damgasını (saniye cinsinden) DateTime'a ve DateTime'ı tekrar saniyeye çevir.", ["fromMillisecondsSinceEpoch", "millisecondsSinceEpoch"], r'''
DateTime fromUnixSeconds(int seconds, {bool utc = true}) =>
    DateTime.fromMillisecondsSinceEpoch(seconds * 1000, isUtc: utc);

int toUnixSeconds(DateTime date) => date.millisecondsSinceEpoch ~/ 1000;

void main() {
  final date = fromUnixSeconds(1700000000);
  print(date); // 2023-11-14 22:13:20.000Z
  print(toUnixSeconds(date)); // 1700000000
  print(date.toLocal()); // cihaz saat dilimiyle
}
''')

R(D, "orta", "code", "Bir sınıfın alanlarından hashCode üretmek için Object.hash ve liste alanı için Object.hashAll kullan.", ["Object.hash", "Object.hashAll"], r'''
class Route {
  Route(this.name, this.stops);

  final String name;
  final List<String> stops;

  @override
  bool operator ==(Object other) =>
      other is Route &&
      other.name == name &&
      other.stops.length == stops.length &&
      Iterable.generate(stops.length).every((i) => other.stops[i] == stops[i]);

  // Liste referansı yerine elemanlarından hash üret
  @override
  int get hashCode => Object.hash(name, Object.hashAll(stops));
}

void main() {
  final a = Route('M1', ['Kadıköy', 'Ayrılık Çeşmesi']);
  final b = Route('M1', ['Kadıköy', 'Ayrılık Çeşmesi']);
  print(a == b); // true
  print({a, b}.length); // 1
}
''')


def main():
    count = defaultdict(int)
    out = []
    for r in ROWS:
        n = 3000 + count[r["topic"]]
        count[r["topic"]] += 1
        out.append({"id": f'{r["topic"]}-{n}', "question": r["question"], "answer": r["answer"],
                    "topic": r["topic"], "difficulty": r["difficulty"], "kind": r["kind"],
                    "must_contain": r["must_contain"]})
    path = Path(__file__).resolve().parents[2] / "data" / "drafts-qa" / "train-c.jsonl"
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    print(path, dict(count))


if __name__ == "__main__":
    main()
