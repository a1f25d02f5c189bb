"""Who may do what, per workspace role. One place, so handlers and workflows ask instead of comparing roles.

Operators see and change their own creators and creators nobody owns yet, and see the team totals;
managers and admins see and change everyone's. The same rule covers every read of a creator's details
(profile, list, export, summary details, payments owed) and every write (stage, owner, notes, offers and
payments, sample type, outreach, reply drafts): `access(actor, creator, VIEW | CHANGE)`, enforced where
creators are looked up (`workflows.creators.find_creators(..., access=…)`) and, for lists, by
`visible_to(actor)`. Managers and admins configure the team (push webhook, send window, digests, the brand,
campaigns and their products); only admins grant roles.
"""

from __future__ import annotations

from typing import Literal

from tortoise.expressions import Q

from models.creator import Creator
from models.enums import Role
from workflows.tenancy import Actor

LEADS = frozenset({Role.ADMIN, Role.MANAGER})
Access = Literal["view", "change"]
VIEW: Access = "view"
CHANGE: Access = "change"


def sees_everyone(actor: Actor) -> bool:
    """Managers and admins see every creator's details; operators only their own."""
    return actor.role in LEADS


def can_view_creator(actor: Actor, creator: Creator) -> bool:
    """A creator's details: a lead, the owner, or anyone when nobody owns the creator yet."""
    owner_id: int | None = creator.owner_id  # type: ignore[attr-defined]
    return sees_everyone(actor) or owner_id is None or owner_id == actor.member_id


def can_change_creator(actor: Actor, creator: Creator) -> bool:
    """Stage, owner, notes, money, sample type, outreach: whoever may see the details may change them. An
    operator may take an unowned creator and hand their own to anyone, never take someone else's."""
    return can_view_creator(actor, creator)


def access(actor: Actor, creator: Creator, kind: Access) -> bool:
    return can_view_creator(actor, creator) if kind == VIEW else can_change_creator(actor, creator)


def visible_to(actor: Actor, via: str = "") -> Q | None:
    """The creator filter of lists and exports: None for leads (everyone), else own and unowned. `via`:
    the path to the creator from another model ("creator__" for payments)."""
    if sees_everyone(actor):
        return None
    own: dict[str, object] = {f"{via}owner_id": actor.member_id}
    unowned: dict[str, object] = {f"{via}owner_id__isnull": True}
    return Q(**own) | Q(**unowned)  # type: ignore[arg-type]


def can_manage_roles(actor: Actor) -> bool:
    return actor.role == Role.ADMIN


def can_bind_webhook(actor: Actor) -> bool:
    return actor.role in LEADS


def can_set_send_window(actor: Actor) -> bool:
    return actor.role in LEADS


def can_manage_digests(actor: Actor) -> bool:
    return actor.role in LEADS


def can_manage_campaigns(actor: Actor) -> bool:
    """The brand, campaigns and their products are what the whole team pitches: leads set them. Putting a
    creator into a campaign is a change to that creator (`access(..., CHANGE)`), open to its operator."""
    return actor.role in LEADS


def can_manage_results(actor: Actor) -> bool:
    """The shop's orders, sample costs, exchange rates and the reporting currency are the whole team's
    figures: leads import and set them. Promo codes and links are a change to their creator."""
    return actor.role in LEADS


def required_roles(action: str) -> tuple[Role, ...]:
    """The roles that may do `action` (what a refusal names), most powerful first."""
    if action == "roles":
        return (Role.ADMIN,)
    return (Role.ADMIN, Role.MANAGER)
