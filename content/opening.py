"""Open a library for the app or the command line; a new one gets the starter library."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from db.engine import Library, default_library_path, open_library, sqlite_path

ENV_VAR = "KURSVERK_DB"


def resolve_location(path_or_url: str | None) -> str:
    """Return the library to use: the argument, then $KURSVERK_DB, then the default file."""
    return path_or_url or os.environ.get(ENV_VAR) or str(default_library_path())


def open_or_create(path_or_url: str | None = None, *, empty: bool = False) -> Library:
    """Open a library; a newly created one is filled with the starter library unless empty."""
    library = open_library(resolve_location(path_or_url))
    if library.created and not empty:
        from content.starter.loader import load_starter

        try:
            load_starter(library)
        except BaseException:
            # Never leave a new but empty library behind: the next start would not
            # try the starter again. A new SQLite file is removed; on a server the
            # tables stay, empty, and the error is reported.
            library.dispose()
            _remove_new_file(library.url)
            raise
    return library


def _remove_new_file(url: str) -> None:
    path = sqlite_path(url)
    if path is None:
        return
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
