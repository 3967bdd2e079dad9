"""docs/architecture.md names only files, classes and functions that exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"
# "gui/ui/controller.py:ChatController.send" or a bare "ChatController._run" after one.
REFERENCE = re.compile(r"`(gui/[\w/]+\.py):(\w+(?:\.\w+)?)`")
BARE = re.compile(r"`([A-Z]\w+)\.(\w+)`")


def definitions(path: Path) -> set[str]:
    """Every top-level name, and Class.member for members defined in a class body."""
    names: set[str] = set()
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, ast.ClassDef):
            names.add(node.name)
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    names.add(f"{node.name}.{item.name}")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def test_every_file_and_name_in_the_architecture_doc_exists() -> None:
    text = DOC.read_text("utf-8")
    references = REFERENCE.findall(text)
    assert len(references) >= 15, "the walk-through should name real functions"
    every_name: set[str] = set()
    for path in (ROOT / "gui").rglob("*.py"):
        every_name |= definitions(path)
    missing = [
        f"{file}:{name}"
        for file, name in references
        if not (ROOT / file).exists() or name not in definitions(ROOT / file)
    ]
    missing += [f"{c}.{m}" for c, m in BARE.findall(text) if f"{c}.{m}" not in every_name]
    for path in re.findall(r"`(gui/[\w/]+\.py)`", text):
        if not (ROOT / path).exists():
            missing.append(path)
    assert not missing, f"docs/architecture.md names what does not exist: {missing}"
