"""A side-by-side diff of two texts (diff-match-patch), and a dialog that asks to accept it."""

from __future__ import annotations

import html
from typing import Any

from diff_match_patch import diff_match_patch
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

_DEL = "background:#f8d7d5;color:#7a1f1b;text-decoration:line-through;"
_INS = "background:#d4eed9;color:#1d5b2c;"


def diff_html(old: str, new: str) -> tuple[str, str]:
    """Return (left, right) HTML: the old text with deletions marked, the new with insertions."""
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.5  # bounded on huge texts: a coarser diff beats a frozen window
    diffs = dmp.diff_main(old, new)
    dmp.diff_cleanupSemantic(diffs)
    left, right = [], []
    for op, text in diffs:
        chunk = html.escape(text).replace("\n", "<br>")
        if op == 0:
            left.append(chunk)
            right.append(chunk)
        elif op < 0:
            left.append(f'<span style="{_DEL}">{chunk}</span>')
        else:
            right.append(f'<span style="{_INS}">{chunk}</span>')
    wrap = '<div style="font-family:sans-serif;white-space:pre-wrap;">{}</div>'
    return wrap.format("".join(left)), wrap.format("".join(right))


def item_text(state: dict[str, Any]) -> str:
    """Return an item state as plain text for diffing: title, summary, fields, body."""
    parts = [state.get("title", ""), "", state.get("summary", "")]
    fields = state.get("fields") or {}
    if fields:
        parts.append("")
        for key in sorted(fields):
            value = fields[key]
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value)
            parts.append(f"{key}: {value}")
    parts += ["", state.get("body", "")]
    if state.get("tags"):
        parts += ["", "#" + " #".join(state["tags"])]
    return "\n".join(parts).strip() + "\n"


class DiffView(QWidget):
    """Two read-only panes, old on the left and new on the right, scrolling together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.left_label = QLabel(self)
        self.right_label = QLabel(self)
        self.left = QTextBrowser(self)
        self.right = QTextBrowser(self)
        for col, (label, pane) in enumerate(((self.left_label, self.left),
                                             (self.right_label, self.right))):
            label.setBuddy(pane)
            pane.setOpenLinks(False)
            grid.addWidget(label, 0, col)
            grid.addWidget(pane, 1, col)
        self.left.setAccessibleName(self.tr("Old version"))
        self.right.setAccessibleName(self.tr("New version"))
        self._sync(self.left, self.right)
        self._sync(self.right, self.left)

    @staticmethod
    def _sync(a: QTextBrowser, b: QTextBrowser) -> None:
        a.verticalScrollBar().valueChanged.connect(b.verticalScrollBar().setValue)

    def set_texts(self, old: str, new: str, old_label: str = "", new_label: str = "") -> None:
        """Show two texts with their differences marked."""
        left, right = diff_html(old, new)
        self.left.setHtml(left)
        self.right.setHtml(right)
        self.left_label.setText(old_label or self.tr("Before"))
        self.right_label.setText(new_label or self.tr("After"))
        self.left.setAccessibleName(old_label or self.tr("Old version"))
        self.right.setAccessibleName(new_label or self.tr("New version"))


class DiffDialog(QDialog):
    """Show a side-by-side diff and ask whether to accept the new version."""

    def __init__(self, title: str, intro: str, accept_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.view = DiffView(self)
        layout.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.accept_button = self.buttons.addButton(accept_text,
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setAccessibleName(accept_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
