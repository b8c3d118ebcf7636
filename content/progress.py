"""A Qt-free progress object that long work fills in and the GUI or CLI polls."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


class Cancelled(Exception):
    """Raised by work that noticed its progress was cancelled."""


@dataclass
class Progress:
    """Progress of one job: done of total, a label, and a cancel flag."""

    done: int = 0
    total: int = 0
    label: str = ""
    cancelled: bool = False
    warnings: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def step(self, label: str | None = None, n: int = 1) -> None:
        """Count n steps done and raise Cancelled if the job was cancelled."""
        with self._lock:
            self.done += n
            if label is not None:
                self.label = label
        self.check()

    def start(self, total: int, label: str = "") -> None:
        """Set the total number of steps and reset the count."""
        with self._lock:
            self.total, self.done, self.label = total, 0, label

    def check(self) -> None:
        """Raise Cancelled if the job was cancelled."""
        if self.cancelled:
            raise Cancelled("cancelled")

    def cancel(self) -> None:
        """Ask the job to stop at its next step."""
        self.cancelled = True

    def warn(self, message: str) -> None:
        """Record a warning to show when the job is done."""
        with self._lock:
            self.warnings.append(message)

    @property
    def fraction(self) -> float:
        """Return how far the job is, from 0.0 to 1.0."""
        return min(1.0, self.done / self.total) if self.total else 0.0
