"""No key sequence is bound twice where both could fire: Qt calls that ambiguous and runs neither.

The walk covers the main window with each editor tab current and every dialog the tests can
build. A binding lives in a scope given by its shortcut context: the whole window
(Window/ApplicationShortcut), a widget and its children (WidgetWithChildrenShortcut) or one
widget (WidgetShortcut). Two bindings of one sequence clash when their scopes overlap. Disabled
actions count too: they become enabled with a selection, and then both would be enabled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

C = Qt.ShortcutContext


def _scope(owner: QWidget, context: Qt.ShortcutContext) -> tuple[str, QWidget]:
    if context in (C.WindowShortcut, C.ApplicationShortcut) or isinstance(owner, QMenu):
        return ("window", owner.window())
    return ("children" if context == C.WidgetWithChildrenShortcut else "widget", owner)


def _inside(widget: QWidget, ancestor: QWidget) -> bool:
    return widget is ancestor or ancestor.isAncestorOf(widget)


def _overlap(a: tuple[str, QWidget], b: tuple[str, QWidget]) -> bool:
    (kind_a, wa), (kind_b, wb) = a, b
    if "window" in (kind_a, kind_b):
        return True
    if kind_a == kind_b == "widget":
        return wa is wb
    return (kind_a == "children" and _inside(wb, wa)) or (kind_b == "children" and _inside(wa, wb))


def _live(owner: QWidget) -> bool:
    """Qt matches a shortcut only while a widget carrying it is visible (menus: always)."""
    return isinstance(owner, QMenu) or owner.isVisible()


def bindings(window: QWidget) -> list[tuple[str, str, tuple[str, QWidget]]]:
    """Every (key sequence, name, scope) that can fire in this top-level window."""
    found = []
    actions = {id(a): a for a in window.findChildren(QAction)}
    for widget in [window, *window.findChildren(QWidget)]:
        actions.update({id(a): a for a in widget.actions()})
    for action in actions.values():
        owners = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        for owner in owners:
            if owner.window() is window and _live(owner):
                for seq in action.shortcuts():
                    found.append((seq.toString(), action.text(),
                                  _scope(owner, action.shortcutContext())))
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        if isinstance(owner, QWidget) and _live(owner):
            for seq in shortcut.keys():  # noqa: SIM118  (QShortcut.keys, not a dict)
                found.append((seq.toString(), repr(shortcut), _scope(owner, shortcut.context())))
    return [b for b in found if b[0]]


def ambiguous(window: QWidget) -> list[str]:
    """Describe each pair of bindings of one sequence whose scopes overlap."""
    clashes, seen = [], bindings(window)
    for i, (seq, name, scope) in enumerate(seen):
        for seq2, name2, scope2 in seen[i + 1:]:
            if seq == seq2 and name != name2 and _overlap(scope, scope2):
                clashes.append(f"{seq}: {name!r} and {name2!r}")
    return sorted(set(clashes))


def test_no_ambiguous_shortcut_with_each_editor_current(window, ctx, entities, qtbot):
    assert ambiguous(window) == [], "library tab"
    for etype, eid, _title in entities:
        panel = window.open_entity(etype, eid)
        assert panel is not None
        assert window.tabs.currentWidget() is panel
        qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)
        assert bindings(window), etype
        assert ambiguous(window) == [], etype


def test_no_ambiguous_shortcut_in_any_dialog(dialogs):
    for name, dialog in dialogs.items():
        assert ambiguous(dialog) == [], name


def test_the_walk_sees_a_clash(window, qtbot):
    """The checker itself: a second Ctrl+Shift+M in the window is reported."""
    extra = QAction("Duplicate", window)
    extra.setShortcut("Ctrl+Shift+M")
    window.tabs.currentWidget().addAction(extra)
    assert ambiguous(window) == ["Ctrl+Shift+M: 'Ny &modul' and 'Duplicate'"]
