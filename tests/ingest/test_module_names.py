"""Each module-level name in the ingest package is bound once: a second ``_FROM_DATE = ...``
further down a long rules module silently replaces the first for every use, above it too."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

INGEST = Path(__file__).resolve().parents[2] / "ingest"


@pytest.mark.parametrize("module", sorted(INGEST.glob("*.py")), ids=lambda p: p.name)
def test_module_level_names_are_bound_once(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names: Counter[str] = Counter()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    assert [name for name, count in names.items() if count > 1] == []
