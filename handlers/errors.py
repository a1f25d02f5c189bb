"""Domain errors as localised replies that say what to do next."""

from __future__ import annotations

from handlers import clocks
from handlers.replies import Button, Card, Reply, Text
from i18n import Catalog
from workflows import clarify, clock_labels, geo, outreach, reminders, roles, tenancy
from workflows.errors import AmbiguousCreator, CreatorsNotFound, InvalidHandle, WorkflowError
from workflows.send_window import NoSendWindow


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
    return _team_error(t, error)


def _team_error(t: Catalog, error: WorkflowError | ValueError) -> Reply:
    match error:
        case tenancy.UnknownTeammate(name=name, known=known):  # never a member made up from a name
            return Text(t("summary.unknown_teammate", name=name, known=t("summary.sep").join(known) or "-"))
        case tenancy.OutsideMember(user_id=user_id, admins=admins):  # nothing read, nothing written
            admit = Button(t("outside.admit_button"), "member.admit", {"user": user_id}, "primary")
            return Card(t("outside.title"), body=t("outside.body", names=_names(t, admins)), buttons=(admit,))
        case roles.PermissionDenied(action=action, names=names):
            return Text(t(f"denied.{action}", names=_names(t, names)))
        case roles.NotYourCreator(handle=handle, owner=owner, names=names, access=access):
            key = "denied.creator" if access == "view" else "denied.creator_change"
            return Text(t(key, handle=handle, owner=owner or "-", names=_names(t, names)))
        case roles.LastAdmin(name=name):
            return Text(t("role.last_admin", name=name))
        case roles.MemberNotFound(name=name):
            return Text(t("role.member_not_found", name=name[:40]))
        case clarify.ClarificationGone(reason=reason):
            return Text(t(f"clarify.gone.{reason}"))
        case clarify.NotYourQuestion(asker=asker):
            return Text(t("clarify.not_yours", asker=asker))
    return _schedule_error(t, error)


def _names(t: Catalog, names: list[str]) -> str:
    separator = ", " if t.locale == "en" else "、"
    return separator.join(f"@{n}" for n in names) if names else t("denied.nobody")


def _schedule_error(t: Catalog, error: WorkflowError | ValueError) -> Reply:
    match error:
        case reminders.DeliveryNotFound(number=number):
            return Text(t("error.delivery_not_found", number=number))
        case reminders.AlreadyFinished(number=number, status=status):
            return Text(t("error.already_finished", number=number, status=_status(t, status)))
        case reminders.TimeInPast(at=at, zone=zone):
            return Text(t("when.in_past", when=clocks.day_and_time(t, at, zone)))
        case outreach.TimeUnreadable(span=span):
            if span:
                return Text(t("when.unclear", span=span, example=t("example.when")))
            return Text(t("when.unreadable", example=t("example.when")))
        case NoSendWindow(zone=zone, horizon_days=days):
            return Text(t("error.no_send_window", zone=clock_labels.place_name(zone, t.locale), days=days))
        case outreach.PlanNotFound():
            return Text(t("error.plan_not_found"))
        case outreach.PlanFinished(status=status):
            return Text(t("error.plan_finished", status=_status(t, status)))
    return Text(t("error.generic"))


def _not_found(t: Catalog, handle: str, suggestions: list[str]) -> str:
    if suggestions:
        return t(
            "creator.not_found_suggest",
            handle=f"@{handle}",
            suggestions=" ".join(f"@{s}" for s in suggestions),
        )
    return t("creator.not_found", handle=f"@{handle}", example=t("example.add_creator"))


def _status(t: Catalog, status: str) -> str:
    key = f"status.{status}"
    return t(key) if key in t else status
