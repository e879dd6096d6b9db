"""Turkish detection and normalisation against real text: every dataset question is Turkish; English prose from
the Python standard library's docstrings is not."""

from __future__ import annotations

import importlib
import inspect
import time

import pytest

from flutr.dataset import SPLITS, load_split
from flutr.turkish import fold_diacritics, is_turkish, normalize_question, turkish_lower, turkish_score


@pytest.mark.parametrize(
    ("text", "expected"),
    [("IŞIK", "ışık"), ("İstanbul", "istanbul"), ("KIRMIZI", "kırmızı"), ("i̇çin", "için")],
)
def test_turkish_lower(text: str, expected: str) -> None:
    assert turkish_lower(text) == expected


def test_fold_and_normalize() -> None:
    assert fold_diacritics("Işığı Göster") == "isigi goster"
    assert normalize_question("Listeyi aşağı çekince nasıl yenilerim?") == normalize_question(
        "listeyi asagi cekince NASIL yenilerim"
    )


def test_every_dataset_question_reads_as_turkish() -> None:
    questions = [row.question for split in SPLITS for row in load_split(split)]
    missed = [q for q in questions if not is_turkish(q)]
    assert len(questions) >= 1500
    assert not missed, missed[:5]


def _english_sentences() -> list[str]:
    sentences = []
    for name in (
        "os",
        "json",
        "re",
        "asyncio",
        "collections",
        "pathlib",
        "subprocess",
        "logging",
        "argparse",
        "typing",
        "functools",
        "itertools",
        "threading",
        "socket",
        "unittest",
        "sqlite3",
        "csv",
    ):
        module = importlib.import_module(name)
        for _, obj in inspect.getmembers(module):
            doc = inspect.getdoc(obj)
            if doc and len(doc.split("\n")[0].split()) >= 4:
                sentences.append(doc.split("\n")[0])
    return list(dict.fromkeys(sentences))


def test_english_prose_is_not_turkish() -> None:
    sentences = _english_sentences()
    false_positives = [s for s in sentences if is_turkish(s)]
    assert len(sentences) > 300
    assert len(false_positives) <= len(sentences) // 100, false_positives


@pytest.mark.parametrize(
    ("text", "turkish"),
    [
        ("ListView.builder ile liste nasıl yapılır", True),  # the code token does not count as English
        ("setState çağırınca ekran yenilenmiyor", True),
        ("how do I call setState() in initState", False),
    ],
)
def test_code_tokens_are_neither_language(text: str, turkish: bool) -> None:
    assert is_turkish(text) is turkish


@pytest.mark.parametrize("run", ["ğüşiöç" * 50_000, "a" * 300_000, "a." * 150_000, "aB" * 150_000])
def test_score_is_linear_on_a_long_run_without_spaces(run: str) -> None:
    """300k characters in one "word" (a minified line pasted into a comment) once took minutes: the server hung."""
    started = time.perf_counter()
    turkish_score("bir widget yaz " + run)
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    ("text", "turkish"),
    [
        ("organik urunse sag ust koseye 8 piksel iceriden yesil 'Organik' etiketi koy", True),
        ("yarim saniyede yavas yavas belirsin, egri easeIn olsun", True),
        ("sadece rakam yazilabilsin, en fazla 10 hane; telefon klavyesi acilsin", True),
        ("iki tutari toplayan + operatoru, para birimi farkliysa ArgumentError firlatsin", True),
        ("varroa sayildiysa varroaCount'u, not girildiyse notes'u da ekle", True),
        ("takvim ikonlu 'Randevular' sekmesi", True),
        ("sona 600 px kala sonraki sayfayi yukle; yukleniyorsa veya sayfa kalmadiysa hicbir sey yapma", True),
        ("session.isLoggedIn degilse /giris'e at, girisliyken /giris acilirsa /katalog'a gonder", True),
        ("ozet sayfasina gec, geri tusu canli takibe donmesin", True),
        ("scanner degisirse eski aboneligi kapat, yenisini dinle", True),
        ("Look at the list and return the first item", False),
        ("Don't rebuild the list at every frame", False),
        ("make the card red and add a shadow", False),
        ("Returns the user if found, else null", False),
        ("Put the icon at the top right corner", False),
    ],
)
def test_everyday_layout_requests_typed_without_turkish_letters_are_turkish(text: str, turkish: bool) -> None:
    """Comments of held-out batch 3's, 4's, 6's and 7's authors that were not taken for requests (sessions 15–18;
    "at" is the Turkish verb "send off" as often as the English preposition, so it counts for neither)."""
    assert is_turkish(text) is turkish
