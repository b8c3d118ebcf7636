"""The GUI's kind icons wear the same colour as the kind's rule and tag in the exports."""

from __future__ import annotations

import pytest

from content.kinds import KINDS
from exporters import styles as S


def _export_colour(kind: str) -> str:
    look = {"exercise": S.EXERCISE_LOOK, "trainer_note": S.NOTE_LOOK}.get(kind)
    colour = (look or S.kind_look(kind)).colour
    return "#" + colour.hexval()[2:].lower()


@pytest.mark.parametrize("kind", [*KINDS, "exercise", "trainer_note"])
def test_outline_icon_colour_is_the_export_colour(qtbot, kind):
    from gui.outline_model import kind_icon

    image = kind_icon(kind).pixmap(16, 16).toImage()
    # left edge, half way down: inside the rounded badge, clear of the letter
    assert image.pixelColor(1, 8).name() == _export_colour(kind)
