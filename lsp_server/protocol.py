"""flutr's changes to pygls' JSON-RPC layer, each for a request pygls would drop unanswered (the client then waits
forever):

- a request whose params do not fit its method's schema gets an ``InvalidParams`` error response (JSON-RPC 2.0,
  §5.1);
- only the message itself is structured. pygls structures every object ``json.loads`` meets (its
  ``object_hook``), nested ones too, so an object with a ``"jsonrpc"`` key inside the params (a command argument,
  code action data) was read as a message of its own: it failed to structure and the whole request was dropped,
  or, with an ``"id"``, it could even consume the pending answer type of a server request with that id.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from pygls.exceptions import JsonRpcException
from pygls.protocol import LanguageServerProtocol

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class UnreadableRequest:
    """A request with a usable id whose params (or method) could not be structured."""

    id: int | str
    method: str
    error: JsonRpcException


class FlutrProtocol(LanguageServerProtocol):
    def structure_message(self, data: dict[str, Any]) -> Any:
        """``json.loads``' object hook, called for every object, innermost first: all stay plain JSON here, and
        ``handle_message`` structures the outermost one, the message."""
        return data

    def _structure(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            msg_id = data.get("id")
            if "method" in data and isinstance(msg_id, int | str) and not isinstance(msg_id, bool):
                return UnreadableRequest(msg_id, str(data["method"])[:100], exc)
            raise

    def handle_message(self, message: Any) -> None:
        if isinstance(message, dict):
            message = self._structure(message)
        if isinstance(message, UnreadableRequest):
            logger.warning("request %r (%s) has invalid params; answered with an error", message.id, message.method)
            if not self._shutdown:
                self._send_response(message.id, None, message.error.to_response_error())
            return
        super().handle_message(message)
