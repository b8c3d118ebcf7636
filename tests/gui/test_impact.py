"""The impact preview before retiring or deleting an item."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QDialog

from content.commands import CreateItem, RetireItem
from content.curricula.commands import CreateCurriculum
from content.library import get_state
from content.modules.commands import AddBlocks, CreateModule
from gui import impact
from gui.impact import ImpactDialog, confirm_impact
from gui.ops import run_command
from tests.builders import run


@pytest.fixture
def ctx(en_ctx):
    """An English UI on a fresh empty library (overrides the shared fixture on purpose)."""
    return en_ctx


def test_nothing_uses_it_no_dialog(qtbot, ctx, monkeypatch):
    item = run(ctx, CreateItem(values={"kind": "barrier", "title": "Ubrukt"}))
    monkeypatch.setattr(ImpactDialog, "exec", lambda self: pytest.fail("no dialog expected"))
    assert confirm_impact(ctx, None, item, "retire") is True


@pytest.mark.parametrize("answer", [QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])
def test_retire_lists_module_and_curriculum_then_asks(qtbot, ctx, monkeypatch, answer):
    item = run(ctx, CreateItem(values={"kind": "barrier", "title": "Lav kapasitet"}))
    mid = run(ctx, CreateModule(values={"title": "Kommunen som vertskap"}))
    sec = ctx.read(lambda s: get_state(s, "module", mid))["sections"][0]["id"]
    run(ctx, AddBlocks(entity_id=mid, section_id=sec, expected_revision=1,
                       blocks=[{"item_id": item}]))
    run(ctx, CreateCurriculum(values={"title": "Folkevalgtprogrammet",
                                      "sessions": [{"title": "S1", "modules": [mid]}]}))
    seen = {}

    def answer_dialog(dlg):
        seen["titles"] = dlg.listed_titles()
        seen["button"] = dlg.go_button.text()
        seen["title"] = dlg.windowTitle()
        return answer

    monkeypatch.setattr(ImpactDialog, "exec", answer_dialog)
    proceed = confirm_impact(ctx, None, item, "retire")
    assert proceed is (answer == QDialog.DialogCode.Accepted)
    assert seen["titles"] == ["Kommunen som vertskap", "Folkevalgtprogrammet"]
    assert seen["button"] == "Retire anyway"
    assert "Lav kapasitet" in seen["title"]
    if proceed:  # the caller then retires it through the one door
        run_command(ctx, None, RetireItem(entity_id=item))
        qtbot.waitUntil(lambda: ctx.read(lambda s: get_state(s, "item", item))["status"]
                        == "retired", timeout=5000)


def test_dialog_lists_exports_and_defaults_to_cancel(qtbot, ctx):
    from content.library import UseRef

    refs = [UseRef("module", "m1", "Modul A", "section «Del 1»"),
            UseRef("export", "e1", "/tmp/hefte.pdf", "handbook, participant, revision 3")]
    dlg = ImpactDialog("Funn X", "delete", refs)
    qtbot.addWidget(dlg)
    assert dlg.listed_titles() == ["Modul A", "hefte.pdf"]  # full path in the tooltip
    assert dlg.go_button.text() == "Delete anyway"
    assert not dlg.go_button.isDefault()
    assert impact.GROUP_ORDER[0] == "module"


def test_intro_counts_agree_with_their_number(qtbot, ctx):
    from content.library import UseRef
    from gui import i18n

    refs = [UseRef("module", "m1", "Modul A"), UseRef("export", "e1", "/tmp/a.pdf"),
            UseRef("export", "e2", "/tmp/b.pdf")]
    i18n.install("nb")
    dlg = ImpactDialog("Funn X", "retire", refs)
    qtbot.addWidget(dlg)
    # only what uses it is named: no «0 studieplaner», no «og av 0 elementer»
    assert dlg._intro("retire").startswith("Det er brukt i 1 modul og 2 eksporter. ")
    refs = [*refs, UseRef("curriculum", "c1", "Plan"), UseRef("item", "i1", "Tiltak")]
    dlg = ImpactDialog("Funn X", "retire", refs)
    qtbot.addWidget(dlg)
    assert dlg._intro("retire").startswith(
        "Det er brukt i 1 modul, 1 studieplan og 2 eksporter, og av 1 element.")
    dlg = ImpactDialog("Funn X", "delete", [UseRef("item", "i1", "Tiltak")])
    qtbot.addWidget(dlg)
    assert dlg._intro("delete").startswith("Det er brukt av 1 element.")
