"""Exports respect review: comments never print; open «må rettes» refuse unless overridden."""

from __future__ import annotations

from pypdf import PdfReader

from cli.main import main
from content.exports.records import list_exports
from content.review.commands import AddComment, ResolveComment
from content.undo import UndoHistory
from db.engine import open_library


def run(capsys, args):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def comment(sample, kind: str, text: str, **kw) -> str:
    lib = open_library(sample.db)
    try:
        cmd = AddComment(target_type="item", target_id=sample.finding, kind=kind, text=text, **kw)
        UndoHistory(lib.sessions, "Kari").run(cmd)
        return cmd.entity_id
    finally:
        lib.dispose()


def records(sample):
    lib = open_library(sample.db)
    try:
        with lib.read_sessions() as s:
            return list_exports(s)
    finally:
        lib.dispose()


def test_participant_and_trainer_exports_never_print_comments(capsys, sample, tmp_path):
    comment(sample, "kommentar", "KOMMENTARTEKST om kilden", field="body", start=0, end=5)
    comment(sample, "sporsmal", "SPØRSMÅLTEKST her")
    for kind, profile in (("handbook", "participant"), ("trainer-guide", "trainer")):
        target = tmp_path / f"{kind}.pdf"
        code, _out, err = run(
            capsys,
            sample.args(
                "export", kind, "--module", sample.module, "--pdf", "print", "-o", str(target)
            ),
        )
        assert code == 0, err
        text = pdf_text(target)
        assert "Kommunene i nord" in text, profile  # the item's body is printed
        assert "KOMMENTARTEKST" not in text
        assert "SPØRSMÅLTEKST" not in text
        subtypes = {
            a.get_object()["/Subtype"]
            for p in PdfReader(target).pages
            for a in p.get("/Annots") or []
        }
        assert not subtypes & {"/Text", "/FreeText", "/Highlight", "/Popup", "/StrikeOut"}


def test_open_blocking_comments_refuse_the_export_unless_allowed(capsys, sample, tmp_path):
    first = comment(sample, "ma-rettes", "Feil årstall", field="body", start=0, end=5)
    comment(sample, "ma-rettes", "Mangler kilde")
    target = tmp_path / "hb.pdf"
    args = sample.args(
        "export", "handbook", "--curriculum", sample.curriculum, "--pdf", "print", "-o", str(target)
    )
    code, _out, err = run(capsys, args)
    assert code == 1
    assert "2 open «må rettes» comments must be resolved first" in err
    assert "Feil årstall (Kari)" in err
    assert "«Næringsutvikling krever tidlig dialog», body «Sámi»" in err
    assert "Mangler kilde" in err
    assert "--allow-open-blocking" in err
    assert not target.exists()
    assert records(sample) == []

    code, _out, err = run(capsys, [*args, "--allow-open-blocking"])
    assert code == 0, err
    assert "exported with 2 open «må rettes» comments" in err
    assert target.exists()
    (rec,) = records(sample)
    assert rec.open_blocking_allowed == 2

    # resolved ones no longer count; the second stays open
    lib = open_library(sample.db)
    UndoHistory(lib.sessions, "Kari").run(ResolveComment(entity_id=first))
    lib.dispose()
    code, _out, err = run(capsys, args)
    assert code == 1
    assert "1 open «må rettes» comment must" in err
    assert "Feil årstall" not in err


def test_a_review_draft_shows_the_open_comments_and_is_not_refused(capsys, sample, tmp_path):
    comment(sample, "ma-rettes", "Feil årstall", field="body", start=0, end=5)
    target = tmp_path / "review.pdf"
    code, _out, err = run(
        capsys, sample.args("export", "review-pdf", "--module", sample.module, "-o", str(target))
    )
    assert code == 0, err
    annots = [a.get_object() for p in PdfReader(target).pages for a in p.get("/Annots") or []]
    assert any(a["/Subtype"] == "/Highlight" and "Feil årstall" in a["/Contents"] for a in annots)
    (rec,) = records(sample)
    assert rec.open_blocking_allowed == 0
