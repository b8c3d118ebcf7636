"""The library view: search-as-you-type, filters, sorting, lazy fetching, drag, saved searches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt


@pytest.fixture
def panel(ctx, qtbot):
    from gui.library_view import LibraryPanel

    widget = LibraryPanel(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.model.reload()
    qtbot.waitUntil(lambda: widget.model.loaded, timeout=5000)
    return widget


def _titles(panel):
    return [panel.model.title_of(r) for r in range(panel.model.rowCount())]


def test_lists_items_sorted_by_title(panel):
    assert _titles(panel) == ["Interkommunalt næringssamarbeid", "Lite kapasitet i små kommuner",
                              "Rapport om vertskapskommuner"]
    assert panel.model.headerData(1, Qt.Orientation.Horizontal) == "Type"
    assert panel.model.data(panel.model.index(0, 1)) == "Tiltak"
    assert panel.model.data(panel.model.index(0, 2)) == "Godkjent"


def test_search_as_you_type(panel, qtbot):
    qtbot.keyClicks(panel.search, "kommunegr")  # in the summary only, as a word prefix
    qtbot.waitUntil(lambda: _titles(panel) == ["Interkommunalt næringssamarbeid"], timeout=5000)
    panel.search.clear()
    qtbot.keyClicks(panel.search, "kapasit")
    qtbot.waitUntil(lambda: _titles(panel) == ["Lite kapasitet i små kommuner"], timeout=5000)
    panel.search.clear()
    qtbot.waitUntil(lambda: len(_titles(panel)) == 3, timeout=5000)


def test_search_is_debounced(panel, qtbot, ctx):
    calls = []
    original = panel.model.set_query
    panel.model.set_query = lambda q: (calls.append(q.text), original(q))
    qtbot.keyClicks(panel.search, "vertskap")
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    qtbot.wait(200)
    assert calls == ["vertskap"]


@pytest.mark.parametrize(("combo", "value", "expected"), [
    ("kind_filter", "barrier", ["Lite kapasitet i små kommuner"]),
    ("status_filter", "approved", ["Interkommunalt næringssamarbeid"]),
    ("audience_filter", "folkevalgte", ["Lite kapasitet i små kommuner"]),
    ("tag_filter", "samarbeid", ["Interkommunalt næringssamarbeid"]),
])
def test_filters(panel, qtbot, combo, value, expected):
    box = getattr(panel, combo)
    qtbot.waitUntil(lambda: box.findData(value) >= 0, timeout=5000)
    box.setCurrentIndex(box.findData(value))
    qtbot.waitUntil(lambda: _titles(panel) == expected, timeout=5000)
    box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(_titles(panel)) == 3, timeout=5000)


def test_filter_with_search(panel, qtbot):
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("source"))
    qtbot.keyClicks(panel.search, "kommune")
    qtbot.waitUntil(lambda: _titles(panel) == ["Rapport om vertskapskommuner"], timeout=5000)


def test_sorting(panel, qtbot):
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: _titles(panel)[0] == "Rapport om vertskapskommuner", timeout=5000)
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # status: approved < draft
    qtbot.waitUntil(lambda: _titles(panel)[0] == "Interkommunalt næringssamarbeid", timeout=5000)


def test_lazy_fetching(ctx, qtbot, monkeypatch):
    from content.commands import CreateItem
    from gui import library_view

    monkeypatch.setattr(library_view, "PAGE", 5)
    for i in range(12):
        ctx.history.run(CreateItem(values={"kind": "question", "title": f"Spørsmål {i:02d}"}))
    panel = library_view.LibraryPanel(ctx)
    qtbot.addWidget(panel)
    first = []
    panel.model.rows_did_load.connect(
        lambda: first.append((panel.model.rowCount(), panel.model.canFetchMore(QModelIndex()))))
    panel.model.reload()
    qtbot.waitUntil(lambda: panel.model.loaded, timeout=5000)
    assert first[0] == (5, True)
    while panel.model.canFetchMore(QModelIndex()) or panel.model._fetching:
        panel.model.fetchMore(QModelIndex())
        qtbot.wait(20)
    assert panel.model.rowCount() == 15


def test_drag_carries_item_ids(panel, ctx):
    from gui.library_view import MIME_ITEM_IDS

    indexes = [panel.model.index(0, 0), panel.model.index(1, 0), panel.model.index(1, 2)]
    mime = panel.model.mimeData(indexes)
    ids = bytes(mime.data(MIME_ITEM_IDS)).decode().split("\n")
    assert ids == [ctx.ids["measure"], ctx.ids["barrier"]]
    assert mime.text() == "Interkommunalt næringssamarbeid\nLite kapasitet i små kommuner"
    assert panel.model.flags(indexes[0]) & Qt.ItemFlag.ItemIsDragEnabled
    assert MIME_ITEM_IDS in panel.model.mimeTypes()


def test_saved_searches(panel, qtbot):
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("barrier"))
    panel.search.setText("kapasitet")
    panel.save_search("Mine barrierer")
    panel.apply_query(type(panel.model.query)())
    qtbot.waitUntil(lambda: len(_titles(panel)) == 3, timeout=5000)
    assert "Mine barrierer" in panel.saved_searches()
    panel.load_saved("Mine barrierer")
    assert panel.search.text() == "kapasitet"
    qtbot.waitUntil(lambda: _titles(panel) == ["Lite kapasitet i små kommuner"], timeout=5000)


def test_refreshes_after_a_change(panel, ctx, qtbot):
    from content.commands import CreateItem
    from gui import ops

    ops.run_command(ctx, panel, CreateItem(values={"kind": "finding", "title": "Aller først"}))
    qtbot.waitUntil(lambda: _titles(panel)[:1] == ["Aller først"], timeout=5000)


def test_enter_opens_item(panel, qtbot, ctx):
    opened = []
    panel.item_did_activate.connect(opened.append)
    panel.table.setFocus()
    panel.table.selectRow(1)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened == [ctx.ids["barrier"]]


def test_kind_icons_use_the_export_colours(qtbot):
    """The GUI's kind icons and the exports' kind looks are one colour table."""
    from PySide6.QtGui import QColor

    from content.items.kinds import KINDS
    from exporters.styles import kind_look
    from gui.outline_model import kind_icon

    for kind in KINDS:
        image = kind_icon(kind).pixmap(16, 16).toImage()
        shown = QColor(image.pixel(2, 8))
        assert shown.name() == kind_look(kind).colour.hexval().replace("0x", "#"), kind
