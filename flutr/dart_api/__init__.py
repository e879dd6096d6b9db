"""Reference-free checks of Dart/Flutter code against an API vocabulary.

Shared by the benchmarks' judge (``benchmarks.judge``) and anything in serving that must tell real APIs from
invented ones. ``syntax`` reads calls and member chains off tree-sitter-dart's tree, ``vocabulary`` holds the API
facts (``*.json`` beside this file), ``sanity`` turns the two into findings with reasons.
"""

from flutr.dart_api.sanity import Finding, rejecting_findings, sanity_findings
from flutr.dart_api.syntax import code_only
from flutr.dart_api.vocabulary import Vocabulary, default_vocabulary

__all__ = ["Finding", "Vocabulary", "code_only", "default_vocabulary", "rejecting_findings", "sanity_findings"]
