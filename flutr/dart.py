"""Dart validation with tree-sitter-dart: one parser for the server, the dataset tools and the metrics."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import tree_sitter
import tree_sitter_dart


@functools.lru_cache(maxsize=1)
def dart_language() -> tree_sitter.Language:
    return tree_sitter.Language(tree_sitter_dart.language())


def parse_dart(source: str) -> tree_sitter.Tree:
    """Parse Dart source. A new Parser each call: tree-sitter parsers are not thread-safe and are cheap."""
    return tree_sitter.Parser(dart_language()).parse(source.encode("utf-8"))


@dataclass(frozen=True)
class DartSyntaxError:
    line: int  # 0-based line in the parsed source
    column: int
    kind: str  # "ERROR" or "MISSING <node type>"
    snippet: str

    def describe(self) -> str:
        return f"line {self.line + 1}, column {self.column + 1}: {self.kind} near {self.snippet!r}"


def find_syntax_errors(source: str, limit: int = 5) -> list[DartSyntaxError]:
    """Return up to ``limit`` ERROR/MISSING nodes of ``source`` in document order (empty list = parses)."""
    tree = parse_dart(source)
    if not tree.root_node.has_error:
        return []
    lines = source.splitlines()
    errors: list[DartSyntaxError] = []
    stack = [tree.root_node]
    while stack and len(errors) < limit:
        node = stack.pop()
        if not node.has_error and not node.is_missing:
            continue
        if node.type == "ERROR" or node.is_missing:
            row, col = node.start_point
            text = lines[row].strip()[:80] if row < len(lines) else ""
            kind = f"MISSING {node.type}" if node.is_missing else "ERROR"
            errors.append(DartSyntaxError(row, col, kind, text))
            continue
        stack.extend(reversed(node.children))
    return errors


def parses_as_dart(source: str) -> bool:
    return bool(source.strip()) and not parse_dart(source).root_node.has_error
