"""The one item picker: keyboard search and choice for relations, citations and inserts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


def _picker(ctx, qtbot, **kwargs):
    from gui.pickers import ItemPickerDialog

    dialog = ItemPickerDialog(ctx, None, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_relation_picker_by_keyboard(ctx, qtbot):
    dialog = _picker(ctx, qtbot, source_kind="measure", item_id=ctx.ids["measure"])
    dialog.relation.setCurrentIndex(dialog.relation.findData("addresses"))
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "kapasitet")
    qtbot.waitUntil(lambda: dialog.results.count() == 1 and ctx.tasks.pending == 0,
                    timeout=5000)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.results
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    choice = dialog.chosen()
    assert choice["id"] == ctx.ids["barrier"]
    assert choice["title"] == "Lite kapasitet i små kommuner"
    assert choice["relation"] == "addresses"


def test_citation_picker_offers_sources_and_takes_a_locator(ctx, qtbot):
    dialog = _picker(ctx, qtbot, source_kind="measure", citation=True)
    qtbot.waitUntil(lambda: dialog.results.count() > 0 and ctx.tasks.pending == 0,
                    timeout=5000)
    assert dialog.results.count() == 1
    assert not dialog.relation.isVisible()
    assert dialog.locator.isVisible()
    dialog.locator.setText("s. 12")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # Enter in the search field picks
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == {"id": ctx.ids["source"], "title": "Rapport om vertskapskommuner",
                               "relation": "", "locator": "s. 12"}


def test_insert_picker_chooses_several(ctx, qtbot):
    dialog = _picker(ctx, qtbot)
    qtbot.waitUntil(lambda: dialog.results.count() == 3 and ctx.tasks.pending == 0,
                    timeout=5000)
    assert dialog.windowTitle() == "Sett inn element"
    dialog.results.selectAll()
    assert set(dialog.selected_ids()) == set(ctx.ids.values())
    qtbot.keyClicks(dialog.search, "interkom")
    qtbot.waitUntil(lambda: dialog.results.count() == 1 and ctx.tasks.pending == 0,
                    timeout=5000)
    assert dialog.selected_ids() == [ctx.ids["measure"]]


def test_a_long_title_shows_whole_in_the_picker(themed, ctx, qtbot):
    """At 520 px the starter's long titles ran off to a horizontal scroll bar."""
    from tests.builders import new_item

    title = ("Tilbudsforespørsel på KS FoU-prosjekt 204019 «Følgeforskning av Partnerskap "
             "for radikal innovasjon»")
    new_item(ctx, "source", title)
    for kwargs in ({}, {"citation": True}):
        dialog = _picker(ctx, qtbot, **kwargs)
        dialog.search.setText("Følgeforskning")
        qtbot.waitUntil(lambda d=dialog: d.results.count() == 1, timeout=5000)
        row = dialog.results.item(0)
        assert title in row.text()
        needed = dialog.results.fontMetrics().horizontalAdvance(row.text()) + 40  # the icon
        assert dialog.results.viewport().width() >= needed, kwargs
