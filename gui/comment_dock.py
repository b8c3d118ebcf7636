"""The comment dock in the main window: where the panel sits and how it follows the tabs.

``install_comment_dock`` puts the ``CommentPanel`` (``gui/comment_panel.py``) in a dock tabbed
with the inspector, lets it follow the current editor tab (and, in a module, the selected
block), raises it when the tab has something to comment on, and adds its actions to the Edit
and View menus with their shortcuts (Ctrl+Alt+M, Ctrl+Alt+E, F7).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

from gui.comment_panel import CommentPanel
from gui.window_docks import RIGHT_DOCK_WIDTH

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def install_comment_dock(window: MainWindow) -> CommentPanel:
    """Put the comment panel in a dock beside the editor and wire it to the window."""
    dock = QDockWidget(window)
    dock.setObjectName("commentDock")
    panel = CommentPanel(window.ctx, dock)
    dock.setWidget(panel)
    panel.setMinimumWidth(RIGHT_DOCK_WIDTH)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.tabifyDockWidget(window.inspector_dock, dock)
    for each in (window.inspector_dock, dock):  # Qt only moves a covered tab out of sight:
        each.visibilityChanged.connect(  # hide it, or Tab and screen readers still go there
            lambda shown, d=each: d.widget().setVisible(shown))
    panel.dock = dock  # type: ignore[attr-defined]

    def follow(widget: QWidget | None = None) -> None:
        current = window.tabs.currentWidget()
        if widget is not None and widget is not current:
            return  # a background tab loaded or changed its selection
        panel.follow(current)
        (dock if panel.target is not None else window.inspector_dock).raise_()
        _wire(current)

    def _wire(widget: QWidget) -> None:
        signal = getattr(widget, "title_did_change", None)
        if signal is None or widget.property("commentsWired"):
            return
        widget.setProperty("commentsWired", True)
        signal.connect(lambda _t, w=widget: follow(w))  # the item form is built on load
        tree = getattr(widget, "tree", None)
        if tree is not None:  # a module: the selected block is the commentable text
            tree.selectionModel().currentChanged.connect(
                lambda *_a, w=widget: QTimer.singleShot(0, panel, lambda: follow(w)))

    window.tabs.currentChanged.connect(lambda _i: follow())
    window.edit_menu.addSeparator()
    window.edit_menu.addActions([panel.act_comment, panel.act_suggest])
    window.view_menu.addActions([dock.toggleViewAction(), panel.act_focus])
    window.addActions([panel.act_comment, panel.act_suggest, panel.act_focus])
    panel.retranslate()
    return panel
