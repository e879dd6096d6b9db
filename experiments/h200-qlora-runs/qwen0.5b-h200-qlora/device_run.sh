#!/bin/bash
# Device side, last call: assemble the base GGUF from the carried pieces, train the paper's recipe as QLoRA
# (NF4 + bf16, r16, 3 epochs, effective batch 8 as 8x1) under a time budget; if it diverges, LoRA in fp32.
set -uo pipefail
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
T0=$(date +%s); el() { echo "[+$(( $(date +%s) - T0 ))s] $*"; }; left() { echo $(( BUDGET - ($(date +%s) - T0) )); }
BUDGET=${BUDGET:-480}
S=/root/stash; mkdir -p $S; for d in .xfer[1-9]; do [ -d $d ] && cp -n $d/* $S/ 2>/dev/null; done
G=/root/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf
ls $S | tr '\n' ' '; echo
if [ ! -f $G ]; then cat $S/m.part* | python3 -c "import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.stdin.buffer), open('$G','wb'), 1<<24)" || exit 3; fi
echo "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32  $G" | sha256sum -c || exit 3
el assembled
[ -d /tmp/site/trl ] || python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site $S/*.whl || exit 4
export PYTHONPATH=/tmp/site:$PWD
el installed
train() {  # $1 run dir, $2 quantization, $3 precision, $4 minutes of training
  timeout $(( $(left) - 40 )) python3 -m model_training sft --base-model $G --output-dir $1 --no-gradient-checkpointing \
    --per-device-train-batch-size 8 --gradient-accumulation-steps 1 --save-steps 100 \
    --quantization $2 --precision $3 --max-train-minutes $4 2>&1 | tr '\r' '\n' | grep -v "^\s*$" > $OUT/train-$(basename $1).log
  el "trained $1 rc=$?"; grep -v "s/step\]$" $OUT/train-$(basename $1).log | grep -v "FutureWarning\|warnings.warn" | tail -25
}
( # the transformers backend's CUDA NF4 numbers (issue 6), beside the training, once the dequantized cache exists
  for i in $(seq 200); do D=$(ls -d /root/.cache/flutr/gguf-dequantized/qwen2.5-coder-0.5b*/ 2>/dev/null | head -1); [ -n "$D" ] && [ -f $D/flutr_base.json ] && break; sleep 2; done
  sleep 5; timeout 150 python3 -m benchmarks.transformers_check --model-dir "$D" --limit 6 > $OUT/transformers_check_base.json 2> $OUT/check_base.err
) &
MIN=$(python3 -c "print(round(max(1, ($(left) - 150) / 60), 2))")
el "QLoRA nf4/bf16 for at most $MIN min"
train /root/runA nf4 bf16 $MIN
R=/root/runA
if [ ! -f $R/adapter/adapter_model.safetensors ] && [ $(left) -gt 150 ]; then
  MIN=$(python3 -c "print(round(max(1, ($(left) - 100) / 60), 2))"); el "fallback: LoRA none/fp32 for $MIN min"
  train /root/runB none fp32 $MIN; R=/root/runB
fi
nvidia-smi --query-gpu=memory.used --format=csv,noheader
wait
python3 .xfer0/pack.py $R $OUT 2>&1 | tail -3  # .xfer0/pack.py = device_pack.py beside this file
el done; ls -la $OUT
