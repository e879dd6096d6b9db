"""A Hugging Face model folder -> a GGUF llama.cpp loads: the base for exporting a run trained from a Hub id.

llama.cpp's ``convert_hf_to_gguf.py`` is not part of the ``gguf`` package (it ships only the writer, the tensor
name map and ``SpecialVocab``), so this is a small converter for the decoder architectures flutr trains:
``qwen2`` (Qwen2.5-Coder) and ``llama`` (SmolLM2, Llama) with a byte-level BPE tokenizer, and ``gemma3`` (text
model, or the text half of a multimodal one) with its SentencePiece-style vocabulary. It does what the llama.cpp
script does for them:

* hyper-parameters under ``<arch>.*`` (context, embedding and feed-forward sizes, heads, rope base, norm eps);
* tensors renamed with the gguf package's map (``model.layers.0.self_attn.q_proj.weight`` ->
  ``blk.0.attn_q.weight``), ``llama`` q/k rows permuted to llama.cpp's rotary layout, a tied ``lm_head`` left out;
  2-D weights in F16 (or F32), 1-D tensors (norms, biases) in F32;
* the tokenizer as ``tokenizer.ggml.model=gpt2``: every id's token and type (normal, control for special added
  tokens, user-defined otherwise), the merges, special ids, add-BOS flag and chat template (``SpecialVocab``).
  The pre-tokenizer name (``tokenizer.ggml.pre``) is chosen by tokenizing a check text with llama.cpp and with
  transformers: the first candidate that gives the same ids wins, and none matching is an error;
* Gemma 3: the vocabulary as ``tokenizer.ggml.model=llama`` (SentencePiece) with each token's score = minus the
  rank of the BPE merge that makes it (``tokenizer.json`` was derived from SentencePiece scores that way, so
  llama.cpp's highest-score-first merging is the BPE order), no space prefix; RMS-norm weights shifted by +1
  (Gemma computes ``x * (1 + w)``); vision tensors left out. The same tokenization check applies.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from model_training.export import ExportError, finish_gguf, gguf_tensor_name, permute_for_rope, tensor_name_map

logger = logging.getLogger(__name__)

ARCHITECTURES = {"qwen2": "qwen2", "llama": "llama", "gemma3_text": "gemma3", "gemma3": "gemma3"}
# llama.cpp pre-tokenizer names to try, most likely first for each architecture.
PRE_TOKENIZERS = {
    "qwen2": ("qwen2", "smollm", "llama-bpe", "gpt-2"),
    "llama": ("smollm", "llama-bpe", "qwen2", "gpt-2"),
    "gemma3": ("default",),  # SentencePiece vocabulary: no pre-tokenizer
}
CHECK_TEXT = (
    "Ekrana 'Merhaba Dünya' yazan bir Text widget'ı oluştur: ığüşöç İĞÜŞÖÇ 12345 3.14\n"
    "class SayacEkrani extends StatelessWidget {\n  final int _sayac = 0; // yorum\n}\n\n\t  x  <= 1000000;"
)


def text_config(config: dict[str, Any]) -> dict[str, Any]:
    """The decoder's settings: a multimodal Gemma 3 keeps them under ``text_config``."""
    if config.get("model_type") == "gemma3" and isinstance(config.get("text_config"), dict):
        merged = {**config["text_config"]}
        merged.setdefault("tie_word_embeddings", config.get("tie_word_embeddings", True))
        return merged
    return config


def hf_architecture(config: dict[str, Any]) -> str:
    model_type = str(config.get("model_type", ""))
    if model_type not in ARCHITECTURES:
        raise ExportError(
            f"model_type {model_type!r}: flutr converts only {', '.join(sorted(ARCHITECTURES))} Hugging Face "
            "folders to GGUF; convert the base with llama.cpp's convert_hf_to_gguf.py and pass --base-gguf"
        )
    return ARCHITECTURES[model_type]


def _rope_theta(config: dict[str, Any]) -> float:
    parameters = config.get("rope_parameters") or {}
    return float(config.get("rope_theta") or parameters.get("rope_theta") or 10000.0)


def _write_hparams(writer: Any, config: dict[str, Any], arch: str, file_type: int) -> None:
    heads = int(config["num_attention_heads"])
    head_dim = int(config.get("head_dim") or config["hidden_size"] // heads)
    writer.add_name(str(config.get("_name_or_path") or "flutr converted model"))
    writer.add_file_type(file_type)
    writer.add_block_count(int(config["num_hidden_layers"]))
    writer.add_context_length(int(config.get("max_position_embeddings", 4096)))
    writer.add_embedding_length(int(config["hidden_size"]))
    writer.add_feed_forward_length(int(config["intermediate_size"]))
    writer.add_head_count(heads)
    writer.add_head_count_kv(int(config.get("num_key_value_heads") or heads))
    if arch != "gemma3":
        writer.add_rope_freq_base(_rope_theta(config))
    writer.add_layer_norm_rms_eps(float(config.get("rms_norm_eps", 1e-6)))
    writer.add_vocab_size(int(config["vocab_size"]))
    if arch == "llama":
        writer.add_rope_dimension_count(head_dim)
    if arch == "gemma3":
        parameters = config.get("rope_parameters") or {}
        full = parameters.get("full_attention", {}).get("rope_theta") or config.get("rope_theta") or 1_000_000.0
        writer.add_rope_freq_base(float(full))  # global layers; llama.cpp uses 10000 on the sliding ones
        if config.get("sliding_window"):
            writer.add_sliding_window(int(config["sliding_window"]))
        if config.get("final_logit_softcapping"):
            writer.add_final_logit_softcapping(float(config["final_logit_softcapping"]))
        writer.add_key_length(head_dim)
        writer.add_value_length(head_dim)
        return
    if head_dim != int(config["hidden_size"]) // heads:
        writer.add_key_length(head_dim)
        writer.add_value_length(head_dim)


def _bpe_vocab(tokenizer: Any, vocab_size: int) -> tuple[list[str], list[int]]:
    """Token text and type for every id up to the model's vocab size (as llama.cpp's ``get_vocab_base``)."""
    import gguf

    by_id = {index: token for token, index in tokenizer.get_vocab().items()}
    added = tokenizer.get_added_vocab()
    added_decoder = tokenizer.added_tokens_decoder
    tokens: list[str] = []
    types: list[int] = []
    for index in range(vocab_size):
        token = by_id.get(index)
        if token is None:
            tokens.append(f"[PAD{index}]")
            types.append(gguf.TokenType.UNUSED)
        elif token in added:
            tokens.append(token)
            special = index in added_decoder and added_decoder[index].special
            types.append(gguf.TokenType.CONTROL if special else gguf.TokenType.USER_DEFINED)
        else:
            tokens.append(token)
            types.append(gguf.TokenType.NORMAL)
    return tokens, types


def _spm_vocab(model_dir: Path, tokenizer: Any, vocab_size: int) -> tuple[list[str], list[float], list[int]]:
    """Gemma's vocabulary for llama.cpp's SentencePiece tokenizer: token, score (minus the rank of the first BPE
    merge that makes the token), type (byte, control, user-defined, normal)."""
    import gguf

    data = json.loads((model_dir / "tokenizer.json").read_text(encoding="utf-8"))
    model = data.get("model", {})
    if model.get("type") != "BPE" or not model.get("byte_fallback"):
        raise ExportError(f"{model_dir}: tokenizer.json is not a byte-fallback BPE (SentencePiece-style) vocabulary")
    rank: dict[str, int] = {}
    for index, merge in enumerate(model.get("merges", [])):
        left, right = merge if isinstance(merge, list) else merge.split(" ", 1)
        rank.setdefault(left + right, index)
    by_id = {index: token for token, index in tokenizer.get_vocab().items()}
    added = tokenizer.added_tokens_decoder
    tokens: list[str] = []
    scores: list[float] = []
    types: list[int] = []
    for index in range(vocab_size):
        token = by_id.get(index)
        if token is None:
            tokens.append(f"[PAD{index}]")
            scores.append(-1000.0)
            types.append(gguf.TokenType.UNUSED)
            continue
        tokens.append(token)
        scores.append(-float(rank[token]) if token in rank else 0.0)
        if index in added:
            types.append(gguf.TokenType.CONTROL if added[index].special else gguf.TokenType.USER_DEFINED)
        elif re.fullmatch(r"<0x[0-9A-Fa-f]{2}>", token):
            types.append(gguf.TokenType.BYTE)
        else:
            types.append(gguf.TokenType.NORMAL)
    return tokens, scores, types


def _write_gguf(
    model_dir: Path, out_path: Path, config: dict[str, Any], arch: str, pre: str, dtype: str, tensors: bool
) -> None:
    import gguf
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    file_type = gguf.LlamaFileType.MOSTLY_F16 if dtype == "f16" else gguf.LlamaFileType.ALL_F32
    writer = gguf.GGUFWriter(str(out_path), arch)
    _write_hparams(writer, config, arch, file_type)
    if arch == "gemma3":
        tokens, scores, types = _spm_vocab(model_dir, tokenizer, int(config["vocab_size"]))
        writer.add_tokenizer_model("llama")
        writer.add_tokenizer_pre(pre)
        writer.add_token_list(tokens)
        writer.add_token_scores(scores)
        writer.add_token_types(types)
        writer.add_add_space_prefix(False)
    else:
        tokens, types = _bpe_vocab(tokenizer, int(config["vocab_size"]))
        writer.add_tokenizer_model("gpt2")
        writer.add_tokenizer_pre(pre)
        writer.add_token_list(tokens)
        writer.add_token_types(types)
    special = gguf.SpecialVocab(model_dir, load_merges=arch != "gemma3", n_vocab=len(tokens))
    probe = list(tokenizer("a")["input_ids"])  # does the tokenizer add BOS/EOS on its own? llama.cpp must agree
    bos, eos = tokenizer.bos_token_id, tokenizer.eos_token_id
    special.add_special_token["bos"] = bos is not None and probe[:1] == [bos]
    special.add_special_token["eos"] = eos is not None and probe[-1:] == [eos]
    if getattr(tokenizer, "chat_template", None):
        special.chat_template = tokenizer.chat_template  # the template training rendered with
    special.add_to_gguf(writer, quiet=True)
    if tensors:
        _add_tensors(writer, model_dir, config, arch, dtype)
    finish_gguf(writer)


def _add_tensors(writer: Any, model_dir: Path, config: dict[str, Any], arch: str, dtype: str) -> None:
    from safetensors import safe_open

    names = tensor_name_map(arch, int(config["num_hidden_layers"]))
    heads = int(config["num_attention_heads"])
    kv_heads = int(config.get("num_key_value_heads") or heads)
    tied = bool(config.get("tie_word_embeddings", False))
    files = sorted(model_dir.glob("*.safetensors"))
    if not files:
        raise ExportError(f"{model_dir}: no .safetensors weights to convert")
    for file in files:
        with safe_open(str(file), framework="pt") as handle:
            for name in handle.keys():  # noqa: SIM118 - safe_open is not a mapping
                if name == "lm_head.weight" and tied:
                    continue
                if name.endswith("rotary_emb.inv_freq") or "vision_tower" in name or "multi_modal_projector" in name:
                    continue
                values = handle.get_tensor(name).float().numpy()
                name = name.replace("model.language_model.", "model.").replace("language_model.model.", "model.")
                if arch == "gemma3" and name.endswith("norm.weight"):
                    values = values + 1.0  # Gemma3RMSNorm scales by (1 + w); llama.cpp by w
                if arch == "llama" and name.endswith(("q_proj.weight", "k_proj.weight")):
                    values = permute_for_rope(values, heads if "q_proj" in name else kv_heads)
                target = np.float16 if dtype == "f16" and values.ndim == 2 else np.float32
                writer.add_tensor(gguf_tensor_name(names, name), np.ascontiguousarray(values.astype(target)))


def _llama_tokens(path: Path, text: str) -> list[int]:
    import llama_cpp

    vocab = llama_cpp.Llama(str(path), vocab_only=True, verbose=False)
    try:
        return list(vocab.tokenize(text.encode(), add_bos=True, special=True))
    finally:
        vocab.close()


def choose_pre_tokenizer(model_dir: Path, config: dict[str, Any], arch: str) -> str:
    """The llama.cpp pre-tokenizer whose ids for ``CHECK_TEXT`` equal transformers' (tried on vocab-only files)."""
    from transformers import AutoTokenizer

    expected = list(AutoTokenizer.from_pretrained(model_dir)(CHECK_TEXT)["input_ids"])
    tried = []
    with tempfile.TemporaryDirectory(prefix="flutr-vocab-") as tmp:
        for pre in PRE_TOKENIZERS[arch]:
            probe = Path(tmp) / f"vocab-{pre}.gguf"
            _write_gguf(model_dir, probe, config, arch, pre, "f32", tensors=False)
            try:
                got = _llama_tokens(probe, CHECK_TEXT)
            except Exception as exc:  # llama.cpp rejects a pre-tokenizer name it does not know
                tried.append(f"{pre} ({exc})")
                continue
            if got == expected:
                return pre
            tried.append(pre)
    raise ExportError(
        f"{model_dir}: no llama.cpp pre-tokenizer reproduces the model's tokenization (tried {', '.join(tried)}); "
        "convert the base with llama.cpp's convert_hf_to_gguf.py and pass --base-gguf"
    )


def convert_hf_to_gguf(model_dir: Path, out_path: Path, *, dtype: str = "f16") -> Path:
    """Write ``model_dir`` (a transformers folder: config.json, safetensors, tokenizer) as a GGUF."""
    if dtype not in ("f16", "f32"):
        raise ExportError(f"dtype {dtype!r}: choose f16 or f32")
    config_path = model_dir / "config.json"
    if not config_path.is_file():
        raise ExportError(f"{model_dir}: not a Hugging Face model folder (no config.json)")
    full_config = json.loads(config_path.read_text(encoding="utf-8"))
    arch = hf_architecture(full_config)
    config = text_config(full_config)
    pre = choose_pre_tokenizer(model_dir, config, arch)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    _write_gguf(model_dir, out_path, config, arch, pre, dtype, tensors=True)
    logger.info("converted %s to %s (%s, pre-tokenizer %s)", model_dir, out_path, dtype, pre)
    return out_path
