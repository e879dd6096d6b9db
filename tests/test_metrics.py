"""Quality metrics against their reference libraries on fixed pairs (Turkish text and Dart code), plus the
failure handling of ``score_corpus``. CodeBLEU has its own file (``test_codebleu.py``)."""

from __future__ import annotations

import math

import nltk
import pytest
import sacrebleu
from nltk.translate.meteor_score import meteor_score as nltk_meteor_score
from rouge_score.rouge_scorer import RougeScorer

from benchmarks.metrics import FailureReason, score_corpus, score_pair, score_rows
from benchmarks.metrics.bertscore import NUM_LAYERS, bertscore, describe_model, get_scorer, model_path
from benchmarks.metrics.bleu import bleu_signature, corpus_bleu, sentence_bleu
from benchmarks.metrics.correctness import (
    correct_rate,
    judge_answer,
    parse_rate,
    strip_comments,
)
from benchmarks.metrics.exact import exact_match, exact_match_rate, normalize_whitespace
from benchmarks.metrics.failures import RawText, decode_text
from benchmarks.metrics.meteor import NO_SYNONYMS, STEMMER, meteor, meteor_tokens
from benchmarks.metrics.rouge import rouge_l
from benchmarks.metrics.tokenizer import TurkishDartTokenizer, tokenize
from flutr.dataset import QARow
from flutr.extraction import contains_dart_code, extract_code
from flutr.must_contain import contains_item

SAYAC = """class Sayac extends StatefulWidget {
  const Sayac({super.key});

  @override
  State<Sayac> createState() => _SayacState();
}

class _SayacState extends State<Sayac> {
  int _deger = 0;

  @override
  Widget build(BuildContext context) {
    // Butona basınca sayaç artar
    return ElevatedButton(
      onPressed: () => setState(() => _deger++),
      child: Text('Sayaç: $_deger'),
    );
  }
}"""

SAYAC_VARIANT = SAYAC.replace("_deger", "_sayi").replace("Sayaç", "Değer").replace("Butona", "Düğmeye")

# Fixed pairs: (prediction, reference). Turkish prose, Turkish strings inside Dart, and plain Dart.
PAIRS: list[tuple[str, str]] = [
    ("Kullanıcı girişi başarılı oldu", "Kullanıcı girişi başarısız oldu"),
    ("Işık açık, İstanbul'da güneşli", "ışık kapalı, istanbul'da yağmurlu"),
    ("final name = user?.name ?? 'Misafir';", "final name = user?.name ?? 'Ziyaretçi';"),
    ("onPressed: () => Navigator.pop(context),", "onPressed: () => Navigator.of(context).pop(),"),
    (SAYAC_VARIANT, SAYAC),
]


# -- tokenizer ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kullanıcı girişi", ["kullanıcı", "girişi"]),
        ("IŞIK İçerik", ["ışık", "içerik"]),  # Turkish casing: I → ı, İ → i
        ("ÇĞÖŞÜ çğöşü", ["çğöşü", "çğöşü"]),
        ("S\u0327ehir", ["şehir"]),  # decomposed ş (s + combining cedilla) is NFC-composed first
        ("a?.b ?? c", ["a", "?.", "b", "??", "c"]),
        ("x ??= y; z ~/ 2", ["x", "??=", "y", ";", "z", "~/", "2"]),
        ("() => _deger++", ["(", ")", "=>", "_deger", "++"]),
        ("[...?items]", ["[", "...?", "items", "]"]),
        ("List<List<int>>", ["list", "<", "list", "<", "int", ">", ">"]),
        ("'Sayaç: $_deger'", ["'", "sayaç", ":", "$", "_deger", "'"]),
        ("0xFF 1.5e3 42", ["0xff", "1.5e3", "42"]),
        ("// Yorum 😀", ["//", "yorum", "😀"]),
    ],
)
def test_tokenizer_keeps_turkish_letters_and_dart_tokens(text: str, expected: list[str]) -> None:
    assert tokenize(text) == expected


def test_tokenizer_case_sensitive_mode_for_code() -> None:
    assert tokenize("setState(() => İsim)", lower=False) == ["setState", "(", "(", ")", "=>", "İsim", ")"]


# -- ROUGE-L -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("prediction", "reference"),
    [
        ("the cat sat on the mat", "the cat is on the mat"),
        ("widget tree rebuilds when state changes", "state changes rebuild the widget tree"),
        ("a b c d e", "e d c b a"),
        ("future delayed returns a value", "future delayed returns a value"),
    ],
)
def test_rouge_l_equals_rouge_score_default_on_ascii(prediction: str, reference: str) -> None:
    """On lower-case ASCII words without punctuation both tokenizers give the same tokens and scores."""
    default = RougeScorer(["rougeL"], use_stemmer=False).score(reference, prediction)["rougeL"]
    ours = rouge_l(prediction, reference)
    assert ours.f1 == pytest.approx(default.fmeasure)
    assert ours.precision == pytest.approx(default.precision)
    assert ours.recall == pytest.approx(default.recall)


@pytest.mark.parametrize(("prediction", "reference"), PAIRS)
def test_rouge_l_equals_rouge_score_with_our_tokenizer(prediction: str, reference: str) -> None:
    scorer = RougeScorer(["rougeL"], tokenizer=TurkishDartTokenizer())
    expected = scorer.score(reference, prediction)["rougeL"]
    assert rouge_l(prediction, reference).f1 == pytest.approx(expected.fmeasure)


def test_rouge_l_on_turkish_keeps_letters() -> None:
    prediction, reference = "Kullanıcı girişi başarılı", "Kullanıcı girişi başarısız"
    # Ours: [kullanıcı, girişi, başarılı] vs [kullanıcı, girişi, başarısız] → LCS 2 of 3.
    assert rouge_l(prediction, reference).f1 == pytest.approx(2 / 3)
    assert TurkishDartTokenizer().tokenize(reference) == ["kullanıcı", "girişi", "başarısız"]
    # rouge-score's default splits the words at every Turkish letter.
    default_tokens = RougeScorer(["rougeL"])._tokenizer.tokenize(reference)
    assert "kullanıcı" not in default_tokens and "kullan" in default_tokens
    default = RougeScorer(["rougeL"]).score(reference, prediction)["rougeL"].fmeasure
    assert default != pytest.approx(2 / 3)


def test_rouge_l_turkish_casing_is_documented_difference() -> None:
    """Turkish rules: ``İ`` → ``i`` and ``I`` → ``ı``, so ``İstanbul`` = ``istanbul`` but ``If`` ≠ ``if``."""
    assert rouge_l("İstanbul", "istanbul").f1 == 1.0
    assert rouge_l("If", "if").f1 == 0.0


# -- BLEU --------------------------------------------------------------------------------------------------
def test_corpus_bleu_equals_sacrebleu() -> None:
    predictions = [p for p, _ in PAIRS]
    references = [r for _, r in PAIRS]
    expected = sacrebleu.corpus_bleu(predictions, [references]).score / 100
    assert corpus_bleu(predictions, references) == pytest.approx(expected)
    assert 0 < corpus_bleu(predictions, references) < 1


@pytest.mark.parametrize(("prediction", "reference"), PAIRS)
def test_sentence_bleu_equals_sacrebleu(prediction: str, reference: str) -> None:
    expected = sacrebleu.sentence_bleu(prediction, [reference]).score / 100
    assert sentence_bleu(prediction, reference) == pytest.approx(expected)


def test_bleu_signature_and_edges() -> None:
    signature = bleu_signature()
    assert signature == f"nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:{sacrebleu.__version__}"
    assert "eff:yes" in bleu_signature(sentence=True)
    assert corpus_bleu([], []) == 0.0
    same = "Kullanıcı adını iki saniye sonra döndüren fonksiyon"
    assert corpus_bleu([same], [same]) == pytest.approx(1.0)
    with pytest.raises(ValueError):
        corpus_bleu(["a"], [])


# -- METEOR ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("prediction", "reference"), PAIRS)
def test_meteor_equals_nltk_on_same_tokens(prediction: str, reference: str) -> None:
    expected = nltk_meteor_score(
        [tokenize(reference)],
        tokenize(prediction),
        stemmer=STEMMER,
        wordnet=NO_SYNONYMS,
    )
    assert meteor(prediction, reference) == pytest.approx(expected)


def test_meteor_hand_computed() -> None:
    # 2 of 3 unigrams match in one chunk: P = R = 2/3, Fmean = 2/3, penalty = 0.5·(1/2)³ = 0.0625.
    assert meteor("Kullanıcı girişi başarılı", "Kullanıcı girişi başarısız") == pytest.approx(2 / 3 * 0.9375)
    # Identical n tokens: Fmean = 1, one chunk, penalty 0.5/n³.
    tokens = tokenize("final x = 1;")
    assert meteor_tokens(tokens, tokens) == pytest.approx(1 - 0.5 / len(tokens) ** 3)
    assert meteor("", "bir şey") == 0.0


def test_meteor_uses_stems_but_no_synonyms() -> None:
    # Porter: "widgets" → "widget" matches; "quick"/"fast" are WordNet synonyms but the stand-in has none.
    assert meteor("widgets", "widget") == pytest.approx(0.5)  # 1 match of 1: 1 - 0.5·1³
    assert meteor("fast", "quick") == 0.0
    assert NO_SYNONYMS.synsets("quick") == []


def test_nltk_default_wordnet_is_unavailable() -> None:
    """Why the stand-in exists: nltk's default reader needs the WordNet download, which is not available."""
    try:
        nltk.data.find("corpora/wordnet")
    except LookupError:
        pass
    else:
        pytest.skip("WordNet is installed here; the stand-in is still used for reproducibility")
    with pytest.raises(LookupError):
        nltk_meteor_score([["quick"]], ["fast"])


# -- BERTScore ---------------------------------------------------------------------------------------------
def test_bertscore_equals_bert_score_called_directly() -> None:
    import bert_score

    predictions = [p for p, _ in PAIRS]
    references = [r for _, r in PAIRS]
    ours = bertscore(predictions, references)
    precision, recall, f1 = bert_score.score(
        predictions,
        references,
        model_type=str(model_path()),
        num_layers=NUM_LAYERS,
        use_fast_tokenizer=True,
        device="cpu",
    )
    for result, p, r, f in zip(ours, precision.tolist(), recall.tolist(), f1.tolist(), strict=True):
        assert result.precision == pytest.approx(p, abs=1e-5)
        assert result.recall == pytest.approx(r, abs=1e-5)
        assert result.f1 == pytest.approx(f, abs=1e-5)
        assert not result.truncated


def test_bertscore_model_is_cached_offline_and_described() -> None:
    assert get_scorer() is get_scorer()
    assert model_path().joinpath("model.safetensors").is_file()
    assert "all-MiniLM-L6-v2" in describe_model() and "layer 6" in describe_model()
    identical, unrelated = bertscore([SAYAC, "Merhaba dünya"], [SAYAC, "final x = 1;"])
    assert identical.f1 == pytest.approx(1.0, abs=1e-5)
    assert unrelated.f1 < 0.9
    assert bertscore([], []) == []


def test_bertscore_flags_truncation() -> None:
    long_code = "\n".join(f"final degisken{i} = hesapla({i}, 'değer {i}');" for i in range(200))
    (result,) = bertscore([long_code], [SAYAC])
    assert result.truncated


# -- exact match -------------------------------------------------------------------------------------------
def test_exact_match_normalises_whitespace_only() -> None:
    assert normalize_whitespace("  a\r\n\tb   c \u00a0") == "a b c"
    assert exact_match("void main() {\r\n  print('Merhaba');\r\n}", "void main() { print('Merhaba'); }")
    assert not exact_match("void main() { print('Merhaba'); }", "void main() { print('merhaba'); }")
    assert not exact_match("x = 1; // not", "x = 1;")
    assert exact_match_rate(["a b", "c"], ["a  b", "d"]) == 0.5
    assert exact_match_rate([], []) == 0.0


# -- correctness -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("code", "item", "found"),
    [
        ("Navigator.pop(context);", "pop", True),
        ("Navigator.popUntil(context, (r) => r.isFirst);", "pop", False),  # word boundary
        ("await tester.tap(find.byType(ElevatedButton));", "tap(", True),
        ("final f = Future.delayed(const Duration(seconds: 1));", "Future.delayed", True),
        ("await for (final v in stream) {}", "await for", True),
        ("awaitfor", "await for", False),
        ("AnimatedList(reverse:true)", "reverse: true", True),
        ("final key = GlobalKey<FormState>();", "GlobalKey<FormState>", True),
        ("final r = await [a, b].wait;", ".wait", True),
        ("Stream<int> count() async* {}", "async*", True),
        ("setstate(() {});", "setState", False),  # case-sensitive
        ("final _setState = 1;", "setState", False),
        ("await widget.api\n        .submit(form);", "widget.api.submit", True),  # a chain broken before a dot
        ("Navigator.of(context)\n    ..pop()", "Navigator.of(context)..pop", True),
        ("widget.apisubmit()", "widget.api.submit", False),
    ],
)
def test_contains_item(code: str, item: str, found: bool) -> None:
    assert contains_item(code, item) is found


def test_judge_answer_reasons() -> None:
    good = judge_answer(SAYAC, ["setState", "StatefulWidget"])
    assert good.correct and good.parses and good.reason is None
    missing = judge_answer(SAYAC, ["setState", "dispose"])
    assert not missing.correct and missing.parses and missing.missing == ("dispose",)
    assert "missing 'dispose'" in (missing.reason or "")
    broken = judge_answer("void main() { print('x') ", ["print"])
    assert not broken.correct and not broken.parses and "does not parse as Dart" in (broken.reason or "")
    assert judge_answer("   ", []).reason == "empty answer"
    assert judge_answer("final x = 1;", []).correct  # no must_contain: parsing is enough


def test_judge_answer_comments_count_unless_ignored() -> None:
    code = "// setState kullanılır\nfinal x = 1;"
    assert judge_answer(code, ["setState"]).correct
    assert not judge_answer(code, ["setState"], ignore_comments=True).correct
    assert "setState" not in strip_comments(code) and strip_comments(code).count("\n") == 1


def test_correct_and_parse_rates() -> None:
    results = [judge_answer(SAYAC, ["setState"]), judge_answer(SAYAC, ["dispose"]), judge_answer("x(", [])]
    assert correct_rate(results) == pytest.approx(1 / 3)
    assert parse_rate(results) == pytest.approx(2 / 3)
    assert correct_rate([]) == parse_rate([]) == 0.0


# -- extraction and decoding -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("generation", "code"),
    [
        ("void main() {}", "void main() {}"),
        ("void main() {}\n```\nAçıklama: bu kod ...", "void main() {}"),  # pre-filled fence, then chatter
        ("```dart\nvoid main() {}\n```", "void main() {}"),
        ("Şöyle yapabilirsin:\n```dart\nvoid main() {}\n```\nBu kadar.", "void main() {}"),
        ("```dart\nvoid main() {}\n", "void main() {}"),  # unclosed fence
    ],
)
def test_extract_code(generation: str, code: str) -> None:
    assert extract_code(generation, prefilled=None).code == code


@pytest.mark.parametrize(
    ("text", "is_code"),
    [
        ("Bunu yapmak için önce bir StatefulWidget oluşturun.", False),
        ("StatefulWidget kullanarak sayaç yapabilirsiniz:\n1. Sınıf oluşturun\n2. build yazın", False),
        ("// sadece yorum\n// başka yorum", False),
        ("Örnek (basit)", False),
        ("final ile const arasındaki fark nedir?", False),  # starts with a keyword, still prose
        ("final x = 1", True),
        ("final x = 1;", True),
        ("Text('Merhaba'),", True),
        ("@override\nWidget build(BuildContext context) => const Placeholder()", True),
        (SAYAC, True),
    ],
)
def test_contains_dart_code(text: str, is_code: bool) -> None:
    assert contains_dart_code(text) is is_code


def test_decode_text() -> None:
    assert decode_text("Işık").text == "Işık"
    assert decode_text("Işık".encode()).text == "Işık"
    assert decode_text(None).text is None and decode_text(None).error is None
    assert decode_text(b"\xff\xfe").error is not None
    assert decode_text("x\udcff").error is not None  # surrogateescape leftovers


# -- score_corpus / score_pair -----------------------------------------------------------------------------
def test_score_corpus_matches_the_individual_metrics() -> None:
    predictions = [SAYAC_VARIANT, "final name = user?.name ?? 'Misafir';"]
    references = [SAYAC, "final name = user?.name ?? 'Ziyaretçi';"]
    result = score_corpus(predictions, references, [["setState"], ["name"]], bertscore=False)
    assert result.n == 2 and result.n_failed == 0 and result.failures == {}
    assert result.bleu == pytest.approx(sacrebleu.corpus_bleu(predictions, [references]).score / 100)
    assert result.bleu_signature.startswith("nrefs:1|case:mixed|eff:no|tok:13a")
    for pair, prediction, reference in zip(result.pairs, predictions, references, strict=True):
        assert pair.bleu == pytest.approx(sentence_bleu(prediction, reference))
        assert pair.rouge_l == pytest.approx(rouge_l(prediction, reference).f1)
        assert pair.meteor == pytest.approx(meteor(prediction, reference))
        assert pair.bertscore_f1 is None
        assert pair.codebleu_detail is not None and pair.codebleu == pair.codebleu_detail.codebleu
    assert result.rouge_l == pytest.approx(sum(p.rouge_l for p in result.pairs) / 2)
    assert result.correct_rate == 1.0 and result.parse_rate == 1.0
    assert result.bertscore_f1 is None and result.bertscore_model is None


def test_score_pair_with_bertscore() -> None:
    pair = score_pair(SAYAC_VARIANT, SAYAC, ["setState"])
    (direct,) = bertscore([SAYAC_VARIANT], [SAYAC])
    assert pair.bertscore_f1 == pytest.approx(direct.f1, abs=1e-6)
    assert pair.failure is None and pair.correctness.correct and not pair.exact_match


def test_identical_answer_scores_one() -> None:
    pair = score_pair("```dart\n" + SAYAC + "\n```", SAYAC, ["setState"], bertscore=False)
    assert pair.code == SAYAC
    assert pair.exact_match and pair.rouge_l == pytest.approx(1.0) and pair.bleu == pytest.approx(1.0)
    assert pair.codebleu == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("generation", "reference", "reason"),
    [
        ("", SAYAC, FailureReason.EMPTY_GENERATION),
        ("  \n\t ", SAYAC, FailureReason.EMPTY_GENERATION),
        (None, SAYAC, FailureReason.EMPTY_GENERATION),
        ("```dart\n\n```", SAYAC, FailureReason.EMPTY_GENERATION),
        ("Bunu yapmak için bir StatefulWidget oluşturun ve setState çağırın.", SAYAC, FailureReason.NO_CODE),
        ("// Burada bir sayaç widget'ı olmalı", SAYAC, FailureReason.NO_CODE),
        (b"final x = \xff\xfe;", SAYAC, FailureReason.NON_UTF8_GENERATION),
        ("final x = '\udcff';", SAYAC, FailureReason.NON_UTF8_GENERATION),
        ("final x = 1;", None, FailureReason.MISSING_REFERENCE),
        ("final x = 1;", "   ", FailureReason.MISSING_REFERENCE),
        ("final x = 1;", b"\xc3\x28", FailureReason.NON_UTF8_REFERENCE),
    ],
)
def test_failures_are_scored_with_a_reason(generation: RawText, reference: RawText, reason: FailureReason) -> None:
    pair = score_pair(generation, reference, ["x"], bertscore=False)
    assert pair.failure is not None and pair.failure.reason is reason and pair.failure.detail
    assert (pair.bleu, pair.rouge_l, pair.meteor, pair.codebleu) == (0.0, 0.0, 0.0, 0.0)
    assert not pair.exact_match and pair.codebleu_detail is None
    if reason.blames_generation:
        assert not pair.correctness.correct and reason.value in (pair.correctness.reason or "")
    else:  # a bad reference does not stop judging the generation itself
        assert pair.correctness.correct


def test_failures_count_as_zero_in_corpus_means() -> None:
    predictions: list[str | bytes | None] = [SAYAC, "", b"\xff", "Sadece açıklama yazdım.", SAYAC]
    references: list[str | bytes | None] = [SAYAC, SAYAC, SAYAC, SAYAC, None]
    result = score_corpus(predictions, references, bertscore=True)
    assert result.n == 5 and result.n_failed == 4
    reasons = ["empty_generation", "non_utf8_generation", "no_code", "missing_reference"]
    assert result.failures == dict.fromkeys(reasons, 1)
    assert result.exact_match == pytest.approx(1 / 5)
    assert result.rouge_l == pytest.approx(1 / 5)
    assert result.bertscore_f1 == pytest.approx(1 / 5, abs=1e-5)
    # Corpus BLEU: generation failures are empty candidates; the pair without a reference is left out.
    expected = sacrebleu.corpus_bleu([SAYAC, "", "", ""], [[SAYAC] * 4]).score / 100
    assert result.bleu == pytest.approx(expected)
    assert result.correct_rate == pytest.approx(2 / 5)  # the missing-reference row is still judged


def test_all_failures_never_crash() -> None:
    result = score_corpus([None, b"\x80", ""], [None, None, None], bertscore=True)
    assert result.n == 3 and result.n_failed == 3 and result.bleu == 0.0 and result.bertscore_f1 == 0.0
    empty = score_corpus([], [], bertscore=True)
    assert empty.n == 0 and empty.bleu == 0.0 and math.isclose(empty.rouge_l, 0.0)


def test_length_mismatch_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        score_corpus(["a"], [], bertscore=False)
    with pytest.raises(ValueError):
        score_corpus(["a"], ["a"], [["x"], ["y"]], bertscore=False)


def test_score_rows_uses_answer_and_must_contain() -> None:
    row = QARow(
        id="t-1",
        question="Sayaç yaz",
        answer=SAYAC,
        topic="state",
        difficulty="kolay",
        kind="code",
        must_contain=("setState", "dispose"),
    )
    result = score_rows([SAYAC], [row], bertscore=False)
    assert result.pairs[0].exact_match
    assert result.pairs[0].correctness.missing == ("dispose",) and result.correct_rate == 0.0
