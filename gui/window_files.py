"""The main window's library files: open, create, recent libraries, bundle import and export."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from gui import ops

if TYPE_CHECKING:
    from content.bundle.common import ImportReport
    from gui.context import AppContext

RECENT_KEY = "library/recent"
MAX_RECENT = 8


class LibraryFiles:
    """Mixin of MainWindow: switch to another library, and move bundles in and out."""

    ctx: AppContext

    def open_library_file(self) -> None:
        """Open another library file."""
        path, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Open library"),
            "",
            self.tr("Kursverk libraries (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_library(path)

    def new_library_file(self) -> None:
        """Create a new library file (with the starter content) and open it."""
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("New library"), "library.sqlite", self.tr("Kursverk libraries (*.sqlite)")
        )
        if path:
            self.open_library(path)

    def open_database_url(self) -> None:
        """Open a library on a database server (PostgreSQL URL)."""
        url, ok = QInputDialog.getText(
            self,
            self.tr("Open database URL"),
            self.tr("Database URL (e.g. postgresql+psycopg://user@server/kursverk):"),
        )
        if ok and url.strip():
            self.open_library(url.strip())

    def open_library(self, location: str) -> None:
        """Open a library off the UI thread, then switch every view to it."""
        from content.opening import open_or_create

        self._flush_editors()
        self.team_status.cancel()  # a running sync stops cleanly before its library closes

        def done(fut: Any) -> None:
            if fut.exception() is not None:
                ops.show_error(self, fut.exception())
                return
            for i in range(self.tabs.count() - 1, 0, -1):
                self.close_tab(i)
            self.ctx.switch_library(fut.result())
            remember_library(self.ctx.settings, location)

        self.ctx.tasks.run(lambda: open_or_create(location), done, uses_db=False)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = recent_libraries(self.ctx.settings)
        for location in recent:
            self.recent_menu.addAction(location, lambda loc=location: self.open_library(loc))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _on_library_open(self) -> None:
        self.retranslate()
        self.reload_navigator()
        self.team_status.refresh()
        self._inspected = ""

    def import_bundle(self) -> None:
        """Import a bundle (a zip) into the library, with progress."""
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Import bundle"), "", self.tr("Kursverk bundles (*.kvb *.zip)")
        )
        if path:
            self._bundle_job("import", path)

    def export_bundle(self) -> None:
        """Export the whole library as a bundle, with progress."""
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), "library.kvb", self.tr("Kursverk bundles (*.kvb)")
        )
        if path:
            self._bundle_job("export", path)

    def _bundle_job(self, action: str, path: str) -> None:
        from content.changes import Changes
        from content.progress import Progress
        from content.store import writing
        from gui.tasks import ProgressWatcher

        progress = Progress()
        title = self.tr("Importing bundle…") if action == "import" else self.tr("Exporting bundle…")
        watcher = ProgressWatcher(progress, self, title)
        library = self.ctx.library

        def work() -> Any:
            from content import bundle

            with writing(library) as session:
                fn = bundle.import_bundle if action == "import" else bundle.export_bundle
                return fn(session, path, progress=progress)

        def done(fut: Any) -> None:
            watcher.finish()
            if fut.exception() is not None:
                ops.show_error(self, fut.exception())
                return
            if action == "import":
                self.ctx.after_change(Changes(items=True, modules=True, curricula=True), None)
                # A big import committed without copying the log into the file: do it now,
                # beside whatever the user does next.
                self.ctx.tasks.run(self.ctx.library.checkpoint, uses_db=False)
                self.show_import_report(fut.result())
            self.statusBar().showMessage(self.tr("Done: %1").replace("%1", path), 6000)

        self.ctx.tasks.run(work, done)


    def show_import_report(self, report: ImportReport) -> None:
        """Say what a bundle import added, updated and skipped, and why (not only «Done»)."""
        box = QMessageBox(self)  # type: ignore[arg-type]
        problems = [*report.conflicts, *report.warnings]
        box.setIcon(QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Bundle imported"))
        lines = [head.replace("%1", text) for head, text in (
            (self.tr("Added: %1"), self._counts(report.added)),
            (self.tr("Updated: %1"), self._counts(report.updated)),
            (self.tr("Unchanged: %1"), self._counts(report.unchanged)),
            (self.tr("Not imported: %1"), self._counts(report.skipped)),
        ) if text]
        box.setText("\n".join(lines) or self.tr("The bundle held nothing to import."))
        if problems:
            box.setInformativeText(self.tr(
                "Where the library and the bundle differ, the library’s version was kept. "
                "The details name each one."))
            box.setDetailedText("\n".join(problems))
        self.import_report_box = box  # tests read it
        box.open()

    def _counts(self, counts: dict[str, int]) -> str:
        from gui.i18n import counted

        words = {
            "item": (self.tr("1 item"), self.tr("%1 items")),
            "module": (self.tr("1 module"), self.tr("%1 modules")),
            "curriculum": (self.tr("1 curriculum"), self.tr("%1 curricula")),
            "comment": (self.tr("1 comment"), self.tr("%1 comments")),
            "asset": (self.tr("1 image"), self.tr("%1 images")),
        }
        return ", ".join(counted(counts[key], *words[key]) for key in words if counts.get(key))


def recent_libraries(settings: Any) -> list[str]:
    """Return the recently opened libraries, newest first."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or []]


def remember_library(settings: Any, location: str) -> None:
    """Put a library first in the recent list."""
    recent = [location, *[r for r in recent_libraries(settings) if r != location]]
    settings.setValue(RECENT_KEY, recent[:MAX_RECENT])

