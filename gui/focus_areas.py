"""Tab through the main window's areas in reading order.

Qt's focus chain follows the order in which widgets were made, so an editor opened after the
docks came after them, and the editor tab bar came before the navigator. The main window asks
``next_stop`` instead: inside an area Tab keeps Qt's order (each editor sets its own), and
leaving an area it goes on to the next area as the window reads: left to right, then what lies
below the editors (bottom docks, the status bar).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabBar, QWidget


def areas(window: QMainWindow) -> list[QWidget]:
    """Return the window’s areas that are shown, in reading order."""
    central = window.centralWidget()
    found: list[QWidget] = [central] if central is not None else []
    found += [d for d in window.findChildren(QDockWidget)
              if d.isVisible() and not d.isFloating()]
    found += [b for b in window.findChildren(QTabBar) if b.parent() is window and b.isVisible()]
    status = window.statusBar()
    if status.isVisible():
        found.append(status)
    below = central.geometry().bottom() if central is not None else window.height()

    def reading(widget: QWidget) -> tuple[bool, int, int]:
        box = widget.geometry()
        return (box.top() >= below, box.left(), box.top())

    return sorted(found, key=reading)


def _stop(widget: QWidget, window: QWidget) -> bool:
    """Whether Tab may land on the widget (Qt's own test)."""
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()
            and widget.isVisibleTo(window) and widget.focusProxy() is None
            and not widget.isWindow())


def _stops_by_area(shown: list[QWidget], window: QWidget) -> list[list[QWidget]]:
    """Return the tab stops of each area, in Qt’s chain order (one walk of the chain)."""
    stops: list[list[QWidget]] = [[] for _ in shown]
    widget = window.nextInFocusChain()
    for _ in range(5000):
        if widget is window:
            break
        if _stop(widget, window):
            at = next((i for i, area in enumerate(shown) if area.isAncestorOf(widget)), None)
            if at is not None:
                stops[at].append(widget)
        widget = widget.nextInFocusChain()
    return stops


def next_stop(window: QMainWindow, forward: bool) -> QWidget | None:
    """Where Tab (or Shift+Tab) goes from the focused widget; None: leave it to Qt."""
    current = QApplication.focusWidget()
    shown = areas(window)
    here = next((i for i, a in enumerate(shown)
                 if current is not None and (a is current or a.isAncestorOf(current))), None)
    if current is None or here is None:
        return None
    by_area = _stops_by_area(shown, window)
    stops = by_area[here]
    at = next((i for i, w in enumerate(stops) if w is current), None)
    if at is not None:
        step = at + (1 if forward else -1)
        if 0 <= step < len(stops):
            return stops[step]
    for offset in range(1, len(shown) + 1):
        stops = by_area[(here + (offset if forward else -offset)) % len(shown)]
        if stops:
            return stops[0] if forward else stops[-1]
    return None
