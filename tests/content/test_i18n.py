"""Content messages exist in bokmål; every message id the code uses is in the catalog."""

from __future__ import annotations

import ast
import string
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from content import i18n
from content.commands import CreateItem
from content.errors import ValidationError

if TYPE_CHECKING:
    from content.undo import UndoHistory

CONTENT = Path(__file__).resolve().parents[2] / "content"


def _message_ids() -> set[str]:
    ids = set()
    for path in CONTENT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                ids.add(node.args[0].value)
    return ids


def test_every_message_id_has_a_bokmal_text() -> None:
    ids = _message_ids()
    assert len(ids) > 30
    assert sorted(ids - i18n.NB.keys()) == []


def test_translations_keep_their_fields() -> None:
    fields = string.Formatter()
    for msgid, text in i18n.NB.items():
        assert {f for _, f, _, _ in fields.parse(msgid) if f} == {
            f for _, f, _, _ in fields.parse(text) if f}, msgid


@pytest.fixture
def bokmal() -> object:
    i18n.set_language("nb")
    yield
    i18n.set_language("en")


def test_validation_messages_in_bokmal(hist: UndoHistory, bokmal: object) -> None:
    with pytest.raises(ValidationError) as err:
        hist.run(CreateItem(values={"kind": "indicator", "title": ""}))
    assert ("title", "må fylles ut") in err.value.problems
    assert ("fields.unit", "må fylles ut") in err.value.problems


def test_every_message_has_a_nynorsk_text_with_the_same_fields() -> None:
    fields = string.Formatter()
    assert sorted(_message_ids() - i18n.NN.keys()) == []
    assert i18n.NN.keys() == i18n.NB.keys()
    for msgid, text in i18n.NN.items():
        assert {f for _, f, _, _ in fields.parse(msgid) if f} == {
            f for _, f, _, _ in fields.parse(text) if f}, msgid
    same = [k for k, v in i18n.NN.items() if v == i18n.NB[k]]  # words alike in both
    assert len(same) < len(i18n.NN) / 4, same  # a copied bokmål catalogue would fail


def test_validation_messages_in_nynorsk(hist: UndoHistory) -> None:
    i18n.set_language("nn")
    try:
        with pytest.raises(ValidationError) as err:
            hist.run(CreateItem(values={"kind": "indicator", "title": ""}))
    finally:
        i18n.set_language("en")
    assert ("title", "må fyllast ut") in err.value.problems


def test_a_deleted_entity_is_named_in_the_language(hist: UndoHistory) -> None:
    from content.commands import DeleteItem, UpdateItem

    create = CreateItem(values={"kind": "finding", "title": "Borte"})
    hist.run(create)
    hist.run(DeleteItem(entity_id=create.entity_id, expected_revision=1))
    for lang, text in (("nb", "elementet er slettet; gjenopprett først"),
                       ("nn", "elementet er sletta; gjenopprett først"),
                       ("en", "the item is deleted; restore it first")):
        i18n.set_language(lang)
        try:
            with pytest.raises(ValidationError) as err:
                hist.run(UpdateItem(entity_id=create.entity_id, values={"title": "Ny"},
                                    expected_revision=2))
        finally:
            i18n.set_language("en")
        assert ("deleted", text) in err.value.problems
