"""translate, draft_reply, glossary, glossary_remove, translation_usage, and the draft buttons
(更正式 / 更随意 / 复制). Model text is only ever shown: it never goes back through the command reader."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, replace

from handlers.command import Args, Command
from handlers.replies import ActionResult, Button, Card, Reply, Text
from handlers.routing import CommandContext, Router
from handlers.tiktok_shop import send_draft_button
from handlers.translation_render import (
    glossary_reply,
    language_label,
    render_draft,
    render_translation,
    say_bad_request,
    say_kept,
    say_workflow_error,
    usage_reply,
)
from workflows.creators import find_creators
from workflows.errors import CreatorsNotFound
from workflows.geo.languages import SUPPORTED_LANGUAGES
from workflows.mail import answer as mail_answer
from workflows.translation import drafts, glossary, pending, usage
from workflows.translation.detect import detect
from workflows.translation.drafts import DraftGone, MixedLanguages
from workflows.translation.glossary import BadTerm
from workflows.translation.pending import KeptRequest
from workflows.translation.ports import BadRequest, Tone, TranslationError, Translator

router = Router(
    "translation",
    help=("help.translation.translate", "help.translation.reply", "help.translation.glossary"),
    order=60,
)


@dataclass(frozen=True, slots=True)
class Passage(Args):
    """What to translate or draft, and into which language (None: the reader's, or the creator's)."""

    text: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Term(Args):
    text: str | None = None  # "GlowLab 不翻译", "serum = 精华"


def reader_language(locale: str) -> str:
    """The language the team reads: Chinese for zh_CN chats, English for English ones."""
    return "zh" if locale.lower().startswith("zh") else "en"


def _refused(ctx: CommandContext, args: Passage, need_key: str, example: str) -> Reply | None:
    """Why a translation or a draft cannot start: no model configured, no text, a language we don't do."""
    t = ctx.t
    if ctx.translator is None:
        return Text(t("translation.not_configured"))
    if not args.text:
        return Text(t(need_key, example=t(example)))
    if args.language and args.language not in SUPPORTED_LANGUAGES:
        return say_bad_request(t, BadRequest("unsupported_language", args.language))
    return None


@router.intent(
    "translate",
    reads=("translation",),
    pasted=True,
    args=Passage,
    describe="translate a pasted creator message into Chinese, or a text into a named language",
)
async def translate(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(Passage)
    refused = _refused(ctx, args, "translation.need_text", "example.translate")
    if refused is not None or ctx.translator is None or not args.text:
        return refused or Text(t("translation.not_configured"))
    reader = reader_language(ctx.locale)
    creator_language = await _creator_language(ctx, command.creators, args.text, reader)
    request = KeptRequest("translate", args.text, reader, args.language, creator_language)
    try:
        result = await ctx.translator.translate(
            ctx.actor.workspace_id,
            args.text,
            target=args.language,
            reader=reader,
            creator_language=creator_language,
        )
    except BadRequest as error:
        return say_bad_request(t, error)
    except TranslationError as error:
        return await _keep(ctx, ctx.translator, request, error)
    return render_translation(t, result)


@router.intent(
    "draft_reply",
    reads=("translation",),
    pasted=True,
    args=Passage,
    describe="draft the team's answer to a creator in the creator's language",
)
async def draft_reply(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(Passage)
    if command.creators or ctx.translator is None:
        refused = _refused(ctx, args, "draft.need_text", "example.draft_reply")
    else:
        refused = Text(t("error.need_creator", example=t("example.draft_reply")))
    if refused is not None or ctx.translator is None or not args.text:
        return refused or Text(t("translation.not_configured"))
    reader = reader_language(ctx.locale)
    request = KeptRequest("draft", args.text, reader, args.language, handles=command.creators)
    try:
        outcome = await drafts.draft_reply(
            ctx.actor,
            ctx.translator,
            command.creators,
            args.text,
            ctx.clock,
            language=args.language,
            reader=reader,
        )
    except BadRequest as error:
        return say_bad_request(t, error)
    except MixedLanguages as error:
        return say_workflow_error(t, error)
    except TranslationError as error:
        return await _keep(ctx, ctx.translator, request, error)
    return await _with_mail(ctx, outcome, await _with_send(ctx, render_draft(t, outcome), outcome.draft_id))


async def _with_send(ctx: CommandContext, card: Card, draft_id: int) -> Card:
    """A draft for a TikTok creator the shop can write to gets 「通过 TikTok 发送」 (handlers/tiktok_shop)."""
    extra = await send_draft_button(ctx, draft_id)
    return replace(card, buttons=card.buttons + extra) if extra else card


async def _with_mail(ctx: CommandContext, outcome: drafts.ReplyOutcome, card: Card) -> Card:
    """A draft for a creator who wrote to a team mailbox can go back in that e-mail thread."""
    if ctx.mail is None or not await mail_answer.has_thread(ctx.actor.workspace_id, outcome.handles):
        return card
    button = Button(ctx.t("mail.answer.button"), "mail.answer", {"draft": str(outcome.draft_id)}, "primary")
    return dataclasses.replace(card, buttons=(*card.buttons, button))


async def _creator_language(
    ctx: CommandContext, handles: tuple[str, ...], text: str, reader: str
) -> str | None:
    """The language of the creator the instruction names ("翻译 @maria 的回复：…"). A creator not in the
    pipeline only matters when the text is in the team's language and goes into theirs ("翻译成 @maria
    的语言 …"): a creator's message is translated whoever sent it."""
    if not handles:
        return None
    try:
        creator = (await find_creators(ctx.actor, handles[:1]))[0]
    except CreatorsNotFound:
        if detect(text).language == reader:
            raise
        return None
    return creator.language or drafts.DEFAULT_LANGUAGE


async def _keep(
    ctx: CommandContext, translator: Translator, request: KeptRequest, error: TranslationError
) -> Reply:
    await pending.keep(ctx.actor, ctx.chat_id, ctx.locale, request, error.code, ctx.clock)
    return say_kept(ctx.t, error, translator)


@router.action("translation.formal")
async def more_formal(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    return await _redo(ctx, value, "formal")


@router.action("translation.casual")
async def more_casual(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    return await _redo(ctx, value, "casual")


async def _redo(ctx: CommandContext, value: Mapping[str, str], tone: Tone) -> ActionResult:
    t = ctx.t
    if ctx.translator is None:
        return ActionResult(toast=t("translation.not_configured"))
    try:
        outcome = await drafts.redraft(
            ctx.actor,
            ctx.translator,
            value.get("draft", ""),
            tone,
            ctx.clock,
            reader=reader_language(ctx.locale),
        )
    except DraftGone as error:
        return ActionResult(toast=_text(say_workflow_error(t, error)))
    except TranslationError as error:
        return ActionResult(toast=_text(say_kept(t, error, ctx.translator, kept=False)))
    card = await _with_mail(ctx, outcome, await _with_send(ctx, render_draft(t, outcome), outcome.draft_id))
    return ActionResult(toast=t(f"draft.redone.{tone}"), card=card)


@router.action("translation.copy")
async def copy(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """Chat cards cannot write to the clipboard: answer with the message alone, ready to select."""
    try:
        row = await drafts.draft_text(ctx.actor, value.get("draft", ""))
    except DraftGone as error:
        return ActionResult(toast=_text(say_workflow_error(ctx.t, error)))
    return ActionResult(toast=ctx.t("draft.copy_toast"), card=render_draft_only(ctx, row.text))


def render_draft_only(ctx: CommandContext, text: str) -> Card:
    return Card(title=ctx.t("draft.copy_title"), body=text)


@router.intent(
    "glossary",
    reads=("translation",),
    required=("text",),
    pasted=True,
    args=Term,
    writes=True,
    describe="add or list translation glossary terms (a term kept or translated a fixed way)",
)
async def glossary_set(ctx: CommandContext, command: Command) -> Reply:
    args = command.arg(Term)
    t = ctx.t
    if not args.text:
        return glossary_reply(t, await glossary.terms(ctx.actor.workspace_id))
    try:
        spec = glossary.parse_spec(args.text)
        created = await glossary.add_term(ctx.actor, spec, ctx.clock)
    except BadTerm as error:
        return say_workflow_error(t, error)
    if spec.is_name:
        return Text(t("glossary.name_added", name=spec.source))
    key = "glossary.added" if created else "glossary.updated"
    return Text(t(key, source=spec.source, target=spec.target, language=language_label(t, spec.language)))


@router.intent(
    "glossary_remove",
    reads=("translation",),
    required=("text",),
    pasted=True,
    args=Term,
    writes=True,
    describe="remove a translation glossary term",
)
async def glossary_remove(ctx: CommandContext, command: Command) -> Reply:
    args = command.arg(Term)
    t = ctx.t
    if not args.text:
        return Text(t("glossary.remove_what", example=t("example.glossary_remove")))
    removed = await glossary.remove_term(ctx.actor, args.text, ctx.clock)
    key = "glossary.removed" if removed else "glossary.not_found"
    return Text(t(key, source=args.text.strip()))


@router.intent(
    "translation_usage",
    describe="what translation has cost, token usage",
)
async def translation_usage(ctx: CommandContext, command: Command) -> Reply:
    if ctx.translator is not None:
        await ctx.translator.flush()  # the last answers' usage rows are written after they went out
    now = ctx.clock.now()
    used = await usage.this_month(ctx.actor.workspace_id, now, ctx.team_timezone)
    waiting = await pending.waiting(ctx.actor.workspace_id)
    return usage_reply(ctx.t, used, waiting, ctx.translator, now, ctx.team_timezone)


def _text(reply: Reply) -> str:
    return reply.text if isinstance(reply, Text) else ""
