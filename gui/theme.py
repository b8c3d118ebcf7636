"""A calm, readable look: Fusion with a soft light palette and a few style rules.

The keyboard focus must show on every control. Fusion marks it on fields but not on an item
view or a read-only text browser, and draws a dialog's default button the same with or without
it: the focus rules below give those a clear frame (tests/gui/test_accessibility.py checks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QPalette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

STYLE = """
QTabBar::tab { padding: 5px 12px; }
QDockWidget::title { padding: 4px 6px; background: #e8ecef; }
QTableView { gridline-color: #e3e6e8; selection-background-color: #2f6f8f; }
QHeaderView::section { padding: 4px 6px; background: #eef1f3; border: none;
                       border-bottom: 1px solid #d5dadd; }
QLineEdit, QPlainTextEdit, QComboBox { padding: 3px; }
QToolBar { spacing: 6px; }
QAbstractItemView, QTextBrowser { border: 1px solid #b9c0c5; padding: 1px; }
QHeaderView { border: none; padding: 0px; }
QAbstractItemView:focus, QTextBrowser:focus { border: 2px solid #2f6f8f; padding: 0px; }
QPushButton:focus { border: 2px solid #2f6f8f; border-radius: 3px; padding: 3px 12px;
                    background: #e6eff4; }
"""


def apply(app: QApplication) -> None:
    """Apply the Kursverk palette and style sheet."""
    app.setStyle("Fusion")
    pal = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#f4f6f7", QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f7f9fa", QPalette.ColorRole.Text: "#1e2428",
        QPalette.ColorRole.WindowText: "#1e2428", QPalette.ColorRole.Button: "#eef1f3",
        QPalette.ColorRole.ButtonText: "#1e2428", QPalette.ColorRole.Highlight: "#2f6f8f",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#fffbe6",
        QPalette.ColorRole.ToolTipText: "#1e2428", QPalette.ColorRole.Link: "#1f5f86",
        QPalette.ColorRole.PlaceholderText: "#6b757c",
    }
    for role, color in colors.items():
        pal.setColor(role, QColor(color))
    app.setPalette(pal)
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    app.setStyleSheet(STYLE)
