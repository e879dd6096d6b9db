"""The OpenAI-compatible HTTP backend against real servers on loopback: llama-cpp-python's own server with a real
model, a server that is down, one that answers garbage and one that never answers."""

from __future__ import annotations

import asyncio
import http.server
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from flutr.backends.base import BackendError, CancelToken
from flutr.backends.openai_http import OpenAIBackend, OpenAIConfig
from flutr.models import SMOLLM2_135M
from tests.e2e.helpers import doc_uri, list_actions, open_doc, resolve_and_apply, server_config, start

pytestmark = [pytest.mark.e2e]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def llama_server() -> Iterator[str]:
    pytest.importorskip("uvicorn")
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(SMOLLM2_135M.path()),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "2048",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert process.poll() is None, "llama_cpp.server exited"
            time.sleep(0.3)
    yield f"http://127.0.0.1:{port}/v1"
    process.terminate()
    process.wait(10)


def test_streams_and_stops(llama_server: str) -> None:
    backend = OpenAIBackend(OpenAIConfig(base_url=llama_server))
    pieces: list[str] = []
    generation = backend.generate(
        "<|im_start|>user\nSay hi<|im_end|>\n<|im_start|>assistant\n", max_tokens=8, on_token=pieces.append
    )
    assert generation.completion_tokens >= 1 and "".join(pieces) == generation.text
    assert generation.finish_reason in ("stop", "length")


def test_cancel_stops_within_a_token_or_two(llama_server: str) -> None:
    backend = OpenAIBackend(OpenAIConfig(base_url=llama_server))
    token = CancelToken()
    seen: list[float] = []

    def on_token(_: str) -> None:
        seen.append(time.perf_counter())
        if len(seen) == 3:
            token.cancel()

    generation = backend.generate(
        "<|im_start|>user\nCount to 500<|im_end|>\n<|im_start|>assistant\n",
        max_tokens=1000,
        on_token=on_token,
        cancel=token,
    )
    assert generation.finish_reason == "cancelled"
    assert generation.completion_tokens <= 4
    assert backend.active_generations == 0


def test_down_server_is_a_clear_error() -> None:
    backend = OpenAIBackend(OpenAIConfig(base_url=f"http://127.0.0.1:{free_port()}/v1", timeout=5))
    with pytest.raises(BackendError, match="connection refused"):
        backend.generate("x", max_tokens=4)


class _Garbage(http.server.BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"data: {this is not json\n\n")

    do_GET = do_POST  # noqa: N815

    def log_message(self, *args: object) -> None:
        pass


class _Silent(_Garbage):
    def do_POST(self) -> None:  # noqa: N802
        time.sleep(5)


@pytest.mark.parametrize(("handler", "match"), [(_Garbage, "not an OpenAI-compatible"), (_Silent, "no answer within")])
def test_bad_servers_are_clear_errors(handler: type, match: str) -> None:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        backend = OpenAIBackend(OpenAIConfig(base_url=f"http://127.0.0.1:{httpd.server_port}/v1", timeout=1))
        with pytest.raises(BackendError, match=match):
            backend.generate("x", max_tokens=4)
    finally:
        httpd.shutdown()


async def test_language_server_through_http_backend(llama_server: str, tmp_path: Path) -> None:
    client = await start(server_config("--backend", "openai", "--base-url", llama_server), {"maxTokens": 48})
    try:
        uri = doc_uri(tmp_path)
        text = "// Kullanıcı listesini gösteren bir widget yaz\n"
        open_doc(client, uri, text)
        (action, *_) = await list_actions(client, uri, 0)
        result = await resolve_and_apply(client, action, text)
        assert result.startswith(text) and len(result) > len(text)
    finally:
        await client.shutdown_session()


async def test_language_server_survives_a_down_http_backend(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    client = await start(server_config("--backend", "openai", "--base-url", url))
    try:
        uri = doc_uri(tmp_path)
        open_doc(client, uri, "// Kullanıcı listesini gösteren bir widget yaz\n")
        (action, *_) = await list_actions(client, uri, 0)
        resolved = await client.code_action_resolve_async(action)
        assert resolved.edit is None
        for _ in range(50):
            if any(url in m.message for m in client.messages):
                break
            await asyncio.sleep(0.1)
        assert any(url in m.message and "refused" in m.message for m in client.messages)
        assert await list_actions(client, uri, 0), "still serving"
    finally:
        await client.shutdown_session()


def test_cli_rejects_bad_backend() -> None:
    out = subprocess.run([sys.executable, "-m", "lsp_server", "--backend", "nope"], capture_output=True, text=True)
    assert out.returncode == 2 and "nope" in out.stderr
