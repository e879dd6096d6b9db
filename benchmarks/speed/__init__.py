"""``flutr-bench speed``: ``config`` → ``run`` (raw backend vs a real LSP session, per serving configuration) →
``report``; ``compare`` (``flutr-bench compare``): model setups taking turns on the same questions in one process."""
