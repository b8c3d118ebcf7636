"""The «Gjennomgangsrunder» dialog: list, start, close (with an override), save the report."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from content.commands import CreateItem
from content.library import get_state
from content.modules.commands import CreateModule
from content.review.commands import AddComment
from content.review.rounds import CreateRound, list_rounds
from gui.review_rounds import NewRoundDialog, ReviewRoundsDialog


def run(ctx, cmd):
    ctx.history.run(cmd)
    return cmd.entity_id


def module_with_item(ctx):
    item = run(ctx, CreateItem(values={"kind": "finding", "title": "Tidlig dialog",
                                       "body": "Kommunene som møter bedriftene tidlig."}))
    mid = run(ctx, CreateModule(values={
        "title": "Vertskapskommunen", "code": "VK-9",
        "sections": [{"title": "Del 1", "blocks": [{"item_id": item}]}]}))
    return mid, item


def test_start_close_with_override_and_save_the_report(qtbot, en_ctx, tmp_path, monkeypatch):
    ctx = en_ctx
    mid, item = module_with_item(ctx)
    dlg = ReviewRoundsDialog(ctx, "module", mid)
    qtbot.addWidget(dlg)
    assert dlg.view.topLevelItemCount() == 0
    assert dlg.new_button.isEnabled()
    assert not dlg.close_button.isEnabled()

    def fill(form: NewRoundDialog) -> int:
        form.name.setText("Første runde")
        form.reviewers.setPlainText("Kari\n\nOla Sámi\n")
        form.has_due.setChecked(True)
        form.due_date.setDate(QDate(2026, 12, 20))
        form.instructions.setPlainText("Se på tallene.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewRoundDialog, "exec", fill)
    dlg.new_round()
    qtbot.waitUntil(lambda: dlg.view.topLevelItemCount() == 1, timeout=10000)
    row = dlg.view.topLevelItem(0)
    assert [row.text(i) for i in range(7)] == [
        "Første runde", "Vertskapskommunen", "open", "20 Dec 2026", "0", "0",
        "Kari (invited), Ola Sámi (invited)",
    ]
    run(ctx, AddComment(target_type="item", target_id=item, kind="ma-rettes", text="Feil",
                        author="Kari"))
    dlg.refresh()
    assert dlg.view.topLevelItem(0).text(6) == "Kari (started), Ola Sámi (invited)"
    assert dlg.view.topLevelItem(0).text(5) == "1"
    dlg.show()
    dlg.grab().save(str(tmp_path / "rounds.png"))

    asked: list[str] = []
    monkeypatch.setattr(dlg, "ask", lambda q: asked.append(q) or False)
    dlg.close_round()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "Feil (Kari)" in asked[0]
    assert ctx.read(list_rounds)[0].state == "open"

    monkeypatch.setattr(dlg, "ask", lambda q: True)
    dlg.close_round()
    qtbot.waitUntil(lambda: ctx.read(list_rounds)[0].state == "closed",
                    timeout=10000)
    closed = ctx.read(list_rounds)[0]
    assert (closed.close_override, closed.closed_by) == (1, "tester")
    qtbot.waitUntil(lambda: dlg.view.topLevelItem(0).text(2) == "closed", timeout=10000)
    assert not dlg.close_button.isEnabled()

    target = tmp_path / "report.pdf"
    dlg.save_report(str(target))
    qtbot.waitUntil(lambda: "Saved the report" in dlg.status.text(), timeout=30000)
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Første runde" in text
    assert "Feil" in text
    assert ctx.read(lambda s: get_state(s, "module", mid))["title"] == "Vertskapskommunen"


def test_a_new_round_needs_a_module_or_curriculum(qtbot, en_ctx):
    dlg = ReviewRoundsDialog(en_ctx)
    qtbot.addWidget(dlg)
    assert not dlg.new_button.isEnabled()
    assert "Open a module or a curriculum first" in dlg.new_button.toolTip()
    assert dlg.scope.text() == "All review rounds in the library."


def test_file_menu_opens_the_review_rounds(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(ReviewRoundsDialog, "exec",
                        lambda self: opened.append((self.target_type, self.windowTitle())))
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Gjennomgangsrunder …" in texts
    window.act_review_rounds.trigger()
    assert opened == [("", "Gjennomgangsrunder")]


def test_the_due_date_is_written_as_in_every_other_list(qtbot, ctx):
    """The due date showed as «2027-01-04» in the Norwegian list; lists say «04.01.2027»."""
    from datetime import date

    mid, _item = module_with_item(ctx)
    run(ctx, CreateRound(target_type="module", target_id=mid, name="Runde 1",
                         reviewers=["Per"], due_date=date(2027, 1, 4)))
    dlg = ReviewRoundsDialog(ctx, "module", mid)
    qtbot.addWidget(dlg)
    assert dlg.view.topLevelItem(0).text(3) == "04.01.2027"
