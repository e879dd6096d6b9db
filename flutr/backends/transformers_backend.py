"""transformers backend: the paper's GPU setting (4-bit NF4 via bitsandbytes on CUDA) and fp32 on a CPU.

For a team GPU box or for checking a PEFT adapter before exporting it to GGUF. Needs the ``train`` extra
(torch, transformers, peft); bitsandbytes only for NF4 on CUDA. Generation runs ``model.generate`` in a helper
thread and streams through ``TextIteratorStreamer``; a stopping criterion checks the cancel token and the stop
sequences after every token, so a cancelled request stops producing tokens at once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flutr.backends.base import SEED, BackendError, CancelToken, Generation, TokenCallback

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class TransformersConfig:
    model_dir: Path
    adapter_dir: Path | None = None  # a PEFT LoRA adapter folder
    quantization: str = "auto"  # auto (nf4 on CUDA), nf4, none
    threads: int = 0  # CPU threads; 0 = physical cores
    seed: int = SEED


class TransformersBackend:
    name = "transformers"

    def __init__(self, config: TransformersConfig) -> None:
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as exc:
            raise BackendError("the transformers backend needs the train extra: pip install 'flutr[train]'") from exc
        from flutr.hardware import physical_cores

        self.config = config
        cuda = torch.cuda.is_available()
        quantization = ("nf4" if cuda else "none") if config.quantization == "auto" else config.quantization
        kwargs: dict[str, Any] = {}
        if quantization == "nf4":
            if not cuda:
                raise BackendError("4-bit NF4 needs a CUDA GPU; use quantization 'none' on a CPU")
            try:
                from transformers import BitsAndBytesConfig
            except ImportError as exc:
                raise BackendError("NF4 needs bitsandbytes: pip install 'flutr[cuda]'") from exc
            kwargs["quantization_config"] = BitsAndBytesConfig(
                load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.bfloat16
            )
            kwargs["device_map"] = "auto"
        else:
            torch.set_num_threads(config.threads or physical_cores())
            kwargs["dtype"] = torch.float32 if not cuda else torch.bfloat16  # bf16 on CPU is ~80x slower
        try:
            self._tokenizer = AutoTokenizer.from_pretrained(config.model_dir)
            model: Any = AutoModelForCausalLM.from_pretrained(config.model_dir, **kwargs)
        except (OSError, ValueError) as exc:
            raise BackendError(f"{config.model_dir}: transformers could not load it ({exc})") from exc
        if config.adapter_dir is not None:
            if not (config.adapter_dir / "adapter_config.json").is_file():
                raise BackendError(f"{config.adapter_dir}: not a PEFT adapter folder (no adapter_config.json)")
            from peft import PeftModel

            try:
                model = PeftModel.from_pretrained(model, str(config.adapter_dir))
            except (OSError, ValueError, RuntimeError) as exc:
                raise BackendError(f"LoRA adapter {config.adapter_dir}: PEFT could not load it ({exc})") from exc
        if cuda and quantization != "nf4":
            model = model.to("cuda")  # type: ignore[arg-type]
        self._model = model.eval()
        self._device = next(model.parameters()).device
        self._lock = threading.Lock()
        self._active = 0
        logger.info("loaded %s with transformers (%s, %s)", config.model_dir, self._device, quantization)

    @property
    def chat_template(self) -> str | None:
        template = getattr(self._tokenizer, "chat_template", None)
        return template if isinstance(template, str) else None

    @property
    def active_generations(self) -> int:
        return self._active

    def count_tokens(self, text: str) -> int:
        return len(self._tokenizer(text, add_special_tokens=False)["input_ids"])

    def generate(
        self,
        prompt: str,
        *,
        max_tokens: int,
        stop: Sequence[str] = (),
        temperature: float = 0.0,
        on_token: TokenCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Generation:
        import torch
        from transformers import StoppingCriteria, StoppingCriteriaList, TextIteratorStreamer

        start = time.perf_counter()
        if cancel is not None and cancel.cancelled:
            return Generation("", 0, 0, 0.0, 0.0, "cancelled")
        with self._lock:
            self._active += 1
            try:
                inputs = self._tokenizer(prompt, return_tensors="pt", add_special_tokens=False).to(self._device)
                prompt_tokens = int(inputs["input_ids"].shape[1])
                streamer = TextIteratorStreamer(self._tokenizer, skip_prompt=True, skip_special_tokens=True)
                text: list[str] = []
                state = {"stopped": False, "tokens": 0}

                class Stop(StoppingCriteria):
                    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> bool:
                        state["tokens"] = int(input_ids.shape[1]) - prompt_tokens
                        return bool(state["stopped"] or (cancel is not None and cancel.cancelled))

                torch.manual_seed(self.config.seed)
                arguments = dict(
                    **inputs,
                    max_new_tokens=max_tokens,
                    do_sample=temperature > 0,
                    streamer=streamer,
                    stopping_criteria=StoppingCriteriaList([Stop()]),
                    pad_token_id=self._tokenizer.pad_token_id or self._tokenizer.eos_token_id,
                )
                if temperature > 0:
                    arguments["temperature"] = temperature
                worker = threading.Thread(target=self._model.generate, kwargs=arguments, daemon=True)
                worker.start()
                first = 0.0
                finish = "length"
                for piece in streamer:
                    if not first:
                        first = time.perf_counter() - start
                    text.append(piece)
                    joined = "".join(text)
                    hit = min((joined.find(s) for s in stop if s in joined), default=-1)
                    if hit >= 0:
                        state["stopped"] = True
                        text = [joined[:hit]]
                        finish = "stop"
                        break
                    if on_token and piece:
                        on_token(piece)
                    if cancel is not None and cancel.cancelled:
                        finish = "cancelled"
                        break
                worker.join()
                if cancel is not None and cancel.cancelled:
                    finish = "cancelled"
                elif finish == "length" and state["tokens"] < max_tokens:
                    finish = "stop"  # ended on the model's end-of-sequence token
                total = time.perf_counter() - start
                return Generation("".join(text), prompt_tokens, int(state["tokens"]), first or total, total, finish)
            finally:
                self._active -= 1

    def prefill(self, prompt: str, cancel: CancelToken | None = None) -> bool:
        """Nothing to do: no KV cache is kept between calls."""
        return not (cancel is not None and cancel.cancelled)

    def warm_up(self, prompt: str) -> None:
        self.generate(prompt, max_tokens=1)

    def close(self) -> None:
        pass
