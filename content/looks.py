"""The colour of each item kind and block type: one table for the exports and the GUI.

The exports' colours are the published look; the GUI's outline icons use the same ones.
Colours are "#rrggbb" strings so that neither content/ nor this table needs ReportLab or Qt.
"""

from __future__ import annotations

DEFAULT_COLOUR = "#5b6570"  # muted slate: kinds and blocks without a colour of their own

KIND_COLOURS: dict[str, str] = {
    # item kinds
    "finding": "#1f6f8b",
    "barrier": "#b3261e",
    "measure": "#2e7d32",
    "example": "#6a3d9a",
    "archetype": "#8d6e00",
    "collaboration_model": "#00695c",
    "indicator": "#37474f",
    "criterion": "#ad1457",
    "question": "#455a9c",
    "source": DEFAULT_COLOUR,
    # block types that are not items
    "text": DEFAULT_COLOUR,
    "exercise": "#1f4e79",
    "trainer_note": "#a8781a",
}


def kind_colour(kind: str) -> str:
    """Return the "#rrggbb" colour of an item kind or block type."""
    return KIND_COLOURS.get(kind, DEFAULT_COLOUR)
