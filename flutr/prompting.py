"""The one prompt format: built here, served by ``lsp_server``, trained on by ``model_training``, measured by
``benchmarks``.

Layout, stable part first so llama.cpp reuses its KV cache across requests::

    system prompt · fixed example(s) · retrieved examples · user question (+ file context) · "```dart\n"

The assistant turn is pre-filled with the opening fence, so the model writes Dart straight away and generation
stops at the closing fence (``STOP_SEQUENCES``). Training targets are ``answer + "\n```"``: the model learns to
close the block, which is what ends a served generation early.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypedDict

import jinja2
import jinja2.sandbox

ANSWER_PREFIX = "```dart\n"
ANSWER_SUFFIX = "\n```"
STOP_SEQUENCES: tuple[str, ...] = ("```",)

SYSTEM_PROMPT = (
    "Sen uzman bir Flutter/Dart geliştiricisisin. Kullanıcının Türkçe sorusunu yalnızca çalışan, kısa ve modern "
    "Dart 3 / Flutter 3 koduyla yanıtla. Tek bir ```dart kod bloğu yaz; açıklama gerekiyorsa kodun içinde Türkçe "
    "// yorumları kullan. import satırı yazma.\n"
    "You are an expert Flutter/Dart developer. Answer the Turkish request with one Dart code block only."
)


class Message(TypedDict):
    role: str
    content: str


@dataclass(frozen=True)
class Example:
    """A question/answer pair shown to the model as a previous chat turn."""

    question: str
    answer: str


# One fixed, short example: without it the base 0.5B model answers in Turkish prose; with it, in one Dart block.
FIXED_EXAMPLES: tuple[Example, ...] = (
    Example(
        question="Bir butona basınca sayacı artıran widget yaz",
        answer=(
            "class Sayac extends StatefulWidget {\n"
            "  const Sayac({super.key});\n"
            "\n"
            "  @override\n"
            "  State<Sayac> createState() => _SayacState();\n"
            "}\n"
            "\n"
            "class _SayacState extends State<Sayac> {\n"
            "  int _deger = 0;\n"
            "\n"
            "  @override\n"
            "  Widget build(BuildContext context) {\n"
            "    return ElevatedButton(\n"
            "      onPressed: () => setState(() => _deger++),\n"
            "      child: Text('Sayaç: $_deger'),\n"
            "    );\n"
            "  }\n"
            "}"
        ),
    ),
)


# The user turn with file context, the retry after a parse error and the retry after an API check (code that
# parses but calls what does not exist, flutr.dart_api.rejecting_findings): templates, so the digest covers them.
CONTEXT_TEMPLATE = "Dosyadaki bağlam:\n```dart\n{context}\n```\n\n{question}"
REPAIR_TEMPLATE = "Bu kod Dart olarak ayrıştırılamadı ({error}). Hatasız, eksiksiz düzeltilmiş kodu yaz."
CHECK_TEMPLATE = (
    "Bu kod derlenmez: {error}. Yalnızca var olan Flutter/Dart API'lerini kullanarak düzeltilmiş, eksiksiz kodu yaz."
)


def format_user_message(question: str, context: str = "", note: str = "") -> str:
    """The user turn. Without file context it is the bare question — exactly what training rows contain.

    ``note`` says where the answer goes when the comment stands inside code (:func:`flutr.position.position_note`);
    it is put before the question. An empty note leaves the turn as it always was."""
    question = question.strip()
    if note.strip():
        question = f"{note.strip()}\n\n{question}"
    if not context.strip():
        return question
    return CONTEXT_TEMPLATE.format(context=context.rstrip(), question=question)


def format_answer(answer: str) -> str:
    """The assistant turn as written in a prompt (few-shot) or a training target (without the prefix)."""
    return answer.strip("\n") + ANSWER_SUFFIX


def prompt_examples(
    retrieved: Sequence[Example] = (), fixed: Sequence[Example] = FIXED_EXAMPLES
) -> tuple[Example, ...]:
    """The example turns of a prompt: the fixed example(s) first (the stable, KV-cached prefix), then the retrieved
    ones. Serving and training both call this."""
    return tuple(fixed) + tuple(retrieved)


def build_messages(
    question: str,
    *,
    context: str = "",
    note: str = "",
    examples: Sequence[Example] = FIXED_EXAMPLES,
    system_prompt: str = SYSTEM_PROMPT,
) -> list[Message]:
    """System prompt, example turns (each answer fenced), then the user's question."""
    messages: list[Message] = [{"role": "system", "content": system_prompt}]
    for example in examples:
        messages.append({"role": "user", "content": format_user_message(example.question)})
        messages.append({"role": "assistant", "content": ANSWER_PREFIX + format_answer(example.answer)})
    messages.append({"role": "user", "content": format_user_message(question, context, note)})
    return messages


# ChatML: used when a model file carries no chat template (Qwen and SmolLM2 both use this layout).
CHATML_TEMPLATE = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + "
    "'<|im_end|>\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)


def _raise(message: str) -> None:
    raise jinja2.TemplateError(message)


@functools.lru_cache(maxsize=8)
def _compile(template: str) -> jinja2.Template:
    env = jinja2.sandbox.ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    env.globals["raise_exception"] = _raise
    return env.from_string(template)


def render_chat(
    messages: Sequence[Message],
    chat_template: str | None = None,
    *,
    bos_token: str = "",
    eos_token: str = "",
    add_generation_prompt: bool = True,
) -> str:
    """Render ``messages`` with a model's Jinja chat template, the way ``transformers`` and llama.cpp do."""
    return _compile(chat_template or CHATML_TEMPLATE).render(
        messages=list(messages),
        add_generation_prompt=add_generation_prompt,
        bos_token=bos_token,
        eos_token=eos_token,
        tools=None,
    )


def render_prompt(
    messages: Sequence[Message],
    chat_template: str | None = None,
    *,
    bos_token: str = "",
    eos_token: str = "",
) -> str:
    """The full text given to the model: the chat up to the assistant turn, then the opening Dart fence."""
    return render_chat(messages, chat_template, bos_token=bos_token, eos_token=eos_token) + ANSWER_PREFIX


def repair_messages(
    messages: Sequence[Message], bad_code: str, error: str, template: str = REPAIR_TEMPLATE
) -> list[Message]:
    """The retry prompt: the first attempt as an assistant turn, then the complaint (the parser's, or with
    ``CHECK_TEMPLATE`` the API check's)."""
    return [
        *messages,
        {"role": "assistant", "content": ANSWER_PREFIX + format_answer(bad_code)},
        {"role": "user", "content": template.format(error=error)},
    ]


def stable_prefix(
    chat_template: str | None = None, fixed: Sequence[Example] = FIXED_EXAMPLES, system_prompt: str = SYSTEM_PROMPT
) -> str:
    """The prompt part shared by every request (system prompt + fixed examples): what a backend warms up at start."""
    return render_chat(
        build_messages("", examples=fixed, system_prompt=system_prompt)[:-1],
        chat_template,
        add_generation_prompt=False,
    )


def prompt_digest() -> str:
    """Everything of the prompt format that is not per question or per model (system prompt, fences, stop, fixed
    examples, context and repair templates): a change to any of them changes the digest, and so invalidates
    cached benchmark generations."""
    parts = [SYSTEM_PROMPT, ANSWER_PREFIX, *STOP_SEQUENCES]
    for example in FIXED_EXAMPLES:
        parts += [example.question, example.answer]
    parts += [ANSWER_SUFFIX, CONTEXT_TEMPLATE, REPAIR_TEMPLATE, CHECK_TEMPLATE]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class TrainingText:
    prompt: str
    completion: str


def format_training_example(
    question: str,
    answer: str,
    chat_template: str | None = None,
    *,
    examples: Sequence[Example] = FIXED_EXAMPLES,
    eos_token: str = "",
    context: str = "",
    note: str = "",
) -> TrainingText:
    """Prompt/completion pair for SFT: the prompt is byte-identical to what the server sends for ``question``."""
    prompt = render_prompt(
        build_messages(question, context=context, note=note, examples=examples), chat_template, eos_token=eos_token
    )
    return TrainingText(prompt=prompt, completion=format_answer(answer) + eos_token)
