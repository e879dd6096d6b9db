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


# Folded (ASCII) cue words. A question particle or a "how/what/why" word, an imperative verb ending, or a
# frequent Turkish function word. Matching happens on folded text so diacritic-less typing is covered.
_PARTICLES = {"mi", "mu", "misin", "misiniz", "miyim", "midir", "mudur", "mumkun"}
_QUESTION_WORDS = {
    "nasil", "neden", "nicin", "niye", "nedir", "ne", "hangi", "hangisi", "nerede", "nereye", "kac", "kim",
    "farki", "fark", "zaman", "icin", "ile", "bir", "ve", "veya", "ya", "da", "de", "gibi", "olan", "olarak",
    "bu", "su", "her", "tum", "butun", "yeni", "sonra", "once", "kadar", "gore", "yani", "ama", "fakat",
    "icinde", "uzerinde", "altinda", "ustunde", "bana", "beni", "benim", "sayfa", "sayfaya", "ekran", "ekrana",
    "liste", "listeyi", "listesi", "buton", "butona", "butonu", "kullanici", "veri", "veriyi", "resim", "metin",
}
_VERB_SUFFIXES = (
    "yabilirim", "ebilirim", "abilirim", "yebilirim", "ilir", "ilirim", "ebilir", "abilir", "yor", "iyor",
    "uyor", "iyorum", "mak", "mek", "yap", "yaz", "olustur", "ekle", "goster", "getir", "kaydet", "sil",
    "guncelle", "yenile", "cek", "gonder", "al", "ver", "kullan", "tanimla", "ac", "kapat", "degistir",
    "yapilir", "yazilir", "eklenir", "gosterilir", "yapariz", "yaparim", "yapmaliyim", "kullanilir", "edilir",
    "lim", "lir", "riz", "rim", "sin", "siniz", "ayim", "eyim", "alim", "elim", "dir", "tir",
)
_ENGLISH = {
    "the", "a", "an", "is", "are", "to", "of", "and", "or", "in", "on", "for", "with", "this", "that", "it",
    "how", "what", "why", "do", "does", "can", "should", "be", "use", "make", "create", "add", "get", "set",
    "return", "returns", "when", "if", "from", "by", "as", "at", "not", "we", "you", "i", "my", "your",
}


def turkish_score(text: str) -> float:
    """A 0..1 estimate that ``text`` is Turkish natural language. Pure heuristics, fast, no model."""
    raw_words = words(text)
    if not raw_words:
        return 0.0
    folded = [fold_diacritics(w) for w in raw_words]
    letters = sum(ch in TURKISH_LETTERS for ch in text)
    cues = sum(w in _QUESTION_WORDS or w in _PARTICLES for w in folded)
    verbs = sum(len(w) > 3 and w.endswith(_VERB_SUFFIXES) for w in folded)
    english = sum(w.lower() in _ENGLISH for w in raw_words)
    n = len(raw_words)
    score = 0.0
    if letters:
        score += 0.45 + min(letters, 4) * 0.05
    score += min(cues / n * 1.5, 0.5)
    score += min(verbs / n * 1.2, 0.35)
    score -= english / n * 1.2
    return max(0.0, min(1.0, score))


def is_turkish(text: str, threshold: float = 0.35) -> bool:
    return turkish_score(text) >= threshold
