"""Translation results as replies: cards for translations and drafts, and the localised errors. Also
used by the bot to answer a kept request once the model is back (`render_pending`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.replies import Button, Card, Reply, Text
from i18n import Catalog
from workflows.errors import WorkflowError
from workflows.geo.languages import SUPPORTED_LANGUAGES, language_name
from workflows.translation.drafts import DraftGone, MixedLanguages, ReplyOutcome
from workflows.translation.glossary import BadTerm, TermSpec
from workflows.translation.outreach import TemplateError
from workflows.translation.pending import PendingAnswer
from workflows.translation.ports import BadRequest, Translation, TranslationError, Translator, Usage
from workflows.translation.usage import cost

ORIGINAL_MAX = 1500  # the original beside a translation is cut here (the asker has it anyway)
CARD_MAX = 3000  # a longer translation goes out as plain text, which platforms split over messages
_DOWN_CODES = ("unavailable", "auth", "config", "garbage")


def language_label(t: Catalog, code: str | None) -> str:
    if not code:
        return t("translation.unsure")
    try:
        return language_name(code, t.locale)
    except ValueError:
        return code


def render_translation(t: Catalog, result: Translation, *, late: bool = False) -> Reply:
    title = t(
        "translation.title",
        source=language_label(t, result.source_language),
        target=language_label(t, result.target_language),
    )
    if late:
        title = t("translation.late", title=title)
    body = result.text + _warning(t, result.warnings)
    if len(result.text) > CARD_MAX:
        return Text(f"{title}\n\n{body}")
    detected = (
        t(
            "translation.detected_value",
            language=language_label(t, result.source_language),
            confidence=f"{round(result.confidence * 100)}%",
        )
        if result.source_language
        else t("translation.unsure")
    )
    fields = [(t("translation.detected"), detected)]
    if result.parts > 1:
        fields.append((t("translation.parts"), str(result.parts)))
    footer = t("translation.original", text=_clip(result.original, ORIGINAL_MAX))
    return Card(title=title, fields=tuple(fields), body=body, footer=footer)


def render_draft(t: Catalog, outcome: ReplyOutcome, *, late: bool = False) -> Card:
    draft = outcome.draft
    handles = " ".join(f"@{h}" for h in outcome.handles)
    language = language_label(t, draft.language)
    title = t("draft.title", handles=handles, language=language)
    body = draft.text + _warning(t, draft.warnings)
    if draft.back_translation:
        body += f"\n\n{t('draft.back_label')}\n{draft.back_translation}"
    value = {"draft": str(outcome.draft_id)}
    return Card(
        title=t("translation.late", title=title) if late else title,
        fields=((t("field.language"), language), (t("draft.tone"), t(f"draft.tone.{draft.tone}"))),
        body=body,
        buttons=(
            Button(t("draft.button.formal"), "translation.formal", value),
            Button(t("draft.button.casual"), "translation.casual", value),
            Button(t("draft.button.copy"), "translation.copy", value, style="primary"),
        ),
        footer=t("draft.saved", handles=handles),
    )


def render_pending(t: Catalog, answer: PendingAnswer) -> Reply:
    """A kept request, answered late (or given up on)."""
    if answer.translation is not None:
        return render_translation(t, answer.translation, late=True)
    if answer.draft is not None:
        return render_draft(t, answer.draft, late=True)
    key = "translation.failed.expired" if answer.failure == "expired" else "translation.failed.other"
    return Text(t(key, reason=answer.failure or "?"))


def say_bad_request(t: Catalog, error: BadRequest) -> Text:
    match error.reason:
        case "empty":
            return Text(t("translation.need_text", example=t("example.translate")))
        case "too_long":
            return Text(t("translation.too_long", size=error.detail, limit=error.limit))
        case "unsupported_language":
            return Text(t("translation.unsupported", asked=error.detail, languages=supported_languages(t)))
        case "same_language":
            return Text(t("translation.same_language", language=language_label(t, error.detail)))
    return Text(t("error.generic"))


def supported_languages(t: Catalog) -> str:
    return "、".join(language_label(t, code) for code in SUPPORTED_LANGUAGES)


def say_kept(t: Catalog, error: TranslationError, translator: Translator, *, kept: bool = True) -> Text:
    """The model could not answer: what happened, what an admin should fix (never a secret), and that
    the request is kept. `kept=False` for button presses, which are not kept."""
    code = error.code if error.code in _DOWN_CODES else "unavailable"
    key = f"translation.kept.{code}" if kept else f"translation.down.{code}"
    return Text(t(key, model=translator.model_name, endpoint=translator.endpoint))


def say_workflow_error(t: Catalog, error: WorkflowError) -> Text:
    match error:
        case MixedLanguages(languages=languages):
            listed = "、".join(f"@{h} {language_label(t, code)}" for h, code in languages.items())
            return Text(t("draft.mixed_languages", languages=listed, example=t("example.draft_reply")))
        case DraftGone():
            return Text(t("draft.gone"))
        case BadTerm(reason=reason, text=text):
            return Text(t(f"glossary.bad.{reason}", text=text, example=t("example.glossary")))
        case TemplateError(unknown=unknown):
            return Text(t("outreach_template.unknown", variables="、".join(unknown)))
    return Text(t("error.generic"))


def glossary_reply(t: Catalog, specs: Sequence[TermSpec]) -> Reply:
    if not specs:
        return Text(t("glossary.empty", example=t("example.glossary")))
    lines = [
        t("glossary.line_name", name=s.source)
        if s.is_name
        else t("glossary.line_term", source=s.source, target=s.target, language=language_label(t, s.language))
        for s in specs
    ]
    return Card(
        title=t("glossary.title", count=len(specs)), body="\n".join(lines), footer=t("glossary.footer")
    )


def usage_reply(
    t: Catalog, used: Usage, waiting: int, translator: Translator | None, now: datetime, zone: str
) -> Card:
    month = now.astimezone(ZoneInfo(zone)).strftime("%Y-%m")
    if translator is None:
        spent = t("usage.not_configured")
    elif translator.pricing.per_1k_tokens <= 0:
        spent = t("usage.no_price")
    else:
        pricing = translator.pricing
        spent = t(
            "usage.cost",
            cost=f"{cost(used, pricing.per_1k_tokens):.4f}",
            currency=pricing.currency,
            price=f"{pricing.per_1k_tokens:g}",
        )
    fields = (
        (t("usage.calls"), str(used.calls)),
        (
            t("usage.tokens"),
            t(
                "usage.tokens_value",
                total=f"{used.total_tokens:,}",
                prompt=f"{used.prompt_tokens:,}",
                completion=f"{used.completion_tokens:,}",
            ),
        ),
        (t("usage.cost_label"), spent),
    )
    footer = t("usage.waiting", count=waiting) if waiting else ""
    return Card(title=t("usage.title", month=month), fields=fields, footer=footer)


def _warning(t: Catalog, warnings: Sequence[str]) -> str:
    if not warnings:
        return ""
    return "\n\n" + t("translation.warning", items="、".join(_clip(w, 80) for w in warnings))


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
