"""Translations: bokmål by default, English selectable, compiled at start, .ts complete."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest


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
    ts.write_text(text.replace("<translation>Fas ut element</translation>",
                               "<translation>Utfas element</translation>"), encoding="utf-8")
    second = i18n.compiled_path("nb")
    assert second is not None
    assert second != first
    ts.write_text(text, encoding="utf-8")
    assert i18n.compiled_path("nb") == first

    def retire_label(qm):
        tr = QTranslator()
        assert tr.load(str(qm))
        return tr.translate("commands", "Retire item")

    assert (retire_label(first), retire_label(second)) == ("Fas ut element", "Utfas element")


def test_lrelease_is_found():
    from gui import i18n

    assert i18n.find_lrelease()


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_translation_is_complete(lang):
    """Every UI string has a bokmål and a nynorsk text (tools/nb_strings.py, nn_strings.py)."""
    from gui import i18n

    root = ET.parse(i18n.ts_path(lang)).getroot()
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


def test_nynorsk_from_the_settings_dialog(window, ctx, qtbot):
    """Nynorsk is a choice beside bokmål and English; menus, filters and forms follow it."""
    from gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.language.findData("nn") >= 0
    dialog.language.setCurrentIndex(dialog.language.findData("nn"))
    dialog.accept()
    try:
        qtbot.waitUntil(lambda: window.library.kind_filter.itemText(0) == "Alle typar",
                        timeout=5000)
        assert ctx.settings.value("ui/language") == "nn"
        assert window.file_menu.title() == "&Fil"
        actions = [a.text() for m in window.menuBar().actions() if m.menu()
                   for a in m.menu().actions()]
        assert "&Fas ut element …" in actions, actions
        status = window.library.status_filter
        assert status.itemText(status.findData("retired")) == "Utfasa"
        panel = window.open_item(ctx.ids["barrier"])
        qtbot.waitUntil(lambda: panel.loaded and panel.revision > 0, timeout=5000)
        assert panel.tabs.tabText(0) == "Innhald"
        level = panel._rows["fields.level"]
        assert level[0].text() == "Nivå:"
        assert level[1].itemText(level[1].findData("national")) == "Nasjonalt"
    finally:
        dialog = SettingsDialog(ctx, window)
        qtbot.addWidget(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("nb"))
        dialog.accept()
    qtbot.waitUntil(lambda: window.library.kind_filter.itemText(0) == "Alle typer", timeout=5000)


@pytest.mark.parametrize(
    ("locale", "lang"),
    [("nn_NO", "nn"), ("nb_NO", "nb"), ("en_GB", "en"), ("sv_SE", "nb"), ("C", "nb")],
)
def test_first_start_follows_the_system_locale(tmp_path, locale, lang):
    from PySide6.QtCore import QLocale, QSettings

    from gui import i18n

    assert i18n.system_language(QLocale(locale)) == lang
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    chosen = i18n.saved_language(settings)
    assert chosen == i18n.system_language()  # nothing saved yet: the system decides
    settings.setValue(i18n.SETTINGS_KEY, "nn")
    assert i18n.saved_language(settings) == "nn"  # a saved choice wins


def test_choice_values_shown_translated_in_every_language(window, ctx, qtbot):
    """A stored value («national») reads as a word of the UI language in the form."""
    from gui import i18n

    panel = window.open_item(ctx.ids["barrier"])
    qtbot.waitUntil(lambda: panel.loaded and panel.revision > 0, timeout=5000)
    combo = panel._rows["fields.level"][1]
    assert combo.itemText(combo.findData("national")) == "Nasjonalt"
    i18n.install("en")
    try:
        qtbot.waitUntil(lambda: combo.itemText(combo.findData("national")) == "National",
                        timeout=5000)
    finally:
        i18n.install("nb")
    qtbot.waitUntil(lambda: combo.itemText(combo.findData("national")) == "Nasjonalt",
                    timeout=5000)


def test_lists_show_dates_as_norwegians_write_them(window):
    import re

    model = window.library.model
    changed = model.index(0, 3).data()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", changed), changed


def test_library_list_in_norwegian_order(window, ctx, qtbot):
    from content.commands import CreateItem

    for title in ("Ålesund", "Zeta", "Ærø", "Østre Toten", "aurskog"):
        ctx.history.run(CreateItem(values={"kind": "example", "title": title,
                                           "fields": {"municipality": title}}))
    window.library.refresh()
    wanted = ["aurskog", "Zeta", "Ærø", "Østre Toten", "Ålesund"]

    def titles():
        model = window.library.model
        return [t for t in (model.index(r, 0).data() for r in range(model.rowCount()))
                if t in wanted]

    qtbot.waitUntil(lambda: len(titles()) == len(wanted), timeout=5000)
    assert titles() == wanted


def test_revision_diff_shows_values_as_words(ctx):
    from gui.revision_diff import changed_fields

    old = {"status": "draft", "audiences": ["folkevalgte"], "fields": {"level": "national"}}
    new = {"status": "approved", "audiences": ["naeringsliv"], "fields": {"level": "regional"}}
    assert changed_fields(old, new) == [
        ("status", "Utkast", "Godkjent"),
        ("audiences", "Folkevalgte", "Næringslivet"),
        ("level", "Nasjonalt", "Regionalt"),
    ]


def test_counts_agree_with_their_number(ctx, qtbot):
    from content.validation import Problem
    from gui.validation_panel import ValidationPanel

    panel = ValidationPanel(ctx)
    qtbot.addWidget(panel)
    err = Problem("error", "Modulen M har ingen seksjonar.", "module", "m1")
    warn = Problem("warning", "Modulen M har ingen læringsmål.", "module", "m1")
    panel._show(panel._generation, [err, warn])
    assert panel.summary.text().startswith("1 feil, 1 advarsel — ")
    panel._show(panel._generation, [err, err, warn, warn])
    assert panel.summary.text().startswith("2 feil, 2 advarsler — ")


def test_library_count_says_one_item(window, qtbot):
    window.library.search.setText("Rapport om vertskapskommuner")
    qtbot.waitUntil(lambda: window.library.count_label.text() == "1 element vises", timeout=5000)


def _visible_texts(root):
    """Return (widget class, text) for every text a user can see or hear in a window."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

    texts = []
    for w in [root, *root.findChildren(QWidget)]:
        own = [w.accessibleName(), w.toolTip(), *(a.text() for a in w.actions())]
        if isinstance(w, QLabel | QAbstractButton):
            own.append(w.text())
        if isinstance(w, QGroupBox):
            own.append(w.title())
        if isinstance(w, QTabWidget):
            own += [w.tabText(i) for i in range(w.count())]
        texts += [(f"{type(w.parent()).__name__}/{type(w).__name__}", t) for t in own if t]
    return texts


@pytest.mark.parametrize("lang", ["nn", "nb"])
def test_nothing_english_left_in_a_norwegian_window(window, ctx, entities, qtbot, lang):
    """Every window and dialog, in nynorsk or bokmål, shows no English source text."""
    from gui import i18n
    from tests.gui.conftest import _dialogs

    root = ET.parse(i18n.ts_path(lang)).getroot()
    english = {
        m.findtext("source") for m in root.iter("message")
        if (m.findtext("source") or "") != (m.findtext("translation") or "")
        and len(m.findtext("source") or "") > 3
    }
    i18n.install(lang)
    try:
        ids = {etype: eid for etype, eid, _t in entities}
        window.open_item(ids["item"])
        window.open_entity("module", ids["module"])
        window.open_entity("curriculum", ids["curriculum"])
        qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)
        seen = [("main window", *pair) for pair in _visible_texts(window)]
        for name, make in _dialogs(ctx, window, entities).items():
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)
            seen += [(name, *pair) for pair in _visible_texts(dialog)]
            dialog.reject()
        left = sorted({entry for entry in seen if entry[2] in english})
        assert left == [], left
    finally:
        i18n.install("nb")


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


def test_no_tr_inside_an_f_string():
    """lupdate does not see tr() inside an f-string: «Item» and an export error stayed English."""
    import ast
    from pathlib import Path

    from gui import i18n

    hidden = []
    for path in sorted(Path(i18n.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            hidden += [f"{path.name}:{call.lineno}" for call in ast.walk(node)
                       if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                       and call.func.attr in ("tr", "translate")]
    assert not hidden, hidden


def test_an_item_block_is_headed_by_its_kind(qapp):
    """The block options said «Item: …» in English; now the item's kind in the UI language."""
    from gui.module_widgets import BlockOptionsPanel

    panel = BlockOptionsPanel()
    info = type("Info", (), {"kind": "question", "title": "Hva kjennetegner en god kommune?",
                             "revision": 1})()
    panel.set_block({"id": "b1", "block_type": "item", "item_id": "i1", "display": "full"}, info)
    assert panel.heading.text() == "<b>Problemstilling</b>: Hva kjennetegner en god kommune?"
    panel.deleteLater()


def test_qt_file_dialog_speaks_bokmal(qtbot):
    """Where the desktop has no file dialog, Qt's said «Look in:», «File name:», «Date Modified»."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

    from gui import i18n

    i18n.install("nb")
    dialog = QFileDialog(None, "Importer pakke", "", "Kursverk-pakker (*.kvb)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Se i:", "Fil&navn:", "Filer av &typen:"} <= labels, labels
    view = dialog.findChild(QTreeView)
    headers = [view.model().headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert headers == ["Navn", "Størrelse", "Type", "Sist endret"]


def test_installing_the_ui_language_again_sets_the_content_language_too(qapp):
    """Messages from content/ follow the UI even when the UI language was already installed."""
    from content import i18n as content_i18n
    from gui import i18n

    i18n.install("nb")
    content_i18n.set_language("en")  # e.g. a CLI run in the same process
    i18n.install("nb")
    assert content_i18n.language() == "nb"
