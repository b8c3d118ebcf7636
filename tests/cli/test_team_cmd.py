"""`sync` and `team conflicts` as a newcomer reads them (README «Team library»)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cli.main import main
from db.engine import open_library
from tests.conftest import PG_URL
from tests.content.sync.test_team import edit, seed_item, server, server_url  # noqa: F401

if TYPE_CHECKING:
    from pathlib import Path

    from db.engine import Library

pytestmark = pytest.mark.skipif(
    not PG_URL, reason="KURSVERK_TEST_PG_URL is not set (bash .ci/run starts a server)"
)

LEAD = "Kommunen og næringslivet er avhengige av hverandre, og en god tilretteleggerkommune "


def test_a_conflict_shows_base_mine_and_theirs_where_they_differ(
    server: Library,  # noqa: F811
    server_url: str,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    item_id = seed_item(server, summary=LEAD + "er et konkurransefortrinn.")
    anne, ola = tmp_path / "anne.sqlite", tmp_path / "ola.sqlite"
    for path in (anne, ola):
        assert main(["team", "clone", server_url, "--db", str(path)]) == 0
    for path, words in ((anne, "er et viktig fortrinn."), (ola, "gir et avgjørende fortrinn.")):
        lib = open_library(path)
        edit(lib, item_id, "x", summary=LEAD + words)
        lib.dispose()
    assert main(["--db", str(anne), "sync"]) == 0
    capsys.readouterr()
    assert main(["--db", str(ola), "sync"]) == 1
    assert "0 merged, 1 conflict." in capsys.readouterr().out

    assert main(["--db", str(ola), "team", "conflicts"]) == 0
    lines = capsys.readouterr().out.splitlines()
    base, mine, theirs = (next(x for x in lines if x.startswith(f"    {k}:")) for k in
                          ("base", "mine", "theirs"))
    # more than 90 characters in common: the lines start where the versions part
    assert base.endswith("tilretteleggerkommune er et konkurransefortrinn.")
    assert mine.endswith("tilretteleggerkommune gir et avgjørende fortrinn.")
    assert theirs.endswith("tilretteleggerkommune er et viktig fortrinn.")
    assert lines[-1] == "1 conflict; resolve each with `team resolve ID --mine|--theirs|--edited`."
