"""The first e-mail of a plan, shown on the plan card and editable before confirming: "主题改成 …",
"正文改成 …", "subject: …" typed while the card is open. The edits are kept on the plan's items and copied
to each creator's sequence (`Outreach.mail_subject` / `mail_body`) when the plan is confirmed; the e-mail
channel sends them instead of its draft (the follow-ups stay in the thread as "Re: <the edited subject>")."""

from __future__ import annotations

from dataclasses import dataclass

from i18n import Catalog
from models.creator import Creator
from models.enums import PlanStatus
from models.mail import Mailbox
from models.schedule import OutreachPlan
from workflows.campaigns import pitch_for
from workflows.mail.channel import first_draft, mail_locale
from workflows.outreach import PlanFinished, PlanNotFound
from workflows.tenancy import Actor

MAX_SUBJECT = 300
MAX_BODY = 4000


@dataclass(frozen=True, slots=True)
class PlanMail:
    plan_id: int
    handles: tuple[str, ...]  # the plan's creators the e-mail goes to
    subject: str
    body: str
    subject_edited: bool
    body_edited: bool


async def preview(workspace_id: int, plan_id: int) -> PlanMail | None:
    """The first e-mail of this plan, as it will go out; None when no creator of it is reached by e-mail
    (no address, or no mailbox of the team sends by itself)."""
    plan = await OutreachPlan.get_or_none(id=plan_id, workspace_id=workspace_id)
    if plan is None or not plan.items:
        return None
    if not await Mailbox.filter(workspace_id=workspace_id, bot_sends=True).exists():
        return None
    ids = [int(i["creator_id"]) for i in plan.items]
    creators = [
        c for c in await Creator.filter(workspace_id=workspace_id, id__in=ids).order_by("id") if c.email
    ]
    if not creators:
        return None
    first = creators[0]
    subject, body = first_draft(
        Catalog(mail_locale(first)), first.handle, await pitch_for(workspace_id, first.id)
    )
    edits = plan.items[0]
    return PlanMail(
        plan_id=plan.id,
        handles=tuple(c.handle for c in creators),
        subject=str(edits.get("mail_subject") or subject),
        body=str(edits.get("mail_body") or body.replace(f"@{first.handle}", first.handle)),
        subject_edited=bool(edits.get("mail_subject")),
        body_edited=bool(edits.get("mail_body")),
    )


async def edit(
    actor: Actor, plan_id: int, *, subject: str | None = None, body: str | None = None
) -> PlanMail | None:
    """The team's subject and/or body for the plan's first e-mail (every e-mail creator of the plan)."""
    plan = await OutreachPlan.get_or_none(id=plan_id, workspace_id=actor.workspace_id)
    if plan is None:
        raise PlanNotFound(plan_id)
    if plan.status != PlanStatus.PROPOSED:
        raise PlanFinished(plan_id, str(plan.status))
    items = [dict(i) for i in plan.items]
    for item in items:
        if subject is not None:
            item["mail_subject"] = " ".join(subject.split())[:MAX_SUBJECT]  # one line: a header
        if body is not None:
            item["mail_body"] = body.strip()[:MAX_BODY]
    await OutreachPlan.filter(id=plan.id, status=PlanStatus.PROPOSED).update(items=items)
    return await preview(actor.workspace_id, plan_id)
