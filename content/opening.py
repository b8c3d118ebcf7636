"""Open a library for the app or the command line; a new one gets the starter library."""

from __future__ import annotations

import os

from db.engine import Library, default_library_path, open_library

ENV_VAR = "KURSVERK_DB"


def resolve_location(path_or_url: str | None) -> str:
    """Return the library to use: the argument, then $KURSVERK_DB, then the default file."""
    return path_or_url or os.environ.get(ENV_VAR) or str(default_library_path())


def open_or_create(path_or_url: str | None = None, *, empty: bool = False) -> Library:
    """Open a library; a newly created one is filled with the starter library unless empty."""
    library = open_library(resolve_location(path_or_url))
    if library.created and not empty:
        from content.starter.loader import load_starter

        load_starter(library)
    return library
