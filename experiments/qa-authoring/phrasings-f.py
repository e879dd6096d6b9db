"""Two new Turkish phrasings for train rows of dart_language, platform, images_assets,
localization and testing (brief F). Phrasings are data below; the script checks them and
writes data/drafts-phrasings/phrasings-f.jsonl.

Run: .venv/bin/python experiments/qa-authoring/phrasings-f.py
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "data" / "train.jsonl"
OUT = ROOT / "data" / "drafts-phrasings" / "phrasings-f.jsonl"
TR_LETTERS = set("çğıöşüÇĞİÖŞÜ")

PHRASINGS: dict[str, list[str]] = {}

# --- dart_language -------------------------------------------------------------------
PHRASINGS.update({
    "dart_language-001": [
        "Listeye sona ve araya eleman ekle, sonra değere, indekse ve koşula göre eleman sil",
        "dart listesinde add, insert ve remove ile ekleme silme nasil yapilir ornek goster",
    ],
    "dart_language-002": [
        "Sayı listesinde yalnızca çift olanları nasıl ayıklarım?",
        "int listesinden tek sayilari at, sadece cift sayilar kalsin",
    ],
    "dart_language-003": [
        "User nesnelerinden oluşan listeden sadece adları nasıl alırım?",
        "kullanici listesini map ile isim listesine cevir, List<String> donsun",
    ],
    "dart_language-004": [
        "Sepetteki ürünlerin fiyat çarpı adet toplamını fold ile nasıl bulurum?",
        "sepet toplam tutarini fold kullanarak hesaplayan fonksiyon yaz (fiyat x adet)",
    ],
    "dart_language-005": [
        "reduce kullanarak listedeki en büyük sayıyı bul ve reduce ile fold arasındaki farkı açıkla",
        "reduce ve fold farki ne, bos listede hangisi hata verir? en buyuk sayi ornegiyle anlat",
    ],
    "dart_language-006": [
        "Üye listesinde reşit olmayan biri var mı, hepsi aktif mi nasıl kontrol ederim?",
        "any ve every ile listede 18 yas alti var mi ve tum uyeler aktif mi bak",
    ],
    "dart_language-007": [
        "Koşulu sağlayan ilk elemanı bulmak, yoksa null almak için ne kullanırım?",
        "firstWhere hata vermesin, eslesen eleman yoksa null donen bir arama yaz",
    ],
    "dart_language-008": [
        "Kişileri yaşa göre küçükten büyüğe, aynı yaştakileri ada göre nasıl sıralarım?",
        "listeyi once yasa gore sonra isme gore sirala, iki kritere gore sort yap",
    ],
    "dart_language-009": [
        "Sipariş listesini şehirlere göre gruplayıp Map olarak nasıl elde ederim?",
        "siparisleri sehir adina gore grupla, sehir -> siparis listesi map'i donsun",
    ],
    "dart_language-010": [
        "Map'teki her anahtar-değer çiftini döngüyle dolaşıp yazdır",
        "map entries uzerinde for ile key ve value yazdir, forEach ornegi de olsun",
    ],
    "dart_language-011": [
        "Nesne listesini id'den nesneye giden bir Map'e Map.fromEntries ile nasıl çeviririm?",
        "listeyi plaka/id anahtarli map'e donustur, Map.fromEntries kullan",
    ],
    "dart_language-012": [
        "İki Set'in union, intersection ve difference sonucunu nasıl alırım?",
        "iki set icin birlesim kesisim ve fark islemlerini goster",
    ],
    "dart_language-013": [
        "Listedeki aynı elemanları ilk geçtiği sırayı koruyarak nasıl tekilleştiririm?",
        "tekrarlanan elemanlari sil ama siralama degismesin, unique liste yap",
    ],
    "dart_language-014": [
        "Liste literal'inde if kullanarak bazı elemanları koşula göre nasıl eklerim?",
        "girisli ve admin durumuna gore menu listesine eleman ekle, liste icinde if kullan",
    ],
    "dart_language-015": [
        "Liste tanımının içinde for döngüsüyle eleman üretmek nasıl yapılır?",
        "collection-for ile fiyatlardan etiket listesi uret, for icinde if de kullan",
    ],
    "dart_language-016": [
        "İki listeyi ve iki map'i spread ile nasıl birleştiririm, null olan liste için ne yaparım?",
        "... ve ...? operatorleriyle listeleri ve map'leri tek listede/map'te birlestir",
    ],
    "dart_language-017": [
        "String'e ilk harfi büyütecek bir extension metodu nasıl eklerim?",
        "String icin capitalize extension'i yaz, her kelimenin bas harfini buyuten getter da olsun",
    ],
    "dart_language-018": [
        "List<int> üzerinde sum ve average getter'ları veren extension nasıl yazılır?",
        "int listesine toplam ve ortalama ozelligi ekleyen bir extension yaz",
    ],
    "dart_language-019": [
        "String? için null ya da boş mu diye bakan bir extension nasıl yazarım?",
        "nullable string'e isNullOrEmpty getter'i ekleyen extension yaz, bossa varsayilan donsun",
    ],
    "dart_language-020": [
        "int'i çalışma anında ek nesne olmadan saran bir UserId tipini extension type ile nasıl yaparım?",
        "extension type kullanarak int uzerine sifir maliyetli UserId tipi tanimla",
    ],
    "dart_language-021": [
        "Bir mixin tanımla ve with ile bir sınıfa ekle",
        "mixin nasil yazilir, with ile birden fazla mixin bir sinifa nasil eklenir?",
    ],
    "dart_language-022": [
        "Mixin'i sadece belirli bir sınıfın alt sınıflarında kullanılabilir yapmak için on nasıl kullanılır?",
        "on kisitli mixin yaz, yalnizca Logger'dan tureyen siniflara eklenebilsin",
    ],
    "dart_language-023": [
        "Mixin ile abstract class farkını açıkla, hangisinin ne zaman seçileceğini örnekle göster",
        "abstract class mi mixin mi kullanmaliyim, aralarindaki fark ne?",
    ],
    "dart_language-024": [
        "Her tipten değer saklayabilen generic bir Box sınıfı nasıl yazılır?",
        "tip parametreli Box<T> sinifi yaz, icindeki degeri donusturen map metodu olsun",
    ],
    "dart_language-025": [
        "Comparable olan her tip için listedeki en büyük değeri veren generic fonksiyonu nasıl yazarım?",
        "generic maxOf fonksiyonu yaz, int ve String listelerinde en buyugu bulsun",
    ],
    "dart_language-026": [
        "Sealed class ile Success ve Failure alt tipli generic bir Result nasıl yazılır, switch ile nasıl kullanılır?",
        "basari ve hata durumlarini tutan sealed Result<T> yaz, sonucu switch ile isle",
    ],
    "dart_language-027": [
        "Sipariş durumu enum'ındaki her değere switch ile nasıl mesaj döndürürüm?",
        "siparis durumlari icin enum yaz, her durum icin switch expression ile mesaj don",
    ],
    "dart_language-028": [
        "Enum değerlerine etiket ve renk kodu gibi alanlar nasıl eklenir?",
        "alanli ve constructor'li enum yaz, her oncelik degerinin etiketi ve renk kodu olsun",
    ],
    "dart_language-029": [
        "Enum bir interface'i implement edip metot ve static fonksiyon içerebilir mi, örnekle yaz",
        "interface implement eden, metotlari ve static yardimcisi olan enhanced enum nasil yazilir?",
    ],
    "dart_language-030": [
        "Gelen String değeri karşılık gelen enum değerine çevir, eşleşme yoksa varsayılan dön",
        "string'i enum'a donustur, byName ve asNameMap kullan",
    ],
    "dart_language-031": [
        "Bir fonksiyondan iki değeri birlikte nasıl döndürürüm, record ile olur mu?",
        "record kullanarak listenin min ve max degerini birlikte donduren fonksiyon yaz",
    ],
    "dart_language-032": [
        "Adlandırılmış alanlı bir record nasıl döndürülür ve çağıran tarafta nasıl açılır?",
        "json'dan isimli alanli record don, cagiran yerde (:name, :age) ile destructure et",
    ],
    "dart_language-033": [
        "HTTP durum kodlarını switch expression ile nasıl metne çeviririm?",
        "status code'u aciklama metnine ceviren switch expression yaz, 500'lu araligi da kapsasin",
    ],
    "dart_language-034": [
        "Switch'te bir case'e when ile ek koşul ekle, örnekle göster",
        "switch case icinde when guard kullanimi nasil olur?",
    ],
    "dart_language-035": [
        "Sealed class ile şekiller tanımlayıp alanlarını exhaustive switch ile nasıl hesaplarım?",
        "sealed Shape hiyerarsisi yaz (daire, dikdortgen, ucgen), alani switch ile hesapla",
    ],
    "dart_language-036": [
        "Çalışan nesnesinin departman ve maaş alanlarına göre switch'te dallanmak istiyorum; alanları case'te doğrudan nasıl alırım?",
        "object pattern kullanarak calisanin departman ve maasina gore switch ile etiket uret",
    ],
    "dart_language-037": [
        "Komut listesinde baştaki kelimeyi ve ardından gelenleri ayrı değişkenlere almak için [first, ...rest] gibi bir yazım nasıl kullanılır?",
        "list pattern ile ilk elemani ve kalanlari ayir, komut listesini switch ile isle",
    ],
    "dart_language-038": [
        "JSON Map'inin beklenen yapıda olup olmadığını map pattern ile nasıl kontrol ederim?",
        "json map'ini map pattern ile dogrula, city ve zip alanlarini tip kontrollu al",
    ],
    "dart_language-039": [
        "dynamic JSON değerinin tipini if-case ile kontrol edip aynı anda değişkene nasıl alırım?",
        "if case kullanarak json alanlarinin tipini kontrol et ve tek satirda degiskene bagla",
    ],
    "dart_language-040": [
        "Null olabilen nesnenin iç içe alanına ?. ve ?? ile hata almadan nasıl erişirim?",
        "kullanici null olabilir, adresinin sehrine guvenli eris, yoksa varsayilan yazi don",
    ],
})
PHRASINGS.update({
    "dart_language-041": [
        "Değişken null ise ona ??= ile varsayılan değer ata, doluysa dokunma",
        "null olan alanlara sonradan varsayilan deger vermek icin ??= operatoru nasil kullanilir?",
    ],
    "dart_language-042": [
        "Null assertion (!) operatörünü açıkla, ne zaman uygulamayı çökerttiğini örnekle göster",
        "degiskenin sonuna ! koymak ne demek, ne zaman kullanmak risklidir?",
    ],
    "dart_language-043": [
        "late anahtar kelimesini açıkla: sonradan başlatma ve tembel hesaplama örneği ver",
        "late ne zaman kullanilir, late final alan ne ise yarar?",
    ],
    "dart_language-044": [
        "Fonksiyona required isimli parametreler nasıl eklenir?",
        "e-posta gonderen fonksiyonda to ve subject zorunlu isimli parametre olsun, digerleri varsayilanli",
    ],
    "dart_language-045": [
        "Köşeli parantezle isteğe bağlı sıralı parametre alan bir fonksiyon yaz",
        "dart fonksiyonunda opsiyonel positional parametreye varsayilan deger verme ornegi yaz",
    ],
    "dart_language-046": [
        "Constructor'daki isimli parametrelere varsayılan değer nasıl verilir?",
        "const constructor'da named parametreler varsayilan degerli olsun, label zorunlu kalsin",
    ],
    "dart_language-047": [
        "factory constructor kullanarak singleton sınıf nasıl yazılır?",
        "tek ornekli (singleton) bir ApiClient yaz, her cagrida ayni nesne donsun",
    ],
    "dart_language-048": [
        "JSON Map'inden model nesnesi üreten fromJson factory'si nasıl yazılır?",
        "Book sinifina Map<String, dynamic> alan factory fromJson ekle, toJson da olsun",
    ],
    "dart_language-049": [
        "Named constructor ve initializer list ile değer doğrulayan sınıf nasıl yazılır?",
        "sicaklik sinifi yaz: celsius ve fahrenheit isimli constructorlari olsun, initializer list'te assert ile dogrula",
    ],
    "dart_language-050": [
        "Değişmez bir model sınıfına copyWith nasıl eklenir?",
        "immutable Profile sinifi icin sadece verilen alanlari degistiren copyWith yaz",
    ],
    "dart_language-051": [
        "Record'ların eşitlik davranışını açıkla ve record'u Map anahtarı olarak kullan",
        "iki record ne zaman esit sayilir, record map key veya set elemani olabilir mi?",
    ],
    "dart_language-052": [
        "final ve const farkını örnekle açıkla",
        "final mi const mi kullanmaliyim, farklari ne?",
    ],
    "dart_language-053": [
        "Dart 3'teki final, base, interface ve sealed class niteleyicilerini örneklerle açıkla",
        "interface class, base class, final class ve sealed class arasindaki farklar nedir?",
    ],
    "dart_language-054": [
        "Bir sınıfta == ve hashCode'u birlikte nasıl override ederim?",
        "Money sinifi icin deger esitligi yaz, operator == ve hashCode'u ayni alanlarla ez",
    ],
    "dart_language-055": [
        "Sınıfım Comparable'ı implement etsin, listesi karşılaştırıcı vermeden sort() ile sıralansın",
        "kendi sinifimi Comparable yapip sort()'u parametresiz nasil kullanirim?",
    ],
    "dart_language-056": [
        "Sınıfta getter ve gelen değeri kontrol eden setter nasıl yazılır?",
        "banka hesabi sinifi yaz, bakiye icin getter ve gecersiz degeri reddeden setter olsun",
    ],
    "dart_language-057": [
        "Static alanla kaç nesne oluşturulduğunu sayan bir sınıf nasıl yazılır?",
        "static sayac tutan bilet sinifi yaz, her yeni nesne numara alsin, sifirlama metodu olsun",
    ],
    "dart_language-058": [
        "Abstract sınıfı iki ayrı sınıfta implement etme örneği nasıl olur?",
        "odeme yontemi icin abstract class tanimla, kredi karti ve cuzdan siniflari bunu uygulasin",
    ],
    "dart_language-059": [
        "Isolate'i açıkla: thread'den farkı ve isolate'ler arasında veri aktarımı",
        "isolate ile thread arasindaki fark ne, isolate'ler birbirine nasil veri gonderir?",
    ],
    "dart_language-060": [
        "Isolate.spawn ile arka planda çalışan işin ilerlemesini ana isolate'te nasıl dinlerim?",
        "agir isi ayri isolate'te calistir, yuzde ilerlemeyi ReceivePort ile stream olarak dinle",
    ],
    "dart_language-062": [
        "Saniyede bir değer yayan geri sayım stream'ini async* ile nasıl yazarım?",
        "async* ve yield kullanarak her saniye azalan geri sayim stream'i yaz",
    ],
    "dart_language-063": [
        "Ağaçtaki tüm düğümleri yield* ile özyinelemeli dolaşan generator nasıl yazılır?",
        "kategori agacini sync* ve yield* ile recursive gezen bir getter yaz",
    ],
    "dart_language-064": [
        "Stream'i where ile filtreleyip map ile dönüştürdükten sonra nasıl dinlerim?",
        "sicaklik stream'inde 30 ustunu filtrele, mesaja cevir ve listen ile dinle",
    ],
    "dart_language-066": [
        "Future.wait ile paralel istekler at, biri hata verirse hatayı yakala",
        "paralel future'lardan biri patlarsa Future.wait ne yapar, hata nasil tutulur?",
    ],
    "dart_language-067": [
        "async/await ile veri çeken ve hatayı try-catch ile yakalayan fonksiyon nasıl yazılır?",
        "await ile veri getiren fonksiyon yaz, hata olursa catch ile yakalayip mesaj bas",
    ],
    "dart_language-068": [
        "İki saniye bekledikten sonra işlemi yapan kodu Future.delayed ile yaz",
        "kodu 2 saniye geciktirip sonra calistir",
    ],
    "dart_language-069": [
        "Callback ile sonuç veren eski bir API'yi Completer kullanarak Future'a nasıl çeviririm?",
        "callback tabanli konum servisini Completer ile sarip Future donen fonksiyon yap",
    ],
    "dart_language-070": [
        "Future belli sürede bitmezse zaman aşımı hatası vermek ya da varsayılan değer dönmek için ne yaparım?",
        "istek 2 saniyede cevap vermezse timeout ile kes, TimeoutException yakala veya varsayilan don",
    ],
    "dart_language-071": [
        "Bir Stream'den gelen değerleri await for ile sırayla nasıl işlerim?",
        "satir stream'ini await for ile tek tek oku ve toplam kelime sayisini hesapla",
    ],
    "dart_language-072": [
        "Saniyede bir tıklayan, beşinci tıktan sonra kendiliğinden kapanan bir akış nasıl oluşturulur?",
        "saniyede bir artan sayac stream'i yap, 5 tane degerden sonra kendiliginden dursun",
    ],
    "dart_language-073": [
        "Hiçbir yerde yakalanmayan asenkron hataları tek noktada raporlamak istiyorum, runZonedGuarded ile bu nasıl kurulur?",
        "uygulamadaki yakalanmayan tum hatalari runZonedGuarded ile tek fonksiyona yonlendir",
    ],
    "dart_language-074": [
        "Kendi exception sınıfını yaz, fırlat ve yakala",
        "ozel bir hata sinifi tanimlayip throw ile atmak ve catch etmek icin ornek yaz",
    ],
    "dart_language-075": [
        "Farklı hata tiplerini on ile ayrı ayrı yakalayıp finally bloğunu nasıl kullanırım?",
        "FormatException ve RangeError icin ayri on catch bloklari yaz, sonunda finally calissin",
    ],
    "dart_language-076": [
        "rethrow ile throw e arasındaki farkı stack trace açısından açıkla",
        "catch icinde rethrow mu kullanmali yoksa throw e mi, fark ne?",
    ],
    "dart_language-077": [
        "Dart'ta Error ve Exception farkını açıkla, hangisinin yakalanması gerektiğini örnekle",
        "exception ile error ayni sey mi, dart'ta ikisi arasindaki fark ne?",
    ],
    "dart_language-078": [
        "Hatayı kendi exception tipime sararken orijinal stack trace'i nasıl kaybetmem?",
        "yakalanan hatayi RepositoryException'a cevir ama asil stack trace korunsun",
    ],
    "dart_language-080": [
        "Çağrıldıkça bir artan sayı dönen bir closure nasıl yazılır?",
        "fonksiyon donduren bir makeCounter yaz, her cagrida sayaci artirsin",
    ],
    "dart_language-081": [
        "Cascade (..) operatörüyle bir nesnenin alanlarını tek ifadede nasıl ayarlarım?",
        "request nesnesini .. ile olustur, metodu url'i ve header'lari zincirleme ata",
    ],
    "dart_language-082": [
        "Sınıf örneğini fonksiyon gibi çağırmak için call() metodu nasıl tanımlanır?",
        "fiyat formatlayan sinifa call metodu ekle, nesne fonksiyon gibi cagrilabilsin",
    ],
    "dart_language-083": [
        "Tek parametreli bir fonksiyonun sonuçlarını önbelleğe alan generic memoize nasıl yazılır?",
        "ayni girdide tekrar hesaplamasin diye fonksiyonu cache ile saran generic memoize yaz",
    ],
})
PHRASINGS.update({
    "dart_language-084": [
        "Virgüllü bir metni nasıl bölüp her parçanın boşluklarını temizler, sonra yeniden birleştiririm?",
        "virgulle ayrilmis stringi split et, trim ile bosluklari at, bos olanlari cikar ve join ile birlestir",
    ],
    "dart_language-085": [
        "Sipariş numarasının başını sıfırla doldurup 6 haneli yapmak için ne kullanırım?",
        "sayiyi soldan sifirla doldurarak alti haneli siparis kodu uret (padLeft)",
    ],
    "dart_language-086": [
        "Kullanıcının yazdığı metni hata fırlatmadan sayıya çevir, geçersizse null dön",
        "metni int'e cevirirken FormatException almamak icin tryParse kullan",
    ],
    "dart_language-087": [
        "Bugüne 30 gün eklemek ve iki tarih arasında kaç gün olduğunu bulmak için ne yapmalıyım?",
        "DateTime ile bugunden 30 gun sonrasini bul, iki tarih arasindaki gun sayisini hesapla",
    ],
    "dart_language-088": [
        "1'den 10'a kadar sayıların karelerini List.generate ile nasıl üretirim?",
        "List.generate kullanarak 1..10 sayilarinin karelerini iceren bir liste yap",
    ],
    "dart_language-089": [
        "Farklı tipler içeren bir listeden yalnızca String'leri tip güvenli şekilde nasıl ayırırım?",
        "Object? listesinden sadece string elemanlari whereType ile List<String> olarak al",
    ],
    "dart_language-090": [
        "Metindeki hashtag'leri bulup her birini bağlantıya nasıl çeviririm?",
        "yazidaki #etiket kelimelerini regex ve replaceAllMapped ile link etiketine donustur",
    ],
    "dart_language-091": [
        "DateTime'da UTC ile yerel saat farkını açıkla, API'den gelen ISO tarihini doğru parse et",
        "api'den gelen Z'li ISO tarihi nasil parse edilir, utc ve local saat arasindaki fark ne?",
    ],
    "dart_language-092": [
        "İki tarih arasındaki gün sayısını saat kısmını hesaba katmadan nasıl bulurum?",
        "saat farki sonucu bozmasin, sadece gun kismina bakarak iki tarih arasindaki gun sayisini bul",
    ],
    "dart_language-093": [
        "Doğum tarihine göre kişinin bugünkü yaşını doğru nasıl hesaplarım?",
        "dogum gunu bu yil henuz gelmediyse bir eksilterek yas hesaplayan fonksiyon yaz",
    ],
    "dart_language-094": [
        "Bir tarihin içinde bulunduğu haftanın pazartesisini nasıl hesaplarım?",
        "verilen tarihin haftasinin baslangic (pazartesi) ve bitis gununu bulan fonksiyon yaz",
    ],
    "dart_language-095": [
        "Metinde en çok geçen 3 kelimeyi ve kaç kez geçtiklerini nasıl bulurum?",
        "metindeki kelime frekanslarini say ve en sik kullanilan uc kelimeyi dondur",
    ],
    "dart_language-096": [
        "Bir listeyi belli boyutlu alt listelere nasıl bölerim?",
        "listeyi n elemanli parcalara ayiran generic chunk fonksiyonu yaz",
    ],
    "dart_language-097": [
        "Listeyi gezerken index'e ve elemana birlikte nasıl erişirim, iki listeyi eşleştirmek nasıl olur?",
        "indexed ile listede sira numarasi ve elemani birlikte dolas, iki listeyi zip gibi eslestir",
    ],
    "dart_language-098": [
        "dynamic ile Object? farkını açıkla, hangisinin daha güvenli olduğunu örnekle göster",
        "dynamic mi Object? mi kullanmaliyim, aralarindaki fark nedir?",
    ],
    "dart_language-100": [
        "Iterable ile List farkını ve where/map'in tembel çalışmasını örnekle açıkla",
        "map'in icine koydugum print hic calismadi, toList deyince calisti; tembel iterable mantigi nedir?",
    ],
    "dart_language-101": [
        "List.filled ile iç içe liste yapınca bütün satırların aynı anda değişmesini açıkla ve düzelt",
        "List.filled(3, []) ile matris olusturdum, bir satira ekleyince hepsi degisiyor, neden?",
    ],
    "dart_language-102": [
        "Türkçe i/İ ve ı/I harflerini doğru çeviren büyük-küçük harf dönüşümü nasıl yapılır?",
        "turkce karakter kurallarina uyan toUpperCase ve toLowerCase extension'i yaz, i harfi I olmasin",
    ],
    "dart_language-105": [
        "Parça parça gelen metin stream'ini satırlara ayıran bir StreamTransformer nasıl yazılır?",
        "parcali gelen string stream'ini tam satirlara ceviren kendi transformer sinifimi yaz",
    ],
    "dart_language-106": [
        "Bir Iterable'ı verilen alana göre sıralı kopya olarak döndüren generic extension nasıl yazılır?",
        "orijinali bozmadan alana gore siralanmis liste donduren sortedBy extension'i yaz, azalan secenegi olsun",
    ],
    "dart_language-107": [
        "FutureOr<T> tipini açıkla, hangi durumlarda fonksiyonun FutureOr döndürmesi gerektiğini göster",
        "FutureOr ne ise yarar, Future yerine ne zaman FutureOr kullanilir?",
    ],
    "dart_language-108": [
        "covariant anahtar kelimesini açıkla ve override'da parametre tipini daraltma örneği ver",
        "override ederken parametre tipini alt tipe daraltmak icin covariant nasil kullanilir?",
    ],
    "dart_language-109": [
        "Vektör sınıfında +, -, * ve [] operatörlerini nasıl tanımlarım?",
        "iki boyutlu Vec2 sinifi icin toplama cikarma carpma ve index operatorlerini overload et",
    ],
    "dart_language-110": [
        "Sayfalı bir API'nin tüm sayfalarını async* ile tek Stream halinde nasıl sunarım?",
        "cursor ile sayfa sayfa veri ceken ve tum kayitlari tek stream'de yayan async* fonksiyon yaz",
    ],
    "dart_language-3000": [
        "İç içe listeleri tek bir düz listeye nasıl çeviririm?",
        "List<List<int>> matrisini expand ile duz listeye donustur",
    ],
    "dart_language-3001": [
        "Sepete aynı ürün tekrar eklendiğinde adetini artırmak için Map'i nasıl güncellerim?",
        "urun sepette varsa adedini bir arttir, yoksa 1 adetle ekle",
    ],
    "dart_language-3003": [
        "Map'teki değeri sıfır olan bütün kayıtları tek hamlede nasıl silerim?",
        "stok map'inden adedi 0 olan urunleri removeWhere ile kaldir",
    ],
    "dart_language-3005": [
        "Log listesini ilk hata satırından ikiye nasıl bölerim?",
        "takeWhile ile hataya kadar olan satirlari, skipWhile ile hatadan itibaren olanlari ayri listele",
    ],
    "dart_language-3006": [
        "List<String?> içindeki null'ları atıp List<String> tipinde liste nasıl elde ederim?",
        "nullable string listesinden null elemanlari temizle, sonuc List<String> olsun",
    ],
    "dart_language-3007": [
        "List.from ve List.of farkını açıkla, listeyi kopyalamanın doğru yolunu göster",
        "listeyi kopyalarken List.of mu List.from mu kullanmali, fark ne?",
    ],
    "dart_language-3008": [
        "JSON'daki List<dynamic>'i List<String>'e çevirirken cast ile map/from farkını örnekle göster",
        "jsonDecode'dan gelen dynamic listeyi string listesine cevirmek icin cast mi kullanayim yoksa map mi?",
    ],
    "dart_language-3010": [
        "Liste elemanlarını sıra numarasıyla asMap kullanarak nasıl yazdırırım?",
        "asMap ile listeyi '1. isim' seklinde numarali yazdir",
    ],
    "dart_language-3011": [
        "Alanı null kontrolünden geçirdiğim halde neden tip daralmadığını açıkla ve çözüm yollarını göster",
        "if (user.name != null) dedigim halde neden hala ! gerekiyor, sinif alaninda tip neden daralmaz?",
    ],
    "dart_language-3012": [
        "Hep hata fırlatan yardımcı fonksiyonun dönüş tipi ne olmalı ki derleyici sonrasını ulaşılmaz saysın?",
        "her zaman throw eden yardimci fonksiyonu Never donus tipiyle tanimla, tip daralmasi calissin",
    ],
    "dart_language-3013": [
        "Alt sınıf constructor'ında super parametreleriyle değerleri üst sınıfa nasıl aktarırım?",
        "Dog sinifinin constructor'inda super.name ve super.age kullanarak Animal'a parametre gecir",
    ],
    "dart_language-3014": [
        "Başka bir constructor'a yönlendiren redirecting constructor nasıl yazılır?",
        "Money sinifina this(...) ile ana constructor'a devreden lira ve zero constructorlari ekle",
    ],
    "dart_language-3015": [
        "Nullable bir callback'i sadece null değilse kısa yoldan nasıl çağırırım?",
        "opsiyonel onProgress callback'ini ?.call ile cagir, null ise hicbir sey olmasin",
    ],
    "dart_language-3016": [
        "Listeyi lambda yazmadan tear-off'larla nasıl dönüştürürüm?",
        "map icine lambda yazmak yerine Tag.new gibi constructor ve fonksiyon tear-off kullan",
    ],
    "dart_language-3017": [
        "Not ortalamasını harf notuna çeviren switch'i >= gibi aralık pattern'leriyle nasıl yazarım?",
        "puani AA, BA, BB gibi harf notuna ceviren relational pattern'li switch expression yaz",
    ],
    "dart_language-3018": [
        "Switch'te birkaç değeri aynı case'de || ile nasıl eşleştiririm?",
        "cumartesi ve pazari tek case'de || ile yakalayip hafta sonu/hafta ici metni donduren switch yaz",
    ],
})
PHRASINGS.update({
    "dart_language-3019": [
        "Değer null değilse onu yeni bir değişkene alıp kullanan case'i switch'te nasıl yazarım?",
        "int? indirim oranini switch ile isle: null ise indirim yok, degilse final p? ile degeri al",
    ],
    "dart_language-3020": [
        "Map'in girişlerini for döngüsünde pattern ile key ve value'ya nasıl ayırırım?",
        "fiyat map'ini for icinde MapEntry pattern'iyle urun ve fiyat olarak ayirip yazdir",
    ],
    "dart_language-3021": [
        "İki değişkenin değerini ara değişken olmadan nasıl takas ederim?",
        "record pattern ile a ve b degiskenlerini tek satirda yer degistir",
    ],
    "dart_language-3022": [
        "Enlem-boylam record tipine typedef ile nasıl isim veririm, fonksiyonlarda nasıl kullanırım?",
        "({double lat, double lng}) icin LatLng typedef'i tanimla ve iki nokta arasi mesafe fonksiyonunda kullan",
    ],
    "dart_language-3023": [
        "Negatif sayılarda % ile remainder() arasındaki farkı ve ~/ operatörünü açıkla",
        "-7 % 3 neden 2 cikiyor da remainder -1 veriyor, ~/ ne yapar?",
    ],
    "dart_language-3024": [
        "Para hesabında double'ın kuruş hatası vermesini açıkla, tutarı kuruş olarak int tutan bir örnek yaz",
        "parayi double ile hesaplayinca kurus kaymasi oluyor, dogru yontem ne?",
    ],
    "dart_language-3025": [
        "Bir double'ı iki basamağa yuvarlayıp yine double olarak nasıl kullanırım?",
        "ondalikli sayiyi virgulden sonra 2 haneye yuvarlayan ve double donduren fonksiyon yaz",
    ],
    "dart_language-3026": [
        "Bir ayın kaç gün olduğunu, şubat ve artık yılı da hesaba katarak nasıl bulurum?",
        "verilen yil ve ay icin ayin gun sayisini donduren fonksiyon yaz, artik yili dogru hesaplasin",
    ],
    "dart_language-3027": [
        "Tarihe bir ay eklerken 31 Ocak'ın Mart'a taşmasını nasıl önlerim, ayın son günüyle nasıl sınırlarım?",
        "abonelik bitisi icin tarihe ay ekleyen fonksiyon yaz, gun hedef ayda yoksa ayin son gunu olsun",
    ],
    "dart_language-3028": [
        "İki DateTime'ın saatten bağımsız olarak aynı gün olup olmadığını nasıl kontrol ederim?",
        "DateTime'a isSameDay ve isToday ekleyen extension yaz, saat kismi dikkate alinmasin",
    ],
    "dart_language-3029": [
        "'01:30:15' biçimindeki metni Duration'a nasıl çeviririm, hatalıysa null dönsün?",
        "saat:dakika:saniye stringini parse edip Duration'a cevir, format yanlissa null don",
    ],
    "dart_language-3030": [
        "5.seconds ya da 300.ms yazınca Duration veren extension nasıl yazılır?",
        "num uzerine ms, seconds ve minutes getter'lari ekle, her biri Duration donsun",
    ],
    "dart_language-3031": [
        "for-in ile gezilebilen, başlangıç, bitiş ve adım alan bir Range sınıfını nasıl yazarım?",
        "Iterable<int>'ten tureyen ve kendi iterator'u olan adimli Range sinifi yaz",
    ],
    "dart_language-3032": [
        "Dolunca en eski kullanılanı atan generic LRU önbellek sınıfı nasıl yazılır?",
        "kapasite asilinca en uzun suredir kullanilmayan elemani silen LruCache<K, V> yaz",
    ],
    "dart_language-3033": [
        "push, pop ve peek metotları olan generic bir yığın sınıfı nasıl yazılır?",
        "liste uzerine kurulu generic Stack<T> yaz, bos yigindan pop hata versin",
    ],
    "dart_language-3034": [
        "İç içe iki ayar Map'ini alt map'leri de birleştirerek nasıl merge ederim?",
        "recursive deepMerge fonksiyonu yaz, alt map'ler birlessin, diger degerlerde ikinci map kazansin",
    ],
    "dart_language-3035": [
        "const listeye eleman ekleyince çıkan unmodifiable list hatasını açıkla ve değiştirilebilir kopya al",
        "sabit tanimladigim listeye eleman eklemeye calisinca uygulama neden hata veriyor?",
    ],
    "dart_language-3036": [
        "Kart numarasının son dört hanesi dışındaki rakamları yıldızla nasıl gizlerim?",
        "kredi karti numarasini maskele, sadece son 4 rakam gorunsun, dortlu gruplar halinde yaz",
    ],
    "dart_language-3037": [
        "E-posta adresinin kullanıcı adı kısmını ilk ve son harf kalacak şekilde nasıl gizlerim?",
        "e-postayi a***t@gmail.com gibi maskeleyen fonksiyon yaz, alan adi aynen kalsin",
    ],
    "dart_language-3038": [
        "Metindeki art arda boşluk, tab ve satır sonlarını tek boşluğa nasıl indiririm?",
        "regex ile coklu bosluk karakterlerini tek bosluga cevir ve bastaki sondaki bosluklari kirp",
    ],
    "dart_language-3039": [
        "Bir metnin palindrom olduğunu büyük-küçük harf ve boşlukları yok sayarak nasıl kontrol ederim?",
        "kelime veya cumle tersten de ayni mi diye bakan fonksiyon yaz, harf buyuklugu ve bosluk onemsiz",
    ],
    "dart_language-3040": [
        "Metindeki tüm tam ve ondalıklı sayıları nasıl bulup double listesine çeviririm?",
        "regex ile yazinin icindeki sayilari (virgullu ondalik dahil) cekip List<double> don",
    ],
    "dart_language-3041": [
        "Ürün listesinden StringBuffer ile CSV metni nasıl oluştururum, virgüllü alanları nasıl tırnaklarım?",
        "map listesini csv'ye ceviren fonksiyon yaz, virgul veya tirnak iceren alanlar tirnak icine alinsin",
    ],
    "dart_language-3042": [
        "Raw string'i (r'...') ve üç tırnakla çok satırlı metin yazmayı örnekle açıkla",
        "regex yazarken ters bolu isaretlerini kacirmak zorunda kalmamak ve adres gibi satirli metin yazmak icin ne kullanilir?",
    ],
    "dart_language-3043": [
        "Birkaç sunucuya aynı anda istek atıp ilk gelen cevabı nasıl kullanırım?",
        "ayni dosyayi birden fazla mirror'dan iste, Future.any ile en hizli donen sonucu al",
    ],
    "dart_language-3044": [
        "Microtask ve event kuyruğunu açıkla, Future ve scheduleMicrotask çıktılarının sırasını örnekle göster",
        "event loop'ta microtask ile event queue farki ne, print'ler neden bu sirayla cikiyor?",
    ],
    "dart_language-3045": [
        "Sensör stream'inde aynı değer üst üste gelirse sadece değiştiğinde işlemek için ne kullanırım?",
        "tekrarlanan ardisik degerleri distinct ile atla, sadece deger degisince dinleyici calissin",
    ],
    "dart_language-3046": [
        "Future'ı beklemeden çağırmanın doğru olduğu durumu ve unawaited kullanımını açıkla",
        "sonucunu beklemedigim bir async islemi (log gondermek gibi) nasil dogru sekilde ates edip unuturum?",
    ],
    "dart_language-3048": [
        "Hataları DevTools'ta etiketli ve stack trace'li görmek için print yerine neyle log yazmalıyım?",
        "print yerine developer.log kullanarak hata ve stack trace ile isimli log yaz",
    ],
    "dart_language-3049": [
        "1'den 5'e kadar kareleri tembel şekilde üreten bir Iterable nasıl oluşturulur?",
        "Iterable.generate ile kareleri ancak okundukca hesaplanan lazy bir dizi olustur",
    ],
    "dart_language-3050": [
        "List.sort'un kararlı olup olmadığını açıkla, eşit elemanların sırasını koruyan sıralamayı göster",
        "dart sort stable mi, ayni sehirdeki siparislerin sirasi bozulmadan nasil siralarim?",
    ],
    "dart_language-3051": [
        "Sıralı listeye yeni bir sayıyı sırayı bozmadan ikili aramayla nasıl eklerim?",
        "collection paketindeki lowerBound ile yeni puanin yerini bul ve sirali listeye ekle",
    ],
    "dart_language-3052": [
        "Öğe tipi generic olan sayfalı API cevabını fromJson ile parse eden Paged<T> nasıl yazılır?",
        "sayfali json cevabi icin Paged<T> sinifi yaz, fromJson eleman donusturucusunu parametre alsin",
    ],
    "dart_language-3053": [
        "Birkaç fonksiyonu sırayla uygulayan generic bir pipe yardımcısı nasıl yazılır?",
        "fonksiyon listesini soldan saga uygulayan pipe<T> yaz, ornek olarak slug uret",
    ],
    "dart_language-3054": [
        "print ettiğimde sınıfım 'Instance of' yerine alanlarını göstersin diye ne yapmalıyım?",
        "User sinifinda toString'i override et, yazdirinca id ve isim gorunsun",
    ],
    "dart_language-3055": [
        "Nesne listesinde aynı id'li kayıtları ilkini bırakarak nasıl temizlerim?",
        "kisi listesini id'ye gore tekillestir, ilk gorulen kayit kalsin",
    ],
    "dart_language-3056": [
        "Bir listeyi koşulu sağlayanlar ve sağlamayanlar diye iki listeye nasıl ayırırım?",
        "generic partition fonksiyonu yaz, kosula uyanlar ve uymayanlar record olarak donsun",
    ],
    "dart_language-3057": [
        "Listeden rastgele eleman seçerken tekrarlanabilir sonuç için seed'i nasıl veririm?",
        "listeden rastgele bir eleman donduren fonksiyon yaz, istenirse sabit seed'li Random verilebilsin",
    ],
    "dart_language-3058": [
        "Saniye cinsinden Unix zaman damgasını DateTime'a ve geri nasıl çeviririm?",
        "unix timestamp'i (saniye) DateTime'a, DateTime'i da saniyeye ceviren iki fonksiyon yaz",
    ],
    "dart_language-3059": [
        "hashCode'u alanlardan Object.hash ile, liste alanı için Object.hashAll ile nasıl üretirim?",
        "== override edilen sinifta hashCode'u Object.hash ve listeli alan icin Object.hashAll ile yaz",
    ],
})

# --- platform ------------------------------------------------------------------------
PHRASINGS.update({
    "platform-001": [
        "Native koddan pil seviyesini MethodChannel kullanarak nasıl alırım?",
        "methodchannel uzerinden android/ios tarafina getBatteryLevel cagrisi yapip pil yuzdesini donduren fonksiyon yaz",
    ],
    "platform-002": [
        "Native çağrı hata döndürünce PlatformException'ı yakalayıp kullanıcıya nasıl gösteririm?",
        "invokeMethod ile odeme baslat, native taraf hata verirse PlatformException yakala ve snackbar'da mesaj goster",
    ],
    "platform-003": [
        "Android/iOS tarafının Dart'taki bir metodu çağırabilmesi için ne yapmam gerekir?",
        "MethodChannel'a setMethodCallHandler ekle, native'den gelen cagrilari dart tarafinda karsila",
    ],
    "platform-004": [
        "invokeMapMethod ile native tarafa Map argüman gönder, cevabı Map<String, dynamic> olarak al",
        "native tarafa map gonderip donen cevabi map olarak almak icin ne kullanilir?",
    ],
    "platform-005": [
        "EventChannel'dan gelen native olayları dinleyip widget kapanınca aboneliği nasıl iptal ederim?",
        "native adim sayaci olaylarini EventChannel ile dinle, dispose'da subscription'i cancel et",
    ],
    "platform-006": [
        "EventChannel'dan akan sensör değerlerini StreamBuilder ile ekranda nasıl gösteririm?",
        "native basinc sensorunden gelen stream'i StreamBuilder ile ekrana yazdir",
    ],
    "platform-007": [
        "MethodChannel'ın Kotlin tarafını yazıp Dart tarafıyla nasıl eşleştiğini göster",
        "android tarafinda MainActivity'de methodchannel handler nasil yazilir, dart'taki kanal adi ve metotla nasil eslesir?",
    ],
    "platform-008": [
        "Platform channel'ı açıkla: türlerini ve hangi durumlarda gerektiğini anlat",
        "platform kanali ne demek, flutter'dan native koda ne zaman kanal acmam lazim?",
    ],
    "platform-009": [
        "Native tarafla BasicMessageChannel üzerinden String mesajlar nasıl gönderilip alınır?",
        "BasicMessageChannel ve StringCodec ile native'e mesaj gonder, gelen mesajlara cevap don",
    ],
    "platform-010": [
        "Pigeon paketinin ne yaptığını ve elle MethodChannel yazmaya göre avantajını açıkla",
        "native kanal kodunu elle yazmak yerine kod ureten pigeon'u neden tercih edeyim?",
    ],
    "platform-011": [
        "Android'de Material, iOS'ta Cupertino yükleniyor göstergesi göster; Platform.isIOS ile ayır",
        "android ve ios icin farkli widget gostermek icin Platform kontrolunu nasil yaparim?",
    ],
    "platform-012": [
        "Web'de Platform.isAndroid'in neden hata verdiğini açıkla ve kIsWeb ile güvenli kontrol yaz",
        "web'de Platform.isAndroid uygulamayi cokertiyor, kIsWeb neden lazim?",
    ],
    "platform-013": [
        "defaultTargetPlatform ile Platform.isIOS farkını açıkla, UI kararı için hangisinin seçileceğini göster",
        "defaultTargetPlatform mi Platform.isIOS mu kullanmaliyim, farklari ne?",
    ],
    "platform-014": [
        "Açma/kapama anahtarının her platformda o platformun kendi görünümüyle çizilmesini nasıl sağlarım?",
        "bildirim ac/kapa anahtari yap, iphone'da ios gibi android'de material gibi gorunsun",
    ],
    "platform-015": [
        "Silme onayı diyaloğunu iOS'ta Cupertino, Android'de Material görünümde nasıl gösteririm?",
        "platforma gore gorunumu degisen silme onay diyalogu goster, evet/hayir sonucunu don",
    ],
    "platform-016": [
        "permission_handler ile kamera iznini nasıl isterim, izin gelince işleme nasıl devam ederim?",
        "tarama butonuna basinca kamera izni iste, izin verilirse devam et yoksa uyari goster",
    ],
    "platform-017": [
        "Kullanıcı izni tamamen reddetmişse ona uygulama ayarlarını açmayı nasıl öneririm?",
        "mikrofon izni kalici reddedildiyse ayarlara gitmeyi soran diyalog goster, openAppSettings ile ac",
    ],
    "platform-018": [
        "Kamera ve mikrofon iznini tek seferde isteyip ikisinin de verildiğini nasıl kontrol ederim?",
        "video cekmek icin kamera ve mikrofon iznini birlikte iste, hepsi verildi mi bak",
    ],
    "platform-019": [
        "Uygulama açıkken konum izni permission_handler ile nasıl istenir?",
        "uygulama acikken konuma erisebilmek icin kullanicidan izin al, zaten izin varsa tekrar sorma",
    ],
    "platform-020": [
        "Android 13+ cihazlarda bildirim göndermek için bildirim iznini nasıl isterim?",
        "bildirim izni yoksa iste, android 13 ve ustunde POST_NOTIFICATIONS izni gereksin",
    ],
    "platform-021": [
        "Android'de izni bir kez reddeden kullanıcıya tekrar sormadan önce gerekçe ekranı nasıl gösteririm?",
        "kamera izni daha once reddedildiyse once neden gerektigini anlatan diyalog goster, sonra tekrar iste",
    ],
    "platform-022": [
        "İzin diyaloğu açılmıyorsa AndroidManifest ve Info.plist'e eklenmesi gereken izinleri açıkla",
        "permission_handler kamera izni diyalogu hic cikmiyor, manifest ve Info.plist'e ne yazmam lazim?",
    ],
    "platform-023": [
        "Butona tıklayınca url_launcher ile bir web sitesini nasıl açarım?",
        "bir butona basildiginda web sitesini acan kod yaz, acilamazsa hata firlat",
    ],
    "platform-024": [
        "Bir linki uygulama içinde değil harici tarayıcıda nasıl açarım?",
        "url'yi chrome/safari gibi varsayilan tarayicida ac, LaunchMode.externalApplication kullan",
    ],
    "platform-025": [
        "Destek numarasını arama ekranında hazır olacak şekilde telefon uygulamasını nasıl açarım?",
        "musteri hizmetleri numarasini tel: linkiyle telefon uygulamasinda acan buton yap",
    ],
    "platform-026": [
        "mailto ile konu ve metni dolu bir e-posta taslağı nasıl açılır?",
        "geri bildirim icin e-posta uygulamasini konu ve govde metni dolu olarak ac",
    ],
    "platform-027": [
        "Bir linki açmadan önce onu açabilecek uygulama yüklü mü nasıl anlarım?",
        "whatsapp linkini acmadan once canLaunchUrl ile kontrol et, yoksa snackbar ile uyar",
    ],
    "platform-028": [
        "Koordinatları iOS'ta Apple Maps, Android'de Google Maps ile nasıl açarım?",
        "enlem boylami telefondaki harita uygulamasinda goster, ios ve android icin farkli link kullan",
    ],
    "platform-029": [
        "Kullanıcı uygulamadan ayrılmadan gizlilik metni web sayfasını nasıl görebilir, hangi açılış modunu kullanmalıyım?",
        "gizlilik sayfasini url_launcher ile uygulama icindeki tarayici gorunumunde ac",
    ],
    "platform-030": [
        "device_info_plus ile Android cihazın markasını, modelini ve sürümünü nasıl okurum?",
        "android telefonun uretici, model ve android surumu bilgisini tek satirlik metin olarak don",
    ],
    "platform-031": [
        "Android ve iOS'ta cihaz modelini ve işletim sistemi sürümünü veren tek fonksiyonu nasıl yazarım?",
        "iki platformda da calisan, cihaz modeli ve os surumunu record olarak donduren fonksiyon yaz",
    ],
    "platform-032": [
        "Uygulamanın sürüm ve build numarasını ayarlar ekranında nasıl gösteririm?",
        "package_info_plus ile versiyon ve build numarasini okuyup ayarlar sayfasinda yazdir",
    ],
    "platform-033": [
        "battery_plus kullanarak pil yüzdesini nasıl okurum?",
        "telefonun pil seviyesini yuzde olarak alip konsola yazdir",
    ],
    "platform-034": [
        "Telefon şarja takılınca ya da çıkarılınca ekrandaki şarj ikonunu nasıl güncellerim?",
        "battery_plus ile sarj durumunu stream olarak dinle, sarj oluyorsa farkli ikon goster",
    ],
    "platform-035": [
        "Açılışta internet bağlantısı olup olmadığını ve türünü nasıl kontrol ederim?",
        "connectivity_plus ile wifi mi mobil veri mi yoksa baglanti yok mu kontrol et",
    ],
    "platform-036": [
        "İnternet gidince ekranın altında uyarı bandı çıkarıp bağlantı gelince nasıl kaldırırım?",
        "baglanti degisimlerini dinle, internet yoksa altta kirmizi uyari seridi goster, gelince gizle",
    ],
    "platform-037": [
        "Wi-Fi'ye bağlıyken internetin gerçekten çalıştığını nasıl anlarım?",
        "DNS lookup ile gercek internet erisimini kontrol eden fonksiyon yaz, zaman asiminda false don",
    ],
    "platform-038": [
        "Kullanıcının şu anki konumunu geolocator ile yüksek doğrulukta nasıl alırım?",
        "cihazin anlik konumunu yuksek hassasiyetle getir, 10 saniyede gelmezse zaman asimi olsun",
    ],
    "platform-039": [
        "Konum servisi ve izin kontrolünü yapıp gerekirse izin isteyerek konumu nasıl alırım?",
        "geolocator ile once gps acik mi ve izin var mi bak, gerekirse izin iste, sonra konumu don",
    ],
    "platform-040": [
        "Kullanıcı her 10 metre ilerlediğinde konum güncellemesi nasıl alırım?",
        "yururken konumu takip et, distanceFilter 10 metre olan position stream'ini dinle ve durdurulabilsin",
    ],
})
PHRASINGS.update({
    "platform-041": [
        "İki enlem-boylam noktası arasındaki mesafeyi metre olarak nasıl hesaplarım?",
        "iki konum arasi uzakligi geolocator ile bul, 1 km'den azsa metre fazlaysa km olarak yaz",
    ],
    "platform-042": [
        "Konumu hemen göstermek için son bilinen konumu nasıl alırım, yoksa güncel konumu nasıl isterim?",
        "once getLastKnownPosition ile onbellekteki konumu dene, null ise anlik konumu getir",
    ],
    "platform-043": [
        "Enlem ve boylamdan il, ilçe ve sokak bilgisini nasıl bulurum?",
        "koordinatlari geocoding paketiyle okunabilir adrese cevir, sokak ilce il seklinde yaz",
    ],
    "platform-044": [
        "Arka kamerayı açıp canlı önizlemeyi ekranda gösteren widget nasıl yazılır?",
        "camera paketiyle arka kamerayi baslat ve CameraPreview ile canli goruntu goster, dispose'da kapat",
    ],
    "platform-046": [
        "Fotoğraf çek butonuna basınca telefonun kamerası açılsın, çekilen kare dosya olarak gelsin; bunu nasıl yaparım?",
        "image_picker ile kameradan fotograf cek, boyutu ve kaliteyi sinirla, File olarak don",
    ],
    "platform-047": [
        "Butona basıldığında telefonun hafifçe titremesini nasıl sağlarım?",
        "tiklayinca hafif titresim (HapticFeedback.lightImpact) veren bir buton widget'i yaz",
    ],
    "platform-048": [
        "Kaydırmalı seçicide değer her değiştiğinde tık hissi veren titreşimi nasıl eklerim?",
        "ListWheelScrollView ile sayi secici yap, her secim degisiminde selectionClick titresimi versin",
    ],
    "platform-049": [
        "HapticFeedback'in lightImpact, mediumImpact, heavyImpact ve vibrate seçeneklerini karşılaştırıp açıkla",
        "lightImpact, heavyImpact ve vibrate arasinda ne fark var, hangisini nerede kullanmaliyim?",
    ],
    "platform-051": [
        "Video sayfasında ekranı yataya kilitleyip sayfadan çıkınca tekrar dikeye nasıl döndürürüm?",
        "video oynatici sayfasi acilinca ekran yatay olsun, kapaninca dikey yone geri donsun",
    ],
    "platform-052": [
        "Durum çubuğunu şeffaf, ikonlarını koyu renk nasıl yaparım?",
        "ustteki status bar arka plani seffaf olsun, saat ve pil ikonlari koyu gorunsun",
    ],
    "platform-054": [
        "Oyun ekranında durum ve gezinme çubuklarını gizleyip kenardan kaydırınca geçici göstermek için ne yaparım?",
        "oyun ekraninda tam ekran moduna gec, sistem cubuklari gizlensin ama kaydirinca gecici gorunsun",
    ],
    "platform-055": [
        "İçeriğin durum ve navigasyon çubuklarının arkasına uzanması için edge-to-edge modu nasıl açılır?",
        "uygulama ekranin en ustunden en altina kadar uzansin, sistem cubuklari seffaf olsun",
    ],
    "platform-056": [
        "Kupon kodunu panoya kopyalayıp kullanıcıya 'Kopyalandı' mesajını nasıl gösteririm?",
        "kopyala ikonuna basinca kupon kodunu Clipboard'a yaz ve snackbar ile bildir",
    ],
    "platform-057": [
        "Panodaki metni bir butonla TextField'a nasıl yapıştırırım?",
        "yapistir butonuna basinca clipboard'daki yaziyi metin kutusuna koy",
    ],
    "platform-058": [
        "Ürün sayfasındaki paylaş butonuna basınca sistemin paylaşım menüsü ürün adı ve bağlantıyla nasıl açılır?",
        "urun adi ve linkini sistemin paylas menusuyle gonder, e-posta icin konu da ekle",
    ],
    "platform-059": [
        "Uygulamanın ürettiği bir PDF'i share_plus ile nasıl paylaşırım?",
        "fatura pdf dosyasini paylasim menusuyle gonder, dosya adi fatura.pdf gorunsun",
    ],
    "platform-060": [
        "iPad'de paylaşım menüsü açılırken çökme oluyor, paylaşım penceresini butonun yerinde nasıl açarım?",
        "ipad'de paylas penceresini butonun konumundan acilacak sekilde sharePositionOrigin vererek goster",
    ],
    "platform-061": [
        "Uygulama arka plana gidip geri geldiğinde WidgetsBindingObserver ile nasıl haberdar olurum?",
        "sayfada uygulamanin arka plana atilmasini ve tekrar acilmasini dinle, durum degisimini yazdir",
    ],
    "platform-062": [
        "AppLifecycleListener ile uygulama öne gelince ve gizlenince nasıl işlem yaparım?",
        "oturum takibi icin AppLifecycleListener kullan, uygulama onde/gizli olunca ayri fonksiyon calissin",
    ],
    "platform-063": [
        "Uygulama öne gelince, arka plana atılınca ve kapanırken hangi yaşam döngüsü durumlarına geçtiğini tek tek anlat",
        "uygulama yasam dongusu durumlari ne anlama geliyor, paused ile inactive farki ne?",
    ],
    "platform-064": [
        "Geri sayım sayacını uygulama arka plana geçince durdurup öne gelince nasıl devam ettiririm?",
        "sinav sayaci uygulama arka plandayken dursun, geri gelince kaldigi yerden devam etsin",
    ],
    "platform-065": [
        "Son uygulamalar ekranında içeriğin görünmemesi için uygulama inactive olunca ekranı nasıl bulanıklaştırırım?",
        "banka uygulamasi gibi uygulama degistiricide icerik gizlensin, inactive olunca BackdropFilter ile blur uygula",
    ],
    "platform-066": [
        "Masaüstünde kaydedilmemiş değişiklik varken pencere kapatılırsa nasıl onay sorup kapanmayı iptal ederim?",
        "masaustu uygulamasinda kaydedilmemis is varsa pencere kapanmadan once emin misin diye sor",
    ],
    "platform-067": [
        "Android'de bir butonla uygulamayı koddan nasıl kapatırım?",
        "cikis butonuna basinca uygulamadan cik (SystemNavigator.pop)",
    ],
    "platform-068": [
        "Geri tuşuna iki kez basmadan uygulamadan çıkılmasını nasıl engellerim?",
        "ana ekranda geriye bir kez basinca uyari goster, 2 saniye icinde tekrar basilirsa uygulamadan cik",
    ],
    "platform-069": [
        "Tarif ekranı açıkken ekranın kararmasını ve kilitlenmesini nasıl önlerim?",
        "tarif sayfasi acikken ekran hep acik kalsin, sayfadan cikinca normale donsun",
    ],
    "platform-070": [
        "İşletim sisteminin adını ve sürümünü ekranda nasıl gösteririm?",
        "telefonun os adini ve versiyonunu liste satirinda goster, web ise tarayici yazsin",
    ],
    "platform-072": [
        "Telefon yan çevrilince ızgaranın sütun sayısını 2'den 4'e nasıl çıkarırım?",
        "OrientationBuilder ile yatayda 4 dikeyde 2 sutunlu urun grid'i yap",
    ],
    "platform-073": [
        "Widget içinde cihazın sistem temasının koyu olup olmadığını kontrol et ve ona göre logo seç",
        "telefon karanlik moddaysa beyaz logo, degilse siyah logo gosteren widget yaz",
    ],
    "platform-074": [
        "Release derlemede susan, debug'da log basan bir fonksiyonu kReleaseMode ile nasıl yazarım?",
        "sadece debug modda konsola yazan appLog fonksiyonu yaz, release'de hicbir sey basmasin",
    ],
    "platform-075": [
        "Pil tasarrufu modu açıksa animasyonlu arka planı kapatıp sabit arka plan göster",
        "cihaz dusuk guc modundaysa hareketli arka plan yerine sabit olani goster, battery_plus ile kontrol et",
    ],
    "platform-076": [
        "Android'deki alt gezinme çubuğunu beyaz ve ikonlarını koyu nasıl yaparım?",
        "android'de alttaki sistem navigasyon cubugu beyaz olsun, geri ve ana ekran ikonlari koyu gorunsun",
    ],
    "platform-077": [
        "Karta uzun basınca platformun standart titreşim ve sesini nasıl veririm?",
        "uzun basilinca Feedback.forLongPress ile sistem geri bildirimi veren kart widget'i yaz",
    ],
    "platform-078": [
        "permission_handler'daki isDenied ve isPermanentlyDenied durumlarının farkını açıkla",
        "izin reddedildi ile kalici reddedildi arasinda ne fark var, hangisinde ayarlara yonlendirmeliyim?",
    ],
    "platform-079": [
        "EventChannel ile MethodChannel'ı karşılaştır, hangisinin ne zaman seçileceğini örnekle göster",
        "tek seferlik veri icin hangi kanal, surekli akis icin hangi kanal kullanilir?",
    ],
    "platform-080": [
        "Eklenti web veya masaüstünde yoksa MissingPluginException'ı yakalayıp çökmeyi nasıl önlerim?",
        "nfc kanali desteklenmeyen platformda hata firlatmasin, MissingPluginException'i yakala ve false don",
    ],
    "platform-082": [
        "Uygulama açıkken sistem koyu moda geçerse bunu nasıl yakalarım?",
        "didChangePlatformBrightness ile sistem temasi degisince ekrani guncelle",
    ],
    "platform-083": [
        "Tarayıcıda çalışan uygulamamda dokümantasyon bağlantısı mevcut sekmeyi değil yeni bir sekmeyi açsın",
        "flutter web'de linkin yeni sekmede acilmasi icin launchUrl'e ne vermeliyim?",
    ],
    "platform-084": [
        "MethodChannel ile native'de uzun süren iş yaparken arayüzün donup donmadığını açıkla",
        "native tarafta agir islem yapinca flutter ekrani takilir mi, arka plan thread'ine nasil tasirim?",
    ],
    "platform-085": [
        "Android 11+ cihazlarda canLaunchUrl'ün false dönmesini açıkla ve manifest'e queries ekle",
        "android 11 ve sonrasinda canLaunchUrl neden hep false donuyor?",
    ],
})
PHRASINGS.update({
    "platform-086": [
        "AppBar'lı sayfalarda SystemChrome ile verdiğim status bar stilinin neden ezildiğini açıkla, doğru yerden ayarla",
        "main'de ayarladigim status bar ikon rengi AppBar olan ekranlarda neden degisiyor?",
    ],
    "platform-087": [
        "Mobilde dart:io, web'de tarayıcı API'si kullanan kodu conditional import ile aynı projede derle",
        "ayni projede web ve mobil icin ayri kod nasil derlenir, kosullu import nasil yazilir?",
    ],
    "platform-088": [
        "MethodChannel kullanan servisi native kod olmadan birim testinde nasıl test ederim?",
        "testte methodchannel icin sahte handler kur (setMockMethodCallHandler) ve pil servisini dogrula",
    ],
    "platform-089": [
        "Arka plan isolate'ında platform kanalını hatasız kullanmak için RootIsolateToken ile başlatma yap",
        "Isolate.run icinden eklenti cagirinca hata aliyorum, arka plan isolate'ta kanal nasil kullanilir?",
    ],
    "platform-090": [
        "Native tarafta yazılmış bir harita görünümünü Flutter sayfamın içinde parça olarak nasıl gösteririm?",
        "ozel native harita gorunumunu platforma gore AndroidView veya UiKitView ile ekrana yerlestir",
    ],
    "platform-091": [
        "Kullanıcı ayarlardan izin verip geri dönünce izin durumunu nasıl yeniden kontrol ederim?",
        "ayarlardan donuste uygulama resumed olunca konum iznini tekrar kontrol et ve ekrani guncelle",
    ],
    "platform-092": [
        "Arka planda da konum almak için 'her zaman' konum iznini doğru sırayla nasıl isterim?",
        "kosu uygulamasi icin once kullanirken iznini sonra arka plan konum iznini iste",
    ],
    "platform-093": [
        "Telefon sallanınca geri bildirim formunu açan algılayıcıyı sensors_plus ile nasıl yazarım?",
        "ivmeolcer verisiyle sallamayi algila, esigi gecince geri bildirim ekranini ac",
    ],
    "platform-094": [
        "ornek.com/urun/42 gibi bir linkle uygulama açılınca ürün sayfasına nasıl yönlendiririm?",
        "app_links ile gelen deep link'i dinle, urun id'sini cikarip ilgili sayfaya git",
    ],
    "platform-095": [
        "Native'den gelen kullanıcı bilgisi isteğinde argüman eksikse hata dönen handler nasıl yazılır?",
        "native taraf kullanici bilgisi isteyince cevap ver, id argumani yoksa PlatformException ile hata don",
    ],
    "platform-3000": [
        "flutter_local_notifications'ı açılışta başlatıp butona basınca anında bildirim nasıl gösteririm?",
        "yerel bildirim eklentisini uygulama acilirken initialize et, butona basinca hemen bildirim cikar",
    ],
    "platform-3001": [
        "Yerel bildirime dokunulunca içindeki sipariş id'siyle ilgili sayfayı nasıl açarım?",
        "bildirime tiklaninca payload'daki siparis numarasina gore siparis detay sayfasina git",
    ],
    "platform-3002": [
        "Android 13'te bildirim iznini flutter_local_notifications üzerinden nasıl isterim?",
        "AndroidFlutterLocalNotificationsPlugin'in requestNotificationsPermission metoduyla bildirim izni al",
    ],
    "platform-3003": [
        "İstanbul merkezli bir Google haritası gösterip Galata Kulesi'ne bilgi penceresi olan işaret nasıl koyarım?",
        "google_maps_flutter ile istanbul haritasi goster, galata kulesine baslikli marker ekle",
    ],
    "platform-3004": [
        "Listeden bir mağaza seçilince harita kamerasını animasyonla oraya nasıl yakınlaştırırım?",
        "magaza secildiginde GoogleMapController ile kamerayi o konuma animasyonlu zoom yap",
    ],
    "platform-3005": [
        "Koşu rotasının koordinatlarını haritada mavi bir çizgi olarak nasıl çizerim?",
        "konum listesini google haritada mavi polyline olarak goster",
    ],
    "platform-3006": [
        "İnternetteki bir videoyu oynatıp dokununca durdurma/devam ve altta ilerleme çubuğu nasıl yaparım?",
        "video_player ile url'den video oynat, ekrana dokunarak duraklat ve alta ilerleme cubugu koy",
    ],
    "platform-3007": [
        "Giriş ekranının arka planında asset videosunu sessiz ve sonsuz döngüde nasıl oynatırım?",
        "login ekraninin arkasinda assets'teki kisa videoyu sesi kapali ve tekrar tekrar oynat",
    ],
    "platform-3011": [
        "Kamera önizlemesinde kapalı, otomatik ve fener arasında geçen flaş butonunu nasıl eklerim?",
        "kamera ekranina flas modu butonu koy, her basista kapali otomatik fener arasinda dolassin",
    ],
    "platform-3012": [
        "Selfie kamerasına ve tekrar arka kameraya geçmek için bir çevirme butonu nasıl eklenir?",
        "kamerayi cevir butonu yap, on kamera ile arka kamera arasinda gecis yapsin",
    ],
    "platform-3014": [
        "Basılı tutunca video kaydeden, bırakınca kaydı bitirip dosya yolunu veren buton nasıl yapılır?",
        "butona basili tutarken kamerayla video cek, birakinca durdur ve kayit dosyasinin yolunu don",
    ],
    "platform-3015": [
        "Uygulamanın emülatörde mi gerçek cihazda mı çalıştığını nasıl anlarım?",
        "device_info_plus'in isPhysicalDevice bilgisiyle gercek cihaz kontrolu yapan fonksiyon yaz",
    ],
    "platform-3016": [
        "Galeri erişimi için Android 13+ sürümde fotoğraf, eskilerde depolama iznini nasıl isterim?",
        "android sdk surumune bak, 33 ve ustunde photos izni, altinda storage izni iste",
    ],
    "platform-3018": [
        "Android 12 ve üstünde Bluetooth taraması için gereken izinleri birlikte nasıl isterim?",
        "ble taramasi icin bluetoothScan, bluetoothConnect ve konum iznini tek seferde iste",
    ],
    "platform-3019": [
        "Yakındaki BLE cihazları 5 saniye tarayıp adlarını sinyal gücüyle nasıl listelerim?",
        "flutter_blue_plus ile bes saniyelik tarama yap, bulunan cihazlari isim ve rssi ile don",
    ],
    "platform-3020": [
        "Cihazın yüz tanıma mı parmak izi mi desteklediğine göre giriş butonu metnini nasıl seçerim?",
        "local_auth ile biyometrik turunu kontrol et, face varsa Face ID, parmak izi varsa parmak izi butonu goster",
    ],
    "platform-3021": [
        "Bulunduğum konumdan hedefe olan pusula açısını nasıl hesaplarım?",
        "kullanicinin konumundan hedefe olan yonu 0-360 derece olarak bul, oku ona gore dondur",
    ],
    "platform-3023": [
        "Yazılan bir adresi enlem ve boylama nasıl çeviririm?",
        "kullanicinin girdigi adresi geocoding ile koordinata cevir, bulunamazsa null don",
    ],
    "platform-3025": [
        "YouTube linkini uygulama yüklüyse orada, değilse tarayıcıda nasıl açarım?",
        "youtube linkini once youtube uygulamasinda acmayi dene, olmazsa tarayiciya dus",
    ],
    "platform-3026": [
        "Paylaşım penceresinden sonra kullanıcının gerçekten paylaşıp paylaşmadığını nasıl anlarım?",
        "share_plus sonucundaki status'a bakip paylasildi mi vazgecildi mi snackbar ile goster",
    ],
    "platform-3027": [
        "Uygulama kapalıyken bir linkle açıldıysa o ilk linki alıp doğru sayfaya nasıl giderim?",
        "soguk baslangicta getInitialLink ile acilis linkini al ve yoldan baslangic route'unu belirle",
    ],
    "platform-3028": [
        "Butona basılınca sistemin standart tıklama sesini nasıl çalarım?",
        "tiklaninca SystemSound.play ile platformun klik sesini calan buton yaz",
    ],
    "platform-3032": [
        "Masaüstünde galeride sağ ve sol ok tuşlarıyla resimler arasında nasıl gezerim?",
        "klavyeden sag/sol ok tusuna basinca sonraki veya onceki resme gecen galeri yap",
    ],
    "platform-3034": [
        "Masaüstünde indirilen dosyanın klasörünü sistemin dosya gezgininde nasıl açarım?",
        "windows'ta explorer, mac'te finder, linux'ta dosya yoneticisiyle dosyanin konumunu goster",
    ],
    "platform-3035": [
        "dart:io ile işlemci çekirdek sayısını ve sistem dilini nasıl öğrenirim?",
        "Platform sinifindan isletim sistemi, cekirdek sayisi ve sistem dilini alip map olarak don",
    ],
    "platform-3036": [
        "Telefonda kalın yazı ayarı açıksa başlıklarımı da nasıl kalınlaştırırım?",
        "erisilebilirlikte bold text aciksa baslik fontunu daha kalin yap (MediaQuery.boldTextOf)",
    ],
    "platform-3037": [
        "Ekran okuyucu açıkken otomatik kayan slider'ı nasıl durdururum?",
        "talkback veya voiceover aciksa kampanya carousel'i kendiliginden kaymasin",
    ],
    "platform-3038": [
        "Ekranın fiziksel piksel çözünürlüğünü ve piksel yoğunluğunu nasıl bulurum?",
        "View.of ile ekranin gercek piksel boyutunu, mantiksal boyutunu ve devicePixelRatio'yu goster",
    ],
    "platform-3039": [
        "Günlük adım sayısını home_widget ile ana ekran widget'ına gönderip nasıl güncellerim?",
        "adim sayisini ana ekran widget'ina kaydet ve widget'in yenilenmesini tetikle",
    ],
    "platform-3040": [
        "Uygulama kapalıyken 15 dakikada bir arka planda senkronizasyon yapan görevi nasıl kurarım?",
        "workmanager ile periyodik arka plan gorevi kaydet, her 15 dakikada veri senkronlasin",
    ],
    "platform-3041": [
        "MethodChannel'da varsayılan codec ile JSONMethodCodec farkını açıkla, JSON codec'i ne zaman seçeceğini göster",
        "StandardMethodCodec ile JSONMethodCodec arasinda ne fark var, hangisini kullanmaliyim?",
    ],
    "platform-3042": [
        "Web sürümünde video id'si verilen bir YouTube oynatıcısını sayfanın içinde nasıl gösteririm?",
        "web'de youtube videosunu HtmlElementView ve iframe kullanarak goster",
    ],
    "platform-3043": [
        "Android'de son uygulamalar ekranındaki uygulama etiketini ve rengini nasıl değiştiririm?",
        "uygulama degistiricide gorunen basligi ve rengi setApplicationSwitcherDescription ile ayarla",
    ],
    "platform-3044": [
        "Sipariş onaylanınca titreşim motoru varsa desenli titreşimi nasıl veririm?",
        "vibration paketiyle cihazda titresim varsa tik-tik desenli titresim calistir",
    ],
    "platform-3045": [
        "kDebugMode, kProfileMode ve kReleaseMode farkını açıkla, profil modunda neyin değiştiğini anlat",
        "debug, profile ve release modlari arasindaki fark ne, profile modu ne ise yarar?",
    ],
    "platform-3046": [
        "Android pil optimizasyonu arka plan işlerimi durduruyor, muafiyet iznini nasıl isterim?",
        "kullanicidan pil optimizasyonunu yok sayma izni iste, android disinda true don",
    ],
    "platform-3047": [
        "İptal edilen siparişin bildirimini nasıl kaldırırım, çıkışta tüm bildirimleri nasıl silerim?",
        "siparis iptal edilince o siparisin yerel bildirimini id ile sil, oturum kapaninca hepsini temizle",
    ],
    "platform-3048": [
        "İndirme yüzdesini bildirimde gösterip her güncellemede ses çıkarmamak için ne yapmalıyım?",
        "bildirim cubugunda indirme ilerlemesini yuzde olarak goster, guncellemelerde tekrar ses calmasin",
    ],
    "platform-3049": [
        "Haritada dokunulan yere işaretçi koyup her dokunuşta eskisini nasıl değiştiririm?",
        "haritaya tiklayinca oraya marker koy, yeni tiklamada eski marker silinip yenisi gelsin",
    ],
    "platform-3050": [
        "Haritada restorana ne kadar uzaklığa kadar servis yapıldığını şeffaf bir halka ile nasıl gösteririm?",
        "google haritada restoran merkezli 2 kilometrelik saydam bir Circle ciz",
    ],
    "platform-3051": [
        "Kamerayı tüm işaretçileri ekrana sığacak şekilde nasıl ayarlarım?",
        "markerlarin hepsini kapsayan LatLngBounds hesapla ve kamerayi ona gore sigdir",
    ],
    "platform-3052": [
        "Açık mağazaları yeşil, kapalıları kırmızı işaretçiyle haritada nasıl gösteririm?",
        "magaza acik mi kapali mi durumuna gore yesil veya kirmizi varsayilan marker olustur",
    ],
    "platform-3053": [
        "Eğitim videosunun oynatma hızını 0.5x ile 2x arasında nasıl değiştiririm?",
        "video icin hiz menusu yap, secilen hizi setPlaybackSpeed ile uygula",
    ],
    "platform-3056": [
        "Kamera önizlemesinde dokunulan yere odaklanma ve pozlamayı nasıl ayarlarım?",
        "onizlemede tiklanan noktaya gore setFocusPoint ve setExposurePoint cagir",
    ],
    "platform-3057": [
        "Kameradan gelen kareleri canlı işlerken önceki iş bitmeden gelen kareleri nasıl atlarım?",
        "startImageStream ile kareleri isle, islem devam ederken gelen kareleri yoksay",
    ],
    "platform-3058": [
        "LaunchMode.inAppWebView ile inAppBrowserView farkını açıkla, giriş sayfası için hangisinin uygun olduğunu göster",
        "url_launcher'da inAppWebView mi inAppBrowserView mi kullanmaliyim, farki ne?",
    ],
    "platform-3059": [
        "Uygulama adı, sürüm ve cihaz bilgisiyle User-Agent başlığını nasıl oluştururum?",
        "UygulamaAdi/surum (Android 14; Pixel 8) formatinda user-agent metni ureten fonksiyon yaz",
    ],
    "platform-3060": [
        "Uygulama açıkken GPS kapatılıp açılırsa bunu anında nasıl algılarım?",
        "konum servisinin acilip kapanmasini dinle ve ekranda gps durumu rozetini guncelle",
    ],
    "platform-3061": [
        "Konum güncellemelerini Android'de 5 saniyede bir, iOS'ta 10 metrede bir almayı nasıl ayarlarım?",
        "platforma ozel LocationSettings ile android'de zamana, ios'ta mesafeye gore konum stream'i olustur",
    ],
    "platform-3062": [
        "Web'de kullanıcının hangi tarayıcıyı kullandığını nasıl öğrenirim?",
        "flutter web'de tarayici adini (chrome, safari, firefox) device_info_plus ile bul",
    ],
})

# --- images_assets -------------------------------------------------------------------
PHRASINGS.update({
    "images_assets-001": [
        "Assets klasöründeki logo.png'yi ekranda gösteren bir logo widget'ı yaz",
        "projeye ekledigim logo resmini Image.asset ile ekrana koy, pubspec tanimini da goster",
    ],
    "images_assets-002": [
        "pubspec.yaml'a asset tanımlamayı ve bir klasörü tek satırda eklemeyi örnekle açıkla",
        "pubspec'te resimleri tek tek mi yazmam lazim, butun klasoru bir satirla eklemek mumkun mu?",
    ],
    "images_assets-003": [
        "Bir linkteki resmi 200'e 200 boyutunda nasıl gösteririm?",
        "url'den gelen fotografi 200x200 kutuda Image.network ile goster",
    ],
    "images_assets-004": [
        "İnternetten resim inerken yüzde kaçının yüklendiğini nasıl gösteririm?",
        "network resmi yuklenirken loadingBuilder ile yuzdeli ilerleme gostergesi cikar",
    ],
    "images_assets-005": [
        "İnternetten gelen resim açılmazsa yerine kırık resim ikonu nasıl gösteririm?",
        "resim linki 404 verirse veya internet yoksa errorBuilder ile hata ikonu goster",
    ],
    "images_assets-006": [
        "Kullanıcının URL'deki profil fotoğrafını yuvarlak avatar olarak nasıl gösteririm?",
        "profil resmini linkten alip CircleAvatar icinde daire seklinde goster",
    ],
    "images_assets-007": [
        "Profil fotoğrafı olmayan kullanıcı için avatarda adının baş harflerini nasıl gösteririm?",
        "foto yoksa yuvarlak avatarda isim soyisim bas harfleri yazsin, varsa fotograf gorunsun",
    ],
    "images_assets-008": [
        "Resim inene kadar yer tutucu asset gösterip sonra yumuşak geçişle asıl resme nasıl geçerim?",
        "FadeInImage.assetNetwork ile placeholder resimden network resmine fade ile gec",
    ],
    "images_assets-009": [
        "cached_network_image ile resmi önbellekli nasıl gösteririm, yüklenirken ve hatada ne çıkar?",
        "resmi bir kere indirip cache'ten gosteren widget yaz, yuklenirken spinner hatada ikon olsun",
    ],
    "images_assets-010": [
        "Galeriden fotoğraf seçip ekranda göstermek için ne yapmalıyım?",
        "image_picker ile galeriyi ac, secilen resmi sayfada Image.file ile goster",
    ],
    "images_assets-011": [
        "Ön kamerayla selfie çekip fotoğrafı küçültülmüş boyutta nasıl alırım?",
        "on kamerayi acip selfie cektir, resmi maxWidth ve kalite ayariyla kucultup don",
    ],
    "images_assets-012": [
        "BoxFit.cover, contain, fill ve fitWidth farklarını örnekle açıkla",
        "resimde cover mi contain mi kullanmaliyim, BoxFit secenekleri arasindaki fark ne?",
    ],
    "images_assets-013": [
        "Fotoğrafı sivri köşeler yerine 16 birim yarıçaplı kavisli köşelerle ekranda göster",
        "fotografi ClipRRect ile kenarlari yuvarlak olacak sekilde goster",
    ],
    "images_assets-014": [
        "Köşeleri yuvarlak, arka planında resim olan ve üstünde başlık yazan kutuyu BoxDecoration ile nasıl yaparım?",
        "DecorationImage ile arka plani fotograf olan yuvarlak koseli kart yap, ustune baslik yaz",
    ],
    "images_assets-015": [
        "precacheImage'ın ne işe yaradığını ve nerede çağrılması gerektiğini örnekle açıkla",
        "resmi onceden yuklemek icin precacheImage nerede cagrilir, initState'te olur mu?",
    ],
    "images_assets-016": [
        "İndirdiğim Nunito font dosyalarını pubspec'e ekleyip başlıkta kalın olarak nasıl kullanırım?",
        "nunito fontunu projeye tanimla ve bir basligi bu fontla bold yaz",
    ],
    "images_assets-017": [
        "google_fonts'un fontları nereden indirdiğini ve offline çalışması için ne yapılacağını açıkla",
        "google_fonts internet yokken calisir mi, fontlar nereden yukleniyor?",
    ],
    "images_assets-018": [
        "Assets'teki bir SVG ikonunu 48x48 boyutunda nasıl gösteririm?",
        "flutter_svg ile svg dosyasini SvgPicture.asset kullanarak 48 piksel goster",
    ],
    "images_assets-019": [
        "SVG ikonunu temanın ana rengine nasıl boyarım?",
        "svg ikonun rengini colorFilter ile tema primary rengine cevir",
    ],
    "images_assets-020": [
        "32 boyutunda kırmızı bir ikon göster",
        "kalp ikonunu 32 buyuklugunde ve kirmizi renkte gosteren widget yaz",
    ],
    "images_assets-021": [
        "Kendi PNG ikonumu tema rengine boyanan bir ikon gibi nasıl kullanırım?",
        "ozel png ikonu ImageIcon ile goster, renk verilmezse ikon temasinin rengini alsin",
    ],
    "images_assets-022": [
        "Fotoğrafı yuvarlak bir çerçeve içinde, dışı kesilmiş olarak nasıl gösteririm?",
        "fotografi ClipOval ile yuvarlak kirp, genislik ve yukseklik esit olsun",
    ],
    "images_assets-023": [
        "Galeriden en fazla 10 fotoğraf seçip ızgarada gösterme ve çarpıyla silme nasıl yapılır?",
        "coklu resim secici yap: en cok 10 foto, grid'de gosterilsin, kosedeki x ile kaldirilsin",
    ],
    "images_assets-024": [
        "Image.network ve NetworkImage farkını açıkla, hangisinin nerede kullanılacağını göster",
        "NetworkImage ile Image.network ayni sey mi, CircleAvatar'a hangisini vermeliyim?",
    ],
    "images_assets-025": [
        "Asset'lerdeki 2.0x ve 3.0x klasörlerinin amacını ve çözünürlük seçimini açıkla",
        "2.0x ve 3.0x resim klasorleri ne ise yarar, flutter hangisini yukleyecegine nasil karar verir?",
    ],
    "images_assets-026": [
        "Büyük fotoğrafları küçük resim olarak gösterirken bellek şişmesin diye nasıl küçük decode ederim?",
        "listede 100x100 thumbnail gosterirken resmi cacheWidth ile kucuk boyutta decode et",
    ],
    "images_assets-027": [
        "Seçilen fotoğrafı yüklemeden önce çözünürlük ve kaliteyi düşürerek nasıl küçültürüm?",
        "image_picker'da maxWidth, maxHeight ve imageQuality vererek sunucuya gidecek fotoyu kucult",
    ],
    "images_assets-029": [
        "API'den gelen base64 resmi, başında data:image öneki olsa bile nasıl gösteririm?",
        "base64 stringi Uint8List'e cevirip Image.memory ile goster, data: onekini temizle",
    ],
    "images_assets-030": [
        "Küçük resme tıklayınca detay sayfasına geçerken resmin büyüyerek taşınmasını nasıl sağlarım?",
        "thumbnail ile detay sayfasindaki buyuk resmi Hero ile bagla, gecis animasyonlu olsun",
    ],
    "images_assets-031": [
        "Fotoğrafı iki parmakla yakınlaştırıp kaydırılabilir nasıl yaparım?",
        "resmi InteractiveViewer icine koy, pinch zoom ve surukleme calissin",
    ],
    "images_assets-032": [
        "Stokta olmayan ürün resmini ve üstündeki etiketi siyah-beyaz nasıl gösteririm?",
        "ColorFiltered ile gri tonlama matrisi uygula, stok yoksa urun karti siyah beyaz gorunsun",
    ],
    "images_assets-034": [
        "Albüm kapağının bulanık halini arka plana koyup ortada net halini nasıl gösteririm?",
        "muzik calarda kapak resmini arka planda blur'la, ortasinda net kapagi goster",
    ],
    "images_assets-035": [
        "Paket kullanmadan internetten gelen resim yüklenince yumuşakça belirmesini nasıl sağlarım?",
        "network resmi indiginde birden cikmasin, frameBuilder ve AnimatedOpacity ile fade-in yap",
    ],
    "images_assets-036": [
        "Bir internet resminin gerçek piksel genişlik ve yüksekliğini göstermeden önce nasıl öğrenirim?",
        "ImageProvider'i resolve edip ImageStreamListener ile resmin boyutunu Future<Size> olarak don",
    ],
    "images_assets-037": [
        "CircleAvatar'daki profil fotoğrafını cached_network_image ile önbellekten nasıl gösteririm?",
        "yuvarlak profil resminde CachedNetworkImageProvider kullan, tekrar indirilmesin",
    ],
    "images_assets-038": [
        "Aynı URL'deki profil fotoğrafı değişince eski resmi önbellekten silip yeniden nasıl yüklerim?",
        "profil fotosu guncellendi ama url ayni, cache'teki eski resmi evict edip yenisini goster",
    ],
    "images_assets-039": [
        "Bellekteki resim önbelleğinin limitlerini nasıl ayarlarım, bellek azalınca nasıl temizlerim?",
        "imageCache icin maksimum resim sayisi ve byte limiti koy, dusuk bellekte cache'i bosalt",
    ],
    "images_assets-040": [
        "Resmi genişliğe bakmadan 16:9 oranında ve kutuyu dolduracak şekilde nasıl gösteririm?",
        "banner resmini AspectRatio 16/9 icinde BoxFit.cover ile goster",
    ],
    "images_assets-041": [
        "flutter_svg ile internetten SVG yüklerken yükleniyor göstergesini nasıl çıkarırım?",
        "url'deki svg'yi SvgPicture.network ile goster, yuklenene kadar progress indicator donsun",
    ],
    "images_assets-042": [
        "Kod içinde String olarak duran bir SVG'yi ekranda nasıl çizerim?",
        "string icindeki svg metnini SvgPicture.string ile ekrana ciz",
    ],
    "images_assets-043": [
        "Cupertino ikonlarıyla iOS görünümlü bir ikon satırı yap",
        "CupertinoIcons kullanarak ios tarzi paylas, ayarlar gibi ikonlari goster",
    ],
    "images_assets-044": [
        "GitHub ve Twitter logolarını font_awesome_flutter ile nasıl gösteririm?",
        "font awesome marka ikonlariyla github ve twitter butonlari yap",
    ],
    "images_assets-046": [
        "Paylaş ikonunun Android'de Material, iOS'ta iOS tarzında görünmesini nasıl sağlarım?",
        "Icons.adaptive.share ile platforma gore degisen paylas ikon butonu yap",
    ],
    "images_assets-047": [
        "Ekran okuyucu için resimlere açıklama nasıl eklerim, süs resimlerini nasıl atlatırım?",
        "anlamli resme semanticLabel ver, dekoratif resmi excludeFromSemantics ile ekran okuyucudan gizle",
    ],
    "images_assets-048": [
        "Image, ImageProvider ve ImageCache arasındaki ilişkiyi adım adım açıkla",
        "flutter resmi nasil yukluyor, ImageProvider ve imageCache hangi sirayla devreye giriyor?",
    ],
})
PHRASINGS.update({
    "images_assets-049": [
        "Assets'teki bir JSON dosyasını okuyup Map'e nasıl çeviririm?",
        "rootBundle ile assets/config icindeki json dosyasini oku ve Map<String, dynamic> don",
    ],
    "images_assets-050": [
        "Bir asset klasöründeki bütün PNG'leri adlarını tek tek yazmadan nasıl listeleyip grid'de gösteririm?",
        "AssetManifest ile stickers klasorundeki png'leri bul ve izgarada goster",
    ],
    "images_assets-051": [
        "Kendi tasarım paketimdeki resmi uygulamada göster",
        "my_ui_kit paketindeki bir asset resmi uygulamada nasil kullanilir, package parametresi ne ise yarar?",
    ],
    "images_assets-052": [
        "İnternetten resim yüklenirken yerinde parıldayan iskelet efekti nasıl gösteririm?",
        "shimmer paketiyle network resmi inene kadar iskelet animasyonu goster",
    ],
    "images_assets-053": [
        "Telefonda kayıtlı bir dosya yolundaki resmi ekranda nasıl gösteririm?",
        "verilen dosya yolundaki fotografi Image.file ile goster",
    ],
    "images_assets-054": [
        "Galeriden seçilen fotoğrafı http ile multipart form olarak sunucuya nasıl yüklerim?",
        "image_picker ile secilen resmi MultipartRequest kullanarak token'li istekle sunucuya gonder",
    ],
    "images_assets-055": [
        "Token isteyen bir adresteki resmi Authorization başlığıyla yükle",
        "yetki gerektiren resim url'sini Image.network'e header vererek goster",
    ],
    "images_assets-057": [
        "Avatarın köşesine kamera butonu koyup galeriden seçilen fotoğrafla avatarı nasıl güncellerim?",
        "profil avatarinin sag altina kamera ikonu ekle, basinca galeriden secilen foto avatarda gorunsun",
    ],
    "images_assets-058": [
        "Detay sayfasının renklerini kapak resminden çıkarılan renk şemasına göre nasıl ayarlarım?",
        "ColorScheme.fromImageProvider ile kapak resminden tema uret ve sayfaya uygula",
    ],
    "images_assets-059": [
        "Kapak resminin alt kenarını dalga şeklinde nasıl kırparım?",
        "CustomClipper ile ust bannerin alt kenarini dalgali kes",
    ],
    "images_assets-060": [
        "Resmin alt tarafının giderek saydamlaşıp arka plana karışmasını nasıl sağlarım?",
        "ShaderMask ve gradient ile resmin altini yavasca seffaflastir",
    ],
    "images_assets-061": [
        "Resim ekran genişliğini doldursun ve yüksekliği oranına göre nasıl otomatik ayarlanır?",
        "resmi ekran eni kadar genis goster, yukseklik resmin kendi oranina gore gelsin",
    ],
    "images_assets-062": [
        "İnternetteki fotoğrafları 3 sütunlu grid'de gösterip tıklanınca tam ekran nasıl açarım?",
        "uc sutunlu foto galerisi yap, bir fotoya dokununca tam ekran goruntuleme sayfasi acilsin",
    ],
    "images_assets-063": [
        "Ürün detayında kaydırmalı resim slider'ı ve altında nokta göstergesi nasıl yapılır?",
        "PageView ile urun resimlerini kaydirilabilir yap, altta aktif sayfayi gosteren noktalar olsun",
    ],
    "images_assets-064": [
        "Çift dokununca tıklanan yere animasyonla yakınlaşıp tekrar çift dokununca eski haline dönen fotoğraf görüntüleyiciyi nasıl yaparım?",
        "foto goruntuleyicide double tap ile dokunulan noktaya zoom yap, ikinci double tap'te geri don",
    ],
    "images_assets-066": [
        "İkon ve çizimler için SVG ile PNG'yi karşılaştır, hangisinin ne zaman seçileceğini açıkla",
        "logo ve ikonlar icin svg mi png mi daha mantikli, farklari neler?",
    ],
    "images_assets-067": [
        "Resimli kartta dokunma dalgası efektinin resmin üstünde görünmesini nasıl sağlarım?",
        "resme tiklayinca ripple efekti resmin ustunde gorunsun, Ink.image veya Material ile cozum yaz",
    ],
    "images_assets-068": [
        "ListTile'ın başına 56x56 köşeleri yuvarlak ürün resmi nasıl koyarım?",
        "liste satirinin solunda yuvarlak koseli kucuk urun fotografi goster, yaninda ad ve fiyat olsun",
    ],
    "images_assets-069": [
        "Araç çubuğundaki ikonlara tek tek renk ve boyut vermek yerine hepsine ortak ayarı nasıl uygularım?",
        "IconTheme ile arac cubugundaki tum ikonlara ayni renk ve boyutu ver",
    ],
    "images_assets-070": [
        "Giriş ekranında tam ekran arka plan resmi üstüne login formu nasıl yerleştiririm?",
        "Stack ile arkada ekrani kaplayan bir resim, onunde kullanici adi ve sifre formu olsun",
    ],
    "images_assets-071": [
        "Resim URL'si değişince yenisi gelene kadar eski resmin ekranda kalmasını nasıl sağlarım?",
        "url degisince resim beyaz yanip sonmesin, gaplessPlayback ile eskisi yenisi yuklenene kadar kalsin",
    ],
    "images_assets-072": [
        "Image.network ile cached_network_image farkını açıkla, paketin ne zaman gerektiğini anlat",
        "cached_network_image ne zaman kullanilmali, Image.network'ten farki ne?",
    ],
    "images_assets-073": [
        "Ekrandaki bir kartın görüntüsünü paylaşmak için PNG byte'ları olarak nasıl yakalarım?",
        "RepaintBoundary ile kart widget'inin ekran goruntusunu al, png olarak Uint8List'e cevir",
    ],
    "images_assets-074": [
        "Asset fotoğrafını CustomPainter'da Canvas'a çizip sağ alt köşeye filigran yazısını nasıl eklerim?",
        "assets'teki resmi ui.Image olarak yukle, canvas'a ciz ve sag alta filigran metni yaz",
    ],
    "images_assets-075": [
        "Bekleme ekranında projeye eklediğim hareketli gif oynasın, ekstra paket kullanma",
        "yukleme animasyonu icin assets'teki gif'i ekranda oynat",
    ],
    "images_assets-076": [
        "uses-material-design: true satırının görevini açıkla, ikonların kare görünme sorununu çöz",
        "Icons ikonlari kutu seklinde gorunuyor, pubspec'teki uses-material-design satiri ne yapar?",
    ],
    "images_assets-077": [
        "ResizeImage'ın ne yaptığını ve cacheWidth ile farkını örnekle açıkla",
        "ResizeImage mi cacheWidth mi kullanmaliyim, ikisinin farki ne?",
    ],
    "images_assets-078": [
        "Image.asset'te 'Unable to load asset' hatasının olası nedenlerini ve çözümlerini açıkla",
        "asset resmi yuklenemiyor hatasi aliyorum, pubspec ve dosya yolunda neye bakmaliyim?",
    ],
    "images_assets-079": [
        "Icon ile IconButton farkını açıkla ve ikisini örnekte göster",
        "Icon'a tiklama ozelligi yok mu, IconButton'dan farki nedir?",
    ],
    "images_assets-080": [
        "Farklı oranlardaki ürün resimlerini ortadan kırpıp kare nasıl gösteririm?",
        "urun resimlerini kare kutuda BoxFit.cover ile ortalayarak kirp",
    ],
    "images_assets-081": [
        "Kamera izni reddedilince ya da kamera açılmazsa çökme olmadan kullanıcıya nasıl mesaj gösteririm?",
        "image_picker ile kamera acarken PlatformException yakala, izin yoksa anlasilir uyari goster",
    ],
    "images_assets-082": [
        "cached_network_image'taki küçük resimleri bellekte küçük boyutla decode etmek için ne yaparım?",
        "feed kucuk resimlerinde memCacheWidth vererek resimlerin bellekte kucuk tutulmasini sagla",
    ],
    "images_assets-083": [
        "Kullanıcının fotoğrafı yerine projedeki hazır profil resmini yuvarlak avatarda nasıl gösteririm?",
        "yuvarlak avatarda assets klasorundeki default profil resmini goster",
    ],
    "images_assets-084": [
        "Resim yüklenemezse yerine 'Tekrar dene' butonu koyup basınca gerçekten yeniden indirmeyi nasıl yaparım?",
        "network resmi hata verirse tekrar dene butonu goster, basinca cache'i temizleyip resmi yeniden yukle",
    ],
    "images_assets-085": [
        "Arka plan resmini koyulaştırıp üstündeki beyaz yazıyı okunur nasıl yaparım?",
        "DecorationImage'a colorFilter ile karartma uygula, ustteki beyaz baslik net okunsun",
    ],
    "images_assets-086": [
        "Küçük bir desen resmini arka planda döşeme gibi tekrarla",
        "desen resmini ImageRepeat.repeat ile tum arka plana tekrar ederek yay",
    ],
    "images_assets-087": [
        "Seçilen resmi File kullanmadan byte'larından hem web'de hem mobilde nasıl önizlerim?",
        "XFile'in byte'larini readAsBytes ile oku ve Image.memory ile onizle, web'de de calissin",
    ],
    "images_assets-088": [
        "Uygulama koyu temadayken koyu logoyu, açık temadayken normal logoyu nasıl gösteririm?",
        "tema karanliksa logo_dark, aciksa normal logo asset'ini goster",
    ],
    "images_assets-089": [
        "Kampanya görselleri belli aralıklarla kendiliğinden değişsin ve biri diğerine yavaşça karışarak geçsin; bunu nasıl yaparım?",
        "Timer ile banner resmini degistir, AnimatedSwitcher ile resimler arasinda crossfade olsun",
    ],
    "images_assets-090": [
        "Kart resminin yalnızca üst iki köşesini nasıl yuvarlatırım?",
        "kartin ustundeki fotografta yalnizca tepedeki iki kose yuvarlak olsun, alt koseler keskin kalsin",
    ],
    "images_assets-091": [
        "Resmi bir kez indirip dosyaya kaydedip sonraki açılışlarda internetsiz nasıl gösteririm?",
        "url'deki resmi documents klasorune kaydet, dosya varsa tekrar indirmeden Image.file ile goster",
    ],
    "images_assets-092": [
        "Uzun resimli listede sıradaki resimleri ekrana gelmeden önce nasıl indirip hazırlarım?",
        "feed kaydirilirken sonraki 4 resmi precacheImage ile onceden yukle",
    ],
    "images_assets-093": [
        "Ekrandaki genişliğe ve piksel yoğunluğuna göre CDN'den uygun boyutlu resmi nasıl isterim?",
        "LayoutBuilder ile genisligi olc, devicePixelRatio ile carp ve cdn url'sine ?w= ile uygun boyutu ekle",
    ],
    "images_assets-095": [
        "cached_network_image ile büyük resim inerken yüzdeyi dairesel göstergede nasıl gösteririm?",
        "resim indirilirken progressIndicatorBuilder ile dairesel yuzde gostergesi cikar",
    ],
    "images_assets-3000": [
        "Pixel art karakter resmini büyütünce bulanıklaşmadan keskin kalması için ne yapmalıyım?",
        "kucuk sprite resmini buyuturken FilterQuality.none ile pikselleri keskin tut",
    ],
    "images_assets-3001": [
        "Sohbet balonu için köşeleri bozulmadan sadece ortası uzayan PNG arka planı nasıl kullanırım?",
        "9-patch gibi centerSlice vererek mesaj balonu resmini kenarlari bozulmadan esnet",
    ],
    "images_assets-3002": [
        "Opacity widget'ı kullanmadan bir resmi yarı saydam nasıl gösteririm?",
        "Image.asset'in opacity parametresine AlwaysStoppedAnimation vererek logoyu soluk goster",
    ],
    "images_assets-3003": [
        "Asset resmi bulunamazsa kırmızı hata ekranı yerine gri kutu nasıl gösteririm?",
        "Image.asset'e errorBuilder ver, dosya yoksa veya yol yanlissa gri bir kutu ciksin",
    ],
    "images_assets-3004": [
        "assets içindeki KVKK metin dosyasını okuyup kaydırılabilir sayfada nasıl gösteririm?",
        "kvkk.txt asset dosyasini yukle, yuklenirken spinner goster, sonra kaydirilabilir bir sayfada yaz",
    ],
    "images_assets-3005": [
        "Favorideyse dolu kırmızı kalp, değilse gri boş kalp ikonunu nasıl gösteririm?",
        "urun kartinda favori durumuna gore Icons.favorite kirmizi veya Icons.favorite_border gri goster",
    ],
})
PHRASINGS.update({
    "images_assets-3006": [
        "Kart köşesindeki küçük IconButton'ın etrafındaki fazla boşluğu ve dokunma alanını nasıl küçültürüm?",
        "kapat ikon butonunun padding'ini ve minimum boyutunu kucult, kartin kosesine siki otursun",
    ],
    "images_assets-3007": [
        "Sunucudan 'home', 'cart' gibi gelen ikon adını Flutter ikonuna nasıl çeviririm?",
        "string ikon adlarini sabit bir map ile IconData'ya esle, bilinmeyen ad icin varsayilan ikon goster",
    ],
    "images_assets-3008": [
        "Release build'de 'cannot tree shake icons' hatasının nedenini açıkla ve dinamik IconData yerine ne yapılacağını göster",
        "IconData'yi codePoint'ten uretince release derlemesi ikon tree shake hatasi veriyor, ne yapmaliyim?",
    ],
    "images_assets-3009": [
        "Spoiler resmini bulanık gösterip dokununca nasıl netleştiririm?",
        "spoiler iceren fotograf blur'lu gorunsun, kullanici tiklayinca bulaniklik kalksin",
    ],
    "images_assets-3010": [
        "Uint8List resim verisinin en ve boyunu ekrana koymadan nasıl öğrenirim?",
        "byte dizisindeki resmi instantiateImageCodec ile coz ve genislik yukseklik degerlerini don",
    ],
    "images_assets-3011": [
        "Ürün linkini ekranda QR kod olarak nasıl gösteririm?",
        "qr_flutter ile verilen url icin QrImageView ciz",
    ],
    "images_assets-3013": [
        "Çıkış yapıldığında cached_network_image'ın diskteki tüm resimlerini nasıl silerim?",
        "kullanici oturumu kapatinca resim disk onbellegini ve bellekteki resim cache'ini bosalt",
    ],
    "images_assets-3014": [
        "Ekrandaki network resmini yeniden indirmeden dosya olarak alıp paylaş",
        "gosterilen internet resmini cache'ten dosya olarak alip share_plus ile nasil paylasirim?",
    ],
    "images_assets-3015": [
        "transparent_image ile şeffaf yer tutucu kullanıp yüklenen resmi yavaşça nasıl gösteririm?",
        "kTransparentImage placeholder'li FadeInImage.memoryNetwork ile fotoyu fade-in yap",
    ],
    "images_assets-3016": [
        "FadeInImage'de resim yüklenemezse hata ikonu nasıl gösteririm?",
        "FadeInImage'e imageErrorBuilder ekle, network resmi hata verirse kirik resim ikonu ciksin",
    ],
    "images_assets-3017": [
        "Farklı boylardaki fotoğrafları Pinterest tarzı iki sütunlu ızgarada nasıl gösteririm?",
        "flutter_staggered_grid_view ile iki sutunlu masonry foto grid'i yap",
    ],
    "images_assets-3018": [
        "Değişken fontta yazı kalınlığını 650 gibi ara bir değere nasıl ayarlarım?",
        "variable font kullanan metinde FontVariation ile wght degerini 650 yap",
    ],
    "images_assets-3019": [
        "Rakamlar değişince sayaç metninin kaymaması için tüm rakamları aynı genişlikte nasıl yaparım?",
        "sayac ve fiyatlarda tabular figures kullan, rakamlar degisince yazi saga sola oynamasin",
    ],
    "images_assets-3021": [
        "İndirilen bir .ttf fontunu uygulama çalışırken nasıl yükleyip kullanırım?",
        "FontLoader ile dosyadaki ttf fontu calisma aninda yukle ve metinlerde o aileyi kullan",
    ],
    "images_assets-3022": [
        "Tasarım paketindeki fontu TextStyle'da package parametresiyle kullan",
        "baska bir paketin pubspec'inde tanimli fontu uygulamamda nasil kullanirim?",
    ],
    "images_assets-3023": [
        "Bütün uygulamanın fontunu google_fonts ile Poppins yapıp temadaki boyutları nasıl korurum?",
        "GoogleFonts.poppinsTextTheme ile tum uygulamanin yazi tipini poppins yap, tema text boyutlari bozulmasin",
    ],
    "images_assets-3024": [
        "Galeriden en fazla 30 saniyelik video seçip dosya yolunu nasıl alırım?",
        "image_picker pickVideo ile galeriden video sec, sure siniri 30 saniye olsun, yolunu don",
    ],
    "images_assets-3025": [
        "Galeriden aynı anda hem fotoğraf hem video seçtirmek için ne kullanırım?",
        "pickMultipleMedia ile kullanici tek seferde foto ve video secsin",
    ],
    "images_assets-3026": [
        "Fotoğrafı yüklemeden önce 1280 piksel ve %70 kaliteyle JPEG'e nasıl sıkıştırırım?",
        "flutter_image_compress ile resmi en fazla 1280 px ve yuzde 70 kaliteye indir",
    ],
    "images_assets-3027": [
        "Seçilen fotoğrafı JSON'la göndermek için base64 metne nasıl çeviririm?",
        "galeriden alinan resmi base64'e kodlayip sunucuya gidecek json govdesine koy",
    ],
    "images_assets-3030": [
        "Dikdörtgen bir fotoğraftan ortadaki kare bölümü alıp küçük önizleme resmi oluşturmak için ne yapmalıyım?",
        "resmin ortasindan kare kirp, 300x300'e kucult ve png byte'larini don",
    ],
    "images_assets-3031": [
        "BoxFit.contain ile scaleDown farkını küçük ve büyük resim örneğiyle açıkla",
        "contain kucuk resmi buyutuyor mu, scaleDown'dan farki ne?",
    ],
    "images_assets-3032": [
        "Resimler yüklendikçe liste satırlarının zıplamasını önlemek için yerini baştan ayır",
        "fotolar inince liste ogeleri asagi itiliyor ve ekran oynuyor; resim gelmeden yerini nasil sabitlerim?",
    ],
    "images_assets-3033": [
        "Albüm kapağının baskın rengini bulup arka planı o renk nasıl yaparım?",
        "palette_generator ile kapak resminden dominant rengi cikar ve header arka planina uygula",
    ],
    "images_assets-3034": [
        "Değişken ikonlarda ikonun içini doldurmak ve çizgi kalınlığını ayarlamak için ne kullanırım?",
        "Material Symbols tarzi ikonlarda fill ve weight degerlerini ayarla",
    ],
    "images_assets-3035": [
        "2 kat çözünürlükte gelen logoyu yarı boyutta ve net göstermek için scale nasıl verilir?",
        "sunucudaki 2x logoyu NetworkImage'a scale: 2 vererek keskin ve yarim boyutta goster",
    ],
    "images_assets-3039": [
        "Resmin üstüne yarı saydam siyah katman ve ortasına oynat ikonu nasıl eklerim?",
        "video onizlemesi yap: kucuk resim, ustunde koyu saydam perde ve ortada play ikonu",
    ],
    "images_assets-3040": [
        "Kendi çizim sınıfımda projedeki bir fotoğrafı yuvarlak kesilmiş şekilde nasıl çizerim?",
        "rootBundle ile resmi ui.Image'e cevir, canvas'ta clipPath ile yuvarlak ciz",
    ],
    "images_assets-3041": [
        "toImage ile alınan ekran görüntüsünü geçici klasöre PNG olarak nasıl kaydederim?",
        "ui.Image'i png byte'larina cevir ve getTemporaryDirectory altina dosya olarak yaz",
    ],
    "images_assets-3042": [
        "SVG logoyu oranını koruyarak üst widget'ın genişliğini dolduracak şekilde nasıl gösteririm?",
        "svg logo ebeveyn genisligini kaplasin, en boy orani bozulmasin",
    ],
    "images_assets-3043": [
        "Ayarlar listesinde her satırın başına assets'teki kendi PNG ikonumu nasıl koyarım?",
        "ListTile leading kismina asset png ikonu koyan tekrar kullanilabilir bir ayar satiri yaz",
    ],
    "images_assets-3044": [
        "CircleAvatar'a neden Image.asset verilemediğini açıkla ve AssetImage ile doğru kullanımı göster",
        "backgroundImage'a Image.asset yazinca hata veriyor, AssetImage ne ise yariyor?",
    ],
    "images_assets-3045": [
        "Ana resmin altına küçük resimler koyup tıklanınca büyük resmi nasıl değiştiririm?",
        "urun galerisi yap: ustte buyuk resim, altta thumbnail seridi, secilen thumbnail buyuk resme gelsin",
    ],
    "images_assets-3046": [
        "Bir resmin yalnızca üst yarısını gösterip alt yarısını nasıl keserim?",
        "ClipRect ve Align heightFactor 0.5 ile resmin ust yarisini goster",
    ],
    "images_assets-3047": [
        "Container kullanmadan tüm ekranı kaplayan asset arka planı ve ortasında yazı nasıl yaparım?",
        "DecoratedBox ile tam ekran arka plan resmi koy, ortasinda bir metin olsun",
    ],
    "images_assets-3049": [
        "Köşeleri yuvarlak kampanya resmine tıklanınca tarayıcıda sayfa nasıl açılır?",
        "kampanya banner'ina dokununca url_launcher ile linki ac, resim kenarlari yuvarlak olsun",
    ],
    "images_assets-3050": [
        "Asset yollarını elle yazmamak için flutter_gen'in ürettiği Assets sınıfını nasıl kullanırım?",
        "flutter_gen ile uretilen Assets.images... sabitleriyle resim goster, string yol yazma",
    ],
    "images_assets-3051": [
        "Animasyonlu GIF'in yalnızca ilk karesini sabit resim olarak nasıl gösteririm?",
        "gif'in ilk frame'ini codec ile al ve RawImage ile duragan goster",
    ],
    "images_assets-3052": [
        "Açılışta ana sayfanın büyük resmini önceden hazırlayıp beyaz boşluk görünmesini nasıl önlerim?",
        "splash sirasinda hero resmini precacheImage ile yukle, bitince ana sayfaya gec",
    ],
    "images_assets-3053": [
        "Bir ikonu açık renkli daire arka planlı rozet gibi nasıl gösteririm?",
        "ikonu yuvarlak, acik tonlu arka plani olan bir rozet icinde goster",
    ],
    "images_assets-3055": [
        "Çok büyük bir harita resmini yakınlaştırılabilir gösterip bellekte küçültülmüş decode etmeyi nasıl yaparım?",
        "8000 piksellik resmi InteractiveViewer'da goster ama ResizeImage ile ekran genisligine gore kucuk decode et",
    ],
    "images_assets-3056": [
        "Boş sepet illüstrasyonunu en fazla 200 piksel gösterip altına açıklama nasıl eklerim?",
        "sepet bosken ortada asset illustrasyon (max 200 px) ve altinda aciklama metni goster",
    ],
})

# --- localization --------------------------------------------------------------------
PHRASINGS.update({
    "localization-001": [
        "flutter_localizations'ı ekleyip MaterialApp'i Türkçe ve İngilizce destekli nasıl yaparım?",
        "uygulama turkce ve ingilizce dillerini desteklesin, MaterialApp'e global delegate'leri ve supportedLocales ekle",
    ],
    "localization-002": [
        "gen-l10n'in ürettiği AppLocalizations sınıfını MaterialApp'e bağla",
        "l10n.yaml ve arb dosyalariyla uretilen AppLocalizations'i MaterialApp'e delegate olarak ekle",
    ],
    "localization-003": [
        "ARB'deki bir metni widget içinde AppLocalizations ile nasıl gösteririm?",
        "arb dosyasindaki hos geldiniz ve giris yap metinlerini sayfada AppLocalizations.of(context) ile goster",
    ],
    "localization-004": [
        "ARB'de isim parametreli bir selamlama mesajı tanımla ve Dart tarafında çağır",
        "arb mesajina {name} placeholder'i ekle, ekranda kullanicinin adiyla selamlama goster",
    ],
    "localization-005": [
        "Okunmamış mesaj sayısına göre sıfır, bir ve çok için farklı metin veren ARB plural mesajını nasıl yazarım?",
        "arb dosyasinda count'a gore degisen plural mesaj tanimla: sifirda mesaj yok, birde tek mesaj, fazlasinda sayiyla yazsin",
    ],
    "localization-006": [
        "ARB'de select ile cinsiyete göre farklı metin nasıl döndürülür?",
        "arb select yapisiyla male/female/other icin ayri cevrimici metni yaz ve widget'ta kullan",
    ],
    "localization-007": [
        "ARB mesajında DateTime placeholder'ı tanımlayıp tarihin dile göre biçimlenmesini nasıl sağlarım?",
        "son gorulme mesajina DateTime tipli placeholder ekle, format yMMMd ile dile gore tarih yazsin",
    ],
    "localization-009": [
        "DateTime değerini başında sıfırlı, noktayla ayrılmış kısa Türk tarih biçimine nasıl çeviririm?",
        "DateFormat ile tarihi iki haneli gun, ay ve dort haneli yil olacak sekilde noktali formatla",
    ],
    "localization-010": [
        "Türkçe ay adları için LocaleDataException hatasını initializeDateFormatting ile gider",
        "DateFormat tr_TR ile LocaleDataException aliyorum, ay isimlerini turkce nasil gosteririm?",
    ],
    "localization-011": [
        "double fiyatı ₺1.234,50 biçiminde Türk lirası olarak nasıl gösteririm?",
        "tutari TL sembolu, nokta binlik ve virgul ondalik ayraciyla formatla",
    ],
    "localization-012": [
        "1234567 gibi büyük sayıları Türkçe binlik ayraçla nasıl gösteririm?",
        "sayilari turkce binlik ayracli yaz (1.234.567 seklinde)",
    ],
    "localization-013": [
        "0.25 gibi bir oranı Türkçe yüzde biçiminde (%25) nasıl yazarım?",
        "orani NumberFormat.percentPattern ile turkce yuzde olarak goster",
    ],
    "localization-014": [
        "Profilde 1200 yerine 1,2 B, 3.400.000 yerine 3,4 Mn yazsın istiyorum; sayıyı nasıl kısaltırım?",
        "takipci sayisini compact turkce formatta kisaltarak yazan widget yap",
    ],
    "localization-015": [
        "'1.234,56' gibi Türkçe yazılmış sayı metnini double'a nasıl çeviririm?",
        "turkce formatli sayi stringini nokta binlik virgul ondalik kabul ederek double'a parse et, hatada null don",
    ],
    "localization-017": [
        "Gönderi zamanını 'az önce', '5 dakika önce' gibi Türkçe göreli metne nasıl çeviririm?",
        "tarih farkina gore az once, x dakika once, x saat once, dun gibi turkce metin donduren timeAgo yaz",
    ],
    "localization-018": [
        "Bir tarihin Türkçe gün adını (Pazartesi, Salı...) nasıl bulurum?",
        "DateFormat EEEE ile verilen tarihin haftanin hangi gunu oldugunu turkce yazdir",
    ],
    "localization-019": [
        "Ay seçici için Ocak'tan Aralık'a Türkçe ay adları listesini nasıl üretirim?",
        "turkce ay isimlerini DateFormat ile uretip dropdown'da goster",
    ],
    "localization-020": [
        "Ayarlardan dil değişince uygulamanın yeniden başlamadan hemen yeni dile geçmesini ValueNotifier ile nasıl yaparım?",
        "secili dili ValueNotifier'da tut, degisince MaterialApp aninda yeni locale ile cizilsin",
    ],
    "localization-021": [
        "Seçilen dili shared_preferences'a kaydedip uygulama açılışında o dille nasıl başlatırım?",
        "kullanicinin dil secimini sakla ve uygulama tekrar acildiginda kayitli dili yukle",
    ],
    "localization-023": [
        "Cihaz dili Türkçeyse Türkçe, desteklenmiyorsa İngilizce açan localeResolutionCallback nasıl yazılır?",
        "desteklenmeyen cihaz dillerinde ingilizceye dus, turkce cihazda turkce ac",
    ],
    "localization-025": [
        "EdgeInsets.only(left) yerine EdgeInsetsDirectional.only(start) kullanmanın nedenini RTL örneğiyle açıkla",
        "cok dilli uygulamada neden left yerine start kullanmaliyim, EdgeInsetsDirectional ne fark eder?",
    ],
    "localization-026": [
        "RTL'de sağa, LTR'de sola kendiliğinden hizalanan bir etiket yap",
        "sag-sol yone gore otomatik hizalanmak icin AlignmentDirectional'in hangi degeri kullanilir?",
    ],
    "localization-027": [
        "Ekranın RTL olup olmadığını kontrol edip ileri okunu ona göre çevir",
        "kod icinde yazi yonunun sagdan sola mi oldugunu Directionality ile nasil anlarim?",
    ],
    "localization-028": [
        "Ok resmini RTL dillerde kendiliğinden aynalamak için ne yapmalıyım?",
        "sag ok asset'i arapca gibi dillerde matchTextDirection ile ters donsun",
    ],
    "localization-029": [
        "'istanbul'.toUpperCase() sonucunun neden 'ISTANBUL' olduğunu açıkla ve Türkçe doğru dönüşümü göster",
        "toUpperCase neden turkce i harfini I yapiyor, noktali buyuk i nasil elde edilir?",
    ],
    "localization-030": [
        "i harfini İ yapan Türkçe büyük harf extension'ı nasıl yazılır?",
        "turkce kurallara gore buyuk harfe ceviren toUpperCaseTr extension'i yaz",
    ],
    "localization-031": [
        "Türkçe küçük harfe çevirirken I'yı ı, İ'yi i yapmak için ne yazmalıyım?",
        "I harfini noktasiz i'ye cevirerek turkce dogru kucuk harf donusumu yapan fonksiyon yaz",
    ],
    "localization-033": [
        "Varsayılan sort 'Çetin'i Z'den sonraya atıyor; Türk harf sırasına uyan bir karşılaştırma nasıl yazılır?",
        "turk alfabesi sirasina gore karsilastirma yapan bir comparator yaz ve isim listesini sirala",
    ],
    "localization-034": [
        "Türkçe başlıktan URL slug'ı üretirken özel karakterleri nasıl çeviririm?",
        "basliktaki turkce harfleri latin karsiliklarina cevirip tireli kucuk harf slug uret",
    ],
    "localization-035": [
        "ARB olmadan Dart kodunda Intl.plural ile çoğul metin üret",
        "arb dosyasi kullanmadan intl paketiyle sepet urun sayisina gore cogul mesaj nasil yazilir?",
    ],
    "localization-036": [
        "intl için varsayılan locale'i bir kez ayarla, her formatlayıcıya tr_TR yazmak gerekmesin",
        "Intl.defaultLocale ile butun DateFormat ve NumberFormat'larin turkce calismasini nasil saglarim?",
    ],
    "localization-037": [
        "Intl.gender ile cinsiyete göre farklı karşılama metni nasıl döndürülür?",
        "kullanicinin cinsiyetine gore Bey/Hanim diye hitap eden karsilama fonksiyonu yaz",
    ],
    "localization-038": [
        "Aynı tutarı TL, dolar ve euro olarak her birinin kendi yerel biçimiyle nasıl gösteririm?",
        "para birimine gore dogru locale ile formatlayan formatMoney fonksiyonu yaz (TRY, USD, EUR)",
    ],
    "localization-039": [
        "Tutarı, dilin kendi para birimi işaretiyle yazan bir fonksiyon yaz; ₺ ya da $ işaretini ben vermeyeyim",
        "sembolu elle vermeden NumberFormat.simpleCurrency ile locale'e gore para formatla",
    ],
    "localization-040": [
        "Büyük ciro tutarlarını '₺1,5 Mn' gibi kısaltılmış nasıl gösteririm?",
        "buyuk para tutarlarini compactCurrency ile TL sembollu kisa formatta yaz",
    ],
    "localization-041": [
        "Tutar 7 de olsa 1234,5 de olsa hep kuruşlu ve binlik noktalı görünsün; buna uygun format tanımla",
        "#,##0.00 deseniyle turkce locale'de tutari nasil formatlarim?",
    ],
    "localization-042": [
        "Tarihi gün adıyla birlikte '25 Kasım 2024 Pazartesi' gibi uzun biçimde nasıl yazarım?",
        "tarihi gun ismiyle uzun turkce formatta goster, yMMMMEEEEd kullan",
    ],
    "localization-043": [
        "Saati 14:05 gibi 24 saat biçiminde nasıl gösteririm?",
        "DateFormat HH:mm ile saati 24 saatlik formatta yaz",
    ],
    "localization-044": [
        "Telefonda 24 saat ayarının açık olup olmadığına göre saati nasıl gösteririm?",
        "MediaQuery'deki alwaysUse24HourFormat ayarina bakip saati 24 veya 12 saatlik formatta yazan widget yap",
    ],
    "localization-045": [
        "showDatePicker'ın Türkçe açılıp haftanın pazartesi başlaması için ne yapmalıyım?",
        "tarih seciciyi turkce locale ile ac, takvim pazartesiden baslasin",
    ],
    "localization-046": [
        "Türkçe uygulamada Cupertino bileşenlerinin neden İngilizce kaldığını açıkla ve düzelt",
        "uygulama turkce ama CupertinoDatePicker ingilizce gorunuyor, neden?",
    ],
    "localization-047": [
        "BuildContext olmayan bir serviste AppLocalizations metinlerini kullan",
        "context yokken, mesela bildirim servisinde, ceviri metinlerine nasil erisirim?",
    ],
    "localization-048": [
        "AppLocalizations.of(context)! yerine context.l10n yazabilmek için extension nasıl yazılır?",
        "BuildContext'e l10n getter'i ekleyen extension yaz, ceviri erisimi kisalsin",
    ],
    "localization-049": [
        "ARB'de eksik çevirilerin ne olduğunu açıkla ve untranslated-messages-file ile eksikleri listele",
        "bir dilde ceviri anahtari eksikse ne olur, eksik olanlari nasil bulurum?",
    ],
    "localization-050": [
        "gen-l10n olmadan kendi LocalizationsDelegate'imle basit çeviri sistemi nasıl kurarım?",
        "kendi AppStrings sinifi ve LocalizationsDelegate'ini yazarak turkce/ingilizce ceviri yap",
    ],
})
PHRASINGS.update({
    "localization-051": [
        "assets/i18n altındaki tr.json ve en.json'dan çevirileri okuyup anahtarla metin veren sınıfı nasıl yazarım?",
        "json ceviri dosyalarini dile gore yukleyen ve anahtar verince metni donen bir translator sinifi yaz",
    ],
    "localization-052": [
        "easy_localization ve JSON çeviri dosyalarıyla uygulamayı iki dilli nasıl yaparım?",
        "easy_localization kur, tr.json ve en.json ile uygulamayi turkce/ingilizce calistir",
    ],
    "localization-053": [
        "easy_localization'da butona basınca dili İngilizceye nasıl çeviririm?",
        "easy_localization kullanan uygulamada butonla dili ingilizce yap (context.setLocale)",
    ],
    "localization-054": [
        "Locale('tr') ile Locale('tr', 'TR') farkını açıkla, supportedLocales'a hangisinin yazılacağını göster",
        "supportedLocales'a tr mi yazmaliyim tr_TR mi, ikisinin farki nedir?",
    ],
    "localization-055": [
        "AppLocalizations kullanan widget'ı Türkçe locale ile nasıl test ederim?",
        "widget testinde MaterialApp'i tr locale ve l10n delegate'leriyle sar, turkce buton metnini dogrula",
    ],
    "localization-056": [
        "Desteklenen dilleri açılır listede gösterip seçilen dile geçen bir dil seçici nasıl yazılır?",
        "DropdownButton ile dil secici yap, secilen dil uygulamanin locale'ini degistirsin",
    ],
    "localization-057": [
        "Görev değiştiricide görünen uygulama başlığını da dile göre değiştir",
        "MaterialApp title'i sabit kaliyor, uygulama basligi secili dile gore nasil degisir?",
    ],
    "localization-058": [
        "ar, fa, he gibi bir dil kodunun sağdan sola yazıldığını intl ile nasıl anlarım?",
        "Bidi.isRtlLanguage ile dil kodunun rtl olup olmadigina bak ve yorumu o yonde goster",
    ],
    "localization-059": [
        "Arapça locale'de arayüzün kendiliğinden sağdan sola dönüp dönmediğini açıkla, gereken ayarları göster",
        "uygulamayi arapca acinca ekran otomatik rtl olur mu, ne eklemem gerekir?",
    ],
    "localization-060": [
        "Çok dilli uygulamada TextAlign.start'ın TextAlign.left'ten farkını Arapça gibi sağdan sola dillerle açıkla",
        "metin hizalamada left yerine start kullanmak ne degistirir?",
    ],
    "localization-061": [
        "RTL sayfada telefon numarası ve IBAN satırının ters dizilmemesi için ne yapmalıyım?",
        "sayfa sagdan sola olsa bile telefon numarasi satirini her zaman soldan saga ciz",
    ],
    "localization-062": [
        "Stack'te rozeti LTR'de sağ üstte, RTL'de sol üstte tutmak için ne kullanırım?",
        "avatarin uzerindeki bildirim rozetini PositionedDirectional ile yone gore kosede konumlandir",
    ],
    "localization-063": [
        "Fiyat alanında kullanıcı yazdıkça değerin ₺1.234,56 biçimine dönüşmesini nasıl sağlarım?",
        "TextInputFormatter yaz, girilen rakamlari anlik olarak TL para formatina cevirsin",
    ],
    "localization-064": [
        "Türkçe çoğul kurallarının İngilizceden farkını ve ARB plural'da dikkat edilecekleri açıkla",
        "turkcede cogul kurali nasil, arb plural mesajinda other ve =0 neden onemli?",
    ],
    "localization-065": [
        "Haftanın günlerini Pzt, Sal gibi kısa Türkçe adlarla nasıl listelerim?",
        "takvim basligi icin kisa turkce gun adlarini DateFormat E ile uret",
    ],
    "localization-067": [
        "intl eklemeden tarihi aktif dile göre MaterialLocalizations ile nasıl biçimlerim?",
        "siparis tarihini MaterialLocalizations'in formatMediumDate gibi metotlariyla dile uygun goster",
    ],
    "localization-068": [
        "Geçen süreyi saat, dakika ve saniye kısaltmalarıyla okunur bir yazıya dönüştürmek için ne yapmalıyım?",
        "sureyi gun, saat, dakika ve saniye kisaltmalariyla turkce yazan fonksiyon yaz",
    ],
    "localization-069": [
        "API'den UTC gelen ISO tarihi yerel saate çevirip Türkçe nasıl gösteririm?",
        "Z ile biten utc tarihini toLocal ile yerel saate cevir ve turkce ay adiyla formatla",
    ],
    "localization-070": [
        "E-posta alanı boş ya da hatalıysa çıkan uyarı yazısı uygulamanın diline göre değişsin istiyorum, nasıl yaparım?",
        "e-posta alaninin validator hata metinlerini arb cevirilerinden al",
    ],
    "localization-071": [
        "Sipariş durumu enum'unu ekranda seçili dilin çevirisiyle nasıl gösteririm?",
        "OrderStatus enum'una AppLocalizations alip cevrilmis etiket donduren extension yaz",
    ],
    "localization-072": [
        "ARB'deki @@locale ve @ ile başlayan anahtarların görevini açıkla",
        "arb dosyasinda @@locale ve @anahtar seklindeki girdiler ne ise yarar?",
    ],
    "localization-073": [
        "Alarm satırındaki saat, uygulamanın diline ve telefonun 24 saatlik ayarına göre kendiliğinden doğru biçimde çıksın; nasıl yaparım?",
        "alarm saatini TimeOfDay.format(context) ile dile ve saat ayarina gore goster",
    ],
    "localization-074": [
        "Fiyatı kuruşsuz, sadece tam lira (₺1.250) olarak nasıl gösteririm?",
        "tutari TL sembollu ama ondaliksiz formatla, decimalDigits 0 olsun",
    ],
    "localization-075": [
        "Dile göre banner_tr.png veya banner_en.png resmini seç, dil yoksa İngilizceyi göster",
        "aktif dile gore farkli banner asset'i nasil secerim?",
    ],
    "localization-076": [
        "Cihazda tanımlı tercih edilen dillerin listesini sırasıyla al ve yazdır",
        "telefonun sistem ayarlarindaki dil listesini oncelik sirasina gore PlatformDispatcher ile al",
    ],
    "localization-077": [
        "DateFormat.yMd()'nin ülkeye göre farklı çıktı vermesini açıkla, sabit desenin ne zaman gerektiğini göster",
        "yMd iskeleti neden her locale'de farkli cikiyor, sabit 'dd.MM.yyyy' mi kullanayim?",
    ],
    "localization-078": [
        "Birden çok kelimeyi aralarına virgül, en sona da 've' koyarak tek cümlede nasıl yazarım?",
        "listeyi virgulle birlestir, son elemanin onune 've' koy",
    ],
    "localization-079": [
        "Takvimde hangi aydaysam o ayın adı ve yılı üstte dile uygun şekilde yazsın, nasıl yaparım?",
        "takvim basliginda aktif dile gore ay adi ve yili yazan widget yap",
    ],
    "localization-080": [
        "Fiyatta toStringAsFixed yerine NumberFormat kullanmanın nedenini örnekle açıkla",
        "fiyati toStringAsFixed(2) ile yazmak neden yanlis, NumberFormat ne fark eder?",
    ],
    "localization-081": [
        "Bir metinde ç, ğ, ı, ö, ş, ü gibi Türkçe harf olup olmadığını nasıl kontrol ederim?",
        "regex ile stringde turkceye ozgu karakter var mi bakan fonksiyon yaz",
    ],
    "localization-082": [
        "10 haneli telefon numarasını 0532 123 45 67 biçiminde nasıl gösteririm?",
        "telefon numarasindaki +90 veya bastaki sifiri temizleyip turkiye formatinda bosluklu yaz",
    ],
    "localization-083": [
        "Saati Türkçe 12 saatlik düzende ÖÖ/ÖS ile nasıl gösteririm?",
        "DateFormat h:mm a ile saati oglenden once/sonra ekiyle 12 saatlik yaz",
    ],
    "localization-084": [
        "Ad soyad alanına yalnızca Türkçe harf ve boşluk girilmesine nasıl izin veririm?",
        "isim alanina rakam ve sembol yazilamasin, FilteringTextInputFormatter ile sadece harf ve bosluk kabul et",
    ],
    "localization-085": [
        "AppLocalizations.of(context) sonundaki ünlemden kurtulmak için l10n.yaml'ı ayarla",
        "AppLocalizations.of(context)! deki unlemi kaldirmak icin ne yapmaliyim?",
    ],
    "localization-086": [
        "Sohbet listesinde son mesajın zamanı WhatsApp'taki gibi bugün/dün/tarih şeklinde nasıl yazılır?",
        "sohbet listesinde tarihi bugun/dun/gun ay seklinde gosteren etiket fonksiyonu yaz",
    ],
    "localization-087": [
        "Launcher'da görünen uygulama adının cihaz diline göre değişmesi için native dosyaları ayarla",
        "ana ekrandaki uygulama ismi telefon diline gore nasil degisir, nereye yazmaliyim?",
    ],
    "localization-088": [
        "Genel dili değiştirmeden sadece bir kod bloğundaki intl biçimlendirmelerini İngilizce nasıl yaparım?",
        "Intl.withLocale ile rapor metnindeki tarih ve para formatini sadece o blokta en_US yap",
    ],
    "localization-089": [
        "GlobalMaterialLocalizations, GlobalWidgetsLocalizations ve GlobalCupertinoLocalizations'ın görevlerini açıkla",
        "MaterialApp'e ekledigim uc global delegate ne ise yariyor, hangisi neyi cevirir?",
    ],
    "localization-090": [
        "Byte cinsinden dosya boyutunu KB, MB, GB'a çevirip Türkçe virgülle nasıl gösteririm?",
        "dosya boyutunu 1,5 MB gibi okunur hale getiren ve turkce ondalik kullanan fonksiyon yaz",
    ],
    "localization-091": [
        "Uygulama açıkken sistem dili değişirse bunu nasıl yakalarım?",
        "didChangeLocales ile telefonun dil degisikligini dinle ve gerekeni yap",
    ],
    "localization-092": [
        "Her kelimenin baş harfini Türkçe kurallarla büyütüp 'ilker ışık'ı 'İlker Işık' nasıl yaparım?",
        "turkce noktali/noktasiz i kurallarina uyan title case fonksiyonu yaz, her kelimenin ilk harfi buyuk olsun",
    ],
    "localization-094": [
        "Ondalık alanda virgülle yazılan sayıyı doğru double'a nasıl çeviririm?",
        "sayi kutusuna kullanici 3,5 yazsa da 3.5 olarak okunsun, deger degisince bildirsin",
    ],
    "localization-095": [
        "Başlangıç ve bitiş tarihini, ortak olan ay ve yılı iki kez yazmadan tek metinde nasıl gösteririm?",
        "iki tarihi gereksiz tekrar olmadan turkce aralik metnine ceviren fonksiyon yaz",
    ],
    "localization-3000": [
        "Şehir adına ünlü uyumuna göre doğru bulunma ekini (-da/-de/-ta/-te) nasıl eklerim?",
        "sehir ismine Ankara'da, Izmir'de, Sinop'ta gibi dogru ek getiren fonksiyon yaz",
    ],
    "localization-3001": [
        "İsimlere ünlü uyumuna göre doğru iyelik ekini ('nin, 'in, 'un) nasıl getiririm?",
        "isme unlu uyumuna ve unluyle bitip bitmedigine gore dogru iyelik ekini kesme isaretiyle ekleyen fonksiyon yaz",
    ],
    "localization-3002": [
        "Bir tutarı fatura için Türkçe yazıya nasıl çeviririm (1250 -> bin iki yüz elli)?",
        "sayiyi turkce kelimelerle yazan fonksiyon yaz, bin icin 'bir bin' demesin",
    ],
    "localization-3003": [
        "Sıra sayılarını İngilizcede 1st, 2nd, 3rd, Türkçede '1.' şeklinde nasıl üretirim?",
        "dil koduna gore ordinal uret: ingilizcede 11th/22nd kurallari, turkcede sonuna nokta",
    ],
    "localization-3004": [
        "IBAN'ı 4'erli gruplara ayırıp boşluklu nasıl gösteririm?",
        "iban'daki bosluklari temizle, buyuk harf yap ve dortlu gruplar halinde yaz",
    ],
    "localization-3005": [
        "Günün saatine göre Günaydın, İyi akşamlar gibi selamlamayı nasıl seçerim?",
        "saate gore gunaydin / iyi gunler / iyi aksamlar / iyi geceler donduren fonksiyon yaz",
    ],
    "localization-3006": [
        "Uygulama dilini Riverpod provider'ında tutup MaterialApp'in onu izlemesini nasıl sağlarım?",
        "secili Locale'i riverpod Notifier'da sakla, MaterialApp ref.watch ile dili guncellesin",
    ],
})
PHRASINGS.update({
    "localization-3007": [
        "Dil seçimini bir Cubit'te tutup MaterialApp'i BlocBuilder ile nasıl yeniden çizerim?",
        "flutter_bloc ile LocaleCubit yaz, dil degisince BlocBuilder MaterialApp'in locale'ini guncellesin",
    ],
    "localization-3008": [
        "Geleneksel ve Basitleştirilmiş Çinceyi ayrı diller olarak desteklemek için Locale'i scriptCode ile tanımla",
        "zh-Hans ve zh-Hant'i supportedLocales'ta ayri ayri nasil tanimlarim?",
    ],
    "localization-3010": [
        "TR, DE, US gibi ülke kodundan bayrak emojisini nasıl üretirim?",
        "iki harfli ulke kodunu regional indicator karakterleriyle bayrak emojisine ceviren fonksiyon yaz",
    ],
    "localization-3011": [
        "Intl.select ile kullanıcının rolüne göre farklı mesajı nasıl döndürürüm?",
        "admin, editor ve diger roller icin ayri karsilama metni donduren Intl.select fonksiyonu yaz",
    ],
    "localization-3012": [
        "intl'in aktif locale'ini Intl.getCurrentLocale ile loga yaz ve kısa dil koduna çevir",
        "Intl.getCurrentLocale ne doner, bunu 'tr' gibi kisa koda nasil cevirip loglarim?",
    ],
    "localization-3014": [
        "'No MaterialLocalizations found' hatasının nedenlerini açıkla ve çözümünü göster",
        "No MaterialLocalizations found hatasi neden cikar, nasil duzeltirim?",
    ],
    "localization-3015": [
        "gen-l10n'de app_localizations.dart import'unun bulunamamasının nedenlerini kontrol listesiyle açıkla",
        "flutter_gen/gen_l10n/app_localizations.dart bulunamiyor, pubspec ve l10n.yaml'da ne eksik olabilir?",
    ],
    "localization-3018": [
        "Tarihi Türkçe '1. çeyrek 2024' gibi çeyrek yıl olarak nasıl gösteririm?",
        "DateFormat QQQQ deseniyle tarihin hangi ceyrekte oldugunu turkce yaz",
    ],
    "localization-3019": [
        "Takipçi sayısını '1,2 milyon' gibi kelimeli uzun kısaltmayla nasıl yazarım?",
        "NumberFormat.compactLong ile sayiyi turkce 'bin', 'milyon' kelimeleriyle kisalt",
    ],
    "localization-3020": [
        "0.125 gibi bir oranı tek ondalıklı Türkçe yüzde (%12,5) olarak nasıl gösteririm?",
        "orani bir ondalik basamakli turkce yuzde formatina cevir",
    ],
    "localization-3021": [
        "Mesafeyi 1 km'den kısaysa metre, uzunsa virgüllü km olarak dile göre nasıl gösteririm?",
        "metre degerini locale'e gore formatla: 1000 altinda '850 m', ustunde '1,2 km'",
    ],
    "localization-3022": [
        "Sıcaklığı ABD'deki kullanıcıya Fahrenheit, diğerlerine Celsius olarak nasıl gösteririm?",
        "locale ulke kodu US ise fahrenheit'e cevir, degilse santigrat goster",
    ],
    "localization-3023": [
        "Yorumların ne kadar önce yazıldığını hazır bir paketle Türkçe olarak nasıl gösteririm?",
        "timeago'ya turkce mesajlari kaydet ve yorum zamanini goreli olarak yaz",
    ],
    "localization-3024": [
        "Toplantı saatini seçilen saat dilimine göre timezone paketiyle nasıl gösteririm?",
        "utc toplanti saatini Europe/Istanbul veya America/New_York gibi secili zaman dilimine cevir",
    ],
    "localization-3025": [
        "easy_localization'da 'Merhaba {name}' şablonuna isimli parametreyi nasıl geçerim?",
        "easy_localization tr() cagrisina namedArgs vererek isim ve bildirim sayisini doldur",
    ],
    "localization-3026": [
        "Sepet boşsa bir yazı, ürün varsa adediyle başka bir yazı çıksın; easy_localization'da bunu nasıl yaparım?",
        "sepet urun adedine gore plural() ile bos/tek/cok metnini goster",
    ],
    "localization-3027": [
        "easy_localization'da seçili dili silip cihaz diline dönen 'Sistem dili' seçeneğini nasıl eklerim?",
        "ayarlara sistem dili satiri ekle, basinca kayitli dil silinsin ve cihaz diline donulsun",
    ],
    "localization-3028": [
        "easy_localization'ı desteklenmeyen cihaz dilinde İngilizceye düşecek ve seçimi saklayacak şekilde nasıl kurarım?",
        "main'de EasyLocalization'i fallbackLocale en ve saveLocale acik olacak sekilde ayarla",
    ],
    "localization-3031": [
        "Çevirileri sunucudan JSON olarak indirip saklamak ve internet yokken son kopyayı kullanmak için ne yapmalıyım?",
        "uzak ceviri dosyasini indir, cihaza kaydet, baglanti yoksa kayitli dosyadan yukle",
    ],
    "localization-3032": [
        "Sadece tarih aralığı seçilebilen, başlığı ve butonları Türkçe olan tarih seçiciyi nasıl açarım?",
        "showDateRangePicker'i turkce locale ve turkce buton metinleriyle ac, tatil araligi sec",
    ],
    "localization-3033": [
        "Ay adını tam değil üç harfle kısaltarak tarihi Türkçe nasıl biçimlendiririm?",
        "DateFormat d MMM y ile tarihi kisaltilmis turkce ay adiyla yaz",
    ],
    "localization-3034": [
        "Sohbet ekranındaki tarih ayraçlarında gün adı ve tarihi yerel kalıpla nasıl gösteririm?",
        "mesajlar arasindaki tarih ayiricisinda 'Cum, 8 Mar' gibi gun ve tarihi aktif dile gore yaz",
    ],
    "localization-3035": [
        "Saati dilin tercihine göre 12 ya da 24 saatlik yazdıran intl biçimi hangisidir?",
        "DateFormat.jm ile saati locale'e gore 12 veya 24 saat formatinda yazdir",
    ],
    "localization-3036": [
        "Kredi kartının son kullanma tarihini AA/YY biçiminde nasıl gösteririm?",
        "kartin bitis tarihini iki haneli ay ve yilin son iki hanesiyle 04/27 gibi yaz",
    ],
    "localization-3037": [
        "Para tutarında ₺ başta olmasın, sayının arkasına TL yazılsın istiyorum; NumberFormat'ta bunu nasıl ayarlarım?",
        "NumberFormat.currency'de customPattern ile TL'yi tutarin sonuna koy",
    ],
    "localization-3038": [
        "Tam sayıda ondalık göstermeyen, kesirli sayıda en fazla iki ondalık gösteren Türkçe format nasıl yazılır?",
        "12'yi 12, 12.5'i 12,5 diye yazan akilli turkce sayi formati yap",
    ],
    "localization-3039": [
        "Bir sayıyı İngilizce bilimsel gösterimde nasıl yazdırırım?",
        "NumberFormat ile sayiyi 1.2E6 gibi scientific formatta yaz",
    ],
    "localization-3040": [
        "Sunucudan gelen hata kodlarını seçili dilde anlaşılır mesajlara nasıl çeviririm?",
        "INSUFFICIENT_BALANCE gibi hata kodlarini arb cevirilerine esle, bilinmeyen kodda genel mesaj goster",
    ],
    "localization-3041": [
        "Context olmadan cihaz diline göre AppLocalizations alıp bildirim metnini nasıl hazırlarım?",
        "lookupAppLocalizations ile cihaz dilinde (desteklenmiyorsa turkce) bildirim basligini olustur",
    ],
    "localization-3043": [
        "Dile göre uzayan buton metninin taşmaması için yazıyı nasıl ölçeklerim?",
        "almancada uzun gelen buton yazisi tasmasin, FittedBox ile metin kucultulsun",
    ],
    "localization-3044": [
        "Arapça gibi RTL dillerde geri/ileri ok ikonlarının otomatik aynalanmasını nasıl sağlarım?",
        "rtl dilde ok ikonlari ters donsun, kendi ikonum icin Transform.flip kullan",
    ],
    "localization-3046": [
        "GoRouter'da URL'ye dil kodu koyup (/tr/urunler, /en/products) dili rotadan nasıl belirlerim?",
        "go_router'da /:lang parametreli rota tanimla, url'deki dil koduna gore uygulama dilini sec",
    ],
    "localization-3047": [
        "Türkçe isim yazılan TextField'da her kelimenin baş harfi nasıl otomatik büyük olur?",
        "ad soyad alaninda textCapitalization.words ile kelimelerin bas harfi buyuk yazilsin",
    ],
    "localization-3048": [
        "Seçili dil ve ülkeyi 'tr-TR' gibi BCP-47 etiketiyle nasıl gösteririm?",
        "ayarlarda aktif locale'i toLanguageTag ile dil etiketi olarak goster",
    ],
    "localization-3050": [
        "Seçilen doğum gününü Türk kullanıcıya gün.ay.yıl, Amerikalıya ay/gün/yıl olarak nasıl yazdırırım?",
        "secilen dogum tarihini DateFormat.yMd ile aktif dile uygun kisa formatta yaz",
    ],
    "localization-3052": [
        "Metni kelimeyi bölmeden en fazla 20 karakterle kısaltıp üç nokta nasıl eklerim?",
        "uzun yaziyi son bosluktan kirp, 20 karakteri gecmesin ve sonuna ... ekle",
    ],
    "localization-3054": [
        "Saniye olarak verilen şarkı süresini '3:07' biçiminde nasıl gösteririm?",
        "toplam saniyeyi dakika:saniye olarak yaz, saniye tek haneliyse basina sifir gelsin",
    ],
    "localization-3055": [
        "Cihazın saat diliminden bağımsız olarak mağazanın Türkiye saatine göre açık olup olmadığını nasıl hesaplarım?",
        "utc+3 istanbul saatine cevirip magaza 09-21 arasi acik mi kontrol eden fonksiyon yaz",
    ],
    "localization-3056": [
        "intl'de 'tr' ile 'tr_TR' arasında format farkı olup olmadığını ve locale adlarının nasıl eşlendiğini açıkla",
        "Locale('tr') kullaninca intl'de tr_TR'den farkli tarih formati cikar mi?",
    ],
    "localization-3057": [
        "Kendi LocalizationsDelegate'imde ilk karede boş metin görünmemesi için çevirileri nasıl senkron yüklerim?",
        "delegate'in load metodunda SynchronousFuture don, ceviriler ilk frame'de hazir olsun",
    ],
})

# --- testing -------------------------------------------------------------------------
PHRASINGS.update({
    "testing-001": [
        "İki sayıyı toplayan fonksiyon için basit bir unit test yaz",
        "add fonksiyonunun dogru topladigini test() ve expect ile kontrol et",
    ],
    "testing-002": [
        "İlgili testleri group altında topla, hesap makinesi örneğiyle göster",
        "Calculator testlerini tek bir group icinde nasil toplarim?",
    ],
    "testing-003": [
        "Her testten önce setUp ile yeni bir Counter oluştur, testler birbirini etkilemesin",
        "her test temiz bir nesneyle baslasin diye setUp nasil kullanilir?",
    ],
    "testing-004": [
        "Her testten sonra StreamController'ı tearDown ile nasıl kapatırım?",
        "testlerde olusturulan StreamController'i tearDown icinde close et",
    ],
    "testing-005": [
        "setUp ile setUpAll farkını örnekle açıkla",
        "setUp her testte mi calisir, setUpAll'dan farki ne?",
    ],
    "testing-007": [
        "Özel exception sınıfımın fırlatıldığını ve mesajının doğru olduğunu nasıl test ederim?",
        "cuzdandan bakiyeden fazla para cekince InsufficientFundsException atildigini ve mesajini throwsA ile test et",
    ],
    "testing-008": [
        "Listenin uzunluğunu ve belirli elemanları içerdiğini matcher'larla test et",
        "hasLength, contains ve containsAll ile liste testi nasil yazilir?",
    ],
    "testing-009": [
        "Kayan nokta sonucu dönen hesabı closeTo ile tolerans vererek test et",
        "double donen fonksiyonda yuvarlama farki testi bozmasin, nasil karsilastiririm?",
    ],
    "testing-010": [
        "Map'te belirli bir anahtar-değer çiftinin olduğunu nasıl test ederim?",
        "toJson sonucunda containsPair ile name ve age alanlarini dogrula",
    ],
    "testing-011": [
        "String sonucu startsWith ve regex ile test et",
        "siparis kodunun formatini startsWith, endsWith ve matches ile nasil test ederim?",
    ],
    "testing-012": [
        "Puanın hem 0'dan büyük hem 100'den küçük olduğunu, durumun da birkaç değerden biri olduğunu ayrı ayrı tek expect'lerle kontrol et",
        "tek bir expect icinde hem buyuktur hem kucuktur kontrolunu nasil yaparim?",
    ],
    "testing-013": [
        "Dönen nesnenin tipini ve alanlarını isA ve having ile nasıl kontrol ederim?",
        "parseUser sonucunun User oldugunu ve name/age alanlarini isA<User>().having ile test et",
    ],
    "testing-014": [
        "Sayının çift olduğunu kontrol eden özel bir Matcher sınıfı yaz ve testte kullan",
        "Matcher'dan tureyen kendi matcher'imi nasil yazarim, cift sayi ornegi verir misin?",
    ],
    "testing-015": [
        "Future dönen bir fonksiyon için async test yaz",
        "async fonksiyonun sonucunu testte await ile bekleyip nasil kontrol ederim?",
    ],
    "testing-016": [
        "Future'ın belirli bir hatayla bittiğini expectLater ile nasıl test ederim?",
        "loadUser gecersiz id'de NotFoundException ile bitiyor mu, expectLater ve throwsA ile test et",
    ],
    "testing-018": [
        "Stream'in önce veri sonra hata yaydığını emitsError ile test et",
        "stream'in hata firlattigini emitsInOrder ve emitsError ile nasil dogrularim?",
    ],
    "testing-019": [
        "Stream'de aradaki değerleri atlayıp son değeri nasıl doğrularım, bir değerin hiç gelmediğini nasıl test ederim?",
        "indirme durumu stream'inde emitsThrough ile 'bitti'ye ulasildigini, neverEmits ile hata gelmedigini test et",
    ],
    "testing-020": [
        "Timer kullanan debouncer'ı fake_async ile beklemeden test et",
        "debouncer'in 300 ms sonra calistigini testte saniyelerce beklemeden nasil dogrularim?",
    ],
    "testing-021": [
        "Uzun süren bir teste timeout parametresiyle zaman aşımı ver",
        "yavas bir test icin varsayilan sure yerine ozel zaman asimi nasil verilir?",
    ],
    "testing-022": [
        "Bir testi skip parametresiyle geçici olarak devre dışı bırak",
        "bir testi silmeden gecici olarak nasil atlarim?",
    ],
    "testing-023": [
        "Yavaş testleri 'slow' etiketiyle işaretle, sadece onları çalıştır veya hariç tut",
        "testlere tag verip flutter test --tags ile secerek calistirmak nasil yapilir?",
    ],
    "testing-024": [
        "Aynı testi farklı girdi ve beklenen çıktılarla döngüde nasıl çalıştırırım?",
        "e-posta dogrulama icin girdi/sonuc tablosu olustur ve her satir icin ayri test uret",
    ],
    "testing-025": [
        "addTearDown'ın görevini açıkla ve testte oluşturulan controller'ı onunla temizle",
        "test icinde olusturdugum TextEditingController'i nasil dispose ederim, addTearDown ne yapar?",
    ],
    "testing-027": [
        "Sayaç sayfasında + butonuna basılınca sayının arttığını widget testiyle nasıl doğrularım?",
        "artir butonuna tap yap, pump et ve ekrandaki sayinin 0'dan 1'e ciktigini test et",
    ],
    "testing-028": [
        "TextField'a yazıp butona basınca sonucun ekranda çıktığını nasıl test ederim?",
        "enterText ile metin kutusuna yaz, butona bas ve yazilan metnin gorundugunu widget testinde kontrol et",
    ],
    "testing-029": [
        "Butonu ValueKey ile bulup tıklayan bir widget testi yaz",
        "widget testinde key verilen butonu nasil bulup tiklarim?",
    ],
    "testing-030": [
        "Ekranda CircularProgressIndicator olduğunu find.byType ile test et",
        "belirli bir widget tipinin ekranda olup olmadigini testte nasil anlarim?",
    ],
    "testing-031": [
        "Listede tam 5 ListTile çizildiğini nasıl test ederim?",
        "ListView'da bes ListTile oldugunu findsNWidgets ile dogrula",
    ],
    "testing-032": [
        "Belirli bir kartın içindeki silme butonunu find.descendant ile bulup tıkla",
        "ayni butondan birden fazla varken sadece ikinci karttakini testte nasil bulurum?",
    ],
    "testing-033": [
        "Kırmızı renkli hata metnini find.byWidgetPredicate ile nasıl bulurum?",
        "ozel bir kosula uyan Text widget'larini predicate ile bulan widget testi yaz",
    ],
    "testing-034": [
        "Animasyonlu geçiş bittikten sonra widget'ın göründüğünü pumpAndSettle ile test et",
        "fade animasyonu bittikten sonra kutunun gorundugunu testte nasil kontrol ederim?",
    ],
    "testing-035": [
        "pump ve pumpAndSettle farkını açıkla, sonsuz animasyonda hangisinin kullanılacağını göster",
        "pump ile pumpAndSettle ne zaman kullanilir, farklari ne?",
    ],
    "testing-036": [
        "Birkaç saniye sonra mesaj gösteren widget'ı pump'a süre vererek test et",
        "gecikmeli mesaj gosteren widget testinde zamani beklemeden nasil ilerletirim?",
    ],
    "testing-037": [
        "Uzun listede ekranda görünmeyen elemana kaydırıp onu bulmayı nasıl test ederim?",
        "scrollUntilVisible ile 100 satirlik listede 50. satira kaydir ve gorundugunu dogrula",
    ],
    "testing-038": [
        "Liste elemanını sola kaydırıp silindiğini nasıl test ederim?",
        "Dismissible ogesini drag ile sola surukle, listeden kalktigini widget testiyle kontrol et",
    ],
    "testing-039": [
        "Butona basılınca yeni sayfanın açıldığını widget testiyle doğrula",
        "butona tiklayip pumpAndSettle sonrasi detay sayfasinin acildigini test et",
    ],
    "testing-040": [
        "Form boşken gönderilince doğrulama hatasının göründüğünü nasıl test ederim?",
        "bos login formunda gonder butonuna bas ve zorunlu alan hata mesajinin ciktigini dogrula",
    ],
    "testing-041": [
        "Checkbox'a tıklanınca işaret durumunun değiştiğini nasıl test ederim?",
        "sartlari kabul checkbox'ina tap yap, value'nun false'tan true'ya gectigini kontrol et",
    ],
    "testing-042": [
        "Widget testinde longPress ile uzun basmayı simüle et ve callback'in çalıştığını doğrula",
        "testte bir widget'a uzun basma hareketi nasil yapilir?",
    ],
    "testing-043": [
        "Sil butonuna basınca onay diyaloğunun açılıp İptal ile kapandığını nasıl test ederim?",
        "silme onay dialogu acildi mi kontrol et, iptal'e basinca dialogun kapandigini dogrula",
    ],
    "testing-044": [
        "Kaydet'e basılınca SnackBar'ın çıktığını widget testiyle doğrula",
        "snackbar gosterildigini testte nasil kontrol ederim?",
    ],
    "testing-045": [
        "Widget testinde widget'ı MaterialApp ile sarmanın nedenini açıkla ve yardımcı wrap fonksiyonu yaz",
        "test ederken widget'i neden MaterialApp icine koymam gerekiyor?",
    ],
    "testing-047": [
        "Widget testinde ekran boyutunu telefon ölçüsüne ayarla ve mobil düzeni doğrula",
        "widget testinde ekran genisligini nasil degistiririm, telefon boyutu nasil verilir?",
    ],
    "testing-049": [
        "Kart widget'ının görüntüsünü referans PNG ile karşılaştıran golden test yaz",
        "golden test nasil yazilir, matchesGoldenFile ile kart ekran goruntusu nasil karsilastirilir?",
    ],
    "testing-050": [
        "Golden dosyalarını güncelleme komutunu ve CI'da farklı sonuç çıkmasının sebebini açıkla",
        "golden png'leri nasil guncellerim, CI'da neden farkli cikiyorlar?",
    ],
})
PHRASINGS.update({
    "testing-051": [
        "mocktail ile repository'yi nasıl mock'larım ve metodun ne döneceğini nasıl ayarlarım?",
        "SettingsRepository icin mocktail mock'u olustur, isDarkMode true donsun diye when ile ayarla",
    ],
    "testing-052": [
        "Mocktail'de Future dönen metodu thenAnswer ile stub'la",
        "fetchUser gibi async bir metodun donus degerini mocktail'de thenAnswer kullanarak ayarla",
    ],
    "testing-053": [
        "Bir metodun tam bir kez, diğerinin hiç çağrılmadığını mocktail ile nasıl doğrularım?",
        "verify(...).called(1) ve verifyNever ile analytics cagrilarini kontrol et",
    ],
    "testing-054": [
        "mocktail'de kendi sınıfımla any() kullanabilmek için registerFallbackValue ekle",
        "kendi model sinifimi any() ile eslestirince hata aliyorum, fallback value nasil kaydedilir?",
    ],
    "testing-055": [
        "İsimli parametreli metodu mocktail'de any(named:) ile stub'la",
        "page ve limit gibi named parametreleri olan metodu mocktail ile nasil stub'larim?",
    ],
    "testing-056": [
        "Sahte API hata fırlattığında hava durumu servisinin nasıl davrandığını nasıl test ederim?",
        "mock hava durumu api'si thenThrow ile hata atsin, servisin bu hatayi nasil isledigini test et",
    ],
    "testing-057": [
        "Mock ile Fake farkını açıkla, hangisinin ne zaman seçileceğini örnekle göster",
        "testte mock mu kullanmaliyim yoksa elle yazilmis fake mi, farklari ne?",
    ],
    "testing-058": [
        "Mock'lanan metoda gönderilen argümanı nasıl yakalarım?",
        "logger mock'una giden mesaji verify ve captureAny ile yakalayip icerigini kontrol et",
    ],
    "testing-059": [
        "Sohbet odasından mesaj akışı veren repository'yi testte sahte mesajlar yayacak şekilde ayarla",
        "mesaj stream'i donen repository'yi mocktail ile nasil stub'larim?",
    ],
    "testing-060": [
        "http ile istek atan fonksiyonu MockClient kullanarak ağa çıkmadan test et",
        "http isteklerini gercek sunucuya gitmeden test etmek icin ne yapmaliyim?",
    ],
    "testing-061": [
        "ChangeNotifier'ın değer değişince dinleyicilerini bilgilendirdiğini nasıl test ederim?",
        "sepet modeline addListener ile sayac bagla, add cagrilinca listener'in calistigini dogrula",
    ],
    "testing-062": [
        "ChangeNotifierProvider ile sarılı bir widget'ı test ederken modeli nasıl veririm?",
        "provider kullanan sayac widget'ini testte ChangeNotifierProvider ile sar ve arttirmayi test et",
    ],
    "testing-063": [
        "bloc_test ile Cubit'in increment metodunu nasıl test ederim?",
        "blocTest ile sayac cubit'inde increment sonrasi [1] state'inin yayildigini dogrula",
    ],
    "testing-064": [
        "Ek test paketi olmadan, Cubit'in sırayla hangi değerleri yaydığını nasıl kontrol ederim?",
        "cubit.stream'i emitsInOrder ile dinle, tick ve reset sonrasi state sirasini kontrol et",
    ],
    "testing-065": [
        "Ürün yükleyen Cubit'in loading, success ve error durumlarını mock repository ile nasıl test ederim?",
        "blocTest ve mocktail ile urun cubit'inin basari ve hata senaryolarindaki state sirasini test et",
    ],
    "testing-066": [
        "Widget testinde MockCubit kullanarak ekrana belirli bir state ver",
        "sayac etiketini test ederken gercek cubit yerine sahtesini verip ekranda 42 gorunsun istiyorum, nasil yaparim?",
    ],
    "testing-067": [
        "ValueNotifier değeri değişince dinleyicinin tetiklendiğini nasıl test ederim?",
        "ValueNotifier'a listener ekle, deger degisince tetiklendigini ayni degerde tetiklenmedigini test et",
    ],
    "testing-068": [
        "integration_test ile uygulamayı açıp sayacı artıran basit bir uçtan uca test yaz",
        "uygulamanin tamamini cihazda calistirip tiklayan bir test nasil yazilir?",
    ],
    "testing-069": [
        "Integration testlerini gerçek cihazda veya emülatörde çalıştırma komutlarını açıkla",
        "integration testleri emulator ya da telefonda nasil calistiririm?",
    ],
    "testing-070": [
        "Integration testte liste kaydırma performansını nasıl ölçüp raporlarım?",
        "traceAction ile kaydirma suresince zaman cizelgesini kaydet, sonuc bir rapor anahtariyla cikarilsin",
    ],
    "testing-071": [
        "FutureBuilder'lı widget'ta önce yükleniyor sonra verinin göründüğünü test et",
        "future ile veri yukleyen widget testinde once spinner'i sonra gelen veriyi nasil kontrol ederim?",
    ],
    "testing-072": [
        "SharedPreferences'ı testte önceden dolu başlat; onboarding_done true verildiğinde sınıfın true döndüğünü, boşken false döndüğünü kontrol et",
        "shared_preferences okuyan sinifi test ederken baslangic verisini nasil veririm?",
    ],
    "testing-073": [
        "Test başarısız olunca anlaşılır mesaj çıksın diye expect'e reason ekle",
        "expect basarisiz oldugunda kendi aciklamami gosterebilir miyim?",
    ],
    "testing-074": [
        "İki nesnenin değerce eşit olduğunu test etmek için sınıfa == ve hashCode nasıl eklenir?",
        "Point sinifina deger esitligi ekle ve testte equals ile karsilastir",
    ],
    "testing-075": [
        "Metnin yalnızca bir kısmını bildiğim widget'ı testte nasıl bulurum?",
        "'Siparis No: 123' gibi metni find.textContaining ile parcasindan veya regex ile bul",
    ],
    "testing-076": [
        "Tooltip'i olan IconButton'u testte find.byTooltip ile bul ve tıkla",
        "ikon butonunu tooltip metninden bulup tiklayan widget testi yaz",
    ],
    "testing-077": [
        "Butona basınca verilen onPressed callback'inin çağrıldığını nasıl test ederim?",
        "kaydet butonuna tap yap ve onSave callback'inin calistigini bir bayrakla dogrula",
    ],
    "testing-078": [
        "Ürün modelinin JSON'a çevrilip geri okununca aynı kaldığını nasıl doğrularım?",
        "Product icin json'dan nesneye ve nesneden json'a donusumu gidip gelme testiyle dogrula",
    ],
    "testing-079": [
        "Null dönebilen fonksiyonu isNull ve isNotNull matcher'larıyla nasıl test ederim?",
        "plaka kodundan sehir bulan fonksiyonda bilinen kodun null olmadigini, bilinmeyenin null oldugunu test et",
    ],
    "testing-080": [
        "Switch'e tıklayınca açılıp kapandığını nasıl test ederim?",
        "bildirim switch'ine tap yap ve degerinin true'dan false'a gectigini widget testinde kontrol et",
    ],
    "testing-081": [
        "Butonun pasif olduğunu widget testinde kontrol et",
        "ElevatedButton'in onPressed null oldugunu yani tiklanamadigini testte dogrula",
    ],
    "testing-082": [
        "Unit, widget ve integration test farklarını birer örnekle açıkla",
        "unit test, widget test ve integration test arasinda ne fark var, hangisi ne zaman yazilir?",
    ],
    "testing-083": [
        "Flutter testlerinden kod kapsama raporu üretme adımlarını açıkla",
        "flutter test --coverage ile lcov raporu nasil alinir, html'e nasil cevrilir?",
    ],
    "testing-084": [
        "Test dosyalarının nereye konacağını ve tek bir testin adıyla nasıl çalıştırılacağını açıkla",
        "test dosyalarimi hangi klasore koymaliyim, sadece bir testi ismiyle nasil calistiririm?",
    ],
    "testing-085": [
        "Bağımlılıkları constructor'dan vermenin test yazmayı nasıl kolaylaştırdığını örnekle açıkla",
        "dependency injection test icin neden onemli, sahte api'yi sinifa nasil veririm?",
    ],
})
PHRASINGS.update({
    "testing-086": [
        "expect ile expectLater farkını açıkla, await gereken durumu örnekle göster",
        "expectLater ne zaman gerekir, expect'ten farki ne?",
    ],
    "testing-087": [
        "Butona basınca yeni route push edildiğini mock NavigatorObserver ile nasıl doğrularım?",
        "mocktail ile NavigatorObserver mock'la ve didPush'un cagrildigini verify et",
    ],
    "testing-088": [
        "MethodChannel kullanan kodu testte sahte handler ile mock'la",
        "platform tarafi olmadan methodchannel cagrisini testte nasil taklit ederim?",
    ],
    "testing-089": [
        "testWidgets içinde gerçek dosya okumanın neden takıldığını açıkla ve tester.runAsync ile çöz",
        "widget testinde gercek I/O bitmiyor, runAsync ne ise yarar?",
    ],
    "testing-092": [
        "Mocktail'de önce connect sonra send çağrıldığını sırayla nasıl doğrularım?",
        "verifyInOrder ile socket mock'unda connect, send ve close siralamasini kontrol et",
    ],
    "testing-093": [
        "Widget testinde klavyedeki ara tuşuna basılmasını simüle et ve gönderilen metni doğrula",
        "testte TextField'da search tusuna basmayi testTextInput.receiveAction ile nasil yaparim?",
    ],
    "testing-094": [
        "DateTime.now() yerine clock.now() kullanıp testte saati sabit bir tarihe ayarla",
        "saate gore selam veren fonksiyonu clock paketiyle sabit zamanda nasil test ederim?",
    ],
    "testing-095": [
        "Riverpod'lu widget testinde repository provider'ını fake ile nasıl override ederim?",
        "ProviderScope overrides ile gercek repository yerine fake ver, ekranda test sozunun ciktigini dogrula",
    ],
    "testing-2000": [
        "Başlıkta ve butonda aynı 'Kaydet' yazısı varken sadece butondakine basan test yaz",
        "ekranda iki ayni metin varken testte butonun icindekini nasil secip tiklarim?",
    ],
    "testing-2002": [
        "'Ayşe' yazısından yukarı çıkarak ListTile'ı bul ve seçili olduğunu doğrula",
        "metni iceren ListTile'i find.ancestor ile bulup selected ozelligini testte nasil kontrol ederim?",
    ],
    "testing-2003": [
        "Detay sayfasında AppBar geri okuna basınca listeye dönüldüğünü, butonu elle aramadan nasıl test ederim?",
        "tester.pageBack ile detay sayfasindan geri don ve liste sayfasinin gorundugunu dogrula",
    ],
    "testing-2005": [
        "Widget testinde State nesnesine erişip sayaç değerini doğrudan kontrol et",
        "testte tester.state ile StatefulWidget'in state'ine ulasip sayaci okuyabilir miyim?",
    ],
    "testing-2007": [
        "500 ms debounce'lu aramanın süre dolmadan yapılmadığını, dolunca yapıldığını widget testinde nasıl doğrularım?",
        "arama kutusuna yaz, 300 ms sonra aramanin yapilmadigini, 500 ms gecince yapildigini test et",
    ],
    "testing-2009": [
        "Yazı boyutu çok büyütülünce ürün kartının taşma hatası vermediğini nasıl test ederim?",
        "buyuk font olceginde kartta overflow olmadigini widget testiyle kontrol et",
    ],
    "testing-2010": [
        "Sürekli dönen yükleniyor göstergesi varken pumpAndSettle'ın zaman aşımına düşmesini açıkla ve pump ile çöz",
        "ekranda donen CircularProgressIndicator varken pumpAndSettle neden timed out veriyor?",
    ],
    "testing-2011": [
        "'A Timer is still pending' hatasının anlamını açıkla, timer'ı iptal ederek veya zamanı ilerleterek düzelt",
        "widget testi 'Timer is still pending' diye bitiyor, bu ne demek ve nasil duzelir?",
    ],
    "testing-2012": [
        "rootBundle okuyan fonksiyonu düz test() içinde çalıştırınca çıkan binding hatasını ensureInitialized ile gider",
        "test() icinde asset okuyunca 'Binding has not yet been initialized' hatasi neden cikiyor?",
    ],
    "testing-2013": [
        "Tüm test dosyalarından önce çalışacak ortak ayarları flutter_test_config.dart'a yaz",
        "her test dosyasina yazmadan ortak setUp'i tek bir yerde nasil tanimlarim?",
    ],
    "testing-2014": [
        "Sırası değişebilen liste sonucunu içeriğe göre sıradan bağımsız nasıl karşılaştırırım?",
        "set'ten uretilen etiket listesini unorderedEquals ile siraya bakmadan test et",
    ],
    "testing-2015": [
        "Zar fonksiyonunun hep 1-6 arasında değer döndürdüğünü nasıl test ederim?",
        "sabit seed'li Random ile zari bin kez at, her sonucun 1 ile 6 arasinda oldugunu dogrula",
    ],
    "testing-2016": [
        "Tam bir Matcher sınıfı yazmadan tüm e-postaların '@' içerdiğini predicate ile test et",
        "listedeki her e-postada @ oldugunu tek seferlik bir kosulla nasil test ederim?",
    ],
    "testing-2017": [
        "Ekranın dışında kalan 'Kayıt ol' butonuna testte önce nasıl kaydırıp sonra basarım?",
        "uzun formun en altindaki butonu ensureVisible ile gorunur yap ve tap et",
    ],
    "testing-2018": [
        "IndexedStack'in görünmeyen sekmesindeki metni testte bul",
        "find.text ekranda olmayan widget'i bulamiyor, skipOffstage: false ile arama nasil yapilir?",
    ],
    "testing-2019": [
        "Üst widget'tan gelen isim değişince ekranın yenilendiğini ve didUpdateWidget'ın tetiklendiğini nasıl test ederim?",
        "ayni widget'i farkli isimle tekrar pumpWidget et, ekrandaki selamlamanin degistigini dogrula",
    ],
    "testing-2020": [
        "debugPrint ile yazılan uyarıyı testte yakalayıp doğrula",
        "fonksiyonun debugPrint ile uyari bastigini testte nasil yakalarim?",
    ],
    "testing-2021": [
        "blocTest'te cubit'i hazır bir state'ten (sepette 2 ürün) başlatmak için ne kullanırım?",
        "blocTest seed parametresiyle sepet cubit'ini dolu state'ten baslat ve clear'i test et",
    ],
    "testing-2023": [
        "mocktail'de dil kodu 'tr' ile başlıyorsa 'Merhaba', değilse 'Hello' dönecek stub'ı nasıl yazarım?",
        "any(that: startsWith('tr')) ile cevirmen mock'unu dile gore farkli cevap verecek sekilde ayarla",
    ],
    "testing-2024": [
        "Mock'lanan save metodunun kendisine verilen nesneyi aynen döndürmesini sağla",
        "mock kayit metodu aldigi nesneyi geri donsun istiyorum, thenAnswer'da argumani nasil alirim?",
    ],
    "testing-2025": [
        "Mock AuthService'teki isLoggedIn getter'ını true döndürecek şekilde stub'la",
        "mocktail'de metot degil getter'i nasil stub'larim, isLoggedIn true donsun?",
    ],
    "testing-2026": [
        "Stub'lanmamış Future<void> metodunun neden Null hatası verdiğini açıkla ve logout'u stub'la",
        "mocktail'de logout'u cagirinca 'Null is not a subtype of Future<void>' hatasi neden geliyor?",
    ],
    "testing-2028": [
        "dart:io File kullanan testi web'de değil sadece VM'de nasıl çalıştırırım?",
        "File kullanan test chrome'da patliyor, testOn: 'vm' ile sadece vm'de calissin",
    ],
    "testing-2029": [
        "Test başarısız olunca hangi girdide kaldığını görmek için printOnFailure ile ek bilgi yazdır",
        "sadece test basarisiz olursa gorunen ek cikti nasil yazilir?",
    ],
    "testing-2030": [
        "Sıralama uygulandıktan sonra hangi meyvenin ekranda daha üstte durduğunu testte nasıl karşılaştırırım?",
        "tester.getTopLeft ile iki metnin dikey konumunu karsilastir, armut elmanin ustunde olsun",
    ],
    "testing-2032": [
        "Birlikte çalışınca kalan testlerde paylaşılan mock sorununu açıkla, mock'u setUp'ta yeniden oluştur",
        "testler tek tek geciyor ama hepsi birlikte calisinca kaliyor, paylasilan mock'ta sorun ne?",
    ],
    "testing-2033": [
        "http.Client'ı constructor'dan alan ürün ekranına sahte client verip ürün adlarının listelendiğini nasıl test ederim?",
        "MockClient ile sahte json donen client ver, widget testinde urun isimlerinin ekranda ciktigini dogrula",
    ],
})


def main() -> int:
    rows = {}
    for line in TRAIN.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows[r["id"]] = r
    problems = []
    for rid, ps in PHRASINGS.items():
        if rid not in rows:
            problems.append(f"{rid}: not in train.jsonl")
            continue
        if len(ps) != 2:
            problems.append(f"{rid}: {len(ps)} phrasings, want 2")
            continue
        q = rows[rid]["question"].strip().casefold()
        for p in ps:
            if not 20 <= len(p) <= 200:
                problems.append(f"{rid}: length {len(p)}: {p}")
            if "//" in p:
                problems.append(f"{rid}: contains //: {p}")
            if p.strip().casefold() == q:
                problems.append(f"{rid}: equals the question: {p}")
            if p != p.strip():
                problems.append(f"{rid}: leading/trailing space: {p!r}")
        if ps[0].strip().casefold() == ps[1].strip().casefold():
            problems.append(f"{rid}: the two phrasings are equal")
        # a question gets one imperative phrasing, an imperative gets one question
        asks = rows[rid]["question"].rstrip().endswith("?")
        if asks and all(p.rstrip().endswith("?") for p in ps):
            problems.append(f"{rid}: question row, but no imperative phrasing")
        if not asks and not any(p.rstrip().endswith("?") for p in ps):
            problems.append(f"{rid}: imperative row, but no question phrasing")
        if all(set(p) & TR_LETTERS for p in ps):
            problems.append(f"{rid}: both phrasings have Turkish letters")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    order = list(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for rid in sorted(PHRASINGS, key=order.index):
            f.write(json.dumps({"id": rid, "phrasings": PHRASINGS[rid]}, ensure_ascii=False) + "\n")
    by_topic: dict[str, int] = {}
    for rid in PHRASINGS:
        t = rows[rid]["topic"]
        by_topic[t] = by_topic.get(t, 0) + 1
    print(f"wrote {len(PHRASINGS)} rows to {OUT.relative_to(ROOT)}: {by_topic}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
