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
        "Switch içinde bir nesnenin alanlarını object pattern ile nasıl açarım?",
        "object pattern kullanarak calisanin departman ve maasina gore switch ile etiket uret",
    ],
    "dart_language-037": [
        "Listenin ilk elemanını ve geri kalanını pattern ile nasıl ayırırım?",
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
        "odeme yontemi icin abstract class tanimla, kredi karti ve havale siniflari bunu uygulasin",
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
        "Her saniye bir artan ve 5 değerden sonra duran sayacı Stream.periodic ile nasıl yaparım?",
        "saniyede bir artan sayac stream'i yap, 5 tane degerden sonra kendiliginden dursun",
    ],
    "dart_language-073": [
        "Yakalanmamış async hataları tek bir yerde toplamak için runZonedGuarded nasıl kullanılır?",
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
        "map ve where neden hemen calismiyor, iterable ile list arasindaki fark ne?",
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
        "Nullable bir değeri switch'te null-check pattern ile hem kontrol edip hem değişkene nasıl bağlarım?",
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
        "const [1, 2, 3] listesine add deyince neden Cannot add to an unmodifiable list hatasi geliyor?",
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
        "r ile baslayan string ne ise yarar, birden cok satirli metni nasil yazarim?",
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
        "await etmeden future cagirmak ne zaman dogru, unawaited neden kullaniliyor?",
    ],
    "dart_language-3048": [
        "Logları print yerine dart:developer log fonksiyonuyla isim ve hata bilgisiyle nasıl yazarım?",
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
        "pigeon ne ise yarar, elle methodchannel yazmaktan farki nedir?",
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
        "iOS'ta Cupertino, Android'de Material görünen tek bir switch nasıl kullanılır?",
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
        "haritada kendi konumumu gostermek icin uygulama kullanilirken konum iznini iste",
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
        "Gizlilik politikası sayfasını uygulamadan çıkmadan uygulama içi tarayıcıda nasıl açarım?",
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
