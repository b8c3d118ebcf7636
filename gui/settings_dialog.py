"""Settings: the UI language and the author name stamped on changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui import i18n

if TYPE_CHECKING:
    from gui.context import AppContext

AUTHOR_KEY = "user/author"


class SettingsDialog(QDialog):
    """Choose the language of the program (applied at once) and the author name."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.author = QLineEdit(ctx.author, self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.language_label, self.author_label = QLabel(self), QLabel(self)
        self.language_label.setBuddy(self.language)
        self.author_label.setBuddy(self.author)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.author_label, self.author)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(460, 220)

    def retranslate(self) -> None:
        """Set the texts in the UI language."""
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language of the program:"))
        self.author_label.setText(self.tr("&Your name (shown in the history):"))
        self.language.setAccessibleName(self.tr("Language of the program"))
        self.author.setAccessibleName(self.tr("Your name"))
        self.note.setText(self.tr("The language of exported documents is chosen when you "
                                  "export."))
        self.note.setAccessibleName(self.tr("Note"))
        for which, text in ((QDialogButtonBox.StandardButton.Ok, self.tr("OK")),
                            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel"))):
            self.buttons.button(which).setText(text)
            self.buttons.button(which).setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        """Store and apply the choices."""
        apply_language(self._ctx, self.language.currentData())
        name = self.author.text().strip()
        if name:
            self._ctx.settings.setValue(AUTHOR_KEY, name)
            self._ctx.history.author = name
        super().accept()


def apply_language(ctx: AppContext, lang: str) -> None:
    """Switch the UI language now and remember it."""
    ctx.settings.setValue(i18n.SETTINGS_KEY, lang)
    if lang != i18n.current_language():
        i18n.install(lang)
