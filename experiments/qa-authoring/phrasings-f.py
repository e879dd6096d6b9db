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
