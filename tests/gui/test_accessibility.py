"""A screen reader can name every control a keyboard user can reach.

The walk opens the main window with each editor (item, module, curriculum) current, the
comment panel, and every dialog the menus open, and lists each focusable widget (focus policy
other than NoFocus, visible, enabled) that Qt's accessibility interface reports without a name.
Pages of tab widgets are walked one by one, so a control on a hidden page counts too.

What counts as a name is what an assistive technology gets: the interface's Name text, or on
Linux, where Qt reports a combo box's or spin box's current value as its Name, an accessible
name set on the widget or a label that Qt relates to it (a QLabel buddy, as QFormLayout sets).
"""

from __future__ import annotations

from itertools import pairwise

import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QTabBar,
    QTabWidget,
    QWidget,
)

NAME, VALUE = QAccessible.Text.Name, QAccessible.Text.Value


def _labelled(iface: QAccessible) -> bool:
    return any(
        flags & QAccessible.RelationFlag.Label and other is not None and other.text(NAME).strip()
        for other, flags in iface.relations()
    )


def accessible_name(widget: QWidget) -> str:
    """The name an assistive technology reads for the widget ('' when it has none)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    if _labelled(iface):
        return "labelled"
    if isinstance(widget, QComboBox | QAbstractSpinBox):
        return ""  # Qt reports the current value as the name: that names nothing
    name = iface.text(NAME).strip()
    return name if name and name != iface.text(VALUE).strip() else ""


def _focusable(widget: QWidget) -> bool:
    """Reachable by focus; a widget that hands its focus on (a spin box's line edit) is not."""
    return (widget.focusProxy() is None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and widget.isVisible() and widget.isEnabled())


def _describe(widget: QWidget, top: QWidget) -> str:
    path, w = [], widget
    while w is not None and w is not top:
        path.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(path))


def reachable(top: QWidget, qtbot) -> dict[str, QWidget]:
    """Every focusable widget in the window by its path, on every page of its tab widgets."""
    found: dict[str, QWidget] = {}

    def walk() -> None:
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isWindow() and widget is not top:
                continue
            if _focusable(widget):
                found.setdefault(f"{_describe(widget, top)}#{id(widget)}", widget)

    walk()
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                qtbot.wait(1)
                walk()
        tabs.setCurrentIndex(current)
    return found


def unnamed(top: QWidget, qtbot) -> list[str]:
    """The path of every focusable widget in the window without an accessible name."""
    return sorted({key.partition("#")[0] for key, widget in reachable(top, qtbot).items()
                   if not accessible_name(widget)})


def _idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)


def test_main_window_and_each_editor_name_every_control(window, ctx, entities, qtbot):
    assert unnamed(window, qtbot) == [], "library tab"
    for etype, eid, _title in entities:
        panel = window.open_entity(etype, eid)
        assert panel is not None
        qtbot.waitUntil(lambda p=panel: bool(getattr(p, "loaded", True)), timeout=10000)
        _idle(qtbot, ctx)
        window.tabs.setCurrentWidget(panel)
        assert unnamed(window, qtbot) == [], etype


def test_comment_panel_names_every_control(window, ctx, qtbot, monkeypatch):
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QDialog, QPlainTextEdit

    from gui.comment_parts import CommentDialog

    panel = window.open_item(ctx.ids["barrier"])
    qtbot.waitUntil(lambda: panel.loaded and panel.form_panel is not None, timeout=10000)
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: window.comments.target is not None, timeout=10000)
    edit = next(e for e in panel.findChildren(QPlainTextEdit) if e.toPlainText().strip())
    cursor = edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(min(5, len(edit.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.setFocus()

    def answer(dialog):
        dialog.text.setPlainText("Hvor mye?")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CommentDialog, "exec", answer)
    window.comments.act_comment.trigger()
    qtbot.waitUntil(lambda: len(window.comments.views) == 1, timeout=10000)
    window.comments.dock.raise_()
    qtbot.waitUntil(window.comments.isVisible, timeout=10000)
    assert window.comments.threads.isVisible()
    assert unnamed(window.comments, qtbot) == []


def test_every_dialog_names_every_control(dialogs, qtbot):
    from gui.comment_parts import CommentDialog

    for suggest in (False, True):
        dialog = CommentDialog("lite kapasitet", suggest)
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs[f"comment (suggest={suggest})"] = dialog
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    asks = QInputDialog()  # New module, New curriculum, Open database URL ask like this
    asks.setWindowTitle("Ny modul")
    asks.setLabelText("Tittel:")
    about = QMessageBox(QMessageBox.Icon.Information, "Om Kursverk", "Kursverk",
                        QMessageBox.StandardButton.Ok)
    for name, dialog in (("input", asks), ("about", about)):
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs[name] = dialog
    assert len(dialogs) >= 18
    faults = {name: unnamed(dialog, qtbot) for name, dialog in dialogs.items()}
    assert {name: found for name, found in faults.items() if found} == {}


def test_the_walk_finds_a_nameless_control(window, qtbot):
    """The checker itself: an icon-only button and an unlabelled combo box are reported."""
    from PySide6.QtWidgets import QComboBox, QToolButton

    button, combo = QToolButton(window.statusBar()), QComboBox(window.statusBar())
    combo.addItems(["A", "B"])
    window.statusBar().addWidget(button)
    window.statusBar().addWidget(combo)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    qtbot.waitUntil(combo.isVisible)
    found = unnamed(window, qtbot)
    assert found == ["QStatusBar/QComboBox", "QStatusBar/QToolButton"]
    combo.setAccessibleName("Velg")
    button.setText("Gå")
    assert unnamed(window, qtbot) == []


# -- tab order and visible focus -------------------------------------------------------------


def _key(widget: QWidget) -> int:
    """The C++ object: PySide may hand out a new wrapper for a widget Qt created."""
    return shiboken6.getCppPointer(widget)[0]


def tab_chain(top: QWidget, qtbot, limit: int = 300) -> list[QWidget]:
    """The round of widgets Tab visits in the window, from the first that comes back.

    A date edit takes Tab from section to section before it lets go: one stop. Tab that never
    comes back round (a control that keeps it) fails.
    """
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow)
    widget = QApplication.focusWidget()
    assert widget is not None, "no focus"
    assert widget is top or top.isAncestorOf(widget), "the focus is in another window"
    chain: list[QWidget] = [widget]
    for _ in range(limit):
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None, "Tab lost the focus"
        keys = [_key(w) for w in chain]
        if keys[-1] == _key(widget):
            continue
        if _key(widget) in keys:
            return chain[keys.index(_key(widget)):]
        chain.append(widget)
    raise AssertionError(f"Tab does not come back round: stuck on {_describe(widget, top)}")


def _box(widget: QWidget, top: QWidget) -> QRect:
    """Where the widget shows in the window (a field half scrolled away: its visible part)."""
    seen = widget.visibleRegion().boundingRect()
    if seen.isEmpty():
        seen = widget.rect()
    return QRect(widget.mapTo(top, seen.topLeft()), seen.size())


def order_faults(top: QWidget, chain: list[QWidget]) -> list[str]:
    """Steps of the chain that go back up the window, and tab stops lying on one another.

    Reading order: the next stop is lower down, on the same row further right, or in a
    column to the right (a form beside its preview); after a tab bar comes its page.
    """
    faults = []
    for a, b in pairwise(chain):
        if isinstance(a, QTabBar):
            continue  # a tab bar comes before the page it shows, wherever it sits
        ra, rb = _box(a, top), _box(b, top)
        same_row = rb.top() < ra.bottom() and ra.top() < rb.bottom()
        next_column = rb.left() >= ra.right()
        if not (rb.top() >= ra.top() - 4 or (same_row and rb.left() > ra.left()) or next_column):
            faults.append(f"{_describe(a, top)} -> {_describe(b, top)} goes back up")
    for i, a in enumerate(chain):
        for b in chain[i + 1:]:
            if not (a.isAncestorOf(b) or b.isAncestorOf(a)) and \
                    _box(a, top).intersects(_box(b, top)):
                faults.append(f"{_describe(a, top)} lies on {_describe(b, top)}")
    return faults


def test_tab_goes_through_every_dialog_in_reading_order(dialogs, qtbot):
    faults = {}
    for name, dialog in dialogs.items():
        chain = tab_chain(dialog, qtbot)
        stops = {_key(w) for w in chain}
        tabbable = [w for w in reachable(dialog, qtbot).values()
                    if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        skipped = [_describe(w, dialog) for w in tabbable if _key(w) not in stops]
        found = order_faults(dialog, chain) + [f"Tab skips {s}" for s in skipped]
        if found:
            faults[name] = found
    assert faults == {}


def test_the_order_check_sees_a_wrong_order(qtbot):
    """The checker itself: a field tabbed to before the one above it, and a stray control."""
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    edits = [QLineEdit(dialog) for _ in range(3)]
    for label, edit in zip("ABC", edits, strict=True):
        edit.setObjectName(label)
        form.addRow(label, edit)
    stray = QComboBox(dialog)
    dialog.show()
    assert order_faults(dialog, tab_chain(dialog, qtbot)) == [
        "C -> QComboBox goes back up", "A lies on QComboBox"]
    stray.hide()
    assert order_faults(dialog, tab_chain(dialog, qtbot)) == []
    QWidget.setTabOrder(edits[0], edits[2])
    QWidget.setTabOrder(edits[2], edits[1])
    edits[0].setFocus()
    chain = tab_chain(dialog, qtbot)
    assert [w.objectName() for w in chain] == ["A", "C", "B"]
    assert order_faults(dialog, chain) == ["C -> B goes back up"]


def _shown(widget: QWidget, top: QWidget) -> bool:
    """On screen: some of it is painted, inside the window."""
    return not widget.visibleRegion().isEmpty() and top.rect().intersects(_box(widget, top))


def test_tab_reaches_each_editor_in_order_and_nothing_out_of_sight(window, ctx, entities, qtbot):
    for etype, eid, _title in [("library", "", ""), *entities]:
        panel = window.open_entity(etype, eid) if eid else window.tabs.widget(0)
        assert panel is not None
        _idle(qtbot, ctx)
        chain = tab_chain(window, qtbot)
        hidden = [_describe(w, window) for w in chain if not _shown(w, window)]
        assert hidden == [], f"{etype}: Tab goes to controls out of sight"
        stops = {_key(w) for w in chain}
        skipped = [_describe(w, window) for w in panel.findChildren(QWidget)
                   if _focusable(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                   and _key(w) not in stops]
        assert skipped == [], f"{etype}: Tab skips these"
        inside = [w for w in chain if panel.isAncestorOf(w)]
        assert len(inside) >= 2, etype
        assert order_faults(window, inside) == [], etype


def _areas_in_order(window, chain: list[QWidget]) -> list[str]:
    """The window's areas a round of Tab passes through, from the navigator on."""
    named = [("navigator", window.nav_dock), ("editor tabs", window.tabs.tabBar()),
             ("editor", window.tabs), ("comments", window.comments.dock),
             ("inspector", window.inspector_dock), ("dock tabs", window)]
    areas = [next(name for name, host in named if host is widget or host.isAncestorOf(widget))
             for widget in chain]
    start = areas.index("navigator")
    rotated = areas[start:] + areas[:start]
    return [area for i, area in enumerate(rotated) if i == 0 or area != rotated[i - 1]]


def test_tab_goes_through_the_window_areas_as_they_read(window, ctx, entities, qtbot):
    """Navigator, the editor tabs, the open editor, the docks on the right; Shift+Tab back.

    Qt's own order follows creation: an editor opened later came after the docks.
    """
    for etype, eid, _title in [("library", "", ""), *entities]:
        if eid:
            window.open_entity(etype, eid)
        _idle(qtbot, ctx)
        chain = tab_chain(window, qtbot)
        areas = _areas_in_order(window, chain)
        assert areas[:3] == ["navigator", "editor tabs", "editor"], etype
        assert areas[3:] in (["dock tabs"], ["comments", "dock tabs"],
                             ["inspector", "dock tabs"]), etype
        back = [chain[0]]
        for _ in range(len(chain) - 1):
            QTest.keyClick(back[-1], Qt.Key.Key_Backtab)
            back.append(QApplication.focusWidget())
        assert [_key(w) for w in back[1:]] == [_key(w) for w in reversed(chain[1:])], etype


def test_tab_leaves_a_date_showing_no_date(qtbot):
    """Qt keeps Tab in a date or time edit showing its special text; ours let it go."""
    from PySide6.QtCore import QDate, QTime
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    from gui.keyboard import TabLeavingDateEdit, TabLeavingTimeEdit

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    before, date, time, after = QLineEdit(host), TabLeavingDateEdit(host), \
        TabLeavingTimeEdit(host), QLineEdit(host)
    date.setMinimumDate(QDate(1900, 1, 1))
    date.setSpecialValueText("ingen dato")
    date.setDate(date.minimumDate())
    time.setMinimumTime(QTime(0, 0))
    time.setSpecialValueText("ingen starttid")
    time.setTime(time.minimumTime())
    for w in (before, date, time, after):
        layout.addWidget(w)
    host.show()
    chain = tab_chain(host, qtbot)
    assert [_key(w) for w in chain] == [_key(w) for w in (before, date, time, after)]
    assert time.text() == "ingen starttid"
    after.setFocus()
    QTest.keyClick(after, Qt.Key.Key_Backtab)
    assert time.hasFocus()
    QTest.keyClick(time, Qt.Key.Key_Backtab)
    assert date.hasFocus()
    date.setDate(QDate(2026, 3, 1))  # a real date: Tab steps through its sections first
    QTest.keyClick(date, Qt.Key.Key_Tab)
    assert date.hasFocus()


def unmarked_focus(top: QWidget, qtbot) -> list[str]:
    """Tab stops that look the same with and without the keyboard focus."""
    chain = tab_chain(top, qtbot)  # Tab once round: the window now shows keyboard focus
    faults = []
    for here, there in pairwise([*chain, chain[0]]):
        before = there.grab().toImage()
        QTest.keyClick(here, Qt.Key.Key_Tab)
        qtbot.waitUntil(there.hasFocus)
        if there.grab().toImage() == before:
            faults.append(_describe(there, top))
    return faults


def test_the_keyboard_focus_shows_in_the_app_theme(themed, dialogs, window, ctx, entities,
                                                   qtbot):
    faults = {name: unmarked_focus(dialog, qtbot) for name, dialog in dialogs.items()}
    window.activateWindow()
    for etype, eid, _title in entities:
        window.open_entity(etype, eid)
        _idle(qtbot, ctx)
        faults[etype] = unmarked_focus(window, qtbot)
    assert {name: found for name, found in faults.items() if found} == {}


def test_lists_whose_keys_are_not_obvious_describe_them(window, ctx, entities, qtbot):
    def description(widget: QWidget) -> str:
        return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)

    assert description(window.library.table) == "Enter åpner det valgte elementet."
    for etype, eid, _title in entities[1:]:
        panel = window.open_entity(etype, eid)
        _idle(qtbot, ctx)
        assert "F1" in description(panel.tree), etype


def mouse_only(window: QWidget) -> list[str]:
    """Toolbar actions a keyboard cannot reach: no shortcut, in no menu, on no focusable button.

    A menu is the menu bar's, or the context menu of a focusable widget that lists its actions
    (the Menu key opens it).
    """
    from PySide6.QtWidgets import QMenu, QToolBar

    in_menus = {_key(a) for m in window.findChildren(QMenu) for a in m.actions()}
    for widget in window.findChildren(QWidget):
        if (widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
                and _focusable(widget)):
            in_menus |= {_key(a) for a in widget.actions()}
    found = []
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            if action.isSeparator() or not action.isVisible() or not bar.isVisible():
                continue
            button = bar.widgetForAction(action)
            if action.shortcut().isEmpty() and _key(action) not in in_menus and not (
                    button is not None and button.focusPolicy() & Qt.FocusPolicy.TabFocus):
                found.append(action.text())
    return found


def test_every_toolbar_action_is_reachable_from_the_keyboard(window, ctx, entities, qtbot):
    from PySide6.QtGui import QAction

    assert mouse_only(window) == [], "library"
    for etype, eid, _title in entities:
        window.open_entity(etype, eid)
        _idle(qtbot, ctx)
        assert mouse_only(window) == [], etype
    stray = QAction("Bare mus", window)
    window.toolbar.addAction(stray)
    assert mouse_only(window) == ["Bare mus"]


def test_the_file_dialog_names_every_control_and_tabs_in_order(qtbot):
    """Where the desktop offers no file dialog of its own, Qt's is used: walked like ours."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "Åpne bunt", "", "Kursverk-bunter (*.kvb)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    assert unnamed(dialog, qtbot) == []
    chain = tab_chain(dialog, qtbot)
    assert len(chain) >= 4
