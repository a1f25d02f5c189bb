"""Tortoise models. `MODEL_MODULES` is what the ORM and aerich load."""

MODEL_MODULES: list[str] = [
    "models.tenancy",
    "models.creator",
    "models.audit",
    "models.events",
    "models.schedule",
    "models.translation",
    "models.campaign",
    "models.digest",
    "models.payment",
    "models.tiktok_shop",
    "models.compliance",
    "models.imports",
    "models.stage_flow",
    "models.nlu",
    "models.cards",
    "models.results",
    "models.mail",
    "aerich.models",
]
