"""TranslationService: the Translator port over a ChatModel. Per request: check the input, detect the
language, protect spans (with the glossary), answer from the cache or ask the model part by part (long
texts split at sentence ends, parts in parallel), check every token came back (one retry, else a warning),
then store the result and the tokens used."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tortoise.transactions import in_transaction

from workflows.geo.languages import SUPPORTED_LANGUAGES
from workflows.ports import Clock
from workflows.translation import cache, glossary
from workflows.translation.detect import detect
from workflows.translation.model import ChatModel
from workflows.translation.ports import BadRequest, Draft, ModelGarbage, Pricing, Tone, Translation
from workflows.translation.prompts import Prompt, clean_output, retry_note, translate_prompt, write_prompt
from workflows.translation.protect import Protected, Restored, TermRule, protect, restore
from workflows.translation.split import PART_CHARS, join, split
from workflows.translation.usage import Call, record

log = logging.getLogger(__name__)
MAX_TRANSLATE_CHARS = 20_000
MAX_BRIEF_CHARS = 4_000


_Entry = tuple[str, str, str | None, str, dict[str, Any]]  # key, kind, source, target, result


@dataclass(slots=True)
class _Job:
    """One request's bookkeeping: the calls it made (for usage) whatever happens."""

    calls: list[Call] = field(default_factory=list)


def choose_target(source: str | None, reader: str, creator_language: str | None) -> str:
    """Foreign text goes to the reader's language; the reader's own language goes to the creator's
    (else English, or Chinese for an English reader)."""
    if source is not None and source != reader:
        return reader
    if source is None:
        return reader
    if creator_language and creator_language != reader:
        return creator_language
    return "en" if reader != "en" else "zh"


class TranslationService:
    def __init__(
        self,
        model: ChatModel,
        clock: Clock,
        *,
        pricing: Pricing | None = None,
        part_chars: int = PART_CHARS,
        parallel_parts: int = 4,
    ) -> None:
        self._model = model
        self._clock = clock
        self._pricing = pricing or Pricing()
        self._part_chars = part_chars
        self._parallel = parallel_parts
        self._terms = glossary.TermsCache()
        # Answers go out before their usage row and cache entry are written: the write runs in a tracked
        # task, and until it lands the entry is served from memory. `flush()` waits for the writes.
        self._writes: set[asyncio.Task[None]] = set()
        self._unwritten: dict[tuple[int, str], dict[str, Any]] = {}

    @property
    def model_name(self) -> str:
        return self._model.name

    @property
    def endpoint(self) -> str:
        return self._model.endpoint

    @property
    def pricing(self) -> Pricing:
        return self._pricing

    def available(self) -> bool:
        return self._model.available()

    async def aclose(self) -> None:
        await self.flush()
        await self._model.aclose()

    async def flush(self) -> None:
        while self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)

    async def _glossary(self, workspace_id: int | None) -> list[glossary.TermSpec]:
        return await self._terms.get(workspace_id) if workspace_id else []

    async def _cached(self, workspace_id: int, key: str) -> dict[str, Any] | None:
        return self._unwritten.get((workspace_id, key)) or await cache.get(workspace_id, key)

    def _save_later(self, job: _Job, workspace_id: int | None, entry: _Entry | None) -> None:
        if not workspace_id or (not job.calls and entry is None):
            return
        if entry is not None:
            self._unwritten[(workspace_id, entry[0])] = entry[4]
        task = asyncio.create_task(self._save_logged(job, workspace_id, entry))
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def _save_logged(self, job: _Job, workspace_id: int, entry: _Entry | None) -> None:
        try:
            await self._save(job, workspace_id, entry)
        except Exception:  # the answer is out already; a lost usage row is logged, not raised
            log.exception("could not store translation usage/cache for workspace %s", workspace_id)
        finally:
            if entry is not None:
                self._unwritten.pop((workspace_id, entry[0]), None)

    async def translate(
        self,
        workspace_id: int | None,
        text: str,
        *,
        target: str | None = None,
        reader: str = "zh",
        creator_language: str | None = None,
    ) -> Translation:
        text = _checked(text, MAX_TRANSLATE_CHARS)
        if target is not None and target not in SUPPORTED_LANGUAGES:
            raise BadRequest("unsupported_language", target)
        specs = await self._glossary(workspace_id)
        # the languages follow from the text and these inputs, so the key needs no detection first
        key = cache.cache_key(
            "translate", text, target, reader, creator_language, glossary.version(specs), self.model_name
        )
        if workspace_id and (hit := await self._cached(workspace_id, key)):
            return _translation(hit, text)
        detection = detect(protect(text).text)
        target = target or choose_target(detection.language, reader, creator_language)
        if detection.language == target:
            raise BadRequest("same_language", target)
        protected = protect(text, glossary.rules_for(specs, detection.language, target), target)
        if not protected.has_words():  # only links, emoji, handles…: nothing for a model to do
            return Translation(restore(protected.text, protected).text, detection.language, target, 0, text)
        job = _Job()
        try:
            restored, parts = await self._translate_protected(job, protected, detection.language, target)
        except Exception:
            await self._save(job, workspace_id, None)
            raise
        result = {
            "text": restored.text,
            "parts": parts,
            "source": detection.language,
            "target": target,
            "confidence": detection.confidence,
        }
        entry = (key, "translate", detection.language, target, result) if restored.ok else None
        self._save_later(job, workspace_id, entry)
        return Translation(
            restored.text,
            detection.language,
            target,
            detection.confidence,
            text,
            warnings=restored.warnings(),
            parts=parts,
        )

    async def draft(
        self,
        workspace_id: int | None,
        brief: str,
        *,
        language: str,
        creator_name: str | None = None,
        tone: Tone = "default",
        reader: str = "zh",
        kind: str = "draft",
        keep: Sequence[str] = (),
    ) -> Draft:
        brief = _checked(brief, MAX_BRIEF_CHARS)
        if language not in SUPPORTED_LANGUAGES:
            raise BadRequest("unsupported_language", language)
        specs = await self._glossary(workspace_id)
        source = detect(protect(brief).text).language
        names = [TermRule(k, k, "name") for k in dict.fromkeys(keep) if k and k.strip()]
        protected = protect(brief, [*glossary.rules_for(specs, source, language), *names], language)
        key = cache.cache_key(
            kind,
            brief,
            source,
            language,
            tone,
            creator_name,
            "\t".join(keep),
            glossary.version(specs),
            self.model_name,
        )
        if workspace_id and (hit := await self._cached(workspace_id, key)):
            return Draft(hit["text"], language, hit["back"], tone, cached=True)
        job = _Job()
        purpose = "outreach" if kind == "outreach" else "reply"
        try:
            raw = await self._ask(
                job,
                kind,
                protected,
                lambda retry: write_prompt(protected, language, tone, creator_name, purpose, retry),
            )
            written = restore(raw, protected)
            back = ""
            if language != reader:
                back_rules = [*glossary.rules_for(specs, language, reader), *names]
                back_protected = protect(written.text, back_rules, reader)
                back_restored, _ = await self._translate_protected(
                    job, back_protected, language, reader, "back"
                )
                back = back_restored.text
        except Exception:
            await self._save(job, workspace_id, None)
            raise
        entry = (key, kind, source, language, {"text": written.text, "back": back}) if written.ok else None
        self._save_later(job, workspace_id, entry)
        return Draft(written.text, language, back, tone, warnings=written.warnings())

    async def _translate_protected(
        self, job: _Job, protected: Protected, source: str | None, target: str, kind: str = "translate"
    ) -> tuple[Restored, int]:
        parts = split(protected.text, self._part_chars)
        limit = asyncio.Semaphore(self._parallel)

        async def one(text: str) -> str:
            piece = _sub(protected, text)
            async with limit:
                return await self._ask(
                    job, kind, piece, lambda retry: translate_prompt(piece, source, target, retry)
                )

        outputs = await asyncio.gather(*(one(p.text) for p in parts))
        joined = join(list(outputs), parts, target)
        if source != target and _echoed(joined, protected.text):
            raise ModelGarbage("the source came back untranslated")
        return restore(joined, protected), len(parts)

    async def _ask(self, job: _Job, kind: str, piece: Protected, build: Callable[[str], Prompt]) -> str:
        """The model's answer with its tokens still in. If one was lost or altered, one more call that
        names them; the better of the two answers is kept (the final restore reports what is missing)."""
        first = await self._call(job, kind, build(""))
        first_check = restore(first, piece)
        if first_check.ok:
            return first
        missing = [s.token for s in first_check.missing] + list(first_check.unknown)
        second = await self._call(job, kind, build(retry_note(missing)))
        second_check = restore(second, piece)
        return second if len(second_check.warnings()) <= len(first_check.warnings()) else first

    async def _call(self, job: _Job, kind: str, prompt: Prompt) -> str:
        max_tokens = min(4096, 256 + 3 * len(prompt.user))
        completion = await self._model.complete(prompt, max_tokens=max_tokens)
        job.calls.append(Call(kind, completion.prompt_tokens, completion.completion_tokens))
        return clean_output(completion.text)

    async def _save(self, job: _Job, workspace_id: int | None, entry: _Entry | None) -> None:
        if not workspace_id or (not job.calls and entry is None):
            return
        now = self._clock.now()
        async with in_transaction() as conn:
            await record(conn, workspace_id, self.model_name, job.calls, now)
            if entry is not None:
                key, kind, source, target, result = entry
                await cache.put(
                    conn,
                    workspace_id,
                    key,
                    kind=kind,
                    source=source,
                    target=target,
                    model=self.model_name,
                    result=result,
                    now=now,
                )


def _echoed(output: str, source: str) -> bool:
    """The model sent the text back as it was (a sentence or more, so not a name or an "ok")."""
    return " ".join(output.split()) == " ".join(source.split()) and len(source.split()) >= 3


def _checked(text: str, limit: int) -> str:
    text = (text or "").strip()
    if not text:
        raise BadRequest("empty")
    if len(text) > limit:
        raise BadRequest("too_long", str(len(text)), limit)
    return text


def _sub(protected: Protected, text: str) -> Protected:
    """The part of a protected text with only the spans whose tokens it carries."""
    return Protected(text, tuple(s for s in protected.spans if s.token in text))


def _translation(hit: dict[str, Any], text: str) -> Translation:
    return Translation(
        str(hit["text"]),
        hit.get("source"),
        str(hit["target"]),
        float(hit.get("confidence", 0.0)),
        text,
        cached=True,
        parts=int(hit.get("parts", 1)),
    )


__all__: Sequence[str] = ("MAX_BRIEF_CHARS", "MAX_TRANSLATE_CHARS", "TranslationService")
