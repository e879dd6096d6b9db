"""``flutr-bench quality``: ``config`` (the settings) → ``run`` (answers through the server's pipeline, cached and
resumable, scored per split and variant) → ``report`` (JSON, Markdown, charts)."""
