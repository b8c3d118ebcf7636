"""Every window is usable on a 1366×768 laptop screen (screenshots taken offscreen).

At that size, in the app's own theme (its 10 pt font and padding, as users see it), the main
window with each editor open shows every toolbar button whole (none pushed into the toolbar's
overflow menu, in bokmål or nynorsk), the title editors are wide enough for a long title, and no
widget's minimum size forces the window, or a dialog, past the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QToolBar, QWidget

SCREEN = (1366, 768)


def _hidden_tools(window: QWidget) -> list[str]:
    """Texts of toolbar actions that are not shown whole in their toolbar."""
    hidden = []
    for bar in window.findChildren(QToolBar):
        if not bar.isVisible():
            continue
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if action.isSeparator() or not action.isVisible() or button is None:
                continue
            inside = bar.rect().contains(button.geometry())
            if not (button.isVisible() and inside):
                hidden.append(action.text())
    return hidden


def _fits_screen(widget: QWidget) -> bool:
    hint = widget.minimumSizeHint()
    return hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1]


def _title_fits(edit: QLineEdit) -> bool:
    """The whole text shows: its width plus the frame's padding fits in the editor."""
    needed = edit.fontMetrics().horizontalAdvance(edit.text()) + 12
    return edit.width() >= needed


def test_main_window_with_each_editor_at_1366x768(themed, window, ctx, entities, qtbot, tmp_path):
    window.resize(*SCREEN)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == SCREEN, timeout=5000)
    assert _fits_screen(window)
    assert _hidden_tools(window) == []
    for etype, eid, title in entities:
        panel = window.open_entity(etype, eid)
        # the item form is built when the item has loaded
        qtbot.waitUntil(lambda p=panel, t=title: hasattr(p, "title_edit")
                        and p.title_edit.text() == t, timeout=10000)
        qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)
        qtbot.wait(50)  # let the layouts settle
        shot = window.grab()
        assert shot.save(str(tmp_path / f"{etype}-1366x768.png"))
        assert (shot.width(), shot.height()) == SCREEN, etype
        assert _fits_screen(window), (etype, window.minimumSizeHint())
        assert (window.width(), window.height()) == SCREEN, etype
        assert _hidden_tools(window) == [], etype
        assert _title_fits(panel.title_edit), (etype, panel.title_edit.width())
    _each_editor_in_nynorsk(window, ctx, qtbot)


def _each_editor_in_nynorsk(window, ctx, qtbot):
    """Nynorsk's words are longer in places («Legg til trenarnotat»): the toolbars still fit."""
    from gui import i18n

    i18n.install("nn")
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)
            qtbot.wait(50)
            assert _hidden_tools(window) == [], window.tabs.tabText(index)
    finally:
        i18n.install("nb")
        qtbot.wait(50)


def test_every_dialog_fits_the_screen(themed, dialogs, tmp_path):
    for name, dialog in dialogs.items():
        assert _fits_screen(dialog), (name, dialog.minimumSizeHint())
        assert dialog.width() <= SCREEN[0], name
        assert dialog.height() <= SCREEN[1], name
        assert _hidden_tools(dialog) == [], name
        assert dialog.grab().save(str(tmp_path / f"{name}.png"))


def test_on_first_start_the_docks_have_room_for_their_text(themed, window, ctx, qtbot):
    """Qt's layout squeezed the right-hand docks to ~120 px: titles and tabs cut to «Kom…»."""
    from PySide6.QtWidgets import QTabBar

    window.resize(*SCREEN)
    qtbot.waitUntil(lambda: window.width() == SCREEN[0], timeout=5000)
    assert window.comments.dock.width() >= 260
    assert window.nav_dock.width() >= 180
    assert window.tabs.width() >= SCREEN[0] // 2
    for bar in (b for b in window.findChildren(QTabBar) if b.parent() is window):
        for i in range(bar.count()):
            needed = bar.fontMetrics().horizontalAdvance(bar.tabText(i))
            assert bar.tabRect(i).width() > needed, bar.tabText(i)


def _open_at_1366(window, ctx, qtbot, etype, eid):
    window.resize(*SCREEN)
    qtbot.waitUntil(lambda: window.width() == SCREEN[0], timeout=5000)
    panel = window.open_entity(etype, eid)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)
    qtbot.wait(50)  # let the layouts settle
    return panel


def test_outline_titles_get_the_room_of_empty_columns(themed, window, ctx, qtbot):
    """At 1366 px the empty «Status» and «Kommentarer» columns cut the block titles to a word."""
    from content.changes import Changes
    from content.review.commands import AddComment
    from tests.builders import new_item, new_module

    titles = ["Å legge til rette for næringsutvikling er ikke en lovpålagt oppgave",
              "Kunnskapsgrunnlag for kåringen av Årets vertskapskommune"]
    blocks = [{"item_id": new_item(ctx, "finding", t), "display": "summary"} for t in titles]
    mid = new_module(ctx, "Kommunen som vertskap", sections=[
        {"title": "Hvorfor næringsutvikling angår kommunen", "blocks": blocks}])
    panel = _open_at_1366(window, ctx, qtbot, "module", mid)
    tree, model = panel.tree, panel.model
    assert tree.isColumnHidden(4)  # no block has a status to show
    assert tree.isColumnHidden(model.COUNT_COLUMN)  # and no block has comments
    assert tree.columnWidth(0) >= 240, tree.columnWidth(0)
    assert not tree.isColumnHidden(3)  # the minutes stay, even at 0
    # a comment on an item brings its column back
    ctx.history.run(AddComment(target_type="item", target_id=blocks[0]["item_id"],
                               text="Kilde?", author="tester"))
    ctx.operation_did_execute.emit(Changes(annotations=True), None)
    qtbot.waitUntil(lambda: not tree.isColumnHidden(model.COUNT_COLUMN), timeout=10000)
    assert tree.isColumnHidden(4)


def test_the_trainer_only_box_shows_its_whole_text(themed, window, ctx, qtbot):
    """«Bare for trener (utelates fra delta…» was cut in the block options at 1366 px."""
    from tests.builders import new_module

    mid = new_module(ctx, "Kommunen som vertskap", sections=[
        {"title": "Del 1", "blocks": [{"block_type": "text", "title": "Innledning",
                                       "text": "Kommunen har ingen lovplikt."}]}])
    panel = _open_at_1366(window, ctx, qtbot, "module", mid)
    panel.tree.expandAll()
    panel.tree.setCurrentIndex(panel.model.index(0, 0, panel.model.index(0, 0)))
    qtbot.waitUntil(panel.options.trainer_only.isVisible, timeout=5000)
    qtbot.wait(50)
    box, hint = panel.options.trainer_only, panel.options.trainer_hint
    assert box.width() >= box.sizeHint().width(), (box.text(), box.width())
    assert hint.isVisible()
    assert hint.wordWrap()
    assert hint.text() == "Utelates fra deltakerhåndboken og lysbildene."
    assert hint.height() >= hint.heightForWidth(hint.width())


def test_curriculum_module_names_are_readable(themed, window, ctx, qtbot):
    """The session tree cut its first column to «Sa»: the modules in a session had no name."""
    from tests.builders import new_curriculum, new_module

    mid = new_module(ctx, "Tiltak for samhandling: anbefalingene fra NIBR", code="NV-02")
    cid = new_curriculum(ctx, "Næringsmodul i Folkevalgtprogrammet", sessions=[
        {"title": "Samling 1: Kommunen som vertskap", "date": "2027-02-11",
         "start_time": "09:00", "modules": [mid]}])
    panel = _open_at_1366(window, ctx, qtbot, "curriculum", cid)
    assert panel.tree.isColumnHidden(panel.model.COUNT_COLUMN)
    assert panel.tree.columnWidth(0) >= 190, panel.tree.columnWidth(0)


def test_the_version_choice_of_an_item_block_reads_whole(themed, window, ctx, qtbot):
    """«Levende (alltid nyeste revisjon)» was cut at «Levende (alltid nyest» at 1366 px."""
    from tests.builders import new_item, new_module

    item = new_item(ctx, "finding", "Tidlig dialog")
    mid = new_module(ctx, "Kommunen som vertskap", sections=[
        {"title": "Del 1", "blocks": [{"item_id": item, "display": "full"}]}])
    panel = _open_at_1366(window, ctx, qtbot, "module", mid)
    panel.tree.expandAll()
    panel.tree.setCurrentIndex(panel.model.index(0, 0, panel.model.index(0, 0)))
    combo = panel.options.version
    qtbot.waitUntil(combo.isVisible, timeout=5000)
    qtbot.wait(50)
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["Levende (nyeste revisjon)", "Festet til revisjon 1"]
    room = combo.width() - 40  # the arrow and the frame
    assert all(combo.fontMetrics().horizontalAdvance(t) <= room for t in texts), [
        (combo.width(), combo.fontMetrics().horizontalAdvance(t)) for t in texts]


def test_the_navigator_cannot_be_squeezed_past_its_words(window, qtbot):
    """A saved layout left the navigator at ~70 px: «Samarbeidsmodell (4)» cut to «Sam…»."""
    from PySide6.QtCore import Qt

    window.resizeDocks([window.nav_dock], [60], Qt.Orientation.Horizontal)
    qtbot.wait(20)
    assert window.navigator.width() >= 200
    widest = max(window.navigator.visualItemRect(item).left()
                 + window.navigator.fontMetrics().horizontalAdvance(item.text(0))
                 for item in _tree_items(window.navigator))
    assert widest <= window.navigator.viewport().width(), "a kind and its count are cut"
    restored = window.saveState()
    window.restoreState(restored)
    qtbot.wait(20)
    assert window.navigator.width() >= 200


def _tree_items(tree):
    """Every item of a tree widget, expanded ones' children included."""
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        yield item
        if item.isExpanded():
            stack.extend(item.child(i) for i in range(item.childCount()))
