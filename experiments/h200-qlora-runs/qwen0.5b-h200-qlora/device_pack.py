"""Device side: the adapter as fp16 safetensors in pieces under 15 MiB, plus the run's metadata, into $OUT.

Usage: python3 device_pack.py RUN_DIR OUT_DIR (the final adapter, or the newest checkpoint when there is none).
"""

import json
import sys
import tarfile
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

PIECE = 15 * 1024 * 1024


def main(run: Path, out: Path) -> None:
    adapter, label = run / "adapter", "final"
    if not (adapter / "adapter_model.safetensors").exists():
        checkpoints = sorted(run.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[-1]))
        adapter, label = checkpoints[-1], checkpoints[-1].name
    print("packing", adapter, label, flush=True)
    tensors = load_file(str(adapter / "adapter_model.safetensors"))
    print("dtypes", {str(t.dtype) for t in tensors.values()}, "params", sum(t.numel() for t in tensors.values()))
    half = {name: t.to(torch.float16).contiguous() for name, t in tensors.items()}
    save_file(half, "/root/a16.safetensors", metadata={"format": "pt"})
    data = Path("/root/a16.safetensors").read_bytes()
    for i in range(0, len(data), PIECE):
        (out / f"adapter16.part{i // PIECE}").write_bytes(data[i : i + PIECE])
    meta = [adapter / "adapter_config.json", adapter / "flutr_adapter.json", adapter / "README.md"]
    meta += sorted(run.glob("*.json*")) + sorted(run.glob("*.csv")) + sorted(run.glob("*.png"))
    with tarfile.open(out / "run-meta.tar.gz", "w:gz") as tar:
        for path in meta:
            if path.exists():
                tar.add(path, arcname=path.relative_to(run).as_posix())
    (out / "pack.json").write_text(json.dumps({"label": label, "bytes": len(data)}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
