"""The comment panel: comment on a selection, highlight, reply, resolve, accept, orphans."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog

from content.library import get_state
from content.review.queries import list_comments

BODY = "Små kommuner har lite kapasitet. Samarbeid over grensene hjelper. Kapasitet koster."


def _idle(qtbot, ctx):
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)


def _body(ctx, item_id):
    return ctx.read(lambda s: get_state(s, "item", item_id))["body"]


def _threads(ctx, item_id):
    return ctx.read(lambda s: list_comments(s, "item", item_id))


@pytest.fixture
def editor(window, ctx, qtbot):
    from content.commands import UpdateItem

    item_id = ctx.ids["barrier"]
    ctx.history.run(UpdateItem(entity_id=item_id, values={"body": BODY}))
    ctx.history.clear()
    panel = window.open_item(item_id)
    qtbot.waitUntil(lambda: panel.loaded and panel.form_panel is not None, timeout=10000)
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: window.comments.target is not None, timeout=10000)
    return panel


def _select(edit, start, end):
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.setFocus()


def _answer_dialog(monkeypatch, text, kind=None, replacement=None):
    from gui.comment_parts import CommentDialog

    def fake_exec(dialog):
        if kind is not None:
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.text.setPlainText(text)
        if replacement is not None:
            dialog.replacement.setPlainText(replacement)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CommentDialog, "exec", fake_exec)


def _comment_on(window, ctx, qtbot, editor, monkeypatch, words, text="Hvor mye?", **kw):
    start = BODY.index(words)
    _select(editor.body_edit, start, start + len(words))
    _answer_dialog(monkeypatch, text, **kw)
    before = len(window.comments.views)
    window.comments.act_suggest.trigger() if kw.get("kind") == "endringsforslag" else \
        window.comments.act_comment.trigger()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: len(window.comments.views) == before + 1, timeout=10000)
    return window.comments.current()


def test_comment_on_selection_is_stored_listed_and_highlighted(
    window, ctx, qtbot, editor, monkeypatch
):
    panel = window.comments
    view = _comment_on(window, ctx, qtbot, editor, monkeypatch, "lite kapasitet")
    (stored,) = _threads(ctx, ctx.ids["barrier"])
    assert (stored.field, stored.exact, stored.text) == ("body", "lite kapasitet", "Hvor mye?")
    assert stored.author == "tester"
    assert view.id == stored.id
    assert panel.threads.topLevelItemCount() == 1
    assert "lite kapasitet" in panel.threads.topLevelItem(0).text(0)
    marks = editor.body_edit.extraSelections()
    assert [(m.cursor.selectionStart(), m.cursor.selectionEnd()) for m in marks] == [
        (BODY.index("lite kapasitet"), BODY.index("lite kapasitet") + len("lite kapasitet"))
    ]
    window.undo()
    _idle(qtbot, ctx)
    assert _threads(ctx, ctx.ids["barrier"]) == []
    qtbot.waitUntil(lambda: panel.threads.topLevelItemCount() == 0, timeout=10000)
    assert editor.body_edit.extraSelections() == []


def test_reply_resolve_reopen_and_filters(window, ctx, qtbot, editor, monkeypatch):
    panel = window.comments
    _comment_on(window, ctx, qtbot, editor, monkeypatch, "Samarbeid")
    panel.reply_edit.setText("Se rapporten fra 2021.")
    panel.reply_button.click()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: panel.current() is not None and len(panel.current().thread) == 1,
                    timeout=10000)
    assert panel.current().thread[0].text == "Se rapporten fra 2021."
    assert panel.threads.topLevelItem(0).childCount() == 1
    assert panel.resolve_button.text() == "Løs"
    panel.resolve_button.click()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: _threads(ctx, ctx.ids["barrier"])[0].state == "resolved")
    qtbot.waitUntil(lambda: panel.threads.topLevelItemCount() == 0, timeout=10000)  # open only
    panel.state_filter.setCurrentIndex(panel.state_filter.findData("all"))
    assert panel.threads.topLevelItemCount() == 1
    panel.threads.setCurrentItem(panel.threads.topLevelItem(0))
    assert panel.resolve_button.text() == "Gjenåpne"
    panel.resolve_button.click()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: _threads(ctx, ctx.ids["barrier"])[0].state == "open")
    panel.blocking_filter.setChecked(True)
    assert panel.threads.topLevelItemCount() == 0
    panel.blocking_filter.setChecked(False)
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("kommentar"))
    assert panel.threads.topLevelItemCount() == 1


def test_accept_suggestion_changes_the_field_and_undo_restores_it(
    window, ctx, qtbot, editor, monkeypatch
):
    panel = window.comments
    view = _comment_on(window, ctx, qtbot, editor, monkeypatch, "lite kapasitet", text="",
                       kind="endringsforslag", replacement="for få ansatte")
    assert view.replacement == "for få ansatte"
    assert panel.accept_button.isEnabled()
    panel.accept_button.click()
    _idle(qtbot, ctx)
    expected = BODY.replace("lite kapasitet", "for få ansatte")
    qtbot.waitUntil(lambda: _body(ctx, ctx.ids["barrier"]) == expected, timeout=10000)
    qtbot.waitUntil(lambda: editor.body_edit.toPlainText() == expected, timeout=10000)
    assert _threads(ctx, ctx.ids["barrier"])[0].resolution == "accepted"
    window.undo()
    _idle(qtbot, ctx)
    assert _body(ctx, ctx.ids["barrier"]) == BODY
    assert _threads(ctx, ctx.ids["barrier"])[0].state == "open"
    qtbot.waitUntil(lambda: editor.body_edit.toPlainText() == BODY, timeout=10000)


def test_reject_suggestion_keeps_the_text(window, ctx, qtbot, editor, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    panel = window.comments
    _comment_on(window, ctx, qtbot, editor, monkeypatch, "hjelper", text="",
                kind="endringsforslag", replacement="virker")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Står seg", True))
    panel.reject_button.click()
    _idle(qtbot, ctx)
    assert _threads(ctx, ctx.ids["barrier"])[0].resolution == "rejected: Står seg"
    assert _body(ctx, ctx.ids["barrier"]) == BODY


def test_deleted_quote_moves_the_thread_to_uten_plassering_and_reattach(
    window, ctx, qtbot, editor, monkeypatch
):
    panel = window.comments
    _comment_on(window, ctx, qtbot, editor, monkeypatch, "Samarbeid over grensene")
    new_body = BODY.replace("Samarbeid over grensene hjelper. ", "")
    editor.body_edit.setPlainText(new_body)
    editor.save_now()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: panel.orphans.topLevelItemCount() == 1, timeout=10000)
    assert panel.threads.topLevelItemCount() == 0
    assert "Samarbeid over grensene" in panel.orphans.topLevelItem(0).text(0)
    assert panel.orphans_head.text().startswith("Uten plassering")
    assert panel.orphans.isVisible()
    assert editor.body_edit.extraSelections() == []
    panel.orphans.setCurrentItem(panel.orphans.topLevelItem(0))
    start = new_body.index("Kapasitet koster")
    _select(editor.body_edit, start, start + len("Kapasitet koster"))
    panel.reattach_button.click()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: panel.threads.topLevelItemCount() == 1, timeout=10000)
    assert panel.orphans.topLevelItemCount() == 0
    assert not panel.orphans_head.isVisible()  # no empty box without a place
    (stored,) = _threads(ctx, ctx.ids["barrier"])
    assert (stored.status, stored.exact) == ("anchored", "Kapasitet koster")


def test_jump_selects_the_anchor_in_the_editor(window, ctx, qtbot, editor, monkeypatch):
    panel = window.comments
    _comment_on(window, ctx, qtbot, editor, monkeypatch, "grensene")
    _select(editor.body_edit, 0, 0)
    panel.threads.setCurrentItem(panel.threads.topLevelItem(0))
    panel.jump_button.click()
    assert editor.body_edit.textCursor().selectedText() == "grensene"


def test_no_selection_says_what_to_do(window, ctx, qtbot, editor):
    panel = window.comments
    _select(editor.body_edit, 0, 0)
    panel.act_comment.trigger()
    assert "Merk" in panel.notice.text()
    assert _threads(ctx, ctx.ids["barrier"]) == []


def test_an_empty_thread_list_says_why(window, ctx, qtbot, editor, monkeypatch):
    """An empty list next to «Åpne» looked broken once every thread was resolved."""
    panel = window.comments
    qtbot.waitUntil(lambda: "Ingen kommentarer ennå." in panel.details.toPlainText(),
                    timeout=5000)
    _comment_on(window, ctx, qtbot, editor, monkeypatch, "grensene")
    assert "Ingen kommentarer" not in panel.details.toPlainText()
    panel.resolve_button.click()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: panel.threads.topLevelItemCount() == 0, timeout=10000)
    window.tabs.setCurrentIndex(0)  # away to the library and back: nothing selected
    window.tabs.setCurrentWidget(editor)
    qtbot.waitUntil(lambda: "Ingen kommentarer passer til filtrene."
                    in panel.details.toPlainText(), timeout=10000)


def test_screenshot_of_the_panel(window, ctx, qtbot, editor, monkeypatch):
    """Save docs/screenshots/review-panel.png when KURSVERK_SCREENSHOTS is set."""
    panel = window.comments
    _comment_on(window, ctx, qtbot, editor, monkeypatch, "lite kapasitet",
                text="Hvor mange årsverk snakker vi om?", kind="sporsmal")
    panel.reply_edit.setText("Rundt ett halvt årsverk i snitt.")
    panel.reply_button.click()
    _idle(qtbot, ctx)
    _comment_on(window, ctx, qtbot, editor, monkeypatch, "hjelper", text="Mer presist.",
                kind="endringsforslag", replacement="gir bedre tjenester")
    _comment_on(window, ctx, qtbot, editor, monkeypatch, "Kapasitet koster",
                text="Kilde mangler.", kind="ma-rettes")
    panel.threads.setCurrentItem(panel.threads.topLevelItem(0))
    qtbot.waitUntil(lambda: panel.threads.topLevelItem(0).childCount() == 1, timeout=10000)
    assert panel.threads.topLevelItemCount() == 3
    target = os.environ.get("KURSVERK_SCREENSHOTS")
    if target:
        from PySide6.QtCore import Qt

        window.resize(1400, 780)
        window.resizeDocks([panel.parentWidget()], [340], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: window.navigator.topLevelItemCount() > 0, timeout=10000)
        _select(editor.body_edit, 0, 0)
        qtbot.wait(200)
        Path(target).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(target) / "review-panel.png"))


def test_library_list_counts_open_threads(window, ctx, qtbot, editor, monkeypatch):
    model = window.library.model
    _comment_on(window, ctx, qtbot, editor, monkeypatch, "lite kapasitet", kind="ma-rettes")
    _comment_on(window, ctx, qtbot, editor, monkeypatch, "hjelper")
    row = model.row_of(ctx.ids["barrier"])
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Kommentarer"
    qtbot.waitUntil(lambda: model.index(row, 4).data() == "2 (1 må rettes)", timeout=10000)
    other = model.row_of(ctx.ids["measure"])
    assert model.index(other, 4).data() == ""


def test_comment_on_a_module_text_block(window, ctx, qtbot, monkeypatch):
    from content.modules.commands import CreateModule

    text = "Del erfaringer fra egen kommune i grupper på tre."
    cmd = CreateModule(values={"title": "Vertskap", "code": "V1", "sections": [
        {"title": "Del 1", "blocks": [{"block_type": "text", "text": text}]}]})
    ctx.history.run(cmd)
    state = ctx.read(lambda s: get_state(s, "module", cmd.entity_id))
    block_id = state["sections"][0]["blocks"][0]["id"]
    composer = window.open_entity("module", cmd.entity_id)
    _idle(qtbot, ctx)
    composer.select(block_id)
    qtbot.waitUntil(lambda: composer.options.text.toPlainText() == text, timeout=10000)
    panel = window.comments
    qtbot.waitUntil(lambda: panel.target is not None
                    and f"block:{block_id}" in panel.target.editors, timeout=10000)
    start = text.index("grupper på tre")
    _select(composer.options.text, start, start + len("grupper på tre"))
    _answer_dialog(monkeypatch, "To er nok.")
    panel.act_comment.trigger()
    _idle(qtbot, ctx)
    stored = ctx.read(lambda s: list_comments(s, "module", cmd.entity_id))
    assert [(c.field, c.exact, c.text) for c in stored] == [
        (f"block:{block_id}", "grupper på tre", "To er nok.")
    ]
    qtbot.waitUntil(lambda: len(composer.options.text.extraSelections()) == 1, timeout=10000)


def test_keyboard_path_f7_then_enter_jumps_to_the_text(window, ctx, qtbot, editor, monkeypatch):
    panel = window.comments
    _comment_on(window, ctx, qtbot, editor, monkeypatch, "grensene")
    _select(editor.body_edit, 0, 0)
    panel.act_focus.trigger()
    assert panel.threads.hasFocus() or window.focusWidget() is panel.threads
    qtbot.keyClick(panel.threads, Qt.Key.Key_Return)
    assert editor.body_edit.textCursor().selectedText() == "grensene"


def test_anchored_words_are_marked_in_the_preview_too(window, ctx, qtbot, editor, monkeypatch):
    from content.commands import UpdateItem

    body = "Små kommuner har **lite kapasitet** i dag.\n\nSamarbeid hjelper."
    state = ctx.read(lambda s: get_state(s, "item", ctx.ids["barrier"]))
    ctx.history.run(UpdateItem(entity_id=ctx.ids["barrier"], expected_revision=state["revision"],
                               values={"body": body}))
    editor.reload()
    qtbot.waitUntil(lambda: editor.body_edit.toPlainText() == body, timeout=10000)
    start, end = body.index("**lite"), body.index(" i dag")
    _select(editor.body_edit, start, end)
    _answer_dialog(monkeypatch, "Hvor lite?")
    window.comments.act_comment.trigger()
    _idle(qtbot, ctx)

    def marked():
        return [m.cursor.selectedText() for m in editor.preview.extraSelections()]

    qtbot.waitUntil(lambda: marked() == ["lite kapasitet"], timeout=10000)
    editor.preview.setHtml(editor.preview.toHtml())  # a new rendering keeps the mark
    qtbot.waitUntil(lambda: marked() == ["lite kapasitet"], timeout=10000)


def test_edit_and_delete_own_reply(window, ctx, qtbot, editor, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    panel = window.comments
    _comment_on(window, ctx, qtbot, editor, monkeypatch, "Samarbeid")
    panel.reply_edit.setText("Første svar")
    panel.reply_button.click()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: panel.threads.topLevelItemCount() == 1
                    and panel.threads.topLevelItem(0).childCount() == 1, timeout=10000)
    panel.threads.setCurrentItem(panel.threads.topLevelItem(0).child(0))
    assert panel.chosen().text == "Første svar"
    assert panel.edit_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Rettet svar", True))
    panel.edit_button.click()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: _threads(ctx, ctx.ids["barrier"])[0].thread[0].text == "Rettet svar",
                    timeout=10000)
    qtbot.waitUntil(lambda: "Rettet svar" in panel.threads.topLevelItem(0).child(0).text(0),
                    timeout=10000)
    panel.threads.setCurrentItem(panel.threads.topLevelItem(0).child(0))
    panel.delete_button.click()
    _idle(qtbot, ctx)
    reply = _threads(ctx, ctx.ids["barrier"])[0].thread[0]
    assert (reply.deleted, reply.text) == (True, "")
    qtbot.waitUntil(lambda: "(slettet)" in panel.threads.topLevelItem(0).child(0).text(0),
                    timeout=10000)
    window.undo()
    _idle(qtbot, ctx)
    assert _threads(ctx, ctx.ids["barrier"])[0].thread[0].text == "Rettet svar"


def test_comment_on_unsaved_text_saves_it_first(window, ctx, qtbot, editor, monkeypatch):
    panel = window.comments
    new_body = "Nytt avsnitt først. " + BODY
    editor.body_edit.setPlainText(new_body)
    assert editor.is_dirty()
    _select(editor.body_edit, 0, len("Nytt avsnitt"))
    _answer_dialog(monkeypatch, "Hvorfor nytt?")
    panel.act_comment.trigger()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: len(_threads(ctx, ctx.ids["barrier"])) == 1, timeout=10000)
    assert _body(ctx, ctx.ids["barrier"]) == new_body
    (stored,) = _threads(ctx, ctx.ids["barrier"])
    assert (stored.exact, stored.start) == ("Nytt avsnitt", 0)
