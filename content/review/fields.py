"""Which text fields a review comment may be anchored to, and how to read and edit them.

An item's ``summary`` and ``body``, and the text fields of its kind (``text`` and
``multiline``); a module's ``description`` and the text of a block (``block:<block id>``:
text, exercise and trainer-note blocks); a curriculum's ``description``. An empty field
name means a comment on the whole entity.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from content.errors import NotFoundError, ValidationError
from content.i18n import tr
from content.items.kinds import KINDS
from db.models import ContentItem, Curriculum, Module

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from content.commands import Command

ENTITY_TYPES = ("item", "module", "curriculum")
_CLASSES: dict[str, type[ContentItem] | type[Module] | type[Curriculum]] = {
    "item": ContentItem,
    "module": Module,
    "curriculum": Curriculum,
}
ITEM_TEXT_FIELDS = ("summary", "body")
TEXT_TYPES = ("text", "multiline")
BLOCK_PREFIX = "block:"
TEXT_BLOCKS = ("text", "exercise", "trainer_note")


@dataclass(frozen=True)
class FieldText:
    """A field's current text, with the entity it belongs to."""

    entity_type: str
    entity_id: str
    title: str
    field: str
    text: str
    revision: int


def load_target(session: Session, entity_type: str, entity_id: str) -> Any:
    """Return a live item, module or curriculum; refuse an unknown or deleted one."""
    if entity_type not in _CLASSES:
        raise NotFoundError(tr("{what} is not something one can comment on", what=entity_type))
    obj: Any = session.get(_CLASSES[entity_type], entity_id)
    if obj is None:
        raise NotFoundError(tr("{what} {id} does not exist", what=entity_type, id=entity_id))
    if obj.deleted_at is not None:
        raise ValidationError(
            [("deleted", tr("the {what} is deleted; restore it first", what=entity_type))],
            f"{entity_type} «{obj.title}»",
        )
    return obj


def allowed_fields(obj: Any) -> list[str]:
    """Return the names of the text fields of an entity that comments may anchor to."""
    if isinstance(obj, ContentItem):
        spec = KINDS.get(obj.kind)
        extra = [f.name for f in spec.fields if f.type in TEXT_TYPES] if spec else []
        return [*ITEM_TEXT_FIELDS, *extra]
    if isinstance(obj, Module):
        blocks = [b for s in obj.sections for b in s.blocks if b.block_type in TEXT_BLOCKS]
        return ["description", *(BLOCK_PREFIX + b.id for b in blocks)]
    return ["description"]


def read_field(session: Session, entity_type: str, entity_id: str, field: str) -> FieldText:
    """Return a field's current text; refuse a field the entity does not have."""
    obj = load_target(session, entity_type, entity_id)
    names = allowed_fields(obj)
    if field not in names:
        raise ValidationError(
            [(field, tr("no such text field here; the fields are {names}", names=_few(names)))],
            f"{entity_type} «{obj.title}»",
        )
    return FieldText(
        entity_type, entity_id, obj.title, field, _value(obj, field), int(obj.revision)
    )


def _value(obj: Any, field: str) -> str:
    if isinstance(obj, ContentItem) and field not in ITEM_TEXT_FIELDS:
        return str((obj.fields or {}).get(field) or "")
    if field.startswith(BLOCK_PREFIX):
        block_id = field.removeprefix(BLOCK_PREFIX)
        block = next(b for s in obj.sections for b in s.blocks if b.id == block_id)
        return str(block.text or "")
    return str(getattr(obj, field) or "")


def edit_command(session: Session, target: FieldText, new_text: str) -> Command:
    """Return the ordinary, undoable command that sets a field to a new text."""
    from content.commands import UpdateItem
    from content.curricula.commands import UpdateCurriculum
    from content.modules.commands import UpdateBlock, UpdateModule

    eid, rev = target.entity_id, target.revision
    if target.entity_type == "item":
        if target.field in ITEM_TEXT_FIELDS:
            return UpdateItem(entity_id=eid, expected_revision=rev, values={target.field: new_text})
        item = session.get(ContentItem, eid)
        assert item is not None
        fields = {**(item.fields or {}), target.field: new_text}
        return UpdateItem(entity_id=eid, expected_revision=rev, values={"fields": fields})
    if target.entity_type == "module":
        if target.field.startswith(BLOCK_PREFIX):
            return UpdateBlock(
                entity_id=eid,
                expected_revision=rev,
                block_id=target.field.removeprefix(BLOCK_PREFIX),
                values={"text": new_text},
            )
        return UpdateModule(entity_id=eid, expected_revision=rev, values={target.field: new_text})
    return UpdateCurriculum(entity_id=eid, expected_revision=rev, values={target.field: new_text})


def comment_field(draft_field: str) -> str:
    """Return the comment field of a review draft's field (``blocks/X/text`` -> ``block:X``)."""
    if draft_field.startswith("blocks/") and draft_field.endswith("/text"):
        return BLOCK_PREFIX + draft_field.removeprefix("blocks/").removesuffix("/text")
    return draft_field


def draft_field(comment_field: str) -> str:
    """Return the review draft's name of a comment field (``block:X`` -> ``blocks/X/text``)."""
    if comment_field.startswith(BLOCK_PREFIX):
        return f"blocks/{comment_field.removeprefix(BLOCK_PREFIX)}/text"
    return comment_field


def _few(names: list[str], limit: int = 12) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" (+{len(names) - limit})" if len(names) > limit else "")
