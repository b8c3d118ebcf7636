"""The export dialog's run: one format after another, off the UI thread, with progress.

A mixin of ``ExportDialog`` (gui/export_dialog.py): start, build each format's snapshot
(once per profile), render, publish, and list what was written, refused or failed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QListWidgetItem,
    QMessageBox,
)

from content.changes import Changes
from content.errors import ContentError
from content.exports.job import ExportRefused, LibraryExports
from content.progress import Cancelled, Progress
from exporters.job import (
    REVIEW_KINDS,
    EmptyExport,
    ExportJob,
    ExportRequest,
    ExportUnavailable,
    InaccessibleExport,
)
from exporters.registry import PDF_ROUTES, profile_for, suffix
from gui.export_targets import Target, file_stem, warning_target
from gui.i18n import counted
from gui.outline_model import while_alive

if TYPE_CHECKING:
    from concurrent.futures import Future

    from content.exports.snapshot import ExportSnapshot
    from exporters.base import ExportResult
    from exporters.job import ExportOutcome
    from gui.context import AppContext

FOLDER_KEY = "export/last_folder"
TARGET_ROLE = Qt.ItemDataRole.UserRole + 3
PATH_ROLE = Qt.ItemDataRole.UserRole + 4


class ExportRun:
    """Running the chosen formats (a mixin of ExportDialog, which owns the widgets)."""

    # provided by ExportDialog
    ctx: AppContext
    progress: Progress | None

    def start(self) -> None:
        """Build the snapshot in the DB worker, then render each format in a work thread."""
        target: Target | None = self.what.currentData()
        folder = Path(self.folder_edit.text().strip()).expanduser()
        if target is None or not self.chosen_formats() or self.state == "running":
            return
        if not self.folder_edit.text().strip():
            self.status.setText(self.tr("Choose a folder to export to."))
            return
        self.ctx.settings.setValue(FOLDER_KEY, str(folder))
        self.state, self.progress = "running", Progress()
        self.outputs, self.snapshot = [], None
        self._queue = self.chosen_formats()
        self._formats_total = len(self._queue)
        self._folder, self._target = folder, target
        self.results.clear()
        self.warnings.clear()
        self.bar.setValue(0)
        self.status.setText(self.tr("Collecting the content…"))
        self._update_buttons()
        self._timer.start()
        self._snapshots = {}
        self._allow_blocking = False
        self._next_format()

    def _job(self, kind: str) -> ExportJob:
        """Return the export job of one format, for the target and choices of this run."""
        t = self._target
        profile = profile_for(kind, self.profile.currentData())
        name = f"{file_stem(t.title)}-{kind}-{profile}-{self.language.currentData()}"
        request = ExportRequest(
            kind=kind, scope=t.scope, target_id=t.target_id, path=self._folder / f"{name}"
            f"{suffix(kind)}", session_number=t.session_number, profile=profile,
            lang=self.language.currentData(), per_page=int(self.per_page.currentData() or 3),
            allow_errors=self.allow_errors.isChecked(), author=self.ctx.author,
            pdf=self.pdf_route.currentData() if kind in PDF_ROUTES else None,
            allow_open_blocking=self._allow_blocking,
            allow_inaccessible=kind in PDF_ROUTES and self.allow_inaccessible.isChecked()
            and self.pdf_route.currentData() == "ua")
        return ExportJob(LibraryExports(self.ctx.library), request, self.progress)

    def _next_format(self) -> None:
        """Export the next chosen format: snapshot (DB, once per profile), render, publish."""
        assert self.progress is not None
        if self.progress.cancelled:
            self._finish("cancelled")
            return
        if not self._queue:
            self._finish("done")
            return
        kind = self._queue.pop(0)
        job = self._job(kind)
        cached = self._snapshots.get(job.request.effective_profile)
        if cached is not None:
            job.build_snapshot(reuse=cached)
            self._render(job)
            return
        self.status.setText(self.tr("Collecting the content…"))
        self.ctx.tasks.run(job.build_snapshot,
                           while_alive(self, lambda f: self._snapshot_built(job, f)), uses_db=True)

    def _snapshot_built(self, job: ExportJob, fut: Future[ExportSnapshot]) -> None:
        exc = fut.exception()
        if isinstance(exc, Cancelled) or (self.progress and self.progress.cancelled):
            self._finish("cancelled")
        elif isinstance(exc, ExportRefused):
            lines = "\n".join(f"• {p.message}" for p in exc.problems)
            # outside the f-string: lupdate sees no tr() inside one
            head = self.tr("«%1» was not exported: the check finds errors:")
            self._fail(head.replace("%1", exc.title) + f"\n{lines}\n" + self.tr(
                           "Fix them in the check report, or tick «Export even if the check "
                           "finds errors»."))
        elif isinstance(exc, ContentError):
            self._fail(str(exc))  # worded for the user
        elif exc is not None:
            self._fail(self.tr("Could not collect the content: %1").replace("%1", str(exc)))
        elif not self._blocking_allowed(job, fut.result()):
            self._fail(self.tr("«%1» was not exported: open «må rettes» comments must be "
                               "resolved first:").replace("%1", fut.result().title) + "\n"
                       + "\n".join(f"• {c.describe()}" for c in fut.result().open_blocking))
        else:
            self._snapshots[job.request.effective_profile] = fut.result()
            self._render(job)

    def _blocking_allowed(self, job: ExportJob, snap: ExportSnapshot) -> bool:
        """Ask once per run whether to export despite open «må rettes» comments."""
        kinds = [job.request.kind, *self._queue]
        if not snap.open_blocking or all(k in REVIEW_KINDS for k in kinds):
            return True
        if not self._allow_blocking:
            listed = "\n".join(f"• {c.describe()}" for c in snap.open_blocking[:15])
            more = len(snap.open_blocking) - 15
            if more > 0:
                listed += "\n" + self.tr("… and %1 more").replace("%1", str(more))
            question = self.tr(
                "«%1» has %2 open «må rettes» comments:\n\n%3\n\nExport anyway? The "
                "export record notes that they were open.").replace("%1", snap.title).replace(
                "%2", str(len(snap.open_blocking))).replace("%3", listed)
            self._allow_blocking = self.ask(question)
        if self._allow_blocking:
            job.request = replace(job.request, allow_open_blocking=True)
        return self._allow_blocking

    def ask(self, question: str) -> bool:
        """Ask a yes/no question (No is the default)."""
        answer = QMessageBox.question(
            self, self.tr("Open «må rettes» comments"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _render(self, job: ExportJob) -> None:
        """Render one format in a work thread (no database)."""
        assert self.progress is not None
        self.snapshot = job.snapshot
        label = self.format_labels[job.request.kind]
        self.progress.start(0, label)
        self.status.setText(self.tr("Exporting %1…").replace("%1", label))
        self.ctx.tasks.run(job.render, while_alive(self, lambda f: self._rendered(job, f)),
                           uses_db=False)

    def _rendered(self, job: ExportJob, fut: Future[ExportResult]) -> None:
        if self._stopped(job, fut.exception()):
            return
        self.ctx.tasks.run(job.publish, while_alive(self, lambda f: self._published(job, f)),
                           uses_db=True)

    def _published(self, job: ExportJob, fut: Future[ExportOutcome]) -> None:
        if self._stopped(job, fut.exception()):
            return
        self._add_output(fut.result())
        self.ctx.after_change(Changes(exports=True), self)
        self._next_format()

    def _stopped(self, job: ExportJob, exc: BaseException | None) -> bool:
        """Handle a cancelled or failed step (the job left no file); say if the run stopped."""
        if isinstance(exc, Cancelled) or (self.progress and self.progress.cancelled):
            job.discard()
            self._finish("cancelled")
            return True
        if exc is not None:
            self._add_error(job.request.kind, exc)
            self._next_format()
            return True
        return False

    def _add_output(self, outcome: ExportOutcome) -> None:
        kind = outcome.kind
        self.outputs.append(outcome.path)
        pages = self.tr(", %1 pages").replace("%1", str(outcome.pages)) if outcome.pages else ""
        row = self._add_line(f"{self.format_labels[kind]}: {outcome.path.name}{pages}")
        row.setData(PATH_ROLE, str(outcome.path))
        if self.results.currentRow() < 0:
            self.results.setCurrentItem(row)
        if outcome.overrides:
            self._add_line(self.tr("%1: written despite accessibility faults, without the "
                                   "PDF/UA claim; the export record notes them.")
                           .replace("%1", self.format_labels[kind]), error=True)
        assert self.snapshot is not None
        for text in outcome.warnings:
            line = QListWidgetItem(f"{self.format_labels[kind]}: {text}")
            target = warning_target(self.snapshot, text)
            line.setData(TARGET_ROLE, target)
            if target is not None:
                line.setForeground(QColor("#1a4f8b"))
                line.setToolTip(self.tr("Double-click or press Enter to open it"))
            self.warnings.addItem(line)

    def _add_error(self, kind: str, exc: BaseException) -> None:
        if isinstance(exc, EmptyExport):
            reason = self._empty_reason(kind)
        elif isinstance(exc, InaccessibleExport):
            reason = self.tr("not accessible (accessibility faults: %1, see Warnings)").replace(
                "%1", str(len(exc.faults)))
            for fault in exc.faults:
                self._add_fault_line(self.format_labels[kind], fault)
        elif isinstance(exc, ExportUnavailable):
            reason = self.tr("exporter unavailable (%1)").replace("%1", str(exc.__cause__ or exc))
        else:
            reason = f"{type(exc).__name__}: {exc}"
        row = self._add_line(self.tr("%1 failed: %2").replace("%1", self.format_labels[kind])
                             .replace("%2", reason), error=True)
        if isinstance(exc, InaccessibleExport):
            row.setToolTip(self.tr(
                "Double-click a fault under Warnings to open it and fix it, choose the print "
                "PDF, or tick «Export an accessible PDF even if it has accessibility faults»."))

    def _add_line(self, text: str, error: bool = False) -> QListWidgetItem:
        row = QListWidgetItem(text)
        if error:
            row.setForeground(QColor("#b0413e"))
            row.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxCritical))
        self.results.addItem(row)
        return row

    def _poll(self) -> None:
        if self.progress is None or not self._formats_total:
            return
        done = self._formats_total - len(self._queue) - (1 if self.state == "running" else 0)
        frac = (max(0, done) + self.progress.fraction) / self._formats_total
        self.bar.setValue(int(min(1.0, frac) * 1000))

    def _fail(self, message: str) -> None:
        self._add_line(message, error=True)
        self._finish("failed")

    def _finish(self, outcome: str) -> None:
        self._timer.stop()
        self.state = "idle" if outcome == "cancelled" else "done"
        errors = sum(1 for i in range(self.results.count())
                     if self.results.item(i).data(PATH_ROLE) is None)
        if outcome == "cancelled":
            self.bar.setValue(0)
            self.status.setText(self.tr("Cancelled. No unfinished file was left behind."))
        else:
            self.bar.setValue(1000 if self.outputs else 0)
            files = counted(len(self.outputs), self.tr("1 file written"),
                            self.tr("%1 files written"))
            problems = counted(errors, self.tr("1 problem"), self.tr("%1 problems"))
            warnings = counted(self.warnings.count(), self.tr("1 warning"), self.tr("%1 warnings"))
            self.status.setText(self.tr("Done: %1, %2, %3.").replace("%1", files)
                                .replace("%2", problems).replace("%3", warnings))
        self._update_buttons()
        self.export_did_finish.emit(outcome)
        if self._close_when_done:
            super().reject()
