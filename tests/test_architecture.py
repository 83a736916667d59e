"""The house rules of the package, checked on its source: capabilities depend on the
pipeline and not the other way round, private names stay inside their package, modules
stay small and rule functions short."""

from __future__ import annotations

import ast
from pathlib import Path

from sourcetrace.pipeline import CAPABILITIES, ORDER, all_stages

SRC = Path(__file__).resolve().parents[1] / "src" / "sourcetrace"
RULE_PACKAGES = ("ingest", "dedup", "nlp", "temporal", "attribution", "speakers", "citations",
                 "geo", "stance", "claims", "provenance", "lexicons")


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.append((node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            out.extend((a.name, []) for a in node.names)
    return out


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 else "<top>"


def test_the_pipeline_imports_no_capability() -> None:
    capabilities = {f"sourcetrace.{c}" for c in CAPABILITIES}
    found = [m for m, _ in _imports(SRC / "pipeline.py")
             if any(m == c or m.startswith(c + ".") for c in capabilities)]
    assert found == []


def test_the_registry_holds_the_pipeline_order() -> None:
    assert tuple(s.name for s in all_stages()) == ORDER


def test_no_private_name_crosses_packages() -> None:
    crossing = []
    for path in SRC.rglob("*.py"):
        mine = _package("sourcetrace." + ".".join(path.relative_to(SRC).with_suffix("").parts))
        for module, names in _imports(path):
            if not module.startswith("sourcetrace.") or _package(module) == mine:
                continue
            crossing += [f"{path.relative_to(SRC)}: {module}.{n}" for n in names
                         if n.startswith("_") and not n.startswith("__")]
    assert crossing == []


def test_modules_are_small_and_rule_functions_short() -> None:
    long_modules = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                    if len(p.read_text(encoding="utf-8").splitlines()) > 400]
    long_functions = []
    for package in RULE_PACKAGES:
        for path in (SRC / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                        and node.end_lineno is not None and node.end_lineno - node.lineno >= 60):
                    long_functions.append(f"{path.relative_to(SRC)}:{node.name}")
    assert long_modules == [] and long_functions == []
