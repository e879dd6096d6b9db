"""flutr core: the pieces that serving, training and benchmarking share.

Everything here is pure and protocol-free: Turkish text handling, comment detection, prompt building, code
extraction, Dart validation, edit computation, model files and generation backends.
"""

__version__ = "0.1.0"
