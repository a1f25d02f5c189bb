"""Closest commands to an unreadable message, by fuzzy similarity to each intent's examples."""

from rapidfuzz import fuzz, process

from i18n import Catalog

EXAMPLE_KEYS = (
    "example.add_creator",
    "example.list_creators",
    "example.show_creator",
    "example.set_stage",
    "example.assign_owner",
    "example.add_note",
    "example.schedule_outreach",
    "example.remind",
    "example.translate",
    "example.draft_reply",
    "example.pipeline_summary",
    "example.help",
)
DEFAULT = ("example.help", "example.add_creator", "example.list_creators")


def closest_examples(t: Catalog, text: str, limit: int = 3) -> list[str]:
    examples = [t(key) for key in EXAMPLE_KEYS]
    if not text.strip():
        return [t(key) for key in DEFAULT]
    ranked = process.extract(text, examples, scorer=fuzz.partial_ratio, limit=limit, score_cutoff=40)
    chosen = [r[0] for r in ranked]
    for key in DEFAULT:
        if len(chosen) >= limit:
            break
        if t(key) not in chosen:
            chosen.append(t(key))
    return chosen
