"""Qt's own texts (buttons, key names, the file dialog), marked for Kursverk's catalogue.

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


def _mark_boxes_and_keys() -> None:  # pragma: no cover - only read by lupdate
    # a message box with details (the bundle import's report) has a button of its own
    QCoreApplication.translate("QMessageBox", "Show Details...")
    QCoreApplication.translate("QMessageBox", "Hide Details...")
    # key names in shortcuts (F1, tooltips): the arrows are words; «Alt+Up» was English
    QCoreApplication.translate("QShortcut", "Up")
    QCoreApplication.translate("QShortcut", "Down")
    QCoreApplication.translate("QShortcut", "Left")
    QCoreApplication.translate("QShortcut", "Right")


def _mark_file_dialog() -> None:  # pragma: no cover - only read by lupdate
    # Qt’s own file dialog (where the desktop has none): «Look in:», «File name:», «Name»,
    # «Date Modified» … stayed English in a bokmål window (qtbase_nn covers nynorsk)
    QCoreApplication.translate("QFileDialog", "%1 File")
    QCoreApplication.translate("QFileDialog", "&Choose")
    QCoreApplication.translate("QFileDialog", "&Delete")
    QCoreApplication.translate("QFileDialog", "&New Folder")
    QCoreApplication.translate("QFileDialog", "&Open")
    QCoreApplication.translate("QFileDialog", "&Rename")
    QCoreApplication.translate("QFileDialog", "&Save")
    QCoreApplication.translate("QFileDialog", "All Files (*)")
    QCoreApplication.translate("QFileDialog", "All files (*)")
    QCoreApplication.translate("QFileDialog", "Back")
    QCoreApplication.translate("QFileDialog", "Change to detail view mode")
    QCoreApplication.translate("QFileDialog", "Change to list view mode")
    QCoreApplication.translate("QFileDialog", "Could not delete directory.")
    QCoreApplication.translate("QFileDialog", "Create New Folder")
    QCoreApplication.translate("QFileDialog", "Create a New Folder")
    QCoreApplication.translate("QFileDialog", "Delete")
    QCoreApplication.translate("QFileDialog", "Detail View")
    QCoreApplication.translate("QFileDialog", "Directories")
    QCoreApplication.translate("QFileDialog", "Directory:")
    QCoreApplication.translate("QFileDialog", "Drive")
    QCoreApplication.translate("QFileDialog", "File")
    QCoreApplication.translate("QFileDialog", "File &name:")
    QCoreApplication.translate("QFileDialog", "File Folder")
    QCoreApplication.translate("QFileDialog", "Files")
    QCoreApplication.translate("QFileDialog", "Files of type:")
    QCoreApplication.translate("QFileDialog", "Find Directory")
    QCoreApplication.translate("QFileDialog", "Folder")
    QCoreApplication.translate("QFileDialog", "Forward")
    QCoreApplication.translate("QFileDialog", "Go back")
    QCoreApplication.translate("QFileDialog", "Go forward")
    QCoreApplication.translate("QFileDialog", "Go to the parent directory")
    QCoreApplication.translate("QFileDialog", "List View")
    QCoreApplication.translate("QFileDialog", "List of places and bookmarks")
    QCoreApplication.translate("QFileDialog", "Look in:")
    QCoreApplication.translate("QFileDialog", "My Computer")
    QCoreApplication.translate("QFileDialog", "New Folder")
    QCoreApplication.translate("QFileDialog", "Open")
    QCoreApplication.translate("QFileDialog", "Parent Directory")
    QCoreApplication.translate("QFileDialog", "Recent Places")
    QCoreApplication.translate("QFileDialog", "Remove")
    QCoreApplication.translate("QFileDialog", "Save As")
    QCoreApplication.translate("QFileDialog", "Shortcut")
    QCoreApplication.translate("QFileDialog", "Show &hidden files")
    QCoreApplication.translate("QFileDialog", "Sidebar")
    QCoreApplication.translate("QFileDialog", "Unknown")


def _mark_file_list() -> None:  # pragma: no cover - only read by lupdate
    # the file dialog's columns and the kinds of its rows
    QCoreApplication.translate("QFileSystemModel", "Computer")
    QCoreApplication.translate("QFileSystemModel", "Date Modified")
    QCoreApplication.translate("QFileSystemModel", "Invalid filename")
    QCoreApplication.translate("QFileSystemModel", "Kind")
    QCoreApplication.translate("QFileSystemModel", "My Computer")
    QCoreApplication.translate("QFileSystemModel", "Name")
    QCoreApplication.translate("QFileSystemModel", "Size")
    QCoreApplication.translate("QFileSystemModel", "Type")
    QCoreApplication.translate("QFileDialog", "&Look in:")  # Qt 6's texts (qtbase_nn has older)
    QCoreApplication.translate("QFileDialog", "Files of &type:")
    QCoreApplication.translate("QAbstractFileIconProvider", "Folder")
    QCoreApplication.translate("QAbstractFileIconProvider", "Drive")
    QCoreApplication.translate("QAbstractFileIconProvider", "Unknown")
