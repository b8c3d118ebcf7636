"""Turn the errors a command may raise into a message on stderr and an exit code."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from content.errors import ContentError
from content.progress import Cancelled
from content.store import LibraryOpenError, StoreError
from exporters.base import ExportError

if TYPE_CHECKING:
    from collections.abc import Callable

EXIT_FAILED, EXIT_USAGE, EXIT_CANCELLED = 1, 2, 130


class CliError(Exception):
    """A command failed with a message for the user (exit 1 unless told otherwise)."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def _job_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [ContentError, ExportError, LibraryOpenError]
    try:
        from content.bundle import BundleError
    except ImportError:
        pass
    else:
        errors.append(BundleError)
    return tuple(errors)


def fail(message: str) -> None:
    """Print an error message on stderr."""
    print(f"kursverk: error: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def run_guarded(job: Callable[[], int]) -> int:
    """Run a command; print a clear message and return the exit code when it fails."""
    try:
        return job()
    except CliError as exc:
        fail(str(exc))
        return exc.code
    except (Cancelled, KeyboardInterrupt):
        fail("cancelled; nothing was written")
        return EXIT_CANCELLED
    except _job_errors() as exc:
        fail(str(exc))
        return EXIT_FAILED
    except StoreError as exc:
        fail(f"database error: {exc.__class__.__name__}: {str(exc).splitlines()[0]}")
        return EXIT_FAILED
    except BrokenPipeError:
        _silence_stdout()  # the reader (head, less) went away: not an error
        return 0
    except OSError as exc:
        fail(f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""))
        return EXIT_FAILED
