"""Module minutes: the one place they are summed and limited.

A module's duration is its own ``duration_minutes`` when set, else the sum of its
blocks' minutes. The functions take a module, section or block as a state dict (the
commands, the GUI, bundles), an ORM object or an export snapshot alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from content.i18n import tr

# A module is taught within one day: the agenda clock of a session wraps at 24 h.
MAX_MODULE_MINUTES = 1440


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, Mapping) else getattr(obj, key)


def block_minutes(block: Any) -> int:
    """Return a block's minutes (0 when unset)."""
    return int(_get(block, "minutes") or 0)


def section_minutes(section: Any) -> int:
    """Return the summed minutes of a section's blocks."""
    return sum(block_minutes(b) for b in _get(section, "blocks"))


def minutes_in_blocks(module: Any) -> int:
    """Return the summed minutes of all blocks of a module."""
    return sum(section_minutes(s) for s in _get(module, "sections"))


def module_minutes(module: Any) -> int:
    """Return a module's minutes: its own duration, or the sum of its blocks."""
    return int(_get(module, "duration_minutes") or 0) or minutes_in_blocks(module)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _limit_text() -> str:
    return tr("must be a whole number from 0 to {maximum}", maximum=MAX_MODULE_MINUTES)


def block_minutes_problems(block: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Return the (field, problem) pair of a block whose minutes are out of range."""
    minutes = block.get("minutes", 0)
    if not _whole(minutes) or not 0 <= minutes <= MAX_MODULE_MINUTES:
        return [("minutes", _limit_text())]
    return []


def module_minutes_problems(
    state: Mapping[str, Any], before: Mapping[str, Any] | None = None
) -> list[tuple[str, str]]:
    """Return (field, problem) pairs for a module state's duration and block minutes.

    The declared duration and each block lie within 0..MAX_MODULE_MINUTES, and so does
    the sum of the blocks; a sum already over the limit before an edit (``before``) may
    stay over it as long as the edit does not raise it, so such a module can be repaired.
    """
    problems: list[tuple[str, str]] = []
    duration = state.get("duration_minutes", 0)
    if not _whole(duration) or not 0 <= duration <= MAX_MODULE_MINUTES:
        problems.append(("duration_minutes", _limit_text()))
    for si, sec in enumerate(state["sections"]):
        for bi, b in enumerate(sec["blocks"]):
            where = f"sections[{si}].blocks[{bi}]"
            problems += [(f"{where}.{f}", m) for f, m in block_minutes_problems(b)]
    if problems:
        return problems
    total = minutes_in_blocks(state)
    if total > MAX_MODULE_MINUTES and (before is None or total > _safe_total(before)):
        problems.append(
            (
                "sections",
                tr(
                    "the blocks add up to {total} minutes; a module holds at most {maximum}",
                    total=total,
                    maximum=MAX_MODULE_MINUTES,
                ),
            )
        )
    return problems


def _safe_total(state: Mapping[str, Any]) -> int:
    try:
        return minutes_in_blocks(state)
    except (TypeError, ValueError, KeyError):
        return 0
