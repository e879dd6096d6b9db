"""The fast build: a LoRA adapter merged into a real GGUF model (SmolLM2-135M) and requantized by llama.cpp.

The adapter here is random and strong, so its effect on the logits is easy to see: the merged, requantized model
must behave like the base model *with the adapter applied at run time*, not like the bare base model.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from flutr.fast_model import fast_model_path, parse_quant
from flutr.gguf_merge import MergeError, merge_lora, read_lora_gguf
from flutr.models import ModelError

pytestmark = [pytest.mark.slow]

TARGETS = [f"blk.{i}.{name}.weight" for i in range(4) for name in ("attn_q", "ffn_up", "ffn_down")]
RANK, ALPHA = 8, 16.0


def write_adapter(path: Path, base: Path, targets: list[str], seed: int = 0, wrong_shape: bool = False) -> Path:
    import gguf

    reader = gguf.GGUFReader(str(base))
    shapes = {t.name: [int(n) for n in t.shape] for t in reader.tensors}
    rng = np.random.default_rng(seed)
    writer = gguf.GGUFWriter(str(path), str(reader.fields["general.architecture"].contents()))
    writer.add_type("adapter")
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", ALPHA)
    for name in targets:
        n_in, n_out = shapes[name][:2]
        if wrong_shape:
            n_in += 32
        writer.add_tensor(name + ".lora_a", rng.normal(0, 0.4, (RANK, n_in)).astype(np.float32))
        writer.add_tensor(name + ".lora_b", rng.normal(0, 0.4, (n_out, RANK)).astype(np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def logits(model: Path, lora: Path | None, text: str) -> np.ndarray:
    import llama_cpp

    llm = llama_cpp.Llama(str(model), lora_path=str(lora) if lora else None, n_ctx=128, n_threads=1, verbose=False)
    try:
        llm.eval(llm.tokenize(text.encode(), add_bos=True))
        return np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(llm.n_vocab(),)).astype(np.float64).copy()
    finally:
        llm.close()


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x * x)))


@pytest.fixture(scope="module")
def adapter(smol_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_adapter(tmp_path_factory.mktemp("adapter") / "adapter.gguf", smol_model, TARGETS)


def test_merge_adds_the_delta_and_keeps_other_tensors_byte_for_byte(
    smol_model: Path, adapter: Path, tmp_path: Path
) -> None:
    import gguf

    lora = read_lora_gguf(adapter)
    assert sorted(lora.pairs) == sorted(TARGETS) and lora.scaling == ALPHA / RANK
    merged = tmp_path / "merged.gguf"
    assert merge_lora(smol_model, lora, merged, keep_unadapted=True) == len(TARGETS)
    base = {t.name: t for t in gguf.GGUFReader(str(smol_model)).tensors}
    out = {t.name: t for t in gguf.GGUFReader(str(merged)).tensors}
    assert list(out) == list(base)
    for name, tensor in out.items():
        if name in TARGETS:
            assert tensor.tensor_type == gguf.GGMLQuantizationType.F16
            original = gguf.quants.dequantize(base[name].data, base[name].tensor_type)
            expected = original.reshape(tensor.data.shape) + lora.delta(name)
            np.testing.assert_allclose(tensor.data.astype(np.float32), expected, rtol=2e-3, atol=2e-3)
            assert rms(lora.delta(name)) > 0.5  # a delta that matters
        else:
            assert tensor.tensor_type == base[name].tensor_type
            assert bytes(tensor.data) == bytes(base[name].data)


def test_fast_build_behaves_like_the_runtime_adapter_and_is_cached(
    smol_model: Path, adapter: Path, tmp_path: Path
) -> None:
    calls: list[tuple[str, int, int]] = []
    built = fast_model_path(
        smol_model, adapter, base_sha256="smol", directory=tmp_path, progress=lambda *a: calls.append(a)
    )
    assert built.is_file() and built.name.endswith("-iq4_nl.gguf")
    # IQ4_NL throughout: the logits' projection too (SmolLM2 ties it to the token embedding; llama.cpp alone keeps Q8_0)
    assert tensor_types(built)["token_embd.weight"] == "IQ4_NL"
    assert calls[-1] == ("quantize", 1, 1) and ("merge", 1, calls[0][2]) == calls[0]
    assert not [p for p in tmp_path.iterdir() if p.is_dir()], "the scratch folder is removed"

    text = "Bir Flutter widget'ı yaz:"
    with_adapter = logits(smol_model, adapter, text)
    bare = logits(smol_model, None, text)
    fast = logits(built, None, text)
    effect = rms(with_adapter - bare)
    assert effect > 1.0
    assert rms(fast - with_adapter) < 0.5 * effect, (rms(fast - with_adapter), effect)

    # the second start finds it; a changed adapter or a truncated file is rebuilt, never loaded
    calls.clear()
    assert fast_model_path(smol_model, adapter, base_sha256="smol", directory=tmp_path) == built
    mtime = built.stat().st_mtime_ns
    with built.open("r+b") as handle:
        handle.truncate(built.stat().st_size // 2)
    rebuilt = fast_model_path(smol_model, adapter, base_sha256="smol", directory=tmp_path)
    assert rebuilt == built and built.stat().st_size > 0 and built.stat().st_mtime_ns != mtime
    other = write_adapter(tmp_path / "other.gguf", smol_model, TARGETS[:3], seed=1)
    assert fast_model_path(smol_model, other, base_sha256="smol", directory=tmp_path) != built


def tensor_types(model: Path) -> dict[str, str]:
    import gguf

    return {t.name: t.tensor_type.name for t in gguf.GGUFReader(str(model)).tensors}


def test_another_output_type_is_a_build_of_its_own(smol_model: Path, adapter: Path, tmp_path: Path) -> None:
    fast = fast_model_path(smol_model, adapter, base_sha256="smol", directory=tmp_path)
    q8 = fast_model_path(smol_model, adapter, base_sha256="smol", directory=tmp_path, output="Q8_0")
    auto = fast_model_path(smol_model, adapter, base_sha256="smol", directory=tmp_path, output=None)
    assert q8.name.endswith("-iq4_nl-out-q8_0.gguf") and auto.name.endswith("-iq4_nl-out-auto.gguf")
    assert (tensor_types(fast)["token_embd.weight"], tensor_types(q8)["token_embd.weight"]) == ("IQ4_NL", "Q8_0")
    assert fast.stat().st_size < q8.stat().st_size
    others = {name: kind for name, kind in tensor_types(fast).items() if name != "token_embd.weight"}
    assert others == {name: kind for name, kind in tensor_types(q8).items() if name != "token_embd.weight"}
    with pytest.raises(ModelError, match="no tensor type 'Q9_9'"):
        fast_model_path(smol_model, adapter, base_sha256="smol", directory=tmp_path, output="Q9_9")


@pytest.mark.parametrize(
    ("spec", "parsed"),
    [("IQ4_NL", ("IQ4_NL", None)), ("iq4_nl/q8_0", ("IQ4_NL", "Q8_0")), (" Q4_0/Q4_0 ", ("Q4_0", "Q4_0"))],
)
def test_quant_specs(spec: str, parsed: tuple[str, str | None]) -> None:
    assert parse_quant(spec) == parsed


@pytest.mark.parametrize("spec", ["", "/Q8_0", "IQ4_NL/"])
def test_bad_quant_specs_say_the_expected_form(spec: str) -> None:
    with pytest.raises(ValueError, match="QUANT/OUTPUT"):
        parse_quant(spec)


def test_adapter_for_another_model_is_refused_with_the_tensor_named(smol_model: Path, tmp_path: Path) -> None:
    wrong = write_adapter(tmp_path / "wrong.gguf", smol_model, TARGETS[:1], wrong_shape=True)
    with pytest.raises(MergeError, match="blk.0.attn_q.weight"):
        merge_lora(smol_model, read_lora_gguf(wrong), tmp_path / "x.gguf")
    with pytest.raises(ModelError, match="fastModel: false"):
        fast_model_path(smol_model, wrong, base_sha256="smol", directory=tmp_path)
    assert os.listdir(tmp_path) == ["wrong.gguf"], "nothing half-written is left behind"


def test_a_failed_fast_build_falls_back_to_the_adapter_at_run_time(
    qwen_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server keeps answering when the fast model cannot be built (disk full, a broken adapter...): the Q4_K_M
    model with the adapter applied at run time, and the user is told (the ``failed`` stage)."""
    import flutr.fast_model
    from flutr.backends.llama_cpp import LlamaCppBackend
    from flutr.models import DEFAULT_ADAPTER
    from flutr.pipeline import build_backend
    from lsp_server.config import ServerConfig

    def broken(*args: object, **kwargs: object) -> Path:
        raise ModelError("could not build the fast model: No space left on device")

    monkeypatch.setattr(flutr.fast_model, "fast_model_path", broken)
    stages: list[tuple[str, int, int]] = []
    backend = build_backend(ServerConfig(model="small"), lambda *stage: stages.append(stage))
    try:
        assert isinstance(backend, LlamaCppBackend)
        assert backend.config.model_path == qwen_model and backend.config.lora_path == DEFAULT_ADAPTER
    finally:
        backend.close()
    assert stages == [("failed", 0, 1)]
