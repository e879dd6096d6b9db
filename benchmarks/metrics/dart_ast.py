"""CodeBLEU's syntactic component for Dart: clipped matching of AST subtrees from tree-sitter-dart.

Every inner node of the reference tree (a node with at least one child) is a subtree. Its *shape* is its node
type plus the shapes of its children, where a leaf contributes only its type: ``identifier``, string and
number literals lose their text (names do not matter here, the data-flow component handles variables), while
anonymous leaves — keywords and punctuation such as ``final``, ``=>``, ``?.`` — are their own type and so
count as syntax. Comments are dropped. The score is

    Σ_shape min(count_ref(shape), count_candidate(shape)) / Σ_shape count_ref(shape)

i.e. the CodeBLEU paper's Count_clip(T_cand) / Count(T_ref). (The reference implementation does not clip — one
candidate subtree can match many reference subtrees — and uses S-expressions that omit anonymous nodes; both
differences are deliberate and make identical code score exactly 1.0 and repeated boilerplate not inflate.)
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass

import tree_sitter

from flutr.dart import parse_dart

logger = logging.getLogger(__name__)

COMMENT_TYPES = frozenset({"comment", "documentation_comment"})


@dataclass(frozen=True)
class SyntaxMatch:
    matched: int
    total: int  # number of reference subtrees

    @property
    def score(self) -> float:
        return self.matched / self.total if self.total else 0.0

    def __add__(self, other: SyntaxMatch) -> SyntaxMatch:
        return SyntaxMatch(self.matched + other.matched, self.total + other.total)


class ShapeTable:
    """Interns subtree shapes as small integers, shared by the trees being compared."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, tuple[int, ...]], int] = {}

    def shape_id(self, node_type: str, children: tuple[int, ...]) -> int:
        key = (node_type, children)
        found = self._ids.get(key)
        if found is None:
            found = self._ids[key] = len(self._ids)
        return found


def subtree_shapes(tree: tree_sitter.Tree, table: ShapeTable) -> Counter[int]:
    """Multiset of the shapes of all inner (non-leaf, non-comment) subtrees of ``tree``. Iterative: deep
    widget trees must not hit Python's recursion limit."""
    shapes: Counter[int] = Counter()
    # Post-order traversal with an explicit stack: (node, children visited?)
    stack: list[tuple[tree_sitter.Node, bool]] = [(tree.root_node, False)]
    results: dict[int, int] = {}  # node id → shape id
    while stack:
        node, expanded = stack.pop()
        if node.type in COMMENT_TYPES:
            continue
        children = [child for child in node.children if child.type not in COMMENT_TYPES]
        if not expanded:
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(children))
            continue
        child_shapes = tuple(results.pop(child.id) for child in children)
        shape = table.shape_id(node.type, child_shapes)
        results[node.id] = shape
        if child_shapes:
            shapes[shape] += 1
    return shapes


def syntax_match(candidate: str, reference: str) -> SyntaxMatch:
    """Clipped subtree match of ``candidate`` against ``reference`` (see the module docstring)."""
    table = ShapeTable()
    reference_shapes = subtree_shapes(parse_dart(reference), table)
    candidate_shapes = subtree_shapes(parse_dart(candidate), table)
    matched = sum(min(count, candidate_shapes[shape]) for shape, count in reference_shapes.items())
    return SyntaxMatch(matched=matched, total=sum(reference_shapes.values()))
