"""Turkish text handling: casing, diacritic folding, tokenising and a Turkish-ness test.

Turkish casing differs from the default Unicode mapping: ``I`` lowers to ``ı`` and ``İ`` to ``i``. Users also type
without diacritics (``nasil yenileyebilirim``), so matching folds ``ç ğ ı ö ş ü`` to ASCII after lowering.
"""

from __future__ import annotations

import re
import unicodedata

_TR_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_FOLD = str.maketrans({"ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "â": "a", "î": "i", "û": "u"})
TURKISH_LETTERS = set("çğıöşüÇĞİÖŞÜ")
_WORD = re.compile(r"[0-9A-Za-zÇĞİÖŞÜçğıöşüâîû_]+")


def turkish_lower(text: str) -> str:
    """Lower-case with Turkish rules (I→ı, İ→i), after NFC normalisation (``i̇`` combining dot → ``i``)."""
    text = unicodedata.normalize("NFC", text).translate(_TR_LOWER).lower()
    return text.replace("i̇", "i")


def fold_diacritics(text: str) -> str:
    """``turkish_lower`` then fold Turkish letters to ASCII: ``Işığı`` → ``isigi``."""
    return turkish_lower(text).translate(_FOLD)


def normalize_question(text: str) -> str:
    """Canonical form for matching and caching: folded, punctuation removed, single spaces."""
    return " ".join(words(fold_diacritics(text)))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# Folded (ASCII) cue words: question words, particles and frequent function words and verbs. Matching happens on
# folded text so diacritic-less typing ("nasil yenilerim") is covered.
_TURKISH_WORDS = frozenset(
    """
    mi mu misin misiniz miyim midir mudur mumkun nasil neden nicin niye nedir ne neler hangi hangisi nerede nereye
    kac kim farki fark zaman icin ile bir ve veya ya da de gibi olan olarak bu su o her tum butun yeni sonra once
    kadar gore yani ama fakat icinde icine uzerinde uzerine altinda ustunde bana beni benim sayfa sayfada sayfaya
    ekran ekrana ekranda liste listeyi listesi listede buton butona butonu kullanici veri veriyi resim metin yaz
    yap goster ekle sil olustur getir kaydet kullan cek gonder ac kapat degistir guncelle yenile hesapla bul
    birak serbest olmasin olsun temizle cagir ayarla durdur baslat iptal yukle sifirla gizle cevir sirala
    filtrele bellek kaynaklari
    tanimla dondur donduren olsun olmasi olmadan yoksa eger ise hem daha cok az sadece yalnizca ayni farkli
    tek iki uc dort bes on yuz ilk son sag sol ust alt ortada orta arasinda arasi arasindaki uzun kisa buyuk kucuk
    yazi yazisi renk rengi rengini boyut arka plan tikla tiklayinca basinca basildiginda acilinca zaman sure saniye
    dakika gun hata hatasi hatayi durum durumu deger degeri degerini ayar ayarlar dil tarih sayi sayisi metni alan
    alani alanina form formu widget widgeti sinif sinifi fonksiyon fonksiyonu metot metodu degisken testi
    nasildir gerekir gerek lazim istiyorum isterim yapmak yapmam yapabilirim yapilir yaparim edebilirim edilir
    olur oluyor olmuyor calismiyor calisir aliyorum ediyorum cikiyor geliyor veriyor yerine icin diye ki mi
    ornek ornegi ornegin sekilde bicimde anlama gelir demek cihaz cihazin modda dikey yatay kilitle uygun
    tanimlanir alinir cozulur olusur ekranda ekranin acmaya calisinca calisacak surumunu raporu kapsama
    mesaj mesaji kopyala haneli numara numarasi numarasini baglanti baglantisi istek istegi yakalayip
    koy koyu acik yesil kirmizi mavi beyaz siyah gri sari turuncu mor pembe piksel yarim yavas yavasca hizli egri
    saniyede dakikada urun urunu urunler etiket etiketi kose koseye kosesine kart karti gorsel simge ikon yuvarlak
    golge kenar bosluk dolgu hizala ortala sabitle kaydir kaydirinca surukle bekle tekrarla dene belirsin gorunsun
    gozuksun kaybolsun donsun kaysin buyusun kuculsun sagda solda altta ustte icerik
    en fazla rakam hane harf karakter klavye klavyesi telefon acilsin yazilsin girilsin secilsin kapansin
    para tutar tutari birim birimi takvim sekme sekmesi sekmeyi foto fotograf secilen genislik yukseklik
    kalite sonraki onceki hicbir sey yapma coklu toplam topla toplayan kala sona asma
    gec degil degilse tus tusu takip takibe geri yonlendir giris cikis eski dinle abone
    """.split()
)
_APOSTROPHE_SUFFIX = re.compile(
    r"^['’](?:[ıiuü]|y[ıiuü]|[ae]|y[ae]|[dt][ae]|[dt][ae]n|n[ıiuü]n|[ıiuü]n|l[ae]r\w*|d[ae]ki|s[ıiuü]|[ıiuü]m\w*)\w*$"
)
_SUFFIXES = (
    "lari",
    "leri",
    "larin",
    "lerin",
    "larini",
    "lerini",
    "lar",
    "ler",
    "dan",
    "den",
    "tan",
    "ten",
    "nin",
    "nun",
    "inin",
    "unun",
    "ini",
    "unu",
    "ina",
    "ine",
    "una",
    "une",
    "inda",
    "inde",
    "unda",
    "unde",
    "daki",
    "deki",
    "taki",
    "teki",
    "yla",
    "yle",
    "iyla",
    "iyle",
    "mak",
    "mek",
    "mayi",
    "meyi",
    "yor",
    "iyor",
    "uyor",
    "yorum",
    "acak",
    "ecek",
    "arak",
    "erek",
    "inca",
    "ince",
    "unca",
    "unce",
    "ken",
    "ip",
    "up",
    "dir",
    "dur",
    "tir",
    "tur",
    "lik",
    "luk",
    "siz",
    "suz",
    "sini",
    "sunu",
    "abilir",
    "ebilir",
    "abilirim",
    "ebilirim",
    "yabilirim",
    "yebilirim",
    "ilir",
    "ilen",
    "ilmis",
    "mis",
    "mus",
    "mali",
    "meli",
    "malıyım",
    "meliyim",
    "aliyim",
    "eliyim",
    "alim",
    "elim",
    "sin",
    "siniz",
    "sun",
    "unuz",
    "iniz",
    "elim",
    "dim",
    "tim",
    "dik",
    "tik",
    "ecegim",
    "acagim",
    "ysa",
    "yse",
    "irsa",
    "irse",
    "ursa",
    "arsa",
    "sayfasi",
    "ekrani",
    "listesi",
    "butonu",
)
_ENGLISH = frozenset(
    """
    the a an is are was were be been to of and or in on for with this that these those it its how what why do does
    did can could should would will shall may must use used using make create add get set return returns when if
    from by as not we you i my your our their they he she which who whom there here than then also only into
    about over under after before between each all any some no yes should must have has had just more most other
    such very same both either neither while where whether because so but nor yet too
    """.split()
)
_TOKEN_WITH_APOSTROPHE = re.compile(r"[0-9A-Za-zÇĞİÖŞÜçğıöşüâîû_]+(['’][A-Za-zÇĞİÖŞÜçğıöşü]+)?")


_QUOTED = re.compile(r"\"[^\"]*\"|(?:(?<=\s)|^)'[^'\n]{12,}'(?=[\s,.;:?!]|$)|`[^`]*`")
_TOKEN = re.compile(r"\S+")
_CODE_CHAR = re.compile(r"[.(){}\[\]<>=_/]")
_CAMEL_CASE = re.compile(r"\b[a-z]+[A-Z]\w*")


def _blank_code(match: re.Match[str]) -> str:
    """A whitespace-separated token with a code character goes whole; otherwise only its camelCase words do."""
    token = match.group(0)
    return " " if _CODE_CHAR.search(token) else _CAMEL_CASE.sub(" ", token)


def _strip_code(text: str) -> str:
    """Blank out code-looking tokens. Linear time: one token at a time, where a single ``\\S*[.(){}…]\\S*`` regex
    backtracked quadratically over a long run of non-space characters (100k characters on one comment line: 73 s)."""
    return _TOKEN.sub(_blank_code, text)


def turkish_score(text: str) -> float:
    """A 0..1 estimate that ``text`` is Turkish natural language. Pure heuristics, fast, no model.

    Counts Turkish letters, folded Turkish function words, Turkish suffixes (also after an apostrophe, as in
    ``ListView'a``) against English function words; works with and without diacritics.
    """
    prose = _strip_code(_QUOTED.sub(" ", text))  # quoted error messages and code are neither language
    tokens = [m.group(0) for m in _TOKEN_WITH_APOSTROPHE.finditer(prose)]
    if not tokens:
        return 0.0
    turkish = 0.0
    english = 0
    for token in tokens:
        word, _, tail = token.replace("’", "'").partition("'")
        folded = fold_diacritics(word)
        if tail and _APOSTROPHE_SUFFIX.match("'" + turkish_lower(tail)):
            turkish += 1
        elif folded in _TURKISH_WORDS:
            turkish += 1
        elif word.lower() in _ENGLISH:
            english += 1
        elif len(folded) > 4 and folded.endswith(_SUFFIXES) and not word[:1].isupper():
            turkish += 0.6
    letters = sum(ch in TURKISH_LETTERS for ch in text)
    n = len(tokens)
    score = (turkish - 1.5 * english) / n + (0.4 if letters else 0.0) + min(letters, 5) * 0.04
    return max(0.0, min(1.0, score * 1.6))


def is_turkish(text: str, threshold: float = 0.4) -> bool:
    return turkish_score(text) >= threshold
