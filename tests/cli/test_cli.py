"""The command line, run in-process through cli.main.main (no Qt)."""

from __future__ import annotations

import json
import sys

import pytest

from cli.main import main, wants_cli


def run(capsys, args):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- wants_cli and usage -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], False),
        (["--db", "x.sqlite"], False),
        (["--db=x.sqlite", "--empty"], False),
        (["list", "items"], True),
        (["--db", "x.sqlite", "--empty", "import", "b.kvb"], True),
        (["--help"], True),
        (["--db", "x.sqlite", "-h"], True),
        (["--db", "list"], False),  # "list" is the --db value here
        (["exports", "outdated", "abc"], True),
        (["-platform", "offscreen"], False),
        (["lsit"], True),  # a typo gets a usage error, not the GUI
    ],
)
def test_wants_cli(args, expected):
    assert wants_cli(args) is expected


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["import", "--help"],
        ["export-bundle", "--help"],
        ["list", "--help"],
        ["search", "--help"],
        ["show", "--help"],
        ["check", "--help"],
        ["db", "--help"],
        ["export", "--help"],
        ["exports", "outdated", "--help"],
    ],
)
def test_help_exits_0(capsys, args):
    code, out, _ = run(capsys, args)
    assert code == 0
    assert "usage:" in out


@pytest.mark.parametrize(
    "args",
    [
        ["bogus"],
        ["list"],
        ["list", "things"],
        ["list", "modules", "--kind", "finding"],
        ["list", "items", "--kind", "nonsense"],
        ["search"],
        ["db", "shrink"],
        ["export-bundle"],
        ["export", "handbook", "--module", "x"],  # no -o
        ["export", "handbook", "-o", "a.pdf"],  # no target
        ["export", "handbook", "--module", "a", "--curriculum", "b", "-o", "a.pdf"],
        ["export", "handbook", "--module", "a", "--session", "1", "-o", "a.pdf"],
        ["export", "novel", "--module", "a", "-o", "a.pdf"],
        ["export", "handout", "--module", "a", "--handout-per-page", "4", "-o", "a.pdf"],
        ["exports", "stale", "x"],
    ],
)
def test_wrong_usage_exits_2(capsys, tmp_path, args):
    code, _, err = run(capsys, ["--db", str(tmp_path / "x.sqlite"), *args])
    assert code == 2
    assert "usage:" in err
    assert not (tmp_path / "x.sqlite").exists()


# -- list, search, show ------------------------------------------------------------------------


def test_list_items_text_and_json(capsys, sample):
    code, out, _ = run(capsys, sample.args("list", "items"))
    assert code == 0
    assert "Næringsutvikling krever tidlig dialog" in out
    code, out, _ = run(capsys, sample.args("list", "items", "--json"))
    rows = json.loads(out)
    assert {r["id"] for r in rows} == {
        sample.finding,
        sample.source,
        sample.measure,
        sample.barrier,
    }
    assert {"id", "kind", "title", "status", "revision"} <= set(rows[0])


def test_list_items_table_matches_the_library_list(capsys, sample):
    """The text listing (the lean read path) shows the very rows of the JSON listing,
    in its order, with revisions, without deleted items, in aligned columns."""
    from content.commands import DeleteItem
    from content.undo import UndoHistory
    from db.engine import open_library

    lib = open_library(sample.db)
    UndoHistory(lib.sessions, author="test").run(DeleteItem(entity_id=sample.source))
    lib.dispose()
    _, out, _ = run(capsys, sample.args("list", "items", "--json"))
    rows = json.loads(out)
    code, out, err = run(capsys, sample.args("list", "items"))
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [r["id"] for r in rows]
    assert sample.source not in out
    assert [line.split()[3] for line in lines] == [f"r{r['revision']}" for r in rows]
    title_column = {line.index(r["title"]) for line, r in zip(lines, rows, strict=True)}
    assert len(title_column) == 1  # every title starts in the same column
    assert "3 items" in err


def test_list_items_by_kind(capsys, sample):
    code, out, _ = run(capsys, sample.args("list", "items", "--kind", "finding", "--json"))
    assert code == 0
    assert [r["id"] for r in json.loads(out)] == [sample.finding]


def test_list_modules_and_curricula(capsys, sample):
    _, out, _ = run(capsys, sample.args("list", "modules", "--json"))
    assert {r["id"] for r in json.loads(out)} == {sample.module, sample.retired_module}
    code, out, _ = run(capsys, sample.args("list", "curricula", "--json"))
    assert code == 0
    [row] = json.loads(out)
    assert row["id"] == sample.curriculum
    assert row["minutes"] == 15
    code, out, _ = run(capsys, sample.args("list", "curricula"))
    assert "Næringsmodul i Folkevalgtprogrammet" in out


def test_search_norwegian_prefix(capsys, sample):
    code, out, _ = run(capsys, sample.args("search", "næring", "--json"))
    assert code == 0
    hits = json.loads(out)
    assert {h["id"] for h in hits} == {sample.finding, sample.measure}
    assert "snippet" in hits[0]
    code, out, _ = run(capsys, sample.args("search", "kommune", "--kind", "measure", "--json"))
    assert json.loads(out) == []
    code, out, _ = run(capsys, sample.args("search", "dialog"))
    assert "Næringsutvikling krever tidlig dialog" in out


def test_show_item_by_id_and_prefix(capsys, sample):
    code, out, _ = run(capsys, sample.args("show", sample.finding))
    assert code == 0
    assert "Næringsutvikling krever tidlig dialog" in out
    assert "áčđŋšŧž" in out
    assert "NIBR-rapport om vertskapskommuner" in out  # the cited source by title
    code, out, _ = run(capsys, sample.args("show", sample.finding[:8], "--json"))
    assert code == 0
    data = json.loads(out)
    assert data["type"] == "item"
    assert data["id"] == sample.finding
    assert data["citations"][0]["locator"] == "s. 12"


def test_show_module_and_curriculum(capsys, sample):
    code, out, _ = run(capsys, sample.args("show", sample.module))
    assert code == 0
    assert "Én kontaktperson for næringslivet" in out
    assert "trainer note: Husk" in out
    code, out, _ = run(capsys, sample.args("show", sample.curriculum, "--json"))
    data = json.loads(out)
    assert data["type"] == "curriculum"
    assert data["sessions"][0]["modules"][0]["module_id"] == sample.module


def test_show_unknown_id_exits_1(capsys, sample):
    code, out, err = run(capsys, sample.args("show", "00000000-dead"))
    assert code == 1
    assert out == ""
    assert "no item, module or curriculum has the id 00000000-dead" in err


def test_db_env_var(capsys, sample, monkeypatch):
    monkeypatch.setenv("KURSVERK_DB", str(sample.db))
    code, out, _ = run(capsys, ["list", "curricula", "--json"])
    assert code == 0
    assert json.loads(out)[0]["id"] == sample.curriculum


# -- check -----------------------------------------------------------------------------------------


def test_check_reports_retired_item(capsys, sample):
    code, out, _ = run(capsys, sample.args("check", sample.retired_module))
    assert code == 1
    assert "«Treg saksbehandling» in module «Gammel modul» is retired." in out
    assert "1 error, 0 warnings" in out


def test_check_clean_module_and_curriculum(capsys, sample):
    code, out, _ = run(capsys, sample.args("check", sample.module))
    assert code == 0, out
    assert "0 errors" in out
    code, out, _ = run(capsys, sample.args("check", sample.curriculum))
    assert code == 0, out


def test_check_refuses_an_item(capsys, sample):
    code, _, err = run(capsys, sample.args("check", sample.finding))
    assert code == 1
    assert "not a module or curriculum" in err


# -- db ---------------------------------------------------------------------------------


def test_db_backup(capsys, sample):
    code, out, _ = run(capsys, sample.args("db", "backup"))
    assert code == 0
    backup = out.strip()
    assert backup.endswith(".sqlite")
    code, out2, _ = run(capsys, ["--db", backup, "list", "items", "--json"])
    assert code == 0
    assert len(json.loads(out2)) == 4


def test_db_backup_postgres_not_supported(capsys):
    code, _, err = run(capsys, ["--db", "postgresql://kv@127.0.0.1:1/kv", "db", "backup"])
    assert code == 1
    assert "pg_dump" in err


def test_db_missing_file(capsys, tmp_path):
    code, _, err = run(capsys, ["--db", str(tmp_path / "nope.sqlite"), "db", "upgrade"])
    assert code == 1
    assert "there is no library" in err
    assert not (tmp_path / "nope.sqlite").exists()


def test_db_upgrade_current(capsys, sample):
    code, out, _ = run(capsys, sample.args("db", "upgrade"))
    assert code == 0
    assert "already at the newest schema" in out


def test_db_upgrade_refuses_newer_library(capsys, sample):
    import sqlite3

    con = sqlite3.connect(sample.db)
    con.execute("UPDATE alembic_version SET version_num = 'f999_from_the_future'")
    con.commit()
    con.close()
    before = sample.db.read_bytes()
    code, _, err = run(capsys, sample.args("db", "upgrade"))
    assert code == 1
    assert "newer version of Kursverk" in err
    assert sample.db.read_bytes() == before
    code, _, err = run(capsys, sample.args("list", "items"))
    assert code == 1
    assert "newer version of Kursverk" in err


def test_not_a_library_file(capsys, tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("hello", encoding="utf-8")
    code, _, err = run(capsys, ["--db", str(bad), "list", "items"])
    assert code == 1
    assert "not a Kursverk library" in err
    assert bad.read_text(encoding="utf-8") == "hello"


def test_list_items_in_norwegian_order(capsys, tmp_path):
    """The lean text listing sorts like every other list: Æ, Ø, Å after Z, case ignored."""
    from content.undo import UndoHistory
    from db.engine import open_library
    from tests.builders import new_item

    db = tmp_path / "order.sqlite"
    lib = open_library(db)
    h = UndoHistory(lib.sessions, author="test")
    for title in ("Ålesund", "Zeta", "østre Toten", "Aurskog", "Ærø"):
        new_item(h, "example", title, fields={"municipality": title})
    lib.dispose()
    code, out, _err = run(capsys, ["--db", str(db), "list", "items"])
    assert code == 0
    titles = [line.split(None, 4)[4].strip() for line in out.splitlines()]
    assert titles == ["Aurskog", "Zeta", "Ærø", "østre Toten", "Ålesund"]
    _, out, _ = run(capsys, ["--db", str(db), "list", "items", "--json"])
    assert [r["title"] for r in json.loads(out)] == titles


@pytest.mark.parametrize(
    "args",
    [
        ["--db", "postgresql+psycopg://anne@127.0.0.1:1/team", "list", "items"],
        ["team", "init", "postgresql+psycopg://anne@127.0.0.1:1/team"],
        ["team", "clone", "postgresql+psycopg://anne@127.0.0.1:1/team", "--db", "anne.sqlite"],
    ],
)
def test_a_server_url_without_the_postgres_extra_says_what_to_install(
    capsys, monkeypatch, tmp_path, args
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if the extra were not installed
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("kursverk: error: Cannot open the library at postgresql+psycopg://")
    assert "(psycopg) is not installed; install Kursverk with the postgres extra" in err
    assert "Traceback" not in err
    assert not (tmp_path / "anne.sqlite").exists()
