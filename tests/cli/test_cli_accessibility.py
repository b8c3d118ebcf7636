"""`check` lists accessibility faults; a PDF/UA export refuses them unless overridden."""

from __future__ import annotations

import pikepdf
import pytest

from cli.main import main
from content.commands import UpdateItem
from content.exports.records import list_exports
from content.undo import UndoHistory
from db.engine import open_library

FAULTY_BODY = (
    "Kartet:\n\n![](asset:kart-1)\n\n# Bakgrunn\n\n### Detaljer\n\n|  |  |\n|---|---|\n| a | b |"
)


def run(capsys, args):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def faulty(sample):
    """The sample library with a finding whose body holds three accessibility faults."""
    lib = open_library(sample.db)
    try:
        UndoHistory(lib.sessions, "test").run(
            UpdateItem(entity_id=sample.finding, values={"body": FAULTY_BODY})
        )
    finally:
        lib.dispose()
    return sample


def _records(sample):
    lib = open_library(sample.db)
    try:
        with lib.read_sessions() as s:
            return list_exports(s)
    finally:
        lib.dispose()


def test_check_lists_the_faults_with_item_and_field(capsys, faulty):
    code, out, _err = run(capsys, faulty.args("check", faulty.curriculum[:8]))
    assert code == 0  # accessibility faults are warnings: other exports still run
    lines = [line for line in out.splitlines() if "Accessibility" in line]
    assert len(lines) == 3
    for line in lines:
        assert "«Næringsutvikling krever tidlig dialog»" in line
        assert "field body" in line
        assert f"item {faulty.finding[:8]}" in line
    assert "no alternative text" in lines[0]
    assert "skips from level 1 to level 3" in lines[1]
    assert "no header row" in lines[2]
    assert "3 accessibility faults block a PDF/UA export" in out


def test_check_of_a_clean_module_has_no_accessibility_lines(capsys, sample):
    code, out, _err = run(capsys, sample.args("check", sample.module[:8]))
    assert code == 0
    assert "Accessibility" not in out


def test_ua_export_is_refused_with_the_list(capsys, faulty, tmp_path):
    target = tmp_path / "out.pdf"
    args = faulty.args("export", "handbook", "--module", faulty.module[:8], "-o", str(target))
    code, _out, err = run(capsys, args)
    assert code == 1
    assert "was not exported as an accessible handbook (PDF/UA): 3 accessibility faults" in err
    assert "no alternative text" in err
    assert "--allow-inaccessible" in err
    assert not target.exists()
    assert _records(faulty) == []


def test_override_writes_the_file_and_the_manifest_says_so(capsys, faulty, tmp_path):
    target = tmp_path / "out.pdf"
    args = faulty.args(
        "export",
        "handbook",
        "--module",
        faulty.module[:8],
        "--allow-inaccessible",
        "-o",
        str(target),
    )
    code, _out, err = run(capsys, args)
    assert code == 0, err
    assert "Not accessible" in err
    assert pikepdf.open(target).open_metadata().get("pdfuaid:part") is None
    [rec] = _records(faulty)
    assert rec.overrides.startswith("accessibility:")
    assert rec.overrides.count("\n- ") == 3


def test_print_route_needs_no_override(capsys, faulty, tmp_path):
    target = tmp_path / "out.pdf"
    args = faulty.args(
        "export", "handbook", "--module", faulty.module[:8], "--pdf", "print", "-o", str(target)
    )
    code, _out, err = run(capsys, args)
    assert code == 0, err
    [rec] = _records(faulty)
    assert rec.overrides == ""
