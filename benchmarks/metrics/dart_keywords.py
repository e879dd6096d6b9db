"""The Dart keyword list for CodeBLEU's keyword-weighted n-gram match.

Every word of the Dart 3 language keyword table (https://dart.dev/language/keywords): reserved words, built-in
identifiers (``abstract``, ``factory``, ``late`` …), contextual keywords (``async``, ``await``, ``yield``,
``sync``, ``show``, ``hide``, ``on``, ``of``) and the Dart 3 class modifiers (``base``, ``sealed``,
``interface``, ``when``). ``Function`` and ``dynamic`` are in the table and kept. Library type names (``int``,
``String``, ``Widget``) are not keywords and are not listed: weighting them would reward boilerplate rather
than control flow.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

_RESERVED_WORDS = (
    "assert break case catch class const continue default do else enum extends false final finally for if "
    "in is new null rethrow return super switch this throw true try var void while with"
)
_BUILT_IN_IDENTIFIERS = (
    "abstract as covariant deferred dynamic export extension external factory Function get implements import "
    "interface late library mixin operator part required set static typedef"
)
_CONTEXTUAL_KEYWORDS = "async await base hide of on sealed show sync type when yield"

DART_KEYWORDS: frozenset[str] = frozenset(
    (_RESERVED_WORDS + " " + _BUILT_IN_IDENTIFIERS + " " + _CONTEXTUAL_KEYWORDS).split()
)

KEYWORD_WEIGHT = 1.0
OTHER_TOKEN_WEIGHT = 0.2  # keywords weigh 5× other tokens, as in the CodeBLEU paper and reference code


def token_weight(token: str) -> float:
    return KEYWORD_WEIGHT if token in DART_KEYWORDS else OTHER_TOKEN_WEIGHT
