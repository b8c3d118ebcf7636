"""Errors content code raises; the GUI and CLI decide how to show them."""

from __future__ import annotations


class ContentError(Exception):
    """A plain-text, user-facing problem with content or an operation."""


class ValidationError(ContentError):
    """An entity has invalid fields; problems name the entity and the field."""

    def __init__(self, problems: list[tuple[str, str]], entity: str = "") -> None:
        self.problems = problems
        self.entity = entity
        where = f"{entity}: " if entity else ""
        text = "; ".join(f"{field}: {msg}" for field, msg in problems)
        super().__init__(f"{where}{text}")


class StaleWriteError(ContentError):
    """A write started from an older revision than the one stored now."""


class NotFoundError(ContentError):
    """An entity does not exist (or has been deleted)."""
