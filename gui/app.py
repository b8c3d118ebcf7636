"""Start the desktop app: QApplication, translations, the library, the main window."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from content.store import Library
    from gui.main_window import MainWindow


def parse_args(args: list[str]) -> argparse.Namespace:
    """Read the GUI's own options (unknown ones are left for Qt)."""
    parser = argparse.ArgumentParser(prog="kursverk", add_help=False)
    parser.add_argument("--db", default=None, help="library file or database URL")
    parser.add_argument("--empty", action="store_true", help="a new library gets no starter")
    parser.add_argument("--settings", default=None, help="use this .ini file for settings")
    opts, _rest = parser.parse_known_args(args)
    return opts


def make_settings(path: str | None) -> QSettings:
    """Return the settings store (an .ini file when given, else the platform's)."""
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("Kursverk", "Kursverk")


def run_gui(args: list[str], on_ready: Callable[[MainWindow], None] | None = None) -> int:
    """Run the desktop app until its window closes; return the exit code."""
    opts = parse_args(args)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "kursverk"])
    app.setApplicationName("Kursverk")
    app.setOrganizationName("Kursverk")
    settings = make_settings(opts.settings)
    from gui import i18n, theme

    i18n.install(i18n.saved_language(settings))
    theme.apply(app)  # type: ignore[arg-type]
    library = open_first_library(opts.db, opts.empty)
    if library is None:
        return 1
    window, ctx = open_window(library, settings, on_ready)
    code = app.exec()
    ctx.close()
    del window
    return code


def open_window(
    library: Library, settings: QSettings, on_ready: Callable[[MainWindow], None] | None = None
) -> tuple[Any, Any]:
    """Create the context and the main window on an open library, and show it."""
    from gui.context import AppContext
    from gui.main_window import MainWindow
    from gui.window_files import remember_library

    author = str(settings.value("user/author", "") or "") or None
    ctx = AppContext(library, settings, author)
    window = MainWindow(ctx)
    if on_ready is not None:
        window.library_view_did_populate.connect(lambda: on_ready(window))
    window.show()
    remember_library(settings, _location(library))
    return window, ctx


def _location(library: Library) -> str:
    from content.store import sqlite_path

    path = sqlite_path(library.url)
    return str(path) if path else library.url


def open_first_library(
    location: str | None, empty: bool, parent: QWidget | None = None
) -> Library | None:
    """Open the library; when that fails, explain why and offer to open another."""
    from content.opening import open_or_create, resolve_location

    while True:
        try:
            return open_or_create(location, empty=empty)
        except Exception as exc:
            location = ask_other_library(parent, resolve_location(location), exc)
            if location is None:
                return None


def ask_other_library(parent: QWidget | None, location: str, exc: BaseException) -> str | None:
    """Say why a library could not be opened; return another one to try, or None to quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("app", "Cannot open the library"))
    box.setText(
        QCoreApplication.translate("app", "Kursverk could not open the library\n%1").replace(
            "%1", location
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "app",
            "The file may be damaged, or written by a newer version "
            "of Kursverk. It has not been changed.\n\nDetails: %1",
        ).replace("%1", str(exc))
    )
    open_button = box.addButton(
        QCoreApplication.translate("app", "Open another library…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    new_button = box.addButton(
        QCoreApplication.translate("app", "Create a new library…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setAccessibleName(QCoreApplication.translate("app", "Cannot open the library"))
    box.exec()
    clicked = box.clickedButton()
    libraries = QCoreApplication.translate(
        "app", "Kursverk libraries (*.sqlite *.db);;All files (*)"
    )
    if clicked is open_button:
        path, _f = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("app", "Open library"), "", libraries
        )
        return path or None
    if clicked is new_button:
        path, _f = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("app", "New library"), "library.sqlite", libraries
        )
        return path or None
    return None
