"""Who may do what, per workspace role. One place, so handlers ask instead of comparing roles themselves.

Operators see their own creators' details and the team totals; managers and admins see everyone's.
Managers and admins configure the team (push webhook, send window, digests); only admins grant roles.
"""

from __future__ import annotations

from models.creator import Creator
from models.enums import Role
from workflows.tenancy import Actor

LEADS = frozenset({Role.ADMIN, Role.MANAGER})


def sees_everyone(actor: Actor) -> bool:
    """Managers and admins see every creator's details; operators only their own."""
    return actor.role in LEADS


def can_view_creator(actor: Actor, creator: Creator) -> bool:
    """A creator's details: a lead, the owner, or anyone when nobody owns the creator yet."""
    owner_id: int | None = creator.owner_id  # type: ignore[attr-defined]
    return sees_everyone(actor) or owner_id is None or owner_id == actor.member_id


def can_manage_roles(actor: Actor) -> bool:
    return actor.role == Role.ADMIN


def can_bind_webhook(actor: Actor) -> bool:
    return actor.role in LEADS


def can_set_send_window(actor: Actor) -> bool:
    return actor.role in LEADS


def can_manage_digests(actor: Actor) -> bool:
    return actor.role in LEADS


def required_roles(action: str) -> tuple[Role, ...]:
    """The roles that may do `action` (what a refusal names), most powerful first."""
    if action == "roles":
        return (Role.ADMIN,)
    return (Role.ADMIN, Role.MANAGER)
