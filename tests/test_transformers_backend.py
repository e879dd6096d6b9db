"""The transformers backend on a tiny random Qwen2 model with the real Qwen tokenizer, on CPU."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from flutr.backends.base import CancelToken

torch = pytest.importorskip("torch")


@pytest.fixture(scope="module")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory, qwen_model: Path) -> Path:
    from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM

    from model_training.base_model import gguf_tokenizer_dir

    tokenizer = AutoTokenizer.from_pretrained(gguf_tokenizer_dir(qwen_model))
    torch.manual_seed(0)
    config = Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=1024,
    )
    folder = tmp_path_factory.mktemp("tiny-qwen2")
    Qwen2ForCausalLM(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def test_generates_streams_and_counts(tiny_model_dir: Path) -> None:
    from flutr.backends.transformers_backend import TransformersBackend, TransformersConfig

    backend = TransformersBackend(TransformersConfig(tiny_model_dir))
    assert backend.chat_template and "im_start" in backend.chat_template
    pieces: list[str] = []
    generation = backend.generate(
        "<|im_start|>user\nmerhaba<|im_end|>\n<|im_start|>assistant\n", max_tokens=12, on_token=pieces.append
    )
    assert generation.prompt_tokens > 5 and 1 <= generation.completion_tokens <= 12
    assert "".join(pieces) == generation.text


def test_cancel_stops_token_production(tiny_model_dir: Path) -> None:
    from flutr.backends.transformers_backend import TransformersBackend, TransformersConfig

    backend = TransformersBackend(TransformersConfig(tiny_model_dir))
    token = CancelToken()
    seen: list[str] = []

    def on_token(piece: str) -> None:
        seen.append(piece)
        if len(seen) == 2:
            token.cancel()

    generation = backend.generate(
        "<|im_start|>user\nuzun yaz<|im_end|>\n", max_tokens=500, on_token=on_token, cancel=token
    )
    assert generation.finish_reason == "cancelled" and generation.completion_tokens < 20
    assert backend.active_generations == 0
    assert not [
        t
        for t in threading.enumerate()
        if t.name.startswith("Thread") and t.is_alive() and t.daemon and "generate" in repr(t)
    ]


def test_nf4_without_cuda_is_a_clear_error(tiny_model_dir: Path) -> None:
    from flutr.backends.base import BackendError
    from flutr.backends.transformers_backend import TransformersBackend, TransformersConfig

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    with pytest.raises(BackendError, match="CUDA"):
        TransformersBackend(TransformersConfig(tiny_model_dir, quantization="nf4"))
