"""The export job on its own: steps, *.part file, replace, record, cancel (a fake store, no db)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from content.progress import Cancelled, Progress
from exporters.base import ExportResult, file_sha256
from exporters.job import (
    EmptyExport,
    ExportJob,
    ExportRequest,
    ExportUnavailable,
    RequestError,
    empty_products,
    validate_request,
)
from tests.exporters.conftest import make_snapshot


class FakeStore:
    """Hands out a snapshot and keeps the records it was asked to store."""

    def __init__(self, fail_record: bool = False, without: tuple[str, ...] = ()) -> None:
        self.records: list[dict] = []
        self.asked: list[dict] = []
        self.fail_record = fail_record
        self.without = without  # item kinds left out of the snapshot

    def snapshot(self, scope, target_id, **kw):
        self.asked.append({"scope": scope, "target_id": target_id, **kw})
        snap = make_snapshot(kw["profile"], kw["lang"])
        items = tuple(i for i in snap.items if i.kind not in self.without)
        return replace(snap, scope=scope, target_id=target_id, items=items)

    def record(self, snapshot, kind, file_name, sha256, author, publish, **kw):
        if self.fail_record:
            raise RuntimeError("database is locked")
        publish()
        record = {"kind": kind, "file": file_name, "sha": sha256, "profile": snapshot.profile}
        overrides = kw.get("overrides", "")
        self.records.append({**record, "overrides": overrides} if overrides else record)
        return "rec-1"


def request(tmp_path, kind="handbook", **kw) -> ExportRequest:
    return ExportRequest(
        kind=kind,
        scope="curriculum",
        target_id="cur-1",
        path=tmp_path / f"out-{kind}.pdf",
        invariant=True,
        **kw,
    )


def test_run_writes_the_target_and_records_what_it_wrote(tmp_path):
    store = FakeStore()
    outcome = ExportJob(store, request(tmp_path)).run()
    assert outcome.path == tmp_path / "out-handbook.pdf"
    assert outcome.path.read_bytes().startswith(b"%PDF")
    assert outcome.pages > 1
    assert outcome.record_id == "rec-1"
    assert store.records == [
        {
            "kind": "handbook",
            "file": str(outcome.path.resolve()),
            "sha": file_sha256(outcome.path),
            "profile": "participant",
        }
    ]
    assert not list(tmp_path.glob("*.part"))


def test_trainer_guide_is_asked_for_with_the_trainer_profile(tmp_path):
    store = FakeStore()
    outcome = ExportJob(store, request(tmp_path, "trainer-guide")).run()
    assert store.asked[0]["profile"] == "trainer"
    assert outcome.profile == "trainer"
    with pytest.raises(RequestError, match="trainer profile"):
        validate_request(request(tmp_path, "trainer-guide", profile="participant"))


@pytest.mark.parametrize(
    ("field", "value"),
    [("kind", "novel"), ("scope", "item"), ("lang", "se"), ("per_page", 4), ("profile", "boss")],
)
def test_a_request_that_makes_no_sense_is_refused(tmp_path, field, value):
    with pytest.raises(RequestError):
        validate_request(replace(request(tmp_path), **{field: value}))


def test_the_target_is_only_replaced_when_the_record_is_stored(tmp_path):
    target = tmp_path / "out-handbook.pdf"
    target.write_bytes(b"the earlier export")
    job = ExportJob(FakeStore(fail_record=True), request(tmp_path))
    job.build_snapshot()
    result = job.render()
    assert result.path == tmp_path / "out-handbook.pdf.part"
    assert target.read_bytes() == b"the earlier export"  # rendering never touches the target
    with pytest.raises(RuntimeError, match="locked"):
        job.publish()
    assert target.read_bytes() == b"the earlier export"
    assert list(tmp_path.iterdir()) == [target]


def test_cancel_between_render_and_publish_takes_the_file_back(tmp_path):
    target = tmp_path / "out-handbook.pdf"
    target.write_bytes(b"the earlier export")
    store = FakeStore()
    job = ExportJob(store, request(tmp_path), Progress())
    job.build_snapshot()
    job.render()
    job.progress.cancel()
    with pytest.raises(Cancelled):
        job.publish()
    assert target.read_bytes() == b"the earlier export"
    assert list(tmp_path.iterdir()) == [target]
    assert store.records == []


def test_cancel_during_render_leaves_nothing(tmp_path, monkeypatch):
    def cancelling(snapshot, path, progress, options):
        Path(path).write_bytes(b"%PDF-half")
        progress.cancel()
        progress.check()

    monkeypatch.setattr("exporters.job.renderer", lambda kind, pdf=None: cancelling)
    store = FakeStore()
    with pytest.raises(Cancelled):
        ExportJob(store, request(tmp_path)).run()
    assert list(tmp_path.iterdir()) == []
    assert store.records == []


@pytest.mark.parametrize(
    ("kind", "what"),
    [
        ("criteria", "award criteria"),
        ("examples", "examples"),
        ("indicators", "indicators"),
        ("models", "collaboration models"),
    ],
)
def test_a_product_with_nothing_to_print_is_refused_before_writing(tmp_path, kind, what):
    store = FakeStore(without=("criterion", "example", "indicator", "collaboration_model"))
    with pytest.raises(EmptyExport, match=f"holds no {what}"):
        ExportJob(store, request(tmp_path, kind)).run()
    assert list(tmp_path.iterdir()) == []
    assert store.records == []


def test_a_product_with_items_is_made(tmp_path):
    from pypdf import PdfReader

    store = FakeStore(without=("criterion",))
    outcome = ExportJob(store, request(tmp_path, "examples")).run()
    assert outcome.pages == len(PdfReader(outcome.path).pages)
    assert store.records[0]["kind"] == "examples"


def test_empty_products_names_what_a_selection_lacks():
    assert empty_products({"example", "barrier"}) == ["criteria", "models", "indicators"]
    assert empty_products({"criterion", "collaboration_model", "example", "indicator"}) == []


def test_a_missing_renderer_is_unavailable(tmp_path, monkeypatch):
    def missing(kind, pdf=None):
        raise ImportError("No module named 'exporters.slides'")

    monkeypatch.setattr("exporters.job.renderer", missing)
    with pytest.raises(ExportUnavailable, match="not available in this build"):
        ExportJob(FakeStore(), request(tmp_path, "slides")).run()


def test_warnings_of_the_result_and_the_progress_are_listed_once(tmp_path, monkeypatch):
    def warns(snapshot, path, progress, options):
        Path(path).write_bytes(b"%PDF-1.4")
        progress.warn("image missing")
        progress.warn("image missing")
        return ExportResult(Path(path), 1, "", ["table too wide\x1b[31m"])

    monkeypatch.setattr("exporters.job.renderer", lambda kind, pdf=None: warns)
    progress = Progress()
    progress.warn("from an earlier job")
    outcome = ExportJob(FakeStore(), request(tmp_path), progress).run()
    assert outcome.warnings == ["table too wide[31m", "image missing"]


# --------------------------------------------------------------------------- accessibility


class FaultyStore(FakeStore):
    """A store whose snapshot holds an image without alternative text."""

    def snapshot(self, scope, target_id, **kw):
        from content.exports.snapshot import BlockSnapshot

        snap = make_snapshot(
            kw["profile"],
            kw["lang"],
            sessions=1,
            modules_per_session=1,
            extra_blocks=(
                BlockSnapshot(id="blk-img", block_type="text", text="![](asset:img-map)"),
                BlockSnapshot(
                    id="blk-more",
                    block_type="text",
                    text="# A\n\n### C\n\n|  |  |\n|---|---|\n| a | b |",
                ),
            ),
        )
        return replace(snap, scope=scope, target_id=target_id)


def test_ua_export_with_faults_is_refused_and_nothing_written(tmp_path):
    from exporters.job import InaccessibleExport

    store = FaultyStore()
    job = ExportJob(store, request(tmp_path))
    with pytest.raises(InaccessibleExport) as caught:
        job.run()
    assert "«Tillegg»" in str(caught.value)
    assert "field text" in str(caught.value)
    assert "no alternative text" in str(caught.value)
    assert [(f.block_id, f.code) for f in caught.value.faults] == [
        ("blk-img", "image_alt"),
        ("blk-more", "heading_skip"),
        ("blk-more", "table_header"),
    ]
    assert not job.target.exists()
    assert not job.part_path.exists()
    assert store.records == []


def test_ua_export_override_is_written_and_recorded(tmp_path):
    store = FaultyStore()
    outcome = ExportJob(store, request(tmp_path, allow_inaccessible=True)).run()
    assert outcome.path.exists()
    assert outcome.overrides.startswith("accessibility:")
    assert "no alternative text" in outcome.overrides
    assert store.records[0]["overrides"] == outcome.overrides
    # tagged for screen readers as far as it goes, but it does not claim PDF/UA-1
    import pikepdf

    pdf = pikepdf.open(outcome.path)
    assert pdf.Root.MarkInfo.Marked is True
    assert "/StructTreeRoot" in pdf.Root
    assert pdf.open_metadata().get("pdfuaid:part") is None


def test_print_route_and_other_kinds_are_not_held_up(tmp_path):
    store = FaultyStore()
    outcome = ExportJob(store, request(tmp_path, pdf="print")).run()
    assert outcome.path.exists()
    assert "overrides" not in store.records[0]
    ExportJob(store, request(tmp_path, kind="slides")).run()
    assert len(store.records) == 2
