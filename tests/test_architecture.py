"""The shape of the code, kept: data flows one way (load → model → rules → render),
no import circles, no import from a lower layer up, and small modules."""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import ROOT

PACKAGE = ROOT / "src" / "reportgen"
MAX_LINES = 350

# Layers, lowest first. A module may import from its own layer or lower ones, never higher.
LAYERS: list[tuple[str, ...]] = [
    (
        "errors",
        "numbering",
        "days",
        "console",
        "jsonedit",
        "signals",
        "streams",
        "chinese",
        "lazyregex",
        "notnames",
        "regexcache",
        "keptfiles",
        "dataclasscache",
        "figures",
        "__init__",
    ),
    ("model", "files", "naming"),
    ("load", "schema", "structure", "paths", "organs", "partkinds", "lexicon"),
    ("rules", "render"),
    ("template", "importing", "package", "documents"),
    ("proofread", "building", "yearly", "summary", "annotating", "review"),
    ("present",),
    ("cli", "cli_zh", "cli_options", "cli_review", "__main__"),
]


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def _layer(module: str) -> int:
    top = module.split(".")[0]
    for index, names in enumerate(LAYERS):
        if top in names:
            return index
    raise AssertionError(f"module {module} has no layer: add it to LAYERS")


def _imports(path: Path, module: str) -> set[str]:
    """Every reportgen module `module` imports, lazily or not (type-only imports too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            elif node.module and node.module.startswith("reportgen."):
                target = node.module.removeprefix("reportgen.")
            else:
                continue
            for alias in node.names:
                candidate = f"{target}.{alias.name}" if target else alias.name
                found.add(candidate if candidate in MODULES else target)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("reportgen."):
                    found.add(alias.name.removeprefix("reportgen."))
    return {name for name in found if name and name != module}


FILES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
MODULES = set(FILES)
GRAPH = {module: _imports(path, module) for module, path in FILES.items()}


def test_no_import_runs_upward() -> None:
    upward = [
        f"{module} → {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if _layer(target) > _layer(module)
    ]
    assert upward == []


def test_no_import_circle() -> None:
    def resolve(name: str) -> str:
        while name not in MODULES and "." in name:
            name = name.rsplit(".", 1)[0]
        return name

    edges = {m: {resolve(t) for t in ts} - {m} for m, ts in GRAPH.items()}
    # A package imports its submodules' names; that is not a circle through the package.
    edges = {
        m: {t for t in ts if not t.startswith(m + ".") and not m.startswith(t + ".")}
        for m, ts in edges.items()
    }
    visiting: list[str] = []
    done: set[str] = set()
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        if module in done:
            return
        if module in visiting:
            circles.append([*visiting[visiting.index(module) :], module])
            return
        visiting.append(module)
        for target in sorted(edges.get(module, ())):
            visit(target)
        visiting.pop()
        done.add(module)

    for module in sorted(edges):
        visit(module)
    assert circles == []


def test_no_module_is_over_350_lines() -> None:
    sizes = {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in FILES.items()}
    assert {m: n for m, n in sizes.items() if n > MAX_LINES} == {}


def test_the_guard_sees_an_upward_import() -> None:
    """The graph is read from the source: a lower module's import of a higher one shows."""
    assert "model" in GRAPH["load"]
    assert _layer("cli") > _layer("present") > _layer("building") > _layer("render")
