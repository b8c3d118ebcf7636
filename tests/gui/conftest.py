"""GUI test fixtures: offscreen Qt, a fresh library file with a few items, a drained runner."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any PySide6 import

import pytest

from tests.builders import new_curriculum, new_item, new_module, sample_items


@pytest.fixture
def ctx(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from content.opening import open_or_create
    from gui import i18n
    from gui.context import AppContext

    i18n.install("nb")
    library = open_or_create(str(tmp_path / "library.sqlite"), empty=True)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(library, settings, author="tester")
    context.ids = sample_items(context)
    context.history.clear()
    yield context
    qtbot.waitUntil(lambda: context.tasks.pending == 0, timeout=10000)
    context.close()


@pytest.fixture
def window(ctx, qtbot):
    from gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.library.model.loaded, timeout=10000)
    yield win
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)
    from gui.context import is_alive

    if is_alive(win):
        win._inspect_timer.stop()


def wait_idle(qtbot, ctx, timeout: int = 10000) -> None:
    """Wait until every queued task has delivered its result."""
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=timeout)


@pytest.fixture(autouse=True)
def messages(monkeypatch):
    """Record message boxes instead of blocking on them (tests may patch them again)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind, answer):
        def box(_parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information",
                        record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def en_ctx(qtbot, tmp_path):
    """An English UI on a fresh empty library; bokmål is put back afterwards."""
    from PySide6.QtCore import QSettings

    from content.opening import open_or_create
    from gui import i18n
    from gui.context import AppContext

    i18n.install("en")
    lib = open_or_create(str(tmp_path / "lib-en.sqlite"), empty=True)
    c = AppContext(lib, QSettings(str(tmp_path / "s-en.ini"), QSettings.Format.IniFormat),
                   author="tester")
    yield c
    i18n.install("nb")  # open panels rebuild in bokmål, then the task runner drains
    qtbot.wait(50)
    qtbot.waitUntil(lambda: c.tasks.pending == 0, timeout=10000)
    c.close()


LONG_TITLES = {
    "item": "Lite kapasitet i små kommuner til å drive næringsutvikling over tid",
    "module": "Vertskapskommunesamarbeid i praksis for folkevalgte og administrasjon",
    "curriculum": "Folkevalgtprogrammet for næringsutvikling i distriktskommuner",
}


@pytest.fixture
def entities(ctx):
    """One item, one module and one curriculum with long titles: [(entity type, id, title)]."""
    ids = {"item": new_item(ctx, "barrier", LONG_TITLES["item"]),
           "module": new_module(ctx, LONG_TITLES["module"], code="VP-1"),
           "curriculum": new_curriculum(ctx, LONG_TITLES["curriculum"])}
    return [(etype, ids[etype], LONG_TITLES[etype]) for etype in ("item", "module", "curriculum")]


def _dialogs(ctx, window, entities):
    from gui.diff_view import DiffDialog
    from gui.export_dialog import ExportDialog
    from gui.impact import ImpactDialog
    from gui.module_widgets import NewBlockDialog
    from gui.pickers import ItemPickerDialog
    from gui.review_rounds import NewRoundDialog, ReviewRoundsDialog
    from gui.revision_diff import RevisionDiffDialog
    from gui.settings_dialog import SettingsDialog
    from gui.shortcuts_dialog import ShortcutsDialog

    ids = {etype: eid for etype, eid, _title in entities}
    return {
        "settings": lambda: SettingsDialog(ctx, window),
        "export module": lambda: ExportDialog(ctx, "module", ids["module"], window),
        "export curriculum": lambda: ExportDialog(ctx, "curriculum", ids["curriculum"], window),
        "impact": lambda: ImpactDialog("Tittel", "retire", [], window),
        "diff": lambda: DiffDialog("Tittel", "Innledning", "Godta", window),
        "revision diff": lambda: RevisionDiffDialog(ctx, "item", ids["item"], 1, 1, window),
        "item picker": lambda: ItemPickerDialog(ctx, window, source_kind="barrier"),
        "citation picker": lambda: ItemPickerDialog(ctx, window, citation=True),
        "block item picker": lambda: ItemPickerDialog(ctx, window),
        "new text block": lambda: NewBlockDialog("text", window),
        "new exercise": lambda: NewBlockDialog("exercise", window),
        "review rounds": lambda: ReviewRoundsDialog(ctx, "module", ids["module"], window),
        "new review round": lambda: NewRoundDialog(window),
        "keyboard shortcuts": lambda: ShortcutsDialog(window, window.editors()),
    }


@pytest.fixture
def dialogs(window, ctx, entities, qtbot):
    """Build, show and yield every dialog the GUI opens; close them afterwards."""
    built = {}
    for name, make in _dialogs(ctx, window, entities).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        built[name] = dialog
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)
    yield built
    for dialog in built.values():
        dialog.reject()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)


@pytest.fixture
def themed(qapp):
    """The app's own look (style sheet, palette, font), put back afterwards."""
    from gui import theme

    saved = (qapp.style().name(), qapp.palette(), qapp.font(), qapp.styleSheet(),
             qapp.cursorFlashTime())
    theme.apply(qapp)
    qapp.setCursorFlashTime(0)  # a caret that does not blink: the same picture every time
    yield qapp
    style, palette, font, sheet, flash = saved
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setCursorFlashTime(flash)
