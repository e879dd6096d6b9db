"""One tokenizer for the text metrics (ROUGE-L, METEOR) and CodeBLEU's n-gram components.

rouge-score's default tokenizer lower-cases with Python rules and then replaces every character outside
``[a-z0-9]`` by a space, so ``Kullanıcı girişi`` becomes ``kullan c gir i`` and every Dart operator vanishes.
This tokenizer keeps:

- words in any script (Turkish ``ç ğ ı ö ş ü`` and capitals included) and Dart identifiers (``_deger``,
  ``setState``) as single tokens;
- numbers (``42``, ``0.8``, ``1e-3``, ``0xFF``);
- Dart multi-character operators as one token (``=>``, ``?.``, ``??``, ``??=``, ``...?``, ``~/``, ``&&`` …)
  and every other non-space character (``{``, ``;``, ``'``, ``$``, ``@``) as its own token.

``>>`` is deliberately not an operator token: in Flutter code it almost always closes nested generics
(``List<List<int>>``), and splitting it keeps those tokens aligned with ``List<int>``.

Lower-casing (on by default for the text metrics) uses Turkish rules via :func:`flutr.turkish.turkish_lower`:
``I`` → ``ı`` and ``İ`` → ``i``. The consequence, intended for Turkish text, is that ASCII ``If`` and ``if``
do not match after lower-casing (``ıf`` ≠ ``if``). CodeBLEU uses the tokenizer case-sensitively (Dart is
case-sensitive).
"""

from __future__ import annotations

import logging
import re
import unicodedata

from rouge_score.tokenizers import Tokenizer

from flutr.turkish import turkish_lower

logger = logging.getLogger(__name__)

# Longest first inside the alternation: the regex engine takes the first alternative that matches.
_OPERATORS = (
    ">>>= ...? ??= ~/= <<= >>= ?.. ... => ?. ?? == != <= >= && || ++ -- += -= *= /= %= &= |= ^= << ~/ .. /// // /* */"
).split()
_TOKEN_RE = re.compile(
    r"0[xX][0-9A-Fa-f]+"  # hex literal
    r"|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?"  # decimal literal
    r"|[^\W\d]\w*"  # word / identifier in any script (underscore allowed, no leading digit)
    r"|" + "|".join(re.escape(op) for op in sorted(_OPERATORS, key=len, reverse=True)) + r"|\S"
)


def tokenize(text: str, *, lower: bool = True) -> list[str]:
    """Split ``text`` into word, number, operator and punctuation tokens (see the module docstring).

    The text is NFC-normalised first so a decomposed ``ş`` (``s`` + combining cedilla) stays one letter.
    """
    text = turkish_lower(text) if lower else unicodedata.normalize("NFC", text)
    return _TOKEN_RE.findall(text)


class TurkishDartTokenizer(Tokenizer):
    """A rouge-score tokenizer (``RougeScorer(..., tokenizer=TurkishDartTokenizer())``); no stemming."""

    def __init__(self, *, lower: bool = True) -> None:
        self.lower = lower

    def tokenize(self, text: str) -> list[str]:
        return tokenize(text, lower=self.lower)
