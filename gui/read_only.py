"""Content read-only for a reviewer (gransker): inputs locked, text still selectable.

A reviewer reads and comments. Commenting starts from text selected in an editor's field,
so text fields become read-only (selectable, focusable, in the tab order) rather than
disabled; every other input (buttons, check boxes, lists of choices, toolbars) is disabled,
and views keep selection but lose editing and drag and drop. Whether a role may edit is
decided in one place, ``content.sync.roles`` (through ``AppContext.may_edit``); what is
locked here is only what the GUI shows.

Only what this module locked is unlocked again, so an input an editor disabled for its own
reasons (a deleted entity, nothing selected) stays as the editor left it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

_LOCKED = "kvRoleLocked"  # what this module changed on a widget ("read", "off", "view")
_VIEW = "kvRoleView"  # a view's edit triggers and drag-and-drop mode before locking


def lock_inputs(roots: Iterable[QWidget], locked: bool, keep: Iterable[QWidget] = ()) -> None:
    """Lock (or unlock) the inputs of ``roots`` and their children, except ``keep``'s."""
    kept = list(keep)
    for root in roots:
        for w in [root, *root.findChildren(QWidget)]:
            if any(k is w or k.isAncestorOf(w) for k in kept):
                continue
            if locked:
                _lock(w)
            else:
                _unlock(w)


def _skipped(w: QWidget) -> bool:
    parent = w.parentWidget()
    # a combo box's line edit, a tab bar's scroll buttons and a toolbar's buttons follow
    # their owner; a header only sorts; a browser is read-only already
    return isinstance(w, (QTextBrowser, QHeaderView)) or isinstance(
        parent, (QComboBox, QTabBar, QToolBar)
    )


def _lock(w: QWidget) -> None:
    """Lock one widget (again, when its editor unlocked it on a reload)."""
    if _skipped(w):
        return
    if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
        if not w.isReadOnly():
            w.setReadOnly(True)
            w.setProperty(_LOCKED, "read")
    elif isinstance(w, QAbstractItemView):
        if not w.property(_LOCKED):
            w.setProperty(_VIEW, (int(w.editTriggers().value), int(w.dragDropMode().value)))
            w.setProperty(_LOCKED, "view")
        w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        w.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    elif isinstance(w, (QAbstractButton, QComboBox, QToolBar)) and w.isEnabled():
        w.setEnabled(False)
        w.setProperty(_LOCKED, "off")


def _unlock(w: QWidget) -> None:
    how = w.property(_LOCKED)
    if not how:
        return
    if how == "read" and isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
        w.setReadOnly(False)
    elif how == "view" and isinstance(w, QAbstractItemView):
        triggers, mode = w.property(_VIEW)
        w.setEditTriggers(QAbstractItemView.EditTrigger(triggers))
        w.setDragDropMode(QAbstractItemView.DragDropMode(mode))
    elif how == "off":
        w.setEnabled(True)
    w.setProperty(_LOCKED, None)
