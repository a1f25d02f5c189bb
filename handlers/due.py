"""What the bot posts when timed work is due: a reminder or an outreach touch (with its first message drafted
in the creator's language when a model is configured) or a digest. The delivery transport (bot/jobs) is
handed this and only moves the result."""

from __future__ import annotations

from dataclasses import dataclass

from handlers import clocks
from handlers.digest import render_digest
from handlers.mail import render_mail_reply
from handlers.reminders import render_due
from handlers.replies import Card
from handlers.tiktok_samples import render_sample
from handlers.tiktok_shop import render_tiktok_reply
from i18n import Catalog
from models.enums import DeliveryKind
from workflows import tiktok_replies, tiktok_samples
from workflows.campaigns import pitch_for
from workflows.delivery import DueItem
from workflows.outreach import draft_for
from workflows.translation.ports import Translator


@dataclass(frozen=True, slots=True)
class DueCards:
    translator: Translator | None = None  # drafts the first touch in the creator's language

    async def __call__(self, item: DueItem) -> Card:
        t = Catalog(item.locale)
        if item.kind == DeliveryKind.DIGEST:  # the team's summary: nobody is @-mentioned
            return await render_digest(t, item)
        if item.kind == DeliveryKind.NOTICE and tiktok_replies.is_reply(item.source):
            return await render_tiktok_reply(t, item, self.translator)
        if item.kind == DeliveryKind.NOTICE and item.source.startswith(tiktok_samples.SOURCE):
            return await render_sample(t, item)  # a sample application: 通过 / 拒绝
        if item.kind == DeliveryKind.NOTICE and item.source.startswith("mail:"):  # a creator's e-mail
            return await render_mail_reply(t, item, self.translator)
        if item.kind == DeliveryKind.NOTICE:  # a move the bot made on its own, said in the chat; no buttons
            title = "tiktok.notice_title" if item.source.startswith("tiktok:") else "notice.title"
            return Card(title=t(title), body=item.text)
        if item.kind != DeliveryKind.OUTREACH:
            return render_due(t, item)
        if item.sent_by:  # the bot sent it itself (workflows/channels): say what went out, nothing to press
            return render_sent(t, item)
        pitch = await pitch_for(item.workspace_id, item.creator_id)  # the brand and the creator's campaign
        draft = await draft_for(self.translator, item, t.locale, pitch) if self.translator else None
        return render_due(t, item, draft, pitch)


def render_sent(t: Catalog, item: DueItem) -> Card:
    """A touch a channel sent (e-mail): to whom, from which mailbox, the subject, the creator's time now."""
    handle = f"@{item.creator_handle}"
    fields = [(t("reminder.field.creator"), handle), (t("due.mail_sent_field"), item.sent_summary)]
    if item.creator_zone:
        now = item.due_at + item.late_by
        fields.append((t("due.local_now"), clocks.wall(t, now, item.creator_zone, item.creator_region_name)))
    return Card(
        title=t("due.mail_sent_title", handle=handle, number=item.delivery_id),
        fields=tuple(fields),
        body=t("due.mail_sent_body", step=item.step, handle=handle),
    )
