"""Whose disclosure: the market, platform and deal type a question or check is about, from what was
asked or from the creator's record and their latest collaboration (`models/campaign.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from models.campaign import Campaign, Collaboration
from models.creator import Creator
from workflows import permissions
from workflows.creators import find_creators
from workflows.errors import WorkflowError
from workflows.geo import country_language
from workflows.tenancy import Actor


@dataclass
class MarketUnknown(WorkflowError):
    """No market asked and the creator has no country: the user is asked for it."""

    handle: str | None


@dataclass(frozen=True, slots=True)
class Subject:
    market: str | None
    platform: str | None
    deal_type: str | None  # None: not asked and no collaboration says
    deal_source: str  # "asked" | "collaboration" | "none"
    creator: Creator | None = None
    collaboration: Collaboration | None = None
    campaign: Campaign | None = None

    @property
    def language(self) -> str | None:
        """The creator's language (their record, else their country's), for the post and the brief."""
        if self.creator is None:
            return None
        if self.creator.language:
            return self.creator.language
        return country_language(self.creator.country) if self.creator.country else None


async def latest_collaboration(actor: Actor, creator: Creator) -> Collaboration | None:
    """The creator's newest collaboration in this workspace, with its campaign."""
    return (
        await Collaboration.filter(workspace_id=actor.workspace_id, creator_id=creator.id)
        .order_by("-created_at", "-id")
        .prefetch_related("campaign")
        .first()
    )


async def resolve(
    actor: Actor,
    handle: str | None,
    *,
    market: str | None = None,
    platform: str | None = None,
    deal_type: str | None = None,
) -> Subject:
    """What was asked wins; the creator's record fills the rest. Raises CreatorsNotFound for an unknown
    handle (the dispatcher answers with the closest ones)."""
    if handle is None:
        return Subject(market, platform, deal_type, "asked" if deal_type else "none")
    creator = (await find_creators(actor, [handle], access=permissions.VIEW))[0]  # the deal is a detail
    collaboration = await latest_collaboration(actor, creator)
    campaign = collaboration.campaign if collaboration else None
    source = "asked"
    if deal_type is None and collaboration is not None:
        deal_type, source = str(collaboration.deal_type), "collaboration"
    elif deal_type is None:
        source = "none"
    return Subject(
        market=market or creator.country or (campaign.market if campaign else None),
        platform=platform or str(creator.platform),
        deal_type=deal_type,
        deal_source=source,
        creator=creator,
        collaboration=collaboration,
        campaign=campaign,
    )
