"""`export comments`, `import comments` and `export review` on the command line."""

from __future__ import annotations

import json
import zipfile

from cli.main import main
from content.review.commands import AddComment
from content.undo import UndoHistory
from db.engine import open_library


def run(capsys, args):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_and_import_comments(capsys, sample, tmp_path) -> None:
    lib = open_library(sample.db)
    hist = UndoHistory(lib.sessions, "Kari")
    hist.run(
        AddComment(
            target_type="item",
            target_id=sample.finding,
            text="Kilde?",
            field="body",
            start=0,
            end=4,
        )
    )
    hist.run(AddComment(target_type="module", target_id=sample.module, text="Fin modul"))
    hist.run(AddComment(target_type="module", target_id=sample.retired_module, text="Ikke her"))
    lib.dispose()
    path = tmp_path / "comments.jsonld"
    code, out, err = run(
        capsys, sample.args("export", "comments", "--module", sample.module[:8], "-o", str(path))
    )
    assert code == 0, err
    assert "2 comments on module «Vertskapskommunen»" in out
    doc = json.loads(path.read_text("utf-8"))
    assert {a["body"][0]["value"] for a in doc["first"]["items"]} == {"Kilde?", "Fin modul"}

    code, out, err = run(capsys, sample.args("import", "comments", str(path)))
    assert code == 0, err
    assert "0 comments added, 0 updated, 2 already there" in out

    doc["formatVersion"] = 2
    path.write_text(json.dumps(doc), "utf-8")
    code, _out, err = run(capsys, sample.args("import", "comments", str(path)))
    assert code == 1
    assert "comments format version 2 is newer than this Kursverk reads" in err

    package = tmp_path / "review.kvb"
    code, out, err = run(
        capsys, sample.args("export", "review", "--module", sample.module, "-o", str(package))
    )
    assert code == 0, err
    assert "with 4 items, 1 module and 2 comments" in out
    with zipfile.ZipFile(package) as zf:
        assert "comments.jsonld" in zf.namelist()
