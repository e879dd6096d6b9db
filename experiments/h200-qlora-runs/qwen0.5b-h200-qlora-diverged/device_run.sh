#!/bin/bash
# Device side of the full-recipe run: assemble the GGUF from carried pieces, install carried wheels, train, pack.
set -uo pipefail
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
T0=$(date +%s); el() { echo "[+$(( $(date +%s) - T0 ))s] $*"; }
S=/root/stash; mkdir -p $S; cp .xfer9/model.part* $S/
cat $S/model.part0* > /root/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf
echo "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32  /root/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf" | sha256sum -c || exit 3
el assembled
[ -d /tmp/site/transformers ] || python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site .xfer*/whl/*.whl || exit 4
export PYTHONPATH=/tmp/site:$PWD
python3 -c "import torch,transformers,trl,peft,bitsandbytes,datasets,pyarrow;print(torch.__version__,transformers.__version__,trl.__version__,peft.__version__,bitsandbytes.__version__,datasets.__version__,pyarrow.__version__,torch.cuda.get_device_name(0))" || exit 5
el installed
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
timeout ${TRAIN_S:-400} python3 -m model_training sft --base-model /root/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf \
  --output-dir /root/run --no-gradient-checkpointing --save-steps 100 2>&1 | tr '\r' '\n' | grep -v "^\s*$" | tee $OUT/train.log | grep -v "it/s\]$" | tail -60
el trained rc=$?
nvidia-smi --query-gpu=memory.used --format=csv,noheader
python3 .xfer9/pack.py /root/run $OUT 2>&1 | tail -5  # the same packing as ../qwen0.5b-h200-qlora/device_pack.py
el packed
if [ "${CHECK_S:-0}" -gt 0 ]; then
  D=$(ls -d /root/.cache/flutr/gguf-dequantized/qwen2.5-coder-0.5b* | head -1)
  timeout $CHECK_S python3 -m benchmarks.transformers_check --model-dir "$D" --adapter /root/run/adapter --limit ${CHECK_N:-6} > $OUT/transformers_check.json 2> $OUT/check.err; tail -3 $OUT/check.err; cat $OUT/transformers_check.json
fi
el done
