"""The curriculum builder: sessions, modules by drop and keyboard, times, validation links."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QByteArray, QDate, QMimeData, Qt, QTime
from PySide6.QtWidgets import QInputDialog

from content.curricula.commands import CreateCurriculum
from content.library import get_state
from content.modules.commands import CreateModule
from gui import ops
from gui.curriculum_editor import CurriculumEditorPanel
from gui.curriculum_model import MODULE_MIME
from tests.builders import run


@pytest.fixture
def ctx(en_ctx):
    """An English UI on a fresh empty library (overrides the shared fixture on purpose)."""
    return en_ctx


def curriculum(ctx, cid):
    return ctx.read(lambda s: get_state(s, "curriculum", cid))


def layout(ctx, cid):
    return [[e["module_id"] for e in s["modules"]] for s in curriculum(ctx, cid)["sessions"]]


def open_panel(qtbot, ctx, cid):
    panel = CurriculumEditorPanel(ctx, cid)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.view is not None and ctx.tasks.pending == 0, timeout=5000)
    return panel


def settle(qtbot, ctx, panel, cid):
    rev = curriculum(ctx, cid)["revision"]
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.state["revision"] == rev
                    and ctx.tasks.pending == 0, timeout=5000)


@pytest.fixture
def modules(ctx):
    return [run(ctx, CreateModule(values={"title": t, "code": c, "duration_minutes": m,
                                          "objectives": ["Mål"]}))
            for t, c, m in (("Forstå vertskap", "VK-1", 60), ("Samarbeid", "VK-2", 90),
                            ("Indikatorer", "VK-3", 45))]


def test_build_curriculum_with_two_sessions(qtbot, ctx, modules, monkeypatch):
    m1, m2, m3 = modules
    cid = run(ctx, CreateCurriculum(values={"title": "Folkevalgtprogrammet"}))
    panel = open_panel(qtbot, ctx, cid)
    names = iter(["Samling 1", "Samling 2"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(names), True))
    panel.add_session()
    qtbot.waitUntil(lambda: len(curriculum(ctx, cid)["sessions"]) == 1, timeout=5000)
    settle(qtbot, ctx, panel, cid)
    panel.add_session()
    qtbot.waitUntil(lambda: len(curriculum(ctx, cid)["sessions"]) == 2, timeout=5000)
    settle(qtbot, ctx, panel, cid)

    # drag two modules from the list into the first session (one command)
    mime = QMimeData()
    mime.setData(MODULE_MIME, QByteArray(f"{m1}\n{m2}".encode()))
    assert panel.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0,
                                    panel.model.index(0, 0))
    qtbot.waitUntil(lambda: layout(ctx, cid) == [[m1, m2], []], timeout=5000)
    assert ctx.history.status().undo == "Add modules"
    settle(qtbot, ctx, panel, cid)

    # keyboard: select the second session, choose a module in the list, press Enter
    panel.tree.setCurrentIndex(panel.model.index(1, 0))
    row = next(i for i in range(panel.module_list.count())
               if panel.module_list.item(i).data(Qt.ItemDataRole.UserRole + 2) == m3)
    panel.module_list.setCurrentRow(row)
    panel.module_list.setFocus()
    qtbot.keyClick(panel.module_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: layout(ctx, cid) == [[m1, m2], [m3]], timeout=5000)
    settle(qtbot, ctx, panel, cid)

    # date and start time of the first session
    panel.tree.setCurrentIndex(panel.model.index(0, 0))
    panel.session_date.setDate(QDate(2025, 4, 2))
    panel.session_date.editingFinished.emit()
    qtbot.waitUntil(lambda: curriculum(ctx, cid)["sessions"][0]["date"] == "2025-04-02",
                    timeout=5000)
    settle(qtbot, ctx, panel, cid)
    panel.session_start.setTime(QTime(9, 0))
    panel.session_start.editingFinished.emit()
    qtbot.waitUntil(lambda: curriculum(ctx, cid)["sessions"][0]["start_time"] == "09:00",
                    timeout=5000)
    settle(qtbot, ctx, panel, cid)

    # time per session and total
    s1, s2 = panel.model.index(0, 0), panel.model.index(1, 0)
    assert panel.model.index(0, 3).data() == "150"
    assert panel.model.index(1, 3).data() == "45"
    assert panel.model.index(0, 2).data() == "09:00–11:30"
    assert panel.model.index(0, 1).data() == "2025-04-02"
    assert "Total 195 min" in panel.totals.text()
    assert "09:00–10:00" in panel.session_times.text()
    assert panel.model.rowCount(s1) == 2
    assert panel.model.rowCount(s2) == 1


def test_move_entries_by_keyboard_drag_and_undo(qtbot, ctx, modules):
    m1, m2, m3 = modules
    cid = run(ctx, CreateCurriculum(values={"title": "Program", "sessions": [
        {"title": "S1", "modules": [m1, m2]}, {"title": "S2", "modules": [m3]}]}))
    panel = open_panel(qtbot, ctx, cid)
    panel.show()
    qtbot.waitExposed(panel)
    panel.windowHandle().requestActivate()
    qtbot.waitUntil(panel.isActiveWindow, timeout=5000)
    panel.tree.setCurrentIndex(panel.model.index(1, 0, panel.model.index(0, 0)))
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: layout(ctx, cid) == [[m1], [m2, m3]], timeout=5000)
    settle(qtbot, ctx, panel, cid)
    assert panel.model.entry_at(panel.tree.currentIndex())["module_id"] == m2
    # drag the last entry of S2 to the top of S1
    model = panel.model
    mime = model.mimeData([model.index(1, 0, model.index(1, 0))])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0))
    qtbot.waitUntil(lambda: layout(ctx, cid) == [[m3, m1], [m2]], timeout=5000)
    ops.undo(ctx, panel)
    qtbot.waitUntil(lambda: layout(ctx, cid) == [[m1], [m2, m3]], timeout=5000)
    ops.undo(ctx, panel)
    qtbot.waitUntil(lambda: layout(ctx, cid) == [[m1, m2], [m3]], timeout=5000)
    ops.redo(ctx, panel)
    qtbot.waitUntil(lambda: layout(ctx, cid) == [[m1], [m2, m3]], timeout=5000)
    settle(qtbot, ctx, panel, cid)


def test_validation_line_click_and_enter_open_entity(qtbot, ctx):
    mid = run(ctx, CreateModule(values={"title": "Uten mål"}))
    cid = run(ctx, CreateCurriculum(values={"title": "Program", "sessions": [
        {"title": "S1", "modules": [mid]}]}))
    panel = open_panel(qtbot, ctx, cid)
    vlist = panel.validation.list
    qtbot.waitUntil(lambda: vlist.count() > 0, timeout=5000)
    row = next(vlist.item(i) for i in range(vlist.count())
               if "learning objectives" in vlist.item(i).text())
    panel.show()
    qtbot.waitExposed(panel)
    vlist.scrollToItem(row)
    with qtbot.waitSignal(panel.open_entity_requested, timeout=2000) as sig:
        qtbot.mouseClick(vlist.viewport(), Qt.MouseButton.LeftButton,
                         pos=vlist.visualItemRect(row).center())
    assert sig.args == ["module", mid]
    vlist.setCurrentItem(row)
    with qtbot.waitSignal(panel.open_entity_requested, timeout=2000) as sig:
        qtbot.keyClick(vlist, Qt.Key.Key_Return)
    assert sig.args == ["module", mid]


def test_header_saves_title_and_edition(qtbot, ctx):
    cid = run(ctx, CreateCurriculum(values={"title": "Program"}))
    panel = open_panel(qtbot, ctx, cid)
    titles = []
    panel.title_did_change.connect(titles.append)
    panel.title_edit.setText("Folkevalgtprogrammet 2025")
    panel.title_edit.setModified(True)
    panel.title_edit.editingFinished.emit()
    panel.edition_edit.setText("2. utgave")
    panel.edition_edit.setModified(True)
    panel.edition_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: curriculum(ctx, cid)["edition"] == "2. utgave", timeout=5000)
    assert curriculum(ctx, cid)["title"] == "Folkevalgtprogrammet 2025"
    settle(qtbot, ctx, panel, cid)
    assert titles[-1] == "Folkevalgtprogrammet 2025"


def test_stale_header_edit_is_refused_and_text_kept(qtbot, ctx, monkeypatch):
    from content.curricula.commands import UpdateCurriculum

    cid = run(ctx, CreateCurriculum(values={"title": "Program"}))
    panel = open_panel(qtbot, ctx, cid)
    errors = []
    monkeypatch.setattr("gui.curriculum_editor.show_error", lambda parent, exc: errors.append(exc))
    ctx.operation_did_execute.disconnect(panel._on_operation)  # another window saves first
    ctx.history.run(UpdateCurriculum(entity_id=cid, values={"title": "Fra et annet vindu"}))
    panel.title_edit.setText("Min tittel")
    panel.title_edit.setModified(True)
    panel.title_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    assert curriculum(ctx, cid)["title"] == "Fra et annet vindu"
    assert panel.title_edit.text() == "Min tittel"


def test_closing_the_tab_stores_the_title_typed_last(qtbot, ctx, window):
    cid = run(ctx, CreateCurriculum(values={"title": "Program", "sessions": [{"title": "S1"}]}))
    panel = window.open_entity("curriculum", cid)
    qtbot.waitUntil(lambda: panel.view is not None and ctx.tasks.pending == 0, timeout=5000)
    panel.tree.setCurrentIndex(panel.model.index(0, 0))
    panel.session_title.setText("Første samling")
    panel.session_title.setModified(True)
    panel.title_edit.setText("Skrevet rett før lukking")  # no editingFinished yet
    window.close_tab(window.find_tab("curriculum", cid))
    qtbot.waitUntil(lambda: curriculum(ctx, cid)["title"] == "Skrevet rett før lukking"
                    and curriculum(ctx, cid)["sessions"][0]["title"] == "Første samling",
                    timeout=5000)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)


def test_leaving_an_unchanged_builder_stores_nothing(qtbot, ctx):
    cid = run(ctx, CreateCurriculum(values={"title": "Program", "audiences": ["folkevalgte"],
                                            "sessions": [{"title": "S1"}]}))
    ctx.history.clear()
    panel = open_panel(qtbot, ctx, cid)
    panel.tree.setCurrentIndex(panel.model.index(0, 0))
    panel.flush()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    assert ctx.history.status().undo is None
    assert curriculum(ctx, cid)["revision"] == 1
