"""CodeBLEU for Dart: each component on hand-checked examples, the n-gram component against nltk, and the
data-flow substitution flag."""

from __future__ import annotations

import pytest
from nltk.translate.bleu_score import SmoothingFunction
from nltk.translate.bleu_score import corpus_bleu as nltk_corpus_bleu

from benchmarks.metrics.codebleu import (
    NO_REFERENCE_DATAFLOW,
    ZERO_DATAFLOW_MATCH,
    CodeBleu,
    CodeBleuStats,
    code_bleu,
    codebleu_stats,
    corpus_code_bleu,
    ngram_stats,
    weighted_ngram_stats,
)
from benchmarks.metrics.dart_ast import syntax_match
from benchmarks.metrics.dart_dataflow import COMES_FROM, COMPUTED_FROM, dataflow_match, extract_dataflow
from benchmarks.metrics.dart_dataflow import normalize_dataflow as normalize
from benchmarks.metrics.dart_keywords import DART_KEYWORDS, token_weight
from benchmarks.metrics.tokenizer import tokenize

TOTAL = """int total(List<int> xs) {
  var sum = 0;
  for (final x in xs) {
    sum += x;
  }
  return sum;
}"""
TOTAL_RENAMED = TOTAL.replace("xs", "values").replace("sum", "acc").replace("x ", "v ").replace("x;", "v;")
TOTAL_SHUFFLED = """int total(List<int> xs) {
  return sum;
  var sum = 0;
  for (final x in xs) {
    sum += x;
  }
}"""

WIDGET_WITHOUT_DATAFLOW = """class Baslik extends StatelessWidget {
  const Baslik({super.key});

  @override
  Widget build(BuildContext context) => const Text('Merhaba');
}"""


# -- whole metric ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("source", [TOTAL, "void main() {\n  final ad = 'Ayşe';\n  print('Merhaba $ad');\n}"])
def test_identical_code_scores_one_everywhere(source: str) -> None:
    result = code_bleu(source, source)
    assert result.ngram_match == pytest.approx(1.0)
    assert result.weighted_ngram_match == pytest.approx(1.0)
    assert result.syntax_match == 1.0
    assert result.dataflow_match == 1.0
    assert result.codebleu == pytest.approx(1.0) and result.codebleu_strict == pytest.approx(1.0)
    assert not result.dataflow_substituted and result.substitution_reason is None


def test_renamed_variables_keep_syntax_and_dataflow() -> None:
    assert "acc" in TOTAL_RENAMED and "sum" not in TOTAL_RENAMED and "v in values" in TOTAL_RENAMED
    result = code_bleu(TOTAL_RENAMED, TOTAL)
    assert result.dataflow_match == 1.0
    assert result.syntax_match == 1.0
    assert result.ngram_match < 0.6  # the surface tokens did change
    assert result.codebleu == pytest.approx(0.25 * (result.ngram_match + result.weighted_ngram_match) + 0.5)


def test_shuffled_statements_lower_dataflow() -> None:
    # Moving `return sum;` first leaves that read of `sum` without a reaching write, so it drops out of the
    # graph: 6 of the reference's 7 normalised items remain.
    result = code_bleu(TOTAL_SHUFFLED, TOTAL)
    assert dataflow_match(TOTAL_SHUFFLED, TOTAL).matched == 6
    assert result.dataflow_match == pytest.approx(6 / 7)
    assert result.syntax_match < 1.0


def test_weights_are_configurable() -> None:
    result = code_bleu(TOTAL_RENAMED, TOTAL, weights=(0.0, 0.0, 0.0, 1.0))
    assert result.codebleu == 1.0 and result.weights == (0.0, 0.0, 0.0, 1.0)


# -- n-gram components -------------------------------------------------------------------------------------
def test_ngram_match_equals_nltk_corpus_bleu_method1() -> None:
    pairs = [
        (TOTAL_RENAMED, TOTAL),
        ("final ad = 'Ayşe';", "final isim = 'Ayşe';"),
        ("a", WIDGET_WITHOUT_DATAFLOW),
        ("x y z", "tamamen farklı"),
    ]
    candidates = [tokenize(c, lower=False) for c, _ in pairs]
    references = [tokenize(r, lower=False) for _, r in pairs]
    smoothing = SmoothingFunction().method1
    for candidate, reference in zip(candidates, references, strict=True):
        expected = nltk_corpus_bleu([[reference]], [candidate], smoothing_function=smoothing)
        assert ngram_stats(candidate, reference).score() == pytest.approx(expected)
    corpus = corpus_code_bleu([c for c, _ in pairs], [r for _, r in pairs])
    expected_corpus = nltk_corpus_bleu([[r] for r in references], candidates, smoothing_function=smoothing)
    assert corpus.ngram_match == pytest.approx(expected_corpus)


def test_keyword_weighting_hand_checked() -> None:
    reference = tokenize("final count = 0 ;", lower=False)  # unigram weights 1, .2, .2, .2, .2 → 1.8
    # Dropping the first or the last token loses one n-gram of every order, so only the weighting differs.
    without_keyword = weighted_ngram_stats(tokenize("count = 0 ;", lower=False), reference)
    without_semicolon = weighted_ngram_stats(tokenize("final count = 0", lower=False), reference)
    assert without_keyword.matches[0] / without_keyword.totals[0] == pytest.approx(0.8 / 1.8)
    assert without_semicolon.matches[0] / without_semicolon.totals[0] == pytest.approx(1.6 / 1.8)
    assert without_keyword.matches[1:] == without_semicolon.matches[1:] == (3.0, 2.0, 1.0)
    assert without_keyword.score() < without_semicolon.score()
    # Unweighted BLEU cannot tell the two apart.
    plain_a = ngram_stats(tokenize("count = 0 ;", lower=False), reference)
    plain_b = ngram_stats(tokenize("final count = 0", lower=False), reference)
    assert plain_a.score() == pytest.approx(plain_b.score())


def test_dart_keyword_list() -> None:
    for word in "async await late required final const Function yield sealed when".split():
        assert word in DART_KEYWORDS and token_weight(word) == 1.0
    for word in "int String Widget setState print Final".split():
        assert word not in DART_KEYWORDS and token_weight(word) == 0.2
    assert len(DART_KEYWORDS) == 68


# -- syntax component --------------------------------------------------------------------------------------
def test_syntax_match_hand_checked() -> None:
    reference = "void f() { a(); b(); }"
    # Inner subtrees of the reference: program, function_signature, formal_parameter_list, function_body,
    # block, 2 × (expression_statement, selector, argument_part, arguments) = 13. Dropping `b();` keeps
    # function_signature, formal_parameter_list and one of each call subtree = 6 (the ancestors changed).
    assert syntax_match("", reference).total == 13
    assert syntax_match("void f() { a(); }", reference).matched == 6
    # Names and literal values are leaves and do not count; keywords do.
    assert syntax_match("void g() { x(); y(); }", reference).score == 1.0
    assert syntax_match("var y = 2;", "var x = 1;").score == 1.0
    assert syntax_match("final y = 2;", "var x = 1;").score == 0.0


def test_syntax_match_ignores_comments_and_survives_garbage() -> None:
    assert syntax_match("// Türkçe yorum\nvar x = 1; /* blok */", "var x = 1;").score == 1.0
    for garbage in ("", "Merhaba dünya", "}}}{{{", "\x00", "class"):
        assert 0.0 <= syntax_match(garbage, TOTAL).score < 1.0


# -- data-flow component -----------------------------------------------------------------------------------
def test_dataflow_extraction_hand_checked() -> None:
    items = extract_dataflow(TOTAL)
    described = [(item.name, item.relation, item.parents) for item in items]
    assert described == [
        ("xs", COMPUTED_FROM, ()),  # parameter
        ("sum", COMPUTED_FROM, ()),  # var sum = 0
        ("x", COMPUTED_FROM, ("xs",)),  # for (final x in xs)
        ("xs", COMES_FROM, ("xs",)),  # the read of xs in the loop header ← the parameter
        ("sum", COMPUTED_FROM, ("sum", "sum", "x")),  # sum += x ← the declaration, the previous iteration, x
        ("x", COMES_FROM, ("x",)),
        ("sum", COMES_FROM, ("sum", "sum")),  # return sum ← declaration (no iteration) or the loop
    ]
    assert normalize(items) == [
        ("var_0", COMPUTED_FROM, ()),
        ("var_1", COMPUTED_FROM, ()),
        ("var_2", COMPUTED_FROM, ("var_0",)),
        ("var_0", COMES_FROM, ("var_0",)),
        ("var_1", COMPUTED_FROM, ("var_1", "var_2")),
        ("var_2", COMES_FROM, ("var_2",)),
        ("var_1", COMES_FROM, ("var_1",)),
    ]


def _flows(source: str) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(item.name, item.relation, item.parents) for item in extract_dataflow(source)}


def test_dataflow_branches_merge_and_members_are_not_variables() -> None:
    source = """int pick(int a) {
  var r = 0;
  if (a > 0) {
    r = a;
  } else {
    r = -a;
  }
  return r + user.age;
}"""
    flows = _flows(source)
    assert ("r", COMES_FROM, ("r", "r")) in flows  # `return r` ← both branches
    assert not any(name == "age" for name, _, _ in flows)  # member names after `.` are not variables


def test_dataflow_closures_fields_and_this() -> None:
    source = """class _S extends State<S> {
  int _deger = 0;
  void inc(int adim) {
    setState(() => _deger += adim);
    final liste = items.where((e) => e > adim).toList();
    this.name = liste;
    print('$_deger');
  }
}"""
    flows = _flows(source)
    assert ("_deger", COMPUTED_FROM, ("_deger", "adim")) in flows  # the write inside the closure
    assert ("_deger", COMES_FROM, ("_deger", "_deger")) in flows  # the field or the closure's write
    assert ("liste", COMPUTED_FROM, ("items", "adim")) in flows  # captured reads flow out of the closure
    assert ("name", COMPUTED_FROM, ("liste",)) in flows  # this.name = … writes `name`


def test_dataflow_robust_to_garbage_and_deep_nesting() -> None:
    for garbage in ("", "Merhaba dünya", "void f( {", "'unterminated", "\x00\x01"):
        assert isinstance(extract_dataflow(garbage), list)
    deep = "var x = " + "(" * 2000 + "a" + ")" * 2000 + ";"
    assert isinstance(extract_dataflow(deep), list)  # a partial graph, never a RecursionError
    assert code_bleu(deep, deep).syntax_match == 1.0


# -- the data-flow substitution ----------------------------------------------------------------------------
def test_substitution_when_reference_has_no_dataflow() -> None:
    assert extract_dataflow(WIDGET_WITHOUT_DATAFLOW) == []
    candidate = WIDGET_WITHOUT_DATAFLOW.replace("Merhaba", "Selam")
    result = code_bleu(candidate, WIDGET_WITHOUT_DATAFLOW)
    assert result.dataflow_match is None
    assert result.dataflow_substituted and result.substitution_reason == NO_REFERENCE_DATAFLOW
    first_three = 0.25 * (result.ngram_match + result.weighted_ngram_match + result.syntax_match)
    assert result.codebleu == pytest.approx(first_three + 0.25)  # the reference formula's `or 1`
    assert result.codebleu_strict == pytest.approx(first_three / 0.75)  # renormalised without data flow


def test_substitution_when_no_dataflow_matches() -> None:
    candidate = "int total(List<int> xs) => 0;"  # no data flow at all against TOTAL's seven items
    result = code_bleu(candidate, TOTAL)
    assert result.dataflow_match == 0.0
    assert result.dataflow_substituted and result.substitution_reason == ZERO_DATAFLOW_MATCH
    first_three = 0.25 * (result.ngram_match + result.weighted_ngram_match + result.syntax_match)
    assert result.codebleu == pytest.approx(first_three + 0.25)  # rewarded as if data flow were perfect
    assert result.codebleu_strict == pytest.approx(first_three)  # the honest number


def test_no_substitution_when_dataflow_partly_matches() -> None:
    result = code_bleu(TOTAL_SHUFFLED, TOTAL)
    assert not result.dataflow_substituted and result.substitution_reason is None
    assert result.codebleu == pytest.approx(result.codebleu_strict)


def test_empty_candidate_scores_zero_except_flagged_substitution() -> None:
    result = code_bleu("", TOTAL)
    assert (result.ngram_match, result.weighted_ngram_match, result.syntax_match) == (0.0, 0.0, 0.0)
    assert result.dataflow_match == 0.0 and result.substitution_reason == ZERO_DATAFLOW_MATCH
    assert result.codebleu == 0.25 and result.codebleu_strict == 0.0


# -- corpus level ------------------------------------------------------------------------------------------
def test_corpus_sums_statistics_before_combining() -> None:
    predictions = [TOTAL_RENAMED, WIDGET_WITHOUT_DATAFLOW]
    references = [TOTAL, WIDGET_WITHOUT_DATAFLOW]
    stats = codebleu_stats(predictions[0], references[0]) + codebleu_stats(predictions[1], references[1])
    corpus = corpus_code_bleu(predictions, references)
    assert corpus == CodeBleu.from_stats(stats)
    # One pair without data flow does not trigger a substitution when the corpus has data flow elsewhere.
    assert corpus.dataflow_match == 1.0 and not corpus.dataflow_substituted
    assert corpus_code_bleu([], []) == CodeBleu.from_stats(CodeBleuStats())
    with pytest.raises(ValueError):
        corpus_code_bleu(["a"], [])
