"""Domain errors as localised replies that say what to do next."""

from __future__ import annotations

from handlers.replies import Reply, Text
from i18n import Catalog
from workflows import geo
from workflows.errors import AmbiguousCreator, CreatorsNotFound, InvalidHandle, WorkflowError


def reply_for(t: Catalog, error: WorkflowError | ValueError) -> Reply:
    match error:
        case CreatorsNotFound(suggestions=suggestions):
            return Text("\n".join(_not_found(t, h, s) for h, s in suggestions.items()))
        case AmbiguousCreator(handle=handle, platforms=platforms):
            return Text(t("creator.ambiguous", handle=f"@{handle}", platforms=", ".join(platforms)))
        case InvalidHandle(handle=handle):
            return Text(t("creator.invalid_handle", handle=handle[:120]))
        case geo.UnknownRegion():
            return Text(
                t(
                    "creator.unknown_region",
                    region=error.text,
                    country=geo.country_name(error.country, t.locale),
                    suggestions="、".join(error.suggestions) or "-",
                )
            )
        case geo.UnknownCountry():
            return Text(t("creator.unknown_country", country=error.text))
    return Text(t("error.generic"))


def _not_found(t: Catalog, handle: str, suggestions: list[str]) -> str:
    if suggestions:
        return t(
            "creator.not_found_suggest",
            handle=f"@{handle}",
            suggestions=" ".join(f"@{s}" for s in suggestions),
        )
    return t("creator.not_found", handle=f"@{handle}", example=t("example.add_creator"))
