"""Qt's own button texts, marked for translation in Kursverk's catalogue.

Qt ships no bokmål catalogue for its dialogs (PySide6 has qtbase_nn, not nb), so without
these «OK», «Cancel», «Yes» and «No» stayed English in a bokmål window. The context is the
one Qt looks them up in (QPlatformTheme); lupdate reads the calls below.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _mark() -> None:  # pragma: no cover - only read by lupdate
    QCoreApplication.translate("QPlatformTheme", "OK")
    QCoreApplication.translate("QPlatformTheme", "Save")
    QCoreApplication.translate("QPlatformTheme", "Save All")
    QCoreApplication.translate("QPlatformTheme", "Open")
    QCoreApplication.translate("QPlatformTheme", "&Yes")
    QCoreApplication.translate("QPlatformTheme", "Yes to &All")
    QCoreApplication.translate("QPlatformTheme", "&No")
    QCoreApplication.translate("QPlatformTheme", "N&o to All")
    QCoreApplication.translate("QPlatformTheme", "Abort")
    QCoreApplication.translate("QPlatformTheme", "Retry")
    QCoreApplication.translate("QPlatformTheme", "Ignore")
    QCoreApplication.translate("QPlatformTheme", "Close")
    QCoreApplication.translate("QPlatformTheme", "Cancel")
    QCoreApplication.translate("QPlatformTheme", "Discard")
    QCoreApplication.translate("QPlatformTheme", "Help")
    QCoreApplication.translate("QPlatformTheme", "Apply")
    QCoreApplication.translate("QPlatformTheme", "Reset")
    QCoreApplication.translate("QPlatformTheme", "Restore Defaults")
    # a message box with details (the bundle import's report) has a button of its own
    QCoreApplication.translate("QMessageBox", "Show Details...")
    QCoreApplication.translate("QMessageBox", "Hide Details...")
    # key names in shortcuts (F1, tooltips): the arrows are words; «Alt+Up» was English
    QCoreApplication.translate("QShortcut", "Up")
    QCoreApplication.translate("QShortcut", "Down")
    QCoreApplication.translate("QShortcut", "Left")
    QCoreApplication.translate("QShortcut", "Right")
