"""The server's GGUF header reader and the checks built on it: what llama.cpp would reject (or crash on) is named
before it sees the file. The reader is compared with the ``gguf`` package's on a real model."""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flutr.backends.llama_cpp import _llama_cpp_knows, lora_shape_problem
from flutr.gguf_header import GGUFHeaderError, SkippedArray, read_gguf_header
from flutr.models import ModelError, architecture_mismatch, check_gguf


def _write(path: Path, architecture: str, tensors: dict[str, np.ndarray], **strings: str) -> Path:
    writer = gguf.GGUFWriter(path, architecture)
    for key, value in strings.items():
        writer.add_string(key.replace("__", "."), value)
    writer.add_array("tokenizer.ggml.tokens", ["a", "bb", "ççç"] * 200)
    for name, array in tensors.items():
        writer.add_tensor(name, array)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.fixture(scope="module")
def small_gguf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("gguf") / "small.gguf"
    tensors = {"blk.0.attn_q.weight": np.zeros((6, 4), np.float32), "output_norm.weight": np.ones(4, np.float32)}
    return _write(path, "llama", tensors, general__name="tiny", llama__block_count="1").read_bytes()


def test_reader_matches_the_gguf_package_on_a_real_model(smol_model: Path) -> None:
    header = read_gguf_header(smol_model, tensors=True)
    reference = gguf.GGUFReader(smol_model)
    assert header.tensors == {t.name: tuple(int(n) for n in t.shape) for t in reference.tensors}
    for key, field in reference.fields.items():
        if key.startswith("GGUF."):
            continue
        value = header.metadata[key]
        if isinstance(value, SkippedArray):
            assert value.count == len(field.data), key
        else:
            assert value == pytest.approx(field.contents()) if isinstance(value, float) else value == field.contents()
    assert (header.architecture, header.file_type) == ("llama", "model")


def test_tensor_shapes_are_in_ggml_order(small_gguf: bytes, tmp_path: Path) -> None:
    (tmp_path / "s.gguf").write_bytes(small_gguf)
    header = read_gguf_header(tmp_path / "s.gguf", tensors=True)
    assert header.tensors == {"blk.0.attn_q.weight": (4, 6), "output_norm.weight": (4,)}
    assert header.metadata["tokenizer.ggml.tokens"] == SkippedArray(8, 600)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(cut=st.integers(0, 2000), flips=st.lists(st.tuples(st.integers(0, 2000), st.integers(0, 255)), max_size=8))
def test_damaged_headers_fail_with_a_header_error_only(small_gguf: bytes, tmp_path: Path, cut: int, flips) -> None:
    data = bytearray(small_gguf)
    for index, byte in flips:
        data[index % len(data)] = byte
    path = tmp_path / "damaged.gguf"
    path.write_bytes(bytes(data[: max(cut, 24)] if cut < 1000 else data))
    try:
        read_gguf_header(path, tensors=True)
    except GGUFHeaderError:
        pass


def test_check_gguf_names_corrupt_headers_and_unknown_architectures(small_gguf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(small_gguf)
    assert check_gguf(path).architecture == "llama"
    with pytest.raises(ModelError, match=r"architecture 'llama' is not supported by this llama.cpp; update"):
        check_gguf(path, known_architecture=lambda name: False)
    broken = bytearray(small_gguf)
    broken[24:32] = (10**12).to_bytes(8, "little")  # the first key's length
    path.write_bytes(bytes(broken))
    with pytest.raises(ModelError, match="model.gguf: the GGUF header is corrupt or truncated"):
        check_gguf(path)


def test_architecture_mismatch(tmp_path: Path) -> None:
    weights = {"w": np.zeros(300, np.float32)}
    consistent = _write(tmp_path / "a.gguf", "llama", weights, llama__block_count="1")
    assert architecture_mismatch(read_gguf_header(consistent)) is None
    relabelled = _write(tmp_path / "b.gguf", "qwen2", weights, llama__block_count="1")
    assert architecture_mismatch(read_gguf_header(relabelled)) == (
        "general.architecture says 'qwen2', but the file holds no qwen2.* hyperparameters (it has llama.*)"
    )


def test_llama_cpp_knows_its_architectures() -> None:
    assert _llama_cpp_knows("llama") and _llama_cpp_knows("qwen2") and _llama_cpp_knows("gemma3")
    assert not _llama_cpp_knows("bogus")


@pytest.mark.parametrize(
    ("adapter", "problem"),
    [
        ({"w.lora_a": (576, 8), "w.lora_b": (8, 1536)}, None),
        ({"w.lora_a": (896, 8), "w.lora_b": (8, 1536)}, "w is 576×1536 in the base model"),
        ({"w.lora_a": (576, 8), "w.lora_b": (8, 896)}, "w is 576×1536 in the base model"),
        ({"w.lora_a": (576, 8), "w.lora_b": (16, 1536)}, "different ranks (8 vs 16)"),
        ({"v.lora_a": (576, 8), "v.lora_b": (8, 1536)}, "the base model has no tensor v"),
        ({"w.lora_a": (576, 8)}, "w.lora_a has no lora_b"),
        ({"w.lora_b": (8, 1536)}, "w.lora_b has no lora_a"),
    ],
)
def test_lora_shapes_are_checked_as_llama_cpp_does(adapter: dict[str, tuple[int, ...]], problem: str | None) -> None:
    found = lora_shape_problem(adapter, {"w": (576, 1536), "norm": (576,)})
    assert found == problem if problem is None else problem in (found or "")
