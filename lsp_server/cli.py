"""``flutr-lsp``: run the language server on stdio, list models, or run a demo session."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO

import click

from flutr.logs import setup_logging
from flutr.options import click_option
from lsp_server.config import ServerConfig


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--model",
    "model",
    type=click.Path(path_type=Path),
    help="GGUF model (default: the tier the setting `model` picks; auto: Qwen2.5-Coder-1.5B on 2+ cores and "
    "8+ GiB, else the 0.5B); a Hugging Face folder with --backend transformers.",
)
@click.option(
    "--lora",
    "lora",
    type=click.Path(path_type=Path),
    help="LoRA adapter: GGUF (llamacpp) or PEFT folder; 'none' for no adapter. Default: flutr's own adapter on the "
    "embedded model, none on others.",
)
@click_option(ServerConfig, "backend", default=None, show_default=False)
@click_option(ServerConfig, "base_url", default=None, show_default=False)  # the API key: $FLUTR_API_KEY
@click_option(ServerConfig, "api_model", default=None, show_default=False)
@click_option(ServerConfig, "fast_model", default=None, show_default=False)
@click_option(ServerConfig, "max_tokens", default=None, show_default=False)
@click_option(ServerConfig, "retrieval_k", default=None, show_default=False)
@click_option(ServerConfig, "retrieval_tokens", default=None, show_default=False)
@click.option("--log-file", type=click.Path(dir_okay=False, path_type=Path), help="Write logs here instead of stderr.")
@click.option(
    "--log-level",
    default="INFO",
    type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False),
)
@click.option("--stdio", is_flag=True, help="Use stdio (the default; accepted for editor configs).")
@click.pass_context
def main(
    ctx: click.Context,
    model: Path | None,
    lora: Path | None,
    backend: str | None,
    base_url: str | None,
    api_model: str | None,
    fast_model: bool | None,
    max_tokens: int | None,
    retrieval_k: int | None,
    retrieval_tokens: int | None,
    log_file: Path | None,
    log_level: str,
    stdio: bool,
) -> None:
    """flutr dil sunucusu: Dart dosyalarındaki Türkçe yorumlara kod üretir.

    flutr language server: generates Dart code for Turkish comments in Dart files (LSP over stdio).
    """
    if ctx.invoked_subcommand is not None:
        return
    setup_logging(log_level, log_file)
    config = ServerConfig(
        model_path=str(model) if model else "",
        lora_path=str(lora) if lora else "",
    )
    overrides = {
        "backend": backend,
        "base_url": base_url,
        "api_model": api_model,
        "max_tokens": max_tokens,
        "fast_model": fast_model,
        "retrieval_k": retrieval_k,
        "retrieval_tokens": retrieval_tokens,
    }
    config = config.replace(**{k: v for k, v in overrides.items() if v is not None})
    from lsp_server.server import create_server

    create_server(config).start_io(stdin=sys.stdin.buffer, stdout=protect_stdout())


def protect_stdout() -> BinaryIO:
    """Give the protocol a private duplicate of stdout and point fd 1 at stderr.

    llama-cpp-python silences llama.cpp by dup2-ing /dev/null over fd 1 and 2 while it loads a model; a response
    written meanwhile would vanish and its request hang. Native code that prints also can't corrupt the protocol.
    """
    protocol_out = os.fdopen(os.dup(sys.stdout.fileno()), "wb", buffering=0)
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    return protocol_out  # type: ignore[return-value]


@main.command()
@click.option(
    "--build",
    "build",
    is_flag=False,
    flag_value="default",
    default=None,
    metavar="[QUANT[/OUTPUT]]",
    help="Build (or find) the fast model and print its path: the served recipe (IQ4_NL), or another quantization "
    "of the same merge for comparison, e.g. IQ4_NL/Q8_0.",
)
@click.option(
    "--adapter",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="With --build: the LoRA adapter GGUF to merge (default: flutr's).",
)
@click.option("--threads", type=click.IntRange(0, 256), default=0, help="With --build: threads (0: physical cores).")
def models(build: str | None, adapter: Path | None, threads: int) -> None:
    """Kullanılabilir modeller ve yerleri / list available models and where they live (--build: build the fast
    model first)."""
    from flutr.fast_model import fast_model_status
    from flutr.models import DEFAULT_MODEL, cache_dir, default_adapter_path, list_models

    if build is not None:
        click.echo(build_fast_model(build, adapter, threads))
        return
    for info in list_models():
        click.echo(f"{info.name}\n  {info.location}\n  {info.status}")
    location, built = fast_model_status(cache_dir() / DEFAULT_MODEL.filename, default_adapter_path())
    status = "ready" if built else "built at the server's first start (1–2 min; --no-fast-model: not used)"
    click.echo(f"fast build of the default model + adapter (IQ4_NL, served by default)\n  {location}\n  {status}")


def build_fast_model(spec: str, adapter: Path | None, threads: int) -> Path:
    """The fast build of the embedded model + ``adapter`` (flutr's by default) for ``spec`` (``default``: the
    served recipe, else ``QUANT[/OUTPUT]``). stdout carries only the path: llama.cpp's output goes to stderr."""
    from flutr.fast_model import FAST_OUTPUT, FAST_QUANT, fast_model_path, parse_quant
    from flutr.models import ModelError, default_adapter_path, default_model_path

    try:
        quant, output = (FAST_QUANT, FAST_OUTPUT) if spec == "default" else parse_quant(spec)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--build") from exc
    adapter = adapter or default_adapter_path()
    if adapter is None:
        raise click.UsageError("flutr's adapter is missing from this install (flutr/adapters/*.gguf); pass --adapter")
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        return fast_model_path(default_model_path(), adapter, threads=threads, quant=quant, output=output)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


@main.command()
@click.argument("dart_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=False)
@click.option("--model", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="GGUF model to use.")
@click.option("--lora", type=click.Path(dir_okay=False, path_type=Path), help="LoRA adapter GGUF (none: no adapter).")
@click.option("--line", type=int, default=None, help="0-based line of the comment (default: the first request).")
@click.option("--write", is_flag=True, help="Write the result back to the file instead of only printing it.")
def demo(dart_file: Path | None, model: Path | None, lora: Path | None, line: int | None, write: bool) -> None:
    """Gerçek bir LSP oturumu: sunucuyu başlatır, kod eylemini uygular, sonucu yazdırır.

    A real LSP session: starts flutr-lsp, asks for the code action on the Turkish comment, applies the edit and
    prints the resulting file.
    """
    import asyncio

    from lsp_server.demo import EXAMPLE, run_demo

    path = dart_file or EXAMPLE
    result = asyncio.run(run_demo(path, model=model, lora=lora, line=line))
    if write:
        path.write_text(result, encoding="utf-8")
    click.echo(result)


if __name__ == "__main__":
    main()
