"""The item editor: create, validate beside the field, autosave, stale edits, diff, restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from content.library import get_state, history


def _state(ctx, item_id):
    return ctx.read(lambda s: get_state(s, "item", item_id))


def _open(ctx, qtbot, item_id):
    from gui.item_editor import ItemEditorPanel

    panel = ItemEditorPanel(ctx, item_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.loaded and panel.revision > 0, timeout=10000)
    return panel


def test_create_item_through_editor(ctx, qtbot):
    from gui.item_editor import ItemEditorPanel

    panel = ItemEditorPanel(ctx, None, kind="example")
    qtbot.addWidget(panel)
    panel.show()
    created = []
    panel.item_did_create.connect(created.append)
    qtbot.keyClicks(panel.title_edit, "Vertskapskommunen Vinje")
    municipality = panel._rows["fields.municipality"][1]
    qtbot.keyClicks(municipality, "Vinje")
    qtbot.keyClicks(panel._rows["fields.year"][1], "2022")
    panel.audience_boxes["folkevalgte"].setChecked(True)
    panel.body_edit.setPlainText("Vinje **bygde** et næringsfond.")
    panel.save_now()
    qtbot.waitUntil(lambda: bool(created), timeout=10000)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0)
    state = _state(ctx, created[0])
    assert state["kind"] == "example"
    assert state["title"] == "Vertskapskommunen Vinje"
    assert state["fields"] == {"municipality": "Vinje", "year": 2022}
    assert state["audiences"] == ["folkevalgte"]
    assert "næringsfond" in state["body"]
    qtbot.waitUntil(lambda: "<strong>bygde</strong>" in panel.preview.toHtml()
                    or "font-weight" in panel.preview.toHtml(), timeout=5000)


def test_validation_message_beside_field(ctx, qtbot):
    from gui.item_editor import ItemEditorPanel

    panel = ItemEditorPanel(ctx, None, kind="criterion")
    qtbot.addWidget(panel)
    panel.show()
    weight = panel._rows["fields.weight"][1]
    error = panel._rows["fields.weight"][2]
    qtbot.keyClicks(panel.title_edit, "Bredt eierskap")
    qtbot.keyClicks(weight, "mye")
    assert error.isVisible()
    assert error.text() == "Må være et tall"
    weight.clear()
    qtbot.keyClicks(weight, "140")
    assert error.text() == "Må være høyst 100"
    weight.clear()
    qtbot.keyClicks(weight, "40")
    assert not error.isVisible()
    assert panel._rows["title"][2].text() == ""


def test_edit_is_saved_as_made(ctx, qtbot):
    item_id = ctx.ids["barrier"]
    panel = _open(ctx, qtbot, item_id)
    before = panel.revision
    panel.summary_edit.setPlainText("Ny oppsummering")
    qtbot.waitUntil(lambda: _state(ctx, item_id)["summary"] == "Ny oppsummering", timeout=5000)
    qtbot.waitUntil(lambda: panel.revision == before + 1, timeout=5000)


def test_stale_edit_refused_and_text_kept(ctx, qtbot, monkeypatch):
    from content.commands import UpdateItem
    from content.undo import UndoHistory

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[1:]))
    item_id = ctx.ids["barrier"]
    panel = _open(ctx, qtbot, item_id)
    other = UndoHistory(ctx.library.sessions, "kollega")  # a second window or process
    other.run(UpdateItem(entity_id=item_id, values={"title": "Endret av kollega"}))
    panel.title_edit.selectAll()
    qtbot.keyClicks(panel.title_edit, "Min tittel")
    panel.save_now()
    qtbot.waitUntil(lambda: panel.stale, timeout=5000)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0)
    assert panel.title_edit.text() == "Min tittel"
    assert panel.banner.isVisible()
    assert warnings
    assert "endret" in warnings[0][0].lower()
    assert _state(ctx, item_id)["title"] == "Endret av kollega"
    # choosing to save over it stores the user's text on top of the newer revision
    panel.overwrite_button.click()
    qtbot.waitUntil(lambda: _state(ctx, item_id)["title"] == "Min tittel", timeout=5000)
    assert not panel.stale


def test_revision_diff_shows_two_revisions(ctx, qtbot):
    item_id = ctx.ids["measure"]
    panel = _open(ctx, qtbot, item_id)
    panel.summary_edit.setPlainText("Del ressurser og folk over kommunegrensene.")
    panel.save_now()
    qtbot.waitUntil(lambda: panel.history_list.topLevelItemCount() == 2, timeout=5000)
    panel.history_list.selectAll()
    assert panel.selected_revisions() == [1, 2]
    dialog = panel.compare_selected()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "og folk" in dialog.inline.toPlainText(), timeout=5000)
    assert "1" in dialog.heading.text()
    assert "2" in dialog.heading.text()
    html = dialog.inline.toHtml()
    assert "#d7f5dd" in html  # the insertion is coloured
    dialog.mode.setCurrentIndex(1)
    assert "og folk" in dialog.new_view.toPlainText()
    assert "og folk" not in dialog.old_view.toPlainText()


def test_restore_revision(ctx, qtbot):
    item_id = ctx.ids["measure"]
    panel = _open(ctx, qtbot, item_id)
    panel.title_edit.setText("Feil tittel")
    panel.title_edit.textEdited.emit("Feil tittel")
    panel.save_now()
    qtbot.waitUntil(lambda: _state(ctx, item_id)["title"] == "Feil tittel", timeout=5000)
    qtbot.waitUntil(lambda: panel.history_list.topLevelItemCount() == 2, timeout=5000)
    oldest = panel.history_list.topLevelItem(1)
    assert oldest.data(0, Qt.ItemDataRole.UserRole) == 1
    panel.history_list.clearSelection()
    oldest.setSelected(True)
    panel.restore_selected()
    qtbot.waitUntil(lambda: _state(ctx, item_id)["title"] == "Interkommunalt næringssamarbeid",
                    timeout=5000)
    qtbot.waitUntil(lambda: panel.title_edit.text() == "Interkommunalt næringssamarbeid",
                    timeout=5000)
    revisions = ctx.read(lambda s: history(s, "item", item_id))
    assert revisions[0].action == "Restore revision"


def test_add_relation_and_citation(ctx, qtbot, monkeypatch):
    from gui.pickers import ItemPickerDialog

    choices = iter([
        {"id": ctx.ids["barrier"], "title": "x", "relation": "addresses", "locator": ""},
        {"id": ctx.ids["source"], "title": "y", "relation": "", "locator": "s. 12"},
    ])
    monkeypatch.setattr(ItemPickerDialog, "exec", lambda self: 1)
    monkeypatch.setattr(ItemPickerDialog, "chosen", lambda self: next(choices))
    item_id = ctx.ids["measure"]
    panel = _open(ctx, qtbot, item_id)
    panel.pick_relation()
    qtbot.waitUntil(lambda: panel.relations_list.topLevelItemCount() == 1, timeout=5000)
    panel.pick_citation()
    qtbot.waitUntil(lambda: panel.citations_list.topLevelItemCount() == 1, timeout=5000)
    state = _state(ctx, item_id)
    assert state["relations"][0]["target_id"] == ctx.ids["barrier"]
    assert state["citations"][0]["locator"] == "s. 12"
    assert panel.relations_list.topLevelItem(0).text(1) == "Lite kapasitet i små kommuner"


def test_relation_picker_offers_allowed_kinds_only(ctx, qtbot):
    from gui.pickers import ItemPickerDialog

    dialog = ItemPickerDialog(ctx, None, source_kind="measure", item_id=ctx.ids["measure"])
    qtbot.addWidget(dialog)
    relations = [dialog.relation.itemData(i) for i in range(dialog.relation.count())]
    assert "addresses" in relations
    assert "measures" not in relations
    dialog.relation.setCurrentIndex(relations.index("addresses"))
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=5000)
    assert dialog.chosen()["id"] == ctx.ids["barrier"]


def test_insert_image(ctx, qtbot, tmp_path):
    from PIL import Image

    path = tmp_path / "kart.png"
    Image.new("RGB", (40, 30), "red").save(path)
    panel = _open(ctx, qtbot, ctx.ids["barrier"])
    panel.insert_image(str(path))
    qtbot.waitUntil(lambda: "](asset:" in panel.body_edit.toPlainText(), timeout=5000)
    assert panel.body_edit.toPlainText().startswith("![kart](asset:")
    qtbot.waitUntil(lambda: "kvasset:" in panel.preview.toHtml(), timeout=5000)


def test_bad_image_refused_with_message(ctx, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    path = tmp_path / "ikke-et-bilde.png"
    path.write_bytes(b"not an image at all")
    panel = _open(ctx, qtbot, ctx.ids["barrier"])
    panel.insert_image(str(path))
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "ikke-et-bilde.png" in shown[0]
    assert panel.body_edit.toPlainText() == ""


def test_a_cited_source_shows_its_whole_title(ctx, qtbot):
    """The source column kept Qt's 100 px: «Forespørsel …», beside a wide, empty page column."""
    from content.commands import AddCitation
    from tests.builders import new_item

    title = "Nærings- og distriktsutvikling – perspektiver, politikk og samhandling"
    source = new_item(ctx, "source", title)
    item_id = ctx.ids["measure"]
    ctx.history.run(AddCitation(entity_id=item_id, source_id=source))
    panel = _open(ctx, qtbot, item_id)
    panel.resize(1000, 700)
    panel.tabs.setCurrentIndex(1)  # «Relasjoner og kilder»
    qtbot.waitUntil(lambda: panel.citations_list.topLevelItemCount() == 1, timeout=5000)
    lst = panel.citations_list
    qtbot.waitUntil(lst.isVisible, timeout=5000)
    entry = lst.topLevelItem(0)
    assert entry.text(0) == title
    assert lst.columnWidth(0) >= lst.fontMetrics().horizontalAdvance(title)
