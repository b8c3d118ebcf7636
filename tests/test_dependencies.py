"""Every library the app imports is installed by `pip install .` (README's first command)."""

from __future__ import annotations

import ast
import contextlib
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("cli", "content", "db", "exporters", "gui")
# Extras the app may import when the user installed them (it says so when they are missing).
OPTIONAL_EXTRAS = ("postgres",)


def _name(name: str) -> str:
    """Return a distribution name normalised (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _installed_by_pip() -> set[str]:
    """The distributions `pip install .` (with the optional extras) brings: ours and theirs."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    todo = list(project["dependencies"])
    for extra in OPTIONAL_EXTRAS:
        todo += project["optional-dependencies"][extra]
    names: set[str] = set()
    while todo:
        requirement = Requirement(todo.pop())
        name = _name(requirement.name)
        if name in names or (requirement.marker and not requirement.marker.evaluate()):
            continue
        names.add(name)
        # a distribution not installed here: the import check below names what it lacks
        with contextlib.suppress(PackageNotFoundError):
            todo += [r for r in requires(requirement.name) or [] if "extra ==" not in r]
    return names


def _imported_top_modules() -> dict[str, str]:
    """Map each third-party top-level module the app imports to one file importing it."""
    first_party = set(PACKAGES) | {"main"}
    found: dict[str, str] = {}
    files = [ROOT / "main.py"] + [p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in first_party or top in sys.stdlib_module_names:
                    continue
                found.setdefault(top, path.relative_to(ROOT).as_posix())
    return found


def test_every_imported_library_is_a_runtime_dependency():
    """A library only the test extra installs breaks a user's export (pikepdf did)."""
    declared = _installed_by_pip()
    providers = packages_distributions()
    missing = []
    for module, where in sorted(_imported_top_modules().items()):
        dists = {_name(d) for d in providers.get(module, [])}
        if not dists & declared:
            missing.append(f"{module} (imported in {where}; from {sorted(dists) or '?'})")
    assert missing == []
