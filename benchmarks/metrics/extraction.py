"""The metrics' view of extraction: :func:`extract_code` delegates to :func:`flutr.extraction.extract_code`
(the one extraction the server and the runners use) and :func:`looks_like_code` is the metrics' "a generation
with no code" test.

The runners already pass ``Answer.code`` (extracted by the server's pipeline) with ``extract=False``;
:func:`extract_code` is for raw generations handed to ``score_corpus`` directly. It picks the server
extraction's mode from the text: a generation whose text before its first fence is prose (``Şöyle yapılır:``
then a block) is read as *not* pre-filled, so the fenced block is taken; otherwise the text is read as the
continuation of the pre-filled ```` ```dart```` fence. Like the server, it moves ``import`` lines aside (they are
not part of the scored code) and keeps edge prose as ``//`` comments.

:func:`looks_like_code`: Turkish prose such as ``Bunu yapmak için önce bir StatefulWidget oluşturun.`` is not
code; a line ending in ``;`` or ``{`` is. It is a heuristic, documented here so a reader can judge a
``no_code`` failure. Checked when written: every one of the dataset's 1670 reference answers counts as code and
none of its Turkish questions does.
"""

from __future__ import annotations

import logging
import re

from flutr.dart import parses_as_dart
from flutr.extraction import extract_code as extract_answer

logger = logging.getLogger(__name__)

_FENCE_LINE = re.compile(r"^[ \t]*```[ \t]*([\w+#.-]*)[ \t]*$", re.MULTILINE)
# A line that can only be code: it ends a statement or block, has an arrow body, is an annotation, is a call
# (`Text('a'),`), or starts with a declaration keyword *and* has code punctuation — Turkish questions such as
# "final ile const arasındaki fark nedir?" start with a keyword too.
_CODE_LINE = re.compile(
    r"""(
        [;{}]\s*$
      | =>
      | ^\s*@\w+
      | ^\s*(?:class|enum|mixin|extension|typedef|import|export|part|library|void|final|const|var|late|return|
             abstract|sealed|static|Future<|Stream<)(?=.*[=(){};<])
      | ^\s*[\w.<>?]+\(.*\)[;,]?\s*$
    )""",
    re.VERBOSE,
)


def extract_code(generation: str) -> str:
    """The Dart code of a raw ``generation`` (see the module docstring), via :mod:`flutr.extraction`."""
    first_fence = _FENCE_LINE.search(generation)
    before = generation[: first_fence.start()] if first_fence else generation
    prefilled = first_fence is None or not before.strip() or looks_like_code(before)
    return extract_answer(generation, prefilled=prefilled).code


def _strip_line_comment(line: str) -> str:
    index = line.find("//")
    return line if index < 0 else line[:index]


def looks_like_code(text: str) -> bool:
    """Whether ``text`` contains Dart code rather than only prose or only comments.

    True when it parses as Dart (and is not comment-only), or any non-comment line has a code shape (ends with
    ``;``/``{``/``}``, contains ``=>``, starts with a declaration keyword or an annotation, or is a call).
    """
    code_lines = [_strip_line_comment(line) for line in text.splitlines()]
    code_lines = [line for line in code_lines if line.strip() and not line.lstrip().startswith(("/*", "*"))]
    if not code_lines:
        return False
    if parses_as_dart(text):
        return True
    return any(_CODE_LINE.search(line) for line in code_lines)
