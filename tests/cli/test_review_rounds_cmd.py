"""`review round create|list|status|close|report` on the command line."""

from __future__ import annotations

import json

from pypdf import PdfReader

from cli.main import main
from content.review.commands import AddComment, ResolveComment
from content.undo import UndoHistory
from db.engine import open_library


def run(capsys, args):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_round_from_start_to_close(capsys, sample, tmp_path) -> None:
    code, out, err = run(
        capsys,
        sample.args(
            "review",
            "round",
            "create",
            "--module",
            sample.module[:8],
            "--name",
            "Faglig runde",
            "--reviewer",
            "Kari",
            "--reviewer",
            "Ola",
            "--due",
            "2026-12-20",
            "--instructions",
            "Se på tallene.",
            "--json",
        ),
    )
    assert code == 0, err
    round_id = json.loads(out)["id"]

    lib = open_library(sample.db)
    blocking = AddComment(
        target_type="item",
        target_id=sample.finding,
        field="body",
        start=0,
        end=4,
        text="Feil",
        kind="ma-rettes",
        author="Kari",
    )
    UndoHistory(lib.sessions, "Kari").run(blocking)
    lib.dispose()

    code, out, err = run(capsys, sample.args("review", "round", "list", sample.module, "--json"))
    assert code == 0, err
    (listed,) = json.loads(out)
    assert (listed["name"], listed["due_date"], listed["open_blocking"]) == (
        "Faglig runde",
        "2026-12-20",
        1,
    )
    assert [(r["name"], r["status"]) for r in listed["reviewers"]] == [
        ("Kari", "started"),
        ("Ola", "invited"),
    ]
    code, out, err = run(capsys, sample.args("review", "round", "list"))
    assert code == 0, err
    assert "Kari: started, Ola: invited  1 comment  1 open må rettes" in out
    code, out, err = run(
        capsys, sample.args("review", "round", "status", round_id[:8], "Ola", "done")
    )
    assert code == 0, err

    code, out, err = run(capsys, sample.args("review", "round", "close", round_id[:8]))
    assert code == 1
    assert "was not closed: 1 open «må rettes» comment" in err
    assert "Feil (Kari)" in err

    report = tmp_path / "runde.pdf"
    code, out, err = run(
        capsys, sample.args("review", "round", "report", round_id, "-o", str(report))
    )
    assert code == 0, err
    pages = len(PdfReader(report).pages)
    assert f", {pages} page{'s' if pages > 1 else ''}: 1 comment, 1 open må rettes" in out
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(report).pages)
    for expected in ("Faglig runde", "Feil", "Ola (ferdig, 0)"):
        assert expected in text
    code, _out, err = run(
        capsys, sample.args("review", "round", "report", round_id, "-o", str(tmp_path / "r.txt"))
    )
    assert code == 2

    package = tmp_path / "runde.kvb"
    code, out, err = run(
        capsys, sample.args("export", "review", "--round", round_id[:8], "-o", str(package))
    )
    assert code == 0, err
    assert "a review package of module «Vertskapskommunen»" in out
    assert out.rstrip().endswith("and 1 comment")
    code, _out, err = run(
        capsys,
        sample.args("export", "handbook", "--round", round_id, "-o", str(tmp_path / "h.pdf")),
    )
    assert code == 2
    assert "--round applies to 'export review' and 'export comments' only" in err

    code, out, err = run(
        capsys, sample.args("review", "round", "close", round_id, "--allow-open-blocking")
    )
    assert code == 0, err
    assert "with 1 open «må rettes» comment (override recorded)" in out
    code, out, err = run(capsys, sample.args("review", "round", "list", "--json"))
    (listed,) = json.loads(out)
    assert (listed["state"], listed["close_override"]) == ("closed", 1)
    lib = open_library(sample.db)
    UndoHistory(lib.sessions, "Kari").run(ResolveComment(entity_id=blocking.entity_id))
    lib.dispose()


def test_bad_round_input_is_refused(capsys, sample) -> None:
    code, _out, err = run(
        capsys,
        sample.args(
            "review",
            "round",
            "create",
            "--module",
            sample.module,
            "--name",
            "R",
            "--reviewer",
            "Kari",
            "--due",
            "20.12.2026",
        ),
    )
    assert code == 2
    assert "not a date" in err
    code, _out, err = run(
        capsys,
        sample.args(
            "review",
            "round",
            "create",
            "--module",
            sample.finding,
            "--name",
            "R",
            "--reviewer",
            "Kari",
        ),
    )
    assert code == 1
    assert "is a item" in err or "not a module" in err
    code, _out, err = run(capsys, sample.args("review", "round", "close", "no-such-round"))
    assert code == 1
    assert "review round no-such-round does not exist" in err
