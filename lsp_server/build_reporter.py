"""Tells the user about a model file built while loading: the fast model, once, 1–2 minutes."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from lsprotocol import types

from lsp_server import messages

if TYPE_CHECKING:
    from lsp_server.server import FlutrServer


class BuildReporter:
    """One message and a ``$/progress`` bar for a model built while loading (``flutr.pipeline.BuildProgress``).
    Called on the model thread; everything it sends goes through the event loop."""

    def __init__(self, server: FlutrServer) -> None:
        self.server = server
        self.token: str | None = None
        self.started = False
        self.ended = False
        self._last = -1

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage == "failed":
            self.server.call_soon(self.server.show, messages.BUILD_FAILED, types.MessageType.Warning)
            return
        if not self.started:
            self.started = True
            self.server.call_soon(self._begin)
        percent = (done * 30 // max(total, 1)) if stage == "merge" else 30 + done * 70 // max(total, 1)
        if percent != self._last:  # a report per percent, not per tensor
            self._last = percent
            self.server.call_soon(self._report, messages.build_step(stage, done, total), percent)

    def _begin(self) -> None:
        self.server.show(messages.BUILD_STARTED, types.MessageType.Info)
        if self.server.progress_bars.supported:
            asyncio.ensure_future(self._create())

    async def _create(self) -> None:
        token = await self.server.progress_bars.token()  # None: the message above already told the user
        if token is None or self.ended:
            return
        self.token = token
        begin = types.WorkDoneProgressBegin(title=messages.BUILD_TITLE, percentage=0)
        self.server.work_done_progress.begin(token, begin)

    def _report(self, message: str, percent: int) -> None:
        if self.token is not None and not self.ended:
            self.server.work_done_progress.report(
                self.token, types.WorkDoneProgressReport(message=message, percentage=percent)
            )

    def end(self) -> None:
        if self.token is not None and not self.ended:
            self.server.work_done_progress.end(self.token, types.WorkDoneProgressEnd(message=messages.BUILD_READY))
        self.ended = True
