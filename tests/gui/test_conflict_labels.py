"""The conflict view speaks the UI language: places and kinds in bokmål, not in English."""

from __future__ import annotations


def test_places_and_kinds_are_named_in_bokmal(ctx, qtbot):
    from content.sync.conflicts import ConflictRow
    from gui.conflict_dialog import ConflictDialog, place_label

    assert place_label("sections[s1].blocks[b1].text") == "Seksjon › Blokk › Tekst"
    assert place_label("sessions[s1].modules[m1]") == "Samling › Modul i samlingen"
    assert place_label("citations[c1]") == "Kildehenvisning"
    dialog = ConflictDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)
    place = {"path": "summary", "base": "a", "mine": "b", "theirs": "c"}
    dialog._fill([
        ConflictRow("item", "i1", "Fravær", [place]),
        ConflictRow("module", "m1", "Vertskap", [place]),
        ConflictRow("curriculum", "c1", "Program", [place]),
    ])
    shown = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert shown == ["Fravær\nElement", "Vertskap\nModul", "Program\nStudieplan"]


def test_the_view_says_what_comes_next_once_the_last_conflict_is_resolved(ctx, qtbot):
    from content.sync.conflicts import ConflictRow
    from gui.conflict_dialog import ConflictDialog

    dialog = ConflictDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)
    place = {"path": "summary", "base": "a", "mine": "b", "theirs": "c"}
    dialog._fill([ConflictRow("item", "i1", "Fravær", [place])])
    assert dialog.intro.text().startswith("Du og teamserveren har endret disse stedene ulikt")
    assert dialog.mine_button.isEnabled()
    dialog._fill([])  # as after «Behold min» on the last one
    assert dialog.intro.text() == (
        "Ingen konflikter igjen. Synkroniser for å sende det du valgte, til teamserveren."
    )
    assert not dialog.mine_button.isEnabled()
    assert not any(head.isVisibleTo(dialog) for head in dialog.heads)
