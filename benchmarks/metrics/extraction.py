"""Turn a raw generation into the Dart code that the metrics compare, and tell code from prose.

The server's prompt pre-fills the assistant turn with ```` ```dart\\n```` and stops at the closing fence, so a
generation is normally bare code. Models still sometimes (a) echo an opening fence, (b) write prose and then a
fenced block, or (c) continue past the closing fence with an explanation. :func:`extract_code` handles all
three.

:func:`looks_like_code` is the "a generation with no code" test: Turkish prose such as
``Bunu yapmak için önce bir StatefulWidget oluşturun.`` is not code; a line ending in ``;`` or ``{`` is. It is
a heuristic, documented here so a reader can judge a ``no_code`` failure. Checked when written: every one of
the dataset's 1670 reference answers counts as code and none of its Turkish questions does.
"""

from __future__ import annotations

import logging
import re

from flutr.dart import parses_as_dart

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
    """The Dart code of ``generation`` with surrounding fences and trailing prose removed.

    - Starts with a fence (```` ```dart ````): the content up to the next fence.
    - Contains a fence later: if the text before it looks like code, that text (the pre-filled block's closing
      fence followed by chatter); otherwise the first fenced block's content (prose, then a block).
    - No fence: the whole text.
    """
    fences = list(_FENCE_LINE.finditer(generation))
    if not fences:
        return generation.strip("\n")
    first = fences[0]
    before = generation[: first.start()]
    if before.strip() and looks_like_code(before):
        return before.strip("\n")
    start = first.end() + 1
    end = fences[1].start() if len(fences) > 1 else len(generation)
    return generation[start:end].strip("\n")


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
