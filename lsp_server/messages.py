"""Every text the server shows the user, in one place: Turkish first, English after a slash (the user writes
Turkish comments; a log reader or an issue may not read Turkish). Titles and labels are Turkish only, as editors
show them in narrow places."""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from flutr.backends.base import BackendError
from flutr.doubts import Doubt
from flutr.models import ModelError
from flutr.pipeline import BackendUnavailableError

# -- titles and labels --------------------------------------------------------------------------------------------
ACTION_TITLE = "flutr: Bu yoruma kod üret"
COMPLETION_LABEL = "flutr: yorumun kodu"
DOUBTS_TITLE = "flutr: eklenen kodu kontrol edin / check the inserted code"
HINT_MESSAGE = 'flutr: bu yorum için kod üretilebilir (Ampul → "Bu yoruma kod üret")'
COOKBOOK_TITLE_QUESTION = 80  # characters of the training question shown in the cookbook action's title


def cookbook_title(question: str) -> str:
    """The cookbook action: the training question whose curated answer it pastes, so the user can judge the match."""
    shown = question if len(question) <= COOKBOOK_TITLE_QUESTION else question[: COOKBOOK_TITLE_QUESTION - 1] + "…"
    return f"flutr: Benzer örnek — {shown}"


# -- a generation's progress --------------------------------------------------------------------------------------
PROGRESS_TITLE = "flutr: kod üretiliyor"
LOADING_MESSAGE = "model yükleniyor"
PROGRESS_DONE = "bitti"


def tokens_written(tokens: int) -> str:
    return f"{tokens} token"


# -- answering ----------------------------------------------------------------------------------------------------
COMMENT_NOT_FOUND = "flutr: yorum bulunamadı; belge değişmiş olabilir / comment not found"
COMMENT_CHANGED = "flutr: yorum üretim sırasında değişti / the comment changed meanwhile"
NOT_FITTING_MESSAGE = (  # the syntax error follows, shown to the user but logged only at DEBUG (it quotes code)
    "flutr: üretilen kod bu konumda dosyayı bozuyordu; yorum olarak eklendi / the generated code would break the "
    "file here, so it was inserted as a comment: "
)


def queue_full(detail: object) -> str:
    return f"flutr: çok fazla istek, lütfen bekleyin ({detail}) / too many requests"


def model_unavailable(detail: object) -> str:
    return f"flutr: model kullanılamıyor / model unavailable — {detail}"


def no_code(warning: str | None) -> str:
    return f"flutr: model kod üretmedi ({warning}) / the model produced no code"


def doubtful(found: Sequence[Doubt], first_line: int) -> str:
    """What flutr doubts in the code it offered (``flutr.doubts``), each reason with its line in the edited file
    (``first_line``: where the code starts, 0-based)."""
    reasons = "; ".join(doubt.describe(first_line) for doubt in found)
    return f"{DOUBTS_TITLE} — {reasons}"


def slow_model(warning: str | None) -> str:
    """An answer stopped at its time budget; ``warning`` (``flutr.answering.slow_answer_warning``) gives the speed
    measured, what slowed it and whether code was offered, in both languages."""
    return f"flutr: {warning}" if warning else "flutr: model yavaş / the model is slow"


# -- settings and loading -----------------------------------------------------------------------------------------
def setting_problem(problem: str) -> str:
    return f"flutr: {problem}"


def settings_not_an_object(type_name: str) -> str:
    return f"flutr ayarları bir nesne olmalı, {type_name} geldi (settings must be an object)"


def unknown_setting(key: str) -> str:
    return f"bilinmeyen ayar flutr.{key} yok sayıldı (unknown setting ignored)"


def bad_setting(key: str, value: object, problem: object, default: object) -> str:
    return f"flutr.{key} = {value!r} geçersiz: {problem}; {default!r} kullanılıyor"


def tier_choice(reason: str) -> str:
    return f"flutr: {reason}"


def load_failure(exc: BaseException) -> tuple[str, types.MessageType]:
    """What a failed model load tells the user: an HTTP server that is down is retried at the next request (a
    warning); anything else is an error, the model's own errors by their message, others with their type too."""
    if isinstance(exc, BackendUnavailableError):
        return (
            f"flutr: sunucuya ulaşılamıyor, istekte yeniden denenecek / server unreachable — {exc}",
            types.MessageType.Warning,
        )
    known = isinstance(exc, ModelError | ValueError | BackendError)
    detail = str(exc) if known else f"{type(exc).__name__}: {exc}"
    return f"flutr: model yüklenemedi / model could not be loaded — {detail}", types.MessageType.Error


# -- building the fast model (once, on the first start) -----------------------------------------------------------
BUILD_STAGES = {"merge": "ağırlıklar birleştiriliyor / merging weights", "quantize": "nicemleniyor / quantizing"}
BUILD_STARTED = "flutr: hızlı model ilk kez hazırlanıyor (bir kez, 1–2 dk) / building the fast model once (1–2 min)"
BUILD_TITLE = "flutr: hızlı model hazırlanıyor / building the fast model"
BUILD_READY = "hazır / ready"
BUILD_FAILED = (
    "flutr: hızlı model hazırlanamadı, Q4_K_M modeli kullanılıyor (ayrıntı günlükte) / the fast model could not be "
    "built; serving the Q4_K_M model with the adapter (details in the log)"
)


def build_step(stage: str, done: int, total: int) -> str:
    return f"{BUILD_STAGES.get(stage, stage)} {done}/{total}"
