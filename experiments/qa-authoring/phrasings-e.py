"""Two more Turkish phrasings for existing train rows (http_json, theming, animations, storage,
widgets_layout, performance) -> data/drafts-phrasings/phrasings-e.jsonl.

Each phrasing asks for the same thing as the row's question (read together with its answer), in other words,
as another developer would write it as a comment. Checks before writing: the id exists in data/train.jsonl,
exactly two phrasings, 20-200 characters, none equal (case-insensitive) to the question or to each other,
no `//`, at least one typed without Turkish letters, one of the two flips question <-> imperative, each differs
from the question and from the other by at least three words, and each reads as Turkish to flutr.turkish (>= 0.4).

Run: .venv/bin/python experiments/qa-authoring/phrasings-e.py
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
try:  # the project's own Turkish-ness heuristic, the one `flutr-train data validate` applies to questions
    from flutr.turkish import turkish_score
except ImportError:  # pragma: no cover - run outside the repository's environment
    turkish_score = None
TRAIN = ROOT / "data" / "train.jsonl"
OUT = ROOT / "data" / "drafts-phrasings" / "phrasings-e.jsonl"
TURKISH = set("çğıöşüÇĞİÖŞÜ")
FOLD = str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")

P: dict[str, list[str]] = {}


def add(rows: dict[str, list[str]]) -> None:
    for key, value in rows.items():
        if key in P:
            raise SystemExit(f"{key}: given twice")
        P[key] = value


def words(text: str) -> set[str]:
    folded = text.translate(FOLD).lower()
    return {w for w in "".join(c if c.isalnum() else " " for c in folded).split()}


def problems(row_id: str, phrasings: list[str], questions: dict[str, str]) -> list[str]:
    if row_id not in questions:
        return ["id not in data/train.jsonl"]
    question = questions[row_id]
    out = []
    if len(phrasings) != 2:
        return [f"{len(phrasings)} phrasings, want 2"]
    for p in phrasings:
        if not 20 <= len(p) <= 200:
            out.append(f"{len(p)} characters: {p!r}")
        if "//" in p:
            out.append(f"contains //: {p!r}")
        if p.strip().lower() == question.strip().lower():
            out.append(f"equal to the question: {p!r}")
        if p != p.strip():
            out.append(f"leading/trailing space: {p!r}")
    a, b = phrasings
    if a.strip().lower() == b.strip().lower():
        out.append("the two phrasings are equal")
    if all(TURKISH & set(p) for p in phrasings):
        out.append("both phrasings use Turkish letters")
    if turkish_score is not None:
        for p in phrasings:
            if turkish_score(p) < 0.4:
                out.append(f"reads as Turkish only {turkish_score(p):.2f} (flutr.turkish): {p!r}")
    is_question = question.rstrip().endswith("?")
    if not any(p.rstrip().endswith("?") != is_question for p in phrasings):
        out.append("no phrasing flips question <-> imperative")
    # more than one word or punctuation apart, from the question and from each other
    for x, y, what in ((a, question, "p1/question"), (b, question, "p2/question"), (a, b, "p1/p2")):
        wx, wy = words(x), words(y)
        if len(wx ^ wy) < 3:
            out.append(f"{what} differ by fewer than 3 words")
    return out


def main() -> None:
    questions = {}
    order = []
    for line in TRAIN.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        questions[row["id"]] = row["question"]
        order.append(row["id"])
    bad = 0
    for row_id, phrasings in P.items():
        for problem in problems(row_id, phrasings, questions):
            print(f"{row_id}: {problem}", file=sys.stderr)
            bad += 1
    if bad:
        raise SystemExit(f"{bad} problems; nothing written")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    rank = {row_id: i for i, row_id in enumerate(order)}
    with OUT.open("w", encoding="utf-8") as f:
        for row_id in sorted(P, key=rank.__getitem__):
            f.write(json.dumps({"id": row_id, "phrasings": P[row_id]}, ensure_ascii=False) + "\n")
    by_topic: dict[str, int] = {}
    for row_id in P:
        topic = row_id.rsplit("-", 1)[0]
        by_topic[topic] = by_topic.get(topic, 0) + 1
    print(len(P), "rows ->", OUT.relative_to(ROOT), by_topic)


# ---------------------------------------------------------------- http_json
add({
    "http_json-001": [
        "Bir API'den GET ile veri cekip donen JSON'u Map olarak okuyan fonksiyon yaz",
        "Sunucudan http ile veri isteyip gelen JSON cevabını nasıl çözerim?",
    ],
    "http_json-002": [
        "Yeni kullanıcı kaydını sunucuya JSON gövdeli POST ile nasıl gönderirim?",
        "isim ve email alip api'ye post atarak kullanici olusturan fonksiyon",
    ],
    "http_json-003": [
        "Her isteğin header'ına Bearer token koyarak profil bilgisini çek",
        "API cagrisinda token'i Authorization basligina Bearer olarak nasil gonderirim?",
    ],
    "http_json-004": [
        "id, ad ve e-posta tutan User sınıfını JSON'a çevirip JSON'dan oluşturabilmek için nasıl yazarım?",
        "User modeli yaz: id name email alanlari olsun, jsondan okunup tekrar jsona cevrilebilsin",
    ],
    "http_json-005": [
        "sunucudan gelen urun dizisini her elemani bir Product olan bir listeye donusturen fonksiyon yaz",
        "Gelen JSON array'ini Product model listesine çevirmenin yolu ne?",
    ],
    "http_json-006": [
        "Kullanici -> adres -> konum (lat, lng) seklinde ic ice gelen JSON icin model siniflari nasil yazilir?",
        "İç içe JSON'u okumak için User, Address ve Geo sınıfları oluştur; her biri fromJson ve toJson içersin",
    ],
    "http_json-007": [
        "Arama kelimesi ve sayfa no'yu URL'ye encode ederek ekleyip GET isteği at",
        "URL'ye query parametrelerini elle string birlestirmeden, turkce karakterler bozulmadan nasil eklerim?",
    ],
    "http_json-008": [
        "HTTP durum koduna göre kullanıcıya uygun hata mesajını nasıl seçerim (400, 401, 404, 500)?",
        "status code'a bakip 'bulunamadi', 'oturum doldu', 'sunucu hatasi' gibi mesaj donduren fonksiyon yaz",
    ],
    "http_json-009": [
        "Kendi ApiException siniflarimi servis katmaninda firlatip ekranda snackbar ile nasil gosteririm?",
        "Sunucu hatasında kod ve mesajı içeren bir exception fırlatan servis yaz, arayüzde bunu yakalayıp göster",
    ],
    "http_json-010": [
        "İstek 10 saniyede cevap vermezse zaman aşımı hatası verecek şekilde ayarla",
        "Sunucu 10 sn icinde donmezse istegi kesip hata vermenin yolu ne?",
    ],
    "http_json-011": [
        "baglanti koparsa ya da sunucu 5xx donerse istegi bekleme suresini her seferinde ikiye katlayarak en fazla 3 kere dene, 4xx hatalarda tekrar deneme",
        "Geçici ağ ve sunucu hatalarında GET isteğini üstel beklemeyle en fazla 3 kez nasıl yeniden denerim?",
    ],
    "http_json-012": [
        "Dio paketiyle bir GET isteği atıp JSON cevabı Map'e nasıl alırım?",
        "dio kullanarak kullanici bilgisini cek, donen veriyi map olarak dondur",
    ],
    "http_json-013": [
        "Dio ile formdan gelen alanları JSON gövdeli POST isteğiyle nasıl yollarım?",
        "dio post ile yorum verisini json olarak gonderip olusan kaydin id'sini al",
    ],
    "http_json-014": [
        "Tüm isteklerde ortak temel adres, zaman aşımları ve başlıklar kullanan bir Dio nesnesi nasıl kurarım?",
        "dio icin BaseOptions ile baseUrl, connect/receive timeout ve varsayilan headerlari ayarla",
    ],
    "http_json-015": [
        "Dio'da token'ı her isteğe elle eklemek yerine otomatik Authorization başlığına nasıl koyarım?",
        "dio interceptor yaz: saklanan token varsa her istege Bearer olarak eklensin",
    ],
    "http_json-016": [
        "Access token suresi dolup 401 gelince refresh token ile yenileyip ayni istegi tekrar gonderen dio interceptor yaz",
        "Dio'da 401 aldığımda token'ı yenileyip başarısız isteği kendiliğinden nasıl tekrarlatırım?",
    ],
    "http_json-017": [
        "Dio'nun attığı istekleri ve gelen cevapları debug konsoluna yazdır",
        "dio ile yapilan isteklerin ve cevaplarin log'unu nasil gorurum?",
    ],
    "http_json-018": [
        "DioException turune gore (zaman asimi, internet yok, sunucu hatasi, iptal) kullaniciya ne mesaj gosterecegimi nasil belirlerim?",
        "Dio hata tipine bakıp anlaşılır Türkçe hata mesajı döndüren fonksiyon yaz",
    ],
    "http_json-019": [
        "Dio ile ürün listesini kategori, sayfa ve sıralama parametreleriyle filtreleyerek nasıl çekerim?",
        "dio get istegine kategori sayfa ve siralama gibi filtreleri query parametresi olarak ekle",
    ],
    "http_json-020": [
        "http paketiyle resim dosyasini ve yaninda birkac form alanini multipart olarak nasil yuklerim?",
        "Profil fotoğrafını açıklama alanıyla birlikte multipart POST ile sunucuya gönder",
    ],
    "http_json-021": [
        "Dio ile PDF dosyasını başlığıyla beraber multipart form olarak sunucuya nasıl gönderirim?",
        "dio formdata kullanarak pdf dosyasi ve title alanini yukle",
    ],
    "http_json-022": [
        "Dio ile dosya yuklerken yuzde kac gittigini progress bar ile ekranda nasil gosteririm?",
        "Video yüklenirken ilerleme çubuğu ve yüzde yazısı gösteren bir widget yaz (dio)",
    ],
    "http_json-023": [
        "Dio ile bir dosyayı telefona indirirken yüzde kaç indiğini nasıl yazdırırım?",
        "dio ile faturayi uygulama klasorune indir, inerken ilerlemeyi yuzde olarak yazdir",
    ],
    "http_json-024": [
        "jsonDecode sonucu hangi tipte gelir ve neden direkt kendi sinifima cast edemiyorum, acikla",
        "jsonDecode'un dönüş tipi dynamic olduğu için modelime nasıl dönüştürmem gerektiğini örnekle anlat",
    ],
    "http_json-025": [
        "Article modelinin fromJson/toJson metodlarını elle yazmadan json_serializable ile nasıl ürettiririm?",
        "json_serializable ve build_runner kullanarak Article sinifi icin json kodunu otomatik olustur",
    ],
    "http_json-026": [
        "json_serializable kullanirken created_at gibi alt cizgili anahtari createdAt alanina nasil baglarim, gelmeyen alana varsayilan nasil veririm?",
        "JsonKey ile JSON alan adlarını Dart değişkenlerine eşle ve eksik alan için varsayılan değer tanımla",
    ],
    "http_json-027": [
        "json_serializable ile Order sinifinin toJson'u icindeki OrderItem listesini de Map'e cevirsin",
        "İç içe model listesinde toJson alt nesneleri Map'e çevirmiyor, json_serializable'da bunu nasıl düzeltirim?",
    ],
    "http_json-028": [
        "API'den gelen gönderileri yüklenirken spinner, sonra liste olarak gösteren bir sayfayı nasıl yazarım?",
        "sunucudan postlari cekip ekranda liste halinde goster, yuklenirken donen cember olsun",
    ],
    "http_json-029": [
        "Veri yuklenemezse hata yazisi ve tekrar dene butonu gosteren bir ekran nasil yapilir?",
        "Yükleme hata verirse mesaj ve 'Tekrar dene' düğmesi çıkan, basınca yeniden yükleyen bir widget yaz",
    ],
    "http_json-030": [
        "Servis sınıfındaki tüm isteklerde aynı http.Client'ı nasıl kullanır ve sonra kapatırım?",
        "hava durumu servisinde her istek icin yeni client acma, tek client kullan ve dispose'da kapat",
    ],
})
add({
    "http_json-032": [
        "Verilen id'ye sahip notu API'den http.delete ile nasıl silerim?",
        "id'si gelen kaydi sunucudan silen fonksiyon yaz, 200 veya 204 donerse basarili say",
    ],
    "http_json-033": [
        "Sunucudan gelen JSON'da ü, ş gibi harfler Ã¼ diye çıkıyor; cevabı UTF-8 olarak çözerek düzelt",
        "api cevabindaki turkce karakterler bozuk geliyor, body'yi utf8 ile decode etmenin yolu ne?",
    ],
    "http_json-034": [
        "http mi dio mu kullanmaliyim? ikisinin farklarini ornekle acikla",
        "Flutter'da ağ istekleri için http paketiyle dio'yu karşılaştır, hangisi ne zaman tercih edilir anlat",
    ],
    "http_json-035": [
        "fromJson'ı neden normal constructor değil de factory olarak yazıyoruz, örnekle açıkla",
        "modeldeki fromJson icin factory kullanilmasinin sebebi nedir?",
    ],
    "http_json-036": [
        "Kullanıcı listenin dibine yaklaştıkça sunucudan bir sonraki sayfayı çeken listeyi nasıl yaparım?",
        "asagi kaydirdikca api'den yeni sayfa yukleyen, yuklenirken altta spinner gosteren liste yaz",
    ],
    "http_json-037": [
        "Sunucu id alanini bazen \"12\" bazen 12 olarak gonderiyor, fromJson bunu nasil tolere eder?",
        "JSON'da sayı alanı metin olarak da gelebiliyor; fromJson'da hem int hem string'i kabul eden bir okuma yaz",
    ],
    "http_json-039": [
        "İnternet yokken istek atınca çıkan SocketException'ı nasıl yakalayıp kullanıcıya gösteririm?",
        "internet kapaliyken http istegi patlamasin, baglanti hatasini yakalayip snackbar ile bildir",
    ],
    "http_json-040": [
        "Sayfa kapanınca hâlâ süren Dio isteğini nasıl iptal ederim?",
        "ekrandan cikilinca devam eden dio istegini cancel token ile durdur, iptali hata sayma",
    ],
    "http_json-041": [
        "success, data ve message alanlı sunucu cevaplarını her model için kullanılabilecek generic bir sınıfla nasıl parse ederim?",
        "tum api cevaplari success data message seklinde geliyor, bunun icin generic ApiResponse<T> sinifi yaz",
    ],
    "http_json-042": [
        "JSON'dan string gelen sipariş durumunu enum'a nasıl çeviririm, tanımadığım bir değer gelirse ne yapmalıyım?",
        "siparis durumu metnini enum'a donustur, listede olmayan deger gelirse uygulama cokmesin unknown olsun",
    ],
    "http_json-044": [
        "JSON'da eksik ya da null gelen alanlar için fromJson'da varsayılan değer kullan",
        "fromJson yazarken bazi alanlar gelmeyebilir veya null olabilir, bunlara default deger nasil atanir?",
    ],
    "http_json-045": [
        "Değiştirilemez model nesnesinin sadece birkaç alanını değiştirip yeni kopya nasıl alırım?",
        "Task modeline copyWith yaz, istenen alanlari degistirip geri kalanini koruyan yeni nesne donsun",
    ],
    # http_json-046 (girintili JSON yazdırma) left out: it is the same task as test row dart_language-302
    # (JsonEncoder.withIndent, same code) and twins.jsonl has no decision for the pair; more phrasings
    # would only pull train closer to that test row.
    "http_json-047": [
        "Projeye eklediğim JSON dosyasını assets'ten okuyup model listesine nasıl dönüştürürüm?",
        "assets icindeki ulkeler json dosyasini yukle ve Country listesine cevir",
    ],
    "http_json-048": [
        "Ekranlar http'yi doğrudan çağırmasın diye ürün verisini getiren repository katmanını nasıl yazarım?",
        "urunleri listeleyen ve id ile tek urun getiren bir repository arayuzu ve http ile calisan implementasyonunu yaz",
    ],
    "http_json-049": [
        "Satır satır JSON gönderen bir akışı cevabın bitmesini beklemeden nasıl okuyup her satırı Map olarak yayarım?",
        "sunucudan gelen ndjson stream'ini satir satir parse edip Stream<Map> olarak donduren fonksiyon yaz",
    ],
    "http_json-050": [
        "Sunucu cevabının başlıklarından X-Total-Count değerini okuyup toplam kayıt sayısını döndür",
        "response header'larindaki toplam kayit sayisini nasil alirim?",
    ],
    "http_json-051": [
        "Kullanıcı adı ve parolayla Basic Auth başlığını nasıl oluşturup istek gönderirim?",
        "kullanici adi ile sifreyi base64 ile kodlayip Basic yetki basligi olarak ekle ve istegi gonder",
    ],
    "http_json-052": [
        "Giris formunda email ve sifreyi sunucuya post ederken butonda yukleniyor goster, hata olursa snackbar cikar",
        "Login ekranında istek sürerken butonu kilitleyip dönen gösterge göstermek ve hatayı SnackBar'la bildirmek için ne yapmalıyım?",
    ],
    "http_json-053": [
        "Dio'da bağlantı koptuğunda veya 503 geldiğinde isteği birkaç kez kendiliğinden yeniden göndermeyi nasıl sağlarım?",
        "dio icin baglanti hatasi ve 503'te bekleyerek en fazla 3 kere tekrar deneyen interceptor yaz",
    ],
    "http_json-054": [
        "Oturum düşüp sunucu 401 döndüğünde uygulama nerede olursa olsun giriş sayfasına nasıl yönlendiririm (dio)?",
        "oturum dusup sunucu 401 dondugunde kullaniciyi nerede olursa olsun giris ekranina yonlendiren bir dio interceptor yaz",
    ],
    "http_json-055": [
        "GraphQL API'sine değişken içeren bir sorguyu http ile nasıl gönderir, sonucu nasıl okurum?",
        "http post ile graphql sorgusu ve variables gonder, errors alani doluysa hata firlat, user'i dondur",
    ],
    "http_json-057": [
        "Dart 3'teki map pattern ile JSON'un yapısını kontrol edip alanlarını tek seferde nasıl alırım?",
        "json map'inin yapisini if-case ile kontrol edip alanlar uygunsa bir kupon nesnesi olusturan, degilse null donduren bir fonksiyon yaz",
    ],
    "http_json-058": [
        "Sunucu diziyi kökte değil data alanının içinde gönderiyorsa onu Category listesine çevir",
        "cevap {\"data\": [...]} seklinde geliyor, icindeki listeyi modellere nasil donustururum?",
    ],
    "http_json-059": [
        "Sepetteki satırları JSON dizisine çevirip tek istekte sunucuya nasıl yollarım?",
        "nesne listesini jsonEncode ile json'a cevir ve tek post isteginde toplu gonder",
    ],
    "http_json-060": [
        "Token isteyen bir resim adresini Image.network'te nasıl gösteririm?",
        "yetki gerektiren profil resmini authorization header'i ekleyerek goster, yuklenemezse ikon ciksin",
    ],
    "http_json-061": [
        "JSON'dan 1, 2, 3 diye gelen öncelik sayılarını json_serializable'da enum değerlerine nasıl bağlarım?",
        "json_serializable ile sayisal priority degerlerini JsonValue kullanarak enum'a esle, bilinmeyen deger low olsun",
    ],
    "http_json-062": [
        "freezed paketiyle JSON'a çevrilebilen, değiştirilemez ve copyWith'i olan bir Product modelini nasıl yazarım?",
        "freezed kullanarak fromJson destekli immutable Product sinifi olustur, fiyat icin varsayilan deger olsun",
    ],
    "http_json-063": [
        "json_serializable'daki part direktifinin ve build_runner komutunun gorevini kisaca acikla",
        "json_serializable kullanırken .g.dart dosyası nereden geliyor, part satırı ve build_runner ne yapıyor?",
    ],
    "http_json-064": [
        "Cevap başarılı mı diye bakarken yalnız 200'ü değil bütün 2xx kodlarını nasıl kabul ederim?",
        "response icin 200-299 arasini basarili sayan bir extension yaz ve istekte kullan",
    ],
    "http_json-065": [
        "Dio ile resmi byte olarak indirip ekranda bellekten nasil gosteririm?",
        "Bir görseli dio ile bayt dizisi halinde çek, yüklenince Image.memory ile göster",
    ],
    "http_json-066": [
        "Dio ile birkaç fotoğrafı tek istekte aynı alan adıyla nasıl yüklerim?",
        "birden cok resmi tek formdata'da ayni form alaninda dio ile albume yukle",
    ],
    "http_json-067": [
        "Dio'da yalnızca bir istek için ek bir header göndermek gerekiyor, bunu Options ile yap",
        "dio'da ortak header'lari bozmadan tek bir istege ozel header nasil eklenir?",
    ],
    "http_json-068": [
        "API'den kullanıcıları çekerken yükleniyor, hata ve veri durumlarını ChangeNotifier'da tutup ekranda nasıl gösteririm?",
        "provider ile kullanicilari ceken bir notifier yaz; yukleniyor, hata ve liste durumlarini Consumer ile goster",
    ],
    "http_json-069": [
        "ETag ile veri degismediyse (304) tekrar indirmeyip onceki cevabi nasil kullanirim?",
        "Sunucunun ETag başlığını sakla, sonraki istekte If-None-Match gönder, 304 gelirse önbellekteki gövdeyi döndür",
    ],
    "http_json-070": [
        "JSON'daki fiyat alanı tam sayı da ondalıklı da gelebiliyor; fromJson'da bunu hatasız double'a çevir",
        "fiyat 10 gelince 'as double' hata veriyor, int ve double'i ayni sekilde nasil okurum?",
    ],
    "http_json-071": [
        "JSON'dan gelen etiket listesini List<String>'e hata almadan çevir",
        "tags dizisini fromJson icinde guvenli sekilde string listesine nasil donustururum?",
    ],
    "http_json-072": [
        "Dio interceptor'ı ne işe yarar, hangi işler için kullanılır? Örnekle anlat",
        "dio interceptor kavramini acikla; istek, cevap ve hata anlarinda araya giren bir ornek ver",
    ],
    "http_json-073": [
        "Uri.parse mi Uri.https mi kullanmalıyım, ikisinin farkını örnekle açıkla",
        "url olustururken Uri.parse ile Uri.https'in farki ne, hangisi parametreleri encode eder?",
    ],
    "http_json-074": [
        "Mobilde çalışan API isteği web'de XMLHttpRequest error veriyor, nedenini ve çözümünü açıkla",
        "flutter web'de istek atinca XMLHttpRequest hatasi aliyorum, mobilde sorun yok. neden?",
    ],
    "http_json-075": [
        "Release APK'da ağ isteklerinin çalışmama sebeplerini ve çözümlerini anlat",
        "debug modda api istekleri calisiyor ama release apk'da calismiyor, ne yapmaliyim?",
    ],
    "http_json-076": [
        "jsonEncode kendi sınıfımın nesnelerini nasıl JSON'a çevirebiliyor, toJson'un rolünü açıkla",
        "jsonEncode'a model nesnesi verince nasil oluyor da json cikiyor, toJson nerede devreye giriyor?",
    ],
    "http_json-077": [
        "List<dynamic> is not a subtype of Map<String, dynamic> hatasının sebebini açıkla ve JSON'u doğru parse et",
        "json parse ederken liste map'in alt tipi degil hatasi aliyorum, bu neden olur nasil cozulur?",
    ],
    "http_json-078": [
        "Dio'da connectTimeout, sendTimeout ve receiveTimeout ne zaman devreye girer, farklarını açıkla",
        "dio timeout ayarlari arasindaki fark ne? baglanti, gonderme ve alma zaman asimi",
    ],
    "http_json-079": [
        "REST'te GET ile POST'un farkını ve hangi işte hangisinin kullanılacağını örnekle açıkla",
        "api'ye veri okurken get, kayit olustururken post mu kullanmaliyim? farklari nedir",
    ],
})
add({
    "http_json-080": [
        "401 ve 403 durum kodlarının farkını açıkla, uygulamada her birine nasıl tepki verileceğini göster",
        "api 401 mi 403 mu dondu, ikisi arasindaki fark ne ve hangisinde kullaniciyi logine atmaliyim?",
    ],
    "http_json-081": [
        "json_serializable kullanmak fromJson/toJson'u elle yazmaya gore ne kazandirir, acikla",
        "Model JSON kodunu elle yazmakla json_serializable ile ürettirmenin artılarını ve eksilerini karşılaştır",
    ],
    "http_json-082": [
        "http paketiyle büyük bir dosyayı belleğe almadan parça parça indirirken yüzde ilerlemeyi nasıl hesaplarım?",
        "http client.send ile dosyayi stream olarak indirip diske yaz, inerken ilerleme orani callback ile bildirilsin",
    ],
    "http_json-083": [
        "Sunucu tarihleri saniye cinsinden unix zamanı olarak yolluyor, json_serializable'da bunları DateTime'a nasıl çeviririm?",
        "epoch saniye gelen tarih alanlari icin JsonConverter yazip json_serializable modelinde kullan",
    ],
    "http_json-085": [
        "http ile 401 aldığımda refresh token'la yeni access token alıp aynı isteği bir kez daha nasıl gönderirim?",
        "http paketi icin token suresi dolunca yenileyip istegi tek sefer tekrarlayan bir api sinifi yaz",
    ],
    "http_json-086": [
        "Dio'da GET cevaplarını birkaç dakika önbellekte tutup tekrar istenince ağa çıkmadan nasıl döndürürüm?",
        "dio icin 5 dakika gecerli bellek ici cache interceptor'i yaz, suresi dolmamissa cevabi cache'ten ver",
    ],
    "http_json-087": [
        "Ayni adrese ayni anda gelen istekleri tek ag cagrisina indiren, devam eden Future'i paylasan servis yaz",
        "Birkaç widget aynı anda aynı URL'yi isteyince tek istek gitmesini ve hepsinin aynı sonucu almasını nasıl sağlarım?",
    ],
    "http_json-088": [
        "Arama kutusuna her harf yazıldığında Dio ile ara, yeni harf gelince eskisini iptal et",
        "kullanici yazdikca arama yaparken onceki dio isteginin sonucunun gelmemesi icin ne yapmaliyim?",
    ],
    "http_json-089": [
        "Sunucunun 422 ile alan alan gönderdiği doğrulama hatalarını yakala ve form alanlarının altında göster",
        "kayit olurken api errors icinde email gibi alan hatalari donuyor, bunlari TextFormField'a nasil yansitirim?",
    ],
    "http_json-090": [
        "Dio 404 gibi 4xx kodlarda hata fırlatmasın, durum kodunu kendim kontrol edeyim",
        "dio'da validateStatus ile 4xx cevaplari exception olmadan nasil alirim?",
    ],
    "http_json-091": [
        "İki farklı API çağrısını paralel yapıp sonuçlarını tek bir nesnede nasıl toplarım?",
        "profil ve okunmamis bildirim istegini Future.wait ile ayni anda at, ikisini HomeSummary modelinde birlestir",
    ],
    "http_json-092": [
        "API'deki tüm alanlar alt çizgili geliyor; json_serializable'da her alana JsonKey yazmadan nasıl eşlerim?",
        "json_serializable'da fieldRename snake kullanarak camelCase alanlari snake_case json anahtarlarina esle",
    ],
    "http_json-093": [
        "Gelen cevap bozuk JSON ise jsonDecode patlamasın; hatayı yakalayıp null dönen bir fonksiyon yaz",
        "sunucu bazen html hata sayfasi donuyor, jsonDecode'un FormatException'ini nasil yakalarim?",
    ],
    "http_json-094": [
        "Flutter web'de dosya yolu yok, seçilen resmi bayt dizisinden multipart olarak nasıl yüklerim?",
        "web'de secilen resmin byte'larini MultipartFile.fromBytes ile dosya adiyla sunucuya gonder",
    ],
    "http_json-095": [
        "Riverpod ile API'den sıcaklığı çekip yükleniyor, hata ve veri durumlarını ekranda nasıl gösteririm?",
        "riverpod FutureProvider yaz, hava durumunu ceksin; widget'ta when ile spinner, hata ve sicaklik goster",
    ],
    "http_json-2000": [
        "http paketinin RetryClient'ini kullanarak 502/503 gelince istegi otomatik tekrar dene",
        "Sunucu 503 verince kendim döngü yazmadan isteği birkaç kez yeniden deneyen hazır http istemcisi var mı, nasıl kullanılır?",
    ],
    "http_json-2001": [
        "Var olan bir URL'ye diğer query parametrelerini koruyarak page parametresini ekle",
        "hazir url'deki sort gibi parametreler kaybolmadan sayfa numarasini nasil eklerim?",
    ],
    "http_json-2002": [
        "Map içinde DateTime varken jsonEncode 'encodable object failed' hatası veriyor; tarihi ISO metne çevirerek encode et",
        "jsonEncode DateTime iceren map'i cevirirken hata veriyor, bunu nasil duzeltirim?",
    ],
    "http_json-2003": [
        "Anahtarları para birimi olan, sabit alanı olmayan kur JSON'unu Map<String, double>'a dönüştür",
        "doviz kuru json'unda anahtarlar degisken, degerler bazen int bazen double. map'e nasil cevirim?",
    ],
    "http_json-2004": [
        "İç içe dizi olarak gelen koordinat çiftlerini lat ve lng alanlı kayıtların listesine nasıl çeviririm?",
        "rota json'undaki [[lat, lng], ...] dizisini record listesine donustur, sayilar int gelse de double olsun",
    ],
    "http_json-2005": [
        "Dio'da birden çok istek aynı anda 401 alınca tek refresh yapılması için QueuedInterceptor'ın nasıl çalıştığını anlat",
        "ayni anda gelen 401'lerde token'in 5 kere yenilenmesini QueuedInterceptor nasil engeller, normal interceptor'dan farki ne?",
    ],
    "http_json-2006": [
        "Dio ile yorum silerken sunucunun 204 döndüğünü nasıl kontrol ederim?",
        "dio delete ile yorumu sil, 204 veya 200 gelirse true, 404 ise false dondur",
    ],
    "http_json-2007": [
        "Dio cevabı dynamic gelmesin; get isteğinde beklenen liste veya map tipini belirt",
        "dio'da response.data'nin tipini liste donen endpoint icin nasil belirtirim?",
    ],
    "http_json-2008": [
        "Token ekleyen Dio interceptor'ında login ve kayıt isteklerini istek bazında nasıl hariç bırakırım?",
        "auth interceptor her istege token koyuyor, extra ile isaretlenen isteklerde (login gibi) token eklemesin",
    ],
    "http_json-2009": [
        "Sayfa numarası yerine next_cursor kullanan bir API'den bütün kayıtları nasıl çekerim?",
        "cursor null olana kadar dongude istek atip tum siparisleri tek listede toplayan fonksiyon yaz",
    ],
})
add({
    "http_json-2010": [
        "Hiçbir pub paketi kullanmadan dart:io HttpClient ile GET isteği atıp JSON'u nasıl okurum?",
        "paket eklemeden sadece dart:io ile api'den json ceken fonksiyon yaz, hata kodunda exception firlat",
    ],
    "http_json-2011": [
        "Sunucu hata olunca HTML sayfası gönderiyor; jsonDecode'dan önce Content-Type'ın JSON olup olmadığına nasıl bakarım?",
        "cevabin content-type'i application/json degilse parse etmeden anlamli bir hata firlat",
    ],
    "http_json-2012": [
        "Endpoint ve fromJson parametresi alıp tek nesne ya da liste döndüren generic GET yardımcılarını nasıl yazarım?",
        "her model icin ayri fonksiyon yazmamak icin getOne ve getList diye generic api metodlari olan bir sinif yaz",
    ],
    "http_json-2013": [
        "Birden çok kategori seçilince URL'de category parametresi her biri için ayrı ayrı nasıl tekrar eder?",
        "secilen kategorileri url'ye ?category=a&category=b seklinde ayni parametreyi tekrarlayarak ekle",
    ],
    "http_json-2014": [
        "Sunucu active alanını true, 1, \"true\" veya \"1\" olarak gönderebiliyor; fromJson'da bunu nasıl bool'a çeviririm?",
        "json'daki farkli formatlarda gelen boolean degeri (1, \"true\" vs) dogru sekilde bool'a cevir",
    ],
    "http_json-2015": [
        "Android emülatöründen bilgisayardaki localhost:3000 API'sine bağlanamıyorum, sebebini açıkla ve doğru adresi seç",
        "emulatorden localhost'a istek atinca connection refused aliyorum, neden ve hangi adresi kullanmaliyim?",
    ],
    "http_json-2016": [
        "Android'de https değil düz http adrese istek atınca 'Cleartext HTTP traffic not permitted' çıkıyor; nedenini ve çözümünü anlat",
        "androidde sifresiz http test sunucusuna istek atilmiyor, cleartext hatasini nasil asarim?",
    ],
    "http_json-2017": [
        "Girişten sonra token'ı Dio'nun ortak header'larına nasıl eklerim, çıkışta nasıl silerim (interceptor olmadan)?",
        "login olunca dio options headers'a Bearer token koy, logout olunca kaldir",
    ],
    "http_json-2018": [
        "MultipartRequest gönderdikten sonra dönen StreamedResponse'u string gövdeli normal Response'a çevir",
        "multipart yuklemeden donen cevabin body'sini json olarak nasil okurum? send() stream donduruyor",
    ],
    "http_json-2019": [
        "http paketinde cevap header'larının büyük harfle okununca neden null geldiğini açıkla ve doğrusunu göster",
        "response.headers['Content-Type'] neden null, header gelmesine ragmen okuyamiyorum?",
    ],
    "http_json-2020": [
        "json_serializable modelinde sadece arayüzde kullanılan bir alanı JSON'a dahil etmemek için ne yapmalıyım?",
        "modeldeki isSelected alani json'dan okunmasin ve json'a yazilmasin, JsonKey ile haric tut",
    ],
    "http_json-2021": [
        "Sunucu enum'da olmayan yeni bir status gönderince json_serializable modeli çöküyor, bunu nasıl önlerim?",
        "json_serializable'da bilinmeyen enum degeri gelince unknown kullanilsin, unknownEnumValue ile ayarla",
    ],
    "http_json-2022": [
        "json_serializable'da sadece renk alanı için hex metni Color'a çeviren dönüşümü converter sınıfı yazmadan nasıl eklerim?",
        "'#FF5722' gibi gelen rengi JsonKey fromJson/toJson fonksiyonlariyla Color'a cevir ve geri yaz",
    ],
    "http_json-2023": [
        "Web'de büyük sayı id'lerinin son hanelerinin bozulma nedenini açıkla ve modelde id'yi güvenle taşı",
        "flutter web'de 19 haneli id'ler yanlis gorunuyor ama mobilde dogru, sebebi ne nasil duzeltirim?",
    ],
    "http_json-2024": [
        "POST sonrası 201 cevabındaki Location başlığından yeni kaydın adresini okuyup o kaydı nasıl getiririm?",
        "yeni not olustur, sunucunun donen location basligindaki adrese tekrar istek atip olusan kaydi getir",
    ],
    "http_json-2025": [
        "DateTime'ı saatsiz 'yyyy-MM-dd' metnine çevirip JSON gövdesine nasıl koyarım?",
        "dogum tarihini sunucuya sadece tarih kismi ('1995-04-23') olacak sekilde json'a yaz",
    ],
    "http_json-2026": [
        "Enum'u JSON'a yazınca başında sınıf adı çıkıyor; sadece değer adını gönderip geri okumak için ne yapmalıyım?",
        "enum'u toJson'da 'shipped' gibi sade isimle yaz, fromJson'da byName ile geri cevir",
    ],
    "http_json-2027": [
        "http isteklerinde SocketException, ClientException ve TimeoutException'ın ne zaman çıktığını açıkla, hepsini yakalayan örnek ver",
        "http paketinde hangi hatalar hangi durumda firlar, 4xx/5xx de exception mi? hepsini yakalamali miyim?",
    ],
    "http_json-2028": [
        "Sunucu 204 ve boş gövde döndüğünde jsonDecode hata vermesin, null dönerek ele al",
        "put isteginden bos cevap gelince 'Unexpected end of input' hatasi aliyorum, bunu nasil onlerim?",
    ],
    "http_json-2029": [
        "Değerleri metin dizisi olan seçenek JSON'unu Map<String, List<String>>'e nasıl çeviririm?",
        "renkler ve bedenler listesi iceren json'u string listeli bir map'e donusturen fonksiyon yaz",
    ],
    "http_json-2031": [
        "Gövde ve zaman damgasından HMAC-SHA256 imza üretip X-Signature ve X-Timestamp başlıklarıyla POST atmayı nasıl yaparım?",
        "api her istekte hmac sha256 imza istiyor, imzayi hesaplayip header'lara koyan ve post eden fonksiyon yaz",
    ],
})
# ---------------------------------------------------------------- theming
add({
    "theming-001": [
        "Tüm renkleri tek bir ana renkten otomatik üreten tema nasıl kurulur?",
        "uygulamanin renk semasini ColorScheme.fromSeed ile tek bir teal renkten turet",
    ],
    "theming-002": [
        "Telefon karanlık moddaysa uygulama da koyu temaya geçsin; karanlık temayı nasıl eklerim?",
        "acik ve koyu tema tanimla, hangisinin kullanilacagini cihaz ayari belirlesin",
    ],
    "theming-003": [
        "Kutu rengini elle yazmak yerine temanın ana renginden nasıl alırım?",
        "container'in arka plani temadaki primary renk olsun, uzerindeki yazi da onPrimary",
    ],
    "theming-004": [
        "Başlık, tarih ve paragraf metinlerinde temanın hazır yazı stillerini kullan",
        "temadaki textTheme stillerini basliklarda ve metinlerde kullanmanin yolu ne?",
    ],
    "theming-005": [
        "Projeye koyduğum özel font dosyasını bütün uygulamada varsayılan yazı tipi olarak nasıl ayarlarım?",
        "assets'teki Nunito fontunu pubspec'e tanimla ve temada tum uygulamanin fontu yap",
    ],
    "theming-006": [
        "Bütün AppBar'ların rengini, yazı rengini ve başlığın ortada durmasını temadan nasıl ayarlarım?",
        "appbar'larin hepsi koyu mavi, beyaz yazili ve baslik ortali olsun; bunu tek yerden tema ile yap",
    ],
    "theming-007": [
        "Tüm kartların köşe yuvarlaklığını ve gölgesini her birine tek tek yazmadan nasıl değiştiririm?",
        "cardTheme ile butun kartlar 16 yuvarlak koseli ve hafif golgeli olsun",
    ],
    "theming-008": [
        "Widget içinde uygulamanın şu an karanlık temada olup olmadığını kontrol et, ona göre ikon göster",
        "su an koyu modda miyim, widget icinden bunu nasil ogrenirim?",
    ],
    "theming-009": [
        "Ana renkten üretilen şemada sadece ikincil rengi kendi rengimle nasıl değiştiririm?",
        "fromSeed ile olusan renk semasini copyWith ile degistir, yalnizca secondary turuncu olsun",
    ],
    "theming-010": [
        "ThemeMode'un system, light ve dark değerleri arasındaki farkı açıkla",
        "themeMode system, light, dark secenekleri neyi degistirir, hangisinde hangi tema kullanilir?",
    ],
    "theming-011": [
        "Koyu ve açık tema arasında geçerken renk değişimi daha yavaş ve yumuşak nasıl olur?",
        "tema degisirken gecis animasyon suresini 600 ms yap, egrisi easeInOut olsun",
    ],
    "theming-012": [
        "Bütün FilledButton'ları aynı boyda ve köşeleri yuvarlatılmış yapmak için temaya ne eklemeliyim?",
        "tum filled butonlar tam genislik, 52 yukseklik ve yuvarlak koseli olsun, tema ile ayarla",
    ],
    "theming-013": [
        "Bildirim rozetlerinin rengini ve boyutunu tüm uygulama için nasıl ayarlarım?",
        "badgeTheme ile sayi gosteren rozetler kirmizi zemin, beyaz yazi ve sabit boyutta olsun",
    ],
    "theming-014": [
        "FAB'ların hepsinin rengini ve biçimini tek yerden nasıl değiştiririm?",
        "uygulamadaki tum floating action butonlar pembe ve tam yuvarlak olsun, temadan ver",
    ],
    "theming-015": [
        "Chip'lerin zemin rengini, yazı stilini ve kenarlığını her birine vermeden nasıl ayarlarım?",
        "tum chip'ler acik camgobegi zeminli, kenarliksiz ve hap seklinde olsun, chipTheme kullan",
    ],
    "theming-016": [
        "Bütün SnackBar'ların yüzen tarzda ve koyu gri çıkmasını temada nasıl tanımlarım?",
        "snackbar'lar varsayilan olarak floating, koyu gri zeminli ve yuvarlak koseli gelsin",
    ],
    "theming-017": [
        "Dialog pencerelerinin köşe yuvarlaklığını ve zemin rengini tüm uygulamada nasıl aynı yaparım?",
        "dialogTheme ile tum dialoglar beyaz zeminli ve 20 yuvarlak koseli olsun",
    ],
    "theming-018": [
        "Seçili onay kutularının yeşil görünmesini temadan nasıl sağlarım?",
        "checkboxTheme ile isaretli checkbox'lar yesil, tik isareti beyaz olsun",
    ],
    "theming-019": [
        "İkonlara renk ve boyut vermediğimde varsayılan olarak ne kullanılacağını temadan nasıl belirlerim?",
        "iconTheme ile tum ikonlarin rengini ve boyunu ayarla, appbar ikonlari beyaz olsun",
    ],
    "theming-020": [
        "Ayırıcı çizgilerin kalınlığını, rengini ve etrafındaki boşluğu tek yerden nasıl ayarlarım?",
        "divider'lar icin temada renk, kalinlik, bosluk ve kenar girintisi tanimla",
    ],
    "theming-021": [
        "Stil verilmeyen Text'in rengi ve boyutu nereden geliyor, DefaultTextStyle ile ilişkisini açıkla",
        "text'e style vermeyince yazi rengi ve boyutu neye gore belirleniyor?",
    ],
    "theming-022": [
        "Yükleniyor göstergelerinin (dairesel ve çizgisel) rengini tüm uygulamada nasıl değiştiririm?",
        "progress indicator'larin rengini ve track rengini temadan ayarla, hepsinde gecerli olsun",
    ],
})
add({
    "theming-023": [
        "Masaüstünde widget'ların daha sıkışık görünmesi için temada yoğunluğu nasıl ayarlarım?",
        "temada visualDensity kullanarak masaustunde kompakt, mobilde normal gorunum ayarla",
    ],
    "theming-024": [
        "Butonlara ve liste öğelerine dokununca çıkan dalga efektini bütün uygulamada nasıl kaldırırım?",
        "tiklayinca olusan splash ve highlight efektini temadan tamamen kapat",
    ],
    "theming-025": [
        "Temadaki titleLarge'ı bozmadan yalnızca renk ve kalınlığını değiştirip başlıkta nasıl kullanırım?",
        "fiyat basligi icin titleLarge stilini copyWith ile kalin ve tertiary renkli yap",
    ],
    "theming-026": [
        "Bütün sayfaların zemin rengini tek yerden açık gri yapmak için ne yapmalıyım?",
        "scaffold arka planlari varsayilan olarak acik gri olsun, scaffoldBackgroundColor ile ayarla",
    ],
    "theming-027": [
        "Koyu temada beyaz, açık temada koyu logo gösteren bir widget yaz",
        "karanlik temada bir logo, aydinlik temada baska logo nasil gosteririm?",
    ],
    "theming-028": [
        "Kaydırma çubuğunu her zaman görünür yapıp kalınlığını ve rengini temadan nasıl ayarlarım?",
        "scrollbarTheme ile scrollbar hep gorunsun, 6 kalinlikta ve teal renkte olsun",
    ],
    "theming-029": [
        "Tüm ikon butonlarının rengini ve ikon boyutunu tek yerden nasıl belirlerim?",
        "iconButtonTheme ile butun IconButton'lar turuncu, 26 boyutlu ikonlu olsun",
    ],
    "theming-032": [
        "Metin kutularında imleç, seçim rengi ve seçim tutamaçlarının rengini tema ile nasıl değiştiririm?",
        "textfield'larda cursor, secili metin arka plani ve secim tutamaclari pembe olsun, temadan ayarla",
    ],
    "theming-033": [
        "Sabit Colors.blue yerine colorScheme rollerini kullanmanın faydasını örnekle açıkla",
        "widget'larda renkleri neden direkt yazmak yerine temadaki colorScheme'den almaliyim?",
    ],
    "theming-034": [
        "'#1E88E5' şeklindeki hex renk metnini Color'a çevirip temanın ana rengi olarak nasıl kullanırım?",
        "hex string'i Color'a donusturen fonksiyon yaz ve bu rengi fromSeed ile temada kullan",
    ],
    "theming-035": [
        "withOpacity kullanımdan kalktı uyarısı alıyorum; yerine geçen yöntemi açıkla ve örnek ver",
        "Color.withOpacity deprecated olmus, seffaflik vermek icin artik ne kullaniliyor?",
    ],
    "theming-036": [
        "useMaterial3 ayarının ne yaptığını ve false olunca görünümde neyin değiştiğini açıkla",
        "temada useMaterial3 true ile false arasindaki fark ne?",
    ],
    "theming-037": [
        "Kaldırılan headline1 ve bodyText1 stillerinin Material 3'teki karşılıklarını listele",
        "eski textTheme isimleri (headline1, bodyText1, caption) yerine simdi hangilerini kullanmaliyim?",
    ],
    "theming-038": [
        "primaryColor ile colorScheme.primary'nin farkını ve hangisinin kullanılması gerektiğini açıkla",
        "temada primaryColor'u degistirdim ama butonlar degismedi, colorScheme.primary ile farki ne?",
    ],
    "theming-039": [
        "AppBar'daki ikonla açık ve koyu tema arasında geçiş nasıl yapılır, ValueNotifier ile?",
        "appbar'a tema degistirme butonu koy, ThemeMode'u ValueNotifier'da tut ve MaterialApp'i dinlet",
    ],
    "theming-040": [
        "Tema modunu provider ile tutan bir sınıf yazıp MaterialApp'in buna göre değişmesini nasıl sağlarım?",
        "ChangeNotifier tabanli ThemeProvider yaz, switch ile koyu/acik gecsin ve MaterialApp'e bagla",
    ],
    "theming-041": [
        "Ayarlar ekranında sistem, açık ve koyu tema seçeneklerini yan yana segmentli butonla nasıl sunarım?",
        "SegmentedButton ile Sistem / Acik / Koyu secimi yapan ve secimi disari bildiren widget yaz",
    ],
    "theming-042": [
        "Temada başlıkları kalın ve iri, gövde metnini 16 punto yapan özel TextTheme'i nasıl tanımlarım?",
        "kendi textTheme'imi olustur: basliklar buyuk ve kalin, body metinleri 16 boyutunda olsun",
    ],
    "theming-043": [
        "Poppins fontunu google_fonts ile bütün uygulamaya renkleri bozmadan nasıl uygularım?",
        "google_fonts paketiyle temanin textTheme'ini Poppins yap, acik ve koyu temada renkler korunsun",
    ],
    "theming-044": [
        "ElevatedButton'ların hepsinde aynı renk, dolgu ve köşe yuvarlaklığı olması için temaya ne yazmalıyım?",
        "elevatedButtonTheme ile butun butonlar indigo zeminli, beyaz yazili, 12 yuvarlak koseli olsun",
    ],
    "theming-045": [
        "Tüm metin kutularını dolgulu ve yuvarlak köşeli yapıp odaklanınca kenarlık rengini değiştirmeyi temadan nasıl ayarlarım?",
        "inputDecorationTheme ile textfield'lar gri dolgulu, yuvarlak olsun; focus olunca kenar teal, hata olunca kirmizi",
    ],
    "theming-046": [
        "Uygulamanın seçili temasından bağımsız, telefonun kendi ayarı koyu mu açık mı nasıl öğrenirim?",
        "cihazin sistem karanlik mod ayarini platformBrightnessOf ile oku, uygulamanin temasiyla birlikte goster",
    ],
    "theming-047": [
        "Ekranın yalnızca bir bölümünde butonların kırmızı tonlarda görünmesini nasıl sağlarım?",
        "sadece tehlikeli islemler bolumundeki butonlar icin Theme widget'i ile temayi yerelde kirmizi yap",
    ],
    "theming-048": [
        "Material 3 renk şemasındaki primary, onPrimary, primaryContainer ve surface rollerini örnekle açıkla",
        "colorScheme'deki primary, onPrimary, primaryContainer, surface ne ise yarar, hangisi nerede kullanilir?",
    ],
    "theming-049": [
        "Beyaz AppBar'da saat ve pil ikonları kayboluyor, bunları koyu renge nasıl çeviririm?",
        "beyaz appbar icin systemOverlayStyle ayarla ki status bar ikonlari koyu gorunsun, temadan yap",
    ],
    "theming-050": [
        "TextButton ve OutlinedButton'ların rengini, kenarlığını ve yazı stilini temada ortak nasıl tanımlarım?",
        "text ve outlined butonlar icin temada ayni marka rengi, kalin yazi ve kenarlik ayarla",
    ],
})
add({
    "theming-051": [
        "Alt gezinme çubuğunun zeminini, seçili öğe göstergesini ve seçili etiketin kalınlığını temadan nasıl ayarlarım?",
        "navigationBarTheme ile alt bar beyaz olsun, secili ikon teal ve etiketi kalin, digerleri gri",
    ],
    "theming-052": [
        "Sekmelerde seçili rengi, alt çizgi göstergesini ve yazı stillerini tek yerden nasıl belirlerim?",
        "tabBarTheme ile secili sekme indigo ve kalin, secilmeyenler gri olsun, alttaki cizgiyi kaldir",
    ],
    "theming-053": [
        "Açma kapama düğmelerinin açık ve kapalıyken renklerini temada nasıl tanımlarım?",
        "switchTheme ile switch acikken yesil track beyaz thumb, kapaliyken gri olsun",
    ],
    "theming-054": [
        "Arama çubuklarının zemin rengini, gölgesini ve ipucu yazısını bütün uygulamada nasıl aynı yaparım?",
        "searchBarTheme ile SearchBar'lar acik gri zeminli, golgesiz ve yuvarlak koseli olsun",
    ],
    "theming-055": [
        "iOS tarzı CupertinoApp'te vurgu rengini ve sayfa arka planını nasıl ayarlarım?",
        "CupertinoThemeData ile cupertino uygulamasinin ana rengi turuncu, arka plani grouped background olsun",
    ],
    "theming-056": [
        "Theme.of(context) yazmaktan kurtulmak için context üzerinde renk ve yazı stili kısayolları nasıl tanımlarım?",
        "BuildContext icin extension yaz: context.colors, context.textStyles ve isDarkMode kisayollari olsun",
    ],
    "theming-057": [
        "Açık ve koyu temanın ortak bileşen ayarlarını tekrarlamadan tek sınıfta nasıl toplarım?",
        "AppTheme sinifi yaz, light ve dark getter'lari ayni kurucu fonksiyondan sadece parlaklik farkiyla uretilsin",
    ],
    "theming-058": [
        "fromSeed yerine kurumsal renklerimi tek tek vererek ColorScheme'i nasıl oluştururum?",
        "kurum renkleriyle primary, secondary, error, surface rollerini elle tanimlanan bir ColorScheme yaz",
    ],
    "theming-059": [
        "Uygulama açılırken bir an yanlış tema görünmesin; kayıtlı tema tercihini runApp'ten önce nasıl okurum?",
        "shared_preferences'taki tema modunu main'de runApp'ten once oku ve MaterialApp'e baslangic modu olarak ver",
    ],
    "theming-061": [
        "ThemeData.light(), brightness parametresi ve fromSeed ile tema kurmanın farklarını örnekle açıkla",
        "tema olustururken ThemeData.light, ThemeData(brightness) ve ColorScheme.fromSeed arasinda ne fark var?",
    ],
    "theming-062": [
        "Cihazda yüksek kontrast açık olan kullanıcılara farklı bir tema nasıl gösteririm?",
        "erisilebilirlik icin highContrastTheme ve highContrastDarkTheme tanimla, yuksek kontrast aciksa bunlar kullanilsin",
    ],
    "theming-064": [
        "Kullanıcının paletten seçtiği renk uygulamanın ana rengi olsun diye temayı nasıl güncellerim?",
        "renk daireleri goster, birine dokununca o renk seed olsun ve tum tema ona gore degissin",
    ],
    "theming-065": [
        "Kategori değişince bir bölümün renkleri yumuşak bir geçişle nasıl değişir?",
        "secilen kategori rengine gore bolumun temasini AnimatedTheme ile animasyonlu degistir",
    ],
    "theming-066": [
        "Dört buton türüne de aynı köşe yuvarlaklığını ve yüksekliği ortak bir stille nasıl veririm?",
        "elevated, filled, outlined ve text butonlarin hepsine tek ButtonStyle ile 10 yuvarlak kose ve 48 yukseklik ver",
    ],
    "theming-067": [
        "DropdownMenu'lerin giriş kutusu ve açılan liste görünümünü temada nasıl tanımlarım?",
        "dropdownMenuTheme ile dropdown girisi dolgulu ve yuvarlak, acilan menu beyaz ve golgeli olsun",
    ],
    "theming-068": [
        "Buton rengi hem temada hem style parametresinde verilirse hangisinin kazandığını örnekle açıkla",
        "temadaki buton stili ile widget'a verdigim style cakisirsa hangisi uygulanir?",
    ],
    "theming-069": [
        "Kaydırıcıların dolu ve boş kısım renklerini, topuz rengini ve kalınlığını temadan nasıl ayarlarım?",
        "kaydiricilarin dolu kismi turuncu, bos kismi acik turuncu olsun, kalinligi 6 ve topuzu koyu turuncu olsun; bunu temadan ayarla",
    ],
    "theming-070": [
        "Liste kaydırılınca AppBar'ın renk değiştirmesini bütün uygulamada nasıl kapatırım?",
        "material 3'te scroll edince appbar'in tonlanmasini temadan engelle, rengi sabit kalsin",
    ],
    "theming-072": [
        "TextTheme'deki bütün stillerin rengini ve fontunu tek tek yazmadan nasıl değiştiririm?",
        "textTheme.apply ile tum yazi stillerinin rengini kahverengi tonlara ve fontunu Merriweather'a cevir",
    ],
    "theming-073": [
        "fromSeed ile üretilen primary marka rengimden farklı çıkıyor; primary'yi tam marka rengi yap",
        "seed renk verince primary biraz farkli ton oluyor, marka rengimi birebir nasil kullanirim?",
    ],
    "theming-074": [
        "Material uygulamasındaki Cupertino widget'larına ayrı bir ana renk nasıl veririm?",
        "cupertinoOverrideTheme ile MaterialApp icindeki CupertinoButton gibi widget'larin rengi turuncu olsun",
    ],
    "theming-075": [
        "Başlıklarda bir yazı tipi, paragraflarda başka bir yazı tipi kullanan temayı nasıl kurarım?",
        "basliklar Playfair, govde metni Inter fontuyla gosterilsin; textTheme'i buna gore ayarla",
    ],
    "theming-076": [
        "MaterialApp'i kuran build içinde Theme.of'un varsayılan temayı döndürme nedenini açıkla ve çözümünü göster",
        "MaterialApp'e verdigim temayi ayni build metodunda Theme.of ile okuyamiyorum, neden?",
    ],
    "theming-077": [
        "Koyu temada resimler göz alıyor; karanlık modda görselleri biraz nasıl karartırım?",
        "karanlik moddayken network resmin uzerine %20 siyah filtre uygulayan widget yaz",
    ],
})
add({
    "theming-078": [
        "Kullanıcının seçtiği tema modunu kalıcı olarak kaydedip uygulama tekrar açılınca nasıl geri yüklerim?",
        "tema modunu shared_preferences'a yazan ChangeNotifier controller yaz, acilista kayitli modu yuklesin",
    ],
    "theming-079": [
        "Temada olmayan başarı ve uyarı renklerini açık ve koyu mod için ayrı değerlerle nasıl eklerim?",
        "ThemeExtension ile success ve warning renkleri tanimla, koyu temada farkli olsun ve bir Text'te kullan",
    ],
    "theming-080": [
        "Android 12 ve üstünde duvar kağıdı renklerini tema olarak kullanıp desteklenmeyen cihazda kendi rengime nasıl dönerim?",
        "dynamic_color ile Material You renklerini kullan, dinamik renk yoksa teal seed'den tema uret",
    ],
    "theming-081": [
        "Uygulama açıkken telefonun karanlık mod ayarı değişirse bunu nasıl yakalarım?",
        "sistemde koyu mod acilip kapaninca didChangePlatformBrightness ile haberdar olup log atan widget yaz",
    ],
    "theming-082": [
        "Butonun normal, basılı, üzerine gelinmiş ve pasif hallerinde farklı zemin rengi olmasını temada nasıl tanımlarım?",
        "WidgetStateProperty ile elevated butonun pressed, hovered ve disabled durumlarinda rengi degissin, temaya ekle",
    ],
    "theming-083": [
        "ThemeExtension'da lerp metodunun görevini ve yanlış yazılırsa ne olacağını açıkla",
        "ThemeExtension icindeki lerp metodu ne ise yariyor, sadece this dondurursem ne olur?",
    ],
    "theming-084": [
        "Açık ve koyu temada farklı renkte olan, başlıklar için kullanılacak gradyanı temaya nasıl eklerim?",
        "ThemeExtension ile marka gradyani tanimla, koyu modda daha koyu olsun ve baslik kutusunda kullan",
    ],
    "theming-085": [
        "Riverpod kullanarak tema modunu değiştiren bir yapı kurup MaterialApp'e nasıl bağlarım?",
        "riverpod Notifier ile ThemeMode tut, appbar'daki ikonla koyu/acik arasinda gecis yap",
    ],
    "theming-086": [
        "flutter_bloc ile temayı değiştirmek için cubit nasıl yazılır, MaterialApp nasıl güncellenir?",
        "ThemeCubit yaz, FAB'a basinca tema modu degissin ve BlocBuilder MaterialApp'i yeniden cizsin",
    ],
    "theming-087": [
        "Cihazda yazı boyutu çok büyütülünce ekranlar bozuluyor; metin ölçeğini belli aralıkta nasıl tutarım?",
        "MaterialApp builder'inda textScaler'i 0.8 ile 1.3 arasinda sinirla, tum sayfalarda gecerli olsun",
    ],
    "theming-089": [
        "Koyu temada bir kutunun arka planının surface rengi olduğunu widget testinde nasıl kontrol ederim?",
        "widget testi yaz: themeMode dark iken container rengi darkTheme'in colorScheme.surface'i mi dogrula",
    ],
    "theming-090": [
        "Özel renkler için ThemeExtension ile static const renk sınıfını karşılaştır, hangisi ne zaman kullanılmalı açıkla",
        "kendi renklerimi AppColors sabitlerinde mi yoksa ThemeExtension'da mi tutmaliyim?",
    ],
    "theming-092": [
        "Aynı koddan farklı markalar çıkarıyorum; derlerken verilen BRAND değerine göre temayı nasıl seçerim?",
        "--dart-define ile gelen marka adina gore renk, font ve baslik secen enum yaz, MaterialApp'te kullan",
    ],
    "theming-093": [
        "Tablette ve masaüstünde yazıları ekran genişliğine göre biraz büyütmek için temayı nasıl ayarlarım?",
        "ekran genisligine gore fontSizeFactor secip textTheme'i buyut, telefonda normal kalsin",
    ],
    "theming-094": [
        "Sunucudan gelen tema ayarlarından (renk, mod, font, köşe yarıçapı) ThemeData'yı nasıl oluştururum?",
        "uzaktan gelen json'daki seedColor, mode, fontFamily ve cornerRadius'u okuyup tema ureten sinif yaz",
    ],
    "theming-095": [
        "Tema değişince neredeyse bütün widget'ların yeniden çizilmesinin sebebini ve performansa etkisini açıkla",
        "tema degistirince tum uygulama rebuild oluyor, bu performans icin sorun mu?",
    ],
    "theming-2000": [
        "Bütün Radio'ların seçiliyken turuncu, değilken gri olmasını temadan nasıl sağlarım?",
        "radioTheme ile secili radio butonlari turuncu, secili olmayanlar gri gorunsun",
    ],
    "theming-2001": [
        "Klasik alt gezinme çubuğunda seçili ve seçilmemiş öğe renklerini ve zemin rengini temada nasıl belirlerim?",
        "bottomNavigationBarTheme ile secili ikon teal, digerleri soluk siyah ve arka plan beyaz olsun",
    ],
    "theming-2002": [
        "Tablet görünümündeki yan gezinme çubuğunun zeminini, seçili göstergesini ve etiketlerini temadan nasıl ayarlarım?",
        "navigationRailTheme ile rail'in arka plani, indicator rengi ve secili/secilmemis etiket stillerini ver",
    ],
    "theming-2003": [
        "Android cihazda çalışırken uygulamayı iOS davranışıyla görmek için temada platformu değiştir",
        "androidde test ederken sayfa gecisleri ve scroll efekti ios gibi olsun diye temadan platformu nasil ayarlarim?",
    ],
    "theming-2004": [
        "Checkbox ve küçük butonların etrafındaki fazladan dokunma boşluğunu uygulama genelinde nasıl kaldırırım?",
        "kucuk widget'larin dokunma alanini 48 piksele buyuten varsayilan ayari tum uygulama icin kapat, satirlar sikisik dursun",
    ],
    "theming-2006": [
        "Küçük, orta, büyük boşluk ve köşe yarıçapı değerlerini temaya ekleyip sayfalarda oradan oku",
        "padding ve radius degerlerini sabit yazmak yerine ThemeExtension'dan nasil okurum?",
    ],
})
add({
    "theming-2007": [
        "Rapor tablolarında başlık satırını renkli ve kalın, satır yüksekliklerini sabit yapmak için temaya ne eklemeliyim?",
        "dataTableTheme ile DataTable basligi primaryContainer renkli ve kalin olsun, satirlar 44 yukseklikte ve cizgili",
    ],
    "theming-2008": [
        "Form hata mesajını sabit kırmızı yerine temanın hata rengiyle nasıl gösteririm?",
        "hata yazisi icin colorScheme.error kullanan kucuk bir Text widget'i yaz, koyu temada da okunakli olsun",
    ],
    "theming-2009": [
        "Kurumsal rengimden shade değerleri olan kendi MaterialColor'ımı nasıl tanımlarım?",
        "#0A7E8C icin 50'den 900'e tonlari olan bir MaterialColor olustur, brandTeal[100] gibi kullanilabilsin",
    ],
    "theming-2010": [
        "Özel fontumda olmayan karakterler ve emojiler kutu gibi çıkıyor; yedek font listesi nasıl veririm?",
        "temada fontFamilyFallback ile ana fontta bulunmayan karakterler icin Roboto ve emoji fontuna dus",
    ],
    "theming-2011": [
        "Tablolarda rakamlar farklı genişlikte olduğu için sütunlar kayıyor; eşit genişlikte rakamları temada nasıl açarım?",
        "fiyat tablosunda hizalama bozulmasin diye textTheme stillerine tabularFigures font ozelligini ekle",
    ],
    "theming-2012": [
        "NavigationDrawer'ın zemin rengini ve seçili öğe göstergesinin renk ve şeklini temadan nasıl veririm?",
        "navigationDrawerTheme ayarla: arka plan surfaceContainerLow, secili gosterge yuvarlak ve secili etiket kalin",
    ],
    "theming-2013": [
        "Bütün geri butonlarında ok yerine chevron ikonu göstermek için tek yerden ne ayarlamalıyım?",
        "actionIconTheme ile tum appbar geri butonlarinin ikonunu chevron_left yap",
    ],
    "theming-2014": [
        "iPhone'da kalın metin ayarı açıksa başlıklarımın da kalın görünmesini nasıl sağlarım?",
        "MediaQuery.boldTextOf ile cihazda kalin yazi acik mi bak, aciksa baslik daha kalin gosterilsin",
    ],
    "theming-2015": [
        "MaterialBanner uyarılarının zemin rengini ve yazı stilini uygulama genelinde nasıl belirlerim?",
        "bannerTheme ile ustte cikan banner'lar acik sari zeminli ve koyu kahve yazili olsun",
    ],
    "theming-2017": [
        "Aynı seed renginden kontrastı daha yüksek bir renk şeması nasıl üretirim?",
        "fromSeed'de contrastLevel kullanarak yuksek kontrastli tema ureten fonksiyon yaz, highContrastTheme'e ver",
    ],
    "theming-2018": [
        "'Son güncelleme' gibi küçük açıklama metinlerini temanın küçük stili ve soluk rengiyle nasıl yazarım?",
        "aciklama yazilari icin bodySmall ve onSurfaceVariant kullanan Caption widget'i yaz",
    ],
    "theming-2019": [
        "surface ve surfaceContainer tonlarının ne için olduğunu açıkla, kart zemininde hangisinin seçileceğini göster",
        "material 3'teki surfaceContainerLow, surfaceContainer, surfaceContainerHighest farki ne, kart icin hangisi?",
    ],
    "theming-2020": [
        "Paket kullanmadan, ayarlardaki switch ile koyu temaya geçişi ChangeNotifier'la nasıl yaparım?",
        "ChangeNotifier ve ListenableBuilder ile koyu tema switch'i yap, MaterialApp'in themeMode'u degissin",
    ],
    "theming-2021": [
        "Sadece bir ekrandaki OutlinedButton'ın kenarlığını kalın ve kırmızı yapmak, diğerlerini etkilememek için ne yapmalıyım?",
        "yalnizca bu butonun kenarligi 2 kalinlikta ve hata renginde olsun, styleFrom ile ver",
    ],
    "theming-2022": [
        "MenuAnchor menülerinin zemin rengini, köşelerini ve gölgesini her yerde aynı yapmak için temaya ne yazarım?",
        "MenuAnchor ile acilan menuler icin menuTheme'de bir MenuStyle tanimla: beyaz zemin, 12 kose yaricapi ve elevation 6",
    ],
    "theming-2024": [
        "Tüm paragraf metinlerinde satır aralığını 1.5 yapmak için her Text'e ayrı ayrı yazmadan ne yapabilirim?",
        "textTheme'deki body stillerine height 1.5 ver, butun govde metinleri ferah gorunsun",
    ],
    "theming-2025": [
        "Card, Card.filled ve Card.outlined'ın farklarını açıkla ve üçünü yan yana göster",
        "material 3 kart cesitleri arasindaki fark ne, hangi durumda filled ya da outlined kullanilir?",
    ],
    "theming-2026": [
        "Ana butonun yanına temadan renk alan ama daha sakin bir ikincil buton koy",
        "birincil butonun yaninda daha az dikkat ceken ikincil buton icin material 3'te hangi buton kullanilir?",
    ],
    "theming-2027": [
        "Masaüstü ve web'de fareyle üzerine gelince ve Tab ile odaklanınca çıkan vurgu renklerini marka rengine nasıl uydururum?",
        "temada hoverColor ve focusColor'u marka rengimin seffaf tonlari yap",
    ],
    "theming-2028": [
        "AppBar zemininde temanın primary ve tertiary renkleri arasında soldan sağa geçiş nasıl yapılır?",
        "appbar arka plani duz renk yerine tema renklerinden gradyan olsun, koyu temaya da uysun",
    ],
    "theming-2029": [
        "Koyu temada kartlar arka plandan ayrılmıyor; sadece koyu modda kartlara ince kenarlık nasıl eklerim?",
        "karanlik temada kart golgesini kaldirip outlineVariant renkli ince kenarlik ekle, acik temada golge kalsin",
    ],
})
# ---------------------------------------------------------------- animations
add({
    "animations-001": [
        "Butona tıklayınca kutu genişleyip rengi yumuşakça değişsin; AnimatedContainer kullanarak yaz",
        "butona basinca kutunun eni ve rengi animasyonla degisen widget'i nasil yaparim?",
    ],
    "animations-003": [
        "AnimatedSwitcher ve ScaleTransition ile sayaç arttıkça yeni sayının büyüyerek belirmesini nasıl sağlarım?",
        "sayac degisince yeni rakam olcekle buyuyerek gelsin, AnimatedSwitcher'a key vermeyi unutma",
    ],
    "animations-004": [
        "Dokununca kilit ikonundan açık kilit ikonuna yumuşak geçiş yapan bir widget yaz (AnimatedCrossFade)",
        "iki widget arasinda solup belirerek gecis yapmak icin AnimatedCrossFade nasil kullanilir?",
    ],
    "animations-005": [
        "Bir logoyu durmadan döndürmek için AnimationController'ı nasıl kullanırım?",
        "flutter logosunu 2 saniyede bir tur atacak sekilde surekli dondur, controller'i dispose et",
    ],
    "animations-006": [
        "Implicit ve explicit animasyonu karşılaştır, hangi durumda hangisinin seçileceğini örnekle anlat",
        "Animated* widget'lari ile AnimationController kullanmak arasindaki fark ne, ne zaman hangisi?",
    ],
    "animations-007": [
        "AnimationController'ı dispose etmezsem ne olur, nerede ve nasıl kapatılmalı açıkla",
        "animasyon controller'ini neden dispose etmek zorundayim?",
    ],
    "animations-008": [
        "Bir kutuyu 50 pikselden 200 piksele easeInOut eğrisiyle nasıl büyütürüm?",
        "Tween ve CurvedAnimation kullanarak kareyi 50'den 200'e yumusak sekilde buyuten widget yaz",
    ],
    "animations-009": [
        "Kalp ikonunun sürekli büyüyüp küçülerek atmasını AnimatedBuilder ile nasıl yaparım?",
        "kirmizi kalp ikonu durmadan atiyormus gibi buyuyup kuculsun, AnimatedBuilder kullan",
    ],
    "animations-010": [
        "Kart ekrana ilk geldiğinde alttan yukarı kayarak ve saydamlıktan belirerek nasıl gelir?",
        "controller kullanmadan TweenAnimationBuilder ile karti asagidan kaydirarak ve yavasca gorunur yaparak getir",
    ],
    "animations-011": [
        "Listedeki küçük fotoğrafa dokununca detay sayfasına büyüyerek uçan geçişi yap",
        "kucuk resimden detay sayfasindaki buyuk resme Hero ile gecis nasil yapilir, tag ne olmali?",
    ],
    "animations-012": [
        "Tek controller ile sırayla önce belirme, sonra genişleme, en son renk değişimi yapan animasyon nasıl yazılır?",
        "Interval kullanarak opaklik, genislik ve renk animasyonlarini tek controller'da sirali oynat",
    ],
    "animations-013": [
        "Okunmamış bildirimi gösteren kırmızı nokta sürekli yanıp sönsün, bunu nasıl yaparım?",
        "bildirim noktasini repeat(reverse: true) ile surekli soluklasip parlayan bir widget yap",
    ],
    "animations-014": [
        "Yeni sayfaya geçerken solarak belirme efekti için özel route nasıl yazarım?",
        "PageRouteBuilder ve FadeTransition ile sayfayi yarim saniyede solarak ac",
    ],
    "animations-015": [
        "Açılan sayfanın alttan yukarı doğru kayarak gelmesini nasıl sağlarım?",
        "sayfayi asagidan yukari kaydirarak acan bir PageRouteBuilder fonksiyonu yaz",
    ],
    "animations-016": [
        "AnimatedList'e eleman eklerken yeni satırın açılarak gelmesini nasıl yaparım?",
        "FAB'a basinca listenin basina gorev ekle, GlobalKey ile insertItem cagirip animasyonlu goster",
    ],
    "animations-017": [
        "AnimatedList'ten silinen satır solup küçülerek kaybolsun; removeItem'ı kullanarak yaz",
        "animasyonlu listeden eleman silerken kaybolma efekti icin removeItem nasil cagrilir?",
    ],
    "animations-018": [
        "assets'teki Lottie JSON dosyasını ekranda oynatan bir widget yaz",
        "lottie paketiyle yukleniyor animasyonunu assets'ten nasil gosteririm?",
    ],
    "animations-019": [
        "Lottie animasyonu kendiliğinden dönmesin, butona basınca bir kez oynasın; kendi controller'ımı nasıl bağlarım?",
        "lottie'yi AnimationController ile kontrol et, sureyi dosyadan al ve butonla bastan bir kez oynat",
    ],
    "animations-020": [
        "Stack içindeki kutu dokununca sol üst köşeden sağ alta kayarak gitsin",
        "stack icinde bir kutuyu bir koseden digerine animasyonla kaydirmak icin AnimatedPositioned nasil kullanilir?",
    ],
    "animations-021": [
        "Bir topun ekranın solundan sağına kayarak gitmesini nasıl yaparım?",
        "dokununca top sola ya da saga kaysin, AnimatedAlign ve easeOutBack egrisiyle",
    ],
    "animations-022": [
        "Seçilen kartın etrafındaki boşluk animasyonla artsın, AnimatedPadding kullan",
        "karta tiklayinca kenar boslugunu yumusakca buyutmek nasil yapilir?",
    ],
    "animations-023": [
        "Seçili olunca yazının boyutu ve rengi yumuşak geçişle nasıl değişir?",
        "aktif olunca metin buyuyup turuncu olsun, AnimatedDefaultTextStyle ile animasyonlu gecis yap",
    ],
})
add({
    "animations-024": [
        "Tıklayınca açılır menünün ok ikonu 180 derece dönsün, AnimatedRotation ile yaz",
        "acilir listedeki asagi ok ikonunu basinca animasyonla ters cevirmek icin ne yapmaliyim?",
    ],
    "animations-025": [
        "Beğen ikonuna basınca kısa süre büyüyüp dolu kalbe dönmesini nasıl yaparım?",
        "begen butonuna dokununca kalp ikonu AnimatedScale ile 1.3 kat buyusun, tekrar basinca eski haline donsun",
    ],
    "animations-026": [
        "Üstteki bildirim şeridinin yukarıdan kayarak gelip kaybolmasını nasıl sağlarım?",
        "gorunur olunca yukaridan asagi kayan, gizlenince yukari cekilen yesil banner yaz (AnimatedSlide)",
    ],
    "animations-027": [
        "Uzun metin 'Devamını oku'ya basınca yumuşakça açılıp kapansın; bunu nasıl yaparım?",
        "3 satirda kesilen metni butonla acip kapat, boyut degisimi AnimatedSize ile animasyonlu olsun",
    ],
    "animations-028": [
        "Karta basılı tutulunca gölgesinin yumuşakça artmasını nasıl sağlarım?",
        "basili tutunca elevation'i 2'den 16'ya cikan, birakinca geri inen kart yaz; AnimatedPhysicalModel kullan",
    ],
    "animations-029": [
        "Butona basınca solarak kaybolsun, kaybolma bitince dışarıya haber veren callback çağrılsın",
        "AnimatedOpacity gibi bir animasyon tamamlaninca kod calistirmak icin onEnd'i nasil kullanirim?",
    ],
    "animations-030": [
        "Dokununca yukarıdan düşüp yerde sekerek duran bir top animasyonu nasıl yapılır?",
        "topu bounceOut egrisiyle ekranin ustunden altina dusur, yere carpinca seksin",
    ],
    "animations-031": [
        "Hedefe varmadan önce birkaç kez salınıp yerine oturan özel bir Curve sınıfı yaz",
        "sonunda birkac kez salinip yerine oturan kendi animasyon egrimi nasil tanimlarim?",
    ],
    "animations-032": [
        "Arka plan rengi maviyle mor arasında durmadan gidip gelsin, bunu nasıl yaparım?",
        "ColorTween ve repeat(reverse: true) kullanarak arka plani maviden mora surekli degistir",
    ],
    "animations-033": [
        "Bir State'te iki ayrı AnimationController için hangi ticker mixin'i gerektiğini açıkla ve örnek ver",
        "ayni widget'ta birden cok animasyon controller'i varsa SingleTicker mi TickerProvider mi kullanilir?",
    ],
    "animations-034": [
        "Sayfa açılırken menü öğesinin soldan kayarak gelmesini nasıl sağlarım?",
        "verilen child'i acilista soldan iceri kaydiran bir widget yaz, SlideTransition kullan",
    ],
    "animations-035": [
        "Ekran açılınca içeriğin yavaşça belirmesini initState'te başlayan bir controller ile nasıl yaparım?",
        "sayfa acilirken icerik FadeTransition ile gorunur olsun, animasyon initState'te baslasin",
    ],
    "animations-036": [
        "Filtre bölümü başlığa tıklanınca yukarıdan aşağı açılıp kapansın; nasıl yaparım?",
        "SizeTransition ile ustten acilip kapanan bir filtre paneli yaz",
    ],
    "animations-037": [
        "Animasyon bittiğinde veya başa döndüğünde nasıl haber alırım?",
        "addStatusListener ile controller'in durumunu (bitti, basa dondu, ileri, geri) ekranda goster",
    ],
    "animations-038": [
        "Bir butona basınca animasyon ileri, bir daha basınca geri oynasın; bunu nasıl kurarım?",
        "dokundukca ok ikonunu ceyrek tur dondurup geri getiren forward/reverse ornegi yaz",
    ],
    "animations-039": [
        "Şifre yanlış olunca şifre kutusunun sağa sola titremesini nasıl yaparım?",
        "hatali sifrede TextField'i sallayan animasyon yaz, TweenSequence ile sirali sag-sol hareket olsun",
    ],
    "animations-040": [
        "Menü ikonuna tıklayınca çarpıya dönüşsün, tekrar tıklayınca geri dönsün; bunu yazar mısın?",
        "AnimatedIcon ile hamburger menuden carpiya animasyonlu gecen buton yap, durumu disariya bildirsin",
    ],
    "animations-041": [
        "Hero geçişinde uçan resmin köşe yuvarlaklığı yavaş yavaş değişsin; flightShuttleBuilder ile yaz",
        "Hero animasyonu sirasinda ucan widget'i nasil ozellestiririm, kose yuvarlakligi gecis boyunca degissin?",
    ],
    "animations-042": [
        "Hero ile taşınan yazının geçişte sarı alt çizgiyle görünmesinin sebebini açıkla ve düzelt",
        "hero animasyonunda Text'in alti sari cizgili oluyor, neden ve cozumu ne?",
    ],
    "animations-043": [
        "Hero geçişinde widget düz çizgi yerine kavisli bir yoldan uçsun",
        "hero animasyonunu egri bir yol cizerek gitmesi icin nasil ayarlarim?",
    ],
    "animations-044": [
        "Paket eklemeden yükleniyor iskeleti için parıltı efektini nasıl yaparım?",
        "ShaderMask ve surekli donen controller ile gri kutularin uzerinde kayan shimmer efekti yaz",
    ],
    "animations-045": [
        "CustomPainter ile çizdiğim dairesel ilerlemeyi setState çağırmadan nasıl animasyonlu yaparım?",
        "repaint parametresine controller'i verip yay seklinde ilerleme cizgisini animasyonla ciz",
    ],
    "animations-046": [
        "Liste elemanlarının sırayla, biraz gecikmeli olarak belirip kayarak gelmesini nasıl yaparım?",
        "tek controller ve her satir icin kaydirilmis Interval kullanarak liste ogelerini tek tek belirt",
    ],
    "animations-048": [
        "Puanın sıfırdan hedef sayıya kadar sayarak artmasını nasıl gösteririm?",
        "TweenAnimationBuilder ve IntTween ile puani 0'dan hedefe 2 saniyede sayarak goster",
    ],
})
add({
    "animations-049": [
        "Android'de de sayfalar iOS'taki gibi sağdan kayarak açılsın; bunu bütün uygulama için nasıl ayarlarım?",
        "pageTransitionsTheme ile tum platformlarda Cupertino tarzi sayfa gecisini kullan",
    ],
    "animations-050": [
        "Yeni sayfanın hem büyüyerek hem belirerek açılmasını nasıl sağlarım?",
        "PageRouteBuilder ile scale ve fade gecisini birlikte kullanan sayfa acma fonksiyonu yaz",
    ],
    "animations-052": [
        "Parmakla sürüklenebilen, bırakınca hızına göre açılıp kapanan bir alt panel nasıl yapılır?",
        "dikey surukleyince buyuyup kuculen alt panel yaz, birakinca fling ile acik ya da kapali konuma otursun",
    ],
    "animations-053": [
        "Controller'ı 0 ile 1 arasında belli bir noktaya, örneğin %60'a animasyonla götür",
        "ilerleme cubugunu butonlarla %30, %60 gibi degerlere animateTo kullanarak nasil goturebilirim?",
    ],
    "animations-054": [
        "Sürüklenip bırakılan kartın yay gibi esneyerek yerine dönmesini nasıl sağlarım?",
        "karti surukle, birakinca SpringSimulation ile yaylanarak merkeze geri donsun",
    ],
    "animations-055": [
        "AnimationController'daki vsync parametresinin görevini açıkla",
        "controller olustururken vsync: this ne ise yariyor?",
    ],
    "animations-056": [
        "AnimationController olmadan her karede geçen süreyi gösteren kronometreyi Ticker ile nasıl yazarım?",
        "createTicker kullanarak dokununca baslayip duran, saniye ve salise gosteren kronometre widget'i yaz",
    ],
    "animations-057": [
        "Dışarıdan verilen animasyona göre çocuğunu döndüren AnimatedWidget alt sınıfı nasıl yazılır?",
        "AnimatedWidget'tan tureyen ve verilen turns animasyonuyla child'i donduren bir sinif yaz",
    ],
    "animations-058": [
        "AnimatedBuilder'ın child parametresinin ne işe yaradığını ve performansa etkisini açıkla",
        "AnimatedBuilder'da her seyi builder icinde olusturmak neden kotu, child parametresi ne saglar?",
    ],
    "animations-059": [
        "Değeri değişince kendiliğinden animasyon yapan kendi ilerleme çubuğu widget'ımı nasıl yazarım?",
        "ImplicitlyAnimatedWidget ve AnimatedWidgetBaseState ile value degisince animasyonla ilerleyen progress bar yaz",
    ],
    "animations-060": [
        "Kartın köşeleri ve gölgesi sürekli animasyonla değişsin; bunu nasıl yaparım?",
        "DecorationTween ve DecoratedBoxTransition ile kartin kose yuvarlakligini ve golgesini gidip gelen sekilde degistir",
    ],
    "animations-061": [
        "Bir ikonun kutunun bir köşesinden karşı köşeye sürekli gidip gelmesini nasıl sağlarım?",
        "ucak ikonunu sol ust koseden sag alta AlignTransition ve AlignmentTween kullanarak gidip getir",
    ],
    "animations-062": [
        "Opacity'yi setState ile her karede güncellemek yerine AnimatedOpacity veya FadeTransition kullanmanın avantajını açıkla",
        "opacity animasyonu icin setState yerine FadeTransition daha mi hizli, neden?",
    ],
    "animations-063": [
        "Arka plandaki renk geçişinin birkaç saniyede bir yavaşça başka renklere kaymasını nasıl yaparım?",
        "birkac renk paleti arasinda zamanlayiciyla donen, AnimatedContainer ile yumusak gecen gradient arka plan yaz",
    ],
    "animations-064": [
        "Yazının harf harf ekrana dökülmesi gibi bir daktilo efektini nasıl yaparım?",
        "StepTween ile metni karakter karakter gosteren typewriter widget'i yaz",
    ],
    "animations-065": [
        "Telefonda 'animasyonları azalt' açıksa geçişler anında olsun, animasyon oynatılmasın",
        "kullanici erisilebilirlikten animasyonlari kapattiysa bunu nasil anlar ve animasyonu iptal ederim?",
    ],
    "animations-066": [
        "Animasyonları incelemek için uygulamadaki tüm animasyonları yavaş çekim oynat",
        "tum animasyonlari debug icin 5 kat yavaslatmanin bir yolu var mi?",
    ],
    "animations-067": [
        "AnimatedOpacity'nin bitmesini bekleyip opaklığın 0 olduğunu doğrulayan bir widget testi yaz",
        "widget testinde animasyon bitene kadar nasil beklerim, sonra opacity degerini nasil kontrol ederim?",
    ],
    "animations-069": [
        "Lottie animasyonunu internetteki bir adresten nasıl yükleyip gösteririm?",
        "lottie'yi network'ten yukle, indirilemezse yerine kirik resim ikonu goster",
    ],
    "animations-070": [
        "Lottie animasyonu bir kez oynayıp son karede nasıl durur?",
        "lottie asset'ini tekrar etmeden sadece bir kere oynat, repeat false olsun",
    ],
    "animations-071": [
        "Aşağı kaydırdıkça AppBar'ın şeffaftan dolu renge geçmesini nasıl sağlarım?",
        "liste kaydirildikca ilk 200 pikselde appbar arka plani ve basligi yavasca gorunur olsun",
    ],
    "animations-072": [
        "Dairesel yüzde göstergesinin sıfırdan hedef değere dolarak gelmesini nasıl yaparım?",
        "TweenAnimationBuilder ile CircularProgressIndicator'i 0'dan verilen yuzdeye doldur, ortada yuzde yazsin",
    ],
    "animations-073": [
        "AnimatedContainer'ın hangi özellikleri animasyonla değiştirdiğini, hangilerini değiştiremediğini örnekle açıkla",
        "AnimatedContainer child degisimini de animasyonlu yapar mi, hangi ozellikleri canlandirir?",
    ],
    "animations-074": [
        "easeIn ve easeOut eğrilerinin farkını ve hangisinin nerede daha doğal durduğunu açıkla",
        "animasyonda easeIn ile easeOut'u ne zaman secmeliyim, hangisi yavas baslar?",
    ],
})
add({
    "animations-075": [
        "Menü 300 ms'de açılsın ama 150 ms'de hızlıca kapansın; controller'a ayrı geri dönüş süresi ver",
        "animasyonun ileri ve geri oynama surelerini farkli yapmak icin reverseDuration nasil kullanilir?",
    ],
    "animations-076": [
        "Dönen bir animasyonu butona basınca duraklatıp tekrar basınca kaldığı yerden sürdür",
        "surekli donen ikon animasyonunu nasil durdurup sonra devam ettirebilirim?",
    ],
    "animations-077": [
        "Genişliği 0'dan 300'e uzayan turuncu bir çubuğu Tween ve controller ile nasıl canlandırırım?",
        "yatay bir cubugun genisligini 1 saniyede sifirdan 300 piksele buyut; Tween'i controller uzerinden animate ile kullan",
    ],
    "animations-078": [
        "Kaydet'e basınca 'Kaydedildi' yazısı belirip birkaç saniye sonra kendi kendine nasıl kaybolur?",
        "kaydet butonundan sonra onay yazisini AnimatedOpacity ile goster, 2 sn sonra solarak gizlensin",
    ],
    "animations-080": [
        "Bir sayfadaki iki FAB'ın 'multiple heroes share the same tag' hatası vermesinin sebebini açıkla ve düzelt",
        "iki floating action button koyunca ayni hero tag hatasi aliyorum, heroTag ile nasil cozerim?",
    ],
    "animations-081": [
        "Hero geçişini yavaşlatmak için route'un geçiş süresini uzat",
        "hero animasyonu cok hizli bitiyor, suresini nasil artiririm?",
    ],
    "animations-082": [
        "AnimatedCrossFade ile AnimatedSwitcher'ı karşılaştır, hangi durumda hangisinin kullanılacağını örnekle göster",
        "iki widget arasi gecis icin crossfade mi switcher mi secmeliyim, farklari nedir?",
    ],
    "animations-083": [
        "AnimationController'ın neden StatelessWidget'ta kullanılamayacağını açıkla ve doğru yolu göster",
        "stateless widget icinde animation controller olusturabilir miyim?",
    ],
    "animations-084": [
        "Seçilen kartın hafifçe dönüp büyümesini AnimatedContainer ile nasıl yaparım?",
        "secili olunca kart biraz egilip %10 buyusun, AnimatedContainer'in transform'unu kullan",
    ],
    "animations-085": [
        "Açılış ekranındaki logo animasyonu tamamlanınca ana sayfaya otomatik nasıl geçerim?",
        "splash'te logo elasticOut ile buyusun, animasyon bitince pushReplacement ile ana sayfaya gec",
    ],
    "animations-086": [
        "AnimatedSwitcher'da Text değişince geçiş animasyonu oynamıyor; sebebini açıkla ve key ile düzelt",
        "AnimatedSwitcher'a farkli yazi verdigim halde animasyon olmuyor, neden?",
    ],
    "animations-087": [
        "Bir Tween'i CurveTween ile zincirleyip animation.drive üzerinden kaydırma ve belirme geçişine uygula",
        "animation.drive ve chain ile tween'e egri eklemek nasil yapilir?",
    ],
    "animations-089": [
        "Listeyi aşağı kaydırınca FAB aşağı kayarak saklansın, yukarı kaydırınca geri gelsin; bunu nasıl yaparım?",
        "kaydirma yonunu dinleyip floating butonu AnimatedSlide ile gizleyen ve gosteren sayfa yaz",
    ],
    "animations-090": [
        "Kart tıklanınca büyüyüp tam ekran detay sayfasına dönüşen geçişi nasıl yaparım?",
        "animations paketinin OpenContainer widget'iyla liste ogesini detay sayfasina donusturerek ac",
    ],
    "animations-091": [
        "Açık ve koyu tema arasında geçerken renk değişim animasyonunun süresini ve eğrisini ayarla",
        "tema degisince renklerin yumusak gecmesi icin sureyi nereden ayarlarim?",
    ],
    "animations-092": [
        "addListener içinde setState ile AnimatedBuilder'ı karşılaştır, hangisinin neden tercih edildiğini açıkla",
        "controller'a listener ekleyip setState cagirmak mi AnimatedBuilder mi daha dogru?",
    ],
    "animations-093": [
        "Karta dokununca 3 boyutlu dönüp arka yüzünü gösteren animasyonu nasıl yaparım?",
        "Y ekseninde perspektifle donen flip card yaz, yariyi gecince arka yuz gorunsun",
    ],
    "animations-094": [
        "Başarı tikinin kalemle çiziliyormuş gibi adım adım çizilmesini nasıl sağlarım?",
        "CustomPainter ve PathMetric ile yesil onay isaretini animasyonla cizen widget yaz",
    ],
    "animations-095": [
        "İki farklı controller'ı tek bir AnimatedBuilder'da nasıl dinlerim?",
        "Listenable.merge ile yorunge ve nabiz controller'larini birlestir, nokta hem donup hem buyusun",
    ],
    "animations-2000": [
        "AnimatedSwitcher geçişinde farklı boydaki eski ve yeni içeriğin ortalanmasını engelleyip üste hizala",
        "AnimatedSwitcher'da yukseklikleri farkli widget'lar ortada ust uste biniyor, ikisini de uste nasil hizalarim?",
    ],
    "animations-2001": [
        "Sepete ekle ikonuna basınca jöle gibi esneyip yerine oturması nasıl yapılır?",
        "sepet ikonuna basinca kisa sure buyusun ve elasticOut egrisiyle salinarak eski boyuna donsun",
    ],
    "animations-2002": [
        "CSS'teki cubic-bezier değerleriyle verilen eğriyi Flutter'da kullanıp bir paneli kaydır",
        "tasarimcinin verdigi cubic-bezier(0.2, 0.8, 0.2, 1) egrisini flutter'da nasil tanimlarim?",
    ],
})
add({
    "animations-2003": [
        "Fiyat yükselince hücre kısa süre yeşil, düşünce kırmızı yanıp yavaşça eski haline nasıl döner?",
        "fiyat degisince satir arka planini yukseliste yesil dususte kirmizi flas yap, 800 ms'de sonsun",
    ],
    "animations-2004": [
        "Konum butonunun çevresinde radar gibi büyüyüp solan halkaları sürekli nasıl gösteririm?",
        "konum ikonunun etrafinda dalga dalga genisleyip kaybolan iki halka animasyonu yaz",
    ],
    "animations-2006": [
        "Favori butonunda boş kalbin dönerek dolu kalbe geçmesini, tekrar basınca geri dönmesini nasıl yaparım?",
        "AnimatedSwitcher ile kalp ikonlari arasinda donme ve olcekleme gecisi yapan favori butonu yaz",
    ],
    "animations-2008": [
        "60 saniyelik geri sayımda dolu başlayıp boşalan dairesel göstergeyi ve kalan saniyeyi nasıl gösteririm?",
        "geri sayim halkasi yap: 60 sn boyunca CircularProgressIndicator bosalsin, ortada kalan sure yazsin",
    ],
    "animations-2010": [
        "Her basışta sallanma animasyonunun, bitmiş olsa bile baştan oynamasını nasıl sağlarım?",
        "zil ikonuna her dokunusta kisa bir sallanma animasyonunu forward(from: 0) ile bastan oynat",
    ],
    "animations-2011": [
        "CurvedAnimation'ın da dispose edilmesi gerekip gerekmediğini açıkla, doğru kullanımını göster",
        "controller'i dispose ediyorum, CurvedAnimation'i ayrica dispose etmem gerekir mi?",
    ],
    "animations-2012": [
        "AnimatedBuilder ile ListenableBuilder'ın farkını açıkla, hangisini ne zaman kullanacağımı örnekle göster",
        "ChangeNotifier dinlerken AnimatedBuilder mi ListenableBuilder mi kullanmaliyim, aralarinda gercekten fark var mi?",
    ],
    "animations-2013": [
        "Animasyon sürerken butona yeniden basılırsa baştan başlamasın, basış görmezden gelinsin",
        "animasyon oynarken gelen yeni tiklamalari nasil yok sayarim?",
    ],
    "animations-2014": [
        "Kart seçilince kenarlık, gölge ve gradyan arka planın birlikte yumuşakça değişmesini nasıl sağlarım?",
        "secili plan kartinin kenarligi kalinlassin, golgesi artsin ve gradyani degissin; AnimatedContainer ile yaz",
    ],
    "animations-2016": [
        "Ekranda dokunduğum yere bir topun kayarak gitmesini nasıl yaparım?",
        "ekrana dokununca turuncu top dokunulan yere dogru yavaslayarak kaysin, bunu yapan bir widget yaz",
    ],
    "animations-2017": [
        "Form hata yazısının aniden çıkmak yerine aşağı açılarak gelmesini ve düzelince kapanmasını nasıl sağlarım?",
        "alan hatasi AnimatedSwitcher ile ustten acilip solarak gelsin, hata kalkinca kapansin",
    ],
    "animations-2019": [
        "Çubuk grafikte sütunların açılışta alttan büyümesini ve sırayla gelmesini nasıl yaparım?",
        "her cubugu TweenAnimationBuilder ile biraz daha uzun surede buyuterek sirali gorunen grafik yaz",
    ],
    "animations-2021": [
        "Düzenleme modunda ikonların iOS'taki gibi titremesini, moddan çıkınca durmasını nasıl sağlarım?",
        "duzenleme modu acilinca ikon saga sola hafifce sallansin, moddan cikinca duz konumda dursun",
    ],
    "animations-2022": [
        "Giriş butonu basınca daralıp dönen bir yükleniyor dairesine nasıl dönüşür, bitince eski haline nasıl gelir?",
        "loading olunca genis butonu AnimatedContainer ile daireye kucult ve icinde spinner goster",
    ],
    "animations-2023": [
        "Material 3'ün önerdiği hareket eğrilerini ve standart süreleri açıkla, bir panelde kullan",
        "her yerde easeInOut ve 300 ms yazmak yerine material 3'te hangi egri ve sureler kullanilmali?",
    ],
    "animations-2024": [
        "Yükleme sürdüğü sürece dönen, iş bitince duran bir yenileme ikonu nasıl yaparım?",
        "loading parametresine gore donmeye baslayan ve duran refresh ikonu yaz, didUpdateWidget'ta kontrol et",
    ],
    "animations-2026": [
        "PageView'de ortadaki kart büyük, yandakiler küçük görünsün ve kaydırdıkça boyut akıcı değişsin; nasıl yaparım?",
        "viewportFraction 0.75 olan carousel yap, kartlar merkeze uzakligina gore kuculsun",
    ],
    "animations-2027": [
        "Açılışta önce logo belirip ardından sloganın soldan kayarak gelmesini iki controller ile nasıl sıralarım?",
        "logo fade ile gelsin, bitince slogan soldan kaysin; iki AnimationController'i sirayla oynat",
    ],
    "animations-2029": [
        "Dokunulan noktadan daire şeklinde büyüyerek ekranı yeni renkle kaplayan geçiş nasıl yapılır?",
        "circular reveal efekti yap: dokundugum yerden yeni arka plan rengi daire olarak genisleyip tum ekrani kaplasin",
    ],
})
# ---------------------------------------------------------------- storage
add({
    "storage-001": [
        "Kullanıcının adını telefonda kalıcı olarak nasıl saklarım?",
        "shared_preferences ile kullanici adini user_name anahtarina yazan fonksiyon yaz",
    ],
    "storage-002": [
        "Kaydettiğim kullanıcı adını okumak, kayıt yoksa 'Misafir' döndürmek için ne yapmalıyım?",
        "cihazda saklanan kullanici adini getir, hic kaydedilmemisse varsayilan isim don",
    ],
    "storage-003": [
        "Karanlık mod seçimini hatırlayıp uygulama tekrar açıldığında aynı temayla nasıl başlatırım?",
        "dark mode switch'inin degerini shared_preferences'a kaydet, acilista okuyup temayi ona gore ayarla",
    ],
    "storage-004": [
        "Uygulamanın kaç kere açıldığını cihazda sayıp her açılışta bir artırmanın yolu ne?",
        "acilis sayacini shared_preferences'ta int olarak tut, her acilista artirip yeni degeri dondur",
    ],
    "storage-005": [
        "Favori şehirlerin listesini shared_preferences'a kaydeden ve geri okuyan fonksiyonları yaz",
        "string listesini cihazda saklayip sonra geri almak icin ne kullanilir?",
    ],
    "storage-006": [
        "Çıkışta kayıtlı kullanıcı bilgilerini, istenirse tüm tercihlerle birlikte silen logout fonksiyonu yaz",
        "logout olunca sadece bazi anahtarlari ya da butun shared_preferences verisini silmek icin ne yapmaliyim?",
    ],
    "storage-007": [
        "Ayarlar nesnemi JSON string olarak cihazda saklayıp açılışta nasıl geri yüklerim?",
        "UserSettings sinifini toJson ile string'e cevirip shared_preferences'a yaz, okurken fromJson ile geri olustur",
    ],
    "storage-008": [
        "shared_preferences'taki önbelleksiz asenkron API ile değer yazıp okumak nasıl olur?",
        "SharedPreferencesAsync kullanarak son senkron zamanini kaydet, oku ve sil",
    ],
    "storage-009": [
        "SharedPreferencesWithCache ile yalnızca izin verilen anahtarları bellekte tutup senkron oku",
        "sadece belli anahtarlari cache'leyen yeni shared_preferences api'si nasil kurulur?",
    ],
    "storage-010": [
        "Açık, koyu ya da sistem tema seçimini saklayan ve değişince arayüzü haberdar eden bir sınıf nasıl yazılır?",
        "ThemeMode'u shared_preferences'a kaydeden ChangeNotifier yaz, acilista kayitli modu okusun",
    ],
    "storage-011": [
        "Tanıtım ekranlarının sadece ilk açılışta görünmesi, sonra uygulamanın direkt ana sayfayla açılması nasıl sağlanır?",
        "onboarding tamamlaninca bayragi kaydet; main'de kontrol edip ya onboarding ya ana sayfa ile baslat",
    ],
    "storage-013": [
        "Kullanıcı 30 günden fazla uygulamaya girmediyse oturumu düşürmek için son giriş zamanını nasıl saklarım?",
        "kullanicinin son aktif oldugu zamani cihazda sakla, uygulama acilinca 30 gunden fazla gecmisse oturumu kapat",
    ],
    "storage-014": [
        "Kalp ikonuyla ürünleri favoriye ekleyip çıkarmayı ve bunu kalıcı tutmayı nasıl yaparım?",
        "favori urun id'lerini shared_preferences'ta saklayan, toggle ile ekleyip cikaran servis yaz",
    ],
    "storage-015": [
        "Son 10 aramayı tekrarsız ve en yenisi başta olacak şekilde kalıcı nasıl tutarım?",
        "arama gecmisi sinifi yaz: ayni arama tekrar gelince basa tasinsin, en fazla 10 kayit kalsin",
    ],
    "storage-016": [
        "Debug ederken shared_preferences'taki bütün anahtar ve değerleri nasıl görürüm?",
        "kayitli tum tercihleri getKeys ile dolasip konsola yazdir",
    ],
    "storage-017": [
        "Sıralama tipi enum'unu cihazda saklayıp açılışta yine enum olarak nasıl okurum?",
        "enum degerini shared_preferences'a name ile kaydet, okurken bulunamazsa newest don",
    ],
    "storage-019": [
        "Güncellemede değişen shared_preferences anahtarlarını eski veriyi koruyarak yeni biçime nasıl taşırım?",
        "prefs icin surum numarali migration yaz: eski anahtarlari yeni isimlere ve formata tek sefer aktarsin",
    ],
    "storage-020": [
        "Kategori listesini bir saatliğine cihazda önbellekleyip süresi dolunca yeniden çekmeyi, internet yoksa eskisini göstermeyi nasıl yaparım?",
        "api'den gelen kategorileri zaman damgasiyla shared_preferences'a cache'le, ag hatasinda eski veriyi don",
    ],
    "storage-021": [
        "shared_preferences, secure storage, sqflite ve hive'ı karşılaştır; hangi veri için hangisi uygun açıkla",
        "veri saklamak icin prefs mi, secure storage mi, sqflite mi, hive mi kullanmaliyim?",
    ],
    "storage-022": [
        "Çok sayıda kaydı tek JSON string olarak SharedPreferences'ta tutmanın sakıncalarını açıkla",
        "binlerce notu shared_preferences'a json olarak yazarsam ne sorun cikar, yerine ne kullanmaliyim?",
    ],
    "storage-023": [
        "runApp'ten önce plugin kullanırken ensureInitialized çağırmanın neden şart olduğunu açıkla",
        "main'de SharedPreferences.getInstance'dan once WidgetsFlutterBinding.ensureInitialized neden lazim?",
    ],
    "storage-024": [
        "Oturum token'ını shared_preferences'ta tutmanın riskini açıkla ve güvenli alternatifi göster",
        "access token'i shared_preferences'a yazmak sakincali mi, nerede saklamaliyim?",
    ],
})
add({
    "storage-025": [
        "Cihazda SQLite veritabanı açıp notlar tablosunu ilk seferde nasıl oluştururum?",
        "sqflite ile notes.db'yi ac, onCreate'te id, title, content ve created_at sutunlu notes tablosunu kur",
    ],
    "storage-026": [
        "sqflite veritabanı dosyasını tamamen silip temiz bir başlangıç yapmak için ne kullanmalıyım?",
        "testlerde app.db dosyasini deleteDatabase ile silerek veritabanini sifirla",
    ],
    "storage-027": [
        "Aynı id'ye sahip kişi zaten varsa eskisinin yerine yenisini yazacak şekilde nasıl eklerim?",
        "sqflite insert'te ConflictAlgorithm.replace kullanarak kisi kaydini upsert et",
    ],
    "storage-028": [
        "sqflite'a yeni görev ekledikten sonra oluşan satırın id'sini döndüren fonksiyon yaz",
        "veritabanina kayit ekleyince otomatik verilen id'yi nasil ogrenirim?",
    ],
    "storage-029": [
        "Veritabanındaki bütün notları çekip model nesnelerinden oluşan bir listeye nasıl dönüştürürüm?",
        "notes tablosunu en yeniden eskiye sorgula ve her satiri fromMap ile Note'a cevir",
    ],
    "storage-030": [
        "Bitmemiş ve seçili kategoriye ait görevleri veritabanından nasıl filtrelerim?",
        "sqflite query'de where ve whereArgs ile done=0 ve kategori kosulunu ver, tarihe gore sirala",
    ],
    "storage-031": [
        "Veritabanında bir notun başlık ve içeriğini id'sine göre nasıl değiştiririm?",
        "sqflite update ile verilen id'li notun title ve content alanlarini guncelle",
    ],
    "storage-032": [
        "Veritabanından id'si verilen notu nasıl silerim, silinip silinmediğini nasıl anlarım?",
        "sqflite delete kullanan, kayit silindiyse true donen bir fonksiyon yaz",
    ],
    "storage-033": [
        "Sipariş ve müşteri tablolarını birleştirip her siparişi müşteri adıyla birlikte nasıl çekerim?",
        "orders ve customers tablosunu INNER JOIN ile birlestiren rawQuery yaz, sonucu model listesine cevir",
    ],
    "storage-034": [
        "Bir hesaptan düşüp diğerine ekleme işleminin ya tamamen olmasını ya hiç olmamasını nasıl garanti ederim?",
        "sqflite transaction icinde para transferi yap, bakiye yetmezse ya da hata olursa her sey geri alinsin",
    ],
    "storage-035": [
        "Binlerce ürünü veritabanına tek tek eklemek yavaş; toplu ve hızlı eklemeyi nasıl yaparım?",
        "sqflite batch ile urun listesini tek commit'te ekle, noResult true olsun",
    ],
    "storage-036": [
        "Yeni sürümde notes tablosuna color sütununu mevcut kayıtları silmeden ekle; version'ı artırıp onUpgrade yaz",
        "sqflite'ta tabloya yeni kolon eklerken eski kullanicilarin verisi kaybolmasin diye ne yapmaliyim?",
    ],
    "storage-038": [
        "Uygulamanın her yerinde aynı veritabanı bağlantısını kullanmak için tekil bir yardımcı sınıf nasıl yazarım?",
        "singleton DatabaseHelper yaz: ilk cagrida veritabanini acsin, ayni anda gelen cagrilar ayni Future'i beklesin",
    ],
    "storage-039": [
        "Kategori silinince ona bağlı ürünlerin de kendiliğinden silinmesini sqflite'ta nasıl sağlarım?",
        "PRAGMA foreign_keys'i onConfigure'da ac, products tablosunu ON DELETE CASCADE ile kategoriye bagla",
    ],
    "storage-040": [
        "Okunmamış mesajların sayısını veritabanından COUNT ile al",
        "sqflite'ta bir tablodaki satir sayisini tek deger olarak nasil cekerim?",
    ],
    "storage-041": [
        "Mesajları veritabanından 20'li parçalar halinde, yeniden eskiye sayfa sayfa nasıl yüklerim?",
        "sqflite query'de limit ve offset ile sayfalama yapan fonksiyon yaz, created_at'e gore azalan sirala",
    ],
    "storage-042": [
        "Kişilerde yazdığım metni adında veya telefonunda içeren kayıtları veritabanında nasıl ararım?",
        "sqflite'ta LIKE ve whereArgs ile isim ya da telefona gore arama yapan fonksiyon yaz",
    ],
    "storage-043": [
        "SQLite'ta bool tipi olmadığı için Todo modelinin done alanını 0/1 olarak nasıl saklayıp geri okurum?",
        "Todo sinifina veritabani icin toMap ve fromMap ekle, done alani 0 ve 1 olarak yazilsin",
    ],
    "storage-044": [
        "Notlar için ekleme, listeleme, güncelleme ve silme işlemlerini bir arada tutan veritabanı sınıfını nasıl yazarım?",
        "notlar icin ekleme, hepsini listeleme, id ile getirme, guncelleme ve silme islemleri olan sqflite tabanli bir repository sinifi yaz",
    ],
    "storage-045": [
        "Veritabanındaki görevleri listeleyip kaydırarak silineni hem ekrandan hem veritabanından nasıl kaldırırım?",
        "sqflite'tan gorevleri FutureBuilder ile goster, satir sola kaydirilinca kaydi silip listeyi yenile",
    ],
    "storage-046": [
        "Email'e göre sık sorgu yapıyorum; sqflite'ta bu sütunu hızlandırmak için ne yapmalıyım?",
        "users tablosunu olustururken sik sorgulanan email sutunu icin bir indeks ekle",
    ],
    "storage-047": [
        "sqflite kullanan kodu emülatöre gerek kalmadan bilgisayarda unit test ile nasıl test ederim?",
        "sqflite_common_ffi ile her test icin bellekte veritabani acip ekleme ve okumayi test eden kod yaz",
    ],
    "storage-048": [
        "sqflite'ta ConflictAlgorithm'in abort, replace, ignore gibi seçeneklerini açıkla",
        "insert yaparken cakisma olunca ne olacagini belirleyen conflictAlgorithm degerleri ne anlama gelir?",
    ],
    "storage-049": [
        "openDatabase'deki version numarası ile onCreate ve onUpgrade'in ne zaman çalıştığını açıkla",
        "sqflite'ta version artirinca onUpgrade nasil calisiyor, onCreate ne zaman cagriliyor?",
    ],
})
add({
    "storage-050": [
        "sqflite'ta transaction ve batch kullanımını karşılaştır, hangisinin ne zaman seçileceğini örnekle açıkla",
        "sqflite transaction mi batch mi kullanmaliyim, aralarindaki fark ne?",
    ],
    "storage-051": [
        "SQL sorgusuna değeri string olarak gömmenin tehlikesini açıkla, ? ve whereArgs ile doğrusunu göster",
        "sqflite'ta neden degerleri sorgu metnine yazmak yerine whereArgs ile vermeliyim?",
    ],
    "storage-052": [
        "DateTime ve bool alanlı Event modelini SQLite'a yazıp okumak için toMap ve fromMap yaz",
        "sqlite'ta tarih ve boolean tipi yok; Event sinifindaki bu alanlari nasil saklarim?",
    ],
    "storage-053": [
        "Aynı e-postayla ikinci kez kayıt olunmaya çalışılınca veritabanı hatasını nasıl yakalayıp anlaşılır mesaj veririm?",
        "unique email ihlalinde DatabaseException'i yakala, isUniqueConstraintError ise 'zaten kayitli' mesaji don",
    ],
    "storage-054": [
        "Her kategorideki ürün adedini ve ortalama fiyatı veritabanından nasıl hesaplarım?",
        "sqflite rawQuery ile GROUP BY kullanip kategori basina sayi ve ortalama fiyat dondur",
    ],
    "storage-056": [
        "Uygulamayla gelen hazır SQLite dosyasını ilk açılışta kopyalayıp nasıl kullanırım?",
        "assets'teki cities.db dosyasini veritabani klasorune kopyala, yoksa kopyala varsa direkt readOnly ac",
    ],
    "storage-057": [
        "Veritabanı ilk oluşturulurken başlangıç verisini assets'teki JSON'dan nasıl doldururum?",
        "sqflite onCreate icinde assets'teki kategoriler json'unu okuyup batch ile tabloya ekle",
    ],
    "storage-058": [
        "sqflite'ta ham SQL ile kayıt ekleyip stok düşürme gibi güncellemeleri nasıl yaparım?",
        "rawInsert ile urun ekle, rawUpdate ile stogu bir azalt; parametreleri ? ile ver",
    ],
    "storage-059": [
        "Hive'ı uygulamada kurup ilk box'ı nasıl açarım?",
        "main'de Hive.initFlutter cagir ve runApp'ten once settings box'ini ac",
    ],
    "storage-060": [
        "Hive kutusuna dil, ses gibi ayarları anahtar ile kaydet, varsayılan değerle oku ve birini sil",
        "hive'da put ve get ile anahtar deger kaydetmek ve okumak nasil olur?",
    ],
    "storage-061": [
        "Kod üretmeden Hive'da kendi sınıfımı saklamak için adapter'ı elle nasıl yazarım?",
        "Product icin TypeAdapter yaz, read ve write alanlari ayni sirada islesin; adapter'i box acmadan kaydet",
    ],
    "storage-063": [
        "Hive kutusundaki veri değişince listenin kendiliğinden güncellenmesini nasıl sağlarım?",
        "box.listenable ve ValueListenableBuilder ile alisveris listesini goster, silince liste yenilensin",
    ],
    "storage-064": [
        "Hive'a anahtar vermeden eleman ekleyip sonra tüm değerleri nasıl listelerim?",
        "box.add ile otomatik artan key'le ziyaret kayitlari ekle, values uzerinden hepsini yazdir",
    ],
    "storage-065": [
        "Hive box'ta sıradaki bir elemanı güncelleyip ilk elemanı silmek için ne kullanmalıyım?",
        "putAt ile 1. indeksteki gorevi guncelle, deleteAt ile ilk gorevi sil",
    ],
    "storage-066": [
        "Hive'da çok büyük verileri hepsini belleğe almadan, istenince diskten okumanın yolu ne?",
        "makaleler icin LazyBox kullan, get ile tek makaleyi diskten async oku ve toplu kaydet",
    ],
    "storage-067": [
        "Hive'daki hassas verileri şifrelemek, anahtarı da güvenli depoda tutmak için ne yapmalıyım?",
        "sifreli hive box ac: anahtari ilk seferde uretip flutter_secure_storage'a yaz, HiveAesCipher ile kullan",
    ],
    "storage-068": [
        "Hive'da tek bir anahtarın değeri değişince haber almanın yolu ne?",
        "box.watch ile cart_count anahtarini dinle, silinince ve degisince konsola yaz",
    ],
    "storage-069": [
        "Hive kutusunu boşaltıp kapatmak, istenirse dosyasını da diskten silmek için fonksiyon yaz",
        "hive box'ini temizleyip kapatmak ya da tamamen diskten silmek nasil yapilir?",
    ],
    "storage-070": [
        "Hive'da typeId ve HiveField numaralarının neden sabit kalması gerektiğini ve değişirse ne olacağını açıkla",
        "hive'da HiveField numarasini ya da typeId'yi sonradan degistirirsem eski kayitlara ne olur?",
    ],
    "storage-071": [
        "Hive ile sqflite'ı karşılaştır, hangi veri için hangisini seçmem gerektiğini açıkla",
        "hive mi sqflite mi kullanmaliyim, temel farklari nedir?",
    ],
    "storage-072": [
        "Hive.box çağrısında 'Box not found' hatası neden çıkar, açıkla ve doğru açma sırasını göster",
        "Hive.box('notes') box bulunamadi hatasi veriyor, openBox'i nerede cagirmam lazim?",
    ],
    "storage-073": [
        "Uygulamanın belgeler klasörüne bir metin dosyası nasıl kaydederim?",
        "path_provider ile documents dizinini bul ve note.txt dosyasina metni yaz",
    ],
    "storage-074": [
        "Belgeler klasöründeki notu okuyup ekranda göstermek, dosya yoksa boş dönmek için ne yapmalıyım?",
        "documents'taki note.txt'yi oku, yoksa bos string don; FutureBuilder ile Text'te goster",
    ],
    "storage-076": [
        "Geçici klasöre dosya yazıp işim bitince silmek için ne kullanmalıyım?",
        "satirlari csv olarak temp dizinine yaz, paylasimdan sonra dosyayi sil",
    ],
})
add({
    "storage-077": [
        "Belgeler klasöründe kullanıcıya özel iç içe resim klasörünü yoksa oluşturup nasıl döndürürüm?",
        "documents altinda users/id/images klasorunu recursive olustur, zaten varsa ayni dizini don",
    ],
    "storage-078": [
        "Girişten sonra gelen token'ı cihazda şifreli saklayıp sonra okumak için ne kullanmalıyım?",
        "flutter_secure_storage ile access token'i yazan ve okuyan TokenStorage sinifi yaz",
    ],
    "storage-079": [
        "Çıkışta güvenli depodaki access ve refresh token'ları sil, istenirse tüm kayıtları temizle",
        "logout olunca flutter_secure_storage'daki tokenlari silmek icin ne yapmaliyim?",
    ],
    "storage-080": [
        "Documents, application support ve temporary klasörleri arasındaki farkı açıkla, hangisine ne konur anlat",
        "path_provider'daki uc dizin (documents, support, temp) ne ise yarar, farklari ne?",
    ],
    "storage-081": [
        "Uygulama güncellendiğinde ya da silinip yeniden kurulduğunda yerel verilere ne olduğunu açıkla",
        "uygulamayi guncelleyince veya kaldirip tekrar yukleyince shared_preferences silinir mi?",
    ],
    "storage-082": [
        "flutter_secure_storage'ın verileri iOS'ta ve Android'de hangi mekanizmayla sakladığını açıkla",
        "flutter_secure_storage sifreli veriyi ios'ta keychain'de mi, android'de keystore ile mi tutuyor, arka planda nasil calisiyor?",
    ],
    "storage-083": [
        "Sepeti telefonda bir JSON dosyasına kaydedip uygulama açılınca geri yüklemeyi nasıl yaparım?",
        "sepet urunlerini documents'taki cart.json dosyasina yazan ve okuyan sinif yaz, dosya bozuksa bos liste don",
    ],
    "storage-084": [
        "Galeriden seçilen fotoğrafın silinmemesi için uygulamanın kendi klasörüne nasıl kopyalarım?",
        "image_picker ile secilen resmi documents klasorune benzersiz isimle kopyala",
    ],
    "storage-085": [
        "flutter_secure_storage'a Android ve iOS için ayrı güvenlik seçeneklerini nasıl veririm?",
        "secure storage'i AndroidOptions ve IOSOptions ile yapilandir, ios'ta erisim first_unlock_this_device olsun",
    ],
    "storage-087": [
        "Notlar için test ortamında bellekte, uygulamada cihazda saklayan iki farklı depo sınıfını ortak arayüzle nasıl yazarım?",
        "NotesRepository arayuzu tanimla; testler icin in-memory, uygulama icin shared_preferences implementasyonu yaz",
    ],
    "storage-088": [
        "Hive'da Map olarak tutulan eski kullanıcı kayıtlarını yeni User modeline tek seferlik nasıl aktarırım?",
        "hive migration yaz: users_v1 box'indaki map'leri User nesnesine cevir, eski box'i sil, surumu kaydet",
    ],
    "storage-089": [
        "Ürünleri API'den çekip yerel veritabanına yazan, internet yoksa yereldeki son veriyi veren bir yapı nasıl kurulur?",
        "offline-first ProductRepository yaz: basarili istekte sqflite'i yenile, hata olursa veritabanindan oku",
    ],
    "storage-090": [
        "İndirdiğim dosyaları bir hafta boyunca temp'te saklayıp tekrar indirmeden nasıl kullanırım?",
        "url'nin md5'iyle temp'e dosya cache'i yaz, 7 gunden yeniyse diskten don yoksa indir",
    ],
    "storage-091": [
        "sqflite'ta sütun adını ve tipini değiştirmek için tabloyu yeniden kurup veriyi taşıyan migration nasıl yazılır?",
        "users tablosunu yeni semayla olustur, eski veriyi cast ederek kopyala, eskisini silip yenisinin adini degistir",
    ],
    "storage-092": [
        "Çok büyük bir tabloyu belleğe tamamen almadan satır satır okuyup CSV dosyasına nasıl yazarım?",
        "sqflite queryCursor ile log tablosunu parca parca oku ve csv olarak documents'a kaydet",
    ],
    "storage-093": [
        "Mesaj tablosunda ekleme veya silme olunca ekrandaki listenin kendiliğinden yenilenmesini nasıl sağlarım?",
        "sqflite icin stream donen DAO yaz, insert ve delete sonrasi guncel mesaj listesini yaysin",
    ],
    "storage-094": [
        "Haberleri önce önbellekten hemen gösterip sonra API'den gelen yeni veriyle nasıl güncellerim?",
        "hive cache'teki basliklari hemen yayan, sonra api'den cekip cache'i guncelleyen bir stream yaz",
    ],
    "storage-095": [
        "Token'ları ve bitiş zamanını güvenli saklayıp oturumun açık olup olmadığını ve token'ın dolup dolmadığını nasıl kontrol ederim?",
        "AuthStorage sinifi yaz: access, refresh ve expiry secure storage'da dursun, isLoggedIn ve isAccessExpired olsun",
    ],
    "storage-1000": [
        "'Beni hatırla' seçiliyse e-postayı saklayıp giriş ekranı açılınca alanı nasıl doldururum?",
        "beni hatirla isaretliyse emaili kaydet, degilse sil; sayfa acilinca kayitli email'i alana yaz",
    ],
    "storage-1001": [
        "Uygulamanın ilk açılış tarihini saklayıp profilde kaç gündür kullanıldığını nasıl gösteririm?",
        "ilk acilis zamanini bir kere kaydet, profilde 'x gundur bizimlesiniz' yazisi icin gun farkini hesapla",
    ],
    "storage-1002": [
        "Yeni sürüm yüklendikten sonraki ilk açılışta bir kez 'Yenilikler' penceresini nasıl gösteririm?",
        "surum numarasini kaydet, surum degismisse bir kerelik yenilikler dialogu goster, ayni surumde gosterme",
    ],
    "storage-1003": [
        "Kayıtlı tercihlerden adı 'draft_' ile başlayanları bulup hepsini nasıl silerim?",
        "shared_preferences'taki tum draft_ onekli anahtarlari sil ve kac tane silindigini dondur",
    ],
})
add({
    "storage-1004": [
        "SharedPreferences kullanan servisi test ederken gerçek depolama yerine sahte başlangıç değerlerini nasıl veririm?",
        "setMockInitialValues ile onboarding servisini test et: anahtar varsa true, yoksa false donsun",
    ],
    "storage-1005": [
        "Yorum kutusuna yazılanlar kullanıcı durunca 1 saniye sonra taslak olarak kaydedilsin, sayfa açılınca geri gelsin; bunu nasıl yaparım?",
        "textfield'daki metni debounce ile 1 sn sonra shared_preferences'a taslak olarak yaz, acilista geri yukle",
    ],
    "storage-1006": [
        "Arka plan işinin SharedPreferences'a yazdığı değerin ön planda neden eski göründüğünü ve reload'un ne yaptığını açıkla",
        "baska isolate'in yazdigi prefs degerini ana uygulamada neden eski goruyorum, reload ne ise yarar?",
    ],
    "storage-1007": [
        "Ürünler tablosundaki kategorileri tekrarsız ve alfabetik sırayla nasıl alırım?",
        "sqflite query'de distinct ile kategori sutununu cek, harf buyuklugune bakmadan sirala",
    ],
    "storage-1008": [
        "Milisaniye olarak saklanan tarihlerden aylık harcama toplamlarını SQL ile nasıl hesaplarım?",
        "expenses tablosunda strftime ile yil-ay grubu olustur ve her ayin toplam tutarini map olarak dondur",
    ],
    "storage-1009": [
        "Seçilen birden çok notu tek bir silme sorgusuyla nasıl kaldırırım?",
        "secilen notlarin id listesini alip hepsini tek bir silme sorgusuyla kaldir ve kac tane silindigini dondur",
    ],
    "storage-1010": [
        "Veritabanı dosyasının yedeğini bugünün tarihiyle belgeler klasörüne nasıl kopyalarım?",
        "app.db'yi documents icine yedek_tarih.db adiyla kopyalayan fonksiyon yaz",
    ],
    "storage-1011": [
        "Eşzamanlı okuma-yazmada hız için sqflite'ta WAL günlük modunu nasıl açarım?",
        "onConfigure icinde PRAGMA journal_mode = WAL calistirarak veritabanini ac",
    ],
    "storage-1012": [
        "İmza çizimini PNG baytları olarak veritabanında saklayıp sonra nasıl geri okurum?",
        "sqflite'ta BLOB sutunlu signatures tablosu olustur, Uint8List kaydet ve id ile geri getir",
    ],
    "storage-1013": [
        "Windows ve Linux'ta sqflite'ın 'databaseFactory not initialized' hatasını nasıl çözerim?",
        "masaustunde sqflite_common_ffi ile databaseFactory'yi ayarla, sonra veritabanini ac",
    ],
    "storage-1014": [
        "Hive'daki görev kayıtlarından yalnızca bitmemiş olanları nasıl süzerim?",
        "tasks box'indaki degerlerden done true olmayanlari filtreleyip liste olarak dondur",
    ],
    "storage-1015": [
        "Şehir listesini Hive'a her birini ayrı put yerine tek seferde nasıl yazarım?",
        "eski cache'i temizle ve api'den gelen sehirleri putAll ile hive box'ina toplu yaz",
    ],
    "storage-1016": [
        "Sık silinen kayıtlar yüzünden büyüyen Hive dosyasındaki boş alanı nasıl geri kazanırım?",
        "hive box icin compactionStrategy ver, eski loglari silip compact ile dosyayi kucult",
    ],
    "storage-1017": [
        "Hive nesnesini box'tan aldıktan sonra anahtarını bilmeden doğrudan nasıl kaydeder ya da silerim?",
        "Contact sinifini HiveObject'ten turet, ismini degistirip save() ile kaydet, delete() ile sil",
    ],
    "storage-1018": [
        "İnternetten bir PDF indirip telefonun belgeler klasörüne kaydetmeyi nasıl yaparım?",
        "http ile pdf'i indir, documents klasorune yaz ve kaydedilen dosyanin yolunu dondur",
    ],
    "storage-1020": [
        "Yazma sırasında uygulama çökerse ayar dosyası bozulmasın diye dosyayı atomik olarak nasıl yazarım?",
        "json ayar dosyasini once .tmp dosyasina yazip sonra rename ile degistir, okurken bozuksa bos map don",
    ],
    "storage-1022": [
        "Kayıtlı şifreyi göstermeden önce parmak izi veya yüz tanıma ile doğrulama nasıl yaparım?",
        "parmak izi ya da yuz tanima basariliysa guvenli depodaki sifreyi oku, degilse null dondur",
    ],
    "storage-1025": [
        "Görevin düşük/orta/yüksek öncelik enum'unu sqflite'ta adıyla saklayıp geri okuyan toMap ve fromMap yaz",
        "sqflite'a enum alanini nasil kaydederim, okurken tekrar enum'a nasil cevirim?",
    ],
    "storage-1026": [
        "Notun etiket listesini ayrı tablo kurmadan veritabanında tek sütunda nasıl tutarım?",
        "etiketleri jsonEncode ile TEXT sutununa yaz, fromMap'te jsonDecode ile List<String>'e geri cevir",
    ],
    "storage-1027": [
        "Kişileri isimlerine göre sıralarken büyük harf küçük harf ayrımı yapılmamasını nasıl sağlarım?",
        "sqflite'ta contacts'i name COLLATE NOCASE ile alfabetik sirala",
    ],
    "storage-1028": [
        "Bir dosya yolundan dosya adını, uzantıyı ve klasörü nasıl ayırırım?",
        "path paketiyle tam yoldan basename, uzanti, uzantisiz isim ve dirname'i cikar",
    ],
    "storage-1029": [
        "İki ekran aynı kaydı düzenleyince birinin değişikliği kaybolmasın; sürüm sütunuyla çakışmayı nasıl yakalarım?",
        "iyimser kilit kullan: guncellerken surum numarasini da kontrol et, hic satir degismediyse kayit baskasi tarafindan degistirilmis demektir, hata firlat",
    ],
})
add({
    "storage-1030": [
        "Çıkışta cihazda kalan bütün kullanıcı verilerini (tercihler, token'lar, Hive, SQLite) nasıl tamamen temizlerim?",
        "logout'ta prefs.clear, secure storage deleteAll, Hive.deleteFromDisk ve deleteDatabase cagiran fonksiyon yaz",
    ],
    "storage-1031": [
        "Veritabanı ilk kurulurken kategori ve ürün tablolarını birlikte nasıl oluştururum?",
        "sqflite onCreate icinde batch ile categories, products tablolarini ve indeksi tek seferde olustur",
    ],
    "storage-1032": [
        "Tablodaki tüm kayıtları silip otomatik artan id'nin yeniden 1'den başlamasını nasıl sağlarım?",
        "tabloyu bosalt ve sqlite_sequence'taki sayacini sil, ikisini transaction icinde yap",
    ],
    "storage-1033": [
        "Önbellek veritabanında şema değişince migration yazmak yerine tabloları silip yeniden kurmayı nasıl yaparım?",
        "cache.db icin onUpgrade'de tabloyu DROP edip bastan olustur, downgrade'de dosyayi sil",
    ],
    "storage-1034": [
        "Android'de indirilen dosya documents klasöründe gizli kalıyor; kullanıcının görebileceği bir yere nasıl kaydederim?",
        "platforma gore disa aktarma klasoru sec: androidde external storage, masaustunde indirilenler; raporu oraya yaz",
    ],
    "storage-1035": [
        "Dosya boyutunu bayt yerine '1.4 MB' gibi okunur biçimde nasıl gösteririm?",
        "dosyanin uzunlugunu alip B, KB, MB, GB birimlerine ceviren fonksiyon yaz",
    ],
    "storage-1036": [
        "Geçici klasördeki bir aydan eski dosyaları otomatik temizlemek için ne yapmalıyım?",
        "temp dizinini recursive gez, son degisikligi 30 gunden eski dosyalari sil ve sayisini don",
    ],
    "storage-1037": [
        "Binlerce satırı dosyaya eklerken her satırda append yapmak çok yavaş; bunu nasıl hızlandırırım?",
        "raporu IOSink ile tek acilista satir satir yaz, sonunda flush ve close yap",
    ],
    "storage-1038": [
        "Seçilen uygulama dilini saklayıp uygulama yeniden açıldığında o dille nasıl başlatırım?",
        "secilen locale kodunu shared_preferences'a kaydet, main'de okuyup MaterialApp'in locale'ine ver",
    ],
    "storage-1039": [
        "Hive'daki kayıtlardan son bir haftada oluşturulanları bulup yeniden eskiye nasıl sıralarım?",
        "hive box degerlerini createdAt'e gore filtrele, son 7 gunu al ve en yeni basta olacak sekilde sirala",
    ],
    "storage-1040": [
        "Ad, e-posta ve rol bilgisini güvenli depoda tek anahtarda tutup model olarak nasıl geri okurum?",
        "SessionUser'i jsonEncode ile flutter_secure_storage'a tek key altinda yaz, okurken modele cevir",
    ],
    "storage-1041": [
        "SharedPreferences'ta aynı anda gelen artırmalar birbirini ezmesin; sayacı sıraya sokarak güvenli artır",
        "prefs'teki sayaci okuyup yazarken araya baska artirma girerse ne olur, bunu nasil onlerim?",
    ],
    "storage-1042": [
        "Seçilen tarih aralığı filtresini kaydedip daha sonra nasıl geri yüklerim?",
        "DateTimeRange'in baslangic ve bitisini iso string olarak prefs'e yaz, okurken DateTimeRange'e cevir",
    ],
    "storage-1043": [
        "Toplu fiyat güncellemesinin ortasında hata çıkarsa önceki değişiklikler de geri alınsın; bunu nasıl yaparım?",
        "sqflite'ta batch'i transaction icinde kullanarak fiyatlari guncelle ve audit kaydi ekle, hata olursa hepsi geri donsun",
    ],
    "storage-1044": [
        "Açık veritabanının şema sürümünü ve tablolarını debug için nasıl görürüm?",
        "db.getVersion ve sqlite_master ile tablo adlarini ve her tablodaki satir sayisini yazdir",
    ],
    "storage-1045": [
        "Uyku zamanlayıcısı süresini kaydedip uygulama açılınca son seçilen değeri nasıl getiririm?",
        "Duration'i saniye olarak prefs'e kaydet, yoksa varsayilan 30 dakika don",
    ],
    "storage-1046": [
        "Raporlar için her seferinde uzun JOIN yazmamak adına sqflite'ta bir görünüm nasıl oluştururum?",
        "siparis ozeti icin CREATE VIEW yaz ve bu view'i query ile tablo gibi sorgula",
    ],
    "storage-1047": [
        "Not güncellenince updated_at alanının kod yazmadan veritabanı tarafından kendiliğinden güncellenmesini nasıl sağlarım?",
        "not metni her guncellendiginde updated_at alaninin veritabani tarafindan kendiliginden yenilenmesi icin bir tetikleyici yaz",
    ],
    "storage-1048": [
        "Notları kalıcı silmek yerine çöp kutusuna taşıyıp geri getirebilmeyi nasıl yaparım?",
        "deleted_at sutunuyla soft delete yapan NoteDao yaz: aktif liste, cop kutusu, geri yukle ve eski copu bosalt",
    ],
    "storage-1049": [
        "Ölçümler tablosundaki en son kaydı nasıl çekerim, tablo boşsa ne döndürmeliyim?",
        "created_at'e gore azalan sirala, limit 1 ile en yeni olcumu getir; bos ise null don",
    ],
})
# ---------------------------------------------------------------- widgets_layout
add({
    "widgets_layout-001": [
        "Üç butonu yan yana, kenarlar dahil aralarında eşit boşluk kalacak şekilde diz",
        "yatayda uc butonu esit araliklarla yerlestirmek icin Row'da hangi hizalamayi kullanmaliyim?",
    ],
    "widgets_layout-003": [
        "Resmin sağ alt köşesine yarı saydam zeminli bir yazı bindir",
        "bir gorselin uzerinde sag alt koseye aciklama yazisi koymak icin Stack ve Positioned nasil kullanilir?",
    ],
    "widgets_layout-004": [
        "Yan yana iki kutudan biri genişliğin üçte ikisini, diğeri üçte birini nasıl kaplar?",
        "Row'daki iki widget'a Expanded flex 2 ve flex 1 vererek genisligi 2'ye 1 bol",
    ],
    "widgets_layout-005": [
        "Expanded ile Flexible'ın farkını örnekle açıkla, hangisinin ne zaman kullanılacağını söyle",
        "Flexible ve Expanded arasinda ne fark var, ikisi de alan paylastirmiyor mu?",
    ],
    "widgets_layout-006": [
        "Bir kutuya köşe yuvarlaklığı, zemin rengi ve hafif gölgeyi birlikte nasıl veririm?",
        "beyaz, 16 yuvarlak koseli ve asagi dogru hafif golgeli bir Container yap",
    ],
    "widgets_layout-007": [
        "Bir widget'a sadece sol ve üst kenardan 16 piksel boşluk ver",
        "yalnizca soldan ve ustten padding vermek icin EdgeInsets'in hangi kurucusu kullanilir?",
    ],
    "widgets_layout-008": [
        "Bir ikonu bulunduğu kutunun sağ üst köşesine nasıl yaslarım?",
        "Align ile yildiz ikonunu gri kutunun sag ust kosesine yerlestir",
    ],
    "widgets_layout-009": [
        "Alt alta duran başlık ve alt başlık arasına 12 piksel boşluk koy",
        "Column'da iki yazi arasina sabit bosluk birakmanin en kolay yolu ne?",
    ],
    "widgets_layout-010": [
        "Genişlik 600'ü geçince iki sütun, daha darsa tek sütun gösteren bir düzen nasıl kurulur?",
        "LayoutBuilder ile genis alanda sol ve sag icerigi yan yana, dar alanda alt alta goster",
    ],
    "widgets_layout-011": [
        "Ekranın yarı genişliğinde bir kutu yap",
        "bir Container'in genisligini ekran genisliginin yarisi kadar nasil ayarlarim?",
    ],
    "widgets_layout-012": [
        "Etiketleri yan yana dizip sığmayanların kendiliğinden alt satıra geçmesini nasıl sağlarım?",
        "Wrap ile chip'lerden etiket bulutu yap, aralarinda ve satirlar arasinda 8 bosluk olsun",
    ],
    "widgets_layout-013": [
        "Yuvarlak köşeli bir kartın içinde başlık ve açıklama metnini nasıl gösteririm?",
        "kose yuvarlakligi 12 olan Card icinde baslik ve govde yazisini alt alta goster",
    ],
    "widgets_layout-014": [
        "Solda avatar, sağda ok işareti olan ve tıklanabilen bir liste satırı nasıl yapılır?",
        "ListTile kullanarak isim, email, bas harfli avatar ve sagda chevron ikonlu tiklanabilir satir yaz",
    ],
    "widgets_layout-015": [
        "Üst bardaki başlığın sağına arama ve ayarlar ikonlarını nasıl eklerim?",
        "AppBar actions'a arama ve ayarlar IconButton'larini tooltip'leriyle koy",
    ],
    "widgets_layout-016": [
        "Ekle butonunu sağ alt köşe yerine ekranın alt ortasına nasıl alırım?",
        "Scaffold'a arti ikonlu FAB ekle ve konumunu centerFloat yap",
    ],
    "widgets_layout-017": [
        "İçerik kamera çentiğine ve durum çubuğuna taşmasın; sayfayı buna göre düzenle",
        "ekranin ustundeki centik ve status bar icerigi kapatmasin diye ne kullanmaliyim?",
    ],
    "widgets_layout-018": [
        "Başlık, alt yazı ve ikon alan, her yerde kullanabileceğim bir bilgi kartı widget'ı nasıl yazarım?",
        "title, subtitle, icon ve istege bagli renk parametreli InfoCard widget'i olustur",
    ],
    "widgets_layout-019": [
        "Widget'ları const ile oluşturmanın performansa etkisini örnekle açıkla",
        "const constructor kullanmak rebuild'leri nasil azaltir, ne faydasi var?",
    ],
    "widgets_layout-020": [
        "ValueKey, ObjectKey, UniqueKey ve GlobalKey'in farklarını ve kullanım yerlerini örnekle açıkla",
        "flutter'da hangi durumda ValueKey, hangisinde GlobalKey ya da UniqueKey kullanilir?",
    ],
    "widgets_layout-022": [
        "Satırdaki düzenle ikonunu en sağa itmek için araya kalan boşluğu dolduran bir şey koy",
        "Row'da bir ikonu saga yaslamak icin Spacer nasil kullanilir?",
    ],
    "widgets_layout-023": [
        "Telefon yan çevrilince öğeler yan yana, dik tutulunca alt alta dizilsin; bunu nasıl yaparım?",
        "OrientationBuilder ile yatayda Row, dikeyde Column kullanan bir layout widget'i yaz",
    ],
    "widgets_layout-024": [
        "Tablette solda yan menü, telefonda altta sekme çubuğu gösteren bir iskelet nasıl yapılır?",
        "genislik 640'tan buyukse NavigationRail, degilse NavigationBar gosteren uyarlanabilir Scaffold yaz",
    ],
    "widgets_layout-025": [
        "Kapak resminin üstüne aşağıdan yukarı kararan bir geçiş ve başlık nasıl eklerim?",
        "Stack ile resmin tamamina alttan siyaha donen gradient koy, sol altta beyaz baslik olsun",
    ],
    "widgets_layout-026": [
        "Bir widget'ın ekrandaki boyutunu ve konumunu GlobalKey ile ölçüp ekrana yaz",
        "bir kutunun ekrandaki genisligini, yuksekligini ve global koordinatini nasil bulurum?",
    ],
})
add({
    "widgets_layout-027": [
        "Klavye açıldığında alttaki Gönder butonunun klavyenin hemen üstüne çıkmasını sağla",
        "klavye acilinca alttaki butonun klavyenin altinda kalmamasi icin viewInsets'i nasil kullanirim?",
    ],
    "widgets_layout-028": [
        "Genişlik değişse de 16:9 oranını koruyan siyah bir video alanı nasıl yaparım?",
        "AspectRatio ile 16/9 oraninda, ortasinda oynat ikonu olan video yer tutucusu yap",
    ],
    "widgets_layout-029": [
        "Sabit genişlikteki kutuya sığmayan uzun başlık yazısını kendiliğinden nasıl küçültürüm?",
        "FittedBox scaleDown ile uzun basligi kutuya sigacak kadar kucult, sigiyorsa oldugu gibi kalsin",
    ],
    "widgets_layout-030": [
        "'Kısıtlar aşağı iner, boyutlar yukarı çıkar, konumu ebeveyn belirler' kuralını örnekle açıkla",
        "Container'a width 100 verdim ama tum ekrani kapliyor, flutter'daki constraint kurali neden boyle?",
    ],
    "widgets_layout-031": [
        "Kutunun genişliği içeriğe göre büyüsün ama 120'nin altına düşmesin, 300'ü de geçmesin; nasıl yaparım?",
        "ConstrainedBox ile minWidth 120 ve maxWidth 300 olan bir etiket kutusu yap",
    ],
    "widgets_layout-032": [
        "Yan yana duran ve metin uzunlukları farklı kartların hepsi en uzunu kadar yüksek olsun; bunu nasıl sağlarım?",
        "IntrinsicHeight ve stretch kullanarak Row icindeki kartlari esit yukseklikte goster",
    ],
    "widgets_layout-033": [
        "Butonun genişliği, içinde bulunduğu alanın yüzde 80'i kadar nasıl olur?",
        "FractionallySizedBox ile ebeveynin %80 genisliginde bir devam butonu yap",
    ],
    "widgets_layout-034": [
        "Form kısayken Kaydet butonu en altta dursun, uzunken sayfa kaysın; bunu nasıl kurarım?",
        "LayoutBuilder, SingleChildScrollView ve minHeight ile butonu alta iten ama tasinca kayan form sayfasi yaz",
    ],
    "widgets_layout-035": [
        "Alttaki sekmeler arasında gezinirken her sayfanın kaydırma yeri ve form içeriği kaybolmasın",
        "sekme degistirince sayfalarin state'i sifirlaniyor, bunu IndexedStack ile nasil korurum?",
    ],
    "widgets_layout-036": [
        "Bir widget'ı gizlerken Visibility, Opacity ve Offstage'in yer kaplama ve state açısından farkını açıkla",
        "widget gizlemek icin Opacity mi Offstage mi Visibility mi kullanmaliyim, farklari ne?",
    ],
    "widgets_layout-037": [
        "Büyük fiyat rakamı ile küçük 'TL' yazısının alt çizgileri aynı hizada olsun; bunu nasıl yaparım?",
        "Row'da farkli boyuttaki yazilari CrossAxisAlignment.baseline ve textBaseline ile taban cizgisine hizala",
    ],
    "widgets_layout-038": [
        "Column'daki öğelerin arasına her birine SizedBox koymadan eşit boşluk ver",
        "Column cocuklari arasina tek tek bosluk eklemek yerine spacing parametresi kullanilabilir mi?",
    ],
    "widgets_layout-039": [
        "Üst barı saydam yapıp arka plan içeriğinin barın arkasından başlamasını nasıl sağlarım?",
        "extendBodyBehindAppBar true olan, seffaf AppBar'li ve gradient arka planli sayfa yap",
    ],
    "widgets_layout-040": [
        "Sayfaya başlıklı bir yan menü ekleyip menüdeki öğeye basınca menünün kapanmasını nasıl sağlarım?",
        "Scaffold'a DrawerHeader ve ana sayfa, ayarlar ListTile'lari olan Drawer ekle; tiklayinca kapansin",
    ],
    "widgets_layout-041": [
        "Kutunun arka planına soldan sağa maviden mora geçen renk ver",
        "Container arka planinda iki renk arasinda yatay gecis icin LinearGradient'i nasil ayarlarim?",
    ],
    "widgets_layout-042": [
        "Widget'lara zincirleme şekilde padding ve ortalama ekleyebilmek için extension nasıl yazılır?",
        "Widget icin paddingAll, paddingSymmetric, centered ve expanded metodlari olan bir extension yaz",
    ],
    "widgets_layout-043": [
        "İlk sütunu dar, diğer sütunları daha geniş olan kenarlıklı bir puan tablosunu nasıl çizerim?",
        "Table widget'i ile sira, oyuncu ve puan sutunlu, ilk sutun sabit 48 genislikte tablo yap",
    ],
    "widgets_layout-044": [
        "Bir yazıyı ekranın tam ortasında göster",
        "ekranin hem yatay hem dikey ortasina widget koymak icin ne kullanilir?",
    ],
    "widgets_layout-045": [
        "Zil ikonunun köşesinde okunmamış bildirim sayısını gösteren küçük bir rozet nasıl eklerim?",
        "Badge ile bildirim ikonuna sayi rozeti koy, sifirsa gizlensin, 99'dan fazlaysa 99+ yazsin",
    ],
    "widgets_layout-046": [
        "Dialog'daki Column tüm ekranı doldurmasın, içeriği kadar yer kaplasın",
        "dialog icindeki column neden tum yuksekligi kapliyor, mainAxisSize ile nasil kucultulur?",
    ],
    "widgets_layout-047": [
        "Ekran genişliğine göre telefon, tablet ve masaüstü için farklı değer seçen yardımcıyı nasıl yazarım?",
        "mobile/tablet/desktop breakpoint enum'u ve context.responsive extension'i yaz, grid sutun sayisinda kullan",
    ],
    "widgets_layout-048": [
        "Container, ColoredBox ve DecoratedBox'ı karşılaştır, hangi durumda hangisinin seçileceğini açıkla",
        "sadece renk vermek icin Container yerine ColoredBox mi kullanmaliyim, farklari ne?",
    ],
    "widgets_layout-050": [
        "Beyaz kenarlıklı yuvarlak bir işaret kutusunu nasıl yaparım?",
        "BoxShape.circle ve Border.all kullanarak daire seklinde kenarlikli Container olustur",
    ],
    "widgets_layout-052": [
        "Container'daki margin ile padding'in farkını örnekle açıkla",
        "margin ile padding arasindaki fark ne, hangisi arka plan renginin icinde kalir?",
    ],
    "widgets_layout-053": [
        "Profil kartında avatarın yarısı kartın üstünden dışarı taşsın; bunu nasıl tasarlarım?",
        "Stack clipBehavior none ve negatif top ile avatari kartin ust kenarindan yarisi disarida olacak sekilde koy",
    ],
    "widgets_layout-054": [
        "Üst barın altında sekmeler olan ve her sekmede farklı içerik gösteren sayfayı nasıl yaparım?",
        "DefaultTabController ile AppBar bottom'ina uc sekmeli TabBar koy, TabBarView'da icerikleri goster",
    ],
})
add({
    "widgets_layout-055": [
        "Renk geçişli arka planı olan kendi üst barımı yazıp Scaffold'da nasıl kullanırım?",
        "PreferredSizeWidget uygulayan, flexibleSpace'te gradient olan GradientAppBar sinifi yaz",
    ],
    "widgets_layout-056": [
        "Alt barın ortasında yuvarlak ekle butonuna oturacak bir oyuk olmasını nasıl sağlarım?",
        "BottomAppBar'a CircularNotchedRectangle ver, FAB'i centerDocked konumuyla barin ortasina oturt",
    ],
    "widgets_layout-057": [
        "Scaffold.of(context) çağrısında 'does not contain a Scaffold' hatasının sebebini açıkla ve Builder ile düzelt",
        "ayni build icinde Scaffold.of ile drawer acmaya calisinca hata aliyorum, neden ve nasil cozulur?",
    ],
    "widgets_layout-059": [
        "Formdaki bütün alanları ve seçimleri tek butonla sıfırlamak için key'i nasıl değiştiririm?",
        "form widget'ina ValueKey ver, temizle butonunda key'i artirarak state'i tamamen yeniden olustur",
    ],
    "widgets_layout-060": [
        "Geniş ekranlarda içerik en fazla 800 piksel genişlikte kalsın ve ortalansın",
        "web ve tablette sayfa icerigi cok yayiliyor, maksimum genisligi nasil sinirlarim?",
    ],
    "widgets_layout-061": [
        "Sistem yazı boyutu aşırı büyütülünce düzen bozulmasın diye metin ölçeğini 0.9 ile 1.3 arasında tut",
        "kullanici font boyutunu cok buyutunce tasarim bozuluyor, MediaQuery ile yazi olcegini nasil sinirlarim?",
    ],
    "widgets_layout-062": [
        "Takipçi ve takip sayısı arasına dikey ayırıcı çizgi nasıl koyarım?",
        "Row'daki iki istatistigin arasina VerticalDivider ekle, yukseklik icin SizedBox kullan",
    ],
    "widgets_layout-063": [
        "Bir bölümdeki bütün yazılara tek tek stil vermeden ortak stil nasıl uygularım?",
        "DefaultTextStyle ile bolumdeki tum Text'lere ayni boyut ve rengi ver, biri kalin olsun",
    ],
    "widgets_layout-064": [
        "İndirim etiketini 45 derece eğik göster",
        "bir widget'i 45 derece dondurmek icin Transform.rotate'e aciyi nasil veririm?",
    ],
    "widgets_layout-065": [
        "Transform.rotate ile RotatedBox'ın layout açısından farkını örnekle açıkla",
        "RotatedBox ile Transform.rotate arasindaki fark ne, hangisi yer kaplamayi da degistirir?",
    ],
    "widgets_layout-066": [
        "Geniş ekranda liste ile detayı yan yana, dar ekranda ayrı sayfada göstermeyi nasıl yaparım?",
        "master-detail duzeni yaz: 720'den genisse secilen ogenin detayi sagda, darsa tiklayinca yeni sayfa acilsin",
    ],
    "widgets_layout-067": [
        "Ana butona basınca küçük butonların çeyrek daire şeklinde açıldığı bir menüyü nasıl yaparım?",
        "Flow ve FlowDelegate ile animasyonlu acilan ceyrek daire FAB menusu yaz",
    ],
    "widgets_layout-068": [
        "Avatarın sağ alt köşesine çevrimiçi noktasını kendi boyutuna göre hizalanacak şekilde nasıl koyarım?",
        "CustomMultiChildLayout ile avatar ve yesil cevrimici rozetini yerlestir, rozet boyutuna gore sag alta otursun",
    ],
    "widgets_layout-069": [
        "Butonun hemen altında açılıp sayfa kaydıkça butonu izleyen bir seçenek paneli nasıl yapılır?",
        "OverlayPortal ve CompositedTransformFollower ile butona bagli acilir menu yaz",
    ],
    "widgets_layout-070": [
        "Ortadaki çizgiyi sürükleyerek iki panelin genişliğini ayarlayabileceğim bir bölünmüş görünüm nasıl yaparım?",
        "yatay suruklenebilen ayiriciyla sol ve sag paneli bolen split view yaz, oran 0.2-0.8 arasinda kalsin",
    ],
    "widgets_layout-071": [
        "Yan menünün butonla sadece ikon ve ikon+yazı halleri arasında animasyonla daralıp açılmasını nasıl sağlarım?",
        "AnimatedContainer ile genisligi 220 ve 64 arasinda degisen, dar modda yazilari gizleyen sidebar yaz",
    ],
    "widgets_layout-072": [
        "SingleChildScrollView içinde Expanded kullanınca çıkan sınırsız yükseklik hatasının sebebini ve çözümlerini açıkla",
        "kaydirilabilir column'da Expanded neden unbounded height hatasi veriyor?",
    ],
    "widgets_layout-073": [
        "Liste satırında alt başlık üç satır yüksekliğinde görünsün",
        "ListTile'da uzun mesaj onizlemesi icin isThreeLine'i nasil kullanirim?",
    ],
    "widgets_layout-074": [
        "Stack'teki konumu verilmemiş bütün çocukları ortaya hizala",
        "Stack icinde Positioned olmayan widget'lari ortalamak icin hangi ozelligi ayarlamaliyim?",
    ],
    "widgets_layout-075": [
        "Kendi başlık alanımın üstüne durum çubuğu kadar boşluk bırak",
        "status bar ve centik yuksekligini MediaQuery'den nasil okurum?",
    ],
    "widgets_layout-076": [
        "Karta dokununca dalga efekti çıksın ama yuvarlak köşelerin dışına taşmasın",
        "Card icindeki InkWell'in ripple'i koselerden tasiyor, clipBehavior ile nasil kirparim?",
    ],
    "widgets_layout-077": [
        "Butonun ebeveyninin verdiği tüm genişlik ve yüksekliği doldurmasını sağla",
        "bir widget'in kendisine verilen alanin tamamini kaplamasi icin en kisa yol ne?",
    ],
    "widgets_layout-078": [
        "Ürün sayfasında içerik kaysa da altta sabit duran bir Satın Al butonu koy",
        "sayfanin en altinda hep gorunen satin al butonu icin bottomNavigationBar'i nasil kullanirim?",
    ],
    "widgets_layout-079": [
        "Bir logoyu yatayda %75, dikeyde %25 noktasına nasıl yerleştiririm?",
        "Align ve Alignment(0.5, -0.5) ile widget'i saga ve uste yakin bir noktaya koy",
    ],
    "widgets_layout-080": [
        "Kart içeriğinin sağ ve solunda 24, üst ve altında 8 piksel boşluk olsun; bunu nasıl veririm?",
        "EdgeInsets.symmetric ile kart icerigine yatay 24 dikey 8 padding ver",
    ],
    "widgets_layout-081": [
        "En üstte geniş bir toplam satış kartı, altında ikiye bölünmüş iki kart olan özet ekranı nasıl kurulur?",
        "dashboard yap: en ustte genis toplam satis karti, altinda Expanded ile esit genislikte iki kart",
    ],
})
add({
    "widgets_layout-082": [
        "Row'daki ikonları sağdan sola doğru sırala, ilk eleman en sağda dursun",
        "Row'un cocuklarini ters yonde, sagdan baslayarak dizmek icin textDirection nasil ayarlanir?",
    ],
    "widgets_layout-083": [
        "Uygulamadaki bütün liste satırlarının kenar boşluğunu ve ikon rengini tek yerden nasıl değiştiririm?",
        "listTileTheme ile tum ListTile'larin padding'ini 24 ve ikon rengini teal yap",
    ],
    "widgets_layout-084": [
        "Harita gibi bir arka planın üstünde, en altta tam genişlikte bir onay butonu nasıl sabitlerim?",
        "Stack icinde Positioned left 0 right 0 bottom 0 ile butonu ekranin altina boydan boya yapistir",
    ],
    "widgets_layout-085": [
        "Alttaki butonlar yalnızca alt kenarda güvenli alana göre itilsin ve en az 16 piksel boşluk kalsın; nasıl yaparım?",
        "SafeArea'yi sadece alt icin ac, minimum ile alt boslugu en az 16 yap",
    ],
    "widgets_layout-086": [
        "build içinde yardımcı metotla widget döndürmek yerine ayrı widget sınıfı yazmanın faydalarını açıkla",
        "_buildHeader gibi metodlar mi yoksa ayri StatelessWidget mi daha iyi, neden?",
    ],
    "widgets_layout-087": [
        "StatefulWidget yaşam döngüsü metodlarının (initState, didChangeDependencies, didUpdateWidget, dispose) ne zaman çalıştığını örnekle açıkla",
        "State'teki initState, didUpdateWidget ve dispose hangi anlarda cagriliyor?",
    ],
    "widgets_layout-088": [
        "Android'de de AppBar başlığının ortada durmasını ve geri okunun yerine kendi ikonumun çıkmasını nasıl sağlarım?",
        "AppBar'da centerTitle true yap, leading'e kapatma ikonlu bir buton koy ve maybePop cagir",
    ],
    "widgets_layout-089": [
        "Banner'ın yüksekliği ekranın üçte biri olsun ama 150'den az, 300'den fazla olmasın; bunu nasıl hesaplarım?",
        "ekran yuksekliginin 1/3'unu clamp ile 150-300 arasinda tutan turuncu banner yap",
    ],
    "widgets_layout-090": [
        "GridView olmadan, genişliğe göre sütun sayısı değişen ve kart yükseklikleri farklı olabilen bir düzen nasıl kurarım?",
        "LayoutBuilder ile sutun sayisini hesapla, Wrap icinde kartlari esit genislikte SizedBox'larla diz",
    ],
    "widgets_layout-091": [
        "Bir widget'ın boyutu her değiştiğinde haber veren bir yapıyı RenderObject seviyesinde nasıl yazarım?",
        "RenderProxyBox kullanan MeasureSize widget'i yaz, boyut degisince frame sonunda callback cagirsin",
    ],
    "widgets_layout-092": [
        "Ekran genişliğine göre değişen boşluk değerini alt widget'lara InheritedWidget ile nasıl dağıtırım?",
        "AppSpacing adinda InheritedWidget yaz, genis ekranda 16 dar ekranda 8 birim versin ve kartlar bunu kullansin",
    ],
    "widgets_layout-093": [
        "Ekran yan çevrilince Row'dan Column'a taşınan widget'ın state'i kaybolmasın; bunu nasıl sağlarım?",
        "farkli ebeveyne tasinan oynatici widget'ina GlobalKey vererek state'ini koru",
    ],
    "widgets_layout-094": [
        "Bir noktanın altında açılan baloncuğu ekran kenarından taşmayacak, yer yoksa üstte açılacak şekilde nasıl konumlandırırım?",
        "CustomSingleChildLayout ve SingleChildLayoutDelegate ile hedefe gore baloncuk yerlestir, kenarlarda clamp yap",
    ],
    "widgets_layout-095": [
        "Widget, Element ve RenderObject ağaçlarının görevlerini ve birbirleriyle ilişkisini açıkla",
        "flutter'daki widget, element ve render object agaclari arasindaki iliski nedir?",
    ],
    "widgets_layout-3002": [
        "Column'da logo ve başlık yukarıda kalsın, Başla butonu en alta itilsin",
        "column icinde butonu ekranin en altina yaslamak icin arada ne kullanmaliyim?",
    ],
    "widgets_layout-3003": [
        "TextField'ı Row içine koyunca çıkan 'unbounded width' hatasının nedenini açıkla ve düzelt",
        "Row icinde TextField kullaninca InputDecorator unbounded width hatasi veriyor, neden?",
    ],
    "widgets_layout-3004": [
        "Expanded kullanınca çıkan 'Incorrect use of ParentDataWidget' hatasının sebebini açıkla ve doğru yerleşimi göster",
        "Expanded'i Padding icine koyunca ParentDataWidget hatasi aliyorum, dogrusu nasil?",
    ],
    "widgets_layout-3005": [
        "Solda avatar, sağında isim ve uzun biyografi olan kullanıcı kartında yazının taşmasını nasıl önlerim?",
        "avatarin yaninda isim ve biyografiyi alt alta goster, metin kolonu Expanded ile sarili olsun ki tasmasin",
    ],
    "widgets_layout-3006": [
        "İndirimde eski fiyatı gri ve üstü çizili, yeni fiyatı kırmızı ve kalın nasıl gösteririm?",
        "eski fiyat lineThrough ve gri, yanindaki yeni fiyat kirmizi kalin olan bir widget yaz",
    ],
    "widgets_layout-3007": [
        "Sağ üst köşesinde kapatma çarpısı olan bir duyuru kartını nasıl yaparım?",
        "Card icinde Stack kullan, metne sagdan bosluk birak ve sag ust koseye X IconButton'u koy",
    ],
    "widgets_layout-3008": [
        "Stack'in bütün alanı kaplaması ve konumsuz çocuklarının tam boy olması için ayarı yap",
        "Stack'te fit: StackFit.expand ne yapar, arka plani tum ekrana nasil yayarim?",
    ],
    "widgets_layout-3009": [
        "Yıldız ikonunu yerleşimi bozmadan biraz yukarı kaydırıp büyük göster",
        "bir ikonu layout'u etkilemeden 10 piksel yukari tasiyip 1.5 kat buyutmenin yolu ne?",
    ],
    "widgets_layout-3010": [
        "Kartı Y ekseninde eğik, perspektifli bir görünümle nasıl gösteririm?",
        "Matrix4 ile perspektif ekleyip karti rotateY ile hafifce cevir, 3D gibi gorunsun",
    ],
    "widgets_layout-3011": [
        "Alt alta duran öğelerin arasına ince ve soldan girintili ayırıcı çizgiyi nasıl koyarım?",
        "liste ogeleri arasina indent 72 olan ince Divider koy, cizgi ikondan sonra baslasin",
    ],
    "widgets_layout-3012": [
        "Çöp kutusu ikonuna basılı tutunca 'Sil' ipucu nasıl çıkar?",
        "silme IconButton'una tooltip ekle, uzun basinca aciklama gorunsun",
    ],
    "widgets_layout-3013": [
        "Yanında çarpı olan ve çarpıya basınca kaybolan etiketleri nasıl yaparım?",
        "Wrap icinde onDeleted verilmis Chip'lerle silinebilir etiket listesi yaz",
    ],
})
add({
    "widgets_layout-3014": [
        "Kullanıcı tablosunda yaş sütununun başlığına tıklayınca sıralamanın değişmesini nasıl sağlarım?",
        "DataTable ile isim ve yas sutunlu tablo yap, yas basligina basinca artan/azalan siralansin",
    ],
    "widgets_layout-3015": [
        "Ekrana sığmayan çok sütunlu tabloyu hem sağa sola hem yukarı aşağı kaydırılabilir yap",
        "genis bir tabloyu iki yonlu kaydirmak icin ic ice SingleChildScrollView nasil kullanilir?",
    ],
    "widgets_layout-3016": [
        "Yeni ürün kartlarının sağ üst köşesinde çapraz 'YENİ' şeridi nasıl gösteririm?",
        "isNew true olan kartlara Banner widget'i ile kosede kirmizi capraz YENI seridi ekle",
    ],
    "widgets_layout-3017": [
        "Not düzenleme sayfasının altında sabit duran İptal ve Kaydet butonlarını Scaffold'un kendi özelliğiyle nasıl koyarım?",
        "Scaffold'un persistentFooterButtons alanina iptal ve kaydet butonlarini yerlestir",
    ],
    "widgets_layout-3019": [
        "ListView'in üstüne kendiliğinden eklenen durum çubuğu kadar boşluğu kaldır",
        "listenin basinda status bar kadar istemedigim bir bosluk var, MediaQuery.removePadding ile nasil silerim?",
    ],
    "widgets_layout-3020": [
        "Sağ altta iki ayrı yüzen butonu üst üste nasıl gösteririm?",
        "floatingActionButton'a Column ver, kucuk konum FAB'i ile ekle FAB'ini farkli heroTag'lerle ust uste koy",
    ],
    "widgets_layout-3021": [
        "Kalem ikonlu ve 'Yeni gönderi' yazılı, geniş hap biçimli ekle butonu nasıl yapılır?",
        "FloatingActionButton.extended ile ikon ve yazi iceren genis FAB ekle",
    ],
    "widgets_layout-3022": [
        "Column içine Center koymama rağmen içeriğin dikeyde ortalanmama sebebini açıkla ve düzelt",
        "column'daki bos durum ikonunu ve yazisini neden dikeyde ortalayamiyorum?",
    ],
    "widgets_layout-3027": [
        "İndirim yoksa hiçbir şey göstermeyen ve yer de kaplamayan etiket widget'ı yaz",
        "kosul tutmadiginda yer kaplamayan bos widget dondurmek icin ne kullanilir?",
    ],
    "widgets_layout-3028": [
        "Renkli kutuya tıklayınca dalga efekti görünmüyor; rengi Ink ile verip dalgayı görünür yap",
        "InkWell'in ripple'i Container renginin altinda kaliyor, bunu nasil duzeltirim?",
    ],
    "widgets_layout-3029": [
        "Ortadan kenarlara doğru sarıdan turuncuya açılan dairesel renk geçişli kutu nasıl yapılır?",
        "Container'a RadialGradient ver, merkezden disa dogru uc renkli gecis olsun",
    ],
    "widgets_layout-3030": [
        "Seçiliyken 2 piksel mavi, değilken gri kenarlıklı yuvarlak köşeli kutu nasıl yaparım?",
        "secim durumuna gore kenar rengi degisen, Border.all ve borderRadius kullanan kutu widget'i yaz",
    ],
    "widgets_layout-3031": [
        "Uçları tam yuvarlak, kapsül biçiminde bir durum etiketi nasıl yaparım?",
        "yesil zeminli, beyaz yazili, uclari tam yuvarlak hap seklinde bir durum etiketi yap",
    ],
    "widgets_layout-3032": [
        "Kartın köşelerini yuvarlak yerine çapraz kesik gösterebilir miyim, nasıl?",
        "BeveledRectangleBorder kullanarak koseleri pahli bilet karti yap",
    ],
    "widgets_layout-3033": [
        "Material 3'teki normal, dolu ve çerçeveli kartları yan yana nasıl gösteririm?",
        "Card, Card.filled ve Card.outlined'i bir Row icinde esit genislikte goster",
    ],
    "widgets_layout-3034": [
        "FilledButton, ElevatedButton, OutlinedButton ve TextButton'ın vurgu farklarını ve kullanım yerlerini örnekle açıkla",
        "hangi buton turu ana eylem, hangisi ikincil eylem icin kullanilmali?",
    ],
    "widgets_layout-3035": [
        "Yer imi ikonuna basınca dolu, tekrar basınca boş görünmesini nasıl sağlarım?",
        "IconButton'da isSelected ve selectedIcon ile kaydet ikonunu dolu/bos arasinda degistir",
    ],
    "widgets_layout-3036": [
        "AppBar'a koyduğum filtre butonuyla sağdan açılan yan menüyü nasıl açarım?",
        "GlobalKey<ScaffoldState> ile appbar'daki ikondan endDrawer'i ac",
    ],
    "widgets_layout-3038": [
        "Üst barın hemen altına tam genişlikte bir arama çubuğu nasıl yerleştiririm?",
        "AppBar bottom'ina PreferredSize icinde SearchBar koy, yuksekligi 64 olsun",
    ],
    "widgets_layout-3041": [
        "GestureDetector ile InkWell'in farkını açıkla, hangisinin ne zaman kullanılacağını örnekle göster",
        "dokunma icin GestureDetector mi InkWell mi secmeliyim?",
    ],
    "widgets_layout-3042": [
        "Ekrana sığan üç bölümün yüksekliklerini 1'e 2'ye 1 oranında nasıl paylaştırırım?",
        "Column icinde flex 1, 2, 1 olan uc Expanded ile ortadaki bolum iki kat yuksek olsun",
    ],
    "widgets_layout-3043": [
        "Geniş ekranda yan yana, dar ekranda alt alta dizilen öğeleri tek widget ile nasıl yaparım?",
        "Flex widget'inin direction'ini ekran genisligine gore yatay ya da dikey sec",
    ],
    "widgets_layout-3044": [
        "Çok satırlı yazının yanındaki ikon ortada değil, yazının üst satırı hizasında dursun",
        "Row'da ikonu cok satirli metnin ustune hizalamak icin crossAxisAlignment'i nasil ayarlarim?",
    ],
    "widgets_layout-3046": [
        "Klavye açılınca giriş ekranının arka plan resmi sıkışmasın; sayfanın yeniden boyutlanmasını nasıl kapatırım?",
        "resizeToAvoidBottomInset false yap, formu klavyenin ustunde tutmak icin viewInsets kadar padding ver",
    ],
    "widgets_layout-3047": [
        "Bir kutunun her koşulda tam 200x200 olmasını sıkı kısıtla nasıl zorlarım?",
        "BoxConstraints.tightFor ile 200'e 200 kare yap, Center ile ebeveynin kisitini gevset",
    ],
    "widgets_layout-3048": [
        "Ebeveyninden geniş bir çocuğu taşırarak göstermek için OverflowBox ile UnconstrainedBox'ın farkını açıkla",
        "cocugun ebeveynden tasmasina izin vermek icin OverflowBox mi UnconstrainedBox mi kullanmaliyim?",
    ],
    "widgets_layout-3049": [
        "Yatay listedeki kartlar sınırsız alanda en fazla 200 yüksekliğe uzasın, dışarıdan sınır gelirse ona uysun; bunu nasıl yaparım?",
        "LimitedBox ile hikaye kartina maxHeight 200 ve maxWidth 140 ver",
    ],
    "widgets_layout-3051": [
        "iPhone tarzı bir sayfada üst bara başlık ve sağa 'Düzenle' butonu nasıl koyarım?",
        "CupertinoPageScaffold ve CupertinoNavigationBar ile notlar sayfasi yap, trailing'de duzenle butonu olsun",
    ],
    "widgets_layout-3052": [
        "Ekran okuyucunun kartı parça parça değil, tek cümle olarak okumasını nasıl sağlarım?",
        "Semantics label ve excludeSemantics ile urun kartini tek bir erisilebilirlik ogesi yap",
    ],
    "widgets_layout-3053": [
        "Bir ipucu yazısını ebeveynin alt ortasına nasıl yerleştiririm?",
        "yaziyi bulundugu alanin yatayda ortasina, dikeyde en altina yerlestir",
    ],
    "widgets_layout-3057": [
        "Kart başlığı kısa da olsa uzun da olsa fiyatın hep kartın en altında aynı hizada durmasını nasıl sağlarım?",
        "urun kartinda baslik ile fiyat arasina Spacer koy, fiyat sabit yukseklikli kartin dibinde kalsin",
    ],
    "widgets_layout-3058": [
        "Başlığın yazı boyutu bulunduğu alanın genişliğine göre büyüyüp küçülsün ama 14 ile 32 arasında kalsın",
        "LayoutBuilder'dan gelen genislige gore font boyutunu hesaplayip clamp ile sinirlamanin yolu ne?",
    ],
    "widgets_layout-3061": [
        "Yarı saydamlık için Opacity widget'ı ile rengin alfa değerini değiştirmeyi karşılaştır, hangisinin ne zaman uygun olduğunu göster",
        "sadece arka plani seffaf yapmak icin Opacity mi yoksa withValues(alpha) mi kullanmaliyim?",
    ],
})
# ---------------------------------------------------------------- performance
add({
    "performance-001": [
        "Widget'ları const ile oluşturmanın rebuild ve performans açısından faydasını açıkla",
        "const constructor kullaninca uygulama neden daha hizli calisir?",
    ],
    "performance-002": [
        "Kendi yazdığım StatelessWidget'a const constructor nasıl eklerim ve const olarak nasıl çağırırım?",
        "InfoChip widget'ina const kurucu yaz ve Row icinde const ile kullan",
    ],
    "performance-003": [
        "ListView ile ListView.builder'ın farkını açıkla, uzun listede hangisinin seçileceğini örnekle göster",
        "uzun listelerde children'li ListView mi builder mi kullanmaliyim, fark ne?",
    ],
    "performance-004": [
        "On bin ürünlük bir listeyi takılmadan kaydırılabilir şekilde nasıl gösteririm?",
        "cok sayida urunu sadece gorunen satirlari olusturan ListView.builder ile listele",
    ],
    "performance-005": [
        "Satırları eşit yükseklikte olan listede itemExtent vermenin kaydırmaya etkisini açıkla, örnek yaz",
        "sabit yukseklikli satirlarda itemExtent kullanmak ne kazandirir?",
    ],
    "performance-006": [
        "Satırların yüksekliğini bilmiyorum ama hepsi aynı; ListView'a örnek bir satır verip ölçümü hızlandır",
        "ListView.builder'da prototypeItem ne ise yarar, nasil kullanilir?",
    ],
    "performance-007": [
        "Uzun bir listede satırların arasına çizgi koyarken performansı korumak için hangi kurucuyu kullanmalıyım?",
        "ListView.separated ile ayarlar listesini satir aralarinda Divider olacak sekilde goster",
    ],
    "performance-008": [
        "Binlerce fotoğrafı üç sütunlu ızgarada takılmadan nasıl gösteririm?",
        "GridView.builder ile 3 sutunlu foto galerisi yap, resimleri kucuk boyutta decode et",
    ],
    "performance-009": [
        "Dönen logo animasyonunun sayfanın geri kalanını tekrar tekrar boyamasını engelle",
        "surekli donen animasyon butun sayfayi yeniden boyatiyor, RepaintBoundary ile nasil ayiririm?",
    ],
    "performance-010": [
        "RepaintBoundary'nin hangi durumlarda faydalı olduğunu, her yere konmasının neden yanlış olduğunu açıkla",
        "RepaintBoundary'yi her widget'a koymak iyi mi, ne zaman kullanmaliyim?",
    ],
    "performance-011": [
        "Provider'da modelin sadece okunmamış sayısı değişince yeniden çizilen bir rozet nasıl yaparım?",
        "Selector ile UserModel'in yalnizca unreadCount alanini dinle, name degisince rebuild olmasin",
    ],
    "performance-012": [
        "Provider modelinde yalnızca isim değiştiğinde güncellenen bir yazı widget'ı nasıl yazılır?",
        "context.select ile Profile'dan sadece name'i oku, puan artinca widget yeniden cizilmesin",
    ],
    "performance-013": [
        "Beğeni sayacını güncellerken bütün sayfa setState ile yeniden çizilmesin; sadece sayı değişsin",
        "ValueNotifier ve ValueListenableBuilder ile yalnizca sayac yazisini guncellemenin yolu ne?",
    ],
    "performance-014": [
        "ValueListenableBuilder'ın child parametresinin rebuild maliyetini nasıl azalttığını örnekle açıkla",
        "ValueListenableBuilder'daki child ne ise yarar, neden builder icinde olusturmamaliyim?",
    ],
    "performance-015": [
        "Animasyon sırasında kartın içeriğinin her karede yeniden oluşturulmasını nasıl önlerim?",
        "AnimatedBuilder'in child parametresine sabit karti ver, builder'da sadece olcekleme yapilsin",
    ],
    "performance-016": [
        "Listeden öğe silince işaretler yanlış satıra kayıyor; satırlara id'ye göre key vererek düzelt",
        "liste elemani silinince state'ler karisiyor, ValueKey kullanarak bunu nasil onlerim?",
    ],
    "performance-017": [
        "Key'lerin ne zaman gerektiğini ve ValueKey, ObjectKey, UniqueKey farkını örnekle açıkla",
        "hangi durumda widget'a key vermem gerekir, ValueKey ile UniqueKey arasindaki fark ne?",
    ],
    "performance-018": [
        "Büyük JSON cevabını ayrı bir isolate'te parse ederek arayüzün donmasını engelle",
        "cok buyuk api cevabini decode ederken arayuz takiliyor, bu isi ayri isolate'e tasimak icin compute nasil kullanilir?",
    ],
    "performance-019": [
        "Asal sayı sayma gibi ağır bir hesabı arayüzü kilitlemeden nasıl çalıştırırım?",
        "Isolate.run ile agir hesaplamayi ayri isolate'te calistirip sonucu Future olarak don",
    ],
    "performance-020": [
        "compute ile Isolate.run'ın farklarını ve hangisinin ne zaman kullanılacağını açıkla",
        "compute mu Isolate.run mi kullanmaliyim, ikisi arasinda ne fark var?",
    ],
    "performance-021": [
        "Arka planda sürekli çalışan bir isolate'e mesaj gönderip cevabını nasıl alırım?",
        "Isolate.spawn ile uzun omurlu worker kur, SendPort/ReceivePort ile iki yonlu mesajlas",
    ],
    "performance-022": [
        "Büyük internet fotoğraflarını küçük avatar olarak gösterirken bellek kullanımını düşür",
        "kucuk avatarda koca resim bellegi sisiriyor, cacheWidth ile kucuk decode etmenin yolu ne?",
    ],
    "performance-023": [
        "Büyük arka plan görselini ekran genişliğine göre küçültülmüş boyutta nasıl decode ederim?",
        "asset banner resmini ResizeImage ile ekran genisligi x pixel ratio boyutunda yukle",
    ],
    "performance-024": [
        "Detay sayfasındaki resim geçişte beklemeden görünsün diye önceden nasıl yüklerim?",
        "sonraki sayfanin resmini didChangeDependencies'te precacheImage ile onbellege al",
    ],
})
add({
    "performance-025": [
        "Arama kutusunda her harfte istek gitmesin, kullanıcı 400 ms durunca arama yapılsın",
        "yazarken her tusa basista api cagrilmasin diye Timer ile debounce nasil kurarim?",
    ],
    "performance-026": [
        "Butona üst üste basılınca aynı isteğin tekrar tekrar gitmesini nasıl önlerim?",
        "istek surerken butonu pasif yap ve icinde kucuk spinner goster, bitince tekrar aktif olsun",
    ],
    "performance-028": [
        "Pahalı bir hesabın sonuçlarını saklayıp tekrar hesaplamamak için memoization nasıl yapılır?",
        "fibonacci sonuclarini Map'te cache'leyen fonksiyon yaz, ayni deger ikinci kez hesaplanmasin",
    ],
    "performance-029": [
        "FutureBuilder'ın her yeniden çizimde isteği tekrar atmasını engelle; Future'ı bir kez oluştur",
        "FutureBuilder'a future'i build icinde verince istek tekrar tekrar gidiyor, neden ve nasil duzeltirim?",
    ],
    "performance-030": [
        "Skor listesini her build'de değil, yalnızca veri değişince sırala",
        "build icinde sort yapmak yerine siralamayi initState ve didUpdateWidget'ta nasil yaparim?",
    ],
    "performance-031": [
        "Metin, kaydırma controller'ları ve FocusNode'un sızıntı yapmaması için ne zaman ve nasıl kapatılması gerekir?",
        "not editorunde TextEditingController, ScrollController ve FocusNode'u dispose icinde serbest birak",
    ],
    "performance-032": [
        "Widget ekrandan kalkınca stream aboneliğini iptal et",
        "stream'e listen ile abone olduktan sonra sayfa kapaninca aboneligi nerede kapatmaliyim?",
    ],
    "performance-033": [
        "Saniyede bir güncellenen saat widget'ında zamanlayıcıyı ekran kapanınca nasıl durdururum?",
        "Timer.periodic ile canli saat yap, dispose'da timer'i iptal et",
    ],
    "performance-034": [
        "Çubuk grafik çizen CustomPainter yalnızca veriler ya da renk değişince yeniden çizilsin; bunu nasıl yaparım?",
        "shouldRepaint'te eski ve yeni degerleri listEquals ile karsilastir, degismediyse false don",
    ],
    "performance-035": [
        "Animasyonlu bir çizimde widget'ı yeniden build etmeden sadece boyamanın tekrarlanmasını nasıl sağlarım?",
        "CustomPainter'a repaint olarak controller'i ver, radar taramasi her tick'te sadece paint ile cizilsin",
    ],
    "performance-036": [
        "CustomPainter'da paint her çağrıldığında Paint oluşturmanın maliyetini açıkla, sabit nesneleri bir kez oluşturan örnek yaz",
        "paint metodunda her seferinde yeni Paint nesnesi yaratmak sorun olur mu?",
    ],
    "performance-037": [
        "Liste sonuna yaklaşınca bir sonraki sayfayı getiren sayfalı ListView'i ScrollController ile nasıl yaparım?",
        "scroll controller dinleyip sona 300 piksel kala yeni sayfa yukleyen, altta spinner gosteren liste yaz",
    ],
    "performance-038": [
        "ScrollController olmadan listenin sonuna gelindiğini nasıl anlarım?",
        "NotificationListener<ScrollNotification> ile extentAfter 500'un altina dusunce callback cagir",
    ],
    "performance-039": [
        "Sekmeler arasında geçince listenin kaydırma konumu ve state'i kaybolmasın",
        "TabBarView'da sekme degisince liste basa donuyor, AutomaticKeepAliveClientMixin ile nasil korurum?",
    ],
    "performance-040": [
        "Üstte büyüyen başlık, altında uzun yorum listesi olan sayfayı hepsini birden oluşturmadan nasıl yaparım?",
        "CustomScrollView icinde SliverAppBar ve SliverList ile makale sayfasini lazy olarak kur",
    ],
    "performance-041": [
        "Her satırı aynı yükseklikte olan sliver listesi için en hızlı seçenek hangisi?",
        "log satirlari icin SliverFixedExtentList kullan, itemExtent 40 olsun",
    ],
    "performance-042": [
        "addAutomaticKeepAlives ve addRepaintBoundaries parametrelerinin işlevini ve ne zaman kapatılacağını açıkla",
        "ListView.builder'da addRepaintBoundaries'i false yapmak ne zaman mantikli?",
    ],
    "performance-043": [
        "Opacity ile animasyon yapmanın maliyetini açıkla ve FadeTransition ile daha ucuz bir örnek yaz",
        "opacity'yi setState ile degistirerek animasyon yapmak neden yavas, yerine ne kullanilir?",
    ],
    "performance-044": [
        "ClipRRect, ShaderMask gibi saveLayer açan efektlerin neden yavaşladığını açıkla, daha ucuz seçenekleri göster",
        "liste ogelerinde clip ve shader efektleri jank yapiyor, bunun sebebi ve alternatifi ne?",
    ],
    "performance-045": [
        "Widget döndüren yardımcı metotlar yerine ayrı widget sınıfı kullanmanın performans nedenlerini açıkla",
        "_buildHeader metodu yerine ayri const widget yazmak neden daha hizli?",
    ],
    "performance-046": [
        "DevTools ile performans ölçerken uygulamanın neden profile modda çalıştırılması gerektiğini açıkla",
        "performans olcumunu debug modda yaparsam ne olur, neden profile mod lazim?",
    ],
    "performance-047": [
        "Widget build olaylarını DevTools performans zaman çizelgesine yazdırmak için gereken debug ayarlarını aç",
        "widget build sayilarini timeline'da gormek icin debugProfileBuildsEnabled'i nerede acmaliyim?",
    ],
    "performance-048": [
        "Ağır fonksiyonumun süresini DevTools'ta ayrı bir blok olarak görmek için Timeline ile işaretle",
        "kendi fonksiyonumun ne kadar surdugunu DevTools performans ekraninda nasil gorurum?",
    ],
    "performance-049": [
        "Uygulamanın üstünde kare sürelerini gösteren performans grafiğini aç",
        "uygulamanin uzerinde UI ve raster thread surelerini canli grafik olarak gosteren ayari nasil acarim?",
    ],
    "performance-051": [
        "Ekran genişliğini okurken gereksiz rebuild'lerden kaçınmak için MediaQuery.sizeOf kullanan bir grid yaz",
        "MediaQuery.of yerine sizeOf kullanmanin avantaji ne, klavye acilinca neden rebuild olur?",
    ],
    "performance-052": [
        "Pahalı bir indeksi ancak ilk ihtiyaç duyulduğunda oluşturmak için late final'i nasıl kullanırım?",
        "kelime indeksini ilk ihtiyac duyulana kadar olusturma, hic kullanilmazsa hic hesaplanmasin; bunu late final ile yap",
    ],
})
add({
    "performance-053": [
        "Döngüde çok sayıda metni + ile eklemek yavaş; satırları StringBuffer ile CSV'ye birleştir",
        "cok sayida string'i arka arkaya eklerken + yerine neyi kullanmaliyim?",
    ],
    "performance-054": [
        "Birbirine bağlı olmayan üç isteği art arda beklemek yerine aynı anda nasıl çalıştırırım?",
        "kullanici, siparis ve bildirim isteklerini record .wait veya Future.wait ile paralel calistir",
    ],
    "performance-055": [
        "ChangeNotifier'da değer aynıysa notifyListeners çağrılmasın, boşuna rebuild olmasın",
        "setter'da ayni deger gelince bildirim gondermemek icin ne yapmaliyim?",
    ],
    "performance-056": [
        "Form alanları arasında sadece boşluk bırakmak için Container yerine neden SizedBox kullanılmalı, örnekle göster",
        "widget'lar arasina bosluk koymak icin Container mi SizedBox mi daha hafif?",
    ],
    "performance-057": [
        "Release derlemede debug loglarının tamamen susmasını nasıl sağlarım?",
        "kReleaseMode ile log fonksiyonunu release'de devre disi birak, debugPrint'i de sustur",
    ],
    "performance-058": [
        "Resim önbelleğinin en fazla kaç görsel ve kaç MB tutacağını nasıl ayarlarım, gerektiğinde nasıl temizlerim?",
        "PaintingBinding imageCache icin 200 resim ve 100 MB sinir koy, cikista cache'i temizle",
    ],
    "performance-059": [
        "Stream art arda aynı değeri yolladığında boşuna rebuild olmasın diye tekrarları ayıkla",
        "ayni degeri tekrar tekrar yayan stream'de distinct kullanmak nasil olur?",
    ],
    "performance-060": [
        "Çok sayfalı bir galeride tüm sayfaları baştan oluşturmadan kaydırmayı nasıl sağlarım?",
        "PageView.builder ile resim galerisi yap, sadece gorunen sayfa olussun ve resimler ekran boyunda decode edilsin",
    ],
    "performance-061": [
        "Bir işlemin kaç milisaniye sürdüğünü Stopwatch ile ölçüp yazdıran yardımcı fonksiyon yaz",
        "kod icinde bir fonksiyonun calisma suresini nasil olcerim?",
    ],
    "performance-063": [
        "Her karede yeniden çizilen widget'ları konsola yazdıran debug ayarını aç",
        "hangi widget'larin rebuild oldugunu konsolda gormek icin hangi bayragi kullanmaliyim?",
    ],
    "performance-064": [
        "Consumer kullanırken sepet sayısı değişince sabit ikon ve yazının yeniden oluşturulmasını nasıl engellerim?",
        "Consumer'in child parametresine degismeyen sepet ikonunu ver, builder'da sadece sayi guncellensin",
    ],
    "performance-065": [
        "Cubit state'inde yalnızca takipçi sayısı değişince güncellenen bir yazı nasıl yapılır?",
        "BlocSelector ile ProfileState'ten sadece followers alanini sec, isim degisince rebuild olmasin",
    ],
    "performance-067": [
        "Büyük listede ilk 10 eşleşmeyi bulurken take'i toList'ten önce çağırmanın neden hızlı olduğunu örnekle göster",
        "where ve take'i toList'ten once kullanmak neden daha verimli?",
    ],
    "performance-068": [
        "Sayfa ilk çizildikten sonra boyut ölçmek ve hoş geldin dialogu açmak için ne kullanmalıyım?",
        "initState'te addPostFrameCallback ile ilk frame sonrasi kutu boyutunu yazdir ve dialog goster",
    ],
    "performance-069": [
        "Hızlı kaydırınca boş görünen kartlar için liste önceden ne kadar alan hazırlasın, bunu nasıl ayarlarım?",
        "haber listesinde cacheExtent'i 1000 yaparak gorunur alanin disindaki ogeleri onceden olustur",
    ],
    "performance-070": [
        "Adet ya da birim fiyattan biri değişince tek bir yazının güncellenmesini nasıl sağlarım?",
        "iki ValueNotifier'i Listenable.merge ile birlestirip ListenableBuilder'da toplam fiyati goster",
    ],
    "performance-071": [
        "En son kullanılan 100 öğeyi tutup sınır aşılınca en eskisini silen bir önbellek sınıfı nasıl yazarım?",
        "ekleme sirasini koruyan LinkedHashMap ile 100 kapasiteli, dolunca en uzun suredir kullanilmayan kaydi atan bir onbellek yaz",
    ],
    "performance-072": [
        "Arama indeksi oluşturmak gibi acil olmayan bir işi animasyonları aksatmadan nasıl arka planda yaparım?",
        "SchedulerBinding.scheduleTask ve Priority.idle ile isi parcalara bolup bosta calistir",
    ],
    "performance-073": [
        "SingleChildScrollView içinde Column ya da shrinkWrap'li ListView kullanmanın uzun listelerdeki sorununu açıkla",
        "shrinkWrap true olan ListView neden yavas, uzun listede yerine ne kullanmaliyim?",
    ],
    "performance-074": [
        "İnternetten gelen resimleri diske kaydedip bir daha indirmemek için hangi paketi nasıl kullanırım?",
        "cached_network_image ile urun kucuk resmini goster, yuklenirken gri kutu, hata olursa ikon ciksin",
    ],
    "performance-075": [
        "CustomScrollView'de sabit başlıklı uzun bir rehber listesini nasıl oluştururum?",
        "SliverAppBar ve SliverList.builder kullanarak kisiler listesini lazy olarak goster",
    ],
    "performance-076": [
        "Dosyayı senkron okumak arayüzü donduruyor; async okuma ve büyük dosyada isolate ile nasıl çözerim?",
        "readAsStringSync yerine readAsString kullan, cok buyuk dosyalari Isolate.run icinde oku",
    ],
    "performance-077": [
        "Her liste satırında tarih ve para formatlayıcısını yeniden oluşturmamak için ne yapmalıyım?",
        "DateFormat ve NumberFormat'i static final tanimlayip tum satirlarda ayni ornegi kullan",
    ],
    "performance-078": [
        "Bir bölümü gizlerken Opacity 0 yerine if ya da Visibility kullanarak gereksiz çizimi önle",
        "widget'i gizlemek icin Opacity(0) kullanmak neden kotu, Visibility ile nasil yapilir?",
    ],
    "performance-079": [
        "Kutunun boyut ve renk geçişini Timer'la her karede setState yapmadan nasıl yumuşak yaparım?",
        "dokununca buyuyup renk degistiren kutuyu tek setState ve AnimatedContainer ile yap",
    ],
    "performance-080": [
        "Cubit aynı içerikli state yayınlayınca BlocBuilder yine çiziliyor; bunu Equatable ile engelle",
        "bloc'ta ayni degerli yeni state gelince rebuild olmamasi icin state sinifini nasil yazmaliyim?",
    ],
    "performance-081": [
        "Kendi InheritedWidget'ımda bağımlı widget'ların sadece veri değişince güncellenmesini nasıl sağlarım?",
        "AppConfig InheritedWidget'i yaz, updateShouldNotify sadece apiUrl veya darkMode degisince true donsun",
    ],
    "performance-082": [
        "ValueNotifier'daki listeye eleman eklenince arayüzün neden güncellenmediğini açıkla ve doğru yolu göster",
        "ValueNotifier<List>'e add yapiyorum ama ekran yenilenmiyor, neden?",
    ],
})
add({
    "performance-083": [
        "rxdart ile arama yazısını bekletip aynı sorguyu tekrar göndermeden API'ye nasıl iletirim?",
        "rxdart'ta debounceTime 300 ms, distinct ve switchMap kullanan arama bloc'u yaz",
    ],
    "performance-084": [
        "API cevabını birkaç dakika bellekte tutup süre dolana kadar yeni istek atmamayı nasıl sağlarım?",
        "anahtar bazli, 5 dakika gecerli TTL cache sinifi yaz; suresi gecmisse fetch ile yenile",
    ],
    "performance-085": [
        "Isolate.run ile arka plana iki parametre gönder, ortalama, en küçük ve en büyük değeri record olarak al",
        "Isolate.run'a birden fazla arguman verip birden fazla sonucu nasil geri alirim?",
    ],
    "performance-086": [
        "Sırası değişen mesaj listesinde açılıp kapanan satırların durumunu kaybetmemek için ne yapmalıyım?",
        "ListView.builder'a findChildIndexCallback ekle, ValueKey'den id'yi bulup yeni index'i dondur",
    ],
    "performance-087": [
        "Selector her seferinde yeni liste ürettiği için sürekli çiziliyor; içerik aynıysa çizilmesin",
        "provider Selector'da liste donunce gereksiz rebuild oluyor, shouldRebuild'i nasil yazmaliyim?",
    ],
    "performance-088": [
        "Arka sekmede görünmeyen widget'ların animasyonları boşuna CPU harcamasın diye ne yapılır?",
        "IndexedStack'teki gizli sekmeleri TickerMode(enabled: false) ile sar, animasyonlari dursun",
    ],
    "performance-089": [
        "GlobalKey'in maliyetini ve neden her liste elemanına verilmemesi gerektiğini açıkla, doğru kullanımı göster",
        "her liste satirina GlobalKey vermek dogru mu, ne zaman ValueKey yeterli?",
    ],
    "performance-090": [
        "Değişmeyen karmaşık bir çizimi her karede baştan çizmek yerine bir kez kaydedip nasıl tekrar kullanırım?",
        "PictureRecorder ile 5000 yildizi bir kez Picture'a kaydet, kaydirinca sadece drawPicture ile ciz",
    ],
    "performance-091": [
        "Alt menüdeki sekmeler açılışta değil ilk tıklanınca oluşsun, sonra state'leri korunsun; bunu nasıl yaparım?",
        "ziyaret edilen sekmeleri Set'te tut, IndexedStack'te gidilmemis sekmeler yerine bos widget koy",
    ],
    "performance-092": [
        "İlk animasyonlarda görülen shader derleme takılmasının nedenini ve Impeller/SkSL ile çözümünü açıkla",
        "uygulama ilk acilista animasyonlarda takiliyor ama sonra duzeliyor, shader jank nedir nasil giderilir?",
    ],
    "performance-093": [
        "Ayrı bir isolate'te shared_preferences kullanınca aldığım hatayı RootIsolateToken ile çöz",
        "arka plan isolate'inde plugin cagirinca hata aliyorum, BackgroundIsolateBinaryMessenger'i nasil kullanirim?",
    ],
    "performance-094": [
        "Çok hızlı kaydırırken satırlardaki büyük resimleri yüklemeyi erteleyip gri yer tutucu gösteren widget yaz",
        "fling sirasinda resim yuklemeyi ertelemek icin Scrollable.recommendDeferredLoadingForContext nasil kullanilir?",
    ],
    "performance-095": [
        "Web'de isolate yokken 100 bin kaydı işlerken arayüz donmasın diye işi nasıl parçalara bölerim?",
        "uzun donguyu 8 ms'lik dilimlere bol, her dilimden sonra Future.delayed(Duration.zero) ile event loop'a don",
    ],
    "performance-1000": [
        "Her kartta bulanık arka plan kullanınca kaydırma kasıyor; sebebini açıkla ve filtreyi hafiflet",
        "listede BackdropFilter blur kullaninca neden takiliyor, nasil daha hafif yaparim?",
    ],
    "performance-1001": [
        "IntrinsicHeight'ın neden pahalı olduğunu açıkla ve sabit yükseklikli daha ucuz bir satır örneği yaz",
        "liste satirlarinda IntrinsicHeight kullanmak kaydirmayi yavaslatiyor, yerine ne kullanabilirim?",
    ],
    "performance-1002": [
        "Aynı sunucuya çok istek atarken her seferinde yeni bağlantı açmamak için ne yapmalıyım?",
        "tek bir http.Client kullanan ApiService yaz, baglantilar yeniden kullanilsin ve dispose'da kapatilsin",
    ],
    "performance-1003": [
        "Doğrulama fonksiyonunda her çağrıda RegExp oluşturmak yavaş mı, nasıl daha verimli yazarım?",
        "email ve rakam kontrolu icin RegExp'leri static final olarak bir kez derle ve tekrar kullan",
    ],
    "performance-1004": [
        "Resim baytları veya sensör verisi için Uint8List / Float64List kullanmanın List<int>'e göre avantajını açıkla",
        "buyuk sayisal veriyi List<double> yerine typed data listesinde tutmak neden daha verimli?",
    ],
    "performance-1005": [
        "Base64 profil resmi her rebuild'de titreyip yeniden decode ediliyor; bunu nasıl önlerim?",
        "MemoryImage'i state'te bir kez olustur, base64 degismedikce yeniden decode etme",
    ],
    "performance-1006": [
        "Binlerce ismi Türkçe harflere uygun, büyük küçük harf gözetmeden sıralarken toLowerCase'i her karşılaştırmada çağırmamak için ne yapmalıyım?",
        "siralama anahtarini her isim icin bir kez hesaplayip ona gore sirala, karsilastiricida toLowerCase cagirma",
    ],
    "performance-1007": [
        "Telefon belleği azaldı uyarısı verince resim önbelleğini ve kendi önbelleğimi nasıl boşaltırım?",
        "WidgetsBindingObserver'in didHaveMemoryPressure'inda imageCache'i ve uygulama cache'ini temizle",
    ],
    "performance-1008": [
        "Listenin 100-200 arasındaki elemanlarını kopya oluşturmadan topla",
        "sublist kopya olusturuyor, bir araligi kopyalamadan nasil dolasirim?",
    ],
    "performance-1009": [
        "Isolate.run içinde State alanı kullanınca çıkan 'Illegal argument in isolate message' hatasını açıkla ve düzelt",
        "Isolate.run'da this'i yakalayinca neden hata aliyorum, veriyi nasil gondermeliyim?",
    ],
    "performance-1010": [
        "Aynı anda gelen profil isteklerinin tek bir ağ çağrısını paylaşmasını nasıl sağlarım?",
        "anahtara gore devam eden Future'i paylasan RequestDeduplicator yaz, istek bitince kaydi sil",
    ],
    "performance-1011": [
        "SliverToBoxAdapter içine 500 elemanlı Column koyunca sayfanın neden geç açıldığını açıkla ve düzelt",
        "CustomScrollView'de uzun listeyi SliverToBoxAdapter icinde Column ile vermek neden yavas?",
    ],
    "performance-1012": [
        "30 saniyede bir çekilen liste öncekiyle aynı geldiğinde ekranın boşuna yenilenmesini nasıl önlerim?",
        "periyodik fiyat guncellemesinde listEquals ile karsilastir, ayniysa setState cagirma",
    ],
    "performance-1013": [
        "Her sipariş satırında müşteri listesinde firstWhere ile arama yavaş; id'ye göre Map indeksiyle hızlandır",
        "binlerce satirda musteri adini bulmak icin firstWhere yerine ne kullanmaliyim?",
    ],
    "performance-1015": [
        "Kuyruktan baştan eleman almak için removeAt(0) yavaşlıyor; yerine hangi veri yapısını kullanmalıyım?",
        "yukleme kuyrugunu dart:collection Queue ile yaz, removeFirst ile sirayla isle",
    ],
})
add({
    "performance-1016": [
        "Her liste satırında dönen yükleniyor göstergesi kaydırmayı kasıyor; satırlarda statik yer tutucu, altta tek gösterge kullan",
        "30 satirda ayni anda CircularProgressIndicator donunce liste neden takiliyor, ne yapmaliyim?",
    ],
    "performance-1018": [
        "Açılışta birbirinden bağımsız başlatmaları sırayla beklemek yerine nasıl paralel yaparım?",
        "main'de ayarlar ve veritabanini Future.wait ile birlikte baslat, analitigi beklemeden unawaited ile calistir",
    ],
    "performance-1019": [
        "Listenin sıralı olup olmadığını kontrol eden pahalı doğrulama sadece debug'da çalışsın, release'de hiç çalışmasın",
        "agir bir tutarlilik kontrolunu release derlemede tamamen kaldirmak icin assert'i nasil kullanirim?",
    ],
    "performance-1020": [
        "Bir widget'ın kaç kez build edildiğini geliştirme sırasında görmek için basit bir sarmalayıcı nasıl yazarım?",
        "kDebugMode'da etiket bazli build sayisini konsola yazan BuildCounter widget'i yaz, release'de bir sey yapmasin",
    ],
    "performance-1021": [
        "Haber listesinde resimler yüklendikçe satırların zıplamasını nasıl önlerim?",
        "resim gelmeden once AspectRatio ile 16:9 alan ayir, yuklenirken gri kutu goster",
    ],
    "performance-1022": [
        "Sepet toplamı her okunuşta tüm ürünleri dolaşmasın; sadece sepet değişince hesaplansın",
        "ChangeNotifier'da total getter'ini cache'leyip sepete ekleme/cikarmada gecersiz kilmanin yolu ne?",
    ],
    "performance-1024": [
        "Küçük hesaplamaları da isolate'e taşımanın maliyetini açıkla, ne zaman isolate kullanılması gerektiğini örnekle göster",
        "her kucuk is icin Isolate.run kullanmak mantikli mi, hangi durumda ayri isolate acmaliyim?",
    ],
    "performance-1025": [
        "Sayfadan çıkınca arka planda süren büyük indirme isteğini nasıl iptal ederim?",
        "sayfaya ozel http.Client olustur, dispose'da close ile devam eden istegi kes ve ClientException'i yok say",
    ],
    "performance-1026": [
        "StreamBuilder'a build içinde türetilmiş stream verince her rebuild'de yeniden abone olması ve yükleniyor görünmesi nasıl önlenir?",
        "turetilmis stream'i initState'te bir kez olustur, didUpdateWidget'ta kaynak degisirse yenile",
    ],
    "performance-1027": [
        "Uzunluğu baştan belli olan ve büyümeyecek listeleri daha az bellekle nasıl oluştururum?",
        "sabit uzunluklu listeler icin growable: false kullan, filled ve generate ile ornek yaz",
    ],
    "performance-1028": [
        "Detaydan geri dönünce liste satırlarındaki resimlerin yeniden çizilmesini nasıl azaltırım?",
        "urun satirinda resmi ayri bir boyama katmanina al, sabit ikonu const yap ve resmi kucuk boyutta cozdur",
    ],
    "performance-1029": [
        "Yüzlerce kartta büyük bulanıklıklı gölgenin kaydırmayı neden yavaşlattığını açıkla, daha ucuz gölge örneği ver",
        "kartlarda blurRadius'u buyuk BoxShadow kullaninca liste takiliyor, golgeyi nasil ucuzlatirim?",
    ],
    "performance-1030": [
        "Klavye açılıp kapanırken ağır sayfanın tamamen yeniden yerleşmesini nasıl engellerim?",
        "Scaffold'da resizeToAvoidBottomInset'i false yaparak klavyenin body'yi kucultmesini kapat",
    ],
    "performance-1031": [
        "GlobalKey<FormState>'i build içinde oluşturmanın formu neden sıfırladığını açıkla ve doğru yeri göster",
        "form key'ini build metodunda olusturunca yazdiklarim neden kayboluyor?",
    ],
    "performance-1032": [
        "UniqueKey'i build içinde vermenin widget'ı neden her seferinde sıfırladığını açıkla, yerine ValueKey kullan",
        "build icinde key: UniqueKey() vermek neden kotu, state'im neden sifirlaniyor?",
    ],
    "performance-1033": [
        "Nadiren dönülen ağır rapor sayfasının üstüne başka sayfa açılınca bellekte tutulmamasını nasıl sağlarım?",
        "MaterialPageRoute'ta maintainState false vererek alttaki agir sayfanin agacini bellekten at",
    ],
    "performance-1034": [
        "Hiç değişmeyen karmaşık CustomPaint arka planının önbelleğe alınması için Flutter'a nasıl ipucu veririm?",
        "izgara arka planini RepaintBoundary icinde CustomPaint ile ciz, isComplex true ve willChange false ver",
    ],
    "performance-1035": [
        "PageView'da sonraki sayfa kaydırırken ilk karede takılıyor; komşu sayfaların önceden hazırlanmasını sağla",
        "PageView'da bir sonraki sayfayi onceden olusturmak icin hangi parametreyi acmaliyim?",
    ],
    "performance-1036": [
        "2000 satırlık Table'ın neden geç açıldığını açıkla ve satırları tembel oluşturan bir alternatif yaz",
        "Table widget'i ile binlerce satir gosterince ekran gec aciliyor, ne yapmaliyim?",
    ],
    "performance-1037": [
        "Akışta kaydırma sürerken video önizlemelerini duraklatıp kaydırma bitince nasıl devam ettiririm?",
        "ScrollPosition.isScrollingNotifier'i dinleyip kaydirma basladiginda ve bittiginde callback cagir",
    ],
    "performance-1038": [
        "Her sipariş için ayrı sorgu atmak (N+1) çok yavaş; tüm siparişlerin ürünlerini tek sorguyla nasıl çekerim?",
        "order_items ve products'i JOIN edip WHERE order_id IN (...) ile tek rawQuery'de getir, siparise gore grupla",
    ],
    "performance-1039": [
        "Arşiv listesini yarı saydam göstermek için her satırı Opacity ile sarmak yerine tek seferde nasıl yaparım?",
        "SliverAnimatedOpacity ile tum SliverList'e tek opaklik katmani uygula",
    ],
    "performance-1043": [
        "Fiyat kaydırıcısını sürüklerken etiket anlık değişsin ama ağır filtre parmak kalkınca çalışsın; nasıl yaparım?",
        "Slider'da onChanged ile sadece etiketi guncelle, filtrelemeyi onChangeEnd'de bir kez yap",
    ],
    "performance-1045": [
        "SliverPersistentHeader başlığı kaydırırken sürekli yeniden oluşuyor; shouldRebuild'i nasıl doğru yazarım?",
        "delegate'te shouldRebuild sadece title veya color degisince true donsun",
    ],
    "performance-1046": [
        "Sayacın 0'dan 1000'e sayarak artmasını Timer ve setState yerine animasyon sistemiyle nasıl yaparım?",
        "TweenAnimationBuilder ve IntTween ile sayiyi 2 saniyede hedefe kadar say, rakamlar esit genislikte olsun",
    ],
    "performance-1047": [
        "where ile filtrelenmiş Iterable'ı iki kez kullanınca filtrenin tekrar çalıştığını açıkla ve toList ile düzelt",
        "tembel iterable'i hem length hem for dongusunde kullaninca filtre iki kere mi calisir?",
    ],
    "performance-1048": [
        "100 bin noktalı veriyi 400 piksellik grafiğe çizmeden önce tepe noktaları kaybolmadan nasıl azaltırım?",
        "her piksel sutunu icin min ve max'i tutan downsample fonksiyonu yaz, grafige ekran genisligi kadar nokta gitsin",
    ],
})
# --- end of data

if __name__ == "__main__":
    main()
