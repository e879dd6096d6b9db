"""Names a request comment says exist in the project: in a file that imports the app's own libraries
(``import 'api/api_client.dart';``, ``import 'package:weather/data/repo.dart';``), an identifier the comment names
(``// demo modunda apiClientProvider … FakeApiClient versin``) is declared in one of them, so using it is no
undefined name. A file without such an import gets no such names: there the comment asks for something new. And
every class the file's own code already takes from its imports (:func:`names_in_file`) exists: an answer using it
(``ZoneDetail``, imported from ``../widgets/zone_detail.dart`` and shown further down) invents nothing.
"""

from __future__ import annotations

import functools
import re

from flutr.dart import parse_dart
from flutr.dart_api.syntax import UPPER_CAMEL, code_only, declarations, import_uris

# Libraries of the SDK and the framework (their names are the vocabulary's, never the app's).
_FRAMEWORK_PACKAGES = frozenset(
    {"flutter", "flutter_test", "flutter_localizations", "flutter_web_plugins", "flutter_driver", "integration_test"}
)
_IDENTIFIER = re.compile(r"(?<![\w$])([A-Za-z_$][\w$]*)")


def imports_project_code(source: str) -> bool:
    """A relative import, or a ``package:`` import of a library other than the package's main one
    (``package:X/X.dart`` is how pub packages are imported) outside the framework's packages."""
    for uri in import_uris(source):
        if uri.startswith("dart:"):
            continue
        if not uri.startswith("package:"):
            return True
        package, _, path = uri.removeprefix("package:").partition("/")
        if package not in _FRAMEWORK_PACKAGES and path != f"{package}.dart":
            return True
    return False


def names_from_project(source: str, comment: str) -> frozenset[str]:
    """Identifiers written in ``comment`` that read as code names (lowerCamel with an inner capital, UpperCamel,
    or with ``_``), when ``source`` imports project code; else none."""
    if not imports_project_code(source):
        return frozenset()
    return frozenset(
        name
        for name in _IDENTIFIER.findall(comment)
        if "_" in name.strip("_") or name.startswith("_") or re.search(r"[a-z][A-Z]|^[A-Z][a-z]+[A-Z]", name)
    )


@functools.lru_cache(maxsize=64)
def names_in_file(source: str) -> frozenset[str]:
    """The UpperCamel names ``source``'s code uses but does not declare (comments and the text of strings left
    out): classes and enums the file as the user wrote it takes from its imports. Its own declarations are left to
    the scope-aware checks (a local ``l10n`` of ``build`` is not another method's)."""
    root = parse_dart(source).root_node
    declared = declarations(root)
    own = declared.types | declared.functions | set(declared.variables)
    return frozenset(
        name for name in _IDENTIFIER.findall(code_only(source, root)) if UPPER_CAMEL.match(name) and name not in own
    )
