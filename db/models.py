"""Typed SQLAlchemy models for the Kursverk library."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.search_schema import fts_rowid
from db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """Return a new random UUID as text."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Return the current time in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base with the naming convention Alembic needs for batch migrations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


class Tracked:
    """Columns every editable, travelling entity carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


def _search_rowid_default(context: Any) -> int:
    return fts_rowid(context.get_current_parameters()["id"])


class ContentItem(Tracked, Base):
    """One reusable piece of content (finding, barrier, measure, ...)."""

    __tablename__ = "content_item"

    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(5), default="nb")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    audiences: Mapped[list[Any]] = mapped_column(JSON, default=list)
    starter: Mapped[bool] = mapped_column(default=False)
    # The item's row in the search index: a stable hash of its id (db.search_schema).
    search_rowid: Mapped[int] = mapped_column(
        BigInteger, default=_search_rowid_default, index=True, unique=True
    )

    # Covers the library list (live items sorted by title, filtered by kind or status)
    # without touching the table; no other index on these columns (migration 0005).
    __table_args__ = (
        Index("ix_content_item_listing", "deleted_at", "title", "kind", "status", "id", "revision"),
    )

    relations: Mapped[list[ItemRelation]] = relationship(
        foreign_keys="ItemRelation.source_id",
        order_by="ItemRelation.position",
        cascade="all, delete-orphan",
        back_populates="source",
    )
    citations: Mapped[list[Citation]] = relationship(
        foreign_keys="Citation.item_id",
        order_by="Citation.position",
        cascade="all, delete-orphan",
        back_populates="item",
    )


class ItemLabel(Base):
    """Derived index of an item's tags and audiences, for fast filtering."""

    __tablename__ = "item_label"

    item_id: Mapped[str] = mapped_column(
        ForeignKey("content_item.id", ondelete="CASCADE"), primary_key=True
    )
    facet: Mapped[str] = mapped_column(String(10), primary_key=True)  # "tag" or "audience"
    value: Mapped[str] = mapped_column(String(200), primary_key=True)

    # WITHOUT ROWID on SQLite: the primary key is the table (one b-tree fewer to write).
    __table_args__ = (
        Index("ix_item_label_facet_value", "facet", "value"),
        {"sqlite_with_rowid": False},
    )


class ItemRelation(Base):
    """A typed, directed relation from one item to another (owned by the source)."""

    __tablename__ = "item_relation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    source_id: Mapped[str] = mapped_column(
        ForeignKey("content_item.id", ondelete="CASCADE"), index=True
    )
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    relation_type: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    source: Mapped[ContentItem] = relationship(foreign_keys=[source_id], back_populates="relations")


class Citation(Base):
    """A citation of a source item, with a page locator, from another item."""

    __tablename__ = "citation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    item_id: Mapped[str] = mapped_column(
        ForeignKey("content_item.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[str] = mapped_column(String(36), index=True)
    locator: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    item: Mapped[ContentItem] = relationship(foreign_keys=[item_id], back_populates="citations")


class Module(Tracked, Base):
    """A teachable module: objectives and an ordered outline of sections."""

    __tablename__ = "module"

    code: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    audiences: Mapped[list[Any]] = mapped_column(JSON, default=list)
    objectives: Mapped[list[Any]] = mapped_column(JSON, default=list)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = mapped_column(String(5), default="nb")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    starter: Mapped[bool] = mapped_column(default=False)

    sections: Mapped[list[Section]] = relationship(
        order_by="Section.position", cascade="all, delete-orphan", back_populates="module"
    )


class Section(Base):
    """A section of a module's outline."""

    __tablename__ = "module_section"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    module_id: Mapped[str] = mapped_column(ForeignKey("module.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500), default="")

    module: Mapped[Module] = relationship(back_populates="sections")
    blocks: Mapped[list[Block]] = relationship(
        order_by="Block.position", cascade="all, delete-orphan", back_populates="section"
    )


class Block(Base):
    """One block of a section: item reference, text, exercise or trainer note."""

    __tablename__ = "module_block"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    section_id: Mapped[str] = mapped_column(
        ForeignKey("module_section.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    block_type: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    pinned_revision: Mapped[int | None] = mapped_column(Integer, default=None)
    display: Mapped[str] = mapped_column(String(10), default="full")
    trainer_only: Mapped[bool] = mapped_column(default=False)
    title: Mapped[str] = mapped_column(String(500), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    exercise_kind: Mapped[str] = mapped_column(String(30), default="")
    minutes: Mapped[int] = mapped_column(Integer, default=0)

    section: Mapped[Section] = relationship(back_populates="blocks")


class Curriculum(Tracked, Base):
    """A programme for an audience: ordered sessions holding ordered modules."""

    __tablename__ = "curriculum"

    title: Mapped[str] = mapped_column(String(500))
    programme: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    audiences: Mapped[list[Any]] = mapped_column(JSON, default=list)
    edition: Mapped[str] = mapped_column(String(100), default="")
    edition_date: Mapped[date | None] = mapped_column(Date, default=None)
    language: Mapped[str] = mapped_column(String(5), default="nb")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    starter: Mapped[bool] = mapped_column(default=False)

    sessions: Mapped[list[CurriculumSession]] = relationship(
        order_by="CurriculumSession.position",
        cascade="all, delete-orphan",
        back_populates="curriculum",
    )


class CurriculumSession(Base):
    """A gathering (samling) of a curriculum, with a date and start time."""

    __tablename__ = "curriculum_session"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    curriculum_id: Mapped[str] = mapped_column(
        ForeignKey("curriculum.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500), default="")
    session_date: Mapped[date | None] = mapped_column(Date, default=None)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # "HH:MM"

    curriculum: Mapped[Curriculum] = relationship(back_populates="sessions")
    entries: Mapped[list[SessionModule]] = relationship(
        order_by="SessionModule.position", cascade="all, delete-orphan", back_populates="session"
    )


class SessionModule(Base):
    """A module placed in a curriculum session."""

    __tablename__ = "session_module"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("curriculum_session.id", ondelete="CASCADE"), index=True
    )
    module_id: Mapped[str] = mapped_column(String(36), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    session: Mapped[CurriculumSession] = relationship(back_populates="entries")


class Revision(Base):
    """The full state of an entity at one revision (history is never rewritten)."""

    __tablename__ = "revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_type: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(Integer)
    # NULL only on an entity's newest revision, meaning "the entity's current state": a bulk
    # import stores no second copy of every text (content.aggregates.keep_newest_state
    # writes the state out before the entity changes).
    state: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        UniqueConstraint("entity_type", "entity_id", "revision", name="uq_revision_entity"),
    )


class Asset(Base):
    """An image stored in the library, referenced from Markdown as asset:ID."""

    __tablename__ = "asset"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120), default="")


class ReviewRound(Base):
    """A review round on a module or curriculum: who reviews, by when, which revisions.

    ``revisions`` maps ``"entity_type:id"`` to the revision under review when the round
    started (the snapshot a «what changed since» diff starts from); ``reviewers`` lists
    ``{"name", "status", "at"}`` with status invited | started | done. A round closed
    while blocking comments were open records how many in ``close_override``.
    """

    __tablename__ = "review_round"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    target_type: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    instructions: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    reviewers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    revisions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_by: Mapped[str] = mapped_column(String(120), default="")
    state: Mapped[str] = mapped_column(String(10), default="open")  # open | closed
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    closed_by: Mapped[str] = mapped_column(String(120), default="")
    close_override: Mapped[int] = mapped_column(Integer, default=0)
    close_note: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)


class ExportRecord(Base):
    """What went into one exported file (the export manifest)."""

    __tablename__ = "export_record"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    export_kind: Mapped[str] = mapped_column(String(30))
    target_type: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    profile: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(5))
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    # How many open «må rettes» comments the export was allowed through with (an override).
    open_blocking_allowed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # what the user overrode to get this file (e.g. accessibility faults of a PDF/UA export)
    overrides: Mapped[str] = mapped_column(Text, default="", server_default="")
    entries: Mapped[list[ExportEntry]] = relationship(
        cascade="all, delete-orphan", back_populates="record"
    )


class ExportEntry(Base):
    """One entity at one revision used by an export."""

    __tablename__ = "export_entry"

    export_id: Mapped[str] = mapped_column(
        ForeignKey("export_record.id", ondelete="CASCADE"), primary_key=True
    )
    entity_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)

    record: Mapped[ExportRecord] = relationship(back_populates="entries")

    __table_args__ = (Index("ix_export_entry_entity", "entity_type", "entity_id"),)


class LibraryMeta(Base):
    """Key/value facts about the library file (app version that wrote it, ...)."""

    __tablename__ = "library_meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ReviewComment(Base):
    """A review comment on an item, module or curriculum, optionally anchored to a text range.

    ``selectors`` holds the W3C TextQuoteSelector and TextPositionSelector over ``field``'s
    Markdown source at ``anchor_revision`` of the entity (None for a comment on the whole
    entity); ``revision`` counts the comment's own changes (for undo and concurrency).
    A reply has a ``parent_id``; deletion is a tombstone (``deleted_at``).
    """

    __tablename__ = "review_comment"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity_type: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(100), default="")
    selectors: Mapped[list[Any] | None] = mapped_column(
        JSON(none_as_null=True), nullable=True, default=None
    )
    anchor_revision: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20), default="kommentar")
    text: Mapped[str] = mapped_column(Text, default="")
    replacement: Mapped[str | None] = mapped_column(Text, nullable=True, default=None)
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("review_comment.id"), index=True, nullable=True, default=None
    )
    author: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    state: Mapped[str] = mapped_column(String(10), default="open")  # open | resolved
    resolved_by: Mapped[str] = mapped_column(String(120), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    resolution: Mapped[str] = mapped_column(Text, default="")  # accepted | rejected: reason
    history: Mapped[list[Any]] = mapped_column(JSON, default=list)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    deleted_by: Mapped[str] = mapped_column(String(120), default="")
    # Where an imported comment came from (a PDF annotation's /NM or hash, a comments
    # file's annotation id), so importing the same file again adds nothing twice.
    source_key: Mapped[str | None] = mapped_column(
        String(200), index=True, nullable=True, default=None
    )

    __table_args__ = (Index("ix_review_comment_entity", "entity_type", "entity_id", "state"),)


class ChangeLog(Base):
    """The change feed of a team library: one row per committed revision, in commit order.

    Filled on PostgreSQL by a trigger on ``revision`` (``db.change_feed``), so every writer
    (commands, sync, bundle imports) is covered; a working copy asks for ``seq`` greater
    than the last one it synced.
    """

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    entity_type: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(120), default="")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncBase(Base):
    """In a working copy: the state of an entity both sides last agreed on.

    ``server_revision`` is the server's revision of that state and ``local_revision`` the
    local revision that held it; ``base_state`` is None when the local revision holds the
    base (the usual case), and holds the server's state when a merge left local changes
    still to push (after a conflict).
    """

    __tablename__ = "sync_base"

    entity_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_revision: Mapped[int] = mapped_column(Integer)
    local_revision: Mapped[int] = mapped_column(Integer)
    base_state: Mapped[dict[str, Any] | None] = mapped_column(
        JSON(none_as_null=True), nullable=True, default=None
    )


class SyncConflict(Base):
    """In a working copy: an entity both sides changed in ways that do not merge.

    Both versions are kept in full (with their base) until the user resolves it.
    """

    __tablename__ = "sync_conflict"

    entity_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    server_revision: Mapped[int] = mapped_column(Integer)
    base: Mapped[dict[str, Any]] = mapped_column(JSON)
    mine: Mapped[dict[str, Any]] = mapped_column(JSON)
    theirs: Mapped[dict[str, Any]] = mapped_column(JSON)
    places: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
