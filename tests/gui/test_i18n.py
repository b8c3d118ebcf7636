"""Translations: bokmål by default, English selectable, compiled at start, .ts complete."""

from __future__ import annotations

import xml.etree.ElementTree as ET


def test_switch_language_to_english_and_back(window, ctx, qtbot):
    from gui.settings_dialog import SettingsDialog

    assert window.file_menu.title() == "&Fil"
    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=5000)
    assert window.edit_menu.title() == "&Edit"
    assert window.library.kind_filter.itemText(0) == "All kinds"
    assert window.library.kind_filter.itemText(window.library.kind_filter.findData("barrier")) \
        == "Barrier"
    assert ctx.settings.value("ui/language") == "en"

    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    dialog.accept()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fil", timeout=5000)
    assert window.library.kind_filter.itemText(0) == "Alle typer"


def test_open_editor_follows_language(window, ctx, qtbot):
    from gui import i18n

    panel = window.open_item(ctx.ids["barrier"])
    qtbot.waitUntil(lambda: panel.loaded and panel.revision > 0, timeout=5000)
    assert panel.tabs.tabText(0) == "Innhold"
    i18n.install("en")
    try:
        qtbot.waitUntil(lambda: panel.tabs.tabText(0) == "Content", timeout=5000)
        assert panel._rows["fields.level"][0].text() == "Level:"
    finally:
        i18n.install("nb")
    qtbot.waitUntil(lambda: panel.tabs.tabText(0) == "Innhold", timeout=5000)


def test_compiles_missing_qm_into_cache(tmp_path, monkeypatch):
    from gui import i18n

    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path)
    shipped = i18n.ts_path("nb").with_suffix(".qm")
    if shipped.exists():
        monkeypatch.setattr(i18n, "ts_path", lambda lang: tmp_path / "src" / f"k_{lang}.ts")
        (tmp_path / "src").mkdir()
        (tmp_path / "src" / "k_nb.ts").write_bytes(
            (i18n.TS_DIR / "kursverk_nb.ts").read_bytes())
    qm = i18n.compiled_path("nb")
    assert qm is not None
    assert qm.parent == tmp_path
    assert qm.stat().st_size > 1000
    assert i18n.compiled_path("nb") == qm  # current: not compiled again


def test_a_qm_compiled_from_another_version_is_not_used(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QTranslator

    from gui import i18n

    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setattr(i18n, "ts_path", lambda lang: tmp_path / "src" / f"k_{lang}.ts")
    (tmp_path / "src").mkdir()
    ts = tmp_path / "src" / "k_nb.ts"
    text = (i18n.TS_DIR / "kursverk_nb.ts").read_text(encoding="utf-8")
    ts.write_text(text, encoding="utf-8")
    first = i18n.compiled_path("nb")
    # another checkout's translation, compiled later, must not stand in for this one's
    ts.write_text(text.replace("<translation>Utfas element</translation>",
                               "<translation>Fas ut element</translation>"), encoding="utf-8")
    second = i18n.compiled_path("nb")
    assert second is not None
    assert second != first
    ts.write_text(text, encoding="utf-8")
    assert i18n.compiled_path("nb") == first

    def retire_label(qm):
        tr = QTranslator()
        assert tr.load(str(qm))
        return tr.translate("commands", "Retire item")

    assert (retire_label(first), retire_label(second)) == ("Utfas element", "Fas ut element")


def test_lrelease_is_found():
    from gui import i18n

    assert i18n.find_lrelease()


def test_nb_translation_is_complete():
    from gui import i18n

    root = ET.parse(i18n.ts_path("nb")).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or not (tr.text or "").strip() or tr.get("type") == "unfinished":
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert not missing, missing


def test_every_ui_string_is_in_the_ts():
    """Fails when a new tr() string was added without running tools/update_translations.py."""
    import re
    from pathlib import Path

    from gui import i18n

    root = ET.parse(i18n.ts_path("nb")).getroot()
    known = {m.findtext("source") for m in root.iter("message")}
    mine = ["app.py", "main_window.py", "library_view.py", "item_editor.py", "settings_dialog.py",
            "revision_diff.py", "pickers.py"]
    pattern = re.compile(r'\btr\(\s*"((?:[^"\\]|\\.)*)"\s*\)')
    absent = []
    for name in mine:
        text = (Path(i18n.__file__).parent / name).read_text(encoding="utf-8")
        for raw in pattern.findall(text):
            source = raw.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            if source not in known:
                absent.append(f"{name}: {source}")
    assert not absent, absent


def test_command_labels_translated(qapp):
    from gui import i18n

    i18n.install("nb")
    assert i18n.command_label("Move block") == "Flytt blokk"
    assert i18n.command_label("Undo Edit item") == "Angre Rediger element"
    assert i18n.validation_text("must be at least 1800") == "Må være minst 1800"


def test_qt_standard_buttons_speak_bokmal(window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from gui import i18n

    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
    )
    qtbot.addWidget(buttons)
    texts = {buttons.button(b).text() for b in (QDialogButtonBox.StandardButton.Cancel,
                                                QDialogButtonBox.StandardButton.Yes,
                                                QDialogButtonBox.StandardButton.No)}
    assert texts == {"Avbryt", "&Ja", "&Nei"}
    i18n.install("en")
    try:
        english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(english)
        assert english.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    finally:
        i18n.install("nb")
