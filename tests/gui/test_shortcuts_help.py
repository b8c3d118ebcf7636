"""The «Hurtigtaster» help dialog: F1 opens it and it lists every shortcut, read off the actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from gui.shortcuts_dialog import ShortcutsDialog, action_keys, action_text
from tests.gui.test_shortcuts import bindings


def _idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)


def _open_editors(window, ctx, entities, qtbot) -> None:
    for etype, eid, _title in entities:
        assert window.open_entity(etype, eid) is not None
        _idle(qtbot, ctx)


def test_f1_opens_the_dialog_from_the_help_menu(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda d: opened.append(d.rows()) or 0)
    assert window.act_shortcuts in window.help_menu.actions()
    assert window.act_shortcuts.text() == "Hurtigtaster"
    assert window.act_shortcuts.shortcut() == QKeySequence("F1")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.library, Qt.Key.Key_F1)
    assert len(opened) == 1
    assert ("Hjelp", "F1", "Hurtigtaster") in opened[0]


def test_every_shortcut_in_the_window_is_listed_once(window, ctx, entities, qtbot):
    _open_editors(window, ctx, entities, qtbot)
    dialog = ShortcutsDialog(window, window.editors())
    qtbot.addWidget(dialog)
    listed = {(keys, text) for _group, keys, text in dialog.rows()}
    for index in range(window.tabs.count()):  # every editor's bindings, each while current
        window.tabs.setCurrentIndex(index)
        for seq, text, _scope in bindings(window):  # read as the user reads them: «Alt+Pil opp»
            native = QKeySequence(seq).toString(QKeySequence.SequenceFormat.NativeText)
            assert (native, action_text_of(text)) in listed, (seq, text)
    groups = {g for g, _k, _t in dialog.rows()}
    assert {"Fil", "Rediger", "Vis", "Hjelp", "Modulredigerer", "Studieplanredigerer"} <= groups
    assert ("Rediger", "Ctrl+Alt+M", "Kommenter") in dialog.rows()
    assert ("Modulredigerer", "Alt+Shift+M", "Flytt til seksjon") in dialog.rows()
    assert ("Modulredigerer", "Alt+Pil opp", "Flytt opp") in dialog.rows()  # not «Alt+Up»
    rows = dialog.rows()
    assert len(rows) == len(set(rows))


def action_text_of(text: str) -> str:
    return text.replace("&", "").rstrip("…").strip()


def test_a_new_shortcut_shows_up_by_itself(window, qtbot):
    """One home: the dialog reads the actions, so a key given to an action is listed."""
    def rows():
        dialog = ShortcutsDialog(window, window.editors())
        qtbot.addWidget(dialog)
        return dialog.rows()

    assert not any(text == "Gjennomgangsrunder" for _g, _k, text in rows())
    window.act_review_rounds.setShortcut(QKeySequence("Ctrl+Shift+R"))
    assert ("Fil", "Ctrl+Shift+R", "Gjennomgangsrunder") in rows()
    assert action_keys(window.act_review_rounds) == "Ctrl+Shift+R"
    assert action_text(window.act_review_rounds) == "Gjennomgangsrunder"


def test_the_dialog_speaks_english_in_an_english_ui(en_ctx, qtbot):
    from gui.main_window import MainWindow

    win = MainWindow(en_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.library.model.loaded, timeout=10000)
    dialog = ShortcutsDialog(win, win.editors())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    assert ("Help", "F1", "Keyboard shortcuts") in dialog.rows()
    assert ("File", "Ctrl+Shift+M", "New module") in dialog.rows()
    win._inspect_timer.stop()
