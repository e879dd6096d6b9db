"""The flutr language server: thin protocol adapters over ``flutr`` (pure functions) and ``ModelHost``.

Listing code actions is instant; the code is generated in ``codeAction/resolve`` (or in the ``flutr.answerComment``
command for clients that cannot resolve) on the generation thread, with ``$/progress`` and cancellation.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from flutr import __version__
from flutr.answering import Answer
from flutr.backends.base import BackendError, CancelToken
from flutr.comments import CommentBlock, find_request_comments, request_comment_at
from flutr.edits import import_insertion, insertion_for, place, reindent
from flutr.in_place import Request, request_for
from flutr.models import ModelError
from lsp_server import convert
from lsp_server.config import ServerConfig, parse_config
from lsp_server.model_host import BackendUnavailableError, ModelHost, QueueFullError, tier_for
from lsp_server.protocol import FlutrProtocol

logger = logging.getLogger(__name__)

ANSWER_COMMAND = "flutr.answerComment"
STATUS_COMMAND = "flutr.status"
CODE_ACTION_KINDS = [types.CodeActionKind.QuickFix, types.CodeActionKind.RefactorRewrite]


def offered_kinds(only: Sequence[str] | None) -> list[str]:
    """One action per comment when the client asks for every kind (the light bulb shows each once); with
    ``only``, each of our kinds that a requested kind covers (``refactor`` covers ``refactor.rewrite``)."""
    if not only:
        return [CODE_ACTION_KINDS[0]]
    return [kind for kind in CODE_ACTION_KINDS if any(kind == want or kind.startswith(f"{want}.") for want in only)]


MAX_DISK_DOCUMENT_BYTES = 16 * 1024 * 1024
# Requests the server sends to the client: one that never answers must not hold an answer back for ever.
PROGRESS_CREATE_TIMEOUT = 5.0
# prefetchOnType: a request comment is prefetched once its typing pauses this long (seconds between keystrokes
# are ~0.1–0.3 s; a newer keystroke restarts the wait, and a newer prefetch cancels an older one anyway).
TYPING_PAUSE = 0.4
APPLY_EDIT_TIMEOUT = 30.0


def small_regular_file(path: str) -> bool:
    """Documents the client has not opened are read from disk only when they are regular files of a sane size:
    a FIFO or a device named by a request (``file:///dev/zero``) blocked the event loop or filled memory."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and 0 < info.st_size <= MAX_DISK_DOCUMENT_BYTES


class FlutrServer(LanguageServer):
    def __init__(self, config: ServerConfig | None = None, host: ModelHost | None = None) -> None:
        super().__init__("flutr-lsp", __version__, protocol_cls=FlutrProtocol)
        self.config = config or ServerConfig()
        self.host = host or ModelHost()
        self._progress_ids = itertools.count(1)
        self.loop: asyncio.AbstractEventLoop | None = None  # set by the first handler; for worker-thread callbacks
        self._typing: asyncio.TimerHandle | None = None  # the pending typing-pause prefetch
        self._told_tier = ""  # the model-tier choice last shown (shown once per choice)

    def call_soon(self, callback: Any, *args: Any) -> None:
        """Run ``callback`` on the event loop from any thread (protocol writes are not thread-safe)."""
        if self.loop is not None:
            self.loop.call_soon_threadsafe(callback, *args)

    # -- helpers used by the handlers -------------------------------------------------------------------------
    def show(self, message: str, kind: types.MessageType = types.MessageType.Error, *, private: str = "") -> None:
        """Tell the user ``message`` + ``private``; ``private`` (it may quote the user's code) is logged only at
        DEBUG, so an INFO log holds none of the user's code."""
        logger.log(logging.ERROR if kind == types.MessageType.Error else logging.INFO, "%s", message)
        if private:
            logger.debug("%s%s", message, private)
        self.window_show_message(types.ShowMessageParams(type=kind, message=message + private))

    def apply_config(self, options: Any, *, reload: bool = True) -> None:
        """Take new settings; reload the model only when a model setting changed."""
        old = self.config
        self.config, errors = parse_config(options, old)
        for error in errors:
            self.show(f"flutr: {error}", types.MessageType.Warning)
        if not reload:
            return
        model_keys = (
            "backend",
            "base_url",
            "api_model",
            "request_timeout",
            "model_path",
            "lora_path",
            "n_ctx",
            "threads",
            "prompt_lookup_tokens",
            "retrieval_k",
            "retrieval_tokens",
            "fast_model",
            "model",
        )
        if any(getattr(old, k) != getattr(self.config, k) for k in model_keys):
            self.load_model()
        else:
            self.host.update_settings(self.config)

    def load_model(self) -> None:
        tier = tier_for(self.config)
        if tier is not None and tier.tier != self.config.model and tier.reason != self._told_tier:
            self._told_tier = tier.reason  # once per choice, not at every reload
            self.show(f"flutr: {tier.reason}", types.MessageType.Info)
        reporter = BuildReporter(self)
        future = self.host.load(self.config, reporter)

        def done(f: Any) -> None:
            self.call_soon(reporter.end)
            exc = f.exception()
            if exc is not None:
                if isinstance(exc, BackendUnavailableError):
                    message = f"flutr: sunucuya ulaşılamıyor, istekte yeniden denenecek / server unreachable — {exc}"
                    self.call_soon(self.show, message, types.MessageType.Warning)
                    return
                known = isinstance(exc, ModelError | ValueError | BackendError)
                message = str(exc) if known else f"{type(exc).__name__}: {exc}"
                self.call_soon(self.show, f"flutr: model yüklenemedi / model could not be loaded — {message}")

        future.add_done_callback(done)

    def document(self, uri: str) -> TextDocument | None:
        try:
            doc = self.workspace.get_text_document(uri)
            opened = unquote(uri) in self.workspace.text_documents
            if not opened and doc.path and not small_regular_file(doc.path):
                return None
            _ = doc.source  # unopened documents are read from disk; a missing file raises here
            return doc
        except (OSError, ValueError):
            return None

    @property
    def supports_resolve(self) -> bool:
        caps = self.client_capabilities.text_document
        support = caps.code_action.resolve_support if caps and caps.code_action else None
        return bool(support and "edit" in support.properties)

    @property
    def supports_progress(self) -> bool:
        window = self.client_capabilities.window
        return bool(window and window.work_done_progress)

    @property
    def units(self) -> convert.Units:
        """Counts a string in the position units the client negotiated."""
        return self.workspace.position_codec.client_num_units

    def request_for(self, doc: TextDocument, block: CommentBlock) -> Request:
        """What the model is asked for ``block``: where the comment stands decides how (``placement``)."""
        return request_for(doc.source, block, placement=self.config.placement, context_lines=self.config.context_lines)

    def prefetch(self, doc: TextDocument, block: CommentBlock) -> None:
        """Start on ``block``'s answer (or only its prompt) on the idle model while the user looks at the action."""
        if self.host.prefetch(self.request_for(doc, block)):
            logger.debug("prefetching the comment at line %d", block.start_line)

    def prefetch_after_typing(self, uri: str, line: int | None) -> None:
        """``prefetchOnType``: once typing on ``line`` pauses, prefetch the request comment there (if it is one).
        Editors that list code actions only when asked (Neovim, Helix) start the answer as soon as the comment is
        written instead of when the user asks for the actions."""
        if self._typing is not None:
            self._typing.cancel()
            self._typing = None
        if line is None or self.loop is None or not (self.config.prefetch and self.config.prefetch_on_type):
            return

        def fire() -> None:
            self._typing = None
            doc = self.document(uri)
            block = request_comment_at(doc.source, line) if doc is not None else None
            if doc is not None and block is not None:
                self.prefetch(doc, block)

        self._typing = self.loop.call_later(TYPING_PAUSE, fire)

    async def answer_block(self, doc: TextDocument, block: CommentBlock) -> Answer | None:
        """Generate the answer for ``block`` with progress; None (after telling the user) when it failed."""
        request = self.request_for(doc, block)
        token = CancelToken()
        progress = await self._progress_begin(block)
        produced = itertools.count(1)

        def on_token(_piece: str) -> None:
            n = next(produced)
            if progress is not None:
                if (
                    self.work_done_progress.tokens.get(progress)
                    and self.work_done_progress.tokens[progress].cancelled()
                ):
                    token.cancel()
                elif convert.progress_report_due(n):
                    self.call_soon(self._progress_report, progress, n)

        try:
            answer = await self.host.answer((doc.uri, block.start_line), request, on_token=on_token, cancel=token)
        except QueueFullError as exc:
            self.show(
                f"flutr: çok fazla istek, lütfen bekleyin ({exc}) / too many requests",
                types.MessageType.Warning,
            )
            return None
        except (ModelError, BackendError) as exc:
            self.show(f"flutr: model kullanılamıyor / model unavailable — {exc}")
            return None
        except asyncio.CancelledError:
            token.cancel()
            raise
        finally:
            if progress is not None:
                self.work_done_progress.end(progress, types.WorkDoneProgressEnd(message="bitti"))
        if answer.cancelled:
            return None
        if not answer.code:
            self.show(
                f"flutr: model kod üretmedi ({answer.warning}) / the model produced no code",
                types.MessageType.Warning,
            )
            return None
        return answer  # code that does not parse is turned into a comment by `placed`, which says so

    async def progress_token(self) -> str | None:
        """A ``$/progress`` token the client accepted; None when it has no progress, refuses or never answers (the
        work goes on without a bar)."""
        if not self.supports_progress:
            return None
        token = f"flutr-{next(self._progress_ids)}"
        try:
            await asyncio.wait_for(self.work_done_progress.create_async(token), PROGRESS_CREATE_TIMEOUT)
        except Exception:  # noqa: BLE001 - a client that refuses (or never answers) progress still gets its answer
            logger.debug("client refused progress token", exc_info=True)
            return None
        return token

    async def _progress_begin(self, block: CommentBlock) -> str | None:
        token = await self.progress_token()
        if token is not None:
            self.work_done_progress.begin(token, convert.progress_begin(block.text, loading=self.host.loading))
        return token

    def _progress_report(self, token: str, tokens: int) -> None:
        self.work_done_progress.report(token, convert.progress_report(tokens))

    def fresh_edit(self, data: ActionData, answer: Answer) -> types.WorkspaceEdit | None:
        """The edit against the document as it is *now*: it may have changed while the model was generating.

        The comment is located again; the edit carries the current version, so a client applies it only to that.
        """
        found = locate(self, data)
        if found is None:
            self.show(
                "flutr: yorum üretim sırasında değişti / the comment changed meanwhile", types.MessageType.Warning
            )
            return None
        return self.edit_for(*found, answer)

    def placed(self, doc: TextDocument, block: CommentBlock, answer: Answer) -> str:
        """The answer's code if the file still parses with it; else as a comment block, and the user is told."""
        placement = place(doc.source, block, answer.code)
        if not placement.fits:
            self.show(convert.NOT_FITTING_MESSAGE, types.MessageType.Warning, private=placement.problem or "")
        return placement.code

    def edit_for(self, doc: TextDocument, block: CommentBlock, answer: Answer) -> types.WorkspaceEdit:
        source = doc.source
        insertions = [insertion_for(source, block, self.placed(doc, block, answer))]
        imports = import_insertion(source, answer.imports)
        if imports is not None:
            insertions.insert(0, imports)
        return convert.workspace_edit(doc.uri, doc.version, insertions, source, self.units)


class BuildReporter:
    """Tells the user about a model file built while loading (the fast model: once, 1–2 minutes): one message and
    a ``$/progress`` bar. Called on the model thread; everything it sends goes through the event loop."""

    STAGES = {"merge": "ağırlıklar birleştiriliyor / merging weights", "quantize": "nicemleniyor / quantizing"}

    def __init__(self, server: FlutrServer) -> None:
        self.server = server
        self.token: str | None = None
        self.started = False
        self.ended = False
        self._last = -1

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage == "failed":
            message = (
                "flutr: hızlı model hazırlanamadı, Q4_K_M modeli kullanılıyor (ayrıntı günlükte) / the fast model "
                "could not be built; serving the Q4_K_M model with the adapter (details in the log)"
            )
            self.server.call_soon(self.server.show, message, types.MessageType.Warning)
            return
        if not self.started:
            self.started = True
            self.server.call_soon(self._begin)
        percent = (done * 30 // max(total, 1)) if stage == "merge" else 30 + done * 70 // max(total, 1)
        if percent != self._last:  # a report per percent, not per tensor
            self._last = percent
            self.server.call_soon(self._report, f"{self.STAGES.get(stage, stage)} {done}/{total}", percent)

    def _begin(self) -> None:
        self.server.show(
            "flutr: hızlı model ilk kez hazırlanıyor (bir kez, 1–2 dk) / building the fast model once (1–2 min)",
            types.MessageType.Info,
        )
        if self.server.supports_progress:
            asyncio.ensure_future(self._create())

    async def _create(self) -> None:
        token = await self.server.progress_token()  # None: the message above already told the user
        if token is None or self.ended:
            return
        self.token = token
        title = "flutr: hızlı model hazırlanıyor / building the fast model"
        self.server.work_done_progress.begin(token, types.WorkDoneProgressBegin(title=title, percentage=0))

    def _report(self, message: str, percent: int) -> None:
        if self.token is not None and not self.ended:
            self.server.work_done_progress.report(
                self.token, types.WorkDoneProgressReport(message=message, percentage=percent)
            )

    def end(self) -> None:
        if self.token is not None and not self.ended:
            self.server.work_done_progress.end(self.token, types.WorkDoneProgressEnd(message="hazır / ready"))
        self.ended = True


@dataclass(frozen=True)
class ActionData:
    """What a listed code action carries to ``codeAction/resolve``."""

    uri: str
    line: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"uri": self.uri, "line": self.line, "text": self.text}

    @classmethod
    def from_json(cls, data: Any) -> ActionData | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(str(data["uri"]), int(data["line"]), str(data["text"]))
        except (KeyError, TypeError, ValueError):
            return None


def locate(server: FlutrServer, data: ActionData) -> tuple[TextDocument, CommentBlock] | None:
    """Find the comment again in the current document (it may have moved or changed since listing)."""
    doc = server.document(data.uri)
    if doc is None:
        return None
    block = request_comment_at(doc.source, data.line)
    if block is None or block.text != data.text:
        block = next((b for b in find_request_comments(doc.source) if b.text == data.text), None)
    return (doc, block) if block else None


def create_server(config: ServerConfig | None = None, host: ModelHost | None = None) -> FlutrServer:
    server = FlutrServer(config, host)

    @server.feature(types.INITIALIZE)
    def on_initialize(ls: FlutrServer, params: types.InitializeParams) -> None:
        ls.loop = asyncio.get_event_loop()
        ls.apply_config(params.initialization_options, reload=False)  # loading starts at `initialized`

    @server.feature(types.INITIALIZED)
    def on_initialized(ls: FlutrServer, params: types.InitializedParams) -> None:
        ls.load_model()  # load and warm up now, so the user's first request does not pay for it

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def on_configuration(ls: FlutrServer, params: types.DidChangeConfigurationParams) -> None:
        settings = params.settings
        if not settings:
            try:
                result = await ls.workspace_configuration_async(
                    types.ConfigurationParams(items=[types.ConfigurationItem(section="flutr")])
                )
                settings = result[0] if result else None
            except Exception:  # noqa: BLE001 - client without workspace/configuration
                logger.debug("workspace/configuration failed", exc_info=True)
        ls.apply_config(settings)
        for doc in list(ls.workspace.text_documents.values()):
            publish_hints(ls, doc, clear=True)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=CODE_ACTION_KINDS, resolve_provider=True),
    )
    def on_code_action(ls: FlutrServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        doc = ls.document(params.text_document.uri)
        if doc is None:
            return None
        block = request_comment_at(doc.source, params.range.start.line)
        if block is None:
            return None
        data = ActionData(doc.uri, block.start_line, block.text).to_json()
        if ls.config.prefetch:
            ls.prefetch(doc, block)
        command = None
        if not ls.supports_resolve:
            command = types.Command(title=convert.ACTION_TITLE, command=ANSWER_COMMAND, arguments=[data])
        return [
            types.CodeAction(title=convert.ACTION_TITLE, kind=kind, data=data, command=command)
            for kind in offered_kinds(params.context.only)
        ]

    @server.feature(types.CODE_ACTION_RESOLVE)
    async def on_resolve(ls: FlutrServer, action: types.CodeAction) -> types.CodeAction:
        data = ActionData.from_json(action.data)
        found = locate(ls, data) if data else None
        if found is None:
            ls.show(
                "flutr: yorum bulunamadı; belge değişmiş olabilir / comment not found",
                types.MessageType.Warning,
            )
            return action
        doc, block = found
        answer = await ls.answer_block(doc, block)
        if answer is not None:
            action.edit = ls.fresh_edit(data, answer)  # type: ignore[arg-type]
        return action

    @server.command(ANSWER_COMMAND)
    async def on_answer_command(ls: FlutrServer, *args: Any) -> bool:
        raw = args[0] if len(args) == 1 and isinstance(args[0], dict) else (args[0][0] if args and args[0] else None)
        data = ActionData.from_json(raw)
        found = locate(ls, data) if data else None
        if found is None:
            ls.show("flutr: yorum bulunamadı / comment not found", types.MessageType.Warning)
            return False
        doc, block = found
        answer = await ls.answer_block(doc, block)
        edit = ls.fresh_edit(data, answer) if answer is not None and data is not None else None
        if edit is None:
            return False
        try:
            result = await asyncio.wait_for(
                ls.workspace_apply_edit_async(types.ApplyWorkspaceEditParams(edit=edit, label=convert.ACTION_TITLE)),
                APPLY_EDIT_TIMEOUT,
            )
        except asyncio.TimeoutError:
            logger.warning("the client did not answer workspace/applyEdit within %.0f s", APPLY_EDIT_TIMEOUT)
            return False
        return bool(result and result.applied)

    @server.command(STATUS_COMMAND)
    def on_status(ls: FlutrServer, *args: Any) -> dict[str, Any]:
        """Model state and queue figures, for editors' status bars and the reliability tests."""
        return {
            "modelLoading": ls.host.loading,
            "activeGenerations": ls.host.active_generations,
            "pending": ls.host.pending,
            "prefetching": ls.host.prefetching,
            "config": ls.config.to_json(),
        }

    @server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=["\n"]))
    async def on_completion(ls: FlutrServer, params: types.CompletionParams) -> types.CompletionList | None:
        found = completion_target(ls, params.text_document.uri, params.position.line)
        if found is None:
            return None
        doc, block = found
        answer = await ls.answer_block(doc, block)
        if answer is None:
            return None
        line = params.position.line
        current = doc.lines[line] if line < len(doc.lines) else ""
        code = reindent(ls.placed(doc, block, answer), block.indent)
        span = convert.line_range(line, current, ls.units)
        item = types.CompletionItem(
            label=convert.COMPLETION_LABEL,
            kind=types.CompletionItemKind.Snippet,
            detail=block.text[:80],
            filter_text=current.strip() or None,
            insert_text_format=types.InsertTextFormat.PlainText,
            text_edit=types.TextEdit(range=span, new_text=code),
            preselect=True,
        )
        return types.CompletionList(is_incomplete=False, items=[item])

    @server.feature(types.TEXT_DOCUMENT_INLINE_COMPLETION)
    async def on_inline_completion(
        ls: FlutrServer, params: types.InlineCompletionParams
    ) -> types.InlineCompletionList | None:
        found = completion_target(ls, params.text_document.uri, params.position.line)
        if found is None:
            return None
        doc, block = found
        answer = await ls.answer_block(doc, block)
        if answer is None:
            return None
        line = params.position.line
        current = doc.lines[line] if line < len(doc.lines) else ""
        span = convert.line_range(line, current, ls.units)
        return types.InlineCompletionList(
            items=[
                types.InlineCompletionItem(
                    insert_text=reindent(ls.placed(doc, block, answer), block.indent), range=span
                )
            ]
        )

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def on_open(ls: FlutrServer, params: types.DidOpenTextDocumentParams) -> None:
        doc = ls.document(params.text_document.uri)
        if doc is not None:
            publish_hints(ls, doc)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def on_change(ls: FlutrServer, params: types.DidChangeTextDocumentParams) -> None:
        doc = ls.document(params.text_document.uri)
        if doc is not None:
            publish_hints(ls, doc)
            ls.prefetch_after_typing(doc.uri, convert.edited_line(params.content_changes))

    @server.feature(types.SHUTDOWN)
    def on_shutdown(ls: FlutrServer, params: None) -> None:
        ls.host.shutdown()

    return server


def completion_target(ls: FlutrServer, uri: str, line: int) -> tuple[TextDocument, CommentBlock] | None:
    """Completion is offered on the blank line right after a request comment."""
    if not ls.config.completion:
        return None
    doc = ls.document(uri)
    if doc is None or line >= len(doc.lines) + 1:
        return None
    current = doc.lines[line] if line < len(doc.lines) else ""
    if current.strip():
        return None
    block = request_comment_at(doc.source, line)
    if block is None or block.end_line + 1 != line:
        return None
    return doc, block


def publish_hints(ls: FlutrServer, doc: TextDocument, *, clear: bool = False) -> None:
    """Hint diagnostics on request comments (off by default); ``clear`` empties them after a settings change."""
    if not ls.config.hint_diagnostics:
        if clear:
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=doc.uri, diagnostics=[]))
        return
    lines = doc.source.split("\n")
    diagnostics = [convert.hint_diagnostic(b, lines, ls.units) for b in find_request_comments(doc.source)]
    ls.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=doc.uri, version=doc.version, diagnostics=diagnostics)
    )
