"""Review rounds: start, reviewer status, close (refused while blocking), the round report."""

from __future__ import annotations

import csv
from datetime import date
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from content.commands import CreateItem, UpdateItem
from content.errors import StaleWriteError, ValidationError
from content.modules.commands import CreateModule
from content.review.commands import AddComment, ReplyComment, ResolveComment
from content.review.round_report import round_report
from content.review.rounds import (
    CloseRound,
    CreateRound,
    RoundBlocked,
    SetReviewerStatus,
    get_round,
    list_rounds,
)
from content.undo import UndoHistory
from db.models import ContentItem, ReviewRound
from exporters.round_report import render_round_report_pdf, write_round_report_csv

if TYPE_CHECKING:
    from pathlib import Path

BODY = "Kommunene som møter bedriftene tidlig lykkes oftere. Tillit bygges over tid."


@pytest.fixture
def module(hist: UndoHistory) -> tuple[str, str]:
    item = CreateItem(values={"kind": "finding", "title": "Tidlig dialog", "body": BODY})
    hist.run(item)
    mod = CreateModule(
        values={
            "title": "Vertskapskommunen",
            "code": "VK-1",
            "sections": [{"title": "Del 1", "blocks": [{"item_id": item.entity_id}]}],
        }
    )
    hist.run(mod)
    return mod.entity_id, item.entity_id


def _round(hist: UndoHistory, module_id: str, **kw: object) -> CreateRound:
    values: dict[str, object] = {
        "target_type": "module",
        "target_id": module_id,
        "name": "Runde 1",
        "reviewers": ["Kari", "Ola"],
        "due_date": date(2026, 12, 20),
        "instructions": "Se på tallene.",
    }
    values.update(kw)
    cmd = CreateRound(**values)  # type: ignore[arg-type]
    hist.run(cmd)
    return cmd


def _view(hist: UndoHistory, round_id: str):
    return hist.query(lambda s: next(r for r in list_rounds(s) if r.id == round_id))


def test_create_records_reviewers_due_date_and_revisions_and_undoes(hist, module) -> None:
    module_id, item_id = module
    cmd = _round(hist, module_id)
    row = hist.query(lambda s: get_round(s, cmd.entity_id[:8]))
    assert row.revisions == {f"module:{module_id}": 1, f"item:{item_id}": 1}
    view = _view(hist, cmd.entity_id)
    assert (view.name, view.due_date, view.state, view.target_title) == (
        "Runde 1",
        date(2026, 12, 20),
        "open",
        "Vertskapskommunen",
    )
    assert [(r.name, r.status) for r in view.reviewers] == [("Kari", "invited"), ("Ola", "invited")]
    hist.undo()
    assert hist.query(lambda s: s.get(ReviewRound, cmd.entity_id)) is None
    hist.redo()
    assert hist.query(lambda s: s.get(ReviewRound, cmd.entity_id)).name == "Runde 1"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"reviewers": []}, "name at least one reviewer"),
        ({"reviewers": ["Kari", " "]}, "name at least one reviewer"),
        ({"reviewers": ["Kari", "Kari"]}, "a reviewer is named twice"),
        ({"name": "  "}, "the round needs a name"),
    ],
)
def test_bad_rounds_are_refused_and_nothing_is_stored(hist, module, values, message) -> None:
    with pytest.raises(ValidationError, match=message):
        _round(hist, module[0], **values)
    assert hist.query(list_rounds) == []


def test_a_round_on_an_item_is_refused(hist, module) -> None:
    with pytest.raises(ValidationError, match="module, curriculum"):
        _round(hist, module[1], target_type="item")


def test_reviewer_status_invited_started_done(hist, module) -> None:
    module_id, item_id = module
    cmd = _round(hist, module_id)
    hist.run(AddComment(target_type="item", target_id=item_id, text="Kilde?", author="Ola"))
    assert [r.status for r in _view(hist, cmd.entity_id).reviewers] == ["invited", "started"]
    hist.run(SetReviewerStatus(entity_id=cmd.entity_id, reviewer="Kari", status="done"))
    assert [r.status for r in _view(hist, cmd.entity_id).reviewers] == ["done", "started"]
    with pytest.raises(ValidationError, match="not a reviewer of this round; they are Kari, Ola"):
        hist.run(SetReviewerStatus(entity_id=cmd.entity_id, reviewer="Per", status="done"))
    hist.undo()
    assert [r.status for r in _view(hist, cmd.entity_id).reviewers] == ["invited", "started"]


def test_undo_refuses_a_round_changed_in_another_history(lib, hist, module) -> None:
    cmd = _round(hist, module[0])
    hist.run(SetReviewerStatus(entity_id=cmd.entity_id, reviewer="Kari", status="done"))
    other = UndoHistory(lib.sessions, "annen")
    other.run(SetReviewerStatus(entity_id=cmd.entity_id, reviewer="Ola", status="done"))
    with pytest.raises(StaleWriteError, match="«Runde 1» was changed elsewhere"):
        hist.undo()
    assert [r.status for r in _view(hist, cmd.entity_id).reviewers] == ["done", "done"]


def test_closing_is_refused_while_blocking_comments_are_open_unless_overridden(
    hist, module
) -> None:
    module_id, item_id = module
    cmd = _round(hist, module_id)
    blocking = AddComment(
        target_type="item",
        target_id=item_id,
        field="body",
        start=0,
        end=9,
        text="Feil tall",
        kind="ma-rettes",
        author="Kari",
    )
    hist.run(blocking)
    with pytest.raises(RoundBlocked, match="1 open «må rettes» comments") as err:
        hist.run(CloseRound(entity_id=cmd.entity_id))
    assert err.value.comments[0].text == "Feil tall"
    assert _view(hist, cmd.entity_id).state == "open"

    hist.run(CloseRound(entity_id=cmd.entity_id, allow_open_blocking=True, note="Tas i neste"))
    view = _view(hist, cmd.entity_id)
    assert (view.state, view.close_override, view.close_note, view.closed_by) == (
        "closed",
        1,
        "Tas i neste",
        "tester",
    )
    with pytest.raises(ValidationError, match="the round is closed"):
        hist.run(SetReviewerStatus(entity_id=cmd.entity_id, reviewer="Kari", status="done"))
    hist.undo()
    assert _view(hist, cmd.entity_id).state == "open"
    hist.run(ResolveComment(entity_id=blocking.entity_id, by="Kari"))
    hist.run(CloseRound(entity_id=cmd.entity_id))
    assert (_view(hist, cmd.entity_id).state, _view(hist, cmd.entity_id).close_override) == (
        "closed",
        0,
    )


def test_the_report_groups_comments_and_shows_what_changed(hist, module, tmp_path: Path) -> None:
    module_id, item_id = module
    hist.run(AddComment(target_type="item", target_id=item_id, text="Fra før runden"))
    cmd = _round(hist, module_id)
    blocking = AddComment(
        target_type="item",
        target_id=item_id,
        field="body",
        start=0,
        end=9,
        text="Feil tall",
        kind="ma-rettes",
        author="Kari",
    )
    hist.run(blocking)
    hist.run(ReplyComment(parent_id=blocking.entity_id, text="Enig", author="Ola"))
    hist.run(AddComment(target_type="module", target_id=module_id, text="For lang", author="Ola"))
    question = AddComment(target_type="module", target_id=module_id, text="Hvorfor a<b & AT&T?",
                          kind="sporsmal", author="Kari")
    hist.run(question)
    hist.run(ResolveComment(entity_id=question.entity_id, by="Kari"))
    rev = hist.query(lambda s: s.get(ContentItem, item_id).revision)
    new_body = BODY.replace("tidlig lykkes", "tidlig ofte lykkes").replace(" over tid", "")
    hist.run(UpdateItem(entity_id=item_id, expected_revision=rev, values={"body": new_body}))

    report = hist.query(lambda s: round_report(s, get_round(s, cmd.entity_id)))
    assert report.total == 3  # the comment from before the round is not in it
    assert [(p.entity_type, p.field, [c.text for c in p.comments]) for p in report.places] == [
        ("module", "", ["For lang", "Hvorfor a<b & AT&T?"]),
        ("item", "body", ["Feil tall"]),
    ]
    comment = report.places[1].comments[0]
    assert (comment.kind, comment.state, comment.author, comment.quote) == (
        "ma-rettes",
        "open",
        "Kari",
        "Kommunene",
    )
    assert comment.replies == (("Ola", "Enig"),)
    assert (report.open_blocking, report.by_kind["ma-rettes"], report.by_state["open"]) == (1, 1, 2)
    assert (report.by_kind["sporsmal"], report.by_state["resolved"]) == (1, 1)
    (change,) = report.changes
    assert (change.entity_id, change.from_revision, change.to_revision) == (item_id, 1, 2)
    (body,) = change.fields
    assert body.field == "body"
    assert (1, "ofte ") in body.ops
    assert (-1, " over tid") in body.ops

    pdf = tmp_path / "report.pdf"
    pages = render_round_report_pdf(report, pdf, "nb")
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert pages == len(PdfReader(pdf).pages) >= 1
    assert "Hvorfora<b&AT&T?" in "".join(text.split())  # markup-like text as typed
    for expected in (
        "Runde 1",
        "Kari (i gang, 2)",
        "Ola (i gang, 1)",
        "Vertskapskommunen (modul)",
        "Feil tall",
        "«Kommunene»",
        "Enig",
        "Endret siden runden startet",
        "fra versjon 1 til 2",
        "ofte",
        "For lang",
        "Utfall: løst",
    ):
        assert expected in " ".join(text.split()), expected
    path = tmp_path / "report.csv"
    assert write_round_report_csv(report, path) == 3
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [(r["kind"], r["author"], r["quote"], r["replies"]) for r in rows] == [
        ("kommentar", "Ola", "", ""),
        ("sporsmal", "Kari", "", ""),
        ("ma-rettes", "Kari", "Kommunene", "Ola: Enig"),
    ]


def test_a_library_at_schema_0006_upgrades_keeping_comments_and_export_records(
    tmp_path: Path,
) -> None:
    from alembic import command
    from sqlalchemy import create_engine, text

    from content.exports.records import list_exports
    from db.engine import open_library
    from db.migrate import alembic_config
    from db.models import ReviewComment

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
        conn.execute(
            text(
                "INSERT INTO review_comment (id, entity_type, entity_id, field, anchor_revision,"
                " kind, text, author, created_at, state, resolved_by, resolution, history,"
                " revision, deleted_by) VALUES ('c1', 'item', 'a', '', 1, 'kommentar', 'Gammel',"
                " 'Kari', '2026-01-01 00:00:00', 'open', '', '', '[]', 1, '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO export_record (id, export_kind, target_type, target_id, profile,"
                " language, file_name, sha256, created_at, created_by) VALUES ('e1', 'handbook',"
                " 'module', 'm', 'participant', 'nb', 'h.pdf', 'x', '2026-01-01 00:00:00', '')"
            )
        )
    engine.dispose()
    lib = open_library(path)
    try:
        with lib.read_sessions() as s:
            row = s.get(ReviewComment, "c1")
            assert (row.text, row.source_key) == ("Gammel", None)
            (rec,) = list_exports(s)
            assert (rec.id, rec.open_blocking_allowed) == ("e1", 0)
            assert list_rounds(s) == []
    finally:
        lib.dispose()
