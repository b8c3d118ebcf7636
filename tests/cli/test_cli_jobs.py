"""CLI jobs needing other parts (bundles, exports, manifest, cancel), plus subprocess runs."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from cli.main import main
from cli.progress_bar import ProgressBar, run_with_progress
from content.progress import Cancelled, Progress

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, args):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _listing(capsys, db: Path) -> dict[str, list[dict]]:
    out = {}
    for what in ("items", "modules", "curricula"):
        code, text, _ = run(capsys, ["--db", str(db), "list", what, "--json"])
        assert code == 0
        out[what] = sorted(json.loads(text), key=lambda r: r["id"])
    return out


# -- bundles ---------------------------------------------------------------------------------


def test_export_bundle_then_empty_import_gives_exactly_the_bundle(capsys, sample, tmp_path):
    bundle = tmp_path / "all.kvb"
    code, out, err = run(capsys, sample.args("export-bundle", "-o", str(bundle)))
    assert code == 0, err
    assert bundle.is_file()
    assert "4 items" in out
    assert "; 1 curriculum;" in out  # not «1 curricula»
    fresh = tmp_path / "fresh.sqlite"
    code, out, err = run(capsys, ["--db", str(fresh), "--empty", "import", str(bundle)])
    assert code == 0, err
    assert "added" in out
    assert _listing(capsys, fresh) == _listing(capsys, sample.db)
    code, out, _ = run(capsys, ["--db", str(fresh), "show", sample.finding, "--json"])
    assert json.loads(out)["citations"][0]["locator"] == "s. 12"


def test_export_bundle_selection(capsys, sample, tmp_path):
    bundle = tmp_path / "one.kvb"
    code, _, err = run(
        capsys,
        sample.args("export-bundle", "-o", str(bundle), "--module", sample.retired_module[:8]),
    )
    assert code == 0, err
    fresh = tmp_path / "fresh.sqlite"
    assert run(capsys, ["--db", str(fresh), "--empty", "import", str(bundle)])[0] == 0
    listing = _listing(capsys, fresh)
    assert [m["id"] for m in listing["modules"]] == [sample.retired_module]
    assert [i["id"] for i in listing["items"]] == [sample.barrier]
    assert listing["curricula"] == []


def test_export_bundle_wrong_type_of_id(capsys, sample, tmp_path):
    code, _, err = run(
        capsys,
        sample.args("export-bundle", "-o", str(tmp_path / "x.kvb"), "--curriculum", sample.module),
    )
    assert code == 1
    assert "not a curriculum" in err
    assert not (tmp_path / "x.kvb").exists()


def test_bad_bundle_leaves_library_unchanged(capsys, sample, tmp_path):
    good = tmp_path / "good.kvb"
    assert run(capsys, sample.args("export-bundle", "-o", str(good)))[0] == 0
    evil = tmp_path / "evil.kvb"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("../escape.json", b"{}")
    before = _listing(capsys, sample.db)
    code, _, err = run(capsys, sample.args("import", str(evil)))
    assert code == 1
    assert "escape.json" in err
    assert _listing(capsys, sample.db) == before
    assert not (tmp_path.parent / "escape.json").exists()


def test_import_garbage_file(capsys, sample, tmp_path):
    junk = tmp_path / "junk.kvb"
    junk.write_bytes(b"not a zip at all")
    code, _, err = run(capsys, sample.args("import", str(junk)))
    assert code == 1
    assert err.startswith("kursverk: error:")


def test_import_missing_file(capsys, sample, tmp_path):
    code, _, err = run(capsys, sample.args("import", str(tmp_path / "nope.kvb")))
    assert code == 1
    assert "no such bundle file" in err


# -- export ----------------------------------------------------------------------------------


def test_export_handbook_writes_pdf_and_records_it(capsys, sample, tmp_path):
    target = tmp_path / "handbok.pdf"
    code, out, err = run(
        capsys,
        sample.args(
            "export",
            "handbook",
            "--curriculum",
            sample.curriculum,
            "--lang",
            "nn",
            "-o",
            str(target),
        ),
    )
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")
    assert "Wrote" in out
    assert not list(tmp_path.glob("*.part"))
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Næringsutvikling krever tidlig dialog" in text
    assert "Kárášjohka" not in text  # the trainer note stays out of a participant handbook
    _assert_outdated_after_edit(capsys, sample, target)


def _assert_outdated_after_edit(capsys, sample, target):
    code, out, _ = run(capsys, sample.args("exports", "outdated", sample.finding, "--json"))
    assert (code, json.loads(out)) == (0, [])
    from content.commands import UpdateItem
    from content.undo import UndoHistory
    from db.engine import open_library

    lib = open_library(sample.db)
    UndoHistory(lib.sessions, author="t").run(
        UpdateItem(entity_id=sample.finding, values={"summary": "Ny tekst."})
    )
    lib.dispose()
    code, out, _ = run(capsys, sample.args("exports", "outdated", sample.finding[:8], "--json"))
    [row] = json.loads(out)
    assert row["file_name"] == str(target.resolve())
    assert row["export_kind"] == "handbook"
    assert row["revision_used"] < row["revision_latest"]
    code, out, _ = run(capsys, sample.args("exports", "outdated", sample.finding))
    assert "1 export holds an outdated revision" in out


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_trainer_guide_carries_trainer_notes_without_asking(capsys, sample, tmp_path):
    target = tmp_path / "guide.pdf"
    args = ("export", "trainer-guide", "--curriculum", sample.curriculum, "-o", str(target))
    code, _, err = run(capsys, sample.args(*args))
    assert code == 0, err
    assert "Husk å spørre om erfaringer fra Kárášjohka." in _pdf_text(target)


def test_trainer_guide_for_participants_is_refused(capsys, sample, tmp_path):
    target = tmp_path / "guide.pdf"
    args = ("export", "trainer-guide", "--curriculum", sample.curriculum,
            "--profile", "participant", "-o", str(target))
    code, _, err = run(capsys, sample.args(*args))
    assert code == 2
    assert "trainer profile" in err
    assert not target.exists()


def test_export_unknown_target_writes_nothing(capsys, sample, tmp_path):
    target = tmp_path / "x.pdf"
    code, _, err = run(
        capsys, sample.args("export", "slides", "--module", sample.curriculum, "-o", str(target))
    )
    assert code == 1
    assert "not a module" in err
    assert not target.exists()


def test_export_session_out_of_range(capsys, sample, tmp_path):
    code, _, err = run(
        capsys,
        sample.args(
            "export",
            "slides",
            "--curriculum",
            sample.curriculum,
            "--session",
            "7",
            "-o",
            str(tmp_path / "x.pdf"),
        ),
    )
    assert code == 1
    assert "there is no session 7" in err


def test_export_cancelled_after_render_leaves_no_file(capsys, sample, tmp_path, monkeypatch):
    from exporters.base import ExportResult

    def fake_render(snapshot, path, progress, options):
        Path(path).write_bytes(b"%PDF-fake")
        progress.cancel()  # as if Ctrl+C came just as the file was done
        return ExportResult(Path(path), pages=1)

    monkeypatch.setattr("exporters.job.renderer", lambda kind, pdf=None: fake_render)
    target = tmp_path / "x.pdf"
    code, _, err = run(
        capsys, sample.args("export", "handbook", "--module", sample.module, "-o", str(target))
    )
    assert code == 130
    assert "cancelled" in err
    assert not target.exists()
    code, out, _ = run(capsys, sample.args("exports", "outdated", sample.module, "--json"))
    assert json.loads(out) == []


def test_export_lists_warnings(capsys, sample, tmp_path, monkeypatch):
    from exporters.base import ExportResult

    def fake_render(snapshot, path, progress, options):
        Path(path).write_bytes(b"%PDF-fake")
        progress.warn("«Funn» body: image missing")
        return ExportResult(Path(path), pages=3, warnings=["table too wide, shrunk"])

    monkeypatch.setattr("exporters.job.renderer", lambda kind, pdf=None: fake_render)
    code, out, err = run(
        capsys,
        sample.args("export", "handbook", "--module", sample.module, "-o", str(tmp_path / "x.pdf")),
    )
    assert code == 0
    assert "3 pages" in out
    assert "2 warnings:" in err
    assert "image missing" in err


# -- progress bar ----------------------------------------------------------------------------


def test_progress_bar_line():
    p = Progress(done=5, total=10, label="Laying out")
    line = ProgressBar(p, enabled=True).line(60)
    assert line.startswith("Laying out [")
    assert "50% 5/10" in line
    assert len(line) <= 59


def test_run_with_progress_result_and_error():
    assert run_with_progress(lambda: 42, Progress(), enabled=False) == 42

    def boom():
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        run_with_progress(boom, Progress(), enabled=False)


def test_ctrl_c_cancels_the_job():
    import _thread

    progress = Progress()
    stopped = threading.Event()

    def job():
        try:
            while True:
                progress.step()
                time.sleep(0.01)
        finally:
            stopped.set()

    threading.Timer(0.3, _thread.interrupt_main).start()
    with pytest.raises(Cancelled):
        run_with_progress(job, progress, enabled=False)
    assert stopped.is_set()  # the worker was awaited, so it could clean up


# -- subprocess: real exit codes ---------------------------------------------------------------


def _main_py(*args: str, env_db: str | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("KURSVERK_DB", None)
    if env_db:
        env["KURSVERK_DB"] = env_db
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=ROOT,
        env=env,
    )


def test_subprocess_exit_codes(sample):
    ok = _main_py("--db", str(sample.db), "list", "items", "--json")
    assert ok.returncode == 0, ok.stderr
    assert len(json.loads(ok.stdout)) == 4
    assert _main_py("--db", str(sample.db), "frobnicate").returncode == 2
    missing = _main_py("show", "no-such-id", env_db=str(sample.db))
    assert missing.returncode == 1
    assert "no-such-id" in missing.stderr
    failed = _main_py("--db", str(sample.db), "check", sample.retired_module)
    assert failed.returncode == 1
    assert "is retired" in failed.stdout


def _empty_curriculum(sample) -> str:
    from content.curricula.commands import CreateCurriculum
    from content.undo import UndoHistory
    from db.engine import open_library

    lib = open_library(sample.db)
    cmd = CreateCurriculum(values={"title": "Tom plan", "programme": "Folkevalgtprogrammet"})
    UndoHistory(lib.sessions, author="test").run(cmd)
    lib.dispose()
    return cmd.entity_id


def test_export_refuses_what_check_reports_as_an_error(capsys, sample, tmp_path):
    empty = _empty_curriculum(sample)
    target = tmp_path / "tom.pdf"
    code, _, err = run(capsys, sample.args("export", "handbook", "--curriculum", empty,
                                           "-o", str(target)))
    assert code == 1
    assert "«Tom plan» was not exported" in err
    assert "has no sessions" in err
    assert not target.exists()
    assert not list(tmp_path.glob("*.part"))


def test_export_with_allow_errors_writes_the_file(capsys, sample, tmp_path):
    empty = _empty_curriculum(sample)
    target = tmp_path / "tom.pdf"
    code, _, err = run(capsys, sample.args("export", "handbook", "--curriculum", empty,
                                           "--allow-errors", "-o", str(target)))
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")


def test_export_of_a_module_with_a_retired_item_is_refused(capsys, sample, tmp_path):
    target = tmp_path / "gammel.pdf"
    code, _, err = run(capsys, sample.args("export", "slides", "--module",
                                           sample.retired_module, "-o", str(target)))
    assert code == 1
    assert "Treg saksbehandling" in err
    assert not target.exists()
