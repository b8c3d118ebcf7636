"""Run work off the UI thread; deliver results back on it (Anki's TaskManager)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from content.progress import Progress

Done = Callable[[Future[Any]], None]


class TaskRunner(QObject):
    """Two pools: one serialised for database work, one for rendering and file IO."""

    _finished = Signal(object, object)  # (callback, future), queued to the UI thread

    def __init__(self) -> None:
        super().__init__()
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kv-db")
        self._work = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kv-work")
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)

    def run(
        self, fn: Callable[[], Any], on_done: Done | None = None, *, uses_db: bool = True
    ) -> Future[Any]:
        """Run fn in a worker; call on_done(future) on the UI thread when it ends."""
        pool = self._db if uses_db else self._work
        if self._closed:
            # A late timer after the library was closed: nothing runs, nothing is delivered.
            dropped: Future[Any] = Future()
            dropped.cancel()
            return dropped
        self._pending += 1
        fut = pool.submit(fn)
        fut.add_done_callback(lambda f: self._finished.emit(on_done, f))
        return fut

    def _deliver(self, callback: Done | None, fut: Future[Any]) -> None:
        self._pending -= 1
        if callback is not None:
            callback(fut)

    @property
    def pending(self) -> int:
        """Return how many jobs have not delivered their result yet."""
        return self._pending

    def shutdown(self) -> None:
        """Wait for running jobs and stop the pools."""
        self._closed = True
        self._db.shutdown(wait=True)
        self._work.shutdown(wait=True)


class ProgressWatcher(QObject):
    """Poll a Progress every 100 ms; show a dialog only if the job runs past 600 ms."""

    def __init__(self, progress: Progress, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self._progress = progress
        self._dialog: QProgressDialog | None = None
        self._parent = parent
        self._title = title
        self._elapsed = 0
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        self._elapsed += 100
        if self._dialog is None and self._elapsed >= 600:
            self._dialog = QProgressDialog(self._title, self.tr("Cancel"), 0, 1000, self._parent)
            self._dialog.setWindowTitle(self._title)
            self._dialog.setMinimumDuration(0)
            self._dialog.canceled.connect(self._progress.cancel)
            self._dialog.setAccessibleName(self._title)
        if self._dialog is not None:
            self._dialog.setValue(int(self._progress.fraction * 1000))
            if self._progress.label:
                self._dialog.setLabelText(self._progress.label)

    def finish(self) -> None:
        """Stop polling and close the dialog."""
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        self.deleteLater()
