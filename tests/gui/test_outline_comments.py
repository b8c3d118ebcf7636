"""Comment counts in the module and curriculum outlines; comments on a curriculum description."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from content.library import get_state
from content.review.commands import AddComment
from content.review.queries import list_comments
from tests.builders import new_curriculum, new_module
from tests.gui.test_comment_panel import _answer_dialog, _idle, _select

TEXT = "Del erfaringer fra egen kommune i grupper på tre."
DESCRIPTION = "Et program for folkevalgte som vil styrke næringsarbeidet i egen kommune."


def _module(ctx):
    module_id = new_module(ctx, "Vertskap", code="V1", sections=[{"title": "Del 1", "blocks": [
        {"block_type": "text", "text": TEXT},
        {"block_type": "item", "item_id": ctx.ids["barrier"]},
    ]}])
    blocks = ctx.read(lambda s: get_state(s, "module", module_id))["sections"][0]["blocks"]
    return module_id, blocks[0]["id"]


def _cell(model, entity_id, role=Qt.ItemDataRole.DisplayRole):
    idx = model.index_of(entity_id)
    return model.index(idx.row(), model.COUNT_COLUMN, idx.parent()).data(role)


def test_module_outline_counts_open_comments_and_drops_them_when_resolved(
    window, ctx, qtbot, monkeypatch
):
    module_id, block_id = _module(ctx)
    ctx.history.run(AddComment(target_type="item", target_id=ctx.ids["barrier"], field="",
                               text="Trenger kilde.", author="tester"))
    composer = window.open_entity("module", module_id)
    _idle(qtbot, ctx)
    model = composer.model
    item_block = model.sections[0]["blocks"][1]["id"]
    assert model.headerData(model.COUNT_COLUMN, Qt.Orientation.Horizontal) == "Kommentarer"
    qtbot.waitUntil(lambda: _cell(model, item_block) == "1", timeout=10000)
    assert _cell(model, block_id) == ""

    composer.select(block_id)
    panel = window.comments
    qtbot.waitUntil(lambda: panel.target is not None
                    and f"block:{block_id}" in panel.target.editors, timeout=10000)
    start = TEXT.index("grupper på tre")
    _select(composer.options.text, start, start + len("grupper på tre"))
    _answer_dialog(monkeypatch, "To er nok.", kind="ma-rettes")
    panel.act_comment.trigger()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: _cell(model, block_id) == "1 (1 må rettes)", timeout=10000)
    assert _cell(model, block_id, Qt.ItemDataRole.ToolTipRole) == \
        "1 åpne kommentartråder, 1 blokkerende"
    assert _cell(model, item_block) == "1"  # the item's own comment, not the block's
    section = model.sections[0]["id"]
    assert _cell(model, section) == "2 (1 må rettes)"  # a section sums its blocks

    target = os.environ.get("KURSVERK_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(target) / "outline-comment-counts.png"))

    qtbot.waitUntil(lambda: panel.current() is not None, timeout=10000)
    panel.resolve_or_reopen_current()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: _cell(model, block_id) == "", timeout=10000)
    assert _cell(model, section) == "1"
    window.undo()  # the resolve is one step of the undo history: the count is back
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: _cell(model, block_id) == "1 (1 må rettes)", timeout=10000)


def test_comment_on_a_curriculum_description_is_anchored_to_it(
    window, ctx, qtbot, monkeypatch
):
    module_id, _block = _module(ctx)
    curriculum_id = new_curriculum(ctx, "Folkevalgtprogrammet", description=DESCRIPTION,
                                   sessions=[{"title": "Samling 1", "modules": [module_id]}])
    ctx.history.run(AddComment(target_type="module", target_id=module_id, field="",
                               text="Mangler mål.", kind="ma-rettes", author="tester"))
    editor = window.open_entity("curriculum", curriculum_id)
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: editor.description_edit.toPlainText() == DESCRIPTION,
                    timeout=10000)
    entry = editor.model.sessions[0]["modules"][0]["id"]
    qtbot.waitUntil(lambda: _cell(editor.model, entry) == "1 (1 må rettes)", timeout=10000)
    assert _cell(editor.model, editor.model.sessions[0]["id"]) == "1 (1 må rettes)"

    panel = window.comments
    qtbot.waitUntil(lambda: panel.target is not None
                    and panel.target.entity_type == "curriculum", timeout=10000)
    words = "styrke næringsarbeidet"
    start = DESCRIPTION.index(words)
    _select(editor.description_edit, start, start + len(words))
    _answer_dialog(monkeypatch, "Hva betyr det konkret?")
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(editor.description_edit, Qt.Key.Key_M, ctrl_alt)  # «Kommenter»
    _idle(qtbot, ctx)
    stored = ctx.read(lambda s: list_comments(s, "curriculum", curriculum_id))
    assert [(c.field, c.exact, c.text, c.status) for c in stored] == [
        ("description", words, "Hva betyr det konkret?", "anchored")
    ]
    qtbot.waitUntil(lambda: len(editor.description_edit.extraSelections()) == 1,
                    timeout=10000)
    target = os.environ.get("KURSVERK_SCREENSHOTS")
    if target:
        window.grab().save(str(Path(target) / "curriculum-description-comment.png"))


def test_typed_curriculum_description_is_saved_before_the_comment(
    window, ctx, qtbot, monkeypatch
):
    curriculum_id = new_curriculum(ctx, "Folkevalgtprogrammet")
    editor = window.open_entity("curriculum", curriculum_id)
    _idle(qtbot, ctx)
    panel = window.comments
    qtbot.waitUntil(lambda: panel.target is not None
                    and panel.target.entity_type == "curriculum", timeout=10000)
    editor.description_edit.setFocus()
    qtbot.keyClicks(editor.description_edit, DESCRIPTION)
    start = DESCRIPTION.index("folkevalgte")
    _select(editor.description_edit, start, start + len("folkevalgte"))
    _answer_dialog(monkeypatch, "Også administrasjonen?")
    panel.act_comment.trigger()
    _idle(qtbot, ctx)
    state = ctx.read(lambda s: get_state(s, "curriculum", curriculum_id))
    assert state["description"] == DESCRIPTION
    stored = ctx.read(lambda s: list_comments(s, "curriculum", curriculum_id))
    assert [(c.field, c.exact) for c in stored] == [("description", "folkevalgte")]


def test_accepted_suggestion_on_a_curriculum_description_shows_in_the_editor(
    window, ctx, qtbot, monkeypatch
):
    curriculum_id = new_curriculum(ctx, "Folkevalgtprogrammet", description=DESCRIPTION)
    editor = window.open_entity("curriculum", curriculum_id)
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: editor.description_edit.toPlainText() == DESCRIPTION,
                    timeout=10000)
    panel = window.comments
    qtbot.waitUntil(lambda: panel.target is not None
                    and panel.target.entity_type == "curriculum", timeout=10000)
    start = DESCRIPTION.index("folkevalgte")
    _select(editor.description_edit, start, start + len("folkevalgte"))
    _answer_dialog(monkeypatch, "", kind="endringsforslag", replacement="lokalpolitikere")
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(editor.description_edit, Qt.Key.Key_E, ctrl_alt)  # «Foreslå endring»
    _idle(qtbot, ctx)
    qtbot.waitUntil(panel.accept_button.isEnabled, timeout=10000)
    panel.accept_button.click()
    _idle(qtbot, ctx)
    expected = DESCRIPTION.replace("folkevalgte", "lokalpolitikere")
    qtbot.waitUntil(lambda: editor.description_edit.toPlainText() == expected, timeout=10000)
    window.undo()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: editor.description_edit.toPlainText() == DESCRIPTION,
                    timeout=10000)
    state = ctx.read(lambda s: get_state(s, "curriculum", curriculum_id))
    assert state["description"] == DESCRIPTION
