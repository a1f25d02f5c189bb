"""Domain errors that handlers turn into localised replies. Raising one rolls the transaction back."""

from __future__ import annotations

from dataclasses import dataclass


class WorkflowError(Exception):
    """Base class: something the user can fix."""


@dataclass
class CreatorsNotFound(WorkflowError):
    """Some handles are unknown in this workspace; `suggestions` maps each to its closest handles."""

    suggestions: dict[str, list[str]]


@dataclass
class AmbiguousCreator(WorkflowError):
    handle: str
    platforms: list[str]


@dataclass
class InvalidHandle(WorkflowError):
    handle: str
