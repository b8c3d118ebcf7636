"""`export` through the export job: files and records after success, cancel, failure."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from cli.main import main
from content.exports.records import list_exports
from db.engine import open_library


def run(capsys, args):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def records(sample):
    lib = open_library(sample.db)
    try:
        with lib.read_sessions() as s:
            return list_exports(s)
    finally:
        lib.dispose()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.fixture
def out_dir(tmp_path):
    """A folder of its own for the exports (the library file sits in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def export(capsys, sample, kind, target, *more):
    return run(capsys, sample.args("export", kind, *more, "-o", str(target)))


def test_trainer_guide_is_recorded_with_the_trainer_profile_and_its_file(capsys, sample, out_dir):
    target = out_dir / "guide.pdf"
    code, out, err = export(capsys, sample, "trainer-guide", target, "--module", sample.module[:8])
    assert code == 0, err
    assert out.startswith(f"Wrote {target}, ")
    assert " pages in " in out
    assert "Husk å spørre om erfaringer fra Kárášjohka." in pdf_text(target)
    [rec] = records(sample)
    assert (rec.export_kind, rec.profile, rec.target_id) == (
        "trainer-guide",
        "trainer",
        sample.module,
    )
    assert rec.file_name == str(target.resolve())
    assert rec.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert not list(out_dir.glob("*.part"))


def test_a_failed_record_leaves_the_earlier_file_and_no_record(
    capsys, sample, out_dir, monkeypatch
):
    target = out_dir / "handbok.pdf"
    target.write_bytes(b"the earlier handbook")

    def locked(*args, **kwargs):
        from sqlalchemy.exc import OperationalError

        raise OperationalError("INSERT INTO export_record", {}, Exception("database is locked"))

    monkeypatch.setattr("content.exports.records.record_export", locked)
    code, _, err = export(capsys, sample, "handbook", target, "--module", sample.module)
    assert code == 1
    assert "database error: OperationalError" in err
    assert "database is locked" in err
    assert target.read_bytes() == b"the earlier handbook"
    assert list(out_dir.iterdir()) == [target]
    assert records(sample) == []


def test_cancel_after_render_keeps_the_earlier_file(capsys, sample, out_dir, monkeypatch):
    from exporters.base import ExportResult

    target = out_dir / "handbok.pdf"
    target.write_bytes(b"the earlier handbook")

    def cancelling(snapshot, path, progress, options):
        Path(path).write_bytes(b"%PDF-new")
        progress.cancel()  # Ctrl+C just as the new file was done
        return ExportResult(Path(path), pages=1)

    monkeypatch.setattr("exporters.job.renderer", lambda kind, pdf=None: cancelling)
    code, _, _err = export(capsys, sample, "handbook", target, "--module", sample.module)
    assert code == 130
    assert target.read_bytes() == b"the earlier handbook"
    assert list(out_dir.iterdir()) == [target]
    assert records(sample) == []


def test_a_scoring_sheet_without_criteria_is_refused_in_english(capsys, sample, out_dir):
    target = out_dir / "skjema.pdf"
    code, _, err = export(capsys, sample, "criteria", target, "--curriculum", sample.curriculum)
    assert code == 1
    assert "«Næringsmodul i Folkevalgtprogrammet» holds no award criteria" in err
    assert "nothing was written" in err
    assert "Utvalget" not in err  # the command line speaks English
    assert list(out_dir.iterdir()) == []
    assert records(sample) == []


def test_examples_without_examples_are_refused(capsys, sample, out_dir):
    code, _, err = export(capsys, sample, "examples", out_dir / "e.pdf", "--module", sample.module)
    assert code == 1
    assert "holds no examples" in err
    assert list(out_dir.iterdir()) == []


def test_a_refused_export_keeps_the_earlier_file(capsys, sample, out_dir):
    target = out_dir / "gammel.pdf"
    target.write_bytes(b"the earlier slides")
    code, _, err = export(capsys, sample, "slides", target, "--module", sample.retired_module)
    assert code == 1
    assert "was not exported: the check finds 1 error:" in err
    assert "--allow-errors" in err
    assert target.read_bytes() == b"the earlier slides"
    assert records(sample) == []


def test_trainer_guide_with_participant_profile_is_usage_error(capsys, sample, out_dir):
    code, _, err = export(
        capsys,
        sample,
        "trainer-guide",
        out_dir / "g.pdf",
        "--module",
        sample.module,
        "--profile",
        "participant",
    )
    assert code == 2
    assert "always made with the trainer profile; leave out --profile participant" in err
    assert list(out_dir.iterdir()) == []


def test_a_pptx_export_counts_its_slides_not_pages(capsys, sample, out_dir):
    from pptx import Presentation

    target = out_dir / "lysark.pptx"
    code, out, err = export(capsys, sample, "pptx", target, "--module", sample.module[:8])
    assert code == 0, err
    slides = len(Presentation(str(target)).slides)
    assert out.startswith(f"Wrote {target}, {slides} slides in "), out


def test_a_one_page_export_says_one_page(capsys, sample, out_dir):
    from pypdf import PdfReader

    target = out_dir / "utkast.pdf"
    code, out, err = export(capsys, sample, "review-pdf", target, "--module", sample.module[:8])
    assert code == 0, err
    assert len(PdfReader(target).pages) == 1
    assert out.startswith(f"Wrote {target}, 1 page in "), out
