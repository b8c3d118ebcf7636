"""The colour of each item kind and block type: one table for the GUI and the exports.

Exports are what KS publishes, so their colours are the reference; the GUI's kind icons
and outline use the same ones (gui/outline_model.py turns them into QColors).
"""

from __future__ import annotations

KIND_COLOURS: dict[str, str] = {
    "finding": "#1f6f8b",
    "barrier": "#b3261e",
    "measure": "#2e7d32",
    "example": "#6a3d9a",
    "archetype": "#8d6e00",
    "collaboration_model": "#00695c",
    "indicator": "#37474f",
    "criterion": "#ad1457",
    "question": "#455a9c",
    "source": "#5b6570",
    # block types of a module
    "text": "#4a5568",
    "exercise": "#1f4e79",
    "trainer_note": "#a8781a",
}
DEFAULT_COLOUR = "#5b6570"


def kind_colour(kind: str) -> str:
    """Return the colour (#rrggbb) of an item kind or block type."""
    return KIND_COLOURS.get(kind, DEFAULT_COLOUR)
