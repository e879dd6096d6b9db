"""Two more Turkish phrasings for existing train questions (lists, forms, navigation, state, dialogs, async).

The phrasings are data (P: id -> [p1, p2]); running the script checks them against data/train.jsonl and writes
data/drafts-phrasings/phrasings-d.jsonl. Rules: exactly two phrasings, 20-200 characters, none equal
(case-insensitive) to the question or to each other, no `//`, at least one typed without Turkish letters.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "data" / "train.jsonl"
OUT = ROOT / "data" / "drafts-phrasings" / "phrasings-d.jsonl"
TURKISH = set("çğıöşüÇĞİÖŞÜ")

P: dict[str, list[str]] = {}

# --- lists ---------------------------------------------------------------------------------------------------
P.update({
    "lists-001": ["Metin listesindeki her elemanı alt alta satırlar halinde gösteren kaydırılabilir bir liste yap.",
                  "string listesini ekranda satir satir listelemek icin ne yapmaliyim?"],
    "lists-002": ["Bin elemanlı uzun bir listeyi takılmadan, sadece görünen satırları oluşturarak nasıl gösterebilirim?",
                  "1000 satirlik listeyi lazy olarak olusturan builder'li bir ListView yaz"],
    "lists-003": ["Liste elemanlarını aralarında ayırıcı çizgi olacak şekilde göster, ListView.separated kullan.",
                  "listede her satirin arasina divider koymak icin separated nasil kullanilir"],
    "lists-005": ["Elemanları üç sütunlu bir ızgara halinde gösteren bir widget yaz.",
                  "3 kolonlu grid gorunumunde liste yap, GridView.count kullan"],
    "lists-006": ["Ürün kartlarını iki sütunlu, kartların boyu eninden uzun olan bir ızgarada nasıl gösteririm?",
                  "urunleri 2 kolonlu grid'de listele, kartlar kare degil dikey dikdortgen olsun"],
    "lists-007": ["Ekran genişledikçe sütun sayısı kendiliğinden artan, hücreleri en çok 200 px olan bir grid nasıl yapılır?",
                  "grid'de kolon sayisi ekran genisligine gore otomatik ayarlansin, hucre genisligi max 200 piksel olsun"],
    "lists-008": ["Liste aşağı çekilince verileri yeniden yükleyen ve yüklenirken gösterge çıkaran bir ekran yap.",
                  "pull to refresh ekle: kullanici listeyi asagi cekince veriler yenilensin"],
    "lists-009": ["Sayfa sayfa veri veren bir API'de ScrollController ile liste sonuna yaklaşınca sonraki sayfayı nasıl yüklerim, altta yükleniyor göstergesi de olsun?",
                  "sonsuz kaydirma yap: listenin sonuna gelmeden sonraki sayfayi cek, yuklenirken en altta spinner goster"],
    "lists-010": ["Controller bağlamadan, kaydırma bildirimlerini dinleyerek kullanıcının listenin en altına indiğini nasıl anlarım?",
                  "NotificationListener ile scroll bildirimlerini dinleyip listenin sonuna gelindigini tespit et, ScrollController olmasin"],
    "lists-011": ["Satırı sola çekince silinen, arkasında kırmızı zemin üzerinde çöp ikonu çıkan bir liste nasıl yapılır?",
                  "elemani sola kaydirarak silme ekle, kaydirirken arkada kirmizi cop kutusu ikonu gorunsun"],
    "lists-012": ["Kaydırıp sildiğim elemanı SnackBar'daki geri al butonuyla eski sırasına nasıl geri koyarım?",
                  "swipe ile silinen liste elemani icin snackbar'da Geri al olsun, basinca eleman ayni indexe geri eklensin"],
    "lists-013": ["Kaydırarak silmeden önce 'Emin misiniz?' diye soran bir diyalog nasıl gösteririm, hayır derse eleman geri gelsin?",
                  "kaydirip silerken once onay penceresi ac, kullanici vazgecerse satir yerine geri donsun"],
    "lists-014": ["Satırı sağa kaydırınca arşivleme, sola kaydırınca silme nasıl yapılır, her yönün arka plan rengi farklı olacak?",
                  "saga cekince arsivle, sola cekince sil; iki yon icin ayri renkli arka plan goster"],
    "lists-015": ["Elemanlarının yeri sürükle bırak ile değiştirilebilen bir listeyi nasıl yaparım?",
                  "surukleyip birakarak siralamasi degistirilebilen bir todo listesi yaz"],
    "lists-016": ["Yeniden sıralanabilir listede sürükleme sadece satırın sağındaki tutamaç ikonundan nasıl başlatılır?",
                  "reorderable listede uzun basinca degil sadece sagdaki drag handle ikonuna dokununca surukleme baslasin"],
    "lists-017": ["Üstte kaybolmayan sabit bir SliverAppBar ve altında uzun bir sliver listesi olan sayfayı nasıl kurarım?",
                  "CustomScrollView ile pinned appbar ve altinda uzun bir liste goster"],
    "lists-018": ["Aşağı kaydırdıkça daralan, açıkken arkasında kapak fotoğrafı görünen bir üst başlık nasıl yapılır?",
                  "collapsing toolbar yap: genisken arkada kapak resmi gorunsun, kaydirdikca baslik kuculsun"],
    "lists-019": ["ListView ile ListView.builder farkını açıkla, hangi durumda hangisinin seçileceğini örnekle göster.",
                  "duz ListView mi builder mi kullanmaliyim, aralarindaki fark ne?"],
    "lists-020": ["Üstteki arama kutusuna yazdıkça isim listesini büyük küçük harfe bakmadan nasıl filtrelerim?",
                  "arama alanina yazilan metne gore isimleri buyuk/kucuk harf farketmeden suz"],
    "lists-021": ["AppBar'daki bir butona basınca liste isme göre A'dan Z'ye ve Z'den A'ya nasıl sıralanır?",
                  "appbar butonuyla isim listesini artan ve azalan alfabetik sira arasinda degistir"],
    "lists-022": ["Liste boşken ortada ikon ve 'Henüz kayıt yok' yazısı, doluyken listeyi gösteren ekranı nasıl yaparım?",
                  "eleman yoksa ekranin ortasinda ikonlu bos durum mesaji goster, varsa listeyi goster"],
    "lists-023": ["SSS sayfasında soruya dokununca cevabının altında açıldığı bir liste nasıl yapılır?",
                  "sik sorulan sorular listesi yaz, soruya tiklaninca cevap acilip kapansin"],
    "lists-024": ["ListView'daki shrinkWrap: true ayarını ve performansa etkisini açıkla.",
                  "shrinkWrap true verince ne degisiyor, uzun listelerde neden yavaslatiyor?"],
    "lists-025": ["Column içine konan ListView'ın 'unbounded height' hatasını düzelt, liste kalan alanı kaplasın.",
                  "column icindeki listview yukseklik hatasi veriyor (unbounded height), bunu gider"],
    "lists-026": ["Liste 300 pikselden fazla kaydırılınca başa dön butonu nasıl gösterilir, basınca animasyonla en üste gitsin?",
                  "asagi inince (300px sonra) yukari cik butonu cikan ve basinca kayarak basa donen liste yap"],
    "lists-028": ["Mesajlaşma ekranında listenin alttan başlaması ve son mesajın en altta durması nasıl sağlanır?",
                  "chat listesini ters cevir ki son gelen mesaj hep altta dursun"],
    "lists-029": ["API'den Future ile gelen kullanıcıları yüklenirken dönen gösterge, hatada mesaj göstererek nasıl listelerim?",
                  "FutureBuilder ile kullanici listesini cek; beklerken loading, hata olursa hata yazisi goster"],
    "lists-030": ["Stream'den gelen mesajları her yeni veride kendiliğinden güncellenen bir listede nasıl gösteririm?",
                  "StreamBuilder ile canli mesaj listesi yap, yeni veri gelince liste kendini yenilesin"],
    "lists-031": ["Listede kaydırma çubuğunun kaydırma yokken de sürekli görünmesini nasıl sağlarım?",
                  "listview'a hep gorunen bir scrollbar ekle"],
    "lists-032": ["Android'de de listenin ucunda iOS'taki gibi esneyip geri gelme efekti olsun.",
                  "androidde listeye ios gibi bounce kaydirma efekti ekle"],
    "lists-033": ["Netflix'teki gibi dikey listede her kategori için yatay kayan film kartları nasıl yapılır?",
                  "her kategori satirinda yana kayan film kartlari olan dikey bir liste yap"],
    "lists-034": ["Sekmeler arasında gidip gelince listelerin kaldığı kaydırma konumu nasıl korunur?",
                  "tab degistirip geri donunce her listenin scroll pozisyonu ayni yerde kalsin"],
    "lists-035": ["TabBarView'da sekmeyi değiştirince yüklenen veriler sıfırlanmasın diye sekme içeriğini nasıl canlı tutarım?",
                  "sekmeye her donuste liste bastan yuklenmesin, tab icerigini keep alive yap"],
    "lists-036": ["Kişileri baş harflerine göre gruplayıp her grubun üstünde harf başlığı gösteren bir rehber listesi nasıl yapılır?",
                  "isimleri ilk harfe gore grupla, her grubun basinda o harf baslik olarak gorunsun"],
    "lists-037": ["Gruplu listede her grubun başlığı, o grup kayarken ekranın üstünde yapışık nasıl kalır?",
                  "sticky header yap: grup basliklari kaydirirken o grup bitene kadar ekranin ustunde sabit kalsin"],
    "lists-038": ["Checkbox'lı satırlarla birden çok eleman seçilebilen ve altta seçili sayısını gösteren bir liste nasıl yapılır?",
                  "coklu secimli liste yap, her satirda checkbox olsun, altta kac tane secildigi yazsin"],
    "lists-039": ["Uzun basınca seçim moduna giren, üstte seçili sayısını gösterip seçilenleri topluca silen ve geri tuşuyla seçimi kapatan liste nasıl yapılır?",
                  "uzun basinca coklu secim modu acilsin, appbar'da secili adet ve toplu sil olsun, geri tusu secimden ciksin"],
    "lists-040": ["Listeye eleman eklenip silinirken kayarak ya da büyüyerek animasyonlu görünmesini nasıl sağlarım?",
                  "eleman eklenince ve silinince animasyon oynayan bir liste yap (AnimatedList)"],
    "lists-041": ["iOS saat seçicisindeki gibi tekerlek şeklinde dönen bir liste nasıl yapılır, seçilen eleman da gösterilsin?",
                  "ListWheelScrollView ile cark gibi donen bir secici yap ve ortadaki secili degeri ekrana yaz"],
    "lists-042": ["ListView'ın çevresine 16, satırlar arasına 8 piksel boşluk nasıl verilir?",
                  "listenin kenarlarinda 16 px bosluk olsun, kartlarin arasinda da 8 px aralik birak"],
    "lists-043": ["ListView'daki itemExtent ile prototypeItem'ın ne işe yaradığını örnekle açıkla.",
                  "itemExtent ve prototypeItem ne zaman kullanilir, liste performansina ne katar?"],
    "lists-044": ["flutter_slidable paketiyle satırı kaydırınca Paylaş ve Sil butonlarının çıkmasını nasıl sağlarım?",
                  "liste elemani kaydirilinca paylas ve sil aksiyonlari acilsin, flutter_slidable kullan"],
    "lists-045": ["AppBar'daki arama ikonuyla tam ekran arama açıp yazdıkça önerileri filtreleyen ve seçileni geri döndüren yapı nasıl kurulur?",
                  "showSearch ile tam ekran arama yap, yazdikca oneriler suzulsun, secilen sonuc geri donsun"],
    "lists-046": ["Arama kutusunda her tuşta istek gitmesin, yazma bittikten 400 ms sonra arasın; bunu nasıl yaparım?",
                  "aramaya debounce ekle: kullanici yazmayi birakinca 400 ms bekleyip API istegi at"],
    "lists-047": ["Yana doğru kayan ve iki satırdan oluşan bir ızgara yap.",
                  "yatay scroll eden 2 satirli grid gorunumu olustur"],
    "lists-048": ["ListView ile SingleChildScrollView içinde Column kullanmanın farkını açıkla, hangisi ne zaman tercih edilmeli.",
                  "SingleChildScrollView+Column mu yoksa ListView mi, hangi durumda hangisi daha uygun?"],
    "lists-049": ["Tek kaydırma alanında üstte iki sütunlu öne çıkan ürünler ızgarası, altında düz ürün listesi nasıl yapılır?",
                  "ayni scroll icinde once 2 kolonlu one cikanlar grid'i sonra normal urun listesi goster"],
    "lists-050": ["CustomScrollView'da SliverAppBar ile liste arasına sliver olmayan sıradan bir banner widget'ı ekle.",
                  "sliver appbar ile sliver liste arasina normal bir widget (banner) koy"],
    "lists-051": ["CustomScrollView'daki liste boşken boş mesajını kalan alanın tam ortasına nasıl yerleştiririm?",
                  "liste bossa, appbar'dan sonra kalan alanin ortasinda bos durum mesaji goster"],
    "lists-052": ["SliverAppBar'ın pinned, floating ve snap ayarlarının her birinin ne yaptığını açıkla.",
                  "sliverappbar pinned, floating ve snap ne ise yarar, farklari ne?"],
    "lists-053": ["Profil ekranında kaydırınca küçülen başlık, altta yapışık kalan TabBar ve her sekmede ayrı kayan listeler nasıl yapılır?",
                  "NestedScrollView ile profil sayfasi yap: daralan header, sabit tab bar, her tabda kendi listesi"],
    "lists-054": ["Birden çok panelin birbirinden bağımsız açılıp kapandığı bir ExpansionPanelList nasıl yapılır?",
                  "acilir kapanir bolumlerden olusan bir liste yap, her panel ayri ayri acilabilsin"],
    "lists-055": ["Kategorilerin açılınca alt kategorileri gösterdiği, ilkinin baştan açık geldiği bir liste nasıl yapılır?",
                  "kategori agaci yap: her kategori acilinca alt kategoriler gorunsun, ilk kategori acik baslasin"],
    "lists-056": ["Aynı anda yalnızca bir panelin açık kaldığı, yenisi açılınca eskisinin kapandığı akordeon nasıl yapılır?",
                  "akordeon tarzi liste yap, bir panel acilinca digerleri kapansin (ExpansionPanelList.radio)"],
    "lists-057": ["AppBar'daki sıralama ikonundan açılan menüyle ürünleri isme ya da fiyata göre nasıl sıralarım?",
                  "popup menuden secilen kritere gore (isim, artan fiyat, azalan fiyat) urun listesini sirala"],
    "lists-058": ["Ürünleri kategori (A-Z), sonra azalan fiyat, sonra isimle sıralayan tekrar kullanılabilir bir karşılaştırıcı nasıl yazılır?",
                  "urunleri once kategoriye, ayni kategoride fiyata gore azalan, esitse isme gore siralayan comparator yaz"],
    "lists-059": ["Listenin üstündeki kategori çiplerinden seçilenlere göre filtreleme nasıl yapılır, hiç seçim yoksa hepsi görünsün?",
                  "ustte kategori filter chipleri olsun, secilenlere gore listeyi suz, hic secim yoksa hepsi gorunsun"],
    "lists-062": ["Pinterest'teki gibi farklı boyda kartları iki sütunda kademeli dizen bir ızgarayı nasıl yaparım?",
                  "flutter_staggered_grid_view ile yukseklikleri farkli kartlardan 2 kolonlu masonry grid yap"],
    "lists-063": ["Haritanın üstünde alttan yukarı çekilebilen ve içindeki yer listesi kayabilen bir panel nasıl yapılır?",
                  "harita ekraninda asagidan yukari suruklenerek acilan bir sheet olsun, icinde kaydirilabilir mekan listesi"],
    "lists-064": ["Listenin başına eleman eklenince satırların State'i sıfırlanmasın; ListView.builder'da key'li satırları doğru eşleştir.",
                  "listenin basina eleman ekleyince acik kartlar kapaniyor, builder'da findChildIndexCallback ile satir state'ini koru"],
    "lists-065": ["Listede dokunulan satırı seçili yap ve arka planını farklı renge boya.",
                  "listview'da tiklanan elemanin secili gorunmesini ve arka plan renginin degismesini nasil saglarim?"],
    "lists-066": ["GridView hücreleri kare olmasın, genişlikten bağımsız olarak her birinin yüksekliği 250 piksel olsun.",
                  "grid hucrelerine aspect ratio kullanmadan sabit 250 px yukseklik nasil veririm?"],
    "lists-067": ["Hücreleri en fazla 150 piksel genişlikte olan bir ikon ızgarasını GridView.extent ile nasıl yaparım?",
                  "max 150 px genislikte hucrelerden olusan ikon galerisi yap, GridView.extent kullan"],
    "lists-068": ["Kaydırılabilen bir sayfanın içindeki yorum listesi kendi başına kaymasın, sayfayla beraber kaysın; nasıl yaparım?",
                  "sayfa icindeki yorum listesinin kendi scrollunu kapat, tum sayfa tek parca kaysin"],
    "lists-069": ["ListView'daki cacheExtent parametresinin ne yaptığını ve ne zaman büyütüleceğini açıkla.",
                  "listview cacheExtent ayari ne ise yarar, artirinca ne olur?"],
    "lists-070": ["CustomScrollView içindeki SliverList'in kenarlarına boşluk ver.",
                  "sliver listeye padding ekle, normal Padding sliver'da calismiyor"],
    "lists-071": ["iOS tarzı büyük başlıklı sayfada liste aşağı çekilince Cupertino yenileme göstergesi nasıl çıkar?",
                  "cupertino buyuk baslikli ekranda asagi cekince yenileme yap (CupertinoSliverRefreshControl)"],
    "lists-072": ["Yeni mesaj eklendiğinde mesaj listesi kendiliğinden en alta nasıl kaydırılır?",
                  "mesaj gonderince liste otomatik olarak en son mesaja kadar asagi kaysin"],
    "lists-073": ["Listedeki ürüne dokunulduğunda o ürünün detay sayfasına nasıl geçerim?",
                  "urun listesinde bir satira tiklaninca urun detay ekranini ac"],
    "lists-074": ["Her satırın sağındaki çöp kutusu ikonuna basınca o elemanı listeden nasıl silerim?",
                  "liste satirlarinin sonuna sil ikonu koy, basinca o eleman listeden kalksin"],
})

# @@NEXT@@


def main() -> int:
    rows = {}
    for line in TRAIN.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows[r["id"]] = r
    problems = []
    for rid, ps in P.items():
        if rid not in rows:
            problems.append(f"{rid}: not in train.jsonl")
            continue
        q = rows[rid]["question"].strip().casefold()
        if not isinstance(ps, list) or len(ps) != 2:
            problems.append(f"{rid}: needs exactly two phrasings")
            continue
        for p in ps:
            if not 20 <= len(p) <= 200:
                problems.append(f"{rid}: length {len(p)}: {p}")
            if "//" in p:
                problems.append(f"{rid}: contains //: {p}")
            if p.strip().casefold() == q:
                problems.append(f"{rid}: equal to the question: {p}")
        if ps[0].strip().casefold() == ps[1].strip().casefold():
            problems.append(f"{rid}: the two phrasings are equal")
        if all(any(ch in TURKISH for ch in p) for p in ps):
            problems.append(f"{rid}: no phrasing without Turkish letters")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    order = list(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for rid in sorted(P, key=order.index):
            f.write(json.dumps({"id": rid, "phrasings": P[rid]}, ensure_ascii=False) + "\n")
    by_topic: dict[str, int] = {}
    for rid in P:
        by_topic[rows[rid]["topic"]] = by_topic.get(rows[rid]["topic"], 0) + 1
    print(f"{len(P)} rows written to {OUT.relative_to(ROOT)}: {by_topic}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
