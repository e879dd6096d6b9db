"""``$/progress`` for the server: tokens the client accepted, and a generation's bar, which begins with the
comment, reports the tokens written, ends with the answer and turns the client's cancel button into the
generation's ``CancelToken``. A client without progress (or one that refuses it) still gets its answer."""

from __future__ import annotations

import asyncio
import itertools
import logging
from typing import TYPE_CHECKING

from lsprotocol import types

from flutr.backends.base import CancelToken
from lsp_server import convert, messages

if TYPE_CHECKING:
    from lsp_server.server import FlutrServer

logger = logging.getLogger(__name__)

# Requests the server sends to the client: one that never answers must not hold an answer back for ever.
PROGRESS_CREATE_TIMEOUT = 5.0


class Progress:
    def __init__(self, server: FlutrServer) -> None:
        self.server = server
        self._ids = itertools.count(1)

    @property
    def supported(self) -> bool:
        window = self.server.client_capabilities.window
        return bool(window and window.work_done_progress)

    async def token(self) -> str | None:
        """A ``$/progress`` token the client accepted; None when it has no progress, refuses or never answers (the
        work goes on without a bar)."""
        if not self.supported:
            return None
        token = f"flutr-{next(self._ids)}"
        try:
            await asyncio.wait_for(self.server.work_done_progress.create_async(token), PROGRESS_CREATE_TIMEOUT)
        except Exception:  # noqa: BLE001 - a client that refuses (or never answers) progress still gets its answer
            logger.debug("client refused progress token", exc_info=True)
            return None
        return token

    async def generation(self, comment: str, cancel: CancelToken) -> GenerationProgress:
        """A bar for the generation that answers ``comment``; the client's cancel sets ``cancel``."""
        token = await self.token()
        if token is not None:
            loading = self.server.host.loading
            self.server.work_done_progress.begin(token, convert.progress_begin(comment, loading=loading))
        return GenerationProgress(self.server, token, cancel)


class GenerationProgress:
    """One generation's bar (``token`` None: no bar). ``on_token`` is the generation's token callback."""

    def __init__(self, server: FlutrServer, token: str | None, cancel: CancelToken) -> None:
        self.server = server
        self.token = token
        self.cancel = cancel
        self._produced = itertools.count(1)

    def on_token(self, _piece: str) -> None:
        """Called on the model thread for every token: a cancel from the client stops the generation; reports go
        through the event loop (protocol writes are not thread-safe)."""
        produced = next(self._produced)
        if self.token is None:
            return
        tracked = self.server.work_done_progress.tokens.get(self.token)
        if tracked and tracked.cancelled():
            self.cancel.cancel()
        elif convert.progress_report_due(produced):
            self.server.call_soon(self._report, produced)

    def _report(self, produced: int) -> None:
        if self.token is not None:
            self.server.work_done_progress.report(self.token, convert.progress_report(produced))

    def end(self) -> None:
        if self.token is not None:
            self.server.work_done_progress.end(self.token, types.WorkDoneProgressEnd(message=messages.PROGRESS_DONE))
