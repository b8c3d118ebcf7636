"""Every window is usable on a 1366×768 laptop screen (screenshots taken offscreen).

At that size the main window with each editor open shows every toolbar button whole (none pushed
into the toolbar's overflow menu), the title editors are wide enough for a long title, and no
widget's minimum size forces the window, or a dialog, past the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QToolBar, QWidget

SCREEN = (1366, 768)


def _hidden_tools(window: QWidget) -> list[str]:
    """Texts of toolbar actions that are not shown whole in their toolbar."""
    hidden = []
    for bar in window.findChildren(QToolBar):
        if not bar.isVisible():
            continue
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if action.isSeparator() or not action.isVisible() or button is None:
                continue
            inside = bar.rect().contains(button.geometry())
            if not (button.isVisible() and inside):
                hidden.append(action.text())
    return hidden


def _fits_screen(widget: QWidget) -> bool:
    hint = widget.minimumSizeHint()
    return hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1]


def _title_fits(edit: QLineEdit) -> bool:
    """The whole text shows: its width plus the frame's padding fits in the editor."""
    needed = edit.fontMetrics().horizontalAdvance(edit.text()) + 12
    return edit.width() >= needed


def test_main_window_with_each_editor_at_1366x768(window, ctx, entities, qtbot, tmp_path):
    window.resize(*SCREEN)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == SCREEN, timeout=5000)
    assert _fits_screen(window)
    assert _hidden_tools(window) == []
    for etype, eid, title in entities:
        panel = window.open_entity(etype, eid)
        # the item form is built when the item has loaded
        qtbot.waitUntil(lambda p=panel, t=title: hasattr(p, "title_edit")
                        and p.title_edit.text() == t, timeout=10000)
        qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)
        qtbot.wait(50)  # let the layouts settle
        shot = window.grab()
        assert shot.save(str(tmp_path / f"{etype}-1366x768.png"))
        assert (shot.width(), shot.height()) == SCREEN, etype
        assert _fits_screen(window), (etype, window.minimumSizeHint())
        assert (window.width(), window.height()) == SCREEN, etype
        assert _hidden_tools(window) == [], etype
        assert _title_fits(panel.title_edit), (etype, panel.title_edit.width())


def test_every_dialog_fits_the_screen(dialogs, tmp_path):
    for name, dialog in dialogs.items():
        assert _fits_screen(dialog), (name, dialog.minimumSizeHint())
        assert dialog.width() <= SCREEN[0], name
        assert dialog.height() <= SCREEN[1], name
        assert _hidden_tools(dialog) == [], name
        assert dialog.grab().save(str(tmp_path / f"{name}.png"))


def test_on_first_start_the_docks_have_room_for_their_text(window, ctx, qtbot):
    """Qt's layout squeezed the right-hand docks to ~120 px: titles and tabs cut to «Kom…»."""
    from PySide6.QtWidgets import QTabBar

    window.resize(*SCREEN)
    qtbot.waitUntil(lambda: window.width() == SCREEN[0], timeout=5000)
    assert window.comments.dock.width() >= 260
    assert window.nav_dock.width() >= 180
    assert window.tabs.width() >= SCREEN[0] // 2
    for bar in (b for b in window.findChildren(QTabBar) if b.parent() is window):
        for i in range(bar.count()):
            needed = bar.fontMetrics().horizontalAdvance(bar.tabText(i))
            assert bar.tabRect(i).width() > needed, bar.tabText(i)
