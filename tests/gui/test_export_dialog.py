"""The export dialog: export to a folder off the UI thread, cancel, warnings, failures."""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from content.commands import CreateItem
from content.curricula.commands import CreateCurriculum
from content.exports.records import list_exports
from content.library import get_state
from content.modules.commands import AddBlocks, CreateModule
from exporters.base import ExportResult, atomic_output
from exporters.registry import EXPORT_KINDS
from gui.export_dialog import TARGET_ROLE, ExportDialog
from gui.export_targets import warning_target


@pytest.fixture
def ctx(en_ctx):
    """An English UI on a fresh empty library (overrides the shared fixture on purpose)."""
    return en_ctx


def run(ctx, cmd):
    ctx.history.run(cmd)
    return cmd.entity_id


@pytest.fixture
def cid(ctx):
    item = run(ctx, CreateItem(values={"kind": "barrier", "title": "Lav kapasitet",
                                       "summary": "Små kommuner har få ansatte.",
                                       "body": "Mange små kommuner har **én** næringsansatt."}))
    mid = run(ctx, CreateModule(values={"title": "Kommunen som vertskap", "code": "VK-1",
                                        "objectives": ["Forstå hindringer"]}))
    sec = ctx.read(lambda s: get_state(s, "module", mid))["sections"][0]["id"]
    run(ctx, AddBlocks(entity_id=mid, section_id=sec, expected_revision=1, blocks=[
        {"item_id": item, "minutes": 10},
        {"block_type": "trainer_note", "title": "Hemmelig", "text": "Bare for treneren her.",
         "trainer_only": True}]))
    return run(ctx, CreateCurriculum(values={
        "title": "Folkevalgtprogrammet", "programme": "Vertskap", "edition": "2025",
        "sessions": [{"title": "Samling 1", "start_time": "09:00", "modules": [mid]}]}))


def open_dialog(qtbot, ctx, target_type, target_id):
    dlg = ExportDialog(ctx, target_type, target_id)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.what.count() > 0 and dlg.exporters_checked, timeout=30000)
    return dlg


def choose(dlg, *kinds):
    for kind, box in dlg.format_boxes.items():
        box.setChecked(kind in kinds)


def test_export_handbook_through_the_dialog(qtbot, ctx, cid, tmp_path, monkeypatch):
    dlg = open_dialog(qtbot, ctx, "curriculum", cid)
    assert dlg.what.count() == 2  # the whole curriculum and its one session
    assert set(dlg.format_boxes) == set(EXPORT_KINDS)
    out = tmp_path / "out"
    dlg.folder_edit.setText(str(out))
    choose(dlg, "handbook", "slides")
    with qtbot.waitSignal(dlg.export_did_finish, timeout=60000) as sig:
        dlg.export_button.click()
    assert sig.args == ["done"]
    pdfs = sorted(p.name for p in out.glob("*.pdf"))
    assert pdfs == ["folkevalgtprogrammet-handbook-participant-nb.pdf",
                    "folkevalgtprogrammet-slides-participant-nb.pdf"]
    assert not list(out.glob("*.part"))
    assert (out / pdfs[0]).read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    kinds = sorted(r.export_kind for r in ctx.read(list_exports))
    assert kinds == ["handbook", "slides"]
    assert ctx.settings.value("export/last_folder") == str(out)
    assert dlg.bar.value() == 1000
    assert dlg.export_button.isEnabled()  # ready for another export

    opened = []
    monkeypatch.setattr("gui.export_dialog.QDesktopServices.openUrl", opened.append)
    dlg.results.setCurrentRow(0)
    dlg.open_file_button.click()
    dlg.open_folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(out / pdfs[0]), str(out)]


def test_export_module_for_trainer_in_english(qtbot, ctx, cid, tmp_path):
    mid = ctx.read(lambda s: get_state(s, "curriculum", cid))["sessions"][0]["modules"][0][
        "module_id"]
    dlg = open_dialog(qtbot, ctx, "module", mid)
    dlg.folder_edit.setText(str(tmp_path))
    dlg.profile.setCurrentIndex(dlg.profile.findData("trainer"))
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    choose(dlg, "trainer-guide")
    with qtbot.waitSignal(dlg.export_did_finish, timeout=60000):
        dlg.start()
    assert (tmp_path / "kommunen-som-vertskap-trainer-guide-trainer-en.pdf").exists()


def test_trainer_guide_has_notes_when_the_rest_is_for_participants(qtbot, ctx, cid, tmp_path):
    from pypdf import PdfReader

    dlg = open_dialog(qtbot, ctx, "curriculum", cid)
    dlg.folder_edit.setText(str(tmp_path))
    assert dlg.profile.currentData() == "participant"
    choose(dlg, "handbook", "trainer-guide")
    with qtbot.waitSignal(dlg.export_did_finish, timeout=60000) as sig:
        dlg.start()
    assert sig.args == ["done"]

    def text(name):
        return " ".join(p.extract_text() for p in PdfReader(tmp_path / name).pages)

    assert "Bare for treneren her." in text("folkevalgtprogrammet-trainer-guide-trainer-nb.pdf")
    assert "Bare for treneren her." not in text("folkevalgtprogrammet-handbook-participant-nb.pdf")


def test_html_page_follows_the_chosen_profile(qtbot, ctx, cid, tmp_path):
    from tests.exporters.conftest import html_text

    dlg = open_dialog(qtbot, ctx, "curriculum", cid)
    dlg.folder_edit.setText(str(tmp_path))
    assert dlg.format_boxes["html"].text() == "Handbook or trainer guide as web page (HTML)"
    assert "trainer profile" in dlg.format_boxes["html"].toolTip()
    choose(dlg, "html")
    for profile in ("participant", "trainer"):
        dlg.profile.setCurrentIndex(dlg.profile.findData(profile))
        with qtbot.waitSignal(dlg.export_did_finish, timeout=60000) as sig:
            dlg.start()
        assert sig.args == ["done"]
    part = html_text(tmp_path / "folkevalgtprogrammet-html-participant-nb.html")
    guide = html_text(tmp_path / "folkevalgtprogrammet-html-trainer-nb.html")
    assert "Lav kapasitet" in part
    assert "Lav kapasitet" in guide
    assert "Bare for treneren her." in guide
    assert "Bare for treneren her." not in part
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    records = sorted((r.export_kind, r.profile) for r in ctx.read(list_exports))
    assert records == [("html", "participant"), ("html", "trainer")]


def slow_renderer(snapshot, path, progress, options):
    progress.start(50, "slow")
    with atomic_output(path) as part:
        part.write_bytes(b"%PDF-partial")
        for _ in range(50):
            time.sleep(0.02)
            progress.step()
    return ExportResult(path, 1, "x")


def test_cancel_leaves_no_file(qtbot, ctx, cid, tmp_path, monkeypatch):
    monkeypatch.setattr("exporters.job.renderer", lambda kind, pdf=None: slow_renderer)
    dlg = open_dialog(qtbot, ctx, "curriculum", cid)
    dlg.folder_edit.setText(str(tmp_path / "out"))
    choose(dlg, "handbook", "slides")
    dlg.start()
    assert dlg.cancel_button.text() == "Cancel"
    qtbot.waitUntil(lambda: dlg.progress.done >= 3, timeout=10000)
    qtbot.waitUntil(lambda: dlg.bar.value() > 0, timeout=5000)
    with qtbot.waitSignal(dlg.export_did_finish, timeout=10000) as sig:
        dlg.cancel_button.click()
    assert sig.args == ["cancelled"]
    assert list((tmp_path / "out").glob("*")) == []
    assert "Cancelled" in dlg.status.text()
    assert ctx.read(list_exports) == []


def test_one_failing_format_does_not_stop_the_others(qtbot, ctx, cid, tmp_path, monkeypatch):
    from exporters.registry import renderer as real

    def pick(kind, pdf=None):
        if kind == "slides":
            raise ImportError("No module named 'exporters.slides'")
        return real(kind, pdf)

    monkeypatch.setattr("exporters.job.renderer", pick)
    dlg = open_dialog(qtbot, ctx, "curriculum", cid)
    dlg.folder_edit.setText(str(tmp_path))
    choose(dlg, "slides", "handbook")
    with qtbot.waitSignal(dlg.export_did_finish, timeout=60000):
        dlg.start()
    lines = [dlg.results.item(i).text() for i in range(dlg.results.count())]
    assert any("failed" in t and "unavailable" in t for t in lines)
    assert (tmp_path / "folkevalgtprogrammet-handbook-participant-nb.pdf").exists()
    assert "1 file written, 1 problem," in dlg.status.text()


def test_missing_exporter_shows_format_unavailable(qtbot, ctx, cid, monkeypatch):
    monkeypatch.setitem(EXPORT_KINDS, "criteria", ("exporters.not_there", "render", ".pdf"))
    dlg = open_dialog(qtbot, ctx, "curriculum", cid)
    box = dlg.format_boxes["criteria"]
    assert not box.isEnabled()
    assert "unavailable" in box.text()
    assert "not_there" in box.toolTip()
    assert dlg.format_boxes["handbook"].isEnabled()


def test_warning_lines_open_the_item(qtbot, ctx, cid, tmp_path, monkeypatch):
    item_id = ctx.read(lambda s: get_state(s, "curriculum", cid))
    dlg = open_dialog(qtbot, ctx, "curriculum", cid)

    def warn(snapshot, path, progress, options):
        with atomic_output(path) as part:
            part.write_bytes(b"%PDF-1.4")
        return ExportResult(path, 1, "x", ["«Lav kapasitet»: text cut after 3 slides"])

    monkeypatch.setattr("exporters.job.renderer", lambda kind, pdf=None: warn)
    dlg.folder_edit.setText(str(tmp_path))
    choose(dlg, "slides")
    with qtbot.waitSignal(dlg.export_did_finish, timeout=30000):
        dlg.start()
    assert dlg.warnings.count() == 1
    line = dlg.warnings.item(0)
    item_id = next(i.id for i in dlg.snapshot.items if i.title == "Lav kapasitet")
    with qtbot.waitSignal(dlg.open_entity_requested, timeout=2000) as sig:
        dlg.warnings.itemDoubleClicked.emit(line)
    assert sig.args == ["item", item_id]
    assert warning_target(dlg.snapshot, "block 123: nothing") is None


def test_a_draft_with_check_errors_is_refused_unless_allowed(qtbot, ctx, tmp_path):
    empty = run(ctx, CreateCurriculum(values={"title": "Tom plan", "programme": "Vertskap"}))
    dlg = open_dialog(qtbot, ctx, "curriculum", empty)
    dlg.folder_edit.setText(str(tmp_path))
    choose(dlg, "handbook")
    with qtbot.waitSignal(dlg.export_did_finish, timeout=60000) as sig:
        dlg.start()
    assert sig.args == ["failed"]
    lines = [dlg.results.item(i).text() for i in range(dlg.results.count())]
    assert any("«Tom plan» was not exported" in line and "no sessions" in line for line in lines)
    assert not list(tmp_path.glob("*.pdf"))

    dlg.allow_errors.setChecked(True)
    with qtbot.waitSignal(dlg.export_did_finish, timeout=60000) as sig:
        dlg.start()
    assert sig.args == ["done"]
    assert len(list(tmp_path.glob("*.pdf"))) == 1


def test_inaccessible_handbook_is_refused_with_the_faults_unless_ticked(qtbot, ctx, tmp_path):
    item = run(ctx, CreateItem(values={"kind": "barrier", "title": "Kart uten tekst",
                                       "body": "Se kartet:\n\n![](asset:kart-1)"}))
    mid = run(ctx, CreateModule(values={"title": "Kart", "code": "K-1",
                                        "objectives": ["Lese kart"]}))
    sec = ctx.read(lambda s: get_state(s, "module", mid))["sections"][0]["id"]
    run(ctx, AddBlocks(entity_id=mid, section_id=sec, expected_revision=1,
                       blocks=[{"item_id": item}]))
    dlg = open_dialog(qtbot, ctx, "module", mid)
    # before exporting, the dialog already says what keeps the handbook from PDF/UA
    qtbot.waitUntil(lambda: dlg.selection_checked, timeout=10000)
    assert "Accessibility: 1 faults" in dlg.status.text()
    [early] = [dlg.warnings.item(i) for i in range(dlg.warnings.count())]
    assert "«Kart uten tekst»" in early.text()
    assert early.data(TARGET_ROLE) == ("item", item)
    assert dlg.pdf_route.currentData() == "ua"
    assert dlg.allow_inaccessible.isEnabled()
    assert not dlg.allow_inaccessible.isChecked()
    dlg.folder_edit.setText(str(tmp_path))
    choose(dlg, "handbook")
    with qtbot.waitSignal(dlg.export_did_finish, timeout=60000):
        dlg.start()
    lines = [dlg.results.item(i).text() for i in range(dlg.results.count())]
    assert any("not accessible (accessibility faults: 1" in line for line in lines), lines
    assert not list(tmp_path.glob("*.pdf"))
    [fault] = [dlg.warnings.item(i) for i in range(dlg.warnings.count())]
    assert "«Kart uten tekst»" in fault.text()
    assert "no alternative text" in fault.text()
    with qtbot.waitSignal(dlg.open_entity_requested, timeout=2000) as sig:
        dlg.warnings.itemDoubleClicked.emit(fault)
    assert sig.args == ["item", item]
    assert ctx.read(list_exports) == []

    dlg.allow_inaccessible.setChecked(True)
    with qtbot.waitSignal(dlg.export_did_finish, timeout=60000) as sig:
        dlg.start()
    assert sig.args == ["done"]
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    lines = [dlg.results.item(i).text() for i in range(dlg.results.count())]
    assert any("written despite accessibility faults" in line for line in lines)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    [record] = ctx.read(list_exports)
    assert "no alternative text" in record.overrides

    dlg.pdf_route.setCurrentIndex(dlg.pdf_route.findData("print"))
    assert not dlg.allow_inaccessible.isEnabled()  # the print PDF makes no claim to refuse


# -- the shared export job: empty products, the trainer guide's profile, files and records --


def test_products_the_selection_lacks_are_greyed_out(qtbot, ctx, cid):
    dlg = open_dialog(qtbot, ctx, "curriculum", cid)
    qtbot.waitUntil(lambda: dlg.selection_checked, timeout=10000)
    for kind in ("criteria", "models", "examples", "indicators"):  # the curriculum has a barrier
        box = dlg.format_boxes[kind]
        assert not box.isEnabled(), kind
        assert box.text().endswith("— none in the selection")
        assert "The selection holds no" in box.toolTip()
    assert "no award criteria" in dlg.format_boxes["criteria"].toolTip()
    assert dlg.format_boxes["handbook"].isEnabled()
    assert dlg.format_boxes["handbook"].text() == "Participant handbook (PDF)"


def test_a_product_the_selection_has_stays_available(qtbot, ctx, cid):
    mid = ctx.read(lambda s: get_state(s, "curriculum", cid))["sessions"][0]["modules"][0][
        "module_id"]
    sec = ctx.read(lambda s: get_state(s, "module", mid))["sections"][0]["id"]
    ind = run(ctx, CreateItem(values={
        "kind": "indicator", "title": "Antall nye bedrifter",
        "fields": {"unit": "antall", "definition": "Nye foretak i kommunen per år."}}))
    rev = ctx.read(lambda s: get_state(s, "module", mid))["revision"]
    run(ctx, AddBlocks(entity_id=mid, section_id=sec, expected_revision=rev,
                       blocks=[{"item_id": ind}]))
    dlg = open_dialog(qtbot, ctx, "module", mid)
    qtbot.waitUntil(lambda: dlg.selection_checked, timeout=10000)
    assert dlg.format_boxes["indicators"].isEnabled()
    assert dlg.format_boxes["indicators"].text() == "Indicator appendix (PDF)"
    assert not dlg.format_boxes["criteria"].isEnabled()


def test_trainer_guide_alone_sets_and_locks_the_trainer_profile(qtbot, ctx, cid, tmp_path):
    import hashlib

    from pypdf import PdfReader

    dlg = open_dialog(qtbot, ctx, "curriculum", cid)
    assert dlg.profile.currentData() == "participant"
    assert dlg.profile.isEnabled()
    choose(dlg, "trainer-guide")
    assert dlg.profile.currentData() == "trainer"
    assert not dlg.profile.isEnabled()
    assert "always made with the trainer profile" in dlg.profile.toolTip()
    choose(dlg, "trainer-guide", "handbook")  # the profile is for the handbook again
    assert dlg.profile.currentData() == "participant"
    assert dlg.profile.isEnabled()
    choose(dlg, "trainer-guide")
    dlg.folder_edit.setText(str(tmp_path))
    with qtbot.waitSignal(dlg.export_did_finish, timeout=60000) as sig:
        dlg.start()
    assert sig.args == ["done"]
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    assert not dlg.profile.isEnabled()  # still locked after the run
    path = tmp_path / "folkevalgtprogrammet-trainer-guide-trainer-nb.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Bare for treneren her." in text
    [rec] = ctx.read(list_exports)
    assert (rec.export_kind, rec.profile, rec.target_id) == ("trainer-guide", "trainer", cid)
    assert rec.file_name == str(path.resolve())
    assert rec.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_failed_record_keeps_the_earlier_file(qtbot, ctx, cid, tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    out = tmp_path / "out"
    out.mkdir()
    earlier = out / "folkevalgtprogrammet-handbook-participant-nb.pdf"
    earlier.write_bytes(b"the earlier handbook")

    def locked(*args, **kwargs):
        raise OperationalError("INSERT INTO export_record", {}, Exception("database is locked"))

    monkeypatch.setattr("content.exports.records.record_export", locked)
    dlg = open_dialog(qtbot, ctx, "curriculum", cid)
    dlg.folder_edit.setText(str(out))
    choose(dlg, "handbook")
    with qtbot.waitSignal(dlg.export_did_finish, timeout=60000):
        dlg.start()
    lines = [dlg.results.item(i).text() for i in range(dlg.results.count())]
    assert any("Participant handbook (PDF) failed" in t and "locked" in t for t in lines)
    assert earlier.read_bytes() == b"the earlier handbook"
    assert list(out.iterdir()) == [earlier]
    assert ctx.read(list_exports) == []
    assert "0 files written, 1 problem," in dlg.status.text()


def test_cancel_keeps_the_earlier_file(qtbot, ctx, cid, tmp_path, monkeypatch):
    monkeypatch.setattr("exporters.job.renderer", lambda kind, pdf=None: slow_renderer)
    out = tmp_path / "out"
    out.mkdir()
    earlier = out / "folkevalgtprogrammet-handbook-participant-nb.pdf"
    earlier.write_bytes(b"the earlier handbook")
    dlg = open_dialog(qtbot, ctx, "curriculum", cid)
    dlg.folder_edit.setText(str(out))
    choose(dlg, "handbook")
    dlg.start()
    qtbot.waitUntil(lambda: dlg.progress.done >= 3, timeout=10000)
    with qtbot.waitSignal(dlg.export_did_finish, timeout=10000) as sig:
        dlg.cancel()
    assert sig.args == ["cancelled"]
    assert earlier.read_bytes() == b"the earlier handbook"
    assert list(out.iterdir()) == [earlier]
    assert ctx.read(list_exports) == []


def test_screenshot_of_the_dialog(qtbot, ctx, cid, tmp_path):
    dlg = open_dialog(qtbot, ctx, "curriculum", cid)
    qtbot.waitUntil(lambda: dlg.selection_checked, timeout=10000)
    choose(dlg, "trainer-guide")
    dlg.show()
    qtbot.waitExposed(dlg)
    shot = os.environ.get("KV_SHOT_DIR")
    path = (Path(shot) if shot else tmp_path) / "export-dialog.png"
    assert dlg.grab().save(str(path))
    assert path.stat().st_size > 1000


# -- open «må rettes» comments: refused unless the user confirms; the record notes it ------


def test_open_blocking_comments_need_a_confirmation(qtbot, ctx, cid, tmp_path, monkeypatch):
    from content.review.commands import AddComment

    item = ctx.read(lambda s: get_state(s, "curriculum", cid))["sessions"][0]["modules"][0]
    mid = item if isinstance(item, str) else item["module_id"]
    run(ctx, AddComment(target_type="module", target_id=mid, kind="ma-rettes",
                        text="Målene er uklare"))
    dlg = open_dialog(qtbot, ctx, "curriculum", cid)
    dlg.folder_edit.setText(str(tmp_path))
    choose(dlg, "handbook")
    asked: list[str] = []
    monkeypatch.setattr(dlg, "ask", lambda q: asked.append(q) or False)
    with qtbot.waitSignal(dlg.export_did_finish, timeout=60000) as sig:
        dlg.start()
    assert sig.args == ["failed"]
    assert "Målene er uklare" in asked[0]
    lines = [dlg.results.item(i).text() for i in range(dlg.results.count())]
    assert any("open «må rettes» comments" in line and "Målene er uklare" in line
               for line in lines)
    assert not list(tmp_path.glob("*.pdf"))
    assert ctx.read(list_exports) == []

    monkeypatch.setattr(dlg, "ask", lambda q: True)
    with qtbot.waitSignal(dlg.export_did_finish, timeout=60000) as sig:
        dlg.start()
    assert sig.args == ["done"]
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    (rec,) = ctx.read(list_exports)
    assert rec.open_blocking_allowed == 1
