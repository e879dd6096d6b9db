"""Reliability suite for flutr-lsp (``flutr-bench reliability``; a reduced run in ``tests/test_reliability.py``).

Every scenario drives the real server process over stdio with ``client.RawLspClient``:

- ``fuzz`` + ``strategies``: Hypothesis-drawn protocol messages (≥10,000), crashes / hangs / unanswered requests;
- ``cancel_storm``: resolve requests cancelled at random moments during generation;
- ``broken_models``: missing, truncated, corrupt, wrong-architecture models and foreign LoRA adapters;
- ``doc_safety``: versioned edits, also when the document changes during generation;
- ``privacy``: no internet sockets, no user code in the INFO log;
- ``soak``: sequential code actions with RSS and latency trend.

``checks`` holds the pure checks and figures, ``runner`` writes ``reliability.json`` and ``README.md``.
"""
