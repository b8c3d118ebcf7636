"""The main window: undo/redo from the Edit menu, navigator, tabs remembered, retire."""

from __future__ import annotations

from content.library import get_state
from content.search.query import search


def _state(ctx, item_id):
    return ctx.read(lambda s: get_state(s, "item", item_id))


def _undo_action(window):
    return next(a for a in window.edit_menu.actions() if a is window.act_undo)


def test_undo_redo_from_edit_menu(window, ctx, qtbot):
    item_id = ctx.ids["barrier"]
    panel = window.open_item(item_id)
    qtbot.waitUntil(lambda: panel.loaded and panel.revision > 0, timeout=5000)
    assert not window.act_undo.isEnabled()
    panel.title_edit.setText("Ny tittel")
    panel.title_edit.textEdited.emit("Ny tittel")
    panel.save_now()
    qtbot.waitUntil(window.act_undo.isEnabled, timeout=5000)
    assert _undo_action(window).text() == "Angre: Rediger element"
    assert _state(ctx, item_id)["title"] == "Ny tittel"

    _undo_action(window).trigger()
    qtbot.waitUntil(lambda: _state(ctx, item_id)["title"] == "Lite kapasitet i små kommuner",
                    timeout=5000)
    qtbot.waitUntil(lambda: window.act_redo.text() == "Gjør om: Rediger element", timeout=5000)
    assert not window.act_undo.isEnabled()
    qtbot.waitUntil(lambda: panel.title_edit.text() == "Lite kapasitet i små kommuner",
                    timeout=5000)

    window.act_redo.trigger()
    qtbot.waitUntil(lambda: _state(ctx, item_id)["title"] == "Ny tittel", timeout=5000)
    qtbot.waitUntil(lambda: window.act_undo.text() == "Angre: Rediger element", timeout=5000)

    window.act_undo.trigger()
    qtbot.waitUntil(lambda: _state(ctx, item_id)["title"] == "Lite kapasitet i små kommuner",
                    timeout=5000)
    # the editor reloaded the undone state, so a new edit is not refused as stale
    qtbot.waitUntil(lambda: panel.title_edit.text() == "Lite kapasitet i små kommuner",
                    timeout=5000)
    panel.summary_edit.setPlainText("Etter angring")
    panel.save_now()
    qtbot.waitUntil(lambda: _state(ctx, item_id)["summary"] == "Etter angring", timeout=5000)
    assert not panel.stale


def test_undo_shortcuts(window):
    assert window.act_undo.shortcut().toString() == "Ctrl+Z"
    assert window.act_redo.shortcut().toString() == "Ctrl+Shift+Z"


def test_navigator_counts_and_kind_filter(window, ctx, qtbot):
    qtbot.waitUntil(lambda: window.navigator.topLevelItemCount() == 3, timeout=5000)
    library = window.navigator.topLevelItem(0)
    assert library.text(0) == "Bibliotek (3)"
    texts = [library.child(i).text(0) for i in range(library.childCount())]
    assert "Barriere (1)" in texts
    assert "Tiltak (1)" in texts
    barrier = next(library.child(i) for i in range(library.childCount())
                   if library.child(i).text(0) == "Barriere (1)")
    window._on_navigator(barrier)
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    assert window.library.model.item_id(0) == ctx.ids["barrier"]


def test_new_item_from_file_menu_creates_and_counts(window, ctx, qtbot):
    panel = window.new_item("question")
    assert window.tabs.currentWidget() is panel
    qtbot.keyClicks(panel.title_edit, "Hva hindrer samarbeid?")
    panel.save_now()
    qtbot.waitUntil(lambda: bool(panel.item_id), timeout=5000)
    def counted() -> bool:  # the navigator is rebuilt: its top item may be gone a moment
        top = window.navigator.topLevelItem(0)
        return top is not None and top.text(0) == "Bibliotek (4)"

    qtbot.waitUntil(counted, timeout=5000)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Hva hindrer samarbeid?"
    assert _state(ctx, panel.item_id)["kind"] == "question"


def test_inspector_shows_relations_and_history(window, ctx, qtbot):
    from content.commands import AddRelation

    ctx.history.run(AddRelation(entity_id=ctx.ids["measure"], relation_type="addresses",
                                target_id=ctx.ids["barrier"]))
    window.inspect(ctx.ids["barrier"])
    qtbot.waitUntil(lambda: window.used_view.topLevelItemCount() == 1, timeout=5000)
    assert window.used_view.topLevelItem(0).text(1) == "Interkommunalt næringssamarbeid"
    window.inspect(ctx.ids["measure"])
    qtbot.waitUntil(lambda: window.relations_view.topLevelItemCount() == 1, timeout=5000)
    assert window.relations_view.topLevelItem(0).text(0) == "adresserer"
    assert window.history_view.topLevelItemCount() == 2
    # the dock is narrow: a cut title or date is read whole on hover
    assert window.relations_view.topLevelItem(0).toolTip(1) == "Lite kapasitet i små kommuner"
    assert window.history_view.topLevelItem(0).toolTip(1).startswith("Legg til relasjon · ")


def test_retire_asks_impact_then_retires(window, ctx, qtbot, monkeypatch):
    import types

    asked = []
    fake = types.ModuleType("gui.impact")
    fake.confirm_impact = lambda c, parent, item_id, action: asked.append((item_id, action)) or True
    monkeypatch.setitem(__import__("sys").modules, "gui.impact", fake)
    window.open_item(ctx.ids["measure"])
    window.act_retire.trigger()
    qtbot.waitUntil(lambda: _state(ctx, ctx.ids["measure"])["status"] == "retired", timeout=5000)
    assert asked == [(ctx.ids["measure"], "retire")]
    qtbot.waitUntil(lambda: window.act_undo.text() == "Angre: Fas ut element", timeout=5000)


def test_layout_and_tabs_remembered(window, ctx, qtbot):
    from gui.main_window import MainWindow

    window.open_item(ctx.ids["barrier"])
    window.open_item(ctx.ids["source"])
    window.comments.dock.close()  # room for a small window: the right-hand docks closed
    window.inspector_dock.close()
    qtbot.wait(10)
    window.resize(760, 540)
    qtbot.waitUntil(lambda: window.width() == 760, timeout=5000)
    window.close()
    assert ctx.settings.value("window/tabs") == [f"item:{ctx.ids['barrier']}",
                                                 f"item:{ctx.ids['source']}"]
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.tabs.count() == 3, timeout=5000)
    assert (again.width(), again.height()) == (760, 540)
    assert not again.comments.dock.isVisible()
    assert not again.inspector_dock.isVisible()
    assert again.find_tab("item", ctx.ids["source"]) > 0


def test_module_tab_opens_composer_when_present(window, ctx, qtbot):
    from content.modules.commands import CreateModule

    cmd = CreateModule(values={"title": "Vertskap i praksis"})
    ctx.history.run(cmd)
    panel = window.open_entity("module", cmd.entity_id)
    if panel is None:  # the composer is not there yet
        return
    assert window.tabs.currentWidget() is panel
    assert window.find_tab("module", cmd.entity_id) > 0


def test_every_action_and_control_has_a_name(window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTreeWidget

    for action in window.actions():
        assert action.text(), action
    for cls in (QLineEdit, QComboBox, QTreeWidget):
        for widget in window.findChildren(cls):
            if widget.isVisible() and widget.parent() is not None and \
                    type(widget.parent()).__name__ not in ("QComboBox",):
                assert widget.accessibleName(), widget
    for button in window.library.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.accessibleName() or button.text(), button


def test_open_library_failure_offers_another(tmp_path, qtbot, monkeypatch):
    from gui import app

    bad = tmp_path / "broken.sqlite"
    bad.write_bytes(b"this is no database" * 100)
    good = tmp_path / "good.sqlite"
    asked = []

    def ask(parent, location, exc):
        asked.append((location, str(exc)))
        return str(good)

    monkeypatch.setattr(app, "ask_other_library", ask)
    library = app.open_first_library(str(bad), empty=True)
    try:
        assert asked
        assert "broken.sqlite" in asked[0][0]
        assert "not a Kursverk library" in asked[0][1]
        assert library is not None
        assert library.url.endswith("good.sqlite")
        assert bad.read_bytes().startswith(b"this is no database")
    finally:
        library.dispose()


def test_exporters_not_imported_at_startup():
    import subprocess
    import sys

    code = ("import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen';"
            "import gui.app, gui.main_window, gui.library_view;"
            "bad=[m for m in sys.modules if m.startswith(('reportlab','pptx','exporters'))];"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], check=False,
                            capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_from_the_file_menu_then_checkpoint_in_the_background(
    window, ctx, qtbot, tmp_path, monkeypatch
):
    """A big import commits, shows its items, and its log reaches the library file."""
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    from content.bundle import export_bundle
    from content.bundle import write as bundle_write
    from content.commands import CreateItem
    from content.opening import open_or_create
    from content.undo import UndoHistory

    other = open_or_create(str(tmp_path / "other.sqlite"), empty=True)
    UndoHistory(other.sessions, "designer").run(
        CreateItem(values={"kind": "finding", "title": "Importert funn om reindrift"})
    )
    with other.read_sessions() as s:
        export_bundle(s, tmp_path / "other.kvb")
    other.dispose()
    monkeypatch.setattr(bundle_write, "REINDEX_ONE_BY_ONE", 0)  # the big-import path
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "other.kvb"), "")
    )
    window.act_import.trigger()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=20000)
    with ctx.library.read_sessions() as s:
        assert [h.title for h in search(s, "reindrift")] == ["Importert funn om reindrift"]
    # the file itself, read without its write-ahead log, holds the import
    plain = sqlite3.connect(f"file:{tmp_path / 'library.sqlite'}?immutable=1", uri=True)
    try:
        titles = {r[0] for r in plain.execute("SELECT title FROM content_item")}
    finally:
        plain.close()
    assert "Importert funn om reindrift" in titles


def _window_shortcuts(widget):
    """Return {key sequence: [action texts]} bound more than once in the visible window.

    Disabled actions count: they become enabled with a selection, and then clash.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QShortcut

    def live(owner, context):  # Qt only matches shortcuts of visible widgets
        return owner is not None and owner.isVisible() and (
            context != Qt.ShortcutContext.WidgetShortcut
        )

    found: dict[str, list[str]] = {}
    for action in widget.findChildren(QAction):
        if live(action.parent(), action.shortcutContext()):
            for seq in action.shortcuts():
                found.setdefault(seq.toString(), []).append(action.text())
    for shortcut in widget.findChildren(QShortcut):
        if live(shortcut.parent(), shortcut.context()):
            found.setdefault(shortcut.key().toString(), []).append(repr(shortcut))
    return {seq: names for seq, names in found.items() if seq and len(names) > 1}


def test_no_shortcut_is_bound_twice_with_every_editor_open(window, ctx, qtbot):
    from content.curricula.commands import CreateCurriculum
    from content.modules.commands import CreateModule

    module = CreateModule(values={"title": "Vertskap i praksis", "code": "VP-1"})
    ctx.history.run(module)
    curriculum = CreateCurriculum(values={"title": "Folkevalgtprogrammet"})
    ctx.history.run(curriculum)
    item_id = next(iter(ctx.ids.values()))
    for etype, eid in (("module", module.entity_id), ("curriculum", curriculum.entity_id),
                       ("item", item_id)):
        assert window.open_entity(etype, eid) is not None
        qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)
        assert _window_shortcuts(window) == {}, etype


def test_a_bundle_import_says_what_it_did(window, ctx, qtbot, tmp_path, monkeypatch):
    """The import said only «Ferdig: /sti» in the status bar; what it skipped, and why, was lost."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from content.bundle import export_bundle
    from content.commands import CreateItem, UpdateItem
    from content.opening import open_or_create
    from content.undo import UndoHistory

    other = open_or_create(str(tmp_path / "other.sqlite"), empty=True)
    history = UndoHistory(other.sessions, "designer")
    add = CreateItem(values={"kind": "finding", "title": "Importert funn om reindrift"})
    history.run(add)
    with other.read_sessions() as s:
        export_bundle(s, tmp_path / "first.kvb")
    history.run(UpdateItem(entity_id=add.entity_id, values={"summary": "Endret i pakken"}))
    with other.read_sessions() as s:
        export_bundle(s, tmp_path / "second.kvb")
    other.dispose()
    bundles = iter([tmp_path / "first.kvb", tmp_path / "second.kvb"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(next(bundles)), ""))

    window.act_import.trigger()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=20000)
    box = window.import_report_box
    assert box.text() == "Lagt til: 1 element"
    assert box.icon() == QMessageBox.Icon.Information
    box.close()
    # changed here too: the bundle's newer revision is not taken, and the box says so
    ctx.history.run(UpdateItem(entity_id=add.entity_id, values={"summary": "Endret her"}))
    window.act_import.trigger()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=20000)
    box = window.import_report_box
    assert box.text() == "Ikke importert: 1 element"
    assert box.icon() == QMessageBox.Icon.Warning
    assert "Importert funn om reindrift" in box.detailedText()
    assert "Vis detaljer …" in [b.text() for b in box.buttons()]  # not Qt's «Show Details...»
    box.close()



def _bundles_for_the_report(tmp_path):
    """Export first.kvb from another library, then garbled.kvb and broken.kvb after changes.

    garbled.kvb renames «Funn om reindrift» to «Fra pakken» and adds an item using an image
    whose data is no image; broken.kvb has an item without a title and a corrupt member.
    """
    from content.bundle import export_bundle
    from content.commands import CreateItem, UpdateItem
    from content.items.assets import add_asset
    from content.opening import open_or_create
    from content.undo import UndoHistory
    from tests.content.bundle.test_bundle import rewrite
    from tests.content.bundle.test_bundle_i18n import broken_bundle
    from tests.exporters.conftest import png_bytes

    other = open_or_create(str(tmp_path / "other.sqlite"), empty=True)
    history = UndoHistory(other.sessions, "designer")
    shared = CreateItem(values={"kind": "finding", "title": "Funn om reindrift"})
    history.run(shared)
    with other.read_sessions() as s:
        export_bundle(s, tmp_path / "first.kvb")
    with other.sessions.begin() as s:
        image = add_asset(s, "kart over Finnmark.png", png_bytes(), "designer")
    history.run(UpdateItem(entity_id=shared.entity_id, values={"title": "Fra pakken"}))
    history.run(CreateItem(values={"kind": "finding", "title": "Nytt funn",
                                   "body": f"![Kart](asset:{image})"}))
    with other.read_sessions() as s:
        export_bundle(s, tmp_path / "second.kvb")
    other.dispose()

    def garble_images(members: dict[str, bytes]) -> None:
        for name, data in members.items():
            if name.endswith(".bin"):
                members[name] = b"x" * len(data)

    rewrite(tmp_path / "second.kvb", tmp_path / "garbled.kvb", garble_images)
    broken_bundle(tmp_path / "second.kvb", tmp_path / "broken.kvb")
    return shared.entity_id, image


def test_the_import_report_names_conflicts_and_skipped_images_in_bokmal(
    window, ctx, qtbot, tmp_path, monkeypatch, messages
):
    """The report's details (and a refused bundle's message) were English in the bokmål UI."""
    from PySide6.QtWidgets import QFileDialog

    from content import i18n as content_i18n
    from content.commands import UpdateItem

    # The bokmål UI words content messages in bokmål (gui.i18n.install does this at start;
    # tests/conftest.py gives them English back after every test).
    content_i18n.set_language("nb")
    item, image = _bundles_for_the_report(tmp_path)
    bundles = iter([tmp_path / n for n in ("first.kvb", "garbled.kvb", "broken.kvb")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(next(bundles)), ""))

    window.act_import.trigger()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=20000)
    window.import_report_box.close()
    ctx.history.run(UpdateItem(entity_id=item, values={"title": "Fra biblioteket"}))
    window.act_import.trigger()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=20000)
    box = window.import_report_box
    assert box.text() == "Lagt til: 1 element\nIkke importert: 1 element, 1 bilde"
    details = box.detailedText().splitlines()
    assert details[0] == (
        f"elementet «Fra pakken» ({item}): endret både i biblioteket (revisjon 2) "
        "og i pakken (revisjon 2); det som står i biblioteket, er beholdt"
    )
    assert details[1].startswith(
        f"bildet «kart over Finnmark.png» ({image}) ble ikke importert: "
    )
    assert details[2] == f"bildet asset:{image} er brukt, men finnes ikke i biblioteket"
    shown = next(b for b in box.buttons() if b.text() == "Vis detaljer …")
    shown.click()  # the details read in bokmål too
    box.grab().save(str(tmp_path / "report.png"))
    box.close()

    messages.clear()
    window.act_import.trigger()  # a bundle with a bad item and a corrupt member is refused
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=20000)
    (_kind, _title, text), = messages
    lines = text.splitlines()
    assert lines[0] == "pakken ble ikke importert:"
    assert "filen items/0000.json i pakken, feltet [0].title: må fylles ut" in lines
    assert any(line.startswith("filen assets/") and line.endswith(
        ".bin i pakken: innholdet stemmer ikke med sha256-summen i manifestet") for line in lines)
