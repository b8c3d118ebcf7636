"""A reviewer's (gransker's) working copy: content read-only, comments on, before any sync.

The rule lives in content.sync.roles and is followed by every command (content.undo) and a
bundle import, so the GUI and the CLI refuse the same changes, naming the role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from cli.main import main
from content.commands import CreateItem, DeleteItem
from content.review.commands import AcceptSuggestion, AddComment
from content.sync import team
from content.sync.roles import RoleRefused
from content.undo import UndoHistory
from db.engine import open_library
from db.models import ReviewComment
from tests.conftest import PG_URL
from tests.content.sync import test_team as shared

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from db.engine import Library

pytestmark = pytest.mark.skipif(
    not PG_URL, reason="KURSVERK_TEST_PG_URL is not set (bash .ci/run starts a server)"
)

server_url = shared.server_url
server = shared.server


@pytest.fixture
def reviewer(
    server: Library, server_url: str, tmp_path: Path
) -> Iterator[tuple[Library, Path, str, str]]:
    """Return a gransker's working copy, its file, the seeded item's id and her login."""
    item_id = shared.seed_item(server)
    login = f"anne_{make_url(server_url).database}"
    team.set_member(server_url, login, "gransker")
    path = tmp_path / "anne.sqlite"
    team.clone(shared._as(server_url, "anne"), path)
    lib = open_library(path)
    yield lib, path, item_id, login
    lib.dispose()


def test_a_reviewers_clone_knows_her_role_and_refuses_content_changes(
    reviewer: tuple[Library, Path, str, str],
) -> None:
    lib, _path, item_id, _login = reviewer
    assert team.status(lib).role == "gransker"
    history = UndoHistory(lib.sessions, "anne")
    for cmd in (
        CreateItem(values={"kind": "finding", "title": "Nytt"}),
        DeleteItem(entity_id=item_id),
    ):
        with pytest.raises(RoleRefused, match="gransker"):
            history.run(cmd)
    with pytest.raises(RoleRefused, match="Your role in this team library is gransker"):
        shared.edit(lib, item_id, "anne", title="Endret")
    assert shared.item_on(lib, item_id).title == "Fravær"
    assert team.status(lib).waiting == 0  # nothing was changed, nothing waits


def test_a_reviewer_comments_and_the_comment_reaches_the_server(
    reviewer: tuple[Library, Path, str, str], server: Library
) -> None:
    lib, _path, item_id, login = reviewer
    history = UndoHistory(lib.sessions, login)
    history.run(AddComment(target_id=item_id, text="Kilde mangler?", author=login))
    suggestion = AddComment(
        target_id=item_id, field="body", start=0, end=6, quote="Første", text="Bedre ord",
        kind="endringsforslag", replacement="Fyrste", author=login,
    )
    history.run(suggestion)
    with pytest.raises(RoleRefused, match="gransker"):  # accepting edits the body
        history.run(AcceptSuggestion(entity_id=suggestion.entity_id))
    report = team.sync(lib)
    assert report.pushed == 2
    with server.read_sessions() as s:
        texts = set(s.scalars(select(ReviewComment.text)))
    assert texts == {"Kilde mangler?", "Bedre ord"}


def test_the_command_line_names_the_role_when_a_reviewer_writes(
    reviewer: tuple[Library, Path, str, str], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lib, path, item_id, login = reviewer
    value = tmp_path / "title.txt"
    value.write_text("Endret", encoding="utf-8")
    args = ["--db", str(path), "item", "set", item_id, "title", "--from-file", str(value)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "your role in this team library is gransker" in err.lower()
    assert "Nothing was changed" in err
    assert main(["--db", str(path), "comment", "add", item_id, "--text", "Fint",
                 "--author", login]) == 0
    bundle = tmp_path / "copy.kvb"
    assert main(["--db", str(path), "export-bundle", "-o", str(bundle)]) == 0  # reading is fine
    capsys.readouterr()
    assert main(["--db", str(path), "import", str(bundle)]) == 1  # a bundle brings content
    assert "Your role in this team library is gransker" in capsys.readouterr().err
    assert shared.item_on(lib, item_id).title == "Fravær"
