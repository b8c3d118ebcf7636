"""Run a job in a worker thread, draw its Progress as a terminal bar, and cancel on Ctrl+C."""

from __future__ import annotations

import shutil
import sys
import threading
from typing import IO, TYPE_CHECKING, Any, Generic, TypeVar

from content.progress import Cancelled, Progress

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")
POLL_SECONDS = 0.1


class ProgressBar:
    """A one-line progress bar on a terminal stream (silent when it is not a TTY)."""

    def __init__(
        self, progress: Progress, stream: IO[str] | None = None, enabled: bool | None = None
    ) -> None:
        self.progress = progress
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _is_tty(self.stream) if enabled is None else enabled
        self._drawn = False

    def line(self, width: int) -> str:
        """Return the bar as text fitting a terminal width."""
        p = self.progress
        label = (p.label or "")[:28]
        counts = f" {p.done}/{p.total}" if p.total else ""
        tail = f" {int(p.fraction * 100):3d}%{counts}"
        bar_width = max(10, width - len(label) - len(tail) - 4)
        filled = int(p.fraction * bar_width) if p.total else 0
        return f"{label} [{'#' * filled}{'-' * (bar_width - filled)}]{tail}"[: width - 1]

    def draw(self) -> None:
        """Redraw the bar in place."""
        if not self.enabled:
            return
        width = shutil.get_terminal_size((80, 20)).columns
        self.stream.write("\r" + self.line(width))
        self.stream.flush()
        self._drawn = True

    def clear(self) -> None:
        """Erase the bar so later messages start on a clean line."""
        if self.enabled and self._drawn:
            width = shutil.get_terminal_size((80, 20)).columns
            self.stream.write("\r" + " " * (width - 1) + "\r")
            self.stream.flush()
            self._drawn = False


class _Worker(threading.Thread, Generic[T]):
    """A daemon thread that runs one job and keeps its result or exception."""

    def __init__(self, job: Callable[[], T]) -> None:
        super().__init__(daemon=True, name="kursverk-cli-job")
        self._job = job
        self.result: T | None = None
        self.error: BaseException | None = None
        # An Event rather than join(): a join interrupted by Ctrl+C may report the thread
        # finished when it is not, and the job must be awaited to clean up.
        self.done = threading.Event()

    def run(self) -> None:
        """Run the job, catching whatever it raises for the caller to re-raise."""
        try:
            self.result = self._job()
        except BaseException as exc:
            self.error = exc
        finally:
            self.done.set()


def run_with_progress(
    job: Callable[[], T],
    progress: Progress,
    stream: IO[str] | None = None,
    enabled: bool | None = None,
) -> T:
    """Run job in a worker thread while drawing progress; Ctrl+C cancels it cleanly.

    On Ctrl+C the Progress is cancelled and the worker is awaited, so the job can roll
    back its transaction or remove its partial file before Cancelled is raised here.
    """
    bar = ProgressBar(progress, stream, enabled)
    worker: _Worker[T] = _Worker(job)
    worker.start()
    try:
        _wait(worker, bar)
    except KeyboardInterrupt:
        progress.cancel()
        bar.clear()
        print("Cancelling…", file=bar.stream, flush=True)
        worker.done.wait()
        raise Cancelled("cancelled by the user") from None
    finally:
        bar.clear()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]


def _wait(worker: _Worker[Any], bar: ProgressBar) -> None:
    while not worker.done.wait(POLL_SECONDS):
        bar.draw()


def _is_tty(stream: IO[str]) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
