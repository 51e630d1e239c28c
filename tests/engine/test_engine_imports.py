"""tutor.engine is shared with the server: it imports the standard library, numpy and itself,
nothing else, neither the rest of tutor nor any other installed package."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[2] / "tutor" / "engine"
MODULES = sorted(ENGINE.rglob("*.py"))


def imported_modules(path: Path, engine: Path = ENGINE) -> set[str]:
    """Every module a file of the engine folder imports, relative imports resolved; for `from m
    import x`, both m and m.x (x may be a module: `from tutor import content`)."""
    package = ["tutor", *path.relative_to(engine.parent).parent.parts]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def outside_imports(engine: Path) -> list[str]:
    """The imports of the engine's files that are neither the standard library, numpy nor the
    engine."""
    outside = []
    for path in sorted(engine.rglob("*.py")):
        for name in sorted(imported_modules(path, engine)):
            top = name.split(".")[0]
            own = name == "tutor.engine" or name.startswith("tutor.engine.")
            allowed = top in sys.stdlib_module_names or top == "numpy"
            if not own and (top == "tutor" or not allowed):
                outside.append(f"{path.relative_to(engine)}: {name}")
    return outside


def test_the_engine_has_modules() -> None:
    assert {path.name for path in MODULES} >= {"__init__.py", "grading.py", "numbers.py"}


def test_the_engine_imports_only_the_standard_library_and_itself() -> None:
    assert outside_imports(ENGINE) == []


def test_the_scan_finds_every_kind_of_import(tmp_path: Path) -> None:
    engine = tmp_path / "tutor" / "engine"
    (engine / "sub").mkdir(parents=True)
    (engine / "ok.py").write_text(
        "import json\nfrom . import numbers\nfrom .numbers import read_number\n"
        "from tutor.engine import text\nfrom collections.abc import Mapping\n"
    )
    (engine / "sub" / "bad.py").write_text(
        "import scipy.linalg\nfrom tutor import content\nfrom ... import facade\n"
        "from .. import grading\nimport tutor.paths as p\n"
    )
    assert outside_imports(engine) == [
        "sub/bad.py: scipy.linalg",
        "sub/bad.py: tutor",
        "sub/bad.py: tutor.content",
        "sub/bad.py: tutor.facade",
        "sub/bad.py: tutor.paths",
    ]


def test_importing_the_engine_loads_nothing_else_from_tutor() -> None:
    code = (
        "import sys, tutor.engine.grading\n"
        "print('\\n'.join(sorted(name for name in sys.modules if name.startswith('tutor'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ENGINE.parents[1])},
    )
    loaded = set(result.stdout.split())
    assert loaded - {"tutor"} == {
        "tutor.engine",
        "tutor.engine.grading",
        "tutor.engine.items",
        "tutor.engine.numbers",
        "tutor.engine.text",
    }
