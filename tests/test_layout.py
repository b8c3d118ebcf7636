"""The house rules of the layout that no linter checks (issue 10, docs/architecture.md)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 600
GENERATED = {"gui/_command_labels.py"}  # written by tools/update_translations.py


def test_no_source_file_is_too_big_to_hold_in_ones_head():
    """Split a file by what a reader looks for before it passes 600 lines."""
    too_big = []
    for package in ("cli", "content", "db", "exporters", "gui"):
        for path in (ROOT / package).rglob("*.py"):
            name = path.relative_to(ROOT).as_posix()
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > MAX_LINES and name not in GENERATED:
                too_big.append(f"{name}: {lines} lines")
    assert too_big == []
