"""Opening the default library: the starter content on first start, and nothing half-made."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from content.library import counts, list_curricula
from content.opening import ENV_VAR, open_or_create, resolve_location

if TYPE_CHECKING:
    from pathlib import Path


def test_new_library_gets_the_starter_library(tmp_path: Path) -> None:
    lib = open_or_create(str(tmp_path / "ny.sqlite"))
    try:
        with lib.read_sessions() as s:
            assert counts(s)["item"] > 20
            titles = {c.title for c in list_curricula(s)}
        assert "Næringsmodul i Folkevalgtprogrammet" in titles
    finally:
        lib.dispose()


def test_empty_flag_gives_an_empty_library(tmp_path: Path) -> None:
    lib = open_or_create(str(tmp_path / "tom.sqlite"), empty=True)
    try:
        with lib.read_sessions() as s:
            assert counts(s) == {"item": 0, "module": 0, "curriculum": 0}
    finally:
        lib.dispose()


def test_failed_starter_load_leaves_no_half_made_file(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from content.starter import loader

    def broken(library: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(loader, "load_starter", broken)
    target = tmp_path / "halv.sqlite"
    with pytest.raises(RuntimeError, match="disk full"):
        open_or_create(str(target))
    assert not target.exists()
    monkeypatch.undo()
    lib = open_or_create(str(target))
    try:
        with lib.read_sessions() as s:
            assert counts(s)["item"] > 20
    finally:
        lib.dispose()


def test_location_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "/tmp/fra-miljo.sqlite")
    assert resolve_location("x.sqlite") == "x.sqlite"
    assert resolve_location(None) == "/tmp/fra-miljo.sqlite"
    monkeypatch.delenv(ENV_VAR)
    assert resolve_location(None).endswith("library.sqlite")
