"""The dependency rule: bot → handlers → workflows → models; no SDK or adapter below bot/."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = {
    "models": ("bot", "handlers", "workflows", "lark_oapi", "wechatpy", "aiohttp", "arq", "openai"),
    "workflows": ("bot", "handlers", "lark_oapi", "wechatpy", "aiohttp.web", "aiohttp"),
    "handlers": ("bot", "lark_oapi", "wechatpy", "aiohttp.web", "aiohttp"),
    "i18n": ("bot", "handlers", "workflows", "models"),
}


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _breaches() -> list[str]:
    found = []
    for package, banned in FORBIDDEN.items():
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for name in _imports(path):
                if any(name == b or name.startswith(b + ".") for b in banned):
                    found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


def test_no_layer_imports_upwards_or_an_sdk() -> None:
    assert _breaches() == []


def test_the_check_sees_a_breach(tmp_path: Path) -> None:
    bad = tmp_path / "x.py"
    bad.write_text("from bot.adapters import console\nimport lark_oapi\n")
    assert _imports(bad) == ["bot.adapters", "lark_oapi"]


ADAPTERS = ROOT / "bot" / "adapters"


def _adapter_of(path: Path) -> str:
    rel = path.relative_to(ADAPTERS)
    return rel.parts[0].removesuffix(".py")


def test_platforms_stand_alone() -> None:
    """A platform can be removed without touching another: no adapter imports another adapter; what they
    share (background tasks, rate limiters) lives in bot/core."""
    found = []
    for path in ADAPTERS.rglob("*.py"):
        if path.name == "__init__.py" and path.parent == ADAPTERS:
            continue
        own = _adapter_of(path)
        for name in _imports(path):
            if name.startswith("bot.adapters."):
                other = name.split(".")[2]
                if other != own:
                    found.append(f"{path.relative_to(ROOT)} imports {name}")
    assert found == []


def test_core_imports_no_adapter() -> None:
    core = ROOT / "bot" / "core"
    found = [
        f"{p.relative_to(ROOT)} imports {n}"
        for p in core.rglob("*.py")
        for n in _imports(p)
        if n.startswith("bot.adapters") or n.startswith("lark_oapi") or n.startswith("wechatpy")
    ]
    assert found == []


def _module_graph(package: str) -> dict[str, set[str]]:
    """Every import between modules of `package`, those inside functions included."""
    modules = {}
    for path in (ROOT / package).rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        modules[name] = path
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            graph[name] |= {t for t in targets if t in modules and t != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle, or []: a depth-first search for an edge back into the current path."""
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str]:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return []
        for nxt in sorted(graph[node]):
            found = visit(nxt, [*path, node])
            if found:
                return found
        done.add(node)
        return []

    for start in sorted(graph):
        found = visit(start, [])
        if found:
            return found
    return []


def test_no_import_cycle_inside_bot() -> None:
    assert _cycle(_module_graph("bot")) == []


def test_the_cycle_check_sees_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
