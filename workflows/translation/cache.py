"""Finished translations and drafts in the database, keyed by everything that shapes them: the text, the
languages, the tone, the workspace's glossary version, the model and the prompt version."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models.translation import TranslationCache
from workflows.translation.prompts import PROMPT_VERSION


def cache_key(*parts: str | None) -> str:
    payload = json.dumps([PROMPT_VERSION, *parts], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


async def get(workspace_id: int, key: str) -> dict[str, Any] | None:
    rows = (
        await TranslationCache.filter(workspace_id=workspace_id, key=key)
        .limit(1)
        .values_list("result", flat=True)
    )
    if not rows:
        return None
    value: dict[str, Any] = json.loads(str(rows[0]))
    return value


async def put(
    conn: BaseDBAsyncClient,
    workspace_id: int,
    key: str,
    *,
    kind: str,
    source: str | None,
    target: str,
    model: str,
    result: dict[str, Any],
    now: datetime,
) -> None:
    row = TranslationCache(
        workspace_id=workspace_id,
        key=key,
        kind=kind,
        source_language=source,
        target_language=target,
        model=model[:100],
        result=json.dumps(result, ensure_ascii=False),
        created_at=now,
    )
    # a concurrent twin may have stored the same key first: theirs is as good as ours
    await TranslationCache.bulk_create([row], ignore_conflicts=True, using_db=conn)
