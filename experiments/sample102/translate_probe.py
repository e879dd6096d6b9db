"""Does the untuned Qwen2.5-Coder-1.5B understand everyday Turkish requests? A probe: it translates five test
questions (the ones its answers missed, and the README's demo comment) into English, greedy.

    python experiments/sample102/translate_probe.py > experiments/sample102/results/translate-probe.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from flutr.pipeline import ModelSpec, build_backend  # noqa: E402

QUESTIONS = (
    "Kayıt ekranının altındaki 'Kullanım koşullarını okudum' cümlesinde sadece 'Kullanım koşulları' kısmı mavi ve "
    "tıklanabilir olsun.",
    "Alışveriş listesinde her maddenin yanında işaret kutusu olsun; işaretlenen maddeler listenin en altına insin, "
    "işaret kaldırılınca tekrar üstteki gruba dönsün.",
    "Gelen baglantidaki ?urun=42&kaynak=mail parametrelerini oku, sayi olmayan urun degeri icin null don",
    "Bir ListView içinde liste elemanlarını aşağı çekerek nasıl yenileyebilirim?",
    "Uygulama sadece dikey modda çalışsın, yan çevrilince dönmesin.",
)


def main() -> None:
    backend = build_backend(ModelSpec(model="large", threads=1))
    for question in QUESTIONS:
        prompt = (
            "<|im_start|>system\nYou translate Turkish software requests into precise English.<|im_end|>\n"
            f"<|im_start|>user\nTranslate into English, keeping every detail:\n{question}<|im_end|>\n"
            "<|im_start|>assistant\n"
        )
        generation = backend.generate(prompt, max_tokens=80, stop=("<|im_end|>",))
        print(f"{question}\n  -> {generation.text.strip()}\n")


if __name__ == "__main__":
    main()
