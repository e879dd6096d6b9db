"""A raw LSP client over the real server's stdio, for the reliability suite.

Unlike pygls' client it frames whatever bytes it is given (malformed JSON, invalid UTF-8), never structures what it
receives, answers the server's own requests (progress tokens, configuration, ``workspace/applyEdit``) and keeps a
record of everything the server sent. It also reads the server process' RSS and open internet sockets.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

logger = logging.getLogger(__name__)

JSON = dict[str, Any]
MsgId = int | str


class ServerDied(Exception):
    """The server process exited (or closed its stdout) while a request was outstanding."""


class ResponseError(Exception):
    def __init__(self, error: JSON) -> None:
        super().__init__(f"{error.get('code')}: {error.get('message')}")
        self.code = error.get("code")
        self.error = error


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def encode(message: Any, *, ascii_only: bool = False) -> bytes:
    """JSON bytes; ``ascii_only`` escapes lone surrogates as ``\\udXXX`` (valid UTF-8), otherwise they become
    invalid UTF-8 on the wire."""
    return json.dumps(message, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


def id_key(msg_id: Any) -> str:
    """1 and "1" are different JSON-RPC ids."""
    return json.dumps(msg_id)


@dataclass
class ServerRecord:
    """What the server sent besides responses."""

    notifications: list[JSON] = field(default_factory=list)
    server_requests: list[JSON] = field(default_factory=list)
    unparsable_frames: int = 0

    def messages(self, method: str = "window/showMessage") -> list[JSON]:
        return [n.get("params") or {} for n in self.notifications if n.get("method") == method]

    def shown(self) -> list[str]:
        return [str(p.get("message", "")) for p in self.messages()]

    def apply_edit_requests(self) -> list[JSON]:
        return [r for r in self.server_requests if r.get("method") == "workspace/applyEdit"]


class RawLspClient:
    def __init__(self, process: asyncio.subprocess.Process, stderr_path: Path) -> None:
        self.process = process
        self.stderr_path = stderr_path
        self.record = ServerRecord()
        self.configuration: JSON = {}  # what workspace/configuration answers for section "flutr"
        self.answered: dict[str, JSON] = {}  # id key -> response (result dropped to save memory)
        self.ignore_server_requests: set[str] = set()  # methods left unanswered (a client that never replies)
        self._ids = itertools.count(1)
        self._waiters: dict[str, asyncio.Future[JSON]] = {}
        self._write_lock = asyncio.Lock()
        self._reader = asyncio.ensure_future(self._read_loop())
        self.ps = psutil.Process(process.pid)

    @classmethod
    async def start(cls, args: Sequence[str], stderr_path: Path, *, cwd: Path | None = None) -> RawLspClient:
        stderr_path.parent.mkdir(parents=True, exist_ok=True)
        with stderr_path.open("ab") as stderr:
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "lsp_server",
                *args,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=stderr,
                cwd=cwd,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        return cls(process, stderr_path)

    # -- state ------------------------------------------------------------------------------------------------
    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def alive(self) -> bool:
        return self.process.returncode is None and not self._reader.done()

    def rss(self) -> int:
        return int(self.ps.memory_info().rss)

    def internet_sockets(self) -> list[str]:
        """The server's open TCP/UDP sockets (IPv4 and IPv6), e.g. ``tcp 10.0.0.1:5000->1.2.3.4:443``."""
        found = []
        for conn in self.ps.net_connections(kind="inet"):
            remote = f"->{conn.raddr.ip}:{conn.raddr.port}" if conn.raddr else ""
            kind = "tcp" if conn.type == 1 else "udp"
            local = f"{conn.laddr.ip}:{conn.laddr.port}" if conn.laddr else "?"
            found.append(f"{kind} {local}{remote} {conn.status}")
        return found

    def stderr_text(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    # -- sending ----------------------------------------------------------------------------------------------
    def next_id(self) -> int:
        return next(self._ids)

    async def send_bytes(self, body: bytes) -> None:
        """One properly framed message with any body."""
        stdin = self.process.stdin
        assert stdin is not None
        async with self._write_lock:
            try:
                stdin.write(frame(body))
                await stdin.drain()
            except (ConnectionError, RuntimeError) as exc:
                raise ServerDied(f"writing to the server failed: {exc}") from exc

    def expect(self, msg_id: MsgId) -> asyncio.Future[JSON]:
        """A future for the response to ``msg_id`` (register it before sending the request)."""
        future: asyncio.Future[JSON] = asyncio.get_running_loop().create_future()
        future.add_done_callback(_retrieve)  # a request nobody awaits may fail with ServerDied: no asyncio warning
        if not self.alive:
            future.set_exception(ServerDied("server is not running"))
        self._waiters[id_key(msg_id)] = future
        return future

    async def notify(self, method: str, params: Any = None) -> None:
        await self.send_bytes(encode({"jsonrpc": "2.0", "method": method, "params": params}))

    async def send_request(self, method: str, params: Any = None, msg_id: MsgId | None = None) -> asyncio.Future[JSON]:
        """Send a request; the returned future resolves to the whole response message."""
        msg_id = self.next_id() if msg_id is None else msg_id
        future = self.expect(msg_id)
        await self.send_bytes(encode({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params}))
        return future

    async def request(self, method: str, params: Any = None, *, timeout: float = 60.0) -> Any:
        """The result of a request; raises ``ResponseError`` for an error response, ``TimeoutError``."""
        future = await self.send_request(method, params)
        response = await asyncio.wait_for(future, timeout)
        if "error" in response:
            raise ResponseError(response["error"])
        return response.get("result")

    async def cancel(self, msg_id: MsgId) -> None:
        await self.notify("$/cancelRequest", {"id": msg_id})

    # -- LSP conveniences -------------------------------------------------------------------------------------
    async def initialize(self, options: JSON | None = None, *, capabilities: JSON | None = None) -> JSON:
        result = await self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": None,
                "capabilities": capabilities if capabilities is not None else CLIENT_CAPABILITIES,
                "initializationOptions": options or {},
            },
            timeout=60,
        )
        await self.notify("initialized", {})
        return dict(result)

    async def status(self, timeout: float = 30.0) -> JSON:
        return dict(await self.request("workspace/executeCommand", {"command": "flutr.status"}, timeout=timeout))

    async def wait_until_loaded(self, timeout: float = 180.0) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while (await self.status())["modelLoading"]:
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("the model did not load")
            await asyncio.sleep(0.1)

    async def wait_idle(self, timeout: float = 30.0) -> JSON:
        """Poll ``flutr.status`` until no generation runs or waits; returns the last status."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            status = await self.status()
            if status["activeGenerations"] == 0 and status["pending"] == 0:
                return status
            if asyncio.get_running_loop().time() > deadline:
                return status
            await asyncio.sleep(0.05)

    async def open(self, uri: str, text: str, version: int = 1) -> None:
        await self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "dart", "version": version, "text": text}},
        )

    async def change(self, uri: str, version: int, changes: list[JSON]) -> None:
        await self.notify(
            "textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}
        )

    async def code_actions(self, uri: str, line: int, character: int = 0, *, timeout: float = 30.0) -> list[JSON]:
        at = {"line": line, "character": character}
        result = await self.request(
            "textDocument/codeAction",
            {"textDocument": {"uri": uri}, "range": {"start": at, "end": at}, "context": {"diagnostics": []}},
            timeout=timeout,
        )
        return list(result or [])

    async def shutdown(self, timeout: float = 15.0) -> int | None:
        """Polite shutdown, then exit; kills the process if it does not go. Returns the exit code."""
        if self.alive:
            with contextlib.suppress(Exception):
                await self.request("shutdown", None, timeout=timeout)
            with contextlib.suppress(Exception):
                await self.notify("exit", None)
        try:
            await asyncio.wait_for(self.process.wait(), timeout)
        except asyncio.TimeoutError:
            self.kill()
            await self.process.wait()
        self._reader.cancel()
        with contextlib.suppress(BaseException):
            await self._reader
        return self.process.returncode

    def kill(self) -> None:
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()

    # -- receiving --------------------------------------------------------------------------------------------
    async def _read_loop(self) -> None:
        stdout = self.process.stdout
        assert stdout is not None
        try:
            while True:
                length: int | None = None
                while True:
                    line = await stdout.readline()
                    if not line:
                        return
                    if line in (b"\r\n", b"\n"):
                        break
                    name, _, value = line.decode("ascii", "replace").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value.strip())
                if length is None:
                    self.record.unparsable_frames += 1
                    continue
                body = await stdout.readexactly(length)
                try:
                    message = json.loads(body)
                except ValueError:
                    self.record.unparsable_frames += 1
                    continue
                if isinstance(message, dict):
                    await self._dispatch(message)
                else:
                    self.record.unparsable_frames += 1
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        finally:
            for future in self._waiters.values():
                if not future.done():
                    future.set_exception(ServerDied("server closed its output"))
            self._waiters.clear()

    async def _dispatch(self, message: JSON) -> None:
        if "method" in message and "id" in message:
            self.record.server_requests.append(message)
            if message["method"] not in self.ignore_server_requests:
                await self._answer_server(message)
        elif "method" in message:
            self.record.notifications.append(message)
        else:
            key = id_key(message.get("id"))
            self.answered[key] = {k: v for k, v in message.items() if k != "result"}
            future = self._waiters.pop(key, None)
            if future is not None and not future.done():
                future.set_result(message)

    async def _answer_server(self, message: JSON) -> None:
        method = message["method"]
        result: Any = None
        if method == "workspace/configuration":
            items = (message.get("params") or {}).get("items") or []
            result = [self.configuration for _ in items]
        elif method == "workspace/applyEdit":
            result = {"applied": False, "failureReason": "the reliability client applies nothing"}
        with contextlib.suppress(ServerDied):
            await self.send_bytes(encode({"jsonrpc": "2.0", "id": message["id"], "result": result}))


def _retrieve(future: asyncio.Future[JSON]) -> None:
    if not future.cancelled():
        future.exception()


CLIENT_CAPABILITIES: JSON = {
    "window": {"workDoneProgress": True},
    "workspace": {"applyEdit": True, "configuration": True},
    "textDocument": {
        "codeAction": {
            "resolveSupport": {"properties": ["edit"]},
            "codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix", "refactor.rewrite"]}},
        }
    },
}
