"""Device side: the adapter as fp16 safetensors split under 15 MiB pieces + run metadata tarball into $OUT."""
import sys, tarfile, json
from pathlib import Path
import torch
from safetensors.torch import load_file, save_file
run, out = Path(sys.argv[1]), Path(sys.argv[2])
ad = run / "adapter"
label = "final"
if not (ad / "adapter_model.safetensors").exists():
    cks = sorted(run.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[-1]))
    ad = cks[-1]; label = ad.name
print("packing", ad, label, flush=True)
t = load_file(str(ad / "adapter_model.safetensors"))
print("dtypes", {str(v.dtype) for v in t.values()}, "params", sum(v.numel() for v in t.values()))
save_file({k: v.to(torch.float16).contiguous() for k, v in t.items()}, "/root/a16.safetensors", metadata={"format": "pt"})
data = Path("/root/a16.safetensors").read_bytes()
piece = 15 * 1024 * 1024
for i in range(0, len(data), piece):
    (out / f"adapter16.part{i // piece}").write_bytes(data[i:i + piece])
with tarfile.open(out / "run-meta.tar.gz", "w:gz") as tar:
    for p in [ad / "adapter_config.json", ad / "flutr_adapter.json", ad / "README.md"] + sorted(run.glob("*.json*")) + sorted(run.glob("*.csv")) + sorted(run.glob("*.png")):
        if p.exists():
            tar.add(p, arcname=p.relative_to(run).as_posix())
    cks = sorted(run.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[-1]))
    if cks and (cks[-1] / "trainer_state.json").exists():
        tar.add(cks[-1] / "trainer_state.json", arcname="trainer_state.json")
(out / "pack.json").write_text(json.dumps({"label": label, "bytes": len(data)}))
