"""Where and how training runs: device, precision, 4-bit base weights, CPU threads.

CPUs without bf16 units run bf16 matmuls ~80x slower than fp32, and TRL turns bf16 on by default, so on a CPU
the plan is always fp32 unless bf16 is asked for explicitly. QLoRA (NF4 base weights) needs CUDA and
bitsandbytes; asking for it elsewhere is an error, not a silent fallback.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from flutr.hardware import physical_cores
from model_training.sft_config import ConfigError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DevicePlan:
    device: str  # "cuda" or "cpu"
    precision: str  # "fp32", "bf16" or "fp16"
    quantization: str  # "nf4" or "none"
    threads: int  # torch intra-op threads (CPU work)

    @property
    def bf16(self) -> bool:
        return self.precision == "bf16"

    @property
    def fp16(self) -> bool:
        return self.precision == "fp16"

    def describe(self) -> str:
        weights = "4-bit NF4 base (QLoRA)" if self.quantization == "nf4" else "full-precision base"
        return f"{self.device}, {self.precision}, {weights}, {self.threads} threads"


def local_world_size() -> int:
    """Processes on this machine (``accelerate launch``/``torchrun`` set LOCAL_WORLD_SIZE)."""
    try:
        return max(1, int(os.environ.get("LOCAL_WORLD_SIZE", "1")))
    except ValueError:
        return 1


def plan_device(
    *,
    precision: str = "auto",
    quantization: str = "auto",
    threads: int = 0,
    cuda_available: bool | None = None,
    cuda_bf16: bool | None = None,
) -> DevicePlan:
    """Decide the plan from the config values and what the machine has (arguments override detection)."""
    if cuda_available is None or cuda_bf16 is None:
        import torch

        if cuda_available is None:
            cuda_available = torch.cuda.is_available()
        if cuda_bf16 is None:
            cuda_bf16 = bool(cuda_available and torch.cuda.is_bf16_supported())
    device = "cuda" if cuda_available else "cpu"

    if quantization == "auto":
        quantization = "nf4" if cuda_available else "none"
    elif quantization == "nf4" and not cuda_available:
        raise ConfigError(
            "quantization='nf4' (QLoRA) needs a CUDA GPU and bitsandbytes; on this machine use "
            "--quantization none (full-precision LoRA)"
        )

    if precision == "auto":
        precision = ("bf16" if cuda_bf16 else "fp16") if cuda_available else "fp32"
    elif precision == "fp16" and not cuda_available:
        raise ConfigError("precision='fp16' needs a CUDA GPU (mixed-precision fp16 is not supported on CPU)")
    elif precision == "bf16" and not cuda_available:
        logger.warning("bf16 on a CPU without bf16 units is far slower than fp32; using it as asked")
    elif precision == "bf16" and not cuda_bf16:
        raise ConfigError("precision='bf16' needs an Ampere or newer GPU; use --precision fp16")

    if threads <= 0:
        threads = max(1, physical_cores() // local_world_size())
    return DevicePlan(device=device, precision=precision, quantization=quantization, threads=threads)


def apply_plan(plan: DevicePlan) -> None:
    """Put the plan into effect for this process: torch CPU threads; TF32 matmuls for fp32 on CUDA."""
    import torch

    torch.set_num_threads(plan.threads)
    if plan.device == "cuda" and plan.precision == "fp32":
        # fp32 LoRA on a GPU: TF32 tensor cores for matmuls (10-bit mantissa products, fp32 accumulation).
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True


def require_bitsandbytes() -> None:
    """Import bitsandbytes lazily: it is only installed on CUDA machines (``pip install flutr[cuda]``)."""
    try:
        import bitsandbytes  # noqa: F401
    except ImportError as exc:
        raise ConfigError(
            "QLoRA (quantization='nf4') needs bitsandbytes: pip install 'flutr[cuda]' "
            f"(import failed: {exc}); or use --quantization none"
        ) from None
