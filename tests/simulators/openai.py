"""An OpenAI-compatible endpoint on a free local port: `POST /v1/chat/completions`, as the real API
answers it (JSON body, `usage`, error envelopes with `Retry-After`), with configurable latency, scripted
errors and outputs, and a record of every prompt it received.

    sim = OpenAISimulator(latency=0.8)
    await sim.start()                       # sim.base_url → "http://127.0.0.1:PORT/v1"
    sim.script(Fail(500), Fail(429, retry_after=0.01), Answer("¡Hola [[P1]]!"))
    sim.down = True                         # every call fails with 503 until set back
    sim.prompts[-1].user                    # what the model was sent
    sim.script(ToolAnswer({"intent": "help"}))  # a function call: choices[0].message.tool_calls[0]
    sim.prompts[-1].tools, sim.prompts[-1].tool_choice  # the tools offered and the choice forced
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

_SOURCE = re.compile(r"<(source|brief)>\n(.*)\n</\1>", re.S)
_INTO = re.compile(r"(?:into|Write it in) ([A-Z][a-z]+)")


@dataclass(frozen=True)
class Answer:
    """Answer with this text (tokens and all), or with `finish_reason` "length" when `cut` is set."""

    text: str
    cut: bool = False


@dataclass(frozen=True)
class Fail:
    status: int
    retry_after: float | None = None
    message: str = "simulated failure"


@dataclass(frozen=True)
class Hang:
    """Wait this long before answering normally (longer than the client's timeout: a timeout)."""

    seconds: float


@dataclass(frozen=True)
class ToolAnswer:
    """Answer with a function call: `arguments` (a dict is sent as JSON, a str as it is, broken or not)
    for the tool `name`, by default the first tool the request offered."""

    arguments: dict[str, Any] | str
    name: str | None = None


@dataclass(frozen=True)
class Refuse:
    """Answer with `message.refusal` set and no content, as a model declining the request does."""

    refusal: str = "I'm sorry, I can't help with that."


Step = Answer | Fail | Hang | ToolAnswer | Refuse


@dataclass(frozen=True)
class Prompt:
    system: str
    user: str
    model: str
    tools: list[dict[str, Any]] | None = None  # as received, when the request offered tools
    tool_choice: Any = None

    @property
    def content(self) -> str:
        """The quoted text inside <source>/<brief>."""
        match = _SOURCE.search(self.user)
        return match.group(2) if match else ""


def echo(prompt: Prompt) -> str:
    """The default model: "(Spanish) " + the quoted text, tokens untouched: a well-behaved translator."""
    language = _INTO.search(prompt.system)
    return f"({language.group(1) if language else '?'}) {prompt.content}"


@dataclass
class OpenAISimulator:
    latency: float = 0.0
    api_key: str | None = None  # when set, any other bearer token gets a 401
    responder: Callable[[Prompt], str] = echo
    down: bool = False
    prompts: list[Prompt] = field(default_factory=list)
    server_seconds: list[float] = field(default_factory=list)  # time spent inside each request
    calls: int = 0
    _script: deque[Step] = field(default_factory=deque)
    _runner: web.AppRunner | None = None
    base_url: str = ""

    def script(self, *steps: Step) -> None:
        self._script.extend(steps)

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._completions)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}/v1"
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _completions(self, request: web.Request) -> web.Response:
        started = time.perf_counter()
        response = await self._answer(request)
        spent = time.perf_counter() - started
        self.server_seconds.append(spent)
        response.headers["x-simulator-seconds"] = f"{spent:.6f}"  # the model's time, for benchmarks
        return response

    async def _answer(self, request: web.Request) -> web.Response:
        self.calls += 1
        if self.api_key is not None and request.headers.get("Authorization") != f"Bearer {self.api_key}":
            given = request.headers.get("Authorization", "")[-4:]
            return _error(401, f"Incorrect API key provided: sk-...{given}.", "invalid_api_key")
        body: dict[str, Any] = await request.json()
        messages = {m["role"]: m["content"] for m in body["messages"]}
        prompt = Prompt(
            messages.get("system", ""),
            messages.get("user", ""),
            body.get("model", ""),
            tools=body.get("tools"),
            tool_choice=body.get("tool_choice"),
        )
        self.prompts.append(prompt)
        step = self._script.popleft() if self._script else None
        if self.down:
            return _error(503, "The server is overloaded or not ready yet.", "server_error")
        if isinstance(step, Fail):
            return _error(step.status, step.message, "simulated", step.retry_after)
        if isinstance(step, Hang):
            await asyncio.sleep(step.seconds)
        await asyncio.sleep(self.latency)
        if isinstance(step, ToolAnswer):
            return web.json_response(_tool_completion(body, prompt, step))
        if isinstance(step, Refuse):
            return web.json_response(_completion(body, prompt, "", False, refusal=step.refusal))
        text = step.text if isinstance(step, Answer) else self.responder(prompt)
        cut = isinstance(step, Answer) and step.cut
        return web.json_response(_completion(body, prompt, text, cut))


def _tool_completion(body: dict[str, Any], prompt: Prompt, step: ToolAnswer) -> dict[str, Any]:
    offered = body.get("tools") or [{}]
    name = step.name or offered[0].get("function", {}).get("name", "tool")
    arguments = step.arguments if isinstance(step.arguments, str) else json.dumps(step.arguments)
    call = {"id": "call_sim", "type": "function", "function": {"name": name, "arguments": arguments}}
    message = {"role": "assistant", "content": None, "tool_calls": [call]}
    return _completion(body, prompt, arguments, False, message=message, finish_reason="tool_calls")


def _completion(
    body: dict[str, Any],
    prompt: Prompt,
    text: str,
    cut: bool,
    *,
    refusal: str | None = None,
    message: dict[str, Any] | None = None,
    finish_reason: str | None = None,
) -> dict[str, Any]:
    prompt_tokens = (len(prompt.system) + len(prompt.user)) // 4 + 1
    completion_tokens = len(text or refusal or "") // 4 + 1
    if message is None:
        message = {"role": "assistant", "content": text}
        if refusal is not None:
            message = {"role": "assistant", "content": None, "refusal": refusal}
    return {
        "id": "chatcmpl-sim",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "sim"),
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": finish_reason or ("length" if cut else "stop"),
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def _error(status: int, message: str, code: str, retry_after: float | None = None) -> web.Response:
    headers = {"retry-after": str(retry_after)} if retry_after is not None else {}
    payload = {"error": {"message": message, "type": code, "param": None, "code": code}}
    return web.json_response(payload, status=status, headers=headers)


async def _serve_forever(latency: float) -> None:
    sim = OpenAISimulator(latency=latency)
    await sim.start()
    print(sim.base_url, flush=True)  # noqa: T201 - the parent process reads the address from here
    await asyncio.Event().wait()


if __name__ == "__main__":  # a simulator in its own process (bench/translation.py): prints its base URL
    import argparse

    parser = argparse.ArgumentParser(description="OpenAI-compatible simulator")
    parser.add_argument("--latency", type=float, default=0.0)
    asyncio.run(_serve_forever(parser.parse_args().latency))
