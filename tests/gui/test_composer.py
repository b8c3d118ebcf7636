"""The module composer: drops, keyboard inserts and moves, undo/redo, pinned updates."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtWidgets import QDialog

from content.commands import UpdateItem
from content.library import get_state
from content.modules.commands import AddBlocks
from gui import ops
from gui.composer import ItemPickerDialog, ModuleEditorPanel
from gui.diff_view import DiffDialog
from gui.outline_model import ITEM_MIME
from tests.builders import new_item, new_module


@pytest.fixture
def ctx(en_ctx):
    """An English UI on a fresh empty library (overrides the shared fixture on purpose)."""
    return en_ctx


def make_item(ctx, title, kind="barrier", **values):
    return new_item(ctx, kind, title, **values)


def make_module(ctx, title="Vertskapskommunen", sections=("Innledning", "Fordypning")):
    return new_module(ctx, title, sections=sections)


def module(ctx, mid):
    return ctx.read(lambda s: get_state(s, "module", mid))


def block_items(ctx, mid):
    """Return per section the item id (or title) of each block."""
    return [[b["item_id"] or b["title"] for b in s["blocks"]] for s in module(ctx, mid)["sections"]]


def open_panel(qtbot, ctx, mid):
    panel = ModuleEditorPanel(ctx, mid)
    qtbot.addWidget(panel)
    # not waitSignal: a fast read may deliver before the wait starts
    qtbot.waitUntil(lambda: panel.view is not None and ctx.tasks.pending == 0, timeout=5000)
    return panel


def type_into(edit, text):
    """Replace a line edit's text as a user would, and finish the edit."""
    edit.setText(text)
    edit.setModified(True)
    edit.editingFinished.emit()


def activate(qtbot, widget):
    """Show a widget in an active window, so its keyboard shortcuts work."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)


def wait_reloaded(qtbot, panel, ctx, mid):
    """Wait until the panel shows the module's stored revision."""
    rev = module(ctx, mid)["revision"]
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.revision == rev
                    and ctx.tasks.pending == 0, timeout=5000)


def test_drop_items_from_library_is_one_add_blocks(qtbot, ctx):
    a, b = make_item(ctx, "Lav kapasitet"), make_item(ctx, "Manglende kompetanse")
    mid = make_module(ctx)
    panel = open_panel(qtbot, ctx, mid)
    model = panel.model
    mime = QMimeData()
    mime.setData(ITEM_MIME, QByteArray(f"{a}\n{b}".encode()))
    second = model.index(1, 0)
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, second)
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, second)
    qtbot.waitUntil(lambda: block_items(ctx, mid) == [[], [a, b]], timeout=5000)
    assert ctx.history.status().undo == "Add blocks"
    wait_reloaded(qtbot, panel, ctx, mid)
    assert model.rowCount(model.index(1, 0)) == 2
    assert model.index(0, 0, model.index(1, 0)).data() == "Lav kapasitet"
    assert "2 blocks" in panel.totals.text()


def test_keyboard_insert_moves_and_undo_redo(qtbot, ctx, monkeypatch):
    a, b = make_item(ctx, "Lav kapasitet"), make_item(ctx, "Næringsvennlig kommune")
    mid = make_module(ctx)
    panel = open_panel(qtbot, ctx, mid)
    activate(qtbot, panel)

    def pick(dlg: ItemPickerDialog) -> int:
        dlg.search.setText("nærings")
        dlg.refresh()
        qtbot.waitUntil(lambda: dlg.results.count() == 1, timeout=5000)
        assert dlg.results.item(0).text() == "Næringsvennlig kommune"
        dlg.results.item(0).setSelected(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ItemPickerDialog, "exec", pick)
    panel.tree.setCurrentIndex(panel.model.index(0, 0))
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: block_items(ctx, mid) == [[b], []], timeout=5000)
    state = module(ctx, mid)
    ctx.history.run(AddBlocks(entity_id=mid, section_id=state["sections"][0]["id"],
                              expected_revision=state["revision"], blocks=[{"item_id": a}]))
    panel.reload()
    wait_reloaded(qtbot, panel, ctx, mid)
    assert block_items(ctx, mid) == [[b, a], []]

    # Alt+Down on the first block: it moves below the second, then into the next section
    panel.tree.setCurrentIndex(panel.model.index(0, 0, panel.model.index(0, 0)))
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: block_items(ctx, mid) == [[a, b], []], timeout=5000)
    wait_reloaded(qtbot, panel, ctx, mid)
    assert panel.model.block_at(panel.tree.currentIndex())["item_id"] == b
    qtbot.keyClick(panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: block_items(ctx, mid) == [[a], [b]], timeout=5000)
    wait_reloaded(qtbot, panel, ctx, mid)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: block_items(ctx, mid) == [[a, b], []], timeout=5000)
    assert ctx.history.status().undo == "Move block"

    # undo and redo back and forth, checking the store each time
    states = [[[a, b], []], [[a], [b]], [[a, b], []], [[b, a], []], [[b], []], [[], []]]
    for expected in states[1:]:
        ops.undo(ctx, panel)
        qtbot.waitUntil(lambda e=expected: block_items(ctx, mid) == e, timeout=5000)
    for expected in reversed(states[:-1]):
        ops.redo(ctx, panel)
        qtbot.waitUntil(lambda e=expected: block_items(ctx, mid) == e, timeout=5000)
    wait_reloaded(qtbot, panel, ctx, mid)
    assert panel.model.rowCount(panel.model.index(0, 0)) == 2


def test_drag_block_within_and_across_sections(qtbot, ctx):
    a, b, c = (make_item(ctx, t) for t in ("A-funn", "B-funn", "C-funn"))
    mid = make_module(ctx)
    sec0 = module(ctx, mid)["sections"][0]["id"]
    ctx.history.run(AddBlocks(entity_id=mid, section_id=sec0, expected_revision=1,
                              blocks=[{"item_id": i} for i in (a, b, c)]))
    panel = open_panel(qtbot, ctx, mid)
    model = panel.model
    first = model.index(0, 0, model.index(0, 0))
    mime = model.mimeData([first])
    # drop the first block between the 2nd and 3rd: it lands in place 1 after removal
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, model.index(0, 0))
    qtbot.waitUntil(lambda: block_items(ctx, mid) == [[b, a, c], []], timeout=5000)
    wait_reloaded(qtbot, panel, ctx, mid)
    mime = model.mimeData([model.index(2, 0, model.index(0, 0))])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index(1, 0))
    qtbot.waitUntil(lambda: block_items(ctx, mid) == [[b, a], [c]], timeout=5000)


def test_header_fields_save_with_expected_revision(qtbot, ctx):
    mid = make_module(ctx)
    panel = open_panel(qtbot, ctx, mid)
    titles = []
    panel.title_did_change.connect(titles.append)
    type_into(panel.title_edit, "Vertskapskommunen i praksis")
    type_into(panel.code_edit, "VK-1")  # queued behind the title: no stale write
    panel.audiences.boxes["folkevalgte"].click()
    qtbot.waitUntil(lambda: module(ctx, mid)["audiences"] == ["folkevalgte"], timeout=5000)
    state = module(ctx, mid)
    assert (state["title"], state["code"]) == ("Vertskapskommunen i praksis", "VK-1")
    wait_reloaded(qtbot, panel, ctx, mid)
    assert titles[-1] == "Vertskapskommunen i praksis"
    assert panel.title() == "Vertskapskommunen i praksis"


def test_text_exercise_and_options(qtbot, ctx, monkeypatch):
    mid = make_module(ctx, sections=("Del 1",))
    panel = open_panel(qtbot, ctx, mid)

    def fill(dlg):
        dlg.title_edit.setText("Hva hindrer dere?")
        dlg.text.setPlainText("Diskuter i grupper.")
        dlg.kind.setCurrentIndex(dlg.kind.findData("group_task"))
        dlg.minutes.setValue(20)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("gui.composer.NewBlockDialog.exec", fill)
    panel.add_block("exercise")
    qtbot.waitUntil(lambda: block_items(ctx, mid) == [["Hva hindrer dere?"]], timeout=5000)
    b = module(ctx, mid)["sections"][0]["blocks"][0]
    assert (b["block_type"], b["exercise_kind"], b["minutes"]) == ("exercise", "group_task", 20)
    wait_reloaded(qtbot, panel, ctx, mid)
    assert "20 min in blocks" in panel.totals.text()
    assert panel.options.minutes.isVisibleTo(panel.options)
    panel.options.minutes.setValue(25)
    panel.options.minutes.editingFinished.emit()
    qtbot.waitUntil(lambda: module(ctx, mid)["sections"][0]["blocks"][0]["minutes"] == 25,
                    timeout=5000)
    wait_reloaded(qtbot, panel, ctx, mid)
    assert "25 min in blocks" in panel.totals.text()


def test_pinned_update_shows_diff_and_accept_updates(qtbot, ctx, monkeypatch):
    iid = make_item(ctx, "Lav kapasitet", summary="Små kommuner har få ansatte.")
    mid = make_module(ctx)
    sec0 = module(ctx, mid)["sections"][0]["id"]
    ctx.history.run(AddBlocks(entity_id=mid, section_id=sec0, expected_revision=1,
                              blocks=[{"item_id": iid, "pinned_revision": 1}]))
    ctx.history.run(UpdateItem(entity_id=iid, values={"summary": "Små kommuner har få "
                                                                 "ansatte og lite tid."}))
    panel = open_panel(qtbot, ctx, mid)
    block_idx = panel.model.index(0, 4, panel.model.index(0, 0))
    assert block_idx.data() == "update available"
    shown = {}

    def accept(dlg):
        shown["left"] = dlg.view.left.toPlainText()
        shown["right"] = dlg.view.right.toPlainText()
        shown["html"] = dlg.view.right.toHtml()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DiffDialog, "exec", accept)
    panel.tree.setCurrentIndex(panel.model.index(0, 0, panel.model.index(0, 0)))
    assert panel.options.update_button.isVisibleTo(panel.options)
    panel.options.update_button.click()
    qtbot.waitUntil(lambda: module(ctx, mid)["sections"][0]["blocks"][0]["pinned_revision"]
                    == 2, timeout=5000)
    assert "få ansatte." in shown["left"]
    assert "lite tid" in shown["right"]
    assert "lite tid" not in shown["left"]
    assert "#d4eed9" in shown["html"]  # the insertion is marked
    wait_reloaded(qtbot, panel, ctx, mid)
    assert panel.model.index(0, 4, panel.model.index(0, 0)).data() == ""


def test_pinned_update_rejected_changes_nothing(qtbot, ctx, monkeypatch):
    iid = make_item(ctx, "Lav kapasitet")
    mid = make_module(ctx)
    sec0 = module(ctx, mid)["sections"][0]["id"]
    ctx.history.run(AddBlocks(entity_id=mid, section_id=sec0, expected_revision=1,
                              blocks=[{"item_id": iid, "pinned_revision": 1}]))
    ctx.history.run(UpdateItem(entity_id=iid, values={"body": "Ny tekst"}))
    panel = open_panel(qtbot, ctx, mid)
    monkeypatch.setattr(DiffDialog, "exec", lambda dlg: QDialog.DialogCode.Rejected)
    block_id = module(ctx, mid)["sections"][0]["blocks"][0]["id"]
    rev = module(ctx, mid)["revision"]
    panel.show_update(block_id)
    qtbot.waitUntil(lambda: hasattr(panel, "last_diff_dialog"), timeout=5000)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    assert module(ctx, mid)["revision"] == rev


def test_stale_header_edit_is_refused_and_text_kept(qtbot, ctx, monkeypatch):
    from content.modules.commands import UpdateModule

    mid = make_module(ctx)
    panel = open_panel(qtbot, ctx, mid)
    errors = []
    monkeypatch.setattr("gui.composer.show_error", lambda parent, exc: errors.append(exc))
    # another window saves first; this panel has not reloaded yet
    ctx.operation_did_execute.disconnect(panel._on_operation)
    ctx.history.run(UpdateModule(entity_id=mid, values={"title": "Fra et annet vindu"}))
    type_into(panel.title_edit, "Min tittel")
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    assert module(ctx, mid)["title"] == "Fra et annet vindu"
    assert panel.title_edit.text() == "Min tittel"


def test_language_switch_rebuilds_without_doubling_commands(qtbot, ctx):
    from gui import i18n

    a = make_item(ctx, "Lav kapasitet")
    mid = make_module(ctx)
    panel = open_panel(qtbot, ctx, mid)
    old_toolbar = panel.toolbar
    i18n.install("nb")
    qtbot.waitUntil(lambda: panel.toolbar is not old_toolbar, timeout=5000)
    wait_reloaded(qtbot, panel, ctx, mid)
    assert panel.model.rowCount() == 2
    assert panel.title_edit.text() == "Vertskapskommunen"
    mime = QMimeData()
    mime.setData(ITEM_MIME, QByteArray(a.encode()))
    panel.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, panel.model.index(0, 0))
    qtbot.waitUntil(lambda: block_items(ctx, mid) == [[a], []], timeout=5000)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    assert block_items(ctx, mid) == [[a], []]  # one drop, one block
    i18n.install("en")
    qtbot.waitUntil(lambda: panel.toolbar.actions()[0].text() == "Insert item…", timeout=5000)


def test_closing_the_tab_stores_header_and_block_text_typed_last(qtbot, ctx, window):
    mid = make_module(ctx, sections=("Del 1",))
    sec = module(ctx, mid)["sections"][0]["id"]
    ctx.history.run(AddBlocks(entity_id=mid, section_id=sec, expected_revision=1,
                              blocks=[{"block_type": "text", "text": "Gammel"}]))
    panel = window.open_entity("module", mid)
    qtbot.waitUntil(lambda: panel.view is not None and ctx.tasks.pending == 0, timeout=5000)
    panel.tree.setCurrentIndex(panel.model.index(0, 0, panel.model.index(0, 0)))
    panel.options.text.setPlainText("Ny blokktekst")
    panel.options.text.document().setModified(True)
    panel.title_edit.setText("Skrevet rett før lukking")  # no editingFinished yet
    window.close_tab(window.find_tab("module", mid))
    qtbot.waitUntil(lambda: module(ctx, mid)["title"] == "Skrevet rett før lukking"
                    and module(ctx, mid)["sections"][0]["blocks"][0]["text"] == "Ny blokktekst",
                    timeout=5000)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    assert window.find_tab("module", mid) == -1


def test_leaving_an_unchanged_composer_stores_nothing(qtbot, ctx):
    mid = new_module(ctx, "Uten kode", sections=("Del 1",), audiences=["folkevalgte"],
                     objectives=["Forstå vertskap"])
    ctx.history.clear()
    panel = open_panel(qtbot, ctx, mid)
    panel.flush()  # as undo, a tab switch or closing do
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    assert ctx.history.status().undo is None
    assert module(ctx, mid)["revision"] == 1
