"""The shape of the package: no import cycles, and the front ends go through the services only.

import-linter checks which layer may import which; these tests check what it
cannot: cycles inside a layer (type-only imports included), and attribute
access that bypasses the session facade.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import grimp

import napsurvey


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each a cycle of imports."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_of_the_package_imports_itself_through_others() -> None:
    assert _cycles(grimp.build_graph("napsurvey")) == []


PACKAGE = Path(napsurvey.__file__).resolve().parent


def _sources(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (PACKAGE / folder).rglob("*.py"))


def test_the_front_ends_never_reach_behind_the_session() -> None:
    """No ``x.vault`` in the GUI or the CLI: what they need, a service gives them."""
    found = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path in _sources("gui", "cli")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "vault"
    ]
    assert found == []


def test_services_take_the_session_not_a_vault() -> None:
    """A public service function's first parameter is never a Vault (or a bare connection)."""
    found = []
    for path in _sources("services"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_") or not node.args.args:
                continue
            annotation = node.args.args[0].annotation
            if annotation is not None and ast.unparse(annotation) in {"Vault", "OpenVault", "Connection", "Any"}:
                found.append(f"{path.name}:{node.name}")
    assert found == []


def test_no_service_runs_sql_itself() -> None:
    """SQL lives in the repositories (vault/repo, and bundle/store for the sync tables), not in the services."""
    sql = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")
    found = [
        f"{path.name}:{node.lineno}"
        for path in _sources("services")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and sql.search(node.value)
    ]
    assert found == []


def test_the_app_starts_without_the_report_and_disclosure_control_libraries() -> None:
    """Start-up time (bench/gui.py): the window's module must not load reportlab or scipy; a coordinator's
    home loads the outputs screens when it is built."""
    probe = ("import sys; import napsurvey.gui.app, napsurvey.cli.main; "
             "print(sorted(m for m in ('reportlab', 'scipy', 'napsurvey.services.outputs') if m in sys.modules))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120, check=True)
    assert out.stdout.strip() == "[]"
