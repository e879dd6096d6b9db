#!/bin/bash
# Device side, last call: assemble the base GGUF from the carried pieces and train the paper's recipe as QLoRA
# (NF4 base, fp32 compute, r16, 3 epochs, effective batch 8 as 8x1) with the server's prompt: ONE retrieved example
# (--retrieval-k 1, the server's default since session 5), under a time budget.
set -uo pipefail
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
T0=$(date +%s); el() { echo "[+$(( $(date +%s) - T0 ))s] $*"; }; left() { echo $(( BUDGET - ($(date +%s) - T0) )); }
BUDGET=${BUDGET:-450}
S=/root/stash; mkdir -p $S; for d in .xfer[1-9]; do [ -d $d ] && cp -n $d/* $S/ 2>/dev/null; done
G=/root/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf
ls $S | tr '\n' ' '; echo
if [ ! -f $G ]; then cat $S/m.part* | python3 -c "import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.stdin.buffer), open('$G','wb'), 1<<24)" || exit 3; fi
echo "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32  $G" | sha256sum -c || exit 3
el assembled
[ -d /tmp/site/trl ] || python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site $S/*.whl || exit 4
export PYTHONPATH=/tmp/site:$PWD
el installed
R=/root/runK1
MIN=$(python3 -c "print(round(max(1, ($(left) - 90) / 60), 2))")
el "QLoRA nf4/fp32, retrieval k=1, for at most $MIN min of training"
timeout $(( $(left) - 30 )) python3 -m model_training sft --base-model $G --output-dir $R --no-gradient-checkpointing \
  --per-device-train-batch-size 8 --gradient-accumulation-steps 1 --save-steps 100 --retrieval-k 1 \
  --quantization nf4 --precision fp32 --max-train-minutes $MIN 2>&1 | tr '\r' '\n' | grep -v "^\s*$" > $OUT/train.log
el "trained rc=$?"; grep -v "s/step\]$" $OUT/train.log | grep -v "FutureWarning\|warnings.warn" | tail -20
nvidia-smi --query-gpu=name,memory.used --format=csv,noheader
python3 .xfer0/pack.py $R $OUT 2>&1 | tail -3  # .xfer0/pack.py = ../qwen0.5b-h200-qlora/device_pack.py
cp .xfer0/go.sh $OUT/device_run.sh
el done; ls -la $OUT
