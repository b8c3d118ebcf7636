"""Shared parts of the bundle format: names, limits, reports and the JSON Schema."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from content.bundle.schema_check import (
    SchemaCompiler,
)
from content.changes import Changes

if TYPE_CHECKING:
    from content.progress import Progress


FORMAT_NAME = "kursverk-bundle"
FORMAT_VERSION = 2  # 2: review comments travel in comments.jsonld
READABLE_VERSIONS = (1, 2)  # a version-1 bundle (no comments) still imports
APP_VERSION = "0.1.0"
CHUNK_ENTITIES = 1000
CHUNK_BYTES = 16 * 1024 * 1024
FOLDERS = {"item": "items", "module": "modules", "curriculum": "curricula"}
ENTITY_TYPES = tuple(FOLDERS)
MANIFEST = "manifest.json"
ASSET_INDEX = "assets/index.json"
COMMENTS = "comments.jsonld"  # the review comments (docs/comments-format.md)
MEMBER_RE = re.compile(r"^(?:(items|modules|curricula)/\d{4,6}\.json|assets/[0-9a-f]{64}\.bin)$")
# A slim item record (content.bundle.read) is marked by this key, which no JSON member can
# bring (the schema forbids unknown keys); ASSET_REFS holds the images its texts use.
SLIM = "\0slim"
ASSET_REFS = "\0assets"

ASSET_REF = re.compile(r"asset:([A-Za-z0-9][A-Za-z0-9_.:-]{0,35})")


@dataclass
class BundleStats:
    """What an export wrote."""

    items: int = 0
    modules: int = 0
    curricula: int = 0
    revisions: int = 0
    assets: int = 0
    comments: int = 0
    members: int = 0
    bytes: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    """What an import did, per entity type (item, module, curriculum, asset)."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    revisions_added: int = 0
    conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def count(self, bucket: str, entity_type: str, n: int = 1) -> None:
        """Add n to one bucket's count for an entity type."""
        counts: dict[str, int] = getattr(self, bucket)
        counts[entity_type] = counts.get(entity_type, 0) + n

    def changes(self) -> Changes:
        """Return what the import touched, for views to redraw."""
        touched = {**self.added, **self.updated}
        return Changes(
            items=bool(touched.get("item")),
            modules=bool(touched.get("module")),
            curricula=bool(touched.get("curriculum")),
        )


@cache
def schema() -> dict[str, Any]:
    """Return the bundle JSON Schema (shipped as package data)."""
    text = resources.files("content").joinpath("bundle", "schema.json").read_text("utf-8")
    return dict(json.loads(text))


@cache
def compiler() -> SchemaCompiler:
    """Return the bundle schema compiled into checkers (once per process)."""
    return SchemaCompiler(schema())


def iso(value: datetime | None) -> str | None:
    """Return a time as ISO 8601 text, or None."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def progress_start(progress: Progress | None, total: int, label: str) -> None:
    """Start a progress object if there is one."""
    if progress is not None:
        progress.start(total, label)


def progress_step(progress: Progress | None, n: int = 1) -> None:
    """Advance a progress object if there is one."""
    if progress is not None:
        progress.step(n=n)
