"""Generation backends behind one small interface (``flutr.backends.base.Backend``)."""

from flutr.backends.base import Backend, BackendError, CancelToken, Generation

__all__ = ["Backend", "BackendError", "CancelToken", "Generation"]
