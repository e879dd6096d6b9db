"""The flutr language server: protocol adapters over ``flutr`` (pure functions) and ``ModelHost``.

Listing code actions is instant; the code is generated in ``codeAction/resolve`` (or in the ``flutr.answerComment``
command for clients that cannot resolve) on the generation thread, with ``$/progress`` and cancellation. Both go
through ``FlutrServer.answer_edit``; completion and inline completion through ``FlutrServer.completion_edit``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from flutr import __version__
from flutr.answering import Answer
from flutr.backends.base import BackendError, CancelToken
from flutr.comments import CommentBlock, find_request_comments, request_comment_at
from flutr.cookbook import cookbook_edit
from flutr.doubts import Doubt, doubts, first_code_line
from flutr.edits import AnswerEdit, edit_for
from flutr.in_place import Request, request_for
from flutr.models import ModelError
from lsp_server import convert, messages
from lsp_server.build_reporter import BuildReporter
from lsp_server.config import ServerConfig, needs_reload, parse_config
from lsp_server.documents import ActionData, comment_above, comment_again, read_document
from lsp_server.model_host import ModelHost, QueueFullError, tier_for
from lsp_server.progress import Progress
from lsp_server.protocol import FlutrProtocol

logger = logging.getLogger(__name__)

ANSWER_COMMAND = "flutr.answerComment"
STATUS_COMMAND = "flutr.status"
DOUBTS_COMMAND = "flutr.showDoubts"  # run by the client after it inserts an inline completion flutr doubts
CODE_ACTION_KINDS = [types.CodeActionKind.QuickFix, types.CodeActionKind.RefactorRewrite]
# prefetchOnType: a request comment is prefetched once its typing pauses this long (seconds between keystrokes
# are ~0.1–0.3 s; a newer keystroke restarts the wait, and a newer prefetch cancels an older one anyway).
TYPING_PAUSE = 0.4
APPLY_EDIT_TIMEOUT = 30.0  # a client that never answers workspace/applyEdit must not hold the command for ever


def offered_kinds(only: Sequence[str] | None) -> list[str]:
    """One action per comment when the client asks for every kind (the light bulb shows each once); with
    ``only``, each of our kinds that a requested kind covers (``refactor`` covers ``refactor.rewrite``)."""
    if not only:
        return [CODE_ACTION_KINDS[0]]
    return [kind for kind in CODE_ACTION_KINDS if any(kind == want or kind.startswith(f"{want}.") for want in only)]


class FlutrServer(LanguageServer):
    def __init__(self, config: ServerConfig | None = None, host: ModelHost | None = None) -> None:
        super().__init__("flutr-lsp", __version__, protocol_cls=FlutrProtocol)
        self.config = config or ServerConfig()
        self.host = host or ModelHost()
        self.progress_bars = Progress(self)
        self.loop: asyncio.AbstractEventLoop | None = None  # set by the first handler; for worker-thread callbacks
        self._typing: asyncio.TimerHandle | None = None  # the pending typing-pause prefetch
        self._told_tier = ""  # the model-tier choice last shown (shown once per choice)

    def call_soon(self, callback: Any, *args: Any) -> None:
        """Run ``callback`` on the event loop from any thread (protocol writes are not thread-safe)."""
        if self.loop is not None:
            self.loop.call_soon_threadsafe(callback, *args)

    def show(self, message: str, kind: types.MessageType = types.MessageType.Error, *, private: str = "") -> None:
        """Tell the user ``message`` + ``private``; ``private`` (it may quote the user's code) is logged only at
        DEBUG, so an INFO log holds none of the user's code."""
        logger.log(logging.ERROR if kind == types.MessageType.Error else logging.INFO, "%s", message)
        if private:
            logger.debug("%s%s", message, private)
        self.window_show_message(types.ShowMessageParams(type=kind, message=message + private))

    # -- settings and the model -----------------------------------------------------------------------------------
    def apply_config(self, options: Any, *, reload: bool = True) -> None:
        """Take new settings; reload the model only when a setting it is built with changed (``needs_reload``)."""
        old = self.config
        self.config, errors = parse_config(options, old)
        for error in errors:
            self.show(messages.setting_problem(error), types.MessageType.Warning)
        if not reload:
            return
        if needs_reload(old, self.config):
            self.load_model()
        else:
            self.host.update_settings(self.config)

    def load_model(self) -> None:
        tier = tier_for(self.config)
        if tier is not None and tier.tier != self.config.model and tier.reason != self._told_tier:
            self._told_tier = tier.reason  # once per choice, not at every reload
            self.show(messages.tier_choice(tier.reason), types.MessageType.Info)
        reporter = BuildReporter(self)
        future = self.host.load(self.config, reporter)

        def done(f: Any) -> None:  # on the model thread
            self.call_soon(reporter.end)
            exc = f.exception()
            if exc is not None:
                self.call_soon(self.show, *messages.load_failure(exc))

        future.add_done_callback(done)

    # -- documents and comments -----------------------------------------------------------------------------------
    def document(self, uri: str) -> TextDocument | None:
        return read_document(self.workspace, uri)

    def locate(self, data: ActionData) -> tuple[TextDocument, CommentBlock] | None:
        """The listed comment in its document as it is now (it may have moved or changed since listing)."""
        doc = self.document(data.uri)
        block = comment_again(doc.source, data) if doc is not None else None
        return (doc, block) if doc is not None and block is not None else None

    def completion_target(self, uri: str, line: int) -> tuple[TextDocument, CommentBlock] | None:
        """Completion is offered on the blank line right after a request comment (``completion`` setting)."""
        doc = self.document(uri) if self.config.completion else None
        block = comment_above(doc, line) if doc is not None else None
        return (doc, block) if doc is not None and block is not None else None

    @property
    def supports_resolve(self) -> bool:
        caps = self.client_capabilities.text_document
        support = caps.code_action.resolve_support if caps and caps.code_action else None
        return bool(support and "edit" in support.properties)

    @property
    def units(self) -> convert.Units:
        """Counts a string in the position units the client negotiated."""
        return self.workspace.position_codec.client_num_units

    # -- prefetch -------------------------------------------------------------------------------------------------
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

    # -- answering: the paths the handlers share ------------------------------------------------------------------
    async def answer_block(self, doc: TextDocument, block: CommentBlock) -> Answer | None:
        """Generate the answer for ``block`` with progress; None (after telling the user) when it failed."""
        request = self.request_for(doc, block)
        cancel = CancelToken()
        progress = await self.progress_bars.generation(block.text, cancel)
        try:
            answer = await self.host.answer(
                (doc.uri, block.start_line), request, on_token=progress.on_token, cancel=cancel
            )
        except QueueFullError as exc:
            self.show(messages.queue_full(exc), types.MessageType.Warning)
            return None
        except (ModelError, BackendError) as exc:
            self.show(messages.model_unavailable(exc))
            return None
        except asyncio.CancelledError:
            cancel.cancel()
            raise
        finally:
            progress.end()
        if answer.cancelled:
            return None
        if answer.timed_out:  # stopped at timeBudget: how slow and why, whether or not code is offered
            self.show(messages.slow_model(answer.warning), types.MessageType.Warning)
        if not answer.code:
            if not answer.timed_out:
                self.show(messages.no_code(answer.warning), types.MessageType.Warning)
            return None
        return answer  # code that does not parse goes in as a comment (`edit_for`), and `placed` says so

    async def placed(
        self, doc: TextDocument, block: CommentBlock, answer: Answer
    ) -> tuple[AnswerEdit, tuple[Doubt, ...]]:
        """The answer's edit of ``doc``, and what flutr doubts in the code it offers (``flutr.doubts``). When the
        answer would break the file it goes in as a comment block and the user is told why. The doubts are checked
        off the event loop (a few hundred ms on a 2,000-line file)."""
        edit = edit_for(doc.source, block, answer)
        if not edit.fits:
            self.show(messages.NOT_FITTING_MESSAGE, types.MessageType.Warning, private=edit.problem or "")
            return edit, ()
        found = await asyncio.to_thread(doubts, doc.source, block, edit.code)
        if found:
            logger.info("offered with %d doubt(s): %s", len(found), ", ".join(d.kind for d in found))
        return edit, found

    async def answer_edit(self, data: ActionData | None) -> types.WorkspaceEdit | None:
        """The edit that answers a listed comment (``codeAction/resolve``, ``flutr.answerComment``), against the
        document as it is *after* generating: the comment is located again and the edit carries the current
        version, so a client applies it only to that. None (after telling the user) when there is none."""
        found = self.locate(data) if data is not None else None
        if data is None or found is None:
            self.show(messages.COMMENT_NOT_FOUND, types.MessageType.Warning)
            return None
        answer = await self.answer_block(*found)
        if answer is None:
            return None
        found = self.locate(data)
        if found is None:
            self.show(messages.COMMENT_CHANGED, types.MessageType.Warning)
            return None
        doc, block = found
        edit, doubted = await self.placed(doc, block, answer)
        if doubted:  # named by the lines of the document once the edit (imports included) is applied
            self.show(messages.doubtful(doubted, first_code_line(edit, block)), types.MessageType.Warning)
        return convert.answer_workspace_edit(doc.uri, doc.version, edit, doc.source, self.units)

    def cookbook_action(self, doc: TextDocument, block: CommentBlock, kind: str) -> types.CodeAction | None:
        """The second action (``cookbook`` setting): a close training question's curated answer, its edit computed
        at once (no model), through the generated answer's edit path; None when there is none to offer."""
        found = cookbook_edit(doc.source, block) if self.config.cookbook else None
        if found is None:
            return None
        match, edit = found
        workspace_edit = convert.answer_workspace_edit(doc.uri, doc.version, edit, doc.source, self.units)
        return types.CodeAction(title=messages.cookbook_title(match.question), kind=kind, edit=workspace_edit)

    async def completion_edit(
        self, uri: str, line: int
    ) -> tuple[AnswerEdit, CommentBlock, int, str, str | None] | None:
        """The answer offered as a completion on the blank ``line`` after a request comment (both completions):
        its edit, the comment, the line and its text, what flutr doubts in it; None when there is nothing to offer."""
        found = self.completion_target(uri, line)
        answer = await self.answer_block(*found) if found is not None else None
        if found is None or answer is None:
            return None
        doc, block = found
        current = doc.lines[line] if line < len(doc.lines) else ""
        edit, doubted = await self.placed(doc, block, answer)
        return edit, block, line, current, messages.doubtful(doubted, line) if doubted else None  # code replaces `line`


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
        block = request_comment_at(doc.source, params.range.start.line) if doc is not None else None
        if doc is None or block is None:
            return None
        data = ActionData(doc.uri, block.start_line, block.text).to_json()
        if ls.config.prefetch:
            ls.prefetch(doc, block)
        command = None
        if not ls.supports_resolve:
            command = types.Command(title=messages.ACTION_TITLE, command=ANSWER_COMMAND, arguments=[data])
        kinds = offered_kinds(params.context.only)
        actions = [types.CodeAction(title=messages.ACTION_TITLE, kind=k, data=data, command=command) for k in kinds]
        cookbook = ls.cookbook_action(doc, block, kinds[0]) if kinds else None
        return actions + ([cookbook] if cookbook is not None else [])

    @server.feature(types.CODE_ACTION_RESOLVE)
    async def on_resolve(ls: FlutrServer, action: types.CodeAction) -> types.CodeAction:
        if action.edit is not None:  # the cookbook action: its edit came with the list
            return action
        edit = await ls.answer_edit(ActionData.from_json(action.data))
        if edit is not None:
            action.edit = edit
        return action

    @server.command(ANSWER_COMMAND)
    async def on_answer_command(ls: FlutrServer, *args: Any) -> bool:
        edit = await ls.answer_edit(ActionData.from_command(args))
        if edit is None:
            return False
        try:
            result = await asyncio.wait_for(
                ls.workspace_apply_edit_async(types.ApplyWorkspaceEditParams(edit=edit, label=messages.ACTION_TITLE)),
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
        found = await ls.completion_edit(params.text_document.uri, params.position.line)
        return convert.completion_list(*found, ls.units) if found else None

    @server.feature(types.TEXT_DOCUMENT_INLINE_COMPLETION)
    async def on_inline_completion(
        ls: FlutrServer, params: types.InlineCompletionParams
    ) -> types.InlineCompletionList | None:
        found = await ls.completion_edit(params.text_document.uri, params.position.line)
        if found is None:
            return None
        edit, block, line, current, doubted = found
        shown = (
            types.Command(title=messages.DOUBTS_TITLE, command=DOUBTS_COMMAND, arguments=[doubted]) if doubted else None
        )
        return convert.inline_completion_list(edit, block, line, current, ls.units, shown)

    @server.command(DOUBTS_COMMAND)
    def on_show_doubts(ls: FlutrServer, *args: Any) -> bool:
        """What flutr doubts in an inline completion the user accepted, as the code action's warning."""
        message = args[0][0] if args and isinstance(args[0], list) and args[0] else (args[0] if args else None)
        if not isinstance(message, str) or not message:
            return False
        ls.show(message, types.MessageType.Warning)
        return True

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
